"""A label per review (issue 11, session 33): the data holds the reviews, so any part of the
prompt's own words that ties an evaluation to two or more of them dictates the labels.

Principle: in the prompt, every mention of one review is found — its number ("avis 2",
"review #3", "id: 1", "2 →"), its ordinal ("le deuxième"), its product (the names the
checks give it), its own words quoted or pasted on the line — and, in the student's own
words only (the prompt without its data), every evaluation: a label word in a language the
grader reads or a synonym (content, déçu, mitigé, satisfied, fed up...), an emoji, a thumb, a
colour, stars or a mark out of five, a percentage, a signed score, a bare number after a
scale stated in its sentence ("note de 0 à 10 : 10, 0 et 7"). An evaluation of one kind
next to a mention (before or after it on the same line, nothing else between) is tied to
that review; a run of evaluations said in the reviews' order ("dans l'ordre : vert, rouge,
orange", "👍 👎 🤷") is tied to the reviews by position. Two reviews tied or more dictate
the labels of the reviews tied (each review's answer check). Labels named without a review
("étiquettes possibles : positif, négatif, neutre": several kinds together are a choice), a
worked example on another review (one review at most) tie nothing; a question that names a
review's label suggests it, and ties it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workshop.prompts.text import copied_cache, fold, shingles, words

MAX_LINES = 400
NEAR = 60  # characters between a mention and its evaluation
DATA_GRAM = 4

# -- evaluations -------------------------------------------------------------------------------
_POS = (
    r"positi\w*|contente?s?|satisfaite?s?|satisfied|happy|heureu\w*|ravie?s?|delighted|enchante\w*|pleased|"
    r"enthousias\w*|enthusias\w*|conquise?s?|compliments?|coups?\s++de\s++coeur|excellent\w*|genial\w*|parfait\w*|"
    r"vert|verte|green|bueno|buena|positivo|positiva|feliz|contento|zufrieden|froh|buono|felice|"
    r"thumbs?[\s-]++up|pouce\s++leve|pouce\s++en\s++l'air|thrilled|over\s++the\s++moon|aux\s++anges|sourit|smiles|pos"
)
_NEG = (
    r"negati\w*|mecontente?s?|insatisfaite?s?|unsatisfied|dissatisfied|decue?s?|deception|disappoint\w*|unhappy|"
    r"angry|furieu\w*|fachee?s?|en\s++colere|fed\s++up|agacee?s?|enervee?s?|mauvaise?|horrible|"
    r"terrible|catastroph\w*|plaintes?|complaints?|complain\w*|reclamations?|litiges?|disputes?|"
    r"rouge|red|malo|mala|negativo|negativa|triste|schlecht|unzufrieden|cattivo|ruim|"
    r"thumbs?[\s-]++down|pouce\s++baisse|pouce\s++en\s++bas|excedee?s?|fuming|furious|upset|rale|en\s++rogne|neg"
)
_NEU = (
    # round 82 (fix82): "ni content ni mécontent", "neither happy nor unhappy": one neutral evaluation, not a
    # positive word and a negative one (read before "neither" alone)
    r"ni\s++(?:tres\s++|vraiment\s++)?(?:contente?s?|satisfaite?s?|heureu\w*|ravie?s?|positi\w*|emballee?s?|"
    r"enchantee?s?)\s++ni\s++(?:tres\s++|vraiment\s++)?(?:mecontente?s?|insatisfaite?s?|malheureu\w*|decue?s?|"
    r"furieu\w*|negati\w*|fachee?s?|triste?s?|faches)|"
    r"neither\s++(?:very\s++|really\s++)?(?:happy|satisfied|pleased|thrilled|positive|delighted|glad)\s++nor\s++"
    r"(?:very\s++|really\s++)?(?:unhappy|dissatisfied|unsatisfied|displeased|upset|angry|negative|disappointed|sad|"
    r"fuming|furious)|"
    r"neutr\w*|mitigee?s?|mixed|indifferente?s?|indifferent|meh|bof|average|so-so|mouais|"
    r"ni\s++l'un\s++ni\s++l'autre|ni\s++l'une\s++ni\s++l'autre|neither|ni\s++chaud\s++ni\s++froid|ni\s++fu\s++ni\s++fa|"
    r"sans\s++emotion|a\s++suivre|wait\s++and\s++see|orange|jaune|yellow|amber|gris|grey|gray|neutro|neutra|"
    r"lukewarm|tiede|hausse\w*\s++les\s++epaules|haussement\s++d'epaules|shrugs?|shrugged|so\s++so|neu|"
    # round 66 (fix66): a customer with no opinion, who takes no side (« sans avis », "takes no side", « ne
    # prend pas parti », "on the fence")
    r"sans\s++avis(?!\s++(?:personnel|tranche))|sans\s++opinion|no\s++opinion|takes?\s++no\s++sides?|"
    r"took\s++no\s++sides?|taking\s++no\s++sides?|ne\s++prend\s++pas\s++parti|ne\s++prennent\s++pas\s++parti|"
    r"on\s++the\s++fence"
)
# Round 57 (fix-helper fix57): a label said through a synonym in a source ("the seller files review 3 under
# « sans opinion »", "review 2 is from a dissatisfied buyer", « l'avis 1 : client ravi »): a customer's state
# or a category's name that only one label means, read as that label beside a review it names (a review's
# one cue); colours, abbreviations and scores stay :func:`tied`'s, read for two reviews or more.
_SAID_AS = {
    "neutral": re.compile(
        r"(?<![a-z])(?:sans\s++(?:opinion|avis\s++tranche)|no\s++(?:clear\s++)?opinion|without\s++(?:an\s++)?opinion|"
        r"ni\s++satisfaite?s?\s++ni\s++(?:mecontente?s?|insatisfaite?s?)|ni\s++positi\w*\s++ni\s++negati\w*|"
        r"neither\s++(?:satisfied|happy|positive)\s++nor\s++(?:dissatisfied|unhappy|negative)|"
        r"mitigee?s?|mixed|indifferente?s?|indifferent|so-so|lukewarm|tiede|"
        r"ambivalente?s?|ambivalent|undecided|indecise?s?|partagee?s?)(?![a-z])"
    ),
    "positive": re.compile(
        r"(?<![a-z])(?:satisfaite?s?|satisfied|contente?s?|happy|ravie?s?|delighted|pleased|enchantee?s?|"
        r"conquise?s?|enthousiastes?|enthusiastic|thrilled|favorable|favourable|elogieu\w*|glowing)(?![a-z])"
    ),
    "negative": re.compile(
        r"(?<![a-z])(?:mecontente?s?|insatisfaite?s?|dissatisfied|unsatisfied|decue?s?|disappointed|unhappy|"
        r"furieu\w*|furious|fachee?s?|angry|defavorable|unfavou?rable|critique|critical|plaintes?|complaints?)(?![a-z])"
    ),
}


# Session 60 (fix107report, round 107): a shop's review-form field that states the verdict, "Would recommend
# this product: No", « Recommanderiez-vous ce produit ? Oui », "Recommended: yes", labels the review it is
# shown under: yes is positive, no negative. (Metadata on a review, its channel or its day, is no label:
# remarks.METADATA.)
_RECOMMEND_FIELD = re.compile(
    r"(?<![a-z])(?:recommand|recommend)[a-z-]*+(?:\s++[a-z'-]++){0,4}?\s*+[:?]\s*+(?P<answer>oui|non|yes|no)(?![a-z])"
)


def _recommend_read(found: re.Match[str]) -> str:
    return " positive " if found["answer"] in ("oui", "yes") else " negative "


def relabelled(own: str) -> str:
    """``own`` (folded) with each synonym of one label (:data:`_SAID_AS`) written as that label, and each
    "would recommend" field answered yes or no (:data:`_RECOMMEND_FIELD`) as the label it states."""
    for label, pattern in _SAID_AS.items():
        own = pattern.sub(f" {label} ", own)
    return _RECOMMEND_FIELD.sub(_recommend_read, own)


# Round 54 (fix-helper r54l): the labels in more languages and scripts (Dutch, Polish, Russian,
# Japanese, Chinese, Korean, Greek, Arabic), folded as every text is; a stem takes its endings.
_LABELS_ABROAD = {
    "pos": ["positief", "pozytywn", "позитивн", "положительн", "ポジティブ", "肯定的", "正面", "积极", "積極",
            "好评", "好評", "긍정", "θετικ", "إيجابي"],
    "neg": ["negatief", "negatywn", "негативн", "отрицательн", "ネガティブ", "否定的", "负面", "負面", "消极",
            "消極", "差评", "差評", "부정", "αρνητικ", "سلبي"],
    "neu": ["нейтральн", "ニュートラル", "中立", "中性", "중립", "ουδετερ", "ουδέτερ", "محايد"],
}  # fmt: skip


def _abroad(kind: str) -> str:
    stems = {fold(case(w)) for w in _LABELS_ABROAD[kind] for case in (str, str.upper, str.capitalize)}
    return "|".join(re.escape(w) + r"\w*+" for w in sorted(stems, key=len, reverse=True))


_POS = f"{_POS}|{_abroad('pos')}"
_NEG = f"{_NEG}|{_abroad('neg')}"
_NEU = f"{_NEU}|{_abroad('neu')}"
_EMOJI = {
    "pos": "👍😀😃😄😁😊🙂❤♥💚🥰😍✅🟢🤩😇👌",
    "neg": "👎😡😠😞😢💔❌🔴🤬😤😭☹🙁",
    "neu": "😐😶🤷🟠🟡😑🫤",
}
_EVALUATION = re.compile(
    rf"(?<![a-z0-9])(?:(?P<pos>{_POS})|(?P<neg>{_NEG})|(?P<neu>{_NEU}))(?![a-z0-9]|-[a-z])"
    r"|(?P<emoji>[" + "".join(_EMOJI.values()) + r"])"
    r"|(?P<stars>[★⭐]++[☆]*+)"
    r"|(?<![\w.,/])(?P<mark>\d{1,3}(?:[.,]5)?)\s*+/\s*+(?P<outof>5|10|20|100)(?![\d])"
    r"|[(\[](?P<sign>[+−-]|0|=|±)[)\]]"
    r"|(?<![\w.,])(?P<pc>\d{1,3})\s*+%"
    r"|(?<![\w.,])(?P<score>[+-][01](?:[.,]\d{1,3})?|0[.,]\d{1,3})(?![\d])"
    r"|\b(?:grade|note|niveau)\s++(?P<grade>[a-f])\b"
    # round 52: stars counted in figures or words, in a hashtag too ("#5stars", "(one star)", « 3 étoiles »)
    r"|(?<![\w.,])(?P<nstars>[0-5]|zero|one|two|three|four|five|une?|deux|trois|quatre|cinq)[ \t-]*+"
    r"(?:stars?|etoiles?)(?![a-z])"
)
_STARS = {"zero": 0, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4,
          "quatre": 4, "five": 5, "cinq": 5}  # fmt: skip


def _kind(m: re.Match[str]) -> str | None:
    for kind in ("pos", "neg", "neu"):
        if m[kind]:
            return kind
    if m["emoji"]:
        return next(k for k, chars in _EMOJI.items() if m["emoji"] in chars)
    if m["stars"]:
        n = m["stars"].count("★") + m["stars"].count("⭐")
        return "pos" if n >= 4 else "neg" if n <= 2 else "neu"
    if m["mark"]:
        v = float(m["mark"].replace(",", ".")) / int(m["outof"])
        return "pos" if v >= 0.7 else "neg" if v <= 0.4 else "neu"
    if m["sign"]:
        return "pos" if m["sign"] == "+" else "neg" if m["sign"] in "−-" else "neu"
    if m["pc"]:
        v = int(m["pc"])
        return "pos" if v >= 67 else "neg" if v <= 33 else "neu"
    if m["score"]:
        v = float(re.sub(r"\s", "", m["score"]).replace(",", "."))
        return "pos" if v > 0.33 else "neg" if v < -0.33 else "neu"
    if m["grade"]:
        return "pos" if m["grade"] in "ab" else "neg" if m["grade"] in "ef" else "neu"
    if m["nstars"]:
        n = _STARS.get(m["nstars"]) if not m["nstars"].isdigit() else int(m["nstars"])
        return "pos" if (n or 0) >= 4 else "neg" if (n or 0) <= 2 else "neu"
    return None


# -- mentions of one review ------------------------------------------------------------------
# ... and the review's writer by its number (session 35, round 34's r34g-sentiment-en-voice-tone:
# "customer 1 was laughing, customer 2 was shouting"): client 2, reviewer 3, l'auteur 1.
_NOUN = (
    r"(?:avis|reviews?|commentaires?|comments?|critiques?|items?|entree|entry|texte|text|avaliac\w*|"
    r"resenas?|opiniones?|opinion|recension\w*|bewertung\w*|rezension\w*|"
    r"clients?|clientes?|customers?|reviewers?|acheteurs?|acheteuses?|buyers?|auteurs?|autrices?|authors?"
    # round 54 (fix-helper r54l): the review in other languages and scripts, folded
    + "".join("|" + re.escape(fold(w)) for w in ("recensione", "recensioni", "beoordeling", "opinia"))
    + "".join("|" + re.escape(fold(w)) for w in ("评论", "評論", "レビュー", "リビュー", "口コミ"))
    + "".join("|" + re.escape(fold(w)) for w in ("리뷰", "후기", "opinie"))
    + "".join("|" + re.escape(fold(w)) + r"\w*+" for w in ("отзыв", "Отзыв", "κριτικ", "αξιολογ"))
    + ")"
)
_ORDINAL = {
    **dict.fromkeys(["premier", "premiere", "1er", "1ere", "first", "1st"], 1),
    **dict.fromkeys(["deuxieme", "second", "seconde", "2e", "2eme", "2nd"], 2),
    **dict.fromkeys(["troisieme", "third", "3e", "3eme", "3rd"], 3),
    # the other languages the grader reads (round 19b): primera, segunda, erste, zweite...
    **dict.fromkeys(["primera", "primero", "primeira", "primeiro", "prima", "primo", "erste", "ersten"], 1),
    **dict.fromkeys(["segunda", "segundo", "seconda", "secondo", "zweite", "zweiten"], 2),
    **dict.fromkeys(["tercera", "tercero", "terceira", "terceiro", "terza", "terzo", "dritte", "dritten"], 3),
}
_ORDINALS = "|".join(sorted(_ORDINAL, key=len, reverse=True))
_ONE_NEXT = re.compile(r"(?<!\s)\s*+one\b")  # "the first one", "the last one"
_NUMBERED = re.compile(
    rf"\b{_NOUN}[\s#n°:.-]{{0,3}}(?P<n>[1-9])(?![\d.,]\d)"
    r"|(?<![\w\"])\"?\b(?:id|n°|numero)\"?\s*+[:=]?\s*+(?:\{\s*+\"?const\"?\s*+:\s*+)?(?P<id>[1-9])\b"
    r"|#(?P<hash>[1-9])\b"
    r"|\b(?P<word>un|one|deux|two|trois|three)\s*+(?:[=:→]|->|=>)"
    rf"|\b(?:le|la|l'|the|du|au|of|a|o|el|il|die|der|das|den)\s*+(?P<ord>{_ORDINALS})\b"
    rf"(?=\s*+(?:{_NOUN}\b|one\b|[,;:.!?)\n]|$)|\s++(?:est|is|was|seems|semble|sounds|parait|e|es|ist|fica)\b"
    # round 82 (fix82): the ordinal before its evaluation, the noun and verb left out ("le deuxième furieux",
    # "the second fuming", « le troisième ni content ni mécontent »)
    rf"|\s++(?:{_POS}|{_NEG}|{_NEU})(?![a-z0-9]))"
    # round 66 (fix66): a review by its place among them, "the last one", « le dernier », « celui du milieu »,
    # "the middle one" (:func:`_mentions` reads the place with the reviews' count)
    rf"|\b(?:le|la|l'|the)\s*+(?P<last>dernier|derniere|last)\b"
    rf"(?=\s*+(?:{_NOUN}\b|one\b|[,;:.!?)\n]|$)|\s++(?:est|is|was|takes|prend|seems|semble|sounds|parait|ne|n')\b)"
    rf"|\b(?:celui|celle|the\s++one|l'avis|le\s++commentaire|the\s++review)\s++(?:du|in\s++the)\s++(?P<mid>milieu|middle)\b"
    rf"|\bthe\s++(?P<middle>middle)\s++(?:one|{_NOUN})\b"
    r"|(?<![\w.,/+-])(?<![a-z] )(?P<bare>[1-9])(?![\d.,/])"
    r"(?=\"?\s*+(?:[=:→)\]|]|->|=>|-[ \t])|\s++(?:pos|neg|neu)\w*)"
    r"|[.-](?:avis|review)[-_](?P<css>[1-9])\b"
    # code: "values (1, 'positive')", "case id when 2 then 'negative'", "neg-002"
    r"|(?<=\()(?P<tuple>[1-9])(?=\s*+,)|\bwhen\s++(?P<when>[1-9])(?=\s++then\b)|(?<=[a-z]-)0{1,3}(?P<code>[1-9])\b"
)
_WORD_ID = {"un": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3}


@dataclass
class _Mark:
    start: int
    end: int
    review: int | None  # a mention of this review
    kind: str | None  # an evaluation of this kind


def _reviews(data: list[str]) -> list[set[tuple[str, ...]]]:
    """Each review's word runs (its lines in each language of the data), by position."""
    found: list[set[tuple[str, ...]]] = []
    for text in data:
        for i, line in enumerate(x for x in fold(text).splitlines() if x.strip()):
            while len(found) <= i:
                found.append(set())
            found[i] |= shingles(words(line), DATA_GRAM)
    return found


