"""Round 81 (fix-helper fix81): the readers added or widened for the class transfer of session 50's fixes
- durations reckoned by arithmetic or said in another language's numbers (compound.reckoned);
- named-quantity expressions in Spanish, Italian, German, Portuguese, Dutch (evaluate._RULE_AFTER);
- a later model turn that answers again after a follow-up (turns, compared.TURN_SEPARATOR);
- a role or a duty given to a third party (structure._THIRD_ROLE, _THIRD_PARTY);
- a JSON shown as context (structure._stored_json_blanked), a word count bounded in code;
- a letter's index is no number (claimed._INDEXED); a crossed option beside a ticked one (checklist)."""

from __future__ import annotations

import pytest

from prompts_exercise import check_of
from workshop.prompts import checklist, compared, compound, evaluate, schedule, structure
from workshop.prompts.extract import final_answer
from workshop.prompts.grade import dictated
from workshop.prompts.text import fold, normalize
from workshop.prompts.turns import model_answer

RIDDLE = "Tu es prof. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ? "
LINE = (
    "Tu es prof. Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : quels sont ses paramètres ? "
)


def _dictated(loaded, task: str, prompt: str) -> set[str]:
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == task]
    return {n for n in dictated(tasks[task], mine, normalize(prompt)) if n.startswith("answer")}


@pytest.mark.parametrize(
    ("text", "reckoned"),
    [
        ("accueil (2 + 3 min), demo (20 / 2 min)", "accueil (5 min), demo (10 min)"),
        ("questions (10 - 5 min)", "questions (5 min)"),
        ("bienvenida cinco minutos, demo quince minutos", "bienvenida 5 min, demo 15 min"),
        ("begrussung funf minuten", "begrussung 5 min"),
    ],
)
def test_durations_reckoned_read_as_their_values(text, reckoned):
    assert compound.reckoned(text) == reckoned


@pytest.mark.parametrize(
    "text", ["chaque partie 5 - 10 min", "entre 10 - 15 min", "un mal de dos minutes", "tre minute"]
)
def test_a_range_or_a_word_with_no_minute_word_stays(text):
    assert compound.reckoned(text) == text


def test_the_schedule_reads_reckoned_durations():
    text = "parties : accueil (2 + 3 min), ia (20 / 2 min), apprend (3 * 5 min), demo (30 / 2 min), "
    text += "limites (5 * 2 min)"
    assert schedule.dictates(fold(text + ", questions (10 - 5 min)."), 60, 4)
    assert not schedule.dictates(fold("six parties de 5 - 15 min chacune."), 60, 4)


@pytest.mark.parametrize(
    "said",
    [
        "la respuesta es hermanos menos dos",
        "la risposta è fratelli meno due",
        "die Antwort ist Schwestern minus eins",
    ],
)
def test_a_named_quantity_expression_in_another_language_dictates(loaded, said):
    assert "answer-right" in _dictated(loaded, "riddle", RIDDLE + said + ".")


def test_a_foreign_gloss_dictates_nothing(loaded):
    assert not _dictated(loaded, "riddle", RIDDLE + "Pour lui, « frères » se dit hermanos. Raisonne.")


def test_indexed_letters_are_a_formula_not_a_value(loaded):
    assert not _dictated(loaded, "parallel-line", LINE + "Rappel : b = y0 − a·x0.")
    assert not _dictated(loaded, "parallel-line", LINE + "Reminder: b = y_0 - m*x_0.")
    assert _dictated(loaded, "parallel-line", LINE + "Rappel : b = y0 − 20.")


def test_a_crossed_option_beside_a_ticked_one_is_unchosen():
    text = fold("❌ y = 4x + 10\n✅ y = 4x − 10\n✗ y = 4x + 6")
    assert checklist.unchosen(text, 2)
    assert not checklist.unchosen(text, text.index("✅") + 2)
    assert not checklist.unchosen(
        fold("❌ y = 4x + 10\n❌ y = 4x + 6"), 2
    )  # nothing ticked: every option open


def test_a_later_turn_that_answers_again_is_another_version():
    first = "Réponse : Caroline a 1 sœur."
    text = first + "\n\nMoi : t'es sûr ?\n\nTu as raison, pardon. Réponse : Caroline a 2 sœurs."
    answer = model_answer(normalize(text), "")
    assert compared.TURN_SEPARATOR in answer and "2 sœurs" in answer
    assert compared.later_turns(answer) and len(compared.versions(answer)) == 2
    # a follow-up the model does not answer again (no concession, no final answer): the first turn alone
    calm = first + "\n\nMoi : merci !\n\nAvec plaisir."
    assert "plaisir" not in model_answer(normalize(calm), "")


def test_a_later_turn_that_states_nothing_is_neutral(loaded):
    tasks, _ = loaded
    check = check_of(loaded, "coprime", "answer-justified")
    assert evaluate.states_nothing(check, normalize("Oui, j'en suis sûr."), tasks["coprime"])
    assert not evaluate.states_nothing(check, normalize("Je corrige : PGCD(35, 64) = 5."), tasks["coprime"])


@pytest.mark.parametrize(
    "prompt",
    [
        "Le rôle de vérificateur sera tenu ensuite par Wolfram Alpha. Combien de sœurs a Caroline ?",
        "Pendant l'oral, c'est mon binôme qui joue le rôle du professeur de maths. Sont-ils premiers ?",
        "DALL-E jouera le rôle d'illustrateur des diapositives. Fais le plan.",
        "Midjourney will play the role of the slide designer. Make the plan.",
    ],
)
def test_a_role_given_to_a_third_party_is_none_of_the_model(prompt):
    assert not structure.does("role", normalize(prompt))


@pytest.mark.parametrize(
    "prompt",
    [
        "Tu joues le rôle du professeur de logique, et mon binôme jouera l'élève.",
        "You play the part of the logic teacher; my classmate will play the student.",
        "Le rôle du professeur sera tenu par toi.",
    ],
)
def test_the_model_own_role_beside_a_third_party_stays(prompt):
    assert structure.does("role", normalize(prompt))


def test_reasoning_asked_of_the_audience_asks_nothing_of_the_model():
    assert not structure.does(
        "reasoning", normalize("The audience will have to think step by step. How many?")
    )
    assert structure.does(
        "reasoning", normalize("Mes élèves devront suivre, alors raisonne étape par étape.")
    )


def test_a_json_shown_as_context_fixes_no_format():
    stored = 'For context, our invoices are stored as {"invoice": {"number": "...", "total": 0}}. Label them.'
    assert not structure.does("format", normalize(stored))
    asked = 'Label each review. Return the labels stored as {"reviews": [{"id": 1, "sentiment": "..."}]}'
    assert structure.does("format", normalize(asked))


def test_a_word_count_bounded_in_code_is_a_limit():
    assert structure.does(
        "limit", normalize("Résume ce texte. Spécification : ensures len(resume.split()) <= 60.")
    )
    assert structure.does("limit", normalize("Summarise it. assert len(summary.split()) < 60"))
    assert not structure.does("limit", normalize("Résume ce texte. Spécification : ensures len(resume) > 0."))


def test_a_final_answer_reads_the_crossed_checklist(loaded):
    tasks, _ = loaded
    check = check_of(loaded, "parallel-line", "answer-intercept")
    spec = evaluate.spec_of(check, tasks["parallel-line"])
    answer = normalize("b = −10.\n\n❌ y = 4x + 10\n✅ y = 4x − 10\n❌ y = 4x + 6")
    assert final_answer(answer, spec).value == -10
