# Voice: CBP, TSA and SEVP analysts and developers pasting PNRs, APIS/PAXLST, MRZ lines, AAMVA barcode payloads,
# I-94 exports and SEVIS batch XML.


def _v(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s):
    return str(sum(_v(c) * w for c, w in zip(s, [7, 3, 1] * 20)) % 10)


def td3(country, surname, given, passno, nat, dob, sex, exp, personal=""):
    name = surname.replace(" ", "<") + "<<" + given.replace(" ", "<")
    l1 = "P<" + country + "[[PERSON:" + name + "]]" + "<" * (39 - len(name))
    pn = passno.ljust(9, "<")
    pers = personal.ljust(14, "<")
    comp = pn + cd(pn) + dob + cd(dob) + exp + cd(exp) + pers + cd(pers)
    l2 = ("[[US_PASSPORT:" + passno + "]]" + "<" * (9 - len(passno)) + cd(pn) + nat + "[[DATE_OF_BIRTH:" + dob + "]]"
          + cd(dob) + sex + exp + cd(exp) + pers + cd(pers) + cd(comp))
    return l1 + "\n" + l2


R1 = (
    "Document reader at the port gives 'check digit failure' on this passport. Can you verify the check digits "
    "by hand for me?\n\n"
    + td3("KEN", "MWANGI", "ESTHER WANJIRU", "AK0559132", "KEN", "900402", "F", "310118")
)

R2 = (
    "Our OCR drops the filler on line 1 and the parser then mis-reads the name. Which part is surname?\n\n"
    + td3("CHL", "CARRASCO FUENZALIDA", "TEODORO", "F55410873", "CHL", "670921", "M", "290611")
)

R3 = (
    "Two passports from the same family scanned at secondary. Why is the final check digit different even though "
    "the expiry is the same?\n\n"
    + td3("AFG", "HUSSEINI", "ZAHRA", "P01487723", "AFG", "021130", "F", "300704") + "\n\n"
    + td3("AFG", "HUSSEINI", "MOHAMMAD REZA", "P01487724", "AFG", "780215", "M", "300704")
)

R4 = (
    "PAXLST from the carrier failed our edit. I think the DTM+329 is the wrong format. Segments:\n\n"
    "NAD+FL+++[[PERSON:NAKAMURA:HARUTO]]+2-14-7 KITASHINAGAWA+SHINAGAWA-KU++1400001+JPN'\n"
    "ATT+2++M'\n"
    "DTM+329:[[DATE_OF_BIRTH:880214]]'\n"
    "LOC+178+NRT'\n"
    "LOC+179+IAD'\n"
    "NAT+2+JPN'\n"
    "RFF+AVF:QX7KLM'\n"
    "DOC+P:110:111+[[US_PASSPORT:TR5518842]]'\n"
    "DTM+36:310512'\n"
    "LOC+91+JPN'"
)

R5 = (
    "How do I read this PNR? Specifically which SSR gives Secure Flight what it needs:\n\n"
    "RP/WASUA08AA/\n"
    "  1.[[PERSON:ALSHAMMARI/NOURA]] MS   2.[[PERSON:ALSHAMMARI/FAISAL]] MR\n"
    "  3  UA 977 Y 14JAN 3 IADRUH HK2  2140 1845+1\n"
    "  4 AP [[PHONE_NUMBER:+966 11 555 0183]]\n"
    "  5 SSR DOCS UA HK1/P/SAU/[[US_PASSPORT:R44551209]]/SAU/[[DATE_OF_BIRTH:03MAR84]]/F/30JUN29/[[PERSON:ALSHAMMARI/NOURA]]/P1\n"
    "  6 SSR DOCS UA HK1/P/SAU/[[US_PASSPORT:R44551210]]/SAU/[[DATE_OF_BIRTH:17OCT81]]/M/30JUN29/[[PERSON:ALSHAMMARI/FAISAL]]/P2\n"
    "  7 SSR CTCE UA HK1/[[EMAIL_ADDRESS:NOURA.SHAMMARI//MAIL.EXAMPLE.SA]]/P1\n"
    "  8 TK OK09DEC/WASUA08AA"
)

R6 = (
    "Traveler says her PreCheck didn't print on the boarding pass. PNR extract:\n\n"
    " 1.1[[PERSON:GILL/JASKARAN KAUR]]\n"
    " 2  AS 1127 K 21DEC 7 SEAANC HK1  0705 0925\n"
    " 3 SSR DOCS AS HK1/////[[DATE_OF_BIRTH:09AUG93]]/F//[[PERSON:GILL/JASKARAN/KAUR]]\n"
    " 4 SSR DOCO AS HK1////K/[[KNOWN_TRAVELER_NUMBER:158812044]]///US\n"
    " 5 CTCM [[PHONE_NUMBER:253-555-0137]]\n"
    "is the K in DOCO right or should it be in DOCS?"
)

