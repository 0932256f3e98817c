# DHS OIG: audits of grant recipients (states, cities, non-profits)
RECORDS = [
("positive", "oig_audit_entrance", "anglo+filipino", """Entrance conference – audit of Pinecrest County UASI sub-awards, FY2022–2024
Auditee contacts: [[PERSON:Philippa Quillen]] (grants manager), [[PHONE_NUMBER:(907) 555-0164]]; [[PERSON:Arnel Tolentino]] (finance), [[EMAIL_ADDRESS:atolentino@pinecrestak.example]]
OIG team: auditor-in-charge [[PERSON:Tobias Rennick]]
[[PERSON:Philippa]] asked for the document request list in Excel."""),
("positive", "oig_payroll_sample", "hispanic+anglo+vietnamese", """Sample of overtime charged to the grant (testing eligibility):
EMP   NAME                      PERIOD   HRS   SSN-LAST4
0412  [[PERSON:GUTIERREZ, ANTONIO]]        PP14     22    ****
0417  [[PERSON:ABERNATHY, JUNE]]           PP14     31    ****
0429  [[PERSON:NGUYEN, KHANH LINH]]        PP15     18    ****
Two of three lacked timesheets signed by a supervisor."""),
("positive", "oig_vendor_check", "anglo", """Vendor payment to "Summit Tactical Supply": check #40872 endorsed by [[PERSON:Clayton R. Vesey]], who is also the sheriff's brother-in-law. Deposited to account [[US_BANK_NUMBER:553019847722]], routing [[ABA_ROUTING_NUMBER:113002199]]. Is this a conflict of interest finding?"""),
("positive", "oig_nonprofit_security_grant", "jewish_american", """NSGP sub-recipient: Congregation Beth Shalom of the Valley. Executive director [[PERSON:Miriam Felderbaum]], [[PHONE_NUMBER:(818) 555-0109]]. Security contractor invoice signed by [[PERSON:Yosef Abramowitz-Kahn]]. The camera install address was [[STREET_ADDRESS:15632 Ventura Blvd, Suite 210, Encino, CA 91436]]."""),
("positive", "oig_pcard_statement", "anglo", """Purchase card statement of [[PERSON:Denise Arbuckle]], card [[CREDIT_CARD:5521 0873 6640 9122]]: $4,380 at an outdoor retailer charged to EMPG. Draft a finding sentence."""),
("positive", "oig_hotline_forward_draft", "samoan", """Draft interview memo: we interviewed [[PERSON:Penitala Sapolu-Leota]] (former logistics officer), who stated that generators purchased with HSGP funds were stored at his supervisor's ranch at [[STREET_ADDRESS:4012 Kamehameha Hwy, Hauula, HI 96717]]. [[PERSON:Penitala]]'s DOB: [[DATE_OF_BIRTH:Jan. 30, 1985]]."""),
("positive", "oig_draft_report_fouo", None, """[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
[[CUI_MARKING:(U//FOUO)]] Draft Report: The State Did Not Adequately Monitor Subrecipients' Use of Homeland Security Grant Program Funds. Not for release until the final report.
Could you tighten the executive summary?"""),
("positive", "oig_cui_working_papers", None, """[[CUI_MARKING:CUI//SP-PRVCY//FEDCON]]
Working paper C-3: questioned costs by subrecipient, with sample selection rationale. Turn it into a pivot-style summary."""),
("positive", "oig_teammate_db", None, """For the data analytics we connect to the grants extract like this:
engine = create_engine("[[CONNECTION_STRING:mssql+pyodbc://oig_da:yMHdj#TjAKVsc2@oig-sql01.example.gov/GrantsExtract?driver=ODBC+Driver+18]]")"""),
("positive", "oig_spanish_subrecipient", "dominican", """Nota de la entrevista: el tesorero [[PERSON:Ramón Antonio Peña Almonte]], cédula 001-1447203-6, nacido el [[DATE_OF_BIRTH:28 de abril de 1970]], dijo que los fondos se depositaron en su cuenta personal por error. Traducir al inglés."""),
("positive", "oig_arabic_name_caps", "yemeni", """FINDING 4 – INELIGIBLE TRAINING COSTS: TRAVEL CLAIM BY [[PERSON:AL-SAQQAF, NABIL]] FOR A CONFERENCE NOT RELATED TO THE GRANT. [[PERSON:NABIL AL-SAQQAF]]'S SUPERVISOR APPROVED IT RETROACTIVELY."""),
("positive", "oig_aws_keys_in_wp", None, """Auditee's IT gave us read access to their grant-tracking S3 bucket and pasted the keys in the PBC list:
AKIA: [[CLOUD_ACCESS_KEY:AKIA4EIRTJ170Y6US9S8]]
Secret: [[CLOUD_SECRET_KEY:+5oBmaZkuVVf9c38kMj8x9qFBEo/N3wc0h4ZsOcA]]
How do I note this as an IT control weakness?"""),
("evasion", "oig_lookalike_card", "anglo", """card used: [[CREDIT_CARD:4O26 OO9I 7364 4884]] (OCR turned zeros into O and a one into I), holder [[PERSON:Lionel Babcock]]"""),
("evasion", "oig_entity_password", None, """the auditee's portal password in the HTML export shows as [[PASSWORD:&#80;&#105;&#110;&#101;&#99;&#114;&#101;&#115;&#116;&#35;&#50;&#48;&#50;&#54;]] — decode for me?"""),
("hard_negative", "oig_report_numbers", None, """Report OIG-25-41; prior report OIG-22-17 (recommendations 3–7 closed). Award EMW-2022-SS-00412; CFDA 97.067; questioned costs $1,204,551.18; UEI ZQ7LMN4KXB31."""),
("hard_negative", "oig_public_hotline", None, """Anyone can report fraud to the DHS OIG Hotline via the online form at oig.dhs.gov or by mail to DHS OIG Hotline, 245 Murray Lane SW, Washington, DC 20528-0305."""),
("hard_negative", "oig_confidential_prose", None, """Auditees often ask whether interview notes are confidential. Under the IG Act we protect complainant identities, but the audit report itself is public. "Trade secret" claims over invoices rarely hold up."""),
("hard_negative", "oig_gagas", None, """GAGAS 2018 revision, paragraph 8.90 on sufficient appropriate evidence; 2 CFR 200.303 internal controls; 2 CFR 200.403 allowability. Single Audit threshold $1,000,000 since FY2025."""),
("hard_negative", "oig_eponyms", None, """The Robert T. Stafford Act and the Davis–Bacon Act came up in finding 2; the auditee's building is the John F. Kennedy Federal Building annex."""),
("hard_negative", "oig_invalid_ssns", None, """Data-quality test: 14 payroll records had SSNs like 666-12-3401, 900-44-1123 and 123-00-4567 — all impossible per SSA rules, indicating placeholder entries in the HR system."""),
("hard_negative", "oig_marking_training", None, """OIG training slide: "Working papers containing PII are CUI. Mark them CUI//SP-PRVCY." This slide is an example and is not itself controlled."""),
("hard_negative", "oig_sql_placeholder", None, """-- connection handled by the notebook; credentials via Azure Key Vault reference @Microsoft.KeyVault(SecretUri=https://oig-kv.vault.azure.net/secrets/sqlpw/)
SELECT award_id, SUM(amount) FROM disbursements GROUP BY award_id;"""),
("hard_negative", "oig_classification_word", None, """We used a three-tier classification of findings (material weakness, significant deficiency, other matter). Classification here means severity, not national-security classification."""),
("evasion", "oig_linebreak_name_ssn", "anglo", """PDF copy-paste broke the lines: subrecipient bookkeeper [[PERSON:Rosalind
Ackerby]], SSN [[US_SSN:302-
81-4659]], signed both the purchase order and the receiving report."""),
]
