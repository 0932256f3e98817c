"""Voice: letters and messages in other languages, pasted for translation or reply drafting."""
from _v import *

RECORDS = [
R("positive", "letter_spanish", "hispanic", """Traduce al inglés, por favor:
"Estimados señores: Yo, [[PERSON:Ximena Alejandra Quispe Mamani]], nacida el [[DATE_OF_BIRTH:5 de enero de 1992]] en Cochabamba, con domicilio en [[STREET_ADDRESS:1523 Calle Ponce de León, Apto 2, San Juan, PR 00909]], solicito una copia de mi expediente. Mi número de extranjero es [[A_NUMBER:A-201-774-356]]. Teléfono: [[PHONE_NUMBER:(787) 555-0147]]." """),

R("positive", "letter_french", "congolese", """Peux-tu traduire cette lettre en anglais ?
« Madame, Monsieur, je m'appelle [[PERSON:Espérance Mbuyi Kalala]], née le [[DATE_OF_BIRTH:17/03/1987]] à Lubumbashi. Mon mari, [[PERSON:Patrick Ilunga wa Ilunga]], attend une décision sur sa demande d'asile (numéro de reçu [[USCIS_RECEIPT_NUMBER:ZLA2690044127]]). Vous pouvez me joindre au [[PHONE_NUMBER:+243 81 555 0172]]. »""".replace("[[USCIS_RECEIPT_NUMBER:ZLA2690044127]]", "[[USCIS_RECEIPT_NUMBER:MSC2690044127]]")),

R("positive", "letter_haitian_creole", "haitian", """Tradui sa a an angle souple:
"Bonjou, mwen rele [[PERSON:Wilnès Pierre-Louis]]. Mwen fèt [[DATE_OF_BIRTH:12 oktòb 1975]] nan Jakmèl. Pitit fi m, [[PERSON:Nadège Pierre-Louis]], gen yon randevou nan biwo USCIS Miami. Nimewo A li se [[A_NUMBER:A219034881]]. Adrès nou: [[STREET_ADDRESS:540 NW 82nd St, Miami, FL 33150]]. Telefòn: [[PHONE_NUMBER:305-555-0136]]." """),

R("positive", "letter_portuguese", "brazilian", """Traduzir para o inglês:
"Prezados, eu, [[PERSON:Rafaela Guimarães Tavares]], CPF não se aplica, passaporte americano [[US_PASSPORT:592034817]], nascida em [[DATE_OF_BIRTH:22/11/1990]], informo mudança de endereço para [[STREET_ADDRESS:88 Chestnut St, Apt 3, Framingham, MA 01702]]. E-mail: [[EMAIL_ADDRESS:rafa.tavares@correio.example.com.br]]." """),

R("positive", "letter_vietnamese", "vietnamese", """Dịch sang tiếng Anh giúp tôi:
"Kính gửi Sở Di Trú, tôi tên là [[PERSON:Lương Quốc Thịnh]], sinh ngày [[DATE_OF_BIRTH:08 tháng 02 năm 1968]]. Địa chỉ: [[STREET_ADDRESS:10622 Bolsa Ave, Westminster, CA 92683]]. Số điện thoại: [[PHONE_NUMBER:714-555-0115]]. Tôi muốn hỏi về hồ sơ của con gái tôi, [[PERSON:Lương Thị Thu Hà]]." """),

R("positive", "letter_tagalog", "filipino", """Paki-translate sa English:
"Magandang araw po. Ako po si [[PERSON:Maricel Batungbakal]], ipinanganak noong [[DATE_OF_BIRTH:ika-3 ng Setyembre 1985]]. Ang asawa ko po na si [[PERSON:Ernesto Pangilinan Jr.]] ay may petisyon (resibo [[USCIS_RECEIPT_NUMBER:NBC 26 710 33482]]). Maaari po ninyo akong tawagan sa [[PHONE_NUMBER:+63 2 8555 0143]]." """.replace("[[USCIS_RECEIPT_NUMBER:NBC 26 710 33482]]", "[[USCIS_RECEIPT_NUMBER:NBC2671033482]]")),

R("positive", "letter_arabic", "arabic", """ترجم إلى الإنجليزية من فضلك:
"السيد المحترم، أنا [[PERSON:فاطمة الزهراء بن عيسى]]، من مواليد [[DATE_OF_BIRTH:١٤ مارس ١٩٨٢]]، أسكن في [[STREET_ADDRESS:7712 Schaefer Rd, Dearborn, MI 48126]]. رقم هاتفي [[PHONE_NUMBER:313-555-0199]]. أرجو إفادتي بشأن طلب أخي [[PERSON:عمر بن عيسى]]." """),

R("positive", "letter_dari", "afghan", """این را به انگلیسی ترجمه کنید:
«اینجانب [[PERSON:گل‌احمد پوپلزی]] ([[PERSON:Gul Ahmad Popalzai]])، متولد [[DATE_OF_BIRTH:۱۳۶۰/۰۲/۱۵]]، نمبر A من [[A_NUMBER:A222106845]] است. شماره تماس: [[PHONE_NUMBER:+1 916-555-0138]].»"""),

R("positive", "letter_pashto", "afghan", """Please translate this Pashto note from a parolee to English:
"زه [[PERSON:نجیب الله وردک]] یم. زما د زوکړې نېټه [[DATE_OF_BIRTH:۱۹۹۱ کال د جنوري ۲]] ده. زما پته: [[STREET_ADDRESS:2140 Fulton Ave, Apt 17, Sacramento, CA 95825]]." Also his English name spelling on the I-94 is [[PERSON:Najibullah Wardak]]."""),

R("positive", "letter_somali", "somali", """Fadlan u turjun Ingiriis:
"Magacaygu waa [[PERSON:Xaliimo Maxamed Cali]]. Waxaan dhashay [[DATE_OF_BIRTH:1 Luulyo 1979]]. Wiilkayga [[PERSON:Axmed Cabdi Maxamed]] wuxuu sugayaa go'aanka magangalyada. Lambarka telefoonka: [[PHONE_NUMBER:+1 (612) 555-0107]]. Ciwaanka: [[STREET_ADDRESS:1510 Riverside Ave, Apt 809, Minneapolis, MN 55454]]." """),

R("positive", "letter_amharic", "ethiopian", """ይህንን ወደ እንግሊዝኛ ተርጉም:
"ስሜ [[PERSON:መሰረት ታደሰ በቀለ]] ነው። የተወለድኩት [[DATE_OF_BIRTH:መጋቢት 12 ቀን 1980]] ነው። ስልክ ቁጥሬ [[PHONE_NUMBER:+251 91 555 0128]] ነው።" She told me in English that her name is spelled [[PERSON:Meseret Tadesse Bekele]] on her green card."""),

R("positive", "letter_tigrinya", "eritrean", """Translate from Tigrinya:
"ሽመይ [[PERSON:ኣብርሃም ተስፋማርያም]] እዩ። ቁጽሪ ስልከይ [[PHONE_NUMBER:+1 510-555-0159]] እዩ። ኣድራሻይ [[STREET_ADDRESS:2901 International Blvd, Apt 5, Oakland, CA 94601]] እዩ።" """),

R("positive", "letter_ukrainian", "ukrainian", """Перекладіть англійською, будь ласка:
«Я, [[PERSON:Ганна Петрівна Шевчук-Бондаренко]], [[DATE_OF_BIRTH:21.04.1976]] року народження, перебуваю в США за програмою U4U. Мій номер А: [[A_NUMBER:A 224 517 093]]. Електронна пошта: [[EMAIL_ADDRESS:hanna.shevchuk@poshta.example.ua]].»"""),

R("positive", "letter_chinese", "chinese", """请帮我翻译成英文：
“本人[[PERSON:黄志明]]，出生日期：[[DATE_OF_BIRTH:1972年10月3日]]，住址：[[STREET_ADDRESS:41-25 Kissena Blvd, Apt 6F, Flushing, NY 11355]]，电话：[[PHONE_NUMBER:718-555-0129]]。关于我妻子[[PERSON:林婉婷]]的绿卡申请，收据号码[[USCIS_RECEIPT_NUMBER:LIN2691185530]]。”"""),

R("positive", "letter_korean", "korean", """영어로 번역해 주세요:
"안녕하세요. 저는 [[PERSON:송민호]]입니다. 생년월일은 [[DATE_OF_BIRTH:1987년 7월 19일]]이고, 주소는 [[STREET_ADDRESS:3600 Wilshire Blvd, Apt 1412, Los Angeles, CA 90010]]입니다. 이메일: [[EMAIL_ADDRESS:minho.song@hanmail.example.kr]]" """),

R("positive", "letter_burmese", "burmese", """Translate this Burmese letter from a refugee family please:
"ကျွန်မ [[PERSON:နော်ဆာဖော]] ဖြစ်ပါသည်။ မွေးနေ့ [[DATE_OF_BIRTH:၁၉၈၄ ခုနှစ် မေလ ၁၀ ရက်]]။ ဖုန်း [[PHONE_NUMBER:317-555-0182]]။" In English she writes her name as [[PERSON:Naw Say Paw]]."""),

R("positive", "letter_nepali", "nepali", """कृपया अंग्रेजीमा अनुवाद गर्नुहोस्:
"मेरो नाम [[PERSON:राम बहादुर तामाङ]] हो। मेरो जन्म मिति [[DATE_OF_BIRTH:२०४२ साल असार १५]] हो। ठेगाना: [[STREET_ADDRESS:1180 E Hudson St, Columbus, OH 43211]]।" The English spelling is [[PERSON:Ram Bahadur Tamang]]."""),

R("positive", "letter_japanese", "japanese", """英語に訳してください：
「[[PERSON:山本 彩花]]です。生年月日は[[DATE_OF_BIRTH:平成8年4月2日]]です。夫の[[PERSON:ジェイソン・ミラー]]と一緒に横田基地に住んでいます。連絡先：[[PHONE_NUMBER:090-5555-0164]]、[[EMAIL_ADDRESS:ayaka.yamamoto@mail.example.jp]]」"""),

# hard negatives
R("hard_negative", "letter_spanish", None, """Traduce este aviso para el público: "La Agencia Federal para el Manejo de Emergencias (FEMA) abrirá un Centro de Recuperación por Desastre en la Biblioteca Pública de Florence, 324 días después de la tormenta Rosa. Horario: lunes a sábado, 9 a.m. a 6 p.m. Línea de ayuda: 1-800-621-3362." """),
R("hard_negative", "letter_french", None, """Traduis en anglais : « Les demandes de prolongation doivent être envoyées avant le 15 janvier. Les formulaires I-131 et I-765 sont disponibles sur le site de l'USCIS. Les frais sont indiqués dans le tableau G-1055. »"""),
R("hard_negative", "letter_haitian_creole", None, """Tradui an angle: "Tanpri pote tout dokiman ou yo: paspò, kat rezidan, lèt randevou. Biwo a louvri lendi rive vandredi, 8è a 4è. Pa voye lajan bay pèsonn ki di yo ka akselere dosye w." """),
R("hard_negative", "letter_russian", None, """Переведите на английский: «Уважаемые коллеги, напоминаем, что семинар по кибербезопасности для муниципальных служб пройдёт 15 декабря в здании Roosevelt Hall. Регистрация обязательна. Вопросы — в отдел информационной безопасности.»"""),
R("hard_negative", "letter_korean", None, """영어로 번역: "재난 지원 신청은 DisasterAssistance.gov 에서 가능합니다. 신청 시 주소, 보험 정보, 피해 내용을 준비하세요. 이 안내문에는 개인 정보를 적지 마십시오." """),
R("hard_negative", "letter_arabic", None, """ترجم: "يرجى العلم أن مكتب خدمات الهجرة والجنسية في مدينة ديترويت سيغلق يوم 25 ديسمبر. يمكن إعادة جدولة المواعيد عبر الموقع الرسمي. لا تشارك رقم ملفك مع أي شخص يدّعي تسريع الطلب." """),
R("hard_negative", "letter_chinese", None, """翻译成英文：“国土安全部提醒：冬季风暴期间请关注当地应急管理部门发布的信息。避难所地址请查询 FEMA App。切勿向陌生来电透露个人信息。”"""),
R("hard_negative", "letter_vietnamese", None, """Dịch giúp: "Trung tâm phục hồi thảm họa tại Thư viện Hope sẽ mở cửa từ thứ Hai đến thứ Bảy. Vui lòng mang theo giấy tờ bảo hiểm. Không ai được thu phí để giúp bạn nộp đơn." """),
R("hard_negative", "letter_tagalog", None, """Paki-translate: "Ang Bagyong Kristine ay nagdulot ng malawakang pagbaha sa Bicol. Ang mga pamilyang apektado ay maaaring humingi ng tulong sa pinakamalapit na evacuation center sa San Jose at Santa Rosa." """),
R("hard_negative", "letter_somali", None, """U turjun Ingiriis: "Xafiiska waxa uu xiran yahay maalinta Jimcaha. Dalabaadka cusub waxa lagu soo gudbin karaa bogga internetka. Ha u dirin lacag qof kasta oo sheegta inuu dedejin karo kiiskaaga." """),
]
