# Voice: FEMA Urban Search & Rescue task force deployment manifests and IMAT (Incident Management Assistance Team) rosters.
RECORDS = [
("positive", "intl_manifest_csv", "anglo+hispanic",
"""USAID/OFDA international deployment -- aircraft manifest, TF-1 (weights in lb)
seat,position,name,dob,passport,weight
1,Task Force Leader,[[PERSON:Garrett Lindahl]],[[DATE_OF_BIRTH:1971-02-14]],[[US_PASSPORT:574109283]],212
2,Rescue Specialist,[[PERSON:Yadira Benavides]],[[DATE_OF_BIRTH:1986-09-03]],[[US_PASSPORT:A03188472]],148
3,Canine Search Specialist,[[PERSON:Ignacio Fuentes Llamas]],[[DATE_OF_BIRTH:1979-11-25]],[[US_PASSPORT:662017435]],190
4,K9 Bella (Lab),--,--,--,62
5,K9 Rose (Shepherd),--,--,--,71"""),

("hard_negative", "usar_typing", None,
"""Type I US&R task force: 70 personnel, 210-position roster (three deep), 16 positions per shift, cache of about
60,000 lb. Items on the cache list: NSN 4240-01-525-1937 (respirator), NSN 6545-01-539-6450 (medical kit). Mission
ready package MRP-WS-4417. Deployment ready within 6 hours of activation."""),

("positive", "imat_roster_md", "vietnamese+anglo",
"""## IMAT Region VI -- Team Blue roster (week of 12/07)
| Position | Name | Gov cell |
|---|---|---|
| Team Lead | [[PERSON:Cheryl Ann Pruett]] | [[PHONE_NUMBER:940-555-0122]] |
| Ops | [[PERSON:Phạm Quốc Huy]] | [[PHONE_NUMBER:940-555-0145]] |
| Planning | [[PERSON:Lamar Ogletree]] | [[PHONE_NUMBER:940-555-0168]] |
| Logistics | [[PERSON:Đỗ Thanh Hằng]] | [[PHONE_NUMBER:940-555-0181]] |"""),

("positive", "medical_specialist_record", "sikh",
"""Medical team member card -- keep in the med cache binder
Name: [[PERSON:Harleen Kaur Sandhu]], MD
Born: [[DATE_OF_BIRTH:28 January 1983]]
Allergies: penicillin. Blood type O-.
Next of kin: [[PERSON:Jaswinder Singh Sandhu]], [[PHONE_NUMBER:(559) 555-0138]]"""),

("positive", "gitlab_ci_token", None,
"""# .gitlab-ci.yml for the deployment tracker -- pipeline fails at the clone step
variables:
  TRACKER_DEPLOY_TOKEN: "[[GITLAB_TOKEN:glpat-Dy_UhHe67C3HMVY5eLmq]]"
deploy:
  script:
    - git clone https://oauth2:${TRACKER_DEPLOY_TOKEN}@gitlab.usar-tracker.example/ops/tracker.git"""),

("hard_negative", "ansible_vault_placeholders", None,
"""# group_vars/roster_db.yml
roster_db_host: roster-db.internal
roster_db_user: roster_app
roster_db_password: "{{ vault_roster_db_password }}"
smtp_password: changeme   # replaced at deploy time
api_key: <your-api-key>"""),

("evasion", "dob_words", "anglo",
"""medic note, sorry no keyboard numbers on this tablet: patient is our rescue specialist [[PERSON:Kyle Brandvold]], born [[DATE_OF_BIRTH:the fourth of July nineteen eighty-two]], crush injury left hand"""),

("positive", "turkish_liaison", "turkish",
"""Host-nation liaison for the Hatay deployment: [[PERSON:Gülşen Yıldırım Aktaş]] (AFAD), telefon [[PHONE_NUMBER:+90 532 555 01 47]],
e-posta [[EMAIL_ADDRESS:gulsen.aktas@afad-liaison.example]]. [[PERSON:Gülşen Hanım]] will meet the aircraft at Adana.""".replace("[[PERSON:Gülşen Hanım]]", "[[PERSON:Gülşen]] Hanım")),

("positive", "rooming_list_tsv", "hmong+tigrinya",
"""Hotel rooming list -- IMAT Blue (tab separated, paste into the hotel's form)
Room\tGuest\tConf#\tCheck-in
412\t[[PERSON:Xiong, Mai Nou]]\t88314271\t12/07
414\t[[PERSON:Haile, Tesfamariam]]\t88314272\t12/07
416\t[[PERSON:Vang, Tou]]\t88314273\t12/08"""),

("hard_negative", "eponym_history", None,
"""Memorial slide: US&R teams worked the Alfred P. Murrah Federal Building in Oklahoma City in 1995 and the World
Trade Center in 2001. Bretagne, a golden retriever from Texas Task Force 1, was the last known surviving search dog of
9/11. Put a photo of the Murrah memorial chairs next to the timeline."""),

("positive", "beneficiary_amharic", "amharic",
"""Deployment emergency data update
Beneficiary / የተጠቃሚ ስም: [[PERSON:ብርሃኑ ተሰማ]] ([[PERSON:Birhanu Tessema]])
Relationship: brother
Address: [[STREET_ADDRESS:6400 Georgia Ave NW, Apt 512, Washington, DC 20012]]
Phone: [[PHONE_NUMBER:202-555-0146]]"""),

("positive", "sitrep_cui_designation", "anglo",
"""[[CUI_MARKING:CUI]]
IMAT SITREP 04 -- 12/06 1800
Personnel: 22 on scene, 1 injured (rescue specialist [[PERSON:Bryce Halvorsen]], ankle, returned to duty).
Sites: 3 collapsed structures searched, 2 live finds.
[[CUI_MARKING:Controlled by: FEMA
Controlled by: Response Directorate
CUI Category: PRVCY
POC: IMAT Planning Section]]
[[CUI_MARKING:CUI]]"""),

("hard_negative", "mission_numbers", None,
"""Mission assignment 4417DR-TX-FEMA-0031, amendment 2. Staging at the fairgrounds, grid USNG 15R TM 4417 0926
(29.7604 N, 95.3698 W). Demob estimated 12/19. Fund code 26-4417-DR. Tracking: FedEx 7812 4417 0926 3318."""),

("positive", "accountability_chat", "hmong",
"""User: accountability check 2200, missing: [[PERSON:nou lee]] and [[PERSON:pa kou her]], last seen at sector 4
Assistant: I'll draft the accountability message. Do you want the team leads copied?
User: yes. [[PERSON:pa kou]] just radioed in, still missing [[PERSON:nou]]"""),

("evasion", "satphone_split_turns", "anglo",
"""User: his sat phone is [[PHONE_NUMBER:+8816 5550
User: sorry hit enter, rest is 1477]] -- can you add it to the comm plan for [[PERSON:Everett Quarles]]?"""),

("hard_negative", "call_signs_grid", None,
"""Comm plan ICS-205: TF-1 Command on Tac 2, Search Alpha and Bravo on Tac 3, medical on Tac 5. Call signs "Rescue 4",
"Hazmat 1". Helibase 122.925. Grid references: 15R TM 4410 0920, 15R TM 4425 0931. Passwords for the repeater
are not used; the system is analog open."""),

("positive", "json_official_passports", "arab+anglo",
"""{"deployment": "OFDA-DART-26-02", "members": [
  {"name": "[[PERSON:Rami Haddad]]", "passport": "[[US_PASSPORT:910447162]]", "dob": "[[DATE_OF_BIRTH:1984-03-19]]"},
  {"name": "[[PERSON:Tessa McAllister]]", "passport": "[[US_PASSPORT:910447163]]", "dob": "[[DATE_OF_BIRTH:1991-07-07]]"}
]}"""),

("positive", "tablet_private_key", None,
"""setup notes for the field tablets (ssh key to the sync server -- why does it say bad permissions?)
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
Z2EzmS06PyLCFkC6Yoevs4kW8J99M2u4nJY3yubJX9Jj3K42JnapLdmRVhXyt4et
xhZ4UGcKRI4BbDRc/e6IFHaE5jKbdvoNWyE38+u3Kb/KcZjs+y3xgKktCRwFK3mv
0WsU72yhFiRPngFhVCKFZzPmyfkOozZxQYtn08MgWvCxeewOIb3dt5nHvyab8Ggf
GB4kSyz9LWgl7DXhj1HFf8w72EEe29JcL60SgEkCldUMVjdgZlbSz2ZiatBeiBcu
4QnsX7jbZsVxOk/apzmnuE8b37C4UDfDz7astj9iS3DA9RThcGv26EERgEvor99S
yXqIIO7lQW7hSmj3qNOcKEhhra2a3PyeqrZwMWFW4zJYAapasUv22THkqqoryqNC
qGq+wN20O2jc3Fio
-----END OPENSSH PRIVATE KEY-----]]
chmod 600 ~/.ssh/id_ed25519 fixed nothing"""),

("hard_negative", "secret_prose_dogs", None,
"""Newsletter blurb: the secret to keeping search dogs working in the heat is rotation -- 20 minutes on the rubble
pile, 40 minutes in the shade with water. Our handlers call it the "classified" schedule because nobody outside the
canine team understands it. Photos of K9 Hope and K9 Grant on page 3."""),

("positive", "capeverdean_family_msg", "capeverdean",
"""Mensagem para o membro da equipa destacado: a esposa, [[PERSON:Djenifer Tavares Lopes]], pede que [[PERSON:Adilson Lopes]] ligue para
casa. Endereço: [[STREET_ADDRESS:47 Pleasant St, 2nd floor, Brockton, MA 02301]]. Telefone [[PHONE_NUMBER:508-555-0186]]. Translate to English please."""),

("hard_negative", "cache_po", None,
"""Resupply order for the cache: PO 70FA3026P00004417, invoice 26-118842, 40 cases of MREs, 12 chainsaw chains
(part 3/8-72DL), 6 generators, SKU 004417-0926. Delivery to the warehouse dock 3 by 12/10. Total $48,210.77."""),

("positive", "injury_report_caps", "slovak",
"""INJURY/ILLNESS REPORT -- DEPLOYED PERSONNEL
NAME: [[PERSON:KOVÁČOVÁ, Zuzana]]   DOB: [[DATE_OF_BIRTH:05/16/1988]]   SSN: [[US_SSN:519-22-7304]]
POSITION: HAZMAT SPECIALIST   INCIDENT: 12/05 1420, laceration right forearm on rebar
TREATED BY: TF medical, 6 sutures"""),

("hard_negative", "movie_reference", None,
"""Team-building night: we're watching "World Trade Center" (2006) and then talking about how accurate the rescue
scenes were. Bring snacks. The trivia question is which task force built the first confined-space rescue course
in 1991 -- answer on the back of the flyer."""),

("positive", "basic_auth_in_log", None,
"""sync-agent.log excerpt:
2026-12-06T18:02:11Z DEBUG POST /v1/accountability/upload headers={'Authorization': 'Basic [[PASSWORD:b3BzX3N5bmM6VHE0IW5aOCNwTHcyUnY=]]'}
2026-12-06T18:02:12Z ERROR 502 Bad Gateway -- retrying in 30s"""),
]
