"""an04: TSA Disability and Multicultural Division: accommodation reviews, civil-rights intake, interpreter requests."""

RECORDS = [
    ("positive", "civil_rights_intake_form", "punjabi",
     """Intake came in through the web form, summarize the allegation neutrally in 3 sentences for the case file:

Complainant: [[PERSON:Amarjit Singh Pandher]]
Email: [[EMAIL_ADDRESS:amarjit.pandher.sacto@outlook.com]]
Phone: [[PHONE_NUMBER:916-555-0143]]
KTN: [[KNOWN_TRAVELER_NUMBER:TT19K4Q82]]
Date of travel: 11/23, SMF Terminal B
Narrative: I asked for a private screening of my turban. The officer refused and patted down my turban at the checkpoint in front of my children. I told the supervisor I am a Sikh and that the dastaar is an article of faith. My son [[PERSON:Ekam Singh Pandher]] recorded part of it."""),

    ("positive", "prosthetic_complaint_email", "anglo",
     """Draft an acknowledgement letter:

From: [[PERSON:Sharon Pettibone]] <[[EMAIL_ADDRESS:spettibone1961@yahoo.com]]>
I am a below-knee amputee. At PIT on Nov 30 I was asked to remove my prosthesis in the open screening area even after I showed my TSA notification card. I am 64 ([[DATE_OF_BIRTH:5/2/1961]]) and almost fell. I want someone to explain why. You can reach me at [[PHONE_NUMBER:412-555-0188]] or at [[STREET_ADDRESS:227 Brownsville Rd, Pittsburgh, PA 15210]]."""),

    ("positive", "asl_interpreter_request", "anglo+mexican",
     """Put this interpreter request into the vendor's booking template (date, time, location, consumer, type, POC):

Need ASL interpreter for a complainant interview by video, Dec 16 2pm ET, 90 min. Consumer is [[PERSON:Daniel Ochoa-Brennan]], he is Deaf and prefers a certified interpreter (CDI not needed). POC on our side is [[PERSON:Kristin Albee]], [[EMAIL_ADDRESS:kristin.albee@tsa.dhs.gov]], [[PHONE_NUMBER:571-555-0127]]."""),

    ("positive", "arabic_complaint_letter", "iraqi",
     """ترجم هذه الرسالة إلى الإنجليزية من فضلك (Arabic complaint, translate to English for the file):

إلى إدارة أمن النقل،
اسمي [[PERSON:زينب كاظم الموسوي]] ([[PERSON:Zainab Kadhim Al-Musawi]])، وتاريخ ميلادي [[DATE_OF_BIRTH:١٢/٠٤/١٩٧٤]]. في مطار ديترويت طُلب مني خلع الحجاب أمام المسافرين. طلبت تفتيشاً خاصاً مع ضابطة ولكن لم يُسمح لي. هاتفي [[PHONE_NUMBER:313-555-0179]] وعنواني [[STREET_ADDRESS:6530 Greenfield Rd, Dearborn, MI 48126]].
مع الشكر"""),

    ("positive", "accommodation_review_table", "vietnamese+somali+greek",
     """Can you add a column "disposition recommendation" based on the notes? Markdown table from our review tracker:

| case | passenger | airport | issue | notes |
|---|---|---|---|---|
| DMD-25-0811 | [[PERSON:Lưu Văn Phúc]] | SJC | CPAP removed from bag, damaged | photos of cracked mask; replacement receipt |
| DMD-25-0814 | [[PERSON:Ifrah Mohamed Dirie]] | MSP | hijab pat-down, no private room offered | CCTV requested |
| DMD-25-0819 | [[PERSON:Konstantinos Theodorakopoulos]] | BOS | insulin pump through AIT against doctor's note | officer says passenger did not disclose |"""),

    ("positive", "tagalog_voicemail", "filipino",
     """Voicemail on the multicultural line, please translate from Tagalog:

"Magandang hapon po. Ako po si [[PERSON:Corazon Mendiola Tolentino]]. Ang nanay ko po, si [[PERSON:Rosario Mendiola]], ay naka-wheelchair at hindi nakapagsalita ng Ingles. Sa LAX po, iniwan siya ng wheelchair attendant sa checkpoint ng halos isang oras. Pakitawagan po ako sa [[PHONE_NUMBER:626-555-0146]]. Salamat po.\""""),

    ("positive", "ssi_screening_excerpt", "anglo",
     """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]

The complainant says the officer should have offered a private screening. Does this excerpt support that? Passenger: [[PERSON:Gwendolyn Ashby]].

Section 4.2: Where a passenger requests private screening, the STSO shall...

[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation. Unauthorized release may result in civil penalty or other action. For U.S. government agencies, public disclosure is governed by 5 U.S.C. 552 and 49 CFR parts 15 and 1520.]]"""),

    ("positive", "coalition_meeting_minutes", "punjabi+arab+navajo+anglo",
     """Write up minutes for our quarterly multicultural coalition call:

On the call: [[PERSON:Harleen Kaur Bhangu]] (Sikh Coalition chapter), [[PERSON:Omar Abdelrazek]] (mosque council, Dearborn), [[PERSON:Loretta Tsosie-Bitsui]] (Navajo Nation veterans' office), and from our side [[PERSON:Kristin Albee]] and [[PERSON:Will Haskins]].
- Ms. [[PERSON:Tsosie-Bitsui]] raised screening of eagle feathers and medicine bundles at ABQ/FMN
- Mr. [[PERSON:Abdelrazek]] asked about Ramadan travel outreach next year
- Ms. [[PERSON:Bhangu]] asked for updated kirpan guidance for Sikh travelers (it's still prohibited past the checkpoint)
- [[PERSON:Haskins]] to circulate the religious/cultural items one-pager"""),

    ("positive", "russian_complaint_email", "russian",
     """Please translate from Russian:

Здравствуйте. Меня зовут [[PERSON:Людмила Сергеевна Корнеева]]. Мой сын [[PERSON:Артём Корнеев]] (дата рождения [[DATE_OF_BIRTH:14.08.2011]]) — ребёнок с аутизмом. В аэропорту JFK сотрудник кричал на него во время досмотра. Мой телефон [[PHONE_NUMBER:718-555-0158]], почта [[EMAIL_ADDRESS:l.korneeva@mail.ru]]."""),

    ("positive", "case_referral_json", "ghanaian+hispanic",
     """Reformat this referral JSON into a one-paragraph summary for the Civil Rights Division:

{"caseId":"DMD-25-0902","referredTo":"DHS CRCL","complainant":{"name":"[[PERSON:Akosua Dankwa-Asiedu]]","dob":"[[DATE_OF_BIRTH:1969-01-30]]","phone":"[[PHONE_NUMBER:+1-404-555-0116]]"},"allegation":"denied assistance for visual impairment; guide dog separated","airport":"ATL","witness":"[[PERSON:Marisol Quintero]]"}"""),

    ("positive", "vietnamese_letter", "vietnamese",
     """Dịch sang tiếng Anh giúp tôi (translate from Vietnamese):

Kính gửi TSA,
Tôi tên là [[PERSON:Đặng Thị Hồng Nhung]], sinh ngày [[DATE_OF_BIRTH:9 tháng 11 năm 1956]]. Tôi bị khiếm thính. Tại sân bay Houston, nhân viên không dùng phiên dịch và tôi không hiểu hướng dẫn. Con gái tôi là [[PERSON:Trần Ngọc Anh]], số điện thoại [[PHONE_NUMBER:832-555-0192]]."""),

    ("positive", "ktn_pii_chat", "korean+anglo",
     """[3:15] [[PERSON:Kristin A]]: pax says her KTN didn't print on the boarding pass so she got sent to standard lane with her service dog
[3:15] [[PERSON:Kristin A]]: [[PERSON:Hwang Eun-ji]], KTN [[KNOWN_TRAVELER_NUMBER:983047261]], dob [[DATE_OF_BIRTH:03/27/1982]]
[3:16] [[PERSON:Will H]]: that's an airline data issue, not us. send her the DHS TRIP link?
[3:17] [[PERSON:Kristin A]]: she wants to file a disability complaint too

how should I explain the two separate tracks to her in an email"""),

    ("positive", "cui_privacy_complaint_summary", "marshallese",
     """[[CUI_MARKING:CUI//SP-PRVCY]]
Summarize for the weekly DMD report:
Complainant [[PERSON:Jemina Langidrik]] (Springdale, AR), Marshallese speaker, requested an interpreter at XNA and was told none was available. Her nephew [[PERSON:Bobson Jibas]] interpreted. No language line used.
[[CUI_MARKING:CUI//SP-PRVCY]]"""),

    ("evasion", "zero_width_email", "turkish",
     """complainant's email keeps bouncing, maybe I copied something invisible? [[EMAIL_ADDRESS:mert.aks\u200boy@gmail.com]] ([[PERSON:Mert Aksoy]])"""),

    ("evasion", "at_dot_email", "kenyan",
     """she wrote her email in the complaint as [[EMAIL_ADDRESS:wanjiru dot gathoni at proton dot me]] to avoid spam, can you put it back normal for the reply? [[PERSON:Wanjiru Gathoni]]"""),

    ("evasion", "ssi_dotted", None,
     """The header on the page reads [[CUI_MARKING:S.E.N.S.I.T.I.V.E  S.E.C.U.R.I.T.Y  I.N.F.O.R.M.A.T.I.O.N]] - someone typed it with dots. Does that still count as SSI marking? Summarize the procedure below for the complainant letter: private screening should be offered when..."""),

    ("hard_negative", "public_contact_numbers", None,
     """For the standard closing paragraph: "You may contact the TSA Contact Center at 866-289-9673 or TSA-ContactCenter@tsa.dhs.gov. Travelers with disabilities and medical conditions may call TSA Cares at 855-787-2227 at least 72 hours before traveling." Is TSA Cares still 72 hours?"""),

    ("hard_negative", "intake_no_pii", None,
     """Summarize the allegation neutrally in 3 sentences for the case file:

Narrative: The traveler asked for a private screening of a religious head covering. The officer refused and conducted the pat-down at the checkpoint. The traveler asked for a supervisor, who arrived after the screening was completed. The traveler says their children were present."""),

    ("hard_negative", "ssi_as_benefit", None,
     """A complainant mentioned she receives SSI and can't afford to rebook the missed flight. Does SSI (Supplemental Security Income) status make any difference to whether TSA can reimburse her, or is that only through the claims process?"""),

    ("hard_negative", "law_names", None,
     """Explain how Section 504 of the Rehabilitation Act, the Air Carrier Access Act and Title VI each apply to a complaint about a checkpoint screening versus one about airline wheelchair assistance."""),

    ("hard_negative", "kinship_titles", None,
     """Is it ok to list "complainant's mother", "grandson (minor)" and "family friend acting as interpreter" in the witness field instead of names? The Director wants names minimized in the tracker."""),

    ("hard_negative", "about_ssi_marking", None,
     """When we quote a screening SOP in a complaint response, do we have to include the full 49 CFR 1520 warning statement on the page, or is redacting the SOP language enough so the letter isn't SSI at all?"""),

    ("hard_negative", "religious_items_list", None,
     """Make a traveler-friendly list of religious and cultural items and how they're screened: kirpan (not permitted past checkpoint), rosaries and prayer beads, tefillin, eagle feathers, medicine bundles, head coverings (hijab, turban, yarmulke, habit)."""),

    ("hard_negative", "case_numbers_stats", None,
     """November intake stats: 214 disability complaints, 61 multicultural, 19 referred to CRCL, 7 to OIG. Case IDs DMD-25-0780 through DMD-25-1073. Give me a month-over-month % change if October was 198/55/22/4."""),

    ("hard_negative", "interpreter_vendor_rules", None,
     """What's the difference between a CDI and a hearing interpreter, and when does the DHS interpreter contract require a team of two? Want to explain to staff why some bookings cost double."""),

    ("hard_negative", "fictional_character", None,
     """Our training video uses a character named Rosa Esperanza, a fictional traveler with a cochlear implant. Can you write her scenario script: arriving at the checkpoint, disclosing the implant, asking for a pat-down instead of AIT?"""),
]
