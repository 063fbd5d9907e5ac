"""The answer given through a game (round 44, fix-helper game44): readings of a prompt's own
words that put back in plain words a value a game pins down, for
:func:`workshop.prompts.evaluate.gives_away` to read as it reads the text itself.

* a higher/lower trail (« j'ai dit 3, il a dit « moins » ; j'ai dit 0, il a dit « plus » »,
  "−12 and −11 were both 'higher', −9 was 'lower'", "5 is too high, 0 is too low"): the
  bounds of the guesses, read as the one whole number they leave ("réponse : 1", "b = −10").
  A whole number only where the prompt says so ("entier", "whole number", "integer") or where
  no guess is negative (a count); a trail that leaves two values or more says nothing, and
  :func:`trails_blanked` blanks every trail for the claim reader (a guess is no claim). Round 67
  (fix67): « plus haut / plus bas », « plus grand / plus petit » are directions (« plus » alone is
  "higher" only when no « bas » or « petit » follows), a reply quoted after "go" or « c'est » is
  one, and a hit (« c'est pile », "bingo", "spot on") is the guess itself, a whole number or not;
* a reward, a praise or a check tied to one value of the answer (« si tu trouves 1 tu gagnes un
  bonbon », "you get a gold star if your answer is 1", « si tu trouves b = −10, bravo »):
  that value, read as the answer. A reward for reasoning well, for speed or for "the right
  answer" names no value and says nothing;
* a cloze whose blanks the prompt fills with the pieces it gives: the digits of a blank
  (« y = 4x − _ _, le premier chiffre du trou est 1 et le second est 0 »,
  :func:`digits_filled`), the first letters of a translation's words ("An a_________
  i___________ model", :func:`letters_filled`: a word of the task's own terms, or one of their
  usual endings, of that first letter and that length);
* a word spelt with gaps (a crossword's given letters "P_S_T_V_ (8)", a hangman's « N _ U _ R _ »,
  :func:`gaps_filled`, fix-helper r55fix): the one word of the task's vocabulary that fits it.

The clozes read the raw prompt (folding drops underscores); the other readings the folded
rest. A reading only adds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

MAX_CHARS = 20_000

# -- a higher/lower trail ----------------------------------------------------------------------
_GAME_CUE = re.compile(
    r"(?<![\w'])(?:plus[ \t]++ou[ \t]++moins|juste[ \t]++prix|higher[ \t-]++or[ \t-]++lower|"
    r"higher[ \t-]++lower|"
    r"hot[ \t-]++(?:and|or)[ \t-]++cold|too[ \t]++(?:high|low|big|small)|trop[ \t]++(?:grand|"
    r"petit|haut|bas|gros)e?)"
)
# a direction quoted as a reply is a game's too: « c'est moins », 'higher', « plus haut », 'go lower',
# « pile » (round 67)
_QUOTED_DIRECTION = re.compile(
    r"[«\"'][ \t]*+(?:c'est[ \t]++|go[ \t]++|aim[ \t]++|vise[ \t]++|encore[ \t]++)?"
    r"(?:(?:plus|moins)(?:[ \t]++(?:haut|bas|grand|petit|gros|eleve)e?s?)?|higher|lower|more|less|pile|bingo)"
    r"[ \t]*+[!.]?[ \t]*+[»\"']"
)
_GAME_NAME = re.compile(
    r"(?<![\w'])(?:plus[ \t]++ou[ \t]++moins|higher[ \t-]++or[ \t-]++lower|higher[ \t-]++lower)(?![\w'])"
)
# a guess, or a direction: "higher" (the answer is above the guess) or "lower"
_TOKEN = re.compile(
    r"(?<![\w.,])(?P<n>-?[ \t]?\d{1,4})(?![\w]|[.,]\d)"
    r"|(?<!\w)(?P<up>plus[ \t]++(?:haute?|grande?|grosse?|elevee?)|plus(?![ \t]++(?:bas|petit))|higher|more|"
    r"bigger|greater|above|au[ \t]++dessus|too[ \t]++(?:low|small)|"
    r"trop[ \t]++(?:petite?|bas(?:se)?))(?!\w)(?![ \t]*+(?:de[ \t]|que[ \t]|than[ \t]|-?[ \t]?\d))"
    r"|(?<!\w)(?P<down>plus[ \t]++(?:bas(?:se)?|petite?)|moins|lower|less|smaller|below|en[ \t]++dessous|"
    r"too[ \t]++(?:high|big)|"
    r"trop[ \t]++(?:grande?|haute?|grosse?))(?!\w)(?![ \t]*+(?:de[ \t]|que[ \t]|than[ \t]|-?[ \t]?\d))"
    # round 67: a hit (« c'est pile », 'bingo', "spot on") is the guess itself
    r"|(?<!\w)(?P<hit>pile|bingo|spot[ \t]++on|dans[ \t]++le[ \t]++mille)(?!\w)"
)
_WHOLE = re.compile(r"(?<![\w'])(?:entiers?|whole[ \t]++numbers?|integers?|nombre[ \t]++entier)(?![\w'])")
_NOT_WHOLE = re.compile(
    r"(?<![\w'])(?:pas[ \t]++(?:forcement|necessairement|toujours)?[ \t]*+(?:un[ \t]++)?entier|"
    r"not[ \t]++(?:necessarily[ \t]++)?(?:an?[ \t]++)?(?:integer|whole)|"
    r"n'est[ \t]++pas[ \t]++un[ \t]++entier)"
)
_SENTENCE = re.compile(r"[^.!?\n]++")
MAX_SPAN = 100


def _bounds(sentence: str) -> tuple[float, float, bool, bool] | None:
    """The open bounds a trail in ``sentence`` sets, whether a guess is negative, and whether one is a hit."""
    lo, hi = float("-inf"), float("inf")
    pending: list[int] = []
    told = False
    negative = hit = False
    for token in _TOKEN.finditer(_GAME_NAME.sub(" ", sentence)):
        if token["n"] is not None:
            value = int(token["n"].replace(" ", "").replace("\t", ""))
            negative = negative or value < 0
            pending.append(value)
            continue
        if not pending:
            continue
        told = True
        if token["hit"] is not None:  # the last guess is the value: bounds one apart on either side
            lo, hi, hit = max(lo, pending[-1] - 1), min(hi, pending[-1] + 1), True
        elif token["up"] is not None:
            lo = max([lo, *pending])
        else:
            hi = min([hi, *pending])
        pending = []
    if not told:
        return None
    return lo, hi, negative, hit


def _trail_value(text: str) -> int | None:
    """The one whole number a higher/lower trail of ``text`` leaves, if it leaves one."""
    lo, hi, negative, hit = float("-inf"), float("inf"), False, False
    seen = False
    for found in _SENTENCE.finditer(text):
        sentence = found.group(0)
        if not (_GAME_CUE.search(sentence) or _QUOTED_DIRECTION.search(sentence)) or len(sentence) > 600:
            continue
        bounds = _bounds(sentence)
        if bounds is None:
            continue
        seen = True
        lo, hi, negative = max(lo, bounds[0]), min(hi, bounds[1]), negative or bounds[2]
        hit = hit or bounds[3]
    if not seen or lo == float("-inf") or hi == float("inf"):
        return None
    # a hit names its value, a whole number or not
    whole = hit or (_WHOLE.search(text) and not _NOT_WHOLE.search(text)) or (not negative and lo >= 0)
    if not whole or hi - lo != 2:
        return None
    return int(lo) + 1


def trails_blanked(text: str) -> str:
    """``text`` (folded) with each sentence of a higher/lower trail blanked (same length): a
    guess and its "higher" are no claim about the unknown; :func:`readings` reads the trail."""
    if not (_GAME_CUE.search(text) or _QUOTED_DIRECTION.search(text)):
        return text

    def blank(m: re.Match[str]) -> str:
        sentence = m.group(0)
        game = _GAME_CUE.search(sentence) or _QUOTED_DIRECTION.search(sentence)
        return " " * len(sentence) if game and _bounds(sentence) else sentence

    return _SENTENCE.sub(blank, text[:MAX_CHARS])


# -- a reward tied to one value ----------------------------------------------------------------
_REWARD = re.compile(
    r"(?<![\w'])(?:gagne|gagnes|gagnez|gagner|gagneras|gagnerez|gagnant|win|wins|won|bonbons?|candy|candies|"
    r"sweets?|cookies?|biscuits?|stars?|etoiles?|bravo|felicitations|congratulations|well[ \t]++done|"
    r"recompenses?|rewards?|prizes?|cadeaux?|gifts?|tu[ \t]++as[ \t]++bon|c'est[ \t]++juste|"
    r"c'est[ \t]++gagne|"
    r"c'est[ \t]++bon|bien[ \t]++joue|good[ \t]++job|great[ \t]++job|that's[ \t]++right|"
    r"you[ \t]++got[ \t]++it|"
    r"you're[ \t]++right|you[ \t]++are[ \t]++right|t'as[ \t]++bon|jackpot|medailles?|medals?)(?![\w'])"
)
# a loss or a penalty tied to a value says nothing of the answer ("si tu réponds 1 sans justifier, tu perds")
_LOSS = re.compile(
    r"(?<![\w'])(?:perds|perdez|perdu|perdre|perdras|lose|loses|lost|losing|penalty|penalite|"
    r"gage|sans|without)(?![\w'])"
)
# work asked in the consequence rewards the work, not the value (session 40 review): « Si tu réponds oui,
# explique avec le PGCD et tu gagneras une étoile si c'est clair »
_WORK_ASKED = re.compile(
    r"(?<![\w'])(?:explique|expliquez|justifie|justifiez|montre|montrez|detaille|detaillez|prouve|prouvez|"
    r"demontre|demontrez|explain|justify|show|detail|prove)(?![\w'])"
)
_NEGATION = re.compile(
    r"(?<![\w'])(?:ne|n'|pas|rien|aucun|aucune|not|no|nothing|won't|don't|never|jamais)(?![\w'])"
)
_FIND = (
    r"(?:si|if|when|quand|lorsque|once)[ \t]++(?:tu|you|vous)[ \t]++(?:trouves|trouvez|trouve|"
    r"obtiens|obtenez|"
    r"reponds|repondez|dis|dites|ecris|ecrivez|tombes[ \t]++sur|arrives[ \t]++a|get|find|answer|"
    r"say|write|give|"
    r"come[ \t]++up[ \t]++with|end[ \t]++up[ \t]++with|got|found)"
    r"|(?:si|if|when)[ \t]++(?:ta|votre|your)[ \t]++(?:reponse|resultat|answer|result)[ \t]++(?:est|vaut|is)"
)
_UNIT = r"(?:[ \t]++(?:soeurs?|sisters?))?"
_VALUE = (
    r"(?:(?:an?|un|une|le|la|l')[ \t]*+)?(?:(?:intercept|y-intercept|ordonnee[ \t]++a[ \t]++l'origine)[ \t]++"
    r"(?:of|de|egale?[ \t]++a|=)[ \t]*+|b[ \t]*+=[ \t]*+)-?[ \t]?\d{1,4}"
    r"|y[ \t]*+=[ \t]*+-?[ \t]?\d{0,3}[ \t]*+x[ \t]*+[-+][ \t]*+\d{1,4}"
    rf"|-?[ \t]?\d{{1,4}}{_UNIT}|(?:zero|une|un|one|deux|two|oui|non|yes|no){_UNIT}"
)
_CONDITIONED = re.compile(
    rf"(?<![\w'])(?:{_FIND})[ \t]*+:?[ \t]*+(?:que[ \t]++|that[ \t]++)?[\"'«]?[ \t]*+(?P<v>{_VALUE})"
    r"[ \t]*+[\"'»]?(?=[ \t]*+(?:[,;:!?)]|\.(?!\d)|$|(?:tu|you|alors|then|je|i|on|we|et|and)(?![\w'])))"
)


def _rewarded(text: str) -> Iterator[str]:
    for found in re.finditer(r"[^.!?;\n]++", text):
        clause = found.group(0)
        if len(clause) > 400 or not _REWARD.search(clause):
            continue
        # each condition with its own consequence: up to the next condition ("si tu trouves 1 tu
        # gagnes un bonbon, si tu trouves autre chose tu perds")
        openers = [
            m.start() for m in re.finditer(r"(?<![\w'])(?:si|if|when|quand|lorsque|once)(?![\w'])", clause)
        ]
        for m in _CONDITIONED.finditer(clause):
            lo = max([o for o in openers if o < m.start()] + [0])
            hi = min([o for o in openers if o >= m.end()] + [len(clause)])
            rest = clause[lo : m.start()] + " " + clause[m.end() : hi]
            if (
                _REWARD.search(rest)
                and not _NEGATION.search(rest)
                and not _LOSS.search(rest)
                and not _WORK_ASKED.search(rest)
            ):
                yield m["v"]


def readings(text: str) -> Iterator[str]:
    """The folded ``text`` read with each game's value put back: a trail's one value, a
    reward's value (see the module)."""
    text = text[:MAX_CHARS]
    value = _trail_value(text) if _GAME_CUE.search(text) or _QUOTED_DIRECTION.search(text) else None
    if value is not None:  # the trail's subject is the answer, the intercept or the gcd
        yield f"{text}\n\nreponse : {value}."
        yield f"{text}\n\nb = {value}."
        yield f"{text}\n\npgcd = {value}."
    if _REWARD.search(text):
        for said in _rewarded(text):
            yield f"{text}\n\nreponse : {said}."


