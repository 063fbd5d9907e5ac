"""Values a prompt offers without giving any (issue 11, rounds 41/42, fix-helper fairmcq42). The
answer readers of :func:`evaluate.gives_away` read the prompt without them (:func:`blanked`, on
top of :func:`ownlife.blanked`). Text is folded (:func:`fold`), the data blanked (``rest``);
each piece is replaced by spaces, so every position stays.

- A multiple choice with every option open (:func:`open_choices`): two options or more,
  labelled by consecutive letters ("a) 0 ; b) 1 ; c) 2", "(A) y = 4x + 10 (B) y = 4x − 10",
  "A. non, PGCD = 5 ; B. …", one a line) or by empty boxes ("[ ] 0 [ ] 1"), each option a bare
  value (digits, an equation, a number word, yes or no, a gcd, the answer's unit) and at least
  two values different. A prompt that offers the right answer among others and marks none asks
  the model to choose. Read as it stands (a dictation): an option that holds anything else (a
  tick, a cross, « faux », "— impossible", a comment, bold), an option struck out (the folded
  text drops it), one option alone, and any list whose letters the rest of the prompt points
  at (« c'est la réponse b) », "the answer is (b)", « choisis C », "b is correct", « les
  réponses a, c et d sont fausses »).
- A riddle announced by a pronoun ("en voilà une :", « j'en ai une pour toi », "here's one:",
  "I've got one for you:", « Allez, une autre ! »), one option to choose ("pick one", « choisis-en
  une », « n'en coche qu'une »): one riddle or one option, no count of the task's.

Limits: options labelled by numbers ("1) 0 2) 1") or by bullets are read as they stand; a
letter "a" counts as a pointer only in a label's form ("(a)", "a)", "option a", « la a »), so
"the answer is a trick" points at nothing; a sentence that names an option's letter beside a
verdict word ("juste", "wrong", "piège"...) points at it, even when it only asks ("trouve la
bonne : est-ce b ?"), and the list is then read as it stands."""

from __future__ import annotations

import re

from workshop.prompts.spelling import LIKEWISE
from workshop.prompts.text import NUMBER_WORDS, text_cache

# A label: "(a)", "a)", "a.", "a:", « a : » (the letter alone, before a blank), or an empty box.
_LABEL = re.compile(
    r"(?<![\w(\[~*_])(?:\((?P<paren>[a-h])\)|(?P<letter>[a-h])(?:[).:]|[ \t]:)(?=[ \t])"
    r"|(?P<box>\[ \]|☐|\( \)|[○◯⚪]))"  # session 58: a form's empty radio button, "( ) 0", "○ 1"
    # session 40: a line's number or bullet ("1. oui", "- yes"), read only after a choice asked
    r"|(?:^|(?<=\n))[ \t]*+(?:(?P<num>[1-8])[.)]|(?P<bullet>[-*•]))(?=[ \t])"
    # fix-helper r55fix: a quiz game's tiles, one shape each (Kahoot's « ▲ 1  ◆ 2  ● 3  ■ 6 »)
    r"|(?<![\w▲◆●■])(?P<shape>[▲◆●■])(?=[ \t])"
)
# A choice asked before a list of numbered or bulleted options (session 40): "choisis une
# réponse :", "pick one option:", "which one?", « QCM », "options:".
_CHOICE_ASKED = re.compile(
    r"\b(?:choisis|choisissez|choisir|choix|choose|choice|pick|select|coche[rsz]?|tick|entoure[rsz]?|circle|"
    r"qcm|mcq|options?|propositions?|laquelle|lequel|which\s++one|one\s++of|parmi|among|candidates?|"
    # round 47 (mark47): "Possible answers:", « Réponses possibles : », "Candidates:"
    r"possible\s++(?:answers?|values?)|(?:reponses?|valeurs?)\s++possibles?)\b"
)
_ASKED_WITHIN = 200  # characters before the list's first label where the choice is asked
# What an option may hold: a value and nothing else.
_TOKEN = re.compile(r"[a-z]++|\d++|[^\sa-z\d]")
_SYMBOLS = set("=+-−–×÷/.,()'")
_WORDS = {
    "oui", "non", "yes", "no", "pgcd", "gcd", "a", "b", "x", "y",
    "soeur", "soeurs", "sister", "sisters",
} | {w for w in NUMBER_WORDS if w not in ("a", "an", "single")}
_CANON = {
    "oui": "yes",
    "non": "no",
    **{w: str(v) for w, v in NUMBER_WORDS.items() if w not in ("a", "an", "single")},
}
_UNITS = {"soeur", "soeurs", "sister", "sisters"}
# An option's end: a ";", a line's end, a sentence's end ("3. Raisonne"), a question mark.
# (fix-helper r55fix: a dash then words opens a remark, "■ 6 — none ticked yet", folded to " - ")
_END = re.compile(r"[;\n?!|—]|\.(?=\s|$)|(?<=[ \t])-[ \t]++(?=[a-z][a-z \t])")
_CONNECTORS = ("ou", "or", "et", "and")


