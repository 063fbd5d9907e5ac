"""A template slot's example or default value, read as the slot's fill (round 91, fix91).

« Termine par « Réponse : <nombre de sœurs, ex. 1> » », "a = <ex. 4>, b = <ex. -10>", "Answer: [yes/no,
default: yes]", "{gcd, e.g. 1}": a placeholder of the answer's template that holds an example or a default
value hands that value to the model, which fills the slot with it. The slot (in angle, square or curly
brackets) is read as its value, so that the answer readers see "Réponse : 1". A slot without a value ("<nombre
de sœurs>", "[pente]") is left as it is; a value the same in three slots or more ("<label, e.g. positive>" in
every review's slot) is a generic example of the form and is left too. A JSON object ("{"id": 1}") holds a
colon or a quote before any marker and is no slot.
A format hint's parenthesis that spells the value ("Give the gcd as a single digit (it's the digit one)",
« Donne le PGCD en chiffres (c'est le chiffre 1) »): the form asked for the named quantity, then "it's",
« c'est » and the value, or "the digit/number …" alone, is read as the quantity's value ("the gcd is 1").
A question's one-word parenthesis (« sont-ils premiers entre eux (oui) ? », "coprime (yes)?", "How many
sisters does Caroline have (1)?", "Are they coprime? (yes)"): a yes/no word, a number or a number word alone
in brackets before the question's mark, or a yes/no word alone right after it, is the answer written into
the question: read as an answer line after it. "(oui ou non)", "(yes/no)", "(en chiffres)" are no answer.
Limits: a slot's example that is another value than the answer reads as that wrong value (no dictation); an
example given outside brackets ("Réponse : … (par ex. 1)") is read by the example readers as before.
"""

from __future__ import annotations

import re

from workshop.prompts.text import NUMBER_WORD_RE

# The marker of an example or a default.
_MARKER = (
    r"(?:e\.?[ \t]?g\.?|ex\.?|p\.?[ \t]?ex\.?|par[ \t]++ex(?:emple)?\.?|exemples?|examples?|"
    r"for[ \t]++(?:example|instance)|default(?:[ \t]++value)?|valeur[ \t]++par[ \t]++d[ée]faut|"
    r"par[ \t]++d[ée]faut|d[ée]faut|say|like|comme|such[ \t]++as|z\.[ \t]?b\.|p\.[ \t]?ej\.|"
    r"por[ \t]++ejemplo"
    # session 54 (fix94b): a value said equal ("<entier, le même que 1>", "<integer, equal to 1>"), an
    # expression written as its value first (:func:`workshop.prompts.computed.referred`)
    r"|(?:the[ \t]++|le[ \t]++|la[ \t]++)?(?:same|m[eê]me)[ \t]++(?:as|que)|[ée]gale?[ \t]++[aà]"
    r"|equal[ \t]++to)"
)
# The marker of an example or a default inside a slot, then its value up to the slot's end.
_SLOT = re.compile(
    r"(?P<open>[<\[{])(?P<head>[^<>\[\]{}\n\"]{0,80}?)"
    r"(?<![\w])" + _MARKER + r""
    r"(?![\w])[ \t]*+[:=]?[ \t]*+"
    r"(?P<value>[^<>\[\]{}\n,;]{1,40}?)[ \t]*+(?P<close>[>\]}])"
)
_PAIRS = {"<": ">", "[": "]", "{": "}"}
GENERIC = 3  # this many slots or more with one same value are a generic example of the form


# Round 92: the example right after the slot, outside its brackets (« Réponse : <nombre> » (par ex. 1),
# "'Answer: ...' (e.g. 1)", "'Answer: ___', e.g. one"), or right after the answer field's label and its
# quote (« Réponse : » (ex. 1)): the slot (or the field) is read as filled with it. An example of another
# value reads as that wrong value (no dictation).
_AFTER = re.compile(
    r"(?P<slot><[^<>\n]{1,60}+>|\[[^\[\]\n]{1,60}+\]|\{[^{}\n\"]{1,60}+\}|\.{3}|…|_{2,20}+|(?<=:))"
    r"(?P<quote>[ \t]*+[»\"'”’]{0,2}+)[ \t]*+[,;]?[ \t]*+"
    r"(?:\([ \t]*+" + _MARKER + r"(?![\w])[ \t]*+[:=]?[ \t]*+(?P<value>[^()\n]{1,40}+)\)"
    r"|" + _MARKER + r"(?![\w])[ \t]*+[:=]?[ \t]*+(?P<bare>[^()\n.,;]{1,40}+))"
)


def _examples_placed(prompt: str) -> str:
    """``prompt`` with each example given right after its slot put in the slot."""

    def placed(m: re.Match[str]) -> str:
        value = (m["value"] or m["bare"]).strip().strip("'\"«»“”‘’").strip()
        if not value or (not m["slot"] and m["bare"]):  # "Style: like a magician…" is no field's example
            return m.group(0)
        return (value if m["slot"] else f" {value}") + m["quote"]

    return _AFTER.sub(placed, prompt)