_TOKEN = re.compile(r"[a-z0-9]+")


def _pasted(full_line: str, reviews: list[set[tuple[str, ...]]]) -> list[_Mark]:
    """The runs of a review's own words pasted on the line, as mentions of it."""
    tokens = [
        (m.start(), m.end(), w) for m, w in ((m, words(m.group(0))) for m in _TOKEN.finditer(full_line)) if w
    ]
    flat = [(s, e, w[0]) for s, e, w in tokens]
    marks: list[_Mark] = []
    for i in range(len(flat) - DATA_GRAM + 1):
        gram = tuple(t[2] for t in flat[i : i + DATA_GRAM])
        owners = [k for k, grams in enumerate(reviews) if gram in grams]
        if len(owners) == 1:
            marks.append(_Mark(flat[i][0], flat[i + DATA_GRAM - 1][1], owners[0] + 1, None))
    return marks


_GENERIC = {"avis", "review", "reviews", "the", "une", "des", "dos", "and"}


def _named(names: list[list[str]]) -> list[list[str]]:
    """Each item's names and their words of three letters or more that name no other item
    ("coffee machine": "coffee", "machine"; "sac à dos": "sac")."""
    split = [
        {w for term in terms for w in re.findall(r"[a-z]{3,}", fold(term))} - _GENERIC for terms in names
    ]
    return [
        list(terms) + sorted(w for w in own if not any(w in other for j, other in enumerate(split) if j != i))
        for i, (terms, own) in enumerate(zip(names, split, strict=True))
    ]


