"""Voice: HR and payroll forms, travel vouchers, medical leave notes, employees' personal errands."""
from _v import *

CARD1 = luhn_fill("552744018830271")
CARD2 = luhn_fill("37828103917254")   # 15-digit amex-like
CARD3 = luhn_fill("601155013847029")
RECORDS = [
R("positive", "payroll_form", "mexican", """SF-1199A Direct Deposit Sign-Up (typed from the paper form)
Payee: [[PERSON:Guadalupe Ixchel Hernández Tlapa]]
SSN: [[US_SSN:612-38-5049]]
Address: [[STREET_ADDRESS:2419 E Cesar Chavez St, Austin, TX 78702]]
Bank routing: [[ABA_ROUTING_NUMBER:%s]]   Account: [[US_BANK_NUMBER:38827100452]]  Type: Checking
Please double-check nothing is missing before I send to NFC.""" % aba_fill("11490001")),

R("positive", "travel_voucher", "anglo", f"""Help me itemize this voucher for Concur:
Traveler: [[PERSON:Prudence Halloway]]  TDY: Anchorage, 11/16-11/21
GTCC ending … no wait, full number for the reconciliation: [[CREDIT_CARD:{CARD1[:4]} {CARD1[4:8]} {CARD1[8:12]} {CARD1[12:]}]]
Hotel $189/night x5, rental car $412.30, per diem M&IE $74.
The hotel charged my personal card [[CREDIT_CARD:{CARD2}]] by mistake for one night."""),

R("positive", "medical_leave", "jamaican", """Draft e-mail to my supervisor, please make it professional:
"Hi [[PERSON:Desmond]], I'll need FMLA from 12/14 for about six weeks. My mother, [[PERSON:Hyacinth Beckford-Campbell]] (DOB [[DATE_OF_BIRTH:November 3, 1949]]), is having hip surgery at the VA in Kingston... sorry I mean in Tuskegee, and I'm her only caregiver. The WH-380-F from [[PERSON:Dr. Ainsworth McLeary]] is attached." """.replace("[[PERSON:Dr. Ainsworth McLeary]]", "Dr. [[PERSON:Ainsworth McLeary]]")),

R("positive", "personal_taxes", "vietnamese", """I'm doing my taxes and my wife uses an ITIN. Is this right for the dependent section?
Spouse: [[PERSON:Đỗ Thị Mai Anh]], ITIN [[US_ITIN:912-81-5063]]
Son: [[PERSON:Kevin Minh Đỗ]], SSN [[US_SSN:771-20-3358]], DOB [[DATE_OF_BIRTH:2016-04-25]]
Daughter: [[PERSON:Emily Lan Đỗ]], SSN [[US_SSN:771-20-3391]], DOB [[DATE_OF_BIRTH:2019-10-07]]"""),

R("positive", "school_form", "ethiopian", """Please help me fill out my daughter's school emergency contact form in a nicer format:
Student: [[PERSON:Liya Mekonnen]]
Parent 1: [[PERSON:Abebe Mekonnen Tadesse]] — work [[PHONE_NUMBER:(202) 555-0128]]
Parent 2: [[PERSON:Hirut Alemayehu]] — cell [[PHONE_NUMBER:(240) 555-0176]]
Home: [[STREET_ADDRESS:9310 Georgia Ave, Apt 508, Silver Spring, MD 20910]]
Allergies: peanuts"""),

R("positive", "housing_application", "chinese", """Rental application, fix the grammar in the "about us" part:
Applicants: [[PERSON:Xiaoling Cheng]] and [[PERSON:Marcus Whitfield-Cheng]]
Current address: [[STREET_ADDRESS:PSC 473 Box 2210, FPO AP 96349]] (we are at Yokosuka until January)
Driver's license: [[US_DRIVER_LICENSE:S53071269]] (VA)
About us: we is a quiet family with one cat, both work for government."""),

R("positive", "relative_immigration", "filipino", """I'm filing I-130 for my mom. Can you check the info is consistent before I submit?
Beneficiary: [[PERSON:Remedios Ocampo Magsaysay]]
Born: [[DATE_OF_BIRTH:Agosto 14, 1958]], Batangas City
Address abroad: [[STREET_ADDRESS:Blk 7 Lot 22, Villa Florencia Subd., Brgy. Kumintang Ibaba, Batangas City 4200]]
Phone: [[PHONE_NUMBER:+63 917 555 0133]]
Petitioner (me): [[PERSON:Ronaldo M. Villanueva]], DHS employee"""),

R("positive", "hr_form", "korean", """SF-50 correction request — notes for HR Connect ticket:
Employee: [[PERSON:LEE, SUNG-MIN]]
SSN on SF-50: [[US_SSN:439-07-2186]] (correct)
Date of birth on SF-50 shows [[DATE_OF_BIRTH:02/29/1984]] — should be [[DATE_OF_BIRTH:02/28/1984]]
Please write the justification paragraph."""),

R("positive", "travel_voucher", "chamorro", f"""TDY Guam — receipts summary for my voucher
Lodging: Dusit Thani, confirmation DT-88213
Card used: Discover [[CREDIT_CARD:{CARD3}]]
Traveler: [[PERSON:Francine Aguon Mendiola]], home of record [[STREET_ADDRESS:148 Chalan Kanton Tasi, Tamuning, GU 96913]]
Local emergency contact: [[PERSON:Joaquin Blas]] [[PHONE_NUMBER:(671) 555-0184]]"""),

R("positive", "medical_leave", "russian", """Перевод, пожалуйста (translate for HR): «Справка: [[PERSON:Соколова Марина Викторовна]], дата рождения [[DATE_OF_BIRTH:09.01.1980]], находилась на лечении с 20.11 по 01.12.2026.» She is my contractor colleague [[PERSON:Marina Sokolova]] and needs the sick leave documented."""),

R("positive", "personal_banking", "bangladeshi", f"""My paycheck didn't deposit. Does this look right in Employee Express?
Name: [[PERSON:Tanvir Ahmed Chowdhury]]
Routing: [[ABA_ROUTING_NUMBER:{aba_fill('02100208')}]]
Acct: [[US_BANK_NUMBER:483920117]]
I changed banks on 11/20."""),

R("positive", "personal_taxes", "nigerian", """Can you explain box 12 code DD on this W-2?
Employee: [[PERSON:Oluwaseun Adeyemi-Fashola]]
SSN: [[US_SSN:284 61 7730]]
Employer: Department of Homeland Security, EIN 06-1796300? (I'm not sure the EIN is right)
Box 12 DD: 9,412.56"""),

R("positive", "hr_form", "italian", """For the security clearance reinvestigation I need to list my former spouse. Format this:
[[PERSON:Annamaria Colavito-Brennan]], born [[DATE_OF_BIRTH:30 aprile 1979]], Bari; current address [[STREET_ADDRESS:Via Nicolò Piccinni 214, 70122 Bari BA, Italy]]; married 2004, divorced 2015."""),

R("positive", "personal_insurance", "tongan", """Please rewrite this claim letter to FEDVIP:
Member: [[PERSON:Losaline Moala Fonua]], member ID FEDV-33810274
Patient: my son [[PERSON:Tevita Fonua]], DOB [[DATE_OF_BIRTH:06-11-2012]]
Address: [[STREET_ADDRESS:3327 S 1300 W, West Valley City, UT 84119]]"""),

# hard negatives
R("hard_negative", "hr_policy", None, """Can you summarize DHS Directive 255-01 on telework and the OPM guidance on the 2027 pay tables? GS-13 step 5 in the Washington-Baltimore locality, and how within-grade increases work after a promotion. No personal details needed, just the general rules."""),
R("hard_negative", "payroll_form", None, """SF-1199A instructions (blank form): Section 1 payee name, SSN (format XXX-XX-XXXX), type of account; Section 2 government agency; Section 3 financial institution routing number (9 digits) and depositor account number. Leave Section 3 for the bank to complete."""),
R("hard_negative", "travel_voucher", None, """Per diem question: FY27 GSA rates for Anchorage (Dec) are lodging $139, M&IE $74; first and last day 75%. Our order number is TA-26-004418 and the obligation doc is 70FA3026F00000117. Do I claim the $35 baggage fee under "Misc"?"""),
R("hard_negative", "personal_taxes", None, """Tax question: my W-2 box 1 is $118,442.10 and box 12 code W is $4,150. The IRS Form 8889 instructions say to enter employer HSA contributions on line 9. Also what does "Publication 969 (2026)" say about the last-month rule?"""),
R("hard_negative", "school_form", None, """Help me write a note to the school: my kid will miss class on August 28 for the Washington Irving Elementary field trip make-up, and the June recital at the Lincoln Theatre conflicts with the Grace Hopper Academy science fair. Please keep it short."""),
R("hard_negative", "housing_application", None, """We are looking at apartments near the St. Elizabeths campus. Compare: The Rose at Congress Heights (2BR $2,150), Jordan Park Commons (2BR $2,290), and Hope Village Apartments (2BR $1,980). Metro: Congress Heights station, Green Line. Pros/cons table please."""),
R("hard_negative", "hr_policy", None, """Drafting an award nomination: the Secretary's Award for Excellence, the Gold Medal, and the Eugene G. Bailey Memorial Award are separate categories. The team (Cyber Hunt Unit B) should be nominated for the Secretary's Unit Award. Citation text max 250 words."""),
R("hard_negative", "medical_leave", None, """What's the difference between FMLA under Title 5 (federal employees) and Title 29? Also, how many hours of sick leave can I use for family care per leave year (104 hours?), and can advanced sick leave go to 240 hours? General answer please."""),
R("hard_negative", "personal_banking", None, """How do ACH returns work? I saw code R02 (account closed) on a test transaction, trace number 061103850004412, batch 0000117. Is the trace number something I should keep secret? It's just the bank's internal reference, right?"""),
R("hard_negative", "travel_voucher", None, """Itinerary: UA 1549 IAD→ANC dep 08:15 arr 12:02 (Dec 14), return AS 112 ANC→SEA→IAD (Dec 19). Record locator on the e-ticket is printed on the PDF; airline confirmation only. Hotel: Hotel Captain Cook. Rental: Hertz, class ICAR."""),
]
