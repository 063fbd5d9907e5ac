"""Other readings of a prompt's own words (issue 11p): what a prompt spells out, encodes
or writes in symbols, read back as plain words, so that the answer reader reads a
dictation in disguise as it reads a plain one. Each reading is the whole folded text with
one kind of disguise undone (letters spelled one by one joined, ROT13 turned back, each
line read backwards, Roman numerals announced as such, a run of one emoji counted, number
words and answer words of German, Spanish or Italian, "the additive inverse of ten", a
property that is a coprimality verdict ("n'ont aucun facteur premier en commun"), a
word described by its length and its first and last letters, a table of values read as
points); the dictation reader (:func:`workshop.prompts.evaluate.gives_away`) reads each
one as it reads the text itself. A reading only adds: a fair prompt that asks for the
answer says no value in any of them."""

from __future__ import annotations

import math
import re
import string
import unicodedata
from collections.abc import Callable, Iterator

from workshop.prompts import besides, indirect, numroles, signed, whyasked
from workshop.prompts.notations import coprime_facts, fractions_kept, valued
from workshop.prompts.readable import lexicon
from workshop.prompts.text import NUMBER_WORD_RE, NUMBER_WORDS, fold

MAX_CHARS = 20_000  # a prompt part is at most 20,000 characters

_ROT13 = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])

# Letters spelled one by one: "u-n-e", "u n e", "u . n . e" (three letters at least).
_SPELLED = re.compile(
    r"(?<![a-z0-9'])[a-z](?:[ \t]*+[-.][ \t]*+[a-z](?![a-z0-9'])|[ \t]++[a-z](?![a-z0-9']))++"
)

_ROMAN_CUE = re.compile(r"\b(?:romains?|romaines?|roman)\b")
# Session 35 (round 34's r34g-riddle-morse, ".----" for 1): Morse code read as letters and digits,
# where the prompt names it or a run holds three signs or more ("-- --- .. -. ...").
_MORSE_CUE = re.compile(r"\bmorse\b")
_MORSE_SIGN = r"[.\-•·−–_]{1,6}"
_MORSE_RUN = re.compile(
    rf"(?<![\w.\-•·−–_]){_MORSE_SIGN}(?:(?:[ \t]|[ \t]*+/[ \t]*+){_MORSE_SIGN})*+(?![\w.\-•·−–_])"
)
_MORSE = dict(
    zip(
        ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- "
        "-.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----.".split(),
        "abcdefghijklmnopqrstuvwxyz0123456789",
        strict=True,
    )
)


def _morse(run: str) -> str:
    """A run of Morse signs read ("/" parts words); the run as it is when a sign reads as nothing
    (a full stop right after the run ends the sentence: ".----." reads "1.")."""
    signs = run.translate(str.maketrans("•·−–_", "..---"))
    words = []
    for word in re.split(r"(?<![ \t])[ \t]*+/[ \t]*+", signs.strip()):
        letters = [_MORSE.get(sign) for sign in word.split()]
        if not letters or None in letters:
            if run.endswith(".") and len(run) > 2 and _morse(run[:-1]) != run[:-1]:
                return _morse(run[:-1]) + "."
            return run
        words.append("".join(letters))  # type: ignore[arg-type]
    return " ".join(words)


def _unmorsed(text: str) -> str:
    cued = bool(_MORSE_CUE.search(text))
    return _MORSE_RUN.sub(
        lambda m: (
            _morse(m.group(0))
            if (cued and len(m.group(0)) > 1) or len(m.group(0).split()) >= 3
            else m.group(0)
        ),
        text,
    )


_ROMAN = re.compile(r"(?<![a-z0-9])[ivxlcdm]++(?![a-z0-9])")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
# A Roman numeral the prompt does not name as one, written as a stated value (round 15b:
# "leur PGCD s'écrit I", "b vaut -X"): read as the value after "=".
_ROMAN_STATED = re.compile(
    r"(?:\bs'ecri(?:t|vent)|\bvaut|\bvalent|\begale?|\bequals?|\bis written(?: as)?|\bwritten as|=)"
    r"[ \t]*+(?::[ \t]*+)?(?P<sign>-[ \t]*+)?(?P<numeral>[ivxlcdm]++)(?![a-z0-9'])"
)

# A run of one pictograph given as a value ("Réponse : 👧", "= 🍎 🍎 🍎"): as many things as
# the run has. An emoji elsewhere is a mood, no value.
_PICTOGRAPH = "\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
_EMOJI_RUN = re.compile(rf"(?<=[:=])[ \t]*+([{_PICTOGRAPH}])[\ufe0f\u200d]*+(?:[ \t]*+\1[\ufe0f\u200d]*+)*+")
# One pictograph alone is a picture ("Rôle : 🧑‍🏫", "Ton : 😊", a role or a mood: red team
# 11i's r9g-riddle-role-emoji), a value only where its line asks for one: a count, an
# answer, a number ("Nombre de sœurs : 👩", "Réponse attendue : 👧 (compte les émojis)").
# Two or more of it are a count wherever they stand ("= 🍎 🍎 🍎"). A pictograph joined to
# another (a zero-width joiner: 🧑‍🏫, one picture of a teacher) is that one picture.
_VALUE_CUE = re.compile(
    r"\b(?:reponses?|answers?|resultats?|results?|solutions?|nombre|combien|how many|counts?|"
    r"compte|total|valeur|values?|chiffres?|digits?|number)\b"
)


def _emoji_count(match: re.Match[str], text: str) -> str:
    run = match.group(0)
    joined = run.endswith("\u200d") or text.startswith("\u200d", match.end())
    count = len(re.findall(re.escape(match.group(1)), run))
    if count >= 2 and not joined:
        return f" {count} "
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start : end if end >= 0 else len(text)]
    if not joined and _VALUE_CUE.search(line):
        return f" {count} "
    return run

