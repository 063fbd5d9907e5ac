"""Worked examples of ANOTHER instance of a value task (issue 11, session 35).

A prompt may show the method on another instance before the task: "Exemple : 12 et 25 sont
premiers entre eux, leur PGCD vaut 1. À toi :", "Here is how my teacher solved a similar
exercise: 'A line parallel to y = 2x + 1 …'", a table of a riddle corrected in class. Its
conclusion is the example's, not the task's, even when it reads like the task's answer (every
coprime pair has a gcd of 1). The answer readers of :func:`evaluate.gives_away` read the prompt
without such examples.

An example is announced ("exemple", "modèle", "un exercice semblable", "a similar problem we
solved", "une autre énigme corrigée") and runs to the turn that follows ("à toi", "now", "solve
mine the same way"), its paragraph's end (a table after "like this:" is its paragraph) or the
data. It is another instance when it holds two numbers of its own or more, none of the data's
large figures (10 or more), none of the data's named members and no tie to the task ("le même
cas que", "same as mine"). Left as they are, and read by the answer readers: "Exemple : la
réponse est 1 sœur" (one number), "a similar exercise: through (5, 10), b = −10" (the data's
point), "Exemple : Caroline a 1 sœur" (the data's member), "8 et 15, c'est le même cas" (tied)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from workshop.prompts.excluded import blanked as excluded_blanked
from workshop.prompts.text import NUMBER_WORDS, fold

# A number in digits: a decimal, a sign when a minus stands before it and after no letter.
NUMBER = re.compile(r"(?:(?<![a-z])(-)[ \t]?|(?<![\w.,]))(\d{1,9})(?:[.,](\d{1,6}))?(?![\d]|[.,]\d)")
# Another instance announced as such: "a similar exercise", "un exercice semblable déjà corrigé",
# "un exercice du même type", "another problem we solved", "une autre énigme".
_SIMILAR = (
    r"(?:similaires?|semblables?|analogues?|comparables?|similar|analogous|another|autres?|other|"
    r"du meme (?:type|genre)|de meme type|same kind of|same type of|deja corriges?|deja resolus?|corriges?|"
    r"resolus?|solved|worked)"
)
_INSTANCE = r"(?:exercices?|exercises?|problemes?|problems?|enonces?|enigmes?|riddles?|puzzles?)"
# Session 37 (round 38's r38f-line-en-worked-example-other-line): a case announced as done in class,
# without the word "example" ("Here's one we did in class:", "Our teacher solved this one on the board
# yesterday", « En classe on a fait celle-ci », « celle qu'on a corrigée en cours »): a verb of doing or
# solving and, a few words on either side, the class, the board or the last lesson.
_DONE = (
    r"(?:did|done|solved|worked|corrected|went through|saw|seen|covered|fait|faite|faits|faites|vu|vue|vus|"
    r"vues|corrige|corrigee|corriges|corrigees|resolu|resolue|resolus|resolues|traite|traitee)"
)
_IN_CLASS = (
    r"(?:in class|in (?:the )?lesson|at school|on the board|last (?:week|lesson|class|time)|yesterday|"
    r"en classe|en cours|au tableau|la derniere fois|la semaine derniere|hier)"
)
EXAMPLE = re.compile(
    r"\b(?:exemples?|examples?|for instance|par exemple|exercice corrige|voici un cas|modeles?|models?|"
    r"what i expect|ce que j'attends|templates?|gabarits?|samples?|"
    rf"{_DONE}(?:[ \t]++[a-z'-]++){{0,3}}?[ \t]++{_IN_CLASS}|"
    rf"{_IN_CLASS},?+(?:[ \t]++[a-z'-]++){{0,3}}?[ \t]++{_DONE}|"
    rf"{_SIMILAR}[ \t]++(?:[a-z'-]++[ \t]++)?{_INSTANCE}|"
    rf"{_INSTANCE}(?:[ \t]++[a-z'-]++){{0,2}}[ \t]++{_SIMILAR})\b"
)
# The turn that follows a worked example.
_TURN = re.compile(
    r"\b(?:a toi|a ton tour|a vous|maintenant|now|your turn|fais de meme|fais pareil|faites de meme|"
    r"do the same|same for|meme methode|resous|solve mine|the same way|de la meme (?:facon|maniere)|"
    r"le mien|la mienne|mine|"
    # round 49 (r49f-plan-exemple-trente-minutes-autre-sujet): the task's own section opened after the
    # example ("Ta tâche :", "Your task:", « Votre mission : »)
    r"(?:ta|votre|your|the real|the actual|la vraie)\s++(?:tache|task|mission|consigne|job))\b"
)
# A worked example tied to the task is the task itself.
_TIE = re.compile(
    r"\b(?:meme cas|meme situation|meme reponse|same case|same situation|same answer|same as|pareil que|"
    r"identiques?|identical|comme (?:le|la) (?:mien|mienne|tien|tienne|notre|votre)|"
    r"like (?:mine|yours|ours))\b"
)
CAPITAL = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][a-zß-ÿ]{1,20})(?![\w'’-])")
# An announcement that ends its line with a colon, a blank line after it: the example follows.
_OPENS = re.compile(r"[^\n]{0,200}:[ \t]*+")


def digits(text: str) -> Iterator[Fraction]:
    """The numbers written in digits in a folded text (the first 20,000 characters)."""
    for m in NUMBER.finditer(text[:20000]):
        value = Fraction(int(m[2])) + (Fraction(int(m[3]), 10 ** len(m[3])) if m[3] else 0)
        yield -value if m[1] else value


# Round 57 (fix-helper fix57): a source's locator ("(Table 2.1, p. 37)", "chap. 3", "§ 4", "slide 12")
# numbers a place in the source, no number of a worked example: its numbers are not the example's own.
_LOCATOR = re.compile(
    r"(?:(?<![\w'-])(?:p|pp|pages?|chap|ch|chapitres?|chapters?|tables?|tableaux?|tableau|fig|figures?|sections?|"
    r"vol|volumes?|tomes?|ed|editions?|art|articles?|slides?|diapos?|diapositives?|chunks?|doc|paragraphes?|"
    r"paragraphs?|para|annexes?|appendix|ligne|lines?|ll|l)\.?|§)"
    r"[ \t]*+\d{1,6}(?:[.,:-]\d{1,6}){0,3}+(?![\d/])"
)


def locators_blanked(text: str) -> str:
    """``text`` (folded) with each source locator's numbers blanked (same length)."""
    return _LOCATOR.sub(lambda m: re.sub(r"\d", " ", m.group(0)), text)


