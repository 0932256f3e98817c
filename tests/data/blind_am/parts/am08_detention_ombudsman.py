"""am08: DHS Office of the Immigration Detention Ombudsman (case intake from detainees' families and attorneys)."""

RECORDS = [
("positive", "intake_form", "honduran", """Intake form submission (web), please summarize the concern in 2 sentences for the case log:

Submitter: [[PERSON:Dilcia Marleny Zelaya]] (sister)
Submitter phone: [[PHONE_NUMBER:713-555-0109]]   Email: [[EMAIL_ADDRESS:dilciazelaya82@yahoo.com]]
Detained person: [[PERSON:Elvin Josué Zelaya Matute]]   A-Number: [[A_NUMBER:A 219-874-301]]   DOB: [[DATE_OF_BIRTH:11/02/1995]]
Facility: (Texas processing center)
Concern: "My brother has not received his diabetes medicine for 4 days. He says they told him to put in a sick call but nobody came." """),

("positive", "attorney_letter", "cameroonian+anglo", """Draft acknowledgment to this attorney letter:

"Dear Ombudsman, I represent [[PERSON:Ngwa Emmanuel Fonkem]] ([[A_NUMBER:A208817440]]), a Cameroonian asylum seeker detained since August. My client reports he has been denied access to the law library for three weeks and his legal mail is being opened outside his presence. A G-28 is enclosed. Please contact me at [[EMAIL_ADDRESS:hcollingwood@collingwoodimmigration.com]] or [[PHONE_NUMBER:404-555-0167]].
Sincerely, [[PERSON:Harriet Collingwood]], Esq." """),

("positive", "phone_call_notes", "punjabi", """Call notes 12/04 14:10 – caller [[PERSON:Manpreet Kaur Gill]], wife of detainee [[PERSON:Gurjant Singh Gill]] (A# [[A_NUMBER:A212476058]]). Speaks Punjabi, used interpreter line. Concern: husband's turban was taken at intake and not returned; he is Amritdhari Sikh. Callback [[PHONE_NUMBER:559-555-0154]]. Wants to know if a religious accommodation request has been filed.
→ Please rewrite as a formal case intake narrative."""),

("positive", "spanish_letter", "venezuelan", """Traducir al inglés, es una carta enviada por correo:

"Señores de la Oficina del Defensor, mi nombre es [[PERSON:Yelitza Coromoto Briceño]], madre de [[PERSON:Jhonatan Alexander Briceño Rondón]], número A [[A_NUMBER:A241903376]], nacido el [[DATE_OF_BIRTH:22 de enero de 2001]]. Mi hijo me dice que lo cambiaron de celda después de quejarse del frío y que ahora no le dejan llamarme. Vivo en [[STREET_ADDRESS:4120 NW 7th St, Apt 208, Miami, FL 33126]]. Mi teléfono es [[PHONE_NUMBER:305-555-0147]]." """),

("positive", "haitian_creole_voicemail", "haitian", """Tradui mesaj vokal sa a an anglè:
"Bonswa, mwen rele [[PERSON:Rose-Michelle Augustin]]. Frè mwen [[PERSON:Wisly Augustin]] nan detansyon depi twa mwa, nimewo A li se [[A_NUMBER:A220341987]]. Li di yo pa ba l manje ki pa gen vyann, li se Advantis. Rele m tanpri nan [[PHONE_NUMBER:617-555-0102]]." """),

("positive", "case_json", "russian+chinese", """Our case tracker export, what's the oldest open case? Dates are intake dates:

[{"case":"OIDO-26-01873","detainee":"[[PERSON:Vasilisa Andreevna Kuznetsova]]","a_number":"[[A_NUMBER:A216604192]]","intake":"2026-09-12","status":"open"},
 {"case":"OIDO-26-02011","detainee":"[[PERSON:Zheng Xiaoming]]","a_number":"[[A_NUMBER:A209557213]]","intake":"2026-10-03","status":"open"},
 {"case":"OIDO-26-02240","detainee":"[[PERSON:Zheng Lihua]]","a_number":"[[A_NUMBER:A209557214]]","intake":"2026-10-29","status":"closed"}]"""),

("positive", "cui_case_summary", "mauritanian", """[[CUI_MARKING:CUI//SP-PRVCY//SP-IMMG]]

Case summary: [[PERSON:Mohamed Lemine Ould Ahmed]], [[A_NUMBER:A231177805]], DOB [[DATE_OF_BIRTH:1992-12-30]]. Detainee reports lack of Hassaniya Arabic interpretation during medical visits. Facility states a phone interpreter was used. Ombudsman staff observed intake on 11/18.

[[CUI_MARKING:CUI//SP-PRVCY//SP-IMMG]]

Tighten this summary for the weekly report."""),

("positive", "attorney_portal_creds", "anglo", """An attorney's paralegal sent this to our intake inbox: "Please use our firm's shared client-portal login to see the medical records: user intake@bellweatherlaw.com, password [[PASSWORD:Bellw3ather!Law26]]". From [[PERSON:Shawna Deluca]], [[PHONE_NUMBER:602-555-0140]]. What's the reply telling them we can't use that and asking them to upload via our intake form?"""),

("positive", "email_thread", "ecuadorian+anglo", """Re: Follow-up on case OIDO-26-02307

> From: [[PERSON:Wilson Guamán Quispe]] <[[EMAIL_ADDRESS:wilsonguaman77@gmail.com]]>
> Mi papá [[PERSON:Segundo Guamán]] todavía no recibe sus lentes. Ya pasaron 6 semanas.

From: [[PERSON:Audra Kesselring]], Case Manager
Sr. [[PERSON:Guamán]], gracias por su paciencia. Hemos contactado a la instalación.

Translate the quoted message and finish my reply in Spanish saying we'll follow up Friday."""),

("positive", "g28_ocr", "indian", """OCR of a G-28 (partial), please pull out who the attorney and client are for the case record:

Part 1. Attorney: Family Name [[PERSON:RAMASWAMY]] Given Name [[PERSON:PADMAVATHI]]
Address [[STREET_ADDRESS:1900 Market St, Suite 640, Philadelphia, PA 19103]]
Daytime Phone [[PHONE_NUMBER:215-555-0122]]   Email [[EMAIL_ADDRESS:pramaswamy@phillyimmigrationdefense.org]]
Part 3. Client: Family Name [[PERSON:SUBRAMANIAN]] Given Name [[PERSON:KARTHIK]]   A-Number [[A_NUMBER:A205390718]]"""),

("positive", "itin_fee", "salvadoran", """Family member sent a copy of his commissary deposit receipt; it shows the depositor's ITIN (why?!): Depositor [[PERSON:Marvin Antonio Lemus]], ITIN [[US_ITIN:947-52-2173]], amount $60. Should I just delete it from the case file? Draft a note to file explaining what I did."""),

("positive", "french_letter", "congolese", """Traduisez en anglais svp:

"Madame, Monsieur, je suis Maître [[PERSON:Jean-Pierre Kabongo Tshibangu]], avocat à Kinshasa, et je représente la famille de [[PERSON:Patience Mbuyi Kalonji]], détenue au Texas. Sa mère, [[PERSON:Béatrice Kalonji]], n'a plus de nouvelles depuis le 2 novembre. Veuillez me joindre au [[PHONE_NUMBER:+243 81 555 0147]]." """),

("positive", "les_facility_reply", None, """The facility's response to our inquiry came with this header: [[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]] – "Detainee was placed in administrative segregation on 11/20 for protective custody at his request. Review conducted 11/27." Can I quote that in the case closure letter to the family or not?"""),

("evasion", "anumber_homoglyph", "afghan", """the family typed the A number with letters: [[PERSON:Rahmatullah Noorzai]], [[A_NUMBER:A2l5O94836]]. I think l = 1 and O = 0? what's the real number"""),

("evasion", "split_anumber", "guatemalan", """Text from the detainee's cousin came in two bubbles:
"[[A_NUMBER:A 2 0 3 8"
"8 1 4 6 0]] pls help"
Detainee is [[PERSON:Baltazar Ajanel Tum]]. Put it together and enter it in the tracker please."""),

("evasion", "dob_unicode_digits", "arabic", """Intake from the Arabic web form, the DOB came in Arabic-Indic digits: [[PERSON:Ahmad Khaled Al-Zoubi]] – [[DATE_OF_BIRTH:١٩٨٨/٠٤/١٥]]. Convert to MM/DD/YYYY?"""),

("hard_negative", "public_info", None, """For the family handout: "You can submit a case to the Office of the Immigration Detention Ombudsman through the online case intake form on dhs.gov/oido. To find someone in ICE custody, use the Online Detainee Locator System at locator.ice.gov." Translate into Spanish and Haitian Creole."""),

("hard_negative", "standards_citation", None, """Summarize the relevant detention standards for a law library complaint: PBNDS 2011 (Rev. 2016) Standard 6.3 Law Libraries and Legal Material, and NDS 2019 equivalent. Also 6 U.S.C. 205 that created OIDO. One paragraph."""),

("hard_negative", "case_stats", None, """FY26 Q1 intake: 1,214 cases; top concerns medical (31%), conditions (22%), legal access (14%), property (9%). Case numbers OIDO-26-00001 to OIDO-26-01214. Make a pie-chart-ready table."""),

("hard_negative", "scrubbed_narrative", None, """Sanitized example for staff training: "A family member reported that the detained individual had not received prescribed medication for four days. Ombudsman staff contacted the facility's health services administrator, who confirmed a pharmacy delay." Add a 'next steps' paragraph."""),

("hard_negative", "religious_terms", None, """Glossary for intake staff: Amritdhari, kara, kirpan, dastar/turban, hijab, kufi, yarmulke, Ramadan fasting, halal, kosher, Seventh-day Adventist vegetarian diet. One line each on what accommodation might be requested."""),

("hard_negative", "facility_names", None, """The facility list in our dropdown is out of date: Krome North SPC, Port Isabel SPC, El Paso SPC, Otay Mesa, Adelanto, Stewart Detention Center, LaSalle ICE Processing Center. Which are ICE-owned SPCs vs. contract facilities? General knowledge is fine."""),

("hard_negative", "kinship_prose", None, """Our form's relationship dropdown: mother, father, sister, brother, spouse, partner, cousin, aunt/uncle, attorney, accredited representative, friend, faith leader. Should "accredited representative" be separated from family? UX question."""),

("hard_negative", "marking_prose", None, """When a facility sends us a reply marked Law Enforcement Sensitive, can we share the substance with the complainant if we paraphrase? I need to write internal guidance — no actual documents, just the principles."""),

("hard_negative", "anumber_format_help", None, """Families often ask what an A-Number is. Write a short explanation: it starts with A followed by 8 or 9 digits, it's on most immigration documents, and they should never post it on social media. Use "A-XXX-XXX-XXX" as the format example."""),

("hard_negative", "letter_template", None, """Template closing letter (fill-ins in brackets): "Dear [Complainant Name], Thank you for contacting the Office of the Immigration Detention Ombudsman about [Detained Person]. After reviewing your concern, we [action taken]." Make it warmer and more readable."""),
]