def _mentions(line: str, names: list[list[str]], places: bool = True) -> list[_Mark]:
    """The mentions of a review on ``line``; ``places``: with round 66's places ("the last one", « celui du
    milieu », "the first one"), read where a label goes with them, not by :mod:`remarks` (a remark on "the
    last one" is no label)."""
    marks: list[_Mark] = []
    for m in _NUMBERED.finditer(line):
        if not places and (
            m["last"] or m["mid"] or m["middle"] or (m["ord"] and _ONE_NEXT.match(line[m.end() :]))
        ):
            continue
        raw = next(g for g in m.groups() if g)
        n = _ORDINAL.get(raw) or _WORD_ID.get(raw) or (int(raw) if raw.isdigit() else 0)
        if m["last"]:
            n = len(names)  # the last review (round 66)
        elif m["mid"] or m["middle"]:
            n = (len(names) + 1) // 2 if len(names) % 2 else 0  # the middle one of an odd count
        if n:
            marks.append(_Mark(m.start(), m.end(), n, None))
    for k, terms in enumerate(names, 1):
        for term in terms:
            for m in re.finditer(
                r"\b" + r"[\s'-]+".join(re.escape(w) for w in fold(term).split()) + r"s?\b", line
            ):
                marks.append(_Mark(m.start(), m.end(), k, None))
    return marks


