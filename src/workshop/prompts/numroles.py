"""A bare number in a prompt that something else than the asked count claims (issue 11, round 39).

The count reader (:func:`workshop.prompts.extract.statements` for a count with no quantity's name,
the riddle's sisters) reads a bare number in a prompt's own words ("c'est 1", "réponds 1") as a
statement of the count. A number another thing in its clause claims is no statement of it:

- a label of a noun a determiner opens ("the key 1 on my keyboard", "la touche 1", "in room 1"):
  the number names which key, which room; not a noun of the answer ("the answer 1", "le résultat
  1"), of the count's unit or of kin ("la sœur 1"), nor a figure's own name ("the number 1", "le
  chiffre 1", "my guess 1", "my hunch 1");
- the value of another quantity a subject names before a copula ("b is not 6", "the room is not 6",
  "x ≠ 0", "`page = 1`"): a letter the prompt uses nowhere else (a letter it defines, "soit n le
  nombre de sœurs", stays the count's), a determiner and a noun as above, or a variable assigned that
  names neither the count nor the data ("`sisters = 1`", « nb_soeurs = 1 » stay the count's); a
  pronoun ("it's not 6", "ce n'est pas 2"), the task itself ("the riddle is 1", « l'énigme n'est pas
  2 ») or a belief about the answer ("my hunch is not 2") stays the count's, as round 5 reads an
  answer ruled out;
- a number of the student's own day told as such ("We saw 1 and 2 and 256 today", "We just learned
  that 3 − 2 equals 1", « ce matin on a appris que 3 − 2 = 1 »): a first-person report of seeing,
  learning, reading, studying, in a sentence with no word of the task (the unit, kin, the data's
  names, an answer's noun, a pronoun's copula), and the number either the value of an arithmetic
  expression written before it or one of several distinct values listed together.

Limits: the label reader knows no noun without a determiner ("Room 1."); a letter used twice stays
the count's even when it names another quantity; a report of the day with a verb of finding,
counting or solving ("we found 1 today"), in the third person ("my neighbour learned that 3 − 2 =
1") or naming kin ("my sister learnt that 10 − 9 = 1") stays a dictation, as does a lone value
after a colon; only the count reader (the riddle) reads them: a gcd or a line's intercept keeps its
own readers (a Bézout identity learned today still proves the pair coprime)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workshop.prompts import arith, indirect, tested
from workshop.prompts.text import sentence_span

# What opens a noun phrase: articles, possessives, "in"/"at"/"dans" (no French "a", "en", "on":
# "il a dit 1", "j'en compte 1", "on compte 1" are verbs, no nouns).
_DET = (
    r"(?:the|my|our|your|his|her|their|le|la|les|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|"
    r"ce|cet|cette|au|aux|in|at|dans)"
)
_NOUN_BEFORE = re.compile(rf"(?<![\w'])(?:{_DET}[ \t]++|l')(?P<noun>[a-z][a-z-]{{2,30}}+)[ \t]++$")
# Nouns that make the number the answer or a figure named for itself.
_NOT_A_LABEL = re.compile(
    r"(?:reponses?|answers?|resultats?|results?|conclusions?|solutions?|verdicts?|finale?s?|nombres?|"
    r"numbers?|counts?|totale?s?|totaux|values?|valeurs?|chiffres?|digits?|figures?|numerals?|guess|"
    r"guesses|bets?|paris?|picks?|choix|choices?|estimates?|estimations?|sommes?|sums?|scores?|"
    r"soeurs?|sisters?|freres?|brothers?|filles?|girls?|garcons?|boys?|enfants?|children|kids?|"
    r"siblings?|outputs?|sorties?|comptes?|all|tout|tous|intuitions?|idees?|ideas?|hunch|hunches|instincts?|"
    r"feelings?|pronostics?|predictions?|hypotheses?|hypothesis)"
)
# A subject that is the task itself ("the riddle is 1", « l'énigme n'est pas 2 ») says its answer.
_TASK_ITSELF = re.compile(
    r"(?:riddles?|enigmes?|puzzles?|problems?|problemes?|questions?|exercises?|exercices?|tasks?|taches?|"
    r"devinettes?|casse-tetes?)"
)
_COPULA = (
    r"(?:is|was|isn't|wasn't|is[ \t]++not|was[ \t]++not|can't[ \t]++be|cannot[ \t]++be|"
    r"n'est(?:[ \t]++pas)?|est|etait|n'etait(?:[ \t]++pas)?|vaut|ne[ \t]++vaut[ \t]++pas|"
    r"ne[ \t]++peut[ \t]++pas[ \t]++etre|=|!=|≠|<>)"
)
_SUBJECT_BEFORE = re.compile(
    rf"(?:^|[,;:.!?(\n`'\"«]|(?<![\w'])(?:but|mais|and|et|so|donc)(?![\w']))[ \t]*+"
    rf"(?:(?P<letter>[a-z])[ \t]*+{_COPULA}"
    rf"|(?:{_DET}[ \t]++|l')(?P<noun>[a-z][a-z-]{{2,30}}+)[ \t]*+{_COPULA}"
    r"|(?P<ident>[a-z][a-z_]{2,30}+)[ \t]*+=)[ \t]*+$"
)
# A first-person report of the student's day: seeing, learning, reading, studying.
_OWN_DAY = re.compile(
    r"(?<![\w'])(?:(?:we|i|on|nous|je)[ \t]++|j'|i've[ \t]++|we've[ \t]++)"
    r"(?:(?:just|already|also|all|have|had|avons|ai|a|aussi|deja)[ \t]++"
    r"|(?:vient|venons|viens)[ \t]++d'){0,3}+"
    r"(?:learned|learnt|saw|seen|studied|practised|practiced|revised|read|watched|visited|met|"
    r"appris|apprendre|vu|voir|etudie|revise|lu|regarde|visite|croise)(?![\w'])"
)
_PRONOUN_COPULA = re.compile(
    r"(?<![\w'])(?:it's|it[ \t]++is|it[ \t]++was|that's|c'est|c'etait|ca[ \t]++fait|ca[ \t]++donne)(?![\w'])"
)
_TASK_WORDS = re.compile(
    r"(?<![\w'])(?:reponses?|answers?|resultats?|results?|solutions?|enigmes?|riddles?|puzzles?|"
    r"soeurs?|sisters?|freres?|brothers?|filles?|girls?|siblings?)(?![\w'])"
)
_EXPRESSION_BEFORE = re.compile(
    r"(?<![\w.,])(?P<expr>\d{1,6}(?:[ \t]*+[-+*/×][ \t]*+\d{1,6}){1,4}+)[ \t]*+"
    r"(?:=|equals?|egale?|egale[ \t]++a|font|fait|makes|gives|donne|is)[ \t]*+$"
)
_LISTED = re.compile(r"(?<![\w.,])\d{1,6}(?![\w]|[.,]\d)")
_JOIN = re.compile(r"^(?:[ \t]*+(?:,|and|et|&)[ \t]*+)++$")


def _label_noun(noun: str, unit: re.Pattern[str] | None) -> bool:
    return not (_NOT_A_LABEL.fullmatch(noun) or (unit is not None and unit.match(noun)))


def labelled(text: str, start: int, unit: re.Pattern[str] | None) -> bool:
    """Whether the number at ``start`` labels the noun a determiner opens right before it."""
    found = _NOUN_BEFORE.search(text, max(0, start - 40), start)
    return bool(found and _label_noun(found["noun"], unit))


def _letter_elsewhere(text: str, letter: str, at: int) -> bool:
    pattern = re.compile(rf"(?<![\w'.,-]){letter}(?![\w'-])")
    return any(m.start() != at for m in pattern.finditer(text[:20_000]))


def other_subject(text: str, start: int, unit: re.Pattern[str] | None, names: Sequence[str] = ()) -> bool:
    """Whether a subject that is not the count (a letter used nowhere else, a determined noun)
    is said, by a copula right before it, to be the number at ``start``."""
    found = _SUBJECT_BEFORE.search(text, max(0, start - 60), start)
    if not found:
        return False
    if found["letter"]:
        return not _letter_elsewhere(text, found["letter"], found.start("letter"))
    noun = found["ident"] or found["noun"]
    if _TASK_ITSELF.fullmatch(noun) or noun in names:
        return False
    return _label_noun(noun, unit)  # a variable assigned: "`page = 1`", not "`sisters = 1`"


def _listed_values(text: str, lo: int, hi: int, start: int) -> bool:
    """Whether the number at ``start`` is one of several distinct values listed together."""
    numbers = list(_LISTED.finditer(text, lo, hi))
    for i, m in enumerate(numbers):
        if m.start() != start:
            continue
        run = [m]
        j = i
        while j > 0 and _JOIN.match(text[numbers[j - 1].end() : numbers[j].start()]):
            j -= 1
            run.insert(0, numbers[j])
        j = i
        while j + 1 < len(numbers) and _JOIN.match(text[numbers[j].end() : numbers[j + 1].start()]):
            j += 1
            run.append(numbers[j])
        return len({r.group(0) for r in run}) >= 2
    return False


def _computed(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is the true value of an expression written before it."""
    said = text[start:end]
    if "=" in said:  # a chain read as one value: "3 - 2 = 1"
        sides = said.split("=")
    else:
        found = _EXPRESSION_BEFORE.search(text, max(0, start - 60), start)
        if not found:
            return False
        sides = [found["expr"], said]
    try:
        values = {arith.value(side.replace("×", "*")) for side in sides}
    except (ValueError, ArithmeticError):  # arith.Unreadable is a ValueError
        return False
    return len(values) == 1 and any(re.search(r"\d[ \t]*+[-+*/×][ \t]*+\d", side) for side in sides)


