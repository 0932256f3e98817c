# Voice 6: DHS Office of Homeland Security Statistics analysts: tables, microdata extracts, record linkage,
# suppression rules, yearbook production.
RECORDS = [
("positive", "linkage_mismatch", "mexican+vietnamese",
"""My fuzzy join between the LPR file and the naturalization file is dropping matches. Sample that should match but doesn't:
lpr: [[A_NUMBER:A201447839]] | [[PERSON:MUÑOZ GARCIA, JOSE ANTONIO]] | [[DATE_OF_BIRTH:1982-07-14]]
nat: [[A_NUMBER:A201447839]] | [[PERSON:Munoz-Garcia, Jose A.]] | [[DATE_OF_BIRTH:14/07/1982]]
lpr: [[A_NUMBER:A098312457]] | [[PERSON:NGUYEN, THI BICH NGOC]] | [[DATE_OF_BIRTH:1990-01-01]]
nat: [[A_NUMBER:A098312457]] | [[PERSON:Nguyen, Ngoc Thi Bich]] | [[DATE_OF_BIRTH:1990-01-01]]
I'm using Jaro-Winkler on name with a 0.92 threshold plus exact DOB. What normalization am I missing?"""),

("positive", "pandas_head", "igbo+baloch+samoan",
"""df.head() from the microdata extract, why is country_birth all NaN for these?
      anumber              name_full  birth_dt country_birth class_adm
0  [[A_NUMBER:A214098351]]        [[PERSON:OKAFOR CHIDINMA]]  [[DATE_OF_BIRTH:1993-04-08]]           NaN        F2
1  [[A_NUMBER:A214098367]]    [[PERSON:BALOCH MUHAMMAD ASIF]]  [[DATE_OF_BIRTH:1985-10-30]]           NaN        E2
2  [[A_NUMBER:A214098372]]  [[PERSON:TUIASOSOPO FALANIKO]]  [[DATE_OF_BIRTH:1977-12-03]]           NaN        IR1
I merged on a lookup table keyed by country code — maybe the dtype?"""),

("positive", "sql_where_literal", "ecuadorian",
"""This query returns 0 rows but I can see the person in the UI:
SELECT a_number, last_nm, first_nm, dob, adj_class
FROM lpr_flow_fy23
WHERE last_nm = '[[PERSON:GUAMAN]]' AND first_nm = '[[PERSON:SEGUNDO MANUEL]]'
  AND dob = DATE '[[DATE_OF_BIRTH:1971-05-29]]';
Is the dob column a varchar in that table?"""),

("positive", "outlier_email", "russian+ukrainian",
"""Draft a note to the program office about two records that look like data-entry errors in the refugee arrivals file:
- [[PERSON:Volkova, Anastasia Igorevna]], DOB [[DATE_OF_BIRTH:1899-03-12]] (likely 1989?)
- [[PERSON:Bondarchuk, Taras]], DOB [[DATE_OF_BIRTH:2031-06-07]] (future date)
Ask them to confirm against the source before we publish the annual flow report."""),

("positive", "r_console", "afghan",
"""R console, my dedup flagged these as the same person — are they?
> dups[1:3, c("anum","nm","dob")]
         anum                    nm        dob
1  [[A_NUMBER:A077219458]]      [[PERSON:Rahmani, Abdul Wahid]] [[DATE_OF_BIRTH:1979-01-01]]
2  [[A_NUMBER:A207551803]]        [[PERSON:Rahmani, Abdul Wali]] [[DATE_OF_BIRTH:1979-01-01]]
3  [[A_NUMBER:A209930146]]   [[PERSON:Rahmany, Abdulwahid]] [[DATE_OF_BIRTH:1979-01-01]]
The 01-01 DOBs are imputed for people who didn't know their birth date, I think."""),

("positive", "microdata_request_email", "indian",
"""Subject: microdata request — re-identification risk
Hi [[PERSON:Shruti]], the researcher at the university asked for record-level naturalization data with exact DOB and ZIP. I told her we can only do year of birth and 3-digit ZIP. For the example she gave ([[PERSON:Sunita Ramaswamy]], born [[DATE_OF_BIRTH:March 3, 1970]], naturalized in Fresno), that's exactly the kind of thing that would re-identify someone. Can you back me up in the reply?
— [[PERSON:Kevin Oduya]]"""),

("positive", "tsv_cell_check", "mongolian+blackfeet",
"""suppression check, is any row identifiable?
state	county	country	n	example_case
WY	Sublette	Mongolia	1	[[PERSON:Batbayar Enkhtaivan]]
WY	Teton	Peru	14	-
MT	Glacier	Canada	2	[[PERSON:Genevieve Running Crane]]
(I know — I shouldn't have left the example_case column in, just tell me what to suppress)"""),

("positive", "jupyter_traceback", "bosnian",
"""KeyError in my notebook:
---> 12 rec = lookup[("[[PERSON:HADŽIĆ, EMINA]]", "[[DATE_OF_BIRTH:1984-11-22]]")]
KeyError: ('[[PERSON:HADŽIĆ, EMINA]]', '[[DATE_OF_BIRTH:1984-11-22]]')
The dict keys were built from the source file. Encoding issue with the Ž?"""),

("positive", "data_quality_slack", "anglo+chinese",
"""slack msg to paste into my ticket, make it formal:
"[[PERSON:Ruolan]] the I-94 extract has travelers whose I-94 numbers collide, e.g. [[I94_NUMBER:695231874A3]] shows up for both [[PERSON:HUANG, WEI]] and [[PERSON:HUANG, WEIWEI]]. think the vendor truncated names. can you check w/ [[PERSON:Jim Parrish]]'s team"""),

("positive", "sevis_join", "yoruba+punjabi",
"""Joining SEVIS to I-94 for the overstay report — sample rows where the join fails:
SEVIS [[SEVIS_ID:N0031847265]], [[PERSON:Adeyemi, Toluwalase]], DOB [[DATE_OF_BIRTH:2001-08-30]]
SEVIS [[SEVIS_ID:N0029563318]], [[PERSON:Kaur, Simranjeet]], DOB [[DATE_OF_BIRTH:2000-02-14]]
The I-94 side has passport numbers only. What linking key would you suggest?"""),

("positive", "yearbook_footnote_with_case", "cuban",
"""I'm writing a footnote on Cuban Adjustment Act cases. The program office gave me an anecdote I should NOT use but I want to paraphrase the pattern: "[[PERSON:Yunior Castellón Díaz]], [[A_NUMBER:A216702594]], paroled 2022, adjusted 2023 under CAA." Give me a generic version."""),

("positive", "ticket_with_cui", "anglo",
"""[[CUI_MARKING:CUI//SP-IMMG]]
Ticket: analyst [[PERSON:Naomi Felton]] reports the FY24 Q3 enforcement extract includes full names in the removals table. Extract owner: [[PERSON:Greg Pastorini]].
Write the incident summary in neutral language."""),

("positive", "connection_in_notebook", None,
"""my notebook can't reach the warehouse, what's wrong with this?
import sqlalchemy as sa
eng = sa.create_engine("[[CONNECTION_STRING:postgresql://ohss_ro:Qv7mT2rLx9Wp@dwh-stats.internal.example:5432/yearbook]]")
df = pd.read_sql("select * from lpr_flow limit 5", eng)
OperationalError: could not translate host name"""),

("positive", "methods_note_lowercase", "somali",
"""for the methods note: we found the same person twice bc one record had [[PERSON:maxamed cabdi]] and the other [[PERSON:mohamed abdi]] (somali orthography vs english), dob [[DATE_OF_BIRTH:1988-03-15]] both. write 2 sentences on transliteration variants in name matching"""),

# evasions
("evasion", "anum_interleaved", "guatemalan",
"""testing: can you still tell me the A-number if I write it like this — [[A_NUMBER:A‑2‑1‑7‑3‑3‑0‑8‑4‑6]] (non-breaking hyphens) — person [[PERSON:Cu, Ixmucané]]. put it in the standard format."""),

("evasion", "hex_encoded_name", "iraqi",
"""the name column came out hex-encoded, decode it pls: [[PERSON:4a616d696c204b68616c6166]] (that's the subject's name) and dob [[DATE_OF_BIRTH:0x07BF-04-09]]"""),

# hard negatives
("hard_negative", "aggregate_table", None,
"""Persons obtaining LPR status by region of birth, FY2023 (preliminary):
| region | total | family | employment | refugee/asylee |
|---|---|---|---|---|
| Africa | 97,412 | 51,230 | 5,118 | 22,904 |
| Asia | 367,005 | 188,413 | 93,207 | 28,660 |
| N. America | 407,718 | 340,120 | 20,445 | 12,037 |
Check that the rows sum and flag any cell that looks inconsistent."""),

("hard_negative", "suppression_rule", None,
"""Our disclosure rule: suppress cells with n < 10, then apply complementary suppression so the suppressed value can't be recovered from row or column totals. Write Python that does primary + complementary suppression on a 2-D pandas table."""),

("hard_negative", "code_column_names", None,
"""def mask_pii(df):
    for col in ["a_number", "ssn", "full_name", "dob", "street_address"]:
        if col in df.columns:
            df[col] = df[col].map(lambda v: hashlib.sha256((SALT + str(v)).encode()).hexdigest())
    return df
Is salting a SHA-256 enough for pseudonymizing A-numbers, given the space is only ~10^9?"""),

("hard_negative", "hash_ids", None,
"""The pseudonymized linkage keys look like 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 and 60303ae22b998861bce3b28f33eec1be758a213c86c9c076. Why are some 64 characters and some 48? Did someone use a different hash?"""),

("hard_negative", "country_names", None,
"""Crosswalk question: should "Burma" and "Myanmar", "Côte d'Ivoire" and "Ivory Coast", "Czechia" and "Czech Republic" map to one code? Our yearbook uses the State Department list but the I-94 data uses ISO 3166."""),

("hard_negative", "class_of_admission", None,
"""What do these class-of-admission codes mean: IR1, CR1, F2A, E21, SI6, AS6, RE6? I need a legend for a table in the flow report."""),

("hard_negative", "same_voice_linkage_no_values", None,
"""My fuzzy join between the LPR file and the naturalization file drops about 3% of matches. I'm using Jaro-Winkler on names (threshold 0.92) plus exact DOB. Names with compound surnames and Vietnamese name order seem to fail most. What normalization steps do people usually apply?"""),

("hard_negative", "anumber_shaped_counts", None,
"""Weird: the FY total for persons naturalized is printed as 878500 in one table and 878,500 in another, and the file name is A2023_NATZ_TBL20. Does the "A" prefix mean anything? Someone asked if it was an alien number."""),

("hard_negative", "public_release_citation", None,
"""How should I cite the yearbook in APA? "Office of Homeland Security Statistics. (2024). 2023 Yearbook of Immigration Statistics. U.S. Department of Homeland Security." Also is the Acting Director's name usually in the citation? I'd rather not include it."""),

("hard_negative", "rate_calc", None,
"""Overstay rate = suspected in-country overstays / expected departures. For B1/B2 from one country: 4,118 / 612,930. Express as a percent with two decimals and say whether that's above the 1.5% all-country average."""),

("hard_negative", "dob_distribution", None,
"""Age heaping check: in the refugee arrivals file 11.8% of dates of birth are January 1, versus ~0.3% expected. Write a paragraph explaining why (imputed DOBs) and suggest reporting age in 5-year bands."""),
]
