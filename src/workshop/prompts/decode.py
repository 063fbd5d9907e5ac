"""What an encoding hides in a prompt or an answer: base64 (standard and URL-safe) and hex
runs are decoded, twice over at most, and the text they reveal is read by the same checks
as the rest (a dictated answer in base64 is still a dictated answer, an instruction to the
judge in hex still addresses the judge). A run is decoded only when the result is UTF-8
text that is mostly printable: random-looking words are left alone. ROT13 (round 13) has no
look of its own: the text after a mention of it ("(ROT13) : bhv, CTPQ = 1") is decoded, to
its line's end and through the lines that follow it up to a blank line, five at most (round
30: "chiffré en ROT13 :" then the draft), and so is a URL query's value of 6 characters or more. Round
14: a token with two URL percent-escapes or more ("%3D%2D10") is decoded too; round 30: a line
in leetspeak is read with its digits as letters (``_unleet``). Issue 11bg (round 31): a line
most of whose words the grader cannot read as French or English is read again mirrored (the
line backwards, or each word backwards) and in Pig Latin undone, and a line in SMS shorthand
("avc dé caillou sr dé abak", "pr aidé son pèr") with its shorthand spelt out (``unscrambled``):
the reading whose words are read is kept."""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import quopri
import re
import urllib.parse

from wordfreq import zipf_frequency

from workshop.prompts.readable import lexicon, read_word, unread
from workshop.prompts.text import copied_cache, fold, text_cache

_BASE64 = re.compile(r"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){8,}")
# A URL query's value (round 13: "?r=eT00eC0xMA==") is decoded from 6 characters: a
# parameter's value is no word of prose.
_QUERY_VALUE = re.compile(r"[?&][\w.-]{1,20}=(?P<value>[A-Za-z0-9+/_-]{6,}(?:=|%3[dD]){0,2})")
# URL percent-encoding (round 14: "?b%3D%2D10", a whole translation in "%20"-spaced escapes):
# a token with two escapes or more is decoded too.
_PERCENT = re.compile(r"(?<![^\s(\[<\"'])[^\s%]{0,200}+(?:%[0-9A-Fa-f]{2}[^\s%]{0,200}+){2,}+")
# (round 30: and the paragraph right after it, "chiffré en ROT13 :" closing its line)
_ROT13 = re.compile(r"\brot[- ]?13\b(?P<rest>[^\n]{0,2000}(?:\n[^\S\n]*+[^\s][^\n]{0,2000}){0,5})", re.I)
# Session 57 (fix100versions, round 100: « Écris en clair : pas de ROT13, pas de base64, pas de deuxième
# version. »): a mention that forbids the encoding ("no ROT13", « sans ROT13 », "don't use ROT13",
# « ni ROT13 ») announces no text in it: what follows is read as written (gibberish there is still another
# language).
_NOT_USED = re.compile(
    r"(?i)(?<![\w'-])(?:pas|sans|no|not|without|never|jamais|ni|nor|aucun|aucune|avoid|evite[rz]?|éviter|évitez"
    r"|don't use|do not use|n'utilise[sz]? pas|not in|pas en|rather than|plutot que|plutôt que|instead of"
    r"|au lieu de)[ \t]++(?:(?:de|d'|du|en|in|any|a|un|le|la|of|the|use|using|utiliser|de l')[ \t]*+){0,2}$"
)
MAX_DEPTH = 2
MAX_RUNS = 20
# Leetspeak (round 30, issue 11bd): a line whose words mix letters with the digits that stand for
# letters ("D3s c41ll0ux gl1ss3s...") is read with those digits as letters, inside such words
# only (a year stays a year). Six such words at least, and a third of the line's words.
_LEET = str.maketrans("01345789@$", "oieastbgas")
_LEET_L = str.maketrans("01345789@$", "oleastbgas")  # session 57: "1" for "l" ("l1m1t5" has both)
_LEET_SAID = re.compile(r"\b(?:leet(?:speak)?|l33t(?:5p34k)?|1337)\b", re.I)
LEET_READ = 3  # session 57: leetspeak tokens that read as words, in one line
_LEET_DIGIT = re.compile(r"[01345789@$]")
_LETTER = re.compile(r"[^\W\d_]")
LEET_WORDS = 6


