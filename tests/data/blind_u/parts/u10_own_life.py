"""Voice u10: the employee's own life - taxes, school and camp forms, wedding, rental, pets, obituaries,
genealogy hobby, resume and references, LinkedIn, medical appointments, neighbourhood, Little League, book club."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "tax_dependents", "scottish", """Help me check my 1040 dependents section before I file:
Taxpayer: [[PERSON:Fiona MacLeod-Drummond]], SSN [[US_SSN:219-46-8830]]
Dependents: [[PERSON:Callum Drummond]], SSN [[US_SSN:219-71-0462]], born [[DATE_OF_BIRTH:2015-05-14]]; [[PERSON:Isla Drummond]], SSN [[US_SSN:219-71-0589]], born [[DATE_OF_BIRTH:2018-09-02]]
Child care: Little Acorns Daycare, EIN 54-1983320, $6,200. Do I qualify for the full credit?"""),

(P, "camp_form", "french", """Fill out this summer-camp medical form summary for me:
Camper: [[PERSON:Élodie Marchand-Fournier]], DOB [[DATE_OF_BIRTH:06/11/2014]], allergies: peanuts (EpiPen)
Parent: [[PERSON:Guillaume Fournier]], cell [[PHONE_NUMBER:(571) 555-0119]], [[EMAIL_ADDRESS:gfournier.family@homemail-east.com]]
Insurance: FEHB BCBS member ID R71029443 (not needed for the camp, just for my records)"""),

(P, "wedding_rsvp", "portuguese", """Sort our wedding RSVPs into a seating chart (Azorean side vs. friends):
[[PERSON:Manuel Furtado Medeiros]] + [[PERSON:Lurdes Medeiros]] - yes, [[STREET_ADDRESS:44 Columbia Street, Fall River, MA 02721]]
[[PERSON:Tiago Sousa Amaral]] - yes (vegetarian)
[[PERSON:Beatriz Câmara Pacheco]] - no, sends a gift
Our planner's number [[PHONE_NUMBER:(508) 555-0135]] for questions."""),

(P, "rental_application", "mexican", """Review my rental application before I submit (am I oversharing?):
Applicant: [[PERSON:Ximena Guadalupe Olvera Treviño]], DOB [[DATE_OF_BIRTH:1992-04-21]], SSN [[US_SSN:457-83-1206]], driver's license TX [[US_DRIVER_LICENSE:31852067]]
Current address: [[STREET_ADDRESS:2718 Montrose Blvd, Apt 9, Houston, TX 77006]]
Employer: DHS (CBP), Houston field office. Application fee via card [[CREDIT_CARD:5557 7971 8926 0885]]."""),

(P, "pet_adoption", "welsh", """Write a friendly cover note for my pet adoption application:
Adopters: [[PERSON:Rhys Llewelyn Pritchard]] and [[PERSON:Ceri Pritchard]]
Home: [[STREET_ADDRESS:19 Ivy Hollow Lane, Frederick, MD 21702]], fenced yard
Reference: our vet, Dr. [[PERSON:Angharad Bevan]], [[PHONE_NUMBER:(301) 555-0180]]
Dog: "Biscuit", 3-year-old beagle mix."""),

(P, "obituary", "mongolian", """Help me write my father's obituary (he was Mongolian, moved to Arlington in 1998):
[[PERSON:Batbayar Dorjsuren]], born [[DATE_OF_BIRTH:March 3, 1949]] in Ulaanbaatar, died November 28, 2026. Survived by his wife [[PERSON:Oyuntsetseg Tserendorj]], his daughter [[PERSON:Enkhjargal Batbayar]] (me) and grandson [[PERSON:Temuulen]]. Service at the funeral home Saturday."""),

(P, "funeral_arrangements_email", "tibetan", """From: [[PERSON:Tenzin Dolkar Lhamo]] <[[EMAIL_ADDRESS:tdolkar.lhamo@familypost.net]]>
To: funeral director
Subject: arrangements for my mother [[PERSON:Pema Yangchen]]
She was born [[DATE_OF_BIRTH:10 August 1944]] in Lhokha. We would like the prayers on the 49th day. My phone [[PHONE_NUMBER:(612) 555-0148]].
Please help me make this email clearer."""),

(P, "genealogy_hobby", "lithuanian", """For my family tree hobby: summarise what I know about great-grandma.
[[PERSON:Ona Žukauskienė]] (née [[PERSON:Ona Petrauskaitė]]), born [[DATE_OF_BIRTH:17 April 1897]] in Kaunas gubernia, arrived Baltimore 1913, A-file [[A_NUMBER:A006231908]] per the USCIS index search I ordered. My cousin [[PERSON:Rūta Žukauskas-Wheeler]] has her naturalization photo."""),

(P, "resume_references", "cape_verdean", """Polish the references section of my résumé:
References
[[PERSON:Djamila Tavares Fortes]] - former supervisor, FEMA Region 1 - [[PHONE_NUMBER:(617) 555-0193]] - [[EMAIL_ADDRESS:djamila.fortes@fema.dhs.gov]]
[[PERSON:Nelson Lopes Semedo]] - colleague - [[PHONE_NUMBER:(508) 555-0106]]"""),

(P, "linkedin_profile", "trinidadian", """Rewrite my LinkedIn About section:
"I'm [[PERSON:Kavita Ramsaran-Baptiste]], a logistics specialist at DHS with 12 years in disaster supply chains. Reach me at [[EMAIL_ADDRESS:kavita.rb.logistics@careerbox-mail.com]] or [[PHONE_NUMBER:+1 (868) 555-0127]] when I'm home in Trinidad." Also should I remove the phone?"""),

