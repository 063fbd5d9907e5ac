"""A question the prompt answers at once, elliptically (round 41, session 39, fix-helper ellip41).

"Are 35 and 64 coprime? They are.", « Sont-ils premiers entre eux ? Tout à fait. », "How many
sisters does Caroline have? One.", « — Combien de sœurs ? — Une. », "What is b? Minus ten.",
"Q: … A: …": the reply settles the question by a pro-form, an ellipsis or a bare value, and the
answer reader, which reads statements, sees no verdict in "They are." nor a value tied to
anything in "One.". So does a conditional format whose condition the next sentence asserts:
"If they are, answer yes, otherwise no. They are.", « Réponds 1 si Caroline ne se compte pas.
Elle ne se compte pas. ».

:func:`readings` gives the text with each such pair said in full, for the answer reader to
judge as any other statement:

- the question (restored from the prompt when its words were the task's data, which the rest
  blanks) followed by "yes." or "no." (the reply's polarity: "They aren't not." is a yes), or by
  "answer: <value>."; when the question is the task's own (nothing but function words left once
  the data is blanked), "answer: yes." or "answer: <value>." alone; "what is b? minus ten."
  also as "b is minus ten."; a yes to "is b equal to -10?" also as "b is equal to -10";
- the format's outcome as "answer: X." when the condition is asserted (same polarity), the
  "otherwise" outcome when it is denied. The condition must be about the question: its notion
  (:data:`branched._ABOUT`), an anaphora of it ("if they are"), or the task's data (blanked in
  the rest).

A reply counts only when every word of it is a closed-class word (pronoun, auxiliary,
negation, assent: "they are", « ils le sont », "sure do", « tout à fait »), a number or a word
of its question: "Not really, take your time.", "Think about it.", « Réfléchis bien. » are
advice, not replies. A worked example on other data is blanked before (instances.py), so its
reply has no question left. Inputs are folded (lower case, no accents) and aligned: ``full``
the prompt, ``text`` the rest read from it, same length."""

from __future__ import annotations

import re

from workshop.prompts import branched
from workshop.prompts.text import NUMBER_WORDS

# one sentence with its end marks (a question ends with "?")
_PIECE = re.compile(r"[^.?!\n]++[.?!]*+")
_NUMBERED = re.compile(r"\d{1,2}+[.)]")
_TOKEN = re.compile(r"[a-z]++'?+|\d++(?:[.,]\d++)?+")
# a speaker's mark or a Q/A label before a question or a reply
_LEAD = re.compile(
    r"\s*+(?:(?:-(?!\d)|[\"'*>])\s*+)*+(?:(?:q|a|r|question|answer|reponse|reply|rep)\s*+[:)]\s*+)?+"
    # a dialogue's speakers, a chat log's time (round 48): « Prof : … / Élève : … », "Me: … You: …", "[10:02]"
    r"(?:\[?+\d{1,2}[:h]\d{2}\]?+\s*+)?+(?:(?:prof|professeur|professeure|teacher|tutor|tuteur|tutrice|eleve|"
    r"student|moi|toi|me|you)\s*+:\s*+)?+"
    r"(?:(?:-(?!\d)|[\"'])\s*+)*+"
)
_ASSENT = {
    "yes",
    "yeah",
    "yep",
    "yup",
    "indeed",
    "sure",
    "certainly",
    "absolutely",
    "definitely",
    "exactly",
    "correct",
    "right",
    "totally",
    "course",
    "of",
    "oui",
    "si",
    "effectivement",
    "effet",
    "en",
    "absolument",
    "exactement",
    "certainement",
    "bien",
    "sur",
    "tout",
    "a",
    "fait",
    "evidemment",
    "parfaitement",
    "so",
    "affirmative",
    "affirmatif",
    "precisement",
    "voila",
    "ok",
    "okay",
}
_NEGATION = {
    "no",
    "not",
    "non",
    "never",
    "nope",
    "ne",
    "n'",
    "pas",
    "jamais",
    "point",
    "nah",
    "negative",
    "negatif",
}
_PRONOUN = {
    "they",
    "it",
    "she",
    "he",
    "that",
    "this",
    "ils",
    "elles",
    "il",
    "elle",
    "c'",
    "ce",
    "cela",
    "ca",
    "l'",
    "le",
    "la",
    "se",
    "s'",
    "t",
    "ceci",
    "those",
    "these",
    "both",
    "tous",
    "deux",
    "les",
}
_AUX = {
    "are",
    "is",
    "do",
    "does",
    "did",
    "have",
    "has",
    "can",
    "will",
    "am",
    "was",
    "were",
    "sont",
    "est",
    "ont",
    "font",
    "vaut",
    "valent",
    "case",
    "cas",
    "the",
    "s",
    "re",
    "it's",
    "that's",
    "they're",
    "she's",
}
_VALUE = {"just", "only", "exactly", "juste", "seulement", "seule", "seul", "minus", "moins", "negative",
          "negatif", "answer", "equals", "egal", "egale", "b", "x", "y", "a", "the", "une", "un", "sister",
          "sisters", "soeur", "soeurs", "de", "plus"}  # fmt: skip
