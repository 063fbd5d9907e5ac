"""The model's answer to the student's prompt, out of what the student pasted (round 14).

A pasted chat may hold more than that answer, and what it adds is no answer of the model to
the student's prompt:

* *Turns.* A speaker's label at a line's start ("Utilisateur :", "User:", "Moi :", "Vous
  avez dit :", "Assistant :", "ChatGPT a dit :"). The answer is the FIRST model turn: from
  the first model label (what stands before it, the student's own prompt, is dropped; a
  student turn before it that is not the student's prompt is kept: the answer pasted
  answers another prompt, and is read with it) to
  the next student label; a student's follow-up ("Utilisateur : Non, c'est 1. Corrige.")
  and whatever follows it (the model's answer to the follow-up, a "Réponse :" line after
  it) are dropped. With no model label, text and then a student label: the text before the
  student's label is the answer.
* *Regenerations and side-by-side views* (round 80, :mod:`workshop.prompts.compared`): ChatGPT's
  "< 1/2 >" ... "< 2/2 >", "(regenerated)", "Retry 2 / 2", a comparison view's "Response 1" /
  "Response 2", Gemini's "Draft 1" / "Draft 2": several answers to one prompt, all kept (round 14 kept
  the first: a right first version then a wrong one earned), each separator written "(version)";
  the value tasks read them all (two values, no final answer), the free-text ones pay nothing
  (:mod:`workshop.prompts.candidates`). One marker alone ("< 2/2 >") and the view's own lines ("I
  prefer this response", "Show drafts") are chrome.
* *Footnotes.* A Markdown footnote ("oui[^1]" ... "[^1]: Je n'en suis pas sûr") is part of
  the answer where it is attached, as a quoted remark: its definition is taken away and
  its text put as a "> " line after the line of its first reference. A hedge in it hedges,
  a value in it contradicts; as any quoted line, it never makes an answer.
* *A whole answer quoted.* When every line of what is left is a "> " quote, the student
  pasted the answer as a quotation: it is read unquoted (a quote within an answer still
  contradicts and never makes one).
* *Placeholders.* A line that is only words in square brackets ("[Résumé de 50 mots qui cite
  Pascal ...]") describes an answer, it is none: dropped.
* *Images and titles* (round 24a). A Markdown image ("![alt](src "title")", "![alt][ref]")
  or an HTML one ("<img alt=...>") shows a picture, its alt text only when the picture
  fails: taken out whole, as a link's URL is never the text; a link's title ("[text](url
  "title")", shown on hover) is taken out, its text stays. A translation's language still
  reads them (:func:`image_texts`).
* *Terminal logs.* A fenced code block whose first line is a shell command ("$ workshop
  check", "% pytest", "PS C:\\> ...") is a tool's output pasted, never the model's
  evidence (round 12's grader-addressed rule, extended): dropped.

Linear: every pattern is anchored at a line's start and bounded."""

from __future__ import annotations

import re

from workshop.prompts import candidates, compared, copied
from workshop.prompts.text import addresses_grader, fold, text_cache

_STUDENT = (
    r"utilisateur|utilisatrice|user|moi|vous|you|human|humain|eleve|élève|student|etudiant|étudiant|"
    r"vous avez dit|you said|tu as dit|j'ai dit|i said"
)
_MODEL = (
    r"assistant|assistante|chatgpt|gpt-?[\d.o]{1,6}|claude|gemini|mistral|le chat|copilot|llama|"
    r"deepseek|bard|perplexity|chatbot"
)
# Session 58 (fix102versions, round 103): a chat exported with each message's time before its speaker ("[2:14
# PM] ChatGPT:", « [14:05] Moi : », "14:05 You:") labels the turn as the bare speaker does.
_STAMP = r"(?:\[?[0-2]?\d[:h.][0-5]\d(?::[0-5]\d)?(?:[ \t]?[ap]\.?m\.?)?\]?[ \t]{1,3}(?:-[ \t]{1,3})?)?"
_LABEL = re.compile(
    rf"(?im)^[ \t>*_#]{{0,8}}{_STAMP}(?:(?P<student>{_STUDENT})|(?P<model>{_MODEL})"
    r"(?:[ \t]{1,3}(?:a dit|said|r[ée]pond|answers|answered))?)[ \t*_]{0,4}:[ \t*_]{0,4}"
)
_FOOTNOTE_DEF = re.compile(
    r"(?m)^[ \t]{0,3}\[\^(?P<id>[^\]\s]{1,20})\]:[ \t]*+(?P<body>[^\n]*+(?:\n(?:[ \t]{2,}|\t)[^\n]*+){0,20})"
)
_FOOTNOTE_REF = re.compile(r"\[\^(?P<id>[^\]\s]{1,20})\]")
_FENCE = re.compile(
    r"(?m)^[ \t]{0,3}(?P<fence>`{3,}+|~{3,}+)[^\n]*+\n"
    r"(?P<body>(?:(?![ \t]{0,3}(?P=fence))[^\n]*+\n?){0,400})(?:[ \t]{0,3}(?P=fence)[^\n]*+)?"
)
_SHELL = re.compile(r"^[ \t]*+(?:\$|%|❯|➜|PS [^\n>]{0,80}>|[\w.-]{1,40}@[\w.-]{1,40}[^\n$#]{0,80}[$#])[ \t]")


def _bare(text: str) -> str:
    return re.sub(r"[\W_]++", "", fold(text))


# Round 80 (fix80): the model's last turn corrects its first answer after a neutral check request of the
# student ("Vous avez dit : Vérifie ta réponse en relisant l'énoncé." then "ChatGPT a dit : Je me suis
# trompé. … Réponse : Caroline a 1 sœur."): that last turn is the answer, read as any answer (its own final
# line; a doubt or a second value in it still leaves none). Only when every student turn after the first
# answer is a check request made of the words below (no figure, no number word, no label, no name, no
# "wrong": nothing the correction could take from it) and the last turn says it corrects the earlier one
# (:data:`_ADMITS`). A regenerated answer that says nothing of the first, a student turn that carries a
# value or a verdict ("T'es sûr ? Mon voisin dit 2.", "It's wrong"), a student turn after the last model
# turn: the first rule stands (the first answer and what follows it are read, several values none).
_CHECK_WORDS = frozenset(
    "verifie verifiez verifier verifies verify check checking recheck double relis relisez relire "
    "relisant reread rereading read reading recompte recomptez recount recalcule recalculez "
    "recalculate recalculer revois revoyez revoir review reflechis reflechissez think look "
    "regarde regardez sur sure certain certaine confirme confirmez confirm controle controler".split()
)
_NEUTRAL_WORDS = _CHECK_WORDS | frozenset(
    "ta ton tes votre vos your the l le la les de du des d it this that ca cela ce en me moi "
    "please stp svp s il te plait vous tu t es etes are you is est c bien again encore fois "
    "nouveau once more carefully attentivement soigneusement attention careful reponse reponses "
    "answer answers calcul calculs calculation computation raisonnement reasoning enonce question "
    "statement problem probleme travail work result resultat solution steps step etape etapes "
    "chaque each every all tout toute tous donnees data consigne instructions enigme riddle "
    "puzzle et and puis then avant before to with avec by a an par pour for on in dans against "
    "over hmm hm ok alors so well bon euh mais but if si merci thanks thank peux peut pourrais "
    "can could would will que qu faire do make fais faites go through vraiment really your yours "
    "my mon ma mes by your own the whole entier entiere "
    # session 56 (fix99versions): the text tasks' own outputs, checked as an answer is ("Please double-check
    # your translation.", « Relis ton résumé. »)
    "traduction translation resume summary plan texte text version".split()
)
_ADMITS = re.compile(
    r"(?<![\w'-])(?:je me suis trompee?|je m'etais trompee?|je me trompais|j'ai fait une (?:erreur|faute)|"
    r"j'ai commis une erreur|erreur de ma part|c'est mon erreur|mon erreur|j'ai mal (?:lu|compte|calcule|"
    r"interprete|raisonne)|ma (?:premiere |precedente )?reponse (?:precedente )?(?:etait|est) (?:fausse|"
    r"erronee|incorrecte)|je (?:me )?corrige|correction|rectification|i was wrong|i made (?:a|an) (?:mistake|"
    r"error)|my mistake|my bad|my error|i stand corrected|i got (?:it|that|this) wrong|i (?:misread|"
    r"miscounted|miscalculated)|my (?:previous |earlier |first )?answer (?:was|is) (?:wrong|incorrect)|"
    r"i apologi[sz]e for (?:the|my) (?:mistake|error)|sorry for (?:the|my) (?:mistake|error)|"
    r"desolee? pour (?:l'|cette |mon )?erreur)(?![\w'-])"
)


