"""The prompts grader reads hostile text in linear time, bounded, and in a child process
under a CPU limit (red team 12: F1 catastrophic backtracking, F4 deep JSON).

Costs are compared as ratios within one run (the same input shape at 4 and 16 KiB: linear
is x4, quadratic x16), never against a wall-clock threshold; each figure is the least CPU
time of a few repeats, each repeat long enough to be measured (timeit's autorange). The scan
of every grader pattern first times one search of each 16 KiB attack against a reference
linear scan of 16 KiB measured in the same run, and measures the ratio only for the shapes
whose search is not already cheaper than a few such scans (``worth_measuring``)."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import redos  # noqa: E402
from workshop.course import Course  # noqa: E402
from workshop.errors import SubmissionRejected  # noqa: E402
from workshop.prompts import checks as prompt_checks  # noqa: E402
from workshop.prompts import evaluate  # noqa: E402
from workshop.prompts.grade import clear_text_caches, grade_prompts, read_submission  # noqa: E402
from workshop.prompts.transcript import MAX_PART_CHARS  # noqa: E402
from workshop.results import Status  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LINEAR = 8.0  # 4 KiB -> 16 KiB: linear is x4, quadratic x16; noise stays well below x8


def cost(run: Callable[[], object], repeats: int = 3, least: float = 0.02) -> float:
    """Least CPU seconds of one ``run()``, each repeat looping until it lasts ``least``."""
    best = float("inf")
    for _ in range(repeats):
        loops, spent = 1, 0.0
        while True:
            started = time.process_time()
            for _ in range(loops):
                run()
            spent = time.process_time() - started
            if spent >= least:
                break
            loops *= 2
        best = min(best, spent / loops)
    return best


_SCAN = (  # this process's sys.path first, then the scan; its patterns as JSON on stdout
    "import json, sys; sys.path[:0] = json.loads(sys.argv[1]); import redos; "
    "print(json.dumps({n: [p.pattern, p.flags] for n, p in redos.grader_patterns().items()}))"
)


def fresh_patterns() -> dict[str, re.Pattern[str]]:
    """``redos.grader_patterns()``, found in a fresh process. The patterns built while grading
    are seen only when compiled during the scan, and a process that has done other work first
    may see fewer (after collecting the whole suite, 1,994 against 2,028 in a fresh process,
    same code): fresh, every xdist worker finds the same patterns under the same names, so each
    shard below measures the same ones wherever it runs."""
    found = subprocess.run(
        [sys.executable, "-c", _SCAN, json.dumps([str(Path(__file__).resolve().parent), *sys.path])],
        capture_output=True,
        text=True,
        check=True,
    )
    return {name: re.compile(text, flags) for name, (text, flags) in json.loads(found.stdout).items()}


@pytest.fixture(scope="module")
def patterns() -> dict[str, re.Pattern[str]]:
    return fresh_patterns()


def test_the_scan_finds_the_patterns_of_every_module_and_of_the_checks(patterns):
    names = set(patterns)
    # the module patterns, those built while grading, the trainer's
    assert {"extract._NUMBER", "arith._CHAIN", "transcript._TASK", "evaluate._LISTED_ID"} <= names
    assert any(n.startswith("runtime#") for n in names)
    assert "graders/prompts/checks.toml:riddle/answer-avoids-trap" in names
    assert len(names) > 150


def growth(pattern, shape, repeats: int = 1) -> float:
    """How much longer ``pattern`` searches through the 16 KiB attack than the 4 KiB one."""
    small, large = redos.attack(*shape, 4), redos.attack(*shape, 16)
    slow = cost(lambda: list(pattern.finditer(large)), repeats, 0.005)
    return slow / cost(lambda: list(pattern.finditer(small)), repeats, 0.005)


# The pre-filter. A shape is flagged when its 16 KiB search costs more than LINEAR (x8) times its
# 4 KiB one: with a cost a·n + b·n², that needs the n² part to exceed twice the linear one at
# 16 KiB, i.e. a search that reads the pumped text again and again (from each of its n/L pumps,
# L the pump's length, on to the end: some n²/2L steps, a thousand passes over 16 KiB for a pump
# of up to MAX_FILTERED_PUMP characters; even n^1.5, the least growth over x8, is a hundred).
# So a shape whose one search of the 16 KiB attack costs no more than FILTER linear scans of
# 16 KiB cannot be flagged, and the two ratio measurements (some 30 ms of CPU a shape: the
# scan's whole cost) are spent on the others only (about one in five). The quadratic patterns
# CI and the red team found cost 1,000 to 8,000 such scans. The reference starts a match at
# every position and reads one character from each (no literal prefix to skip ahead with), and
# is measured in the same run, so a slower machine moves both sides. One search is timed, not
# the least of several: noise only makes it longer, which sends a shape on, never clears one.
FILTER = 5.0
MAX_FILTERED_PUMP = 8  # a longer pump is always measured (6 shapes of some 15,800; the longest 17)
_REFERENCE = re.compile(r"(?s:.)(?!)")


def linear_scan_cost() -> float:
    """Least CPU seconds of the reference's search through 16 KiB (this run, this machine)."""
    text = redos.attack("", "a", "!", 16)
    return cost(lambda: list(_REFERENCE.finditer(text)), 3, 0.005)


