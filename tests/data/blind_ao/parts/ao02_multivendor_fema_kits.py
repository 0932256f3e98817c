"""ao02: FEMA regional network admin building deployable JFO/DRC network kits (Junos, Arista, PAN-OS, FortiOS,
MikroTik, Ubiquiti)."""

RECORDS = [
    ("positive", "junos_set_login_users", "hawaiian+norwegian", """Converting this SRX300 kit config to the new template. Can you rewrite these as a `groups` stanza so every kit inherits the users? Current set commands:

set system host-name JFO-KIT-07-SRX
set system root-authentication encrypted-password "[[PASSWORD:$6$vdhz.s0qgGv0VYlX$4kXjIhQ21.2yOCFdZBbxBbfPlph/PWkDPVpST.kpQlZXXL.EmHgCEZIIfAZ7Ow0PbrUPtqr7IcN9pt1GizwW9J]]"
set system login user kkahananui uid 2001
set system login user kkahananui class super-user
set system login user kkahananui full-name "[[PERSON:Kaleo Kahananui]]"
set system login user kkahananui authentication encrypted-password "[[PASSWORD:$6$W7IRcO41aWdNLhVN$Qzzg3b4pdgIFHUmJVC1pgbcG.3oZwEKAc63qIzFHAiNGdgxbI0Gaw.MJusHnNYPY89.O9gwHZDZizkgan4ZNHu]]"
set system login user ihaugland uid 2002
set system login user ihaugland class operator
set system login user ihaugland full-name "[[PERSON:Ingrid Haugland-Moe]]"
set snmp community [[PASSWORD:kit07-hBz4rTq]] authorization read-only
set snmp community [[PASSWORD:kit07-hBz4rTq]] clients 10.210.0.0/16"""),

    ("positive", "junos_ike_bgp_9", "quechua", """JFO kit won't bring up the tunnel back to Region VI, ike trace shows "Authentication failed". here's the config from `show configuration security ike | display set`:

set security ike proposal P1-AES256 authentication-method pre-shared-keys
set security ike proposal P1-AES256 dh-group group14
set security ike policy IKE-R6 mode main
set security ike policy IKE-R6 proposals P1-AES256
set security ike policy IKE-R6 pre-shared-key ascii-text "[[PASSWORD:$9$cO2-N9c7/gqs-uVT0lj1rbU2CPWX]]"
set security ike gateway GW-R6 ike-policy IKE-R6
set security ike gateway GW-R6 address 198.51.100.140
set security ike gateway GW-R6 external-interface ge-0/0/0.0
set protocols bgp group R6-HUB neighbor 169.254.10.1 authentication-key "[[PASSWORD:$9$h6j7KsWfx4mAGkaCV4]]"
## per [[PERSON:Tupac Quispe Mamani]] the hub side was re-keyed during the 11/20 maintenance

Is there a way to decode the $9$ on our side to confirm it matches what he set on the hub?"""),

    ("positive", "arista_eos_users_tacacs", "lakota", """Arista 7050 in the regional office MDF, need to add a second TACACS server. running-config section:

username admin privilege 15 role network-admin secret sha512 [[PASSWORD:$6$KYka/2ajLpMZPrXc$e/T8gI/LdLYFi/G6YY5X6Rzp4LQ.3HhF1VtHjyAWvCTCYqYUrdFo7xG3.nqNTTuqZolQRy7FTBhpUWrKUGwlQv]]
username svc-backup privilege 1 secret sha512 [[PASSWORD:$6$kaDW6fmGSHdcecyi$KNxqyBYBeGJ.x4G5fVKyyDSveDVTzRJQVez3Ccd6kh4N60XxUlmsNg8QFvuoDMp1k0YsETseSGCRkyozu1L7dB]]
!
tacacs-server host 10.210.4.20 vrf MGMT key 7 [[PASSWORD:052D1C70E5051BCE864447E8BE]]
aaa group server tacacs+ TAC-GRP
   server 10.210.4.20 vrf MGMT
!
snmp-server community [[PASSWORD:r6-mdf-Lq82wz]] ro
!
interface Ethernet12
   description desk drop 4-117 [[PERSON:Will Redcloud]] (GIS)
   switchport access vlan 40

Give me the lines to add 10.210.4.21 with the same key."""),

    ("positive", "panos_xml_phash_psk", "igbo", """PAN-OS 11.1, exported running-config.xml, trimmed. Panorama push keeps failing with "admin commit lock". Relevant bits:

<users>
  <entry name="kit-admin">
    <phash>[[PASSWORD:$1$QWag$2zZkUNfP8gGtMNea9tsq8z]]</phash>
    <permissions><role-based><superuser>yes</superuser></role-based></permissions>
  </entry>
  <entry name="inwachukwu">
    <phash>[[PASSWORD:$1$AOH/$8dwIvrQuqx3l8ef2vsOkOL]]</phash>
    <permissions><role-based><deviceadmin><member>localhost.localdomain</member></deviceadmin></role-based></permissions>
  </entry>
</users>
...
<ike-gateway>
  <entry name="GW-DRC-TX-14">
    <authentication><pre-shared-key><key>[[PASSWORD:-AQ==K3tVb9Qm2LwXc8RzPn0Hs6YdUeFa1JoTg4Ni7Bq5Ck=Vf8xZr2Lm9Ws4Tq7Hn1Pd6Ya3Ge]]</key></pre-shared-key></authentication>
    <description>remote admin for DRC TX-14 lead [[PERSON:Ifeoma Nwachukwu-Eze]]</description>
  </entry>
</ike-gateway>

Who holds the commit lock and how do I clear it from CLI?"""),

    ("positive", "fortios_admin_vpn_alert_email", "greek", """FortiGate 60F in a DRC kit, alert e-mails stopped after we changed the SMTP relay. config:

config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
        set password ENC [[PASSWORD:SH2+y6BeQj1CPqWhEJHIhTKMNE31RdP8AebVquAww8eYMNN9QuAKUgbGIl9Xqb1m=]]
    next
end
config vpn ipsec phase1-interface
    edit "to-R4-hub"
        set interface "wan1"
        set peertype any
        set proposal aes256-sha256
        set remote-gw 203.0.113.44
        set psksecret ENC [[PASSWORD:NxFPuanrkC+lkzdr7lfFAEqtY2qy8WbW6u0/v/c+Z58hiJ4eWO0SMsSaAPbYEyk9dmNsWeUBGjoRxuUfs6AGNb3rKUZbdbn58eqs1BSp/qeuzKGn]]
    next
end
config alertemail setting
    set username "kit-14-alerts"
    set mailto1 "[[EMAIL_ADDRESS:giorgos.papadopoulos@fema.dhs.gov]]"
    set filter-mode category
end
config system email-server
    set server "smtp-relay.region4.example.internal"
    set port 25
end
config system global
    set alias "DRC-KIT-14 (owner [[PERSON:Giorgos Papadopoulos]])"
end"""),

    ("positive", "mikrotik_export_show_sensitive", "punjabi", """MikroTik hAP ax3 we use as the travel router for the liaison teams. I did `/export show-sensitive` so you can see everything. Why do laptops get an IP but no internet on the wifi?

# 2026-11-30 08:12:44 by RouterOS 7.16.1
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-liaison passphrase="[[PASSWORD:2mDaH^SiQYjRMP3^hAw]]"
/interface wifi
set [ find default-name=wifi1 ] configuration.ssid=LIAISON-07 security=sec-liaison
/ip pool
add name=dhcp-lan ranges=192.168.88.10-192.168.88.254
/ppp secret
add name=rchaudhry password="[[PASSWORD:AMAFi_Li%zJ7cXR4K0]]" profile=default-encryption service=l2tp comment="[[PERSON:Rizwan Chaudhry]] laptop"
/user
add name=liaison-admin group=full password="[[PASSWORD:K@bsK^?uV*YZeH2]]"
/ip firewall nat
add action=masquerade chain=srcnat out-interface=ether2"""),

    ("positive", "edgerouter_config_boot_sms", "samoan", """[[PERSON:Fa'amoana]] texted me this from the field (she's at the shelter site, cell [[PHONE_NUMBER:684-555-0126]]), it's the config.boot off the EdgeRouter X. the l2tp remote access is rejecting everyone:

    vpn {
        l2tp {
            remote-access {
                authentication {
                    local-users {
                        username shelter-ops {
                            password [[PASSWORD:7CBICJtAwbA%o]]
                        }
                    }
                    mode local
                }
                ipsec-settings {
                    authentication {
                        mode pre-shared-secret
                        pre-shared-secret [[PASSWORD:ra?mBbO7f^++=]]
                    }
                }
            }
        }
    }
    system {
        login {
            user ubnt {
                authentication {
                    encrypted-password [[PASSWORD:$6$Tq3nVb8ZkLr0Xe2W$bcG.3oZwEKAc63qIzFHAiNGdgxbI0Gaw.MJusHnNYPY89.O9gwHZDZizkgan4ZNHuQzzg3b4pdgIFHUmJVC1pg]]
                }
            }
        }
    }

sent by [[PERSON:Fa'amoana Sapolu-Leaupepe]]"""),

    ("evasion", "junos_psk_base64", None, """ok I base64'd the PSK so it's not in the clear in this chat lol. the SRX kit and the hub disagree, hub says phase 1 proposal mismatch but I think it's the key.

hub side key (base64): [[PASSWORD:M2pieTBtVj04Q0xvazE4bC1R]]

set security ike policy IKE-KIT pre-shared-key ascii-text (the decoded value above)
set security ike proposal P1 dh-group group19
set security ike proposal P1 encryption-algorithm aes-256-gcm

does group19 + gcm need ikev2 on the SRX?"""),

    ("hard_negative", "junos_secret_data_hidden", None, """I'm not in the super-user class on the hub so `show configuration` hides the secrets from me. Can you still tell from this why OSPF isn't forming with the kit?

protocols {
    ospf {
        area 0.0.0.10 {
            interface st0.7 {
                interface-type p2p;
                authentication {
                    md5 1 key /* SECRET-DATA */;
                }
            }
        }
    }
}
system {
    root-authentication {
        encrypted-password /* SECRET-DATA */;
    }
}

Kit side shows state Init forever and "show ospf statistics" has rising "auth failures" counter."""),

    ("hard_negative", "panos_set_masked", None, """Panorama template cli (the PSK shows as asterisks because I copied it from the web UI preview):

set network ike gateway GW-JFO-KIT-03 authentication pre-shared-key key ********
set network ike gateway GW-JFO-KIT-03 protocol ikev2 ike-crypto-profile IKE-AES256-G19
set network ike gateway GW-JFO-KIT-03 local-address interface ethernet1/1
set network ike gateway GW-JFO-KIT-03 peer-address dynamic
set network ike gateway GW-JFO-KIT-03 peer-id type fqdn id jfo-kit-03.kits.example.internal

With peer-address dynamic do I need aggressive mode for IKEv1, or is peer-id enough on IKEv2?"""),

    ("hard_negative", "arista_secret_removed", None, """config from the spare 7050 (I stripped the hashes before sending, company policy):

username admin privilege 15 role network-admin secret sha512 <removed>
!
management api http-commands
   protocol https
   no shutdown
   vrf MGMT
      no shutdown
!
daemon TerminAttr
   exec /usr/bin/TerminAttr -cvaddr=10.210.4.30:9910 -cvauth=token,/tmp/token -cvvrf=MGMT -taillogs
   no shutdown

TerminAttr won't stream to CloudVision. Is the token file path wrong or is it the VRF?"""),

    ("hard_negative", "mikrotik_export_default_hidden", None, """same travel router but this is the plain `/export` (v7 hides passphrases unless you add show-sensitive, so nothing secret here):

/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-liaison
/interface wifi
set [ find default-name=wifi1 ] channel.band=5ghz-ax channel.width=20/40/80mhz configuration.ssid=LIAISON-07 security=sec-liaison
/ip dhcp-server network
add address=192.168.88.0/24 dns-server=192.168.88.1 gateway=192.168.88.1
/system routerboard
# serial-number HGC09QX3KT7
/system license
# software-id: 7XKD-M2QN  level: 4

Clients on 5 GHz are fine, the older scanners on 2.4 can't see the SSID at all."""),

    ("hard_negative", "prose_junos_9_vs_6", None, """For the kit build guide I want one paragraph on secrets in Junos configs. My understanding: `$9$` strings (used for pre-shared-key ascii-text, authentication-key, RADIUS secret) are a reversible obfuscation, so anyone with the config can recover the plain text, while `$6$` (encrypted-password for login users) is SHA-512 crypt and has to be brute-forced. So the rule for the guide: never send a config with $9$ lines outside the team, and run `show configuration | display omit` or strip them first. Can you tighten the wording and add the Arista/Fortinet equivalents?"""),

    ("hard_negative", "fortigate_replacemsg_public", None, """Can you make this FortiGate block page friendlier? It's for the public Wi-Fi at disaster recovery centers.

config system replacemsg webfilter "ftgd-block"
    set buffer "<h2>This site is blocked on DRC guest Wi-Fi.</h2>
<p>To apply for disaster assistance go to DisasterAssistance.gov or call the FEMA Helpline at 1-800-621-3362.</p>
<p>To report a cyber incident, contact CISA at report@cisa.gov or 888-282-0870.</p>"
end

FortiGate 60F serial FGT60FTK2209A4QX, FortiOS 7.2.10, license FortiGuard UTP bundle expires 2027-03-31."""),

    ("hard_negative", "edgerouter_template_vars", None, """our EdgeRouter template for the shelter kits. The secrets get filled in by the provisioning script from the kit's sealed envelope, so the template only has variables:

vpn {
    l2tp {
        remote-access {
            authentication {
                local-users {
                    username shelter-ops {
                        password $SHELTER_L2TP_PW
                    }
                }
            }
            ipsec-settings {
                authentication {
                    mode pre-shared-secret
                    pre-shared-secret $SHELTER_IPSEC_PSK
                }
            }
        }
    }
}

The script does `sed -i "s/\\$SHELTER_IPSEC_PSK/$PSK/"` but the $ in the template breaks it. Better approach?"""),
]
