# Voice 9: a DHS component's IT help desk - lockouts, re-imaging, VPN tickets, scripts pasted with errors.
RECORDS = [
("positive", "lockout_ticket", "brazilian",
"""INC0094412 - Account lockout
Caller: [[PERSON:Thiago Nogueira Brandão]] ([[EMAIL_ADDRESS:thiago.brandao@fema.dhs.gov]]), ext/cell [[PHONE_NUMBER:540-555-0185]]
Issue: locked after PIV PIN changed; AD shows 27 bad attempts from host WS-FEMA-48812 (old laptop still in his docking station).
Resolution: unlocked, told user to remove cached creds on old laptop.
-> write the KB article from this, remove the user details"""),

("positive", "powershell_with_password", None,
"""my re-image script dies at the domain join, what's wrong?
$pw = ConvertTo-SecureString "[[PASSWORD:Rv7#qLm2!xT9wKp4]]" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_imagejoin", $pw)
Add-Computer -DomainName corp.cbp.local -Credential $cred -OUPath "OU=Laptops,DC=corp" -Restart
# Add-Computer : The specified domain either does not exist or could not be contacted."""),

("positive", "vpn_ticket_chat", "ghanaian",
"""User: VPN ticket from [[PERSON:Akosua Frimpong-Manso]], she's TDY in Accra and GlobalProtect says "gateway unreachable". Her hotel wifi. Her personal cell there is [[PHONE_NUMBER:+233 24 555 0191]].
Assistant: Hotel networks often block IPsec; ask her to try SSL fallback or a mobile hotspot.
User: she tried the hotspot. what next? also does overseas VPN need a separate approval?"""),

("positive", "github_token_in_script", None,
"""python script that pulls our ansible repo keeps 401ing:
import requests
H = {"Authorization": "token [[GITHUB_TOKEN:ghp_0m2yLIQoOcLqLiaXOBnlM6io2ix28nsKXP7U]]"}
r = requests.get("https://api.github.com/repos/dhs-it-ops/laptop-baseline/contents/site.yml", headers=H)
print(r.status_code, r.json()["message"])   # 401 Bad credentials"""),

("positive", "gitlab_ci_token", None,
"""GitLab CI job log (failing), what's wrong with the clone step:
$ git clone https://oauth2:[[GITLAB_TOKEN:glpat-wzHnly4OhJ1cMpn9Ow0Q]]@gitlab.ice.local/infra/imaging.git
Cloning into 'imaging'...
remote: HTTP Basic: Access denied
fatal: Authentication failed for 'https://gitlab.ice.local/infra/imaging.git/'"""),

("positive", "reimage_queue_csv", "romanian+japanese+sierra_leonean+hungarian",
"""re-image queue for Monday, sort by priority and assign to the two techs evenly:
asset,user,email,priority
LT-70412,[[PERSON:Iulia Popescu-Marin]],[[EMAIL_ADDRESS:iulia.popescu-marin@uscis.dhs.gov]],high
LT-70418,[[PERSON:Kenji Watanabe-Ortiz]],[[EMAIL_ADDRESS:kenji.watanabe-ortiz@uscis.dhs.gov]],low
LT-70433,[[PERSON:Fatmata Kamara]],[[EMAIL_ADDRESS:fatmata.kamara@uscis.dhs.gov]],high
LT-70440,[[PERSON:Bogdan Nemeth]],[[EMAIL_ADDRESS:bogdan.nemeth@uscis.dhs.gov]],medium"""),

("positive", "connection_string_appsettings", None,
"""appsettings.Production.json - app pool crashes on start after the re-image:
{
  "ConnectionStrings": {
    "Default": "[[CONNECTION_STRING:Server=sqlprd04.corp.local;Database=AssetTrack;User Id=assettrack_app;Password=Jt6!wQz9Lm3rVc;]]"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
Event log: "Login failed for user 'assettrack_app'. Reason: Password did not match" """),

("positive", "pem_key_ticket", None,
"""user attached their jump-host key to the ticket (ugh). ssh says "invalid format":
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAx4Qm2nT7vB9cL1kR8sWf3yZ0pH6dJ5aE2uV4oN7iG8tX1bM9
Qr3sK6wL0fYp2hZcV8nB4mT1xJ7gD5eR9aU3oI6kP0sW2yN4vC8bH1tF5qM7zL3d
EF300T/NzoRwU8k1Ak6qjjgzvomCBasZehFddETloegMM0kssk9rF/kAtwUYnd2p
CQri2Un3Gi2Y/HP3tLyrXYOKuDyAdeonTbyalrol8Ej0+R3m/wFVt/q0cTXD1xe8
-----END RSA PRIVATE KEY-----]]
what do I tell them, and do we need to rotate it?"""),

("positive", "loaner_laptop_form", "palestinian",
"""Loaner laptop sign-out, typed from the paper form:
Name: [[PERSON:Rami Nabil Abu-Ghosh]]   Badge/EDIPI: [[DOD_EDIPI:1367204518]]
Home address (for shipping): [[STREET_ADDRESS:5507 Ridgeview Ln, Chantilly, VA 20151]]
Personal phone: [[PHONE_NUMBER:(703) 555-0157]]
Return by: 01/30/2027
make this into the ServiceNow catalog fields"""),

("positive", "aws_cli_error", None,
"""aws cli on the new image:
$ export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:ASIAN01EAM0GX84OSHF0]]
$ export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:Qm8vT2xR9pLk4ZwYc7NbH0sFd3GjUe6aRo1tKiWl]]
$ aws s3 ls s3://cbp-imaging-artifacts
An error occurred (ExpiredToken) when calling the ListObjectsV2 operation
do I need AWS_SESSION_TOKEN too?"""),

("positive", "google_api_key_js", None,
"""the map widget on our intranet asset page is blank, console error below:
<script src="https://maps.googleapis.com/maps/api/js?key=[[CLOUD_ACCESS_KEY:AIzaYBWn0f245KN05Ja4B3lBnTvkTbeWvgZYai0]]&callback=initMap"></script>
"Google Maps JavaScript API error: RefererNotAllowedMapError" - how do I fix the referrer restriction?"""),

("positive", "password_reset_sms", "japanese+anglo",
"""SMS I'm about to send, shorten it: "Hi [[PERSON:Sakurai]]-san, your temporary password is [[PASSWORD:Kz4!mW8qTn2p]] - you'll be asked to change it at first login. Call [[PHONE_NUMBER:202-555-0118]] if it doesn't work. -[[PERSON:Devon]] @ Service Desk" """),

("positive", "mfa_enroll_malayali", "malayali",
"""Ticket: [[PERSON:Anju Mariam Kuruvilla]] got a new phone and can't do MFA. Old number [[PHONE_NUMBER:301-555-0109]], new number [[PHONE_NUMBER:301-555-0193]]. Verified identity by supervisor [[PERSON:Joseph Thomas Panicker]]. Write the resolution notes."""),

("positive", "slack_user_token_bash", None,
"""bash script to post reboot notices, error is "invalid_auth":
#!/bin/bash
TOKEN="[[SLACK_TOKEN:xoxp-084595596404-299111757048-0853219652369-008b6287d5004e61d8b38f9dbcdee01e]]"
curl -s -d "channel=#it-notices" -d "text=Patch reboot tonight 2200" -H "Authorization: Bearer $TOKEN" https://slack.com/api/chat.postMessage"""),

("evasion", "password_split_concat", None,
"""paste the svc acct pw in pieces, join them in the script for me: part1 = "[[PASSWORD:Wq9$"
part2 = "tR4!nZ]]" - final should be part1+part2"""),

("evasion", "token_reversed", None,
"""token reversed so the DLP doesn't flag it, reverse it back in the config: [[GITHUB_TOKEN:Dh6JmT7YeXJnNeaPHZdcfGqsaJ50PfuayEyb_ohg]]"""),

("evasion", "key_with_zwsp", None,
"""here's the access key, I put invisible spaces in it: [[CLOUD_ACCESS_KEY:AKIA​Q7R2​M9XK​4TLW​8PZN]] - is it in the right region format?"""),

("hard_negative", "placeholder_ps", None,
"""$cred = Get-Credential -UserName "CORP\\<your-username>" -Message "Enter password"
Add-Computer -DomainName corp.example.local -Credential $cred -Restart
# on the re-imaged laptop this prompts twice - why?"""),

("hard_negative", "k8s_secret_template", None,
"""apiVersion: v1
kind: Secret
metadata:
  name: helpdesk-bot
type: Opaque
stringData:
  SLACK_TOKEN: ${SLACK_TOKEN}
  DB_PASSWORD: ${DB_PASSWORD}
# kubectl apply says "error validating data" - is stringData wrong here?"""),

("hard_negative", "hashes_and_guids", None,
"""BitLocker recovery key ID 7F3A21C4-8E9B-4D06-A152-3C7E90B4F1D8 and image SHA1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12. Which one does the user need to read to us when the laptop asks for recovery?"""),

("hard_negative", "asset_serials", None,
"""Asset report: Dell Latitude 7450, service tag 8KQ2YT3, asset LT-70412, MAC 3C:52:82:1A:9F:04, BIOS 1.14.2, image version CBP-W11-24H2-2026.11. Format as a one-line ServiceNow work note."""),

("hard_negative", "password_policy_prose", None,
"""Write a user-friendly explanation of the new password rules: 15 characters minimum, no reuse of the last 24, changed every 60 days for non-PIV accounts, and never share it with the service desk - we will never ask for it."""),

("hard_negative", "lockout_same_shape_no_pii", None,
"""INC0094471 - Account lockout
Caller: (anonymous - shared conference-room account CR-B1-214)
Issue: locked after password rotation; AD shows 41 bad attempts from the room's Teams panel.
Resolution: updated stored credential on the panel via the device portal.
-> write the KB article from this"""),

("hard_negative", "base64_harmless", None,
"""why does my script output "SGVsbG8sIFdvcmxkIQ==" instead of the text? I'm decoding with [Convert]::FromBase64String then [Text.Encoding]::Unicode.GetString - the input was "Hello, World!" encoded as UTF-8."""),

("hard_negative", "example_keys_docs", None,
"""The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as example credentials. Our DLP flagged the training slide that quotes them - is that a false positive we can whitelist?"""),

("hard_negative", "version_strings", None,
"""GlobalProtect 6.2.4-779 fails on Windows 11 24H2 build 26100.2314 but 6.3.1-412 works. Write the known-issue note for the service desk."""),

("hard_negative", "ip_and_ports", None,
"""Firewall change request: allow 10.44.18.0/24 to 10.44.90.15 on TCP 443 and 8443 for the imaging server. Turn into the CAB template wording."""),
]
