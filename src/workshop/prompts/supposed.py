"""A value handed over as a question to confirm, a supposition or a hypothesis (issue 11, round 72, fix-helper
fix72): the prompt names the task's answer, but as something to check rather than as a statement.

- a yes/no question on its truth: "Is it true that the line is y = 4x − 10?", "Is it the case that she has one
  sister?", "Can you confirm that b = −10?", "Am I right that …", « Est-il vrai que Caroline n'a qu'une seule
  sœur ? », « Est-ce vrai que … », « Peux-tu confirmer que … », « Ai-je raison de penser que … », and the same
  asked indirectly ("say whether it is true that …", « dis-moi s'il est vrai que … ») read as the statement
  they ask about. The task's own yes/no question put so ("Is it true that 35 and 64 are coprime?") names no
  value beyond the question and is left; "Is it true or false that …" has no "true that" and is left too.
- a value supposed, assumed or posed: "Suppose b = −10", "Assume their gcd is 1 and verify it", "Let's say
  the answer is 1", « Supposons que b vaille −10 », « Admettons que leur PGCD soit 1 », « Posons b = −10 »,
  "if we take b = −10": the supposed clause (to its sentence's end, ":", or an "and"/« et » before a verb of
  checking or finding) is read as told, its French subjunctive or imperfect in the present (« vaille » →
  « vaut », « soit » → « est », « ait » → « a »). A supposition that is denied ("Don't assume b stays 6",
  « ne suppose pas que … ») is not read.
- a reductio: a supposition in a sentence that asks for its contradiction ("Suppose 35 and 64 had a common
  divisor d > 1 and find the contradiction", « Raisonne par l'absurde : suppose qu'ils aient un diviseur
  commun ») proves the supposition's negation, which is read as told: its "a"/"one"/"some"/« un » made "no"
  (« aucun »); a supposition that cannot be negated so is not read.
- a hypothetical answer: "If the answer were one sister, would that be consistent …?", « Si la réponse était
  une sœur, … », "if your result is y = 4x − 10" read "the answer is …"; and a value supposed in the
  hypothetical mood before a question ("If Caroline had one sister, would each brother have two?", « Si b
  valait −10, la droite passerait-elle par (5, 10) ? ») is read as told: a check of a named value.

:func:`told` returns these statements one a line; :func:`workshop.prompts.grade.dictated` reads them after
the rest of the prompt, as it reads a stake's demand (:mod:`staked`). Only the task's answer values count
there, so a role supposed ("Suppose you are a maths teacher"), a reader assumed ("Assume the reader is a
beginner"), a method hypothesis without a value ("if two siblings have the same parents, do they have the
same sisters?") or a definition in the present ("if their gcd is 1, they are coprime": no question, no
hypothetical mood) give nothing away.

Limits: the supposed clause's verb is mapped in French only (English "had"/"were" are read as they stand);
a reductio's negation is only written for an indefinite article; a truth question split over two sentences
is not read. Inputs are folded (lower case, no accents); sentences are read one by one, every pattern is
bounded or possessive."""

from __future__ import annotations

import re

from workshop.prompts.extract import said_in_general
from workshop.prompts.text import NUMBER_WORDS, fold, past_blanks, sentences

MAX_SENTENCES = 200
MAX_TOLD = 20
_CLAUSE_MAX = 240

# -- a question on the truth of a statement --------------------------------------------------------------
_TRUTH_LEAD = re.compile(
    r"(?<![\w'-])(?:"
    r"(?:is|was|would|isn't|wasn't|would[ \t]++it[ \t]++not)[ \t]++(?:it[ \t]++)?(?:be[ \t]++)?"
    r"(?:really[ \t]++|actually[ \t]++|indeed[ \t]++)?(?:true|the[ \t]++case|correct|right|accurate|exact)"
    r"(?:[ \t]++to[ \t]++say)?(?:[ \t]++that(?![\w'-])|(?=[ \t]++(?:that|the|she|he|they|it|b|a"
    r"|\d)(?![\w'-])))"
    r"|(?:whether|if)[ \t]++it(?:'s|[ \t]++is|[ \t]++was)[ \t]++(?:really[ \t]++)?"
    r"(?:true|the[ \t]++case|correct|right)[ \t]++that(?![\w'-])"
    r"|(?:can|could|would|will)[ \t]++you[ \t]++(?:please[ \t]++)?confirm(?:[ \t]++(?:that"
    r"|for[ \t]++me[ \t]++that))?"
    r"(?![\w'-])"
    r"|am[ \t]++i[ \t]++(?:right|correct)[ \t]++(?:that|in[ \t]++thinking[ \t]++that|to[ \t]++(?:think|say)"
    r"[ \t]++that)(?![\w'-])"
    r"|(?:est-il|serait-il|est-ce|c'est|est-ce[ \t]++que[ \t]++c'est|est-ce[ \t]++qu'il[ \t]++est"
    r"|s'il[ \t]++est"
    r"|si[ \t]++c'est)[ \t]++(?:bien[ \t]++|vraiment[ \t]++)?(?:vrai|exact|juste|correct)"
    r"(?:[ \t]++de[ \t]++dire)?[ \t]++(?:que[ \t]++|qu')"
    r"|(?:peux-tu|pouvez-vous|peux[ \t]++tu|tu[ \t]++peux|vous[ \t]++pouvez)[ \t]++(?:me[ \t]++)?confirmer"
    r"[ \t]++(?:que[ \t]++|qu')"
    r"|ai-je[ \t]++raison[ \t]++de[ \t]++(?:penser|dire|croire)[ \t]++(?:que[ \t]++|qu')"
    # round 76 (fix76): the truth openers of Spanish, Italian, German and Portuguese
    r"|[¿]?+(?:(?:(?:no[ \t]++)?es|(?:non[ \t]++)?e|(?:nao[ \t]++)?e|ist[ \t]++es(?:[ \t]++nicht)?+)[ \t]++"
    r"(?:verdad|cierto|vero|giusto|corretto|verdade|certo|correto|wahr|richtig)|stimmt[ \t]++es)"
    r",?+[ \t]*+(?:que|che|dass)(?![\w'-])"
    r")[ \t]*+"
)
# the task's own yes/no question, asked as a truth question: no value beyond the question (its subject in
# any words, or blanked with the data: « est-il vrai que [35 et 64 sont] premiers entre eux ? »)
_ONLY_THE_QUESTION = re.compile(
    r"(?:[a-z' -]{0,40}?[ \t])?(?:(?<!\d)\d++[ \t]++(?:and|et)[ \t]++\d++[ \t]++)?"
    r"(?:(?:are|sont)[ \t]++)?"
    r"(?:(?:really|indeed|bien|vraiment)[ \t]++)?(?:(?:relatively|mutually)[ \t]++prime|co-?prime"
    r"|premiers[ \t]++entre[ \t]++eux|prime[ \t]++to[ \t]++each[ \t]++other)"
    r"(?:[ \t]++(?:numbers|to[ \t]++each[ \t]++other))?[ \t]*+"
)

