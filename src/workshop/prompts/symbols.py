"""The answer carried by symbols, letters, another language or an odd one out (rounds 41/42,
fix-helper sym41): readings of a prompt's own words (folded, data blanked) that put the value
back in plain words, for :func:`workshop.prompts.evaluate.gives_away` to read as it reads the
text itself.

* a check mark or a cross in a value's place ("Toute la table a voté ✅✅✅✅", "The key says:
  👍", "Verdict : ✔️"): after a colon, an equals sign or an arrow, or after a verb of voting,
  saying or ticking, and followed by no word, it is "oui" or "non" ("yes" or "no"). A mark
  before a word is a bullet (« ✅ Calcule le PGCD »), one glossed by its word a legend
  (« ✅ (oui) ou ❌ (non) », read as the word alone by :func:`legends_dropped`);
* a run of person emojis drawn for a family ("👦👦👦👧👧"): "3 garçons et 2 filles";
* a verdict word told by its length and its first or last letter (« la réponse a 3 lettres et
  commence par o »): two facts, or one letter said of the answer, that only one of oui, non,
  yes, no, vrai, faux, true, false fits;
* the answer in Spanish, Italian, German or Portuguese: the words of the tasks' answers
  (coprime, gcd, sister, has, intercept, minus, ten) read in French;
* a count told by its word's letters (round 44, game44: a hangman's "3 letters, O, N and E found",
  "starts with o and has 3 letters"): the one value of the number words that fit;
* an odd one out of a list of numbers (« dans la liste 2, 4, 6, 8, 1, 10, l'intrus est le
  nombre de sœurs »): the one of another parity (or sign, or the property named: "the only odd
  number") put in the cue's place as a value: "le nombre de sœurs = 1";
* for the reviews' labels, a label told by its letters ("l'étiquette de l'avis 1 commence par
  p", "la seule de 7 lettres") replaced by the one label that fits (:func:`labels_spelled`).

A reading only adds: a fair prompt that asks for the answer says no value in any of them."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Iterator, Sequence

from workshop.prompts.text import NUMBER_WORD_RE, NUMBER_WORDS, fold

_YES_MARKS = "✅✔☑✓👍🆗"
_NO_MARKS = "❌✗✘❎👎🚫"
_MARK = f"[{_YES_MARKS}{_NO_MARKS}]"
_VERDICT_WORD = r"oui|non|yes|no|vrai|faux|true|false"

# A mark glossed by its word: "✅ (oui)", "❌ = no", "👍 pour oui", "✅ means yes".
_LEGEND = re.compile(
    rf"{_MARK}\ufe0f?[ \t]*+(?:\([ \t]*+(?P<w1>{_VERDICT_WORD})[ \t]*+\)|"
    rf"(?:=|:|→|pour|for|means|signifie|veut[ \t]++dire)[ \t]*+(?P<w2>{_VERDICT_WORD})\b)"
)

# A run of marks in a value's place: after ":", "=", "→", a question's "?" or a verb that gives a verdict, and
# followed by no word on its line but a comment on it (session 40, known43: "Coprime? ✅ definitely").
_MARK_COMMENT = (
    r"(?:definitely|for\s++sure|sure|certainly|absolutely|of\s++course|obviously|clearly|checked|verified|"
    r"double[\s-]++checked|confirmed|verifie\w*+|confirme\w*+|certain\w*+|evidemment|bien\s++sur|sans\s++doute|"
    r"absolument|carrement|100\s*+%)\b"
)
_MARK_RUN = re.compile(
    rf"(?P<lead>(?:[:=→?]|(?<![a-z])(?:vote|votes|votent|voted|dit|disent|says|say|said|repond|repondu|"
    rf"answered|answers|coche|cochent|ticked|ticks|tick|marked|marque|est|is|c'est))[ \t]*+)"
    rf"(?P<run>{_MARK}\ufe0f?(?:[ \t]*+{_MARK}\ufe0f?)*+)(?![ \t]*+(?!{_MARK_COMMENT})[a-z0-9])"
)

# Person emojis (skin tones and joiners aside): girls and women, boys and men.
_GIRLS = "👧👩"
_BOYS = "👦👨"
_TONE = "[\U0001f3fb-\U0001f3ff\ufe0f]*+"
_PEOPLE = re.compile(rf"[{_GIRLS}{_BOYS}]{_TONE}(?:[ \t]*+[{_GIRLS}{_BOYS}]{_TONE})++")

# Words of the tasks' answers in Spanish, Italian, German and Portuguese (folded), read in French.
_FOREIGN = {
    **dict.fromkeys(
        [
            "primos entre si",
            "primos entre ellos",
            "primi tra loro",
            "primi fra loro",
            "coprimi",
            "coprimos",
            "relativ prim",
            "teilerfremd",
        ],
        "premiers entre eux",
    ),
    **dict.fromkeys(["mcd", "mdc", "ggt", "ggd", "nwd", "cmmdc"], "pgcd"),
    **dict.fromkeys(["son", "sono", "sao", "sind"], "sont"),
    **dict.fromkeys(["tiene", "hat", "tem"], "a"),
    **dict.fromkeys(["hermana", "sorella", "schwester", "irma"], "soeur"),
    **dict.fromkeys(["hermanas", "sorelle", "schwestern", "irmas"], "soeurs"),
    **dict.fromkeys(["eine", "einen", "una", "uma", "eins", "uno"], "une"),
    **dict.fromkeys(
        [
            "ordenada en el origen",
            "ordenada na origem",
            "ordinata all'origine",
            "y-achsenabschnitt",
            "achsenabschnitt",
        ],
        "ordonnee a l'origine",
    ),
    **dict.fromkeys(["es", "ist"], "est"),
    **dict.fromkeys(["menos", "meno", "minus", "menys"], "moins"),
    **dict.fromkeys(["diez", "dieci", "zehn", "dez"], "10"),
    # Round 78 (fix78a): the small numbers of the other common European languages (Dutch, German, the
    # Scandinavian ones, Polish, Romanian, Catalan, Spanish, Italian, Portuguese), folded; a word that is also
    # a common English or French word ("to", "ni", "set", "sex", "fire", "dos", "tres", "due", "um", "opt",
    # "fem") is read only after a minus word (:data:`_AFTER_MINUS`)
    **dict.fromkeys(["een", "ett", "jeden", "jedna", "unu"], "une"),
    **dict.fromkeys(["twee", "tva", "dwa", "doi", "zwei", "dois"], "2"),
    **dict.fromkeys(["drie", "tre", "trzy", "trei", "drei"], "3"),
    **dict.fromkeys(["vier", "fyra", "cztery", "patru", "quattro", "cuatro", "quatro"], "4"),
    **dict.fromkeys(["vijf", "piec", "cinci", "cinque", "cinco", "funf", "cinc"], "5"),
    **dict.fromkeys(["zes", "seks", "szesc", "sase", "seis", "sechs"], "6"),
    **dict.fromkeys(["zeven", "sju", "syv", "siedem", "sapte", "sette", "siete", "sete", "sieben"], "7"),
    **dict.fromkeys(["acht", "atta", "otte", "osiem", "ocho", "oito", "vuit"], "8"),
    **dict.fromkeys(["negen", "dziewiec", "noua", "nove", "nueve", "neun"], "9"),
    **dict.fromkeys(["tien", "tio", "dziesiec", "zece"], "10"),
}
# Session 52 (fix86, round 86): the tasks' words in Arabic and Russian, the scripts a class of beginners
# also writes its notes in (« جواب الأستاذة: أخت واحدة فقط », "ответ: одна сестра", « الأول
# إيجابي، الثاني سلبي »):
# counts, a sister, the answer, minus, yes and no, and the reviews' labels and ranks, read
# in French (folded as
# the prompt is: hamzas and Cyrillic lookalikes go, :func:`fold`). Arabic puts the count after its noun
# (« أخت واحدة »): that pair is one entry. An Arabic word may carry "و" (and) glued before it.
_OTHER_SCRIPTS = {
    **dict.fromkeys(["أخت واحدة", "اخت واحدة", "أختا واحدة", "одна сестра", "одну сестру"], "une soeur"),
    **dict.fromkeys(["أخت", "اخت", "الأخت", "сестра", "сестру", "сестрой"], "soeur"),
    **dict.fromkeys(["أخوات", "الأخوات", "сестры", "сестёр", "сестер"], "soeurs"),
    **dict.fromkeys(["أختان", "أختين", "اختان", "اختين"], "2 soeurs"),
    **dict.fromkeys(["واحدة", "واحد", "одна", "один", "одну", "одно"], "une"),
    **dict.fromkeys(["اثنان", "اثنتان", "اثنين", "اثنتين", "два", "две"], "2"),
    **dict.fromkeys(["ثلاثة", "ثلاث", "три"], "3"),
    **dict.fromkeys(["أربعة", "أربع", "четыре"], "4"),
    **dict.fromkeys(["خمسة", "خمس", "пять"], "5"),
    **dict.fromkeys(["ستة", "ست", "шесть"], "6"),
    **dict.fromkeys(["سبعة", "سبع", "семь"], "7"),
    **dict.fromkeys(["ثمانية", "ثماني", "восемь"], "8"),
    **dict.fromkeys(["تسعة", "تسع", "девять"], "9"),
    **dict.fromkeys(["عشرة", "عشر", "десять"], "10"),
    **dict.fromkeys(["فقط", "только", "лишь"], "seulement"),
    **dict.fromkeys(["جواب", "الجواب", "إجابة", "الإجابة", "ответ", "ответом"], "reponse"),
    **dict.fromkeys(["نعم", "да"], "oui"),
    **dict.fromkeys(["нет"], "non"),
    **dict.fromkeys(["أوليان فيما بينهما", "أوليان", "взаимно простые", "взаимно простыми", "взаимно просты"],
                    "premiers entre eux"),
    **dict.fromkeys(["القاسم المشترك الأكبر", "нод"], "pgcd"),
    **dict.fromkeys(["ناقص", "минус"], "moins"),
    # the reviews' labels and ranks (verdicts.py reads « le premier positif »)
    **dict.fromkeys(
        ["إيجابي", "إيجابية", "ايجابي", "положительный", "положительная", "положительное", "положительно",
         "позитивный", "позитивное", "позитивная"], "positif"),
    **dict.fromkeys(
        ["سلبي", "سلبية", "отрицательный", "отрицательная", "отрицательное", "отрицательно", "негативный",
         "негативное", "негативная"], "negatif"),
    **dict.fromkeys(
        ["محايد", "محايدة", "нейтральный", "нейтральная", "нейтральное", "нейтрально"], "neutre"),
    **dict.fromkeys(["الأول", "الأولى", "الاول", "первый", "первая", "первое", "первом"], "le premier"),
    **dict.fromkeys(["الثاني", "الثانية", "второй", "вторая", "второе", "втором"], "le deuxieme"),
    **dict.fromkeys(["الثالث", "الثالثة", "третий", "третья", "третье", "третьем"], "le troisieme"),
}  # fmt: skip
_FOREIGN |= {fold(w): v for w, v in _OTHER_SCRIPTS.items()}
# Round 89 (fix89): the same words in Greek, Hebrew, Hindi and Turkish (« Η απάντηση του βιβλίου »,
# « התשובה: כן », « उत्तर: 1 बहन », "Cevap: 1 kız kardeşi"), by data; a Hebrew word may carry a glued
# "ה" (the) or "ו" (and), listed. A Greek word that folds to Latin letters alone ("ναι" as "vai") is left
# out: it would read a Latin word.
_MORE_SCRIPTS = {
    **dict.fromkeys(
        [
            "μία αδελφή", "μια αδελφή", "μία αδερφή", "μια αδερφή", "אחות אחת",
            "एक बहन", "bir kız kardeş", "bir kız kardeşi",
        ],
        "une soeur",
    ),
    **dict.fromkeys(
        [
            "αδελφή", "αδερφή", "אחות", "बहन", "kız kardeş",
            "kız kardeşi",
        ],
        "soeur",
    ),
    **dict.fromkeys(
        [
            "αδελφές", "αδερφές", "אחיות", "बहनें", "kız kardeşler",
            "kız kardeşleri",
        ],
        "soeurs",
    ),
    **dict.fromkeys(
        [
            "ένα", "μία", "μια", "ένας", "אחת",
            "אחד", "एक", "bir",
        ],
        "une",
    ),
    **dict.fromkeys(
        [
            "δύο", "שתיים", "שניים", "שתי", "दो",
            "iki",
        ],
        "2",
    ),
    **dict.fromkeys(
        [
            "τρία", "τρεις", "שלוש", "שלושה", "तीन",
            "üç",
        ],
        "3",
    ),
    **dict.fromkeys(
        [
            "τέσσερα", "τέσσερις", "ארבע", "ארבעה", "चार",
            "dört",
        ],
        "4",
    ),
    **dict.fromkeys(
        [
            "πέντε", "חמש", "חמישה", "पांच", "पाँच",
            "beş",
        ],
        "5",
    ),
    **dict.fromkeys(
        [
            "έξι", "שש", "שישה", "छह", "altı",
        ],
        "6",
    ),
    **dict.fromkeys(
        [
            "επτά", "εφτά", "שבע", "שבעה", "सात",
            "yedi",
        ],
        "7",
    ),
    **dict.fromkeys(
        [
            "οκτώ", "οχτώ", "שמונה", "आठ", "sekiz",
        ],
        "8",
    ),
    **dict.fromkeys(
        [
            "εννέα", "εννιά", "תשע", "תשעה", "नौ",
            "dokuz",
        ],
        "9",
    ),
    **dict.fromkeys(
        [
            "δέκα", "עשר", "עשרה", "दस",
        ],
        "10",
    ),
    **dict.fromkeys(
        [
            "μόνο", "רק", "सिर्फ़", "सिर्फ", "केवल",
            "sadece", "yalnızca",
        ],
        "seulement",
    ),
    **dict.fromkeys(
        [
            "απάντηση", "απάντησή", "התשובה", "תשובה", "והתשובה",
            "उत्तर", "जवाब", "cevap", "cevabı", "yanıt",
            "yanıtı",
        ],
        "reponse",
    ),
    **dict.fromkeys(
        [
            "כן", "हाँ", "हां", "evet",
        ],
        "oui",
    ),
    **dict.fromkeys(
        [
            "לא", "नहीं", "hayır",
        ],
        "non",
    ),
    **dict.fromkeys(
        [
            "הוא", "היא", "है", "είναι",
        ],
        "est",
    ),
    **dict.fromkeys(
        [
            "πρώτοι μεταξύ τους", "σχετικά πρώτοι", "זרים", "מספרים זרים", "सहअभाज्य",
            "aralarında asal",
        ],
        "premiers entre eux",
    ),
    **dict.fromkeys(
        [
            "μέγιστος κοινός διαιρέτης", "ΜΚΔ", "המחלק המשותף הגדול ביותר",
            "המחלק המשותף המקסימלי", "מחלק משותף מקסימלי",
            "महत्तम समापवर्तक", "EBOB",
        ],
        "pgcd",
    ),
    **dict.fromkeys(
        [
            "μείον", "πλην", "מינוס", "ऋण", "माइनस",
            "eksi",
        ],
        "moins",
    ),
    # Vietnamese (round 89: « Đáp án: có, ƯCLN(35, 64) = 1 »; « có » alone after a colon is yes, _FOREIGN_YES)
    **dict.fromkeys(
        [
            "đáp án", "câu trả lời", "kết quả",
        ],
        "reponse",
    ),
    **dict.fromkeys(
        [
            "ƯCLN", "ước chung lớn nhất",
        ],
        "pgcd",
    ),
    **dict.fromkeys(
        [
            "nguyên tố cùng nhau",
        ],
        "premiers entre eux",
    ),
    **dict.fromkeys(
        [
            "tích cực",
        ],
        "positif",
    ),
    **dict.fromkeys(
        [
            "tiêu cực",
        ],
        "negatif",
    ),
    **dict.fromkeys(
        [
            "trung lập", "trung tính",
        ],
        "neutre",
    ),
    **dict.fromkeys(
        [
            "θετικό", "θετική", "θετικός", "חיובי", "חיובית",
            "सकारात्मक", "olumlu", "pozitif",
        ],
        "positif",
    ),
    **dict.fromkeys(
        [
            "αρνητικό", "αρνητική", "αρνητικός", "שלילי", "שלילית",
            "नकारात्मक", "olumsuz", "negatif",
        ],
        "negatif",
    ),
    **dict.fromkeys(
        [
            "ουδέτερο", "ουδέτερη", "ουδέτερος", "ניטרלי", "נייטרלי",
            "ניטרלית", "נייטרלית", "तटस्थ", "nötr", "tarafsız",
        ],
        "neutre",
    ),
    **dict.fromkeys(
        [
            "πρώτο", "πρώτη", "πρώτος", "הראשון", "הראשונה",
            "पहला", "पहली", "birinci",
        ],
        "le premier",
    ),
    **dict.fromkeys(
        [
            "δεύτερο", "δεύτερη", "δεύτερος", "השני", "השנייה",
            "השניה", "दूसरा", "दूसरी", "ikinci",
        ],
        "le deuxieme",
    ),
    **dict.fromkeys(
        [
            "τρίτο", "τρίτη", "τρίτος", "השלישי", "השלישית",
            "तीसरा", "तीसरी", "üçüncü",
        ],
        "le troisieme",
    ),
}  # fmt: skip
_FOREIGN |= {
    fold(case(w)): v
    for w, v in _MORE_SCRIPTS.items()
    for case in (str, str.capitalize)  # "Θετικό": a capital folds to its Latin lookalike
    if not (
        fold(case(w)).isascii() and any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in w)
    )
}
_FOREIGN |= {fold(p + w): v for w, v in _MORE_SCRIPTS.items() if "\u05d0" <= w[0] <= "\u05ea" for p in "הו"}
_FOREIGN |= {
    fold("و" + w): v for w, v in _OTHER_SCRIPTS.items() if not w.isascii() and "\u0600" <= w[0] <= "\u06ff"
}
# Round 78 (fix78a): number words read only after a minus word (« b = min tien », "minus ti", "menys deu"):
# alone, each is a common word of English, French or another language ("to", "ni", "set", "min")
_AFTER_MINUS = {
    **dict.fromkeys(["to", "dos", "due"], "2"),
    **dict.fromkeys(["tres"], "3"),
    **dict.fromkeys(["fire", "quatre"], "4"),
    **dict.fromkeys(["fem"], "5"),
    **dict.fromkeys(["sex", "sei", "sis"], "6"),
    **dict.fromkeys(["set"], "7"),
    **dict.fromkeys(["opt", "otto", "atte"], "8"),
    **dict.fromkeys(["ni", "nio", "nou"], "9"),
    **dict.fromkeys(["ti", "deu"], "10"),
}
_SAFE_NUMBERS = {w: v for w, v in _FOREIGN.items() if v.isdigit()}
_NUMBER_OF = _SAFE_NUMBERS | _AFTER_MINUS
# Round 81 (fix81): the foreign number words an operator word may govern (« hermanos menos dos »), by value,
# for the rule readers of evaluate (a word that is also an English or French one is read there only after an
# operator word, as here)
NUMBERS_AFTER_OPERATOR = {w: 1 for w, v in _FOREIGN.items() if v == "une"} | {
    w: int(v) for w, v in _NUMBER_OF.items()
}
# the operator words of the same languages: minus, plus, times
MINUS_WORDS = ("menos", "meno", "menys")
PLUS_WORDS = ("mas", "piu")
TIMES_WORDS = ("veces", "volte", "vezes", "mal", "keer")
# the tasks' quantities named in the same languages: brothers, sisters, a number, a slope, an intercept,
# a value
QUANTITY_WORDS = (
    "hermanos", "hermano", "hermanas", "hermana", "fratelli", "fratello", "sorelle", "sorella", "bruder",
    "schwestern", "schwester", "irmaos", "irmao", "irmas", "irma", "broers", "broer", "zussen", "zus",
    "numero", "cantidad", "quantita", "anzahl", "aantal", "pendiente", "pendenza", "steigung", "inclinacao",
    "ordenada", "ordinata", "valor", "valore", "wert", "waarde",
)  # fmt: skip
# a minus word before a foreign number word, no value before it ("10 minus due" stays words); Dutch "min"
# only before a number word of the first list ("5 min to go", "min to" stay minutes and words)
_SIGNED = re.compile(
    r"(?<![\w-])(?<!\w')(?<!\d[ \t])(?:(?:minus|menos|meno|menys|moins)[ \t]++(?P<n>"
    + "|".join(sorted(_NUMBER_OF, key=len, reverse=True))
    + r")|min[ \t]++(?P<m>"
    + "|".join(sorted(_SAFE_NUMBERS, key=len, reverse=True))
    + r"))(?![\w-])(?!'\w)"
)
# a word in quotation marks is read too ("'b = menos dez'"); an elided one ("l'uno") is no word of its own
_FOREIGN_WORD = re.compile(
    r"(?<![\w-])(?<!\w')(?:"
    + "|".join(sorted(map(re.escape, _FOREIGN), key=len, reverse=True))
    + r")(?![\w-])(?!'\w)"
)
# Round 54 (fix-helper r54n): the tasks' words in Chinese, Japanese and Korean, whose words no blank
# separates (their numerals are digits already, text.normalize: "傾き4、切片-10", "只有1个姐妹"); a
# classifier right after a number ("1个", "1人", "1명") is no word of the count; a term right before a
# number, perhaps through a copula or a topic particle ("切片-10", "截距是-10", "切片は-10"), states
# it: "ordonnee a l'origine = -10"; "有" (has) is "a". Word orders that put the count after its noun
# (Japanese, Korean: "姉妹が1人") are not read.
_CJK_WORDS = {
    **dict.fromkeys(["只有", "有"], "a"),
    **dict.fromkeys(["傾き", "斜率", "기울기"], "pente"),
    **dict.fromkeys(["切片", "截距", "절편"], "ordonnee a l'origine"),
    **dict.fromkeys(["姐妹", "姊妹", "姉妹", "妹妹", "姐姐", "자매"], "soeurs"),
    **dict.fromkeys(["最大公约数", "最大公約数", "最大公因数", "최대공약수"], "pgcd"),
    **dict.fromkeys(["卡罗琳", "卡羅琳", "キャロライン", "캐롤라인"], "caroline"),
    # Session 52 (fix86): the reviews' labels and ranks (« 第一条正面，第二条负面 »), the answer
    **dict.fromkeys(["正面", "积极", "積極", "好评", "好評", "ポジティブ", "긍정"], "positif"),
    **dict.fromkeys(["负面", "負面", "消极", "消極", "差评", "差評", "ネガティブ", "부정"], "negatif"),
    **dict.fromkeys(["中性", "中立", "中评", "中評", "ニュートラル", "중립"], "neutre"),
    **dict.fromkeys(["第一条", "第一個", "第一个", "第一則", "第一", "첫째"], "le premier"),
    **dict.fromkeys(["第二条", "第二個", "第二个", "第二則", "第二", "둘째"], "le deuxieme"),
    **dict.fromkeys(["第三条", "第三個", "第三个", "第三則", "第三", "셋째"], "le troisieme"),
    **dict.fromkeys(["答案", "答え", "답"], "reponse"),
}
_CJK_WORDS = {fold(word): value for word, value in _CJK_WORDS.items()}  # Hangul is read decomposed
# A Sino-Korean numeral said of a term through its topic particle and a copula ("최대공약수는 일입니다",
# the gcd is one): its number.
_SINO_KOREAN = {fold(k): str(v) for k, v in zip("일이삼사오육칠팔구십", range(1, 11), strict=True)}
_CJK_WORD = re.compile(
    "(?P<word>" + "|".join(sorted(_CJK_WORDS, key=len, reverse=True)) + ")"
    "(?P<said>[ \t]?(?:是|为|為|は|" + fold("는") + "|" + fold("은") + "|:|=)?[ \t]?(?=-?\\d)"
    "|(?:" + fold("는") + "|" + fold("은") + ")[ \t]?(?P<korean>" + "|".join(_SINO_KOREAN) + ")"
    "(?=" + "|".join(fold(c) for c in ("입니다", "이다", "이에요", "예요", "야")) + "))?"
)


# Round 89 (fix89): what the prompt asks, said in another script (« Μετάφρασε … στα αγγλικά », « 영어로
# 번역하세요 », « 要約してください », « अंग्रेज़ी में अनुवाद »): translate, English, summarise, read as the French
# words the data checks look for (:func:`requests_read`, evaluate's prompt-data reading). Every key keeps a
# letter of its script once folded, so no Latin text is read; words glued in CJK and Hangul are found inside
# a run. Latin-script languages (Turkish, Vietnamese...) are in checks.toml's facts.
_REQUEST_WORDS = {
    **dict.fromkeys(
        [
            "μετάφρασ", "μεταφράσ", "μετάφραση", "번역", "翻訳",
            "翻译", "翻譯", "अनुवाद", "תרגם", "תרגמ",
            "תרגום", "ترجم", "перевед", "перевод", "переклад",
        ],
        "traduis",
    ),
    **dict.fromkeys(
        [
            "αγγλικά", "αγγλική", "αγγλικ", "영어", "英語",
            "英语", "英文", "अंग्रेज़ी", "अंग्रेजी", "אנגלית",
            "الإنجليزية", "الانجليزية", "الإنكليزية", "английск", "англійськ",
        ],
        "en anglais",
    ),
    **dict.fromkeys(
        [
            "περίληψη", "περίληψ", "συνόψισ", "σύνοψη", "요약",
            "要約", "要约", "摘要", "总结", "總結",
            "概括", "सारांश", "סכם", "סיכום", "תקציר",
            "لخص", "ملخص", "تلخيص", "резюм", "кратко изложи",
            "перескажи кратко",
        ],
        "resume",
    ),
}  # fmt: skip
# a capital folds to its Latin lookalike ("Μετάφρασε" as "mεταφpaoε"): each word also capitalised
_REQUESTS = {
    fold(case(w)): v
    for w, v in _REQUEST_WORDS.items()
    for case in (str, str.capitalize)
    if not fold(case(w)).isascii()
}
_REQUEST = re.compile("|".join(sorted(map(re.escape, _REQUESTS), key=len, reverse=True)))


def requests_read(folded: str) -> str:
    """The folded prompt with its requests in other scripts read in French (:data:`_REQUEST_WORDS`)."""
    if folded.isascii():
        return folded
    return _REQUEST.sub(lambda m: f" {_REQUESTS[m.group(0)]} ", folded)


def _cjk_word(match: re.Match[str]) -> str:
    word = _CJK_WORDS[match["word"]]
    if match["korean"]:
        return f" {word} = {_SINO_KOREAN[match['korean']]} "
    return f" {word} = " if match["said"] is not None and word not in ("a", "soeurs") else f" {word} "


# round 89: Korean "번"/"번째" and Japanese "番"/"番目"/"つ目" (a number's rank: « 1번 긍정 »)
_CLASSIFIER = re.compile(
    "(?<=\\d)[ \t]?(?:番目|つ目|番|[个個名人位]|" + fold("번째") + "|" + fold("번") + "|" + fold("명") + ")"
)
_AND = re.compile(r"(?<=\d)[ \t]++(?:y|e|und)[ \t]++(?=\d)")
# a parameter's copula before a value: Italian "è", Dutch "is", Scandinavian "er"/"är", Romanian "este",
# Polish "jest" (round 78)
_COPULA = re.compile(r"(?<![\w])(?<!\w')([ab])[ \t]++(?:e|is|er|ar|este|jest)(?=[ \t]++(?:moins|-|\d))")
# "sí"/"sim" (round 89: Vietnamese "có", Turkish "evet") alone after a colon or a quotation mark, before a
# comma or the end: "oui".
_FOREIGN_YES = re.compile(r"(?<=[:«\"])[ \t]*+(?:si|sim|co|evet)(?=[ \t]*+(?:[,.!»\"]|$))", re.M)

# A verdict word or a label described by its letters.
_LENGTH = re.compile(rf"\b(?P<n>\d|{NUMBER_WORD_RE})\s++(?:lettres|letters)\b")
_LETTER = r"\s++(?:la lettre\s++|the letter\s++)?[\"'«]?\s*+(?P<c>[a-z])(?![\w'])(?![ \t]*+(?:ou|or|/)\b)"
_AS_WORD = r"\s++(?:la\s++meme\s++lettre\s++que|the\s++same\s++letter\s++as)\s*+[\"'«]?\s*+(?P<w>[a-z])"
_FIRST = re.compile(
    rf"\b(?:commence|commencant|debute|begins|starts|starting|beginning)\s++(?:par|with)(?:{_LETTER}|{_AS_WORD})"
)
_LAST = re.compile(
    rf"\b(?:finit|finissant|termine|terminant|ends|ending)\s++(?:par|with|en)(?:{_LETTER}|{_AS_WORD})"
)
_OF_ANSWER = re.compile(r"\b(?:reponses?|answers?|verdicts?|mot|word)\b")
_VERDICTS = ("oui", "non", "yes", "no", "vrai", "faux", "true", "false")

# An odd one out of a list of four numbers or more.
_LIST = re.compile(r"(?<![\w.,-])-?\d{1,6}+(?:[ \t]*+[,;][ \t]*+-?\d{1,6}+){3,}+(?![\w.,]\d)")
_ODD_CUE = (
    r"(?:l'|un\s++|the\s++|an\s++)?(?:intrus|odd\s++one(?:\s++out)?|exception)"
    r"|(?:le|la|the)\s++(?:seule?|only)\s++(?:nombre\s++|number\s++|one\s++|valeur\s++|value\s++)?"
    r"(?P<prop>impair|pair|negatif|positif|odd|even|negative|positive|premier|prime|(?:perfect\s++)?square|"
    r"carre)(?:\s++(?:number|one|nombre|parfait))?"
)
# the property that singles the odd one out, said elsewhere in the sentence (session 40, known43): "(all prime
# but one)", « (tous premiers sauf un) », "the only one that is not prime", "not a perfect square"
_PRIME_WORD = r"(?:primes?|premiers?|premieres?)"
_SQUARE_WORD = r"(?:(?:perfect\s++)?squares?|carres?(?:\s++parfaits?)?)"
_HINTS = [
    (re.compile(rf"\b(?:not|pas|non)\s++(?:a\s++|un\s++)?{_PRIME_WORD}|\b(?:all|tous|toutes)\s++{_PRIME_WORD}\s++"
                r"(?:but|sauf|except)\s++(?:one|un|une)\b|\bcomposite\b"), "nonprime"),
    (re.compile(rf"\b(?:not|pas|non)\s++(?:a\s++|un\s++)?{_SQUARE_WORD}|\b(?:all|tous|toutes)\s++{_SQUARE_WORD}\s++"
                r"(?:but|sauf|except)\s++(?:one|un|une)\b"), "nonsquare"),
]  # fmt: skip
_IS = r"(?:est|is|=|equals|vaut|c'est)"
_EXACT = r"(?:(?:exactement|precisement|exactly|precisely|justement|egale?\s++a|equal\s++to)\s++)?"
_OF_LIST = (
    r"(?:\s++(?:de|dans|of|in|among|parmi)(?:\s++(?:la|the|ces|these|cette|this))?"
    r"(?:\s++(?:liste|list|suite|serie|series|sequence|nombres|numbers))?)?(?:[ \t]*+,)?"
)
_CUE_IS = re.compile(rf"(?<![\w'])(?:{_ODD_CUE}){_OF_LIST}\s++{_IS}\s++{_EXACT}(?P<np>[^.,;:!?\n()]{{1,80}})")
# "<what> is the odd one out": the cue found from its verb, what it is said of read back to the clause's start
# (at most 80 characters), never scanned from every position.
_IS_CUE = re.compile(rf"(?<![ \t])[ \t]++{_IS}[ \t]++(?:{_ODD_CUE})(?![\w']){_OF_LIST}")


def legends_dropped(text: str) -> str:
    """``text`` with each mark glossed by its word read as that word alone ("✅ (yes)":
    "yes"): the gloss makes it a format's legend, never a value of its own."""
    return _LEGEND.sub(lambda m: m["w1"] or m["w2"], text)


