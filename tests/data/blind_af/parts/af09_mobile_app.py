"""Voice 9: a DHS mobile-app team: crash reports, push-notification payloads, beta tester lists, app-store reviews."""
RECORDS = [
("positive", "crash_breadcrumbs", "bosnian", """Fatal Exception: java.lang.IllegalStateException: Fragment ApptDetailFragment not attached to a context.
    at androidx.fragment.app.Fragment.requireContext(Fragment.java:972)
    at gov.dhs.example.appt.ApptDetailFragment.onSlotsLoaded(ApptDetailFragment.kt:218)
Breadcrumbs:
  12:04:51.220 login_success user=[[EMAIL_ADDRESS:amra.mesanovic.sa@examplemail.com]]
  12:04:53.871 profile_loaded name="[[PERSON:Amra Mešanović]]" dob=[[DATE_OF_BIRTH:1992-10-07]]
  12:05:02.115 slots_request location=SAN_YSIDRO
  12:05:02.904 nav_back
Why is onSlotsLoaded firing after the user navigated back? Also — should the profile breadcrumb even be logging that?"""),

("positive", "push_payload", "sudanese", """{
  "aps": {"alert": {"title": "Appointment reminder",
                    "body": "Hi [[PERSON:Mohamed Osman Elamin]], your biometrics appointment is tomorrow at 9:30 AM."},
          "sound": "default", "badge": 1},
  "apptId": "BIO-2026-774120",
  "aNumber": "[[A_NUMBER:A219448302]]"
}
QA flagged that the A-number shows in the notification extension logs. Can we drop it from the payload and look it up by apptId instead? Rewrite the payload."""),

("positive", "testflight_csv", "albanian+hungarian", """First Name,Last Name,Email,Group,Status
[[PERSON:Arbnora]],[[PERSON:Krasniqi]],[[EMAIL_ADDRESS:arbnora.krasniqi@dhs-example.gov]],Internal,Installed
[[PERSON:Levente]],[[PERSON:Szabó-Tóth]],[[EMAIL_ADDRESS:levente.szabototh@dhs-example.gov]],Internal,Invited
[[PERSON:Gjergj]],[[PERSON:Dushku]],[[EMAIL_ADDRESS:gdushku.beta@examplemail.com]],External-Pilot,Installed
[[PERSON:Réka]],[[PERSON:Vámosi]],[[EMAIL_ADDRESS:reka.vamosi@examplemail.com]],External-Pilot,Expired
remove anyone Expired and re-invite with the 4.13 build"""),

("positive", "review_reply", "guyanese", """App Store review, 1 star, "Can't upload my photo":
"Every time I take the selfie it says try again. I've tried 20 times in good light. My name is [[PERSON:Shondell Persaud-Ramkissoon]] and my phone number is [[PHONE_NUMBER:347-555-0170]], please somebody call me, my appointment is Friday."
Draft a public reply that doesn't repeat her details and points her to the help form."""),

("positive", "logcat", "liberian", """11-30 08:12:44.301  4412  4480 D FormAutofill: field=given_name value=[[PERSON:Musu]]
11-30 08:12:44.302  4412  4480 D FormAutofill: field=family_name value=[[PERSON:Kollie-Tarpeh]]
11-30 08:12:44.305  4412  4480 D FormAutofill: field=birth_date value=[[DATE_OF_BIRTH:1987-04-18]]
11-30 08:12:44.309  4412  4480 D FormAutofill: field=phone value=[[PHONE_NUMBER:+1 267 555 0119]]
11-30 08:12:44.512  4412  4412 E FormValidator: birth_date format mismatch (expected MM/dd/yyyy)
Who left debug autofill logging on in the release build? And how do I fix the date format?"""),

("positive", "fcm_key", "anglo", """// NotificationSender.java (legacy path, still used by the admin console)
private static final String FCM_SERVER_KEY = "[[CLOUD_ACCESS_KEY:AIza7KsWfx4mAGkaCV4YLvcXDZi_jefLT1IA0f9]]";
private static final String FCM_URL = "https://fcm.googleapis.com/fcm/send";
// returns 401 since June — is the legacy API shut off? — [[PERSON:Brett Ashdown]]"""),

("positive", "gradle_props", "anglo", """# gradle.properties (from the release build machine)
org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_FILE=../keystores/dhsapp-release.jks
RELEASE_STORE_PASSWORD=[[PASSWORD:GHMEohBiNxB1RaLX]]
RELEASE_KEY_ALIAS=dhsapp
RELEASE_KEY_PASSWORD=[[PASSWORD:1ZFFZqpSjzajuE7X]]
why does bundleRelease say 'keystore was tampered with, or password was incorrect'?"""),

("positive", "gitlab_ci", "anglo", """upload_dsyms:
  stage: post-build
  script:
    - export AWS_ACCESS_KEY_ID=[[CLOUD_ACCESS_KEY:AKIA28ZBTY3B9QRIDONV]]
    - export AWS_SECRET_ACCESS_KEY=[[CLOUD_SECRET_KEY:hqFXC5bMizjSwsbSLm9+ZCkY7KUHDMGiKSWmLd6E]]
    - aws s3 cp build/dSYMs s3://dhsapp-symbols/$CI_COMMIT_SHORT_SHA --recursive
    - curl --header "PRIVATE-TOKEN: [[GITLAB_TOKEN:glpat-27ScO2N9c7_gqsuVT0lj]]" "$CI_API_V4_URL/projects/418/releases"
Job fails at the curl step with 401."""),

("positive", "sentry_event", "ivorian", """{"event_id":"c4d1e8a02b7f4c3d9e1a6b5f7c2d8e90","platform":"cocoa","level":"error",
 "user":{"id":"u_88120","email":"[[EMAIL_ADDRESS:yao.kouassi.ci@examplemail.com]]","username":"[[PERSON:Yao Kouassi N'Guessan]]"},
 "exception":{"values":[{"type":"NSInvalidArgumentException","value":"-[__NSCFNumber length]: unrecognized selector"}]},
 "tags":{"app.version":"4.12.0","os":"iOS 18.1"}}
the username field is his display name, not a handle. what's causing the unrecognized selector?"""),

("positive", "apns_p8", "anglo", """Our token-based APNs auth broke after the key rotation. Here is the .p8 contents and the key ID, can you tell if the format is wrong?
Key ID: 7QX2M4KD9P   Team ID: 4HB8QW2ZNA
[[PRIVATE_KEY:-----BEGIN PRIVATE KEY-----
UvImZaYMEtKJGF2VDuiBNgkWb2sRPReNbA/TkB/yOaGglfIPk5VlDPk4C47bIkpr
JIoekk6P0K4uGpSSozBfGIy2EJAPnjR/rohtxlB3lex0XEw/yy6yxz4Uk0yGfuBX
unJJm/oSHoNrKsFXJu59awr2qxPDjpLK4NFQV7FZmH+UzHQR1xfxRXmy
-----END PRIVATE KEY-----]]
— [[PERSON:Priya Venkataraman-Lowe]]"""),

("positive", "chat_passport_scan", "malaysian", """User: The passport MRZ scanner rejects this tester's passport. OCR output:
P<USA[[PERSON:TAN<<WEI<LING<CHRISTINE]]<<<<<<<<<<<<<<<<<<<
[[US_PASSPORT:A19847302]]2USA[[DATE_OF_BIRTH:900823]]8F3104115<<<<<<<<<<<<<<04
She's [[PERSON:Christine Tan Wei Ling]], born [[DATE_OF_BIRTH:23 Aug 1990]]. Is it the check digit or the letter-prefixed passport number that breaks our parser?
Assistant: The document number field is 9 characters, so a leading letter is valid; check the check digit calculation for alphanumeric characters…"""),

("positive", "tester_email_albanian", "albanian", """Përshëndetje,
Jam [[PERSON:Gjergj Dushku]], testues i aplikacionit. Pas përditësimit 4.13 nuk mund të hyj më. Numri im: [[PHONE_NUMBER:+355 69 555 0148]]. Ditëlindja ime në profil shfaqet gabim: [[DATE_OF_BIRTH:1985-12-03]] në vend të 03.12.1985.
Faleminderit.
(tester email, please translate and tell me if it's the date-format bug)"""),

("positive", "jira_repro", "tongan", """**DHSAPP-2291 Address autocomplete drops unit number**
Steps to reproduce (using pilot tester's real account, with permission):
1. Log in as [[PERSON:Sione Tu'ipulotu]] (DOB [[DATE_OF_BIRTH:07/04/1979]])
2. Profile > Address > type "[[STREET_ADDRESS:2930 W 3500 S Apt 12, West Valley City, UT 84119]]"
3. Pick first suggestion
Expected: unit "Apt 12" kept. Actual: saved as "[[STREET_ADDRESS:2930 W 3500 S, West Valley City, UT 84119]]".
Assignee: [[PERSON:Kalani Mahoe]]"""),

("positive", "sqlite_dump", "sinhala+tamil", """sqlite> SELECT id, display_name, phone, created FROM local_profile;
1|[[PERSON:Dilrukshi Perera]]|[[PHONE_NUMBER:(206) 555-0109]]|2026-11-02 18:22:07
2|[[PERSON:Arulmozhi Selvarajah]]|[[PHONE_NUMBER:(206) 555-0140]]|2026-11-03 09:41:55
-- this is from a tester's device backup; why does local_profile keep old accounts after logout?"""),

("evasion", "concat_key", "anglo", """split it so the scanner won't see the whole thing:
let k = [[CLOUD_ACCESS_KEY:"AKIA" + "1WIV5198" + "RK6FA9EP"]]
let s = [[CLOUD_SECRET_KEY:"DTMbyQu5z4Fe9b/zl8J" + "uj3fYEd7waufVZ6IzttqE"]]
— does S3 client accept these if I build them at runtime?"""),

("evasion", "b64_password", "anglo", """keystore password is base64'd so the gateway passes it, decode when you need it: [[PASSWORD:WnEhOG1SdCMydkxwWDk=]]. Is 14 chars enough for a JKS store password?"""),

("evasion", "homoglyph_email", "puerto_rican", """tester [[PERSON:Jordan Feliciano]] — email [[EMAIL_ADDRESS:jоrdan.fеliciano@examplemail.com]] (used a couple of Cyrillic letters so the filter skips it; the real one is all Latin)"""),

("hard_negative", "clean_stack", None, """Thread 0 Crashed:
0   libswiftCore.dylib   0x00000001a2f1c8a4 _assertionFailure + 172
1   DHSApp               0x0000000102b4e1f0 ApptListViewModel.reload() + 412 (ApptListViewModel.swift:88)
2   DHSApp               0x0000000102b4d9c8 closure #1 in ApptListView.body.getter + 96
Incident Identifier: 5E7B1C2A-9F44-4D8B-A3E1-7C0D2B6F9A13
Build 4.12.0 (20261130.2), git 9c1e7a4f2b. What does the assertion on line 88 likely mean?"""),

("hard_negative", "template_push", None, """{"aps":{"alert":{"title":"Appointment reminder","body":"Hi {{first_name}}, your appointment is {{appt_date}} at {{appt_time}}."},"sound":"default"},"apptId":"{{appt_id}}"}
Localization wants the Spanish template to put the time before the date. Rewrite for es-US."""),

("hard_negative", "review_secret", None, """App Store review, 5 stars: "Honestly this app is the best-kept secret in government. Got my appointment in two minutes. The confidential info screen explaining how they use my data was actually readable!" Draft a short thank-you reply."""),

("hard_negative", "placeholder_gradle", None, """# gradle.properties (template committed to repo)
RELEASE_STORE_FILE=../keystores/dhsapp-release.jks
RELEASE_STORE_PASSWORD=${KEYSTORE_PASSWORD}
RELEASE_KEY_ALIAS=dhsapp
RELEASE_KEY_PASSWORD=<set-in-ci-variables>
Is it OK to commit this version?"""),

("hard_negative", "crash_stats", None, """Weekly stability: crash-free users 99.41% (iOS), 98.87% (Android). Top crash: IllegalStateException in ApptDetailFragment, 1,204 events, 861 users, mostly Android 14 on Pixel 8 and Galaxy S24. ANR rate 0.31%. Summarise for stand-up."""),

("hard_negative", "dependencies", None, """Dependency bumps for 4.13: Alamofire 5.9.1, Kingfisher 7.12.0, Retrofit 2.11.0, OkHttp 4.12.0, Firebase BoM 33.5.1. Changelog hashes: a3f9c21, 7be04d8. Any known breaking changes in Kingfisher 7.12?"""),

("hard_negative", "doc_test_account", None, """For the accessibility auditors, use the shared QA fixture from our README: username qa.tester01@example.com, password set in the vault item "qa-fixture" (not in the doc). The fixture profile is named "Test User", every other field is left at its default and none of it is real data. Write the one-paragraph instructions."""),

("hard_negative", "localizable", None, """/* Localizable.strings (es) */
"profile.anumber.label" = "Número A (A-Number)";
"profile.anumber.hint" = "Ejemplo: A-123-456-789";
"profile.dob.label" = "Fecha de nacimiento";
"profile.ssn.hint" = "No ingrese su número de Seguro Social";
Are these translations natural?"""),

("hard_negative", "same_shape_review", None, """App Store review, 2 stars, "Slow on older phones":
"On my iPhone 11 the calendar takes 10 seconds to load and sometimes freezes. Works fine on my wife's newer phone. Please fix."
Draft a public reply that thanks them and mentions the performance work in the next release."""),
]