# Number words and answer words of other languages ("Lösung: eins", "respuesta: uno").
_FOREIGN = {
    **dict.fromkeys(["eins", "uno", "uno", "una", "unu"], "1"),
    **dict.fromkeys(["zwei", "dos", "due"], "2"),
    **dict.fromkeys(["drei", "tre"], "3"),
    **dict.fromkeys(["vier", "cuatro", "quattro"], "4"),
    **dict.fromkeys(["funf", "fuenf", "cinco", "cinque"], "5"),
    **dict.fromkeys(["zehn", "diez", "dieci"], "10"),
    **dict.fromkeys(
        ["losung", "loesung", "antwort", "ergebnis", "respuesta", "solucion", "risposta", "soluzione"],
        "reponse",
    ),
    **dict.fromkeys(["teilerfremd", "coprimos", "coprimi", "coprimes"], "premiers entre eux"),
    **dict.fromkeys(["ja"], "oui"),
    **dict.fromkeys(["nein"], "non"),
    **dict.fromkeys(["sind", "son", "sono"], "sont"),
    **dict.fromkeys(["die beiden", "beide", "ambos", "entrambi"], "les deux nombres"),
    # Round 54 (fix-helper r54l): the verdict's words in more languages of Latin script (Spanish,
    # Portuguese, Italian, Catalan, Dutch, Polish, German), read as the French ones.
    **dict.fromkeys(
        [
            "primos entre si", "primos entre ellos", "primi tra loro", "primi fra loro", "primers entre si",
            "relativ prim", "relativ primzahlen", "relatief priem", "onderling ondeelbaar", "copriem",
            "wzglednie pierwsze", "wzajemnie pierwsze", "coprimas", "sao primos entre si",
        ],
        "premiers entre eux",
    ),
    **dict.fromkeys(["mcd", "mdc", "ggt", "ggd", "nwd"], "pgcd"),
    **dict.fromkeys(["sim", "tak"], "oui"),
    **dict.fromkeys(["nao"], "non"),
    **dict.fromkeys(["zijn"], "sont"),
}
# Round 54 (fix-helper r54l): the verdict's words in scripts other than the Latin one (Japanese,
# Chinese, Korean, Russian and other Cyrillic, Greek, Arabic), folded as every text is (a
# Cyrillic letter that looks Latin is read as that letter, a kana's voicing mark dropped): read
# as the French ones wherever they stand, as those scripts glue words and endings together.
_FOREIGN_SCRIPT = {
    **dict.fromkeys(["はい", "ええ", "是的", "네", "예", "да", "ναι", "نعم"], " oui "),
    **dict.fromkeys(["いいえ", "不是", "아니요", "아니오", "нет", "ні", "όχι", "οχι", "لا"], " non "),
    # session 46 (fix-helper fair46): "or" between them, so that « 네 또는 아니요 » offers both, as
    # "oui ou non" does
    **dict.fromkeys(
        ["또는", "혹은", "아니면", "または", "もしくは", "或者", "还是", "還是", "или", "або"], " ou "
    ),
    **dict.fromkeys(
        [
            "互いに素", "互质", "互質", "互素", "서로소",
            "взаимно прост", "взаємно прост", "πρώτοι μεταξύ τους", "σχετικά πρώτοι",
            "أوليان فيما بينهما", "أوليان",
        ],
        " premiers entre eux ",
    ),
    **dict.fromkeys(
        ["最大公約数", "最大公约数", "最大公因数", "최대공약수", "нод", "μκδ", "القاسم المشترك الأكبر"],
        " pgcd ",
    ),
    # session 47 (fair47): "the answer is" (« 정답은 네입니다 », 「答えは、はいです」, « 答案是是的 »),
    # so that the verdict after it is told as « la réponse est oui » is
    **dict.fromkeys(["정답은", "답은", "答えは", "答案是", "回答は"], " la reponse est "),
    **dict.fromkeys(["正解は", "正确答案是", "正確答案是"], " la bonne reponse est "),
    **dict.fromkeys(
        ["정답", "答え", "答案", "ответ", "відповідь", "απάντηση", "الجواب", "الإجابة"], " reponse "
    ),
}
# A property that is the verdict, said of the numbers ("n'ont aucun facteur premier en
# commun", "share no common factor", "no prime factor in common"): they are coprime.
# Round 49 (fix-helper g49): an adverb between ("n'ont finalement aucun diviseur commun", "have really no
# common factor"), and sharing needs no "common" ("share no factor at all", « ne partagent aucun facteur »,
# "don't share any factor").
_ADVERB = (
    r"(?:(?:finalement|en fait|en realite|vraiment|reellement|absolument|decidement|bel et bien|bien|"
    r"really|actually|finally|truly|indeed|in fact|after all|absolutely|strictly|clearly|visiblement)\s++)?"
)
_NO_COMMON = re.compile(
    r"\b(?:n'ont|n'a|ont|have|has|share|shares|partagent|partage)\s++"
    + _ADVERB
    + r"(?:no|aucun|pas de|pas d'|none)\s*+"
    r"(?:diviseur|facteur|divisor|factor)s?\s++(?:premiers?\s++|prime\s++)?(?:en\s++)?"
    r"(?:commun|common|in common)\b"
    r"|\b(?:n'ont|have|share)\s++" + _ADVERB + r"(?:aucun|no)\s++(?:common|commun)\s++(?:prime\s++)?"
    r"(?:diviseur|facteur|divisor|factor)s?\b"
    r"|(?:\b(?:ne\s++|n'))?\b(?:share|shares|partagent|partage|(?:do|does)\s++not\s++share|(?:don't|doesn't)\s++share)"
    r"\s++" + _ADVERB + r"(?:no|aucun|any|pas de|pas d'|not a single|not one|pas un seul)\s++"
    r"(?:diviseur|facteur|divisor|factor)s?\b"
    # session 42: with its tail (« autre que 1 », "other than 1", "except 1"), read as part of it
    r"(?:\s++(?:autre\s++que|other\s++than|sauf|except|but|hormis|besides)\s++(?:1|un|one)\b)?"
)
# Round 49 (fix-helper g49, r49g-coprime-en-costar-tone-leaks-the-verdict): "two numbers" reported as a
# finding ("the way you announce that two numbers turn out to share no factor at all", « comme quand on
# annonce que deux nombres n'ont finalement aucun diviseur commun », "a magician revealing that two numbers
# are coprime") are the task's two: what is announced, revealed or discovered is a fact about them, no law
# about numbers in general. Read as "the two numbers"; a modal ("two numbers can…"), a condition or a
# definition in the rest of the sentence keeps the law general.
_FOUND_TWO = re.compile(
    r"\b(?P<lead>(?:annonc|announc|revel|reveal|decouvr|discover|apprend|learn|constat|realis|realiz|"
    r"s'apercev|s'apercoi)[a-z]*+(?:[ \t]++out)?[ \t]++(?:que|qu'|that)[ \t]*+"
    r"(?:(?:finalement|en fait|after all|in fact|at last|enfin)[ \t]*+,?[ \t]*+)?)"
    r"(?P<two>deux nombres|deux entiers|two numbers|two integers)\b(?P<tail>[^.;!?\n]{0,120}+)"
)
_STILL_GENERAL = re.compile(
    r"\b(?:can|could|may|might|peuvent|peut|pourraient|pourrait|parfois|sometimes|often|souvent|toujours|always|"
    r"si|s'ils|if|when|whenever|quand|lorsque|lorsqu'|iff|means|signifie|veut dire|whether)\b"
)


def _found_two(text: str) -> str:
    def read(m: re.Match[str]) -> str:
        if _STILL_GENERAL.search(m["tail"]):
            return m[0]
        article = "les " if m["two"].startswith("deux") else "the "
        return f"{m['lead']}{article}{m['two']}{m['tail']}"

    return _FOUND_TWO.sub(read, text)


_FOREIGN_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _FOREIGN), key=len, reverse=True)) + r")\b"
)
# folded in each case: a capital Cyrillic or Greek letter that looks Latin is read as that letter
_SCRIPT_WORDS = {
    fold(case(word)): said
    for word, said in _FOREIGN_SCRIPT.items()
    for case in (str, str.upper, str.capitalize)
}
# a word of a script that writes words apart (Cyrillic, Greek, Arabic, Korean) starts a word; one of
# two letters or fewer is one whole; Japanese and Chinese words stand anywhere. Session 47 (fair47): a
# Korean word may carry the copula or a particle glued after it (« 네입니다 », « 아니요로 »)
_GLUED = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KOREAN_ENDING = (
    "(?="
    + "|".join(re.escape(fold(e)) for e in ("입니다", "이에요", "예요", "이다", "이요", "로", "라고"))
    + r"|(?!\w))"
)


def _script_word(w: str) -> str:
    if _GLUED.match(w):
        return re.escape(w)
    if _HANGUL.match(unicodedata.normalize("NFC", w)):
        return rf"(?<!\w){re.escape(w)}" + (_KOREAN_ENDING if len(w) <= 3 else "")
    return rf"(?<!\w){re.escape(w)}" + (r"(?!\w)" if len(w) <= 3 else "")


_SCRIPT_WORD = re.compile("|".join(_script_word(w) for w in sorted(_SCRIPT_WORDS, key=len, reverse=True)))


_NOT_NUMBERS = sorted((re.escape(w) for w, s in _FOREIGN.items() if not s.isdigit()), key=len, reverse=True)
_FOREIGN_NOT_NUMBER = re.compile(r"\b(?:" + "|".join(_NOT_NUMBERS) + r")\b")


def foreign_read(text: str, numbers: bool = True) -> str:
    """The folded ``text`` with the answer's words of other languages (:data:`_FOREIGN`, and the
    other scripts' :data:`_FOREIGN_SCRIPT`) read as the French ones (round 54); without
    ``numbers``, their number words left as written (the foreign gate reads those as counts)."""
    text = _SCRIPT_WORD.sub(lambda m: _SCRIPT_WORDS[m.group(0)], text)
    return (_FOREIGN_WORD if numbers else _FOREIGN_NOT_NUMBER).sub(lambda m: _FOREIGN[m.group(0)], text)

# "l'inverse additif de dix", "the additive inverse of 10", "l'opposé de 10": minus ten.
# Round 17b: values ruled out in a list ("leur PGCD n'est ni 5, ni 7, ni 35", "b is neither 10
# nor 4 nor 0") read as the first one ruled out ("n'est pas 5"), which the answer reader
# takes as an answer by elimination (round 5's rule: a fair prompt asks, it excludes nothing).
_NEITHER = re.compile(
    rf"\b(?P<lead>n'est|ne vaut|ne fait|n'egale|ne sera|is|equals|will be)\s++(?:ni|neither)\s++"
    rf"(?P<v>-?\s*+\d+(?:[.,]\d+)?|{NUMBER_WORD_RE})\b(?=\s*+,?\s*+(?:ni|nor)\b)"
)
# Round 17b: a marking scheme rewards the values it names ("Barème : 1 pt si b = -10", "2
# points if the answer is yes", "si a = 4 : 1 pt"): read without its conditions, it states them.
_SCHEME = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*+(?:pts?|points?)\s++(?:si|if|pour|for|when|quand|lorsque|whenever)\b"
    r"|\b(?:si|if)\b(?=[^.;\n]{0,60}?(?::|->|=>|→)\s*+\d+(?:[.,]\d+)?\s*+(?:pts?|points?)\b)"
)
_SCHEME_TAIL = re.compile(r"(?<!\s)\s*+(?::|->|=>|→)\s*+\d+(?:[.,]\d+)?\s*+(?:pts?|points?)\b")
_OPPOSITE = re.compile(
    rf"\b(?:l'\s*+|the\s++)?(?:inverse additif|oppose|additive inverse|negative|symetrique)"
    rf"\s++(?:de\s++|du\s++|d'|of\s++)(?:the\s++|le\s++|nombre\s++|number\s++)?(?P<n>\d++|{NUMBER_WORD_RE})\b"
)

