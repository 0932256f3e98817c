"""Voice 4: TSA officers, supervisors and FAMs pasting screening incident write-ups, PreCheck/KTN
questions, complaint replies and SSI-marked material."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from qhelp import zw, fw, homo, words, ZW

SSI = ("WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. "
       "No part of this record may be disclosed to persons without a \"need to know\", as defined in 49 CFR parts 15 and 1520, "
       "except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.")

RECORDS = [
("positive", "incident_writeup", "korean",
 "Make this PIR sound professional: At checkpoint B, ATL, pax [[PERSON:Seo-yeon Hwang]] (KTN [[KNOWN_TRAVELER_NUMBER:TT3945565]]) had a replica grenade in carry-on. "
 "Traveling with husband [[PERSON:Hwang Jae-won]]. Cell [[PHONE_NUMBER:(404) 555-0163]]. LEO notified."),
("positive", "complaint_reply", "japanese",
 "Draft reply to this complaint: 'My mother [[PERSON:Michiko Arakawa]] (age 84, born [[DATE_OF_BIRTH:February 9, 1941]]) was patted down at SFO in front of everyone. "
 "— [[PERSON:Kenji Arakawa-Lund]], [[EMAIL_ADDRESS:kenji.arakawalund@gmail.com]]'"),
("positive", "incident_writeup", "nigerian_yoruba",
 "Rewrite: TSO [[PERSON:Olumide Adebayo-Fashola]] found a loaded .380 in bag of pax [[PERSON:Temitope Ogunleye]], DL GA [[US_DRIVER_LICENSE:058213774]], "
 "address on DL [[STREET_ADDRESS:3190 Old Fairburn Rd SW, Atlanta, GA 30331]]. APD case 25-118842."),
("positive", "redress_note", "nigerian_igbo",
 "Help me summarize: traveler [[PERSON:Chukwuemeka Obiora Nwosu]] repeatedly SSSS. Redress control no. 2208814. Passport NGA [[US_PASSPORT:A09921745]], DOB [[DATE_OF_BIRTH:1979-03-28]]. "
 "Wants callback on [[PHONE_NUMBER:+234 803 555 0171]]."),
("positive", "precheck_email", "ghanaian",
 "Can you reply to this: 'Hi, I'm [[PERSON:Abena Oforiwaa Mensah]], my KTN [[KNOWN_TRAVELER_NUMBER:982823870]] isn't printing on boarding passes. My DOB on file is "
 "[[DATE_OF_BIRTH:11 Dec 1990]].' Tell her to check the airline profile."),
("positive", "fam_mission_note", "israeli",
 "[[CUI_MARKING:" + SSI + "]]\nSummarize: FAM team lead [[PERSON:Yael Ben-Ami]] requests 2 seats on DL 234 ATL-TLV for 12/14."),
("positive", "ssi_portion", "irish",
 "shorten:\n[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]\nCheckpoint 3 AIT down, lanes consolidated. Lead TSO [[PERSON:Siobhán Ní Chonchúir]] reassigned to exit lane."),
("positive", "credential_badge", "polish",
 "Badge office notes, make a table: [[PERSON:Grzegorz Wójcik]] SIDA badge expired, SSN last four only on file. [[PERSON:Małgorzata Przybyłowska]] needs new fingerprints, "
 "EDIPI [[DOD_EDIPI:1189050587]] (military spouse)."),
("positive", "pat_down_complaint", "pakistani",
 "Translate from Urdu-English mix: 'Mera naam [[PERSON:Muhammad Usman Siddiqui Awan]] hai, date of birth [[DATE_OF_BIRTH:17-07-1986]], IAH pe meri beti [[PERSON:Areeba]] ki search bohat rude thi.'"),
("positive", "checkpoint_cc", "anglo",
 "Pax left credit card at divest, write the found-property log: card [[CREDIT_CARD:5399-3502-1957-3778]], name on card [[PERSON:BRANDON T HOLLENBECK]]."),
("positive", "teams_chat", "korean/anglo",
 "summarize this chat:\n[09:14] [[PERSON:Min-jun Kwak]]: anyone have the ATL lane schedule\n[09:15] [[PERSON:Tricia Vandermeer]]: here [[PHONE_NUMBER:470-555-0112]] call me\n"
 "[09:16] [[PERSON:Min-jun Kwak]]: shared drive login is tsa_atl_ops / [[PASSWORD:Peach$tate19]]"),
("evasion", "ktn_spaced", "korean",
 "traveler [[PERSON:Ji-ho Baek]] says KTN is [[KNOWN_TRAVELER_NUMBER:9 8 3 7 5 2 5 4]] — does that look right?"),
("evasion", "ssi_markdown", "none",
 "condense:\n[[CUI_MARKING:**SENSITIVE** _SECURITY_ **INFORMATION**]]\nscreening lanes at D will use the alternate resolution protocol on Tuesdays."),
("evasion", "b64_dl", "nigerian_yoruba",
 "decode and check this: [[PERSON:Kehinde Alabi]] DL b64 [[US_DRIVER_LICENSE:" + __import__('base64').b64encode(b"TX 31884527").decode() + "]]"),
# hard negatives
("hard_negative", "ssi_benefits", "none",
 "My father gets SSI (Supplemental Security Income) and wants to know if TSA Cares can help him through the checkpoint with a wheelchair. Draft a friendly reply."),
("hard_negative", "ssi_about", "none",
 "Explain to new hires what Sensitive Security Information is, who decides it, and why screening procedures are protected. No marked text."),
("hard_negative", "airport_names", "none",
 "Throughput at Hartsfield-Jackson, John F. Kennedy International, Ronald Reagan Washington National, George Bush Intercontinental, O'Hare and Logan: make a bar chart."),
("hard_negative", "public_contact", "none",
 "Add to FAQ: TSA Contact Center 866-289-9673; TSA Cares 855-787-2227; TSA headquarters, 6595 Springfield Center Drive, Springfield, VA 20598."),
("hard_negative", "prohibited_items", "none",
 "Is a 4-inch knife allowed? What about 3.4 oz liquids, bear spray, lithium batteries over 100 Wh? Answer like the MyTSA app."),
("hard_negative", "flight_numbers", "none",
 "UA1187 gate C14, DL2231 gate B22, AA1609 gate D3; queue times 17, 22, 9 min. Which gate needs more officers?"),
("hard_negative", "ktn_placeholder", "none",
 "Form help text: Known Traveler Number (KTN): enter the 9-character number from your approval letter, e.g. 15XXXXXXX. Do not enter your passport number."),
("hard_negative", "words_names_objects", "none",
 "The Rapiscan 620DV, the Smiths CT Mk2, and the 'Jack' test kit (we call it Jack) are all due calibration. Also the Billy Bob bollard crew needs lunch."),
("hard_negative", "dates_hours", "none",
 "Checkpoint hours change 11/03/2025 and 03/08/2026 (DST). Lane 4 closed 12/24-12/26. Make a sign."),
("hard_negative", "secret_prose", "none",
 "A pax said she had a 'secret' recipe sauce in her bag; 12 oz. Also a Secret deodorant stick. Do either go in a 3-1-1 bag?"),
("hard_negative", "case_law_tsa", "none",
 "Summarize Vanderklok v. United States (3d Cir. 2017) and Pellegrino v. TSA (3d Cir. 2019) on officer liability."),
("hard_negative", "statistics", "none",
 "Record day: 3,088,836 people screened on 6/22/2025; 6,678 firearms found in CY2024. Draft 2 sentences for a press release."),
("hard_negative", "award_names", "none",
 "Nominate the team for the Administrator's Award for Excellence and the Mary Ann Bishop Customer Service award; write 100 words."),
]

RECORDS += [
("positive", "ssi_watchlist_pax", "zimbabwean_shona",
 "[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]\nSelectee pax for DL 200 tonight: [[PERSON:Tendai Chidzikwe]], [[PERSON:Rutendo Mhlanga-Moyo]]. Draft briefing for the lane lead.\n"
 "[[CUI_MARKING:" + SSI + "]]"),
("positive", "lowercase_complaint", "ivorian",
 "reply to koffi: 'hi its [[PERSON:koffi yao kouassi]], they took my shea butter at IAD, my wife [[PERSON:adjoua kouassi]] too'"),
]
