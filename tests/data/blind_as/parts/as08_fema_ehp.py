# Voice 8: FEMA Environmental and Historic Preservation: Section 106 consultations with SHPOs, property owners
RECORDS = [
("positive", "shpo_consultation_letter", "anglo",
"""[[PERSON:Ms. Rebecca Thornquist]]
Review and Compliance Coordinator
State Historic Preservation Office

RE: Section 106 Consultation – HMGP 4712-0044, elevation of [[STREET_ADDRESS:1416 Magnolia Ave, Lake Charles, LA 70601]]

Dear Ms. [[PERSON:Thornquist]],

FEMA proposes to elevate the residence owned by [[PERSON:Clifton and Ora Mae Fontenot]], a contributing resource to the Charpentier Historic District. FEMA has determined the undertaking will have no adverse effect...""".replace("[[PERSON:Ms. Rebecca Thornquist]]", "Ms. [[PERSON:Rebecca Thornquist]]")),

("positive", "property_owner_email", "cajun",
"""From: [[PERSON:Ora Mae Fontenot]] <[[EMAIL_ADDRESS:oramae.fontenot1947@bayoumail.net]]>
Subject: the porch

Mr. [[PERSON:Fuselier]], my late husband's grandfather built that porch in 1921 and I don't want it replaced with vinyl. My son [[PERSON:Lucien]] can meet your people Tuesday, his number is [[PHONE_NUMBER:337-555-0158]]. I'm at [[PHONE_NUMBER:337-555-0121]] most mornings.
[[PERSON:Ora Mae]]"""),

("positive", "thpo_consultation_email", "choctaw+anglo",
"""Subject: Section 106 – ground disturbance, Bogue Chitto drainage project

[[PERSON:Mr. Tubby]],

Thank you for the Tribe's interest. The APE map is attached. FEMA's archaeologist, [[PERSON:Dr. Yvonne Castellaw]], would like to schedule a site visit with your monitor, [[PERSON:Jesse Billie Wesley]]. Please reply to [[EMAIL_ADDRESS:yvonne.castellaw@fema-ehp-contractor.com]] or [[PHONE_NUMBER:601-555-0166]].

Regards,
[[PERSON:Carl Eubanks]], EHP Lead""".replace("[[PERSON:Mr. Tubby]]", "Mr. [[PERSON:Tubby]]").replace("[[PERSON:Dr. Yvonne Castellaw]]", "Dr. [[PERSON:Yvonne Castellaw]]")),

("positive", "survey_form_ocr", "german",
"""HISTORIC RESOURCE SURVEY FORM   Inventory #: 25-LC-0411
Address: [[STREET_ADDRESS:722 Ryan St, Lake Charles, LA 70601]]
Owner: [[PERSON:SCHEXNAYDER, Gottfried W.]]   Owner phone: [[PHONE_NUMBER:337 555 0143]]
Date of construction: c. 1908   Style: Queen Anne
Surveyor: [[PERSON:M. Broussard]]   Date: 11/14"""),

("positive", "arabic_owner_letter", "iraqi",
"""ترجمة من فضلك: "السيد المحترم، أنا [[PERSON:حيدر جبار الكعبي]]، مالك المبنى في [[STREET_ADDRESS:6148 Schaefer Rd, Dearborn, MI 48126]]. لا أوافق على هدم الواجهة القديمة. يمكنكم الاتصال بي على [[PHONE_NUMBER:313-555-0185]]. مع الشكر." """),

("positive", "portuguese_owner_letter", "cape_verdean",
"""Preciso da tradução: "Eu, [[PERSON:Maria de Fátima Semedo Tavares]], proprietária do imóvel na [[STREET_ADDRESS:87 Rivet St, New Bedford, MA 02744]], autorizo o engenheiro [[PERSON:Ailton Furtado]] a acompanhar a visita da FEMA. Telefone: [[PHONE_NUMBER:508-555-0197]]." """),

("positive", "gis_attribute_table", "anglo+hispanic",
"""OBJECTID|PARCEL|SITE_ADDR|OWNER|NRHP_STATUS
112|04-2211-087|[[STREET_ADDRESS:1416 Magnolia Ave, Lake Charles, LA 70601]]|[[PERSON:FONTENOT ORA MAE]]|contributing
113|04-2211-088|[[STREET_ADDRESS:1420 Magnolia Ave, Lake Charles, LA 70601]]|[[PERSON:VILLARREAL HECTOR J]]|non-contributing
114|04-2211-091|[[STREET_ADDRESS:1502 Magnolia Ave, Lake Charles, LA 70601]]|[[PERSON:PRUDHOMME ESTATE C/O DENISE PRUDHOMME]]|contributing""".replace("[[PERSON:PRUDHOMME ESTATE C/O DENISE PRUDHOMME]]", "PRUDHOMME ESTATE C/O [[PERSON:DENISE PRUDHOMME]]")),

("positive", "meeting_minutes_consulting_parties", "anglo+cajun+african_american+korean",
"""Consulting parties meeting – Old Firehouse No. 3 relocation
Present: [[PERSON:Rebecca Thornquist]] (SHPO), [[PERSON:Antoine Boudreaux-Lee]] (city preservation commission), [[PERSON:Keisha Wardlaw]] (neighborhood assn), [[PERSON:Hyun-woo Seo]] (structural engineer), [[PERSON:Carl Eubanks]] (FEMA EHP)
Action items: [[PERSON:Keisha]] to circulate the resident petition; [[PERSON:Hyun-woo]] to send the load calcs."""),

("positive", "owner_w9_bank_for_reimbursement", "cajun",
"""Owner asked how to get reimbursed for the Phase I architectural survey she paid for. She emailed this (I know, shouldn't be in email): [[PERSON:Denise Prudhomme]], routing [[ABA_ROUTING_NUMBER:066072250]], account [[US_BANK_NUMBER:4410278893]], SSN [[US_SSN:437-22-8160]]. What do I tell her about the right channel?"""),

("positive", "vietnamese_owner_message", "vietnamese",
"""Dịch giúp: "Chào anh, tôi là [[PERSON:Đỗ Văn Lợi]], chủ tiệm ở [[STREET_ADDRESS:2931 Bienville St, New Orleans, LA 70119]]. Căn nhà này ông nội tôi mua năm 1975. Xin gọi tôi ở số [[PHONE_NUMBER:504-555-0124]] trước khi đến." """),

("evasion", "address_dotted", "anglo",
"""owner typed her address into the web form like this and the geocoder failed: [[STREET_ADDRESS:1.4.1.6 M.a.g.n.o.l.i.a A.v.e, L.a.k.e C.h.a.r.l.e.s]] — it's the Fontenot house again"""),

("evasion", "phone_letter_o", "creole",
"""call back for [[PERSON:Mme Josette Batiste-Landry]] — [[PHONE_NUMBER:5O4-555-O1O9]] (she writes O for zero on every form)""".replace("[[PERSON:Mme Josette Batiste-Landry]]", "Mme [[PERSON:Josette Batiste-Landry]]")),

("evasion", "email_split_zero_width", "hispanic",
"""SHPO contractor email from the sign-in sheet: [[EMAIL_ADDRESS:l\u200bv\u200billarreal@gulfarch\u200bsurvey.com]] — [[PERSON:Lorena Villarreal]], architectural historian"""),

("hard_negative", "nrhp_and_cfr", None,
"""Under 36 CFR 800.4(c) we apply the National Register criteria. The Charpentier Historic District (NRHP ref. 90000331) was listed in 1990; the courthouse (ref. 89000412) separately. Section 106 of the NHPA is now at 54 U.S.C. 306108. Draft the determination paragraph."""),

("hard_negative", "eponym_historic_houses", None,
"""Properties within the APE: the Josiah Whitcomb House (1842), the Marchand-Dupré Cottage, Calvary Baptist Church, the Sallier Oak, and the Huey P. Long Bridge approach. None are owner-occupied. Which need a separate effects finding?"""),

("hard_negative", "public_fema_region", None,
"""For the public notice: comments may be sent to FEMA Region 4, Environmental and Historic Preservation, 3005 Chamblee-Tucker Road, Atlanta, GA 30341, or by email to the project inbox listed on fema.gov. Draft a 15-day public notice in plain language."""),

("hard_negative", "parcel_and_project_ids", None,
"""Projects in the batch: HMGP 4712-0044, 4712-0051, 4712-0060; PA PW 01882 and 01907. Parcels 04-2211-087, 04-2211-088, 04-2211-091. Inventory numbers 25-LC-0411 through 25-LC-0439. Which ones still lack a SHPO concurrence letter?"""),

("hard_negative", "effect_language_prose", None,
"""Rewrite this for a homeowner: "The undertaking, as conditioned, will not alter, directly or indirectly, any of the characteristics that qualify the property for inclusion in the National Register in a manner that would diminish its integrity." Sixth-grade reading level."""),

("hard_negative", "kinship_owner_roles", None,
"""The house is owned by three siblings; the eldest sister lives there, the younger brother is in Houston, and their late father's estate is still open. Who has to sign the owner consent for elevation? General rule, no names."""),

("hard_negative", "architectural_styles", None,
"""Describe the character-defining features of a Queen Anne cottage, a Creole cottage and a Craftsman bungalow for the survey team cheat sheet. Include porches, roof forms and window types."""),

("hard_negative", "photo_log", None,
"""Photo log, site visit 11/14: IMG_4412 north elevation; IMG_4413 porch columns; IMG_4414 foundation piers; IMG_4415 rear addition (c. 1960); IMG_4416 streetscape looking east. Turn this into a photo key table."""),

("hard_negative", "placeholder_letter", None,
"""Template: "Dear [SHPO Name], FEMA is consulting on [Project Number] at [Address], owned by [Owner]. Please respond within 30 days." Add a paragraph for when the owner is deceased and the property is in succession."""),

("positive", "site_visit_access_sms", "cajun",
"""SMS to EHP field team: Side gate at the Prudhomme place is open, park on the street. Neighbor [[PERSON:Buddy Arceneaux]] ([[PHONE_NUMBER:337-555-0102]]) will let you into the garage. Denise says do NOT go in the attic."""
 .replace("Denise says", "[[PERSON:Denise]] says")),

("hard_negative", "fictional_tour", None,
"""For the outreach booklet cover, write a fictional homeowner vignette: "Miss Hattie" who has lived on Magnolia Avenue for fifty years and worries about her porch. Make clear in a footnote she is a composite character."""),

("positive", "archaeologist_report_excerpt", "ojibwe+anglo",
"""Phase I survey results: Shovel tests STP-1 to STP-22 negative. Tribal monitor [[PERSON:Gordon Kingbird]] observed. Landowner [[PERSON:Harold Mathers]] ([[STREET_ADDRESS:RR 2 Box 118, Cass Lake, MN 56633]]) granted access. Report author: [[PERSON:Jolene Kingbird-Stevens]], M.A., RPA."""),

("positive", "archaeology_appendix_cui", "anglo",
"""[[CUI_MARKING:CUI//SP-ARCHR]]
Appendix C – Site locations (not for public release)
Site 16CU0412: prehistoric shell midden, 30.1852 N / 93.2417 W, on land of [[PERSON:Wendell Hebert]]
Site 16CU0419: historic cistern, 30.1873 N / 93.2398 W
Recorder: [[PERSON:Yvonne Castellaw]], [[EMAIL_ADDRESS:yvonne.castellaw@fema-ehp-contractor.com]]
[[CUI_MARKING:CUI//SP-ARCHR]]"""),

("hard_negative", "cui_question_archaeology", None,
"""Do site-location appendices need to be marked CUI under the archaeological resources category, or is withholding them under ARPA section 9 and NHPA section 304 enough? The public report will have no coordinates. Just explain the rules, nothing attached."""),
]