# Session 37 (round 37): values a prompt states in other forms than a copula.
# A negative number in words: "minus ten", « moins dix », "ten (degrees) below zero".
_N = rf"(?:\d++|{NUMBER_WORD_RE})"
_MINUS_WORD = re.compile(rf"(?<![\w-])(?:minus|moins|negative|negatif)\s++(?P<n>{_N})(?![\w-])")
_BELOW_ZERO = re.compile(
    rf"(?<![\w-])(?P<n>{_N})\s++(?:(?:degres?|degrees?)\s++)?(?:celsius\s++)?"
    r"(?:below|sous|au-dessous\s++de|en\s++dessous\s++de)\s++(?:zero|0)(?![\w-])"
)
# A parameter's name followed by its value, as in a checklist: "intercept -10", "pente 4".
_LABELLED = re.compile(
    r"(?<![\w-])(?P<label>y-intercept|intercept|ordonnee\s++a\s++l'origine|slope|pente|"
    r"coefficient\s++directeur)\s++(?P<n>-?\s*+\d++(?:[.,]\d++)?)(?![\d\w])"
)
# Round 52: a parameter's name and its value with a participle of settling between, as an artefact's
# field says it ("Resolution: intercept confirmed at -10", « ordonnée à l'origine arrêtée à −10 », "b set
# to -10", "Status: done, intercept fixed at −10").
_SETTLED = re.compile(
    r"(?<![\w-])(?P<label>y-intercept|intercept|ordonnee\s++a\s++l'origine|slope|pente|coefficient\s++directeur|b)"
    r"\s++(?:(?:is|was|has\s++been|est|a\s++ete)\s++)?"
    r"(?:confirm|fix|arret|valid|verifi|trouv|etabli|calcul|estim|mesur|retenu|bloqu|fig|settl|set|lock|pinn|agree|"
    r"establish|determin|kept|pegg|capp|frozen|found|check)[a-z]{0,4}+"
    r"\s++(?:at|to|as|on|a|au|sur)\s*+:?\s*+(?P<n>-?\s*+\d++(?:[.,]\d++)?)(?![\d\w])"
)
# Where the line crosses the y-axis, its value given after a story: "the line crosses the
# y-axis at the temperature of a cold morning, -10".
_CROSSING = re.compile(
    r"(?<![\w-])(?:crosses|cuts|meets|intersects|coupe|croise|traverse|rencontre)\s++(?:the\s++|l'\s*+)?"
    r"(?:y-axis|y\s++axis|axe\s++des\s++ordonnees|axe\s++des\s++y)\s++(?:at|en|a)\b"
    r"[^.;!?\n(]{0,100}?(?P<n>-\s*+\d++)(?![\w]|[.,]\d)"
)
# Code that states a value of the unknown: f(0) is the intercept ("assert line(0) == -10"), a
# boolean compared as a number ("len(sisters) == True"), a gcd equal to another pair's
# ("gcd(35, 64) == gcd(7, 8)", « math.gcd(35, 64) renvoie la même valeur que math.gcd(7, 8) »).
_AT_ZERO = re.compile(r"(?<![\w.])[a-z_][\w.]{0,30}+\(\s*+0\s*+\)\s*+==?\s*+(?P<n>-?\s*+\d++)(?![\d\w])")
_BOOLEAN = re.compile(r"(?<=[=!]=)\s*+(?P<b>true|false)\b")
_GCD = r"(?:math\.)?(?:pgcd|gcd)\s*+\(\s*+(?P<{0}>\d{{1,9}})\s*+[,;]\s*+(?P<{1}>\d{{1,9}})\s*+\)"
_SAME_GCD = re.compile(
    r"(?<![\w.])" + _GCD.format("a", "b") + r"\s*+(?:==?|equals|is\s++equal\s++to|est\s++egal\s++a|vaut|"
    r"(?:renvoie|donne|returns|gives)\s++(?:la\s++meme\s++valeur\s++que|le\s++meme\s++resultat\s++que|"
    r"the\s++same\s++(?:value\s++|result\s++)?as)|(?:is|est)\s++(?:the\s++same\s++as|le\s++meme\s++que))\s*+"
    + _GCD.format("c", "d")
)
# Session 55 (mendmust): a gcd said to give the same result as a number ("pgcd(35, 64) donne le même résultat
# que 1", as :func:`workshop.prompts.computed.referred` writes « … que pgcd(2, 3) » before this reads it), the
# number ending its phrase ("the same result as 1 step of Euclid's" names no value).
_SAME_AS_NUMBER = re.compile(
    r"(?<![\w.])" + _GCD.format("a", "b") + r"\s*+(?:(?:renvoie|donne|returns|gives)\s++(?:la\s++meme"
    r"\s++valeur\s++que|le\s++meme\s++resultat\s++que|the\s++same\s++(?:value\s++|result\s++)?as)|(?:is|est)\s++(?:the"
    r"\s++same\s++as|le\s++meme\s++que))\s*+(?P<n>\d{1,9})(?![\d.,]\d)(?=\s*+(?:[,;:!?)\n]|\.(?!\d)|$))"
)
# An analogy with another pair: « 35 est à 64 ce que 8 est à 9 », "35 is to 64 as 8 is to 9".
_ANALOGY = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,9})\s++(?:est\s++a|is\s++to)\s++(?P<b>\d{1,9})\s++(?:ce\s++que|as|what)\s++"
    r"(?P<c>\d{1,9})\s++(?:est\s++a|is\s++to)\s++(?P<d>\d{1,9})(?![\d\w])"
)


# Session 37 (round 38): a value given as a memory aid for a thing the prompt names ("pour
# retenir b, pense à l'étiquette des soldes : « −10 »", "to remember the intercept, think of
# my price tag: -10"), or stored as it ("we stored the intercept b as a signed byte: -10",
# once the byte is read): "b = -10". A percentage is a story's, no value.
_AID_VALUE = r"(?<![\w.,])(?P<n>-[ \t]?\d{1,6}|\d{1,6})(?![\w]|[.,]\d|[ \t]*+%)"
_MEMORY_AID = re.compile(
    r"(?<![\w'-])(?:pour\s++(?:bien\s++)?(?:retenir|memoriser|(?:te|se|vous)\s++(?:rappeler|souvenir)(?:\s++de)?)|"
    r"to\s++(?:remember|memori[sz]e|recall)|(?:mnemonics?|memory\s++(?:aids?|tricks?|hooks?))\s++for|"
    r"(?:moyens?|astuces?|trucs?)\s++mnemotechniques?\s++pour)\s++(?P<x>[^,:;.!?\n\"]{1,40}?)\s*+[,:;]"
    rf"[^.;!?\n]{{0,120}}?{_AID_VALUE}"
)
_STORED = re.compile(
    r"(?<![\w'-])(?:stored|stores|store|saved|saves|kept|keeps|encoded|encodes|recorded|records|"
    r"stocke\w*|range|rangee?s?|codee?s?|code|enregistre\w*|sauvegarde\w*)\s++(?P<x>[^,:;.!?\n\"]{1,40}?)\s++"
    r"(?:as|comme|dans|in|into|en|sur|on|sous)\s++[^:;.!?\n\"]{0,60}?"
    r"(?::|,?\s*+(?:which|that|qui)\s++(?:reads|contains|holds|shows|gives|vaut|contient|affiche|donne))"
    rf"\s*+\"?\s*+{_AID_VALUE}"
)


