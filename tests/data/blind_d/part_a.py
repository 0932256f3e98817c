# Anglo + Hispanic positives
R = []
def P(tag, origin, text): R.append(("positive", tag, origin, text))

P("case_note", "anglo", """Can you tighten up this case note for the file? Keep it factual.

Subject [[PERSON:Bill Young]] ([[DATE_OF_BIRTH:04/19/1968]]) appeared at the Blaine port at 0710 hrs driving a 2019 F-150. Secondary referral for undeclared currency. [[PERSON:Young]] stated he was visiting his sister in Surrey. Contact number given: [[PHONE_NUMBER:(360) 555-0148]]. Released with warning.""")

P("benefit_form", "anglo", """Please check this I-130 draft for missing fields:

Petitioner: [[PERSON:HOPE KINGSLEY]]
Petitioner SSN: [[US_SSN:412-73-6619]]
Petitioner DOB: [[DATE_OF_BIRTH:08 MAR 1974]]
Mailing address: [[STREET_ADDRESS:RR 2 Box 118, Grafton, VT 05146]]
Daytime phone: [[PHONE_NUMBER:802.555.0193]]
Beneficiary: [[PERSON:Rich Whitaker]]""")

P("email_signature", "anglo", """rewrite this more politely pls

---
[[PERSON:Faith]], I still don't have the travel voucher for TDY 26-114. Finance says it's stuck because the routing number is wrong. Please resend with the corrected one: routing [[ABA_ROUTING_NUMBER:021081273]], acct [[US_BANK_NUMBER:7730481926]].

Thanks,
[[PERSON:Will Thornbury]]
Program Analyst, FEMA Region 1
cell [[PHONE_NUMBER:617-555-0172]] | [[EMAIL_ADDRESS:will.thornbury@fema.dhs.gov]]""")

P("csv_export", "anglo", """Sort this export by last name and tell me who is missing an EDIPI:

last_name,first_name,edipi,unit,phone
[[PERSON:King]],[[PERSON:Faith]],[[DOD_EDIPI:1298463057]],USCG Sector Boston,[[PHONE_NUMBER:617-555-0119]]
[[PERSON:Ashcombe]],[[PERSON:Dale]],,USCG Sector Boston,[[PHONE_NUMBER:617-555-0136]]
[[PERSON:Pennington]],[[PERSON:Clara]],[[DOD_EDIPI:1387720491]],USCG Station Gloucester,""")

P("classified_email", "anglo", """SECRET//REL TO USA, FVEY

Summarise the below for my supervisor in three bullets.

(S//REL) Liaison [[PERSON:Gordon Pryce]] reported continued small-boat activity north of the maritime boundary. Source reporting is consistent with previous windows.
(U) POC: [[PERSON:G. Pryce]], [[PHONE_NUMBER:202-555-0167]]""".replace("SECRET//REL TO USA, FVEY", "[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]").replace("(S//REL)", "[[CLASSIFICATION_MARKING:(S//REL)]]"))

P("password_prose", "anglo", """hey can you help me word an email to the help desk. my account keeps locking. i've tried my password is [[PASSWORD:Tidewater!2026]] and also the old one and neither works after the reset. my name is [[PERSON:Shelby Crandall]] and my badge number is on file""")

P("dl_intake", "anglo", """Translate this into Spanish for the applicant letter:

Dear Mr. [[PERSON:Tobias Langford]],
We could not verify the Texas driver license number [[US_DRIVER_LICENSE:40518827]] you listed. Please bring the original card to the office at [[STREET_ADDRESS:4410 Burnet Rd, Apt 3B, Austin, TX 78756]].""")

P("slack_thread", "anglo", """can you make this thread into meeting minutes

[09:02] deb.h: anyone have the KTN for [[PERSON:Marjorie Ellison]]? she's traveling Monday
[09:04] rob.k: it's [[KNOWN_TRAVELER_NUMBER:TT41K9PQ]] i think, double check
[09:05] deb.h: thx. her cell is [[PHONE_NUMBER:+1 571 555 0184]] if ops need her
[09:07] rob.k: 👍""")

P("passport_item", "anglo", """Format as a table: traveler, passport, expiry.
[[PERSON:Nathaniel Greer]] – US passport [[US_PASSPORT:548102937]] – exp 2031-08-14
[[PERSON:Lydia Greer]] – US passport no. [[US_PASSPORT:A04718826]] – exp 2029-02-01""")

P("apo_address", "anglo", """Fix the address block on this awards letter, it keeps getting returned:

SGT [[PERSON:Corey Blackwood]]
[[STREET_ADDRESS:Unit 2050 Box 4190, APO AP 96278-2050]]
Re: DHS Secretary's Award for Valor""")

