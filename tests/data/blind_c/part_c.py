# Evasions: disguised markings, secrets and identifiers. Spans cover the value as written.
E = "evasion"
RECORDS = [
(E, "html_entities", None, """Clean up this HTML export into plain text:
<p style="text-align:center"><b>[[CLASSIFICATION_MARKING:S&#69;CRET//NOFORN]]</b></p><p>Liaison reporting on the northern crossing points is attached.</p>"""),

(E, "html_entities", "vietnamese", """Decode the entities in this snippet and tell me what it says:
Contact: [[PERSON:Trương Ngọc Ánh]] &lt;[[EMAIL_ADDRESS:anh&#46;truong82&#64;viet-mail&#46;com]]&gt;, phone [[PHONE_NUMBER:&#40;408&#41; 274-3590]]"""),

(E, "markdown_emphasis", None, """Convert this markdown to a Word-friendly format:
# Weekly Threat Roll-up
[[CLASSIFICATION_MARKING:**SECRET**//ORCON/NOFORN]]
- Item 1: pattern of small-boat landings continues south of the point
- Item 2: no change"""),

(E, "markdown_emphasis", None, """Render this as HTML: _[[CLASSIFICATION_MARKING:TOP SECRET//*SI*//NOFORN]]_ -- slide 3 of the brief on tunnel detection"""),

(E, "dotted_acronym", "hispanic", """Proofread the header: [[CUI_MARKING:C.U.I.]] // PRVCY -- Interview notes for [[PERSON:Leticia Bañuelos]], DOB [[DATE_OF_BIRTH:02/19/1971]]"""),

(E, "dotted_acronym", None, """Give this memo a clearer title. It's marked [[CUI_MARKING:F.O.U.O.]] at the top and covers the revised overtime policy for port officers."""),

(E, "digit_for_letter", None, """Tidy the spacing on this header line: [[CLASSIFICATION_MARKING:S3CRET//N0FORN]]   --   Sector Assessment, draft 2"""),

(E, "digit_for_letter", None, """Fix the typos in this: [[CLASSIFICATION_MARKING:T0P S3CR3T//SI]] briefing slides, please don't change anything else."""),

(E, "base64_marking", None, """What does this base64 header decode to, and then summarize the body?
X-Doc-Class: [[CLASSIFICATION_MARKING:U0VDUkVULy9SRUwgVE8gVVNBLCBHQlI=]]
Body: The two facilitators were observed meeting near the rail yard on three occasions."""),

(E, "base64_marking", "korean", """Decode the first line then rewrite the rest as a memo:
[[CUI_MARKING:Q1VJLy9TUC1QUlZDWQ==]]
[[PERSON:Moon Ha-eun]] requested a copy of her file; her A-number is [[A_NUMBER:A-217-664-092]]."""),

(E, "base64_marking", None, """Is this a valid base64 string? [[CLASSIFICATION_MARKING:VE9QIFNFQ1JFVC8vVEsvL05PRk9STg==]]"""),

(E, "email_spelled", "somali", """Write a polite reminder to the applicant. Her name is [[PERSON:Nasra Abdi Warsame]] and her email is [[EMAIL_ADDRESS:nasra dot warsame at mn-mail dot com]]."""),

(E, "email_spelled", "nigerian", """Send the hearing notice to [[PERSON:Obinna Ezeh]] at [[EMAIL_ADDRESS:obinna.ezeh [at] naijapost [dot] ng]] and cc his attorney."""),

(E, "email_spelled", "chinese", """Rewrite: you can reach [[PERSON:Deng Xiaolu]] at [[EMAIL_ADDRESS:xiaolu_deng(at)hk-webmail(dot)com]] or on WeChat."""),

(E, "number_words", "anglo", """Please format as a table: applicant [[PERSON:Colleen Mayhew]], social security number [[US_SSN:five two three, four one, eight zero six two]], phone [[PHONE_NUMBER:seven zero three, four four one, nine two six eight]]."""),

(E, "number_words", "haitian", """Clean up this voicemail transcript: "hi it's [[PERSON:Jonas Mérilus]] my a number is [[A_NUMBER:A two one five, three zero eight, seven seven one]] call me back at [[PHONE_NUMBER:nine five four, three one two, zero eight eight six]] thank you" """),

(E, "number_words", "filipino", """Transcript cleanup: "yes ma'am my birthday is the [[DATE_OF_BIRTH:twelfth of March nineteen eighty-one]], name is [[PERSON:Ernesto Capulong]]" """),

(E, "spaced_digits", "indian", """Fix this form input: Name: [[PERSON:Kavitha Sundaram]] SSN: [[US_SSN:4 1 7 - 2 2 - 9 0 6 5]]"""),

(E, "spaced_digits", "arabic", """Is this card number valid? [[CREDIT_CARD:4 0 1 0 9 2 8 1 5 9 0 1 3 9 6 2]] (cardholder [[PERSON:Ziad Haddad]])"""),

(E, "spaced_digits", "slavic", """Reformat this phone to E.164: [[PHONE_NUMBER:3 1 2 - 5 8 8 - 4 0 1 7]] - belongs to [[PERSON:Nataliya Hrytsenko]]"""),

(E, "fullwidth_digits", "chinese", """请检查这个格式: 姓名 [[PERSON:马丽华]], 社会安全号 [[US_SSN:５３８－２１－４０６７]], 电话 [[PHONE_NUMBER:（６２６）３８４－９１０２]]"""),

(E, "fullwidth_digits", "korean", """Convert these digits to ASCII: passport [[US_PASSPORT:Ｍ５２８０４７１６]], A-number [[A_NUMBER:Ａ２１８４０３５５７]], holder [[PERSON:Baek Ji-hoon]]"""),

(E, "zero_width", "chinese", """Reformat this banner line nicely: [[CLASSIFICATION_MARKING:SE\u200bCRET//NO\u200bFORN]] -- border tunnel assessment, annex B, drafted by [[PERSON:Tan Siew Ling]]"""),

(E, "zero_width", "vietnamese", """Copy this into the tracker: [[PERSON:Hồ Văn Thắng]] SSN [[US_SSN:609\u200b-\u200b44\u200b-\u200b1728]] DOB [[DATE_OF_BIRTH:11/08/1966]]"""),

(E, "zero_width", None, """Why does grep not find this line? token=[[GITHUB_TOKEN:ghp_\u200b71fTquWoGsbeKXgzg2sye9b2Rann76dEyTzA]]"""),

(E, "cyrillic_lookalike", None, """Summarize: [[CLASSIFICATION_MARKING:S\u0415CR\u0415T//NOF\u041eRN]] -- the exercise will test port closure procedures at two East Coast terminals."""),

(E, "cyrillic_lookalike", "somali", """Rewrite: [[CUI_MARKING:\u0421UI]] - Case notes for [[PERSON:Mukhtar Cali Dirie]], [[A_NUMBER:A-212-093-846]], pending review."""),

(E, "cyrillic_lookalike", None, """Fix the YAML: db:
  user: app
  \u0440\u0430ssword: [[PASSWORD:Cardinal$Oak17]]"""),

(E, "split_lines", "hispanic", """Merge these broken lines from a PDF copy-paste:
Applicant [[PERSON:Araceli Montemayor]], A-Number [[A_NUMBER:A-214-
558-093]], born [[DATE_OF_BIRTH:04/07/
1985]], SSN [[US_SSN:591-
38-2640]]."""),

(E, "split_lines", "nigerian", """The card number wrapped in my notes, can you fix it?
[[PERSON:Nnenna Okoroafor]] card: [[CREDIT_CARD:5568 2828
8072 9022]] exp 04/28"""),

(E, "split_lines", None, """This marking got wrapped in the PDF, reflow the text:
[[CLASSIFICATION_MARKING:TOP
SECRET//NOFORN]]
The report covers three facilities."""),

(E, "split_lines", None, """My AWS key wrapped across lines in the ticket:
[[CLOUD_ACCESS_KEY:AKIAAYYAEF
FHQ0VY3238]] - is that the same key as in the console?"""),

(E, "lowercase_marking", "filipino", """paki-ayos ang grammar: [[CLASSIFICATION_MARKING:secret//rel to usa, fvey]] -- notes ni [[PERSON:Teodoro Malabanan]] on the vessel boarding"""),

(E, "spaced_marking", "vietnamese", """Tighten this header: [[CLASSIFICATION_MARKING:S E C R E T // O R C O N]]   Field Report 26-114, reporting officer [[PERSON:Nguyễn Đức Thịnh]]"""),

(E, "url_encoded", None, """What is this query string for? ?doc=brief_114&class=[[CLASSIFICATION_MARKING:TOP%20SECRET%2F%2FSI%2F%2FNOFORN]]&page=2"""),

(E, "rot13_marking", None, """Decode this ROT13 and summarize: [[CLASSIFICATION_MARKING:FRPERG//ABSBEA]] Gur pbhevre jnf frra gjvpr arne gur cbeg."""),

(E, "leet_password", "haitian", """Rewrite politely: [[PERSON:Junior Lafortune]] says his p@ssw0rd is [[PASSWORD:Kreyol!Soley44]] and it stopped working."""),

(E, "spaced_password", None, """Can you tell me if this is strong enough: p a s s w o r d = [[PASSWORD:V i k i n g 7 7 ! f j o r d]]"""),

(E, "letters_for_digits", "arabic", """Format this number properly: [[PHONE_NUMBER:7O3-6l4-22O9]] (contact [[PERSON:Bassam Qasim]])"""),

(E, "html_entities", "indian", """Decode: applicant &quot;[[PERSON:Prakash Venkataraman]]&quot;, DOB [[DATE_OF_BIRTH:&#49;&#57;&#56;&#50;-&#48;&#54;-&#49;&#52;]], SSN [[US_SSN:&#53;&#52;&#50;-&#55;&#49;-&#51;&#48;&#56;&#57;]]"""),

(E, "nbsp_hyphens", "slavic", """Why doesn't my regex match this? [[PERSON:Oleksandr Tkachuk]] SSN [[US_SSN:437‑61‑2058]] (copied from a Word doc)"""),

(E, "split_lines", "anglo", """Reflow:
[[PERSON:Patrick
Sorensen-Blake]], date of birth [[DATE_OF_BIRTH:12 NOV
1954]], routing [[ABA_ROUTING_NUMBER:0341
43564]]"""),
]
