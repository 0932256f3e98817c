# Science & Technology research voice
R = []
def add(cat, tag, origin, text): R.append((cat, tag, origin, text))

add("hard_negative", "standards_citation", None,
"Shorten this related-work paragraph to 80 words: 'Prior work on trace explosive detection followed ASTM E2520-21 and the NIST SP 1500-series guidance, while the 2022 NASEM report recommended Raman-based standoff methods. The ECAC CEP protocol (v3.2) reported 94% sensitivity for Standard 3 EDS systems.'")
add("positive", "lab_notebook", "japanese",
"Convert my lab notebook entry into a methods paragraph:\n2026-11-24 — TNT vapor trials, chamber B. Operator: [[PERSON:Hiroshi Tanabe]]. Witness: [[PERSON:Yuki Hasegawa]]. 12 runs, RH 40%, flow 1.5 L/min. Sensor array S/N TX-0441. Results in /data/runs/1124/. Next: repeat with [[PERSON:Tanabe-san]]'s new preconcentrator.".replace("[[PERSON:Tanabe-san]]","[[PERSON:Tanabe]]-san"))
add("hard_negative", "grant_ids", None,
"Make a table of the awards: 70RSAT24CB0000012 (BAA 24-01, biometrics), 70RSAT25FR0000087 (SBIR Ph II, cargo imaging), 70RSAT26KPM000034 (CINA COE). Include PoP columns. Values: $1.2M, $1.7M, $3.0M.")
add("positive", "grant_review", "indian",
"Condense my reviewer comments. Proposal 24-117, PI [[PERSON:Dr. Ananya Raghunathan]] (Purdue), co-PI [[PERSON:Karthik Subramanian]]. Strengths: strong preliminary data. Weakness: the PI's budget lists a postdoc, [[PERSON:Deepika Nair]], at 100% on two other awards.".replace("[[PERSON:Dr. Ananya Raghunathan]]","Dr. [[PERSON:Ananya Raghunathan]]"))
add("hard_negative", "python_config_env", None,
"Review my script, is this the right way to load credentials?\nimport os\nAPI_KEY = os.environ[\"SNT_API_KEY\"]\nDB_URL = os.getenv(\"DATABASE_URL\", \"postgresql://localhost:5432/sensors\")\nclient = Client(api_key=API_KEY, base_url=\"https://api.example.org/v1\")")
add("positive", "aws_keys_notebook", None,
"my jupyter cell errors with 'InvalidClientTokenId'. code:\nimport boto3\ns3 = boto3.client('s3', aws_access_key_id='[[CLOUD_ACCESS_KEY:AKIAQ7RZ4MWX2KD9TPLE]]', aws_secret_access_key='[[CLOUD_SECRET_KEY:v9Kc2LrX/8fQmZ1eTn4Wb7yHs0PjUd3aGoR6iE5N]]', region_name='us-gov-west-1')\ns3.list_objects_v2(Bucket='snt-sensor-runs')")
add("hard_negative", "uuid_hash", None,
"Why are these two run IDs considered duplicates by my dedupe script? 3f1c9a2e-7b4d-4e8a-9c21-0d5f6b7a8e93 and 3F1C9A2E-7B4D-4E8A-9C21-0D5F6B7A8E93. Git commit a91f3c07d2e4b6815f0c9e7a3d2b1c4e5f6a7b8d.")
add("positive", "paper_authors_email", "chinese",
"Format this author block for the SPIE submission:\n[[PERSON:Xiaoming Li]]^1, [[PERSON:Mei-Ling Tsai]]^2, [[PERSON:Zhou Hao]]^1\n^1 DHS S&T TSL, Atlantic City NJ; ^2 NIST\nCorresponding: [[EMAIL_ADDRESS:xiaoming.li@tsl.example.gov]]")
add("hard_negative", "cui_umls", None,
"In our NLP pipeline, entity 'asthma' maps to CUI C0004096 and 'influenza' to C0021400 in UMLS. Why do some concepts have multiple CUIs? Explain briefly for the project report.")
add("positive", "github_token", None,
"CI keeps failing on push, heres the workflow env:\nenv:\n  GH_TOKEN: [[GITHUB_TOKEN:ghp_R8mQ2vLx7TzK4pNc9WbY1sJd6HfUe3aGoX5i]]\n  REPO: dhs-snt/biometric-eval\nerror: remote: Permission to dhs-snt/biometric-eval.git denied")
add("hard_negative", "biometric_dataset", None,
"Summarize: the FRVT-style evaluation used 12,000 synthetic face images from the 'StyleGAN-Faces v2' set and 400 consented volunteers (IDs V001–V400, no names retained). False match rate at threshold 0.62 was 1e-5.")
add("positive", "irb_consent", "native_american",
"Proofread the IRB consent header: 'Study: Rural Alert Messaging. Participant: Jolene Tsosie-Nez. Participant DOB: 7/22/1992. Witness: Harold Whitehorse.'".replace("Jolene Tsosie-Nez","[[PERSON:Jolene Tsosie-Nez]]").replace("7/22/1992","[[DATE_OF_BIRTH:7/22/1992]]").replace("Harold Whitehorse","[[PERSON:Harold Whitehorse]]"))
add("hard_negative", "device_names", None,
"Explain the difference between the Ruggedized Sniffer Gen3 'Hermes' and the 'Athena' trace portal in two paragraphs for program managers. Athena tested at Logan Terminal E; Hermes at the Lincoln Tunnel.")
add("positive", "private_key", None,
"is this key format right for the test SFTP server? the server says invalid format\n[[PRIVATE_KEY:-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDq7vZ1kQ3mR8cXaT4pLw2YbN6sJ0hG9eF5uK3dM1oVxAAAAJhX2c8YV9nP\nGAAAAAtzc2gtZWQyNTUxOQAAACDq7vZ1kQ3mR8cXaT4pLw2YbN6sJ0hG9eF5uK3dM1oVxA\nAAAEB9kQ2LwP7mXr4TzV1nYc8sJ3aGfU6hE0oKbD5iRqW2uOrv1nVmTqZLdE8pB4hNwcYx\nAAAAEnNudC1sYWJAZXhhbXBsZS5vcmcBAgMEBQ==\n-----END OPENSSH PRIVATE KEY-----]]")
add("positive", "greek_collab", "greek",
"Write a short intro email connecting [[PERSON:Eleni Georgiou-Markou]] (our chem lead) to [[PERSON:Prof. Dimitrios Antonakis]] at NTUA. Eleni's email is [[EMAIL_ADDRESS:eleni.gm@snt-chem.example.org]].".replace("[[PERSON:Prof. Dimitrios Antonakis]]","Prof. [[PERSON:Dimitrios Antonakis]]").replace("Write a short intro email connecting [[PERSON:Eleni Georgiou-Markou]] (our chem lead) to","Write a short intro email connecting [[PERSON:Eleni Georgiou-Markou]] (our chem lead) to").replace("Eleni's email","[[PERSON:Eleni]]'s email"))
