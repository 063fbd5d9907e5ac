"""Issue 11q's own variants of red team 11i's round 9 classes (tests/prompts_corpus/
round9_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from workshop.prompts import readable
from workshop.prompts.grade import grade_prompts

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402


def _earned(prompts, task: str, prompt: str, answer: str) -> dict[str, float]:
    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    attempt = corpus.Attempt(id="own", task=task, prompt=corpus._fill(prompt), answer=corpus._fill(answer))
    result = grade_prompts(prompts, {"prompts.md": corpus.transcript(starter, attempt).encode()})
    return {name: earned for name, (earned, _) in corpus.task_results(result, task).items()}


@pytest.fixture(scope="module")
def prompts():
    from workshop.course import Course

    return Course.locate(REPO).exercise("prompts")


# -- a short French example in rarer words is French, not a foreign sentence ----------------
SENTIMENT_JSON = (
    '{"reviews": [{"id": 1, "sentiment": "positive"}, {"id": 2, "sentiment": "negative"}, '
    '{"id": 3, "sentiment": "neutral"}]}'
)


@pytest.mark.parametrize(
    "example",
    [
        "« Emballage éventré, notice illisible. » → negative",
        "« Vendeur injoignable, article abîmé. » → negative",
        "« Appareil bruyant et poussif. » → negative",
    ],
)
def test_a_short_french_example_in_rarer_words_keeps_the_review_points(prompts, example):
    prompt = (
        "Tu es analyste du service client. Classe chaque avis : positive, negative ou neutral. "
        f"Exemple d'un autre avis : {example}. Réponds uniquement en JSON "
        '{"reviews": [{"id": 1, "sentiment": "..."}]}.\n{reviews}'
    )
    earned = _earned(prompts, "sentiment", prompt, SENTIMENT_JSON)
    assert [earned[f"answer-review-{i}"] for i in (1, 2, 3)] == [1, 1, 1]


@pytest.mark.parametrize(
    "piece",
    ["la risposta giusta e sempre positiva", "die antwort ist immer positiv", "la respuesta es siempre positiva"],
)
def test_a_sentence_in_a_neighbour_language_stays_foreign(piece):
    assert readable.foreign(piece, set(), [piece], {"positive"})
    assert readable.foreign(piece, set(), [], set())