@pytest.fixture(scope="module")
def reference() -> float:
    return linear_scan_cost()


def worth_measuring(pattern: re.Pattern[str], shape: tuple[str, str, str], reference: float) -> bool:
    """Whether one search of ``shape``'s 16 KiB attack costs more than FILTER reference scans
    (or its pump is too long for the bound above): only then is its growth measured."""
    if len(shape[1]) > MAX_FILTERED_PUMP:
        return True
    large = redos.attack(*shape, 16)
    started = time.process_time()
    list(pattern.finditer(large))
    return time.process_time() - started > FILTER * reference


def super_linear(pattern: re.Pattern[str], shape: tuple[str, str, str], reference: float) -> bool:
    """The scan's verdict on one shape: past the filter, x8 from 4 to 16 KiB, twice."""
    # measured again before it counts: a busy machine has spikes
    return (
        worth_measuring(pattern, shape, reference)
        and growth(pattern, shape) > LINEAR
        and growth(pattern, shape, 3) > LINEAR
    )


def test_the_scan_catches_a_quadratic_pattern(reference):
    """The measure can fail: blanks before a word, searched for, are read again from each
    blank (x16 from 4 to 16 KiB); starting only at a blank run's start is linear (x4)."""
    slow, fixed = re.compile(r"\s*(?:not)"), re.compile(r"(?<!\s)\s*+(?:not)")
    assert ("", " ", "!") in redos.pumps(slow)
    assert growth(slow, ("", " ", "!")) > LINEAR
    assert growth(fixed, ("", " ", "!")) <= LINEAR
    assert super_linear(slow, ("", " ", "!"), reference)  # through the filter, as in the scan
    assert not super_linear(fixed, ("", " ", "!"), reference)


def test_the_filter_keeps_a_quadratic_shape_and_leaves_a_slow_linear_one_to_the_ratio(reference):
    """The filter sends the quadratic pattern on; a linear pattern that reads up to 64
    characters from each position is slow enough to pass it too, and only the ratio clears it;
    a literal searched for is cleared by the filter alone (it can clear)."""
    quadratic = re.compile(r"\s*(?:not)")
    assert worth_measuring(quadratic, ("", " ", "!"), reference)
    slow_linear, shape = re.compile(r"\w{1,64}x"), ("", "a", "!")
    assert shape in redos.pumps(slow_linear)
    assert worth_measuring(slow_linear, shape, reference)
    assert growth(slow_linear, shape) <= LINEAR and not super_linear(slow_linear, shape, reference)
    assert not worth_measuring(re.compile("not"), ("", " ", "!"), reference)


# The scan below is the longest single computation of the suite (about 13,000 pump shapes of
# some 2,000 patterns): it runs in SHARDS pieces, so that pytest-xdist can spread them over both
# workers (scripts/test.sh) instead of one worker holding it to the end. A pattern's shard is a
# hash of its name (the same in every worker: the fixture finds them in a fresh process); every
# pattern is in exactly one shard, each measured as before.
SHARDS = 8


def shard_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % SHARDS


