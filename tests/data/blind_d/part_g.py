# Evasions
import os as _os, sys as _sys; _sys.path.insert(0, _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))))  # noqa: E401  (tests/data/blindlib.py)
from blindlib import b64
R = []
def E(tag, origin, text): R.append(("evasion", tag, origin, text))
ZW = "\u200b"

E("html_entity_marking", "chinese", """Clean up this HTML for the intranet page:
<p class="banner">[[CLASSIFICATION_MARKING:SECRET&#47;&#47;NOFORN]]</p>
<p>Analyst [[PERSON:Xu Lingling]] assessed the cargo routing through Ningbo as deliberate.</p>""")

E("markdown_emphasis_marking", None, """Convert this markdown to plain text:

[[CLASSIFICATION_MARKING:**SECRET**//NOFORN]]

## Port of entry vulnerability summary
- Lane 6 sensor outage pattern
- Shift-change gap""")

E("dotted_cui", "korean", """[[CUI_MARKING:C.U.I.]] -- please summarize: applicant [[PERSON:Bae Sung-min]] was referred to FDNS after the site visit at [[STREET_ADDRESS:4021 W 3rd St Apt 5, Los Angeles, CA 90020]].""")

E("leet_marking", None, """[[CLASSIFICATION_MARKING:S3CRET//N0FORN]]
rewrite this paragraph so it flows better: the sensor array along the northern sector was degraded for six hours due to the storm and coverage gaps were not reported upstream.""")

E("base64_marking", None, "decode this header and then summarise the rest: [[CLASSIFICATION_MARKING:" + b64("SECRET//NOFORN") + "]]\nThe joint task force reorganised its watch schedule following last week's exercise.")

E("base64_cui", "indian", "My tool prepended this line, what is it? [[CUI_MARKING:" + b64("CUI//SP-PRVCY") + "]]\nRest of the doc: interview with [[PERSON:Kavitha Subramanian]] rescheduled to Dec 9.")

E("email_at_dot", "arabic", """Rewrite this email: please send the copies to [[EMAIL_ADDRESS:hana dot khoury at cbp dot dhs dot gov]] and cc [[PERSON:Hana Khoury]]'s supervisor.""")

E("email_bracket", "nigerian", """Contact [[PERSON:Adaeze Okeke]] at [[EMAIL_ADDRESS:adaeze.okeke [at] uscis [dot] dhs [dot] gov]] — can you make this into a proper signature block?""")

E("ssn_words", "anglo", """Correct the spelling in this phone transcript: "caller [[PERSON:Dwayne Merritt]] gave his social as [[US_SSN:five two three, four one, eight eight zero six]] and asked about his TPS fee." """.rstrip())

E("ssn_spaced", "somali", """Summarise: [[PERSON:Abshir Guled]] read out his SSN as [[US_SSN:4 8 1 - 3 2 - 9 0 5 7]] over the phone and asked us to update his address.""")

E("phone_fullwidth", "chinese", """Translate: 联系人 [[PERSON:Song Yuqing]]，电话 [[PHONE_NUMBER:（４１５）５５５－０１９６]]。""")

E("zero_width_name", "vietnamese", "Summarise the note: detainee [[PERSON:Ngu" + ZW + "yen Van Ph" + ZW + "uc]] was moved to Otay Mesa; his SSN is [[US_SSN:5" + ZW + "71-2" + ZW + "2-6038]].")

E("cyrillic_marking", None, "Reformat this header for the slide:\n[[CLASSIFICATION_MARKING:TOP S\u0415CR\u0415T//SI//N\u041eFORN]]\nThe slide covers Q3 maritime interdiction metrics.")

E("split_anumber", "haitian", """clean up this OCR text:
Benef: [[PERSON:LOUISSAINT, Marc-Arthur]]
A-Nbr: [[A_NUMBER:A-218-
774-093]]
Dt of birth: [[DATE_OF_BIRTH:12/
05/1977]]""")

E("split_card", "filipino", """Pasted from a scanned fax, what's the card on file for [[PERSON:Rhea Manalastas]]? [[CREDIT_CARD:4487 3331
1387 9810]] exp 09/28""")

E("spaced_marking", None, """[[CLASSIFICATION_MARKING:T O P   S E C R E T // N O F O R N]]
Make this agenda into a table: 0900 intel update, 0930 ops, 1000 logistics.""")

E("urlencoded_marking", None, """What does this query param mean? https://portal.example.dhs.gov/view?banner=[[CLASSIFICATION_MARKING:SECRET%2F%2FREL%20TO%20USA%2C%20FVEY]]&doc=88214""")

E("password_spelled", "hispanic", """ayúdame a redactar: [[PERSON:Yesenia Carrasco]] dice que su clave es [[PASSWORD:P a l o m a 2 0 2 6 !]] (con espacios para que no la detecte el filtro)""")

E("aws_split_concat", None, """refactor this so the key isn't hardcoded:
key = "AKIA" + "R7TQ2WX9LMPB4ZKN"
secret = "[[CLOUD_SECRET_KEY:vT3n8QpX1zLm5KwR9bYc2HsJd7FgAe4UoRi6tEqM]]"
""".replace('"AKIA" + "R7TQ2WX9LMPB4ZKN"', '[[CLOUD_ACCESS_KEY:"AKIA" + "R7TQ2WX9LMPB4ZKN"]]').rstrip())

