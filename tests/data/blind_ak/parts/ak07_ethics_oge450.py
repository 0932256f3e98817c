# Voice 7: a DHS ethics office: confidential financial disclosure (OGE Form 450), gifts, outside activities.
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "oge450_review_note", "nigerian+anglo", """Reviewer note – OGE 450, filer [[PERSON:Olumide Fashola-Grant]] (GS-14, contracting officer)
Part I: spouse [[PERSON:Hannah Fashola-Grant]] holds 400 sh. of a defense IT contractor (value $15,001–$50,000). Filer's office awards task orders to that company's competitor, not the company itself — still, recommend a disqualification memo.
Part III: outside position – treasurer, Ìmọ́lẹ̀ Yoruba Cultural Association (unpaid).
Filer contact: [[PHONE_NUMBER:202-555-0172]]"""),

(P, "gift_question_email", "korean", """Hi Ethics,

A vendor I met at a conference, [[PERSON:Jae-sung Yoon]], sent me a bottle of wine (~$45) and a card to my home, [[STREET_ADDRESS:7714 Kittiwake Ln, Springfield, VA 22153]]. I didn't ask for it. Can I keep it under the $20/$50 rule or do I have to return it? If I return it I'd need his address, which is on the card.

Thanks,
[[PERSON:Eun-ji Park]]"""),

(P, "outside_activity_request", "indian", """OUTSIDE EMPLOYMENT/ACTIVITY REQUEST (draft, please improve the wording)
Employee: [[PERSON:Ramakrishnan Iyer]], Program Analyst, S&T
Activity: paid weekend Carnatic violin teaching, ~6 students, $40/hr, at home
Any relationship to official duties: none
Supervisor: [[PERSON:Deborah Lindqvist]]
Employee phone: [[PHONE_NUMBER:(571) 555-0141]]"""),

(P, "chat_spouse_job", "mexican+anglo", """User: my OGE 450 reviewer says I need to list my wife's salary source but not the amount? she works for a county hospital. her name is [[PERSON:Araceli Montemayor-Finch]], do I put her name on the form?
Assistant: On the OGE Form 450 you report the source of your spouse's earned income over $1,000 but not the amount...
User: ok and my own name on the form is [[PERSON:Trevor Finch]], position is supervisory IT specialist, do I need to list my TSP?"""),

(P, "brokerage_account_block", "chinese", """I'm filling in Part I of the 450. My brokerage statement (account [[US_BANK_NUMBER:6083-1172-5409]]) has these holdings: VTSAX, a Chinese tech ADR, and 200 shares of a defense contractor. Login for the brokerage if the reviewer wants to see it: lin.wei.1979 / [[PASSWORD:SPhrYMm6%MmXS7yOaY]]. Which of these are excepted investment funds? — [[PERSON:Lin Wei]]"""),

(P, "disqualification_memo", "ethiopian", """MEMORANDUM FOR: [[PERSON:Getachew Wolde-Tsadik]], Contracting Officer
FROM: Deputy Ethics Official
SUBJECT: Recusal – spouse's employment
Your spouse, [[PERSON:Mahlet Tsegaye]], is employed by a firm that is a subcontractor on contract 70RSAT26C00000112. You must not participate personally and substantially in any matter... 
Please review the memo for tone."""),

(P, "gift_log_tsv", "arab+japanese", """date	employee	donor	item	value	disposition
03/11	[[PERSON:Layla Khoury-Saab]]	Embassy of Japan	tea set	$95	accepted on behalf of agency
03/19	[[PERSON:Kenji Hanazono]]	conference org	speaker fee	$500	declined
04/02	[[PERSON:Layla Khoury-Saab]]	trade association	dinner	$120	paid own way
make this a quarterly gift report paragraph"""),

(P, "ethics_hotline_voicemail", "dominican", """Voicemail, ethics advice line: "Hola, good morning, my name is [[PERSON:Yokasta Almonte de la Cruz]], I work at ICE in Newark, I want to know if I can sell Avon products to my coworkers, I mean on break, not at my desk. Please call me [[PHONE_NUMBER:973-555-0126]]." 
Draft a callback script."""),

(P, "annual_filing_reminder", "polish+lebanese", """Subject: OGE 450 due Feb 15 — you're on the list
[[PERSON:Krzysztof Zieliński]], [[PERSON:Rania Aboud]], [[PERSON:Zofia Lis]]: our records show your annual 450 hasn't been started in FDonline. If you were on extended leave, reply with your return date.
— [[PERSON:Marcus Treadwell]], Ethics Program Specialist, [[EMAIL_ADDRESS:marcus.treadwell@hq.dhs.example.gov]]"""),

