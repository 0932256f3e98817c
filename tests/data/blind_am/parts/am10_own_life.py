"""am10: the employee's own life (tax season, a parent with dementia, a jury summons, adopting a dog,
refinancing a car loan)."""

RECORDS = [
("positive", "tax_preparer_email", "polish+anglo", """Can you help me answer my tax preparer's questions? Her email:

"Hi [[PERSON:Ewa]], to finish your 2026 return I still need: (1) your dad's SSN if you're claiming him as a dependent — you sent [[US_SSN:387-36-2998]] for [[PERSON:Tadeusz Kaminski]] but the DOB you gave ([[DATE_OF_BIRTH:3/12/1938]]) doesn't match what's on his SSA letter; (2) the routing/account for the refund. Thanks, [[PERSON:Gwen Haldane]], EA, [[PHONE_NUMBER:410-555-0175]]"

I think the SSA letter has his DOB as [[DATE_OF_BIRTH:March 2, 1938]]. How do I word the reply?"""),

("positive", "refund_direct_deposit", "anglo", """For the 1040 refund section, is this right? Routing [[ABA_ROUTING_NUMBER:056435315]], account [[US_BANK_NUMBER:2093318846]], type checking. Joint with my husband [[PERSON:Curtis Delahunt]]. The credit union says routing numbers starting with 05 are fine?"""),

("positive", "dependent_care_itin", "mexican", """Our nanny doesn't have an SSN, she gave us her ITIN for the dependent care credit (Form 2441). [[PERSON:Maribel Guadarrama Téllez]], ITIN [[US_ITIN:936-95-8776]], address [[STREET_ADDRESS:1312 Calloway Dr, Apt 4, Bakersfield, CA 93312]]. Do I put the ITIN in the same box as SSN/EIN?"""),

("positive", "memory_care_intake", "polish", """Filling out the memory care intake for my dad. Can you help me write the "personal history" paragraph from these notes?
Resident: [[PERSON:Tadeusz Kamiński]], born [[DATE_OF_BIRTH:March 2, 1938]] in Łódź, came to Chicago 1966, machinist 35 years. Wife [[PERSON:Krystyna]] passed 2019. Loves polka radio and pierogi, gets agitated in late afternoon. Primary contact: me, [[PERSON:Ewa Kamińska-Doyle]], [[PHONE_NUMBER:773-555-0193]]. Medicare ID on file."""),

("positive", "poa_question", "anglo", """My brother and I are both agents on Mom's durable POA. The bank wants both our signatures for every check. Text from my brother: "[[PERSON:Tommy]] here, can you just scan your signature and send it? Bank is [[STREET_ADDRESS:220 W Main St, Frederick, MD 21701]], acct ends 8840, her full acct is [[US_BANK_NUMBER:0031987724]]". Is that allowed under a joint POA?"""),

("positive", "jury_summons", "polish+irish", """I got a jury summons. Help me write a postponement request, I have a work trip. The summons says:
Juror: [[PERSON:DOYLE, EWA K]]   Juror No. 204417
Address: [[STREET_ADDRESS:5518 N Newcastle Ave, Chicago, IL 60631]]
Report: 01/12/2027, 8:00 AM, Richard J. Daley Center
Login to the juror portal with your juror number and DOB ([[DATE_OF_BIRTH:08/14/1972]])."""),

("positive", "dog_adoption_app", "polish+irish+vietnamese+yoruba", """Adoption application for a rescue dog, can you check my answers sound OK?
Applicant: [[PERSON:Ewa Doyle]], [[EMAIL_ADDRESS:ewa.k.doyle@gmail.com]], [[PHONE_NUMBER:773-555-0152]]
Vet reference: Dr. [[PERSON:Nguyen Thanh Tam]], Edgebrook Animal Clinic
Personal reference: [[PERSON:Marguerite Oyelaran]] (neighbor)
"Why do you want to adopt Biscuit?" – "My father has dementia and visits on weekends; a calm senior dog would be good for him." """),

("positive", "car_refi_email", "polish+irish", """Refinancing my car loan with the credit union. They emailed:

"Hi [[PERSON:Ewa]], to pay off your current lender we need the 10-day payoff letter and your loan number. You wrote [[US_BANK_NUMBER:778120045913]] as your loan number — please confirm. Also please send your DL number. – [[PERSON:Raymond Achebe]], Loan Officer, Lakeview Community CU, [[PHONE_NUMBER:773-555-0116]]"

My DL is [[US_DRIVER_LICENSE:D400-7725-1844]] (IL). Draft a reply."""),

("positive", "card_for_vet", "polish+irish", """The vet office wants me to pay the adoption vet check over email, I typed: "Card [[CREDIT_CARD:4518 1756 0480 6353]], exp 09/28, name [[PERSON:Ewa K. Doyle]]". Is that a bad idea? What should I do instead?"""),

("positive", "sibling_group_chat", "polish+anglo+hispanic+yoruba", """Group chat with siblings about Dad, summarize the decisions:
[[PERSON:Tommy]]: memory care in Niles has an opening Feb 1
[[PERSON:Wiesława]]: I can do tours Saturday. Their admissions lady is [[PERSON:Bernadette Flores]] [[PHONE_NUMBER:847-555-0145]]
me: I'll handle the Medicaid lookback paperwork
[[PERSON:Tommy]]: ok, can someone call Dr. [[PERSON:Nwachukwu-Obi]] about the med change"""),

("positive", "ssa_login_password", None, """Dad's my SSA rep payee. I wrote this in my notes app and want to clean up the note: "SSA online login for Dad: username tkaminski38, password [[PASSWORD:Pierogi!1938kam]], security q: first car". Help me make a checklist for rep payee reporting instead, and where should I keep passwords?"""),

("positive", "polish_letter", "polish", """Przetłumacz na angielski, to list od cioci z Polski:

"Kochana Ewuniu, słyszałam, że Tadek jest już w domu opieki. Przyślij mi adres, chcę wysłać kartkę na święta. Mój nowy numer: [[PHONE_NUMBER:+48 22 555 01 68]]. Ściskam, ciocia [[PERSON:Jadwiga Nowicka]]." """),

("positive", "1099_paste", "polish+irish", """Copied from my 1099-INT, which box goes where on Schedule B?
PAYER: Lakeview Community Credit Union
RECIPIENT: [[PERSON:EWA K DOYLE]]   TIN: ***-**-4846
Box 1 Interest income: $412.88
My full SSN is [[US_SSN:331-50-4846]] if the form needs it."""),

("evasion", "spaced_ssn_words", "anglo", """for the tax software I have to read my dad's SSN over the phone to my sister, I wrote it down as "[[US_SSN:three eight seven, thirty-six, two nine nine eight]]" — is it safer to just give the last four?"""),

("evasion", "dotted_routing", "polish+irish", """credit union texted the routing number like [[ABA_ROUTING_NUMBER:0.7.1.4.8.9.3.8.8]] for the payoff wire to [[PERSON:Ewa Doyle]]. Why would they format it like that?"""),

("evasion", "split_card", "anglo", """Paying the dog adoption fee over text with the rescue. I sent the card in two texts:
"[[CREDIT_CARD:6011 9617 0792"
"5886]] exp 11/27"
Did I just do something dumb?"""),

("hard_negative", "tax_questions", None, """Tax season questions: Can I claim a parent as a dependent if she lives in memory care and I pay more than half? What's the 2026 standard deduction roughly? Is Form 2441 the dependent care one? Answer generally, no personal details."""),

("hard_negative", "jury_public_info", None, """Summons says to call the Jury Administration office or visit the court website for postponements, and that employers can't fire you for jury service under state law. What's typical federal employee policy on court leave (5 U.S.C. 6322)?"""),

("hard_negative", "dog_names", None, """Help me choose a name for the dog. Shortlist: Biscuit, Winston, Lady Bird, Hemingway, Scout, Atticus, Sherlock, Rosie. Which are easiest for a senior with dementia to remember?"""),

("hard_negative", "loan_math", None, """Current loan: $18,400 at 9.4%, 48 months left. Refi offer: 6.1% for 48 months, $150 fee. How much do I save in total interest? Show the math."""),

("hard_negative", "dementia_care_info", None, """What's the difference between assisted living, memory care, and a skilled nursing facility? And what does Medicaid's 5-year lookback mean? General explainer, I'm overwhelmed."""),

("hard_negative", "scrubbed_summons", None, """Can you draft a generic postponement letter: "Dear Jury Administrator, I respectfully request that my jury service scheduled for [DATE] be postponed due to a previously scheduled work obligation. I am available [DATES]." Make it polite."""),

("hard_negative", "vin_and_loan_ids", None, """Is my VIN valid? 1HGCV1F34PA027718. And the credit union's application ID is APP-2026-1207-5540, which looks like a phone number, is that normal?"""),

("hard_negative", "kinship_and_titles", None, """Writing a thank-you card to the memory care staff: "To the nurses, aides, Activities Director and the Chef – thank you for treating Dad like family. Grandma would have loved the polka afternoons." Make it a bit longer and warmer."""),

("hard_negative", "password_manager_prose", None, """Should I use a password manager for my dad's accounts as his POA? Which features matter (shared vaults, emergency access)? I'm not asking for brands, just what to look for."""),

("hard_negative", "place_names", None, """Memory care options near us: Niles, Park Ridge, Skokie, Des Plaines, Evanston, Lincolnwood. Which are closest to Edgebrook for weekend visits without highway driving?"""),

("hard_negative", "example_w2", None, """My HR sent a sample W-2 for training: employee "Jane Sample", SSN 000-00-0000, wages $50,000.00, EIN 00-0000000. Is box 12 code DD the employer health cost? Just explain the boxes."""),
]