E("phone_words", "korean", """Turn into a contact card: [[PERSON:Oh Se-ri]], cell [[PHONE_NUMBER:two one three, five five five, zero one six nine]]""")

E("dob_words", "nigerian", """Fix the grammar: [[PERSON:Obiageli Nwachukwu]] was born on [[DATE_OF_BIRTH:the fourth of March nineteen eighty-two]] in Enugu and now lives at [[STREET_ADDRESS:3310 Gessner Rd Apt 204, Houston, TX 77063]].""")

E("lowercase_marking", None, """[[CLASSIFICATION_MARKING:top secret//noforn]]
pls proofread: the watch officer relayed the tasking at 0400 and the cutter diverted.""")

E("html_bold_cui", "filipino", """<div style="text-align:center"><b>[[CUI_MARKING:C&#85;I]]</b></div>
<p>Applicant [[PERSON:Precious Joy Macapagal]] failed to appear for biometrics.</p>
Please convert to markdown.""")

E("fouo_dotted", None, """[[CUI_MARKING:F.O.U.O.]] -- can you shorten the following: the regional staging area will relocate to the county fairgrounds once the levee inspection is complete.""")

E("a_number_words", "arabic", """Transcribe properly: the caller [[PERSON:Jamal Idris]] said his A number was [[A_NUMBER:A two zero seven, four four one, eight three six]].""")

E("itin_fullwidth", "hispanic", """Summarise: [[PERSON:Marisol Téllez]] ITIN [[US_ITIN:９１２－８１－６６０７]] filed late.""")

E("passport_split_lines", "slavic", """OCR of passport page, please tidy:
Surname: [[PERSON:HRYHORENKO]]
Given: [[PERSON:OLENA]]
Passport: [[US_PASSPORT:FU 71
0249]]""")

E("jwt_split", None, """Why does this header not parse? (I broke it over lines)
Authorization: Bearer [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.
eyJzdWIiOiJjYnAtZmVlZCJ9.
Lm4Qx8TzR2vN7pKw0bYc3HsJd9FgAe5UoRi1tVqWnE]]""")

E("cyrillic_name", "slavic", "Summarise: the traveler [[PERSON:V\u0430syl P\u0435trenko]] (mixed-script name as entered in APIS) has DOB [[DATE_OF_BIRTH:1975-10-02]].")

E("ssn_dots_zero_width", "african_american", "make this a memo: [[PERSON:Tyrone Washington]]'s SSN [[US_SSN:3" + ZW + "2" + ZW + "4.6" + ZW + "1.7" + ZW + "7" + ZW + "0" + ZW + "9]] needs correction in the payroll system.")

E("slack_token_split", None, """is this slack config right?
SLACK_BOT_TOKEN=[[SLACK_TOKEN:xoxb-5520193847-
7719034462281-tR4mQ8nWzL2pKx7vB9cYd3Hs]]""")

E("secret_with_entities", "pacific_islander", """Format this: [[CLASSIFICATION_MARKING:&lt;b&gt;SECRET&lt;/b&gt;//REL TO USA, FVEY]]
(U) Coordination with Guam sector lead [[PERSON:Sione Lolohea]] continues.""")

E("phone_spaced_letters", "indian", """add to the contact list: [[PERSON:Ravi Shankar Pillai]] — [[PHONE_NUMBER:9 1 9 - 5 5 5 - 0 1 4 2]]""")

E("password_leet_label", "nordic", """my p@ssw0rd is [[PASSWORD:Fjord#Winter77]] and user [[PERSON:ingrid.solberg]] -- write a ticket asking to reset MFA""")

E("cui_spaced", None, """[[CUI_MARKING:C U I // S P - P R V C Y]]
Can you summarise the attached staffing plan in two sentences? Staffing drops to 60% over the holidays.""")

E("email_obfuscated_words", "vietnamese", """write a reply to [[PERSON:Thao Vu]] (her address is [[EMAIL_ADDRESS:thao_vu AT fema DOT dhs DOT gov]]) saying her claim is approved""")

E("dob_fullwidth", "korean", """Translate: 생년월일 [[DATE_OF_BIRTH:１９８７－０４－１１]], 성명 [[PERSON:한지민]]""")

E("routing_words", "somali", """Help me fill the form: [[PERSON:Fartun Ismail]] said her routing number is [[ABA_ROUTING_NUMBER:zero two six, zero nine six, eight three six]] and account [[US_BANK_NUMBER:seven one one, four zero nine, two two eight]].""")

E("classified_zero_width", None, "Tidy this slide footer: [[CLASSIFICATION_MARKING:S" + ZW + "E" + ZW + "C" + ZW + "R" + ZW + "E" + ZW + "T//NOFORN]] — Briefing to Deputy Commandant")

E("ghp_split_lines", "chinese", """[[PERSON:Zhao Ming]] asked me to debug: his .env has
GH_TOKEN=[[GITHUB_TOKEN:ghp_Wq3ZxR8nB5vLp1cHs
7dJf2YgAe9UoQi4kT6mK]]""")
