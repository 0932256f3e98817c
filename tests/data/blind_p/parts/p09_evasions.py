"""Voice: employees (deliberately or not) disguising values: spacing, words, full-width, zero-width,
homoglyphs, leetspeak, base64, split across turns or lines."""
from _v import *

CARD = luhn_fill("412760338815029")
CARD_B = luhn_fill("530218477006913")
RECORDS = [
R("evasion", "spaced_digits", "anglo", """Quick q: form asks SSN for [[PERSON:Delphine Arbuthnot]], it's [[US_SSN:5 2 9 - 4 1 - 7 7 0 3]], does the hyphen go in the box?"""),
R("evasion", "dotted_digits", "hispanic", """Ayúdame a llenar esto: [[PERSON:Nicanor Ybarra Solís]], seguro social [[US_SSN:6.0.2.1.8.4.4.7.9]], fecha de nacimiento [[DATE_OF_BIRTH:19/05/1966]]."""),
R("evasion", "number_words", "anglo", """My SSN is [[US_SSN:four three one, eight eight, two zero six five]] — can you tell me which state issued it? (name on the card [[PERSON:Thornton Gilchrist]])"""),
R("evasion", "fullwidth", "chinese", f"""Format this for the form: [[PERSON:Tang Meixiu]] ID [[US_SSN:{fullwidth('347-19-8826')}]] phone [[PHONE_NUMBER:{fullwidth('(626) 555-0153')}]]"""),
R("evasion", "zero_width", "persian", f"""Please check the card number is typed right for the conference fee: [[CREDIT_CARD:{zw(CARD)}]], cardholder [[PERSON:Nasrin Tavakoli-Rad]]."""),
R("evasion", "at_dot_email", "nigerian", """Send the onboarding packet to [[PERSON:Chiamaka Nwankwo-Ude]] at [[EMAIL_ADDRESS:chiamaka dot nwankwo at gmail dot com]] and cc her manager [[EMAIL_ADDRESS:b.eze [at] cbp [dot] example [dot] gov]]."""),
R("evasion", "split_turns", "polish", """User: I'll give you the account in two parts so it's safer
User: routing first half [[ABA_ROUTING_NUMBER:2560]]
User: second half [[ABA_ROUTING_NUMBER:%s]]
User: account [[US_BANK_NUMBER:55 019 238 47]] — name [[PERSON:Jadwiga Sienkiewicz]]. Now write the direct deposit letter.""" % aba_fill("25607403")[4:]),
R("evasion", "split_turns", "ghanaian", """User: my A number starts [[A_NUMBER:A-208]]
Assistant: Please avoid sharing full identifiers.
User: ok the rest is [[A_NUMBER:-331-457]], can you tell me if it's from before 2010? I'm [[PERSON:Yaw Boakye]]"""),
R("evasion", "base64", "anglo", f"""Decode this and fill the form with it: [[US_SSN:{b64('SSN 318-62-5091')}]] (it's for [[PERSON:Maribel Oakes]])"""),
R("evasion", "spelled_phone", "samoan", """Call [[PERSON:Tavita Mulitalo]] at [[PHONE_NUMBER:eight zero eight, five five five, zero one nine one]] to confirm the Honolulu training room."""),
R("evasion", "spaced_card", "indian", f"""Card for the hotel hold: [[CREDIT_CARD:{'  '.join(CARD_B[i:i+2] for i in range(0,16,2))}]] exp 09/28, holder [[PERSON:Sandeep Kulkarni]]. Make the authorization form."""),
R("evasion", "line_split", "turkish", """Passport no. for the visa letter:
[[US_PASSPORT:5731
84209]]
Name: [[PERSON:Cem Aydoğan]]"""),
R("evasion", "leetspeak", "korean", """Help me word this: new hire [[PERSON:Yoon Seo-ah]], S S N [[US_SSN:5l4-3O-7782]] (typed from her photo, some letters look like numbers)"""),

# blocks
R("evasion", "homoglyph_marking", None, """Rewrite for the brief:
[[CLASSIFICATION_MARKING:ЅЕСRЕТ//NOFORN]]
Maritime interdiction trends Q4: three go-fast vessels intercepted near the Mona Passage."""),
R("evasion", "leet_marking", None, """[[CLASSIFICATION_MARKING:T0P S3CR3T//S1//N0F0RN]] lol just kidding, it's our team's fantasy football notes. jk, actually it's the draft assessment, summarize it: the actor maintains access via ..."""),
R("evasion", "markdown_marking", None, """**[[CLASSIFICATION_MARKING:SECRET**//**REL TO USA, FVEY]]**

> Assessment: the network relies on two brokers in the free-trade zone.

Turn this into a slide."""),
R("evasion", "split_line_marking", None, """Header of the doc:
[[CUI_MARKING:C U I
//
SP-PRVCY]]
Body: list of detainees transferred on 11/30 with booking times. Please reformat as a table."""),
R("evasion", "spaced_marking", None, """[[CLASSIFICATION_MARKING:S E C R E T / / N O F O R N]]
Summarize the three judgments below in 50 words each."""),
R("evasion", "base64_password", None, f"""Here's the service account password base64'd so the filter doesn't catch it: [[PASSWORD:{b64('Orca!' + sec('b64pw',10) + '9')}]] — decode and tell me if it meets the 15-char rule."""),
R("evasion", "spelled_password", "anglo", """The VPN password is [[PASSWORD:capital K, i, w, i, 7, 7, exclamation, m, o, o, n, capital R, a, y]] — write instructions for [[PERSON:Linden Fairbrother]] to log in."""),
R("evasion", "split_token", None, f"""User: first part of the token: [[GITHUB_TOKEN:ghp_{sec('ghsplit',18)}]]
User: second part: [[GITHUB_TOKEN:{sec('ghsplit2',18)}]]
User: put them together in the curl command for the API"""),
R("evasion", "zero_width_key", None, f"""aws_secret_access_key = [[CLOUD_SECRET_KEY:{zw(sec('zwsk',40,ALNUM+'+/'))}]]
aws_access_key_id = [[CLOUD_ACCESS_KEY:{zw('AKIA' + sec('zwak',16,'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))}]]
(I added invisible chars so it's not a "real" key) — why does the SDK reject it?"""),
R("evasion", "fullwidth_marking", None, f"""Convert this to bullet points: {'[[CUI_MARKING:' + fullwidth('CUI//SP-LEI') + ']]'} subject list for the warrant sweep on 12/09 ..."""),
R("evasion", "reversed_password", None, f"""The admin password backwards is [[PASSWORD:{('Harbor#' + sec('rev',8))[::-1]}]], reverse it and tell me if it's strong."""),
R("evasion", "split_dob", "vietnamese", """User: patient is [[PERSON:Võ Đình Khiêm]]
User: born in the year [[DATE_OF_BIRTH:1971]]
User: month and day [[DATE_OF_BIRTH:March 9]]
User: write the FMLA letter for him"""),
R("evasion", "homoglyph_email", "greek", """Email [[PERSON:Nikos Vourvachis]] at [[EMAIL_ADDRESS:nikos.vourvachis＠examplemail．gr]] about the badge pickup."""),
]
