"""Voice: Office of General Counsel, congressional and inspector-general correspondence."""
from _common import R
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(H, "foia_exemptions", None, """
explain these FOIA redaction codes in plain language for a requester letter: (b)(5) deliberative process, (b)(6) personal privacy, (b)(7)(C) law enforcement privacy, (b)(7)(E) techniques. Request no. 2026-HQFO-00412, received 09/03/2026.
"""),
R(P, "cong_inquiry", "haitian+anglo", """
draft a response to this congressional inquiry:

Office of Rep. [[PERSON:Delphine Marchetti-Cole]]
Constituent: [[PERSON:Jean-Baptiste Louissaint]], A-Number [[A_NUMBER:A-212-584-907]], receipt [[USCIS_RECEIPT_NUMBER:IOE0918840263]]
Caseworker: [[PERSON:Trevor Ashby]], [[PHONE_NUMBER:202-555-0157]]
Issue: I-485 pending 26 months, constituent requests status.
"""),
R(H, "statute_cites", None, """
summarize the difference between 8 U.S.C. § 1101(a)(15)(T) and (U), and note what 8 C.F.R. 214.14(b)(1)-(4) requires. keep it under 150 words.
"""),
R(P, "oig_complaint", "hispanic", """
Make this hotline complaint more concise, keep all the facts:

"I am [[PERSON:Guadalupe Sandoval Arreola]], an employee at the El Paso port. On 10/14 my supervisor [[PERSON:Ricardo Fuentes]] told me to delete overtime entries. I can be reached at [[EMAIL_ADDRESS:lupe.sandoval@example.net]] or [[PHONE_NUMBER:915-555-0172]]. Please keep my identity confidential."
"""),
R(H, "case_caption", None, """
Summarize the holding in Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc., 467 U.S. 837 (1984) and explain in two sentences what changed in 2024 for agency rulemaking.
"""),
R(P, "litigation_hold", "arabic", """
format this as a litigation hold notice:
Matter: [[PERSON:Al-Khatib]] v. DHS, No. 1:26-cv-01184 (D.D.C.)
Custodians: [[PERSON:Yusuf bin Rashid Al-Mansouri]] (CBP), [[PERSON:Nour Khoury-Salameh]] (OFO)
Preserve email, Teams chats and mobile texts from 01/01/2024 forward.
"""),
R(H, "oig_report_ref", None, """
shorten this: OIG-26-07 found that the component did not consistently document sole-source justifications for 11 of 40 sampled awards (27.5%). Recommendations 1-4 are resolved and open; 5 is closed. Management concurred.
"""),
R(P, "eeo_settlement", "greek", """
rewrite this paragraph for the settlement agreement in plain English:
Complainant [[PERSON:Dimitrios Karamanlis]], residing at [[STREET_ADDRESS:1903 Ashgrove Ln, Silver Spring, MD 20904]], agrees to withdraw Agency Case No. HS-TSA-04412-2026 in exchange for restoration of 80 hours annual leave.
"""),
R(E, "email_at_dot", "korean", """
put this in the congressional correspondence tracker: staffer [[PERSON:Yang Da-som]] asked for the briefing deck, send to [[EMAIL_ADDRESS:dasom dot yang at senate-example dot org]]
"""),
R(H, "public_phone_line", None, """
add this to the bottom of the public-facing FAQ: To report suspicious activity call 1-866-DHS-2-ICE, or the FEMA Helpline at 1-800-621-3362. For media inquiries, contact the Office of Public Affairs.
"""),
R(P, "whistleblower_intake", "native_american", """
organize into a chronology:
- 8/2 [[PERSON:Shandiin Yazzie-Tso]] (GS-12, Gallup NM) reports contract steering to her COR
- 8/9 retaliatory reassignment notice
- 9/1 contacts OSC, case MA-26-1180
- cell [[PHONE_NUMBER:505-555-0137]], personal email [[EMAIL_ADDRESS:syazzietso.personal@example.com]]
"""),
R(H, "privacy_act_sorn", None, """
Summarize in 3 bullets: DHS/USCIS-007 Benefits Information System SORN covers A-Numbers, receipt numbers, SSNs and dates of birth of benefit requestors; routine use E allows disclosure to Congress on constituent request.
"""),
R(P, "deposition_notice", "polish", """
proofread:
NOTICE OF DEPOSITION. Plaintiff will take the deposition of [[PERSON:Przemysław Grabowiecki]] on January 14, 2027 at 9:30 a.m. Mr. [[PERSON:Grabowiecki]]'s counsel, [[PERSON:Hanna Majewska]], may be reached at [[EMAIL_ADDRESS:hmajewska@majewska-law.test]].
"""),
R(H, "ethics_gift", None, """
is this ok under the gift rules? a vendor sent a box of cookies worth about $18 to the whole office with a card saying "our secret recipe, thanks for a great year". Draft a short reply for the office.
"""),
R(P, "senate_letter_caps", "irish", """
DRAFT A 2 PARAGRAPH REPLY TO THIS:
"DEAR SECRETARY, I AM WRITING ON BEHALF OF MY CONSTITUENT [[PERSON:MAUREEN FITZGIBBON]], DOB [[DATE_OF_BIRTH:06/30/1949]], WHOSE FEMA CLAIM HAS BEEN PENDING SINCE MARCH. SINCERELY, SEN. [[PERSON:PADRAIG CONNOLLY]]"
"""),
R(H, "reg_comment", None, """
We received 4,112 public comments on docket USCIS-2026-0007. Summarize the top themes: fee increases, processing times for Form I-765, and biometrics. Note that comments 0007-1003 through 0007-1150 were duplicates of a form letter.
"""),
R(P, "garnishment", "indian", """
what do I need to send back for this wage garnishment order?
Employee: [[PERSON:Rajesh Venkataraman]]  SSN: [[US_SSN:041-83-2276]]
Creditor: Northstar Recovery; Order No. 26-GN-00871; Court: Fairfax County GDC
"""),
R(E, "ssn_words", "nepali", """
fix the grammar, this is going into the garnishment file: employee [[PERSON:Prakash Adhikari]] gave his ssn over the phone as [[US_SSN:seven three three, five two, zero four one nine]]
"""),
]
