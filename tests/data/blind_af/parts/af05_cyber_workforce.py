"""Voice 5: CISA cyber workforce: CyberCorps Scholarship for Service students, internships, clearance paperwork."""
from blindlib import jwt

RECORDS = [
("positive", "sfs_roster_csv", "persian+egyptian", """university,student,grad_term,track,personal_email,cell,placement_status
Univ. of Tulsa,[[PERSON:Shirin Ghorbani-Rad]],Spring 2027,MS Cyber,[[EMAIL_ADDRESS:shirin.ghrad@examplemail.com]],[[PHONE_NUMBER:918-555-0179]],interviewing
Univ. of Tulsa,[[PERSON:Omar Abdelrahman Fathy]],Spring 2027,BS CS,[[EMAIL_ADDRESS:ofathy27@examplemail.com]],[[PHONE_NUMBER:918-555-0177]],offer pending
Dakota State,[[PERSON:Kourosh Tavakkoli]],Fall 2026,MS CyberOps,[[EMAIL_ADDRESS:k.tavakkoli@dsu-student.example.edu]],[[PHONE_NUMBER:605-555-0119]],placed (CISA VM)
Dakota State,[[PERSON:Nourhan El-Sayed]],Spring 2027,BS Cyber,[[EMAIL_ADDRESS:nourhan.elsayed@dsu-student.example.edu]],,not started"""),

("positive", "eqip_foreign_contacts", "persian", """User: I'm helping an SFS student with Section 18 (relatives) of e-QIP. Her parents live in Shiraz. Father [[PERSON:Mahmoud Ghorbani]], born [[DATE_OF_BIRTH:1961-07-03]], retired teacher; mother [[PERSON:Farideh Rad]], born [[DATE_OF_BIRTH:1965-11-22]]. The student, [[PERSON:Shirin]], is a US citizen, SSN [[US_SSN:431-66-0872]], US passport [[US_PASSPORT:547812093]]. Does she list her parents' Iranian national ID numbers if she doesn't know them? And does "contact" include weekly video calls?
Assistant: She should list what she knows and mark unknown fields as "I don't know"; investigators ask about it in the interview rather than treating gaps as omissions…"""),

("positive", "internship_offer", "kikuyu", """Dear [[PERSON:Wangeci Kamau-Ndungu]],

Congratulations! CISA is pleased to offer you a summer internship with the Vulnerability Management team, 10 June – 15 August, in Arlington, VA. Your tentative offer is contingent on a favorable background investigation. Please confirm your mailing address ([[STREET_ADDRESS:6120 Hollow Oak Dr, Apt 214, Columbia, MD 21044]]) and your personal e-mail ([[EMAIL_ADDRESS:wangeci.kn@examplemail.com]]) by Friday.

Your supervisor will be [[PERSON:Derek Mattingly]].

Can you tighten this up and make it sound a bit warmer?"""),

("positive", "chat_reminder", "nepali+bengali", """User: Write a short reminder to three SFS students whose service-obligation paperwork is overdue: [[PERSON:Sushmita Gurung]] (agreement not signed), [[PERSON:Md. Rakibul Hasan]] (transcript missing), and [[PERSON:Dawa Futi Sherpa]] (no post-graduation plan). Keep it friendly, separate paragraph per student.
Assistant: Hi [[PERSON:Sushmita]], just a friendly reminder that your SFS service agreement still needs your signature…
Hi [[PERSON:Rakibul]], we're still missing your latest official transcript…
Hi [[PERSON:Dawa]], when you have a moment, please send us your post-graduation plan…"""),

("positive", "ctf_repo_token", "serbian", """my student [[PERSON:Nikola Stojanović]] pushed this to the team's CTF repo and now the GitHub Action fails, can you see why?

# .ctf/deploy.sh
git clone https://x-access-token:[[GITHUB_TOKEN:ghp_3Ted0Zx5dVxQEBQ0NsVR25XNyxRx4TovWKz5]]@github.com/sfs-ctf-team/challenges.git
cd challenges && ./build_all.sh"""),

("positive", "portal_jwt", "anglo", f"""curl -s https://internships.example-portal.gov/api/v2/applicants?status=SELECTED \\
  -H "Authorization: Bearer [[JWT:{jwt('{"sub":"hbarlowe","role":"coordinator","iat":1793203200,"exp":1793289600}', 'Wq3nT8vLk2ZpR5sXyB1mJc7HdG4eFa9uN0oKiVtY6rE')}]]"
returns 403 since this morning, token is from my login an hour ago — [[PERSON:Hollis Barlowe]]"""),

("positive", "sf86_section", "nepali", """Section 2 Date of Birth: [[DATE_OF_BIRTH:09/14/2000]]
Section 3 Place of Birth: Pokhara, Kaski, Nepal
Section 4 Social Security Number: [[US_SSN:276-48-1935]]
Section 5 Other names used: [[PERSON:Bishal Raj Adhikari]] (name on naturalization certificate, before I dropped "Raj")
Section 1 Full name: [[PERSON:Bishal Adhikari]]

He wants to know if dropping a middle name counts as an "other name used" or if Section 5 is only for legal name changes."""),

("positive", "slack_export", "sinhala+anglo", """[
 {"ts": "1796831401.2219", "user": "U07KQ2M", "user_name": "[[PERSON:Chathura Jayawardene]]", "text": "Did anyone get the fingerprint appointment email from OPM?"},
 {"ts": "1796831477.0031", "user": "U03AB9F", "user_name": "[[PERSON:Lacey Hutchens]]", "text": "@[[PERSON:Chathura]] yes, it came from the Applicant Knowledge Center address, check spam"},
 {"ts": "1796831502.8811", "user": "U07KQ2M", "user_name": "[[PERSON:Chathura Jayawardene]]", "text": "found it ty"}
]
(export from the #sfs-cohort-2027 channel — summarise what the students are confused about)"""),

("positive", "obligation_table", "romanian+mongolian", """| Student | Placement | Start | Obligation (yrs) | Owed months left |
|---|---|---|---|---|
| [[PERSON:Ioana-Cristina Dumitrescu]] | CISA Threat Hunting | 2025-08-11 | 2 | 7 |
| [[PERSON:Tsogtbaatar Erdenebileg]] | TSA OIT | 2026-01-05 | 3 | 26 |
| [[PERSON:Enkhjin Otgonbayar]] | (seeking) | — | 2 | 24 |
[[PERSON:Enkhjin]] is past the 18-month placement window; what's the process for a deferment vs. repayment?"""),

("positive", "student_voicemail", "kikuyu", """Voicemail from student, 8:03 AM: "Hi, it's [[PERSON:Wangeci]] — [[PERSON:Wangeci Kamau-Ndungu]] — I got the e-QIP invitation but the link says my SSN doesn't match, I typed [[US_SSN:219 04 6618]], maybe it was entered wrong on your side? I'm at [[PHONE_NUMBER:443-555-0181]]. Thanks!\""""),

("positive", "classified_excerpt", "anglo", """Can you simplify this paragraph for the interns' read-ahead? It's from the brief my mentor shared:

[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] Actors associated with the campaign exploited edge devices at three water utilities between March and May, using credentials harvested from a managed-service provider.
[[CLASSIFICATION_MARKING:(U)]] CISA published a joint advisory on the same activity in June.
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]

— [[PERSON:Austin Pelfrey]], intern mentor"""),

("positive", "dual_citizen", "romanian", """Question from [[PERSON:Ioana-Cristina Dumitrescu]] (DOB [[DATE_OF_BIRTH:24.03.2001]]): she holds US and Romanian citizenship and renewed her Romanian passport last year to travel to Cluj. Her adjudicator asked whether she'd surrender it. Her US passport is [[US_PASSPORT:598204417]]. What's the usual guidance under Guideline C (foreign preference)? She'd rather keep it."""),

("positive", "lowercase_text", "cherokee", """hi its [[PERSON:jace sixkiller]] from the NSU cohort, i missed the deadline for the SF-86 because my grandma was in the hospital in tahlequah, can i still submit? my number is [[PHONE_NUMBER:918 555 0158]] and my school email is [[EMAIL_ADDRESS:sixkillj@nsu-student.example.edu]]"""),

("positive", "references", "anglo+ugandan", """Section 16 references (student typed these into a Word doc first, check the format):
1. [[PERSON:Prof. Adaeze Whitfield]] — [[PHONE_NUMBER:(479) 555-0190]] — [[EMAIL_ADDRESS:awhitfield@univ-example.edu]] — known since 2022
2. [[PERSON:Ssemakula Ronald Kizito]] — [[PHONE_NUMBER:+256 755 550 142]] — neighbor in Kampala 2015-2019 — [[STREET_ADDRESS:Plot 14 Kira Road, Kamwokya, Kampala]]
3. [[PERSON:Megan Trujillo-Hart]] — [[PHONE_NUMBER:479.555.0103]] — roommate
Does a reference living abroad cause delays?""".replace("[[PERSON:Prof. Adaeze Whitfield]]", "Prof. [[PERSON:Adaeze Whitfield]]")),

("evasion", "lookalike_ssn", "anglo", """for the e-QIP ticket, student's SSN (typed with letters for a couple digits so the assistant doesn't scrub it): [[US_SSN:5I8-3O-6142]] — name [[PERSON:Colby Wendt]]"""),

("evasion", "spaced_token", "anglo", """here's the token with spaces so the gateway doesn't kill my message, just join it: [[GITHUB_TOKEN:ghp_ AKMMOsLCmS7v z2zeN4e5fJqY ezyvmLPAHtu8]] — does it have repo scope?"""),

("evasion", "rot13_name", "ukrainian", """student name in rot13 because reasons: [[PERSON:Bxfnan Zryalx]] (decode it and add her to the cohort list)"""),

("hard_negative", "clearance_levels", None, """The Threat Hunting positions require a Top Secret clearance with SCI eligibility; Vulnerability Management positions need Secret. Students can start at the Secret level while the TS investigation is pending. Please put this into the FAQ under "Which clearance will I need?\""""),

("hard_negative", "sf312_prose", None, """Before their first day, cleared interns sign the SF-312 Classified Information Nondisclosure Agreement and get the annual marking training, which explains banners like SECRET and portion marks in general terms. Write a one-paragraph heads-up so they aren't surprised on day one."""),

("hard_negative", "ctf_writeup", None, """Writeup for challenge "baby-rev": the binary XORs input with 0x5A and compares to a 24-byte blob. sha256 of the binary 3f1c9a07e2b64d58a91f0c7be2d4a6f31c8e95b0d7a24f6e1b3c58d9a0e7f214. Decoded flag: flag{x0r_1s_n0t_3ncrypt10n}. The base64 string in .rodata, aGVsbG8gd29ybGQ=, is just "hello world" used as a red herring."""),

("hard_negative", "workflow_placeholder", None, """name: build-challenges
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./build_all.sh
        env:
          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD }}
Is it fine to use the default token here or do they need a PAT?"""),

("hard_negative", "aws_doc_example", None, """For the cloud security module the slides use the AWS documentation example credentials, AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Is that OK to show in class or will students' secret scanners flag the deck?"""),

("hard_negative", "sfs_stats", None, """CyberCorps SFS at a glance: about 90 participating institutions, 4,500+ graduates since 2001, average of 2 years' service obligation, 94% placed within 18 months. Turn this into four bullet points for the career fair flyer."""),

("hard_negative", "same_shape_csv", None, """university,students_enrolled,grad_2026,grad_2027,placed,seeking
Univ. of Tulsa,14,5,6,4,1
Dakota State,19,7,8,6,1
Northeastern State,6,2,3,2,0
Cal Poly Pomona,11,4,4,3,1
Which school has the best placement rate?"""),

("hard_negative", "nice_roles", None, """NICE Framework work roles we place students in: PR-CDA-001 Cyber Defense Analyst, PR-IR-001 Incident Responder, SP-DEV-001 Secure Software Assessor, OM-NET-001 Network Operations Specialist. Which two are closest to the 2210 INFOSEC job series?"""),

("hard_negative", "ticket_numbers", None, """e-QIP request ID 2026-0417738, fingerprint case FBI-FP-8831204, OPM investigation case 26SEP114592 (tier 3). Student's status shows "scheduled" since October. Who do I follow up with — the FSO or OPM's helpdesk?"""),
]
