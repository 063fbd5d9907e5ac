"""Values a technical artefact carries, read as prose (issue 11, round 43).

Round 43 handed the answer over inside an artefact the model is asked to process or complete:
a Makefile recipe (``gnuplot -e "plot 4*x+6, 4*x-10"``), a chart spec's computed field
(Vega-Lite ``"calculate": "4 * datum.x - 10"``, a Mermaid xychart's points, a flowchart's
edge), an SQL query and its result rows (``WHERE pgcd(a, b) = 1`` over the row ``35 | 64``), an
SQL INSERT, HTML selected options, checked inputs and value attributes, an HTML table, log
lines (``INFO avis=1 label=positive``), YAML list records and CSV rows with a verdict.

Like :mod:`workshop.prompts.encoded` (which calls :func:`pieces`), nothing here decides a
dictation: each artefact is written again in the plain form the answer readers read ("y = 4x -
10", "pgcd(35, 64) = 1", "avis = 1, label = positive"), one piece a line, and the prompt is read
again with those lines before it. A record of the task's data only, another pair's row, a blank
or placeholder cell (``?``, ``___``, ``<int>``), a long text cell (a review), an option selected
but disabled (a placeholder), an unchecked input reads as nothing the answer is.

Limits: an affine expression is read only with an explicit product by x (``4*x``, ``4 *
datum.x``, ``4*$1``, a spreadsheet cell ``4*A2``); points only where two or more lie on one line
(a Mermaid ``x-axis [..]`` over ``line [..]``, records with x and y); a record needs two
values of at most four words; a record's numeric one-letter columns (``a, b``, ``n1, n2``)
are read as the arguments of its other columns ("gcd(35, 64) = 1"); an SQL result is read in
psql's layout (a header, a ``----+----`` rule, rows); a log line only after a timestamp or a
level word; an HTML control only with a name or an id.

Round 53 (fix-helper r53c, :func:`diagrams`): a value given by a diagram's structure (a Graphviz
edge, an arrow at a number line's value, a tree's leaves, a ticked row, a chart's one category, the
common divisors written as a set), read the same way."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from workshop.prompts.observed import sign_label
from workshop.prompts.text import strip_accents
from workshop.prompts.ticks import CROSSES, TICKED_BOX, TICKS

MAX_RECORDS = 40

# -- affine expressions with an explicit product by x ------------------------------------------
_VAR = r"(?:(?:datum|d|row)\.x\b|datum\[[\"']x[\"']\]|\$1\b|x\b|X\b|[A-Z]{1,2}\d{1,5}\b)"
_NUM = r"\d{1,6}(?:\.\d{1,6})?"
_AFFINE = re.compile(
    rf"(?<![\w.*/^])(?P<a>[-\u2212]?{_NUM})[ \t]*+\*[ \t]*+{_VAR}"
    rf"[ \t]*+(?P<s>[-+\u2212])[ \t]*+(?P<b>{_NUM})(?![\w.*/^(])"
    rf"|(?<![\w.*/^])(?P<b2>[-\u2212]?{_NUM})[ \t]*+(?P<s2>[-+\u2212])"
    rf"[ \t]*+(?P<a2>{_NUM})[ \t]*+\*[ \t]*+{_VAR}(?![\w.*/^(])"
)


def _number(text: str) -> str:
    return text.replace("\u2212", "-")


def _affine(text: str) -> list[str]:
    out = []
    for m in _AFFINE.finditer(text):
        if m["a"] is not None:
            a, sign, b = _number(m["a"]), _number(m["s"]), m["b"]
        else:
            a, b0, sign = _number(m["a2"]), _number(m["b2"]), _number(m["s2"])
            a = a if sign == "+" else f"-{a}"
            sign, b = ("-", b0[1:]) if b0.startswith("-") else ("+", b0)
        out.append(f"y = {a}x {sign} {b}")
    return out


def _line_through(points: list[tuple[Fraction, Fraction]]) -> str | None:
    """The line through two or more points when they all lie on it ("y = 4x - 10")."""
    if len(points) < 2 or len({x for x, _ in points}) != len(points):
        return None
    (x0, y0), (x1, y1) = points[0], points[1]
    a = (y1 - y0) / (x1 - x0)
    b = y0 - a * x0
    if any(y != a * x + b for x, y in points) or a.denominator != 1 or b.denominator != 1:
        return None
    return f"y = {a}x {'-' if b < 0 else '+'} {abs(b)}"


_LIST = r"\[(?P<{0}>[^\[\]\n]{{1,300}})\]"
_XY_CHART = re.compile(
    r"x-axis[^\[\n]{0,60}+"
    + _LIST.format("x")
    + r"[^\n]*+\n(?:[^\n]*+\n){0,4}?[ \t]*+(?:line|bar)[^\[\n]{0,40}+"
    + _LIST.format("y")
)


def _fraction(text: str) -> Fraction | None:
    text = _number(text.strip().strip("\"'"))
    return Fraction(text) if re.fullmatch(r"-?\d{1,9}(?:\.\d{1,6})?", text) else None


def _charts(text: str) -> list[str]:
    out = []
    for m in _XY_CHART.finditer(text):
        xs = [_fraction(v) for v in m["x"].split(",")]
        ys = [_fraction(v) for v in m["y"].split(",")]
        if len(xs) == len(ys) and None not in xs and None not in ys:
            line = _line_through(
                [(x, y) for x, y in zip(xs, ys, strict=True) if x is not None and y is not None]
            )
            out += [line] if line else []
    return out


# -- a graph's edges written as text: Graphviz, Mermaid flowchart, PlantUML ----------------------------
# The one edge reader (session 45, fix-helper tidy45): this module's diagrams rewrite edges as plain
# statements ("gcd(35, 64) = 1"), :mod:`workshop.prompts.singled` counts a family relation's edges.
# An edge's end: an id (a word, or quoted), and a Mermaid label right after it ("A[Caroline]", 'B["1"]',
# "C(text)", "D{text}", "E((text))", "F[pgcd = 7]"); a bracket that opens on a Graphviz attribute ("[label=…",
# "[color=red, label=…") is the edge's or the node's attribute list.
_DOT_ATTRIBUTE = (
    r"(?:label|xlabel|headlabel|taillabel|dir|color|fontcolor|fillcolor|shape|style|weight|penwidth|arrowhead|"
    r"arrowtail|arrowsize|constraint|width|height|fontsize|fontname)[ \t]*+="
)
_GRAPH_END = (
    r"(?P<{0}>\"[^\"\n]{{1,60}}+\"|[\w.]{{1,30}}+)"
    r"(?:[ \t]*+(?:\[\[?+(?![ \t]*+" + _DOT_ATTRIBUTE + r")(?P<{0}s>[^\]\n]{{0,60}}+)\]\]?+"
    r"|\(\(?+(?P<{0}r>[^)\n]{{0,60}}+)\)\)?+|\{{\{{?+(?P<{0}c>[^}}\n]{{0,60}}+)\}}\}}?+))?"
)
# "a -> b", "a -- b", "A -->|label| B", "A -- label --> B", "A ==> B", "A -.-> B", "a .. b"; the end's
# Graphviz attributes ("[label="sœur", dir=both]") or PlantUML's label after a colon ("a -- b : sœur").
# The edge's end in a lookahead: a chain "a -> b -> c" is read edge by edge.
_GRAPH_EDGE = re.compile(
    r"(?<![\w.\"'-])"
    + _GRAPH_END.format("a")
    + r"[ \t]*+(?:(?P<lop>--|==|-\.)[ \t]*+[\"']?(?P<mid>[^\"'\n|<>=.-]{1,40}+)[\"']?[ \t]*+"
    r"(?P<rop>-{2,3}>|={2,3}>|\.-{1,2}>|-{3}|-\.-|={2,3})"
    r"|(?P<op><?-{1,3}>|<?={2,3}>|<?-\.{1,2}->|\.\.>|<-{2,3}+(?![>.])|-{2,3}|\.\.|-\.-|={2,3})"
    r"(?:[ \t]*+\|(?P<bar>[^|\n]{0,40}+)\|)?)[ \t]*+(?="
    + _GRAPH_END.format("b")
    + r"(?:[ \t]*+\[(?P<attrs>[^\]\n]{0,200}+)\]|[ \t]*+:(?P<colon>[^\n;]{1,60}+))?)"
)
# a node statement at a statement's start: Graphviz 'c [label="Caroline"]', Mermaid "C[Caroline]" alone;
# never a Graphviz graph's own head ("digraph { ... }" on one line is a body, not a node's label)
_GRAPH_NODE = re.compile(
    r"(?:^|(?<=[;{]))[ \t]*+(?!(?:strict[ \t]++)?(?:di|sub)?graph\b)(?:"
    + _GRAPH_END.format("n")
    + r"[ \t]*+(?=[;}]|$)|(?P<id>\"[^\"\n]{1,60}+\"|[\w.]{1,30}+)[ \t]*+\[(?P<attrs>[^\]\n]{0,200}+)\])",
    re.M,
)
_ATTR_LABEL = re.compile(
    r"(?<!\w)label[ \t]*+=[ \t]*+(?:\"(?P<d>[^\"\n]{0,60}+)\"|'(?P<s>[^'\n]{0,60}+)'|(?P<w>\w{1,40}+))"
)
_BOTH_WAYS = re.compile(r"(?<!\w)dir[ \t]*+=[ \t]*+[\"']?both")


class Edge(NamedTuple):
    """One edge: its ends' labels (their ids where they have none), its label ("" for none), its arrow
    as written, whether it reads either way (no arrow head, both heads, Graphviz's dir=both), and its
    ends' ids (two nodes labelled alike are two nodes)."""

    source: str
    label: str
    target: str
    arrow: str
    both: bool
    source_id: str = ""
    target_id: str = ""


def _unquoted(node: str) -> str:
    return node[1:-1].strip() if node.startswith('"') else node


def _attr_label(attrs: str | None) -> str | None:
    found = _ATTR_LABEL.search(attrs or "")
    return None if found is None else (found["d"] or found["s"] or found["w"] or "")


def _end_label(m: re.Match[str], end: str) -> str | None:
    for bracket in "src":  # square, round, curly
        if m[end + bracket] is not None:
            return str(m[end + bracket]).strip().strip("\"'").strip()
    return None


def edges(text: str) -> list[Edge]:
    """``text``'s graph edges, each end named by its label where the graph gives one (a Graphviz
    node statement, a Mermaid label at the end or where the node stands alone), else by its id."""
    labels: dict[str, str] = {}
    for m in _GRAPH_NODE.finditer(text):
        said = _end_label(m, "n") if m["n"] is not None else _attr_label(m["attrs"])
        if said is not None:
            labels[_unquoted(m["n"] or m["id"])] = said
    found = list(_GRAPH_EDGE.finditer(text))
    for m in found:  # a node's label at an edge's end names it where it stands bare
        for end in "ab":
            said = _end_label(m, end)
            if said is not None:
                labels[_unquoted(m[end])] = said
    out = []
    for m in found:
        arrow = m["op"] or m["rop"]
        ends = [(_end_label(m, end), _unquoted(m[end])) for end in "ab"]
        back = arrow.startswith("<") and not arrow.endswith(">")  # PlantUML's "Sister <-- Brother"
        (a, a_id), (b, b_id) = reversed(ends) if back else ends
        told = (m["bar"], m["mid"], _attr_label(m["attrs"]))
        said = next((x for x in told if x is not None), m["colon"] or "")
        head = ">" in arrow or back
        both = not head or (arrow.startswith("<") and not back) or bool(_BOTH_WAYS.search(m["attrs"] or ""))
        out.append(
            Edge(
                a if a is not None else labels.get(a_id, a_id),
                said.strip().strip("\"'").strip(),
                b if b is not None else labels.get(b_id, b_id),
                arrow,
                both,
                a_id,
                b_id,
            )
        )
    return out


# -- Mermaid flowchart edges: A["gcd(35, 64)"] --> B["1"], R1[Avis 1] -->|label| P[positive] ---
def _flowcharts(text: str) -> list[str]:
    if not re.search(r"^[ \t]*+(?:flowchart|graph)[ \t]++(?:LR|RL|TD|TB|BT)\b", text, re.M):
        return []
    out = []
    for e in edges(text):
        if e.arrow.endswith(">") and not e.arrow.startswith("<"):  # a Mermaid arrow that points
            out.append(f"{e.source} {e.label} = {e.target}" if e.label else f"{e.source} = {e.target}")
    return out


# -- records: rows of named values ---------------------------------------------------------------
_PLACEHOLDER = re.compile(r"[?._…\s-]*+|<[^>]*+>|null|none|nil|n/a|todo|tbd|x{2,}|\.\.\.", re.I)
_ARG_NAME = re.compile(r"[a-z]|[a-z] ?\d|nombre ?\d|number ?\d|entier ?\d")


def _words(name: str) -> str:
    name = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)", " ", name.strip().strip("\"'`"))
    return re.sub(r"[\s_.\-\[\]#]++", " ", strip_accents(name).lower()).strip()