# A checklist's status (session 40: "- nombres recopiés — Statut : ✅", "- question asked. Status: ✔"):
# a mark after a status label on a list line that names no answer, ticks that line's own step.
_STATUS = re.compile(r"(?<![a-z])(?:statut|status|etat|state|fait|done|ok)[ \t]*+$")
_LIST_LINE = re.compile(r"^[ \t]*+(?:[-*•]|\d{1,2}[.)]|\[[ x]\])[ \t]")
_ANSWER_NAMED = re.compile(
    r"(?<![a-z])(?:reponses?|answers?|verdicts?|resultats?|results?|premiers|coprimes?|pgcd|gcd|soeurs?|"
    r"sisters?|oui|non|yes|no)(?![a-z])"
)


def _status_of_a_step(text: str, m: re.Match[str]) -> bool:
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    before = text[line_start : m.start()]
    return (
        m["lead"].strip() == ":"
        and bool(_LIST_LINE.match(line))
        and bool(_STATUS.search(before))
        and not _ANSWER_NAMED.search(line)
    )


def _marks(text: str, yes: str, no: str) -> str:
    def word(m: re.Match[str]) -> str:
        if _status_of_a_step(text, m):
            return m.group(0)
        run = m["run"]
        ayes = sum(c in _YES_MARKS for c in run)
        noes = sum(c in _NO_MARKS for c in run)
        if ayes and noes:
            return m.group(0)
        return f"{m['lead']}{yes if ayes else no}"

    return _MARK_RUN.sub(word, text)


