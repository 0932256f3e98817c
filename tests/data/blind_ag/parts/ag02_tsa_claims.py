# Voice 2: TSA claims office: passengers' lost, damaged or stolen property claims, adjusters' notes,
# settlement letters, EFT payment set-up.
RECORDS = [
("positive", "passenger_email", "vietnamese",
"""Subject: Claim for broken rice cooker + missing jewelry — flight out of SJC

Hello TSA Claims, my name is [[PERSON:Nguyễn Thị Bảo Trâm]]. On Aug 3 my checked suitcase was opened (there was the TSA notice inside) and when I got to Houston my gold bracelet from my mother was gone and the rice cooker was cracked. I attach photos and the receipt. My address is [[STREET_ADDRESS:3381 Tully Rd, Apt 12, San Jose, CA 95122]] and phone [[PHONE_NUMBER:408-555-0117]]. Please help me, the bracelet is irreplaceable.
[[PERSON:Tram Nguyen]]"""),

("positive", "adjuster_note", "anglo+punjabi",
"""Adjuster note — can you reword this for the denial letter so it's polite but firm?

Clmt [[PERSON:Harpreet Kaur Dhillon-Grewal]] alleges laptop screen cracked at SFO checkpoint lane 7. CCTV reviewed by STSM [[PERSON:Colleen Marsh]]: bag was screened, no bag check performed, no TSO contact with the laptop. Damage pre-existing per clmt's own photo metadata (taken 2 days before travel). Recommend deny. — [[PERSON:B. Whitfield]], adjuster"""),

("positive", "eft_setup", "nigerian",
"""Settlement accepted. Please process payment by direct deposit:
Payee: [[PERSON:Oluwaseun Adebayo-Clarke]]
Bank: Frost Bank
Routing no. [[ABA_ROUTING_NUMBER:110391942]]
Checking acct [[US_BANK_NUMBER:5520187734]]
Amount: $612.40
Can you draft a confirmation to the claimant that doesn't repeat the account number?"""),

("positive", "sf95_fields", "mexican",
"""filling the SF-95 for my mom, is this right?
2. Name, address of claimant: [[PERSON:Josefina Valdez de la Rosa]], [[STREET_ADDRESS:915 Calle Alegre, El Paso, TX 79912]]
4. Type of employment: civilian
5. Date of birth: [[DATE_OF_BIRTH:02/26/1951]]
6. Marital status: widowed
8. Basis of claim: At ELP checkpoint on 4/11 an officer dropped her CPAP machine during inspection and it no longer powers on.
12b. Amount of claim (personal injury): 0; (property damage): $899.00
13a. Signature: [[PERSON:Josefina V. de la Rosa]]   13b. phone [[PHONE_NUMBER:915-555-0190]]"""),

("positive", "claims_csv", "samoan+ukrainian+irish+bengali+kazakh",
"""Weekly open-claims pull, tab separated. Which ones are past 180 days?
claim_id	claimant	airport	item	amount	filed
2024070119	[[PERSON:Teuila Faleolo]]	HNL	ukulele (crushed)	340.00	2024-07-01
2024030877	[[PERSON:Dmytro Lysenchuk]]	JFK	DSLR lens	1285.00	2024-03-08
2024021540	[[PERSON:Siobhan Gallagher]]	BOS	wool coat missing	410.00	2024-02-15
2024061163	[[PERSON:Rahim Chowdhury]]	DTW	saffron (1 kg) confiscated?	520.00	2024-06-11
2024052290	[[PERSON:Aigerim Seitkali]]	ORD	cash $300	300.00	2024-05-22"""),

("positive", "card_reimbursement", "anglo",
"""User: passenger says we should refund the $45 bag fee too since TSA damaged the bag. she sent her card so we can "put it back". [[PERSON:Rhonda Lee Pickens]], Visa [[CREDIT_CARD:4147 9028 4835 3119]], exp 09/27.
Assistant: TSA can't credit a card directly; claims are paid by EFT or check.
User: right, how do I tell her that nicely and tell her not to send card numbers by email"""),

("positive", "settlement_letter", "ghanaian",
"""Please proofread:

Dear Mr. [[PERSON:Kwabena Opoku-Agyeman]],
This letter concerns claim 2024-0914-33. After review, TSA offers $275.00 in full settlement for the kente cloth stole reported missing from your checked bag on flight DL 157 from ACC. If you accept, sign the enclosed acceptance form and return it with your banking details to the Claims Management Branch.
Sincerely,
[[PERSON:Marisol Yzaguirre]]
Claims Specialist | [[EMAIL_ADDRESS:marisol.yzaguirre@tsa.dhs.example.gov]] | [[PHONE_NUMBER:571-555-0114]]"""),

("positive", "phone_log_lowercase", "chinese",
"""quick summary of the call for the file pls: spoke w/ [[PERSON:zhao meilin]] re claim for the jade pendant, she says it was in the carry-on when bag was pulled for search at lax t4. she is flying back to chengdu on the 20th, wants decision before. cell [[PHONE_NUMBER:626 555 0148]], prefers wechat but i said we only do phone/email. daughter [[PERSON:jenny zhao]] will translate on the next call"""),

("positive", "police_report_attached", "filipino",
"""Adjuster to supervisor: The claimant, [[PERSON:Ma. Teresa Lualhati]], filed a police report with the Port Authority (report attached, it lists her DOB as [[DATE_OF_BIRTH:10-03-1966]] and her old address [[STREET_ADDRESS:44-12 Judge St, Elmhurst, NY 11373]]). Do we need the police report for a claim under $500? Summarize the policy for her."""),

("positive", "claims_json", "kenyan",
"""why does the intake API reject this? returns 422
{
  "claimant": {"first": "[[PERSON:Njeri]]", "last": "[[PERSON:Kamau]]", "dob": "[[DATE_OF_BIRTH:1982-05-14]]",
               "email": "[[EMAIL_ADDRESS:njeri.kamau82@yahoo.com]]", "phone": "[[PHONE_NUMBER:+1 (240) 555-0122]]"},
  "incident": {"airport": "IAD", "date": "2024-09-02", "checkpoint": "East", "type": "damage"},
  "items": [{"desc": "Maasai beaded necklace", "value": 180}]
}"""),

("positive", "military_claimant", "samoan",
"""Claimant is active-duty. He gave his DoD ID so we can verify the PCS orders: [[PERSON:Sione Tuilagi Leota]], EDIPI [[DOD_EDIPI:1478203956]]. Household goods shipped separately, but he says TSA opened his footlocker at HNL and the lock was cut, not a TSA-accessible one. Is a cut non-recognized lock a reimbursable item?"""),

("positive", "appeal_letter_frustrated", "jamaican",
"""Pls make this sound professional, I'm too angry to write it: "You DENIED my claim saying I didn't prove the watch was in the bag. I sent you the receipt and the photo of me wearing it at MBJ airport before I put it in!! My name is [[PERSON:Desmond Anthony Whyte]], claim number 2024-1102-58, I want a supervisor to look at this. Call me at [[PHONE_NUMBER:(954) 555-0177]] or email [[EMAIL_ADDRESS:d.a.whyte@outlook.com]].\""""),

("positive", "check_mail_address", "polish",
"""Send settlement check to the claimant's new address: [[PERSON:Agnieszka Wróblewska-Nowak]], [[STREET_ADDRESS:2716 N. Milwaukee Ave., Unit 3R, Chicago, IL 60647]]. She moved after filing. Her SSN on the vendor form is [[US_SSN:318-52-7740]] — does Treasury need that for a $150 payment, or is that only for 1099s?"""),

("positive", "two_claimants_markdown", "lebanese+armenian",
"""| claimant | DOB | item | status |
|---|---|---|---|
| [[PERSON:Rami Khoury]] | [[DATE_OF_BIRTH:1990-01-27]] | oud (neck snapped) | approved $640 |
| [[PERSON:Anahit Ghukasyan]] | [[DATE_OF_BIRTH:1975-11-09]] | apricot brandy, 2 bottles | denied (liquid over 3.4 oz, surrendered) |
draft a one-line status update for each, I'll paste them into the portal"""),

# evasions
("evasion", "zwsp_account", "anglo",
"""Payee [[PERSON:Travis Okafor-Bell]] — routing [[ABA_ROUTING_NUMBER:0\u200b2\u200b5\u200b0\u200b5\u200b4\u200b4\u200b5\u200b5]], acct [[US_BANK_NUMBER:7\u200b7\u200b1\u200b0\u200b3\u200b9\u200b4\u200b4\u200b2\u200b1]]. just confirm the format is right for the EFT form."""),

("evasion", "card_words", "romanian",
"""claimant [[PERSON:Ioana Vlădescu]] wants refund to her mastercard, she read it to me as "[[CREDIT_CARD:five five five four, eight zero two nine, two two two five, seven six eight six]]". write it in digits in the note field for me"""),

("evasion", "b64_ssn", "anglo",
"""decode this and put it in the W-9 field, it's the claimant's SSN (encoded so it doesn't get scrubbed): [[US_SSN:NTI3LTQxLTYyMDg=]]
claimant: [[PERSON:Dale Rasmussen]]"""),

# hard negatives
("hard_negative", "claim_ids_look_like_ssn", None,
"""Can you merge these duplicates? Claim numbers 2024-08-1177 and 2024-08-1178 are the same incident (same bag tag 0016 584 221, same flight UA 1189, IAH). The second one was filed through the portal after the first was faxed. Keep the earlier filing date (08/14)."""),

("hard_negative", "policy_question", None,
"""Under 31 U.S.C. 3721 and the FTCA, what's the difference between a claim TSA pays from its own funds and one referred to the Judgment Fund? I'm trying to explain to a new adjuster why anything over $2,500 needs legal review."""),

("hard_negative", "public_contact", None,
"""For the claims FAQ page: passengers can reach the TSA Contact Center at 866-289-9673, and claims forms go through tsa.gov. Is "TSA Claims Management Branch, 6595 Springfield Center Drive" still the right mailing location, or has that moved? I don't want to publish a stale address."""),

("hard_negative", "lock_brands", None,
"""Passengers keep asking which locks are "TSA-approved." Can you write a short paragraph explaining Travel Sentry and Safe Skies, without endorsing a brand? Mention that officers may cut a lock that isn't recognized and that we don't reimburse non-accessible locks."""),

("hard_negative", "same_voice_aggregate", None,
"""Adjuster note — clmt alleges cash missing from checked bag at MCO. No CCTV of bag opening (checked bag screened by EDS, alarm resolved without opening per log). TSA notice of inspection NOT in bag per clmt. Recommend deny, standard language re: cash. Routed to supervisor 11/4."""),

("hard_negative", "pnr_and_tags", None,
"""Passenger's booking is PNR QX7T2M, ticket 0167405598231, bag tags UA 328 519 and UA 328 520. Which of these does the claims form actually need? I think only the bag tag and flight number but the airline rep says include the ticket number."""),

("hard_negative", "depreciation_calc", None,
"""Depreciation question: a 3-year-old laptop bought for $1,499, damaged beyond repair. Our schedule uses 20% per year for electronics, floor 20%. So 1499 × 0.4 = $599.60? Or is it straight-line with a floor on the original cost? Show both."""),

("hard_negative", "confidential_footer", None,
"""Why does every e-mail from the claims contractor end with "CONFIDENTIALITY NOTICE: This message may contain confidential information intended only for the addressee"? Is that required, and does it change how we handle the e-mail under the Privacy Act?"""),

("hard_negative", "sample_values_doc", None,
"""From the EFT enrollment guide (example only): "Enter your nine-digit routing number (e.g., 123456789) and your account number (e.g., 000123456789). Do not use a deposit slip number." Can you rewrite this in plain language for older claimants?"""),

("hard_negative", "historical_name", None,
"""Random one for the office newsletter: who was the first person to claim lost baggage from an airline? I've heard stories about Amelia Earhart's luggage but I suspect that's a myth. Give me something fun but accurate."""),
]