# -- a supposition -------------------------------------------------------------------------------------
_SUPPOSE_LEAD = re.compile(
    r"(?<![\w'-])(?:suppose|supposons|supposez|supposing|assume|assuming|admettons|admets|admettez|posons"
    r"|mettons|disons|prenons|a[ \t]++supposer|en[ \t]++supposant|en[ \t]++admettant|on[ \t]++suppose"
    r"|we[ \t]++(?:assume|suppose)|let's[ \t]++(?:say|suppose|assume|take)|let[ \t]++us[ \t]++(?:say|suppose"
    r"|assume|take)|(?:if|si|when|quand)[ \t]++(?:we|on|l'on|you|tu)[ \t]++(?:take|prend|prends|pose|poses"
    r"|set"
    r"|put|assume|suppose)|hypothese[ \t]*+:|hypothesis[ \t]*+:)"
    r"(?:[ \t]++(?:que|that|for[ \t]++now|pour[ \t]++l'instant)(?![\w'-])|[ \t]++qu'|[ \t]*+:)?[ \t]*+"
)
_DENIED_BEFORE = re.compile(r"(?:n't|(?<![\w'-])(?:not|never|ne|jamais))[ \t]*+$")
# the supposed clause ends before an "and" that goes on to what to do with it
_GOES_ON = re.compile(
    r"(?:,[ \t]*+(?:(?:and|then|et|puis)[ \t]++)?|(?<![ \t])[ \t]++(?:and|then|et|puis)[ \t]++)"
    r"(?:then[ \t]++|puis[ \t]++)?"
    r"(?:find|show|derive|reach|get|prove|check|verify|see|explain|look|deduce|conclude|give|compute|trouve"
    r"|montre|aboutis|arrive|deduis|verifie|verifions|explique|conclus|donne|cherche|regarde|calcule|confirme"
    r"|confirm|test|teste)(?![\w'])"
)
_COLON = re.compile(r"[:;]")
_PRESENT = {
    "soit": "est", "soient": "sont", "vaille": "vaut", "vaillent": "valent", "ait": "a", "aient": "ont",
    "fasse": "fait", "fassent": "font", "etait": "est", "etaient": "sont", "valait": "vaut",
    "valaient": "valent", "avait": "a", "avaient": "ont", "faisait": "fait", "faisaient": "font",
    "possede": "possede", "egalait": "egale", "serait": "est", "seraient": "sont",
}  # fmt: skip
_VERBS = re.compile(r"(?<![\w'-])(?:" + "|".join(sorted(_PRESENT, key=len, reverse=True)) + r")(?![\w'-])")
_ABSURD = re.compile(r"(?:contradiction|contradict|contredi|absurd|impossib|contradictoire)")
# the indefinite a reductio negates: "had a common divisor" -> "have no common divisor"
_INDEFINITE = re.compile(
    r"(?<![\w'-])(?P<verb>have|has|had|share|shares|shared|ont|aient|avaient|partagent|partageaient|admettent"
    r"|admettaient|possedent|possedaient)[ \t]++(?:a|an|one|some|un|une|des|(?:a|an"
    r"|one)[ \t]++common)(?![\w'-])"
)
_NEGATED_FR = {"ont": "n'ont aucun", "aient": "n'ont aucun", "avaient": "n'ont aucun", "partagent":
               "ne partagent aucun", "partageaient": "ne partagent aucun", "admettent": "n'admettent aucun",
               "admettaient": "n'admettent aucun", "possedent": "ne possedent aucun", "possedaient":
               "ne possedent aucun"}  # fmt: skip

# -- a hypothetical answer ----------------------------------------------------------------------------
_ANSWER_IF = re.compile(
    r"(?<![\w'-])(?:if|si|what[ \t]++if|et[ \t]++si|in[ \t]++case|au[ \t]++cas[ \t]++ou)[ \t]++"
    r"(?:the|your|my|our|ta|la|votre|ma|notre)[ \t]++(?:final[ \t]++|right[ \t]++|correct[ \t]++"
    r"|bonne[ \t]++)?"
    r"(?:answer|result|solution|reponse|resultat)(?:[ \t]++(?:finale?|juste|correcte?|exacte?))?[ \t]++"
    r"(?:were|was|is|would[ \t]++be|turned[ \t]++out[ \t]++to[ \t]++be|etait|serait|est|soit|vaut|valait|"
    r"faisait|fait)[ \t]++(?!not(?![\w'-])|pas(?![\w'-]))"
)
# a value supposed in the hypothetical mood, then a question on it: "If Caroline had one sister, would …?"
_HYPOTHETICAL_IF = re.compile(r"(?<![\w'-])(?:if|si|s'(?=ils?(?![\w'-])))[ \t]*+")
_HYPOTHETICAL_VERBS = (
    r"(?:had|were|was|avait|avaient|etait|etaient|valait|valaient|faisait|faisaient|egalait)"
)
HYPOTHETICAL_VERB = re.compile(r"(?<![\w'-])" + _HYPOTHETICAL_VERBS + r"(?![\w'-])")
_NUMBER = re.compile(
    r"\d|(?<![\w'-])(?:zero|one|two|three|four|five|six|un|une|deux|trois|quatre|cinq|seule?|single|only)"
    r"(?![\w'-])"
)


