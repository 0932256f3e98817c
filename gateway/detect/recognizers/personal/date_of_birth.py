# ruff: noqa: RUF001, RUF003 - Cyrillic letters and the full-width colon in the patterns are on purpose
"""DATE_OF_BIRTH: a date that the text labels as a birth date (DOB, D.O.B., date of birth, born on); the
finding is the date, not its label. An unlabelled date is DATE_TIME (spaCy), not a birth date."""

from __future__ import annotations

import datetime
import re
from typing import Any

import regex
from presidio_analyzer import Pattern, RecognizerResult

from gateway.detect.recognizers.anchored import Anchor, AnchoredRegex, word_prefixes
from gateway.detect.recognizers.labelled import LabelledValueRecognizer
from gateway.detect.recognizers.required_text import RequiredText

# English, Spanish, French, German, Portuguese, Italian and Haitian Creole month names and abbreviations, any
# case (``03 MAR 1976``, ``14JUL1983``, ``12 de mayo de 1977``); accents are folded before detection.
_MONTH = (
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|janv|fevr|avr|mai|juin|juil|aout"
    r"|dez|okt|marz|gen|mag|giu|lug|set|ott|out|fev|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|setiembre|octubre|noviembre|diciembre"
    # Haitian Creole (janvye … desanm); the others start as above
    r"|mas|me|jen|jiy|desanm"
    # Somali (Janaayo, Febraayo, Abriil, Agoosto and Oktoobar start as above)
    r"|maarso|maajo|juun|luulyo|sebtembar|nofembar|desembar"
    # Tagalog (Enero, Marso, Abril, Mayo, Agosto, Setyembre and Oktubre start as above)
    r"|pebrero|hunyo|hulyo|nobyembre|disyembre"
    # round 14: Swahili and Krio (Januari, Aprili, Julai, Septemba … start as above), Kinyarwanda
    r"|machi|mach|epril|ogos|desemba|disemba"
    r"|mutarama|gashyantare|werurwe|mata|gicurasi|kamena|nyakanga|kanama|nzeri|ukwakira|ugushyingo|ukuboza"
    # round 19: Polish (the genitive a date is written in, "4 października 1968"; Polish letters folded),
    # Romanian, Dutch and Indonesian "mei", Nordic "maj", Turkish (the others start as above)
    r"|stycz|lut|kwie|maj|czerw|lipc|lipiec|sierp|wrzes|pazdz|listopad|grud"
    r"|ianuarie|iunie|iulie|noiembrie|mei|ocak|subat|nisan|haziran|temmuz|agustos|eylul|ekim|kasim|aralik"
    # round 23: Indonesian and Malay "Agustus", "Desember", "Disember" (the others start as above)
    r"|agust|desem|disem"
    r")[a-z]*\.?"
)
# "di" joins day, month and year in Italian and Cape Verdean Creole ("8 di Maiu 1991")
_OF = r"(?:[ \t]+(?i:de|del|di|of|ng)[ \t]+|[ \t]*[-/.][ \t]*|[ \t]+|)"
# Months of the calendars that Afghan, Iranian, Arab and Ethiopian documents date births in, in Latin letters
# (Tazkira, shenasnameh, kebele ID): the Solar Hijri year runs 13xx-14xx, the lunar Hijri 13xx-14xx, the
# Ethiopian about eight years behind the Gregorian (19xx-20xx). "1 Hamal 1366", "Meskerem 12, 1975".
_CALENDAR_MONTH = (
    r"(?i:hamal|sawr|saur|sour|jawza|jauza|jowza|saratan|sartan|asad|sunbula|sonbola|sombola|mizan|aqrab|akrab"
    r"|qaws|qaus|jadi|jaddi|dalw|dalv|hut|hoot"
    r"|farvardin|ordibehesht|khordad|tir|mordad|amordad|shahrivar|mehr|aban|azar|dey|dei|bahman|esfand"
    r"|muharram|safar|rabi[ '-]?(?:al|ul|el)[ -]?(?:awwal|awal|thani|akhir)|jumad[ai][ '-]?(?:al|ul|el)[ -]?"
    r"(?:ula|awwal|ukhra|thani|akhir)|rajab|sha'?ban|rama[dz]an|shawwal|dhu[ '-]?al[ '-]?(?:qa'?dah|qi'?dah|hijjah)"
    r"|meskerem|tikimt|tekemt|hidar|hedar|tahsas|tahesas|yekatit|megabit|miyazya|miazia|ginbot|genbot|sene|hamle"
    r"|nehase|nehasse|pagume|pagumen)"
)
_CALENDAR_YEAR = r"(?:1[34]\d\d|19\d\d|20[0-2]\d)"
# Round 23. Nepal's Bikram Sambat months in Latin letters ("9 Baisakh 2052 B.S."): the year runs about 57 years
# ahead of the Gregorian (20xx for anyone born since 1943), perhaps marked B.S. or V.S.
_BS_MONTH = (
    r"(?i:baisakh|baishakh|baishak|vaisakh|vaishakh|jestha|jeshtha|jeth|asar|asadh|ashadh|ashar|shrawan|shravan"
    r"|saun|sawan|bhadra|bhadau|asoj|ashwin|aswin|kartik|kattik|mangsir|marga|poush|paush|pous|push|magh"
    r"|falgun|phalgun|phagun|chaitra|chait|chaita)"
)
_BS_YEAR = r"(?:19[89]\d|20\d\d)(?:[ \t]*(?i:B\.?[ \t]?S\.?|V\.?[ \t]?S\.?)(?![a-z]))?"
# Month names in other scripts, as birth certificates and affidavits write them: Russian (either case form),
# Hindi, Urdu, Persian and Dari (Solar Hijri), Amharic (Ethiopian). Digits may be the script's own (۱۳۶۲).
_SCRIPT_MONTH = (
    r"(?i:(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]{0,2}"
    r"|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
    r"|جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر"
    r"|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
    r"|حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت"
    # Arabic (Egyptian and Gulf names, and the Levantine and Iraqi ones), Pashto
    r"|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
    r"|كانون[ \t]+الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين[ \t]+الأول"
    r"|تشرين[ \t]+الاول|تشرين[ \t]+الثاني|كانون[ \t]+الأول|كانون[ \t]+الاول"
    r"|جنوري|فبروري|مارچ|اپرېل|اپریل|می|جون|جولای|اګست|اگست|سپتمبر|اکتوبر|نومبر|دسمبر"
    r"|መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ሃምሌ|ነሐሴ|ነሃሴ|ጳጉሜን?"
    # round 14: Ukrainian (the genitive a date is written in), Thai (names and abbreviations)
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
    r"|ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
    # round 23: Khmer (the digits may be Khmer too: "១៥ មិថុនា ១៩៨៨"), Tamil (the Gregorian months as Tamil writes
    # them, and the Tamil calendar's own, Chithirai to Panguni)
    r"|មករា|កុម្ភៈ|កុម្ភះ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ"
    r"|ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|ஆகஸ்டு|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்"
    r"|சித்திரை|வைகாசி|ஆனி|ஆடி|ஆவணி|புரட்டாசி|ஐப்பசி|கார்த்திகை|மார்கழி|தை|மாசி|பங்குனி)"
)
# Round 23. A number to 31 in kanji (三, 十二, 二十六, 三十一), as Japanese and Chinese letters write a date
_KANJI_NUMBER = r"(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|[〇零一二三四五六七八九]{2})"
_KANJI_DATE = (
    rf"(?:(?:明治|大正|昭和|平成|令和|民國|民国)[ \t]*(?:{_KANJI_NUMBER}|元)|[〇零一二三四五六七八九]{{4}})[ \t]*年"
    rf"[ \t]*{_KANJI_NUMBER}[ \t]*月[ \t]*{_KANJI_NUMBER}[ \t]*日"
)
# Round 23. Hmong months, "the month one", "the month twelve": Lub Ib Hlis … Lub Kaum Ob Hlis (or the digits)
_HMONG_MONTH = (
    r"(?i:(?:lub[ \t]+)?(?:ib|ob|peb|plaub|tsib|rau|xya|yim|cuaj|kaum(?:[ \t]+(?:ib|ob))?|\d{1,2})[ \t]+hlis)"
)
# Burmese month names (ဇန်နဝါရီ … ဒီဇင်ဘာ), as a Burmese date writes them after the year
_BURMESE_MONTH = r"(?:ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|သြဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ)"
_SCRIPT_DATE = (
    rf"\d{{1,2}}[ \t]+{_SCRIPT_MONTH}[ \t]+(?:พ\.ศ\.[ \t]*)?\d{{4}}(?:[ \t]*(?:г\.|года|р\.|року))?"
    rf"|{_SCRIPT_MONTH}[ \t]+\d{{1,2}}(?:[ \t]+ቀን)?,?[ \t]+\d{{4}}"
    # Pashto: the year, "کال د", the month, the day ("۱۹۹۱ کال د جنوري ۲")
    rf"|\d{{4}}[ \t]+کال[ \t]+د[ \t]+{_SCRIPT_MONTH}[ \t]+\d{{1,2}}"
    # Nepali, Bikram Sambat: "२०४२ साल असार १५ (गते)"
    r"|\d{4}[ \t]*(?:साल)?[ \t]*(?:बैशाख|वैशाख|जेठ|जेष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन|कात्तिक|कार्तिक"
    r"|मंसिर|मङ्सिर|पुस|पौष|माघ|फागुन|फाल्गुन|चैत|चैत्र)[ \t]*\d{1,2}(?:[ \t]*गते)?"
    # Burmese: the year, ခုနှစ်, the month's name and လ, the day, ရက် ("၁၉၈၄ ခုနှစ် မေလ ၁၀ ရက်")
    r"|\d{4}[ \t]*ခုနှစ်[ \t]*[\u1000-\u104f]{1,16}?လ[ \t]*\d{1,2}[ \t]*ရက်"
    rf"|\d{{4}}[ \t]*(?:ခုနှစ်)?[ \t]*{_BURMESE_MONTH}(?:လ)?[ \t]*\d{{1,2}}(?:[ \t]*ရက်)?"
    # a Japanese era year: 平成3年4月15日, 昭和元年
    r"|(?:明治|大正|昭和|平成|令和)[ \t]*(?:\d{1,2}|元)[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    # round 18: a Republic of China (Minguo) year, as Taiwan's documents write it: 民國80年11月9日 (1991)
    r"|(?:民國|民国)[ \t]*\d{1,3}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    # round 23: the same in kanji numerals, as a letter writes them: 昭和二十六年三月八日, 一九五一年三月八日
    rf"|{_KANJI_DATE}"
    # round 23: Mongolian "1994 оны 3 сарын 8" (year, month, day; the month may carry its ordinal ending, the day
    # its case ending), Uyghur "1988-يىلى 4-ئاينىڭ 12-كۈنى" (year, month, day, each with its word)
    r"|\d{4}[ \t]*(?:оны|он)[ \t]+\d{1,2}(?:[ \t]*-?[ \t]*(?:[рpP]|дүгээр|дугаар))?[ \t]*(?:сарын|сар)[ \t]+\d{1,2}"
    r"(?:[ \t]*-?[ \t]*(?:ний|ны|нд|ны[ \t]+өдөр))?"
    r"|\d{4}[ \t]*-?[ \t]*يىلى[ \t]*\d{1,2}[ \t]*-?[ \t]*ئاي(?:ىنىڭ|نىڭ|ى)?[ \t]*\d{1,2}[ \t]*-?[ \t]*كۈنى"
    # round 23: Hmong, the month by its number ("1 Lub Ib Hlis 1941", "lub 3 hlis 12, 1990")
    rf"|\d{{1,2}}[ \t]+{_HMONG_MONTH},?[ \t]+\d{{4}}|{_HMONG_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
)
DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}"
    # round 17: a chat's two-digit year after the month's name ("dob as jan 5 86"), under a label only
    # round 18: or its year after an apostrophe or in parentheses ("Jan 5 '91", "Nov 22 (1988)")
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:\d{{4}}|\d{{2}}|['’]\d{{2}}|\((?:19|20)\d\d\))"
    # round 18: French "1er" (premier) for the first of a month ("né le 1er janvier 1980")
    # round 19: or Somali "da" / "ka" after the day ("21ka Maarso 1990")
    rf"|(?i:ika-?[ \t]*)?\d{{1,2}}(?:st|nd|rd|th|er|da|ka)?{_OF}{_MONTH},?{_OF}\d{{4}}"
    rf"|\d{{1,2}}-{_MONTH}-\d{{2,4}}|\d{{1,2}}{_MONTH}\d{{2,4}}"
    # Chinese and Japanese 1990年8月12日, Korean 1987년 5월 3일
    r"|\d{4}[ \t]*\u5e74[ \t]*\d{1,2}[ \t]*\u6708[ \t]*\d{1,2}[ \t]*\u65e5"
    r"|\d{4}[ \t]*\ub144[ \t]*\d{1,2}[ \t]*\uc6d4[ \t]*\d{1,2}[ \t]*\uc77c"
    # Vietnamese, accents folded: 19 tháng 7 năm 1986 is read "19 thang 7 nam 1986"
    r"|\d{1,2}[ \t]+(?i:thang)[ \t]+\d{1,2}[ \t]+(?i:nam)[ \t]+\d{4}"
    rf"|\d{{1,2}}[ \t]+{_CALENDAR_MONTH},?[ \t]+{_CALENDAR_YEAR}"
    rf"|{_CALENDAR_MONTH}[ \t]+\d{{1,2}},?[ \t]+{_CALENDAR_YEAR}|{_SCRIPT_DATE}"
    rf"|\d{{1,2}}[ \t]+{_BS_MONTH},?[ \t]+{_BS_YEAR}|{_BS_MONTH}[ \t]+\d{{1,2}},?[ \t]+{_BS_YEAR}"
    # a form's boxes, read by OCR a digit at a time: "Day 1 7 Mo 0 4 Yr 9 5"
    r"|(?i:day|dd)[ \t]*[:.]?[ \t]*\d[ \t]?\d[ \t]+(?i:mo|mon|month|mm)[ \t]*[:.]?[ \t]*\d[ \t]?\d[ \t]+"
    r"(?i:yr|year|yy|yyyy)[ \t]*[:.]?[ \t]*\d[ \t]?\d(?:[ \t]?\d[ \t]?\d)?)"
)
# round 21: OCR reads the label's O as a zero too ("DATE 0F B1RTH")
# round 24: and a scanned form's OCR splits "birth" with a stray space ("Date of  Bir th", "Date of Bi rth")
_LABEL = (
    r"(?:D[O0]B|D\.O\.B\.?|date[ \t_-]+[o0]f[ \t_-]+b ?[i1] ?r ?t ?h(?![a-z])"
    r"|b[i1]rth[ \t_-]*date|born(?:[ \t]+on)?|b\.|birthday|b-?day"
    r"|naci(?:o|da|do)?(?:[ \t]+el)?|fecha[ \t]+de[ \t]+nacimiento|nee?[ \t]+le|date[ \t]+de[ \t]+naissance"
    r"|geboren(?:[ \t]+am)?|geburtsdatum|geb\.(?=[ \t]+\d)"
    # round 18: German "Geburtstag" and "geb. am"; Spanish "F. Nac." (fecha de nacimiento); French "date et lieu de
    # naissance" (the date comes first); Portuguese "data (de) nascimento" as a form's label writes it
    r"|geburtstag|geb\.[ \t]+am(?=[ \t]+\d)|f\.[ \t]?nac\.?(?![a-z])|date[ \t]+et[ \t]+lieu[ \t]+de[ \t]+naissance"
    r"|data[ \t]+nascimento"
    # (round 28b: "nascida a 4 de outubro de 1955", the date after "a", "no", "na", "aos")
    r"|sinh[ \t]+ngay|ngay[ \t]+sinh|data[ \t]+de[ \t]+nascimento|nascid[oa](?:[ \t]+(?:em|a|no|na|aos))?"
    r"|data[ \t]+di[ \t]+nascita"
    r"|nat[oa][ \t]+il|fet"
    # round 4 (accents are folded before detection): Haitian Creole, Polish, Nordic, Dutch, Finnish, Turkish,
    # Indonesian, Tagalog, Somali, and Arabic written in Latin letters
    r"|dat[ \t]+(?:de[ \t]+)?nesans|data[ \t]+urodzenia|urodzon[ya](?:[ \t]+dnia)?|fodelsedatum|fodselsdato"
    r"|geboortedatum|geboren[ \t]+op|syntymaaika|dogum[ \t]+tarihi(?:m|n|niz|miz)?|tanggal[ \t]+lahir"
    r"|petsa[ \t]+ng[ \t]+kapanganakan"
    # round 21: Swedish "född" / "föddes" (was born), a day's digits right after it
    r"|fodd(?:es|e)?(?=[ \t]+(?:den[ \t]+)?\d)"
    r"|taariikhda[ \t]+dhalashada|ta?arikh[ \t-]+al[ \t-]*milad"
    # Arabic, Chinese, Korean: تاريخ الميلاد, 出生日期 / 生日, 생년월일
    r"|\u062a\u0627\u0631\u064a\u062e[ \t]+\u0627\u0644\u0645\u064a\u0644\u0627\u062f"
    # round 15: the Arabic label with its owner's suffix (تاريخ ميلادها "her date of birth", ميلادي, ميلاده, ميلادك)
    # and with the other word for birth (تاريخ الولادة, ولادتي)
    r"|تاريخ[ \t]+ميلاد(?:ي|ه|ها|ك|كم)|تاريخ[ \t]+(?:ال)?ولاد[ةت](?:ي|ه|ها|ك)?"
    r"|\u51fa\u751f\u65e5\u671f|\u751f\u65e5|\uc0dd\ub144\uc6d4\uc77c(?:\uc740|\ub294)?"
    # Japanese, Russian, Persian, Urdu, Hindi, Amharic and Somali: 生年月日, дата рождения / родился, متولد /
    # تاریخ تولد, تاریخ پیدائش, जन्म तिथि / जन्म, የትውልድ ቀን, (waxaan) dhashay
    r"|生年月日|дата[ \t]+рождения|д\.[ \t]?р\.|родил(?:ся|ась)|متولد|تاریخ[ \t]+تولد|تاریخ[ \t]+پیدائش"
    r"|जन्म(?:[ \t]*(?:तिथि|तारीख|दिनांक))?|የትውልድ[ \t]+ቀን|dhashay|dhalasho"
    # Swahili: "nilizaliwa (tarehe) …" (I was born on), "alizaliwa", "tarehe ya kuzaliwa" (date of birth)
    r"|(?:ni|a|u|tu|m|wa)lizaliwa(?:[ \t]+tarehe)?|tarehe[ \t]+ya[ \t]+kuzaliwa"
    # round 13: Tagalog "ipinanganak (noong)", Arabic "(من) مواليد" / "ولدت (في)", Pashto "د زوکړې نېټه", Nepali
    # "जन्म मिति", Amharic "የተወለድኩት" / "የተወለደው" / "የተወለደችው", Burmese "မွေးနေ့" / "မွေးသက္ကရာဇ်"
    r"|ipinanganak(?:[ \t]+(?:noong|sa|ako))?|(?:من[ \t]+)?مواليد|(?:ولدت|ولد|وُلدت|وُلد)(?:[ \t]+(?:في|بتاريخ))?"
    r"|د[ \t]+زوکړې[ \t]+نېټه|د[ \t]+ز[ېیي]ږ[ېیي]د[وه][ \t]+ن[ېیي]ټه|जन्म[ \t]+मिति|የተወለድኩት|የተወለደው|የተወለደችው|ተወለድኩ"
    r"|မွေးနေ့|မွေးသက္ကရာဇ်"
    # round 14: "(his) birth on", Ukrainian "дата народження" / "народився", Mongolian "төрсөн огноо", Tigrinya
    # "ዕለተ ልደት(ተይ)", Thai "เกิดวันที่" / "วันเกิด", Kinyarwanda "navutse (ku wa)", Krio "bin bon", Portuguese and
    # Cape Verdean "nasci" / "nasceu"
    r"|birth(?=[ \t]+on[ \t])|дата[ \t]+народження|д\.[ \t]?н\.|народи(?:вся|лася|лась)"
    r"|төрсөн(?:[ \t]+(?:огноо|он[ \t]+сар[ \t]+өдөр))?"
    r"|ዕለ[ተት][ \t]+ልደ[\u1200-\u137f]{1,3}"
    r"|เกิด(?:เมื่อ)?(?:วันที่)?|วันเกิด|วัน[ \t/]*เดือน[ \t/]*ปี[ \t]*เกิด"
    r"|(?:na|ya|wa|ba)vutse(?:[ \t]+ku[ \t]+(?:wa|itariki))?|itariki[ \t]+y['’ ]?amavuko"
    r"|bin[ \t]+bon|nasc(?:i|eu|eram)(?:[ \t]+(?:em|na|a))?"
    # round 19: Romanian "data nașterii", "născut(ă) (la / pe)" (accents folded)
    r"|data[ \t]+nasterii|nascut[a]?(?:[ \t]+(?:la|pe))?"
    # round 17: Amharic "የትውልድ ቀኔ" (my birth day, the label with its owner's ending), Tigrinya "ዝተወለድኩሉ ዕለት"
    # (the day I was born on), Bengali "জন্ম তারিখ", Nepali in Latin letters "janma miti"
    r"|የትውልድ[ \t]+ቀ[\u1200-\u137f]|ዝተወለድ[\u1200-\u137f]{0,3}(?:[ \t]+ዕለ[ተት])?"
    # (round 26: and Hindi in Latin letters, "janm tithi")
    r"|জন্ম(?:[ \t]*(?:তারিখ|দিন))?|janma?[ \t]+(?:miti|tithi)"
    # round 23: Indonesian and Malay "lahir (pada tanggal)" (born), "tarikh lahir"; Khmer "ថ្ងៃខែឆ្នាំកំណើត" (date of
    # birth) and "កើត(ថ្ងៃ)" (born on); Tamil "பிறந்த தேதி / நாள்" (birth date), "பிறப்பு"; Hmong "yug (hnub)"
    # (born), "hnub yug" (birthday); Uyghur "تۇغۇلغان ۋاقتى / چېسلاسى" (date of birth)
    r"|lahir(?:[ \t]+(?:pada|tanggal|tgl\.?|tarikh)){0,2}|tarikh[ \t]+lahir"
    r"|ថ្ងៃ(?:ខែ)?(?:ឆ្នាំ)?កំណើត|កើត(?:ថ្ងៃ|នៅថ្ងៃ)?"
    r"|பிறந்த(?:[ \t]+(?:தேதி|நாள்|திகதி))?|பிறப்பு(?:[ \t]+(?:தேதி|திகதி))?"
    r"|yug(?:[ \t]+(?:hnub|rau))?(?=[ \t]+(?:hnub[ \t]+)?\d)|hnub[ \t]+yug"
    r"|تۇغۇلغان[ \t]+(?:ۋاقتى|ۋاقتی|چېسلاسى|كۈنى)"
    # round 25 (accents folded): Albanian "ditëlindja" (birthday), "datëlindja" / "data e lindjes" (date of birth),
    # "i/e lindur më" (born on); Bosnian, Croatian and Serbian "datum rođenja", "rođen(a)"; Czech and Slovak
    # "datum narození / narodenia", "narozen(a)", "narodený/á"; Hungarian "születési dátum", "született"; Greek
    # "ημερομηνία γέννησης" (folded or not)
    r"|dit[eë]lindj(?:a|en|e)|dat[eë]lindj(?:a|en|e)|data[ \t]+e[ \t]+lindjes|(?:i|e)[ \t]+lindur(?:[ \t]+m[eë])?"
    r"|datum[ \t]+ro(?:d|dj|đ)enja|ro(?:d|dj|đ)en[a]?(?=[ \t]+\d)|datum[ \t]+narozeni|datum[ \t]+narodenia"
    r"|narozen[a]?(?=[ \t]+\d)|narodeny|narodena|szuletesi[ \t]+(?:datum|ido)|szuletett"
    r"|ημερομηνια[ \t]+γεννησης|ημερομηνία[ \t]+γέννησης)"
)
# Between the label and the date: a few words then a verb or colon ("DOB listed as", "date of birth on the
# license:", "ngay sinh cua em la"), a parenthesis, or a question answered on the next line of a transcript
# ("Date of birth?⏎Caller: July 4, 1982").
# A verb that says the date is the one labelled: "DOB matches 22 Jan 1985", "date of birth reads …". A label
# closing a chat line, answered by a message that is only a date ("send his DOB⏎[8:21 PM] Ngozi: June 4, 1984").
_GAP = (
    r"(?:(?:[ \t]+[^\W\d]{1,12}){0,5}?[ \t]+(?:as|is|was|la|es|est|ist|se|to|waa|ay|er|ar|on):?"
    # round 18: the words may end in a number ("DOB per Section 1: …")
    # round 25: five words ("Ditëlindja ime në profil shfaqet gabim: …", my birthday on the profile shows wrong)
    r"|(?:[ \t]+[^\W\d]{1,12}){1,5}?(?:[ \t]+\d{1,3})?[ \t]*:"
    # round 25: a document that "says" or "lists" it ("Makwa's DOB on the draft says 09/21/2018")
    r"|(?:[ \t]+[^\W\d]{1,12}){0,3}?[ \t]+(?:matches|matched|reads|read|shows|showed|confirmed|verified|listed"
    r"|says|said|lists|states|stated|has|had|appears[ \t]+as|came[ \t]+(?:back|out)[ \t]+as)"
    # round 18: a verb of filling the field in ("DOB field, do I write 19 October 1979 …")
    r"|(?:,?[ \t]+[^\W\d]{1,12}){0,3}?,?[ \t]+(?:write|wrote|enter|entered|put|type|typed)"
    # round 19: or the date alone at the start of the next line, the label closing its line ("nee le⏎14 juin …")
    r"|[ \t]*\r?\n(?=[ \t]*\d)"
    r"|[ \t]*\?[ \t]*\r?\n[^\n:]{1,24}:|[ \t]*[?.!]?[ \t]*\r?\n[^\n]{0,60}?:[ \t]+(?=[^\n]{6,24}$)|[ \t]*\()?"
)
_LABEL_AND_GAP = (
    # round 17: or a form's dot leaders ("Ngày sinh ......... 14/02/1987")
    rf"(?i:\b{_LABEL}[\"']?{_GAP}[ \t]*(?:\((?:mm/dd/yyyy|yyyy-mm-dd|[A-Z.]{{2,6}})\))?[ \t]*"
    r"(?::|：|-|is|was|=|は|が|\.{2,40}+)?"
    r"[ \t]*[\"']?)"
)
_LABELLED = rf"{_LABEL_AND_GAP}{DATE}(?!\d)"
# Round 25. A calendar's era after a date ("1989 E.C.", "1404 AP", "1445 AH", "2081 B.S.") and the words that say
# an aside restates it in another calendar
_ERA_MARK = r"(?:(?:[A-Z]\.){1,2}|A\.?[PH]\.?|B\.?[ES]\.?|E\.?C\.?|G\.?C\.?|S\.?H\.?)"
_CALENDAR_WORD = r"(?i:calendar|gregorian|western|hijri|jalali|solar|lunar|equivalent|converted|i\.e\.|G\.?C\.?)"
# Round 25. A scanned form's date as OCR reads it: a stray space inside a number, a letter O for a zero ("O3/18/1966",
# "0 4/ 1 7/19 8 2", "O6 / 1 2 / 2 0 0 8"); keep() reads it back and takes only a real date
_OCR_DIGIT = r"[0-9Oo]"
_OCR_DATE = (
    rf"{_OCR_DIGIT}(?:[ ]?{_OCR_DIGIT})?[ \t]*[/.-][ \t]*{_OCR_DIGIT}(?:[ ]?{_OCR_DIGIT})?[ \t]*[/.-][ \t]*"
    rf"{_OCR_DIGIT}(?:[ ]?{_OCR_DIGIT}){{1,3}}(?![ ]?[0-9Oo/.-]?[0-9])"
)
# Round 25. A birth month and year without the day ("claims actual DOB March 1977", "DOB: Sept. 1988")
_MONTH_YEAR = rf"(?i:{_MONTH}),?[ \t]+(?:19|20)\d\d(?![\d/.-]\d)"
# Round 28. A variable or field of code, a flow or a log whose name ends in the label, glued to the words before it
# in camel case or with underscores ("varClientDOB|1991-02-17", "applicant_dob = '1990-03-04'", "clientBirthDate:
# 1971-05-30"), its value after a bar, an equals sign, a colon or a tab
_CODE_LABEL = (
    r"(?<![\w.])[A-Za-z][A-Za-z0-9]{0,30}(?:(?<=[a-z0-9])(?:DOB|Dob|BirthDate|Birthdate|DateOfBirth)"
    r"|_(?i:dob|birth_?date|date_of_birth))(?:__c)?[\"']?[ \t]*[|=:\t][ \t]*[\"']?"
)
# Round 28. The dates software puts where none is known, the Unix epoch and the first day of 1900 ("1970-01-01",
# "01/01/1900"), shown as a field's example or default just before it: a format's placeholder, nobody's birth date
_NULL_DATE = re.compile(r"(?:1970|1900)(?P<s1>[-/.])0?1(?P=s1)0?1|0?1(?P<s2>[-/.])0?1(?P=s2)(?:1970|1900)")
_SHOWN_AS_EXAMPLE = re.compile(r"(?i)\b(?:example|e\.g\.|default|placeholder|sample)\b[ \t]*[:=]?[ \t]*[\"'`]?[ \t]*$")
# Round 29. A person's age in years with a date in parentheses right after it ("I am 64 (5/2/1961)", "aged 37 (born
# 14.03.1989)"): the date is the birth date when its year is the age's (keep() checks)
_AGE_THEN_DATE = (
    r"(?i:\b(?:i[ \t]+am|i'm|im|aged?|age[ \t]*:|is|was)[ \t]+)\d{1,3}(?i:[ \t]*(?:years?[ \t]+old|yrs?\.?|y/?o))?"
    r"[ \t]*\([ \t]*(?i:(?:born|b\.|dob)[ \t]*:?[ \t]*)?"
)
_AGE_BEFORE = re.compile(r"(\d{1,3})\D{1,40}$")
PATTERNS = [
    Pattern("labelled date of birth", _LABELLED, 0.85),
    Pattern("labelled age then date of birth", rf"{_AGE_THEN_DATE}(?P<value>{DATE})(?!\d)[ \t]*\)", 0.85),
    Pattern("labelled date of birth in a code field", rf"{_CODE_LABEL}(?P<value>{DATE})(?!\d)", 0.85),
    # (round 25: scored under the plain pattern, so that a plain match inside one of these is never dropped for it)
    Pattern("labelled OCR date of birth", rf"{_LABEL_AND_GAP}(?P<value>{_OCR_DATE})", 0.84),
    Pattern("labelled month and year of birth", rf"{_LABEL_AND_GAP}(?P<value>{_MONTH_YEAR})", 0.84),
    # a birth year only estimated, as a person without documents states it: "born approximately 1995" (round 18:
    # and history's, "born around 1822", which tells the filters the text is about people of the past)
    Pattern(
        "labelled approximate birth year",
        r"(?i:\b(?:born|b\.)[ \t]+(?:in[ \t]+)?"
        r"(?P<value>(?:approximately|approx\.?|around|about|circa|roughly|c\.|ca\.)[ \t]*(?:1[5-9]|20)\d\d))(?!\d)",
        0.85,
    ),
    # the same birth date restated in another calendar, in parentheses: "DOB 1983/06/21 (Iranian calendar
    # 1362/03/31)", "የትውልድ ቀን: ጥር 12 ቀን 1985 (Jan 20, 1993 GC)"; keep() checks the labelled date before it
    Pattern(
        "labelled date of birth restated",
        rf"(?<=\d[ \t]*)\((?:[^\W\d()]{{1,12}}[ \t]+){{0,3}}(?P<value>{DATE})(?!\d)",
        0.85,
    ),
    # round 25: after the first date's era ("Tir 12, 1989 E.C. (…)", "1404 AP (…)"), and in a longer aside that
    # names the other calendar ("(Ethiopian calendar on her school document; Gregorian 20 January 1997)")
    Pattern(
        "labelled date of birth restated after its era",
        rf"(?<=\d[ \t]*{_ERA_MARK}[ \t]*)\((?=[^()\n]{{0,80}}{_CALENDAR_WORD})(?:[^\W\d()]{{1,14}}[ \t;,:]+){{0,9}}"
        rf"(?P<value>{DATE})(?!\d)",
        0.85,
    ),
    # round 18: a date of birth with no separators, as a record or a system writes it, under its label:
    # "DOB 19720430", "DOB/19850312", "Date of birth 06 03 1992" (keep() checks it is a date)
    Pattern(
        "labelled compact date of birth",
        # round 24: a word or two in parentheses after the label ("DOB (Excel) …")
        rf"(?i:\b{_LABEL}[\"']?{_GAP}[ \t]*(?:\((?:[^\W\d]{{1,12}}[ \t]*){{1,3}}\))?[ \t]*(?::|：|-|/|is|was|=)?"
        r"[ \t]*[\"']?)"
        # round 24: or five digits, a date of birth a spreadsheet turned into its serial number, the days since 1900
        # ("DOB (Excel) 33412", "dob came out as 35027"): keep() takes it in a text about a spreadsheet, in a living
        # person's years (every date since 1927 has five digits; four after the label are a birth year)
        r"(?P<value>\d{8}|\d\d[ \t]\d\d[ \t](?:19|20)\d\d|\d{5})(?![\d/.-])",
        0.85,
    ),
    # round 18: a birth year alone, as a roster or a report gives it ("b. 1977", "born 1969"); keep() takes only a
    # year a person alive now can have been born in. Not prose's "born in 1931" (a plaque, a biography), nor a
    # cohort ("anyone born 1970 or later", "those born 1946-1964")
    Pattern(
        "labelled birth year",
        r"(?i:(?<!\b(?:anyone|everyone|those|people|persons|individuals|employees|children|workers|who|whoever)"
        r"[ \t]+)(?<![(\w])(?:born|b\.)[ \t]+)(?P<value>(?:19|20)\d\d)"
        r"(?![\d/.-]\d|[ \t]*[-–][ \t]*\d"
        r"|(?i:[ \t]+(?:or|and)[ \t]+(?:later|earlier|after|before|since)|[ \t]+onwards?))",
        0.85,
    ),
    # round 18: a genealogy file (GEDCOM): the DATE line of a BIRT record, a year alone or qualified
    # ("1 BIRT⏎2 DATE 14 MAR 1931", "2 DATE ABT 1929"); not the DEAT or MARR record's date
    Pattern(
        "labelled GEDCOM birth date",
        r"^[ \t]*1[ \t]+BIRT\b[^\n]*\r?\n(?:[ \t]*[2-9][ \t]+(?!DATE\b)[^\n]*\r?\n){0,6}?[ \t]*2[ \t]+DATE[ \t]+"
        r"(?P<value>(?:(?:ABT|BEF|AFT|EST|CAL|INT)\.?[ \t]+)?(?:\d{1,2}[ \t]+)?(?:[A-Z]{3}[ \t]+)?\d{4})\b",
        0.85,
    ),
    # round 28b: airline passenger data, where a field's place says it is the birth date: a PNR's SSR DOCS line
    # (document type/issuer/number/nationality/birth date/sex/expiry/names: "SSR DOCS XX HK1 P/GBR/…/…/04JUN79/F/…"),
    # and a PAXLST (UN/EDIFACT) message's DTM segment with qualifier 329, date of birth ("DTM+329:790604'")
    Pattern(
        "labelled PNR DOCS birth date",
        r"\bDOCS\b[^\n]{0,40}?(?<![A-Z0-9])[A-Z]{1,2}/[A-Z]{0,3}/[A-Z0-9]{0,20}/[A-Z]{0,3}/"
        r"(?P<value>\d{2}[A-Z]{3}\d{2}(?:\d{2})?)/[MFUX]?(?:I)?/",
        0.85,
    ),
    Pattern(
        "labelled PAXLST birth date",
        r"\bDTM\+329:(?P<value>\d{6}(?:\d{2})?)(?=(?::\d{3})?['\n\r]|$)",
        0.85,
    ),
    # round 18: an HL7 v2 message's PID segment: its seventh field is the patient's date of birth, YYYYMMDD and
    # perhaps a time ("PID|1||MRN…||DOE^JANE||19900518|F|…")
    Pattern(
        "labelled HL7 birth date",
        r"(?:^|(?<=\r))PID\|(?:[^|\r\n]*\|){6}(?P<value>(?:19|20)\d{6})(?=(?:\d{2}){0,3}(?:[.+-]\d+)?(?:[|^\r\n]|$))",
        0.85,
    ),
]
# Round 15. Languages that put the verb last say "was born" after the date: Persian and Dari "در تاریخ 1364/07/03
# در مزار شریف به دنیا آمدم" (on … in Mazar-i-Sharif I was born; the digits in the script's own), "… متولد شدم",
# Urdu "… کو پیدا ہوا", Hindi "… को पैदा हुआ",
# Turkish "… tarihinde doğdum" (read "dogdum"), Japanese "1990年4月5日生まれ", Korean "… 에 태어났다" / "… 출생"
_BORN_AFTER = (
    r"(?:به[ \t]+دنیا[ \t]+(?:آمد|اومد)|متولد[ \t]+(?:شد|شده)|پیدا[ \t]+(?:ہو|ہوئ)|पैदा[ \t]+(?:हु|हो)"
    r"|(?i:dogdu|dogmus|dunyaya[ \t]+geld)|生まれ|에?[ \t]*태어났|출생"
    # round 23: Uyghur "تۇغۇلغان" / "تۇغۇلدۇم" (was born), Mongolian "төрсөн" after the date
    r"|تۇغۇلغان|تۇغۇلدۇم|تۇغۇلدى|төрсөн"
    # round 25: Ukrainian "р.н." (року народження, year of birth) and Russian "г.р." (года рождения) after the date
    # ("Кравчук, 14.09.1987 р.н.")
    # (normalize.py reads a Cyrillic "р" among Latin digits as a Latin "p")
    r"|[рp]\.[ \t]?н\.|г\.[ \t]?[рp]\.)"
)
CONTEXT: list[str] = []
_LABEL_ON_LINE = re.compile(rf"(?i:\b{_LABEL})")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LABELLED_BEFORE = regex.compile(rf"{_LABELLED}[ \t]*(?:{_ERA_MARK}[ \t]*)?$", regex.MULTILINE)
MAX_AGE_YEARS = 110
# Round 18. A file the text calls a sample or an example (a genealogy program's tutorial file, an HL7 sample
# message): its records are nobody's
SAMPLE_FILE = re.compile(
    r"(?i)\b(?:sample|example|demo|tutorial|specimen|dummy)[ \t]+(?:gedcom|hl7|file|data|records?|messages?)\b"
    r"|\b(?:gedcom|hl7)[ \t]+(?:sample|example|demo)\b"
)