@copied_cache(maxsize=1024)  # its marks are never changed
def _evaluations(own: str) -> list[_Mark]:
    return [_Mark(m.start(), m.end(), None, kind) for m in _EVALUATION.finditer(own) if (kind := _kind(m))]


def evaluations(own: str) -> list[_Mark]:
    """The evaluations in ``own`` (folded): label words, ratings, stars, emojis..., each with its kind."""
    return _evaluations(own)


# Round 89 (fix89): "or" in the other languages a room writes in, folded ("positive, negative hoặc neutral",
# « walla », "oder", "или", "또는"): a list of the labels joined by any language's "or" offers them, assigns
# none; a Spanish or Italian "o" ("u") only between two words.
_OTHER_ORS = [
    "hoac", "oder", "eller", "lub", "albo", "sau", "atau", "veya", "yahut", "walla", "wala", "nebo", "vagy",
    "или", "або", "أو", "او", "או", "या",
]  # fmt: skip
_GLUED_ORS = ["または", "もしくは", "或者", "还是", "還是", "또는", "혹은"]
_CHOICE = re.compile(
    r"\b(?:"
    + "|".join(fold(w) for w in _OTHER_ORS)
    + r")\b|"
    + "|".join(fold(w) for w in _GLUED_ORS)
    + r"|(?<![\w.'])[ou](?=[ \t]++[a-z]{3})"
    r"|\b(?:ou|or|parmi|among|possibles?|autorise\w*|allowed|permitted|valeurs?|values?|soit|either|"
    r"l'une\s++des|l'un\s++des|one\s++of|categories|choix|options?)\b|\||(?<=[a-z])\s*+/\s*+(?=[a-z])"
    # round 42 (fix-helper sym41): emojis offered as a choice, "👍 / 👎 / 🤷"
    r"|(?<=[\ufe0f" + "".join(_EMOJI.values()) + r"])[ \t]*+/[ \t]*+(?=[" + "".join(_EMOJI.values()) + r"])"
)
_ORDER = re.compile(
    r"\b(?:ordre|order|respectivement|respectively|going\s++down|de\s++haut\s++en\s++bas|top\s++to\s++bottom|"
    r"successivement|suite|sequence|commen\w*\s++par|begins?\s++with|starts?\s++with|ends?\s++with|"
    r"finiss\w*\s++par|finit\s++par|a\s++la\s++suite|one\s++after)\b"
)
_DENIED = re.compile(r"\b(?:pas|not|jamais|never|no|ni|nor)\b|n't\b")
# Round 52 ("Subject: Fwd: reviews 1-3 → happy / furious / meh"): a run mapped from the reviews' range by
# an arrow or "=" lists each one's label; its slashes split the list, they offer no choice ("classify
# reviews 1-3 as positive / negative / neutral", "reviews 1-3: positive / negative / neutral" offer one).
_MAPPED = re.compile(
    rf"\b{_NOUN}[ \t]*+(?:n°|#)?[ \t]*+1[ \t]*+(?:(?:-|a|to|through|thru)[ \t]*+(?:#[ \t]*+)?[2-9]|"
    r",[ \t]*+(?:#[ \t]*+)?2[ \t]*+(?:,|et|and|&)[ \t]*+(?:#[ \t]*+)?3)[ \t]*+(?:->|=>|→|=)[ \t]*+$"
)


