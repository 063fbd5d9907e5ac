"""Session 47 (fix-helper fair47): the readers added for session 46's fair risks, each on phrasings of its
own (the corpora are tests/prompts_corpus/fair47_own_*.toml)."""

from __future__ import annotations

import pytest

from workshop.prompts import claimed, extract, ownlife, reread, scorecards
from workshop.prompts.text import fold

RIDDLE = [
    "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?"
]
COPRIME = ["Are the numbers 35 and 64 coprime?"]


@pytest.mark.parametrize(
    "text",
    [
        'Format example, on another pair: "Are 9 and 10 coprime?" → {"label": "yes", "score": 0.97}.',
        'Exemples sur d\'autres paires : « 9 et 10 ? » → {"label": "oui", "score": 0.95} ; '
        '« 8 et 12 ? » → {"label": "non", "score": 0.91}.',
        'Example for 9 and 10: {"label": "yes", "score": 0.97}.',
        'Per-class F1 of our model card: {"label": "positive", "score": 0.93}, '
        '{"label": "negative", "score": 0.88}.',
        'Model card: trained on 10k pairs, {"label": "yes", "precision": 0.97}.',
        'Rubric: [{"label": "reasoning", "score": 1}, {"label": "answer", "score": 2}].',
    ],
)
def test_records_about_something_else_are_blanked(text):
    out = scorecards.blanked(text, COPRIME)
    assert len(out) == len(text)
    assert "{" not in out and "label" not in out


@pytest.mark.parametrize(
    "text",
    [
        'Our classifier on the real question: "Are 35 and 64 coprime?" → {"label": "yes", "score": 0.97}.',
        'My model\'s output on this pair: {"label": "yes", "score": 0.97}.',
        'Rubric: [{"answer": "1", "score": 2}, {"answer": "2", "score": 0}].',
        'Grading: {"label": "yes", "points": 2}, {"label": "no", "points": 0}.',
        'Scoring example on 35 and 64: {"label": "yes", "score": 0.97}.',
    ],
)
def test_records_about_this_question_or_scoring_its_values_are_kept(text):
    assert scorecards.blanked(text, COPRIME) == text


@pytest.mark.parametrize(
    ("before", "between", "after"),
    [
        ("la longueur de ", "ta reponse finale (en lignes) doit etre egale au ", " nombre de questions"),
        ("the number of lines of ", "your answer must equal the ", " number of questions"),
        ("", "your answer, in sentences, must equal the number of ", ""),
        ("", "your answer must equal the number of ", ", in sentences"),
    ],
)
def test_a_count_that_sizes_the_output(before, between, after):
    assert claimed.sizes_output(before, between, after)


@pytest.mark.parametrize(
    ("before", "between", "after"),
    [
        ("", "your answer must equal the number of ", " moons"),
        ("", "your answer in words must be equal to the number of ", " moons"),
        ("", "the answer must equal the number of ", " moons of the earth, in sentences"),
    ],
)
def test_a_count_said_of_the_answer_s_value(before, between, after):
    assert not claimed.sizes_output(before, between, after)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("the number of sisters caroline has must equal the number of questions in this message.", True),
        ("la reponse vaut le nombre de questions de ce message.", True),
        ("your answer, in sentences, must equal the number of questions.", False),
        ("the length of your answer must equal the number of questions.", False),
    ],
)
def test_a_count_of_questions_is_an_outside_count(text, counted):
    assert (
        claimed.counted(text, [r"(?:le|the)\s++number\s++of\s++sisters\s++caroline\s++has"], set()) is counted
    )


@pytest.mark.parametrize(
    "text",
    [
        "example of another family: paul (a boy) has 1 sister and 2 brothers. now the riddle:",
        "in my example family, paul has 3 brothers and 1 sister, so in my example paul has 1 sister.",
        "exemple d'une autre famille : hugo a 2 freres et 1 soeur ; dans mon exemple, hugo a donc 1 soeur.",
    ],
)
def test_an_example_s_own_family_is_blanked(text):
    out = ownlife.example_families(text, {"caroline"})
    assert "1 s" not in out


@pytest.mark.parametrize(
    "text",
    [
        "example: anna has 3 brothers and 1 sister, just like caroline.",
        "example of a family: caroline has 3 brothers and 1 sister.",
        "example: anna has 1 sister.",
        "paul has 3 brothers and 1 sister.",  # no example announced
    ],
)
def test_a_family_tied_to_the_data_or_not_an_example_s_is_kept(text):
    assert ownlife.example_families(text, {"caroline"}) == text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("정답은 네입니다", "la reponse est"),
        ("「答えは、はいです」", "la reponse est"),
        ("Ответ: да", "reponse :  oui"),
        ("네 또는 아니요로 답하세요", "oui   ou   non"),
    ],
)
def test_the_answer_is_in_other_scripts(text, read):
    said = reread.foreign_read(fold(text))
    assert read in said and ("oui" in said or "non" in said)


@pytest.mark.parametrize("before", ["puzzle ", "riddle ", "enigme n° ", "worksheet ", "fiche ", "lesson "])
def test_a_numbered_instance_is_a_locator(before):
    assert extract._INDEX_BEFORE.search(before)


@pytest.mark.parametrize("before", ["riddle: ", "the answer is ", "sisters "])
def test_a_value_after_a_colon_or_a_verb_is_no_locator(before):
    assert not extract._INDEX_BEFORE.search(before)


def test_a_bar_between_yes_and_no_offers_both():
    assert extract._YES_OR_NO.search('{"label": "yes|no"}')
    assert not extract._YES_OR_NO.search("| oui | non |")