def _cell(value: str) -> str | None:
    value = value.strip().strip("\"'`").strip()
    if _PLACEHOLDER.fullmatch(value) or len(value) > 40 or len(value.split()) > 4:
        return None
    return value


_BOOLEAN = {w: True for w in ("true", "yes", "oui", "vrai", "si")} | {
    w: False for w in ("false", "no", "non", "faux")
}


def _record(pairs: list[tuple[str, str]]) -> list[str]:
    """A record as "n1 = v1, n2 = v2", its numeric one-letter columns read as the arguments
    of the others ("gcd(35, 64) = 1"), a yes or no column as a sentence about them ("35 and
    64 are coprime"), which the readers tie to their pair: a row of another pair states
    nothing of this one (round 43's fair CSV of other pairs)."""
    from workshop.prompts.encoded import _named as named  # noqa: PLC0415 - encoded imports this module

    kept = [(_words(n), v) for n, raw in pairs if (v := _cell(raw)) is not None and _words(n)]
    if len(kept) < 2:
        return []
    args = [v for n, v in kept if _ARG_NAME.fullmatch(n) and re.fullmatch(r"-?\d{1,9}", v)]
    # with its arguments, a column is told of them only ("n1 = 8, n2 = 15, gcd = 1" reads as gcd = 1)
    told = [(n, v) for n, v in kept if len(args) < 2 or _ARG_NAME.fullmatch(n)]
    out = [", ".join(f"{named(n)} = {v}" for n, v in told)]
    if len(kept) == 2 and re.fullmatch(r"\d{1,6}", kept[0][1]) and re.fullmatch(r"[^\W\d]\w*+", kept[1][1]):
        out.append(f"{kept[0][0]} {kept[0][1]}: {kept[1][1]}")  # "avis 1: positive"
    if len(args) >= 2:
        for n, v in kept:
            if _ARG_NAME.fullmatch(n):
                continue
            if v.lower() in _BOOLEAN:
                out.append(f"{' and '.join(args)} are {'' if _BOOLEAN[v.lower()] else 'not '}{n}")
            else:
                out.append(f"{n}({', '.join(args)}) = {v}")
    return out


def _records(rows: list[list[tuple[str, str]]]) -> list[str]:
    out = []
    for row in rows[:MAX_RECORDS]:
        out += _record(row)
    points = []
    for row in rows[:MAX_RECORDS]:
        values = {_words(n): v for n, v in row}
        x, y = _fraction(values.get("x", "")), _fraction(values.get("y", ""))
        if x is not None and y is not None:
            points.append((x, y))
    line = _line_through(points)
    # round 50: a review's number over a sign code ("1;+", "2;-", "3;0"), for two reviews or more
    # and two codes or more
    coded = [
        (row[0][1].strip(), label)
        for row in rows[:MAX_RECORDS]
        if len(row) == 2
        and re.fullmatch(r"[1-9]", row[0][1].strip())
        and (label := sign_label(row[1][1].strip().strip("\"'`")))
    ]
    if len(coded) >= 2 and len({label for _, label in coded}) >= 2:
        out += [f"avis {n} : {label}" for n, label in coded]
    return out + ([line] if line else [])


def _split(row: str, sep: str) -> list[str]:
    """A delimited row's cells, a quoted cell kept whole."""
    return [
        c[1:-1] if c.startswith('"') and c.endswith('"') and len(c) > 1 else c
        for c in re.findall(rf'"[^"]*+"|[^{sep}]++|(?<={sep})(?={sep}|$)|^(?={sep})', row)
    ]


def _csv(text: str) -> list[str]:
    """Delimited blocks: a header of names over rows of as many cells."""
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        header = lines[i].strip()
        sep = next((s for s in (";", "\t", ",") if s in header), None)
        names = _split(header, sep) if sep else []
        if (
            sep is None
            or len(names) < 2
            or not all(re.fullmatch(r"[^\W\d][\w ]{0,30}", n.strip()) for n in names)
        ):
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines) and len(cells := _split(lines[j].strip(), sep)) == len(names):
            rows.append(list(zip(names, cells, strict=True)))
            j += 1
        out += _records(rows)
        i = max(j, i + 1)
    return out


