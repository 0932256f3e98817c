# Voice: U.S. Border Patrol family-support groups and the peer-support program (sector coordinators, spouses, volunteers).
RECORDS = [
("positive", "family_newsletter_email", "hispanic+anglo",
"""Subject: Del Rio Family Support -- December news
Hi everyone! Welcome to our newest spouse, [[PERSON:Merry Ybarra]] (married to Agent [[PERSON:Joaquín Ybarra]]). Happy birthday to little
[[PERSON:Hunter Whitlow]], born [[DATE_OF_BIRTH:December 9, 2021]] -- [[PERSON:Charity Whitlow]] is bringing cupcakes to the meeting.
Toy drive drop-off is at [[PERSON:Merry]]'s house, [[STREET_ADDRESS:311 Sycamore Bend, Del Rio, TX 78840]]."""),

("positive", "peer_team_yaml", "anglo+navajo",
"""peer_support_team:
  sector: Tucson
  members:
    - name: "[[PERSON:Clint Abernathy]]"
      personal_cell: "[[PHONE_NUMBER:520-555-0127]]"
      trained: 2024-03
    - name: "[[PERSON:Darlene Yellowhair]]"
      personal_cell: "[[PHONE_NUMBER:520-555-0199]]"
      trained: 2025-09"""),

("positive", "cisd_roster_lowercase", "hispanic",
"""debrief tomorrow 0900 at the station for the agents at the rollover: [[PERSON:ricardo benavidez]], [[PERSON:licha saldaña]], [[PERSON:tomas grijalva]].
[[PERSON:licha]] asked to bring her husband. peer lead is [[PERSON:alma reyes-tovar]]. please don't forward."""),

("positive", "survivor_fund_deposit", "anglo",
"""Memorial fund for the family of Agent [[PERSON:Wade Kittredge]] -- donations by direct deposit to the fund account:
Account name: [[PERSON:Kittredge]] Family Benevolent Trust, trustee [[PERSON:Lorelei Kittredge]]
Routing [[ABA_ROUTING_NUMBER:314551151]]   Account [[US_BANK_NUMBER:20448170932]]
Please rewrite this announcement so it reads warmer."""),

("positive", "firebase_api_key", None,
"""// peer-support check-in app, firebase init -- the map tiles don't load
const firebaseConfig = {
  apiKey: "[[CLOUD_ACCESS_KEY:AIzae7-t5USw6GD6s9kJhJSvibBvTZJoVmwInHT]]",
  authDomain: "bp-peer-checkin.firebaseapp.com",
  projectId: "bp-peer-checkin",
};"""),

("hard_negative", "firebase_placeholder", None,
"""// README: copy config.example.js to config.js and fill in your own values
const firebaseConfig = {
  apiKey: "YOUR_API_KEY",
  authDomain: "<project-id>.firebaseapp.com",
  projectId: "<project-id>",
};"""),

("positive", "critical_incident_fouo", "anglo",
"""[[CUI_MARKING:(U//FOUO)]] Critical incident notification: Agent [[PERSON:Troy Hagerman]] was involved in a use-of-force incident at
0214 near mile marker 41. Peer support requested for the agent and his family.
[[CUI_MARKING:(U//FOUO)]] Coordinator: [[PERSON:M. Escobedo]]"""),

("positive", "mongodb_uri", None,
"""peer app backend .env -- the server crashes at startup, stack trace below
MONGODB_URI=[[CONNECTION_STRING:mongodb+srv://peer_app:dr0M7GStmVJ5df@peer-cluster.x7k2q.mongodb.net/checkins?retryWrites=true]]
PORT=8080"""),

("positive", "sbu_email", "punjabi",
"""[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]
Sector chaplain liaison update: Agent [[PERSON:Gurnoor Singh Dhillon]] requests no visits at home until further notice.
[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]"""),

("positive", "spanish_credentials_label", None,
"""Para entrar a la página del grupo de apoyo familiar:
Usuario: fam_apoyo_laredo
Contraseña: [[PASSWORD:*vzd1eQ&Yf0Ycg]]
¿Me ayudas a escribir un aviso para las esposas nuevas?"""),

("positive", "colonia_address_spanish", "mexican",
"""Mensaje de voz de la esposa de un agente: "Soy [[PERSON:Maricela Garza Treviño]], vivo en [[STREET_ADDRESS:1408 Calle Ébano, Colonia Las Milpas, Pharr, TX 78577]], mi
cel es [[PHONE_NUMBER:956-555-0173]]. Necesito hablar con alguien del grupo de apoyo, mi esposo no está bien." Resúmelo en inglés."""),

("positive", "family_day_csv", "anglo+hispanic",
"""family,child,child_dob,tshirt
[[PERSON:Marchetti]],[[PERSON:Royal]],[[DATE_OF_BIRTH:2016-05-02]],YM
[[PERSON:Marchetti]],[[PERSON:Marigold]],[[DATE_OF_BIRTH:2019-11-23]],YS
[[PERSON:Orozco]],[[PERSON:Itzel]],[[DATE_OF_BIRTH:2014-08-15]],AS"""),

("positive", "okinawa_spouse", "japanese",
"""New spouse in the Yuma group, met her husband while he was stationed in Okinawa: [[PERSON:比嘉 美咲]] ([[PERSON:Misaki Higa]]), 生年月日 [[DATE_OF_BIRTH:平成4年6月3日]].
Her parents' address for the holiday card list: [[STREET_ADDRESS:〒904-2235 沖縄県うるま市前原183-4]]. Mom's phone [[PHONE_NUMBER:+81 90-5550-0147]]."""),

("evasion", "email_html_entity", "anglo",
"""<p>Contact the coordinator, [[PERSON:Nancy Ruehl]], at [[EMAIL_ADDRESS:nancy.ruehl&#64;bp-families.example]] for the toy drive.</p>"""),

("evasion", "phone_letter_o", "hispanic",
"""text from a spouse: "pls have sgt [[PERSON:villalpando]] call me, [[PHONE_NUMBER:915.555.O1O8]]\""""),

("evasion", "markdown_name", "mexican",
"""Volunteer of the month: **[[PERSON:Rogelio** Esparza-**Tijerina]]** from the Laredo group -- please write two sentences for the newsletter."""),

("hard_negative", "crisis_lifeline", None,
"""Poster text for the station break room: You are not alone. Call or text 988 (Suicide & Crisis Lifeline) any time.
Veterans press 1. The peer support team can also meet you off site. Talking to a peer is confidential except when
there is an imminent danger to you or someone else."""),

("hard_negative", "museum_history", None,
"""Family outing idea: the National Border Patrol Museum in El Paso has the 1924 founding exhibit and a display on
Operation Hold the Line (1993). Kids like the old Piper Super Cub. Entry is free; donations welcome."""),

("hard_negative", "fundraiser_ein", None,
"""Donation receipt template: "Thank you for your gift of $____ to the Sector Family Support Fund, a 501(c)(3)
organization, EIN 84-4417092. No goods or services were provided." Receipt numbers run from R-26-0001; last used
R-26-0419."""),

("hard_negative", "peer_training_confidentiality", None,
"""Peer support training, module 3: what you hear in a peer contact stays confidential, with three exceptions --
threat to self, threat to others, and reportable misconduct. Peers are not counselors. Keep no written notes
with names. Refer to a licensed clinician when in doubt."""),

("hard_negative", "memorial_ride_bibs", None,
"""Memorial ride logistics: bib numbers 1001-1250, start at 07:30 from the sector HQ parking lot, 42-mile route
along Highway 90. Water stops at miles 12, 24 and 35. Registration code BPRIDE26. T-shirt sizes due by 1/15."""),

("hard_negative", "novel_characters", None,
"""For our spouses' book club: in "The Long Line", Agent Tom Delacroix's wife Marianne starts a support group after
his injury. Which parts felt true to your experience? Pick three quotes for the discussion handout."""),

("hard_negative", "potluck_signup", None,
"""Holiday potluck sign-up by station: Station 1 tamales, Station 2 brisket, Station 3 desserts, Station 4 drinks.
Bring serving spoons. The secret ingredient contest is back -- winner gets the golden ladle. Kids' table in room
B-114."""),

("hard_negative", "app_release", None,
"""Check-in app 2.4.1 release: fixed crash on Android 14, commit 4e1f0a9c7b2d, build 20261201.2. Known issue: push
notifications delayed on iOS 18.1. Tracking ticket PSP-4417. No user data migrated."""),

("hard_negative", "sector_phone_public", None,
"""For the family handbook: for emergencies call 911. For non-emergency questions about pay or benefits, agents should
use the HR service line on the intranet. Spouses can reach the family support coordinator through the sector's main
public number on cbp.gov."""),
]
