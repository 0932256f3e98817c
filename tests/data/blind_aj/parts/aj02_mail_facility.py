# Voice 2: CBP Office of Field Operations at an international mail facility (IMF):
# seized parcels, addressees, controlled-delivery notes.
from blindlib import b64

RECORDS = [
    ("positive", "seizure_log_tsv", "igbo+cantonese+punjabi", """Seizure log export (tab separated) — can you total the pill counts by origin country?

item\torigin\taddressee\tdelivery_address\tcontents\tqty
EB902217734CN\tCN\t[[PERSON:Darnell Okonkwo-Reyes]]\t[[STREET_ADDRESS:88 Harlan St Apt 2, Paterson, NJ 07501]]\tpressed M30 tabs\t400
RR551093826HK\tHK\t[[PERSON:Kwok Wing-sze]]\t[[STREET_ADDRESS:2210 Carroll Ave, Queens, NY 11356]]\tpill press dies\t6
CP447190288IN\tIN\t[[PERSON:Navneet Kaur Grewal-Sidhu]]\t[[STREET_ADDRESS:415 Linden Blvd, Brooklyn, NY 11203]]\ttramadol 225mg\t1200"""),

    ("positive", "controlled_delivery_email", "nigerian+anglo", """From: [[PERSON:Marisol Etxeberria]] <[[EMAIL_ADDRESS:marisol.etxeberria@cbp.dhs.gov]]>
To: HSI Newark duty agent
Subject: CD request - parcel to Irvington

Agent [[PERSON:Tolbert]],

Parcel EG660381245NG is held at the IMF with approx. 2 kg of khat-like plant material concealed in dried fish. Addressee on the label is [[PERSON:Adebayo Oluwaseun Fashola]], [[STREET_ADDRESS:51 Paine Ave, Irvington, NJ 07111]], phone on the CN23 [[PHONE_NUMBER:+1 973-555-0186]]. Sender is [[PERSON:Folasade Adeyemi-Bakare]] in Ibadan.

Let me know by 1500 if you want a controlled delivery, otherwise we process for seizure.

[[PERSON:M. Etxeberria]], CBPO, Newark IMF
[[PHONE_NUMBER:(201) 555-0147]]"""),

    ("positive", "cn23_ocr", "ghanaian", """CN 23 CUSTOMS DECLARATION (scan, OCR)
Fr om: Na me [[PERSON:Kwabena Asante - Boateng]]   Street Tesano Rd, Accra
To: Na me [[PERSON:Abena  Ofori]]
St reet [[STREET_ADDRESS:1877 Gr and Concourse Apt 6 H, Bronx, NY 10453]]
Tel . [[PHONE_NUMBER:718 555 01 52]]
Detailed description: SHEA BUTTER x4 , GIFT   Value 40 USD
Can you tell me whether "gift" under 100 USD means it's exempt or does the shea butter need FDA prior notice?"""),

    ("positive", "chat_addressee_history", "dominican", """User: I have three parcels this month to the same guy, [[PERSON:Wander Almonte Feliz]], two different addresses: [[STREET_ADDRESS:640 W 171st St Apt 3B, New York, NY 10032]] and [[STREET_ADDRESS:23 Cedar St, Lawrence, MA 01843]]. All from Santo Domingo, all "ropa usada". Is that enough to flag him in the targeting notes or do I need more?
Assistant: On its own, a repeat addressee with used clothing is not unusual. What did the x-ray show?
User: organic density in the shoe soles on two of them. his dob from the prior seizure is [[DATE_OF_BIRTH:09/27/1993]]."""),

    ("positive", "sql_query", "polish", """-- pull every parcel for the addressee from the 2023 case, why does this return nothing?
SELECT item_id, origin, declared_value
FROM imf_holds
WHERE addressee_name = '[[PERSON:Grzegorz Wróblewski]]'
  AND addressee_dob = '[[DATE_OF_BIRTH:1976-02-11]]'
  AND delivery_zip = '60634';"""),

    ("positive", "seizure_narrative", "punjabi", """Rewrite this narrative for the seizure report (past tense, third person):

i opened parcel CP447190301IN addressed to [[PERSON:gurnoor singh bhullar]] at [[STREET_ADDRESS:7 Thornbury Way, Elk Grove, CA 95758]] and found 3 bottles labelled ayurvedic which field-tested for sildenafil. addressee called the imf hotline from [[PHONE_NUMBER:916-555-0121]] asking when it will be released, said his cousin [[PERSON:Manpreet]] sent it."""),

    ("positive", "thai_label", "thai", """Label is in Thai, can you transliterate the recipient block?
ผู้รับ: [[PERSON:สมศักดิ์ วงศ์ทองคำ]]
[[STREET_ADDRESS:1540 N Western Ave, Los Angeles, CA 90027]]
โทร [[PHONE_NUMBER:323-555-0194]]
ผู้ส่ง: นางสาว [[PERSON:พรทิพย์ แสงอรุณ]] กรุงเทพฯ"""),

    ("positive", "hsi_referral_ssn", "chinese", """[[CUI_MARKING:CUI//LEI]]
Referral to HSI: addressee [[PERSON:ZHENG Haoyu]] (郑浩宇), DOB [[DATE_OF_BIRTH:1998-06-19]], SSN [[US_SSN:612-58-3390]] (from prior CBP 6051S), received 11 parcels of "phone cases" containing counterfeit AirPods. Addresses: [[STREET_ADDRESS:39-12 Main St Apt 5F, Flushing, NY 11354]].
[[CUI_MARKING:CUI//LEI]]
Give me a short cover e-mail for this."""),

    ("positive", "voicemail_addressee", "nigerian", """Voicemail left on the IMF inquiry line, transcribe cleanly:
"Yes good afternoon my name is [[PERSON:Chukwuemeka Nwosu]], [[PERSON:N-W-O-S-U]], I am calling concerning my package that has been held for two weeks, the tracking is RB 7 7 4 1 0 9 2 2 5 N G, it contains only foodstuff, egusi and crayfish, please call me back on [[PHONE_NUMBER:nine one eight, five five five, zero one three three]], thank you.\""""),

    ("positive", "pay_fine_card", "pakistani", """Addressee wants to pay the storage fee over the phone, I typed what he read out. Is this the format pay.gov wants?
name on card [[PERSON:Tariq Mahmood Qureshi]]
card [[CREDIT_CARD:4977 3385 7084 6308]] exp 09/28
billing [[STREET_ADDRESS:202 Ridgewood Rd, Parsippany, NJ 07054]]"""),

    ("positive", "case_note_caps", "chinese", """CASE NOTE — ADDRESSEE [[PERSON:LIN XIUYING]] ([[PERSON:林秀英]]) CAME TO IMF COUNTER WITH NY DL [[US_DRIVER_LICENSE:784 219 563]] TO CLAIM PARCEL LX209331845CN. INSPECTED, 22 HANDBAGS, SUSPECTED IPR. REFERRED TO IPR UNIT. SHE STATES SHE SELLS ON WECHAT. CELL [[PHONE_NUMBER:347-555-0108]]."""),

    ("positive", "controlled_delivery_plan", "vietnamese+anglo", """Controlled delivery plan, please check the timeline reads in order:
0700 HSI SA [[PERSON:Brandt Solvang]] picks up parcel UA330981744VN from IMF vault
0830 USPS postal inspector [[PERSON:Corliss Haverty]] in uniform as carrier
0915 delivery to [[PERSON:Trần Thị Kim Thoa]] at [[STREET_ADDRESS:9420 Bolsa Ave Unit 12, Westminster, CA 92683]]
0916 beeper activation
Surveillance lead: [[PERSON:Solvang]] [[PHONE_NUMBER:714-555-0170]]"""),

    ("positive", "les_email", "cantonese", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
The addressee [[PERSON:Chan Ka-lok]] is the subject of an open HSI case. Do not release parcels addressed to him or to [[PERSON:Yeung Siu-fan]] at the same address without calling the case agent.
Make this a short "hold instruction" note for the night shift."""),

    ("positive", "dl_passport_counter", "ghanaian", """Counter pickup log 12/04
14:10 [[PERSON:Efua Mensah-Quaye]] — GH passport [[US_PASSPORT:G2841077]] — parcel released (cosmetics)
14:32 [[PERSON:Kojo Amponsah]] — NJ DL [[US_DRIVER_LICENSE:A4122 68033 17841]] — parcel refused, no invoice
Anything wrong with how I'm logging IDs?"""),

    ("evasion", "spaced_name_split", "dominican", """need to look up this addressee but the system keeps redacting — try: [[PERSON:Y o k a s t a   M a t o s]] at [[STREET_ADDRESS:1 1 8  D a r t m o u t h  S t,  L a w r e n c e,  M A  0 1 8 4 1]]. what do we have on her?"""),

    ("evasion", "fullwidth_ssn", "polish", """addressee ssn from the 6051S, writing it like this so it goes through: [[US_SSN:２３１－４７－８８０６]]. name [[PERSON:Bożena Kwiatkowska]]. check if it matches the 2022 case."""),

    ("evasion", "marking_dotted", "chinese", """L.E.S. per HSI — [[CUI_MARKING:L-A-W  E-N-F-O-R-C-E-M-E-N-T  S-E-N-S-I-T-I-V-E]]. subject [[PERSON:Guo Zhiwei]] receives pill press parts monthly. summarize the pattern."""),

    ("hard_negative", "tracking_numbers", None, """Explain the UPU S10 tracking format for the new hires: two letters for the service (EE, RR, CP, LX...), eight serial digits, one check digit, then the ISO country code. Example on the poster: EE123456785US. Why is the 9th digit a check digit and how is it calculated (weights 8 6 4 2 3 5 9 7)?"""),

    ("hard_negative", "seizure_stats", None, """Monthly IMF totals for the port director:
Fentanyl: 41 seizures, 3.2 kg
Methamphetamine: 18 seizures, 11.7 kg
Pill presses / dies: 9
Counterfeit goods: 2,114 seizures, MSRP $4.6M
Top origins: CN, HK, IN, MX
Write a two-sentence summary for the weekly brief."""),

    ("hard_negative", "public_facility", None, """Where do I send the public for parcel inquiries? I have: JFK International Mail Facility, Building 250, JFK International Airport, Jamaica, NY 11430, and the CBP Info Center at 1-877-227-5511. Make it a one-paragraph web answer."""),

    ("hard_negative", "product_names", None, """Counterfeit listing titles we keep seeing: "Louis Vuitton Neverfull MM", "Rolex Submariner 126610LN", "Jordan 1 Retro High Chicago", "Apple AirPods Pro 2nd Gen A2931". Which trademarks are recorded with CBP (e-Recordation)? Just the brand list."""),

    ("hard_negative", "same_shape_no_pii", None, """item\torigin\taddressee\tdelivery_address\tcontents\tqty
EB902217748CN\tCN\t[redacted]\t[redacted]\tpressed tabs\t300
RR551093830HK\tHK\t[redacted]\t[redacted]\tdies\t4
Total the qty column and tell me which origin has more items."""),

    ("hard_negative", "secret_prose", None, """Reminder for the night shift: the vault combination is changed on the 1st of every month and is not to be written on the whiteboard. Don't share it in chat either. The secret is to check the seal log before and after every opening. Turn this into a polite poster."""),

    ("hard_negative", "hs_codes", None, """Which HTS heading covers pill presses — 8479.30.0000 or 8462.90? And tableting dies, 8480.71? A shipment had commercial invoice INV-2024-118734 and declared value USD 1,450.00."""),

    ("hard_negative", "kinship_parcel", None, """Lady at the counter says the parcel is from her grandmother in Lagos, for her daughter's wedding, contains aso-oke fabric and coral beads. Coral beads — any CITES issue? Only one-line answer needed."""),

    ("hard_negative", "cfr_citation", None, """Quote 19 CFR 145.3 for me and explain in plain English when we can open sealed letter class mail without a warrant. Also what's the difference between 145.2 (a) and (b)?"""),
]
