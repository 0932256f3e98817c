# Vietnamese + Korean positives
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import jwt
R = []
def P(tag, origin, text): R.append(("positive", tag, origin, text))

P("diacritics_intake", "vietnamese", """Please translate this intake sheet to English:

Họ và tên: [[PERSON:Nguyễn Thị Thu Trang]]
Ngày sinh: [[DATE_OF_BIRTH:15/07/1972]]
Địa chỉ: [[STREET_ADDRESS:2417 S. Bellaire St, Apt 112, Houston, TX 77036]]
Số điện thoại: [[PHONE_NUMBER:713-555-0181]]""")

P("fema_ia_notes", "vietnamese", """Turn these FEMA IA inspection notes into a paragraph:
- applicant [[PERSON:TRAN VAN KHIEM]], co-applicant [[PERSON:Le Thi Hoa]]
- damaged dwelling [[STREET_ADDRESS:14 Bayou Ln, Biloxi, MS 39532]]
- contact [[PHONE_NUMBER:228-555-0155]]
- roof loss, flooding 18 in.
- [[PERSON:Khiem]] requested rental assistance""")

P("semicolon_csv", "vietnamese", """Open this semicolon CSV in my head and tell me the youngest:
ho_ten;ngay_sinh;so_a
[[PERSON:Phạm Quốc Bảo]];[[DATE_OF_BIRTH:1994-12-01]];[[A_NUMBER:A-097-420-118]]
[[PERSON:Võ Thanh Tâm]];[[DATE_OF_BIRTH:2001-04-22]];[[A_NUMBER:A-097-420-163]]
[[PERSON:Đặng Ngọc Lan]];[[DATE_OF_BIRTH:1989-09-17]];[[A_NUMBER:A-097-421-004]]""")

P("itn_ticket", "vietnamese", """Help me answer this ServiceNow ticket:
INC0088123 – user [[PERSON:Huynh Kim Ngan]] ([[EMAIL_ADDRESS:kimngan.huynh@ice.dhs.gov]]) cannot log in from [[IP_ADDRESS:10.44.18.207]]. She says the password is [[PASSWORD:Sunflower2026!]] and it was working yesterday.""")

P("ocr_passport", "vietnamese", """this OCR from a passport scan is messy, can you clean it:
CONG HOA XA HOI CHU NGHIA VIET NAM
Ho/Surname  [[PERSON:BUI]]
Ten/Given names  [[PERSON:DUC ANH]]
So ho chieu/Passport No  [[US_PASSPORT:C9917402]]
Ngay sinh/Date of birth  [[DATE_OF_BIRTH:03 /11 /1986]]
Noi sinh/Place of birth  HAI PHONG""")

P("email_chain_vn", "vietnamese", """summarize this email chain in 2 lines

> On Mon, Nov 30, [[PERSON:Dinh Quang Huy]] wrote:
> my mother [[PERSON:Dinh Thi Nga]] needs the I-485 receipt copy, number [[USCIS_RECEIPT_NUMBER:MSC 26 905 41276]]
Sure, I'll ask records. What's the best phone?
> [[PHONE_NUMBER:714 555 0129]], after 5""")

P("rural_route", "vietnamese", """rewrite as a formal mailing label:
[[PERSON:ngo thi bich]] c/o [[PERSON:ngo van tai]] [[STREET_ADDRESS:rural route 1 box 44a, bayou la batre al 36509]]""")

P("key_value_dl", "vietnamese", """Verify these look right before I paste them into the form:
name: [[PERSON:Lý Minh Khoa]]
driver_license (CA): [[US_DRIVER_LICENSE:D8831047]]
dob: [[DATE_OF_BIRTH:08/02/1998]]
email: [[EMAIL_ADDRESS:khoa.ly98@gmail.com]]""")

P("ts_banner", "vietnamese", """TOP SECRET//SI//NOFORN

Make this readable:
(TS//SI//NF) Intercepted communications indicate [[PERSON:Truong Van Loc]] coordinated vessel departures from the Mekong delta.
(U) Analyst comment: none.""".replace("TOP SECRET//SI//NOFORN", "[[CLASSIFICATION_MARKING:TOP SECRET//SI//NOFORN]]").replace("(TS//SI//NF)", "[[CLASSIFICATION_MARKING:(TS//SI//NF)]]"))

