"""A family given child by child (issue 11, round 83, fix-helper fix83): the roster counted.

A riddle about a family ("Caroline a 3 frères. Chaque frère a 2 sœurs.") is given away by the
number of children as much as by the answer: "la fratrie compte 5 enfants" leaves the model only a
subtraction, and the grader reads it so. A roster of the children by name does the same ("voici la
fratrie au complet : Caroline, Inès, Tom, Hugo et Nathan", "Siblings: Caroline, Ines, Tom, Hugo,
Nathan", a family tree's lines "- Caroline (f)\\n- Inès (f)\\n- Tom…"): the model only counts.

Read: after a family word (« fratrie », « famille », « enfants », « frères et sœurs », « arbre
généalogique », "family", "siblings", "children", "kids", "family tree") and within 80 characters
of it, a list of three names or more (capitalised words, each may carry a short note in brackets
or ♀/♂), joined by commas, semicolons, slashes, "&", « et »/"and" or one a line (a bullet
allowed), that names the riddle's subject (a name every statement of the task's data holds,
"Caroline"). The list is followed by its count told as the grader reads a count of children
(« ; la famille compte 5 enfants. », "; the family has 5 children."). Not read: the brothers named
alone ("les frères s'appellent Tom, Hugo et Nathan": the subject not among them, the data's own
count), names without a family word before them. Limits: a roster that leaves the subject out
but names the sisters ("siblings: Ines, Tom, Hugo, Nathan") is not read; nor a family drawn as
ASCII art."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workshop.prompts.text import NUMBER_WORDS

MAX_CHARS = 64 * 1024
WITHIN = 80

_NAME = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]{1,20}+(?:[ \t]*+\([^()\n]{0,20}+\)|[ \t]*+[♀♂])?+"
_SEP = (
    r"(?:[ \t]*+[,;/&][ \t]*+(?:(?:et|and)[ \t]++)?|[ \t]++(?:et|and)[ \t]++|"
    r"[ \t]*+\n[ \t]*+(?:[-*•][ \t]*+)?)"
)
_LIST = re.compile(rf"(?<![\w'-]){_NAME}(?:{_SEP}{_NAME}){{2,15}}+")
_NAME_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]{1,20}+")
_FAMILY = re.compile(
    r"(?<![\w])(?:(?P<fr>fratrie|famille|enfants|fr[eè]res[ \t]++et[ \t]++s[oœ]e?urs|"
    r"g[ée]n[ée]alogique|foyer)|"
    r"family|siblings|children|kids|brothers[ \t]++and[ \t]++sisters|family[ \t]++tree|household)(?![\w])",
    re.IGNORECASE,
)


def _subjects(data: Sequence[str]) -> set[str]:
    """The names every statement of the data holds (a riddle's subject: "Caroline")."""
    found: set[str] | None = None
    for statement in data:
        names = set(_NAME_RE.findall(statement))
        found = names if found is None else found & names
    return found or set()


# Round 85 (fix85): the count carried by objects, one per child (« la mère achète une robe pour chacune de
# ses filles, et elle en achète exactement 2 », "she buys one dress for each of her daughters: 2 dresses in
# all"): the number of objects is the number of those children, told after it as a count
# (« ; la mère a 2 filles. », "; the mother has 2 daughters."). The number is the first after the "one
# per" phrase in its sentence (or the last before it, « elle achète 2 robes, une pour chacune de ses
# filles »), not one of a duration or a price (« 2 heures », "2 euros"). Limits: objects shared by several
# children, or a count said in words beyond ten, are not read.
_PER_CHILD = re.compile(
    r"(?<![\w])(?:(?:une?|1)[ \t]++(?:[\w'-]{2,20}+[ \t]++)?(?:pour|a|à)[ \t]++chacune?[ \t]++"
    r"d(?:e[ \t]++(?:ses|leurs|les|sa|ces)|es)[ \t]++"
    r"(?P<fr>filles|enfants)"
    r"|(?:one|a|an|1)[ \t]++(?:[\w'-]{2,20}+[ \t]++)?(?:for|to)[ \t]++each[ \t]++(?:of[ \t]++)?"
    r"(?:her|his|their|the|its)[ \t]++(?P<en>daughters|children|kids|girls))",
    re.IGNORECASE,
)
# the documented number words from two to ten (text.NUMBER_WORDS), longest first
_COUNT_WORDS = r"\d{1,2}+|" + "|".join(
    sorted((w for w, v in NUMBER_WORDS.items() if 2 <= v <= 10), key=len, reverse=True)
)
_COUNT = re.compile(
    rf"(?<![\w,.])(?P<n>{_COUNT_WORDS})(?![\w,.]\d)"
    r"(?![ \t]*+(?:h\b|heures?|hours?|min|euros?|€|\$|dollars?|ans|years?|%|fois|times))",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def _per_child_counted(text: str) -> str:
    out: list[str] = []
    last = 0
    for found in _PER_CHILD.finditer(text):
        stop = _SENTENCE_STOP.search(text, found.end())
        end = stop.start() if stop else len(text)
        number = _COUNT.search(text, found.end(), min(end, found.end() + WITHIN))
        if number is None:
            start = max(text.rfind(c, 0, found.start()) for c in ".!?\n") + 1
            before = list(_COUNT.finditer(text, max(start, found.start() - WITHIN), found.start()))
            number = before[-1] if before else None
        if number is None:
            continue
        n = number["n"]
        told = (
            f" ; la mère a {n} {found['fr'].lower()}. "
            if found["fr"]
            else f"; the mother has {n} {found['en'].lower()}. "
        )
        out += [text[last:end], told]
        last = end
    out.append(text[last:])
    return "".join(out)


def counted(text: str, data: Sequence[str]) -> str:
    """``text`` with each roster of a family's children followed by its count (see the module)."""
    text = _per_child_counted(text[:MAX_CHARS])
    subjects = _subjects(data)
    if not subjects or not _FAMILY.search(text):
        return text
    out: list[str] = []
    last = 0
    for roster in _LIST.finditer(text):
        names = _NAME_RE.findall(_strip_notes(roster.group(0)))
        if not subjects & set(names):
            continue
        families = list(_FAMILY.finditer(text, max(0, roster.start() - WITHIN), roster.start()))
        if not families:
            continue
        family = families[-1]
        if _not_the_riddles(text, roster, family, names):
            continue
        told = (
            f" ; la famille compte {len(names)} enfants. "
            if family["fr"]
            else f"; the family has {len(names)} children. "
        )
        out += [text[last : roster.end()], told]
        last = roster.end()
    out.append(text[last:])
    return "".join(out)


# mend51: a roster of the student's own family (a parent in it: « Papa, Maman, Caroline et moi », "Mum,
# Dad, Caroline and I"; the student's own children: « Mes enfants (Léa, Hugo, Caroline) ») is no roster
# of the riddle's children.
_PARENT = set(
    "Papa Maman Mum Mom Dad Daddy Mummy Mommy Père Mère Pere Mere Papi Papy Mamie Mamy Grandma Grandpa Granny"
    " Tonton Tata Oncle Tante".split()
)
_ME_AFTER = re.compile(r"(?<![ \t])[ \t]*+(?:,|et|and|&)[ \t]*+(?:moi|me|I|myself)(?![\w'-])")
_MINE_BEFORE = re.compile(r"(?:mes|my|our|nos)[ \t]++$", re.IGNORECASE)


def _not_the_riddles(text: str, roster: re.Match[str], family: re.Match[str], names: list[str]) -> bool:
    if _PARENT & set(names) or _ME_AFTER.match(text, roster.end()):
        return True
    kids = family.group(0).lower() in ("enfants", "children", "kids")
    return kids and bool(_MINE_BEFORE.search(text[max(0, family.start() - 8) : family.start()]))


def _strip_notes(roster: str) -> str:
    return re.sub(r"\([^()\n]{0,20}+\)", " ", roster)
