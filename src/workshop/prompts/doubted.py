"""The writer doubting their own answer or wording, said by tone (session 60, fix107hedge, round 107).

A hedge need not use a hedge word (:data:`workshop.prompts.extract.HEDGES`): "Answer: 1 sister 🤞", "riddles
like this one always manage to trick me", "signs are where I usually slip", « (en tout cas, c'est ce que je
trouve) », "(if that's the right way to put it)", "I hope I got that right", « j'espère ne pas m'être
trompé ». The writer casts doubt on their own result or wording: crossed fingers or a prayer (the emoji or
the words, « je touche du bois »), the result held only as what they got ("at least that's what I get"), a
confession of their usual slip ("I always get signs wrong", « je me trompe souvent », "these riddles always
trick me"), a hope to be right, a doubt on the words chosen ("if that's the right word"). Each is a hedge of
the answer it follows (:func:`workshop.prompts.extract._hedged`) and a note added to a translation or a
summary (:func:`workshop.prompts.faithful.unfaithful`). Not a doubt: an emoji of joy ("1 sister 😄", 🎉, ✅),
a trap named and then avoided ("a classic trap: the answer is not 2"), a remark on where students slip
("signs are where students usually slip"): none of them is the writer's doubt about this answer.

:func:`doubts` reads folded text (:func:`workshop.prompts.text.fold`: lower case, no accents). Every pattern
is linear (possessive runs, bounded repeats), searched on long hostile text."""

from __future__ import annotations

import re

_S = r"[ \t]++"
_W = r"[a-z']++"
_AFTER = (
    r"(?:at" + _S + r"least|anyway|in" + _S + r"any" + _S + r"case|en" + _S + r"tout" + _S + r"cas"
    r"|du" + _S + r"moins|au" + _S + r"moins|enfin)"
)
_GOT = (
    r"(?:that's|that" + _S + r"is|this" + _S + r"is|it's|c'est|voila|ca" + _S + r"c'est)" + _S
    + r"(?:ce" + _S + r"que" + _S + r"(?:je(?![\w'])|j'[a-z]++)|what" + _S + r"i(?![\w']))"
)
_SELF_DOUBT = re.compile(
    # crossed fingers, a prayer, a wince: the emoji (any skin tone follows) or the words
    r"🤞|🙏|😬"
    r"|(?<![\w'])(?:"
    r"fingers" + _S + r"crossed|cross(?:ing)?" + _S + r"(?:my|our)" + _S + r"fingers|doigts" + _S + r"croises"
    r"|croise" + _S + r"les" + _S + r"doigts|croisons" + _S + r"les" + _S + r"doigts"
    r"|(?:touch|knock)" + _S + r"(?:on" + _S + r")?wood"
    r"|touche" + _S + r"du" + _S + r"bois|touchons" + _S + r"du" + _S + r"bois"
    # the result held only as what the writer got: "at least that's what I get", « c'est ce que je trouve, en
    # tout cas »
    r"|" + _AFTER + r"[ \t,]*+" + _GOT
    + r"|" + _GOT + r"[a-z']*+(?:" + _S + _W + r"){0,2}?[ \t]*+,?[ \t]*+" + _AFTER
    # a hope to be right: "I hope I got that right", "hopefully correct", « j'espère ne pas m'être trompé »
    + r"|(?:i" + _S + r"hope|hopefully|let's" + _S + r"hope|j'espere|esperons)(?:" + _S + _W + r"){0,6}?" + _S
    + r"(?:right|correct|correctly|juste|bon|bonne|correcte?|raison|trompee?s?|erreur|wrong|mistakes?)"
    r"|hopefully" + _S + r"(?:right|correct)"
    # a doubt on the words or the working: "(if that's the right word)", "if I did the arithmetic right",
    # « si je ne dis pas de bêtise », « si c'est la bonne façon de le dire », « si j'ai bien calculé »
    r"|if" + _S + r"(?:that's|that" + _S + r"is|this" + _S + r"is|it's|i'm" + _S + r"using|i" + _S + r"am"
    + _S + r"using)" + _S + r"the" + _S + r"(?:right|correct|proper|best)" + _S
    + r"(?:word|term|way|phrase|translation|expression|rendering)"
    r"|if" + _S + r"i" + _S + r"(?:did|got|have|translated|computed|calculated|counted|read|rendered|worked)"
    r"(?:" + _S + _W + r"){0,4}?" + _S + r"(?:right|correctly|properly)"
    r"|si" + _S + r"(?:je" + _S + r"ne" + _S + r"(?:dis|raconte)" + _S + r"pas" + _S
    + r"(?:de" + _S + r")?(?:betises?|n'importe" + _S + r"quoi)"
    r"|c'est" + _S + r"(?:le" + _S + r"bon" + _S + r"(?:mot|terme)|la" + _S + r"bonne" + _S
    + r"(?:formule|expression|traduction|facon" + _S + r"de" + _S + r"(?:dire|le" + _S + r"dire)))"
    r"|j'ai" + _S + r"bien" + _S + r"(?:compte|calcule|traduit|lu|fait" + _S + r"le" + _S + r"calcul)"
    r"|je" + _S + r"(?:traduis|calcule|compte)" + _S + r"bien)"
    # the writer's usual slip: "signs are where I usually slip", "I always get signs wrong", "riddles like
    # this one always manage to trick me", « je me trompe souvent », « ce genre d'énigme me piège à chaque
    # fois »
    r"|(?:i|where" + _S + r"i)" + _S + r"(?:usually|often|always|tend" + _S + r"to|sometimes|frequently|"
    r"typically|regularly)" + _S + r"(?:slip|trip|mess" + _S + r"up|screw" + _S + r"up|go" + _S + r"wrong|"
    r"make" + _S + r"(?:a" + _S + r"|the" + _S + r")?(?:mistakes?|errors?|slips?)|fall" + _S + r"for|"
    r"get" + _S + r"(?:(?:it|this|that|these|them|those|signs?)" + _S + r"wrong|confused|mixed" + _S + r"up|"
    r"tripped|caught))"
    r"|(?:always|usually|often|never" + _S + r"fails?" + _S + r"to)" + _S
    + r"(?:(?:manage|manages|seem|seems)" + _S + r"to" + _S + r")?"
    r"(?:trick|tricks|trip|trips|fool|fools|catch|catches|get|gets|confuse|confuses|throw|throws)"
    + _S
    + r"me"
    r"|(?:tricks?|trips?|fools?|catch(?:es)?|gets?|confuses?)" + _S + r"me" + _S + r"(?:up" + _S + r"|out"
    + _S + r")?(?:every|each)" + _S + r"time"
    r"|je" + _S + r"me" + _S + r"(?:trompe|plante|melange|emmele|fais" + _S + r"avoir)" + _S
    + r"(?:souvent|toujours|regulierement|facilement|a" + _S + r"chaque" + _S + r"fois|tout" + _S + r"le" + _S
    + r"temps)"
    r"|je" + _S + r"me" + _S + r"fais" + _S + r"(?:toujours|souvent)" + _S + r"avoir"
    r"|tendance" + _S + r"a" + _S + r"(?:me" + _S + r"tromper|m'emmeler|me" + _S + r"melanger)"
    r"|me" + _S + r"(?:piege|piegent|trompe|trompent|a" + _S + r"eu|ont" + _S + r"eu|eue?)" + _S
    + r"(?:a" + _S + r"chaque" + _S + r"fois|toujours|souvent|tout" + _S + r"le" + _S + r"temps)"
    r")(?![\w'])"
)


