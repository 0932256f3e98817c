# Voices: DHS headquarters facilities (parking, visitor badging, mail-room logs, conference rooms) and the
# Center for Countering Human Trafficking's victim-assistance referrals (services only, no investigations).
RECORDS = [
("positive", "visitor_badge_request", "iranian",
"""Visitor access request - St. Elizabeths campus, Bldg 3
Visitor: [[PERSON:Shirin Ghorbani-Tehrani]]
DOB: [[DATE_OF_BIRTH:September 14, 1976]]
Driver license: MD [[US_DRIVER_LICENSE:G-512-884-309-117]]
Citizenship: US
Escort: [[PERSON:Brandon Tillery]], ext. 2-4418
Meeting: Rm 2N-114, 10:00-11:30"""),
("positive", "mailroom_log", "hispanic+japanese+russian+yoruba",
"""MAILROOM INTAKE LOG 12/03
0812 USPS certified 9407 1118 9876 5432 1098 76 -> [[PERSON:AGUILAR, Consuelo]] (OGC)  signed: C.A.
0825 FedEx 7749 2210 3381 -> [[PERSON:Nakamura-Reyes, Ken]] (S&T)  refused, return to sender
0840 hand-carried, no return addr -> "[[PERSON:Yevgeny]]" only, 3rd floor - held for X-ray
0911 UPS -> [[PERSON:Oluwaseun Adebanjo-Coker]] (I&A) signed"""),
("positive", "parking_permit_csv", "anglo+hispanic",
"""permit,holder,plate,lot,cell
P-26-0441,[[PERSON:Grant Whitley]],VA UXR-4471,West Garage,[[PHONE_NUMBER:571-555-0117]]
P-26-0442,[[PERSON:Paloma Quintero]],DC GX-2209,West Garage,[[PHONE_NUMBER:202-555-0144]]
P-26-0443,[[PERSON:Rose Ellington]],MD 8FR-1182,Lot C (carpool),[[PHONE_NUMBER:301-555-0188]]"""),
("positive", "conference_room_ical", "chinese",
"""BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Budget prep - room 1W-210
ORGANIZER;CN=[[PERSON:Wei-Lun Tsai]]:mailto:[[EMAIL_ADDRESS:weilun.tsai@hq-dhs.example]]
ATTENDEE;CN=[[PERSON:Mariam Haddad]]:mailto:[[EMAIL_ADDRESS:mariam.haddad@hq-dhs.example]]
LOCATION:2707 Martin Luther King Jr Ave SE, Washington, DC 20528 - 1W-210
DTSTART:20261209T140000Z
END:VEVENT
END:VCALENDAR"""),
("positive", "foreign_visitor_foreign_dl", "ethiopian",
"""Foreign national visitor (delegation) - pre-screen needed 10 days out:
Name: [[PERSON:Meseret Alemu Gebremariam]]
Passport (ETH): [[US_PASSPORT:EP1447392]]
Date of birth: [[DATE_OF_BIRTH:ጥር 5 ቀን 1980 ዓ.ም.]]
Local hotel phone: [[PHONE_NUMBER:202-555-0161]]"""),
("positive", "ccht_referral", "thai",
"""CCHT victim-assistance referral (services only)
Referred person: [[PERSON:Kanokwan Srisawat]]
DOB: [[DATE_OF_BIRTH:4 Feb 1997]]
Current safe address: c/o shelter, [[STREET_ADDRESS:PO Box 2217, Honolulu, HI 96804]]
Phone (case manager): [[PHONE_NUMBER:808-555-0133]]
Needs: Thai interpreter, medical, continued presence paperwork status check
Victim assistance specialist: [[PERSON:Lena Marchetti]]"""),
("positive", "ccht_chat_referral", "honduran",
"""User: help me write a warm hand-off e-mail to the NGO for [[PERSON:Yesenia Carolina Mejía]] (she goes by Yesi). She is 19, born [[DATE_OF_BIRTH:30/11/2006]], phone [[PHONE_NUMBER:504-555-0172]] (New Orleans). [[PERSON:Yesi]] prefers Spanish and texting.
Assistant: Here's a draft you can adapt..."""),
("positive", "ccht_benefits", "romanian",
"""Benefits paperwork for referred person [[PERSON:Ionela Dumitrescu]]: SSN [[US_SSN:281-47-6013]] (just issued), A-number [[A_NUMBER:A-726-550-410]], bank for stipend routing [[ABA_ROUTING_NUMBER:229755194]] acct [[US_BANK_NUMBER:5508127734]]."""),
("positive", "ccht_cui", None,
"""[[CUI_MARKING:CUI//SP-PRVCY/SP-VICT]]
Monthly referral tracker - 14 new referrals, 9 placed with NGOs, 2 declined services.
[[CUI_MARKING:CUI//SP-PRVCY/SP-VICT]]"""),
("positive", "visitor_mgmt_api_jwt", None,
"""visitor kiosk can't talk to the VMS; here's the request it sends:
POST /api/visitors HTTP/1.1
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ2bXMta2lvc2stMDciLCJleHAiOjE3OTY2MTc2MDB9.mW8rT2kP9xQ4vL7zN3bH6cJ1sF5gD0aYeUiOnKtRwBq]]"""),
("positive", "room_booking_creds", None,
"""Room booking system service account (for the Outlook add-in): rooms-sync@hq / [[PASSWORD:Ap7#nQ2vXw9!Lk]] - IT said to put it in the config."""),
("positive", "fouo_evac", None,
"""[[CUI_MARKING:(U//FOUO)]] Building 3 shelter-in-place rally points and evacuation routes (attached) - not for distribution to contractors."""),
("positive", "parking_appeal_letter", "filipino",
"""To the Parking Office: I received a citation in Lot C. My name is [[PERSON:Ma. Concepcion Bautista-Lim]], badge holder, cell [[PHONE_NUMBER:571-555-0126]]. I was dropping off my mother, [[PERSON:Remedios Bautista]], who uses a wheelchair."""),
("evasion", "fullwidth_dl", "anglo",
"""visitor [[PERSON:Travis Kimbrough]] gave DL [[US_DRIVER_LICENSE:Ｔ４４－０２－１８７７]] (VA) at the kiosk and it failed validation"""),
("evasion", "split_turn_phone", "eritrean",
"""User: victim's case manager number is [[PHONE_NUMBER:410-555
User: -0153]], name [[PERSON:Senait Tesfamariam]]
Assistant: Thanks."""),
("evasion", "underscore_marking", None,
"""mailroom label printer keeps printing this on the envelopes for Branch 4: [[CUI_MARKING:C_U_I_/_/_P_R_V_C_Y]] - how do I reset the template?"""),
("hard_negative", "public_hq_address", None,
"""Public mailing address for DHS headquarters: U.S. Department of Homeland Security, 2707 Martin Luther King Jr Ave SE, Washington, DC 20528-0525. Trafficking tips go to the public hotline published on dhs.gov/blue-campaign."""),
("hard_negative", "building_names", None,
"""Rooms available Thursday: Frederick Douglass Auditorium, Clara Barton Room, Dorothea Dix Conference Room. Building names honor the hospital's history."""),
("hard_negative", "tracking_numbers", None,
"""Packages received: USPS 9400 1000 0000 0000 0000 00 (test label), FedEx 7712 3456 7890, UPS 1Z999AA10123456784. Mail stop 0525."""),
("hard_negative", "secret_service_prose", None,
"""Note: the Secret Service motorcade will close the north gate Tuesday 0900-1000. Visitors should use the west gate. Nothing confidential here - it's posted on the shuttle board."""),
("hard_negative", "room_inventory", None,
"""Room 2N-114: 24 seats, VTC, 86" display. Room 1W-210: 12 seats, no VTC. Asset tags 0041877, 0041878. Work order WO-26-11872."""),
("hard_negative", "ccht_training", None,
"""CCHT awareness training: Victims may not self-identify. Common indicators include someone else holding their identity documents. Example record in the exercise uses "Jane Roe" and phone 000-000-0000."""),
("hard_negative", "placeholder_vms", None,
"""vms-kiosk.yaml
api:
  base_url: https://vms.example.gov
  token: "REPLACE_ME"
  password: "********\""""),
("hard_negative", "historic_st_elizabeths", None,
"""The St. Elizabeths campus opened in 1855; Dorothea Dix lobbied for it, and Walt Whitman and Clara Barton worked nearby during the Civil War."""),
("hard_negative", "mailroom_screening_stats", None,
"""Mail screening FY26: 412,880 pieces, 19 suspicious-package calls, 0 hazardous. X-ray unit serial XR-2024-0551. Contract 70RDAD24C00000017."""),
("hard_negative", "confidential_door_sign", None,
"""Sign for room 3E-005: "Confidential meeting in progress - please knock." Another for 3E-007: "Classified documents are not stored here; see the SCIF on 4.\""""),
]

RECORDS += [
("positive", "delegation_list_dotted_dob", "georgian",
"""Delegation visitors, 12/10 (badges at the east gate):
[[PERSON:Mariam Javakhishvili]], DOB [[DATE_OF_BIRTH:21.05.1981]], passport GEO [[US_PASSPORT:15AB82431]]
[[PERSON:Giorgi Kapanadze]], DOB [[DATE_OF_BIRTH:06.11.1975]], passport GEO [[US_PASSPORT:13CD40917]]"""),
("hard_negative", "room_named_secret_garden", None,
"""The 'Secret Garden' room on 5 is closed for carpet; use 'Liberty' or 'Frontier'. Badge readers on 5 are set to visitor mode until Monday."""),
]
