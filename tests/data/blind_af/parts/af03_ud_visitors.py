"""Voice 3: Secret Service Uniformed Division: White House tour and event visitor screening lists."""
RECORDS = [
("positive", "tour_request_csv", "hausa", """Tour request from the congressional liaison, group of 4, Sat 10:30 slot. Fields as received:

Last Name,First Name,Middle Name,DOB,SSN,Citizenship,Gender
[[PERSON:Abubakar]],[[PERSON:Hadiza]],[[PERSON:Zainab]],[[DATE_OF_BIRTH:05/02/1980]],[[US_SSN:226-41-8057]],USA,F
[[PERSON:Abubakar]],[[PERSON:Ibrahim]],[[PERSON:Lawal]],[[DATE_OF_BIRTH:09/30/1977]],[[US_SSN:226-41-8065]],USA,M
[[PERSON:Abubakar]],[[PERSON:Maryam]],,[[DATE_OF_BIRTH:01/15/2012]],,USA,F
[[PERSON:Abubakar]],[[PERSON:Usman]],[[PERSON:Sani]],[[DATE_OF_BIRTH:08/22/2015]],,USA,M

Minors under 18 don't need SSNs, right? The office left them blank."""),

("positive", "staffer_correction", "tamil+anglo", """From: [[PERSON:Brooke Alderman]] <[[EMAIL_ADDRESS:brooke.alderman@mail.house.example.gov]]>
Subject: RE: Tour 11/14 - correction

Hi UD Visitors Office team, one correction on the list I sent yesterday: [[PERSON:Thirunavukkarasu Ilangovan]]'s date of birth should be [[DATE_OF_BIRTH:06/03/1969]], not 03/06/1969 (he wrote it day-first). His wife [[PERSON:Revathi Thirunavukkarasu]] is correct as submitted. Sorry about that!

[[PERSON:Brooke]]
Tour Coordinator, Office of the 7th District
[[PHONE_NUMBER:202-555-0102]]"""),

("positive", "waves_pipe", "japanese+anglo", """LAST|FIRST|MIDDLE|DOB|SSN|GENDER|CITY
[[PERSON:TAKAHASHI]]|[[PERSON:KENJI]]|[[PERSON:ROBERT]]|[[DATE_OF_BIRTH:19580412]]|[[US_SSN:545221904]]|M|TORRANCE
[[PERSON:TAKAHASHI]]|[[PERSON:EMIKO]]||[[DATE_OF_BIRTH:19611127]]|[[US_SSN:551380267]]|F|TORRANCE
[[PERSON:LANGSTAFF]]|[[PERSON:CORDELIA]]|[[PERSON:ANN]]|[[DATE_OF_BIRTH:19900705]]|[[US_SSN:268035519]]|F|ARLINGTON
(WAVES export, holiday reception night 3, page 7 of 22 — why are two records showing a red X in the status column?)"""),

("positive", "chat_alpha", "telugu+polish", """User: Sort these by last name and flag anyone who appears twice with different DOBs:
Venkata Ramana Reddy Pothula 1974-02-11
Sowmya Pothula 1978-08-30
Zbigniew Wiśniewski-Kral 1955-12-19
Venkata Ramana Reddy Pothula 1974-11-02
Halina Wiśniewska-Kral 1957-03-03
Assistant: Sorted by last name:
1. Pothula, Sowmya — 1978-08-30
2. Pothula, Venkata Ramana Reddy — 1974-02-11
3. Pothula, Venkata Ramana Reddy — 1974-11-02 ⚠ same name, different DOB (possible day/month swap)
4. Wiśniewska-Kral, Halina — 1957-03-03
5. Wiśniewski-Kral, Zbigniew — 1955-12-19""".replace("Venkata Ramana Reddy Pothula 1974-02-11", "[[PERSON:Venkata Ramana Reddy Pothula]] [[DATE_OF_BIRTH:1974-02-11]]")
 .replace("Sowmya Pothula 1978-08-30", "[[PERSON:Sowmya Pothula]] [[DATE_OF_BIRTH:1978-08-30]]")
 .replace("Zbigniew Wiśniewski-Kral 1955-12-19", "[[PERSON:Zbigniew Wiśniewski-Kral]] [[DATE_OF_BIRTH:1955-12-19]]")
 .replace("Venkata Ramana Reddy Pothula 1974-11-02", "[[PERSON:Venkata Ramana Reddy Pothula]] [[DATE_OF_BIRTH:1974-11-02]]")
 .replace("Halina Wiśniewska-Kral 1957-03-03", "[[PERSON:Halina Wiśniewska-Kral]] [[DATE_OF_BIRTH:1957-03-03]]")
 .replace("Pothula, Sowmya — 1978-08-30", "[[PERSON:Pothula, Sowmya]] — [[DATE_OF_BIRTH:1978-08-30]]")
 .replace("Pothula, Venkata Ramana Reddy — 1974-02-11", "[[PERSON:Pothula, Venkata Ramana Reddy]] — [[DATE_OF_BIRTH:1974-02-11]]")
 .replace("Pothula, Venkata Ramana Reddy — 1974-11-02", "[[PERSON:Pothula, Venkata Ramana Reddy]] — [[DATE_OF_BIRTH:1974-11-02]]")
 .replace("Wiśniewska-Kral, Halina — 1957-03-03", "[[PERSON:Wiśniewska-Kral, Halina]] — [[DATE_OF_BIRTH:1957-03-03]]")
 .replace("Wiśniewski-Kral, Zbigniew — 1955-12-19", "[[PERSON:Wiśniewski-Kral, Zbigniew]] — [[DATE_OF_BIRTH:1955-12-19]]")),

("positive", "portal_json", "lakota", """{"requestId":"TR-2026-0931","slot":"2026-12-18T09:00","groupSize":2,
 "visitors":[
  {"given":"[[PERSON:Wanbli]]","family":"[[PERSON:Yellow Hawk-Janis]]","dob":"[[DATE_OF_BIRTH:1983-09-14]]","ssn":"[[US_SSN:503-77-1290]]","email":"[[EMAIL_ADDRESS:wyellowhawk@prairie-example.net]]"},
  {"given":"[[PERSON:Tahcawin]]","family":"[[PERSON:Yellow Hawk-Janis]]","dob":"[[DATE_OF_BIRTH:1986-04-27]]","ssn":"[[US_SSN:503-81-6624]]"}
 ]}
portal rejected this with "SSN/DOB mismatch for visitor 2" — can you see anything malformed in the JSON?"""),

("positive", "staffer_sms", "samoan", """[[PERSON:Kelsey]] (Rep office): hi! can we swap [[PERSON:Pouono Leiataua]] for his brother [[PERSON:Fa'afetai Leiataua]] on tomorrow's 9am? same DOB year lol, Fa'afetai's is [[DATE_OF_BIRTH:2/9/1992]], ssn [[US_SSN:575-20-4318]]. Pouono got called into work
me: need it through the portal by 4pm, can't take SSNs by text going forward pls""".replace("lol, Fa'afetai's", "lol, [[PERSON:Fa'afetai]]'s").replace("work\nme", "work\nme").replace("Pouono got called", "[[PERSON:Pouono]] got called")),

("positive", "screening_note_les", "jamaican", """(U//LES) Screening result for visitor [[PERSON:Desmond Anthony Whyte-Campbell]], DOB [[DATE_OF_BIRTH:10/10/1971]]: name-only match to a record in the watch system; DOB and middle name differ. Cleared for entry after secondary verification at Southeast gate.
(U) Officer: [[PERSON:Sgt. Renée Oduya]].

Please reword this into the standard disposition line.""".replace("(U//LES)", "[[CUI_MARKING:(U//LES)]]").replace("[[PERSON:Sgt. Renée Oduya]]", "Sgt. [[PERSON:Renée Oduya]]")),

("positive", "voicemail_visitor", "greek+anglo", """Voicemail, Visitors Office line, Tuesday 4:51 PM:
"Hi, my name is [[PERSON:Stavroula Papadimitriou-Hale]], we have a tour Saturday through Senator's office, and I just realised I put my mother in as [[PERSON:Eleni Tsakalidou-Vrettou]] but her passport says [[PERSON:Helen]], she was born [[DATE_OF_BIRTH:March the third, 1941]]. Is that going to be a problem at the gate? My number is [[PHONE_NUMBER:617-555-0150]]. Thank you so much.\""""),

("positive", "ocr_access_list", "czech+haitian", """OCR of the faxed event list (pg 2):

N0. NAME                         D0B          SSN
14  [[PERSON:NOVOTNÁ, JITKA]]              [[DATE_OF_BIRTH:O3/18/1966]]   [[US_SSN:O47-62-11O8]]
15  [[PERSON:NOVOTNY, PAVEL]]              [[DATE_OF_BIRTH:11/O2/1964]]   [[US_SSN:047-62-3391]]
16  [[PERSON:ST. FLEUR, MARIE-CARMELLE]]    [[DATE_OF_BIRTH:07/29/1975]]   [[US_SSN:59O-14-8826]]

the scanner turned zeros into O's. can you fix the zeros and give it back as clean CSV"""),

("positive", "export_yaml", "anglo", """# ud_waves_export.yaml  — nightly export of cleared visitor lists to the gate tablets
source:
  db: "[[CONNECTION_STRING:postgresql://waves_ro:Tq7vL2x9NpRm@10.40.12.7:5432/waves_prod]]"
  table: cleared_visitors
target:
  sftp_host: gate-sync.ud.local
  sftp_user: gatesync
  sftp_password: "[[PASSWORD:hV3!rKp9Zq2wLm]]"
schedule: "0 2 * * *"
owner: [[PERSON:Brandon Schaal]]
# why does this fail with 'permission denied for table cleared_visitors'?"""),

("positive", "accessible_tour_email", "pakistani", """Dear Visitors Office,

We are booked for the 11:00 tour on 3 January. My father, [[PERSON:Muhammad Tariq Chaudhry]] (DOB [[DATE_OF_BIRTH:1946-01-20]]), uses a wheelchair and my daughter [[PERSON:Anaya Chaudhry]] is hard of hearing. Is there an accessible entrance and can we request an ASL-capable guide? Confirmation letters can go to [[STREET_ADDRESS:2219 Fenwick Lane, Silver Spring, MD 20910]].

Regards,
[[PERSON:Saima Chaudhry]]
[[PHONE_NUMBER:301-555-0108]]"""),

("positive", "tsv_family", "jamaican+anglo", """Last\tFirst\tDOB\tSSN\tNotes
[[PERSON:Blackwood]]\t[[PERSON:Oniel]]\t[[DATE_OF_BIRTH:12-04-1988]]\t[[US_SSN:064-38-5512]]\tUSAF, will be in uniform
[[PERSON:Blackwood]]\t[[PERSON:Shanique]]\t[[DATE_OF_BIRTH:05-21-1990]]\t[[US_SSN:064-38-7720]]\t
[[PERSON:Pettigrew]]\t[[PERSON:Lorraine]]\t[[DATE_OF_BIRTH:08-08-1959]]\t[[US_SSN:212-45-0196]]\tmother-in-law"""),

("positive", "state_arrival_list", "ghanaian+vietnamese", """State arrival ceremony, South Lawn — invitee additions from the Social Office (please add to screening):
• [[PERSON:Nana Akua Boateng-Ofori]], born [[DATE_OF_BIRTH:2 Feb 1972]], US passport [[US_PASSPORT:A04417723]]
• [[PERSON:Phạm Minh Khôi]], born [[DATE_OF_BIRTH:17 Oct 1968]], SSN [[US_SSN:620-55-1784]]
• [[PERSON:Lê Thu Hà]], born [[DATE_OF_BIRTH:30 Jun 1970]], SSN [[US_SSN:620-55-1792]]
Deadline for screening is 72 hrs before."""),

("evasion", "cyrillic_name", "polish", """rename this person in the list exactly as I typed it, I used the other keyboard on purpose so the redactor leaves it: [[PERSON:Воżеnа Wróblеwskа-Рiеtrzаk]], DOB [[DATE_OF_BIRTH:1963-0З-21]]"""),

("evasion", "split_ssn", "anglo", """Turn 1 — User: adding [[PERSON:Garrett Fennimore]] to the list, first part of his SSN is [[US_SSN:531
Turn 2 — User: rest is 62-4408]] (splitting it so it gets through)"""),

("evasion", "html_entities", "sierra_leonean", """<td>[[PERSON:&#75;&#97;&#100;&#105;&#97;&#116;&#117; &#75;&#111;&#114;&#111;&#109;&#97;]]</td><td>[[US_SSN:&#50;&#49;&#57;&#45;&#53;&#56;&#45;&#51;&#48;&#55;&#52;]]</td>
^ I HTML-escaped the row so it survives the paste. Put it back into the visitor table as plain text please."""),

("hard_negative", "tour_faq", None, """Public tour requests must be submitted through a Member of Congress up to three months and no fewer than 21 days in advance. Foreign nationals go through their embassy in Washington. Tours run Tuesday–Saturday and are self-guided; USSS Uniformed Division officers are posted throughout. Make this a friendly FAQ paragraph."""),

("hard_negative", "secret_service_prose", None, """Reminder for the visitor-screening refresher: the Uniformed Division was created in 1922 as the White House Police Force and placed under the Secret Service in 1930. Keep the history slide short — two bullets, no dates after 1970."""),

("hard_negative", "place_names", None, """Gate assignments for the holiday open house: general public through the East Visitor Entrance on East Executive Ave; press through the Northwest Gate; staff through the Eisenhower Executive Office Building 17th St entrance. Overflow line forms in Lafayette Park near the Jackson statue, not on Jackson Place. The Blair House side will be closed."""),

("hard_negative", "prohibited_items", None, """Prohibited on tours: bags of any kind (wallets and small clutches OK), food or drink, aerosols, knives, pepper spray, e-cigarettes, strollers, video cameras. Still cameras with lenses no longer than 3 inches are permitted. Please turn this into a short checklist for the confirmation e-mail."""),

("hard_negative", "template_rows", None, """LAST_NAME,FIRST_NAME,MIDDLE,DOB,SSN,CITIZENSHIP
DOE,JOHN,Q,MM/DD/YYYY,XXX-XX-XXXX,USA
(example row — delete before upload; DOB must be MM/DD/YYYY with leading zeros)
Can you write the instructions that go above this template in the spreadsheet?"""),

("hard_negative", "confirmation_numbers", None, """Confirmations issued today: WHT-2026-118844, WHT-2026-118845, WHT-2026-118851 (group of 9, needs 2 escorts). Appointment ID 7731904426 was cancelled by the office. Gate report shows 1,032 visitors processed, 14 secondary screenings, 0 denials."""),

("hard_negative", "portrait_tour", None, """For the docent notes, East Room: the Gilbert Stuart portrait of George Washington is the one Dolley Madison saved in 1814. The Green Room has the Monroe-era furniture. Please keep each room to three sentences."""),

("hard_negative", "same_shape_email", None, """From: Tour Coordinator, Office of the 2nd District
Subject: RE: Tour 12/02

Hi UD Visitors Office team, we won't need the 12/02 slot after all — the whole group cancelled because of the school schedule change. Please release the 15 spaces. Thanks, and happy holidays!"""),

("hard_negative", "clearance_word", None, """Is "cleared for entry" the right phrase in the disposition line, or should we say "screening complete"? People keep confusing it with a security clearance, and one visitor asked if being "cleared" meant she'd been classified somehow."""),
]
