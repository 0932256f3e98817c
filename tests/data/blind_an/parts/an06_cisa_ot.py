"""an06: CISA OT/ICS assessments at water and power utilities: PLC/HMI configs, network diagrams, site contacts."""

RECORDS = [
    ("positive", "site_contacts_yaml", "choctaw+finnish",
     """Turn this into a contact table for the assessment plan (name, role, phone, email):

site: Kiamichi Rural Water District 4
assessment: VADR-OT-2026-019
contacts:
  operations_manager:
    name: [[PERSON:Randall Wesley Bohanan]]
    phone: "[[PHONE_NUMBER:580-555-0142]]"
    email: [[EMAIL_ADDRESS:rbohanan@kiamichirwd4.org]]
  scada_contractor:
    name: [[PERSON:Aino Heikkinen]]
    company: Northstar Controls
    phone: "[[PHONE_NUMBER:918-555-0197]]"
  after_hours: "[[PHONE_NUMBER:580-555-0120]]"  # plant operator on call"""),

    ("positive", "hmi_python_script", "anglo",
     """The utility's operator wrote this to pull tank levels off the HMI. What's the security issue besides the obvious one? Keep it short, it's for the findings table.

import requests
HMI = "http://10.20.4.15/api/tags"
USER = "operator1"
PASS = "[[PASSWORD:Clearwell#4tank]]"
r = requests.get(HMI, auth=(USER, PASS), timeout=5)
for t in r.json():
    print(t["name"], t["value"])
# written by [[PERSON:Dusty Pruitt]] 2019"""),

    ("positive", "ignition_db_conn", None,
     """Historian DB config from the Ignition gateway backup. Is this connecting in clear text? Recommend what to change.

<datasource name="Historian">
  <driver>PostgreSQL</driver>
  <connectURL>[[CONNECTION_STRING:postgresql://ign_hist:Fl0wMeter-88@hist01.plant.local:5432/historian]]</connectURL>
  <ssl>false</ssl>
</datasource>"""),

    ("positive", "pcii_assessment_excerpt", "telugu",
     """[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]

Rewrite finding 3 so the utility's board can understand it:

Finding 3: The engineering workstation (EWS-01) used by [[PERSON:Venkata Srinivas Reddy]] has a direct RDP path from the corporate VLAN to the PLC network. No jump host. The same local admin account exists on both HMIs.

[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]"""),

    ("positive", "kickoff_email_thread", "armenian+cajun",
     """Summarize this thread into a logistics list (who, when, what to bring):

From: [[PERSON:Anahit Ter-Minasyan]] <[[EMAIL_ADDRESS:anahit.terminasyan@cisa.dhs.gov]]>
To: [[PERSON:Remy Lirette]]
Subject: RE: OT assessment kickoff - Bayou Lafourche Electric Coop

Mr. [[PERSON:Lirette]], we'll be on site Tuesday 0800. We need an escort into the substation yard and a copy of the one-line diagram.

> From: [[PERSON:Remy Lirette]] <[[EMAIL_ADDRESS:rlirette@blecoop.com]]>
> Sure. Park at the back lot at [[STREET_ADDRESS:16240 Highway 1, Galliano, LA 70354]]. My cell [[PHONE_NUMBER:985-555-0117]]. [[PERSON:Clovis Arceneaux]] will escort."""),

    ("positive", "aws_keys_historian", None,
     """The utility's integrator pushes historian data to S3 with this script. Is the IAM user over-privileged? Policy attached is AmazonS3FullAccess.

export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAZ7QW4NRT2XVB6KLE]]
export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY: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]]
aws s3 sync /var/historian/export s3://wtp-historian-archive/ --delete"""),

    ("positive", "slack_alert_token", None,
     """Their SCADA alarm forwarder posts to Slack. Can you rewrite it to read the token from an env var?

import slack_sdk
client = slack_sdk.WebClient(token="[[SLACK_TOKEN:xoxb-5518204731-6620391845527-Qm8ZtR2kVn4XbL7pWc9YhJdE]]")
client.chat_postMessage(channel="#plant-alarms", text=f"HIGH CL2 RESIDUAL {val}")"""),

    ("positive", "network_diagram_mermaid", "sinhala",
     """Fix the mermaid syntax so it renders; it's for the draft report. Site contact notes stay as comments.

graph LR
  CORP[Corporate LAN] --> FW1[Fortinet FW]
  FW1 --> DMZ[Historian DMZ]
  DMZ --> OT[Process VLAN 20]
  OT --> PLC1[CompactLogix - Filters]
  OT --> PLC2[Micro850 - Booster PS]
  %% network admin: [[PERSON:Chaminda Ekanayake-Bandara]] [[PHONE_NUMBER:209-555-0138]]
  %% backup: [[PERSON:Dilani Jayawardena]]"""),

    ("positive", "plc_project_password", "kazakh",
     """Found this in the notes field of the PLC project file during the review. Word the finding for the report without repeating the password:

Project: FILTER_PLANT_v7.ACD
Author: [[PERSON:Yerlan Nurmagambetov]]
Notes: "source protection key = [[PASSWORD:Zhailau2017!]] - ask [[PERSON:Yerlan]] before changing\""""),

    ("positive", "site_visit_sms", "shona",
     """text from the plant superintendent, can you log it in the site visit notes:

[[PHONE_NUMBER:+1 (507) 555-0165]]: Morning, this is [[PERSON:Tendai Mutasa]]. Gate code changed, use the intercom. [[PERSON:Farai Chikwanha]] from IT will meet you at the admin building, he has the switch configs on a USB."""),

    ("positive", "vendor_remote_access_log", "anglo+polish",
     """Remote access log from the utility's VPN concentrator - who connected outside the approved maintenance window (Sat 0200-0600)?

2025-11-08T02:14:11Z user=[[EMAIL_ADDRESS:kbranson@tristatescada.com]] src=73.41.22.9 dur=01:12:44 OK
2025-11-12T14:47:03Z user=[[EMAIL_ADDRESS:p.wisniewski@tristatescada.com]] src=98.210.6.144 dur=00:31:09 OK
2025-11-15T03:02:55Z user=[[EMAIL_ADDRESS:kbranson@tristatescada.com]] src=73.41.22.9 dur=00:44:20 OK
2025-11-19T21:30:18Z user=[[EMAIL_ADDRESS:p.wisniewski@tristatescada.com]] src=98.210.6.144 dur=02:05:51 OK
accounts belong to [[PERSON:Kyle Branson]] and [[PERSON:Piotr Wiśniewski]]"""),

    ("positive", "cui_crit_infra_email", "anglo",
     """[[CUI_MARKING:CUI//SP-CRITINFRA]]
Please turn this into a 4-line executive summary:
Assessment of Lower Pecos MUD wastewater plant found an internet-exposed HMI (VNC, no password) and a shared operator login. GM [[PERSON:Jolene Hartsell]] ([[PHONE_NUMBER:432-555-0186]]) has agreed to take the HMI offline by Friday.
[[CUI_MARKING:CUI//SP-CRITINFRA]]"""),

    ("evasion", "password_split_lines", "anglo",
     """operator told me the HMI admin password over two messages so it wouldn't be in one place:
"first part [[PASSWORD:Rav3n]]"
"second part [[PASSWORD:Creek!19]]"
how should I write up that they share this one password across 6 HMIs?"""),

    ("evasion", "spaced_phone_ot", "finnish",
     """contractor's number from the kickoff slide: [[PHONE_NUMBER:9 1 8 . 5 5 5 . 0 1 9 3]] ([[PERSON:Eero Lindroos]]) - add him to the invite?"""),

    ("evasion", "pcii_lowercase_emphasis", None,
     """the utility put _[[CUI_MARKING:p c i i]]_ in the footer lol. actual footer text: [[CUI_MARKING:~~Protected~~ Critical Infrastructure Information]] — does the strikethrough void the marking? Anyway summarize the pump station findings: two VFDs reachable from the business network..."""),

    ("hard_negative", "cisa_central_public", None,
     """For the out-brief slide: "Report incidents to CISA at report@cisa.gov or 888-282-0870, or through the online reporting form at cisa.gov/report." Is that the same for OT incidents or is there a separate ICS line now?"""),

    ("hard_negative", "ics_advisory_ids", None,
     """Prioritize these advisories for a small water utility running CompactLogix and FactoryTalk View SE: ICSA-24-046-15, ICSA-24-191-05, ICSA-25-037-02, CVE-2023-3595, CVE-2023-3596. What's the usual order?"""),

    ("hard_negative", "default_password_prose", None,
     """The HMI still uses the vendor's factory default login. I don't want to write the default credentials in the report even though they're in the public manual. What's the standard phrasing? Something like "default credentials in use (see vendor documentation)"?"""),

    ("hard_negative", "network_diagram_no_contacts", None,
     """Fix the mermaid syntax so it renders:

graph LR
  CORP[Corporate LAN] --> FW1[Fortinet FW]
  FW1 --> DMZ[Historian DMZ]
  DMZ --> OT[Process VLAN 20
  OT --> PLC1[CompactLogix - Filters]
  OT --> PLC2[Micro850 - Booster PS]"""),

    ("hard_negative", "modbus_register_map", None,
     """Reformat this Modbus map as a markdown table:
40001 CLEARWELL_LVL_FT float
40003 CL2_RESIDUAL_MGL float
40005 PUMP1_RUN bool
40006 PUMP2_RUN bool
40101 HIGH_LVL_SP float
Also what's the offset convention (0-based vs 1-based)?"""),

    ("hard_negative", "tlp_clear_product", None,
     """TLP:CLEAR - this is the public fact sheet on OT assessments. Can you shorten it to 150 words for a water association newsletter? "CISA offers no-cost assessments to help owners and operators of water and wastewater systems identify..." """),

    ("hard_negative", "env_placeholder_config", None,
     """Recommended replacement for their script:

USER = os.environ["HMI_USER"]
PASS = os.environ["HMI_PASS"]   # set via systemd EnvironmentFile, mode 0600
HIST_URL = "postgresql://{user}:{password}@hist01.plant.local:5432/historian"

Anything else to harden?"""),

    ("hard_negative", "eponym_equipment", None,
     """What's the difference between a Hach CL17 and a Wallace & Tiernan chlorinator controller in terms of network exposure? Both are at the plant, and the Allen-Bradley PLC polls the CL17."""),

    ("hard_negative", "mac_serial_numbers", None,
     """Inventory from the walkdown, dedupe by MAC: 00:1D:9C:C7:B0:42 (1769-L33ER), 00:1D:9C:C7:B0:42 (1769-L33ER), 00:0E:8C:A1:3F:07 (Micro850), serials 60241187, 60241190. Which line is a duplicate?"""),

    ("hard_negative", "about_pcii_marking", None,
     """If a utility submits its one-line diagram under PCII, can we share it with the state's water regulator? And does our assessment report automatically become PCII or only the parts derived from the submission?"""),
]
