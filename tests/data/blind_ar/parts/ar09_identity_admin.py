r"""ar09: an Active Directory / Linux identity administrator (LDIF, PowerShell, sudoers, joiner-mover-leaver tickets)."""

RECORDS = [
("positive", "ldif_export", "anglo+vietnamese", r"""Why does ldapmodify choke on the second entry? Export below:

dn: CN=Hasketh\, Roderick,OU=Users,OU=Region7,DC=corp,DC=example,DC=gov
objectClass: user
cn: [[PERSON:Hasketh, Roderick]]
givenName: [[PERSON:Roderick]]
sn: [[PERSON:Hasketh]]
mail: [[EMAIL_ADDRESS:roderick.hasketh@region7.example.gov]]
telephoneNumber: [[PHONE_NUMBER:+1 816 555 0120]]
employeeID: 00481127

dn: CN=Dinh, Kim Oanh,OU=Users,OU=Region7,DC=corp,DC=example,DC=gov
objectClass: user
cn: [[PERSON:Dinh, Kim Oanh]]
givenName: [[PERSON:Kim Oanh]]
sn: [[PERSON:Dinh]]
mail: [[EMAIL_ADDRESS:kimoanh.dinh@region7.example.gov]]
employeeID: 00483390""".replace(r"CN=Hasketh\, Roderick", r"CN=[[PERSON:Hasketh\, Roderick]]").replace("CN=Dinh, Kim Oanh,OU", r"CN=[[PERSON:Dinh, Kim Oanh]],OU")),

("positive", "new_user_powershell", "hispanic", r"""New-hire script, it fails at Set-ADAccountPassword. What's wrong?

$first = "[[PERSON:Itzamara]]"
$last  = "[[PERSON:Montesinos Arreola]]"
$sam   = "imontesinos"
$pw    = ConvertTo-SecureString "[[PASSWORD:Welcome-Dec2026!x9]]" -AsPlainText -Force
New-ADUser -Name "$last, $first" -GivenName $first -Surname $last -SamAccountName $sam `
  -UserPrincipalName "[[EMAIL_ADDRESS:imontesinos@corp.example.gov]]" -Path "OU=NewHires,DC=corp,DC=example,DC=gov" `
  -OfficePhone "[[PHONE_NUMBER:(202) 555-0171]]"
Set-ADAccountPassword -Identity $sam -NewPassword $pw -Reset"""),

("positive", "leaver_ticket", "anglo+polish", """JML ticket #LVR-22817 (Leaver)
Employee: [[PERSON:Gerald "Gerry" Stankiewicz]]
Last day: 12/18/2026
Manager: [[PERSON:Patrice Younkin]]
Actions: disable AD account, remove from VPN-Users and GS-Finance-RW, forward mail to manager for 30 days, revoke PIV cert, archive home dir.
Personal email for the exit survey: [[EMAIL_ADDRESS:gerrystank58@aol.com]]
Turn this into a checklist with owners."""),

("positive", "sudoers_with_names", "punjabi+anglo", r"""Reviewing sudoers for the audit; who has unrestricted root here?
# /etc/sudoers.d/ops  -- maintained by [[PERSON:Navdeep Grewal]]
User_Alias ADMINS = ngrewal, tlockhart, [[PERSON:Tomasz]]
# tlockhart = [[PERSON:Tabitha Lockhart]] (contractor, expires 2027-03-31)
ADMINS ALL=(ALL) NOPASSWD: ALL
%dbops ALL=(postgres) /usr/bin/psql
""".replace("[[PERSON:Tomasz]]", "tomasz.w")),

("positive", "ldap_bind_config", "anglo", r"""sssd keeps failing to bind after the password rotation. Config (I know, I'll rotate again after):
[domain/corp.example.gov]
id_provider = ldap
ldap_uri = ldaps://dc01.corp.example.gov
ldap_default_bind_dn = CN=svc-sssd,OU=Service,DC=corp,DC=example,DC=gov
ldap_default_authtok = [[PASSWORD:r7Qe!Lm2Zp9vTw4s]]
ldap_search_base = DC=corp,DC=example,DC=gov"""),

("positive", "mover_ticket_chat", "anglo+ghanaian", """Teams:
[[PERSON:Abena Ofori-Atta]]: mover request for [[PERSON:Curtis Blankenship]], he's moving from Finance to HR Monday
[[PERSON:Abena Ofori-Atta]]: manager says keep his mailbox but kill Finance share access
[[PERSON:Lyle Gustafson]]: his EDIPI is [[DOD_EDIPI:1561208847]] right? the CAC mapping is broken
[[PERSON:Abena Ofori-Atta]]: yep
write me the mover checklist"""),

("positive", "csv_bulk_import", "yoruba+chilean+swedish+uzbek+maori", """Bulk import CSV for the Jan cohort, the script rejects rows 3 and 5. Why?
GivenName,Surname,Department,Title,Mobile,Email
[[PERSON:Oyewumi]],[[PERSON:Adeteju]],IT,Sysadmin,[[PHONE_NUMBER:240-555-0196]],[[EMAIL_ADDRESS:adeteju.oyewumi@corp.example.gov]]
[[PERSON:Sofía]],[[PERSON:Arancibia Lagos]],HR,Specialist,[[PHONE_NUMBER:240 555 0104]],[[EMAIL_ADDRESS:sofia.arancibia@corp.example.gov]]
[[PERSON:Sixten]],[[PERSON:Ekwall]],,Analyst,,[[EMAIL_ADDRESS:sixten.ekwall@corp.example.gov]]
[[PERSON:Mahliyo]],[[PERSON:Yusupova]],Finance,Accountant,[[PHONE_NUMBER:240-555-0187]],[[EMAIL_ADDRESS:mahliyo.yusupova@corp.example.gov]]
[[PERSON:Ngata]],[[PERSON:Hemi]],Ops,"Lead, Night",[[PHONE_NUMBER:240-555-0189]],
"""),

("positive", "ssh_private_key_paste", "anglo", """Is this key in the right format for the ansible service account? Getting "invalid format".
[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDq7vZr0sQyX2mJkL4pW9tHcN3aBfEo1uYxR8gT5sK6dQAAAJhc1fOyXNXz
sgAAAAtzc2gtZWQyNTUxOQAAACDq7vZr0sQyX2mJkL4pW9tHcN3aBfEo1uYxR8gT5sK6dQ
AAAEB0xwPq9sYrL2tWmE7cV1nZa8kJfQ3oHbU5gDyT4iRe6urq9mvSxDJfaYmQvilb20dw
3doF8SjW5jFHyBPmwrp1AAAAEGFuc2libGVAY29ycC1qdW1wAQIDBAU=
-----END OPENSSH PRIVATE KEY-----]]
(generated on jump01 by [[PERSON:Owen Baptiste]])"""),

("positive", "joiner_form_ocr", "korean+anglo", """OCR of the paper joiner form (the new guy's supervisor still uses paper):
NEW ACCOUNT REQUEST
Name: [[PERSON:Yeon Seo-jin]]    Preferred: [[PERSON:Sarah Yeon]]
Start date: 01/04/2027
Home phone: [[PHONE_NUMBER:(703) 555-0127]]
DOB (for badge): [[DATE_OF_BIRTH:23 Oct 1996]]
Supervisor: [[PERSON:Marvin Ditmore]]
Which of these fields do we actually need for AD?"""),

("positive", "netrc_and_curl", "ukrainian", """Our HR feed pull stopped working. .netrc on the sync box:
machine hrfeed.corp.example.gov
login svc_hrsync
password [[PASSWORD:pH8w!2KqzR4vYm]]
and the cron: curl -n -s https://hrfeed.corp.example.gov/export/joiners.csv -o /srv/sync/joiners.csv
Is curl -n still reading .netrc if the file is group-readable? (owner is [[PERSON:Kateryna Ostapenko]])"""),

("positive", "get_aduser_output", "anglo+ukrainian+arab", """Output from Get-ADUser for the stale-account review; which ones haven't logged on in 90 days?
Name                 SamAccountName  Enabled LastLogonDate
----                 --------------  ------- -------------
[[PERSON:Petrenko, Vasyl]]     vpetrenko       True    9/2/2026 8:14:01 AM
[[PERSON:Culpepper, Alma]]     aculpepper      True    12/4/2026 7:55:43 AM
[[PERSON:Al-Masri, Dana]]      dalmasri        True    5/11/2026 4:02:19 PM
[[PERSON:Hasketh, Roderick]]   rhasketh        False   2/27/2026 1:10:05 PM"""),

("positive", "break_glass_email", "anglo", """Subject: break-glass account after the DC outage

[[PERSON:Thea]],
For the record, during Saturday's outage I used the break-glass domain admin (bg-da01). Current password is [[PASSWORD:Vx4!tQ9#mZr2Lp7e]]. I'll rotate it Monday with you as second person per the SOP. Don't forward this.
[[PERSON:Dwight Halvorsen-Ames]]"""),

("positive", "aws_keys_in_script", "tamil", """Identity sync to the cloud directory, the boto3 part fails with InvalidClientTokenId:
import boto3
iam = boto3.client("iam", aws_access_key_id="[[CLOUD_ACCESS_KEY:AKIALBU541AIQGZDILL5]]",
                   aws_secret_access_key="[[CLOUD_SECRET_KEY:K8V9lZLoI8FEJlHXc8JMFfkRqe6Ney+M646iltCu]]")
for u in iam.list_users()["Users"]:
    print(u["UserName"])
# owner: [[PERSON:Priya Thangavelu]]"""),

("evasion", "password_split_across_messages", None, """Teams with the help desk:
HD: what temp pw did you set for the new hire?
me: first half [[PASSWORD:Onboard-
me: (sorry) second half 7Qx!m2]]
HD: ok got it
Rewrite this as a note telling the help desk to stop asking for passwords over chat."""),

("evasion", "base64_bind_password", None, r"""Found this in a legacy Perl LDAP script, is this base64 what I think it is?
my $bind_dn = 'cn=svc-phonebook,ou=service,dc=corp,dc=example,dc=gov';
my $bind_pw = decode_base64('[[PASSWORD:UGhvbmVCb29rITIwMThzdmM=]]');"""),

("evasion", "name_cyrillic_lookalike", "anglo", """Account creation failed because the display name has weird characters (user copied from a Word doc): DisplayName = "[[PERSON:Сarol Вrightwater]]". The C and B look normal to me. What's going on?"""),

("hard_negative", "ldif_service_accounts", None, """dn: CN=svc-backup,OU=Service,DC=corp,DC=example,DC=gov
objectClass: user
cn: svc-backup
description: Backup agent service account
userAccountControl: 66048

dn: CN=svc-scanner,OU=Service,DC=corp,DC=example,DC=gov
objectClass: user
cn: svc-scanner
description: Vulnerability scanner service account
Which of these should be gMSAs instead?"""),

("hard_negative", "powershell_readhost", None, """$cred = Get-Credential -Message "Enter the admin account"
$pw = Read-Host -AsSecureString "Temp password for new user"
New-ADUser -Name $name -AccountPassword $pw -Enabled $true -ChangePasswordAtLogon $true
Is Read-Host -AsSecureString safe enough for a one-off script, or should I use a vault?"""),

("hard_negative", "sudoers_generic", None, """# /etc/sudoers.d/web
%webadmins ALL=(root) /usr/bin/systemctl restart nginx, /usr/bin/systemctl reload nginx
%webadmins ALL=(www-data) NOPASSWD: /usr/local/bin/deploy.sh
Defaults:%webadmins !requiretty
Can a webadmin escalate to root through deploy.sh if it's writable by www-data?"""),

("hard_negative", "config_placeholders", None, """[domain/corp.example.gov]
id_provider = ldap
ldap_uri = ldaps://dc01.corp.example.gov
ldap_default_bind_dn = CN=svc-sssd,OU=Service,DC=corp,DC=example,DC=gov
ldap_default_authtok = ${SSSD_BIND_PASSWORD}
ldap_default_authtok_type = password
This is the template we commit to git; the real value comes from the vault at deploy. Is obfuscated_password better?"""),

("hard_negative", "example_users_docs", None, """For the runbook, show a sample New-ADUser call with fake values: Name "Doe, John", SamAccountName "jdoe", UPN "jdoe@example.com", OfficePhone "555-555-5555". Make it obvious these are examples, not real accounts."""),

("hard_negative", "uac_flags_numbers", None, """Decode these userAccountControl values: 512, 514, 66048, 66050, 4194816, 532480. Also what does lastLogonTimestamp 133781234560000000 correspond to in UTC?"""),

("hard_negative", "password_policy_prose", None, """Draft the fine-grained password policy memo: minimum length 15, history 24, lockout after 5 attempts, 15-minute lockout duration, no maximum age for PIV-enforced accounts. Service accounts use gMSA or 30-character random passwords stored in the vault."""),

("hard_negative", "group_names", None, """Clean up these AD group names to match the new naming standard (GS-<dept>-<perm>): Finance Read Write, HR-ReadOnly, Grant Mgmt RW, Legal (read), Hope Street Office Printers, King Building Badges. Some are named after buildings; keep those parts."""),

("hard_negative", "jml_ticket_template", None, """JML ticket (Leaver) - template
Employee: <display name>
Last day: <date>
Manager: <display name>
Actions: disable AD account, remove group memberships, forward mail for 30 days, revoke PIV certificate, archive home directory.
Rewrite as a ServiceNow catalog item description."""),

("hard_negative", "hashes_and_sids", None, """In the event log: S-1-5-21-3623811015-3361044348-30300820-1013 logged on from WS-4471; the Kerberos ticket hash was 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Is 4769 with RC4 encryption type 0x17 worth alerting on?"""),
]