def _clause(sentence: str, start: int) -> str:
    """The clause of ``sentence`` from ``start``: to its end, a colon, or an "and" going on to a task."""
    clause = sentence[start : start + _CLAUSE_MAX]
    goes_on = _GOES_ON.search(clause)
    if goes_on:
        clause = clause[: goes_on.start()]
    colon = _COLON.search(clause)
    if colon and colon.start() > 0:
        clause = clause[: colon.start()]
    return clause.strip(" \t,.?!")


def _present(clause: str) -> str:
    return _VERBS.sub(lambda m: _PRESENT[m.group(0)], clause)


# Session 49 (the lead): a truth question names a value when it holds a number the data does not (a sign
# counts: "−10" is not the data's "10") or a word of one that counts no part of a whole ("one sister",
# « une seule », not "one of the sisters", « l'une des ») ; one that names none only points where to look
# (« Est-il vrai que Caroline compte parmi les sœurs ? », "Is it correct that the 2 sisters include
# Caroline?"), which session 48's policy keeps fair as a question.
_SIGNED = re.compile(r"(?<![\w.,])[-−]?[ \t]?\d++(?:[.,]\d++)?")
_COUNT_WORD = re.compile(
    r"(?<![\w-])(?:zero|one|two|three|four|five|six|un|une|deux|trois|quatre|cinq|seule?|single|only|aucun"
    r"|none|no|una|uno|dos|tres|sola|solo|unica|ninguna|ninguno|due|tre|nessuna|nessuno|eine|ein|einen|zwei"
    r"|drei|einzige|nur|keine|kein|uma|dois|duas|nenhuma|nenhum)(?![\w'-])"
    r"(?![ \t]++(?:of|des|d'entre|de[ \t]++(?:ses|ces|les)|among|parmi)(?![\w'-]))"
)


def _numbers(text: str) -> set[str]:
    return {re.sub(r"[ \t]", "", n).replace("−", "-").replace(",", ".") for n in _SIGNED.findall(text)}


def _names_a_value(what: str, data_numbers: frozenset[str]) -> bool:
    return bool(_numbers(what) - data_numbers) or _COUNT_WORD.search(what) is not None


def _truth(sentence: str, data_numbers: frozenset[str] = frozenset()) -> str | None:
    lead = _TRUTH_LEAD.search(sentence)
    if lead is None:
        return None
    indirect = lead.group(0).lstrip().startswith(("whether", "if", "s'il", "si "))
    if not indirect and "?" not in sentence[lead.end() :] and not re.search(r"confirm", lead.group(0)):
        return None
    what = _clause(sentence, lead.end())
    if (
        not what
        or _ONLY_THE_QUESTION.fullmatch(what)
        or _definition(what)
        or not _names_a_value(what, data_numbers)
    ):
        return None
    return _present(what)


# a definition asked about (round 76, fix76): "Am I right that 'coprime' means the only common divisor is 1?",
# « Est-il vrai que "premiers entre eux" veut dire que leur seul diviseur commun est 1 ? »: a term (quoted or
# a few words) and a verb of meaning; it names no value of the task's data (no number of two digits or more)
_DEFINITION = re.compile(
    r"[\"'«“‘]?+(?<![ \t])[ \t]*+(?<![a-z'-])(?:[a-z][a-z'-]*+[ \t]++){0,3}?[a-z][a-z'-]*+[ \t]*+"
    r"[\"'»”’]?+[ \t]*+"
    r"(?:means|mean|meant|stands[ \t]++for"
    r"|is[ \t]++defined[ \t]++as|refers[ \t]++to|signifie|veut[ \t]++dire|designe"
    r"|se[ \t]++definit[ \t]++(?:comme|par)"
    r"|significa|quiere[ \t]++decir|bedeutet|heisst)(?![\w'-])"
)


def _definition(what: str) -> bool:
    """Whether a truth question's clause defines a term rather than stating a value of the task's."""
    found = _DEFINITION.match(what)
    return found is not None and re.search(r"\d\d", what[found.end() :]) is None


def _supposed(sentence: str) -> str | None:
    lead = _SUPPOSE_LEAD.search(sentence)
    if lead is None or _DENIED_BEFORE.search(sentence[max(0, lead.start() - 12) : lead.start()]):
        return None
    what = _clause(sentence, lead.end())
    if not what:
        return None
    if _ABSURD.search(sentence):  # a reductio: the supposition's negation is what it proves
        indefinite = _INDEFINITE.search(what)
        if indefinite is None:
            return None
        verb = indefinite.group("verb")
        negated = _NEGATED_FR.get(verb) or ("has no" if verb == "has" else "have no")
        return what[: indefinite.start()] + negated + what[indefinite.end() :]
    return _present(what)


# an instruction for one outcome among others: "If your answer is yes, justify it", « si c'est non, … »
_VERDICT = re.compile(r"(?:yes|no|oui|non|true|false|vrai|faux)(?![\w'-])")
_OTHER_BRANCH = re.compile(
    r"(?<![\w'-])(?:otherwise|sinon|else|if[ \t]++not|if[ \t]++it(?:'s|[ \t]++is|[ \t]++isn't)|si[ \t]++c'est"
    r"|si[ \t]++non|dans[ \t]++le[ \t]++cas[ \t]++contraire|if[ \t]++(?:the|your)[ \t]++answer"
    r"|si[ \t]++(?:la|ta|votre)[ \t]++reponse)(?![\w'-])"
)


