# Voice: benefits-system analysts and EDI integration programmers pasting X12 834/837/270/271/820 interchanges.

ISA_A = "ISA*00*          *00*          *ZZ*DHSOCHCO       *ZZ*FEHBCARR01     *261204*0215*^*00501*000007715*0*P*:~"

R1 = (
    "Carrier rejected this 834 with 'INS segment invalid'. Only one member in the file. What's wrong?\n\n"
    + ISA_A + "\n"
    "GS*BE*DHSOCHCO*FEHBCARR01*20261204*0215*7715*X*005010X220A1~\n"
    "ST*834*0001*005010X220A1~\n"
    "BGN*00*20261204-01*20261204*0215****2~\n"
    "N1*P5*US DEPT OF HOMELAND SECURITY*FI*530196965~\n"
    "INS*Y*18*021*28*A***FT~\n"
    "REF*0F*[[US_SSN:547812290]]~\n"
    "REF*1L*FEHB-105~\n"
    "NM1*IL*1*[[PERSON:ABUBAKAR*HAUWA*I]]***34*[[US_SSN:547812290]]~\n"
    "PER*IP**HP*[[PHONE_NUMBER:2405550171]]~\n"
    "N3*[[STREET_ADDRESS:7719 GREENLEAF DR*APT T2~\n"
    "N4*LANHAM*MD*20706]]~\n"
    "DMG*D8*[[DATE_OF_BIRTH:19850612]]*F~\n"
    "HD*021**HLT*105~\n"
    "DTP*348*D8*20270101~\n"
    "SE*14*0001~"
)

R2 = (
    "can you split this into one segment per line and tell me which INS loop is the dependent?\n\n"
    "ST*834*0042*005010X220A1~BGN*00*DEP-2212*20261130*1104****4~INS*Y*18*030*XN*A***FT~REF*0F*[[US_SSN:233940516]]~"
    "NM1*IL*1*[[PERSON:FONTENOT*CLAIRE*M]]***34*[[US_SSN:233940516]]~N3*[[STREET_ADDRESS:2218 TCHOUPITOULAS ST*APT 4~N4*NEW ORLEANS*LA*70130]]~"
    "DMG*D8*[[DATE_OF_BIRTH:19770303]]*F~INS*N*19*030*XN*A~REF*0F*[[US_SSN:233940516]]~REF*SY*[[US_SSN:233942871]]~"
    "NM1*IL*1*[[PERSON:FONTENOT*REMY*J]]~DMG*D8*[[DATE_OF_BIRTH:20110928]]*M~SE*12*0042~"
)

R3 = (
    "837P keeps bouncing at the clearinghouse with 'subscriber/patient mismatch'. Subscriber is the mom, patient is "
    "the kid. Loop 2000C below:\n\n"
    "HL*1**20*1~\n"
    "NM1*85*2*CAPITOL PEDIATRIC ASSOC*****XX*1588204471~\n"
    "HL*2*1*22*1~\n"
    "SBR*P**GRP7745******CI~\n"
    "NM1*IL*1*[[PERSON:MUKHERJEE*ARUNDHATI]]****MI*[[US_SSN:322075519]]~\n"
    "N3*[[STREET_ADDRESS:4502 KNOLLWOOD CT~\n"
    "N4*FAIRFAX*VA*22032]]~\n"
    "DMG*D8*[[DATE_OF_BIRTH:19820117]]*F~\n"
    "HL*3*2*23*0~\n"
    "PAT*19~\n"
    "NM1*QC*1*[[PERSON:MUKHERJEE-LOWE*ISHAAN]]~\n"
    "DMG*D8*[[DATE_OF_BIRTH:20190805]]*M~"
)