def _text(raw: bytes, min_letters: float = 0.4) -> str | None:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in decoded if c.isprintable() or c in "\n\t")
    letters = sum(1 for c in decoded if c.isalpha())
    if not decoded or printable < 0.95 * len(decoded) or letters < min_letters * len(decoded):
        return None
    return decoded


def _decode_run(run: str, min_letters: float = 0.4) -> str | None:
    if re.fullmatch(r"[0-9A-Fa-f :]+", run) and len(run.replace(" ", "").replace(":", "")) % 2 == 0:
        try:
            return _text(bytes.fromhex(run.replace(" ", "").replace(":", "")))
        except ValueError:
            pass
    padded = run + "=" * (-len(run) % 4)
    for decoder in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            found = _text(decoder(padded), min_letters)
        except (binascii.Error, ValueError):
            continue
        if found is not None:
            return found
    return None


def _leet_word(token: str) -> str | None:
    """Session 57: a token of leetspeak read as a word ("C4r0l1n3" is "Caroline", "51573r" "sister",
    "l1m1t5" "limits"), "1" read as "i" or "l" whichever gives a word of three letters or more that is
    read; None when neither does."""
    for table in (_LEET, _LEET_L):
        word = token.translate(table)
        letters = _FOLDED_WORD.findall(fold(word))
        if letters and all(len(w) >= 3 and not unread([w]) for w in letters):
            return word
    return None


def _unleet(text: str) -> list[str]:
    """Lines in leetspeak, read with its digits as letters: round 30's (LEET_WORDS such words and a third
    of the line), and session 57's short key ("C4r0l1n3 h45 0n3 51573r", "y35, th3y 4r3 c0pr1m3"):
    LEET_READ tokens of letters and digits, or one once leetspeak is said, that each read as a word of
    three letters or more; "4x", "B12", "A4" or "mp3" read as none."""
    found = []
    said = bool(_LEET_SAID.search(text))
    for line in text.splitlines()[:500]:
        tokens = line.split()
        mixed = [t for t in tokens if _LETTER.search(t) and _LEET_DIGIT.search(t)]
        if len(mixed) >= LEET_WORDS and 3 * len(mixed) >= len(tokens):
            found.append(" ".join(t.translate(_LEET) if t in mixed else t for t in tokens))
            continue
        words = {t: w for t in mixed if (w := _leet_word(t)) is not None}
        if len(words) >= (1 if said else LEET_READ):
            found.append(" ".join(words.get(t, t.translate(_LEET) if t in mixed else t) for t in tokens))
    return found[:MAX_RUNS]


# Issue 11bg: lines no reader of the grader reads, read mirrored, in Pig Latin undone, in SMS
# shorthand spelt out. A line needs SCRAMBLED_WORDS words at least, most of them unread, and a
# reading keeps it when most of its words are read.
SCRAMBLED_WORDS = 6
SMS_ZIPF = 1.5  # a spelling out of SMS shorthand is a French word wordfreq lists this often
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_FOLDED_WORD = re.compile(r"[a-z]{2,}")


@text_cache(maxsize=4096)
def _read_share(text: str) -> float:
    words = _FOLDED_WORD.findall(fold(text))
    return 1 - len(unread(words)) / len(words) if words else 0.0


def _pig_word(word: str) -> str:
    """A Pig Latin word undone ("odelmay" is "model", "anway", "ityay" are "an", "it"), the
    most frequent French or English word its onset may give; the word as it is otherwise."""
    low = word.lower()
    if len(low) < 3 or not low.endswith("ay"):
        return word
    stem = low[:-2]
    candidates = [stem[:-1]] if stem[-1:] in ("w", "y") and len(stem) > 1 else []
    for k in (1, 2, 3):
        onset, rest = stem[-k:], stem[:-k]
        if rest and len(onset) == k and not re.search(r"[aeiouy]", onset[1:] if k > 1 else ""):
            candidates.append(onset + rest)
    if not candidates:
        return word
    best = max(candidates, key=lambda w: max(zipf_frequency(w, "en"), zipf_frequency(w, "fr")))
    return best.capitalize() if word[:1].isupper() else best