_CLOSED = _ASSENT | _NEGATION | _PRONOUN | _AUX
# the words a question keeps when it is the task's own one with its data blanked
_FUNCTION = (
    _PRONOUN
    | _AUX
    | {
        "how",
        "many",
        "much",
        "what",
        "which",
        "combien",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "y",
        "a",
        "t",
        "est-ce",
        "que",
        "qu'",
        "and",
        "et",
        "so",
        "donc",
        "then",
        "alors",
        "de",
        "d'",
        "of",
        "does",
        "have",
        "sont-ils",
        "sont",
        "elles",
        "ils",
        "a-t-elle",
        "t-elle",
        "has",
        "been",
    }
)
_ASKED = re.compile(
    r"^(?:(?:and|so|et|alors|donc)\s++)?+(?:what(?: is|'s)|que vaut|combien vaut|quelle? (?:est|vaut))\s++"
    r"(?P<term>[^?]{1,40}?)\s*+\?"
)
_ASKED_BARE = re.compile(r"^(?:and|so|et|alors|donc)\s++(?P<term>[^?]{1,40}?)\s*+\?")
_HOW_MANY = re.compile(
    r"^(?:(?:and|so|et|alors|donc)\s++)?+(?:how many|combien d'|combien de)\s*+(?P<things>[a-z]++)"
    r"(?:\s++(?:does|do|did|has|have|a|ont|possede)\s++(?P<owner>[a-z]++)(?:\s++(?:have|got))?+)?+\s*+\?"
)
_YES_NO_EN = re.compile(r"^(?P<aux>is|are|does|do|has|have|can|was|were)\s++(?P<rest>[^?]{1,80}?)\s*+\?")
_YES_NO_FR = re.compile(r"^(?P<rest>[^?]{1,80}?)-(?:t-)?+(?:il|elle|ils|elles)\b(?P<tail>[^?]{0,80}?)\s*+\?")
# a format's outcome tied to a condition: "answer yes if …", « réponds 1 si … », "if …, say no"
_OUTCOME = r"[\"']?+(?P<{0}>yes|no|oui|non|-?\d++|[a-z]++)(?![\w'])[\"']?+"
_VERB = r"(?:answer|say|reply|respond|write|put|output|return|reponds|repondez|ecris|ecrivez|dis|dites|mets)"
_OTHER = (
    r"(?:[,;]\s*+(?:and\s++|et\s++)?+(?:(?:otherwise|sinon|else)\s*+,?\s*+(?:{v}\s++)?+{y}"
    r"|(?:{v}\s++)?+{z}\s++(?:otherwise|sinon|else|if not|dans le cas contraire)))?+\s*+[.!]?+$"
).format(v=_VERB, y=_OUTCOME.format("y"), z=_OUTCOME.format("z"))
_RULE_AFTER = re.compile(
    rf"(?<![\w']){_VERB}\s++(?:with\s++|par\s++)?+{_OUTCOME.format('x')}\s++(?:if|si|s'(?=ils?\b|elles?\b))\s*+"
    r"(?P<cond>[^,;.!?]{1,80}?)\s*+" + _OTHER
)
_RULE_BEFORE = re.compile(
    r"^(?:if|si|s'(?=ils?\b|elles?\b))\s*+(?P<cond>[^,;.!?]{1,80}?)\s*+,?\s*+(?:then\s++|alors\s++)?+"
    rf"{_VERB}\s++(?:with\s++|par\s++)?+{_OUTCOME.format('x')}\s*+" + _OTHER
)
_OUTCOMES = {"yes", "no", "oui", "non"} | {w for w in NUMBER_WORDS if w not in ("a", "an", "none", "aucun")}
_ANAPHORA = re.compile(
    r"(?:so|they are|they're|it is|it's|ils le sont|elles le sont|c'est le cas|that is the case)"
)