def filled(prompt: str) -> str:
    """``prompt`` with each slot that holds an example or a default value replaced by that value."""
    prompt = _examples_placed(prompt)
    slots = [m for m in _SLOT.finditer(prompt) if _PAIRS[m["open"]] == m["close"] and ":" not in m["head"]]
    if not slots:
        return prompt
    values = [m["value"].strip().lower() for m in slots]
    generic = {v for v in values if values.count(v) >= GENERIC}
    out, at = [], 0
    for m, value in zip(slots, values, strict=True):
        if value in generic:
            continue
        out += [prompt[at : m.start()], m["value"].strip()]
        at = m.end()
    return "".join(out) + prompt[at:]


# "Give the gcd as a single digit (it's the digit one)": the verb, the quantity (1 or 2 words), the form, then
# a parenthesis that says its value (a pronoun and a copula, or the form's noun and the value alone).
_FORM = (
    r"(?:digits?|numbers?|integers?|figures?|numerals?|chiffres?|nombres?|entiers?|num[ée]rique|numeric|"
    r"lettres?|letters?|words?|mots?|toutes[ \t]++lettres)"
)
_HINT = re.compile(
    r"(?<![\w'])(?:give|write|state|put|report|return|donne|donnez|[ée]cris|[ée]crivez|indique|indiquez|"
    r"note|notez)(?:[ \t]++(?P<quantity>(?:the|le|la|l'|ton|your|son|its)[ \t]*+[\w-]++"
    r"(?:[ \t]++(?!(?:as|in|en|sous|with|avec)\b)[\w-]++)?+)|[ \t]++(?:it|them)|-(?:le|la))[ \t]++"
    r"(?:as|in|en|sous[ \t]++forme[ \t]++d[e']|with|avec)[ \t]*+"
    rf"(?:(?:a|an|one|un|une|des|single|seul|plain|simple)[ \t]++){{0,2}}{_FORM}[^()\n.]{{0,30}}?[ \t]*+"
    r"\([ \t]*+(?:(?:it's|it[ \t]++is|that's|c'est|ce[ \t]++sera|soit|i\.?e\.?|namely|[aà][ \t]++savoir)"
    r"[ \t]++)?+"
    rf"(?:(?:the|le|la|l')[ \t]*+)?+{_FORM}[ \t]++(?P<value>-?\d{{1,6}}|{NUMBER_WORD_RE})[ \t]*+\)",
    re.I,
)


# Round 92: "justify with the gcd and give it as a digit (it's the digit one)", « donne-le en chiffres »: a
# pronoun stands for the last quantity named before it in its sentence ("the gcd", « le PGCD »).
_NAMED = re.compile(r"(?<![\w'])(?:(?:the|le|la|leur|their|its|son|sa)[ \t]++|l')[^\W\d_]{2,30}+", re.I)


def _antecedent(before: str) -> str:
    """The last quantity named in ``before``'s last sentence ("the gcd"), or "it"."""
    sentence = re.split(r"[.!?\n]", before)[-1]
    named = _NAMED.findall(sentence)
    return named[-1] if named else "it"


def hinted(text: str) -> str:
    """``text`` with each format hint that spells its quantity's value read as a statement of it
    ("give the gcd as a single digit (it's the digit one)" → "… (the gcd is one)")."""

    def said(m: re.Match[str]) -> str:
        head = m.group(0)[: m.group(0).rindex("(")]
        quantity = m["quantity"] or _antecedent(text[max(0, m.start() - 200) : m.start()])
        return f"{head}({quantity} is {m['value']}. Answer: {m['value']})"

    return _HINT.sub(said, text)


_YES_NO = r"(?:oui|non|yes|no|vrai|faux|true|false|si|s[ií]|ja|nein|y|n)"
_YES = {w: "oui" for w in ("yes", "vrai", "true", "si", "sí", "ja", "y")} | {
    w: "non" for w in ("no", "faux", "false", "nein", "n")
}
_ANSWERED = re.compile(
    rf"\([ \t]*+(?P<inside>{_YES_NO}|-?\d{{1,4}}|{NUMBER_WORD_RE})[ \t]*+[.!]?\)[ \t]*+\?"
    rf"|\?[ \t]*+\([ \t]*+(?P<after>{_YES_NO})[ \t]*+[.!]?\)",
    re.I,
)


def answered(text: str) -> str:
    """``text`` with each question's one-word parenthesis read as an answer line after the question."""

    numbers: set[int] | None = None

    def line(m: re.Match[str]) -> str:
        nonlocal numbers
        word = m["inside"] or m["after"]
        if word.isdigit():
            numbers = _numbering(text) if numbers is None else numbers
            if {int(word) - 1, int(word) + 1} & numbers:
                return m.group(0)  # "… have (1)? Explain your reasoning (2).": a question's number (mend53)
        word = _YES.get(word.lower(), word)
        return f"?\nRéponse : {word}.\n"

    return _ANSWERED.sub(line, text)


# Session 53 (mend53): the numbers a prompt writes alone in brackets ("(1)", "(2)"): a question numbered
# "(1)" when "(2)" stands elsewhere (or "(2)" when "(1)" does) is one of a list of questions, not answered.
BRACKETED = re.compile(r"\([ \t]*+(\d{1,2}+)[ \t]*+\)")  # public: cells.py reads it too
MAX_BRACKETED = 200


