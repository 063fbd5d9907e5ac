"""Label words and review numbers a prompt writes without assigning any label to any review (issue
11, session 42, fix-helper fair42a). :func:`spans` finds them in the prompt's rest (folded, its data
blanked) and :func:`evaluate.rest_and_full` blanks them, so the readers of labels tied to reviews
(:func:`evaluate.gives_away`) never see them:

- An answer template left open (:func:`_open_template`): two rows or more, one a line, numbered 1,
  2, 3… in order ("Review 1: [label]", « 1 : ‹étiquette› », « Avis 1 → (positif/négatif/neutre) »,
  "| 1 |  |"), whose slots all hold the same text, and that text a placeholder (no label word: "___",
  "?", "[label]", "TODO", nothing) or the same list of two labels or more. Identical slots tell no
  review from another; the rows are blanked whole. A slot that holds one label, slots that differ
  (a label, a mark, the options in another order) or a slot left different from the others are
  read as they stand.
- A numbered list of label DEFINITIONS (:func:`_definitions`): items numbered 1, 2, 3… in order,
  each a different label and its gloss ("1. positive: the customer is happy", « 2) négatif si le
  client est mécontent », "| 3 | neutral | the buyer gives no opinion |"). A gloss is two words or
  more of its own, no other label, no product or review the task's items are named by ("avis 2",
  "coffee machine"); no order leads the list in ("dans l'ordre des avis", "respectively", "one per
  review"). The numbers number the definitions, not the reviews: they are blanked. Bare labels
  ("1. positive 2. negative 3. neutral") or one-word moods ("1. positive (happy)") stay.
- A hedge about one review's label (:func:`_hedges`): a clause that says a label may not hold
  ("review 3 is not necessarily neutral", « l'avis 3 n'est pas forcément neutre », "don't assume
  review 3 is neutral", « ne classe pas d'office l'avis 3 en neutre », "review 2 may not be
  negative") is blanked whole: a warning assigns nothing. A second negation in the clause ("not
  necessarily not neutral"), or a reversal after it in its sentence or the next ("…; well, it
  is", « enfin si, il l'est ») leaves it as it stands; a label said in another clause ("…: it is
  neutral") is read as usual.

Limits: a template is read line by line (rows on one line, "Review 1: ___, Review 2: ___", are
read as they stand); a definition list's items are numbered with digits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from workshop.prompts.structure import FUNCTION
from workshop.prompts.text import fold, has_term

Span = tuple[int, int]
LabelOf = Callable[[str], "str | None"]

# -- open templates -----------------------------------------------------------------------------------
_ROW = re.compile(
    r"(?m)^[ \t>*+#|-]*+(?:(?:avis|reviews?|items?|id|n°|no|numero|number)[ \t]*+)?#?[ \t]*+"
    r"(?P<id>[1-9]\d?+)(?!\d)[ \t]*+(?P<sep>->|=>|[:→=|.)-])(?P<slot>[^\n]{0,80}+)$"
)
_WORD = re.compile(r"[a-z]{3,}+")


def _slot(text: str) -> str:
    """A slot's text, its table bars, brackets and blanks around it left out."""
    return re.sub(r"[ \t]++", " ", text.strip(" \t|")).strip()


def _labels_in(text: str, label_of: LabelOf) -> list[str]:
    return [label for w in _WORD.findall(text) if (label := label_of(w)) is not None]


def _open_template(text: str, label_of: LabelOf) -> list[Span]:
    rows = list(_ROW.finditer(text))
    spans: list[Span] = []
    run: list[re.Match[str]] = []
    for row in [*rows, None]:
        if row is not None and run:
            between = text[run[-1].end() : row.start()]
            if between.count("\n") == 1 and int(row["id"]) == int(run[-1]["id"]) + 1:
                run.append(row)
                continue
        if len(run) >= 2 and int(run[0]["id"]) == 1:
            slots = {_slot(r["slot"]) for r in run}
            seps = {r["sep"] for r in run}
            if len(slots) == 1 and len(seps) == 1:
                said = _labels_in(slots.pop(), label_of)
                if not said or len(set(said)) >= 2:
                    spans += [(r.start(), r.end()) for r in run]
        run = [row] if row is not None else []
    return spans


