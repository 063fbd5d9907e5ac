"""Reading rules of the prompts grader added after the fresh held-out corpora of issue 11
round 2 (tests/prompts_corpus/fresh_*.toml): each is a class of forms, tested here on
phrasings of its own."""

from __future__ import annotations

from fractions import Fraction

import pytest

from conftest import REPO
from workshop.course import Course
from workshop.errors import SubmissionRejected
from workshop.prompts.extract import AnswerSpec, final_answer
from workshop.prompts.grade import dictated, load, read_submission
from workshop.prompts.text import fold

SAMPLES = REPO / "tests" / "prompts_samples"


@pytest.fixture(scope="module")
def prompts():
    return Course.locate(REPO).exercise("prompts")


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Démonstration : vingt-cinq minutes", "demonstration : 25 minutes"),
        ("trente et une, forty-five, dix-neuf ans", "31, 45, 19 ans"),
        ("une présentation d'une demi-heure", "une presentation d'30 minutes"),
        ("Half an hour, then a quarter of an hour", "30 minutes, then 15 minutes"),
        (r"$10 = 4 \times 5 + b$ donc \(b = \frac{-20}{2}\)", "10 = 4 * 5 + b donc b = (-20)/(2)"),
        # money in figures stays money; a count in words before "cents" is hundreds
        ("coins of 64 cents and a 35-cent stamp", "coins of 64 cents and a 35-cent stamp"),
        ("dix-sept cents, seize cent quarante-deux", "1700, 1642"),
    ],
)
def test_fold_reads_compound_number_words_fractions_of_an_hour_and_latex(text, folded):
    assert fold(text) == folded


SISTERS = AnswerSpec(
    kind="number", expected=Fraction(1), unit=["soeur", "sister"], subject=r"\b(caroline|elle|she)\b"
)


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Caroline a une seule sœur. Les frères comptent Caroline parmi leurs 2 sœurs.", Fraction(1)),
        ("She has one sister; the boys count her among their two sisters.", Fraction(1)),
        ("Caroline a une sœur. Non : elle a ses 2 sœurs.", None),  # her own: a second value
    ],
)
def test_a_count_after_a_plural_owners_possessive_is_someone_elses(answer, value):
    assert final_answer(answer, SISTERS).value == value


def test_the_two_numbers_with_an_article_are_the_tasks_not_a_definition():
    spec = AnswerSpec(
        kind="yes-no",
        expected="yes",
        predicate=["premiers entre eux", "coprime"],
        subject=r"\b(35|64|ils|les deux nombres)\b",
    )
    assert (
        final_answer(
            "Le dernier reste non nul est 1. Les deux nombres sont donc premiers entre eux.", spec
        ).value
        == "yes"
    )
    assert final_answer("Deux nombres sont premiers entre eux si leur PGCD vaut 1.", spec).value is None


def test_a_markdown_heading_in_a_pasted_answer_is_its_text_unless_a_part_follows(prompts):
    good = (SAMPLES / "good.md").read_text()
    pasted = good.replace("### answer\n", "### answer\n## Plan (60 min)\n## Conclusion\n", 1)
    entry = next(iter(read_submission(prompts, pasted.encode()).values()))
    assert entry.answer.startswith("## Plan (60 min)\n## Conclusion")
    meant = good.replace("### answer\n", "### answer\n## ridle\n### prompt\n", 1)
    line = meant.splitlines().index("## ridle") + 1
    with pytest.raises(SubmissionRejected) as info:
        read_submission(prompts, meant.encode())
    assert info.value.key == "prompts_unknown_task"
    assert f"line {line}: unknown task 'ridle'" in str(info.value)


@pytest.mark.parametrize(
    "hint",
    [
        "| Avis | Étiquette |\n|---|---|\n| 1 | positive |\n| 2 | negative |\n| 3 | neutral |",
        "- 1 → positif\n- 2 → négatif\n- 3 → neutre",
        "Exemple : l'avis « J'ai reçu la machine à café en deux jours, elle est très simple à utiliser "
        "et le café est excellent. Je la recommande à tous mes amis ! » est positive.",
    ],
)
def test_labels_listed_by_review_number_or_tied_to_a_quoted_review_are_dictation(prompts, hint):
    tasks, checks = load(prompts)
    mine = [c for _, c in checks if c.task == "sentiment"]
    data = tasks["sentiment"].data[0]
    prompt = 'Réponds en JSON {"reviews": [{"id": 1, "sentiment": "..."}]}.\n' + data + "\n" + hint
    assert "answer-review-1" in dictated(tasks["sentiment"], mine, prompt)
    honest = (
        "Classe chaque avis : positive, negative ou neutral. Exemple 1 : « Super ! » → positive.\n" + data
    )
    assert not {"answer-review-1", "answer-review-2", "answer-review-3"} & dictated(
        tasks["sentiment"], mine, honest
    )


@pytest.mark.parametrize(
    "array",
    [
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"n": {"type": "integer"}, "tag": {"enum": ["happy", "angry"]}},
            },
        },
        {
            "type": "array",
            "allOf": [{"contains": {"properties": {"n": {"const": 2}, "tag": {"const": "angry"}}}}],
        },
    ],
)
def test_listed_labels_are_put_in_the_shape_the_schema_asks_for_wherever_it_says_it(array):
    """The answer's shape is read from the check's schema (``items``, or ``contains`` inside
    ``allOf`` as the sentiment task's checks write it), never from one task's names."""
    from workshop.prompts.evaluate import _answer_shaped

    check = type("Check", (), {"schema_": {"type": "object", "properties": {"rows": array}}})()
    assert _answer_shaped(check, [(1, "happy"), (2, "angry")]) == {
        "rows": [{"n": 1, "tag": "happy"}, {"n": 2, "tag": "angry"}]
    }
    assert _answer_shaped(check, []) is None


def test_markdown_headings_in_a_prompt_are_its_text_and_a_misspelt_task_is_still_refused(prompts):
    """A beginner structures a prompt with "## Rôle" / "## Tâche" headings (round 22b's red
    team did, as prompt-engineering guides teach): the prompt's own text, since "### answer"
    of the same task follows. A heading that a "### prompt" follows was meant as a task."""
    good = (SAMPLES / "good.md").read_text()
    structured = good.replace(
        "### prompt\n", "### prompt\n## Rôle\nTu es professeur de logique.\n## Tâche\n", 1
    )
    entry = next(iter(read_submission(prompts, structured.encode()).values()))
    assert entry.prompt.startswith("## Rôle\nTu es professeur de logique.\n## Tâche\n")
    assert entry.answer  # the answer part is still the answer
    meant = good.replace("### prompt\n", "### prompt\n## ridle\n### prompt\n", 1)
    line = meant.splitlines().index("## ridle") + 1
    with pytest.raises(SubmissionRejected) as info:
        read_submission(prompts, meant.encode())
    assert info.value.key == "prompts_unknown_task"
    assert f"line {line}: unknown task 'ridle'" in str(info.value)
    # an answer part already given: a second "### answer" after the heading is no prompt's
    twice = good.replace("### answer\n", "### answer\n## Rôle\n### answer\n", 1)
    with pytest.raises(SubmissionRejected):
        read_submission(prompts, twice.encode())
