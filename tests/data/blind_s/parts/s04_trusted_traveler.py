"""Voice 4: Global Entry / TSA PreCheck / NEXUS enrollment-centre issues, tickets and calendar invites."""
from ids import cardfmt
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "enrollment_ticket_jira", "japanese",
"""TTP-4821  Applicant cannot schedule interview after conditional approval
Reporter: enrollment center IAD
Description: Applicant [[PERSON:Watanabe Kaori]] (PASSID [[KNOWN_TRAVELER_NUMBER:984120377]]) gets "no appointments available" at every center. Her US passport [[US_PASSPORT:567281934]] expires next month - does that block the interview?
Priority: Medium"""),

(P, "precheck_name_mismatch", "filipino",
"""Traveler email: "My boarding pass says DELA CRUZ MARIA LOURDES but my PreCheck is under [[PERSON:Maria Lourdes Dela Cruz-Bautista]], KTN [[KNOWN_TRAVELER_NUMBER:TT4817205]], DOB [[DATE_OF_BIRTH:04/27/1985]]. I keep getting no PreCheck on my pass." Draft a response explaining name matching.""".replace("says DELA CRUZ MARIA LOURDES", "says [[PERSON:DELA CRUZ MARIA LOURDES]]")),

(P, "ge_revocation_appeal", "mexican",
"""Ombudsman inquiry about Global Entry revocation. Traveler [[PERSON:Ulises Tapia Cervantes]], KTN [[KNOWN_TRAVELER_NUMBER:158733902]], revoked after an agricultural violation (undeclared mangoes) at SFO. He lives at [[STREET_ADDRESS:2271 Rancho Vista Dr, Chula Vista, CA 91914]]. Help me write a neutral summary for the Ombudsman's case assistant."""),

(P, "ics_interview_invite", "german",
"""BEGIN:VCALENDAR
PRODID:-//TTP Scheduler//EN
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20270209T101500
SUMMARY:Global Entry interview - [[PERSON:Friederike Wolfsteller]]
DESCRIPTION:Membership ID [[KNOWN_TRAVELER_NUMBER:990218467]]\\nBring passport [[US_PASSPORT:A17730528]] and proof of residence.\\nContact: [[EMAIL_ADDRESS:f.wolfsteller@posteo.example]]
LOCATION:Enrollment on Arrival - JFK T4
END:VEVENT
END:VCALENDAR
Is the time in this invite correct for an arrival at 9:40?"""),

(P, "nexus_family", "french_canadian",
"""NEXUS family application, the kids keep failing the system check:
Parent: [[PERSON:Mathieu Thibodeau-Lévesque]] PASSID [[KNOWN_TRAVELER_NUMBER:157204489]]
Child: [[PERSON:Éloïse Thibodeau]], born [[DATE_OF_BIRTH:2015-05-08]]
Child: [[PERSON:Anatole Thibodeau]], born [[DATE_OF_BIRTH:2018-11-30]]
What's the typical cause?"""),

(P, "ge_card_replacement", "brazilian",
"""Can you shorten this note: traveler [[PERSON:Thaís Albuquerque Menezes]] lost her Global Entry card; PASSID [[KNOWN_TRAVELER_NUMBER:984667315]]. She wants it mailed to [[STREET_ADDRESS:33 Rua-style? no - 1880 Brickell Ave, Apt 2204, Miami, FL 33129]]. Fee paid with card ending 4471.""".replace("[[STREET_ADDRESS:33 Rua-style? no - 1880 Brickell Ave, Apt 2204, Miami, FL 33129]]", "[[STREET_ADDRESS:1880 Brickell Ave, Apt 2204, Miami, FL 33129]]")),

(P, "enrollment_center_roster", "greek+polish+jamaican+anglo",
"""Tomorrow's EoA roster, JFK T4 (paste from Excel):
10:00\t[[PERSON:Konstantinos Papadogiannakis]]\t[[KNOWN_TRAVELER_NUMBER:158991204]]\tGE renewal
10:15\t[[PERSON:Zofia Wiśniewska-Kołodziej]]\t[[KNOWN_TRAVELER_NUMBER:990347721]]\tGE new
10:30\t[[PERSON:Desmond Fitz-Henley]]\t[[KNOWN_TRAVELER_NUMBER:984015586]]\tGE new
Officer on duty: [[PERSON:R. Castellano-Whitby]]"""),

(P, "pre_check_card_payment", "nigerian",
"""Enrollment provider chargeback dispute - traveler [[PERSON:Olufunmilayo Adeyemi-Bakare]] says she was charged twice:
card [[CREDIT_CARD:""" + cardfmt("402400718832661") + """]] on 10/14 and 10/15
phone [[PHONE_NUMBER:(678) 555-0163]]
Summarise for the vendor."""),

(P, "ttp_db_connection", "none",
"""Local dev of the enrollment scheduler fails to start:
spring.datasource.url=[[CONNECTION_STRING:jdbc:postgresql://ttp-sched-db.internal:5432/sched?user=sched_app&password=Qm7vT2#xWr9pLe4K]]
spring.jpa.hibernate.ddl-auto=validate
Error: FATAL: no pg_hba.conf entry. What's wrong?"""),

(P, "ge_risk_fouo", "irish",
"""[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Vetting comment: applicant [[PERSON:Caoimhe Ní Bhriain]], PASSID [[KNOWN_TRAVELER_NUMBER:157880342]], had a 2019 seizure (undeclared currency, $14,200) in Dublin preclearance. Recommend deny?
Please help me word the denial letter neutrally."""),

