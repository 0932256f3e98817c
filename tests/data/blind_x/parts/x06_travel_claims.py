# Voice: TSA officers, travel/lodging clerks, rental-car counters, insurance and tort-claims staff
RECORDS = [
("positive", "tsa_id_check_log", "lebanese",
"""TDC shift log, checkpoint B, 0540-1400
0612 pax [[PERSON:Rafic Haddad-Saliba]] presented expired MI EDL [[US_DRIVER_LICENSE:H 718 204 936 551]] (exp >1 yr). ID verification via NCC; DOB given verbally [[DATE_OF_BIRTH:10/10/1959]], matched. Cleared w/ additional screening.
0655 no issues
0731 pax presented temporary paper license, referred to LTSO."""),

("positive", "tsa_unidentified_pax", "sierra_leonean",
"""Traveler without ID at the checkpoint says her license was stolen. She gave: [[PERSON:Isatu Bangura-Koroma]], born [[DATE_OF_BIRTH:April 30th 1994]], Georgia license number [[US_DRIVER_LICENSE:061847392]], address [[STREET_ADDRESS:5120 Old National Hwy, Apt 12, College Park, GA 30349]]. Can you draft the identity verification notes for the NCC call?"""),

("positive", "rental_car_agreement", "croatian",
"""RENTAL AGREEMENT RA# 884120573 — OPEN
Renter: [[PERSON:KOVAČEVIĆ, TOMISLAV]]
DL #: [[US_DRIVER_LICENSE:S185-662-47-219-0]]  ST: FL  EXP: 05/2029
D/O/B: [[DATE_OF_BIRTH:05/19/1975]]
Addl Driver: [[PERSON:KOVAČEVIĆ, MARIJANA]]  D/L [[US_DRIVER_LICENSE:K240-918-55-703-2]]  DOB [[DATE_OF_BIRTH:08/06/1977]]
Govt rate code: GOVT-DTS   Vehicle: Toyota Camry, unit 77182
Agency billing: CBTA 4418"""),

("positive", "hotel_registration", "indonesian",
"""Front desk emailed this registration card for a government-rate guest, I need to reconcile the folio:
Guest: [[PERSON:Dewi Anggraini Siregar]]
ID type: Passport (Indonesia)  No. [[US_PASSPORT:C4918273]]
Tanggal lahir / DOB: [[DATE_OF_BIRTH:27-08-1986]]
Arrival 12/01  Departure 12/05  Rate GSA per diem
Signature on file."""),

("positive", "tort_claim_sf95", "welsh",
"""SF-95 intake summary (claim against government for vehicle damage):
Claimant: [[PERSON:Rhiannon Pryce-Llewellyn]]
Claimant DOB (box 6): [[DATE_OF_BIRTH:1963-12-11]]
Driver's license: Pennsylvania [[US_DRIVER_LICENSE:30 719 284]]
Date/time of incident (box 8): 2026-10-17 0815 — NOT a birth date
Amount claimed: $4,812.37
Home: [[STREET_ADDRESS:412 Cattell St, Easton, PA 18042]]"""),

("positive", "insurance_claim_email", "korean_american",
"""Hi [[PERSON:Dana]],
Re: claim CLM-26-0041827. The adjuster needs the other driver's info. From the exchange slip: [[PERSON:Yoon Ji-hoon]], CA DL [[US_DRIVER_LICENSE:E6104829]], date of birth [[DATE_OF_BIRTH:Jan 5 '91]], insurer policy 71-4418-0923. His cell [[PHONE_NUMBER:213-555-0182]].
Thanks, [[PERSON:Priscilla Oduya]]"""),

("positive", "travel_profile_update", "thai",
"""Update my profile in the travel system please:
Legal name: [[PERSON:Siriporn Chaiyaphum-Wong]]
Date of birth: [[DATE_OF_BIRTH:2 Oct 1988]]
Gender: F
Passport: [[US_PASSPORT:A29184730]] exp 2034
Known Traveler Number: [[KNOWN_TRAVELER_NUMBER:TT41829307]]
Redress: none"""),

("positive", "ktn_dl_chat", "egyptian",
"""User: my Global Entry renewal form asks for my license, is it ok to put the DC one? number [[US_DRIVER_LICENSE:7718294]], born [[DATE_OF_BIRTH:6 June 1980]]. name is [[PERSON:Nevine Farouk Abdelmalek]]
Assistant: Yes, a current state or DC licence is accepted on the renewal; enter it exactly as printed.
User: and my PASSID is [[KNOWN_TRAVELER_NUMBER:158204917]], do I need that?"""),

("positive", "rental_voicemail_transcript", "anglo",
"""Voicemail transcript (auto): "Hi, this is [[PERSON:Garrett Pohlmann]] calling from the rental counter at Reagan National about your employee's reservation. Her license came back as suspended in Virginia, license number [[US_DRIVER_LICENSE:A19-40-8271]], birthday [[DATE_OF_BIRTH:July 4th 1982]]. Please call me back at [[PHONE_NUMBER:703-555-0191]]."""),

("positive", "auto_claim_form_spanish", "peruvian",
"""Formulario de reclamo (seguro de auto)
Conductor: [[PERSON:Milagros Huamán Quispe]]
Licencia: Virginia [[US_DRIVER_LICENSE:T72-04-1938]]
Fecha de nacimiento: [[DATE_OF_BIRTH:30-11-1989]]
Teléfono: [[PHONE_NUMBER:571-555-0106]]
Fecha del accidente: 02-12-2026"""),

("positive", "lodging_group_list", "nepali+tongan+irish",
"""Rooming list for the FEMA deployment (hotel wants DOB for ID match):
| Name | DOB | ID |
| [[PERSON:Pasang Lhamu Sherpa]] | [[DATE_OF_BIRTH:3/15/1990]] | CO DL [[US_DRIVER_LICENSE:17-204-8813]] |
| [[PERSON:Viliami Fifita]] | [[DATE_OF_BIRTH:10/2/1985]] | UT DL [[US_DRIVER_LICENSE:0193847261]] |
| [[PERSON:Niamh Ó Ceallaigh]] | [[DATE_OF_BIRTH:7/21/1993]] | MA DL [[US_DRIVER_LICENSE:S72918340]] |"""),

("positive", "cruise_manifest", "filipino+sinhalese+sotho",
"""Port call manifest excerpt (crew), vessel notified CBP:
SEQ  SURNAME        GIVEN        NAT  PPT_NO      DOB
014  [[PERSON:DELA PEÑA]]      [[PERSON:ARNEL]]        PHL  [[US_PASSPORT:P7193804C]]   [[DATE_OF_BIRTH:12MAR84]]
015  [[PERSON:WIJESINGHE]]     [[PERSON:CHAMINDA]]     LKA  [[US_PASSPORT:N8291047]]    [[DATE_OF_BIRTH:29OCT79]]
016  [[PERSON:MOKOENA]]        [[PERSON:THABO]]        ZAF  [[US_PASSPORT:M00471928]]   [[DATE_OF_BIRTH:04JAN91]]"""),

("evasion", "markdown_bold_dl", "scottish",
"""Rental desk asked me to confirm the number, writing it with emphasis so they can read it: DL **[[US_DRIVER_LICENSE:S*5*3*0*-*4*1*8*8*-*2*0*7*6]]** (IL). Driver: [[PERSON:Ailsa MacGillivray]], DOB _[[DATE_OF_BIRTH:04/_1_1/1968]]_"""),

("evasion", "html_entities", "bosnian",
"""<td>Vozač / Driver</td><td>[[PERSON:Emina Hadžiahmetović]]</td>
<td>DOB</td><td>[[DATE_OF_BIRTH:&#49;&#57;&#56;&#55;-&#48;&#50;-&#49;&#56;]]</td>
<td>DL</td><td>[[US_DRIVER_LICENSE:&#52;&#48;&#50;&#57;&#49;&#56;&#55;&#51;]]</td>"""),

("evasion", "homoglyph_passport", "ukrainian",
"""Passport number for [[PERSON:Yaroslava Dmytrenko]] is [[US_PASSPORT:ЕК418293]] (she typed it on a Ukrainian keyboard so the letters may be Cyrillic). Born [[DATE_OF_BIRTH:О1.О9.2ОО3]]."""),

# hard negatives
("hard_negative", "tsa_acceptable_ids", None,
"""TSA acceptable ID list (summary): REAL ID-compliant driver's licenses or other state photo identity cards, State-issued Enhanced Driver's License, US passport, US passport card, DHS trusted traveler cards (Global Entry, NEXUS, SENTRI, FAST), US Department of Defense ID, permanent resident card, border crossing card. A weapon permit is not acceptable."""),

("hard_negative", "rental_car_policy", None,
"""GSA rental car policy: drivers must be 21+ (government rate waives the under-25 fee). Present a valid driver's license at the counter. Decline the CDW/LDW; the government self-insures. Refuel before return. Rental agreements billed to the CBTA must show the TA number."""),

("hard_negative", "hotel_confirmation", None,
"""Your reservation is confirmed. Confirmation #: 71829304. Check-in: Dec 14, 2026 after 4 PM. Check-out: Dec 18, 2026 by 11 AM. Rate: GSA per diem $258. Cancellation deadline: Dec 13, 2026 6 PM local. Questions: front desk."""),

("hard_negative", "claim_numbers", None,
"""Claims docket: CLM-26-0041827 (auto), CLM-26-0041902 (property), FTCA 2026-CBP-00817. Statute of limitations for FTCA administrative claims is 2 years from the date of accident. Policy 71-4418-0923 is the vendor's, not a person's."""),

("hard_negative", "global_entry_howto", None,
"""Global Entry renewals: apply up to a year before your membership expires. Your PASSID/KTN is on the back of your card and in your TTP account. The program fee is $120 for 5 years. Interviews can be done on arrival at participating airports (Enrollment on Arrival)."""),

("hard_negative", "delta_skymiles", None,
"""Reminder: book official travel on the contract city-pair carrier. For ATL-BOS the contract fare is DL 2204/DL 1887 (YCA). SkyMiles earned on official travel may be kept. Baggage fees are reimbursable with a receipt."""),

("hard_negative", "birthday_card_office", None,
"""Happy Birthday from the Travel Office! 🎂 Wishing you a year of on-time departures and upgraded rooms. — signed, everyone on the 3rd floor"""),

("hard_negative", "per_diem_table", None,
"""FY27 per diem (selected): Washington DC lodging $258, M&IE $92; Honolulu $297/$158; Anchorage $219/$106. Effective 10/01/2026. Conference lodging allowance up to 25% above."""),

("hard_negative", "tsa_stats_prose", None,
"""TSA screened 3.09 million people on the Sunday after Thanksgiving, a record. The agency was created on November 19, 2001, by the Aviation and Transportation Security Act. Officers check more than 2,000 distinct ID formats, including every state's driver's license design."""),

("hard_negative", "id_lost_instructions", None,
"""Lost your ID before a flight? You may still be allowed to fly: a TSA officer will ask for your name, current address and other information to confirm your identity. Arrive early. Afterwards, report the lost license to your state's DMV and request a replacement."""),

("hard_negative", "rental_damage_report_no_pii", None,
"""Damage report RA# 884120573: scratch on rear bumper, 4 in. Photos attached (IMG_4418-IMG_4421). Fuel 7/8. Odometer 18,204. Unit 77182 returned 12/05/2026 09:12 to lot B."""),
]
