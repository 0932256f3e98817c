"""aq09: A mobile-device (Intune / MDM) administrator: enrolment exports, lost-phone tickets, IMEIs, serial numbers,
Graph calls."""

import base64
RECORDS = [
    ("positive", "intune_export_csv", "igbo+vietnamese+polish", """Intune device export, filtered to noncompliant. Which users have more than one device?
Device name,Primary user UPN,User display name,OS,IMEI,Serial number,Compliance
IPH-0A41F2,[[EMAIL_ADDRESS:obinna.achebe-lawal@associates.dhs.gov]],[[PERSON:Achebe-Lawal, Obinna]],iOS 18.6,353918114027651,F4GZK9Q2N7,Noncompliant
IPH-0A41F9,[[EMAIL_ADDRESS:obinna.achebe-lawal@associates.dhs.gov]],[[PERSON:Achebe-Lawal, Obinna]],iOS 17.4,353918114089412,F4HAA1R8P3,Noncompliant
SAM-77C012,[[EMAIL_ADDRESS:thuy.dinh-carver@hq.dhs.gov]],[[PERSON:Dinh-Carver, Thuy]],Android 15,358240519933107,R5CW31PLM2X,Noncompliant
IPH-0B0021,[[EMAIL_ADDRESS:casimir.zawadzki@hq.dhs.gov]],[[PERSON:Zawadzki, Casimir]],iOS 18.6,353918114150330,G2XPP7T4V1,Noncompliant"""),

    ("positive", "lost_phone_ticket", "anglo", """INC0920117 — Lost device
Caller: [[PERSON:Penelope Strawbridge]], OCFO, desk [[PHONE_NUMBER:(202) 555-0158]]
Left iPhone 15 in a rideshare 12/05 ~2100. IMEI 356789104422813. Personal cell for contact while without device: [[PHONE_NUMBER:301-555-0145]]
Actions: Lost mode enabled 12/05 2214, remote wipe scheduled 12/07 if not recovered.
Write the customer-facing update."""),

    ("positive", "graph_app_secret", None, """Graph call for the stale-device cleanup script is 401ing, here's the token request:
POST https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token
client_id=6a1f0c3e-72b4-4d9a-b8e1-2f4c9d07a513
client_secret=[[PASSWORD:Qz28Q~vX4nJp.Lk7rTb-3sWmYcH9eFaG0dRu_1oN]]
scope=https://graph.microsoft.com/.default
grant_type=client_credentials
what's wrong?"""),

    ("positive", "enrolment_email", "korean+anglo", """Subject: RE: can't enroll my new phone

[[PERSON:Dong-hyun]], the Company Portal error means your account isn't in the MDM-Enrollment group yet. I've added you; try again after 30 min.
[[PERSON:Audra Pinkerton-Lowe]] | Mobility Team | [[PHONE_NUMBER:202-555-0143]]

> From: [[PERSON:Dong-hyun Seo]] <[[EMAIL_ADDRESS:donghyun.seo@cisa.dhs.gov]]>
> it says 'device cap reached' but I only have one phone??"""),

    ("positive", "powershell_output", "brazilian+igbo", """PowerShell output from Get-MgDeviceManagementManagedDevice, need it as a table:
DeviceName   : IPH-0C1177
UserPrincipalName : [[EMAIL_ADDRESS:rafaela.cordeiro-lins@uscis.dhs.gov]]
UserDisplayName   : [[PERSON:Rafaela Cordeiro Lins]]
SerialNumber : H7QPT2M9W4
PhoneNumber  : [[PHONE_NUMBER:+12025550138]]

DeviceName   : SAM-88D204
UserPrincipalName : [[EMAIL_ADDRESS:emeka.nwachukwu@fema.dhs.gov]]
UserDisplayName   : [[PERSON:Emeka Nwachukwu]]
SerialNumber : R5CX88QZP1L
PhoneNumber  : [[PHONE_NUMBER:+12025550157]]"""),

    ("positive", "retirement_device_return", "anglo", """Device return form for a retiring employee, please check it's complete:
Employee: [[PERSON:Harold "Hal" Quackenbush]]
Home address for the prepaid return box: [[STREET_ADDRESS:6 Tanglewood Ln, Front Royal, VA 22630]]
Devices: iPhone 14 (IMEI 353210117845526), iPad Air (serial DMPXK3Q1NV)
Last day 12/31"""),

    ("positive", "abm_token_yaml", "anglo", """our Ansible vars for the ABM sync job, linter says the yaml is bad:
abm_sync:
  org: dhs-mobility
  contact: [[EMAIL_ADDRESS:mobility-admin.reyes@hq.dhs.gov]]
  server_token_password: "[[PASSWORD:vK3p!Yt8rWq2#Nb6]]"
  schedule: "0 3 * * *"
    retries: 3"""),

    ("positive", "intl_travel_loaner", "vietnamese+filipino+anglo", """Loaner phone request for international travel:
Traveler: [[PERSON:Bùi Thanh Hương]], Office of International Affairs
Destination: Manila, 1/11–1/22. Local contact at the embassy: [[PERSON:Teodoro Dimaculangan-Reyes]], [[PHONE_NUMBER:+63 2 8555 0184]]
Return to: [[PERSON:Ingram Fairweather]], Mobility Team
Please write the loaner instructions email."""),

    ("positive", "mdm_cui_report", "maori", """[[CUI_MARKING:CUI//SP-ISVI]]
Jailbreak detection report: 3 devices flagged, including user [[PERSON:Kiri Te Rangi-Walker]] ([[EMAIL_ADDRESS:kiri.terangi-walker@tsa.dhs.gov]]). Jailbreak method consistent with checkm8.
Summarise for the CISO in two sentences."""),

    ("positive", "sms_user_reply", "jamaican", """user replied by text to the wipe warning, make a ticket note:
"hi this is [[PERSON:Tamika Brissett-Campbell]], found the phone under the car seat lol, please dont wipe it. call me [[PHONE_NUMBER:240-555-0163]]" """),

    ("positive", "apple_id_chat", "anglo", """[chat] user: for the supervised iPad setup do you need my personal Apple ID? it's [[EMAIL_ADDRESS:brennan.kilgallon@icloud.com]] and the password is [[PASSWORD:Kilgallon1988!]]
[chat] me: no no no, please change that password now
[chat] me: how do I explain managed Apple IDs to [[PERSON:Brennan]] without sounding mad"""),

    ("positive", "edipi_cac_enrol", "chamorro", """Derived credential enrolment failing for [[PERSON:Francisco Aguon Sablan]], EDIPI [[DOD_EDIPI:1398025746]], on a Samsung S24. Error 'PIV authentication certificate not found'. What are the usual causes?"""),

    ("evasion", "secret_split_two", None, """[Teams 10:02] me: the cert password for the APNs renewal is [[PASSWORD:Mq7#vT2z]]
[Teams 10:02] me: [[PASSWORD:Lp9!xK4w]] (that's the second half, it was too long for one line)
[Teams 10:05] me: can you paste the renewal steps from the runbook"""),

    ("evasion", "email_zero_width", "indian", """user's UPN for the wipe exclusion: [[EMAIL_ADDRESS:sreelakshmi.\u200bnambiar@\u200bcbp.dhs.gov]] — [[PERSON:Sreelakshmi Nambiar]]. is the exclusion group dynamic or static?"""),

    ("evasion", "password_hex", "uzbek", """the legacy MDM stored the enrolment PIN admin password in hex: [[PASSWORD:4d6f62696c652d41646d696e2d3237]] — can you decode and tell me if it's weak? owner was [[PERSON:Dilnoza Yusupova]]"""),

    ("hard_negative", "imei_inventory", None, """Unassigned inventory, no users yet:
IMEI,Serial,Model
353918114200517,F4JQW2M8P6,iPhone 15
353918114200525,F4JQW2M8P7,iPhone 15
358240519990042,R5CW44ZTK9N,Galaxy S24
Are the first two IMEIs sequential? Is that normal for a bulk order?"""),

    ("hard_negative", "public_helpdesk", None, """For the lost-device card that goes in the box: If your DHS phone is lost or stolen, call your component service desk immediately and report it to your supervisor. Do not attempt to track it yourself. Make the wording calmer."""),

    ("hard_negative", "compliance_policy_json", None, """Is this compliance policy JSON valid?
{"@odata.type":"#microsoft.graph.iosCompliancePolicy","passcodeRequired":true,"passcodeMinimumLength":6,"osMinimumVersion":"17.0","securityBlockJailbrokenDevices":true,"displayName":"DHS-iOS-Baseline"}"""),

    ("hard_negative", "uuids_hashes", None, """Device IDs for the deletion batch: 9c2f1b74-88e0-4a1b-9b3d-7d11e4f02c55, 0e5a7731-2b9c-45d0-a611-c8f47d3b1e09. Compliance policy hash 3f7a2b91c4e0d85a6b1f9e27c3d40a58. Is Remove-MgDeviceManagementManagedDevice safe to run on them?"""),

    ("hard_negative", "password_policy", None, """Draft the mobility FAQ answer: 'Your device passcode must be at least 6 digits. You'll be prompted to change it every 90 days. Never share your passcode, and don't use your birthday.' Shorter and friendlier."""),

    ("hard_negative", "graph_placeholder", None, """Sample for the wiki, safe to publish?
client_id=<app-registration-client-id>
client_secret=${GRAPH_CLIENT_SECRET}
tenant=<tenant-id>
scope=https://graph.microsoft.com/.default"""),

    ("hard_negative", "model_numbers", None, """Model codes in the fleet: A2846, A3090, SM-S921U, SM-S926U1. Which are US carrier models vs unlocked? Firmware build 22G86 and S921USQS4AXK1."""),

    ("hard_negative", "ticket_counts", None, """Mobility tickets last month: 1,204 enrolment, 311 lost/stolen, 97 wipes, 42 loaners. Average time to wipe after report: 2.6 hours. Write the KPI slide narrative."""),

    ("hard_negative", "about_cui_mdm", None, """Do jailbreak detection reports need a CUI marking? They contain device names and UPNs but no content from the device. I'd like the rule, not a marked example."""),

    ("hard_negative", "phone_number_pool", None, """Carrier returned our new number block: 202-555-0100 through 202-555-0199 are reserved for fictional use, so that can't be right — they must have sent a test file. What should I ask the carrier rep?"""),

    ("positive", "conn_string_report", None, """Power BI refresh for the MDM compliance report fails, here's the data source string from the gateway:
[[CONNECTION_STRING:Server=tcp:mdmreports-sql.database.windows.net,1433;Initial Catalog=IntuneReporting;User ID=mdmreport_svc;Password=Vb8#qLm2xT7wZr4;Encrypt=True;]]
error: login failed for user. did the password expire?"""),

    ("positive", "basic_auth_header", None, """curl to the legacy MDM API returns 403:
curl -H "Authorization: Basic [[PASSWORD:""" + base64.b64encode(b"svc_mdmsync:Pq7!rW3zXk9m").decode() + """]]" https://mdm-legacy.example/api/devices?status=lost
is 403 an auth problem or a permission problem?"""),

    ("positive", "aws_keys_export", None, """the device-log export job writes to S3; it broke after the key rotation. ~/.aws/credentials on the runner:
[mdm-export]
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAQ7M3XK2P9RTV4LNB]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:wJ8s/Kq2Lx7mVn4RtZb9Pc3Yd6Hf1Ga5Te0UoXiN]]
region = us-gov-west-1
what's the right way to rotate without breaking the job?"""),
]