R7 = (
    "Scanning a licence at the kiosk, the parser puts the whole address in DAG. Raw PDF417 payload:\n\n"
    "@\n\x1e\rANSI 636014090102DL00410279ZC03200024DL"
    "DAQ[[US_DRIVER_LICENSE:D4418271]]\n"
    "DCS[[PERSON:SHANGGUAN]]\n"
    "DAC[[PERSON:YUTING]]\n"
    "DADNONE\n"
    "DBD11182024\n"
    "DBB[[DATE_OF_BIRTH:06301995]]\n"
    "DBA06302029\n"
    "DBC2\n"
    "DAYBRO\n"
    "DAU064 IN\n"
    "DAG[[STREET_ADDRESS:4417 REDWOOD HWY APT 9 SAN RAFAEL CA 94903]]\n"
    "DAISAN RAFAEL\n"
    "DAJCA\n"
    "DAK949030000  \n"
    "DCF11182024627D3/AABFD/29\n"
    "DCGUSA\r"
)

R8 = (
    "I-94 export from the legacy system, fixed width. Columns per the layout: admission no (11), family (20), "
    "given (15), DOB (YYYYMMDD), COC (3), passport (12), class (3), admit-until (8). The admit-until on row 2 "
    "looks off.\n\n"
    "[[I94_NUMBER:69420883517]]" + "[[PERSON:LAGUERRE-DORVIL]]" + " " * 5 + "[[PERSON:ROSEMENE]]" + " " * 7 + "[[DATE_OF_BIRTH:19970815]]HTI"
    + "[[US_PASSPORT:RD4410927]]" + " " * 3 + "B2 20270604\n"
    "[[I94_NUMBER:69420883602]]" + "[[PERSON:VOLKOVA]]" + " " * 13 + "[[PERSON:ANASTASIYA]]" + " " * 5 + "[[DATE_OF_BIRTH:19850107]]RUS"
    + "[[US_PASSPORT:752089914]]" + " " * 3 + "F1 D/S     "
)

R9 = (
    "SEVIS batch upload rejected with S1024. XML below, is the BirthDate format the problem?\n\n"
    "<SEVISBatchCreateUpdateEV>\n"
    "  <UpdateEV>\n"
    "    <ExchangeVisitor sevisID=\"[[SEVIS_ID:N0038821147]]\" requestID=\"R-2026-0077\" userID=\"jsponsor01\">\n"
    "      <Biographical>\n"
    "        <FullName><LastName>[[PERSON:Nwachukwu]]</LastName><FirstName>[[PERSON:Obiageli]]</FirstName></FullName>\n"
    "        <BirthDate>[[DATE_OF_BIRTH:12/03/1998]]</BirthDate>\n"
    "        <EmailAddress>[[EMAIL_ADDRESS:obiageli.n@students.example.edu]]</EmailAddress>\n"
    "      </Biographical>\n"
    "    </ExchangeVisitor>\n"
    "  </UpdateEV>\n"
    "</SEVISBatchCreateUpdateEV>"
)

R10 = (
    "[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]\n"
    "Two PAXLST NAD segments from tonight's manifest, the TECS hit came back on pax 2 but the name format is "
    "different from what we have. Does the carrier swap given/family?\n\n"
    "NAD+FL+++[[PERSON:TAUFA:SIONE MOSESE]]'  DTM+329:[[DATE_OF_BIRTH:911003]]'  DOC+P:110:111+[[US_PASSPORT:T0418823]]'\n"
    "NAD+FL+++[[PERSON:MOSESE:SIONE TAUFA]]'  DTM+329:[[DATE_OF_BIRTH:911030]]'  DOC+P:110:111+[[US_PASSPORT:T0481823]]'\n"
    "[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]"
)

R11 = (
    "Our APIS upload script keeps failing auth against the carrier gateway. Here's my .netrc, is the format right?\n\n"
    "machine apis-b2b.carrier.example.com\n"
    "login cbp_apis_q2\n"
    "password [[PASSWORD:u7#Lq2vZ!eR9mTc]]"
)

E1 = (
    "The scanned MRZ came through with O's instead of zeros in the document number and dob. Our check digits "
    "fail obviously. Can you clean it up?\n\n"
    "P<UKR[[PERSON:HONCHARENKO<<VIKTORIIA]]<<<<<<<<<<<<<<<<<\n"
    "[[US_PASSPORT:FE4O18277]]5UKR[[DATE_OF_BIRTH:9OO5O2]]1F3O1O118<<<<<<<<<<<<<<04"
)

E2 = (
    "PNR name field got typed with a dot between letters by the agent to get around a dup check. Is this going "
    "to break Secure Flight matching?\n\n"
    " 1.1[[PERSON:A.B.U.B.A.K.A.R/A.M.I.N.A]]\n"
    " 3 SSR DOCS ET HK1/P/NGA/[[US_PASSPORT:A 0 9 9 4 1 7 2 6]]/NGA/[[DATE_OF_BIRTH:2 2 J U L 8 9]]/F/11FEB30/ABUBAKAR/AMINA"
)

