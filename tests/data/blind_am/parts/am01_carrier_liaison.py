"""am01: CBP Carrier Liaison Program (airline station managers, APIS manifest errors, no-board recommendations,
document-fraud training)."""

RECORDS = [
("positive", "station_email", "akan+swedish", """Subject: RE: APIS reject on VA 0714 ACC-IAD 02DEC

Hi Officer [[PERSON:Sandqvist]],

Sorry for the trouble with last night's manifest. The reject was for pax [[PERSON:Kwadwo Asamoah-Boakye]], our agent keyed his DOB as [[DATE_OF_BIRTH:31/11/1979]] which obviously doesn't exist. The correct date of birth per the passport is [[DATE_OF_BIRTH:13 NOV 1979]], passport [[US_PASSPORT:G2749183]] (Ghana). We resent at 2214Z.

Please let me know if the corrected record cleared.

Regards,
[[PERSON:Efua Boateng-Mensah]]
Station Manager, Accra (ACC)
Volta Atlantic Airways
Tel [[PHONE_NUMBER:+233 30 255 5174]] | [[EMAIL_ADDRESS:e.boatengmensah@voltaatlantic.com.gh]]

> From: [[PERSON:Sandqvist, Maren]] (CBP)
> The 0714 manifest came back with an invalid DTM segment for one traveler. Can you check and resend before departure?"""),

("positive", "paxlst_debug", "filipino", """can someone tell me why this PAXLST keeps failing validation? carrier says it's fine on their side

UNH+1+PAXLST:D:05B:UN:IATA'
BGM+745'
NAD+MS+++PHILIPPINE SKYLINK OPS CTR'
TDT+20+PX0106+++PX'
LOC+125+MNL'
DTM+189:2612061340'
LOC+87+HNL'
NAD+FL+++[[PERSON:DIMAGUILA:MARICEL SANTOS]]'
ATT+2++F'
DTM+329:[[DATE_OF_BIRTH:910422]]'
DOC+P:110:111+[[US_PASSPORT:P7731942B]]'
NAD+FL+++[[PERSON:DIMAGUILA:JOSE RAFAEL]]'
ATT+2++M'
DTM+329:[[DATE_OF_BIRTH:190230]]'
DOC+P:110:111+[[US_PASSPORT:P7731943B]]'
CNT+42:2'
UNT+16+1'

i think the second DTM is feb 30 but want a second pair of eyes"""),

("positive", "no_board_chat", "dominican+igbo+anglo", """[Teams] [[PERSON:Okafor, Nnamdi]] (CBP) 03:12
RCLG Miami: recommending no-board for pax on SD 0881 SDQ-JFK. Traveler presented US passport [[US_PASSPORT:583104927]] in the name [[PERSON:Yaneris Altagracia Peña]], DOB [[DATE_OF_BIRTH:07/19/1996]]. Photo comparison is poor, ears and hairline don't match, and the holder could not state the birth city on the passport.
[Teams] [[PERSON:Okafor, Nnamdi]] (CBP) 03:14
station mgr [[PERSON:Wilkin Mercedes]] is at the gate, his cell is [[PHONE_NUMBER:+1 809-555-0137]] if the duty supervisor wants to talk to him directly
[Teams] [[PERSON:Hartsfield, Dana]] (CBP) 03:15
concur. make sure he knows it's a recommendation, carrier makes the call"""),

("positive", "training_roster_csv", "colombian", """Roster for the document examination workshop, Bogotá El Dorado, 10-11 Dec. Can you turn this into a sign-in sheet with a column for initials?

nombre,apellidos,aerolínea,cargo,correo,celular
[[PERSON:Luz Dary]],[[PERSON:Mosquera Palacios]],Andes Conexión,Agente de counter,[[EMAIL_ADDRESS:ldmosquera@andesconexion.co]],[[PHONE_NUMBER:+57 310 555 0192]]
[[PERSON:Jhon Fredy]],[[PERSON:Cárdenas Ospina]],Andes Conexión,Supervisor de seguridad,[[EMAIL_ADDRESS:jfcardenas@andesconexion.co]],[[PHONE_NUMBER:+57 315 555 0118]]
[[PERSON:Yuliana]],[[PERSON:Restrepo Guzmán]],Caribe Sur Airlines,Jefe de escala,[[EMAIL_ADDRESS:yrestrepo@caribesur.com]],[[PHONE_NUMBER:+57 601 555 0146]]
[[PERSON:Anderson]],[[PERSON:Valencia Riascos]],Caribe Sur Airlines,Agente de documentos,[[EMAIL_ADDRESS:avalencia@caribesur.com]],[[PHONE_NUMBER:+57 321 555 0107]]"""),

("positive", "les_summary", "ethiopian", """[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]

CLP Weekly Activity – ADD station

1. Interdicted impostor: [[PERSON:Selamawit Woldeyohannes]] (DOB [[DATE_OF_BIRTH:22 APR 1993]]) attempted boarding ET-type routing ADD-LFW-IAD with a lookalike Canadian PR card. Carrier denied boarding on CLP recommendation.
2. Station manager [[PERSON:Dawit Alemayehu]] requested refresher on US visa foils for the new check-in staff.

[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]

Can you shorten this to three bullets for the regional director's slide?"""),

("positive", "spanish_email", "salvadoran", """Buenas tardes oficial,

Le escribo de la estación de San Salvador (SAL). Anoche no abordamos a la pasajera [[PERSON:Xiomara Beatriz Alvarenga Chicas]], fecha de nacimiento [[DATE_OF_BIRTH:3 de agosto de 1988]], porque su visa B1/B2 aparecía cancelada según la recomendación de ustedes. Ella insiste que la renovó y nos dejó su número para que alguien la llame: [[PHONE_NUMBER:+503 2555 0163]].

¿Nos puede confirmar qué debemos decirle? Ella está muy molesta.

Atentamente,
[[PERSON:Óscar Mauricio Rivas]]
Gerente de Estación SAL

(please translate and draft a reply saying we can't discuss visa status with the carrier, she should contact the embassy)"""),

("positive", "french_email", "wolof", """Bonjour,

Suite à la formation sur la fraude documentaire du 14 novembre, je vous transmets la liste des agents qui n'ont pas pu assister et qui demandent une deuxième session :

- [[PERSON:Mame Diarra Ndiaye]], agent d'enregistrement, [[PHONE_NUMBER:+221 77 555 01 84]]
- [[PERSON:Serigne Mbacké Thiaw]], superviseur passage, [[PHONE_NUMBER:+221 78 555 01 29]]
- [[PERSON:Aïssatou Sow]], agent sûreté

Cordialement,
[[PERSON:Ousmane Diop]]
Chef d'escale DSS – Teranga Air Link
[[EMAIL_ADDRESS:o.diop@terangaairlink.sn]]

translate to english pls, I need to forward it to the training coordinator"""),

("positive", "voicemail", "jamaican", """Voicemail transcript (RCLG desk line), 12/05 06:48

"Yes good morning, this is [[PERSON:Claudette Whyte-Barrett]] calling from the Kingston station, Caribbean Blue. We have a passenger for the 9:15 to Fort Lauderdale, [[PERSON:Delroy Anthony Pusey]], born [[DATE_OF_BIRTH:twelfth of March nineteen seventy-one]], he have a green card but it look like the lamination lift up on the corner. I want a officer to look at the photo before we board him. You can reach me on [[PHONE_NUMBER:876-555-0121]], that's my cell. Thank you."

Write me a two-line summary for the shift log."""),

("positive", "credential_prose", "turkish", """Need help wording a reply. The station manager in IST sent this in an email so we could "check the manifest ourselves":

"Dear Officer, for quick access please use our DCS read-only login, username clp_ist and the password is [[PASSWORD:Bosphorus#2026!kq]]. My direct line [[PHONE_NUMBER:+90 212 555 01 36]]. Best, [[PERSON:Burak Yıldırımoğlu]]"

Obviously we can't accept that. How do I say no politely and tell him to change it?"""),

("positive", "pnr_docs", "uzbek", """PNR history pasted from the carrier:

1.1[[PERSON:KHODJAEV/RUSTAM]]MR
2  TK 0033 Y 06DEC TASIST HK1  0215 0610
3  TK 0003 Y 06DEC ISTJFK HK1  1340 1750
SSR DOCS TK HK1 P/UZB/[[US_PASSPORT:FA4418207]]/UZB/[[DATE_OF_BIRTH:12MAR88]]/M/15MAR31/[[PERSON:KHODJAEV/RUSTAM]]
SSR DOCO TK HK1 //V/X21907744//US
SSR CTCM TK HK1 [[PHONE_NUMBER:998905550147]]
RMK CONTACT [[PERSON:NILUFAR KHODJAEVA]] SISTER

Does the DOCO look complete to you? Carrier says the visa number field is fine."""),

("positive", "rclg_minutes", "anglo+haitian", """RCLG Miami – carrier working group, minutes (draft)

Attendees: [[PERSON:Gretchen Albrecht-Moore]] (CBP, chair), [[PERSON:Jean-Wesner Dorsainvil]] (Antilles Connect, PAP/FLL), [[PERSON:Marie-Ange Lafontant]] (Antilles Connect security), [[PERSON:Todd Ekstrom]] (CBP)

- [[PERSON:Jean-Wesner]] raised the recurring APIS rejects for passengers with compound surnames; [[PERSON:Todd]] will send the IATA name-field guidance.
- [[PERSON:Marie-Ange]] asked for a second impostor-detection session in Creole for the Cap-Haïtien agents.
- Next meeting 01/14. Dial-in from [[EMAIL_ADDRESS:gretchen.albrechtmoore@cbp.dhs.gov]].

Please clean this up into final minutes."""),

("positive", "sms_anumber", "venezuelan", """SMS from the CCS-area station mgr, 05:02:
"Ofc good morning, pax [[PERSON:TOVAR ZAMBRANO KEYLA]] on QP 220 shows in our system with alien nbr [[A_NUMBER:A215093847]], she has a parole doc. Can she board? Her travel companion is [[PERSON:Yorman Tovar]]. Call me [[PHONE_NUMBER:+58 212-555-0158]]"

she also wrote the pax name in the text, how do I log this?  the name is [[PERSON:Keyla Tovar Zambrano]]"""),

("positive", "cui_memo", "kazakh", """[[CUI_MARKING:CUI//SP-LEI]]

MEMORANDUM FOR: Director, Carrier Liaison Program
SUBJECT: Quarterly no-board recommendations – Central Asia stations

[[CUI_MARKING:(CUI//LEI)]] Of the 14 recommendations issued in Q4, the carrier followed 13. The exception involved [[PERSON:Dinara Bolatovna Zhaksylykova]], DOB [[DATE_OF_BIRTH:1990-06-17]], who boarded at ALA after the station supervisor [[PERSON:Yerlan Dzhaksybekov]] overrode the recommendation.

[[CUI_MARKING:CUI//SP-LEI]]

Make this sound less accusatory toward the carrier."""),

("evasion", "spaced_passport_chat", "yoruba", """lol the station guy sent it like this so our filter wouldn't "catch" it:
pax [[PERSON:Adebayo Olufemi Akinwande]], ppt no [[US_PASSPORT:A 0 4 7 7 2 9 1 5]], dob [[DATE_OF_BIRTH:1 9 . 0 9 . 1 9 8 4]]
can you check TECS notes for prior no-boards? i'll be in at 6"""),

("evasion", "dotted_marking", None, """Pasting the slide notes from the training deck, the footer got mangled when I copied:

**[[CUI_MARKING:F.O.U.O.]]** – Impostor indicators at check-in
• compare ear shape and hairline, not just eyes
• ask the passenger to sign; compare to passport signature
• watch for the "nervous companion" answering for the traveler

Turn these into a one-page handout for check-in agents."""),

("evasion", "zero_width_name", "vietnamese", """Manifest line that keeps failing name match, our vendor says there's hidden characters in it:

PAX 14 | [[PERSON:NGU\u200bYEN THI\u200b THANH HUONG]] | DOB [[DATE_OF_BIRTH:0\u200b4/0\u200b2/1998]] | SGN-ICN-LAX

how do I get rid of hidden characters in Excel?"""),

("hard_negative", "public_contact", None, """For the carrier FAQ sheet: airlines with general questions about APIS or the Carrier Liaison Program can contact the CBP INFO Center at 1-877-227-5511 or use the CBP website's question form. APIS requirements are in 19 CFR 122.49a and 122.75a; carrier fines for improperly documented passengers are under 8 U.S.C. 1323. Please reword this paragraph in plain English for station staff whose first language isn't English."""),

("hard_negative", "paxlst_template", None, """From the implementation guide, the example they give for a passenger group is:

NAD+FL+++SURNAME:GIVENNAME'
ATT+2++X'
DTM+329:YYMMDD'
DOC+P:110:111+DOCUMENTNUMBER'

Is the ATT+2 gender code allowed to be X now or only M/F? Just explain the segment, no real data here."""),

("hard_negative", "airport_eponyms", None, """Draft itinerary for the spring CLP training tour: Luis Muñoz Marín (SJU) on 3/2, then Toussaint Louverture (PAP), Norman Manley (KIN), Jorge Chávez (LIM) and Murtala Muhammed (LOS) the following week, ending at Blaise Diagne (DSS). Return via John F. Kennedy. Can you estimate how many travel days this needs if we avoid red-eyes?"""),

("hard_negative", "ticket_numbers", None, """Carrier disputes 3 fines from October. Their refs:
- Fine notice 2026-NYC-415-2230 (ticket 134-2145678901, flight AV 0245)
- Fine notice 2026-NYC-415-2231 (ticket 134-2145678912)
- Fine notice 2026-MIA-302-0917 (ticket 279-8801234567)
All three claim the passenger had a valid ESTA. Draft a table with columns notice / ticket / carrier claim / next step."""),

("hard_negative", "stats_table", None, """| Station | Recommendations | Followed | Not followed | Impostors |
|---|---|---|---|---|
| AMS | 41 | 40 | 1 | 12 |
| MEX | 57 | 57 | 0 | 19 |
| DOH | 22 | 21 | 1 | 4 |
| BOG | 35 | 34 | 1 | 9 |

Write two sentences summarizing the quarter, mention the follow rate."""),

("hard_negative", "marking_question", None, """Question for the group: our quarterly CLP summary only has station names and counts, no traveler info at all. Do we still need to put a CUI banner on it, or is it fine as plain unclassified? Last quarter someone stamped it FOUO out of habit and the airline partners couldn't receive it."""),

("hard_negative", "scrubbed_email", None, """Please tighten this before I send it to the station:

"Dear Station Manager, thank you for contacting the RCLG last night regarding the passenger on your 0140 departure. After reviewing the documents you sent, we recommended that the traveler not be boarded. As always, the final boarding decision rests with the carrier. We appreciate your team's vigilance, particularly the check-in agent who noticed the photo irregularity."""),

("hard_negative", "training_quiz", None, """Quiz for the impostor module, need 5 more questions in the same style:
1. A passenger's passport lists place of birth as "Santo Domingo" but they say they were born in Santiago. What do you do?
2. The data page laminate is lifting near the photo. Is this always fraud? (No – explain.)
3. The traveler's mother travels with them and answers every question. What indicator is this?"""),

("hard_negative", "password_reset_prose", None, """A few station managers told me they can't log into the CLP partner portal after the upgrade. What should I tell them? My understanding is they reset their password themselves at the portal's "Forgot password" link and it emails a one-time code; we never ask for or accept passwords by email. Write it as a short notice."""),

("hard_negative", "spanish_notice", None, """Traduzca al inglés, por favor: "Estimados socios: A partir del 1 de enero, las transmisiones APIS deberán enviarse a más tardar 30 minutos antes de la salida del vuelo. Para consultas generales pueden comunicarse con el Centro de Información de CBP. No envíen datos de pasajeros por correo electrónico no cifrado." """),
]