# SMS shorthand (French): the usual abbreviations, then the spellings of its sounds.
_SMS = {
    "avc": "avec", "ac": "avec", "pr": "pour", "ds": "dans", "dé": "des", "lé": "les", "é": "est", "o": "au",
    "c": "c'est", "bcp": "beaucoup", "tt": "tout", "ts": "tous", "tjs": "toujours", "qd": "quand",
    "mm": "même",
    "sr": "sur", "ms": "mais", "jms": "jamais", "dc": "donc", "pdt": "pendant", "ke": "que", "ki": "qui",
    "koi": "quoi", "stp": "s'il te plaît", "svp": "s'il vous plaît", "mrc": "merci", "dsl": "désolé",
    "tel": "téléphone", "tél": "téléphone", "auj": "aujourd'hui", "vs": "vous", "nn": "non", "tps": "temps",
    "pb": "problème", "qq": "quelques", "qqn": "quelqu'un", "qqch": "quelque chose", "ns": "nous",
    "bi1": "bien", "b1": "bien", "cb": "combien", "pk": "pourquoi", "pq": "pourquoi", "tjr": "toujours",
    "s": "siècle", "jr": "jour", "vrmt": "vraiment", "ptet": "peut-être", "pê": "peut-être",
}  # fmt: skip
_SOUNDS = (
    (r"ik$", "ique"), (r"ak$", "aque"), (r"k$", "que"), (r"k", "qu"), (r"k", "c"), (r"^o", "au"),
    (r"f", "ph"),
    (r"è$", "ait"), (r"é$", "er"), (r"$", "t"), (r"$", "e"), (r"$", "s"), (r"$", "x"), (r"$", "re"),
    (r"^(.)", r"\1e"),
)  # fmt: skip


@text_cache(maxsize=8192)
def _sms_word(word: str) -> str:
    """A word of SMS shorthand spelt out ("avc" is "avec", "fabrik" "fabrique", "pèr" stays,
    "Antiq" is "antique"); a word read as it is, or that no rule spells out, as it is. An
    elided article or pronoun before it ("l'électronik") is kept."""
    head, _, low = (
        word.lower().rpartition("'")
        if re.match(r"^(?:[ldjnsmtc]|qu)'", word.lower())
        else ("", "", word.lower())
    )
    head = head + "'" if head else ""
    if low in _SMS:
        return head + _SMS[low]
    folded = fold(low)
    if not all(read_word(w) for w in _FOLDED_WORD.findall(folded)):
        for pattern, by in _SOUNDS:
            spelt = re.sub(pattern, by, low, count=1)
            for form in (spelt, spelt + "s"):
                if spelt != low and all(
                    read_word(w, exact=True) or zipf_frequency(w, "fr") >= SMS_ZIPF
                    for w in _FOLDED_WORD.findall(fold(form)) or ["-"]
                ):
                    return head + form
        if len(folded) >= 4 and folded.isalpha():  # an abbreviation: the most frequent word it begins
            best = max(
                (
                    w
                    for w in by_prefix().get(folded[:4], ())
                    if w.startswith(folded) and len(w) <= len(folded) + 6
                ),
                key=lambda w: zipf_frequency(w, "fr"),
                default="",
            )
            if best:
                return head + best
    return word


@functools.lru_cache(maxsize=1)
def by_prefix() -> dict[str, list[str]]:
    """The words read as French or English (folded), by their first four letters."""
    found: dict[str, list[str]] = {}
    for w in lexicon():
        if len(w) >= 4:
            found.setdefault(w[:4], []).append(w)
    return found


@copied_cache(maxsize=256)
def unscrambled(text: str) -> list[str]:
    """The lines of ``text`` that no reader reads, read mirrored, in Pig Latin undone or in
    SMS shorthand spelt out, each reading most of whose words are read."""
    found = []
    for line in text.splitlines()[:500]:
        words = _FOLDED_WORD.findall(fold(line))
        if len(words) < SCRAMBLED_WORDS:
            continue
        share = _read_share(line)
        readings = []
        if share < 0.5:
            readings += [
                line[::-1],
                _WORDS.sub(lambda m: m.group(0)[::-1], line),
                _WORDS.sub(lambda m: _pig_word(m.group(0)), line),
            ]
        if 0.3 <= share < 0.9:
            readings.append(_WORDS.sub(lambda m: _sms_word(m.group(0)), line))
        found += [r for r in readings if r != line and _read_share(r) >= max(0.8, share + 0.1)]
    return found[:MAX_RUNS]


