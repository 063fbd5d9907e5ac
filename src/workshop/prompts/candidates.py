"""Answers that offer several candidates (issue 11, point 1: "an answer that offers several
candidates … has no final answer"; round 63, fix-helper fix63). The final-answer reader
(extract.py) already says so of a count, a line or a verdict; this reads the answers of the
other tasks, free text and JSON, where a candidate is a whole rendering, a part or a label:

- inline alternatives: a bracket that opens on "or:", « ou : », "alt.:", "alternatively:"
  (« (ou : des jetons) », "[or: While it is being trained]", "(alt.: confidently wrong)"), or an
  English "(or tagged)" (not "(or even …)", "(or more)", "(or rather …)"); a line or a footnote
  that opens on one ("¹ Or: tagged.", "Alternatively: …", « Variante courte : … »);
- the same word in two spellings side by side ("labeled/labelled", "recognize (recognise)",
  "labeled [labelled]"), or a word in square brackets right after another ("mistake [error]"),
  unless the bracket explains a pronoun, opens on an article ("it [the model]", "[sic]") or quotes
  the source's own words ("model [modèle d'intelligence artificielle]", round 13); a word queried in a
  bracket after another ("labelled [tagged?]", "parameters (weights?)", round 73);
- two renderings of a sentence with a slash between them ("… billions of them. / A large language
  model possesses …", round 73);
- labelled versions: two lines or more labelled "Option A:", « Version 1 : », "Formal
  version:", "Plan B:", "Translation 2:", or one such line after the text (« …\n\nVariante courte : … »);
- a panel of other wordings after the text (round 101: a heading alone, "Alternatives ›", « Autres
  formulations », "Synonyms:", or a line that pairs a phrase of the text with others by an arrow:
  "labelled photos → tagged pictures, annotated images");
- a correction line after the text that renders part of it again (round 76: « Rectification : « … » → « … » »,
  "Correction: … should read …", "Edit — … → …"): an arrow, a quoted passage or a verb of replacement
  ("Edit: added the Q&A at the end" renders nothing);
- in prose, two words or more offered with slashes ("labelled/tagged", "mistake/error":
  :func:`workshop.prompts.structure.offers_alternatives`; "and/or", "input/output" are one word);
- in JSON, a review given two labels: a label value holding two labels ("neutral (60%) /
  positive (40%)", ``["neutral", "positive"]``, a map of labels to probabilities), a record with
  a second label field (``"alt": "positive"``), the same review listed twice with two labels.

:func:`offered` says whether an answer does; grading then pays none of its answer checks (not
even answer-is-json). A single answer that is partly wrong is not read here: each check pays
what it truly reads. Text is folded (:func:`workshop.prompts.text.fold`).

Limits: a synonym in parentheses without a marker ("tagged (labelled)") is read as a gloss, as
"large language model (LLM)" is; a colon-less « (ou calculette) » is a gloss in French; one
slashed pair in prose that is no spelling variant ("labelled/tagged" alone) is not enough; two
translator's insertions in brackets that are no article-led phrase ("[chihuahua]") would be read as
alternatives; a table with two duration columns is left to the plan's own reader."""

from __future__ import annotations

import itertools
import re
from collections.abc import Set
from typing import Any

from workshop.prompts import compared, structure
from workshop.prompts.checks import answer_json
from workshop.prompts.text import fold

