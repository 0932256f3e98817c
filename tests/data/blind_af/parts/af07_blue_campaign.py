"""Voice 7: DHS Blue Campaign human-trafficking awareness events with partners (hotels, bus lines, schools)."""
RECORDS = [
("positive", "hotel_training_csv", "thai+anglo", """property,attendee,role,email,completed
Riverwalk Suites SA,[[PERSON:Siriporn Chaiyawat]],GM,[[EMAIL_ADDRESS:schaiyawat@riverwalksuites.example.com]],Y
Riverwalk Suites SA,[[PERSON:Dustin Kreager]],Night auditor,[[EMAIL_ADDRESS:dkreager@riverwalksuites.example.com]],Y
Riverwalk Suites SA,[[PERSON:Nattapong Srisuk]],Housekeeping lead,,N
Alamo Heights Lodge,[[PERSON:Bernadette Quiroga]],Front desk,[[EMAIL_ADDRESS:bquiroga@ahlodge.example.com]],Y
Need certificates for everyone with Y — can you give me a mail-merge list?"""),

("positive", "hotel_gm_email", "thai", """Hi Blue Campaign team,

Thank you for the training last month — two of my front-desk staff said it changed how they look at certain bookings. We'd like a refresher for the night shift in January. I'm usually reachable at [[PHONE_NUMBER:(210) 555-0138]]. Our corporate trainer, [[PERSON:Kanokwan Ruangsri]], will coordinate dates.

Best,
[[PERSON:Siriporn Chaiyawat]]
General Manager"""),

("positive", "driver_roster_pipe", "russian+moldovan", """driver_id|name|terminal|training_date|score
D-4471|[[PERSON:Dmitri Volkonsky]]|Houston|2026-11-04|92
D-4473|[[PERSON:Svetlana Rusnac]]|Houston|2026-11-04|88
D-4502|[[PERSON:Ion Cebotari]]|Dallas|2026-11-06|95
D-4518|[[PERSON:Galina Ostapenko]]|Dallas|2026-11-06|79
From Lone Star Coach Lines' training coordinator, [[PERSON:Elmer Tuttle]]. They want us to confirm the pass mark is 80."""),

("positive", "speaker_honorarium", "trinidadian", """Survivor-leader speaker for the school assembly, honorarium paperwork:
Name: [[PERSON:Keisha-Ann Ramcharan]]
Home: [[STREET_ADDRESS:4471 Marlowe St, Apt 2B, Brooklyn, NY 11203]]
EFT: routing [[ABA_ROUTING_NUMBER:019392068]], checking [[US_BANK_NUMBER:48830172265]]
SSN (for 1099): [[US_SSN:132-58-4406]]
Please draft the cover e-mail to the finance office; mark it sensitive."""),

("positive", "chat_khmer", "khmer", """User: We're doing an event with the Cambodian temple in Long Beach. The contact is [[PERSON:Sreypov Chea]] and the monk who'll introduce us is Venerable [[PERSON:Kong Sarath]]. Can you translate "If you or someone you know is being forced to work, you can get help. Call the hotline." into Khmer for the flyer?
Assistant: ប្រសិនបើអ្នក ឬនរណាម្នាក់ដែលអ្នកស្គាល់ត្រូវបានបង្ខំឱ្យធ្វើការ អ្នកអាចទទួលបានជំនួយ។ សូមទូរស័ព្ទទៅខ្សែទូរស័ព្ទជំនួយ។"""),

("positive", "speaker_bio", "moldovan", """Draft bio for the program:
"[[PERSON:Viorica Ciobanu]] was 19 when a job offer in a restaurant took her from Bălți to a city she had never heard of. Today she leads survivor mentoring at a Chicago nonprofit..."
[[PERSON:Viorica]] approved this version but asked to remove her birth date ([[DATE_OF_BIRTH:14.02.1991]]) from the handout. Can you tighten it to 80 words?"""),

("positive", "mailchimp_script", "anglo", """import mailchimp_marketing as MC
client = MC.Client()
client.set_config({"api_key": "[[PASSWORD:3f8c1e9a7b2d4f60c5e8a1b9d7f2c4e6-us21]]", "server": "us21"})
resp = client.lists.add_list_member("a91f2c7d3e", {"email_address": "[[EMAIL_ADDRESS:pmorrisette@partner-example.org]]", "status": "subscribed"})
# error: "Member Exists" but she says she never got the partner newsletter — [[PERSON:Heather Lindqvist-Obi]]"""),

("positive", "slack_bot", "anglo", """Our events bot stopped posting to #bluecampaign-events. Config:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-797574673927-3395988544384-Z4NOaxP5BNou0HyykRY4d7De]]
CHANNEL_ID=C04LMQ8T2
Does the token need the chat:write scope re-granted after the workspace migration?"""),

("positive", "bus_meeting_notes", "mexican+anglo", """Meeting notes — Blue Campaign / Lone Star Coach Lines, 11/19
Attendees: [[PERSON:Elmer Tuttle]] (training), [[PERSON:Refugio "Cuca" Cisneros]] (terminal ops, El Paso), [[PERSON:Reggie Faulkner]] (safety)
- [[PERSON:Cuca]] wants posters in the El Paso and Laredo restrooms, bilingual.
- [[PERSON:Reggie]] asked for the wallet card in Spanish and Portuguese.
- Next: drivers' refresher at the Laredo terminal in February.
Action items: [[PERSON:Elmer]] to send headcount by 12/5."""),

("positive", "lowercase_colleague", "pashto", """hey can u add [[PERSON:zarghona wardak]] to the school outreach list, she's the afghan family liaison at the district, cell [[PHONE_NUMBER:571 555 0112]], she can do dari and pashto. her email is [[EMAIL_ADDRESS:zwardak@district-example.k12.va.us]]"""),

("positive", "caps_badge_list", "indonesian+anglo", """BADGE PRINT — PARTNER SUMMIT
[[PERSON:WULANDARI, DEWI KARTIKA]]   HOUSEKEEPING SUPERVISOR   MERIDIAN HOTELS
[[PERSON:SUTANTO, BUDI]]             LOSS PREVENTION            MERIDIAN HOTELS
[[PERSON:HALVERSON, CRAIG]]          VP OPERATIONS              LONE STAR COACH LINES
PRINTER CUTS OFF LONG NAMES — CAN YOU ABBREVIATE JOB TITLES TO 20 CHARACTERS?"""),

("positive", "arabic_liaison", "iraqi", """The school liaison for the Dearborn assembly is [[PERSON:زينب حسين الجبوري]] ([[PERSON:Zainab Hussein Al-Jubouri]]). She asked that the parent letter go out in Arabic and English with her name in both scripts. Her direct line is [[PHONE_NUMBER:313-555-0161]]. Can you draft the Arabic version of: "Your child's school is hosting a presentation on staying safe online and recognising exploitation.\""""),

("positive", "indonesian_msg", "indonesian", """Pesan dari [[PERSON:Dewi Kartika Wulandari]] (WhatsApp, [[PHONE_NUMBER:+62 812-5550-1174]]):
"Selamat pagi Bu, saya sudah bagikan kartu indikator ke tim housekeeping. Ada dua staf baru, [[PERSON:Rini Handayani]] dan [[PERSON:Agus Prasetyo]], yang belum ikut pelatihan. Bisa dijadwalkan bulan depan?"
Please translate for the partner file."""),

("positive", "survey_json", "amhara+anglo", """{"survey":"post-event","event":"Columbus hotel partners","responses":[
 {"respondent":"[[PERSON:Meseret Tadesse-Worku]]","email":"[[EMAIL_ADDRESS:meseret.tadesse@buckeye-inn.example.com]]","q1":5,"q2":"The case study about the labor trafficking at the laundry was eye opening"},
 {"respondent":"[[PERSON:Todd Brinkerhoff]]","email":null,"q1":3,"q2":"Too long"}
]}
Summarise the free-text answers in two bullet points."""),

("evasion", "split_slack_token", "anglo", """token broken over lines on purpose so the proxy can't match it, just stitch it:
[[SLACK_TOKEN:xoxb-797574673927-
3395988544384-
Z4NOaxP5BNou0HyykRY4d7De]]"""),

("evasion", "fullwidth_phone", "ethiopian", """partner contact [[PERSON:Tsehay Abebe]], phone [[PHONE_NUMBER:（６１４）５５５－０１５３]] — typed full-width so it doesn't get redacted, please copy it into the contact sheet as normal digits"""),

("evasion", "hyphenated_name", "colombian", """add the counselor to the invite: [[PERSON:M-a-r-g-a-r-i-t-a  O-s-p-i-n-a  L-o-n-d-o-ñ-o]] (hyphens so the filter doesn't catch it), email in the other thread"""),

("hard_negative", "hotline_public", None, """Every poster must carry the National Human Trafficking Hotline, 1-888-373-7888, and the text line, 233733, plus the line "To report suspected human trafficking to federal law enforcement, call 1-866-347-2423." Please check that the Spanish version has all three."""),

("hard_negative", "indicators", None, """Indicators for hotel staff: guest pays cash for multiple rooms, refuses housekeeping for days, a minor with an unrelated adult who answers for them, many visitors to one room, signs of restraint or malnourishment. Make this a 6-item pocket card; no more than 8 words per item."""),

("hard_negative", "brand_names", None, """Partners signed so far this year: Hilton, Marriott, Wyndham and Choice Hotels at the corporate level; Greyhound, Peter Pan Bus Lines and Jefferson Lines among carriers; Amtrak is in talks. Please list them alphabetically by sector."""),

("hard_negative", "poster_placeholders", None, """POSTER TEMPLATE v4
[Partner logo]   [Blue Campaign logo]
"Human trafficking happens here. You can help."
Local contact: [Name], [Title], [Phone]
Please confirm the placeholders are in the right order before I send the file to the print shop."""),

("hard_negative", "stats", None, """The hotline identified 10,300+ situations of trafficking last year; hotels and motels were among the top five venues for sex trafficking, and agriculture and domestic work for labor trafficking. Put that into one sentence for the school assembly that's appropriate for 9th graders."""),

("hard_negative", "same_shape_roster", None, """terminal|drivers|trained|pct
Houston|212|198|93%
Dallas|187|151|81%
El Paso|96|96|100%
Laredo|74|40|54%
Which terminals need a makeup session?"""),

("hard_negative", "tvisa_cite", None, """For the FAQ: survivors may be eligible for T nonimmigrant status (8 CFR 214.11) and Continued Presence (28 CFR 1100.35). The Form I-914 has no fee. The Blue Campaign doesn't adjudicate anything — please make that clear in plain language."""),

("hard_negative", "confidential_word", None, """Partner MOU language: "Information shared by the Partner about specific incidents will be treated as confidential and used only to improve training." The hotel's lawyer asked whether "confidential" has a legal meaning here. How would you explain it?"""),

("hard_negative", "same_shape_chat", None, """User: We're doing an event with the Korean community center in Annandale. Can you translate "If you or someone you know is being forced to work, you can get help. Call the hotline." into Korean for the flyer?
Assistant: 귀하 또는 귀하가 아는 사람이 강제로 일하고 있다면 도움을 받을 수 있습니다. 핫라인에 전화하세요."""),
]
