"""ar07: Coast Guard Aids to Navigation teams (buoy and light maintenance, private-aid applications)."""

RECORDS = [
("positive", "paton_application", "anglo", """Private Aids to Navigation Application (CG-2554), typed from the homeowner's form:
Applicant: [[PERSON:Thomas "Tuck" Wainwright III]]
Mailing address: [[STREET_ADDRESS:88 Heron Point Rd, Deltaville, VA 23043]]
Phone: [[PHONE_NUMBER:804-555-0164]]  Email: [[EMAIL_ADDRESS:tuckwainwright@chesapeakenet.com]]
Aid requested: 2 lighted piles marking private channel to dock, Jackson Creek
Position: 37-32.41N 076-19.88W
Is anything missing for the District 5 Waterways office?""".replace('[[PERSON:Thomas "Tuck" Wainwright III]]', '[[PERSON:Thomas "Tuck" Wainwright]] III')),

("positive", "marina_email_thread", "anglo+portuguese", """Subject: RE: PATON renewal - Seabrook Harbor Marina

Hi [[PERSON:Lourenço]],
The two private buoys at the marina entrance are overdue for their annual inspection report. Please send it by Jan 15 or we'll have to start the discontinuance process.
BM1 [[PERSON:Kendra Albrecht]], ANT Boston, [[PHONE_NUMBER:617-555-0122]]

> From: [[PERSON:Lourenço Medeiros]] <[[EMAIL_ADDRESS:lmedeiros@seabrookharbormarina.com]]>
> The new harbormaster is [[PERSON:Ashley Pacheco]], she'll do the inspection. Her cell is [[PHONE_NUMBER:603-555-0147]]."""),

("positive", "discrepancy_report", "anglo", """Discrepancy report from a boater's phone call, make it into the standard DR format:
Reported by: [[PERSON:Vernon Pettway]], commercial crabber, F/V Miss Lorene, cell [[PHONE_NUMBER:251-555-0139]]
Aid: Mobile Ship Channel Lighted Buoy 37 (LLNR 3185)
Discrepancy: light extinguished, buoy leaning, possible collision
Time reported: 12/06/2026 0540
Taken by: [[PERSON:MK2 Danny Roebuck]]""".replace("[[PERSON:MK2 Danny Roebuck]]", "MK2 [[PERSON:Danny Roebuck]]")),

("positive", "team_duty_roster_yaml", "filipino+anglo+hispanic+samoan", """# ANT Galveston watch bill - Dec wk2
duty:
  oic: "[[PERSON:BMC Rafael Gallardo]]"
  coxswain: "[[PERSON:BM2 Leilani Fa'asavalu]]"
  crew:
    - "[[PERSON:MK3 Jomar Dizon]]"
    - "[[PERSON:SN Brayden Kolb]]"
  recall_phone: "[[PHONE_NUMBER:409-555-0181]]"
Can you convert this to a table for the whiteboard?""".replace("[[PERSON:BMC Rafael Gallardo]]", "BMC [[PERSON:Rafael Gallardo]]").replace("[[PERSON:BM2 Leilani Fa'asavalu]]", "BM2 [[PERSON:Leilani Fa'asavalu]]").replace("[[PERSON:MK3 Jomar Dizon]]", "MK3 [[PERSON:Jomar Dizon]]").replace("[[PERSON:SN Brayden Kolb]]", "SN [[PERSON:Brayden Kolb]]")),

("positive", "homeowner_complaint_voicemail", "anglo", """Voicemail transcript, 12/04 7:15 pm: "Yeah this is Wendell Abernathy, I live on the point at 412 Osprey Nest Lane in Swansboro, the new daybeacon you guys put in is right in front of my dock, I can't get my boat out, call me 910-555-0133." Draft a response letter explaining how aid positions are chosen and that we can discuss it.""".replace("Wendell Abernathy", "[[PERSON:Wendell Abernathy]]").replace("412 Osprey Nest Lane in Swansboro", "[[STREET_ADDRESS:412 Osprey Nest Lane in Swansboro]]").replace("910-555-0133", "[[PHONE_NUMBER:910-555-0133]]")),

("positive", "maintenance_log_csv", "anglo+vietnamese", """ANT maintenance log export; which aids haven't been serviced in 12 months?
llnr,aid_name,last_service,tech,notes
3185,Mobile Ship Channel LB 37,2025-11-02,[[PERSON:Roebuck D]],battery replaced
3190,Mobile Ship Channel LB 39,2026-06-14,[[PERSON:Trương Quang Vinh]],lens cleaned
3202,Dog River Daybeacon 4,2025-10-19,[[PERSON:Roebuck D]],board faded
3210,Theodore Channel Light 12,2026-09-01,[[PERSON:K. Albrecht]],solar panel ok"""),

("positive", "paton_owner_transfer", "hispanic+anglo", """Letter from a new property owner, help me reply:
"Dear Sir/Madam, I bought the house at [[STREET_ADDRESS:31 Sandpiper Ct, Port Aransas, TX 78373]] from [[PERSON:Glenn Ridgeway]] in August. I understand there is a private light on my pier permitted in his name. Please transfer it to me. [[PERSON:Consuelo Garza de la Fuente]], [[PHONE_NUMBER:361-555-0127]], [[EMAIL_ADDRESS:consuelogarzadlf@yahoo.com]]" """),

("positive", "cui_boat_mishap", "anglo+polish", """[[CUI_MARKING:CUI//SP-PRVCY]]
Mishap report (Class C) - ANT 26' TANB, 11/30/2026
Coxswain: BM3 [[PERSON:Kasia Wróblewska]], DOB [[DATE_OF_BIRTH:1999-04-11]]
Crew: FN [[PERSON:Dalton Ivey]]
Boat struck a submerged piling while approaching daybeacon 4; minor hull damage, no injuries. [[PERSON:Ivey]] was wearing a PFD; [[PERSON:Wróblewska]] was not.
Rewrite the lessons-learned paragraph without blame.
[[CUI_MARKING:CUI//SP-PRVCY]]"""),

("positive", "lighthouse_keeper_contract", "anglo+cajun", """Contract caretaker for the lighthouse grounds (not the light): invoice from the caretaker with his bank info for EFT, what do I forward to finance?
Caretaker: [[PERSON:Remy Thibodaux]]
EFT: routing [[ABA_ROUTING_NUMBER:063959677]], acct [[US_BANK_NUMBER:2200913847]]
Period: Nov 2026, mowing and gate maintenance, $1,140.00"""),

("positive", "marina_spanish_email", "puerto_rican", """Traduce por favor, una marina en Fajardo pide una boya privada:
"Saludos, soy [[PERSON:Maricarmen Colón Vélez]], administradora de Marina Punta Bandera. Queremos instalar dos boyas privadas en el canal de entrada. Nuestra dirección es [[STREET_ADDRESS:Carr. 987 Km 2.3, Bo. Las Croabas, Fajardo, PR 00738]]. Tel. [[PHONE_NUMBER:787-555-0168]]. El ingeniero [[PERSON:Ulises Berríos]] prepara el plano." """),

("positive", "teams_chat_aton", "anglo+chamorro", """[Teams] 
[[PERSON:Jesse Cruz Taitano]]: who took the call about the privately maintained buoy off Agat?
[[PERSON:Hollis Rand]]: me. owner is [[PERSON:Bernadette Quitugua]], she wants to move it 200 yds
[[PERSON:Jesse Cruz Taitano]]: she needs a new 2554 for that. got her email?
[[PERSON:Hollis Rand]]: [[EMAIL_ADDRESS:bquitugua@guamdivers.net]]
summarize and draft the email to her"""),

("positive", "homeowner_sms", "hawaiian", """Text from a homeowner on Kāneʻohe Bay, what's the answer?
"Aloha, this is [[PERSON:Makana Kealoha-Ching]]. The private light on my pier at [[STREET_ADDRESS:47-430 Kamehameha Hwy, Kaneohe, HI 96744]] is out since the storm. Do I fix it or do you? [[PHONE_NUMBER:808-555-0153]]" """),

("positive", "aton_script_connstring", "anglo", """I wrote a little Python script to pull our overdue aids from the unit's Access-to-SQL database, it errors on connect. Can you see what's wrong?

import pyodbc
conn = pyodbc.connect("[[CONNECTION_STRING:DRIVER={ODBC Driver 17 for SQL Server};SERVER=ant-mob-sql01;DATABASE=AtonMaint;UID=ant_reader;PWD=Kx7#buoyLB37q]]")
cur = conn.cursor()
cur.execute("SELECT llnr, aid_name, last_service FROM aids WHERE last_service < DATEADD(month,-12,GETDATE())")
# written by MK2 [[PERSON:Danny Roebuck]]"""),

("positive", "basic_auth_telemetry", "anglo+filipino", """The buoy telemetry vendor's API stopped returning battery voltages for LB 37. This is the request from our dashboard config:
GET /api/v3/aids/3185/telemetry HTTP/1.1
Host: aton-telemetry.vendor.example
Authorization: Basic [[PASSWORD:YW50bW9iLXRlbGVtZXRyeTpUeDkhcUJ1b3k0NHZMbQ==]]
Accept: application/json
Vendor support contact: [[PERSON:Jericho Macalintal]], [[EMAIL_ADDRESS:jmacalintal@aton-telemetry.example]]. Ask him if the v3 endpoint changed."""),

("evasion", "position_and_phone_mangled", "jewish", """From a marina's scanned form, OCR mangled the phone: "Contact: [[PERSON:Yitzhak Mandelbaum]], tel [[PHONE_NUMBER:5O8-5S5-O1l9]]" - is that 508-555-0119?""".replace("is that 508-555-0119?", "is that [[PHONE_NUMBER:508-555-0119]]?")),

("evasion", "email_split_lines", "anglo", """The homeowner's email wrapped across two lines in the fax:
Email: [[EMAIL_ADDRESS:marguerite.oakhurst-
bell@capecodmail.net]]
Owner: [[PERSON:Marguerite Oakhurst-Bell]]
Write it back as one line for the file."""),

("evasion", "zero_width_name_password", None, """The aid-tracking system login for the new ANT member, copied from the welcome email (there's something invisible in it): username ckolb, temp pw [[PASSWORD:Buoy\u200bTender\u200b2026!]]. Why does it fail?"""),

("hard_negative", "local_notice_to_mariners", None, """Local Notice to Mariners, District 8, week 49: Mobile Ship Channel Lighted Buoy 37 (LLNR 3185) extinguished; Dog River Daybeacon 4 (LLNR 3202) missing. Mariners are advised to use caution. Reformat for our web page."""),

("hard_negative", "light_list_numbers", None, """Check this column of Light List numbers for typos: 3185, 3190, 3202, 3210, 31855, 555-0132 (that one's clearly a mistake from a phone number someone pasted). Also, Fl G 4s 6M and Q R 9ft 4M are characteristics, not numbers to check."""),

("hard_negative", "lighthouse_eponyms", None, """For the unit history page: Thomas Point Shoal Light, Sandy Hook Light, Cape Hatteras Light, Point Bonita, and the cutter Joshua Appleby. One sentence each; mention Ida Lewis, the famous keeper of Lime Rock Light in the 1800s."""),

("hard_negative", "paton_regs", None, """Which regulation governs private aids: 33 CFR Part 66 (private aids to navigation), Part 62 (the U.S. aids to navigation system), Part 64 (marking of structures). And 14 U.S.C. 544 for the authority? Summarize who must apply for a permit."""),

("hard_negative", "place_names_people_like", None, """Our AOR includes Port Arthur, Lake Charles, Morgan City, Grand Isle, Port Fourchon, Houma, and Cameron. Sort them west to east for the patrol schedule."""),

("hard_negative", "paton_application_blank", None, """Private Aids to Navigation Application (CG-2554), homeowner left everything blank except:
Aid requested: 1 unlighted daybeacon, private channel
Position: 37-31.90N 076-18.44W
Write a reply asking for the applicant information and a chart sketch."""),

("hard_negative", "public_contact_district", None, """For the FAQ: "To report a discrepancy in an aid to navigation, call the nearest Coast Guard unit or hail on VHF channel 16. In an emergency call 911." Add a line about the Local Notice to Mariners being posted on the Coast Guard Navigation Center website."""),

("hard_negative", "storm_names", None, """Summarize damage to aids from past storms for the budget justification: Hurricane Ida (2021) destroyed dozens of aids in Barataria Bay, Hurricane Laura (2020) hit Calcasieu Channel, Hurricane Ian (2022) damaged Fort Myers area aids. Keep it to one paragraph."""),

("hard_negative", "vessel_names", None, """Check spelling of these buoy tender and boat names for the report: USCGC Elm, USCGC Hollyhock, USCGC Joshua Appleby, F/V Miss Lorene, M/V Capt. Charlie, and the barge Big Hope. Italicize vessel names."""),

("hard_negative", "password_prose_aton", None, """Our shared ANT laptop has a sticky note saying "password on the whiteboard in the shop". Write a short reminder for the unit: no shared passwords, each member uses their CAC, and the ESO will remove the note."""),
]