def _people(text: str, boys: str, girls: str, joined: str) -> str:
    def counted(m: re.Match[str]) -> str:
        run = m.group(0)
        g = sum(c in _GIRLS for c in run)
        b = sum(c in _BOYS for c in run)
        if not g:
            return run  # boys alone are the brothers the data gives: the sisters are the question
        parts = [f"{b} {boys}" for _ in (0,) if b] + [f"{g} {girls}"]
        return f" {joined.join(parts)} "

    return _PEOPLE.sub(counted, text)


_ARABIC_MARKS = str.maketrans({"،": ",", "؛": ";", "؟": "?"})


def translated(text: str) -> str:
    """The folded ``text`` with the tasks' words of the other languages read (:data:`_FOREIGN`, the CJK
    words): what the answer readers of every task read again (session 52, round 86: the reviews' labels
    in Arabic, Russian or Chinese; a final check reads it among :func:`readings`)."""
    return _foreign(text)


def _foreign(text: str) -> str:
    text = text.translate(_ARABIC_MARKS) if not text.isascii() else text
    read = _SIGNED.sub(lambda m: f"moins {_NUMBER_OF[m['n'] or m['m']]}", text)
    read = _FOREIGN_WORD.sub(lambda m: _FOREIGN[m.group(0)], read)
    if not read.isascii():
        read = _CJK_WORD.sub(_cjk_word, _CLASSIFIER.sub(" ", read))
    read = _AND.sub(" et ", read)
    read = _COPULA.sub(r"\1 est", read)  # "b è meno dieci": "b est moins 10"
    return _FOREIGN_YES.sub(" oui", read)