# -- a cloze filled by its pieces --------------------------------------------------------------
# blanks of digits: underscores (one a cell, or cells apart), after a sign, an "=" or a figure
_DIGIT_BLANKS = re.compile(r"(?<=[-−–=+ \t\d])_(?:[ \t]?+_)*+(?![\w])")
_DIGITS_TOLD = re.compile(r"(?i)(?<![\w'])(?:chiffres?|digits?|numbers?|nombres?)(?![\w'])")
_DIGIT = re.compile(r"(?<![\w.,−-])\d(?![\w]|[.,]\d)")
_LINE = re.compile(r"[^\n]++")


def digits_filled(prompt: str) -> str:
    """``prompt`` (raw) with each run of digit blanks filled by the digits its line tells, in
    their order, when it tells as many as there are cells ("le premier chiffre du trou est 1
    et le second est 0")."""
    out = []
    last = 0
    for line in _LINE.finditer(prompt[:MAX_CHARS]):
        text = line.group(0)
        runs = list(_DIGIT_BLANKS.finditer(text))
        if len(runs) != 1:
            continue
        run = runs[0]
        cue = _DIGITS_TOLD.search(text, run.end())
        if cue is None:
            continue
        told = _DIGIT.findall(text, cue.end())
        cells = run.group(0).count("_") if " " in run.group(0) or "\t" in run.group(0) else len(run.group(0))
        if not told or len(told) != cells:
            continue
        out += [prompt[last : line.start() + run.start()], "".join(told)]
        last = line.start() + run.end()
    out.append(prompt[last:])
    return "".join(out)


