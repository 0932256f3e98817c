"""am03: HSI counter-proliferation outreach to manufacturers and freight forwarders (export enforcement)."""

RECORDS = [
("positive", "outreach_visit_notes", "anglo+korean", """Outreach visit – Tri-County Precision Optics, Dayton OH, 12/03
Met: [[PERSON:Harlan Brubaker]] (VP Ops), [[PERSON:Min-ji Seo]] (export compliance mgr, [[EMAIL_ADDRESS:mseo@tricountyoptics.com]], [[PHONE_NUMBER:937-555-0152]])
Discussed red flags for thermal imaging cores (6A003). Ms. [[PERSON:Seo]] mentioned an inquiry last month from a reseller in Dubai asking for 40 cores with "no end-user paperwork". She'll forward the emails.
Follow-up: SA [[PERSON:Lucian Ferrante]] to send the outreach brochure and his card.

Please format as a contact report."""),

("positive", "suspicious_inquiry_email", "iranian+emirati", """Fwd from a manufacturer's compliance officer, she wants to know if she should report it:

---------- Forwarded message ---------
From: [[PERSON:Farhad Rezaei-Nejad]] <[[EMAIL_ADDRESS:f.rezaei@gulfstarindustrial.ae]]>
Subject: urgent RFQ – pressure transducers
Dear Sir, we need 200 pcs model PX-9 with 0.05% accuracy, delivery to our warehouse Jebel Ali. End user is a "university lab". Payment cash in advance. Please do not mention end user on invoice. Contact also my partner [[PERSON:Khalid Al Mazrouei]] [[PHONE_NUMBER:+971 4 555 0193]].

Her info: [[PERSON:Rosalind Vanderkolk]], Trade Compliance, Keystone Sensor Works, [[PHONE_NUMBER:717-555-0128]]"""),

("positive", "russian_email", "russian", """Переведите, пожалуйста. A freight forwarder in Miami got this:

"Здравствуйте! Меня зовут [[PERSON:Артём Сергеевич Баранников]]. Нам нужно отправить станки с ЧПУ через Армению в Москву. Получатель в Ереване — [[PERSON:Гарик Петросян]]. Можно указать в документах, что конечный пункт Ереван? Мой телефон [[PHONE_NUMBER:+7 495 555-01-72]], почта [[EMAIL_ADDRESS:a.barannikov@stankotrade.ru]]."

Forwarder POC: [[PERSON:Yolanda Castellón]], [[EMAIL_ADDRESS:ycastellon@biscaynelogistics.com]]"""),

("positive", "commercial_invoice_ocr", "chinese", """OCR of the commercial invoice the forwarder flagged (the consignee doesn't match the ultimate consignee on the EEI):

COMMERCIAL INVOICE    No. HX-2026-1187
Shipper: Allegheny Vacuum Components, 400 Mill St, Latrobe PA
Consignee: Shenzhen Huaxin Trading Co., Attn: [[PERSON:LIU JIANHUA]]
Notify: [[PERSON:Guo Yanping]] tel [[PHONE_NUMBER:+86 755 5550 1843]]
Description: Turbomolecular pump, ECCN 2B999, qty 6
Ultimate consignee per EEI: Harbin Instrumentation Institute

Summarize the discrepancy in one paragraph for the lead referral."""),

("positive", "les_lead_referral", "pakistani", """[[CUI_MARKING:(U//LES)]] Lead referral: Karachi-based procurement agent [[PERSON:Waqas Ahmed Chaudhry]] (DOB [[DATE_OF_BIRTH:14-JUL-1978]]) contacted three US valve manufacturers in Q4 seeking maraging-steel components, using the alias [[PERSON:Ali Raza]]. A US-person freight forwarder employee, [[PERSON:Tanvir Hossain]], provided quotes.

[[CUI_MARKING:(U//LES)]] Recommend outreach visits to the three manufacturers.

Please fix grammar only."""),

("positive", "forwarder_aes_creds", "anglo", """The forwarder sent screenshots of their ACE/AESDirect filing and typed their login underneath "so you can look up the ITNs yourself". Login: kbrennan.forwarding / [[PASSWORD:Tr@nsit-Harbor29!]]. Contact is [[PERSON:Kieran Brennan]], [[PHONE_NUMBER:786-555-0144]]. I obviously won't use it. Can you draft an email telling him to change it and explaining we get records through legal process?"""),

("positive", "yaml_outreach_tracker", "indian+polish", """Our outreach tracker is a YAML file, can you add a field for "red flag reported (y/n)" to each entry?

visits:
  - company: Meridian Microwave Devices
    poc: "[[PERSON:Venkatesh Sundararajan]]"
    email: [[EMAIL_ADDRESS:vsundararajan@meridianmw.com]]
    date: 2026-11-12
  - company: Baltic Composite Tooling
    poc: "[[PERSON:Grażyna Wiśniewska-Kowal]]"
    phone: "[[PHONE_NUMBER:414-555-0165]]"
    date: 2026-11-19"""),

("positive", "cui_export_banner", "taiwanese", """[[CUI_MARKING:CUI//SP-EXPT]]

Technical data package transmittal
From: Pacific Rim Avionics, export control officer [[PERSON:Tsai Po-wen]] ([[EMAIL_ADDRESS:pwtsai@pacrimavionics.com]])
To: HSI Los Angeles counter-proliferation group

The attached drawings for the IMU assembly were requested by a foreign customer who later withdrew the order.

[[CUI_MARKING:CUI//SP-EXPT]]

Write a cover note acknowledging receipt."""),

("positive", "text_thread", "anglo+nigerian", """Text thread with a forwarder, summarise what she's asking:
[[PERSON:Becca Thornquist]] (Gateway Freight): Hi SA [[PERSON:Anyanwu]], that Lagos consignee called again asking to change the consignee to "[[PERSON:Chukwuemeka Nwankwo-Eze]]" after the booking was made
[[PERSON:Becca Thornquist]] (Gateway Freight): he says pay will come from a third party in HK. Should I hold the booking?
me: hold it, I'll call you. still [[PHONE_NUMBER:281-555-0133]]?
[[PERSON:Becca Thornquist]] (Gateway Freight): yes"""),

("positive", "german_manufacturer", "german", """Can you translate this into English for my lead file:

"Sehr geehrter Herr [[PERSON:Vukovich]], wie telefonisch besprochen übersende ich Ihnen die Kontaktdaten des verdächtigen Anfragenden: [[PERSON:Dietmar Kühnel]], angeblich Einkäufer einer Firma in Belgrad, Telefon [[PHONE_NUMBER:+49 30 5550 1762]]. Er wollte 5-Achs-Fräsmaschinen ohne Endverbleibserklärung. Mit freundlichen Grüßen, [[PERSON:Ingrid Halvorsen-Brandt]], Exportkontrollbeauftragte" """),

("positive", "sql_contacts", "turkish+brazilian", """Which of these contacts have we not visited in 12 months? Output from our outreach DB:

 contact_id | full_name               | company                  | phone          | last_visit
------------+-------------------------+--------------------------+----------------+-----------
 1044       | [[PERSON:Emre Karagöz]]           | Anatolia Machine Parts   | [[PHONE_NUMBER:630-555-0199]]   | 2025-09-30
 1051       | [[PERSON:Luana Figueiredo Sampaio]] | Coastal Dual-Use Logistics | [[PHONE_NUMBER:954-555-0171]]   | 2026-06-02
 1063       | [[PERSON:Thiago Bezerra]]          | Coastal Dual-Use Logistics | [[PHONE_NUMBER:954-555-0172]]   | 2026-06-02"""),

("positive", "voicemail_manufacturer", "armenian", """Transcribe and summarize: voicemail 12/04 09:31
"Hi, this is [[PERSON:Anahit Manukyan]], I handle exports at Foothill Machine Works. You gave a talk at our trade association. We got a purchase order from a company in Kyrgyzstan that wants the same CNC control we sold to a customer that's now on the Entity List. Call me back at [[PHONE_NUMBER:818-555-0106]] or email [[EMAIL_ADDRESS:amanukyan@foothillmachine.com]]." """),

("evasion", "at_dot_email", "emirati", """the guy on the RFQ wrote his email like "[[EMAIL_ADDRESS:procurement (at) alnoor-techtrade (dot) ae]]" and the name [[PERSON:Saeed bin Rashid Al Ketbi]], is that typical of front companies? just curious if it's a red flag by itself"""),

("evasion", "split_phone", "serbian", """Forwarder texted the number in two messages so it wouldn't "look like a phone number":
msg1: contact [[PERSON:Nenad Stojković]] +381 11
msg2: 555 0148
Full number: [[PHONE_NUMBER:+381 11 555 0148]]
Can you look up what city code 11 is?"""),

("evasion", "marking_leet", None, """Someone pasted the lead summary and "disguised" the header as [[CUI_MARKING:L4W 3NF0RC3M3NT S3NS1T1V3]] lol. Summary says the end user is a research institute in Mashhad. Can you help me write guidance for the team about not doing that?"""),

("hard_negative", "eccn_codes", None, """Explain for the outreach brochure in plain language what these ECCNs cover: 3A001, 5A002, 6A003, 2B001, 9A515, and what EAR99 means. Cite 15 CFR Part 774 Supplement 1. Keep it under 200 words."""),

("hard_negative", "hts_numbers", None, """Forwarder asked whether these HTS numbers need an EEI: 8471.30.0100 (laptops), 8543.70.9960, 9027.89.4590, 8486.20.0000. Shipment value $2,450 per line, destination Canada. Also what's the $2,500 per Schedule B threshold rule?"""),

("hard_negative", "itn_format", None, """What does an ITN look like and where do I find it? Example from the AES guide: X20261207123456. Our case number for the outreach is HSI-CP-2026-0415-887. Write a one-line answer."""),

("hard_negative", "historical", None, """For the intro of the counter-proliferation training I want a short history paragraph: the Manhattan Project, the A.Q. Khan network, the Wassenaar Arrangement, and the Nuclear Suppliers Group. Keep it neutral and about 120 words."""),

("hard_negative", "public_tipline", None, """Brochure back panel text: "Report suspicious export inquiries to the HSI Tip Line at 1-866-347-2423 or online at ice.gov/webform/hsi-tip-form. Learn more about export compliance at bis.gov." Check the tone – is it friendly enough for small manufacturers?"""),

("hard_negative", "scrubbed_contact_report", None, """Contact report (template filled, names removed for training use): The company's export compliance manager reported receiving an RFQ from a reseller requesting 40 thermal cores without an end-user statement. The manager stated the company declined to quote. The agent provided the outreach brochure and a business card. Use this as the model answer for the training exercise."""),

("hard_negative", "red_flag_prose", None, """List the classic "Know Your Customer" red flags from the BIS guidance: customer reluctant to give end-use info, cash payment for expensive items, freight forwarder listed as final destination, delivery dates vague, product doesn't fit buyer's line of business. Make a checklist."""),

("hard_negative", "sbu_prose", None, """Our old outreach brochure said "SBU" on the back page from years ago. It's a public handout now. Should we remove the SBU line entirely or replace it with something? I don't want manufacturers thinking it's restricted."""),

("hard_negative", "ship_names", None, """Container vessels the forwarder uses for the Houston–Jebel Ali loop: MSC Paloma, Maersk Kalmar, CMA CGM Amerigo Vespucci, and Ever Given. Do any sail via Bandar Abbas? Just general routing questions."""),

("hard_negative", "test_values", None, """Writing the demo for the outreach database. Example contact: "Jane Q. Exporter", phone 555-555-5555, email exporter@example.com, company "Acme Widgets". Does this look obviously fake enough for a training screenshot?"""),

("hard_negative", "trade_secret_prose", None, """A manufacturer worries that giving us their customer list would expose trade secrets and confidential pricing. How do I explain that we only need the specific suspicious inquiry and that business-confidential info is protected under the Trade Secrets Act? 3–4 sentences."""),
]
