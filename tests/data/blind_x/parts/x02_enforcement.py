# Voice: FPS / ICE / CBP / Secret Service officers: traffic stops, accident reports, background checks
RECORDS = [
("positive", "traffic_stop_narrative", "salvadoran",
"""NARRATIVE: On the above date at approx 2215 hrs I conducted a traffic stop on a gray Nissan Altima for failure to maintain lane on the federal campus access road. The driver identified herself verbally as [[PERSON:Xiomara Beatriz Quintanilla]] and produced her Maryland license. Dispatch confirmed the license number [[US_DRIVER_LICENSE:Q-540-218-773-019]] as valid, no wants. DOB [[DATE_OF_BIRTH:02/11/1993]]. Driver was issued a written warning and released at 2231 hrs."""),

("positive", "accident_report_two_drivers", "maori+samoan",
"""MOTOR VEHICLE ACCIDENT REPORT - GOV VEHICLE G41-8827K
Unit 1 (GOV): Operator [[PERSON:Rangi Tane Whaanga]], OLN [[US_DRIVER_LICENSE:H71820394]] (HI), D.O.B. [[DATE_OF_BIRTH:08-19-1984]]
Unit 2 (POV): Operator [[PERSON:Malia Fonoti Tuiasosopo]], OLN [[US_DRIVER_LICENSE:H60395127]] (HI), D.O.B. [[DATE_OF_BIRTH:03-30-1997]], phone [[PHONE_NUMBER:808-555-0139]]
Location: Nimitz Hwy at Lagoon Dr, Honolulu. Minor damage to right rear quarter panel of Unit 1. No injuries.
Claim will be filed on SF-91; GSA Fleet incident no. 2026-HI-00318."""),

("positive", "background_check_request", "pakistani",
"""To: Background Investigations
Please run NCIC/NLETS on the contractor below before badge issuance.
Name: [[PERSON:QURESHI, Faisal Mahmood]]
DOB: [[DATE_OF_BIRTH:1978-04-09]]
SSN: [[US_SSN:412-73-6058]]
DL: [[US_DRIVER_LICENSE:A418-2790-6634]] IL
Address: [[STREET_ADDRESS:9021 N Keeler Ave, Skokie, IL 60076]]"""),

("positive", "cdl_inspection", "punjabi",
"""CVSA Level II inspection @ port of entry, lane 4
Driver: [[PERSON:Jaskaranpreet Singh Bhullar]]   CDL: CA [[US_DRIVER_LICENSE:B3390172]] Class A, endorsements H N T
Medical card exp 2027-05-31. Driver born [[DATE_OF_BIRTH:14 January 1987]].
Carrier USDOT 3318472. No violations, decal issued."""),

("positive", "radio_transcript", "vietnamese",
"""[22:41:07] UNIT 14: ...run a 10-28/29 on a Texas DL, eight digits, [[US_DRIVER_LICENSE:four-six-zero-nine, two-two-eight-one]]
[22:41:10] DISPATCH: copy, [[US_DRIVER_LICENSE:4609-2281]]
[22:41:39] DISPATCH: Unit 14, returns to a [[PERSON:Nguyen Van Hung]], DOB [[DATE_OF_BIRTH:zero-six-one-five-seventy-five]], license valid, no wants
[22:41:44] UNIT 14: copy, license [[US_DRIVER_LICENSE:46092281]] valid"""),

("positive", "fps_incident_report", "russian",
"""FPS INCIDENT REPORT (excerpt)
Subject 1: [[PERSON:Dmitri Arkadyevich Voronkov]], born [[DATE_OF_BIRTH:1969]]? — no, full DOB [[DATE_OF_BIRTH:22.09.1969]] per his NJ license [[US_DRIVER_LICENSE:V1872 40359 69231]].
Subject attempted to enter the Federal Building at the Broad St. entrance with a folding knife; item was surrendered and subject was escorted out."""),

("positive", "ice_field_interview", "guatemalan",
"""Field interview card #FI-0932
Subj: [[PERSON:Ixchel Tzul Batz]]
Presented: Guatemalan passport [[US_PASSPORT:S2381047]] and a North Carolina ID card [[US_DRIVER_LICENSE:000041827365]]
F. Nac.: [[DATE_OF_BIRTH:03/05/1990]] (dd/mm per passport = 3 May 1990)
Res: [[STREET_ADDRESS:411 Cedar Fork Rd, Siler City, NC 27344]]"""),

("positive", "secret_service_protectee_visitor", "greek",
"""WAVES pre-screen, visitor list for Tuesday event:
1. [[PERSON:Evangelia Papakonstantinou]] — DOB [[DATE_OF_BIRTH:Apr 2, 1971]] — ID: MA lic [[US_DRIVER_LICENSE:S55180263]]
2. [[PERSON:Thanos Karagiannis]] — DOB [[DATE_OF_BIRTH:Dec 18, 1968]] — ID: US passport [[US_PASSPORT:551823470]]"""),

("positive", "dui_arrest_summary", "cherokee",
"""Arrest summary: [[PERSON:Wesley Ross Tehee]] (DOB [[DATE_OF_BIRTH:7/7/82]]) was arrested on federal land for DUI. His Oklahoma operator's license, no. [[US_DRIVER_LICENSE:T072819346]], was seized and forwarded to the state per the implied consent statute."""),

("positive", "ncic_return", "jamaican",
"""NCIC QUERY RESPONSE
NAM/[[PERSON:CAMPBELL-REID,DESMOND O]]  SEX/M  RAC/B  DOB/[[DATE_OF_BIRTH:19850312]]
OLN/[[US_DRIVER_LICENSE:H7210458]]  OLS/AZ  OLY/2029
NO NCIC WANT SSN/NAM/DOB/OLN"""),

("evasion", "dl_split_lines", "ukrainian",
"""Officer notes typed on phone, pls clean up for report:
driver [[PERSON:Solomiia Kovalyshyn]]
NY lic
[[US_DRIVER_LICENSE:815
227
094]]
dob [[DATE_OF_BIRTH:4/29/1996]]"""),

("evasion", "dl_spaced_letters", "filipino",
"""Can you format this for the tow report? Driver [[PERSON:Rowena Pagdilao Macaraeg]] said her license number out loud and I typed it as I heard it: [[US_DRIVER_LICENSE:D as in delta 7 1 4 0 9 3 8 2]] (California). Birthday [[DATE_OF_BIRTH:the 5th of June 1979]]."""),

# hard negatives
("hard_negative", "plate_and_vin", None,
"""BOLO update: vehicle is a 2019 silver Toyota Tacoma, VA plate UXK-4821, VIN 3TMCZ5AN4KM214907. Last seen southbound I-95 near exit 152. Do not confuse with the Maryland tag 8EK2193 from yesterday's broadcast. NCIC vehicle entry V-2026-118204."""),

("hard_negative", "case_numbers_prose", None,
"""Docket update: case no. 1:26-cr-00418 was continued to 02/09/2027. Related matters 1:26-mj-02231 and 26-CV-7710 remain stayed. Evidence tracking numbers EV-26-004417 through EV-26-004432 are in locker 9. Trial date is not a date of birth, reviewers keep flagging it."""),

("hard_negative", "training_traffic_stop", None,
"""FLETC driver-training scenario: "You stop a vehicle. The role player hands you a license reading DRIVER, SAMPLE J, DL 000000000, DOB 00/00/0000." Candidates must call in the stop, note the plate (TRAINING 1), and handle the role player's complaint. All identifiers are training placeholders."""),

("hard_negative", "delta_flight", None,
"""Prisoner transport itinerary: depart ATL on DL 1423 at 06:05, connect in MSP to DL 2871, arrive SEA 11:42. JPATS coordination #J-27-00881. Escort officers travel on government travel orders TA-2026-55213."""),

("hard_negative", "ham_radio_fcc", None,
"""COMMEX notes: backup comms via amateur radio. Station callsign is the club's W4DHS (fictional for this exercise), FCC license grant 0012345678 (sample). GMRS licence WRXK418 is for the family radios only. Nobody should transmit PII on these channels."""),

("hard_negative", "boston_born_profile", None,
"""The new regional director is Boston-born and a first-born child of immigrants, she told the all-hands — no names in minutes per the comms office. The division was born out of the 2003 reorganization; its charter date is 03/01/2003."""),

("hard_negative", "permit_numbers", None,
"""Special event permit SEP-26-1187 covers the rally on the Mall; NPS permit 26-0419 covers the stage. Overweight vehicle permit OW-2026-773120 from MDOT. None of these are driver permits."""),

("hard_negative", "famous_fugitive_history", None,
"""History corner for the squad newsletter: John Dillinger, born June 22, 1903, in Indianapolis, was once declared "Public Enemy No. 1". Bonnie Parker (born October 1, 1910) and Clyde Barrow famously stole Ford V-8s. Fun fact: Dillinger wrote a letter praising the Ford."""),

("hard_negative", "nsn_equipment", None,
"""Replacement radar gun order: NSN 5840-01-526-7714, qty 2. Breath tester mouthpieces NSN 6515-01-463-2281. PO 70SBUR27P00000418. Calibration cert #CAL-88213-A valid to 2027-08-31."""),

("hard_negative", "dl_policy_prose", None,
"""Policy reminder: never enter a subject's driver's license number, passport number or date of birth into a commercial AI tool. Use the case management system. If a report template needs an OLN field, leave it as [OLN] and fill it in within the system of record."""),

("hard_negative", "accident_stats", None,
"""Fleet safety stats FY26: 41 reportable accidents, 12 involving backing, 3 at fuel stations. Average driver age at time of accident: 38. Drivers born after 1995 had 9 incidents. The Class A CDL holders had none."""),
]
