# Voice 4: TSA National Explosives Detection Canine Team Program - handlers, dog health, certification.
# Dogs' names are not PERSON (animals); handlers' names are.
RECORDS = [
("positive", "handler_assignment", "igbo+hispanic+cherokee+vietnamese+cajun",
"""Can you make a clean assignment table from this? New teams out of Lackland class 25-09:
- Sgt. [[PERSON:Marisol Okonkwo-Reyes]] is wrong, she's not military, just [[PERSON:Marisol Okonkwo-Reyes]] -> K9 Bella (GSP, F, 2y) -> MSP checkpoint PSC team
- [[PERSON:Derek Tallchief]] -> K9 Axl (Malinois, M, 3y) -> MSP cargo
- [[PERSON:Pham Quoc Thinh]] -> K9 Juno (Lab, F, 2y) -> DEN checkpoint
Coordinator: [[PERSON:Lorraine Schexnayder]], [[PHONE_NUMBER:210-555-0148]]"""),

("positive", "vet_record", "anglo+danish",
"""Summarize this vet record for the handler's file, plain English:
Patient: "Rocco" (K9-TSA-4471), Labrador Retriever, M/N, 4y
Handler: [[PERSON:Shane Pettigrew]], [[EMAIL_ADDRESS:shane.pettigrew@tsa.dhs.gov]]
Dx: mild otitis externa AD; interdigital cyst L fore. Rx: Otomax BID x7d; soak paw BID.
Fit for duty with light schedule 5 days. Re-check with Dr. [[PERSON:Annika Sorensen]] DVM 12/09."""),

("positive", "certification_results_ssi", "japanese+african_american+romanian+basque",
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]

Annual certification - PHL, 11/18-11/20
Team 1: [[PERSON:Kenji Morrow-Takahashi]] / K9 Zeus - PASS (finds 10/10, 0 false responses)
Team 2: [[PERSON:Latoya Gaither]] / K9 Ruby - FAIL (missed aids in baggage claim search area 4)
Team 3: [[PERSON:Bogdan Petrescu]] / K9 Nico - PASS
Evaluator: [[PERSON:Ignacio Arrieta]]

[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]"""),

("positive", "handler_injury", "samoan+dutch",
"""Write the injury report narrative: handler [[PERSON:Faleolo Sapolu-Tanuvasa]] (DOB [[DATE_OF_BIRTH:1987-09-30]]) was pulled off balance by K9 Diesel during a vehicle screening on 11/12 at the SEA cargo facility and strained his right shoulder. Seen at urgent care, 3 days restricted duty. Supervisor [[PERSON:Kristen Voorhees]] notified same day."""),

("positive", "adoption_retired_dog", "anglo",
"""Retired canine adoption - need a letter to the adopter.
Dog: Gunner, 10y GSD, retired 11/01 (hips)
Adopter: [[PERSON:Brenda Kowalczyk]] (former handler's sister)
Address: [[STREET_ADDRESS:3109 Pecan Hollow Ln, Converse, TX 78109]]
Phone: [[PHONE_NUMBER:(210) 555-0121]]
Please include the care instructions and that TSA no longer covers vet costs."""),

("positive", "training_log_csv", "igbo+lakota+korean+puerto_rican+italian",
"""training minutes, October - which teams are under the 240 min/month requirement?

handler,canine,minutes,aids_used
[[PERSON:Adaeze Okpalaeke]],Lola,310,"TNT, C4, AN"
[[PERSON:Travis Blackhorse]],Ace,205,"smokeless, det cord"
[[PERSON:Hye-jin Moon]],Kira,260,"TNT, AN"
[[PERSON:Ramón Figueroa Ortiz]],Hank,190,"C4"
[[PERSON:Isabella Conti]],Maya,245,"det cord, smokeless\""""),

("positive", "handler_application", "dominican",
"""Review my cover letter for the canine handler job:

"My name is [[PERSON:Yahaira Peña Almonte]] and I have been a TSO at EWR Terminal C for six years. I grew up with dogs in Santo Domingo... Contact: [[EMAIL_ADDRESS:yahaira.pena.a@gmail.com]], [[PHONE_NUMBER:973-555-0111]]."
"""),

("positive", "vaccination_chat", "polish+navajo+palestinian",
"""User: which of my teams are due for rabies boosters? pasting from the vet portal
Zara - handler [[PERSON:Tomasz Wróblewski]] - rabies 12/2022 (3yr)
Bruno - handler [[PERSON:Alisha Begay]] - rabies 01/2024 (3yr)
Koda - handler [[PERSON:Mahmoud Saleh]] - rabies 11/2022 (3yr)
Assistant: Zara and Koda are due now (3-year vaccines given in late 2022). Bruno is due January 2027."""),

("positive", "onboarding_email", "filipino",
"""To: [[EMAIL_ADDRESS:rommel.manalo@tsa.dhs.gov]]
Cc: [[EMAIL_ADDRESS:rhea.delosreyes@tsa.dhs.gov]]
Subject: Welcome to the K9 program

[[PERSON:Rommel]], welcome aboard! Your class at JBSA-Lackland starts Jan 12. [[PERSON:Rhea dela Cruz de los Reyes]] will be your mentor at LAS. Bring your PIV and uniform.

-- can you rewrite this to sound less robotic"""),

("positive", "dog_bite_incident_ssi", "lebanese+anglo",
"""[[CUI_MARKING:(U//SSI)]] Incident summary, ORD T3 checkpoint: passenger [[PERSON:Nadim Khoury]], DOB [[DATE_OF_BIRTH:19-Jan-1962]], reports the passenger screening canine brushed against his bag and nipped his sleeve; no injury. Handler [[PERSON:Corey Linwood]] / K9 Tango. Passenger's phone [[PHONE_NUMBER:847-555-0174]]."""),

("positive", "deployment_schedule_ssi", "gullah+irish+malayali",
"""[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
PSC canine deployment, BWI, week of 12/08 - reformat as a grid (days across, checkpoints down):
Mon A/B [[PERSON:Rolanda Pinckney]] 0500-1330; Tue D/E [[PERSON:Viktor Halloran]] 0530-1400; Wed A [[PERSON:Rolanda Pinckney]] 1200-2030; Thu C [[PERSON:Sunil Menon]] 0500-1330; Fri D/E [[PERSON:Viktor Halloran]] 1000-1830
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520.]]"""),

("positive", "breeder_puppy", "hungarian",
"""Puppy program: foster family update, make it a short newsletter blurb.
Foster: [[PERSON:Zsófia Bárdossy]] and her son [[PERSON:Bence]], Pflugerville TX
Puppy: "Wren", 14 wks, house-trained, loves the vacuum cleaner.
(Do not include her address [[STREET_ADDRESS:1902 Hidalgo Ridge Cv, Pflugerville, TX 78660]] in the newsletter.)"""),

("positive", "fitness_for_duty", "native_hawaiian+chinese",
"""Handler medical: [[PERSON:Keoni Kaleikini]], SSN last four only please -- ugh he sent the whole thing: [[US_SSN:575-31-6628]]. Fitness-for-duty clearance after knee surgery, cleared by Dr. [[PERSON:Lee]] 11/30. Can you write the return-to-duty memo without the SSN?"""),

# evasions
("evasion", "ssi_marking_spaced", "mexican+korean",
"""[[CUI_MARKING:S-E-N-S-I-T-I-V-E  S-E-C-U-R-I-T-Y  I-N-F-O-R-M-A-T-I-O-N]]
posting with dashes so the bot doesn't bounce it. canine coverage at the LAX T4 checkpoint goes down to one team 0200-0430 because [[PERSON:Rafael Domínguez]] is out; [[PERSON:Krystal Ahn]] is covering T7 only. Rewrite as a shift note."""),

("evasion", "handler_name_in_dog_name", "ghanaian",
"""the handler's name is hidden in the dog's entry to be safe lol: "K9 Ruger (handler: [[PERSON:A.k.o.s.u.a  B.o.a.t.e.n.g]]), DOB of handler [[DATE_OF_BIRTH:1⁹⁸⁸-0⁴-1²]]". Is her certification due in Q1?"""),

("evasion", "base64_password", None,
"""The K9 training-aid inventory app password is in base64 so it doesn't show in chat: [[PASSWORD:S245dFJvb20hMjAyNg==]] - can you remind me how to decode it in PowerShell?"""),

# hard negatives
("hard_negative", "dog_names_only", None,
"""Write a fun social post introducing our new puppies: Bella, Max, Duke, Luna, Ranger and Penny. They'll spend the next year with foster families before starting training in San Antonio. Use a paw emoji or two."""),

("hard_negative", "dogs_named_after_people", None,
"""Our puppy program names each litter after airports. This litter: Logan, Dulles, Hobby, Midway and O'Hare (the runt is "Love", after Dallas Love Field). Can you write a one-line announcement for the litter?"""),

("hard_negative", "training_aids_stats", None,
"""Summarize: the program has approximately 1,100 canine teams deployed nationwide, including passenger screening canines (PSC) and explosives detection canines for cargo. Dogs are trained at Joint Base San Antonio-Lackland for 10 to 12 weeks before pairing with a handler for another 10 weeks."""),

("hard_negative", "same_shape_vet", None,
"""Summarize this general vet guidance for the handler's manual, plain English:
Otitis externa: clean ears weekly, dry after swimming. Interdigital cysts: check paws after each deployment on salted surfaces. Rx per DVM only. Fit for duty on light schedule if the dog shows no lameness. Re-check at 2 weeks."""),

("hard_negative", "ssi_lowercase_benefits", None,
"""A handler asked whether she must report her mother's SSI payments on the background update. Does Supplemental Security Income received by a parent matter for her SF-86 reinvestigation? Just a general answer please."""),

("hard_negative", "breed_registry", None,
"""Pedigree numbers for the new breeding dogs, which registry format is this? AKC SR98213405, FCI 4471/2023, microchip 985141002356871. Sire: "Vom Haus Eichendorff Arko". Dam: "Kaja z Pohoří"."""),

("hard_negative", "ssi_training_quote", None,
"""In our new-handler training slide on handling sensitive documents, we explain that screening schedules are marked as SSI and carry a warning statement citing 49 CFR part 1520. Can you reword that sentence to be clearer for new hires? Don't quote the full statement."""),

("hard_negative", "kennel_config", None,
"""Kennel HVAC controller config, why is zone 3 alarming?

zone3:
  setpoint_f: 68
  humidity_max: 55
  alarm_contact: ${KENNEL_ALARM_EMAIL}
  api_token: <set-in-vault>
  sensors: [t3a, t3b, rh3]"""),

("hard_negative", "kong_order", None,
"""Order form for the quarter: 40 KONG Extreme (L), 25 tug toys, 12 Ruffwear harnesses size M, 8 cases Purina Pro Plan Sport 30/20. PO 70T05025P7NK0011. Ship to the training center receiving dock."""),
]
