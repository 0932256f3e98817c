# Voice: TSA Federal Flight Deck Officer and Law Enforcement Officers Flying Armed coordination
RECORDS = [
("positive", "leofa_nlets", "anglo+hispanic", """LEOFA request for flight UA 1482 DEN-IAH
Officer: [[PERSON:Trooper First Class Hope Castellanos]] is wrong - labelled below correctly.
Name: [[PERSON:Hope Castellanos]]
Agency: Colorado State Patrol
Badge: 2217
Unique Alphanumeric Identifier: on file
Escorting prisoner: [[PERSON:DUARTE, Rigoberto]] DOB [[DATE_OF_BIRTH:08/17/1984]]""".replace("[[PERSON:Trooper First Class Hope Castellanos]] is wrong - labelled below correctly.\n", "")),
("positive", "ffdo_roster_json", "anglo+sikh", """[{"ffdo": "[[PERSON:Mercer, Grant]]", "airline": "Delta", "cell": "[[PHONE_NUMBER:404-555-0193]]", "dl": "GA [[US_DRIVER_LICENSE:052847163]]"},
 {"ffdo": "[[PERSON:Singh Grewal, Harpreet]]", "airline": "Alaska", "cell": "[[PHONE_NUMBER:206-555-0121]]", "dl": "WA [[US_DRIVER_LICENSE:WDL7XK4RM92B]]"}]"""),
("positive", "recurrent_email", "greek", """Capt. [[PERSON:Stavros Zervoudakis]], your FFDO recurrent is confirmed for the 14th. Please bring your credential and send your home address for the shipment of the new lockbox: we have [[STREET_ADDRESS:PSC 817 Box 2241, FPO AE 09622]] on file from your Navy days, which is outdated. — [[PERSON:Lena Haugland]]"""),
("positive", "lowercase_name_common", "anglo", """note: [[PERSON:will rivers]] (ffdo, american) lost his firearm lockbox key at ord, replacement shipped to [[STREET_ADDRESS:1907 Prairie Rose Ln, Naperville, IL 60564]]"""),
("positive", "japanese_pilot", "japanese", """Liaison note from Narita: FFDO-equivalent question from JAL captain [[PERSON:渡辺 健太郎]] ([[PERSON:WATANABE Kentaro]]), 生年月日 [[DATE_OF_BIRTH:1975年10月2日]], contact [[PHONE_NUMBER:+81 3-5550-1184]]."""),
("positive", "ssi_warning", None, """Please tighten the wording of this paragraph before I send it to the airline:
The LEOFA check-in procedure at gate areas will change on March 1.
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]"""),
("positive", "ssi_banner", None, """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
FFDO seat assignment matrix, Q2 - can you convert the table below to CSV?
Flight | FFDO | Jumpseat
AA 201 | 1 | Y"""),
("positive", "slack_webhook_token", None, """our leofa notification bot posts to slack using token [[SLACK_TOKEN:xoxb-4820317746-5938201473366-Rq8ZkT2bWmLx0Vf7Nc3Hy9Ja]], can you tell me why chat.postMessage says not_in_channel?"""),
("positive", "jwt_api", None, """Testing the FFDO scheduling API:
GET /v2/recurrent/slots
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmZmRvLXNjaGVkIiwicm9sZSI6ImNvb3JkIiwiZXhwIjoxODAwMDAwMDAwfQ.Zk4pL9mQ2rT7vXn1bY8cW3sH6jD0fA5gE2uK]]
Returns 401, is the token expired?"""),
("positive", "les_paragraph", None, """[[CUI_MARKING:(U//LES)]] Armed LEO boarding procedures at TPA will use gate B podium verification only.
Rewrite in plain language for the airline station manager."""),
("positive", "prose_password", None, """User: I keep getting locked out of the LEOFA portal. My login is cgray and the password I set yesterday was [[PASSWORD:Armed&Ready2026!]] - is it too long?"""),
("evasion", "dotted_marking", None, """Header of the roster PDF reads [[CUI_MARKING:S.S.I.]] -- can I paste the roster into the scheduling tool?"""),
("evasion", "words_for_phone", "anglo", """text from ffdo [[PERSON:Ned Ashcombe]]: call me at [[PHONE_NUMBER:five one two, five five five, zero one six eight]] when the lockbox arrives"""),
("evasion", "markdown_marking", None, """Copied from the bulletin (the bold got mangled): [[CLASSIFICATION_MARKING:**SECRET**//**NOFORN**]] Armed officer seating threat picture for Q3. Can you summarise?"""),
("hard_negative", "regulation_text", None, """49 CFR 1544.219 governs carriage of accessible weapons by law enforcement officers; 49 CFR 1544.221 covers the carriage of prisoners. Read both before the coordinator training."""),
("hard_negative", "flight_numbers", None, """Weekend LEOFA volume: UA1482, DL2219, AA0201, WN4471. Confirmation codes are airline PNRs (e.g. KXQ4TR) and are not tracked by us."""),
("hard_negative", "ssi_as_benefit", None, """Our retired FFDO volunteer asked whether his Social Security and SSI payments are affected if he takes the part-time instructor job. SSI here is Supplemental Security Income."""),
("hard_negative", "public_figure", None, """Trivia for the newsletter: Chesley 'Sully' Sullenberger landed US Airways 1549 on the Hudson; the FFDO program itself was created by the Homeland Security Act of 2002."""),
("hard_negative", "secret_prose", None, """It's no secret that the recurrent range days fill up fast; keep your classified ads for spare holsters out of the group chat, please."""),
("hard_negative", "placeholder_slack", None, """SLACK_BOT_TOKEN=xoxb-your-token-here
SLACK_CHANNEL=#leofa-notify
# Get a token from the app config page; never commit the real one."""),
("hard_negative", "nsn_parts", None, """Lockbox reorder: NSN 1005-01-593-8821 qty 40; contract 70T04026P9210N001; version 2 of the spec, rev. C."""),
("hard_negative", "fiction_pilot", None, """Loved 'Airport' by Arthur Hailey - Captain Vernon Demerest is such a character. Any similar novels about pilots?"""),
]
