# Voice: DHS Science and Technology human-subjects research consent forms
RECORDS = [
("positive", "signed_consent_page", "hmong",
"""Check this signed consent page for completeness:
Participant name: [[PERSON:Yeej Xyooj Lis]]
Date of birth: [[DATE_OF_BIRTH:Lub 3 Hlis 15, 1998]] (March 15, 1998)
Phone: [[PHONE_NUMBER:651-555-0117]]
Signature: Y.X.L.    Witness: [[PERSON:Nkauj Iab Thoj]]"""),
("positive", "participant_payment_csv", "german+polish+turkish",
"""Sum payments per participant:
participant_id,name,email,amount
P-0418,[[PERSON:Anneliese Brückner]],[[EMAIL_ADDRESS:abrueckner.study@example.de]],50
P-0419,[[PERSON:Tomasz Żurawski]],[[EMAIL_ADDRESS:tzurawski@example.pl]],50
P-0420,[[PERSON:Ayşe Nur Kılıçarslan]],[[EMAIL_ADDRESS:aysenur.k@example.com.tr]],75"""),
("positive", "biometric_study_roster", "hispanic+kenyan+danish",
"""Face-matching rally roster (IRB protocol), make it alphabetical:
[[PERSON:Sánchez Ojeda, Xiomara]] DOB [[DATE_OF_BIRTH:1987-05-19]]
[[PERSON:Mwangi, Wanjiru Njeri]] DOB [[DATE_OF_BIRTH:1993-10-02]]
[[PERSON:Rasmussen, Birgitte]] DOB [[DATE_OF_BIRTH:1961-01-27]]"""),
("positive", "consent_withdrawal_email", "sri_lankan",
"""Draft a reply: 'I, [[PERSON:Dilrukshi Wickramasinghe]], want to withdraw from the study and have my images deleted. My address for the confirmation letter is [[STREET_ADDRESS:17/3 Ananda Coomaraswamy Mawatha, Colombo 07, Sri Lanka]].'"""),
("positive", "cui_irb_banner", None,
"""[[CUI_MARKING:CUI//SP-PRVCY//SP-PRIIG]]
Participant linkage key stored on encrypted drive E:, custodian is the PI.
Rewrite the data-management paragraph in plain language."""),
("positive", "redcap_token", None,
"""REDCap API export fails: curl -d "token=[[PASSWORD:8F3A1C9E2B7D4F6A0C5E8B1D3F7A9C24]]&content=record&format=json" https://redcap-test.st.example/api/ — 403."""),
("positive", "study_server_key", None,
"""Deploy script for the survey server:
export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIAERU8WYPB3TD35UJZ]]
export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:NYAAvjIrXTa9cDxIzLjz9ilp2nM8Z4WwcdtdgJzp]]
Why does terraform say no valid credential sources?"""),
("positive", "github_token_analysis", None,
"""pip install from our private analysis repo: pip install git+https://[[GITHUB_TOKEN:ghp_RTPTN52DZeocgWf1RfyMuLTLa21e2tw2KYXU]]@github.com/st-hsr/analysis-utils.git fails on the runner"""),
("evasion", "dob_fullwidth", "thai",
"""Participant [[PERSON:Siriporn Chaiyaphum]] entered her birth date as [[DATE_OF_BIRTH:１９９６／０８／２３]] in the tablet form; will the import parse it?"""),
("evasion", "jwt_split", None,
"""Our survey app token got wrapped in the log: [[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.
eyJzdWIiOiJzdXJ2ZXktYXBwIiwicm9sZSI6InJlc2VhcmNoZXIifQ.
Wm2xQ8pT4vR7nB1kYcZs9LdFh3Ge6Ua0Jo5tKiWlBvX]] — is it still valid?"""),
("hard_negative", "consent_template", None,
"""Consent form template: 'I, ____________________ (print name), born __/__/____, agree to participate.' Make the signature block accessible."""),
("hard_negative", "irb_numbers", None,
"""IRB protocol HSR-2026-0418, amendment 3, FWA00004418, OMB control 1640-0018 expiring 11/30/2028. Which goes in the header?"""),
("hard_negative", "belmont_report", None,
"""Summarize the Belmont Report's three principles and mention the Tuskegee study as the historical context, in 4 sentences."""),
("hard_negative", "confidentiality_clause", None,
"""Tighten: 'Your responses will be kept confidential. Your name will not be linked to your data. Nothing you tell us is secret from the IRB auditors.'"""),
("hard_negative", "stats_output", None,
"""Interpret: t(41) = 2.18, p = 0.035, Cohen's d = 0.44; n = 418 participants, 96.2% completion. Face-match accuracy 0.987 (95% CI 0.981–0.992)."""),
("hard_negative", "placeholder_redcap", None,
"""redcap:
  url: https://redcap-test.st.example/api/
  token: "<REDCAP_API_TOKEN>"
  # request a token from the data manager"""),
]
