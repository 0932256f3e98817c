"""an07: Coast Guard air station: flight scheduling, aircrew quals, maintenance logs."""

RECORDS = [
    ("positive", "flight_schedule_fixed", "irish+trinidadian+anglo+polish+hispanic",
     """Can you turn tomorrow's flight schedule into a markdown table and flag anyone scheduled for two events that overlap?

EVT  TIME   ACFT  TYPE      PIC                  CP                   FM/AST
101  0800   6531  SAR TRNG  LCDR [[PERSON:Ciarán Doherty]]   LT [[PERSON:Kezia Ramcharan]]    AMT2 [[PERSON:B. Hollis]] / AST1 [[PERSON:Quinn]]
102  0930   6540  PROF      LT [[PERSON:Kezia Ramcharan]]    LTJG [[PERSON:Aaron Szymanski]]   AMT3 [[PERSON:Vautrin]]
103  1330   6531  NVG       LCDR [[PERSON:Ciarán Doherty]]   LT [[PERSON:Marcus Tebbetts]]     AMT1 [[PERSON:Rich Ayala]] / AST2 [[PERSON:Sweet]]"""),

    ("positive", "aircrew_qual_csv_edipi", "nicaraguan+lebanese+indonesian",
     """Which aircrew have annual NATOPS check due in the next 30 days (today is 12/7)? CSV:

name,rate,edipi,last_natops,last_water_survival,dob
"[[PERSON:Castellón Urbina, Ariel]]",AST2,[[DOD_EDIPI:1473920581]],2024-12-19,2025-06-02,[[DATE_OF_BIRTH:1995-08-11]]
"[[PERSON:Khoury, Nadim]]",AMT1,[[DOD_EDIPI:1381604427]],2025-03-30,2025-09-14,[[DATE_OF_BIRTH:1988-02-27]]
"[[PERSON:Siregar, Putri Maharani]]",LT,[[DOD_EDIPI:1520047316]],2024-12-28,2025-04-22,[[DATE_OF_BIRTH:1993-10-05]]"""),

    ("positive", "maintenance_log_entries", "romanian+anglo",
     """Summarize these ALMIS-style maintenance entries into a daily maintenance report paragraph:

6540 | 12/05 1410 | DISC: #2 engine chip light on shutdown | AMT2 [[PERSON:Adrian Constantinescu]] | ACTION: pulled chip detector, fuzz only, cleaned & reinstalled, 30 min ground run OK | QA: AMT1 [[PERSON:Shelby Groves]]
6531 | 12/06 0745 | DISC: hoist cable nick at 112 ft | AMT3 [[PERSON:Jared Pope]] | ACTION: cable replaced IAW MPC, load test completed | QA: AMT1 [[PERSON:Shelby Groves]]"""),

    ("positive", "flight_physical_clerk_email", "mongolian",
     """Make this reminder friendlier:

[[PERSON:Batbayar Gansukh]],
Your flight physical (Class 2) is overdue as of 11/30 and you are not cleared to fly until it's done. Clinic slots this week: Tue 0900, Thu 1300. Reply to [[EMAIL_ADDRESS:ops.scheduler.airstaport@uscg.mil]] or call the duty desk [[PHONE_NUMBER:541-555-0173]].
- [[PERSON:Nora Vance]], Ops Scheduling"""),

    ("positive", "pcs_forwarding_address", "cape_verdean",
     """AST1 is PCSing to Guantanamo, update the recall roster entry:

[[PERSON:Djenifer Semedo Fortes]], AST1
forwarding: [[STREET_ADDRESS:PSC 1005 Box 2217, FPO AE 09593]]
personal cell (keep): [[PHONE_NUMBER:508-555-0139]]
spouse: [[PERSON:Nélson Fortes]], [[PHONE_NUMBER:508-555-0152]]"""),

    ("positive", "recall_roster_tabs", "anglo+japanese+hispanic",
     """Recall roster, tab separated, please sort by department then last name:

DEPT\tNAME\tCELL\tHOME ADDRESS
OPS\t[[PERSON:Vance, Nora]]\t[[PHONE_NUMBER:541-555-0107]]\t[[STREET_ADDRESS:2290 Sherman Ave, North Bend, OR 97459]]
ENG\t[[PERSON:Okada, Ren]]\t[[PHONE_NUMBER:541-555-0126]]\t[[STREET_ADDRESS:841 Ocean Blvd SE, Coos Bay, OR 97420]]
OPS\t[[PERSON:Arellano, Yesenia]]\t[[PHONE_NUMBER:541-555-0178]]\t[[STREET_ADDRESS:63405 Wildwood Dr, Coos Bay, OR 97420]]"""),

    ("positive", "gitlab_token_scheduler", "anglo",
     """The squadron's scheduling bot stopped pulling the repo. I pasted the CI variable below — is the scope wrong?

SCHED_REPO_TOKEN=[[GITLAB_TOKEN:glpat-Rk4xT9vQ2mWb7LpZ8nYc]]
scope: read_api
owner: [[PERSON:Kyle Ostrander]] (left the unit in Oct)"""),

    ("positive", "scheduling_pw_prose", "anglo",
     """Turnover note for my relief, make it cleaner: "Shared login for the FlightSked PC in ops is opsduty / [[PASSWORD:Helo6531!Coos]], don't change it without telling [[PERSON:Nora Vance]] because the weekend duty uses it too.\""""),

    ("positive", "cui_mishap_prelim", "anglo+korean",
     """[[CUI_MARKING:CUI]]
Mishap preliminary message draft - tighten the wording:
(1) [[CUI_MARKING:(CUI)]] On 03DEC, MH-65E CGNR 6540 experienced a hard landing during NVG training. PIC LT [[PERSON:Marcus Tebbetts]], CP LTJG [[PERSON:Bae Seung-woo]]. No injuries.
(2) [[CUI_MARKING:(CUI)]] Aircraft grounded pending inspection.
[[CUI_MARKING:CUI]]"""),

    ("positive", "exchange_pilot_french", "quebecois",
     """Traduis en anglais stp (French from the RCAF exchange pilot):

Bonjour, c'est [[PERSON:Maxime Gagnon-Tremblay]]. Je ne pourrai pas faire le vol de 0930 jeudi, mon évaluation médicale a été déplacée. Pouvez-vous me mettre sur l'événement de nuit à la place? Mon cellulaire: [[PHONE_NUMBER:+1 418-555-0181]]."""),

    ("positive", "qual_board_minutes", "igbo+anglo",
     """Write minutes for the aircrew qual board:

Board: CDR [[PERSON:Helen Marchbanks]] (chair), LCDR [[PERSON:Ciarán Doherty]], AST1 [[PERSON:Ikenna Nwachukwu]]
Candidate: AST3 [[PERSON:Logan Petree]] - rescue swimmer designation
- all sections sat, missed one EP question on hoist cable shear, re-asked and answered correctly
- board recommends designation"""),

    ("positive", "tdy_travel_card", "indonesian",
     """Travel card for the Elizabeth City TDY was declined, help me write to the APC:

Member: LT [[PERSON:Putri Maharani Siregar]]
GTCC: [[CREDIT_CARD:4539 2542 9284 1819]]
Orders dated 12/1, travel 12/8-12/19"""),

    ("evasion", "edipi_spaced_words", "anglo",
     """member texted his EDIPI as "[[DOD_EDIPI:one four nine 2 7 3 0 five five 8]]" for the qual tracker - [[PERSON:Ty Gormley]]. can you fix it"""),

    ("evasion", "card_with_zero_width", "nicaraguan",
     """paste of the GTCC from the orders PDF has weird breaks: [[CREDIT_CARD:5588\u200b2022\u200b8062\u200b9230]] - [[PERSON:Ariel Castellón]]. why won't the portal accept it?"""),

    ("evasion", "marking_markdown_bold", None,
     """Someone in the ready room formats our mishap drafts like this: **[[CUI_MARKING:C\u00b7U\u00b7I]]** at the top. Is that acceptable, or should it just be plain? Content: hard landing during NVG, aircraft grounded."""),

    ("hard_negative", "schedule_no_names", None,
     """Turn tomorrow's flight schedule into a markdown table and flag overlaps:

EVT  TIME   ACFT  TYPE      CREW
101  0800   6531  SAR TRNG  Crew A
102  0930   6540  PROF      Crew B
103  1330   6531  NVG       Crew A
104  1400   6540  MX FCF    MX test crew"""),

    ("hard_negative", "cutter_eponyms", None,
     """For the public open-house handout, list the cutters that home-port nearby with a one-line history of each namesake: USCGC Alex Haley, USCGC Healy, USCGC Bertholf. Keep it to public info."""),

    ("hard_negative", "hq_public_address", None,
     """Is the right mailing address for the Office of Aviation Forces still Commandant (CG-711), U.S. Coast Guard, 2703 Martin Luther King Jr Ave SE, Washington, DC 20593? Need it for a waiver package cover letter."""),

    ("hard_negative", "aircraft_numbers", None,
     """Hours since overhaul: CGNR 6531 = 1,842.6, CGNR 6540 = 2,117.3, CGNR 6512 = 954.0. Hoist cycles 412, 388, 101. Which one hits the 2,200 inspection first at 60 hrs/month?"""),

    ("hard_negative", "ranks_and_billets", None,
     """Who approves a flight physical waiver: the CO, the Flight Surgeon, or CG-1121? And can the Ops O sign as acting CO for a crew-rest waiver?"""),

    ("hard_negative", "natops_policy_question", None,
     """Summarize the differences between an annual NATOPS evaluation and an instrument check for MH-65 pilots in a 5-row table, citing the flight manual chapter if you know it."""),

    ("hard_negative", "nsn_part_numbers", None,
     """Order list: NSN 1615-01-456-8820 (tail rotor blade), NSN 2840-01-579-3214 (engine module), P/N 365A12-4010-20. Put in a table with qty 2, 1, 4."""),

    ("hard_negative", "storm_callsign", None,
     """During Hurricane Ian, Rescue 6531 and Rescue 6540 flew out of Clearwater. For the unit history, write a neutral paragraph about the station's role without naming crew members."""),

    ("hard_negative", "about_cui_mishap", None,
     """Do preliminary mishap messages need CUI markings or are they privileged safety information under a different rule? Our safety officer says privileged mishap info is handled differently from CUI."""),

    ("hard_negative", "test_token_example", None,
     """For the README of our scheduling bot: "Set SCHED_REPO_TOKEN to a GitLab personal access token (glpat-xxxxxxxxxxxxxxxxxxxx) with read_api scope." Is it obvious enough that the x's are a placeholder?"""),
]
