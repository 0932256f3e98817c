# FEMA disaster recovery voice
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("positive", "applicant_casework", "hispanic",
"Summarize this call note in 2 sentences for the case file:\nApplicant [[PERSON:Guadalupe Ybarra de la Rosa]] called re: DR-4834-TX registration. States roof damage, home at [[STREET_ADDRESS:318 Calle Nogal, Edinburg, TX 78541]]. Wants inspection rescheduled, best callback [[PHONE_NUMBER:956-555-0124]] after 5pm. Co-applicant [[PERSON:Ramiro Ybarra]] works nights.")
add("hard_negative", "disaster_numbers", None,
"Make a table of the declarations: DR-4834-TX (Severe Storms, incident period 10/02–10/09), EM-3612-LA (Hurricane Francine), DR-4829-NC (Tropical Storm Helene). Add a column for IA/PA designation. Source is the public declarations page.")
add("positive", "inspection_report", "haitian",
"Rewrite this inspector note in plain English for the applicant letter: 'Insp. completed 11/19. Appl [[PERSON:Wilner Bélizaire]] present w/ daughter [[PERSON:Nadège Bélizaire]]. Dwelling [[STREET_ADDRESS:1742 NW 61st St, Miami, FL 33142]] - water line 14in, HVAC destroyed, fridge ok. Appl DOB [[DATE_OF_BIRTH:04/09/1958]] verified w/ FL DL [[US_DRIVER_LICENSE:J215-430-58-129-0]].'")
add("positive", "shelter_list", "mixed",
"sort this shelter roster alphabetically by last name and count adults vs kids:\nBilly Ray Tuttle - adult\nHope Delacroix - adult\nJunior Tuttle (age 9)\nMarisol Fuentes - adult\nAiden Fuentes (age 4)\nGrandma Etta Pickens - adult".replace("Billy Ray Tuttle","[[PERSON:Billy Ray Tuttle]]").replace("Hope Delacroix","[[PERSON:Hope Delacroix]]").replace("Junior Tuttle","[[PERSON:Junior Tuttle]]").replace("Marisol Fuentes","[[PERSON:Marisol Fuentes]]").replace("Aiden Fuentes","[[PERSON:Aiden Fuentes]]").replace("Etta Pickens","[[PERSON:Etta Pickens]]"))
add("hard_negative", "hope_prose", None,
"Polish this closing line for the community meeting flyer: 'We hope to see you there! Bring your questions about the Individual Assistance program. Free parking at the Rose Bowl lot; volunteers from Joy Lutheran Church will provide childcare.'")
add("positive", "call_center", "vietnamese",
"Translate this Vietnamese voicemail transcript to English for the case file:\n\"Xin chào, tôi là [[PERSON:Lê Thị Mai]], số đăng ký FEMA của tôi là 418-992-771. Nhà tôi ở [[STREET_ADDRESS:2207 Bayou Blue Rd, Houma, LA 70364]] bị ngập. Xin gọi lại cho tôi số [[PHONE_NUMBER:985-555-0139]]. Cảm ơn.\"")
add("positive", "bank_direct_deposit", "anglo",
"the applicant gave us new direct deposit info, can you put this into the update template? [[PERSON:Sterling Oakes]], routing [[ABA_ROUTING_NUMBER:061200438]], checking acct [[US_BANK_NUMBER:4471902258]], registration 612-449-031. He says the old bank closed.")
add("hard_negative", "sterling_bank", None,
"Compare these two disbursement options for the after-action: Sterling National Bank (prepaid debit pilot) vs. direct Treasury EFT. Mention the 2024 Sterling pilot saw 12% card-activation failures. Payment schedule file PS-2024-0914.")
add("positive", "appeal_letter", "native_american",
"Help me answer this appeal letter kindly. Letter is from [[PERSON:Delphine Yellowhorse]] of Kayenta. She writes: 'My home at [[STREET_ADDRESS:HC 61 Box 4410, Kayenta, AZ 86033]] was denied because I could not prove ownership, it is on tribal trust land and my grandmother [[PERSON:Lena Begay Yellowhorse]] left it to me.' Explain the alternative documentation we accept.")
add("hard_negative", "rosters_by_role", None,
"Make a shift roster table: DRC Lakeland — Mon/Wed/Fri: Site Manager, 2x Registration Intake, 1x SBA Liaison, 1x Crisis Counselor. Tue/Thu: Site Manager, 1x Intake, 1x Mitigation Advisor. Sat: Intake only. Hours 0800–1900.")
add("positive", "pa_email", "indian",
"Tighten this email to the county PA contact:\n\nFrom: [[EMAIL_ADDRESS:rajeshwari.iyer@fema.dhs.example.gov]]\nTo: [[EMAIL_ADDRESS:pw.coordinator@alachuacounty.example]]\nHi [[PERSON:Venkat]], following up on PW 00987 for the debris removal. [[PERSON:Rajeshwari]] here — pls send the load tickets by Friday. Thx, [[PERSON:Rajeshwari Iyer]], PA Program Delivery Manager")
add("hard_negative", "storm_names", None,
"Write 3 talking points comparing Hurricanes Helene, Milton and Debby rainfall totals for the regional administrator. Keep numbers rounded; cite NWS.")
add("positive", "ssn_intake", "hispanic",
"Is this intake note complete? 'Appl: [[PERSON:Yesenia Marroquín Batres]]. SSN [[US_SSN:610-38-2297]]. DOB [[DATE_OF_BIRTH:Jul 3 1986]]. Household 4. Pre-disaster address [[STREET_ADDRESS:Urb. Villa Carolina, Calle 42 Bloque 15 #8, Carolina, PR 00985]]. Insurance: none.'")
add("hard_negative", "ssi_benefit", None,
"How does receiving SSI (Supplemental Security Income) affect eligibility for FEMA Other Needs Assistance? Write a short FAQ answer for the call center script.")
add("positive", "mitigation_grant", "polish",
"draft a letter approving the HMGP acquisition offer for [[PERSON:Zbigniew Wróblewski]] and [[PERSON:Halina Wróblewska]], property at [[STREET_ADDRESS:77 Mill Creek Road, Wilkes-Barre, PA 18702]]. Offer amount $184,500.")
add("hard_negative", "fema_helpline", None,
"Put this in a flyer in big letters: Register at DisasterAssistance.gov or call the FEMA Helpline 1-800-621-3362, 7 a.m. to 11 p.m. ET. If you use a relay service, give them the number for that service.")
add("positive", "inspector_msg", "anglo",
"reword this text to the applicant so its more professional: 'hey its ivy from fema inspections, running late, be there by 2. if ur not home call me 555-0187' - my full name is Ivy Whitfield if you want to add a signature".replace("'hey its ivy","'hey its [[PERSON:ivy]]").replace("call me 555-0187","call me [[PHONE_NUMBER:555-0187]]").replace("Ivy Whitfield","[[PERSON:Ivy Whitfield]]"))
