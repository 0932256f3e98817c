# Voice 4: FEMA Emergency Food and Shelter Program local boards - agencies' applications, board member lists.
RECORDS = [
("positive", "board_roster_csv", "cuban+armenian+lakota+anglo", """Local board roster for the county, required seats. Does this meet the composition rule? (comma separated)

seat,member,organization,phone,email
Chair (United Way),[[PERSON:Odalys Fumero Cárdenas]],United Way of the Valley,[[PHONE_NUMBER:(559) 555-0121]],[[EMAIL_ADDRESS:ofumero@uwvalley.example]]
Salvation Army,Major [[PERSON:Garen Tashjian]],The Salvation Army,[[PHONE_NUMBER:(559) 555-0136]],[[EMAIL_ADDRESS:garen.tashjian@usw.salvationarmy.example]]
Catholic Charities,Deacon [[PERSON:Howard Pfeiffer]],Catholic Charities,[[PHONE_NUMBER:(559) 555-0140]],[[EMAIL_ADDRESS:hpfeiffer@ccdiocese.example]]
Homeless/formerly homeless,[[PERSON:Wanbli Black Lance]],self,[[PHONE_NUMBER:(559) 555-0183]],
Local government,[[PERSON:Brenda Oyelowo-Mast]],County Human Services,[[PHONE_NUMBER:(559) 555-0109]],[[EMAIL_ADDRESS:boyelowomast@countyhs.example]]"""),

("positive", "direct_deposit_form", "puerto_rican", """Agency application attachment - can you check if anything's missing before I send it to the National Board?

Local Recipient Organization: Hogar Esperanza Food Pantry
Executive Director: [[PERSON:Nilda Rosario Velázquez]]
Mailing address: [[STREET_ADDRESS:1402 N 5th St, Reading, PA 19601]]
Bank routing number: [[ABA_ROUTING_NUMBER:031309123]]
Account number: [[US_BANK_NUMBER:4471093862]]
Account type: checking
Contact phone: [[PHONE_NUMBER:610-555-0157]]"""),

("positive", "chat_conflict_interest", "greek+liberian", """User: Board member [[PERSON:Evangelia Papadimitriou]] is also on the board of one of the applicant agencies (Bethel Shelter). Another member, Rev. [[PERSON:Musa Kollie Sirleaf]], is the pastor at the church that runs the pantry. Do they both need to recuse from the allocation vote?
Assistant: Under the program's conflict of interest rules, a board member who is affiliated with an agency should not vote on funding for that agency and the recusal should be recorded in the minutes.
User: ok draft the minutes line for both of them"""),

("positive", "minutes_excerpt", "bangladeshi+mexican", """Minutes, Local Board Allocation Meeting, Phase 44
Present: [[PERSON:Farzana Akter Munshi]] (chair), [[PERSON:Ignacio Lozano Treviño]], [[PERSON:Ruth Ann Gebhardt]], [[PERSON:Dwight Satterfield]].
Motion by [[PERSON:Lozano Treviño]] to allocate $48,200 across seven agencies per the attached table; seconded by [[PERSON:Gebhardt]]. Passed 4-0.
Please tidy this up and make the motion wording formal."""),

("positive", "agency_email", "kenyan", """From: [[PERSON:Nyambura Kamau Gitau]] <[[EMAIL_ADDRESS:ngitau@hopebridgeshelter.example]]>
Subject: EFSP Phase 44 application - late

Dear Board,
I'm sorry our application is late. Our grant writer left in October and I only found the notice last week. We served 1,140 nights of shelter last year. Could the board still consider us? My cell is [[PHONE_NUMBER:414-555-0196]].
[[PERSON:Nyambura]]"""),

("positive", "tsv_agency_list", "srilankan_tamil+cape_verdean", """Agencies that haven't submitted the interim report - tab separated, from the spreadsheet. Draft a reminder e-mail to each contact.

Agency	Contact	Email	Amount
Harbor Light Kitchen	[[PERSON:Tharshini Sivakumar]]	[[EMAIL_ADDRESS:tsivakumar@harborlightkitchen.example]]	$6,500
Casa Morabeza	[[PERSON:Djamila Monteiro Tavares]]	[[EMAIL_ADDRESS:djamila@casamorabeza.example]]	$4,200
Eastside Rent Relief	[[PERSON:Connor Fitzmaurice]]	[[EMAIL_ADDRESS:cfitz@eastsiderent.example]]	$9,800"""),

("positive", "rent_assistance_record", "syrian", """One of the agencies asked if this rent payment is eligible under EFSP. They sent the client record, which they shouldn't have, but here:

Client: [[PERSON:Rasha Haj Mahmoud]]
DOB: [[DATE_OF_BIRTH:22.09.1981]]
Address: [[STREET_ADDRESS:88 Fulton Street, Apt 3R, Paterson, NJ 07501]]
Landlord paid: $950, one month, check #2291
Reason: lost job at the warehouse in August

Is one month of rent within the program limits?"""),

("positive", "caps_sms_chair", "anglo", """SMS FROM BOARD CHAIR: CANT MAKE THURS MEETING. [[PERSON:LORETTA BUCKINGHAM]] CAN CHAIR IN MY PLACE, HER CELL IS [[PHONE_NUMBER:319-555-0103]]. PLS SEND HER THE PACKET TONIGHT."""),

("positive", "ocr_application", "haitian+vietnamese", """OCR'd from a paper application, can you pull out the fields into a table?

LOCAL RECIPIENT ORGANIZATION APPLI CATION
Org name: Lakay Nou Community Center
Director:  [[PERSON:Marie-Ange  Dorélien]]      Title:  Exec Dir
Address:  [[STREET_ADDRESS:7 31 Flatbush Ave,  Brooklyn  NY  1 1226]]
Phone:  [[PHONE_NUMBER:( 718 ) 555 - 0177]]
Board treasurer:  [[PERSON:Đỗ Văn Hùng]]"""),

("positive", "portal_password_email", None, """Hi all - new login for the EFSP local board portal (board staff only). Username: lb-cnty-0422, password [[PASSWORD:Tk4!marigold-Reeve9]]. Please don't save it in the shared drive this time."""),

("positive", "json_allocation", "filipino+polish", """This JSON from our allocation tool won't import into the reporting template, can you convert to CSV?

[
 {"agency": "St. Jude Pantry", "contact": "[[PERSON:Leonora Bautista Agbayani]]", "phone": "[[PHONE_NUMBER:702-555-0168]]", "award": 12000},
 {"agency": "Desert Haven Shelter", "contact": "[[PERSON:Krzysztof Malinowski]]", "phone": "[[PHONE_NUMBER:702-555-0174]]", "award": 18500}
]"""),

("positive", "spanish_complaint", "honduran", """Una agencia recibió esta queja, ¿me ayudas a traducirla?

"Me llamo [[PERSON:Dunia Yamileth Castellanos]], vivo en [[STREET_ADDRESS:415 Calle Ocho, Apt 2, Houston, TX 77011]]. Fui al comedor el martes y me dijeron que no había comida. Tengo tres hijos. Mi número es [[PHONE_NUMBER:832-555-0145]]."

Need it in English for the board file."""),

("positive", "monitoring_note", "somali_bantu+anglo", """Monitoring visit note, please turn into a letter to the agency:
Visited Riverbend Family Shelter 12/02 with board member [[PERSON:Janet Holloway-Price]]. Director [[PERSON:Mahamed Abdi Mberwa]] showed sign-in logs for October. Logs incomplete for 6 nights. Receipts for food purchases were in order. Asked for corrected logs within 30 days."""),

# evasions
("evasion", "routing_fullwidth", "croatian", """Agency contact [[PERSON:Ivana Radić Kovačević]] wants the payment switched to the new account - routing [[ABA_ROUTING_NUMBER:０７１９２１８９１]], account [[US_BANK_NUMBER:３３８２０４７１５６]] (she typed it on her phone, sorry about the weird numbers)"""),

("evasion", "bank_base64", "anglo", """Agency sent their bank info "encoded for security" lol. Treasurer is [[PERSON:Everett Lindqvist]]. Account: [[US_BANK_NUMBER:NTYwMjE5ODQ0Mw==]] - can you decode and tell me if it looks like a normal account number length?"""),

("evasion", "phone_spelled", "zimbabwean", """Board member [[PERSON:Tendai Mupfumira]] new number: [[PHONE_NUMBER:five one five, five five five, zero one six two]]. please update the roster, I can't paste digits into this thing"""),

# hard negatives
("hard_negative", "allocation_table", None, """Phase 44 allocation for the county: $148,392. Agencies requested $311,040. Can you allocate proportionally based on last year's meals/nights served: Pantry A 41,200 meals, Pantry B 18,900 meals, Shelter C 6,120 nights, Rent program D 84 households? Rent counts as 1 household = 30 nights."""),

("hard_negative", "same_voice_minutes", None, """Minutes, Local Board Allocation Meeting, Phase 44
Present: the chair, the United Way seat, the Catholic Charities seat, the local government seat; the homeless-representative seat is vacant.
Motion to allocate $48,200 across seven agencies per the attached table; seconded. Passed 4-0. One recusal recorded.
Please tidy this up and make the motion wording formal."""),

("hard_negative", "required_seats", None, """What organizations are required seats on an EFSP local board? I thought it was the American Red Cross, Catholic Charities, the Jewish Federations, The Salvation Army, National Council of Churches, United Way, plus a local government official and a homeless or formerly homeless person. Has that changed?"""),

("hard_negative", "uei_ein_shapes", None, """Agency's UEI is KJ7HMN3L9QF5, and their EIN is listed as 83-1049276 on the application. The National Board system says UEI not found. Is there a delay between SAM registration and the EFSP system?"""),

("hard_negative", "form_template", None, """Template for the agency application cover page - check it reads right:

Agency name: ______________________
Director: [First Last]
Address: [Street, City, State ZIP]
Bank routing number: [9 digits]
Account number: [from voided check]
Signature: ______________ Date: ________"""),

("hard_negative", "public_officials_history", None, """For the board's 40th anniversary newsletter: EFSP was created in 1983 under the Emergency Jobs Appropriations Act, signed by President Reagan, and is chaired by FEMA. Can you write 100 words on the history without naming any current board members?"""),

("hard_negative", "zip_plus_four", None, """Mail merge keeps breaking on ZIP+4 values like 93721-2204 and 93706-1138, it drops the leading zeros on Massachusetts ones like 02118-3410. How do I keep them as text in Excel?"""),

("hard_negative", "kinship_stats", None, """Agency's quarterly narrative says they served 212 households: 61 single mothers with children, 34 grandparents raising grandchildren, 19 veterans, 98 others. Sounds fine for the report?"""),

("hard_negative", "check_numbers", None, """The agency's reimbursement packet lists check numbers 2291, 2292 and 2301-2315, invoice INV-44718 from the food bank, and PO 260017734. Missing one check between 2292 and 2301? Ask them about 2293-2300."""),
]