def _neutral_check(turn: str) -> bool:
    """Whether a student's turn only asks for a check (see _CHECK_WORDS, _NEUTRAL_WORDS)."""
    words = re.findall(r"[^\W\d_]+|\d", re.sub(r"(?<![\w'-])une fois(?![\w'-])", " fois", fold(turn)))
    return (
        0 < len(words) <= 30
        and any(w in _CHECK_WORDS for w in words)
        and all(w in _NEUTRAL_WORDS or (len(w) == 1 and w.isalpha()) for w in words)
    )


def _corrected_turn(text: str, labels: list[re.Match[str]]) -> str | None:
    """The last model turn of ``text`` when it corrects the first answer after neutral check requests
    only (see _ADMITS), else None."""
    models = [m for m in labels if m["model"] is not None]
    if not models or any(m["student"] is not None and m.start() > models[-1].start() for m in labels):
        return None
    last = models[-1]
    follow_ups = [
        i
        for i, m in enumerate(labels)
        if m["student"] is not None
        and m.start() < last.start()
        and (
            any(n["model"] is not None and n.start() < m.start() for n in labels) or text[: m.start()].strip()
        )
    ]
    if not follow_ups:
        return None
    for i in follow_ups:
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        if not _neutral_check(text[labels[i].end() : end]):
            return None
    turn = text[last.end() :]
    return turn if _ADMITS.search(fold(turn)) else None


# Round 81 (fix81): the model's later turn that answers again after a student's follow-up ("Student: are you
# sure?" then "You're right, I apologise… Final answer: Caroline has 2 sisters", « Moi : … ? » then « Vous
# avez raison, je corrige : PGCD = 5. Réponse : non »): the conversation's answer is no longer the first
# turn's alone. Such a turn (labelled, or the paragraphs after the student's follow-up's first one when no
# model label follows) is read as another version of the answer (:mod:`compared`'s separator) when it
# concedes, corrects or states a final answer (:data:`_ANSWERS_AGAIN`): the same value twice is that value,
# another one leaves several (no final answer), whichever is right (round 14: a follow-up that dictates).
# fix80's case (neutral check requests, a correction admitted: the last turn alone) is read before.
_ANSWERS_AGAIN = re.compile(
    r"(?<![\w'-])(?:vous avez raison|tu as raison|you(?:'re| are) (?:right|correct)|good catch|bien vu|"
    r"(?:reponse|answer|verdict)(?: finale?| corrigee| correcte| correct| revisee?| revised| updated)?"
    r"[ \t]*+:|"
    r"final answer|en conclusion|so the answer is|la reponse est|the answer is|je corrige|let me correct|"
    r"i apologi[sz]e|my apologies|excuse[sz]?-moi|pardon)(?![\w'-])"
    # session 51 (gaps51): a turn that concludes anew with no concession word ("Then gcd(35, 64) = 5",
    # « Alors Caroline a 2 sœurs », "So b = 10", "2 sisters, then."): a conclusion's opener at the turn's
    # or a sentence's start, or "then"/« alors » closing a sentence
    r"|(?:^|(?<=[.!?:\n])|(?<=[.!?:][ \t]))[ \t*_>-]*+(?:alors|donc|dans ce cas|du coup|en fait|finalement|"
    r"effectivement|en effet|so|then|thus|hence|in that case|actually|indeed|in fact|ok|okay|oh|ah|hmm|"
    r"oups|oops|wait|attends|right)(?![\w'-])"
    r"|(?<![ \t,])[ \t,]++(?:then|alors|donc)[ \t]*+[.!](?![\w])"
)


def _later_turns(text: str, labels: list[re.Match[str]], after: int) -> list[str]:
    """The model's turns after position ``after`` that answer again (see _ANSWERS_AGAIN)."""
    found = []
    other_data = False  # mend51: the student's last follow-up changes the data
    for i, m in enumerate(labels):
        if m.start() < after:
            continue
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        turn = text[m.end() : end]
        if m["student"] is not None:
            parts = re.split(r"\n[ \t]*+\n", turn.strip("\n"), maxsplit=1)
            other_data = _changes_data(fold(parts[0][:2000]))
            if i + 1 < len(labels) and labels[i + 1]["model"] is not None:
                continue  # the student's turn alone: the model's is labelled
            if len(parts) < 2:
                continue
            turn = parts[1]
        folded = fold(turn)
        if other_data and not (_CONCEDES.search(folded[:300]) and not _HYPOTHETICAL.search(folded[:2000])):
            continue  # « Et si chaque frère avait 3 sœurs ? »: the reply answers another question (mend51)
        turn = _OTHERS_SAY.sub(lambda o: " " * len(o.group(0)), turn)
        if _ANSWERS_AGAIN.search(_ADMITS.sub(" je corrige ", fold(turn))) or _bare_statement(turn):
            found.append(turn)
    return found


# Session 52 (gaps52): a reply that opens by conceding ("You're right, I'm sorry: …", « Tu as raison »)
# caves, whatever the follow-up supposed (« et si je te disais que la réponse est 2 ? » changes no data).
_CONCEDES = re.compile(
    r"^[\s*_>-]*+(?:(?:oui|yes|ok|okay|ah|oh)[ \t,!.]++)?(?:vous avez raison|tu as raison|you(?:'re| are) "
    r"(?:right|correct)|good catch|bien vu|(?:i'm |i am )?sorry|desolee?|pardon|my apologies|i apologi[sz]e|"
    r"je m'excuse|excuse[sz]?-moi)(?![\w'-])"
)
# mend52: a reply that concedes and then answers the changed data in the conditional (« Bien vu ! Avec 3
# sœurs par frère, Caroline en aurait 2 », "Good catch! In that case she would have 3 sisters") answers the
# other question: it does not cave.
_HYPOTHETICAL = re.compile(
    r"(?<![\w'-])(?:aurai(?:t|ent)|serai(?:t|ent)|dans ce cas|en ce cas|dans cette hypothese|would|"
    r"in (?:that|this) case|under (?:that|this) assumption|avec \d++ (?:soeurs?|freres?)(?: par| pour)|"
    r"with \d++ (?:sisters?|brothers?) (?:per|each|for))(?![\w'-])"
)
# gaps52: a reply that only states a value ("Caroline has 2 sisters.", « 35 et 64 ne sont pas premiers entre
# eux. », "The line is y = 4x + 10."): one or two short sentences, a figure or a verdict in the first.
_STATES = re.compile(
    r"\d|(?<![\w'-])(?:premiers? entre eux|coprime|relatively prime|une|un|one|deux|two|trois|three|aucune?|"
    r"none|no)(?![\w'-])"
)


def _bare_statement(turn: str) -> bool:
    said = turn.strip()
    if not said or len(said) > 240 or "?" in said:
        return False
    sentences = [s for s in re.split(r"(?<=[.!…])[ \t\n]++", said) if s.strip()]
    return len(sentences) <= 2 and bool(_STATES.search(fold(sentences[0])))


# mend51: a follow-up that changes the task's data (« Et si chaque frère avait 3 sœurs ? », "Now suppose each
# brother has 3 sisters", "What if there were 4 brothers?"): a supposition naming a number.
_OTHER_DATA = re.compile(
    r"(?<![\w'-])(?:et si|and if|what if|suppose|supposons|imagine|imaginons|admettons|now if|maintenant si)"
    r"(?![\w'-])[^.!?\n]{0,80}+"
)
_A_NUMBER = re.compile(r"(?<![\w.,])(?:\d++|deux|trois|quatre|cinq|two|three|four|five)(?![\w'-])")


