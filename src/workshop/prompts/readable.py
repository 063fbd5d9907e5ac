"""Which of the student's own sentences the grader can read: it reads French and English.

A prompt that says something in another language ("En espagnol : Carolina tiene una sola
hermana. Traduis-la.") may give the answer away in words no reader of the grader sees, so
such a sentence fails closed, as a word that mixes scripts does: the answer checks on
content earn nothing (:mod:`workshop.prompts.grade`). What the grader can read is a
measure, not a list written by hand: the most frequent words of French and of English
(``wordfreq``'s lists, folded as every text is), the task's own data and the check terms.
A sentence is foreign when most of its words, and at least :data:`FOREIGN_WORDS` of them,
are none of those: a French or English sentence, telegraphic or full of jargon, keeps most
of its words in the lists. A rarer French word ("abîmé", "injoignable": in French's
:data:`RARE_FRENCH` most frequent words) is read too when no neighbour language lists it
among its :data:`NEIGHBOUR_WORDS` most frequent (:func:`rare_french`): a short French
example (« Colis abîmé et vendeur injoignable. ») is French, "sano" or "sorella" are not."""

from __future__ import annotations

import functools
import re

from num2words import CONVERTER_CLASSES, num2words
from wordfreq import top_n_list, zipf_frequency

from workshop.prompts import symbols
from workshop.prompts.text import copied_cache, fold, strip_accents

# The most frequent words of each language that count as read: 15,000 reaches words seen
# about 3 times per million (Zipf 3.5: "parallele", "coefficient", "ordonnee"), and stops
# before most of the foreign words that French and English web text also holds.
COMMON_WORDS = 15_000
FOREIGN_WORDS = 3  # unread words a sentence needs, at least, to be foreign
FOREIGN_SHARE = 0.6  # and their share of its words
# French inflections the frequency lists underrate (the imperative of a prompt: "traduis",
# "résous", "recopie"; plurals, adverbs; English "-ed", round 43: "refunded"): a word is read
# when, one ending taken off and a dictionary form's put on, it is a listed word of at least
# four letters.
_ENDINGS = ("s", "x", "e", "es", "ee", "ees", "t", "ons", "ez", "ent", "ement", "ment", "ed")
_FORMS = ("", "e", "er", "ir", "r", "re", "dre", "tre")
RARE_FRENCH = 80_000  # French words read when no neighbour language lists them
NEIGHBOUR_WORDS = 25_000
NEIGHBOURS = ("it", "es", "pt", "ca", "ro", "de", "nl", "sv", "pl")
_PIECES = re.compile(r"[.!?;:\n()\[\]{}\"«»<>|]")
_WORD = re.compile(r"[a-z]{2,}")