def day_report(sentence: str, names: Sequence[str] = ()) -> bool:
    """Whether ``sentence`` (folded) reports the student's own day and names nothing of the task."""
    if not _OWN_DAY.search(sentence) or _TASK_WORDS.search(sentence) or _PRONOUN_COPULA.search(sentence):
        return False
    return not any(re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", sentence) for n in names)


def own_day(text: str, start: int, end: int, names: Sequence[str] = ()) -> bool:
    """Whether the number at ``start:end`` is a number of the student's own day (see the module)."""
    lo, hi = sentence_span(text, start)
    if not day_report(text[lo:hi], names):
        return False
    return _computed(text, start, end) or _listed_values(text, lo, hi, start)


# -- round 41 (session 39, fix-helper fair41): an error's size, an exercise's number ------------------
# A number right after an error's word and "by"/"de" is how far someone is off, not the count: "it is
# easy to be off by one", "he is wrong by two", « on se trompe facilement d'un », « une erreur de un ».
# A wrong value shown with it is read by :func:`workshop.prompts.indirect.corrected`, which gives
# the right value when the size (and its direction, or either way round) leads to it.
_ERROR_SIZE = re.compile(rf"{indirect.ERROR_BY}[ \t]*+$")


def error_size(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the size of an error ("off by one", « trompé de deux »)."""
    return bool(_ERROR_SIZE.search(text, max(0, start - 40), start))


# A noun that numbers the student's work or book, written without a determiner before its number:
# "This is exercise 1", "problem 1 on page 1", "lesson 1", « Exo 1 de la fiche 1 », « leçon 1 ».
_INDEX_NOUN = (
    r"(?:exercises?|exercices?|exos?|ex|problems?|problemes?|pages?|lessons?|lecons?|fiches?|worksheets?|"
    r"sheets?|units?|unites?|modules?|activity|activities|activites?|td|tp|dm|series?|levels?|niveaux?|"
    r"weeks?|semaines?|sessions?|seances?|rounds?|manches?|quiz|quizz|tests?|devoirs?|cours|courses?|"
    r"chapters?|chapitres?|sections?|parts?|parties?|questions?|steps?|etapes?|tasks?|taches?|slides?|"
    r"diapos?|videos?|episodes?|days?|jours?|versions?|"
    # session 45 (fair45): a brother or a diagram's node numbered ("Brother 1", « Frère 2 », "node 3" in a
    # Mermaid graph whose edges say "sister") is that one, no count
    r"brothers?|freres?|nodes?|noeuds?)"
)
_INDEX_LABEL = re.compile(
    rf"(?<![\w'-]){_INDEX_NOUN}[ \t]*+(?:(?:n°|no\.?|nr\.?|num\.?|number|numero|#)[ \t]*+)?$"
)
_ANSWER_WORD = re.compile(
    r"(?<![\w'])(?:answers?|reponses?|results?|resultats?|solutions?|counts?|gcd|pgcd|intercept|ordonnee|b|"
    r"sisters?|soeurs?)(?![\w'])"
)
_LABEL_NUMBER = re.compile(
    rf"(?<![\w'])(?:number|numero|n°|index|indice)[ \t]++(?:(?:of|de|du|d')[ \t]*+)?"
    rf"(?:(?:the|this|that|my|our|l'|la|le|cet|cette|ce|mon|ma|notre)[ \t]*+)?{_INDEX_NOUN}(?![\w'-])"
    rf"|(?<![\w-]){_INDEX_NOUN}(?:'s)?[ \t]++(?:number|numero|index)(?![\w'])"
)


def tied_to_label(text: str) -> bool:
    """Whether a sentence of the prompt ties its answer to a label's number ("the answer is the
    exercise number", « la réponse est le numéro de l'exercice », "the gcd is the number of this
    exercise"): the label then tells the answer, as the count's own statement would."""
    for sentence in re.split(r"[.!?\n;]", text[:20_000])[:400]:
        if _ANSWER_WORD.search(sentence) and _LABEL_NUMBER.search(sentence):
            return True
    return False


def indexed(text: str, start: int) -> bool:
    """Whether the number at ``start`` numbers an exercise, a page, a lesson written right before it
    without a determiner ("This is exercise 1"), unless the prompt ties its answer to such a
    number (:func:`tied_to_label`)."""
    return bool(_INDEX_LABEL.search(text, max(0, start - 24), start)) and not tied_to_label(text)


_LABEL_VALUE = re.compile(
    rf"(?<![\w-]){_INDEX_NOUN}[ \t]*+(?:(?:n°|no\.?|nr\.?|num\.?|number|numero|#)[ \t]*+)?"
    r"(?P<n>\d{1,4})(?![\w.,]\d|\w)"
)


# the answer said to be on a page or a line whose number is then the value (session 40, known43): "the answer
# is on page 1", « la réponse est à la page 1 », "answer: see line 1", « solution : voir p. 1 »
_POINTED = re.compile(
    r"(?<![\w'])(?:answers?|reponses?|results?|resultats?|solutions?)[ \t]*+(?::[ \t]*+)?"
    r"(?:(?:is|est|se[ \t]++trouve|lies|can[ \t]++be[ \t]++found|figure|see|voir|cf\.?)[ \t]++)?"
    r"(?:(?:on|at|in|a|en|dans|sur)[ \t]++)?(?:(?:la|le|the)[ \t]++)?"
    r"(?:pages?|p\.|lines?|lignes?)[ \t]*+(?:(?:n°|no\.?|number|numero|#)[ \t]*+)?"
    r"(?P<n>\d{1,4})(?![\w.,]\d|\w)"
    # the pointer ends its sentence, or names the document ("page 1 of the handout", « page 1 du
    # corrigé »): "answer on line 1: the gcd; line 2: yes or no" lays out the answer (session 40 review)
    r"(?=[ \t]*+(?:[.!?)]|$|\n|(?:of|du|de|in|dans)[ \t]))"
)


def label_readings(text: str) -> list[str]:
    """``text`` (folded) with, when it ties its answer to a label's number (:func:`tied_to_label`),
    each labelled number stated as the answer: "It's exercise 1 and the answer is the exercise
    number" reads "la bonne reponse est 1."; the answer pointed at a page's or a line's number
    ("the answer is on page 1") states that number."""
    pointed = dict.fromkeys(m["n"] for m in list(_POINTED.finditer(text[:20_000]))[:4])
    readings = [f"{text}\n\nla bonne reponse est {n}.\nle pgcd de ces deux nombres est {n}." for n in pointed]
    if not tied_to_label(text):
        return readings
    values = dict.fromkeys(m["n"] for m in list(_LABEL_VALUE.finditer(text[:20_000]))[:20])
    labelled = [f"{text}\n\nla bonne reponse est {n}.\nle pgcd de ces deux nombres est {n}." for n in values]
    return readings + labelled[:4]


# -- fix-helper left52f: a setting's number beside the task ----------------------------------------
# A number after a key that names a setting of the run, the exercise or the model, not the count: "retries:
# 1", « nombre d'essais : 1 », "attempts = 1", "max_tokens: 1", ``{"question_count": 1}``, « Tentatives max :
# 1 ». The key is the whole phrase between a line's, a field's or a sentence's start and the colon (or "="),
# four words at most; one of them names a setting and none the answer, the count's unit, kin or a belief
# ("answer: 1", "sisters: 1", « sœurs : 1 », "expected: 1", « réponse attendue : 1 » stay dictations, as does
# a key that names no setting: "final: 1", "target: 1", "In that case: 1"; and an attempt of one's own: "my
# attempt: 1", « premier essai : 1 »).
_SETTING_NOUN = (
    r"(?:retry|retries|attempts?|tries|essais?|tentatives?|trials?|questions?|tokens?|temperatures?|"
    r"seeds?|versions?|iterations?|runs?|passes|shots?|samples?|echantillons?|id|ids|idx|index)"
)
_SETTING_KEY = re.compile(
    r"(?:^|[\n{,;(\[.!?]|(?<![\w])and|(?<![\w])et)[ \t]*+[\"'`]?(?P<key>[a-z][a-z_' -]{0,40}+)[\"'`]?"
    r"[ \t]*+[:=][ \t]*+[\"'`]?$"
)
_KEY_WORD = re.compile(r"[a-z]++")
_NOT_A_SETTING = re.compile(
    r"(?:reponses?|answers?|resultats?|results?|conclusions?|solutions?|verdicts?|values?|valeurs?|chiffres?|"
    r"digits?|figures?|guess|guesses|bets?|paris?|picks?|choix|choices?|estimates?|estimations?|sommes?|sums?|"
    r"scores?|soeurs?|sisters?|freres?|brothers?|filles?|girls?|garcons?|boys?|enfants?|children|kids?|"
    r"siblings?|outputs?|sorties?|intuitions?|idees?|ideas?|hunch|hunches|instincts?|feelings?|pronostics?|"
    r"predictions?|hypotheses?|hypothesis|expected|attendue?s?|correcte?s?|right|bonne|good|finale?s?|"
    r"target|cible|goal|but|hint|indice|key|cle|spoiler|truth|verite|gold|ground|reference|label|etiquette|"
    r"say|dis|dire|write|ecris|ecrire|reply|repond|repondre|donne|give|caroline|gcd|pgcd|my|mon|ma|mes|our|"
    r"notre|nos|first|premier|premiere|last|dernier|derniere|best|meilleur|meilleure)"
)


def setting(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the value of a key that names a setting (see above), or a row's id
    in a table or a CSV whose header names the column so (:func:`workshop.prompts.tested.id_column`)."""
    if tested.id_column(text, start):
        return True
    found = _SETTING_KEY.search(text, max(0, start - 60), start)
    if not found:
        return False
    words = _KEY_WORD.findall(found["key"].replace("_", " "))
    if not 1 <= len(words) <= 4:
        return False
    return any(re.fullmatch(_SETTING_NOUN, w) for w in words) and not any(
        _NOT_A_SETTING.fullmatch(w) for w in words
    )


# -- round 79: "one" as a pronoun of membership -----------------------------------------------------
# « tu n'en es pas un », « Caroline en est une », "you are not one", "I'm one of them": "un/une/one" after the
# copula with « en » before it (French) or a person's pronoun as its subject (English), then the clause's end
# or "of/d'entre/parmi", is one of a kind (a beginner, a sister), no count. "Caroline n'en a qu'une", "il y en
# a une", "she has one", "the answer is one", "it's one" (a count's verb, or no person) stay statements.
_BE_FR = (
    r"(?:es|est|suis|sommes|etes|sont|etais|etait|etions|etiez|etaient|fus|fut|serai|seras|sera|serons|serez|"
    r"seront|serais|serait|serions|seriez|seraient|sois|soit|soyons|soyez|soient)"
)
_BE_EN = (
    r"(?:'re|'m|'s|[ \t]++(?:are|am|is|were|was|will[ \t]++be|would[ \t]++be|'ll[ \t]++be|'d[ \t]++be|"
    r"can[ \t]++be|could[ \t]++be|must[ \t]++be|might[ \t]++be))"
)
_ADVERBS = (
    r"(?:pas|plus|jamais|point|toujours|deja|bien|vraiment|certainement|surement|clairement|meme|encore|"
    r"not|never|really|clearly|certainly|surely|already|also|too|still|definitely|probably|obviously)"
)
_MEMBER_BEFORE = re.compile(
    rf"(?:(?<![\w'])(?:n'|ne[ \t]++)?en[ \t]++{_BE_FR}(?:-(?:tu|vous|il|elle|je|nous|ils|elles))?"
    rf"|(?<![\w'])(?:you|i|we|he|she)(?:{_BE_EN}|[ \t]++(?:aren't|isn't|wasn't|weren't|won't[ \t]++be)))"
    rf"(?:n't)?(?:[ \t]++{_ADVERBS}){{0,2}}+[ \t]++$"
)
_MEMBER_AFTER = re.compile(r"[ \t]*+(?:[.,;:!?)\n]|$|(?:of|d'entre|parmi|among)(?![\w']))")


def membership(text: str, start: int, end: int) -> bool:
    """Whether the number word at ``start``-``end`` ("un", "une", "one") says one of a kind (see above)."""
    if text[start:end] not in ("un", "une", "one"):
        return False
    before = _MEMBER_BEFORE.search(text, max(0, start - 60), start)
    return bool(before) and bool(_MEMBER_AFTER.match(text, end))
