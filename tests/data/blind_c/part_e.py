# Additional positives and evasions (balancing origins, more types).
P = "positive"
E = "evasion"
RECORDS = [
(P, "auth_log", "arabic", """Explain these sshd lines and whether they look like brute force:
Dec  2 03:14:07 bastion-2 sshd[40112]: Failed password for fharbi from [[IP_ADDRESS:45.79.112.38]] port 52144 ssh2
Dec  2 03:14:09 bastion-2 sshd[40112]: Failed password for fharbi from [[IP_ADDRESS:45.79.112.38]] port 52146 ssh2
Dec  2 03:15:30 bastion-2 sshd[40131]: Accepted publickey for fharbi from [[IP_ADDRESS:2600:1700:5a3c:9e10::4f]] port 61022
# fharbi = [[PERSON:Faisal Al-Harbi]], contractor"""),

(P, "ca_license", "somali", """Please write a short letter confirming receipt of these documents from [[PERSON:Deeqa Xirsi Maxamuud]]:
- California driver license [[US_DRIVER_LICENSE:D4820917]]
- proof of address: [[STREET_ADDRESS:PO Box 20471, San Diego, CA 92102]]
- date of birth on the license: [[DATE_OF_BIRTH:Oct. 2, 1993]]"""),

(P, "private_key_email", "filipino", """Can you tell me what kind of key this is? [[PERSON:Genalyn Sta. Maria]] pasted it in our team chat by mistake:
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAu3mK8vQpZ2xR7tLc9wYhN4eJd1sF6gBqU0aTzV5oXkP8rMiC
3nHyW2bG7fLd0qS9xEvRt4cJ1mKa6pUzN8oYhB5wDq2gTi7lVsXe3rFj0kMnC9aP
Rb4yQh6tW1zLd8vGs3oNx2fKc7eJp5mU0iTa9qBwYr4lHgZ6dS1vXn3kCe8oFj2M
-----END RSA PRIVATE KEY-----]]"""),

(P, "gitlab_ci", "haitian", """Why does this CI variable not work? Set by [[PERSON:Lovely Bien-Aimé]] last week:
variables:
  GL_TOKEN: "[[GITLAB_TOKEN:glpat-gadDZFlRJmCGmUXiAPyh]]"
  PROJECT_ID: "2291" """),

(P, "itin_letter", "chinese", """Rewrite this as a formal letter: Mr. [[PERSON:Fang Zhenyu]] (ITIN [[US_ITIN:931-74-5082]]) lives at [[STREET_ADDRESS:41-28 Main St, Apt 6C, Flushing, NY 11355]] and wants to know if he needs to renew his ITIN before filing."""),

(P, "rural_route_ip", "nigerian", """Summarize this fraud-alert note: Account of [[PERSON:Olumide Fasanya]], mailing address [[STREET_ADDRESS:RR 4 Box 310, Statesboro, GA 30458]], was accessed from [[IP_ADDRESS:102.89.34.17]] (Lagos) and [[IP_ADDRESS:73.152.208.61]] within ten minutes. His phone on file is [[PHONE_NUMBER:912 489 6637]]."""),

(P, "bank_po_box", "vietnamese", """Check these direct deposit details for [[PERSON:Tôn Nữ Diễm Phương]]: routing [[ABA_ROUTING_NUMBER:118155834]], checking [[US_BANK_NUMBER:2290174836]], mail to [[STREET_ADDRESS:P.O. Box 741582, Houston, TX 77274]]."""),

(P, "slack_export", "slavic", """Clean up this Slack export for the incident report:
[[PERSON:Miroslav Kadlec]]  9:02 AM  deploy bot is down again
[[PERSON:Iryna Melnyk]]  9:04 AM  I rotated it, new one is [[SLACK_TOKEN:xoxp-439332836791-601108436469-7482123789914-66028de71159b42b4ea410fb9102f29a]]
[[PERSON:Miroslav Kadlec]]  9:05 AM  thx"""),

(P, "urbanizacion", "hispanic", """Valida esta dirección de Puerto Rico: [[PERSON:Wilfredo Rosado Figueroa]], [[STREET_ADDRESS:Urb. Las Lomas, Calle 21 SO #1794, San Juan, PR 00921]], tel. [[PHONE_NUMBER:(787) 781-3305]]."""),

(E, "letters_for_digits", "arabic", """Please correct this A-number, the OCR mixed letters in: [[A_NUMBER:A-2O8-5l3-907]] for [[PERSON:Nadia Ghanem]]"""),

(E, "spaced_digits", "somali", """Put this in the right format: [[PERSON:Abdikarim Sheekh Aadan]], SSN [[US_SSN:6 1 4 dash 2 0 dash 7 7 3 1]]"""),

(E, "email_spaced", "filipino", """Fix the email so it works: [[PERSON:Jun Macaraig]] - [[EMAIL_ADDRESS:jun.macaraig @ pinoymail . ph]]"""),

(E, "split_lines", "haitian", """The I-94 number broke across two lines in the scan:
Admission record for [[PERSON:Dieula Charlemagne]]: [[I94_NUMBER:2741
0583916]] - please join it."""),
]