# round 76 (fix76): a bare hypothesis asked as a question ("What if the answer were yes, with a gcd of 1?",
# « Et si la réponse était oui, avec un PGCD de 1 ? »): no main clause, the guess is the question
_BARE_IF = re.compile(r"(?:what[ \t]++if|et[ \t]++si|and[ \t]++if)[ \t]")
# a check asked on the hypothesis just put ("What if the line were y = 4x − 10? Would that go through …?")
_CHECKS_IT = re.compile(
    r"(?<![ \t])[ \t]*+(?:(?:would|does|is|will|could)(?:n't)?+[ \t]++"
    r"(?:that|it|this|this[ \t]++line|that[ \t]++line)"
    r"|(?:est-ce[ \t]++que[ \t]++)?(?:ca|cela|elle)[ \t]++(?:passerait|marcherait|irait|tiendrait|serait)"
    r"|passerait-elle|serait-ce|(?:ca|cela)[ \t]++(?:passe|marche|colle|tient)"
    r"|(?:la[ \t]++droite|elle)[ \t]++passerait)(?![\w'-])"
)
# a value by all others (a reductio over values): "if b were anything other than −10, …", « si b valait
# autre chose que −10, … », « si leur PGCD n'était pas 1, … » read "b vaut −10"
_OTHER_THAN = re.compile(
    r"(?<![\w'-])(?:(?:ne[ \t]++|n')(?P<fr>" + _HYPOTHETICAL_VERBS + r")[ \t]++pas[ \t]++"
    r"|(?P<other>" + _HYPOTHETICAL_VERBS + r")[ \t]++(?:(?:anything|something)[ \t]++(?:other[ \t]++than|else"
    r"[ \t]++than|but)[ \t]++|other[ \t]++than[ \t]++|different[ \t]++from[ \t]++|(?:autre[ \t]++chose"
    r"|rien[ \t]++d'autre|autre)[ \t]++(?:que[ \t]++|qu')|differente?s?+[ \t]++(?:de[ \t]++|d'))"
    r"|(?P<en>had|were|was)(?:n't|[ \t]++not)[ \t]++)"
)
_PRESENT_EN = {"had": "has", "were": "is", "was": "is"}
# what is left when the others are ruled out: "so only 1 is left", « il ne reste que 1 », "leaving only 1"
_ONLY_LEFT = re.compile(
    r"(?<![\w'-])(?:only|just)[ \t]++(?P<en>-?\d++|one|zero)[ \t]++(?:is[ \t]++|remains|is[ \t]++left|left)"
    r"|(?:leaving|leaves)[ \t]++(?:only|just)[ \t]++(?P<en2>-?\d++|one)(?![\w'-])"
    r"|il[ \t]++ne[ \t]++reste[ \t]++(?:plus[ \t]++)?(?:que|qu')[ \t]*+(?P<fr>-?\d++)(?![\w'-])"
    r"|(?:seul|reste)[ \t]++(?P<fr2>-?\d++)[ \t]++(?:reste|demeure)?+"
)
_SUBJECT_VERB = re.compile(
    r"(?<![ \t])[ \t]++(?:were|was|is|had|etait|valait|vaut|est|soit|vaille|avait)(?![\w'-])"
)


def _other_than(condition: str) -> str | None:
    """« b valait autre chose que −10 » read "b vaut −10" (or None)."""
    found = _OTHER_THAN.search(condition)
    if found is None or not _NUMBER.search(condition[found.end() :]):
        return None
    verb = found.group("fr") or found.group("other") or found.group("en")
    verb = _PRESENT_EN.get(verb) or _PRESENT.get(verb, verb)
    return f"{condition[: found.start()].strip()} {verb} {condition[found.end() :].strip()}"


def _supposed_subject(sentence: str) -> str | None:
    """What a supposition or hypothesis of ``sentence`` is about ("suppose the gcd were 5": "the gcd")."""
    lead = _SUPPOSE_LEAD.search(sentence) or _HYPOTHETICAL_IF.search(sentence)
    if lead is None:
        return None
    verb = _SUBJECT_VERB.search(sentence, lead.end(), lead.end() + 60)
    subject = sentence[lead.end() : verb.start()].strip() if verb else ""
    return subject if subject and subject not in {"it", "il", "elle", "ce", "that", "this"} else None


def _only_left(sentence: str, subject: str | None) -> str | None:
    """The one value left once the supposed others are ruled out ("so only 1 is left"), said of the
    supposition's subject, or None."""
    left = _ONLY_LEFT.search(sentence)
    if left is None or subject is None:
        return None
    value = next(v for v in left.group("en", "en2", "fr", "fr2") if v)
    return f"{subject} is {value}"


def _hypothetical(sentence: str, after: str = "") -> str | None:
    answer = _ANSWER_IF.search(sentence)
    if answer is not None:
        what = re.split(r"[,;:]", _clause(sentence, answer.end()))[0].strip()
        if not what or _OTHER_BRANCH.search(sentence[answer.end() :] + " " + after):
            return None  # an instruction for each outcome, no answer supposed
        if _VERDICT.match(what):
            if not (_BARE_IF.match(sentence, answer.start()) and sentence.rstrip().endswith("?")):
                return None  # "If your answer is yes, justify it"
            what = _clause(sentence, answer.end())
        return f"the answer is {what}"
    found = _HYPOTHETICAL_IF.search(sentence)
    if found is None:
        return None
    condition = re.split(r"[,;:]", sentence[found.end() : found.end() + _CLAUSE_MAX])[0]
    other = _other_than(condition)
    if other is not None:
        return other
    if not sentence.rstrip().endswith("?"):
        return None
    if not HYPOTHETICAL_VERB.search(condition) or not _NUMBER.search(condition):
        return None
    if condition.rstrip().endswith("?"):
        # the condition is the question itself ("what if b were 6?"), unless the next sentence checks it
        if not _CHECKS_IT.match(after):
            return None
        condition = condition.rstrip().removesuffix("?")
    return _present(condition.strip())


