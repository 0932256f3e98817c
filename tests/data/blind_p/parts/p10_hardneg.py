"""Voice: mixed everyday requests — mostly hard negatives (names of things, public contacts, numbers
that are not personal), plus a few positives with rarer address and licence formats."""
from _v import *

RECORDS = [
R("hard_negative", "place_names", None, """Plan a driving route for the site visits: Lake Charles, LA → Port Arthur, TX → Jasper, TX → Natchitoches, LA. Stops at the Sabine Pass lighthouse and the Sam Houston Jones State Park. Avoid I-10 between 7 and 9 a.m."""),
R("hard_negative", "building_names", None, """Facilities asked which buildings need the new badge readers: the Ronald Reagan Building, the Edward R. Roybal Federal Building, the Thomas P. O'Neill Jr. Federal Building, and the Mickey Leland Federal Building. Put them in a table with city and GSA building number column left blank."""),
R("hard_negative", "storm_names", None, """Compare FEMA obligations for Hurricanes Helene, Milton, Ian and Maria in a chart, using public OpenFEMA data. Also note Tropical Storm Ernesto's effect on Puerto Rico in August 2024."""),
R("hard_negative", "words_as_names", None, """I will need to bill the project for August and June, and mark the timesheet as final. Hope that is fine with the grace period. Note the rose-colored rows in the spreadsheet are pending; the China and Georgia tabs are the trade lanes, Jordan is the partner-nation tab."""),
R("hard_negative", "job_titles", None, """Org chart text for the new division: Assistant Director for Operations; Deputy Assistant Director, Field Programs; Supervisory Special Agent (x4); Intelligence Research Specialist (x6); Management and Program Analyst; Administrative Officer. Please format as an indented list."""),
R("hard_negative", "law_citations", None, """Brief me on Matter of A-B-, 28 I&N Dec. 316 (A.G. 2018), Matter of L-E-A-, 27 I&N Dec. 40 (BIA 2017), and Loper Bright Enterprises v. Raimondo, 603 U.S. 369 (2024). How do they affect asylum adjudication guidance?"""),
R("hard_negative", "contract_numbers", None, """Contract 70RCSA26C00000042, modification P00007, CLIN 0003 ($412,118.00). Invoice INV-2026-11-0881 against PO 70CMSD26P00000219. UEI: QK7PLM3ZJ5N8. Draft the COR memo approving the invoice."""),
R("hard_negative", "tracking_numbers", None, """Package status: UPS 1Z 8V0 2W7 03 4418 2291 delivered 12/02; FedEx 7731 8842 0196 in transit; USPS 9400 1118 9922 3847 1122 90 at the Merrifield facility. Which one has the replacement PIV card stock?"""),
R("hard_negative", "coordinates", None, """Plot these USCG SAR datum points: 18°27'N 066°06'W, 18.4655, -66.1057; 13.4443 N, 144.7937 E (Apra Harbor). Time 2026-12-02T04:15Z. Give me a KML snippet."""),
R("hard_negative", "uuids_hashes", None, """Dedupe these case IDs: 0b9e6a6c-3f0d-4b1d-8c0e-2d7f5e9a1b33, 7c2f1a4e-9b8d-4e6f-a1c3-5d0b2e8f7a96, 0b9e6a6c-3f0d-4b1d-8c0e-2d7f5e9a1b33. And md5 d41d8cd98f00b204e9800998ecf8427e keeps appearing for empty files, why?"""),
R("hard_negative", "invalid_ssn_range", None, """Test data for the validator unit tests (all intentionally invalid): 000-12-3456, 666-45-1209, 912-00-4411, 431-00-8812, 218-77-0000. Write pytest cases asserting each is rejected."""),
R("hard_negative", "nsn_parts", None, """Supply request: NSN 8465-01-524-7641 (plate carrier), NSN 5855-01-647-6498 (night vision mount), qty 12 each. Cage code 1RRX4. Route through GSA Advantage, fund cite 2026-0400-CBP-OFO."""),
R("hard_negative", "version_strings", None, """Inventory of the kiosk fleet: Windows 11 Enterprise 23H2 build 22631.4602, Chrome 131.0.6778.86, kiosk app 2.7.13+build.5521, BIOS F.51 (2026-08-14). Which ones are behind the baseline in CISA BOD 23-01 reporting?"""),
R("hard_negative", "public_contact", None, """For the community outreach one-pager: USCIS Contact Center 800-375-5283; CBP Info Center 877-227-5511; ICE tip line 866-347-2423 or ice.gov/webform/hsi-tip-form; TSA Cares 855-787-2227. Please put them in a neat box."""),
R("hard_negative", "public_contact", None, """Add to the email signature template (office, not personal): FEMA Region 9 External Affairs, 1111 Broadway, Suite 1200, Oakland, CA — main line listed on fema.gov. Replace [Your Name] and [Title] when you use it."""),
R("hard_negative", "operation_names", None, """List the public press-release operations to cite in the fraud-prevention brief: Operation Angel Watch, Operation Predator, Operation Stolen Promise, Operation Blue Lotus. One sentence each, public sources only."""),
R("hard_negative", "product_names", None, """Compare Jamf, Intune and Workspace ONE for managing the iPhone fleet; also, does Lucy Security's phishing simulator or KnowBe4 support FedRAMP Moderate? We also use Alexa for Business in one conference room — is that allowed?"""),
R("hard_negative", "award_names", None, """Nominations are open for the Samuel J. Heyman Service to America Medals and the Harry S. Truman Award. Our team wants to nominate the Hurricane Beryl response cell. Draft a 200-word justification."""),
R("hard_negative", "docket_numbers", None, """Track these dockets: DHS-2026-0041 (proposed rule, public charge), USCIS-2025-0005, and FEMA-2026-0012. Comment periods close 01/15/2027. Also case No. 1:26-cv-01187 (D.D.C.). Summarize status."""),
R("hard_negative", "timestamps", None, """Convert these log times to Eastern: 1764668400, 2026-12-02T10:14:03Z, Wed, 02 Dec 2026 05:14:03 GMT, 20261202T101403Z. Which are the same instant?"""),
R("hard_negative", "zip_plus4", None, """Mail merge check: ZIP+4 codes 20528-0075, 20472-3100 and 20598-0001 are DHS headquarters mail stops. Do I need the +4 on the envelopes for internal mail?"""),
R("hard_negative", "ship_names", None, """Cutter deployment summary: USCGC Stratton, USCGC James, USCGC Munro, USCGC Kimball and the icebreaker USCGC Healy. Show their homeports in a table."""),
R("hard_negative", "form_numbers", None, """Which forms does a new DHS employee fill out? I know SF-86, OF-306, I-9, W-4, SF-1199A, SF-256, SF-181, TSP-1 and DHS Form 11000-6 (non-disclosure). Give a checklist with one-line purposes."""),
R("hard_negative", "example_values", None, """In the user guide, the screenshot shows sample values only: Name "Jane Q. Public", A-Number A000000000, receipt "IOE0000000000", email "user@example.gov". Please rewrite the caption to make it obvious these are samples."""),
R("hard_negative", "git_sha", None, """Release notes for v5.2.0: fixes #4412 (commit a3f9c21), #4418 (commit 0d77e8b4c9f1), bumps openssl to 3.0.15, removes deprecated /v1/lookup endpoint. Write a changelog entry."""),

# positives: rarer address and licence shapes
R("positive", "address_change", "native_american", """Change of address for my SF-50 mailing: [[PERSON:Tokala Red Cloud]], [[STREET_ADDRESS:HC 49 Box 2204, Pine Ridge, SD 57770]]. Phone [[PHONE_NUMBER:605-555-0161]]."""),
R("positive", "address_change", "anglo", """Forward my W-2 to my deployment address: [[PERSON:SSgt Kendra Lowell-Briggs]], [[STREET_ADDRESS:Unit 8400 Box 1127, DPO AE 09498-0012]]. Driver's license for ID check: [[US_DRIVER_LICENSE:L200-417-88-213-0]] (FL)""".replace("[[PERSON:SSgt Kendra Lowell-Briggs]]", "SSgt [[PERSON:Kendra Lowell-Briggs]]")),
R("positive", "address_change", "sudanese", """Update emergency contact: [[PERSON:Abdelrahim Osman Elsheikh]], brother, [[STREET_ADDRESS:Street 15, House 22, Al-Amarat, Khartoum, Sudan]], [[PHONE_NUMBER:+249 91 555 0136]]. Mine: [[PERSON:Mawahib Osman]], [[STREET_ADDRESS:APO AE 09315]]""".replace("[[STREET_ADDRESS:APO AE 09315]]", "[[STREET_ADDRESS:PSC 817 Box 44, FPO AE 09622]]")),
R("positive", "license_check", "german", """The rental counter rejected my colleague's license — is the format wrong? [[PERSON:Friederike Schönberger-Alt]], NY license [[US_DRIVER_LICENSE:731 042 668]], expiring 2027. Her German Führerschein number is on the back but I don't have it."""),
R("positive", "address_change", "iraqi", """Please draft a lease-termination letter for [[PERSON:Haider Jabbar Al-Zubaidi]], [[STREET_ADDRESS:1800 S Harbor Blvd, Unit 22, Anaheim, CA 92802]], effective 01/31/2027. Landlord: [[PERSON:Gordon Thistlewood]], [[EMAIL_ADDRESS:gthistle.rentals@example.net]]."""),
R("positive", "lowercase_names", "anglo", """remind me to call back wendell okoye-marsh and priscilla vantongeren tomorrow about the carpool, and email hollis at [[EMAIL_ADDRESS:hollis.dunmore@example.org]]""".replace("wendell okoye-marsh", "[[PERSON:wendell okoye-marsh]]").replace("priscilla vantongeren", "[[PERSON:priscilla vantongeren]]").replace("email hollis at", "email [[PERSON:hollis]] at")),
R("positive", "word_names", "anglo", """Ask Will Pellingham whether Hope Calloway-Nunn signed the leave slip, and tell Clemency to loop in Bill Tresize.""".replace("Will Pellingham", "[[PERSON:Will Pellingham]]").replace("Hope Calloway-Nunn", "[[PERSON:Hope Calloway-Nunn]]").replace("tell Clemency", "tell [[PERSON:Clemency]]").replace("Bill Tresize", "[[PERSON:Bill Tresize]]")),
R("positive", "signature_block", "arabic", """Please shorten my signature:
[[PERSON:Dr. Layla bint Saeed Al-Qahtani]]
Senior Policy Advisor, Office of Partnership and Engagement
U.S. Department of Homeland Security
Desk: [[PHONE_NUMBER:202-555-0179]] | Mobile: [[PHONE_NUMBER:202-555-0105]]
[[EMAIL_ADDRESS:layla.alqahtani@hq.example.gov]]""".replace("[[PERSON:Dr. Layla bint Saeed Al-Qahtani]]", "Dr. [[PERSON:Layla bint Saeed Al-Qahtani]]")),
R("positive", "guest_list", "mixed", """Holiday party RSVP (TSV):
name\tdiet\tplus_one
[[PERSON:Rangi Whaanga-Tupara]]\tnone\tyes
[[PERSON:Oyelaran, Temitope]]\tvegetarian\tno
[[PERSON:GUTIÉRREZ DE LA VEGA, Ángela]]\thalal\tyes
[[PERSON:Dmitri Ostrovsky]]\tkosher\tno
[[PERSON:Parisa Ebrahimi]]\tvegan\tyes
[[PERSON:Hoang Bao Chau]]\tnone\tno
Count plus-ones and diets."""),
R("positive", "foreign_address", "greek", """Address the envelope for me in the right Greek order: [[PERSON:Κωνσταντίνος Παπαδάκης]], [[STREET_ADDRESS:Οδός Ερμού 48, 105 63 Αθήνα]], and in Latin letters for the US side: [[PERSON:Konstantinos Papadakis]], [[STREET_ADDRESS:Ermou 48, 105 63 Athens, Greece]]."""),
R("positive", "foreign_phone", "french", """Conference speaker logistics: [[PERSON:Élodie Marchetti-Laurent]] (ANSSI), mobile [[PHONE_NUMBER:+33 6 99 55 01 27]], hotel [[STREET_ADDRESS:12 rue de Rivoli, 75004 Paris, France]]. Book a car from Dulles on 01/12."""),
]
