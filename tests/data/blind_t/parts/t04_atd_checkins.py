"""Voice t04: ICE Alternatives-to-Detention case specialists: check-in logs, SMS threads, R and pandas output, log lines."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "smartlink_log", "mauritanian", """
Why are these check-ins marked late? Log:
2026-11-28T09:14:02Z INFO checkin participant="[[PERSON:Mohamed Lemine Ould Sidi]]" anum=[[A_NUMBER:A222061752]] method=selfie result=MATCH
2026-11-28T09:14:05Z WARN checkin participant="[[PERSON:Mohamed Lemine Ould Sidi]]" geo_accuracy=1800m window_closed=true
""")
R("positive", "sms_thread_reminder", "honduran", """
SMS thread, please suggest a kinder reminder:
[10:02] ATD: Hola [[PERSON:Dunia]], su cita es mañana 9am en la oficina de San Antonio.
[10:40] [[PHONE_NUMBER:210-555-0193]]: ok pero no tengo quien cuide a mis hijos
[10:41] ATD: Puede traerlos. Recuerde su número A [[A_NUMBER:A209828553]].
[10:55] [[PHONE_NUMBER:210-555-0193]]: gracias, soy [[PERSON:Dunia Maribel Cálix]]
""")
R("positive", "r_output_compliance", "ecuadorian", """
Interpret this R output for my supervisor:
> head(checkins[checkins$status=="missed",], 3)
  participant              a_number    dob         office
1 [[PERSON:Guamán Quishpe, Luis]]   [[A_NUMBER:A220134113]]  [[DATE_OF_BIRTH:1995-08-19]]  NYC
2 [[PERSON:Tenesaca, Rosa Elvira]]  [[A_NUMBER:A224671829]]  [[DATE_OF_BIRTH:1987-02-28]]  NYC
3 [[PERSON:Morocho, Kleber]]        [[A_NUMBER:A218732833]]  [[DATE_OF_BIRTH:2001-12-14]]  NWK
""")
R("positive", "pandas_groupby_phone", "senegalese", """
How do I count missed calls per participant? df.head():
   participant             phone          missed