def _letters(text: str, start: int, end: int) -> tuple[int | None, str | None, str | None, int]:
    """The length, first and last letters a span describes, and how many facts."""
    span = text[start:end]
    length, first, last = _LENGTH.search(span), _FIRST.search(span), _LAST.search(span)
    size = None
    if length:
        n = length["n"]
        size = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
    head = (first["c"] or first["w"]) if first else None
    tail = (last["c"] or last["w"]) if last else None
    if last and last["w"]:
        tail = None  # "ends with the same letter as « X »": X's last letter is not said
    return size, head, tail, sum(x is not None for x in (size, head, tail))


def _fits(words: Sequence[str], size: int | None, head: str | None, tail: str | None) -> list[str]:
    return [
        w
        for w in words
        if (size is None or len(w) == size)
        and (head is None or w.startswith(head))
        and (tail is None or w.endswith(tail))
    ]


def _verdict_spelled(text: str) -> str | None:
    for sentence in re.split(r"(?<=[.!?])\s|\n", text):
        size, head, tail, facts = _letters(sentence, 0, len(sentence))
        if facts >= 2 or (facts == 1 and size is None and _OF_ANSWER.search(sentence)):
            fits = _fits(_VERDICTS, size, head, tail)
            if len(fits) == 1:
                return fits[0]
    return None