# Session 45 (fair45): the task's own three labels, whole, after the reviews' range ("Reviews 1-3 →
# positive / negative / neutral", « avis 1 à 3 → positif / négatif / neutre ») are the labels to choose
# from, in any order: their slashes offer the choice again, unless the sentence says an order
# ("respectively", « dans cet ordre »).
_LABEL_WORD = re.compile(r"positi(?:ve|f)s?|negati(?:ve|f)s?|neutral|neutres?")


def _label_set(span: str, run: list[_Mark], sentence: str) -> bool:
    said = [sentence[m.start : m.end] for m in run]
    return (
        len(run) == 3
        and len({m.kind for m in run}) == 3
        and all(_LABEL_WORD.fullmatch(w) for w in said)
        and not _ORDER.search(sentence)
    )


def _choice_in(text: str, mapped: bool) -> bool:
    """Whether ``text`` offers a choice (_CHOICE); a slash does not in a mapped run (_MAPPED)."""
    return any(not (mapped and m.group(0).strip() == "/") for m in _CHOICE.finditer(text))


_JOINED = re.compile(r"[\s,;:.()\[\]\"'/>-]*+(?:(?:puis|then|et|and|enfin|finally)\b[\s,;:]*+)?")


def _tied(marks: list[_Mark], line: str) -> set[int]:
    """The reviews an evaluation of one kind is said of on this line (mention and evaluation
    side by side, in the order the line starts with)."""
    marks.sort(key=lambda m: (m.start, m.review is None))
    groups: list[list[_Mark]] = []
    for mark in marks:
        same = groups and (groups[-1][0].review is None) == (mark.review is None)
        # round 66 (fix66): a sentence's end closes a group of evaluations ("… positive, negative or neutral.
        # Hint: only one review is negative, …": the choice, then a label of its own)
        ended = (
            bool(groups)
            and mark.review is None
            and re.search(r"[.!?][ \t]++(?=[(\w])", line[groups[-1][-1].end : mark.start]) is not None
        )
        if same and not ended and mark.start - groups[-1][-1].end <= NEAR:
            groups[-1].append(mark)
        else:
            groups.append([mark])
    tied: set[int] = set()
    if not groups:
        return tied
    backward = groups[0][0].review is None  # evaluations first: each goes with the mention after it
    for i, group in enumerate(groups):
        if group[0].review is not None:
            continue
        kinds = {m.kind for m in group}
        if len(kinds) != 1:
            continue  # "positive, negative ou neutral": a choice, no tie
        j = i + 1 if backward else i - 1
        if 0 <= j < len(groups) and groups[j][0].review is not None:
            # the mention next to the evaluation: one review for each evaluation said
            mention = groups[j][0] if j > i else groups[j][-1]
            between = line[mention.end : group[0].start] if j < i else line[group[-1].end : mention.start]
            if len(between) <= NEAR and not re.search(r"[.!?]\s++[(\w]", between):
                tied.add(mention.review or 0)
                continue
        # round 66 (fix66): no mention on its side, the evaluation goes with the other side's mention that no
        # evaluation took ("only one review is negative, the middle one, and the last one takes no side":
        # "negative" takes the middle one, "takes no side" the last one)
        k = i - 1 if backward else i + 1
        if 0 <= k < len(groups) and groups[k][0].review is not None:
            free = [m for m in (reversed(groups[k]) if k < i else groups[k]) if m.review not in tied]
            if free:
                mention = free[0]
                between = line[mention.end : group[0].start] if k < i else line[group[-1].end : mention.start]
                if len(between) <= NEAR and not re.search(r"[.!?]\s++[(\w]", between):
                    tied.add(mention.review or 0)
    return tied - {0}