@functools.lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """The words read as French or English (folded). Loaded once per process: the grading
    fork server loads it before it forks (:mod:`workshop.prompts.isolate`)."""
    found: set[str] = set()
    for lang in ("fr", "en"):
        for word in top_n_list(lang, COMMON_WORDS):
            found.update(_WORD.findall(fold(word)))
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def english() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words read as English, those of them that are no French word, and the French
    words that are no English word (folded)."""
    en: set[str] = set()
    fr: set[str] = set()
    for lang, found in (("en", en), ("fr", fr)):
        for word in top_n_list(lang, COMMON_WORDS):
            found.update(_WORD.findall(fold(word)))
    return frozenset(en), frozenset(en - fr), frozenset(fr - en)


@functools.lru_cache(maxsize=1)
def rare_french() -> frozenset[str]:
    """French words (folded) past the common lists that no neighbour language's list holds
    (see the module's docstring)."""
    neighbours: set[str] = set()
    for lang in NEIGHBOURS:
        for word in top_n_list(lang, NEIGHBOUR_WORDS, wordlist="small"):
            neighbours.update(_WORD.findall(strip_accents(word).casefold()))
    found = {
        w for word in top_n_list("fr", RARE_FRENCH) for w in _WORD.findall(strip_accents(word).casefold())
    }
    return frozenset(found - neighbours - lexicon())


@functools.lru_cache(maxsize=1)
def _french_or_english() -> frozenset[str]:
    return lexicon() | rare_french()


def read_word(word: str, exact: bool = False) -> bool:
    """Whether ``word`` (folded) is read as French or English, rarer French words included;
    ``exact``: as it is listed, no inflection read."""
    return word in _french_or_english() if exact else _read(word, _french_or_english())


def unread(words: list[str]) -> list[str]:
    """The words of ``words`` (folded) read neither as French nor as English."""
    read = lexicon()
    return [w for w in words if not _read(w, read)]


def _read(word: str, read: frozenset[str]) -> bool:
    if word in read:
        return True
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            if any(len(stem + form) >= 4 and stem + form in read for form in _FORMS):
                return True
    return False


def foreign(
    rest: str,
    known: set[str],
    quotations: list[str] | None = None,
    cognates: set[str] | None = None,
    quoted_known: set[str] | None = None,
) -> list[str]:
    """The pieces of ``rest`` (a prompt without its data, folded) written in a language the
    grader does not read; ``known``: the task's own words (its data). A piece inside one of
    ``quotations`` (:func:`quotations`, the passages the student marked as quoted) is not,
    when that quotation is :func:`harmless` (``cognates``: the task's words and its checks'
    terms); a quotation that is not harmless is foreign as soon as it holds
    :data:`QUOTED_FOREIGN_WORDS` unread words: announced as another language, it is read
    as one."""
    read = _french_or_english()
    marked = [_WORD.findall(q) for q in quotations or []]
    # round 54 (fix-helper r54l): only a quotation with a word the grader does not read counts
    # against MAX_QUOTATIONS (a JSON's quoted keys, « Réponse : ... » are French or English)
    tolerated = [
        " ".join(tokens)
        for q, tokens in zip(quotations or [], marked, strict=True)
        if harmless(q, cognates or set()) and any(w not in known and not _read(w, read) for w in tokens)
    ]
    if len(tolerated) > MAX_QUOTATIONS:
        tolerated = []
    found = []
    for piece in _PIECES.split(rest):
        tokens = _WORD.findall(piece)
        unread = [w for w in tokens if w not in known and not _read(w, read)]
        if len(unread) >= FOREIGN_WORDS and len(unread) >= FOREIGN_SHARE * len(tokens):
            if not any(" ".join(tokens) in quoted for quoted in tolerated):
                found.append(piece.strip())
    # round 57 (fix57): in a marked quotation, ``quoted_known`` (the task's words, its answer's terms) read
    inside = known if quoted_known is None else quoted_known
    for tokens in marked:
        unread = [w for w in tokens if w not in inside and not _read(w, read)]
        if len(unread) >= QUOTED_FOREIGN_WORDS and " ".join(tokens) not in tolerated:
            found.append(" ".join(tokens))
    return list(dict.fromkeys(found))


# -- a quotation in another language ------------------------------------------------------------
# A proverb or a motto quoted in another language ("« Chi va piano va sano »", "*festina
# lente*") says nothing of the task: it is read as a quotation, not as foreign text, when the
# student marked it (quotes, italics, a "> " line, a line after "proverbe :") and it is
# harmless: short, no digit, no number word of any language num2words knows, no word that
# shares its first letters with the task's own words or its checks' terms (a cognate:
# "Carolina", "primi", "coprimos", "divisore"). What it may still hide is a verdict in words
# unrelated to the task's ("sind teilerfremd"): live mode's counterfactual sees it.
QUOTE_WORDS = 12  # words of a quotation, at most
MAX_QUOTATIONS = 2  # quotations tolerated in one prompt; more, and none is
QUOTED_FOREIGN_WORDS = 2  # unread words that make a marked quotation foreign
COGNATE = 4  # letters a word shares with a task word to be its cognate
_QUOTED = re.compile(
    r"«([^»\n]{1,300})»|\"([^\"\n]{1,300})\"|“([^”\n]{1,300})”|„([^“”\n]{1,300})[“”]"
    r"|(?<![\w*])\*([^*\n]{1,300})\*(?![\w*])|(?<![\w_])_([^_\n]{1,300})_(?![\w_])"
    r"|^[ \t]*+>[ \t]*+([^\n]{1,300})$"
    r"|\b(?:proverbe|proverb|dicton|saying|adage|citation|quote|maxime|maxim|motto|devise)\b[^:\n]{0,30}:"
    r"[ \t]*+([^.!?\n]{1,300})",
    re.M | re.I,
)


@copied_cache(maxsize=1024)
def quotations(prompt: str) -> list[str]:
    """The passages of ``prompt`` (normalized, not folded) the student marked as quoted,
    folded."""
    return [fold(next(g for g in m.groups() if g)) for m in _QUOTED.finditer(prompt)]


@functools.lru_cache(maxsize=1)
def number_words() -> tuple[frozenset[str], frozenset[str]]:
    """Folded number words (0 to 100, ordinals to 10) of every language num2words writes
    but French and English (read by the answer reader), and the words for one, whose
    inflections ("una", "eine", "uma") it does not write."""
    found: set[str] = set()
    ones: set[str] = set()
    for lang in CONVERTER_CLASSES:
        if lang.startswith(("fr", "en")):
            continue
        for number, kind in [(n, "cardinal") for n in range(101)] + [(n, "ordinal") for n in range(1, 11)]:
            try:
                written = _WORD.findall(fold(num2words(number, lang=lang, to=kind)))
            except (NotImplementedError, OverflowError, ValueError, TypeError, AttributeError, KeyError):
                continue
            found.update(written)
            if number == 1 and kind == "cardinal":
                ones.update(written)
    return frozenset(found), frozenset(ones)


_NO_NUMBER = frozenset({"und", "uns"})  # German "and", "us": no inflection of a word for one (round 54)


def _a_number(word: str) -> bool:
    found, ones = number_words()
    if word in found:
        return True
    if word in _NO_NUMBER:
        return False
    return len(word) >= 3 and any(
        word[:-1] in (one, one[:-1]) or (len(one) >= 4 and word.startswith(one[:-1])) for one in ones
    )


# Round 54 (fix-helper r54l): a run of Latin letters inside a word of another script ("yжacнoe", a
# Cyrillic word whose letters that look Latin were folded to them) is no word, neither a number word
# nor a cognate; a word for a count or a rank in Cyrillic or Greek ("первый", "δεύτερο") makes a
# quotation no harmless one, as a figure does (the Chinese and Japanese numerals are read as figures).
_WHOLE = re.compile(r"(?<![^\W\d_])[a-z]{2,}(?![^\W\d_])")
_COUNTS_ABROAD = (
    "один", "одна", "одно", "два", "две", "три", "перв", "втор", "трет",
    "ένα", "δύο", "τρία", "πρώτ", "δεύτερ", "τρίτ",
)  # fmt: skip
_COUNTED_FOLDED = {fold(case(c)) for c in _COUNTS_ABROAD for case in (str, str.capitalize)}
_COUNTED_ABROAD = re.compile(
    "|".join(r"(?<!\w)" + re.escape(w) for w in sorted(_COUNTED_FOLDED, key=len, reverse=True))
)


def harmless(quotation: str, cognates: set[str]) -> bool:
    """Whether a quotation (folded) can be let pass unread: see above."""
    tokens = _WORD.findall(quotation)
    if not tokens or len(tokens) > QUOTE_WORDS or re.search(r"\d", quotation):
        return False
    if _COUNTED_ABROAD.search(quotation):
        return False
    stems = {w[:COGNATE] for w in cognates if len(w) >= COGNATE}
    whole = _WHOLE.findall(quotation)
    return not any(_a_number(w) or (len(w) >= COGNATE and w[:COGNATE] in stems) for w in whole)


# -- a prompt written in another language (round 19b) ---------------------------------------------
# A prompt in Spanish or German ("Eres un profesor de lógica. Caroline (una chica) tiene 3
# hermanos…", "Fasse den folgenden Text in höchstens 60 Wörtern zusammen") asks the task in a
# language the grader does not read: a piece of it is read as an instruction or the task's
# data translated, not as foreign text, when it states no value the grader cannot read: no
# number word of another language ("una", "uno", "eins"), and no figure but the task's own
# numbers and a length ("60 Wörtern"). What it may still hide is a verdict in words unrelated
# to any number ("son primos entre sí" as a statement): live mode's counterfactual sees it.
_LENGTH_NEXT = re.compile(  # read right after a figure: no blank before it
    r"(?<!\s)\s*+(?:mots?|words?|caracteres?|characters?|phrases?|sentences?|lignes?|lines?|palabras?|worter|"
    r"wortern|wort|parole|palavras?|frases?|satze|zeilen|zeichen)\b"
)
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])")
_WRITTEN_IN = ("es", "de", "it", "pt")  # the languages whose number words a piece is read in
WRITTEN_SHARE = 0.8  # of a piece's words, at least, known in that language (or read, or the task's)
_ARTICLE_NEXT = frozenset(
    {"un", "una", "uno", "ein", "eine", "einen", "el", "la", "lo", "il", "der", "die", "das", "um", "uma"}
    | {"o", "a"}
)
_ONLY = re.compile(r"\b(?:sol[oa]s?|solamente|unic[oa]s?|einzige[nr]?|nur|soltanto|apenas|only)\b")