def _trimmed(body: str) -> str:
    """An option's text without the separators and the connector before the next label."""
    while True:
        body = body.rstrip(" \t\n,;/|")
        word = body.rsplit(None, 1)[-1] if body.strip() else ""
        if word not in _CONNECTORS or not word:
            return body
        body = body[: len(body) - len(word)]


def bare(option: str) -> str | None:
    """The option's value, canonical ("1", "yes,pgcd=1", "y=4x-10"), or None when it holds
    anything but a value."""
    tokens = _TOKEN.findall(option)
    if not tokens:
        return None
    valued = False
    kept = []
    for token in tokens:
        if token.isdigit() or token in ("oui", "non", "yes", "no") or token in _CANON:
            valued = True
        elif token not in _WORDS and token not in _SYMBOLS:
            return None
        if token not in _UNITS:
            kept.append(_CANON.get(token, token).replace("−", "-").replace("–", "-"))
    return "".join(kept) if valued else None


def _key(found: re.Match[str]) -> str:
    if found["bullet"]:
        return "bullet"
    if found["shape"]:
        return f"shape{found['shape']}"
    return found["paren"] or found["letter"] or found["num"] or "box"


def _follows(prev: str, key: str) -> bool:
    if prev.startswith("shape") or key.startswith("shape"):  # tiles: each its own shape
        return prev.startswith("shape") and key.startswith("shape") and key != prev
    if key in ("box", "bullet") or prev in ("box", "bullet"):
        return key == prev
    return prev.isdigit() == key.isdigit() and ord(key) == ord(prev) + 1


def _kind(value: str) -> str:
    if value in ("yes", "no"):
        return "yes-no"
    return "number" if value.isdigit() else "=" if "=" in value else value


def open_choices(text: str, asked: str = "") -> list[tuple[int, int, list[str]]]:
    """The multiple choices of ``text`` with every option a bare value: (start, end, letters);
    ``asked``: the text before its choices of one were blanked, where a choice is asked."""
    asked = asked or text
    labels = list(_LABEL.finditer(text))
    found: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(labels):
        first = labels[i]
        if _key(first) not in ("a", "box", "1", "bullet") and not _key(first).startswith("shape"):
            i += 1
            continue
        keys, values, end, j = [_key(first)], [], first.end(), i
        while True:
            current = labels[j]
            nxt = labels[j + 1] if j + 1 < len(labels) else None
            if nxt is not None and _follows(_key(current), _key(nxt)):
                body = text[current.end() : nxt.start()]
                cut = _END.search(body)
                if cut and text[current.end() + cut.end() : nxt.start()].strip():
                    nxt = None  # another sentence before the next label: the list ends here
                else:
                    body = _trimmed(body)
            if nxt is None or not _follows(_key(current), _key(nxt)):
                rest = text[current.end() :]
                cut = _END.search(rest)
                body = rest[: cut.start()] if cut else rest
                value = bare(body)
                if value is not None:
                    values.append(value)
                    end = current.end() + len(body)
                break
            value = bare(body)
            if value is None:
                break
            values.append(value)
            keys.append(_key(nxt))
            end = nxt.start()
            j += 1
        unlettered = _key(first) in ("1", "bullet")  # options of one kind, a choice asked (session 40)
        if (
            len(values) == len(keys) >= 2
            and (not keys[0].startswith("shape") or len(set(keys)) == len(keys))  # tiles: no shape twice
            and len(set(values)) >= 2
            and (
                not unlettered
                or (
                    len({_kind(v) for v in values}) == 1
                    and bool(
                        _CHOICE_ASKED.search(asked, max(0, first.start() - _ASKED_WITHIN), first.start())
                    )
                )
            )
        ):
            found.append((first.start(), end, [k[-1] if k.startswith("shape") else k for k in keys
                                               if k not in ("box", "bullet")]))
            i = j + 1
        else:
            i += 1
    return found