H1 = (
    "PAXLST header segments only, we're getting a CUSRES back with error 'UNB invalid'. What's wrong?\n\n"
    "UNA:+.? '\n"
    "UNB+UNOA:4+UAAPIS:ZZ+USCSAPIS:ZZ+261204:2215+2612042215++APIS'\n"
    "UNG+PAXLST+UNITED AIRLINES+USCSAPIS+261204:2215+2612042215+UN+D:05B'\n"
    "UNH+PAX001+PAXLST:D:05B:UN:IATA+UA977/261204/2140+01:F'\n"
    "BGM+745'\n"
    "NAD+MS+++UNITED AIRLINES OCC'\n"
    "COM+800-555-0100:TE'\n"
    "TDT+20+UA977+++UA'\n"
    "CNT+42:212'"
)

H2 = (
    "This is the ICAO sample passport MRZ from Doc 9303 that we use in our unit tests (specimen, not a real "
    "person). Does our parser handle the filler correctly?\n\n"
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
)

H3 = (
    "AAMVA header question. What's the 636014 and the 0102 in the header? Our barcode library says jurisdiction "
    "version mismatch:\n\n"
    "@\n\x1e\rANSI 636014090102DL00410279ZC03200024DL\n"
    "(I cut the data elements, only need the header explained)"
)

H4 = (
    "Flight segment parsing question, no passengers involved. How do I split these availability lines?\n\n"
    " 1 UA 977 Y 14JAN 3 IADRUH HK2  2140 1845+1 /E\n"
    " 2 LH 419 C 22JAN 4 FRAIAD HK1  1010 1315   /E\n"
    " 3 AS 1127 K 21DEC 7 SEAANC HK1  0705 0925  /E\n"
    "and what does the +1 mean"
)

H5 = (
    "SEVIS batch schema question, our XSD validation fails on the empty element. This is a skeleton from the "
    "SEVIS RTI documentation, with the values left out:\n\n"
    "<ExchangeVisitor sevisID=\"\" requestID=\"\" userID=\"\">\n"
    "  <Biographical>\n"
    "    <FullName><LastName></LastName><FirstName></FirstName></FullName>\n"
    "    <BirthDate></BirthDate>\n"
    "  </Biographical>\n"
    "</ExchangeVisitor>"
)

H6 = (
    "Our I-94 layout doc, can you turn it into a Python struct format string?\n\n"
    "FIELD            POS   LEN  NOTES\n"
    "ADMISSION-NO     001   011  numeric, 11 digits\n"
    "FAMILY-NAME      012   020  left justified, space filled\n"
    "GIVEN-NAME       032   015\n"
    "BIRTH-DATE       047   008  CCYYMMDD\n"
    "COUNTRY-CIT      055   003  ISO 3166 alpha-3\n"
    "PASSPORT-NO      058   012\n"
    "CLASS-ADM        070   003  B1, B2, F1, J1 ...\n"
    "ADMIT-UNTIL      073   008  CCYYMMDD or 'D/S'"
)

H7 = (
    "Ship manifest question. Vessel names are tripping the name matcher: QUEEN MARY 2, MAERSK KENSINGTON, "
    "EVER GIVEN, MSC IRINA. Port calls: USNYC 2026-12-09, USSAV 2026-12-12. Voyage numbers 0442W and 0443E. "
    "How do I exclude NAD+CA and NAD+VT segments from name matching?"
)

RECORDS = [
    ("positive", "mrz_td3_check_digits", "kikuyu", R1),
    ("positive", "mrz_td3_compound_surname", "chilean", R2),
    ("positive", "mrz_td3_family", "afghan", R3),
    ("positive", "paxlst_nad_dtm_doc", "japanese", R4),
    ("positive", "pnr_docs_ctce", "saudi", R5),
    ("positive", "pnr_docs_doco_ktn", "punjabi", R6),
    ("positive", "aamva_pdf417_payload", "chinese", R7),
    ("positive", "i94_fixed_width", "haitian+russian", R8),
    ("positive", "sevis_batch_xml", "igbo", R9),
    ("positive", "paxlst_les_banner", "tongan", R10),
    ("positive", "apis_netrc_password", None, R11),
    ("evasion", "mrz_ocr_o_for_zero", "ukrainian", E1),
    ("evasion", "pnr_dotted_spaced", "hausa", E2),
    ("hard_negative", "paxlst_envelope_only", None, H1),
    ("hard_negative", "icao_specimen_mrz", None, H2),
    ("hard_negative", "aamva_header_only", None, H3),
    ("hard_negative", "pnr_segments_no_pax", None, H4),
    ("hard_negative", "sevis_xml_skeleton", None, H5),
    ("hard_negative", "i94_layout_table", None, H6),
    ("hard_negative", "vessel_names_manifest", None, H7),
]