# Round 68 (r68g-line-moitie-intro-moitie-ps: « pour b j'avais trouvé -10 »): a fronted topic then a verb of
# finding, getting or having and a value (« pour b j'ai trouvé -10 », « quant à b, j'ai obtenu -10 », « côté
# PGCD, j'ai trouvé 1 », "for b I got -10", "as for the gcd, I ended up with 1", "regarding b, my calculator
# gave -10"), or the verb, the value then the topic (« j'ai trouvé -10 pour b », "I got 1 for the gcd"): the
# topic is said to be the value, "b = -10". Only a value that ends its phrase (a stop, a comma, a bracket, a
# clause's next word); what the topic is is read by the value readers as any "x = value" is (a topic that is
# not the task's unknown says nothing of it).
_FOUND_VERB = (
    r"(?:trouve|trouvee|trouves|trouvons|trouvait|obtenu|obtiens|obtient|obtenons|obtenait|eu|calcule|calculee|"
    r"donne|donnait|got|get|gets|found|find|obtained|calculated|computed|gave|gives|ended\s++up\s++with|"
    r"came\s++up\s++with|arrived\s++at|tombe\s++sur|arrive\s++a)"
)
_FOUND_END = (
    r"(?=[ \t]*+(?:[,.;:!?)\n]|$|(?:sur|on|in|dans|mais|but|et|and|hier|yesterday|avec|with|en|when|quand|"
    r"apres|after|donc|so|je|i|par|by)(?![\w'-])))"
)
_TOPIC_FOUND = re.compile(
    r"(?<![\w'-])(?:pour|for|quant\s++(?:aux?|a)|as\s++for|cote|concernant|regarding)\s++"
    r"(?P<x>[a-z][^,:;.!?\n\"]{0,30}?)[ \t]*+[,:]?[ \t]*+(?:[a-z'-]{1,12}+[ \t]++){0,3}?"
    rf"{_FOUND_VERB}[ \t]++(?:(?:que|that|comme|as|environ|about|around)[ \t]++)?{_AID_VALUE}{_FOUND_END}"
)
_FOUND_TOPIC = re.compile(
    rf"(?<![\w'-]){_FOUND_VERB}[ \t]++{_AID_VALUE}[ \t]++(?:pour|for|comme|as)[ \t]++"
    r"(?P<x>(?:(?:le|la|les|l'|the|mon|ma|my|ton|ta|your)[ \t]*+)?[a-z][a-z' -]{0,30}?)"
    r"(?=[ \t]*+(?:[,.;:!?)\n]|$|(?:sur|on|in|dans|mais|but|et|and|hier|yesterday|avec|with|when|quand)"
    r"(?![\w'-])))"
)


def _number(token: str) -> str:
    return str(NUMBER_WORDS.get(token, token))


def values_stated(text: str) -> str:
    """``text`` with the values it states in round 37's other forms read as plain statements:
    negative numbers in words as figures, a parameter's name and its value joined by "=",
    the crossing and f(0) read as "b = …", a boolean compared as a number read as one, a gcd
    equal to another pair's (or a pair put in analogy with another) read with that gcd."""
    text = _MINUS_WORD.sub(lambda m: f"-{_number(m['n'])}", text)
    text = _BELOW_ZERO.sub(lambda m: f"-{_number(m['n'])}", text)
    text = _LABELLED.sub(lambda m: f"{m['label']} = {m['n']}", text)
    text = _SETTLED.sub(lambda m: f"{m['label']} = {m['n']}", text)  # round 52
    text = _BOOLEAN.sub(lambda m: " 1" if m["b"] == "true" else " 0", text)
    facts = [f"b = {m['n'].replace(' ', '')}." for m in _CROSSING.finditer(text)][:5]
    facts += [f"b = {m['n'].replace(' ', '')}." for m in _AT_ZERO.finditer(text)][:5]
    for m in [*list(_SAME_GCD.finditer(text))[:5], *list(_ANALOGY.finditer(text))[:5]]:
        facts.append(f"pgcd({m['a']}, {m['b']}) = {math.gcd(int(m['c']), int(m['d']))}.")
    facts += [f"pgcd({m['a']}, {m['b']}) = {m['n']}." for m in _SAME_AS_NUMBER.finditer(text)][:5]
    # session 38: a value given as a memory aid for a named thing, or stored as one
    facts += [f"{m['x'].strip()} = {m['n'].replace(' ', '')}." for m in _MEMORY_AID.finditer(text)][:5]
    facts += [f"{m['x'].strip()} = {m['n'].replace(' ', '')}." for m in _STORED.finditer(text)][:5]
    # round 68: a topic and the value found for it
    facts += [f"{m['x'].strip()} = {m['n'].replace(' ', '')}." for m in _TOPIC_FOUND.finditer(text)][:5]
    facts += [f"{m['x'].strip()} = {m['n'].replace(' ', '')}." for m in _FOUND_TOPIC.finditer(text)][:5]
    return "\n\n".join([text, *facts])


# Round 21b: a value given as the second predicate of a subject already described ("b est
# négatif et vaut l'opposé de dix", "b is negative and equals -10"): read with the subject
# repeated ("b vaut -10"), its number words and opposites read as well.
_SHARED_SUBJECT = re.compile(
    r"\b(?P<subj>[a-z])\s++(?:est|is)\s++(?:[a-z]++\s++)?[a-z]++\s++(?:et|and)\s++"
    r"(?P<verb>vaut|fait|egale|est egal a|est egale a|equals|is equal to|is)\b"
)
# Session 49: a subject put first and taken up by a pro-form (« L'ordonnée à l'origine, c'est −10. »,
# « Leur PGCD, c'est 1 », "The intercept? That's −10."): read with the copula alone (« l'ordonnée à
# l'origine est −10 »). Round 71's fix-helper found it unread; the readers then look for the subject.
_DISLOCATED = re.compile(
    r"(?<=[a-z0-9)])[ \t]*+[,:?—–][ \t]*+"
    r"(?:(?P<fr>c'est|c'etait|ce sera|ca fait|ca vaut)|that's|that is|it's|it is)(?=[ \t])"
)


# Round 21b: an item described in a clause with its verb left out, after one with it ("l'avis
# 1 est le plus satisfait, l'avis 2 le plus mécontent"): read with the verb ("l'avis 2 est le
# plus mécontent").
_GAPPED = re.compile(
    r"\b(?P<item>(?:l'|the\s++)?(?:avis|review|commentaire|comment)\s*+(?:n[o°]\s*+)?\d)\s++"
    r"(?P<rest>(?:le|la|les|the)\s++(?:plus|moins|most|least)\b)"
)
# Round 21b: the answer's ending quoted as a signed number ("ma prof dit que l'équation finit
# par « − 10 »", "my answer key ends with '-10'"): read as the intercept stated.
_ENDS_WITH = re.compile(
    r"\b(?:finit|finira|finissent|se termine|se terminera|se terminent|termine|s'acheve|ends|will end|ending|"
    r"finishes)\s++(?:par|with|en|sur|on)\s*+\"\s*+(?P<sign>[-+])\s*+(?P<n>\d++)\s*+\""
)


# A word described by its letters ("ce mot a trois lettres, il commence par U et finit par E").
_LENGTH = re.compile(rf"\b(?P<n>\d|{NUMBER_WORD_RE})\s++(?:lettres|letters)\b")
_LETTER = r"\s++(?:la lettre\s++|the letter\s++|un\s++|une\s++|an?\s++)?\"?(?P<c>[a-z])\b"
_FIRST = re.compile(
    rf"\b(?:commence|commencant|debute|begins|starts|starting|beginning)\s++(?:par|with){_LETTER}"
)
_LAST = re.compile(rf"\b(?:finit|finissant|termine|terminant|ends|ending)\s++(?:par|with|en){_LETTER}")

# A table of values: a row of x's, a row of y's ("| x | 1 | 2 | 3 |", "y : -6, -2, 2").
_ROW = re.compile(
    r"^[ \t|]*+(?P<var>[xy])[ \t]*+[|:=]?(?P<cells>(?:[ \t|;,]*+-?\d++(?:[.,]\d++)?)++)[ \t|]*+$", re.M
)
_CELL = re.compile(r"-?\d++(?:[.,]\d++)?")


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral (folded, lower case): a letter before a larger one is taken off."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


_LETTERS = re.compile(r"[a-z]++(?!')")
_GLUE = re.compile(r"[ \t,.;:!?'-]*+")


def _read(word: str) -> bool:
    return word in lexicon() or word in NUMBER_WORDS


# session 47 (fair47): « énigme n° 1 » numbers the riddle in its collection (a locator, kept from ROT13)
_NUMBERED_NOUN = re.compile(
    r"(?:enigme|puzzle|riddle|exercice|exercise|probleme|problem|fiche|question)[ \t]*+$"
)


# fix83: a letter alone beside another letter alone, joined by a conjunction, a comma or a slash
_PAIR_BEFORE = re.compile(r"(?<![\w'])[a-z][ \t]*+(?:(?:et|and|ou|or)[ \t]++|[,/][ \t]*+)$")
_PAIR_AFTER = re.compile(r"(?<![ \t])(?:[ \t]++(?:et|and|ou|or)[ \t]++|[ \t]*+[,/][ \t]*+)[a-z](?![\w'])")


