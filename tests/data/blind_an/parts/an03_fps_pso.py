"""an03: FPS contract oversight of Protective Security Officers: certifications, post orders, firearms quals."""

RECORDS = [
    ("positive", "cert_tracker_csv", "samoan+chamorro",
     """Which PSOs below have any cert expiring before 1/31? Output as a list I can paste into the COR email.

pso_name,employee_id,dob,firearms_qual,cpr_aed,magnetometer,x_ray
"[[PERSON:Faleolo, Sione T.]]",GS-11873,[[DATE_OF_BIRTH:17-MAR-1983]],2025-07-14,2026-01-09,2026-05-30,2026-05-30
"[[PERSON:Taitano, Francine M.]]",GS-11902,[[DATE_OF_BIRTH:02-SEP-1990]],2025-12-28,2026-08-11,2026-01-20,2026-01-20
"[[PERSON:Leota-Aumua, Ioane]]",GS-12016,[[DATE_OF_BIRTH:25-NOV-1976]],2025-08-03,2026-03-02,2026-09-15,2026-09-15
"[[PERSON:Cruz, Rosalinda Quitugua]]",GS-12044,[[DATE_OF_BIRTH:30-JAN-1988]],2026-01-22,2026-06-18,2026-02-07,2026-02-07"""),

    ("positive", "firearms_scorecard_ocr", "akan+polish",
     """OCR of the quarterly qual sheet, fix the obvious OCR errors and tell me if he passed (need 210/300 on the day course):

FEDERAL PROTECTIVE SERVICE - PSO FIREARMS QUALIFICATION RECORD
Name: [[PERSON:OWUSU-ANSAH, KWABENA]]       Contract: 70RFPW23D0000418
DOB: [[DATE_OF_BIRTH:O6/14/1985]]     Weapon: S&W M&P9 sn ending 44l
Stage 1 (3 yd)  60/60   Stage 2 (7 yd) 88/9O   Stage 3 (15 yd) 71/1OO  Stage 4 (25 yd) 31/5O
Total: 25O     Range Officer: [[PERSON:D. Kowalczyk]]"""),

    ("positive", "post_orders_fouo", "polish",
     """[[CUI_MARKING:(U//FOUO)]] POST ORDER 4 - LOADING DOCK, BLDG 2

Can you reformat this post order into a checklist for the new guards?

[[CUI_MARKING:(U//FOUO)]] Screen all deliveries against the daily vendor list maintained by the Building Manager, [[PERSON:Wojciech Zielinski]], [[PHONE_NUMBER:312-555-0114]]. Deny entry to any vehicle not on the list and notify the FPS MegaCenter. After hours, the dock remains locked; keys are held by the lead PSO on shift.
[[CUI_MARKING:(U//FOUO)]] Contractor site supervisor: [[PERSON:Agnieszka Nowicka-Brandt]], cell [[PHONE_NUMBER:773-555-0190]]."""),

    ("positive", "contractor_email_suspension", "lakota+anglo",
     """help me reply saying the PSO can't post until the suitability adjudication is back:

From: [[PERSON:Curtis Red Cloud]] <[[EMAIL_ADDRESS:credcloud@northplainssecurity.com]]>
Subject: PSO [[PERSON:Tanya Iron Shell]] - request to post

[[PERSON:Tanya]] finished her 40 hours and qualified 12/2 (268). Her interim is still pending but we're short at the Rapid City courthouse. Can she stand post 2 under [[PERSON:Gary Lindqvist]]'s supervision starting Monday?
[[PERSON:Curtis Red Cloud]], Project Manager | [[PHONE_NUMBER:605-555-0175]]"""),

    ("positive", "sms_site_supervisor", "puerto_rican",
     """text from the site sup at the Hato Rey building, can you make this an incident summary?

[[PHONE_NUMBER:(787) 555-0133]]: buenas, PSO [[PERSON:Edwin Rosado Maldonado]] left post 1 at 1520 w/o relief, back 1548. Visitor walked thru unscreened. I counseled him. relief was [[PERSON:Yaritza Colón]] who was on break. - [[PERSON:Nelson Ortiz]]"""),

    ("positive", "pso_xml_export", "hmong",
     """The PSO certification system exported this XML. Why is my XPath //pso[cert/@type='CPR'] returning nothing?

<psoRoster contract="70RFPW24D0000107">
  <pso id="PSO-3391">
    <name>[[PERSON:Vang, Pa Nhia]]</name>
    <dob>[[DATE_OF_BIRTH:1992-04-08]]</dob>
    <certs><cert type="cpr" exp="2026-04-01"/><cert type="firearms" exp="2026-03-15"/></certs>
  </pso>
  <pso id="PSO-3417">
    <name>[[PERSON:Xiong, Tou Lee]]</name>
    <dob>[[DATE_OF_BIRTH:1986-12-19]]</dob>
    <certs><cert type="cpr" exp="2025-12-30"/></certs>
  </pso>
</psoRoster>"""),

    ("positive", "timekeeping_basic_auth", "anglo",
     """Contractor gave me API access to their timekeeping system to verify post hours. This curl is returning 403, what's wrong?

curl -X GET "https://api.guardtime-pro.com/v2/contracts/70RFPW23D0000418/shifts?from=2025-11-01" \\
  -H "Authorization: Basic [[PASSWORD:ZnBzX2NvcjpUcjB1dC1SaXZlci0yMDI1]]" \\
  -H "Accept: application/json"

COR login is for [[PERSON:Marjorie Stallworth-Hine]]."""),

    ("positive", "pso_misconduct_memo", "sierra_leonean+anglo",
     """Draft a memo to the CO recommending removal of this PSO from the contract:

PSO [[PERSON:Abubakarr Sesay]] (DOB [[DATE_OF_BIRTH:10/05/1979]], home [[STREET_ADDRESS:6012 Berwyn Rd, College Park, MD 20740]]) was observed sleeping on post 3 on 11/14 and 11/19 by Inspector [[PERSON:Pettengill]]. Prior written counseling 9/2025. Contractor PM [[PERSON:Fatmata Kallon-Bangura]] concurs."""),

    ("positive", "suitability_ssn_list", "eritrean",
     """Pipe file for the suitability batch won't upload - is it the trailing pipe?

[[PERSON:TESFAMARIAM]]|[[PERSON:Merhawi]]|[[US_SSN:473-19-6605]]|[[DATE_OF_BIRTH:19810703]]|
[[PERSON:GHEBREHIWET]]|[[PERSON:Fiyori]]|[[US_SSN:473-55-2108]]|[[DATE_OF_BIRTH:19940122]]|
[[PERSON:HABTE]]|[[PERSON:Mulugeta]]|[[US_SSN:529-61-3047]]|[[DATE_OF_BIRTH:19770915]]|"""),

    ("positive", "pso_meeting_minutes", "cuban+anglo",
     """Turn into minutes for the monthly contract performance meeting:

attendees - [[PERSON:Ileana Quesada]] (COR), [[PERSON:Rich Dempsey]] (contract PM), [[PERSON:Hope Talbot]] (FPS inspector)
- 3 PSOs overdue on annual magnetometer refresher, [[PERSON:Dempsey]] to schedule by 12/15
- the Miami PSO who failed the x-ray image test ([[PERSON:Yunier Betancourt]]) gets one retest
- [[PERSON:Talbot]] raised post 6 vacancy hours: 41 unfilled in Nov"""),

    ("positive", "range_booking_email", "chinese",
     """Please shorten:

Hi [[PERSON:Wei Chen]], confirming range lane 3-6 at the Alameda County Sheriff's range for the PSO quarterly on 1/14 from 0800. Please send the roster with DOBs to [[EMAIL_ADDRESS:wchen.range@alcosheriff-range.org]] by 1/7. My cell if anything changes: [[PHONE_NUMBER:510-555-0161]]. - [[PERSON:Liu Xiaomei]], Sentinel Protective Services"""),

    ("positive", "pso_drivers_license", "ojibwe",
     """For the armed PSO permit packet the state wants the license info typed out, can you put it in a cover sheet:

PSO: [[PERSON:Winona Strongbow]]
MN driver's license: [[US_DRIVER_LICENSE:K452-771-309-118]]
DOB: [[DATE_OF_BIRTH:August 2, 1987]]
Address: [[STREET_ADDRESS:418 Paul Bunyan Dr NW, Bemidji, MN 56601]]"""),

    ("positive", "secret_classification_postorder", "anglo",
     """[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
Is it normal for a post order at a leased facility to carry this banner? The tenant agency handed us this page and asked our PSOs to follow it. Page says the SCIF door on 4 is to be checked hourly by PSO [[PERSON:Dale Whitmer]].
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""),

    ("evasion", "fullwidth_phone", "tongan",
     """the contractor's roster has the phone in weird wide characters so my formula doesn't match: PSO [[PERSON:Siosaia Fifita]] [[PHONE_NUMBER:８０１－５５５－０１２２]]. how do I normalize in Excel?"""),

    ("evasion", "leetspeak_password", "anglo",
     """my COR portal pw is [[PASSWORD:Pr0t3ct!v3_S3rv1c3]] lol, is that strong enough or do I need to change it before the audit?"""),

    ("evasion", "words_ssn", "haitian",
     """PSO applicant read his SSN over the phone and I typed it out in words, can you convert to digits for the form: [[US_SSN:five two two, three eight, one nine zero six]] - [[PERSON:Jean-Robert Thermidor-Paul]]"""),

    ("hard_negative", "fps_public_tipline", None,
     """For the PSO lobby poster: "To report suspicious activity at this federal facility call the Federal Protective Service at 1-877-4FPS-411 (1-877-437-7411)." Is that still the right number? Make the poster text fit on a half page."""),

    ("hard_negative", "building_eponyms", None,
     """We need post coverage counts for the Thomas P. O'Neill Jr. Federal Building, the Robert A. Young Federal Building, and the Ronald V. Dellums Federal Building. Draft an email to the three contractors asking for their November post-hour totals."""),

    ("hard_negative", "lautenberg_question", None,
     """Does the Lautenberg Amendment (18 U.S.C. 922(g)(9)) apply to armed contract guards the same way as to federal officers? A contractor asked if an old misdemeanor domestic conviction disqualifies a PSO applicant."""),

    ("hard_negative", "contract_numbers", None,
     """Sort these task orders by region: 70RFPW23D0000418, 70RFPW24D0000107, 70RFP122F00000219, 70RFPW25F0000031. Region code seems to be in positions 5-6?"""),

    ("hard_negative", "post_orders_no_pii", None,
     """Can you reformat this post order into a checklist for the new guards?

Post 4 - Loading dock. Screen all deliveries against the daily vendor list. Deny entry to any vehicle not on the list and notify the MegaCenter. After hours, the dock remains locked; keys are held by the lead PSO on shift. Log each delivery on FPS Form 139."""),

    ("hard_negative", "about_fouo_markings", None,
     """Post orders used to be stamped FOR OFFICIAL USE ONLY. Now that we're moving to CUI, what category would post orders fall under, and do we have to re-mark the old binders at every post or just new ones?"""),

    ("hard_negative", "qual_course_description", None,
     """Summarize the PSO day qualification course for a contractor newsletter: 50 rounds, stages at 3, 7, 15 and 25 yards, passing score 210 of 300, two attempts allowed per quarter, remedial training before a third attempt."""),

    ("hard_negative", "rank_titles", None,
     """Who signs the PSO removal request: the Contracting Officer, the COR, the Regional Director or the Area Commander? Our region's SOP says "the Commander or designee" and the contract says "the CO." Which wins?"""),

    ("hard_negative", "xray_test_scores", None,
     """Here are anonymized x-ray image test scores for one contract: 88, 92, 71, 95, 64, 90, 83, 77, 99, 68. Threshold is 80. What percent failed and what's the median?"""),

    ("hard_negative", "netrc_help_no_secret", None,
     """The contractor wants to automate their daily roster upload. Is it acceptable for them to store credentials in a ~/.netrc on the upload server, or should we require them to use the SFTP key option? Give me the pros and cons I can send to the CO."""),
]