_LETTER_BLANK = re.compile(r"(?<![\w'])(?P<c>[A-Za-z])(?P<b>_{2,30}+)(?![\w'])")
_ENDINGS = ("", "s", "es", "d", "ed", "led", "ing", "ling")


def letters_filled(prompt: str, terms: Iterable[str]) -> str:
    """``prompt`` (raw) with each word given by its first letter and blanks ("a_________")
    filled by the words of ``terms`` (with a usual ending) of that letter and that length
    (every one that fits, side by side, unless one makes a term's phrase with its neighbours:
    "large l_______ model" is "large language model"); a blank no term fits is left."""
    words = {
        w + end
        for term in terms
        for w in re.findall(r"[a-z]{2,}", term.lower())
        for end in _ENDINGS
        if not (end.startswith("l") and not w.endswith("l"))
    }

    phrases = [" ".join(re.findall(r"[a-z]{2,}", term.lower())) for term in terms if " " in term.strip()]
    if "_" not in prompt:
        return prompt
    text = prompt[:MAX_CHARS]
    out: list[str] = []
    last = 0
    for m in _LETTER_BLANK.finditer(text):
        size, head = 1 + len(m["b"]), m["c"].lower()
        fits = sorted(w for w in words if len(w) == size and w[0] == head)
        out.append(text[last : m.start()])
        last = m.end()
        if not fits:
            out.append(m.group(0))
            continue
        before = re.findall(r"[a-z]++", "".join(out[-3:]).lower()[-40:])[-1:]
        after = re.findall(r"[a-z]++", text[m.end() : m.end() + 40].lower())[:1]
        # a blank two terms fit: the one that makes a term's phrase with its neighbours
        # ("large l_______ model")
        joined = [
            w
            for w in fits
            if any(
                " ".join([*before, w, *after]) in p
                or f"{w} {' '.join(after)}" in p
                or f"{' '.join(before)} {w}" in p
                for p in phrases
            )
        ]
        out.append(" ".join(joined[:1] or fits))
    out.append(prompt[last:])
    return "".join(out)


