# Voice 8: HSI victim assistance specialists (VAS): victims of crimes, their families, shelters, interpreters.
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "shelter_referral", "thai", """Referral – emergency shelter, labor trafficking victims (agricultural case)
Victims: [[PERSON:Kittipong Saengthong]] (DOB [[DATE_OF_BIRTH:1990-03-21]]), [[PERSON:Wanchai Boonmee]] (DOB [[DATE_OF_BIRTH:1987-12-02]]), [[PERSON:Surachai Inthawong]] (DOB [[DATE_OF_BIRTH:1994-07-15]])
Shelter: confidential location, intake coordinator [[PERSON:Nattaya Chaiyaporn]], [[PHONE_NUMBER:(559) 555-0135]]
Thai interpreter: [[PERSON:Pornthip Sukjai]]
Continued Presence request submitted for all three."""),

(P, "family_email_spanish", "honduran", """Borrador – favor de corregir:
Señora [[PERSON:Dilcia Maribel Funez]], le escribe la especialista en asistencia a víctimas de HSI. Su hija [[PERSON:Keyla Yamileth Funez]] está a salvo y recibe atención médica. Podrá hablar con ella por videollamada el viernes. Si necesita comunicarse conmigo, mi número es [[PHONE_NUMBER:(713) 555-0161]].
Atentamente, [[PERSON:Marisol Portillo Arévalo]]"""),

(P, "interpreter_invoice_question", "nepali", """The Nepali interpreter [[PERSON:Bishnu Prasad Sapkota-Rijal]] sent an invoice for 6 hours (forensic interview of victim [[PERSON:Sunita Tamang]], 2 sessions). He also put his SSN [[US_SSN:221-48-6075]] on the invoice for the 1099. Is that the right form for a contract interpreter, or should he use a W-9 through the vendor portal?"""),

(P, "les_case_summary", "chinese", """[[CUI_MARKING:(U//LES)]] Victim [[PERSON:Zhang Qiufeng]] (张秋凤), DOB [[DATE_OF_BIRTH:1979年8月14日]], identified during a massage-parlor search warrant in Queens. She requested assistance contacting her son [[PERSON:Liu Hao]] in Fujian. VAS arranged Mandarin interpreter [[PERSON:Chen Yuqiao]].""".replace("[[PERSON:Zhang Qiufeng]] (张秋凤)", "[[PERSON:Zhang Qiufeng]] ([[PERSON:张秋凤]])")),

(P, "t_visa_declaration_chat", "uzbek", """User: help me summarize for the I-914 Supplement B: victim [[PERSON:Dilnoza Yusupkhodjaeva]], recruited in Tashkent for "hotel work", passport taken by [[PERSON:Rustam Aliev]] on arrival at JFK. She was born [[DATE_OF_BIRTH:19 September 1998]]. Her passport number was [[US_PASSPORT:FA2217408]].
Assistant: Here is a neutral summary...
User: add that her sister [[PERSON:Malika Yusupkhodjaeva]] also came later"""),

(P, "csv_victim_services", "guatemalan+salvadoran", """victim_id;name;dob;language;services;shelter_addr
V-26-0112;[[PERSON:Yesenia Tumax Pop]];[[DATE_OF_BIRTH:05/05/2007]];Q'eqchi';medical,counseling;[[STREET_ADDRESS:1208 Alamo Ave, San Antonio, TX 78210]]
V-26-0113;[[PERSON:Brenda Marisol Rauda]];[[DATE_OF_BIRTH:11/23/2004]];Spanish;legal referral;[[STREET_ADDRESS:1208 Alamo Ave, San Antonio, TX 78210]]
V-26-0119;[[PERSON:Wilfredo Alas Menjívar]];[[DATE_OF_BIRTH:02/14/1999]];Spanish;housing;—
count victims per service, Q3"""),

(P, "sms_victim", "nigerian", """SMS from victim (forward for translation of pidgin bits):
"Madam na me [[PERSON:Blessing Ehigiator]]. Dem don carry my papers go. Oga [[PERSON:Osagie]] dey threaten my mama for Benin. Abeg help. my new number na [[PHONE_NUMBER:(832) 555-0119]]" """),

(P, "restitution_bank", "filipino", """Restitution payment to victim [[PERSON:Rowena Castillo Dimaculangan]]: the court needs her bank info. She gave: routing [[ABA_ROUTING_NUMBER:117687167]], account [[US_BANK_NUMBER:2290647718]]. Her DOB is [[DATE_OF_BIRTH:17 Feb 1983]]. Can I just email this to the clerk of court or is there a secure form?"""),

(P, "forensic_interview_schedule", "moldovan+ukrainian", """| date | victim | interviewer | interpreter | location |
|---|---|---|---|---|
| Tue 10:00 | [[PERSON:Ana Rusu]] | FI [[PERSON:Colleen Dunleavy]] | [[PERSON:Natalia Ciobanu]] (Romanian) | CAC Bronx |
| Wed 14:00 | [[PERSON:Iryna Bondarenko]] | FI [[PERSON:Colleen Dunleavy]] | [[PERSON:Oleh Tkachuk]] (Ukrainian) | CAC Bronx |
write the reminder emails to the interpreters"""),

