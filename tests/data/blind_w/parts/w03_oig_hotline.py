# Voice: DHS Office of Inspector General -- hotline complaints, intake, investigation summaries.
RECORDS = [
("positive", "hotline_webform", "somali+anglo",
"""OIG HOTLINE -- ONLINE COMPLAINT (export)
Complainant name: [[PERSON:Hodan Warsame Abdi]]
Phone: [[PHONE_NUMBER:(612) 555-0131]]
Email: [[EMAIL_ADDRESS:hodan.w.abdi@inboxmail.example]]
Mailing address: [[STREET_ADDRESS:3021 Cedar Ave S, Apt 207, Minneapolis, MN 55407]]
Subject of complaint: [[PERSON:Brent Wasilewicz]], supervisory officer
Allegation: [[PERSON:Wasilewicz]] told my brother he would "lose the paperwork" unless he paid a fee.
May we contact you? YES"""),

("hard_negative", "confidentiality_prose", None,
"""Draft FAQ answer: Will my identity be kept confidential? Yes. Under section 7(b) of the Inspector General Act the
OIG will not disclose your identity without your consent unless disclosure is unavoidable. You may also submit a
complaint anonymously, but then we cannot ask follow-up questions. Do not put classified information in the online
form."""),

("positive", "roi_les", "anglo+hispanic",
"""[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
REPORT OF INVESTIGATION -- SUMMARY
[[CUI_MARKING:(U//LES)]] Subject [[PERSON:Dale Ray Hutchins]], GS-12, admitted accepting two payments from a broker,
[[PERSON:Osvaldo Terrazas]], in exchange for releasing held shipments.
[[CUI_MARKING:(U//LES)]] The USAO declined prosecution on 10/22; referred to the component for administrative action.
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"""),

("hard_negative", "public_report_numbers", None,
"""Summarize the public OIG report OIG-26-14 (released 2026-03-09) in five bullets: it found the component did not
track overtime consistently at 9 of 14 sites, made 6 recommendations, and management concurred with 5. Reference
numbers in the annex: Hotline complaint #HLN-2026-118842, case I26-CBP-SEA-04417."""),

("positive", "creole_family_letter", "haitian",
"""Tradui lèt sa a an anglè tanpri:
"Mwen rele [[PERSON:Mirlande Desroches]]. Frè mwen [[PERSON:Wilner Desroches]], nimewo A [[A_NUMBER:A-208-417-336]], te di m yon ofisye
te pran $300 nan men l. Telefòn mwen se [[PHONE_NUMBER:(305) 555-0176]]. Mwen rete [[STREET_ADDRESS:1457 NE 119th St, North Miami, FL 33161]].\""""),

("evasion", "ssn_lookalike_letters", "anglo",
"""intake chat: complainant [[PERSON:Lorena Bixby]] typed her SSN as [[US_SSN:5l2-O8-47l6]] (letters instead of digits) -- please mask
it before attaching the transcript to the case."""),

("positive", "interview_surname_given_polish", "polish",
"""MEMORANDUM OF INTERVIEW
Witness: [[PERSON:WIŚNIEWSKA, Małgorzata]]
Date of birth: [[DATE_OF_BIRTH:12 maja 1979]]
[[PERSON:WIŚNIEWSKA]] stated she saw the subject remove two boxes of seized cigarettes from the cage on 9/14.
Interviewing agent: SA [[PERSON:Kasprzak]]"""),

("positive", "evidence_sync_aws", None,
"""evidence-sync.sh (please help me add retry logic)
export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAK6979DC6GOELSU07]]
export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:Us+TViMrm+7HAeAD4B6Cy+FDd2x9KAL02Ia9+0x+]]
aws s3 sync /mnt/evidence s3://oig-evidence-staging/2026/ --sse aws:kms"""),

("hard_negative", "case_numbers_citations", None,
"""Citation check please: 5 U.S.C. § 407(b) (formerly IG Act § 7(b)); 18 U.S.C. § 201(b)(2); case I26-ICE-HOU-00731,
complaint HLN-2026-120057, ROI date 2026-10-30. Evidence item numbers E-0001 through E-0046. Is the renumbering of
the IG Act correct after the 2022 codification?"""),

("positive", "travel_card_misuse", "ghanaian",
"""Please organize these notes: subject [[PERSON:Kwabena Owusu-Afriyie]] used his government travel card
[[CREDIT_CARD:4914 5856 3074 0774]] at a casino in Biloxi on 4 separate days while not on travel. Total $2,316.40.
[[PERSON:Owusu-Afriyie]] says his personal card looks the same and he mixed them up."""),

("hard_negative", "purchase_card_fragments", None,
"""GSA SmartPay purchase cards ending in 4417 and 0926 show split purchases under the $10,000 micro-purchase
threshold (orders 4500190021, 4500190022). The cardholders' names are in the attachment, not here. Recommend a
review of the approving official's log."""),

("positive", "dpo_address_subject", "armenian",
"""Subject's current assignment is overseas. Mail service address for the target letter:
[[PERSON:Vartan Hovsepian]]
[[STREET_ADDRESS:Unit 8400 Box 2217
DPO AE 09498]]
Personal e-mail for courtesy copy: [[EMAIL_ADDRESS:vhovsepian77@postbox-mail.example]]"""),

("positive", "hotline_call_lowercase", "cambodian",
"""call notes 11/30 1415: caller [[PERSON:sokha chhun]] (cb [[PHONE_NUMBER:978-555-0149]]) says supervisor [[PERSON:vuthy prak]] at the lowell office is using govt
vehicle for personal trips on weekends, caller is afraid of retaliation, [[PERSON:sokha]] will send photos"""),

("positive", "intel_oversight_secret", None,
"""[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
[[CLASSIFICATION_MARKING:(S//REL)]] The review found two queries of the collection that lacked a documented justification.
[[CLASSIFICATION_MARKING:(U)]] Recommendation 1: retrain analysts on query standards.
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
Can you shorten the finding to one sentence for the semiannual report?"""),

("evasion", "marking_dotted", None,
"""typed from the scanned memo header because the PDF won't copy:
[[CLASSIFICATION_MARKING:S.E.C.R.E.T.//N.O.F.O.R.N]]
Subject: Review of field intelligence reporting, FY26 Q3 -- summarize the three findings below"""),

("hard_negative", "whistleblower_training", None,
"""Whistleblower protection coordinator slides: employees may disclose classified information only to the OIG or to
Congress through the proper secure channels. Example of what NOT to do: posting a document marked SECRET on social
media. Reprisal complaints under 5 U.S.C. 2302(b)(8) go to OSC or OIG."""),

("positive", "complaint_xml_nepali", "nepali",
"""<complaint id="HLN-2026-121904">
  <complainant>
    <name>[[PERSON:Bishnu Maya Gurung]]</name>
    <dob>[[DATE_OF_BIRTH:1969-03-08]]</dob>
    <phone>[[PHONE_NUMBER:720-555-0111]]</phone>
  </complainant>
  <subject><name>[[PERSON:Tek Bahadur Thapa]]</name><role>contract interpreter</role></subject>
  <allegation>charged applicants for interpretation that should be free</allegation>
</complaint>"""),

("hard_negative", "historical_eponyms", None,
"""For the OIG history page: the Inspector General Act was signed by President Jimmy Carter in October 1978. Political
activity cases fall under the Hatch Act, named for Senator Carl Hatch of New Mexico. The Lloyd-La Follette Act of 1912
first protected federal employees who talked to Congress."""),

("positive", "french_nepotism", "congolese",
"""Bonjour, je veux signaler que le chef d'équipe a embauché son beau-frère, [[PERSON:Jean-Baptiste Mukendi Kalala]], né le
[[DATE_OF_BIRTH:3 avril 1990]], sans concours. Vous pouvez me joindre au [[PHONE_NUMBER:+1 317 555 0190]]. Merci de garder mon nom
([[PERSON:Clarisse Mbuyi]]) confidentiel."""),

("hard_negative", "form_placeholder_names", None,
"""Hotline form help text: Enter the full name of the employee involved (example: Jane Q. Public). If you don't know
the name, describe the person (uniform, badge number if visible, location, date and time). Phone format:
(xxx) xxx-xxxx. Leave the A-Number field blank if it does not apply."""),

("positive", "carrier_subpoena_return", "anglo",
"""Subpoena return (Ref 26-GJ-0412), subscriber info:
SUBSCRIBER: [[PERSON:FAITH ANN MERRIWEATHER]]
SERVICE ADDRESS: [[STREET_ADDRESS:HC 64 BOX 1185, HINTON, WV 25951]]
MSISDN: [[PHONE_NUMBER:304-555-0198]]
DOB: [[DATE_OF_BIRTH:08/30/1974]]   SSN: [[US_SSN:236-41-5082]]
ACTIVATION: 2019-02-11   STATUS: ACTIVE"""),

("positive", "case_api_jwt", None,
"""Debugging the case-management API from my laptop -- why 401?
GET /api/cases/I26-CBP-SEA-04417/attachments HTTP/1.1
Host: ecm.oig.internal
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJpbnYua2FzcHJ6YWsiLCJyb2xlIjoiY2FzZV9hZ2VudCIsImlhdCI6MTc2NDk1MDQwMH0.LMfZNBYQRPHBvtw2O5eAojW2uUEnDqpy2Z2WSFXuCZT]]"""),

("hard_negative", "evidence_hashes", None,
"""Evidence log, item E-0031 (phone image): MD5 4b7f22a09c1d3e8f5a6b7c8d9e0f1a2b, SHA-1
2f8a41c6d03b9e7715aa4c20e9b1d6f37c58e904. Acquired with tool v7.4.1 build 2219. Chain of custody form 26-E-0031
signed at 14:20. Extraction report size 1.8 GB."""),

("positive", "chinese_complaint", "chinese",
"""请帮我翻译成英文：我叫[[PERSON:林晓梅]]，我的丈夫[[PERSON:陈国栋]]在拘留期间被工作人员辱骂。我的电话是[[PHONE_NUMBER:+86 139 5550 0126]]，美国电话[[PHONE_NUMBER:(718) 555-0157]]。"""),

("evasion", "base64_cui_banner", None,
"""User: our export tool writes a header field like this, can you decode it for me?
X-Doc-Banner: [[CUI_MARKING:Q1VJLy9TUC1QUlZDWQ==]]
Assistant: That header decodes to a CUI banner -- the document is controlled, so don't paste its contents here."""),

("hard_negative", "complaint_stats", None,
"""Semiannual report table: hotline complaints received 11,482; referred to components 7,915; opened investigations
214; closed 198. Average days to close 287. Top categories: employee misconduct (34 %), civil rights (19 %),
fraud (11 %)."""),

("positive", "evidence_server_rsa_key", None,
"""The forensic share mount script uses this key and now fails with 'invalid format' after I copied it from Outlook:
[[PRIVATE_KEY:-----BEGIN RSA PRIVATE KEY-----
8C6xLSJvXecdObkjWC5u1Riq9o6fmuFZhSN4Erann6IiR00lb4VqY9bigZSUm9BR
SI+7S7zW/ormvu66ByJvAUF1s/bQA+JfRFFd+u+KY+ne9pR40it7tCYj/BV8SC4l
Pai6ZFIAektEmSLoCWKPhpJizhCkUddOEHO5ygZGPwlpuoqy7+nI7BB/ODuriqwx
XuXIxCg09TBmcerrvNC+LJANJsZ6g/JLg4ByhsnSO8Y0Wi0Ld+1SN0KJ1eUl3Rd/
gaXKcxw33hkA2NdnFZoogV77Xp8Lev4E/NhveNyIhxXG/k3L8RJ5rYMve5AgPjc8
8KPB/B1868hObyzQBZucaQ+ccdZmJVHLBbiR+fc0HltAfs3M6xUThk/hs1VnRGre
1ie0ZPmjZgi32pjsZlm21lsK0Q6QB2NjsRJHKkGDGDRHLtqVUVIou2ONcS6X9Mzz
B/sM8+NKyaZXKohlqwU=
-----END RSA PRIVATE KEY-----]]"""),

("hard_negative", "secret_service_joint_prose", None,
"""Draft press line: "The Office of Inspector General and the U.S. Secret Service jointly investigated the scheme; the
Secret Service's cyber fraud task force traced the funds." Is "jointly" accurate if OIG only handled the employee
side? Keep the sentence under 30 words."""),
]