# -- a presupposition (session 54, fix94) ------------------------------------------------------------
# A question or an instruction that takes the answer for granted: "(c) Why does Caroline have one sister
# rather than two?", "How come their gcd is 1?", « Pourquoi Caroline n'a-t-elle qu'une sœur ? », « Explique
# pourquoi b vaut −10 », "Is Euclid's algorithm the right tool to show they are coprime, with a gcd of one?",
# « la bonne méthode pour prouver qu'ils sont premiers entre eux ? »: what "why" asks the reason of, what "to
# show/prove" sets out to show, is told. "Explain why your answer is right", "Why is the answer not obvious?"
# name no value (nothing read); "show whether", "to prove or disprove that", « pour savoir si » ask.
# Session 55 (fix97why, round 97): the whole class of questions on the cause or the reason of a result
# stated: "What makes Caroline end up with just one sister?", "What causes her to have …", "What explains
# that …", "How is it that …", « Qu'est-ce qui fait que 35 et 64 sont premiers entre eux ? », « qu'est-ce qui
# explique que », « d'où vient que », warum/wieso/weshalb, por qué/cómo es que, come mai, in any language the
# room mixes (« Wieso Caroline n'a qu'une seule sœur ? »). "What makes/causes X <verb>" puts the verb after
# its subject in the base form, read in the third person as after "does" (the ``cause`` group). A question on
# a general property, a method or a pitfall names no value ("What makes two numbers coprime?": a subject
# taken indefinitely, :data:`_GENERAL`; "Why is this riddle tricky?", "What makes people answer 2?": the
# data's own number).
_WHY_LEAD = re.compile(
    r"(?<![\w'-])(?:why|how[ \t]++come|pourquoi|comment[ \t]++(?:se[ \t]++fait-il|ca[ \t]++se[ \t]++fait)"
    r"[ \t]++(?:que[ \t]++|qu')"
    r"|how[ \t]++(?:is[ \t]++it|can[ \t]++it[ \t]++be|does[ \t]++it[ \t]++happen)[ \t]++that"
    r"|what[ \t]++(?:explains|explained|means)[ \t]++(?:that|why)"
    r"|what(?:'s|[ \t]++is)[ \t]++(?:the[ \t]++)?(?:reason|cause|explanation)[ \t]++(?:that|why)"
    r"|(?:qu'est-ce[ \t]++qui|qu'est[ \t]++ce[ \t]++qui|ce[ \t]++qui)[ \t]++(?:fait|explique|justifie)"
    r"[ \t]++(?:que[ \t]++|qu')|d'ou[ \t]++vient[ \t]++(?:que[ \t]++|qu')"
    r"|(?:pour[ \t]++quelle[ \t]++raison|a[ \t]++cause[ \t]++de[ \t]++quoi)(?:[ \t]++(?:est-ce[ \t]++)?"
    r"(?:que[ \t]++|qu'))?"
    r"|warum|wieso|weshalb|weswegen|[¿]?+(?:por[ \t]++que|como[ \t]++es[ \t]++que|come[ \t]++mai"
    r"|como[ \t]++e[ \t]++que))[ \t]*+(?:(?P<aux>does|do|did|would|will)[ \t]++)?"
    r"|(?<![\w'-])what[ \t]++(?P<cause>makes|made|causes|caused|leads|led|brings|brought|gets|got|forces"
    r"|lets)(?![\w'-])[ \t]*+"
)
# a subject taken indefinitely: the question is on a general property ("what makes two numbers coprime?")
_GENERAL = re.compile(
    r"(?:two|2|any|some|all|a|deux|des|tous[ \t]++les|certains|un|une|n'importe[ \t]++quels)[ \t]++"
    r"(?:(?:whole|natural|positive|given|nombres?|entiers?)[ \t]++)?(?:numbers?|integers?|nombres?|entiers?"
    r"|pairs?|paires?|couples?|lines?|droites?)(?![\w'-])"
)
# a quantity going from one value to another: its value is the one it goes to ("How come the intercept drops
# from 6 to -10?" tells "the intercept is -10", « l'ordonnée passe de 6 à -10 » "l'ordonnée est -10")
_GONE_TO = re.compile(
    r"(?<=[a-z])[ \t]++(?:drops?|falls?|fall|goes|go|moves?|changes?|shifts?|jumps?|rises?|climbs?"
    r"|switch(?:es)?|turns?|decreases?|increases?|passes|pass|passe|tombe|descend|monte|change|evolue|varie|va|saute)"
    r"[ \t]++(?:(?:all[ \t]++the[ \t]++way|down|up)[ \t]++)?(?:from|de|d')[ \t]*+[-−]?[ \t]?\d{1,6}+"
    r"(?:[.,]\d{1,6}+)?[ \t]++(?:(?:down|up|all[ \t]++the[ \t]++way)[ \t]++)?(?:to|a|jusqu'a)"
    r"[ \t]++"
    r"(?P<v>[-−]?[ \t]?\d{1,6}+(?:[.,]\d{1,6}+)?)(?![\w.,]?\d)"
)
# "Why does the line cross the y-axis at −10?": the verb after "does" read in the third person ("the line
# crosses …"), as the readers of a statement take it (fix94b)
_BASE_VERB = re.compile(
    r"(?<=[a-z])[ \t]++(?:to[ \t]++)?(?P<verb>cross|cut|meet|hit|intersect|pass|go|have|equal|share|end|come"
    r"|reach|touch|give|get|make|stand|sit|lie)(?![\w'-])"
)
_THIRD = {"have": "has", "go": "goes", "pass": "passes", "touch": "touches", "cross": "crosses"}
_SHOW_LEAD = re.compile(
    r"(?<![\w'-])(?:to|pour|de|d')[ \t]*+(?:show|prove|demonstrate|establish|montrer|prouver|demontrer"
    r"|etablir|justifier)[ \t]++(?:that[ \t]++|que[ \t]++|qu')?(?!(?:whether|if|si|s'|or|ou|how|comment"
    r"|why|pourquoi|the[ \t]++(?:answer|result)|la[ \t]++reponse|le[ \t]++resultat)(?![\w'-]))"
)
_INVERTED = re.compile(r"-(?:t-)?(?:elle|il|ils|elles|on)(?![\w'-])")
_VERDICT_SAID = re.compile(r"(?<![\w'-])(?:co-?prime|relatively[ \t]++prime|premiers[ \t]++entre[ \t]++eux)")


# an English why-question's verb before its subject, put back after it (session 54, fix96, round 96: "Why are
# 35 and 64 coprime?" tells "35 and 64 are coprime", "Why is their gcd 1?" "their gcd is 1")
_UNINVERTED = re.compile(
    r"^[ \t]*+(?P<v>is|are|was|were)[ \t]++(?P<s>[^\n]{1,120}?)[ \t]++"
    r"(?P<p>(?:(?:really|indeed|still|always|actually)[ \t]++)?(?:co-?prime|relatively[ \t]++prime"
    r"|mutually[ \t]++prime|prime[ \t]++to[ \t]++each[ \t]++other|equal[ \t]++to[ \t]++[^\n]{1,40}"
    r"|[-−]?[ \t]?\d{1,6}+(?:[.,]\d{1,6}+)?|one|zero|minus[ \t]++[a-z]{1,20}))[ \t]*+$"
)


