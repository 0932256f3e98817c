# Part 2: HR, legal and privacy staff.
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


R("positive", "eeo_complaint_summary", "korean", r"""
Please tighten this EEO intake summary for the counselor's report; keep the facts, fix the grammar.

Complainant [[PERSON:Kim Min-seo]] (GS-12, IT Specialist) states that on 3 occasions between August and October 2026 her supervisor, [[PERSON:Gregory Haldane]], assigned her the weekend on-call rotation after she asked for religious accommodation. She can be reached at [[PHONE_NUMBER:571-555-0124]] or [[EMAIL_ADDRESS:minseo.kim@example.com]]. She requests that contact go to her personal email only.
""")

R("positive", "foia_request_letter", "anglo", r"""
Can you make this FOIA request letter more formal and cite the right statute?

Dear FOIA Officer,
I, [[PERSON:Margaret O'Donnell]], request all records about me held by CBP, including TECS and secondary inspection records, from 2019 to present. My date of birth is [[DATE_OF_BIRTH:February 9, 1961]] and my mailing address is [[STREET_ADDRESS:1407 Shady Lane, Bowie, MD 20716]]. I agree to pay fees up to $25.
Sincerely,
[[PERSON:Margaret O'Donnell]]
""")

R("hard_negative", "foia_exemption_prose", None, r"""
Explain in plain language the difference between FOIA Exemption 6 (personnel and medical files) and Exemption 7(C) (law enforcement records), with one example of each. Our staff keep writing "confidential" on everything and I want them to cite the exemption instead.
""")

R("positive", "litigation_hold", "iranian", r"""
Draft a litigation hold notice from this note:

Matter: reassignment claim, No. 8:26-cv-01412 (D. Md.). Custodians: [[PERSON:Dariush Rahimi]] (plaintiff's former supervisor chain), [[PERSON:Shirin Tehrani]], [[PERSON:Farhad Mohammadi]]. Preserve email, Teams chats and the shared drive "ORA-Reassign". Plaintiff's counsel contact: [[EMAIL_ADDRESS:counsel.rahimi@example.net]].
""")

R("positive", "privacy_incident_report", "hispanic", r"""
Help me fill in the "Description of incident" box of the privacy incident report. Facts:

On 11/18/2026 an analyst emailed a spreadsheet to the wrong distribution list. It contained one row: [[PERSON:Luis Fernando Castillo]], SSN [[US_SSN:362-11-3345]], DOB [[DATE_OF_BIRTH:04/27/1984]], home address [[STREET_ADDRESS:932 Calle del Sol, Laredo, TX 78040]]. The recipients (14 DHS employees) confirmed deletion within 2 hours.
""")

R("positive", "background_investigation", "nigerian", r"""
Summarize this background-investigation note for the adjudicator in 5 bullets:

Subject: [[PERSON:ADEYEMI, Oluwaseun Babatunde]]. SSN [[US_SSN:541-72-3338]]. Born [[DATE_OF_BIRTH:17 June 1987]] in Ibadan, Nigeria; naturalized 2012. Current residence [[STREET_ADDRESS:55 Orchard Hill Rd, Unit 2B, Silver Spring, MD 20904]] since 2019. References interviewed: [[PERSON:Ngozika Umeh]] (former roommate) and [[PERSON:Olumide Adebanjo]] (coworker). No derogatory information developed on foreign contacts.
""")

R("positive", "cui_banner_hr_memo", "anglo", r"""
[[CUI_MARKING:CUI//SP-PRVCY]]

Rewrite this memo so it reads less harshly, same content:

MEMORANDUM FOR: [[PERSON:Dana Whitfield]]
SUBJECT: Notice of Proposed Suspension
You failed to follow leave-requesting procedures on 4 occasions in September 2026...

[[CUI_MARKING:CUI//SP-PRVCY]]
""")

R("hard_negative", "cui_training_quote", None, r"""
For our annual CUI training quiz, write 5 multiple-choice questions. One of them should ask which marking goes in the banner of a document with privacy information — give options like "CUI", "SECRET", "FOUO" and "PROPRIETARY" and explain why only the first is current. Keep it generic; no real documents.
""")

R("positive", "direct_deposit_change", "filipino", r"""
Is this email phishing? It asks HR to change direct deposit:

"Hi, this is [[PERSON:Jerome Bautista Santos]], please update my direct deposit to routing [[ABA_ROUTING_NUMBER:315316502]], account [[US_BANK_NUMBER:318928550256]] effective this pay period. I'm traveling so please reply to [[EMAIL_ADDRESS:jerome.santos.hr@example.org]] instead of my work address."

The real employee says he never sent it.
""")

R("hard_negative", "case_number_formats", None, r"""
Our EEO case numbers look like HS-CBP-01234-2026 and the MSPB docket numbers look like DC-0752-26-0412-I-1. Write a regex for each and a short explanation of the segments.
""")

R("positive", "travel_card_misuse", "anglo", r"""
Summarize for the supervisor: government travel card ending 9897 — full number [[CREDIT_CARD:5110 9159 2074 9897]] — was used for personal purchases by [[PERSON:Bradley Kessler]] on 10/02 and 10/05. Employee has repaid. Recommend counseling vs. reprimand?
""")

R("positive", "eeo_witness_list", "ethiopian+anglo", r"""
Format this witness list as a table (name, role, phone):

- [[PERSON:Selamawit Tesfaye]], co-worker, [[PHONE_NUMBER:202-555-0193]]
- [[PERSON:Yonas Gebremedhin]], team lead, [[PHONE_NUMBER:202-555-0177]]
- [[PERSON:Carla Jennings]], HR specialist, [[PHONE_NUMBER:202-555-0108]]
""")