def _encoding(text: str, mark: _Mark) -> str:
    said = text[mark.start : mark.end]
    if re.fullmatch(r"[a-z' -]+", said):
        return "word"
    if "%" in said:
        return "pc"
    if "/" in said:
        return "mark"
    if re.search(r"\d", said):
        return "score"
    return "sign"


# A scale stated once ("note de recommandation (0 à 10) … : 10, 0 et 7", "scores out of 5: 5, 1,
# 3") makes the bare numbers after it in the sentence marks on that scale (round 32).
_SCALE = re.compile(
    r"\b(?:notes?|scores?|ratings?|nps|recommandation|recommendation|etoiles|stars|satisfaction|evaluations?)\b"
    r"[^.!?\n]{0,60}?(?:\(?\s*+(?:de\s++|from\s++)?(?P<low>0|1)\s*+(?:a|à|to|-|–)\s*+(?P<high>5|10|20|100)\b\)?"
    r"|\b(?:sur|out\s++of|/)\s*+(?P<outof>5|10|20|100)\b)"
)
_BARE = re.compile(r"(?<![\w.,/+-])(?P<v>\d{1,3})(?![\d/%]|[.,]\d)")


def _scaled(sentence: str) -> list[_Mark]:
    """The bare numbers after a scale stated in the sentence, as marks on it (see _SCALE)."""
    scale = _SCALE.search(sentence)
    if scale is None:
        return []
    high = int(scale["high"] or scale["outof"])
    low = int(scale["low"] or 0)
    marks = []
    for m in _BARE.finditer(sentence, scale.end()):
        v = int(m["v"])
        if low <= v <= high and high > low:
            share = (v - low) / (high - low)
            kind = "pos" if share >= 0.7 else "neg" if share <= 0.4 else "neu"
            marks.append(_Mark(m.start(), m.end(), None, kind))
    return marks


def _in_order(own: str) -> int:
    """The length of the longest run of evaluations said in the reviews' order on a
    sentence ("dans l'ordre : vert, rouge, orange", "👍 👎 🤷", "positif, puis négatif")."""
    best = 0
    for sentence in re.split(r"(?<=[.!?])\s|\n", own):
        marks = sorted(_evaluations(sentence) + _scaled(sentence), key=lambda m: m.start)
        run: list[_Mark] = []
        for mark in marks + [None]:  # type: ignore[list-item]
            if (
                mark is not None
                and run
                and _JOINED.fullmatch(sentence, run[-1].end, mark.start)
                and _encoding(sentence, mark) == _encoding(sentence, run[-1])
            ):
                run.append(mark)
                continue
            # an order denied in the run's own clause ("Ils ne sont pas nécessairement dans
            # l'ordre positive, negative, neutral") gives none (round 7's rule)
            lead = re.split(r"[,;:]", sentence[: run[0].start])[-1] if run else ""
            if len(run) >= 2 and not _DENIED.search(lead):
                span = sentence[run[0].start : run[-1].end]
                worded = all(re.fullmatch(r"[a-z' -]+", sentence[m.start : m.end]) for m in run)
                ordered = (
                    _ORDER.search(sentence)
                    or _LISTED.search(sentence)  # round 40: "for reviews 1, 2 and 3"
                    or re.search(r"\b(?:puis|then)\b", span)
                )
                mapped = bool(_MAPPED.search(sentence[max(0, run[0].start - 60) : run[0].start]))  # round 52
                mapped = mapped and not _label_set(span, run, sentence)  # session 45
                # round 66 (fix66): the run's own clause (between ";") says an order and offers no choice: the
                # label set offered in another clause ("Label each review positive, negative or neutral; in
                # order, the reviews are pleased, upset, on the fence") is no choice of this run
                start = sentence.rfind(";", 0, run[0].start) + 1
                stop = sentence.find(";", run[-1].end)
                clause = sentence[start : stop if stop >= 0 else len(sentence)]
                own_order = bool(_ORDER.search(clause)) and not _choice_in(clause, mapped)
                if (
                    not _choice_in(span, mapped)
                    and not (worded and _choice_in(sentence, mapped) and not own_order)
                    and (ordered or not worded)
                ):
                    best = max(best, len(run))
            run = [mark] if mark is not None else []
    return best