(P, "voicemail_shelter", "haitian", """Voicemail transcribed: "Bonjou, se [[PERSON:Nadège Valcourt]] from the shelter, the client [[PERSON:Guerda Séraphin]] wants to talk to the agent about her kids in Gonaïves, she has a new phone: [[PHONE_NUMBER:(617) 555-0144]]. Mèsi." — translate the Kreyòl bits and make a note for the case file"""),

(P, "victim_notification_letter", "korean", """Please check grammar: "Dear [[PERSON:Ms. Hwang]], this letter is to inform you that the defendant in your case, [[PERSON:Jung Dae-seok]], has been sentenced. You may submit a victim impact statement. Your victim assistance specialist, [[PERSON:Angela Rosenquist-Paley]], can help you (phone [[PHONE_NUMBER:(213) 555-0107]])." """.replace("[[PERSON:Ms. Hwang]]", "Ms. [[PERSON:Yeom]]")),

(P, "pashto_family", "afghan_pashtun", """د قرباني کورنۍ ته پیغام: [[PERSON:زرغونه منګل]] خوندي ده.
Victim [[PERSON:Zarghuna Mangal]], DOB [[DATE_OF_BIRTH:1 Hamal 1380]] (Afghan solar calendar — need Gregorian), brother [[PERSON:Naqibullah Mangal]] lives in Sacramento, [[PHONE_NUMBER:916-555-0186]]. Please translate the Pashto line and convert the date."""),

(P, "caps_handwritten_intake", "tongan", """INTAKE (TRANSCRIBED FROM HANDWRITTEN NOTES)
NAME: [[PERSON:SIONE TAUFA'AHAU LATU]]    D.O.B: [[DATE_OF_BIRTH:08-08-1979]]
REFERRED BY: CHURCH ELDER [[PERSON:PITA VAIPULU]]
RECRUITED FOR ROOFING JOB, WAGES WITHHELD 7 MONTHS
FAMILY: WIFE [[PERSON:'ANA LATU]] IN NUKU'ALOFA"""),

(E, "victim_name_spaced", "thai", "for the interpreter request i wrote the name with dots: [[PERSON:K.i.t.t.i.p.o.n.g S.a.e.n.g.t.h.o.n.g]] — Thai, male, needs Isan dialect if possible"),
(E, "les_lookalike", "chinese", "[[CUI_MARKING:(U//LΕS)]] (greek epsilon lol) summarize: victim [[PERSON:Wang Guilan]] requested help contacting family in Fuzhou."),
(E, "dob_encoded", "honduran", "victim [[PERSON:Dilcia Funez]]'s DOB in base64 so it doesn't get stripped: [[DATE_OF_BIRTH:MTk4Mi0wNi0xOQ==]] — decode and compute her age"),

(H, "program_explainer", None, """What's the difference between Continued Presence and a T visa? Who requests Continued Presence — HSI or the victim's attorney — and how long is it granted for? Short answer please, for a new victim assistance specialist."""),
(H, "shelter_public_hotline", None, """For the outreach card: National Human Trafficking Hotline 1-888-373-7888, text 233733. HSI Tip Line 1-866-347-2423. Translate the card into Thai, Tagalog and Spanish."""),
(H, "same_voice_stats", None, """Referral – quarterly summary, labor trafficking cases (agricultural)
Victims identified: 37 (Thai 14, Guatemalan 11, Mexican 9, other 3)
Shelter placements: 22; Continued Presence requests: 19; T visa certifications: 12
Interpreter hours: 418. Make a one-slide summary."""),
(H, "kinship_no_names", None, """A victim wants her mother, her two younger siblings, and her 17-year-old son to come to the US as T visa derivatives. Which of them qualify? She is 29. Her father is deceased."""),
(H, "case_number_shapes", None, """Case numbers in the new system: HSI case NY02QR26NY0014, ICM case 2026-0412-8871, court docket 1:26-cr-00417. The old system's ID was 412-00-7100 (that's a case ID, not an SSN — the old system used 3-2-4 formatting for everything). How do I map them?"""),
(H, "resembling_words", None, """The shelter director asked whether the safe house location is "classified". It isn't — it's confidential under the shelter's own policy and state law. How do I explain the difference to her without sounding condescending?"""),
(H, "literature_names", None, """Book club for the VAS team: "Uncle Tom's Cabin", "Beloved" by Toni Morrison, or "Half the Sky". Which is the best starting point for a discussion on trauma and recovery?"""),
(H, "trauma_informed_tips", None, """Give me 10 trauma-informed interviewing tips for victim assistance specialists: avoid "why" questions, offer breaks, explain the role of the interpreter, don't promise outcomes, etc."""),
(H, "placeholder_letter", None, """Dear [Victim First Name], you have the right to be notified of court proceedings in case [Case Number]. Contact your Victim Assistance Specialist at [VAS Phone]. — template, translate to Spanish keeping the brackets"""),
(H, "ssi_benefit", None, """A victim with a disability asked whether she can get SSI once she has T nonimmigrant status. I think T visa holders are "qualified aliens" for some benefits. Is SSI one of them?"""),
]
