"""am09: a network engineer (router and switch configs, RADIUS, SNMP, VPN, firewall change requests)."""

RECORDS = [
("positive", "ios_snmp_config", None, """Why does our NMS show this switch as unreachable via SNMP? Relevant bits of the running config:

hostname FO-BLDG3-ACC-02
!
snmp-server group NMS-GRP v3 priv read NMS-VIEW
snmp-server user nmsuser NMS-GRP v3 auth sha [[PASSWORD:Qp7vRk2mZs9dLx4w]] priv aes 128 [[PASSWORD:Hn3cYt8bWe5jUa1r]]
snmp-server view NMS-VIEW iso included
snmp-server host 10.40.8.21 version 3 priv nmsuser
!
access-list 55 permit 10.40.8.0 0.0.0.255"""),

("positive", "radius_shared_secret", None, """RADIUS auth is failing on the new ISE node. Switch side:

radius server ISE-02
 address ipv4 10.12.4.62 auth-port 1812 acct-port 1813
 key [[PASSWORD:R4d!usW1reCl0set-88]]
!
aaa group server radius ISE-GRP
 server name ISE-01
 server name ISE-02

ISE side says "shared secret mismatch". Does the key here need to be type 7 or can it be plaintext?"""),

("positive", "type7_password", None, """Found this on an old branch router we're decommissioning: "username netadmin privilege 15 password 7 [[PASSWORD:0822455D0A16544541]]". Is type 7 actually reversible? We need to know whether we must rotate that account on the other devices."""),

("positive", "ipsec_psk", None, """Site-to-site VPN to the contractor isn't coming up. Our side (ASA):

tunnel-group 198.51.100.44 type ipsec-l2l
tunnel-group 198.51.100.44 ipsec-attributes
 ikev2 remote-authentication pre-shared-key [[PASSWORD:Xc9!mTq2Vz7#hLp4Rw]]
 ikev2 local-authentication pre-shared-key [[PASSWORD:Xc9!mTq2Vz7#hLp4Rw]]
crypto ipsec ikev2 ipsec-proposal AES256-SHA256
 protocol esp encryption aes-256
 protocol esp integrity sha-256

Phase 1 completes, phase 2 fails with "proposal mismatch"."""),

("positive", "change_request", "korean+anglo", """Firewall change request, please check it's complete before I submit to the CAB:

CR-26-0871
Requester: [[PERSON:Ga-eun Hwang]], [[EMAIL_ADDRESS:gaeun.hwang@associates.dhs.gov]], [[PHONE_NUMBER:202-555-0197]]
Approver: [[PERSON:Bradley Kinnaman]] (ISSO)
Change: allow TCP/443 from 10.61.0.0/16 to the new SIEM collector 10.9.3.14
Window: Sat 0200–0400 ET
Rollback: remove ACE 14 from ACL OUTSIDE-IN"""),

("positive", "juniper_config", None, """Juniper SRX, need to add a second admin account like the first one. Existing:

system {
    login {
        user neteng1 {
            uid 2001;
            class super-user;
            authentication {
                encrypted-password "[[PASSWORD:$6$Kd2mPq9x$7uYbLs0cVn4rW1eT8aZk3jHg6fDx5QpM2oNr9tBv0wCy.]]";
            }
        }
    }
}"""),

("positive", "netrc_backup", None, """Config backup script pulls from the TFTP/FTP box using .netrc. Cron job fails with "login incorrect":

machine backup01.netops.local
login cfgbackup
password [[PASSWORD:T0pology!Backup-2026]]

File perms are 600. What else could it be?"""),

("positive", "oncall_handoff", "eritrean+russian", """On-call handoff notes (Teams), clean up please:
- [[PERSON:Kibrom Tekle]] had the pager Mon–Wed, handing to [[PERSON:Arkady Shevelyov]] ([[PHONE_NUMBER:571-555-0166]]).
- Open: core-2 line card flapping, TAC case 699412873 opened by [[PERSON:Kibrom]].
- [[PERSON:Arkady]]: vendor tech [[PERSON:Rafael Quintanilla]] arrives Thu 0800, escort needed, his cell [[PHONE_NUMBER:703-555-0184]]."""),

("positive", "basic_auth_api", None, """Our IPAM API call returns 403. Request:

GET /api/v2/subnets?site=FOB3 HTTP/1.1
Host: ipam.netops.local
Authorization: Basic [[PASSWORD:bmV0YXV0bzpJcGFtIzIwMjYhU3VibmV0cw==]]
Accept: application/json

Is the Basic header formed correctly?"""),

("positive", "github_token_ansible", None, """Ansible playbook can't pull the config templates repo anymore. In group_vars/all.yml:

templates_repo: "https://[[GITHUB_TOKEN:ghp_tHfb1F6w70WAKadYEjW1W5bSapfQ7Dh3yEg4]]@github.com/netops-internal/ios-templates.git"
backup_dir: /srv/backups/configs

Error: "Repository not found". Token expired maybe?"""),

("positive", "vendor_email", "indian+anglo", """From: [[PERSON:Aravind Subramaniam]] <[[EMAIL_ADDRESS:aravind.s@northgate-netsvcs.com]]>
Subject: RE: RMA for switch serial FOC2231X0QZ

Hi [[PERSON:Tamsin]], the replacement ships tomorrow to the Mount Weather-area depot. Please have someone sign. My direct is [[PHONE_NUMBER:408-555-0132]].
> [[PERSON:Tamsin Marchetti]] wrote: the PSU on stack member 3 failed, need a next-day replacement
Summarize this thread for the ticket."""),

("positive", "fortigate_admin", None, """FortiGate backup config excerpt, why does the admin login fail after restore?

config system admin
    edit "fwadmin"
        set accprofile "super_admin"
        set password [[PASSWORD:Fg!Restore-7Kq2mW9z]]
    next
end"""),

("positive", "wlc_guest", "anglo", """Guest WLAN for the conference wing, the PSK is in the WLC config: wlan GUEST-CONF 12, security wpa akm psk set-key ascii 0 [[PASSWORD:Visitor#Wing3-2026]]. Facilities manager [[PERSON:Roberta Kincaid]] wants it printed on signs. Is that OK for a guest network, or should we use a captive portal?"""),

("evasion", "spaced_psk", None, """The contractor sent their side's PSK over the phone and I typed it in chat like this: [[PASSWORD:X c 9 ! m T q 2 V z 7 # h L p 4 R w]]. Is it normal for PSKs to be this long?"""),

("evasion", "b64_community", None, """Someone "hid" the SNMP community in our monitoring YAML as base64:
snmp:
  version: 2c
  community_b64: "[[PASSWORD:TjN0TTBuIXQwci1SMA==]]"
Base64 isn't encryption right? What should we use instead?"""),

("evasion", "zwsp_secret", None, """Copied from the wiki page, it has weird invisible chars: "tacacs-server key [[PASSWORD:Tac\u200bacs\u200b!Core\u200b-2026]]". The switch rejects it when pasted. How do I strip invisible characters in vim?"""),

("hard_negative", "placeholder_config", None, """Template for the new access switches (values filled in by the provisioning script):

snmp-server user {{ snmp_user }} NMS-GRP v3 auth sha {{ vault_snmp_auth }} priv aes 128 {{ vault_snmp_priv }}
radius server ISE-01
 key <RADIUS_SHARED_SECRET>
enable secret ${ENABLE_SECRET}

Is Jinja going to choke on the ${} syntax?"""),

("hard_negative", "prose_secret_explained", None, """Explain for a junior engineer the difference between "enable password", "enable secret", type 5, type 8 and type 9 hashing on Cisco IOS, and why "service password-encryption" is weak. No example values needed."""),

("hard_negative", "mac_serials", None, """Inventory cleanup: serial FOC2231X0QZ (MAC 00:1B:54:C2:7E:10), serial FDO2419R1NM (MAC 70:6D:15:A3:44:9F), serial JAE24510KLP. Firmware 17.9.4a on all. Which serial format belongs to which platform?"""),

("hard_negative", "ticket_numbers", None, """Open items: TAC case 699401258 (line card), INC0048812 (VPN flapping), CHG0031177 (ACL update), RITM0092214 (new VLAN). Change window 2026-12-12. Can you prioritize these for standup?"""),

("hard_negative", "rfc_snmp_public", None, """Auditor finding says "default SNMP community strings in use". Explain why 'public' and 'private' defaults are a problem and what RFC 3414 (USM for SNMPv3) changes. Short answer for the POA&M."""),

("hard_negative", "ip_plan", None, """Subnet plan for the new building: 10.61.0.0/16 split into /24s for floors 1-6, voice VLAN 210, data VLAN 110, mgmt 10.61.250.0/24, gateway .1. Put this into a markdown table."""),

("hard_negative", "oids", None, """Which OIDs do I poll for interface errors? I have 1.3.6.1.2.1.2.2.1.14 (ifInErrors) and 1.3.6.1.2.1.2.2.1.20 (ifOutErrors). Is there a 64-bit version like ifHCInOctets 1.3.6.1.2.1.31.1.1.1.6?"""),

("hard_negative", "public_contact", None, """Add to the CR template footer: "For suspected incidents, report to the SOC and to CISA Central at report@cisa.gov / 888-282-0870." And the reminder line "Never include passwords, PSKs or keys in a change request." Make it concise."""),

("hard_negative", "asn_bgp", None, """BGP question: our upstream peers are AS 64512 and AS 65001 (private ASNs in the lab), prefixes 192.0.2.0/24 and 198.51.100.0/24. Why would the route-map drop the second prefix with "match ip address prefix-list LAB-IN seq 10 permit 192.0.2.0/24 le 26"?"""),

("hard_negative", "changeme_default", None, """Vendor doc says the out-of-box admin password on the new PDUs is "changeme" and must be changed at first login. Write a checklist step for the install runbook that says that without listing real credentials."""),

("hard_negative", "scrubbed_cr", None, """Change request narrative (names left off, it goes to the public-facing CAB summary): "Allow HTTPS from the user VLANs to the new SIEM collector. Low risk; rollback is removal of one ACE." Expand into a full risk statement."""),
]
