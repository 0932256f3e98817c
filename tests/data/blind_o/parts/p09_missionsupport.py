# Mission support: facilities, fleet, badging, property, IT
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("hard_negative", "facilities_buildings", None,
"Make a move schedule: Wk 1 – Ronald Reagan Bldg floor 4 to St. Elizabeths Center Bldg; Wk 2 – Nebraska Ave Complex Bldg 19 to Mary E. Switzer Bldg; Wk 3 – surplus furniture to GSA. Contact the building manager via the facilities helpdesk ticket.")
add("positive", "piv_badge", "korean",
"Write an email to the badging office asking to expedite a PIV for our new hire [[PERSON:Yoon Seo-yeon]], EDIPI [[DOD_EDIPI:1539048826]] (she's ex-Army), start date 1/5. Her personal email for the onboarding link: [[EMAIL_ADDRESS:seoyeon.yoon88@example.com]].")
add("positive", "password_prose", None,
"Rewrite this helpdesk ticket to be clearer: 'user cant log into the fleet portal, i reset it to [[PASSWORD:Fleet$Winter2026!]] and told her to change it on first login but it still says locked'")
add("hard_negative", "config_placeholders", None,
"Why does docker compose complain?\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ${DB_USER}\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n  app:\n    environment:\n      API_KEY: <your-api-key>\n      VAULT_PW: \"{{ vault_db_password }}\"\n      ADMIN_PASS: changeme")
add("positive", "connection_string", None,
"getting 'password authentication failed', what am I missing?\nDATABASE_URL=[[CONNECTION_STRING:postgresql://prop_admin:Tr7#kLp2vQx9@pgsql-prop.mgmt.example.internal:5432/property_db]]\npython manage.py migrate")
add("hard_negative", "property_inventory", None,
"Dedupe this property list by barcode: DHS-0041872 Dell Latitude 7440 SN 8HJ2K93; DHS-0041873 Dell Latitude 7440 SN 8HJ2K94; DHS-0041872 Dell Latitude 7440 SN 8HJ2K93; NSN 7025-01-695-1234 monitor. Custodial area CA-117.")
add("positive", "fleet_accident", "italian",
"Summarize for the SF-91 narrative: GOV 2022 Chevy Tahoe (G41-2290K) was rear-ended on I-395. Driver [[PERSON:Salvatore \"Sal\" Mancuso]], MD DL [[US_DRIVER_LICENSE:M-520-417-883-216]]. Other driver [[PERSON:Antonella Ricci]], [[PHONE_NUMBER:(301) 555-0184]], insurer Geico claim 0613-22-784.")
add("hard_negative", "vin_tags", None,
"Put into CSV: GOV plate G10-4471A VIN 1FM5K8AB7PGA20913 (Explorer) assigned CBP OFO Buffalo; G12-0937B VIN 2C3CDXAT1PH580211 (Charger) assigned FPS; mileage 22,310 and 41,055.")
add("positive", "slack_token", None,
"the bot stopped posting to #facilities-alerts. here's my config, what's off?\nSLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-5820193746-6618209934571-Qm4rTz8WbL2nKc7XyHv1pDs9]]\nCHANNEL=C05FAC1LTS")
add("positive", "travel_voucher", "ghanaian",
"Please fix the grammar in this travel justification: 'Mr. Yaw Ofori-Atta need to travel to Glynco for the facility assesment. His govt travel card ending 4417 will be used.' Approver: Efua Mensah.".replace("Mr. Yaw Ofori-Atta","Mr. [[PERSON:Yaw Ofori-Atta]]").replace("Efua Mensah","[[PERSON:Efua Mensah]]"))
add("hard_negative", "password_policy", None,
"Summarize our password policy for the newsletter: minimum 15 characters, no reuse of last 24, MFA via PIV required, passwords like 'Password123' or 'Summer2024!' are blocked by the dictionary check. Never share passwords by email.")
add("positive", "aws_cli", None,
"this keeps giving AccessDenied:\n$ export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAZ3N8RT5WQ1LXMV4C]]\n$ export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:Qx7tB2mKp9RzLw4YcN1vF8sJh3GdE6uAo0iTnXbW]]\n$ aws s3 ls s3://ms-facilities-bucket --region us-gov-east-1")
add("hard_negative", "badge_stats", None,
"Make a chart summary: PIV issuance Nov — HQ 412, CBP 1,877, TSA 2,306, FEMA 655. Average wait 9 days. Card stock lot # 24-PV-0091. Expiring certs next month: 1,142.")
add("positive", "mysql_cmdline", None,
"can you explain this error?\n$ mysql -h 10.20.4.17 -u svc_badging -p'[[PASSWORD:Kd92!vRm#Lq7]]' badging\nERROR 2003 (HY000): Can't connect to MySQL server on '10.20.4.17:3306' (110)")
add("positive", "gitlab_token", None,
"Rewrite this README section so it doesn't look sloppy:\n## Setup\nclone with `git clone https://oauth2:[[GITLAB_TOKEN:glpat-Vx8KzR3mQw7LpT2nYc9B]]@gitlab.ms.example.gov/fleet/telematics.git`\nthen run make")
add("hard_negative", "cage_uei", None,
"Vendor check: Ridgeway Facility Services LLC, UEI K7MZN2JQ4X91, CAGE 8RT44, contract 70B03C24D00000412, task order 70B03C25F00001187. Is the UEI format right?")
add("positive", "onboarding_yaml", "jewish",
"fix this yaml indentation:\nnew_hires:\n- name: [[PERSON:Avraham \"Avi\" Goldfarb]]\n  office: OCRSO\n  personal_phone: \"[[PHONE_NUMBER:+972 52-555-0193]]\"\n - name: [[PERSON:Shoshana Feldman-Katz]]\n  office: OCIO\n  personal_email: [[EMAIL_ADDRESS:shosh.fk@example.net]]")
