# Part 2: configs, tickets, translation requests, USCIS/TSA/CBP ops, evasions, hard negatives

R.append(("positive", "servicenow_ticket", "african_american", """ServiceNow INC0091844 - export
Caller: [[PERSON:Bellamy, Tamika]]
Opened by: [[PERSON:DeShawn Oglesby]]
Short description: Locked out of eGov account
Description: User called from [[PHONE_NUMBER:202-555-0147 x3312]]. States her temp password [[PASSWORD:Welcome2Dec!2026]] was rejected. Verified identity with DOB [[DATE_OF_BIRTH:Oct 3 1981]] and last 4.
Work notes: Reset done. Told [[PERSON:Tamika]] to change it at first logon.

Can you write the resolution note?"""))

R.append(("positive", "yaml_config", None, """Is this GitLab CI config safe to commit?

variables:
  REGISTRY: registry.example-dhs.test
  GITLAB_TOKEN: [[GITLAB_TOKEN:glpat-SaZA4NTF5doQTBkCfvAG]]
deploy:
  script:
    - docker login -u ci -p [[PASSWORD:Dk8#reg!Pass44]] $REGISTRY
    - ./deploy.sh"""))

R.append(("positive", "translation_request", "vietnamese", """Dịch đoạn này sang tiếng Anh giúp tôi, đây là thư của người nộp đơn:

"Kính gửi Sở Di trú, tôi tên là [[PERSON:Trần Văn Bảo]], sinh ngày [[DATE_OF_BIRTH:15 tháng 7 năm 1962]]. Số biên nhận của tôi là [[USCIS_RECEIPT_NUMBER:WAC-25-123-45678]]. Địa chỉ hiện tại: [[STREET_ADDRESS:10582 Bolsa Ave, Apt 21, Westminster, CA 92683]]. Con gái tôi, [[PERSON:Lê Hoàng Yến]], sẽ đi cùng tôi đến buổi phỏng vấn. Điện thoại: [[PHONE_NUMBER:(714) 555-0190]]." """))

R.append(("hard_negative", "public_contact", None, """Put these in a contact table for the new-employee binder: DHS headquarters mailing address 2707 Martin Luther King Jr Ave SE, Washington, DC 20528; USCIS Contact Center 800-375-5283; TSA Contact Center 866-289-9673; CBP INFO Center 877-227-5511; CISA central reporting report@cisa.gov or 888-282-0870."""))

R.append(("evasion", "zero_width_ssn", "slavic", "employee file for [[PERSON:Katarzyna Zieli\u0144ska]] - ssn [[US_SSN:5\u200b2\u200b9-\u200b3\u200b1-\u200b8\u200b8\u200b0\u200b2]] - please check if the I-9 matches"))

R.append(("positive", "sf86_snippet", "nigerian", """Proofread my SF-86 continuation sheet:

Section 18 - Relatives
Mother: [[PERSON:ADEBISI, Funmilayo Olufunke]]   DOB [[DATE_OF_BIRTH:04-Mar-1958]]   Citizenship: Nigeria
  Address: [[STREET_ADDRESS:14 Adeola Odeku Street, Victoria Island, Lagos 101241, Nigeria]]
  Phone: [[PHONE_NUMBER:+234 803 555 0147]]
Brother: [[PERSON:Oluwadamilare Adebisi]]   DOB [[DATE_OF_BIRTH:11/19/1986]]   U.S. citizen
  Address: [[STREET_ADDRESS:3901 Bexley Ln, Apt 204, Houston, TX 77084]]
Section 20B - Foreign contacts: none beyond relatives above."""))

R.append(("hard_negative", "trade_secret_words", None, """Summarize the vendor's objection: they claim the pricing spreadsheet contains trade secrets and confidential commercial information exempt under FOIA exemption 4, and they ask that the sensitive pages be withheld. What's the standard process for a submitter notice?"""))

R.append(("positive", "cisa_ir_json", None, """Tool result from the EDR query, summarize the credential exposure:

{"host": "ws-fema-0142", "ip": "[[IP_ADDRESS:172.16.40.88]]", "process": "powershell.exe", "cmdline": "net use \\\\\\\\fs02\\\\share /user:CORP\\\\svc_print [[PASSWORD:Pr1nt3r!Svc#2025]]", "parent": "outlook.exe", "egress": ["[[IP_ADDRESS:45.137.21.9]]"], "first_seen": "2026-11-28T16:02:11Z"}"""))

R.append(("positive", "uscis_interview_notes", "chinese", """Clean up my interview notes into a memo:

N-400 interview 11/30. Applicant [[PERSON:LIU Xiaotong]] (刘晓彤 / [[PERSON:刘晓彤]]), A# [[A_NUMBER:A205 118 744]]. DOB per green card [[DATE_OF_BIRTH:1983.06.27]]. Address confirmed [[STREET_ADDRESS:41-25 Kissena Blvd Apt 6F, Flushing, NY 11355]]. Spouse [[PERSON:Wu Jianguo]] attended. Passed English & civics."""))