# A verdict on an option, or a choice made: with one of the list's letters in its sentence,
# it points at an option.
_VERDICT = re.compile(
    r"\b(?:bonnes?|justes?|corrects?|correcte|right|vrai|true|faux|fausses?|wrong|false|incorrecte?s?|exacte?s?|"
    r"elimine[rsz]?|eliminate|exclu[es]?|exclude|barre[rsz]?|raye[rsz]?|cross(?:ed)?|strike|struck|rule[ds]?\s++out|"
    r"pieges?|traps?|choisis|choisir|choose|pick|select|prends|coche[rsz]?|tick|entoure[rsz]?|circle|"
    r"c'est|it's|it\s++is|answer\s++is|reponse\s++est|reponse\s*+:|answer\s*+:|"
    # fix83 (round 83): an answer key or a correction that names a letter (« corrigé en bas de la page : B »,
    # « ma correction dit (b) », "answer key: C", "the key says b", "the solutions give (d)")
    r"corriges?|corrections?|correctifs?|solutions?|solutionnaires?|baremes?|answer\s++keys?|keys?|"
    r"mark(?:ing)?\s++schemes?|attendue?s?|expected|dit|disent|says|said|indique\w*|indicates?|gives?|donne)\b"
    r"|[✓✔✗✘☑☒←⇐<]"
)
_SENTENCE = re.compile(r"[^.!?\n]++")
# "donne a et b", "give a and b": the line's parameters, no options
_PARAMETERS = re.compile(
    r"\b(?:donne[rsz]?|give|calcule[rsz]?|compute|find|trouve[rsz]?|determine[rsz]?|"
    # fix83 (round 83): "en justifiant avec a et b", "using a and b", « les paramètres a et b »
    r"avec|with|using|via|utilisant|par|from|de|des|les|the|parametres|parameters|coefficients?|valeurs|values)"
    r"\s++(?:moi\s++)?a\s*+(?:,|et|and)\s*+b\b"
)


# An option named by its rank ("the first one", « la deuxième réponse », "the second."): not
# "the first step".
_ORDINAL_OPTION = (
    r"\b(?:the|la|le|l')\s*+(?:first|second|third|fourth|last|premiere?|deuxieme|seconde?|troisieme|"
    r"quatrieme|derniere?)(?:\s++(?:one|option|answer|choice|reponse|proposition|choix)\b|(?=\s*+(?:[.!,;)]|$)))"
)


def _points_at(text: str, letters: list[str]) -> bool:
    """Whether a sentence of ``text`` (the lists blanked) names one of ``letters`` beside a
    verdict or a choice made."""
    text = _PARAMETERS.sub(lambda m: " " * len(m.group(0)), text)
    named = []
    shapes = "".join(letter for letter in letters if letter in "▲◆●■")  # "the right tile is ◆" (r55fix)
    if shapes:
        named.append(f"[{shapes}]")
    others = "".join(letter for letter in letters if letter != "a" and letter not in "▲◆●■")
    if others:
        named.append(rf"(?<![\w'-])[{others}](?![\w'-])")
    if "a" in letters:
        named.append(
            r"\(a\)|(?<![\w'-])a\)|\b(?:option|reponse|answer|choix|choice|lettre|letter|proposition|la|le)\s++a\b(?!\s*+=)"
            # session 46 (fair46): "a" ending its sentence after "est"/"is" (« la bonne est A. », "the right
            # one is A"): the letter, the verb "a" never ends a sentence so
            r"|\b(?:est|is|was|etait|sera|will\s++be)\s++a(?=\s*+(?:[.!,;)]|$))"
            # fix83: a key's colon before "a" ending its clause (« corrigé : a », "answer key: A.")
            r"|:\s*+a(?=\s*+(?:[.!,;)]|$))"
        )
    named.append(_ORDINAL_OPTION)  # "the right one is the first" (session 40)
    letter = re.compile("|".join(named))
    return any(
        letter.search(sentence.group(0))
        and _VERDICT.search(sentence.group(0))
        and not _unsure(sentence.group(0), letter)
        for sentence in _SENTENCE.finditer(text)
    )