_ALT_WORDS = (
    r"(?:or|ou|alt|alternatively|alternativement|alternative|ou bien|or else|sinon|variante?|variant)"
)
# A bracket that opens on an alternative's marker and a colon, or an English "(or X)".
_MARKED = re.compile(
    r"[(\[][ \t]*+" + _ALT_WORDS + r"\.?[ \t]*+:"
    # session 56 (fix99versions): « (aussi : étiquetées) », "(also: tagged)", "(or also: tweaks)"
    r"|[(\[][ \t]*+(?:also|aussi|or also|ou encore|ou aussi|or even)[ \t]*+:"
    r"|[(\[][ \t]*+or[ \t]++(?!(?:even|more|so|less|fewer|rather|else|not|both|either|neither|otherwise|"
    r"at least|at most|so on)(?![\w'-]))[a-z]"
    # session 57 (fix100hedge, round 100): an annotation's bracket, a reviewer's comment or a note, that
    # offers one ("[Comment A1: or “tweaks”]", « [Note : ou « ajuste »] », "(Suggestion JD2: alt: tunes)")
    r"|[(\[][ \t]*+(?:comment|commentaire|note|remarque|nb|n\.b\.|review|suggestion|ndt|ndlr|tn"
    r"|translator's note|note du traducteur)(?:[ \t]++[a-z]{0,3}\d{1,3}+)?[ \t]*+:[ \t]*+"
    + _ALT_WORDS
    + r"(?![\w'-])"
    # session 58 (fix102hedge, round 102): a bracket labelled with a variety of English that offers its
    # spelling or wording ("labelled [US: labeled]", "(UK: labelled)", "[en-GB: recognise]", "(British
    # English: tweaks)")
    r"|[(\[][ \t]*+(?:(?:us|uk|gb|am|amer|brit|en[-_](?:us|gb|uk)|american|british|americaine?|britannique)"
    r"(?:[ \t]++(?:spelling|english|usage|orthographe|anglais|form|forme))?+"
    r"|(?:orthographe|anglais|spelling|english|forme)[ \t]++"
    r"(?:us|uk|gb|americaine?|britannique|american|british))"
    r"\.?[ \t]*+:[ \t]*+[a-z\"«“']"
)
# A line (or a footnote: "^1", "[^1]:", "(1)", "*") that opens on one ("Or:", "Alternatively,").
_LINE_MARKED = re.compile(
    r"^[ \t>*_#-]*+(?:(?:\^?\d{1,2}(?![.)\d])|\[\^?\d{1,3}\]:?|\(\d{1,3}\)|\*++|†|‡)[ \t]*+)?"
    r"(?:" + _ALT_WORDS + r"\.?[ \t*_]*+:|(?:alternatively|alternativement)[ \t]*+,"
    # session 58 (fix102hedge, round 102): a footnote that offers a quoted wording with no colon ("¹ or
    # "tweaks"", « * ou « étiquetées » », "[^1]: or else "identify"", placed as a "> " line where attached)
    r"|(?<=[\d\]:*)†‡>][ \t])(?:or|ou|ou bien|or else|sinon|alternatively|alternativement)[ \t]++[\"«“']"
    r"|(?:une |an)?(?:autre|other|another) (?:version|formulation|wording|traduction|translation)"
    r"(?![\w'-])[^:\n]{0,30}?:)",
    re.M,
)
# A line labelled as one version of several: "Option A:", « Version 1 (formelle) : », "Formal
# version:", "Plan B:", "Translation 2:".
_VERSION = r"(?:version|variante?|variant|option|draft|brouillon|proposition|proposal)"
_IDENT = r"(?:[a-d]|[1-9]|i{1,3}|iv|un|une|deux|trois|one|two|three)"
_LABELLED_VERSION = re.compile(
    r"^[ \t>*_#-]*+(?:(?:[a-z']++[ \t]++){0,2}?" + _VERSION + r"(?![\w'-])"
    r"|(?:plan|traduction|translation|resume|summary|reponse|answer)[ \t]++" + _IDENT + r"(?![\w'-]))"
    r"[^:\n]{0,30}?(?::|[ \t*_]*+$)",
    re.M,
)
VERSIONS = 2  # labelled versions, at least
# Round 76 (fix76): a correction after the text ("Rectification : « … has billions of them » → « … contains
# billions »", "Correction: …", "Erratum: …", "Edit: …"): the text rendered again in part, a second candidate.
_CORRECTION_LINE = re.compile(
    r"^[ \t>*_#-]*+(?:rectification|rectificatif|correction|corrections|corrigendum|erratum|errata|edit"
    r"|edited"
    r"|update|updated|mise a jour|modif|modification|je corrige|je me corrige|fix|fixed|amendment|amendement)"
    r"[ \t*_]*+(?::|-[ \t]|—)",
    re.M,
)
# what renders a part again: an arrow, a quoted passage, a verb of replacement ("Edit: added the Q&A at the
# end" says what it did and renders nothing)
_REWRITES = re.compile(
    r"→|->|=>|[«\"“][^\n«»\"“”]{3,200}+[»\"”]"
    r"|(?<![\w'-])(?:should[ \t]++read|read|lire|lisez|lis|replace|remplacer"
    r"|remplace|instead[ \t]++of|au[ \t]++lieu[ \t]++de|rather[ \t]++than|a[ \t]++la[ \t]++place)(?![\w'-])"
)
# Round 101 (fix101, r101g-traduction-fr-panneau-alternatives): a chat tool's side panel of other wordings
# pasted under the text ("Alternatives ›", « Autres formulations », "Synonyms:"), a heading alone on its line
# after the text; or a line after the text that pairs a phrase of the text with other wordings by an arrow
# ("labelled photos → tagged pictures, annotated images"): more renderings of a part, more candidates.
_ALTERNATIVES_HEADING = re.compile(
    r"^[ \t>*_#-]*+(?:alternatives?|alternative (?:wordings?|translations?|phrasings?|versions?)|"
    r"other (?:wordings?|translations?|phrasings?|options?)|synonym(?:e|es|s)?|variantes?|variants?|"
    r"reformulations?|rephrasings?|autres? (?:formulations?|traductions?|tournures?|options?|propositions?)|"
    r"formulations? alternatives?|traductions? alternatives?|more (?:options|wordings|ways to say it))"
    r"[ \t*_:›»>.…)\]-]*+$",
    re.M,
)
_ARROW_LINE = re.compile(
    r"^[ \t>*_•-]*+[«\"“']?+(?P<left>[a-z][a-z' -]{2,60}?)[»\"”']?+[ \t]*+(?:→|->|=>|⇒|➔|➜|›|»)[ \t]*+"
    r"(?P<right>[«\"“']?+[a-z][^\n\d]{1,200}+)$",
    re.M,
)


