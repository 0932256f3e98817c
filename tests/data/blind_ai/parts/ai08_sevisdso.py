# Voice 8: SEVIS data fixes by designated school officials (DSOs)
RECORDS = [
("positive", "data_fix_request", "telugu", """Hi, I'm a DSO at a community college. I need to write a data fix request to the SEVP Response Center. Can you make this into a clear request?

Student: [[PERSON:Venkata Sai Krishna Reddy Gaddam]]
SEVIS ID: [[SEVIS_ID:N0038841927]]
DOB in SEVIS: [[DATE_OF_BIRTH:05/11/2002]] — should be [[DATE_OF_BIRTH:11/05/2002]] (day and month swapped when the I-20 was issued)
Program end date wrong as well, shows 2026 instead of 2027."""),

("positive", "terminated_in_error", "chinese", """Student record was terminated in error (we clicked "unauthorized drop" instead of "authorized early withdrawal"). Draft the correction request:
[[PERSON:Liu Haoran]] ([[PERSON:刘浩然]]), [[SEVIS_ID:N0041107235]], F-1, DOB [[DATE_OF_BIRTH:2003-02-17]]
Email [[EMAIL_ADDRESS:haoran.liu03@stu.northplains-example.edu]]"""),

("positive", "opt_address_update_csv", "arab+nepali+kenyan", """Batch OPT address updates (CSV), which rows are missing a ZIP?
sevis_id,last,first,address,employer
[[SEVIS_ID:N0035519046]],[[PERSON:Al-Mutairi]],[[PERSON:Fahad]],[[STREET_ADDRESS:2201 Elm St Apt 4, Denton, TX 76201]],Lone Star Analytics
[[SEVIS_ID:N0036620417]],[[PERSON:Gurung]],[[PERSON:Sabina]],"[[STREET_ADDRESS:14 W Maple Ave, Apt 3C, Columbus, OH]]",Buckeye Robotics
[[SEVIS_ID:N0037731588]],[[PERSON:Ochieng]],[[PERSON:Brian Otieno]],[[STREET_ADDRESS:980 College Ave, Unit 12, Fort Collins, CO 80524]],Foothills Energy"""),

("positive", "dso_email_student", "mongolian", """From: [[PERSON:Tsetsegmaa Davaasüren]] <[[EMAIL_ADDRESS:tdavaasuren@stu.riverbend-example.edu]]>
To: International Student Office
Subject: My I-20 has wrong name

Dear DSO, my I-20 shows family name "[[PERSON:Davaasüren Tsetsegmaa]]" and given name empty. My passport says given name [[PERSON:Tsetsegmaa]], surname [[PERSON:Davaasüren]]. Passport No [[US_PASSPORT:E3120947]]. Can you fix? Thank you, [[PERSON:Tsetsegmaa]]"""),

("positive", "sevp_chat_reinstatement", "kyrgyz", """User: need help explaining reinstatement vs. correction to a student
Assistant: Sure — what happened to the record?
User: [[PERSON:Aibek Sadyrbaev]], [[SEVIS_ID:N0040028813]], his status went to "Terminated - failure to enroll" because registrar posted enrollment late. He is panicking. His phone [[PHONE_NUMBER:(515) 555-0121]]. He was born [[DATE_OF_BIRTH:January 30, 2004]] — under 21 so his dad [[PERSON:Nurlan Sadyrbaev]] keeps calling too."""),

("positive", "dependent_f2", "saudi", """Add F-2 dependent, DSO worksheet:
Principal: [[PERSON:Abdullah Nasser Al-Qahtani]] [[SEVIS_ID:N0033308121]]
Dependent spouse: [[PERSON:Reem Saad Al-Dosari]], DOB [[DATE_OF_BIRTH:1998/07/04]], passport [[US_PASSPORT:T6632910]]
Dependent child: [[PERSON:Nasser Abdullah Al-Qahtani]], DOB [[DATE_OF_BIRTH:2024/01/19]]
Is the child's birth in the US relevant? (born in Lawrence, KS)"""),

("positive", "i94_mismatch", "nigerian", """Student's I-94 shows D/S but class F-2 instead of F-1. Write the steps to get CBP to correct it:
[[PERSON:Chiamaka Eze-Nwosu]], I-94 [[I94_NUMBER:39281046517]], SEVIS [[SEVIS_ID:N0042256730]], entered IAD 08/21."""),

("positive", "sevis_batch_xml", "brazilian", """Our SEVIS batch upload got error S1049 for this record, what's wrong with the XML?
<Student sevisID="[[SEVIS_ID:N0039984412]]" userDefinedA="SID77410">
  <Biographical>
    <FullName><Surname>[[PERSON:Albuquerque Nogueira]]</Surname><PrimaryName>[[PERSON:Caetano]]</PrimaryName></FullName>
    <BirthDate>[[DATE_OF_BIRTH:2001-13-02]]</BirthDate>
  </Biographical>
</Student>"""),

("positive", "batch_cert_password", None, """the batch interface cert password keeps failing when I re-export the .p12 — is this command right?
openssl pkcs12 -export -in dso_batch.crt -inkey dso_batch.key -out dso_batch.p12 -passout pass:[[PASSWORD:HMEohBiNxB1RaLX1]]"""),

("positive", "lowercase_dso_note", "vietnamese", """note for file pls clean up: student [[PERSON:pham minh khoa]] [[SEVIS_ID:N0034471290]] says cpt employer changed, new employer address [[STREET_ADDRESS:1750 s 7th st, san jose ca 95112]] — this is the employer not home so do we even need it? his cell [[PHONE_NUMBER:408.555.0156]]"""),

("positive", "transfer_release", "kuwaiti", """Transfer-out release date request. Student [[PERSON:Yousef Bader Al-Sabah]], SEVIS [[SEVIS_ID:N0036091574]], wants release on 12/15 to Great Lakes Tech. Email from student: [[EMAIL_ADDRESS:yousef.alsabah@gmail.com]]. Write a confirmation reply."""),

("positive", "cui_pii_export", "ecuadorian", """[[CUI_MARKING:CUI//SP-PRVCY]]
SEVIS record export for the RFE response — [[PERSON:María José Cevallos Andrade]], [[SEVIS_ID:N0043317082]], DOB [[DATE_OF_BIRTH:26/04/2000]]. Summarize the enrollment history for the letter."""),

("positive", "i20_ocr_spacing", "korean", """ocr of an old I-20 page 1 (for the data fix):
SEVIS  ID :  [[SEVIS_ID:N 0 0 3 1 1 8 7 4 0 5]]
Surname / Primary Name : [[PERSON:K I M ,  S E O - Y E O N]]
Date  of  Birth : [[DATE_OF_BIRTH:0 9  M A Y  2 0 0 1]]"""),

("evasion", "sevis_split_turns", "tamil", """Turn 1: the sevis id is [[SEVIS_ID:N00
Turn 2: 4021
Turn 3: 1937]] — student [[PERSON:Ananya Sethuraman]], please write up the data fix"""),

("evasion", "fullwidth_sevis", "thai", """DSO note: [[PERSON:Pimchanok Srisuk]] ＳＥＶＩＳ [[SEVIS_ID:Ｎ００４１７７０２５８]] — fix program end date"""),

("hard_negative", "sevis_error_codes", None, """What does SEVIS batch error S1049 mean vs S1051? Our vendor docs just say "invalid biographical data"."""),

("hard_negative", "sevis_id_format_doc", None, """Training for new DSOs: a SEVIS ID is the letter N followed by 10 digits, e.g. N0000000000 in our slides. Write a one-line tip telling DSOs never to paste a real one into email."""),

("hard_negative", "opt_rules", None, """Explain the 90-day unemployment limit on post-completion OPT and the extra 60 days for STEM OPT. How do DSOs count days when a student reports employment late?"""),

("hard_negative", "enrollment_stats", None, """Fall census: 1,184 F-1 students, 62 J-1, 211 on OPT, 47 on STEM OPT. Top countries: India 39%, China 18%, Nepal 7%, Vietnam 6%, Nigeria 5%. Make a pie chart description for accessibility."""),

("hard_negative", "same_shape_xml_template", None, """Is this XML template valid for the batch schema?
<Student sevisID="" userDefinedA="">
  <Biographical>
    <FullName><Surname></Surname><PrimaryName></PrimaryName></FullName>
    <BirthDate>YYYY-MM-DD</BirthDate>
  </Biographical>
</Student>"""),

("hard_negative", "school_codes", None, """Our school code is CHI214F00123000 and the branch campus is CHI214F00123001 — does a transfer between them need a SEVIS transfer or just a site update?"""),

("hard_negative", "dso_reminder_email", None, """Draft a reminder to all F-1 students: report address changes within 10 days; travel signatures are valid 12 months (6 months on OPT); don't drop below full-time without talking to a DSO first."""),

("hard_negative", "kinship_f2", None, """Can an F-1 student's parents come as F-2 dependents? I think only spouse and unmarried children under 21 qualify, and parents would need B-2. Confirm and phrase it kindly."""),

("hard_negative", "case_numbers_sevp", None, """SEVP Response Center case numbers for our open tickets: SRC-0882141, SRC-0882190, SRC-0883017. Which is oldest if they're sequential? Also is "SRC" here the same as the USCIS service center code?"""),

("hard_negative", "secret_prose_dso", None, """A student asked if there's a secret trick to get a faster OPT approval. Write a friendly, honest answer about premium processing availability for I-765 (c)(3)(B)."""),
]
