# Voice 4: FEMA IPAWS: alerting authority applications, MOAs, test alerts, county emergency managers
RECORDS = [
("positive", "cog_application_form", "navajo",
"""IPAWS Alerting Authority Application – Section 2 (Primary POC)
Organization: Chinle Chapter Emergency Management (tribal)
Name: [[PERSON:Delbert Nez-Begaye]]
Title: Emergency Manager
Office phone: [[PHONE_NUMBER:928-555-0157]]   Cell: [[PHONE_NUMBER:928-555-0184]]
Email: [[EMAIL_ADDRESS:dnez.begaye@chinlechapter-em.org]]
Mailing: [[STREET_ADDRESS:PO Box 1184, 3 Navajo Route 7, Chinle, AZ 86503]]
Alternate POC: [[PERSON:Loretta Bitsuie]]"""),

("positive", "moa_signature_block", "anglo+hispanic",
"""MEMORANDUM OF AGREEMENT – IPAWS-OPEN access, COG 201847
...
FOR THE COLLABORATIVE OPERATING GROUP:

______________________________
[[PERSON:Russell T. Ambrose]], Director
Pawnee Ridge County Office of Emergency Management
Date: ________

Technical POC: [[PERSON:Guadalupe Ybarra]], [[EMAIL_ADDRESS:gybarra@pawneeridgecounty.gov]], [[PHONE_NUMBER:(580) 555-0134]]"""),

("positive", "county_em_email", "anglo",
"""Subject: RMT didn't go out on our software

Hi,

Our Required Monthly Test on the 3rd didn't reach the aggregator. The vendor rep ([[PERSON:Cody Sprague]], [[PHONE_NUMBER:405-555-0117]]) says our certificate expired. Can FEMA re-issue it to me directly? I'm the only one with the credentials since [[PERSON:Martha Engebretsen]] retired.

[[PERSON:Jolene Pettibone]]
Emergency Management Coordinator, Custer Bend County
[[EMAIL_ADDRESS:jpettibone@custerbendcounty-ok.gov]]"""),

("positive", "ipaws_config_keystore", None,
"""# ipaws-client.properties  (vendor support asked for this)
ipaws.endpoint=https://tdl.apps.fema.gov/IPAWSOPEN_EAS_SERVICE/rest/
ipaws.cog.id=201847
ipaws.keystore.path=/opt/alerting/certs/cog201847.jks
ipaws.keystore.password=[[PASSWORD:w9Kp#T2vLq8Mz!rX]]
ipaws.key.alias=cog201847"""),

("positive", "private_key_pasted", None,
"""The alerting software says it can't read our key. Here's the file, is it the right format?

[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAx3v0Fq9WmS2kTn8pLr5Ud7YcHb1eJg4QoZ6aVfXtRw3NyK0m
Pj8LsD2hGq7TbE5uCx1vA9wFz3nMkY6iRoS4pJ0lWdHeQf8tUc2gVb7aXyZ1KmNs
q5rOt4Ew9LxJ3hFp6DiCv2yBk8zGuT0sRn1jMa7eWdQ4lYoH5cXb9PgIfKt3SzVm
-----END RSA PRIVATE KEY-----]]"""),

("positive", "vietnamese_alert_translation", "vietnamese",
"""Please check our Vietnamese WEA text before we send. And the bilingual volunteer who reviewed it is [[PERSON:Phạm Thị Thu Hằng]] ([[PHONE_NUMBER:713-555-0138]]) if you need her.

"CẢNH BÁO KHẨN: Lệnh sơ tán cho khu vực phía nam Xa lộ 35. Hãy rời đi ngay. Thông tin: bcem-alerts.org/vi" """),

("positive", "training_roster_tab", "samoan+chamorro",
"""IPAWS training completions (IS-247.c and IS-251) – Pacific jurisdictions
name	agency	email	completed
[[PERSON:Faamanu Tuilagi]]	Territorial EM	[[EMAIL_ADDRESS:f.tuilagi@asdhs-em.as]]	2026-10-14
[[PERSON:Josephine Taitano Blas]]	Guam HS/OCD	[[EMAIL_ADDRESS:jtblas@ghs-ocd.gu]]	2026-10-20
[[PERSON:Lani Kealoha-Pacheco]]	County CD	[[EMAIL_ADDRESS:lkealoha@kauaicd-ops.org]]	2026-11-02"""),

("positive", "cap_xml_with_sender_contact", "anglo",
"""<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>PRC-TEST-20261203-0091</identifier>
  <sender>pawneeridge-oem</sender>
  <status>Test</status>
  <info>
    <event>Required Weekly Test</event>
    <contact>Duty officer [[PERSON:Soren Brandvold]] [[PHONE_NUMBER:580-555-0191]]</contact>
    <description>This is a test of the county alerting system. No action required.</description>
  </info>
</alert>
Why did the aggregator reject this?"""),

("positive", "teams_chat_hurricane", "puerto_rican",
"""[09:11] [[PERSON:Nilda Rosario Vélez]]: the municipio's alert originator is [[PERSON:Eliezer]] now, Sra. [[PERSON:Cotto]] retired
[09:12] [[PERSON:Nilda Rosario Vélez]]: his cell [[PHONE_NUMBER:787-555-0129]], office in [[STREET_ADDRESS:Calle Las Flores 214, Urb. Villa del Carmen, Ponce, PR 00716]]
[09:14] IPAWS PMO: thanks, need a new COG user form signed by the mayor's designee"""),

("evasion", "hex_password", None,
"""the vendor wants the keystore password but our mail gateway kept bouncing it, so here it is in hex, decode on your end: [[PASSWORD:4d6f6f6e72697365234d61706c653737]]"""),

("evasion", "spaced_email_and_phone", "lakota",
"""County EM for the reservation: [[PERSON:Wakinyan Two Crow]]. email is [[EMAIL_ADDRESS:w twocrow (at) oglalaem (dot) org]] and cell [[PHONE_NUMBER:6 0 5 - 5 5 5 - 0 1 0 8]]"""),

("positive", "slack_token_alert_bot", None,
"""Our county built a Slack bot that reposts IPAWS alerts to the EOC channel. Is this safe to leave in the repo?

SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-7730418826-5591047732108-Hq2pVt9kRmY4eWs1cLz8NbDf]]
CHANNEL=#eoc-alerts"""),

("positive", "spanish_alert_review", "mexican",
"""Revisar traducción de la alerta. La redactó [[PERSON:Rosalba Quintero Lugo]] (nacida el [[DATE_OF_BIRTH:5 de mayo de 1980]], lo pide el formulario de voluntarios, no sé por qué) y la aprobó el Lic. [[PERSON:Arturo Cisneros]]. Texto: "ORDEN DE EVACUACIÓN: residentes al este del río deben salir ahora." """),

("hard_negative", "public_ipaws_contacts", None,
"""For questions about becoming an alerting authority, tell the county to use the IPAWS Program Office public inbox, FEMA-IPAWS@fema.dhs.gov, or write to FEMA, 500 C Street SW, Washington, DC 20472. The IPAWS lab test schedule is published on fema.gov. Draft a reply."""),

("hard_negative", "cap_xml_no_contact", None,
"""<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>COG201847-RMT-202612</identifier>
  <sender>cog201847</sender>
  <sent>2026-12-03T10:00:00-06:00</sent>
  <status>Test</status><msgType>Alert</msgType><scope>Public</scope>
  <info><category>Safety</category><event>Required Monthly Test</event>
  <urgency>Unknown</urgency><severity>Minor</severity><certainty>Unknown</certainty></info>
</alert>
Validate against CAP 1.2 please."""),

("hard_negative", "moa_boilerplate", None,
"""Section IV of the MOA: "The COG shall ensure that only personnel who have completed IS-247 are granted access to alerting software, shall protect the digital certificate and its password, and shall notify FEMA within 24 hours of a compromise." Rewrite this in plainer language for the county commissioners."""),

("hard_negative", "password_policy_prose", None,
"""Reminder for all COGs: certificate passwords must be changed when an authorized user leaves. Reset the keystore password through your software vendor, never send it by email, and never paste it into tickets. Write this up as a two-paragraph notice."""),

("hard_negative", "storm_names", None,
"""Our after-action covers three events: Hurricane Ida remnants, the Winter Storm Uri freeze and the Tropical Storm Hope near miss (that's the exercise name, not a real storm). Compare alert lead times in a table: 42 min, 18 min, 65 min."""),

("hard_negative", "cog_ids_and_counts", None,
"""Active COGs by state, FY26: 1,706 total; new MOAs 88; expired certificates 141. COG IDs 201847, 201912 and 202003 are pending renewal. Alert volume: 4,412 WEA, 12,980 EAS, 1,240 NWEM. Summarize in one chart description."""),

("hard_negative", "county_names_like_people", None,
"""Counties in the pilot: Washington, Jefferson, Lincoln, Grant, Marion, Warren, Clay, Logan, Carroll and Dallas. Which of these already have IPAWS alerting authority? I only need a template table with a yes/no column."""),

("hard_negative", "test_alert_sample_text", None,
"""Sample WEA for the exercise (clearly marked EXERCISE): "EXERCISE EXERCISE EXERCISE. This is a test of the emergency alert system for Example County. Contact John Q. Public at 555-555-5555 for more information. EXERCISE." Does 360 characters include the prefix?"""),

("positive", "email_thread_cert_renewal", "yoruba+anglo",
"""> On Mon, [[PERSON:Adebayo Ogunsanwo]] <[[EMAIL_ADDRESS:aogunleye@lakehavencounty.gov]]> wrote:
> Our certificate expires 12/31. Who signs the renewal form, me or the director?

Either works if you're on the MOA. Please have [[PERSON:Director Hollis]] countersign though.
— [[PERSON:Bernadine]], IPAWS PMO""".replace("[[PERSON:Director Hollis]]", "Director [[PERSON:Ravenhurst]]")),

("positive", "github_token_repo", None,
"""Our CAP feed script pulls from a private GitHub repo. The token in the cron job is [[GITHUB_TOKEN:ghp_r8TnV2qLx5KmW9cZb3YhF7dJs1PaE6uG0oRt]] — can you rewrite the cron line so it reads the token from a file instead?"""),

("hard_negative", "commissioners_meeting_minutes", None,
"""Minutes, County Commission, Dec 2: Item 7, IPAWS renewal. The emergency manager reported the MOA renewal and the certificate rotation. Commissioner for District 2 moved to approve; seconded by District 4; carried 5-0. Item 8, road grader purchase, tabled."""),

("evasion", "leet_name_dob", "ojibwe",
"""volunteer alert reviewer for the band: [[PERSON:N1mk1 Wa5aya-B1rd]], b. [[DATE_OF_BIRTH:l9 /O4/ l978]] (typed it this way so the form bot wouldn't eat it)"""),

("hard_negative", "vendor_support_ticket", None,
"""Ticket #88213-4407 from the alerting vendor: "Customer's RMT failed with error IPAWS-AGG-302 (invalid signature). Customer advised to re-import certificate. Case closed pending confirmation." What does error 302 usually mean?"""),
]
