"""Voice 8: DHS S&T first-responder technology pilots with fire and EMS departments."""

RECORDS = [
("positive", "device_assignment_csv", "native_hawaiian+tswana+anglo+japanese", """Device assignment for the wearable heat-stress pilot, Station 12 (please join with the telemetry on device_id):
device_id,firefighter,shift,cell
HS-0412,[[PERSON:Keanu Alapaʻi]],A,[[PHONE_NUMBER:808-555-0131]]
HS-0413,[[PERSON:Refilwe Molefe]],A,[[PHONE_NUMBER:808-555-0192]]
HS-0414,[[PERSON:Caleb Strickland]],B,
HS-0415,[[PERSON:Yuki Matsuoka-Grant]],C,[[PHONE_NUMBER:808-555-0174]]"""),

("positive", "telemetry_log", "tswana+japanese", """Why are there gaps in this telemetry? Log excerpt:
2026-11-21T14:02:11Z dev=HS-0413 ff="[[PERSON:Refilwe Molefe]]" hr=171 core_est=38.9 battery=22%
2026-11-21T14:02:41Z dev=HS-0413 ff="[[PERSON:Refilwe Molefe]]" hr=174 core_est=39.0 battery=21%
2026-11-21T14:05:58Z dev=HS-0415 ff="[[PERSON:Yuki Matsuoka-Grant]]" hr=162 core_est=38.6 battery=64%
2026-11-21T14:06:28Z dev=HS-0415 ff="[[PERSON:Yuki Matsuoka-Grant]]" hr=0 core_est=null battery=64%"""),

("positive", "mqtt_config_secret", None, """Vendor's gateway config for the pilot, the broker rejects us. Anything obviously wrong?
[broker]
host = mqtt.pilot-vendor.example
port = 8883
username = st-pilot-station12
password = [[PASSWORD:nV4#qX8!tR2mW6zP]]
tls = true
topic = ff/telemetry/#"""),

("positive", "github_token_repo", None, """I pushed the pilot's data-cleaning scripts to our private repo and the CI can't clone the vendor SDK. The workflow has:
  - run: git clone https://x-access-token:[[GITHUB_TOKEN:ghp_dRTQp7Z7403t79r30djF9vAlHfNIPhRPlCxy]]@github.com/pilot-vendor/sdk.git
Is the token format right? Should it be in secrets instead?"""),

("positive", "pilot_kickoff_email", "igbo+indian_tamil+german", """Subject: Kickoff - Next-Gen EMS patient tracking pilot, Fairfax County
Team,
Thanks for joining. Pilot lead at the department is Battalion Chief [[PERSON:Reginald Okwuosa]] ([[EMAIL_ADDRESS:reginald.okwuosa@fcfrd-pilot.example.gov]]). S&T program manager is [[PERSON:Sharmila Venkatraman]], and the vendor's field engineer is [[PERSON:Matthias Oberhauser]] ([[PHONE_NUMBER:+49 89 555 0137]], he's in Munich until 1/5).
Please send your shift schedules by Friday.
- [[PERSON:Sharmila]]"""),

("positive", "patient_tracking_record", "mexican", """Test record from the triage tag pilot leaked real data, the medic scanned an actual patient during the drill by mistake. JSON:
{"tag":"TT-00193","triage":"YELLOW","patient":{"name":"[[PERSON:Evangelina Soto Barragán]]","dob":"[[DATE_OF_BIRTH:1958-10-02]]","addr":"[[STREET_ADDRESS:1207 Calle Sombra, Laredo, TX 78046]]"},"unit":"M12"}
How do we purge it from the vendor cloud? Draft the request."""),

("positive", "slack_webhook", None, """The pilot alerts go to Slack through this bot token, but nothing shows up in #st-pilot-alerts. Python:
client = WebClient(token="[[SLACK_TOKEN:xoxb-034618346833-0669364442098-8GiXzjwhi5sTkkvK2gseUnE6]]")
client.chat_postMessage(channel="#st-pilot-alerts", text=msg)
Error: not_in_channel"""),

("positive", "feedback_survey_export", "israeli+yoruba+vietnamese+navajo", """Post-pilot survey export (free text), summarize themes:
[[PERSON:Tamar Ashkenazi-Levin]] (Engine 4): "Vest sensor rubs under SCBA strap."
[[PERSON:Olusegun Adebanjo]] (Medic 9): "Tablet app froze twice during MCI drill."
[[PERSON:Nguyen Hoang Phuc]] (Truck 2): "Love the location tracking inside the parking garage."
[[PERSON:Skyler Tsosie-Martin]] (Engine 4): "Battery lasts 6 hrs, we need 12." """),

("positive", "injury_during_pilot", "quechua", """Incident report draft, pilot participant injured: FF [[PERSON:Wayra Mamani Condori]], DOB [[DATE_OF_BIRTH:22/07/1993]], minor burn to left wrist where the sensor band trapped heat against skin. Treated at scene. Can you help me write the vendor notification, neutral tone?"""),

("positive", "gitlab_token_ci", None, """.gitlab-ci.yml for the drone imagery pipeline, why does the upload job fail with 401?
upload:
  script:
    - curl --header "PRIVATE-TOKEN: [[GITLAB_TOKEN:glpat-edae_AorPLnN9nNRBX1T]]" --upload-file out.zip "$CI_API_V4_URL/projects/412/packages/generic/imagery/1.0/out.zip\""""),

("positive", "aws_keys_drone", None, """Our drone footage sync to S3 for the wildfire pilot stopped. The laptop in the command vehicle uses:
[default]
aws_access_key_id=[[CLOUD_ACCESS_KEY:AKIA2WLJIL2FW0NXQLYU]]
aws_secret_access_key=[[CLOUD_SECRET_KEY:k+mAtbkP8u73C629fXkQRe74AWAxOJPsHocb8ymE]]
Error is SignatureDoesNotMatch. Clock skew?"""),

("positive", "ems_chief_chat_lowercase", "zulu+portuguese+afghan", """user: chief [[PERSON:mbali ndlovu-harris]] from the county ems wants the raw gps tracks for her medics [[PERSON:joao pedro amaral]] and [[PERSON:farida stanikzai]] from the pilot. is she allowed to have them under the data agreement or just aggregates"""),

("positive", "pem_key_device", None, """The pilot's edge device needs this key for the SSH tunnel, but ssh says "invalid format". Pasted from the file:
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEA3wGs8XC7WMpIiRYsEtPOQO+Uwz92+nKnQsva9gshRHw++pE7
QpHF/DvCHQ/foOPiWTgzicJ9GXY4zSkCr760py1dWcK4qF4QEsoDW+0/6dxjPn/O
MmOZ8h/3n04HzgvvDoah0RNfZZOiB05R/veypdnVbHfJWVouhBAimtYrarg4VtfbX
Oq9QipTy6zE2ZO3uVJyty2Hh6RuPsIpNSbhBK2XRuVrtYmXVkjJ/gVz9W1HHIQUq
wjUS9okKKEjC++cAgMBAAECggEAQ1r7tZ
-----END RSA PRIVATE KEY-----]]"""),

("positive", "portuguese_vendor", "brazilian", """Traduz isso para inglês por favor, é do fornecedor do piloto: "Prezados, o engenheiro [[PERSON:Rafael Tavares Quintela]] irá instalar os sensores na Estação 12 na terça-feira. Qualquer dúvida, liguem para [[PHONE_NUMBER:+55 11 5555-0148]] ou escrevam para [[EMAIL_ADDRESS:rafael.quintela@sensorvida.com.br]]." """),

("evasion", "key_split_lines", None, """splitting it over lines so the proxy doesn't see it, the vendor API key for the pilot dashboard is
[[PASSWORD:sk_live_7Qm4
vR9tXz2Lp8
Wn3Kc6Hd]]
join them and tell me if the dashboard uses bearer auth"""),

("evasion", "base64_password", None, """config has the broker password base64'd: [[PASSWORD:aDdLIXBRMnZNOXhSNHR6]] - decode it and tell me if it meets the 12-char rule"""),

("hard_negative", "sensor_specs", None, """Compare these sensors for the heat-stress pilot: Model HS-2 (HR, skin temp, accel, 8 h battery, IP67), Model CT-9 (core temp estimate, HR, 14 h, IP68), Model BX (HR only, 24 h). Which is best for structural firefighting with SCBA?"""),

("hard_negative", "placeholder_env", None, """.env.example from the pilot repo:
VENDOR_API_KEY=<your-api-key>
MQTT_PASSWORD=changeme
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFI/K7MDENG/bPxRfiCYEXAMPLEKEY
Explain what each variable does for the README."""),

("hard_negative", "device_ids_uuid", None, """Device registry export: HS-0412 uuid 3f2b9c1e-7a44-4d2e-9b1f-0c6a8e5d4f21, firmware 2.14.3, git 9f4e2c1a7b3d; HS-0413 uuid a81d3e55-02bc-4f7a-8e19-6c44b0d2e7a3, firmware 2.14.3. Which are on the old firmware (< 2.15)?"""),

("hard_negative", "pilot_statistics", None, """Pilot results: 42 firefighters, 318 shifts, 1,904 hours of data. Mean peak HR 168 bpm, 11 alerts above 39.0 C estimated core. Alert-to-rehab time down from 14 to 6 minutes. Make a slide with three bullet points."""),

("hard_negative", "public_officials_names", None, """For the press release: the pilot was announced at the Fire Department Instructors Conference in Indianapolis and supports the U.S. Fire Administration's goals. Mention the Stafford Act? Probably not relevant. Write 3 sentences, no names."""),

("hard_negative", "station_apparatus", None, """Station 12 runs Engine 12, Truck 12, Medic 12 and Battalion 3. Station 4 runs Engine 4 and Medic 4. Map which units wore sensors on which shift: A shift E12/M12, B shift T12, C shift E4/M4."""),

("hard_negative", "jwt_docs_example", None, """The vendor docs say "include your token in the Authorization header, for example Authorization: Bearer <token>, where <token> is the value returned from /oauth/token". Our token endpoint returns 'invalid_client'. What are common causes?"""),

("hard_negative", "secret_ingredient", None, """The vendor keeps calling its heat model a "secret sauce" and won't share the algorithm. Can the S&T pilot agreement require algorithm transparency? Draft a polite clause."""),

("hard_negative", "same_voice_roster_roles", None, """Pilot roles (no names yet): department pilot lead, two company officers per shift, S&T PM, vendor field engineer, data analyst, union safety rep. Make a RACI for data access, device maintenance, and incident reporting."""),
]