def _paired_letter(text: str, start: int, end: int) -> bool:
    """Whether the letter alone at ``text[start:end]`` is paired with another letter alone ("a et b")."""
    return bool(_PAIR_BEFORE.search(text[max(0, start - 8) : start]) or _PAIR_AFTER.match(text, end))


def _undone(text: str, turn: Callable[[str], str]) -> str:
    """``text`` with each run of unread words (words of two letters or more that are
    neither French nor English, with what stands between them on their line) turned back by
    ``turn`` where most of the words it gives are read; a letter alone is turned with the
    run it stands in, or alone when ``turn`` keeps letters letters (ROT13: "l = 4k")."""
    out: list[str] = []
    last = 0
    tokens = list(_LETTERS.finditer(text))
    i = 0
    while i < len(tokens):
        if _read(tokens[i].group(0)) or tokens[i].group(0) in ("a", "y"):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and not (_read(tokens[j + 1].group(0)) and len(tokens[j + 1].group(0)) > 1)
            and _GLUE.fullmatch(text, tokens[j].end(), tokens[j + 1].start())
        ):
            j += 1
        start, end = tokens[i].start(), tokens[j].end()
        turned = turn(text[start:end])
        long = [w for w in _LETTERS.findall(turned) if len(w) > 1]
        # round 57 (fix57): a letter alone then a full stop and a number is a locator ("p. 1", "l. 5"): kept;
        # session 47 (fair47): so is "n° 1", "nº 1" (« énigme n° 1 » is no ROT13 "a° 1")
        abbreviated = not long and j == i and re.match(r"\.[ \t]*+\d", text[end : end + 4]) is not None
        abbreviated = abbreviated or (
            not long
            and j == i
            and re.match(r"[°º][ \t]*+\d", text[end : end + 4]) is not None
            and _NUMBERED_NOUN.search(text[max(0, start - 20) : start]) is not None
        )
        # fix83 (round 83): a letter paired with another by "et"/"and"/","/"/" is a variable of a definition
        # ("a et b sont premiers entre eux quand…", "m and n", "a/b"), no ROT13 of a value
        abbreviated = abbreviated or (not long and j == i and _paired_letter(text, start, end))
        if ((not long and j == i) or (long and 2 * sum(map(_read, long)) > len(long))) and not abbreviated:
            out += [text[last:start], turned]
            last = end
        i = j + 1
    out.append(text[last:])
    return "".join(out)


def _spelled(text: str) -> str:
    return _SPELLED.sub(lambda m: re.sub(r"[^a-z]", "", m.group(0)) + " ", text)


def _described_word(text: str) -> str | None:
    """The one number word that fits the letters a prompt describes, if two facts or more
    about them are given and one value fits."""
    length = _LENGTH.search(text)
    first, last = _FIRST.search(text), _LAST.search(text)
    if sum(x is not None for x in (length, first, last)) < 2:
        return None
    size = None
    if length:
        n = length.group("n")
        size = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
    fits = {
        word: value
        for word, value in NUMBER_WORDS.items()
        if word not in ("a", "an")
        and (size is None or len(word) == size)
        and (first is None or word.startswith(first.group("c")))
        and (last is None or word.endswith(last.group("c")))
    }
    if len(set(fits.values())) != 1:
        return None
    return next(iter(fits))


def _table_points(text: str) -> str:
    rows: dict[str, list[str]] = {}
    points = []
    for row in _ROW.finditer(text):
        rows[row.group("var")] = _CELL.findall(row.group("cells"))
        if "x" in rows and "y" in rows and len(rows["x"]) == len(rows["y"]):
            points += [f"({x}, {y})" for x, y in zip(rows["x"], rows["y"], strict=True)]
            rows = {}
    return " ".join(points)


# A collective number word is its number in a hint (round 12: "b vaut moins une dizaine" is
# b = -10, as "moins dix" is): a prompt that says it gives that value.
_COLLECTIVES = {"dizaine": "10", "douzaine": "12", "quinzaine": "15", "vingtaine": "20", "trentaine": "30",
                "quarantaine": "40", "cinquantaine": "50", "soixantaine": "60", "centaine": "100",
                "dozen": "12", "score": "20"}  # fmt: skip
_COLLECTIVE = re.compile(r"\b(?:une|a|one|1)\s++(?P<noun>" + "|".join(_COLLECTIVES) + r")s?\b")


# Round 40 (r40g-riddle-en-fraction-of-a-dozen: "if you count Caroline's sisters in dozens, you get
# exactly 1/12 of a dozen"): a value told as arithmetic on a named quantity. A group noun after an article
# is its size ("une paire", "a pair", "un trio", "a quartet", "a dozen", "une demi-douzaine", "a
# decade"); a fraction of a size or of a number ("1/12 of a dozen", "one twelfth of a dozen", « la
# moitié d'une paire », "a third of a trio", « le quart d'un quatuor ») is read as its value when it is
# whole, and the size before "minus"/"moins"/"plus" N as the result ("a dozen minus eleven"). A group
# noun with no article ("nombre pair", "by the dozen") is no size. Read with the negatives in words
# (:func:`values_stated`: "minus a decade" is -10).
_GROUPS = {**_COLLECTIVES, "paire": "2", "pair": "2", "couple": "2", "duo": "2", "trio": "3", "quatuor": "4",
           "quartet": "4", "quintette": "5", "quintet": "5", "sextuor": "6", "sextet": "6",
           "demi-douzaine": "6", "half-dozen": "6", "half dozen": "6", "decade": "10",
           "decennie": "10"}  # fmt: skip
_GROUP = re.compile(
    r"(?<![\w-])(?:une|un|a|an|one|1|la|le|l'|the|d'une|d'un|(?<=ieme\s)de|(?<=ieme\s)d'|(?<=th\s)of)\s*+(?P<noun>"
    + "|".join(sorted(_GROUPS, key=len, reverse=True))
    + r")(?![\w-])(?:\s++(?:de|of)(?=\s)|\s++d')?"  # "une dizaine de sœurs": ten sisters
)
_PARTS = {"half": 2, "moitie": 2, "third": 3, "tiers": 3, "quarter": 4, "quart": 4, "fourth": 4, "fifth": 5,
          "cinquieme": 5, "sixth": 6, "sixieme": 6, "tenth": 10, "dixieme": 10, "twelfth": 12,
          "douzieme": 12}  # fmt: skip
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "le": 1, "la": 1, "the": 1, "two": 2, "deux": 2,
               "three": 3, "trois": 3}  # fmt: skip
_FRACTION_OF = re.compile(
    r"(?<![\w./-])(?:(?P<num>\d{1,3}+)\s*+/\s*+(?P<den>\d{1,3}+)|(?:(?P<wnum>a|an|one|un|une|le|la|the|two|deux|three|"
    r"trois)\s++)?(?P<part>" + "|".join(_PARTS) + r")s?)(?:\s++of|\s++de|\s*+d')?\s*+(?:the\s++)?"
    r"(?P<whole>\d{1,4}+)(?![\w/]|[.,]\d|\s*+/)"
)
_GROUP_MINUS = re.compile(
    rf"(?<![\w./-])(?P<a>\d{{1,4}})\s++(?P<op>minus|moins|plus)\s++(?P<b>\d{{1,4}}|{NUMBER_WORD_RE})(?![\w.,/-])"
)


def _fraction_of(m: re.Match[str]) -> str:
    if m["den"]:
        num, den = int(m["num"]), int(m["den"])
    else:
        num, den = _NUMERATORS.get(m["wnum"] or "a", 1), _PARTS[m["part"]]
    value = num * int(m["whole"])
    return f" {value // den}" if den and value % den == 0 else m.group(0)


def named_quantities(text: str) -> str:
    """``text`` with group nouns read as their sizes, whole fractions of them and sizes minus or plus a
    number computed (see :data:`_GROUPS`); ``text`` itself when it names no group."""
    grouped = _GROUP.sub(lambda m: f" {_GROUPS[m['noun']]} ", text)
    if grouped == text:
        return text
    fractioned = _FRACTION_OF.sub(_fraction_of, grouped)

    def reckon(m: re.Match[str]) -> str:
        a, b = int(m["a"]), int(_number(m["b"]))
        return f" {a - b if m['op'] != 'plus' else a + b}"

    reckoned = _GROUP_MINUS.sub(reckon, fractioned)
    if reckoned == grouped and not _SIGNED_GROUP.search(grouped):
        # a group noun with nothing computed on it is a word, not a value: "a pair of numbers is
        # coprime whenever its gcd equals 1" says no count (tests/test_prompts_dictation.py)
        return text
    return values_stated(reckoned)