(P, "travel_payment", "anglo", """Non-federal source travel payment (31 U.S.C. 1353) request for [[PERSON:Cynthia Abernathy-Lowe]] to speak at a university symposium. The university wants her DOB ([[DATE_OF_BIRTH:1972-10-30]]) and home address ([[STREET_ADDRESS:92 Larkspur Ct, Frederick, MD 21702]]) for the airline booking. Is it OK for our office to send that or should she send it herself?"""),

(P, "teaching_writing_caps", "serbian", """URGENT — [[PERSON:DRAGAN MILOVANOVIĆ]] WANTS TO PUBLISH A BOOK ABOUT HIS 20 YEARS AT CBP. MANUSCRIPT MENTIONS CASES. HE ASKED IF HE CAN USE HIS TITLE ON THE COVER. ALSO HIS CO-AUTHOR IS HIS DAUGHTER [[PERSON:JELENA MILOVANOVIĆ]]. WHAT DO I TELL HIM"""),

(P, "spouse_business_json", "thai", """{"filer":"[[PERSON:Somkiat Rattanakorn]]","form":"OGE-450","year":2026,
 "spouseIncome":[{"source":"Siam Orchid Thai Kitchen LLC (owner)","type":"business income"}],
 "spouseName":"[[PERSON:Pimchanok Rattanakorn]]",
 "assets":[{"name":"Siam Orchid Thai Kitchen LLC","value":"$100,001-$250,000"}]}
does a restaurant owned by the spouse create any conflict for a TSA inspector?"""),

(P, "dob_for_fdonline", "filipino", """FDonline won't let me add a new filer without a date of birth. New filer: [[PERSON:Ma. Cristina Lagman-Ocampo]], born [[DATE_OF_BIRTH:April 9th, 1985]], GS-13, grants management. Is DOB really required? Never asked before."""),

(E, "account_letters", "chinese", "brokerage acct for the 450 reviewer, in words: [[US_BANK_NUMBER:six zero eight three one one seven two five four zero nine]] — owner [[PERSON:Lin Wei]], just need it formatted"),
(E, "name_reversed", "anglo", "filer name backwards so the bot doesn't scrub: [[PERSON:nosbboD ahsraM]] — she's the one with the spouse at the consulting firm, draft the recusal reminder"),
(E, "pw_hint", "anglo", "FDonline password for the shared ethics inbox is the name of our old building plus the year with an @ — i.e. [[PASSWORD:N3br@sk@Av3-2026]] but written leet so you don't freak out. just tell me if it meets the rules"),

(H, "regulation_explainer", None, """Explain 5 CFR 2635.204(a): the $20 per occasion / $50 per year de minimis gift exception. Does it apply to a gift card? (I think not — cash equivalents are excluded.) Two short paragraphs."""),
(H, "confidential_form_name", None, """Is the OGE Form 450 "Confidential Financial Disclosure Report" itself confidential — can a filer's supervisor see it? And how long do we keep them: six years? Please cite the regulation section generally."""),
(H, "same_voice_no_pii_review", None, """Reviewer note – OGE 450, template comments for common issues:
Part I: list each asset worth more than $1,000 or producing more than $200 in income.
Part II: report liabilities over $10,000 (mortgage on personal residence excluded).
Part III: outside positions, paid or unpaid.
Part V: gifts and travel reimbursements over the threshold.
Make this a checklist."""),
(H, "stock_tickers", None, """Which of these are diversified mutual funds that the filer doesn't need to list? VTSAX, FXAIX, SWPPX, a sector ETF (XLK), and a defense ETF (ITA). My understanding: sector funds are not excepted."""),
(H, "historical_figure", None, """For the ethics training opener: George Washington's Rules of Civility, or Lincoln's "Honest Abe" reputation — which makes a better 30-second hook about integrity in public service? Draft both."""),
(H, "contract_numbers", None, """The recusal screen list: contracts 70RSAT26C00000112, 70CMSD25C00000047, HSHQDC-17-D-00031; vendors are identified by UEI only (e.g. J7M9HPTGJ1S9). Can you format the screen list as a table?"""),
(H, "hatch_act", None, """Can a DHS employee put a campaign sign in their own yard? Wear a candidate T-shirt on telework video calls? I need the Hatch Act answer for "less restricted" employees, with examples."""),
(H, "secret_santa", None, """The office wants a Secret Santa with a $25 limit. Is that okay under the gift rules between employees (5 CFR 2635.302)? Supervisor included. Nobody has to participate."""),
(H, "placeholders_form", None, """Form letter: "Dear <Filer Name>, your OGE Form 450 for calendar year <YYYY> has been certified by <Reviewer>." — how do I mail-merge this from the FDonline export (columns FilerLast, FilerFirst, Reviewer)?"""),
(H, "amounts_only", None, """Value categories on the 450 don't exist (unlike the 278e) — filers don't report amounts. But a filer wrote "$15,001–$50,000" for a stock and "approx. $212,400" for her 401(k). Should I ask her to remove the amounts?"""),
]