def _alternatives_panel(folded: str) -> bool:
    """Whether ``folded`` offers other wordings for a part of its text after it (see above)."""
    for heading in _ALTERNATIVES_HEADING.finditer(folded):
        if folded[: heading.start()].strip() and folded[heading.end() :].strip():
            return True
    for arrow in _ARROW_LINE.finditer(folded):
        left = arrow["left"].strip(" '-")
        if len(left.split()) < 2 and len(left) < 5:
            continue
        if re.search(rf"(?<![\w'-]){re.escape(left)}(?![\w'-])", folded[: arrow.start()]):
            return True
    return False


# Session 58 (fix102versions, round 102): a tracked change left in the text, to accept or refuse: a word
# diff's marks ("[-conçoit-]{+invente+}", git's --word-diff), CriticMarkup's ("{++…++}", "{--…--}",
# "{~~old~>new~~}"), or an insertion's mark after a struck word (« ~~conçoit~~ {+invente+} », the struck word
# gone in the normal form): both sides stand, the README's diff left to choose from, two candidates. A
# strike-through alone ("~~invente~~ conçoit") corrects, as before.
_TRACKED = re.compile(
    r"\{\+\+?+[^{}+\n]{1,200}+\+\+?+\}|\[-[^\[\]\n-]{1,200}+-\]|\{--[^{}\n-]{1,200}+--\}"
    r"|\{(?:~~)?+[^{}~\n]{1,200}+~>"  # the folded form drops the "~~" of "{~~old~>new~~}"
)
# Session 58 (fix102versions, round 102): a footnote under the text, called from it, that offers another value
# or wording for the part it is called from (« ¹ ou 1645, selon les sources », "* or 1645, according to some
# sources", "[1] Some sources give 1645."): one more candidate, as "(or: tagged)" inside the text.
_NOTE_ALTERNATIVE = re.compile(
    r"^[ \t>]*+(?:\^?(?P<n>\d{1,2})|\[\^?(?P<b>\d{1,3})\]:?|\((?P<p>\d{1,3})\)|(?P<s>\*{1,3}+|†|‡))[ \t]++"
    r"(?:" + _ALT_WORDS + r"|ou plutot|or rather|(?:certaines|d'autres|plusieurs|some|other|several) sources"
    r"(?: (?:donnent|disent|indiquent|citent|datent|give|say|state|cite|date))?)(?![\w'-])[ \t,:]*+[^\s]",
    re.M,
)