def _prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


def _square(n: int) -> bool:
    return n >= 0 and math.isqrt(n) ** 2 == n


def _hinted(sentence: str) -> str | None:
    return next((prop for pattern, prop in _HINTS if pattern.search(sentence)), None)


# Letters of the answer's word found (hangman): « on a déjà trouvé U, N et E », "the letters O, N, E are
# found".
_FOUND = re.compile(
    r"\b(?:trouve|trouvees?|trouves|decouvert\w*|found|revealed|revele\w*|guessed|devine\w*|lettres|letters)"
    r"[ \t]*+:?[ \t]*+(?:(?:les|the)[ \t]++(?:lettres|letters)[ \t]++)?"
    r"(?P<l>[a-z](?:[ \t]*+(?:,|et|and)[ \t]*+[a-z]){1,5}+)(?![\w'])"
)
_COMPOUND_LENGTH = re.compile(r"(?<![\w-])(?P<n>\d)-(?:letter|lettres?)(?![\w-])")
_SPELLED_NUMBERS = {
    w: v for w, v in NUMBER_WORDS.items() if w not in ("a", "an", "single", "none", "aucun", "aucune")
}


def _number_spelled(text: str) -> int | None:
    """The count a hangman's word tells (its length with its first or last letter, or with the
    letters found: "the word has 3 letters and we already found O, N and E"), when the number
    words that fit have one value."""
    for sentence in re.split(r"(?<=[.!?])\s|\n", text):
        size, head, tail, facts = _letters(sentence, 0, len(sentence))
        compound = _COMPOUND_LENGTH.search(sentence) if size is None else None  # "a 3-letter word"
        if compound:
            size, facts = int(compound["n"]), facts + 1
        found = _FOUND.search(sentence) if size is not None else None
        letters = set(re.findall(r"(?<![a-z])[a-z](?![a-z])", found["l"])) - {"et"} if found else set()
        if facts + bool(letters) < 2:
            continue
        fits = {
            v for w, v in _SPELLED_NUMBERS.items() if w in _fits([w], size, head, tail) and letters <= set(w)
        }
        if len(fits) == 1:
            return fits.pop()
    return None


