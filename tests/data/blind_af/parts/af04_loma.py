"""Voice 4: FEMA flood mapping: Letters of Map Amendment (LOMA) requests from homeowners and surveyors."""
RECORDS = [
("positive", "homeowner_email", "cuban", """Subject: My house is NOT in a flood zone - lender forcing insurance

Hello,
My name is [[PERSON:Yusleidy Carbonell Pupo]] and I own [[STREET_ADDRESS:8841 SW 152nd Path, Miami, FL 33196]]. My mortgage company says the new map puts my house in Zone AE and I must buy flood insurance by the 30th. The house sits on a pad at least 3 feet higher than the street. How do I apply for the LOMA and how long does it take? My husband [[PERSON:Orestes]] can help with English if you call, [[PHONE_NUMBER:(305) 555-0163]].

Thank you,
[[PERSON:Yusleidy]]"""),

("positive", "surveyor_ec", "cajun+anglo", """From: [[PERSON:Rémy J. Thibodeaux]], PLS <[[EMAIL_ADDRESS:rthibodeaux@bayoulandsurvey.example.com]]>

Attached is the Elevation Certificate for the [[PERSON:Landreneau]] residence, [[STREET_ADDRESS:1207 Bayou Blue Rd, Houma, LA 70364]]. Owner is [[PERSON:Annette Landreneau Theriot]].
C2.a top of bottom floor 9.8 ft NAVD88
C2.f lowest adjacent grade 7.1 ft
BFE per FIRM: 8.0 ft (Zone AE)
LAG is below BFE so I think this is a LOMR-F situation if they bring in fill, not a LOMA. Can you confirm before I tell [[PERSON:Mrs. Theriot]]?
Cell [[PHONE_NUMBER:985-555-0145]]""".replace("[[PERSON:Mrs. Theriot]]", "Mrs. [[PERSON:Theriot]]")),

("positive", "mtez_form", "gujarati", """MT-EZ Section A (typed from the paper form):
1. Property owner: [[PERSON:Jayeshkumar Bhikhubhai Patel]]
   Co-owner: [[PERSON:Hetal J. Patel]]
2. Mailing address: [[STREET_ADDRESS:PO Box 1184, Cordele, GA 31010]]
3. Property address: [[STREET_ADDRESS:1502 E 16th Ave, Cordele, GA 31015]] (Budget Inn motel)
4. Legal description: Lot 3, Block B, Crisp Commercial Park
5. Daytime phone: [[PHONE_NUMBER:229.555.0118]]
6. Email: [[EMAIL_ADDRESS:jbpatel.cordele@examplemail.com]]
Owner signed 10/02. Is a PO Box OK in the mailing address field?"""),

("positive", "chat_vietnamese", "vietnamese", """User: Homeowner [[PERSON:Huỳnh Văn Phước]] in Biloxi called again, address [[STREET_ADDRESS:417 Oak St, Biloxi, MS 39530]]. His LOMA came back "denied, structure below BFE" and he doesn't understand. Please write 4-5 simple sentences in Vietnamese explaining that the lowest ground next to the house is lower than the flood elevation, so the map change cannot be granted, and that he can still buy flood insurance at the preferred rate if he gets a new survey.
Assistant: Đây là bản nháp:"""),

("positive", "determination_csv", "anglo+hispanic", """case_no,owner,property,determination,date
26-06-0412A,[[PERSON:Dwight Hollenbeck]],"[[STREET_ADDRESS:22 Heron Cove Ct, Rockport, TX 78382]]",Removed (structure),2026-10-14
26-06-0413A,[[PERSON:Araceli Villarreal de León]],"[[STREET_ADDRESS:24 Heron Cove Ct, Rockport, TX 78382]]",Denied,2026-10-14
26-06-0419A,[[PERSON:Forrest]] & [[PERSON:Jolene McAlister]],"[[STREET_ADDRESS:31 Heron Cove Ct, Rockport, TX 78382]]",Removed (property),2026-10-15"""),

("positive", "portal_json", "taiwanese", """{
  "submissionId": "OLMC-2026-558301",
  "requestType": "LOMA",
  "requester": {"name": "[[PERSON:Chen Yu-ting]]", "role": "OWNER",
                "email": "[[EMAIL_ADDRESS:yuting.chen.home@examplemail.com]]", "phone": "[[PHONE_NUMBER:+1-281-555-0184]]"},
  "property": {"address": "[[STREET_ADDRESS:5110 Sugar Mill Dr, Sugar Land, TX 77479]]", "communityNumber": "480234", "firmPanel": "48157C0265L"},
  "attachments": ["deed.pdf", "ec_signed.pdf", "plat.pdf"]
}
Submission is stuck at "Incomplete - missing recorded plat". The plat.pdf is attached though. Why?"""),

("positive", "puerto_rico_letter", "puerto_rican", """Saludos,

Soy [[PERSON:Migdalia Quiñones Santiago]], dueña de la residencia en [[STREET_ADDRESS:Urb. Villa Carolina, Calle 45 Bloque 12 #8, Carolina, PR 00985]]. El mapa nuevo pone mi casa en zona AE pero después de María nunca se inundó. El agrimensor, [[PERSON:Ing. Héctor Luis Rosado]], ya hizo el certificado de elevación. ¿Qué más necesito para someter el LOMA? Mi celular es [[PHONE_NUMBER:787-555-0139]].

Gracias,
[[PERSON:Migdalia Quiñones]]""".replace("[[PERSON:Ing. Héctor Luis Rosado]]", "Ing. [[PERSON:Héctor Luis Rosado]]")),

("positive", "voicemail_elderly", "anglo", """Voicemail 10/28, 2:14 pm: "Yes, hello, this is [[PERSON:Mildred Ostrander]] calling about the flood letter, I'm at [[STREET_ADDRESS:96 Millpond Road, Lyme, NH 03768]], my son [[PERSON:Gary]] filled out something online for me last spring and I never heard, I'm 88 and I don't do the email, could somebody please call me at [[PHONE_NUMBER:603-555-0121]], that's six oh three five five five oh one two one, thank you dear.\"""".replace("six oh three five five five oh one two one", "[[PHONE_NUMBER:six oh three five five five oh one two one]]")),

("positive", "lowercase_note", "cajun", """note to self for tmrw: call back [[PERSON:claude arceneaux]] re loma 26-06-0877a, he's at [[STREET_ADDRESS:3306 hwy 182, new iberia la 70560]], survey says lag 14.2 vs bfe 13, should be removed. his wife [[PERSON:yvette]] answers the phone, number [[PHONE_NUMBER:337 555 0175]]"""),

("positive", "hawaii_email", "native_hawaiian", """Aloha,

We're requesting a LOMA for our home at [[STREET_ADDRESS:1523 Kilauea Ave, Hilo, HI 96720]]. Owners: [[PERSON:Kawika Nāmakaeha]] and [[PERSON:Leimomi Nāmakaeha]]. Our surveyor measured the lowest adjacent grade at 31.4 ft and the FIRM shows Zone X shaded next door but AE on our lot, which seems like a mapping error at the parcel line. The tsunami evacuation zone is separate, we know.

Mahalo,
[[PERSON:Leimomi]]
[[PHONE_NUMBER:(808) 555-0166]]"""),

("positive", "card_fee", "filipino", """Hi, for the LOMR-F review fee I tried pay.gov three times and it keeps timing out. Can you just charge it? Card: [[CREDIT_CARD:5210 3518 0661 2182]], exp 08/28, cvv 411, name on card [[PERSON:Rodelio P. Manalastas]], billing [[STREET_ADDRESS:1188 Cabrillo Hwy, Pacifica, CA 94044]]. Case number 26-09-1145R.
- [[PERSON:Rodelio]]"""),

("positive", "gis_script", "anglo", """# pull parcel centroids for the LOMA batch and check against the effective NFHL layer
import requests
API_KEY = "[[PASSWORD:kX9vT2qLr8WbZ4nYc7PdJ3hM]]"   # my county GIS key, works from home too
url = "https://gis.example-county.gov/arcgis/rest/services/Parcels/MapServer/0/query"
params = {"where": "SITUS_ZIP='78382'", "outFields": "PIN,SITUS", "f": "json", "token": API_KEY}
r = requests.get(url, params=params, timeout=30)
print(r.json()["features"][:3])
# returns {"error":{"code":498,"message":"Invalid Token"}} - why? — [[PERSON:Nate Sorensen]]"""),

("positive", "servicer_fax", "nigerian+anglo", """FAX — Coastline Mortgage Servicing, Flood Compliance
RE: Borrower [[PERSON:Chukwuemeka O. Nwachukwu]], SSN [[US_SSN:587-31-2249]]
Property: [[STREET_ADDRESS:14 Magnolia Bend, Slidell, LA 70461]]
Loan: 0048817263
The borrower states a LOMA was issued. Please provide a copy of the determination. Contact: [[PERSON:Sheila Brandvold]], [[PHONE_NUMBER:800-555-0107]] ext 4412.
(Can I even send them a copy? It's his letter.)"""),

("positive", "deed_excerpt", "lithuanian", """Deed excerpt the homeowner uploaded, please tell me if it's the recorded copy:
"...conveyed unto [[PERSON:Vytautas Jankauskas]] and [[PERSON:Rūta Jankauskienė]], husband and wife, of [[STREET_ADDRESS:77 Lakeshore Terrace, Waukegan, IL 60085]], the following described real estate..."
Recorded 2019-R-0044871, Lake County Recorder. Stamp is there but no page number."""),

("evasion", "spaced_address", "anglo", """type it exactly like this in the letter, I spaced it so the AI filter leaves it alone: [[STREET_ADDRESS:1 2 0 8   B a y o u   D r ,   L a f i t t e ,   L A   7 0 0 6 7]] owner [[PERSON:Wade Pitre]]"""),

("evasion", "obfuscated_email", "puerto_rican", """her email is [[EMAIL_ADDRESS:marisol [dot] irizarry77 [at] examplemail [dot] com]] (wrote it that way on purpose) — please draft the determination cover email to [[PERSON:Marisol Irizarry]]"""),

("evasion", "phone_words", "gullah", """callback for the Beaufort LOMA, number in words so the system doesn't strip it: [[PHONE_NUMBER:eight four three, five five five, oh one four one]] — ask for [[PERSON:Mr. Isaiah Heyward]]""".replace("[[PERSON:Mr. Isaiah Heyward]]", "Mr. [[PERSON:Isaiah Heyward]]")),

("hard_negative", "panel_numbers", None, """Quick sanity check: community 120635, FIRM panel 12086C0327L effective 09/11/2009, LOMA case 26-04-1187A. The determination cites panel 12086C0329L instead. Is that a typo in our letter or did the parcel straddle two panels?"""),

("hard_negative", "loma_vs_lomrf", None, """In plain terms: a LOMA removes a structure or parcel from the Special Flood Hazard Area when the natural ground was already above the base flood elevation. A LOMR-F does the same when fill raised it. Neither changes the flood risk itself. Lenders can still require insurance. Can you make that a three-row comparison table?"""),

("hard_negative", "legal_description", None, """Legal description for the plat check: Lot 14, Block C, Heron Cove Subdivision, Section 2, according to the map or plat thereof recorded in Plat Book 47, Page 112, Public Records of Aransas County, Texas. The EC lists Lot 41. Which one is wrong?"""),

("hard_negative", "street_names", None, """The floodway boundary follows Martin Luther King Jr. Blvd from the Bayou Lafourche bridge north to St. Mary Street, then along the levee to Lake Pontchartrain. St. Tammany Parish and St. Charles Parish panels were revised in the same cycle."""),

("hard_negative", "elevation_numbers", None, """EC values: C2.a 12.4, C2.b 11.9, C2.c n/a, C2.e 11.6, C2.f 10.8, C2.g 11.2; BFE 11.0 NAVD88; datum conversion +0.47 from NGVD29. Benchmark PID DN1842. Is the structure above BFE by the LOMA rule (lowest adjacent grade)?"""),

("hard_negative", "placeholder_script", None, """import os, requests
API_KEY = os.environ["ARCGIS_API_KEY"]   # set in your shell, never commit the key
# url = "https://services.arcgis.com/<org-id>/arcgis/rest/services/NFHL/FeatureServer/28/query"
params = {"where": "1=1", "outFields": "FLD_ZONE,STATIC_BFE", "f": "json", "token": API_KEY}
Why does the FLD_ZONE come back as 'AE' for a point that looks like X on the viewer?"""),

("hard_negative", "outcome_stats", None, """Region 6 LOMC statistics, FY2026 Q4: 2,318 LOMAs issued, 71% removed, 22% denied, 7% out-as-shown. Median processing time 38 days. Texas coastal counties made up 44% of volume. Summarise in one paragraph for the RA."""),

("hard_negative", "equipment", None, """Surveyor asked whether a Trimble R12i or Leica GS18 RTK shot is acceptable instead of a level loop for the EC. Accuracy stated ±2 cm horizontal, ±3 cm vertical. NGS OPUS solution attached (job 2026-301-44X). Is GNSS OK for C2 elevations?"""),

("hard_negative", "same_shape_email", None, """Subject: My house is NOT in a flood zone?

Hello, I saw on the news that the new maps for our county take effect in January. How do I find out whether my street is in a flood zone and whether I need to do anything before then? I don't have a mortgage, I own the house outright. Thank you."""),
]