def _note_alternative(folded: str, answer: str) -> bool:
    """Whether a footnote called from the text above it offers another value or wording (see above); a
    symbol's call ("1642*") is read in the ``answer`` as written, the folded form drops it."""
    for note in _NOTE_ALTERNATIVE.finditer(folded):
        before = folded[: note.start()]
        if not before.strip():
            continue
        mark = note["n"] or note["b"] or note["p"]
        if mark is not None:
            calls = (f"^{mark}", f"[^{mark}]", f"[{mark}]", f"({mark})")
            if any(call in before for call in calls):
                return True
            # a superscript called after a letter ("adjusts¹") is dropped by the normal form: a short note
            # under a blank line after the text is read as called
            line_end = folded.find("\n", note.start())
            line = folded[note.start() : len(folded) if line_end < 0 else line_end]
            if note["n"] is not None and len(line) <= 120 and before.rstrip(" \t>").endswith("\n\n"):
                return True
        elif re.search(r"(?<![*])[\w.,)]" + re.escape(note["s"]) + r"(?![*])", answer):
            return True
    return False


# Session 60 (fix106notes, round 106): another rendering offered in prose, before or after the text ("Going
# further: "parameters" can also be rendered as "weights"", « On peut aussi traduire « paramètres » par … »,
# ""Labelled" could also be translated as "tagged"", "another possible translation"): a second version of a
# part, as "(or: tagged)" is. Only verbs of rendering: "it can also be wrong" renders nothing twice.
_ALSO_RENDERED = re.compile(
    r"(?<![\w'-])(?:(?:can|could|may|might|would)[ \t]++"
    r"(?:also|equally|just[ \t]++as[ \t]++well|as[ \t]++well)"
    r"[ \t]++be[ \t]++(?:rendered|translated|phrased|worded|expressed)"
    r"|(?:is|are)[ \t]++(?:also|sometimes|often|equally)[ \t]++(?:rendered|translated)[ \t]++(?:as|by|with)"
    r"|(?:also|equally)[ \t]++(?:translates|renders)[ \t]++(?:as|to)"
    r"|(?:you|one|we)[ \t]++(?:can|could|might|may)[ \t]++(?:also|equally)[ \t]++(?:translate|render)"
    r"|(?:on|vous|tu|nous)[ \t]++(?:peut|peux|pouvez|pourrait|pourriez|pourrais|pouvons|pourrions)[ \t]++"
    r"(?:aussi|egalement|tout[ \t]++aussi[ \t]++bien|tres[ \t]++bien)[ \t]++(?:traduire|rendre)"
    r"|(?:se[ \t]++)?(?:traduit|traduisent|rend|rendent)[ \t]++(?:aussi|egalement)[ \t]++par"
    r"|(?:peut|peuvent|pourrait|pourraient)[ \t]++(?:aussi|egalement)[ \t]++(?:se[ \t]++traduire|etre[ \t]++"
    r"(?:traduite?s?|rendue?s?))"
    r"|another[ \t]++(?:possible[ \t]++)?(?:rendering|translation)|autre[ \t]++traduction[ \t]++possible)"
    r"(?![\w'-])"
)
# Session 60 (fix106notes, round 105: « [Suggestion : remplacer « épauler » par « aider »] »): a suggestion
# left by a word processor's suggestion mode, in a bracket, that replaces a part: both readings stand.
_SUGGESTED = re.compile(
    r"[(\[][ \t]*+(?:suggestion|suggested[ \t]++(?:edit|change)|suggere|modification[ \t]++suggeree"
    r"|proposed[ \t]++(?:edit|change))[^)\]\n:]{0,40}+:[^)\]\n]{0,200}?"
    r"(?<![\w'-])(?:remplacer|remplace|replace|substituer|substitute|change|changer|mettre|use|utiliser|lire|read|→|->)"
    r"(?![\w'-])"
)