# Round 40 (r40g-sentiment-acrostic-locker-code: "les initiales des trois étiquettes, dans l'ordre des
# avis, forment mon code de casier : P, N, N"): the labels told by their initials. A sentence that names
# initials, first letters, an acrostic or abbreviations and the labels (étiquettes, sentiments, avis,
# answers) ties its run of label initials (p, n: positive, negative, neutral in every language the
# grader reads), spaced, separated or glued ("P, N, N", "P-N-N", "PNN"), to the reviews in order; a
# choice ("P, N ou U", "P/N/U") ties none, nor initials with no labels named ("mes initiales sont P. N.").
# The same run of bare signs ("+, −, 0") in a sentence that says an order or names the reviews ties the
# reviews in order as bracketed signs do; and the reviews listed by their numbers ("for reviews 1, 2 and
# 3: green, red, amber", « avis 1 à 3 ») say the order a run of label words follows.
_INITIALS_CUE = re.compile(
    r"\b(?:initiales?|initials?|premieres?\s++lettres?|first\s++letters?|acrosti\w*|abrevi\w*|abbrevi\w*)"
)
_LABELS_NAMED = re.compile(
    r"\b(?:etiquettes?|labels?|sentiments?|avis|reviews?|reponses?|answers?|categories|classes|verdicts?|tags?)\b"
)
_INITIAL_RUN = re.compile(
    r"(?<![\w'.-])(?:[pn](?:[ \t]*+[,;.\-–][ \t]*+|[ \t]++(?:puis|then|et|and)[ \t]++|[ \t]++)){1,5}"
    r"[pn](?![\w'-])"
    r"|(?<![\w'-])[pn]{2,6}+(?![\w'-])"
)
_SIGN_RUN = re.compile(r"(?<![\w+−-])[+−-](?:[ \t]*+,[ \t]*+(?:[+−-]|0)(?![\w.,]\d|\d)){1,5}+")
_LISTED = re.compile(
    rf"\b{_NOUN}[ \t]*+(?:n°|#)?[ \t]*+1[ \t]*+(?:,|et|and|&|a|to|-|–)[ \t]*+(?:#[ \t]*+)?(?:2|3)\b"
)


# review41: signs offered as the labels' alphabet ("pour chaque avis, note avec un signe : +, -, 0 (positif,
# négatif, neutre)", "+, -, 0 means positive, negative, neutral") label no review: a sentence that names the
# reviews but says no order, and offers a choice, says "each", or glosses the signs with two kinds of label.
_EACH = re.compile(r"\b(?:chaque|each|every|tous\s++les|toutes\s++les|all\s++the)\b")


def _sign_legend(sentence: str) -> bool:
    return bool(
        _CHOICE.search(sentence)
        or _EACH.search(sentence)
        or len({m.kind for m in _evaluations(sentence)}) >= 2
    )


def _initials(own: str) -> int:
    """The longest run of the labels' initials or of bare signs tied to the reviews in order."""
    best = 0
    for sentence in re.split(r"(?<=[.!?])\s|\n", own):
        if _INITIALS_CUE.search(sentence) and _LABELS_NAMED.search(sentence):
            for run in _INITIAL_RUN.finditer(sentence):
                if not _CHOICE.search(run.group(0)):
                    best = max(best, len(re.findall(r"[pn]", run.group(0))))
        if _ORDER.search(sentence) or (_LABELS_NAMED.search(sentence) and not _sign_legend(sentence)):
            for run in _SIGN_RUN.finditer(sentence):
                best = max(best, len(re.findall(r"[+−0-]", run.group(0))))
    return best


# Round 40's class too: a vector of 0/1 flags in the reviews' order beside one kind of label ("vecteur des
# avis positifs : [1, 0, 0]", "negative flags: [0, 1, 0]") ties the reviews it flags.
_FLAGS = re.compile(r"[\[(][ \t]*+[01](?:[ \t]*+,[ \t]*+[01]){1,9}+[ \t]*+[\])]")


def _flagged(own: str) -> set[int]:
    found: set[int] = set()
    for clause in re.split(r"[;\n]|(?<=[.!?])\s", own):
        if len({m.kind for m in _evaluations(clause)}) != 1:
            continue
        for vector in _FLAGS.finditer(clause):
            flags = re.findall(r"[01]", vector.group(0))
            found |= {i + 1 for i, flag in enumerate(flags) if flag == "1"}
    return found


def dictates(rest: str, full: str, data: list[str], names: list[list[str]]) -> bool:
    """Whether the prompt ties an evaluation to two reviews or more (see the module)."""
    return len(tied(rest, full, data, names)) >= 2


def tied(rest: str, full: str, data: list[str], names: list[list[str]]) -> set[int]:
    """The reviews (numbered from 1) the prompt ties an evaluation to (see the module).
    ``rest``: the prompt without its data (folded), ``full``: the same prompt with its
    data, line for line; ``data``: the task's texts, one review a line; ``names``: each
    review's names (its product, "avis 1")."""
    reviews = _reviews(data)
    names = _named(names)
    found: set[int] = set()
    own_lines, full_lines = rest.splitlines()[:MAX_LINES], full.splitlines()[:MAX_LINES]
    line_reviews: list[set[int]] = []
    for own, whole in zip(own_lines, full_lines, strict=False):
        pasted = _pasted(whole, reviews)
        line_reviews.append({m.review for m in pasted if m.review})
        if not own.strip():
            continue
        marks = _mentions(whole, names) + pasted + _evaluations(own)
        found |= _tied(marks, whole)
    # an evaluation alone on a short line, over or under one review pasted on its own line
    for i, (own, whole) in enumerate(zip(own_lines, full_lines, strict=False)):
        if line_reviews[i] or not own.strip() or len(re.findall(r"[a-z]+", own)) > 6:
            continue
        kinds = {m.kind for m in _evaluations(own)}
        if len(kinds) != 1 or _mentions(whole, names):
            continue
        below = line_reviews[i + 1] if i + 1 < len(line_reviews) else set()
        above = line_reviews[i - 1] if i else set()
        side = below if below and (own.rstrip().endswith(":") or not above) else above
        if len(side) == 1:
            found |= side
    headers = {i for i, pasted in enumerate(line_reviews) if pasted}  # a review's line: its header's metadata
    found |= tagged(rest, data, names, headers)  # round 62: a tag of its own for every review
    run = max(_in_order(rest), _initials(rest))  # round 40: initials, bare signs
    found |= _flagged(rest)  # round 40: 0/1 flags
    return found | (set(range(1, run + 1)) if run >= 2 else set())


