"""Issue 11l's own variants of red team 11f's round 6 classes (tests/prompts_corpus/
round6_*.toml), written before their fixes and in other words than the red team's: each
gaming form earns nothing on the check it games, and the fair form next to it keeps its
points. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from workshop.prompts.grade import grade_prompts

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402

TRANSLATE = "Tu es traducteur professionnel. Traduis ce paragraphe en anglais.\n{traduction_text}"
TRANSLATION = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands "
    'of labelled photos, for example "chihuahua" or "muffin". After each mistake, the model slightly '
    "adjusts its parameters, that is, the numbers that determine its answers. A large language model "
    "has billions of them. Once trained, it can recognise images it has never seen, but it can also "
    "be wrong with great confidence."
)


def _earned(prompts, task: str, prompt: str, answer: str) -> dict[str, float]:
    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    attempt = corpus.Attempt(id="own", task=task, prompt=corpus._fill(prompt), answer=corpus._fill(answer))
    result = grade_prompts(prompts, {"prompts.md": corpus.transcript(starter, attempt).encode()})
    return {name: earned for name, (earned, _) in corpus.task_results(result, task).items()}


# -- a translation's language: another language's aside, English words judged French --------
@pytest.mark.parametrize(
    "aside",
    [
        "(cioè miliardi di parametri in tutto)",  # Italian
        "(das heißt Milliarden von Parametern)",  # German
        "(ou seja, bilhões de parâmetros ao todo)",  # Portuguese
    ],
)
def test_an_aside_in_another_language_is_no_english(prompts, aside):
    answer = TRANSLATION.replace("has billions of them.", f"has billions of them {aside}.")
    assert _earned(prompts, "traduction", TRANSLATE, answer)["answer-english"] == 0


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Once trained, it can", "Once it's been trained, it can"),
        ("but it can also be wrong", "but it can't always be right and can be wrong"),
        ("with great confidence.", "with great confidence, like a car salesman."),
        ("for example", "a bit like the famous meme, for example"),
    ],
)
def test_english_contractions_and_words_french_also_writes_stay_english(prompts, old, new):
    earned = _earned(prompts, "traduction", TRANSLATE, TRANSLATION.replace(old, new))
    assert earned["answer-english"] == 2 and earned["answer-terms"] == 2
