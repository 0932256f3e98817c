# Filipino + Slavic positives
R = []
def P(tag, origin, text): R.append(("positive", tag, origin, text))

P("ph_phone", "filipino", """Summarize: The petitioner's mother, [[PERSON:Lourdes Dimaculangan]], resides at [[STREET_ADDRESS:Blk 12 Lot 7, Phase 2, Brgy. San Isidro, Antipolo City, Rizal]] and can be reached at mobile [[PHONE_NUMBER:0917 555 4823]].""")

P("ph_k1", "filipino", """Check this K-1 packet checklist:
Beneficiary: [[PERSON:Maria Cristina Bautista]]
DOB: [[DATE_OF_BIRTH:24 DEC 1996]]
PH passport: [[US_PASSPORT:P4417021B]]
Petitioner: [[PERSON:Kevin Faith Hollister]]
Receipt: [[USCIS_RECEIPT_NUMBER:EAC-26-077-18294]]""")

P("uscg_crew", "filipino", """Format this crew list as a markdown table:
1. [[PERSON:DELA CRUZ, Rommel]] – Bosun – seaman's book via passport [[US_PASSPORT:P7720318A]]
2. [[PERSON:MACARAEG, Jericho]] – AB – passport [[US_PASSPORT:P8004172B]]
3. [[PERSON:SANTOS, Jun-Jun]] – Oiler – passport [[US_PASSPORT:P6391055C]]
Vessel: M/V Pacific Lark, arriving Long Beach""")

P("ph_email", "filipino", """Make this sound professional:

hi maam, this is [[PERSON:Jhoanna Mae Villanueva]]. i already sent my biometrics notice, receipt [[USCIS_RECEIPT_NUMBER:LIN2690551407]], to [[EMAIL_ADDRESS:jmvillanueva.rn@gmail.com]]. my contact is [[PHONE_NUMBER:(559) 555-0188]]. salamat po""")

P("ph_edipi_yaml", "filipino", """Validate this YAML:
member:
  name: [[PERSON:Reynaldo Pascual]]
  rank: YN1
  edipi: [[DOD_EDIPI:1520471836]]
  home_of_record: "[[STREET_ADDRESS:98-1030 Moanalua Rd Apt 14, Aiea, HI 96701]]"
  phone: "[[PHONE_NUMBER:808-555-0103]]"
""".rstrip())

P("ph_lower_bill", "filipino", """rewrite: [[PERSON:bill tolentino]] called again about his wife [[PERSON:rowena]]'s EAD. told [[PERSON:bill]] it's pending. his number [[PHONE_NUMBER:510 555 0131]]""")

P("ph_itin_bank", "filipino", """List the fields in this form:
Taxpayer: [[PERSON:Analyn Soriano]]
ITIN: [[US_ITIN:955-71-3308]]
Refund routing: [[ABA_ROUTING_NUMBER:322281468]]
Refund account: [[US_BANK_NUMBER:9004418723]]""")

P("private_key", None, """My deploy script says 'invalid format' for this key, is it truncated?

[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBq7Lw2vR9xMf4TzK8nP1cYb3HdQe5sJa0WgUo6iVtXyAAAAJg2mKpL9r
-----END OPENSSH PRIVATE KEY-----]]""")

P("ph_dob_fecha", "filipino", """Translate the keys to English, keep values:
{"pangalan": "[[PERSON:Ma. Teresita Ocampo]]", "fecha de nacimiento": "[[DATE_OF_BIRTH:1968-08-15]]", "tirahan": "[[STREET_ADDRESS:1121 Rizal Ave Ext, Grace Park, Caloocan City]]"}""")

P("ph_ssi_marking", "filipino", """SENSITIVE SECURITY INFORMATION

Reword for the screening workforce newsletter:
TSO [[PERSON:Marlon Aquino]] identified a modified item at the HNL checkpoint; details of the detection are in the attached report.""".replace("SENSITIVE SECURITY INFORMATION", "[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]"))

# Slavic
P("ukr_u4u", "slavic", """Summarize this U4U sponsor note:
Supporter [[PERSON:Oksana Kravchuk]] ([[STREET_ADDRESS:2250 W Chicago Ave Apt 3R, Chicago, IL 60622]]) is sponsoring [[PERSON:Dmytro Kravchuk]], DOB [[DATE_OF_BIRTH:29.01.1988]], Ukrainian passport [[US_PASSPORT:FX417203]]. Parole I-94 [[I94_NUMBER:53398207741]].""")

