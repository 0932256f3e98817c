# Voice: ICE Student and Exchange Visitor outreach (field representatives visiting schools, webinars, campus events; not certification).
RECORDS = [
("positive", "school_visit_notes", "anglo",
"""Field rep visit - Lakeshore Community College, 11/19
Met with DSO [[PERSON:rebecca tannenbaum]] and the intl. advisor [[PERSON:Will Prentiss]]. [[PERSON:Rebecca]] asked for a follow-up webinar on OPT reporting. Her cell: [[PHONE_NUMBER:216-555-0113]]. [[PERSON:Prentiss]] leaves in January; replacement TBD."""),
("positive", "student_question_email", "nepali",
"""From: [[EMAIL_ADDRESS:sujan.gurung.ale@student.lakeshore.example]]
Dear Sir, I attended your outreach session. My SEVIS ID is [[SEVIS_ID:N0034471856]] and I want to know if I can volunteer at the food bank. My date of birth is [[DATE_OF_BIRTH:२०६० भाद्र ११]] (B.S.) / [[DATE_OF_BIRTH:28 August 2003]].
Thank you, [[PERSON:Sujan Gurung Ale]]"""),
("positive", "event_rsvp_csv", "nigerian+russian+vietnamese+hispanic",
"""first,last,school,email,dietary
[[PERSON:Amara]],[[PERSON:Nwosu]],Kent Valley HS,[[EMAIL_ADDRESS:anwosu@kvhs.example.org]],vegetarian
[[PERSON:Arkadiy]],[[PERSON:Volkov]],St. Brendan Academy,[[EMAIL_ADDRESS:avolkov@stbrendan.example]],none
[[PERSON:Lê]],[[PERSON:Thị Hồng]],Pacific Lutheran Prep,[[EMAIL_ADDRESS:lethihong@plp.example]],no pork
[[PERSON:Verity]],[[PERSON:Castellanos]],Kent Valley HS,[[EMAIL_ADDRESS:vcastellanos@kvhs.example.org]],"""),
("positive", "webinar_chat_log", "brazilian",
"""[14:02] [[PERSON:Maria Eduarda]] (Univ. Atlântica): can someone look at my student's I-20? her name is [[PERSON:Beatriz Fonseca Lacerda]], SEVIS [[SEVIS_ID:N0019982247]], born [[DATE_OF_BIRTH:17 de maio de 2005]]
[14:03] Host: please don't post student info in the chat, we'll reach out by e-mail
[14:03] [[PERSON:Maria Eduarda]] (Univ. Atlântica): sorry!!"""),
("positive", "outreach_contact_vcard", "japanese",
"""BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Takahashi;Yuki]]
FN:[[PERSON:Yuki Takahashi]]
ORG:Evergreen Language Institute
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-206-555-0149]]
EMAIL:[[EMAIL_ADDRESS:ytakahashi@evergreen-li.example]]
ADR;TYPE=HOME:;;[[STREET_ADDRESS:1822 NE 65th St;Seattle;WA;98115]];USA
END:VCARD"""),
("positive", "principal_letter", "somali",
"""Dear Field Representative,
Thank you for visiting Riverside Academy. Our F-1 student [[PERSON:Hodan Maxamed Nuur]] (DOB [[DATE_OF_BIRTH:Feb 3, 2008]], I-94 [[I94_NUMBER:488219334A4]]) moved in with her aunt [[PERSON:Sahra Nuur]] at [[STREET_ADDRESS:718 Lowry Ave N, Apt 2, Minneapolis, MN 55411]]. Can you explain the address update rules at our next PTA night?
Principal [[PERSON:Gregory Lindahl]]"""),
("positive", "les_school_threat", None,
"""[[CUI_MARKING:(U//FOUO)]] Outreach team: one partner campus received a threat referencing international students; coordinate with HSI before the scheduled visit. Do not discuss publicly."""),
("positive", "cui_banner_outreach", None,
"""[[CUI_MARKING:CUI//SP-SVII]]
List of schools visited in Region 4 with open compliance concerns (attached). This list is for field reps only.
[[CUI_MARKING:CUI//SP-SVII]]"""),
("positive", "mailchimp_key", None,
"""Newsletter script for school officials:
MAILER_API_KEY = "[[PASSWORD:2D45C!taiTLB83xM0qv]]"
SLACK_WEBHOOK_TOKEN = "[[SLACK_TOKEN:xoxb-97708430584-9189572378561-mQGtbK2VMKAscBB3uxo5h9Bw]]"
"""),
("positive", "gitlab_token_outreach", None,
"""clone the outreach-slides repo with: git clone https://oauth2:[[GITLAB_TOKEN:glpat-PVvbBVCIEM03pYaEYoyV]]@gitlab.example.gov/sevp-outreach/slides.git"""),
("positive", "uppercase_roster", "chinese+indian",
"""PARENT NIGHT SIGN-IN
[[PERSON:LIU, MEI-LING]]        PARENT OF F-1 STUDENT     [[PHONE_NUMBER:425-555-0108]]
[[PERSON:RAGHAVAN, SRINIVAS]]   HOST FAMILY               [[PHONE_NUMBER:425-555-0193]]"""),
("evasion", "zero_width_sevis", "turkish",
"""Student [[PERSON:Kerem Aydın]], SEVIS [[SEVIS_ID:N00​2871​6650]] - please check status before the campus fair."""),
("evasion", "markdown_marking", None,
"""[[CUI_MARKING:**CUI**//*SP-SVII*]] - draft outreach target list
Actually it is [[CUI_MARKING:**CUI**//**SP-SVII**]] per the header, do I need that on slides?"""),
("hard_negative", "public_study_in_states", None,
"""Students and schools can find guidance on the Study in the States website. For general questions, school officials can contact the SEVP Response Center at the number posted there."""),
("hard_negative", "form_names", None,
"""Bring your Form I-20, Form DS-2019 and your I-901 fee receipt. The I-901 fee for F-1 is $350. Receipt numbers look like "IOE0912345678" in examples only."""),
("hard_negative", "famous_students", None,
"""Slide 3 - famous former international students in the U.S.: Kofi Annan (Macalester College), Benazir Bhutto (Harvard), Sun Yat-sen (Iolani School, Honolulu). Keep slides light."""),
("hard_negative", "school_names", None,
"""Visits this week: George Washington University, Thomas Jefferson High School for Science and Technology, Mary Baldwin University, Johns Hopkins. Parking at Marshall Hall."""),
("hard_negative", "confidential_footer", None,
"""This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender. Outreach materials are public."""),
("hard_negative", "version_strings", None,
"""SEVIS release notes: v7.4.12 (build 20261201.3), hotfix 7.4.12-hf2. SHA 9f4c2e1b7a3d5f60882b1c4e9d7a0f3b2c6e8d41."""),
("hard_negative", "sample_ids_training", None,
"""Training tip: a SEVIS ID is the letter N followed by 10 digits (N00xxxxxxxx). Never put a real one in a slide - use N0000000000."""),
("hard_negative", "zip4_list", None,
"""Mail the outreach packets to the campus mail centres at ZIP codes 20052-0001, 22903-4195 and 98195-1250. Postage code 7011-4420."""),
("hard_negative", "grading_abc", None,
"""Feedback form: (a) Was the presentation useful? (b) Was the length right? (c) Would you invite us back? Ratings 1-5. (c) 2026 SEVP outreach."""),
("hard_negative", "fiction_school", None,
"""Ice-breaker: which school would you attend - Hogwarts with Harry Potter and Hermione Granger, or Xavier's with Jean Grey?"""),
]
