"""Prompt-engineering frameworks read as the plain prompts they are (rounds 49/50, fix-helper fair4950).

Courses on prompting teach templates whose structure hides the rubric's cues from readers that
expect plain sentences. :func:`read` rewrites a folded prompt for one rubric aspect before
:func:`workshop.prompts.structure.does` reads it (after its requests are kept: quotations are
blanked by then):

* a framework's field named with its letter (CO-STAR, RISEN, RTF: « Contexte (C) : », "C
  (Context):", "R — Rôle :") is read as the field alone (« contexte : », "role :");
* an XML tag that names a field (``<role>``, ``<persona>``, ``<context>``, ``<audience>``,
  ``<format_de_sortie>``, ``<output_format>``) is read as that field's label, its closing tag as
  the end of a sentence; other tags are left as they are;
* for the role: a persona's name between its lead and its trade (« tu es « Prof Euclide », un
  tuteur », "you are "Tagger", a strict sentiment-labelling bot", "Tu es Margot, formatrice", the
  name blanked as a quotation or written with a capital) is read without the name; a name quoted
  after the article ('you are the "writer" agent') without its quotation marks; a persona or role
  label followed by an article ("Persona: a friendly support bot") as "you are" and its noun
  phrase, which the role reader then weighs as any other (a generic assistant or a thing is
  still no role);
* for the example: an input given in an XML element of its own (``<review>…</review>``,
  ``<avis>``, ``<input>``, ``<text>``) is read as a quotation, as « … » would be.

:func:`audience` reads a framework's Audience field (CO-STAR's A, "Public cible :", "Readers:")
as a context: whom the answer is for, told with a word of its own, not negated.

Limits: a field's letter is read only at a line's start; a name without capitals or quotation
marks ("tu es margot, formatrice") stays part of the role; an XML tag of another name
(``<instructions>``, ``<persona_du_modele>``) is read as written."""

from __future__ import annotations

import re

from workshop.prompts.text import fold, plain_words

# « Contexte (C) : », « Réponse (R) : », "C (Context):", "R — Rôle :", "**C** (Contexte) :"; the letter
# need not be the word's first (RISEN's « S (Étapes) » is "Steps").
_WORD = r"[a-z][a-z']*+(?:[ -][a-z][a-z']*+){0,3}"
_LETTERED = re.compile(
    rf"(?m)^(?P<lead>[^\w\n]*+)(?:(?P<named>{_WORD})[ \t]*+\([ \t]*+[a-z][ \t]*+\)"
    rf"|[a-z][ \t*_]*+(?:\([ \t]*+(?P<paren>{_WORD})[ \t]*+\)|[-=][ \t]*+(?P<dashed>{_WORD})))"
    r"(?P<colon>[ \t*_]*+:)"
)
_TAG_FIELDS = {
    "role": "role",
    "roles": "role",
    "persona": "persona",
    "identity": "persona",
    "identite": "persona",
    "context": "contexte",
    "contexte": "contexte",
    "background": "contexte",
    "situation": "contexte",
    "audience": "audience",
    "public": "audience",
    "public_cible": "audience",
    "target_audience": "audience",
    "format": "format",
    "output_format": "format",
    "format_de_sortie": "format",
    "format_sortie": "format",
    "format_de_reponse": "format",
    "format_reponse": "format",
    "response_format": "format",
    "answer_format": "format",
    "output": "format",
    "sortie": "format",
}
_OPEN_TAG = re.compile(r"<(?P<tag>[a-z][a-z_-]{0,30}+)>")
_CLOSE_TAG = re.compile(r"</(?P<tag>[a-z][a-z_-]{0,30}+)>")
# The model's lead, a name (blanked as a quotation, still quoted, or one or two words: a name only
# if written with capitals, see _named) and a comma: the trade follows.
_LEAD = r"\b(?:tu es|t'es|vous etes|you are|you're)"
_BLANK_NAME = re.compile(rf"(?P<lead>{_LEAD})[ \t]++(?:\"[^\"\n]{{1,40}}+\"[ \t]*+)?[,-][ \t]*+")
_CAPITAL_NAME = re.compile(
    r"(?i:\b(?:tu es|t'es|vous êtes|you are|you're))[ \t]++"
    r"(?P<name>[A-ZÀ-Þ][\w'-]{1,30}+(?:[ \t]++[A-ZÀ-Þ][\w'-]{1,30}+)?)[ \t]*+[,\u2013\u2014-]"
)
_QUOTED_AFTER_ARTICLE = re.compile(
    rf"(?P<head>{_LEAD}[ \t]++(?:the|a|an|le|la|l'|un|une)[ \t]*+)\"(?P<word>[a-z][a-z' -]{{0,30}}+)\""
)
_PERSONA_LABEL = re.compile(
    r"(?m)^(?P<lead>[^\w\n]*+)(?:persona|role|identity|identite)[ \t]*+:[ \t]*+"
    r"(?=(?:a|an|the|un|une|le|la)[ \t]|l')"
)
# XML elements that hold an input of a worked example (a review, a text, a sentence).
_INPUT_ELEMENT = re.compile(
    r"<(?P<tag>review|avis|input|entree|text|texte|comment|commentaire|message|sentence|phrase|example_input|"
    r"exemple_entree)>(?P<body>[^<>\n\"]{3,300}+)</(?P=tag)>"
)


