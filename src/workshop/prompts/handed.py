"""What of a text answer a prompt hands over in part (issue 11, round 64): the answer's own
clauses word for word, or a summary's selection as an outline. Text is folded (:func:`fold`);
``rest`` is the prompt without its data (:func:`evaluate.without_data`).

- A clause handed over (:func:`clause_handed`): the answer holds a run of :data:`PHRASE_WORDS`
  words, not a run of the data's, that the prompt's rest holds word for word (an answer key's
  "hard sentences", a glossary of phrases, the summary's first sentence written on the board).
  A term is shorter: the checks' terms are three words at most ("large language model") and the
  fair corpora's prompts share three consecutive words at most with a translation or a summary
  they earn; a glossary of terms, a colleague's translation of another paragraph, a quotation of
  the source (data) share no such run. Read where the answer is prose of a bounded length (a
  summary, a translation: ``Task.answer_words``), in both modes (:func:`evaluate.repeats_prompt`),
  the answer's notes about itself left out first (a verdict it gives itself, a note to its grader
  the prompt asked it to append: those fail answer-faithful on their own).
- A selection outlined (:func:`selection_outlined`): the prompt's rest points at every fact a
  summary's facts checks pay for, each tied to its date where the fact has one, in keyword
  fragments ("cailloux sur les abaques, Pascal 1642 pour aider son père, poche dans les années
  70", bullets, notes, a mind map, an arrow timeline): choosing and ordering the facts is the
  summary's work, and the outline has done it; the model only writes the sentences, which
  sentence overlap cannot see. A fragment tells a fact when it holds all its terms, or all but
  one of a fact of three terms or more, at distinct places, always with its dated term (a year,
  a decade, a century) when it has one, and none of the fact's ``none`` terms; two fragments
  split by a comma or "et"/"and" are also read together ("Pascal, 1642", "en 1642, Pascal").
  At least one fact must be told with its date: facts checks with no date (a translation's
  terms) are a glossary, never a selection.

Limits: a run of five words or fewer handed over ("be wrong with great confidence") is read as
a term; a paraphrase of the answer's clause in the prompt is not read; an outline that points at
two facts of three, or names the facts without their dates ("mention the abacus, the Pascaline
and the pocket calculator"), keeps its points (the selection is the model's to finish); an
outline whose fragments are prose sentences with their dates after a comma of their own
("en 1642, ...") is read by the pairs only."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from workshop.prompts.checks import Fact, FactsCheck
from workshop.prompts.text import has_term, shingles, term_pattern, words

PHRASE_WORDS = 6  # words of a run the answer and the prompt's rest share that is a clause, not a term


def clause_handed(answer: str, rest: str, data_words: Sequence[list[str]]) -> bool:
    """Whether the answer (folded) holds a run of :data:`PHRASE_WORDS` words that the prompt's
    ``rest`` holds and no data text does."""
    mine = shingles(words(answer), PHRASE_WORDS)
    found = mine & shingles(words(rest), PHRASE_WORDS) if mine else set()
    if not found:
        return False
    for data in data_words:
        found -= shingles(data, PHRASE_WORDS)
    return bool(found)


# A fragment ends at a list or sentence mark, a line end, a bullet, an arrow or a dash standing
# alone; a comma or a conjunction also ends it, but two fragments split by one are read together.
_HARD = re.compile(r"[;.!?\n|•·→⇒]|->|(?<!\S)[-–—*](?!\S)")
_SOFT = re.compile(r",|(?<![\w'-])(?:et|and|puis|then)(?![\w'-])")
_SPANS = 4  # places of a term read in a fragment
_FRAGMENTS = 400  # fragments read in a prompt's rest


def _units(rest: str) -> list[str]:
    """Each fragment of ``rest``, then each two adjacent ones a comma or a conjunction splits."""
    units: list[str] = []
    for piece in _HARD.split(rest[:20_000]):
        parts = [p for p in _SOFT.split(piece) if p.strip()]
        units += parts
        units += [f"{a} , {b}" for a, b in itertools.pairwise(parts)]
        if len(units) > _FRAGMENTS:
            break
    return units


def _dated(term: str) -> bool:
    return any(ch.isdigit() for ch in term)


def _told(fact: Fact, unit: str) -> bool | None:
    """None when ``unit`` does not tell the fact; else whether it told it with its date."""
    if any(has_term(unit, t) for t in fact.none):
        return None
    places = [
        [m.span() for m in itertools.islice(re.finditer(term_pattern(t), unit), _SPANS)] for t in fact.all
    ]
    needed = len(fact.all) if len(fact.all) <= 2 else len(fact.all) - 1
    dates = {i for i, t in enumerate(fact.all) if _dated(t)}
    best: bool | None = None
    for choice in itertools.product(*[[None, *spans] for spans in places]):
        chosen = [(i, span) for i, span in enumerate(choice) if span is not None]
        if len(chosen) < needed or not dates <= {i for i, _ in chosen}:
            continue
        ordered = sorted(span for _, span in chosen)
        if any(a[1] > b[0] for a, b in itertools.pairwise(ordered)):
            continue  # "pascaline" holds "pascal": one place names one term
        best = bool(dates) or bool(best)
    return best


def _fact_told(fact: Fact, units: list[str]) -> bool | None:
    found = [_told(way, unit) for way in (fact, *fact.also) for unit in units]
    told = [f for f in found if f is not None]
    return any(told) if told else None


QUOTED_WORDS = 8  # words of a run of the data's, at most, that an outline quotes as its own keywords


def _quotes_restored(rest: str, full: str) -> str:
    """``rest`` with each stretch of it blanked as data put back from ``full`` (the folded prompt, the
    same length) when it holds fewer than :data:`QUOTED_WORDS` words: the data's phrase an outline
    quotes ("la calculatrice de poche") is its keyword, the pasted text stays blanked."""
    if len(rest) != len(full):
        return rest
    mask = "".join("x" if a != b else ("k" if b.isalnum() else "s") for a, b in zip(rest, full, strict=True))
    out = list(rest)
    for m in re.finditer(r"x(?:s*+x)*+", mask):
        if len(words(full[m.start() : m.end()])) < QUOTED_WORDS:
            out[m.start() : m.end()] = full[m.start() : m.end()]
    return "".join(out)


def selection_outlined(rest: str, full: str, checks: Sequence[FactsCheck]) -> bool:
    """Whether ``rest`` (its short quotations of the data put back from ``full``) tells every fact
    of ``checks`` (a summary's prose facts checks) in its fragments, one of them at least with its
    date (module docstring)."""
    facts = [fact for check in checks if check.prose and not check.sections for fact in check.facts]
    if not facts or not rest.strip():
        return False
    units = _units(_quotes_restored(rest, full))
    dated = False
    for fact in facts:
        told = _fact_told(fact, units)
        if told is None:
            return False
        dated = dated or told
    return dated