P("russian_form", "slavic", """Переведи на английский:
ФИО: [[PERSON:Смирнова Елена Викторовна]]
Дата рождения: [[DATE_OF_BIRTH:14.03.1979]]
Адрес: [[STREET_ADDRESS:ул. Ленина, д. 45, кв. 12, Екатеринбург]]
Телефон: [[PHONE_NUMBER:+7 912 555-41-07]]""")

P("polish_geburtsdatum", "slavic", """Bitte ins Englische übersetzen:
Antragsteller: [[PERSON:Wojciech Zieliński]]
Geburtsdatum: [[DATE_OF_BIRTH:05.11.1971]]
Anschrift: [[STREET_ADDRESS:Hauptstraße 14, 60311 Frankfurt am Main]]""")

P("slavic_caps_ssn", "slavic", """Check the SSN column for obvious typos:
NAME;SSN;DEPT
[[PERSON:NOVAK, Tomas]];[[US_SSN:455-09-1183]];ICE HSI
[[PERSON:PETROVIC, Milena]];[[US_SSN:455-10-7726]];ICE ERO
[[PERSON:HORVAT, Ivan]];[[US_SSN:455-1-08845]];ICE OPLA""")

P("slavic_auth_basic", "slavic", """why does the proxy reject this request?

GET /api/v1/cases HTTP/1.1
Host: casesvc.ice.local
Authorization: Basic [[PASSWORD:YnJlaXRtYW46U3ByaW5nVGltZTIwMjYh]]
X-Requested-By: [[PERSON:Anton Breitman]]""")

P("slavic_teams", "slavic", """Make minutes:
[[PERSON:Katarzyna Wróblewska]]: the Kyiv liaison [[PERSON:Bohdan Shevchuk]] sent the list
[[PERSON:Katarzyna Wróblewska]]: his email is [[EMAIL_ADDRESS:b.shevchuk@ukr.net]]
[[PERSON:Pavel Dvořák]]: ok I'll loop in [[PERSON:Kasia]]'s team""".replace("[[PERSON:Kasia]]'s team", "the RAIO team"))

P("slavic_cvi", "slavic", """CHEMICAL-TERRORISM VULNERABILITY INFORMATION

Summarize in 3 bullets:
Site security manager [[PERSON:Yaroslav Melnyk]] reported that the chlorine storage perimeter camera at the plant has been offline since 11/20. Contact [[PHONE_NUMBER:409-555-0191]].""".replace("CHEMICAL-TERRORISM VULNERABILITY INFORMATION", "[[CUI_MARKING:CHEMICAL-TERRORISM VULNERABILITY INFORMATION]]"))

P("slavic_html", "slavic", """Fix the HTML table borders:
<table>
<tr><th>Name</th><th>A-Number</th><th>DOB</th></tr>
<tr><td>[[PERSON:Milos Jovanović]]</td><td>[[A_NUMBER:A098334127]]</td><td>[[DATE_OF_BIRTH:1982-07-19]]</td></tr>
<tr><td>[[PERSON:Jelena Radosavljević]]</td><td>[[A_NUMBER:A098334135]]</td><td>[[DATE_OF_BIRTH:1985-02-03]]</td></tr>
</table>""")

P("slavic_card_aws", "slavic", """Help me write the breach notification. The leaked file contained cardholder [[PERSON:Svetlana Gromova]], card [[CREDIT_CARD:5222-0038-6996-7849]], and her billing address [[STREET_ADDRESS:711 Brighton Beach Ave Apt 6D, Brooklyn, NY 11235]].""")

P("slavic_stacktrace", "slavic", """what's causing this?

Traceback (most recent call last):
  File "/opt/intake/load.py", line 88, in <module>
    validate(row)
  File "/opt/intake/validate.py", line 21, in validate
    raise ValueError(f"bad dob for {row['name']}: {row['dob']}")
ValueError: bad dob for [[PERSON:Andriy Bondarenko]]: [[DATE_OF_BIRTH:1991-02-30]]""")