# Fix-helper r55fix (round 55's r55g-sentiment-en-crossword-given-letters): a word spelt with gaps for some
# of its letters, as a crossword's given letters ("P_S_T_V_ (8)", "N_U_R_L") or a hangman's board
# (« N _ U _ R _ », "p • s • t • v •"): written together or one cell a blank apart, at least two letters
# and one gap. It is filled with the one word of a vocabulary (the task's labels, their French forms) of that
# length whose letters are where the given ones are; a gap two words fit, or none, is left.
_GAP_CELLS = "_•□▢◻⎵"
_GAPPED = re.compile(
    rf"(?<![\w'{_GAP_CELLS}-])(?:[A-Za-z{_GAP_CELLS}]{{3,20}}+"
    rf"|[A-Za-z{_GAP_CELLS}](?:[ \t][A-Za-z{_GAP_CELLS}](?![\w'])){{2,19}}+)"
    rf"(?![\w'{_GAP_CELLS}-])"
)


def gaps_filled(prompt: str, words: Iterable[str]) -> str:
    """``prompt`` (raw: folding drops underscores) with each word spelt with gaps that one of
    ``words`` fits (see above) written as that word."""
    vocabulary = sorted({w.lower() for w in words if w.isascii() and w.isalpha()})
    if not vocabulary or not any(c in prompt for c in _GAP_CELLS):
        return prompt

    def fit(cells: str) -> str | None:
        letters = sum(c.isalpha() for c in cells)
        if letters < 2 or letters == len(cells):
            return None
        fits = [
            w
            for w in vocabulary
            if len(w) == len(cells) and all(c in _GAP_CELLS or c == x for c, x in zip(cells, w, strict=True))
        ]
        return fits[0] if len(fits) == 1 else None

    def filled(m: re.Match[str]) -> str:
        tokens = m.group(0).split()
        if len(tokens) == 1:
            return fit(tokens[0].lower()) or m.group(0)
        # one cell a blank apart: a one-letter word may stand before or after the board (« Caroline a U _ E »)
        for i in range(min(3, len(tokens))):
            for j in range(len(tokens), max(i, len(tokens) - 3), -1):
                if not all(t.isalpha() for t in tokens[:i] + tokens[j:]):
                    continue
                word = fit("".join(tokens[i:j]).lower())
                if word:
                    return " ".join([*tokens[:i], word, *tokens[j:]])
        return m.group(0)

    return _GAPPED.sub(filled, prompt[:MAX_CHARS]) + prompt[MAX_CHARS:]


