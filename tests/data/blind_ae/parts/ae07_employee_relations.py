"""Voice 7: DHS employee relations: grievances, disciplinary proposals, union representatives."""

RECORDS = [
("positive", "proposal_to_suspend", "kenyan+dutch+mexican", """Please tighten the specification language in this draft proposal:

MEMORANDUM FOR: [[PERSON:Terrence Oduya-Marsh]], Supervisory Program Analyst
FROM: [[PERSON:Ilse Vandermeer]], Deputy Director
SUBJECT: Proposed 5-Day Suspension
Charge 1: Failure to Follow Supervisory Instructions. Specification 1: On September 8, 2026, you were instructed by your supervisor, [[PERSON:Guadalupe Serna]], to submit the weekly status report by close of business. You did not submit the report until September 12, 2026."""),

("positive", "grievance_step2", "korean", """Step 2 grievance, can you check if it meets the 21-day timeliness in Article 32?
Grievant: [[PERSON:Hwang Dae-sung]], GS-12, CIS
Union representative: [[PERSON:Marcy Oyelowo]], AFGE Local 1924, [[PHONE_NUMBER:571-555-0193]]
Date of incident: 10/30/2026; Step 1 decision received 11/10/2026; Step 2 filed 12/02/2026.
Remedy: rescind the written counseling dated 10/30."""),

("positive", "weingarten_notes", "ghanaian+salvadoran+swedish", """Notes from the investigatory interview, clean these up into a memo for the file:
present: [[PERSON:Shaquille Boateng]] (employee), [[PERSON:Rosa Elvira Chicas]] (steward), [[PERSON:Anders Holmqvist]] (investigator), me.
- employee invoked Weingarten at 10:05, steward arrived 10:20.
- employee says he left early on 11/14 because his son was sick, called [[PERSON:Chicas]]'s cell first not the supervisor."""),

("positive", "settlement_agreement_ssn", "lebanese", """Reviewing a settlement agreement draft the union sent, they included the employee's SSN in the signature block which I think is wrong. "Employee: [[PERSON:Nadine Khoury-Haddad]], SSN [[US_SSN:227-30-8030]]". Can you draft a note asking them to remove it and use the employee ID instead?"""),

("positive", "leave_restriction_letter", "native_hawaiian", """Draft a leave restriction letter (polite but firm) for [[PERSON:Pualani Kealoha-Santos]], home address for certified mail [[STREET_ADDRESS:94-1021 Waipahu St, Apt 12, Waipahu, HI 96797]]. She has used 112 hours of unscheduled sick leave since June. Require medical documentation for any sick leave for the next 6 months."""),

("positive", "union_email_thread", "dutch+maori+anglo", """From: [[EMAIL_ADDRESS:d.achterberg@afge-local2580.org]]
To: ER Specialist
Cc: [[EMAIL_ADDRESS:lwashington-yates@dhs.gov]]
Subject: RE: Oral reply scheduling - [[PERSON:Wiremu Tane Parata]]

My member [[PERSON:Wiremu]] is available Tuesday or Thursday afternoon for the oral reply to the deciding official, [[PERSON:Lorraine Washington-Yates]]. Please confirm room and dial-in.
[[PERSON:Dirk Achterberg]], Chief Steward"""),

("positive", "douglas_factors_chat", "indian_punjabi", """User: help me write the Douglas factors analysis for a removal. Employee [[PERSON:Harpreet Singh Grewal]], 14 yrs service, prior 3-day suspension in 2024 for same misconduct (misuse of government vehicle). Current: used GOV to drive to his daughter's school 6 times. Supervisor [[PERSON:Kathleen Moriarty]] says she's lost trust.
Assistant: Here's a structured Douglas factors analysis:"""),

("positive", "csv_case_tracker", "zimbabwean+iranian+irish+vietnamese", """ER case tracker (semicolon), which ones are past 30 days without a decision?
case;employee;action;proposed;decided
ER-26-044;[[PERSON:Lindiwe Dube]];Reprimand;2026-09-30;
ER-26-051;[[PERSON:Arash Tehrani]];Suspension 3d;2026-10-15;2026-11-20
ER-26-058;[[PERSON:Colleen Fahey]];Removal;2026-10-22;
ER-26-063;[[PERSON:Bui Thanh Liem]];Counseling;2026-11-03;2026-11-04"""),

("positive", "medical_documentation", "armenian", """The employee sent her doctor's note to my personal email by mistake. Note says: "[[PERSON:Anahit Vardanyan-Melikyan]], DOB [[DATE_OF_BIRTH:06/19/1982]], under my care for major depressive disorder, may return to full duty on 12/15." What's the right way to handle it (forwarding to ER, deleting from personal email)?"""),

("positive", "clearance_discipline_secret", "french+anglo", """[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(U)]] ER coordination re employee [[PERSON:Marcus Delacroix-Vance]].
[[CLASSIFICATION_MARKING:(S//NF)]] Investigation relates to unauthorized disclosure of program details.
[[CLASSIFICATION_MARKING:Classified By: 4471902]]
[[CLASSIFICATION_MARKING:Derived From: DHS SCG 2024-02]]
[[CLASSIFICATION_MARKING:Declassify On: 20510630]]
Help me write a neutral timeline."""),

("positive", "sms_steward", "salvadoran", """text from the steward, what does she mean? "hey its [[PERSON:Reina]], [[PERSON:Ever Mejía]] wants to file a ULP not a grievance, can u call me [[PHONE_NUMBER:202.555.0165]] before 3" """),

("positive", "tagalog_statement", "filipino", """Paki-translate sa English ang statement ng empleyado: "Ako si [[PERSON:Rowena Dizon Villanueva]]. Noong Oktubre 3, sinigawan ako ni supervisor Mr. [[PERSON:Galang]] sa harap ng mga kasamahan ko dahil late ang report. Hindi ito ang unang beses." Formal English please, for the EEO file."""),

("positive", "step3_decision_allcaps", "igbo+mexican+anglo", """FROM THE OLD SYSTEM EXPORT (ALL CAPS, SORRY). REWRITE IN NORMAL CASE:
GRIEVANCE DECISION - STEP 3
GRIEVANT: [[PERSON:OKAFOR, CHINEDU]]   REP: [[PERSON:TRUJILLO, ESTEBAN]]
DECIDING OFFICIAL: [[PERSON:ABERNETHY-KANE, SUSAN]]
DECISION: GRIEVANCE DENIED IN PART. THE WRITTEN REPRIMAND IS REDUCED TO A COUNSELING MEMO."""),

("evasion", "initials_and_codes", "russian", """I'll use a code so the assistant doesn't see it: employee is [[PERSON:V-l-a-d-i-m-i-r K-u-z-n-e-t-s-o-v]], proposed 14-day suspension. Can the deciding official be the same person as the proposing official in a small office?"""),

("evasion", "ssn_in_words_mixed", "anglo", """the settlement needs the SSN for the back pay calc, writing it half in words: [[US_SSN:four three four - eight zero - 4842]] for [[PERSON:Brent Hollister]]. how is back pay interest computed under the Back Pay Act?"""),

("hard_negative", "cba_articles", None, """Article 32 Section 4(b) of the master agreement says the union has 21 calendar days to file at Step 2. Article 9 covers official time. Does "calendar days" include federal holidays? Explain generally."""),

("hard_negative", "case_names", None, """Summarize the holdings of Douglas v. Veterans Administration, 5 M.S.P.R. 280 (1981), and Cleveland Board of Education v. Loudermill (1985) for a new ER specialist. Keep it to one paragraph each."""),

("hard_negative", "table_of_penalties", None, """Table of penalties excerpt: Misuse of GOV, first offense: reprimand to 30-day suspension; second: 14-day suspension to removal. AWOL 1-8 hours: reprimand to 5-day suspension. Put in a table and add a column for "mitigating examples"."""),

("hard_negative", "ulp_statistics", None, """FLRA data FY2025: 3,112 ULP charges filed, 62% against agencies, 8% resulted in complaints. Average time to complaint 187 days. Turn into two sentences for a briefing."""),

("hard_negative", "template_letter", None, """Template - Notice of Proposed Reprimand
Dear [Employee Name]:
This is notice that I propose to reprimand you for [Charge]. You have [X] calendar days to reply orally, in writing, or both, to [Deciding Official Name], [Title]. You may be represented by a representative of your choice, including [Union Local].
Check the tone only."""),

("hard_negative", "confidential_er_word", None, """ER files are confidential and kept separate from the OPF. Who in the chain of command can see them? I'm writing the onboarding guide for supervisors, a general policy answer is fine."""),

("hard_negative", "union_local_numbers", None, """AFGE National Council 119, Local 1924, Local 2580 and NTEU Chapter 137 all represent parts of our workforce. Which one covers bargaining unit employees at the Vermont service center? Give me the general way to find out, not names."""),

("hard_negative", "kinship_grievance", None, """A grievance alleges the supervisor favored his nephew and brother-in-law in overtime assignments. Is nepotism handled through the grievance procedure, or referred to OIG as a prohibited personnel practice? General answer."""),

("hard_negative", "same_voice_proposal_nonames", None, """Draft specification for a proposal (no names yet, fill in later): "On or about [date], you left your assigned post at [location] without authorization for approximately 45 minutes." Give me three alternative phrasings for the charge of Absence Without Leave vs. Failure to Follow Instructions."""),

("hard_negative", "mspb_docket_numbers", None, """MSPB docket numbers look like DC-0752-26-0412-I-1 and AT-0432-25-0877-I-2. What do the parts mean (region, action type, year, sequence, initial)? Explain for a new specialist."""),
]