_SIGNED_GROUP = re.compile(r"(?<![\w-])(?:minus|moins|negative|negatif|negative)[ \t]++\d")


# Round 40 (r40g-line-en-game-penalty: "falling off the map costs you exactly the same number of points as
# the line's intercept b, and the screen says 'YOU LOST 10 POINTS'"): a thing counted in a unit said to
# count as many of it as a named unknown ("as many points as the intercept b", « autant de points que
# l'ordonnée à l'origine b »), then a count of that unit in the same sentence, is the unknown's value: lost,
# a penalty, minus or a sign before the count make it negative. Read as "b = -10" (the unknown's name).
_AS_MANY = re.compile(
    r"(?<![\w-])(?:as\s++many|the\s++same\s++(?:number|amount)\s++of|autant\s++de|le\s++meme\s++nombre\s++de|"
    r"la\s++meme\s++quantite\s++de)\s++(?P<unit>[a-z]{3,15}+)\s++(?:as|que|qu')\s*+(?:[a-z']++\s++){0,4}?"
    r"(?P<x>(?:l')?ordonnee\s++a\s++l'origine(?:\s++b)?|(?:y-)?intercept(?:\s++b)?|(?<![\w'])[b-z])(?![\w'-])"
)
_LOSS = r"(?:lost|lose|loses|losing|perdu|perds|perd|perdre|penalty\s++of|penalite\s++de|minus|moins|[-−])"


def counted_as_unknown(sentence: str) -> bool:
    """Whether ``sentence`` (folded) counts a unit as many times as a named unknown (:data:`_AS_MANY`)."""
    return bool(_AS_MANY.search(sentence))


def counted_as(text: str) -> str:
    """``text`` with the value of each unknown counted as a unit's count (:data:`_AS_MANY`) stated."""
    facts = []
    for sentence in re.split(r"(?<=[.;!?\n])", text)[:200]:
        for m in list(_AS_MANY.finditer(sentence))[:5]:
            count = re.search(
                rf"(?P<loss>{_LOSS}[ \t\"'«]*+)?(?<![\w.,])(?P<n>\d{{1,6}}+)[ \t]++{re.escape(m['unit'])}",
                sentence[m.end() :],
            )
            if count:
                name = "b" if re.search(r"ordonnee|intercept", m["x"]) else m["x"]
                facts.append(f"{name} = {'-' if count['loss'] else ''}{count['n']}.")
    return "\n\n".join([text, *facts]) if facts else text


# Facts equivalent to coprimality state it (round 16b): a Bézout identity ("11 × 35 − 6 × 64
# = 1", "35 × 11 = 64 × 6 + 1", round 19b's chain "35 × 11 = 385 = 6 × 64 + 1": any
# number dividing two factors of different products
# divides 1), an irreducible fraction ("35/64 est irréductible", "cannot be simplified"), an
# lcm that is the product ("leur PPCM vaut leur produit", "le PPCM de 35 et 64 vaut 2240").
# Each is read as the verdict it implies, "A et B sont premiers entre eux" (one reading for
# each pair: a Bézout identity makes every pair of factors from its two products coprime).
# (each blank run read from its start only: linear on a run of blanks, test_prompts_redos)
_SIGNED = r"(?:\(\s*+)?(?:[-−]\s*+)?\d{1,9}(?:\s*+\))?"
_PRODUCT_TERM = re.compile(
    rf"(?:(?P<sign>[-−+])\s*+)?(?P<a>{_SIGNED})(?:\s*+[×x*·]\s*+(?P<b>{_SIGNED}))?"
)
_SIDE = re.compile(rf"^\s*+(?:(?:[-−+]\s*+)?{_SIGNED}(?:\s*+[×x*·]\s*+{_SIGNED})?\s*+)++$")
_IRREDUCIBLE = re.compile(
    r"(?<![\d/])(\d{1,9})\s*+/\s*+(\d{1,9})(?![\d/])[^.;\n]{0,40}?\b(?<!pas )(?<!not )"
    r"(?:irreductible|irreducible|"
    r"ne (?:peut|se) (?:pas |plus )?(?:etre )?simplifie|(?:cannot|can't|can not) be (?:simplified|reduced)|"
    r"in (?:its )?(?:lowest|simplest) (?:terms|form)|deja simplifiee)"
)
_LCM = re.compile(
    r"\b(?:ppcm|lcm|plus petit (?:commun multiple|multiple commun)|least common multiple|"
    r"lowest common multiple)\b"
)
_PRODUCT_WORD = re.compile(r"\b(?:leur produit|their product|(?:au|le) produit des deux|the product of)\b")
_NOT = re.compile(r"\b(?:n'est pas|ne vaut pas|not|isn't|pas)\b")
# a bound, not an equality (session 38): « le PPCM de 35 et 64 est au plus leur produit »
_BOUND = re.compile(
    r"\b(?:inferieure?s?|au\s++plus|at\s++most|less|smaller|plus\s++petite?s?|divise\w*|divides?)\b|[<≤]"
)
# the law for any coprime pair (session 38): « le PPCM de deux nombres premiers entre eux est leur produit »
_ANY_PAIR = re.compile(
    r"\b(?:deux\s++(?:nombres|entiers)|two\s++(?:numbers|integers)|premiers\s++entre\s++eux|coprimes?|"
    r"relatively\s++prime)\b"
)


def _integer(token: str) -> int:
    return int(re.sub(r"[\s()]", "", token).replace("−", "-"))


def _side_terms(side: str) -> list[tuple[int, int | None]] | None:
    if not _SIDE.match(side):
        return None
    terms = []
    for m in _PRODUCT_TERM.finditer(side):
        if not m.group("a"):
            continue
        sign = -1 if m.group("sign") in ("-", "−") else 1
        a = sign * _integer(m.group("a"))
        terms.append((a, _integer(m.group("b")) if m.group("b") else None))
    return terms


def _bezout_pairs(sentence: str) -> list[tuple[int, int]]:
    """A Bézout identity, "11 × 35 − 6 × 64 = 1" or as a chain of equal sides (round 19b: "35 ×
    11 = 385 = 6 × 64 + 1"): every side evaluates to the same value, and two of them make
    an identity of two products that differ by 1."""
    if not 1 <= sentence.count("=") <= 4:
        return []
    sides = [_side_terms(part) for part in sentence.split("=")]
    if any(side is None for side in sides):
        return []
    values = {sum(a * (b if b is not None else 1) for a, b in side) for side in sides if side is not None}
    if len(values) != 1:
        return []
    found: list[tuple[int, int]] = []
    for i, left in enumerate(sides):
        for right in sides[i + 1 :]:
            assert left is not None and right is not None
            products = [(a, b) for a, b in left if b is not None]
            products += [(-a, b) for a, b in right if b is not None]
            constant = sum(a for a, b in right if b is None) - sum(a for a, b in left if b is None)
            if len(products) != 2 or abs(constant) != 1:
                continue
            (a1, b1), (a2, b2) = products
            found += [(abs(x), abs(y)) for x in (a1, b1) for y in (a2, b2) if x is not None and y is not None]
    return list(dict.fromkeys(found))


# A complete Euclid chain (round 18b: "64 = 1 × 35 + 29 ; 35 = 1 × 29 + 6 ; ... ; 5 = 5 × 1 +
# 0"): each division's divisor and remainder the next one's dividend and divisor, down to a
# remainder of 0. The prompt that carries the answer's whole working dictates it: a last
# divisor (their gcd) of 1 states that the first two numbers are coprime, said or not.
_DIVISION = re.compile(
    r"(?<![\d.,])(\d{1,9})\s*+=\s*+(\d{1,9})\s*+[×x*·]\s*+(\d{1,9})\s*+\+\s*+(\d{1,9})(?![\d.,]\d)"
)
EUCLID_STEPS = 2  # divisions at least, the last with a remainder of 0


def _euclid_pairs(text: str) -> list[tuple[int, int]]:
    steps = [tuple(int(n) for n in m.groups()) for m in _DIVISION.finditer(text)]
    found = []
    for start in range(len(steps)):
        dividend, divisor, first, count = steps[start][0], 0, (0, 0), 0
        for a, m1, m2, r in steps[start:]:
            options = [b for b in (m1, m2) if r < b and (not count or b == divisor)]
            if a != dividend or a != m1 * m2 + r or not options:
                break
            first, count = first if count else (a, options[0]), count + 1
            if r == 0:
                if options[0] == 1 and count >= EUCLID_STEPS:
                    found.append(first)  # the last divisor, their gcd, is 1
                break
            dividend, divisor = options[0], r
    return found


