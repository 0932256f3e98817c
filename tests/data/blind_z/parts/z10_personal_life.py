# Voice: an employee's personal life - house purchase, medical bill dispute, child's college aid, pet's vet records, shelter volunteering
RECORDS = [
("positive", "house_offer", "anglo+irish", """Help me write an offer letter: buyers [[PERSON:Grant Fairbanks]] and [[PERSON:Siobhán Ní Fhlannagáin]], property [[STREET_ADDRESS:412 Old Stage Rd, Boone, NC 28607]], earnest money wired from routing [[ABA_ROUTING_NUMBER:261083743]] acct [[US_BANK_NUMBER:40177218830]]."""),
("positive", "medical_bill_dispute", "anglo", """Dear billing office, I dispute the charge on account 88210447 for my son [[PERSON:Ellis Marchetti-Byrne]], DOB [[DATE_OF_BIRTH:October 14, 2011]]. I already paid with card [[CREDIT_CARD:6011739482056170]]. Reach me at [[PHONE_NUMBER:703-555-0188]]. - [[PERSON:Joy Marchetti-Byrne]]"""),
("positive", "fafsa_help", "chinese", """my daughter [[PERSON:april zhou]] is filling out the fafsa, her ssn is [[US_SSN:228-61-5093]] and mine is [[US_SSN:228-47-1860]], which parent goes first if we're married?"""),
("positive", "college_aid_email", "anglo", """Subject: Appeal of aid package - [[PERSON:Bliss Blackwood]]
Student ID 20418833. [[PERSON:Bliss]]'s date of birth is [[DATE_OF_BIRTH:5 April 2008]]. Parent contact: [[EMAIL_ADDRESS:m.blackwood.home@freemail-example.net]]."""),
("positive", "vet_record", "anglo", """Vet record for transfer to new clinic:
Patient: Biscuit (beagle, 7y)
Owner: [[PERSON:Prudence Ogilvie]]
Owner address: [[STREET_ADDRESS:19 Marsh Hawk Way, Lewes, DE 19958]]
Owner phone: [[PHONE_NUMBER:302-555-0131]]
Rabies tag 2026-44118"""),
("positive", "shelter_volunteer", "salvadoran", """Shelter volunteer sign-up sheet (I'm coordinating):
name, phone, emergency contact
[[PERSON:Wilber Alvarenga]], [[PHONE_NUMBER:240-555-0149]], [[PERSON:Rosa Alvarenga]] [[PHONE_NUMBER:240-555-0146]]
[[PERSON:Marisol Cañas]], [[PHONE_NUMBER:240-555-0157]], [[PERSON:Hope Cañas]] [[PHONE_NUMBER:240-555-0158]]"""),
("positive", "mortgage_ssn_prose", "indian", """The lender asked for my wife's SSN again - it's [[US_SSN:301-72-6648]] - and her name as on the passport is [[PERSON:Lakshmi Narayanan Pillai]]. Why would they need it twice?"""),
("positive", "uk_seller", "british", """Seller is based in the UK: [[PERSON:Alistair Pemberton-Hythe]], [[STREET_ADDRESS:Flat 3, 27 Cheltenham Road, Bristol BS6 5RW]], tel [[PHONE_NUMBER:+44 117 496 0418]]. Passport no. for the closing attorney: [[US_PASSPORT:538820417]]."""),
("positive", "zillow_login", None, """User: the mortgage portal keeps rejecting me. my login is my email and password is [[PASSWORD:Porch!Swing2026]]
Assistant: Please change that password now."""),
("positive", "escrow_jwt", None, """The title company's upload link is https://upload.titleco-example.com/?t=[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJmaWxlIjoiY2xvc2luZy1kaXNjbG9zdXJlIiwiZXhwIjoxODAwMDAwMDAwfQ.tY6pQ2wL9mK3vN7xB1cR5zH8jF0dS4gA2eU]] - is that safe to share with my realtor?"""),
("positive", "french_dob", "french", """Traduire pour l'université: Étudiante [[PERSON:Margaux Delacroix-Vidal]], née le [[DATE_OF_BIRTH:17 février 2007]] à Lyon, domiciliée au [[STREET_ADDRESS:14 rue des Tanneurs, 69005 Lyon]]."""),
("evasion", "spaced_card", "anglo", """paid the vet with card [[CREDIT_CARD:5 3 5 6 1 0 4 7 2 9 8 3 4 6 1 3]], cardholder [[PERSON:Rusty Pell]], can you draft a chargeback?"""),
("evasion", "fullwidth_ssn", "anglo", """my ssn on the hospital form shows as [[US_SSN:５２９－４６－３０８１]] because of the font, is it valid? name is [[PERSON:Tad Wexley]]"""),
("hard_negative", "mls_listing", None, """MLS #2517733, 3 bed / 2 bath, built 1998, HOA $210/mo, listing ID LA-26-00411; parcel 1877-04-22-0031. Asking $389,900."""),
("hard_negative", "fafsa_public", None, """The FAFSA opens October 1; the Federal Student Aid Information Center is 1-800-433-3243. Use the IRS Data Retrieval Tool where available."""),
("hard_negative", "pet_names", None, """Shelter dogs up for adoption this week: Grant, Faith, Will and Rosie. Faith is a shy hound mix; Grant loves tennis balls."""),
("hard_negative", "cpt_codes", None, """The bill lists CPT 99214, ICD-10 J02.9 and claim number CLM-2026-44187203; EOB reference 0007741820."""),
("hard_negative", "famous_houses", None, """Architecture tour notes: Fallingwater by Frank Lloyd Wright; Monticello (Thomas Jefferson); Graceland (Elvis Presley)."""),
("hard_negative", "vet_lot_numbers", None, """Vaccines given: Rabies 3yr lot 447R2A, DHPP lot 8812C, microchip 985112003348712 (pet registry, not a person)."""),
("hard_negative", "secret_recipe", None, """Bake sale for the shelter: my grandmother's secret family recipe for snickerdoodles; confidential until the contest ends!"""),
("hard_negative", "placeholder_portal", None, """portal_login:
  email: you@example.com
  password: <your-password>"""),
("hard_negative", "aid_numbers", None, """Award letter: EFC/SAI 4,120; Pell $3,945; Stafford subsidized $3,500; school code 003417; version 2026-27."""),
("hard_negative", "fiction_house", None, """Reading 'The House on Mango Street' with my daughter - Esperanza wants a house of her own. Can you suggest discussion questions?"""),
]