def _outcome(word: str) -> bool:
    return word in _OUTCOMES or word.lstrip("-").isdigit()


def _tokens(piece: str) -> list[str]:
    return _TOKEN.findall(piece.replace("n't", " not").replace("'", "' "))


def _polarity(tokens: list[str]) -> bool:
    """True when the negations cancel out ("they aren't not"); « ne … pas » counts once."""
    count = sum(t in _NEGATION and t not in ("pas", "point", "jamais") for t in tokens)
    if not any(t in ("ne", "n'") for t in tokens):
        count += sum(t in ("pas", "point", "jamais") for t in tokens)
    return count % 2 == 0


def _number(tokens: list[str]) -> bool:
    return any(t[0].isdigit() or (t in NUMBER_WORDS and t not in ("a", "an", "none")) for t in tokens)


# a speaker's comment on the reply, before or after it (session 40, known43): "They are, I'm sure.", « Une
# seule, évidemment. », "Minus ten, I think.", « Ils le sont, j'en suis certain. »: the reply without it
_COMMENTS = (
    r"(?:i'?m\s++(?:sure|certain|positive)|i\s++am\s++(?:sure|certain|positive)|i\s++(?:think|believe|guess|reckon|"
    r"suppose|checked)|i'?d\s++say|obviously|clearly|of\s++course|for\s++sure|surely|no\s++doubt|trust\s++me|"
    r"evidemment|bien\s++sur|je\s++(?:crois|pense|suppose|dirais)|j'en\s++suis\s++(?:sure?|certaine?|convaincue?)|"
    r"a\s++mon\s++avis|sans\s++(?:aucun\s++)?doute|c'est\s++sur|clairement|naturellement|forcement)"
)
_COMMENT = re.compile(rf",\s*+{_COMMENTS}\s*+(?=[.!]*+\s*+$)|^\s*+{_COMMENTS}\s*+,")


def _reply(reply: str, allowed: set[str]) -> tuple[str, bool] | None:
    """("yes" or "no", True) for a pro-form reply, (the value, False) for a bare value, or None."""
    reply = _COMMENT.sub("", reply, count=1)
    tokens = _tokens(reply)
    if not tokens or len(tokens) > 8 or "?" in reply:
        return None
    allowed = allowed | {t.rstrip("s") for t in allowed}  # "she does not count herself": "counts"
    tokens = [t if t in allowed or t.rstrip("s") not in allowed else t.rstrip("s") for t in tokens]
    if _number(tokens):
        if all(
            t in _VALUE or t in allowed or t in _NEGATION or t[0].isdigit() or t in NUMBER_WORDS
            for t in tokens
        ):
            return reply.strip().rstrip(" .!\"'").lstrip("\"' "), False
        return None
    if all(t in _CLOSED or t in allowed for t in tokens):
        return ("yes" if _polarity(tokens) else "no"), True
    return None


def _listed(number: str, after: str) -> bool:
    """The next item of a numbered list follows: "1." is then an item's number."""
    following = int(number.strip()[:-1]) + 1
    return bool(re.search(rf"(?<![\w.,]){following}[.)]\s", after))


def _own_question(question: str) -> bool:
    """Nothing but function words left: the task's own question with its data blanked."""
    return all(t in _FUNCTION for t in _tokens(question))


def _declared(question: str) -> list[str]:
    """A yes/no question said as a statement: "is b equal to -10?" -> "b is equal to -10"."""
    found = []
    english = _YES_NO_EN.match(question)
    if english:
        rest = english.group("rest").split()
        found += [" ".join(rest[:k] + [english.group("aux")] + rest[k:]) for k in range(1, min(4, len(rest)))]
    french = _YES_NO_FR.match(question)
    if french:
        found.append(f"{french.group('rest')}{french.group('tail')}")
    return found