def data_numbers(data: Sequence[str]) -> set[Fraction]:
    """The data's numbers (as absolute values), and how many it gives ("les deux nombres")."""
    found: set[Fraction] = set()
    for text in data:
        numbers = {abs(n) for n in digits(fold(text))}
        found |= numbers | {Fraction(len(numbers))}
    return found


def data_names(data: Sequence[str]) -> set[str]:
    """The names the data gives its entities: capitalised words past a sentence's start."""
    found: set[str] = set()
    for text in data:
        for m in CAPITAL.finditer(text):
            before = text[: m.start()].rstrip()
            if before and before[-1] not in '.!?:\n«"“':
                found.add(fold(m.group(1)))
    return found


def blanked(rest: str, full: str) -> list[bool]:
    """For each character of ``rest``, whether the task's data stood there (blanked out)."""
    if len(full) != len(rest):
        return [False] * len(rest)
    return [r == " " and f != " " for r, f in zip(rest, full, strict=True)]


def stretches(
    rest: str, full: str, gone: list[bool], known: set[Fraction], members: set[str]
) -> Iterator[tuple[int, int]]:
    """Each announced worked example (from its announcement, or its sentence's start, to the turn
    that follows, its paragraph's end or the data) that holds none of the data's large figures nor its named
    members and is not tied to the task (those make it the task itself)."""
    for m in list(EXAMPLE.finditer(rest))[:20]:
        turn = _TURN.search(rest, m.end())
        par = rest.find("\n\n", m.end())
        if par >= 0 and _OPENS.fullmatch(rest, m.end(), par):  # "like this:", then a table
            par = rest.find("\n\n", par + 2)
        data = next((i for i in range(m.end(), len(rest)) if gone[i] and full[i].isdigit()), -1)
        ends = [e for e in (turn.start() if turn else -1, par, data) if e >= 0]
        end = min(ends) if ends else len(rest)
        stretch = rest[m.start() : end]
        figures = set(digits(full[m.start() : end] if full else stretch))
        large = {n for n in known if n >= 10}
        if large and large <= {abs(n) for n in figures}:
            continue  # the data's own figures, rewritten: the task itself
        if any(re.search(rf"\b{re.escape(member)}\b", stretch) for member in members):
            continue  # it speaks of the data's own members: the task itself ("caroline = 1 sœur")
        if _TIE.search(stretch):
            continue  # tied to the task: "8 et 15 sont premiers entre eux, c'est le même cas"
        yield _lead(rest, m.start()), end


