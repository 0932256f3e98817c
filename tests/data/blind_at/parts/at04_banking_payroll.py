# Voice: payroll, finance and treasury staff pasting NACHA ACH files, positive-pay files, direct-deposit exports,
# EFW2 wage files and garnishment lists.
import base64
import re

_MK = re.compile(r"\[\[[A-Z_]+:(.*?)\]\]", re.S)


def M(v, w=None, t=None, right=False, fill=" "):
    s = f"[[{t}:{v}]]" if t else v
    if w is None:
        return s
    pad = fill * (w - len(v))
    return pad + s if right else s + pad


def L(*parts, n=94):
    line = "".join(parts)
    assert len(_MK.sub(lambda m: m.group(1), line)) == n, (len(_MK.sub(lambda m: m.group(1), line)), line)
    return line


def H1(dest, orig, date, time, mod, dname, oname, ref=""):
    return L("101", M(dest, 10, right=True), M(orig, 10), date, time, mod, "094101", M(dname, 23), M(oname, 23), M(ref, 8))


def H5(co, coid, desc, ddate, edate, odfi, batch, sec="PPD", svc="200"):
    return L("5", svc, M(co, 16), " " * 20, M(coid, 10), sec, M(desc, 10), ddate, edate, "   ", "1", odfi, f"{batch:07d}")


def E6(tc, rdfi, acct, cents, indid, name, trace, add="0", mark=True):
    return L("6", tc, M(rdfi, t="ABA_ROUTING_NUMBER" if mark else None), M(acct, 17, "US_BANK_NUMBER" if mark else None),
             f"{cents:010d}", M(indid, 15), M(name, 22, "PERSON" if mark else None), "  ", add, trace)


def C8(n, hsh, dr, cr, coid, odfi, batch, svc="200"):
    return L("8", svc, f"{n:06d}", f"{hsh:010d}", f"{dr:012d}", f"{cr:012d}", M(coid, 10), " " * 25, odfi, f"{batch:07d}")


def C9(b, blk, n, hsh, dr, cr):
    return L("9", f"{b:06d}", f"{blk:06d}", f"{n:08d}", f"{hsh:010d}", f"{dr:012d}", f"{cr:012d}", " " * 39)


FH = H1("031000503", "1530196965", "261204", "1030", "A", "FRB PHILADELPHIA", "DHS NFC PAYROLL", "PAY2612")
BH = H5("DHS SALARY", "1530196965", "PAYROLL", "261210", "261211", "03100050", 1)

R1 = (
    "Bank rejected our test file, 'record length not 94' on line 5. I count 94. What am I missing?\n\n"
    + FH + "\n" + BH + "\n"
    + E6("22", "031078771", "7720014418", 312744, "E0044172", "MAHLANGU THANDEKA", "031000500000001") + "\n"
    + E6("22", "053089324", "100388217746", 288019, "E0044198", "ESPINOZA RUBEN", "031000500000002") + "\n"
    + E6("32", "103087920", "5502198", 50000, "E0044210", "QURESHI AYESHA", "031000500000003") + " \n"
    + C8(3, 18725601, 0, 650763, "1530196965", "03100050", 1)
)

ADD_CS = "705DED*CS*CS26-0088213*261211*0000031250*[[US_SSN:448172033]]*Y*[[PERSON:ASANTE-BOA]]*42000*N\\" 
R2 = (
    "Child support CCD+ entry with DED addenda. Our state disbursement unit says the addenda is malformed. "
    "Fields: case, pay date, amount, NCP SSN, medical, NCP last name (10), FIPS, term flag.\n\n"
    + L("6", "22", "081217427", M("44102775", 17), f"{31250:010d}", M("CS26-0088213", 15), M("PA SCDU", 22), "  ", "1", "031000500000071") + "\n"
    + ADD_CS + "\n\n"
    "the employee is [[PERSON:Kofi Asante-Boateng]], emp id E0051877"
)

