# The employee's own life: home-renovation contractor, car accident claim, church fundraiser,
# a naturalised parent's Social Security, a child's passport application
RECORDS = [
("positive", "reno_contractor_dispute", "anglo+albanian", """Help me write a firm but polite email to my contractor. He's [[PERSON:Arbër Gjonbalaj]] of Gjonbalaj Home Remodel, [[PHONE_NUMBER:(571) 555-0143]]. The kitchen job at our house, [[STREET_ADDRESS:8814 Glenbrook Ct, Springfield, VA 22153]], is 6 weeks late. I paid the 30% deposit with my card ending 2152. Sign it from me, [[PERSON:Colleen Marsh-Abernathy]]."""),
("positive", "reno_contract_excerpt", "salvadoran+anglo", """HOME IMPROVEMENT CONTRACT
Contractor: [[PERSON:Nelson Orellana Menjívar]], Class C license VA-2705-118844
Owner: [[PERSON:Patrick]] and [[PERSON:Joanne Fitzhugh]]
Deposit: $9,600 payable by check to the contractor's business account [[US_BANK_NUMBER:4408172265]]
Is the deposit clause normal in Virginia?"""),
("positive", "reno_permit_lower", "vietnamese", """can you summarize this for my wife: the county inspector said the deck permit for 14 maple hill dr, leesburg va 20176 failed because of the ledger flashing. the contractor tran van long says he'll fix it friday.""".replace("14 maple hill dr, leesburg va 20176", "[[STREET_ADDRESS:14 maple hill dr, leesburg va 20176]]").replace("tran van long", "[[PERSON:tran van long]]")),
("positive", "car_accident_claim", "anglo+eritrean", """Car accident claim – please help me organise my notes for the adjuster:
Date: Oct 3, 2026, intersection of Rt 7 and Columbia Pike
Other driver: [[PERSON:Yonas Tekle Haile]], Maryland licence [[US_DRIVER_LICENSE:H-430-217-664-819]], phone [[PHONE_NUMBER:(301) 555-0191]]
Witness: [[PERSON:Honor Blackwood]], [[PHONE_NUMBER:(703) 555-0184]]
My insurer claim no. 0417-22-8831-A; his insurer Chesapeake Mutual."""),
("positive", "car_accident_police_report", "ghanaian", """From the police report (rewrite plainly): DRIVER 2: [[PERSON:ASAMOAH, KOFI MENSAH]] DOB [[DATE_OF_BIRTH:06/23/1988]] ADDR [[STREET_ADDRESS:3501 N 17TH ST APT 204, ARLINGTON, VA 22207]] OL# VA [[US_DRIVER_LICENSE:A12-44-7803]] CITED §46.2-821."""),
("positive", "car_accident_body_shop_card", "anglo", """Body shop receipt: paid $1,000 deductible with [[CREDIT_CARD:6011 4382 7759 1034]], exp 09/28. Name on card [[PERSON:Eamon Ridgeway]]. Insurer reimbursement should go to the same card?"""),
("positive", "church_fundraiser_email", "korean", """Subject: 추수감사 바자회 후원 감사
Dear church family, thank you for the Thanksgiving bazaar! Donations by Zelle to our treasurer [[PERSON:최은정]] ([[PERSON:Choi Eun-jung]]) at [[PHONE_NUMBER:703-555-0102]] or checks to the church. Pastor [[PERSON:Jung]] will announce the total on Sunday."""),
("positive", "church_donor_csv", "samoan+tongan+anglo", """donor,amount,method,phone
[[PERSON:Sione Vakaʻuta]],250.00,check,[[PHONE_NUMBER:801-555-0139]]
[[PERSON:Mele Tupou]],75.00,cash,
[[PERSON:Lagi Fa'amausili]],120.00,Venmo,[[PHONE_NUMBER:801-555-0154]]
[[PERSON:Constance Bright]],500.00,check,[[PHONE_NUMBER:801-555-0161]]
can you total this and write thank-you notes?"""),
("positive", "church_raffle_bank", "nigerian", """Our church raffle account for the building fund: First Community Bank, routing [[ABA_ROUTING_NUMBER:064077150]], account [[US_BANK_NUMBER:30017745210]], signatories Deaconess [[PERSON:Funmilayo Adeyemi]] and Bro. [[PERSON:Oluwaseun Adegboyega]]. Draft the bulletin announcement."""),
("positive", "parent_ssa_letter", "hungarian", """My mother became a citizen last year and is applying for Social Security retirement. Help me fill this in:
Name: [[PERSON:Erzsébet Kovácsné Szabó]]
Date of birth: [[DATE_OF_BIRTH:1958. március 14.]]
SSN: [[US_SSN:219-60-4471]]
A-number on her old green card: [[A_NUMBER:A047-118-932]]
Naturalization certificate no. 43318877"""),
("positive", "parent_ssa_chat", "iranian", """User: my dad, mahmoud rezaei-farahani, naturalized in 2019, born 1 farvardin 1334 in Shiraz. SSA says his record shows a different DOB. how do I fix?
Assistant: The Persian date 1 Farvardin 1334 corresponds to March 21, 1955.""".replace("mahmoud rezaei-farahani", "[[PERSON:mahmoud rezaei-farahani]]").replace("born 1 farvardin 1334", "born [[DATE_OF_BIRTH:1 farvardin 1334]]")),
("positive", "parent_ssa_direct_deposit", "polish", """For Tata's SSA direct deposit: [[PERSON:Zbigniew Jędrzejczak]], routing [[ABA_ROUTING_NUMBER:224170363]], checking [[US_BANK_NUMBER:5501338190]]. His mailing address [[STREET_ADDRESS:77 Ridge St, Apt 2, Passaic, NJ 07055]]."""),
("positive", "child_passport_ds11", "anglo+colombian", """DS-11 for my daughter – please check I filled it right:
Applicant: [[PERSON:Mariana Rose Whitfield-Cárdenas]]
DOB: [[DATE_OF_BIRTH:April 9, 2019]]
Parent 1: [[PERSON:Thomas Whitfield]], SSN [[US_SSN:384-27-1196]]
Parent 2: [[PERSON:Liliana Cárdenas Ortiz]], Colombian passport [[US_PASSPORT:AS448172]]
Home: [[STREET_ADDRESS:902 Heron Cove, Chesapeake, VA 23320]]"""),
("positive", "child_passport_old_passport", "anglo", """My son's expired passport is [[US_PASSPORT:A07741928]]; new photos done. He's [[PERSON:Jasper Lindqvist]], born [[DATE_OF_BIRTH:2014-08-30]]. Do we need the DS-3053 if his mom can't come?"""),
("positive", "child_passport_sevis_mix", "kenyan", """My nephew [[PERSON:Baraka Otieno Ochieng]] is an F-1 student, SEVIS [[SEVIS_ID:N0028417755]], I-94 [[I94_NUMBER:482917305A4]]. He wants to be listed as emergency contact on my kid's passport form — is that OK?"""),
("positive", "personal_gmail_app_pw", None, """set up the church newsletter mail merge, the gmail app password is [[PASSWORD:kvtq ynsw hpzd ramx]] — why does Word keep asking for it?"""),
("positive", "personal_home_wifi_router", None, """Contractor needs our Wi-Fi for the smart thermostat: network Marsh-Home-5G, key [[PASSWORD:BlueHeron#1147!]]. Write a text to him with setup steps but NOT the key."""),
("positive", "personal_slack_church", None, """Our church volunteer Slack integration token leaked into the bulletin Google Doc: [[SLACK_TOKEN:xoxb-253091529221-5306383683579-xFCP4IpVGLkYwZBJkcqkt0WE]]. What do I do?"""),
("positive", "personal_google_api", None, """The fundraiser thermometer web page uses maps: key=[[CLOUD_ACCESS_KEY:AIzahzk8RTKSqArqB4EtYD2xynKWu1QQ-Jba_oa]] — is it fine to leave in the HTML?"""),
("positive", "personal_work_marking_slip", None, """oops, pasting my notes from work: [[CUI_MARKING:CUI//SP-PRVCY]] list of SLRP applicants — ignore that, I meant to paste my church's volunteer schedule"""),
("positive", "personal_classified_slip", None, """[[CLASSIFICATION_MARKING:TOP SECRET//HCS-P//ORCON/NOFORN]] — sorry, wrong clipboard. Anyway, what's a good paint colour for a north-facing kitchen?"""),
("positive", "personal_japanese_inlaw_letter", "japanese", """義母の手紙を英訳してください：「[[PERSON:佐々木 和子]]（[[DATE_OF_BIRTH:昭和二十六年三月八日]]生まれ）の年金について、[[PERSON:ひろし]]に相談しました。」"""),
("positive", "personal_vcard_contractor", "armenian", """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Sargsyan;Hovhannes]]
FN:[[PERSON:Hovhannes Sargsyan]]
ORG:Ararat Tile & Stone
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-818-555-0176]]
EMAIL:[[EMAIL_ADDRESS:hovo@ararattile.example]]
ADR;TYPE=WORK:;;[[STREET_ADDRESS:1520 S Glendale Ave;Glendale;CA;91205]];USA
END:VCARD"""),
("evasion", "personal_ssn_words", "haitian", """for my mom's SSA form her number is [[US_SSN:five two eight, three one, zero six four seven]] (I type it in words so autocorrect stops), name [[PERSON:Marie-Ange Dorvilien]]"""),
("evasion", "personal_card_spaced", "anglo", """church card for the bazaar supplies: [[CREDIT_CARD:5 3 5 5 - 9 1 0 4 - 4 7 2 8 - 1 6 3 5]], cardholder [[PERSON:Verity Hales]]"""),
("evasion", "personal_base64_passport", "anglo", """the passport agency portal exported my kid's record weird, field "pp" = [[US_PASSPORT:""" + __import__("base64").b64encode(b"A09218457").decode() + """]] for [[PERSON:Noah Ellsworth]]"""),
("hard_negative", "personal_famous_contractors", None, """Inspiration board: Bob Vila's old This Old House episodes, Frank Lloyd Wright's Fallingwater kitchen, and the Property Brothers aesthetic. Budget: $38,500 (quote Q-2026-114, valid 30 days)."""),
("hard_negative", "personal_public_ssa", None, """Social Security: call 1-800-772-1213 or visit ssa.gov; the local field office is listed by ZIP. Form SSA-1 (retirement), SSA-7008, SS-5 for a corrected card."""),
("hard_negative", "personal_passport_public", None, """Passport info: travel.state.gov, National Passport Information Center 1-877-487-2778. Form DS-11 (new), DS-82 (renewal), DS-3053 (consent). Fees: $100 + $35 execution."""),
("hard_negative", "personal_bible_names", None, """Sunday school lesson: Ruth and Naomi, David and Goliath, the Good Samaritan. Hymn numbers 114, 232 and 417. Faith, hope and love — the greatest of these is love (1 Cor 13:13)."""),
("hard_negative", "personal_vin_plates", None, """Claim details for my own notes: vehicle 2019 Honda CR-V, my insurer's claim 0417-22-8831-A, tow receipt TR-55812, repair estimate #EST-77140, paint code NH-883P."""),
("hard_negative", "personal_secret_recipe", None, """For the bake sale: Grandma's secret pecan pie recipe (she called it "classified" as a joke). 3 eggs, 1 cup corn syrup, 1 cup pecans, 350°F for 55 min."""),
("hard_negative", "personal_church_confidential", None, """Prayer requests are kept confidential by the pastoral team and never shared in the bulletin. Please submit them on the card in the pew."""),
("hard_negative", "personal_tile_skus", None, """Tile order: SKU 1001-447-208 (12×24 porcelain), grout Mapei 09 Grey, quantity 212 sq ft + 10% waste. Order no. 4500-2231-88. Delivery ZIP 22153-2714."""),
("hard_negative", "personal_fiction_book", None, """Book club pick: "The Remains of the Day" — Mr. Stevens the butler and Miss Kenton. Next month: "Gilead", narrated by Reverend John Ames."""),
("hard_negative", "personal_mortgage_calc", None, """HELOC calc: $60,000 at 8.24% APR for 10 years = $736.21/mo. Loan estimate ID LE-2026-10-0447. Appraisal order 77-41908."""),
("hard_negative", "personal_placeholder_form", None, """Template for the church volunteer sign-up: Name: __________  Phone: (___) ___-____  Email: ____@____. Example row: Jane Doe, 555-555-5555 (not a real number)."""),
("hard_negative", "personal_historical_ssa", None, """Fun fact for Dad: Ida May Fuller received the first monthly Social Security check in 1940, and the first SSN series was assigned by state starting in 1936."""),
("hard_negative", "personal_eponym_streets", None, """Directions to the church: left on Martin Luther King Jr Blvd, right on George Mason Dr, the parking lot is behind the Robert E. Simon community center."""),
]
