# Voice: mainframe programmers and batch operators pasting COBOL copybooks, fixed-width extracts, JCL and dumps.


def F(v, w, t=None):
    """A fixed-width field: value padded with spaces to width w, marked when t is given."""
    s = f"[[{t}:{v}]]" if t else v
    return s + " " * (w - len(v))


R1 = (
    "got a copybook and 3 sample recs from the BENPAY extract. the amount field prints as 000012500{ in the\n"
    "report - what is the { at the end and how do I convert it in python?\n\n"
    "       01  BEN-REC.\n"
    "           05  BR-SSN          PIC 9(9).\n"
    "           05  BR-LAST-NAME    PIC X(15).\n"
    "           05  BR-FIRST-NAME   PIC X(12).\n"
    "           05  BR-DOB          PIC 9(8).\n"
    "           05  BR-ZIP          PIC 9(5).\n"
    "           05  BR-AMT          PIC S9(7)V99.\n\n"
    "[[US_SSN:523417789]]" + F("EZEOBI", 15, "PERSON") + F("CHINWENDU", 12, "PERSON") + "[[DATE_OF_BIRTH:19810416]]20770000012500{\n"
    "[[US_SSN:611584302]]" + F("SZCZEPANIK", 15, "PERSON") + F("BRONISLAWA", 12, "PERSON") + "[[DATE_OF_BIRTH:19640922]]60634000004371B\n"
    "[[US_SSN:408269915]]" + F("TSINAJINNIE", 15, "PERSON") + F("DELCINA", 12, "PERSON") + "[[DATE_OF_BIRTH:19920107]]86515000010988}"
)

R2 = (
    "Need a regex or unpack format for this layout. Name is one 30-byte field, DOB is MMDDYY, then the A-number "
    "(10 bytes incl the A), then status code (2).\n\n"
    "```\n"
    + F("TRAN VAN KHOI", 30, "PERSON") + "[[DATE_OF_BIRTH:071183]][[A_NUMBER:A204118735]]AC\n"
    + F("HADDAD RAMI GEORGES", 30, "PERSON") + "[[DATE_OF_BIRTH:112876]][[A_NUMBER:A097362214]]TR\n"
    + F("BALDERRAMA OSVALDO", 30, "PERSON") + "[[DATE_OF_BIRTH:030290]][[A_NUMBER:A215940687]]AC\n"
    "```\n"
    "python struct.unpack keeps choking on the last line, I think there's a trailing x'00'."
)

R3 = (
    "Julian dates in this file are CCYYDDD. Field 3 is birth date. How do I turn 1979213 into a normal date in SAS?\n\n"
    "HDR20261204BENEXT  0003\n"
    "D0001" + F("SANDHU GURPREET KAUR", 26, "PERSON") + "[[DATE_OF_BIRTH:1979213]]F" + "[[US_SSN:386041127]]" + "0001\n"
    "D0002" + F("TUILAGI SEFO", 26, "PERSON") + "[[DATE_OF_BIRTH:1986044]]M" + "[[US_SSN:574902283]]" + "0001\n"
    "TRL0000002"
)

R4 = (
    "Job BENP210 abended S0C7 in step STEP040. Here is the record buffer from the dump, offset +0000 is start of "
    "INPUT-REC. I think the amount is non-numeric but can't see it.\n\n"
    "  INPUT-REC at 1A2F4C10\n"
    "  +0000  F4F7F1F3 F6F2F5F8 F8C8C1D3 E5D6D9E2  *[[US_SSN:471362588]][[PERSON:HALVORS]]*\n"
    "  +0010  C5D540D2 D1C5D3D3 40404040 40404040  *[[PERSON:EN KJELL]]        *\n"
    "  +0020  F1F9F5F8 F0F3F1F9 40404040 4040F0F0  *[[DATE_OF_BIRTH:19580319]]      00*\n"
    "  +0030  F1F2F3F4 4BF5F6F7                    *1234.567        *\n\n"
    "translated, the record reads: [[US_SSN:471362588]][[PERSON:HALVORSEN KJELL]]        [[DATE_OF_BIRTH:19580319]]      001234.567\n"
    "so the decimal point in the amount is the problem right?"
)