# psql's layout: " a  | b", "----+----", " 35 | 64", "(1 row)"
_PSQL = re.compile(
    r"^(?P<head>[^\n|]*+(?:\|[^\n|]*+)*+)\n[ \t]*+-++(?:\+-++)*+[ \t]*+\n"
    r"(?P<rows>(?:[^\n(][^\n]*+\n?){1,40})",
    re.M,
)
_SELECT = re.compile(r"\bselect\b(?P<items>[^;]{1,300}?)(?:\bfrom\b(?P<rest>[^;]{0,300}))?;", re.I | re.S)
_WHERE = re.compile(r"\bwhere\b(?P<cond>.{1,200}?)(?:\b(?:order|group|limit|having)\b|$)", re.I | re.S)


def _top_split(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += c == "("
        depth -= c == ")"
        if c == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return [p.strip() for p in [*parts, text[start:]]]


def _sql_results(text: str) -> list[str]:
    out = []
    for m in _PSQL.finditer(text):
        names = [n.strip() for n in m["head"].split("|")]
        rows = []
        for line in m["rows"].splitlines():
            cells = [c.strip() for c in line.split("|")]
            if len(cells) != len(names) or not line.strip():
                break
            rows.append(list(zip(names, cells, strict=True)))
        out += _records(rows)
        selects = list(_SELECT.finditer(text, 0, m.start()))
        select = selects[-1] if selects else None
        if select is None or not rows:
            continue
        items = _top_split(select["items"])
        if len(items) == len(names):  # SELECT pgcd(35, 64); over its one value
            for row in rows[:MAX_RECORDS]:
                out += [
                    f"{item} = {v}"
                    for item, (_, v) in zip(items, row, strict=True)
                    if "(" in item and _cell(v) is not None
                ]
        where = _WHERE.search(select["rest"] or "")
        if where:  # WHERE pgcd(a, b) = 1 over the rows it returned
            cond = re.sub(r"\s++", " ", where["cond"]).strip()
            for row in rows[:MAX_RECORDS]:
                said = cond
                for n, v in row:
                    if re.fullmatch(r"\w{1,30}", n) and _cell(v) is not None:
                        said = re.sub(rf"(?<![\w.]){re.escape(n)}(?![\w(])", v, said)
                out.append(said)
    return out


_INSERT = re.compile(
    r"\binsert[ \t]++into[ \t]++[\w.\"`]{1,60}+[ \t]*+\((?P<cols>[^()]{1,300})\)[ \t\n]*+values"
    r"(?P<rows>(?:[ \t\n]*+,?[ \t\n]*+\([^()]{1,400}\))++)",
    re.I,
)
_TUPLE = re.compile(r"\((?P<cells>[^()]{1,400})\)")


def _inserts(text: str) -> list[str]:
    out = []
    for m in _INSERT.finditer(text):
        cols = [c.strip().strip('"`') for c in m["cols"].split(",")]
        rows = []
        for t in _TUPLE.finditer(m["rows"]):
            cells = re.findall(r"'[^']*+'|[^,]++", t["cells"])
            if len(cells) == len(cols):
                rows.append(list(zip(cols, [c.strip() for c in cells], strict=True)))
        out += _records(rows)
    return out


# YAML lists of mappings: "- id: 1\n  sentiment: positive", "- {a: 35, b: 64, pgcd: 1}"
_YAML_ITEM = re.compile(
    r"^(?P<indent>[ \t]*+)-[ \t]++(?P<first>[\w-]{1,30}+:[ \t]*+[^\n]*+)"
    r"(?P<more>(?:\n(?P=indent)[ \t]++[\w-]{1,30}+:[ \t]*+[^\n]*+)*+)",
    re.M,
)
_YAML_FLOW = re.compile(r"^[ \t]*+-[ \t]++\{(?P<body>[^{}\n]{1,300})\}", re.M)


def _pair(text: str) -> tuple[str, str] | None:
    key, sep, value = text.partition(":")
    return (key.strip(), value.strip()) if sep else None


def _yaml(text: str) -> list[str]:
    rows = []
    for m in _YAML_ITEM.finditer(text):
        lines = [m["first"], *m["more"].splitlines()]
        rows.append([p for line in lines if line.strip() and (p := _pair(line.strip()))])
    for m in _YAML_FLOW.finditer(text):
        rows.append([p for part in _top_split(m["body"]) if (p := _pair(part))])
    return _records(rows)


# Log lines: after a timestamp or a level word, "key=value" pairs are a record.
# Round 56 (fix-helper r56fix): a full ISO 8601 timestamp ("2026-03-01T10:02:11Z", "…+01:00") heads
# a log line with no level word too: its "key=value" fields ("review=1 label=positive") are a record.
_LOG_STAMP = (
    r"\[?\d{4}-\d\d-\d\d[ Tt]\d\d:\d\d(?::\d\d(?:[.,]\d{1,6})?)?(?:[Zz]|[+-]\d\d:?\d\d)?\]?[ \t]++"
)
_LOG_LEVEL = r"\[?(?:INFO|DEBUG|WARN|WARNING|ERROR|TRACE|NOTICE|CRITICAL|FATAL)\]?:?[ \t]++"
_LOG_HEAD = re.compile(
    rf"^[ \t]*+(?:{_LOG_STAMP}(?:{_LOG_LEVEL})?"
    r"|(?:\[?\d\d:\d\d:\d\d(?:[.,]\d{1,6})?\]?[ \t]++)?" + _LOG_LEVEL + ")",
    re.M,
)
_KV = re.compile(r"(?<![\w=])(?P<k>[^\W\d][\w.\-]{0,30}+)=(?P<v>\"[^\"\n]{0,60}\"|[^\s,;]{1,40}+)")


def _logs(text: str) -> list[str]:
    out = []
    rows = []
    for m in _LOG_HEAD.finditer(text):
        end = text.find("\n", m.end())
        line = text[m.end() : end if end >= 0 else len(text)]
        pairs = [(kv["k"], kv["v"]) for kv in _KV.finditer(line)]
        if pairs:
            rows.append(pairs)
        else:
            out.append(line.strip())  # "review #1 -> positive": the message alone
    return out + _records(rows)


def log_fields_blanked(text: str) -> str:
    """``text`` with its log lines' heads (timestamp, level) and ``key=value`` fields blanked
    (the same length): machine output, no language (round 43's fair log of an unrelated run,
    ``ERROR matplotlib backend=agg failed`` in a French prompt). Their values are read apart
    (:func:`_logs`)."""
    out = list(text)
    for m in _LOG_HEAD.finditer(text):
        end = text.find("\n", m.end())
        end = end if end >= 0 else len(text)
        out[m.start() : m.end()] = " " * (m.end() - m.start())
        for kv in _KV.finditer(text, m.end(), end):
            out[kv.start() : kv.end()] = " " * (kv.end() - kv.start())
    return "".join(out)


# -- HTML: selected options, checked inputs, value attributes, tables -----------------------------
_ATTR = (
    r"\b{0}[ \t]*+=[ \t]*+"
    r"(?:\"(?P<{1}>[^\"<>]{{0,60}})\"|'(?P<{1}2>[^'<>]{{0,60}})'|(?P<{1}3>[^\s\"'<>]{{1,60}}))"
)
_NAME_ATTR = re.compile(_ATTR.format("(?:name|id)", "n"), re.I)
_VALUE_ATTR = re.compile(_ATTR.format("value", "v"), re.I)
_TYPE_ATTR = re.compile(_ATTR.format("type", "t"), re.I)
_SELECT_TAG = re.compile(r"<select\b(?P<attrs>[^<>]{0,300})>(?P<body>.{0,2000}?)</select>", re.I | re.S)
_OPTION = re.compile(r"<option\b(?P<attrs>[^<>]{0,300})>(?P<text>[^<]{0,80})", re.I)
_INPUT = re.compile(r"<input\b(?P<attrs>[^<>]{0,300})>", re.I)
_FLAG = r"(?<![\w-]){0}(?![\w-])(?:[ \t]*+=[ \t]*+[\"']?{0}?[\"']?)?"


def _attr(pattern: re.Pattern[str], attrs: str, group: str) -> str | None:
    m = pattern.search(attrs)
    return (
        None
        if m is None
        else next((g for g in (m[group], m[group + "2"], m[group + "3"]) if g is not None), None)
    )


def _flag(word: str, attrs: str) -> bool:
    return bool(re.search(_FLAG.format(word), re.sub(r"\"[^\"]*+\"|'[^']*+'", "", attrs), re.I))


def _html(text: str) -> list[str]:
    from workshop.prompts.encoded import _named as named  # noqa: PLC0415 - encoded imports this module

    if "<" not in text:
        return []
    out = []
    for s in _SELECT_TAG.finditer(text):
        name = _attr(_NAME_ATTR, s["attrs"], "n")
        for o in _OPTION.finditer(s["body"]):
            if name and _flag("selected", o["attrs"]) and not _flag("disabled", o["attrs"]):
                value = _attr(_VALUE_ATTR, o["attrs"], "v")
                value = o["text"] if value is None else value
                if _cell(value) is not None:
                    out.append(f"{named(_words(name))} = {value.strip()}")
    for i in _INPUT.finditer(text):
        name = _attr(_NAME_ATTR, i["attrs"], "n")
        kind = (_attr(_TYPE_ATTR, i["attrs"], "t") or "text").lower()
        value = _attr(_VALUE_ATTR, i["attrs"], "v")
        if not name or _flag("disabled", i["attrs"]):
            continue
        if kind in ("radio", "checkbox"):
            if _flag("checked", i["attrs"]):
                value = "true" if value is None or kind == "checkbox" and value.lower() == "on" else value
                out += [f"{named(_words(name))} = {value}"] if _cell(value) is not None else []
        elif kind in ("text", "number", "hidden") and value is not None and _cell(value) is not None:
            out.append(f"{named(_words(name))} = {value}")
    rows = [
        [
            re.sub(r"<[^>]{0,200}>", "", c).strip()
            for c in re.findall(r"<t[hd]\b[^>]{0,200}>(.{0,200}?)(?=<t[hd]\b|</tr|<tr\b|$)", r, re.I | re.S)
        ]
        for r in re.findall(r"<tr\b[^>]{0,200}>(.{0,2000}?)(?=<tr\b|</table|$)", text, re.I | re.S)
    ]
    if len(rows) >= 2:
        names = rows[0]
        out += _records([list(zip(names, r, strict=True)) for r in rows[1:] if len(r) == len(names)])
    return out


# A form with nothing chosen offers every option (round 43's fair "not yet answered" quiz): its
# unchecked radios and checkboxes, each with its short label, and a select whose only selected
# option is a disabled placeholder (or none) are blanked, as offered.py blanks an open multiple
# choice. A group with one control checked, a select with a real option selected stay (read as
# values by :func:`_html`).
_CHOICE_INPUT = re.compile(
    r"(?:<label\b[^<>]{0,200}>[ \t]*+)?<input\b(?P<attrs>[^<>]{0,300})>"
    r"[ \t]*+(?:</label>)?[^<\n.!?;:()\[\]]{0,30}+(?:</label>)?",
    re.I,
)


def unchosen(text: str) -> str:
    """``text`` with its forms' open choices blanked (the same length)."""
    if "<" not in text:
        return text
    groups: dict[str, list[re.Match[str]]] = {}
    for i in _CHOICE_INPUT.finditer(text):
        kind = (_attr(_TYPE_ATTR, i["attrs"], "t") or "").lower()
        if kind in ("radio", "checkbox"):
            groups.setdefault((_attr(_NAME_ATTR, i["attrs"], "n") or "").lower(), []).append(i)
    spans = [
        (i.start(), i.end())
        for found in groups.values()
        if not any(_flag("checked", i["attrs"]) for i in found)
        for i in found
    ]
    for s in _SELECT_TAG.finditer(text):
        options = list(_OPTION.finditer(s["body"]))
        if not any(_flag("selected", o["attrs"]) and not _flag("disabled", o["attrs"]) for o in options):
            spans.append((s.start(), s.end()))
    out = list(text)
    for start, end in spans:
        out[start:end] = " " * (end - start)
    return "".join(out)


# -- round 53 (fix-helper r53c): a value given by a diagram's structure ------------------------------
# Round 53 handed the gcd or the verdict over through a diagram written as text: a Graphviz edge from
# the gcd to its value, an arrow (inline, or under or over a number line) at the value, a tree's or a
# mindmap's leaf under its node, a tick in a table's row named for the question, a chart whose
# categories are the values, the common divisors written out as a set. Each is written again as the
# plain statement the answer readers read ("gcd(35, 64) = 1", "pgcd : 1", "premiers entre eux : oui",
# "pgcd(35, 64) = 1" for a set of common divisors); a node or a cell left open ("?", "…", empty), a
# cell offering both marks, a node whose label is a number alone (a factor tree of the data), an
# arrow's end that is no value (a step of a method), a question or a supposition read as nothing.
_SHORT_VALUE = re.compile(r"-?\d{1,9}|[^\W\d][\w' ]{0,30}")
_DOT_BLOCK = re.compile(r"^[ \t]*+(?:strict[ \t]++)?(?:di)?graph\b[^{\n]{0,60}\{", re.I | re.M)
# an edge's label that says the edge is an equality
_IS_LABEL = re.compile(
    r"|=|==|value|valeur|vaut|est|is|equals?|[eé]gale?|result|r[eé]sultat|gives|donne", re.I
)


_NUMERIC = re.compile(r"[-\d\s.,^×x*²³⁰-⁹]*+")
_EDGE_VALUE = re.compile(
    r"(?:(?:only|seulement|just|juste)[ \t]++)?\d{1,9}|oui|non|yes|no|true|false|vrai|faux", re.I
)


def _value_edge(p: str, q: str, short: re.Pattern[str] = _SHORT_VALUE) -> str | None:
    """ "p = q" where q is a value (a number or a few words) and p names a quantity (not a number
    alone, not an equation): a factor tree's "35" -> "5", Euclid's steps, an open "?" say nothing."""
    if "=" in p or "=" in q or _NUMERIC.fullmatch(p) or not short.fullmatch(q.strip()):
        return None
    return f"{p} = {q.strip()}"


def _graphviz(text: str) -> list[str]:
    out: list[str] = []
    for block in _DOT_BLOCK.finditer(text):
        body = text[block.end() : block.end() + 3000]
        body = body[: body.find("}")] if "}" in body else body
        for e in edges(body):
            if not _IS_LABEL.fullmatch(e.label):
                continue
            # a number or a verdict's word at the edge's end
            said = _value_edge(e.source, e.target, _EDGE_VALUE)
            out += [said] if said else []
    return out


_GCD = r"(?:pgcd|gcd|hcf|gcf|p\.g\.c\.d\.?)"
_ARROW = r"(?:->|-->|=>|⇒|→|⟶|⟹|➔|➜|➝|↦|⇢)"
_END = r"(?![\d.,]\d|\d|[ \t]*+[×*x/+^%-][ \t]*+\d)"
# an arrow from the gcd to a number: "PGCD(35, 64) ⟶ 1", "gcd → 1", "the gcd arrow points to 1"
_GCD_ARROW = re.compile(
    rf"(?<![\w]){_GCD}(?P<args>[ \t]*+\([ \t]*+\d{{1,9}}[ \t]*+[,;][ \t]*+\d{{1,9}}[ \t]*+\))?"
    rf"(?:[ \t]*+{_ARROW}[ \t]*+|(?:[ \t]++[\w']{{1,15}}){{0,2}}[ \t]++(?:points?|pointing|pointe)[ \t]++"
    r"(?:to|at|towards|vers|sur|a)[ \t]++)(?P<v>\d{1,9})" + _END,
    re.I,
)
# the same arrow drawn backwards: "1 ← PGCD", "1 <- gcd(35, 64)"
_GCD_BACK = re.compile(
    rf"(?<![\d.,])(?P<v>\d{{1,9}})[ \t]*+(?:<-|<--|⇐|←|⟵)[ \t]*+{_GCD}"
    r"(?P<args>[ \t]*+\([ \t]*+\d{1,9}[ \t]*+[,;][ \t]*+\d{1,9}[ \t]*+\))?",
    re.I,
)
_QUESTION_OR_IF = re.compile(
    r"\b(?:si|if|whether|suppose\w*|supposons|imagine|lorsque|when|quand|whose|dont|called|appel\w*|"
    r"(?:deux|two|any)[ \t]++(?:entiers|nombres|integers|numbers))\b",
    re.I,
)


def _told_at(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` tells it: no question mark after it, no
    supposition before it in the same sentence."""
    before = re.split(r"[.!?\n]", text[max(0, start - 200) : start])[-1]
    after = re.split(r"[.!\n]", text[end : end + 200])[0]
    return "?" not in after and not _QUESTION_OR_IF.search(before)


def _gcd_arrows(text: str) -> list[str]:
    return [
        f"pgcd{' '.join((m['args'] or '').split())} = {m['v']}"
        for m in [*_GCD_ARROW.finditer(text), *_GCD_BACK.finditer(text)]
        if _told_at(text, m.start(), m.end())
    ]


# an arrow under (↑ over a label) or over (a label over ↓) a number of a number line
_UP = re.compile(r"^(?P<pad>[ \t]*+)(?P<a>[↑⬆▲^])[ \t]*+(?P<l>[^\W\d][\w' ()]{0,30}?)[ \t]*+$")
_LABEL_UP = re.compile(r"^(?P<pad>[ \t]*+)(?P<l>[^\W\d][\w' ()]{0,30}?)[ \t]*+(?P<a>[↑⬆▲^])[ \t]*+$")
_DOWN = re.compile(r"^(?P<pad>[ \t]*+)(?P<a>[↓⬇▼]|v)[ \t]*+(?P<l>[^\W\d][\w' ()]{0,30}?)?[ \t]*+$")
_NUMBER_AT = re.compile(r"(?<![\d.,])\d{1,9}(?![\d.,]\d|\d)")  # a line's dashes are no minus signs


def _number_near(line: str, column: int) -> str | None:
    """The number of ``line`` nearest ``column`` (within 3 characters, closer than any other)."""
    found = sorted(
        (min(abs(column - m.start()), abs(column - (m.end() - 1))), m.group(0))
        for m in _NUMBER_AT.finditer(line)
    )
    if not found or found[0][0] > 3 or (len(found) > 1 and found[1][0] == found[0][0]):
        return None
    return found[0][1]


def _number_lines(text: str) -> list[str]:
    out = []
    lines = text.splitlines()[:2000]
    for i, line in enumerate(lines):
        up = _UP.match(line) or _LABEL_UP.match(line)
        if up and i > 0:
            value = _number_near(lines[i - 1], up.start("a"))
            out += [f"{up['l'].strip()} = {value}"] if value else []
        down = _DOWN.match(line)
        if down and i + 1 < len(lines):
            label = (down["l"] or "").strip() or (lines[i - 1].strip() if i > 0 else "")
            value = _number_near(lines[i + 1], down.start("a"))
            if value and re.fullmatch(r"[^\W\d][\w' ()]{0,30}", label):
                out.append(f"{label} = {value}")
    return out


# a tree drawn with ├── └── or a Mermaid mindmap: a node and its leaves ("Diviseurs communs : 1")
_TREE_PREFIX = re.compile(r"^[ \t│|├└`+\-─]*+")
_MINDMAP_SHAPE = re.compile(
    r"^\w{0,30}(?:\(\(|\)\)|\{\{|\[|\(|\))(?P<l>[^()\[\]{}]{1,60})(?:\)\)|\(\(|\}\}|\]|\)|\()$"
)


def _tree_nodes(lines: list[str], mindmap: bool) -> list[tuple[int, str]]:
    nodes = []
    for line in lines:
        if not line.strip():
            continue
        prefix = _TREE_PREFIX.match(line) if not mindmap else re.match(r"^[ \t]*+", line)
        depth = len(prefix.group(0)) if prefix else 0
        label = line[depth:].strip()
        if mindmap:
            shaped = _MINDMAP_SHAPE.match(label)
            label = shaped["l"].strip() if shaped else label
        nodes.append((depth, label))
    return nodes


def _leaves(nodes: list[tuple[int, str]]) -> list[str]:
    out = []
    for i, (depth, label) in enumerate(nodes):
        children = []
        for d, child in nodes[i + 1 :]:
            if d <= depth:
                break
            children.append((d, child))
        if not children or len({d for d, _ in children}) != 1 or _NUMERIC.fullmatch(label):
            continue  # no child, children with children of their own, a factor tree's number
        values = [c for _, c in children]
        if all(_SHORT_VALUE.fullmatch(v) and not _PLACEHOLDER.fullmatch(v) for v in values):
            said = _value_edge(label, ", ".join(values)) if len(values) == 1 else None
            out.append(said or f"{label} : {', '.join(values)}")
    return out


def _trees(text: str) -> list[str]:
    out: list[str] = []
    lines = text.splitlines()[:2000]
    for i, line in enumerate(lines):
        if re.fullmatch(r"(?<![ \t])[ \t]*+mindmap[ \t]*+", line):
            block = []
            for follow in lines[i + 1 :]:
                if not follow.strip() or follow.strip().startswith("```"):
                    break
                block.append(follow)
            out += _leaves(_tree_nodes(block, mindmap=True))
    start = None
    for i, line in enumerate([*lines, ""]):
        if re.match(r"^[ \t│|]*+[├└]", line):
            start = i - 1 if start is None else start
        elif start is not None and not re.match(r"^[ \t]*+[│|][ \t]*+$", line):
            out += _leaves(_tree_nodes(lines[max(start, 0) : i], mindmap=False))
            start = None
    return out


# a table's row named by words whose one other filled cell is a single mark
_TICKED = re.compile(rf"[{TICKS}]\ufe0f?|{TICKED_BOX}")
_CROSSED = re.compile(rf"[{CROSSES}]\ufe0f?")


def _ticked_rows(text: str) -> list[str]:
    out = []
    for line in text.splitlines()[:2000]:
        if line.count("│") + line.count("|") < 2:
            continue
        cells = [c.strip() for c in re.split(r"[│|┃]", line.strip().strip("│|┃"))]
        filled = [c for c in cells if c]
        if len(filled) == 2 and re.search(r"[^\W\d]", filled[0]):
            said = "oui" if _TICKED.fullmatch(filled[1]) else "non" if _CROSSED.fullmatch(filled[1]) else None
            out += [f"{filled[0]} : {said}"] if said else []
    return out


# a chart's categories and values: matplotlib's bar / barh / pie, a Mermaid pie, with their title
_PY_LIST = r"\[(?P<{0}>[^\[\]\n]{{0,300}})\]"
_PLT_BAR = re.compile(
    r"\b(?:plt|ax\w{0,3})\.(?:bar|barh)\([ \t]*+"
    + _PY_LIST.format("c")
    + r"[ \t]*+,[ \t]*+"
    + _PY_LIST.format("v")
)
_PLT_PIE = re.compile(
    r"\b(?:plt|ax\w{0,3})\.pie\([ \t]*+"
    + _PY_LIST.format("v")
    + r"[^\n]{0,100}?\blabels[ \t]*+=[ \t]*+"
    + _PY_LIST.format("c")
)
_PLT_TITLE = re.compile(
    r"\b(?:plt\.title|\w{1,10}\.set_title|plt\.suptitle)\([ \t]*+[\"'](?P<t>[^\"'\n]{1,80})[\"']"
)
_PIE_BLOCK = re.compile(
    r"^[ \t]*+pie\b(?:[ \t]++showData)?(?:[ \t]++title[ \t]++(?P<t>[^\n]{1,80}))?\n"
    r"(?P<body>(?:[ \t]*+\"[^\"\n]{1,40}\"[ \t]*+:[ \t]*+[\d.]{1,9}[ \t]*+\n?){1,20})",
    re.M,
)


def _items(text: str) -> list[str]:
    return [i.strip().strip("\"'").strip() for i in text.split(",") if i.strip()]


def _chart(title: str | None, categories: list[str], values: list[str]) -> list[str]:
    if not categories or len(categories) != len(values):
        return []
    # one category named by words: its value ("gcd" over 1); a chart of several is read elsewhere
    out = [
        said
        for c, v in zip(categories, values, strict=True)
        if len(categories) == 1 and (said := _value_edge(c, v))
    ]
    if title and all(_NUMBER_AT.fullmatch(c) for c in categories):
        out.append(f"{title.strip()} : {', '.join(categories)}")
    return out


def _plots(text: str) -> list[str]:
    out = []
    titles = [m["t"] for m in _PLT_TITLE.finditer(text)]
    title = titles[0] if len(titles) == 1 else None
    for m in [*_PLT_BAR.finditer(text), *_PLT_PIE.finditer(text)]:
        out += _chart(title, _items(m["c"]), _items(m["v"]))
    for m in _PIE_BLOCK.finditer(text):
        slices = re.findall(r"\"([^\"\n]{1,40})\"[ \t]*+:[ \t]*+([\d.]{1,9})", m["body"])
        out += _chart(m["t"], [c.strip() for c, _ in slices], [v for _, v in slices])
    return out


# the common divisors written out: "Div(35) ∩ Div(64) = {1}", "Diviseurs communs : 1 seulement",
# "common divisors of 35 and 64 = {1}" (the greatest of them is the gcd)
_DIV_SET = r"(?:div|d|diviseurs?[ \t]++de|divisors?[ \t]++of)[ \t]*+[(_]?[ \t]*+(?P<{0}>\d{{1,9}})[ \t]*+\)?"
_CAP = r"[ \t]*+(?:∩|⋂|&|\binter\b|\bintersect(?:ion)?\b)[ \t]*+"
_COMMON_OF = (
    r"(?:(?:les|the|leurs?|their)[ \t]++)?(?:seuls?[ \t]++|only[ \t]++)?"
    r"(?:diviseurs?[ \t]++communs?|communs?[ \t]++diviseurs?|common[ \t]++(?:divisors?|factors?))"
    r"(?:[ \t]++(?:de|of)[ \t]++(?P<x>\d{1,9})[ \t]++(?:et|and|&)[ \t]++(?P<y>\d{1,9}))?"
)
# a sign, not a verb: a sentence ("their only common divisor is 1") is the prose readers' (a definition's)
_IS = r"[ \t]*+(?:=|:|→|->|⟶)[ \t]*+"
_SET_VALUE = (
    r"(?:\{[ \t]*+(?P<s>\d{1,9}(?:[ \t]*+[,;][ \t]*+\d{1,9}){0,20})[ \t]*+\}"
    r"|(?:(?:only|seulement|uniquement|juste|just)[ \t]++)?"
    r"(?P<n>\d{1,9}(?:[ \t]*+(?:,|;|\bet\b|\band\b)[ \t]*+\d{1,9}){0,20})"
    r"(?:[ \t]++(?:seulement|only|uniquement|alone|tout[ \t]++seul))?)" + _END
)
_COMMON_SETS = (
    re.compile(rf"(?<![\w]){_DIV_SET.format('x')}{_CAP}{_DIV_SET.format('y')}{_IS}{_SET_VALUE}", re.I),
    re.compile(rf"(?<![\w]){_COMMON_OF}{_IS}{_SET_VALUE}", re.I),
)


_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


# Session 46 (fix-helper fair46): a Venn diagram of the two numbers' divisors drawn in text, its overlap the
# common divisors ("( 5, 7, 35 ( 1 ) 2, 4, 8 )": one list of numbers in brackets, a second one inside it, a
# third after it), or told in words in a prompt that names a Venn diagram or sets ("the intersection holds a
# single number, 1", « la zone commune contient 1 »): written "diviseurs communs : …" for common_divisors.
# An overlap left open ("( 5, 7 ( ? ) 2 )", "what is in the intersection?") or with no number gives none.
_NUMS = r"\d{1,9}(?:(?:[ \t]*+[,;][ \t]*+|[ \t]++)\d{1,9}){0,40}"
_VENN_DRAWN = re.compile(
    rf"[(\[][ \t]*+{_NUMS}[ \t]*+[(\[][ \t]*+(?P<c>{_NUMS})[ \t]*+[)\]][ \t]*+{_NUMS}[ \t]*+[)\]]"
)
_VENN_NAMED = re.compile(r"\b(?:venn|ensembles?|sets?|patates?)\b", re.I)
_VENN_OVERLAP = re.compile(
    r"\b(?:intersection|overlap(?:ping)?|chevauchement|zone[ \t]++commune|partie[ \t]++commune|"
    r"zone[ \t]++centrale|partie[ \t]++centrale|middle|milieu)\b",
    re.I,
)
_VENN_TOLD = re.compile(
    r"\b(?:contient|contiennent|renferme|compte|holds?|contains?|has|is|est|vaut)\b|[=:]", re.I
)


def _venn(text: str) -> list[str]:
    out = [f"diviseurs communs : {m['c']}" for m in _VENN_DRAWN.finditer(text[:20_000])]
    if not _VENN_NAMED.search(text):
        return out
    for m in _VENN_OVERLAP.finditer(text[:20_000]):
        sentence = re.split(r"[.!?\n](?!\d)", text[m.end() : m.end() + 200])[0]
        told = _VENN_TOLD.search(sentence)
        numbers = re.findall(r"(?<![\w.,])\d{1,9}(?![\w.,]\d)", sentence[told.end() :]) if told else []
        if numbers and _told_at(text, m.start(), m.end() + len(sentence)):
            out.append(f"diviseurs communs : {', '.join(numbers)}")
    return out


def common_divisors(text: str) -> list[str]:
    """The gcd a told set of common divisors gives ("pgcd(35, 64) = 1"; "pgcd = 1" with no pair named)."""
    out = []
    text = text.translate(_SUBSCRIPTS)  # D₃₅ ∩ D₆₄
    for m in (m for pattern in _COMMON_SETS for m in pattern.finditer(text)):
        numbers = [int(n) for n in re.findall(r"\d{1,9}", m["s"] or m["n"] or "")]
        if not numbers or 1 not in numbers or not _told_at(text, m.start(), m.end()):
            continue
        a, b = m["x"], m["y"]
        out.append(f"pgcd({a}, {b}) = {max(numbers)}" if a and b else f"pgcd = {max(numbers)}")
    return out


def diagrams(text: str) -> list[str]:
    """What ``text``'s diagrams give, each in plain words and signs (round 53); the common divisors
    read in the prompt and in what its diagrams give."""
    drawn = [
        *_graphviz(text),
        *_gcd_arrows(text),
        *_number_lines(text),
        *_trees(text),
        *_ticked_rows(text),
        *_plots(text),
    ]
    return [*drawn, *common_divisors("\n".join([text, *drawn, *_venn(text)]))]


# -- typed fields with one value (fix-helper fix58, round 58) ----------------------------------
# A field a type or schema declaration gives one value: a Python/Pydantic ``Literal`` of one value
# (``b: Literal[-10]``), a typed default (``b: int = -10``, GraphQL ``b: Int = -10``, ``Field(default=-10)``),
# a protobuf default (``int32 ordonnee_origine = 2 [default = -10];``), an XSD element's or attribute's
# ``fixed`` or ``default`` value, an SQL column's ``DEFAULT`` or a ``CHECK (b = -10)``: read as
# "name = value", the value a JSON Schema's const pins (evaluate._pinned). A ``Literal`` of several values
# (``Literal["oui", "non"]``), a field with a type alone, an XSD facet or an SQL ``IN`` list pin nothing.
_FIELD_VALUE = r"(?P<v>-?\d{1,9}(?:\.\d{1,6})?|\"[^\"\n]{1,60}\"|'[^'\n]{1,60}')"
_TYPED_FIELDS = [
    re.compile(  # Literal[-10]
        rf"(?<![\w.])(?P<n>[A-Za-z_]\w{{0,40}})[ \t]*+:[ \t]*+(?:typing\."
        rf"|t\.)?Literal\[[ \t]*+{_FIELD_VALUE}[ \t]*+\]"
    ),
    re.compile(  # b: int = -10, b: Int = -10, b: int = Field(default=-10)
        r"(?<![\w.])(?P<n>[A-Za-z_]\w{0,40})[ \t]*+:[ \t]*+(?:int"
        r"|integer|float|number|decimal|str|string|bool|"
        r"Int|Integer|Float|Number|Decimal|String|Double|Long|entier)(?![\w\[])[ \t]*+=[ \t]*+"
        rf"(?:Field\([ \t]*+(?:default[ \t]*+=[ \t]*+)?)?{_FIELD_VALUE}"
    ),
    re.compile(  # protobuf: int32 b = 2 [default = -10]
        r"(?<![\w.])(?P<n>[A-Za-z_]\w{0,40})[ \t]*+=[ \t]*+\d{1,4}[ \t]*+\[[ \t]*+default[ \t]*+=[ \t]*+"
        rf"{_FIELD_VALUE}[ \t]*+\]"
    ),
    re.compile(  # SQL: b INTEGER DEFAULT -10
        r"(?<![\w.])(?P<n>[A-Za-z_]\w{0,40})[ \t]++(?:INT|INTEGER"
        r"|SMALLINT|BIGINT|NUMERIC|DECIMAL|REAL|FLOAT|TEXT|"
        r"VARCHAR|CHAR|BOOLEAN)(?:\(\d{1,4}\))?(?:[ \t]++NOT[ \t]++NULL)?[ \t]++DEFAULT[ \t]++"
        rf"\(?{_FIELD_VALUE}",
        re.I,
    ),
    re.compile(  # SQL: CHECK (b = -10)
        rf"\bCHECK[ \t]*+\([ \t]*+(?P<n>[A-Za-z_]\w{{0,40}})[ \t]*+=[ \t]*+{_FIELD_VALUE}[ \t]*+\)",
        re.I,
    ),
]
_XSD_TAG = re.compile(r"<(?:xs:|xsd:)?(?:element|attribute)\b(?P<attrs>[^<>]{1,300})>")
_XSD_NAME = re.compile(r"\bname[ \t]*+=[ \t]*+[\"'](?P<v>[^\"'\n]{1,60})[\"']")
_XSD_VALUE = re.compile(r"\b(?:fixed|default)[ \t]*+=[ \t]*+[\"'](?P<v>[^\"'\n]{1,60})[\"']")


def typed_fields(text: str) -> list[tuple[str, str]]:
    """Each (name, value) a type or schema declaration of ``text`` fixes (see :data:`_TYPED_FIELDS`)."""
    found = []
    for pattern in _TYPED_FIELDS:
        for m in list(pattern.finditer(text))[:MAX_RECORDS]:
            found.append((m["n"], m["v"].strip("\"'")))
    for m in list(_XSD_TAG.finditer(text))[:MAX_RECORDS]:
        name, value = _XSD_NAME.search(m["attrs"]), _XSD_VALUE.search(m["attrs"])
        if name and value:
            found.append((name["v"], value["v"]))
    return found


def _typed(text: str) -> list[str]:
    from workshop.prompts.encoded import _named as named  # noqa: PLC0415 - encoded imports this module

    return [f"{named(_words(n))} = {v}" for n, v in typed_fields(text) if _words(n)]


# -- a grammar that spells one output (fix-helper fix58, round 58) -----------------------------
# GBNF/EBNF rules ("root ::= "{\"reviews\": [" avis1 ", " avis2 "]}" ; avis1 ::= "{\"id\": 1, …}"") whose
# every rule is a sequence of string literals and rule names (no alternative, no class, no repetition)
# spell one output: the root rule expanded, its literals unescaped, is that output, read as any text of
# the prompt is (a whole JSON answer, a value). A rule with an alternative or a class leaves a choice.
_RULE = re.compile(
    r"(?<![\w-])(?P<name>[A-Za-z_][\w-]{0,40}+)[ \t]*+::=[ \t]*+(?P<body>(?:\"(?:[^\"\\\n]"
    r"|\\.)*+\"|[^\"\n;])*+)")
# Any other symbol ends the reading (a choice): it takes the rest of its line, so that a body of many such
# symbols is one match, not one a character (a scan's growth of one match object a character).
_SYMBOL = re.compile(r"\"(?P<lit>(?:[^\"\\\n]|\\.)*+)\"|(?P<ref>[A-Za-z_][\w-]{0,40}+)|(?P<other>\S[^\n]*+)")
MAX_RULES = 60


def _expanded(name: str, rules: dict[str, list[tuple[str, str]]], depth: int = 0) -> str | None:
    if depth > 12 or name not in rules:
        return None
    out = []
    for kind, value in rules[name]:
        if kind == "lit":
            out.append(re.sub(r"\\(.)", r"\1", value))
        else:
            inner = _expanded(value, rules, depth + 1)
            if inner is None:
                return None
            out.append(inner)
    return "".join(out)


def _grammars(text: str) -> list[str]:
    rules: dict[str, list[tuple[str, str]]] = {}
    first = None
    for m in list(_RULE.finditer(text))[:MAX_RULES]:
        symbols: list[tuple[str, str]] = []
        for sym in _SYMBOL.finditer(m["body"]):
            if sym["other"] is not None:
                symbols = []
                break  # an alternative, a class, a repetition: a choice
            symbols.append(("lit", sym["lit"]) if sym["lit"] is not None else ("ref", sym["ref"]))
        if symbols:
            rules.setdefault(m["name"], symbols)
            first = first or m["name"]
    whole = _expanded(first, rules) if first else None
    return [whole] if whole and len(rules) > 1 else []


# -- machine-learning outputs (fix-helper fix60, round 60) -------------------------------------
# Round 60 handed the answer over through machine-learning artefacts pasted in the prompt. Each is
# read as the value it names: scored options as the option with the best score (a list of records
# with a label and a logprob, logit, score or probability, OpenAI's top_logprobs, a mapping of labels
# to scores after "logits"/"top_logprobs"/"scores", a score array over a list of labels or classes),
# per item ("avis 2 : negative") where the records carry an item's number or, as a pipeline's one
# record per input, probabilities adding up to more than one; a model output's answer field
# ('answer': '1 sœur'); fitted coefficients named coef_, intercept_, slope, bias, weight, and a
# polyfit array in order (slope, intercept), float noise rounded ("-10.000000000000004" is -10); a
# token list joined back into its text. Sampling and evaluation settings in a run (n=1, seed=2024,
# temperature=0) state nothing: :func:`settings_blanked` takes their values away, as it takes a
# verdict's word naming a tool ("our coprime classifier") away.
# Limits: a score array's labels only after labels/classes/classe(s)/options/choices, as many as
# scores; a record only flat (no braces inside) and on one line; a token list only with a token
# starting with a blank, Ġ, ▁ or ##, or the word token just before it.
_ML_QUOTED = r"(?:\"[^\"\n]{1,40}\"|'[^'\n]{1,40}')"
_ML_FLOAT = r"-?\d{1,6}(?:\.\d{0,20})?(?:[eE]-?\d{1,3})?"
_ML_RECORD = re.compile(r"\{(?P<body>[^{}\n]{1,300})\}")
_ML_MEMBER = re.compile(
    rf"(?P<k>{_ML_QUOTED}|(?<![\w\"'])[A-Za-z_]\w{{0,30}})[ \t]*+:[ \t]*+"
    rf"(?P<v>{_ML_QUOTED}|{_ML_FLOAT}(?!\w|\.\d))"
)
_ML_SCORE_KEY = re.compile(
    r"logprob|log_prob|logit|logits|score|prob|probability|proba|probabilite|confidence|confiance|p"
)
_ML_LOG_KEY = re.compile(r"logprob|log_prob|logit|logits")
_ML_LABEL_KEY = re.compile(
    r"token|label|class|classe|text|option|choice|etiquette|category|categorie|sentiment|answer|reponse"
)
_ML_ITEM_KEY = re.compile(r"review|avis|item|index|idx|id|no|num|number|numero|input|doc")
_ML_ANSWER_KEY = re.compile(
    r"answer|reponse|prediction|predicted|predicted_label|pred|generated_text|output_text|completion"
)
_ML_SCORED_MAP = re.compile(
    r"(?:top_logprobs|logprobs|logits|scores|probs|probabilities|probas|proba|softmax|distribution)"
    r"[\"']?[ \t]*+[:=][ \t]*+$"
)
_ML_ITEM_BEFORE = re.compile(
    r"[\"']?(?:review|avis|item|index|idx|id|input|doc)[\"']?[ \t]*+:[ \t]*+(?P<n>\d{1,2})(?!\d)"
    r"[^{}]{0,100}+$"
)


def _ml_value(raw: str) -> str:
    return raw.strip().strip("\"'").strip()


def _ml_number(raw: str) -> float | None:
    try:
        return float(raw)
    except ValueError:
        return None


def _ml_rounded(value: float) -> str:
    """A fitted value without its float noise ("-10.000000000000004" is -10)."""
    if abs(value - round(value)) < 1e-6:
        return str(int(round(value)))
    return f"{round(value, 6):g}"


def _ml_members(body: str) -> list[tuple[str, str]]:
    return [(_words(m["k"]).replace(" ", "_"), _ml_value(m["v"])) for m in _ML_MEMBER.finditer(body)]


def _ml_best(scored: list[tuple[str, float]]) -> str | None:
    if len(scored) < 2:
        return None
    best = max(score for _, score in scored)
    top = [label for label, score in scored if score == best]
    return top[0] if len(top) == 1 else None


def _ml_group(group: list[tuple[str | None, str, str, float]]) -> list[str]:
    """A list of scored records (item, label, score key, score) read as its best label, or per item."""
    if len(group) == 1:
        return [f"answer: {group[0][1]}"]  # one scored record: a pipeline's answer
    if any(item is not None for item, _, _, _ in group):
        return [f"avis {item} : {label}" for item, label, _, _ in group if item is not None]
    logs = any(_ML_LOG_KEY.fullmatch(key) for _, _, key, _ in group)
    if not logs and len(group) >= 2 and sum(score for *_, score in group) > 1.05:
        return [f"avis {i} : {label}" for i, (_, label, _, _) in enumerate(group, 1)]
    best = _ml_best([(label, score) for _, label, _, score in group])
    return [f"answer: {best}"] if best else []


def _ml_records(text: str) -> list[str]:
    out: list[str] = []
    group: list[tuple[str | None, str, str, float]] = []
    last_end = -1
    for m in list(_ML_RECORD.finditer(text))[:MAX_RECORDS]:
        members = _ml_members(m["body"])
        before = text[max(0, m.start() - 60) : m.start()]
        if _ML_SCORED_MAP.search(before) and len(members) >= 2:
            scores = [(k, n) for k, v in members if (n := _ml_number(v)) is not None]
            best = _ml_best(scores) if len(scores) == len(members) else None
            if best:
                told = _ML_ITEM_BEFORE.search(text[max(0, m.start() - 160) : m.start()])
                out.append(f"avis {told['n']} : {best}" if told else f"answer: {best}")
            continue
        keys = dict(members)
        label = next((v for k, v in members if _ML_LABEL_KEY.fullmatch(k)), None)
        score_key = next(
            (k for k, v in members if _ML_SCORE_KEY.fullmatch(k) and _ml_number(v) is not None), None
        )
        item = next(
            (v for k, v in members if _ML_ITEM_KEY.fullmatch(k) and re.fullmatch(r"\d{1,2}", v)), None
        )
        if label is not None and score_key is not None and _cell(label) is not None:
            if group and not re.fullmatch(r"[\s,\]\[]*+", text[last_end : m.start()]):
                out += _ml_group(group)
                group = []
            group.append((item, label, score_key, float(keys[score_key])))
            last_end = m.end()
            continue
        answer = next((v for k, v in members if _ML_ANSWER_KEY.fullmatch(k)), None)
        if answer is not None and (cell := _cell(answer)) is not None:
            out.append(f"avis {item} : {cell}" if item else f"answer: {cell}")
    if group:
        out += _ml_group(group)
    return out


_ML_SCORE_ARRAY = re.compile(
    r"(?<![\w.])(?:logits|logprobs|scores|probs|probabilities|probabilites|probabilités|probas|proba"
    r"|predict_proba\([^()\n]{0,60}\)|softmax\([^()\n]{0,60}\))[\"']?[ \t]*+(?:[:=]|→|->|=>)?[ \t]*+"
    r"(?:(?:np\.)?array\(|tensor\()?\[{1,2}(?P<v>[-\d.eE, \t]{1,300})\]",
    re.I,
)
_ML_LABELS = re.compile(
    r"(?<![\w.])(?:[A-Za-z_]\w{0,20}\.)?(?:labels|classes_|classes|class_names|candidate_labels|classe|etiquettes"
    r"|étiquettes|options|choices)"
    r"[\"']?[ \t]*+(?:[:=]|→)?[ \t]*+(?:\[(?P<l>[^\[\]\n]{1,300})\]|(?P<p>[^()\[\]\n.;:=]{1,200}))",
    re.I,
)
_ML_IN_ORDER = re.compile(
    r"(?:dans|in)[ \t]++(?:cet|this|that|the[ \t]++same|le[ \t]++meme|le[ \t]++même)[ \t]++ord\w*+", re.I
)


def _ml_arrays(text: str) -> list[str]:
    out = []
    labelled = [
        [_ml_value(item) for item in re.split(r",|[ \t]and[ \t]|[ \t]et[ \t]", m["l"] or m["p"])]
        for m in list(_ML_LABELS.finditer(text))[:MAX_RECORDS]
    ]
    labelled = [[item for item in items if item and not _ML_IN_ORDER.fullmatch(item)] for items in labelled]
    for m in list(_ML_SCORE_ARRAY.finditer(text))[:MAX_RECORDS]:
        scores = [float(n) for n in re.findall(_ML_FLOAT, m["v"])]
        for labels in labelled:
            if len(labels) == len(scores) >= 2:
                best = _ml_best(list(zip(labels, scores, strict=True)))
                if best:
                    out.append(f"answer: {best}")
                break
    return out


_ML_COEF = re.compile(
    r"(?<![\w])(?:[A-Za-z_]\w{0,20}\.)?(?P<n>coef_|intercept_|slope|intercept|bias|weight|weights|pente|biais)"
    r"[\"']?[ \t]*+(?:[:=]|→|->|=>|==)[ \t]*+(?:(?:np\.)?array\(|tensor\()?\[{0,2}[ \t]*+"
    rf"(?P<v>{_ML_FLOAT})(?!\w|\.\d)",
    re.I,
)
_ML_POLYFIT = re.compile(r"polyfit\([^()\n]{0,200}\)")
_ML_ARRAY = re.compile(r"\[[ \t]*+(?P<v>-?[\d.][-\d.eE, \t]{0,100})\]")


def _ml_fitted(text: str) -> list[str]:
    found: dict[str, str] = {}
    for m in list(_ML_COEF.finditer(text))[:MAX_RECORDS]:
        letter = "b" if re.match(r"intercept|bias|biais", m["n"], re.I) else "a"
        found.setdefault(letter, _ml_rounded(float(m["v"])))
    for m in list(_ML_POLYFIT.finditer(text))[:MAX_RECORDS]:
        array = _ML_ARRAY.search(text[m.end() : m.end() + 160])
        values = re.findall(_ML_FLOAT, array["v"]) if array else []
        if len(values) == 2:
            found.setdefault("a", _ml_rounded(float(values[0])))
            found.setdefault("b", _ml_rounded(float(values[1])))
    out = [f"{letter} = {value}" for letter, value in sorted(found.items())]
    if len(found) == 2:
        b = found["b"]
        out.append(f"y = {found['a']}x {'- ' + b[1:] if b.startswith('-') else '+ ' + b}")
    return out


_ML_TOKEN = r"(?:\"[^\"\n]{0,20}\"|'[^'\n]{0,20}')"
_ML_TOKENS = re.compile(rf"\[[ \t]*+(?P<l>{_ML_TOKEN}(?:[ \t]*+,[ \t]*+{_ML_TOKEN}){{2,60}})[ \t]*+\]")


def _ml_tokens(text: str) -> list[str]:
    out = []
    for m in list(_ML_TOKENS.finditer(text))[:MAX_RECORDS]:
        tokens = [t[1:-1] for t in re.findall(_ML_TOKEN, m["l"])]
        marked = any(t.startswith((" ", "Ġ", "▁", "##")) for t in tokens)
        if not marked and not re.search(r"token", text[max(0, m.start() - 80) : m.start()], re.I):
            continue
        joined = "".join(
            t[2:] if t.startswith("##") else t.replace("Ġ", " ").replace("▁", " ") for t in tokens
        )
        if joined.strip():
            out.append(joined.strip())
    return out


def ml_outputs(text: str) -> list[str]:
    """What ``text``'s machine-learning outputs give, each in plain words and signs (round 60)."""
    return [*_ml_records(text), *_ml_arrays(text), *_ml_fitted(text), *_ml_tokens(text)]


_ML_SETTING = (
    r"(?:n|k|seed|temperature|temp|top_k|top_p|max_tokens|max_new_tokens|num_beams|num_return_sequences"
    r"|best_of|random_state|top_logprobs|logprobs|presence_penalty|frequency_penalty|epochs|batch_size)"
)
_ML_SETTINGS = re.compile(
    rf"(?<![\w.]){_ML_SETTING}[ \t]*+[=:][ \t]*+-?\d{{1,6}}(?:\.\d{{1,6}})?(?!\w|\.\d)"
    rf"(?:[ \t]*+[,;][ \t]*+{_ML_SETTING}[ \t]*+[=:][ \t]*+-?\d{{1,6}}(?:\.\d{{1,6}})?(?!\w|\.\d))++"
)
_ML_TOOL_VERDICT = re.compile(
    r"(?<![\w-])(?:coprime|co-prime|coprimality|relatively[ \t]++prime|positive|negative|neutral)[ \t]++"
    r"(?=(?:classifier|model|detector|checker|predictor|tester|network|bot)s?\b)"
    r"|(?<![\w-])(?P<tool>classifieur|détecteur|detecteur|prédicteur|predicteur)[ \t]++(?:de[ \t]++)?"
    r"(?:nombres[ \t]++)?(?:premiers[ \t]++entre[ \t]++eux|copremiers)",
    re.I,
)


def settings_blanked(text: str) -> str:
    """``text`` with its runs of sampling settings (n=1, seed=2024, temperature=0: two or more, one of
    them not a bare n or k) written as their names only, and a verdict's word naming a tool ("our
    coprime classifier") taken away: they state nothing (round 60)."""

    def names(m: re.Match[str]) -> str:
        found = re.findall(r"[A-Za-z_]++", m[0])
        return ", ".join(found) if any(n not in ("n", "k") for n in found) else m[0]

    return _ML_TOOL_VERDICT.sub(lambda m: m["tool"] or "", _ML_SETTINGS.sub(names, text))


def pieces(text: str) -> list[str]:
    """The values of ``text``'s technical artefacts, each in plain words and signs."""
    return [
        *_affine(text),
        *_charts(text),
        *_flowcharts(text),
        *_csv(text),
        *_sql_results(text),
        *_inserts(text),
        *_yaml(text),
        *_logs(text),
        *_html(text),
        *diagrams(text),  # round 53
        *_typed(text),  # round 58
        *_grammars(text),  # round 58
        *ml_outputs(text),  # round 60
    ]