@functools.lru_cache(maxsize=1)
def _languages() -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """Per language of :data:`_WRITTEN_IN`: its common words, its number words but one, and
    its words for one (folded)."""
    found = {}
    for lang in _WRITTEN_IN:
        common = {w for word in top_n_list(lang, 10_000) for w in _WORD.findall(fold(word))}
        numbers: set[str] = set()
        for number, kind in [(n, "cardinal") for n in range(101)] + [(n, "ordinal") for n in range(1, 11)]:
            numbers.update(_WORD.findall(fold(num2words(number, lang=lang, to=kind))))
        ones = set(_WORD.findall(fold(num2words(1, lang=lang))))
        found[lang] = (frozenset(common), frozenset(numbers - ones), frozenset(ones))
    return found


RARE_ZIPF = 2.5  # a word of that language past its 10,000 commonest: "formatore" (round 22b)


def _rare_word(word: str, lang: str) -> bool:
    """A longer word of ``lang``'s word list, rarer than its common words ("Sei un formatore
    aziendale", round 22b): a word of the language, no code."""
    return len(word) >= 6 and zipf_frequency(word, lang) >= RARE_ZIPF


# Round 89 (fix89): a piece in Greek or Cyrillic letters is read as foreign only through the runs of letters
# that folding made Latin ("Είσαι επαγγελματίας μεταφραστής" folds to "eioai eπayyeλμaτiac ..."), which the
# same sentence in Korean, Hebrew or Hindi does not have: such a piece (most of its Latin runs glued to
# letters of the other script) asks only when the tasks' words of that script read in it nothing
# (:func:`workshop.prompts.symbols.translated`: no count, answer, yes/no, label or rank) and it holds no
# figure but the data's and a length, as round 19b reads a prompt in Spanish.
_GLUED = re.compile(r"[a-z]{2,}")


