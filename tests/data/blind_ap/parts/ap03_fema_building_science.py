# Voice ap03: FEMA Building Science -- substantial-damage determinations with local floodplain managers and homeowners


def L(text, *pairs):
    for typ, val in pairs:
        text = text.replace(val, f"[[{typ}:{val}]]")
    return text


RECORDS = [
("positive", "sde_export_csv", "anglo+cajun", L(
"""Here's the SDE tool export for Terrebonne. Sort by % damage and flag anything over 50:
Owner,Address,Struct Value,Damage Est,Pct
Theriot Beaulieu,4418 Bayou Blue Rd Houma LA 70364,142000,81200,57.2
Guidry Arceneaux,219 Ashland Dr Houma LA 70363,98000,41700,42.6
Marceline Fontenot-Pitre,1107 Grand Caillou Rd Houma LA 70363,176500,95300,54.0""",
("PERSON", "Theriot Beaulieu"), ("STREET_ADDRESS", "4418 Bayou Blue Rd Houma LA 70364"),
("PERSON", "Guidry Arceneaux"), ("STREET_ADDRESS", "219 Ashland Dr Houma LA 70363"),
("PERSON", "Marceline Fontenot-Pitre"), ("STREET_ADDRESS", "1107 Grand Caillou Rd Houma LA 70363"))),

("positive", "fpm_email_thread", "anglo+nigerian",
"""Subject: RE: SD letters for Riverside Estates

[[PERSON:Thackery]] – we can get the Building Science team on a call Thursday. The homeowner at [[STREET_ADDRESS:62 Sycamore Bend, Kinston, NC 28501]], Mr. [[PERSON:Babatunde Adewale-Johnson]], says his contractor's estimate is lower than the SDE figure. Can you send me his contractor estimate?

> From: [[PERSON:Thackery Tarrington]], CFM, Floodplain Administrator, City of Kinston
> Phone: [[PHONE_NUMBER:252.555.0138]]
> We issued 37 SD letters. Four homeowners are appealing."""),

("positive", "homeowner_letter_draft", "vietnamese",
"""Draft a plain-language letter (and a Vietnamese version) to this homeowner explaining what "substantially damaged" means and their options (elevate, relocate, demolish, ICC):
Homeowner: [[PERSON:Lương Thị Thu Hằng]]
Property: [[STREET_ADDRESS:7731 Dowling Rd, Port Arthur, TX 77642]]
Phone: [[PHONE_NUMBER:(409) 555-0157]]
Pct damage: 63%"""),

("positive", "puerto_rico_urbanizacion", "puerto_rican",
"""Traducir la carta de determinación para la Sra. [[PERSON:Migdalia Rosado Colberg]], dirección [[STREET_ADDRESS:Urb. Villa del Carmen, Calle Turquesa D-14, Ponce, PR 00716]]. Teléfono [[PHONE_NUMBER:(787) 555-0181]]. El municipio estimó daño de 58%. Make sure the Spanish is Puerto Rican, not Spain."""),

("positive", "voicemail_homeowner", "anglo",
"""Voicemail transcript, please draft a call-back summary:
"Hi, this is [[PERSON:Wendell Pruitt]], I own the house on [[STREET_ADDRESS:18 Cottonwood Lane, Waverly, TN 37185]], the county says it's substantially damaged but my insurance adjuster only paid forty thousand. Can somebody from FEMA call me at [[PHONE_NUMBER:931-555-0126]]? My wife [[PERSON:Lavinia]] is home all day.\""""),

("positive", "site_visit_notes", "navajo+anglo",
"""Field notes for the SD assessment team, Chinle area (make them into a table):
Inspector [[PERSON:Shandiin Tsinajinnie]] and inspector [[PERSON:Colby Ashworth]]
House 1 – owner [[PERSON:Harrison Yazzie Tsosie]], [[STREET_ADDRESS:HC 58 Box 1120, Chinle, AZ 86503]], water line 22 in above FFE
House 2 – owner [[PERSON:Darlene Nez-Bitsoi]], cell [[PHONE_NUMBER:928-555-0172]], garage only, not SD"""),

("positive", "appeal_with_ssn", "haitian",
"""The homeowner sent her appeal package with an ICC claim form. Summarize the issues:
Name: [[PERSON:Marie-Nadège Toussaint]]
SSN: [[US_SSN:239-20-4222]]
DOB: [[DATE_OF_BIRTH:March 9, 1962]]
Address: [[STREET_ADDRESS:1461 NE 131st St, North Miami, FL 33161]]
She disputes the contents value and says the 2019 renovation should be excluded."""),

("positive", "haitian_creole_letter", "haitian",
"""Tradui an angle tanpri:
Bonjou, mwen rele [[PERSON:Jean-Robert Fénelon]]. Kay mwen nan [[STREET_ADDRESS:305 NW 58th Ter, Miami, FL 33127]] te pran dlo nan tanpèt la. Vil la di li "substantially damaged". Mwen pa konprann sa sa vle di. Rele m nan [[PHONE_NUMBER:786-555-0149]]. Mèsi."""),

("positive", "fpm_roster_yaml", "anglo+cherokee+korean",
"""# county FPM contacts for the SD workshop
contacts:
  - name: [[PERSON:Jolene Sixkiller]]
    org: Cherokee County Planning
    email: [[EMAIL_ADDRESS:jsixkiller@cherokeecountyok.example.gov]]
    phone: "[[PHONE_NUMBER:918-555-0103]]"
  - name: [[PERSON:Seo-yeon Ha]]
    org: City of Tulsa Stormwater
    email: [[EMAIL_ADDRESS:seoyeon.ha@tulsa-stormwater.example.gov]]
  - name: [[PERSON:Rutherford Ames]]
    org: Muskogee County EM
    phone: "[[PHONE_NUMBER:918-555-0184]]"
convert to a CSV for the sign-in sheet"""),

("positive", "teams_chat", "tongan+anglo",
"""[10:02] [[PERSON:Sione Havili-Mateaki]]: did the Pearl River County letters go out?
[10:03] [[PERSON:Abigail Stroud]]: 24 of 31. the one for Mrs. [[PERSON:Everly Sumrall]] bounced, old address
[10:03] [[PERSON:Sione Havili-Mateaki]]: new one is [[STREET_ADDRESS:PO Box 412, 88 Henleyfield Rd, Poplarville, MS 39470]]
summarize for my lead"""),

("positive", "marked_cui_sd_list", None,
"""[[CUI_MARKING:CUI//SP-PRVCY]]
Parcel-level SD list, Lee County, 412 structures, >50% in Matlacha and Pine Island.
[[CUI_MARKING:CUI//SP-PRVCY]]
Give me a count per ZIP from the attached table description."""),

("positive", "gis_portal_password", "hispanic+anglo",
"""For the handoff doc: the county's ArcGIS Online viewer login for the SD layer is bldgsci_viewer, password [[PASSWORD:Fl00dL!ne_50pct]], shared by [[PERSON:Marisol Ketchum]] at the county. Write a handoff paragraph."""),

("positive", "cost_estimate_with_dl", "polish",
"""Contractor affidavit for the repair estimate, check if it's complete:
Contractor: [[PERSON:Wojciech Pawlikowski]], Pawlikowski Restoration
Driver's License (NJ): [[US_DRIVER_LICENSE:P2731 48095 06218]]
Licensed home improvement contractor no. 13VH11823100
Estimate: $61,400 for structure at [[STREET_ADDRESS:22 Beach Haven Blvd]] (owner [[PERSON:Teodora Malinowska]])"""),

("evasion", "fullwidth_phone", "rwandan",
"""text the homeowner [[PERSON:Théogène Habimana]] at [[PHONE_NUMBER:３３７－５５５－０１９２]] that the inspection is moved to Friday (he copy-pasted it from his phone like that)"""),

("evasion", "split_address", "hispanic",
"""The homeowner gave the address in two messages.
msg1: "soy [[PERSON:Rosalba Quiñónez]], vivo en el [[STREET_ADDRESS:2207 Avenida
msg2: Las Palmas, Brownsville TX 78521]]"
combine them for the SD letter."""),

("evasion", "email_obfuscated", "bengali",
"""FPM from the parish, [[PERSON:Tanvir Hossain Chowdhury]], says send the SDE files to [[EMAIL_ADDRESS:tanvir(dot)chowdhury(at)stmaryparish(dot)example(dot)gov]], fix it for me"""),

("hard_negative", "fifty_percent_rule", None,
"""Explain the 50% substantial damage rule in 44 CFR 59.1 and 60.3, and how FEMA P-758 and the SDE tool user manual say market value should be determined. Short version for homeowners please."""),

("hard_negative", "community_id_numbers", None,
"""NFIP community ID 220220 and 485508, CRS class 7 and 6. Map panel 22109C0465E. Which communities would lose CRS points if SD determinations are late? These are community numbers, not personal."""),

("hard_negative", "public_fema_contact", None,
"""For the homeowner FAQ: questions about flood insurance claims go to the FEMA Mapping and Insurance eXchange (FMIX), 1-877-336-2627, FEMA-FMIX@fema.dhs.gov. Make it a one-liner."""),

("hard_negative", "same_shape_no_pii", None,
"""Here's the SDE summary by neighborhood. Sort by % damage and flag anything over 50:
Area,Structures,Avg Struct Value,Avg Damage,Avg Pct
Bayou Blue,44,142000,81200,57.2
Ashland,61,98000,41700,42.6
Grand Caillou,27,176500,95300,54.0"""),

("hard_negative", "storm_names", None,
"""Write an intro for the SD workshop that mentions Katrina, Harvey, Ian and Helene as examples of storms that triggered large SD caseloads, and the Biggert-Waters and HFIAA changes."""),

("hard_negative", "placeholder_letter", None,
"""Template letter – fill placeholders later:
Dear [HOMEOWNER NAME],
Your structure at [PROPERTY ADDRESS] was determined to be substantially damaged ([XX]%).
Please contact the floodplain administrator at [PHONE] within 30 days.
Make this more readable at a 6th-grade level."""),

("hard_negative", "place_names_like_names", None,
"""Which of these parishes and towns had the most SD determinations: Jefferson Davis Parish, Cameron, Lake Charles, Sulphur, DeQuincy, Vinton, Hackberry? I need them grouped by parish."""),

("hard_negative", "zip4_and_parcel", None,
"""Parcel 0431-22-009-000 and 0431-22-010-000 are joined, ZIP+4 70364-2214. Does the SD determination apply per parcel or per structure? The assessor's number 431220090 is the same building."""),

("hard_negative", "kinship_prose", None,
"""A homeowner's son, daughter-in-law and grandmother all live in the house. Who can sign the SD appeal? The son has power of attorney. Draft the guidance paragraph for floodplain managers."""),

("hard_negative", "prose_cui", None,
"""Our regional office asked whether parcel-level SD lists need a CUI//PRVCY banner when shared with the county. The counties already publish parcel owner names. What's the usual answer? No data here, just the question."""),

("positive", "pr_municipio_contrasena", "puerto_rican",
"""Translate this email from the municipio's floodplain office, and tell me if I should be worried they sent a password:
"Saludos, le comparto el acceso al sistema de permisos para ver las determinaciones de daño sustancial. Usuario: fema_bldgsci  Contraseña: [[PASSWORD:Yauco#Inund4cion26]]. Cualquier duda, me llama. [[PERSON:Ing. Wilmarie Santiago Negrón]], [[PHONE_NUMBER:(787) 555-0109]]\"""".replace("[[PERSON:Ing. Wilmarie Santiago Negrón]]", "Ing. [[PERSON:Wilmarie Santiago Negrón]]")),

]
