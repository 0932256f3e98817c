"""am07: Coast Guard base housing office (assignments, leases, maintenance tickets, pets)."""

RECORDS = [
("positive", "assignment_letter", "filipino+anglo", """Draft housing assignment letter, please proofread:

MEMBER: BM1 [[PERSON:Ramil Santos Dizon]], EDIPI [[DOD_EDIPI:1478203365]]
DEPENDENTS: spouse [[PERSON:Kristen Dizon]], 2 children
UNIT ASSIGNED: [[STREET_ADDRESS:14 Lighthouse Loop, Unit B, Kodiak, AK 99615]]
EFFECTIVE: 15 JAN. BAH will stop the day before occupancy.
Housing Officer: [[PERSON:Theodora Quackenbush]], [[PHONE_NUMBER:907-555-0131]]"""),

("positive", "maintenance_ticket", "chuukese", """Work order #WO-26-1188 (from the tenant portal):
Tenant: [[PERSON:Kerat Enlet Sirom]]   Unit: [[STREET_ADDRESS:203 Cutter Way, Honolulu, HI 96819]]   Phone: [[PHONE_NUMBER:808-555-0159]]
Issue: "water leaking under kitchen sink since Sat, baby crawling there, please hurry"
Priority set: Routine
Should this be Urgent? Write the justification."""),

("positive", "pet_registration", "anglo", """Pet registration form came in, our policy bans certain breeds and limits to 2 pets. Does this one comply?
Sponsor: MK2 [[PERSON:Jolene Marie Haskett]]  Cell: [[PHONE_NUMBER:252-555-0123]]
Address: [[STREET_ADDRESS:77 Pamlico Court, Elizabeth City, NC 27909]]
Pet 1: "Rich" – Labrador mix, 62 lbs, rabies tag 2026-11873
Pet 2: "Hope" – domestic shorthair
Pet 3: ball python (caged)"""),

("positive", "waitlist_csv", "marshallese+tongan+korean", """waitlist export, sort by eligibility date and bedroom requirement please:
rank,member,rate,edipi,bedrooms,elig_date
1,[[PERSON:Jetnil Lojkar]],ET2,[[DOD_EDIPI:1529034418]],3,2026-08-01
2,[[PERSON:Viliami Moala-Kioa]],MK1,[[DOD_EDIPI:1603398172]],2,2026-08-14
3,[[PERSON:Oh Ji-yeon]],LT,[[DOD_EDIPI:1388270051]],2,2026-09-02"""),

("positive", "azorean_letter", "portuguese", """Can you translate this letter from a member's mother-in-law who wants to visit and stay 60 days in base housing?

"Exmos. Senhores, chamo-me [[PERSON:Maria da Conceição Furtado Medeiros]], nascida a [[DATE_OF_BIRTH:4 de outubro de 1955]], residente em [[STREET_ADDRESS:Rua do Pico 23, 9500-123 Ponta Delgada, Açores, Portugal]]. A minha filha [[PERSON:Sandra Medeiros Cabral]] vive na vossa base em New Bedford. Peço autorização para ficar com ela de março a maio." """),

("positive", "lease_ppv", "hispanic", """Our privatized housing partner sent this lease page for signature, check if the member info matches what we have (ours: [[PERSON:Arturo Benavides Jr.]], DOB [[DATE_OF_BIRTH:3/29/90]]):

RESIDENT: [[PERSON:BENAVIDES, ARTURO JR]]   DOB: [[DATE_OF_BIRTH:03/29/1991]]   SSN (last 4): 2998
CO-RESIDENT: [[PERSON:Crystal Benavides]]
Premises: [[STREET_ADDRESS:5410 Harbor Gate Dr, Apt 12, Alameda, CA 94501]]
Term: 12 months beginning 01/05/2027"""),

("positive", "chat_tenant", "haitian+anglo", """[housing chat] [[PERSON:Guerline Jean-Baptiste]]: hi the heater in 4B still isn't fixed, tech came tue and said part ordered
[housing chat] [[PERSON:Guerline Jean-Baptiste]]: my husband is deployed on the cutter, I have the twins, it's 48 degrees in the house
[housing chat] staff ([[PERSON:Merle]]): I'm sorry, I'll escalate. best number for you?
[housing chat] [[PERSON:Guerline Jean-Baptiste]]: [[PHONE_NUMBER:508-555-0192]]
Write the escalation email to the maintenance contractor."""),

("positive", "move_out_inspection", "puerto_rican", """Move-out inspection notes, please format as a damage report with estimated costs:
Member: OS2 [[PERSON:Yadiel Figueroa Nieves]], fwd address [[STREET_ADDRESS:PO Box 1187, 65 Calle Luna, Aguadilla, PR 00605]]
- carpet stain living room (pet), 3 nail holes hallway, broken blind master bedroom
- yard OK, garage oil stain
Inspector: [[PERSON:Wendell Ashcroft]]"""),

("positive", "fouo_roster", None, """[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Key-and-lock log, Bldg 14 family housing master keys. Master key ring #3 signed out to duty maintenance, 12/03 1620–1845. Spare keys for units 1A–6D kept in the CDO safe.
[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Is it normal to mark a key log like this? Either way, make it a cleaner table."""),

("positive", "portal_password_voicemail", "anglo", """Voicemail for the housing office: "Hi this is [[PERSON:Brandy Lee Stroud]], building 9. I can't get into the tenant portal. My username is bstroud9 and my password was [[PASSWORD:Anchor!Baby2024]], I think it's locked. Call me at [[PHONE_NUMBER:360-555-0148]]." What's the script for telling her to use the reset link and not leave passwords on voicemail?"""),

("positive", "bah_dispute", "yoruba", """Member emailed about BAH recoupment after moving into housing, help me explain it:
"I am YN2 [[PERSON:Olumide Adeyemi-Cole]], EDIPI [[DOD_EDIPI:1467791023]]. I moved into [[STREET_ADDRESS:88 Seabreeze Ave, Unit 3, Clearwater, FL 33762]] on Oct 1 but I was paid BAH for all of October. Now PPC wants it back. My wife [[PERSON:Folake Adeyemi-Cole]] says we never signed the termination." """),

("positive", "inspection_schedule", "vietnamese+native_hawaiian", """Annual inspections this week, please put in a calendar table:
Tue 0900 – [[PERSON:Lê Văn Thạnh]], 22 Kaimalino Pl
Tue 1030 – [[PERSON:Makana Kealamakia]], 24 Kaimalino Pl
Wed 0900 – [[PERSON:Trương Thị Ngọc Lan]], 31 Kaimalino Pl
Phone for reschedules: [[PHONE_NUMBER:808-555-0170]] ([[PERSON:Noelani Kapaona]], front desk)"""),

("positive", "bank_for_deposit_refund", "polish", """Deposit refund request from a departing member: [[PERSON:Krzysztof Wróblewski]], routing [[ABA_ROUTING_NUMBER:216516061]], acct [[US_BANK_NUMBER:60031187245]], refund $450. Is there anything else we need before sending this to finance?"""),

("evasion", "dotted_edipi", "anglo", """Tenant wrote her EDIPI like this in the form to "keep it safe": [[DOD_EDIPI:1.5.0.2.4.8.8.1.3.7]] ([[PERSON:Kaylee Brandstetter]]). Is that going to break the lookup?"""),

("evasion", "fullwidth_phone", "japanese", """Contact from a Japanese spouse in our community, the phone came through like this: [[PERSON:Fujimoto Ayaka]] [[PHONE_NUMBER:９０７－５５５－０１４３]]. Can you normalize it to our format?"""),

("evasion", "spelled_dob", "chamorro", """OCR'd form had the DOB typed in words: [[PERSON:Rosalinda Camacho Aguon]], born [[DATE_OF_BIRTH:the seventh of February, nineteen eighty-six]]. Please put it into MM/DD/YYYY for our spreadsheet."""),

("hard_negative", "policy_pets", None, """Summarize our pet policy for the welcome packet: max two pets, no dangerous breeds, cats and dogs must be registered within 14 days, fish tanks under 20 gallons don't count. Cite COMDTINST M11101.13 (housing manual) generically."""),

("hard_negative", "unit_addresses_generic", None, """Which housing areas fall under which sector: Kodiak Base, Air Station Elizabeth City, Base Alameda, Base Honolulu housing at Red Hill, TRACEN Cape May. Make a table of area / sector / number of units (leave blanks)."""),

("hard_negative", "cutter_names", None, """Members keep listing their unit as the cutter name in the waitlist form: CGC Alex Haley, CGC Bertholf, CGC Stratton, CGC Healy, CGC Munro. Should the form use cutter name or OPFAC? Just a field-design question."""),

("hard_negative", "work_order_numbers", None, """Monthly maintenance stats: WO-26-1101 through WO-26-1244 (144 orders), 17 urgent, 3 emergency (gas smell, no heat, flooding). Avg completion 4.2 days. Contractor contract 70Z02326D93270001. Write the monthly summary."""),

("hard_negative", "scrubbed_ticket", None, """Rewrite this work-order description so it's clearer for the contractor: "tenant says toilet runs all night, already replaced flapper, kids' bathroom upstairs, okay to enter with dog crated." """),

("hard_negative", "kinship", None, """Our form asks "relationship to sponsor" and people write: wife, husband, son, daughter, stepson, mother-in-law, foster child, ward. Which of these count as dependents for housing eligibility? Just general rules."""),

("hard_negative", "public_contact", None, """For the welcome packet: Coast Guard SUPRT (CG SUPRT) for counseling is 855-247-8778, and the Housing Early Assistance Tool is on the housing website. Ask the reader to contact their local housing office for anything else. Make it sound welcoming."""),

("hard_negative", "password_reset_notice", None, """Notice for the tenant portal: "We've upgraded the portal. On your next login you'll be asked to reset your password and set up two-step verification. Housing staff will never ask for your password." Shorten it to fit a door hanger."""),

("hard_negative", "bah_table", None, """2026 BAH with dependents for E-5 in Kodiak vs. Elizabeth City vs. Alameda — I don't have exact rates; just show me how to lay out the comparison table with columns for with/without dependents and the housing charge."""),

("hard_negative", "street_eponyms", None, """New street names proposed for the housing expansion: Hopley Yeaton Way, Ida Lewis Lane, Alex Haley Drive, Douglas Munro Court, Joshua James Circle. Write one-line bios for a plaque (all historical Coast Guard figures)."""),
]
