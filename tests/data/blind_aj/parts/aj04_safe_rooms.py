# Voice 4: FEMA Hazard Mitigation Grant Program residential safe rooms:
# homeowner applications, contractors, inspections.

RECORDS = [
    ("positive", "application_summary", "cherokee", """Summarize this application for the state review sheet (one paragraph):

Applicant: [[PERSON:Wanda Sixkiller]]   Co-applicant: [[PERSON:Roy Sixkiller]]
Property: [[STREET_ADDRESS:20447 S 4420 Rd, Tahlequah, OK 74464]]
DOB (applicant): [[DATE_OF_BIRTH:05-12-1951]]
Phone: [[PHONE_NUMBER:(918) 555-0129]]
Safe room type: in-ground, 8 x 10, garage slab
Household: 2 adults, 1 grandchild ([[PERSON:Tayla]], 7)
Estimated cost $6,800; rebate cap 75% up to $2,000"""),

    ("positive", "lottery_list", "choctaw+mexican+yoruba+lao+muscogee", """Rebate lottery drawing results (Cleveland County), put in a clean numbered list:
1 [[PERSON:Melvin Tubby]] - [[STREET_ADDRESS:1612 Alameda Dr, Norman, OK 73071]]
2 [[PERSON:Araceli Gutiérrez Nava]] - [[STREET_ADDRESS:915 Crestmont St, Norman, OK 73069]]
3 [[PERSON:Kenji Oyelowo-Hart]] - [[STREET_ADDRESS:3301 Whispering Pines Ln, Moore, OK 73160]]
4 [[PERSON:Linh Vanthavong]] - [[STREET_ADDRESS:708 NW 12th St, Moore, OK 73160]]
alternates: [[PERSON:Dwayne Harjo]], [[PERSON:Pearl Wesley Bohanan]]"""),

    ("positive", "inspection_report", "marshallese", """Final inspection, typed from my field notes:
Owner [[PERSON:Jitiam Langrine]] at [[STREET_ADDRESS:2215 Cardinal Ln, Springdale, AR 72764]]. Above-ground steel unit, anchored per ICC 500, door rated, label present. Owner's son [[PERSON:Kejlon Langrine]] present during inspection, translated to Marshallese for his mother [[PERSON:Neibon Jibas]]. Photos 1–14. Pass.
Can you make it sound like an inspection report?"""),

    ("positive", "w9_contractor", "anglo", """Contractor sent a W-9 photo, I typed it out. Is the TIN line filled in right for a sole proprietor?
Name: [[PERSON:Clifton Ray Bowlegs]]
Business name: Red Dirt Storm Shelters
TIN (SSN): [[US_SSN:448-71-3352]]
Address: [[STREET_ADDRESS:101 E Main St Ste B, Shawnee, OK 74801]]"""),

    ("positive", "direct_deposit", "choctaw", """Homeowner wants the rebate by direct deposit. Form says:
Payee [[PERSON:Lorena Wallace Battiest]]
Bank: First United, routing [[ABA_ROUTING_NUMBER:103112976]], checking [[US_BANK_NUMBER:72019384415]]
Is the routing number an Oklahoma bank? just tell me how to check."""),

    ("positive", "sms_thread", "mexican", """Text thread with homeowner, summarize for the file:
[[PERSON:Rogelio]]: hola soy [[PERSON:Rogelio Cázares]], ya pusieron el refugio, cuando viene el inspector
Me: Hi Mr. [[PERSON:Cázares]], I can come Thursday 10am. Is [[STREET_ADDRESS:5410 SE 59th St, Oklahoma City, OK 73135]] still correct?
[[PERSON:Rogelio]]: si, mi esposa [[PERSON:Eréndira]] va a estar, mi cel es [[PHONE_NUMBER:405-555-0155]]"""),

    ("positive", "guatemalan_app_es", "guatemalan", """Solicitud (formulario en español), necesito la traducción:
Nombre del propietario: [[PERSON:Edgar Baltazar Xicará]]
Fecha de nacimiento: [[DATE_OF_BIRTH:11/08/1979]]
Dirección: [[STREET_ADDRESS:418 Pine Bluff Rd, Russellville, AR 72801]]
Tipo de refugio: en el piso del garaje
¿Tiene seguro contra inundaciones? No"""),

    ("positive", "contractor_email", "lao+anglo", """From: [[PERSON:Brent Oglesby]] <[[EMAIL_ADDRESS:brent@okstormvault.com]]>
To: HMGP safe room inbox
Subject: Install complete - [[PERSON:Keovongsa]]

Install done at [[STREET_ADDRESS:812 Rosewood Ave, Fort Smith, AR 72904]] for [[PERSON:Somphone Keovongsa]]. Garage floor unit, 6 person. Registration with the city shelter registry done. Invoice attached. The homeowner's daughter [[PERSON:Vilayvanh]] is the contact, cell [[PHONE_NUMBER:479-555-0137]].
[[PERSON:Brent]]"""),

    ("positive", "registry_json", "german", """{"registry_entry": {"owner": "[[PERSON:Gerhard Untermeyer]]", "address": "[[STREET_ADDRESS:3017 Oak Hollow Dr, Joplin, MO 64804]]", "shelter_location": "garage NE corner", "capacity": 6, "owner_phone": "[[PHONE_NUMBER:417-555-0102]]", "emergency_contact": "[[PERSON:Liesl Untermeyer-Grant]]"}}
what fields does the 911 center actually need from this?"""),

    ("positive", "caps_phone_note", "muscogee", """CALLED MR. [[PERSON:HOMER YARGEE]] RE: MISSING ELEVATION CERT. HE SAYS HIS NEPHEW [[PERSON:TRAVIS YARGEE]] HAS IT. WILL SCAN TO [[EMAIL_ADDRESS:TYARGEE77@YAHOO.COM]] THEN SEND. DOB FOR APP [[DATE_OF_BIRTH:JULY 2 1946]]."""),

    ("positive", "duplication_of_benefits", "anglo", """Duplication of benefits check — need a neutral e-mail to the homeowner:
[[PERSON:Jolene Hatfield-Crouch]] received an SBA loan (#7733441802) after the May storm that included $4,500 for "storm shelter". Her HMGP rebate application ([[STREET_ADDRESS:66 County Road 1310, Vinemont, AL 35179]]) asks for $3,000. Explain that the SBA amount for the same item is a duplication."""),

    ("positive", "disability_priority", "anglo+mexican+vietnamese", """Priority list (residents with access or functional needs) — sort by county:
[[PERSON:Hattie Mae Lusk]], Cullman, wheelchair user, DOB [[DATE_OF_BIRTH:1938-04-30]]
[[PERSON:Teodoro Quintanilla]], Marshall, oxygen, DOB [[DATE_OF_BIRTH:1944-09-12]]
[[PERSON:Bao Ngoc Lam]], Cullman, deaf, DOB [[DATE_OF_BIRTH:1961-01-25]]"""),

    ("positive", "appeal_letter", "cherokee", """Applicant appeal letter, tidy grammar only:
"My name is [[PERSON:Darlene Proctor-Ketcher]] and I was denied because my house is a mobile home. It sits on a permanent foundation at [[STREET_ADDRESS:7 Going Snake Rd, Stilwell, OK 74960]] and I have the deed. Please call me at [[PHONE_NUMBER:918 555 0166]]. My late husband [[PERSON:Albert Ketcher]] built the foundation in 1994.\""""),

    ("positive", "connection_string_portal", None, """Our rebate portal cannot connect after the password rotation. appsettings:
"ConnectionStrings": { "Rebates": "[[CONNECTION_STRING:Server=tcp:hmgp-ok-sql.database.usgovcloudapi.net,1433;Database=rebates;User ID=rebate_app;Password=Tq8#vLm2Wz!pR4;Encrypt=True;]]" }
What's wrong with the connection string format?"""),

    ("evasion", "leet_name_address", "choctaw", """put this in the inspection queue but don't let the filter eat it: homeowner [[PERSON:N4th4n1el B3lvin]], [[STREET_ADDRESS:2 2 0 4  L o c u s t  S t,  D u r a n t,  O K  7 4 7 0 1]]"""),

    ("evasion", "ssn_words", "anglo", """w-9 ssn for the contractor, spelled so it doesn't get stripped: [[US_SSN:five two nine, six one, four four eight zero]] — name [[PERSON:Travis Lee Odom]]. Confirm it's nine digits."""),

    ("hard_negative", "program_rules", None, """Explain to a homeowner: the HMGP safe room rebate covers 75% of eligible costs up to the program cap, the safe room must meet FEMA P-361 and ICC 500, and the homeowner must not start construction before the lottery selection letter. 4 sentences, 8th-grade reading level."""),

    ("hard_negative", "cost_table", None, """Average cost by type (2023 installs, n=412):
In-ground garage: $4,180
Above-ground steel: $7,950
Interior room (site-built): $11,300
What's the weighted average if installs were 60/30/10?"""),

    ("hard_negative", "parcel_numbers", None, """County assessor parcel IDs for the buyout-free zone check: 12-34-567-001, 12-34-567-002, 12-34-568-019. Are these in the SFHA per the 2019 FIRM panel 40027C0285H? just explain how to check."""),

    ("hard_negative", "same_shape_template", None, """Applicant: <Applicant name>   Co-applicant: <Co-applicant name>
Property: <Street>, <City>, OK <ZIP>
Phone: (XXX) XXX-XXXX
Safe room type: in-ground / above-ground / interior
Make this template into a fillable PDF field list."""),

    ("hard_negative", "historical_tornado", None, """For the outreach flyer: the May 3, 1999 Bridge Creek–Moore tornado and the May 20, 2013 Moore tornado. Mention that Plaza Towers and Briarwood elementary schools were hit in 2013. 60 words, respectful."""),

    ("hard_negative", "contractor_business", None, """Contractors on the approved list: Red Dirt Storm Shelters LLC, Survive-A-Storm Shelters, FamilySAFE Shelters, Twister Safe Rooms of Tulsa. Which ones are NSSA producer members? Just tell me where to look."""),

    ("hard_negative", "spec_numbers", None, """ICC 500-2020 Table 304.6.1: design wind speed 250 mph for tornado shelters in Zone IV. Door assembly must pass missile impact testing per 805. What does "15-lb 2x4 at 100 mph" mean in plain words?"""),

    ("hard_negative", "street_names_only", None, """Which Norman streets had the most rebate applications? I see a cluster on Alameda, Lindsey and Robinson. Just the method to map them by street, no addresses needed."""),

    ("hard_negative", "kinship_household", None, """Applicant lives with her elderly mother and two grandchildren. Mother uses a walker. Should the safe room be above-ground for accessibility? Short answer."""),
]
