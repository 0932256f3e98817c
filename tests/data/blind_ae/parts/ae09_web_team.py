"""Voice 9: a component's web team: CMS exports, form submissions, analytics, error logs with request bodies."""

RECORDS = [
("positive", "error_log_request_body", "igbo+chinese", """Getting 500s on the contact form since the Drupal core update. Log:
[2026-12-03 09:14:22] php.ERROR: Uncaught TypeError: Argument #2 ($phone) must be of type string, null given in /var/www/html/modules/custom/contact_ext/src/Handler.php:88
request_body={"name":"[[PERSON:Obiageli Nwankwo-Frost]]","email":"[[EMAIL_ADDRESS:obiageli.nf@proton.me]]","phone":null,"topic":"status","message":"I have waited 14 months for my case, my receipt is [[USCIS_RECEIPT_NUMBER:EAC2619034572]]"}
[2026-12-03 09:15:02] php.ERROR: Uncaught TypeError ... request_body={"name":"[[PERSON:Wen Jiahui]]","email":"[[EMAIL_ADDRESS:wjiahui88@163.com]]","phone":null,"topic":"other","message":"test"}"""),

("positive", "form_submission_csv", "hausa+anglo", """Webform export "Request a speaker" (CSV). Dedupe by email and tell me how many unique requests:
sid,created,name,email,org,phone
1181,2026-11-02,"[[PERSON:Aliyu Danjuma]]",[[EMAIL_ADDRESS:adanjuma@kadunahs.example.edu]],Kaduna Heritage School,[[PHONE_NUMBER:+234 806 555 0171]]
1182,2026-11-02,"[[PERSON:Bethany Crowe]]",[[EMAIL_ADDRESS:bcrowe@rotary-5790.example.org]],Rotary Club,[[PHONE_NUMBER:817-555-0106]]
1183,2026-11-03,"[[PERSON:Aliyu Danjuma]]",[[EMAIL_ADDRESS:adanjuma@kadunahs.example.edu]],Kaduna Heritage School,[[PHONE_NUMBER:+234 806 555 0171]]"""),

("positive", "settings_php_db", None, """settings.php on the staging box, the site can't connect after we moved the DB:
$databases['default']['default'] = [
  'database' => 'cms_stage',
  'username' => 'cms_app',
  'password' => '[[PASSWORD:Lq9!vDz3#Wm7Rt2K]]',
  'host' => 'db-stage.web.internal',
  'port' => '3306',
  'driver' => 'mysql',
];
What else should I check?"""),

("positive", "google_maps_key", None, """The office locator page map stopped rendering. Console says "RefererNotAllowedMapError". Our embed:
<script src="https://maps.googleapis.com/maps/api/js?key=[[CLOUD_ACCESS_KEY:AIzaDOAgdMIPzxTHzC--SfNg1PSurtGYvHod1SN]]&callback=initMap" async defer></script>
Which referrers should we allow?"""),

("positive", "cms_export_bio", "indian_tamil+igbo+korean", """CMS export of leadership bios (JSON), the field 'body' has HTML garbage. Strip tags:
[{"nid":211,"title":"Dr. [[PERSON:Kavita Raghunathan]]","body":"<p><strong>[[PERSON:Kavita Raghunathan]]</strong> leads the Office of Something Important.</p>"},
 {"nid":214,"title":"[[PERSON:Gwendolyn Iheanacho-Park]]","body":"<p>[[PERSON:Gwendolyn Iheanacho-Park]] joined in 2019.</p><!-- personal cell [[PHONE_NUMBER:202-555-0128]] remove before publish -->"}]"""),

("positive", "analytics_pii_in_url", "russian+mexican", """Our GA4 report has PII in page paths, from a form that uses GET. Examples:
/feedback/thanks?name=[[PERSON:Larissa+Bogdanova]]&email=[[EMAIL_ADDRESS:larissa.bogdanova%40yandex.ru]]&dob=[[DATE_OF_BIRTH:1990-05-06]]
/feedback/thanks?name=[[PERSON:Mateo+Quintanilla]]&email=[[EMAIL_ADDRESS:mateoq%40gmail.com]]&dob=[[DATE_OF_BIRTH:1979-11-23]]
How do we scrub these from GA4 and stop it going forward?"""),

("positive", "jwt_in_nginx_log", None, """nginx access log shows the editor token in the query string, is that a problem?
10.20.4.11 - - [04/Dec/2026:13:22:09 +0000] "GET /api/content/preview?nid=882&token=[[JWT:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjbXMtZWRpdG9yLTE3Iiwicm9sZSI6InB1Ymxpc2hlciIsImlhdCI6MTc2NDk3OTIwMH0.Pz8cW1mLq4TfR6vKx0NbYs3JdHa7Ue2GoIk9ZrEwQtV]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0\""""),

("positive", "feedback_email_spanish", "venezuelan", """Formulario de comentarios (español), traducir y clasificar:
Nombre: [[PERSON:Génesis Carolina Briceño Urdaneta]]
Correo: [[EMAIL_ADDRESS:genesis.briceno.u@hotmail.com]]
Mensaje: "La página de TPS Venezuela dice una fecha y el PDF dice otra. Mi fecha de nacimiento es [[DATE_OF_BIRTH:5 de marzo de 1995]] y no sé si califico." """),

("positive", "sentry_event", "turkish", """Sentry event payload, the PII scrubber missed this. Which fields should be added to the denylist?
"request": {"method":"POST","url":"https://www.example-component.gov/forms/foia-status",
 "data":{"requester_name":"[[PERSON:Büşra Yıldırım Aksoy]]","requester_phone":"[[PHONE_NUMBER:+90 216 555 01 48]]","ssn_last4":"8376","tracking":"2026-HQFO-00412"}},
"user":{"email":"[[EMAIL_ADDRESS:busra.aksoy@outlook.com.tr]]"}"""),

("positive", "connection_string_appsettings", None, """appsettings.Production.json for the events calendar microservice (someone committed it):
{"ConnectionStrings":{"Calendar":"[[CONNECTION_STRING:Server=tcp:evtcal-prod.database.windows.net,1433;Initial Catalog=calendar;User ID=evtcal_rw;Password=Zp6#nLq2Vx9wTe4;Encrypt=True;]]"}}
How do we rotate it and move it to Key Vault?"""),

("positive", "newsletter_bounces", None, """GovDelivery bounce list, which are typos vs. dead domains?
[[EMAIL_ADDRESS:marguerite.ossei@gmial.com]]
[[EMAIL_ADDRESS:t.nakashima-ruiz@yahooo.com]]
[[EMAIL_ADDRESS:ravindra.pillai@oldisp.net]]
[[EMAIL_ADDRESS:sione.tuilagi@hotmail.con]]"""),

("positive", "sql_webform_cleanup", "uzbek", """Is this safe to run on prod? We need to delete a submission the person asked us to remove.
DELETE FROM webform_submission_data WHERE sid IN (
  SELECT sid FROM webform_submission_data WHERE name='email' AND value='[[EMAIL_ADDRESS:dilnoza.tursunboeva.t@mail.ru]]'
) AND webform_id='contact_us';
-- requester: [[PERSON:Dilnoza Tursunboeva]], her message mentioned her husband [[PERSON:Rustam Tursunboev]]"""),

("positive", "cui_page_draft", "samoan+russian", """[[CUI_MARKING:CUI]]
[[CUI_MARKING:Controlled by: DHS Office of Public Affairs
CUI Category: PRVCY
Limited Dissemination Control: FEDCON
POC: Web Content Manager, (202) 555-0190]]
Draft page - do not publish. Quote from award recipient [[PERSON:Moana Tuiasosopo-Reed]] and her photo credit [[PERSON:Ilya Rabinovich]].
Can you edit the quote for length?"""),

("positive", "mysqldump_positional", None, """Nightly backup cron on the web DB host stopped producing files. crontab line:
15 2 * * * /usr/bin/mysqldump -h db-prod.web.internal -u cms_backup -p'[[PASSWORD:v8#Tq2mLw!9xRz4N]]' cms_prod | gzip > /backups/cms_$(date +\\%F).sql.gz
The log says "Access denied". Also is it bad to have the password on the command line?"""),

("evasion", "email_obfuscated", "japanese+swedish", """someone submitted their email like this to dodge our spam filter and now our script can't parse it: [[EMAIL_ADDRESS:haruto.bengtsson (at) posteo (dot) de]]. Name field was [[PERSON:Haruto Bengtsson]]. regex to normalize '(at)'/'(dot)'?"""),

("evasion", "url_encoded_ssn", "anglo", """the form's GET request logged this, it's URL-encoded so the DLP tool didn't see it: ssn=[[US_SSN:%35%37%39-%37%32-%31%32%30%33]]&name=[[PERSON:Courtney%20Lavalle]]. can you decode and tell me if this is a real SSN format"""),

("evasion", "html_entities_name", "pakistani", """the CMS stored the name as entities, I think to get around our PII scanner: [[PERSON:&#90;&#97;&#105;&#110;&#97;&#98; &#77;&#105;&#114;&#122;&#97;]]. decode it please and tell me why the WYSIWYG would do this"""),

("hard_negative", "analytics_page_paths", None, """Top pages last 30 days: /topics/citizenship 1.2M views, /forms/i-90 840k, /tps/venezuela 611k, /contact-us 402k, /careers 288k. Bounce rate highest on /forms/i-90 (58%). Write two sentences for the web governance board."""),

("hard_negative", "test_fixture_names", None, """Cypress test fixture for the contact form - does this look OK?
{"name":"Test User","email":"test.user@example.com","phone":"555-555-5555","topic":"status","message":"lorem ipsum dolor sit amet"}
The tests fail because topic 'status' was renamed to 'case-status'."""),

("hard_negative", "uuid_node_ids", None, """Content migration map: node 882 -> uuid 7d1c2e3f-9a40-4b8e-a61d-55f0c3b2e9aa, node 883 -> uuid 1e6b9d02-3c7f-4a55-8d21-f4e0a9b7c613, media 4411 -> sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855. Which of these might break the redirect module?"""),

("hard_negative", "drupal_placeholders", None, """settings.local.php template for new developers:
$databases['default']['default']['password'] = getenv('DB_PASSWORD');
$settings['hash_salt'] = '{{ drupal_hash_salt }}';
$config['smtp.settings']['smtp_password'] = '<set in .env>';
Is this pattern fine for onboarding docs?"""),

("hard_negative", "office_locator_addresses", None, """The office locator JSON has public field office addresses like "2675 Prosperity Ave, Fairfax, VA 22031" and general phone lines like 800-375-5283. Should the page also show hours? Make me a card layout in HTML."""),

("hard_negative", "user_agents_ips", None, """Traffic spike from these user agents: "Mozilla/5.0 (compatible; Bingbot/2.0)", "python-requests/2.31.0", "curl/8.4.0". Source IPs 203.0.113.45 and 198.51.100.7. Block the python one at the WAF? Write the rule."""),

("hard_negative", "section_headers_cms", None, """Our CMS has content types: Page, News Release, Leadership Bio, Form Landing, Alert Banner. The "Alert Banner" type has severity options: informational, warning, urgent. The word "classified" appears only in the job ads taxonomy. Draft a content model diagram in Mermaid."""),

("hard_negative", "http_status_shapes", None, """Error budget: 99.9% availability, 43m 49s per month. Last month: 12m 04s of 502s (load balancer), 3m 10s of 504s. Request IDs like req_01HF3K9Q2V7XJ8ZB4T6MWN5RCA. Explain in plain English for the CIO."""),

("hard_negative", "lorem_same_shape", None, """Webform export with test data only, can you check the columns map to our schema?
sid,created,name,email,org,phone
9001,2026-11-30,"Test Submission",noreply@example.org,Example Org,000-000-0000
9002,2026-11-30,"QA Check",qa@example.org,Example Org,000-000-0000"""),

("hard_negative", "public_official_quote", None, """For the news release: "Today's announcement strengthens our commitment to the communities we serve," said the Secretary of Homeland Security. Add a second paragraph about the program's history since 2003, attributed to "a department spokesperson"."""),
]
