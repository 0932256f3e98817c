"""Voice: foreign-language letters with a translation request."""
from _common import R
P, E, H = "positive", "evasion", "hard_negative"
RECORDS = [
R(P, "letter_es", "hispanic", """
traduce al ingles por favor, es para el expediente:

Estimados señores: Me llamo [[PERSON:Rosa Elena Cárdenas Ibarra]], nací el [[DATE_OF_BIRTH:14 de agosto de 1972]] en Oaxaca. Vivo en [[STREET_ADDRESS:2231 W Pershing Rd, Apt 2, Chicago, IL 60609]]. Mi número de teléfono es [[PHONE_NUMBER:773-555-0129]]. Solicito una copia de mi expediente.
"""),
R(P, "letter_pt", "brazilian", """
translate to english: "Prezados, sou [[PERSON:João Pedro Carvalho dos Santos]], meu número de recibo é [[USCIS_RECEIPT_NUMBER:MSC2591044876]]. Meu e-mail mudou para [[EMAIL_ADDRESS:jpcarvalho.santos@example.com.br]]. Obrigado."
"""),
R(P, "letter_ht", "haitian", """
tradui sa an angle tanpri:
"Bonjou, mwen se [[PERSON:Fabienne Jean-Louis]]. Nimewo A mwen se [[A_NUMBER:A204873315]]. Mwen rete nan [[STREET_ADDRESS:118 NE 54th St, Miami, FL 33137]]. Tanpri rele m nan [[PHONE_NUMBER:786-555-0150]]."
"""),
R(P, "letter_fa", "persian", """
please translate this farsi letter into english for the case file:

با سلام، اینجانب [[PERSON:مریم رضایی]] متولد [[DATE_OF_BIRTH:۱۳۶۸/۰۴/۱۲]] درخواست تمدید اجازه کار دارم. شماره پرونده من [[USCIS_RECEIPT_NUMBER:LIN2590338812]] است. با تشکر
"""),
R(P, "letter_ko", "korean", """
영어로 번역해 주세요 (please translate):
안녕하세요. 저는 [[PERSON:이수진]]입니다. 제 여권 번호는 [[US_PASSPORT:M48215907]]이고 이메일은 <[[EMAIL_ADDRESS:sujin.lee@example.kr]]>입니다. 인터뷰 일정을 변경하고 싶습니다.
"""),
R(P, "letter_uk", "ukrainian", """
translate into English, keep formal tone:
Шановні пані та панове! Мене звати [[PERSON:Олена Мельник]]. Я прибула за програмою U4U. Мій номер A: [[A_NUMBER:A-221-045-873]]. Телефон: [[PHONE_NUMBER:+380 44 555 0127]]. Дякую.
"""),
R(P, "letter_pl", "polish", """
proszę przetłumaczyć na angielski:
"Szanowni Państwo, nazywam się [[PERSON:Grzegorz Brzęczyszczykiewicz]]. Mój numer paszportu to [[US_PASSPORT:557301842]]. Adres: [[STREET_ADDRESS:62 Kosciuszko St, Apt 1R, Brooklyn, NY 11205]]. Z poważaniem"
"""),
R(P, "letter_tr", "turkish", """
ingilizceye cevirir misin:
Sayın yetkili, ben [[PERSON:Zeynep Çelik Arslan]]. Doğum tarihim [[DATE_OF_BIRTH:03.11.1989]]. Green card başvurumun durumu hakkında bilgi almak istiyorum. E-posta: [[EMAIL_ADDRESS:zeynep.arslan@example.com.tr]]
"""),
R(P, "letter_my", "burmese", """
translate to english please:
မင်္ဂလာပါ။ ကျွန်မအမည် မ[[PERSON:အေးမြတ်သူ]] ဖြစ်ပါသည်။ ဖုန်းနံပါတ် [[PHONE_NUMBER:+95 9 555 0144]] ကို ဆက်သွယ်ပါ။
"""),
R(P, "letter_ne", "nepali", """
translate this nepali letter:
नमस्ते, मेरो नाम [[PERSON:सीता श्रेष्ठ]] हो। मेरो जन्म मिति [[DATE_OF_BIRTH:१९९०-०१-१५]] हो। मेरो इमेल [[EMAIL_ADDRESS:sita.shrestha@example.np]] हो। कृपया मलाई सम्पर्क गर्नुहोस्।
"""),
R(P, "letter_hmn", "hmong", """
txhais ua lus askiv thov:
"Nyob zoo, kuv lub npe yog [[PERSON:Yer Thao]]. Kuv tus xov tooj yog [[PHONE_NUMBER:651-555-0176]]. Kuv nyob [[STREET_ADDRESS:1520 Arcade St, St Paul, MN 55106]]."
"""),
R(P, "letter_ti", "tigrinya", """
translate this Tigrinya note to English:
ሰላም፣ ስመይ [[PERSON:ኣማኑኤል ተስፋይ]] እዩ። ቁጽሪ ተሌፎነይ [[PHONE_NUMBER:+1 206-555-0198]] እዩ። ብዛዕባ ጉዳየይ ሓበሬታ ክረክብ እደሊ።
"""),
R(H, "letter_es_noPII", None, """
traducir al inglés para el sitio web: "La oficina de USCIS en Miami estará cerrada el 25 de diciembre. Las citas de biometría se reprogramarán automáticamente. Para más información, visite la página oficial."
"""),
R(H, "letter_fr_les", None, """
translate: "Les demandes déposées avant le 1er janvier seront traitées selon les anciennes règles. Les frais restent inchangés jusqu'au 31 mars."
"""),
R(H, "letter_ar_public", None, """
ترجم إلى الإنجليزية من فضلك: "تعلن وزارة الأمن الداخلي عن تمديد فترة التسجيل حتى ٣١ يناير. يمكن تقديم الطلبات عبر الإنترنت."
"""),
R(E, "ko_email_obf", "korean", """
translate: 제 이메일은 [[EMAIL_ADDRESS:minseo(골뱅이)example(점)com]] 입니다. [[PERSON:최민서]] 드림
"""),
R(H, "letter_uk_public", None, """
перекладіть англійською: "Програма «Єднання заради України» (U4U) приймає нові заявки від спонсорів. Детальна інформація на офіційному сайті." (for a public flyer)
"""),
R(P, "letter_pt_bank", "portuguese", """
traduza para o inglês, é para o formulário de reembolso:
"Eu, [[PERSON:Inês Margarida Ferreira]], autorizo o depósito na conta [[US_BANK_NUMBER:228104773901]], número de roteamento [[ABA_ROUTING_NUMBER:287104787]]."
"""),
R(H, "letter_tr_noPII", None, """
translate to english for the port signage: "Lütfen pasaportunuzu ve gümrük beyannamenizi hazır bulundurun. Gizli bölmeler için bagajlar taranacaktır."
"""),
R(E, "el_email_at", "greek", """
μετάφρασε στα αγγλικά: Παρακαλώ στείλτε τα έγγραφα στη [[PERSON:Αικατερίνη Νικολάου]], email: [[EMAIL_ADDRESS:katerina [at] nikolaou-law [dot] example [dot] gr]]
"""),
]