# Session 56 (round 98, fix98enc): the other reversible encodings a model reads. Each is decoded
# where its own look stands, and what it gives is kept only when it is read: most of its words
# French or English (``_read_share``), or a formula ("y = 4x - 10"). Ordinary numbers ("scores:
# 65 72 80 77") give no words and stay numbers; an uppercase ticket gives no text.
_BASE32 = re.compile(r"(?<![A-Za-z0-9+/=])(?=[A-Z]{0,40}[2-7=])[A-Z2-7]{8,}+={0,6}+(?![A-Za-z0-9+/=])")
_ASCII85 = re.compile(r"<~[!-u\s]{4,4000}+~>")
# quoted-printable: a line with two "=XX" escapes or more, one of them "=3D", "=20" or a UTF-8
# pair ("R=C3=A9ponse"), or any such line once "quoted-printable" is said
_QP_ESCAPE = re.compile(r"=[0-9A-F]{2}")
_QP_SURE = re.compile(r"=3D|=20|=[C-F][0-9A-F]=[89AB][0-9A-F]")
_QP_SAID = re.compile(r"quoted[- ]?printable", re.I)
# character codes: three or more in a row, in binary, octal, decimal or hex ("0x79", "\\x79")
_CODE_TOKEN = re.compile(r"(?:0x|\\x|0o|\\)?+[0-9a-f]{2,8}+", re.I)
CODES_MIN = 3
# codes of three digits that the normal form joined as a number's thousands ("171 145 163" is
# "171145163", text._THOUSANDS): read again three by three
_JOINED_CODES = re.compile(r"(?<![\w.,])\d{9,900}+(?!\w|[.,]\d)")
_CODE_PREFIX = re.compile(r"^(?:0x|\\x|0o|\\)", re.I)
# Morse: dots and dashes as a typewriter, a phone or a font writes them
_MORSE_TABLE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
    "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
    "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
    ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7",
    "---..": "8", "----.": "9", "-----": "0", ".-.-.-": ".", "--..--": ",", "-...-": "=", "-....-": "-",
}  # fmt: skip
_MORSE_MARKS = str.maketrans("·•∙⋅−–—_", "....----")
MORSE_TOKENS = 4
# Spelling alphabets (ICAO/NATO, French, German DIN 5009 old and 2022, Italian, Spanish): three
# code words in a row at least, hyphens joining a word's letters when they are used
_SPELLING = {
    **{w: w[0] for w in (
        "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november "
        "oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray yankee zulu "
        "anatole berthe celestin desire eugene francois gaston henri irma joseph kleber louis marcel nicolas "
        "pierre quintal raoul suzanne therese ursule william xavier yvonne zoe "
        "anton berta casar caesar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha "
        "nordpol otto paula quelle richard samuel siegfried theodor ulrich viktor wilhelm xanthippe ypsilon "
        "zacharias zeppelin aachen berlin chemnitz dusseldorf essen frankfurt goslar hamburg ingelheim jena "
        "koln leipzig munchen nurnberg offenbach potsdam quickborn rostock salzwedel tubingen unna "
        "volklingen wuppertal xanten zwickau "
        "ancona bologna como domodossola empoli firenze genova imola jolly livorno milano napoli otranto "
        "padova quarto roma savona torino udine venezia washington xeres yacht york zara "
        "antonio barcelona carmen dolores enrique francia gerona historia ines jose lorenzo madrid navarra "
        "oviedo paris querido ramon sabado tarragona ulises valencia xilofono yegua zaragoza"
    ).split()},
}  # fmt: skip

_SPELLING_WORD = re.compile(r"[^\W\d_]++")
# ISO 8601 durations ("PT5M", "P1DT2H", "PT0H15M")
_ISO_DURATION = re.compile(
    r"(?<![\w/-])P(?=\d|T\d)(?:(?P<Y>\d{1,4})Y)?+(?:(?P<Mo>\d{1,4})M)?+(?:(?P<W>\d{1,4})W)?+"
    r"(?:(?P<D>\d{1,4})D)?+(?:T(?=\d)(?:(?P<H>\d{1,4})H)?+(?:(?P<Mi>\d{1,4})M)?+(?:(?P<S>\d{1,6})S)?+)?+(?![\w])"
)
_DURATION_UNITS = (("Y", "years"), ("Mo", "months"), ("W", "weeks"), ("D", "days"), ("H", "h"), ("Mi", "min"),
                   ("S", "s"))  # fmt: skip


