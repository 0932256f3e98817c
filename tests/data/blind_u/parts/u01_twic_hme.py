"""Voice u01: TWIC and HAZMAT endorsement (HME) enrolment-centre help desk and adjudication follow-ups."""
P, E, H = "positive", "evasion", "hard_negative"

RECORDS = [
(P, "servicenow_ticket", "punjabi", """INC0419827 | Category: TWIC enrollment - fingerprint capture failure
Caller: [[PERSON:Harjeet Kaur Sandhu]] (applicant), callback [[PHONE_NUMBER:(209) 555-0147]]
Description: Applicant enrolled at the Stockton center 11/19; prints rejected twice (low NFIQ). Applicant states DOB [[DATE_OF_BIRTH:07/22/1981]], CDL CA [[US_DRIVER_LICENSE:D6628140]]. Wants re-capture appt near Lodi.
Work notes: Re-queued for manual capture. -- agent tkt closed pending appointment."""),

(P, "email_signature", "punjabi", """Hi team - can someone help me word a polite reply? Mr. [[PERSON:Gurpreet Singh Bhangoo]] has called four times about his HME renewal. His IDENT/TSA status shows "pending fingerprint match" since October. He gave me his SSN [[US_SSN:538-41-2976]] over the phone and I wrote it on a sticky, which I know I shouldn't have.

Thanks,
[[PERSON:Manpreet Grewal]]
Enrollment Services Supervisor
[[EMAIL_ADDRESS:manpreet.grewal@twic-enroll-support.com]] | [[PHONE_NUMBER:559-555-0118]]"""),

(P, "fixed_width_export", "ukrainian", """Summarise these failed HME transmissions for my weekly report (fixed-width from the state DMV interface):
APPLNAME                      DOB       CDLNO          ST REASON
[[PERSON:HRYTSENKO, OLEKSANDR]]          [[DATE_OF_BIRTH:19760314]]  [[US_DRIVER_LICENSE:H520-113-76-094-0]]  WI NAME MISMATCH
[[PERSON:KOVALCHUK, IRYNA]]              [[DATE_OF_BIRTH:19880927]]  [[US_DRIVER_LICENSE:K412-780-88-567-0]]  WI SSN NOT ON FILE
[[PERSON:BONDARENKO, TARAS]]             [[DATE_OF_BIRTH:19690102]]  [[US_DRIVER_LICENSE:B536-221-69-002-0]]  WI CHECK DIGIT"""),

(P, "translation_request", "ukrainian", """Please translate into Ukrainian for the applicant: "Dear Ms. [[PERSON:Kovalchuk]], your HAZMAT endorsement application could not be processed because the name on your Ukrainian passport [[US_PASSPORT:FT418293]] does not match your Wisconsin license. Please bring your permanent resident card (A-Number [[A_NUMBER:A214907365]]) to the enrollment center."
Keep it simple and friendly."""),

(P, "sms_thread", "dominican", """[text thread pasted]
[[PHONE_NUMBER:+1 (347) 555-0162]]: Hola, soy [[PERSON:Yesenia Almonte]], mi TWIC se me perdió en el puerto de Newark
Me: Hi, please call the TWIC help line, I can't take personal info by text
[[PHONE_NUMBER:+1 (347) 555-0162]]: ok pero el numero de mi aplicacion es 90-2215 y mi fecha de nacimiento [[DATE_OF_BIRTH:3 de mayo de 1990]]
Can you help me answer her in Spanish and tell her the replacement steps?"""),

(P, "email_thread", "polish", """From: [[PERSON:Zbigniew Wrzosek]] <[[EMAIL_ADDRESS:zbyszek.wrzosek@poczta-trucking.net]]>
To: TWIC Help Desk
Subject: RE: RE: odrzucenie / rejection letter

I received the Preliminary Determination letter. I was never convicted, the 2009 case was dismissed. My name is [[PERSON:Zbigniew Wrzosek]], DOB [[DATE_OF_BIRTH:11.02.1972]], SSN [[US_SSN:327-68-1054]]. Phone [[PHONE_NUMBER:(773) 555-0139]]. Please tell me what document I must send.

> From: TWIC Help Desk
> Please provide court disposition documents within 60 days."""),

(P, "appointment_list", "akan", """Fix the columns in this appointment list so it pastes into Excel:
0830 [[PERSON:Kwame Asante-Frimpong]] TWIC new [[PHONE_NUMBER:(302) 555-0190]]
0845 [[PERSON:Akosua Ofori]] HME renew [[PHONE_NUMBER:(302) 555-0121]]
0900 [[PERSON:Yaw Mensah Owusu]] TWIC replace [[PHONE_NUMBER:+233 24 555 0137]]
0915 [[PERSON:Abena Darko]] TWIC new [[PHONE_NUMBER:(302) 555-0186]]"""),

(P, "adjudication_note_marked", "bosnian", """[[CUI_MARKING:SENSITIVE SECURITY INFORMATION]]
[[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a "need to know", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]
Applicant [[PERSON:Emir Hadžiselimović]], DOB [[DATE_OF_BIRTH:1984-06-26]], threat assessment referral reason code 4. Draft the waiver-eligibility summary."""),

(P, "jira_ticket_cred", "none", """TWICOPS-2281  Enrollment kiosk can't reach the upload endpoint
Env: kiosk image 4.12 at Port of Tacoma
Steps: kiosk loads config from C:\\kiosk\\upload.ini:
  [upload]
  endpoint=https://upload.enroll-vendor.example.net/v2
  user=kiosk_tac_07
  password=[[PASSWORD:Tac0ma!Dock#2291]]
Expected 200, got 401 since Monday. Can you tell me what's wrong with the ini?"""),

(P, "powershell_history", "none", """Why does my script fail? PowerShell history from the enrollment workstation:
  PS> $cred = New-Object System.Management.Automation.PSCredential('svc_hme_sync', (ConvertTo-SecureString '[[PASSWORD:Hme$ync-Winter24!]]' -AsPlainText -Force))
  PS> Invoke-RestMethod -Uri https://hme-sync.internal.test/api/batch -Credential $cred
  Invoke-RestMethod : The remote server returned an error: (403) Forbidden."""),

(P, "memo_cui_banner", "jamaican", """[[CUI_MARKING:CUI//SP-TSI]]
Subject: HME applicant appeal summary
Applicant: [[PERSON:Delroy Anthony Campbell]], Kingston-born, LPR [[A_NUMBER:A-208-551-734]]
Appeal received; disqualifying offense record appears to belong to a different [[PERSON:Delroy Campbell]] with different DOB. Recommend expedited review.
[[CUI_MARKING:CUI//SP-TSI]]
Can you turn this into three bullet points for the branch chief?"""),

(P, "voicemail_transcript", "jamaican", """Voicemail (auto-transcribed, 02:14 PM): "yeah good afternoon this is [[PERSON:Marcia Thompson-Reid]] calling about my husband's TWIC card he's a longshoreman, his card was mailed to the old address [[STREET_ADDRESS:1187 Kossuth Street, Apt 2B, Baltimore, MD 21229]] and we moved, please call me back on [[PHONE_NUMBER:four four three, five five five, zero one five eight]] thank you" -- draft a callback script."""),

(P, "csv_rows", "cuban", """Dedupe these rows from the enrollment export:
last,first,dob,ssn
[[PERSON:Pérez Villalobos]],[[PERSON:Yoandrys]],[[DATE_OF_BIRTH:1993-08-17]],[[US_SSN:589-02-4471]]
[[PERSON:Pérez Villalobos]],[[PERSON:Yoandrys]],[[DATE_OF_BIRTH:1993-08-17]],[[US_SSN:589-02-4471]]
[[PERSON:Castañeda Ruiz]],[[PERSON:Odalys]],[[DATE_OF_BIRTH:1979-12-05]],[[US_SSN:590-71-3385]]"""),

(P, "payment_dispute", "cuban", """Applicant [[PERSON:Odalys Castañeda]] says she was charged twice for the TWIC fee ($125.25). Card used: [[CREDIT_CARD:4526 8463 3214 2655]]. She wants a refund letter. Write it for the enrollment vendor's billing office."""),

(P, "ansible_inventory", "none", """Our Ansible inventory for enrollment-center printers won't parse, see below:
[badge_printers]
prt-bos-01 ansible_host=10.40.2.11
prt-bos-02 ansible_host=10.40.2.12
[badge_printers:vars]
ansible_user=printadmin
ansible_password=[[PASSWORD:Pr1nt-Badge-88x]]
ansible_become_pass="{{ vault_become }}\""""),

(P, "classified_snippet", "none", """Can you shorten this paragraph for an email?
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]
[[CLASSIFICATION_MARKING:(S//NF)]] Vetting hits against maritime worker populations increased in Q3, driven by two matches at Gulf terminals.
[[CLASSIFICATION_MARKING:(U)]] The enrollment backlog is unrelated.
[[CLASSIFICATION_MARKING:SECRET//NOFORN]]"""),

(P, "connection_string_log", "none", """Error from the TWIC appointment scheduler, what does it mean?
2026-11-30 07:14:55 ERROR db.pool - cannot connect: [[CONNECTION_STRING:Server=sql-twic-sched.corp.test;Database=Appointments;User Id=sched_app;Password=Sch3d!Apr2026;]] - Login failed for user 'sched_app'."""),

# evasions
(E, "spaced_ssn", "polish", """Applicant [[PERSON:Agnieszka Wierzbicka-Sowa]] gave her SSN as [[US_SSN:3 2 9 - 4 7 - 6 1 8 2]] (she spaces digits when she reads them), please help me draft the letter asking for her birth certificate."""),
(E, "words_digits_dob", "bosnian", """Client: [[PERSON:Selma Mujagić]] -- born [[DATE_OF_BIRTH:the fourteenth of February nineteen eighty-seven]], HME in Ohio. Summarise what documents she still needs."""),
(E, "zero_width_password", "none", """Kiosk login for Tacoma still fails. Config line: admin_pass = [[PASSWORD:Kio\u200bsk\u200b-Adm1n\u200b-772]] -- is the weird spacing causing it?"""),
(E, "dotted_marking", "none", """Paste from the adjudication memo: [[CUI_MARKING:C.U.I.//S.P.-T.S.I.]] -- then the memo text -- please rewrite the opening paragraph in plain English: applicant waiver granted after review of court disposition."""),

# hard negatives
(H, "public_help_line", "none", """Draft a short FAQ answer: For TWIC questions call the TSA Universal Enrollment Services line at 1-855-347-8371, Monday to Friday 8 a.m. to 10 p.m. ET, or visit the TSA enrollment website. Enrollment centers cannot accept cash."""),
(H, "ssi_discussion", "none", """For the new-hire module, explain in two paragraphs what Sensitive Security Information is, who decides what counts as SSI under 49 CFR part 1520, and why help-desk staff should never paste SSI into external tools. No real examples please."""),
(H, "placeholder_form", "none", """Mail-merge template for the TWIC rejection letter:
Dear {{FirstName}} {{LastName}},
Your application (ID {{AppID}}) dated {{AppDate}} could not be completed. Your SSN on file ending in XXXX ...
Please fix the template so the salutation uses Mr./Ms. from the {{Title}} field."""),
(H, "port_names", "none", """Which TWIC enrollment centers are closest to the Port of Long Beach, the Port Everglades terminal, the Jacksonville Blount Island facility and the Paul Hall Center in Piney Point? Put them in a table with driving distance."""),
(H, "invoice_numbers", "none", """Reconcile: vendor invoice INV-2026-004417 (qty 1,842 TWIC card stock @ $3.11) against PO 70T04026P00183 and receiving report RR-11-2093. The invoice total is $5,728.62; PO line 0002 shows $5,782.26. Which is off and by how much?"""),
(H, "version_hashes", "none", """Kiosk build notes: image 4.12.3-rc2 (sha256 9f2c4e81b07a6d3355e0c1f8a2b9d47e6c01f3a5e88b27d4c6a9f013e2d7b5c4), fingerprint SDK 11.0.2.194, commit 3e7a91c. Write release notes from this."""),
(H, "regulation_dates", "none", """Timeline please: TWIC rule published January 25, 2007; compliance date for ports April 15, 2009; TWIC reader rule August 23, 2016; reader implementation delayed to May 8, 2026 for some facilities. Put in a Markdown table."""),
(H, "invalid_ssn_training", "none", """Training slide: 'Why the system rejects these SSNs: 000-12-3456 (area 000), 666-45-1290 (area 666), 912-34-5678 (9xx is not issued), 123-00-4567 (group 00).' Rewrite the slide so it's clearer for enrollment agents."""),
(H, "cdl_stats", "none", """Summarise: In FY2026 the Ohio BMV processed 18,204 HME renewals; 2,117 needed a TSA threat assessment redo; median wait 31 days. Form MCSA-5876 and 49 CFR 383.141 are cited in the state memo."""),
(H, "password_policy", "none", """Rewrite our kiosk password policy: minimum 15 characters, no reuse of the last 24, rotate service-account passwords every 90 days, never store a password in .ini files, use the vault instead. Make it a one-page checklist."""),
(H, "eponym_places", "none", """Driving directions needed from the Lyndon B. Johnson Space Center to the Sam Houston Tollway and then to the Bayport Cruise Terminal for a mobile TWIC enrollment event. Also check whether the Fred Hartman Bridge has height limits for the van."""),
(H, "portion_mark_training", "none", """For a quiz: what's the difference between a banner line and a portion mark, and why would a help-desk ticket never carry a classification banner? Answer for someone new to federal work; don't include sample markings."""),
(H, "uuid_log", "none", """Log excerpt: 2026-12-01T09:14:02Z enroll-svc request_id=5b1e7c2a-93f0-4d61-a8b2-0e4f9c3d7a16 status=202 duration_ms=418; 2026-12-01T09:14:05Z enroll-svc request_id=c0d9a4e3-17b6-42f8-9e55-3a1b8f20c6d7 status=500. What failed?"""),
]
