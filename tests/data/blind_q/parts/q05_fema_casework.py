"""Voice 5: FEMA disaster case managers, IA call-centre staff and recovery planners pasting case notes,
direct-deposit fixes, shelter rosters and damage-assessment sheets."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from qhelp import zw, fw, homo, words, ZW

RECORDS = [
("positive", "case_note", "vietnamese",
 "Make this case note clearer: Applicant [[PERSON:Lương Thị Hồng Diễm]] (reg # 471-882-019), DOB [[DATE_OF_BIRTH:05/21/1962]], damaged dwelling at "
 "[[STREET_ADDRESS:2207 Ruelle Dr, Port Arthur, TX 77642]]. Son [[PERSON:Tony Nguyen]] translates, [[PHONE_NUMBER:(409) 555-0155]]. Needs Vietnamese-speaking inspector."),
("positive", "direct_deposit_fix", "hmong",
 "Applicant called to change direct deposit, write the note: [[PERSON:Pa Houa Vang]], routing [[ABA_ROUTING_NUMBER:221190540]], checking [[US_BANK_NUMBER:7730019845]], "
 "last 4 SSN only verified. Husband [[PERSON:Tou Lee Xiong]] co-applicant."),
("positive", "shelter_roster_csv", "lao",
 "dedupe this roster:\nlast,first,dob,shelter\n[[PERSON:Phommachanh]],[[PERSON:Souksavanh]],[[DATE_OF_BIRTH:1955-04-09]],Lake Charles Civic\n"
 "[[PERSON:Inthavong]],[[PERSON:Khamla]],[[DATE_OF_BIRTH:1981-11-30]],Lake Charles Civic\n[[PERSON:Phommachanh]],[[PERSON:Souksavanh]],[[DATE_OF_BIRTH:1955-04-09]],Burton Coliseum"),
("positive", "case_note", "cambodian",
 "Rewrite for the appeal packet: [[PERSON:Sokha Chhim]] and spouse [[PERSON:Chanthou Meas]] lost manufactured home, [[STREET_ADDRESS:88 Palm Shadows Ln, Lot 31, Fort Myers, FL 33905]]. "
 "SSN on file [[US_SSN:466-82-5049]]. Insurance denial letter from Citizens attached."),
("positive", "case_note", "puerto_rican",
 "Resumir en inglés: Solicitante [[PERSON:Nereida Colón Santiago]], nacida el [[DATE_OF_BIRTH:3 de mayo de 1958]], vive en [[STREET_ADDRESS:Calle Luna 214, Urb. Villa del Carmen, Ponce, PR 00716]]. "
 "Teléfono [[PHONE_NUMBER:787-555-0197]]. Techo de zinc perdido por el huracán."),
("positive", "tribal_liaison", "native_navajo",
 "Polish this email: Ya'at'eeh, I spoke with [[PERSON:Loretta Begay]] at Chapter House about the flood on her homesite, mailing addr "
 "[[STREET_ADDRESS:PO Box 2291, Chinle, AZ 86503]]. Her grandson [[PERSON:Darnell Yazzie]] email [[EMAIL_ADDRESS:dyazzie.chinle@navajo-example.org]]."),
("positive", "case_note", "cajun_french",
 "Fix typos: applcant [[PERSON:Thibodeaux, Clovis J.]] and wife [[PERSON:Mae Thibodeaux]], Houma LA, dob [[DATE_OF_BIRTH:8/2/1949]], camp destroyed, needs TTA trailer."),
("positive", "spreadsheet_tsv", "german/italian",
 "which rows are missing phones?\nApplicant\tPhone\tCounty\n[[PERSON:Reinholt Schwerdtfeger]]\t[[PHONE_NUMBER:828-555-0121]]\tBuncombe\n[[PERSON:Concetta Iannuzzi]]\t\tYancey\n"
 "[[PERSON:Gottfried Ebersole]]\t[[PHONE_NUMBER:828-555-0146]]\tAvery"),
("positive", "payment_trace", "trinidadian",
 "Write the Treasury trace request: payee [[PERSON:Kavita Ramkissoon-Baptiste]], SSN [[US_SSN:061-60-8189]], ACH to routing [[ABA_ROUTING_NUMBER:675112187]] acct "
 "[[US_BANK_NUMBER:90044218837]], amount $42,500, returned R03."),
("positive", "mixed_case_note", "vietnamese",
 "viết lại cho gọn: bà [[PERSON:Trần Thị Bích]] sinh ngày [[DATE_OF_BIRTH:12/10/1951]], ở [[STREET_ADDRESS:4410 Coral Way, Biloxi, MS 39532]], cần người phiên dịch."),
("positive", "privacy_header", "none",
 "[[CUI_MARKING:CUI//SP-PRVCY//FEDCON]]\nConvert to a pie chart: 1,882 registrations Camp Mystic area, 412 referred to SBA, 96 pending inspection."),
("positive", "legacy_fouo", "italian",
 "[[CUI_MARKING:(U//FOUO)]] Recovery manager [[PERSON:Lucio Abbruzzese]] says the Asheville JFO list goes out Monday. Make an agenda."),
("evasion", "zw_routing", "hmong",
 "note: [[PERSON:Nou Yang]] new routing [[ABA_ROUTING_NUMBER:" + zw("320915901") + "]] pls update"),
("evasion", "words_ssn", "cambodian",
 "she read her ssn as [[US_SSN:" + words("539017877") + "]] can you put it in digits"),
("positive", "lowercase_nocue", "vietnamese",
 "send a reminder to [[PERSON:pham van long]] and [[PERSON:le thi mai]] about the inspection thursday"),
# hard negatives
("hard_negative", "storm_names", "none",
 "Compare IA spending for Hurricane Helene, Hurricane Milton, Hurricane Ida and Tropical Storm Harvey. Include DR numbers DR-4827, DR-4834."),
("hard_negative", "public_contact", "none",
 "Survivor handout: call the FEMA Helpline 1-800-621-3362 or visit DisasterAssistance.gov; mail documents to FEMA, P.O. Box 10055, Hyattsville, MD 20782-8055."),
("hard_negative", "place_names", "none",
 "DRC locations: Lee County Library, Cape Coral Rec Center, Sanibel City Hall, Pine Island Elementary. Map them."),
("hard_negative", "registration_numbers", "none",
 "What does a FEMA registration ID look like (9 digits)? Is 000-000-000 used as a placeholder in training? Answer briefly."),
("hard_negative", "invalid_ssn_training", "none",
 "Training slide: show sample SSNs only as 000-12-3456 or 987-65-4320 (never issued). Is 666-01-2345 also never issued? Confirm."),
("hard_negative", "buildings_named", "none",
 "Staging at the Eleanor Roosevelt High School gym and the John C. Stennis Space Center; shuttle from the Harry S. Truman Bridge. Write logistics note."),
("hard_negative", "grant_numbers", "none",
 "HMGP project 4834-0021-R, BRIC EMT-2023-BR-004-0017, PA project PW 00412(0). Which are mitigation vs public assistance?"),
("hard_negative", "amounts_dates", "none",
 "Max IHP grant FY26 $43,600; rental assistance 2 months; deadline 01/06/2026. Write a text message reminder under 160 chars."),
("hard_negative", "confidential_prose", "none",
 "Our contractor's bid says 'Confidential and proprietary'. Does that stop us from sharing it with the state? Explain FOIA exemption 4 generally."),
("hard_negative", "words_names", "none",
 "Supplies: Dawn dish soap, Clorox, Hunt's tomatoes, Wendy's vouchers, Jack Links jerky; make a distribution list per shelter."),
("hard_negative", "spanish_instructions", "none",
 "Traduce: 'Si tiene seguro, debe presentar la carta de decisión. Las ayudas no cubren pérdidas aseguradas.'"),
("hard_negative", "zip_plus4", "none",
 "Validate these ZIP+4: 33905-4421, 39532-1187, 28801-3306. Any invalid for their states?"),
("hard_negative", "flood_model", "none",
 "Explain HAZUS flood loss estimation vs the FEMA BCA toolkit v6.0; when to use each."),
]