0  [[PERSON:Aminata Diop]]     [[PHONE_NUMBER:+1 646 555 0107]]  2
1  [[PERSON:Cheikh Tidiane Fall]]  [[PHONE_NUMBER:+1 646 555 0178]]  0
2  [[PERSON:Aminata Diop]]     [[PHONE_NUMBER:+1 646 555 0107]]  1
""")
R("positive", "home_visit_note", "romanian", """
Shorten this home visit note: Visited [[PERSON:Florin Căpraru]] at [[STREET_ADDRESS:2250 Ridge Road, Lot 41, Elkhart, IN 46514]]. Wife [[PERSON:Mădălina Căpraru]] present. Ankle monitor charging correctly. Next visit 12/15.
""")
R("positive", "fujianese_case", "chinese", """
Summarize for the transfer packet: Participant [[PERSON:LIN Guohua]] (DOB [[DATE_OF_BIRTH:1983-06-11]], [[A_NUMBER:A203802151]]) enrolled 2025-07-02 in telephonic reporting; works at a restaurant, employer contact [[PHONE_NUMBER:718-555-0168]]. Attorney [[PERSON:Rachel Gutfreund]].
""")
R("positive", "turkish_case_email", "turkish", """
Can you translate her email from Turkish?
"Merhaba, ben [[PERSON:Zeynep Güleryüz]]. Yeni adresim [[STREET_ADDRESS:41 Palisade Ave, Apt 3, Cliffside Park, NJ 07010]]. Telefonum değişti: [[PHONE_NUMBER:201-555-0139]]. Doğum tarihim [[DATE_OF_BIRTH:05.01.1992]]."
""")
R("positive", "kyrgyz_russian_letter", "kyrgyz", """
Переведите: Я, [[PERSON:Айбек Токтогулов]], прошу перенести отметку с 3 декабря. Мой номер дела [[A_NUMBER:A235966311]], телефон [[PHONE_NUMBER:+1 (347) 555-0161]].
""")
R("positive", "punjabi_multiturn", "indian", """
User: participant says his name is spelled wrong in the system
Assistant: What's the spelling on file and what should it be?
User: file says Kulwinder Singh Bhullar, should be [[PERSON:Kulwinder Singh Bhular]] per passport. A number [[A_NUMBER:A218459223]].
User: he also gave me his new number [[PHONE_NUMBER:559-555-0104]]
""".replace("file says Kulwinder Singh Bhullar", "file says [[PERSON:Kulwinder Singh Bhullar]]"))
R("positive", "atd_enrolment_yaml", "peruvian", """
Validate this YAML (it's our enrolment import):
participant:
  name: "[[PERSON:Quispe Mamani, Yovana]]"
  dob: [[DATE_OF_BIRTH:1998-04-07]]
  a_number: [[A_NUMBER:A202660396]]
  address: "[[STREET_ADDRESS:318 E 8th St, Apt B, Greeley, CO 80631]]"
  technology: VoiceID
""")
R("positive", "uzbek_case_sms", "uzbek", """
Translate the Uzbek SMS: "Salom, men [[PERSON:Dilshod Yusupov]]. Ertaga kela olmayman, kasalman. Shifokor xati bor. Mening raqamim [[PHONE_NUMBER:929-555-0126]]."
""")
R("positive", "atd_api_token_script", "none", """
This script pulls check-ins from the vendor API but returns 401:
import requests
HEADERS = {"Authorization": "Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhdGQtc3luYyIsInJvbGUiOiJyZWFkZXIiLCJleHAiOjE3OTQwMDAwMDB9.Lq8vS3kT0pWm2yZr9NcX4hJd7aFg1eUb6oRiVtBwK5s]]"}
r = requests.get("https://vendor.example/api/v2/checkins", headers=HEADERS)
""")
R("positive", "les_banner_atd", "none", """
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
ATD absconder trend, Q4: 6.1% of new enrollees missed two consecutive check-ins. Write a chart caption.
""")
R("positive", "cui_lei_header_pandas", "none", """
# [[CUI_MARKING:CUI//SP-LEI]]
checkins = pd.read_parquet("atd_q4.parquet")
Why does read_parquet complain about pyarrow?
""")
R("positive", "password_in_powershell", "none", """
PS> $cred = New-Object PSCredential("atdsvc", (ConvertTo-SecureString "[[PASSWORD:Gh7c0%02yiblkr]]" -AsPlainText -Force))
PS> Invoke-RestMethod -Uri $uri -Credential $cred
Error: 403. What am I missing?
""")
R("evasion", "dotted_anumber", "honduran", """
participant [[PERSON:Kevin Josué Matute]] wrote his number as [[A_NUMBER:A.2.4.7.8.7.2.8.2.1]] in the app. normalize
""")
R("evasion", "split_turns_phone", "salvadoran", """
User: participant [[PERSON:Marlon Ayala]] new phone is [[PHONE_NUMBER:503-555]]
User: sorry it cut off, rest is [[PHONE_NUMBER:0112]]
User: update the record note please
""")
R("evasion", "zero_width_password", "none", """
The vendor portal password has weird invisible chars in our wiki: [[PASSWORD:At\u200bd!\u200bSync\u200b2026#vx]] — how do I strip them in bash?
""")
# hard negatives
R("hard_negative", "program_stats", "none", """
Format for a slide: ATD census on 2026-11-01 was 182,304 participants; 61% SmartLINK, 33% telephonic, 6% GPS. Average length of enrollment 512 days.
""")
R("hard_negative", "device_serials", "none", """
Inventory reconciliation: devices BI-LOC8-00431, BI-LOC8-00432, BI-VL-771093, BI-VL-771094 returned; 2 chargers missing. Write an email to the vendor's support desk at the number on the contract.
""")
R("hard_negative", "log_no_pii", "none", """
2026-11-28T03:00:01Z INFO nightly-sync started batch=8841 region=ERO-SNA
2026-11-28T03:04:19Z INFO nightly-sync finished records=11240 errors=0 duration=258s
What's the throughput?
""")
R("hard_negative", "password_policy_prose", "none", """
Explain to participants why the SmartLINK app asks them to set a 6-digit PIN and not to share it with anyone, in simple Spanish. Do not include any example PIN.
""")
R("hard_negative", "holiday_schedule", "none", """
Office closed: Thanksgiving 2026-11-26, Christmas 2026-12-25, New Year 2027-01-01, MLK Day 2027-01-18. Check-ins due on those days move to the next business day. Draft a notice.
""")
R("hard_negative", "ero_office_addresses", "none", """
Put these public ERO field office locations in a table: New York (26 Federal Plaza), Newark (970 Broad Street), San Antonio (1777 NE Loop 410). Include only city and building.
""")
R("hard_negative", "names_as_words", "none", """
Word choice question: is it better to say "the participant will hope to comply" or "hopes to comply"? Also, "grace period" vs "grace window" for late check-ins?
""")
R("hard_negative", "pandas_synthetic", "none", """
>>> df.describe()
        missed_checkins  days_enrolled
count      11240.000000   11240.000000
mean           0.412000     511.930000
std            1.011000     220.500000
Is the distribution skewed?
""")
R("hard_negative", "config_placeholder", "none", """
vendor_api:
  base_url: https://vendor.example/api/v2
  token: ${ATD_VENDOR_TOKEN}
  password: "<set-in-vault>"
Is this the right way to reference env vars in our YAML loader?
""")
R("hard_negative", "case_law_detention", "none", """
Give me a one-paragraph summary each: Zadvydas v. Davis (2001), Demore v. Kim (2003), Nielsen v. Preap (2019).
""")
R("hard_negative", "jwt_discussion", "none", """
Explain the three parts of a JSON Web Token (header, payload, signature) and why we should never paste a live token into a chat. Use "xxxxx.yyyyy.zzzzz" as the illustration.
""")
R("hard_negative", "romanian_prose", "none", """
Traduceți: "Vă rugăm să vă prezentați la birou cu documentul de identitate și cu orice scrisoare primită de la instanță."
""")
R("hard_negative", "street_names_only", "none", """
Route planning for home visits: start at the office, then Elm Street corridor, then Jefferson Davis Highway, then the Martin Luther King Jr. Blvd area. Which order minimizes left turns?
""")

R("positive", "atd_les_roster", "guatemalan", """
[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]
Missed-check-in list for Friday's home visits (please optimise the route):
[[PERSON:Ixchel Coc Pop]] - [[STREET_ADDRESS:1420 Walnut St, Apt 6, Kansas City, KS 66102]]
[[PERSON:Baltazar Tiul]] - [[STREET_ADDRESS:2217 Minnesota Ave, Kansas City, KS 66102]]
""")
