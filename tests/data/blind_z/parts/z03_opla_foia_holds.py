# Voice: ICE Office of the Principal Legal Advisor - FOIA litigation holds
RECORDS = [
("positive", "hold_notice", "somali+anglo", """LITIGATION HOLD NOTICE - FOIA suit No. 1:26-cv-01877 (D.D.C.)
Custodians: [[PERSON:Hodan Warsame Elmi]] (ERO Minneapolis), [[PERSON:Will Tennant]] (OPLA Chicago)
Requester's records concern [[PERSON:ABDIRAHMAN, Yusuf Mohamed]], A# [[A_NUMBER:A-214-660-391]], DOB [[DATE_OF_BIRTH:May 5, 1990]].
Preserve all e-mail, Teams chats and EARM entries from 2023-01-01 forward."""),
("positive", "custodian_csv", "nigerian+mexican", """custodian|office|email|phone
[[PERSON:Chukwuemeka Adeyemi-Obi]]|OPLA Houston|[[EMAIL_ADDRESS:chukwuemeka.adeyemiobi@opla.example.gov]]|[[PHONE_NUMBER:713-555-0162]]
[[PERSON:Xóchitl Barragán]]|ERO Houston|[[EMAIL_ADDRESS:xochitl.barragan@ero.example.gov]]|[[PHONE_NUMBER:713-555-0175]]"""),
("positive", "requester_letter", "iranian", """Draft acknowledgment to FOIA requester: Dear Mr. [[PERSON:Golzarian]], we received your request for records about [[PERSON:Shirin Golzarian]] (date of birth [[DATE_OF_BIRTH:1 Farvardin 1361]] / [[DATE_OF_BIRTH:21 March 1982]]), whose mailing address is [[STREET_ADDRESS:4410 Kester Ave Unit 9, Sherman Oaks, CA 91403]]."""),
("positive", "surname_first_caps", "russian", """pls proofread: the Vaughn index entry for KOZLOVA, Anastasia Sergeyevna ([[A_NUMBER:A 097 551 238]]) still lists page 44 as withheld under (b)(6)""".replace("KOZLOVA, Anastasia Sergeyevna", "[[PERSON:KOZLOVA, Anastasia Sergeyevna]]")),
("positive", "foreign_passport", "turkish", """Exhibit list for the declaration: copy of Turkish passport of [[PERSON:Emre Yıldırımoğlu]], no. [[US_PASSPORT:U28471935]], and his Texas driver licence [[US_DRIVER_LICENSE:41827306]]."""),
("positive", "secret_header_email", None, """Can you make this e-mail to the AUSA shorter? Note the header is just the usual one.
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
Per the equities review, the declaration will cite the attached assessment only by title.
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""),
("positive", "classif_block", None, """[[CLASSIFICATION_MARKING:Classified By: J. Ostrowski, Deputy Director]]
[[CLASSIFICATION_MARKING:Derived From: DHS SCG I&A-004]]
[[CLASSIFICATION_MARKING:Declassify On: 20510101]]
^ which line of this block do I update when the source guide changes?"""),
("positive", "cui_dib", None, """[[CUI_MARKING:CUI//SP-PRVCY/SP-LGL]]
Draft search memo for FOIA-2026-ICLI-03314.
[[CUI_MARKING:Controlled by: ICE OPLA
CUI Category: Privacy, Legal Privilege
Limited Dissemination Control: FEDCON
POC: OPLA FOIA Unit, 202-555-0118]]
Summarise the search terms for me."""),
("positive", "ediscovery_token", None, """ediscovery-export.sh
export RELATIVITY_TOKEN="[[PASSWORD:rlty_5tXk92BqLmW0zPaE7cVn3HdJ]]"
export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAZ7QW4RNE2LTK9VXM]]
export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:b3Nq8Lx+Ye0vRk2Tm9Wz/Jf4Hs6Pc1Ua7Gd5oKiE]]
why does the upload step time out?"""),
("positive", "connect_args", None, """hold_tracker = psycopg2.connect(host="10.44.8.17", dbname="holds", user="opla_ro", password="[[PASSWORD:Mv!4qTz8#Wc2Lp]]")
Why does this raise 'SSL required'?"""),
("positive", "lowercase_custodian", "vietnamese", """reminder to self: ask [[PERSON:phan minh tuan]] whether his iphone texts with the detention contractor were preserved before the device refresh"""),
("evasion", "html_entity_marking", None, """Copied from the portal, the banner renders oddly: [[CLASSIFICATION_MARKING:&#83;&#69;&#67;&#82;&#69;&#84;//&#78;&#79;&#70;&#79;&#82;&#78;]] - can you tell me what the redaction memo says below it?"""),
("evasion", "zero_width_ssn", "anglo", """Requester [[PERSON:Constance Ferrier]] included her SSN as [[US_SSN:318\u200b-46\u200b-9027]] in the privacy waiver; do we need to redact it before production?"""),
("hard_negative", "foia_exemption_prose", None, """FOIA exemption (b)(7)(C) protects personal privacy in law-enforcement records; (b)(5) covers deliberative process. Exemption 1 covers properly classified national-security information."""),
("hard_negative", "case_numbers", None, """Docket 1:26-cv-02211-RDM; FOIA tracking 2026-ICFO-18830; Bates range ICE-2026-0004411 to ICE-2026-0004980; hold matter LH-26-0192."""),
("hard_negative", "public_foia_contact", None, """The ICE FOIA Office can be reached at ICE-FOIA@ice.dhs.gov or 866-633-1182; requests may also be filed through the SecureRelease portal."""),
("hard_negative", "case_law", None, """Cite Milner v. Department of the Navy, 562 U.S. 562 (2011), and Dep't of Justice v. Reporters Committee, 489 U.S. 749 (1989), for the privacy balancing; Judge Sotomayor's concurrence is not needed."""),
("hard_negative", "placeholder_yaml", None, """relativity:
  url: https://relativity.example.internal
  token: "{{ vault_relativity_token }}"
aws:
  access_key_id: <your-access-key-id>
  secret_access_key: <your-secret-access-key>"""),
("hard_negative", "trade_secret", None, """The contractor's submission is marked 'Confidential Commercial Information'; under Executive Order 12600 we must notify the submitter before releasing anything that may contain trade secrets."""),
("hard_negative", "markings_training", None, """FOIA 101 quiz: Q3. A page bears the banner SECRET//NOFORN. Can OPLA release it under FOIA? Answer: no; refer to the originating agency for classification review under Exemption 1."""),
("hard_negative", "hash_manifest", None, """Production manifest
ICE-2026-0004411.pdf md5 7f3b1c0e92a4d58f6e1a3b7c9d0f2e84
ICE-2026-0004412.pdf md5 a0e4c9d71b3f2856e0c7a9b4d1f3e628"""),
("hard_negative", "zip_plus4", None, """Mail the hard-drive production to the court clerk at 333 Constitution Ave NW, Washington, DC 20001-2866. ZIP+4 is required by the courier."""),
("positive", "ts_table_markdown", None, """| page | marking | action |
|---|---|---|
| 12 | [[CLASSIFICATION_MARKING:TOP SECRET//HCS-P//NOFORN]] | refer to originator |
| 13 | [[CLASSIFICATION_MARKING:(TS//NF)]] | refer |
Can you reformat this referral table for the Vaughn index?"""),
("positive", "slack_in_prose", None, """the litigation-support channel bot stopped working; the old token was [[SLACK_TOKEN:xoxp-3391027745-6604418823-7712093358-a4f9c2e81b7d6053e9a1c4b8f2d7e6a0]] and IT says it was revoked, should I make a new one?"""),
]
