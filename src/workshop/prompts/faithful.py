"""answer-faithful read against its source (issue 11au, round 25a): what a translation or
a summary says that its source does not, found from words the source anchors.

A judged check that ``renders`` a data text (checks.toml: the translation, the summary) is
refused, in both modes, when its answer

- adds a note about itself: a translator's note ("Note du traducteur", "(N.d.T.)",
  "Translator's note"), a "P.S.", a machine-translation watermark, a "Note :" line;
- flips a negation: a translation whose count of negations differs from its source's (as a
  whole and, sentence for sentence, when it keeps the source's sentences; fewer is allowed
  only for a negative word, "unseen", "new images"), a summary with more negations than it;
- states a quantity the source does not have ("twenty-nine", "hundreds", "a billion", a year
  or a century of no date of the source), or pairs a source's quantity with another of its
  objects ("billions of photos" where the source counts thousands of photos);
- pads a summary with claims of facts its source never makes (a patent, a birth, a prize, a
  superlative such as "the greatest");
- says the contrary of what the source says with the same words around it: of two contrary
  terms (heavy and light, dear and cheap, father and brother, more and less powerful, a
  little and completely, a mistake and a success, "can" and "always", a chihuahua and a dog),
  it uses one the source's matching passage does not and the passage uses the other.

- moves a fact in the source's own words (moved.py, issue 11az): gives an act to someone
  else, puts two named facts in another order or a date on another name, names a place of
  none of the source's, swaps a cause and its effect, claims every case of what the source
  says of some; says an answer needs no checking where the source says to check it, or that
  the old tool was kept where the source says it was replaced (two more groups of contraries).

A summary's "matching passage" is the source's sentences that share an anchor with the
answer's sentence (a number, a decade, a name), a source sentence without one belonging to the
one before it; without one, the whole source. Who helps, replaces, improves or is compared with
whom (relations.py, issue 11bg): a summary's sentence that gives the source's actors and things
a relation the source does not hold ("son père aide Pascal", "pour remplacer son père",
"supplante les ordinateurs des années 1950", "Leibniz la perfectionne") is refused.
"""

from __future__ import annotations

import re

from workshop.prompts import doubted, hashtags, moved, relations, unachieved
from workshop.prompts.faithful_details import changed
from workshop.prompts.text import copied_cache, fold, sentences

# ---------------------------------------------------------------------------------------
# Notes added to the text (translator's notes, footnotes, postscripts, watermarks).
_NOTE = re.compile(
    r"translator'?s'? (?:note|comment|remark)|(?:note|remarque|commentaire)s? (?:du|de la|des) tradu"
    r"|note (?:de|du) (?:traduction|la traduction|l'auteur|la redaction|redacteur|redactrice|resume)"
    r"|translation note|note on (?:the )?translation|(?:editor|author|writer|summari[sz]er)'?s'? note"
    r"|\bnd[tlr]\b|\bt/n\b|\btn ?:"
    r"|(?:^|\n)[ \t>*_-]*+(?:(?:nota|note|notes|remarque|remark)\b[ \t]*+[:.-]|(?:ps|nb|pps)\b)"
    # session 60 (fix106notes, round 105): a note under a callout's emoji or an admonition's mark (Notion's
    # "💡 Note:", GitHub's "> [!NOTE]", reStructuredText's ".. note::", AsciiDoc's "[NOTE]", "ℹ️ Info:")
    r"|(?:^|\n)[ \t>*_-]*+[^\w\s]{1,3}+[ \t]*+"
    r"(?:nota|note|notes|remarque|remark|info|tip|astuce|conseil)\b[ \t]*+[:.-]"
    r"|\[!(?:note|tip|info|important|warning|caution)\]|(?:^|\n)[ \t]*+\.\.[ \t]++(?:note|tip|hint|important|"
    r"admonition|warning|attention|caution|seealso|remarque)::|(?:^|\n)\[(?:note|tip|important)\][ \t]*+\n"
    r"|(?:translated|traduit|traduite) (?:with|by|avec|par)\b|deepl|google translate"
)
# A question back to the reader ("Je le raccourcis ?", "Would you like a more literal
# version?") and renderings to choose from ("labeled (or: tagged)") are no text of the source.
_OFFER = re.compile(
    r"(?:^|[.!?\n])[^.!?\n]{0,80}\b(?:je|j'|i|shall i|should i|would you|do you|voulez|veux|souhait\w*"
    r"|want me"
    r"|dois-je|faut-il|on|tu|vous|you)\b[^.!?\n]{0,120}\?[ \t]*+$"
)
_ALTERNATIVE = re.compile(r"\((?:or|ou|alt|alternatively|sinon)\b")
_LEAD = re.compile(r"^\s*+[^\n:]{0,60}:[ \t]*+\n")  # "Here is the translation:", the text's chrome
_TRANSLATION_TALK = re.compile(
    r"\btranslat|\btradu|\bliteral(?:ly)?\b|\bmot a mot\b|\bword for word\b|\blit\.|\blitteral\w*"
    r"|\bau sens propre\b|\bin the original\b|\bdans l'original\b"
)
# Session 59 (fix104text, round 104: 'wrong with great confidence (lit. "with a lot of assurance")'): a
# translation's span in parentheses or brackets renders no text of the source when the source has fewer such
# spans and it opens on a gloss's word ("(i.e. …)", "[meaning …]", « (littéralement …) »; a restatement of the
# source's own words in brackets stays fair): a gloss, a note or another rendering added. An acronym alone
# ("artificial intelligence (AI)") opens on no gloss's word: it names the words before it and adds none.
# Session 60 (fix106notes, round 106: "labelled (I.e. tagged) photos", "(Lit. …)", "[That is, …]"): read on
# the folded text, so a marker capitalised is the same gloss ("I.e." folds to "ie", « Littéralement » to
# "litteralement"), and the markers of a restatement ("that is", "in other words", « autrement dit »,
# « c'est-à-dire », "namely", "viz.", "e.g.") open one too.
_BRACKETED = re.compile(
    r"[(\[][ \t]*+(?:lit\b\.?|literally|litteralement|i\.e\.|ie\b|e\.g\.|eg\b|in french|en francais"
    r"|in english"
    r"|en anglais|meaning|aka|also|sometimes|that is|in other words|autrement dit|c'est-a-dire|id est|namely"
    r"|viz\b|to wit|a savoir|entendez|understand|read as|lire)"
    r"[^()\[\]\n]{0,300}+[)\]]"
)


# A restatement's marker anywhere in a text ("that is", « c'est-à-dire »…): the source's own restatement
# (« ses paramètres, c'est-à-dire les nombres… ») may be rendered in brackets ("its parameters (that is, the
# numbers…)", fair fix63-f-traduction-that-is-parenthesis); a bracketed restatement is a gloss added only when
# the answer holds more restatements, bracketed or not, than the source does.
_RESTATEMENT = re.compile(
    r"(?<![\w'-])(?:i\.e\.|ie\b|that is|in other words|autrement dit|c'est-a-dire|id est|namely|viz\b|to wit"
    r"|a savoir)(?![\w'-])"
)


def _glossed(answer: str, source: str) -> str:
    """The first span in parentheses or brackets ``answer`` adds to ``source`` (see above), "" when none;
    both read folded (session 60: a marker's capital changes nothing)."""
    answer, source = fold(answer), fold(source)
    mine = [m.group(0) for m in _BRACKETED.finditer(answer)]
    if len(mine) <= len(_BRACKETED.findall(source)):
        return ""
    restated = len(_RESTATEMENT.findall(answer)) > len(_RESTATEMENT.findall(source))
    for span in mine:
        if restated or not _RESTATEMENT.match(span.lstrip("([ \t")):
            return span
    return ""


