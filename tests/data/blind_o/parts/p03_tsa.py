# TSA screening and workforce voice
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("positive", "ssi_warning", None,
"Can you shorten this SOP paragraph for a huddle card? Keep the meaning.\n\n[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a \"need to know\", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]\n\nCheckpoint lanes 3-5 will switch to the alternate screening sequence when wait times exceed...")
add("hard_negative", "ssi_training", None,
"I'm building a new-hire quiz. Write 5 multiple-choice questions about what Sensitive Security Information is in general terms, who can see it, and why we don't post screening procedures on social media. Don't quote any actual SSI.")
add("positive", "ktn_pre", "korean",
"My PreCheck isn't showing on boarding passes, draft a note to the airline. Name on reservation [[PERSON:KIM JI-HOON]], KTN [[KNOWN_TRAVELER_NUMBER:TT19C4K72]], DOB [[DATE_OF_BIRTH:09/27/1984]]. Confirmation code HQ7X2P (that's the airline's).")
add("positive", "workforce_leave", "ethiopian",
"help me write a short leave request to my STSM: I need 3 days LWOP 12/18-12/20 for my brother's wedding in Addis. My name is [[PERSON:Tsegaye Alemu Bekele]], TSO at BWI Checkpoint C. Supervisor [[PERSON:Mulugeta Haile]].")
add("hard_negative", "equipment_serials", None,
"make a maintenance table: AIT unit SN PV-3187-22A (Lane 4) – calibration due 01/15; CT unit S/N CTX-99420-B (Lane 2) – firmware 4.11.2; ETD IONSCAN 600 #60011873 – swab counter reset. Airport code MCO, Checkpoint West.")
add("positive", "passenger_complaint", "arabic",
"Draft a reply to this passenger complaint, apologetic but factual:\n\n\"My name is [[PERSON:Hamza Al-Khatib]] and I was subjected to additional screening on 10/30 at DTW Gate A. I want an explanation. Reply to [[EMAIL_ADDRESS:hamza.alkhatib@example.com]] or [[PHONE_NUMBER:+1 313 555 0114]].\"")
add("hard_negative", "tsa_contact", None,
"Give me a friendly tweet reply pointing the traveler to AskTSA on X or Facebook Messenger, or the TSA Contact Center at 866-289-9673. Don't promise anything about their bag.")
add("positive", "discipline_memo", "italian",
"Proofread: 'On 11/4/2026 TSO [[PERSON:Gianluca Esposito]] failed to resolve an alarm at Lane 7. LTSO [[PERSON:Francesca De Luca]] observed and reported. This memo will be placed in [[PERSON:Mr. Esposito]]'s EPF.'".replace("[[PERSON:Mr. Esposito]]","Mr. [[PERSON:Esposito]]"))
add("hard_negative", "marking_words_english", None,
"rewrite for the break-room board: 'Top secret to great customer service: smile, make eye contact, and explain each step. Our confidential employee hotline is always open. Classified ads section returns next month!'")
add("positive", "badge_reissue", "chinese",
"Fill in the SIDA badge reissue email. Employee [[PERSON:Zhang Weihang]] ([[PERSON:张伟航]]), airline ramp agent, lost badge #44821. Contact [[EMAIL_ADDRESS:wm.zhang@skyramp-services.example]]. Employer POC [[PERSON:Liu Xiaotang]] at [[PHONE_NUMBER:206-555-0152]].")
add("hard_negative", "throughput_stats", None,
"Summarize: Nov 27 throughput 2,983,114 passengers, highest ever. 99.1% of PreCheck passengers waited under 10 min. 6,678 firearms intercepted YTD. Top airports: ATL, DFW, IAH.")
add("positive", "lowercase_shift_swap", "pakistani",
"can u word this better for the group chat: 'shift swap - ayesha rehmani is taking my sat 0400 open, i'm taking her tue close. approved by the lead. - imran'".replace("ayesha rehmani","[[PERSON:ayesha rehmani]]").replace("- imran'","- [[PERSON:imran]]'"))
add("positive", "tso_resume", "filipino",
"Improve my resume summary. [[PERSON:Maria Luzviminda \"Luz\" Santiago-Reyes]] | [[PHONE_NUMBER:(702) 555-0196]] | [[EMAIL_ADDRESS:luz.santiagoreyes@example.org]] | Henderson NV. 'Transportation Security Officer with 7 years at LAS, certified on CT and AIT, bilingual Tagalog.'")
add("hard_negative", "sop_placeholder", None,
"Fix the table alignment:\n| Role | Name | Phone |\n|---|---|---|\n| Checkpoint Lead | [NAME] | [PHONE] |\n| Bag Run Lead | TBD | ext. xxxx |\n| Coordination Center | (on call) | see roster |")
add("positive", "fouo_email", "anglo",
"Summarize this forwarded email in two lines:\n\n[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]\nFrom: FSD Office\nSubject: Holiday staffing model\nAll checkpoints will move to the peak staffing model starting 12/19. Contact [[PERSON:Bill Kessler]] with questions.")
