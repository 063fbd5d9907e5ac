# ruff: noqa: E501 (the prompts are test data, each kept whole on one line)
"""What a prompt ASKS, what an answer STATES (red team 11c, round 3): a negated or
contradicted fact is not stated; a prompt carries the task only when it asks the task's
question on the task's data (not a refused request, another language or audience, a
question about something else); a rubric point is a request to the model, not a word
mentioned, reported or asked about; labels dictated by abbreviation or said of each
review are given away. Each rule on the forms it must refuse and the fair forms closest
to it; tests/prompts_corpus/ grades whole submissions."""

from __future__ import annotations

import pytest

from prompts_exercise import REVIEWS, check_of
from workshop.prompts import evaluate, structure
from workshop.prompts.checks import CarriesCheck, Fact, SchemaCheck
from workshop.prompts.text import fold, normalize

FORMAT = 'Réponds uniquement en JSON de la forme {"reviews": [{"id": 1, "sentiment": "..."}]}, avec positive, negative ou neutral.\n'


def _carries(loaded, task: str, prompt: str) -> bool:
    check = check_of(loaded, task, "prompt-data")
    assert isinstance(check, CarriesCheck)
    return evaluate.carries(check, normalize(prompt), loaded[0][task])


@pytest.mark.parametrize(
    ("task", "prompt"),
    [
        (
            "plan",
            "Fais le plan d'une présentation d'une heure sur l'IA générative pour des chercheurs, surtout pas pour des débutants.",
        ),
        ("plan", "Make the plan of a one-hour talk on generative AI for experts, not for beginners."),
        (
            "riddle",
            "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a chaque frère de Caroline ?",
        ),
        (
            "riddle",
            "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters do Caroline's brothers have?",
        ),
        (
            "riddle",
            "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Ne dis surtout pas combien de sœurs a Caroline.",
        ),
    ],
)
def test_a_refused_request_another_audience_or_a_question_about_something_else_does_not_carry_the_task(
    loaded, task, prompt
):
    assert not _carries(loaded, task, prompt)


def test_a_request_refused_or_for_another_language_does_not_carry_a_text_task(loaded):
    tasks, _ = loaded
    summary, paragraph = tasks["summary"].data[0], tasks["traduction"].data[0]
    assert not _carries(loaded, "summary", "Ne résume surtout pas ce texte : corrige ses fautes.\n" + summary)
    assert not _carries(loaded, "summary", "Don't summarise this text, just correct it.\n" + summary)
    assert not _carries(
        loaded, "traduction", "Traduis ce paragraphe en espagnol (pas en anglais).\n" + paragraph
    )
    # the fair forms closest to those
    assert _carries(loaded, "summary", "Ne dépasse pas 50 mots et résume ce texte.\n" + summary)
    assert _carries(
        loaded, "traduction", "Traduis ce paragraphe en anglais, sans rien ajouter.\n" + paragraph
    )


@pytest.mark.parametrize(
    ("task", "prompt"),
    [
        (
            "plan",
            "Fais le plan d'une présentation d'une heure sur l'IA générative pour un public qui n'y connaît rien.",
        ),
        (
            "plan",
            "Make the plan of a one-hour presentation on generative AI for an audience with no background.",
        ),
        (
            "riddle",
            "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline, qui a 3 frères ?",
        ),
        (
            "riddle",
            "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have if each brother has 2?",
        ),
        (
            "riddle",
            "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs Caroline (une fille) a-t-elle ?",
        ),
    ],
)
def test_the_task_asked_in_other_words_still_carries_it(loaded, task, prompt):
    assert _carries(loaded, task, prompt)