# Hispanic
P("intake_es", "hispanic", """Traduce al inglés por favor:

Nombre: [[PERSON:María José Fernández Ortiz]]
Fecha de nacimiento: [[DATE_OF_BIRTH:19-JUN-1986]]
Número A: [[A_NUMBER:A-214-883-097]]
Domicilio: [[STREET_ADDRESS:Urb. Villa Carolina, Calle 38 Bloque 19 #7, Carolina, PR 00985]]
Teléfono: [[PHONE_NUMBER:(787) 555-0163]]""")

P("json_record", "hispanic", """why does this payload fail schema validation?

{
  "applicant": {"nombre": "[[PERSON:Jesús Alberto Quiñones]]", "fecha_de_nacimiento": "[[DATE_OF_BIRTH:1990-02-27]]"},
  "receipt": "[[USCIS_RECEIPT_NUMBER:IOE0921458836]]",
  "phone": "[[PHONE_NUMBER:956-555-0127]]",
  "email": "[[EMAIL_ADDRESS:jquinones90@gmail.com]]"
}""")

P("mexico_phone", "hispanic", """Summarise: The beneficiary's brother, [[PERSON:Rodrigo Salcedo]], can be reached in Monterrey at tel. [[PHONE_NUMBER:81 5550 2317]] or at his work address [[STREET_ADDRESS:Av. Constitución 1420 Pte., Col. Centro, 64000 Monterrey, N.L.]]. He confirmed that [[PERSON:Rodrigo]] sent the support letter himself.""")

P("tsv_manifest", "hispanic", """Convert this tab-separated manifest to CSV:

name	dob	passport	nationality
[[PERSON:GUTIERREZ LOPEZ, Ana Lucía]]	[[DATE_OF_BIRTH:14/08/1979]]	G30817724	MEX
[[PERSON:ROMERO, Esteban]]	[[DATE_OF_BIRTH:02/12/1983]]	AAE559102	COL""".replace("G30817724", "[[US_PASSPORT:G30817724]]").replace("AAE559102", "[[US_PASSPORT:AAE559102]]"))

P("itin_letter", "hispanic", """Make this sound friendlier:
Sra. [[PERSON:Esperanza Villalobos]], your ITIN [[US_ITIN:912-83-4410]] was used on the 2025 return but the name does not match IRS records. Call us at [[PHONE_NUMBER:1-915-555-0106]].""")

P("cui_memo", "hispanic", """CUI//SP-PRVCY

Please shorten this memo to one paragraph.

MEMORANDUM FOR: Field Office Director, San Juan
SUBJECT: Interview scheduling – [[PERSON:Carmen Rivera Ocasio]] ([[A_NUMBER:A087441920]])
The applicant resides at [[STREET_ADDRESS:Calle Luna 251, Apt 4, San Juan, PR 00901]] and requested a Spanish interpreter.

Controlled by: DHS/USCIS
CUI Category: PRVCY
POC: [[PERSON:Luis Ocasio Marrero]], [[EMAIL_ADDRESS:luis.ocasio@uscis.dhs.gov]]""".replace("CUI//SP-PRVCY", "[[CUI_MARKING:CUI//SP-PRVCY]]", 1).replace("Controlled by: DHS/USCIS", "[[CUI_MARKING:Controlled by: DHS/USCIS]]"))

P("ssn_column", "hispanic", """check for duplicate SSNs in this:
EMP_ID|NAME|SSN|HIRE
10441|[[PERSON:ALVARADO, Héctor]]|[[US_SSN:528194407]]|2019-03-11
10442|[[PERSON:MEDINA, Rosa]]|[[US_SSN:531206618]]|2020-07-01
10457|[[PERSON:ALVARADO, Héctor J.]]|[[US_SSN:528194407]]|2021-01-04""")

P("contrasena", "hispanic", """Ayúdame a escribir un correo al soporte técnico. Usuario: [[PERSON:dolores.paredes]], contraseña: [[PASSWORD:Girasol#4419]]. No puedo entrar al portal desde ayer.""")

P("card_dispute", "hispanic", """Summarise this travel card dispute for the APC:
Cardholder [[PERSON:Ignacio Bustamante]] disputes a charge of $812.40 on card [[CREDIT_CARD:4453 3314 7893 2885]] from a hotel in El Paso. He says he checked out on 10/02. Reach him at [[EMAIL_ADDRESS:ignacio.bustamante@cbp.dhs.gov]].""")

P("lower_names", "hispanic", """clean up these interview notes, they're all lowercase:

interviewed [[PERSON:guadalupe reyes]] and her son [[PERSON:mateo reyes]] at the ero office. [[PERSON:guadalupe]] says they entered near [[STREET_ADDRESS:2200 e. 8th st, douglas az 85607]] in 2019. [[PERSON:mateo]] was born [[DATE_OF_BIRTH:5/3/2011]].""")
