# Voice 7: FEMA continuity of operations - relocation-site staffing rosters, alert-roster drills, devolution.
RECORDS = [
("positive", "alert_roster", "anglo+igbo+tamil+romanian+african_american+lakota",
"""Quarterly alert-roster drill results - who didn't acknowledge within 2 hours? Then draft a reminder to them.

name | personal cell | ack time
[[PERSON:Gwendolyn Ashby-Nwosu]] | [[PHONE_NUMBER:540-555-0181]] | 00:42
[[PERSON:Rakesh Iyer]] | [[PHONE_NUMBER:540-555-0171]] | no ack
[[PERSON:Teodora Popescu]] | [[PHONE_NUMBER:571-555-0163]] | 01:57
[[PERSON:Malik Dawson]] | [[PHONE_NUMBER:703-555-0190]] | no ack
[[PERSON:Chayton Redcloud]] | [[PHONE_NUMBER:304-555-0112]] | 02:31"""),

("positive", "relocation_roster_classified", "anglo+igbo+mexican",
"""[[CLASSIFICATION_MARKING:SECRET//NOFORN]]

Emergency Relocation Group - Team B deployment roster (reformat by arrival time)
[[CLASSIFICATION_MARKING:(S//NF)]] Relocation site: [site per Annex K]
[[CLASSIFICATION_MARKING:(U)]] [[PERSON:Howard Pennington]] - ESF lead - arrives H+4
[[CLASSIFICATION_MARKING:(U)]] [[PERSON:Ngozi Eze-Hamilton]] - IT - arrives H+6
[[CLASSIFICATION_MARKING:(U)]] [[PERSON:Sergio Badillo]] - logistics - arrives H+3

[[CLASSIFICATION_MARKING:Classified By: Director, Office of National Continuity Programs]]
[[CLASSIFICATION_MARKING:Derived From: FEMA SCG 2023-01]]
[[CLASSIFICATION_MARKING:Declassify On: 20501231]]
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""),

("positive", "drill_after_action", "anglo",
"""Help me write the after-action summary for the COOP drill:
- notification went out 0614 via the mass-notification system, 83% ack within 2 hrs (goal 90%)
- [[PERSON:Janice Holcomb]] couldn't badge in at the relocation site -- PIV expired
- [[PERSON:Walt Kerrigan]]'s personal cell on file was disconnected; correct number is [[PHONE_NUMBER:(301) 555-0154]]
- generator test passed; SATCOM link took 41 min to establish"""),

("positive", "fouo_contact_list", "italian+hispanic",
"""[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Region III Devolution POCs - make this into a vCard-friendly CSV
[[PERSON:Anthony Ricciardi]], Continuity Manager, [[PHONE_NUMBER:215-555-0137]], home [[STREET_ADDRESS:18 Cresson Ln, Media, PA 19063]]
[[PERSON:Yesenia Ortega-Blum]], Deputy, [[PHONE_NUMBER:215-555-0165]], home [[STREET_ADDRESS:744 Wister St, Apt 2, Philadelphia, PA 19144]]
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]"""),

("positive", "notification_api_config", None,
"""Our mass-notification integration stopped sending SMS after the cert rotation. Config:

notifier:
  provider: everbridge
  org_id: 892301744
  api_user: coop-drill-svc
  api_password: [[PASSWORD:v9#LmQ2z!Tr8xWc4]]
  sms_sender: "FEMA-COOP"
  retry: 3
What else could cause 401s?"""),

("positive", "hotel_block", "colombian+russian+ghanaian",
"""Need a hotel rooming list for the relocation exercise, 2 nights, Martinsburg WV. Names and home addresses for billing:
[[PERSON:Lorena Quiñónez]] - [[STREET_ADDRESS:5809 Ridge Rd, Frederick, MD 21702]]
[[PERSON:Dmitri Zhuravlyov]] - [[STREET_ADDRESS:1211 N Quincy St, Arlington, VA 22201]]
[[PERSON:Beatrice Amankwah]] - [[STREET_ADDRESS:33 Farragut Sq NW Apt 1102, Washington, DC 20006]]"""),

("positive", "orders_of_succession", "louisiana_creole+kenyan+irish+sierra_leonean",
"""[[CUI_MARKING:CUI]]
Can you check that this succession list is consistent with the delegation memo?
1. Regional Administrator - [[PERSON:Cheryl Baptiste]]
2. Deputy RA - [[PERSON:Ferdinand Mwangi]]
3. Mission Support Division Director - [[PERSON:Kathleen O'Rourke]]
4. Response Division Director - [[PERSON:Ibrahim Sesay]]
Devolution: Region V staff assume essential functions if Region III is incapacitated >12 hrs."""),

("positive", "telework_eligibility_email", "korean+anglo",
"""From: [[PERSON:Ji-ho Park]] <[[EMAIL_ADDRESS:jiho.park@fema.dhs.gov]]>
To: COOP program office
Re: ERG designation
I was designated ERG member but I'm 7 months pregnant and my OB, Dr. [[PERSON:Wainwright]], advises against travel after 32 weeks. Can I be swapped to telework-only for the Q1 drill? Cell [[PHONE_NUMBER:571-555-0108]].

-- pls draft a supportive reply"""),

("positive", "exercise_msel", "swedish+jordanian+navajo",
"""Master scenario events list for the TTX, can you add a column "expected player action"?
MSEL 004 | 09:15 | Inject: [[PERSON:Paula Strand]] (controller) calls [[PERSON:Omar Haddadin]] (player) to report HQ evacuation
MSEL 005 | 09:40 | Inject: email from "facility manager" re: water main break
MSEL 006 | 10:05 | Inject: [[PERSON:Paula Strand]] texts relocation site POC [[PERSON:Lyle Benally]] at [[PHONE_NUMBER:540-555-0146]]"""),

("positive", "secret_portion_email", "anglo",
"""[[CLASSIFICATION_MARKING:CONFIDENTIAL]]
Subject: [[CLASSIFICATION_MARKING:(C)]] Relocation site power upgrade schedule
[[CLASSIFICATION_MARKING:(C)]] The alternate site will be on generator from 0200-0600 Saturday. [[PERSON:Greg Tillotson]] will be the site lead.
Can you make this sound less alarming for the all-hands?
[[CLASSIFICATION_MARKING:CONFIDENTIAL]]"""),

("positive", "vpn_token", None,
"""Laptop at the relocation site won't connect to the continuity VPN. The setup sheet says:
vpn server: alt-site-vpn.fema.example
group: COOP-ERG
shared secret: [[PASSWORD:Kz8pWq2#nRt6Lb]]
Is it the shared secret or the cert?"""),

("positive", "family_emergency_plan", "haitian+anglo",
"""Employee asked for help with the family-readiness form we give ERG members. Fill it into a neat one-pager:
Employee: [[PERSON:Marie-Claude Chérestal]]
Spouse: [[PERSON:Frantz Chérestal]], [[PHONE_NUMBER:(240) 555-0175]]
Kids: [[PERSON:Guerline]] (9), [[PERSON:Stevenson]] (6), school pickup backup: neighbor [[PERSON:Carol Ennis]]
Out-of-area contact: sister in Montreal, [[PHONE_NUMBER:+1 514 555 0139]]
Meeting place: [[STREET_ADDRESS:2101 Bel Pre Rd, Silver Spring, MD 20906]] (church parking lot)"""),

("positive", "roster_sql_fail", "yoruba",
"""why does this fail on the alert roster DB?
UPDATE erg_members SET cell='[[PHONE_NUMBER:202-555-0199]]', email='[[EMAIL_ADDRESS:r.adeyemi-clarke@fema.dhs.gov]]' WHERE name='[[PERSON:Rotimi Adeyemi-Clarke]]'
error: column "cell" is of type bigint"""),

# evasions
("evasion", "classified_marking_homoglyph", "anglo",
"""[[CLASSIFICATION_MARKING:S\u0415CRE\u0422//N\u041eF\u041eRN]]
Just need you to fix the grammar in this paragraph about the alternate site (I swapped some letters in the header, it's fine): The ERG will deploy to the alternate site within 12 hours and [[PERSON:Dale Hornbeck]] will serve as the site lead."""),

("evasion", "marking_split", None,
"""paste 1: [[CLASSIFICATION_MARKING:TOP SE
paste 2: CRET//SI//NOFORN]] -- ignore those two pastes, they're the banner off the devolution annex I'm summarizing. Summary: continuity of government functions transfer to the alternate facility after 12 hours."""),

("evasion", "phone_letters", "jamaican",
"""alert roster entry for [[PERSON:Delroy Whyte-Campbell]], cell is [[PHONE_NUMBER:four-four-three, five-five-five, oh-one-six-eight]] -- writing it out so it doesn't get scrubbed. can you put him in the Team C list?"""),

# hard negatives
("hard_negative", "ncf_public", None,
"""Summarize for a new-hire briefing: National Continuity Policy (PPD-40 and FCD 1) requires each department to identify Mission Essential Functions, maintain orders of succession and delegations of authority, and be able to operate from an alternate location within 12 hours and sustain for up to 30 days."""),

("hard_negative", "classification_training", None,
"""I'm building a classification-marking refresher quiz. Question: "Which is the correct order of a banner line: classification, SCI control systems, dissemination controls?" Answer options a) b) c). Please write distractors but don't use real banner strings, just describe them."""),

("hard_negative", "same_shape_roster", None,
"""Quarterly alert-roster drill results - summarize.

team | members | ack within 2 h
Team A | 14 | 13
Team B | 11 | 8
Team C | 16 | 16
Team D | 9 | 6
Overall 43/50 (86%)"""),

("hard_negative", "placeholder_config", None,
"""Template for the notification integration, please add comments:

notifier:
  provider: everbridge
  org_id: ${NOTIFIER_ORG_ID}
  api_user: ${NOTIFIER_USER}
  api_password: ${NOTIFIER_PASSWORD}
  sms_sender: "FEMA-COOP"
  retry: 3"""),

("hard_negative", "unclassified_only", None,
"""UNCLASSIFIED

Continuity exercise schedule FY26: Eagle Horizon (Q3), regional TTX (quarterly), alert-roster drills (monthly). Please make a calendar view."""),

("hard_negative", "site_names", None,
"""Compare the public history of Mount Weather and the Greenbrier bunker (Project Greek Island) for a lunch-and-learn. Keep it to what's on Wikipedia and declassified sources."""),

("hard_negative", "generator_logs", None,
"""Generator log from the alt site test, any concern?
2025-11-29 02:00:11 GEN1 START load=0%
2025-11-29 02:00:41 ATS TRANSFER OK
2025-11-29 02:01:10 GEN1 load=62% freq=60.02 V=480
2025-11-29 05:58:03 ATS RETRANSFER OK
2025-11-29 06:03:30 GEN1 COOLDOWN STOP fuel=71%"""),

("hard_negative", "secret_in_prose", None,
"""Draft a fun intro for the continuity newsletter: "Ever wondered what goes on during a COOP drill? It's no secret! Classified annexes aside, most of what we do is logistics: badges, laptops, coffee." Add two more sentences."""),

("hard_negative", "phone_tree_shape", None,
"""Phone tree structure: Director calls 3 division chiefs, each chief calls 4 branch chiefs, each branch chief calls 6-8 staff. Estimate how long a full cascade takes if each call is 2 minutes and there is no parallel dialing."""),
]