# Round 24. A spreadsheet's serial date: day 1 is 1900-01-01, and 1900 counts a 29 February it had not, so the
# days run from 1899-12-30 for every date after February 1900
_SERIAL_EPOCH = datetime.date(1899, 12, 30)
MIN_AGE_YEARS = 14
SPREADSHEET_WORDS = re.compile(r"(?i)\b(?:excel|spreadsheet|xlsx?|csv|serial|google[ \t]+sheets|numbers?[ \t]+format)")


def serial_birth_date(value: str) -> bool:
    """Whether a spreadsheet's serial number (``33412``, ``35027.0``) is a date a living adult or child was born
    on: at least ``MIN_AGE_YEARS`` back, at most ``MAX_AGE_YEARS``."""
    digits = value.split(".", 1)[0].strip()
    if not digits.isdigit() or not 4 <= len(digits) <= 5:
        return False
    born = _SERIAL_EPOCH + datetime.timedelta(days=int(digits))
    today = datetime.date.today()
    return today.year - MAX_AGE_YEARS <= born.year <= today.year - MIN_AGE_YEARS


def _digits_a_birth_date(value: str) -> bool:
    """Whether 8 digits (perhaps in pairs set apart: "06 03 1992") are a date of birth: YYYYMMDD, or a day and a
    month either way round before the year (MMDDYYYY, DDMMYYYY), in the years a living person was born."""
    digits = "".join(value.split())
    if not digits.isdigit() or len(digits) != 8:
        return False
    today = datetime.date.today()
    readings = [(digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[:2], digits[2:4])]
    readings.append((digits[4:], digits[2:4], digits[:2]))
    for y, m, d in readings:
        try:
            born = datetime.date(int(y), int(m), int(d))
        except ValueError:
            continue
        if today.year - MAX_AGE_YEARS <= born.year and born <= today:
            return True
    return False