R3 = (
    "Positive pay upload for manual salary checks. Bank format: check no (10), issue date MMDDYY, amount (10, "
    "cents), payee (40). The bank says payee match failed on two, why?\n\n"
    "0000410227120426000248812" + M("HOLLOWAY JUNE A", 40, "PERSON") + "\n"
    "0000410228120426000091500" + M("FALEOLO TAVITA", 40, "PERSON") + "\n"
    "0000410229120426000130077" + M("BYSTRYKH OLENA", 40, "PERSON")
)

R4 = (
    "Direct deposit export from the HR system, need to turn this into the NACHA 6 records. Split deposits are "
    "two rows.\n\n"
    "emp_id,name,ssn,routing,account,acct_type,pct\n"
    "E0039921,\"[[PERSON:Djordjevic, Milan]]\",[[US_SSN:351-20-8847]],[[ABA_ROUTING_NUMBER:263018091]],[[US_BANK_NUMBER:3390021765]],C,80\n"
    "E0039921,\"[[PERSON:Djordjevic, Milan]]\",[[US_SSN:351-20-8847]],[[ABA_ROUTING_NUMBER:073067928]],[[US_BANK_NUMBER:88104432]],S,20\n"
    "E0040117,\"[[PERSON:Reyes-Alvarado, Dulce]]\",[[US_SSN:606-41-2239]],[[ABA_ROUTING_NUMBER:114090812]],[[US_BANK_NUMBER:000912773310]],C,100"
)

R5 = (
    "EFW2 file failed AccuWage. RA and one RW below (I trimmed the RW after the ZIP, rest is blanks and amounts). "
    "Is the contact phone in the wrong position?\n\n"
    "RA530196965" + M("DHSW2SUB", 8) + " " * 4 + "0" + " " * 15 + M("DHS OCHCO PAYROLL", 57) + "\n"
    "   contact: " + M("LEFEBVRE MARC", 27, "PERSON") + M("2025550188", 15, "PHONE_NUMBER") + M("marc.lefebvre@hq.dhs.example.gov", 40, "EMAIL_ADDRESS") + "\n"
    "RW[[US_SSN:574118026]]" + M("TIEU", 15, "PERSON") + M("THIEN-LOC", 15, "PERSON") + M("TRIET", 20, "PERSON") + "    "
    + M("", 22) + "[[STREET_ADDRESS:" + M("2904 S KIRKWOOD RD", 22) + M("HOUSTON", 22) + "TX77082]]"
)

R6 = (
    "Garnishment list from the agency, pipe delimited. I need a pivot by state. Does the obligor column need "
    "to be split into first/last?\n\n"
    "order_no|obligor|ssn|type|state|per_pay\n"
    "GRN-2611-0041|[[PERSON:ABIODUN, OLUWASEUN]]|[[US_SSN:219-66-4108]]|CS|MD|412.00\n"
    "GRN-2611-0042|[[PERSON:PRZYBYLSKI, HENRYK]]|[[US_SSN:310-48-7725]]|TAXLEVY|OH|250.00\n"
    "GRN-2611-0043|[[PERSON:TEHRANI, SHIRIN]]|[[US_SSN:523-09-6614]]|STUDENTLN|VA|97.15\n"
    "GRN-2611-0044|[[PERSON:FUIMAONO, LOTU]]|[[US_SSN:585-72-0036]]|CS|HI|380.00"
)

R7 = (
    "Script that drops the ACH file in the bank's bucket. Upload works from my laptop but not the batch server, "
    "why?\n\n"
    "import boto3\n"
    "s3 = boto3.client('s3',\n"
    "    aws_access_key_id='[[CLOUD_ACCESS_KEY:AKIAZ7QW3M5XTR2HLK4D]]',\n"
    "    aws_secret_access_key='[[CLOUD_SECRET_KEY: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]]')\n"
    "s3.upload_file('ach/PAY2612.ach', 'nfc-ach-inbound', 'dhs/PAY2612.ach')"
)