P("netrc", "vietnamese", """why does curl still prompt me? here's my ~/.netrc
machine artifacts.uscis.dhs.gov
login [[PERSON:phuong.nguyen]]
password [[PASSWORD:Mq7#vD2e!pL9]]""")

# Korean
P("korean_form", "korean", """영어로 번역해 주세요:

성명: [[PERSON:김민준]]
생년월일: [[DATE_OF_BIRTH:1983.06.21]]
여권번호: [[US_PASSPORT:M74019283]]
주소: [[STREET_ADDRESS:서울특별시 강남구 테헤란로 152, 12층]]""")

P("kor_names_csv", "korean", """Dedupe this list (same person may be spelled two ways):
name,ktn,phone
[[PERSON:Park Do-hyun]],[[KNOWN_TRAVELER_NUMBER:981204573]],[[PHONE_NUMBER:(201) 555-0143]]
[[PERSON:Dohyun Park]],[[KNOWN_TRAVELER_NUMBER:981204573]],[[PHONE_NUMBER:201-555-0143]]
[[PERSON:Lee Soo-yeon]],[[KNOWN_TRAVELER_NUMBER:TT88M2QR]],[[PHONE_NUMBER:(201) 555-0170]]""")

P("edipi_email", "korean", """Rewrite this more concisely:

Good morning Chief,
PO2 [[PERSON:Choi Dong-hyun]] (EDIPI [[DOD_EDIPI:1471038826]]) is requesting leave 12/20–1/3. His emergency contact is his wife [[PERSON:Choi Eun-ji]], [[PHONE_NUMBER:757-555-0114]]. Leave address: [[STREET_ADDRESS:PSC 450 Box 312, APO AP 96206]].
V/r,
[[PERSON:YS Han]]""")

P("korean_bank", "korean", """Format as a vendor record:
vendor contact [[PERSON:Yoon Hye-jin]]
ACH routing [[ABA_ROUTING_NUMBER:121015217]] / account [[US_BANK_NUMBER:3349027716]]
remit to [[STREET_ADDRESS:3450 Wilshire Blvd Ste 1105, Los Angeles, CA 90010]]""")

P("gitlab_token", None, """Our pipeline keeps 401-ing on the registry. Config below:

variables:
  REGISTRY: registry.gitlab.cisa.gov
  CI_DEPLOY_TOKEN: [[GITLAB_TOKEN:glpat-Xr7bQ2mLk9PzW4vN8cTd]]
  DEPLOY_ENV: staging""")

P("korean_lower_chat", "korean", """make this into a formal incident report

lim sun-hee: hi the passenger on KE 093 — [[PERSON:kang tae-yang]] — had two passports, one korean [[US_PASSPORT:M20947715]] one us [[US_PASSPORT:671058342]]
lim sun-hee: dob [[DATE_OF_BIRTH:30-DEC-1977]]
supervisor: ok refer to secondary""".replace("lim sun-hee:", "[[PERSON:lim sun-hee]]:"))

P("jwt_debug", None, """decode this token for me and tell me why it's rejected:
Authorization: Bearer JWTVAL""".replace("JWTVAL", "[[JWT:" + jwt('{"sub":"svc-tsa-feed","role":"ingest","exp":1796000000}', 'Xv8pQm3LrT0wYb6NzK2cHd9sJf5GaUe4Ro7tBiWlC1A') + "]]"))

P("korean_itin_ssn", "korean", """Which of these numbers is the ITIN and which is the SSN?
[[PERSON:Seo Min-ji]] – tax ID [[US_ITIN:938-72-5501]]
[[PERSON:Seo Jae-won]] – SSN [[US_SSN:219-60-4482]]""")

P("confidential_portion", "korean", """CONFIDENTIAL

Summarize:
(C) Liaison officer [[PERSON:Kwon Hyuk-jae]] from the ROK consulate provided the travel history.
(U) Follow-up scheduled.""".replace("CONFIDENTIAL\n", "[[CLASSIFICATION_MARKING:CONFIDENTIAL]]\n", 1).replace("(C)", "[[CLASSIFICATION_MARKING:(C)]]"))

P("korean_mixed_addr", "korean", """Fix the address formatting please: [[PERSON:Jung Ha-eun]], [[STREET_ADDRESS:10 Hudson Yards Apt 48C New York NY 10001]], tel [[PHONE_NUMBER:646.555.0102]], [[EMAIL_ADDRESS:haeun.jung@naver.com]]""")
