# Voice 1: USCIS Refugee, Asylum and International Operations (RAIO) overseas field offices,
# family reunification (I-730 "follow-to-join") follow-ups.
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "email_followup", "somali", """Subject: I-730 follow-to-join – interview no-show, Nairobi FO

Hi Counsel,

Your client's beneficiary, [[PERSON:Ayaan Warsame Nuur]] (DOB [[DATE_OF_BIRTH:09/22/2011]]), did not appear for her I-730 interview at the Nairobi Field Office on Tuesday. The petitioner, [[PERSON:Hodan Abdirahman Guleid]], [[A_NUMBER:A218406731]], told our contact centre that the family could not travel from Dadaab because of the road closure near Garissa.

We can offer one reschedule. Please have Ms. [[PERSON:Guleid]] confirm a phone number where the beneficiary's aunt can be reached; the one on file, [[PHONE_NUMBER:+254 20 555 0172]], rings out.

Receipt: [[USCIS_RECEIPT_NUMBER:IOE0917342685]]

Thanks,
[[PERSON:Keziah Otieno-Mbeki]]
Locally Employed Staff, Nairobi FO"""),

(P, "case_note", "congolese", """2e entretien – note au dossier
Bénéficiaire : [[PERSON:Espérance Mwamba Kabeya]], née le [[DATE_OF_BIRTH:14 mars 1991]] à Kalemie
Requérant (époux) : [[PERSON:Jean-Pierre Kabeya Ilunga]], [[A_NUMBER:A 212-468-305]]
L'intéressée présente un acte de mariage coutumier daté de 2014. Les noms des enfants ([[PERSON:Grâce-Divine Kabeya]], [[PERSON:Moïse Kabeya]]) concordent avec la requête initiale. Interprète swahili : [[PERSON:Faustin Bahati]].
Recommandation : approuver sous réserve du résultat ADN pour [[PERSON:Moïse]]."""),

(P, "chat_turns", "eritrean", """User: need a short neutral paragraph for an RFE on DNA testing. petitioner is [[PERSON:Selamawit Tesfamariam Gebru]], kids are [[PERSON:Natnael]] and [[PERSON:Luwam]], both born in Asmara. mother listed DOB [[DATE_OF_BIRTH:1986-07-03]] on the I-730 but the birth certs say 1987. keep it polite
Assistant: Sure — here is a draft you can adapt:
"The petitioner, [[PERSON:Selamawit Tesfamariam Gebru]], has filed Form I-730 on behalf of [[PERSON:Natnael]] and [[PERSON:Luwam]]..."
User: ok but fix the mom's DOB line, it should read [[DATE_OF_BIRTH:03 Jul 1986]] per her A-file"""),

(P, "csv_semicolon", "afghan", """receipt;petitioner;beneficiary;rel;ben_dob;post;status
[[USCIS_RECEIPT_NUMBER:IOE0921167408]];[[PERSON:Zarmina Sadat]];[[PERSON:Farid Sadat]];SPOUSE;[[DATE_OF_BIRTH:1989-11-13]];ISLAMABAD;AWAIT DNA
[[USCIS_RECEIPT_NUMBER:IOE0921167419]];[[PERSON:Zarmina Sadat]];[[PERSON:Mursal Sadat]];CHILD;[[DATE_OF_BIRTH:2013-04-18]];ISLAMABAD;AWAIT DNA
[[USCIS_RECEIPT_NUMBER:IOE0921170053]];[[PERSON:Abdul Wahid Stanikzai]];[[PERSON:Parwana Stanikzai]];SPOUSE;[[DATE_OF_BIRTH:1994-01-27]];DOHA;INTERVIEWED
[[USCIS_RECEIPT_NUMBER:IOE0921170088]];[[PERSON:Gul Ahmad Noorzai]];[[PERSON:Sediqa Noorzai]];CHILD;[[DATE_OF_BIRTH:2009-08-30]];ISLAMABAD;NO SHOW x2"""),

(P, "arabic_message", "syrian", """نص الرسالة إلى المستفيدة (يرجى المراجعة قبل الإرسال):
السيدة [[PERSON:رنا عبد الكريم الحلبي]]، نود إعلامك بأن مقابلتك بخصوص طلب لمّ الشمل (I-730) المقدم من زوجك [[PERSON:مازن الحلبي]] قد تحدد موعدها في عمّان. يرجى إحضار جواز السفر وشهادة الزواج.
English for the file: beneficiary [[PERSON:Rana Abdulkarim al-Halabi]], petitioner [[PERSON:Mazen al-Halabi]], beneficiary's WhatsApp [[PHONE_NUMBER:+962 6 555 0187]]."""),

(P, "voicemail", "rohingya", """[Voicemail transcript, auto-generated, Kuala Lumpur liaison line, 14:07]
"hello yes this is [[PERSON:Mohammed Rofik]] calling about my wife case, my wife name is [[PERSON:Hasina Begum]], she is in Cox's Bazar camp 15 still. my case number I think is [[USCIS_RECEIPT_NUMBER:IOE-09-215-88304]]. nobody call her since April. please call me back [[PHONE_NUMBER:+60 3-5550 0129]], thank you, thank you"
--
can someone tell me how to reply to him w/o promising a date?"""),