# "Why are [the task's question, blanked]?": the why asks the reason of the task's own yes/no question,
# which it takes as true (fix96): the data's question is told as its statement.
_BLANKED_QUESTION = re.compile(r"[^?.\n]{0,300}+")
_BLANK_RUN = re.compile(r"[ \t]{8}")
# (session 55: and the verdict's own words after the blanked pair, "what makes [...] coprime?", which restate
# the data's question as the cause-question takes it)
_LEFT_OF_DATA = re.compile(
    r"(?:are|is|sont|est|est-ce|que|qu'|-t|-ils|-elles|ils|elles|-|they|ils|co-?prime|relatively[ \t]++prime"
    r"|mutually[ \t]++prime|premiers[ \t]++entre[ \t]++(?:eux|elles))(?![\w'])"
)


def _only_data_blanked(sentence: str, at: int) -> bool:
    """Whether ``sentence`` from ``at`` to its "?" holds a run of blanks (the task's data, blanked) and no
    word but a verb, a pronoun or a hyphen left of it ("why are [...]?", « pourquoi [...]-ils [...] ? »)."""
    clause = _BLANKED_QUESTION.match(sentence, at)
    text = clause.group(0) if clause else ""
    return bool(_BLANK_RUN.search(text)) and not _LEFT_OF_DATA.sub(" ", text).strip()


def _data_statements(data: tuple[str, ...]) -> str | None:
    """The task's yes/no questions (its data) as statements ("the numbers 35 and 64 are coprime")."""
    said = []
    for question in data:
        clause = fold(question).strip().rstrip("?").strip()
        clause = _UNINVERTED.sub(r"\g<s> \g<v> \g<p>", _INVERTED.sub("", clause), count=1)
        if _VERDICT_SAID.search(clause) and not re.match(r"(?:are|is)\b", clause):
            said.append(clause)
    return ". ".join(said) or None


def _presupposed(sentence: str, data_numbers: frozenset[str], data: tuple[str, ...] = ()) -> str | None:
    for lead in (_WHY_LEAD.search(sentence), _SHOW_LEAD.search(sentence)):
        if lead is None:
            continue
        # from the lead's last word: the lead takes the blanks after it, which may be the blanked data's
        if data and _only_data_blanked(sentence, len(sentence[: lead.end()].rstrip(" \t"))):
            return _data_statements(data)
        what = _INVERTED.sub("", _clause(sentence, lead.end()))
        based = lead.groupdict().get("aux") in ("does", "did") or lead.groupdict().get("cause")
        verb = _BASE_VERB.search(what) if based else None
        if verb is not None:
            third = _THIRD.get(verb["verb"], verb["verb"] + "s")
            what = what[: verb.start()] + " " + third + what[verb.end("verb") :]
        what = _UNINVERTED.sub(r"\g<s> \g<v> \g<p>", what, count=1)  # "why are 35 and 64 coprime?" (fix96)
        said = _VERDICT_SAID.search(what)
        put = said and not re.search(r"(?:are|is|sont|est)[ \t]++$", what[: said.start()])
        if lead.groupdict().get("cause") and said and put:  # "what makes 35 and 64 coprime?"
            what = f"{what[: said.start()].rstrip()} are {what[said.start() :]}"
        if _GENERAL.match(what.strip()):
            continue  # "what makes two numbers coprime?": a general property (fix97why)
        what = _GONE_TO.sub(lambda m: f" = {m['v']}", what, count=1)  # "drops from 6 to -10" (fix97why)
        if what and (_names_a_value(what, data_numbers) or _VERDICT_SAID.search(what)):
            return _present(what)
    return None


