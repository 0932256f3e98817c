# Coast Guard and maritime voice
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("hard_negative", "vessel_names", None,
"Can you make a table of these vessels for the sector brief: M/V Maria Elena (bulk carrier, IMO 9412876), F/V Miss Katherine (dragger, O.N. 1187342), T/V Henry J. Kaiser (USNS oiler), and the tug Captain Joe. Columns: name, type, flag, last port call. All were at anchor off Kill Van Kull on 11/28.")
add("positive", "crew_list", "filipino",
"pls reformat this crew list into a clean table (name / rank / nationality / MMD no.)\n\nMASTER  [[PERSON:DELA CRUZ, Rogelio M.]]  PHL\nC/O     [[PERSON:Bayani Macaraeg]]  PHL\n2/O     [[PERSON:Jerome Tuazon-Lim]]  PHL\nBOSUN   [[PERSON:Efren \"Boy\" Soliman]]  PHL\nOS      [[PERSON:maricel ocampo]]  PHL\nSeaman's book nos are on the physical copy, leave those cols blank")
add("positive", "mariner_credential", "anglo",
"Draft a polite email telling the mariner his MMC renewal is missing a drug test. Mariner: [[PERSON:Dwight Harlan Pruitt]], DOB [[DATE_OF_BIRTH:03/14/1971]], mailing addr [[STREET_ADDRESS:2218 Bayou Lane, Houma, LA 70360]], ph [[PHONE_NUMBER:(985) 555-0143]]. Reference number on his application is 1290447 (that's our NMC ref, not sensitive). Keep it short.")
add("hard_negative", "incident_weather", None,
"Summarize for the watch log: Hurricane Rafael remnants pushed 6-8 ft seas into the approaches on 14 NOV. CG-45 (RB-M 45631) launched from Station Grand Isle at 0412L, escorted F/V Lady Grace to safe harbor. No injuries. MISLE activity no. 7783102. Weather buoy 42040 reported sustained winds 38 kt.")
add("positive", "sar_case", "vietnamese",
"Clean up the grammar in my SAR narrative: At 2230 the station recieved a call from [[PERSON:Nguyen Thi Thu Hang]] reporting her husband [[PERSON:Tran Van Thuyen]] overdue aboard the 24ft skiff \"Ba Me\". Reporting source callback number [[PHONE_NUMBER:409-555-0178]]. Vessel departed Sabine Pass at 0600. RB-S launched 2241, located skiff adrift w/ engine casualty, towed to Port Arthur. [[PERSON:Mr. Tran]] declined EMS.".replace("[[PERSON:Mr. Tran]]", "Mr. [[PERSON:Tran]]"))
add("hard_negative", "doc_numbers", None,
"What's the difference between an Official Number and an IMO number? Example in our docs: O.N. 1302256 vs IMO 9785014, and the Call Sign WDK4419. Also what does the 'COFR' on the cert list mean? Explain like I'm new to the vessel documentation center.")
add("positive", "boarding_report", "haitian",
"Translate to Haitian Creole so we can read it to the passengers: \"The master of this vessel, [[PERSON:Jean-Robert Dérival]], has been detained. Your names will be recorded. Anyone needing medical help tell the boarding officer.\" Also the interpreter's name should go in the footer: [[PERSON:Marie-Claude Désinor]].")
add("positive", "marine_casualty", "greek",
"turn this into bullet points for the 2692 supplement: Chief Engineer [[PERSON:Konstantinos Papadopoulos]] (DOB [[DATE_OF_BIRTH:22 Aug 1968]]) sustained burns in the engine room of M/T Aegean Star at 1505 on 9/3. Witness: 3rd Engineer [[PERSON:Spyros Karamanlis]]. Ship's agent contact [[EMAIL_ADDRESS:ops.agency@piraeus-shipping.example]], [[PHONE_NUMBER:+30 210 555 0192]].")
add("hard_negative", "placeholders_form", None,
"Fix the formatting in this CG-719B template so the fields line up:\nName: ______________________\nDate of Birth: ___/___/_____\nSSN (last 4): ____\nMailing Address: _______________________\nPhone: (___) ___-____\nSignature of Applicant: ____________ Date: ________")
add("positive", "vessel_doc_owner", "korean",
"Write a reply to the owner explaining the abstract of title is ready. Owner: [[PERSON:Park Min-jun]] ([[EMAIL_ADDRESS:minjun.park77@example.net]]), vessel 'Sea Dragon II', O.N. 1298834. Co-owner [[PERSON:Park Soo-ah]]. Mailing: [[STREET_ADDRESS:1450 Harbor View Dr Unit 12, Lynnwood, WA 98036]].")
add("hard_negative", "confidential_prose", None,
"rewrite this so it sounds less stiff: 'Per 46 CFR 4.05, notice of marine casualty must be given immediately. Voluntary reports submitted to the confidential near-miss program are protected and will not be used for enforcement.' Audience is small passenger vessel operators.")
add("positive", "mariner_ssn", "samoan",
"Need the merchant mariner application cover note corrected. Applicant [[PERSON:Faleolo Tuiasosopo]] lists SSN [[US_SSN:557-42-8816]] and DOB [[DATE_OF_BIRTH:1989-11-02]]; address [[STREET_ADDRESS:PO Box 3381, Pago Pago, AS 96799]]. He's applying for AB-Unlimited. Just fix typos dont change facts: 'Applicant is requesting an orginal endorsment and has submited sea service leters.'")
add("hard_negative", "ais_log", None,
"Parse these AIS lines into a CSV with mmsi, lat, lon, sog:\n!AIVDM,1,1,,A,15M67FC000G?ufbE`FepT@3n00Sa,0*5C\n!AIVDM,1,1,,B,13aEOK?P00PD2wVMdLDRhgvL289?,0*26\nMMSI 366999712 is our own cutter, ignore it.")
add("positive", "port_security_badge", "nigerian",
"Make this TWIC escort roster into a table. Escorted visitors 12/02:\n- [[PERSON:Chukwuemeka Okonkwo-Eze]], surveyor, cell [[PHONE_NUMBER:+234 803 555 0162]]\n- [[PERSON:Ngozi Adaeze Umeh]], P&I club rep, [[EMAIL_ADDRESS:n.umeh@gulfpandi.example]]\n- [[PERSON:Babatunde Oyelaran]], chandler\nEscort: BM2 on duty.")
add("hard_negative", "cutter_names", None,
"Quick trivia for the morale newsletter: list the Legend-class cutters and who they're named after in one line each (Bertholf, Waesche, Stratton, Munro, Kimball, Midgett, Stone, Calhoun, Friedman). Keep it under 150 words.")
add("positive", "uscg_cui", None,
"Summarize the attached notice for the crew brief.\n\n[[CUI_MARKING:CUI//SP-CRIT]]\nSubject: Facility security plan deviations, Berth 14\nThe facility's access control points were found unmanned during MARSEC 1 on two occasions...")
add("positive", "fishing_observer", "chamorro",
"help me write a thank-you note to our fisheries observer [[PERSON:Josephine Taitano Cruz]] from Guam, she did 3 trips on the F/V Pacific Pride. Her supervisor is [[PERSON:Vicente San Nicolas]]. Send to [[EMAIL_ADDRESS:jtcruz@marianas-observers.example.org]].")
add("hard_negative", "public_contact", None,
"Draft a social post reminding boaters to file a float plan. Include: in an emergency call 911 or hail the Coast Guard on VHF Channel 16; non-emergency questions go to the Sector's public affairs inbox listed on our website. Hashtag #BoatSafe.")
add("positive", "crew_json", "ukrainian",
"convert this JSON crew manifest into a short paragraph for the arrival notice:\n{\"vessel\":\"Odessa Trader\",\"crew\":[{\"name\":\"[[PERSON:Oleksandr Hnatyuk]]\",\"rank\":\"Master\",\"dob\":\"[[DATE_OF_BIRTH:1975-06-19]]\"},{\"name\":\"[[PERSON:Iryna Shevchuk]]\",\"rank\":\"Cook\",\"dob\":\"[[DATE_OF_BIRTH:1990-01-30]]\"},{\"name\":\"[[PERSON:Bohdan Melnyk]]\",\"rank\":\"AB\",\"dob\":\"[[DATE_OF_BIRTH:1996-12-07]]\"}]}")
add("positive", "mariner_lowercase", "anglo",
"reminder to myself - call back wade hollister about his medical cert, he said tuesday works. his number 251-555-0166".replace("wade hollister", "[[PERSON:wade hollister]]").replace("251-555-0166", "[[PHONE_NUMBER:251-555-0166]]"))