# A word and another right after it, in a bracket or after a slash.
_SLASHED_PAIR = re.compile(r"(?<![\w'/-])([a-z]{4,20}+)[ \t]*+/[ \t]*+([a-z]{4,20}+)(?![\w'/-])")
_BRACKETED_PAIR = re.compile(r"(?<![\w'-])([a-z]{4,20}+)[ \t]*+[(\[][ \t]*+([a-z]{4,20}+)[ \t]*+[)\]]")
# Words in square brackets right after a word: "mistake [error]" (not a link, a footnote, a reference).
# Fix73 (round 73): a question mark closing the bracket ("labelled [tagged?]") marks it a guess, one more.
_BARE_BRACKET = re.compile(r"(?<![\w'-])([a-z']{1,20}+)[ \t]*+\[(?!\^)([a-z][a-z' -]{0,40}+)\??\](?![(:\[])")
# Fix73 (round 73): a word queried in round brackets right after a word ("parameters (weights?)").
_QUERIED_BRACKET = re.compile(r"(?<![\w'-])([a-z']{1,20}+)[ \t]*+\([ \t]*+([a-z][a-z' -]{0,40}+)\?[ \t]*+\)")
# Fix73 (round 73): a slash between two sentences ("… billions of them. / A large language model
# possesses …"): a second rendering of the sentence.
_SENTENCE_SLASH = re.compile(r"[.!?…][\"'»”)]?+[ \t]++/[ \t]++[^\s/]")
_GLOSS_FIRST = set(
    "the a an this that these those its his her their our le la les l un une des du de ce cette ces son sa "
    "ses leur leurs sic etc ie i.e i e ndt ndlr note".split()
)
_PRONOUNS = set(
    "it they he she him them this that which who il elle ils elles lui eux ce cela celui celle".split()
)
BRACKET_WORDS = 4  # a bracket of more words is a phrase of its own, no alternative to one word