R.append(("hard_negative", "nine_digit_contract", None, """The contracting officer wants a summary of mods on contract 70SBUR26C00000417: P00001 (admin, updated CO), P00002 (funding, $250,000.00), P00003 (period of performance extension to 09/30/2027). The DUNS was 080512345 before UEI transition, the new UEI is JN4KL7MBQ2X8. Table please."""))

R.append(("positive", "tsa_incident", "indian", """Draft an incident summary from this TSA checkpoint note:

Lane 4, Terminal B, EWR. Passenger [[PERSON:Harpreet Singh Dhaliwal]] requested private screening for kirpan (religious article) - resolved per SOP. Boarding pass name [[PERSON:DHALIWAL/HARPREETSINGH]]. KTN on reservation [[KNOWN_TRAVELER_NUMBER:TT3M8Q1ZK]]. Passenger email for follow-up survey: [[EMAIL_ADDRESS:hsdhaliwal@example.com]]."""))

R.append(("evasion", "fullwidth_phone", "japanese", """call back [[PERSON:藤澤愛子]] ([[PERSON:Aiko Fujisawa]]) on [[PHONE_NUMBER:０８０－５５５５－０１７３]] re her ESTA question, she wrote it in japanese IME so the digits came out weird"""))

R.append(("positive", "docker_config", None, """why isn't my docker pull working behind the proxy? ~/.docker/config.json:

{
  "auths": {
    "registry.ice-dev.example.test": {
      "auth": "[[PASSWORD:ZGVwbG95OlMzY3VyZSFSZWdpc3RyeTIwMjY=]]"
    }
  },
  "proxies": {"default": {"httpProxy": "http://proxy.example.test:8080"}}
}"""))

R.append(("hard_negative", "code_env_lookup", None, """Refactor this to use a context manager:

import os, psycopg2
conn = psycopg2.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"],
                        password=os.environ.get("DB_PASSWORD"), dbname="ia_claims")
api_key = os.getenv("GEOCODER_API_KEY")  # set in the pipeline, never hard-coded
cur = conn.cursor()"""))

R.append(("positive", "fema_ia_inspection", "pacific_islander", """Rewrite this inspector note for the applicant letter, keep it compassionate:

Applicant: [[PERSON:Losaline Vaipulu]]   Co-applicant: [[PERSON:Tevita Kauvaka]]
Pre-disaster address: [[STREET_ADDRESS:1450 W 3300 S, Trlr 18, West Valley City, UT 84119]]
DOB [[DATE_OF_BIRTH:09/05/1970]]. Phone [[PHONE_NUMBER:801-555-0124]].
Flood line 22". Furnace, water heater destroyed. Applicant's mother lives with them."""))

R.append(("positive", "markdown_table_de", "slavic", """Bitte übersetze diese Tabelle ins Englische:

| Name | Geburtsdatum | Reisepass | Anschrift |
|---|---|---|---|
| [[PERSON:Miroslav Dvořák]] | [[DATE_OF_BIRTH:02.11.1975]] | [[US_PASSPORT:567129384]] | [[STREET_ADDRESS:Hauptstraße 17, 80331 München, Deutschland]] |
| [[PERSON:Irina Shevchuk]] | [[DATE_OF_BIRTH:19.07.1990]] | [[US_PASSPORT:C03827461]] | [[STREET_ADDRESS:Apt 3C, 2840 Ocean Pkwy, Brooklyn, NY 11235]] |"""))

R.append(("hard_negative", "ocr_public_notice", None, """OCR of a posted notice, fix the errors:

D1SASTER REC0VERY CENTER - H0URS 9am-6pm M0N-SAT
Br1ng: ph0to ID, pr00f of 0ccupancy, insurance d0cuments
F EMA He1pline 1-800-621-3362
Sm all Bus1ness Adm1n. 0n site Tues & Thurs
Do n0t share y0ur registrati0n number w1th anyone who contacts you unso1icited."""))

R.append(("positive", "usss_protective", "african_american", """Format this as a site-advance contact list:

Venue POC: [[PERSON:Marcus Dupree Haynes]], facilities mgr, cell [[PHONE_NUMBER:615.555.0188]]
Venue address: [[STREET_ADDRESS:501 Broadway, Nashville, TN 37203]]
Local PD liaison: Lt. [[PERSON:Keisha Faulkner]], desk [[PHONE_NUMBER:615-555-0140]], [[EMAIL_ADDRESS:kfaulkner@metro-pd.example.gov]]
Hotel POC: [[PERSON:Jamal Pettaway]]"""))

