"""Values a tool, a shell or an agent's step hands back, read as prose (issue 11, round 50).

Round 50 handed the answer over as the output of a call the prompt shows on the task's own
quantities: an agent's ``Action: sympy.gcd(35, 64)`` then ``Observation: 1``; a notebook's
``In [4]: y0 - a*x0`` then ``Out[4]: -10`` (its variables set in an earlier cell); a function
call's JSON (``{"tool": "calculator", "expression": "10 - 4*5"}`` then ``{"result": -10}``); a
pipeline state's named value (``"b_solved": -10``: :func:`workshop.prompts.encoded._json_members`);
a family lookup whose girls are listed by name (``{"girls": ["Caroline", "Emma"]}``); another
model's labels as sign codes per review (``[{"n": 1, "s": "+"}, {"n": 2, "s": "-"}, ...]``).

Like :mod:`workshop.prompts.artefacts` (both called by :func:`workshop.prompts.encoded.decoded`),
nothing here decides a dictation: each output is written again in the plain form the answer
readers read, one piece a line ("10 - 4*5 = -10", "sympy.gcd(35, 64) = 1", "35 and 64 are
coprime", "soeurs de caroline = 1", "avis 2 : negative"), and the prompt is read again with
those lines before it. A call with no result yet, a result of another computation ("3*7 = 21",
"gcd(36, 64) = 4"), an output of the data only, a list of the brothers, null or placeholder
values, codes given as a legend (codes as keys, no review) read as nothing the answer is.

Limits: a result is paired with the last call before it, at most :data:`MAX_GAP` lines up (an
``Out[n]`` with its ``In [n]``); it is a number, a yes/no, a list of names or a JSON object
(its ``result``-like member read); a call's variables are put in only from plain assignments
(``a = 4; x0, y0 = 5, 10``) or a JSON object of numbers beside it; a list of people is read only
under a key naming girls or sisters, by capitalised names, the subject counted out when the data
names her; sign codes only in a JSON (or Python) literal that ties two reviews or more, by
number, to two codes or more (``+ - 0 =``, ``P N U``, 👍 👎 😐, scores -1, 0, 1)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from workshop.prompts.checks import MAX_JSON_DEPTH, json_depth
from workshop.prompts.text import fold, strip_accents

MAX_LINES = 400
MAX_GAP = 8  # lines between a call and its result
MAX_LITERALS = 64  # "[" and "{" tried as the start of a literal
MAX_LITERAL_CHARS = 4000

# -- literals: JSON, or Python's repr of a dict or a list ------------------------------------------
_PY_WORDS = {"True": "true", "False": "false", "None": "null"}
_PY_WORD = re.compile(r"\b(?:True|False|None)\b")


def _literal(text: str) -> tuple[Any, int] | None:
    """The JSON value (or Python literal of str, numbers, booleans, lists and dicts) at the start
    of ``text``, and its length; None when there is none."""
    window = text[:MAX_LITERAL_CHARS]
    if json_depth(window) > MAX_JSON_DEPTH:
        return None
    decoder = json.JSONDecoder()
    try:
        return decoder.raw_decode(window)
    except (ValueError, RecursionError):
        pass
    if "'" not in window or '"' in window.split("\n", 1)[0]:
        return None
    # Python's repr: single quotes made double (none inside a string), True/False/None
    line = window.split("\n", 1)[0]
    converted = _PY_WORD.sub(lambda m: _PY_WORDS[m.group(0)], line.replace("'", '"'))
    try:
        value, end = decoder.raw_decode(converted)
    except (ValueError, RecursionError):
        return None
    return value, end


def literals(text: str) -> Iterator[tuple[int, int, Any]]:
    """Each JSON or Python literal (an object or an array) written in ``text``: (start, end, value),
    from its first :data:`MAX_LITERALS` openers not inside one found already."""
    covered = 0
    for tried, m in enumerate(re.finditer(r"[{\[]", text)):
        if tried >= MAX_LITERALS:
            break
        if m.start() < covered:
            continue
        found = _literal(text[m.start() :])
        if found is None:
            continue
        value, length = found
        if isinstance(value, dict | list):
            covered = m.start() + length
            yield m.start(), covered, value


def _members(value: Any, path: str = "", depth: int = 0) -> Iterator[tuple[str, Any]]:
    """(its key after its parents' keys, value) of each member of ``value``'s objects, nested
    ones included (``{"caroline": {"sisters": [..]}}``: "caroline sisters")."""
    if depth > MAX_JSON_DEPTH:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            named = f"{path} {key}".strip()
            yield named, item
            yield from _members(item, named, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _members(item, path, depth + 1)


# -- a call and its result -------------------------------------------------------------------------
# Tags of a chat template's tool turns, each made a line of its own kind first.
_CALL_TAG = re.compile(r"<(?:tool_call|function_call|tool_use|action)>", re.I)
_RESULT_TAG = re.compile(
    r"<(?:tool_response|tool_result|function_response|function_result|observation|output)>", re.I
)
_CLOSING_TAG = re.compile(
    r"</(?:tool_call|function_call|tool_use|action|tool_response|tool_result|function_response"
    r"|function_result|observation|output)>",
    re.I,
)
_CALL_HEAD = re.compile(
    r"^[ \t]*+\[?[ \t]*+(?:action|appel(?:[ \t]++(?:d'outil|de[ \t]++fonction|de[ \t]++l'outil"
    r"|a[ \t]++l'outil))?|(?:tool|function)[ \t]++call|call|invocation|outil[ \t]++appele|tool[ \t]++used)"
    r"[ \t]*+(?:\([^()\n]{0,30}\)[ \t]*+)?\]?[ \t]*+:?[ \t]*+(?P<c>\S[^\n]*+)$",
    re.I,
)
_INPUT_HEAD = re.compile(
    r"^[ \t]*+(?:action[ \t]++input|entree[ \t]++de[ \t]++l'action|tool[ \t]++input"
    r"|entree[ \t]++de[ \t]++l'outil)[ \t]*+:[ \t]*+(?P<c>\S[^\n]*+)$",
    re.I,
)
_RESULT_HEAD = re.compile(
    r"^[ \t]*+\[?[ \t]*+(?:observation|resultat(?:[ \t]++(?:d'outil|de[ \t]++l'outil"
    r"|de[ \t]++la[ \t]++fonction|du[ \t]++calcul|de[ \t]++l'appel))?|result|output|sortie|retour|returns?"
    r"|returned|renvoie"
    r"|(?:tool|function)[ \t]++(?:result|output|response|returned)|reponse[ \t]++de[ \t]++l'outil)"
    r"[ \t]*+(?:\([^()\n]{0,30}\)[ \t]*+)?\]?[ \t]*+:?[ \t]*+(?P<v>\S[^\n]*+)$",
    re.I,
)
_IN = re.compile(r"^[ \t]*+In[ \t]*+\[[ \t]*+(?P<n>\d{1,4})[ \t]*+\][ \t]*+:[ \t]*+(?P<c>[^\n]*+)$")
_OUT = re.compile(r"^[ \t]*+Out[ \t]*+\[[ \t]*+(?P<n>\d{1,4})[ \t]*+\][ \t]*+:[ \t]*+(?P<v>\S[^\n]*+)$")
_SETS = re.compile(r"^[A-Za-z_][\w, \t]{0,80}+=(?!=)")  # an assignment: no value shown
_REPL = re.compile(r"^[ \t]*+>>>[ \t]++(?P<c>\S[^\n]*+)$")

_NUMBER = re.compile(r"[-+]?\d{1,9}(?:[.,]\d{1,6})?")
_BOOLEAN = {
    "true": True, "vrai": True, "yes": True, "oui": True,
    "false": False, "faux": False, "no": False, "non": False,
}  # fmt: skip
_NAME_ITEM = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'-]{1,20}")
# a JSON object's members that hold a call's expression, its name, its arguments, its result
_EXPRESSION_KEYS = re.compile(r"expression|expr|input|entree|calcul|code|formula|formule|query|requete")
_NAME_KEYS = re.compile(r"tool|name|function|outil|fonction|nom")
_ARGUMENT_KEYS = re.compile(r"arguments|args|parameters|params|parametres|with|variables|env|inputs")
_RESULT_KEYS = re.compile(
    r"result|results|output|value|return|returns|resultat|sortie|valeur|retour|observation|response|reponse"
)


def _key(key: str) -> str:
    return strip_accents(key).lower().strip()


def _value(text: str) -> Any:
    """A result's value: a number (as written), a yes/no (a bool), a literal; None otherwise."""
    text = text.strip().strip("`").strip()
    if text[:1] in "[{":
        found = _literal(text)
        return found[0] if found else None
    bare = text.strip("\"'").strip().rstrip(".")
    if _NUMBER.fullmatch(bare):
        return bare.replace(",", ".")
    return _BOOLEAN.get(bare.lower())


def _result_of(obj: dict[str, Any]) -> Any:
    """The result a JSON object carries: its ``result``-like member's scalar."""
    for key, item in obj.items():
        if _RESULT_KEYS.fullmatch(_key(key)) and not isinstance(item, dict):
            if isinstance(item, bool) or isinstance(item, list):
                return item
            if isinstance(item, int | float):
                return str(item)
            if isinstance(item, str):
                return _value(item)
    return None


def _call_of(obj: dict[str, Any], env: dict[str, str]) -> str | None:
    """The call a JSON object describes: its expression, or its name and arguments; the
    numbers of its argument objects are put in ``env``."""
    name = expression = None
    args: list[str] = []
    for key, item in obj.items():
        k = _key(key)
        if isinstance(item, dict) and _NAME_KEYS.fullmatch(k):  # {"function": {"name": .., "arguments": ..}}
            return _call_of(item, env)
        if isinstance(item, str) and _EXPRESSION_KEYS.fullmatch(k) and item.strip():
            expression = item.strip()
        elif isinstance(item, str) and _NAME_KEYS.fullmatch(k):
            name = item.strip()
        elif _ARGUMENT_KEYS.fullmatch(k):
            if isinstance(item, str) and item.strip()[:1] == "{":  # OpenAI's arguments, a JSON string
                found = _literal(item.strip())
                item = found[0] if found else item
            if isinstance(item, dict):
                for arg, v in item.items():
                    if isinstance(v, str) and _EXPRESSION_KEYS.fullmatch(_key(arg)):
                        expression = v.strip()
                    elif isinstance(v, int | float) and not isinstance(v, bool):
                        env[str(arg)] = str(v)
                        args.append(str(v))
                    elif isinstance(v, str) and v.strip():
                        args.append(v.strip())
            elif isinstance(item, list):
                args += [str(v) for v in item if isinstance(v, int | float | str) and not isinstance(v, bool)]
            elif isinstance(item, str) and item.strip():
                args.append(item.strip())
    if expression:
        return expression
    if name and args:
        return f"{name}({', '.join(args)})"
    return None


_CALL = re.compile(r"^(?P<name>[A-Za-z_][\w.]{0,60}+)[ \t]*+\((?P<args>[^()\n]{0,200}+)\)$")
_KEYWORD = re.compile(r"^[A-Za-z_]\w{0,30}+[ \t]*+=(?!=)[ \t]*+")
_OPERATOR = re.compile(r"[-+*/×÷%^]")


def _text_call(text: str) -> str:
    """A call written as text, its keyword names dropped and a single quoted expression taken
    as the call (``calculer(expression="10 - 4 × 5")`` is "10 - 4 × 5")."""
    text = text.strip().rstrip(";").strip()
    m = _CALL.match(text)
    if not m:
        return text
    args = [_KEYWORD.sub("", a.strip()) for a in m["args"].split(",")] if m["args"].strip() else []
    if len(args) == 1 and args[0][:1] in "\"'" and _OPERATOR.search(args[0]):
        return args[0].strip("\"'")
    return f"{m['name']}({', '.join(args)})"


# -- assignments: a = 4; x0, y0 = 5, 10 ------------------------------------------------------------
_ASSIGNMENT = re.compile(
    r"^[ \t]*+(?P<names>[A-Za-z_]\w{0,30}+(?:[ \t]*+,[ \t]*+[A-Za-z_]\w{0,30}+){0,5})[ \t]*+=(?!=)"
    r"[ \t]*+(?P<values>[-+]?\d{1,9}(?:\.\d{1,6})?(?:[ \t]*+,[ \t]*+[-+]?\d{1,9}(?:\.\d{1,6})?){0,5})[ \t]*+$"
)


def _assign(code: str, env: dict[str, str]) -> None:
    for statement in code.split(";"):
        m = _ASSIGNMENT.match(statement)
        if m:
            names = [n.strip() for n in m["names"].split(",")]
            values = [v.strip() for v in m["values"].split(",")]
            if len(names) == len(values):
                env.update(zip(names, values, strict=True))


_IDENTIFIER = re.compile(r"(?<![\w.])[A-Za-z_]\w{0,30}+(?![\w(])")


def _put_in(expression: str, env: dict[str, str]) -> str:
    """``expression`` with its variables' values put in (an operator in it: a formula)."""
    if not env or not _OPERATOR.search(expression):
        return expression
    return _IDENTIFIER.sub(
        lambda m: (f"({env[m.group(0)]})" if env[m.group(0)].startswith("-") else env[m.group(0)])
        if m.group(0) in env
        else m.group(0),
        expression,
    )


def _lines(text: str) -> list[str]:
    text = _CALL_TAG.sub("\nAction: ", text)
    text = _RESULT_TAG.sub("\nObservation: ", text)
    return _CLOSING_TAG.sub("\n", text).split("\n")[:MAX_LINES]


def calls(text: str, found: list[Any]) -> Iterator[tuple[str, Any, dict[str, str]]]:
    """Each call of ``text`` with its result: (the call as written, its value, the variables
    set before it); ``found``: the literals written in ``text``."""
    env: dict[str, str] = {}
    pending: tuple[str, int, bool] | None = None  # the last call, its line, whether a shell's
    cells: dict[str, str] = {}  # a notebook's inputs by number
    for index, line in enumerate(_lines(text)):
        plain = strip_accents(line)
        if m := _IN.match(plain):
            _assign(m["c"], env)
            last = m["c"].split(";")[-1].strip()
            if last and not _SETS.match(last):
                cells[m["n"]] = last
            continue
        if m := _OUT.match(plain):
            value = _value(m["v"])
            if m["n"] in cells and value is not None:
                yield cells[m["n"]], value, dict(env)
            continue
        if m := _REPL.match(plain):
            _assign(m["c"], env)
            pending = (m["c"].strip(), index, True) if not _SETS.match(m["c"].strip()) else None
            continue
        if m := _INPUT_HEAD.match(plain):
            given = m["c"].strip()
            name = pending[0] if pending else ""
            call = given if _OPERATOR.search(given) or _CALL.match(given) or not name else f"{name}({given})"
            pending = (_text_call(call), index, False)
            continue
        if m := _CALL_HEAD.match(plain):
            said = m["c"].strip()
            obj = _value(said) if said[:1] == "{" else None
            call = _call_of(obj, env) if isinstance(obj, dict) else _text_call(said)
            if isinstance(obj, dict) and call and (result := _result_of(obj)) is not None:
                yield call, result, dict(env)
                pending = None
            else:
                pending = (call, index, False) if call else None
            continue
        if m := _RESULT_HEAD.match(plain):
            value = _value(m["v"])
            if isinstance(value, dict) and (result := _result_of(value)) is not None:
                value = result
            if pending and index - pending[1] <= MAX_GAP and value is not None:
                yield pending[0], value, dict(env)
                pending = None
            continue
        if pending and pending[2] and pending[1] == index - 1:  # a shell prints under its call
            value = _value(plain) if plain.strip() and not plain.lstrip().startswith("...") else None
            if value is not None:
                yield pending[0], value, dict(env)
            pending = None
    for value in found:  # a call and its result in one object
        for obj in _objects(value):
            call = _call_of(obj, env)
            result = _result_of(obj)
            if call and result is not None:
                yield call, result, dict(env)


# Session 43 (fix-helper g43): a predicate's call and its yes/no result told on one line, in prose or
# in a REPL's arrow ("is_coprime(35, 64) → True", "coprime?(35, 64) #=> true", « premiers_entre_eux(35,
# 64) renvoie vrai », "is_coprime(35, 64) returned True", « sont_premiers_entre_eux(35, 64) : elle a
# renvoyé True »), or its name alone then the pair ("is_coprime returned True for 35 and 64"). Only a
# yes/no: a call with no result, or asked for ("What does is_coprime(35, 64) return?"), says nothing.
_RESULT_VERB = (
    # a comment after the call (fix-helper left52f): "f(35, 64)  # True", « # renvoie True », "// => true"
    r"(?:(?:#|//)[ \t]*+(?:(?:=>|->|→|==|=|:)[ \t]*+)?(?:(?:returns?|renvoie|retourne|gives|donne|affiche|"
    r"prints?|outputs?|evaluates[ \t]++to|vaut)[ \t]*+:?[ \t]*+)?"
    r"|(?:->|→|=>|#[ \t]*+=>|==|=|:)[ \t]*+(?:(?:(?:it|elle|il|ca)[ \t]++)?(?:a[ \t]++)?"
    r"(?:returned|renvoye|retourne|donne|affiche|gave|printed|output)[ \t]++)?"
    r"|(?:(?:it|elle|il|ca|that)[ \t]++)?"
    r"(?:returns?|returned|gives|gave|yields?|outputs?|printed|prints|says|said|"
    r"evaluates[ \t]++to|renvoie|a[ \t]++renvoye|retourne|a[ \t]++retourne|donne|a[ \t]++donne|affiche|"
    r"a[ \t]++affiche|vaut|repond|a[ \t]++repondu)[ \t]*+:?[ \t]*+"
    # session 50 (fix78b): the result required ("should return True", « doit renvoyer vrai », "is expected to
    # give false", « est censée retourner faux »): a test's expectation tells it as its output does
    r"|(?:should|must|shall|will|is[ \t]++(?:expected|supposed|meant)[ \t]++to|has[ \t]++to|needs[ \t]++to|"
    r"doit|devrait|devra|va|est[ \t]++censee?|est[ \t]++suppose[e]?|est[ \t]++cense)[ \t]++(?:always[ \t]++|"
    r"toujours[ \t]++|bien[ \t]++)?(?:return|give|output|yield|print|evaluate[ \t]++to|be|renvoyer|retourner|"
    r"donner|afficher|valoir|repondre|etre)[ \t]*+:?[ \t]*+)"
)
_BOOL_WORD = r"(?P<v>true|false|vrai|faux|yes|no|oui|non)(?![\w'-])"
_INLINE_RESULT = re.compile(
    r"(?<![\w.?])(?P<c>[A-Za-z_][\w.]{0,60}+[?!]?\([^()\n]{0,200}+\))\)?+[ \t`]*+"
    + _RESULT_VERB + r"[`\"' \t]*+"
    + _BOOL_WORD
    # session 50 (fix78b): not under a condition said after it ("should return True if they are coprime")
    + r"(?![`\"']?[ \t]*+,?[ \t]*+"
    r"(?:if|when|whenever|iff|only|exactly|si|quand|lorsque|seulement|uniquement)\b)",
    re.I,
)
_NAMED_RESULT = re.compile(
    r"(?<![\w.?])(?P<n>[A-Za-z_][\w.]{0,60}+[?!]?)[ \t`]*+" + _RESULT_VERB + r"[`\"' \t]*+" + _BOOL_WORD
    + r"[ \t]++(?:for|pour|on|sur|with|avec)[ \t]++(?:\(?[ \t]*+)?"
    r"(?P<a>\d{1,9})[ \t]*+(?:and|et|,)[ \t]*+(?P<b>\d{1,9})",
    re.I,
)


# Round 87: a call's number result told in prose, the run said between them ("I typed math.gcd(35, 64) into
# Python and it printed 1", « j'ai tapé pgcd(35, 64) dans le terminal et il m'a affiché 1 », "euclid(35, 64)
# in my REPL gave me 1"): at most 60 characters of one clause between the call and a verb of output.
_OUTPUT_VERB = (
    r"(?:(?:it|that|python|the[ \t]++(?:terminal|repl|console|shell|notebook|computer|script)|il|elle|ca"
    r"|le[ \t]++(?:terminal|repl|notebook|script)|la[ \t]++console)[ \t]++)?+"
    r"(?:(?:m'|me[ \t]++)?a[ \t]++|just[ \t]++)?+"
    r"(?:printed|prints|returned|returns|gave(?:[ \t]++me)?+|gives(?:[ \t]++me)?+|output|outputs|showed|shows"
    r"|displayed|displays|spat[ \t]++out|came[ \t]++back[ \t]++with|answered|said|says|got|get"
    r"|affiche|renvoye|renvoie|retourne|donne|sorti|sort|repondu|repond|dit)"
)
_INLINE_NUMBER = re.compile(
    r"(?<![\w.?])(?P<c>[A-Za-z_][\w.]{0,60}+\([ \t]*+\d{1,9}[ \t]*+,[ \t]*+\d{1,9}[ \t]*+\))"
    r"(?P<gap>[^.!?;\n()]{0,60}?)(?<![\w'])" + _OUTPUT_VERB
    + r"[ \t]*+:?[ \t`\"'«“]*+(?P<v>-?\d{1,9})(?![\w]|[.,]\d)",
    re.I,
)


# ... unless the result is asked or offered with its alternative ("Tell me whether is_coprime(35, 64) returns
# True or False", « Dis-moi si premiers_entre_eux(35, 64) renvoie vrai ou faux »)
_ALTERNATIVE_NEXT = re.compile(r"(?<![ \t`\"'])[ \t`\"']*+(?:or|ou|/)(?![\w'-])", re.I)
_ASKED_BEFORE = re.compile(
    r"(?<![\w'])(?:whether|if|si|est-ce que|does|do|did|will|would)(?![\w'])[^.!?;,\n]*+$", re.I
)


# Fix-helper left52f: an assertion on a call's result ("assert f(35, 64)", "assert f(35, 64) is True",
# "assert not f(35, 64)", "assert f(35, 64) == False") tells it as a REPL's arrow does.
_ASSERTED = re.compile(
    r"(?<![\w.])assert[ \t]++(?P<not>not[ \t]++)?(?P<c>[A-Za-z_][\w.]{0,60}+[?!]?\([^()\n]{0,200}+\))"
    r"(?:[ \t]*+(?:==|is)[ \t]*+(?P<v>true|false))?[ \t]*+"
    # session 50 (fix78b): the assert inside a sentence ("my test suite has assert coprime(35, 64) and it
    # passes"): anything after it but a comparison or an operation on the call
    r"(?:[#;][^\n]*+|$|(?![ \t]*+(?:[=!<>+*/%-]|\b(?:is|in|or|and[ \t]++not)\b|\()))",
    re.I | re.M,
)
# Session 50 (fix78b): a test framework's truth assertion on a call ("assertTrue(isCoprime(35, 64))",
# "self.assertFalse(…)", "assert!(coprime(35, 64))", "assert!(!coprime(…))", "XCTAssertTrue(…)",
# "expect(areCoprime(35, 64)).toBeTruthy()", "CHECK(coprime(35, 64))")
_TRUTH_ASSERTED = re.compile(
    r"(?<![\w.])(?:(?:self\.|Assert\.|XCT)?[Aa]ssert(?P<word>True|False|_?true|_?false|That)|debug_assert!|assert!|"
    r"REQUIRE|CHECK|static_assert)[ \t]*+\([ \t]*+(?P<not>![ \t]*+)?"
    r"(?P<c>[A-Za-z_][\w.]{0,60}+[?!]?\([^()\n]{0,200}+\))[ \t]*+(?:\)|,)"
    r"|(?<![\w.])expect\([ \t]*+(?P<e>[A-Za-z_][\w.]{0,60}+[?!]?\([^()\n]{0,200}+\))[ \t]*+\)"
    r"(?P<enot>\.not)?\.toBe(?P<t>Truthy|Falsy|True|False)\(\)"
)
# Session 50 (fix78b): a formal spec that binds the parameters to numbers and fixes the boolean result
# (Dafny's "method PremiersEntreEux(a: int, b: int) returns (r: bool) requires a == 35 && b == 64
# ensures r == true", "ensures r", "ensures !r", "ensures \\result == false"): the call on those numbers
# returns that value. A postcondition that is a comparison ("ensures r == (Pgcd(a, b) == 1)") or with
# no number bound fixes nothing.
_SPECIFIED = re.compile(
    r"(?<![\w.])(?:method|function|predicate|lemma|fun|fn|def)[ \t]++(?P<n>[A-Za-z_]\w{0,60}+)[ \t]*+"
    r"\((?P<p>[^()\n]{0,120}+)\)[^\n]{0,60}?\brequires\b(?P<req>[^\n]{0,160}?)\bensures[ \t]++"
    r"(?P<not>![ \t]*+)?(?:\\?result|\w{1,20}+)\b"
    r"(?:[ \t]*+(?:(?P<ne>!=)|==|<==>|=)[ \t]*+(?P<v>true|false)\b)?"
    r"(?![ \t]*+(?:[=!<>&|+*/%(\[-]|\b(?:and|or|et|ou|iff|ssi|when|if|si|quand)\b))",
    re.I,
)
_BOUND = re.compile(r"(?<![\w.])(?P<x>[A-Za-z_]\w{0,20}+)[ \t]*+==[ \t]*+(?P<n>-?\d{1,9})(?![\w.])")


def _specified(text: str) -> Iterator[tuple[str, Any, dict[str, str]]]:
    for m in list(_SPECIFIED.finditer(text))[:20]:
        params = [p.strip().split(":")[0].strip() for p in m["p"].split(",")]
        bound = {b["x"]: b["n"] for b in _BOUND.finditer(m["req"])}
        if len(params) >= 2 and all(p in bound for p in params):
            value = _BOOLEAN[m["v"].lower()] if m["v"] else True
            call = f"{m['n']}({', '.join(bound[p] for p in params)})"
            yield call, (value != bool(m["not"])) != bool(m["ne"]), {}


def _inline_results(text: str) -> Iterator[tuple[str, Any, dict[str, str]]]:
    plain = strip_accents(text[:20_000])
    def asked(m: re.Match[str]) -> bool:  # "can you check whether assert coprime(35, 64) passes?"
        return bool(_ASKED_BEFORE.search(plain, max(0, m.start() - 120), m.start()))

    for m in _ASSERTED.finditer(plain):
        if asked(m):
            continue
        value = _BOOLEAN[m["v"].lower()] if m["v"] else True
        yield m["c"], value != bool(m["not"]), {}
    for m in _TRUTH_ASSERTED.finditer(plain):
        if asked(m):
            continue
        if m["e"]:
            yield m["e"], (m["t"].lower() in ("truthy", "true")) != bool(m["enot"]), {}
        elif (m["word"] or "").lower() != "that":
            yield m["c"], ("false" not in (m["word"] or "").lower()) != bool(m["not"]), {}
    yield from _specified(plain)

    def told(m: re.Match[str]) -> bool:
        lo = max(0, m.start() - 120)
        return not _ALTERNATIVE_NEXT.match(plain, m.end()) and not _ASKED_BEFORE.search(plain, lo, m.start())

    for m in _INLINE_RESULT.finditer(plain):
        if told(m):
            yield m["c"], _BOOLEAN[m["v"].lower()], {}
    for m in list(_INLINE_NUMBER.finditer(plain))[:20]:
        if told(m):
            yield m["c"], int(m["v"]), {}
    for m in _NAMED_RESULT.finditer(plain):
        named = "_" in m["n"] or re.search(r"[a-z][A-Z]|[?!]$", m["n"])  # a function's name, not a word
        if named and told(m):
            yield f"{m['n']}({m['a']}, {m['b']})", _BOOLEAN[m["v"].lower()], {}


# Fix-helper left52f: a function the prompt defines by a comparison ("def f(a, b): return gcd(a, b) == 1",
# "f = lambda a, b: gcd(a, b) == 1"), called on numbers with a yes/no result: the comparison with the call's
# arguments put in is what the result says ("gcd(35, 64) = 1"; false: "gcd(35, 64) ≠ 1").
_DEFINED = re.compile(
    r"(?<![\w.])(?:def[ \t]++(?P<n>[A-Za-z_]\w{0,60}+)[ \t]*+\((?P<p>[^()\n]{0,80}+)\)[^\n:]{0,30}+:"
    r"[ \t]*+(?:\n[ \t]*+)?return|(?P<m>[A-Za-z_]\w{0,60}+)[ \t]*+=[ \t]*+lambda(?P<q>[^:\n]{0,80}+):)"
    r"[ \t]*+(?P<e>[^\n#;]{1,120}+)"
)
_COMPARED = re.compile(r"^(?P<l>[^=!<>]{1,80}+)(?P<op>==|!=)(?P<r>[^=!<>]{1,80}+)$")


def _defined(text: str) -> dict[str, tuple[list[str], str]]:
    out: dict[str, tuple[list[str], str]] = {}
    for d in list(_DEFINED.finditer(text[:20_000]))[:20]:
        params = [p.strip().split("=")[0].split(":")[0].strip() for p in (d["p"] or d["q"] or "").split(",")]
        out[(d["n"] or d["m"]).lower()] = ([p for p in params if p], d["e"].strip())
    return out


def _by_definition(call: str, value: bool, defined: dict[str, tuple[list[str], str]]) -> list[str]:
    args_match = _ARGS.search(call)
    if not args_match:
        return []
    params, body = defined.get(call[: args_match.start()].strip().lower(), ([], ""))
    args = [a.strip() for a in args_match["args"].split(",")]
    compared = _COMPARED.match(body)
    if not compared or len(params) != len(args):
        return []
    for param, arg in zip(params, args, strict=True):
        body = re.sub(rf"(?<![\w.]){re.escape(param)}(?![\w])", arg, body)
    compared = _COMPARED.match(body)
    if not compared:
        return []
    equal = (compared["op"] == "==") == value
    return [f"{compared['l'].strip()} {'=' if equal else '≠'} {compared['r'].strip()}"]


# Session 44 (fix-helper left52g): a yes/no told as the value of a named field, a column, a flag, an
# attribute or a checkbox, in prose ("the column is_coprime says true for this pair", « le champ
# premiers_entre_eux vaut vrai », "the coprime flag is set to true", "the checkbox 'coprime' is ticked",
# « la case premiers_entre_eux n'est pas cochée »): the name's words (its verb "is", "are", « sont »
# dropped, camelCase and underscores read as spaces) are said of the pair, "they are coprime" (or "not",
# after a negation), which the verdict reader then reads as it reads a sentence. A field named with no
# value ("fill the field is_coprime"), a value offered with its alternative ("true or false"), asked
# ("whether the column is_coprime says true"), made a rule by a condition after it ("true if their gcd
# is 1"), or said for another pair's numbers says nothing.
_FIELD_NOUN = (
    r"(?:columns?|colonnes?|fields?|champs?|flags?|drapeaux?|drapeau|indicateurs?|attributes?|attributs?|"
    r"propert(?:y|ies)|proprietes?|keys?|cles?|cells?|cellules?|cases?|check[ -]?box(?:es)?|boxe?s?|"
    r"booleans?|booleens?|variables?|toggles?|switch(?:es)?|settings?|parametres?)"
)
_FIELD_NAME = (
    r"(?:[`'\"«“‘][ \t]*+[^`'\"«»“”‘’\n]{1,40}+[ \t]*+[`'\"»”’]|[A-Za-z_][\w?-]{0,60}+)"
)
_FIELD_VALUE_WORD = (
    r"(?P<v>true|false|vrai|faux|yes|no|oui|non|checked|unchecked|ticked|unticked|selected|unselected|"
    r"cochee?s?|decochee?s?|selectionnee?s?)(?![\w'-])"
)
_FIELD_TAIL = r"(?![\w-])(?P<mid>[^.;!?\n]{0,40}?)(?<![\w'-])" + _FIELD_VALUE_WORD
# the noun, then the name ("the column is_coprime"); the name, then the noun ("the coprime flag")
_FIELD_VALUE = re.compile(
    r"(?<![\w-])" + _FIELD_NOUN + r"[ \t]++(?:(?:named|called|nommee?|appelee?|intitulee?)[ \t]++)?"
    r"(?P<n>" + _FIELD_NAME + r")" + _FIELD_TAIL,
    re.I,
)
_NAMED_FIELD_VALUE = re.compile(
    r"(?<![\w'-])(?P<n>" + _FIELD_NAME + r")[ \t]++" + _FIELD_NOUN + _FIELD_TAIL, re.I
)
_NOT_A_NAME = frozenset(
    "the a an my our your his her their its this that these those le la les l un une mon ma mes ton ta tes "
    "son sa ses notre nos votre vos leur leurs ce cet cette ces du de des d each every chaque same "
    "meme".split()
)
_TELLING = re.compile(
    r"(?<![\w-])(?:says|said|reads|read|shows|showed|displays|holds|contains|equals|is|was|are|were|set|"
    r"indicates|gives|returns|outputs|has|marked|vaut|valait|contient|affiche|indique|dit|donne|renvoie|porte|"
    r"est|etait|a|mise?|marquee?)(?![\w'-])|[=:→]|->|=>",
    re.I,
)
_FIELD_NEGATION = re.compile(r"(?<![\w'-])(?:not|never|pas|jamais|plus|no[ \t]++longer)(?![\w'-])|n't", re.I)
_FIELD_CONDITION_NEXT = re.compile(
    r"(?<![ \t,])[ \t,]*+(?:if|si|when|whenever|quand|lorsque|lorsqu'|only|seulement|uniquement|iff|unless|"
    r"sauf|provided|pourvu|in[ \t]++case|au[ \t]++cas|as[ \t]++soon|des[ \t]++que)(?![\w'-])",
    re.I,
)
_FIELD_TRUE = frozenset(
    "true vrai yes oui checked ticked selected coche cochee coches cochees selectionne selectionnee "
    "selectionnes selectionnees".split()
)
_PRIME_ALONE = frozenset("premier premiers prime primes".split())
_PLURAL_VERB = frozenset("are sont".split())


def _field_values(text: str, data: Sequence[str]) -> list[str]:
    from workshop.prompts.artefacts import _words  # noqa: PLC0415 - artefacts imports encoded, which imports this

    plain = strip_accents(text[:20_000])
    known = {int(n) for d in data for n in re.findall(r"(?<![\d.,])\d{1,9}(?![\d.,]\d)", d)}
    out: list[str] = []
    found = list(_FIELD_VALUE.finditer(plain))
    taken = [(m.start(), m.end()) for m in found]
    found += [
        m
        for m in _NAMED_FIELD_VALUE.finditer(plain)
        if m["n"].lower() not in _NOT_A_NAME and not any(a < m.end() and m.start() < b for a, b in taken)
    ]
    for m in found:
        if not _TELLING.search(m["mid"]) or _ALTERNATIVE_NEXT.match(plain, m.end()):
            continue
        if _ASKED_BEFORE.search(plain, max(0, m.start() - 120), m.start()) or _FIELD_CONDITION_NEXT.match(
            plain, m.end()
        ):
            continue
        if re.search(r"(?<![\w'-])(?:or|ou)(?![\w'-])|/", m["mid"]):
            continue  # "is true or false", « vaut vrai ou faux »: a choice
        words = _words(m["n"].strip("`'\"«»“”‘’ \t")).split()
        core = [w for w in words if w not in _PREDICATE_WORDS]
        if not core or len(core) > 5:
            continue
        related = len(core) >= 2 and core[-1] in ("avec", "with", "to")  # « estPremierAvec »
        prime = set(core[:-1] if related else core) <= _PRIME_ALONE
        if prime and (related or _PLURAL_VERB.intersection(words)):
            core = ["coprime"]  # "are_prime", « sont_premiers », « premier avec »: a pair's, said of the pair
        start = max(plain.rfind(".", 0, m.start()), plain.rfind("\n", 0, m.start())) + 1
        ends = (plain.find(".", m.end()), plain.find("\n", m.end()))
        end = min((i for i in ends if i >= 0), default=len(plain))
        numbers = [int(n) for n in re.findall(r"(?<![\w.,])\d{1,9}(?![\w]|[.,]\d)", plain[start:end])]
        pair = [n for n in numbers if n in known]
        if len(numbers) >= 2 and len(pair) < len(numbers):
            continue  # "… says true for 35 and 36": another pair's
        value = m["v"].lower() in _FIELD_TRUE
        if _FIELD_NEGATION.search(m["mid"]):
            value = not value
        subject = " and ".join(str(n) for n in pair) if len(pair) >= 2 else "they"
        out.append(f"{subject} are {'' if value else 'not '}{' '.join(core)}")
    return out


def _containers(value: Any, depth: int = 0) -> Iterator[Any]:
    """``value`` and every object and array nested in it, outermost first."""
    if depth > MAX_JSON_DEPTH or not isinstance(value, dict | list):
        return
    yield value
    for item in value.values() if isinstance(value, dict) else value:
        yield from _containers(item, depth + 1)


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    return (item for item in _containers(value) if isinstance(item, dict))


# What a call's name says of its arguments: a gcd under another name; a predicate's verb dropped.
_GCD_NAMES = re.compile(r"(?:^|[._])(?:euclid\w*|hcf|gcd\w*|pgcd\w*|greatest_common_divisor)$", re.I)
_COUNT_CALL = re.compile(r"^(?:len|count|size|length|nb|nombre|compte)\((?P<x>[^()]{1,60})\)$", re.I)
_PREDICATE_WORDS = frozenset("is are check test verify est sont sont-ils ils has have".split())
_ARGS = re.compile(r"\((?P<args>[^()]{1,200})\)$")


def _said(call: str, value: Any, env: dict[str, str]) -> list[str]:
    """The plain sentences one call and its value make."""
    from workshop.prompts.artefacts import _words  # noqa: PLC0415 - artefacts imports encoded, which imports this
    from workshop.prompts.encoded import _named  # noqa: PLC0415

    out: list[str] = []
    call = call.strip()
    if isinstance(value, list):
        names = [v for v in value if isinstance(v, str)]
        return [f"{_words(call)}: {', '.join(names)}"] if names and len(names) == len(value) else []
    if isinstance(value, dict):
        return []
    args_match = _ARGS.search(call)
    args = [a.strip() for a in args_match["args"].split(",")] if args_match else []
    numbers = [a for a in args if re.fullmatch(r"-?\d{1,9}", a)]
    name = call[: args_match.start()].strip() if args_match else call
    name = name.rstrip("?!")  # Ruby's predicate "coprime?" (session 43)
    if isinstance(value, bool):
        if len(numbers) >= 2:
            words = [w for w in _words(name.rsplit(".", 1)[-1]).split() if w not in _PREDICATE_WORDS]
            if words:
                out.append(f"{' and '.join(numbers)} are {'' if value else 'not '}{' '.join(words)}")
        return out
    put = _put_in(call, env)
    out.append(f"{call} = {value}")
    if put != call:
        out.append(f"{put} = {value}")
    if args_match is None and not _OPERATOR.search(call):  # a variable shown: "intercept" = -10
        out.append(f"{_named(_words(call))} = {value}")
    if _GCD_NAMES.search(name) and len(numbers) >= 2:
        out.append(f"gcd({', '.join(numbers)}) = {value}")
    if count := _COUNT_CALL.match(call):
        out.append(f"{_words(count['x'])} = {value}")
    return out


# -- lists of people: the girls (or sisters) by name ------------------------------------------------
_KIN_KEY = re.compile(r"\b(?:girls?|filles?|daughters?|sisters?|soeurs?)\b")
_SISTER_KEY = re.compile(r"\b(?:sisters?|soeurs?)\b")
_YAML_LIST = re.compile(
    r"^[ \t]*+(?P<key>[^\W\d][\w .'-]{0,40}+)[ \t]*+:[ \t]*+\[(?P<items>[^\[\]\n]{1,300}+)\]"
)
_YAML_BLOCK = re.compile(
    r"^[ \t]*+(?P<key>[^\W\d][\w .'-]{0,40}+)[ \t]*+:[ \t]*+\n"
    r"(?P<items>(?:[ \t]*+-[ \t]++[^\n]{1,40}+(?:\n|$)){1,12})",
    re.M,
)


def _kin_lists(text: str, found: list[Any]) -> Iterator[tuple[str, list[str]]]:
    """(a key's words, the names under it) for each list of names written in ``text`` (``found``:
    its literals)."""
    for value in found:
        for key, item in _members(value):
            if isinstance(item, list) and item and all(isinstance(v, str) for v in item):
                yield key, item
    for line in text.split("\n")[:MAX_LINES]:
        if m := _YAML_LIST.match(line):
            yield m["key"], [v.strip().strip("\"'") for v in m["items"].split(",")]
    for m in _YAML_BLOCK.finditer(text[: MAX_LITERAL_CHARS * 4]):
        items = [v.strip().lstrip("-").strip().strip("\"'") for v in m["items"].split("\n")]
        yield m["key"], [v for v in items if v]


def _kin_said(key: str, names: list[str], subjects: set[str]) -> list[str]:
    from workshop.prompts.artefacts import _words  # noqa: PLC0415

    words = fold(_words(key))
    if not _KIN_KEY.search(words) or not names or not all(_NAME_ITEM.fullmatch(n) for n in names):
        return []
    folded = [fold(n) for n in names]
    subject = next((n for n in folded if n in subjects), None)
    if subject:  # the subject's sisters are the others
        return [f"soeurs de {subject} = {len([n for n in folded if n != subject])}"]
    named = next((w for w in words.split() if w in subjects), None)
    if named and _SISTER_KEY.search(words):  # the subject's own sisters ("caroline_sisters")
        return [f"soeurs de {named} = {len(names)}"]
    return []  # another family's, or the brothers' sisters without her: no count of hers


# -- sign codes per review -------------------------------------------------------------------------
_CODES = {
    "+": "positive", "++": "positive", "-": "negative", "--": "negative", "0": "neutral", "=": "neutral",
    "~": "neutral", "±": "neutral", "+/-": "neutral", "o": "neutral",
    "p": "positive", "n": "negative", "u": "neutral", "z": "neutral",
    "👍": "positive", "👎": "negative", "😐": "neutral", "🤷": "neutral", "😊": "positive", "😡": "negative",
    "🙂": "positive", "🙁": "negative", "😶": "neutral",
}  # fmt: skip
_SCORES = {1: "positive", -1: "negative", 0: "neutral"}
_ID_KEY = re.compile(r"(?:avis|review|r|id|n|no|num|numero|number|index|idx|item|#)?[ _#-]?(?P<n>[1-9])")
_ID_FIELD = re.compile(r"avis|review|r|id|n|no|num|numero|number|index|idx|item|#")


def sign_label(value: Any) -> str | None:
    """The label a sign code stands for (``+`` positive, ``-`` negative, ``0`` neutral, 👍, ``P``...)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return _SCORES.get(value)
    if isinstance(value, str):
        return _CODES.get(value.strip().replace("\u2212", "-").lower().replace("\ufe0f", ""))
    return None


def _coded(value: Any) -> list[tuple[int, str]]:
    """(review, label) for each review a literal ties to a sign code."""
    pairs: list[tuple[int, str]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            m = _ID_KEY.fullmatch(_key(str(key)))
            label = sign_label(item)
            if m and label:
                pairs.append((int(m["n"]), label))
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, list) and len(item) == 2 and isinstance(item[0], int) and 0 < item[0] < 10:
                label = sign_label(item[1])
                pairs += [(item[0], label)] if label else []
            elif isinstance(item, dict) and len(item) == 2:
                keyed = [(_ID_FIELD.fullmatch(_key(str(k))) is not None, v) for k, v in item.items()]
                ids = [v for is_id, v in keyed if is_id and isinstance(v, int)]
                labels = [c for is_id, v in keyed if not is_id and (c := sign_label(v))]
                if len(ids) == 1 and len(labels) == 1 and 0 < ids[0] < 10:
                    pairs.append((ids[0], labels[0]))
    return pairs


def _codes_said(found: list[Any]) -> list[str]:
    out: list[str] = []
    for literal in found:
        for value in _containers(literal):
            pairs = _coded(value)
            if len(pairs) >= 2 and len({label for _, label in pairs}) >= 2:
                out += [f"avis {review} : {label}" for review, label in pairs]
    return out


def pieces(text: str, data: Sequence[str] = ()) -> list[str]:
    """The values ``text``'s calls return, its lists of girls and its sign codes per review, each
    in plain words and signs (``data``: the task's, whose names are the subject's)."""
    from workshop.prompts.instances import data_names  # noqa: PLC0415 - a light import, kept local

    subjects = data_names(data)
    found = [value for _, _, value in literals(text)]
    out: list[str] = []
    defined = _defined(text)
    for call, value, env in [*calls(text, found), *_inline_results(text)]:
        out += _said(call, value, env)
        if isinstance(value, bool) and defined:
            out += _by_definition(call, value, defined)
        if isinstance(value, list):
            out += _kin_said(call, [v for v in value if isinstance(v, str)], subjects)
    for key, names in _kin_lists(text, found):
        out += _kin_said(key, names, subjects)
    return out + _codes_said(found) + _field_values(text, data)
