"""Extra records across voices (mostly hard negatives, a few positives and evasions)."""
from _common import R
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(H, "ticket_numbers_phone_shape", None, """
merge duplicates: REQ0202-555-0143 (printer jam, 4th flr), REQ0202-555-0143 (same), INC0713-555-0100 (badge reader), CHG0044-118-7720 (firewall change window Sat 2200)
"""),
R(H, "model_numbers", None, """
compare these laptops for the refresh: Dell Latitude 7450 (i7-1365U, 32GB), HP EliteBook 840 G11, Lenovo ThinkPad T14s Gen 5 21LS001QUS. Which is on the DHS FirstSource III catalog?
"""),
R(H, "git_log", None, """
write a changelog from this git log:
a94a8fe5ccb19ba61c4c0873d391e987982fbbd3 fix: strip secrets from debug logs
de9f2c7fd25e1b3afad3e85a0bd17d9b100db4b3 feat: add rotation job for service passwords
4e07408562bedb8b60ce05c1decfe3ad16b72230 chore: bump version to 2.7.1
"""),
R(H, "password_policy_doc", None, """
simplify this policy text: "Passwords must be at least 15 characters, contain no dictionary words, and be changed upon suspicion of compromise. Users shall not reuse their previous 24 passwords. Service account passwords are stored in the enterprise vault."
"""),
R(H, "dates_not_dob", None, """
make a timeline: incident detected 03/17/2026, contained 03/19/2026, eradicated 04/02/2026, lessons learned held 04/15/2026, report due 05/01/2026.
"""),
R(H, "memorial_names", None, """
reword: "The awards ceremony will be held at the Martin Luther King Jr. Memorial Library. Parking is available at Union Station. The Hope Diamond exhibit at the Smithsonian is open after the event."
"""),
R(H, "hex_keys_public", None, """
is this a valid fingerprint format? SHA256:2Xq9mB4kL7pR1vT6wZ3cN8sF0dG5hJ2aQ1eY7uI4oP0 and the PGP key id 0x4AA1B2C3D4E5F607. These are the public ones from our vendor's security.txt.
"""),
R(H, "placeholder_key_docs", None, """
rewrite this readme section: set AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX and AWS_SECRET_ACCESS_KEY=<secret> in your shell, or better, use `aws sso login --profile ops-dev`. Never commit real keys.
"""),
R(H, "pem_public_cert", None, """
what does this cert chain error mean? "unable to get local issuer certificate" — the server sends only the leaf. Our CA bundle is /etc/pki/ca-trust/source/anchors/dhs-ca.pem and the leaf is valid until Jan 10 2027.
"""),
R(H, "ssn_invalid_range", None, """
our validator accepts 900-12-3456 and 666-44-1234 and 000-52-7781 — are those even possible SSNs? explain the rules and fix my regex: ^\\d{3}-\\d{2}-\\d{4}$
"""),
R(H, "phone_fictional_context", None, """
Make this press release shorter: DHS announced today that the Blue Campaign has trained 1.2 million people since 2010. The campaign's materials are available in 25 languages. Media contact: Office of Public Affairs.
"""),
R(H, "uscis_form_numbers", None, """
list which forms need biometrics: I-90, I-131, I-485, I-589, I-751, I-765, I-821D, N-400, N-600. Fee for I-90 is $465 online.
"""),
R(H, "timestamps_json", None, """
pretty print this:
{"job":"nightly-sync","started":"2026-12-04T02:00:01.118Z","finished":"2026-12-04T02:41:57.903Z","records":48211,"errors":0,"build":"9.4.2+sha.7f3c1a9","run_id":"b5f1c1e8-6c3e-4f0c-9d2e-81a6c2a1e774"}
"""),
R(H, "will_names_words", None, """
fix grammar: "Will the new badge readers be installed by June? Grant funding for the readers came through in May. Faith in the schedule is low, and Bill from facilities says there's little hope."
"""),
R(H, "doc_ips", None, """
explain this allowlist to the change board: 192.0.2.0/24 (test lab), 198.51.100.0/24 (partner staging), 203.0.113.10 (vendor jump host), 2001:db8::/32 (IPv6 test)
"""),
R(H, "cui_as_umls", None, """
my NLP pipeline outputs UMLS CUIs like C0011849 (diabetes mellitus) and C0020538 (hypertension). how do I map a CUI to SNOMED CT for the occupational health dashboard?
"""),
R(P, "voicemail_transcript", "cuban_dominican", """
turn this voicemail transcript into a message slip:
"hi this is [[PERSON:Yoselin Guzmán]] calling about my husband's detention, his A number is [[A_NUMBER:A214085391]], please call me back at [[PHONE_NUMBER:(718) 555-0105]], thank you"
"""),
R(P, "address_change", "pacific_islander", """
write the AR-11 instructions for this person: [[PERSON:Makana Ka'ahanui-Lealaiauloto]] moved to [[STREET_ADDRESS:94-1025 Waipahu St, Unit 12, Waipahu, HI 96797]] on 11/1
"""),
R(P, "dl_va", "anglo", """
draft a note to security: the contractor's VA driver's license [[US_DRIVER_LICENSE:T61-48-2093]] didn't scan at the visitor center. Contractor: [[PERSON:Colby Fairbanks]].
"""),
R(P, "private_key_rsa", None, """
which line is corrupted? openssl rsa -check fails:
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA8+DyB+wxlXe6A2s6VVutLFDEgTfv+T5MC+lSqGE4Agn3nwUm
gK8OEX4VLkFexwzNCwLVbqZaE59ZogIjQmjN7yC2XzxEeuxwUlRW7T6qxRMsmIS4
Qoxqh3Z81zbABNkiK2RXVJ4j3huVQ+biSbA3chRPGpJgMJouM+4+1tgUp1m8NIv0
-----END RSA PRIVATE KEY-----]]
"""),
R(P, "aws_secret_prose", "anglo", """
write an incident note: on 12/2 [[PERSON:Garrett Lindqvist]] pasted our staging AWS secret ([[CLOUD_SECRET_KEY:p8RngDt/TKa6DAxgtM6a2BIXgAXfNQT8yBkjhwdk]]) in the #general channel. key id [[CLOUD_ACCESS_KEY:AKIATRGYMVIMAY9JHBL9]]. Rotated at 14:10.
"""),
R(P, "slack_webhook_bot", None, """
my alert bot stopped posting, config:
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-602439021041-0932398550357-nSKN1eCdtoVI0kRseJt6BJ6F]]
SLACK_CHANNEL=C04SOCALERTS
"""),
R(P, "mongo_uri", None, """
my node app times out connecting, here's the uri, is the authSource wrong?
const uri = "[[CONNECTION_STRING:mongodb://case_reader:YwWRV6BZKt7E%25t@mongo-01.internal.example:27017/cases?authSource=admin]]";
"""),
R(P, "pw_prose_helpdesk", "nigerian", """
reword nicer: "[[PERSON:Folake Adebayo-Ogunleye]], your new password is [[PASSWORD:Lagos#Rain4417]] , change it within 24 hours or it expires"
"""),
R(P, "dob_narrative", "native_american", """
summarize the background investigation note: Subject [[PERSON:Tallulah Whitehorse]] was born on [[DATE_OF_BIRTH:September 3, 1988]] in Window Rock, AZ; previous address [[STREET_ADDRESS:77 Canyon View Rd, Chinle, AZ 86503]].
"""),
R(P, "signature_block", "jewish", """
shorten my signature block:
--
[[PERSON:Benjamin Levi Katz]]
Senior Attorney-Advisor, OGC (Immigration Law Division)
Desk [[PHONE_NUMBER:202-555-0115]] | Mobile [[PHONE_NUMBER:202-555-0178]]
[[EMAIL_ADDRESS:benjamin.katz@example.gov]]
"""),
R(P, "mailto_link", "korean", """
fix this html: <a href="mailto:[[EMAIL_ADDRESS:jaeyoung.baek@example.org]]">Contact [[PERSON:Baek Jae-young]]<a>
"""),
R(E, "ghp_spaced", None, """
format this as a code block: my token is [[GITHUB_TOKEN:ghp_ 1go8CcaaVGV8dBr92xc0 Dna7iMPcviFNc8BN]] and I need it in the secrets settings
"""),
R(P, "initials_names", "chinese", """
clean up these meeting minutes: Attendees: [[PERSON:J.W. Qiu]] (chair), [[PERSON:Z. Huang]], [[PERSON:Huang Zhiqiang]]. Action: [[PERSON:Qiu]] to circulate draft by 12/11.
"""),
R(P, "passport_ds", "hispanic+anglo", """
fill in the travel order: traveler [[PERSON:Valentina Echeverría]], official passport [[US_PASSPORT:A02917364]], destination Bogotá, 01/05-01/16/2027. Approving official [[PERSON:Gordon Ashcombe]].
"""),
]
