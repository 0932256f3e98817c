# Voice 5: pasted email threads with signatures / forwarded headers, multi-turn chat transcripts
from vals import *
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
(P, "email_thread_fwd", "nigerian",
 f"""Summarize this thread and draft my reply:

---------- Forwarded message ---------
From: [[PERSON:Oluwaseun Bakare]] <[[EMAIL_ADDRESS:oluwaseun.bakare@uscis.example.gov]]>
Date: Tue, Nov 4, 2025 at 3:12 PM
Subject: RE: A-file transfer
To: [[PERSON:Nkiruka Anyanwu]] <[[EMAIL_ADDRESS:nkiruka.anyanwu@uscis.example.gov]]>

[[PERSON:Nkiruka]] — NRC shows the A-file [[A_NUMBER:{anum()}]] is still charged out to Newark. Can you request it?

Thanks,
[[PERSON:Seun]]
[[PERSON:Oluwaseun Bakare]]
Immigration Services Officer
[[PHONE_NUMBER:(973) 555-0111]]"""),
(P, "email_signature_block", "anglo",
 f"""Make my signature block shorter and more modern:

[[PERSON:Katherine "Kate" Lindqvist]]
Supervisory Program Analyst | Office of Biometric Identity Management
U.S. Department of Homeland Security
Desk: [[PHONE_NUMBER:202-555-0183]] | Cell: [[PHONE_NUMBER:202-555-0147]]
[[EMAIL_ADDRESS:katherine.lindqvist@obim.example.gov]]"""),
(P, "email_thread_reply", "mixed",
 f"""Can you write a reply that declines politely?

On Mon, Oct 27, 2025, [[PERSON:Terrence Whitfield]] <[[EMAIL_ADDRESS:twhitfield@vendor.example.com]]> wrote:
> Hi [[PERSON:Mei]], following up on the demo. Our account rep [[PERSON:Sakura Yamamoto]] can be on site Thursday.
> Best, [[PERSON:Terrence]]

[[PERSON:Mei Ling Tan]]
Contracting Officer's Representative"""),
(P, "chat_transcript", "hispanic",
 f"""Here's the chat from the contact center, can you rate the agent's tone?
[10:02] Customer: hi my name is [[PERSON:Alejandra Montoya]]
[10:02] Agent (ID 4471): Hello [[PERSON:Alejandra]], how can I help?
[10:03] Customer: my daughter's receipt [[USCIS_RECEIPT_NUMBER:{receipt('IOE')}]] says case was transferred
[10:03] Customer: her dob is [[DATE_OF_BIRTH:6/2/2006]]
[10:04] Agent (ID 4471): Thank you. Your case was transferred to the National Benefits Center for faster processing.
[10:05] Customer: ok thank u"""),
(P, "chat_transcript_teams", "indian",
 f"""Pasted from Teams, make it into meeting minutes:
[[PERSON:Siddharth Kulkarni]]  9:31 AM
anyone have the prod db password? ticket is blocking
[[PERSON:Kavya Iyer]]  9:33 AM
it's [[PASSWORD:{pw(14)}]] but rotate it after, it's been shared too much
[[PERSON:Siddharth Kulkarni]]  9:34 AM
thx, will put a ticket in for rotation"""),
(P, "email_creds_vendor", "anglo",
 f"""From: [[EMAIL_ADDRESS:helpdesk@vendor.example.com]]
To: [[PERSON:Lisa Ferraro]] <[[EMAIL_ADDRESS:lisa.ferraro@fema.example.gov]]>
Subject: Your portal account

Hi [[PERSON:Lisa]], your temporary credentials:
Username: lferraro
Temporary password: [[PASSWORD:{pw(12)}]]
You will be prompted to change it on first login.

— please help me write a complaint to the vendor that they emailed a password in clear text."""),
(P, "email_cui_forward", "hispanic",
 f"""Is it OK to paste this into a summary for my supervisor?

[[CUI_MARKING:CUI//SP-LEI]]
From: [[PERSON:Rafael Benavides]]
Sent: Wednesday, November 12, 2025 7:48 AM
Subject: Target package update

[[CUI_MARKING:(CUI//SP-LEI)]] Surveillance confirmed the subject at the stash house on the 8th.

[[CUI_MARKING:CUI//SP-LEI]]"""),
(P, "chat_multiturn_pii", "korean",
 f"""User: help me write a thank-you note to a volunteer interpreter
Assistant: Sure — who's it for and what did they help with?
User: her name is [[PERSON:Seo Yun-ah]], she interpreted Korean at the naturalization ceremony in Annandale. send to [[EMAIL_ADDRESS:yunah.seo@example.org]]
Assistant: Got it.
User: also mention her colleague [[PERSON:Baek Seung-hoon]]"""),
(P, "email_thread_itin", "hispanic",
 f"""Re: payroll issue — contractor employee [[PERSON:Efraín Solís]] was onboarded with ITIN [[US_ITIN:{itin()}]] instead of an SSN. HR contact: [[PERSON:Patricia Llamas]], [[PHONE_NUMBER:210-555-0109]]. Draft a note to the COR explaining E-Verify won't accept an ITIN."""),