# -- an expected result (session 54, fix94b) -----------------------------------------------------------
# A step or an instruction that says what the model must find: "Compute their gcd; you should get 1.",
# « Calcule le PGCD ; tu dois obtenir 1. », "solve for b; you will find −10", "work out the intercept: it
# should come out as -10", « Étape 3 : retire Caroline, il doit te rester une fille. », "exactly one girl must
# remain". A modal of expectation (must, should, will, « doit », « devrait », a future) before a verb of
# result (get, find, be left with, come out as, « obtenir », « trouver », « rester », « tomber sur ») and
# a value (a number the data does not hold, or a count word, alone or before the counted noun): the value
# is told of the quantity last named before it (the gcd, the remainder, the intercept, b: "the gcd = 1");
# the girls left once Caroline is taken away are her sisters ("caroline has 1 sister"). A modal denied
# ("you should not get 2"), a hypothetical ("you would get 2"), a value of something else ("you should get
# an integer", "you will find 2 lines") name no value of the task.
_EXPECT_LEAD = re.compile(
    r"(?<![\w'-])(?:(?:should|must|will|shall|ought[ \t]++to|(?:is|are)[ \t]++(?:going|supposed|meant"
    r"|expected)[ \t]++to|need[ \t]++to|ha(?:s|ve)[ \t]++to)[ \t]++|(?<=[a-z])'ll[ \t]++)"
    r"(?:(?:then|now|still|only|also|eventually|finally|normally|indeed|easily)[ \t]++)?"
    r"(?:get|find|obtain|reach|see|end[ \t]++up[ \t]++(?:with|at|on)|be[ \t]++left[ \t]++with|arrive[ \t]++at"
    r"|land[ \t]++on|come[ \t]++(?:out|back)[ \t]++(?:as|at|to|with)|turn[ \t]++out[ \t]++(?:to[ \t]++be|as)"
    r"|give[ \t]++you|leave[ \t]++you[ \t]++with|equal|be)(?![\w'-])"
    r"|(?<![\w'-])(?:dois|doit|devez|devons|doivent|devrais|devrait|devriez|devrions|devraient|vas|va|allez"
    r"|vont)[ \t]++(?:(?:normalement|bien|alors|donc|ensuite|enfin|finalement)[ \t]++)?"
    r"(?:(?:te|vous|nous|me|lui|en)[ \t]++|t'|m')?(?:obtenir|trouver|rester|tomber[ \t]++sur"
    r"|retomber[ \t]++sur|arriver[ \t]++a|aboutir[ \t]++a|valoir|etre|donner)(?![\w'-])"
    r"|(?<![\w'-])(?:trouveras|trouverez|trouverons|obtiendras|obtiendrez|obtiendrons|tomberas[ \t]++sur"
    r"|tomberez[ \t]++sur|arriveras[ \t]++a|arriverez[ \t]++a|aboutiras[ \t]++a|restera|resteront)(?![\w'-])"
)
_COUNT_VALUE = (
    r"(?:zero|one|two|three|four|five|un|une|deux|trois|quatre|cinq|aucune?|none)(?![\w'-])"
)
# the value right after the lead: a number or a count word, alone or before the noun it counts
_EXPECTED = re.compile(
    r"(?::[ \t]*+)?(?:(?:exactly|only|just|precisely|exactement|seulement|juste|bien|au[ \t]++final"
    r"|a[ \t]++value[ \t]++of|une[ \t]++valeur[ \t]++de)[ \t]++)?(?:(?:que|qu')[ \t]*+)?"
    r"(?P<v>[-−][ \t]?\d{1,6}+(?:[.,]\d++)?|\d{1,6}+(?:[.,]\d++)?|" + _COUNT_VALUE + r")"
    r"(?![.,]?\d)(?:[ \t]++(?:seule?|single|only|unique))?+(?:[ \t]++(?P<noun>[a-z]++))?"
)
# the value before a verb of remaining: "exactly one girl must remain", « une seule fille doit rester »
_REMAINS = re.compile(
    r"(?<![\w'-])(?P<v>\d{1,6}+|" + _COUNT_VALUE + r")(?:[ \t]++(?:seule?|single|only|unique))?+[ \t]++"
    r"(?P<noun>[a-z]++)[ \t]++(?:must|should|will|ought[ \t]++to|doit|devrait|va)[ \t]++"
    r"(?:remain|be[ \t]++left|stay|rester|subsister|demeurer)(?![\w'-])"
)
_GIRLS = re.compile(r"(?:girls?|filles?)")
_SISTERS = re.compile(r"(?:sisters?|soeurs?)")
_WITHOUT_CAROLINE = re.compile(
    r"(?<![\w'-])(?:retire\w*|enleve\w*|ote\w*|otant|barre\w*|exclu\w*|retranche\w*|soustrai\w*|remove\w*"
    r"|take|taking|took|cross\w*|set|setting|leave|leaving|exclud\w*|subtract\w*|minus|sans|without|moins"
    r"|except|sauf|hors)(?:[ \t]++[a-z']++){0,2}?[ \t]++caroline(?![\w'-])"
)
_QUANTITY = re.compile(
    r"(?<![\w'-])(?:(?:their|the|its|leur|le|la|l'|son|sa|ce|this)[ \t]*+)?(?:pgcd|gcd|hcf|gcf"
    r"|greatest[ \t]++common[ \t]++divisor|plus[ \t]++grand[ \t]++commun[ \t]++diviseur"
    r"|(?:last[ \t]++non-?zero[ \t]++)?remainder|dernier[ \t]++reste(?:[ \t]++non[ \t]++nul)?|y-intercept"
    r"|intercept|ordonnee[ \t]++a[ \t]++l'origine|b)(?![\w'-])"
)
_DENIED = re.compile(r"(?<![\w'-])(?:not|never|pas|jamais|plus)(?![\w'-])|n't")


# -- a rule, not the task's result (session 55, mendmust) ---------------------------------------------------
# What coprime numbers must satisfy, said in general or under the verdict as a condition, expects nothing of
# the task's pair: "for two numbers to be coprime, their gcd must be 1", « pour que deux nombres soient
# premiers entre eux, leur PGCD doit valoir 1 », "If they are coprime, the gcd must be 1; check it.", « S'ils
# le sont, le PGCD doit valoir 1 », "the gcd must be 1 if they are coprime", "the gcd of two coprime numbers
# must be 1" (a generic subject: :func:`workshop.prompts.extract.said_in_general`). Only a condition whose
# clause is the verdict (the verdict's words, "yes", or an ellipsis: "if so", "if they are", « s'ils le
# sont ») makes a rule: "If you work carefully, the gcd must be 1", "even if they are coprime, …", "for these
# coprime numbers, …" (no "to be": the verdict stated) and a condition then said to hold ("(and they are)",
# « et c'est le cas ») still expect the value.
_RULE_OPENS = re.compile(
    r"(?<![\w'-])(?<!even[ \t])(?<!meme[ \t])(?:(?:(?P<for>for|in[ \t]++order[ \t]++for)|if|when|whenever"
    r"|provided(?:[ \t]++that)?|si|quand|lorsque|pourvu[ \t]++que|a[ \t]++condition[ \t]++que|pour[ \t]++que)"
    r"(?![\w'-])|(?:s'|lorsqu'|pourvu[ \t]++qu'|a[ \t]++condition[ \t]++qu'|pour[ \t]++qu')"
    r"(?=(?:ils?|elles?|on)(?![\w'-])))"
)
_RULE_CLAUSE_END = re.compile(r"[,;:()\n]")
_RULE_VERDICT = re.compile(
    r"(?<![\w'-])(?:co-?primes?|relatively[ \t]++prime|mutually[ \t]++prime|prime[ \t]++to[ \t]++each"
    r"[ \t]++other|premiers[ \t]++entre[ \t]++(?:eux|elles)|yes|oui)(?![\w'-])"
)
_RULE_ELLIPSIS = re.compile(
    r"(?<![ \t])[ \t]*+(?:(?:they|ils|elles|it|that|this|c'|ce)[ \t]*+)?(?:are|is|so|le[ \t]++sont|l'est"
    r"|(?:is|are)[ \t]++the[ \t]++case|est[ \t]++le[ \t]++cas)[ \t]*+"
)
# a consequence or a contrast that opens a clause of its own: the rule before it governs nothing after it
# ("For them to be coprime, their gcd must be 1, so you should get 1")
_RULE_BREAK = re.compile(
    r"(?<![\w'-])(?:(?<!if[ \t])(?<!do[ \t])so|hence|thus|therefore|consequently|donc|d'ou|but|mais|yet"
    r"|however|pourtant|cependant|whereas|alors[ \t]++que|par[ \t]++consequent)(?![\w'-])"
)
_TO_BE = re.compile(r"(?<![\w'-])to[ \t]++be(?![\w'-])")
_CASE_HOLDS = re.compile(
    r"(?<![\w'-])(?:and|et|which|as|comme|ce[ \t]++qui)[ \t]++(?:(?:they|it|ils|elles|c'|this|that)[ \t]*+)?"
    r"(?:are|is|do|le[ \t]++sont|l'est|est[ \t]++le[ \t]++cas|(?:is|are)[ \t]++the[ \t]++case"
    r"|(?:are|is)[ \t]++indeed)(?=[ \t]*+(?:[,.;:!?)\n]|$))"
)