# Session 60 (fix106notes, round 106): a hedge carried by tone, with no hedge word: the value offered as a
# guess, a hunch, a lead or anything but a certainty (« prenez ça comme une piste, pas comme une certitude »,
# "take b = −10 as a guess to check", "a hunch more than a proof"), the reader sent to trust something else
# more than the writer ("I would trust a calculator more than what follows", « fiez-vous plutôt à une
# calculatrice qu'à moi ») or told not to take the writer's word (« ne me croyez pas sur parole », "don't take
# my word for it", "don't rely on it"). A firm answer that invites a check ("you can check: 4 × 5 − 10 = 10")
# takes the reader's word for nothing and stays firm. In the value's sentence or the one right after it, as
# any hedge; also in the sentence right before it (:func:`workshop.prompts.extract._hedged`), where "what
# follows" is the answer. Kept here beside the writer's own doubt (:data:`_SELF_DOUBT`): both hedge by tone;
# extract.py reads it with its hedge words and its own scope.
TONE = (
    r"(?:as|comme)[ \t]++(?:an?[ \t]++|une?[ \t]++)?"
    r"(?:(?:educated|wild|rough|first|simple|pure|mere)[ \t]++)?"
    r"(?:guess|hunch|conjecture|supposition|hypothese|hypothesis|piste|estimation|pari|bet)"
    r"|(?:an?|my|une|ma|mon|just[ \t]++an?|only[ \t]++an?|juste[ \t]++une?|qu'une?)[ \t]++"
    r"(?:(?:educated|wild|rough|best|simple)[ \t]++)?(?:guess|hunch|gut[ \t]++feeling|pressentiment)"
    r"|(?:pas|not)[ \t]++(?:comme[ \t]++|as[ \t]++)?(?:une[ \t]++|an?[ \t]++)?"
    r"(?:certitude|certainty|settled[ \t]++fact)"
    r"|(?:trust|fiez-vous|fie-toi|faites[ \t]++confiance|fais[ \t]++confiance|rely[ \t]++on)[ \t]++"
    r"[^.;!?\n]{0,50}?(?:more[ \t]++than|rather[ \t]++than|plutot|plus[ \t]++qu|over[ \t]++me)"
    r"|(?:don't|do[ \t]++not|never)[ \t]++(?:just[ \t]++)?"
    r"(?:take[ \t]++my[ \t]++word|rely[ \t]++on|count[ \t]++on)"
    r"|ne[ \t]++me[ \t]++(?:croyez|crois)[ \t]++pas|ne[ \t]++vous[ \t]++(?:y[ \t]++|en[ \t]++)?fiez[ \t]++pas"
    r"|ne[ \t]++t'y[ \t]++fie[ \t]++pas|(?:take|prenez|prends)[ \t]++(?:it|this|that|ca|cela)[ \t]++"
    r"(?:with[ \t]++caution|avec[ \t]++prudence|with[ \t]++care)"
)


def doubts(folded: str) -> bool:
    """Whether ``folded`` (a folded sentence or text) holds the writer's doubt about their own answer or
    wording (see the module's docstring)."""
    return _SELF_DOUBT.search(folded) is not None


def first(folded: str) -> str:
    """The first such doubt in ``folded``, "" when none (for a report's reason)."""
    found = _SELF_DOUBT.search(folded)
    return found.group(0) if found else ""