def ocr_birth_date(value: str) -> bool:
    """Whether an OCR'd date ("O3/18/1966", "0 4/ 1 7/19 8 2") read back (spaces out, O for zero) is a date a
    living person was born on; a date written plainly is the other patterns' (not found twice)."""
    if " " not in value and "o" not in value.lower():
        return False
    parts = re.split(r"[ \t]*[/.-][ \t]*", value.strip().replace(" ", "").replace("O", "0").replace("o", "0"))
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) not in (2, 4):
        return False
    a, b, y = (int(p) for p in parts)
    today = datetime.date.today()
    if len(parts[2]) == 2:
        y += 1900 if y > today.year % 100 else 2000
    for month, day in ((a, b), (b, a)):
        try:
            born = datetime.date(y, month, day)
        except ValueError:
            continue
        if today.year - MAX_AGE_YEARS <= born.year and born <= today:
            return True
    return False


# The patterns that open with the label (a hundred spellings, no common word): on an ASCII text, tried only where a
# word begins as a label can (anchored.py; the beginnings are read off the pattern, word_prefixes)
ANCHORED = frozenset(
    {
        "labelled date of birth",
        "labelled compact date of birth",
        "labelled OCR date of birth",
        "labelled month and year of birth",
    }
)


class DateOfBirthRecognizer(LabelledValueRecognizer):
    VALUE = re.compile(DATE + "$", re.IGNORECASE)

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=PATTERNS,
            context=CONTEXT,
            name="DateOfBirthRecognizer",
            global_regex_flags=re.MULTILINE,
        )
        self._anchored: tuple[list[Any], list[tuple[Pattern, Any, RequiredText | None]]] | None = None

    def _pattern_plan(self, flags: int) -> list[tuple[Pattern, Any, RequiredText | None]]:
        """The base's plan, the patterns of ``ANCHORED`` tried at a label's possible beginnings (same matches)."""
        steps = super()._pattern_plan(flags)
        if self._anchored is None or self._anchored[0] is not steps:
            anchored = []
            for pattern, compiled, required in steps:
                prefixes = word_prefixes(pattern.regex, flags) if pattern.name in ANCHORED else None
                if prefixes is not None:
                    compiled = AnchoredRegex(
                        compiled, Anchor(folded_word=prefixes, ascii_only=True), 0, word_start=True
                    )
                anchored.append((pattern, compiled, required))
            self._anchored = (steps, anchored)
        return self._anchored[1]

    def keep(self, text: str, result: RecognizerResult, pattern_name: str) -> bool:
        value = text[result.start : result.end]
        if _NULL_DATE.fullmatch(value) and _SHOWN_AS_EXAMPLE.search(text, max(0, result.start - 40), result.start):
            return False  # round 28: "dateOfBirth (ISO 8601). Example: 1970-01-01", a format's placeholder
        if pattern_name == "labelled compact date of birth" and len(value) == 5:
            return serial_birth_date(value) and SPREADSHEET_WORDS.search(text) is not None
        if pattern_name in ("labelled compact date of birth", "labelled HL7 birth date"):
            return _digits_a_birth_date(value)
        if pattern_name == "labelled GEDCOM birth date":
            return SAMPLE_FILE.search(text) is None  # an ancestor's, however old, unless the file is a sample
        if pattern_name == "labelled birth year":
            born = int(value[-4:])
            return datetime.date.today().year - MAX_AGE_YEARS <= born <= datetime.date.today().year
        if pattern_name == "labelled OCR date of birth":
            return ocr_birth_date(value)
        if pattern_name == "labelled month and year of birth":
            born = int(value[-4:])
            return datetime.date.today().year - MAX_AGE_YEARS <= born < datetime.date.today().year
        if pattern_name == "labelled age then date of birth":
            return _of_the_age_before(text, result.start, value)
        line_start = text.rfind("\n", 0, result.start) + 1
        if pattern_name in ("labelled date of birth restated", "labelled date of birth restated after its era"):
            year = _YEAR.search(value)
            if year is not None and int(year.group(0)) == datetime.date.today().year:
                return False  # round 25: "DOB 1/2/1990 (form updated 11/30/2026)": this year's date is the form's
            paren = text.rfind("(", line_start, result.start)
            return paren >= 0 and _LABELLED_BEFORE.search(text, line_start, paren) is not None
        if _LABEL_ON_LINE.search(text, line_start, result.start) is not None:
            return True
        # the label stood on an earlier line ("send his DOB⏎Ngozi: June 4, 1984"): a date of this year or later
        # answers something else ("Fields: name, DOB⏎Updated: 11/30/2026")
        year = _YEAR.search(text, result.start, result.end)
        return year is None or int(year.group(0)) < datetime.date.today().year


