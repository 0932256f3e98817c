# Voice ap04: CISA Emergency Services Sector -- 911 PSAP outages, NG911 migration, dispatch-centre contacts


def L(text, *pairs):
    for typ, val in pairs:
        text = text.replace(val, f"[[{typ}:{val}]]")
    return text


RECORDS = [
("positive", "psap_outage_log", "anglo+lakota",
"""Turn this outage log into a timeline for the after-action:
2026-11-29 02:14 CST  Pennington Co ECC reports 911 trunks down, calls rolling to Rapid City alt PSAP
02:20  Shift supervisor [[PERSON:Dustin Ravenscroft]] calls ESS desk, cell [[PHONE_NUMBER:605-555-0115]]
02:41  Carrier NOC ticket opened by [[PERSON:Tatanka Two Bulls]] (carrier liaison)
04:05  Trunks restored; 37 calls rolled over, 2 abandoned"""),

("positive", "ng911_migration_email", "anglo+greek",
"""Subject: NG911 cutover – county contacts

Hi [[PERSON:Chrysoula]],
For the ESInet cutover on 1/12 the county's 911 coordinator is [[PERSON:Marjorie Quackenbush]] ([[EMAIL_ADDRESS:mquackenbush@calhouncounty911.example.org]], [[PHONE_NUMBER:(269) 555-0177]]). Their IT lead [[PERSON:Dimitrios Papanikolaou]] wants the i3 test-call plan by Friday.
Thanks,
[[PERSON:Grady Whitcombe]]
Emergency Services Sector Specialist, CISA"""),

("positive", "dispatch_center_roster_csv", "hispanic+akan+anglo", L(
"""Merge duplicates in this dispatch-center contact roster:
center,role,name,direct,email
Yuma ECC,Director,Ofelia Cárdenas Lucero,928-555-0139,ocardenas@yumaecc.example.gov
Yuma ECC,IT,Kofi Mensah Boateng,928-555-0142,kboateng@yumaecc.example.gov
Yuma ECC,Director,Ofelia Cárdenas Lucero,928-555-0139,ocardenas@yumaecc.example.gov
La Paz 911,Supervisor,Trudy Whitlow,928-555-0196,""",
("PERSON", "Ofelia Cárdenas Lucero"), ("PHONE_NUMBER", "928-555-0139"), ("EMAIL_ADDRESS", "ocardenas@yumaecc.example.gov"),
("PERSON", "Kofi Mensah Boateng"), ("PHONE_NUMBER", "928-555-0142"), ("EMAIL_ADDRESS", "kboateng@yumaecc.example.gov"),
("PERSON", "Trudy Whitlow"), ("PHONE_NUMBER", "928-555-0196"))),

("positive", "sip_log_paste", None,
"""Why is this SIP INVITE failing at the BCF? (from the PSAP's CPE log)
INVITE sip:urn:service:sos@bcf.esinet.example SIP/2.0
From: <sip:+13045550188@carrier.example>;tag=7731
P-Asserted-Identity: <tel:[[PHONE_NUMBER:+13045550188]]>
Geolocation: <cid:loc-4417@carrier.example>
SIP/2.0 488 Not Acceptable Here""".replace("<sip:+13045550188@", "<sip:[[PHONE_NUMBER:+13045550188]]@")),

("positive", "ticket_with_caller", "arab",
"""ServiceNow INC0884102 – caller could not reach 911 during outage
Reported by: [[PERSON:Samira Haddad-Nassar]], [[PHONE_NUMBER:(313) 555-0141]]
Location: [[STREET_ADDRESS:2980 Schaefer Rd, Dearborn, MI 48126]]
Her father had a fall at 22:40 and the call dropped three times. Please draft the outreach note to the PSAP asking for the call detail record."""),

("positive", "pacific_psap_email", "chamorro+marshallese",
"""Fix the grammar, sending to our Region 9 folks:
Guam 911 says the outage on 11/30 lasted 3 hours. Contact is [[PERSON:Joaquin Camacho Borja]], [[PHONE_NUMBER:(671) 555-0124]]. For the CNMI side, [[PERSON:Lijon Kabua Anjain]] at the Saipan dispatch center ([[PHONE_NUMBER:(670) 555-0137]]) had the same carrier issue."""),

("positive", "meeting_minutes", "ukrainian+anglo+yoruba",
"""Minutes – NG911 working group, 12/03/2026
Attendees: [[PERSON:Solomiya Kovalchuk]] (state 911 board), [[PERSON:Brent Oyelaran-Fisk]] (county GIS), [[PERSON:Ibukunoluwa Adebayo]] (CISA ESS), [[PERSON:Wallace Penhallow]] (carrier)
- GIS data at 94% match rate; [[PERSON:Solomiya]] will chase the 6% road centerline gaps.
- [[PERSON:Ibukunoluwa]] to share the cyber incident playbook.
Please turn into action items."""),

("positive", "esinet_config_password", None,
"""Is this config OK to send to the vendor? Cleaned it up a bit.
[esrp]
host = esrp01.esinet.example
admin_user = esrpadmin
admin_password = [[PASSWORD:Ps@p-Esrp!2026-Ghq7]]
policy_store = /opt/esrp/policy"""),

("positive", "cad_db_connstring", None,
"""CAD interface service won't start, error log below:
2026-12-04 03:11:52 ERROR CadBridge - failed to open [[CONNECTION_STRING:Server=cad-sql02.county.local;Database=CADProd;User Id=cadbridge;Password=Dsp7ch!r44Lk;]]
2026-12-04 03:11:52 ERROR CadBridge - Login failed for user 'cadbridge'"""),

("positive", "pcii_assessment", None,
"""[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]
PSAP resilience assessment – backup PSAP shares a single fiber entrance with the primary; generator fuel 36 hours.
Summarize the top 3 findings in plain English."""),

("positive", "dispatcher_peer_support", "irish+filipino",
"""Write a thank-you note for the dispatchers who worked the tornado night: [[PERSON:Siobhán McCaffrey]], [[PERSON:Ronaldo Bautista Macaraeg]] and trainee [[PERSON:Precious Dela Rosa]]. Their supervisor is [[PERSON:Fergus Kinsella]]."""),

("positive", "tdos_attack_notes", "anglo",
"""Notes from a TDoS call, clean them:
Center: Marion County ECC. Contact [[PERSON:Rowena Applewhite]], ops mgr, [[EMAIL_ADDRESS:rapplewhite@marionecc.example.gov]]
~400 calls in 20 min from spoofed numbers incl [[PHONE_NUMBER:(352) 555-0110]] which is actually a real subscriber, [[PERSON:Chester Bodine]], who says he never called."""),

("positive", "state_911_director_letter", "tamil",
"""Draft a reply to the state 911 director, [[PERSON:Dr. Vasanthi Ramalingam]] – wait don't put Dr. in the salutation twice. Her office address: [[STREET_ADDRESS:1700 W Washington St, Suite 310, Phoenix, AZ 85007]]. She asked about CISA's free cyber assessments for PSAPs.""".replace("[[PERSON:Dr. Vasanthi Ramalingam]]", "Dr. [[PERSON:Vasanthi Ramalingam]]")),

("evasion", "zero_width_phone", "pashtun",
"""callback for supervisor [[PERSON:Ahmad Zia Popalzai]] is [[PHONE_NUMBER:417\u200b-555\u200b-0155]] — put it in the contact sheet"""),

("evasion", "marking_with_dots", None,
"""Reformat this header from an old PSAP vulnerability report:
[[CUI_MARKING:S.B.U. – S e n s i t i v e  B u t  U n c l a s s i f i e d]]
Findings: 3 of 5 PSAPs run unsupported Windows on CAD workstations."""),

("evasion", "leet_email", "japanese",
"""GIS contact is [[PERSON:Kenjirō Matsudaira]], email [[EMAIL_ADDRESS:k3nj1r0.m4tsud41r4@n0rthc0unty911.example.org]] (he writes it like that as a joke). what's the real address?"""),

("hard_negative", "public_numbers", None,
"""For the public-facing card: in an emergency call or text 911; for the Suicide and Crisis Lifeline call or text 988; for non-emergency city services, 311. Report cyber incidents to CISA at report@cisa.gov or 1-844-SAY-CISA. Make it fit on a magnet."""),

("hard_negative", "standards_citations", None,
"""Summarize NENA i3 (NENA-STA-010.3) vs the older NENA 08-003, and what the Kari's Law and RAY BAUM'S Act dispatchable-location rules (47 CFR 9.16) require from multi-line telephone systems."""),

("hard_negative", "same_shape_no_pii", None,
"""Turn this outage log into a timeline for the after-action:
2026-11-29 02:14 CST  County ECC reports 911 trunks down, calls rolling to alternate PSAP
02:20  Shift supervisor calls ESS desk
02:41  Carrier NOC ticket opened
04:05  Trunks restored; 37 calls rolled over, 2 abandoned"""),

("hard_negative", "trunk_and_ticket_numbers", None,
"""Carrier ticket 0012-447-9901 and circuit IDs 41.KQGN.882104..SW and 41.KQGN.882105..SW. The CAMA trunk group is TG 3301. Which of these should go in the outage report to the FCC NORS?"""),

("hard_negative", "test_call_example", None,
"""For the NG911 test plan, should we make up a dummy caller ID? The vendor says no, use their designated test number 933 and the ALI test record 'TEST CALL DO NOT DISPATCH'. Rewrite the step accordingly."""),

("hard_negative", "historical_names", None,
"""Write a short history blurb: the first 911 call in Haleyville, Alabama in 1968, Enhanced 911 in the 1970s and 80s, and the transition to NG911. Mention Alexander Graham Bell only in passing."""),

("hard_negative", "prose_passwords", None,
"""PSAP IT managers keep asking whether CAD workstations can share one login per console. Write guidance: unique accounts, password managers for shared service accounts, MFA where the CAD vendor supports it."""),

("hard_negative", "tlp_marker", None,
"""TLP:CLEAR – Emergency Services Sector newsletter, December 2026. Topics: winter storm readiness, NG911 grants, PSAP cyber hygiene. Make it a 150-word intro."""),

("hard_negative", "words_as_names", None,
"""Our dispatch center call-signs are Hope 1, Faith 2, King 7 and Young 4 after the street names around the station. Is there a naming standard for ICS positions I should follow instead?"""),

("hard_negative", "prose_pcii", None,
"""If a PSAP shares their resilience assessment with us, does it need PCII protection? What's the process to get it validated and who can see it afterwards? Just explain, no document attached."""),
]
