# USCIS Immigrant Investor Program (EB-5): regional-centre and project site visits
RECORDS = [
("positive", "eb5_site_visit_report", "chinese+anglo", """EB-5 SITE VISIT – Lakeshore Medical Office Phase II (targeted employment area)
Regional center principal: [[PERSON:Hope Tremaine]], [[PHONE_NUMBER:(414) 555-0163]]
Investor sampled: [[PERSON:Xu Meiling]] ([[PERSON:徐美玲]]), I-526E receipt [[USCIS_RECEIPT_NUMBER:IOE0917745213]], DOB [[DATE_OF_BIRTH:June 2, 1981]]
Observed: steel frame complete, 3 of 5 floors enclosed. Ms. [[PERSON:Tremaine]] showed payroll summaries for 212 construction jobs."""),
("positive", "eb5_investor_vietnamese", "vietnamese", """Investor file check before the visit:
Họ tên: [[PERSON:Nguyễn Thị Thanh Hương]]
Ngày sinh: [[DATE_OF_BIRTH:ngày 11 tháng 9 năm 1984]]
Địa chỉ: [[STREET_ADDRESS:Số 27 Đường Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]]
A-number on I-829: [[A_NUMBER:A 218-447-903]]"""),
("positive", "eb5_escrow_wire", "indian", """Source-of-funds trail for investor [[PERSON:Aarav Mehrotra]]: wire of USD 800,000 from HDFC to escrow at Great Lakes Fiduciary, routing [[ABA_ROUTING_NUMBER:071935272]], account [[US_BANK_NUMBER:4471902285]]. His father [[PERSON:Rajiv Mehrotra]] gifted the funds; gift deed attached."""),
("positive", "eb5_caps_memo", "brazilian", """MEMO TO FILE – SITE VISIT, HOTEL CONVERSION, MIAMI
INVESTOR: [[PERSON:JOÃO PEDRO CAVALCANTI DE ALBUQUERQUE]]
SPOUSE (DERIVATIVE): [[PERSON:LETÍCIA CAVALCANTI]]
INVESTOR PASSPORT (BRAZIL): [[US_PASSPORT:FX914227]]
DEVELOPER STATES CONSTRUCTION STALLED SINCE MARCH; NO WORKERS ON SITE AT TIME OF VISIT."""),
("positive", "eb5_ics_invite", "anglo", """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:EB-5 site visit – Ridgecrest Senior Living
DTSTART:20261118T140000Z
LOCATION:[[STREET_ADDRESS:1180 County Road 14, Ridgecrest, MN 56379]]
ORGANIZER;CN=[[PERSON:Will Ostrander]]:mailto:[[EMAIL_ADDRESS:will.ostrander@uscis.dhs.example]]
ATTENDEE;CN=[[PERSON:Rose Kettleborough]]:mailto:[[EMAIL_ADDRESS:rkettleborough@ridgecrest-rc.example]]
END:VEVENT
END:VCALENDAR"""),
("positive", "eb5_korean_lower", "korean", """User: make this sound professional: met with kim ha-neul and her lawyer at the site, seo-yeon said her funds came from selling an apartment in bundang.
Assistant: Here's a professional version:""".replace("kim ha-neul", "[[PERSON:kim ha-neul]]").replace("seo-yeon said", "[[PERSON:ha-neul]] said")),
("positive", "eb5_cui_privacy", None, """[[CUI_MARKING:CUI//SP-IMMIG]]
Site visit findings – fraud indicators at two job-creating entities; recommendation for NOIR. Rewrite the executive summary in plain English."""),
("positive", "eb5_fouo_legacy", None, """[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
FDNS-IPO site inspection schedule, Q1: 14 projects, 3 regional centers flagged for compliance review.
Can you turn this into a calendar table?"""),
("positive", "eb5_database_netrc", None, """To pull the I-956F docs I use this ~/.netrc:
machine rc-docs.example.org
  login ipo_review
  password [[PASSWORD:S0%lvhtSKUgWkF]]"""),
("positive", "eb5_python_connect", None, """import pymysql
conn = pymysql.connect(host="10.12.4.80", user="eb5_analyst", password="[[PASSWORD:dW0Dt%vk#3A%VWb3c]]", database="siteviz")
# why does this time out from the VDI?"""),
("positive", "eb5_russian_investor", "russian", """Инвестор: [[PERSON:Кузнецова Дарья Игоревна]], дата рождения: [[DATE_OF_BIRTH:4 февраля 1979 г.]], тел. [[PHONE_NUMBER:+7 916 555-01-37]]. Переведите, пожалуйста, для отчёта о визите."""),
("positive", "eb5_german_investor", "german", """Anlegerin: [[PERSON:Annegret Hülsmann-Vogt]], geb. am [[DATE_OF_BIRTH:23. Mai 1968]], wohnhaft [[STREET_ADDRESS:Mozartstraße 41, 80336 München]]. Frau [[PERSON:Hülsmann-Vogt]] bat um eine englische Zusammenfassung des Besuchsberichts."""),
("positive", "eb5_turkish_investor_csv", "turkish", """investor_id|name|country|ssn_if_any
RC-0471|[[PERSON:Elif Şahin Yıldırım]]|TR|
RC-0472|[[PERSON:Mehmet Can Öztürk]]|TR|[[US_SSN:583-41-2907]]
RC-0473|[[PERSON:Zeynep Akgül]]|TR|"""),
("evasion", "eb5_anumber_words", "vietnamese", """For the I-829 file of [[PERSON:Trần Minh Khoa]] the A-number is [[A_NUMBER:A two one nine, four four eight, zero one six]] — spelled out because the VDI clipboard mangles digits."""),
("evasion", "eb5_split_ssn", "anglo", """User: investor's US-born spouse, SSN starts [[US_SSN:407-62
User: sorry, hit enter — rest is -1844]]. name Constance Fairweather""".replace("Constance Fairweather", "[[PERSON:Constance Fairweather]]")),
("hard_negative", "eb5_public_program", None, """The EB-5 Reform and Integrity Act of 2022 requires regional centers to file Form I-956G annually. Questions go to the USCIS Immigrant Investor Program Office's public inbox listed on uscis.gov; the minimum investment in a TEA is $800,000."""),
("hard_negative", "eb5_form_numbers", None, """Forms in play: I-526E, I-829, I-956, I-956F, I-956G, I-956H. Project number RC2234500001 is a regional-center ID, not an investor record. Filing fee schedule version 2024.04."""),
("hard_negative", "eb5_econ_model", None, """RIMS II multipliers used: construction 2.4133, hotel ops 1.8720; job estimate 1,214.6 direct+indirect. Total eligible costs $148,220,450.00. NAICS 236220."""),
("hard_negative", "eb5_eponym_buildings", None, """Site is across from the Frank Lloyd Wright visitor center and two blocks from the Ernest Hemingway house museum. The project renamed Tower B the "Carnegie" building."""),
("hard_negative", "eb5_secret_prose", None, """The developer kept saying the construction schedule is "confidential" and a "secret sauce" of the general contractor. I reminded him that the I-956F requires it and that we don't classify anything on site visits."""),
("hard_negative", "eb5_placeholder_script", None, """export RC_DOCS_USER=ipo_review
export RC_DOCS_PASS='<set-in-vault>'
python fetch.py --token "$RC_TOKEN" --out ./docs   # RC_TOKEN comes from the keyring"""),
("hard_negative", "eb5_invalid_ssn_range", None, """Test rows in the training DB use SSNs from the never-issued range, e.g. 987-65-4320 and 000-12-3456, so nobody confuses them with investors."""),
("hard_negative", "eb5_loan_ids", None, """Loan tranche A: $42.5M, note no. LN-2025-7781; tranche B: $18.0M, note no. LN-2025-7782. Escrow agreement rev 3.1. Git commit a7c91e04b2 updated the job-model spreadsheet."""),
("positive", "eb5_rc_portal_jwt", None, """Regional center portal API call from my notebook (works from home, not VDI):
requests.get(url, headers={"Authorization": "Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJpcG8tcmMtcmVhZGVyIiwic2NvcGUiOiJzaXRlcy5yZWFkIiwiaWF0IjoxNzkzMDAwMDAwfQ.Zr8kPq2Wm5xNv7bTc1YdLh4Fs9GjAe3uKo6iRw0QnMy]]"})"""),
("positive", "eb5_les_line", None, """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Referral to HSI: regional center principal suspected of diverting escrow funds; site visit scheduled without notice. Please proofread."""),
("hard_negative", "eb5_tea_map", None, """TEA census tracts 36061019100, 36061019300 and 36061020100 qualify (unemployment 150% of national average). Tract IDs are 11-digit FIPS codes, not personal numbers."""),
]