def _odd_one(numbers: list[int], prop: str | None) -> int | None:
    if prop and (prop.startswith(("premier", "prime")) or "square" in prop or prop.startswith("carre")):
        prop = "prime" if prop.startswith(("premier", "prime")) else "square"
    if max(map(abs, numbers), default=0) > 10**6:
        return None
    tests = {
        "prime": _prime,
        "nonprime": lambda n: not _prime(n),
        "square": _square,
        "nonsquare": lambda n: not _square(n),
        "impair": lambda n: n % 2 == 1,
        "odd": lambda n: n % 2 == 1,
        "pair": lambda n: n % 2 == 0,
        "even": lambda n: n % 2 == 0,
        "negatif": lambda n: n < 0,
        "negative": lambda n: n < 0,
        "positif": lambda n: n > 0,
        "positive": lambda n: n > 0,
    }
    kinds = [tests[prop]] if prop else [lambda n: n % 2 == 1, lambda n: n % 2 == 0, lambda n: n < 0]
    for kind in kinds:
        found = [n for n in numbers if kind(n)]
        if len(found) == 1:
            return found[0]
    return None


def _odd_one_out(text: str) -> str:
    out = []
    last = 0
    for found in re.finditer(r"[^.!?\n]++", text):
        sentence = found.group(0)
        lists = list(_LIST.finditer(sentence))
        if len(lists) != 1:
            continue
        numbers = [int(n) for n in re.findall(r"-?\d++", lists[0].group(0))]
        bare = sentence[: lists[0].start()] + " " * len(lists[0].group(0)) + sentence[lists[0].end() :]
        hint = _hinted(bare)

        def put(m: re.Match[str], numbers: list[int] = numbers, hint: str | None = hint) -> str:
            value = _odd_one(numbers, m["prop"] or hint)
            return m.group(0) if value is None else f"{m['np'].strip()} = {value}"

        read = _CUE_IS.sub(put, bare)
        if read == bare:
            read = _IS_CUE.sub(functools.partial(_said_of, bare, numbers=numbers, hint=hint), bare)
        if read != bare:
            out += [text[last : found.start()], read]
            last = found.end()
    out.append(text[last:])
    return "".join(out)