(P, "global_entry_minor_dutch", "dutch",
"""My colleague's email, make it friendlier: "Dear Mr. [[PERSON:van der Sloot]]: the applicant [[PERSON:Joost van der Sloot-Bakker]], PASSID [[KNOWN_TRAVELER_NUMBER:984501127]], must bring his son [[PERSON:Daan]] to the interview since the child is 12. Contact [[EMAIL_ADDRESS:joost.vdsb@ziggo.example]]."  """.rstrip()),

(P, "swedish_fast_precheck", "swedish",
"""quick: how do I add my KTN to an existing airline reservation? mine is [[KNOWN_TRAVELER_NUMBER:158402276]], name on reservation [[PERSON:Åsa Lindqvist Berggren]], DOB [[DATE_OF_BIRTH:03-19-1977]]."""),

(P, "slack_token_bot", "none",
"""The enrollment-center status bot stopped posting. Code:
client = WebClient(token="[[SLACK_TOKEN:xoxb-4827719033-6618204471923-Kq7TzWm2Rx9PvL4nYb8Hc3Ds]]")
client.chat_postMessage(channel="#eoa-jfk", text=status)
Why would it get invalid_auth?"""),

# evasions
(E, "ktn_with_letters_o", "ghanaian",
"""Traveler [[PERSON:Kwabena Ofori-Atta Mensah]] says his KTN is [[KNOWN_TRAVELER_NUMBER:98O4I2733]] (he typed letter O and I). Which digits is it really?"""),
(E, "passport_spaced_newline", "korean",
"""Passport number on the GE application from [[PERSON:Hwang Da-bin]] got wrapped:
[[US_PASSPORT:5 6 8 2 1
9 4 0 3]]
Fix it."""),
(E, "leet_fouo", "none",
"""header of the doc says [[CUI_MARKING:F0R 0FF1C1AL U5E 0NLY]] lol - anyway can you reformat the enrollment stats table below.
Center | Interviews | No-shows
IAD | 1,204 | 88"""),

# hard negatives
(H, "public_ttp_info", "none",
"""Global Entry application fee is $120 for five years; TSA PreCheck enrollment is via providers; the TSA Contact Center is 866-289-9673. Write an FAQ for employees who want PreCheck for official travel."""),
(H, "airport_names_people", "none",
"""Enrollment on Arrival sites I'll visit: John F. Kennedy International, Ronald Reagan Washington National, George Bush Intercontinental, Dulles. Which have the longest EoA hours?"""),
(H, "ktn_placeholder", "none",
"""Airline profile help text: 'Known Traveler Number: enter your 9-character KTN, e.g. 000000000 - do not enter your passport number.' Is the example value confusing?"""),
(H, "wait_time_stats", "none",
"""Average wait for Global Entry conditional approval: 2024 Q4 41 days, 2025 Q2 19 days, 2026 Q1 12 days. Applications: 1,482,330 (FY25). Write two sentences for the monthly report."""),
(H, "about_pii_policy", "none",
"""Should enrollment-center staff paste traveler data into AI tools? Draft a one-paragraph reminder that passport numbers, KTNs and dates of birth are PII under the DHS Handbook for Safeguarding Sensitive PII."""),
(H, "version_numbers", "none",
"""GOES kiosk software update from 4.12.7 to 4.13.0-rc2 failed; build hash 5e1a9c03b7d2; kiosk asset tags K-IAD-0217, K-IAD-0218. Write a short ticket summary."""),
(H, "calendar_no_pii", "none",
"""BEGIN:VEVENT
DTSTART:20270115T150000Z
SUMMARY:TTP enrollment center managers call
LOCATION:Teams
DESCRIPTION:Agenda: no-show rates, kiosk firmware, holiday staffing
END:VEVENT
turn into an agenda email"""),
(H, "famous_travellers", "none",
"""Trivia for the break room board: Amelia Earhart's last flight, Charles Lindbergh's transatlantic route, and Neil Armstrong's customs declaration after Apollo 11 (Honolulu, 1969). Write 3 fun facts."""),
(H, "tracking_numbers", "none",
"""Card mailings returned: USPS 9400 1112 0226 4471 8830 52, 9400 1112 0226 4471 8831 69; UPS 1Z 999 AA1 01 2345 6784. Which carrier should we escalate with?"""),
(H, "credit_card_test_numbers", "none",
"""Our payment-page QA uses the processor's documented test cards (the all-4s Visa test pattern, 'card ending 1111'). Write test cases for declined and expired cards without including any real numbers."""),
(H, "common_word_names", "none",
"""Survey free-text from travelers: 'Will the interview be quick?', 'Bill me later?', 'Can Sunny days affect kiosk cameras?', 'Is Summer a busy season?' Categorise the questions."""),
(H, "kiosk_ip_config", "none",
"""kiosk.yaml
site: JFK-T4
ntp: 10.14.2.1
camera_model: GX-400
upload_endpoint: https://goes-kiosk.example/api/v2
retry: 3
Why does it retry forever?"""),
(P, "ge_vetting_les_portion", "vietnamese",
"""[[CUI_MARKING:(U//LES)]] Applicant [[PERSON:Lương Thị Ngọc Diệp]] (PASSID [[KNOWN_TRAVELER_NUMBER:984772610]]) matches a TECS lookout record from 2017 (resolved).
[[CUI_MARKING:(U)]] Interview may proceed.
Is it ok to approve after the interview? draft the note""".replace("[[CUI_MARKING:(U)]]", "[[CLASSIFICATION_MARKING:(U)]]")),
(P, "github_fine_grained_pat", "none",
"""The GOES scheduling scraper (my side tool) uses this token and GitHub says it's expired:
GITHUB_PAT=[[GITHUB_TOKEN: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2RiZk]]
How do I set a longer expiry?"""),
(H, "classified_ads", "none",
"""I'm selling my old travel bag - write a classified ad for the neighbourhood list: 'Carry-on, TSA-friendly locks, like new, $40'."""),
]
