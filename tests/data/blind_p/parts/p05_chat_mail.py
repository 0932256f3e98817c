"""Voice: Slack/Teams exports, Outlook reply chains, calendar invites, multi-turn chatbot conversations."""
from _v import *

RECORDS = [
R("positive", "teams_export", "mixed", """[12/02/2026 9:03 AM] [[PERSON:Okafor, Ifeoma (CBP)]]: anyone have the new SOP for secondary?
[12/02/2026 9:04 AM] [[PERSON:Lindqvist, Per (CBP)]]: sharepoint > OFO > SOPs, v7
[12/02/2026 9:06 AM] [[PERSON:Okafor, Ifeoma (CBP)]]: thx. also [[PERSON:brandon]] called out sick, can someone cover post 4?
[12/02/2026 9:11 AM] [[PERSON:Mahmoud, Rania (CBP)]]: I can. my cell if the sup needs it [[PHONE_NUMBER:956-555-0157]]""".replace("[[PERSON:Okafor, Ifeoma (CBP)]]", "[[PERSON:Okafor, Ifeoma]] (CBP)").replace("[[PERSON:Lindqvist, Per (CBP)]]", "[[PERSON:Lindqvist, Per]] (CBP)").replace("[[PERSON:Mahmoud, Rania (CBP)]]", "[[PERSON:Mahmoud, Rania]] (CBP)")),

R("positive", "slack_export_json", "korean", """[{"ts":"1764668400.001200","user_name":"[[PERSON:jiyeon.choi]]","real_name":"[[PERSON:Choi Ji-yeon]]","text":"reminder: badge photos tomorrow 10am"},
 {"ts":"1764668460.001500","user_name":"[[PERSON:dhyun]]","real_name":"[[PERSON:Do-hyun Bae]]","text":"can't make it, moving to 1pm? my number changed btw [[PHONE_NUMBER:703-555-0195]]"},
 {"ts":"1764668522.001900","user_name":"[[PERSON:jiyeon.choi]]","real_name":"[[PERSON:Choi Ji-yeon]]","text":"ok noted"}]
Summarize this thread in one line."""),

R("positive", "outlook_chain", "irish", """Can you rewrite my reply below so it sounds less annoyed?

My reply: Siobhán, I already sent the form twice.

-----Original Message-----
From: [[PERSON:Ní Dhonnchadha, Siobhán]] <[[EMAIL_ADDRESS:siobhan.nidhonnchadha@hq.example.gov]]>
Sent: Tuesday, December 1, 2026 4:12 PM
To: [[PERSON:O'Sullivan-Greer, Cathal]] <[[EMAIL_ADDRESS:cathal.osullivangreer@hq.example.gov]]>
Subject: RE: SF-182 for the Dublin conference

Cathal, I still don't have the signed SF-182. Please resend.
Siobhán Ní Dhonnchadha | Training Coordinator | [[PHONE_NUMBER:202-555-0132]]""".replace("My reply: Siobhán,", "My reply: [[PERSON:Siobhán]],").replace("\nCathal, I still", "\n[[PERSON:Cathal]], I still").replace("\nSiobhán Ní Dhonnchadha |", "\n[[PERSON:Siobhán Ní Dhonnchadha]] |")),

R("positive", "calendar_invite", "anglo", """BEGIN:VEVENT
DTSTART:20261208T150000Z
DTEND:20261208T160000Z
SUMMARY:1:1 [[PERSON:Gwendolyn Ashby-Carrow]] / [[PERSON:Rufus Penhallow]]
ORGANIZER;CN=[[PERSON:Gwendolyn Ashby-Carrow]]:mailto:[[EMAIL_ADDRESS:gwendolyn.ashby-carrow@uscg.example.mil]]
ATTENDEE;CN=[[PERSON:Rufus Penhallow]];ROLE=REQ-PARTICIPANT:mailto:[[EMAIL_ADDRESS:rufus.penhallow@uscg.example.mil]]
LOCATION:Dial-in [[PHONE_NUMBER:+1 202-555-0154]],,8841207#
END:VEVENT
Make this a recurring weekly meeting in the ICS."""),

R("positive", "multi_turn_chat", "pakistani", """User: I need to fill out an SF-86 continuation page for my brother-in-law's info, can you format it?
Assistant: Sure, share the details you want formatted.
User: name [[PERSON:Hamza Tariq Qureshi]]
User: born [[DATE_OF_BIRTH:3rd of June 1988]] in Lahore
User: lives at [[STREET_ADDRESS:56-B Gulberg III, Lahore 54660, Pakistan]]
User: phone [[PHONE_NUMBER:+92 300 5550184]]"""),

R("positive", "slack_export", "native_american", """#fps-region7-ops
09:12 [[PERSON:tsosie.k]]: Post 3 at the Denver Federal Center needs relief at 11
09:14 [[PERSON:Kimimela Tsosie]]: nvm I got it
09:15 [[PERSON:Ray Blackhorse]]: tx. fyi [[PERSON:Lomasi]] is out til Monday, her desk line forwards to [[PHONE_NUMBER:303-555-0169]]"""),

R("positive", "outlook_chain", "thai", """From: [[PERSON:Sombat Wongsakul]] <[[EMAIL_ADDRESS:sombat.w@bangkokfreight.example.co.th]]>
To: cbp-broker-liaison@example.gov
Subject: Entry 7Q3-0428817-5 held

Dear Officer, the consignee contact is [[PERSON:Khun Pimchanok Srisuwan]], tel [[PHONE_NUMBER:+66 2 555 0137]]. Please advise which document is missing.
Best regards, Sombat""".replace("[[PERSON:Khun Pimchanok Srisuwan]]", "Khun [[PERSON:Pimchanok Srisuwan]]").replace("Best regards, Sombat", "Best regards, [[PERSON:Sombat]]")),

R("positive", "multi_turn_chat", "dutch", """User: Help me draft a reference letter for my former intern.
Assistant: Happy to. What is the intern's name and what did they work on?
User: [[PERSON:Maarten van der Heijden]], he built the dashboard for the Rotterdam port liaison office. His personal email is [[EMAIL_ADDRESS:maarten.vdheijden@postvak.example.nl]] if the letter needs it.
User: and my signature block: [[PERSON:Femke de Vries-Oosterhout]], CBP Attaché Office, [[PHONE_NUMBER:+31 10 555 0142]]"""),

R("positive", "teams_export", "burmese", """[Yesterday 4:47 PM] [[PERSON:Htet Aung Kyaw]]
The refugee case file lists the principal as ဒေါ်[[PERSON:ခင်မာလာ]] (Daw Khin Ma La), DOB [[DATE_OF_BIRTH:15/08/1969]]. Her son [[PERSON:Saw Eh Doh]] is the derivative.
[Yesterday 4:52 PM] [[PERSON:Laura Whitcombe]]
Thanks, can you ask the chatbot to translate the Burmese cover letter?""".replace("(Daw Khin Ma La)", "(Daw [[PERSON:Khin Ma La]])")),

R("positive", "calendar_invite", "indian", """Subject: Interview panel — GS-2210-13 cybersecurity specialist
When: Thursday, December 10, 2026 1:00 PM-2:00 PM (UTC-05:00) Eastern Time
Candidate: [[PERSON:Rohan Mehta-Desai]] ([[PHONE_NUMBER:732-555-0110]])
Panel: [[PERSON:Anwesha Bhattacharjee]], [[PERSON:Suresh Nambiar]], [[PERSON:Colleen Fairweather]]
Join: https://teams.example.gov/l/meetup-join/19%3ameeting_NzQ2"""),

R("positive", "multi_turn_chat", "kenyan", """User: what's a good template for a leave-transfer donation request?
Assistant: Here's a template: "I am requesting donated leave for [Name], who is experiencing a medical emergency..."
User: fill it in for [[PERSON:Wanjiru Kamau-Otieno]], she's in my branch
User: her husband [[PERSON:Otieno Odhiambo-Were]] can be the contact, [[PHONE_NUMBER:+254 712 555 019]]"""),

# hard negatives
R("hard_negative", "teams_export", None, """[12/03/2026 8:01 AM] Ops Desk (Shared): Morning all. Storm Grace is now a Cat 2, track shifted toward Georgia.
[12/03/2026 8:03 AM] Ops Desk (Shared): Region IV RRCC activating at Level II at 1200.
[12/03/2026 8:05 AM] Logistics Section: staging at Maxwell AFB and Fort Moore confirmed.
Summarize for the 0900 brief."""),
R("hard_negative", "calendar_invite", None, """BEGIN:VEVENT
UID:5e0b9b1c-2f41-4a6e-9d8c-71f3a2b4c5d6
DTSTART;TZID=America/New_York:20261215T100000
SUMMARY:Quarterly records management training (mandatory)
LOCATION:St. Elizabeths West Campus, Center Building, Conf Rm 1A-210
DESCRIPTION:Topics: Capstone, email retention, the Federal Records Act (44 U.S.C. Chapter 31).
END:VEVENT"""),
R("hard_negative", "outlook_chain", None, """-----Original Message-----
From: TSA Contact Center <no-reply@example.gov>
Subject: Your inquiry #TCC-2026-1188213

Thank you for contacting the TSA Contact Center (866-289-9673). Your inquiry has been forwarded to the appropriate office. Please reference inquiry #TCC-2026-1188213 in future correspondence.
Can you help me make this auto-reply template shorter?"""),
R("hard_negative", "slack_export", None, """#cisa-devsecops
10:02 deploy-bot: build 8841 passed (commit 2f7c9e1) → staging
10:04 deploy-bot: canary 5% healthy, p95 212ms
10:09 deploy-bot: promoted v4.9.0 to prod (change CHG0091734)
10:10 pager-bot: resolved alert ApiLatencyHigh"""),
R("hard_negative", "multi_turn_chat", None, """User: Our team is called Team Jordan after the river crossing exercise. Can you suggest a logo concept?
Assistant: Sure — maybe stylized water lines and a bridge?
User: Good. Also the sister team is Team Florence, after the 2018 hurricane response. Make them match."""),
R("hard_negative", "teams_export", None, """[11/30/2026 3:12 PM] HR Announcements: Open Season ends December 8. FEHB plan codes changed for 2027 (e.g., 105 → 10A). TSP contribution limit for 2027 is posted on tsp.gov. Questions go to the HR Connect help desk, ticket category "Benefits".
rewrite as a friendlier reminder"""),
R("hard_negative", "outlook_chain", None, """Subject: RE: RE: Conference room for the Will and Testament workshop
All — the EAP "Wills and Estate Planning" lunch-and-learn is booked in the Frances Perkins room (Rm 4-120), 12/16 at noon. The presenter is from the EAP vendor; no registration needed. Bring questions, not documents."""),
R("hard_negative", "slack_export", None, """#uscg-d14-ops
07:40 watchstander: USCGC Joseph Gerczak and USCGC Oliver Henry underway from Honolulu 0700
07:42 watchstander: Sector Guam reports USCGC Myrtle Hazard returning 1400
07:50 watchstander: no SAR cases overnight"""),
]
