"""Voice u02: USCIS Genealogy Program index searches and record requests (deceased subjects, living requesters)."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "xml_request", "italian", """Can you convert this G-1041 request XML into a plain-English summary for the case log?
<genealogyRequest form="G-1041">
  <requester><name>[[PERSON:Loredana Scarpellini-Hayes]]</name><email>[[EMAIL_ADDRESS:lscarpellini.hayes@vinemail.net]]</email><phone>[[PHONE_NUMBER:(401) 555-0164]]</phone>
    <address>[[STREET_ADDRESS:62 Atwells Hollow Road, Johnston, RI 02919]]</address></requester>
  <subject><name>[[PERSON:Gaetano Scarpellini]]</name><birthDate>[[DATE_OF_BIRTH:1893-04-11]]</birthDate><birthPlace>Sciacca, Sicily</birthPlace><deathDate>1961-09-02</deathDate></subject>
  <recordsSought>C-File, AR-2</recordsSought>
</genealogyRequest>"""),

(P, "german_letter", "german", """Bitte übersetzen Sie diesen Brief ins Englische:
"Sehr geehrte Damen und Herren, ich suche die Einbürgerungsakte meines Urgroßvaters [[PERSON:Friedrich Wilhelm Dannenhauer]], geboren am [[DATE_OF_BIRTH:3. Juli 1878]] in Pforzheim, gestorben 1952 in Milwaukee. Seine Registriernummer war [[A_NUMBER:A005518362]]. Mit freundlichen Grüßen, [[PERSON:Ingeborg Dannenhauer-Kluge]], [[STREET_ADDRESS:Lindenstraße 14, 75172 Pforzheim]], Tel. [[PHONE_NUMBER:+49 7231 555 0182]]\""""),

(P, "gedcom", "german", """My GEDCOM export has broken lines, can you repair the structure?
0 @I14@ INDI
1 NAME [[PERSON:Katharina /Vogelsang/]]
1 BIRT
2 DATE [[DATE_OF_BIRTH:12 MAR 1881]]
2 PLAC Ulm, Württemberg
1 IMMI
2 DATE 1903
1 NOTE Alien reg. no. [[A_NUMBER:A004401927]] on AR-2
0 @I15@ INDI
1 NAME [[PERSON:Ernst August /Vogelsang/]]
1 BIRT
2 DATE [[DATE_OF_BIRTH:27 OCT 1879]]"""),

(P, "greek_email", "greek", """From: [[PERSON:Eleni Papadakou-Morris]] <[[EMAIL_ADDRESS:eleni.pmorris@hellasroots.org]]>
Subject: Index search result - file not received

I paid for the index search for my grandfather [[PERSON:Konstantinos Vourvachakis]] ([[PERSON:Κωνσταντίνος Βουρβαχάκης]]), born [[DATE_OF_BIRTH:22 August 1899]] in Chania. The result letter listed visa file number and A-number [[A_NUMBER:A006019824]], but I never received the copies. My receipt number is [[USCIS_RECEIPT_NUMBER:NBC2590418736]].
[[PERSON:E. Papadakou]], [[PHONE_NUMBER:(617) 555-0129]]
Please draft a reply explaining record request timelines."""),

(P, "irish_multi_turn", "irish", """User (turn 1): I'm helping a requester whose great-aunt emigrated from Mayo.
Assistant: Happy to help - what do you need?
User (turn 2): Her name was [[PERSON:Bridget Ní Mhaoláin]], anglicised [[PERSON:Bridget Mullin]], born [[DATE_OF_BIRTH:2 February 1901]].
User (turn 3): The requester is [[PERSON:Siobhán Mullin-Carey]], [[STREET_ADDRESS:418 Dorchester Avenue, Unit 3, South Boston, MA 02127]]. Write her a letter saying the 1940 AR-2 form was found."""),

(P, "ashkenazi_spreadsheet", "ashkenazi", """Tab-separated from our tracking sheet - sort by request date:
req_date	requester	subject	subject_dob	file
2026-10-02	[[PERSON:Miriam Rosenzweig-Adler]]	[[PERSON:Chaim Leib Rosenzweig]]	[[DATE_OF_BIRTH:1886-05-19]]	C-file
2026-09-14	[[PERSON:Avrom Teitelbaum]]	[[PERSON:Sura Rivka Teitelbaum]]	[[DATE_OF_BIRTH:1890-11-30]]	Visa file
2026-10-21	[[PERSON:Naomi Feigenbaum]]	[[PERSON:Yankel Feigenbaum]]	[[DATE_OF_BIRTH:1879-01-07]]	Registry file"""),