R8 = (
    "[[CUI_MARKING:CUI//SP-TAX]]\n"
    "W-2 reissue register. Can you check my column totals?\n\n"
    "SSN        EMPLOYEE               WAGES      FIT\n"
    "[[US_SSN:455-31-9082]]  [[PERSON:KAMAKAU, NOELANI]]      84,211.00  11,902.17\n"
    "[[US_SSN:266-08-5517]]  [[PERSON:OKAFOR-BELL, ADAEZE]]   97,430.50  15,611.08\n"
    "                        TOTAL   181,641.50  27,513.25"
)

R9 = (
    "IAT remittance to a retiree living abroad. The bank returned it R80 (IAT coding error). Addenda 710 and 715 "
    "below. Does the country code go before the postal code in the address addenda?\n\n"
    "710ANN000000000000021500                      [[PERSON:VILLANUEVA ROWENA]]                                    0000071\n"
    "715RET0004471                    [[STREET_ADDRESS:BLK 4 LOT 12 MABINI ST, BRGY SAN ISIDRO*CABANATUAN CITY*NUEVA ECIJA\\PH*3100]]\\  0000071\n"
    "phone on file [[PHONE_NUMBER:+63 44 555 0196]]"
)

R10 = (
    "Return file from the bank, two R03s. Do I need to resend with the corrected account or send a NOC?\n\n"
    + L("6", "26", M("042100337", t="ABA_ROUTING_NUMBER"), M("6619003214", 17, "US_BANK_NUMBER"), f"{198244:010d}", M("E0046620", 15),
        M("TOHEE KIMIMILA", 22, "PERSON"), "  ", "1", "031000500000212") + "\n"
    "799R03031000500000212      04210033                                            031000509900001\n"
    + L("6", "26", M("311490752", t="ABA_ROUTING_NUMBER"), M("1000448172", 17, "US_BANK_NUMBER"), f"{241905:010d}", M("E0046704", 15),
        M("NAVARRETE CELESTINO", 22, "PERSON"), "  ", "1", "031000500000213") + "\n"
    "799R03031000500000213      31149075                                            031000509900002"
)

R11 = (
    "Prenote file for new hires, zero dollar entries. Bank says transaction code 23 is wrong for savings. "
    "Correct?\n\n"
    + E6("23", "065079380", "4410772981", 0, "E0047115", "ABDULLAHI FADUMO", "031000500000301") + "\n"
    + E6("23", "021052600", "227105", 0, "E0047116", "WATERS-KINGFISHER RAE", "031000500000302")
)

E1 = (
    "HR texted me the employee's banking info like this because they didn't want to put it in email lol. "
    "\"rtng [[ABA_ROUTING_NUMBER:2 7 1 0 1 9 9 3 0]] acct [[US_BANK_NUMBER:ninety-one forty four oh six two two five]]\" for "
    "[[PERSON:Sung-min Yoo]]. Can you format it as a 6 record with code 22 and $0?"
)

E2 = (
    "The payroll vendor API returns the account base64 encoded, is that a standard? Sample response:\n\n"
    "{\"employeeId\": \"E0048833\", \"name\": \"[[PERSON:Kawika Nāone-Pua]]\", \"routing\": \"[[ABA_ROUTING_NUMBER:044094823]]\", "
    "\"accountB64\": \"[[US_BANK_NUMBER:" + base64.b64encode(b"5087711320").decode() + "]]\", \"type\": \"checking\"}"
)

HN1 = (
    "Entry hash is wrong per the bank. Our 8 and 9 records are below. The hash is the sum of the 8-digit RDFI "
    "routings, right?\n\n"
    + C8(3, 18725501, 0, 650763, "1530196965", "03100050", 1) + "\n"
    + C9(1, 1, 3, 18725501, 0, 650763)
)

