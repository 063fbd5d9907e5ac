"""A fence written with tildes (CommonMark's "~~~", as the backtick one) is no approximation
sign: an answer inside one is read as inside a backtick fence, for every task, and a lone
"~" before a value still hedges it (issue 11: a gap issue-11ac's helper noticed)."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, LINE, LINE_ANSWER, PLAN, PLAN_ANSWER, RIDDLE, SUMMARY, SUMMARY_ANSWER  # noqa: E402

RIGHT = [
    ("riddle", RIDDLE, "Caroline a 1 sœur", ("answer-right", "answer-avoids-trap")),
    (
        "riddle",
        RIDDLE,
        "Chaque frère a pour sœurs Caroline et une autre fille.\nRéponse : 1 sœur",
        ("answer-right",),
    ),
    ("parallel-line", LINE, LINE_ANSWER, ("answer-equation", "answer-intercept")),
    (
        "coprime",
        COPRIME,
        "PGCD(35, 64) = 1 : oui, 35 et 64 sont premiers entre eux.",
        ("answer-verdict", "answer-justified"),
    ),
    ("plan", PLAN, PLAN_ANSWER, ("answer-sections", "answer-topic")),
    ("summary", SUMMARY, SUMMARY_ANSWER, ("answer-fact-1", "answer-fact-2", "answer-fact-3")),
]


@pytest.mark.parametrize("fence, closing", [("~~~", "~~~"), ("~~~~", "~~~~"), ("~~~text", "~~~")])
@pytest.mark.parametrize(
    "task, prompt, answer, checks", RIGHT, ids=[f"{r[0]}-{i}" for i, r in enumerate(RIGHT)]
)
def test_a_right_answer_in_a_tilde_fence_earns_what_it_earns_in_a_backtick_one(
    prompts, fence, closing, task, prompt, answer, checks
):
    in_tildes = corpus.earned(prompts, task, prompt, f"{fence}\n{answer}\n{closing}")
    in_backticks = corpus.earned(prompts, task, prompt, f"```\n{answer}\n```")
    assert all(in_backticks[name] > 0 for name in checks), in_backticks
    assert {name: in_tildes[name] for name in checks} == {name: in_backticks[name] for name in checks}


@pytest.mark.parametrize(
    "task, prompt, answer, check",
    # ids: the task, not the prompt
    [
        ("riddle", RIDDLE, "Caroline a ~1 sœur.", "answer-right"),
        ("parallel-line", LINE, "Réponse : y = 4x − 10 (b ~ −10).", "answer-intercept"),
        ("plan", PLAN, PLAN_ANSWER.replace("(10 min)", "(~10 min)"), "answer-sections"),
    ],
)
def test_a_lone_tilde_before_a_value_still_hedges_it(prompts, task, prompt, answer, check):
    assert corpus.earned(prompts, task, prompt, answer)[check] == 0


@pytest.mark.parametrize(
    "wrong",
    ["~~~\nCaroline a 2 sœurs\n~~~", "Réponse : 1 sœur.\n\n~~~\nCaroline a 2 sœurs\n~~~"],
)
def test_a_wrong_value_in_a_tilde_fence_is_still_a_candidate(prompts, wrong):
    assert corpus.earned(prompts, "riddle", RIDDLE, wrong)["answer-right"] == 0
