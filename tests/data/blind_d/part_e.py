# Nigerian + Haitian positives
R = []
def P(tag, origin, text): R.append(("positive", tag, origin, text))

P("nigeria_phone", "nigerian", """Summarise the reference check:
Called [[PERSON:Chukwuemeka Obi]] in Lagos on [[PHONE_NUMBER:0803 555 7142]]. He confirmed the applicant worked for him at [[STREET_ADDRESS:22 Adeola Odeku Street, Victoria Island, Lagos]] from 2017 to 2022.""")

P("nigerian_sevis", "nigerian", """Draft an email to the student:
[[PERSON:Oluwaseun Adebayo]] — SEVIS [[SEVIS_ID:N0033817420]], F-1, Texas A&M. OPT EAD receipt [[USCIS_RECEIPT_NUMBER:YSC2690443318]]. Email [[EMAIL_ADDRESS:seun.adebayo@tamu.edu]].""")

P("nigerian_chat", "nigerian", """Clean this WhatsApp export into a timeline:
[11/27/26, 8:14 PM] [[PERSON:Ngozi Anyanwu]]: My husband [[PERSON:Ifeanyi]] was detained at IAH
[11/27/26, 8:15 PM] [[PERSON:Ngozi Anyanwu]]: his passport is [[US_PASSPORT:A09182736]] nigerian
[11/27/26, 8:20 PM] Attorney Office: we will call CBP, send his DOB
[11/27/26, 8:21 PM] [[PERSON:Ngozi Anyanwu]]: [[DATE_OF_BIRTH:June 4, 1984]]""")

P("yoruba_caps", "nigerian", """Which entries have mismatched DOBs?
SURNAME | GIVEN | DOB (form) | DOB (passport)
[[PERSON:OLUWAKAYODE]] | [[PERSON:TEMITOPE]] | [[DATE_OF_BIRTH:1987-03-09]] | [[DATE_OF_BIRTH:1987-09-03]]
[[PERSON:BALOGUN]] | [[PERSON:FOLASADE]] | [[DATE_OF_BIRTH:1975-12-25]] | [[DATE_OF_BIRTH:1975-12-25]]""")

P("api_key_generic", None, """can you add retry logic to this?

import requests
API_KEY = "[[PASSWORD:sk_live_9fQ2xLm7RtV4pW8nZc3KbY6hJd1GsA0e]]"
r = requests.get("https://api.vendor-geo.com/v2/lookup", headers={"X-API-Key": API_KEY})""")

P("nigerian_payee", "nigerian", """Reformat as a payment voucher:
payee: [[PERSON:Chiamaka Nwosu-Okafor]]
payee address: [[STREET_ADDRESS:8801 Bissonnet St Apt 1420, Houston, TX 77074]]
routing: [[ABA_ROUTING_NUMBER:111056079]]
acct: [[US_BANK_NUMBER:48810937215]]
memo: interpreter services Nov 2026""")

P("nigerian_ssn_hire", "nigerian", """Write a welcome note for new hire [[PERSON:Babatunde Okonkwo]]. HR will need his SSN [[US_SSN:387-42-1906]] for E-Verify and his DOB [[DATE_OF_BIRTH:Oct 14, 1990]] on the I-9. His start date is 01/11/2027.""")

P("sbu_legacy", "nigerian", """SENSITIVE BUT UNCLASSIFIED

Put this into plain English:
The subject, [[PERSON:Emeka Uchenna Nnamdi]], is associated with a shipping address used in three prior seizures: [[STREET_ADDRESS:4715 Kenilworth Ave, Hyattsville, MD 20781]].""".replace("SENSITIVE BUT UNCLASSIFIED", "[[CUI_MARKING:SENSITIVE BUT UNCLASSIFIED]]"))

P("hausa_family", "nigerian", """Make a family tree list from this: Applicant [[PERSON:Aminu Abubakar Sani]] ([[DATE_OF_BIRTH:DOB 17/05/1979]]), wife [[PERSON:Hauwa Aminu]], son [[PERSON:Yusuf Aminu]]. Home phone in Kano [[PHONE_NUMBER:0706 555 3389]].""".replace("[[DATE_OF_BIRTH:DOB 17/05/1979]]", "DOB [[DATE_OF_BIRTH:17/05/1979]]"))