def test_the_shards_hold_every_pattern_once(patterns):
    shards = [[n for n in patterns if shard_of(n) == shard] for shard in range(SHARDS)]
    assert sorted(n for names in shards for n in names) == sorted(patterns)
    assert all(shards), "a shard with no pattern: SHARDS is too large"


def measured_names(patterns: dict[str, re.Pattern[str]]) -> set[str]:
    """One name of each distinct pattern (text and flags): the same regex found under two
    names (a module's and a check's, say) is measured once, under the first of its names."""
    first: dict[tuple[str, int], str] = {}
    for name in sorted(patterns):
        first.setdefault((patterns[name].pattern, patterns[name].flags), name)
    return set(first.values())


def test_each_distinct_pattern_is_measured_under_one_name(patterns):
    names = measured_names(patterns)
    assert {(patterns[n].pattern, patterns[n].flags) for n in names} == {
        (p.pattern, p.flags) for p in patterns.values()
    }
    assert len(names) == len({(p.pattern, p.flags) for p in patterns.values()})


@pytest.mark.parametrize("shard", range(SHARDS))
def test_every_grader_pattern_is_linear_on_the_pumps_of_its_repeated_parts(patterns, reference, shard):
    """Every regex the grader runs on student text, on attack strings made from its own
    repeated parts (each alternative, after the prefix that leads to it, before a character
    that fails it), searched through at 4 and 16 KiB (this shard's patterns)."""
    found = []
    measured = measured_names(patterns)
    for name, pattern in patterns.items():
        if shard_of(name) != shard or name not in measured:
            continue
        for shape in redos.pumps(pattern):
            if super_linear(pattern, shape, reference):
                found.append((name, shape))
                break
    assert found == []


# A pattern written inside a function is compiled only when that line runs, so the scan above
# measures it only if one of its three samples reaches it (CI caught three it had not measured
# before: ``[ \t]*+[a-z]`` and two more, each re-read from every blank of a long run). Read
# from the source, every such pattern that starts with a run of blanks and goes on must start at
# the run's start (a lookbehind), whatever it is called with: searched, it is then linear; at the
# start of a string (``re.match(p, s)``) the lookbehind is true, so it changes nothing.
_BLANK_RUN_LEAD = re.compile(r"(?:\[ (?:\\t|\t)\]|\\s)[*+]\+?+(?=.)", re.S)


def _leading_literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return str(node.values[0].value) + ("{…}" if len(node.values) > 1 else "")
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _leading_literal(node.left)
        return None if left is None else left + "{…}"
    return None


def _function_patterns() -> list[tuple[str, str]]:
    """(where, leading text) of each regex given to ``re.*`` inside a function of the grader."""
    found = []
    for path in sorted((ROOT / "src/workshop/prompts").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            for call in ast.walk(function):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "re"
                    and call.args
                ):
                    text = _leading_literal(call.args[0])
                    if text is not None:
                        found.append((f"{path.name}:{call.lineno}", text))
    return found


def test_no_pattern_built_in_a_function_rereads_a_run_of_blanks():
    patterns = _function_patterns()
    assert len(patterns) > 100  # the reader finds them
    assert _BLANK_RUN_LEAD.match(r"[ \t]*+[a-z]") and _BLANK_RUN_LEAD.match("\\s*+\\d")
    assert not _BLANK_RUN_LEAD.match(r"[ \t]++")  # a blank run alone is read once
    rereading = [(where, text[:40]) for where, text in patterns if _BLANK_RUN_LEAD.match(text)]
    assert rereading == []


@pytest.fixture(scope="module")
def prompts():
    return Course.locate(ROOT).exercise("prompts")


def _grade_cost(exercise, payload: str, task: str, where: str) -> float:
    data = redos.transcript(payload, task, where).encode()

    def run() -> None:
        clear_text_caches()
        grade_prompts(exercise, {"prompts.md": data})

    return cost(run, 2)