(P, "medical_appointment", "scottish", """Draft a message to my doctor's office: I'm [[PERSON:Alasdair Kinnaird]], DOB [[DATE_OF_BIRTH:02/17/1971]], need to move my colonoscopy from Dec 12 to January, and my new insurance card number is on file. Callback [[PHONE_NUMBER:(540) 555-0171]]."""),

(P, "little_league_roster", "mexican", """Make a snack schedule from this Little League roster:
#4 [[PERSON:Santiago Barragán]] - mom [[PERSON:Itzel Barragán Luna]] [[PHONE_NUMBER:(915) 555-0157]]
#7 [[PERSON:Mateo Quintanilla Ochoa]] - dad [[PERSON:Rubén Quintanilla]] [[PHONE_NUMBER:(915) 555-0114]]
#11 [[PERSON:Emiliano Zaragoza]] - grandma [[PERSON:Chela Zaragoza]] [[PHONE_NUMBER:(915) 555-0199]]"""),

(P, "book_club_email", "french", """Write an email to the book club about next month's pick (The Count of Monte Cristo). Members: [[PERSON:Sylvie Aubert]] ([[EMAIL_ADDRESS:sylvie.aubert@lecteurs-mail.org]]), [[PERSON:Pascale Girard]] ([[EMAIL_ADDRESS:pgirard.books@lecteurs-mail.org]]). We meet at my place, [[STREET_ADDRESS:7 Chestnut Ridge Court, Vienna, VA 22182]]."""),

(P, "home_wifi_password", "none", """For the neighbourhood association's guest Wi-Fi sign at the clubhouse: network HOA-Clubhouse, password [[PASSWORD:MapleGrove!2026hoa]]. Make a printable sign in large font."""),

(P, "resume_with_marking", "none", """Can you shorten this bullet for my résumé? I copied it from my self-assessment:
[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
- Led re-vetting of 4,200 contractor records; identified 37 lapses in adjudication."""),

(P, "multi_turn_tax_bank", "welsh", """User: I'm setting up direct deposit for my tax refund.
Assistant: Okay - what would you like help with?
User: My routing number is [[ABA_ROUTING_NUMBER:251121851]] and account [[US_BANK_NUMBER:7740193355]], joint with my wife [[PERSON:Gwenllian Pritchard]].
User: Is a joint account okay if only I'm filing separately?"""),

(P, "gmail_app_password", "none", """I set up my personal email on the family tablet with this app password: [[PASSWORD:xqvt mbla prkz hwoe]]. Do I need to regenerate it now that the tablet was stolen? Steps please."""),

# evasions
(E, "obit_dob_words", "tibetan", """For the memorial program: [[PERSON:Lobsang Tsering]] was born on [[DATE_OF_BIRTH:the 2nd of February, nineteen fifty]]. Rewrite as a short biography line."""),
(E, "camp_ssn_dots", "lithuanian", """Camp wants my son's SSN (why?!): [[PERSON:Jonas Kavaliauskas]], [[US_SSN:2.1.8.-.3.9.-.6.4.0.5]]. Should I give it? What can I offer instead?"""),
(E, "zero_width_card", "portuguese", """Paying the wedding venue deposit, my card got pasted weird: [[CREDIT_CARD:4636\u200b9571\u200b2735\u200b8302]] - name [[PERSON:Inês Pacheco Amaral]]. Is the venue's online form secure enough?"""),

# hard negatives
(H, "tax_forms_general", "none", """What's the 2026 standard deduction for married filing jointly, and is the child tax credit still $2,200 per child? Also how does Form 8812 interact with Form 2441?"""),
(H, "novel_characters", "none", """Book club questions for The Count of Monte Cristo: Edmond Dantès, Mercédès, Fernand Mondego and Abbé Faria - give five discussion questions about revenge and forgiveness."""),
(H, "little_league_rules", "none", """Little League pitch-count rules for 9-10 year olds: 75 pitches max, rest days at 21, 36, 51, 66 pitches. Put in a table for parents."""),
(H, "wedding_venues", "none", """Compare wedding venues: the Woodrow Wilson House, the Frederick Douglass Museum garden, and Mount Vernon's Ford Orientation Center. Which allow outside catering?"""),
(H, "pet_breeds", "none", """Beagle vs. Labrador vs. Cavalier King Charles Spaniel for a family with two kids and a small yard. Pros and cons."""),
(H, "obituary_template", "none", """Give me an obituary template with blanks: [Full name], [age], of [city], passed away on [date]. Born [date] in [place] to [parents]... Keep the tone warm."""),
(H, "genealogy_resources", "none", """Which resources are best for Lithuanian genealogy: the Lithuanian State Historical Archives, FamilySearch, Ellis Island passenger lists, or JewishGen? Short comparison."""),
(H, "resume_advice", "none", """How do I describe a GS-12 program analyst job on a private-sector résumé? Avoid government jargon; give me 4 example bullets with made-up metrics."""),
(H, "medical_general", "none", """What does a colonoscopy prep usually involve, and how long after should I wait to drive? General info only."""),
(H, "hoa_minutes", "none", """Summarise the HOA minutes: budget approved $48,250; reserve study due 2027; streetlight on Maple Grove Way repaired; next meeting January 14 at 7 pm in the clubhouse."""),
(H, "linkedin_famous", "none", """Write a LinkedIn post reflecting on Abraham Lincoln's 'with malice toward none' and Theodore Roosevelt's 'man in the arena' as leadership lessons for public servants."""),
(H, "rental_law", "none", """In Texas, can a landlord require a Social Security number on a rental application, or can I use an ITIN or passport instead? General answer."""),
(H, "password_manager", "none", """Which password manager is best for a family of four - Bitwarden, 1Password or Proton Pass? I want shared vaults and passkey support."""),
]