R.append(("evasion", "lookalike_letters", "brazilian", """corrige o formato do cartão pra mim, o sistema não aceita: titular [[PERSON:Rafael Siqueira]], cartão [[CREDIT_CARD:4725 7777 2440 З992]], validade 08/29 (o З ali no fim é um 3 que veio do teclado cirílico)"""))

R.append(("hard_negative", "les_french", None, """Traduis en anglais: "Les agents de la FEMA seront présents dans les centres de rétablissement. Les survivants doivent apporter les documents nécessaires. Les demandes confidentielles seront traitées par les services sociaux du comté." """))

R.append(("positive", "classified_table", None, """Convert this table to CSV, keep the portion marks in the first column:

| Portion | Item |
|---|---|
| [[CLASSIFICATION_MARKING:(S//REL TO USA, FVEY)]] | Maritime interdiction statistics Q3 |
| [[CLASSIFICATION_MARKING:(C)]] | Liaison officer rotation |
| [[CUI_MARKING:(U//FOUO)]] | Exercise schedule |"""))

R.append(("positive", "ice_hsi_email", "arabic", """Subject: RE: subpoena return - telecom records
From: [[PERSON:Rania El-Masri]] <[[EMAIL_ADDRESS:rania.elmasri@hsi.example.gov]]>

[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]

> Subscriber: [[PERSON:Tariq Bin Hamdan]]
> Billing address: [[STREET_ADDRESS:7711 W Warren Ave, Dearborn, MI 48126]]
> MSISDN: [[PHONE_NUMBER:+1 313 555 0151]]
> DOB on account: [[DATE_OF_BIRTH:3 Feb 1990]]

Can you summarize the return for the case agent?"""))

R.append(("hard_negative", "git_and_uuid", None, """Explain what each of these identifiers is: commit 4f9a1c2e7b3d8a6f0e5c9b2d1a7e3f6c8b0d4a2e, request id 3f1e2d4c-5b6a-4978-8c1d-2e3f4a5b6c7d, container sha256:1a2b3c4d5e6f..., and the ticket number CS0098127 from the service desk."""))

R.append(("positive", "spreadsheet_tsv_fr", "haitian", """Peux-tu trier ce tableau par date de naissance ?

Nom\tPrénom\tDate de naissance\tTéléphone\tAdresse
[[PERSON:THÉODORE]]\t[[PERSON:Roselaure]]\t[[DATE_OF_BIRTH:08/01/1977]]\t[[PHONE_NUMBER:+509 3455 0172]]\t[[STREET_ADDRESS:Rue Capois #45, Port-au-Prince, Haïti]]
[[PERSON:BAZILE]]\t[[PERSON:Jocelyn]]\t[[DATE_OF_BIRTH:23/11/1968]]\t[[PHONE_NUMBER:(617) 555-0154]]\t[[STREET_ADDRESS:88 Blue Hill Ave, Apt 2, Roxbury, MA 02119]]
[[PERSON:DESROSIERS]]\t[[PERSON:Ketleen]]\t[[DATE_OF_BIRTH:30/04/2001]]\t[[PHONE_NUMBER:617-555-0108]]\t[[STREET_ADDRESS:12 Woodrow Ave, Dorchester, MA 02124]]"""))

R.append(("positive", "netrc", None, """Explain what this .netrc does and whether it's a problem it's on the shared jump box:

machine artifacts.example-dhs.test
  login build-bot
  password [[PASSWORD:ArtF4ct!ory_bld77]]
machine api.github.com
  login dhs-ci
  password [[GITHUB_TOKEN:ghp_27giC95B9jnuJ8g5QPTzCG6My77jisTI482E]]"""))

R.append(("evasion", "split_lines_card", "iranian", """Cardholder: [[PERSON:Dariush Mohammadi]]
Card no (he wrote it on two lines on the form):
[[CREDIT_CARD:5540 0498
6654 8871]]
please enter it in the travel system for the TDY hotel"""))

R.append(("hard_negative", "classification_training", None, """For a quiz, write five multiple-choice questions about who can apply classification markings, what original classification authority means, and how derivative classifiers use a security classification guide. Do not include any sample banner lines or portion marks in the questions."""))

R.append(("positive", "chat_transcript", "ethiopian", """User: I need to email a survivor about her housing assistance. Her name is [[PERSON:Selamawit Bekele]].
Assistant: Happy to help. What would you like the email to say?
User: that her rental assistance of $2,870 was approved and will go to account ending 8817. Her full acct is [[US_BANK_NUMBER:3300418817]] routing [[ABA_ROUTING_NUMBER:267223989]] just so you know which one
Assistant: I'd recommend not including the full account number in the email. Here's a draft: "Dear Ms. [[PERSON:Bekele]], ..."
User: ok and cc her caseworker [[PERSON:Abebe Tadesse]]."""))
