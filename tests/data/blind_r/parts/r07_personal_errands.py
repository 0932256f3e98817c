"""Voice r07: employees' personal errands — medical, family, housing, school, taxes, legal — in many languages."""
from vals import cc, aba
R = []
P, E, H = "positive", "evasion", "hard_negative"

R.append((P, "tax_itin_letter", "honduran",
"""help me write a letter to the IRS, my mother-in-law [[PERSON:Reina Isabel Flores]] has ITIN [[US_ITIN:912-78-4613]] and they sent a CP566 asking for her passport copy. her address is [[STREET_ADDRESS:311 Gatewood Ave, Charlotte, NC 28203]]. i'm her son-in-law, can i sign for her?"""))

R.append((P, "school_enrollment", "anglo",
"""can you make this email to the school nicer? "Hi Ms. [[PERSON:Quarles]], [[PERSON:Honor]] and [[PERSON:Will Baker]] are starting Monday, [[PERSON:Honor]]'s birthday is [[DATE_OF_BIRTH:March 2, 2016]] so she should be in 4th grade not 3rd. Call me at [[PHONE_NUMBER:540-555-0112]]. — [[PERSON:Grace Baker]]" """))

R.append((P, "lease_application", "korean",
"""rental application for the apartment in Clarendon, can you tell me what's missing?
Applicant: [[PERSON:Choi Min-jun]], DOB [[DATE_OF_BIRTH:1989-08-13]], SSN [[US_SSN:372-51-8830]]
Current address: [[STREET_ADDRESS:1200 N Herndon St, Apt 418, Arlington, VA 22201]]
Employer: DHS (S&T), income $138k
Co-applicant: [[PERSON:Choi Seo-yun]]"""))

R.append((P, "medical_portal_msg", "ethiopian",
"""rewrite my message to the doctor's portal in simpler english: "Dr. [[PERSON:Haile]], this is [[PERSON:Tigist Alemu]], DOB [[DATE_OF_BIRTH:7/21/1978]]. The metformin makes me dizzy. My insurance member id is the same as before. Please call [[PHONE_NUMBER:(202) 555-0138]]." """))

R.append((P, "tax_return_help", "anglo",
f"""my 1040 direct deposit line, is this right? Routing [[ABA_ROUTING_NUMBER:{aba('05400003')}]] Account [[US_BANK_NUMBER:4451190027]] Type: checking. Spouse [[PERSON:Leland Bixby]] SSN [[US_SSN:228-43-1906]], mine [[US_SSN:228-47-6651]]."""))

R.append((P, "immigration_relative_uk", "ukrainian",
"""Перекладіть англійською будь ласка, це для U4U спонсорства: Моя сестра [[PERSON:Ірина Петренко]], дата народження [[DATE_OF_BIRTH:12.09.1985]], паспорт [[US_PASSPORT:FT482019]], телефон [[PHONE_NUMBER:+380 67 555 0142]]. Вона зараз у Львові."""))

R.append((P, "credit_card_fraud_call", "anglo",
f"""someone used my card, help me write the dispute. card [[CREDIT_CARD:{cc('37828292045910')}]], cardholder [[PERSON:Rusty Vandermolen]], charges at 'TopUp Games' $99.99 x 6."""))

R.append((P, "child_passport", "filipino+anglo",
"""DS-11 for my daughter, checking the form before the appointment:
Child: [[PERSON:Amihan Rose Delacruz-Hart]], DOB [[DATE_OF_BIRTH:02/14/2019]]
Mother: [[PERSON:Liezl Delacruz]], passport [[US_PASSPORT:567201948]]
Father: [[PERSON:Benjamin Hart]], passport [[US_PASSPORT:566318704]]
Both parents will appear. Anything else I need?"""))

R.append((P, "housing_assistance_es", "guatemalan",
"""Ayúdame a escribir una carta al dueño: soy [[PERSON:Ixchel Pérez]], vivo en [[STREET_ADDRESS:5012 Edmonston Rd, Apt 2, Hyattsville, MD 20781]] y la calefacción no funciona desde el 3 de noviembre. Mi número es [[PHONE_NUMBER:(240) 555-0147]]."""))

R.append((P, "custody_lawyer_email", "haitian+anglo",
"""make this sound calmer (email to my lawyer): "[[PERSON:Marc-Kendy Toussaint]] picked up [[PERSON:Naïka]] from school again without telling me. The order says alternating weekends. His new address is [[STREET_ADDRESS:88 Linden Blvd, Apt 3C, Brooklyn, NY 11226]]. I want to file for contempt. — [[PERSON:Sandra Toussaint]]" """))

R.append((P, "doctor_note_hindi", "indian",
"""कृपया अंग्रेज़ी में अनुवाद करें: मेरे पिता [[PERSON:रमेश चंद्र अग्रवाल]], जन्म तिथि [[DATE_OF_BIRTH:05/01/1952]], को अगले सप्ताह कार्डियोलॉजिस्ट के पास जाना है। उनका मोबाइल [[PHONE_NUMBER:+91 98555 01234]] है।"""))

