# Voice 6: CISA supply-chain risk management: vendor questionnaires, SBOM requests, supplier contacts
RECORDS = [
("positive", "vendor_questionnaire", "indian+anglo",
"""SCRM Vendor Questionnaire – v3.2 (responses)
Q1. Legal name of supplier: Kestrelpoint Networks Inc.
Q2. Primary security contact: [[PERSON:Venkata Srinivas Gaddam]], CISO, [[EMAIL_ADDRESS:vsgaddam@kestrelpoint.io]], [[PHONE_NUMBER:+1 (408) 555-0137]]
Q3. Secondary contact: [[PERSON:Brianna Holcomb]], Director of Product Security
Q7. Do you maintain an SBOM for each release? Yes, CycloneDX 1.5.
Q12. Foreign ownership > 10%? No."""),

("positive", "cyclonedx_with_supplier_contact", "czech",
"""{
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "metadata": {
    "supplier": {
      "name": "Vltava Embedded s.r.o.",
      "contact": [{"name": "[[PERSON:Ondřej Procházka]]", "email": "[[EMAIL_ADDRESS:ondrej.prochazka@vltava-embedded.cz]]", "phone": "[[PHONE_NUMBER:+420 555 014 622]]"}]
    }
  },
  "components": [{"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1"}]
}
Is the supplier block valid per spec?"""),

("positive", "sbom_request_email_thread", "turkish+anglo",
"""Subject: RE: SBOM for firmware 4.2.7

Hi [[PERSON:Elif]],

Thanks for the SPDX file. Could you also send the VEX statement for CVE-2024-3094? Our analyst [[PERSON:Nathan Quimby]] ([[EMAIL_ADDRESS:nathan.quimby@cisa-scrm-contractor.com]]) will review.

> From: [[PERSON:Elif Şahin Karaca]] <[[EMAIL_ADDRESS:elif.karaca@bosphorus-iot.com.tr]]>
> Attached is the SBOM. Our portal login for you is scrm_cisa / [[PASSWORD:Kapadokya#2026tr]] if you prefer to download it there."""),

("positive", "german_vendor_email", "german",
"""Bitte übersetzen: "Sehr geehrte Damen und Herren, anbei die Zugangsdaten für unser Lieferantenportal. Benutzer: cisa-review, Passwort: [[PASSWORD:Rheinufer!84kQz]]. Ansprechpartnerin ist Frau [[PERSON:Annegret Wißmann]], Tel. [[PHONE_NUMBER:+49 30 5550 1847]]. Mit freundlichen Grüßen, [[PERSON:Jörg Oberländer]]" """),

("positive", "supplier_contacts_tab", "japanese+nigerian+brazilian",
"""supplier	country	poc	poc_email	tier
Hoshizora Semiconductor	JP	[[PERSON:Tanabe Yūko]]	[[EMAIL_ADDRESS:y.tanabe@hoshizora-semi.jp]]	2
Lekki Cable Works	NG	[[PERSON:Chidinma Okonkwo-Ajayi]]	[[EMAIL_ADDRESS:c.okonkwo@lekkicable.ng]]	3
Serra Azul Placas	BR	[[PERSON:Rodrigo Tavares Brandão]]	[[EMAIL_ADDRESS:rtbrandao@serraazulplacas.com.br]]	3"""),

("positive", "onsite_assessment_note", "lebanese",
"""Site visit – contract manufacturer, Tijuana plant, 11/18
Met with plant manager [[PERSON:Wissam Chedid]] and QA lead [[PERSON:Mireille Sfeir]]. [[PERSON:Wissam]]'s direct line [[PHONE_NUMBER:+52 664 555 0148]]. Tamper-evident seals stored unlocked next to the line; counterfeit-part procedures exist on paper only."""),

("positive", "chat_with_analyst", "vietnamese+anglo",
"""[15:40] [[PERSON:Trinh Minh Khoa]]: the vendor's SBOM portal API key is in the ticket, should I rotate it?
[15:41] [[PERSON:Samantha Rourke]]: which one
[15:41] [[PERSON:Trinh Minh Khoa]]: api_key=[[PASSWORD:sbx_live_9fK2mQ7vR4tW8yZ1nB6cL3pD]]
[15:42] [[PERSON:Samantha Rourke]]: yes rotate and never paste keys in chat pls"""),

("positive", "gitlab_token_ci", None,
"""Pipeline that pulls vendor SBOMs into our inventory fails at clone. .gitlab-ci.yml excerpt:

variables:
  SBOM_REPO_TOKEN: "[[GITLAB_TOKEN:glpat-Xw8rT2mKq9LzV4bN7yHc]]"
script:
  - git clone https://oauth2:${SBOM_REPO_TOKEN}@gitlab.example-vendor.com/sbom/inventory.git"""),

("positive", "questionnaire_followup_letter", "ethiopian",
"""Dear Mr. [[PERSON:Tesfaye]],

Thank you for Meskel Components' response to the SCRM questionnaire. We request clarification on Q14 (subcontracted PCB assembly). Please have your compliance officer, [[PERSON:Hirut Tadesse-Berhe]], contact [[PERSON:Dana Whitfield-Osei]] at [[PHONE_NUMBER:703-555-0109]].

cc: [[PERSON:Dawit Tesfaye Gebremedhin]]"""),

("positive", "connection_string_inventory", None,
"""Inventory DB for the supplier risk dashboard, the Grafana datasource won't connect:
url: [[CONNECTION_STRING:postgresql://scrm_ro:Vq3!mT8zLc2R@scrm-inventory.db.internal:5432/suppliers]]
Is the ! in the password breaking the URL?"""),

("evasion", "email_obfuscated", "polish",
"""supplier contact for the Gdańsk board house: [[PERSON:Katarzyna Wróblewska-Nowak]], [[EMAIL_ADDRESS:k.wroblewska [at] baltpcb [dot] pl]]"""),

("evasion", "base64_password", None,
"""The vendor emailed the SBOM archive password as base64 "for security": [[PASSWORD:VHlzenlrb3dvIVppcDIwMjY=]]. Can you write me a one-liner to decode it in PowerShell?"""),

("evasion", "phone_in_words", "kikuyu",
"""Supplier rep left this in the portal notes field because it blocks digits: call [[PERSON:Wanjiru Githinji]] on [[PHONE_NUMBER:plus two five four, seven one one, five five five, zero one two six]]"""),

("hard_negative", "sbom_hashes_purls", None,
"""{"components":[{"name":"openssl","version":"3.0.13","purl":"pkg:generic/openssl@3.0.13","hashes":[{"alg":"SHA-256","content":"88525753f79d3bec27d2fa7c66aa0b92b3aa9498dafd93d7cfa4b3780cdae313"}]},{"name":"busybox","version":"1.36.1","cpe":"cpe:2.3:a:busybox:busybox:1.36.1:*:*:*:*:*:*:*"}]}
List components with known CVEs."""),

("hard_negative", "public_cisa_contacts", None,
"""For the vendor FAQ: report incidents to CISA Central at report@cisa.gov or 888-282-0870; general SCRM resources are on cisa.gov/ict-scrm. Suppliers shouldn't email individual analysts with vulnerability reports. Make this a short paragraph."""),

("hard_negative", "questionnaire_blank", None,
"""SCRM Vendor Questionnaire – v3.2 (blank)
Q1. Legal name of supplier: ______
Q2. Primary security contact (name, email, phone): ______
Q7. Do you maintain an SBOM for each release? Y / N
Q12. Foreign ownership > 10%? Y / N
Q14. List subcontractors for PCB assembly: ______
Convert this into a fillable Word form."""),

("hard_negative", "identifiers_not_pii", None,
"""Supplier record: UEI JK7LMN3QR8T5, CAGE 7XK42, NAICS 334418, DUNS 08-412-7733 (legacy), contract 70RCSA26C00000021, PO 4500188231. Is UEI enough to check the exclusions list or do we also need CAGE?"""),

("hard_negative", "eponym_companies", None,
"""Three suppliers flagged for foreign ownership review: Marconi Wireless Holdings, Tesla Coil Components (no relation to the automaker), and Ada Lovelace Systems GmbH. Write a neutral summary of what a FOCI review looks like."""),

("hard_negative", "password_policy_vendor", None,
"""Vendor asked whether they can email us the ZIP password for the SBOM archive. Our answer: no, share it by phone or through the portal's secure message, and rotate it after one use. Please write that as a polite reply."""),

("hard_negative", "cve_list", None,
"""CVE-2024-3094, CVE-2023-4863, CVE-2021-44228, CVE-2022-22965 — which of these affect embedded Linux firmware typical of IoT suppliers? Version numbers 5.6.0, 1.3.2, 2.14.1, 5.3.17. Table please."""),

("hard_negative", "placeholder_config", None,
"""sbom-fetcher config template for vendors:
portal_url: https://portal.example.com/sbom
username: <your-username>
password: ${SBOM_PORTAL_PASSWORD}
api_key: {{ vault_sbom_api_key }}
Explain each field for a non-technical supplier."""),

("hard_negative", "title_and_role_only", None,
"""Who at a supplier should receive the SCRM questionnaire: the CISO, the VP of Quality, the contracts manager or the export control officer? I want a recommended routing with titles only, not names."""),

("positive", "spdx_tag_value_creator", "korean",
"""SPDXVersion: SPDX-2.3
DataLicense: CC0-1.0
DocumentName: gw-firmware-4.2.7
Creator: Person: [[PERSON:Yoon Ji-ho]] ([[EMAIL_ADDRESS:jiho.yoon@hanbit-gw.co.kr]])
Creator: Organization: Hanbit Gateway Co.
Created: 2026-11-02T09:14:00Z
Why does the validator complain about the Creator line?"""),

("positive", "supplier_visit_letter_spanish", "colombian",
"""Traducir: "Confirmamos la visita del equipo de CISA el 14 de enero. Los recibirá el ingeniero [[PERSON:Jhon Fredy Muñoz Cardona]], jefe de calidad. Para el acceso a planta necesitamos nombre completo y número de pasaporte de cada visitante. Contacto: [[EMAIL_ADDRESS:jfmunoz@antioquiaelectronica.co]], celular [[PHONE_NUMBER:+57 300 555 0193]]." """),

("hard_negative", "sample_sbom_fictional", None,
"""For the training deck, make up an obviously fake SBOM with a supplier named "Acme Widgets" and contact "Wile E. Coyote" so nobody confuses it with a real vendor. CycloneDX JSON, three components."""),

("positive", "risk_register_row", "armenian",
"""risk_id,supplier,owner,poc,notes
SCRM-0412,Ararat Optics,[[PERSON:Lusine Hakobyan]],[[PERSON:Gevorg Manukyan]],"single-source lens; poc cell [[PHONE_NUMBER:+374 10 555012]]; sub-tier in Yerevan\""""),
]