def _pairs(text: str, full: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, the question as read, its reply, whether it is the task's own question)."""
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text) if m.group(0).strip()]
    found = []
    for (qs, qe), (rs, re_) in zip(pieces, pieces[1:], strict=False):
        said = text[qs:qe]
        if not said.rstrip().endswith("?"):
            continue
        lead = _LEAD.match(said)
        mine = said[lead.end() if lead else 0 :].strip()
        reply = text[rs:re_]
        line = text.rfind("\n", 0, rs) + 1
        if _NUMBERED.fullmatch(reply.strip()) and (
            not text[line:rs].strip() or _listed(reply, text[re_ : re_ + 300])
        ):
            continue  # "2. Réfléchis…", "? 1. Read it twice. 2. …": an item's number, not a reply
        head = _LEAD.match(reply)
        reply = reply[head.end() if head else 0 :]
        own = _own_question(mine)
        if own and len(full) == len(text):  # the task's own question: read as the prompt says it
            start = max(full.rfind(mark, 0, qe - 1) for mark in ".?!\n") + 1
            restored = full[start:qe]
            lead = _LEAD.match(restored)
            mine = restored[lead.end() if lead else 0 :].strip()
        if not reply.strip() or not mine.strip(" ?"):
            continue
        found.append((qs, re_, mine, reply, own))
    return found


def _rules(text: str, full: str, subject: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, the outcome) of each format whose condition the next sentence settles."""
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text) if m.group(0).strip()]
    found = []
    for (fs, fe), (ss, se) in zip(pieces, pieces[1:], strict=False):
        said = text[fs:fe]
        if len(said) > 200 or ("if" not in said and "si" not in said and "s'" not in said):
            continue
        rule = _RULE_AFTER.search(said) or _RULE_BEFORE.match(said.strip())
        if not rule or not _outcome(rule.group("x")):
            continue
        condition = rule.group("cond").strip()
        data = len(full) == len(text) and _tokens(full[fs:fe]) != _tokens(
            said
        )  # the task's data blanked there
        named = any(len(t) > 3 and t not in _FUNCTION and t in subject for t in _tokens(condition))
        if not (branched._ABOUT.search(condition) or _ANAPHORA.fullmatch(condition) or data or named):
            continue
        cond_tokens = _tokens(condition)
        settled = _reply(text[ss:se], set(cond_tokens))
        if settled is None or not settled[1]:
            continue
        same = (settled[0] == "yes") == _polarity(cond_tokens)
        outcome = rule.group("x") if same else (rule.group("y") or rule.group("z"))
        if outcome and _outcome(outcome):
            found.append((fs, se, outcome))
    return found


# a branch's condition that leaves the subject out of the count (session 40, known43): "if Caroline does not
# count herself", « si on ne compte pas Caroline », "if she is excluded", "without counting her"
_LEFT_OUT = re.compile(r"(?<![\w'])(?:sans|without|excluding|exclu\w*+|exclud\w*+)(?![\w'])")
_ANOTHER_BRANCH = re.compile(
    r"(?<![\w'])(?:if|si|s'|when|quand|lorsque|otherwise|sinon|else|autrement|unless|sauf)(?![\w'])"
)


def _one_branch(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the outcome) of each format with one branch, the value first, whose condition
    leaves the subject out of the count, which is how the riddle is read: "Answer 1 if Caroline does
    not count herself", « Réponds 1 si on ne compte pas Caroline ». A second branch in the sentence or
    in the sentences around it ("… Answer 2 if she does.") makes it a format offered, not a value."""
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text) if m.group(0).strip()][:400]
    found = []
    for k, (fs, fe) in enumerate(pieces):
        said = text[fs:fe]
        if len(said) > 200 or ("if" not in said and "si" not in said):
            continue
        rule = _RULE_AFTER.search(said)
        if not rule or rule.group("y") or rule.group("z") or not _outcome(rule.group("x")):
            continue
        condition = rule.group("cond")
        tokens = _tokens(condition)
        if re.search(r"\d", condition) or not branched._COUNTING.search(condition):
            continue
        if _polarity(tokens) and not _LEFT_OUT.search(condition):
            continue  # "if she counts herself": a condition the riddle does not meet, no value said
        around = [text[s:e] for s, e in pieces[max(0, k - 1) : k + 2] if s != fs]
        if _ANOTHER_BRANCH.search(said[: rule.start()]) or any(_ANOTHER_BRANCH.search(p) for p in around):
            continue
        found.append((fs, fe, rule.group("x")))
    return found


