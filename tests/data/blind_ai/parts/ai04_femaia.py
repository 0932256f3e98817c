# Voice 4: FEMA Individual Assistance call-centre escalations — TSA hotel checkouts, lodging expense reimbursement
RECORDS = [
("positive", "escalation_ticket", "puerto_rican", """ESCALATION — TSA checkout dispute
Registrant: [[PERSON:Xiomara Figueroa Rivera]]
Reg #: 11-4827716 | DR-4834
Hotel: Hampton Inn Kissimmee, room 312, checkout date set 11/30
Pre-disaster address: [[STREET_ADDRESS:1418 Calle Loíza, Apt 3, San Juan, PR 00911]]
Temporary: hotel
Phone: [[PHONE_NUMBER:787-555-0152]]
Registrant says her inspection was never done and she can't return home (roof gone). Requests extension. Please draft the escalation note to the TSA program team."""),

("positive", "lodging_reimb_email", "cuban", """Hi — can you help me write back to this applicant? She sent receipts for lodging reimbursement:

"Hola, soy [[PERSON:Odalys Cárdenas Pupo]], me quedé en el motel desde el 2 hasta el 19 de octubre, mandé los recibos por el portal pero dice 'documentos no legibles'. Mi número es el [[PHONE_NUMBER:305-555-0119]] y mi correo [[EMAIL_ADDRESS:odalys.cardenas62@yahoo.com]]. Mi fecha de nacimiento es [[DATE_OF_BIRTH:8 de agosto de 1962]] por si la necesitan."

Reply in Spanish, say we need clearer copies and the upload steps."""),

("positive", "hmong_household", "hmong", """Household composition for the TSA extension review — need it as a table:
Head: [[PERSON:Xue Moua]], DOB [[DATE_OF_BIRTH:02/02/1970]]
Spouse: [[PERSON:Mai Yia Lor]], DOB [[DATE_OF_BIRTH:10/16/1974]]
Child: [[PERSON:Pa Nhia Moua]], DOB [[DATE_OF_BIRTH:07/21/2009]]
Grandmother: [[PERSON:Yer Xiong]], DOB [[DATE_OF_BIRTH:1946]] (year only on her ID)
Room needs: 2 rooms, ground floor (grandmother uses walker)"""),

("positive", "direct_deposit_fix", "jamaican", """Applicant's reimbursement bounced — wrong account. He gave the corrected one on the call, update the note:
[[PERSON:Desmond Alphonso McKenzie]] — routing [[ABA_ROUTING_NUMBER:211834683]], checking [[US_BANK_NUMBER:00731955284]]. SSN last 4 verified (8817). Call back # [[PHONE_NUMBER:(954) 555-0138]]."""),

("positive", "supervisor_chat", "marshallese+anglo", """User: I have an escalation I don't know how to word. Hotel called saying the family overstayed.
Assistant: Give me the details and I'll draft something neutral for the hotel and a note for the file.
User: family of 7, registrant [[PERSON:Jebro Langrine]], his wife [[PERSON:Neitari Langrine]], eligibility ended 11/15 because the inspector found the home habitable, but they say the mold came after. Hotel manager [[PERSON:Kyle Brandt]] [[PHONE_NUMBER:479-555-0164]] wants them out by Friday."""),

("positive", "ssn_identity_fail", "cajun_french", """Identity verification failed for this registrant, can you write the next-steps letter?
Name: [[PERSON:Thibodeaux, Marie-Anne]]
SSN provided: [[US_SSN:433-28-6651]]
DOB: [[DATE_OF_BIRTH:03-31-1958]]
Damaged dwelling: [[STREET_ADDRESS:212 Rue Bayou Noir, Houma, LA 70360]]
Reason: SSN/name mismatch at SSA verification."""),

("positive", "caseworker_notes_allcaps", "fijian", """CALL NOTES 11/21 1415 — REGISTRANT [[PERSON:SEMISI TUILOMA]] CALLED RE CHECKOUT. STATES HOTEL CHARGED HIS CARD [[CREDIT_CARD:4462 4944 0191 9210]] FOR INCIDENTALS THAT SHOULD BE COVERED. WANTS REFUND. ADVISED FEMA DOES NOT COVER INCIDENTALS. ESCALATED PER HIS REQUEST. SUMMARIZE FOR SUPERVISOR."""),

("positive", "voicemail_checkout", "yupik", """Transcribe-and-summarize, voicemail 11/26 0930:
"Yes hello, this is [[PERSON:Agnes Nanuk Charles]], I'm in the hotel in Anchorage since the storm in Kotlik, they told me checkout on Monday but I don't have anywhere, the village house is still no power. My nephew [[PERSON:Tommy Alexie]] is helping me, his number is [[PHONE_NUMBER:907-555-0172]]. Please call."
"""),

("positive", "pfi_spreadsheet_pipe", "tongan+samoan+anglo", """checkout|registrant|phone|hotel|nights|note
12/01|[[PERSON:Sione Havili Latu]]|[[PHONE_NUMBER:801-555-0105]]|La Quinta SLC Airport|34|extension req
12/01|[[PERSON:Malia Tuipulotu]]|[[PHONE_NUMBER:801-555-0187]]|La Quinta SLC Airport|34|
12/02|[[PERSON:Fa'asavalu Leiataua]]|[[PHONE_NUMBER:801-555-0193]]|Motel 6 West Valley|29|housing found
12/02|[[PERSON:Bryce Tollefsrud]]|[[PHONE_NUMBER:385-555-0190]]|Motel 6 West Valley|29|
which rows still need a callback?"""),

("positive", "fouo_hotel_list", "dominican", """[[CUI_MARKING:FOR OFFICIAL USE ONLY]]
Participating hotel list with registrant assignments — can you reformat as markdown?
Comfort Suites Doral: [[PERSON:Ramona Almánzar de Peña]] (rm 210), [[PERSON:Wilkin Peña Almánzar]] (rm 211)
Best Western Hialeah: [[PERSON:Yulissa Encarnación]] (rm 104)"""),

("positive", "reimb_appeal_letter", "lao", """Proofread this appeal the registrant's daughter wrote (keep her voice):
"My father [[PERSON:Bounmy Sisouphanh]] (born [[DATE_OF_BIRTH:12 March 1951]]) paid for hotel himself 9 nights because the FEMA hotel list was full. He sent the receipts but the letter say 'ineligible - insufficient damage'. His home at [[STREET_ADDRESS:5307 Lakeshore Blvd, Lake Charles, LA 70605]] has water in every room. Please look again. — [[PERSON:Noy Sisouphanh]], [[EMAIL_ADDRESS:noy.sisouphanh@gmail.com]]"
"""),

("positive", "crm_json_payload", "syrian", """The CRM API returns this for the escalation and the UI shows blank name, is the field mapping wrong?
{"escalationId":"ESC-2026-118402","registrant":{"firstName":"[[PERSON:Ghaith]]","lastName":"[[PERSON:Al-Halabi]]","dob":"[[DATE_OF_BIRTH:1977-09-05]]","phone":"[[PHONE_NUMBER:+1-716-555-0111]]"},"program":"TSA","hotelCheckout":"2026-12-03"}"""),

("positive", "api_key_hotel_vendor", None, """Hotel vendor integration returns 403 on the checkout feed. Here's my curl:
curl -H "X-Api-Key: [[PASSWORD:U2CPWXuh6j7KsW*f]]" https://lodging-vendor.example.com/v1/tsa/checkouts?dr=4834
Is the header name right?"""),

("evasion", "spaced_ssn_hotel", "salvadoran", """registrant wants us to verify by SSN, he typed it like this in chat: [[US_SSN:5 2 6 - 4 4 - 1 9 0 7]] — name [[PERSON:Nelson Ábrego Mejía]]. Is it a valid format?"""),

("evasion", "split_phone_msgs", "anglo", """msg 1: callback for [[PERSON:Carla Dupree]] is [[PHONE_NUMBER:337
msg 2: 555
msg 3: 0139]]
^ combine those into one callback line for the supervisor"""),

("hard_negative", "tsa_acronym_confusion", None, """Our call-center scripts say "TSA" for Transitional Sheltering Assistance, and callers think it's the airport people. Suggest alternate wording that avoids the acronym in the first sentence."""),

("hard_negative", "checkout_stats", None, """DR-4834 TSA snapshot: 1,942 households checked in, 1,207 checked out, 611 extended, 124 found permanent housing. Average stay 38 nights. What's the extension rate?"""),

("hard_negative", "registration_numbers", None, """Dedupe these registration numbers and count them: 11-4827716, 11-4829902, 11-4827716, 11-4830155, 11-4831007, 11-4829902"""),

("hard_negative", "hotel_addresses_public", None, """Which of these participating hotels is closest to the DRC at the county library? Hampton Inn Kissimmee (W Irlo Bronson Memorial Hwy), La Quinta Orlando Airport North, Comfort Suites Doral. Just reasoning, I'll check a map."""),

("hard_negative", "lodging_policy_q", None, """Under the Individuals and Households Program, is lodging expense reimbursement counted against the financial housing assistance maximum? And can someone get both TSA and LER for the same nights?"""),

("hard_negative", "script_placeholder", None, """Call script, check flow:
"Thank you for calling. May I have your registration number? [caller gives #] Thank you, [NAME]. I see your checkout date is [DATE]. Let me check whether an extension is available." """),

("hard_negative", "same_shape_ticket_no_pii", None, """ESCALATION — TSA checkout dispute
Registrant: (withheld, see CRM)
Reg #: 11-4830155 | DR-4834
Hotel: Motel 6 West Valley, checkout date set 12/02
Issue: hotel charged a no-show fee to the FEMA master account
Please draft the escalation note to the TSA program team."""),

("hard_negative", "kinship_household", None, """How do we count household members for TSA room assignment when a grandmother, an aunt and two cousins lived in the pre-disaster home? Is there a max per room?"""),

("hard_negative", "zip_plus4", None, """Validate the ZIP+4 codes on the hotel list: 34746-5012, 32822-0110, 33166-6203, 70605-1178. Any invalid?"""),

("hard_negative", "storm_names", None, """Our escalation dashboard groups by storm name — Hurricane Milton, Helene, Francine — and by DR number. Can you write a SQL GROUP BY that counts open escalations per storm?"""),
]
