# Voice 3: contracting and budget (positives)
RECORDS = [
("positive", "co_letter", "anglo",
 "Review this cure notice for tone.\n\n[[CUI_MARKING:CUI//SP-PROCURE]]\n\nDear Mr. [[PERSON:Hollingsworth]]:\nThe Government has determined that Brightwater Federal Solutions, LLC has failed to deliver the monthly status reports required by CLIN 0003 of contract 70RSAT25C00000041. "
 "You are hereby notified that unless this condition is cured within 10 days of receipt of this notice...\n\n[[PERSON:Colleen A. Markham]]\nContracting Officer\n[[PHONE_NUMBER:202-555-0109]]\n\n[[CUI_MARKING:CUI//SP-PROCURE]]"),
("positive", "sow_with_poc", "hispanic",
 "Shorten section 5 of this SOW:\n5. POINTS OF CONTACT\n5.1 COR: [[PERSON:Alejandra Quiñones Varela]], [[EMAIL_ADDRESS:alejandra.quinones@ops-example.gov]], [[PHONE_NUMBER:(202) 555-0152]]\n5.2 Alternate COR: [[PERSON:Héctor Ibarra]]\n"
 "5.3 The contractor shall direct all technical questions to the COR and all contractual questions to the Contracting Officer."),
("positive", "source_selection", "mixed",
 "[[CUI_MARKING:CUI//SP-PROCURE//FEDCON]]\nSOURCE SELECTION – TECHNICAL EVALUATION CONSENSUS\n[[CUI_MARKING:(CUI)]] Offeror B's key personnel, [[PERSON:Dr. Anjali Raman]]".replace("[[PERSON:Dr. Anjali Raman]]", "Dr. [[PERSON:Anjali Raman]]") +
 ", does not meet the 10 years of experience required for the Program Manager.\n[[CUI_MARKING:(CUI)]] Evaluators: [[PERSON:Kenneth Oyelaran]], [[PERSON:Maeve Donnelly]], [[PERSON:Takeshi Morioka]].\n\nTurn this into a neutral debriefing paragraph."),
("positive", "spend_plan_fouo", None,
 "[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]\nFY26 Q2 SPEND PLAN – CYBER DEFENSE EDUCATION AND TRAINING\nPPA: Operations and Support | Planned obligations: $4.82M | Unfunded requirement: $1.1M for range licensing\n"
 "[[CUI_MARKING:UNCLASSIFIED//FOR OFFICIAL USE ONLY]]\n\nMake me a chart description for the slide."),
("positive", "vendor_banking", "vietnamese",
 "The vendor sent their remittance info for SAM update; format it as a table:\nCompany POC: [[PERSON:Luong Van Thanh]]\nBank: First Potomac Community Bank\nABA: [[ABA_ROUTING_NUMBER:314055301]]\nAcct: [[US_BANK_NUMBER:11929117582]]"),
("positive", "purchase_card", "anglo",
 "I need to dispute a purchase card charge. Card: [[CREDIT_CARD:4195 3369 9473 3728]], cardholder [[PERSON:Jennifer Ashby-Cole]]. The vendor double charged $2,418.00 for toner. Write the dispute letter to the bank."),
("positive", "travel_card_csv", "mixed",
 "Find who is delinquent over 60 days:\ncardholder,card,balance,days\n[[PERSON:Raymond Okoro]],[[CREDIT_CARD:4554108139882263]],1204.11,74\n[[PERSON:Lucia Benavides]],[[CREDIT_CARD:6011424366451439]],88.00,12\n[[PERSON:Samir Qureshi]],[[CREDIT_CARD:376620031891717]],3310.56,95"),
("positive", "pcii_submission", "anglo",
 "Summarize the vulnerability for the sector brief. Header reads:\n[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]\nRequirements for use: Nondisclosure. This document contains [[CUI_MARKING:PCII]]. In accordance with 6 CFR Part 29...\n"
 "Submitter: [[PERSON:Gareth Lindqvist]], Director of Security, Millbrook Water Authority. The SCADA historian is reachable from the corporate LAN."),
("positive", "ssi_contract", None,
 "Can you make this SOW paragraph shorter?\n\"The contractor will test checkpoint screening equipment at 14 airports using the detection thresholds in Appendix C.\"\n\n"
 "Footer: [[CUI_MARKING:WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. No part of this record may be disclosed to persons without a \"need to know\", as defined in 49 CFR parts 15 and 1520, except with the written permission of the Administrator of the Transportation Security Administration or the Secretary of Transportation.]]"),
("positive", "dib_block", None,
 "Fix the table alignment in this cover page:\n\n[[CUI_MARKING:CUI]]\nDepartment of Homeland Security\nIndependent Government Cost Estimate – Border Sensor Sustainment\n\n"
 "[[CUI_MARKING:Controlled by: DHS Office of the Chief Procurement Officer\nCUI Category: Procurement and Acquisition\nLimited Dissemination Control: FEDCON\nPOC: OCPO Acquisition Policy Branch]]"),
("positive", "ko_signature", "nigerian",
 "Add a closing paragraph to my memo. Current signature block:\n[[PERSON:CHIAMAKA N. EZEANYIKA]]\nContracting Officer, OPO\n[[EMAIL_ADDRESS:chiamaka.ezeanyika@procure-example.gov]]"),
("positive", "invoice_dispute", "japanese",
 "The invoice from Sakura Translation Services lists hours for [[PERSON:Yamamoto Aiko]] and [[PERSON:Kenji Fukuda]] on a federal holiday. Write a polite rejection of invoice INV-2025-1187 to [[PERSON:Ms. Fukuda]]".replace("[[PERSON:Ms. Fukuda]]", "Ms. [[PERSON:Fukuda]]") + "."),
("positive", "fouo_legacy", "ethiopian",
 "Old memo I am updating under the CUI program. Top line says [[CUI_MARKING:FOR OFFICIAL USE ONLY]] and paragraphs are marked [[CUI_MARKING:(U//FOUO)]]. It lists the acquisition strategy author as [[PERSON:Meskerem Getachew]]. How do I remark it?"),
("positive", "contractor_badge", "korean",
 "PIV sponsorship: contractor [[PERSON:Kim Soo-bin]], SSN [[US_SSN:537-72-1242]], DOB [[DATE_OF_BIRTH:08/19/1994]], company Ironbridge Digital. Put this in the form letter for the badging office."),
("positive", "cor_nomination", "haitian",
 "COR nomination memo: I nominate [[PERSON:Marie-Claude Desroches]] as COR for task order 70CMSD26F00000112. She completed FAC-COR Level II on 3/2/2025. Contact: [[EMAIL_ADDRESS:mc.desroches@fema-example.gov]]."),
("positive", "sole_source", "arabic",
 "[[CUI_MARKING:CUI//SP-PROCURE]]\nJustification for Other Than Full and Open Competition\n[[CUI_MARKING:(CUI//SP-PROCURE)]] Only Qasr Analytics, Inc. holds the data rights. The company's founder, [[PERSON:Layla Abu-Khalil]], confirmed no licensing to third parties.\n\nRewrite the market research section."),
("positive", "budget_les", None,
 "[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]\nHSI Field Office operational budget variance: undercover operations funds overspent by 14% in Q4 due to extended surveillance.\n[[CUI_MARKING:LAW ENFORCEMENT SENSITIVE]]\n\nRewrite as a one-paragraph justification."),
("positive", "sbu_memo", None,
 "[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]\nSubject: Facility security upgrades, Building 19 loading dock.\nThe perimeter camera gap on the north side will remain until the contract mod is signed.\n\nMake this into a status update email."),
]
