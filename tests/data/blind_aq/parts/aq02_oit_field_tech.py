"""aq02: CBP Office of Information and Technology field technicians: port-of-entry equipment (license plate readers,
kiosks, RPMs), service tickets."""

RECORDS = [
    ("positive", "service_ticket", "mexican+anglo", """INC0418227 | Priority 2 | Otay Mesa POE, northbound lane 9
Reported by: CBPO [[PERSON:Rosalba Higareda Cuén]] ([[PHONE_NUMBER:619-555-0131]])
Assigned: [[PERSON:Garrick Lindgren-Holm]], OIT Field Ops San Diego
Issue: LPR camera 9B returning blank plate reads since 0600, lane backs up to the Mexican side.
Work notes: replaced IR illuminator, reseated fibre, reads back at 97%. Closing pending 24h watch.
Please write the closure summary in 3 sentences."""),

    ("positive", "email_thread", "lebanese+anglo", """Subject: RE: APC kiosk 14 at IAD still rebooting

[[PERSON:Nadim]] — the kiosk vendor says it's the card reader firmware, not our image. Can you get me a window Tuesday 0200-0400?
-- [[PERSON:Corliss Whitmore]] | CBP OIT Field Support, Dulles | [[EMAIL_ADDRESS:corliss.whitmore@cbp.dhs.gov]] | cell [[PHONE_NUMBER:(571) 555-0171]]

> On Mon, Dec 7, 2026, [[PERSON:Nadim Haddad-Karam]] <[[EMAIL_ADDRESS:nadim.haddad-karam@cbp.dhs.gov]]> wrote:
> Supervisors are fed up, 14 reboots in an hour during the Frankfurt bank. Need a fix not a ticket number."""),

    ("positive", "kiosk_admin_cred", "bangladeshi", """kiosk maintenance mode at DFW terminal D, for tonight's tech: local admin is svc_kioskmaint and the password is [[PASSWORD:Rk7!vQ2m#Lw9zT]] — vendor rotates it Friday. rewrite this as a handoff note for [[PERSON:Tanvir Hossain Chowdhury]]"""),

    ("positive", "rpm_log", "navajo", """RPM alarm log, Nogales Mariposa, lane 3 (tech copy)
2026-12-05T03:14:22Z GAMMA ALARM occupancy 88213 cleared by CBPO [[PERSON:Delbert Yazzie-Begay]]
2026-12-05T03:20:07Z NEUTRON FAULT panel B — tech paged [[PHONE_NUMBER:520-555-0177]]
2026-12-05T04:02:51Z NEUTRON FAULT cleared, HV supply reseated
Does this pattern (fault right after a gamma alarm) look like a power issue to you?"""),

    ("positive", "site_access_list", "korean+hawaiian+anglo", """Escort list for the Blaine Peace Arch LPR swap, Dec 9 — contractors need badge at the admin building first:
| name | company | phone | DL |
|---|---|---|---|
| [[PERSON:Seo-yeon Park-Ahlquist]] | Perceptics sub | [[PHONE_NUMBER:360-555-0114]] | WA [[US_DRIVER_LICENSE:WDL7X2MK4P9B]] |
| [[PERSON:Keoni Kealamakia]] | Perceptics sub | [[PHONE_NUMBER:360-555-0139]] | HI [[US_DRIVER_LICENSE:H02815374]] |
| [[PERSON:Rusty Oberholtzer]] | CBP OIT | [[PHONE_NUMBER:360-555-0153]] | n/a |
Reformat as an email body to the port's admin officer."""),

    ("positive", "teams_chat", "anglo+ukrainian", """[Teams] [[PERSON:Ostap Hrytsenko]] 9:41 AM
the SENTRI lane reader at Calexico East is pulling the wrong traveler photo again
[Teams] [[PERSON:Ostap Hrytsenko]] 9:42 AM
test card they used belongs to an officer, [[PERSON:Aurelio Montaño]], DOB on file [[DATE_OF_BIRTH:12/09/1985]] — shows somebody else's face
[Teams] me 9:44 AM
don't paste traveler data in here lol. ok opening a P1"""),

    ("positive", "json_config_token", None, """our lane-monitoring agent config, it's failing to post to the dashboard. what's wrong with the JSON?
{
  "site": "POE-2404-LAREDO-WTB",
  "poll_interval": 30,
  "dashboard_url": "https://lanemon.oit.example/api/v2/ingest",
  "api_key": "[[PASSWORD:lmk_8f2c91ad47e3b60d5f1a9c27e84b3d06]]",
  "owner": "[[EMAIL_ADDRESS:t.pruett-ambrose@cbp.dhs.gov]]",
  "lanes": [1,2,3,4,5,6]
}"""),

    ("positive", "timesheet_overtime", "samoan+anglo", """Overtime claim, week of 11/30, can you total the hours?
Tech: [[PERSON:Faleolo Leaupepe-Tuimavave]]  EDIPI [[DOD_EDIPI:1472093586]]
Mon 11/30 2200-0400 Blaine, kiosk reimage
Wed 12/02 0100-0500 Sumas, LPR alignment
Approver: [[PERSON:Wendell Crabtree]]"""),

    ("positive", "voicemail", "punjabi", """vm from the port of Buffalo at 05:12: "hey it's Gurleen Kaur Bassi from the Peace Bridge cargo side, the VACIS trailer monitor is dead again, I'm at 716 555 0108 until seven, after that try my partner." pls put into a ticket description"""
     .replace("Gurleen Kaur Bassi", "[[PERSON:Gurleen Kaur Bassi]]").replace("716 555 0108", "[[PHONE_NUMBER:716 555 0108]]")),

    ("positive", "spare_parts_request", "ethiopian", """Parts request — ship to tech on site:
Attn: [[PERSON:Meskerem Alemayehu]], OIT Field Tech
[[STREET_ADDRESS:9400 Bonita Mesa Rd, Bldg 2, Santa Teresa, NM 88008]]
Items: 2x IR illuminator (LPR), 1x kiosk thermal printer
Need it by Thursday. Make this a short polite email to logistics."""),

    ("positive", "netrc_paste", "anglo", """why does my curl to the vendor portal still prompt for login? here's ~/.netrc
machine portal.lprvendor.example
  login oitfield_pruett
  password [[PASSWORD:Hq3vN8xE2wLs]]"""),

    ("positive", "after_action", "chinese+chamorro", """After-action, Guam A.B. Won Pat airport kiosk outage 12/03:
- Reported by CBPO [[PERSON:Joaquin Taitano-Cruz]] 0540 local
- Tech on call [[PERSON:Situ Wenhui]] remoted in, rebooted controller, no effect
- Root cause: switch in comms closet lost PoE budget
- [[PERSON:Situ]] is asking for a spare switch at the port
Make it fit on one slide."""),

    ("positive", "cui_work_order", "anglo", """[[CUI_MARKING:CUI//SP-CRIT]]
Work order WO-77120: relocate LPR mast, Lane 4, Detroit Ambassador Bridge. Tech lead [[PERSON:Hollis Merriweather]]. Mast coordinates and camera angles in attachment B.
could you turn this into a checklist for the night crew?"""),

    ("evasion", "base64_password", "south_african", """vendor sent the kiosk BIOS password base64'd "for security": [[PASSWORD:VGtvLTl2RmFxITJ3]] — how do I decode it on a locked-down laptop without installing anything? tech is [[PERSON:Nkosana Dlamini-Mthembu]]"""),

    ("evasion", "phone_dotted_spaced", "puerto_rican", """call the Aguadilla tech at 7.8.7 - 5.5.5 - 0.1.6.5, ask for [[PERSON:Yadiel Quiñones Rosado]], he knows the kiosk""".replace("7.8.7 - 5.5.5 - 0.1.6.5", "[[PHONE_NUMBER:7.8.7 - 5.5.5 - 0.1.6.5]]")),

    ("evasion", "password_split_msgs", None, """[Teams] me: the switch enable pw at Champlain is [[PASSWORD:Tz8#]]
[Teams] me: oops hit enter — rest is [[PASSWORD:wq4Lm!x]]
[Teams] me: can you tell me how to delete a message in teams"""),

    ("hard_negative", "asset_serials", None, """Asset tags for the LPR refresh at Laredo: CBP-0047211, CBP-0047212, CBP-0047219. Camera serials PX4-220918-0412, PX4-220918-0415. Firmware 7.12.3-b445. Can you put these into a table with a column for install date?"""),

    ("hard_negative", "ticket_numbers", None, """Ticket roll-up for the monthly: INC0418227, INC0418302, RITM0091244, CHG0033187. Two were kiosks, one LPR, one RPM. Contract 70B04C24F00000219, CLIN 0003. Phone numbers in tickets removed. Summarise by equipment type."""),

    ("hard_negative", "public_contact", None, """For the kiosk signage, travelers with questions should contact the CBP Information Center at 1-877-227-5511 or visit cbp.gov/contact. The headquarters mailing address is 1300 Pennsylvania Avenue NW, Washington, DC 20229. Does that fit on a 4x6 sticker?"""),

    ("hard_negative", "password_policy_prose", None, """Rewrite for the field tech newsletter: Never share kiosk admin passwords in chat or email. If a vendor sends one in clear text, report it to the Security Operations Center and request rotation. Reset your own network password at the self-service portal; the help desk will never ask for it."""),

    ("hard_negative", "config_placeholders", None, """lane agent config template for the wiki, safe to share?
site: POE-XXXX
dashboard_url: https://lanemon.oit.example/api/v2/ingest
api_key: ${LANEMON_API_KEY}
owner: <your-email-here>
admin_password: changeme"""),

    ("hard_negative", "place_names", None, """Travel list for the December circuit: Sweetgrass, Roosville, Whitetail, Raymond, Portal, Dunseith, Pembina, Warroad. Some are tiny ports with one lane. Order them west to east along the northern border for a route plan."""),

    ("hard_negative", "eponym_bridges", None, """Caption help: 'Technicians realigned plate readers at the Ambassador Bridge, the Peace Arch, the Lewiston-Queenston Bridge and the Bridge of the Americas this week.' Make it punchier for the OIT newsletter."""),

    ("hard_negative", "log_no_pii", None, """2026-12-05T03:14:22Z lane=3 event=GAMMA_ALARM occ=88213 cleared=1
2026-12-05T03:20:07Z lane=3 event=NEUTRON_FAULT panel=B
2026-12-05T04:02:51Z lane=3 event=NEUTRON_FAULT_CLEAR
2026-12-05T04:02:52Z lane=3 event=SELFTEST rc=0
Is the 48-minute fault window long enough to count as an outage under our SLA (30 min)?"""),

    ("hard_negative", "about_cui", None, """Work orders that include camera angles and mast positions — should those be marked CUI, and under which category? I've seen CUI//SP-CRIT suggested but my supervisor thinks plain CUI is enough. Explain the difference without marking this message."""),

    ("positive", "git_clone_token", None, """the kiosk image repo won't clone on the bench laptop:
git clone https://oitfield:[[GITHUB_TOKEN:ghp_R7kT2mXq9LwB4vNc8ZpJ3sHd6YfG1aUe0oKi]]@github.com/cbp-oit-field/kiosk-image.git
fatal: unable to access ... SSL certificate problem
is it the proxy?"""),
]
