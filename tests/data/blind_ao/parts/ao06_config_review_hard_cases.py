"""ao06: DHS OCIO network security reviewer who checks configs submitted with ATO packages and teaches the
sanitisation SOP; mostly hard cases (masked secrets, documented examples, hashes, fingerprints, serials, licences)."""

RECORDS = [
    ("positive", "sanitized_config_missed_isakmp", "persian", """Component sent this "sanitized" config with their ATO package. Can you check it against our SOP and list anything that still needs to be scrubbed before it goes into the package? Reviewer of record: [[PERSON:Nasrin Karimi]].

hostname BRANCH-EDGE-01
enable secret 9 <removed>
username netadmin privilege 15 secret 9 <removed>
!
crypto isakmp policy 10
 encr aes 256
 authentication pre-share
 group 14
crypto isakmp key [[PASSWORD:Wd7!kTz2-Rq9xVb4]] address 0.0.0.0 0.0.0.0
!
tacacs server ISE
 address ipv4 10.5.1.10
 key 7 <removed>
snmp-server community <removed> RO 10"""),

    ("positive", "decode_type7_from_backup", None, """Found this in a 2019 backup of a decommissioned router while cleaning the share. What does it decode to? I want to check whether the same string is still in use on the current edge before I flag it.

 neighbor 192.0.2.9 password 7 [[PASSWORD:07B998EC09CE0884176ADB4AFD8520]]"""),

    ("positive", "cui_topology_review", "turkish", """[[CUI_MARKING:CUI]]

Network Security Review - Topology Summary, Regional Data Center B

1. Internet edge: two PA-5420 in active/passive, BGP to two carriers.
2. Core: pair of Nexus 9508, vPC, OSPF area 0.
3. OOB management on a separate VRF, jump hosts only.
Finding NS-04: management VRF reachable from user VLANs through a permit any on ACL MGMT-IN.

Reviewer: [[PERSON:Emre Yıldız]]

[[CUI_MARKING:Controlled by: DHS OCIO
CUI Category: Critical Infrastructure
Limited Dissemination Control: FEDCON
POC: OCIO Network Security Branch]]

[[CUI_MARKING:CUI]]

Rewrite finding NS-04 as a formal finding with risk rating and recommended fix."""),

    ("positive", "guide_example_with_real_key", "kazakh", """I followed the example in the IOS-XE configuration guide for the IKEv2 keyring but put our real key in, and the tunnel to the component still fails. Our version:

crypto ikev2 keyring KR-COMPONENT
 peer COMPONENT-HUB
  address 203.0.113.9
  pre-shared-key local [[PASSWORD:Zt4#qLw8-Nm2Vr6Xp]]
  pre-shared-key remote [[PASSWORD:Bx9!mRk3-Hs7Tq2Wd]]
!
crypto ikev2 profile PROF-COMPONENT
 match identity remote address 203.0.113.9 255.255.255.255
 authentication remote pre-share
 authentication local pre-share
 keyring local KR-COMPONENT

Their engineer ([[PERSON:Dinara Zhaksylykova]], [[EMAIL_ADDRESS:dinara.zhaksylykova@hq.dhs.gov]]) says they only have one key on their side. Does local/remote need to be the same?"""),

    ("positive", "restconf_curl_basic_auth", None, """RESTCONF on the C8300 returns 401 even though the same user works on SSH. curl -v output:

> GET /restconf/data/Cisco-IOS-XE-native:native/hostname HTTP/1.1
> Host: 10.5.1.1
> Authorization: Basic [[PASSWORD:bmV0YXBpOkszdFoybVg4LVF2NXJMOXc=]]
> Accept: application/yang-data+json
>
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: Basic realm="restconf"

Config has `restconf`, `ip http secure-server` and `ip http authentication local`. The user is privilege 15."""),

    ("evasion", "fullwidth_type7_from_pdf", None, """Copied this from the site survey PDF the contractor gave us (it came out in wide characters, the PDF was generated on a Japanese-locale machine). It's from the branch router they left behind:

line vty 0 4
 password 7 [[PASSWORD:０４４Ｆ０Ｅ１５１Ｂ０Ｅ１Ａ４Ａ]]
 login

Is that a type 7 and is it still in use? We need to know whether to rotate before we accept the site."""),

    ("evasion", "markdown_bold_cui_banner", None, """[[CUI_MARKING:**CUI**]]

### Firewall rule review - RDC-B edge

| rule | source | destination | service | finding |
|---|---|---|---|---|
| 114 | any | 10.40.8.0/24 | ssh | too broad, restrict to jump hosts |
| 131 | 10.44.0.0/16 | any | any | shadowed by 130 |

turn this table into finding statements in our standard format"""),

    ("hard_negative", "all_secrets_masked_multivendor", None, """Three configs from one ATO package, all sanitized by the component. Do they meet the SOP (every secret replaced, nothing else touched)?

Cisco:
enable secret 9 <removed>
username admin privilege 15 secret 9 <removed>
snmp-server community ***** RO 10
tacacs server ISE
 key 7 *****

Junos:
set system root-authentication encrypted-password "[REDACTED]"
set security ike policy IKE-HUB pre-shared-key ascii-text "[REDACTED]"

FortiOS:
config system admin
    edit "admin"
        set password ENC <removed>
    next
end"""),

    ("hard_negative", "vendor_doc_example_called_example", None, """Training slide question. The vendor configuration guide uses these exact lines in its TACACS+ example and says they are illustrative values only:

tacacs server EXAMPLE-TAC
 address ipv4 192.0.2.10
 key 0 ExampleKey123

Students keep copying `ExampleKey123` literally into lab routers. Can you write a short note for the slide explaining that example values in vendor guides are placeholders and that the lab uses keys from the lab vault?"""),

    ("hard_negative", "prose_type7_type9_guidance", None, """Draft SOP paragraph, please tighten: "Type 0 stores a password in clear text. Type 7 is reversible and offers no protection; free tools decode it in seconds. Type 5 (MD5) is deprecated. Use type 8 (PBKDF2) or preferably type 9 (scrypt) for enable and local users. Keys that must be recoverable by the device (TACACS+, RADIUS, BGP, OSPF) cannot be hashed; protect them with `key config-key password-encrypt` and `password encryption aes` (type 6). Never paste a config that contains type 0, 6 or 7 strings into a ticket, chat or e-mail. Replace each secret with `<removed>` before sharing.\""""),

    ("hard_negative", "image_hashes_and_fingerprints", None, """For the package's software inventory section, please format these as a table (component, version, file, SHA-256):

PA-5420 PAN-OS 11.1.6-h1  PanOS_5400-11.1.6-h1   SHA-256 3c9f41d07a2b65e8f1d4c0a7b9e2368f5a1c7d0e4b8f2a6c9e1d3b5f7a0c2e4d
Nexus 9508 NX-OS 10.4(4)  nxos64-cs.10.4.4.M.bin  SHA-256 e81b5c02f7d94a6e3c1f8b0a2d5e7c9f4b6a8d0e2c4f6a8b0d2e4f6a8c0b2d4e
Management CA (root) fingerprint SHA-1 43:06:CF:94:2B:08:2A:34:81:FA:9C:F4:46:91:EB:04:4C:70:61:40 (duplicate of the one used by the component's RADIUS, confirm?)"""),

    ("hard_negative", "arp_mac_serials", None, """Asset reconciliation: the inventory says three switches, the ARP table shows more. Which of these are switches and which are hosts?

RDC-B-CORE01# show ip arp vrf MGMT
Address         Age       MAC Address     Interface
10.40.99.11     00:01:12  c363.98f0.e7f9  Vlan99
10.40.99.12     00:00:47  7be6.2da8.1cdf  Vlan99
10.40.99.13     00:02:30  225e.2f5f.48c4  Vlan99
10.40.99.50     00:00:05  5d93.3d66.b705  Vlan99

Inventory serials: FDO2514X1QZ, FOC2437Y0KJ, FOC2437Y0LM. OUI c3:63:98 doesn't look like Cisco."""),

    ("hard_negative", "license_keys_called_out", None, """Licensing section of the package lists these. They are license entitlements, not credentials; do they need to be scrubbed like secrets before the package goes to the AO?

- PAN-OS auth code (Threat Prevention, 3 yr): I7462519
- FortiGate FortiCare contract registration code: 4KXQ-92MD-TR7B-H3NC-P8WE
- Cisco Smart Account virtual account: RDC-B-NETWORK, license PID C9300-DNA-A-48-5Y, quantity 6
- NX-OS license file: N9K_ADV_FEATURES_LIC.lic (PAK on the paper certificate, stored in the property office)"""),

    ("hard_negative", "sanitization_sop_regex", None, """Our sanitization script misses some lines. These are the patterns it uses; can you add patterns for Junos $9$ strings, FortiOS ENC values and PAN-OS <phash>/<key> elements without matching anything that isn't a secret?

PATTERNS = [
    r"(enable secret \\d) \\S+",
    r"(username \\S+ .*secret \\d) \\S+",
    r"(key 7) \\S+",
    r"(snmp-server community) \\S+",
    r"(pre-shared-key( address \\S+)? key) \\S+",
]
replacement: r"\\1 <removed>"
"""),

    ("hard_negative", "public_dhs_contacts_report", None, """Closing paragraph for the review memo, please polish: "If the component identifies indicators of compromise on the devices listed in Appendix B, report them to CISA Central at report@cisa.gov or 888-282-0870. Correspondence regarding this review may be sent to the DHS Office of the Chief Information Officer, 245 Murray Lane SW, Washington, DC 20528. Findings NS-01 through NS-07 reference NIST SP 800-53 Rev. 5 controls IA-5 and SC-8 and the DISA Network Infrastructure Router STIG, V-216641.\""""),
]
