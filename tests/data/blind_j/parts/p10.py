# Part 10: more redact records (tables plus prose, evasive spacing) and two hard negatives.
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


R("positive", "vita_itin_csv_and_prose", "hispanic", """
Volunteer tax clinic export (comma CSV). Which rows need a W-7 renewal?

name,itin,last_used
[[PERSON:Esperanza Quintero]],[[US_ITIN:957-53-3967]],2022
[[PERSON:Wilfredo Ibarra]],[[US_ITIN:901-58-1119]],2025

Also, [[PERSON:Esperanza Quintero]] says her ITIN [[US_ITIN:957-53-3967]] expired — she filed no return in 2023-2025.
""")

R("evasion", "dob_spaced_digits", "indian", "The kiosk printout spaced out every character. Can you tidy it? Name: [[PERSON:Jaspreet Kaur Dhillon]]  D.O.B.: [[DATE_OF_BIRTH:1 9 8 4 - 0 6 - 1 2]]  Phone: [[PHONE_NUMBER:+91 98 7655 0142]]\n")

R("evasion", "passport_number_spaced", "nigerian", """
Officer's handwritten note transcribed: "pax [[PERSON:Babajide Oyelaran]] — Nigerian PPT no. [[US_PASSPORT:A 0 9 1 2 4 4 7 3]] — says lost original in Lagos". Put it into a structured lost-document entry.
""")

R("positive", "notebook_json_contacts", "nigerian+ethiopian", """
In [22]: resp.json()["results"][:2]
Out[22]:
[{'name': '[[PERSON:Chinonso Eze-Nwankwo]]', 'email': '[[EMAIL_ADDRESS:chinonso.en@example.org]]', 'phone': '[[PHONE_NUMBER:+234 803 555 0163]]'},
 {'name': '[[PERSON:Kidist Ayele]]', 'email': '[[EMAIL_ADDRESS:kidist.ayele@example.net]]', 'phone': '[[PHONE_NUMBER:+251 91 555 0127]]'}]

How do I flatten this into a DataFrame with one row per contact?
""")

R("positive", "cbp_secondary_indian_visa", "indian", """
Secondary referral notes to tidy:
Traveler [[PERSON:VENKATESH, Arvind Subramanian]], IND PPT [[US_PASSPORT:Z4812377]], H-1B visa, DOB [[DATE_OF_BIRTH:29/09/1986]]. Employer letter lists US address [[STREET_ADDRESS:7 Cedar Ridge Ct, Apt 1208, Plano, TX 75024]]. Admitted; I-94 [[I94_NUMBER:947817764B3]].
""")

R("positive", "uscg_sar_crew_list", "filipino", """
Put this crew list from the disabled fishing vessel into a table for the SITREP (name, role, contact):
Master [[PERSON:Reynaldo Pascual Bautista]] sat phone [[PHONE_NUMBER:+870 776 555 014]]; deckhands [[PERSON:Jun-Jun Dimaculangan]] and [[PERSON:Lorna Sumalpong]] (wife ashore: [[PHONE_NUMBER:+63 2 8555 0196]]).
""")

R("hard_negative", "cui_training_schedule", None, """
When is the annual CUI refresher training due this year, and does the Privacy Office's "Safeguarding PII" course count toward it? Draft a reminder email to my branch without naming anyone.
""")

R("hard_negative", "a_number_format_explainer", None, """
Explain the A-Number format to a new contractor: the letter A followed by 8 or 9 digits, often written with dashes in groups of three (A-XXX-XXX-XXX). Also explain how it differs from a USCIS receipt number and a USCIS online account number. No real examples.
""")
