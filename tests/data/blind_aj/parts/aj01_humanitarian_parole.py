# Voice 1: USCIS humanitarian parole processing (Uniting for Ukraine, CHNV-style processes):
# supporters' I-134A declarations, beneficiaries' travel authorisations.
from blindlib import b64

RECORDS = [
    ("positive", "supporter_email", "ukrainian+anglo", """Can you tighten this reply up? It goes to the supporter, keep it polite.

---
Hi Mr. [[PERSON:Whitacre]],

Thank you for your patience. Your Form I-134A for [[PERSON:Ulyana Hnatyshyn]] (DOB [[DATE_OF_BIRTH:14 March 1986]]) and her son [[PERSON:Danylo Hnatyshyn]] (DOB [[DATE_OF_BIRTH:02 September 2013]]) was confirmed on our end, receipt [[USCIS_RECEIPT_NUMBER:IOE0918274653]]. The beneficiaries should now see the attestation task in their myUSCIS accounts. If [[PERSON:Ulyana]] cannot log in, have her reply here rather than opening a new case.

If you need to reach me the direct line is [[PHONE_NUMBER:(202) 555-0196]].

[[PERSON:Rhiannon Castellanos-Pike]]
Humanitarian Affairs Branch"""),

    ("positive", "travel_auth_note", "ukrainian", """TA issued 11/02 — beneficiary [[PERSON:HORBACHENKO, Viktoriia Serhiivna]], UKR ppt [[US_PASSPORT:FK417392]], DOB [[DATE_OF_BIRTH:1979-07-23]]. Vax attestation OK (measles, polio, COVID). Supporter [[PERSON:Mykhailo Zabolotnyi]] in Spokane, ph [[PHONE_NUMBER:509-555-0139]]. Flight Warsaw > Chicago booked for the 19th per supporter. Close task."""),

    ("positive", "beneficiary_csv", "ukrainian", """paste from the weekly pull, need counts by oblast only, ignore the rest

case_id;surname;given;dob;passport;oblast
U4U-22-8841;[[PERSON:Kovalyshyn]];[[PERSON:Iryna]];[[DATE_OF_BIRTH:1991-11-04]];[[US_PASSPORT:GT582104]];Kharkiv
U4U-22-8842;[[PERSON:Kovalyshyn]];[[PERSON:Marta]];[[DATE_OF_BIRTH:2016-05-30]];[[US_PASSPORT:GT582977]];Kharkiv
U4U-22-8850;[[PERSON:Petrenko-Lys]];[[PERSON:Yaromyr]];[[DATE_OF_BIRTH:1958-01-17]];[[US_PASSPORT:FA903318]];Zaporizhzhia
U4U-22-8853;[[PERSON:Savchuk]];[[PERSON:Nadiia]];[[DATE_OF_BIRTH:1987-12-09]];[[US_PASSPORT:FE226041]];Mykolaiv"""),

    ("positive", "supporter_financial_rfe", "cuban+anglo", """User: Draft a request for evidence to the supporter. He uploaded one bank statement, account [[US_BANK_NUMBER:004417782093]] routing [[ABA_ROUTING_NUMBER:063457247]], but it's from June and his declaration was filed in October. Supporter is [[PERSON:Raúl Echemendía Soto]], beneficiaries are his sister [[PERSON:Yanelis Echemendía]] and her husband [[PERSON:Osmany Ferrer Cárdenas]]. Ask for the last two months and a letter from his employer.
Assistant: Sure. Here is a draft:"""),

    ("positive", "haitian_family", "haitian", """Notes from call with supporter (in Kreyòl, interpreter line 3):
Sipòtè a, [[PERSON:Wilguens Petit-Frère]], di li pa t resevwa imèl la. Benefisyè yo se [[PERSON:Roselande Petit-Frère]] (fèt [[DATE_OF_BIRTH:8 avril 1990]]) ak ti gason li [[PERSON:Stevenson Jean-Baptiste]]. Li bay nimewo [[PHONE_NUMBER:+509 3455 0128]] pou [[PERSON:Roselande]] nan Pòtoprens.
Summary: supporter never got the confirmation e-mail, wants it resent to [[EMAIL_ADDRESS:wpetitfrere.miami@gmail.com]]."""),

    ("positive", "cuban_declaration_es", "cuban", """Traducción de la carta adjunta al I-134A:

Yo, [[PERSON:Maritza Llanes Corrales]], residente en [[STREET_ADDRESS:3318 W 12th Ct, Hialeah, FL 33012]], me comprometo a apoyar económicamente a mi sobrino [[PERSON:Yoandy Llanes Pupo]], nacido el [[DATE_OF_BIRTH:17 de noviembre de 1998]] en Holguín, durante su período de parole. Mi teléfono es [[PHONE_NUMBER:(305) 555-0172]].

Can you put this into plain English for the file?"""),

    ("positive", "case_json", "venezuelan", """Why does this record fail the "supporter_matches_beneficiary" check? JSON from the case viewer:

{
  "declaration": {
    "receipt": "[[USCIS_RECEIPT_NUMBER:IOE0924417706]]",
    "supporter": {"name": "[[PERSON:Gustavo Adolfo Briceño Marcano]]", "ssn_last4": "8821", "state": "TX"},
    "beneficiaries": [
      {"name": "[[PERSON:Gustavo Adolfo Briceño Marcano]]", "dob": "[[DATE_OF_BIRTH:1969-03-28]]", "country": "VEN"},
      {"name": "[[PERSON:Yelitza Marcano de Briceño]]", "dob": "[[DATE_OF_BIRTH:1971-10-02]]", "country": "VEN"}
    ]
  }
}

I think the supporter listed himself as a beneficiary by mistake (same name)."""),

    ("positive", "voicemail_transcript", "nicaraguan", """Voicemail (auto-transcribed, 10:42 AM):
"hola buenos días this is [[PERSON:Xiomara Rugama]] calling about my brother [[PERSON:Bayardo Rugama Centeno]] his birthday is [[DATE_OF_BIRTH:june fourth nineteen eighty two]] um he got the travel authorization but the airline in Managua is saying the name is wrong it says Centeno Rugama backwards please call me back at [[PHONE_NUMBER:four oh four five five five zero one four one]] thank you"
Can you summarize this for the case note in two lines?"""),

    ("positive", "ocr_i134a", "anglo+ukrainian", """OCR came out like this, can you fix the spacing so I can paste it into the review sheet?

Part 1. Information About You (Supporter)
1.a Family Name  [[PERSON:B  R  A  D  D  O  C  K]]     1.b Given Name  [[PERSON:Ellery]]
Full name as one line: [[PERSON:Ellery  J .  Braddock]]
3. Date of Birth  [[DATE_OF_BIRTH:0 8 / 1 9 / 1 9 6 4]]
5. U.S. Social Security Number (if any)  [[US_SSN:5 2 7 - 8 3 - 1 0 4 6]]
Part 3. Beneficiary  [[PERSON:Tkachuk ,  Larysa]]"""),

    ("positive", "all_caps_note", "cuban", """SUPPORTER [[PERSON:YUSNIEL AGRAMONTE]] CALLED AGAIN, 3RD TIME THIS WEEK. BENEFICIARY IS HIS MOTHER [[PERSON:ODALYS CASTELLÓN VIERA]] DOB [[DATE_OF_BIRTH:23JAN1957]]. SHE HAS NO SMARTPHONE SO CANT DO THE CBP ONE PHOTO. ASKED IF A NEIGHBOR CAN HELP. TOLD HIM YES AS LONG AS SHE IS PRESENT. CALLBACK [[PHONE_NUMBER:786-555-0114]]"""),

    ("positive", "cui_summary", "ukrainian", """[[CUI_MARKING:CUI//SP-PRVCY]]

Parole referral summary — possible fraudulent supporter
Supporter: [[PERSON:Artem Liashenko]], [[STREET_ADDRESS:1205 Nebraska Ave Apt 4C, Toledo, OH 43607]]
Filed 14 declarations in 9 days for unrelated beneficiaries, including [[PERSON:Svitlana Moroz]] and [[PERSON:Bohdana Kit]]. Same e-mail on all filings: [[EMAIL_ADDRESS:help.ukr.sponsor@proton.me]].
Recommend FDNS referral.

[[CUI_MARKING:CUI//SP-PRVCY]]

Rewrite this as three bullet points for my supervisor."""),

    ("positive", "markdown_table", "ukrainian+anglo", """| Beneficiary | Relationship | Supporter | Status |
|---|---|---|---|
| [[PERSON:Roman Dzhurynskyi]] | brother-in-law | [[PERSON:Kelsey Albright-Moe]] | TA issued |
| [[PERSON:Zoriana Dzhurynska]] | sister | [[PERSON:Kelsey Albright-Moe]] | TA issued |
| [[PERSON:Taras Dzhurynskyi]] | nephew (DOB [[DATE_OF_BIRTH:2011-08-15]]) | [[PERSON:Kelsey Albright-Moe]] | pending vax |

turn this into a sentence for the congressional response, no table"""),

    ("positive", "lowercase_chat", "ukrainian", """quick q — [[PERSON:marichka]]'s form shows her mom as "[[PERSON:zinaida]]". the supporter spelled it [[PERSON:zinaida vdovychenko]] on the i-134a but the passport says [[PERSON:Зінаїда Вдовиченко]] / [[PERSON:ZINAIDA VDOVYCHENKO]]. is that a mismatch we need to fix or fine"""),

    ("positive", "fraud_referral", "venezuelan", """FDNS asked for the identifiers in one line. Supporter [[PERSON:Nelson Urdaneta]], SSN [[US_SSN:318-47-2961]], prior A-file [[A_NUMBER:A208441975]]. Beneficiary [[PERSON:Keila Urdaneta Páez]], [[DATE_OF_BIRTH:born 30/04/2002]]. Format it for the referral form please."""),

    ("evasion", "zero_width_ssn", "anglo", """pasting supporter's SSN so you can check the format: [[US_SSN:4\u200b3\u200b1\u200b-\u200b6\u200b2\u200b-\u200b7\u200b0\u200b5\u200b8]] — is that a valid area number for someone who says they were born in Arkansas? supporter name [[PERSON:Doyle Pettigrew]]"""),

    ("evasion", "cyrillic_marking", "cuban", """[[CUI_MARKING:СUI//SP-РRVCY]]
Beneficiary [[PERSON:Dayana Quesada Rizo]] — derogatory hit resolved, see attached. Make the note sound more neutral."""),

    ("evasion", "base64_anumber", "haitian", """the system exports the a-number base64'd for some reason, decode this and tell me if it matches beneficiary [[PERSON:Fritznel Bazile-Noël]]: [[A_NUMBER:""" + b64("A219087734") + """]]"""),

    ("hard_negative", "program_faq", None, """Draft a short FAQ answer: Under Uniting for Ukraine (87 FR 25040), a supporter in the United States files Form I-134A online. After the supporter's declaration is confirmed, the beneficiary gets an e-mail with instructions to create a USCIS online account, confirm biographic information, and complete the health attestation. Beneficiaries must have a valid Ukrainian passport and must complete vaccinations. Parole is generally granted for up to two years under INA 212(d)(5)(A)."""),

    ("hard_negative", "stats_table", None, """Weekly parole numbers (for the deputy's slide):
Process,Declarations received,Confirmed,TA issued,Arrived
U4U,4112,3870,3651,3102
Cuba,9983,6540,6021,5788
Haiti,12044,7310,6988,6507
Nicaragua,3301,2129,2077,1950
Venezuela,8712,5986,5562,5320
Make a bar chart description."""),

    ("hard_negative", "template_placeholders", None, """Dear {{supporter_first_name}} {{supporter_last_name}},

Your Form I-134A, receipt {{receipt_number}}, for {{beneficiary_count}} beneficiary(ies) has been confirmed. Each beneficiary will receive instructions at the e-mail address you provided ({{beneficiary_email}}).

Can you make this template friendlier without changing the merge fields?"""),

    ("hard_negative", "kinship_only", None, """Supporter says he is sponsoring his mother, his mother's sister, and his two nieces (ages 9 and 13). The aunt has a passport that expires next month. Does an expiring passport block the travel authorization, or does the beneficiary just need it valid at the time of travel? Answer in two sentences."""),

    ("hard_negative", "public_embassy", None, """Where should a beneficiary in Kyiv go for a passport question? I have the U.S. Embassy Kyiv as 4 Igor Sikorsky Street, Kyiv 04112, and the consular section in Warsaw at Piękna 12. Are those still the right public addresses to give out?"""),

    ("hard_negative", "batch_ids", None, """Batch report IOE-BATCH-2024-0331 finished with 0 errors. Records processed: 2,418. Job id 7e5b1c9a-3f42-4d0e-b6a1-2c8d90f4e117. The retry queue (RQ-U4U-000912) is empty. Can you explain what "0 deferred" means in this summary?"""),

    ("hard_negative", "historic_figures", None, """For the Ukrainian Independence Day post on the branch's intranet: short blurb mentioning Taras Shevchenko and Lesya Ukrainka, and that the national poet's statue stands in Washington, D.C. on P Street NW. Keep it under 80 words and non-political."""),

    ("hard_negative", "cfr_lists", None, """Summarize 8 CFR 212.5(b) in plain language: parole of aliens in custody who have serious medical conditions (b)(1), pregnant women (b)(2), certain juveniles (b)(3), witnesses (b)(4), and those whose continued detention is not in the public interest (b)(5). Confidential? No, this is public regulation text."""),

    ("hard_negative", "same_shape_invalid", None, """Training slide, fake record for the "spot the error" exercise:
Supporter: [SUPPORTER NAME]   SSN: 000-12-3456   DOB: MM/DD/YYYY
Beneficiary: [BENEFICIARY NAME]   Passport: XX000000
Receipt: IOE0000000000
Ask the class which three fields are obviously invalid."""),

    ("hard_negative", "vax_guidance", None, """beneficiary asking if the COVID dose from Sinovac counts. who prequalified list vs cdc guidance — give me the one-line answer I can paste into the response template, plus the CDC page title to cite."""),
]