def _kept(decoded: str | None) -> bool:
    """A decoding read as words, or as a formula."""
    if decoded is None or not decoded.strip():
        return False
    return _read_share(decoded) >= 0.5 or bool(re.search(r"[a-z0-9][ ]?=[ ]?-?[0-9a-z]", decoded, re.I))


def _char_codes(run: str) -> list[str]:
    tokens = run.split()
    bare = [_CODE_PREFIX.sub("", t) for t in tokens]
    hexed = any(_CODE_PREFIX.match(t) and t[:2].lower() != "0o" for t in tokens)
    bases = []
    if all(re.fullmatch(r"[01]{7,8}", t) for t in bare):
        bases.append(2)
    if all(re.fullmatch(r"[0-7]{3}", t) for t in bare):
        bases.append(8)
    if not hexed and all(t.isdigit() and len(t) <= 3 for t in bare):
        bases.append(10)
    if hexed or all(re.fullmatch(r"[0-9a-fA-F]{2}", t) for t in bare):
        bases.append(16)
    found = []
    for base in bases:
        try:
            values = [int(t, base) for t in bare]
        except ValueError:
            continue
        if all(32 <= v < 127 or 160 <= v < 0x250 for v in values):
            decoded = "".join(map(chr, values))
            if _kept(decoded):
                found.append(decoded)
    return found


def _morse(line: str) -> str | None:
    tokens = line.translate(_MORSE_MARKS).split()
    if sum(1 for t in tokens if t in _MORSE_TABLE and len(t) > 1 and "." in t and "-" in t) < 2:
        return None
    if sum(1 for t in tokens if t in _MORSE_TABLE) < MORSE_TOKENS:
        return None
    out, word, words = [], "", []
    coded = [t in _MORSE_TABLE for t in tokens]
    for k, token in enumerate(tokens):
        if coded[k] and (k and coded[k - 1] or k + 1 < len(tokens) and coded[k + 1]):  # no lone "..."
            word += _MORSE_TABLE[token]
            continue
        if word:
            out.append(word)
            words.append(word)
            word = ""
        if token not in ("/", "|", "//"):
            out.append(token)
    if word:
        out.append(word)
        words.append(word)
    return " ".join(out) if _kept(" ".join(words)) else None


def _spelling_gap(gap: str) -> bool:
    """What may stand between two code words of one run: spaces, a hyphen, a comma, a slash."""
    return len(gap) <= 3 and gap.strip(" ") in ("", "-", ",", "/", ";")


def _code_runs(line: str) -> list[str]:
    """The runs of CODES_MIN character codes or more in a row in ``line`` (spaces, commas or
    semicolons between them), each written with single spaces."""
    runs, run = [], []
    for token in [*line.replace(",", " ").replace(";", " ").split(), ""]:
        bare = token[:-1] if token.endswith((".", ")", ":")) else token
        if bare and _CODE_TOKEN.fullmatch(bare):
            run.append(bare)
            if bare == token:
                continue
        if len(run) >= CODES_MIN:
            runs.append(" ".join(run))
        run = []
    return runs


def _spelt(line: str) -> str | None:
    """The line with its runs of spelling-alphabet code words spelt out, or None."""
    line = re.sub(r"(?i)\bx-ray\b", "Xray", line)
    words = list(_SPELLING_WORD.finditer(line))
    out, at, changed, i = [], 0, False, 0
    while i < len(words):
        j = i
        while (
            j + 1 < len(words)
            and fold(words[j + 1].group(0)).lower() in _SPELLING
            and _spelling_gap(line[words[j].end() : words[j + 1].start()])
        ):
            j += 1
        run = words[i : j + 1]
        if fold(words[i].group(0)).lower() not in _SPELLING or len(run) < 3:
            i += 1
            continue
        hyphened = "-" in line[run[0].start() : run[-1].end()]
        spelt = ""
        for k, word in enumerate(run):
            between = line[run[k - 1].end() : word.start()] if k else ""
            gap = k and ("/" in between or (hyphened and "-" not in between))
            spelt += (" " if gap else "") + _SPELLING[fold(word.group(0)).lower()]
        if _kept(spelt):
            out += [line[at : run[0].start()], spelt]
            at, changed = run[-1].end(), True
        i = j + 1
    return "".join(out) + line[at:] if changed else None


