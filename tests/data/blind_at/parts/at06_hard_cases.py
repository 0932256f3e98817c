# Voice: the same programmers, clerks and analysts, with records whose personal fields are blanked, masked,
# filled or test patterns; layouts without records; control totals and headers; and the hard positives among them.
import base64

HN1 = (
    "Copybook only, no data yet. Can you generate a Python dataclass and a parser from it?\n\n"
    "       01  MBR-REC.\n"
    "           05  MBR-SSN             PIC 9(9).\n"
    "           05  MBR-NAME.\n"
    "               10  MBR-LAST        PIC X(20).\n"
    "               10  MBR-FIRST       PIC X(15).\n"
    "               10  MBR-MI          PIC X(1).\n"
    "           05  MBR-DOB             PIC 9(8).\n"
    "           05  MBR-DOB-JUL REDEFINES MBR-DOB PIC 9(7)V9.\n"
    "           05  MBR-ACCT-NO         PIC X(17).\n"
    "           05  MBR-ROUTING         PIC 9(9).\n"
    "           05  MBR-BAL             PIC S9(9)V99 COMP-3.\n"
    "           05  FILLER              PIC X(20)."
)

HN2 = (
    "QA file from the test region. All the member fields are 9-filled on purpose (that's our test pattern) so "
    "the edit checks fire. Why does only row 2 fail the DOB edit?\n\n"
    "999999999ZZZZZZZZZZZZZZZZZZZZYYYYYYYYYYYYYYYX9999999920770000012500{\n"
    "999999999ZZZZZZZZZZZZZZZZZZZZYYYYYYYYYYYYYYYX0000000060634000004371B\n"
    "999999999ZZZZZZZZZZZZZZZZZZZZYYYYYYYYYYYYYYYX9999999986515000010988}"
)

HN3 = (
    "Export for the vendor with PII stripped per the ISA. Does the 834 still validate if the NM1 and DMG elements "
    "are empty?\n\n"
    "INS*Y*18*021*28*A***FT~\n"
    "REF*0F*~\n"
    "NM1*IL*1*****34*~\n"
    "N3*~\n"
    "N4***~\n"
    "DMG*D8**F~\n"
    "HD*021**HLT*105~"
)

HN4 = (
    "De-identified ADT for the analytics team. Is masking PID-5 with X enough or do we need to drop the "
    "segment?\n\n"
    "MSH|^~\\&|IHSC_EHR|ELOY|ANALYTICS|DHS|20261204101500||ADT^A08|MSG00611|P|2.5.1\n"
    "PID|1||MRN*******^^^IHSC^MR||XXXXXXXX^XXXXXX||********|F|||*****^^*****^**^*****||***-***-****|||||||***-**-****\n"
    "PV1|1|O|ELOY^TRIAGE^01"
)

HN5 = (
    "Our bank's certification test file. Names are TEST ENTRY and accounts/routings are zeros as the bank's "
    "cert guide says. Why does the bank say entry hash mismatch?\n\n"
    "6220000000000000000000000     0000000100TESTID0000001  TEST ENTRY ONE          0031000500000901\n"
    "6220000000000000000000000     0000000200TESTID0000002  TEST ENTRY TWO          0031000500000902\n"
    "820000000200000000000000000000000000000003001530196965                         031000500000001"
)

HN6 = (
    "The passport reader SDK ships with this sample (German specimen, fictional). We want it in our test "
    "fixtures, is the check digit math right?\n\n"
    "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
    "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4"
)

HN7 = (
    "Batch control totals from last night. Trailer count says 48,211 but the hash doesn't match. Trace numbers "
    "are sequential from 031000500000001 to 031000500048211, file id PAY2612A, created 2026-12-04T10:30:00Z, "
    "hash total 0731055862, debit total 0.00, credit total 14,882,019.44. Which is most likely wrong?"
)