R4 = (
    "270 eligibility request we send to the carrier. Getting AAA*Y**72 back (invalid member ID). Is the DMG wrong "
    "or the MI?\n\n"
    "ST*270*0003*005010X279A1~BHT*0022*13*EL-58821*20261203*0930~HL*1**20*1~NM1*PR*2*BLUESTATE HEALTH*****PI*60054~"
    "HL*2*1*21*1~NM1*1P*2*OCHCO BENEFITS*****XX*1902233145~HL*3*2*22*0~TRN*1*EL-58821-3*9530196965~"
    "NM1*IL*1*[[PERSON:PHAM*QUYNH*ANH]]****MI*[[US_SSN:660418372]]~DMG*D8*[[DATE_OF_BIRTH:19960430]]~DTP*291*D8*20261203~"
    "EQ*30~SE*13*0003~"
)

R5 = (
    "Parse this 271 for me and tell me if the member has active dental:\n\n"
    "NM1*IL*1*[[PERSON:OYELARAN*FOLAKE*A]]****MI*W88310927~\n"
    "N3*[[STREET_ADDRESS:61 BRANDYWINE CIR~\n"
    "N4*STOCKBRIDGE*GA*30281]]~\n"
    "PER*IC**TE*[[PHONE_NUMBER:6785550119]]~\n"
    "DMG*D8*[[DATE_OF_BIRTH:19790219]]*F~\n"
    "EB*1*FAM*30**FEHB BLUE STD~\n"
    "EB*6**35~\n"
    "MSG*DENTAL TERMED 20261031~"
)

R6 = (
    "Individual premium remittance (820) for a member on LWOP paying direct. Bank says the BPR is malformed. Which "
    "element is off?\n\n"
    "ST*820*0007*005010X218~\n"
    "BPR*C*486.22*C*ACH*PPD*01*[[ABA_ROUTING_NUMBER:256013184]]*DA*[[US_BANK_NUMBER:004417832915]]*1530196965******20261215~\n"
    "TRN*3*REM20261215-004*1530196965~\n"
    "N1*PE*US DEPT OF HOMELAND SECURITY~\n"
    "N1*PR*[[PERSON:ZELAYA MARVIN ANTONIO]]~\n"
    "ENT*1~\n"
    "NM1*IL*1*[[PERSON:ZELAYA*MARVIN*ANTONIO]]****34*[[US_SSN:251667043]]~\n"
    "RMR*IK*PREM-DEC26**486.22~\n"
    "SE*9*0007~"
)

R7 = (
    "The carrier says our ISA is bad after we changed the login. Here's the header, the rest is fine:\n\n"
    "ISA*01*OCHCO834  *01*[[PASSWORD:Wq8zPx2L4m]]*ZZ*DHSOCHCO       *ZZ*FEHBCARR02     *261205*1400*^*00501*000007731*1*P*:~\n"
    "GS*BE*DHSOCHCO*FEHBCARR02*20261205*1400*7731*X*005010X220A1~"
)

R8 = (
    "[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]\n"
    "Extract from the enrollment reconciliation, need a SQL to load it into staging. Columns follow the 834 "
    "elements.\n\n"
    "INS*Y*18*001*AI*A~REF*0F*[[US_SSN:437205168]]~NM1*IL*1*[[PERSON:DUBOIS-JEAN*WILNER]]***34*[[US_SSN:437205168]]~"
    "DMG*D8*[[DATE_OF_BIRTH:19680710]]*M~HD*001**HLT*454~\n"
    "INS*Y*18*001*AI*A~REF*0F*[[US_SSN:519663084]]~NM1*IL*1*[[PERSON:KEALOHA*MALIA*K]]***34*[[US_SSN:519663084]]~"
    "DMG*D8*[[DATE_OF_BIRTH:19900101]]*F~HD*001**HLT*454~"
)