# Session 58 (fix102enc, round 102): the letter-number code A1Z26 ("15-14-5" is ONE, "25-5-19 (A=1, B=2,
# ...)" YES), an escape game's padlock: two numbers of 1 to 26 or more in a row, joined by hyphens, dots or
# blanks, on a line that says a code (a legend "A=1", « A1Z26 », "code", « cadenas », "padlock", "cipher",
# « chiffré », "decode", "alphabet", "letter", « lettre ») read as their letters in place, the line kept when
# the word is read (a code of digits that spells nothing, "4-7-2", is left as written)
_A1Z26 = re.compile(
    r"(?<![\w.,/:-])(?:2[0-6]|1\d|[1-9])(?:[-. ](?:2[0-6]|1\d|[1-9])){1,15}+(?![\w/:]|[-.,]\d)"
)
_A1Z26_SAID = re.compile(
    r"\ba[ \t]*+=[ \t]*+1\b|a1z26|\bcodes?\b|cadenas|padlock|cipher|chiffr|d[ée]cod|alphabet"
    r"|letters?\b|lettres?\b",
    re.I,
)


# the code's key ("(A=1, B=2, ...)", "A=1 … Z=26") says no value: left out of the reading
_A1Z26_KEY = re.compile(
    r"\(?\ba[ \t]*+=[ \t]*+1(?:[ \t]*+[,;][ \t]*+(?:[b-z][ \t]*+=[ \t]*+\d{1,2}|\.{3}|…))*+\)?", re.I
)


def _lettered(line: str) -> str | None:
    """``line`` with its A1Z26 runs read as their letters (see above), or None."""
    if not _A1Z26_SAID.search(line):
        return None
    changed = False

    def letters(m: re.Match[str]) -> str:
        nonlocal changed
        word = "".join(chr(ord("a") + int(n) - 1) for n in re.split(r"[-. ]", m.group(0)))
        if len(word) < 2 or not _kept(word) or _read_share(word) < 1:
            return m.group(0)
        changed = True
        return word

    read = _A1Z26.sub(letters, line)
    return _A1Z26_KEY.sub("", read) if changed else None


def _duration(m: re.Match[str]) -> str:
    said = [f"{int(m[g])} {unit}" for g, unit in _DURATION_UNITS if m[g] and int(m[g])]
    return " ".join(said) or "0 min"


def spelled_out(text: str) -> list[str]:
    """Session 56: what base32, Ascii85, quoted-printable, character codes, Morse, spelling
    alphabets and ISO 8601 durations say in ``text``, each kept when it is read."""
    found: list[str] = []
    for m in _BASE32.finditer(text):
        run = m.group(0).rstrip("=")
        try:
            decoded = _text(base64.b32decode(run + "=" * (-len(run) % 8)), 0.1)
        except (binascii.Error, ValueError):
            continue
        if _kept(decoded) and decoded:
            found.append(decoded)
    for m in _ASCII85.finditer(text):
        try:
            decoded = _text(base64.a85decode(m.group(0), adobe=True), 0.1)
        except (ValueError, binascii.Error):
            continue
        if _kept(decoded) and decoded:
            found.append(decoded)
    said_qp = bool(_QP_SAID.search(text))
    for line in text.splitlines()[:500]:
        for run in _code_runs(line)[:MAX_RUNS]:
            found += _char_codes(run)
    for m in _JOINED_CODES.finditer(text):
        run = m.group(0)
        if len(run) % 3 == 0:
            found += _char_codes(" ".join(run[k : k + 3] for k in range(0, len(run), 3)))
    for line in text.splitlines()[:500]:
        if len(_QP_ESCAPE.findall(line)) >= 2 and (said_qp or _QP_SURE.search(line)):
            decoded = _text(quopri.decodestring(line.encode()), 0.1)
            if decoded is not None and decoded != line:
                found.append(decoded)
        if "." in line and "-" in line and (morse := _morse(line)):
            found.append(morse)
        if (spelt := _spelt(line)) is not None:
            found.append(spelt)
        if (lettered := _lettered(line)) is not None:
            found.append(lettered)
        if "P" in line and _ISO_DURATION.search(line):
            found.append(_ISO_DURATION.sub(_duration, line))
        if len(found) >= MAX_RUNS:
            break
    return found[:MAX_RUNS]


