"""Values carried by code-like or tabular material, read as prose (issue 11, rounds 41/42).

Rounds 41 and 42 handed the answer over inside material no prose reader reads: a file name
(``reponse_caroline_1_soeur.txt``), a URL slug (``…/droite-parallele-y-egal-4x-moins-10``), a
variable name (``are35And64Coprime = true``), an assert (``assert pente == 4 and
ordonnee_origine == -10``), a regex (``^y = 4x [−-] 10$``), a return statement, a YAML or JSON
fixture (``pente: 4``), a filled markdown table (``| b | -10 |``), a literal in another base
(``0xF6`` as a signed byte, ``11110110`` in two's complement, ``PGCD(0x23, 0x40) = 0x1``) or a
small product the prompt states (``[[2, 0], [0, −5]]`` times ``(2, 2)``).

Principle: nothing here decides a dictation. :func:`decoded` writes each such piece again in
the plain form the answer readers already read ("y = 4x - 10", "b = -10", "avis 1 positif",
"pgcd(35, 64) = 1"), one piece a line, and the prompt is read a second time with those lines
after it (:func:`workshop.prompts.grade.dictated`): a piece holding the task's data only, another
instance's values, an empty cell or a colour (``#FF0000``) reads as nothing the answer is.

Limits: identifiers are split on ``_ - / .`` and camelCase, their words ``egal``/``equals``
read as ``=``, ``moins``/``minus`` as ``-``; a code name is a line's parameter only when it is
one of a few (pente/slope/coefficient directeur for ``a``, ordonnée (à l'origine)/intercept
for ``b``); a table (or a CSV block) is read only where it fills those parameters for one
instance (rows "| a | 4 |", or a header of parameters over one row of values: a worked
example's rows, the reviews, a divisor table are read as nothing); a "key: value" line only for
those parameters; a quoted name (a JSON key) states nothing, a name set to true only with the
task's numbers in it; a slash alone joins alternatives (« oui/non »); a literal in another
base is read only with a 0x/0b prefix, or as bare bits beside a two's complement cue; a
product only of a 2×2 matrix (nested brackets) by a pair."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workshop.prompts import artefacts, observed
from workshop.prompts.text import strip_accents

MAX_CHARS = 20_000
MAX_PIECES = 60

# A whitespace-delimited token of code-like text (no brackets, quotes or prose punctuation).
_TOKEN = re.compile(r"[^\s,;!?()\[\]{}<>\"'«»|`*]{3,160}+")
_URL_HEAD = re.compile(r"^(?:https?://|www\.)[^/]*+", re.I)
# joined by _ . - (a slash alone joins alternatives: "oui/non", "positive/negative")
_SEPARATED = re.compile(r"[^\W_][_.\-]++[^\W_]")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Za-z]{2}\d|\d[A-Z]")  # "8h00" is a time, "review1" a name
_SPLIT_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Z])")
_FILE_EXT = re.compile(r"\.(?:txt|csv|json|py|md|pdf|docx?|xlsx?|html?|png|jpe?g|log|js|ts|ya?ml)$", re.I)
_NUMBERISH = re.compile(r"^[\d.,:/+-]++$")
_VERSION = re.compile(r"v\d{1,3}(?:\.\d{1,3}){0,3}", re.I)
_WORD_OPS = {
    "egal": "=", "egale": "=", "equals": "=", "equal": "=", "eq": "=", "vaut": "=",
    "moins": "-", "minus": "-",
    "plus": "+",
}  # fmt: skip
_SIGNED_NEXT = re.compile(r"(?<![\w])([=+-]) (\d)")


# Words that give a value or a verdict in a name without figures ("reponse_oui.txt",
# "coprime_yes", "une_seule_soeur"): a name of other words only is a field's name.
_VERDICT_WORDS = frozenset(
    "oui non yes no true false vrai faux si nein ja sim nao positive negative neutral positif negatif neutre "
    "un une one deux two trois three quatre four dix ten zero seule seul only single".split()
)


def _words_of(token: str) -> str | None:
    """A code-like token (an identifier, a file name, a URL's path) as words, or None when
    it is none (a word, a number, a date)."""
    url = _URL_HEAD.match(token)
    body = token[url.end() :] if url else token
    if not url and (token.startswith("#") or _NUMBERISH.match(token) or _LITERAL.fullmatch(token)):
        return None
    if not url and _VERSION.fullmatch(token):
        return None  # "v1.3", "V2.0.1": a version numbers a sheet (round 56)
    named_file = bool(_FILE_EXT.search(body))
    body = _FILE_EXT.sub("", body)
    if not (url or _SEPARATED.search(body) or _CAMEL.search(body)):
        return None
    if not (url or named_file or "_" in body or _CAMEL.search(body) or any(c.isdigit() for c in body)):
        return None  # prose's hyphens ("sont-ils", « a-t-elle », "grand-mère", "well-known"): no code
    body = _SPLIT_CAMEL.sub(" ", body)
    words = [w for w in re.split(r"[_/.\-\s]++", strip_accents(body).lower()) if w]
    if not words or not any(c.isalpha() for c in "".join(words)):
        return None
    text = " ".join(_WORD_OPS.get(w, w) for w in words)
    return _SIGNED_NEXT.sub(lambda m: f"{m[1]} {m[2]}" if m[1] == "=" else f"{m[1]}{m[2]}", text)


# Round 56 (fix-helper r56fix): a name of index nouns and one number ("answer_1.txt", "reponse_2.md",
# "question_1", "sheet_v2.pdf", "piste_03.mp3", "episode-7") numbers a file, a question or a track: its
# number is no value. A name with another word ("reponse_caroline_1_soeur.txt", "avis1_positif") is read.
_INDEX_NOUNS = frozenset(
    "answer answers reply response output out result results reponse reponses sortie resultat resultats "
    "file fichier question questions q exercise exercice ex sheet fiche feuille worksheet copie copy "
    "track piste episode ep page slide diapo figure fig image img photo audio video v version part partie "
    "room salle cell cellule row ligne take prise chapter chapitre section step etape".split()
)


def _indexed(words: str) -> bool:
    said = words.split()
    numbers = [w for w in said if w.isdigit()]
    return (
        len(numbers) == 1
        and len(numbers[0]) <= 3
        and all(w in _INDEX_NOUNS or w.isdigit() for w in said)
        and any(not w.isdigit() for w in said)
    )


_NAMED_VALUE = re.compile(r"\b(?P<x>[ab]) (?P<n>-?\d++)\b")
_TRUE = re.compile(r"^(?P<claim>[^=\d]*+\d[^=]*+)=\s*+true$", re.I)


def _identifiers(text: str) -> list[str]:
    """Each code-like token of ``text`` as words (``avis1_positif.txt``: "avis 1 positif"),
    a parameter's name and the number after it joined by "="."""
    out = []
    for m in _TOKEN.finditer(text):
        if text[m.start() - 1 : m.start()] in ("\"", "'", "“") and m.start() > 0:
            continue  # a JSON key, a quoted name: it names a field, it states nothing
        words = _words_of(m.group(0).strip(".:"))
        if words and not any(c.isdigit() for c in words) and not _VERDICT_WORDS.intersection(words.split()):
            continue  # a name of words only ("premiers_entre_eux", "is_positive") names a field
        if words and _indexed(words):
            continue  # "answer_1.txt", "question_2", "episode_07.mp3": the number numbers the file (round 56)
        if words:
            out.append(words)
            named = _NAMED_VALUE.sub(r"\g<x> = \g<n>", _named(words))
            if named != words and "=" not in words:
                out.append(named)
    return out


# A code line's parameter names, read as the line task's letters.
_PARAM_NAMES = [
    (re.compile(r"\b(?:ordonnee(?: a l ?origine| origine| a l'origine)?|y ?intercept|intercept)\b"), "b"),
    (re.compile(r"\b(?:pente|slope|coefficient directeur|coef directeur|gradient)\b"), "a"),
]


def _named(text: str) -> str:
    for pattern, letter in _PARAM_NAMES:
        text = pattern.sub(letter, text)
    return text


# Code: comparisons and assignments, asserts, returns.
_CODE_LINE = re.compile(
    r"==|^[ \t]*+(?:assert|expect|return|const|let|var|def)\b|^[ \t]*+[\w.]++[ \t]*+(?:=|:[ \t]*+-?\d)", re.M
)
_CONJUNCTION = re.compile(r"(?<!\s)\s++(?:and|&&|et|,)\s++")
_DEF_RETURN = re.compile(
    r"\bdef[ \t]++(?P<name>\w++)[ \t]*+\((?P<params>[^)\n]{0,80})\)[^\n]{0,20}\n"
    r"[ \t]*+return[ \t]++(?P<v>[^\n#]{1,60})"
)
_PARAM = re.compile(r"[a-z_]\w{0,30}+")
# a test framework's assertion: expect(b).toBe(-10), self.assertEqual(intercept(), -10), assert_eq!(b, -10)
_EXPECT = re.compile(
    r"\bexpect\([ \t]*+(?P<x>[\w.]{1,60}+)(?:\((?P<args>[^()\n]{0,40}+)\))?[ \t]*+\)"
    r"\.to(?:be|equal|strictequal)\([ \t]*+(?P<v>[^()\n]{1,40}+)\)"
    r"|\bassert_?(?:equals?|eq)!?\([ \t]*+(?P<y>[\w.-]{1,60}+)(?:\(\))?[ \t]*+,"
    r"[ \t]*+(?P<w>[\w.-]{1,60}+)(?:\(\))?[ \t]*+\)",
    re.I,
)
_CODE_WORDS = re.compile(r"\b(?:assert|expect|const|let|var|return)\b|[\"';]")


def _code_lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        if not _CODE_LINE.search(line):
            continue
        if "=" not in line:  # a fixture's "key: value" only for the line's parameters ("pente: 4")
            key, _, value = line.partition(":")
            if _named(strip_accents(key).strip().strip("\"'").lower()) not in ("a", "b"):
                continue
            line = f"{key} = {value}"
        line = _CODE_WORDS.sub(" ", line.replace("==", "="))
        for part in _CONJUNCTION.split(line):
            if "=" not in part:
                continue
            name, _, value = part.partition("=")
            words = " ".join(_words_of(t) or t for t in name.split())
            out.append(_named(f"{strip_accents(words).lower().strip()} = {value.strip()}"))
    for e in _EXPECT.finditer(text):
        name, value = (e["x"], e["v"]) if e["x"] else (e["y"], e["w"])
        args = f"({e['args']})" if e["x"] and e["args"] else ""  # expect(isCoprime(35, 64)).toBe(true)
        if re.fullmatch(r"-?\d[\d.]*+", name):
            name, value = value, name
        words = _words_of(name) or name
        out.append(_named(f"{strip_accents(words).lower()}{args} = {value.strip()}"))
    for d in _DEF_RETURN.finditer(text):
        # a rule of its parameters keeps them (fix-helper left52f): "def premiers_entre_eux(a, b): return
        # pgcd(a, b) == 1" tests any pair, no verdict for the task's; "def intercept(): return -10" a value
        params = set(_PARAM.findall(d["params"].lower())) - {"self"}
        ruled = params & set(_PARAM.findall(d["v"].lower()))
        call = f"({d['params'].strip()})" if ruled else ""
        out.append(f"{_words_of(d['name']) or d['name']}{call} = {d['v'].strip()}")
    # a name set to true states what it says ("are35And64Coprime = true")
    return out + [f"{t['claim'].strip()}: yes" for line in out if (t := _TRUE.match(line.strip()))]


# A regex anchored at both ends: its literal text read as text.
_REGEX = re.compile(r"\^(?P<body>[^$\n^]{1,200})\$")
_CLASS = re.compile(r"\[(?P<first>[^\]\\])[^\]]{0,10}\]")


def _regexes(text: str) -> list[str]:
    out = []
    for m in _REGEX.finditer(text):
        body = re.sub(r"\\s[*+?]?+", " ", m["body"])
        body = re.sub(r"\\d[*+?]?+", "", body) if "\\d" in body else body
        body = _CLASS.sub(lambda c: c["first"].replace("\u2212", "-"), body)
        body = re.sub(r"\\(.)", r"\1", body)
        out.append(re.sub(r"\s++", " ", body).strip())
    return out


# A markdown table: rows of cells between pipes.
_ROW = re.compile(r"^[ \t]*+\|(?P<cells>[^\n]*+)$", re.M)
_RULE = re.compile(r"^[\s:|-]*+$")


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _filled(cell: str) -> bool:
    return bool(cell) and not re.fullmatch(r"[?._…\s-]*+", cell)


# a cell's value: a number or one word (a tick, a sentence, a formula is no value)
_CELL_VALUE = re.compile(r"[-\u2212+]?\d[\d.,]*+|[^\W\d]\w{0,20}")


def _tables(text: str) -> list[str]:
    """A table's cells as "a = 4" where they fill the line's parameters for one instance: rows
    "| a | 4 |" (every row a parameter), or a header of parameters over one row of values. A
    worked example's rows, the reviews, a divisor table are read as nothing (fair rounds)."""
    rows = [_cells(m["cells"]) for m in _ROW.finditer(text) if not _RULE.match(m["cells"])]
    if len(rows) < 2:
        return []
    keyed = [r for r in rows[1:] if len(r) == 2 and _named(strip_accents(r[0]).lower()) in ("a", "b")]
    if keyed and len(keyed) == len(rows) - 1:
        return [
            f"{_named(strip_accents(r[0]).lower())} = {r[1]}" for r in keyed if _CELL_VALUE.fullmatch(r[1])
        ]
    header = [_named(strip_accents(h).lower()) for h in rows[0]]
    if len(rows) == 2 and len(rows[1]) == len(header) and set(header) & {"a", "b"}:
        return [
            f"{h} = {c}"
            for h, c in zip(header, rows[1], strict=True)
            if h in ("a", "b") and _CELL_VALUE.fullmatch(c)
        ]
    return []


# A CSV block: a header line of names over lines of values, as many of each ("a,b" over "4,-10").
_CSV_NAME = re.compile(r"[^\W\d][\w ]{0,20}")
_CSV_VALUE = re.compile(r"-?\d[\d.]*+|[^\W\d][\w]{0,20}")


def _csv(text: str) -> list[str]:
    out: list[str] = []
    lines = [line.strip() for line in text.splitlines()]
    for header, row in zip(lines, lines[1:], strict=False):
        sep = ";" if ";" in header else ","
        names, values = header.split(sep), row.split(sep)
        if len(names) < 2 or len(names) != len(values) or len(header) > 120 or len(row) > 120:
            continue
        names, values = [n.strip() for n in names], [v.strip() for v in values]
        if all(_CSV_NAME.fullmatch(n) for n in names) and all(_CSV_VALUE.fullmatch(v) for v in values):
            named = [_named(strip_accents(n).lower()) for n in names]
            out += [f"{n} = {v}" for n, v in zip(named, values, strict=True) if n in ("a", "b")]
    return out


# Round 43 (fix-helper fairans43): each row of a CSV block written as a JSON record of its header's
# names ("a,b,gcd,coprime" over "35,64,1,true" is {"a": 35, "b": 64, "gcd": 1, "coprime": true}), so
# the readers of a record's fields read the task's own row filled; a row of another instance (two
# numbers of its own or more: "9,28,1,true") is that record's (extract._other_record), an empty or
# "?" cell is left out.
_CSV_TRUE = {"true": "true", "yes": "true", "oui": "true", "vrai": "true", "false": "false", "no": "false",
             "non": "false", "faux": "false"}  # fmt: skip


def _csv_records(text: str, known: frozenset[str]) -> list[str]:
    """Each CSV row under its header as a JSON record, but a row of another instance (two numbers
    or more that are not ``known``, the data's: "9,28,1,true" beside 35 and 64)."""
    out: list[str] = []
    lines = [line.strip() for line in text.splitlines()[:2000]]
    names: list[str] = []
    sep = ","
    for line in lines:
        cells = [c.strip() for c in line.split(sep)] if names else []
        if names and len(cells) == len(names) and len(line) <= 200:
            if len({c.lstrip("0") for c in cells if c.isdigit()} - known) >= 2:
                continue
            fields = []
            for name, cell in zip(names, cells, strict=True):
                if _CSV_VALUE.fullmatch(cell):
                    plain = cell if cell[-1].isdigit() else f'"{cell}"'
                    value = _CSV_TRUE.get(strip_accents(cell).lower(), plain)
                    fields.append(f'"{name}": {value}')
            if fields:
                out.append("{" + ", ".join(fields) + "}")
            continue
        sep = next((s for s in (";", "\t", ",") if s in line), ",")
        names = [n.strip() for n in line.split(sep)] if len(line) <= 200 else []
        if len(names) < 2 or not all(_CSV_NAME.fullmatch(n) for n in names):
            names = []
    return out[:MAX_PIECES]


# Literals in another base: 0x/0b prefixed, read as signed where the sentence says so; bare
# bits (8, 16 of them) beside a two's complement cue.
_LITERAL = re.compile(r"(?<![\w#])(?P<sign>-)?0(?P<base>[xb])(?P<digits>[0-9a-fA-F]++)(?!\w)")
_BARE_BITS = re.compile(r"(?<![\w.])(?P<digits>[01]{8}|[01]{16})(?!\w|\.\d)")
_SIGNED = re.compile(
    r"(?:signed|signee?s?|two's\s++complement|complement\s++a\s++(?:deux|2)|complement\s++a\s++deux|s?byte\b|octet\s++signe)"
)
_WIDTH = re.compile(r"\b(?P<w>8|16|32|64)[ \t-]*+bits?\b|\b(?P<byte>bytes?|octets?)\b")
_SENTENCE = re.compile(r"[^.!?\n]*+[.!?\n]?")


def _value(sign: str | None, base: str, digits: str, sentence: str) -> int | None:
    radix = 16 if base == "x" else 2
    try:
        number = int(digits, radix)
    except ValueError:
        return None
    if _SIGNED.search(sentence) and not sign:
        stated = _WIDTH.search(sentence)
        width = len(digits) * (4 if radix == 16 else 1)
        if stated:
            width = 8 if stated["byte"] else int(stated["w"])
        if width in (8, 16, 32, 64) and number < 2**width and number >= 2 ** (width - 1):
            number -= 2**width
    return -number if sign else number


_NAME = re.compile(r"\b(?:(?P<letter>b)|(?P<word>ordonnee|intercept|pente|slope))\b")


def _numerals(text: str) -> list[str]:
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = strip_accents(m.group(0)).lower()
        if "0x" not in sentence and "0b" not in sentence and not _SIGNED.search(sentence):
            continue

        def read(lit: re.Match[str], sentence: str = sentence) -> str:
            value = _value(lit["sign"], lit["base"], lit["digits"], sentence)
            return lit.group(0) if value is None else str(value)

        def bits(lit: re.Match[str], sentence: str = sentence) -> str:
            value = _value(None, "b", lit["digits"], sentence)
            return lit.group(0) if value is None else str(value)

        read_ = _LITERAL.sub(read, sentence)
        if _SIGNED.search(sentence):
            read_ = _BARE_BITS.sub(bits, read_)
        if read_ == sentence:
            continue
        out.append(read_.strip())
        first = re.search(r"-?\d++", read_[_literal_start(sentence) :])
        names = list(_NAME.finditer(sentence[: _literal_start(sentence)]))
        name = names[-1] if names else None
        if first and name:
            out.append(_named(f"{name['letter'] or name['word']} = {first.group(0)}"))
    return out


def _literal_start(sentence: str) -> int:
    m = _LITERAL.search(sentence) or (_BARE_BITS.search(sentence) if _SIGNED.search(sentence) else None)
    return m.start() if m else len(sentence)


# A 2×2 matrix by a pair: "[[2, 0], [0, −5]] · (2, 2)", « le produit de la matrice [[…]] par
# le vecteur (2, 2) »; and a pair of unknowns set to a pair of numbers: "(a, b) = (4, -10)".
_N = r"[ \t]*+([-\u2212]?\d{1,6})[ \t]*+"
_MATRIX = re.compile(
    rf"\[\[{_N},{_N}\],[ \t]*+\[{_N},{_N}\]\][^()\[\]\n]{{0,40}}?[(\[]{_N},{_N}[)\]]"
)
_PAIR = re.compile(
    r"\((?P<x>[a-z])[ \t]*+,[ \t]*+(?P<y>[a-z])\)[^()\n]{0,40}?\((?P<p>-?\d++),[ \t]*+(?P<q>-?\d++)\)"
)


def _products(text: str) -> list[str]:
    def product(m: re.Match[str]) -> str:
        a, b, c, d, x, y = (int(g.replace("\u2212", "-")) for g in m.groups())
        return f"({a * x + b * y}, {c * x + d * y})"

    out = []
    computed = _MATRIX.sub(product, text)
    if computed != text:
        for p in _PAIR.finditer(strip_accents(computed).lower()):
            out.append(f"{p['x']} = {p['p']}, {p['y']} = {p['q']}")
    return out


# Round 47 (fix-helper fn47): a JSON member whose value is a number written as a string
# ("b": "-10", once text.normalize read "\\u2212\\u0031\\u0030") is that number, as a JSON
# number is (`"b": -10`); a member named for a line's parameter ("ordonnee_origine": -10,
# "intercept": "-10") is also written "b = -10". A placeholder ("...", "<nombre>", "?") holds
# no number: nothing.
_JSON_MEMBER = re.compile(
    r"(?<![\w\\])\"(?P<key>[^\"\n\\]{1,40}+)\"[ \t]*+:[ \t]*+"
    r"(?P<q>\"?)(?P<v>[-+]?\d{1,9}+(?:[.,]\d{1,6}+)?)(?P=q)(?![\w.]|,\d)"
)


def _json_members(text: str) -> list[str]:
    out = []
    for m in _JSON_MEMBER.finditer(text):
        if m["q"]:
            out.append(f'"{m["key"]}": {m["v"]}')
        words = re.split(r"[_\-\s]++", strip_accents(m["key"]).lower())
        letter = _named(" ".join(words).strip())
        if letter in ("a", "b") and m["key"].lower() not in ("a", "b"):
            out.append(f"{letter} = {m['v']}")
        # Round 50 (fix-helper g50): a state's value named with what it is, and a word saying it was
        # found ("b_solved": -10, "gcd_result": 1, "nb_sœurs_caroline": 1, "sisters_count": 1)
        core = [w for w in words if w and w not in _FOUND_WORDS]
        if core and len(core) < len([w for w in words if w]) and not _WORKFLOW_NOUNS.intersection(core):
            out.append(f"{_named(' '.join(core))} = {m['v']}")
    return out


# Session 43: what a pipeline counts or numbers of its own work, no quantity of the task ("review_count":
# 3 is no "review = 3", "question_count": 1 no "question = 1", "next_step_found": 2 …)
_WORKFLOW_NOUNS = frozenset(
    "review reviews avis item items comment comments commentaire commentaires question questions step steps "
    "etape etapes task tasks tache taches exercise exercises exercice exercices message messages turn turns "
    "round rounds attempt attempts essai essais retry retries tries token tokens word words mot mots line "
    "lines ligne lignes page pages label labels etiquette etiquettes tag tags call calls appel appels agent "
    "agents tool tools outil outils version versions level levels niveau niveaux".split()
)


# the words that say a value was found, computed or counted, around the name of what it is
_FOUND_WORDS = frozenset(
    "solved solve resolved result results resultat found trouve trouvee computed calcule calculee calc "
    "final finale value valeur answer reponse output sortie obtenu obtenue count nb nombre number num "
    "checked verified verifie verifiee estimated of de du des d the le la l est is".split()
)


# Round 56 (fix-helper r56fix): a calculator's keystrokes ("[Y=] 4 [X,T,θ,n] [−] 1 0 [GRAPH]", « [f(x)]
# [x] [×] 4 [-] 10 [EXE] ») are the expression they type: the bracketed keys read as signs and letters,
# the digit keys between them joined, the run read when it types an equation (a "y=" or "=" key).
_KEY_RUN = re.compile(r"(?:\[[^\[\]\n]{1,14}\][ \t]*+|[\d.][ \t]*+){3,60}")
_KEY = re.compile(r"\[(?P<k>[^\[\]\n]{1,14})\]|(?P<d>[\d.])")
_KEYS = {
    "y=": " y = ", "f(x)": " y = ", "f(x)=": " y = ", "=": " = ", "−": " - ", "-": " - ", "–": " - ",
    "(-)": " -", "(−)": " -", "+": " + ", "×": " * ", "*": " * ", "(": " (", ")": ") ", ",": ", ",
    "moins": " - ", "plus": " + ",
}  # fmt: skip
_X_KEY = re.compile(r"x(?:[ ,]*+[tθn])*+|x,θ,t|var|x", re.I)


def _keystrokes(text: str) -> list[str]:
    out = []
    for run in _KEY_RUN.finditer(text):
        keys = list(_KEY.finditer(run.group(0)))
        if sum(1 for k in keys if k["k"]) < 2:
            continue
        typed = ""
        for key in keys:
            if key["d"]:
                typed += key["d"]
                continue
            name = re.sub(r"\s++", "", key["k"]).lower()
            if name in _KEYS:
                typed += _KEYS[name]
            elif _X_KEY.fullmatch(name):
                typed += "x"
            elif name.isdigit():
                typed += name
            else:
                typed += " "  # GRAPH, ENTER, EXE, 2nd...: no sign
        if "=" in typed:
            out.append(re.sub(r"\s++", " ", typed).strip())
    return out


# Round 56 (fix-helper r56fix): a line's two parameters named in order, then two values in the same order
# ("slope then intercept: this is worksheet v4.-10", « pente puis ordonnée à l'origine : 4 et -10 », "a and b
# are 4 and -10 respectively"): each value is its parameter's ("a = 4, b = -10"); a version's fields
# ("v4.-10") are values so ordered. Two names and two values, within one line.
_LINE_PARAM = (
    r"(?:slope|pente|coefficient directeur|gradient|y-intercept|intercept|ordonnee a l'origine|ordonnee)"
)
_IN_ORDER = re.compile(
    rf"(?<![\w'-])(?:(?P<p1>{_LINE_PARAM})|(?P<a1>a))[ \t]*+"
    r"(?:then|and|puis|et|,|followed by|suivie? de)[ \t]++"
    r"(?:the[ \t]++|l'|la[ \t]++|le[ \t]++|son[ \t]++|its[ \t]++)?"
    # session 50 (fix78b): not a call's arguments ("pgcd(a, b) == 1). Les nombres 35 et 64": no order told)
    rf"(?:(?P<p2>{_LINE_PARAM})|(?P<b2>b))(?![\w'-])(?![ \t]*+\))"
    r"[^\n]{0,80}?(?<![\w.,-])v?(?P<v1>[-−]?\d{1,4})[ \t]*+(?:and|et|then|puis|,|;|\.|/)[ \t]*+"
    r"(?P<v2>[-−]?\d{1,4})(?![\d.,]\d|[\w])"
)


def _letter(name: str) -> str:
    return "a" if re.match(r"slope|pente|coef|gradient", name) else "b"


def _ordered_parameters(text: str) -> list[str]:
    out = []
    for m in _IN_ORDER.finditer(strip_accents(text).lower()):
        first = _letter(m["p1"]) if m["p1"] else "a"
        second = _letter(m["p2"]) if m["p2"] else "b"
        if first != second:
            v1, v2 = (m[g].replace("−", "-") for g in ("v1", "v2"))
            out.append(f"{first} = {v1}, {second} = {v2}")
    return out


def decoded(prompt: str, data: Sequence[str] = ()) -> str:
    """The pieces of ``prompt`` that are code-like or tabular, each written again in plain
    words and signs, one a line; "" when there is none (``data``: the task's, whose numbers
    tell its own CSV row from another instance's)."""
    text = prompt[:MAX_CHARS]
    known = frozenset(n.lstrip("0") for d in data for n in re.findall(r"\d++", d))
    pieces = [
        *_identifiers(text),
        *_keystrokes(text),  # round 56
        *_ordered_parameters(text),  # round 56
        *_code_lines(text),
        *_regexes(text),
        *_tables(text),
        *_csv(text),
        *_csv_records(text, known),
        *_numerals(text),
        *_products(text),
        *_json_members(text),
        *artefacts.pieces(text),  # round 43: Makefiles, chart specs, SQL, HTML forms, logs, records
        *observed.pieces(text, data),  # round 50: a call's result, the girls listed, sign codes per review
    ]
    seen: list[str] = []
    for piece in pieces:
        piece = re.sub(r"\s++", " ", piece).strip(" .")
        if piece and piece not in seen:
            seen.append(piece)
    return "\n".join(f"{p}." for p in seen[:MAX_PIECES])
