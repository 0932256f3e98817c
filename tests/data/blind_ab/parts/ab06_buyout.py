# FEMA Hazard Mitigation Assistance: voluntary acquisition (buyout) of flood-prone homes
RECORDS = [
("positive", "hma_buyout_owner_letter", "anglo", """Dear Mr. and Mrs. [[PERSON:Pettibone]],
Thank you for volunteering your property at [[STREET_ADDRESS:Rural Route 2, Box 118, Alexandria, LA 71302]] for the Rapides Parish acquisition project. Our appraiser, [[PERSON:Lyle Dunnaway]], will call you at [[PHONE_NUMBER:318-555-0146]] to schedule the visit.
Sincerely, [[PERSON:Grant Fairbairn]], State Hazard Mitigation Officer"""),
("positive", "hma_pr_urbanizacion", "puertorican", """Solicitud de adquisición – municipio de Toa Baja
Propietaria: [[PERSON:Migdalia Rivera Santiago]]
Dirección: [[STREET_ADDRESS:Urb. Levittown, Calle Lago Guajataca FK-27, Toa Baja, PR 00949]]
Fecha de nacimiento: [[DATE_OF_BIRTH:12 de febrero de 1954]]
Teléfono: [[PHONE_NUMBER:(787) 555-0132]]
Doña [[PERSON:Migdalia]] pregunta si el valor de tasación incluye la marquesina."""),
("positive", "hma_duplication_benefits", "anglo", """DOB check (duplication of benefits): owner [[PERSON:Rose Ellen Tisdale]], SSN [[US_SSN:433-78-1052]], received NFIP claim $61,400 and ICC $30,000. Need to net these from the pre-event FMV of $142,000. Can you show the math?"""),
("positive", "hma_closing_wire", "cajun", """Closing statement – parcel 14-0711
Seller: [[PERSON:Thibodeaux, Remy J.]]
Seller proceeds wired to: Bayou Federal CU, ABA [[ABA_ROUTING_NUMBER:265473812]], acct [[US_BANK_NUMBER:00071128846]]
Seller forwarding address: [[STREET_ADDRESS:3308 Bayou Blue Rd, Houma, LA 70364]]"""),
("positive", "hma_hmong_owner", "hmong", """Interpreter notes (Hmong) for the buyout meeting: homeowner [[PERSON:Vang Tou Lee]]… correction, [[PERSON:Tou Lee Vang]], born [[DATE_OF_BIRTH:1960]] per his I-94 record, wife [[PERSON:Mai Xiong]]. They asked whether the buyout affects their SSI. Phone [[PHONE_NUMBER:(651) 555-0108]]."""),
("positive", "hma_csv_owners_pipe", "nigerian+lumbee", """parcel,owner_last,owner_first,mailing_address,phone
14-0702,[[PERSON:Eze-Ugwu]],[[PERSON:Chinyere]],"[[STREET_ADDRESS:PO Box 221, Lumberton, NC 28359]]",[[PHONE_NUMBER:910-555-0103]]
14-0703,[[PERSON:Locklear]],[[PERSON:Keziah]],"[[STREET_ADDRESS:1187 Prospect Rd, Pembroke, NC 28372]]",[[PHONE_NUMBER:910-555-0111]]
14-0704,[[PERSON:Oxendine]],[[PERSON:Lorne]],"[[STREET_ADDRESS:PSC 819 Box 2217, FPO AE 09645]]",[[PHONE_NUMBER:910-555-0124]]"""),
("positive", "hma_military_owner_apo", "anglo", """Owner [[PERSON:SFC Dana Whitsell]] is deployed; POA holder is her mother. Send the offer letter to [[STREET_ADDRESS:Unit 2050 Box 314, APO AE 09214]] and copy [[EMAIL_ADDRESS:dana.whitsell.mil@mail.example]].""".replace("[[PERSON:SFC Dana Whitsell]]", "SFC [[PERSON:Dana Whitsell]]")),
("positive", "hma_deed_restriction_cui", None, """[[CUI_MARKING:CUI//SP-PRVCY]]
Owner roster with income verification for low-to-moderate-income determination, 41 households. Please draft the LMI narrative (no names needed)."""),
("positive", "hma_egrants_password", None, """FEMA GO sub-applicant account for the county is hmo_county / [[PASSWORD:Qw7!tTb2nLp#44]]. The previous coordinator left, can you help me write an e-mail to reset the login owner?"""),
("positive", "hma_gis_github", None, """our parcel GIS notebook pulls from the private repo:
!pip install git+https://[[GITHUB_TOKEN:ghp_Wc0XfA1q0I1BChJ2lD1i6Yq94YxSC98Rivny]]@github.com/county-gis/buyout-parcels.git
why does it prompt for a password anyway?"""),
("positive", "hma_french_cajun_elder", "cajun", """Translate the note from Mme [[PERSON:Évangéline Boudreaux]] (née le [[DATE_OF_BIRTH:3 août 1941]]): « Je veux pas vendre la maison de mon défunt mari avant que mon fils [[PERSON:Théo]] revienne de Lafayette. »"""),
("positive", "hma_mortgage_payoff", "korean+anglo", """Payoff request for [[PERSON:Han Seung-woo]] and [[PERSON:Brittany Han]], loan 2208847719 at Coastal Home Lending; their contact [[EMAIL_ADDRESS:seungwoo.han77@mail.example]], cell [[PHONE_NUMBER:(409) 555-0181]]."""),
("evasion", "hma_fullwidth_ssn", "anglo", """Program intake form (copied from a PDF that uses full-width digits): applicant [[PERSON:Harlan Voss]], SSN [[US_SSN:５１８－２２－７４０３]]"""),
("evasion", "hma_spaced_address", "hispanic", """Owner [[PERSON:Ofelia Barraza]] lives at [[STREET_ADDRESS:2 2 1 7   R i o   V i s t a   D r ,   L a r e d o ,   T X   7 8 0 4 1]] (pasted from the scanned deed)"""),
("hard_negative", "hma_program_text", None, """Acquisition projects under HMGP (42 U.S.C. 5170c) and FMA must deed-restrict the land to open space in perpetuity. Benefit-cost ratio must be ≥ 1.0 unless the pre-calculated benefits for properties in the SFHA apply."""),
("hard_negative", "hma_parcel_ids", None, """Parcels 14-0702 through 14-0731; FIRM panel 22079C0415F; BCA Toolkit 6.0; project no. DR-4611-0094-R; contract HSFE60-26-C-0112."""),
("hard_negative", "hma_public_office", None, """For questions call the FEMA Region 6 Mitigation Division, 800 N. Loop 288, Denton, TX 76209, public line on fema.gov; or the Louisiana GOHSEP hazard mitigation hotline."""),
("hard_negative", "hma_storm_names", None, """Repetitive-loss history: Hurricane Katrina (2005), Rita (2005), Gustav (2008), Isaac (2012), Laura and Delta (2020), Ida (2021). Storm names are not people for our purposes."""),
("hard_negative", "hma_zip4", None, """Mail the signed Statement of Voluntary Participation to the parish at P.O. Box 1150, zip 71309-1150; the courthouse annex ZIP+4 is 71301-8219."""),
("hard_negative", "hma_confidential_appraisal", None, """Appraisals are confidential until the offer is made; don't share the values at the public meeting. The "secret" is that most owners accept the first offer."""),
("hard_negative", "hma_bca_numbers", None, """BCR = 1.37; total benefits $4,211,800; total costs $3,074,300; discount rate 3.1%. Version 6.0.0.1 of the BCA toolkit fixed the rounding bug."""),
("hard_negative", "hma_tf_placeholder", None, """variable "db_password" {
  type      = string
  sensitive = true
  # set via TF_VAR_db_password, never commit
}"""),
("hard_negative", "hma_fiction_town", None, """For the tabletop we invented Riverbend County and its mayor, Hank Hill-style caricature "Mayor Bo Guidry" — no real residents are used."""),
("positive", "hma_gis_aws_keys", None, """Flood depth grids are on the county's AWS; their GIS guy emailed:
access key [[CLOUD_ACCESS_KEY:AKIABI1AQ3AXRUX8Y4K4]]
secret key [[CLOUD_SECRET_KEY:pTG+kjNQZI1tYZeZSTfhdXXjJvGmAJxOPuX4xdgL]]
How do I load these in QGIS?"""),
("hard_negative", "hma_deed_language", None, """Model deed restriction: "The property shall be maintained as open space in perpetuity for uses compatible with open space, recreational, or wetlands management practices." Recorded as instrument 2026-0041187."""),
]