# mend51: a letter denied (« ce n'est pas b », "not b") or said by a third party the student doubts
# (« Mon ami dit b, moi je ne sais pas ») points at no option as the answer.
_NEGATED_BEFORE = re.compile(
    r"(?:\bpas|\bnot|n't|\bnon)\s++(?:(?:la|le|l'|option|reponse|answer|lettre|letter)\s*+)?$"
)
_THIRD_PARTY = re.compile(
    r"\b(?:ami|amie|amis|copain|copine|camarade|voisin|voisine|frere|soeur|pere|mere|friend|classmate|"
    r"brother|sister|dad|mum|mom|neighbou?r)e?s?\s++(?:dit|disent|pense|pensent|says|said|thinks|think)\b"
)
_DOUBT = re.compile(
    r"\b(?:je\s++ne\s++sais\s++pas|je\s++ne\s++suis\s++pas\s++sure?|pas\s++sure?|je\s++doute|"
    r"i\s++(?:don't|do\s++not)\s++know|not\s++sure|i\s++doubt|unsure)\b"
)


def _unsure(sentence: str, letter: re.Pattern[str]) -> bool:
    """Whether every letter of ``sentence`` is denied, or a third party's letter is doubted (mend51)."""
    if _THIRD_PARTY.search(sentence) and _DOUBT.search(sentence):
        return True
    found = list(letter.finditer(sentence))
    return all(_NEGATED_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()]) for m in found)


# "en voilà une :", « j'en ai une pour toi », "here's one:", "I've got one for you:", « une autre ! »
_ANNOUNCED = re.compile(
    r"(?<![\w'])(?:en\s++(?:voila|voici)|j'en\s++ai|je\s++t'en\s++(?:pose|donne|propose)|here(?:'s|\s++is|\s++comes)"
    r"|i(?:'ve|\s++have)\s++got|i\s++have|allez\s*+,?|et\s++hop\s*+,?)\s++(?:encore\s++)?"
    r"(?:une|un|one|another)(?:\s++(?:autre|other|more|nouvelle|new|bonne|petite|good|little|fun|one))?"
    r"(?:\s++(?:pour\s++(?:toi|vous)|for\s++you))?(?=\s*+[:!.]|\s*+$)"
)


# "pick one", « choisis-en une », « n'en coche qu'une »: one option to choose, no count
_PICK_ONE = re.compile(
    r"\b(?:pick|choose|select|tick|circle)\s++(?:only\s++|just\s++)?(?:one|1)"
    r"(?:\s++(?:option|answer|letter|box))?(?=\s*+[.,;:!?)]|\s*+$)"
    r"|\b(?:choisis|choisissez|coche[sz]?|entoure[sz]?)-en\s++(?:une|un|1)(?:\s++seule?)?\b"
    r"|\bn'en\s++(?:choisis|choisissez|coche[sz]?|entoure[sz]?|garde[sz]?)\s++qu'une?(?:\s++seule?)?\b"
)


def announced_blanked(text: str) -> str:
    """``text`` with each riddle announced by a pronoun ("en voilà une :") and each choice of
    one option ("pick one") blanked."""
    text = _ANNOUNCED.sub(lambda m: " " * len(m.group(0)), text)
    return _PICK_ONE.sub(lambda m: " " * len(m.group(0)), text)


# An option ticked or marked anywhere ("[x] 1", "b) 1 ✓"): the choice is made.
_MARKED = re.compile(r"\[[xv✓✔]\]|[✓✔✗✘☑☒]")


# Options listed on one line after a heading that asks a choice (round 47, mark47): "candidates:
# y = 4x + 10, y = 4x - 10, y = -4x + 10." (no letters, no bullets); "," "/" ";" "ou" "or" between.
_INLINE_HEAD = re.compile(
    r"(?<![\w'])(?:options?|choices?|choix|candidates?|propositions?|possible\s++answers?|reponses?\s++possibles?)"
    r"[ \t]*+:[ \t]*+(?P<list>[^\n.;?!:]{3,200}+)"
)
_INLINE_SPLIT = re.compile(r"(?<![ \t])[ \t]*+(?:[,/]|(?<![\w'])(?:ou|or)(?![\w']))[ \t]*+")
# session 58 (fix102enc, round 102): a form's options in a row, a middle dot or a bullet between them
# (folded, "·" reads "*": "Question 3 · Multiple choice · Yes · No (answer key not set yet)"), no heading
# needed: a run of two pieces or more that are bare values of one kind, two different (a piece's own
# remark in brackets after it stays, read as written: "No (answer key: Yes)" still tells)
_SEP = r"(?<=[ \t])(?:[·•]|(?<!\d[ \t])\*(?![ \t]\d))(?=[ \t])"  # "4 * 5" is a product
_DOTTED = re.compile(rf"[^\n·•*]{{1,60}}+(?:{_SEP}[^\n·•*]{{1,60}}+)++")
_DOT = re.compile(_SEP)
_REMARK = re.compile(r"\([^()\n]{0,80}+\)[ \t]*+$")


