# Employees' own tasks done at work
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("positive", "resume", "nigerian",
"Make my resume header look modern:\nOLUWASEUN ADEKUNLE-JOHNSON\n[[STREET_ADDRESS:1127 Hampton Ridge Dr, Fort Worth, TX 76120]] · [[PHONE_NUMBER:817-555-0109]] · [[EMAIL_ADDRESS:seun.adekunle.j@example.com]]\nCBP Officer → seeking Supervisory role".replace("OLUWASEUN ADEKUNLE-JOHNSON","[[PERSON:OLUWASEUN ADEKUNLE-JOHNSON]]"))
add("positive", "school_form", "hispanic",
"Help me fill the school emergency contact form in a neat paragraph. Student: [[PERSON:Sofía Valentina Herrera]], DOB [[DATE_OF_BIRTH:06/30/2016]], 4th grade. Parent: [[PERSON:Daniel Herrera]] [[PHONE_NUMBER:(210) 555-0172]]. Emergency contact: grandma [[PERSON:Rosa Elvira Cantú]] [[PHONE_NUMBER:(210) 555-0135]].")
add("positive", "landlord_letter", "indian",
"write a firm but polite letter to my landlord about the broken heater. I'm [[PERSON:Priyanka Kulkarni]], unit at [[STREET_ADDRESS:4410 Fairfax Dr Apt 817, Arlington, VA 22203]]. Landlord is [[PERSON:Mr. Greg Halvorsen]]. Reported it on 11/14 and 11/21.".replace("[[PERSON:Mr. Greg Halvorsen]]","Mr. [[PERSON:Greg Halvorsen]]"))
add("hard_negative", "leave_generic", None,
"Write a short email to my supervisor requesting 2 days of annual leave (Dec 22–23) for a family event. Keep it professional, mention my work will be covered by the team lead.")
add("positive", "medical_appt", "korean",
"Translate into Korean for my mom: 'Your appointment with Dr. Kang is on Thursday at 10:30. Bring your insurance card. Your member ID starts with W and your date of birth on file is 11/05/1952.'".replace("Dr. Kang","Dr. [[PERSON:Kang]]").replace("11/05/1952","[[DATE_OF_BIRTH:11/05/1952]]"))
add("positive", "tax_help", "anglo",
"Is this right for the W-4? Me: [[PERSON:Jessica Marie Dunleavy]], SSN [[US_SSN:387-41-6652]], married filing jointly, spouse [[PERSON:Wade Dunleavy]] SSN [[US_SSN:392-08-1147]]. 2 kids under 17.")
add("hard_negative", "recipe", None,
"Scale this recipe to 40 people for the office potluck: Grandma's Texas chili — 2 lb ground beef, 1 can Bush's kidney beans, 2 tbsp Williams chili seasoning, 1 jar Pace picante, 1 Vidalia onion.")
add("positive", "venmo_card", "filipino",
"my card got declined for the office party order, can u help me write to the bank? Card [[CREDIT_CARD:4539 1488 0343 6467]], name on card [[PERSON:ROMMEL A DIZON]]. Transaction $212.40 on 12/2 at PartyCity.")
add("hard_negative", "credit_card_invalid", None,
"In our QA environment, the payment form accepts '4111 1111 1111 1112' even though it fails the Luhn check. Write a bug report with steps to reproduce and expected behavior.")
add("positive", "reference_letter", "vietnamese",
"Draft a reference letter for my former intern [[PERSON:Duong Minh Thu]] (goes by \"[[PERSON:Thu]]\"), she's applying to GMU's MPA program. Her email [[EMAIL_ADDRESS:thu.duong@example.edu]]. I'm her supervisor at TSA HQ.")
add("positive", "car_sale", "russian",
"help me write a bill of sale for my old car: seller [[PERSON:Anastasia Zhuravleva]], buyer [[PERSON:Igor Petrenko]], 2015 Honda Civic VIN 19XFB2F59FE201847, price $7,800, buyer DL (NY) [[US_DRIVER_LICENSE:738 215 904]].")
add("hard_negative", "daycare", None,
"Compare these 3 daycares near the Nebraska Ave Complex in a table: Little Sprouts Learning Center, Bright Horizons at Tenleytown, Kiddie Academy of Chevy Chase. Columns: hours, price, distance.")
add("positive", "wedding_invite", "arabic",
"Help me word a wedding RSVP reminder text: 'Salam! Reminder to RSVP for Omar & Rahaf's wedding by Dec 15 — text Fatima at 703-555-0148 😊'".replace("Omar & Rahaf","[[PERSON:Omar]] & [[PERSON:Rahaf]]").replace("text Fatima","text [[PERSON:Fatima]]").replace("703-555-0148","[[PHONE_NUMBER:703-555-0148]]"))
add("positive", "passport_renewal", "anglo",
"Check this DS-82 info before I mail it: [[PERSON:Bradley Joseph Kowal]], passport no. [[US_PASSPORT:A04837165]], DOB [[DATE_OF_BIRTH:1983/02/11]], mailing address [[STREET_ADDRESS:PSC 802 Box 2317, APO AE 09499]].")
add("hard_negative", "doctor_building", None,
"Directions from the Ronald Reagan Building to the Walter Reed campus by Metro? I have a 2pm meeting at the Martin Luther King Jr. Library on the way. Fastest route please.")