# Round 48 (fix-helper dial48): what two numbers share, asked, then answered "none" (« Quel facteur
# premier ont-ils en commun ? — Aucun. », "Teacher: What prime factor do they share? Student: None, the
# lists have nothing in common."): said in full, « ils n'ont aucun facteur premier en commun : ils sont
# premiers entre eux » (the verdict reread's _NO_COMMON reads in the statement). The reply opens
# with the word for none and ends there or at a comma ("Aucune idée." is no reply).
_SHARED_ASKED = re.compile(
    r"^(?:(?:and|so|et|alors|donc)\s++)?+(?:quels?|quelles?|what|which)\s++"
    r"(?P<x>(?:(?:common|prime|commune?s?)\s++)?(?:facteurs?|diviseurs?|factors?|divisors?)"
    r"(?:\s++(?:premiers?|communs?|positifs?))?+)(?=\s)[^?]{0,80}?\b(?:en\s++commun|in\s++common|share|partagent)\b"
)
_NONE = re.compile(
    r"^\s*+(?:aucun|aucune|none|not\s++one|pas\s++un\s++seul|nothing|rien)"
    r"(?:\s++(?:at\s++all|du\s++tout|whatsoever))?+\s*+(?:[.!,;]|$)"
)


def _none_shared(text: str, full: str) -> list[str]:
    """The pairs of ``text`` whose question asks what the numbers share and whose reply is none,
    said in full (:data:`_SHARED_ASKED`)."""
    found = []
    for start, end, question, reply, _own in _pairs(text, full):
        asked = _SHARED_ASKED.match(question)
        if asked and _NONE.match(reply):
            x = asked["x"]
            # read as reread's _NO_COMMON reads the statement: a coprimality verdict
            said = f"ils n'ont aucun {x} en commun : ils sont premiers entre eux."
            found.append(f"{text[:start]} {said} {text[end:]}")
    return found


def readings(text: str, full: str = "", subject: frozenset[str] = frozenset()) -> list[str]:
    """``text`` with each question answered elliptically, and each format whose condition is
    settled, said in full (one reading per form; none when there is no such pair)."""
    if "?" not in text and " if " not in text and "si " not in text and "s'" not in text:
        return []
    found: list[str] = []
    for start, end, question, reply, own in _pairs(text, full):
        settled = _reply(reply, set(_tokens(question)))
        if settled is None:
            continue
        value, yes_no = settled
        said: list[str] = []
        if yes_no:
            said.append(f"{question} {value}.")
            if own:
                said.append(f"answer: {value}.")
            if value == "yes":
                said += [f"{statement}." for statement in _declared(question)]
        else:
            said.append(f"{question} {value}.")
            if own:
                said.append(f"answer: {value}.")
            counted = _HOW_MANY.match(question)
            if counted:  # "how many sisters does caroline have? one." -> "caroline has one sisters."
                things, owner = counted.group("things"), counted.group("owner")
                verb = "a" if question.startswith(("combien", "et combien")) else "has"
                said += [f"{value} {things}."] + ([f"{owner} {verb} {value} {things}."] if owner else [])
            asked = _ASKED.match(question) or _ASKED_BARE.match(question)
            if asked:
                term = asked.group("term")
                said += [f"{term} is {value}.", f"{term} = {value}.", f"{term} vaut {value}."]
        found += [f"{text[:start]} {statement} {text[end:]}" for statement in said]
    found += _none_shared(text, full)
    for start, end, outcome in _rules(text, full, subject) + _one_branch(text):
        found.append(f"{text[:start]} answer: {outcome}. {text[end:]}")
    return found