def inline_choices(text: str) -> list[tuple[int, int, list[str]]]:
    """The options listed on one line after a heading that asks a choice, every one a bare value
    of one kind and two of them different: (start, end, no letters)."""
    found: list[tuple[int, int, list[str]]] = []
    for head in _INLINE_HEAD.finditer(text):
        values = [bare(piece.strip()) for piece in _INLINE_SPLIT.split(head["list"])]
        kept = [v for v in values if v is not None]
        if len(kept) == len(values) >= 2 and len(set(kept)) >= 2 and len({_kind(v) for v in kept}) == 1:
            found.append((head.start("list"), head.end("list"), []))
    return found + _dotted_choices(text)


def _dotted_choices(text: str) -> list[tuple[int, int, list[str]]]:
    """The runs of bare values of one kind in a row of pieces a middle dot or a bullet separates
    (:data:`_DOTTED`): (start, end, no letters), a last piece's remark in brackets left out."""
    found: list[tuple[int, int, list[str]]] = []
    for row in _DOTTED.finditer(text) if ("·" in text or "•" in text or " * " in text) else ():
        pieces: list[tuple[int, int, str | None]] = []
        start = row.start()
        for sep in [*_DOT.finditer(row.group(0)), None]:
            end = row.start() + sep.start() if sep else row.end()
            written = text[start:end]
            remark = _REMARK.search(written)
            kept = (written[: remark.start()] if remark else written).rstrip()
            pieces.append((start, start + len(kept), bare(kept.strip())))
            start = end + 1
        run: list[tuple[int, int, str | None]] = []
        for piece in [*pieces, (0, 0, None)]:
            if piece[2] is not None and (not run or _kind(piece[2]) == _kind(str(run[0][2]))):
                run.append(piece)
                continue
            if len(run) >= 2 and len({v for _, _, v in run}) >= 2:
                found.append((run[0][0], run[-1][1], []))
            run = [piece] if piece[2] is not None else []
    return found


@text_cache(maxsize=1024)
def blanked(text: str) -> str:
    """``text`` (folded, its data blanked) without its open multiple choices nor its riddles
    announced by a pronoun."""
    asked = text
    text = announced_blanked(text)
    choices = open_choices(text, asked) + inline_choices(text)
    if not choices or _MARKED.search(text):
        return text
    out = list(text)
    for start, end, _ in choices:
        out[start:end] = " " * (end - start)
    rest = "".join(out)
    if _points_at(rest, sorted({letter for _, _, letters in choices for letter in letters})):
        return text
    return rest


# -- a summary asked by a worked example of another text's summary (round 42) --------------------
# « Exemple : « Le vélo est inventé au XIXe siècle, d'abord sans pédales, puis… » → « Né au XIXe
# siècle sans pédales, le vélo s'est ensuite démocratisé. » Fais pareil avec ce texte » asks for a
# summary: a quoted text, an arrow, a shorter quoted text, then "do the same" (spelling's
# likewise) after it. Read as asking a summary ("résume"); a rewrite as long as its source
# (a translation, a paraphrase) asks none.
_REWRITTEN = re.compile(
    r"\"(?P<source>[^\"\n]{30,800}+)\"[ \t]*+(?:→|->|=>|⇒|➜|devient|becomes|gives|donne)[ \t]*+"
    r"\"(?P<short>[^\"\n]{5,600}+)\""
)
SHORTER = 0.8  # the example's rewrite holds at most this share of its source's words


def summary_likewise(folded: str) -> str:
    """The folded text with "do the same" (spelling's likewise) read as asking a summary when a worked
    example of a shorter rewrite stands before it."""
    ends = [
        m.end()
        for m in _REWRITTEN.finditer(folded)
        if len(m["short"].split()) <= SHORTER * len(m["source"].split())
    ]
    if not ends:
        return folded
    return LIKEWISE.sub(lambda m: m.group(0) + " resume" if ends[0] <= m.start() else m.group(0), folded)