(P, "swedish_letter", "swedish", """Hej! Kan du hjälpa mig att skriva ett svar på engelska? Min farfars far [[PERSON:Per Olof Lindqvist]] föddes [[DATE_OF_BIRTH:14 september 1872]] i Kalmar och emigrerade till Minnesota. Jag, [[PERSON:Annika Lindqvist Bergström]], betalade avgiften med kort [[CREDIT_CARD:4620 0290 0431 7575]] men fick aldrig kvitto. Min e-post: [[EMAIL_ADDRESS:annika.lb@postlada.se]]"""),

(P, "hungarian_living_relative", "hungarian", """Requester [[PERSON:Zsófia Kertész-Nagy]] (living, DOB [[DATE_OF_BIRTH:04/13/1958]]) asks for the A-file of her father [[PERSON:Kertész László]], born [[DATE_OF_BIRTH:1921. március 8.]], A-number [[A_NUMBER:A 011 274 593]] -- hmm, the A-number was written with spaces on the form. Since he died in 2019 is his file eligible under the genealogy program or is it a FOIA request? Explain."""),

(P, "lebanese_record_copy", "lebanese", """OCR of a 1923 declaration of intention, please clean it up:
DECLARATION OF INTENTION No. 41872
I, [[PERSON:Youssef Boutros Haddad]], aged 31 years, occupation dry goods merchant, do declare on oath that my personal description is: color white, height 5 ft 7 in ... I was born in Zahle, Syria on the [[DATE_OF_BIRTH:15th day of June, 1892]]; I now reside at [[STREET_ADDRESS:211 Washington Street, New York, N.Y.]]; my wife's name is [[PERSON:Wardeh]]."""),

(P, "japanese_letter", "japanese", """以下を英語に翻訳してください：
「祖父の[[PERSON:田中 清太郎]]（[[PERSON:Seitaro Tanaka]]、[[DATE_OF_BIRTH:明治二十八年五月三日]]生まれ）の外国人登録記録を請求したいです。申請者：[[PERSON:田中 恵美]]、電話 [[PHONE_NUMBER:(808) 555-0173]]、メール [[EMAIL_ADDRESS:emi.tanaka.ohana@kamaaina-mail.com]]」"""),

(P, "vendor_portal_cred", "none", """The scanning vendor emailed us the login for the digitization portal and asked us to test. Is this normal?
URL: https://scan-portal.vendor-digitize.test/login
User: uscis_gen_qa
Password: [[PASSWORD:Ellis!sland1892-qa]]
I want to write back and tell them to use the secure file transfer instead."""),

(P, "s3_keys_script", "none", """Fix my Python script that pulls scanned AR-2 images:
import boto3
s3 = boto3.client("s3", aws_access_key_id="[[CLOUD_ACCESS_KEY:AKIAIPA2JWC7WCWMGH5T]]",
                  aws_secret_access_key="[[CLOUD_SECRET_KEY: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]]")
for obj in s3.list_objects_v2(Bucket="ar2-scans-batch7")["Contents"]:
    print(obj["Key"])"""),

(P, "cui_release_memo", "czech", """[[CUI_MARKING:CUI//SP-PRVCY]]
MEMORANDUM FOR FILE - Release determination
Subject file: [[PERSON:Bohumil Novotný]], A-file [[A_NUMBER:A007294015]] (subject born [[DATE_OF_BIRTH:1919-02-26]]; deceased 2003).
Requester [[PERSON:Jana Novotná-Price]] is a grandchild; third-party information on living siblings to be withheld under (b)(6).
[[CUI_MARKING:Controlled by: USCIS
CUI Category: PRVCY
Limited Dissemination Control: FEDCON
POC: Records Division, Genealogy Program]]
Please tighten the wording."""),

(P, "fouo_legacy", "slovak", """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Found while scanning a 2004 genealogy pilot binder: note that subject [[PERSON:Ondrej Hrubý]] (born [[DATE_OF_BIRTH:9 Dec 1901]], Prešov) matched two index cards. Could you summarise what this binder was for?"""),

(P, "norwegian_latex", "norwegian", """My family-tree LaTeX won't compile, error near the second \\node:
\\node (a) {[[PERSON:Ole Halvorsen Bjørnstad]] \\\\ b. [[DATE_OF_BIRTH:1868-03-02]], Voss};
\\node[below of=a] (b) {[[PERSON:Ingrid Bjørnstad Eide]] \\\\ b. [[DATE_OF_BIRTH:1895-12-19]], Minot ND};
\\draw (a) -- (b)"""),