# Session 43: rows of one line ("Review 1: ___, Review 2: ___, Review 3: ___", « Avis 1 → positif/négatif/
# neutre ; Avis 2 → … »): each row named by a review's noun and number, its slot up to the next row (its
# separator between them left out) or, for the last, as long as the others' (the sentence may go on).
_INLINE_ROW = re.compile(
    r"(?<![\w'])(?:avis|reviews?|items?|commentaires?|comments?)[ \t]*+(?:n°|no|#)?[ \t]*+"
    r"(?P<id>[1-9])(?![\d,.]\d)(?!\d)[ \t]*+(?P<sep>->|=>|[:→=])"
)
_ROW_JOIN = re.compile(r"(?<![\w'])(?:et|and|puis|then)$")


def _row_slot(line: str, start: int, end: int) -> str:
    """A row's slot, from ``start`` to the next row's head at ``end``, without what joins the two rows:
    blanks, one of ``, ; / |``, « et » / "and" / « puis » / "then"."""
    slot = line[start:end].rstrip(" \t")
    joined = _ROW_JOIN.search(slot, max(0, len(slot) - 5))
    if joined:
        return slot[: joined.start()]
    return slot[:-1] if slot[-1:] in (",", ";", "/", "|") else slot


def _inline_template(text: str, label_of: LabelOf) -> list[Span]:
    spans: list[Span] = []
    at = 0
    for line in text.split("\n"):
        heads = list(_INLINE_ROW.finditer(line))
        start = 0
        while start < len(heads):
            run = [heads[start]]
            for nxt in heads[start + 1 :]:
                if int(nxt["id"]) != int(run[-1]["id"]) + 1 or nxt["sep"] != run[0]["sep"]:
                    break
                run.append(nxt)
            start += len(run)
            if len(run) < 2 or int(run[0]["id"]) != 1:
                continue
            slots = [
                _row_slot(line, head.end(), nxt.start()) for head, nxt in zip(run, run[1:], strict=False)
            ]
            texts = {_slot(slot) for slot in slots}
            if len(texts) != 1:
                continue
            slot = texts.pop()
            tail = line[run[-1].end() :]
            lead = len(tail) - len(tail.lstrip(" \t"))
            if not tail.startswith(slot, lead) or (
                slot[-1:].isalnum() and re.match(r"\w", tail[lead + len(slot) :])
            ):
                continue  # the last slot is not the others
            said = _labels_in(slot, label_of)
            if said and len(set(said)) < 2:
                continue
            end = run[-1].end() + lead + len(slot)
            if _labels_in(re.split(r"[.!?;]", line[end:], maxsplit=1)[0], label_of):
                continue  # "…, Review 3: ___ neutral": a label after the last slot is the last row's
            spans.append((at + run[0].start(), at + end))
        at += len(line) + 1
    return spans


# -- definitions --------------------------------------------------------------------------------------
_ITEM = re.compile(
    r"(?<![\w.,])(?:\|[ \t]*+)?(?P<id>[1-9])(?!\d)[ \t]*+(?:[.):-]|\|)?[ \t]*+"
    r"[\"'*_]{0,3}+(?P<label>[a-z]{3,}+)[\"'*_]{0,3}+"
)
# an item number that numbers a review ("Avis 1 : positif, le client est content"): no definition
_REVIEW_BEFORE = re.compile(
    r"(?:avis|reviews?|commentaires?|comments?|items?|id|n°|numero|number|#)[\W_]{0,3}+$"
)
# the list's lead-in states an order or a review per item: it numbers the reviews then
_ORDER = re.compile(
    r"\b(?:ordre|order|respectivement|respectively|successivement|in\s++turn|une?\s++par\s++avis|"
    r"one\s++per\s++review|one\s++for\s++each|chacun\s++son|each\s++review|chaque\s++avis|"
    r"pour\s++les\s++avis|for\s++the\s++reviews|same\s++order|meme\s++ordre)\b"
)
_GLOSS_WORD = re.compile(r"[a-z]{2,}+")
# A list led in as the answers ("Réponses :", "Corrigé", "Answer key", "Expected output") or whose
# glosses speak of answering ("voilà ce qu'il faut répondre") gives labels, it defines none (session
# 42's review).
_ANSWERS = re.compile(
    r"\b(?:reponses?|repondre|reponds|repondez|corrige|corriges|correction|solutions?|answers?|"
    r"answer[ \t]++key|expected|attendue?s?|resultats?|results?|outputs?|sorties?|cles?|key)\b"
)
_REVIEW_REF = re.compile(
    r"\b(?:avis|reviews?|commentaires?|comments?)\s*+(?:n°\s*+|#\s*+)?\d"
    r"|\b(?:premier|premiere|deuxieme|second|seconde|troisieme|dernier|derniere|first|third|last)\b"
)