_COUNTING = re.compile(
    rf"\d|\b(?:{'|'.join(w for w in NUMBER_WORDS if w not in ('un', 'une', 'a', 'an', 'one'))}|"
    r"seule?s?|only|sole|unique)\b"
)


def _lead(rest: str, at: int) -> int:
    """Where an example's blanking starts: its announcement's sentence start when what stands
    there only announces it ("voici un exemple": no "voici un" left to read as a count of one),
    else the announcement itself ("la famille compte deux filles, par exemple" keeps its count)."""
    start = max(rest.rfind(mark, 0, at) for mark in ".!?:;\n") + 1
    lead = rest[start:at]
    return start if len(lead.split()) <= 8 and not _COUNTING.search(lead) else at


def other_instances(rest: str, full: str, data: Sequence[str]) -> str:
    """``rest`` (folded, the data blanked; ``full``: the folded prompt it was made from, character
    for character) with its worked examples of another instance blanked: announced, two numbers
    of their own or more (see the module's docstring)."""
    gone = blanked(rest, full)
    known = data_numbers(data) | {Fraction(0)}
    out = rest
    for start, end in stretches(rest, full, gone, known, data_names(data)):
        # round 68: a value's excluded alternatives (« 1 sœur (pas 2, pas 6 !) ») are no numbers of its own
        said = locators_blanked(excluded_blanked(rest[start:end]))
        own = {abs(n) for n in digits(said) if abs(n) not in known}
        if len(own) >= 2:
            out = out[:start] + " " * (end - start) + out[end:]
    return out


def in_other_example(folded: str, at: int, data: Sequence[str]) -> bool:
    """Whether position ``at`` of the folded prompt stands in an announced worked example of
    another instance (session 37: "Worked example: Tom has 4 sisters and each sister has 2
    brothers, so Tom has 1 brother. Now mine: ..."): none of the data's named members, no tie to
    the task, two numbers of its own or more. Its conclusion restates none of the data."""
    known = data_numbers(data) | {Fraction(0)}
    members = data_names(data)
    for start, end in _example_spans(folded):
        end = _before_members(folded, start, end, members)
        if not start <= at < end:
            continue
        stretch = folded[start:end]
        if any(re.search(rf"\b{re.escape(member)}\b", stretch) for member in members) or _TIE.search(stretch):
            continue
        said = locators_blanked(excluded_blanked(stretch))
        if len({abs(n) for n in digits(said) if abs(n) not in known}) >= 2:
            return True
    return False


# A worked example of another PLAN (session 36): "Example of another plan (a 30-minute talk on
# recycling): intro — 5 min, three actions — 20 min, questions — 5 min. Now: ...". Its parts add
# up to a length it states that is not the task's total: the method shown on another talk. One of
# the same length ("a one-hour talk on recycling: 5, 10, 15, 15, 10, 5 min") is the durations
# dictated whatever its topic, and an example scaled to the task ("now double every duration")
# or reused ("same durations") is the task's own plan.
_MINUTES = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,4})[ \t]*+-?[ \t]*+(?P<unit>min|mins|minutes?|mn|h|hours?|heures?)(?![a-z])"
    r"|(?<![\w])(?P<half>demi-heure|half-hour|half an hour|une demi heure)(?![a-z])"
    r"|(?<![\w])(?P<one>une heure|one-hour|one hour|an hour|an-hour|1 heure)(?![a-z])"
)
_SCALED = re.compile(
    r"(?<![\w])(?:doubl\w*+|twice|deux fois|tripl\w*+|multipli\w*+|scal\w*+|echelle|proportion\w*+|"
    r"same durations|same timings|same parts|same plan|same structure|memes durees|memes parties|"
    r"meme decoupage|meme plan|meme structure|reprends|reuse|copy|copie)(?![\w])|[x×][ \t]*+\d"
)


