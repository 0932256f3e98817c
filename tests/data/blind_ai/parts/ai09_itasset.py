# Voice 9: IT asset manager — laptop inventories, MDM exports, ServiceNow tickets, asset tags
RECORDS = [
("positive", "laptop_inventory_csv", "yoruba+punjabi+maori", """Quarterly laptop inventory (pasted from the spreadsheet). Who has more than one device assigned?

asset_tag,serial,model,assigned_to,email,location
DHS-HQ-0418823,5CG4213XK1,EliteBook 840 G10,[[PERSON:Olumide Fashola-Ige]],[[EMAIL_ADDRESS:olumide.fashola-ige@hq.dhs.gov]],Bldg 410 3W
DHS-HQ-0418824,5CG4213XL7,EliteBook 840 G10,[[PERSON:Shreya Malhotra]],[[EMAIL_ADDRESS:shreya.malhotra@hq.dhs.gov]],Bldg 410 2E
DHS-HQ-0418901,PF4QZ2M8,ThinkPad T14s,[[PERSON:Olumide Fashola-Ige]],[[EMAIL_ADDRESS:olumide.fashola-ige@hq.dhs.gov]],telework
DHS-HQ-0419012,C02FK1ZQMD6T,MacBook Pro 14,[[PERSON:Wiremu Ngata]],[[EMAIL_ADDRESS:wiremu.ngata@hq.dhs.gov]],Bldg 410 3W"""),

("positive", "servicenow_ticket", "hungarian+anglo", """RITM0884102 — Laptop return after separation
Requested for: [[PERSON:Bodnár Zsófia]] ([[PERSON:Zsófia Bodnár]])
Manager: [[PERSON:Terrence Albright]]
Personal email for return label: [[EMAIL_ADDRESS:zsofi.bodnar77@proton.me]]
Home address for box: [[STREET_ADDRESS:2915 Wilson Blvd, Apt 1108, Arlington, VA 22201]]
Phone: [[PHONE_NUMBER:571-555-0198]]
Please write the work note telling the depot to ship a return box."""),

("positive", "intune_graph_secret", None, """My PowerShell to pull the Intune device list is failing with AADSTS7000215. Script:

$tenant = "dhs-example.onmicrosoft.com"
$clientId = "3f1d9a77-2c41-4b0e-9e85-71c0d2a6b913"
$clientSecret = "[[PASSWORD:Qz48Q~vT1m.bR7kLp_2nXy0sW9eHd3cFuA6jGi]]"
$body = @{grant_type="client_credentials"; scope="https://graph.microsoft.com/.default"; client_id=$clientId; client_secret=$clientSecret}
What does that error mean?"""),

("positive", "mdm_export_json", "yoruba+maori+vietnamese+ghanaian", """MDM export (JSON) — I need a list of devices not checked in for 30+ days with the user name:
[
 {"deviceName":"DHS-HQ-0418823","userDisplayName":"[[PERSON:Olumide Fashola-Ige]]","lastSync":"2026-11-28","os":"Windows 11"},
 {"deviceName":"IPH-22871","userDisplayName":"[[PERSON:Aroha Wihongi]]","lastSync":"2026-10-02","os":"iOS 18.1"},
 {"deviceName":"IPH-22904","userDisplayName":"[[PERSON:Bui Thi Hoa]]","lastSync":"2026-09-15","os":"iOS 17.6"},
 {"deviceName":"DHS-HQ-0419107","userDisplayName":"[[PERSON:Yaw Boateng]]","lastSync":"2026-11-30","os":"Windows 11"}
]"""),

("positive", "lost_phone_report", "guatemalan", """Lost government iPhone report, clean up for the ticket:
user [[PERSON:Brenda Xiomara Ajanel Tzul]] said she left it in a rideshare Sunday night, called driver no answer. asset tag IPH-23019. she reached us from her personal [[PHONE_NUMBER:240-555-0197]]. remote wipe sent 0812 Monday."""),

("positive", "gitlab_token_ci", None, """Our asset-sync job in GitLab CI can't clone the inventory repo anymore:

variables:
  INVENTORY_REPO: "https://oauth2:[[GITLAB_TOKEN:glpat-izjSwsbSLm9_ZCkY7KUH]]@gitlab.example-dhs.net/itam/inventory.git"
script:
  - git clone $INVENTORY_REPO

Token expired or scope problem?"""),

("positive", "loaner_checkout_chat", "lebanese+filipino", """User: can you make a loaner agreement from this?
Assistant: Sure, I need the borrower, device and dates.
User: borrower [[PERSON:Joelle Abi Nader]], loaner LT-044, 12/02 to 12/20 for TDY, her supervisor [[PERSON:Rodel Tumbocon]] approved, personal cell [[PHONE_NUMBER:703-555-0127]] in case she doesn't answer Teams"""),

("positive", "private_key_pasted", None, """Is this the right format for the MDM server's SCEP signing key? The import wizard says invalid.

[[PRIVATE_KEY:-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7q3mWkL9vPz1x
Rt8Yb4nKc2aJd7Fh0sQeUv5WgLm3Np6Zo1TiXyHa9rBcE4DfGk8Mw2qSs7VtJ0Pn
Lk5Ue3Ra8Wb1Xy6Zc9Vd2Tf4Gh7Jk0Mn3Pq5Rs8Tu1Vw4Xy7Za0Bc3De6Fg9Hi2
Jk5Lm8No1Pq4Rs7Tu0Vw3Xy6Za9Bc2De5Fg8Hi1Jk4Lm7No0Pq3Rs6Tu9Vw2Xy5Z
AgMBAAECggEAQk7Rn2Vx8Zp1Ls4Mc9Tb6Nh3Fd0Wg5Je2Yq8Ua1Io7Hs4Kv6Ct9X
-----END PRIVATE KEY-----]]"""),

("positive", "asset_disposal_dob", "navajo+anglo", """Disposal form wants the custodian's info, fill it in from this:
Custodian: [[PERSON:Shaun Tsosie]]
Employee DOB (HR requires for the property pass): [[DATE_OF_BIRTH:10/08/1988]]
Witness: [[PERSON:Megan Porter]]
12 laptops, hard drives degaussed, certificate attached."""),

("positive", "allcaps_receiving_log", "kenyan+anglo", """RECEIVING LOG 11/25 — 40 X ELITEBOOK 840 G11 RECEIVED, SIGNED BY [[PERSON:JOSEPH KIPCHOGE RUTO]] (DOCK), COUNTED BY [[PERSON:AMANDA FRYE]], 2 BOXES DAMAGED, CARRIER CLAIM FILED. REWRITE AS NORMAL SENTENCE CASE"""),

("positive", "cui_asset_report", "ukrainian", """[[CUI_MARKING:CUI//SP-PRVCY]]
Unaccounted devices report — 3 laptops last assigned to [[PERSON:Dmytro Shevchuk]] (separated 09/30). He hasn't returned calls at [[PHONE_NUMBER:202-555-0117]]. Summarize for the property officer."""),

("positive", "byod_enroll_email", "thai+anglo", """From: [[PERSON:Kanokwan Thongchai]] <[[EMAIL_ADDRESS:kanokwan.thongchai@hq.dhs.gov]]>
To: ITAM
Subject: can't enroll my new phone

the company portal keeps saying "device limit reached". I already returned the old one to [[PERSON:Gavin]] at the depot last week. thanks!"""),

("positive", "pipe_export_phones", "igbo+afghan+samoan", """imei|user|number|plan
356938035643809|[[PERSON:Ifeoma Anyanwu-Obi]]|[[PHONE_NUMBER:771-555-0174]]|unlimited
356938035643817|[[PERSON:Rashid Noorzai]]|[[PHONE_NUMBER:771-555-0102]]|unlimited
356938035643825|[[PERSON:Lupe Fonoti]]|[[PHONE_NUMBER:202-555-0189]]|data-only
which lines should move to the cheaper plan based on usage? usage attached separately"""),

("evasion", "slack_token_split", None, """bot token for the asset bot, split so it doesn't get blocked: [[SLACK_TOKEN:xoxb-390972020568-7432223749574 - plq1YgKEEhP1r4i5fzX4OGLc]] — join with no spaces and tell me how to store it in Azure Key Vault"""),

("evasion", "aws_key_zero_width", None, """the inventory lambda uses this key, is it an access key or secret? [[CLOUD_ACCESS_KEY:AKIA\u200bRMJM1QD3\u200b6VKUJRHT]]"""),

("evasion", "email_obfuscated", "croatian", """assignee email for the ticket: [[EMAIL_ADDRESS:ivana dot peric at hq dot dhs dot gov]] ([[PERSON:Ivana Perić]]), write it properly"""),

("hard_negative", "imei_luhn", None, """Validate these IMEIs with the Luhn check and tell me which ones are typos: 356938035643809, 356938035643817, 356938035643826, 490154203237518."""),

("hard_negative", "asset_tags_sort", None, """sort asset tags and find gaps in the sequence: DHS-HQ-0418823, DHS-HQ-0418824, DHS-HQ-0418826, DHS-HQ-0418829, DHS-HQ-0418830"""),

("hard_negative", "inventory_no_names", None, """asset_tag,serial,model,status,location
DHS-HQ-0418823,5CG4213XK1,EliteBook 840 G10,assigned,Bldg 410 3W
DHS-HQ-0419200,5CG4219AB2,EliteBook 840 G10,in stock,depot
DHS-HQ-0419201,5CG4219AB5,EliteBook 840 G10,in stock,depot
count in-stock by model"""),

("hard_negative", "mac_addresses_uuids", None, """Dedupe: MAC 3C:52:82:1A:F0:9E, 3C:52:82:1A:F0:9E, A4:83:E7:44:10:2B; Intune device IDs 9b2f6a1e-0c44-4d7e-8a12-3e5f7b9d0c21 and 9b2f6a1e-0c44-4d7e-8a12-3e5f7b9d0c21."""),

("hard_negative", "config_placeholder_graph", None, """$clientSecret = $env:INTUNE_CLIENT_SECRET   # set in the pipeline, never hardcode
$tenant = "<tenant-name>.onmicrosoft.com"
Is reading from env the right pattern for a scheduled task on a jump box?"""),

("hard_negative", "git_sha_versions", None, """Which build is deployed? Agent version 7.14.2 (commit a3f9c1e7b2d4408e91f0c6a5b7d3e2f1c0b9a8d7) vs. 7.14.3 (commit 4e2b7a9c1d0f3e5a6b8c7d9e0f1a2b3c4d5e6f70)."""),

("hard_negative", "product_names", None, """Compare Microsoft Intune, Jamf Pro, and Ivanti Neurons for a fleet of 14,000 Windows laptops and 9,000 iPhones. Which integrates with ServiceNow CMDB out of the box?"""),

("hard_negative", "ticket_numbers", None, """These ServiceNow items are all the same request, merge plan? RITM0884102, RITM0884103, INC0299104, TASK0771920, REQ0512207"""),

("hard_negative", "dell_service_tags_pw_word", None, """The BIOS password policy says the admin password must be set on all laptops before issuance. Write a checklist step for the depot techs; they should use the vaulted value, not type anything in the ticket."""),

("hard_negative", "same_shape_ticket_no_pii", None, """RITM0884211 — Laptop return after separation
Requested for: (see HR feed)
Return method: walk-in at depot
Please write the work note telling the depot to expect a walk-in return and to run the wipe checklist."""),
]