# Round 25b: a use of the two numbers that exists only when they are coprime, asked as given
# ("calcule ensuite l'inverse de 35 modulo 64", "give the inverse of 35 mod 64", "35⁻¹ mod 64",
# "trouve u et v tels que 35u + 64v = 1"), presupposes the verdict: the model is told they are.
# Asked under a condition or as a question ("si c'est le cas, donne l'inverse", "say whether 35
# has an inverse modulo 64", "s'il existe") it presupposes nothing. Read sentence by sentence.
_INVERSE_MOD = re.compile(
    r"\b(?:inverse|reciproque)\s++(?:modulaire\s++|multiplicati(?:f|ve)\s++|modular\s++)?(?:de|of|du)\s++"
    r"(\d{1,9})\s++(?:modulo|mod|dans\s++z/|in\s++z/)\s*+(\d{1,9})\b"
    r"|(?<![\d.,])(\d{1,9})\s*+(?:\^\s*+\(?\s*+-\s*+1\s*+\)?|⁻¹)\s*+\(?\s*+(?:modulo|mod)\s++(\d{1,9})\b"
)
_BEZOUT_LETTERS = re.compile(
    r"(?<![\d.,])(\d{1,9})\s*+[×*·]?\s*+(?P<u>[a-z])(?![a-z])\s*+[+-]\s*+(\d{1,9})\s*+[×*·]?\s*+(?!(?P=u))[a-z]"
    r"(?![a-z])\s*+=\s*+1(?![\d.,])"
)
_UNLESS_GIVEN = re.compile(
    r"\b(?:si|s'il|s'ils|if|whether|when|quand|lorsque|lorsqu'|le cas echeant|eventuel|eventuellement|"
    r"existe-t-il|peut-on|can|could|possible|exists?\b\s*+\?)"
)


# Round 25b: the verdict reported by a pro-form ("mon corrigé dit qu'ils le sont", "my answer key
# says they are", "le prof confirme que oui"): the question's own predicate put back.
_PRO_VERDICT = re.compile(
    r"\b(?P<lead>(?:dit|disait|affirme|indique|confirme|assure|precise|pense|ecrit|says|said|states|"
    r"confirms|claims|thinks|writes|shows)\s++(?:que\s++|qu'|that\s++)?)"
    r"(?:(?:ils|elles|they|les deux|both)\s++(?:le\s++)?(?:sont|are)|oui|yes)(?=\s*+(?:[.;!,)\n]|$))"
)


# Round 29: a property that holds only for a coprime pair, stated of the two numbers: a
# multiplicative function split over their product ("φ(35 × 64) = φ(35) × φ(64)", "phi(2240) =
# phi(35)*phi(64)", τ as well), a power of one that is 1 modulo the other ("35^φ(64) ≡ 1 (mod
# 64)", "35^32 = 1 mod 64": it has an inverse), the Chinese remainder split ("Z/2240Z ≅ Z/35Z ×
# Z/64Z"). Asked, supposed or denied it states nothing (as above).
_ARG = r"\(\s*+(\d{1,9})(?:\s*+[*x·]\s*+(\d{1,9}))?\s*+\)"
_MULTIPLICATIVE = re.compile(
    rf"(?P<f>φ|ϕ|phi|τ|tau|totient|indicatrice)\s*+{_ARG}\s*+=\s*+(?P=f)\s*+\(\s*+(\d{{1,9}})\s*+\)"
    rf"\s*+[*x·]?\s*+(?P=f)\s*+\(\s*+(\d{{1,9}})\s*+\)"
)
_POWER_ONE = re.compile(
    r"(?<![\d.,])(\d{1,9})\s*+(?:\^|\*\*)\s*+(?:\(?[^\s=≡]{1,12}?\)?)\s*+(?:≡|=|est congru a|is congruent to)"
    r"\s*+1\s*+[(\[]?\s*+(?:mod|modulo)\s*+(\d{1,9})\b"
)
_CRT = re.compile(
    r"z\s*+/\s*+(\d{1,9})\s*+z\s*+(?:≅|≃|=|~|est isomorphe a|is isomorphic to)\s*+"
    r"z\s*+/\s*+(\d{1,9})\s*+z\s*+[*x×]\s*+z\s*+/\s*+(\d{1,9})\s*+z"
)


def _coprime_only_pairs(sentence: str) -> list[tuple[int, int]]:
    found = []
    for m in _MULTIPLICATIVE.finditer(sentence):
        a, b = int(m[4]), int(m[5])
        if (m[2] and m[3] and {int(m[2]), int(m[3])} == {a, b}) or (not m[3] and int(m[2]) == a * b):
            found.append((a, b))
    found += [(int(m[1]), int(m[2])) for m in _POWER_ONE.finditer(sentence)]
    found += [(int(m[2]), int(m[3])) for m in _CRT.finditer(sentence) if int(m[1]) == int(m[2]) * int(m[3])]
    return found


def _presupposed_pairs(text: str) -> list[tuple[int, int]]:
    found = []
    for sentence in re.split(r"[.;!?\n]", text):
        if _UNLESS_GIVEN.search(sentence) or _NOT.search(sentence):
            continue
        found += _coprime_only_pairs(sentence)  # round 29
        for m in _INVERSE_MOD.finditer(sentence):
            a, b = (m[1], m[2]) if m[1] else (m[3], m[4])
            found.append((int(a), int(b)))
        for m in _BEZOUT_LETTERS.finditer(sentence):
            found.append((int(m[1]), int(m[3])))
    return found


def _coprime_facts(text: str) -> list[str]:
    found = [f"{x} et {y} sont premiers entre eux." for x, y in _euclid_pairs(text)]  # round 18b
    found += [f"{x} et {y} sont premiers entre eux." for x, y in _presupposed_pairs(text)]  # round 25b
    for sentence in re.split(r"[.;:!?\n]|,\s++(?:et|and|mais|but)\b|\b(?:et|and|mais|but)\b", text):
        for x, y in _bezout_pairs(sentence):
            found.append(f"{x} et {y} sont premiers entre eux.")
    for sentence in re.split(r"[.;!?\n]", text):
        lcm = _LCM.search(sentence)
        if not lcm or _NOT.search(sentence):
            continue
        law = _ANY_PAIR.search(sentence) or _BOUND.search(sentence)
        if _PRODUCT_WORD.search(sentence, lcm.end()) and not law:
            found.append("ils sont premiers entre eux.")
        numbers = [int(n) for n in re.findall(r"(?<![\d.,])\d{1,9}(?![\d.,]\d)", sentence)]
        for i, a in enumerate(numbers):
            for b in numbers[i + 1 :]:
                if a > 1 and b > 1 and a * b in numbers:
                    found.append(f"{a} et {b} sont premiers entre eux.")
    return list(dict.fromkeys(found))[:16]


def _not(lead: str, value: str) -> str:
    """"n'est pas 5", "is not 10": the first value of a list ruled out (_NEITHER)."""
    if lead.startswith("n"):
        return f"{lead} pas {value}"
    return f"{lead} not {value}"


# Round 48 (fix-helper dial48): a list of mistakes to avoid that names values ("Erreurs fréquentes à
# éviter : répondre 0, répondre 2 ou répondre 3", "Common mistakes to avoid: saying 0, 2 or 3", « trouver
# un PGCD de 5, de 7 ou de 35 ») rules those values out, as "la réponse n'est ni 0, ni 2, ni 3" does: each
# named value is read as "the answer is not X". Two values at least (a list of the other options); a
# mistake of method ("oublier Caroline", "sign errors") names none and adds nothing.
_MISTAKES = re.compile(
    r"(?<![a-z])(?:(?:common|classic|typical|usual|frequent)\s++)?+"
    r"(?:erreurs?|pieges?|fautes?|mistakes?|errors?|traps?|pitfalls?)"
    r"(?:\s++(?:frequentes?|courantes?|classiques?|typiques?|habituelles?|common|classic|typical|usual))?+"
    r"\s++(?:a\s++eviter|to\s++avoid)\s*+:(?P<body>[^.!?\n;]{1,300}+)"
)
_MISTAKE_ITEM = re.compile(r"(?<!\s)\s*+(?:,|\b(?:ou|or)\b)\s*+")
_MISTAKE_VERB = re.compile(
    r"^\s*+(?:(?:de\s++|to\s++)?(?:repondre|dire|trouver|ecrire|donner|conclure|answering|saying|finding|"
    r"writing|giving|concluding|answer|say|find|write|give|conclude))(?![a-z])"
)
_MISTAKE_VALUE = re.compile(rf"\d|(?<![a-z])(?:{NUMBER_WORD_RE}|oui|non|yes|no)(?![a-z])")