def _verdict_condition(opened: re.Match[str], text: str) -> bool:
    """Whether the condition ``opened`` in ``text`` has the verdict for its clause (see above)."""
    end = _RULE_CLAUSE_END.search(text, opened.end())
    clause = text[opened.end() : end.start() if end else len(text)]
    if opened["for"] and not _TO_BE.search(clause):
        return False  # "for these coprime numbers": the verdict stated, no condition
    return bool(_RULE_VERDICT.search(clause) or _RULE_ELLIPSIS.fullmatch(clause))


def _a_rule(sentence: str, start: int, end: int) -> bool:
    """Whether the value expected at ``sentence[start:end]`` is a rule of coprime numbers (see above)."""
    if _CASE_HOLDS.search(sentence):
        return False  # "If they are coprime (and they are), the gcd must be 1"
    head, tail = sentence[:start], sentence[end:]
    head, tail = head[head.rfind(":") + 1 :], tail.split(":", 1)[0]
    breaks = list(_RULE_BREAK.finditer(head))
    head = head[breaks[-1].end() :] if breaks else head  # "…, so you should get 1"
    if any(_verdict_condition(opened, head) for opened in _RULE_OPENS.finditer(head)):
        return True
    after = _RULE_OPENS.match(tail, len(tail) - len(tail.lstrip(" \t,")))
    if after is not None and _verdict_condition(after, tail):
        return True  # "the gcd must be 1 if they are coprime"
    return said_in_general(head, tail)


def _expected(sentence: str, before: str, data_numbers: frozenset[str]) -> str | None:
    """The value a step says the model must find, told of its quantity (see above), or None."""
    candidates: list[tuple[re.Match[str], int]] = []
    for count, lead in enumerate(_EXPECT_LEAD.finditer(sentence)):
        found = _EXPECTED.match(sentence, past_blanks(sentence, lead.end()))
        if count >= MAX_TOLD:
            break
        if found is not None and not _DENIED.search(sentence[max(0, lead.start() - 8) : lead.end()]):
            candidates.append((found, lead.start()))
    remains = _REMAINS.search(sentence)
    if remains is not None:
        candidates.append((remains, remains.start()))
    for found, start in candidates:
        if _a_rule(sentence, start, found.end("v") if found.re is _EXPECTED else found.end()):
            continue  # "if they are coprime, the gcd must be 1" (mendmust)
        said = _expected_value(found, sentence[:start], before, data_numbers)
        if said is not None:
            return said
    return None


def _expected_value(found: re.Match[str], said: str, before: str, data_numbers: frozenset[str]) -> str | None:
    """The value ``found`` (:data:`_EXPECTED`, :data:`_REMAINS`) told of the quantity named in ``said``, the
    sentence before it, or ``before``, the sentence before that, or None."""
    value, noun = found["v"].replace("−", "-").replace(" ", ""), found["noun"] or ""
    if not _names_a_value(value, data_numbers):
        return None
    value = str(NUMBER_WORDS.get(value, value))
    if _SISTERS.fullmatch(noun) or (
        (_GIRLS.fullmatch(noun) or not noun) and _WITHOUT_CAROLINE.search(before + " " + said)
    ):
        return f"caroline has {value} sister"
    if noun and not _GIRLS.fullmatch(noun) and re.match(r"[a-z]", noun):
        if noun not in {"as", "at", "for", "here", "there", "pour", "ici", "la", "et", "and", "then", "puis"}:
            return None  # "you should get an integer", "2 lines": a value of something else
    named = list(_QUANTITY.finditer(said)) or list(_QUANTITY.finditer(before))
    return f"{named[-1].group(0).strip()} = {value}" if named else None


def told(folded: str, data: tuple[str, ...] | list[str] = ()) -> str:
    """Each value ``folded`` names as a question to confirm, a supposition or a hypothesis, as a told
    sentence (one a line), or "". ``data``: the task's data, whose numbers a truth question may name
    without naming a value."""
    data_numbers = frozenset(n for text in data for n in _numbers(text))
    if not re.search(
        r"(?:vrai|exact|juste|true|case|correct|right|accurate|confirm|raison|suppos|assum|admet|posons"
        r"|vero|verdad|cierto|wahr|stimmt|verdade|certo|richtig|giusto|corret"
        r"|pose|mettons|disons|prenons"
        r"|let|hypoth|take|prend|if|si|s'|why|come|pourquoi|fait|what|how|explique|d'ou|raison|cause|warum"
        r"|wieso|weshalb|weswegen|por|como|show|prove|demonstr|establish|montr|prouv"
        r"|demontr|etabli|should|must|will|shall|ought|'ll|need|dois|doit|dev|va|reste|trouver|obtien|tombe"
        r"|arriver|abouti)",
        folded,
    ):
        return ""
    found: list[str] = []
    read = sentences(folded)[:MAX_SENTENCES]
    subject: str | None = None  # the last supposition's subject, for a value left (two sentences on)
    since = 0
    for index, sentence in enumerate(read):
        after = read[index + 1] if index + 1 < len(read) else ""
        supposing = _supposed_subject(sentence)
        subject, since = (supposing, 0) if supposing else (subject, since + 1)
        left = _only_left(sentence, subject if since <= 2 else None)
        for what in (
            _truth(sentence, data_numbers),
            _supposed(sentence),
            _hypothetical(sentence, after),
            left,
            _presupposed(sentence, data_numbers, tuple(data)),
            _expected(sentence, read[index - 1] if index else "", data_numbers),
        ):
            if what:
                found.append(f"{what}.")
        if len(found) >= MAX_TOLD:
            break
    return "\n".join(found[:MAX_TOLD])
