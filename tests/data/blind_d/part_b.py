# Indian/South Asian + Chinese positives
R = []
def P(tag, origin, text): R.append(("positive", tag, origin, text))

P("h1b_rfe", "indian", """Draft a short reply to this RFE response cover note:

Re: [[USCIS_RECEIPT_NUMBER:WAC-26-114-50872]] — beneficiary [[PERSON:Venkata Subramaniam Iyer]]
The beneficiary's SEVIS ID is [[SEVIS_ID:N0031942287]] and his I-94 number is [[I94_NUMBER:84271930456]]. Employer contact: [[PERSON:Padmaja Raghunathan]], [[PHONE_NUMBER:(408) 555-0139]].""")

P("india_phone", "indian", """Write a polite follow-up. The applicant's father, [[PERSON:Harpreet Singh Gill]], lives at [[STREET_ADDRESS:House No. 112, Sector 17-C, Chandigarh 160017]] and said we could call his mobile [[PHONE_NUMBER:098140 55219]] after 6 pm IST.""")

P("yaml_config", None, """can you explain what this helm values file does?

db:
  host: pg-casemgmt.internal
  user: svc_casemgmt
  password: [[PASSWORD:q8!Lm2vR#t7Wz]]
slack:
  webhook_token: [[SLACK_TOKEN:xoxb-4417280913-8820417765310-vQ2mB7nLkP4rT9sXa1cZ0eHd]]""")

P("teams_chat", "indian", """Summarize this teams chat for the handoff:

[[PERSON:Ananya Krishnan]] 10:14 AM
the TECS hit on [[PERSON:Rohit Sabharwal]] cleared, DOB matches [[DATE_OF_BIRTH:22 Jan 1985]] not the 1958 one
[[PERSON:Sandeep Rao]] 10:16 AM
ok. passport?
[[PERSON:Ananya Krishnan]] 10:16 AM
Indian passport [[US_PASSPORT:Z4418207]], exp 2032
[[PERSON:Sandeep Rao]] 10:17 AM
thx ananya, closing it""".replace("thx ananya", "thx [[PERSON:ananya]]"))

P("sql_insert", "indian", """Why is this insert failing with a unique constraint error?

INSERT INTO applicants (full_name, ssn, dob, email)
VALUES ('[[PERSON:Lakshmi Ramaswamy]]', '[[US_SSN:604-18-3372]]', '[[DATE_OF_BIRTH:1979-11-05]]', '[[EMAIL_ADDRESS:lakshmi.n79@yahoo.com]]'),
       ('[[PERSON:Arjun Mehta]]', '[[US_SSN:604-18-3372]]', '[[DATE_OF_BIRTH:1992-06-30]]', '[[EMAIL_ADDRESS:arjunmehta@outlook.com]]');""")

P("pakistani_form", "indian", """Fill in the plain-English summary for this affidavit:

I, [[PERSON:Muhammad Usman Qureshi]], son of [[PERSON:Abdul Rashid Qureshi]], resident of [[STREET_ADDRESS:Street 9, G-11/3, Islamabad]], born [[DATE_OF_BIRTH:9 September 1981]], hereby state that my cousin [[PERSON:Usman]] is not the same person as the applicant.""".replace("cousin [[PERSON:Usman]]", "cousin [[PERSON:Usman Tariq]]"))

P("bank_direct_deposit", "indian", """Payee: [[PERSON:Deepa Venkatesh]]
Bank: Chase
Routing: [[ABA_ROUTING_NUMBER:026096836]]
Account: [[US_BANK_NUMBER:000491827365]]

^ please reformat this as a direct deposit form line for the FEMA IA payment.""")

P("les_bulletin", "indian", """LAW ENFORCEMENT SENSITIVE

Condense this BOLO for the shift brief:
Subject: [[PERSON:Nikhil Bhattacharya]], DOB [[DATE_OF_BIRTH:07-APR-1990]], last seen driving a grey Camry, MD tag 3FX2291. Known address [[STREET_ADDRESS:8812 Greenbelt Rd Apt T2, Greenbelt, MD 20770]].""".replace("LAW ENFORCEMENT SENSITIVE", "[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"))

P("sri_lankan_chain", "indian", """Reply to this on my behalf, say we received it:

From: [[PERSON:Tharindu Wickramasinghe]] <[[EMAIL_ADDRESS:tharindu.w@lankamail.lk]]>
Sent: Tuesday, November 24, 2026 3:12 PM
Subject: asylum case of my wife [[PERSON:Nadeesha Perera]]

Dear Officer, my wife's A number is [[A_NUMBER:A 219 044 318]]. Please tell us the interview date.""")

