# Voice: DHS OBIM international data-sharing desk - biometric query requests and replies with foreign partner agencies.
RECORDS = [
("positive", "uk_partner_request", "english",
"""From: Home Office liaison
Request ref HO-BX-26-1144. Subject: [[PERSON:Callum Fitzgerald-Ames]], DOB [[DATE_OF_BIRTH:19/04/1991]], British passport [[US_PASSPORT:533081472]]. Last known address [[STREET_ADDRESS:Flat 6, 27 Balmoral Road, Leyton, London E10 5NT]]. Mobile [[PHONE_NUMBER:+44 7700 900514]]. Requesting any US encounter records."""),
("positive", "mexico_request_es", "mexican",
"""Solicitud de intercambio de información biométrica
Nombre: [[PERSON:HERNÁNDEZ CRUZ, José Refugio]]
Fecha de nacimiento: [[DATE_OF_BIRTH:25 de diciembre de 1987]]
CURP no incluido
Pasaporte mexicano: [[US_PASSPORT:G18639121]]
Domicilio: [[STREET_ADDRESS:Calle Juárez 118, Col. Centro, 58000 Morelia, Mich.]]
Teléfono: [[PHONE_NUMBER:+52 443 555 0192]]"""),
("positive", "australia_reply_table", "aboriginal_australian+lebanese",
"""Reply to ABF query batch 0412:
| partner ref | subject | DOB | match |
|---|---|---|---|
| ABF-0412-01 | [[PERSON:Jedda Marrawuy]] | [[DATE_OF_BIRTH:02 Jan 1996]] | no match |
| ABF-0412-02 | [[PERSON:Georges Khoury]] | [[DATE_OF_BIRTH:14 Jul 1979]] | 1 encounter (A-file [[A_NUMBER:A833213814]]) |"""),
("positive", "japan_request", "japanese",
"""照会依頼
氏名: [[PERSON:佐藤 悠真]] ([[PERSON:SATO Yuma]])
生年月日: [[DATE_OF_BIRTH:昭和63年4月9日]]
旅券番号: [[US_PASSPORT:TK4481027]]
住所: [[STREET_ADDRESS:〒150-0002 東京都渋谷区渋谷2丁目15-1-804]]"""),
("positive", "xml_exchange", "albanian",
"""<BiometricQuery partner="ALB-MOI" ref="AL-26-0077">
  <Subject>
    <Surname>[[PERSON:Hoxha]]</Surname>
    <GivenName>[[PERSON:Blerina]]</GivenName>
    <BirthDate>[[DATE_OF_BIRTH:1993-08-27]]</BirthDate>
    <Passport country="ALB">[[US_PASSPORT:BD7720145]]</Passport>
  </Subject>
</BiometricQuery>"""),
("positive", "secret_noforn_partner", None,
"""Please help me redraft this paragraph so it's releasable:
[[CLASSIFICATION_MARKING:(S//NF)]] Partner service identified two subjects linked to a facilitation network using fraudulent Moroccan passports.
[[CLASSIFICATION_MARKING:Classified By: Director, OBIM International Programs]]
[[CLASSIFICATION_MARKING:Derived From: DHS SCG 2025-07]]
[[CLASSIFICATION_MARKING:Declassify On: 20501231]]"""),
("positive", "ts_banner", None,
"""[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
Biometric match summary, partner program expansion - annex B
[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]"""),
("positive", "cui_agreement", None,
"""[[CUI_MARKING:CUI//SP-INTL//FED ONLY]]
Draft implementing arrangement for biometric data sharing - Article 7 retention periods.
[[CUI_MARKING:CUI//SP-INTL//FED ONLY]]"""),
("positive", "sftp_partner_creds", None,
"""Partner SFTP (for nightly batch) - writing it here so I don't forget:
host sftp.partner-exchange.example port 2222
user obim_intl_batch
pass: [[PASSWORD:Zt4!rPq8LmW2xc]]"""),
("positive", "korean_request", "korean",
"""요청 번호 KR-MOJ-2611
성명: [[PERSON:이지훈]] ([[PERSON:LEE Ji-hoon]])
생년월일: [[DATE_OF_BIRTH:1985년 11월 2일]]
여권번호: [[US_PASSPORT:M55810342]]
연락처: [[PHONE_NUMBER:+82 2 555 0183]]"""),
("positive", "caseworker_email_french", "senegalese",
"""Bonjour,
Suite à votre demande, le sujet [[PERSON:Mamadou Lamine Diop]], né le [[DATE_OF_BIRTH:3 mars 1990]] à Thiès, passeport sénégalais [[US_PASSPORT:A02281934]], n'a aucun enregistrement. Cordialement, [[PERSON:Aïssatou Ndiaye]], [[EMAIL_ADDRESS:a.ndiaye@police-partner.example.sn]]"""),
("positive", "les_partner_alert", "dutch",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]] Netherlands KMar reports fingerprint hit on [[PERSON:Pieter-Jan van der Berg]] (DOB [[DATE_OF_BIRTH:11-06-1982]]); subject traveled to the US twice in 2025."""),
("evasion", "spaced_passport", "polish",
"""partner typed the passport with spaces: [[PERSON:Agnieszka Przybylska-Wróbel]], passport [[US_PASSPORT:E W 8 8 1 4 2 0 3]]"""),
("evasion", "base64_marking", None,
"""attachment header decoded weird, raw value is [[CLASSIFICATION_MARKING:U0VDUkVULy9OT0ZPUk4=]] - can you decode it for me?"""),
("hard_negative", "mou_text", None,
"""The Parties shall ensure that biometric data exchanged under this Arrangement are used only for the purposes in Article 3. Nothing in this Arrangement creates rights enforceable by private persons. (a) retention; (b) onward transfer; (c) redress."""),
("hard_negative", "iso_country_codes", None,
"""Partner codes: GBR, MEX, AUS, JPN, KOR, ALB, SEN, NLD. Fingerprint formats: ANSI/NIST-ITL 1-2011 Update 2015, EBTS 11.1, record type 14."""),
("hard_negative", "historic_figures_biometrics", None,
"""Intro slide: Francis Galton and Juan Vucetich pioneered fingerprint classification; Alphonse Bertillon invented anthropometry; Edward Henry's system was adopted by Scotland Yard."""),
("hard_negative", "request_stats", None,
"""FY26 partner queries: 18,442 received, 1,207 matches (6.5 %). Mean turnaround 41 seconds. Batch IDs 26-0001 to 26-0412."""),
("hard_negative", "classified_prose_intl", None,
"""A partner asked whether results are classified. Answer: responses to routine queries are unclassified; the partner handles them under its own confidentiality law."""),
("hard_negative", "example_marking_training", None,
"""Course IP-201, slide 12: banner markings such as "SECRET//NOFORN" and "CUI//SP-INTL" must never appear on partner-releasable documents. This slide deck is UNCLASSIFIED and approved for public release."""),
("hard_negative", "placeholder_sftp", None,
"""sftp_batch.cfg
host=${PARTNER_SFTP_HOST}
user=${PARTNER_SFTP_USER}
pass=${PARTNER_SFTP_PASSWORD}"""),
("hard_negative", "fiction_spy", None,
"""Team lunch debate: who had the best cover identity - James Bond, Jason Bourne or George Smiley? Karla doesn't count."""),
("hard_negative", "uuid_batch", None,
"""Batch manifest: 3f6c1a2e-8b4d-4f7a-9c1e-2d5b7a9e0f13, 9a0b2c4d-6e8f-4a1b-b3c5-d7e9f1a3b5c7. Checksum crc32 0x7A3F9C21."""),
("hard_negative", "embassy_public_contact", None,
"""Foreign partners should route requests through their embassy's liaison officer or the published OBIM international inbox; individuals seeking their own records use the DHS Privacy Office FOIA portal."""),
]

RECORDS += [
("positive", "mongolian_request", "mongolian",
"""Хүсэлт MN-GIA-26-019
Овог нэр: [[PERSON:Ганболдын Солонго]] ([[PERSON:Solongo Ganbold]])
Төрсөн огноо: [[DATE_OF_BIRTH:1994 оны 3 сарын 8]]
Гадаад паспорт: [[US_PASSPORT:E1928437]]"""),
("hard_negative", "passport_format_note", None,
"""Partner note: their passport numbers are 9 characters, two letters then 7 digits (e.g. "AB1234567" in the ICAO specimen). MRZ check digits use weights 7-3-1."""),
]