# Session 60 (fix106notes, round 106: "… A remarkable invention, in my view.", « Une invention géniale, à
# mon avis. », "Honestly, a genius."): a summary or a translation that gives the writer's own opinion adds
# what the source never says, however faithful the rest: a first-person view marked as one (« à mon avis »,
# « selon moi », « personnellement », « je trouve », "in my view", "to my mind", "honestly", "personally",
# "I find", "IMHO"). An appreciation the source states, reported as the source's (« selon l'auteur », "the
# text calls it"), is the source's own and stays faithful; only markers the source itself lacks count.
_OPINION = re.compile(
    r"(?<![\w'-])(?:a mon (?:avis|sens|gout)|selon moi|d'apres moi|pour ma part|a titre personnel"
    r"|de mon point de vue|personnellement|franchement|sincerement|honnetement|je (?:trouve|dirais|juge)"
    r"|(?:c'est|ce fut) (?:vraiment |tout simplement )?(?:genial|fascinant|formidable|magnifique|incroyable)"
    r"|in my (?:view|opinion|eyes|book|humble opinion)|to my mind|if you ask me|from my (?:point of view|"
    r"perspective)|(?:my|our) (?:take|verdict|two cents)|personally|honestly|frankly|imho|imo"
    r"|i (?:find|feel|would say|'d say)|i (?:really )?(?:love|admire))(?![\w'-])"
)


# ---------------------------------------------------------------------------------------
# Negations. "ne ... que" (only) is none; "pas" counts once with its "ne".
_NEGATION = re.compile(
    r"\bnot\b|n't\b|\bnever\b|\bno\b(?! ?\d)|\bnothing\b|\bnobody\b|\bnone\b|\bneither\b|\bnor\b"
    r"|\bcannot\b|\bfar from\b|\bhardly\b|\bbarely\b|\bscarcely\b|\bseldom\b|\brarely\b"
    r"|\bn(?:e\b|')(?! ?(?:\w+ ){0,3}?qu)|\bloin (?:de|d')|\bnullement\b|\baucunement\b"
    r"|\brarement\b"
)
_JAMAIS = re.compile(r"\bjamais\b")
_NE_BEFORE = re.compile(r"\bn(?:e\b|')[^.;:,]{0,30}$")
_NEGATIVE_WORD = re.compile(r"\bun[a-z]{4,}|\bnew\b|\bnovel\b|\bunfamiliar\b|\binedite?s?\b|\bnouvel\w*")
# A negative word that renders a negation of the source ("unseen" for "jamais vues"): one
# more negation when the answer's own are as many as the source's ("cannot recognise unseen
# images", issue 11az).
_NEGATION_WORD = re.compile(
    r"\bun(?:seen|known|familiar|encountered|observed|met)\b|\bnever-(?:before-)?seen\b"
    r"|\b(?:new|novel|fresh) (?:images?|pictures?|photos?)\b"
)


# A summary's own turns of phrase hold negations its source has not ("n'a cessé de", "ce
# n'est pas un hasard", "not unlike", "not until the 1970s"): a summary flips the source when
# it denies one of its events, a negation right before the verb that tells it.
_DENIAL = re.compile(
    r"(?:\bne\b|\bn'|\bnot\b|n't\b|\bnever\b|\bjamais\b|\bsans\b|\bwithout\b|\bno need to\b|\bpas besoin d'?"
    r"|\binutile d'?)"
    r"(?: ?\b(?:pas|jamais|plus|vraiment|really|ever|even|avoir|having|to|a|besoin|need|de|d'|devoir|les|la"
    r"|le|actually|do|does|did|have|has|had|been|be|ete|ont|avait|avaient|est|sont|etait|etaient|is|are|was"
    r"|were|it|they|he|il|elle|ils|elles|pu|could|able|reussi)\b)*+ ?\b"
    r"(?:invent|concu|concoi|conce|cree|crea|creat|built|build|design|made|make|fabriqu|produc|produi|appar|appear"
    r"|remplac|replac|contien|contain|help|aid|multipl|addition|add\b|adds|subtract|soustr|calcul|compt|count|enseign"
    r"|taught|teach|exist|sold|vend|sert|serv|work|fonctionn|use|utilis|pes|weigh|cout|cost|depass|outperform"
    r"|surpass|beat|rival|verifi|check)"
)
_WITHOUT = re.compile(r"\bwithout\b|\bsans\b")


def _negations(folded: str, renders: str) -> int:
    """Negations of a text; "sans", "without" only in a translation ("sans cesse", "sans
    effort" are a summary's own words)."""
    alone = [
        m
        for m in _JAMAIS.finditer(folded)
        if not _NE_BEFORE.search(folded[max(0, m.start() - 30) : m.start()])
    ]
    without = len(_WITHOUT.findall(folded)) if renders == "translation" else 0
    return len(_NEGATION.findall(folded)) + len(alone) + without