def _lengths(stretch: str) -> list[Fraction]:
    found = []
    for m in _MINUTES.finditer(stretch[:5000]):
        if m["half"]:
            found.append(Fraction(30))
        elif m["one"]:
            found.append(Fraction(60))
        else:
            found.append(Fraction(int(m["n"])) * (60 if m["unit"][0] == "h" else 1))
    return found


def other_plans(rest: str, full: str, data: Sequence[str], total: float) -> str:
    """``rest`` with each worked example of another plan blanked: announced as
    :func:`stretches` reads it, its parts adding up to a length it states that is not
    ``total`` (minutes), nothing in the rest scaling or reusing it (see :data:`_SCALED`)."""
    if _SCALED.search(rest[:20_000]):
        return rest
    gone = blanked(rest, full)
    out = rest
    for start, end in stretches(rest, full, gone, data_numbers(data) | {Fraction(0)}, data_names(data)):
        lengths = _lengths(rest[start:end])
        whole = sum(lengths)
        if any(2 * n == whole and n != Fraction(total) for n in lengths) and Fraction(total) not in lengths:
            out = out[:start] + " " * (end - start) + out[end:]
    return out
# Session 36 (round 33: r33g-*-near-identical-worked-example), the converse of the above: a worked
# example whose question is the task's own in all that decides its answer gives that answer away,
# whatever else differs. The deciding figures: for a riddle of sisters, the count of sisters each
# brother has (the brothers' count and the names decide nothing); for a parallel line, the slope and
# the intercept its point gives (b = y - a·x: another point on the same line, another line to be
# parallel to with the same slope); for two numbers' coprimality, each number's prime factors (35 and
# 32 = 2⁵ are coprime exactly as 35 and 64 = 2⁶ are). Such an example is read as the task's (its
# names the data's member, its numbers the data's numbers with the same primes), on its own.
_SMALL = "|".join(w for w in NUMBER_WORDS if w not in ("a", "an", "none", "aucun", "aucune"))
_FIGURE = rf"(?P<n>\d{{1,3}}|{_SMALL})"
_PER_BROTHER = re.compile(
    r"\b(?:chaque frere|chacun de (?:ses|leurs|ces) freres|each brother|"
    r"each of (?:her|his|their|the) brothers|"
    r"every brother|ses freres ont chacun|her brothers each have|les freres ont chacun|"
    r"(?:ses|les) \d{1,3} freres ont chacun)\b[^.?!;\n]{0,30}?\b" + _FIGURE + r"[ \t]++(?:soeurs?|sisters?)\b"
)
_SLOPE = re.compile(
    r"\by[ \t]*+=[ \t]*+(?P<sign>-)?[ \t]*+(?P<a>\d{1,6}(?:[.,]\d{1,4})?)?[ \t]*+\*?[ \t]*+x(?![a-z0-9])"
)
_POINT = re.compile(r"\([ \t]*+(-?[ \t]?\d{1,6})[ \t]*+[,;][ \t]*+(-?[ \t]?\d{1,6})[ \t]*+\)")
_PAIR = re.compile(
    r"(?<![\w.,])(\d{1,9})[ \t]++(?:et|and|&)[ \t]++(\d{1,9})(?![\w]|[.,]\d)|"
    r"\b(?:pgcd|gcd)[ \t]*+\([ \t]*+(\d{1,9})[ \t]*+[,;][ \t]*+(\d{1,9})[ \t]*+\)"
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _per_brother(text: str) -> int | None:
    m = _PER_BROTHER.search(text)
    return _count(m["n"]) if m else None


def _intercept(text: str) -> tuple[Fraction, Fraction] | None:
    """The slope of the first line ``y = ax + …``, the intercept of its parallel through the first point."""
    slope, point = _SLOPE.search(text), _POINT.search(text)
    if not slope or not point:
        return None
    a = Fraction(slope["a"].replace(",", ".")) if slope["a"] else Fraction(1)
    a = -a if slope["sign"] else a
    x, y = (Fraction(v.replace(" ", "")) for v in point.groups())
    return a, y - a * x


def _pair(text: str) -> tuple[int, int] | None:
    m = _PAIR.search(text)
    if not m:
        return None
    first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
    return int(first), int(second)


def _primes(n: int) -> frozenset[int]:
    found, p = set(), 2
    while p * p <= n and p < 100_000:
        while n % p == 0:
            found.add(p)
            n //= p
        p += 1
    if n > 1:
        found.add(n)
    return frozenset(found)


def _before_members(folded: str, start: int, end: int, members: set[str]) -> int:
    """Where an announced example with no turn after it ends (round 39: "Example of another problem:
    Emma has 6 brothers..., so Emma has 1 sister. Caroline (a girl) has 3 brothers..."): at the start
    of the first later sentence that names one of the data's members. A member in the example's first
    sentence ties it to the task: its span stays whole."""
    found = [
        m.start() for member in members for m in re.finditer(rf"\b{re.escape(member)}\b", folded[start:end])
    ]
    if not found:
        return end
    at = start + min(found)
    lo = max(folded.rfind(mark, start, at) for mark in ".!?\n")
    return lo + 1 if lo >= start else end


def _example_spans(rest: str) -> Iterator[tuple[int, int]]:
    """Each announced worked example: its announcement to the turn that follows or its paragraph's end."""
    for m in list(EXAMPLE.finditer(rest))[:20]:
        turn = _TURN.search(rest, m.end())
        par = rest.find("\n\n", m.end())
        if par >= 0 and _OPENS.fullmatch(rest, m.end(), par):
            par = rest.find("\n\n", par + 2)
        ends = [e for e in (turn.start() if turn else -1, par) if e >= 0]
        yield m.start(), min(ends) if ends else len(rest)


def transferred(rest: str, full: str, data: Sequence[str], kind: str, prompt: str = "") -> list[str]:
    """The worked examples of ``rest`` (folded, the data blanked; ``full``: the folded prompt) whose
    answer is the task's own (see above), each read as the task's: its stretch of ``rest``, its
    names the data's member (``prompt``: where the names are capitalised), its numbers the data's
    numbers with the same primes."""
    if not data:
        return []
    told = fold(data[0])
    source = full if len(full) == len(rest) else rest
    data_members = data_names(data)
    found: list[str] = []
    for start, end in _example_spans(source):
        # session 47 (fair47): an example runs to the data's named member at most (an example family with no
        # turn after it is no worked example of the data's own counts, read in the data's sentences)
        span = source[start:end]
        named = [m.start() for n in data_members if (m := re.search(rf"\b{re.escape(n)}\b", span))]
        end = start + min(named) if named else end
        stretch, reading = source[start:end], rest[start:end] if source is full else source[start:end]
        if kind == "number":
            wanted = _per_brother(told)
            if wanted is None or _per_brother(stretch) != wanted:
                continue
            members = sorted(data_names(data))
            names = (data_names([prompt]) - set(members)) & set(re.findall(r"[a-z]++", reading))
            if members and names:
                others = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)[:200])
                reading = re.sub(rf"(?<![a-z])(?:{others})(?![a-z])", members[0], reading)
        elif kind == "line":
            wanted_line = _intercept(told)
            if wanted_line is None or _intercept(stretch) != wanted_line:
                continue
        elif kind == "yes-no":
            task_pair, pair = _pair(told), _pair(stretch)
            if task_pair is None or pair is None or min(*pair, *task_pair) < 2:
                continue
            by_primes = {_primes(n): n for n in task_pair}
            if len(by_primes) < 2 or {_primes(n) for n in pair} != set(by_primes):
                continue
            for n in pair:
                reading = re.sub(rf"(?<![\w.,]){n}(?![\w]|[.,]\d)", str(by_primes[_primes(n)]), reading)
        else:
            continue
        found.append(reading)
    return found