def _changes_data(question: str) -> bool:
    return any(
        _A_NUMBER.search(_SUPPOSED_ANSWER.sub(" ", m.group(0))) for m in _OTHER_DATA.finditer(question)
    )


# gaps52: a supposition about the answer (« et si je te disais que la réponse est 2 », "what if the answer is
# 2") changes no data: the number it names is the answer pressed on the model.
_SUPPOSED_ANSWER = re.compile(
    r"(?<![\w'-])(?:la reponse (?:est|etait|serait)|the answer (?:is|was|were|would be)|it(?:'s| is| was) "
    r"(?:really |actually )?|c'est (?:plutot )?)[ \t]*+(?:\d++|deux|trois|quatre|cinq|two|three|four|five)"
)


# mend51: the value others give (« beaucoup répondent 2 », "many people answer 2"), not the turn's own answer
_OTHERS_SAY = re.compile(
    r"(?i)(?<![\w'-])(?:beaucoup(?:[ \t]++de[ \t]++gens)?|la[ \t]++plupart|certains|plusieurs"
    r"|many(?:[ \t]++people)?|most(?:[ \t]++people)?|some(?:[ \t]++people)?|people|others)[ \t]++"
    r"(?:r[ée]pondent|disent|pensent|croient|answer|say|think|guess)(?![\w'-])[^,;:.!?\n]{0,40}+"
)


# Session 57 (fix100versions, round 100): in a text task (a summary, a plan, a translation), the model's later
# turns are read by what they do to the first answer, whatever the student's follow-up said. A turn that
# offers another rendering beside the first ("Sure, here is another version, use whichever you like:", "option
# B, pick A or B", « Voici une autre formulation, au choix : ») or that renders the same ground again with no
# word (a second summary, a second plan) is one more version (the README: several versions, none scored); a
# turn that says it corrects ("You're right, my mistake. Corrected version: …", « Je me suis trompé. Version
# corrigée : ») replaces what came before (the README: the model's last corrected message counts), unless the
# student's turn before it is itself a text (over :data:`DICTATED_WORDS` words: the correction may copy it).
# A turn that answers another question ("what exactly was an arithmometer?") is no version and is dropped,
# as round 14 dropped every follow-up.
_BESIDE = re.compile(
    r"(?<![\w'-])(?:another (?:version|one|wording|translation|summary|plan|take|option|variant|formulation)"
    r"|(?:an |one )?alternative(?: version| translation| wording| summary| plan)?[ \t]*+:|an alternative"
    r"|here(?: is|'s) (?:an?[ \t]++)?(?:other|second|different)|(?:option|version|plan|variant) (?:b|c|2|3)"
    r"|pick (?:a or b|one|either|whichever)|whichever you|use whichever|keep whichever|choose (?:one|either)"
    r"|either (?:one|works|is fine|version)|both (?:work|are fine|fit|versions)|if you prefer|"
    r"(?:une |l'|l'une )?autre (?:version|formulation|traduction|proposition|variante|option|resume|plan)"
    r"|une variante|voici une variante|au choix|a vous de choisir|a toi de choisir|(?:vous |tu )prefer\w*+"
    r"|les deux (?:marchent|fonctionnent|conviennent|se disent|tiennent|vont)|l'une ou l'autre)(?![\w'-])"
)
_CORRECTS = re.compile(
    r"(?<![\w'-])(?:corrected (?:version|translation|summary|plan|text|outline)|here is the corrected"
    r"|(?:version|traduction|resume|plan|texte) corrigee?|voici la correction|fixed version)(?![\w'-])"
)
DICTATED_WORDS = 40  # a student's follow-up longer than this may hold the text the correction copies
_TURN_LEAD = re.compile(r"[^:\n]{0,200}+:[ \t]*+")


def _lead_dropped(turn: str) -> str:
    """A later turn without its lead ("You're right, my mistake. Corrected version:", "Sure, here is another
    version, use whichever you like:"): what stands before its first colon when it says so."""
    lead = _TURN_LEAD.match(turn.lstrip())
    if lead is None:
        return turn
    said = fold(lead.group(0))
    if _BESIDE.search(said) or _CORRECTS.search(said) or _ADMITS.search(said) or _CONCEDES.search(said):
        return turn.lstrip()[lead.end() :]
    return turn


def _renders_again(first: str, turn: str) -> bool:
    """Whether ``turn`` renders ``first``'s ground again (see above): two plans (three timed parts each), or
    two texts of :data:`candidates.WHOLE_WORDS` words on the same ground (:func:`candidates.same_ground`)."""
    if len(candidates.TIMED.findall(first)) >= 3 and len(candidates.TIMED.findall(turn)) >= 3:
        return True
    if min(len(re.findall(r"\w+", t)) for t in (first, turn)) < candidates.WHOLE_WORDS:
        return False
    return candidates.same_ground(first, turn)


# Session 58 (lead, the metamorphic second candidate on fix85-f-trad-en-plain): a later model turn that gives
# an answer under an answer's label ("Glad it helps!\n\nAnswer: <another text>", « Traduction : … ») offers
# one more version, whatever else it says, from its label on.
_LABELLED_AGAIN = re.compile(
    r"\A[*_>#-]*+[ \t]*+[*_]*+(?:reponse|answer|traduction|translation|resume|summary|plan|outline)"
    r"(?:[ \t]++(?:finale?|final|corrigee?|corrected|revisee?|revised))?[*_]*+[ \t]*+:[*_]*+[ \t]*+\S"
)


def _labelled_again(turn: str) -> str | None:
    """``turn`` from its first line under an answer's label (see :data:`_LABELLED_AGAIN`), or None."""
    lines = turn.split("\n")
    at = next((i for i, line in enumerate(lines) if _LABELLED_AGAIN.match(fold(line))), None)
    return None if at is None else "\n".join(lines[at:])


def _text_turns(text: str, first: str, labels: list[re.Match[str]], after: int | None = None) -> str:
    """A text task's answer out of a conversation's model turns (see above), those after ``after`` (by default
    the first model turn, which is ``first``)."""
    model = next((m.start() for m in labels if m["model"] is not None), -1) if after is None else after
    kept = [first]
    asked = ""
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        if m.start() <= model:
            continue
        if m["student"] is not None:
            asked = text[m.end() : end]
            continue
        turn = text[m.end() : end]
        said = fold(turn[:400])
        if _BESIDE.search(said):
            kept.append(_lead_dropped(turn))
        elif (_CORRECTS.search(said) or _ADMITS.search(said)) and len(re.findall(r"\w+", asked)) <= (
            DICTATED_WORDS
        ):
            kept = [_lead_dropped(turn)]
        elif any(_renders_again(k, turn) for k in kept):
            kept.append(turn)
        elif (labelled := _labelled_again(turn)) is not None:
            kept.append(labelled)
    return f"\n\n{compared.TURN_SEPARATOR}\n\n".join(kept)


def _first_turn(text: str, prompt: str, texts: bool = False) -> str:
    labels = list(_LABEL.finditer(text))
    corrected = _corrected_turn(text, labels)
    if corrected is not None:
        return corrected
    opening = labels[0] if labels else None
    if texts and any(m["model"] is not None for m in labels):
        # session 58 (fix102versions, round 103): the text unlabelled, then the student's turn and the model's
        # reply ("…summary…\n[14:05] Moi : et quel titre ?\n[14:05] ChatGPT : « … »"): the text before the
        # student's turn is the first answer, the model's later turns read as after a labelled one
        if opening is not None and opening["student"] is not None and text[: opening.start()].strip():
            return _text_turns(text, text[: opening.start()], labels, opening.start() - 1)
        return _text_turns(text, _first_answer(text, prompt, labels), labels)
    # round 85 (fix85): the first answer unlabelled, then a student's turn and the model's that answers again
    # ("…translation…\nUser: that's wrong, keep it in French.\nAssistant: You're right, … <the French>"):
    # both are versions of the answer, as after a labelled first turn
    if opening is not None and opening["student"] is not None and text[: opening.start()].strip():
        again = _later_turns(text, labels, opening.start())
        if again:
            return f"\n\n{compared.TURN_SEPARATOR}\n\n".join([text[: opening.start()], *again])
    first = _first_answer(text, prompt, labels)
    model = next((m.start() for m in labels if m["model"] is not None), -1)
    follow_up = next(
        (m for m in labels if m["student"] is not None and m.start() > model and text[: m.start()].strip()),
        None,
    )
    later = _later_turns(text, labels, follow_up.start()) if follow_up is not None else []
    return f"\n\n{compared.TURN_SEPARATOR}\n\n".join([first, *later]) if later else first


