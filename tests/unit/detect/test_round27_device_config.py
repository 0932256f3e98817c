"""Round 27, by the session's lead: secrets in the configuration of network gear and infrastructure services, after
their keyword with no "=" or ":", are refused (Cisco, Junos, FortiOS, MikroTik, BIND, SNMP, AAA, IKE, routing
protocols); masked values, placeholders, the default communities and prose about the keywords pass. Every text and
value here is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import Boundary, refused, untouched


@pytest.mark.parametrize(
    "text",
    [
        "why does login fail?\nenable secret 9 $9$Wm3kQp7sLx2vNa$Zr8Tq1uYb4Hc6Jd0Ke5Lf7Mg9Nh2Pj4Qk6Rl8Sm0Tn\n",
        "username ops-admin privilege 15 secret 5 $1$Xq7v$Hk2mP9rLw3Tz8Qn4Vb6Jc.",
        "line vty 0 4\n password 7 045802150C2E1D1C5A\n login local",
        "snmp-server community Tq8wNoc-Read RO 15\nwhat does the 15 mean?",
        "set snmp community Rd4Only-77 authorization read-only",
        "rocommunity Mon1tor!ng-2026 10.0.0.0/8",
        "tacacs server CORE\n address ipv4 10.1.1.5\n key 7 13061E010803557878",
        "radius-server host 10.1.1.6 auth-port 1812 key Rx9!aaaKey",
        "crypto isakmp key Ik3#Psk-Branch7 address 198.51.100.20",
        " ikev1 pre-shared-key Tg5!tunnelPsk",
        "interface Gi0/2\n ip ospf message-digest-key 1 md5 Ospf7Key!",
        "router bgp 64512\n neighbor 192.0.2.44 password 7 02050D480809",
        'set system login user ops authentication encrypted-password "$6$aB3dE$Qw8eRt2yUi4oPa6sDf8gHj0kLz2xCv4bNm6"',
        "config system admin\n    edit ops\n        set password ENC Qm9sdGVkLWRvd24tMjAyNgAAAAAAAAAA\n    next\nend",
        "/interface wireless security-profiles set default wpa2-pre-shared-key=Gu3stW1fi!Dept",
        'key "xfer-key" {\n    algorithm hmac-sha256;\n    secret "Zk4mQ8pL2xV7tR9wN3yH6cB1fG5dS0jA=";\n};',
        "vrrp_instance VI_1 {\n    authentication {\n        auth_type PASS\n        auth_pass Kv7!rrp2\n    }\n}",
        "binddn cn=svc-ldap,dc=example,dc=gov\nbindpw Ld4p!Bind-2026",
        "rancid diff:\n- snmp-server community old-Rt4qZ RO 90\n+ snmp-server community new-Wy8mK RO 90",
        "config radius auth add 2 10.9.9.9 1812 ascii Wl!c-Rad1us-9x\nconfig wlan enable 3",
        '# /etc/ipsec.secrets\nbranch-gw hq-gw : PSK "Tq7~xL2#pVn9"\n"road-user" : EAP "Rw4!eapPass"',
        "<entry name='ops'>\n  <phash>$1$Zx8q$Lm4Tq9Wb2Rk7Pv1Nc6Hd0.</phash>\n</entry>",
        "<authentication><pre-shared-key><key>-AQ==Qm8Lx2Vt7Rk4Zw9Yh3Nc6Bf1Gd5Sj0=</key></pre-shared-key></authentication>",
        "$config['snmp']['community'] = ['cutter-Rk4tQ'];\ndiscovery says unreachable",
        "macros:\n  - macro: '{$SNMP_COMMUNITY}'\n    value: 'rtr-Hq83zW'\n  - macro: '{$SSH.USER}'\n    value: zbx",
    ],
)
def test_a_device_config_secret_is_refused(boundary: Boundary, text: str) -> None:
    refused(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        'Is type 7 safe? The audit says "password 7" lines are reversible; should we move to "enable secret 9"?',
        "snmp-server community public RO\nsnmp-server community private RW\nwhy are these defaults flagged?",
        "enable secret 9 <removed>\nusername admin privilege 15 secret 9 *****\nsnmp-server community [REDACTED] RO",
        "The community string for the NOC is in the vault; the key is rotated monthly. Which SNMPv3 settings?",
        "crypto isakmp key ${IKE_PSK} hostname hq-vpn",
        "The key to this is understanding the route map.\nkey points of the design below",
        "interface Gi0/1\n ip ospf message-digest-key 1 md5 <removed>\nwhy is the adjacency down?",
        "Agenda\nCommunity Engagement\nKey Takeaways\nNext Steps",
        "SET PASSWORD RESET POLICY\nset password Reminders for the team",
        "The vendor guide's TACACS+ sample:\ntacacs-server host tacacs-a key ExampleKey123\nis that a real key?",
        "In Junos the `pre-shared-key ascii-text`, the `authentication-key` and SHA-512 hashes are all hidden.",
        "macros:\n  - macro: '{$SNMP_COMMUNITY}'\n    type: VAULT\n    value: 'secret/data/zabbix/nr:community'",
    ],
)
def test_masked_default_and_prose_configs_pass(boundary: Boundary, text: str) -> None:
    untouched(boundary, text)


@pytest.mark.parametrize(
    "text",
    [
        "NPS log: machine auth fails, password check for host/KIOSK-07.tsa.example.internal, reason 16. Why?",
        "fstab:\n//fs02/ops /mnt/ops cifs credentials=/root/.smbcred-ops,vers=3.0,_netdev 0 0\nls -l /root/.smbcred-*",
        "vars:\n  ansible_password: \"{{ lookup('hashi_vault', 'secret=netops/data/ios:password') }}\"",
        "/interface wifi security\nadd authentication-types=wpa2-psk,wpa3-psk name=guest-sec\nwhy no clients?",
        "Address         Age   MAC Address     Interface\n10.40.99.11     0:01  c363.98f0.e7f9  Vlan99",
    ],
)
def test_host_names_paths_settings_and_ip_columns_are_no_secrets(boundary: Boundary, text: str) -> None:
    blocked, forwarded = boundary(text)
    assert not blocked
    assert "STREET_ADDRESS" not in forwarded