# The verb is matched, not looked ahead for: the recognizer runs only on a text that has one (pattern_gate.py).
_BEFORE_VERB = [
    Pattern(
        "labelled date of birth before its verb",
        # a date written day or year first, as these languages write it (a digit where it starts: far fewer
        # places for DATE to be tried at)
        rf"(?<!\d)(?=\d)(?P<value>{DATE})(?!\d)(?:[ \t]*(?:کو|को|에|tarihinde|de|da|te|ta))?"
        r"(?:[ \t]+[^\W\d]{1,15}){0,3}?"
        rf"[ \t]*{_BORN_AFTER}",
        0.85,
    ),
    # round 23: a date in kanji numerals, "born" right after it ("昭和二十六年三月八日生まれ")
    Pattern(
        "labelled kanji date of birth before its verb",
        rf"(?P<value>{_KANJI_DATE})[ \t]*(?:に|の)?[ \t]*(?:生まれ|生|出生)",
        0.85,
    ),
]


class DateOfBirthBeforeVerbRecognizer(LabelledValueRecognizer):
    """Round 15. A birth date the verb "was born" follows (_BORN_AFTER); the finding is the date."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=_BEFORE_VERB,
            context=[],
            name="DateOfBirthBeforeVerbRecognizer",
            global_regex_flags=re.MULTILINE,
        )


def _of_the_age_before(text: str, start: int, value: str) -> bool:
    """Round 29: the date's year is the one a person of the age stated before it was born in."""
    age = _AGE_BEFORE.search(text, max(0, start - 45), start)
    year = _YEAR.search(value)
    if age is None or year is None:
        return False
    born = datetime.date.today().year - int(age.group(1))
    return born - 1 <= int(year.group(0)) <= born
