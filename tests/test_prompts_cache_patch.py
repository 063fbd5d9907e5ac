"""A test that patches one of the prompts grader's modules grades with the patch, never with a
grading cached before it, and leaves no grading made under the patch to the tests after it
(tests/conftest.py's ``monkeypatch``, which empties ``grade.clear_text_caches``'s caches)."""

from __future__ import annotations

from pathlib import Path

from conftest import _PromptsCacheAwarePatch
from workshop.prompts import evaluate
from workshop.prompts.grade import grade_prompts

SOLUTION = Path(__file__).resolve().parent.parent / "graders/prompts/solution/prompts.md"


def _riddle(prompts) -> float:
    result = grade_prompts(prompts, {"prompts.md": SOLUTION.read_bytes()})
    return next(r for r in result.tests if r.id == "hidden/riddle/answer-right").earned


def _boom(*args: object) -> object:
    raise OverflowError("patched")


def test_a_patch_of_a_grader_module_is_graded_with_and_its_undo_without(prompts):
    honest = _riddle(prompts)  # the solution's grading, cached
    assert honest > 0
    patch = _PromptsCacheAwarePatch()
    patch.setattr(evaluate, "final_answer", _boom)
    try:
        assert _riddle(prompts) == 0  # the patched reader ran: the cached grading was not served
    finally:
        patch.undo()
    assert _riddle(prompts) == honest  # the grading made under the patch was not served either


def test_the_patch_recognises_the_grader_modules_by_object_and_by_name():
    from conftest import _patches_the_prompts_grader

    assert _patches_the_prompts_grader(evaluate)
    assert _patches_the_prompts_grader(evaluate.Task if hasattr(evaluate, "Task") else evaluate.final_answer)
    assert _patches_the_prompts_grader("workshop.prompts.evaluate.final_answer")
    assert not _patches_the_prompts_grader(Path)
    assert not _patches_the_prompts_grader("os.environ")
