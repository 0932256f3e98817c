# Extra positives filling coverage gaps (UK phone, FPO/DPO, short legacy markings, pass:, 9xx specimen)
R = []
def P(tag, origin, text): R.append(("positive", tag, origin, text))

P("uk_phone", "anglo", """Summarise the liaison note: Spoke with [[PERSON:Alistair Pemberton]] at the Home Office; he asked that follow-ups go to his desk line [[PHONE_NUMBER:020 7946 0821]] rather than e-mail. Office address [[STREET_ADDRESS:2 Marsham Street, London SW1P 4DF]].""")

P("fpo_dpo", "african_american", """Fix these mailing labels:
[[PERSON:LaToya Jenkins]], [[STREET_ADDRESS:PSC 817 Box 26, FPO AE 09622-0026]]
[[PERSON:DeShawn Carter]], [[STREET_ADDRESS:Unit 8400 Box 0155, DPO AE 09498-0155]]""")

P("short_legacy_les", "african_american", """LES

condense for roll call: [[PERSON:Marcus Bell]], DOB [[DATE_OF_BIRTH:1986-09-12]], outstanding warrant, may be armed. Vehicle registered to [[STREET_ADDRESS:4401 Minnesota Ave NE Apt 210, Washington, DC 20019]].""".replace("LES\n", "[[CUI_MARKING:LES]]\n", 1))

P("pass_label", "pacific_islander", """Move these creds into the vault and give me the ansible-vault command:
host: ftp-ops.uscg.local
user: [[PERSON:tupou.fifita]]
pass: [[PASSWORD:Nukualofa$2026]]""")

P("ssn_specimen_9xx", "pacific_islander", """Explain why the payroll system rejects the SSN on this training record:
Employee: [[PERSON:Keala Kahananui]]
SSN: [[US_SSN:987-65-4320]]
(training specimen from the HR onboarding deck)""")

P("ts_portion_short", "nordic", """(TS) Request from [[PERSON:Lars Henriksen]] regarding the joint Arctic patrol schedule is attached.
(U) Please reword this so it's less abrupt.""".replace("(TS)", "[[CLASSIFICATION_MARKING:(TS)]]"))

P("controlled_banner", "nordic", """CONTROLLED

Summarise: Contractor [[PERSON:Sigrid Lindqvist]] ([[EMAIL_ADDRESS:sigrid.lindqvist@nordicsec-consult.com]]) will review the pipeline SCADA segmentation on 12/14.""".replace("CONTROLLED\n", "[[CUI_MARKING:CONTROLLED]]\n", 1))

P("rel_to_usa", "chinese", """[[CLASSIFICATION_MARKING:SECRET//REL TO USA, GBR]]
Rewrite in bullets: Partner reporting links [[PERSON:Fang Zhiqiang]] to a front company in Hong Kong that ships dual-use components.""")

P("pcii_short_ssi", "african_american", """SSI

Reformat as a checklist for the FSD: TSA inspector [[PERSON:Keisha Robinson]] found the exit lane door alarm at Gate B7 disabled during the overnight audit; contact her at [[PHONE_NUMBER:(404) 555-0112]].""".replace("SSI\n", "[[CUI_MARKING:SSI]]\n", 1))

P("cvi_pcii_acronyms", "nordic", """Header says [[CUI_MARKING:PCII]] and [[CUI_MARKING:CVI]]. Anyway, please summarise: site manager [[PERSON:Erik Halvorsen]] reported two unsecured access points; callback [[PHONE_NUMBER:281-555-0145]].""")

P("philippines_landline", "filipino", """Tidy this note: the employer reference, Engr. [[PERSON:Dante Mercado]], gave his Manila office number as [[PHONE_NUMBER:(02) 8555 0134]].""")

P("aws_session_key", None, """these are temporary STS creds from my session, why does boto3 say expired?

export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:ASIA3KXW9QPL7MRZ2VTN]]
export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:Zr8Kp2WnQ5xLm1TvB7cYd4HsJf9GaUe3Ro0tEiNq]]
export AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjEExample""".replace("IQoJb3JpZ2luX2VjEExample", "[[PASSWORD:IQoJb3JpZ2luX2VjEHwaCXVzLWdvdi13ZXN0LTEiRzBFAiEA7qX2]]"))
