"""ao05: Coast Guard network operations centre monitoring engineer (Nagios, Zabbix, LibreNMS, Oxidized/RANCID,
NetBox exports, syslog, show-run diffs, decoded captures, troubleshooting chats)."""

RECORDS = [
    ("positive", "nagios_resource_contacts", "somali+haitian", """Nagios Core 4.5: SNMP checks against the sector switches all went UNKNOWN after I split resource.cfg. Relevant files:

# /usr/local/nagios/etc/resource.cfg
$USER1$=/usr/local/nagios/libexec
$USER3$=[[PASSWORD:sect-nms-Xv7Qb2]]

# commands.cfg
define command {
    command_name  check_snmp_if
    command_line  $USER1$/check_snmp -H $HOSTADDRESS$ -C $USER3$ -o ifOperStatus.$ARG1$ -r 1
}

# contacts.cfg
define contact {
    contact_name   awarsame
    alias          [[PERSON:Aisha Abdi Warsame]]
    email          [[EMAIL_ADDRESS:aisha.a.warsame@uscg.mil]]
    pager          [[PHONE_NUMBER:757-555-0158]]
}
define contact {
    contact_name   wthermidor
    alias          [[PERSON:Wilner Thermidor-Bazile]]
    email          [[EMAIL_ADDRESS:wilner.thermidor-bazile@uscg.mil]]
    pager          [[PHONE_NUMBER:757-555-0186]]
}"""),

    ("positive", "zabbix_yaml_macros", "austrian", """Zabbix 7.0 template export (YAML), host macros. Polls work for some sector routers and not others, same template. Am I overriding the community wrong at host level?

zabbix_export:
  version: '7.0'
  hosts:
    - host: SECTOR-NR-RTR01
      description: 'POC: [[PERSON:Benedikt Hofer]], C5I field tech'
      templates:
        - name: 'Cisco IOS by SNMP'
      macros:
        - macro: '{$SNMP_COMMUNITY}'
          value: '[[PASSWORD:nr-rtr-Tk39wQ]]'
        - macro: '{$SSH.USER}'
          value: zbx-ssh
        - macro: '{$SSH.PASSWORD}'
          type: TEXT
          value: '[[PASSWORD:Lp8-xQ2vNt6zRw]]'
      interfaces:
        - type: SNMP
          ip: 10.118.40.1
          details:
            community: '{$SNMP_COMMUNITY}'"""),

    ("positive", "oxidized_rancid_cloginrc", None, """Migrating config backups from RANCID to Oxidized. Oxidized logs "ASA raised Timeout::Error" for the firewalls only. Oxidized config and the old .cloginrc so you can compare:

# ~/.config/oxidized/config
username: oxidized
password: [[PASSWORD:b=riAux2a0p4cMAcG-Oz]]
model: ios
interval: 3600
vars:
  enable: [[PASSWORD:Xw3-Qz8vLr2Tn6Kp]]
source:
  default: csv
  csv:
    file: ~/.config/oxidized/router.db
    delimiter: !ruby/regexp /:/
    map: {name: 0, model: 1}

# ~rancid/.cloginrc (old)
add user        *       rancid
add password    *-fw*   {[[PASSWORD:Mv4!zR9q-Ws2]]} {[[PASSWORD:Ty6#kP3x-Ln8]]}
add method      *       ssh"""),

    ("positive", "librenms_config_lnms_add", "brazilian", """LibreNMS question from [[PERSON:Paulo Ferreira da Silva]] in the D7 NOC, forwarding: discovery finds the new cutter shore-tie switches but they show "SNMP unreachable".

config.php:
$config['snmp']['community'] = ['[[PASSWORD:d7-cutter-Gh2pW]]'];
$config['snmp']['v3'][0]['authlevel'] = 'authPriv';
$config['snmp']['v3'][0]['authname'] = 'lnms';
$config['snmp']['v3'][0]['authpass'] = '[[PASSWORD:Rz8-Wq3nVt5xLm]]';
$config['snmp']['v3'][0]['authalgo'] = 'SHA';
$config['snmp']['v3'][0]['cryptopass'] = '[[PASSWORD:Jc2-Hp9kZx4Tq7]]';
$config['snmp']['v3'][0]['cryptoalgo'] = 'AES';

and the command he ran:
lnms device:add --v3 -a SHA -A '[[PASSWORD:Rz8-Wq3nVt5xLm]]' -x AES -X '[[PASSWORD:Jc2-Hp9kZx4Tq7]]' -u lnms 10.118.70.22"""),

    ("positive", "netbox_contacts_csv", "korean+tigrinya+anglo+hmong", """NetBox contacts export for the Sector sites. Can you turn this into a YAML file for our on-call bot (name, phone, email, sites)?

name,title,phone,email,assignments
[[PERSON:Kang Sun-hee]],Network Tech,[[PHONE_NUMBER:+1 907-555-0113]],[[EMAIL_ADDRESS:sunhee.kang@uscg.mil]],"SECTOR-JUNEAU, STA-KETCHIKAN"
[[PERSON:Rahel Tesfaye]],Systems Admin,[[PHONE_NUMBER:+1 907-555-0121]],[[EMAIL_ADDRESS:rahel.tesfaye@uscg.mil]],SECTOR-ANCHORAGE
[[PERSON:Bartholomew King]],ISSO,[[PHONE_NUMBER:+1 907-555-0144]],[[EMAIL_ADDRESS:bartholomew.king@uscg.mil]],ALL
[[PERSON:Pa Kou Xiong]],Radio/Network,[[PHONE_NUMBER:+1 907-555-0179]],[[EMAIL_ADDRESS:pakou.xiong@uscg.mil]],"AIRSTA-KODIAK, BASE-KODIAK\""""),

    ("positive", "syslog_password_as_username", None, """Our syslog search turned this up this morning on the sector firewall. Looks like someone typed their password in the username field. What's the right way to scrub it out of Graylog and does the user have to reset?

Dec  3 06:51:12 SECTOR-NR-FW01 : %ASA-6-113015: AAA user authentication Rejected : reason = AAA failure : server = 10.118.8.20 : user = [[PASSWORD:Seabass!Portsm0uth26]] : user IP = 10.118.44.77
Dec  3 06:51:30 SECTOR-NR-FW01 : %ASA-6-113004: AAA user authentication Successful : server = 10.118.8.20 : user = [[DOD_EDIPI:1593574862]]@mil
Dec  3 06:51:30 SECTOR-NR-FW01 : %ASA-6-605005: Login permitted from 10.118.44.77/51522 to inside:10.118.40.254/ssh for user "[[DOD_EDIPI:1593574862]]@mil\""""),

    ("positive", "rancid_diff_email", "japanese", """From: rancid@noc-tools.example.internal
To: noc-config-diffs
Subject: SECTOR-SD router config diffs

Index: configs/sector-sd-rtr01
@@ -88,7 +88,7 @@
  !
- snmp-server community [[PASSWORD:sd-rtr-old-Pq72]] RO 95
+ snmp-server community [[PASSWORD:sd-rtr-Wv83nZ]] RO 95
  snmp-server location Sector San Diego comms room
@@ -140,6 +140,7 @@
  !
+ username c5i-field privilege 15 secret 5 [[PASSWORD:$1$RxBN$OkbBobNDf/a0FwpgbUis3S]]
  !

---- (forwarded) on-call was [[PERSON:Kenji Watanabe]], can you tell from the diff if this was the planned community rotation or something else? The username line wasn't in the change request."""),

    ("positive", "pcap_decoded_ftp_snmp", None, """Wireshark, Follow TCP Stream on the capture from the shore-tie switch. Legacy weather sensor still uploads via FTP and I need to justify replacing it. Decoded:

220 wx-sensor FTP server ready.
USER wxupload
331 Password required for wxupload.
PASS [[PASSWORD:Tide-Gauge#4471]]
230 User wxupload logged in.
STOR obs_20261203_0600.csv

And an SNMP packet from the same capture:
Simple Network Management Protocol
    version: v2c (1)
    community: [[PASSWORD:wx-shore-Rt5b]]
    data: get-request (0)

Write me two sentences for the risk memo."""),

    ("evasion", "chat_community_split", "african_american", """[0712] [[PERSON:Deshawn Whitfield]]: can you check why the cutter pier switch isn't graphing
[0712] [[PERSON:Deshawn Whitfield]]: community on it is [[PASSWORD:pier3-]]
[0713] [[PERSON:Deshawn Whitfield]]: sorry hit enter, rest is [[PASSWORD:Mk7wQz]]
[0715] me: got it, NMS has the old one, updating
[0718] me: graphing now"""),

    ("hard_negative", "zabbix_secret_vault_macros", None, """Same template after we switched to secret macros and HashiCorp Vault. Export shows no values for them, is that expected?

      macros:
        - macro: '{$SNMP_COMMUNITY}'
          type: VAULT
          value: 'secret/data/zabbix/sector-nr:community'
        - macro: '{$SSH.PASSWORD}'
          type: SECRET_TEXT
        - macro: '{$SSH.USER}'
          value: zbx-ssh

Also the host with IP 10.118.40.1 still shows "Timeout while connecting" on SSH items."""),

    ("hard_negative", "oxidized_env_creds", None, """Oxidized now reads creds from the environment through the systemd unit instead of the config file. Is this the supported way?

# ~/.config/oxidized/config
username: oxidized
password: <%= ENV['OXIDIZED_PASSWORD'] %>
vars:
  enable: <%= ENV['OXIDIZED_ENABLE'] %>

# /etc/systemd/system/oxidized.service.d/override.conf
[Service]
EnvironmentFile=/etc/oxidized/creds.env

creds.env is 0600 owned by oxidized. Config diffs still get mailed to noc-config-diffs."""),

    ("hard_negative", "syslog_login_failed_no_secret", None, """Is this a brute-force attempt or a misconfigured poller? 400 of these an hour on the sector switch:

Dec  3 02:14:07 SECTOR-NR-SW03 %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: admin] [Source: 10.118.44.90] [localport: 22] [Reason: Login Authentication Failed] at 02:14:07 UTC Thu Dec 3 2026
Dec  3 02:14:09 SECTOR-NR-SW03 %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: cisco] [Source: 10.118.44.90] [localport: 22] [Reason: Login Authentication Failed] at 02:14:09 UTC Thu Dec 3 2026
Dec  3 02:14:11 SECTOR-NR-SW03 %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: root] [Source: 10.118.44.90] [localport: 22] [Reason: Login Authentication Failed] at 02:14:11 UTC Thu Dec 3 2026

10.118.44.90 is in the NMS subnet according to NetBox."""),

    ("hard_negative", "netbox_device_export", None, """NetBox device export for the Kodiak rack. I need a label sheet: device name, serial, asset tag, MAC of mgmt port.

name,device_type,serial,asset_tag,mgmt_mac,site,rack
BASE-KOD-CORE01,C9500-24Y4C,FDO2514X1QZ,412-55-0918,c3:63:98:f0:e7:f9,BASE-KODIAK,R07
BASE-KOD-SW02,C9300-48P,FOC2437Y0KJ,412-55-0919,7b:e6:2d:a8:1c:df,BASE-KODIAK,R07
BASE-KOD-FW01,PA-3410,026701003318,412-55-0920,22:5e:2f:5f:48:c4,BASE-KODIAK,R08

Asset tags are the property-office format (NNN-NN-NNNN), not anything else."""),

    ("hard_negative", "pcap_snmpv3_encrypted", None, """SNMPv3 capture from the NMS to the pier switch. Polls time out. Wireshark shows:

Simple Network Management Protocol
    msgVersion: snmpv3 (3)
    msgGlobalData
        msgID: 1906622511
        msgMaxSize: 65507
        msgFlags: 07 (Reportable, Encrypted, Authenticated)
        msgSecurityModel: USM (3)
    msgAuthoritativeEngineID: 800000090300c3e6aa1c0f41
    msgAuthoritativeEngineBoots: 14
    msgUserName: nmspoll
    msgAuthenticationParameters: 5d933d66b7052b460d978abc
    msgPrivacyParameters: 0000000e1c9a44d2
    msgData: encryptedPDU (1)
        encryptedPDU: 3f1a9c...

The response is a Report PDU with usmStatsNotInTimeWindows. Is that a clock thing or the engine boots counter?"""),

    ("hard_negative", "solarwinds_alert_ticket_numbers", None, """SolarWinds alert text for the monthly report, can you make a table out of it? (ticket numbers are Remedy's, they just happen to look like phone numbers)

Node SECTOR-SJ-RTR01 (NodeID 30417) went DOWN 2026-11-28 03:12 UTC, Remedy 787-5501-2290
Node STA-SJ-SW04 (NodeID 30422) interface Gi1/0/24 utilization 97% for 15 min, Remedy 787-5501-2301
Node AIRSTA-BQN-FW01 (NodeID 30455) CPU 92% for 20 min, Remedy 787-5501-2317
Escalation path per the NOC SOP: NOC watch desk, then C5I duty officer."""),
]