def _field(match: re.Match[str]) -> str:
    word = match["named"] or match["paren"] or match["dashed"]
    return f"{match['lead']}{word}{match['colon']}"


def _open_tag(match: re.Match[str]) -> str:
    field = _TAG_FIELDS.get(match["tag"].replace("-", "_"))
    return f"\n{field} : " if field else match.group(0)


def _close_tag(match: re.Match[str]) -> str:
    return ".\n" if match["tag"].replace("-", "_") in _TAG_FIELDS else match.group(0)


def _names(written: str) -> list[str]:
    """The folded names a persona is given with capitals ("You are Logicus, a coach")."""
    return [fold(m["name"]) for m in _CAPITAL_NAME.finditer(written[:20_000])]


def read(aspect: str, text: str, written: str) -> str:
    """The folded ``text`` as :func:`workshop.prompts.structure.does` reads it for ``aspect``
    (see the module's docstring); ``written``: the prompt as written."""
    if aspect in ("role", "format"):
        text = _LETTERED.sub(_field, text)
        text = _CLOSE_TAG.sub(_close_tag, _OPEN_TAG.sub(_open_tag, text))
    if aspect == "role":
        text = _BLANK_NAME.sub(lambda m: m["lead"] + " ", text)
        for name in _names(written):
            text = re.sub(rf"({_LEAD})[ \t]++{re.escape(name)}[ \t]*+[,-][ \t]*+", r"\1 ", text)
        text = _QUOTED_AFTER_ARTICLE.sub(lambda m: m["head"] + m["word"], text)
        text = _PERSONA_LABEL.sub(lambda m: m["lead"] + "you are ", text)
    if aspect == "example":
        text = _INPUT_ELEMENT.sub(lambda m: f'"{m["body"]}"', text)
    return text


_AUDIENCE = re.compile(
    r"^[^\w\n]*+(?:audience|public(?:[ \t]++cible)?|cible|target[ \t]++audience|lecteurs|lectorat|readers|"
    r"readership|destinataires?|recipients?)[ \t]*+:[ \t]*+(?P<body>[^\n]*+)"
)
_NOBODY = frozenset(
    "aucun aucune aucuns personne rien none nobody noone anyone anybody everyone everybody nothing "
    "n'importe tout monde quiconque quelconque particulier particular general generale pas not no sans "
    "without jamais never n/a unknown inconnu inconnue inconnus yourself myself toi-meme moi-meme "
    "yourselves definir defined define tbd tbc todo xxx applicable".split()
)
_SMALL = frozenset(
    "le la les l' un une des du de d' et en pour a au aux the a an of for and to qui who moi me toi "
    "you".split()
)


def audience(sentence: str) -> bool:
    """Whether ``sentence`` (folded) is a framework's Audience field that tells whom the answer
    is for: « Audience : des élèves de quatrième », "Audience: 14-year-olds", "Public cible :
    des retraités"; not "Audience : aucune en particulier", "Audience: anyone"."""
    found = _AUDIENCE.match(sentence)
    if not found:
        return False
    words = plain_words(found["body"])
    if any(w in _NOBODY for w in words[:4]):
        return False
    return any(len(w) >= 3 and w not in _SMALL for w in words)
