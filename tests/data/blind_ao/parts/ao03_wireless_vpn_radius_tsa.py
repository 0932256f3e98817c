"""ao03: TSA airport wireless, remote-access VPN and RADIUS/802.1X engineer (checkpoint Wi-Fi, admin offices)."""

RECORDS = [
    ("positive", "freeradius_clients_conf", "hungarian+akan", """FreeRADIUS 3.2 on the airport auth box. New switch stack at Terminal B isn't getting Access-Accept, radiusd -X says "Ignoring request to auth address * port 1812 from unknown client". clients.conf:

client tsa-termA-wlc {
    ipaddr      = 10.77.8.10
    secret      = [[PASSWORD:hTKMNE-31RdP8-AebVq]]
    shortname   = termA-wlc
    nas_type    = cisco
    # owner: [[PERSON:Farkas Zoltán]], wireless
}

client tsa-admin-sw {
    ipaddr      = 10.77.9.0/24
    secret      = [[PASSWORD:WSsGbd1V=TH0WWTlVR%Qj]]
    shortname   = admin-switches
    # owner: [[PERSON:Yaw Sarpong-Kumankoma]]
}

New stack is 10.77.12.5. Do I add a new client block or widen the subnet?"""),

    ("positive", "aireos_wlc_radius_psk", None, """AireOS 8.10 WLC, I'm rebuilding the config for the breakroom SSID from my notes. Does this order of commands work or do I need to disable the WLAN first?

config radius auth add 1 10.77.8.20 1812 ascii [[PASSWORD:ipg+!y6SXuY5_LC+LrwU]]
config radius acct add 1 10.77.8.20 1813 ascii [[PASSWORD:ipg+!y6SXuY5_LC+LrwU]]
config wlan create 7 TSA-BREAK TSA-BREAK
config wlan security wpa akm 802.1x disable 7
config wlan security wpa akm psk enable 7
config wlan security wpa akm psk set-key ascii [[PASSWORD:gbGIl9Xqb?R++]] 7
config wlan interface 7 breakroom-vlan
config wlan enable 7"""),

    ("positive", "wpa_supplicant_peap_identity", "tagalog", """Linux laptop in the training room won't join the staff SSID with PEAP. wpa_supplicant.conf (it's [[PERSON:Lalaine]]'s account, she's sitting next to me):

network={
    ssid="TSA-STAFF"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="[[EMAIL_ADDRESS:lalaine.dimaculangan@tsa.dhs.gov]]"
    password="[[PASSWORD:CsiNwHN=aQhSM87zq]]"
    phase2="auth=MSCHAPV2"
    ca_cert="/etc/ssl/certs/tsa-radius-ca.pem"
}

journal says "CTRL-EVENT-EAP-FAILURE EAP authentication failed". [[PERSON:Lalaine Dimaculangan]] can log into Outlook with the same password so it's not the password itself."""),

    ("positive", "nps_show_client_ticket", "arabic", """Ticket note + output. User [[PERSON:Fatima Zahra El Idrissi]] (Coordination Center, ext. [[PHONE_NUMBER:571-555-0197]]) can't get on wired 802.1X since the switch swap. I checked NPS on the server:

PS C:\\> netsh nps show client

Client configuration:
---------------------------------------------------------
Name                   = CC-FLOOR3-STACK
Address                = 10.77.30.4
Shared secret          = [[PASSWORD:yX?CfGrb2AxrCr]]
Vendor name            = RADIUS Standard
Enabled                = Yes

The new stack is 10.77.30.6. Am I right that I just need a second RADIUS client entry with the same secret?"""),

    ("positive", "strongswan_ipsec_secrets", "gujarati", """strongSwan on the ops jump box for the airport-to-HQ backup tunnel and a couple of EAP road warriors. Charon log: "no shared key found for 'tsa-iah-gw' - 'hq-vpn'". /etc/ipsec.secrets:

# gateway to HQ
tsa-iah-gw hq-vpn : PSK "[[PASSWORD:AK~cX9WbOl@bLH*ke]]"

# road warriors
"kpatel-ipad" : EAP "[[PASSWORD:-bjB@jy^o6wz]]"    # [[PERSON:Karan Patel]]'s iPad, FSD office
"ops-laptop-2" : EAP "[[PASSWORD:H=n=@ly4OhJ1cM~*pn9@]]"

Do the IDs in ipsec.secrets have to match leftid/rightid exactly?"""),

    ("positive", "wireless_survey_email", "kikuyu+ukrainian", """Can you summarize this thread into 3 action items for Monday's meeting?

From: [[PERSON:Wambui Kariuki]] <[[EMAIL_ADDRESS:wambui.kariuki@tsa.dhs.gov]]>
To: [[PERSON:Dmytro Shevchuk-Lysenko]] <[[EMAIL_ADDRESS:dmytro.shevchuk-lysenko@tsa.dhs.gov]]>
Subject: RE: Checkpoint 4 Wi-Fi survey results

[[PERSON:Dmytro]], the predictive survey was off, -78 dBm at lanes 9-12. Can you and the vendor do an AP-on-a-stick survey Thursday 2200 after the last bank? Airport ops wants 48h notice, call [[PERSON:Wambui]] at [[PHONE_NUMBER:281-555-0172]] if plans change.

> From: [[PERSON:Dmytro Shevchuk-Lysenko]]
> AP-CKPT4-03 and -04 are on the wrong side of the new wall. Quote for two more APs attached. My cell is [[PHONE_NUMBER:281-555-0194]].

[[PERSON:Wambui]]"""),

    ("positive", "meraki_api_ssid_json", "navajo", """Output of GET /networks/{id}/wireless/ssids/2 from the Meraki dashboard API, for the admin-office site. RADIUS accounting isn't showing up in ISE:

{
  "number": 2,
  "name": "TSA-ADMIN-1X",
  "enabled": true,
  "authMode": "8021x-radius",
  "radiusServers": [
    {"host": "10.77.8.21", "port": 1812, "secret": "[[PASSWORD:e@VDqo1Rsy2*acGVAj~H]]"}
  ],
  "radiusAccountingEnabled": false,
  "radiusAccountingServers": [],
  "notes": "changed by [[PERSON:Aiyana Begay]] 2026-11-19"
}

And the guest SSID on the same network: "authMode": "psk", "psk": "[[PASSWORD:TTVZMaNtplo6R6fL]]". Which field do I PUT to turn accounting on?"""),

    ("evasion", "sms_guest_psk_zero_width", None, """SMS from the checkpoint supervisor, pasted as-is: "new wifi pw for the breakroom tablets is [[PASSWORD:Ow0Q​MgCm​H2x8Q!!o8gP=q!]] pls set it on the WLC tonight". When I paste it into the WLC it says invalid length. It's 22 characters, the limit is 63. What am I missing?"""),

    ("evasion", "radius_secret_hexdump", None, """Pulled the shared secret out of the old switch's running config with a script because the keyboard layout kept mangling it. Here's the hex of the bytes so you can see exactly what's in there:

[[PASSWORD:62 3d 72 69 41 75 78 32 61 30 70 34 63 4d 41 63 47 2a 5f 68 3d]]

The NAS logs "Invalid Message-Authenticator" for every request. Any chance there's a trailing newline in what I configured on the server side? The hex above has no 0a at the end."""),

    ("hard_negative", "clients_conf_env_refs", None, """We moved the shared secrets out of the file. Does FreeRADIUS 3.2 really expand $ENV{} inside clients.conf, and will radiusd -C catch it if the variable is unset?

client tsa-termA-wlc {
    ipaddr    = 10.77.8.10
    secret    = $ENV{RADIUS_SECRET_TERMA}
    shortname = termA-wlc
}

client tsa-admin-sw {
    ipaddr    = 10.77.9.0/24
    secret    = $ENV{RADIUS_SECRET_ADMIN}
    shortname = admin-switches
}

systemd unit has EnvironmentFile=/etc/raddb/secrets.env (mode 0600, root only)."""),

    ("hard_negative", "wlc_show_wlan_masked", None, """(Cisco Controller) >show wlan 7

WLAN Identifier.................................. 7
Profile Name..................................... TSA-BREAK
Network Name (SSID).............................. TSA-BREAK
Status........................................... Enabled
Interface........................................ breakroom-vlan
Security
   802.11 Authentication:........................ Open System
   Static WEP Keys............................... Disabled
   Wi-Fi Protected Access (WPA/WPA2)............. Enabled
      WPA2 (RSN IE).............................. Enabled
         AES Cipher.............................. Enabled
      Auth Key Management
         802.1x.................................. Disabled
         PSK..................................... Enabled
   PSK Format.................................... ASCII
   PSK............................................ ******
   Radius Servers
      Authentication............................. 10.77.8.20 1812
      Shared Secret.............................. ***

Clients associate and then drop after ~30s. What debug should I run?"""),

    ("hard_negative", "prose_eaptls_vs_peap", None, """Writing a one-pager for the airport IT coordinators: why we're moving the staff SSID from PEAP-MSCHAPv2 to EAP-TLS with PIV-derived certs. Points I want to make: MSCHAPv2 can be cracked offline if someone captures the exchange, users type their domain password into a supplicant, and people save it in plain text in wpa_supplicant.conf. With EAP-TLS there is no password at all, only the device certificate. Please also add a line that nobody should ever e-mail or text a Wi-Fi passphrase; they should open a ticket and we rotate it. Keep it under 300 words."""),

    ("hard_negative", "nps_event_6273_machine", None, """NPS event log, machine auth failing for the kiosk PCs in the checkpoint break area. What does reason code 16 mean when it's a computer account?

Network Policy Server denied access to a user.
User:
    Security ID:            TSA\\KIOSK-CKPT4-07$
    Account Name:           host/KIOSK-CKPT4-07.tsa.example.internal
Client Machine:
    Calling Station Identifier:     47-30-AE-77-C7-9C
NAS:
    NAS IPv4 Address:       10.77.30.6
    NAS Port-Type:          Ethernet
RADIUS Client:
    Client Friendly Name:   CC-FLOOR3-STACK-B
Authentication Details:
    Network Policy Name:    Wired-Machine-Auth
    Authentication Type:    PEAP
    Reason Code:            16
    Reason:                 Authentication failed due to a user credentials mismatch. Either the user name provided does not map to an existing user account or the password was incorrect."""),

    ("hard_negative", "radius_cert_fingerprints", None, """The RADIUS server cert renews next week. Supplicants pin it by fingerprint on the old Zebra scanners, so I need to push the new one. Old vs new:

Subject: CN=radius01.tsa.example.internal
Serial:  3F:0A:9C:71:5E:22:8B:04:D1:6C:90:3A:7E:41:B8:05
Old SHA-1 fingerprint: D5:30:19:EC:44:61:6E:2E:90:F7:BD:90:F3:7F:AE:2A:2E:07:D1:A9
New SHA-1 fingerprint: 8D:48:A9:56:AA:51:57:5C:E9:96:39:EF:3B:D3:D8:65:41:35:F8:31
New SHA-256: a27406af4cdddf2f3a542e2ef5dde801514738e05e608078d1987f877e957c8b
Not After: Dec 14 23:59:59 2027 GMT

Can the scanners trust both fingerprints during the overlap?"""),

    ("hard_negative", "captive_portal_public_contacts", None, """Please shorten the text on our passenger Wi-Fi splash page and make it readable on a phone:

"This free Wi-Fi is provided by the airport authority. TSA does not operate this network. Questions about screening? Contact TSA Contact Center at 866-289-9673 or visit tsa.gov. Travelers with disabilities and medical conditions can call TSA Cares at 855-787-2227 at least 72 hours before travel. Lost something at the checkpoint? Use the airport's lost and found form. Report suspicious activity to any TSA officer or airport police.\""""),
]
