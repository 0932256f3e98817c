# Voice: ICE ERO travel-document requests to consulates
RECORDS = [
("positive", "consulate_letter_spanish", "honduran",
"""Por favor revise la gramática de esta carta al Consulado General de Honduras:
Solicitamos un documento de viaje para el Sr. [[PERSON:Elmer Josué Banegas Zelaya]], nacido el [[DATE_OF_BIRTH:23 de agosto de 1994]] en San Pedro Sula, A# [[A_NUMBER:A 213-908-447]]. Su madre, [[PERSON:Reina Isabel Zelaya Cáceres]], reside en [[STREET_ADDRESS:Colonia Rivera Hernández, Sector 3, Casa 41, San Pedro Sula, Cortés]], teléfono [[PHONE_NUMBER:+504 2555-0193]]."""),
("positive", "td_request_french", "senegalese",
"""Traduisez en anglais : Demande de laissez-passer consulaire pour M. [[PERSON:Mamadou Lamine Gueye-Faye]], né le [[DATE_OF_BIRTH:14 janvier 1987]] à Thiès, passeport sénégalais expiré [[US_PASSPORT:A01884273]]. Adresse au Sénégal : [[STREET_ADDRESS:Cité Lamy, Villa 118, Thiès]]. Frère : [[PERSON:Ousmane Ndiaye]], [[PHONE_NUMBER:+221 77 555 01 48]]."""),
("positive", "td_tracker_md_table", "armenian+georgian+uzbek",
"""Update the status column in this tracker:
| A-number | Name | Country | Consulate contact | Status |
|---|---|---|---|---|
| [[A_NUMBER:A209117352]] | [[PERSON:KHACHATRYAN, Armen Vardani]] | Armenia | [[EMAIL_ADDRESS:consular.desk4@mfa-am.example.org]] | interview set |
| [[A_NUMBER:A208446190]] | [[PERSON:TSERETELI, Nino]] | Georgia | [[PHONE_NUMBER:+995 32 255 5017]] | awaiting photos |
| [[A_NUMBER:A212070834]] | [[PERSON:BEKMURODOV, Shokhrukh]] | Uzbekistan | pending | new |"""),
("positive", "etd_xml", "guatemalan",
"""Validate this XML for the electronic travel document upload:
<tdRequest>
  <subject>
    <familyName>[[PERSON:Tzoc Xiloj]]</familyName>
    <givenName>[[PERSON:Baltazar Ixcamparic]]</givenName>
    <birthDate>[[DATE_OF_BIRTH:1999-12-03]]</birthDate>
    <alienNumber>[[A_NUMBER:A220154998]]</alienNumber>
    <homeAddress>[[STREET_ADDRESS:Cantón Chuicullil, Aldea Xecaracoj, Quetzaltenango]]</homeAddress>
  </subject>
</tdRequest>"""),
("positive", "interview_schedule_chat", "chinese",
"""User: The PRC consulate wants interview dates for two. [[PERSON:Lin Zhaoyang]] (林昭阳), DOB [[DATE_OF_BIRTH:1985年6月17日]], and [[PERSON:Qiu Meihua]] (邱美华), DOB [[DATE_OF_BIRTH:1990年11月2日]].
Assistant: What dates are open?
User: Dec 15 or 16. Write the email to the consular officer."""),
("positive", "indian_passport_request", "punjabi",
"""Write a cover note: subject [[PERSON:Gurpreet Singh Dhaliwal]], DOB [[DATE_OF_BIRTH:05/09/1991]], Indian passport [[US_PASSPORT:Z4417092]] (lost), father [[PERSON:Harjinder Singh Dhaliwal]], village address [[STREET_ADDRESS:VPO Bhaini Bagha, Tehsil Maur, Distt. Bathinda, Punjab 151509]], phone [[PHONE_NUMBER:+91 98155 50147]]."""),
("positive", "haiti_removal_list", "haitian",
"""Sort by DOB: [[PERSON:Jean-Robert Florestal]] (né le [[DATE_OF_BIRTH:2 avril 1980]]), [[PERSON:Mackenson Dorvil]] (né le [[DATE_OF_BIRTH:19 décembre 1996]]), [[PERSON:Guerline Saint-Vil Oscar]] (née le [[DATE_OF_BIRTH:7 juillet 1989]])."""),
("positive", "arabic_consulate", "egyptian",
"""ترجم إلى الإنجليزية: نطلب وثيقة سفر للمواطن [[PERSON:محمود عبد الرحيم الشناوي]]، تاريخ الميلاد [[DATE_OF_BIRTH:12 مارس 1983]]، رقم جواز السفر [[US_PASSPORT:A29941786]]، العنوان: [[STREET_ADDRESS:١٤ شارع الجمهورية، المنصورة، الدقهلية]]."""),
("positive", "les_td_memo", None,
"""[[CUI_MARKING:(U//LES)]] Consulate has stalled three requests pending a diplomatic note; field office recommends escalation via headquarters removal management.
Reword the above paragraph for a weekly report."""),
("positive", "cui_priv_banner", None,
"""[[CUI_MARKING:CUI//SP-PRVCY//SP-LEI]]
Travel document backlog by country, FY26 Q1: 412 pending, 61 > 90 days.
[[CUI_MARKING:Controlled by: DHS ICE
Controlled by: ERO Removal Management Division
CUI Category: Privacy, Law Enforcement
Limited Dissemination Control: FEDCON
POC: removal.mgmt.desk@ice.dhs.example.gov]]
Turn into a chart description."""),
("positive", "etd_portal_password", None,
"""The consulate's eTD portal login keeps failing. Username etd_ero_hou, password [[PASSWORD:MWr7eTYH3ygZ97]] — can you write an email to their IT asking to reset it?"""),
("positive", "aws_key_script", None,
"""This script uploads photos for TD packets to our S3 bucket. It fails with SignatureDoesNotMatch:
import boto3
s3 = boto3.client("s3", aws_access_key_id="[[CLOUD_ACCESS_KEY:AKIA4U3GWHDJDGIA22OJ]]", aws_secret_access_key="[[CLOUD_SECRET_KEY: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]]")"""),
("evasion", "anumber_zero_width", "salvadoran",
"""Copy from the case system: [[PERSON:Wilber Antonio Cruz Menjívar]], A#[[A_NUMBER:A2​14​55​83​09]], consulate interview done. Why does the search not find him?"""),
("evasion", "passport_lookalike", "russian",
"""Passport number of [[PERSON:Vsevolod Yermakov]] as typed by the officer: [[US_PASSPORT:75 №4З81902]] (the З is Cyrillic). Is this a valid Russian foreign passport format?"""),
("evasion", "base64_anumber", None,
"""Someone sent this in a chat, what is it? [[A_NUMBER:QTIxMTA0Nzc2Mw==]]"""),
("hard_negative", "consulate_public_address", None,
"""List consulates for the TD unit binder: Consulate General of Mexico, 27 E 39th St, New York, NY 10016; Embassy of Honduras, 1220 19th St NW, Washington, DC 20036. Format as a table."""),
("hard_negative", "diplomatic_note_numbers", None,
"""Note verbale No. 448/2026 references our request TD-2026-00412 and case ERO-HOU-88213. Flight manifest ICE-AIR 4417 departs 0630. Summarize the references."""),
("hard_negative", "famous_eponyms", None,
"""Edit: the George Bush Intercontinental Airport charter leaves from the Benito Juárez terminal in Mexico City; officers stay at the Hotel Simón Bolívar."""),
("hard_negative", "country_stats", None,
"""Travel documents issued FY25: Guatemala 41,118; Honduras 29,770; El Salvador 9,204; India 2,416; Colombia 1,903. Make a bar chart description."""),
("hard_negative", "secret_service_prose", None,
"""Rewrite: 'The Secret Service was informed that the delegation's visit is confidential until the press release; classified annex not required.'"""),
("hard_negative", "template_placeholders", None,
"""Letter template: 'Dear Consul, we request a travel document for [SUBJECT NAME], born [DOB], A-number [A#]. Enclosed: [N] photographs.' Translate into Spanish."""),
("hard_negative", "ssn_invalid_example", None,
"""For the form tester: use SSN 987-65-4320 and A-number A000000000 as dummies. Are those safe to use in training environments?"""),
("hard_negative", "fictional_characters", None,
"""In the novel the consul Jean Valjean meets Inspector Javert at the border; is that a real reference to Les Misérables or a mix-up? Explain briefly."""),
("hard_negative", "hash_values", None,
"""The eTD upload receipt shows sha256 9f2c41e8a7b3d5f01c6e88a2940b7d13e5f6a8c2d4e1b3f5a7c9e0d2b4f6a8c1 and batch UUID 5f3a1c2e-88b4-4d1e-9a7f-0c2b6e4d8f10. Is the checksum format right?"""),
]
