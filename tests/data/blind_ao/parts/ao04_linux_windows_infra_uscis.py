"""ao04: USCIS service-centre Linux/Windows infrastructure administrator (.netrc, fstab/cifs, sssd, keepalived,
haproxy, nginx, BIND, chrony, snmpd, Ansible and Terraform for network gear)."""

RECORDS = [
    ("positive", "netrc_mirror_pull", "mongolian", """[[PERSON:Oyunchimeg Batbayar]] set up the nightly pull from the vendor's firmware portal and it broke after she left for detail. curl -n gives 401. ~/.netrc on the jump host:

machine firmware.vendor-portal.example.com
  login uscis-netops-dl
  password [[PASSWORD:G^__uB~J0tVUNH]]
machine tftp-archive.svc.example.internal
  login archive
  password [[PASSWORD:ww8eYMNN9QuAKU-x]]

Permissions are 0644, could that be why curl ignores it?"""),

    ("positive", "fstab_cifs_inline_creds", "arabic", """mount -a fails with "mount error(13): Permission denied" on the new RHEL 9 box. I know inline creds are bad, moving them to a credentials file next, but first I want it working:

# /etc/fstab
UUID=3c1b9e0a-55d2-4f6e-9a71-0c2b6d8e4f11 /      xfs  defaults 0 0
//vsc-fs02.example.internal/NetOps$  /mnt/netops  cifs  username=svc-netops-smb,password=[[PASSWORD:3jby0mV=8CLok18l-Q]],domain=USCIS,vers=3.0,uid=1001  0 0
# [[PERSON:Mariam Khalil]]'s share for the config backups
//vsc-fs02.example.internal/CfgBackup  /mnt/cfgbackup  cifs  credentials=/root/.smbcred-cfg,vers=3.0  0 0

and /root/.smbcred-cfg:
username=svc-cfgbackup
password=[[PASSWORD:yX?CfGrb2AxrCr-9]]
domain=USCIS"""),

    ("positive", "sssd_ldap_bind_signature", "thai", """sssd won't start after I added the second domain. `sssd -i -d 9` shows "Could not start TLS encryption". Config:

[domain/ldap-netops]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap01.example.internal
ldap_search_base = ou=netops,dc=example,dc=internal
ldap_default_bind_dn = cn=sssd-bind,ou=svc,dc=example,dc=internal
ldap_default_authtok_type = password
ldap_default_authtok = [[PASSWORD:Hq7-vRm2Lx9zTp4W]]
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/openldap/certs/ca.pem

/etc/openldap/ldap.conf also still has:
BINDDN cn=sssd-bind,ou=svc,dc=example,dc=internal
BINDPW [[PASSWORD:Hq7-vRm2Lx9zTp4W]]

Thanks,
[[PERSON:Somchai Wongsakul]]
Systems Administrator, Vermont Service Center
[[PHONE_NUMBER:802-555-0131]]"""),

    ("positive", "keepalived_haproxy_nginx", None, """Trying to figure out why the VIP flaps between the two LB nodes every few minutes. Pasting the three configs involved:

# /etc/keepalived/keepalived.conf
vrrp_instance VI_CASEAPP {
    state BACKUP
    interface ens192
    virtual_router_id 51
    priority 100
    authentication {
        auth_type PASS
        auth_pass [[PASSWORD:k7Wq2Nz9]]
    }
    virtual_ipaddress { 10.62.4.100/24 }
}

# /etc/haproxy/haproxy.cfg (stats section)
listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth lbadmin:[[PASSWORD:V9tRx2-Qm4Zc8pLw]]

# /etc/nginx/.htpasswd (used for the /nodeinfo page)
ops:[[PASSWORD:$apr1$Zb3kQ9xL$Yt7vNc2WqR8mPd5sHf0Jk1]]

Node A has priority 100 too. Is that the issue?"""),

    ("positive", "bind_tsig_chrony_keys", "tamil", """Zone transfers from the primary to the new secondary fail with "TSIG xfer-key: tsig verify failure (BADSIG)". Clocks are synced with chrony using symmetric keys. Files:

// named.conf on the primary
key "xfer-key" {
    algorithm hmac-sha256;
    secret "[[PASSWORD:lGR26a9JzqHX6rCvE+ZvEQBx5X+OdSe50x12keOca+M=]]";
};
// rotated 2026-11-02 by [[PERSON:Kavitha Thirunavukkarasu]]

// named.conf on the secondary
key "xfer-key" {
    algorithm hmac-sha256;
    secret "[[PASSWORD:bBGiroYRprY6Zlh2YUIJyPtdHJg0pxWThkG3/G5u5u8=]]";
};

# /etc/chrony.keys (both)
1 SHA256 HEX:[[PASSWORD:BAFB80ADE8F732A94F66952CDE0C6AB3]]

Obviously the two secrets differ. Which one is the rotated one?"""),

    ("positive", "snmpd_conf_syscontact", "amharic", """net-snmp on the RHEL syslog collector: v3 user works from localhost but not from the NMS. snmpd.conf:

syslocation "Vermont Service Center, DC room 114, rack 7"
syscontact  [[PERSON:Tsegaye Bekele]] <[[EMAIL_ADDRESS:tsegaye.bekele@uscis.dhs.gov]]>
agentAddress udp:161,udp6:[::1]:161
rocommunity [[PASSWORD:vsc-syslog-Rw5t]] 10.62.0.0/16
createUser nmspoll SHA-256 "[[PASSWORD:2wadr6zf0GSpJ~!]]" AES "[[PASSWORD:TTVZMaNtplo6R6fL-p]]"
rouser nmspoll priv

firewalld has snmp open. `ss -ulpn | grep 161` shows it bound to 127.0.0.1 only. Why?"""),

    ("positive", "ansible_inventory_terraform_panos", "romanian", """Two things from the network automation repo. (1) Ansible can't connect to the IOS switches: "Authentication failed". (2) terraform plan for the Palo Alto times out.

# inventory/group_vars/vsc_switches.yml   (owner: [[PERSON:Ioana Vrânceanu]])
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: cisco.ios.ios
ansible_user: svc-ansible
ansible_password: [[PASSWORD:Nc4!rTq8-LmZ2vWx]]
ansible_become: true
ansible_become_method: enable
ansible_become_password: [[PASSWORD:pK9#wQz3-Ty7Rv2L]]

# terraform/panos/provider.tf
provider "panos" {
  hostname = "10.62.1.1"
  username = "terraform"
  password = "[[PASSWORD:Zq6Vm-3RtX9kLp2W]]"
  timeout  = 10
}

Could the IOS failure be because enable on these switches is TACACS-authorized?"""),

    ("evasion", "nato_phonetic_bind_password", None, """The old admin left a note in the runbook for the LDAP bind account, spelled phonetically so it could be read over the phone:

"sssd-bind password: [[PASSWORD:Hotel Quebec seven dash victor romeo mike two lima x-ray nine zulu]]"

Is it safe to assume lower-case unless it says 'capital'? sssd keeps rejecting it and I've tried both ways."""),

    ("hard_negative", "fstab_credentials_file_sssd_ref", None, """Cleaned-up version after the review: creds live in root-only files now and sssd reads its bind token from a keytab. Does this look right?

# /etc/fstab
//vsc-fs02.example.internal/NetOps$    /mnt/netops     cifs  credentials=/root/.smbcred-netops,vers=3.0,uid=1001,_netdev  0 0
//vsc-fs02.example.internal/CfgBackup  /mnt/cfgbackup  cifs  credentials=/root/.smbcred-cfg,vers=3.0,_netdev  0 0

# /etc/sssd/sssd.conf
[domain/ldap-netops]
id_provider = ldap
ldap_sasl_mech = GSSAPI
ldap_krb5_keytab = /etc/krb5.keytab
ldap_sasl_authid = host/syslog01.example.internal

ls -l /root/.smbcred-* shows -rw------- root root. sssd.conf is 0600."""),

    ("hard_negative", "terraform_sensitive_var", None, """Refactored the PAN-OS provider so nothing is hard-coded. Is `sensitive = true` enough to keep it out of the plan output and state?

variable "panos_password" {
  type      = string
  sensitive = true
}

provider "panos" {
  hostname = var.panos_hostname
  username = "terraform"
  password = var.panos_password
}

# CI sets TF_VAR_panos_password from the pipeline's masked variable PANOS_PASSWORD"""),

    ("hard_negative", "ansible_vault_lookups", None, """Ansible group_vars after moving to HashiCorp Vault lookups. Is this syntax right for the community.hashi_vault collection?

ansible_user: svc-ansible
ansible_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=netops/data/ios:password') }}"
ansible_become_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=netops/data/ios:enable') }}"
snmp_ro_community: "{{ vault_snmp_ro }}"   # placeholder until the v3 migration

The role runs `cisco.ios.ios_config` with `lines: snmp-server community {{ snmp_ro_community }} RO 95`."""),

    ("hard_negative", "iso_sha256sums_gpg", None, """Verifying the RHEL and firmware images before we stage them on the PXE server. sha256sum output vs the vendor's published list:

b1d788f2ede1a3d104261bf67ba364a9628a93ea55de0b23d1674064603f07ba  rhel-9.5-x86_64-dvd.iso
f52e19521a8779e4cdd95814e59335408527088a7994162fcea773eae5d3a10a  cat9k_iosxe.17.12.04.SPA.bin
a4532d9c355607aee5385d4a45534262867723189a6810bbcdfbd555a59f039c  PanOS_3400-11.1.6.bin

Vendor signing key fingerprint: 43:06:CF:94:2B:08:2A:34:81:FA:9C:F4:46:91:EB:04:4C:70:61:40 (per their download page)

The PanOS one doesn't match what the support portal shows. What's the right escalation?"""),

    ("hard_negative", "prose_tsig_rotation", None, """What's the cleanest way to rotate a BIND TSIG key between a primary and two secondaries without breaking transfers? My plan: generate a new key with `tsig-keygen -a hmac-sha256 xfer-key-2026q4 > /etc/named/xfer-key-2026q4.key`, include it on all three, add both keys to the allow-transfer on the primary for a day, switch the secondaries' `server` statements to the new key, then remove the old one. I'd rather not paste the key files anywhere, so please just confirm the order of operations."""),

    ("hard_negative", "chrony_ntp_public", None, """chrony.conf for the new service-center NTP tier. Keys are in /etc/chrony.keys (not shown). Is minpoll 4 too aggressive for the NIST servers?

server time.nist.gov iburst minpoll 6 maxpoll 10
server time-a-g.nist.gov iburst
server time-b-wwv.nist.gov iburst
keyfile /etc/chrony.keys
allow 10.62.0.0/16
local stratum 10
driftfile /var/lib/chrony/drift
# peers authenticate with key id 1 (see keyfile)
peer 10.62.2.12 key 1"""),

    ("hard_negative", "nginx_maintenance_public", None, """nginx maintenance page for the internal case-status mirror. Can you make it return 503 with this body and a Retry-After?

location / {
    return 503;
}
error_page 503 /maint.html;

maint.html text:
"The case status mirror is down for scheduled maintenance Saturday 0600-1000 ET. For case questions the public can call the USCIS Contact Center at 800-375-5283 or use the online tools at uscis.gov. Employees: open a ticket with the service desk, reference change CHG0091442."

Server cert serial 0A:91:3C:55:E7:08:1B:6D, expires 2027-06-30."""),
]
