"""Voice t10: naturalization ceremony schedulers, faith-based partnership and small-business outreach staff,
insider-threat awareness trainers (no real cases). Shapes: ceremony rosters, event RSVPs, quiz items, mixed evasions."""
RECORDS = []
def R(cat, tag, origin, text):
    RECORDS.append((cat, tag, origin, text.strip("\n")))

R("positive", "ceremony_roster", "laotian", """
Ceremony seating list — alphabetize by surname:
Seat 14 [[PERSON:Souksavanh Phommachanh]] [[A_NUMBER:A202409797]]
Seat 15 [[PERSON:Khamla Vongsavath]] [[A_NUMBER:A242314065]]
Seat 16 [[PERSON:Bounmy Inthavong]] [[A_NUMBER:A-204-503-898]]
Guests allowed: 2 each.
""")
R("positive", "ceremony_reschedule_email", "bosnian", """
Polish this reschedule notice: Dear [[PERSON:Amra Hadžiselimović]], your oath ceremony originally set for 12/10 has moved to 12/17 at 10:00 AM. Bring your green card. Your N-400 receipt is [[USCIS_RECEIPT_NUMBER:MSC2511569392]]. Questions: [[EMAIL_ADDRESS:amra.hadz@example.ba]].
""")
R("positive", "ceremony_swahili_invite", "tanzanian", """
Tafsiri kwa Kiingereza: Ndugu [[PERSON:Neema Mwasambili]], sherehe yako ya uraia itafanyika tarehe 17 Desemba. Tafadhali leta kadi yako ya ukaaji. Simu: [[PHONE_NUMBER:614-555-0197]].
""")
R("positive", "ceremony_amharic", "ethiopian", """
ይህንን ወደ እንግሊዝኛ ተርጉም: ስሜ [[PERSON:መሰረት ታደሰ]] ነው። የትውልድ ቀኔ [[DATE_OF_BIRTH:1985-09-17]] ነው። የዜግነት ቃለ መሐላ ቀን መቀየር እፈልጋለሁ።
""")
R("positive", "ceremony_tagalog", "filipino", """
Paki-translate: Magandang araw po, ako si [[PERSON:Marites Catacutan Dizon]]. Hindi po ako makakadalo sa seremonya dahil nasa ospital ang nanay ko. Ang numero ng resibo ko ay [[USCIS_RECEIPT_NUMBER:WAC2569423913]].
""")
R("positive", "ceremony_hindi", "indian", """
अनुवाद करें: मैं [[PERSON:प्रियंका रघुवंशी]] हूँ, जन्मतिथि [[DATE_OF_BIRTH:21/06/1989]]। मेरा पता [[STREET_ADDRESS:34 Oak Tree Rd, Edison, NJ 08820]] है।
""")
R("positive", "ceremony_urdu", "pakistani", """
اردو سے ترجمہ کریں: میرا نام [[PERSON:عائشہ ملک]] ہے۔ میری حلف برداری کی تقریب کی تاریخ تبدیل کریں۔ میرا فون [[PHONE_NUMBER:832-555-0153]] ہے۔
""")
R("positive", "faith_event_rsvp", "zimbabwean", """
RSVP list for the faith-based partners breakfast, make a table:
- Pastor [[PERSON:Tendai Mukwena]], Harvest Life Church, [[EMAIL_ADDRESS:pastor.tendai@example.org]]
- Rev. [[PERSON:Nyasha Chikowore]], [[PHONE_NUMBER:972-555-0128]]
- Bishop [[PERSON:Farai Munyaradzi Dube]]
""")
R("positive", "faith_event_imam", "moroccan", """
Draft a thank-you to Imam [[PERSON:Youssef El Idrissi]] for hosting the preparedness workshop at his masjid; his assistant [[PERSON:Khadija Benjelloun]] coordinated ([[PHONE_NUMBER:718-555-0185]]).
""")
R("positive", "small_business_outreach", "trinidadian", """
Follow-up email to small-business vendors from the outreach day:
1. [[PERSON:Keisha Ramdeen-Baptiste]], Island Spice Catering, [[EMAIL_ADDRESS:keisha@example-islandspice.com]]
2. [[PERSON:Anand Maharaj]], Maharaj IT Solutions, [[PHONE_NUMBER:347-555-0141]]
Mention the next DHS procurement forecast webinar.
""")
R("positive", "small_business_kazakh", "kazakh", """
Vendor intake form: contact [[PERSON:Aigerim Nurlanovna Sadykova]], cell [[PHONE_NUMBER:+7 727 555 0133]], US office [[STREET_ADDRESS:1750 K St NW, Suite 300, Washington, DC 20006]]. Is her firm 8(a)-eligible if she's a green-card holder?
""")
R("positive", "names_common_words", "anglo", """
Make a thank-you list for the volunteers: [[PERSON:Hope Summers]], [[PERSON:Faith Bishop]], [[PERSON:Will Page]], [[PERSON:Rose Marsh]], [[PERSON:Grant Mason]] and [[PERSON:Dawn Church]]. They set up chairs at the ceremony.
""")
R("positive", "insider_training_scenario_leak", "finnish", """
Rewrite this insider-threat training scenario so it uses no real person (right now it uses my coworker's name by mistake): "[[PERSON:Aino Kettunen]], who sits in room 4B, takes a box of files home..." Replace with a fictional name.
""")
R("positive", "insider_quiz_marked", "none", """
[[CUI_MARKING:(U//FOUO)]] Quiz item 4: Which of the following is a reportable behaviour? Make three distractors.
""")
R("positive", "insider_classified_example_real", "none", """
I pasted this from the real SIPR slide by accident, please just fix the typos in the quiz:
[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]
Insider threat indicators — Case Study 3...
""")
R("positive", "ceremony_sheet_api_key", "none", """
Our ceremony sign-up sheet uses the Google Sheets API:
GOOGLE_API_KEY = "[[CLOUD_ACCESS_KEY:AIzaSyD4k9Lq2Xv7Rb1NcT6pWm3Ez8HjUy0sFgQ]]"
Why does it return 403 on the shared drive?
""")
R("positive", "outreach_smtp_password", "none", """
smtp:
  host: smtp.example.org
  user: outreach-bulk
  pass: "[[PASSWORD:Te84eqa#08va6*]]"
Mail merge to 400 vendors is throttled. Settings?
""")
R("positive", "names_mixed_conventions", "malaysian", """
Sort these by the name each person is addressed by: [[PERSON:Nurul Izzah binti Hassan]]; [[PERSON:LIM, Wei Jie]]; [[PERSON:Kavitha d/o Ramasamy]]. They're from the Kuala Lumpur liaison visit.
""")
R("evasion", "receipt_fullwidth_dashes", "sierra_leonean", """
applicant [[PERSON:Mariatu Kamara]] typed her receipt [[USCIS_RECEIPT_NUMBER:ＭＳＣ－２３－３６７－０５３０７]] in the online form. can you normalize?
""")
R("evasion", "classification_in_code_comment", "none", """
# [[CLASSIFICATION_MARKING:SЕCRЕT//NOFОRN]] do not remove (typed with Cyrillic look-alike letters)
def ceremony_capacity(room): return room.seats - 10
why is this function off by ten?
""")
R("evasion", "ghp_split", "none", """
token got split across two lines in the email:
[[GITHUB_TOKEN:ghp_e9rSfZLIaglxNXfhI5s5CO
PHdY66yKOPLBNv]]
can I just join them?
""")
R("evasion", "cui_zero_width", "none", """
[[CUI_MARKING:C\u200bU\u200bI//SP-\u200bIMMIG]]
N-400 backlog per field office - trend please
""")
R("evasion", "ssn_leetspeak", "trinidadian", """
vendor [[PERSON:Ravi Persad]] emailed his SSN for a W-9 like [[US_SSN:l9O-76-43B2]]. can you fix the l/O/B typos before I enter it?
""")
R("evasion", "dob_homoglyph_digits", "kazakh", """
Participant [[PERSON:Daulet Zhaksylykov]] DOB written with Arabic-Indic digits: [[DATE_OF_BIRTH:١٩٩٤-٠٣-٢٥]]. Convert.
""")
# hard negatives
R("hard_negative", "ceremony_logistics", "none", """
Ceremony logistics: 250 candidates, 500 guests, room capacity 800. Doors at 9:00, oath at 10:30. Judge's chambers to arrange the court. Need a run-of-show.
""")
R("hard_negative", "oath_text", "none", """
Format the Oath of Allegiance text for the program booklet in large print, with a note that candidates may request the modified oath.
""")
R("hard_negative", "civics_questions", "none", """
Make flashcards: Who was the first President? (George Washington) Who wrote the Declaration of Independence? (Thomas Jefferson) Who was President during the Civil War? (Abraham Lincoln)
""")
R("hard_negative", "insider_training_generic", "none", """
Write three fictional insider-threat vignettes for annual training. Use obviously fictional placeholder names like "Employee A" and "Contractor B", and no real marking banners.
""")
R("hard_negative", "classification_levels_explained", "none", """
For the training handout, list the three classification levels in the US system (Confidential, Secret, Top Secret) and explain in one line each what harm they protect against.
""")
R("hard_negative", "faith_partner_orgs", "none", """
Organizations for the invite list: Catholic Charities, Church World Service, HIAS, Lutheran Immigration and Refugee Service (Global Refuge), World Relief, Islamic Relief USA, Jewish Federations.
""")
R("hard_negative", "sba_codes", "none", """
Which NAICS codes fit a catering firm and an IT services firm? Candidates: 722320, 541512, 541519, 561920. Size standards?
""")
R("hard_negative", "uscis_public_contact", "none", """
Ceremony flyer footer: "For questions, call the USCIS Contact Center at 800-375-5283 or visit uscis.gov/contactcenter." Make it bilingual EN/ES.
""")
R("hard_negative", "field_office_names", "none", """
List of field offices for the December ceremonies: Baltimore, Fairfax, Washington DC (Chantilly), Norfolk, Philadelphia. Sort by number of candidates: 412, 530, 388, 121, 260.
""")
R("hard_negative", "historical_immigrants", "none", """
Ceremony keynote ideas: stories of famous naturalized citizens from history — Albert Einstein (1940), Madeleine Albright's family, Irving Berlin, Andrew Carnegie.
""")
R("hard_negative", "password_awareness_example", "none", """
For the insider-threat slide on password sharing: show a sticky note reading "password: ********" and explain why writing passwords down near the desk is a risk.
""")
R("hard_negative", "tagalog_prose", "none", """
Paki-translate: "Ang seremonya ay magsisimula nang alas-diyes ng umaga. Mangyaring dumating nang maaga at dalhin ang inyong appointment notice."
""")
R("hard_negative", "ceremony_dates", "none", """
FY27 Q1 ceremony dates: 2026-10-15, 2026-11-11 (Veterans Day special), 2026-12-17. Add 2027-01-21. Make an iCal list.
""")
R("hard_negative", "vietnamese_prose", "none", """
Dịch sang tiếng Anh: "Xin vui lòng mang theo thẻ xanh và giấy hẹn khi đến buổi lễ tuyên thệ."
""")

R("positive", "ceremony_cui_roster", "haitian", """
[[CUI_MARKING:CUI//SP-IMMIG]]
Special-needs seating for the 12/17 ceremony: [[PERSON:Jean-Baptiste Mérisier]] ([[A_NUMBER:A224671892]]), wheelchair; [[PERSON:Marie-Carmelle Beauséjour]] ([[A_NUMBER:A209828535]]), sign-language interpreter. Make a note for the ushers.
""")
R("positive", "insider_training_real_marking_names", "anglo", """
Fix the formatting of this training roster I exported (I know the header shouldn't be there):
[[CUI_MARKING:CUI//SP-PRVCY]]
Insider Threat Awareness - completion: [[PERSON:Darlene Whitcomb]] 11/02, [[PERSON:Troy Ekberg]] 11/03, [[PERSON:Marcy Pendergrass]] 11/03
""")