P("bangladeshi_lowercase", "indian", """correct the grammar: 
my name is [[PERSON:rahim uddin chowdhury]] and i live at [[STREET_ADDRESS:37-14 73rd st apt 2f, jackson heights ny 11372]]. my phone [[PHONE_NUMBER:347 555 0174]]. i want to know status of my green card""")

# Chinese
P("i94_itinerary", "chinese", """Build an itinerary table from this:

Traveler: [[PERSON:ZHANG Weiqiang]] (PRC passport [[US_PASSPORT:EK4402917]])
I-94: [[I94_NUMBER:69204518833]]
Nov 30 PEK→SEA CA 983
Dec 02 SEA→DCA AS 4
Hotel: [[STREET_ADDRESS:1127 Connecticut Ave NW, Washington, DC 20036]]""")

P("python_dict", "chinese", """my script throws KeyError on 'dob' — why?

records = [
    {"name": "[[PERSON:Liu Yang]]", "DOB": "[[DATE_OF_BIRTH:1988-03-14]]", "a_number": "[[A_NUMBER:A201775903]]"},
    {"name": "[[PERSON:Chen Xiaoming]]", "DOB": "[[DATE_OF_BIRTH:1995-10-09]]", "a_number": "[[A_NUMBER:A201775921]]"},
]
for r in records:
    print(r["dob"])""")

P("aws_key_ticket", None, """Help me write a ticket for IAM. Someone pasted these creds into the team wiki, I need them rotated:

aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAQ4XW7NPR2MZT6KLB]]
aws_secret_access_key = [[CLOUD_SECRET_KEY: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]]""")

P("taiwan_chain", "chinese", """Translate to English:

申请人：[[PERSON:林美玲]]
出生日期：[[DATE_OF_BIRTH:1984年5月12日]]
地址：[[STREET_ADDRESS:台北市大安区和平东路二段106号5楼]]
电话：[[PHONE_NUMBER:02-2755-0198]]""")

P("student_sevis", "chinese", """Summarise for the DSO:
Student [[PERSON:Huang Jiahao]] (SEVIS [[SEVIS_ID:N0029476615]]) reported a new address: [[STREET_ADDRESS:2310 S. State St, Unit 1207, Chicago, IL 60616]]. Email on file [[EMAIL_ADDRESS:jhuang26@uchicago.edu]].""")

P("github_token", None, """why does my CI say bad credentials?

git remote set-url origin https://[[GITHUB_TOKEN:ghp_4kT9mWq2ZxR7nB5vLp0cHs8dJf3YgAe1UoQi]]@github.com/dhs-cisa-internal/scanner.git""")

P("surname_caps", "chinese", """Which of these I-94s are expired as of today?

WONG, Ka Ming | I-94 [[I94_NUMBER:41208873954]] | admit until 2026-09-30
TSANG, Wai Lun | I-94 [[I94_NUMBER:41208874017]] | admit until 2027-03-15""".replace("WONG, Ka Ming", "[[PERSON:WONG, Ka Ming]]").replace("TSANG, Wai Lun", "[[PERSON:TSANG, Wai Lun]]"))

P("fouo_report", "chinese", """FOR OFFICIAL USE ONLY

Rewrite in plain language:
During inspection, passenger [[PERSON:Zhou Hongyu]] presented receipt number [[USCIS_RECEIPT_NUMBER:EAC2619043377]] and claimed pending status. Records show denial on 08/11/2026.""".replace("FOR OFFICIAL USE ONLY", "[[CUI_MARKING:FOR OFFICIAL USE ONLY]]"))

P("auth_log_ip", None, """explain these auth failures:

2026-12-02T03:14:55Z sshd[2219]: Failed password for [[PERSON:xliang]] from [[IP_ADDRESS:198.51.100.214]] port 50122
2026-12-02T03:15:02Z sshd[2219]: Failed password for [[PERSON:xliang]] from [[IP_ADDRESS:198.51.100.214]] port 50131""".replace("[[PERSON:xliang]]", "svc_backup"))

P("card_travel", "chinese", """Draft a note to the cardholder. [[PERSON:Tang Meihua]] used government card [[CREDIT_CARD:5124 8107 5690 0728]] for a personal purchase. Her supervisor is [[PERSON:Guo Jian]] at [[PHONE_NUMBER:202.555.0158]].""")