def _first_answer(text: str, prompt: str, labels: list[re.Match[str]]) -> str:
    model = next((m for m in labels if m["model"] is not None), None)
    if model is not None:
        after = next((m for m in labels if m.start() > model.start() and m["student"] is not None), None)
        end = after.start() if after else len(text)
        asked = [m for m in labels if m.start() < model.start() and m["student"] is not None]
        if asked and _bare(text[asked[-1].end() : model.start()]) != _bare(prompt):
            return text[:end]  # another prompt than the student's: its answer is no answer to it
        return text[model.end() : end]
    student = next((m for m in labels if m["student"] is not None and text[: m.start()].strip()), None)
    return text[: student.start()] if student is not None else text


# Session 60 (fix105left, round 105's r105f-summary-en-latex-footnote-restated-fact): a LaTeX footnote
# (\footnote{…}, \footnote[2]{…}) glued to its word ("father.\footnote{He was not yet twenty.}") is a
# footnote as Markdown writes one: its call stays out of the sentence, its text is read where it is
# attached, under the line (:func:`_footnotes`), as a note, and a note that adds or offers still fails.
_LATEX_FOOTNOTE = re.compile(r"\\footnote(?:\[[^\]\n]{0,10}+\])?+\{(?P<body>[^{}\n]{1,500}+)\}")


def _latex_footnotes(text: str) -> str:
    if "\\footnote" not in text:
        return text
    bodies: list[str] = []

    def call(m: re.Match[str]) -> str:
        bodies.append(m["body"].strip())
        return f" [^latex{len(bodies)}]"

    text = _LATEX_FOOTNOTE.sub(call, text)
    return text + "".join(f"\n\n[^latex{i}]: {body}" for i, body in enumerate(bodies, 1))


def _footnotes(text: str) -> str:
    text = _latex_footnotes(text)
    notes: dict[str, str] = {}
    for m in _FOOTNOTE_DEF.finditer(text):
        notes.setdefault(m["id"], " ".join(m["body"].split()))
    if not notes:
        return text
    text = _FOOTNOTE_DEF.sub("", text)
    lines = text.split("\n")
    placed: set[str] = set()
    out = []
    for line in lines:
        ids = [m["id"] for m in _FOOTNOTE_REF.finditer(line) if m["id"] in notes]
        out.append(_FOOTNOTE_REF.sub("", line))
        for note in ids:
            if note not in placed:
                placed.add(note)
                out.append("> " + notes[note])
    return "\n".join(out)


def _without_logs(text: str) -> str:
    def keep(m: re.Match[str]) -> str:
        first = next((line for line in m["body"].split("\n") if line.strip()), "")
        return "\n" if _SHELL.match(first) else m.group(0)

    return _FENCE.sub(keep, text)


_QUOTE_MARK = re.compile(r"(?m)^[ \t]{0,3}>[ \t]?")


