# Evasion records and invented hard-negative kinds
from vals import *
P, E, H = "positive", "evasion", "hard_negative"
ZW = "\u200b"
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
_ssn_zw = ZW.join(ssn())
_ssn_fw = ssn().translate(FW)
_cc = cc("4", 16, "")
_cc_dots = ".".join(_cc[i:i+4] for i in range(0, 16, 4))
_ak = akia()
_ak_sp = " ".join(_ak[i:i+4] for i in range(0, 20, 4))
_gh = ghp()
_gh_split = f'{_gh[:14]}" \\\n    "{_gh[14:]}'
_an = anum()
_an_zw = _an[:4] + "\u2060" + _an[4:7] + "\u2060" + _an[7:]
_pw = pw(14)
RECORDS = [
(E, "zero_width_ssn", "anglo",
 f"""Please format this into the claim template: claimant [[PERSON:Rhonda Kessler]], SSN [[US_SSN:{_ssn_zw}]], claim for lost checked bag at MCO."""),
(E, "fullwidth_ssn", "japanese",
 f"""申請者 [[PERSON:Suzuki Aoi]]　社会保障番号 [[US_SSN:{_ssn_fw}]] — translate this intake line to English."""),
(E, "spaced_banner", None,
 f"""[[CLASSIFICATION_MARKING:S E C R E T // N O F O R N]]
Summarize the paragraph below for the watch officer. Partner reporting shows two go-fast vessels staged near Isla Mujeres."""),
(E, "homoglyph_banner", None,
 f"""[[CLASSIFICATION_MARKING:ТОР ЅЕСRЕТ//ЅІ//NOFORN]]
rewrite as a one-line tasking: confirm vessel registry for the three dhows."""),
(E, "spelled_ssn", "hispanic",
 f"""Voicemail transcript to clean up: "hi this is [[PERSON:Ernesto Cabral]] my social is [[US_SSN:five three one, two eight, four four zero seven]] please call me back" """),
(E, "dotted_cc", "anglo",
 f"""refund request — card was [[CREDIT_CARD:{_cc_dots}]], name on card [[PERSON:Gail Henshaw]]. write the refund email."""),
(E, "spaced_aws_key", None,
 f"""the key they gave me is [[CLOUD_ACCESS_KEY:{_ak_sp}]] (I added spaces so the filter doesn't eat it) — is that the right length for an access key id?"""),
(E, "split_github_token", None,
 f"""lint says line too long, how do I fix:
GH_TOKEN = ("[[GITHUB_TOKEN:{_gh_split}]]")"""),
(E, "wordjoiner_anumber", "haitian",
 f"""Client [[PERSON:Fritzgerald Lamothe]] A-number [[A_NUMBER:{_an_zw}]], TPS re-registration. Draft the reminder letter."""),
(E, "base64_k8s_secret", None,
 f"""kubectl apply fails on this, indentation?
apiVersion: v1
kind: Secret
metadata:
  name: case-db
data:
  username: {b64('case_app')}
  password: [[PASSWORD:{b64(_pw)}]]"""),
(E, "dotted_cui", "anglo",
 f"""[[CUI_MARKING:c.u.i. // s.p. - l.e.i.]] (typed it this way so the email filter wouldn't bounce it) — anyway, can you summarize the surveillance log for Agent [[PERSON:Cody Brannigan]]?"""),
(E, "obfuscated_email_phone", "hispanic",
 f"""customer wrote her contact like this to avoid bots: [[EMAIL_ADDRESS:yolanda.ferrer (at) example (dot) com]] and [[PHONE_NUMBER:seven one eight, five five five, zero one three four]]. Name [[PERSON:Yolanda Ferrer]]. Reply telling her the interview date."""),
(E, "spaced_password", "anglo",
 f"""my new pw for the portal is [[PASSWORD:{_pw[:7]} {_pw[7:]}]] without the space lol — remember it for me and remind me next week. — [[PERSON:Russ]]"""),
(H, "never_issued_ssn_ranges", None,
 """Our test fixtures use only never-issued numbers: 666-12-3456, 000-45-6789, 912-40-1111, 123-00-4567 and 456-78-0000. Write a pytest fixture that yields them."""),
(H, "test_card_numbers", None,
 """The payment gateway's sandbox accepts these published test cards: 4111 1111 1111 1111, 5555 5555 5555 4444, 3782 822463 10005. Write a Cypress test that uses the first one."""),
(H, "jwt_io_example", None,
 """Explain each part of the standard jwt.io sample token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"""),
(H, "born_on_institution", None,
 """Fix the dates in the heritage article: the Revenue Cutter Service was born on August 4, 1790; the Coast Guard as we know it was born on January 28, 1915; DHS was born on November 25, 2002 (HSA signed) and stood up March 1, 2003."""),
(H, "dob_field_placeholder", None,
 """Form field help text: "Date of Birth (MM/DD/YYYY)". Example shown greyed out: 01/01/1900. Should the placeholder be an obviously fake date or blank?"""),
(H, "zip_plus4_list", None,
 """Mail merge is dropping ZIP+4: 20528-0075, 20229-1100, 20529-2260, 20598-6001. Why would Excel turn these into negative numbers?"""),
(H, "tracking_numbers", None,
 """Track these evidence shipments: USPS 9400 1118 9922 3869 5512 38, UPS 1Z 999 AA1 01 2345 6784, FedEx 7712 4589 0031. Which is most likely delayed?"""),
(H, "container_seal_numbers", None,
 """NII exam list: containers MSCU 482913 7, TGHU 884211 0, CMAU 410957 2; seals ML-CN 4418823, ML-CN 4418824. Bill of lading MEDUQ7718249. Draft the exam request."""),
(H, "school_code_sevp", None,
 """SEVP school codes for the site-visit list: BOS214F00412000, NYC214F00987000, LOS214F01204000. Sort by field office and flag ones recertifying this quarter."""),
(H, "receipt_lookalike_acronyms", None,
 """Meeting notes: EAC 2025-03 guidance from the Election Assistance Commission, the LIN adapter in src/lib, MSC program (Master of Science in Cybersecurity) and the IOE training module. Summarize for the CIO."""),
(H, "eticket_numbers", None,
 """The airline says e-ticket numbers 0012345678905 and 0062198844017 were refunded but GTCC shows charges. Explain the 3-digit airline prefix in ticket numbers."""),
(H, "gov_plate_numbers", None,
 """Fleet report: GSA plates G12-4471K and G41-0032B overdue for maintenance; odometers 48,112 and 91,003. Draft the reminder to the fleet manager."""),
(H, "operation_names", None,
 """Write a one-paragraph history of Operation Allies Welcome, Operation Lone Star, Operation Vigilant Sentry and the Blue Campaign for the new-employee orientation deck."""),
(H, "vehicle_models", None,
 """Seized vehicle list: 2019 Ford Ranger, 2021 Dodge Durango, 2017 Nissan Frontier, 2020 Chevrolet Tahoe, 2018 Lincoln Navigator, 2022 Mercedes Sprinter. Estimate auction values."""),
(H, "les_miserables", None,
 """For the morale event trivia: Les Misérables opened on Broadway in 1987; Les Paul invented the solid-body guitar; Les Brown was a motivational speaker. Write three multiple-choice questions."""),
(H, "ssi_supplemental_security", None,
 """A survivor asks whether FEMA assistance counts as income for SSI (Supplemental Security Income) or SSDI. Write a plain-language answer citing that disaster assistance is not counted."""),
(H, "cui_program_prose", None,
 """Write a two-paragraph overview of the Controlled Unclassified Information program: EO 13556 created it, 32 CFR Part 2002 implements it, and NARA's CUI Registry lists the categories. No actual markings needed."""),
(H, "nsn_contract_numbers", None,
 """Check these against the contract: NSN 8415-01-578-3326 (gloves), NSN 6515-01-521-7976 (tourniquet); contract 70B02C24C00000123; PO 70FA6025P00000418; invoice INV-2025-004471."""),
(H, "cas_numbers", None,
 """Hazmat screening list: CAS 7664-93-9 (sulfuric acid), 7697-37-2 (nitric acid), 6484-52-2 (ammonium nitrate), 7722-84-1 (hydrogen peroxide). Which are on the CFATS appendix A list?"""),
(H, "isbn_doi", None,
 """Cite these properly: ISBN 978-0-16-094208-3, DOI 10.1080/10576100.2019.1678873, GAO-24-106387, CRS R47133. APA 7th edition."""),
(H, "secret_santa", None,
 """Draft an email inviting the branch to the Secret Santa exchange, $20 limit, keep your pick secret until the party on the 19th! Add a line about the top-secret cookie contest."""),
(H, "common_word_names", None,
 """Tighten this sentence: "Will we bill the agency for the grant, or mark it as a carry-over and press on until June?" """),
]
