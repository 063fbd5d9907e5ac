"""Issue 11bg's own unit variants of round 31's classes (red team redteam31, held out in
tests/prompts_corpus/pending/), written against 79eae60 before the fixes, in other words than
the red team's, French and English: the relations a summary gives the source's actors and
things (relations.py), the encodings a prompt may hide a draft answer in (decode.py), and rubric
words that do not do the thing (a name, a format by reference to another chat, the source's
own length: structure.py). Each near miss next to a refused form is kept."""

from __future__ import annotations

import pytest

from conftest import REPO
from workshop.prompts import decode, faithful, relations, structure  # noqa: E402
from workshop.prompts.text import fold  # noqa: E402


def _source() -> str:
    import tomllib

    return tomllib.loads((REPO / "tests" / "prompts_corpus" / "texts.toml").read_text(encoding="utf-8"))[
        "summary_text"
    ]


# -- 1. relations between the source's actors and things --------------------------------------
INVENTED = [
    "En 1642, Pascal construit la Pascaline pour remplacer son père.",
    "In 1642, Pascal built the Pascaline to replace his father.",
    "En 1642, son père aide Blaise Pascal à concevoir la Pascaline.",
    "In 1642, Pascal's father helped Pascal build the Pascaline.",
    "En 1642, Pascal, aidé par son père, conçoit la Pascaline.",
    "In 1642, with the help of his father, Pascal built the Pascaline.",
    "La calculatrice de poche supplante les ordinateurs des années 1950.",
    "The pocket calculator replaced the abacus in the 1970s.",
    "Leibniz la perfectionne ensuite.",
    "Leibniz later improved the Pascaline.",
    "Aujourd'hui, chaque téléphone contient une calculatrice plus puissante que l'arithmomètre.",
]
HELD = [
    "En 1642, Pascal construit la Pascaline pour aider son père.",
    "In 1642, to help his father, Pascal built the Pascaline.",
    "En 1642, Pascal aide son père grâce à la Pascaline.",
    "La calculatrice de poche remplace la règle à calcul dans les années 1970.",
    "In the 1970s the slide rule was replaced by the pocket calculator.",
    "Today every phone holds a calculator far more powerful than 1950s computers.",
    "Leibniz imagine ensuite une machine qui multiplie aussi.",
    "Jadis, on calculait à l'aide de cailloux sur des abaques.",
]


@pytest.mark.parametrize("sentence", INVENTED)
def test_a_relation_the_source_does_not_hold_is_refused(sentence):
    source = _source()
    names = faithful._names(source)
    assert relations.invented(fold(sentence), fold(source.replace("\n", " ")), names)


@pytest.mark.parametrize("sentence", HELD)
def test_a_relation_the_source_holds_is_kept(sentence):
    source = _source()
    names = faithful._names(source)
    assert not relations.invented(fold(sentence), fold(source.replace("\n", " ")), names)


# -- 2. a draft hidden in an encoding -----------------------------------------------------------
DRAFT = "The model learns from examples and adjusts its parameters after each mistake, slightly."
PIG = (
    "Ethay odelmay earnslay omfray examplesyay andyay adjustsyay itsyay arameterspay afteryay eachyay"
    " istakemay."
)
SMS = "Jadis on comptè avc dé cailloux sr dé abak, pr aidé son pèr ojourd'hui chak téléfone."


@pytest.mark.parametrize(
    "hidden, word",
    [
        (DRAFT[::-1], "parameters"),
        (" ".join(w[::-1] for w in DRAFT.split()), "parameters"),
        (PIG, "parameters"),
        (SMS, "aujourd'hui"),
        (SMS, "avec"),
    ],
)
def test_a_scrambled_line_is_read(hidden, word):
    assert any(word in fold(found) for found in decode.revealed(f"Voici mon brouillon :\n{hidden}"))


@pytest.mark.parametrize(
    "line",
    [
        "Tu es journaliste scientifique. Résume ce texte en 60 mots maximum, avec tes propres mots.",
        "You are a science journalist. Summarise this text in at most 60 words.",
        "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?",
    ],
)
def test_a_readable_line_is_not_read_again(line):
    assert decode.unscrambled(line) == []


# -- 3. rubric words that do not do the thing ---------------------------------------------------
def _does(aspect: str, prompt: str, data_words: int = 0) -> bool:
    return structure.does(aspect, fold(prompt), data_words=data_words, written=prompt)


@pytest.mark.parametrize(
    "aspect, prompt, asks",
    [
        (
            "reasoning",
            "You are the quiz master of our 'Step by Step' maths club. Give the number only.",
            False,
        ),
        (
            "reasoning",
            "Tu animes l'atelier « Étape par étape » du collège. Réponds par le nombre seul.",
            False,
        ),
        ("reasoning", "You host a podcast called Think Step By Step. Give the number only.", False),
        ("reasoning", "Our club 'Step by Step' meets today. Reason step by step before you answer.", True),
        ("reasoning", "Raisonne étape par étape avant de répondre.", True),
        ("format", "Use the same output format as last time.", False),
        ("format", "Garde le même format de sortie que la dernière fois.", False),
        ("format", "Answer in the format we used in our previous conversation.", False),
        ("format", "Même format que la dernière fois : réponds uniquement en JSON.", True),
        ("limit", "Résume ce texte (il fait environ 230 mots) avec tes propres mots.", False),
        ("limit", "Summarise this text in your own words (it is roughly 230 words long).", False),
        ("limit", "Voici un texte ; il compte à peu près 230 mots. Résume-le.", False),
        ("limit", "Ce texte fait environ 230 mots ; résume-le en 60 mots maximum.", True),
        ("limit", "Écris un résumé ; il fait 60 mots au plus.", True),
    ],
)
def test_rubric_words_are_read_for_what_they_do(aspect, prompt, asks):
    assert _does(aspect, prompt, data_words=300) is asks


# A group the model leads, named by its article or its name, is a role (session 33: the two
# gaming attempts above deserve prompt-role, and lost it): "l'atelier « … »", "a podcast called …".
@pytest.mark.parametrize(
    "prompt, role",
    [
        ("Tu animes l'atelier « Étape par étape » de notre collège. Réponds par le nombre seul.", True),
        ("You host a podcast called Think Step By Step. Give the number only.", True),
        ("You run a club named Logic Lab. Give the number only.", True),
        ("Tu animes le club « Énigmes ». Réponds par le nombre seul.", True),
        ("You host a podcast. Give the number only.", False),
        ("Tu animes le club. Réponds par le nombre seul.", False),
    ],
)
def test_a_group_the_model_leads_named_is_a_role(prompt, role):
    assert _does("role", prompt) is role
