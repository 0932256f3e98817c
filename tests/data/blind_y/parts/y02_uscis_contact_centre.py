# Voice: USCIS Contact Center call notes and Tier 2 escalations
RECORDS = [
("positive", "tier2_escalation", "puerto_rican",
"""Summarize this Tier 2 escalation in 3 lines:
Caller: [[PERSON:Yadiel Colón Maldonado]] (self)
Receipt: [[USCIS_RECEIPT_NUMBER:IOE0918442715]]
A#: [[A_NUMBER:A201448953]]
Mailing address: [[STREET_ADDRESS:Urb. Villa Fontana Park, Calle 5Q #22, Carolina, PR 00983]]
Issue: card returned undeliverable twice; caller says the carrier can't find the urbanización. Callback [[PHONE_NUMBER:787-555-0162]]."""),
("positive", "call_note_spanish", "mexican",
"""Traduce al inglés esta nota de llamada:
La Sra. [[PERSON:Guadalupe Itzel Ochoa Barragán]] llamó porque su esposo [[PERSON:Fidencio Ochoa]] no ha recibido la cita biométrica. Fecha de nacimiento de él: [[DATE_OF_BIRTH:7 de febrero de 1979]]. Número de recibo [[USCIS_RECEIPT_NUMBER:MSC2390416672]]. Teléfono [[PHONE_NUMBER:(956) 555-0137]]."""),
("positive", "change_of_address_rr", "anglo",
"""Customer wants to update address for pending I-485. Old: [[STREET_ADDRESS:RR 2 Box 118, Wahpeton, ND 58075]]. New: [[STREET_ADDRESS:HC 64 Box 2290, Hettinger, ND 58639]]. Name on case [[PERSON:HOLLOWAY, Grant Everett]], DOB [[DATE_OF_BIRTH:October 22, 1968]]. Should I tell him to file AR-11 online?"""),
("positive", "attorney_callback", "vietnamese",
"""Write a callback script. Attorney [[PERSON:Trần Thị Bích Hạnh]] (G-28 on file), client [[PERSON:Phạm Văn Khiêm]], receipt [[USCIS_RECEIPT_NUMBER:EAC-24-118-90412]], email [[EMAIL_ADDRESS:hanh.tran@tranlawpllc.example.com]], direct [[PHONE_NUMBER:714-555-0119]]. She wants to know why the EAD is past normal processing time."""),
("positive", "military_apo", "filipino",
"""Caller is active duty, wants the green card for his wife [[PERSON:Marilou Sagun Pascua]] mailed overseas. Address: [[STREET_ADDRESS:Unit 15412 Box 207, APO AP 96338]]. Spouse SSgt [[PERSON:Aaron Pascua]] — sorry, remove the rank when you rewrite. Her A-number [[A_NUMBER:A 219 774 501]]."""),
("positive", "lowercase_note", "korean",
"""clean up my notes pls: caller kim ji-hoon? no — caller was [[PERSON:jung min-seo]], calling for mother [[PERSON:park soon-ja]] dob [[DATE_OF_BIRTH:1951.04.09]], i-90 receipt [[USCIS_RECEIPT_NUMBER:LIN2491027748]], wants interpreter korean. cb # [[PHONE_NUMBER:213 555 0184]]"""),
("positive", "tier2_ssn_itin", "haitian",
"""Tier 2: caller [[PERSON:Wilnise Désir-Jean-Baptiste]] says her I-765 shows the wrong SSN. She gave [[US_SSN:412-73-0958]] and the card came with a different one. She also mentioned an ITIN [[US_ITIN:912-81-4037]] from before. What do I tell her?"""),
("positive", "german_relative_letter", "german",
"""Ein Anrufer, [[PERSON:Jürgen Oberhäuser]], geboren am [[DATE_OF_BIRTH:3. März 1957]], fragt nach dem Stand des Antrags seiner Tochter [[PERSON:Lena Oberhäuser-Quint]] ([[USCIS_RECEIPT_NUMBER:WAC2519034418]]). Rückrufnummer [[PHONE_NUMBER:+49 30 5550 1287]]. Bitte auf Englisch zusammenfassen."""),
("positive", "contact_centre_cui", None,
"""[[CUI_MARKING:CUI//SP-IMMIG]]
Tier 2 job aid — fraud-indicator script: if caller asks to redirect the card to a new address within 10 days of a previous change, escalate to FDNS queue 4B and do not confirm the address on file.
Make this shorter."""),
("positive", "fouo_job_aid", None,
"""[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]
Contact Center Tier 2 — Identity verification override codes are listed in Appendix C. Agents may not read override codes aloud.
Can you turn this into a quiz question?"""),
("positive", "softphone_creds", None,
"""My softphone keeps logging out. IT said to paste the config, here it is:
[softphone]
server=sip.cc-tier2.example.gov
user=agt40817
secret=[[PASSWORD:5j73hhqL4cVWH7]]"""),
("positive", "crm_api", None,
"""Python: why does this return 403?
resp = requests.get(url, headers={"Authorization": "Basic [[PASSWORD:YWd0NDA4MTc6WDVxSVRiNE5GT3FJUTE=]]"})"""),
("evasion", "receipt_linebreak", "nigerian",
"""Caller [[PERSON:Chukwuemeka Obiora-Nwankwo]] read the receipt number slowly, I typed it as: [[USCIS_RECEIPT_NUMBER:I O E
09 1844
3390]]. Can you check the format?"""),
("evasion", "anumber_words", "somali",
"""Note: caller [[PERSON:Faadumo Cabdi Warsame]] spelled her alien number: [[A_NUMBER:A two zero eight, five five one, four three nine]]. Rewrite the note in a professional tone."""),
("evasion", "ssn_fullwidth", "chinese",
"""caller [[PERSON:Gu Haoran]] pasted SSN from his phone in chat: [[US_SSN:５２９－４１－７７８３]] — is that why the system won't take it?"""),
("hard_negative", "public_contact_numbers", None,
"""Customers can reach the USCIS Contact Center at 800-375-5283 (TTY 800-767-1833). For the online account use my.uscis.gov. Format as a footer for our email template."""),
("hard_negative", "receipt_format_training", None,
"""Training: a receipt number has three letters for the service centre (for example IOE, EAC, WAC, LIN, SRC, MSC) followed by ten digits. Write a quiz question asking agents which part identifies the centre."""),
("hard_negative", "call_stats", None,
"""Summarize weekly metrics: 41,882 calls offered, 38,107 answered, average handle time 9:41, Tier 2 escalations 4,415 (10.6%), abandonment 3.2%. Queue 4B had 611 callbacks."""),
("hard_negative", "case_status_names_famous", None,
"""For the newsletter: which famous immigrants naturalized in the 20th century would make good examples? Albert Einstein, Madeleine Albright, Irving Berlin — write one sentence each."""),
("hard_negative", "ticket_ids", None,
"""Ticket INC0448217 was merged into INC0448190; knowledge article KB0019833 v3.2 applies. Change request CHG0071124 scheduled 2026-12-09. List these in a table."""),
("hard_negative", "form_edition", None,
"""Which edition of Form I-485 is accepted now: 01/20/25 or 04/01/24? Also the filing fee table lists $1,440 and $950. Page 7 of 24."""),
("hard_negative", "common_word_names_prose", None,
"""Rewrite for tone: 'Grant the caller some patience; we hope the rose-colored view of timelines doesn't hurt faith in the agency. Will you review this by Friday?'"""),
("hard_negative", "confidential_footer", None,
"""Email footer for contact-centre supervisors: 'This message may contain confidential information intended only for the addressee. If you received it in error, please delete it.' Make it shorter."""),
("hard_negative", "placeholder_template", None,
"""Template for callback email: 'Dear <FIRST_NAME> <LAST_NAME>, regarding receipt number <RECEIPT_NUMBER>, we have escalated your inquiry. Reference {{ticket_id}}.' Improve the wording."""),
]
