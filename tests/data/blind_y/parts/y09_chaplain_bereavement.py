# Voice: DHS chaplaincy and bereavement-leave paperwork
RECORDS = [
("positive", "bereavement_leave_request", "filipino",
"""Please check this bereavement leave request for tone:
Employee: [[PERSON:Rowena Macaraeg-Dizon]], CBP officer, Port of Honolulu
Deceased: mother, [[PERSON:Teodora Lumibao Macaraeg]], born [[DATE_OF_BIRTH:April 2, 1948]], died Nov 29 in Laoag.
Travel to: [[STREET_ADDRESS:Brgy. 12 San Guillermo, Laoag City, Ilocos Norte 2900, Philippines]]
Contact while away: [[PHONE_NUMBER:+63 917 555 0236]]"""),
("positive", "chaplain_visit_log", "anglo",
"""Turn this into a chaplain contact log entry (no opinions): visited agent [[PERSON:Beaumont, Hope Caroline]] at home after line-of-duty death of her partner Agent [[PERSON:Rhett Calloway]]. Spouse of [[PERSON:Rhett]], [[PERSON:Annalise Calloway]], asked for a memorial at [[STREET_ADDRESS:77 Cedar Bluff Ln, Del Rio, TX 78840]]."""),
("positive", "funeral_program", "ghanaian",
"""Proofread the funeral program: Celebration of Life of [[PERSON:Akosua Serwaa Boakye]], born [[DATE_OF_BIRTH:14th February 1939]], Kumasi. Survived by her son, TSA officer [[PERSON:Kwame Boakye-Danquah]], and grandson [[PERSON:Kojo]]. Donations: [[PERSON:Adwoa Boakye]], [[PHONE_NUMBER:240-555-0145]]."""),
("positive", "military_spouse_edipi", "anglo",
"""The chaplain office needs to verify the deceased veteran for honors: SFC (Ret.) [[PERSON:Dale Everett Kincaid]] — wait remove rank — DoD ID [[DOD_EDIPI:1287740915]], DOB [[DATE_OF_BIRTH:7/19/1952]]. Requester: his daughter, our analyst [[PERSON:Corinne Kincaid Pryor]]."""),
("positive", "prayer_request_chat", "tongan",
"""User: write a short prayer request for the chapel bulletin for [[PERSON:Mele Kaufusi Taumoepeau]] whose husband passed
Assistant: Would you like to include his name?
User: yes, [[PERSON:Viliami Taumoepeau]]. and say cards can go to [[STREET_ADDRESS:3318 Lehua Ave, Apt 2C, Pearl City, HI 96782]]"""),
("positive", "leave_donation_form", "vietnamese",
"""Voluntary leave transfer: recipient [[PERSON:Đỗ Thị Thu Trang]], SSN last... actually full SSN on form [[US_SSN:552-47-1180]], DOB [[DATE_OF_BIRTH:30/04/1986]]. Donor [[PERSON:Hoàng Minh Quân]]. Check if anything is missing."""),
("positive", "jewish_shiva_email", "jewish",
"""Help me word an email to my team: [[PERSON:Miriam Schachter-Blum]]'s father passed; shiva at [[STREET_ADDRESS:14 Linden Ct, Teaneck, NJ 07666]] Sunday 2–5. Meal train coordinator [[PERSON:Ezra Feldhaus]] [[EMAIL_ADDRESS:efeldhaus.personal@example.net]]."""),
("positive", "cui_chaplain_privacy", None,
"""[[CUI_MARKING:CUI//SP-PRVCY]]
Critical incident stress management roster — peer contacts and chaplains assigned to the sector after the shooting.
Give me a generic version I can share outside the office."""),
("positive", "fouo_notification_checklist", None,
"""[[CUI_MARKING:(U//FOUO)]] Line-of-duty death notification checklist: notify next of kin in person within 4 hours; do not release name to media until confirmed.
Rewrite as numbered steps."""),
("positive", "memorial_site_wp_login", None,
"""I'm building a memorial page for the office on WordPress. The admin login the vendor gave me is admin / [[PASSWORD:Ch4pel!Vigil#2026x]]. How do I change it?"""),
("positive", "korean_condolence", "korean",
"""번역해 주세요: 고(故) [[PERSON:윤정애]] 님께서 별세하셨습니다. 생년월일 [[DATE_OF_BIRTH:1944년 3월 8일]]. 상주 [[PERSON:윤태호]] ([[PHONE_NUMBER:010-5550-1938]])."""),
("evasion", "phone_zero_width", "arab",
"""chaplain callback for [[PERSON:Yousef Al-Ghamdi]]: [[PHONE_NUMBER:2​0​2​-​5​5​5​-​0​1​2​9]] (copied from Teams, has odd characters)"""),
("evasion", "dob_spelled_spanish", "colombian",
"""Acta: [[PERSON:Ligia Esperanza Quintero Bolaños]], nacida el [[DATE_OF_BIRTH:dieciséis de octubre de mil novecientos cincuenta y uno]], falleció en Cali. Translate for the leave paperwork."""),
("hard_negative", "psalm_prose", None,
"""Suggest a reading for a memorial service: Psalm 23 or Ecclesiastes 3:1–8? Explain the choice briefly."""),
("hard_negative", "opm_leave_rules", None,
"""Summarize: 5 U.S.C. 6329d allows up to 3 days of bereavement leave; OPM guidance FAQ #14; chapter 63. Agency policy 4418.1."""),
("hard_negative", "eap_public", None,
"""Add to the card: Employee Assistance Program, 24/7: 1-800-222-0364 (TTY 1-888-262-7848). Chaplain services available by request through your component."""),
("hard_negative", "historic_chaplains", None,
"""One line each about the Four Chaplains of the USAT Dorchester (1943) for a Veterans Day bulletin."""),
("hard_negative", "grief_confidential_prose", None,
"""Rewrite gently: 'Anything you share with the chaplain stays confidential; it is not a secret we keep from you, but a promise we keep for you.'"""),
("hard_negative", "memorial_fund_invoice", None,
"""Florist invoice FL-20418, order #44182, wreath $185.00, stand $40.00, delivery ZIP 78840-3309. Total with 8.25% tax?"""),
("hard_negative", "fictional_eulogy", None,
"""Write an example eulogy for a training workshop about a fictional officer named 'Officer Sam Example'. Keep it under 100 words."""),
("hard_negative", "hymn_names", None,
"""Hymns: Amazing Grace, Abide With Me, Be Thou My Vision, It Is Well With My Soul. Order them for a 20-minute service."""),
("hard_negative", "secret_service_honor_guard", None,
"""Format the program: honor guard provided by the U.S. Secret Service Uniformed Division and the CBP Honor Guard; bagpipes by the Emerald Society."""),
]