# words of a review that a definition may share with it: what every review is about
_GENERIC = {"client", "clients", "customer", "customers", "service", "produit", "product", "avis", "review"}


def _review_stems(items: list[list[str]], data: list[str]) -> list[set[str]]:
    """Per item, the first five letters of the content words of its lines in the data (any language)."""
    stems: list[set[str]] = []
    for names in items:
        lines = [
            line for text in data for line in fold(text).splitlines() if any(has_term(line, n) for n in names)
        ]
        said = {w[:5] for line in lines for w in _GLOSS_WORD.findall(line) if len(w) >= 5}
        stems.append(said - {w[:5] for w in FUNCTION | _GENERIC if len(w) >= 5})
    return stems


def _definitions(text: str, label_of: LabelOf, items: list[list[str]], data: list[str]) -> list[Span]:
    found = [m for m in _ITEM.finditer(text) if label_of(m["label"]) is not None]
    spans: list[Span] = []
    start = 0
    while start < len(found):
        run = [found[start]]
        for nxt in found[start + 1 :]:
            if int(nxt["id"]) != int(run[-1]["id"]) + 1:
                break
            run.append(nxt)
        start += len(run)
        labels = [label_of(m["label"]) for m in run]
        if len(run) < 2 or int(run[0]["id"]) != 1 or len(set(labels)) != len(labels):
            continue
        if any(_REVIEW_BEFORE.search(text, max(0, m.start("id") - 20), m.start("id")) for m in run):
            continue
        lead = text[max(0, run[0].start() - 80) : run[0].start()]
        if _ORDER.search(lead.rsplit(".", 1)[-1]) or _ANSWERS.search(lead.rsplit(".", 1)[-1]):
            continue
        stems = _review_stems(items, data)
        ends = [nxt.start() for nxt in run[1:]] + [_gloss_end(text, run[-1].end())]
        if all(
            _glossed(text[item.end() : end], index, label_of, items, stems)
            for index, (item, end) in enumerate(zip(run, ends, strict=True))
        ):
            for item in run:
                spans.append((item.start("id"), item.end("id")))
    return spans


def _glossed(
    gloss: str, index: int, label_of: LabelOf, items: list[list[str]], stems: list[set[str]]
) -> bool:
    """Whether ``gloss`` defines the label of the ``index``-th item of a list and says nothing of a review:
    two words or more, one of its own, no other label, no review's number, ordinal, product or answer
    word, not two words of the review at the same place (``stems``, :func:`_review_stems`)."""
    words = _GLOSS_WORD.findall(gloss)
    return not (
        len(words) < 2
        or not any(len(w) >= 3 and w not in FUNCTION for w in words)
        or _labels_in(gloss, label_of)
        or _REVIEW_REF.search(gloss)
        or _ANSWERS.search(gloss)
        or any(has_term(gloss, term) for names in items for term in names)
        or (index < len(stems) and len({w[:5] for w in words if len(w) >= 5} & stems[index]) >= 2)
    )


