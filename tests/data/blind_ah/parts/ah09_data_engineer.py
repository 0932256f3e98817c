# A data engineer: Airflow DAGs, Kafka messages, dbt models, schema previews, data-quality alerts
RECORDS = [
("positive", "airflow_conn", None, """My DAG can't reach the warehouse after the secrets backend migration. Here's the connection I exported:

airflow connections add case_wh --conn-uri '[[CONNECTION_STRING:postgresql://etl_loader:Vb83mQz4Rt2Lx9Wp@case-wh.internal.example:5432/casewh]]'

and the task:
PostgresOperator(task_id="load_stage", postgres_conn_id="case_wh", sql="sql/load_stage.sql")
What changed that would make it ignore the env var?"""),
("positive", "kafka_message", "argentine", """Consumer is choking on this message from topic intake.applicant.v2 (partition 3, offset 881204):
{"event_id":"6f0d2c1e-7a44-4b8b-9c3e-51d2a0f8e7b9","applicant":{"given_name":"[[PERSON:Florencia Belén]]","family_name":"[[PERSON:Iturralde Pizarro]]","birth_date":"[[DATE_OF_BIRTH:1994-13-02]]","a_number":"[[A_NUMBER:A076114829]]"},"ts":"2026-12-05T14:02:11Z"}
error: ValueError: month must be in 1..12. Should the consumer dead-letter it or coerce?"""),
("positive", "schema_preview", "kazakh+mongolian+serbian", """df.head() from the staging parquet:
   person_id  full_name                 dob         ssn          phone
0  10018842   [[PERSON:Nurlan Abdrakhmanov]]       [[DATE_OF_BIRTH:1987-05-13]]  [[US_SSN:602-18-7734]]  [[PHONE_NUMBER:385-555-0161]]
1  10018843   [[PERSON:Enkhjargal Tsogtbaatar]]       [[DATE_OF_BIRTH:1999-11-08]]  [[US_SSN:523-74-0158]]  [[PHONE_NUMBER:385-555-0162]]
2  10018844   [[PERSON:Milica Jovanović-Ristić]]   [[DATE_OF_BIRTH:1975-02-26]]  [[US_SSN:414-09-3361]]  None
why is dob coming through as object dtype instead of datetime64?"""),
("positive", "dq_alert", "albanian", """[Great Expectations] FAILED expect_column_values_to_match_regex on stg_contacts.email
unexpected_count: 3 / 120,448
partial_unexpected_list: ["[[EMAIL_ADDRESS:arben.hoxha@@mailbox.example]]", "[[EMAIL_ADDRESS:drita.kelmendi@mailbox]]", "[[EMAIL_ADDRESS:besnik.gashi@mailbox.example.]]"]
should I loosen the regex or quarantine the rows?"""),
("positive", "dbt_seed", "maori+ikiribati+anglo", """seeds/test_people.csv (someone committed real rows from prod, I think?):
id,first_name,last_name,dob,street
1,[[PERSON:Aroha]],[[PERSON:Te Whatahoro]],[[DATE_OF_BIRTH:1991-06-14]],[[STREET_ADDRESS:19 Kauri Rise, Hamilton 3216, New Zealand]]
2,[[PERSON:Teniti]],[[PERSON:Kaiea]],[[DATE_OF_BIRTH:1983-09-30]],[[STREET_ADDRESS:PO Box 402, Bairiki, Tarawa, Kiribati]]
3,[[PERSON:Earl]],[[PERSON:Strickland]],[[DATE_OF_BIRTH:1958-01-22]],[[STREET_ADDRESS:601 Pecan St, Lufkin, TX 75901]]
how do I purge these from git history and replace with faker rows?"""),
("positive", "kafka_sasl", None, """producer config that works on my laptop but not in the pod:
bootstrap.servers=kafka-01.data.example:9094
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="svc-intake-producer" password="[[PASSWORD:h7Ty!q2Wm9xZ4pLc]]";
what could differ in k8s?"""),
("positive", "snowflake_key", None, """dbt profiles.yml for the new Snowflake target, failing with JWT token invalid:
casewh:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: dhs-analytics.us-gov-west-1
      user: DBT_SVC
      private_key: |
        [[PRIVATE_KEY:-----BEGIN PRIVATE KEY-----
        MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7mQ3kTz9Lx2Rp
        Vb4sNq8Hy1cWfJ6tGa0Ek5oPdX3uMiZ7nCwYr2hBlS9vKq4TeUjF8gAx6DmN1OzL
        pR5sWy0Ht3JkVc7Qa2bXn9Gf4Ue8Mi1Zo6TdLr
        -----END PRIVATE KEY-----]]
      role: TRANSFORMER
is the indentation of the key the problem?"""),
("positive", "airflow_log", "tibetan", """[2026-12-06, 03:14:22 UTC] {python.py:201} INFO - Done. Returned value was: None
[2026-12-06, 03:14:22 UTC] {dedupe.py:88} WARNING - merged 2 records: ('[[PERSON:Tenzin Yangchen]]', '[[DATE_OF_BIRTH:1990-03-10]]') <- ('[[PERSON:Tenzin Yangchen Lhamo]]', '[[DATE_OF_BIRTH:1990-03-10]]')
[2026-12-06, 03:14:23 UTC] {taskinstance.py:1345} INFO - Marking task as SUCCESS
is it bad that the dedupe logs names? how do I mask them in the log line"""),
("positive", "github_token_ci", None, """CI fails pulling our private dbt package:
packages:
  - git: "https://[[GITHUB_TOKEN:ghp_8WSq8pBSnq5cYEB48vUAwgAcyf6gocckP4PY]]@github.com/dhs-data/dbt-shared-macros.git"
    revision: v1.4.2
I know this is bad, what's the right way with env_var()?"""),
("positive", "sql_insert", "hungarian+czech", """INSERT INTO dim_person (person_key, full_name, birth_date, passport_no, country)
VALUES (7012, '[[PERSON:Szabó-Varga Eszter]]', '[[DATE_OF_BIRTH:1986-07-04]]', '[[US_PASSPORT:HU5518274]]', 'HUN'),
       (7013, '[[PERSON:Dvořáková Petra]]', '[[DATE_OF_BIRTH:1992-12-19]]', '[[US_PASSPORT:42917735]]', 'CZE');
-- fails with 'value too long for type character varying(8)' - which column?"""),
("positive", "slack_alert_webhook", None, """our DQ alerts go to Slack through this in the DAG:
SlackWebhookOperator(task_id="dq_alert", slack_webhook_conn_id=None, webhook_token="[[SLACK_TOKEN:xoxb-931716260056-6208564682039-gUUKsWPixVVMTNATkmZoTGG5]]", message=msg)
deprecation warning says webhook_token is removed, how do I migrate"""),
("positive", "receipt_number_join", "ecuadorian+bolivian", """The join between cases and receipts drops rows. Sample from both sides:
cases:    [[USCIS_RECEIPT_NUMBER:IOE0931774520]] | [[PERSON:Guamán Chimbo, Luz María]]
receipts: [[USCIS_RECEIPT_NUMBER:IOE-09-317-74520]] | [[PERSON:Luz Maria Guaman Chimbo]]
cases:    [[USCIS_RECEIPT_NUMBER:MSC2690418835]] | [[PERSON:Mamani Condori, Wilfredo]]
receipts: [[USCIS_RECEIPT_NUMBER:MSC 26 904 18835]] | [[PERSON:Wilfredo Mamani C.]]
write a normalization function for both columns"""),
("positive", "cui_dataset_readme", None, """[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
# dataset: intake_applicants_v3
Contains PII for applicants (name, DOB, A-number). Access via role ANALYST_PII only.
[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]
convert this README header into the catalog's YAML metadata format"""),
("evasion", "hex_ssn", "anglo", """test fixture has the SSN hex-encoded so the scanner ignores it: ssn_hex = "[[US_SSN:3438372d32362d35353139]]" for [[PERSON:Garrett Lindholm-Pryce]] - decode in python and assert it matches the pattern"""),
("evasion", "split_connection_string", None, """conn = ("[[CONNECTION_STRING:mysql://rpt_reader:" +
        "Lp3x-Q8vT!n" + "@replica-07.data.example:3306/reports]]")
pylint complains about string concatenation; can I just make it an f-string?"""),
("evasion", "unicode_escaped_name", "bolivian", """json.loads gives me this for the name and dob: "[[PERSON:Wilfredo Mamani Cond\\u006fri]]", dob "[[DATE_OF_BIRTH:\\u0031\\u0039\\u0037\\u0038-04-05]]". how do I unescape it?"""),
("hard_negative", "schema_ddl", None, """CREATE TABLE stg_applicant (
  applicant_id BIGINT PRIMARY KEY,
  full_name VARCHAR(200),
  dob DATE,
  ssn CHAR(11),
  a_number VARCHAR(10),
  passport_no VARCHAR(9)
);
suggest a masking policy for ssn and dob in Snowflake"""),
("hard_negative", "regex_patterns", None, """My GE expectation regexes: SSN '^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$', A-number '^A\\d{8,9}$', email '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'. Any edge cases they miss?"""),
("hard_negative", "airflow_templated", None, """with DAG("intake_daily", schedule="0 5 * * *", catchup=False) as dag:
    load = PostgresOperator(
        task_id="load",
        postgres_conn_id="{{ var.value.wh_conn_id }}",
        sql="sql/load.sql",
        params={"password": "{{ conn.case_wh.password }}"},
    )
is passing the password through params a bad idea?"""),
("hard_negative", "hashes_tokens", None, """We tokenize SSNs with HMAC-SHA256 before landing; the column looks like 9f2c4e1a7b3d0c58e6a1f49d2b7c3e80a5d1f6b4c9e2a7d3f0b8c1e5a4d9f2b6. Product wants to 'see the SSN' in the dashboard - explain why tokens aren't reversible."""),
("hard_negative", "same_shape_df", None, """df.head() from the staging parquet (synthetic faker data, seed 42):
   person_id  full_name   dob         ssn          phone
0  10018842   <masked>    <masked>    ***-**-****  ***-***-****
1  10018843   <masked>    <masked>    ***-**-****  ***-***-****
why is dob coming through as object dtype instead of datetime64?"""),
("hard_negative", "kafka_offsets", None, """Consumer lag: partition 0 offset 881204 lag 12,443; partition 3 offset 880117 lag 9,021; group intake-consumer-v2. Topic retention 604800000 ms. Will we lose messages if lag keeps growing at 1,000/hour?"""),
("hard_negative", "dbt_tests", None, """models/staging/schema.yml:
  - name: stg_applicant
    columns:
      - name: a_number
        tests: [not_null, unique]
      - name: dob
        tests:
          - dbt_utils.accepted_range: {min_value: "'1900-01-01'", max_value: "current_date"}
add a test that the dob isn't in the future"""),
("hard_negative", "version_shas", None, """Deploy log: image case-etl:3.14.159 sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, git 4a1f9e2c7d, airflow 2.10.3, dbt-core 1.8.7. Which one should go into the release note as the version?"""),
("hard_negative", "example_values_docs", None, """In the data dictionary the example values are: name 'Jane Q. Public', DOB '01/01/1900', SSN '123-45-6789', phone '555-555-5555'. Are these acceptable as documentation examples or should we use obviously fake ones like 'XXX-XX-XXXX'?"""),
]
