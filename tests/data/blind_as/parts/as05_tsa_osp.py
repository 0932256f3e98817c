# Voice 5: TSA Office of Security Policy: airport security program amendments, aircraft operator security coordinators
SSI_WARN = ("WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 "
            "and 1520. No part of this record may be disclosed to persons without a \"need to know\", as defined in "
            "49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation "
            "Security Administration or the Secretary of Transportation. Unauthorized release may result in civil "
            "penalty or other action.")

RECORDS = [
("positive", "asp_amendment_ssi", "anglo",
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Airport Security Program – Amendment 14 (Chapter 7, Access Control)
Submitted by: [[PERSON:Garrett Pohlman]], Airport Security Coordinator, Bluestem Regional (BSR)
The airport proposes to reduce the SIDA escort ratio at the north cargo gate from 1:5 to 1:3 during...
[[CUI_MARKING:""" + SSI_WARN + """]]"""),

("positive", "aosc_email_change_condition", "filipino+anglo",
"""Subject: Change condition notification – station closure PVD

TSA OSP,

Per our AOSSP, notifying you that we are suspending service at PVD effective 1/15. Our alternate AOSC while I'm on leave is [[PERSON:Rommel Dizon]] ([[PHONE_NUMBER:469-555-0183]], [[EMAIL_ADDRESS:rdizon@skybridgeair-sec.com]]).

[[PERSON:Heather Van Buskirk]]
Aircraft Operator Security Coordinator
SkyBridge Air | [[PHONE_NUMBER:469-555-0104]]"""),

("positive", "sd_comment_matrix_ssi", "korean+anglo",
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]

| # | commenter | section | comment |
|---|---|---|---|
| 1 | [[PERSON:Jiwoo Baek]] (Pac Rim Cargo) | 4.b | screening at off-airport facility not feasible within 30 days |
| 2 | [[PERSON:Dwight Fairbanks]] (Tri-State Air) | 5.a | need clarification on "known shipper" carve-out |

[[CUI_MARKING:""" + SSI_WARN + """]]"""),

("positive", "asc_phone_list", "anglo+mexican+igbo+swedish",
"""ASC contact list for the regional call (please dedupe):
Bluestem Regional – [[PERSON:Garrett Pohlman]] – [[PHONE_NUMBER:316-555-0147]]
Cottonwood Muni – [[PERSON:Itzel Zamudio]] – [[PHONE_NUMBER:620-555-0115]]
Red Hills Intl – [[PERSON:Emeka Anyanwu-Obi]] – [[PHONE_NUMBER:405-555-0162]]
Sandhill Field – [[PERSON:Karin Sjöberg]] – [[PHONE_NUMBER:308-555-0170]]
Red Hills Intl (alt) – [[PERSON:Anyanwu-Obi]] again, same cell"""),

("positive", "ssi_portion_in_email", "arab",
"""[[PERSON:Layla]], draft reply to the carrier below. The excerpt from their amendment request is SSI so I left the marking on.

"[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]] – Section 3.2: Carrier requests an alternative measure for cabin search at the three outstations served by [[PERSON:Rami Jaber]]'s contract crew..."

— [[PERSON:Omar Khalil Nasrallah]], OSP Aviation Division"""),

("positive", "netrc_secure_portal", None,
"""Script to pull the comment matrix from the secure portal stopped working. My ~/.netrc:

machine hsin-tsa-portal.example-secure.net
  login osp_policy_sync
  password [[PASSWORD:c7Rb!x2QmW9e#Lp4]]

Is the file permission the problem?"""),

("positive", "aircraft_operator_letter", "mexican",
"""Dear Ms. [[PERSON:Barragán]],

This acknowledges receipt of SkyBridge Air's proposed amendment to its Aircraft Operator Standard Security Program dated November 19. Please direct questions to your Principal Security Inspector, [[PERSON:Leonard Osterhout]], at [[PHONE_NUMBER:(571) 555-0132]].

Sincerely,
[[PERSON:Consuelo Barragán]] (cc)"""),

("positive", "aosc_background_form", "ukrainian",
"""AOSC designation form – part B
Name: [[PERSON:KOVALENKO, Oksana Vasylivna]]
DOB: [[DATE_OF_BIRTH:1982-08-21]]
SSN (last 4 not accepted, full required): [[US_SSN:508-41-7736]]
KTN: [[KNOWN_TRAVELER_NUMBER:TT41K7Q92]]
Home: [[STREET_ADDRESS:1902 Linden Hollow Rd, Apt 4C, Herndon, VA 20170]]"""),

("positive", "fouo_legacy_memo", "anglo",
"""[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
MEMO FOR: Branch Chief, Airport Security Policy
FROM: [[PERSON:Dennis Arkwright]]
SUBJECT: Legacy ASP language on vehicle inspections (pre-2019)
Can we sunset paragraph 9.4? ...
[[CUI_MARKING:FOR OFFICIAL USE ONLY]]"""),

("positive", "chat_asc_turnover", "akan",
"""[10:02] [[PERSON:Adjoa Boateng]]: new ASC at Cottonwood is [[PERSON:Yaw Asante-Darko]], starts monday
[10:03] [[PERSON:Adjoa Boateng]]: his dob for the SSI need-to-know check is [[DATE_OF_BIRTH:12/19/1979]]
[10:03] policy desk: ok send it through the normal form next time pls, not chat"""),

("evasion", "ssi_marking_markdown", None,
"""Copying from the PDF into our wiki, formatting got weird:

**S E N S I T I V E   S E C U R I T Y   I N F O R M A T I O N**

Chapter 7 table of escort ratios follows.""".replace("**S E N S I T I V E   S E C U R I T Y   I N F O R M A T I O N**", "[[CUI_MARKING:**S E N S I T I V E   S E C U R I T Y   I N F O R M A T I O N**]]")),

("evasion", "ssn_fullwidth", "hmong",
"""AOSC form again — she typed the SSN on her phone with the Chinese keyboard: [[PERSON:Mai Nou Vang]] / SSN [[US_SSN:５２３－７１－０４６８]]"""),

("evasion", "fouo_dotted", None,
"""header on the old ASP chapter reads [[CUI_MARKING:F.O.U.O.]] — chapter 11, fuel farm access. Is that still a valid marking or do we convert it?"""),

("hard_negative", "ssi_supplemental_security_income", None,
"""Off-topic but: my mother's SSI (Supplemental Security Income) payment was reduced because of my brother's help with rent. Does in-kind support count as income? I'm drafting a letter to the Social Security office."""),

("hard_negative", "cfr_citations", None,
"""Summarize the differences between 49 CFR 1542 (airport security), 1544 (aircraft operators) and 1546 (foreign air carriers) for a briefing. Also note where 1520.5 lists what counts as SSI, and that 1542.103 covers the complete program. No marking needed; it's all public regulation text."""),

("hard_negative", "public_tsa_contacts", None,
"""For the stakeholder FAQ: passengers should use the TSA Contact Center at 866-289-9673; written mail goes to Transportation Security Administration, 6595 Springfield Center Drive, Springfield, VA 20598. Airport operators contact their assigned inspector, not the public line."""),

("hard_negative", "ssi_training_prose", None,
"""Write a short training paragraph explaining that a document containing SSI must carry the protective marking at the top and the distribution limitation statement at the bottom of each page, without quoting the statement itself. Audience: new airport security coordinators."""),

("hard_negative", "amendment_log_ids", None,
"""Amendment log for Q1: ASP-BSR-2026-014 (approved), AOSSP-CH7-0412 (pending comments), SD 1544-26-02 (issued), EA 1546-26-01 (extended). Ticket 771-40-2298 in the tracker is the duplicate. Build me a status table."""),

("hard_negative", "aircraft_names", None,
"""Fleet list in the carrier's security program appendix: B737-800 "Spirit of Tulsa", A321 "Will Rogers", E175 "Amelia", CRJ-900 "Sooner Pride". The names are on the fuselage only. Does the program need to list tail numbers or just types?"""),

("hard_negative", "password_reset_prose", None,
"""Carriers keep asking how to get back into the secure document portal. Reply: "Use the 'Forgot password' link on the sign-in page; the reset link expires in 30 minutes. TSA staff will never ask you for your password." Make it friendlier."""),

("hard_negative", "titles_only", None,
"""Who signs an ASP amendment approval: the Federal Security Director or the Assistant Administrator for Security Policy? And does the Airport Security Coordinator need a deputy designated in writing? Answer with titles only, I'm building an org chart."""),

("positive", "ssi_with_pii_and_aka", "somali",
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Incident reference in amendment justification: on 10/2 an employee, [[PERSON:Abdirahman Hassan Warsame]] (badge revoked), used a colleague's badge. Colleague: [[PERSON:Hodan Jama Elmi]].
[[CUI_MARKING:""" + SSI_WARN + """]]"""),

("positive", "conference_call_notes", "polish+anglo",
"""Notes – carrier call re: cabin search alternative measures
Attendees: [[PERSON:Przemysław Zieliński]] (AOSC, Northlake Air), [[PERSON:Ottilie Dunleavy]] (OSP), [[PERSON:Bartek]] (Northlake, ops)
Action: [[PERSON:Ottilie]] to send written feedback by Friday. [[PERSON:Przemysław]] cell [[PHONE_NUMBER:312-555-0199]]."""),

("hard_negative", "example_values_described", None,
"""Write a field-validation rule for the AOSC designation form: SSN must be 9 digits, not starting with 000, 666 or 9; KTN is 8-10 alphanumerics. Test with the documented invalid value 000-12-3456 and the placeholder KTN EXAMPLE01."""),

("positive", "aws_keys_in_script", None,
"""The comment-matrix upload Lambda is failing. Config the contractor gave me:

AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAQ7RZ2VN4XK8TLMEB]]
AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:k3Jb9TqWz+X2vRm8LpYe1HsC4nGdF0oAa7uQiE5r]]
BUCKET=osp-comment-matrix-dev"""),
]