HN8 = (
    "Turn this PID field table into a markdown table with a 'PHI?' column:\n\n"
    "PID-3   Patient Identifier List   CX   R\n"
    "PID-5   Patient Name              XPN  R   FAMILY^GIVEN^MIDDLE\n"
    "PID-6   Mother's Maiden Name      XPN  O\n"
    "PID-7   Date/Time of Birth        TS   O   YYYYMMDD\n"
    "PID-11  Patient Address           XAD  O   street^other^city^state^zip\n"
    "PID-13  Phone Number - Home       XTN  O\n"
    "PID-19  SSN Number - Patient      ST   O   NNN-NN-NNNN"
)

HN9 = (
    "EFW2 totals. RT says 212 RW records, SSA's count says 211. Totals from our RT:\n\n"
    "RT0000002120000184422167000000018044191200000001390118210000000139011821000000003210045990000000032100459\n"
    "RF0000000000000000212"
)

HN10 = (
    "Training-mode PNR from the GDS sandbox (cartoon names are what the trainer uses), why does the ticketing "
    "field show XX?\n\n"
    " 1.1MOUSE/MICKEY MR  2.1DUCK/DONALD MR\n"
    " 2  XX 100 Y 01JAN 5 MCOLAX HK2  0800 1015\n"
    " 3 TKXX"
)

HN11 = (
    "Header loop for the FEMA and USCIS sponsor files. Do I put the agency HQ address in N3/N4 or the "
    "payroll office?\n\n"
    "N1*P5*FEDERAL EMERGENCY MANAGEMENT AGENCY*FI*530196965~\n"
    "N3*500 C ST SW~\n"
    "N4*WASHINGTON*DC*20472~\n"
    "N1*P5*US CITIZENSHIP AND IMMIGRATION SERVICES*FI*530196965~\n"
    "N3*5900 CAPITAL GATEWAY DR~\n"
    "N4*CAMP SPRINGS*MD*20746~"
)

HN12 = (
    "Question before I send this layout plus a few masked sample rows to the contractor: does an extract with "
    "SSNs (even masked) need a CUI banner and which category? And do I need to send the SFTP password separately "
    "or can it go in the same e-mail? (It's in the vault, I'm not pasting it here.)"
)

HN13 = (
    "Positive pay with masked payees for the audit sample. Does the auditor need the check numbers or just "
    "the totals?\n\n"
    "0000410227120426000248812" + "*" * 15 + " " * 25 + "\n"
    "0000410228120426000091500" + "*" * 15 + " " * 25 + "\n"
    "TOTAL 000000340312  COUNT 0000000002"
)

P1 = (
    "ISA15 is T (test) on this one but these are real members copied from prod to reproduce the bug. Why does "
    "the carrier's test system reject the DMG?\n\n"
    "ISA*00*          *00*          *ZZ*DHSOCHCO       *ZZ*FEHBCARR01     *261206*1115*^*00501*000007802*0*T*:~\n"
    "INS*Y*18*021*28*A***FT~REF*0F*[[US_SSN:360551842]]~NM1*IL*1*[[PERSON:KAHANANUI*LEILANI*P]]***34*[[US_SSN:360551842]]~"
    "DMG*D8*[[DATE_OF_BIRTH:1986-10-02]]*F~"
)

P2 = (
    "Partially masked extract, SSN is masked but the vendor still wants names and DOB. Is this layout ok?\n\n"
    "***-**-4410|[[PERSON:CHAUDHRY, ZAINAB]]|[[DATE_OF_BIRTH:1971-05-30]]|ACTIVE\n"
    "***-**-7719|[[PERSON:ØSTERGAARD, NIELS]]|[[DATE_OF_BIRTH:1966-01-08]]|RETIRED\n"
    "***-**-0352|[[PERSON:QUISPE MAMANI, WILFREDO]]|[[DATE_OF_BIRTH:1988-12-23]]|ACTIVE"
)

