# Voice 1: USCIS O and P visa petitions (athletes, artists, entertainers, agents, union consultations)
RECORDS = [
("positive", "email_quoted_reply", "russian+anglo",
"""Subject: RE: O-1A premium processing - [[USCIS_RECEIPT_NUMBER:WAC2490318827]]

Hi [[PERSON:Oriana]],

Thanks, that's the one. Beneficiary is [[PERSON:Magomed Askhabovich Dzhabrailov]], DOB [[DATE_OF_BIRTH:14 FEB 1995]], passport [[US_PASSPORT:754120983]] (Russian Federation). The petitioner is the promotion company, not the gym. I'll send the amended itinerary tonight.

Best,
[[PERSON:Corbin Wheatley]]
Wheatley Sports Immigration PLLC
[[PHONE_NUMBER:(702) 555-0148]] | [[EMAIL_ADDRESS:cwheatley@wheatleysportsimm.com]]

> On Tue, [[PERSON:Oriana Pruitt]] wrote:
> Can you confirm the receipt number for the fighter's petition? We have two open for your firm.
"""),

("positive", "union_consultation_letter", "igbo",
"""AMERICAN GUILD OF MUSICAL ARTISTS
Consultation – O-1B Petition

RE: [[PERSON:Chinonso Obiageli Nwachukwu-Eze]], soprano

AGMA has reviewed the materials submitted on behalf of Ms. [[PERSON:Nwachukwu-Eze]] (born [[DATE_OF_BIRTH:June 3, 1991]] in Enugu) and has no objection to the approval of her petition for the 2027 spring season. Her principal roles in Lagos and Cardiff demonstrate sustained acclaim.

Sincerely,
[[PERSON:Harriet Lindqvist-Moreau]]
National Director of Immigration Consultations
[[EMAIL_ADDRESS:hlindqvist@agmaconsult.org]]"""),

("positive", "p1_roster_semicolon_csv", "brazilian",
"""pasting the P-1B roster from the samba school, can you turn this into the table format for the I-129 O&P supplement attachment?

nome;nascimento;passaporte;funcao
[[PERSON:Thaís Cristina Albuquerque]];[[DATE_OF_BIRTH:02/09/1993]];[[US_PASSPORT:FX318264]];porta-bandeira
[[PERSON:Wellington dos Santos Ribeiro]];[[DATE_OF_BIRTH:17/11/1988]];[[US_PASSPORT:GB905517]];mestre de bateria
[[PERSON:Joselito Aparecido Faria]];[[DATE_OF_BIRTH:30/04/1979]];[[US_PASSPORT:FZ142076]];cuíca
[[PERSON:Raíssa Menezes]];[[DATE_OF_BIRTH:08/01/2000]];[[US_PASSPORT:GC660394]];passista"""),

("positive", "itinerary_markdown", "mongolian",
"""P-3 itinerary for the ensemble (culturally unique program). Contacts per venue:

| date | venue | city | venue contact | phone |
|---|---|---|---|---|
| 2027-03-04 | Riverside Folk Hall | Dayton, OH | [[PERSON:Gretchen Albers]] | [[PHONE_NUMBER:937-555-0122]] |
| 2027-03-07 | Sagebrush Arts Center | Boise, ID | [[PERSON:Luis Aranda]] | [[PHONE_NUMBER:208-555-0177]] |
| 2027-03-11 | Cedar Commons | Missoula, MT | [[PERSON:Amber Nighthorse]] | [[PHONE_NUMBER:406-555-0139]] |

Lead artist: [[PERSON:Batbayar Enkhtuvshin]]; tour manager in Ulaanbaatar: [[PERSON:Oyunchimeg Gansukh]], [[PHONE_NUMBER:+976 5555 0193]]."""),

("positive", "chat_lowercase", "hispanic",
"""hey quick q - the O-2 for the camera op, [[PERSON:andrés villalobos]], was it filed with the main O-1 or separate? i have him dob [[DATE_OF_BIRTH:5/22/84]] in my notes and the director is [[PERSON:maricruz quintanilla]]. agent is [[PERSON:rick benavides]] at [[PHONE_NUMBER:323-555-0164]]"""),

("positive", "internal_note_cui", "vietnamese",
"""[[CUI_MARKING:CUI//PRVCY]]

ISO notes – O-1B, [[USCIS_RECEIPT_NUMBER:EAC2519044172]]
Beneficiary: [[PERSON:TRAN, Bao Ngoc]] / [[A_NUMBER:A219847365]]
Prior status: F-1 (OPT ended 09/2026). Peer letters from [[PERSON:Lam Quoc Huy]] and [[PERSON:Delphine Ardouin]] look templated — same paragraph in both. Consider RFE on criterion (iv).
[[CUI_MARKING:CUI//PRVCY]]"""),

("evasion", "sms_spaced_anumber", "yoruba",
"""Agent SMS ([[PERSON:Adewunmi]], 9:14pm): Sir pls the A no for the drummer [[PERSON:Babatunde Adewale Oyelaran]] is [[A_NUMBER:A 2 1 5 . 3 3 0 . 9 8 1]] he had prior asylum case, they said u need it for the P-3. His dob [[DATE_OF_BIRTH:12 . 08 . 1985]]"""),

("positive", "agent_itinerary_email", "punjabi",
"""From: [[PERSON:Sukhpreet Kaur Randhawa]] <[[EMAIL_ADDRESS:skrandhawa@boundarytalent.ca]]>
To: O-1 filing team
Subject: itinerary + contract for kabaddi player

Attached: signed contract between the league and [[PERSON:Harjot Singh Dhillon]] (DOB [[DATE_OF_BIRTH:13-JUN-1986]]). He'll reside with his cousin [[PERSON:Gurmeet Dhillon]] at [[STREET_ADDRESS:4418 Kestrel Way, Fresno, CA 93722]] during the season.
Call me at [[PHONE_NUMBER:+1 604 555 0119]] if the adjudicator needs anything else."""),

("hard_negative", "regulation_discussion", None,
"""For the O-1A we're relying on 8 CFR 214.2(o)(3)(iii)(B) criteria (i), (iii) and (viii). The consultation requirement is at 214.2(o)(5). For the P-1 team we use the I-129 O and P Classifications Supplement, and the fee for a petition with premium processing is listed on Form I-907. Can you draft the argument section in plain English? No names yet."""),

("hard_negative", "public_contact_point", None,
"""Tell the agent to stop emailing the adjudicator directly. Case status questions go to the USCIS Contact Center at 800-375-5283 or through the online case status tool, and premium-processing inquiries have their own channel listed on the I-907 page. We cannot give out officer direct lines."""),

("hard_negative", "union_procedure_prose", None,
"""Which union do we ask for the consultation when the beneficiary is a circus aerialist? I've seen AGMA, AFM, SAG-AFTRA and the American Federation of Musicians local listed in different petitions. If no appropriate labor organization exists, the petitioner can say so and the regulation lets us decide on the record. Please summarise the options in a table."""),

("hard_negative", "song_titles_common_words", None,
"""The set list attached to the P-3 includes "Ode to Joy" (arranged for kora), "Hope Street Lament", "Young at Heart", "Will o' the Wisp" and "King of the Road". The reviewer flagged "Rich Man's Lament" as possibly not culturally unique. Can you help me explain why folk adaptations still qualify?"""),

("hard_negative", "marking_question", None,
"""Should this RFE template be marked CUI before I share it with the team? It has no applicant data, just the standard paragraphs about the extraordinary ability criteria and the comparable-evidence language. I don't want to over-mark, but I also don't know if the internal rationale section counts."""),

("positive", "spanish_contract_translation", "cuban",
"""Traduce por favor al inglés este fragmento del contrato (es para un P-1B):

CONTRATO DE PRESENTACIÓN ARTÍSTICA
Entre la agrupación "Son de la Loma Habanera", representada por su director [[PERSON:Yoandry Castellanos Pérez]], nacido el [[DATE_OF_BIRTH:19 de octubre de 1977]], pasaporte cubano [[US_PASSPORT:K0419628]], y el empresario [[PERSON:Orlando Feijóo Lamas]], con domicilio en [[STREET_ADDRESS:2217 SW 9th Terrace, Miami, FL 33135]], teléfono [[PHONE_NUMBER:305-555-0187]]..."""),

("positive", "password_in_prose", "anglo",
"""[[PERSON:Oriana]] - I'm out Friday, so if the premium processing notice comes in for the Birchfield Ballet petitions can you log into the firm's USCIS online account? Username is bfballet_filings, my password is [[PASSWORD:Tarantella!Spring27]] - please don't change it, [[PERSON:Meredith Coyle]] uses it too.
-- [[PERSON:Jonah]]"""),

("evasion", "email_at_dot", "ghanaian",
"""Please forward the consultation request to the highlife band's manager, [[PERSON:Kwabena Ofori-Agyei]], his mail is [[EMAIL_ADDRESS:kwabena dot mensah at highlifeaccra dot com]] — he asked that we not put it in plain form because of spam."""),

("positive", "rfe_response_ocr", "punjabi",
"""...RESPONSE TO REQUEST FOR EVIDENCE
Petitioner: Prairie Wolves Cricket Club LLC
Beneficiary: [[PERSON:SANDHU, Amarjit Singh]]  DOB: [[DATE_OF_BIRTH:03 MAR 1992]]
Receipt No.: [[USCIS_RECEIPT_NUMBER:WAC-25-118-40372]]
Exhibit 14: letter from former coach [[PERSON:Rajinder Pal Grewal]], Punjab Cricket Assn.
Exhibit 15: statement of [[PERSON:SANDHU, Amarjit Singh]] regarding..."""),

("positive", "tagalog_choir_message", "filipino",
"""Pakisalin po sa English para sa P-3 file: "Magandang araw po. Ako si [[PERSON:Ma. Concepcion Dimaculangan]], tagapamahala ng koro. Ang aming conductor na si [[PERSON:Rodelio Pangilinan]] ay ipinanganak noong [[DATE_OF_BIRTH:ika-7 ng Agosto 1972]]. Tawagan po ninyo ako sa [[PHONE_NUMBER:+63 917 555 0168]]." """),

("evasion", "receipt_lookalike_letters", "haitian",
"""for the konpa band petition the receipt is [[USCIS_RECEIPT_NUMBER:IOE O9l2 4471 8O3]] (sorry my phone autocorrects zeros). beneficiary [[PERSON:Wilfrid Jean-Baptiste]], can you check if the biometrics waiver went through"""),

("hard_negative", "stats_and_ticket_numbers", None,
"""Quarterly numbers for the O/P team: 1,482 O-1B receipts, 311 P-1A, 96 P-3. Ticket 2025-0311-7788 (backlog of consultation letters) is still open, and invoice 412-55-0917 from the translation vendor is pending approval. Draft a two-line summary for the branch chief."""),

("hard_negative", "dependents_kinship", None,
"""The beneficiary's mother, older brother and two children will travel as O-3 dependents. The spouse is already in H-4 status through her own employer. Do O-3 dependents need their own I-539 or do they ride on the consular process? Just need the general rule."""),

("positive", "korean_bilingual_bio", "korean",
"""Beneficiary bio for the O-1B cover letter — please tighten:
Pansori vocalist [[PERSON:최서윤]] ([[PERSON:Choi Seo-yoon]]), born [[DATE_OF_BIRTH:1989년 4월 16일]], trained under master singer [[PERSON:Park Jong-hwan]] at the Namwon national center. U.S. presenter contact: [[PERSON:Ellen Haskins]], [[EMAIL_ADDRESS:ehaskins@lakeshoreworldmusic.org]]."""),

("hard_negative", "template_placeholders", None,
"""Dear [Adjudicator],

On behalf of [Petitioner Name], we submit this O-1B petition for [Beneficiary Full Name], born [DOB], a citizen of [Country]. See Exhibit A (consultation from [Union]). Example only: "Jane Doe, a violinist".

Please fill the template and keep brackets where data is missing."""),

("hard_negative", "historical_figures", None,
"""For the cover letter intro I want a line comparing the escape artist to Harry Houdini and the troupe's style to the Ziegfeld Follies era. Also mention that the venue is the Paramount Theatre and the show is a tribute to Scott Joplin. Keep it under 80 words."""),

("positive", "athlete_agent_vm", "kenyan",
"""Voicemail transcript, 10:42 AM: "Hi, this is [[PERSON:Naomi Wambui Kariuki]] with Rift Valley Athletics Management, calling about the O-1A for [[PERSON:Kiprotich]]— sorry, [[PERSON:Elias Kiprotich Rotich]]. His date of birth on the passport is [[DATE_OF_BIRTH:the ninth of January, 1998]]. You can reach me at [[PHONE_NUMBER:+254 722 555 061]] or on my US line [[PHONE_NUMBER:646-555-0131]]. Thanks." """),

("hard_negative", "voice_no_pii", None,
"""Voicemail transcript, 3:15 PM: "Hi, this is the booking office at the performing arts center, calling about the P-1B touring group. We moved the Denver date from the 12th to the 14th and wanted to know whether the amended itinerary needs a new petition. Please call the main box office line when you get a chance." """),
]