def _said_of(sentence: str, m: re.Match[str], *, numbers: list[int], hint: str | None = None) -> str:
    """The cue "<what> is the odd one out" as "<what> = <value>" (``m`` the verb and the cue)."""
    value = _odd_one(numbers, m["prop"] or hint)
    head = sentence[max(0, m.start() - 80) : m.start()]
    what = re.split(r"[.,;:!?\n()]", head)[-1].strip()
    if value is None or not what:
        return m.group(0)
    return f" = {value}"


def readings(text: str) -> Iterator[str]:
    """The folded ``text`` read with each of this module's disguises undone, each reading
    that differs from it."""
    text = text[:20_000]
    seen = {text}
    candidates = [
        _marks(text, "oui", "non"),
        _marks(text, "yes", "no"),
        _people(text, "garcons", "filles", " et "),
        _people(text, "boys", "girls", " and "),
        _foreign(text),
        _odd_one_out(text),
    ]
    word = _verdict_spelled(text)
    if word is not None:
        candidates.append(f"{text}\n\nreponse : {word}.")
    count = _number_spelled(text)  # round 44
    if count is not None:
        candidates.append(f"{text}\n\nreponse : {count}.")
    for candidate in candidates:
        if candidate not in seen:
            seen.add(candidate)
            yield candidate


def labels_spelled(text: str, labels: Iterable[str]) -> str:
    """``text`` (folded) with each clause that tells a label by its letters ("celle de l'avis
    1 commence par p", "la seule de 7 lettres") read with the one label of ``labels`` that
    fits in place of the letters."""
    names = [label.lower() for label in labels]
    if not names:
        return text
    out = []
    last = 0
    for clause in re.finditer(r"[^,;.\n]++", text[:20_000]):
        start, end = clause.span()
        found = [m for p in (_LENGTH, _FIRST, _LAST) for m in p.finditer(text, start, end)]
        if not found:
            continue
        size, head, tail, _ = _letters(text, start, end)
        fits = _fits(names, size, head, tail)
        if len(fits) != 1:
            continue
        lo = min(m.start() for m in found)
        hi = max(m.end() for m in found)
        out += [text[last:lo], fits[0]]
        last = hi
    out.append(text[last:])
    return "".join(out)