P3 = (
    "[[CUI_MARKING:Controlled by: DHS Office of the Chief Human Capital Officer\n"
    "CUI Category: PRVCY\n"
    "Distribution/Dissemination Control: FED ONLY\n"
    "POC: OCHCO Data Governance Branch]]\n\n"
    "This is the interface control document table for the beneficiary file, no records in it. Can you convert "
    "it to a JSON Schema?\n\n"
    "| pos | len | field | format |\n"
    "|---|---|---|---|\n"
    "| 1 | 9 | SSN | 9(9) |\n"
    "| 10 | 35 | NAME | LAST/FIRST |\n"
    "| 45 | 8 | DOB | CCYYMMDD |"
)

P4 = (
    "Control totals file for the reconciliation job, the header comment is from our ops team. Why does the "
    "job read TRL count as 0?\n\n"
    "# sftp bankdrop / user nfc_ach_ops / pw [[PASSWORD:Hx4$wN8qLz2p]]  (rotate quarterly)\n"
    "HDR|PAY2612A|20261204|103000\n"
    "TRL|0000048211|0731055862|000000000000|000001488201944"
)

P5 = (
    "[[CLASSIFICATION_MARKING:SECRET//NOFORN]]\n"
    "Need help parsing the fused watchlist record layout, one sample below.\n\n"
    "[[CLASSIFICATION_MARKING:(S//NF)]] " + "[[PERSON:RAHMANI/KHALIL]]" + "|[[DATE_OF_BIRTH:19800412]]|AFG|[[US_PASSPORT:P04418820]]|TIER2\n"
    "[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"
)

E1 = (
    "_**C.U.I.//S.P.-P.R.V.C.Y**_\n"
    "(header the team uses so the DLP doesn't bounce the e-mail.) Layout with masked rows, any issue with the "
    "MMDDYY date?\n\n"
    "XXXXXXXXX XXXXXXXXXXXXXXX XXXXXXXXXXXX 031526 MD\n"
    "XXXXXXXXX XXXXXXXXXXXXXXX XXXXXXXXXXXX 110226 VA"
)

E2 = (
    "Talend job context for the ACH export. Passwort steht base64 im Kontext, ist das sicher genug?\n\n"
    "context.ach_sftp_host=sftp.bankdrop.example.com\n"
    "context.ach_sftp_user=nfc_ach_ops\n"
    "context.ach_sftp_pass_b64=[[PASSWORD:" + base64.b64encode(b"Tz6!pQ4wRm9s").decode() + "]]"
)

E1 = E1.replace("_**C.U.I.//S.P.-P.R.V.C.Y**_", "[[CUI_MARKING:_**C.U.I.//S.P.-P.R.V.C.Y**_]]")

RECORDS = [
    ("hard_negative", "copybook_only", None, HN1),
    ("hard_negative", "nines_filled_test_region", None, HN2),
    ("hard_negative", "edi834_blanked", None, HN3),
    ("hard_negative", "hl7_masked_pid", None, HN4),
    ("hard_negative", "nacha_cert_test_zeros", None, HN5),
    ("hard_negative", "mrz_specimen_sdk", None, HN6),
    ("hard_negative", "control_totals_trace", None, HN7),
    ("hard_negative", "hl7_pid_field_table", None, HN8),
    ("hard_negative", "efw2_rt_rf_totals", None, HN9),
    ("hard_negative", "pnr_training_cartoon", None, HN10),
    ("hard_negative", "edi_public_agency_addresses", None, HN11),
    ("hard_negative", "prose_about_cui_password", None, HN12),
    ("hard_negative", "positive_pay_masked", None, HN13),
    ("positive", "edi834_isa_test_flag_real_data", "hawaiian", P1),
    ("positive", "partially_masked_ssn", "pakistani+danish+quechua", P2),
    ("positive", "layout_cui_designation_block", None, P3),
    ("positive", "control_file_password_comment", None, P4),
    ("positive", "watchlist_layout_secret", "afghan", P5),
    ("evasion", "cui_banner_dotted_markdown", None, E1),
    ("evasion", "talend_password_base64", None, E2),
]
