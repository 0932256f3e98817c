# Voice: DHS payroll garnishments, debt collection and travel-card delinquency
RECORDS = [
("positive", "garnishment_order", "anglo", """Income withholding order received for employee [[PERSON:WHITAKER, Clayton R.]], SSN [[US_SSN:386-52-1947]]. Obligee: [[PERSON:Summer Whitaker]], [[STREET_ADDRESS:Rural Route 3 Box 88, Tuscola, IL 61953]]. Remit to state disbursement unit by EFT."""),
("positive", "travel_card_delinq", "brazilian", """Travel card delinquency notice - 61 days
Cardholder: [[PERSON:Cauã Nascimento Brandão]]
Card: [[CREDIT_CARD:4539 1726 0384 5123]]
Balance: $2,418.77
Please draft a polite reminder to [[PERSON:Cauã]]."""),
("positive", "debt_letter", "anglo", """Debt notice for overpayment of salary: [[PERSON:Rose Kettering]], address [[STREET_ADDRESS:PO Box 771, Chinle, AZ 86503]], amount $1,204.10. Employee requests a waiver; her number is [[PHONE_NUMBER:928-555-0110]]."""),
("positive", "levy_csv", "indian+korean", """"employee","ssn","creditor","monthly"
"[[PERSON:Deepa Chandrasekaran]]","[[US_SSN:212-49-6175]]","Dept of Education","212.40"
"[[PERSON:Chung Min-ji]]","[[US_SSN:615-38-2094]]","IRS levy","388.00\""""),
("positive", "direct_deposit_cc", "vietnamese", """Employee [[PERSON:Tran Quoc Bao]] wants the refund of the garnishment excess to routing [[ABA_ROUTING_NUMBER:063009174]], acct [[US_BANK_NUMBER:000118374552]], or charged back to his card [[CREDIT_CARD:5524830197462530]]."""),
("positive", "itin_payee", "guatemalan", """Child-support payee [[PERSON:Ofelia Xicará]] has ITIN [[US_ITIN:913-81-5520]]; the state SDU rejected the remittance because the payee name had an accent."""),
("positive", "amex_travel", "anglo", """govt travel card ending in a different number - full number the employee sent: [[CREDIT_CARD:378291045628376]] (AmEx), cardholder [[PERSON:Garnet Hollis]]; DOB on application [[DATE_OF_BIRTH:22 Jul 1971]]"""),
("positive", "fouo_debt", None, """[[CUI_MARKING:FOUO]] - Travel card delinquency report by component, October. Please turn into a short e-mail to the CFOs."""),
("positive", "cui_fin", None, """[[CUI_MARKING:CUI//SP-TAX]]
Payroll garnishment volumes for IRS levies, Q4: 314 new, 277 released. Summarise the trend."""),
("positive", "sftp_password", None, """Script to fetch garnishment files from the bank:
sftp_client.connect('sftp.treasury-example.gov', username='dhs_garn', password='[[PASSWORD:Ls9@vQ2!mXe7Rt]]')
It hangs forever, any idea?"""),
("positive", "aws_in_prose", None, """The contractor said the garnishment archive is in S3 and gave me key [[CLOUD_ACCESS_KEY:AKIAW3ND8QZK5TLR7MXP]] with secret [[CLOUD_SECRET_KEY:Nd4tQ9zR2vL7kW1pX8cH3mS6yB0jF5gT+aEoUiKe]] - how do I list the bucket with the CLI?"""),
("positive", "citibank_jwt", None, """token = "[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0Y2FyZC1yZXBvcnRzIiwiYWdlbmN5IjoiREhTIn0.P4vL8qW2xN6tK0mZ3rB7yC1fH5jS9dG2aE4u]]"  # travel card bank API"""),
("evasion", "words_for_ssn", "anglo", """garnishment for [[PERSON:Lyle Pettigrew]] - ssn is [[US_SSN:four one two, six seven, three nine zero five]] per the court order"""),
("evasion", "card_dashes_odd", "nigerian", """cardholder [[PERSON:Oluwaseun Bankole-Ade]] pasted card as [[CREDIT_CARD:4012-8873 0456-1937]] in the dispute"""),
("hard_negative", "public_treasury", None, """Delinquent federal debts are referred to Treasury's Cross-Servicing program after 120 days; see fiscal.treasury.gov for the Treasury Offset Program FAQ."""),
("hard_negative", "card_program_numbers", None, """GSA SmartPay 3 task order 47QMCA18D0001, agency hierarchy level 4 code 70-0417, MCC 3000-3299 for airlines."""),
("hard_negative", "test_card", None, """For the payment-sandbox demo type the masked card XXXX-XXXX-XXXX-1111 shown on the statement; the sandbox never charges."""),
("hard_negative", "ss_numbers_prose", None, """The pay stub shows pay period 24, plan GS, grade 12 step 4, and leave balance 112.5 hours; net pay $2,914.55."""),
("hard_negative", "placeholder_sftp", None, """sftp_client.connect(os.environ["SFTP_HOST"], username=os.environ["SFTP_USER"], password=os.environ["SFTP_PASSWORD"])"""),
("hard_negative", "secret_ingredient", None, """The payroll office potluck: the chili team's secret ingredient is smoked paprika. Classified information, obviously. Sign-up sheet is in room 4110."""),
("hard_negative", "court_caption", None, """Withholding order, Case No. 26-DR-00417, Circuit Court of Cook County - we only need the case number on the withholding worksheet."""),
("hard_negative", "invalid_itin", None, """Validator test: 912-45-6789 is not a valid ITIN (group 45 is outside the ITIN ranges); 987-65-4320 is reserved for advertising."""),
("hard_negative", "routing_lookalike", None, """Remittance reference 021000-PO-8831; Federal Reserve Bank ABA format explanation: nine digits with a checksum, first two digits indicate the district."""),
]
