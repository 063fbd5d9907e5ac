"""A verdict said in irony (round 24a): no verdict.

"Premiers entre eux ? Oui, c'est ça, et 64 est un nombre impair." says no by saying yes. The
rule is general and needs no list of tones: a sentence that gives a verdict and, in the same
breath, states a false fact about the task's own numbers (a parity, a primality or a
divisibility the numbers contradict: "64 est impair", "35 is prime", "5 divise 64") is not
meant; nor is one with a marker of irony that no sincere answer writes ("et moi je suis le
pape", "yeah right", "et la marmotte…", "quand les poules auront des dents", a "/s" tag: round 84;
"jk", "not!", « (ironie) », « … ou pas »: mend51). A laugh or a face alone ("lol", 😉) ends
sincere sentences too: it marks only in an answer tagged elsewhere (:func:`laughing`, mend51). A
summary's fact in a sentence so marked is not stated (:func:`marked`, read by the facts reader). A true fact
beside a verdict ("oui, c'est ça : 35 est impair et 64 est pair") is a reason, read as ever, and
so is a claim that a "neither … nor" denies (fix73, round 73: "Neither 35 nor 64 is prime, but that
does not matter" says 64 is not prime). Text is folded (:func:`workshop.prompts.text.fold`)."""

from __future__ import annotations

import re

from workshop.prompts.arith import nor_before

_CLAIM = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,6})[ \t]++(?:(?P<neg>n'est[ \t]++pas|is[ \t]++not|isn't)|est|is)[ \t]++"
    r"(?:(?:un|a|an)[ \t]++)?(?:nombre[ \t]++|number[ \t]++)?"
    r"(?P<prop>pair|impair|even|odd|premier|prime)(?![\w-])(?![ \t]++(?:avec|entre|with|to)\b)"
)
_DIVIDES = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,6})[ \t]++"
    r"(?:(?P<neg>ne[ \t]++divise[ \t]++pas|does[ \t]++not[ \t]++divide|doesn't[ \t]++divide)|divise|divides)"
    r"[ \t]++(?P<b>\d{1,6})(?!\w|[.,]\d)"
)
_DIVISIBLE = re.compile(
    r"(?<![\w.,])(?P<b>\d{1,6})[ \t]++(?:(?P<neg>n'est[ \t]++pas|is[ \t]++not|isn't)|est|is)[ \t]++"
    r"(?:divisible[ \t]++(?:par|by)|(?:(?:un|a)[ \t]++)?multiple[ \t]++(?:de|d'|of))[ \t]*+"
    r"(?P<a>\d{1,6})(?!\w|[.,]\d)"
)
_MARKER = re.compile(
    r"(?<![\w-])(?:et[ \t]++moi,?[ \t]++je[ \t]++suis[ \t]++(?:le|la)|and[ \t]++i'?m[ \t]++the[ \t]++"
    r"(?:pope|queen|king|president|emperor)|and[ \t]++i[ \t]++am[ \t]++the[ \t]++(?:pope|queen|king)"
    r"|yeah,?[ \t]++right|ouais,?[ \t]++c'est[ \t]++ca|ben[ \t]++voyons|et[ \t]++la[ \t]++marmotte"
    r"|quand[ \t]++les[ \t]++poules[ \t]++auront[ \t]++des[ \t]++dents|when[ \t]++pigs[ \t]++fly"
    # round 84: a sarcasm tag ("/s"); mend51: an explicit irony tag ("jk", "not!", « (ironie) »,
    # « ou pas »), not a laugh or a face alone ("lol", 😉 end sincere sentences too); the lead, session 51:
    # the word "irony" only as a tag, opening a bracket or a hashtag (« (ironie 🙄) », "#sarcasm") or alone
    # after a dash: « ironie de l'histoire », "Ironically, …" are sincere sentences
    r"|(?<=[\s.,;:!?)…])/s|jk|just[ \t]++kidding|je[ \t]++plaisante"
    r"|(?:(?<=[(\[#*/<])|(?<=[(\[#*/<][ \t]))(?:ironi[a-z]*+|irony|sarcas[a-z]*+)"
    r"|(?<=[-—–][ \t])(?:ironie|irony|sarcasme|sarcasm)(?=[ \t]*+(?:[.!…)\]]|$))"
    r"|(?<=[\s.,;:…])not!|ou[ \t]++pas(?=[ \t]*+(?:[.!…]|$|\W*+$)))(?![\w-])"
)


def _prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


def _holds(prop: str, n: int) -> bool:
    if prop in ("pair", "even"):
        return n % 2 == 0
    if prop in ("impair", "odd"):
        return n % 2 == 1
    return _prime(n)


def false_fact(sentence: str, numbers: set[int]) -> bool:
    """Whether ``sentence`` states a parity, a primality or a divisibility of one of the
    task's ``numbers`` that is false."""
    for m in _CLAIM.finditer(sentence):
        n = int(m["n"])
        denied = bool(m["neg"]) != nor_before(sentence, m.start())  # "neither 35 nor 64 is prime"
        if n in numbers and _holds(m["prop"], n) == denied:
            return True
    for m in (*_DIVIDES.finditer(sentence), *_DIVISIBLE.finditer(sentence)):
        a, b = int(m["a"]), int(m["b"])
        if a and (a in numbers or b in numbers) and (b % a == 0) == bool(m["neg"]):
            return True
    return False


def ironic(sentence: str, numbers: set[int]) -> bool:
    """Whether a verdict in ``sentence`` (folded) is said in irony."""
    return bool(_MARKER.search(sentence)) or false_fact(sentence, numbers)


# A laugh or a face (mend51): a marker only in an answer that tags its irony elsewhere (:func:`laughing`).
_LAUGH = re.compile(r"(?<![\w-])(?:lol|mdr|ptdr|😉|😏|🙄|😜|🤭)(?![\w-])")


def marked(sentence: str) -> bool:
    """Whether ``sentence`` (folded) carries a marker of irony (:data:`_MARKER`)."""
    return bool(_MARKER.search(sentence))


def laughing(sentence: str, answer: str) -> bool:
    """Whether ``sentence`` laughs or winks (:data:`_LAUGH`) in an ``answer`` (both folded) that
    tags its irony explicitly (:data:`_MARKER`, "/s"): a wink alone takes nothing back. Session 52
    (gaps52): the tag must stand in the sentence's paragraph, or alone in a paragraph of its own ("/s"
    on its last line); a tag on another paragraph's own remark ("P.S. Summaries are my favourite
    homework /s") tags that remark, not the summary's sincere laugh."""
    if not _LAUGH.search(sentence) or not _MARKER.search(answer):
        return False
    at = answer.find(sentence)
    for paragraph in _PARAGRAPH.finditer(answer):
        if not _MARKER.search(
            answer, paragraph.start(), paragraph.end()
        ):  # its lookbehinds see the line's start
            continue
        if at < 0 or paragraph.start() <= at <= paragraph.end():
            return True
        if len(_OWN_WORD.findall(_MARKER.sub(" ", paragraph.group(0)), 0, 400)) < 2:
            return True  # a tag alone on its paragraph tags the whole answer
    return False


_PARAGRAPH = re.compile(r"(?<![^\n])[^\n]++(?:\n(?![ \t]*+\n)[^\n]*+)*+")
# A word of its own (gaps52): a paragraph with two says something beside its irony tag.
_OWN_WORD = re.compile(r"(?<![a-z])[a-z]{2,}+")