P("nigerian_ip_log", "nigerian", """Why are these logins flagged?
user=[[EMAIL_ADDRESS:kelechi.iwuchukwu@cisa.dhs.gov]] src=[[IP_ADDRESS:102.89.34.117]] geo=NG result=MFA_DENY
user=[[EMAIL_ADDRESS:kelechi.iwuchukwu@cisa.dhs.gov]] src=[[IP_ADDRESS:102.89.34.121]] geo=NG result=MFA_DENY""".replace("Why are", "[[PERSON:Kelechi Iwuchukwu]] is on leave in Abuja. Why are"))

# Haitian
P("kreyol_intake", "haitian", """Tradui sa a an anglè silvouplè:
Non: [[PERSON:Jean-Baptiste Wilner]]
Dat nesans: [[DATE_OF_BIRTH:22/10/1985]]
Adrès: [[STREET_ADDRESS:1450 NE 125th St Apt 9, North Miami, FL 33161]]
Telefòn: [[PHONE_NUMBER:305-555-0152]]""")

P("tps_notes", "haitian", """Summarise for the TPS adjudicator:
[[PERSON:Marie-Claude Pierre-Louis]] filed I-821 receipt [[USCIS_RECEIPT_NUMBER:IOE 09 118 32047]]. A-Number [[A_NUMBER:A-219-553-804]]. Her son [[PERSON:Jameson Pierre-Louis]] (DOB [[DATE_OF_BIRTH:3/8/2012]]) is a derivative.""")

P("haitian_caps", "haitian", """Turn into a CSV:
DORCÉUS, Wideline — A 203 448 119
JOSEPH, Frantz — A 203 448 127
ST-FLEUR, Guerline — A 203 448 135""".replace("DORCÉUS, Wideline", "[[PERSON:DORCÉUS, Wideline]]").replace("JOSEPH, Frantz", "[[PERSON:JOSEPH, Frantz]]").replace("ST-FLEUR, Guerline", "[[PERSON:ST-FLEUR, Guerline]]").replace("A 203 448 119", "[[A_NUMBER:A 203 448 119]]").replace("A 203 448 127", "[[A_NUMBER:A 203 448 127]]").replace("A 203 448 135", "[[A_NUMBER:A 203 448 135]]"))

P("mot_de_passe", "haitian", """Corrige ce message pour le support informatique: Bonjour, je suis [[PERSON:Rosemène Étienne]], mon mot de passe [[PASSWORD:Lakay2026$]] ne marche plus sur le portail. Merci.""")

P("haitian_email_sig", "haitian", """shorten this:

Good afternoon,
Attached is the parole request for [[PERSON:Fabienne Célestin]]. Sponsor is [[PERSON:Ricardo Célestin]], [[STREET_ADDRESS:88 Blue Hill Ave, Unit 2, Boston, MA 02119]], [[PHONE_NUMBER:617 555 0160]].

--
[[PERSON:Nadège Toussaint]], Paralegal
Toussaint & Associates | [[EMAIL_ADDRESS:ntoussaint@toussaintlaw.com]]""")

P("haitian_i94", "haitian", """Is this I-94 still valid? [[PERSON:Widmark Bellegarde]], I-94 # [[I94_NUMBER:92214870336]], class DT, admit until 06/30/2027.""")

P("pcii_marking", "haitian", """PROTECTED CRITICAL INFRASTRUCTURE INFORMATION

Rewrite in simpler English:
The facility security officer, [[PERSON:Gérald Augustin]], disclosed that the backup generators at the water treatment plant are shared with the hospital.""".replace("PROTECTED CRITICAL INFRASTRUCTURE INFORMATION", "[[CUI_MARKING:PROTECTED CRITICAL INFRASTRUCTURE INFORMATION]]"))

P("haitian_card", "haitian", """Write a refund request: [[PERSON:Jocelyne Guerrier]] was double-charged the $85 biometrics fee on card [[CREDIT_CARD:6011899080912420]]. Reach her at [[EMAIL_ADDRESS:jocelyne.guerrier@hotmail.com]] or [[PHONE_NUMBER:954.555.0175]].""")

P("haitian_hope", "haitian", """Fix grammar: [[PERSON:Esperance Joseph]] and her daughter [[PERSON:Faith Joseph]] live at [[STREET_ADDRESS:231 Flatbush Ave, Apt 5R, Brooklyn, NY 11217]]. Faith is 9.""".replace("Faith is 9", "[[PERSON:Faith]] is 9"))

P("haitian_dl", "haitian", """Put in the verification letter: [[PERSON:Pierre Richemond]] presented Florida driver license [[US_DRIVER_LICENSE:R215-641-85-307-0]] and Haitian passport [[US_PASSPORT:PP4028117]].""")
