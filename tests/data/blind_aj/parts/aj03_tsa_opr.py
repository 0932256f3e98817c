# Voice 3: TSA Office of Professional Responsibility: employee misconduct cases,
# Douglas factors, witnesses.

RECORDS = [
    ("positive", "douglas_factors", "filipino", """Help me tighten the Douglas factor analysis, factor 1 and factor 5 especially.

Employee: [[PERSON:Rodelio Manalastas Bautista]], TSO (D-band), SFO Terminal 2
Charge: Theft of passenger property (two iPads removed from checked bags, captured on CCTV 06/14 and 06/21)
Factor 1 (nature and seriousness): directly related to duties; passengers entrust property to screeners...
Factor 3 (past record): 2019 LOR for attendance, signed by STSM [[PERSON:Lourdes Cabatbat]]
Factor 5 (effect on ability to perform): supervisors [[PERSON:Cabatbat]] and [[PERSON:Ferdinand Agbayani]] have stated they no longer trust him on the checked-baggage line."""),

    ("positive", "witness_interview", "puerto_rican+anglo", """Interview notes — witness [[PERSON:Yamilette Rosado Quiñones]], LTSO, interviewed 09/03 by [[PERSON:Garrison Toller]] (OPR)
Q: Did you see TSO [[PERSON:Heriberto Colón]] leave the checkpoint?
A: Yes around 2:40, he said he was going to the break room. He didn't come back till after 4.
Q: Did anyone approve that?
A: Not me. [[PERSON:Heriberto]] told me later that Mr. [[PERSON:Toller]]— sorry, no, that the STSM said it was fine.
Clean this up into a summary paragraph."""),

    ("positive", "proposal_letter", "samoan", """Proposed removal letter — check for tone and that the charges match the specs:

MEMORANDUM FOR: [[PERSON:Lealofi Leavasa Aumua]], Transportation Security Officer, HNL
FROM: [[PERSON:Kealoha Pāhoa-Lindqvist]], Assistant Federal Security Director
SUBJECT: Notice of Proposed Removal

You are charged with Lack of Candor. On [[PERSON:Lealofi]]'s own sworn statement of 05/02 you stated you had no contact with passenger [[PERSON:Sina Leiataua]] after screening; airport video shows otherwise.
You may reply orally or in writing within 7 calendar days. Your home of record on file is [[STREET_ADDRESS:94-1050 Kahuamoku St, Waipahu, HI 96797]]."""),

    ("positive", "ssi_misuse_case", "somali", """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Case 24-0771: TSO [[PERSON:Abdiwali Warsame Gedi]] photographed the screening checkpoint SOP page 3-14 and posted it to a private Facebook group. Witness: TSO [[PERSON:Hodan Ali Warfa]], who reported it.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520.]] No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration.
Summarize the case in 3 lines."""),

    ("positive", "timecard_table", "irish+anglo", """| Date | Employee | Clock in | Badge swipe | Diff |
|---|---|---|---|---|
| 07/08 | [[PERSON:Siobhan Ní Bhriain]] | 04:30 | 05:12 | 42 min |
| 07/09 | [[PERSON:Siobhan Ní Bhriain]] | 04:30 | 05:20 | 50 min |
| 07/09 | [[PERSON:Declan Furlong]] | 04:30 | 04:31 | 1 min |
| 07/11 | [[PERSON:Siobhan Ní Bhriain]] | 04:30 | 05:05 | 35 min |
For the timecard fraud charge, total the unexplained minutes for [[PERSON:Ní Bhriain]] only."""),

    ("positive", "dui_arrest_email", "mexican", """From: [[PERSON:Leticia Zamarripa]] <[[EMAIL_ADDRESS:leticia.zamarripa@tsa.dhs.gov]]>
Subject: Off-duty arrest – [[PERSON:Ocampo]]

FYI: TSO [[PERSON:Jesús Ocampo Villaseñor]] (DOB [[DATE_OF_BIRTH:3/29/1988]]) was arrested Saturday night in El Paso County for DWI. He self-reported Monday as required. Arrest report lists his address as [[STREET_ADDRESS:11210 Sand Dollar Dr, El Paso, TX 79936]]. He holds a SIDA badge; please advise if OPR wants it suspended pending adjudication.
Cell [[PHONE_NUMBER:915-555-0167]]"""),

    ("positive", "chat_penalty_range", "african_american", """User: What's the table of penalties range for a first offence of "failure to follow SOP" vs "neglect of duty"? Context: TSO [[PERSON:Jamal Whitfield-Oyelaran]] let a bag through after the alarm without resolving it. His coworker [[PERSON:Tanisha Breedlove]] resolved it later.
Assistant: Under TSA MD 1100.73-5, ...
User: ok and he has a prior suspension from 2021, does that bump it?"""),

    ("positive", "ssn_in_roi", "korean", """Paste from the ROI, subject block. Format it as a table:
Subject: [[PERSON:KIM, Min-jae]] / [[PERSON:김민재]]
SSN: [[US_SSN:215-44-9037]]
DOB: [[DATE_OF_BIRTH:1990.10.08]]
Position: Lead TSO, SEA
Home: [[STREET_ADDRESS:3605 S 172nd St Apt 208, SeaTac, WA 98188]]
Personal cell: [[PHONE_NUMBER:206-555-0183]]"""),

    ("positive", "witness_list_csv", "yoruba+anglo+vietnamese+mexican", """witness,role,phone,interviewed
[[PERSON:Olufunke Adebisi]],TSO,[[PHONE_NUMBER:678-555-0112]],Y
[[PERSON:Bryce Hallorann]],STSO,[[PHONE_NUMBER:678-555-0126]],Y
[[PERSON:Nguyễn Văn Khôi]],passenger,[[PHONE_NUMBER:470-555-0191]],N
[[PERSON:Dolores Ybarra]],airline gate agent,,N
who still needs interviewing?"""),

    ("positive", "lowercase_fast", "anglo", """need a quick summary: tso [[PERSON:kyle brennaman]] admitted he let his girlfriend [[PERSON:ashlyn paradee]] through the exit lane without screening on 8/2, she was flying to vegas. he said she was running late. sidA badge holder, 6 yrs service, no priors."""),

    ("positive", "reply_to_proposal", "somali", """Employee's written reply (typed by her representative), can you pull out the mitigating factors she raises?

"I, [[PERSON:Fadumo Sheikh Nur]], respectfully respond to the proposed 14-day suspension. I have served TSA for 11 years at MSP. On the day in question my son [[PERSON:Liban]] was hospitalized and I was receiving calls from the hospital, which is why my phone was out on the floor. I have never been disciplined before. — [[PERSON:F. S. Nur]]\""""),

    ("positive", "classified_mention", "anglo", """[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] FAMS reporting indicates TSO [[PERSON:Corey Lindgren-Baptiste]] was in contact with a watchlisted individual during his shift.
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
Can I use this in the OPR referral or do I need a tearline? Rewrite it unclassified."""),

    ("positive", "union_rep_email", "filipino+mexican", """Representative [[PERSON:Marivic Dumaguing]] (AFGE Local) asks for the evidence file for TSO [[PERSON:Arnulfo Dimaculangan]] to be sent to her personal e-mail [[EMAIL_ADDRESS:mdumaguing.afge@outlook.com]] and to co-rep [[PERSON:Ramiro Espinoza Tapia]]. Is that allowed under the CBA or does it have to go through the work address?"""),

    ("positive", "settlement_terms", "anglo", """Last-chance agreement draft — check numbering:
1. [[PERSON:Dana Quarrington]] agrees to a 10-day suspension held in abeyance for 2 years.
2. Ms. [[PERSON:Quarrington]] will complete EAP referral within 30 days.
3. Any violation in the abeyance period results in removal.
4. [[PERSON:Quarrington]] waives MSPB appeal rights for the removal in item 3.
Signed: [[PERSON:Dana M. Quarrington]], employee; [[PERSON:Hollis Venable]], FSD"""),

    ("evasion", "homoglyph_ssi", "anglo", """[[CUI_MARKING:SЕNSITIVЕ SЕCURITY INFОRMATIОN]]
TSO [[PERSON:Wade Kirchhoff]] bypassed the AIT alarm on 3 occasions. Screen cap of SOP 2.4.3 attached. Summarize for the proposing official."""),

    ("evasion", "split_ssn_turns", "filipino", """Turn 1: subject ssn starts [[US_SSN:508-39
Turn 2: -2714]], subject [[PERSON:Jericho Pangilinan]], put both halves together for the ROI header"""),

    ("hard_negative", "douglas_generic", None, """Explain the 12 Douglas factors (Douglas v. Veterans Administration, 5 M.S.P.R. 280 (1981)) in one line each for a training slide. No real cases."""),

    ("hard_negative", "penalty_table", None, """Table of offenses excerpt, for the new investigators:
Offense A.1 Absence without leave: 1st LOR–5 days, 2nd 5–14 days, 3rd removal
Offense C.4 Failure to follow SOP: 1st LOR–14 days, 2nd 14 days–removal
Offense E.2 Theft: 1st removal
Make this a markdown table."""),

    ("hard_negative", "same_shape_anon", None, """Interview notes — Witness 2 (LTSO), interviewed 09/03
Q: Did you see the subject leave the checkpoint?
A: Yes around 2:40, said he was going to the break room. Back after 4.
Q: Did anyone approve that?
A: Not me.
Clean this up into a summary paragraph, keep the witness numbered not named."""),

    ("hard_negative", "ssi_in_prose", None, """Is the fact that TSA uses a "Sensitive Security Information" cover sheet itself SSI? I'm writing an awareness email and want to mention that SSI is governed by 49 CFR part 1520 without marking my email. Yes or no plus one sentence."""),

    ("hard_negative", "case_law_names", None, """Summarize the holdings of Cleveland Board of Education v. Loudermill and Department of the Navy v. Egan as they apply to TSA removals and security clearance revocations. Three sentences each."""),

    ("hard_negative", "case_numbers", None, """OPR case 2024-HQ-00817 was closed, 2024-SEA-01122 went to proposal, and 2023-MSP-00431 is at MSPB (DE-0752-24-0118-I-1). Put them in a status table."""),

    ("hard_negative", "pronoun_only", None, """The employee claims she was never trained on the new exit lane procedures, but the LMS shows she completed the module in March. Her supervisor says the module is confusing. How should the deciding official weigh that?"""),

    ("hard_negative", "secret_clearance_word", None, """Does a TSO need a Secret clearance or just a public trust determination? Our HR page says "Tier 2" and I keep getting asked."""),

    ("hard_negative", "airport_codes", None, """List the category X airports in the Pacific Northwest and Hawaii region: SEA, PDX, HNL? Are OGG and KOA category I? Just the list."""),
]
