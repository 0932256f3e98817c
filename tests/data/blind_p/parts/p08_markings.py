"""Voice: analysts and staff pasting marked documents or credentials (must be blocked), and
discussions about classification/CUI as topics (must pass)."""
from _v import *

RECORDS = [
R("positive", "marked_report", None, """[[CLASSIFICATION_MARKING:SECRET//NOFORN]]

[[CLASSIFICATION_MARKING:(S//NF)]] Reporting indicates the maritime smuggling network shifted its transshipment point to a secondary port in late October.
[[CLASSIFICATION_MARKING:(U)]] Open-source shipping data corroborate increased dwell time.

Can you shorten this into three bullets for the morning brief?

[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""),

R("positive", "marked_report", None, """[[CLASSIFICATION_MARKING:Classified By: 0F7A21, Director, Current Intelligence Division]]
[[CLASSIFICATION_MARKING:Derived From: DHS I&A SCG 2024-03, dated 20240115]]
[[CLASSIFICATION_MARKING:Declassify On: 20511231]]
please fix the formatting of this authority block, the lines keep wrapping"""),

R("positive", "marked_report", None, """Summarize: [[CLASSIFICATION_MARKING:TOP SECRET//SI//REL TO USA, FVEY]] — key judgments: 1. The actor will likely continue targeting water utilities through exposed HMIs. 2. ..."""),

R("positive", "cui_document", None, """[[CUI_MARKING:CUI//SP-IMMIG//FED ONLY]]

[[CUI_MARKING:Controlled by: DHS / USCIS
Controlled by: Refugee, Asylum and International Operations
CUI Category: Immigration
Limited Dissemination Control: FED ONLY
POC: RAIO Records Branch]]

Please turn the following interview summary into a table: ..."""),

R("positive", "cui_document", None, """Rewrite more concisely: "[[CUI_MARKING:(CUI//LEI)]] The subject vessel's AIS transponder was disabled for 14 hours. [[CUI_MARKING:(CUI//LEI)]] Boarding team recovered two satellite phones." """),

R("positive", "legacy_marking", None, """[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Draft TSA checkpoint staffing plan, Terminal B, holiday peak. Lanes 4-9 open 0400-2100.
[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
can you make a chart from these numbers?"""),

R("positive", "legacy_marking", None, """Header of the attachment says [[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]] but it's just the duty roster for the task force, can you convert it to CSV? Roster follows: ..."""),

R("positive", "ssi_document", None, """Make this paragraph plain-language:
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Screening lane throughput targets for Category X airports are ..."""),

R("positive", "pcii_document", None, """Our chemical facility submitted a vulnerability assessment marked [[CUI_MARKING:PCII]]; can the chatbot help me outline the findings section? First finding: perimeter fencing at the ammonia storage area ..."""),

R("positive", "marked_email", None, """Subject: [[CUI_MARKING:(U//FOUO)]] Updated watch schedule
Team, attached is the holiday watch schedule. Please do not forward outside the Ops Center. Help me write a friendlier version of this email."""),

R("positive", "password_prose", "anglo", f"""Write a short reminder email to [[PERSON:Colby Wentworth]]: the shared mailbox password was reset to [[PASSWORD:Tundra!Falcon{sec('pp1',4,'0123456789')}]] and he should change it at next login."""),

R("positive", "password_spanish", "hispanic", f"""Traduce al inglés: "Hola [[PERSON:Mateo Arreola]], la contraseña temporal de tu cuenta del portal es [[PASSWORD:Qz{sec('es1',8)}$7]]. Cámbiala antes del viernes." """),

R("positive", "password_french", None, f"""Peux-tu corriger ce message ? « Le mot de passe du wifi invités de l'ambassade est [[PASSWORD:Lumiere-{sec('fr1',6)}-2026]], merci de ne pas le partager. »"""),

R("positive", "password_url", None, f"""This link from the vendor doesn't open, what's wrong with it?
[[CONNECTION_STRING:ftp://cwmd_upload:{sec('ftppw',12)}@ftp.vendor-sensors.example.com/incoming/]]"""),

R("positive", "cloud_keys", None, f"""[default]
aws_access_key_id = [[CLOUD_ACCESS_KEY:ASIA{sec('ak2',16,'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}]]
aws_secret_access_key = [[CLOUD_SECRET_KEY:{sec('sk2',40,ALNUM+'+/')}]]
aws_session_token = [[PASSWORD:IQoJb3JpZ2luX2Vj{sec('st2',120,ALNUM+'+/')}]]
why does the CLI say ExpiredToken? I just got these from the SSO page"""),

R("positive", "private_key", None, "is this key encrypted? the header looks different\n[[PRIVATE_KEY:" + pem("pk2", "EC PRIVATE KEY", 3) + "]]\nI need it for the syslog forwarder TLS."),

R("positive", "password_prose", "russian", f"""Переведи на английский: «[[PERSON:Игорь]], пароль от тестового сервера: [[PASSWORD:Morozko_{sec('ru1',7)}]]. Не пересылай его никому.»"""),

R("positive", "connection_string", None, f"""SQL Server won't accept this from the app, error 18456:
[[CONNECTION_STRING:Server=tcp:sql-ia-prod.database.example.net,1433;Initial Catalog=ia_claims;User ID=ia_app;Password={sec('mssql',16)}%;Encrypt=True;]]"""),

# hard negatives: discussion of classification/CUI as topics, no markings
R("hard_negative", "marking_training", None, """Quiz question for the annual refresher: "Who may apply derivative classification, and what source documents can they rely on?" Answer key: cleared personnel trained in derivative classification, relying on a security classification guide or a properly marked source document. Please reword it for clarity."""),
R("hard_negative", "marking_training", None, """Explain the difference between CUI Basic and CUI Specified in plain language, and which categories in the CUI Registry relate to immigration, privacy and law enforcement. I need it for a new-hire briefing deck, no example banners."""),
R("hard_negative", "trade_secret", None, """The vendor says their detection model is a trade secret and the source is confidential under the NDA. Does the Trade Secrets Act (18 U.S.C. § 1905) restrict what we can put in a public FOIA response about the contract?"""),
R("hard_negative", "secret_service", None, """The Secret Service's National Threat Assessment Center (NTAC) released its report on targeted school violence. Summarize the key findings for the school safety working group. Also note the Secret Service Uniformed Division is separate from special agents."""),
R("hard_negative", "marking_training", None, """What is a spillage and what are the first steps an employee should take if they think classified information landed on an unclassified system? Give the general procedure, not our internal one."""),
R("hard_negative", "confidential_footer", None, """Email footer question: our contractor adds "CONFIDENTIALITY NOTICE: This message is intended only for the named recipient and may contain confidential or privileged information." Is that legally meaningful for a federal recipient? (c) 2026 Brightline Analytics LLC."""),
R("hard_negative", "cui_umls", None, """In the UMLS Metathesaurus, concept C0018787 (Heart) has CUI C0018787 and atoms from several sources. Write a Python snippet that maps CUIs to preferred names from MRCONSO.RRF."""),
R("hard_negative", "marking_training", None, """For the FOIA office: what exemptions usually apply to records that were once controlled but have been decontrolled? List (b)(5), (b)(6), (b)(7)(C) and (b)(7)(E) with one-line explanations."""),
R("hard_negative", "password_policy", None, """Rewrite our password policy in plain language: minimum 15 characters, no forced periodic changes unless compromise is suspected, block passwords found in breach corpora, MFA with PIV or FIDO2 required for privileged accounts (per NIST SP 800-63B)."""),
R("hard_negative", "secret_service", None, """Secret Service field office list for the outreach map: Atlanta, Chicago, Houston, Los Angeles, New York, San Juan, Washington Field Office. The "Operation Safe Return" and "Operation Hope Chest" names are from public press releases."""),
R("hard_negative", "key_rotation", None, """We rotated the TLS certificates for the portal. New cert fingerprint SHA256: 5A:3C:91:0E:7B:44:D2:19:8F:6A:C0:2B:E7:11:93:4D:58:AF:06:CE:72:1B:9D:E4:30:87:5F:A2:C6:0D:BB:19. Write the change notice for users."""),
]