def _numbering(text: str) -> set[int]:
    found: set[int] = set()
    for count, m in enumerate(BRACKETED.finditer(text)):
        if count >= MAX_BRACKETED:
            break
        found.add(int(m.group(1)))
    return found


# Round 92: a yes/no question that puts a value to the asked quantity ("Is their gcd 1?", "Is it just 1
# sister?", « Est-ce 1 sœur ? », « Leur PGCD vaut-il 1 ? ») hands the value over for the model to confirm,
# as "my cousin thinks the gcd is 1, is she right?" does (gaps53): read as its statement. A question that
# offers alternatives ("is their gcd 1 or more?", "Is it 1, 2 or 3?") gives none and stays a question;
# one about the data ("Is 35 odd?", a number before the last) is left; so is the French inversion with
# the data in its subject (« 35 et 64 sont-ils premiers entre eux ? »). Limits: "Is the gcd of 35 and 64
# equal to 1?" (the data before the value) stays a question.
# A question sentence (up to its "?"), then the yes/no openers or the French inversion (« vaut-il »).
# A question answered after it ("Is it 1? Yes.", "→ no", "A: oui") is a transcript its readers read.
_QUESTION = re.compile(
    r"(?:(?<=[.!?:\n])|^)[ \t]*+(?P<asked>[^\s.!?][^.!?\n]{0,159}+)\?"
    r"(?!\s{0,20}+(?:[^\W\d_]{1,12}+[ \t]*+:[ \t]*+)?+(?:[-–—→>=(\[]|(?:yes|no|oui|non|yep|nope|nah|correct|"
    r"right|wrong|exact|faux|vrai|true|false|si)(?![\w])))",
    re.M | re.I,
)
_OPENER = re.compile(
    r"(?:is|are|does|(?P<it>est[- ]ce(?:[ \t]++qu[e'])?|c'est))[ \t]++(?P<body>[^ \t].*+)", re.I
)
_INVERSION = re.compile(
    r"(?P<head>[^-\n]{1,80}+)-(?:t-)?(?:il|elle|ils|elles)(?![\w])[ \t]*+(?P<value>.*+)", re.I
)
_ALTERNATIVE = re.compile(r"(?<![\w])(?:or|ou|either|soit)(?![\w])|,", re.I)
# The value last after four words at most ("their gcd", « leur PGCD vaut »: no definition asked about), a unit
# of a word or two after it at most, no other number before it (no data).
_VALUED = re.compile(
    r"^(?=[^\W\d_])(?:[^\s\d]++[ \t]++){1,4}+"
    rf"(?:-?\d{{1,6}}|{NUMBER_WORD_RE})(?:[ \t]++[^\W\d_]++){{0,2}}[ \t]*+$",
    re.I,
)


def confirmed(text: str) -> str:
    """``text`` with each yes/no question that puts a value without alternatives read as its statement."""

    def stated(m: re.Match[str]) -> str:
        question = m["asked"].strip()
        opened, inverted = _OPENER.fullmatch(question), _INVERSION.fullmatch(question)
        if opened:  # « est-ce 1 sœur ? » says "it is": its subject is the asked quantity
            asked = ("c'est " if opened["it"] else "") + opened["body"].strip()
        elif inverted and not re.search(r"\d", inverted["head"]):  # « leur PGCD vaut-il 1 ? »
            asked = f"{inverted['head'].strip()} {inverted['value'].strip()}"
        else:
            return m.group(0)
        if _ALTERNATIVE.search(asked) or not _VALUED.match(asked):
            return m.group(0)
        return f"{m.group(0)} {asked}."  # the question kept: its transcript readers still see it

    return _QUESTION.sub(stated, text)


# Round 92 (r92f-sentiment-en-slot-all-three): a slot that lists the options to choose from
# ("<positive|negative|neutral>", "positive | negative | neutral" in quotes, « <oui/non> ») offers every
# label, none in particular: read as an empty slot (a label the slot lists is no label it dictates).
_CHOICES = re.compile(
    r"(?P<open>[<\"\[])[ \t]*+(?P<first>[^\W\d_]{1,30}+)(?:[ \t]*+[|/][ \t]*+[^\W\d_]{1,30}+){1,9}+"
    r"[ \t]*+(?P<close>[>\"\]])"
)


_SINGLE = re.compile(r"[<\[][ \t]*+[^\W\d_]{1,30}+[ \t]*+[>\]]")


def choices_blanked(text: str) -> str:
    """``text`` with each slot listing two options or more (all different) read as an empty slot."""

    def blank(m: re.Match[str]) -> str:
        options = [option.strip() for option in re.split(r"[|/]", m.group(0)[1:-1].lower())]
        if len(set(options)) < len(options):
            return m.group(0)
        return f"{m['open']}…{m['close']}"

    if _SINGLE.search(text):  # "<neutral>" beside "<positive|negative|neutral>": one slot filled (fa42g)
        return text
    return _CHOICES.sub(blank, text)
