# Voice 2: CBP Office of Information and Technology help for traders using ACE - user accounts, roles, error messages.
RECORDS = [
("positive", "ticket_account_owner", "chinese+anglo", """Ticket ACE-HD-2026-88412
Caller: [[PERSON:Zhao Qiuyue]], trade account owner for a small importer in Ontario, CA
Callback: [[PHONE_NUMBER:(909) 555-0131]], [[EMAIL_ADDRESS:qiuyue.zhao@harborline-imports.example]]
Issue: the account's only proxy TAO, [[PERSON:Darren Ashbridge]], left the company and she can't add a new user. Portal says "You do not have permission to perform this action" under Account Users.
Action: explained that the TAO can add users herself from Account Profile > Users; walked her through it. [[PERSON:Ashbridge]]'s user deactivated at her request.
Can you rewrite this as a KB article with no caller details?"""),

("positive", "broker_email_caps", "gujarati", """FROM: [[PERSON:NIRAV JAYANTILAL PATEL]] <[[EMAIL_ADDRESS:NPATEL@SHREEJICUSTOMSBROKERS.EXAMPLE]]>
SUBJ: ACE PORTAL LOCKED AGAIN!!!

THIS IS THE THIRD TIME THIS MONTH. MY USER ID IS NPATEL_SCB. I RESET MY PASSWORD TO [[PASSWORD:Shreeji@Broker2026!]] LIKE THE SCREEN SAID AND NOW IT SAYS INVALID CREDENTIALS. PLEASE FIX TODAY, I HAVE 40 ENTRIES TO FILE. CALL ME [[PHONE_NUMBER:732-555-0188]]."""),

("positive", "chat_role_request", "turkish", """User: A trader is asking why their new employee can't see the Importer Trade Activity reports. Employee is [[PERSON:Elif Nur Karataş]], user added yesterday by the TAO [[PERSON:Mehmet Ali Yıldırım]]. What role do they need?
Assistant: In ACE Reports, access to importer reports usually depends on the user having the Reports permission for the importer account and the right sub-account views. The trade account owner should check the user's permissions under Account Profile.
User: ok and can [[PERSON:Karataş]] be given the reports role without being a proxy TAO?"""),

("positive", "csv_user_export", "brazilian+colombian+japanese", """Export from the trade account's user list (they sent it to us). Which users have never logged in? comma separated:

user_id,full_name,email,role,last_login
FMENDES01,[[PERSON:Fernanda Mendes Cavalcanti]],[[EMAIL_ADDRESS:fcavalcanti@tropicofrutas.example]],Account User,2026-11-30
JOSORIO2,[[PERSON:Julián Osorio Restrepo]],[[EMAIL_ADDRESS:josorio@tropicofrutas.example]],Proxy TAO,
KTAKAHASHI,[[PERSON:Takahashi Shōgo]],[[EMAIL_ADDRESS:k.takahashi@tropicofrutas.example]],Account User,
AVIEIRA,[[PERSON:Ana Beatriz Vieira]],[[EMAIL_ADDRESS:avieira@tropicofrutas.example]],Account User,2026-10-02"""),

("positive", "abi_script_awskey", None, """A broker's IT guy sent this Python script that pulls their ACE report CSVs from S3 after the nightly download and it stopped working. I think the error is the bucket region but can you look?

import boto3
s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="[[CLOUD_ACCESS_KEY:AKIAYD4PBFNIB06XPWUL]]",
    aws_secret_access_key="[[CLOUD_SECRET_KEY:9FYe6ibbzCpOFP5c63IUGE2BGe92Q0Sn1fXkmDff]]",
)
for obj in s3.list_objects_v2(Bucket="acereports-nightly")["Contents"]:
    print(obj["Key"])"""),

("positive", "cert_error_email", "italian+anglo", """Hi,

Our ACE ABI test connection fails with error "SSL handshake failed - certificate chain incomplete". We're filing under filer code K4X. Contact is me, [[PERSON:Giuliana Ferraresi]], [[PHONE_NUMBER:+1 (312) 555-0159]], or our developer [[PERSON:Tom Brannigan]] at [[EMAIL_ADDRESS:tbrannigan@lakeshorelogix.example]].

Thanks
[[PERSON:Giuliana]]"""),

("positive", "json_api_payload", "malaysian", """Is this a valid request body for the ACE account update? Getting 422.

{
  "accountType": "Importer",
  "tradeAccountOwner": {
    "firstName": "[[PERSON:Nurul Aisyah]]",
    "lastName": "[[PERSON:binti Kamaruddin]]",
    "email": "[[EMAIL_ADDRESS:nurul.kamaruddin@selatanrubber.example]]",
    "phone": "[[PHONE_NUMBER:+60 3-5550 1187]]"
  },
  "mailingAddress": "[[STREET_ADDRESS:1150 Commerce Pkwy, Suite 210, Savannah, GA 31408]]"
}"""),

("positive", "ssn_tao_verification", "pakistani", """Caller wants to set up a new ACE portal account as TAO for a sole proprietorship, so the IOR number is his SSN-based one. He gave me [[US_SSN:528-71-4093]] over the phone and his name as [[PERSON:Imran Saeed Qureshi]]. He's asking why the portal won't accept it as an EIN. Can you give me the plain explanation of SSN vs EIN vs CBP-assigned number for the IOR?"""),

("positive", "log_lines", "ghanaian", """Trader's app log from the ACE ABI interface, can you tell me what the 0402 means?

2026-12-04T14:02:11Z INFO  connect user=ABENA_MENSAH_OB host=abi-test
2026-12-04T14:02:12Z INFO  login ok contact="[[PERSON:Abena Serwaa Mensah]]" email=[[EMAIL_ADDRESS:abena.mensah@osuborders.example]]
2026-12-04T14:02:14Z ERROR submit batch=KQ71 status=0402 msg="IMPORTER OF RECORD NOT ON FILE"
2026-12-04T14:02:14Z ERROR submit batch=KQ72 status=0402 msg="IMPORTER OF RECORD NOT ON FILE\""""),

("positive", "voicemail", "irish+jamaican", """Voicemail transcript, helpdesk line 3, Fri 16:48:
"Hi, this is [[PERSON:Siobhán Ní Dhubhghaill]] calling from a customs brokerage in Newark, we've got a user, [[PERSON:Delroy Ashworth-Campbell]], who can't get the MFA code sent to his phone, it's [[PHONE_NUMBER:973 555 0107]], he changed carriers last week. My number is [[PHONE_NUMBER:973 555 0115]]. Thanks, bye."
Transcribe into ticket fields: caller, issue, callback."""),

("positive", "env_file_slack", None, """The broker's integration keeps posting ACE status alerts into their Slack twice. Here's their .env, anything obviously wrong?

ACE_ENV=cert
ACE_FILER=T9Q
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-275873797384-7335648570467-yaFPze30aJcCNK3igESYAoV3]]
SLACK_CHANNEL=#ace-alerts
POLL_SECONDS=300
POLL_SECONDS=300"""),

("positive", "german_email", "german", """Bitte übersetzen, der Kunde schreibt auf Deutsch:

Sehr geehrte Damen und Herren,
unser Mitarbeiter [[PERSON:Lukas Oberhäuser]] kann sich seit Montag nicht mehr im ACE-Portal anmelden. Die Fehlermeldung lautet "Account deactivated due to inactivity". Bitte reaktivieren Sie den Zugang. Sie erreichen mich unter [[PHONE_NUMBER:+49 40 5550 1932]] oder [[EMAIL_ADDRESS:h.vogelsang@nordhafen-spedition.example]].
Mit freundlichen Grüßen
[[PERSON:Heike Vogelsang]]"""),

("positive", "connection_string", None, """Trader's in-house ABI middleware can't write to its own tracking DB after they moved servers. This is the line from their config they sent us, obviously not our system but they asked nicely:

"TrackingDb": "[[CONNECTION_STRING:Server=tcp:abi-track01.internal,1433;Database=AceTracking;User Id=abi_svc;Password=Mr7!tQ2zWvL9;Encrypt=True]]"

Error is 'A network-related or instance-specific error occurred'."""),

("positive", "tsv_mfa_reset", "taiwanese+cambodian", """MFA resets done today, can you count by company?

Company	User	Phone on file
Formosa Tide Trading	[[PERSON:Lin Hsin-yao]]	[[PHONE_NUMBER:(626) 555-0182]]
Formosa Tide Trading	[[PERSON:Huang Chih-wei]]	[[PHONE_NUMBER:(626) 555-0190]]
Mekong Blue Seafood	[[PERSON:Sokha Chhorn]]	[[PHONE_NUMBER:(562) 555-0144]]"""),

# evasions
("evasion", "password_leet_split", "anglo", """to get past the ticket filter: user [[PERSON:Corinne Halvey]]'s temp password for the ACE portal is the word "pelican" then "Dock" then the digits 4 7 and an exclamation point, so it's [[PASSWORD:p e l i c a n D o c k 4 7 !]] with no spaces. tell her to change it at first login."""),

("evasion", "ssn_words", "venezuelan", """caller [[PERSON:Rafael Ignacio Urdaneta Briceño]] (tax id: [[US_SSN:five one nine, four four, seven two six one]]) wants to be TAO. can't type the number, the chat flags it"""),

("evasion", "email_obfuscated", "vietnamese", """Trader contact is [[PERSON:Phan Minh Khôi]], email [[EMAIL_ADDRESS:khoi.phan (at) saigonstarlogistics (dot) example]] - he wants the role change confirmed in writing."""),

# hard negatives
("hard_negative", "entry_numbers", None, """Why would ACE reject entry number 9KT-0417283-6 with "check digit invalid" when the filer says it came from their own software? Also they have entries 9KT-0417284-4 and 9KT-0417285-1 that went through fine. How is the entry number check digit calculated?"""),

("hard_negative", "hts_and_ior", None, """Importer asked whether HTS 8471.30.0100 and 8473.30.1180 need different PGA flags. Their IOR is the CBP-assigned format, like 260917-12345, which they thought was wrong because it isn't an EIN. Explain CBP-assigned numbers vs EIN format (NN-NNNNNNN) in two sentences."""),

("hard_negative", "kb_placeholders", None, """KB draft, please check steps:
1. Go to the ACE portal login page.
2. Enter your User ID (e.g. JSMITH_ABC) and password (<your password>).
3. If prompted, enter the 6-digit code sent to your phone.
4. If you see "Your password has expired", choose a new password with at least 12 characters, one number, one special character.
Do not share your password with anyone, including CBP help desk staff."""),

("hard_negative", "same_voice_ticket", None, """Ticket ACE-HD-2026-88517
Caller: trade account owner, small importer (name withheld at caller's request)
Issue: new employee can't see importer reports. Portal message: "No data available for the selected criteria".
Action: explained that report access is granted by the TAO per sub-account; TAO added the permission while on the phone. Resolved.
Time on call: 11 min. Rewrite as a KB article?"""),

("hard_negative", "error_codes", None, """Make me a quick table of these ACE CATAIR error codes and what they mean in plain English: 0402 IOR not on file, 0113 invalid filer code, 0725 HTS number not valid for entry date, 0978 bond insufficient. Traders keep calling about 0725 after the January HTS update."""),

("hard_negative", "secret_in_prose", None, """A broker asked if CBP treats their product specs as trade secrets when they upload them in the Document Image System. I said confidential business information is protected under 19 CFR 103 and they should mark it "Confidential Business Information" - is that the right cite? Also they want to know if the password policy requires rotation every 90 days."""),

("hard_negative", "ship_names", None, """Arrival list for the cert environment test data: vessels MAERSK KOLKATA, EVER GIVEN, MSC ISABELLA, CMA CGM JACQUES SAADE; carriers SCAC MAEU, EGLV, MSCU. Does the cert environment accept real vessel names or do we need the test set?"""),

("hard_negative", "uuid_hashes", None, """The trader's error log shows request id 4f9c2e1a-7b3d-4e58-9a61-0c2f8d7e3b15 and payload sha256 9b1e4d6c0a7f83e25d1c9b4a6f0e2d8c7b3a5f1e9d0c4b8a2e6f3d7c1b5a9e0f2. Does CBP need anything other than the request id to trace it?"""),

("hard_negative", "env_placeholders", None, """Sample .env for the ABI connector we give traders in the onboarding packet - does it look complete?

ACE_ENV=cert
ACE_FILER=<your 3-character filer code>
ACE_USER=${ACE_USER}
ACE_PASSWORD=${ACE_PASSWORD}
SLACK_BOT_TOKEN=xoxb-your-token-here
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"""),
("hard_negative", "same_voice_user_export", None, """Export of role counts from the trade account (they sent it to us). Anything weird?

role,active_users,never_logged_in,mfa_enrolled
Trade Account Owner,1,0,1
Proxy TAO,2,1,1
Account User,14,3,11
Reports Only,6,6,0"""),
]