def script_asks_only(piece: str, numbers: set[str]) -> bool:
    """Whether a foreign ``piece`` (folded) in Greek or Cyrillic letters states no value (see above)."""
    runs = _GLUED.findall(piece)
    whole = _WHOLE.findall(piece)
    if not runs or len(whole) * 2 >= len(runs):
        return False
    if symbols.translated(piece) != piece or _COUNTED_ABROAD.search(piece):
        return False
    return all(f.group(0) in numbers or _LENGTH_NEXT.match(piece, f.end()) for f in _FIGURE.finditer(piece))


# Round 89 (fix89): a piece in Vietnamese (« Hãy phân loại cảm xúc của ba nhận xét sau »), read last, when no
# language above reads it: most of its words (folded, two letters or more) among Vietnamese's common words,
# no word for one, no number word after "là" (is), "bằng" (equals) or "âm" (minus) or before another
# number word (a value said: « b là âm mười »; « sau », after, folds as « sáu », six), a number word
# before a noun ("ba nhận xét", three reviews) a count of the data, no figure but
# the data's and a length.
@functools.lru_cache(maxsize=1)
def _vietnamese() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    common = {w for word in top_n_list("vi", 10_000) for w in _WORD.findall(fold(word))}
    numbers = {w for n in range(101) for w in _WORD.findall(fold(num2words(n, lang="vi")))}
    ones = set(_WORD.findall(fold(num2words(1, lang="vi"))))
    return frozenset(common), frozenset(numbers - ones), frozenset(ones | {"mot"})


