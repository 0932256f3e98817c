"""ao01: CBP OIT field network engineer for land ports of entry, pasting Cisco IOS / IOS-XE / NX-OS / ASA."""

RECORDS = [
    ("positive", "ios_xe_showrun_aaa", "yoruba", """Can you tell me why TACACS auth falls back to local on this 9300? Here's the relevant show run, the stack at the cargo lot IDF:

hostname POE-CARGO-IDF2-SW01
!
enable secret 9 [[PASSWORD:$9$HBGGeba818cGR/$NnrEOOSkwyVnEXZU4ABJA1QiD/km6I8zL.dydkH95UT]]
!
aaa new-model
aaa group server tacacs+ ISE-TAC
 server name ISE-PSN-01
 server name ISE-PSN-02
aaa authentication login default group ISE-TAC local
aaa authorization exec default group ISE-TAC local if-authenticated
!
username poe-break-glass privilege 15 secret 9 [[PASSWORD:$9$e8Hb7mYEEkDx3v$KdH2KG4mEJPXeh1XjpHlt52eK2DTZUwnznIl4wS08OF]]
!
tacacs server ISE-PSN-01
 address ipv4 10.48.12.21
 key 7 [[PASSWORD:10AAF1AF6567F26EBE029899]]
tacacs server ISE-PSN-02
 address ipv4 10.48.12.22
 key 7 [[PASSWORD:10AAF1AF6567F26EBE029899]]
!
interface GigabitEthernet1/0/48
 description Uplink to MDF 4500 Te1/1/3 - moved per CHG0081734 [[PERSON:Olusegun Adebayo]]
 switchport mode trunk
 ip tacacs source-interface Vlan912
!
snmp-server community [[PASSWORD:xUb7-cargoIDF-ro]] RO 95
snmp-server location Bldg 3 cargo lot IDF rack B
!
debug shows "TPLUS: Received authen response status GET_PASSWORD" then it times out after 5s and goes local."""),

    ("positive", "asa_more_system_runconfig_psk", "hispanic", """[[PERSON:Eulalia]] at the remote site says the tunnel to the bridge ops trailer drops every ~8 hours, right when phase 1 rekeys. I pulled this with more system:running-config so the key shows (I know, I'll rotate it after):

crypto ikev1 policy 10
 authentication pre-share
 encryption aes-256
 hash sha
 group 14
 lifetime 28800
!
tunnel-group 198.51.100.77 type ipsec-l2l
tunnel-group 198.51.100.77 ipsec-attributes
 ikev1 pre-shared-key [[PASSWORD:UU+*13kcMiFUB_C@E@C]]
 isakmp keepalive threshold 10 retry 2
!
crypto map OUTSIDE_MAP 20 match address BRIDGE-TRAILER-ACL
crypto map OUTSIDE_MAP 20 set peer 198.51.100.77
crypto map OUTSIDE_MAP 20 set ikev1 transform-set ESP-AES256-SHA
crypto map OUTSIDE_MAP 20 set security-association lifetime seconds 28800

Remote side is a Meraki MX they manage. Site contact is [[PERSON:Eulalia Ochoa-Terrazas]], cell [[PHONE_NUMBER:(915) 555-0138]], if you want me to have her pull their side. Is the lifetime mismatch the likely culprit or DPD?"""),

    ("positive", "nxos_user_snmpv3_localizedkey", "chinese", """nexus 93180 in the data closet, after the upgrade to 10.3 the SNMPv3 polling from the NMS stopped. config:

username admin password 5 [[PASSWORD:$5$zcaAcnw5$zrBosVN4JJRC.5ofb3nnc6PotfzJ2MD1Bj/V3XkjCI5]]  role network-admin
username netmon password 5 [[PASSWORD:$5$PO6AHmF.$F4sjH3/lcExe6DhMuNSqncrIjXMHMqV5ufIdGWDbg/5]]  role network-operator
snmp-server user netmon network-operator auth sha [[PASSWORD:0x9dbcdee01ec6c3d1dee99de80e6d263b]] priv aes-128 [[PASSWORD:0x52b01c51cc02d0a3ba266ddc2b31a5f1]] localizedkey
snmp-server host 10.48.30.5 traps version 3 priv netmon
feature tacacs+
tacacs-server key 7 "[[PASSWORD:015AA89D49404CD7A094A4C2]]"
interface mgmt0
  description OOB mgmt - re-IP'd by [[PERSON:Huang Jiaying]] 11/14
  vrf member management
  ip address 10.48.31.14/24

NMS log says "authenticationFailure" on every poll. Does the localized key get invalidated when the engine ID changes after upgrade?"""),

    ("positive", "routing_auth_email_signature", "tongan", """From: [[PERSON:Sione Havili Taumoepeau]]
Sent: Tuesday, December 1, 2026 6:42 AM
To: POE-Network-Engineering
Subject: RE: BGP to the carrier flapping at the south crossing

Adding what I found on the edge router. The carrier says their side has the MD5 password configured but we see "BGP-3-NOTIFICATION sent to neighbor ... 6/0 (cease)" every few minutes.

router bgp 64812
 neighbor 192.0.2.41 remote-as 7018
 neighbor 192.0.2.41 description CARRIER-PRIMARY
 neighbor 192.0.2.41 password 7 [[PASSWORD:0829BC390E77B906A5E6E71F0F62F8]]
!
interface GigabitEthernet0/0/1
 ip ospf authentication message-digest
 ip ospf message-digest-key 1 md5 7 [[PASSWORD:127E09262B540B93FFC72CE9B879]]
!
key chain EIGRP-POE
 key 1
  key-string [[PASSWORD:cqB4UScx^tn8z-3j]]

Can someone sanity-check before I open a ticket with them?

v/r
[[PERSON:Sione Havili Taumoepeau]]
Network Engineer, OIT Field Support
[[EMAIL_ADDRESS:sione.taumoepeau@cbp.dhs.gov]] | desk [[PHONE_NUMBER:520-555-0163]]"""),

    ("positive", "helpdesk_ticket_vty_password", "anglo", """INC0994127 | Priority 3 | Assigned: Network Ops Tier 2
Caller: [[PERSON:HOPE, Delphine]] (Port Director's office)
Short description: cannot ssh to lobby switch, console works

Work notes (by Tier 1):
Caller reports PuTTY says "Access denied". Connected via console and caller read me the line config:

line con 0
 password 7 [[PASSWORD:08583FF3842C14433132]]
 logging synchronous
line vty 0 4
 password [[PASSWORD:PuENKmU4qUbEmBB]]
 login
 transport input telnet
line vty 5 15
 login local
 transport input ssh

Escalating: please advise why SSH lands on vty 0 4 with telnet only. Caller [[PERSON:Delphine Hope]] is available until 1500 MST."""),

    ("positive", "change_request_contacts", "hispanic+vietnamese", """Drafting the MOP for Saturday's cutover, can you turn this into a clean step list with rollback? Contacts and port map below.

CHG0082210 - Replace 3750X stack at pedestrian processing with C9300-48P
Window: Sat 0200-0500 MST
Implementer: [[PERSON:Marisol Quiñones-Bermúdez]] ([[EMAIL_ADDRESS:marisol.quinones-bermudez@cbp.dhs.gov]], [[PHONE_NUMBER:915-555-0117]])
Backup: [[PERSON:Trần Văn Khoa]] ([[PHONE_NUMBER:915-555-0189]])
Port director notified: yes

Port map (old -> new):
Gi1/0/1-24  -> Gi1/0/1-24   VLAN 210 primary inspection booths
Gi2/0/1-12  -> Gi1/0/25-36  VLAN 220 secondary / APIS kiosks
Gi2/0/13-16 -> Gi1/0/37-40  VLAN 911 cameras (PoE+)
Te1/1/1     -> Te1/1/1      uplink to MDF

Rollback: re-cable to old stack (left racked, powered down), restore startup from TFTP 10.48.30.9."""),

    ("positive", "config_archive_fouo_snmpv3", "pashto", """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]

Configuration baseline - Port of Entry edge router
Prepared by: [[PERSON:Bashir Haidari]], OIT Field Support

snmp-server group NMS-RW v3 priv read ALL-VIEW write ALL-VIEW
snmp-server user nms-poll NMS-RW v3 auth sha [[PASSWORD:Fx3E~6b4mEZRF!EfDA87]] priv aes 128 [[PASSWORD:JtJB6XN%LPRD07?F9#V]]
snmp-server view ALL-VIEW iso included
ip ssh version 2
ip ssh time-out 60

[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]

can you check this baseline against the DISA router STIG and list which findings are open?"""),

    ("evasion", "chat_psk_spaced", None, """[09:14] me: peer came back up but IKE still says MM_NO_STATE
[09:15] me: they read the key to me over the phone and I typed it in like this so I'm sure of each char
[09:15] me: [[PASSWORD:V 9 = v X ? p c g o q ?]]
[09:16] me: config on our side is `ikev1 pre-shared-key` with that, no spaces obviously. could the '?' be getting eaten by the CLI help? how do I enter a literal ? on IOS"""),

    ("evasion", "snmp_community_cyrillic", None, """weird one: SNMP walk from the poller fails but from my laptop it works with the same community. I copied it out of the old wiki page:

snmpwalk -v2c -c [[PASSWORD:bоrderNеt-ro-7731]] 10.48.31.2 sysDescr

and on the switch:
snmp-server community [[PASSWORD:bоrderNеt-ro-7731]] RO 95

is it possible the wiki text has some non-ascii letters in it?"""),

    ("hard_negative", "asa_showrun_masked", None, """ASA 5516 show run output (note: show run masks the keys, so they're ***** here). IKEv2 to the district office won't come up, AUTH_FAILED on our side:

crypto ikev2 policy 10
 encryption aes-256
 integrity sha256
 group 20
 prf sha256
 lifetime seconds 86400
crypto ikev2 enable OUTSIDE
!
tunnel-group 203.0.113.18 type ipsec-l2l
tunnel-group 203.0.113.18 ipsec-attributes
 ikev2 remote-authentication pre-shared-key *****
 ikev2 local-authentication pre-shared-key *****
!
enable password ***** pbkdf2
username fieldops password ***** pbkdf2 privilege 15

What else besides the PSK produces AUTH_FAILED on IKEv2? Is identity (address vs hostname) relevant?"""),

    ("hard_negative", "prose_password_types", None, """Quick sanity check before I write this up for the team wiki: on IOS, type 7 is just a Vigenere-style obfuscation and anyone can reverse it, type 5 is salted MD5, type 8 is PBKDF2-SHA256 and type 9 is scrypt. So the guidance should be "use `enable algorithm-type scrypt secret` and `username X algorithm-type scrypt secret`, and turn on `service password-encryption` only as a last resort for things that can't be hashed like TACACS keys". Is that accurate? Also, does `password encryption aes` with a master key actually help for the key 7 lines, or does it just move the problem?"""),

    ("hard_negative", "jinja_template_placeholders", None, """Here's our golden config template (rendered by the pipeline, secrets come from the vault at render time). Can you add a block for NTP authentication using the same pattern?

hostname {{ inventory_hostname }}
enable algorithm-type scrypt secret {{ vault_enable_secret }}
username {{ breakglass_user }} privilege 15 algorithm-type scrypt secret {{ vault_breakglass_secret }}
!
tacacs server ISE-PSN-01
 address ipv4 {{ ise_psn01 }}
 key {{ vault_tacacs_key }}
!
snmp-server community {{ vault_snmp_ro }} RO 95
snmp-server location {{ site.building }} {{ site.room }}"""),

    ("hard_negative", "show_version_verify_md5", None, """Trying to confirm the image I staged on the two 4431s at the east crossing is good before the reload. Output:

POE-EAST-RTR01#show version | i Software|uptime|Processor board|Configuration register
Cisco IOS XE Software, Version 17.09.04a
POE-EAST-RTR01 uptime is 41 weeks, 2 days, 3 hours, 12 minutes
Processor board ID FLM2418W0QX
Configuration register is 0x2102

POE-EAST-RTR01#verify /md5 bootflash:isr4400-universalk9.17.09.05.SPA.bin
.......................................Done!
verify /md5 (bootflash:isr4400-universalk9.17.09.05.SPA.bin) = 94930ae62929b6efc58cec554d1123d0

The MD5 on the download page is different from what I got on RTR02 (6097603f2be816959d200311935eb7e4). Does that mean RTR02's copy is corrupt, or can the hash differ between boxes?"""),

    ("hard_negative", "login_banner_cdp_names", None, """Please clean up the grammar of our login banner (it has to keep the standard USG consent language) and tell me why CDP only shows one neighbor:

banner login ^C
You are accessing a U.S. Government (USG) Information System (IS) that is provided for USG-authorized use only. By using this IS you consent to monitoring. Communications using, or data stored on, this IS are not private.
^C

POE-KING-ST-SW01#show cdp neighbors
Device ID          Local Intrfce   Holdtme  Capability  Platform   Port ID
HOPE-AVE-SW02      Gig 1/0/48      152      S I         C9300-48P  Gig 1/0/48
WASHINGTON-MDF-CORE Ten 1/1/1      137      R S I       C9500-24Y4 Ten 2/0/7

Circuit from the carrier is tagged 40.HCGS.915550.LUMN and their ticket is 915-555-7310-44. The King St IDF is the one missing."""),

    ("hard_negative", "keychain_removed_errdisable", None, """sanitized per our SOP before pasting (keys replaced with <removed>). Ports keep going err-disabled on the Hope Ave switch:

key chain EIGRP-POE
 key 1
  key-string 7 <removed>
  accept-lifetime 00:00:00 Jan 1 2026 infinite
!
interface range Gi1/0/1 - 24
 switchport access vlan 210
 spanning-tree portfast
 spanning-tree bpduguard enable
!
%PM-4-ERR_DISABLE: bpduguard error detected on Gi1/0/17, putting Gi1/0/17 in err-disable state
%SW_MATM-4-MACFLAP_NOTIF: Host 2b46.0d97.8abc in vlan 210 is flapping between port Gi1/0/17 and port Gi1/0/18

Someone probably plugged a little desk switch in at a booth. Best way to find it from the MAC?"""),
]
