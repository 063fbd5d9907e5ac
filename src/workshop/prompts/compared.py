"""Several whole answers pasted side by side from a chat's page (issue 11, round 80, fix-helper fix80).

A chat shows more than one answer to one prompt in a few views, and copying the page copies them all:
ChatGPT's comparison ("Which response do you prefer? … Response 1 … Response 2 … I prefer this
response", « Quelle réponse préférez-vous ? … Réponse A … Réponse B »), Gemini's drafts ("Show drafts …
Draft 1 … Draft 2 … Draft 3"), a regenerated answer below the first ("(regenerated)", « (régénéré) »,
"Retry" / « Réessayer » and its counter "2 / 2", ChatGPT's "< 1/2 >" … "< 2/2 >"). Each part is a whole
answer, so the text holds several.

* :func:`versions` splits an answer at those separators, the view's own lines (its header, "I prefer this
  response", "volume_up", "Show drafts", "Good response") left out: the answer's versions, as written. A
  version's label ("Response 2", "Draft 1", « Réponse B ») is a separator only when the text holds two
  of them or the view's header (a lone "Réponse 1" line may be an answer line without its colon); a
  regeneration line always is.
* :func:`several` (used by :mod:`workshop.prompts.candidates` for the free-text and JSON tasks) says
  whether they are two different answers or more: two versions of a translation, a summary, a plan are
  two answers, and no answer check pays (identical copies are one answer).
* :func:`marked` (used by :func:`workshop.prompts.turns.model_answer` for every task) writes each
  separator as a line without figures ("(version)"), so that a counter ("2 / 2", "< 2/2 >") or a label's
  number ("Response 2") is never read as a value; the value tasks then read every version, and their
  several-values rule stands (two that agree are one answer, two that differ none).

Limits: a view pasted without its labels or separators (two translations one after the other) is not
seen here; a version label in a language not listed (« Ответ 1 ») is not a separator."""

from __future__ import annotations

import re

from workshop.prompts.text import fold

MAX_CHARS = 64 * 1024
SEPARATOR = "(version)"
# Round 81 (fix81): a later model turn of a pasted conversation that answers again (turns.py), kept as a
# version of its own; a later turn that states no value of a final check leaves the first one's standing
# (:func:`neutral_turns`), where a side-by-side version must pass as every other
TURN_SEPARATOR = "(later turn)"
# A version's label alone on its line ("Response 1", "Draft 2 👍", « Réponse B », "**Antwort 1**").
_LABEL = re.compile(
    r"^[ \t>*_#-]*+(?:response|reponse|respuesta|resposta|risposta|antwort|draft|brouillon|entwurf|borrador|"
    r"bozza|rascunho)[ \t]++(?:[a-d]|[1-9])(?:[ \t]*+(?:/|of|sur|de|von)[ \t]*+[1-9])?(?![\w'-])"
    r"[ \t*_:.)-]*+[^\w\n]{0,12}$",
    re.M,
)
# A regeneration's line: "(regenerated)", « (régénéré) », "Regenerate", « Réessayer », "Retry", a counter.
_REGENERATION = re.compile(
    r"^[ \t>*_#-]*+[(\[]?[ \t]*+(?:version(?=[ \t]*+\))|later turn(?=[ \t]*+\))|"
    r"regenerated(?: response| answer)?|"
    r"regenerate(?: response)?|regenerer|"
    r"regeneree?s?|reponse regeneree|nouvelle generation|retry|re-try|try again|reessayer|reintentar|"
    r"wiederholen|neu generieren|rigenera|rigenerata)[ \t]*+[)\]]?"
    r"(?:[ \t]*+<?[ \t]*+\d{1,2}[ \t]*+/[ \t]*+\d{1,2}[ \t]*+>?)?[ \t.]*+$"
    r"|^[ \t]*+<[ \t]*+\d{1,2}[ \t]*+/[ \t]*+\d{1,2}[ \t]*+>[ \t]*+$",
    re.M,
)
# A counter alone ("2 / 2"): a regeneration's only right after one of its lines.
_COUNTER = re.compile(r"^[ \t]*+<?[ \t]*+\d{1,2}[ \t]*+/[ \t]*+\d{1,2}[ \t]*+>?[ \t]*+$")
# The view's own lines: its header and footer, its buttons.
_CHROME = re.compile(
    r"^[ \t>*_#-]*+(?:which (?:response|answer) do you prefer|quelle reponse preferez-vous|"
    r"quelle reponse preferes-tu|responses may take a moment to load|les reponses peuvent prendre un moment"
    r"[^\n]{0,40}|i prefer this (?:response|answer)|je prefere cette reponse|"
    r"show drafts|hide drafts|afficher les brouillons|masquer les brouillons|view other drafts|"
    r"autres brouillons|volume_up|good response|bad response|bonne reponse|mauvaise reponse|"
    r"you're giving feedback on a new version of chatgpt|vous donnez votre avis sur une nouvelle version"
    r"[^\n]{0,60})[ \t?!.:]*+[^\w\n]{0,12}$",
    re.M,
)
# What only the view's header is: a label is a separator after it, alone as it may be.
_HEADER = re.compile(
    r"^[ \t>*_#-]*+(?:which (?:response|answer) do you prefer|quelle reponse preferez-vous|"
    r"quelle reponse preferes-tu|show drafts|afficher les brouillons|view other drafts)",
    re.M,
)