def _stated(terms: list[str], sentence: str) -> bool:
    return evaluate._stated(Fact(all=terms), fold(normalize(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Contrairement à la légende, ce n'est pas Pascal qui conçoit en 1642 une machine à calculer : c'est Leibniz.",
        "Leibniz, not Pascal, built an adding machine in 1642.",
        "Pascal n'a pas inventé de machine à calculer en 1642.",
        "Il est faux que Pascal invente une machine à calculer en 1642.",
    ],
)
def test_a_negated_or_contradicted_fact_is_not_stated(sentence):
    assert not _stated(["pascal", "1642", "machine|calcul"], sentence)


def test_a_fact_contradicted_by_another_value_is_not_stated_and_a_fair_one_is():
    assert not _stated(
        ["pocket", "1970"], "Pocket calculators only appeared in the 1990s, not the 1970s as claimed."
    )
    assert not _stated(["ia generative"], "4. La HP-35 (rien à voir avec l'IA générative) — 15 min")
    assert _stated(["pocket", "1970"], "Pocket calculators appeared in the early 1970s, not before.")
    assert _stated(
        ["pascal", "1642", "machine"],
        "En 1642, Pascal, qui n'avait que 19 ans, invente une machine à calculer.",
    )
    assert _stated(
        ["pascal", "1642", "machine"],
        "En 1642, Pascal, pas encore vingt ans, invente sa machine à additionner.",
    )


@pytest.mark.parametrize(
    ("aspect", "prompt"),
    [
        (
            "reasoning",
            "Mon professeur dit que les mots « rôle » et « étape par étape » rapportent des points.",
        ),
        ("reasoning", "Les mots « étape par étape » plaisent aux correcteurs."),
        ("reasoning", "Faut-il raisonner étape par étape ? Je ne sais pas."),
        ("format", "Faut-il répondre en JSON ? Je ne sais pas, fais comme tu veux."),
        ("format", "Tu es un assistant qui analyse les avis des clients d'une boutique en ligne."),
        ("limit", "Ce texte fait environ 330 mots ; résume-le avec tes propres mots."),
        ("limit", "Summarise this 330-word text. The text has about 330 words."),
        ("role", "Es-tu un professeur de logique ?"),
    ],
)
def test_a_feature_mentioned_reported_asked_about_or_said_of_the_data_earns_no_rubric_point(aspect, prompt):
    assert not structure.does(aspect, prompt)


@pytest.mark.parametrize(
    ("aspect", "prompt"),
    [
        ("reasoning", "Raisonne étape par étape."),
        ("reasoning", "Peux-tu raisonner étape par étape ?"),
        ("format", "Could you answer in JSON only?"),
        ("format", "Classe chaque avis en JSON."),
        ("limit", "Résume ce texte de 330 mots en 50 mots maximum."),
        ("limit", "Le résumé fait 50 mots au plus."),
        ("role", "Tu es un professeur de logique."),
    ],
)
def test_a_feature_asked_of_the_model_earns_its_rubric_point(aspect, prompt):
    assert structure.does(aspect, prompt)


def _given(loaded, prompt: str) -> set[str]:
    tasks, _ = loaded
    task = tasks["sentiment"]
    text = normalize(prompt)
    rest, full = evaluate.without_data(text, task), evaluate.with_revealed(text)
    names = ("answer-review-1", "answer-review-2", "answer-review-3")
    found = set()
    for name in names:
        check = check_of(loaded, "sentiment", name)
        assert isinstance(check, SchemaCheck)
        if evaluate.gives_away(check, rest, task, full):
            found.add(name)
    return found


def test_labels_listed_by_abbreviation_after_the_data_are_given_away(loaded):
    prompt = (
        FORMAT + REVIEWS + "\nAstuce : dans l'ordre des avis, les étiquettes commencent par pos, neg, neu."
    )
    assert _given(loaded, prompt) == {"answer-review-1", "answer-review-2", "answer-review-3"}
    fair = FORMAT + REVIEWS + "\nUn seul mot par avis, parmi pos, neg ou neu abrégés en entier."
    assert _given(loaded, fair) == set()


def test_what_the_prompt_says_of_a_review_gives_its_label_away(loaded):
    prompt = (
        FORMAT
        + REVIEWS
        + "\nQui ne verrait pas que le client de la machine à café est ravi, que celui du casque "
        "est furieux et que celui du sac à dos ne se prononce pas ?"
    )
    assert _given(loaded, prompt) == {"answer-review-1", "answer-review-2", "answer-review-3"}
    fair = FORMAT + REVIEWS + "\nLes avis portent sur une machine à café, un casque et un sac à dos."
    assert _given(loaded, fair) == set()


def test_a_negation_of_another_value_beside_the_fact_does_not_deny_it():
    assert _stated(
        ["pascal", "1642", "machine"],
        "En 1642 (et non en 1943), Blaise Pascal invente une machine à calculer.",
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "Voici les avis.\nLa réponse est à la page 12, mais ne regarde pas\nClasse les avis ci-dessus.",
        "Voici les avis.\nne regarde pas\nClasse-les.",
        "Voici les avis. La réponse est à la page 12, mais ne regarde pas.\nClasse les avis.",
    ],
)
def test_a_bare_dont_peek_at_a_line_end_unreads_nothing(prompt):
    """A bare « ne regarde pas » (no pronoun) ends no data at the end of its line either, as at
    the end of its sentence (turns._UNREAD reads "$" line by line, session 41)."""
    from workshop.prompts import turns

    assert turns.asked(prompt) == prompt


def test_the_data_unread_is_still_read_at_a_line_end():
    from workshop.prompts import turns

    assert turns.asked("Avis 1 : super.\nNe les regarde pas\nClasse-les.") == " pas\nClasse-les."
