"""aq01: ICE Law Enforcement Support Center (LESC): immigration alien queries (IAQ) from local police, call logs,
teletype-style replies."""

RECORDS = [
    ("positive", "iaq_teletype_reply", "honduran+anglo", """can you turn this IAR into plain english for the deputy? he's new and keeps calling back

IAR RESPONSE
ORI/VT0040100  ATN/DEP HOLLOWAY
NAM/[[PERSON:ZACARIAS-PEÑUELAS, ELMER OSVALDO]]
DOB/[[DATE_OF_BIRTH:19870614]]  POB/HONDURAS  SEX/M
ANO/[[A_NUMBER:A217405386]]
STATUS: SUBJECT HAS NO LEGAL STATUS IN THE UNITED STATES. PRIOR REMOVAL 2016.
LESC SPEC ON DUTY: [[PERSON:K. ABERNATHY-ROWE]]"""),

    ("positive", "call_log", "vietnamese+anglo", """Call log — night shift, Section B, 12/05
0214  Sgt. [[PERSON:Dwight Peploe]] (Lancaster Co SO) — traffic stop, subj gives name [[PERSON:TRAN VAN KHUONG]], DOB [[DATE_OF_BIRTH:4/22/91]], claims LPR. Ran name/DOB, 2 possible hits. Asked for card #.
0231  Same caller back: card shows [[A_NUMBER:A 203-558-914]]. Match confirmed, LPR valid, no wants. Closed.
0248  Tpr. [[PERSON:Lorna Kettleby]] (PA SP Troop J) — no answer on callback [[PHONE_NUMBER:(717) 555-0162]]. Left vm.
Need this turned into the shift summary format, bullets, no more than 6 lines."""),

    ("positive", "email_quoted", "haitian+anglo", """Subject: RE: IAQ follow-up — [[PERSON:Jean-Wesner Fleurimond]]

Officer [[PERSON:Bramwell]],
The subject you ran last night ([[PERSON:Jean-Wesner Fleurimond]], DOB [[DATE_OF_BIRTH:02 FEB 1979]]) has a pending TPS application, receipt [[USCIS_RECEIPT_NUMBER:EAC2490317764]]. That is not a removal order. Please do not hold on the basis of our reply.

[[PERSON:Odile Sannon-Marceau]]
Law Enforcement Specialist, LESC
[[PHONE_NUMBER:802-555-0147]] | [[EMAIL_ADDRESS:odile.sannon-marceau@ice.dhs.gov]]

> From: Ptl. [[PERSON:R. Bramwell]]
> Sent: Friday, December 4, 2026 11:52 PM
> Do we hold him or not? Dispatch says your teletype said 'record found'."""),

    ("positive", "iaq_form_ocr", "guatemalan", """OCR of a faxed IAQ request, needs cleaning up before I key it:

IMMIGRATION ALlEN QUERY — REQUESTING AGENCY: Dodge City PD
Subject Name: [[PERSON:XOCOP TZUNUN, Baltazar]]    Alias: [[PERSON:Balta Xocop]]
D0B: [[DATE_OF_BIRTH:11-JUN-1993]]   Place of Birth: Totonicapán, GT
Address given: [[STREET_ADDRESS:1408 Avenue K, Dodge City, KS 67801]]
Reason: booked on DUI, jail needs status before arraignment
Officer: Cpl. [[PERSON:Tamsin Orrell]]  Phone: [[PHONE_NUMBER:620-555-0119]]"""),

    ("positive", "chat_turns", "yoruba", """[02:11] me: jail in Gwinnett sent a fingerprint-based IAQ, subject says he's a student
[02:12] me: name [[PERSON:Oluwaseyi Adebanjo-Okunola]], DOB [[DATE_OF_BIRTH:1999-08-30]], SEVIS [[SEVIS_ID:N0034418275]]
[02:12] me: SEVIS shows terminated for unauthorized employment in Oct
[02:13] me: how do I word that in the reply without saying he's 'illegal'? we're supposed to state facts only"""),

    ("positive", "teletype_les", "polish", """Please shorten this for the watch commander's brief, keep the caveat.

[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
FROM: LESC WILLISTON VT
TO: NJ0071200 NEWARK PD
SUBJ: IAR [[PERSON:WOJCIECHOWSKA, HALINA TERESA]] DOB [[DATE_OF_BIRTH:23 MAR 1976]]
1. SUBJ ADMITTED B2 VISITOR 2019, OVERSTAYED. 2. NO CRIMINAL HISTORY IN IDENT. 3. ERO NEWARK NOTIFIED, DETAINER NOT LODGED AT THIS TIME.
[[CUI_MARKING:(U//LES)]] THIS RESPONSE MAY NOT BE DISSEMINATED OUTSIDE THE REQUESTING AGENCY."""),

    ("positive", "voicemail_transcript", "somali", """Voicemail transcript (auto), 12/06 03:40:
"Hi this is Deputy Orrin Tischhauser, Cerro Gordo county, I'm calling about, uh, the query for a Mr. Abdiqani Warsame Farah, date of birth the ninth of January nineteen eighty-eight, we've got him on a warrant for the county and I need to know if ICE wants him. Call me at six four one, five five five, zero one three eight. Thanks."
Please pull out caller, subject and callback into the log fields."""
     .replace("Orrin Tischhauser", "[[PERSON:Orrin Tischhauser]]")
     .replace("Abdiqani Warsame Farah", "[[PERSON:Abdiqani Warsame Farah]]")
     .replace("the ninth of January nineteen eighty-eight", "[[DATE_OF_BIRTH:the ninth of January nineteen eighty-eight]]")
     .replace("six four one, five five five, zero one three eight", "[[PHONE_NUMBER:six four one, five five five, zero one three eight]]")),

    ("positive", "pipe_export", "filipino+romanian+punjabi", """Pulled our repeat-caller list for the quality review, pipe delimited:
agency|officer|subject|dob|anumber
Elko Co SO|Dep. [[PERSON:Farrow]]|[[PERSON:MANALASTAS, Rodelio]]|[[DATE_OF_BIRTH:1984-12-02]]|[[A_NUMBER:A094615327]]
Bismarck PD|Ofc. [[PERSON:Ingrid Solheim-Baeck]]|[[PERSON:CIOBANU, Vasilica]]|[[DATE_OF_BIRTH:1972-05-19]]|[[A_NUMBER:A208833041]]
Yuba City PD|Det. [[PERSON:Ravneet Sandhawalia]]|[[PERSON:GREWAL, Harjodh Singh]]|[[DATE_OF_BIRTH:2001-01-27]]|none
Which agencies call back more than twice per subject?"""),

    ("positive", "creole_note", "haitian", """Tradui sa pou mwen an angle tanpri, manman an te kite l nan biwo a:

"Bonjou, mwen se [[PERSON:Mirlande Joassaint]], manman [[PERSON:Kervens Joassaint]]. Polis Brockton arete pitit mwen an yè swa. Li fèt [[DATE_OF_BIRTH:17 oktòb 2004]]. Li gen TPS, nimewo A li se [[A_NUMBER:A219076542]]. Tanpri rele m nan [[PHONE_NUMBER:508-555-0173]]. Mèsi."

she wants to know if our office put a hold on him"""),

    ("positive", "jail_roster_csv", "eritrean+salvadoran", """booking_no,last,first,dob,charge,iaq_sent
26-118834,Weldegiorgis,Yonatan,[[DATE_OF_BIRTH:05/14/1995]],DWLS,Y
26-118839,Ayala Quintanilla,Nelson Ariel,[[DATE_OF_BIRTH:10/02/1982]],ASLT 3,Y
^ from Pinellas. which of these did we answer? the names didn't carry into our system"""
     .replace("Weldegiorgis,Yonatan", "[[PERSON:Weldegiorgis]],[[PERSON:Yonatan]]")
     .replace("Ayala Quintanilla,Nelson Ariel", "[[PERSON:Ayala Quintanilla]],[[PERSON:Nelson Ariel]]")),

    ("positive", "supervisor_email_cred", "ethiopian", """Quick one before I forget: the NLETS test terminal login for the new hires is lescnew07 / [[PASSWORD:Wn4#pTz9!qLr]] — can you rewrite my onboarding paragraph so it sounds less like a sticky note? Thanks, [[PERSON:Mahlet Tesfaye-Worku]]"""),

    ("positive", "dl_query", "russian", """Trooper sent a photo of the license, OCR'd:
NEW YORK STATE  DRIVER LICENSE
ID [[US_DRIVER_LICENSE:813 427 655]]
[[PERSON:SHEVCHUK-ORLOVA, YEVGENIYA]]
[[STREET_ADDRESS:2261 E 19TH ST APT 4F, BROOKLYN, NY 11229]]
DOB [[DATE_OF_BIRTH:08/11/1968]]
She told him she has a green card but doesn't carry it. Can you draft the reply asking him to get the A-number?"""),

    ("positive", "shift_notes_passport", "anglo+kenyan", """Shift turnover 12/06 — [[PERSON:Calloway]] to [[PERSON:Wanjiru Gathoni-Mbugua]]
- Pending: Hamilton Co IAQ on subject who showed a US passport [[US_PASSPORT:582049137]] at booking; claims USC by birth in Guam. Need vital records check before we answer. Do NOT reply 'no record'.
- Pending: callback to Lt. [[PERSON:Ostermeyer]], [[PHONE_NUMBER:423-555-0184]].
Clean this up for the turnover email please."""),

    ("evasion", "spaced_anumber", "honduran", """officer read it to me over the radio so I typed it like this: A 2 1 9 8 4 0 7 1 5, name is [[PERSON:Lenin Ismael Cárcamo]]. can you put the number back in normal format for the IAR template?"""
     .replace("A 2 1 9 8 4 0 7 1 5", "[[A_NUMBER:A 2 1 9 8 4 0 7 1 5]]")),

    ("evasion", "les_dotted", "ghanaian", """Draft reply, tighten it:
L.E.S. — Subject [[PERSON:Kwabena Osei-Tutu]], DOB [[DATE_OF_BIRTH:1990-07-07]], is a lawful permanent resident. No immigration detainer."""
     .replace("L.E.S.", "[[CUI_MARKING:L.E.S.]]")),

    ("evasion", "dob_o_letters", "cuban", """Deputy typed the DOB with letter O's again: [[DATE_OF_BIRTH:O7/1O/197O]] for [[PERSON:Yoandry Ravelo Mestre]], A-number [[A_NUMBER:A2O4871266]]. Write me a polite note asking agencies to use the numeric keypad?"""),

    ("hard_negative", "public_contact", None, """Rewrite this for the sheriff's association newsletter: The Law Enforcement Support Center in Williston, Vermont answers immigration status queries from federal, state and local agencies 24 hours a day, 7 days a week. Agencies submit an Immigration Alien Query through Nlets; the LESC returns an Immigration Alien Response. For tips from the public, direct callers to the ICE Tip Line at 1-866-347-2423 or the online tip form."""),

    ("hard_negative", "statute_cites", None, """In plain terms, what's the difference between 8 U.S.C. 1357(g), 8 U.S.C. 1373 and 8 CFR 287.7? Local chiefs keep asking whether our IAR is a detainer. It isn't; a detainer is the I-247A. Want a two-paragraph explainer."""),

    ("hard_negative", "teletype_template", None, """Template for the new IAR layout, fields only, no data — does it read ok?
ORI/[9 chars]  ATN/[requesting officer]
NAM/[LAST, FIRST MIDDLE]
DOB/[CCYYMMDD]  POB/[country]
ANO/[A-number if known]
STATUS: [one of: LPR / USC / NO STATUS / PENDING / UNABLE TO DETERMINE]"""),

    ("hard_negative", "ori_codes", None, """ORI list for the Vermont agencies we added this quarter: VT0040100, VT0070300, VT0140000, VT0120500. Case refs 2026-LESC-004187 and 2026-LESC-004203. Can you sort them by county code and put them in a table?"""),

    ("hard_negative", "about_marking", None, """Question for the team: when we paraphrase an IAR in a training slide, does the slide still need the LES caveat? My read is no, if there's no real subject data and it's obviously a mock-up, but I'd like a second opinion before the all-hands. Don't paste any real IARs in the reply."""),

    ("hard_negative", "eponyms", None, """Fun fact for the break room board: the building across the lot is named for Ethan Allen, and the road out front for the Winooski River. Also, the Burlington International Airport call sign thing came up — we're not renaming anything, just need a caption."""),

    ("hard_negative", "stats_numbers", None, """Monthly volume: 118,204 IAQs, 1,412 phone queries, avg response 11 minutes. Busiest ORIs: TX2270000, AZ0072300, FL0520000. Peak hour 0200–0300. Turn this into three bullets for the deputy assistant director, no adjectives."""),

    ("hard_negative", "kinship_titles", None, """Caller was the subject's brother-in-law and wanted to know if his sister's husband was 'in the system'. I told him we only answer law enforcement agencies and gave him the online detainee locator. Is there a kinder way to say that on the phone? The sergeant, the deputy and the chaplain all had opinions."""),

    ("hard_negative", "callback_script", None, """Script check: 'LESC, this is Specialist ___, badge ___. Please give me your ORI, your name and a callback number. I'll need the subject's full name, date of birth and country of birth, or an A-number if you have one.' Anything missing that officers always forget?"""),

    ("hard_negative", "training_example", None, """For the training deck, example values only (not real): A-number A000000000, DOB 19000101, name DOE, JOHN. The point of the slide is showing where each field goes on the IAQ. Can you add a speaker note?"""),

    ("positive", "fusion_paste_classified", "tajik", """Fusion centre pasted this into their IAQ remarks, can I just summarise the status part for the reply?
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Reporting indicates [[PERSON:Rustam Davlatovich Qodirov]] (DOB [[DATE_OF_BIRTH:1988-02-11]]) transited Istanbul in October using a second identity.
[[CLASSIFICATION_MARKING:(U)]] Subject's A-number is [[A_NUMBER:A216093385]]; he holds a pending I-485.
[[CLASSIFICATION_MARKING:Classified By: 4471 Analyst, Intelligence Division]]
[[CLASSIFICATION_MARKING:Derived From: Multiple Sources]]
[[CLASSIFICATION_MARKING:Declassify On: 20511231]]"""),
]
