# Voice 9: a mainframe COBOL programmer maintaining a legacy benefits system (JCL, copybooks, fixed-width, abends)
RECORDS = [
("positive", "fixed_width_records", "igbo+danish+vietnamese",
"""Why does the 3rd record fail the edit in BNF0420? Layout: SSN 9, NAME 30, DOB 8 (CCYYMMDD), PLAN 3, STATUS 1

[[US_SSN:412887306]][[PERSON:OKONJO-BELLO ADAEZE]]           [[DATE_OF_BIRTH:19710322]]H02A
[[US_SSN:531604229]][[PERSON:RASMUSSEN THORVALD E]]          [[DATE_OF_BIRTH:19560907]]H01A
[[US_SSN:228719054]][[PERSON:HUYNH MY LINH]]                 [[DATE_OF_BIRTH:1984 211]]D03T"""),

("positive", "jcl_job_card_password", None,
"""//BNFNITE1 JOB (ACCT0412),'NIGHTLY ELIG',CLASS=A,MSGCLASS=X,
//         USER=BNFBATCH,PASSWORD=[[PASSWORD:K7QW2ZPR]]
//STEP010  EXEC PGM=BNF0420
//ELIGIN   DD DSN=PROD.BNF.ELIG.DAILY,DISP=SHR
//ELIGOUT  DD DSN=PROD.BNF.ELIG.EDITED,DISP=(NEW,CATLG),
//         SPACE=(CYL,(50,10)),UNIT=SYSDA
Job fails with JCL error on the PASSWORD line after the RACF change. Why?"""),

("positive", "abend_dump_s0c7", "filipino",
"""IEA995I SYMPTOM DUMP OUTPUT
SYSTEM COMPLETION CODE=0C7  REASON CODE=00000007
 PSW AT TIME OF ERROR  078D1000   8001A3F2
 DATA AT PSW  0001A3EC - F2334010 D0C8F843
Record being processed (from DISPLAY before abend):
EMP-REC: [[US_SSN:540-73-1185]] [[PERSON:DELA ROSA CORAZON M]] DOB=[[DATE_OF_BIRTH:1968-13-05]] AMT=00012O45
Is the O in AMT causing the data exception?"""),

("positive", "db2_select_output", "hispanic+greek",
"""SPUFI output, I need to explain to the business why these two are duplicates:

SSN_NBR    LAST_NM          FIRST_NM     BIRTH_DT    PLAN_CD
---------  ---------------  -----------  ----------  -------
[[US_SSN:601218834]]  [[PERSON:ECHEVARRIA]]       [[PERSON:XIOMAYRA]]                       [[DATE_OF_BIRTH:1975-05-30]]  H02
[[US_SSN:601218834]]  [[PERSON:ECHEVARRÍA]]       [[PERSON:XIOMAYRA]]                       [[DATE_OF_BIRTH:1975-05-30]]  H02
[[US_SSN:377049126]]  [[PERSON:PAPADOPOULOS]]     [[PERSON:EVANGELOS]]                       [[DATE_OF_BIRTH:1962-11-08]]  H01"""),

("positive", "ftp_script_password", None,
"""Nightly transfer to the carrier broke. Script:

open ftp.carrier-bnf-exchange.com
user bnfxfer [[PASSWORD:Mf8#vK2pLw]]
binary
quote site recfm=fb lrecl=120
put 'PROD.BNF.ENROLL.WEEKLY' enroll_weekly.dat
quit"""),

("positive", "cics_screen_capture", "igbo",
"""BNFI  BENEFIT INQUIRY                      12/07/26 09:14
 SSN: [[US_SSN:318-06-4471]]      NAME: [[PERSON:NWOSU, IFEANYI CHARLES]]
 DOB: [[DATE_OF_BIRTH:08/17/1959]]   PLAN: H02   STATUS: A
 DEPENDENT 1: [[PERSON:NWOSU, ADAUGO]]      DOB: [[DATE_OF_BIRTH:02/02/1991]]
 PF3=EXIT  PF7=BACK  PF8=FWD
The dependent line shows twice on PF8, is that the BMS map or the program?"""),

("positive", "sort_sysin_and_data", "polish",
"""SORT step drops a record. SYSIN is SORT FIELDS=(1,9,CH,A) and the input has:
[[US_SSN:204558917]][[PERSON:WISNIEWSKA HALINA T]]           [[DATE_OF_BIRTH:19440612]]H01A
[[US_SSN:204558917]][[PERSON:WISNIEWSKA HALINA T]]           [[DATE_OF_BIRTH:19440612]]H01A
SUM FIELDS=NONE is removing the duplicate, right?"""),

("positive", "email_from_business_analyst", "anglo+vietnamese",
"""From: [[PERSON:Gloria Haney]]
To: Mainframe Support
Subject: member can't see her dependent

[[PERSON:Vo Thi Kim Oanh]] (SSN ending 4471... no sorry, full is [[US_SSN:522-61-4473]]) says her husband doesn't show in the portal. Can you check the DEP segment? Her DOB is [[DATE_OF_BIRTH:April 4, 1981]].
Thanks, [[PERSON:Gloria]] x0147"""),

("positive", "racf_password_in_chat", "anglo",
"""[[PERSON:Herb Kowalczyk]]: I'm at the dentist, can you run the BNFFIX job? my TSO id is HKOWAL and password is [[PASSWORD:BNF4EVER]], it expires friday anyway
[[PERSON:Tamika Rhodes]]: herb no. I'll submit it under mine"""),

("positive", "connection_string_db2", None,
"""Java batch replacement for the COBOL extract, DB2 Connect URL isn't working:
jdbc.url=[[CONNECTION_STRING:jdbc:db2://mfdb2p.bnf.internal:446/BNFPLOC:user=BNFJDBC;password=Tq9!wZ4rXm;]]
Error: SQLCODE=-4499. Is the trailing semicolon wrong?"""),

("evasion", "ocr_enrollment_card", "ethiopian",
"""keypunch OCR of a 1994 paper enrollment card we're backloading:
EMPLOYEE NAME  [[PERSON:GEBREMARIAM  TSEGAYE  W]]
SOC SEC NO     [[US_SSN:4 3 1 - 7 7 - 0 2 5 8]]
BIRTH DATE     [[DATE_OF_BIRTH:11  JUN  57]]
BENEFICIARY    [[PERSON:GEBREMARIAM ALMAZ]]   RELATION  SPOUSE"""),

("evasion", "packed_decimal_ssn_hex", "anglo",
"""Hex dump of the record (the SSN field is PIC S9(9) COMP-3): 
00000000  [[US_SSN:43 52 17 78 6C]]  D4 C1 D9 E3 C9 D5 C5 E9  |....MARTINEZ|
Name field is EBCDIC for [[PERSON:MARTINEZ]]. How do I unpack the SSN in a DISPLAY?"""),

("evasion", "ebcdic_name_hex", "sami",
"""The name came out as hex in the dump, can you decode it? [[PERSON:C1 C9 D3 C9 40 D1 E4 E4 E2 D6]] (the rest of the record looks fine)"""),

("evasion", "ssn_with_letters", "anglo",
"""user typed SSN as [[US_SSN:5O3-8l-22O7]] in the online form and it passed the front-end edit but blew up BNF0420 with S0C7. need a regex for the front-end"""),

("hard_negative", "copybook_definition", None,
"""       01  EMP-REC.
           05  EMP-SSN              PIC 9(9).
           05  EMP-NAME             PIC X(30).
           05  EMP-DOB              PIC 9(8).
           05  EMP-PLAN-CD          PIC X(3).
           05  EMP-STATUS           PIC X(1).
               88  EMP-ACTIVE       VALUE 'A'.
               88  EMP-TERMINATED   VALUE 'T'.
Add a REDEFINES so EMP-DOB can be read as CCYY, MM, DD."""),

("hard_negative", "test_data_invalid_ssns", None,
"""Test file for the edit program, all deliberately invalid:
000000000TEST RECORD ONE                   19000101H01A
666123456TEST RECORD TWO                   19000101H01A
912345678TEST RECORD THREE                 19000101H01A
123004567TEST RECORD FOUR                  19000101H01A
Which of our edits should catch each one?"""),

("hard_negative", "jcl_no_secrets", None,
"""//BNFWKLY  JOB (ACCT0412),'WEEKLY ENROLL',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID
//STEP010  EXEC PGM=IEBGENER
//SYSUT1   DD DSN=PROD.BNF.ENROLL.WEEKLY,DISP=SHR
//SYSUT2   DD DSN=PROD.BNF.ENROLL.BKUP(+1),DISP=(NEW,CATLG)
//SYSPRINT DD SYSOUT=*
//SYSIN    DD DUMMY
Convert the backup to a GDG with LIMIT(14)."""),

("hard_negative", "abend_codes_prose", None,
"""Explain S0C7, S0C4, S322, S806 and B37 to a new programmer, with a typical cause for each in a batch COBOL benefits system. Include how to find the offending statement from the offset in the dump."""),

("hard_negative", "dataset_names_and_counts", None,
"""Weekly run stats: PROD.BNF.ELIG.DAILY 412,887 records in, 412,851 out, 36 rejects (RC=04). PROD.BNF.ENROLL.WEEKLY 30,604 records. Job numbers JOB04471, JOB04472. CPU 00:03:41. Write the status note for the ops log."""),

("hard_negative", "racf_policy_prose", None,
"""After the RACF change, batch jobs shouldn't carry PASSWORD= on the JOB card at all; the scheduler submits with surrogate authority. Write me a one-paragraph explanation for the application team and what a JCL should look like instead (no real IDs)."""),

("hard_negative", "program_names_like_people", None,
"""Program inventory: BENNY (benefit enrollment), MARTHA (master table handler), HANK (hold/release), WILL (wellness incentive), JOY (job-of-year rollover). Somebody in 1989 thought that was funny. Write a README mapping names to functions."""),

("hard_negative", "date_routine", None,
"""Our date routine turns 19571106 into NOV 06 1957 and 000000 into spaces. Write the COBOL paragraph that validates CCYYMMDD including leap years, and test it with 20240229 (valid) and 20230229 (invalid)."""),

("hard_negative", "packed_decimal_math", None,
"""Field AMT-PAID PIC S9(7)V99 COMP-3 holds X'0001234567C'. What is the decimal value, and how many bytes does it occupy? Also what would X'0001234567D' mean?"""),

("positive", "dependents_file_pipe", "nepali+korean",
"""DEP extract, pipe-delimited, the carrier says row 2 is a duplicate dependent:
[[US_SSN:455-29-1180]]|[[PERSON:SHERCHAN]]|[[PERSON:PEMA]]|[[DATE_OF_BIRTH:2009-03-14]]|CHILD
[[US_SSN:455-29-1180]]|[[PERSON:SHERCHAN]]|[[PERSON:PEMA D]]|[[DATE_OF_BIRTH:2009-03-14]]|CHILD
[[US_SSN:612-40-7793]]|[[PERSON:CHAE]]|[[PERSON:YEON-WOO]]|[[DATE_OF_BIRTH:2015-10-01]]|CHILD"""),

("positive", "itin_dependent", "mexican",
"""Some dependents have an ITIN instead of an SSN and the edit rejects them. Example row: [[US_ITIN:932-78-4105]] [[PERSON:SALAZAR OROZCO JIMENA]]         [[DATE_OF_BIRTH:20120919]]. How do I change the edit to accept 9xx with the valid middle digits?"""),

("hard_negative", "job_scheduler_output", None,
"""CA-7 queue: BNFNITE1 (ABENDED S0C7 at 02:14), BNFNITE2 (WAITING ON BNFNITE1), BNFWKLY (COMPLETED RC=0000), BNFMTH01 (HELD). Restart BNFNITE1 from STEP010? Write the restart steps."""),
]