def _vietnamese_asks_only(piece: str, tokens: list[str], numbers: set[str]) -> bool:
    common, cardinals, ones = _vietnamese()
    if sum(w in common for w in tokens) < WRITTEN_SHARE * len(tokens):
        return False
    for i, word in enumerate(tokens):
        if word in ones:
            return False
        said = tokens[i - 1] in ("la", "bang", "am") if i else False
        if word in cardinals and (said or any(w in cardinals for w in tokens[i + 1 : i + 2])):
            return False
    return all(f.group(0) in numbers or _LENGTH_NEXT.match(piece, f.end()) for f in _FIGURE.finditer(piece))


def asks_only(piece: str, numbers: set[str], cognates: set[str], answered: set[str] | None = None) -> bool:
    """Whether a foreign ``piece`` (folded) states no value: see above; ``numbers``: the
    figures of the task's data; ``cognates``: the task's words and its checks' terms. The
    piece is read in the language of :data:`_WRITTEN_IN` most of its words belong to (none:
    it stays foreign); a word for one before a word of the task ("una hermana") or in a piece
    that says "only" is a number, before another word an article ("ein Mädchen"). With
    ``answered`` (empty for a task whose answer is no value: the plan), only a word for one
    before one of those words is a number (round 22b): "una presentazione di un'ora" states
    the plan's own data, "una hermana" stays a count of the riddle's answer."""
    tokens = _WORD.findall(piece)
    if not tokens:
        return False
    hits = {lang: sum(w in common for w in tokens) for lang, (common, _, _) in _languages().items()}
    lang = max(hits, key=lambda k: hits[k])
    common = _languages()[lang][0]
    read = _french_or_english()
    known = sum(w in common or w in cognates or _read(w, read) or _rare_word(w, lang) for w in tokens)
    if hits[lang] < len(tokens) / 2 or known < WRITTEN_SHARE * len(tokens):
        return _vietnamese_asks_only(piece, tokens, numbers)  # not that language's words: a code, or below
    _, cardinals, ones = _languages()[lang]
    stems = {w[:COGNATE] for w in (cognates if answered is None else answered) if len(w) >= COGNATE}
    for i, word in enumerate(tokens):
        after = tokens[i + 1 : i + 3]
        if word in cardinals and not (after and after[0] in _ARTICLE_NEXT):
            return False  # "El MCD vale dos"; "Sei un insegnante" is a verb
        one = any(
            word == o
            or (word[:-1] == o[:-1] if len(o) > 2 else False)
            or (len(o) >= 4 and word.startswith(o[:-1]) and len(word) <= len(o) + 1)
            for o in ones
        )
        if one and (word in ones or _ONLY.search(piece) or any(w[:COGNATE] in stems for w in after)):
            return False
    return all(f.group(0) in numbers or _LENGTH_NEXT.match(piece, f.end()) for f in _FIGURE.finditer(piece))