R5 = (
    "why does this FTP step get 530 login incorrect? worked last week.\n\n"
    "//BENP300  JOB (ACCT),'BEN XFER',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID\n"
    "//FTPSTEP  EXEC PGM=FTP,PARM='(EXIT'\n"
    "//OUTPUT   DD SYSOUT=*\n"
    "//INPUT    DD *\n"
    "ftpx.bensvc.example.gov\n"
    "benxfer01\n"
    "[[PASSWORD:Kq7!vRm2Tz]]\n"
    "put 'PROD.BENPAY.EXTRACT(0)' benpay.dat\n"
    "quit\n"
    "/*"
)

R6 = (
    "Report listing from BENR090, first page. Can you tell me why page totals don't match the trailer?\n\n"
    "[[CUI_MARKING:CUI//SP-PRVCY]]\n"
    "BENR090   BENEFIT PAYMENT REGISTER          RUN 12/04/26   PAGE    1\n"
    "SSN       NAME                        DOB       AMOUNT\n"
    "[[US_SSN:239-71-6604]] " + F("MUKWEGE, ESPERANCE", 27, "PERSON") + " [[DATE_OF_BIRTH:04/19/77]]  1,204.50\n"
    "[[US_SSN:518-30-2297]] " + F("IBARRA, LEANDRO", 27, "PERSON") + " [[DATE_OF_BIRTH:09/02/68]]    318.00\n"
    "                                          PAGE TOTAL   1,522.50\n"
    "[[CUI_MARKING:CUI//SP-PRVCY]]"
)

R7 = (
    "Converted a tape from EBCDIC with the wrong code page (37 vs 1140) and now some names look broken. Which "
    "code page turns the ? back into Ñ? records:\n\n"
    "00417" + F("IBA?EZ ROSARIO", 25, "PERSON") + "[[DATE_OF_BIRTH:19740611]]PR\n"
    "00418" + F("NU?EZ-CORDERO ALMA", 25, "PERSON") + "[[DATE_OF_BIRTH:19990827]]PR\n"
    "00419" + F("MU?IZ TEODORO", 25, "PERSON") + "[[DATE_OF_BIRTH:19511130]]PR"
)

R8 = (
    "Can someone explain the layout of this DMV interchange record? positions 1-9 are SSN, 10-29 surname, "
    "30-44 given name, 45-52 DOB CCYYMMDD, 53-92 street, 93-112 city, 113-114 state, 115-119 zip\n\n"
    "[[US_SSN:297553046]]" + F("FIRESTONE-BAKER", 20, "PERSON") + F("WILLA", 15, "PERSON")
    + "[[DATE_OF_BIRTH:19880514]]" + "[[STREET_ADDRESS:" + F("1407 QUARRY HOLLOW RD", 40) + F("CHILLICOTHE", 20) + "OH45601]]"
)

R9 = (
    "Hi, the nightly IDCAMS REPRO is fine but the downstream job says record length error. The VB record "
    "looks like this after I browse it in File-AID (RDW stripped):\n\n"
    "CLM2026-0048813|[[PERSON:RASHIDOV FARRUKH]]|[[DATE_OF_BIRTH:1990-02-09]]|[[PHONE_NUMBER:9175550163]]|"
    "[[STREET_ADDRESS:88-14 PARSONS BLVD APT 3C JAMAICA NY 11432]]|PEND\n\n"
    "It's supposed to be fixed 200 but File-AID shows 131."
)

