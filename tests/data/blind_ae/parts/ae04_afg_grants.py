"""Voice 4: FEMA Assistance to Firefighters Grants (AFG): applications from volunteer fire departments."""

RECORDS = [
("positive", "narrative_help", "anglo", """I'm the grants volunteer for Tillery Creek VFD. Can you make our narrative stronger? "Our department has 19 volunteers. Chief [[PERSON:Dwayne Pettigrew]] has served 31 years. Our 1987 pumper failed its pump test in March. Last year FF [[PERSON:Corey Lynn Stansbury]] was injured when a hose coupling failed." Point of contact for the application: [[PERSON:Wanda Faye Pettigrew]], [[PHONE_NUMBER:(252) 555-0123]], [[EMAIL_ADDRESS:wanda.pettigrew.tcvfd@gmail.com]]."""),

("positive", "banking_update", "cajun", """Subject: AFG payment - bank account change
We changed banks after the credit union merger. New info for the SF-1199A / SAM update:
Routing: [[ABA_ROUTING_NUMBER:055355218]]
Account: [[US_BANK_NUMBER:4470021938]] (checking)
Account name: Bayou Noir Volunteer Fire Company
Treasurer: [[PERSON:Antoinette Thibodeaux]], [[PHONE_NUMBER:337-555-0189]]
Can you tell me if I also need to update SAM.gov before requesting the reimbursement?"""),

("positive", "roster_csv", "lakota+mexican+swedish+ghanaian+polish", """Member roster for the SCBA request (need count of interior-qualified FFs):
name,position,FF1,FF2,interior
"[[PERSON:Hollis Redcloud]]",Captain,Y,Y,Y
"[[PERSON:Mariela Ochoa]]",FF,Y,N,Y
"[[PERSON:Garrett Sjoberg]]",FF,Y,N,N
"[[PERSON:Shanice Bowers-Adjei]]",EMT,N,N,N
"[[PERSON:Emil Kowalczyk]]",Lieutenant,Y,Y,Y"""),

("positive", "portal_login_chat", "anglo", """User: The FEMA GO login for our department is on a sticky note: username tillerycreekvfd, password [[PASSWORD:Engine7!Brush#44]]. I want to let our new treasurer in. Can two people share one FEMA GO account or do I need to add her as a user?"""),

("positive", "chief_letter_spanish", "puerto_rican", """Traduce al inglés la carta del jefe para la solicitud:
"Yo, [[PERSON:Héctor Luis Maldonado Rivera]], jefe del Cuerpo de Bomberos Voluntarios de Barrio Jagual, certifico que nuestra compañía atiende 4,200 residentes. Nuestro camión de 1994 no pasó la inspección. Para preguntas, llame a la secretaria [[PERSON:Nilda Cintrón]] al [[PHONE_NUMBER:(787) 555-0145]]." """),

("positive", "audit_w2_ssn", "pennsylvania_dutch", """AFG desk review asked for proof that the stipend is reported. Our treasurer pasted this from a W-2 copy into our email thread, should I have redacted it before forwarding?
Employee: [[PERSON:Jonas Hershberger]]  SSN: [[US_SSN:205-88-3417]]  Box 1: 2,400.00
Employer: Lower Conestoga Fire Co."""),

("positive", "vehicle_app_json", "navajo", """Exported the draft from our grant writing tool, can you find why the cost-share field errors?
{"applicant":"Tohatchi Chapter Volunteer Fire","project":"Vehicle Acquisition - Type 1 Engine",
 "poc":{"name":"[[PERSON:Leonard Begaye Yazzie]]","phone":"[[PHONE_NUMBER:505-555-0176]]","email":"[[EMAIL_ADDRESS:lbyazzie.tohatchivfd@outlook.com]]"},
 "authorized_official":{"name":"[[PERSON:Sharlene Tsinajinnie]]","title":"Chapter President"},
 "federal_share":475000,"cost_share_pct":"5","population":1037}"""),

("positive", "card_payment_vendor", "anglo", """Our vendor for the turnout gear wants a deposit before the grant funds hit. The chief put it on his own card [[CREDIT_CARD:5210-3518-0661-2182]] exp 09/28. Is that allowable under the grant or does it count as a pre-award cost?"""),

("positive", "peer_review_notes", "cajun+igbo+pakistani+portuguese", """Peer reviewer notes (my own, from last cycle, helping a friend's department):
- Applicant contact [[PERSON:Marguerite Fontenot-Abara]] responsive.
- Narrative mentions FF [[PERSON:Bilal Qureshi]] and FF [[PERSON:Aimee Raposo]] completed FF1 in 2025.
- Call volume stats OK. Score: 4/5 financial need.
Rewrite into a friendly tip sheet without the names."""),

("positive", "ocr_sam_letter", "vietnamese", """Scanned SAM.gov entity registration page (OCR garbled), need the POC info cleaned up:
E-Business POC : [[PERSON:Ph am  Van  Toa n]]
Addr : [[STREET_ADDRESS:4 1 2 Gulf Breeze Pkwy, Bayou La Batre, AL 3 6 5 0 9]]
Phone : [[PHONE_NUMBER:251 555 01 29]]"""),

("positive", "aws_key_grantwriting", None, """Our grant writing consultant set up a shared folder in AWS for the application drafts and emailed us this. Can you tell me how to use it with the AWS CLI?
aws_access_key_id = [[CLOUD_ACCESS_KEY:AKIAFVKMNCDUNEF5KO3D]]
aws_secret_access_key = [[CLOUD_SECRET_KEY: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]]
region = us-east-2"""),

("positive", "injury_statistics_with_names", "ojibwe", """For the health & safety section: in 2024 FF [[PERSON:Waabanang Kingbird]] had heat exhaustion at a wildland fire; in 2025 Lt [[PERSON:Giizhig Fairbanks]] fell through a porch. Both returned to duty. We are asking for wildland PPE and a thermal imaging camera. Please write 2 paragraphs."""),

("positive", "sms_chief", "jamaican", """SMS from Chief [[PERSON:Desmond Ricketts-Gayle]]: "grant closes fri 5pm, did u upload the 3 quotes? if not call [[PERSON:Norma]] at [[PHONE_NUMBER:954 555 0187]] she has the vendor pdfs" - help me write a checklist for Friday"""),

("positive", "dob_eligibility", "kenyan", """Our junior firefighter program: [[PERSON:Wanjiru Njoroge-Otieno]], DOB [[DATE_OF_BIRTH:May 30, 2010]], wants to ride along. Can AFG training funds cover a 16-year-old's Firefighter I class?"""),

("positive", "names_as_words", "anglo", """ok so [[PERSON:grant whitlow]] is our new treasurer, he handles the grant now. he and [[PERSON:honor amberly]] (ms. [[PERSON:amberly]] is the secretary) both need FEMA GO access. can you write an email to [[PERSON:Grant W.]] explaining that he will need a login.gov account first? sign it from [[PERSON:Hope Marroquín]], Chief"""),

("evasion", "routing_in_words", None, """I'll type it out so the grant bot doesn't block it: routing [[ABA_ROUTING_NUMBER:one one five four one five five two two]], account [[US_BANK_NUMBER:seven seven three zero, one one eight four, nine]] - does the routing number belong to a Texas bank?"""),

("evasion", "password_split", None, """new FEMA GO password is the station name + the engine number + the year we were founded, i.e. [[PASSWORD:P i n e H o l l o w 3 1 9 5 2]] (remove spaces). is that strong enough or will the portal reject it?"""),

("evasion", "reversed_name", "irish", """writing the contact name backwards lol: [[PERSON:nahgallaG ennaiS]] - she's our new treasurer. Does the treasurer need to be on the SF-424 or just the authorized official?"""),

("hard_negative", "nofo_numbers", None, """FY2025 AFG NOFO: DHS-25-GPD-057-00-99. Application period closes at 5 pm ET. Awards like EMW-2025-FG-01234 will be posted on a rolling basis. Make a timeline for our department's board meeting."""),

("hard_negative", "fdid_nfirs", None, """Our FDID is 37114 and our NFIRS reporting is 100% for 2024 (412 incidents: 61 fires, 288 EMS, 63 other). Does the 2025 application still ask for NFIRS participation or only the 3-year call volume?"""),

("hard_negative", "vin_and_model", None, """Apparatus to be replaced: 1991 E-ONE Hurricane pumper, VIN 4ENRAAA88M1003924, 1,250 GPM, 750 gal. Mileage 48,211. Pump test failed at 150 psi. Draft the 'current apparatus' paragraph."""),

("hard_negative", "ein_uei", None, """Our EIN is 56-1408821 and UEI is KJ7NL3MQX8B5. SAM registration expires 2027-02-19. Does the UEI go on the SF-424 line 8c or 8b? (These are public entity identifiers, the department is a 501(c)(3).)"""),

("hard_negative", "placeholder_config", None, """fema_go_upload.yaml from the volunteer who built our doc uploader:
portal_url: https://go.fema.gov
username: ${FEMA_GO_USER}
password: ${FEMA_GO_PASS}
upload_dir: ./afg_2025/
Is using env vars like this safe enough for a laptop at the station?"""),

("hard_negative", "historical_names", None, """For the history paragraph: our company was founded in 1952, the year after Benjamin Franklin's Union Fire Company model was celebrated at the state convention, and our first engine was named "Molly Pitcher". Make it sound proud but short."""),

("hard_negative", "statistics_population", None, """Census 2020: our first-due area has 4,212 residents, median age 46.1, 19.3% over 65. ISO rating 6/10Y. Call volume up 22% since 2019. Which numbers help most in the financial need section?"""),

("hard_negative", "cost_share_math", None, """Cost share for a population under 20,000 is 5%. Our project is $512,300 total. Federal share 486,685 and our share 25,615? Double-check my math and the rounding rule."""),

("hard_negative", "confidential_footer_vendor", None, """Quote footer from the SCBA vendor: "CONFIDENTIAL - This quotation is proprietary to the vendor and intended solely for the named fire department. Prices valid 60 days." Do we have to hide it before uploading the quote to the grant application?"""),
]
