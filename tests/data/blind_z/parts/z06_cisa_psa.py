# Voice: CISA Protective Security Advisors - site assessments of stadiums, schools, houses of worship
RECORDS = [
("positive", "worship_assessment", "ghanaian", """Site visit - New Life Assembly of God
POC: Pastor [[PERSON:Kwabena Ofori-Boateng]], cell [[PHONE_NUMBER:614-555-0114]], [[EMAIL_ADDRESS:pastor.kasante@newlifeassembly-example.org]]
Address: [[STREET_ADDRESS:3380 Refugee Rd, Columbus, OH 43232]]
Findings: no camera coverage at east entrance."""),
("positive", "mosque_contact_vcard", "bosnian", """BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Emir Hadžihalilović]]
ORG:Islamic Center of St. Louis County
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-314-555-0186]]
EMAIL:[[EMAIL_ADDRESS:emir.hadzihalilovic@ic-stl-example.org]]
ADR;TYPE=HOME:;;[[STREET_ADDRESS:4712 Gravois Ave;St. Louis;MO;63116]]
END:VCARD"""),
("positive", "stadium_ical", "anglo+portuguese", """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:SAFE assessment - Riverfront Stadium
DTSTART:20261214T140000Z
ORGANIZER;CN=[[PERSON:Patience Holloway]]:mailto:[[EMAIL_ADDRESS:p.holloway@cisa.example.gov]]
ATTENDEE;CN=[[PERSON:João Pedro Magalhães]]:mailto:[[EMAIL_ADDRESS:jp.magalhaes@riverfront-stadium-example.com]]
END:VEVENT
END:VCALENDAR"""),
("positive", "school_caps", "navajo", """SCHOOL ASSESSMENT REQUEST - TUBA CITY AREA
REQUESTED BY: [[PERSON:BEGAYE, LORETTA]] (PRINCIPAL)
PHONE: [[PHONE_NUMBER:928-555-0149]]
MS. [[PERSON:BEGAYE]] ASKS FOR A VISIT BEFORE SPRING BREAK."""),
("positive", "synagogue_hebrew", "israeli", """תרגם בבקשה: איש הקשר של בית הכנסת הוא [[PERSON:אבישי רוזנצווייג]], טלפון [[PHONE_NUMBER:+972 3-555-0172]]. He is visiting from Tel Aviv and coordinating the security grant application."""),
("positive", "pcii_marking", None, """[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Riverfront Stadium vulnerability summary - the owner submitted under the PCII program.
Please rewrite the findings section as bullet points."""),
("positive", "pcii_cui", None, """[[CUI_MARKING:CUI//SP-PCII]]
IST survey results for Greenfield Unified District, 14 campuses. Help me compute average scores per category."""),
("positive", "aws_keys_tool", None, """The IST dashboard export script has these in it, is that a problem?
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAQ4LM7TXR3WN8PZ2K]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:fP9xK2mT7qL4wZ8nV1cR6yB3hJ0dS5gA+eUoIt7M]]"""),
("positive", "github_pat", None, """I pushed the site-visit scheduler to github with token [[GITHUB_TOKEN:ghp_4Kx9TqW2mLr7ZpB3nVc8Yd6Jf1Hs0Ga5Ue2R]] in settings.py, how do I scrub it from history?"""),
("positive", "private_key", None, """Our camera-vendor SFTP needs this key, can you check the format?
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACB7qR2mXk9LwZ3pT8vN1cY6jH4sF0dG5aE2uKiW7oBnLQAAAJgT1v9yE9b/
cgAAAAtzc2gtZWQyNTUxOQAAACB7qR2mXk9LwZ3pT8vN1cY6jH4sF0dG5aE2uKiW7oBnLQ
-----END OPENSSH PRIVATE KEY-----]]"""),
("positive", "emergency_contact", "sudanese", """Temple volunteer security lead: [[PERSON:Abdelrahim Osman Elnour]]
Emergency contact: [[PERSON:Amna Osman]] [[PHONE_NUMBER:402-555-0138]]
DOB (for background form): [[DATE_OF_BIRTH:March 3rd, 1979]]"""),
("evasion", "spaced_email", "anglo", """reach the athletic director at [[EMAIL_ADDRESS:c h a r i t y . l a n g f o r d @ s t - a n s e l m - a c a d e m y . o r g]] ([[PERSON:Charity Langford]])"""),
("evasion", "fullwidth_phone", "korean", """Church deacon [[PERSON:Yoon Jae-sung]] phone: [[PHONE_NUMBER:（２１３）５５５－０１９１]]"""),
("hard_negative", "public_resources", None, """Houses of worship can request a free assessment from their CISA Protective Security Advisor; see cisa.gov/faith-based-organizations and the 'Mitigating Attacks on Houses of Worship' guide."""),
("hard_negative", "stadium_names", None, """Assessments this quarter: Lambeau Field, Arthur Ashe Stadium, Rose Bowl, Jack Trice Stadium, and the Martin Luther King Jr. Recreation Center."""),
("hard_negative", "scores_table", None, """category,score,max
perimeter,62,100
access_control,71,100
cctv,48,100
IST survey ID SRV-26-004417"""),
("hard_negative", "classified_ads", None, """The school newspaper's classified section ran an ad for a 'top secret' bake sale recipe; the principal asked whether that needs to be reported. It does not."""),
("hard_negative", "bible_names", None, """The church asked us to name the safety zones after biblical figures: Moses, Ruth, Esther, Daniel and Paul. Please make laminated signs."""),
("hard_negative", "markings_primer", None, """Primer for facility owners: PCII-protected submissions carry a cover sheet and the marking 'PROTECTED CRITICAL INFRASTRUCTURE INFORMATION'; this primer is public and unmarked."""),
("hard_negative", "gps_and_ids", None, """Camera asset tags: CAM-0417-E, CAM-0418-E; firmware 7.1.22; MAC 00:1B:44:11:3A:B7; serial SN-88201774-K."""),
("hard_negative", "placeholder_env", None, """AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX
AWS_SECRET_ACCESS_KEY=<replace-me>
GITHUB_TOKEN=changeme"""),
("hard_negative", "lowercase_common_words", None, """make sure there is hope for faith in the grant process; will the rose garden gate be locked? grant us patience. (note for the signage vendor)"""),
("positive", "spanish_password_label", None, """Correo del contratista de cámaras: 'Usuario: psa_cam_admin / Contraseña: [[PASSWORD:Kq8#zTr4Wn!e]]' - ¿es seguro guardarlo en el informe de la visita?"""),
("positive", "redis_conn", None, """CACHE_URL = "[[CONNECTION_STRING:redis://:Hx4pQ9wLz2Rt@cache.psa-tools.example.internal:6379/0]]"  # IST dashboard cache"""),
]