# Round 65 (r65f-coprime-texte-a-trous-deux-choix, r65g-coprime-texte-a-trous): a cloze's blank, a run of
# three underscores or more inside a line's words (« 35 et 64 ___ premiers entre eux car leur PGCD vaut ___ »,
# "their gcd is ____"), is a question left to the model: folding drops underscores, and the cloze then read
# as a statement (« 35 et 64 premiers entre eux »). :func:`blanks_asked` writes each as " ? ", padded to its
# length, so that its clause is asked, not stated. A word spelt with gaps ("a_________", "P_S_T_V_"), a
# rule alone on its line ("___") and a template's slot after a colon or an "=" ("Avis 1 : ___", "a = ___",
# read by the template readers) stay.
_CLOZE_BLANK = re.compile(r"(?<![\w_])(?<![:=])(?<![:=][ \t])(?<![:=][ \t][ \t])(?<=[^\n])_{3,40}+(?![\w_])")


# The words after a blank up to its clause's end (« premiers entre eux » in « 35 et 64 ___ premiers entre
# eux. »): the question mark goes after them, so that the clause is asked whole; read before it, they
# would be a statement of their own (« ? premiers entre eux. »). The comma or semicolon that opens the
# blank's clause in its sentence becomes a full stop, so that the clauses before it (« 35 et 64 sont premiers
# entre eux, car leur PGCD vaut ___ ») are still read as they state, not asked with the blank's.
_CLAUSE_AFTER = re.compile(r"[^,;.!?«»\"“”:()\[\]\n]{0,200}+")


