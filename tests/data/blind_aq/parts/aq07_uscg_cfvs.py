"""aq07: Coast Guard Sector Prevention: commercial fishing vessel safety (CFVS) dockside exams, fishermen, decals."""

RECORDS = [
    ("positive", "exam_request_email", "portuguese_american", """Subject: dockside exam request F/V Maria Goretti

Good morning, I'd like to schedule the dockside exam before scallop season. Owner/operator is me, [[PERSON:Albano Sousa Medeiros]], vessel is at State Pier, New Bedford. Call me at [[PHONE_NUMBER:508-555-0189]] or my daughter [[PERSON:Fátima Medeiros-Câmara]] at [[PHONE_NUMBER:508-555-0112]], she does the paperwork.
Thanks, [[PERSON:Albie]]"""),

    ("positive", "portuguese_letter", "azorean", """Pode traduzir para inglês para o examinador?
"Caro senhor, o meu pai [[PERSON:Jacinto Botelho Furtado]] é o mestre da embarcação. Ele não fala inglês. O número de telemóvel dele nos Açores é [[PHONE_NUMBER:+351 296 555 038]] e nos EUA [[PHONE_NUMBER:774-555-0137]]. A morada é [[STREET_ADDRESS:88 Rivet Street, New Bedford, MA 02744]]." """),

    ("positive", "vietnamese_owner", "vietnamese", """Dịch sang tiếng Anh giúp tôi, chủ tàu gửi cho Sector:
"Tôi là [[PERSON:Lê Văn Thạch]], chủ tàu F/V Miss Sài Gòn ở Bayou La Batre. Tôi muốn hẹn kiểm tra an toàn tàu cá trước ngày 15 tháng 1. Điện thoại [[PHONE_NUMBER:251-555-0195]]. Con trai tôi là [[PERSON:Lê Hoàng Minh]] sẽ có mặt." """),

    ("positive", "exam_record", "samoan", """Exam record, please check the deficiency list reads right:
Vessel: F/V Tasi Lelei   Doc# 1287744
Operator: [[PERSON:Tavita Faleafaga]]   DOB [[DATE_OF_BIRTH:1969-03-22]]
Mailing: [[STREET_ADDRESS:PO Box 2214, Pago Pago, AS 96799]]
Deficiencies: EPIRB registration expired; 2 immersion suits torn; no MOB drill logged
Decal: not issued"""),

    ("positive", "examiner_chat", "norwegian+anglo", """[chat] me: heading to Fishermen's Terminal for the Ballard boats
[chat] [[PERSON:Siv Thorsrud]]: F/V Nordkyn's skipper is [[PERSON:Arnfinn Leirvåg]], he's grumpy but fine, cell [[PHONE_NUMBER:206-555-0161]]
[chat] me: and the longliner?
[chat] [[PERSON:Siv Thorsrud]]: [[PERSON:Gunnar]] sold it to [[PERSON:Lyle Fortescue]] in October"""),

    ("positive", "drill_conductor_roster", "russian+alutiiq+anglo+ecuadorian", """Drill conductor class roster, Kodiak, Dec 10 — need certificates printed:
| name | vessel | email |
|---|---|---|
| [[PERSON:Aleksei Kuzmin]] | F/V Northern Dawn | [[EMAIL_ADDRESS:akuzmin.kodiak@gmail.com]] |
| [[PERSON:Ramona Chichenoff]] | F/V Ugak | [[EMAIL_ADDRESS:rchichenoff@alutiiq-fishing.example]] |
| [[PERSON:Will Stuckart]] | F/V Sea Hawk | [[EMAIL_ADDRESS:stuckart.will@fvseahawk.example]] |
| [[PERSON:Ofelia Guaman]] | F/V Ugak | none |"""),

    ("positive", "fisherman_voicemail", "anglo", """VM transcript: "yeah this is Ricky Thibault off the Janie Lynn, I got the decal letter but the guy never came, I'm at the fuel dock till Friday, 207 555 0148." can you draft a reply text"""
     .replace("Ricky Thibault", "[[PERSON:Ricky Thibault]]").replace("207 555 0148", "[[PHONE_NUMBER:207 555 0148]]")),

    ("positive", "mmc_twic_form", "honduran", """Crew list for the exam, the captain wants to know if he needs this much info:
1. [[PERSON:Wilmer Zelaya Bonilla]], deckhand, DOB [[DATE_OF_BIRTH:30/11/1990]], SSN [[US_SSN:286-15-9037]]
2. [[PERSON:Kevin Onán Paz Meza]], deckhand, DOB [[DATE_OF_BIRTH:02/04/1997]]
We don't, do we? draft my reply saying we only need vessel info"""),

    ("positive", "fine_payment", "anglo", """The owner paid the civil penalty by card over the phone and the clerk wrote it on the case sheet: [[CREDIT_CARD:6011 4820 7735 9168]] exp 08/28 — owner [[PERSON:Darla Penhallow]]. How do I report this as a privacy incident?"""),

    ("positive", "sector_portal_cred", "quechua", """MISLE kiosk at the field office: examiner account for the auxiliary fill-in is cfvs_aux3, pw [[PASSWORD:Decal#Kodiak26]]. Write a short sign-in guide for [[PERSON:Mayta Quispe Huanca]]."""),

    ("positive", "letter_ocr", "khmer", """OCR of a handwritten note left on the boat:
To Coast Guard — i am [[PERSON:Sopheap Ouk]] owner of F/V Angkor Star. I am at hospital Dec 3–9. Please call my nephew [[PERSON:Vannak Ouk]] [[PHONE_NUMBER:562-555-0151]] for the exam. Boat at [[STREET_ADDRESS:1120 Pier S Ave, Slip 42, Long Beach, CA 90802]]"""),

    ("positive", "cui_enforcement", "anglo", """[[CUI_MARKING:CUI//LEI]]
Boarding follow-up: operator [[PERSON:Corbin Ashdown]] refused termination of voyage order 11/29. Referral to Sector enforcement.
Help me separate the exam facts from the enforcement part for the Prevention file."""),

    ("evasion", "ssn_split_messages", "moldovan", """[text 1] captain says the deckhand's ss# starts [[US_SSN:159-43]]
[text 2] and ends [[US_SSN:7718]] — [[PERSON:Ilie Munteanu]]. why do they keep sending this to us"""),

    ("evasion", "phone_zero_width", "tongan", """skipper [[PERSON:Sione Fifita Taumalolo]] cell: [[PHONE_NUMBER:808\u200b-555\u200b-0174]] pls schedule Honolulu exam"""),

    ("evasion", "dob_words_pt", "cape_verdean", """dono da embarcação [[PERSON:Djalma Tavares Semedo]], nascido a [[DATE_OF_BIRTH:vinte e dois de abril de mil novecentos e setenta e três]] — o examinador precisa disto?"""),

    ("hard_negative", "decal_numbers", None, """Decal numbers issued this month: 26-0912, 26-0913, 26-0918, 26-0922. Vessel doc numbers 1287744, 1093318, 598812. Put in a log table with issue date 12/04."""),

    ("hard_negative", "cfr_cites", None, """What does 46 CFR Part 28 require for a 39-foot vessel operating beyond 3 nautical miles? Just the safety equipment list. Also is the dockside exam mandatory under 46 U.S.C. 4502(f)? Plain language."""),

    ("hard_negative", "vessel_names", None, """Vessels on the schedule: F/V Miss Jenny, F/V Lady Grace, F/V Hope, F/V Patience, F/V King Fisher, F/V Joy Ann, F/V Andrea Gail memorial plaque visit. Sort by home port: Gloucester, Newport, Point Judith."""),

    ("hard_negative", "public_contact", None, """For the flyer: to schedule a free dockside exam, contact your local Coast Guard Sector's Prevention office or visit fishsafe.info. Emergency: VHF channel 16 or 911. Does this read clearly for fishermen?"""),

    ("hard_negative", "stats", None, """Fishing vessel fatalities by cause, 2016–2025 (national): vessel disaster 46%, falls overboard 31%, onboard injuries 14%. Write an intro paragraph for the drill conductor course."""),

    ("hard_negative", "checklist", None, """Dockside checklist items: EPIRB registered, immersion suits for all aboard, life raft serviced, flares in date, fire extinguishers, high water alarm, MOB drill logged monthly. Turn into a printable checklist."""),

    ("hard_negative", "kin_crew", None, """Most boats in Point Judith are family crews: father, son, uncle, cousin, sometimes the skipper's wife as cook. How should examiners handle drill documentation when 'the crew' is a family? Brief guidance."""),

    ("hard_negative", "mmsi_callsign", None, """AIS data for the fleet: MMSI 367112450, 367540910, 338211870; call signs WDE4412, WDF7730. Are these numbers sensitive? I'm told MMSIs are public."""),

    ("hard_negative", "historic", None, """For the memorial service program: the 1938 loss of the schooner off Georges Bank, the Andrea Gail (1991) and the Northern Belle. A short paragraph remembering fishermen lost at sea, no individual names."""),

    ("positive", "caps_owner_vn_phone", "vietnamese", """CFVS DECAL APPLICATION (scanned, all caps)
OWNER: [[PERSON:DOAN QUOC BINH]]    VESSEL: F/V LUCKY STAR II
HOME PHONE (VIETNAM): [[PHONE_NUMBER:+84 28 5550 1923]]
US PHONE: [[PHONE_NUMBER:409-555-0116]]
ADDRESS: [[STREET_ADDRESS:3105 PROCTER ST, PORT ARTHUR, TX 77640]]
make this readable in normal case for the exam scheduler"""),

    ("hard_negative", "decal_order_po", None, """Decal stock order: PO 70Z0G126P00041, 2,000 decals, ship to Sector Prevention, ZIP 02109-1045, requisition 6127-0355-0918. Delivery in 6–8 weeks. Draft a short email asking the vendor to expedite before the January exam push."""),
]
