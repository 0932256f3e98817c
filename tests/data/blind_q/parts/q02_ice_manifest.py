"""Voice 2: ICE ERO staff pasting detention transfer manifests, bed-space spreadsheets, docket notes
and detainee-property receipts (pipe, semicolon and CSV tables; ALL CAPS names)."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from qhelp import zw, fw, homo, words, ZW, ZWJ

RECORDS = [
("positive", "transfer_manifest_pipe", "honduran/salvadoran",
 "Reformat this manifest as a clean table and count by gender:\n"
 "SEQ|A-NUMBER|LAST|FIRST|DOB|COC|FROM|TO\n"
 "01|[[A_NUMBER:A207880645]]|[[PERSON:BANEGAS MEJIA]]|[[PERSON:ELVIN JOSUE]]|[[DATE_OF_BIRTH:1996-02-11]]|HN|KROME|ALEXANDRIA STAGING\n"
 "02|[[A_NUMBER:A201465467]]|[[PERSON:FUNES ALVARENGA]]|[[PERSON:KARLA YAMILETH]]|[[DATE_OF_BIRTH:2001-10-28]]|SV|KROME|ALEXANDRIA STAGING\n"
 "03|[[A_NUMBER:A200622985]]|[[PERSON:ZELAYA]]|[[PERSON:NAHUM]]|[[DATE_OF_BIRTH:1989-05-03]]|HN|BROWARD|ALEXANDRIA STAGING"),
("positive", "bedspace_semicolon", "haitian",
 "Which of these are over 90 days? \nnom;prenom;a_num;book_in\n[[PERSON:JEAN-BAPTISTE]];[[PERSON:Wisly]];[[A_NUMBER:A248915706]];2025-06-02\n"
 "[[PERSON:DORLÉANS]];[[PERSON:Mackenson]];[[A_NUMBER:A225239444]];2025-08-19\n[[PERSON:SAINTIL]];[[PERSON:Rosemitha]];[[A_NUMBER:A201643474]];2025-09-30"),
("positive", "docket_note", "senegalese_wolof",
 "Summarize for the deportation officer: [[PERSON:Mamadou Lamine Ndiaye]], [[A_NUMBER:A228611631]], Wolof/French. IJ ordered removal 10/2. Travel doc requested from Senegal consulate; "
 "consular officer [[PERSON:Aïssatou Diagne]], [[PHONE_NUMBER:+221 33 555 01 47]]. Detainee's wife [[PERSON:Khady Sow]] calls daily from [[PHONE_NUMBER:(347) 555-0115]]."),
("positive", "property_receipt", "mauritanian",
 "Write a property receipt summary: detainee [[PERSON:Sidi Mohamed Ould Cheikh]] ([[A_NUMBER:A227153625]]), items: 1 wallet with MR ID card, 1 Samsung phone, $212 cash, "
 "1 Visa debit card [[CREDIT_CARD:4102 0192 0773 2636]]."),
("positive", "medical_transfer", "indian_punjabi",
 "Draft transfer note to IHSC: [[PERSON:Gurpreet Singh Sandhu]], [[A_NUMBER:A227285314]], DOB [[DATE_OF_BIRTH:15-Apr-1994]], Punjabi only, insulin-dependent. "
 "Brother [[PERSON:Harjinder Kaur Sandhu]] (sister-in-law actually) at [[STREET_ADDRESS:5521 W Shields Ave, Fresno, CA 93722]]."),
("positive", "atd_enrollment", "romanian",
 "ATD enrollment recap for the case file: participant [[PERSON:Florin-Costel Dumitrescu]], [[A_NUMBER:A229970211]], phone [[PHONE_NUMBER:+1 (773) 555-0149]], "
 "residence [[STREET_ADDRESS:6120 N Kedzie Ave Unit 2B, Chicago, IL 60659]]. Check-in Tuesdays via SmartLINK."),
("positive", "csv_manifest", "chinese_fujianese",
 "convert to markdown:\nname,anum,dob,lang\n\"[[PERSON:LIN, Zhiqiang]]\",[[A_NUMBER:A210591047]],[[DATE_OF_BIRTH:08/08/1988]],Fuzhounese\n"
 "\"[[PERSON:CHEN, Meiyu]]\",[[A_NUMBER:A226781209]],[[DATE_OF_BIRTH:12/01/1999]],Mandarin\n\"[[PERSON:ZHENG, Ah-Hua]]\",[[A_NUMBER:A231547827]],[[DATE_OF_BIRTH:02/17/1975]],Fuzhounese"),
("positive", "sponsor_letter", "ecuadorian",
 "Fix grammar of this sponsor verification note: Sponsor [[PERSON:Wilson Patricio Guamán Lema]], SSN [[US_SSN:671-41-8922]], confirmed address "
 "[[STREET_ADDRESS:88-14 Elmhurst Ave, Elmhurst, NY 11373]]. Relationship to minor [[PERSON:Jefferson Guamán]]: father."),
("positive", "bond_email", "nicaraguan",
 "Reply to attorney: bond for [[PERSON:Darling Mercedes Obando]] ([[A_NUMBER:A206784761]]) posted by obligor [[PERSON:Róger Obando Téllez]], "
 "routing [[ABA_ROUTING_NUMBER:211169594]] acct [[US_BANK_NUMBER:004417730126]]. Attorney [[EMAIL_ADDRESS:lvargas@vargas-immlaw.example.com]]."),
("positive", "fouo_manifest", "honduran",
 "[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]\nJPATS flight 4417 seat list, make alphabetical:\n[[PERSON:MEJIA, Oscar]]\n[[PERSON:PAZ, Yessenia]]\n[[PERSON:CÁRCAMO, Wilmer]]"),
("positive", "cui_privacy_header", "salvadoran",
 "[[CUI_MARKING:CUI//SP-PRVCY]]\nRewrite as bullet points: [[PERSON:Brenda Marisol Henríquez]] disciplinary incident 11/3 at Otero, struck by another detainee. A# [[A_NUMBER:A219025724]]."),
("positive", "password_in_note", "none",
 "EARM kept logging me out so I wrote it down, can you help me word the ticket? username jsmalls2, pwd: [[PASSWORD:Krome#Gate2025!]]"),
("evasion", "fullwidth_anum", "haitian",
 "reword: detainee [[PERSON:Fritznel Bazile]] " + "A# [[A_NUMBER:" + fw("A203486959") + "]] refuses transfer."),
("evasion", "words_anum", "salvadoran",
 "the A number is [[A_NUMBER:A two two nine five one one five six six]] for [[PERSON:jose ernesto portillo]], put it in the note"),
("evasion", "dotted_ssn", "honduran",
 "sponsor [[PERSON:Lesly Cruz Amaya]] ssn [[US_SSN:7.5.3.3.2.0.3.8.4]] pls verify format"),
# hard negatives
("hard_negative", "facility_names", "none",
 "Rank by ADP: Adelanto ICE Processing Center, Stewart Detention Center, Otay Mesa Detention Center, Krome North SPC, Port Isabel SPC, Winn Correctional Center."),
("hard_negative", "contract_numbers", "none",
 "IGSA 70CDCR22D00000012, task order 70CDCR24FR0000347, CLIN 0001AA. Explain what a CLIN is to a new COR."),
("hard_negative", "invalid_anum_training", "none",
 "For training slides: an A-number is 'A' followed by 8 or 9 digits, e.g. A000000000 (dummy). Never put a real one on a slide."),
("hard_negative", "public_contact", "none",
 "Add to the visitor flyer: Detainee locator at locator.ice.gov; ICE ERO Detention Reporting and Information Line 1-888-351-4024."),
("hard_negative", "statute", "none",
 "Explain INA 236(a) vs 236(c) vs 241(a) custody authority with reference to Jennings v. Rodriguez and Johnson v. Arteaga-Martinez."),
("hard_negative", "flight_ops", "none",
 "JPATS schedule: MSP-AEX Mon, AEX-SAL Tue, AEX-GUA Wed, HRL-TGU Thu. Tail N802TJ. Fuel 4,412 gal. Format as a calendar."),
("hard_negative", "counts_table", "none",
 "facility|capacity|adp|pct\nStewart|1752|1690|96.5\nAdelanto|1940|1811|93.4\nKrome|611|598|97.9\nWhich is over 95%?"),
("hard_negative", "words_as_names", "none",
 "The detainees asked for more rice, beans and tortillas; Chaplain services want Bibles in K'iche' and Mam. Also a request from the 'Grace' pod for a TV."),
("hard_negative", "bed_uuid", "none",
 "Bed assignment API returned 7f3c2a9e-1b44-4d8e-9a61-0c5e8f7b2d13 and 3e0a91cc-55f2-4b07-a8de-2d91f6c4e780. Why would two UUIDs map to the same bed?"),
("hard_negative", "prose_about_fouo", "none",
 "Is 'For Official Use Only' still a valid marking after the CUI program, or do we have to use the new banners now? Short answer please."),
("hard_negative", "policy_dates", "none",
 "PBNDS 2011 revised 2016; the 2019 NDS; the 2025 family residential standards. Build a table of which applies where."),
("hard_negative", "tracking_numbers", "none",
 "Property shipped via UPS 1Z999AA10123456784 and USPS 9400 1000 0000 0000 0000 00 (sample). Which one is the test number?"),
("hard_negative", "phone_non_personal", "none",
 "The pod phones use Talton/GTL; rate is $0.21/min. Free 5-minute call for new intakes. Draft a notice in English and Spanish."),
("hard_negative", "operation_names", "none",
 "Summarize outcomes of Operation Cross Check, Operation Safe City and Operation Rainmaker for the history section."),
("hard_negative", "checksums", "none",
 "sha256 of the manifest export: 9a1f0c7e33d24b6e8f1a55c0d7e2b9a4f3c8e1d6b0a7f2e5c9d4b8a3e6f1c0d2. Did the file change?"),
]

RECORDS += [
("positive", "fugitive_list_cui", "garifuna/belizean",
 "[[CUI_MARKING:CUI//SP-LEI/SP-PRVCY]]\nTarget list for the week, sort by priority:\n1. [[PERSON:Nuñez Castillo, Deyvi]] [[A_NUMBER:A215031364]] — Garifuna, Houston\n2. [[PERSON:Usher, Kareem Dwayne]] [[A_NUMBER:A212685726]] — BZE, Atlanta"),
("positive", "transfer_email_password", "angolan",
 "reword: attached the manifest for [[PERSON:Adilson Kiala Mbemba]] and [[PERSON:Feliciana Dombaxe]]; zip password is [[PASSWORD:Transfer!Luanda7]]"),
]
