"""What of a text answer a prompt hands over in part (src/workshop/prompts/handed.py, fix-helper
fix64, round 64): a clause of the answer word for word, and a summary's selection as an outline.
The readers alone, then whole attempts graded in transcript mode (tests/prompts_corpus/corpus.py)."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

from workshop.prompts import evaluate, grade, handed  # noqa: E402
from workshop.prompts.checks import FactsCheck  # noqa: E402
from workshop.prompts.text import fold, words  # noqa: E402

TRAD = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands "
    "of labelled "
    'photos, for example "chihuahua" or "muffin". With each mistake, the model slightly adjusts its '
    "parameters, "
    "that is, the numbers that determine its answers. A large language model has billions of them. "
    "Once trained, "
    "it can recognise images it has never seen, but it can also be wrong with great confidence."
)
SUMMARY = (
    "Pour compter plus vite, on a d'abord déplacé des cailloux sur des abaques. En 1642, le jeune "
    "Pascal conçoit "
    "la Pascaline pour épauler son père percepteur. Au XIXe siècle, l'arithmomètre est produit en série. "
    "L'électronique change tout : dès les années 1970, la calculatrice de poche détrône la règle à "
    "calcul, et "
    "aujourd'hui chaque téléphone en contient une."
)
PLAN = """1. Welcome and goals — 5 min
2. What is generative AI? Everyday examples — 10 min
3. How a model learns from examples — 15 min
4. Live demo: writing a text, creating an image — 15 min
5. Limits and good habits: errors, bias, privacy — 10 min
6. Questions from the audience — 5 min"""


@pytest.fixture(scope="module")
def loaded(prompts):  # type: ignore[no-untyped-def]
    return grade.load(prompts)


def _facts(loaded, task: str) -> list[FactsCheck]:  # type: ignore[no-untyped-def]
    return [c for _, c in loaded[1] if c.task == task and isinstance(c, FactsCheck) and c.on == "answer"]


# -- a clause handed over -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rest", "handed_over"),
    [
        ('key: "a large language model has billions of them."', True),  # a whole sentence
        ('tricky bit: "that is, the numbers that determine its answers"', True),  # a clause of eight words
        ('render it "be wrong with great confidence"', False),  # five words: read as a term
        ("glossary: entrainement = training ; grand modele de langage = large language model", False),
        ('another paragraph: "the cloud stores your files."', False),
    ],
)
def test_a_clause_of_six_words_or_more_is_handed_over_a_term_is_not(rest, handed_over):
    assert handed.clause_handed(fold(TRAD), fold(rest), []) is handed_over


def test_a_run_the_data_holds_is_not_handed_over():
    data = [words(fold("A large language model has billions of them."))]
    assert not handed.clause_handed(fold(TRAD), fold("a large language model has billions of them"), data)


# -- a summary's selection outlined -------------------------------------------------------------
@pytest.mark.parametrize(
    "rest",
    [
        "ma prof : cailloux sur les abaques, pascal 1642 pour aider son pere, poche dans les annees 70",
        "- abaques\n- pascal, 1642, machine\n- poche, annees 1970",
        "timeline: abacus -> pascal (1642) -> arithmometer -> pocket calculator (1970s) -> smartphone",
        "notes : abaques ; en 1642, pascal et sa machine ; calculette de poche des annees 70",
    ],
)
def test_every_fact_tied_to_its_date_in_fragments_is_the_selection(loaded, rest):
    assert handed.selection_outlined(rest, rest, _facts(loaded, "summary"))


@pytest.mark.parametrize(
    "rest",
    [
        "garde les noms et les dates importants",
        "mots a ne pas oublier : abaques, pascaline, calculatrice de poche",  # no date tied
        "mention the abacus, the pascaline and the pocket calculator",
        "n'oublie pas pascal en 1642 et la calculatrice de poche des annees 1970",  # two facts of three
        "focus on the key inventions",
    ],
)
def test_names_without_their_dates_or_part_of_the_selection_are_hints(loaded, rest):
    assert not handed.selection_outlined(rest, rest, _facts(loaded, "summary"))


def test_a_glossary_of_every_term_is_no_selection(loaded):
    rest = "artificial intelligence, training, labelled, parameters, large language model, billions"
    assert not handed.selection_outlined(rest, rest, _facts(loaded, "traduction"))


def test_a_short_quotation_of_the_data_is_a_keyword_the_pasted_text_is_not(loaded):
    full = "la calculatrice de poche des annees 1970 ; pascal en 1642 ; abaques"
    rest = " " * len("la calculatrice de poche") + full[len("la calculatrice de poche") :]
    assert handed._quotes_restored(rest, full) == full
    pasted = "en 1642 blaise pascal alors age de dix-neuf ans invente la pascaline"
    assert handed._quotes_restored(" " * len(pasted), pasted).strip() == ""


# -- whole attempts -----------------------------------------------------------------------------
def test_an_answer_keys_sentences_give_the_translation_away(prompts):
    prompt = (
        "Tu es traducteur. Traduis ce paragraphe en anglais, sans note ni commentaire :\n{traduction_text}\n"
        "Mon corrigé donne la dernière phrase : « Once trained, it can recognise images it has never seen, "
        "but it can also be wrong with great confidence. »"
    )
    assert not any(corpus.answer_points(corpus.earned(prompts, "traduction", prompt, TRAD)).values())


def test_a_teachers_outline_gives_the_summary_away(prompts):
    prompt = (
        "Tu es professeur. Résume ce texte en 60 mots au maximum, avec tes propres mots :\n{summary_text}\n"
        "Le plan de ma prof : abaques ; Pascal, 1642 ; calculatrice de poche, années 1970 ; téléphone."
    )
    assert not any(corpus.answer_points(corpus.earned(prompts, "summary", prompt, SUMMARY)).values())


def test_a_plans_sections_proposed_without_times_keep_the_points(prompts):
    prompt = (
        "You are a trainer. Make the plan of a one-hour presentation on generative AI for an "
        "audience that knows "
        "nothing about it. Give each part its duration. Parts: welcome and goals, what is generative "
        "AI, how a "
        "model learns from examples, live demo, limits and good habits, questions from the audience; "
        "you pick "
        'the timings. Answer as a numbered list "title — duration".'
    )
    assert all(corpus.answer_points(corpus.earned(prompts, "plan", prompt, PLAN)).values())


def test_a_plans_agenda_with_its_clock_times_gives_the_plan_away(loaded):
    task = loaded[0]["plan"]
    prompt = (
        "Make the plan of a one-hour presentation on generative AI. The invite's agenda: 14:00 "
        "Welcome and goals; "
        "14:05 What is generative AI? Everyday examples; 14:15 How a model learns from examples; "
        "14:30 Live demo: "
        "writing a text, creating an image; 14:45 Limits and good habits: errors, bias, privacy; "
        "14:55 Questions "
        "from the audience."
    )
    assert evaluate.repeats_prompt(PLAN, prompt, task)


def test_a_note_the_prompt_asks_to_append_is_no_clause_of_the_answer(loaded):
    task = loaded[0]["traduction"]
    prompt = (
        "Tu es traducteur. Traduis ce paragraphe en anglais, puis écris « (Translation proofread and "
        "verified sentence by sentence.) »\n" + corpus.TEXTS["traduction_text"]
    )
    assert not evaluate.repeats_prompt(
        TRAD + "\n\n(Translation proofread and verified sentence by sentence.)", prompt, task
    )