def _variant(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one word in two spellings (labeled/labelled, -ize/-ise):
    the same start, at most two edits apart, neither the other with an ending added."""
    if a == b or a[:3] != b[:3] or abs(len(a) - len(b)) > 2 or a.startswith(b) or b.startswith(a):
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = row
    return previous[-1] <= 2


def _bare_brackets(folded: str, source: Set[str]) -> bool:
    for m in (*_BARE_BRACKET.finditer(folded), *_QUERIED_BRACKET.finditer(folded)):
        inside = m[2].split()
        if m[1] in _PRONOUNS or not inside or inside[0] in _GLOSS_FIRST or len(inside) > BRACKET_WORDS:
            continue
        if all(w in source for w in re.findall(r"[a-z]{4,}+", m[2])):
            continue  # the source's own words: a gloss of the original (round 13), no second rendering
        return True
    return False


# Session 52 (fix86, round 86): an earlier answer quoted under the student's own comment («
# Le résumé du chat :
# « … » Perso je ne suis pas d'accord : … », "ChatGPT gave me: "…" I don't agree with it, my version is
# better: …"): the text is the student's message about an answer, the quoted one and the student's view are
# two candidates, and neither is the model's answer to the prompt. A quotation opened by a model or a chat
# named as its author (or "it gave me", « il m'a répondu »), then, after the quotation closes, a judgement
# of it in the first person or the student's own version.
_MODEL = (
    r"(?:chat[ \t]?gpt|gpt(?:-?\d\w*+)?|l'ia|l'i\.a\.|ia|ai|the[ \t]++ai|the[ \t]++model|le[ \t]++modele|"
    r"le[ \t]++chat|the[ \t]++chat(?:bot)?|le[ \t]++bot|the[ \t]++bot|claude|gemini|copilot|mistral|bard|"
    r"l'assistant|the[ \t]++assistant|le[ \t]++chatbot|chatbot|chat|bot|modele|model|it|il)"
)
_QUOTED_EARLIER = re.compile(
    r"(?:(?:le|la|son|sa|the|its|my|mon|ma)[ \t]++)?(?:resume|traduction|reponse|plan|version|summary|"
    r"translation|answer|output|texte|text)[ \t]++(?:du|de|of|from|by|de[ \t]++la|de[ \t]++l')[ \t]*+"
    + _MODEL
    + r"[ \t]*+:"
    r"|" + _MODEL + r"(?:'s|s')[ \t]++(?:summary|translation|answer|output|version|plan|text|reply)[ \t]*+:"
    r"|" + _MODEL + r"[ \t]++(?:gave[ \t]++me|m'a[ \t]++(?:donne|repondu|ecrit|propose|sorti|pondu)|a[ \t]++"
    r"(?:repondu|ecrit|propose|dit|donne)|answered|replied|wrote|said|says|dit|repond|suggested|came[ \t]++up"
    r"[ \t]++with)[ \t]*+:"
)
_QUOTE_OPEN = re.compile(r"(?<![ \t\n])[ \t\n]*+[«\"“]")  # after the intro's colon (mend52: linear)
_QUOTE_CLOSE = re.compile(r"[»\"”](?=[ \t]*+(?:\n|[a-z(]|$))")
_JUDGED = re.compile(
    r"(?<![\w'-])(?:je[ \t]++ne[ \t]++suis[ \t]++pas[ \t]++d'accord|pas[ \t]++d'accord|"
    r"i[ \t]++(?:don't|do[ \t]++not)[ \t]++agree|i[ \t]++disagree|c'est[ \t]++faux|"
    r"(?:it's|it[ \t]++is|that's|that[ \t]++is)[ \t]++wrong|il[ \t]++se[ \t]++trompe|it'?s[ \t]++mistaken|"
    r"ma[ \t]++version|my[ \t]++(?:own[ \t]++)?version|perso(?:nnellement)?|a[ \t]++mon[ \t]++avis|"
    r"in[ \t]++my[ \t]++(?:opinion|view)|je[ \t]++(?:pense|trouve|prefere)|i[ \t]++(?:think|prefer)|"
    r"personally|je[ \t]++suis[ \t]++d'accord|i[ \t]++agree)(?![\w'-])"
)


def _earlier_answer_judged(folded: str) -> bool:
    """An earlier answer quoted, then judged or rewritten by the student (see above)."""
    for intro in itertools.islice(_QUOTED_EARLIER.finditer(folded[:20_000]), 5):
        opened = _QUOTE_OPEN.match(folded, intro.end())
        if opened is None:
            continue
        # a judgement after a closing mark, any: the quoted answer may quote words itself ("chihuahua")
        for judged in _JUDGED.finditer(folded, opened.end(), min(len(folded), opened.end() + 6_400)):
            if _QUOTE_CLOSE.search(folded, max(opened.end(), judged.start() - 400), judged.start()):
                return True
    return False


# Session 56 (fix99versions, round 99): two whole renderings side by side, whatever leads or lays them out («
# Ou, plus court : …», "If you want the whole history: … / If you prefer the milestones only: …", two rows or
# two columns of a table, two bullets, two bare paragraphs, the other language): two passages, each as long as
# the shortest summary (:data:`WHOLE_WORDS`), that tell the same ground — most of the smaller one's word stems
# (:data:`SAME_GROUND`) or :data:`SAME_ANCHORS` of its figures and names are the other's. The parts of one
# answer (two paragraphs of different facts, one sentence a line, a table of its facts, a closing sentence)
# share little; identical copies are one answer. Passages: each line (a table row's cells each), and each
# paragraph.
WHOLE_WORDS = 20
SAME_GROUND = 0.4  # of the smaller passage's stems (five letters of a word of four or more, a figure)
SAME_ANCHORS = 3  # figures of two digits or more and names (a capital inside a sentence) both passages name
_PARAGRAPHS = re.compile(r"\n[ \t]*+\n")
_STEM = re.compile(r"[^\W\d_]{4,}+|\d{2,}+")
_ANCHOR = re.compile(r"\d{2,}+|(?<=[^\s.!?:;|*_#>-])[ \t]++([A-ZÀ-Ý][^\W\d_]{3,}+)")
_COMMON = set(
    "that this with from have been were they their them which also into then than those these when what "
    "where while there very more most some such each only once avec dans pour plus leur leurs elle elles "
    "sont mais puis comme cette tout tous toute aussi depuis encore".split()
)
MAX_PASSAGES = 60


def _passages(answer: str) -> list[list[str]]:
    """The answer's lines (a table row's cells each) and its paragraphs: two lists of passages."""
    lines: list[str] = []
    paragraphs = [p for p in _PARAGRAPHS.split(answer[:20_000]) if p.strip()]
    for line in answer[:20_000].split("\n"):
        cells = line.strip().strip("|").split("|") if line.lstrip().startswith("|") else [line]
        lines += [c for c in cells if c.strip()]
    return [lines[:MAX_PASSAGES], paragraphs[:MAX_PASSAGES]]


def _stems(passage: str) -> set[str]:
    return {w[:5] for w in _STEM.findall(fold(passage)) if w not in _COMMON}


def _anchors(passage: str) -> set[str]:
    return {fold(m[1])[:5] if m[1] else m[0] for m in _ANCHOR.finditer(passage)}


# A passage that times two parts or more is a plan's list, its recap table or a half of it (session 56, the
# lead: r5f, r12f, r18af): its parts and their durations are repeated by design, no second rendering.
TIMED = re.compile(r"(?<!\d)\d++[ \t]*+(?:min\w*+|h\b|heures?\b|hours?\b)")


def same_ground(a: str, b: str) -> bool:
    """Whether two passages tell the same ground: :data:`SAME_GROUND` of the smaller one's stems are the
    other's, or they share :data:`SAME_ANCHORS` figures and names (also read by :mod:`turns`, session 57)."""
    stems_a, stems_b = _stems(a), _stems(b)
    if not stems_a or not stems_b:
        return False
    if len(stems_a & stems_b) >= SAME_GROUND * min(len(stems_a), len(stems_b)):
        return True
    return len(_anchors(a) & _anchors(b)) >= SAME_ANCHORS


