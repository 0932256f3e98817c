# Voice 7: DHS Office of Legislative Affairs - briefings for congressional staff, constituent cases passed on.
RECORDS = [
("positive", "briefing_rsvp_list", "scottish+ecuadorian+anglo", """Staff RSVPs for Thursday's Homeland Security committee staff briefing on the border technology budget. Please make a sign-in sheet alphabetical by last name.

- [[PERSON:Fiona MacLeod-Grant]] (majority, [[EMAIL_ADDRESS:fiona.macleodgrant@mail.house.example]])
- [[PERSON:Santiago Vinueza Andrade]] (minority, [[EMAIL_ADDRESS:santiago.vinueza@mail.house.example]])
- [[PERSON:Courtney Albrecht]] (personal office, [[EMAIL_ADDRESS:courtney.albrecht@mail.house.example]])
- [[PERSON:Jared Whitlock]] (CBO observer)"""),

("positive", "constituent_case_email", "yemeni", """From: [[PERSON:Ameera Saleh]] (caseworker, district office) <[[EMAIL_ADDRESS:ameera.saleh@mail.house.example]]>
To: OLA case liaison

Our constituent [[PERSON:Abdulwahab Nasser al-Hubaishi]], DOB [[DATE_OF_BIRTH:03/15/1977]], has been waiting on his wife's immigrant visa petition, receipt [[USCIS_RECEIPT_NUMBER:WAC2690073418]]. His privacy release is attached. He can be reached at [[PHONE_NUMBER:(313) 555-0187]] or at [[STREET_ADDRESS:6021 Chase Rd, Dearborn, MI 48126]]. Could you please ask USCIS for a status?

Thank you,
[[PERSON:Ameera]]"""),

("positive", "classified_briefing_logistics", "anglo", """Logistics note for the closed briefing - please turn into an email to the committee security office. Don't include the title line in the email:

[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]] briefing on foreign intelligence threats to ports of entry. Briefer: [[PERSON:Vanessa Thorburn]], I&A. Location: committee SCIF. Cleared staff only; security office needs clearances passed by 1200 Wednesday."""),

("positive", "chat_case_referral", "karen", """User: Caseworker sent us a case for a constituent who fled Burma, [[PERSON:Saw Eh Htoo Paw]], A-number [[A_NUMBER:A208443915]]. He says his wife [[PERSON:Naw Mu Paw Htoo]] is still in the camp in Thailand. Which component do I send this to?
Assistant: If it's a refugee follow-to-join petition, it usually goes to USCIS; processing overseas also involves the State Department, so you may need to send it to both liaison offices.
User: ok draft the routing note"""),

("positive", "case_tracker_tsv", "chaldean+senegalese+uzbek", """Constituent case tracker (tab separated), can you flag cases older than 60 days:

Office	Constituent	ID	Component	Received
District 11	[[PERSON:Nahrain Kasha Yousif]]	[[A_NUMBER:A216907342]]	ICE	2026-09-02
District 3	[[PERSON:Mame Diarra Sow]]	[[USCIS_RECEIPT_NUMBER:LIN2690551208]]	USCIS	2026-11-10
Senate - state	[[PERSON:Dilshod Rakhimov]]	[[I94_NUMBER:71849302651]]	CBP	2026-10-01"""),

("positive", "staffer_phone_list", "tibetan+argentine", """Updated Hill contacts for the appropriations season, put in a table:
Approps subcommittee clerk - [[PERSON:Tenzin Yangkyi]], [[PHONE_NUMBER:202-555-0141]]
Minority professional staff - [[PERSON:Martín Echeverría Lanusse]], [[PHONE_NUMBER:202-555-0152]]
Authorizers, border subcommittee - [[PERSON:Blake Henshaw]], [[PHONE_NUMBER:202-555-0106]]"""),

("positive", "constituent_voicemail", "bolivian", """VM passed on by a district office: "Hola, my name is [[PERSON:Yolanda Choque Mamani]], my son [[PERSON:Wilmer Quispe Choque]] was detained in El Paso, born [[DATE_OF_BIRTH:9 de noviembre de 2002]], please somebody call me, [[PHONE_NUMBER:915 555 0146]]" - write a reply for the district office with the detainee locator info and what we can and can't do."""),

("positive", "cui_qfr_draft", "anglo", """[[CUI_MARKING:CUI//SP-LEI]]
QFR response draft - Question 14 from the subcommittee. Smooth the prose, keep facts:
The referenced operation resulted in 31 arrests. One subject, [[PERSON:Clayton Moss Peretti]], remains a fugitive. Details of the investigative techniques cannot be provided in an unclassified setting.
[[CUI_MARKING:CUI//SP-LEI]]"""),

("positive", "lowercase_caseworker", "rohingya", """caseworker from a senate office called: constituent [[PERSON:mohammed yunus noor alam]], refugee, needs his travel document before his mom's surgery in malaysia, I-131 receipt [[USCIS_RECEIPT_NUMBER:IOE0926541187]]. caseworker number [[PHONE_NUMBER:202 555 0163]]. can we expedite or is that only USCIS"""),

("positive", "passport_constituent", "burmese_chinese", """District office forwarded this, need to know which component: constituent [[PERSON:Lin Thiri Aung]] says CBP took her US passport [[US_PASSPORT:A09817446]] at the airport for inspection and never returned it. Her contact is [[EMAIL_ADDRESS:linthiri.aung@postbox.example]]."""),

("positive", "briefing_memo_names", "anglo+greek", """Briefing memo cover: For the Assistant Secretary for Legislative Affairs. Meeting with committee staff director [[PERSON:Holly Brandt]] and senior counsel [[PERSON:Nikos Theodorakis]] on Dec 10, 1500, Rayburn 2237. Purpose: preview the reauthorization proposal. Please draft the 'background' paragraph."""),

("positive", "excel_paste_semicolon", "afghan_tajik+anglo", """paste from the shared spreadsheet of cases passed to ICE:
constituent;a_number;caseworker;caseworker_email
[[PERSON:Zarghuna Karimi]];[[A_NUMBER:A213658807]];[[PERSON:Lacey Pruett]];[[EMAIL_ADDRESS:lacey.pruett@mail.house.example]]
[[PERSON:Farid Ahmad Rahimi]];[[A_NUMBER:A214092216]];[[PERSON:Lacey Pruett]];[[EMAIL_ADDRESS:lacey.pruett@mail.house.example]]
how many per caseworker"""),

("positive", "cbp_ktn_case", "korean", """Senate state office says a constituent's Global Entry renewal was denied and he lost his KTN. Constituent: [[PERSON:Hwang Dong-wook]], KTN [[KNOWN_TRAVELER_NUMBER:984106257]], phone [[PHONE_NUMBER:678-555-0132]]. What can OLA say beyond 'we'll refer to CBP'?"""),

# evasions
("evasion", "anumber_words", "ecuadorian", """constituent [[PERSON:Byron Guamán Tenesaca]], his a number is [[A_NUMBER:A two one five, eight eight three, zero four six]] - I'm writing it out so the system takes it"""),

("evasion", "marking_lowercase_dots", None, """just pasting the briefing line without formatting: [[CLASSIFICATION_MARKING:S.E.C.R.E.T // N.O.F.O.R.N]] threat briefing for committee staff, 45 minutes, ports of entry. turn into an invite"""),

("evasion", "name_split_messages", "tibetan", """msg 1: constituent first name [[PERSON:Pema
msg 2: Wangmo Lhundup]] (i split it up), the receipt is pending at the NBC, she wants to know if her interview is scheduled"""),

# hard negatives
("hard_negative", "bill_numbers", None, """Summarize the status of H.R. 4821, S. 2290 and the House NDAA section 1093 as they affect DHS. Also, GAO-24-106321 is due for a hearing follow-up; what were its three recommendations in plain terms?"""),

("hard_negative", "historical_members", None, """For the OLA history panel in the lobby: short captions on Barbara Jordan's 1990s immigration commission, Senator Daniel Inouye's work on the 9/11 response funding, and the 2002 Homeland Security Act. 40 words each."""),

("hard_negative", "same_voice_tracker", None, """Constituent case tracker summary for the week: 41 new cases (USCIS 27, ICE 8, CBP 4, FEMA 2), 36 closed, 12 older than 60 days (9 USCIS). Average days to first response 6.2. Write it up for the Assistant Secretary."""),

("hard_negative", "room_numbers", None, """Rooms for the week: Monday Rayburn 2237, Tuesday Dirksen SD-342, Wednesday Hart SH-216, Thursday Capitol HVC-301 (SCIF). Please build a calendar table with the walking time between each."""),

("hard_negative", "privacy_release_template", None, """Proofread our privacy release template for district offices:
I, [FULL NAME], date of birth [MM/DD/YYYY], A-number [if any], authorize the Department of Homeland Security to release information about my case to the office of [MEMBER OF CONGRESS]. Signature ______ Date ______"""),

("hard_negative", "classified_in_prose", None, """A staffer asked whether the committee's classified annex on cyber funding will be shared with personal office staff without clearances. Write a two-line answer: no, only cleared committee staff in the SCIF; the unclassified summary is available."""),

("hard_negative", "kinship_stats", None, """Constituent cases by relationship of the requester to the applicant this quarter: spouse 38%, parent 22%, child 17%, sibling 11%, grandparent 4%, other 8%. Make a pie chart description."""),

("hard_negative", "secret_service_hearing", None, """Prep sheet line: the Secret Service Director testifies Feb 4 before House Oversight on protective operations; Q&A will cover the Butler review's open recommendations. Who in OLA owns the Secret Service portfolio this cycle?"""),

("hard_negative", "i94_shaped_order", None, """A staffer pasted this as the constituent's 'I-94 number': QX7RTN / UA 1187 / seat 23C. That's the airline booking reference and flight. Can you explain to the caseworker, kindly, where the traveler finds the actual I-94 on the CBP website?"""),
("hard_negative", "same_voice_rsvp", None, """Staff RSVPs for Thursday's committee staff briefing on the border technology budget: 6 majority, 5 minority, 3 personal-office staff, 1 CBO observer. Room holds 20. Please write the confirmation email to the committee clerk with the count and the room."""),
]
