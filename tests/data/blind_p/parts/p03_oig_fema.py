"""Voice: OIG hotline complaint intake, FEMA IA inspection reports OCR'd from PDF, USCIS case inquiries."""
from _v import *

RECORDS = [
R("positive", "oig_intake", "haitian", """DHS OIG Hotline — complaint intake form (web)
Complainant name: [[PERSON:Jean-Wesner Désir]]
Preferred contact: [[EMAIL_ADDRESS:jrdesir.tontonmakout@mailbox.example.net]] / [[PHONE_NUMBER:786-555-0193]]
Home address: [[STREET_ADDRESS:1710 NE 135th St, Apt 12, North Miami, FL 33181]]
Allegation: An officer at the Miami asylum office asked my cousin [[PERSON:Marie-Claudette Louissaint]] for money to move her interview. Her A number is [[A_NUMBER:A 217-448-903]].
Do you want your identity kept confidential? Yes"""),

R("positive", "fema_ia_ocr", "anglo", """FEMA IND1VIDUAL ASSISTANCE - HOME INSPECTI0N REPORT
Registration ID: 26-118734    Disaster: DR-4871-KY
Applicant: [[PERSON:HOLLOWAY, RAYBURN T]]     Co-applicant: [[PERSON:HOLLOWAY, LAVONNE]]
Damaged dwell-
ing address: [[STREET_ADDRESS:RR 2 Box 118, Hindman, KY 41822]]
Mailing: [[STREET_ADDRESS:PO Box 407, Hindman, KY 41822]]
Ph: [[PHONE_NUMBER:606-555-0124]]   DOB (appl.): [[DATE_OF_BIRTH:04/11/1957]]
Occupancy verified: Y   Ownership verified: Y (tax rec.)
Flood line 38 in. ab0ve floor, HVAC dest-
royed, water heater destroyed."""),

R("positive", "fema_ia_ocr", "hmong", """Inspector remarks (pg 2 of 3) ~ applicant [[PERSON:Pa Nhia Vang]] speaks Hmong, son [[PERSON:Tou Xiong]] interpreted. Ap-
plicant states DOB [[DATE_OF_BIRTH:12 Mar 1962]]; SSN last 4 provided only. Mobile home at [[STREET_ADDRESS:4417 Co Rd 12 Lot 9,
Blanchardville, WI 53516]] — frame shifted, skirting gone. Son's ph [[PHONE_NUMBER:608 555 0171]]."""),

R("positive", "oig_intake", "afghan", """Summary of phone complaint (taken by intake analyst):
Caller [[PERSON:Mohammad Nasim Stanikzai]] (محمد نسیم ستانکزی) says his SIV parole extension was denied without explanation. Receipt [[USCIS_RECEIPT_NUMBER:IOE0923471826]]. Wife [[PERSON:Fereshta Stanikzai]], A-number [[A_NUMBER:A246813570]]. Callback [[PHONE_NUMBER:571-555-0158]]. Referred to USCIS Ombudsman, not OIG jurisdiction.""".replace("(محمد نسیم ستانکزی)", "([[PERSON:محمد نسیم ستانکزی]])")),

R("positive", "uscis_inquiry", "salvadoran", """Can you help me write a polite e-mail to the USCIS Contact Center? My neighbor [[PERSON:Doña Reina Elizabeth Menjívar de Portillo]] has TPS and her EAD renewal is stuck. Receipt number [[USCIS_RECEIPT_NUMBER:EAC-26-114-50872]], A# [[A_NUMBER:A-098-765-412]], born [[DATE_OF_BIRTH:22 de julio de 1971]] in San Miguel. She lives at [[STREET_ADDRESS:8807 Piney Branch Rd, Apt 204, Silver Spring, MD 20903]].""".replace("[[PERSON:Doña Reina Elizabeth Menjívar de Portillo]]", "Doña [[PERSON:Reina Elizabeth Menjívar de Portillo]]")),

R("positive", "oig_intake", "cameroonian", """Allegation narrative (verbatim from complainant, [[PERSON:Ngwa Fonkem Achidi]]):
"On 10/14 at the Krome facility the guard with badge name [[PERSON:DALTON]] pushed detainee [[PERSON:Emmanuel Tabe Nkwenti]] (A[[A_NUMBER:203 551 872]]) against the wall." I can be reached at [[EMAIL_ADDRESS:achidi.ngwa@example.cm]].""".replace("(A[[A_NUMBER:203 551 872]])", "([[A_NUMBER:A203551872]])")),

R("positive", "fema_ia_ocr", "marshallese", """FEMA-4866-DR-AR  Applicant Ii st (partial, scanned)
[[PERSON:Jiba Langidrik]]          [[STREET_ADDRESS:1207 W Sunset Ave, Springdale, AR 72764]]    [[PHONE_NUMBER:479-555-0116]]
[[PERSON:Kinta Lokeijak]]          [[STREET_ADDRESS:615 Holcomb St, Apt C, Springdale, AR 72764]]  [[PHONE_NUMBER:479-555-0133]]
[[PERSON:Bwij Anjain-Kabua]]       [[STREET_ADDRESS:22 N Thompson St, Springdale, AR 72764]]      [[PHONE_NUMBER:479-555-0145]]
Interpreter (Marshallese): [[PERSON:Neiko Jetnil]]"""),

R("positive", "fema_payment", "congolese", ("""Recoupment letter draft — please tighten the wording:
Dear [[PERSON:Mr. Kabongo Mwamba Tshibangu]],
Our records show that Individual Assistance of $4,210.00 was deposited to account [[US_BANK_NUMBER:000482193377]] (routing [[ABA_ROUTING_NUMBER:%s]]) on 09/03/2026 for rental assistance ...""" % aba_fill("05300001")).replace("[[PERSON:Mr. Kabongo Mwamba Tshibangu]]", "Mr. [[PERSON:Kabongo Mwamba Tshibangu]]")),

R("positive", "oig_intake", "eritrean", """Intake #OIG-H-26-33871
Subject of complaint: contract security officer at the Eritrean community event (name unknown)
Complainant: [[PERSON:Yonas Tekle Habtemariam]] ([[PERSON:ዮናስ ተክለ ሃብተማርያም]])
DOB [[DATE_OF_BIRTH:1985-09-30]], ph [[PHONE_NUMBER:206.555.0190]]
Witness: [[PERSON:Senait Ghebreyesus]] — no contact info provided."""),

R("positive", "uscis_inquiry", "indian", """Hi, I need to file an e-Request on behalf of my sister-in-law. Details:
Name: [[PERSON:Priyamvada Iyer-Krishnan]]
Receipt: [[USCIS_RECEIPT_NUMBER:WAC2690127744]]
I-94: [[I94_NUMBER:69218374501]]
SEVIS: [[SEVIS_ID:N0034718265]]
DOB: [[DATE_OF_BIRTH:Feb 9, 1999]]
She graduated from Purdue in May and her OPT card still hasn't arrived."""),

R("positive", "fema_ia_ocr", "vietnamese", """lNSPECTION NOTES -- page 1
Appl: [[PERSON:NGUYEN, HUU PHUOC]]  ph: [[PHONE_NUMBER:(985) 555-0103]]
Addr: [[STREET_ADDRESS:2631 Bayou Blue Rd, Houma, LA 70364]]
Boat (commercial shrimp trawler "Miss Kim Lan") damaged — not eligible under IA,
refer to SBA. Appl. stated DOB [[DATE_OF_BIRTH:7/1/1960]]. Wife [[PERSON:LE THI KIM XUYEN]] present."""),

R("positive", "oig_intake", "arabic", """Complaint received by mail, scanned, typed by intake:
"My name is [[PERSON:Yusuf ibn Khalid Al-Hashimi]]. At Dulles on November 2, a CBP officer took my phone and did not return it for 3 hours. My flight was QR707. Passport USA [[US_PASSPORT:A08271946]]. My Global Entry [[KNOWN_TRAVELER_NUMBER:985561203]] was revoked after that." Mailing address: [[STREET_ADDRESS:4401 Roberts Rd, Apt 2210, Fairfax, VA 22032]]."""),

# hard negatives
R("hard_negative", "public_contact", None, """For the disaster recovery center handout: apply at DisasterAssistance.gov, call the FEMA Helpline 1-800-621-3362 (7 a.m. to 11 p.m. ET), or use the FEMA App. Report fraud to the DHS OIG Hotline at 1-800-323-8603. Bring: ID, insurance policy, proof of occupancy. Leave the applicant name field blank on the sample."""),
R("hard_negative", "fema_ia_ocr", None, """FEMA Form FF-104-FY-22-153 (formerly 009-0-3)
Individuals and Households Program — Inspection Checklist
Section 4: Dwelling Type ( ) House ( ) Mobile Home ( ) Apartment ( ) Travel Trailer
Section 5: Damage cause ( ) Flood ( ) Wind ( ) Sewer backup
Registration ID: __ __ __ __ __ __ __ __   Disaster No.: DR-____-__
Inspector ID: _______"""),
R("hard_negative", "oig_report", None, """Per OIG-26-09 (Dec. 2026), "ICE Did Not Consistently Document Detainee Transfers," recommendations 1-4 remain open. See also OIG-25-41 and GAO-26-107311. The audit cited 8 C.F.R. § 287.7 and the Prison Rape Elimination Act standards at 6 C.F.R. Part 115."""),
R("hard_negative", "fema_ia_ocr", None, """DR-4871-KY declaration summary: incident period 07/26/2026 - 08/04/2026; designated counties Breathitt, Knott, Letcher, Perry; IA and PA categories A-G. Hazard Mitigation statewide. FCO: appointed per 44 CFR 206.41. Tropical Storm Florence remnants are unrelated (2018 event)."""),
R("hard_negative", "uscis_inquiry", None, """How do I read a USCIS receipt number? The format is three letters for the service center (e.g., EAC, WAC, LIN, SRC, NBC, MSC, IOE) followed by 10 digits, like ABC0000000000 in the sample notice. The first two digits are the fiscal year. Where do I find the form version date on Form I-765 (edition 01/20/25)?"""),
R("hard_negative", "oig_intake", None, """Intake triage guide: if the allegation concerns Supplemental Security Income (SSI) or Social Security benefits, refer to SSA OIG; if it concerns a TSA screener, route to TSA OPR; for the Will County detention contract, route to ICE OPR. Do not record complainant SSNs in the free-text field."""),
R("hard_negative", "fema_payment", None, """Payment batch summary: Treasury schedule 26-1204-IA, 3,812 payments, total $14,228,340.17; rejected 41 (R03 no account/unable to locate, R04 invalid account number). Re-issue by check via BFS Kansas City. ACH trace numbers are in the attached file, not here."""),
R("hard_negative", "oig_report", None, """Draft talking points: The Grace Commission and the Hoover Commission are historical examples of government efficiency reviews. OIG's Office of Audits uses the Yellow Book (GAGAS 2024 revision). The Inspector General Act of 1978 (5 U.S.C. §§ 401-424) governs the office."""),
R("hard_negative", "uscis_inquiry", None, """Template for the response letter: "Dear [APPLICANT NAME], We received your inquiry regarding receipt number [RECEIPT NUMBER]. Your A-Number (A-XXX-XXX-XXX) appears on the notice. Please allow 30 days." Please make the tone warmer but keep the placeholders."""),
]