# Session 57 (round 100, fix100enc): what a prompt says it wrote backwards or in a letter shift, and Roman
# numerals. After a mention ("written backwards", « à l'envers », « à rebours », "reversed"; "Caesar",
# "César", "ROT-3", "shift 3", « décalage », "Atbash") the rest of the line and the lines that follow it up to
# a blank line, as round 13's ROT13, is read backwards (the letters, each word, the words' order) or shifted
# (the 25 shifts and Atbash), each reading kept when it is read (``_kept``). Roman numerals: once they are
# said (« en chiffres romains », "in Roman numerals"), every numeral standing alone is read as its number,
# a lone "X" or "V" included, the line again kept when it is read; unsaid, none ("Louis XIV", "XIXe
# siècle", "parts I, II and III" say no value), nor one that numbers a part, a chapter or a step.
_REVERSED_SAID = re.compile(
    r"(?:\b(?:backwards?|reversed?|in reverse|mirror(?:ed)?|right to left|inverse[es]{0,2}|retourne[es]{0,2}"
    r"|en miroir|de droite (?:a|à) gauche)|\b(?:a|à) l['’]envers|\b(?:a|à) rebours)"
    r"(?P<rest>[^\n]{0,2000}(?:\n[^\S\n]*+[^\s][^\n]{0,2000}){0,5})",
    re.I,
)
_SHIFT_SAID = re.compile(
    r"\b(?:rot[- ]?(?!13\b)\d{1,2}|caesar|c[ée]sar|atbash|d[ée]cal\w*|shift(?:ed|s)?|chiffrement)\b"
    r"(?P<rest>[^\n]{0,2000}(?:\n[^\S\n]*+[^\s][^\n]{0,2000}){0,5})",
    re.I,
)
_QUOTED = re.compile(r"«([^»\n]{1,500}+)»|\"([^\"\n]{1,500}+)\"|“([^”\n]{1,500}+)”")
_ATBASH = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA",
)
_ROMAN_SAID = re.compile(
    r"\b(?:roman numerals?|chiffres? romains?|numeros? romains?|romain[es]?|roman)\b", re.I
)
_ROMAN = re.compile(
    r"(?<![\w'’-])(?=[MDCLXVI])M{0,3}+(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\w'’-])"
)
# a numeral that numbers a part, a chapter or a step ("parts I, II and III", « chapitre IV ») says no value
_NUMBERING = re.compile(
    r"(?i)\b(?:parts?|parties?|chapters?|chapitres?|sections?|tomes?|volumes?|acts?|actes?|phases?|steps?|"
    r"etapes?|étapes?|books?|livres?|lessons?|le[cç]ons?|modules?|slides?|diapos?)\b[^.;:\n]{0,20}+$"
)
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def _shift(text: str, n: int) -> str:
    lower = "abcdefghijklmnopqrstuvwxyz"
    table = str.maketrans(lower + lower.upper(), lower[n:] + lower[:n] + (lower[n:] + lower[:n]).upper())
    return text.translate(table)


def _readings(rest: str, reversed_: bool) -> list[str]:
    """The readings of a rest said reversed or shifted."""
    if reversed_:
        return [rest[::-1], _WORDS.sub(lambda m: m.group(0)[::-1], rest), " ".join(reversed(rest.split()))]
    return [_shift(rest, n) for n in range(1, 26)] + [rest.translate(_ATBASH)]


def undone(text: str) -> list[str]:
    """Session 57: what a prompt says it wrote backwards or in a letter shift, each reading kept when it
    is read and reads better than the text as it stands (see above)."""
    found: list[str] = []
    for pattern, reversed_ in ((_REVERSED_SAID, True), (_SHIFT_SAID, False)):
        for m in list(pattern.finditer(text))[:MAX_RUNS]:
            # the rest, each quotation in it and what follows its last colon (« à l'envers : « 01 − x4 = y »)
            chunks = [m["rest"], m["rest"].rpartition(":")[2]]
            chunks += [q for m2 in _QUOTED.finditer(m["rest"]) for q in m2.groups() if q and q.strip()][
                :MAX_RUNS
            ]
            for rest in dict.fromkeys(chunks):
                share = _read_share(rest)
                for reading in _readings(rest, reversed_):
                    if reading != rest and _kept(reading) and (_read_share(reading) > share or share < 0.5):
                        found.append(reading)
    return found[:MAX_RUNS]


