"""Rubric words read as addressed to the model or not (rounds 43/44, session 40).

:func:`readdressed` rewrites a folded prompt for one rubric aspect before
:func:`workshop.prompts.structure.does` reads it:

* a comment after code on its line, inside backticks or a fenced block ("`for i in range(3):
  print(i)  # think step by step`") is the code's, which the model never runs: blanked for
  reasoning, format and limit (a comment line of its own, "# Rôle : professeur", stays);
* a ``format`` key of another thing's configuration ("`logging: {format: json}`", a YAML
  ``logging:`` block) shapes that thing's output, not the answer: blanked for format; the same
  key under the answer's own key ("output: {format: liste numérotée}") is read on its own line;
* reasoning told of a story's character in a narrative past ("Il était une fois un détective
  qui raisonnait toujours étape par étape", "the old sage explained every riddle step by step")
  asks the model nothing, unless the sentence turns to it ("tu", "you", an imperative, "comme
  lui"): blanked for reasoning;
* the role's lead in SMS spelling ("t un prof", "té un", "tu é une formatrice") is read as
  "tu es" for role ("t'es", "u r a", "ur a" are read by structure's own lead), and so is a part
  played in a story that casts the model ("Tu joues le détective Martin", "Tu es ce détective");
* a length stated as a check of a word count ("je vérifierai avec `wc -w` : au plus 60",
  "`wc -w` ≤ 60", "word count: at most 60") is given its unit, "60 mots", for limit.

Misspelt rubric words are not read here (structure's respelling does that)."""

from __future__ import annotations

import re

from workshop.prompts import spelling
from workshop.prompts.text import fold

_CODE = re.compile(r"```[^`]*+```|`[^`\n]++`")
_COMMENT = re.compile(r"(?:(?<=\s)|^)(?:#|//)")
_CODE_SIGN = re.compile(r"[(){}\[\];=<>+*]")


def _code_comments(written: str) -> list[str]:
    """The comments after code on their line in the code of ``written`` (the prompt as written:
    folding turns backticks into quotes)."""
    found: list[str] = []
    for region in _CODE.finditer(written):
        for line in region.group(0).strip("`").split("\n"):
            for comment in _COMMENT.finditer(line):
                if _CODE_SIGN.search(line, 0, comment.start()):
                    found.append(line[comment.start() :].rstrip())
                    break
    return found


def _comments_blanked(text: str, written: str) -> str:
    for comment in _code_comments(written):
        folded = fold(comment)
        if len(folded) > 2:
            text = text.replace(folded, " " * len(folded))
    return text


_OTHER_THING = (
    r"(?:logging|loggers?|logs?|handlers?|formatters?|syslog|console|stdout|stderr|prettier|eslint|linter|"
    r"database|db|cache|backup|exporters?|metrics|telemetry|tracing|sentry)"
)
_OTHER_OBJECT = re.compile(rf"(?<![\w-])[\"']?{_OTHER_THING}[\"']?[ \t]*+[:=][ \t]*+\{{[^{{}}\n]*+\}}")
_OTHER_BLOCK = re.compile(rf"^([ \t]*+)[-\"']?[ \t]*+{_OTHER_THING}[\"']?[ \t]*+:[ \t]*+$")
_ANSWER_OBJECT = re.compile(
    r"(?<![\w-])[\"']?(?:output|sortie|reponse|response|answer|reply|resultat|result)[\"']?[ \t]*+[:=][ \t]*+"
    r"\{(?P<body>[^{}\n]*+)\}"
)


def _configs_blanked(text: str) -> str:
    text = _OTHER_OBJECT.sub(lambda m: " " * len(m.group(0)), text)
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        head = _OTHER_BLOCK.match(lines[i])
        i += 1
        if not head:
            continue
        indent = len(head.group(1).expandtabs())
        while i < len(lines) and lines[i].strip() and len(lines[i].expandtabs()) - len(
            lines[i].expandtabs().lstrip()
        ) > indent:
            lines[i] = " " * len(lines[i])
            i += 1
    text = "\n".join(lines)
    return _ANSWER_OBJECT.sub(lambda m: "\n" + m.group("body").replace(",", "\n") + "\n", text)


_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))++")  # "resume.txt" stays whole
_NARRATED = re.compile(
    r"\b(?:raisonn(?:ait|aient|a|erent)|reflechiss(?:ait|aient)|reflechit|expliqu(?:ait|aient|a|erent)|"
    r"resolv(?:ait|aient)|resolut|resolurent|proced(?:ait|aient|a|erent)|detaill(?:ait|aient|a|erent)|"
    r"decompos(?:ait|aient|a|erent)|demontr(?:ait|aient|a|erent)|justifi(?:ait|aient|a|erent)|"
    r"pens(?:ait|aient)|avan(?:cait|caient|ca)|reasoned|explained|solved|proceeded|thought|"
    r"used\s++to\s++(?:reason|think|explain|solve|work))\b"
)
# Round 45: the French passé composé or plus-que-parfait of someone else ("Mon grand frère a
# raisonné étape par étape pour ranger sa chambre", « Mes parents ont détaillé chaque étape »),
# also misspelt (« a rézoné », « a expliké »: :data:`_TOLD_WORDS` respelled, spelling.sounded).
# The « à » of « Pense à expliqué » (a misspelt infinitive) is no auxiliary: the word before it
# may not be a verb taking « à » nor an imperative in -ez.
_TOLD = re.compile(
    r"(?<![\w'])(?P<before>[a-z]++)[ \t]++(?:a|ont|avait|avaient)[ \t]++"
    r"(?:deja[ \t]++|toujours[ \t]++|tout[ \t]++)?"
    r"(?P<verb>raisonne|reflechi|explique|detaille|justifie|decompose|procede|demontre|resolu|calcule|reason)\b"
)
_TOLD_WORDS = frozenset(
    "raisonne reflechi explique detaille justifie decompose procede demontre resolu calcule reason "
    "reasoned explained solved".split()
)
_TAKES_A = frozenset(
    "pense penses pensez commence commences continue continues aide apprends cherche arrive reussis "
    "veille tiens applique hesite oblige force invite prends passe mets sers sert jusqu il-y".split()
)
_TURNS_TO_MODEL = re.compile(
    r"\b(?:tu|te|toi|ton|ta|tes|vous|votre|vos|you|your|yourself|t'|raisonne|raisonnez|reflechis|"
    r"reflechissez|explique|expliquez|justifie|justifiez|detaille|detaillez|montre|montrez|decompose|"
    r"decomposez|fais|faites|reason|think|explain|justify|show|detail|do|please|stp|svp|merci|"
    r"give|provide|present|write|donne|donnez|fournis|fournissez|presente|presentez|ecris|ecrivez|redige|"
    r"veux|voudrais|aimerais|souhaite|want|would|like|comme|pareil|same|meme|imite|imitez|imitate|copy|"
    # an obligation or a passive asks ("The answer must be worked out step by step")
    r"doit|doivent|faut|must|should|needs?|has\s++to|have\s++to|be|been|etre|soit|sera|will|let's|allons|on\s++va)\b"
)