HN2 = (
    "What's the immediate origin supposed to be, our FEIN with a leading 1 or a space? Header records:\n\n"
    + FH + "\n" + BH
)

HN3 = (
    "Positive pay for vendor checks this week, all payees are companies. Bank flagged 0000410302 as a duplicate, "
    "why?\n\n"
    "0000410301120426001288400" + M("TRI-COUNTY JANITORIAL SUPPLY INC", 40) + "\n"
    "0000410302120426000064210" + M("GREAT LAKES OFFICE INTERIORS LLC", 40) + "\n"
    "0000410302120426000064210" + M("GREAT LAKES OFFICE INTERIORS LLC", 40)
)

HN4 = (
    "EFW2 RE record for our agency. AccuWage says the employer address is incomplete. Is the location line "
    "required?\n\n"
    "RE2026 " + "530196965" + " " * 9 + "0" + M("", 4) + M("DEPARTMENT OF HOMELAND SECURITY", 57) + "\n"
    "   location: " + M("", 22) + "  delivery: " + M("2707 MARTIN LUTHER KING JR AVE SE", 35) + "  WASHINGTON DC 20528"
)

HN5 = (
    "Explain these return reason codes to me like I'm new. We got a batch with R01, R03, R04 and R29. Trace "
    "numbers 031000500000212 through 031000500000219. Which ones can we retry automatically?"
)

HN6 = (
    "File ID modifier question: we sent two files today, PAY2612 at 10:30 with modifier A and PAY2612B at 14:05 "
    "with modifier B. The bank treated B as a duplicate. Batch counts 000001 and 000001, entry counts 00004812 and "
    "00000007, total credits 000014882019.44 and 000000018230.00. Is the modifier the only thing they check?"
)

HN7 = (
    "Garnishment intake spec. Can you write a pandas validator for it?\n\n"
    "| col | name | format | example |\n"
    "|---|---|---|---|\n"
    "| 1 | order_no | GRN-YYMM-NNNN | GRN-2611-0001 |\n"
    "| 2 | obligor | LAST, FIRST | (employee name) |\n"
    "| 3 | ssn | NNN-NN-NNNN | (never put a real one in the spec) |\n"
    "| 4 | type | CS, TAXLEVY, STUDENTLN, BANKRUPT | CS |\n"
    "| 5 | state | 2-letter | MD |\n"
    "| 6 | per_pay | decimal | 412.00 |"
)

RECORDS = [
    ("positive", "nacha_ppd_file", "zulu+mexican+pakistani", R1),
    ("positive", "nacha_ccd_child_support_addenda", "akan", R2),
    ("positive", "positive_pay_payees", "anglo+samoan+ukrainian", R3),
    ("positive", "direct_deposit_csv", "serbian+dominican", R4),
    ("positive", "efw2_ra_rw", "french+vietnamese", R5),
    ("positive", "garnishment_list_pipe", "yoruba+polish+persian+samoan", R6),
    ("positive", "ach_upload_aws_keys", None, R7),
    ("positive", "w2_register_cui_tax", "hawaiian+igbo", R8),
    ("positive", "nacha_iat_addenda", "filipino", R9),
    ("positive", "nacha_return_r03", "lakota+hispanic", R10),
    ("positive", "nacha_prenote", "somali+anglo", R11),
    ("evasion", "bank_info_spaced_words", "korean", E1),
    ("evasion", "account_base64_api", "hawaiian", E2),
    ("hard_negative", "nacha_control_records", None, HN1),
    ("hard_negative", "nacha_header_batch", None, HN2),
    ("hard_negative", "positive_pay_companies", None, HN3),
    ("hard_negative", "efw2_re_public_employer", None, HN4),
    ("hard_negative", "ach_return_codes_trace", None, HN5),
    ("hard_negative", "ach_file_id_counts", None, HN6),
    ("hard_negative", "garnishment_spec_table", None, HN7),
]
