"""A hint that asserts the task's decisive step (session 48, fix-helper fix66, round 66): the lead's rule is
that a hint which DOES the step the task is about, on these data, hands the solution over (no answer point),
while a hint that only points at where to look (a question, an invitation to check, a method stated in
general) is good prompting.

- :func:`member_told`: the count's subject told to be one of the counted ("Caroline fait elle-même partie
  des 2 sœurs de chaque frère", "she is one of the two sisters each brother has", « Caroline est comptée
  parmi les sœurs », "the 2 sisters include Caroline"). Read in told sentences only
  (:func:`workshop.prompts.implied.told_sentences`: no question, no « demande-toi si », no "check
  whether"), not denied, and not after "if"/« si » in its clause. "Don't forget Caroline is a girl
  herself" names no membership and stays fair.
- :func:`solved_for`: the method applied to this task's numbers, an equation whose one unknown is the
  sought letter ("10 = 4×5 + b", « 4 × 5 + b = 10 », "substitute (5, 10): 10 = 20 + b"), solved exactly
  (:mod:`workshop.prompts.arith`, no ``eval``): it is dictation when its solution is the expected value.
  A general method ("b = y0 − m·x0", "the point must satisfy the equation") has other letters or no
  numbers and is not read; a worked example on other numbers solves to another value.

- :func:`counterfactual` (round 72, fix-helper fix72): a counterfactual on these data that states its
  consequence, told and not asked, with a number on both sides: on the asked count itself ("if Caroline had
  had two sisters, each brother would have had three", « si Caroline avait eu deux sœurs, chaque frère en
  aurait eu trois »: the map from the answer to the data, which leaves one count), or on a datum whose
  consequence is then denied for the real data (« si 64 valait 65, ils auraient 5 en commun ; explique
  pourquoi avec 64 ce n'est plus le cas »: the verdict's step done on a neighbour and carried back). A
  worked example of another instance with no such denial ("if the numbers were 35 and 65, the gcd would be
  5"), a counterfactual asked ("what if each brother had 3 sisters?") or one without a number in its
  consequence ("if two numbers shared a prime factor, it would appear in both factorisations") is not read.

Every regex is linear: bounded or possessive runs only."""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction

from workshop.prompts import arith
from workshop.prompts.implied import told_sentences
from workshop.prompts.supposed import HYPOTHETICAL_VERB
from workshop.prompts.text import fold, sentences

MAX_SENTENCES = 200
MAX_EQUATIONS = 40

# -- the subject counted among its own kind ------------------------------------------------------------------
# "fait (elle-même) partie des", "est (elle-même) l'une des", "is (herself) one of", "compte parmi", "is
# counted among", "is included in", "est incluse dans"; then the unit within a few words.
_MEMBER = (
    r"(?:fait|font|faisant)\s++(?:elle-meme\s++|lui-meme\s++|aussi\s++|bien\s++)?partie\s++(?:des|de|d')"
    r"|(?:est|is|was|etait)\s++(?:elle-meme\s++|herself\s++|aussi\s++|also\s++|bien\s++|itself\s++)?"
    # « une des », "one of" (never « est une fille »: the article alone counts nothing)
    r"(?:(?:l'une|l'un|une|un|one)\s++(?:des|d'entre|of|among|parmi)|among|parmi|part\s++of|"
    r"(?:included|incluse?|inclue?|comprise?|comptee?|counted)"
    r"(?:\s++(?:des|de|d'|of|in|among|parmi|dans|as\s++one\s++of|comme\s++l'une\s++des))?)"
    r"|(?:compte|comptee?|counts|counted|figure|appears)\s++(?:aussi\s++|also\s++|elle-meme\s++|herself\s++)?"
    r"(?:parmi|among|dans|in|as\s++one\s++of|comme\s++l'une\s++des)"
)
_INCLUDE = (
    r"(?:incluent|inclut|comprennent|comprend|contiennent|include|includes|contain|contains|comptent|count)"
)
_NOT = re.compile(r"\b(?:pas|not|jamais|never|ni|nor|aucune?|no)\b|n't|\bn'|\bne\b")
_IF = re.compile(r"\b(?:si|if|whether|est-ce|unless|sauf\s++si)\b")


def _alternatives(words: Iterable[str]) -> str:
    found = [re.escape(fold(w)) for w in words if w.strip()][:20]
    return "|".join(found) or "(?!)"


def member_told(rest: str, subject: str, unit: Iterable[str]) -> bool:
    """Whether ``rest`` (folded) tells that the count's subject (``subject``: the final check's regex,
    "\\b(caroline|elle|she)\\b") is one of the things counted (``unit``: "soeur", "sister")."""
    who = subject.replace(r"\b", "")
    if not who:
        return False
    what = _alternatives(unit)
    gap = r"[^.;:!?\n]{0,50}?"
    forward = re.compile(
        rf"\b(?:{who})\b(?:[ \t,]++(?:elle-meme|herself))?[ \t,]*+(?P<v>{_MEMBER})\b{gap}\b(?:{what})"
    )
    backward = re.compile(rf"\b(?:{what})\w*+{gap}\b(?P<v>{_INCLUDE})\s++(?:aussi\s++|also\s++)?(?:{who})\b")
    for sentence in list(told_sentences(fold(rest)))[:MAX_SENTENCES]:
        for pattern in (forward, backward):
            for m in list(pattern.finditer(sentence))[:MAX_EQUATIONS]:
                clause = re.split(r"[,;:]", sentence[: m.start("v")])[-1]
                if _NOT.search(clause) or _IF.search(clause) or _NOT.search(m.group("v")):
                    continue
                return True
    return False