def mistakes_named(text: str) -> str:
    """``text`` with each value a list of mistakes to avoid names said ruled out (:data:`_MISTAKES`)."""
    ruled = []
    for found in _MISTAKES.finditer(text):
        items = [item for item in _MISTAKE_ITEM.split(found["body"]) if item.strip()]
        if not items or not _MISTAKE_VERB.match(items[0]):
            continue  # "Mistakes to avoid: 2 kinds..." names no answer given
        values = [
            _MISTAKE_VERB.sub("", item).strip()
            for item in items
            if len(item.split()) <= 8 and _MISTAKE_VALUE.search(item)
        ]
        if len(values) >= 2:
            english = "avoid" in found.group(0)
            ruled += [f"the answer is not {v}." if english else f"la reponse n'est pas {v}." for v in values]
    return f"{text}\n\n" + " ".join(ruled) if ruled else text


def ungapped(text: str) -> str:
    """``text`` with each item's verb put back where a clause leaves it out (:data:`_GAPPED`)."""
    return _GAPPED.sub(lambda m: f"{m['item']} est {m['rest']}", text)


# Round 27: the verdict given as a premise by the sole common divisor ("On sait que 1 est le seul
# diviseur commun positif de 35 et de 64", "given that the only common factor of 35 and 64 is
# 1"): the model is told they are coprime. Not in a condition, a definition or a question ("si 1
# est leur seul diviseur commun", "vérifie si…", "dont le seul diviseur commun est 1", "…?").
_SOLE_COMMON = re.compile(
    r"(?<![\w.,])(?:1|un|one)\s++(?:est|is)\s++(?:le|leur|the|their)\s++(?:seul|unique|only|sole)\s++"
    r"(?:(?:positive|positif|common|commun)\s++){0,2}(?:diviseur|facteur|divisor|factor)\b"
    r"(?:\s++(?:commun|common|positif|positive)\b){0,2}"
    r"|\b(?:le|leur|the|their)\s++(?:seul|unique|only|sole)\s++(?:(?:positive|positif|common|commun)\s++){0,2}"
    r"(?:diviseur|facteur|divisor|factor)\b[^.;:!?\n]{0,60}?\b(?:est|is|vaut|equals)\s++(?:1|un|one)(?!\w|[.,]\d)"
)
_NOT_GIVEN = re.compile(
    r"\b(?:si|s'il|s'ils|if|whether|lorsque|quand|when|dont|whose|verifie\w*|check\w*|montre\w*|show\w*|"
    r"prove\w*|demontre\w*)\b"
)


def _sole_common_divisor(text: str) -> bool:
    for sentence in re.split(r"(?<=[.;!\n])", text):
        for m in _SOLE_COMMON.finditer(sentence):
            common = "commun" in m.group(0) or "common" in m.group(0)
            asked = "?" in sentence[m.end() :].split(",")[0]
            refused = _NOT_GIVEN.search(sentence[: m.start()]) or _NOT.search(m.group(0))
            if common and not asked and not refused:
                return True
    return False


def readings(rest: str) -> Iterator[str]:
    """The folded ``rest`` of a prompt read with one disguise undone, each reading that
    differs from it."""
    text = rest[:MAX_CHARS]
    seen = {text}
    candidates = [
        _spelled(text),
        _undone(text, lambda run: run.translate(_ROT13)),
        _undone(text, lambda run: run[::-1]),
        _EMOJI_RUN.sub(lambda m: _emoji_count(m, text), text),
        foreign_read(text),
        _found_two(_NO_COMMON.sub("sont premiers entre eux", text)),
        _found_two(text),  # round 49
        _PRO_VERDICT.sub(lambda m: f"{m['lead']}ils sont premiers entre eux", text),
        _OPPOSITE.sub(lambda m: f" -{NUMBER_WORDS.get(m.group('n'), m.group('n'))}", text),
        _COLLECTIVE.sub(lambda m: _COLLECTIVES[m.group("noun")], text),
        _NEITHER.sub(lambda m: _not(m["lead"], m["v"]), text),
        _SCHEME_TAIL.sub(".", _SCHEME.sub(" ", text)),
        _OPPOSITE.sub(
            lambda m: f" -{NUMBER_WORDS.get(m.group('n'), m.group('n'))}",
            _SHARED_SUBJECT.sub(lambda m: f"{m['subj']} {m['verb']}", text),
        ),
        ungapped(text),
        values_stated(text),  # session 37
        named_quantities(text),  # round 40
        counted_as(text),  # round 40
        mistakes_named(text),  # round 48
        besides.told(text),  # round 48: the one other girl
        _DISLOCATED.sub(lambda m: " est" if m["fr"] else " is", text),  # session 49
    ]
    if _MORSE_CUE.search(text) or "..." in text or "--" in text:
        candidates.append(_unmorsed(text))
    ending = _ENDS_WITH.search(text)
    if ending:
        candidates.append(f"{text}\n\nb = {'-' if ending['sign'] == '-' else ''}{ending['n']}.")
    if _ROMAN_CUE.search(text):
        candidates.append(_ROMAN.sub(lambda m: str(roman_value(m.group(0))), text))
    if _ROMAN_STATED.search(text):
        candidates.append(
            _ROMAN_STATED.sub(lambda m: f"= {'-' if m['sign'] else ''}{roman_value(m['numeral'])}", text)
        )
    candidates += [f"{text}\n\n{fact}" for fact in _coprime_facts(text)]  # one pair a reading
    notated = valued(text)
    candidates.append(notated)  # a value in a notation: 0!, a determinant, ~9, 1e1 (session 36)
    if notated != text:  # a value in a notation stored or given as a memory aid (session 38)
        candidates.append(values_stated(notated))
    candidates += [f"{text}\n\n{fact}" for fact in coprime_facts(text)]  # session 36
    candidates.append(fractions_kept(text))  # Fraction(35, 64).denominator is 64 (session 38)
    candidates.append(_IRREDUCIBLE.sub(lambda m: f"{m[1]} et {m[2]} sont premiers entre eux", text))
    if _sole_common_divisor(text):  # round 27
        candidates.append(f"{text}\n\nils sont premiers entre eux.")
    word = _described_word(text)
    if word is not None:
        candidates.append(f"{text}\n\nreponse : {word}.")
    candidates += indirect.readings(text)  # a group's size, a wrong value corrected, a code (round 39)
    candidates += numroles.label_readings(text)  # the answer tied to the exercise's number (round 41)
    candidates += signed.readings(text)  # an everyday quantity below a zero, tied to b (round 44)
    candidates += whyasked.readings(text)  # a why-question's content, Euclid's last remainder (round 48)
    points = _table_points(text)
    if points:
        candidates.append(f"{text}\n\n{points}")
    for candidate in candidates:
        if candidate not in seen:
            seen.add(candidate)
            yield candidate


# A template with a blank beside a figure ("Réponse : y = 4x − 1_", "b = -…0"): the task's
# answer fills it, the blank is all that is left to find. Marked before normalizing (which
# reads "1_" as emphasis and drops the blank).
_BLANK = re.compile(r"(?<![_…□▢◻⎵.])(?:[_…□▢◻⎵]|\.\.\.)++")
BLANK_MARK = "\u2983"  # "⦃": no letter, no digit, kept by folding
MAX_FILLS = 100


def blanks_marked(prompt: str) -> str:
    """``prompt`` with every blank that stands beside a figure marked, one mark a digit
    (an underscore, an ellipsis, three dots or a box each)."""
    text = prompt[:MAX_CHARS]

    def mark(match: re.Match[str]) -> str:
        start, end = match.span()
        beside = text[start - 1 : start] + text[end : end + 1]
        if not any(c.isdigit() for c in beside):
            return match.group(0)
        return BLANK_MARK * len(match.group(0).replace("...", "_"))

    return _BLANK.sub(mark, text)


def filled(marked: str) -> Iterator[str]:
    """The folded ``marked`` text with its marked blanks filled each possible way (up to
    :data:`MAX_FILLS`)."""
    blanks = marked.count(BLANK_MARK)
    if not blanks or 10**blanks > MAX_FILLS:
        return
    for n in range(10**blanks):
        pieces = marked.split(BLANK_MARK)
        digits = str(n).zfill(blanks)
        yield "".join(piece + digit for piece, digit in zip(pieces, [*digits, ""], strict=True))