R9 = (
    "How do I handle an address change in 834? Sending INS*Y*18*001*AI but the carrier still shows the old "
    "address. This is what we sent:\n\n"
    "INS*Y*18*001*AI*A***FT~\n"
    "REF*0F*[[US_SSN:384017726]]~\n"
    "NM1*IL*1*[[PERSON:SOKOLOVA*IRINA*V]]***34*[[US_SSN:384017726]]~\n"
    "PER*IP**HP*[[PHONE_NUMBER:9075550154]]*EM*[[EMAIL_ADDRESS:irina.sokolova.ak@outlook.example]]~\n"
    "N3*[[STREET_ADDRESS:3310 W NORTHERN LIGHTS BLVD*UNIT 12~\n"
    "N4*ANCHORAGE*AK*99517]]~\n"
    "NM1*31*1~\n"
    "N3*[[STREET_ADDRESS:PO BOX 240118~\n"
    "N4*ANCHORAGE*AK*99524]]~\n"
    "DMG*D8*[[DATE_OF_BIRTH:19730826]]*F~"
)

R10 = (
    "837D - why does the payer say the patient DOB is after the service date? Looks right to me.\n\n"
    "NM1*IL*1*[[PERSON:BEGAYE*LORRAINE]]****MI*[[US_SSN:648220937]]~\n"
    "DMG*D8*[[DATE_OF_BIRTH:19610314]]*F~\n"
    "NM1*QC*1*[[PERSON:BEGAYE*TYRELL*JAMES]]~\n"
    "DMG*D8*[[DATE_OF_BIRTH:20141102]]*M~\n"
    "CLM*DEN771042*185***11:B:1*Y*A*Y*Y~\n"
    "DTP*472*D8*20140911~"
)

R11 = (
    "Carrier sent back a 999 rejecting this member. The extract is from the HR system, fields in this order: "
    "REF*0F, NM1, DMG, N3/N4. One line:\n\n"
    "REF*0F*[[US_SSN:190448356]]~NM1*IL*1*[[PERSON:LINDQVIST*BJORN*E]]***34*[[US_SSN:190448356]]~DMG*D8*[[DATE_OF_BIRTH:19550929]]*M~"
    "N3*[[STREET_ADDRESS:RR 2 BOX 41~N4*ELBOW LAKE*MN*56531]]~"
)

E1 = (
    "Our mainframe writes the 834 as 80-byte records so segments wrap mid-value. Does the carrier care? sample:\n\n"
    "INS*Y*18*021*28*A***FT~REF*0F*M0088412~NM1*IL*1*[[PERSON:GEBREYESUS*TSEGA\n"
    "YE]]***34*[[US_SSN:20761\n"
    "8841]]~DMG*D8*[[DATE_OF_BIRTH:198811\n"
    "06]]*F~HD*021**HLT*105~"
)

E2 = (
    "Typing this in from the paper enrollment because the scanner is down, member says her 834 had the wrong "
    "birthdate. Her NM1 should be NM1*IL*1*[[PERSON:ACOSTA*YURIDIA]]***34*[[US_SSN:5O7.33.O916]] and DMG*D8*"
    "[[DATE_OF_BIRTH:nineteen eighty-four, march twenty-second]]. can you write out the corrected segments?"
)

H1 = (
    "What does this 999 mean, did the whole file fail or one transaction?\n\n"
    "ISA*00*          *00*          *ZZ*FEHBCARR01     *ZZ*DHSOCHCO       *261204*0231*^*00501*000004821*0*P*:~\n"
    "GS*FA*FEHBCARR01*DHSOCHCO*20261204*0231*4821*X*005010X231A1~\n"
    "ST*999*0001*005010X231A1~\n"
    "AK1*BE*7715*005010X220A1~\n"
    "AK2*834*0001*005010X220A1~\n"
    "IK3*INS*6**8~\n"
    "IK4*3**7*021~\n"
    "IK5*R*5~\n"
    "AK9*R*1*1*0~\n"
    "SE*8*0001~"
)

H2 = (
    "Only the header loop of our 834, I want to know whether N1*P5 should have our FEIN or the carrier's:\n\n"
    "ST*834*0011*005010X220A1~\n"
    "BGN*00*OE2027-0011*20261201*0800****4~\n"
    "REF*38*GRP7745~\n"
    "N1*P5*US DEPT OF HOMELAND SECURITY*FI*530196965~\n"
    "N3*245 MURRAY LN SW~\n"
    "N4*WASHINGTON*DC*20528~\n"
    "N1*IN*BLUESTATE HEALTH PLAN*FI*381359264~"
)