(P, "ocr_form", "oromo", """I-730  Part 3. Information About the Beneficiary
1.a Family Name (Last Name)   [[PERSON:G U D I N A]]
1.b Given Name (First Name)   [[PERSON:Chaltu]]
1.c Middle Name               [[PERSON:Dinsa]]
4. Date of Birth (mm/dd/yyyy)  [[DATE_OF_BIRTH:0 5 / 1 9 / 2 0 0 4]]
6. Country of Birth           E t h i o p i a
12. Current Physical Address  Kebele 03, Adama, Oromia
petitioner sig ..... [[PERSON:Tolosa Gudina Dinsa]]
>> OCR dump from the scanned packet, can you clean up the spacing so I can paste it into the case note"""),

(P, "cable_caps", "sudanese", """FROM RAIO CAIRO TO RAIO HQ IO DIVISION
SUBJ: I-730 BENEFICIARY WHEREABOUTS - [[PERSON:ADAM ISMAIL ABAKAR]]
1. BENEFICIARY [[PERSON:ADAM ISMAIL ABAKAR]] DOB [[DATE_OF_BIRTH:01JAN1998]] (PLACEHOLDER DOB PER SUDANESE ID PRACTICE) REPORTED CROSSED INTO EGYPT VIA ARGEEN. PETITIONER [[PERSON:HAWA ISMAIL ABAKAR]] [[A_NUMBER:A203775419]] PROVIDED NEW CAIRO ADDRESS [[STREET_ADDRESS:14 SHARIA EL-NASR, APT 6, ARD EL LEWA, GIZA]].
2. REQUEST HQ APPROVE TRANSFER OF INTERVIEW FROM NDJAMENA CIRCUIT TO CAIRO."""),

(P, "json_export", "iraqi", """{
  "caseId": "RAIO-FTJ-2026-00781",
  "formType": "I-730",
  "receiptNumber": "[[USCIS_RECEIPT_NUMBER:IOE0920044156]]",
  "petitioner": {"name": "[[PERSON:Haider Kadhim Al-Zubaidi]]", "aNumber": "[[A_NUMBER:A215093347]]"},
  "beneficiaries": [
    {"name": "[[PERSON:Zahraa Haider Al-Zubaidi]]", "dob": "[[DATE_OF_BIRTH:2016-02-29]]", "relationship": "DAUGHTER"},
    {"name": "[[PERSON:Ali Haider Al-Zubaidi]]", "dob": "[[DATE_OF_BIRTH:2015-10-06]]", "relationship": "SON"}
  ],
  "post": "Erbil",
  "lastAction": "DNA_KIT_SHIPPED"
}
why does the validation tool reject this? says dob invalid on the first kid"""),

(P, "markdown_schedule", "yemeni+jordanian", """| time | beneficiary | petitioner | interpreter | room |
|---|---|---|---|---|
| 08:30 | [[PERSON:Afrah Saleh Al-Ansi]] | [[PERSON:Nabil Al-Ansi]] | [[PERSON:Reem Haddad]] | B2 |
| 09:45 | [[PERSON:Khaled Mohsen Bamatraf]] | [[PERSON:Samira Bamatraf]] | [[PERSON:Reem Haddad]] | B2 |
| 11:00 | [[PERSON:Suad Ba'abbad]] | [[PERSON:Tariq Ba'abbad]] | [[PERSON:Issa Khoury]] | B3 |
Amman circuit, day 2. Can you turn this into an e-mail to the embassy consular section listing who needs a gate pass?"""),

(P, "spanish_email", "guatemalan", """Estimada señora [[PERSON:Xiomara Cux Tzoc]]:

Le escribimos de la Oficina de USCIS en la Ciudad de México respecto a la petición I-730 presentada por su esposo, [[PERSON:Baltazar Ajanel Cux]]. Necesitamos una copia legible del certificado de nacimiento de su hija [[PERSON:Ixchel Ajanel Cux]], nacida el [[DATE_OF_BIRTH:2 de octubre de 2016]].
Puede comunicarse al [[PHONE_NUMBER:+52 55 5550 0193]] de lunes a jueves.

Atentamente,
[[PERSON:Rodrigo Valdivia]]"""),

(P, "cui_banner_email", "karen", """[[CUI_MARKING:CUI//SP-ASYL]]

Team – quick update on the Kuala Lumpur I-730 backlog. Beneficiary [[PERSON:Naw Mu Lah Htoo]] (petitioner [[PERSON:Saw Ler Wah Moo]], [[A_NUMBER:A219338406]]) has a medical hold; IOM says clearance by end of month.

[[CUI_MARKING:CUI//SP-ASYL]]"""),