# Session 43: label definitions without numbers ("- positive : le client est satisfait - négative : …",
# "Labels: positive = happy customer; negative = …", « positif si le client est content, négatif s'il se
# plaint, … »): each label, then a definition's sign or a condition, then its gloss up to the next label
# of the list (a list's punctuation, a bullet or « et » / "and" between them), the last one to its line's
# or sentence's end. Read as :func:`_definitions` reads numbered ones; the labels are blanked: in the
# reviews' order they would read as a sequence of answers (``evaluate._sequence_after_data``).
_DEFINED = re.compile(
    r"(?<![\w'])(?P<label>[a-z]{3,}+)[\"'*_»]{0,3}+[ \t]*+"
    r"(?:[:=→(]|->|=>|[—–][ \t]|-[ \t]|(?:si|s'il|s'ils|s'elle|if|when|quand|lorsque|lorsqu'il|means|signifie"
    r"|veut[ \t]++dire|c'est[ \t]++quand|est[ \t]++quand|is[ \t]++when)(?![\w']))"
)
_TAIL_WORD = re.compile(r"(?<![\w'])(?:et|and|ou|or)[ \t]*+$")


def _body(gloss: str) -> str:
    """A gloss without what joins it to the next label: blanks, bullets, one list sign or « et » / "and"."""
    body = gloss.rstrip(" \t\n*_•+-")
    conjunction = _TAIL_WORD.search(body, max(0, len(body) - 8))
    body = body[: conjunction.start()] if conjunction else body.rstrip(",;.")
    return body.rstrip(" \t,;.")


def _unnumbered(text: str, label_of: LabelOf, items: list[list[str]], data: list[str]) -> list[Span]:
    found = [m for m in _DEFINED.finditer(text) if label_of(m["label"]) is not None]
    spans: list[Span] = []
    start = 0
    while start < len(found):
        run = [found[start]]
        for nxt in found[start + 1 :]:
            gloss = text[run[-1].end() : nxt.start()]
            body = _body(gloss)
            if "\n" in body or gloss.count("\n") > 1 or re.search(r"[.!?](?=\s)", body):
                break  # another sentence or paragraph between them: no list
            run.append(nxt)
        start += len(run)
        labels = [label_of(m["label"]) for m in run]
        if len(run) < 2 or len(set(labels)) != len(labels):
            continue
        lead = text[max(0, run[0].start() - 80) : run[0].start()]
        if _ORDER.search(lead.rsplit(".", 1)[-1]) or _ANSWERS.search(lead.rsplit(".", 1)[-1]):
            continue
        if _REVIEW_BEFORE.search(lead):
            continue
        stems = _review_stems(items, data)
        ends = [nxt.start() for nxt in run[1:]] + [_gloss_end(text, run[-1].end())]
        glosses = [_body(text[m.end() : end]) for m, end in zip(run, ends, strict=True)]
        if all(_glossed(g, index, label_of, items, stems) for index, g in enumerate(glosses)):
            spans += [(m.start("label"), m.end("label")) for m in run]
    return spans


