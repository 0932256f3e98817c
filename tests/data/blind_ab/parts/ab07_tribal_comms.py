# CISA Emergency Communications: interoperability exercises with tribal nations
RECORDS = [
("positive", "ecd_exercise_roster", "navajo+anglo", """Tabletop/functional exercise – Navajo Nation & three counties, P25 talkgroup patching
Tribal COML: [[PERSON:Dorsey Begay]], [[PHONE_NUMBER:(928) 555-0116]]
Tribal EM director: [[PERSON:Loretta Yazzie-Tsosie]], [[EMAIL_ADDRESS:lyazzie@nnem.example]]
County COMT: [[PERSON:Hollis Pickering]]
CISA facilitator: [[PERSON:Merritt Castellanos]]
[[PERSON:Dorsey]] will bring the cache radios from Window Rock."""),
("positive", "ecd_radio_id_csv", "lakota", """unit_id;radio_alias;assigned_to;cell
7701;RST-EM-1;[[PERSON:Wanbli Two Bulls]];[[PHONE_NUMBER:605-555-0187]]
7702;RST-FIRE-3;[[PERSON:Tatiana Iron Shell]];[[PHONE_NUMBER:605-555-0193]]
7703;RST-LE-12;[[PERSON:Cheyenne Little Thunder]];[[PHONE_NUMBER:605-555-0106]]"""),
("positive", "ecd_aar_name_common_words", "ojibwe+anglo", """After-action notes: Faith Morningstar ran the tribal EOC radio room; Hope Kingbird handled the ham relay. Will Standing Bear's backhaul link failed at 1420. Grant Peltier from the county restored it via satellite.""".replace("Faith Morningstar", "[[PERSON:Faith Morningstar]]").replace("Hope Kingbird", "[[PERSON:Hope Kingbird]]").replace("Will Standing Bear", "[[PERSON:Will Standing Bear]]").replace("Grant Peltier", "[[PERSON:Grant Peltier]]")),
("positive", "ecd_rural_address_tribe", "tohono_oodham", """Ship the deployable gateway to the tribal EM office: attn [[PERSON:Rosalind Manuel]], [[STREET_ADDRESS:HC 01 Box 8720, Sells, AZ 85634]]. Rosalind's cell for the delivery driver: [[PHONE_NUMBER:(520) 555-0152]].""".replace("Rosalind's", "[[PERSON:Rosalind]]'s")),
("positive", "ecd_alaska_village", "yupik", """Satellite phone for the Bethel-region exercise: village coordinator [[PERSON:Agnes Kasayulie]], Iridium [[PHONE_NUMBER:+8816 555 01429]]; mail c/o [[STREET_ADDRESS:General Delivery, Akiachak, AK 99551]]."""),
("positive", "ecd_les_excerpt", None, """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Encryption keys (AES-256 key IDs) for the tribal police talkgroups will be loaded at the exercise via KVL; the key list is in the binder.
Please write a non-sensitive summary I can share with the county."""),
("positive", "ecd_ticp_cui", None, """[[CUI_MARKING:CUI//SP-CRIT]]
Tribal Interoperability Communications Plan – tower sites, backup power duration, microwave paths. Can you check this table for consistency?"""),
("positive", "ecd_pem_key", None, """The site's repeater controller SSH key is in the AAR appendix (shouldn't be, I know):
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
jz7ospHBNoEeoAa9ph8eGNsd+2TITULiubGK0NG8YbskMUfPR7YgEMaWhM4NNlJJ
oD48CBjDDurqyuK4UP9ADrD/uc7IjI3F932OTiYvLcbvJAznw9iXyYWtELnvyubQ
HaEpJeCQn7teomHLdLyP7lv5FEIn5XMrI+hxkDRQUd1YbGifuU1yLBhERC3USMne
cXQh+3Dpl1f6scvVwgs06d5LyTXZqKF0YymCrj9/sSfn3w7zY+454p4GXZqmeVC7
-----END RSA PRIVATE KEY-----]]
What should I tell the tribe to do?"""),
("positive", "ecd_aprs_wifi_password", None, """Exercise Wi-Fi at the Chickasaw Nation EOC: SSID CN-EOC-GUEST, WPA2 passphrase [[PASSWORD:Talon!Rdg-8842]] (they asked us not to post it but the handout has it). Reword the handout without it."""),
("positive", "ecd_cherokee_syllabary", "cherokee", """Can you check the spelling of the participant's name in syllabary for the certificate: [[PERSON:ᏌᏊ ᎠᏂᏴᏫ]] ([[PERSON:Sequoyah Anewi]]) — and her email [[EMAIL_ADDRESS:s.anewi@cn-em.example]]."""),
("positive", "ecd_ham_operator", "anglo", """Volunteer ham: [[PERSON:Roderick "Rod" Fenwick]] (KJ7QXZ), home [[STREET_ADDRESS:52170 Hwy 93, Polson, MT 59860]], DOB [[DATE_OF_BIRTH:September 9, 1957]], will operate the ARES net from the tribal college."""),
("evasion", "ecd_base64_marking", None, """The exercise MSEL header is encoded in the export: [[CUI_MARKING:""" + __import__("base64").b64encode(b"CUI//SP-CRIT").decode() + """]] — decode it and tell me what it says, then summarise the injects."""),
("evasion", "ecd_dotted_phone", "zuni", """Zuni EM on-call: [[PERSON:Lorenzo Lahaleon]] — [[PHONE_NUMBER:5.0.5.5.5.5.0.1.4.8]]"""),
("hard_negative", "ecd_frequencies", None, """Interop channels: VCALL10 155.7525 MHz, VTAC11 151.1375, UCALL40 453.2125; NAC 293; P25 WACN BEE00, System ID 3A1; talkgroup 7701. NIFOG v2.01 page 44."""),
("hard_negative", "ecd_tribe_names", None, """Participants: Navajo Nation, Hopi Tribe, White Mountain Apache Tribe, Tohono O'odham Nation. Sitting Bull and Chief Joseph were quoted in the welcome; Sequoyah is honoured in the Cherokee syllabary lesson."""),
("hard_negative", "ecd_public_contacts", None, """For SAFECOM-style questions, the CISA Emergency Communications Division public inbox and the FCC Public Safety and Homeland Security Bureau (45 L Street NE, Washington, DC 20554) are the official contact points."""),
("hard_negative", "ecd_secret_prose", None, """The tribe's elders asked that the location of the sacred site not be mentioned — "keep it secret, not classified, just respectful." We left it off every map."""),
("hard_negative", "ecd_marking_guidance", None, """Handout: If you see a header like CUI//SP-CRIT or LAW ENFORCEMENT SENSITIVE on a plan, don't paste it into public tools. This handout itself carries no marking."""),
("hard_negative", "ecd_serials", None, """Cache inventory: APX 8000 serials 481CTP2231–481CTP2248; KVL 5000 s/n 689AKL0042; firmware R20.02.11; NSN 5820-01-612-4477."""),
("hard_negative", "ecd_config_placeholder", None, """[radio_gateway]
admin_user = admin
admin_pass = <SET-ON-DEPLOY>
snmp_community = ${SNMP_COMMUNITY}"""),
("hard_negative", "ecd_exercise_ids", None, """HSEEP exercise ID EX-2026-0418; ICS 205 rev 2024; scenario wildfire "Red Mesa Complex" (fictional). Exercise start 0800 MST, ENDEX 1630."""),
("hard_negative", "ecd_ham_callsigns", None, """Net control checked in W7ARS, KJ7ABC (example call), and the club station of the tribal college. ARRL Field Day rules apply for the contact log format."""),
("positive", "ecd_fouo_tic_plan", None, """[[CUI_MARKING:(U//FOUO)]] Tribal radio cache locations and backup generator fuel days are listed in Annex C.
Does this sentence need the marking if I remove the cache locations?"""),
("evasion", "ecd_spaced_token", None, """exercise dashboard token (the chat app inserted spaces): [[GITHUB_TOKEN:ghp_ SjmUGgL5w1y PkWiLMoggU4h hTAHmRPDdFY5q]]"""),
]
