# Voice: CISA election-security liaison notes with state and county officials
RECORDS = [
("positive", "county_meeting_notes", "anglo",
"""Turn my notes into a trip report:
- met county clerk [[PERSON:Marjorie Ellen Pruitt]] and IT lead [[PERSON:Ossian Hollis]] at [[STREET_ADDRESS:310 N Courthouse Sq, Room 12, Tecumseh, NE 68450]]
- [[PERSON:Marjorie]] wants a phishing exercise before the primary
- [[PERSON:Ossian]]'s cell [[PHONE_NUMBER:402-555-0131]], email [[EMAIL_ADDRESS:ohollis@johnsoncounty-ne.example.gov]]"""),
("positive", "vcard_contact", "navajo",
"""Import this contact into Outlook? It won't parse.
BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Begay;Loretta Yazzie]]
FN:[[PERSON:Loretta Yazzie Begay]]
TITLE:Elections Administrator
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-928-555-0157]]
EMAIL:[[EMAIL_ADDRESS:lbegay.elections@apachecounty.example.gov]]
ADR;TYPE=WORK:;;[[STREET_ADDRESS:418 Riverbend Loop;Sanders;AZ;86512]]
END:VCARD"""),
("positive", "ical_invite", "hmong",
"""Fix the time zone in this invite:
BEGIN:VEVENT
SUMMARY:Tabletop exercise with county election staff
DTSTART;TZID=America/Chicago:20270114T090000
ORGANIZER;CN=[[PERSON:Paj Ntxhi Vang]]:mailto:[[EMAIL_ADDRESS:pajntxhi.vang@cisa-r5.example.gov]]
ATTENDEE;CN=[[PERSON:Tou Lor Xiong]]:mailto:[[EMAIL_ADDRESS:txiong@ramseyelections.example.gov]]
LOCATION:[[STREET_ADDRESS:90 W Plato Blvd, St Paul, MN 55107]]
END:VEVENT"""),
("positive", "lowercase_liaison_chat", "somali",
"""User: can u draft a thank-you email to [[PERSON:xaliimo abdirahman]] and [[PERSON:ismail farah jama]] at the county, they hosted the physical security walkthrough
Assistant: Sure — anything specific to mention?
User: [[PERSON:xaliimo]] showed us the ballot drop box cameras. her number is [[PHONE_NUMBER:612 555 0178]] if you need it in the signature block"""),
("positive", "poll_worker_threat", "arab_american",
"""Summarize for the state fusion center: poll worker [[PERSON:Rania Haddad-Khoury]] (DOB [[DATE_OF_BIRTH:3/28/1972]]) received a threatening voicemail at home, [[STREET_ADDRESS:5519 Oakman Blvd, Dearborn, MI 48126]]. Caller ID [[PHONE_NUMBER:313-555-0106]]."""),
("positive", "pcii_assessment", None,
"""[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
County EMS server runs an unsupported OS; the vote-tally network shares a switch with the clerk's office LAN.
Can you rank these findings by severity?"""),
("positive", "cui_elec_banner", None,
"""[[CUI_MARKING:CUI//SP-CRIT]]
Region 7 election infrastructure assessment summary: 14 of 22 counties have MFA on voter-registration portals.
[[CUI_MARKING:CUI//SP-CRIT]]
Write an executive summary."""),
("positive", "county_vpn_creds", None,
"""The county IT guy emailed me VPN creds so I can look at their scan results remotely: user cisa_liaison7, pw [[PASSWORD:*acfYwKeqUa*%l]]. Should I use them? Draft a polite reply."""),
("positive", "scanner_github_token", None,
"""My scan-report script can't clone the private repo:
git clone https://[[GITHUB_TOKEN:ghp_7wkMz0OmdOpEQUjCytzTGvE5ZrcdZ3wEQQL4]]@github.com/cisa-r7/county-scan-reports.git
Error: repository not found."""),
("positive", "state_official_dl", "greek",
"""The state election director [[PERSON:Eleni Papadimitriou-Vlachos]] needs a building access list. Her Illinois DL is [[US_DRIVER_LICENSE:P315-4418-2970]] and DOB [[DATE_OF_BIRTH:January 9, 1970]]. Add her to the spreadsheet format: Name | DL | DOB."""),
("positive", "yaml_contacts", "marshallese",
"""Lint this YAML:
county_contacts:
  - name: "[[PERSON:Jinna Lajuan]]"
    role: elections IT
    phone: "[[PHONE_NUMBER:479-555-0115]]"
  - name: "[[PERSON:Kunio Lemari Anjain]]"
    role: clerk
    emergency_contact: "[[PERSON:Atina Anjain]]"
"""),
("evasion", "markdown_marking", None,
"""Convert this markdown to plain text: **[[CUI_MARKING:CUI//*SP*-CRIT]]** — County tabulation network diagram attached; switch 3 bridges VLAN 10 and 40."""),
("evasion", "phone_words", "ethiopian",
"""voicemail transcription: 'hi this is [[PERSON:Selamawit Tesfamariam]] from the county, call me back at [[PHONE_NUMBER:four one five, five five five, zero one four two]]'. Make it a tidy message."""),
("hard_negative", "secret_ballot_prose", None,
"""Explain to a new hire why the secret ballot matters and why voter choices stay confidential, in 3 sentences."""),
("hard_negative", "tlp_clear", None,
"""TLP:CLEAR — CISA election security toolkit: free services include vulnerability scanning, phishing assessments and physical security assessments. Rewrite as a tweet."""),
("hard_negative", "public_report_line", None,
"""Add to the poster: Report election infrastructure incidents to CISA Central at central@cisa.gov or 888-282-0870. Report election crimes to the FBI at tips.fbi.gov."""),
("hard_negative", "precinct_numbers", None,
"""Precincts 0412, 0413 and 0418 share the polling place; ballot styles 17A and 17B; 4,418 registered voters; turnout 61.2%. Make a table."""),
("hard_negative", "historical_election", None,
"""For a training slide, one sentence on how the 1876 Hayes–Tilden election was resolved and one on the 19th Amendment and Susan B. Anthony."""),
("hard_negative", "cve_versions", None,
"""Scan found CVE-2024-3400 on PAN-OS 10.2.9 and CVE-2023-4966 on NetScaler 13.1-49.15. Ticket CISA-R7-2026-0418. Summarize remediation."""),
("hard_negative", "classified_in_prose", None,
"""Rewrite: 'The clerk said the classified ads in the county paper listed poll-worker jobs; nothing about the recruitment is secret.'"""),
("hard_negative", "placeholder_env", None,
"""# .env.example for the scan-report tool
GITHUB_TOKEN=<your-github-token>
SMTP_PASSWORD=
CISA_API_KEY=your-api-key-here"""),
("hard_negative", "street_named_people", None,
"""Directions: polling place is at the Martin Luther King Jr. Community Center, corner of Cesar Chavez Ave and Harriet Tubman Way. Parking off Rosa Parks Blvd."""),
("hard_negative", "ip_ranges_public", None,
"""Are these in documentation ranges? 192.0.2.44, 198.51.100.17, 203.0.113.250. We use them in the tabletop slides."""),
]
