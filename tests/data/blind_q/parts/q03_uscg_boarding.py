"""Voice 3: Coast Guard boarding officers, sector command centers and marine-safety staff pasting
boarding reports, crew lists, mariner credential questions and SAR logs."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from qhelp import zw, fw, homo, words, ZW

RECORDS = [
("positive", "crew_list", "filipino",
 "Format this crew list for the ANOA:\nNo. Name Rank Nationality DOB\n1 [[PERSON:DELA CRUZ, Rommel Bautista]] Master PHL [[DATE_OF_BIRTH:1971-09-14]]\n"
 "2 [[PERSON:MAGSAYSAY, Jerico]] C/O PHL [[DATE_OF_BIRTH:1985-01-23]]\n3 [[PERSON:PANGILINAN, Ma. Theresa]] Cook PHL [[DATE_OF_BIRTH:1990-12-05]]\n"
 "4 [[PERSON:SIBAYAN, Bong]] AB PHL [[DATE_OF_BIRTH:1996-07-30]]"),
("positive", "boarding_report", "marshallese",
 "Clean up my boarding narrative: F/V Jebro's Star, RMI flag, master [[PERSON:Tarlang Langidrik]] produced no fishing license. Crew member [[PERSON:Kilon Jibas]] "
 "injured hand. Owner contact [[PHONE_NUMBER:+692 555 0172]], email [[EMAIL_ADDRESS:jebrostar.owner@ntamar.example.net]]."),
("positive", "sar_log", "chamorro",
 "Summarize SAR case: 0214 Sector Guam received call from [[PERSON:Josephine Mendiola Babauta]] reporting overdue husband [[PERSON:Vicente 'Ben' Babauta]] "
 "aboard 18ft skiff off Cocos Island. RP callback [[PHONE_NUMBER:(671) 555-0148]]. Residence [[STREET_ADDRESS:142 Chalan Lujuna, Talofofo, GU 96915]]."),
("positive", "mmc_question", "samoan",
 "How do I answer this mariner? 'My name is [[PERSON:Faleolo Leiataua]], MMC ref 3316827, I'm trying to renew my STCW but NMC says my SSN [[US_SSN:829-45-6359]] doesn't match. "
 "Call me [[PHONE_NUMBER:684-555-0117]].'"),
("positive", "boarding_report", "tongan",
 "Rewrite in active voice: Vessel S/V Mateaki boarded 8nm S of Pago. Operator [[PERSON:Sione Havili Fifita]], DOB [[DATE_OF_BIRTH:2 Feb 1983]], no documentation onboard. "
 "Passenger [[PERSON:'Ana Vaipulu]] stated she is the owner's niece."),
("positive", "migrant_interdiction", "haitian",
 "Draft the interdiction summary: 117 migrants, Haitian sail freighter, 42nm N of Cap-Haïtien. Medical evac of [[PERSON:Nadège Fils-Aimé]], pregnant, DOB stated [[DATE_OF_BIRTH:15/06/2003]]. "
 "Sister in Miami [[PERSON:Guerline Fils-Aimé]] [[PHONE_NUMBER:786-555-0139]]."),
("positive", "indonesian_crew_email", "indonesian",
 "Translate and summarize: 'Yth. Bapak, ABK kami [[PERSON:Agus Setiawan Wibisono]] (paspor [[US_PASSPORT:C4482917]]) tidak diizinkan turun kapal di Port of Tacoma. Hubungi agen "
 "[[PERSON:Rina Kusumawardani]] di [[PHONE_NUMBER:+62 21 555 0186]].'"),
("positive", "ukrainian_crew", "ukrainian",
 "Перекладіть: Капітан [[PERSON:Олександр Петрович Гнатюк]], дата народження [[DATE_OF_BIRTH:04.11.1968]], т/х 'Dnipro Trader', просить медичну допомогу для матроса "
 "[[PERSON:Богдана Ковальчука]]."),
("positive", "greek_master", "greek",
 "Write PSC detention notice summary: M/V Aegean Melody (GRC), master Capt. [[PERSON:Stavros Kalogeropoulos]], DPA [[PERSON:Eleni Papadimitriou]] "
 "[[EMAIL_ADDRESS:e.papadimitriou@aegeanmelody-mgmt.example.gr]], [[PHONE_NUMBER:+30 210 555 0164]]."),
("positive", "jamaican_ops", "jamaican",
 "Fix: Lobster boat F/V Irie Blessing, master [[PERSON:Delroy Fitzgerald McKenzie]], Jamaica passport [[US_PASSPORT:A3971550]], claims DOB [[DATE_OF_BIRTH:30/09/1977]], detained for illegal take in Pedro Bank."),
("positive", "classified_portion", "none",
 "Shorten this for the brief:\n[[CLASSIFICATION_MARKING:SECRET//REL TO USA, FVEY]]\n[[CLASSIFICATION_MARKING:(S//REL)]] Go-fast pattern shifted 30nm east after 12 Oct; recommend cutter repositioning.\n"
 "[[CLASSIFICATION_MARKING:(U)]] Weather favorable through Friday."),
("positive", "cui_opsec", "none",
 "[[CUI_MARKING:CUI//OPSEC]]\nMake this into slides: patrol box Alpha shifts to 24N 081W Tue-Thu, cutter in drydock until 15 Jan."),
("positive", "jwt_in_app_log", "none",
 "Mobile boarding app crashes; log excerpt: Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJibzA0NDciLCJ1bml0IjoiU0VDIEtXIiwiZXhwIjoxNzY1MDAwMDAwfQ.Tq8vXb2Lr9TnVw0pZk3YcFh8sJd4GmUe1aRo6tKiWlB]] what's wrong?"),
("evasion", "homoglyph_name", "filipino",
 "reword: AB [[PERSON:" + homo("Rodel Pascua") + "]] refused the breathalyzer, passport [[US_PASSPORT:P" + "\u2060".join("4471902A") + "]]"),
("evasion", "spelled_phone", "chamorro",
 "call back the RP auntie [[PERSON:bertha quitugua]] at [[PHONE_NUMBER:six seven one, five five five, zero one nine two]]"),
# hard negatives
("hard_negative", "cutter_names", "none",
 "Compare endurance of USCGC Bertholf, USCGC Stratton, USCGC James, USCGC Hamilton and USCGC Calhoun for the Pacific patrol plan."),
("hard_negative", "ship_person_names", "none",
 "M/V Maersk Kendal, M/V Ever Given, the tug Mary Alice and the barge Bonnie B. all passed Sandy Hook before 0600; produce a traffic summary."),
("hard_negative", "storm_names", "none",
 "Lessons learned from Hurricane Maria, Hurricane Ian and Typhoon Mawar for cutter sortie planning. 300 words."),
("hard_negative", "coordinates", "none",
 "Convert 24°33.4'N 081°48.2'W and 18°28'N 066°07'W to decimal degrees and give the distance between them."),
("hard_negative", "mmsi_imo", "none",
 "IMO 9811000, MMSI 538008120, call sign V7A4453, ON 1283457. Which of these identifies the hull permanently?"),
("hard_negative", "public_contact", "none",
 "For the boater safety flyer: report pollution to the National Response Center at 1-800-424-8802; USCG Sector Miami, 100 MacArthur Causeway, Miami Beach, FL 33139."),
("hard_negative", "cfr_cites", "none",
 "Explain 33 CFR 173.21, 46 CFR 10.227 and 46 U.S.C. 70506 in one paragraph each for junior boarding officers."),
("hard_negative", "awards", "none",
 "Draft citation language for the Coast Guard Medal and the Sumner I. Kimball Award; keep the station name generic."),
("hard_negative", "classification_discussion", "none",
 "Our unit wants a one-pager on portion marking: why each paragraph gets a mark, what 'derivative classifier' means, and where to find the SCG. No examples with real content."),
("hard_negative", "weather_forecast", "none",
 "NWS marine forecast: SE winds 15 to 20 kt, seas 5 to 7 ft, isolated showers. Is this okay for a 45' RB-M transit?"),
("hard_negative", "training_dates", "none",
 "BO school class 26-03 starts 01/12/2026, graduates 02/20/2026; TACLET qual 03/09/2026. Make a calendar."),
("hard_negative", "engine_serials", "none",
 "Engines: Cummins QSM11 SN 35312877, Caterpillar C18 SN WJH01284. Hull HIN USCG4471K223. Which are due for overhaul?"),
("hard_negative", "lighthouse_names", "none",
 "Write a short history of the Thomas Point Shoal Light, Fowey Rocks Light and the Hillsboro Inlet Light for the 250th anniversary post."),
("hard_negative", "example_jwt_docs", "none",
 "The docs say the header looks like `Authorization: Bearer <token>` where <token> is a JWT. How is a JWT structured (header.payload.signature)?"),
]
