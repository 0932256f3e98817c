# Long records (1.5-2 KB) for length variety.
P = "positive"
H = "hard_negative"
RECORDS = [
(P, "long_email_thread", "african_american", """Please summarize this e-mail thread into a short status note for the branch chief, and list any open action items at the end.

-----Original Message-----
From: [[PERSON:Cedric Young]] <[[EMAIL_ADDRESS:cedric.young.home@freemail-us.com]]>
Sent: Monday, November 30, 2026 8:12 AM
Subject: RE: replacement card for my mother

Good morning,
Thank you for calling me back on Friday. As discussed, my mother [[PERSON:Bernice Young]] (born [[DATE_OF_BIRTH:February 11, 1941]]) never received her replacement card. Her A-Number is [[A_NUMBER:A-041-227-930]]. She moved in with me last spring, so the card should go to [[STREET_ADDRESS:2716 Cedar Crest Dr, Apt 210, Decatur, GA 30034]] and not her old house on Glenwood. My cell is [[PHONE_NUMBER:404-388-1592]] and my sister [[PERSON:Latrice Young-Holloway]] can also be reached at [[PHONE_NUMBER:(770) 981-4023]] if I am at work.
Thanks again,
[[PERSON:Cedric]]

-----Original Message-----
From: Case Assistance Unit
Sent: Friday, November 27, 2026 3:40 PM
Subject: replacement card

Mr. [[PERSON:Young]],
We have located the request. The card was returned as undeliverable on 10/19/2026. To re-mail it we need a signed change-of-address form and a copy of a document showing the new address. Please do not send original documents.

-----Original Message-----
From: [[PERSON:Cedric Young]]
Sent: Wednesday, November 25, 2026 11:02 AM
Subject: replacement card

Hello, I'm writing for my mother who is 85 and doesn't use e-mail. She filed for a replacement card in August (receipt [[USCIS_RECEIPT_NUMBER:NBC-26-231-08847]]) and has been waiting since. She has a doctor's appointment in January where she needs to show ID. Her Medicare paperwork lists her SSN as [[US_SSN:253-18-4476]] if that helps you find her. Please advise what we need to do.
"""),

(P, "long_cui_report", "nordic", """Rewrite the following report as a one-page executive summary with headings. Keep the marking lines exactly as they are.

[[CUI_MARKING:CUI//SP-PRVCY]]
[[CUI_MARKING:Controlled by: DHS/FEMA/Recovery]]
[[CUI_MARKING:CUI Category: PRVCY]]
POC: [[PERSON:Lars Eklund]], [[PHONE_NUMBER:(202) 407-3187]]

After-Action Review: Individual Assistance Data Handling, Hurricane Response, Region 4

1. Background. During the response, registration data for approximately 48,000 households was collected through call centers, mobile registration intake teams and the online portal. This review examines how that data was stored, shared with voluntary agency partners, and purged after the sharing agreements expired.

2. Findings.
  a. Mobile intake teams at three disaster recovery centers exported registrant lists to spreadsheets on shared laptops. At one site, the spreadsheet was left on the desktop of a kiosk laptop after close of business for two nights.
  b. One partner agency received a file containing full dates of birth and bank account fields although the agreement only covered names, addresses and phone numbers. The file was recalled within 48 hours; the partner attested it had been deleted.
  c. Call center scripts did not consistently remind agents not to read full account numbers back to callers.

3. Recommendations.
  a. Disable local export on intake laptops and route all exports through the records system with logging.
  b. Add a data-minimization check to the partner sharing workflow, with supervisor approval for any field beyond the agreed list.
  c. Update call center scripts and include the item in refresher training before the next season.

4. Example case reviewed (registrant consented to use in training): [[PERSON:Ingrid Halvorsen]], DOB [[DATE_OF_BIRTH:06/02/1957]], damaged dwelling at [[STREET_ADDRESS:418 Palmetto Way, Port Charlotte, FL 33952]].

[[CUI_MARKING:CUI//SP-PRVCY]]"""),

(H, "long_procedure", None, """Turn this procedure into a numbered checklist and a short FAQ with three questions:

Records disposition procedure for closed benefit files

When a benefit file has been closed for the retention period shown in the applicable records schedule, the custodial office reviews it for disposition. The reviewer first confirms that no litigation hold, FOIA request or congressional inquiry is open against the file; holds are checked in the central hold register, and the check is recorded on the disposition worksheet with the date and the reviewer's initials. Files under a hold are returned to the shelf and re-reviewed at the next quarterly cycle.

Files that are cleared for disposition are sorted by schedule item. Permanent records are boxed for transfer to the records center with a transfer form listing the schedule item, the date range and the number of boxes; temporary records are sent for destruction through the approved shredding contractor. The shredding contractor issues a certificate of destruction for each pick-up, which the office keeps for three years. Electronic copies in the case management system are flagged for deletion in the same cycle so that the paper and electronic records are disposed of together.

Supervisors sample five percent of each cycle's worksheets to confirm that hold checks were performed and that the schedule items were applied correctly. Errors are reported to the component records officer within ten business days, and the reviewer receives refresher training. The records officer compiles the sampling results for the annual records management self-assessment.

Questions about this procedure should go to the component records officer through the usual ticketing queue (category: Records Management)."""),
]