R10 = (
    "SORT card question. I want to pull only records where position 60 = 'D' (deceased flag). This is what the "
    "input looks like:\n\n"
    "[[US_SSN:142885617]]" + F("WINTERHAWK, THOMASINA", 30, "PERSON") + "[[DATE_OF_BIRTH:1939-07-04]]" + "        A\n"
    "[[US_SSN:330197428]]" + F("AGUSTIN, PACITA", 30, "PERSON") + "[[DATE_OF_BIRTH:1945-12-24]]" + "        D\n\n"
    "  SORT FIELDS=COPY\n"
    "  INCLUDE COND=(60,1,CH,EQ,C'D')"
)

R11 = (
    "The mainframe sends us this with the SSN stored as signed zoned decimal (PIC S9(9)), so the last digit shows "
    "up as a letter. Is that why the SSN validation fails downstream?\n\n"
    "REC 0001  SSN=[[US_SSN:62804135H]]  NAME=[[PERSON:OYEBANJI TEMITOPE]]  DOB=[[DATE_OF_BIRTH:19830322]]\n"
    "REC 0002  SSN=[[US_SSN:41977230{]]  NAME=[[PERSON:LOCKLEAR JOLENE]]  DOB=[[DATE_OF_BIRTH:19700909]]"
)

R12 = (
    "Card image input (80 col). The SSN for this one got split over the continuation card, col 72 has the X. "
    "How do I tell the program to join them?\n\n"
    "ADDREC  " + F("DZHAPAROV", 16, "PERSON") + F("AIBEK", 12, "PERSON") + "[[DATE_OF_BIRTH:19910608]]  SSN=[[US_SSN:6014\n"
    "                48823]] EFF=20261201"
)

# hard negatives
H1 = (
    "Abend S0C7 in PAYR400 again. Here is the relevant part of the dump, it's the packed amount field I think.\n\n"
    "  PSW AT TIME OF ERROR  078D1000 8002A4E6  ILC 6  INTC 0007\n"
    "  WS-PAY-AMT     at 2B401A08   00000000 0012345C\n"
    "  WS-PAY-CNT     at 2B401A10   4040F0F0 F0F0F1F2  *  000012*\n"
    "  WS-BATCH-ID    at 2B401A18   F2F0F2F6 F3F3F8F0  *20263380*\n\n"
    "The count field has spaces in it, right? That's the S0C7?"
)

H2 = (
    "Explain this JCL please, I inherited it:\n\n"
    "//PAYR400  JOB (D4410),'PAYROLL EXTR',CLASS=B,MSGCLASS=H,REGION=0M\n"
    "//STEP010  EXEC PGM=IEFBR14\n"
    "//DEL1     DD DSN=PROD.PAYR.EXTRACT,DISP=(MOD,DELETE),SPACE=(TRK,0)\n"
    "//STEP020  EXEC PGM=PAYR400\n"
    "//STEPLIB  DD DSN=PROD.LOADLIB,DISP=SHR\n"
    "//INFILE   DD DSN=PROD.PAYR.MASTER,DISP=SHR\n"
    "//OUTFILE  DD DSN=PROD.PAYR.EXTRACT,DISP=(NEW,CATLG),\n"
    "//            SPACE=(CYL,(50,10),RLSE),DCB=(RECFM=FB,LRECL=200,BLKSIZE=27800)"
)

H3 = (
    "Vendor master extract, fixed width. Why does the CAGE code column shift by one on some rows?\n\n"
    "V000412ACME JANITORIAL SVCS LLC      7K3L2 081466243 NET30\n"
    "V000413BLUE RIDGE FLEET MAINT INC    4FQ91 118203557 NET45\n"
    "V000414HARBORVIEW LOGISTICS CORP    52ZA8 069774120 NET30\n"
    "(cols: vendor id, name 30, CAGE 5, DUNS 9, terms)"
)