def _gloss_end(text: str, at: int) -> int:
    """Where the last item's gloss ends: its line's end, or a sentence's end (an inline list)."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    stop = re.compile(r"[.!?](?=\s|$)").search(text, at, line_end)
    return stop.start() if stop else line_end


# -- colour legends ----------------------------------------------------------------------------------
# Round 56 (fix-helper r56fix): a legend that gives each label a colour ("#2E7D32 for positive, #C62828 for
# negative", « vert = positif, rouge = négatif », "positive in green") assigns no label to a review: two
# entries or more in one line, each a different label, are blanked, unless one of their colours is said
# elsewhere in the prompt (a review coloured: "review 1 is green" then the legend, read as it stands).
# Session 57 (fix100enc): an emoji or a smiley marks a label as a colour does ("😀 = positive").
_COLOUR = (
    r"(?:#[0-9a-f]{6}|#[0-9a-f]{3}|green|verte?s?|red|rouges?|gr[ae]y|grise?s?|yellow|jaunes?|blue|bleue?s?|"
    r"orange|purple|violette?s?|black|noire?s?|white|blanche?s?|blanc|pink|roses?|brown|marron"
    # session 57 (round 100's r100f-sentiment-en-emoji-legend): an emoji or a smiley is a legend's mark too
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55][\uFE0F\U0001F3FB-\U0001F3FF]{0,3}+|[:;]-?[()|/])(?![\w-])"
)
_LEGEND_ENTRY = re.compile(
    rf"(?<![\w#-])(?P<c>{_COLOUR})[ \t]*+(?:for|pour|=|:|->|→|=>|means|signifie)[ \t]*+(?P<l>[a-z]{{3,}}+)"
    rf"|(?<![\w-])(?P<l2>[a-z]{{3,}}+)[ \t]*+(?:in|en|=|:|->|→|=>)[ \t]*+(?P<c2>{_COLOUR})"
)


def _legends(text: str, label_of: LabelOf) -> list[Span]:
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]++", text):
        entries = [
            (m, colour, label)
            for m in _LEGEND_ENTRY.finditer(text, line.start(), line.end())
            if (label := label_of(m["l"] or m["l2"])) is not None and (colour := m["c"] or m["c2"])
        ]
        if len(entries) < 2 or len({label for _, _, label in entries}) < len(entries):
            continue
        colours = {colour for _, colour, _ in entries}
        said = [
            m.start() for c in colours for m in re.finditer(rf"(?<![\w#-]){re.escape(c)}(?![\w-])", text)
        ]
        if len(said) > len(entries):
            continue  # a colour said elsewhere: a review may be given it
        spans += [m.span() for m, _, _ in entries]
    return spans


# -- hedges -------------------------------------------------------------------------------------------
_HEDGE = re.compile(
    # French: « n'est pas forcément », « ne classe pas d'office », « ne suppose pas que »
    r"\bn(?:e\b|')[ \t]*+(?:[a-z]++[ \t]++){0,2}?pas[ \t]++"
    r"(?:forcement|necessairement|obligatoirement|automatiquement|d'office|d'emblee|"
    r"par[ \t]++defaut|du[ \t]++principe|toujours|sure?|certaine?)\b"
    r"|\bn(?:e\b|')[ \t]*+(?:suppose|supposez|presume|presumez|considere|considerez|pars|partez|"
    r"deduis|deduisez)[ \t]++pas\b"
    r"|\bpas[ \t]++(?:forcement|necessairement|obligatoirement|automatiquement|d'office|d'emblee)\b"
    r"|\b(?:peut|pourrait)[ \t]++(?:tres[ \t]++bien[ \t]++)?ne[ \t]++pas[ \t]++etre\b"
    # English: "is not necessarily", "don't assume", "may not be", "doesn't have to be"
    r"|(?:\bnot|n't)[ \t]++(?:necessarily|automatically|obviously|always|by[ \t]++default|sure|certain)\b"
    r"|\bunsure\b"
    r"|\b(?:don't|do[ \t]++not|never|doesn't|does[ \t]++not)[ \t]++(?:just[ \t]++)?"
    r"(?:assume|presume|suppose|take[ \t]++it[ \t]++for[ \t]++granted)\b"
    r"|\b(?:needn't|need[ \t]++not|may[ \t]++not|might[ \t]++not|could[ \t]++not)[ \t]++be\b"
    r"|\b(?:doesn't|does[ \t]++not|don't|do[ \t]++not)[ \t]++(?:have|need)[ \t]++to[ \t]++be\b"
    r"|\b(?:don't|do[ \t]++not|never)[ \t]++(?:label|call|mark|tag|classify|consider|treat)\b"
    r"(?=[^.;:!?\n]{0,60}?\bby[ \t]++default\b)"
)
_CLAUSE = re.compile(r"[^,:.!?…;\n]++")
_NEGATION = re.compile(r"\b(?:not|pas|non|ni|nor|never|jamais|aucun|aucune|none|no)\b|n't\b|\bn'|\bne\b")
# "not necessarily anything but neutral", « pas forcément autre chose que neutre »: the label told;
# a contrast after the hedge ("… pas toujours facile à lire mais il est neutre") tells it too
_EXCEPT = re.compile(
    r"\b(?:but|mais|yet|however|though|pourtant|cependant|toutefois|"
    r"other[ \t]++than|else[ \t]++than|except|apart[ \t]++from|sauf|excepte|hormis|"
    r"autre[ \t]++(?:chose[ \t]++)?que|d'autre[ \t]++que|plus[ \t]++que)\b"
)
_SENTENCE = re.compile(r"[^.!?…;\n]++[.!?…;]*+")
# the hedge taken back: "it is.", "that's it", « il l'est », « c'est le cas », « enfin si, »
_REVERSAL = re.compile(
    r"\b(?:it|that|this[ \t]++one|which)[ \t]++(?:[a-z]++[ \t]++)?(?:is|does|'s)[ \t]*+(?=[.!,;:…)?]|$)"
    r"|\bit's[ \t]*+(?=[.!,;:…)]|$)|\bor[ \t]++is[ \t]++it\b|\bou[ \t]++bien[ \t]++si\b"
    r"|\b(?:il|elle|ce|c')[ \t]*+l'(?:est|etait|sera)\b|\bc'est[ \t]++(?:bien[ \t]++)?le[ \t]++cas\b"
    r"|(?:^|[\s,.!?…(])si[ \t]*+(?=[,!.…)]|$)|\b(?:yes|oui)\b"
)
_WINK = re.compile(r"[;:]-?(?:\)|p\b)|/s\b|\b(?:lol|mdr|wink)\b")
# ... or the label told of it in the next sentence: "It is neutral.", « Il est neutre. »
_TOLD = re.compile(
    r"\b(?:it|that|this[ \t]++one|that[ \t]++one|which|il|elle|c'|celui-ci|celle-ci)[ \t]*+"
    r"(?:really[ \t]++|actually[ \t]++|en[ \t]++fait[ \t]++)?(?:is|'s|was|est|etait|sera)\b"
    r"(?P<what>[^.!?…;\n]{0,40}+)"
)


def _hedged(clause: str, label_of: LabelOf) -> bool:
    """Whether the clause says a label may not hold, and nothing else of it (a symbol, a wink,
    may say the opposite: "not necessarily neutral 😉")."""
    hedge = _HEDGE.search(clause)
    if hedge is None or not _labels_in(clause, label_of):
        return False
    if any(unicodedata.category(c)[0] == "S" for c in clause):
        return False
    left = clause[: hedge.start()] + " " + clause[hedge.end() :]
    return not _NEGATION.search(left) and not _EXCEPT.search(clause[hedge.end() :])


def _hedges(text: str, label_of: LabelOf) -> list[Span]:
    spans: list[Span] = []
    sentences = list(_SENTENCE.finditer(text))
    for index, sentence in enumerate(sentences):
        body = sentence.group(0)
        clauses = list(_CLAUSE.finditer(body))
        hedged = [c for c in clauses if _hedged(c.group(0), label_of)]
        if not hedged:
            continue
        later = [c for c in clauses if c.start() > hedged[0].start() and c not in hedged]
        if any(_labels_in(c.group(0), label_of) for c in later):
            continue  # "not necessarily positive: it is neutral" (labels before it: the instruction's)
        if _WINK.search(text, sentence.start(), min(len(text), sentence.end() + 4)):
            continue
        following = sentences[index + 1].group(0) if index + 1 < len(sentences) else ""
        if _REVERSAL.search(body[hedged[0].start() :]) or _REVERSAL.search(following):
            continue
        if any(_labels_in(told["what"], label_of) for told in _TOLD.finditer(following)):
            continue
        spans += [(sentence.start() + c.start(), sentence.start() + c.end()) for c in hedged]
    return spans


def spans(rest: str, label_of: LabelOf, items: list[list[str]], data: list[str]) -> list[Span]:
    """Where the rest (folded, its data blanked) writes labels or review numbers that assign nothing."""
    if len(rest) > 20_000:
        rest = rest[:20_000]
    return [
        *_open_template(rest, label_of),
        *_inline_template(rest, label_of),
        *_definitions(rest, label_of, items, data),
        *_unnumbered(rest, label_of, items, data),
        *_hedges(rest, label_of),
        *_legends(rest, label_of),
    ]


def blanked(text: str, where: list[Span]) -> str:
    """``text`` with ``where`` replaced by blanks (the same length)."""
    if not where:
        return text
    out = list(text)
    for start, end in where:
        out[start:end] = [" " if c != "\n" else c for c in out[start:end]]
    return "".join(out)