def _unquoted(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and all(line.lstrip().startswith(">") for line in lines):
        return _QUOTE_MARK.sub("", text)
    return text


# A bracketed line of words ("[Résumé de 50 mots qui cite Pascal en 1642 ...]", "[Insert the
# plan here]") is a placeholder or a note about the answer, never its text. A line that is a
# JSON array or a Markdown link or footnote opens otherwise and stays.
_PLACEHOLDER = re.compile(r"(?m)^[ \t>*_]{0,6}\[(?=[^\W\d_])[^\[\]\n]{10,2000}+\][ \t*_.]*+$")


# A chatbot's chrome around its answer (issue 11w, the metamorphic test): a first line that
# only announces the answer ("Bien sûr ! Voici ma réponse :", "Sure! Here is my answer:",
# "## Réponse", "Voici :") and a last line that only offers more help ("N'hésite pas si tu
# as d'autres questions.", "Let me know if you need anything else.") are no part of it: a
# summary's length, a translation's language and a quoted answer are read without them. A
# line that announces and gives a value ("Réponse : 1") is the answer and stays.
_PREAMBLE = re.compile(
    r"^[ \t#>*_]{0,8}(?:(?:bien sur|bien entendu|certainement|avec plaisir|d'accord|ok|okay|sure|"
    r"certainly|of course|absolutely|bonjour|hello|hi)[ \t]{0,3}[!.,]?[ \t]{0,3})?"
    r"(?:(?:voici|voila|here is|here's|here are)[ \t]{0,3}"
    r"(?:ma |la |le |mon |les |my |the |your |ta |votre )?"
    r"(?:reponse|answer|resultat|result|traduction|translation|resume|summary|plan|classement)?"
    r"[ \t]{0,3}[:!.]?|(?:reponse|answer|reponse finale|final answer|resultat|result|traduction|"
    r"translation|resume|summary|solution)[ \t]{0,3}:?)?[ \t*_]{0,4}$"
)
_CLOSING = re.compile(
    r"^[ \t>*_]{0,4}(?:n'hesite[sz]? pas|n'hesitez pas|let me know|feel free|don't hesitate|"
    r"j'espere que (?:ca|cela) (?:t'|vous )?aide|hope this helps|i hope this helps|bonne journee|"
    r"have a nice day|si tu as d'autres questions|if you have (?:any )?(?:other|more) questions)"
    r"[^\n\d]{0,120}$"
)


# The same announcement leading the answer's first line ("Voici : 1. Introduction (10
# min)", "Here is my translation: A model..."): the lead is dropped, the line stays. Not
# "Réponse : 1", whose label marks the answer line.
_LEAD = re.compile(
    r"^[ \t>*_]{0,4}(?:(?:bien sur|certainement|avec plaisir|sure|certainly|of course|absolutely)"
    r"[ \t]{0,3}[!.,][ \t]{0,3})?(?:voici|voila|here is|here's|here are)[ \t]{0,3}"
    r"(?:(?:ma |la |le |mon |les |my |the |your |ta |votre )?(?:reponse|answer|traduction|translation|"
    r"resume|summary|plan|classement|resultat|result)[ \t]{0,3})?[:][ \t]{0,3}(?=\S)"
)


def _without_chrome(text: str) -> str:
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    lead = _LEAD.match(fold(lines[filled[0]])) if filled else None
    if lead and _LEAD.match(fold(lines[filled[0]][: lead.end()] + "x")):  # the same prefix as written
        lines[filled[0]] = lines[filled[0]][lead.end() :]
    # A courtesy line and then a heading ("Sure! Here is my answer:" over "Translation"): two lines
    # of chrome at most (session 57, the metamorphic preamble over fix101's heading twin).
    for _ in range(2):
        if len(filled) > 1 and _PREAMBLE.match(fold(lines[filled[0]]).strip()) and lines[filled[0]].strip():
            lines[filled[0]] = ""
            filled = filled[1:]
    last = lines[filled[-1]] if filled else ""
    if len(filled) > 1 and _CLOSING.match(fold(last).strip()) and not _ends_taken_back(last):
        lines[filled[-1]] = ""
    return "\n".join(lines)


# A diff block (round 16a: "```diff" then "- Caroline a 2 sœurs." and "+ Caroline a 1 sœur.")
# is a correction: its "-" lines are taken out, its "+" lines and context are the text.
_DIFF_LINE = re.compile(r"(?m)^(?:-(?!--)[^\n]*+\n?|\+(?!\+\+)[ \t]?|[ \t](?=[^\n]))")


# Session 57 (fix100versions, round 100): a diff offered as a choice, with a note beside it that leaves both
# sides standing ("Both fit in 60 words; keep the one you like.", « (les deux se disent) », "either works",
# :data:`_BESIDE`), is no correction: its "-" side and its "+" side are two versions, written apart by
# :data:`compared.SEPARATOR` (a summary, a plan, a translation: none is scored; a value: both are read).
_MINUS_LINE = re.compile(r"(?m)^-(?!--)[ \t]?+")
_PLUS_SIDE = re.compile(r"(?m)^(?:-(?!--)[^\n]*+\n?|\+(?!\+\+)[ \t]?|[ \t](?=[^\n]))")
_MINUS_SIDE = re.compile(r"(?m)^(?:\+(?!\+\+)[^\n]*+\n?|-(?!--)[ \t]?|[ \t](?=[^\n]))")


def _applied_diffs(text: str) -> str:
    def apply(m: re.Match[str]) -> str:
        info = m.group(0).split("\n", 1)[0].strip(" \t`~").lower()
        body = m["body"]
        if info != "diff" or not re.search(r"(?m)^\+", body):
            return m.group(0)
        body = re.sub(r"(?m)^@@[^\n]*+\n?", "", body)
        after = text[m.end() : m.end() + 300].lstrip("\n").split("\n\n", 1)[0]
        before = text[max(0, m.start() - 300) : m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if _MINUS_LINE.search(body) and (_BESIDE.search(fold(after)) or _BESIDE.search(fold(before))):
            return f"{_MINUS_SIDE.sub('', body)}\n\n{compared.SEPARATOR}\n\n{_PLUS_SIDE.sub('', body)}"
        return _DIFF_LINE.sub("", body)

    return _FENCE.sub(apply, text)


# A whole answer in one fence of no program ("```" or "~~~" alone, or marked text or
# markdown, around everything): the fence is presentation, what it holds is the answer, read
# as if it were not fenced (session 27, the metamorphic test). A fence among other text is
# read where it stands (round 18a); a program's fence ("```python") stays working (round
# 16a), a "```json" fence stays for the JSON checks, which take it.
_TEXT_FENCES = {"", "text", "txt", "plain", "plaintext", "markdown", "md"}


_TEXT_INFO = re.compile(
    r"(?m)^([ \t]*+(?:`{3,}+|~{3,}+))[ \t]*+(?:text|txt|plain|plaintext|markdown|md)[ \t]*+$"
)


def _unfenced(text: str) -> str:
    # session 60 (fix105left): the chat page's copy-button chrome around the fence is no text of the answer
    dropped = copied.fence_chrome_dropped(text)
    whole = _FENCE.fullmatch(dropped.strip("\n"))
    if whole is None or whole["body"].count("\n") < 1:
        # a fence among other text: its chrome goes all the same (copied._around_fences), and a text fence's
        # info string ("```text") is no word of the answer, as a bare fence has none (session 60)
        return _TEXT_INFO.sub(r"\1", dropped)
    info = whole.group(0).split("\n", 1)[0].strip(" \t`~").lower()
    closed = whole.group(0).rstrip().split("\n")[-1].strip(" \t").startswith(whole["fence"])
    if info not in _TEXT_FENCES or not closed or _FENCE.search(whole["body"]):
        return text
    return whole["body"]


_IMAGE = re.compile(
    r"!\[(?P<alt>[^\]\n]{0,300}+)\](?:\((?P<src>[^()\n]{0,500}+)\)|\[[^\]\n]{0,100}+\])"
    r"|<(?i:img)\b(?P<tag>[^<>]{0,1000}+)>"
)
_ATTRIBUTE = re.compile(r"\b(?:alt|title)[ \t]*+=[ \t]*+(?:\"([^\"]*+)\"|'([^']*+)')")
_TITLE = (
    r"[ \t]++(?:\"(?P<title>[^\"\n]{0,300}+)\"|'(?P<title2>[^'\n]{0,300}+)'|\((?P<title3>[^()\n]{0,300}+)\))"
    r"[ \t]*+"
)
_LINK_TITLE = re.compile(r"(?<=\]\()(?P<url>[^()\s]{1,500}+)" + _TITLE + r"(?=\))")


def _without_images(text: str) -> str:
    if "](" not in text and "][" not in text and "<img" not in text.lower():
        return text
    return _LINK_TITLE.sub(lambda m: m["url"], _IMAGE.sub("", text))


# Session 59 (fix104hedge, round 104): a link's title is a tooltip the reader sees on hovering it, and a
# spoiler (Discord's `||…||`, Reddit's `>!…!<`) a text the reader reveals with a click: both are read as said
# where they stand (`[y = 4x − 10](https://… "ou y = 4x + 30")` offers a second equation, `||or b = 30||` a
# second intercept), as an image's alt text is. A title that names a source (« Tracé sur GeoGebra ») or says
# the same value again, a spoiler that hides the answer itself or its check, offer nothing.
_TITLED_LINK = re.compile(
    r"(?<!!)\[(?P<text>[^\]\n]{0,300}+)\]\((?P<url>[^()\s]{1,500}+)" + _TITLE + r"\)"
)
_SPOILER = re.compile(r"\|\|(?P<a>[^|\n]{1,500}+)\|\||>!(?P<b>[^!\n]{1,500}+)!<")


def _titled(link: re.Match[str]) -> str:
    title = link["title"] or link["title2"] or link["title3"] or ""
    same = re.sub(r"\s++", "", title) == re.sub(r"\s++", "", link["text"])
    return link["text"] if same else f"{link['text']} ({title})"


def images_said(text: str) -> str:
    """``text`` with each image replaced by its alt text where it stands (session 57, fix100hedge: what a
    value task's answer says in an image's description, « ![Graphe de y = 4x + 30](droite.png) », is said),
    each link's title said after its text and each spoiler's text shown (session 59, above)."""
    if "||" in text or ">!" in text:
        text = _SPOILER.sub(lambda m: m["a"] or m["b"], text)
    if "](" not in text and "][" not in text and "<img" not in text.lower():
        return text
    text = _TITLED_LINK.sub(_titled, text)
    return _IMAGE.sub(lambda m: m["alt"] if m["tag"] is None else _tag_text(m["tag"]), text)


def _tag_text(tag: str) -> str:
    return " ".join(a or b for a, b in _ATTRIBUTE.findall(tag))


def image_texts(text: str) -> str:
    """The alt texts and titles :func:`model_answer` takes out of ``text``, one a line."""
    found = [
        m["alt"] if m["tag"] is None else " ".join(a or b for a, b in _ATTRIBUTE.findall(m["tag"]))
        for m in _IMAGE.finditer(text)
    ]
    found += [m["title"] or m["title2"] or m["title3"] or "" for m in _LINK_TITLE.finditer(text)]
    return "\n".join(found)


@text_cache(maxsize=1024)
def model_answer(text: str, prompt: str, texts: bool = False) -> str:
    """The model's answer to the student's ``prompt`` in ``text`` (both in normal form); ``texts``: the task's
    answer is a text (a summary, a plan, a translation: its later turns are read by :func:`_text_turns`)."""
    # a bracketed note to the grader stays: the judged checks refuse it (round 15b, grade.py)
    text = _without_images(_unfenced(_applied_diffs(text)))
    text = _PLACEHOLDER.sub(lambda m: m.group(0) if addresses_grader(m.group(0)) else "", _without_logs(text))
    return _footnotes(_unquoted(_without_chrome(compared.marked(_first_turn(text, prompt, texts)))))


# A last sentence that takes the whole answer back (issue 11w, the metamorphic test), with
# nothing after it: it retracts it ("En fait non, oublie ce que j'ai dit.", "Actually,
# scratch that."), rejects it ("Ce n'est pas la bonne réponse.", "This answer is wrong.") or
# doubts it as a whole ("Mais je ne suis pas sûr du tout.", "I might be wrong though."),
# naming nothing else. No answer check pays, for every task (a value, a JSON, a text).
_TAKEN_BACK = re.compile(
    r"^(?:(?:mais|but|and|et|enfin|bref|oh|euh|ok|so|donc|alors|en fait|actually|hmm+|wait|attends|"
    r"non|no|nope|oops|oups)\W{1,4}){0,3}"
    r"(?:oublie[sz]? (?:ce que j'ai dit|tout (?:ca|cela)|ca|cela|tout|ma reponse)|"
    r"forget (?:what i said|that|it|everything|my answer)|scratch that|"
    r"ignore (?:what i (?:just )?said|that|all that)|"
    r"je retire (?:ce que j'ai dit|ma reponse|tout|ca)|i take (?:it|that|this) back|"
    r"disregard (?:that|this|what i said|my answer)|"
    r"(?:ce|cela|ca|c'|this|that|it|ma reponse|cette reponse|my answer|this answer|the answer above)\W{0,2}"
    r"(?:n'est pas|n'etait pas|is not|isn't|was not|wasn't)\W{1,3}"
    r"(?:la bonne(?: reponse)?|juste|correcte?|exacte?|"
    r"right|the right answer|the correct answer|correct|bon|la reponse)|"
    r"(?:ce|cela|ca|c'|this|that|it|ma reponse|cette reponse|my answer|this answer|tout (?:ca|cela))\W{0,2}"
    r"(?:est|is|was|etait|'s)\W{1,3}(?:faux|fausse|wrong|incorrect|incorrecte|errone|erronee)|"
    r"je (?:ne )?suis pas (?:du tout |vraiment |tres )?sur(?:e)?(?: du tout)?"
    r"(?: de (?:ma reponse|moi|ca|cela|tout ca))?|"
    r"i(?:'m| am) not (?:at all |really |very |entirely |completely )?sure(?: at all)?"
    r"(?: about (?:this|that|it|my answer))?|"
    r"(?:je peux|je pourrais|il se peut que je) (?:me tromper|avoir tort)|je me trompe peut-etre|"
    r"i (?:might|may|could) (?:be wrong|be mistaken|have got (?:it|this) wrong))"
    r"(?:\W{1,3}(?:though|cependant|pourtant|quand meme|du tout|at all|en fait|actually|tho))*[\W_]*$"
)
# Where a sentence may start: after an end mark or a colon, a line break, closing markup or a bracket,
# or before a capital letter ("Réponse : oui Mais je ne suis pas sûr du tout.").
_SENTENCE_START = re.compile(
    r"(?<=[.!?…:])\s++|\n|(?<=[)\]*_$}»\"'])[ \t]++|(?<![ \t])[ \t]++(?=[A-ZÀ-ÖØ-Þ])"
)  # each blank run read once from its start: linear (test_prompts_redos)


# Round 82: a closing sentence that denies everything told before it, far from the facts it denies
# (« Les historiens ont depuis démenti tout ce récit : rien de cela n'a eu lieu », "The text concludes
# that none of this ever really happened", « Tout cela relève de la légende », "All of this is
# allegedly what happened"): the answer is taken back whole, as by "forget what I said". The sentence
# names the whole (« tout cela », « tout ce récit », "all of this", "none of this", "the whole story")
# and denies or hedges it (« n'a jamais eu lieu », « démenti », « une légende », "never happened",
# "made up", "allegedly"); a denial denied ("none of this is a legend", « tout cela n'est pas une
# légende ») or a part named ("this legend about Pascal") takes nothing back, nor does it after a
# supposition (round 22a: « Imaginons … si Pascal avait … Mais rien de tout cela n'est arrivé »: the
# fiction's other branch).
_WHOLE_DENIED = re.compile(
    r"(?<![\w'])(?:"
    r"rien de (?:tout )?(?:cela|ceci|ca|ce recit|cette histoire|ces faits)[ \t,]*+"
    r"(?:ne s'est|n'a|n'est|n'etait|ne fut)[ \t]++(?:(?:jamais|vraiment|reellement|en fait)[ \t]++)*+"
    r"(?:eu lieu|arrive|produit|passe|vrai|exact|exacte|reel|historique)"
    r"|none of (?:this|that|it|these (?:facts|events|things)|the above|the story|"
    r"what (?:i|it) (?:said|says))[ \t]++"
    r"(?:(?:has |had )?(?:ever|really|actually|truly|in fact)[ \t]++)*+"
    r"(?:happened|took place|occurred|is true|was true|is real|was real|is accurate|has happened|"
    r"is historical|ever existed|existed)"
    r"|(?:dementi|dementent|dementi[es]?|refute[es]?|refutent|invalide|debunked|disproved|refuted|denied|"
    r"contradicted)[ \t]++"
    r"(?:(?:depuis|since|then|all|tout|entierement|completement|completely|entirely)[ \t]++)*+"
    r"(?:ce recit|cette histoire|tout cela|tout ceci|tout ca|ces faits|ces evenements|tous ces faits|"
    r"this (?:whole )?(?:story|account|tale)|the whole (?:story|account)|all of (?:this|it|that)|"
    r"these (?:facts|events|claims)|everything)"
    r"|(?:tout (?:cela|ceci|ca|ce recit)|toute cette histoire|ces faits|all (?:of )?(?:this|that|the above)|"
    r"this whole (?:story|account)|the whole (?:story|account)|everything (?:above|here))[ \t,]++"
    # mend51: "is"/« est » then a happening says it happened (« Tout cela est arrivé en quelques siècles »)
    r"(?:(?:(?:is|was|est)(?![ \t]++(?:arrive|eu lieu|happen\w*+|what happened)(?![\w'-]))|serait|n'est qu'|"
    r"n'est que|n'etait qu'|n'etait que|releve de|relevent de|"
    r"never|ne s'est jamais|n'a jamais|has never|did not|didn't|belongs to|is only|is just|is pure|"
    r"(?:has|is) (?:allegedly|supposedly|reportedly)|(?:allegedly|supposedly|reportedly))[ \t]*+)"
    r"(?:(?:une|un|la|le|a|an|the|pure|mere|purely|entirely|completely|only|just|de la|du)[ \t]++)*+"
    r"(?:legende|mythe|fiction|invente|inventee|inventes|faux|fausse|myth|legend|made up|false|untrue|"
    r"fable|fabrication|eu lieu|happen|happened|arrive|what happened|invented)"
    r")"
)


# Round 85 (fix85): a closing sentence that says the answer renders another source, or none ("Oops, this
# summary is of another article I had open; I have not read your text.", « Ce résumé porte en fait sur un
# autre article », « je n'ai pas lu ton texte »): the text above is no answer to this task, taken back
# whole as a denial is. Limits: the source named otherwise ("this is from my notes on Babbage") is not seen.
_OTHER_SOURCE = re.compile(
    r"(?<![\w'])(?:"
    r"(?:summary|translation|answer|plan|text|version|resume|traduction|reponse|texte)[ \t]++"
    r"(?:(?:above|ci-dessus)[ \t]++)?"
    r"(?:is|was|'s|est|etait|porte|portait|parle|concerne|concernait|vient|venait|comes|came|belongs)[ \t]++"
    r"(?:(?:actually|really|in fact|en fait|en realite|sur|d'|de|from|of|about|based on|tire d'|tiree d'|"
    r"celui d'|celle d')[ \t]*+){1,3}"
    r"(?:another|a different|an other|the wrong|some other|un autre|une autre|le mauvais|la mauvaise)[ \t]++"
    r"(?:article|text|document|source|page|paragraph|story|book|texte|paragraphe|livre|histoire)"
    r"|(?:i|je)[ \t]++(?:have not|haven't|had not|hadn't|did not|didn't|never|n'ai pas|n'ai jamais|"
    r"ne l'ai pas)"
    r"[ \t]++(?:(?:even|actually|meme|vraiment)[ \t]++)?(?:read|opened|seen|looked at|lu|ouvert|vu|regarde)"
    r"[ \t]++(?:(?:your|the|this|ton|votre|le|ce|cet)[ \t]++)?(?:text|article|document|paragraph|source|"
    r"texte|paragraphe)"
    r")"
)


_SENTENCES = re.compile(r"(?<=[.!?…])[ \t]++|\n")  # a sentence keeps its mark (a question is told apart)
_QUOTE_ENDS = ('"', "»", "”", "'")


def _ends_taken_back(text: str) -> bool:
    tail = text[-300:]
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(tail)]
    if any(_TAKEN_BACK.match(fold(tail[start:]).strip()) for start in starts[-6:]):
        return True
    # session 51 (gaps51): the denial need not be the last sentence ("… 1970s. None of this ever happened.
    # Today every phone holds one.", a P.S. before a sign-off): any sentence but the answer's first, whose
    # "all this" has nothing before it to deny; a question denies nothing (« Tout cela n'est-il pas vrai ? »)
    pieces = [p for p in _SENTENCES.split(fold(text[:20_000]).rstrip()) if p.strip(" \t*_-")]
    # mend51: nor does a denial right after a quotation, whose "all this" is the quoted reflex (« Réflexe : "…
    # donc 2 sœurs". Tout ça est faux : … »); fix85's other source is read after a quotation too
    if not any(
        (_WHOLE_DENIED.search(p) and not before.rstrip(" \t.!?…").endswith(_QUOTE_ENDS))
        or _OTHER_SOURCE.search(p)
        for before, p in zip(pieces, pieces[1:], strict=False)
        if not p.rstrip(" \t*_»\"')").endswith("?")
    ):
        return False
    from workshop.prompts.evaluate import supposes  # evaluate reads turns' neighbours: imported late

    return not supposes(fold(text))  # round 22a: after a supposition, the fiction's other branch


_SENTENCE_END = re.compile(r"(?<=[.!?…])[ \t]++|\n")


def taken_back(text: str) -> bool:
    """Whether the answer's last sentence takes it all back (``_TAKEN_BACK``), or its closing
    edit or postscript does (``_POSTSCRIPT``)."""
    return _ends_taken_back(text.rstrip()) or _postscript_takes_back(text)


# Fix73 (round 73): a closing edit or postscript that takes the answer back in part or whole. The last
# line that opens on an edit's label ("Edit:", "Update:", « Mise à jour : », « Modif : ») or a
# postscript's ("P.S.", "PS:") and what follows it, to the end: it retracts the whole answer ("Edit:
# scratch all that, …", "P.S. forget everything above", « je retire tout », "I am not sure of any of
# these facts"), or, an edit, amends it with an order ("Edit: on second thought, drop the live demo
# (4)", « Modif : supprime la partie 3 », "Update: replace part 2 with …"): the text above is then
# not the answer, and no answer check pays, as for a last sentence that takes it back. An edit that
# says what it did ("Edit: fixed a typo", "added the Q&A") or adds a remark, and a postscript that
# advises ("P.S. Add your own examples"), take nothing back.
_POSTSCRIPT = re.compile(
    r"^[ \t*_>#-]*+(?:(?P<edit>edit|edited|update|updated|mise a jour|modif|modification)(?:[ \t]*+\d{1,2})?"
    r"[ \t*_]*+(?::|-|—|–)|p\.?[ \t]?s(?:\.[ \t*_]*+[:—–-]?|[ \t*_]*+[:—–-]|(?=[ \t])))",
    re.M,
)
# Session 49 (the lead): "that"/"this" is the whole only at its clause's end ("scratch that.", "forget all
# this, …"); before a noun or a clause it is a part or a remark ("drop this demo if you are short on time",
# "Don't forget that the audience may be beginners", "ignore that slide if the projector fails"), and a
# denied verb takes nothing back.
_ALL_BACK = re.compile(
    r"(?<![\w'-])(?<!don't )(?<!do not )(?<!never )(?:(?:scratch|forget|ignore|disregard|drop)[ \t]++"
    r"(?:all[ \t]++(?:of[ \t]++)?)?"
    r"(?:(?:that|this)(?=[ \t]*+(?:[.,;:!)]|$|(?:above|too|as[ \t]++well)(?![\w'-])))|the above"
    r"|everything(?:[ \t]++above)?|what i (?:just )?(?:said|wrote))|"
    r"(?:oublie[sz]?|ignore[sz]?)[ \t]++(?:tout[ \t]++)?(?:ca|cela|ce qui precede|ce que j'ai (?:dit|ecrit))|"
    r"je retire (?:tout|ce que j'ai (?:dit|ecrit))|"
    r"ne (?:tiens|tenez) pas compte de (?:tout )?(?:ca|cela|ce qui precede)|"
    r"(?:not|pas) (?:sure|certain|sur|sure) (?:of|about|de) (?:any|all|aucun|aucune|rien)|"
    r"je ne suis sure? de rien|none of (?:this|these|it|the above) is (?:right|correct|reliable|true|sure))"
)
_AMENDS = re.compile(  # lookbehind: read from a line's start only (linear; it is matched at the edit's text)
    r"(?<![^\n])[ \t*_]*+(?:(?:on second thought|on reflection|actually|en fait|finalement|reflexion faite|"
    r"tout compte fait|wait|oops|oups|sorry|desole|also|aussi|please)(?![\w'-])[ \t,;:!.-]*+"
    # "no"/« non » as a filler only before a mark ("Edit: no, drop the demo"), not "no change to …"
    r"|(?:non|no)[ \t]*+[,;:!.-][ \t,;:!.-]*+)*+"
    r"(?:drop|remove|delete|cut|skip|replace|swap|change|move|merge|split|shorten|lengthen|add|insert|rename|"
    r"supprime[rz]?|enleve[rz]?|retire[rz]?|remplace[rz]?|coupe[rz]?|deplace[rz]?|ajoute[rz]?|change[rz]?|"
    r"saute[rz]?|fusionne[rz]?|raccourcis|raccourcissez)(?![\w'-])"
)


def _postscript_takes_back(text: str) -> bool:
    """Whether the answer's closing edit or postscript takes it back (see _POSTSCRIPT)."""
    folded = fold(text.rstrip())
    found = None
    for last in _POSTSCRIPT.finditer(folded, max(0, len(folded) - 600)):
        found = last
    if found is None or not folded[: found.start()].strip():
        return False
    rest = folded[found.end() :]
    return bool(_ALL_BACK.search(rest)) or bool(found.group("edit") and _AMENDS.match(rest))


# A prompt that cancels its own request (round 14): "Oublie cette consigne : fais plutôt...",
# "Ignore the above and...". What it cancels is no request any more: the prompt is read from
# the last cancellation on (its data and rubric points included; the dictation readers still
# read it whole). Not a negated one ("N'oublie pas cette consigne", "don't ignore the above").
_CANCEL = re.compile(
    r"(?i)(?<![\w'’])(?<!n')(?<!n’)(?<!ne )(?<!pas )(?<!not )(?<!don't )(?<!don’t )(?<!never )"
    r"(?:oublie|oubliez|ignore|ignorez|annule|annulez|laisse tomber|laissez tomber|efface|effacez|"
    r"ne tiens pas compte de|ne tenez pas compte de|fais abstraction de|faites abstraction de|"
    r"forget|disregard|scrap|cancel|drop)"
    r"[ \t]{1,3}(?:tout[ \t]{1,3})?"
    r"(?:cette consigne|ces consignes|la consigne|les consignes|ma consigne|mes consignes|cette demande|"
    r"ma demande|la demande|tout [cç]a|tout cela|ce qui pr[ée]c[èe]de|ce qui est au-dessus|"
    r"ce que je viens de (?:dire|demander|[ée]crire)|les instructions pr[ée]c[ée]dentes|"
    r"(?:all |everything )?(?:of )?the above|everything above|(?:all )?(?:the )?previous instructions?|"
    r"(?:all )?(?:the )?prior instructions?|this instruction|these instructions|that request|my request|"
    r"what i (?:just )?(?:said|asked|wrote))(?![\w-])"
)


# Told not to read the data ("Tu n'as pas besoin de les lire", "inutile de lire le texte",
# "no need to read them", "don't read the reviews"): what comes before is no data asked.
# A bare « ne regarde pas » (no pronoun) said of the answer's page or as "don't peek" is no such thing
# (session 40, known43: « La réponse est à la page 12, mais ne regarde pas. »), at its sentence's or its
# line's end (re.M, session 41).
# Session 52 (fix86, round 86): the restrictive « ne … que » (« Ne regarde ma version qu'à
# la fin », « ne lis la
# correction qu'après ») says when to look, not to leave anything unread.
_ONLY_THEN = r"(?:(?!\b(?:pas|plus|jamais)\b)[^.!?\n]){0,60}?\bqu(?:e\b|[’'])"  # no "pas" before the "que"
_UNREAD = re.compile(
    r"(?im)\b(?:(?:tu )?n[’']as pas besoin de|vous n[’']avez pas besoin de|pas besoin de|inutile de)"
    r"[ \t]{0,3}(?:les |le |la |l[’'])?(?:lire|lis|lisez|regarder|regarde)\b|"
    rf"\b(?:ne|n[’'])[ \t]{{0,3}}(?:les |le |la |l[’'])(?:lire|lis|lisez|regarder|regarde)\b(?!{_ONLY_THEN})|"
    rf"\b(?:ne|n[’'])[ \t]{{0,3}}(?:lire|lis|lisez|regarder|regarde)\b(?!{_ONLY_THEN})"
    r"(?![ \t]*+(?:pas|plus)\b[ \t]*+(?:[.!,;)]|$|"
    r"(?:la |le |les |l[’'])?(?:pages?|solutions?|r[ée]ponses?|corrig|correction|fin\b|r[ée]sultats?)|"
    # round 87: told not to look elsewhere (« ne regarde pas ailleurs », « … sur internet », « … d'autres
    # traductions »): the data is what to read
    r"ailleurs|autre part|sur (?:internet|le web|google|deepl)|en ligne|d[’']autres? |"
    r"(?:une |l[’'])autre |deepl|google|chatgpt|les autres ))|"
    r"\b(?:no need to|you don[’']t need to|you do not need to|don[’']t|do not)[ \t]{1,3}(?:even[ \t]{1,3})?"
    r"(?:read|look at)[ \t]{1,3}(?:them|it|the above|the reviews|the text|those)\b"
)


# An instruction taken back in the next sentence (round 15b: "Réponds en JSON ... Ah non, en
# fait, pas de JSON : écris plutôt un paragraphe", "Non, finalement, pas de liste", "Scratch
# that, no JSON"): the sentence before the retraction asks nothing any more, whatever rubric
# request it made, and neither does the retraction's own sentence (what it puts instead, "un
# petit paragraphe", is the request undone, not a format). The retraction opens a sentence
# and goes on with a refusal or a replacement ("pas de", "plutôt", "juste", "instead"); the
# rest of the prompt stands. Only the rubric checks read the prompt so (grade.py). Round 32:
# "oublie ça", "laisse tomber", "forget that" retract as well, and "…" ends a sentence.
_RETRACTION = re.compile(
    r"(?i)(?:(?:ah|oh|euh|hum|hmm|bon)[ \t]*+[,!]?[ \t]*+)?(?:"
    r"non[ \t]*+[,!.]?[ \t]*+(?:en fait|finalement|tout compte fait|r[ée]flexion faite|attends|"
    r"je me reprends|je me suis tromp[ée]e?)|(?:en fait|finalement|tout compte fait|r[ée]flexion faite)"
    r"[ \t]*+,?[ \t]*+non|scratch that|strike that|wait[ \t]*+,?[ \t]*+no|no[ \t]*+,?[ \t]*+wait|"
    r"actually[ \t]*+,?[ \t]*+no|on second thought|never[ \t]?mind|je me reprends|i take (?:that|it) back|"
    r"je retire (?:[cç]a|cela|cette demande|ce que je viens de (?:dire|demander|[ée]crire))|"
    # round 32: "… non, oublie ça : donne-moi seulement la réponse", "forget that, just answer"
    r"(?:non[ \t]*+[,!.]?[ \t]*+)?(?:(?:oublie|oubliez|ignore|ignorez|annule|annulez)[ \t]++"
    r"(?:[cç]a|cela|ce que je viens de (?:dire|demander|[ée]crire))|laisse tomber|laissez tomber)|"
    r"(?:no[ \t]*+,?[ \t]*+)?(?:forget|ignore|disregard|cancel|drop)[ \t]++"
    r"(?:that|it|what i (?:just )?(?:said|asked|wrote)))"
    r"(?![\w'’])"
    r"(?=[^.!?\n]*?(?<![\w'’])(?:pas|sans|plut[ôo]t|juste|seulement|instead|rather|no|not|just|only|"
    r"directement|directly)(?![\w'’]))"
)
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")


@text_cache(maxsize=1024)
def retracted(prompt: str) -> str:
    """``prompt`` with each sentence taken back by the next one, and that one, blanked
    (:data:`_RETRACTION`)."""
    out = prompt
    for match in _RETRACTION.finditer(prompt):
        before = prompt[: match.start()]
        if before.strip() and not re.search(r"[.!?:;\n…—–]\W*$", before):
            continue  # the retraction opens a sentence
        ends = [m.end() for m in _SENTENCE_END.finditer(prompt, 0, max(0, len(before.rstrip()) - 1))]
        start = ends[-1] if ends else 0
        after = _SENTENCE_END.search(prompt, match.end())
        end = after.end() if after else len(prompt)
        out = out[:start] + re.sub(r"\S", " ", out[start:end]) + out[end:]
    return out


def asked(prompt: str) -> str:
    """What ``prompt`` still asks: the text after its last self-cancellation (or a sentence
    that tells the model not to read what precedes), or all of it."""
    ends = [m.end() for m in _CANCEL.finditer(prompt)] + [m.end() for m in _UNREAD.finditer(prompt)]
    return prompt[max(ends) :] if ends else prompt


# Told to copy an answer given elsewhere (round 14: "réponds exactement ce que le modèle
# précédent a répondu dans notre autre conversation", "recopie le JSON que tu m'as donné dans
# l'autre conversation", "repeat what you answered last time"): the model is not asked to
# work, the answer comes from somewhere the grader cannot see; folded text.
_COPY_VERB = (
    r"(?:recopie|recopiez|copie|copiez|repete|repetez|reprends|reprenez|redonne|redonnez|reecris|"
    r"reproduis|renvoie|reponds exactement|repondez exactement|donne exactement|copy|repeat|reuse|"
    r"paste|give me again|answer exactly|reproduce)"
)
_ELSEWHERE = (
    r"(?:autre conversation|autre discussion|autre session|autre chat|conversation precedente|"
    r"modele precedent|precedent modele|session precedente|tout a l'heure|la derniere fois|hier|"
    r"other conversation|other chat|previous conversation|previous chat|previous model|previous session|"
    r"last time|earlier today|yesterday)"
)
_COPY_ELSEWHERE = re.compile(rf"\b{_COPY_VERB}\b[^.!?\n]{{0,160}}?\b{_ELSEWHERE}\b")


# The copy verb as a past participle after a subject of its own (session 36, round 36's fair
# r36f-riddle-typo-corrected-brothers: "j'avais mal recopié l'énoncé hier"): what the student did,
# a typo explained, no order to the model.
_DONE_BEFORE = re.compile(
    r"(?:\bj'(?:ai|avais|aurais)|\bje l'(?:ai|avais)|\bnous (?:avons|avions)|\bon (?:a|avait)|\bil a|"
    r"\belle a|\btu (?:as|avais)|\bi (?:have|had)|\bi've|\bi'd)\s++(?:(?:mal|deja|bien|mis|tout|juste|"
    r"badly|already|just|wrongly)\s++)?$"
)


# The copy verb written as a past participle, its accent kept (round 101's fair
# r101f-riddle-fr-titre-conversation-neutre: « (copié depuis la barre latérale, Hier : « Énigme Caroline —
# à refaire ») »): where the student's text comes from, no order to the model; folding makes « copié » the
# imperative « copie », so the participle is read on the text before folding.
_PARTICIPLE = re.compile(r"(?<![\w'-])(?:re)?(?:copi|coll)(?:é|É)(?:e|E)?(?:s|S)?(?![\w'-])", re.I)


def copies_elsewhere(folded: str, raw: str | None = None) -> bool:
    """Whether the (folded) prompt tells the model to copy an answer given elsewhere; given ``raw``, the
    unfolded prompt ``folded`` was read from, its copy verbs written as past participles are no orders
    (the order must still be read in ``raw`` once they are taken away)."""
    if raw is not None and _PARTICIPLE.search(raw) and not _copy_order(fold(_PARTICIPLE.sub(" ", raw))):
        return False
    return _copy_order(folded)


def _copy_order(folded: str) -> bool:
    return any(
        not _DONE_BEFORE.search(folded[max(0, m.start() - 30) : m.start()])
        for m in _COPY_ELSEWHERE.finditer(folded[:100_000])
    )