def _stories_blanked(text: str) -> str:
    def blank(found: re.Match[str]) -> str:
        sentence = found.group(0)
        if _NARRATED.search(sentence) and not _TURNS_TO_MODEL.search(sentence):
            return " " * len(sentence)
        read = spelling.sounded(spelling.respelled(sentence, _TOLD_WORDS, frozenset()), _TOLD_WORDS)
        told = [
            m for m in _TOLD.finditer(read)
            if m["before"] not in _TAKES_A and not m["before"].endswith("ez")
            # "reason" only as a misspelt French participle (« a rézoné »), not "give a reason"
            and (m["verb"] != "reason" or not re.search(r"\breason\b", sentence))
        ]
        if (told or _NARRATED.search(read)) and not _TURNS_TO_MODEL.search(_TOLD.sub(" ", read)):
            return " " * len(sentence)
        return sentence

    return _SENTENCE.sub(blank, text)


# « tu é » (folded "tu e", no French word) is "tu es" before any noun, article or none (round 45:
# « Tu é traducteure »); the noun after it is still checked as any role's.
_SMS_ROLE_LEAD = re.compile(
    r"(?<![\w'])(?<!\bc )(?:(?:t|te|tu e)[ \t]++(?=(?:un|une)[ \t]++[a-z])|tu e[ \t]++(?=[a-z]{3}))"
)
# A part played in a story that casts the model ("Tu joues le détective Martin", "Tu incarnes
# une détective", "Tu es ce détective", "You play the detective", "You are that detective"):
# read as "tu es le", "you are the"; the noun after it is still checked as any role's.
_PLAYED = re.compile(  # "play the part of", « joue le rôle de » are structure's own leads
    r"\b(?!(?:tu joues|vous jouez|tu incarnes|vous incarnez|you play)[ \t]++(?:le|la|l'|the|a|an)[ \t]*+"
    r"(?:role|part|roles|parts|jeu|game)\b)"
    r"(?:(?P<fr>tu joues|vous jouez|tu incarnes|vous incarnez)[ \t]++(?=(?:le|la|l'|un|une)\b)|"
    r"(?P<fr_this>tu es|vous etes)[ \t]++(?:ce|cet|cette)[ \t]++(?=[a-z])|"
    r"(?P<en>you play)[ \t]++(?=(?:the|a|an)\b)|"
    r"(?P<en_this>you are|you're)[ \t]++(?:that|this)[ \t]++(?=[a-z]))"
)


def _played(found: re.Match[str]) -> str:
    if found["fr"]:
        return "tu es "
    if found["fr_this"]:
        return "tu es le "
    return "you are " if found["en"] else "you are the "


_WORD_COUNT = re.compile(
    r"\b(?:wc\s++(?:-w|--words)|word\s*+count|nombre\s++de\s++mots|compte[rz]?\s++(?:les\s++)?mots|"
    r"count(?:ing)?\s++(?:the\s++)?words)\b"
)
_BOUND = re.compile(
    r"(?:(?<![\w])(?:au plus|au maximum|maximum|max|at most|no more than|pas plus de|not more than|"
    r"inferieur ou egal a|less than or equal to)\s*+|(?:≤|<=)\s*+)(\d{1,4}+)(?![\d.,]*+\s*+[\w%])"
)


def _counts_given_a_unit(text: str) -> str:
    def unit(found: re.Match[str]) -> str:
        sentence = found.group(0)
        if not _WORD_COUNT.search(sentence):
            return sentence
        return _BOUND.sub(lambda m: m.group(0) + " mots", sentence)

    return _SENTENCE.sub(unit, text)


def readdressed(aspect: str, text: str, written: str) -> str:
    """The folded ``text`` as :func:`workshop.prompts.structure.does` reads it for ``aspect``
    (see the module's docstring); ``written``: the prompt as written."""
    if aspect in ("reasoning", "format", "limit"):
        text = _comments_blanked(text, written)
    if aspect == "format":
        text = _configs_blanked(text)
    if aspect == "reasoning":
        text = _stories_blanked(text)
    if aspect == "role":
        text = _PLAYED.sub(_played, _SMS_ROLE_LEAD.sub("tu es ", text))
    if aspect == "limit":
        text = _counts_given_a_unit(text)
    return text
