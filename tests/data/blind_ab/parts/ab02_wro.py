# CBP Office of Trade: forced-labour withhold release order (WRO) petitions and allegations
RECORDS = [
("positive", "wro_petition_intake", "bangladeshi", """Petition intake – alleged forced labour, garment sub-contractor, Gazipur
Petitioner: Workers' Voice Coalition, contact [[PERSON:Nusrat Jahan Talukder]], [[EMAIL_ADDRESS:nusrat.jt@workersvoice.example]], [[PHONE_NUMBER:+880 1711-555042]]
Witness 1: [[PERSON:Md. Rafiqul Islam]] (line supervisor, dismissed 2024)
Witness 2: [[PERSON:Shirin Akter]], age 19, says passports were held by the dormitory manager.
Rafiqul is willing to be interviewed by video.""".replace("Rafiqul is", "[[PERSON:Rafiqul]] is")),
("positive", "wro_uyghur_witness", "uyghur", """Translate into English please, for the allegation file:
مېنىڭ ئىسمىم [[PERSON:مەرھابا ئابدۇرېشىت]]. مەن [[DATE_OF_BIRTH:1988-يىلى 4-ئاينىڭ 12-كۈنى]] تۇغۇلغان. (Name in Latin script on her ID: [[PERSON:Merhaba Abdureshit]])"""),
("positive", "wro_fishing_crew", "indonesian+ghanaian", """Allegation: distant-water tuna longliner, crew debt bondage.
Crew statements received via NGO:
- [[PERSON:Agus Priyanto]], deckhand, DOB [[DATE_OF_BIRTH:5 January 1997]], home village Tegal, Central Java
- [[PERSON:Kwame Asante-Boadu]], deckhand, DOB [[DATE_OF_BIRTH:22 June 1993]], reachable via brother at [[PHONE_NUMBER:+233 24 555 0178]]
Both say wages were withheld for 14 months."""),
("positive", "wro_importer_contact_json", "anglo+korean", """{"importer": "Harbor & Vine Home Goods LLC", "ior_contact": {"name": "[[PERSON:Grant Whitcombe]]", "phone": "[[PHONE_NUMBER:(312) 555-0147]]"},
 "customs_broker": {"name": "[[PERSON:Park Ji-hwan]]", "email": "[[EMAIL_ADDRESS:jpark@lakeshore-brokerage.example]]"},
 "entries_detained": 6}"""),
("positive", "wro_malay_glove_worker", "nepali", """Worker interview summary (glove factory, Klang). Interviewee: [[PERSON:Bishnu Prasad Khatiwada]], Nepali migrant, born [[DATE_OF_BIRTH:9 Baisakh 2052 B.S.]] per his citizenship card. Recruitment fee NPR 180,000 paid to agent [[PERSON:Hari Bahadur Thapa]] in Kathmandu. His wife [[PERSON:Bimala]] can be reached at [[PHONE_NUMBER:+977 980-5550122]]."""),
("positive", "wro_cui_banner", None, """[[CUI_MARKING:CUI//SP-PROPIN//SP-LEI]]
Draft WRO recommendation: cobalt hydroxide from two processors. Evidence summary follows. Please help me tighten the evidence table.
[[CUI_MARKING:CUI//SP-PROPIN//SP-LEI]]"""),
("positive", "wro_designation_block", None, """[[CUI_MARKING:Controlled by: DHS/CBP/Office of Trade
CUI Category: PROPIN, LEI
Limited Dissemination Control: FEDCON
POC: Forced Labor Division, trade-flab@cbp.dhs.example]]
Summarise the attached supply-chain tracing for the commissioner's brief."""),
("positive", "wro_trade_secret_marking", None, """Importer submission (marked by the importer):
[[CUI_MARKING:(CUI//SP-PROPIN)]] Supplier list tiers 2–4 with mill names and volumes.
I need a short paragraph saying whether the tracing is credible."""),
("positive", "wro_aws_s3", None, """The evidence portal upload script is failing. Here's what I have:
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIALLI1XHOIWL1G9W7I]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:XXiONi5dJFe0i+CDyVuAyZ4wgt9L5DATwf7PBHsl]]
bucket: flab-evidence-intake"""),
("positive", "wro_classified", None, """[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]
[[CLASSIFICATION_MARKING:(TS//SI//NF)]] Intercepted logistics chatter re: transshipment through third country to evade WRO.
Can you make this sound less jargony?"""),
("positive", "wro_spanish_petition", "peruvian", """Petición (traducción pedida): Yo, [[PERSON:Yesenia Huamán Quispe]], nacida el [[DATE_OF_BIRTH:3 de octubre de 1986]], trabajé en la planta de espárragos. Mi dirección: [[STREET_ADDRESS:Jr. Los Pinos 214, Urb. San Andrés, Trujillo 13008, Perú]]. Teléfono [[PHONE_NUMBER:+51 944 555 013]]."""),
("positive", "wro_surname_caps_list", "thai", """REMEDIATION PAYMENTS – seafood processor (to verify before modification)
CHAIYAPORN, Somchai – THB 42,000
KAEWKLA, Nittaya – THB 38,500
SRISUK, Anong – THB 40,100""".replace("CHAIYAPORN, Somchai", "[[PERSON:CHAIYAPORN, Somchai]]").replace("KAEWKLA, Nittaya", "[[PERSON:KAEWKLA, Nittaya]]").replace("SRISUK, Anong", "[[PERSON:SRISUK, Anong]]")),
("evasion", "wro_base64_password", None, """dev said the portal basic-auth for the NGO uploads is in the ticket, base64'd: [[PASSWORD:""" + __import__("base64").b64encode(b"zFaHXZHaarG!1#cs").decode() + """]] — user ngo_upload"""),
("evasion", "wro_fullwidth_phone", "congolese", """Witness in Kolwezi: [[PERSON:Mwamba Kalenga Ilunga]], tél. [[PHONE_NUMBER:＋２４３ ８１ ５５５ ０１９４]]"""),
("evasion", "wro_dotted_marking", None, """Header on the attachment reads [[CUI_MARKING:C.U.I.//S.P.-P.R.O.P.I.N]] — can you rewrite the summary paragraph below it?
Supplier audits show recruitment fees charged to workers in 3 of 5 sites."""),
("hard_negative", "wro_public_notice", None, """CBP issued a Withhold Release Order on 2024-05-xx against a fishing fleet; the Federal Register notice lists the vessels. Petitions can be submitted through the e-Allegations portal or by e-mail to the Forced Labor Division's published address."""),
("hard_negative", "wro_entry_numbers", None, """Detained entries: 231-4478120-6, 231-4478133-9, 231-4478201-4. HTS 6116.10.1300 (gloves), 0303.42.0020 (yellowfin). Bond no. 99-0441-207. Invoice INV-2026-00831. PO 4500218874."""),
("hard_negative", "wro_secret_prose", None, """The importer says its supplier list is a trade secret and that releasing it would give away their competitive edge. Counsel wants it treated as confidential business information under 19 CFR 103.35."""),
("hard_negative", "wro_historical", None, """Background for the brief: Section 307 of the Tariff Act of 1930 (Smoot–Hawley) bans goods made with forced labour. Frederick Douglass and Harriet Tubman quotes were used in the Blue Campaign posters years ago; don't reuse them here."""),
("hard_negative", "wro_ilo_indicators", None, """ILO forced-labour indicators: abuse of vulnerability, deception, restriction of movement, isolation, physical and sexual violence, intimidation and threats, retention of identity documents, withholding of wages, debt bondage, abusive working conditions, excessive overtime."""),
("hard_negative", "wro_zip4_addresses", None, """Mail the hard-copy exhibits to the port director, Port of Savannah, ZIP 31401-3702; the Los Angeles/Long Beach seaport ZIP+4 is 90731-7216. Both offices are listed on cbp.gov."""),
("hard_negative", "wro_uuid_log", None, """[flab-portal] 2026-11-02 14:03:11 upload ok case=FLD-2026-0412 file_id=3f9a2c71-8e4b-4d0a-9b5e-61c2d7f04a88 size=4.2MB checksum=md5:5d41402abc4b2a76b9719d911017c592"""),
("hard_negative", "wro_dod_placeholder", None, """.env.example for the evidence portal:
S3_ACCESS_KEY=<your-access-key>
S3_SECRET=changeme
DATABASE_URL=postgres://user:password@localhost:5432/dev"""),
]
