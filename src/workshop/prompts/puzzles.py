"""The answer set as a little puzzle the prompt solves for the model (issue 11, session 36; round 33's
r33g-line-anagram, r33g-line-digits-of-b, r33g-riddle-spelled-like-the-article,
r33g-riddle-chemical-formula, r33g-riddle-en-question-mark-count).

Each reading below is the folded text with one puzzle replaced by its solution, which the answer
readers of :func:`workshop.prompts.evaluate.gives_away` then read as a plain statement:

- an anagram the prompt names as one ("l'anagramme de « SNIOM XID »", "an anagram of 'NEU'") whose
  letters are those of a number in words, signed or not ("moins dix"), or of a yes or a no: the
  number in digits ("b est -10");
- a number described by its digits place by place, the units' among them ("b est un nombre négatif à
  deux chiffres, dont le chiffre des dizaines est 1 et celui des unités 0", "whose tens digit is 1 and
  whose units digit is 0"): its subject stated equal to it ("b = -10");
- a word said to be the same word as a word of a quotation ("le même mot que l'article dans « une
  fille »", "the same word as the first word of 'one for all'"): that word;
- a formula of letters with counts and its legend ("G₃F₂ (G pour garçon, F pour fille)", "B3G2 (B
  for boy, G for girl)"): the counts of the nouns ("3 garcons et 2 filles");
- the count of a symbol in the statement ("the number of question marks in the riddle", "le nombre
  de points d'interrogation de l'énoncé"): that count, taken in the data (:func:`counted`), when every
  version of the data has the same.

A reading only replaces a puzzle by its solution: a prompt with an anagram of no number ("« CHIEN »
est l'anagramme de « NICHE »"), a data number's digit ("le chiffre des unités de 64 est 4"), a number
written "de la même façon que « trois »" or a chemical formula says nothing of the answer in it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from workshop.prompts.text import NUMBER_WORDS, ORDINAL_RE, fold, ordinal_value

_QUOTE = "[\"'`]"
_WORDS = {w: n for w, n in NUMBER_WORDS.items() if w not in ("a", "an", "none", "aucun", "aucune", "single")}
_VERDICTS = ("oui", "non", "yes", "no")


def _letters(text: str) -> str:
    return "".join(sorted(c for c in text if c.isalpha()))


def _anagram_values() -> dict[str, str]:
    """Sorted letters -> the value they spell: a number word, "moins"/"minus" and one, a verdict."""
    found: dict[str, str] = {}
    for word, n in _WORDS.items():
        found.setdefault(_letters(word), str(n))
        for minus in ("moins", "minus"):
            found.setdefault(_letters(minus + word), str(-n))
    for verdict in _VERDICTS:
        found.setdefault(_letters(verdict), verdict)
    return found


_ANAGRAMS = _anagram_values()
_ANAGRAM_OF = re.compile(
    r"(?<![\w'])(?:l'|un |une |an |the )?anagram(?:me)?s?[ \t]++(?:de|du mot|of|of the word)[ \t]*+"
    rf"{_QUOTE}[ \t]*+(?P<w>[a-z][a-z \t-]{{0,40}}?)[ \t]*+{_QUOTE}"
)


def _unscrambled(match: re.Match[str]) -> str:
    word = match["w"]
    value = _ANAGRAMS.get(_letters(word))
    if value is None or re.sub(r"[^a-z]", "", word) in _WORDS:
        return match.group(0)  # no number's letters, or no anagram at all (the word as it is)
    return value


_PLACES = {"unites": 0, "units": 0, "ones": 0, "unite": 0, "dizaines": 1, "tens": 1, "dizaine": 1,
           "centaines": 2, "hundreds": 2, "centaine": 2, "milliers": 3, "thousands": 3}  # fmt: skip
_DIGIT_WORDS = {w: n for w, n in _WORDS.items() if n < 10}
_DIGIT = rf"(?P<d>\d|{'|'.join(sorted(_DIGIT_WORDS, key=len, reverse=True))})(?![\w])"
_PLACE = re.compile(
    r"\b(?:chiffre des|celui des|the|its|whose|and whose|digit of the)?[ \t]*+"
    rf"(?P<p>{'|'.join(_PLACES)})(?:[ \t]++digit|[ \t]++place)?[ \t]++"
    r"(?:est[ \t]++|is[ \t]++|vaut[ \t]++|=[ \t]*+|:[ \t]*+)?" + _DIGIT
)
# The number so described: "b est un nombre (négatif) à deux chiffres, dont…", "b is a negative
# two-digit number whose…".
_DESCRIBED = re.compile(
    r"(?<![a-z'-])(?P<subject>(?:[a-z'-]++[ \t]++){0,3}?[a-z'-]++)[ \t]++(?:est|is)[ \t]++"
    r"(?:un|une|a|an)[ \t]++"
    r"(?P<what>[^.;!?\n]{0,80}?)(?:nombre|entier|number|integer)\b(?P<rest>[^.;!?\n]{0,200})"
)
_NEGATIVE = re.compile(r"\b(?:negatif|negative|strictement negatif|moins|minus)\b")


def _digits_read(text: str) -> str:
    """Each number described by its digits place by place stated equal to its subject."""
    out, last = [], 0
    for m in list(_DESCRIBED.finditer(text))[:20]:
        places: dict[int, int] = {}
        for p in _PLACE.finditer(m["rest"]):
            d = p["d"]
            places.setdefault(_PLACES[p["p"]], int(d) if d.isdigit() else _DIGIT_WORDS[d])
        if 0 not in places or set(places) != set(range(max(places) + 1)):
            continue  # no units digit, or a place missing: no number
        value = sum(d * 10**k for k, d in places.items())
        sign = "-" if _NEGATIVE.search(m["what"] + m["rest"]) else ""
        out.append(text[last : m.start()] + f"{m['subject']} = {sign}{value}.")
        last = m.end()
    return "".join(out) + text[last:] if out else text


_SAME_WORD = re.compile(
    r"\b(?:le meme mot que|the same word as|s'ecrit comme|spelt like|"
    r"spelled like|"
    r"spelled the same as|written like)[ \t]++"
    r"(?:(?P<which>l'article|le determinant|le premier mot|le dernier mot|l'adjectif numeral|the article|"
    r"the first word|the last word|the determiner|the number word)[ \t]++(?:dans|de|du|in|of)[ \t]++"
    r"(?:l'expression[ \t]++|la phrase[ \t]++|the phrase[ \t]++|the expression[ \t]++)?)?"
    rf"{_QUOTE}[ \t]*+(?P<q>[a-z][a-z' \t-]{{0,60}}?)[ \t]*+{_QUOTE}"
)


def _same_word(match: re.Match[str]) -> str:
    words = match["q"].split()
    which = match["which"] or ""
    if "dernier" in which or "last" in which:
        return f"est {words[-1]}" if match.group(0).startswith("s'ecrit") else words[-1]
    if which or len(words) == 1:
        return f"est {words[0]}" if match.group(0).startswith("s'ecrit") else words[0]
    return match.group(0)


# A formula of letters with counts ("g3f2", "b3g2", "f2g3": folded subscripts) and its legend.
_FORMULA = re.compile(r"(?<![\w])(?:[a-z]\d{0,3}){2,6}(?![\w])")
_LEGEND = re.compile(
    r"(?<![\w'])(?P<l>[a-z])[ \t]*+(?:pour|=|for|:|stands for|signifie|veut dire|means)[ \t]*+"
    r"(?:une?[ \t]++|an?[ \t]++|les?[ \t]++|the[ \t]++)?(?P<noun>[a-z]{3,20})\b"
)


def _plural(noun: str, n: int) -> str:
    return noun if n == 1 or noun.endswith("s") else noun + "s"


def _formulas_read(text: str) -> str:
    legend: dict[str, str] = {}
    for m in list(_LEGEND.finditer(text))[:40]:
        legend.setdefault(m["l"], m["noun"])
    if len(legend) < 2:
        return text

    def read(m: re.Match[str]) -> str:
        parts = re.findall(r"([a-z])(\d{0,3})", m.group(0))
        if not any(n for _, n in parts) or any(letter not in legend for letter, _ in parts):
            return m.group(0)
        counts = [(int(n) if n else 1, legend[letter]) for letter, n in parts]
        return " et ".join(f"{n} {_plural(noun, n)}" for n, noun in counts)

    return _FORMULA.sub(read, text)


# "écrite en toutes lettres", "spelled out": said of the word a puzzle stood for, not of its solution.
_SPELLED_OUT = re.compile(
    r",[ \t]*+(?:ecrite?s?|written|spelt|spelled)[ \t]++"
    r"(?:en[ \t]++(?:toutes[ \t]++)?lettres|out|in[ \t]++(?:full|words|letters)|"
    r"out[ \t]++in[ \t]++(?:full|words|letters))[ \t]*+,"
)


# Session 60 (fix106puzzle, held-out round 106): a rank in a sequence everyone knows, a rhyme, a copula
# in verse, options marked eliminated. Each is solved at once by any model, so each is read solved.
_MONTHS_FR = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
              "octobre", "novembre", "decembre")  # fmt: skip
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")  # fmt: skip
_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_DAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RANKS = {
    name: i + 1 for names in (_MONTHS_FR, _MONTHS_EN, _DAYS_FR, _DAYS_EN) for i, name in enumerate(names)
}
_NAMED = "|".join(sorted(_RANKS, key=len, reverse=True))
# a month by its rank: « le dixième mois (de l'année) », "the eleventh month (of the year)"
_NTH_MONTH = (
    rf"(?P<ord>{ORDINAL_RE})[ \t]++(?P<unit>mois|month)"
    r"(?:[ \t]++(?:de[ \t]++l'annee|of[ \t]++the[ \t]++year))?"
)
# « le mois de janvier », "the month of january", « le lundi », "monday"
_A_NAMED = rf"(?:(?:mois|month|jour|day)[ \t]++(?:de[ \t]++|d'|of[ \t]++)?)?(?P<name>{_NAMED})(?![\w'-])"
_THE = r"(?:(?:le|la|les|l'|the|du|de|des|d'|of)[ \t]*+){0,2}"
# its initial: « l'initiale du dixième mois », "the first letter of october"
_INITIAL_OF = re.compile(
    r"(?<![\w'])(?:l'|la[ \t]++|the[ \t]++)?(?:initiale|initial|premiere[ \t]++lettre|first[ \t]++letter)"
    rf"[ \t]++(?:du|de|d'|des|of)[ \t]*+{_THE}(?:{_NTH_MONTH}|{_A_NAMED})"
)
# its rank: « le numéro du mois de janvier », "the number of monday in the week", "the month number of may"
_RANK_OF = re.compile(
    r"(?<![\w'])(?:le[ \t]++|la[ \t]++|the[ \t]++)?(?:(?:month|day)[ \t]++)?"
    r"(?:numero|number|rang|rank|position|place|index)[ \t]++(?:du|de|d'|of)[ \t]*+"
    rf"{_THE}{_A_NAMED}"
    r"(?:[ \t]++(?:dans[ \t]++(?:la[ \t]++semaine|l'annee|le[ \t]++calendrier)"
    r"|(?:in|of)[ \t]++the[ \t]++(?:week|year|calendar)))?"
)
# a letter's rank in the alphabet: « la position de la lettre A dans l'alphabet », "the position of the
# letter a in the alphabet"; the letter of a rank: « la 25e lettre de l'alphabet », "the 25th letter of the
# alphabet"
_ALPHABET = r"(?:dans|de|in|of)[ \t]++(?:l'|the[ \t]++)?alphabet"
_LETTER_RANK = re.compile(
    r"(?<![\w'])(?:le[ \t]++|la[ \t]++|the[ \t]++)?(?:numero|number|rang|rank|position|place|index)[ \t]++"
    rf"(?:de|d'|of)[ \t]*+(?:la[ \t]++lettre[ \t]++|the[ \t]++letter[ \t]++)?{_QUOTE}?[ \t]*+(?P<l>[a-z])"
    rf"(?:[ \t]*+{_QUOTE})?[ \t]++{_ALPHABET}"
)
_RANKED_LETTER = re.compile(
    rf"(?<![\w'])(?:la[ \t]++|the[ \t]++)?(?P<ord>{ORDINAL_RE})[ \t]++(?:lettre|letter)[ \t]++{_ALPHABET}"
)


def _month_named(rank: int, unit: str) -> str:
    return (_MONTHS_FR if unit == "mois" else _MONTHS_EN)[rank - 1] if 1 <= rank <= 12 else ""


def _initial(match: re.Match[str]) -> str:
    name = match["name"] or _month_named(ordinal_value(match["ord"]) or 0, match["unit"])
    return name[:1] if name else match.group(0)


def _rank(match: re.Match[str]) -> str:
    return str(_RANKS[match["name"]])


def _ranked_letter(match: re.Match[str]) -> str:
    rank = ordinal_value(match["ord"]) or 0
    return chr(ord("a") + rank - 1) if 1 <= rank <= 26 else match.group(0)


def _ranks_read(text: str) -> str:
    """``text`` with each rank in a known sequence solved: a month's or a weekday's number, its initial, a
    letter's place in the alphabet and the letter at a place (« la réponse est le numéro du mois de janvier »
    read « la réponse est 1 », "starts with the 25th letter of the alphabet" read "starts with y")."""
    text = _INITIAL_OF.sub(_initial, text)
    text = _RANK_OF.sub(_rank, text)
    text = _LETTER_RANK.sub(lambda m: str(ord(m["l"]) - ord("a") + 1), text)
    return _RANKED_LETTER.sub(_ranked_letter, text)


# Words that rhyme with a number word or a verdict (a short list of the common ones, French and English).
_RHYMES = {
    "1": "sun fun run gun bun done none won ton nun spun begun stun "
         "brun parfum chacun commun aucun emprunt defunt",
    "2": "blue shoe you do too new true glue few view crew zoo who through "
         "bleu feu jeu peu yeux eux voeu lieu",
    "3": "tree see free me sea be bee key knee tea we bois fois roi moi toi voix doigt loi froid croix",
    "4": "door more floor core shore store war pour roar bore sore score theatre battre",
    "5": "hive drive alive dive arrive zinc",
    "6": "fix mix tricks sticks kicks bricks picks",
    "7": "heaven eleven",
    "8": "gate late wait great plate straight weight date mate skate",
    "9": "line fine mine wine sign shine pine dine oeuf boeuf veuf",
    "10": "hen pen when then men",
    "oui": "lui ici fourmi ami pluie nuit",
    "non": "bon son maison ton mon rond pont",
    "yes": "guess less mess dress chess",
    "no": "go so snow though know show low slow grow",
}  # fmt: skip
_RHYMED = {word: value for value, words in _RHYMES.items() for word in words.split()}
_RHYME = (
    r"(?:qui[ \t]++rime(?:nt)?|rimant|rhyming|that[ \t]++rhymes?|which[ \t]++rhymes?)"
    r"[ \t]++(?:avec|with)[ \t]++"
    rf"{_QUOTE}?[ \t]*+(?P<w>[a-z]{{2,20}})(?![\w'-])[ \t]*+{_QUOTE}?"
)
# « la réponse est un nombre qui rime avec « brun » », "the answer is a three-letter number word rhyming
# with 'sun'"
_RHYMING = re.compile(rf"(?<![\w'])(?:un|une|a|an)[ \t]++(?:[a-z-]++[ \t]++){{0,4}}?{_RHYME}")
# "the answer rhymes with 'sun'", « le verdict rime avec « lui » »
_RHYMES_WITH = re.compile(
    r"(?<![\w'])(?P<s>(?:la[ \t]++|le[ \t]++|the[ \t]++|your[ \t]++|ton[ \t]++|ta[ \t]++)?"
    r"(?:reponse|answer|resultat|result|verdict|nombre|number))"
    r"[ \t]++(?:rime|rhymes)[ \t]++(?:avec|with)[ \t]++"
    rf"{_QUOTE}?[ \t]*+(?P<w>[a-z]{{2,20}})(?![\w'-])[ \t]*+{_QUOTE}?"
)


def _rhymes_read(text: str) -> str:
    """``text`` with a value described by a word it rhymes with replaced by that value, when the word rhymes
    with one number word or one verdict of the list (« un nombre qui rime avec « brun » » read « 1 »)."""
    text = _RHYMING.sub(lambda m: _RHYMED.get(m["w"], m.group(0)), text)
    return _RHYMES_WITH.sub(
        lambda m: f"{m['s']} = {_RHYMED[m['w']]}" if m["w"] in _RHYMED else m.group(0), text
    )


# A copula in verse, the value first: "minus ten is where b will be", « moins dix, c'est ce que b vaudra ».
_VERSE = re.compile(
    r"(?P<v>(?:moins[ \t]++|minus[ \t]++|-[ \t]*+)?(?:\d{1,4}|[a-z]{2,10}))[ \t]*+,?[ \t]*+"
    r"(?:is[ \t]++(?:where|what|the[ \t]++value)|c'est[ \t]++(?:la[ \t]++ou|ce[ \t]++que|ce[ \t]++qu')"
    r"|voila[ \t]++(?:ou|ce[ \t]++que))[ \t]*+"
    r"(?P<s>b|a|y|(?:the[ \t]++|l')?"
    r"(?:intercept|slope|answer|ordonnee[ \t]++a[ \t]++l'origine|pente|reponse))"
    r"[ \t]++(?:will[ \t]++be|shall[ \t]++be|must[ \t]++be|should[ \t]++be|has[ \t]++to[ \t]++be"
    r"|ends[ \t]++up"
    r"|sera|vaudra|doit[ \t]++etre|va[ \t]++etre|finit|tombe)(?![\w'])"
)


def _verse_read(text: str) -> str:
    return _VERSE.sub(lambda m: f"{m['s']} = {m['v']}", text)


# An option marked eliminated in a list ("0 (eliminated), 1, 2 (eliminated)", « 2 — exclu »): dropped, as a
# struck option is by the folded text; the option left is the one the prompt keeps.
_ELIMINATED = re.compile(
    r"(?<![\w.,])-?\d{1,4}(?![\w.,]\d)[ \t]*+(?:\([ \t]*+|-[ \t]*+|:[ \t]*+)?"
    r"(?:elimine|eliminee|eliminated|exclu|exclue|excluded|ruled[ \t]++out|barre|struck|impossible"
    r"|faux|wrong)s?"
    r"(?![\w'])[ \t]*+\)?"
)


def _eliminated_dropped(text: str) -> str:
    return _ELIMINATED.sub("", text) if len(_ELIMINATED.findall(text)) >= 2 else text


def readings(text: str) -> Iterator[str]:
    """``text`` (folded) with each kind of puzzle replaced by its solution, each reading that changes it."""
    candidates = []
    if "anagram" in text:
        candidates.append(_ANAGRAM_OF.sub(_unscrambled, text))
    if "unit" in text or "ones" in text:
        candidates.append(_digits_read(text))
    candidates.append(_SAME_WORD.sub(_same_word, text))
    candidates.append(_ranks_read(text))
    if "rim" in text or "rhym" in text:
        candidates.append(_rhymes_read(text))
    candidates.append(_verse_read(text))
    candidates.append(_eliminated_dropped(text))
    candidates = [_SPELLED_OUT.sub("", c) if c != text else c for c in candidates]
    candidates.append(_formulas_read(text))
    for candidate in candidates:
        if candidate != text:
            yield candidate


_SYMBOLS = {
    "points d'interrogation": "?", "point d'interrogation": "?", "question marks": "?",
    "question mark": "?",
    "points d'exclamation": "!", "exclamation marks": "!", "virgules": ",", "commas": ",",
    "parentheses ouvrantes": "(", "parentheses fermantes": ")", "opening brackets": "(",
    "closing brackets": ")",
    "opening parentheses": "(", "closing parentheses": ")", "round brackets": "()", "parentheses": "()",
    "brackets": "()", "chiffres": "0123456789", "digits": "0123456789", "full stops": ".",
    "periods": ".", "deux-points": ":", "colons": ":",
}  # fmt: skip
# The count tied to the answer by an equality ("must equal the number of", "est égal au nombre de").
_COUNT_OF = re.compile(
    r"\b(?P<lead>(?:equals?|equal to|be|is|egale?s?|vaut|valoir|est|=)[ \t]++)"
    r"(?:le nombre (?:de|d')|au nombre (?:de|d')|the number of|autant (?:de|d')|as many)[ \t]*+"
    rf"(?P<s>{'|'.join(sorted((re.escape(s) for s in _SYMBOLS), key=len, reverse=True))})[ \t]++"
    r"(?:de|du|dans|in|of)[ \t]++(?:l'|le |la |mon |ma |the |my |this |cet |cette )?[ \t]*+"
    r"(?:enonce|enigme|devinette|probleme|exercice|question|riddle|puzzle|statement|problem|exercise|question)s?\b"
)


def counted(text: str, data: Sequence[str]) -> Iterator[str]:
    """``text`` (folded) with "the number of question marks in the riddle" replaced by that count in
    the data, when every version of the data has the same count."""
    if not data or (
        "nombre" not in text and "number" not in text and "autant" not in text and "as many" not in text
    ):
        return

    def count(m: re.Match[str]) -> str:
        signs = _SYMBOLS[m["s"]]
        counts = {sum(fold(d).count(c) for c in signs) for d in data}
        return f"{m['lead']}{counts.pop()}" if len(counts) == 1 else m.group(0)

    reading = _COUNT_OF.sub(count, text)
    if reading != text:
        yield reading


# Session 60 (fix106puzzle; round 13's r13g-sentiment-label-lengths-pin-review-3): labels told by their
# letter counts, « les trois étiquettes font, dans l'ordre, 8, 8 et 7 lettres », "the third label has 7
# letters", "the label of review 2 has 8 letters". A count pins a review's label only when exactly one of the
# task's labels has that many letters (7: neutral); a count two labels share (8: positive, negative) pins
# none.
_LETTERS = r"[ \t]++(?:lettres|letters|caracteres|characters)(?![\w'])"
_COUNTS_LISTED = re.compile(
    r"(?<![\w'])(?:etiquettes|labels|sentiments)(?![\w'])[^.\n]{0,40}?"
    r"(?P<counts>(?<![\d.,])\d{1,2}(?:[ \t]*+(?:,|et|and|puis|then)[ \t]*+\d{1,2}){1,5}+)" + _LETTERS
)
_COUNT_RANKED = re.compile(
    rf"(?<![\w'])(?P<ord>{ORDINAL_RE})[ \t]++(?:etiquette|label|sentiment)(?![\w'])[^.\n]{{0,20}}?"
    r"(?<![\d.,])(?P<n>\d{1,2})" + _LETTERS
)
_COUNT_OF_REVIEW = re.compile(
    r"(?<![\w'])(?:etiquette|label|sentiment)[ \t]++(?:de[ \t]++l'avis|du[ \t]++commentaire|of[ \t]++review"
    r"|for[ \t]++review|de[ \t]++l'avis[ \t]++n[o°])[ \t]*+(?P<r>\d)(?!\d)"
    r"[^.\n]{0,20}?(?<![\d.,])(?P<n>\d{1,2})" + _LETTERS
)


def lengths_told(text: str, labels: Sequence[str] | set[str]) -> str:
    """The reviews ``text`` (folded) pins by their label's letter count, as sentences (« l'avis 3 est
    neutral. »): a count pins a review only when exactly one of ``labels`` has that many letters."""
    if "lettre" not in text and "letter" not in text and "caract" not in text and "charact" not in text:
        return ""
    counts: dict[int, int] = {}
    for m in list(_COUNTS_LISTED.finditer(text))[:20]:
        for i, n in enumerate(re.findall(r"\d{1,2}", m["counts"])):
            counts.setdefault(i + 1, int(n))
    for m in list(_COUNT_RANKED.finditer(text))[:20]:
        rank = ordinal_value(m["ord"])
        if rank:
            counts.setdefault(rank, int(m["n"]))
    for m in list(_COUNT_OF_REVIEW.finditer(text))[:20]:
        counts.setdefault(int(m["r"]), int(m["n"]))
    said = []
    for review, n in sorted(counts.items()):
        fitting = sorted(label for label in labels if len(label) == n)
        if len(fitting) == 1:
            said.append(f"l'avis {review} est {fitting[0]}. review {review} is {fitting[0]}.")
    return " ".join(said)