def _kinds(text: str) -> list[str]:
    """Each line of ``text``: "sep" (a separator), "chrome" (the view's own), or "text"."""
    lines = [fold(line) for line in text.split("\n")]
    labels = sum(1 for line in lines if _LABEL.match(line))
    labelled = labels >= 2 or (labels >= 1 and any(_HEADER.match(line) for line in lines))
    kinds = []
    for line in lines:
        if _REGENERATION.match(line) or (labelled and _LABEL.match(line)):
            kinds.append("sep")
        elif kinds and kinds[-1] == "sep" and _COUNTER.match(line):
            kinds.append("sep")
        elif _CHROME.match(line):
            kinds.append("chrome")
        else:
            kinds.append("text")
    return kinds


def versions(text: str) -> list[str]:
    """The versions ``text`` holds, as written (one: the whole text, the view's lines left out)."""
    text = text[:MAX_CHARS]
    lines = text.split("\n")
    found: list[list[str]] = [[]]
    for line, kind in zip(lines, _kinds(text), strict=True):
        if kind == "sep":
            found.append([])
        elif kind == "text":
            found[-1].append(line)
    return [v for v in ("\n".join(part).strip() for part in found) if re.search(r"\w", v)]


def later_turns(text: str) -> bool:
    """Whether ``text``'s versions are a conversation's turns (:data:`TURN_SEPARATOR`)."""
    return any(line.strip() == TURN_SEPARATOR for line in text[:MAX_CHARS].split("\n"))


def several(text: str) -> bool:
    """Whether ``text`` holds two different versions or more (copies of one are one)."""
    found = versions(text)
    return len({" ".join(fold(v).split()) for v in found}) >= 2


def marked(text: str) -> str:
    """``text`` with each separator line written "(version)" (no figure left to read; blanked when the
    text holds one version only) and the view's own lines blanked; unchanged when it holds none."""
    head = text[:MAX_CHARS]
    kinds = _kinds(head)
    if all(kind == "text" for kind in kinds):
        return text
    separator = SEPARATOR if len(versions(head)) >= 2 else ""
    out = []
    for line, kind in zip(head.split("\n"), kinds, strict=True):
        kept = separator if line.strip() != TURN_SEPARATOR or not separator else line
        out.append(kept if kind == "sep" else "" if kind == "chrome" else line)
    return "\n".join(out) + text[MAX_CHARS:]