(P, "email_header_dump", "chinese",
 f"""Phishing? headers:
Return-Path: <[[EMAIL_ADDRESS:qiao.meirong.hr@example.top]]>
From: "[[PERSON:Qiao Meirong]]" <[[EMAIL_ADDRESS:qiao.meirong.hr@example.top]]>
Reply-To: [[EMAIL_ADDRESS:payroll-update@example.xyz]]
Subject: Update your direct deposit before Friday
X-Mailer: PHPMailer 6.1.7
Does this look spoofed?"""),
(P, "chat_slack_token", None,
 f"""#ops channel export:
oncall-a: bot still broken
oncall-a: SLACK_BOT_TOKEN=[[SLACK_TOKEN:{xoxb()}]]
oncall-b: dude don't paste that here
summarize the outage discussion"""),
(P, "email_dl_request", "anglo",
 f"""Reply to this for me: "Hi, this is [[PERSON:Brenda Sorensen]]. My REAL ID was rejected at the TSA checkpoint this morning. My license number is [[US_DRIVER_LICENSE:S{R.randint(100,999)}-{R.randint(100,999)}-{R.randint(10,99)}-{R.randint(100,999)}-{R.randint(0,9)}]] (Florida). I live at [[STREET_ADDRESS:1184 Palmetto Dr, Sarasota, FL 34236]]." """),
(P, "chat_short_name", "somali",
 f"""tell [[PERSON:sahro]] the interview got moved to 2pm"""),
(P, "chat_short_name", "japanese",
 f"""reminder for me: call [[PERSON:Kenji Morimoto]] back re: the J-1 waiver, his cell [[PHONE_NUMBER:415-555-0196]]"""),
(H, "email_no_pii", None,
 """Draft a team email: "Reminder — the all-hands is moved to Thursday at 10 in the Lincoln conference room, Building 410. Dial-in on the calendar invite. Lunch is from Chipotle." """),
(H, "email_auto_footer", None,
 """Should I keep this auto-footer? "This communication may contain confidential or privileged information. If you received it in error, please notify the sender and delete it. Do not forward outside the organization." """),
(H, "chat_no_pii", None,
 """User: what's the difference between parole in place and advance parole?
Assistant: Parole in place is granted to someone already inside the US...
User: and which form is advance parole?"""),
(H, "email_distro_lists", None,
 """Which distro list should I use for the outage notice: OCIO-Ops-All, CBP-OFO-Field-Leadership, or USCIS-FOD-Supervisors? The notice has no names, just the maintenance window Saturday 2200–0400 ET."""),
(H, "first_name_words", None,
 """Edit for tone: "We will grant extensions when justified, and we will press forward with the roll-out in May. Rose Garden ceremony is in June; the mark of success is Faith in the process and Hope for the new system." """),
(H, "meeting_room_names", None,
 """Book one of these rooms for Tuesday: Jefferson, Madison, Monroe, Adams, Jackson or Tubman. All are in the Nebraska Avenue Complex, 3rd floor. Which fits 20 people?"""),
]
