"""A fenced translation among other text (a polite line before it, one after) keeps its points with the chat
page's copy-button chrome around the fence and a "```text" info string (copied._around_fences,
turns._TEXT_INFO, session 60); a note after the chrome is still a note."""

import pytest

from prompts_corpus import corpus
from prompts_corpus.corpus import TEXTS

PROMPT = (
    "Tu es traducteur professionnel. Traduis ce paragraphe en anglais, sans note ni commentaire :\n"
    + TEXTS["traduction_text"]
)
BODY = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands of "
    'labelled photos, for example "chihuahua" or "muffin". With each mistake, the model slightly adjusts its '
    "parameters, that is, the numbers that determine its answers. A large language model has billions of "
    "them. Once trained, it can recognise images it has never seen, but it can also be wrong with great "
    "confidence."
)
KEPT = [
    "Voici la traduction :\n\n```text\n" + BODY + "\n```\n📋 Copier\n\nBonne journée !",
    "Here it is:\n\ntext\nCopy code\n```text\n" + BODY + "\n```\n\nLet me know if you need anything else.",
    "Sure! Here is my answer:\n\n```\n" + BODY + "\n```\nCopy code\n\nLet me know if you need anything else.",
]


@pytest.mark.parametrize("answer", KEPT)
def test_the_chrome_around_a_fence_among_polite_lines_is_no_added_text(prompts, answer):
    got = corpus.earned(prompts, "traduction", PROMPT, answer)
    checks = ("answer-english", "answer-terms", "answer-length", "answer-faithful")
    assert all(got[n] > 0 for n in checks), got


def test_a_note_after_the_chrome_is_still_added(prompts):
    answer = "Here it is:\n\n```\n" + BODY + "\n```\nCopy code\nNote: 'weights' would also work."
    assert corpus.earned(prompts, "traduction", PROMPT, answer)["answer-faithful"] == 0