R.append((P, "dmv_real_id", "anglo",
"""Real ID checklist for Virginia DMV — I'm bringing: passport [[US_PASSPORT:548110372]], SSN card ([[US_SSN:224-86-1175]]), two proofs of address for [[STREET_ADDRESS:3920 King St, Alexandria, VA 22302]]. Name on everything: [[PERSON:Joy Summers]]. Is that enough?"""))

R.append((P, "global_entry_renewal", "pakistani",
"""my Global Entry renewal says 'pending review' for 5 months. KTN [[KNOWN_TRAVELER_NUMBER:984417203]], name [[PERSON:Mahnoor Siddiqui-Rana]], DOB [[DATE_OF_BIRTH:04/11/1986]]. Draft a polite inquiry to the enrollment center."""))

R.append((P, "wifi_router_pw", "none",
"""my home router settings, the kids keep getting kicked off, what should I change?
SSID: OakCottage5G
WPA2 key: [[PASSWORD:maple-kettle-4471-Quiet]]
Channel: auto, width 80 MHz"""))

R.append((P, "apple_id_recovery", "chinese",
"""帮我翻译成英文给苹果客服: 我的Apple ID是 [[EMAIL_ADDRESS:zhoujingyi.home@icloud.com]]，名字[[PERSON:周静怡]]，密码是[[PASSWORD:Jy0812!home]]，账号被锁了。"""))

R.append((P, "tenant_screening_portal", "arabic",
"""My sister [[PERSON:Rania Mansour]] wants me to co-sign her lease. The portal needs my DOB [[DATE_OF_BIRTH:1981-02-27]] and DL [[US_DRIVER_LICENSE:M215-448-91-337-0]] (Michigan). Is it safe to email that?"""))

# evasions
R.append((E, "ssn_split_turns", "anglo",
"""(text thread with my accountant)
me: first part is [[US_SSN:219-
me: 55-
me: 0418]]
her: got it, and your husband [[PERSON:Curtis Mabry]]?
rewrite this thread as a formal email please"""))
R.append((E, "card_homoglyph_spaces", "anglo",
f"""kid wrote my card on the fridge like [[CREDIT_CARD:4O24 OO71 5513 2O94]] lol (the Os are zeros) — name on it [[PERSON:Penny Lark]], should I cancel it?"""))
R.append((E, "phone_words_viet", "vietnamese",
"""Số của mẹ tôi là [[PHONE_NUMBER:bảy một bốn, năm năm năm, không một hai chín]] — [[PERSON:Đỗ Thị Lan]]. Viết lại bằng số giúp tôi."""))

R += [(H, "hn_names_common_words", "none", """The garden center sells Black-eyed Susan, Sweet William, Creeping Charlie and Jack-in-the-pulpit. Which ones grow in shade in zone 7a?"""),
(H, "hn_pharmacy_generic", "none", """Is metformin 500 mg ER the same as Glucophage XR? And can I take it with lisinopril 10 mg? General info only."""),
(H, "hn_school_calendar", "none", """Fairfax County school calendar: winter break Dec 22 - Jan 2, teacher workday Jan 26, spring break Mar 30 - Apr 3. Find overlaps with my leave dates Dec 29-Jan 2."""),
(H, "hn_irs_public_line", "none", """IRS individual help line is 800-829-1040 and the Taxpayer Advocate is 877-777-4778. Which should I call about a missing refund?"""),
(H, "hn_lease_clause", "none", """Is this lease clause normal? 'Tenant shall keep the premises in good repair; landlord shall maintain HVAC. Late fee 5% after the 5th.'"""),
(H, "hn_birthday_party", "none", """Plan a 7th birthday party for 12 kids, Saturday 2-4 pm, budget $250, dinosaur theme. Shopping list and timeline."""),
(H, "hn_case_names_family", "none", """What did Troxel v. Granville decide about grandparents' visitation? Does Virginia follow it?"""),
(H, "hn_itin_explainer", "none", """Who needs an ITIN vs an SSN? ITINs start with 9 and have a middle group 50-65, 70-88, 90-92 or 94-99 — is that still true?"""),
(H, "hn_moving_quote", "none", """Moving quote #MV-20251114-0872: 2BR, 9,400 lbs, Alexandria to Tampa, $6,850. Another quote Q-77413 is $5,990. Compare."""),
(H, "hn_recipe_names", "none", """Recipe for Beef Wellington, Eggs Benedict and Caesar salad for a dinner party of six. Timing plan please."""),
(H, "hn_storm_insurance", "none", """After Hurricane Debby our roof claim #HO-4418-22917 was denied. What's the appeal process for homeowners' insurance in South Carolina generally?"""),
(H, "hn_password_advice", "none", """What makes a good passphrase for my home Wi-Fi? Is 'four random words plus a number' still recommended by NIST 800-63B?"""),
(H, "hn_street_names_people", "none", """Best route from George Mason Dr to John Marshall Dr avoiding Lee Hwy at rush hour?"""),
]
RECORDS = R