H3 = (
    "Explain the DMG segment. Our spec just says:\n\n"
    "DMG*D8*CCYYMMDD*G~\n"
    "  DMG01  1250  Date Time Period Format Qualifier  (always D8)\n"
    "  DMG02  1251  Date Time Period  (member birth date)\n"
    "  DMG03  1068  Gender Code  F, M, U\n"
    "  DMG04  1067  Marital Status Code\n"
    "and for INS02, 18 = self, 01 = spouse, 19 = child. Is DMG required on dependents?"
)

H4 = (
    "TA1 came back with 022. What's 022?\n\n"
    "ISA*00*          *00*          *ZZ*FEHBCARR02     *ZZ*DHSOCHCO       *261205*1402*^*00501*000009113*0*P*:~\n"
    "TA1*000007731*261205*1400*R*022~\n"
    "IEA*0*000009113~"
)

H5 = (
    "820 from the carrier's side, just the summary. Why is the BPR amount different from the sum of RMR04?\n\n"
    "BPR*I*184226.90*C*CHK************20261215~\n"
    "TRN*1*0061120384*1381359264~\n"
    "N1*PE*BLUESTATE HEALTH PLAN~\n"
    "N1*PR*US DEPT OF HOMELAND SECURITY~\n"
    "ENT*1*2J*EI*530196965~\n"
    "RMR*IK*INV-2026-1201**92113.45~\n"
    "RMR*IK*INV-2026-1202**92113.40~"
)

H6 = (
    "277CA for our batch, provider level only. Does STC*A3:21 mean the whole batch got rejected?\n\n"
    "NM1*41*2*OCHCO BENEFITS*****46*DHS0001~\n"
    "TRN*1*BATCH-20261202-03~\n"
    "STC*A1:19*20261202*WQ*18442.00~\n"
    "QTY*90*41~\n"
    "QTY*AA*3~\n"
    "NM1*85*2*CAPITOL PEDIATRIC ASSOC*****XX*1588204471~\n"
    "STC*A3:21*20261202*U*1215.00~"
)

H7 = (
    "Our GS control numbers look like phone numbers (2025550142 etc) because someone used the date+seq "
    "scheme. Is a 10 digit GS06 allowed? Spec says N0 1/9.\n\n"
    "GS*BE*DHSOCHCO*FEHBCARR01*20261204*0215*2612040215*X*005010X220A1~\n"
    "GE*1*2612040215~"
)

RECORDS = [
    ("positive", "edi834_subscriber_lines", "hausa", R1),
    ("positive", "edi834_dependent_one_line", "cajun", R2),
    ("positive", "edi837p_subscriber_patient", "bengali", R3),
    ("positive", "edi270_eligibility", "vietnamese", R4),
    ("positive", "edi271_response", "yoruba", R5),
    ("positive", "edi820_individual_remittance", "honduran", R6),
    ("positive", "isa_security_password", None, R7),
    ("positive", "edi834_cui_banner", "haitian+hawaiian", R8),
    ("positive", "edi834_address_change", "russian", R9),
    ("positive", "edi837d_patient_dob", "navajo", R10),
    ("positive", "edi834_rural_route", "swedish", R11),
    ("evasion", "edi834_wrapped_80byte", "eritrean", E1),
    ("evasion", "edi_retyped_dotted_words", "mexican", E2),
    ("hard_negative", "edi999_ack", None, H1),
    ("hard_negative", "edi834_header_public_sponsor", None, H2),
    ("hard_negative", "edi_segment_definition", None, H3),
    ("hard_negative", "edi_ta1", None, H4),
    ("hard_negative", "edi820_company_summary", None, H5),
    ("hard_negative", "edi277ca_provider_level", None, H6),
    ("hard_negative", "gs_control_number_phone_shaped", None, H7),
]