def _side_by_side(answer: str) -> bool:
    """Whether two passages of ``answer`` are whole renderings of the same ground (see above)."""
    for passages in _passages(answer):
        whole = [
            p for p in passages if len(re.findall(r"\w+", p)) >= WHOLE_WORDS and len(TIMED.findall(p)) < 2
        ]
        for a, b in itertools.combinations(whole, 2):
            if " ".join(fold(a).split()) == " ".join(fold(b).split()):
                continue  # the same text twice is one answer
            if same_ground(a, b):
                return True
    return False


def _in_text(answer: str, source: Set[str]) -> bool:
    if compared.several(answer):
        return True  # several whole answers side by side: a comparison view, drafts (round 80)
    if _side_by_side(answer):
        return True  # two whole renderings, under any lead or layout (round 99)
    folded = fold(answer)
    if _earlier_answer_judged(folded):
        return True  # an earlier answer quoted under the student's comment (round 86)
    if _MARKED.search(folded) or _LINE_MARKED.search(folded) or _SENTENCE_SLASH.search(folded):
        return True
    if _alternatives_panel(folded):
        return True  # a panel of other wordings, or an arrow to them, after the text (round 101)
    if _ALSO_RENDERED.search(folded) or _SUGGESTED.search(folded):
        return True  # another rendering offered in prose, a suggestion-mode replacement (session 60)
    if _TRACKED.search(folded) or _note_alternative(folded, answer):
        return True  # a tracked change left to accept or refuse, an alternative in a footnote (round 102)
    correction = _CORRECTION_LINE.search(folded)
    if (
        correction is not None
        and folded[: correction.start()].strip()
        and _REWRITES.search(folded, correction.end(), correction.end() + 400)
    ):
        return True  # a correction after the text that renders a part again (round 76)
    versions = [m.start() for m in _LABELLED_VERSION.finditer(folded)]
    if len(versions) >= VERSIONS or versions and folded[: versions[0]].strip():
        return True  # two versions, or one after the text ("…\n\nVariante courte : …")
    pairs = list(_SLASHED_PAIR.finditer(folded)) + list(_BRACKETED_PAIR.finditer(folded))
    if any(_variant(m[1], m[2]) for m in pairs) or _bare_brackets(folded, source):
        return True
    return structure.is_prose(answer) and structure.offers_alternatives(answer)