@pytest.mark.parametrize(
    "name, task, where",
    [  # the red team's worst places (scan16.txt), and the pumps of the reading rules
        ("num-list", "riddle", "answer"),
        ("num-list", "riddle", "prompt"),
        ("digits-spaces", "parallel-line", "prompt"),
        ("digits", "parallel-line", "prompt"),
        ("x-space", "parallel-line", "answer"),
        ("min-list", "riddle", "answer"),
        ("comment-opens", "riddle", "prompt"),
        ("num-list-semicolon", "coprime", "prompt"),
        ("eq-run", "parallel-line", "prompt"),
        ("braces", "sentiment", "prompt"),
        ("brackets", "sentiment", "answer"),
        ("json-items", "sentiment", "prompt"),
        ("clock", "plan", "answer"),
        ("hours", "plan", "answer"),
        ("yes-or", "coprime", "answer"),
        ("bullets", "parallel-line", "prompt"),
        ("spaces", "sentiment", "prompt"),
        ("parens", "parallel-line", "answer"),
    ],
)
def test_grading_a_pumped_part_costs_time_linear_in_its_size(prompts, name, task, where):
    unit = redos.PAYLOADS[name]
    small = _grade_cost(prompts, redos.pumped(unit, 4), task, where)
    large = _grade_cost(prompts, redos.pumped(unit, 16), task, where)
    if large / small > LINEAR:  # once more before it counts (a busy machine)
        small = _grade_cost(prompts, redos.pumped(unit, 4), task, where)
        large = _grade_cost(prompts, redos.pumped(unit, 16), task, where)
    assert large / small <= LINEAR, (name, task, where, small, large)


# -- the size bound -------------------------------------------------------------------------------


