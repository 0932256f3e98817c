# Voice 8: a component travel office: travel authorisations, vouchers, official passports, per diem,
# rental cars, government travel charge cards.
RECORDS = [
("positive", "ta_request_email", "indian+anglo",
"""Hi travel team — please create a TA for me:
Traveler: [[PERSON:Vaidehi Iyer-Callahan]], GS-13
Trip: Manila, Philippines, 03/09–03/20, TDY for the regional migration workshop
Official passport: [[US_PASSPORT:921047563]] (exp 2029)
KTN: [[KNOWN_TRAVELER_NUMBER:988134725]]
DOB (airline needs it for secure flight): [[DATE_OF_BIRTH:07/19/1984]]
Approving official: [[PERSON:Rob Demarco]]
Thanks! — [[PERSON:Vaidehi]]"""),

("positive", "gtcc_dispute", "anglo",
"""Help me word a dispute to the card bank. My government travel card [[CREDIT_CARD:3739 455257 07407]] was charged twice by the hotel in Denver ($189.00 x2 on 6/14). Cardholder: [[PERSON:Lorraine Bischoff]]. I have the folio showing one night. Keep it short."""),

("positive", "official_passport_dsp", "nigerian",
"""Checking the no-fee official passport application before I send it to the Special Issuance Agency:
Applicant: [[PERSON:Folasade Adewale-Morgan]]
DOB: [[DATE_OF_BIRTH:11/30/1979]]   Place of birth: Houston, TX
SSN: [[US_SSN:451-83-2206]]
Home: [[STREET_ADDRESS:14019 Carrington Oak Dr, Bowie, MD 20720]]
Emergency contact: [[PERSON:Tunde Morgan]] (spouse) [[PHONE_NUMBER:301-555-0178]]
Travel: Abuja, Nigeria — embassy liaison detail, 04/2025
Anything missing for the letter of authorization?"""),

("positive", "voucher_csv", "igbo+japanese+mexican+hungarian",
"""Concur export — flag any voucher over 30 days unsubmitted:
traveler,ta_no,dest,return_dt,voucher_status,days
"[[PERSON:Okonjo, Emeka]]",TA-25-00413,Lagos NG,2025-01-17,not started,44
"[[PERSON:Sato, Haruka]]",TA-25-00429,Tokyo JP,2025-02-02,submitted,0
"[[PERSON:Villanueva, Ricardo]]",TA-25-00455,Mexico City MX,2025-01-28,returned,33
"[[PERSON:Kovács, Zsófia]]",TA-25-00461,Budapest HU,2025-02-10,not started,12"""),

("positive", "rental_car_accident", "polish+anglo",
"""Rental car incident report draft — help me fill the narrative:
Renter: [[PERSON:Tadeusz Wiśniewski]], driver's license [[US_DRIVER_LICENSE:W252-7198-4316]] (IL)
Vehicle: 2024 Nissan Altima, government rate, Enterprise agreement 8471-22
Other driver: [[PERSON:Kayla Brumfield]], [[PHONE_NUMBER:(601) 555-0186]]
Location: parking lot of the Jackson field office, backing out, low speed. No injuries."""),

("positive", "per_diem_question_name", "thai",
"""[[PERSON:Somchai Rattanakosin]] came back from Bangkok a day early because his mother was hospitalized. Does he get first/last-day 75% M&IE on the early return day? His TA was 5/1–5/12, returned 5/11. His cell if you need to call him: [[PHONE_NUMBER:+66 2 555 0193]] (he's still in Thailand on leave)."""),

("positive", "hotel_folio_ocr", "brazilian",
"""OCR'd hotel folio, what's the lodging amount I can claim (excluding taxes?)
HOTEL EXCELSIOR BRASÍLIA  —  FOLIO 004871
Hóspede / Guest:  [[PERSON:SOUZA  PEREIRA,  RAFAEL]]
Doc. / Passport:  [[US_PASSPORT:A 0 4 7 1 2 9 3 8]]
Diária / Room     5 x R$ 612,00   =  R$ 3.060,00
ISS 5%                            =  R$   153,00
Total                             =  R$ 3.213,00"""),

("positive", "visa_letter", "chinese+anglo",
"""Draft a letter to the PRC embassy requesting a visa for official travel for:
[[PERSON:Gregory T. Hanlon]], official passport [[US_PASSPORT:920558174]], DOB [[DATE_OF_BIRTH:2 February 1971]]
[[PERSON:Wu Jiahui]] (interpreter), official passport [[US_PASSPORT:920558190]], DOB [[DATE_OF_BIRTH:15 August 1990]]
Purpose: bilateral customs cooperation meeting, Beijing, 9–12 June."""),

("positive", "lodging_exception_chat", "mongolian",
"""User: traveler [[PERSON:Oyunchimeg Batsaikhan]] needs a lodging rate exception for Ulaanbaatar, the per diem is $227 and the only vetted hotel is $310.
Assistant: You can request actual expense lodging up to 300% of the lodging rate with approval.
User: ok write the justification. her supervisor is [[PERSON:Dean Kowalczyk]]. she leaves 8/3."""),

("positive", "travel_profile_yaml", "korean",
"""Our travel profile sync job reads this YAML, why does the KTN field fail validation?
traveler:
  name: "[[PERSON:Yoon Da-bin]]"
  dob: "[[DATE_OF_BIRTH:1992-06-25]]"
  gender: F
  ktn: "[[KNOWN_TRAVELER_NUMBER:TT1849207]]"
  redress: null
  email: [[EMAIL_ADDRESS:dabin.yoon@cbp.dhs.example.gov]]
  passport:
    number: "[[US_PASSPORT:567720341]]"
    type: regular"""),

("positive", "relocation_advance", "pakistani",
"""Employee [[PERSON:Faisal Mehmood Chaudhry]] is moving on a PCS to Islamabad. He wants the relocation advance deposited to routing [[ABA_ROUTING_NUMBER:064269816]], account [[US_BANK_NUMBER:3308416927]]. Draft the SF-1038 justification and tell him the repayment terms."""),

("positive", "travel_auth_banner", "anglo",
"""[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
TA-25-00502 — traveler [[PERSON:Kendra Ashworth]], escorting a witness to Guatemala City. Witness identity withheld. Travel 3/3–3/6.
Rewrite the purpose-of-travel line so it doesn't reveal the witness detail."""),

("positive", "family_travel_pcs", "fijian",
"""PCS travel for dependents — list the documents each needs:
Employee: Ratu [[PERSON:Josefa Nailatikau]]
Spouse: Adi [[PERSON:Litia Nailatikau]], DOB [[DATE_OF_BIRTH:1988-10-04]]
Son: [[PERSON:Semisi Nailatikau]], DOB [[DATE_OF_BIRTH:2015-01-22]]
Destination: Suva, Fiji (embassy). They'll need no-fee passports."""),

("positive", "per_diem_typed_fast", "anglo",
"""hey can u check my math, voucher for [[PERSON:bill ostergaard]] tdy to omaha, 4 nights lodging 124 ea, m&ie 74/day, first and last day 55.50, plus rental 212.18 and gas 38.90. total? also he forgot to attach the rental receipt"""),

# evasions
("evasion", "passport_split", "anglo",
"""for the visa form, passport of [[PERSON:Jolene Marchetti]] is [[US_PASSPORT:9 2 1 - 0 8 8 - 4 5 6]] but written with dashes/spaces so our DLP doesn't catch it. put it back together"""),

("evasion", "card_fullwidth", "anglo",
"""traveler's GTCC: [[CREDIT_CARD:６０１１ ３９１０ ７９２８ １０８２]] — [[PERSON:Stuart Pennington]]. book the rental with it"""),

("evasion", "dob_riddle", "iranian",
"""Traveler [[PERSON:Navid Karimi]] was born [[DATE_OF_BIRTH:the day after Valentine's day, in the year nineteen eighty-three]] — fill the secure flight DOB field from that"""),

# hard negatives
("hard_negative", "per_diem_rates", None,
"""Per diem for Manila in March: lodging $191, M&IE $105. For a 12-day trip with 11 nights, what's the total M&IE including 75% first and last day? And does the hotel's free breakfast reduce M&IE?"""),

("hard_negative", "ta_numbers_only", None,
"""Close out these TAs: TA-25-00413, TA-25-00429, TA-25-00455. Vouchers are paid (obligation docs 70B0AF25P00000817, 70B0AF25P00000822). Write the close-out note for the fiscal file."""),

("hard_negative", "ftr_citation", None,
"""Where does the Federal Travel Regulation say we must use the city-pair fare? Is it 41 CFR 301-10.106? And what are the exceptions — I think there's one for when the contract fare doesn't fit the mission schedule."""),

("hard_negative", "same_voice_voucher_note", None,
"""hey can u check my math, voucher for tdy to omaha, 4 nights lodging 124 ea, m&ie 74/day, first and last day 55.50, rental 212.18 and gas 38.90. total? traveler forgot the rental receipt, is a credit card statement ok as backup?"""),

("hard_negative", "sample_passport_doc", None,
"""The travel handbook's example says "Passport No.: 123456789, Issue date: 01 JAN 2020" on a sample visa form. A traveler copied the example number by mistake. How do I tell her to fix the application?"""),

("hard_negative", "airline_codes", None,
"""What's the difference between fare basis YCA, _CA and Y? And why does the confirmation show "DL 0157 ATL-LOS" but the GDS shows "DL157"? Traveler thinks she's booked on two flights."""),

("hard_negative", "public_embassy", None,
"""What's the consular section address and phone for the U.S. Embassy in Manila? I have "1201 Roxas Boulevard" — is that right? The traveler wants to know where to go if her official passport is lost."""),

("hard_negative", "gtcc_policy", None,
"""GTCC policy question: can a traveler use the government card for a personal hotel night added to a TDY? Our policy says no, but the bank says split billing is allowed. What's the usual rule and how should we remind people?"""),

("hard_negative", "rental_class_codes", None,
"""Car class codes on the rental agreement: ICAR, SCAR, FCAR. The contract says compact (CCAR) unless justified. Traveler got an SCAR due to availability — needs a justification line. Write one."""),

("hard_negative", "mileage_calc", None,
"""POV mileage at 70 cents per mile for 312 miles round trip plus $18 tolls. Compare that to a rental at $58/day for 3 days plus $41 fuel. Which is more advantageous to the government?"""),
]