H4 = (
    "Our claim numbers are 9 digits starting with 9 so people keep thinking they're SSNs. Here's the control file "
    "for Tuesday's run, can you write a COBOL paragraph that checks the check digit (mod 11)?\n\n"
    "CLAIM     OPENED    STATUS\n"
    "914663021 20261118  OPEN\n"
    "927004518 20261119  HOLD\n"
    "988210347 20261121  CLSD"
)

H5 = (
    "What does this SMF type 30 excerpt mean? The job ran 4 hours when it normally takes 20 minutes.\n\n"
    "JOBNAME  STEPNAME PROCSTEP  RC   EXCP    CPU(SEC)  ELAPSED\n"
    "BENP210  STEP010            00      412     0.31   00:00:02\n"
    "BENP210  STEP020  SORT1     00   118204    41.80   00:03:55\n"
    "BENP210  STEP040            04  6650312   912.44   03:58:17"
)

H6 = (
    "The copybook for the beneficiary file has a REDEFINES I don't get. When BR-TYPE = 'O' the name area is an "
    "organization name, otherwise last/first. Here's an 'O' record, its a funeral home not a person:\n\n"
    "O00931LAKESIDE MEMORIAL CHAPEL & CREMATORY  2210 E LAKE RD      ERIE      PA16511\n\n"
    "       05  BR-NAME-AREA        PIC X(36).\n"
    "       05  BR-NAME-PERSON REDEFINES BR-NAME-AREA.\n"
    "           10  BR-LAST         PIC X(18).\n"
    "           10  BR-FIRST        PIC X(18)."
)

H7 = (
    "Record counts don't balance. Header says 48,211 and trailer says 48,209. Where would 2 records go in an "
    "IEBGENER copy?\n\n"
    "HDR BENPAY   2026338 0000048211 FB0200\n"
    "TRL BENPAY   2026338 0000048209 HASH 000000731055862149"
)

H8 = (
    "Facility master extract (fixed width). The building-name field is 30 and the address 40, but row 2 spills. "
    "Is it the ampersand?\n\n"
    "FAC0041" + F("RONALD REAGAN BLDG", 30) + F("1300 PENNSYLVANIA AVE NW", 40) + "WASHINGTON DC20229\n"
    "FAC0042" + F("ST ELIZABETHS WEST CAMPUS & CTR", 30) + F("2707 MARTIN LUTHER KING JR AVE SE", 40) + "WASHINGTON DC20528\n"
    "FAC0043" + F("FEDERAL CENTER PLAZA", 30) + F("500 C ST SW", 40) + "WASHINGTON DC20472"
)

RECORDS = [
    ("positive", "copybook_records_zoned", "igbo+polish+navajo", R1),
    ("positive", "fixed_width_anumber_mmddyy", "vietnamese+lebanese+mexican", R2),
    ("positive", "julian_dob_ssn_packed", "punjabi+samoan", R3),
    ("positive", "abend_dump_record_image", "norwegian", R4),
    ("positive", "jcl_ftp_password", None, R5),
    ("positive", "report_listing_cui_banner", "congolese+hispanic", R6),
    ("positive", "ebcdic_codepage_names", "puerto_rican", R7),
    ("positive", "dmv_interchange_positional", "anglo", R8),
    ("positive", "vb_record_file_aid", "uzbek", R9),
    ("positive", "sort_card_input", "indigenous+filipino", R10),
    ("evasion", "zoned_overpunch_ssn", "yoruba+lumbee", R11),
    ("evasion", "ssn_split_continuation_card", "kyrgyz", R12),
    ("hard_negative", "abend_dump_no_pii", None, H1),
    ("hard_negative", "jcl_no_pii", None, H2),
    ("hard_negative", "vendor_master_companies", None, H3),
    ("hard_negative", "claim_numbers_9xx", None, H4),
    ("hard_negative", "smf_job_stats", None, H5),
    ("hard_negative", "organization_redefines", None, H6),
    ("hard_negative", "record_count_hash_total", None, H7),
    ("hard_negative", "facility_master_eponyms_public", None, H8),
]