# -- this task's numbers put into the method -
# a chunk of the text between words (two letters or more) and clause marks: "a = 4 et 4 × 5 + b = 10" holds
# "a = 4" and "4 × 5 + b = 10"
_CHUNKS = re.compile(r"[a-z]{2,}+|[;:!?\n\"«»]")
_VERIFIED = re.compile(
    r"\b(?:verifie|verifiez|verifier|check|checks|make\s++sure|ensure|assure-toi|assurez-vous|controle|controlez)\b"
)
_TIMES = re.compile(r"[×·]|(?<=\d)[ \t]*+x[ \t]*+(?=\d)|(?<=\))[ \t]*+x[ \t]*+(?=[\d(])")


def letters(about: Iterable[str]) -> list[str]:
    """The one-letter names a final check's ``about`` gives its unknown ("re:\\bb\\b" -> "b")."""
    found = []
    for term in list(about)[:40]:
        m = re.fullmatch(r"re:\\b([a-z])\\b", term)
        if m:
            found.append(m.group(1))
    return found


def solved_for(rest: str, names: Iterable[str], expected: Fraction) -> bool:
    """Whether ``rest`` (folded) writes an equation of numbers and one unknown, named one of ``names``,
    whose solution is ``expected`` ("10 = 4×5 + b")."""
    names = [n for n in names if len(n) == 1]
    if not names:
        return False
    # an equation the model is told to check its own value against (« Vérifie que 4 × 5 + b = 10 avec ta
    # valeur de b », "check that 10 = 4 × 5 + b holds for your b") invites a check: its sentence is left out
    # (r51g's fair near miss); "substitute (5, 10): 10 = 20 + b" does the step
    text = " . ".join(
        s for s in sentences(fold(rest).replace("−", "-"))[:MAX_SENTENCES] if not _VERIFIED.search(s)
    )
    for chunk in _CHUNKS.split(text)[: MAX_EQUATIONS * 50]:
        if "=" not in chunk or len(chunk) > 200:
            continue
        candidate = _TIMES.sub("*", chunk.strip(" \t.,'()"))
        if candidate.count("=") != 1:
            continue
        unknowns = set(re.findall(r"(?<![a-z])[a-z](?![a-z])", candidate))
        if len(unknowns) != 1 or not unknowns <= set(names) or re.search(r"[a-z]{2,}", candidate):
            continue
        if not re.search(r"\d", candidate):
            continue
        (name,) = unknowns
        if len(re.findall(rf"(?<![a-z]){name}(?![a-z])", candidate)) != 1:
            continue
        equation = re.sub(rf"(?<![a-z]){name}(?![a-z])", "y", candidate)
        try:
            _, intercept = arith.line(equation)  # no x: y's value
        except arith.Unreadable:
            continue
        except ZeroDivisionError:
            continue
        if intercept == expected:
            return True
    return False


# -- a counterfactual that carries the answer ------------------------------------------------------------
_COUNTER_IF = re.compile(
    r"(?<![\w'-])(?:si|s'(?=ils?(?![\w'-]))|if|had(?=[ \t]++(?:she|caroline|they)))[ \t]*+"
)
_COUNTER_VERB = HYPOTHETICAL_VERB  # the supposition's hypothetical verbs (supposed.py), one list
_CONDITIONAL = re.compile(
    r"(?<![\w'-])(?:would|aurait|auraient|serait|seraient|vaudrait|vaudraient|ferait|feraient)(?![\w'-])"
    r"|'d(?![\w'-])"
)
_A_NUMBER = re.compile(
    r"\d|(?<![\w-])(?:zero|one|two|three|four|five|six|un|une|deux|trois|quatre|cinq|six)(?![\w'-])"
)
_NOT_SO_HERE = re.compile(
    r"(?:ce[ \t]++n'est[ \t]++(?:plus|pas)[ \t]++le[ \t]++cas|n'est[ \t]++plus[ \t]++(?:vrai|le[ \t]++cas)"
    r"|ne[ \t]++l'est[ \t]++(?:plus|pas)|(?:is|'s)[ \t]++(?:no[ \t]++longer|not)[ \t]++(?:the[ \t]++case"
    r"|true|so)"
    r"|isn't[ \t]++(?:the[ \t]++case|true|so)|no[ \t]++longer[ \t]++(?:holds|true|the[ \t]++case)"
    r"|(?:does|do)(?:n't|[ \t]++not)[ \t]++(?:hold|happen|work))"
)


def counterfactual(rest: str, unit: Iterable[str]) -> bool:
    """Whether ``rest`` (folded) tells a counterfactual on these data that carries the answer: on the
    counted ``unit`` ("soeur", "sister") itself, or with its consequence denied for the real data."""
    what = _alternatives(unit) if unit else "(?!)"
    counted = re.compile(rf"(?<![\w'-])(?:{what})")
    found = sentences(fold(rest))[:MAX_SENTENCES]
    for index, sentence in enumerate(found):
        if sentence.rstrip().endswith("?"):
            continue
        condition = _COUNTER_IF.search(sentence)
        if condition is None:
            continue
        after = sentence[condition.end() : condition.end() + 300]
        consequence = _CONDITIONAL.search(after)
        if consequence is None:
            continue
        supposed, then = after[: consequence.start()], after[consequence.start() :]
        if not (_COUNTER_VERB.search(supposed) and _A_NUMBER.search(supposed) and _A_NUMBER.search(then)):
            continue
        if _NOT.search(supposed.split(",")[0]):
            continue  # "if she hadn't had two sisters": no value supposed
        if counted.search(supposed) or _NOT_SO_HERE.search(" ".join(found[index : index + 2])):
            return True
    return False
