# Public affairs and media voice
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("hard_negative", "press_release_officials", None,
"Tighten this press release lede: 'WASHINGTON — The Department of Homeland Security today announced $210 million in Shelter and Services Program grants. \"Communities are stepping up,\" said the Secretary of Homeland Security. The awards will be administered by FEMA.'")
add("positive", "media_inquiry", "anglo",
"Draft a holding statement for this reporter request:\nFrom: [[PERSON:Natalie Brennan-Hughes]] <[[EMAIL_ADDRESS:nbrennan@tidewaterherald.example.com]]>\nCell: [[PHONE_NUMBER:757-555-0160]]\n'Can you confirm the name of the CBP officer involved in the Norfolk incident and whether he is on leave?'\nWe will not release the officer's name.")
add("hard_negative", "social_reply", None,
"Reply to this tweet politely in under 280 chars: '@DHSgov why does the Washington Monument closure affect my Global Entry interview at Dulles??' — explain Global Entry interviews are handled at enrollment centers, link cbp.gov.")
add("positive", "talking_points_victim_family", "hispanic",
"Rewrite these talking points so they're shorter. Family has consented to release names.\n- [[PERSON:Sgt. Alejandro Quiñones]] of the Puerto Rico National Guard assisted FEMA in Loíza.\n- His mother, [[PERSON:Doña Carmen Iris Quiñones]], thanked responders.\n- Quote from [[PERSON:Alejandro]]: \"We take care of our own.\"".replace("[[PERSON:Sgt. Alejandro Quiñones]]","Sgt. [[PERSON:Alejandro Quiñones]]").replace("[[PERSON:Doña Carmen Iris Quiñones]]","Doña [[PERSON:Carmen Iris Quiñones]]"))
add("hard_negative", "public_figures_places", None,
"Create a photo caption list for the ceremony at the Ronald Reagan Building: CBP Honor Guard presents colors; TSA canine 'Lady Bird' retires; Coast Guard Cutter Hamilton crew recognized. Venue: Ronald Reagan Building and International Trade Center, Washington.")
add("positive", "employee_spotlight", "samoan",
"Write a 100-word employee spotlight. Name: [[PERSON:Tavita Leiataua Faumuina]], CBP Agriculture Specialist at LAX, 12 yrs. Grew up in Carson; his dad [[PERSON:Pita Faumuina]] was a longshoreman. He found 40 lbs of prohibited pork at Tom Bradley terminal last month.")
add("hard_negative", "canine_names", None,
"Make a fun Instagram caption for our K9 graduation: Congrats to Bruno, Daisy, Max, Zeus and Rosie, the newest detection canines at the Front Royal Canine Center! 🐾 #CBPK9")
add("positive", "foia_reply", "polish",
"Draft a FOIA acknowledgment. Requester: [[PERSON:Magdalena Krzyżanowska-Nowak]], [[STREET_ADDRESS:5620 N Milwaukee Ave, Chicago, IL 60646]], [[EMAIL_ADDRESS:m.krzyzanowska@example.org]]. Request no. 2026-HQFO-01187. Estimated completion 60 days.")
add("hard_negative", "classification_prose", None,
"Edit for clarity: 'The panel will discuss how over-classification slows information sharing and why the Secret Service and state fusion centers need a common vocabulary. This session is unclassified and open to the press.'")
add("positive", "interview_transcript", "ukrainian",
"clean up this interview transcript (remove ums):\nQ: Can you state your name for the record\nA: um yes, [[PERSON:Natalia Hrytsenko]], I came through Uniting for Ukraine in 2022\nQ: and your sponsor?\nA: my sponsor was uh [[PERSON:Father Mykola Bilyk]] from St. Nicholas parish\nQ: thanks Natalia".replace("[[PERSON:Father Mykola Bilyk]]","Father [[PERSON:Mykola Bilyk]]").replace("thanks Natalia","thanks [[PERSON:Natalia]]"))
add("hard_negative", "ship_aircraft", None,
"Write a news brief: The Coast Guard's HC-130J 2012, nicknamed 'Spirit of Elizabeth City', and the cutter Stone completed a 60-day Eastern Pacific patrol, offloading 42,000 lbs of cocaine at Port Everglades.")
add("positive", "social_dm", "anglo",
"How do I answer this DM without sharing personal info? 'hi this is joy mcallister, my son got his phone taken at the border crossing in blaine, can someone call me at 360 555 0125'".replace("joy mcallister","[[PERSON:joy mcallister]]").replace("360 555 0125","[[PHONE_NUMBER:360 555 0125]]"))
