"""aq06: CISA Regional Resiliency Assessment Program (RRAP): dam and port site visits with local officials and
operators."""

RECORDS = [
    ("positive", "site_visit_email", "anglo+cajun", """Subject: RRAP site visit — Bayou Lafourche lock and port, Dec 15

Ms. [[PERSON:Boudreaux-Lacombe]],
Thank you for hosting our team. We'll arrive at the port administration building at 0900. Attendees: [[PERSON:Evangeline Boudreaux-Lacombe]] (port security director), [[PERSON:Beau Guidry]] (lock operator), and from CISA [[PERSON:Montgomery Ashby-Fenn]] and [[PERSON:Leticia Draughn]].
My cell is [[PHONE_NUMBER:504-555-0133]] if anything changes.
— [[PERSON:Leticia Draughn]], RRAP Project Lead, CISA Region 6 | [[EMAIL_ADDRESS:leticia.draughn@cisa.dhs.gov]]"""),

    ("positive", "pcii_excerpt", "anglo", """[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
Spillway gate hoist controls at Granger Creek Dam are on a single feed from the county substation. Operator [[PERSON:Eldon Tuckerman]] confirms no backup generator.
Can you rephrase this finding for the resilience report in passive voice?"""),

    ("positive", "attendee_csv", "kenyan+norwegian+polish", """attendee list for the kickoff, CSV, dedupe please:
name,organisation,role,email,phone
[[PERSON:Ignatius Mwangi-Kariuki]],Port of Kalama,Facility Security Officer,[[EMAIL_ADDRESS:imwangi@portkalama.example]],[[PHONE_NUMBER:360-555-0198]]
[[PERSON:Solveig Brandvold]],Cowlitz County EM,Deputy Director,[[EMAIL_ADDRESS:sbrandvold@cowlitz.example]],[[PHONE_NUMBER:360-555-0107]]
[[PERSON:Ignatius Mwangi-Kariuki]],Port of Kalama,FSO,[[EMAIL_ADDRESS:imwangi@portkalama.example]],[[PHONE_NUMBER:360-555-0198]]
[[PERSON:Tomasz Gawroński-Pilch]],BPA,Hydro liaison,,"""),

    ("positive", "interview_notes", "hmong", """Interview notes, dam operator, to turn into a narrative:
- Spoke with [[PERSON:Xeng Vang Lor]], chief operator, 14 years at the dam
- Personal cell for after-hours: [[PHONE_NUMBER:715-555-0146]]
- Says SCADA vendor remote access is 'always on'; he doesn't know the account owner
- Suggested we talk to plant manager [[PERSON:Dale Rustebakke]]"""),

    ("positive", "scada_cred_paste", None, """Operator showed us the HMI login taped to the monitor, I wrote it down for the finding: user 'operator', password [[PASSWORD:Spillway2019!]]. how do I describe this in the report without including it?"""),

    ("positive", "visit_itinerary", "japanese+anglo", """Itinerary for the port RRAP walk-down, Long Beach, put in a table:
0800 meet at [[STREET_ADDRESS:415 W Ocean Blvd, Long Beach, CA 90802]] (port admin lobby), host [[PERSON:Kazuhiro Tamura-Ellis]]
1000 terminal operator, escort [[PERSON:Marisol Urquidez]] ([[PHONE_NUMBER:562-555-0178]])
1300 rail yard with [[PERSON:Cletus Boatwright]]
1500 hotwash"""),

    ("positive", "cui_dam_findings", "anglo", """[[CUI_MARKING:CUI//SP-CEII]]
Finding 4: The downstream warning siren system for Two Forks Reservoir depends on a single radio repeater at Mica Ridge. County EM Director [[PERSON:Shelby Arrowood]] has requested funding twice.
Shorten finding 4 to two sentences."""),

    ("positive", "thank_you_letter", "lebanese", """Draft a thank-you letter to [[PERSON:Rania Khoury-Saad]], Harbor Master, [[STREET_ADDRESS:1 Harbor Plaza, Suite 300, Port Arthur, TX 77640]], for the boat tour of the channel. Mention her deputy [[PERSON:Amine]] who drove."""),

    ("positive", "sms_thread", "anglo+mexican", """texts from yesterday, can you make a timeline?
[[PERSON:Royce Ambler]] (county EM): gate is locked, call [[PERSON:Chencho]] at the powerhouse [[PHONE_NUMBER:541-555-0120]]
me: thanks, on our way
[[PERSON:Inocencio "Chencho" Anzaldúa]]: im at the intake tower, come around the north road"""),

    ("positive", "survey_export_json", "greek", """Survey tool export, why does the 'respondent' block fail validation?
{"facility":"Kerr Hollow Dam","respondent":{"name":"[[PERSON:Anastasios Papadimitriou]]","title":"Dam Safety Engineer","email":"[[EMAIL_ADDRESS:a.papadimitriou@tva-dams.example]]","phone":"[[PHONE_NUMBER:865-555-0109]]"},"q17":"Yes","q18":null}"""),

    ("positive", "travel_voucher", "anglo", """Travel voucher question: I paid the port's parking with my personal card [[CREDIT_CARD:5287 3310 6492 0855]] by mistake. Can I still claim it? Approver is [[PERSON:Winifred Calloway-Brandt]]."""),

    ("positive", "ppd_minutes", "navajo+anglo", """Minutes, RRAP stakeholder meeting #2, Farmington NM
Attendees: [[PERSON:Lorenzo Tsosie]] (Navajo Nation Water Resources), [[PERSON:Marcy Whitlatch]] (San Juan County EM), [[PERSON:Bert Haskins]] (irrigation district)
- [[PERSON:Lorenzo]] raised concern about canal headgate telemetry
- Next meeting in Shiprock
make this into a one-paragraph summary"""),

    ("evasion", "pcii_dotted", "anglo", """P.C.I.I. — vulnerability detail for the lock gates, POC [[PERSON:Orval Pickering]]. rewrite as bullet points""".replace("P.C.I.I.", "[[CUI_MARKING:P.C.I.I.]]")),

    ("evasion", "phone_cyrillic_o", "ukrainian", """dam engineer [[PERSON:Yaroslav Kuzyk-Melnyk]], number he gave me 509-555-О1З2 (typed on his phone keyboard) — add to contacts""".replace("509-555-О1З2", "[[PHONE_NUMBER:509-555-О1З2]]")),

    ("evasion", "password_leet", "romanian", """the vendor's remote access pw is literally the dam name in leet: [[PASSWORD:Gr4ng3rCr33k#1]]. finding or not? operator [[PERSON:Radu Cojocaru-Lupu]] says it's fine"""),

    ("hard_negative", "public_cisa", None, """For the outreach flyer: To request an RRAP or other CISA assessment, contact your regional Protective Security Advisor or email central@cisa.gov; CISA Central is 888-282-0870. Is this still the right intake?"""),

    ("hard_negative", "eponym_dams", None, """Background paragraph: Hoover Dam, Grand Coulee Dam and the Robert Moses Niagara plant were all studied in earlier resilience work; the John Day Lock and Dam is named for a fur trapper. Keep it to three sentences for the report intro."""),

    ("hard_negative", "about_pcii", None, """Question for the program office: if an operator gives us a vulnerability description verbally, does it become PCII only after validation by the PCII Program Office? Our team wants to know when to start handling it that way. Please answer generally, no example text with the marking."""),

    ("hard_negative", "nid_ids", None, """National Inventory of Dams IDs for our 2027 candidates: OR00612, WA00321, ID00288, MT00571. Hazard potential: High, High, Significant, High. Put them into a table sorted by state."""),

    ("hard_negative", "cfr_cites", None, """Which rules apply to the port facility: 33 CFR Part 105 (facility security), 6 CFR Part 29 (PCII), 18 CFR 388.113 (CEII)? Summarise each in one line for the project plan. No need to include markings."""),

    ("hard_negative", "methodology", None, """RRAP methodology outline: scoping, data collection, analysis, resilience enhancement options, stakeholder review. Typical duration 12–18 months. Rewrite as a sidebar for the brochure, audience county commissioners."""),

    ("hard_negative", "role_titles", None, """Who usually attends the site visit: the harbor master, the dam safety engineer, the county emergency manager, the facility security officer, the chief operator, sometimes the mayor's chief of staff. Suggest an order for introductions."""),

    ("hard_negative", "gauge_data", None, """USGS gauge 14105700 readings last week: 71,300 cfs peak, 48,900 cfs mean. Reservoir pool 1,082.4 ft. Spillway capacity 1,200,000 cfs. Write one sentence comparing peak to capacity."""),

    ("hard_negative", "password_finding_generic", None, """Write a generic finding: 'Default or shared passwords were observed on operator workstations. CISA recommends unique credentials and multifactor authentication for remote access.' Make it stronger but not accusatory."""),

    ("positive", "ssi_fsp_excerpt", "filipino+anglo", """Port facility security plan excerpt the FSO emailed us — reword the access-control part for our findings:
[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
Section 7.2: Gate 3 vehicle screening is staffed by one guard 2200–0600. FSO [[PERSON:Rodrigo Lacsamana]], alternate [[PERSON:Priscilla Vandermolen]].
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]"""),

    ("positive", "german_terminal_cred", "german", """Terminal operator is German-owned; their IT lead sent the historian login in German. Translate and tell me if I should even keep this:
"Hallo, anbei der Zugang zum Historian-Server für Ihre Analyse. Benutzer: cisa_rrap_ro, Passwort: [[PASSWORD:Hafen!Kai2026xQ]]. Bei Fragen: [[PERSON:Jörg Brüggemann]], [[PHONE_NUMBER:+49 40 5550 1872]]." """),
]
