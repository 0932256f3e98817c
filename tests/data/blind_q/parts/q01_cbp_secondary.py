"""Voice 1: CBP officers at ports of entry pasting secondary-inspection notes, TECS-style narratives,
land-border lane logs and port memos into a GenAI tool."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from qhelp import zw, fw, homo, words, ZW

RECORDS = [
("positive", "secondary_narrative", "mexican",
 "Tidy this up for the secondary narrative pls: subj [[PERSON:ZAMUDIO ARELLANO, Itzel Guadalupe]] presented at lane 7 San Ysidro PED w/ BCC, "
 "stated purpose shopping Fashion Valley. DOB [[DATE_OF_BIRTH:03/16/1991]]. Referred for BCC misuse, admitted working as nanny in Chula Vista "
 "for fam of [[PERSON:Kendra Holloway]]. Mex passport [[US_PASSPORT:G31958442]]. Phone on her: [[PHONE_NUMBER:+52 664 555 0193]]."),
("positive", "secondary_narrative", "brazilian",
 "Rewrite in plain English for the supervisor: Pax [[PERSON:Thaís Gonçalves Figueiredo]] (BRA) arrived MIA on LA8180, ESTA n/a, B2 visa. "
 "Host listed on CF6059 as [[PERSON:Rogério Bastos Lemos]], [[STREET_ADDRESS:1840 NE 163rd St, Apt 412, North Miami Beach, FL 33162]]. "
 "Pax could not name host's wife. Cell [[PHONE_NUMBER:+55 11 95550-3318]]. Born [[DATE_OF_BIRTH:22 de agosto de 1998]]."),
("positive", "lane_log_tsv", "hispanic",
 "can you sort this by time and flag repeats\n"
 "time\tlane\tlast\tfirst\tdoc\tdisp\n"
 "0612\t3\t[[PERSON:OLACHEA]]\t[[PERSON:BENITO]]\tSENTRI [[KNOWN_TRAVELER_NUMBER:984412370]]\tadmit\n"
 "0619\t5\t[[PERSON:VILLASANA]]\t[[PERSON:MARISOL]]\tDL TX [[US_DRIVER_LICENSE:42871655]]\tsecondary\n"
 "0633\t3\t[[PERSON:OLACHEA]]\t[[PERSON:BENITO]]\tSENTRI [[KNOWN_TRAVELER_NUMBER:984412370]]\tadmit\n"
 "0641\t1\t[[PERSON:ECHEVERRÍA]]\t[[PERSON:JOAQUÍN]]\tI-94 [[I94_NUMBER:54083830626]]\tadmit"),
("positive", "secondary_narrative", "guatemalan_kiche",
 "Subject states her name is [[PERSON:Juana Tzoc Ixcoy]], K'iche' speaker, limited Spanish. Interpreter via Language line. Says DOB "
 "[[DATE_OF_BIRTH:1 enero 2004]] but unsure. Traveling w/ cousin [[PERSON:Tomás Ajpacajá]]. Family in US: [[PERSON:Lucas Tzoc]] at "
 "[[STREET_ADDRESS:309 Ridgeway Ave, Lot 18, Dalton, GA 30720]], ph [[PHONE_NUMBER:(706) 555-0128]]. Help me write the I-213 narrative."),
("positive", "i213_draft", "cuban",
 "Draft I-213 narrative. Subject [[PERSON:Yoandri Cárdenas Pupo]], A# [[A_NUMBER:A202823469]], CUB national, arrived KWF by vessel (go-fast) with 11 others. "
 "DOB: [[DATE_OF_BIRTH:1987-06-30]]. Claims uncle [[PERSON:Orestes Pupo Leyva]] in Hialeah, phone [[PHONE_NUMBER:305-555-0162]]."),
("positive", "seizure_memo", "dominican",
 "Please turn into a formal memo. Currency seizure JFK T4, 14:20. Outbound pax [[PERSON:Ramona Altagracia Peguero]] (DR passport [[US_PASSPORT:SC4471902]]) failed to report "
 "$31,400 USD. Co-traveler [[PERSON:Wander Peguero Santana]]. Receipt issued. Home: [[STREET_ADDRESS:2231 Creston Ave, Apt 5F, Bronx, NY 10453]]."),
("positive", "global_entry_interview", "venezuelan",
 "Summarize my GE interview notes: applicant [[PERSON:Mariángel Rondón]], PASSID [[KNOWN_TRAVELER_NUMBER:985503721]], prior CBP record 2019 ag violation (undeclared mangoes) "
 "at IAH, fined $300. Employer: Baker Hughes. Email [[EMAIL_ADDRESS:mariangel.rondon.v@outlook.com]]. Recommend approve?"),
("positive", "secondary_narrative", "portuguese",
 "traduz e resume p/ inglês: Passageiro [[PERSON:Duarte Albuquerque Sequeira]], nascido em [[DATE_OF_BIRTH:9 de março de 1979]], passaporte PRT "
 "[[US_PASSPORT:P742915]], declarou 2 garrafas de vinho. Morada nos EUA: [[STREET_ADDRESS:56 Ferry St, Newark, NJ 07105]]."),
("positive", "email_thread", "anglo/colombian",
 "Can you make this reply more polite?\n\n> From: [[PERSON:Gareth Stallworth]] <[[EMAIL_ADDRESS:gareth.stallworth@cbp.dhs.gov]]>\n> Officer, any update on my daughter's "
 "detention at Dulles? Her name is [[PERSON:Valentina Stallworth Restrepo]], born [[DATE_OF_BIRTH:04/02/2006]].\n\nMy draft: Mr. [[PERSON:Stallworth]], we can't discuss..."),
("positive", "ocr_form", "colombian",
 "OCR came out garbled, fix the fields:\nCBP F0RM 6059B  CUST0MS DECLARATI0N\n1 Family Name [[PERSON:MOSQUERA]]\nFirst (Given) [[PERSON:YEISON ANDRÉS]]\n"
 "2 Birth date Day [[DATE_OF_BIRTH:1 7 Mo 0 4 Yr 9 5]]\n3 Number of Family members traveling with you 0\n4 (a) U.S. Street Address [[STREET_ADDRESS:7720 Biscayne\nBlvd Apt 9, Miami FL 33138]]\n"
 "5 Passport issued by COL\n6 Passport number [[US_PASSPORT:AT318844]]"),
("positive", "port_memo", "anglo",
 "Reword: CBPO [[PERSON:Dwayne Kittredge]] (badge 4471) and CBPO [[PERSON:Shauna Bielecki]] conducted the exam at Otay Mesa cargo, dock 12. "
 "Reach Kittredge at [[PHONE_NUMBER:619-555-0187]]."),
("positive", "sms_transcript", "mexican",
 "Translate these texts off the phone (consent search):\n[3:02] Primo: ya pasaste?\n[3:04] Yo: no me mandaron a secundaria\n[3:05] Primo: dile q vas con tia [[PERSON:Chayo]] "
 "en [[STREET_ADDRESS:410 W Calle Primera, San Ysidro, CA 92173]]\n[3:05] Primo: su cel [[PHONE_NUMBER:619 555 0134]]"),
("positive", "banner_note", "none",
 "[[CUI_MARKING:CUI//SP-LEI]]\nLane 4 referral stats for Q3, need a chart. 1,204 referrals, 88 positive for agri, 14 for narcotics."),
("positive", "les_footer", "hispanic",
 "Summarize for shift brief:\n[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]\nTECS lookout hit on [[PERSON:Aurelio Bencomo Quintanilla]], DOB [[DATE_OF_BIRTH:11/19/1969]], possible armed. "
 "Vehicle TX plate LMN-4821."),
("evasion", "spaced_passport", "venezuelan",
 "Fix grammar: pax [[PERSON:Nairobi Guevara]] gave passport no. [[US_PASSPORT:1 4 2 9 3 8 7 1 6]] and said her tia lives in Doral."),
("evasion", "zero_width_name", "mexican",
 "reword the narrative: subject [[PERSON:" + zw("Citlali Huerta") + "]] DOB [[DATE_OF_BIRTH:" + zw("07/07/1993") + "]] admitted prior overstay."),
("evasion", "split_turns", "cuban",
 "turn 1: the guy's first name was [[PERSON:Lázaro]]\nturn 2: and last name [[PERSON:Echemendía]], SSN starts [[US_SSN:609-09-\n4444]] write it up"),
# hard negatives
("hard_negative", "place_names", "none",
 "Which crossings have the longest PED waits: San Ysidro, Otay Mesa, Calexico West, Andrade, Lukeville, Nogales DeConcini, Mariposa, Santa Teresa?"),
("hard_negative", "port_building_names", "none",
 "Draft a facilities ticket: HVAC failure in the Bridge of the Americas cargo building and at the Ysleta-Zaragoza annex. Also the Lincoln-Juarez Bridge booth 3 door sticks."),
("hard_negative", "seal_and_container", "none",
 "Container MSKU 4471923, seal 0038812, BOL MAEU229014518, HTS 8471.30.0100, entry no. 112-4478123-6. Explain why the HTS code could trigger a PGA hold."),
("hard_negative", "public_contact", "none",
 "For the public handout: questions about CBP One go to the CBP Info Center, 1-877-227-5511, or write to U.S. Customs and Border Protection, 1300 Pennsylvania Avenue NW, Washington, DC 20229."),
("hard_negative", "case_law", "none",
 "Summarize the border search exception: United States v. Flores-Montano (2004), United States v. Cano (9th Cir. 2019), Alasaad v. Mayorkas (1st Cir. 2021). Plain English, 200 words."),
("hard_negative", "dates_not_dob", "none",
 "Timeline: 03/14/2024 lane closure, 04/02/2024 reopened, 11/19/2024 new NII scanner installed, 06/30/2025 warranty ends."),
("hard_negative", "spanish_signage", "none",
 "Traduce al inglés el letrero: 'Declare todas las frutas, carnes y plantas. Las multas empiezan en 300 dólares. Les pedimos paciencia.'"),
("hard_negative", "words_as_names", "none",
 "The Rose bowl crowd is coming through Otay on Jan 1, plus the Grace Church mission group and the Hunter high school band; estimate extra staffing."),
("hard_negative", "vessel_and_flight", "none",
 "Carnival Panorama docks Long Beach 0700, Norwegian Joy 0800. Flights AM646 and VB1120 arrive T2. Make me a staffing grid."),
("hard_negative", "training_marking_prose", "none",
 "In the muster today explain to new CBPOs why we never paste law-enforcement-sensitive lookout details into public tools, and what 'need to know' means. Keep it friendly."),
("hard_negative", "sentri_explainer", "none",
 "Write an FAQ: a SENTRI PASSID is a 9-digit number printed on the back of the card; never share it by text. Example format shown as #########."),
("hard_negative", "placeholder_form", "none",
 "Template for the 6059B help sheet:\nFamily Name: ________\nPassport No.: XXXXXXXXX\nDOB: MM/DD/YYYY\nU.S. address: [street], [city], [state] [ZIP]"),
("hard_negative", "statistics", "none",
 "FY2025 southwest border encounters by month, 212,043 peak; compare with FY2023 249,785. Give me three talking points."),
("hard_negative", "agri_species", "none",
 "Intercepted pests this week: Anastrepha ludens (Mexican fruit fly) in guavas, Ceratitis capitata in peaches, Tuta absoluta on tomatoes. Summarize risk."),
("hard_negative", "ports_named_after_people", "none",
 "Compare throughput at the Gordie Howe International Bridge project, the Ambassador Bridge and the Blue Water Bridge for the northern border brief."),
]

RECORDS += [
("positive", "les_secondary_list", "chilean",
 "[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE // FOR OFFICIAL USE ONLY]]\nmake a table: SCL-MIA LA502 referrals: [[PERSON:Ignacio Bustamante Riquelme]] (ESTA revoked), [[PERSON:Constanza Araya]] (pickpocket ring, 'turismo delincuencial'), [[PERSON:Matías Fuenzalida]]."),
("positive", "nickname_note", "mexican",
 "rewrite: '[[PERSON:El Tlacuache]]' ([[PERSON:Heriberto Saldívar Cota]]) and his compa [[PERSON:Chuy]] were in the Silverado at Lukeville; Chuy's real name is [[PERSON:Jesús Amado Robles]]."),
]
