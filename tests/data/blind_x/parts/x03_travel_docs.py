# Voice: CBP officers, USCIS adjudicators and travel-office staff pasting passports, MRZ lines, visa foils, I-94s
RECORDS = [
("positive", "mrz_us_passport", "anglo+ghanaian",
"""Why does our MRZ parser reject this? It's a US passport scanned at the kiosk:

P<USA[[PERSON:BRANNIGAN<OSEI<<TALULAH<JUNE]]<<<<<<<<<<<
[[US_PASSPORT:560718234]]0USA[[DATE_OF_BIRTH:850714]]7F3302118<<<<<<<<<<<<<<04

The check digits look right to me. Traveler name in our system is [[PERSON:Talulah June Brannigan Osei]]."""),

("positive", "mrz_mexico_ocr", "nahua",
"""OCR output from secondary inspection, lane 7 (Laredo):
PASAPORTE / PASSPORT  ESTADOS UNIDOS MEXICANOS
Tipo/Type P   Clave del país MEX   No. de pasaporte / Passport No. [[US_PASSPORT:G41827365]]
Apellidos / Surname [[PERSON:HUITZIL CUAUHTLE]]
Nombres / Given names [[PERSON:ANACAONA]]
Fecha de nacimiento / Date of birth [[DATE_OF_BIRTH:06 03 1992]]
Fecha de expedición / Date of issue 18 09 2021
Fecha de caducidad / Date of expiry 18 09 2031
P<MEX[[PERSON:HUITZIL<CUAUHTLE<<ANACAONA]]<<<<<<<<<<<<<
[[US_PASSPORT:G41827365]]8MEX[[DATE_OF_BIRTH:920306]]6F3109188<<<<<<<<<<<<<<00"""),

("positive", "mrz_india_question", "tamil",
"""User: the applicant's passport MRZ second line is
[[US_PASSPORT:T4821937]]<1IND[[DATE_OF_BIRTH:670125]]1F2908030<<<<<<<<<<<<<<08
and the first is P<IND[[PERSON:RAJAGOPALAN<<SUBBULAKSHMI]]<<<<<<<<<<<<<<
The DS-160 says she was born [[DATE_OF_BIRTH:25 Jan 1976]], not 1967. Which one do I trust?
Assistant: The MRZ encodes the birth date as YYMMDD, so 670125 reads [[DATE_OF_BIRTH:25 January 1967]]. The DS-160 entry of [[DATE_OF_BIRTH:25 Jan 1976]] looks like a transposed year; the applicant should correct the DS-160."""),

("positive", "mrz_german_td3", "turkish_german",
"""Reisepass / Passport — Bundesrepublik Deutschland
Pass-Nr. / Passport No.: [[US_PASSPORT:CF7K92LT4]]
Name: [[PERSON:ÖZDEMIR]]   Vornamen: [[PERSON:BARAN KEREM]]
Geburtstag / Date of birth: [[DATE_OF_BIRTH:30.11.2001]]   Geburtsort: KÖLN
Gültig bis: 17.06.2034
P<D<<[[PERSON:OEZDEMIR<<BARAN<KEREM]]<<<<<<<<<<<<<<<<<<
[[US_PASSPORT:CF7K92LT4]]3D<<[[DATE_OF_BIRTH:011130]]0M3406175<<<<<<<<<<<<<<08"""),

("positive", "mrz_philippines_esta", "filipino",
"""Travel office: booking for the visiting delegate. Passport no. [[US_PASSPORT:P4827193B]] (Republic of the Philippines), holder [[PERSON:Crisanto Joven Balagtas]], petsa ng kapanganakan / date of birth [[DATE_OF_BIRTH:22 APR 1978]]. MRZ for the airline APIS:
P<PHL[[PERSON:BALAGTAS<<CRISANTO<JOVEN]]<<<<<<<<<<<<<<<
[[US_PASSPORT:P4827193B]]4PHL[[DATE_OF_BIRTH:780422]]9M3201093<<<<<<<<<<<<<<04"""),

("positive", "mrz_nigeria_refusal", "igbo",
"""214(b) refusal worksheet, case notes. Applicant passport MRZ:
P<NGA[[PERSON:OKONKWO<EZENWA<<CHIDUBEM]]<<<<<<<<<<<<<<<
[[US_PASSPORT:A08472913]]8NGA[[DATE_OF_BIRTH:990817]]6M3002267<<<<<<<<<<<<<<06
Applicant stated he was born in Onitsha on [[DATE_OF_BIRTH:17 August 1999]]; intends 2-week visit for a conference."""),

("positive", "visa_foil_text", "uzbek",
"""Visa foil transcription for the A-file (student, F-1):
Issuing Post Name TASHKENT   Control Number 20261184730002
Surname [[PERSON:NAZAROVA]]   Given Name [[PERSON:DILNOZA]]
Passport Number [[US_PASSPORT:FA9183720]]   Sex F   Birth Date [[DATE_OF_BIRTH:11JUN1993]]   Nationality UZB
Visa Type/Class R F1   Entries M   Issue Date 05APR2026   Expiration Date 05APR2027
V<USA[[PERSON:NAZAROVA<<DILNOZA]]<<<<<<<<<<<<<<<<<<<<<<
[[US_PASSPORT:FA9183720]]3UZB[[DATE_OF_BIRTH:930611]]8F2704058<<<<<<<<<<<<<<02"""),

("positive", "i94_excerpt", "brazilian",
"""Most Recent I-94
Admission I-94 Record Number: [[I94_NUMBER:418293075A3]]
Most Recent Date of Entry: 2026 October 14
Class of Admission: B2
Admit Until Date: 04/13/2027
Details provided on the I-94 Information form:
Last/Surname: [[PERSON:FAGUNDES DE ALBUQUERQUE]]
First (Given) Name: [[PERSON:IRACEMA]]
Birth Date: [[DATE_OF_BIRTH:1958 August 02]]
Passport Number: [[US_PASSPORT:FT482917]]
Country of Citizenship: Brazil"""),

("positive", "i94_old_numeric", "cuban",
"""For the adjustment packet: her paper I-94 from 2013 is number [[I94_NUMBER:69418203571]]. Name on it [[PERSON:Yanelis Mederos Carbonell]], fecha de nacimiento [[DATE_OF_BIRTH:19/12/1987]], pasaporte cubano [[US_PASSPORT:K482917]]. The new one from the CBP site shows a different passport because she renewed."""),

("positive", "child_passport_ds11", "hmong",
"""Hi, can you help me fill out the DS-11 for my son? Name [[PERSON:Tswv Yeej Vang]], born [[DATE_OF_BIRTH:February 14, 2019]] in Fresno. My passport number is [[US_PASSPORT:571930486]] and his dad's is [[US_PASSPORT:A17305928]]. Both parents will be at the appointment at [[STREET_ADDRESS:2144 E Shields Ave, Fresno, CA 93726]]. Our cell is [[PHONE_NUMBER:559-555-0174]]."""),

("positive", "passport_card_vs_book", "puerto_rican",
"""Employee [[PERSON:Yadiel Ocasio Rivera]] has both a passport book ([[US_PASSPORT:519283746]]) and a passport card ([[US_PASSPORT:C04718293]]). He was born [[DATE_OF_BIRTH:5/27/1990]] in Bayamón. For official travel to Canada by air, only the book works. Please note that in the TDY orders."""),

("positive", "canada_passport_deleg", "canadian_punjabi",
"""Conference registration export:
last,first,country,passport_no,dob
[[PERSON:Sandhu]],[[PERSON:Harleen]],CAN,[[US_PASSPORT:AK573018]],[[DATE_OF_BIRTH:1989-01-30]]
[[PERSON:Lévesque]],[[PERSON:Marc-Olivier]],CAN,[[US_PASSPORT:HB920471]],[[DATE_OF_BIRTH:1975-11-08]]"""),

("positive", "chinese_passport", "chinese",
"""签证面谈备注：申请人 [[PERSON:欧阳婉清]]（[[PERSON:OUYANG WANQING]]），护照号码 [[US_PASSPORT:E71930482]]，出生日期 [[DATE_OF_BIRTH:1996年3月21日]]，出生地 湖南。 Please translate this note to English for the file."""),

("evasion", "passport_zero_width", "vietnamese",
"""Passport # for [[PERSON:Lê Thị Hồng Nhung]]: [[US_PASSPORT:C8\u200b27\u200b19\u200b40]] — ngày sinh [[DATE_OF_BIRTH:08/03/1985]]. (copied from her Zalo message, formatting looks weird)"""),

("evasion", "passport_words", "anglo",
"""Travel agent asked me to read back the passport number so I'm typing it like I said it on the phone: [[US_PASSPORT:five four eight, two one nine, seven three six]]. Traveler [[PERSON:Prudence Ashworth-Keel]], DOB [[DATE_OF_BIRTH:September the ninth, nineteen seventy-one]]."""),

# hard negatives
("hard_negative", "passport_fees", None,
"""Passport fees as of this year (check travel.state.gov before paying): adult passport book $130 application fee + $35 execution fee; passport card $30; expedited service $60; 1-2 day delivery $22.05. Child book (under 16) $100 + $35. Pay the application fee to "U.S. Department of State"."""),

("hard_negative", "mrz_specimen", None,
"""ICAO Doc 9303 training example (specimen): 
P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
L898902C36UTO7408122F1204159ZE184226B<<<<<10
Utopia (UTO) is the fictitious state used in the ICAO specification; use it to test parsers, never a real passport."""),

("hard_negative", "passport_card_instructions", None,
"""Passport card tips: the card is valid for land and sea entry from Canada, Mexico, the Caribbean and Bermuda, but NOT for international air travel. It fits in a wallet. If you already have a book, apply for a card with the DS-82 if eligible. Processing: routine 4-6 weeks, expedited 2-3 weeks."""),

("hard_negative", "i94_website_help", None,
"""To download an I-94, go to i94.cbp.dhs.gov, choose "Get Most Recent I-94", and enter the data exactly as on the passport. The Admission Record Number is 11 characters. Note: the I-94 "Admit Until Date" (e.g., D/S for students) is not the visa expiration date."""),

("hard_negative", "travel_itinerary", None,
"""TDY itinerary: 14JAN27 IAD-FRA LH 419 dep 17:40; 22JAN27 FRA-IAD LH 418 dep 10:55. Hotel confirmation 83021947. Country clearance cable ref 27 BERLIN 118. Visa not required for official passport holders for stays under 90 days."""),

("hard_negative", "form_list", None,
"""Checklist for the official passport office: DS-11 (new), DS-82 (renewal), DS-1350 (report of birth abroad - the form number only), SF-1190, TA number, and the DSP-1640 memo. Bring the completed DS-11 unsigned."""),

("hard_negative", "visa_bulletin", None,
"""December Visa Bulletin: EB-2 Rest of World final action date 01APR24; EB-3 India 15SEP13; F2A 01JAN22. Priority dates are not birth dates, and the chargeability is based on country of birth, not citizenship."""),

("hard_negative", "passport_numbers_not", None,
"""Order status: Invoice INV-2026-118402, tracking 1Z 84F 2E7 03 4418 9271, PO 70CDCR26P00007719. The courier reference "PASSPORT-EXP-0042" is just the name of the expedite service line item, not a passport."""),

("hard_negative", "famous_passport_history", None,
"""Fun fact for the consular newsletter: the first US passport photos were required in 1914. Ernest Hemingway, born July 21, 1899, in Oak Park, used his passport for years in Spain and Cuba. Amelia Earhart's passport is on display at a museum."""),

("hard_negative", "ds160_instructions_dob", None,
"""DS-160 help text: "Date of Birth — Enter your date of birth as shown in your passport. If you don't know the day or month, enter it as shown on your passport, for example XX-XXX-1980." Use the DD-MMM-YYYY format in the dropdowns."""),

("hard_negative", "passport_processing_stats", None,
"""Passport Agency workload (week 48): 218,402 applications received, 94% within service commitments. Routine processing 4-6 weeks. Washington Passport Agency appointments: 1-877-487-2778. Born-abroad reports (CRBA) up 6%."""),

("hard_negative", "apis_schema", None,
"""APIS field spec: DOCUMENT_NUMBER (A/N 1-15), DOC_TYPE (P, V, A, C), NATIONALITY (ISO 3166 alpha-3), DATE_OF_BIRTH (YYMMDD), GENDER (M/F/X), EXPIRY (YYMMDD). Example placeholder values: <DOC_NO>, <DOB_YYMMDD>. Validate check digits with weights 7-3-1."""),
]