# ---------------------------------------------------------------------------------------
# Quantities: numbers in figures and in words, years with their decades and centuries.
_SCALE = {
    "dozen": "dozen", "dozens": "dozens", "douzaine": "dozen", "douzaines": "dozens", "dizaines": "dozens",
    "hundred": "hundred", "hundreds": "hundreds", "centaine": "hundred", "centaines": "hundreds",
    "thousand": "thousand", "thousands": "thousands", "millier": "thousand", "milliers": "thousands",
    "million": "million", "millions": "millions",
    "billion": "billion", "billions": "billions", "milliard": "billion", "milliards": "billions",
}  # fmt: skip
_PLURAL_AFTER = re.compile(r"(?:several|many|plusieurs|des|de|of|some|quelques) *$")
_WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_ORDINAL_WORDS = {
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "sixteenth": 16, "fifteenth": 15, "dix-septieme": 17, "dix-huitieme": 18, "dix-neuvieme": 19,
    "vingtieme": 20, "seizieme": 16,
}  # fmt: skip
_DECADE_WORDS = {"fifties": 1950, "sixties": 1960, "seventies": 1970, "eighties": 1980, "forties": 1940}
_ROMAN = {"xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20, "xxi": 21}
_QUANTITY = re.compile(
    r"\b(?P<roman>x[vix]{1,4}) ?(?:e|eme|th)\b"
    r"|\b(?P<ord>\d{1,2}) ?(?:e|eme|th|st|nd|rd)\b(?= *(?:siecle|century|centuries|-century))"
    r"|\b(?P<ordw>" + "|".join(_ORDINAL_WORDS) + r")\b"
    r"|(?P<decw>\b(?:" + "|".join(_DECADE_WORDS) + r")\b)"
    r"|'(?P<short>[5-9]0)s\b|\b(?:annees|decennie) (?P<annees>[5-9]0)\b"
    r"|\b(?P<num>\d{1,4})(?P<decade>s\b)?(?![\d,.]\d)"
    r"|\b(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?P<unit>one|two|three|four|five|six"
    r"|seven|eight|nine)\b"
    r"|\b(?P<word>" + "|".join(_WORD_NUMBERS) + r")\b"
    r"|\b(?P<scale>" + "|".join(_SCALE) + r")\b"
)


_SPAN = re.compile(r"(?<! ) *+(?:ans|years|annees|siecles|centuries)\b")


@copied_cache(maxsize=1024)
def quantities(folded: str) -> list[tuple[str, str, int]]:
    """(kind, key, position) of each quantity: ("num", "19"), ("century", "17"), ("decade",
    "1970"), ("scale", "billions"); a year also gives its decade and century."""
    found: list[tuple[str, str, int]] = []
    for m in _QUANTITY.finditer(folded):
        at = m.start()
        if m["roman"]:
            if m["roman"] in _ROMAN:
                found.append(("century", str(_ROMAN[m["roman"]]), at))
        elif m["ord"]:
            found.append(("century", m["ord"], at))
        elif m["ordw"]:
            found.append(("century", str(_ORDINAL_WORDS[m["ordw"]]), at))
        elif m["decw"]:
            found.append(("decade", str(_DECADE_WORDS[m["decw"]]), at))
        elif m["short"] or m["annees"]:
            found.append(("decade", str(1900 + int(m["short"] or m["annees"])), at))
        elif m["num"]:
            value = int(m["num"])
            if value < 2 and not m["decade"]:
                continue  # "1" is "a", "one": no quantity
            if m["decade"] and value % 100 == 0 and 1000 <= value <= 2100:
                found.append(("century", str(value // 100 + 1), at))  # "the 1800s"
            elif _SPAN.match(folded, m.end()) and value >= 100:
                continue  # "il y a plus de 2 000 ans": a span of history, no date
            elif 1000 <= value <= 2100:
                found.append(("decade", str(value - value % 10), at))
                if not m["decade"]:
                    found.append(("num", str(value), at))
                found.append(("century", str(value // 100 + 1), at))
            else:
                found.append(("num", str(value), at))
        elif m["tens"]:
            found.append(("num", str(_WORD_NUMBERS[m["tens"]] + _UNITS_WORDS[m["unit"]]), at))
        elif m["word"]:
            found.append(("num", str(_WORD_NUMBERS[m["word"]]), at))
        elif m["scale"]:
            key = _SCALE[m["scale"]]
            if not key.endswith("s") and _PLURAL_AFTER.search(folded[max(0, at - 12) : at]):
                key += "s"  # "des milliard" is written wrong, still many
            found.append(("scale", key, at))
    return found


# A quantity paired with its object ("des milliers de photos", "billions of parameters").
_OBJECTS = {
    "photo": "photo", "image": "photo", "picture": "photo", "exemple": "photo", "example": "photo",
    "parametre": "param", "parameter": "param", "weight": "param", "poid": "param", "nombre": "param",
    "number": "param",
}  # fmt: skip
_PAIR = re.compile(
    r"\b(?P<scale>" + "|".join(_SCALE) + r")\b (?:of |de |d')?(?:(?:labell?ed|tagged|annotated|etiquetee?s?"
    r"|different|various|small|tiny|internal) )?(?P<object>" + "|".join(_OBJECTS) + r")"
)


def _pairs(folded: str) -> set[tuple[str, str]]:
    return {(_SCALE[m["scale"]].rstrip("s"), _OBJECTS[m["object"]]) for m in _PAIR.finditer(folded)}


# ---------------------------------------------------------------------------------------
# Claims a summary makes that no source sentence of this kind ever holds when it does not
# say them: a patent, a birth or death, a prize, a "greatest", "genius".
_PADDING = re.compile(
    r"\bpatent\w*|\bbrevet\w*|\bborn (?:in|on)\b|\bnee? (?:en|le) \d|\bdied\b|\bdeath\b|\bmort (?:en|a)\b"
    r"|\baward\w*|\bprize\w*|\bprix nobel|\bnobel\b|\brecompens\w*|\bmedal\w*|\bmedaille\w*"
    r"|\bgreatest\b|\bthe best\b|\bmost (?:famous|important|brilliant|influential|celebrated)\b"
    r"|\b(?:le|la|les) (?:plus|meilleure?s?) (?:grande?s?|celebres?|importante?s?|brillante?s?|illustres?)\b"
    r"|\bgenius\b|\bgenie\b|\bcelebrated\b|\bworld-famous\b|\bbest-?selling\b|\brecord\b"
)

# ---------------------------------------------------------------------------------------
# Contrary terms: groups of concepts; a term of a group the source's passage does not use
# while it uses another of the same group is a meaning changed. Listed first is matched first
# (and blanked): "moins cher" is cheap before "cher" is dear.
_CONTRARIES: list[list[tuple[str, str]]] = [
    [  # weight
        (
            "light",
            r"\bbaiss\w+ (?:\w+ ){0,3}taille|\blegere?s?\b|\blight(?:weight|er)?\b(?! of)"
            r"|\bweigh\w* (?:only )?(?:a few|several) grams",
        ),
        (
            "heavy",
            r"\blourde?s?\b|\bheav(?:y|ier)\b|\bp[eè]s\w* (?:encore )?(?:plusieurs|des|several) kilo"
            r"|\bweigh\w* (?:still )?(?:several|many) (?:kilo|pound)|\bbulky\b|\bencombrante?s?\b",
        ),
    ],
    [  # price
        (
            "cheap",
            r"\bmoins cher\w*|\bless (?:expensive|costly)|\bcheap\w*|\binexpensive\b|\baffordabl\w*"
            r"|\babordable\w*|\bbon marche\b|\bpeu (?:cher|couteu)\w*|\bbaiss\w+ (?:\w+ ){0,4}prix"
            r"|\bprix baiss"
            r"|\blow(?:er)? (?:price|cost)|\b(?:price|cost)s? (?:fell|dropped|went down|decreased)"
            r"|\bnot expensive\b|\bpas cher\w*",
        ),
        (
            "dear",
            r"\bcher\b|\bcheres?\b|\bcouteu\w*|\bexpensive\b|\bcostly\b|\bpricey\b|\bonereu\w*"
            r"|\b(?:cost(?:s|ed|ing)?|coute\w*+) (?:as much as|autant qu|aussi cher)|\bprice of a car\b"
            r"|\bprix d'une voiture",
        ),
    ],
    [  # power (the comparison with older machines)
        (
            "weaker",
            r"\b(?:moins|less) (?:puissant\w*|powerful|performant\w*|capable)|\bweaker\b|\bnot as powerful"
            r"|\bpas aussi puissant\w*|\binferieure?s? (?:aux|a|to)\b|\boutperformed by\b|\bworse than\b",
        ),
        (
            "stronger",
            r"\b(?:plus|more|far more|much more|bien plus) (?:puissant\w*|powerful|performant\w*|capable)"
            r"|\boutperform\w*|\bstronger\b|\bsuperieure?s? (?:aux|a|to)\b|\bdepass\w*|\bsurpass\w*"
            r"|\bbetter than\b",
        ),
    ],
    [  # speed of counting
        ("slower", r"\b(?:moins|less) (?:vite|rapide\w*|quickly|fast)|\bslow(?:er|ly)?\b|\blent\w*\b"),
        ("faster", r"\bplus (?:vite|rapide\w*)|\bfaster\b|\bmore quickly\b|\bquicker\b"),
    ],
    [  # kinship
        ("father", r"\bperes?\b|\bfathers?\b|\bdad\b|\bpapa\b"),
        (
            "other-kin",
            # « fils d'un percepteur » names the father (session 54, fix96), « son fils » a son
            r"\bfreres?\b|\bbrothers?\b|\bsoeurs?\b|\bsisters?\b|\bfils\b(?![ \t]*+(?:de\b|du\b|des\b|d'))"
            r"|\b(?:his|her|their) sons?\b"
            r"|\bmeres?\b|\bmothers?\b|\boncles?\b|\buncles?\b|\bcousin\w*|\bgrand-?(?:pere|father)\b"
            r"|\b(?:wife|epouse|husband|mari)\b|\bmaman\b|\bmum\b|\bmom\b",
        ),
    ],
    [  # degree of a change
        (
            "little",
            r"\bun (?:petit )?peu\b|\bslight\w*|\ba (?:little|bit)\b|\bsomewhat\b|\blegerement\b"
            r"|\bsmall (?:adjustment|change|tweak|amount)\w*|\btweak\w*|\bfine-?tun\w*|\bsubtl\w*"
            r"|\bmarginal\w*",
        ),
        (
            "much",
            r"\bcomplete(?:ly)?\b|\bentire(?:ly)?\b|\btotal(?:ly)?\b|\bfully\b|\bradical\w*|\bdrastic\w*"
            r"|\bgreatly\b|\bsignificantly\b|\bheavily\b|\bmassive\w*|\bthorough\w*|\brewrit\w*|\boverhaul\w*"
            r"|\bcompletement\b|\bentierement\b|\btotalement\b|\bradicalement\b|\bfortement\b|\bprofondement\b"
            r"|\bfrom scratch\b|\benormement\b",
        ),
    ],
    [  # a mistake and its contrary
        (
            "mistake",
            r"\berreurs?\b|\bmistakes?\b|\berrors?\b|\bwrong\b|\btromp\w*|\bfautes?\b|\bincorrect\w*"
            r"|\berr(?:s|ing)?\b|\bfail\w*",
        ),
        (
            "success",
            r"\bsucce\w*|\breussi\w*|\bcorrect (?:answer|guess|prediction)s?|\bright (?:answer|guess)\w*"
            r"|\bbonnes? reponses?|\bgets? it right\b|\bis right\b|\bright every\b|\bguesses right\b",
        ),
    ],
    [  # what can happen, and what always does ("toujours" alone is also "still")
        (
            "may",
            r"\bcan\b|\bcould\b|\bmay\b|\bmight\b|\bable to\b|\bpeu(?:t|vent)\b|\bpourr\w*|\bcapable\b"
            r"|\bsometimes\b|\bparfois\b|\bpossibl\w*",
        ),
        (
            "always",
            r"\balways\b|\bdepuis toujours\b|\btoujours (?:juste|raison|exacte?s?|correcte?s?|bon|la bonne)"
            r"|\bsystematic\w*|\binvariabl\w*|\binfailli\w*|\bguarantee\w*"
            r"|\bgaranti\w*|\bcertainly\b|\bcertainement\b|\bwithout fail\b|\bsans faute\b|\ba coup sur\b"
            r"|\bnever fails\b|\bunfailingly\b|\bperfectly\b|\bparfaitement\b",
        ),
    ],
    [  # how sure
        (
            "sure",
            r"\bbeaucoup d'assurance|\b(?:great|much|full|high|total) (?:confidence|assurance|certainty)"
            r"|\b(?:very|highly|supremely|quite|completely) (?:confident|sure)\w*|\bconfidently\b|\baplomb\b",
        ),
        (
            "unsure",
            r"\bpeu d'assurance|\b(?:little|low|no|without) (?:confidence|assurance)|\bhesita\w*"
            r"|\bunsure\b|\buncertain\w*|\btimid\w*|\bdoubt\w*",
        ),
    ],
    [  # examples of the source: its animals and its foods
        ("chihuahua", r"\bchihuahuas?\b"),
        (
            "other-animal",
            r"\bdogs?\b|\bchiens?\b|\bcats?\b|\bchats?\b|\bpupp(?:y|ies)\b|\bchiots?\b|\bhorses?\b"
            r"|\bchevaux\b|\bcheval\b|\bwol(?:f|ves)\b|\bloups?\b|\bbirds?\b|\boiseaux?\b|\brabbits?\b|\blapins?\b"
            r"|\bpugs?\b|\bpoodles?\b|\bcaniches?\b|\bhamsters?\b|\bkittens?\b|\bchatons?\b|\bfox(?:es)?\b",
        ),
    ],
    [
        ("muffin", r"\bmuffins?\b"),
        (
            "other-food",
            r"\bcakes?\b|\bcupcakes?\b|\bgateaux?\b|\bcookies?\b|\bbiscuits?\b|\bbagels?\b|\bbreads?\b"
            r"|\bdonuts?\b|\bdoughnuts?\b|\bbeignets?\b|\bcroissants?\b|\bbrioches?\b|\bmadeleines?\b|\bpancakes?\b"
            r"|\bscones?\b|\bcakes?\b|\bbrownies?\b",
        ),
    ],
    [  # what a machine of the source does: one machine's operation given to another
        ("add", r"(?<!\bin )\baddition\w*|\badditionn\w*|\badd(?:s|ing|er|ers)?\b"),
        ("subtract", r"\bsoustr\w*|\bsubtract\w*"),
        ("multiply", r"\bmultipli\w*|\bmultiply\w*|\bmultiplier\b"),
        ("divide", r"\bdivis\w*|\bdivid\w*|\bdivision\w*"),
        ("functions", r"\bsinus\b|\bsines?\b|\blogarithm\w*|\btrigonometr\w*|\bcosinus\b|\bcosines?\b"),
    ],
    [  # how far an answer needs checking (issue 11az): "sans jamais se tromper", "no need to check"
        (
            "trusted",
            r"\b(?:nul|pas|sans|no|without) (?:besoin|need|having|avoir) (?:de |d'|to )?(?:la |les |the )?"
            r"(?:verifi\w*|check\w*)"
            r"|\binutile de (?:la |les )?verifi\w*|\bwithout (?:checking|verifying|double-checking)\b"
            r"|\bsans (?:la |les |le )?verifier\b"
            r"|\bsans (?:jamais )?(?:se tromper|erreurs?|fautes?|faillir)\b"
            r"|\bne se trompe(?:nt)? jamais\b|\bjamais d'erreurs?\b|\binfaillible\w*|\binfallibl\w*"
            r"|\bwithout (?:ever )?(?:making |getting )?(?:a |an |any )?(?:mistakes?|errors?|wrong)\b"
            r"|\bnever (?:gets? (?:it |anything )?wrong|wrong|errs|makes? (?:a |any )?(?:mistakes?|errors?))"
            r"|\b(?:always|toujours) (?:(?:been|be|is|are|was|were|ete|etait|sont|est) )?"
            r"(?:right|correct|accurate|juste|exacte?s?)\b|\bflawless\w*|\bsans faille\b"
            r"|\b(?:fully|totally|completely|entierement|totalement|parfaitement)"
            r" (?:reliable|fiable|trustworthy)",
        ),
        (
            "checked",
            r"\bverifi\w*|\bverify\w*|\bcheck\w*|\bdouble-check\w*|\bcontrol\w*|\ba condition de\b"
            r"|\bprovided (?:that )?(?:you|one|we)\b|\bas long as (?:you|one|we)\b",
        ),
    ],
    [  # what became of the old tool (issue 11az): replaced, or kept over the new one
        (
            "kept",
            r"\bprefer\w*|\breste\w* fidele\w*|\bstuck with\b|\bstick\w* (?:to|with)\b|\bkept\b"
            r"|\bkeeps? using"
            r"|\bgard\w* (?:encore )?(?:leur|la|sa)\b|\bresist\w*|\bsurviv\w*"
            r"|\bstill (?:used|using|uses|use)\b"
            r"|\bcontinu\w* (?:a |d'|to )?(?:utiliser|using|use|employer)\b|\bclings?\b|\bclung\b"
            r"|\bs'accroch\w*"
            r"|\bdecoi\w*|\bdisappoint\w*|\bboud\w*|\bsnub\w*|\bmefi\w*|\bdistrust\w*",
        ),
        (
            "replaced",
            r"\bremplac\w*|\breplac\w*|\bsupplant\w*|\bdisplac\w*|\bevinc\w*|\bdetron\w*|\bdethron\w*"
            r"|\btak\w* over from\b|\btook over from\b|\bobsolete\b|\bdelaiss\w*|\babandon\w*|\bousted\b"
            r"|\boverto\w*|\bsuccede\w* a\b|\bsucceed\w*",
        ),
    ],
    [  # a model's size
        (
            "large",
            r"\b(?:large|big|grands?|huge|giant|gros)\b (?:\w+ )?(?:language|langage|model|modele|llm)",
        ),
        ("small", r"\b(?:small|little|tiny|petits?|mini)\b (?:\w+ )?(?:language|langage|model|modele|llm)"),
    ],
]
_CONTRARY_RE = [[(name, re.compile(pattern)) for name, pattern in group] for group in _CONTRARIES]
# Groups of two whose terms are no contraries of each other negated: "cannot" is not "always",
# "not his father" not "his brother", "not a chihuahua" not "a dog".
_NOT_POLAR = {
    i for i, group in enumerate(_CONTRARIES) if group[0][0] in ("may", "father", "chihuahua", "muffin")
}


# Negations that keep the meaning (issue 11ay, round 28): a double negation ("no mistake goes
# by without", "jamais ... sans", "not without") says what neither word alone does, and a
# negation of a negative word ("not unlike", "without being the least bit unsure", "pas
# inconnu", "sans le moindre doute") is its positive: both are read without their negations,
# the negative word made positive, before negations are counted and terms compared.
_LITOTES_FILLER = (
    r"(?:(?:be|being|been|is|are|was|were|it|at all|in the least|the least bit|the least|the slightest"
    r"|in any way|remotely|very|so|too|that|particularly|exactly|really|even|a|an|any|etre|du tout"
    r"|le moins du monde|le moindre|la moindre|si|tres|trop|vraiment|particulierement|aucun|aucune|un|une"
    r"|d'|de|du|des|se|s') ?){0,4}"
)
_LITOTES_NEGATOR = (
    r"\b(?:not|never|without|hardly|anything but|far from|by no means|pas|jamais|guere|sans|loin d'etre"
    r"|nullement)\b|n't\b"
)
_POSITIVE = {
    "doubt": "confidently",
    "doubts": "confidently",
    "doute": "confidently",
    "hesitation": "confidently",
}
_LITOTES = re.compile(
    r"(?:"
    + _LITOTES_NEGATOR
    + r") ?"
    + _LITOTES_FILLER
    + r"\b(?P<word>un(?!der|iq|iv|it|ion|less|til)(?P<stem>[a-z]{4,})"
    r"|in(?P<fr>connue?s?|utiles?|certaine?s?|exacte?s?|differente?s?|attendue?s?)|im(?P<frm>possibles?|probables?)"
    r"|(?P<noun>" + "|".join(_POSITIVE) + r"))\b"
)
_DOUBLE_NEGATION = re.compile(
    r"\b(?P<open>no|not|never|nothing|nobody|jamais|aucune?|rien|personne|pas)\b"
    r"(?P<mid>[^.;:!?,\n]{1,60}?)\b(?P<close>without|sans|unless)\b"
)


def _positive(m: re.Match[str]) -> str:
    if m["noun"]:
        return " " + _POSITIVE[m["noun"]]
    return " " + (m["stem"] or m["fr"] or m["frm"])


def _unnegated(folded: str) -> str:
    """``folded`` with the negations that keep its meaning read as what they say."""
    folded = _LITOTES.sub(_positive, folded)
    return _DOUBLE_NEGATION.sub(lambda m: " " + re.sub(r"\bn(?:e\b|')", " ", m["mid"]) + " ", folded)


# A term right after a negation ("anything but cheap", "far from light", "pas bon marché",
# "n'étaient guère légères") is its contrary in a group of two, no term in a longer one; a term
# a sentence goes beyond ("ne se contente pas d'additionner", "not just add", "more than add")
# is no claim of one machine's operation.
_NEGATED = re.compile(r"(?:" + _LITOTES_NEGATOR + r") ?" + _LITOTES_FILLER + r"$")
_BEYOND = re.compile(
    r"(?:\bne se contente(?:nt)? pas|\bne fai(?:t|saient|sait) pas qu'?|\bnot (?:only|just|merely|simply)"
    r"|n't (?:only|just|merely|simply)|\bmore than(?: just)?|\bnon seulement|\bpas seulement|\bpas uniquement"
    r"|\bnot content (?:with|to)) ?" + _LITOTES_FILLER + r"$"
)


_FREE = re.compile(r"\b([a-z]+)-free\b")  # "error-free" is "without error"


def _concepts(folded: str) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    for index, group in enumerate(_CONTRARY_RE):
        text = folded
        for name, pattern in group:
            for m in pattern.finditer(text):
                before = text[max(0, m.start() - 60) : m.start()]
                if _BEYOND.search(before):
                    if len(group) == 2:
                        found.add((index, name))
                elif _NEGATED.search(before):
                    if len(group) == 2 and index not in _NOT_POLAR:
                        found.add((index, next(n for n, _ in group if n != name)))
                else:
                    found.add((index, name))
            text = pattern.sub(" ", text)
    return found


def _contrary(answer: str, passage: str) -> str:
    """A term of the answer whose contrary the passage uses instead of it ("" if none)."""
    said = _concepts(_unnegated(_FREE.sub(r"without \1", passage)))
    groups = {g for g, _ in said}
    for group, name in sorted(_concepts(_unnegated(_FREE.sub(r"without \1", answer)))):
        if group in groups and (group, name) not in said:
            return name
    return ""


# Anchors of a summary's sentence in its source: numbers, decades, proper names.
_NAME = re.compile(r"(?<![.!?:\n] )(?<!^)\b[A-Z][a-zà-ÿ]{3,}")


_FIRST_STEP = re.compile(
    r"\b(?:abaques?|abacus|abacuses|abaci|cailloux|pebbles?|calculi|counting (?:boards?|tables?)|"
    r"tables? a compter)\b"
)


def _anchors(sentence: str) -> set[str]:
    folded = fold(sentence)
    found = quantities(folded)
    dated = {at for kind, _, at in found if kind == "decade"}  # a year's century anchors nothing
    keys = {
        f"{kind}:{key}"
        for kind, key, at in found
        if kind == "decade" or (kind == "century" and at not in dated)
    }
    keys |= {fold(m.group(0)) for m in _NAME.finditer(sentence)}
    keys |= set(re.findall(r"\b(?:aujourd'hui|today|nowadays|antiquit\w*|ancient|electroni\w*)\b", folded))
    # session 56 (fix99plansum, round 99: "From merchants' pebbles on counting boards to today's phones,
    # people have always sought faster counting"): the story's first step named by its things anchors it as
    # the Antiquity does, so a sentence from it to today spans the story (its passage is the whole text)
    keys |= {"antiquit" for _ in _FIRST_STEP.finditer(folded)}
    keys = {"antiquit" if k.startswith(("antiquit", "ancient")) else k for k in keys}
    keys = {"today" if k in ("aujourd'hui", "nowadays") else k for k in keys}
    return {"electroni" if k.startswith("electroni") else k for k in keys}


def _within_century(keys: set[str]) -> set[str]:
    """A source sentence's anchors with the century of each of its decades (round 41): a summary
    that names the wider period ("Au XXe siècle, les calculatrices électroniques deviennent petites
    et bon marché") is read against every sentence of that century (the 1960s' and the 1970s'), not
    against the one its other anchor ("électroniques") meets alone. A sentence of the answer keeps
    its own anchors: its year's century still anchors nothing, and another century ("XIXe") meets
    no decade of the 1900s."""
    return keys | {f"century:{int(k[7:]) // 100 + 1}" for k in keys if k.startswith("decade:")}


_TIMELESS = re.compile(r"^(?:century|decade|today|antiquit)")


def period_moved(sentence: str, source: list[str]) -> bool:
    """Whether one sentence of a summary that names one century and no other time ("Au XVIIe
    siècle, les calculatrices électroniques …") gives it to what the source dates only in other
    centuries: every dated source sentence that shares one of its other anchors (a name,
    "électroni-") is of another century (round 41: a wider period holding the source's date is
    faithful, another period is not). Sentences the source leaves undated decide nothing."""
    mine = _anchors(sentence)
    times = {k for k in mine if k.startswith(("century", "decade", "today", "antiquit"))}
    if len(times) != 1 or not next(iter(times)).startswith("century:"):
        return False
    century = next(iter(times))
    others = {k for k in mine if not _TIMELESS.match(k)}
    dated = []
    for keys in (_within_century(_anchors(s)) for s in source):
        if keys & others and any(k.startswith("century:") for k in keys):
            dated.append(century in keys)
    return bool(dated) and not any(dated)


def _passages(answer: str, source: list[str]) -> list[tuple[str, str]]:
    """Each sentence of ``answer`` (folded) with its passage of ``source``: the sentences that
    share an anchor with it; the whole source for a sentence without one, or one that spans
    the story ("from ancient abacuses to today's phones": anchors more than three sentences
    apart)."""
    anchored = [_anchors(s) for s in source]
    for i in range(1, len(anchored)):
        if not anchored[i]:
            anchored[i] = anchored[i - 1]  # "En quelques années, elle remplace ...": the sentence before's
    anchored = [_within_century(keys) for keys in anchored]
    whole = " ".join(fold(s) for s in source)
    found = []
    for sentence in sentences(answer):
        mine = _anchors(sentence)
        shared = [i for i, keys in enumerate(anchored) if mine & keys]
        if not shared or shared[-1] - shared[0] > 3:
            found.append((fold(sentence), whole))
        else:
            found.append((fold(sentence), " ".join(fold(source[i]) for i in shared)))
    return found


# ---------------------------------------------------------------------------------------
_FOOTNOTE = re.compile(r"(?m)^[ \t]*+\[\^[^\]\n]{1,40}\]:")


def adds_note(pasted: str, source: str) -> bool:
    """Whether the answer as pasted (its footnotes, its images' alt texts) holds a note about
    itself its source does not: a note's words, or a footnote ("[^1]: ...") the source has not,
    read before the answer's chrome is dropped."""
    if _FOOTNOTE.search(pasted) and not _FOOTNOTE.search(source):
        return True
    return bool(_NOTE.search(fold(pasted))) and not _NOTE.search(fold(source))


# Session 54 (fix95, round 95: "to help his father Étienne, a tax official"): a person named beside a
# relative or a role the source names without a name, or introduced as "named X", is a fact the source does
# not state when the name is none of its words ("son père Étienne", "his sister Gilberte", "a merchant called
# Marcus"); "his father, a tax collector", "Leibniz", "son père percepteur" name no one new. Read on the
# answer
# as written (a name is capitalised).
_KIN = (
    r"(?:p[eè]re|m[eè]re|s[oœ]eurs?|fr[eè]res?|fils|filles?|[eé]pouse|femme|mari|oncle|tante|cousine?|"
    r"grand-p[eè]re|grand-m[eè]re|neveu|ni[eè]ce|father|mother|sisters?|brothers?|daughters?|wife|husband|"
    r"uncle|aunt|cousins?|nephew|niece|grandfather|grandmother|friends?|amie?s?|ma[iî]tre|mentor|teacher|"
    r"professeure?|tutor|pr[eé]cepteur|assistante?|associ[eé]e?|coll[eè]gue|colleague|partner)"
)
_NAMED_PERSON = re.compile(
    rf"(?i:\b{_KIN}),?[ \t]++(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{{2,}}+)"
    r"|(?i:\b(?:named|called|nomm[eé]e?|appel[eé]e?|pr[eé]nomm[eé]e?|d[eé]nomm[eé]e?))[ \t]++"
    r"(?P<called>[A-ZÀ-Ý][a-zà-ÿ]{2,}+)"
)


# Session 54 (fix96, round 96: "During training, much as a mother shows her toddler picture books, it is
# shown…"): a comparison clause the source has not adds a scene of its own. Read: the markers that open a
# comparison ("much as", "just as", "just like", "as if", "the way a", « tout comme », « de même que », « à la
# manière d'un », « comme si », « comme lorsqu'… »), more in the answer than the source has comparison words.
# Not a litotes ("not unlike today's users", "priced not unlike a car", session 55): a likeness said by
# denying a difference hedges a statement and opens no scene; rounds 11, 25a and 28 hold it fair in summaries.
_SIMILE = re.compile(
    r"(?<![a-z])(?:(?<!as )much as|(?<!as )just as|just like|as if|as though|the (?:same )?way (?:a|an)\b|"
    r"in the (?:same )?way (?:that|a|an)\b|(?<!as )much like|tout comme|de meme qu|"
    r"a la (?:maniere|facon) d(?:e|u|es|')|comme (?:si|lorsqu|quand|le fait|le ferait|on le fait)|"
    r"ainsi qu'une?\b|pareil(?:le)? a|tel(?:le)? (?:un|une)\b)(?![a-z])"
)
_COMPARISON = re.compile(
    r"(?<![a-z])(?:comme|tel|telle|ainsi que|de meme|pareil|pareille|like|as if|as though|much as|just as)"
    r"(?![a-z])"
)


def _simile(said: str, text: str) -> str:
    """A comparison clause ``said`` (folded) adds to ``text`` (see above), "" when none."""
    found = list(_SIMILE.finditer(said))
    return found[0].group(0) if len(found) > len(_COMPARISON.findall(text)) else ""


# Session 55 (fix97simile, round 97: "pocket calculators, small as a pack of cards", « grosses comme une
# machine à écrire », "billions of them, like the stars in the sky", "shown, like a grandfather leafing
# through his photo album"): a comparison of size, quantity or likeness states what the source does not when
# the thing it compares with is none of the source's. Two kinds, read on the folded answer:
# - a measure (`_MEASURED`: "as ADJ as", "small as a", "no bigger than", "more numerous than", "the size of",
#   « grand comme », « pas plus gros qu' », « autant qu' », « de la taille d' ») keeps the source's fact only
#   when it compares with what the source compares with (`_THEIRS`: « aussi cher qu'une voiture », « plus
#   puissante que les ordinateurs », « de poche » a size): "as expensive as a car", "the size of a pocket";
# - a likeness (`_LIKENED`: ", like a", « , comme une », "resembling", « rappelle », "reminiscent of") is an
#   example when the thing named is the source's ("like the HP-35", « comme le boulier », 'like a
#   "chihuahua"'), a scene when the first two words of it are not.
# Words are matched in both languages by the details' concepts and `_RENDERED`. Not read: "as well as",
# "as soon as", "as far as", a number compared ("as early as 1642"), a litotes ("not unlike", see above), a
# bare "like" after a noun ("pocket models like the HP-35"), and "more powerful than" (contraries' own).
_SIZE_EN = (
    r"(?:small|big|large|tiny|little|heavy|light|tall|wide|thick|thin|flat|cheap|expensive|costly|dear|"
    r"old|numerous|bright|common|huge|massive|bulky|compact|round|square|loud)"
)
_SIZE_FR = (
    r"(?:grand|gros|petit|lourd|leger|large|long|haut|epais|mince|minuscule|nombreu|volumineu|encombrant|cher|"
    r"vieu|vieil|enorme|plat|rond|carre|lumineu|bruyant)[a-z]{0,4}+"
)
_QUE = r"qu(?:e(?![a-z])|')"  # « que », « qu' » before a vowel
_MEASURED = re.compile(
    r"(?<![a-z])(?:as (?!(?:well|soon|far|such|long|yet|early|late|recently|often)(?![a-z]))[a-z]++ as"
    r"(?![a-z])|"
    rf"{_SIZE_EN} as (?=(?:a|an|the) )|"
    r"(?:bigger|larger|smaller|tinier|heavier|lighter|taller|thicker|thinner|wider|more numerous|fewer) than"
    r"(?![a-z])|(?:size|weight|height|width|dimensions) of (?=an? )|"
    rf"{_SIZE_FR} comme(?![a-z])|(?:aussi|pas plus|plus|moins|guere plus) {_SIZE_FR} {_QUE}|"
    rf"autant (?:de [a-z]++ )?{_QUE}|"
    r"(?:taille|grosseur|grandeur|format|poids|dimension)s? d'(?=une? ))"
)
_LIKENED = re.compile(
    r"(?:(?<=[,;:(])|(?<=[,;:(] )|(?<=[-–—] )|^|(?<=[.!?] ))(?:like|comme) (?=(?:a|an|the|those|these|"
    r"un|une|le|la|les|l'|des|du)(?![a-z]))"
    r"|(?<![a-z])(?:(?:looks?|looked|looking|seems?|seemed|feels?|felt|sounds?|sounded|rather|bit|quite|"
    r"somewhat) like|resembl[a-z]*+|reminiscent of|reminds? (?:[a-z]++ )?of|akin to|similar to|"
    r"comparable (?:to|a)|compared (?:to|with)|ressembl[a-z]*+|semblables? a|fait penser a|"
    r"rappel(?:le|lent|ait|aient|ant))(?![a-z])"
    r"|(?<![a-z])a l'image d(?:e |u |es |')"
)
_THEIRS = re.compile(
    rf"(?<![a-z])(?:(?:aussi|plus|moins|autant) (?:[a-z]++ )?{_QUE}"
    r"|(?:than|as [a-z]++ as|like|comme)(?![a-z]))"
    r"|(?<![a-z])de (?=poche(?![a-z]))"
)
_FUNCTION = frozenset(
    "a an the of in on at to from by with for its his her their our your my this these those some any "
    "un une le la les l des du de d en dans sur sous avec pour par au aux a son sa ses leur leurs ce cet "
    "cette very tres bien much far small".split()
)
_ENDS = frozenset(
    "qui que qu dont ou et and or but mais which that who whom where when while before after then once "
    "it he she they we you i il elle ils elles on nous vous avant apres puis possible ever usual before "
    "expected needed necessary planned announced advertised hoped now today dit disait explique montre "
    "indique souligne says said shows explains notes".split()
)
_COUNTED = frozenset(
    "several plusieurs quelques few many dozens hundreds thousands millions billions centaines milliers "
    "milliards one two three four five ten twenty hundred thousand million billion deux trois quatre cinq "
    "dix vingt cent mille".split()
)
# Words of the two texts said in the other language (the details' concepts give the rest).
_RENDERED = [
    {"voiture", "car", "automobile", "auto", "vehicule", "vehicle"}, {"ordinateur", "computer"},
    {"poche", "pocket"}, {"abaque", "abacus", "abacuse", "boulier"}, {"regle", "rule", "slide"},
    {"calculatrice", "calculator"}, {"exemple", "example"}, {"modele", "model"}, {"nombre", "number"},
    {"erreur", "mistake", "error"}, {"parametre", "parameter"}, {"reponse", "answer"},
]  # fmt: skip


def _stem(word: str) -> str:
    """``word`` without its plural's "s", as the first word of its `_RENDERED` group."""
    for w in (word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("x")):
        if group := next((g for g in _RENDERED if w in g), None):
            return min(group)
    return word.removesuffix("s") if len(word) > 3 else word


def _concept_words(words: list[str]) -> set[str]:
    """Each word as itself (stemmed) and as the details' concept it names, in either language."""
    from workshop.prompts.faithful_details import _KIND_RE  # faithful_details imports this module

    found = {_stem(w) for w in words}
    joined = " ".join(words)
    found |= {name for _, group in _KIND_RE for name, pattern in group if pattern.search(joined)}
    return found


def _one(word: str, theirs: set[str]) -> bool:
    """Whether ``word`` is one of ``theirs`` (stems and concepts): the same, or six letters shared."""
    mine = _concept_words([word])
    return bool(mine & theirs) or any(
        w[:6] == t[:6] for w in mine for t in theirs if len(w) >= 6 and len(t) >= 6
    )


def _compared_with(said: str, at: int) -> list[str]:
    """The first two words of the thing compared with, read after ``at`` to a clause's end."""
    found: list[str] = []
    clause = re.split(r"[.,;:!?()\[\]\"«»“”—–]", said[at : at + 100], maxsplit=1)[0]
    for token in clause.split():
        if not found and (re.search(r"\d", token) or token in _COUNTED):
            return found  # a quantity ("as early as 1642", "as much as several kilos"): quantities' own
        for word in [] if re.search(r"\d", token) else re.findall(r"[a-z]++", token):
            if word in _ENDS:
                return found
            if word not in _FUNCTION and len(word) > 2:
                found.append(word)
                if len(found) == 2:
                    return found
    return found


def _likened(said: str, text: str) -> str:
    """A comparison of size, quantity or likeness ``said`` (folded) makes with a thing ``text``
    (folded) does not name (see above), "" when none."""
    said, text = " ".join(said.split()), " ".join(text.split())
    theirs = {w for m in _THEIRS.finditer(text) for w in _compared_with(text, m.end())}
    theirs = _concept_words(sorted(theirs))
    for m in _MEASURED.finditer(said):
        words = _compared_with(said, m.end())
        if words and not any(_one(w, theirs) for w in words):
            return f"{m.group(0).strip()} {' '.join(words)}"
    source = _concept_words(re.findall(r"[a-z]++", text))
    for m in _LIKENED.finditer(said):
        words = _compared_with(said, m.end())
        if words and not all(_one(w, source) for w in words):
            return f"{m.group(0).strip()} {' '.join(words)}"
    return ""


def _new_person(answer: str, text: str) -> str:
    """A name given to a person beside a relative or a role, none of the source's words (see above)."""
    theirs = set(re.findall(r"[a-z]+", text))
    for m in _NAMED_PERSON.finditer(answer):
        name = fold(m.group("name") or m.group("called"))
        if name not in theirs and not any(w.startswith(name[:5]) for w in theirs if len(name) >= 5):
            return name  # "Normandy" is the source's « Normandie », "Chinese" its « Chine »
    return ""


# Session 59 (fix104text, round 104: "Pascal, the future philosopher", « Pascal, futur auteur des Pensées »):
# an aside of a summary that gives a person a role, a title or a later work states a fact of history, not of
# the text, when the source names no such role. Read on the folded summary: a later life ("the future", «
# futur », "later the author", "who would go on to", « qui deviendra »), always the summary's own (a source
# tells what happened, not what was to come); a role or a title (`_ROLES`: philosopher, mathematician, writer,
# diplomat, king…), the summary's own when its concept (both languages) is none of the source's words:
# "engineers" is the source's « ingénieurs », "the inventor" its « invente »; "the young Pascal", "his tax-
# collector father" paraphrase the source's own descriptors and name no role of the list.
_LATER_LIFE = re.compile(
    r"\b(?:the|a|an|his|her|their) future\b|, future\b|\bfutur(?:e|s|es)?\b"
    r"|\blater (?:(?:the|an?|to be|to become|becoming|became|famous|known) )?"
    r"(?:author|writer|founder|known|famous|philosoph|mathemati|theolog|physicist|king|saint)"
    r"|\bwho (?:would|was to|will|went on to)(?: later)? (?:go on to |later )?"
    r"(?:become|write|found|publish|be known|pen|author)"
    r"|\bwent on to (?:become|write|found|publish|pen)|\bwould later (?:become|write|found|publish)"
    r"|\bqui (?:deviendra|deviendrait|allait devenir|ecrira|ecrirait|allait ecrire|publiera|publierait"
    r"|fondera)|\b(?:devenu|devenue|connu|connue|celebre) plus tard\b"
    r"|\bplus tard (?:auteur|connu|celebre|philosophe)"
)
_ROLES = [
    (r"\bphilosoph\w*", r"\bphilosoph"),
    (r"\bmathemati(?:cian|cien)\w*", r"\bmathemati(?:cian|cien)"),
    (r"\btheolog\w*", r"\btheolog"),
    (r"\bphysici(?:st|en|enne)s?\b", r"\bphysici"),
    (r"\bscientists?\b|\bsavante?s?\b", r"\bscientist|\bsavant|\bscientifiques?\b"),
    (
        r"\bwriters?\b|\becrivaine?s?\b|\bauthors? of\b|\bauteure? (?:de|des|du)\b",
        r"\bwriter|\becrivain|\bauth|\bauteur",
    ),
    (r"\bpoete?s?\b|\bpoets?\b", r"\bpoet|\bpoete"),
    (r"\bdiplomat\w*", r"\bdiplomat"),
    (
        r"\bstatesm[ae]n\b|\bhommes? d'etat\b|\bpoliticians?\b|\bpoliticiens?\b",
        r"\bstatesm|\bhomme d'etat|\bpolitic",
    ),
    (r"\bjuristes?\b|\bjurists?\b|\blawyers?\b|\bavocate?s?\b", r"\bjurist|\blawyer|\bavocat"),
    (r"\bastronom(?:er|e)s?\b", r"\bastronom"),
    (r"\bchemists?\b|\bchimistes?\b", r"\bchemist|\bchimist"),
    (
        r"\bkings?\b|\brois?\b|\bemperors?\b|\bempereurs?\b|\bqueens?\b|\breines?\b",
        r"\bking|\broi\b|\bempe|\bqueen|\breine",
    ),
    (
        r"\bpriests?\b|\bpretres?\b|\bmonks?\b|\bmoines?\b|\bbishops?\b|\beveques?\b",
        r"\bpriest|\bpretre|\bmonk|\bmoine",
    ),
    (r"\bprofessors?\b|\bprofesseure?s?\b", r"\bprofess"),
    (r"\bpolymaths?\b|\berudite?s?\b", r"\bpolymath|\berudit"),
    (
        r"\bsir\b|\blord\b|\bcomtes?\b|\bbaron\w*|\bduke\b|\bduc\b",
        r"\bsir\b|\blord|\bcomte|\bbaron|\bduke|\bduc\b",
    ),
    (r"\binvent(?:or|eur|rice|ress)s?\b", r"\binvent"),
    (r"\bengineers?\b|\bingenieure?s?\b", r"\bengineer|\bingenieur"),
]
_ROLE_RE = [(re.compile(said), re.compile(theirs)) for said, theirs in _ROLES]


def _role_added(said: str, text: str) -> str:
    """A later life or a role ``said`` (a folded summary) gives that ``text`` (its folded source) does not
    (see above), "" when none."""
    later = _LATER_LIFE.search(said)
    if later and not _LATER_LIFE.search(text):
        return later.group(0)
    for mine, theirs in _ROLE_RE:
        role = mine.search(said)
        if role and not theirs.search(text):
            return role.group(0)
    return ""


def unfaithful(answer: str, source: str, renders: str) -> str:
    """Why ``answer`` (a ``renders`` of ``source``: "translation" or "summary") is not
    faithful to it, "" when nothing anchored says so."""
    said = fold(answer)
    text = fold(source)
    if _NOTE.search(said) and not _NOTE.search(text):
        return "note"
    if "?" not in text and _OFFER.search(said.rstrip()):
        return "note"
    if _ALTERNATIVE.search(said) and not _ALTERNATIVE.search(text):
        return "note"
    if doubted.doubts(said) and not doubted.doubts(text):
        return "note"  # the writer's doubt on their own wording (session 60, :mod:`doubted`)
    if hashtags.TAG.search(answer) and not hashtags.TAG.search(source):
        return "note"  # a line of hashtags under the text (session 60, fix107hedge: "#AI #MachineLearning")
    if (
        renders == "translation"
        and _TRANSLATION_TALK.search(_LEAD.sub("", said))
        and not _TRANSLATION_TALK.search(text)
    ):
        return "note"
    if renders == "translation" and _glossed(_LEAD.sub("", answer), source):
        return "note"
    if (opinion := _OPINION.search(said)) and not _OPINION.search(text):
        return f"opinion {opinion.group(0)}"  # session 60: the writer's own view added
    if renders == "summary" and (role := _role_added(said, text)):
        return f"role {role}"
    if renders == "summary" and _DENIAL.search(said) and not _DENIAL.search(text):
        return "negation"
    if renders == "summary" and unachieved.failed(said) and not unachieved.failed(text):
        return "negation"  # round 74: "Pascal failed to build", « a échoué à »: denied by a verb
    if renders == "translation":
        plain = _unnegated(said)
        mine, theirs = _negations(plain, renders), _negations(_unnegated(text), renders)
        extra = len(_NEGATION_WORD.findall(plain)) - len(_NEGATION_WORD.findall(_unnegated(text)))
        if mine > theirs or (mine < theirs and not _NEGATIVE_WORD.search(plain)) or mine + extra > theirs:
            return "negation"
        own = sentences(answer)
        origin = sentences(source)
        if len(own) == len(origin):
            for a, s in zip(own, origin, strict=True):
                mine_a = _unnegated(fold(a))
                n, m = _negations(mine_a, renders), _negations(_unnegated(fold(s)), renders)
                if n > m or (n < m and not _NEGATIVE_WORD.search(mine_a)):
                    return "negation"
    known = {(kind, key) for kind, key, _ in quantities(text)}
    told = None
    for kind, key, at in quantities(said):
        if (kind, key) not in known:
            told = told if told is not None else _numbers_told(text)
            if kind == "num" and _bound_kept(said, at, int(key), told):
                continue  # "not yet twenty" of « alors âgé de dix-neuf ans » (round 86)
            return f"quantity {key}"
    theirs_pairs = _pairs(text)
    for scale, obj in _pairs(said):
        if (scale, obj) not in theirs_pairs and any(o == obj for _, o in theirs_pairs):
            return f"{scale} of {obj}"
    moved_why = _moved(said, text, renders)
    if moved_why:
        return moved_why
    if detail := changed(answer, source, renders):  # a detail swapped or invented (issue 11bc)
        return detail
    if person := _new_person(answer, text):
        return f"person {person}"
    if simile := _simile(said, text) or _likened(said, text):
        return f"simile {simile}"
    if renders == "summary":
        padded = _PADDING.search(said)
        if padded and not _PADDING.search(text):
            return f"padding {padded.group(0)}"
        origin = sentences(source.replace("\n", " "))
        names = _names(source)
        previous = ""  # round 74: a pronoun object finds its actor in the sentence before
        for sentence, passage in _passages(answer, origin):
            if period_moved(sentence, origin):
                return "period moved"
            name = _contrary(sentence, passage)
            if name:
                return f"contrary {name}"
            name = _moved_in_passage(sentence, passage, text, [fold(s) for s in origin], names, previous)
            if name:
                return name
            previous = sentence
        return ""
    name = _contrary(said, text)
    return f"contrary {name}" if name else ""


# Session 52 (fix86, mend51's footnotes): a number said as a bound ("Pascal was not yet twenty", "under
# twenty", « moins de vingt ans », "more than 40") states no new quantity when a number of the source
# keeps it and lies close to it (within a tenth of the bound, one at least): the source's « dix-neuf
# ans » is "not yet twenty", never "under a hundred". The same in a footnote as in the body.
_UPPER = re.compile(
    r"(?:\bnot yet|\bnot even|\bnot quite|\bunder|\bless than|\bfewer than|\byounger than|\bbelow|\bnearly"
    r"|\balmost|\bpas encore|\bmoins de|\bpresque|\bpas tout a fait) (?:(?:the )?age of )?$"
)
_LOWER = re.compile(
    r"(?:\bover|\bmore than|\bolder than|\babove|\bplus de|\bjust over|\bdeja plus de) (?:(?:the )?age of )?$"
)


def _numbers_told(text: str) -> set[int]:
    """The whole numbers ``text`` (folded) states, its French number words read (:mod:`numwords`)."""
    from workshop.prompts import numwords  # numwords reads no faithful piece: imported where used

    return {int(key) for kind, key, _ in quantities(numwords.digits(text)) if kind == "num"}


def _bound_kept(said: str, at: int, bound: int, told: set[int]) -> bool:
    before = said[max(0, at - 30) : at]
    near = max(1, bound // 10)
    if _UPPER.search(before):
        return any(bound - near <= n < bound for n in told)
    if _LOWER.search(before):
        return any(bound < n <= bound + near for n in told)
    return False


def _names(source: str) -> set[str]:
    """The names of the source (persons and things, no place): "pascal", "leibniz"."""
    found = {fold(m.group(0)) for m in _NAME.finditer(source)}
    return {name for name in found if not moved.place_moved(name, "")}


def _moved(said: str, text: str, renders: str) -> str:
    """What the whole answer moves (moved.py): a cause swapped, every case claimed, an act
    given to another (a translation's), a place (a summary's)."""
    if renders == "translation" and moved.swapped_act(said):
        return "act swapped"
    swapped = moved.cause_swapped(said, text)
    if swapped:
        return swapped
    thing = moved.universal(said, text)
    if thing:
        return f"every {thing}"
    place = moved.place_moved(said, text) if renders == "summary" else ""
    return f"place {place}" if place else ""


def _moved_in_passage(
    sentence: str, passage: str, text: str, origin: list[str], names: set[str], previous: str = ""
) -> str:
    """What one sentence of a summary moves against its passage (moved.py): who makes the
    source's invention, the order of two names, a date given to another."""
    theirs = moved.makers(passage, names)
    mine = moved.makers(sentence, names)
    if theirs and mine - theirs:
        return f"maker {sorted(mine - theirs)[0]}"
    if moved.order_flipped(sentence, text, names):
        return "order"
    if moved.date_moved(sentence, origin, names):
        return "date moved"
    invented = relations.invented(sentence, text, names, previous)  # issue 11bg: who helps, replaces whom
    return f"relation {invented}" if invented else ""