def in_place(text: str) -> str:
    """``text`` with the words a mention says are reversed, shifted or in ROT13 read in their place, each
    word whose reading is read and that is not: what the foreign reader reads (the task's data given again
    in ROT13 or backwards is the data, no foreign text)."""
    spans: list[tuple[int, int, list[str]]] = []
    for m in list(_ROT13.finditer(text))[:MAX_RUNS]:
        spans.append((m.start("rest"), m.end("rest"), [codecs.encode(m["rest"], "rot13")]))
    for pattern, reversed_ in ((_REVERSED_SAID, True), (_SHIFT_SAID, False)):
        for m in list(pattern.finditer(text))[:MAX_RUNS]:
            kept = [r for r in _readings(m["rest"], reversed_) if _kept(r)]
            if reversed_:
                kept = [_WORDS.sub(lambda w: w.group(0)[::-1], m["rest"])] if kept else []
            spans.append((m.start("rest"), m.end("rest"), kept[:1]))
    out = list(text)
    for m in list(_ROT13.finditer(text))[:MAX_RUNS]:  # read: no more ROT13 to decode (``revealed``)
        out[m.start() : m.start("rest")] = "·" * (m.start("rest") - m.start())
    for start, end, readings in spans:
        for reading in readings:
            if len(reading) != end - start:
                continue
            for w in _WORDS.finditer(text, start, end):
                new = reading[w.start() - start : w.end() - start]
                if unread([fold(w.group(0)).lower()]) and not unread([fold(new).lower()]):
                    out[w.start() : w.end()] = new
    return "".join(out)


def _roman(m: re.Match[str]) -> str:
    values = [_ROMAN_VALUES[c] for c in m.group(0)]
    return str(sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values)))


def _romans(text: str) -> list[str]:
    """Session 57: the lines with Roman numerals, read as numbers (see above)."""
    if not _ROMAN_SAID.search(text):
        return []
    found = []
    for line in text.splitlines()[:500]:
        if not re.search(r"[IVXLCDM]", line):
            continue
        read = _ROMAN.sub(
            lambda m: (
                _roman(m)
                if m.group(0)
                and not (m.group(0) == "I" and re.match(r" [a-z]", m.string[m.end() : m.end() + 2]))
                and not _NUMBERING.search(m.string[max(0, m.start() - 30) : m.start()])
                else m.group(0)
            ),
            line,
        )
        if read != line and _kept(read):
            found.append(read)
    return found[:MAX_RUNS]


@copied_cache(maxsize=256)
def revealed(text: str) -> list[str]:
    """The texts hidden in ``text``: after a ROT13 mention, in leetspeak lines, in base64, hex
    and percent-escaped runs and URL query values (what these reveal is read again, twice at most)."""
    found: list[str] = [
        codecs.encode(m["rest"], "rot13")
        for m in _ROT13.finditer(text)
        if not _NOT_USED.search(text, max(0, m.start() - 40), m.start())
    ][:MAX_RUNS]
    found += _unleet(text)  # round 30
    found += unscrambled(text[:50_000])  # issue 11bg
    found += spelled_out(text[:50_000])  # session 56
    found += undone(text[:50_000]) + _romans(text[:50_000])  # session 57
    layer = [text]
    for _ in range(MAX_DEPTH):
        nested = []
        for source in layer:
            runs = [m.group(0) for m in _HEX.finditer(source)] + [
                m.group(0) for m in _BASE64.finditer(source)
            ]
            values = [re.sub("%3[dD]", "=", m["value"]).rstrip("=") for m in _QUERY_VALUE.finditer(source)]
            # a query's value may be a formula ("y=4x-10"): a letter in it is enough
            tried = [(r, 0.4) for r in runs[:MAX_RUNS]] + [(v, 0.1) for v in values[:MAX_RUNS]]
            for m in _PERCENT.finditer(source):
                if len(found) >= MAX_RUNS:
                    break
                unquoted = _text(urllib.parse.unquote(m.group(0)).encode(), 0.1)
                if unquoted is not None and unquoted not in found:
                    found.append(unquoted)
                    nested.append(unquoted)
            for run, min_letters in tried:
                decoded = _decode_run(run.strip(), min_letters)
                if decoded is not None and decoded not in found:
                    found.append(decoded)
                    nested.append(decoded)
        layer = nested
    return found


def with_revealed(text: str) -> str:
    """``text`` followed by what its encoded runs reveal, one per paragraph."""
    hidden = revealed(text)
    return text if not hidden else text + "\n\n" + "\n\n".join(hidden)