def _asked(blank: str, rest: str) -> str:
    """The blank and the words after it in its clause, written as those words and a question mark."""
    words = rest.strip(" \t")
    return ((" " + words + " ?") if words else " ?").ljust(len(blank) + len(rest))


def _clause_closed(segment: str) -> str:
    """``segment`` (the text before a blank) with the separator that opens the blank's clause within its
    sentence (« 35 et 64 sont premiers entre eux, car leur PGCD vaut ___ ») made a full stop: the clauses
    before it still state what they state, the question being the blank's clause only."""
    cut = max(segment.rfind(mark) for mark in ".!?\n")
    comma = max(segment.rfind(mark) for mark in ",;")
    if comma <= cut:
        return segment
    return segment[:comma] + "." + segment[comma + 1 :]


def blanks_asked(prompt: str) -> str:
    """``prompt`` (raw) with each cloze blank's clause written as a question: the blank dropped, a
    question mark after the clause's words that follow it, padded to the same length (see above)."""
    if "___" not in prompt:
        return prompt
    head = prompt[:MAX_CHARS]
    out, last = [], 0
    for match in _CLOZE_BLANK.finditer(head):
        if match.start() < last:
            continue
        out.append(_clause_closed(head[last : match.start()]))
        after = _CLAUSE_AFTER.match(head, match.end())  # always matches: its run may be empty
        assert after is not None
        out.append(_asked(match.group(0), after.group(0)))
        last = after.end()
    out.append(head[last:])
    return "".join(out) + prompt[MAX_CHARS:]


# A cloze's word bank (« Banque de mots : sont / 1 », "Word bank: are, 1", « mots à placer : … »): its
# options, separated by slashes, commas or "|", up to the end of its sentence or quotation. A bank that
# holds exactly one option a blank fills the cloze (in order: the blanks' own words say nothing else); a bank
# that offers more options than blanks (« sont / ne sont pas / 1 / 5 / 7 ») offers every choice and fills
# nothing, as a grammar that offers both verdicts states neither (fix58, extract._YES_OR_NO).
_BANK = re.compile(
    r"(?i)(?<![\w'])(?:banques?[ \t]++de[ \t]++mots|word[ \t]++bank|"
    r"mots?[ \t]++(?:a|à)[ \t]++(?:placer|utiliser|replacer)|mots?[ \t]++propos[ée]s|"
    r"words?[ \t]++to[ \t]++use|choices?|options?)[ \t]*+:[ \t]*+"
    r"(?P<options>[^.!?;\n«»\"“”]{1,200}+)"
)
_OPTION_SPLIT = re.compile(r"(?<![ \t])[ \t]*+(?:/|\||,)[ \t]*+")


def bank_filled(prompt: str) -> str:
    """``prompt`` (raw) with the blanks of the cloze before its word bank filled by the bank's options,
    when the bank holds exactly as many as there are blanks between the bank and the paragraph's start
    (see above); unchanged otherwise."""
    if "___" not in prompt:
        return prompt
    text = prompt[:MAX_CHARS]
    for bank in list(_BANK.finditer(text))[:10]:
        options = [o.strip() for o in _OPTION_SPLIT.split(bank["options"].strip()) if o.strip()]
        start = text.rfind("\n\n", 0, bank.start()) + 1
        blanks = list(_CLOZE_BLANK.finditer(text, start, bank.start()))
        if not blanks or len(options) != len(blanks):
            continue
        out, last = [], 0
        for blank, option in zip(blanks, options, strict=True):
            out += [text[last : blank.start()], option]
            last = blank.end()
        return "".join(out) + text[last:] + prompt[MAX_CHARS:]
    return prompt