# Round 62 (fix62): a tag of the prompt's own tied to every review, one-to-one (« l'avis 1, c'est « le Bon »,
# l'avis 2, « la Brute », et l'avis 3, c'est la Suisse », « l'avis 1, c'est « Intouchables », l'avis 2,
# « La Haine »… », "review 1 is 'Happy Days', review 2 is…"): whatever the tags' words, each review has
# been sorted into a class of its own by the prompt, which is the model's job; the grader need not know
# what the tag means. A tag is what follows the review's number after a copula, a colon or a comma, up to
# the next comma, ";", "." or "et"/"and" (a quoted tag whole). Every review must have one, all different;
# none may be a placeholder ("?", "…", « à classer »), another review's mention, words of the reviews
# themselves (a product, a quotation) or a review's product name, and the sentence no question.
_TAG = re.compile(
    rf"\b(?:l'|the\s++|le\s++|la\s++)?{_NOUN}\s*+(?:n°|#)?\s*+(?P<n>[1-9])(?![\d.,]\d)"
    r"(?:\s*+(?:,\s*+c'est|,\s*+ce\s++sont|,|:|=|→|->|(?<=\s)-(?=\s)|\bis\b|\best\b))\s*+(?:(?:c'est|is|est)\s++)?"
    r"(?P<tag>\"[^\"\n]{1,80}+\"|'[^'\n]{1,80}+'|[^,;.:!?\n\"]{1,60}?)"
    r"(?=[ \t]*+(?:[,;.!)\n]|$|\bet\b|\band\b))"
)
_TAG_EMPTY = re.compile(
    r"^\W*+(?:\?+|\.\.\.|…|_+|x|tbd|todo|a\s++classer|a\s++trier|a\s++remplir|to\s++label|to\s++classify|label|"
    r"sentiment|etiquette|classe|class|positive\s++ou\s++negative\w*|positive\s++or\s++negative\w*)?\W*+$"
)
# what the review is about, where it comes from, in what language: no class ("review 1 is about the kitchen",
# « l'avis 2, de Lyon », "review 3 in English")
_TAG_PLACE = re.compile(
    r"(?:about|sur|de|du|des|d'|on|from|in|en|dans|pour|for|avec|with|by|par|chez|at|concerning|regarding|"
    r"concernant|written|ecrit\w*|posted|poste\w*|signe\w*|signed)\b"
)
NEAR_TAGS = 600  # characters from the first review's tag to the last one's
_TAG_ARTICLES = {"le", "la", "les", "l", "un", "une", "the", "a", "an", "c'est", "is", "est"}


def tagged(rest: str, data: list[str], names: list[list[str]], headers: set[int] | None = None) -> set[int]:
    """The reviews (every one) a sentence of ``rest`` gives a tag of its own, one-to-one (see above).
    The lines ``headers`` hold a review pasted: what its header says beside it ("Avis 1 — Julie, 12/03 :
    « … »", an author, a date) is no tag."""
    count = len(names)
    if count < 2:
        return set()
    if headers:
        lines = rest.splitlines()
        rest = "\n".join(" " * len(line) if i in headers else line for i, line in enumerate(lines))
    data_words = {w for text in data for w in re.findall(r"[a-z]{3,}", fold(text))}
    item_words = {
        w[:5]
        for terms in names
        for term in terms
        for w in re.findall(r"[a-z]{3,}", fold(term))
        if w not in _GENERIC
    }
    # the prompt's told sentences (a question names no tag), one tag a review, the first, all of them near
    told = " ".join(s if "?" not in s else " " * len(s) for s in re.split(r"(?<=[.!?\n])", rest)[:MAX_LINES])
    tags: dict[int, str] = {}
    where: dict[int, int] = {}
    for m in list(_TAG.finditer(told))[: 8 * count]:
        n, tag = int(m["n"]), " ".join(m["tag"].strip(" \"'").split())
        mine = [w for w in re.findall(r"[a-z][a-z']{2,}", tag) if w not in _TAG_ARTICLES]
        if (
            n > count
            or not mine
            or _TAG_EMPTY.match(tag)
            or _NUMBERED.search(tag)
            or any(w[:5] in item_words for w in mine)
            or _TAG_PLACE.match(tag)
            or all(w in data_words for w in mine)
        ):
            continue
        tags.setdefault(n, tag)
        where.setdefault(n, m.start())
    near = bool(where) and max(where.values()) - min(where.values()) < NEAR_TAGS
    if len(tags) == count and len(set(tags.values())) == count and near:
        return set(tags)
    return set()