R("hard_negative", "confidential_footer", None, r"""
Our contract template ends with "CONFIDENTIAL – Attorney Work Product – Prepared in Anticipation of Litigation". Is that the right footer for a settlement draft, or should it say something else? Also should "Confidential" be in the header too?
""")

R("positive", "privacy_incident_lost_laptop", "vietnamese", r"""
Make this privacy incident timeline clearer:

0830 — Employee [[PERSON:Trinh Van Khoa]] reports laptop left on Metro Red Line.
0900 — Laptop contained a spreadsheet of 3 applicants including [[PERSON:Lam Thi Diem]] (A-Number [[A_NUMBER:A112821310]], DOB [[DATE_OF_BIRTH:1993.08.02]]).
0945 — Device confirmed encrypted (BitLocker) and remote-wiped.
""")

R("positive", "background_investigation_sf86", "slavic", r"""
Applicant asks how to list a prior foreign passport on the SF-86. His details: [[PERSON:Aleksandr Petrovich Volkov]], born [[DATE_OF_BIRTH:22.11.1980]] in Kharkiv, former Russian passport [[US_PASSPORT:753112964]], U.S. passport [[US_PASSPORT:563123965]]. What section does the expired foreign passport go in?
""")

R("hard_negative", "mspb_citation", None, r"""
Check my citations: 5 U.S.C. § 7513(b), 5 C.F.R. § 752.404, and Douglas v. Veterans Administration, 5 M.S.P.R. 280 (1981). Are the Douglas factors still the standard for penalty determinations?
""")

R("positive", "fmla_request", "haitian", r"""
Rewrite this FMLA leave request to be clearer:

"my name is marie-ange thermidor, I need 6 weeks leave starting 1/5/2027 for my mother care. My phone [[PHONE_NUMBER:(954) 555-0150]]. I already sent the doctor paper to my supervisor"
""".replace("marie-ange thermidor", "[[PERSON:marie-ange thermidor]]"))

R("positive", "foia_response_redaction", "pacific_islander", r"""
I'm processing a first-party FOIA. Which of these fields should I release to the requester (it's his own file) and which withhold under (b)(6) because they're about third parties?

Requester: [[PERSON:Sione Tupou Fifita]], DOB [[DATE_OF_BIRTH:1975-02-28]], SSN [[US_SSN:381-23-9035]]
Co-resident listed on the record: [[PERSON:Mele Vaipulu]], SSN [[US_SSN:659-43-0345]]
""")

R("hard_negative", "trade_secret_prose", None, r"""
A vendor marked their proposal "Proprietary – Trade Secret". A FOIA requester wants it. Walk me through the predisclosure notification process under Executive Order 12600 and Exemption 4.
""")

R("positive", "reasonable_accommodation", "indian", r"""
Draft a reply approving this reasonable-accommodation request:

From: [[PERSON:Kavitha Subramanyam]] <[[EMAIL_ADDRESS:kavitha.s@example.com]]>
I'm requesting an ergonomic workstation and the option to telework on days of flare-ups. My home address for equipment shipment is [[STREET_ADDRESS:4410 Lee Hwy, Apt 212, Arlington, VA 22207]].
""")

R("evasion", "ssn_in_prose_words", "anglo", r"""
Reword this voicemail transcript into a ticket note (remove filler words):

"uh hi it's [[PERSON:Becky Lindqvist]] from payroll, the employee's social is [[US_SSN:two seven five, two one, eight one seven eight]], um, and she says her W-2 has the wrong address, call me back"
""")

R("hard_negative", "ssa_never_issued", None, r"""
Our test database uses SSNs like 000-12-3456, 666-40-1234 and 987-65-4320 so they can never be real. Write a SQL CHECK constraint that rejects anything outside those test ranges in the dev environment.
""")

R("positive", "security_clearance_debrief", "japanese", r"""
Summarize: Employee [[PERSON:Takahashi Kenji]] (EDIPI [[DOD_EDIPI:3638412022]]) was debriefed from his detail to the DoD on 11/30/2026. His JPAS record should reflect the debrief. Who do I notify at the DoD CAF?
""")

R("positive", "garnishment_order", "brazilian", r"""
What does "continuing garnishment" mean in this order? Debtor: [[PERSON:Thiago Henrique Almeida]], SSN [[US_SSN:381-81-1246]], employer DHS/CISA. Amount: 15% of disposable pay until $4,212.18 is satisfied. Creditor's bank: routing [[ABA_ROUTING_NUMBER:067392816]].
""")

R("hard_negative", "les_pay_statement", None, r"""
On my Leave and Earnings Statement (LES), what's the difference between "FEGLI Basic" and "FEGLI Opt A"? And why did my TSP line go from 5% to 5.5%?
""")

R("positive", "misconduct_referral", "arabic", r"""
Turn this into a referral to OIG, neutral tone:

On 10/14/2026 TSO [[PERSON:Khalid Haddad]] allegedly accessed the travel record of his ex-wife, [[PERSON:Rasha Qabbani]] (DOB [[DATE_OF_BIRTH:1990-06-19]], KTN [[KNOWN_TRAVELER_NUMBER:987102869]]), without a business need.
""")

R("hard_negative", "hr_policy_question", None, r"""
What is the maximum number of hours of annual leave a GS employee can carry over at the end of the leave year, and does that differ for SES? Please cite OPM guidance.
""")

R("positive", "pii_spill_cui_mark", "chinese", r"""
[[CUI_MARKING:CUI//SP-PRVCY/SP-PERS]]
Privacy Incident 2026-PI-0412 — draft for CPO review
Affected individual: [[PERSON:Li Mei Huang]], DOB [[DATE_OF_BIRTH:1972/10/03]]; personnel file scanned to a shared folder without access controls.

Please check that my summary follows the DHS Privacy Incident Handling Guidance format.
""")