def test_a_part_over_the_limit_is_refused_with_its_task_part_and_line(prompts):
    data = redos.transcript("1, " * (MAX_PART_CHARS // 3 + 10), "riddle", "answer").encode()
    with pytest.raises(SubmissionRejected) as caught:
        read_submission(prompts, data)
    line = redos.transcript("", "riddle", "answer").split("\n").index("## riddle") + 1
    assert caught.value.key == "prompts_part_too_long"
    assert caught.value.render("en") == (
        f"prompts.md, line {line}: the '### answer' part of task 'riddle' is 20027 characters long "
        "(at most 20000). Paste the prompt and the model's answer as they are, without padding or "
        "repeated text: no answer to these tasks needs that much."
    )
    assert caught.value.render("fr").startswith(
        f"prompts.md, ligne {line}\u00a0: la partie « ### answer » de la tâche « riddle » "
        "fait 20027 caractères"
    )
    result = grade_prompts(prompts, {"prompts.md": data})
    assert (result.status, result.note, result.score) == (Status.invalid, "prompts_part_too_long", 0)


def test_a_part_at_the_limit_is_graded(prompts):
    filler = "Caroline a une seule sœur. " * 800
    data = redos.transcript(filler[:MAX_PART_CHARS], "riddle", "answer").encode()
    assert grade_prompts(prompts, {"prompts.md": data}).status == Status.failed


def test_an_unclosed_comment_still_hides_the_rest_and_keeps_line_numbers(prompts):
    data = "<!-- a\nb\n" + "<!--" * 4000 + "\n## riddle\n"
    with pytest.raises(SubmissionRejected) as caught:
        read_submission(prompts, data.encode())
    assert caught.value.key == "prompts_no_task"  # everything after "<!--" is a comment
    data = "<!-- a\nb -->\n## nope\n"
    with pytest.raises(SubmissionRejected) as caught:
        read_submission(prompts, data.encode())
    assert caught.value.params["line"] == 3


# -- F4: whatever the student's text, never an infrastructure error -------------------------------

HOSTILE_ANSWERS = {
    "deep-arrays": "[" * 5000 + "]" * 5000,
    "deep-objects": '{"a": ' * 2000 + "1" + "}" * 2000,
    "deep-in-fence": "```json\n" + "[" * 2000 + "]" * 2000 + "\n```",
    "huge-number": '{"reviews": [{"id": ' + "9" * 5000 + ', "label": "positive"}]}',
    "huge-float": '{"reviews": [{"id": 1e999999, "label": "positive"}]}',
    "lone-surrogate": '{"reviews": [{"id": 1, "label": "\\ud800"}]} \udc80 Caroline a une sœur.',
    "nul-bytes": "Caroline a une sœur.\x00\x00 (1\x00) " + '{"a": "\x00"}',
    "huge-equation": "y = " + "9" * 5000 + "x + 1",
    "huge-power": "pgcd = 9^99999999 = 1",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_ANSWERS))
@pytest.mark.parametrize(
    "task, where",
    [("sentiment", "answer"), ("sentiment", "prompt"), ("riddle", "answer"), ("coprime", "answer"),
     ("parallel-line", "prompt")],
)  # fmt: skip
def test_a_hostile_text_is_graded_never_an_infra_error(prompts, name, task, where):
    payload = HOSTILE_ANSWERS[name]
    data = redos.transcript(payload, task, where).encode("utf-8", "surrogatepass")
    result = grade_prompts(prompts, {"prompts.md": data})
    # lone surrogates are not UTF-8: refused with their line; everything else is graded
    assert result.status in (Status.passed, Status.failed, Status.invalid)
    assert result.status != Status.invalid or result.note == "prompts_not_utf8"
    assert result.status == Status.invalid or len(result.tests) > 20
    result.model_dump_json()  # storable as it is


def test_a_deep_json_answer_fails_the_json_checks_with_their_own_message(prompts):
    data = redos.transcript("[" * 5000 + "]" * 5000, "sentiment", "answer").encode()
    result = grade_prompts(prompts, {"prompts.md": data})
    json_tests = [r for r in result.tests if r.name.startswith("sentiment:") and "json" in r.name]
    assert json_tests and all(r.earned == 0 for r in json_tests)


def test_json_nested_deeper_than_the_bound_is_not_json():
    assert prompt_checks.read_json("[" * 32 + "]" * 32) is not None
    with pytest.raises(prompt_checks.JsonTooDeep):
        prompt_checks.read_json("[" * 33 + "]" * 33)
    with pytest.raises(ValueError):
        prompt_checks.read_json('{"a": ' + "9" * 5000 + "}")
    assert prompt_checks.json_depth('["[[[[", {"a": "{{{"}]') == 2  # brackets in strings ignored


def test_a_reader_that_raises_fails_the_check_and_says_so(prompts, monkeypatch):
    """The class, not the instances: any exception from reading the text is the text's."""

    def boom(*args: object) -> bool:
        raise OverflowError("too many digits")

    monkeypatch.setattr(evaluate, "final_answer", boom)
    data = (ROOT / "graders/prompts/solution/prompts.md").read_bytes()
    result = grade_prompts(prompts, {"prompts.md": data})  # never a cached grading (conftest's monkeypatch)
    assert result.status == Status.failed
    riddle = next(r for r in result.tests if r.id == "hidden/riddle/answer-right")
    assert (riddle.earned, riddle.en) == (0, (
        "Failed: the grader could not read this text for this check. Paste the prompt and the model's "
        "answer as they are: a JSON nested dozens of levels deep, a number thousands of digits long or "
        "control characters cannot be read."
    ))  # fmt: skip
    assert riddle.fr.startswith("Échec\u00a0: le correcteur n'a pas pu lire ce texte")
    assert any(
        n.startswith("riddle/answer-right: reading the student's text raised OverflowError: too many digits")
        for n in result.notes
    )


def test_embedded_json_reads_a_bounded_number_of_openers():
    calls = []
    original = prompt_checks.json_depth

    def counting(window: str) -> int:
        calls.append(len(window))
        return original(window)

    evaluate.json_depth = counting  # type: ignore[attr-defined]
    try:
        assert evaluate._embedded_json("{" * 20_000) == []
    finally:
        evaluate.json_depth = original  # type: ignore[attr-defined]
    assert len(calls) == evaluate.MAX_JSON_STARTS
    assert max(calls) == evaluate.MAX_JSON_CHARS


def test_embedded_json_still_finds_a_nested_answer_shaped_value():
    found = evaluate._embedded_json('draft: {"example": {"reviews": [{"id": 1, "label": "positive"}]}}')
    assert {"reviews": [{"id": 1, "label": "positive"}]} in found


# -- grading in a child process under a CPU limit ---------------------------------------------------


def test_grading_in_the_child_process_gives_the_same_result(prompts):
    from workshop.prompts.isolate import grade_isolated

    data = {"prompts.md": (ROOT / "graders/prompts/solution/prompts.md").read_bytes()}
    assert grade_isolated(prompts, data).model_dump() == grade_prompts(prompts, data).model_dump()


def test_grading_in_the_child_process_leaves_no_cached_reading_in_the_parent(prompts):
    """``workshop grade`` and the server grade each submission in a forked child: the grader's
    caches of its texts end with that child, so a long-running server holds none of them."""
    from workshop.prompts import grade
    from workshop.prompts.isolate import grade_isolated

    data = {"prompts.md": (ROOT / "graders/prompts/solution/prompts.md").read_bytes()}
    grade_isolated(prompts, data)  # the fork server up
    clear_text_caches()
    assert grade_isolated(prompts, data).score > 0
    assert (len(grade._TASK_GRADINGS), len(grade._PROMPT_READINGS)) == (0, 0)
    grade_prompts(prompts, data)  # the same grading in this process fills them: the measure can fail
    assert len(grade._TASK_GRADINGS) > 0 and len(grade._PROMPT_READINGS) > 0


def test_grading_in_the_child_process_keeps_the_sessions_tasks(prompts):
    from workshop.grade import Graders, grade_files
    from workshop.session import choose

    hour = choose(Course.locate(ROOT), "une-heure").exercise("prompts")
    data = {"prompts.md": (ROOT / "graders/prompts/solution/prompts.md").read_bytes()}
    result = grade_files(hour, data, Graders(lambda: pytest.fail("no sandbox for prompts")), "en")
    assert result.model_dump() == grade_prompts(hour, data, tasks_only=hour.tasks).model_dump()
    assert result.max_score == hour.max_points() < prompts.max_points()


@pytest.fixture
def slow_course(tmp_path: Path) -> Course:
    """The prompts exercise with a 2 s limit and a trainer's regex that backtracks for ever
    on a run of "a" (``(a|aa)*$``): a grading that cannot end, whatever the grader's own
    patterns. 2 s, not 1: an honest submission's first grading in a freshly forked child
    costs about 0.9 s of CPU since session 52's rules (0.66 s before; the real limit is the
    exercise's 30 s), and the next grading below must pass."""
    import shutil

    for part in ("exercises", "graders"):
        shutil.copytree(ROOT / part / "prompts", tmp_path / part / "prompts")
    spec = tmp_path / "exercises" / "prompts" / "exercise.toml"
    spec.write_text(spec.read_text().replace("max_file_kib = 64", "max_file_kib = 64\nwall_time_s = 2"))
    checks = tmp_path / "graders" / "prompts" / "checks.toml"
    checks.write_text(
        checks.read_text()
        + '\n[[check]]\ntask = "riddle"\nname = "slow"\ntype = "not-regex"\nvalue = \'^(?:a|aa)*$\'\n'
        + 'points = 0\nen = "x"\nfr = "x"\n'
    )
    return Course.locate(tmp_path)


def test_a_grading_over_the_cpu_limit_is_a_final_timeout_and_the_next_one_is_graded(slow_course, tmp_path):
    from workshop.grade import Graders, grade_files
    from workshop.gradebook import Gradebook

    exercise = slow_course.exercise("prompts")
    graders = Graders(lambda: pytest.fail("no sandbox for prompts"))
    slow = redos.transcript("a" * 60 + "!", "riddle", "answer").encode()
    started = time.process_time()
    result = grade_files(exercise, {"prompts.md": slow}, graders, "en")
    assert time.process_time() - started < 1  # the child spent the CPU, not this process
    assert (result.status, result.note, result.score) == (Status.timeout, "prompts_cpu_limit", 0)
    assert result.log == (
        "Grading this file took more than 2 s of computing time and was stopped. Remove any padded or "
        "repeated text from your prompts and answers, then hand the file in again."
    )
    book = Gradebook(tmp_path / "book.sqlite")
    submission = book.register("prompts", "s1", "a1", tmp_path / "a1", 1)
    book.record(submission, "key", result)
    assert book.grade_state(submission, "key").kind == "graded"  # final: never retried
    book.close()
    fine = grade_files(exercise, {"prompts.md": redos.GOOD.encode()}, graders, "en")
    assert fine.status == Status.passed
