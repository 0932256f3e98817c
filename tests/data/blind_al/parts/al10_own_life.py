# Voice 10: The employee's own life - a sibling's wedding abroad, a child custody schedule, a condo HOA dispute,
# a used-boat purchase, a retirement party.
RECORDS = [
("positive", "wedding_travel_email", "malayali", """can you help me write a short email to the hotel in Kochi? my brother [[PERSON:Arun Varghese Thomas]] is getting married there Jan 18 and I'm booking for me, my wife [[PERSON:Sneha Mathew]] and our son. Hotel wants passport numbers in advance: mine is [[US_PASSPORT:567291843]], hers [[US_PASSPORT:A04418827]]. their reservations number is [[PHONE_NUMBER:+91 484 555 0162]]. ask for an airport pickup on the 15th."""),

("positive", "custody_calendar", "anglo+italian", """Help me turn our custody schedule into a shared Google Calendar description. Kids: [[PERSON:Mason Galloway]] (DOB [[DATE_OF_BIRTH:06/19/2015]]) and [[PERSON:Ava Galloway]] (DOB [[DATE_OF_BIRTH:01/08/2018]]). Their mom [[PERSON:Francesca Russo]] has them week 1 and 3 Sun-Sun, I have weeks 2 and 4, exchange 6pm at school. Her cell [[PHONE_NUMBER:571-555-0118]] for the calendar invite. Holidays alternate, Christmas Eve with her this year."""),

("positive", "hoa_dispute_letter", "palestinian+anglo", """please make this letter to the condo board firmer but still polite:

To the Board of Directors, Lakeview Terrace Condominium Association
I am the owner of [[STREET_ADDRESS:4200 Lakeview Pkwy, Unit 3C, Reston, VA 20194]]. For the third time, water from Unit 4C (owner [[PERSON:Gregory Pennington]]) has leaked into my ceiling. The board's manager, [[PERSON:Lynette Farrow]], told me this is a 'neighbor matter'. Under Article VII of the bylaws the common pipe is the association's responsibility.
Sincerely,
[[PERSON:Samir Khalil Nassar]]
[[PHONE_NUMBER:571-555-0102]]"""),

("positive", "boat_bill_of_sale", "anglo", """Buying a used boat this weekend, seller sent this bill of sale - anything missing before I hand over the cashier's check?

BILL OF SALE
Seller: [[PERSON:Raymond T. Pellegrino]], [[STREET_ADDRESS:88 Anchorage Way, Deale, MD 20751]]
Buyer: [[PERSON:Curtis Albee]], [[STREET_ADDRESS:1216 Forest Glen Rd, Silver Spring, MD 20901]]
Vessel: 2009 Grady-White Fisherman 209, HIN NTLR4471D909, MD 4471 BX
Price: $31,500
Seller's DL: [[US_DRIVER_LICENSE:P-514-287-903-116]]"""),

("positive", "retirement_rsvp_csv", "irish+filipino+igbo+anglo", """RSVPs for the chief's retirement party, can you count guests and list who still owes for the dinner ($45 each)?

name,guests,paid,phone
[[PERSON:Colm Devaney]],2,yes,[[PHONE_NUMBER:202-555-0113]]
[[PERSON:Maricel Pangilinan]],1,no,[[PHONE_NUMBER:202-555-0165]]
[[PERSON:Obinna Eze-Okafor]],2,no,[[PHONE_NUMBER:202-555-0126]]
[[PERSON:Trudy Hammersmith]],1,yes,"""),

("positive", "boat_wire_instructions", "anglo", """Seller wants a wire for the deposit. Do these instructions look legit or like a scam? He says his bank is a credit union.

Beneficiary: [[PERSON:Raymond Pellegrino]]
Routing: [[ABA_ROUTING_NUMBER:092679009]]
Account: [[US_BANK_NUMBER:7720418856]]
Memo: Grady-White deposit
He also wants me to text confirmation to [[PHONE_NUMBER:443-555-0137]]."""),

("positive", "wedding_whatsapp", "malayali+anglo", """Translating our family WhatsApp, can you make a timeline?

[12/02 20:14] Ammachi: mehendi is 16th evening at [[STREET_ADDRESS:Thekkeveettil House, Kumbalangi North, Kochi 682007]]
[12/02 20:15] [[PERSON:Anu Varghese]]: flights land 15th 3am 😭
[12/02 20:17] [[PERSON:Arun Varghese Thomas]]: church 18th 11am, reception 6pm, tell [[PERSON:Ben]] suit not tux
[12/02 20:20] [[PERSON:Anu Varghese]]: call me [[PHONE_NUMBER:+91 98555 01147]] when you land"""),

("positive", "hoa_portal_password", "anglo", """HOA portal for the condo keeps logging me out. I'm going to have my sister check my ballot for the special assessment vote, she'll use my login: username unit3c-owner, password [[PASSWORD:Heron$Reston-2211]]. Actually is it even allowed for her to vote by proxy?"""),

("positive", "custody_mediator_email", "ashkenazi", """Draft reply to the mediator: Ms. [[PERSON:Rivka Feldman-Adler]] proposed moving the exchange to Fridays at 5. That works except the week of our son [[PERSON:Eli Brenner]]'s bar mitzvah prep (born [[DATE_OF_BIRTH:March 22, 2013]], so the party is in spring). Mediator's email is [[EMAIL_ADDRESS:rfeldman.mediation@lawoffice.example]]."""),

("positive", "retirement_card_venmo", "anglo+jamaican", """write a funny retirement card message for [[PERSON:Deborah 'Debbie' Klinefelter]] (28 years, 3 commissioners, 1 stapler she never returned). and remind people to chip in for the gift via [[PERSON:Winston Forbes-Gayle]]'s card, he paid upfront: [[CREDIT_CARD:5437 2999 2247 8961]] ... wait don't put his card in, just say see [[PERSON:Winston]]"""),

("positive", "boat_registration_form", "vietnamese", """Filling the state boat registration, form says: Owner [[PERSON:Nguyễn Văn Thành]], DOB [[DATE_OF_BIRTH:12-04-1976]], SSN [[US_SSN:219-83-5047]], address [[STREET_ADDRESS:9 Gull Point Dr, Pasadena, MD 21122]]. Is it normal for a boat registration to ask for SSN? Should I leave it blank?"""),

("positive", "wedding_visa_letter", "sierra_leonean", """Invitation letter for my sister's wedding in Freetown, she needs it for the embassy. Can you format it?

I, [[PERSON:Isata Kamara-Conteh]], residing at [[STREET_ADDRESS:14 Wilkinson Road, Freetown, Sierra Leone]], invite my brother [[PERSON:Alimamy Conteh]] and his family to my wedding on 3 January. Phone [[PHONE_NUMBER:+232 78 555 019]]."""),

("positive", "hoa_minutes_email", "palestinian+anglo", """Neighbour sent this to the whole building, I want to reply without escalating:

"To all owners: [[PERSON:Samir Nassar]] in 3C keeps complaining about the leak and now wants the association to pay. The board ([[PERSON:Gregory Pennington]], [[PERSON:Lynette Farrow]]) has been more than fair. - [[PERSON:Marv Kettering]], 5A, [[EMAIL_ADDRESS:marvk.condo@inbox.example]]\""""),

# evasions
("evasion", "passport_spaced_emoji", "malayali", """hotel needs amma's passport too, she's [[PERSON:Mariamma Varghese]]: [[US_PASSPORT:5 🛂 4 8 8 1 9 3 0 2]] lol the emoji is from my notes app, ignore it"""),

("evasion", "card_split_words", "anglo", """paying the boat surveyor by card over chat, he said type it in two pieces: first part [[CREDIT_CARD:4883 0366
second part 2333 6995]] exp 09/29, name [[PERSON:Curtis Albee]]"""),

("evasion", "ssn_with_letters", "vietnamese", """registration site rejects the SSN field, I typed it as [[US_SSN:2l9-83-5O47]] with an L and an O because the autofill keeps jumping - does the state need it to register a boat?"""),

# hard negatives
("hard_negative", "boat_specs", None, """Comparing two used boats: 2009 Grady-White Fisherman 209 (Yamaha F200, 612 hours) at $31,500 vs 2011 Sea Ray 220 Sundeck (MerCruiser 5.0, 480 hours) at $34,900. Hull ID format is 12 characters, like ABC12345D606. Which is the better buy for the Chesapeake?"""),

("hard_negative", "same_voice_custody", None, """Help me turn our custody schedule into a calendar description: kids alternate weeks Sun 6pm to Sun 6pm, exchange at school; holidays alternate by year; each parent gets two non-consecutive weeks in summer with 30 days' notice; birthdays split, whoever doesn't have them gets a dinner."""),

("hard_negative", "hoa_bylaws", None, """Article VII, Section 2 of the condominium bylaws: 'The Association shall maintain, repair and replace all Common Elements, including pipes serving more than one Unit.' Article IX: assessments due on the 1st; late fee $25 after the 15th. Does that mean a shared riser is on them?"""),

("hard_negative", "retirement_speech", None, """Retirement speech for my chief: 28 years at the department, through 3 secretaries and 2 reorganizations, started when the office was a trailer in 2003. Mention her love of terrible puns and the Friday donut tradition. No names please, it's read by her deputy."""),

("hard_negative", "wedding_itinerary", None, """Itinerary for my brother's wedding trip: land COK Jan 15 03:10 on EK 530, mehendi 16th, church 18th 11:00, reception 18:00, backwaters houseboat 20th, depart Jan 22 04:25 EK 533. Can you add time zones and a packing list?"""),

("hard_negative", "kinship_wedding", None, """Seating for the wedding reception: bride's parents, groom's parents, both grandmothers, the groom's uncle and aunt, my brother-in-law's cousins from Dubai, and my kids. Table of 10 plus a kids' table. Ideas?"""),

("hard_negative", "boat_name_words", None, """Naming the new boat. Shortlist: 'Sunny Liberty', 'Hope Floats', 'Reel Grace', 'Patience', 'Faith & Diesel'. Which ones are overused at the marina? I've seen at least three 'Serenity's."""),

("hard_negative", "retirement_budget", None, """Retirement party budget: venue $600, dinner 42 x $45 = $1,890, cake $140, plaque $95, gift card $500. Collected so far $2,310. How much short, and what per-person amount would cover it if 12 more people chip in?"""),

("hard_negative", "custody_statute", None, """Virginia Code § 20-124.3 lists the best-interest factors for custody. Can you summarize them in plain English and note which ones a mediator usually focuses on for a 13-year-old?"""),
("hard_negative", "same_voice_rsvp", None, """RSVPs for the chief's retirement party so far, can you total the dinner money ($45 each)?

table,guests,paid
Front office,9,7
Field ops,14,10
Budget shop,6,6
Retirees,5,2
Family,4,4"""),
]