# -- JSON ------------------------------------------------------------------------------------

_ID_KEYS = {"id", "review", "review_id", "avis", "numero", "num", "index", "n"}
# Words that join candidates in a label's value ("neutral or positive", « neutre ou positif »).
_JOINERS = set(
    "or ou and et maybe perhaps peut etre probably probablement possibly possiblement sinon otherwise "
    "vs versus either soit rather plutot else puis then".split()
)
MAX_NODES = 10_000  # JSON nodes read, at most


def _labels_of(value: Any, labels: set[str]) -> set[str]:
    """The labels one JSON value gives: a string made of labels only (figures, punctuation
    and joiners aside), a list of such strings, a map whose keys are labels."""
    if isinstance(value, str):
        tokens = re.findall(r"[a-z]+", fold(value))
        said = {t for t in tokens if t in labels}
        return said if all(t in labels or t in _JOINERS for t in tokens) else set()
    if isinstance(value, list):
        return {label for item in value[:50] if isinstance(item, str) for label in _labels_of(item, labels)}
    if isinstance(value, dict):
        keys = {k for k in (fold(str(k)).strip() for k in list(value)[:50]) if k in labels}
        return keys | {
            label for v in list(value.values())[:50] if isinstance(v, str) for label in _labels_of(v, labels)
        }
    return set()


def _record_labels(record: dict[str, Any], labels: set[str]) -> tuple[set[str], bool]:
    """The labels a record gives, and whether it gives several (one value with two, or two values)."""
    said = [_labels_of(v, labels) for k, v in list(record.items())[:50] if fold(str(k)) not in _ID_KEYS]
    union = set().union(*said) if said else set()
    return union, len(union) > 1


def _in_json(answer: str, labels: set[str]) -> bool:
    try:
        value = answer_json(answer)
    except ValueError:
        return False
    stack, seen = [value], 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            stack += list(node.values())[:1000]
            if any(fold(str(k)) in _ID_KEYS for k in list(node)[:50]) and _record_labels(node, labels)[1]:
                return True
        elif isinstance(node, list):
            stack += node[:1000]
            given: dict[str, set[str]] = {}
            for record in node[:1000]:
                if not isinstance(record, dict):
                    continue
                if _record_labels(record, labels)[1]:
                    return True
                key = next((k for k in record if fold(str(k)) in _ID_KEYS), None)
                if key is None or isinstance(record[key], dict | list):
                    continue
                said = _record_labels(record, labels)[0]
                ident = fold(str(record[key]))
                if ident in given and said and given[ident] and said != given[ident]:
                    return True
                given.setdefault(ident, said)
    return False


def offered(answer: str, labels: set[str], source: Set[str] = frozenset()) -> bool:
    """Whether ``answer`` offers several candidates (see the module's docstring); ``labels``
    are the task's JSON labels (none: a free-text task), ``source`` the words of its data
    (folded): a bracket of them glosses the original."""
    if labels and _in_json(answer, {fold(label) for label in labels}):
        return True
    return _in_text(answer, source)