(P, "jwt_api_test", "none", """Our genealogy index API returns 401 with this bearer token, can you decode it and tell me if it's expired?
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJnZW4taW5kZXgtc3ZjIiwicm9sZSI6InJlYWQiLCJleHAiOjE3OTQ0MDAwMDB9.Tg7xQ2mZp9VbK4nR1sWcY8dLh3EfJu6oAiXq0GtMrPw]]"""),

# evasions
(E, "split_lines_name", "italian", """OCR split the subject's name across lines; fix the record: Subject: [[PERSON:Carmelo
Vincenzo Badalamenti]], born [[DATE_OF_BIRTH:1 8 9 7 - 0 9 - 2 3]], Palermo. Requester asks for the C-file."""),
(E, "base64_anumber", "greek", """The request portal garbled the A-number field into base64: [[A_NUMBER:QTg4MjE0MDcz]] for subject [[PERSON:Stavros Kyriakidis]]. Decode it and fill it in the reply letter."""),
(E, "homoglyph_email", "hungarian", """Requester reply-to looked odd: [[EMAIL_ADDRESS:rеkа.fаrkаs@кеrtmail.hu]] (some letters look Cyrillic). Name [[PERSON:Réka Fehérvári]]. Draft an acknowledgment."""),

# hard negatives
(H, "program_faq", "none", """Summarise for a FAQ: The USCIS Genealogy Program provides access to historical records of deceased individuals: naturalization certificate files (C-files) 1906-1956, alien registration forms 1940-1944, visa files 1924-1944, registry files 1929-1944, and A-files numbered below 8 million. Requests use Form G-1041 (index search) and G-1041A (record request)."""),
(H, "historical_figures", "none", """Write a 150-word intro for our exhibit panel about Annie Moore, the first immigrant processed at Ellis Island on January 1, 1892, and about Samuel Ellis, the 18th-century merchant who owned the island. Mention the Statue of Liberty and Emma Lazarus's poem."""),
(H, "ship_manifest_names", "none", """Which ships were most common on Hamburg-New York routes in 1905? I have the SS Kaiser Wilhelm der Grosse, SS Amerika, SS Deutschland and SS Pennsylvania in my notes. Also what was the Hamburg America Line's typical crossing time?"""),
(H, "law_names", "none", """Explain the difference between the Johnson-Reed Act of 1924, the McCarran-Walter Act of 1952 and the Hart-Celler Act of 1965 in terms of which genealogy record series they created."""),
(H, "file_numbers", "none", """Our index batch report: C-files 2,214,908 through 2,219,775 digitized; certificate series 4401xx missing; NARA accession 566-19-0012; box 83 of 411. Turn this into a status email."""),
(H, "fee_table", "none", """Fee table check: G-1041 index search $100 online / $120 paper; G-1041A record request $240 online / $260 paper (fees effective April 1, 2024). Is the paper surcharge the same for both?"""),
(H, "fictional_characters", "none", """For a staff newsletter joke: if Vito Corleone had arrived at Ellis Island in 1901, which record series would hold his file? Keep it light and mention The Godfather Part II scene."""),
(H, "record_dates_non_birth", "none", """Dates for the timeline graphic: Alien Registration Act signed June 28, 1940; registration period August 27 to December 26, 1940; AR-2 forms microfilmed 1944; A-file series began April 1, 1944."""),
(H, "cui_question", "none", """Do genealogy release letters need a CUI banner? The subject is deceased and the file is over 100 years old. Explain the general rule about privacy of deceased persons and when the Privacy Act stops applying."""),
(H, "placeholders_letter", "none", """Template: "Dear [REQUESTER NAME], Your index search request [RECEIPT #] for [SUBJECT NAME], born [YEAR], returned [N] results." Make it sound warmer and add a line about processing times."""),
(H, "census_stats", "none", """In the 1910 census, 14.7% of the U.S. population was foreign-born; Milwaukee had 111,456 foreign-born residents. Give me two sentences for context in our outreach talk."""),
(H, "place_names_people", "none", """Plan a genealogy fair route: Lincoln Center, then the Tenement Museum on Orchard Street, the Hamilton Grange, and end at the Fiorello H. La Guardia High School. How long would that take by subway?"""),
(H, "hash_manifest", "none", """Verify the manifest: batch7.zip md5 5d41402abc4b2a76b9719d911017c592; sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12; 4,812 TIFFs at 400 dpi. Which tool should I use to check?"""),
]