(P, "zip_password", "ukrainian", """Sending the scanned birth certificates for [[PERSON:Оксана Ворончак]] / [[PERSON:Oksana Voronchak]] and her son [[PERSON:Danylo Voronchak]] (born [[DATE_OF_BIRTH:11.06.2010]]) through Kiteworks. The zip password is [[PASSWORD:Lviv-beneficiary#4471]] – please don't forward it in the same thread. Petitioner is [[PERSON:Taras Voronchak]]."""),

(P, "approval_summary", "venezuelan", """Can you shorten this for the weekly: "Approved I-730 for beneficiary [[PERSON:Yusmary del Valle Rondón]], spouse of asylee [[PERSON:Wilmer José Rondón Briceño]] ([[A_NUMBER:A207614482]]); beneficiary currently in Cúcuta, contact via sister [[PERSON:Yoleidy Rondón]] at [[PHONE_NUMBER:+57 601 555 0137]]. Travel packet to IOM Bogotá." """),

(E, "zero_width_name", "somali", "pls check if this one is a dupe: beneficiary [[PERSON:Fa\u200bdumo Ab\u200bdi Xa\u200bsan]], petitioner [[PERSON:Ca\u200bbdi\u200brahman Xa\u200bsan]] – i put the invisible chars in so the AI tool doesn't strip the names before it compares them"),
(E, "spelled_anumber", "afghan", "petitioner's number is [[A_NUMBER:A two one six, four zero nine, eight eight three]] – writing it out because the gateway keeps eating it. beneficiary is [[PERSON:Shabnam Hotak]], wife."),
(E, "spaced_cui", "eritrean", "[[CUI_MARKING:C U I / / S P - A S Y L]]\nsummarise this follow-to-join note for me: beneficiary [[PERSON:Feven Habte]] still in Khartoum? or moved to Addis, petitioner [[PERSON:Mebrahtu Habte]] unsure"),

(H, "process_question", None, """What's the filing window for Form I-730? I remember it's within two years of the principal being granted asylum or admitted as a refugee, but can the deadline be waived for humanitarian reasons? And does a follow-to-join beneficiary overseas get interviewed at an embassy or at a USCIS international field office?"""),
(H, "stats", None, """FY draft numbers for the RAIO IO slide: Nairobi 1,412 I-730 interviews, Amman 986, Mexico City 744, New Delhi 612. Average days from receipt to interview: 311 (down from 402). DNA recommended in 38.6% of cases; 4.1% of tests excluded the claimed relationship. Please turn into three bullet points."""),
(H, "template_placeholders", None, """Dear [Beneficiary Name],
This notice concerns Form I-730 receipt number IOE-XX-XXX-XXXXX filed by [Petitioner Name] (A-Number: A-XXX-XXX-XXX). Your interview will take place on [DATE] at [LOCATION]. Bring your passport, this notice, and two passport-style photographs.
— template v3, do not send with brackets"""),
(H, "kinship_words", None, """Quick sanity check on eligibility: the petitioner lists her husband, two daughters, a stepson (married at 19), her mother, and her younger brother. As I read 8 CFR 208.21, only the spouse and the unmarried children under 21 at filing qualify, so the mother and brother would need another pathway. Stepson is tricky because the marriage creating the step relationship has to have happened before he turned 18. Right?"""),
(H, "eponym_history", None, """Fun fact for the new LES training deck: the League of Nations "Nansen passport" for stateless refugees was named for Fridtjof Nansen, who won the Nobel Peace Prize in 1922. Could you write two sentences connecting that history to today's refugee travel document (Form I-571)?"""),
(H, "ticket_numbers", None, """IT ticket INC0048817263 — scanner in the Nairobi interview room B2 jams on A4 paper. Asset tag DHS-0093318774, model fi-7160, firmware 2.10.12. Replacement order PO 70SBUR26P00000431. Not urgent but it slows down I-730 file intake."""),
(H, "embassy_logistics", None, """Room booking for the Amman circuit: we need interview rooms B2 and B3 at the Embassy on Al-Umawiyeen Street, Abdoun, plus the consular waiting hall from 08:00. Security wants the final headcount 72 hours out. No beneficiary names in this thread please — send those via the case system."""),
(H, "resembling_markings", None, """The secret to getting through the follow-to-join backlog, according to our field office director, is batching DNA kits by lab. Controlled tests last quarter showed a 19% drop in turnaround. Can you write that up as a tip for the newsletter, in a classified-ad style (short, punchy)?"""),
(H, "arabic_instructions", None, """ترجمة مطلوبة للإنجليزية: "يرجى إحضار جميع الوثائق الأصلية إلى المقابلة، بما في ذلك شهادات الميلاد وعقد الزواج وجوازات السفر لجميع أفراد الأسرة. لن تتم المقابلة بدون هذه الوثائق." """),
(H, "python_placeholder", None, """def days_pending(receipt_date, today):
    # receipt_date like date(2025, 3, 14); beneficiary = "Jane Doe" in the fixture
    return (today - receipt_date).days

# test: days_pending(date(2025,3,14), date(2026,1,9)) should be 301 — mine says 300?"""),
]
