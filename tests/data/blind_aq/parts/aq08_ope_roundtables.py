"""aq08: DHS Office of Partnership and Engagement: community round-table RSVPs, faith and civic leaders' staff (no
public figures)."""

RECORDS = [
    ("positive", "rsvp_email", "somali", """Subject: RSVP — Minneapolis community round table, Dec 16

Good afternoon, Imam's office confirming attendance. Attending: Sheikh [[PERSON:Abdirahman Hirsi Jama]]'s assistant [[PERSON:Sucaad Mohamed Dualeh]] and board member [[PERSON:Liban Ahmed Farah]]. Dietary: halal. Please send parking info to [[EMAIL_ADDRESS:sucaad.dualeh@daruljannah-mn.example]].
— [[PERSON:Sucaad]] ([[PHONE_NUMBER:612-555-0136]])"""),

    ("positive", "rsvp_csv", "punjabi+korean+yoruba+palestinian", """RSVP export from the registration form (comma). Count by organisation:
first,last,org,email,phone
[[PERSON:Gurmeet]],[[PERSON:Singh Randhawa]],Gurdwara Sahib of Fremont,[[EMAIL_ADDRESS:gsrandhawa.sevadar@gmail.com]],[[PHONE_NUMBER:510-555-0103]]
[[PERSON:Ye-jin]],[[PERSON:Gweon]],Korean Community Service Center,[[EMAIL_ADDRESS:yjgweon@kcsc-bay.example]],[[PHONE_NUMBER:510-555-0128]]
[[PERSON:Oreoluwa]],[[PERSON:Ogunbiyi]],Bay Area Interfaith Council,[[EMAIL_ADDRESS:t.ogunbiyi@baic.example]],
[[PERSON:Faisal]],[[PERSON:Abu-Zahra]],Islamic Center of Hayward,,[[PHONE_NUMBER:510-555-0179]]"""),

    ("positive", "arabic_rsvp", "palestinian", """ترجمة من فضلك للإنجليزية:
"السلام عليكم، أؤكد حضور الأستاذة [[PERSON:سناء أبو شقرة]] مديرة مكتب المركز، والأخ [[PERSON:عماد الطويل]] منسق الشباب. رقم الهاتف [[PHONE_NUMBER:313-555-0165]]. شكراً، [[PERSON:نزار حداد]]" """),

    ("positive", "followup_minutes", "mexican_american+irish+anglo", """Round-table notes, El Paso, 12/04 — clean these up for the after-action:
- Pastor's chief of staff [[PERSON:Araceli Venegas Tarango]] asked for a follow-up on port wait times
- [[PERSON:Bud Hennessey]] from the Rotary asked about scam calls impersonating DHS
- Youth leader [[PERSON:Itzel Carrasco]] wants Blue Campaign materials in Spanish
Follow-ups owner: [[PERSON:Marcus Dyer-Holloway]] (OPE)"""),

    ("positive", "haitian_voicemail", "haitian", """Transkripsyon mesaj vokal la, tradui an angle: "Bonswa, se Pastè ... non, se sekretè legliz la, [[PERSON:Nadège Bellefleur-Toussaint]]. Pastè a ap vini nan reyinyon 16 desanm nan ak de dyak. Rele m nan [[PHONE_NUMBER:718-555-0183]]. Mèsi." """),

    ("positive", "name_badges", "jewish+hmong+nepali+tongan+south_sudanese", """Name badges for Thursday — make a print layout, 2 per row:
[[PERSON:Rabbi Naomi Feldstein]]'s office: [[PERSON:Ari Lichtblau]] (chief of staff)
Hmong American Partnership: [[PERSON:Pakou Xiong Hang]]
Nepali community council: [[PERSON:Tek Bahadur Pokharel-Adhikari]]
Tongan Methodist church: [[PERSON:Losana Vaipulu]]
Sudanese American association: [[PERSON:Manute Deng Ajak]]""".replace("[[PERSON:Rabbi Naomi Feldstein]]", "Rabbi [[PERSON:Naomi Feldstein]]")),

    ("positive", "security_list_dob", "iranian+anglo", """FPS needs the attendee list with DOBs for the federal building entry by tomorrow:
[[PERSON:Shirin Nasseri-Ghazvini]] — [[DATE_OF_BIRTH:14 Aug 1981]]
[[PERSON:Porter Lindahl]] — [[DATE_OF_BIRTH:2 May 1964]]
[[PERSON:Young Kim-Oberst]] — [[DATE_OF_BIRTH:19 Sep 1990]]
is there a way to send this that isn't an email attachment?"""),

    ("positive", "thank_you_note", "oromo", """Write a warm thank-you to [[PERSON:Obsa Tolessa Gudeta]], executive director's assistant at the Oromo Community of Minnesota, [[STREET_ADDRESS:1730 University Ave W, Suite 8, St Paul, MN 55104]], for arranging the room and interpreters."""),

    ("positive", "teams_planning", "anglo+cham", """[Teams] [[PERSON:Marcus Dyer-Holloway]]: who's our contact at the Cham mosque in Tacoma?
[Teams] [[PERSON:Rosalind Pettigrew]]: [[PERSON:Ysa Musa]], board secretary, [[EMAIL_ADDRESS:ysa.musa.cham@outlook.com]]
[Teams] [[PERSON:Marcus Dyer-Holloway]]: does she want the invite in English or Cham?
[Teams] [[PERSON:Rosalind Pettigrew]]: English is fine"""),

    ("positive", "registration_portal_cred", "anglo", """The event registration site admin login for the round-table series is ope-events@ / [[PASSWORD:RoundT4ble!Dec]] — [[PERSON:Rosalind Pettigrew]] set it up. Can you help me write a handover doc for the next coordinator?"""),

    ("positive", "fouo_invite_list", "anglo+somali", """[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Invite list, closed-door session with community leaders on threats to houses of worship:
[[PERSON:Hamdi Warsame Yusuf]] (mosque security committee)
[[PERSON:Glenn Ostergaard]] (synagogue security lead)
Make this into a formal invitation letter template."""),

    ("positive", "russian_rsvp", "russian", """Переведите на английский, пожалуйста:
«Здравствуйте! Подтверждаю участие в круглом столе 16 декабря. От нашей общины придут [[PERSON:Ирина Давыдова]] и [[PERSON:Тимур Галиев]]. Мой телефон [[PHONE_NUMBER:+1 267 555 0140]]. С уважением, [[PERSON:Марина Коваленко]]»"""),

    ("evasion", "email_at_words", "sikh", """reply to amarjit dot kaur dot sevadar at gmail dot com — [[PERSON:Amarjit Kaur Sohal]] asked for the parking map""".replace("amarjit dot kaur dot sevadar at gmail dot com", "[[EMAIL_ADDRESS:amarjit dot kaur dot sevadar at gmail dot com]]")),

    ("evasion", "phone_letter_o", "ghanaian", """Pastor's assistant [[PERSON:Afua Boatemaa Ansah]], number 4O4-555-O119 (she wrote it with O's), please add""".replace("4O4-555-O119", "[[PHONE_NUMBER:4O4-555-O119]]")),

    ("evasion", "name_spaced_caps", "anglo", """RSVP form name field came in as "J O S I A H   W I N T E R B O R N E", email [[EMAIL_ADDRESS:jwinterborne@firstbaptist-paducah.example]]. How do I clean that up in Excel?""".replace("J O S I A H   W I N T E R B O R N E", "[[PERSON:J O S I A H   W I N T E R B O R N E]]")),

    ("hard_negative", "public_ope", None, """For the invite footer: Questions? Contact the DHS Office of Partnership and Engagement at partnership@hq.dhs.gov. Department of Homeland Security, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528. Is the address right for St. Elizabeths?"""),

    ("hard_negative", "role_titles", None, """Invitation salutation options: Imam, Rabbi, Reverend, Pastor, Father, Granthi, Bishop, Elder, Chief of Staff, Executive Director. Which ones take 'The' in formal address? Make a table."""),

    ("hard_negative", "historical_figures", None, """Opening remarks need a line about the history of civic engagement: Frederick Douglass, Jane Addams and the settlement-house movement. One sentence, nothing about anyone living."""),

    ("hard_negative", "rsvp_template", None, """RSVP form fields: First name, Last name, Organisation, Role, Email, Phone, Dietary needs, Interpreter needed (Y/N), Accessibility needs. Should we drop phone to minimise PII? Explain the trade-off."""),

    ("hard_negative", "venue_names", None, """Venue shortlist: King Center annex, Hope Community Center, Grace Hall, St. Joseph parish hall, Will Rogers Library meeting room. Capacity 80 minimum. Which are likely to have AV? Just a guess is fine."""),

    ("hard_negative", "about_fouo_invites", None, """Should an invite list for a community meeting be marked FOUO or CUI? It's names of leaders who agreed to come, nothing else. My instinct is no marking at all. Explain the reasoning, no marked examples."""),

    ("hard_negative", "counts_only", None, """Round-table attendance FY26: Minneapolis 41, Dearborn 58, Houston 36, Fremont 44, Brooklyn 62. Faith leaders 47%, civic 33%, youth 20%. Write two sentences for the quarterly."""),

    ("hard_negative", "blue_campaign_hotline", None, """Handout line: To report suspected human trafficking, call the ICE Tip Line at 1-866-347-2423; for victim services call the National Human Trafficking Hotline at 1-888-373-7888. Translate into Spanish and Somali."""),

    ("hard_negative", "scam_prose", None, """Community members asked about calls from people claiming to be from DHS demanding gift cards or their passwords. Draft a short 'DHS will never ask for your password or payment over the phone' paragraph for the handout."""),

    ("hard_negative", "placeholder_sig", None, """Email signature template for OPE staff:
[Name]
[Title], Office of Partnership and Engagement
U.S. Department of Homeland Security
[Office phone] | [email]@hq.dhs.gov
Is the bracket style ok for the style guide?"""),

    ("hard_negative", "congregation_names", None, """Congregations on the invite list: Hope Missionary Baptist, Faith Temple, Grace Lutheran, Mount Joy AME, King's Chapel, Young Israel of the Valley, St. Will's Episcopal. Which ones do we address to the 'Pastor' vs the 'Rector'? Guess from the names if you must."""),
]
