"""Score a prompts submission on the host: transcript mode (the pasted answers) or live
mode (the student's prompt replayed, k samples: a check earns its points times the share
of samples that pass).

Points are earned, not found: on top of each check's own condition,
- a check on the answer or the prompt pays only when the prompt carries the task's data
  (the ``carries`` checks of the task): a prompt without the question cannot have produced
  the answer, and a list of keywords is not a prompt;
- a check on the answer pays nothing when the prompt gives that answer away (the expected
  value stated in it, a JSON that passes, a sentence tying a review to its label) or the
  answer repeats the prompt: dictation earns no answer points, in either mode;
- a check that pays for an absence (``not-...``, ``own-words``) or names ``after`` pays
  only when those checks pass on the same answer;
- in live mode, an answer without text (a tool call, a refusal) is an answer: it fails
  every answer check for that sample, and the trainer's notes say so;
- a prompt whose own words (its data left out) hold a sentence in a language the grader
  does not read (:mod:`workshop.prompts.readable`) earns no content point on the answer,
  as a word mixing scripts: what the grader cannot read may dictate the answer."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop.course import Exercise
from workshop.errors import ConfigError, SubmissionRejected
from workshop.i18n import t
from workshop.prompts import (
    artefacts,
    candidates,
    choicelist,
    compared,
    computed,
    dataforms,
    drafted,
    encoded,
    evaluate,
    exported,
    extract,
    faithful,
    games,
    handed,
    hashtags,
    homophones,
    ifbranches,
    instances,
    keyed,
    leaders,
    litotes,
    numwords,
    offered,
    ownlife,
    readable,
    reread,
    retyped,
    rostered,
    scanned,
    scorecards,
    similarity,
    singled,
    slotted,
    spelling,
    staked,
    supposed,
    symbols,
    tallied,
    text,
    traced,
    versions,
    voiced,
)
from workshop.prompts.checks import (
    CHECKS_FILE,
    FORMALITIES,
    NEGATIVE,
    BoundCheck,
    CarriesCheck,
    Check,
    CheckFile,
    DurationsCheck,
    FactsCheck,
    FinalCheck,
    JudgeCheck,
    LanguageCheck,
    RubricCheck,
    SchemaCheck,
    exact_json,
    read_file,
)
from workshop.prompts.decode import in_place
from workshop.prompts.judge import judge, self_assessed, self_graded
from workshop.prompts.llm import LlmAnswer, LlmClient, LlmRefused, LlmUnavailable, Usage
from workshop.prompts.similarity import sketch
from workshop.prompts.text import (
    addresses_grader,
    fold,
    identifiers_as_words,
    mixed_script_words,
    normalize,
    unstruck,
    without_grader_notes,
)
from workshop.prompts.transcript import (
    TaskEntry,
    html_comments,
    offered_comments,
    parse,
    without_comments,
    without_hidden,
)
from workshop.prompts.turns import (
    asked,
    copies_elsewhere,
    image_texts,
    images_said,
    model_answer,
    retracted,
    taken_back,
)
from workshop.results import GradeResult, Status, TestOutcome, TestResult

SUBMISSION_FILE = "prompts.md"
FINAL_KINDS = ("number", "line", "yes-no")


def load(
    exercise: Exercise, hidden: bool = True, tasks_only: Collection[str] | None = None
) -> tuple[dict[str, evaluate.Task], list[tuple[str, Check]]]:
    """The exercise's tasks (declared in either checks file) and its checks, public first;
    with ``tasks_only`` (a session's choice), only those tasks' checks."""
    return _built(_read(exercise, hidden), tasks_only)


# What a task's tasks and checks come from: each checks file read, its path and its text
# (None: no such file). A task's id and this key determine its ``evaluate.Task`` and its
# checks, whatever ``tasks_only`` (it keeps or leaves out whole tasks).
_FilesKey = tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class _Loaded:
    """:func:`load`'s tasks and checks as grading reads them (never changed: shared by every
    grading of the same files), the key of those files, and each task's skill labels."""

    tasks: dict[str, evaluate.Task]
    checks: list[tuple[str, Check]]
    files: _FilesKey
    labels: dict[str, tuple[str, str]]


def _loaded(exercise: Exercise, hidden: bool, tasks_only: Collection[str] | None) -> _Loaded:
    """:func:`load` for grading, from the cache when the checks files read the same (the
    files are read each time: their paths and texts are the key)."""
    read = _read(exercise, hidden)
    files = tuple((str(path), content) for _, path, content, _ in read)
    key = (files, None if tasks_only is None else tuple(tasks_only))
    found: _Loaded | None = _LOADS.get(key)
    if found is None:
        tasks, checks = _built(read, tasks_only)
        labels = {
            spec.id: (spec.label_en, spec.label_fr)
            for _, _, _, parsed in read
            for spec in parsed.task
            if spec.label_en or spec.label_fr
        }
        found = _Loaded(tasks, checks, files, labels)
        _LOADS.put(key, found)
    return found


def _read(exercise: Exercise, hidden: bool) -> list[tuple[str, Path, str | None, CheckFile]]:
    """The checks files, public first: (visibility, path, text or None, tasks and checks)."""
    files = [("public", exercise.public_dir / CHECKS_FILE)]
    if hidden and exercise.grader_dir is not None:
        files.append(("hidden", exercise.grader_dir / CHECKS_FILE))
    return [(visibility, path, *read_file(path)) for visibility, path in files]


def _built(
    read: list[tuple[str, Path, str | None, CheckFile]], tasks_only: Collection[str] | None
) -> tuple[dict[str, evaluate.Task], list[tuple[str, Check]]]:
    tasks: dict[str, evaluate.Task] = {}
    found: list[tuple[str, Check]] = []
    for visibility, _, _, parsed in read:
        for spec in parsed.task:
            task = tasks.setdefault(spec.id, evaluate.Task(spec.id))
            task.kind = spec.answer if spec.answer != "text" else task.kind
            task.data += spec.data
            task.counterfactual = spec.counterfactual or task.counterfactual
        found += [(visibility, c) for c in parsed.check]
    seen: set[tuple[str, str]] = set()
    for _, check in found:
        tasks.setdefault(check.task, evaluate.Task(check.task))
        if (check.task, check.name) in seen:
            raise ConfigError("prompts_check_twice", task=check.task, name=check.name)
        seen.add((check.task, check.name))
        if isinstance(check, FinalCheck) and (check.kind or tasks[check.task].kind) not in FINAL_KINDS:
            raise ConfigError("prompts_final_kind", task=check.task, name=check.name)
    for _, check in found:
        if isinstance(check, SchemaCheck):
            tasks[check.task].labels |= evaluate.constants(check.schema_)
            if check.given_away:  # the item it labels, named as its cues name it
                tasks[check.task].items.append([n for cue in check.given_away for n in cue.near])
        if isinstance(check, FinalCheck):
            tasks[check.task].finals.append(check)
        if isinstance(check, BoundCheck) and check.type == "words" and check.on == "answer" and check.max:
            task = tasks[check.task]  # a range within it is a limit (round 24b)
            task.answer_words = min(task.answer_words or check.max, check.max)
    for _, check in found:
        unknown = [n for n in check.after if (check.task, n) not in seen]
        if unknown:
            raise ConfigError("prompts_after_unknown", task=check.task, name=check.name, after=unknown[0])
    for task in tasks.values():
        unknown = [
            n for n in (task.counterfactual.checks if task.counterfactual else []) if (task.id, n) not in seen
        ]
        if unknown:
            raise ConfigError("prompts_counterfactual_unknown", task=task.id, name=unknown[0])
    for task in tasks.values():  # the others' facts a prompt may tie this task's answer to (round 40)
        task.others = [other for other in tasks.values() if other is not task and other.finals]
    if tasks_only is not None:
        missing = [task for task in tasks_only if task not in tasks]
        if missing:
            raise ConfigError("prompts_task_unknown", task=missing[0], known=", ".join(tasks))
        found = [(v, c) for v, c in found if c.task in tasks_only]
    return tasks, found


def clear_text_caches() -> None:
    """Empty the readers' caches keyed on a submission's text or a task's data (fold,
    normalize, the prompt without its data...): a measure of one grading's cost (the ReDoS
    tests, benchmarks/prompts_grading.py) starts from them cold, as a new student's text does."""
    for cached in (
        text.fold, text.normalize, text.term_pattern, evaluate.with_revealed, evaluate._without_data,
        evaluate._data_grams, evaluate._tokens, evaluate._read, evaluate._own_words, dataforms.read,
        similarity._data_grams,
    ):  # fmt: skip
        cached.cache_clear()
    text.clear_caches()
    _PROMPT_READINGS.clear()
    _TASK_GRADINGS.clear()
    _LOADS.clear()


def points_of(exercise: Exercise) -> float:
    """The points of the exercise's checks, public and hidden, for the session's tasks."""
    return sum(c.points for _, c in load(exercise, True, exercise.tasks)[1])


def checks_of(exercise: Exercise, hidden: bool = True) -> list[tuple[str, Check]]:
    return load(exercise, hidden)[1]


def task_ids(exercise: Exercise) -> list[str]:
    """Tasks in the order the public checks first name them (every task has one)."""
    return list(dict.fromkeys(c.task for _, c in _loaded(exercise, False, None).checks))


def read_submission(exercise: Exercise, data: bytes) -> dict[str, TaskEntry]:
    """The student's file, parsed. Bytes that are not UTF-8 are the student's to fix: the
    error names the line and the byte (never an infrastructure error)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SubmissionRejected(
            "prompts_not_utf8", name=SUBMISSION_FILE, line=line, offset=exc.start
        ) from exc
    return parse(text, task_ids(exercise), SUBMISSION_FILE)


@dataclass
class _Outcome:
    """One check on one sample: its own condition, and why it does not pay if it does not."""

    own: bool
    blocked: str = ""  # a messages.toml key when a rule takes the points away
    unreadable: bool = False  # reading the student's text raised: a failed check, said so
    too_many: bool = False  # the answer gives more values than the reader takes (round 23b): said so

    @property
    def paid(self) -> bool:
        return self.own and not self.blocked


@dataclass
class _Run:
    llm: LlmClient | None
    usage: Usage
    notes: list[str] = field(default_factory=list)


def grade_prompts(
    exercise: Exercise,
    files: dict[str, bytes],
    llm: LlmClient | None = None,
    usage: Usage | None = None,
    hidden: bool = True,
    tasks_only: Collection[str] | None = None,
) -> GradeResult:
    """Grade ``files``; with ``tasks_only`` (a session's tasks) only those tasks' checks
    run, and the maximum is their points."""
    loaded = _loaded(exercise, hidden, tasks_only)
    tasks, checks = loaded.tasks, loaded.checks
    whole = hidden and tasks_only is None
    max_score = exercise.spec.points if whole else sum(c.points for _, c in checks)
    try:
        entries = read_submission(exercise, files[SUBMISSION_FILE])
    except SubmissionRejected as exc:
        return GradeResult.ungraded(Status.invalid, max_score, exc.key, str(exc))
    run = _Run(llm, usage or Usage())
    results: list[TestResult] = []
    try:
        for task_id in dict.fromkeys(c.task for _, c in checks):
            mine = [(v, c) for v, c in checks if c.task == task_id]
            entry = entries.get(task_id) or TaskEntry(task_id, 0)
            results += _graded_task(loaded.files, tasks[task_id], entry, mine, run)
    except LlmUnavailable as exc:  # ours: graded again later
        return GradeResult.ungraded(Status.infra_error, max_score, "llm_unavailable", str(exc))
    except LlmRefused as exc:  # the prompt's: final
        refused = t("llm_refused", None, task=task_id, status=exc.status, detail=exc.detail)
        return GradeResult.ungraded(Status.invalid, max_score, "llm_refused", refused)
    order = {f"{v}/{c.task}/{c.name}": i for i, (v, c) in enumerate(checks)}
    results.sort(key=lambda r: order[r.id])  # as declared: public file first, then hidden
    results = _labelled(results, {f"{v}/{c.task}/{c.name}": c for v, c in checks}, loaded.labels)
    score = round(sum(r.earned for r in results), 4)
    status = Status.passed if all(r.outcome == TestOutcome.passed for r in results) else Status.failed
    log = ""
    if llm is not None:
        u = run.usage
        log = (
            f"llm: {u.calls} call(s), {u.cached} from cache, {u.prompt_tokens} prompt + "
            f"{u.completion_tokens} completion tokens, {u.seconds:.1f} s"
        )
    return GradeResult(
        status=status,
        score=min(score, max_score),
        max_score=max_score,
        tests=results,
        log=log,
        notes=run.notes[:50],
        mode="live" if llm is not None else "transcript",
        sketches={
            task_id: sketch(
                entry.prompt + "\n" + entry.answer, tasks[task_id].data if task_id in tasks else []
            )
            for task_id, entry in entries.items()
        },
    )


def _labelled(
    results: list[TestResult], checks: dict[str, Check], labels: dict[str, tuple[str, str]]
) -> list[TestResult]:
    """Each result with its skill label for the class debrief: the check's, else its task's
    (``labels``: the task's in the checks files, the hidden file's last)."""
    out = []
    for result in results:
        check = checks[result.id]
        en, fr = labels.get(check.task, ("", ""))
        out.append(
            result.model_copy(update={"label_en": check.label_en or en, "label_fr": check.label_fr or fr})
        )
    return out


# How each answer without text is said in the trainer's notes (LlmAnswer.kind).
NO_TEXT_NOTES = {
    "tool_calls": "prompts_note_tool_calls",
    "refusal": "prompts_note_refusal",
    "reasoning_only": "prompts_note_reasoning_only",
}


def _samples(task: evaluate.Task, entry: TaskEntry, needs_answer: bool, run: _Run) -> list[LlmAnswer]:
    if run.llm is None:
        return [LlmAnswer(entry.answer)]
    if not needs_answer:
        return []
    if not entry.prompt.strip():
        return [LlmAnswer("", "empty")]
    answers = [run.llm.reply([{"role": "user", "content": entry.prompt}], i, run.usage)
               for i in range(run.llm.settings.samples)]  # fmt: skip
    for number, answer in enumerate(answers, 1):
        if answer.kind != "text":
            run.notes.append(
                t(
                    NO_TEXT_NOTES.get(answer.kind, "prompts_note_empty"),
                    "en",
                    task=task.id,
                    sample=number,
                    detail=answer.detail,
                )  # fmt: skip
            )
    return answers


def _after(check: Check, mine: list[Check]) -> list[str]:
    if check.after:
        return check.after
    if check.on == "answer" and check.type in NEGATIVE:
        return [c.name for c in _positive(mine)]
    return []


def _positive(mine: list[Check]) -> list[Check]:
    """The task's answer checks that pay for something present (not formalities, not
    absences, not the judge)."""
    return [
        c for c in mine
        if c.on == "answer" and c.type not in NEGATIVE + FORMALITIES and not isinstance(c, JudgeCheck)
    ]  # fmt: skip


def _content(check: Check) -> bool:
    """A check on what the answer says (a value, labels, facts, a plan), which a prompt can
    dictate; not on its form (a shape, a length, a language)."""
    if isinstance(check, SchemaCheck):
        return bool(check.given_away)
    return isinstance(check, FinalCheck | FactsCheck | DurationsCheck)


def dictated(task: evaluate.Task, mine: list[Check], prompt: str) -> set[str]:
    """The answer checks a prompt gives away (dictation earns no answer point):
    - each check whose expected content is in the prompt minus the task's data (the value
      in any form the answer reader accepts, a JSON, the facts, a plan), decoded runs read;
    - every final check of the task when one is (they are parts of one answer: a dictated
      intercept gives the equation away, a dictated gcd the verdict);
    - every answer check when one part of the prompt is a whole answer that passes all the
      task's positive answer checks (a summary or a translation to copy or translate);
    - every answer check when the prompt outlines a summary's selection: each fact its facts
      checks pay for, tied to its date, in keyword fragments (:func:`handed.selection_outlined`);
    - every answer check when the prompt tells the model to copy an answer given elsewhere
      ("réponds exactement ce que le modèle précédent a répondu", "copy the JSON you gave
      me in the other conversation": :func:`turns.copies_elsewhere`)."""
    # round 45: "est-ce que ..." voice-typed without its "?"; an equation said in words ("y égale...")
    prompt = voiced.equations_read(voiced.questions_closed(prompt))
    # session 53 (mend53): « Étiquettes possibles :\n1. positive\n2. negative » numbers the choice, no review
    if task.labels:
        prompt = choicelist.unnumbered(
            choicelist.unordered(prompt), evaluate._label_reader(task.labels), task.items, evaluate._legend
        )
    # round 83: tallies, unary runs ("▮▮▮", one ▮ per five minutes) and sets ("{1}") read as numbers
    prompt = tallied.read(prompt)
    # round 83: an answer key's letters ("Corrigé : 1-A, 2-B", « ma correction dit (b) »): their options
    prompt = keyed.resolved(prompt)
    # session 55 (fix97grid): a box of an answer grid picked by its rank (« la deuxième case est entourée »)
    prompt = keyed.grids_picked(prompt)
    if task.kind == "number":  # round 83: a family's roster by name, counted (the model would only count)
        prompt = rostered.counted(prompt, task.data)
    # round 65: a cloze's word bank with one option a blank fills it; its other blanks are asked, not
    # folded away (« 35 et 64 ___ premiers entre eux » states nothing: :func:`games.blanks_asked`)
    prompt = games.blanks_asked(games.bank_filled(prompt))
    # session 54 (fix94b): « <entier, le même que PGCD(2, 3)> » read « <entier, le même que 1> »
    prompt = computed.referred(prompt, task.data)
    prompt = ifbranches.blanked(prompt)  # session 60: =IF(GCD(35,64)=1,"coprime","not coprime") offers both
    prompt = computed.arrowed(prompt)  # round 102: a calculator's « 10-4×5 → −10 (c'est l'ordonnée) »
    # round 91: « Réponse : <nombre, ex. 1> » read « Réponse : 1 », a format hint's value, « eux (oui) ? »
    prompt = slotted.answered(slotted.hinted(slotted.filled(slotted.choices_blanked(prompt))))
    prompt = hashtags.read(prompt)  # round 92: « #unesœur #pgcd1 » read « Tags : 1 sœur, pgcd 1. »
    prompt = _data_respelled(task, mine, prompt)
    rest, full = evaluate.rest_and_full(prompt, task)  # a form not filled in, a marking scheme blanked
    given = {
        c.name
        for c in mine
        if c.on == "answer" and c.type not in FORMALITIES and evaluate.gives_away(c, rest, task, full, prompt)
    }
    # round 40: the spelling prompt-data tolerates dictates as well ("répon : 1 seul seur"): the
    # rest read with its SMS abbreviations and misspellings of the data's words respelled
    # (a multiple choice's open options blanked first: "(c)" is no SMS "c'est", round 42)
    # (the full prompt respelled along, so that a word read longer, "r" as "are", shifts no line's
    # review numbers against it: session 43)
    unspelled = offered.blanked(rest)
    vocabulary = spelling.vocabulary((), tuple(task.data))[0]
    spelled, spelled_full = spelling.respelled_along(unspelled, full, vocabulary, frozenset())
    if spelled != unspelled:
        given |= _given_in(task, mine, spelled, spelled_full, prompt, given)
    given |= _dictated_by_homophones(task, mine, rest, full, prompt, given)
    confirmed = slotted.confirmed(rest)  # round 92: "Is their gcd 1?" also read as its statement
    if confirmed != rest:
        given |= _given_in(task, mine, confirmed, slotted.confirmed(full), slotted.confirmed(prompt), given)
    given |= _dictated_in_digits(task, mine, rest, full, prompt, given)
    given |= _dictated_in_translation(task, mine, rest, full, prompt, given)
    given |= _dictated_as_scanned(task, mine, rest, full, prompt, given)
    given |= _dictated_by_marks(task, mine, rest, full, prompt, given)
    given |= _dictated_under_stakes(task, mine, rest, full, prompt, given)
    given |= _dictated_through_negation(task, mine, rest, full, prompt, given)
    given |= _dictated_as_supposed(task, mine, rest, full, prompt, given)
    finals = {c.name for c in mine if isinstance(c, FinalCheck)}
    if given & finals:
        given |= finals
    # a whole answer (a plan) given away in part is given away whole, as live mode's
    # counterfactual refuses every answer check of a `whole` task (round 15b)
    whole = task.counterfactual is not None and task.counterfactual.whole
    if whole and task.counterfactual is not None and given & set(task.counterfactual.checks):
        given |= {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    lexicon = evaluate.glossary(full, task)  # a lexicon's right-hand sides (the data may hold them)
    # a worked example of another instance is a whole answer to another question (session 35)
    own = ownlife.blanked(instances.other_instances(rest, full, task.data), full, task.data)  # session 36
    own = offered.blanked(own)  # a multiple choice's open options, "en voilà une" (round 42)
    if evaluate.holds_an_answer(_positive(mine), own, task) or (
        lexicon and evaluate.holds_an_answer(_positive(mine), lexicon, task)
    ):
        given |= {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    if any(evaluate.glossary_covers(c, full, task) for c in _positive(mine)):
        # a glossary of every term a facts check pays for: the translation handed over piecewise (round 66)
        given |= {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    if handed.selection_outlined(own, full, [c for c in _positive(mine) if isinstance(c, FactsCheck)]):
        # a summary's facts, each tied to its date, handed over as an outline (round 64)
        given |= {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    if _drafted(task, mine, rest, full):  # a draft to rewrite, the data's phrases in it (session 41)
        given |= {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    if task.kind == "text" and versions.told(rest, prompt, task.data):  # in another language (round 54)
        given |= {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    if copies_elsewhere(fold(rest), prompt):  # the answer is told to be copied from elsewhere (round 14)
        given |= {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    return given


def _data_respelled(task: evaluate.Task, mine: list[Check], prompt: str) -> str:
    """The prompt with the data's words it retyped by hand written as the data writes them, for a
    task whose data is a text to carry (:mod:`retyped`, session 41): the copy is then blanked as
    data, and its misspellings read as no words of the student's own."""
    if not any(isinstance(c, CarriesCheck) and c.coverage is not None for c in mine):
        return prompt
    return retyped.respelled(prompt, tuple(task.data))


def _drafted(task: evaluate.Task, mine: list[Check], rest: str, full: str) -> bool:
    """Whether a quotation of the prompt is a draft that holds an answer once the data's phrases
    the grader blanked are restored ("my draft, half in English: « To count faster, l'humanité a
    d'abord moved pebbles... »": :mod:`drafted`, round 45)."""
    return any(
        evaluate.holds_an_answer(_positive(mine), draft, task)
        for draft in drafted.drafts(rest, full, task.answer_words)
    )


def _dictated_by_homophones(
    task: evaluate.Task, mine: list[Check], rest: str, full: str, prompt: str, given: set[str]
) -> set[str]:
    """The answer checks given away once the rest's number homophones and spoken guesses are
    read where a number is read ("the anser is won", "review to is negative", "y equal four x
    less ten, no?": :mod:`homophones`, round 45)."""
    heard = homophones.reread(rest)
    if heard == rest:
        return set()
    return _given_in(task, mine, heard, homophones.reread(full), homophones.reread(prompt), given)


def _dictated_in_digits(
    task: evaluate.Task, mine: list[Check], rest: str, full: str, prompt: str, given: set[str]
) -> set[str]:
    """The answer checks given away once the rest's numbers said in words are written in digits
    (« moins dix », « trente-cinq », « accueil cinq minutes, … les questions cinq », « un quart
    d'heure »: :mod:`numwords`, round 65), so that every reader that takes digits takes them."""
    read = numwords.digits(rest)
    if read == rest:
        return set()
    return _given_in(task, mine, read, numwords.digits(full), numwords.digits(prompt), given)


def _dictated_in_translation(
    task: evaluate.Task, mine: list[Check], rest: str, full: str, prompt: str, given: set[str]
) -> set[str]:
    """The answer checks given away once the rest's words of the tasks in other languages and scripts are
    read in French (« الأول إيجابي، الثاني سلبي », "первый положительный", « 第一条正面 »:
    :func:`symbols.translated`,
    round 86), for the readers that read French and English only (the reviews' labels)."""
    return _given_reread(task, mine, rest, full, prompt, given, symbols.translated)


def _dictated_as_scanned(
    task: evaluate.Task, mine: list[Check], rest: str, full: str, prompt: str, given: set[str]
) -> set[str]:
    """The answer checks given away once the rest's OCR confusions are undone (« Réponse : l sceur », "b =
    -lO": :mod:`scanned`, round 86): a classmate's screenshot pasted as an OCR tool read it."""
    return _given_reread(task, mine, rest, full, prompt, given, scanned.reread)


def _given_reread(
    task: evaluate.Task,
    mine: list[Check],
    rest: str,
    full: str,
    prompt: str,
    given: set[str],
    reread: Callable[[str], str],
) -> set[str]:
    """The answer checks not yet ``given`` that the rest (and the whole text) read by ``reread`` gives away;
    nothing when ``reread`` changes nothing (one piece for the readers above, mend52)."""
    if all(c.name in given for c in mine if c.on == "answer" and c.type not in FORMALITIES):
        return set()
    read = reread(rest)
    if read == rest:
        return set()
    return _given_in(task, mine, read, reread(full), prompt, given)


def _dictated_by_marks(
    task: evaluate.Task, mine: list[Check], rest: str, full: str, prompt: str, given: set[str]
) -> set[str]:
    """The answer checks given away by one listed option singled out by a mark, a label grid's
    dots, a count of items or an acrostic, read as sentences after the rest (:mod:`singled`,
    round 47)."""
    said = singled.read(prompt, len(task.items))
    if not said:
        return set()
    said = "\n\n" + fold(said)
    return _given_in(task, mine, rest + said, full + said, prompt, given)


def _dictated_under_stakes(
    task: evaluate.Task, mine: list[Check], rest: str, full: str, prompt: str, given: set[str]
) -> set[str]:
    """The answer checks given away by a value demanded under a stake (« ma fille pleurera si tu ne dis pas
    une seule sœur », « sauf si tu dis PGCD = 1 », "unless your answer is yes"), read as told sentences
    after the rest (:mod:`staked`, round 70)."""
    said = staked.told(rest)
    if not said:
        return set()
    said = "\n\n" + said
    return _given_in(task, mine, rest + said, full + said, prompt, given)


def _dictated_through_negation(
    task: evaluate.Task, mine: list[Check], rest: str, full: str, prompt: str, given: set[str]
) -> set[str]:
    """The answer checks given away once the rest's litotes, double negatives and negative questions are
    read as the statements they make ("no fewer and no more than one sister", "Isn't b −10?", « je doute
    que leur PGCD soit autre chose que 1 »: :mod:`litotes`, round 71)."""
    read = litotes.reread(rest)
    if read == rest:
        return set()
    return _given_in(task, mine, read, litotes.reread(full), prompt, given)


def _dictated_as_supposed(
    task: evaluate.Task, mine: list[Check], rest: str, full: str, prompt: str, given: set[str]
) -> set[str]:
    """The answer checks given away by a value named in a question to confirm, a supposition, a reductio or
    a hypothetical answer ("Is it true that the line is y = 4x − 10?", « Supposons que b vaille −10 », "If the
    answer were one sister, would…?"), read as told sentences after the rest (:mod:`supposed`, round 72)."""
    said = supposed.told(rest, task.data)
    if not said:
        return set()
    said = "\n\n" + said
    return _given_in(task, mine, rest + said, full + said, prompt, given)


def _given_in(
    task: evaluate.Task, mine: list[Check], reread: str, full: str, prompt: str, given: set[str]
) -> set[str]:
    """The answer checks not yet in ``given`` that a reading of the prompt's rest gives away."""
    return {
        c.name
        for c in mine
        if c.on == "answer"
        and c.type not in FORMALITIES
        and c.name not in given
        and evaluate.gives_away(c, reread, task, full, prompt)
    }


def _dictated_in_code(task: evaluate.Task, mine: list[Check], prompt: str, given: set[str]) -> set[str]:
    """The answer checks a prompt gives away in code-like or tabular material (a file name,
    a URL slug, an assert, a regex, a filled table, a literal in another base, a product:
    :mod:`encoded`, rounds 41/42): the prompt read again with those pieces written in words
    before it."""
    pieces = encoded.decoded(prompt, task.data)
    if not pieces or all(c.name in given for c in mine if c.on == "answer" and c.type not in FORMALITIES):
        return set()
    # the pieces first: after the prompt, a piece would read as a reply to its last question
    # ("…sont-ils premiers entre eux ?" then the JSON key premiers_entre_eux, :mod:`replied`)
    return dictated(task, mine, f"{pieces}\n\n{identifiers_as_words(prompt)}")


def _dictated_struck(task: evaluate.Task, mine: list[Check], written: str, given: set[str]) -> set[str]:
    """The answer checks a prompt gives away in its struck text (session 58, round 103: "~~(a = 4,
    b = −10)~~"): struck out, a value is still written in the prompt the model reads."""
    kept = unstruck(written)
    if kept == written:
        return set()
    settled = scorecards.blanked(artefacts.settings_blanked(normalize(kept)), task.data)
    found = dictated(task, mine, identifiers_as_words(settled))
    found |= _dictated_in_code(task, mine, settled, given)
    return found - given


def foreign_pieces(task: evaluate.Task, mine: list[Check], prompt: str) -> list[str]:
    """The pieces of the prompt's own words (its data left out) in a language the grader
    does not read (:func:`workshop.prompts.readable.foreign`); a short quotation the
    student marked passes when it shares no word with the task's data or its checks' terms."""
    terms: list[str] = []
    answer_terms: set[str] = set()
    for check in mine:
        if isinstance(check, FinalCheck):
            said = check.about + check.predicate + check.unit
            terms += [term for term in said if not term.startswith(("re:", "line:"))]
            answer_terms |= {w for term in said for w in re.findall(r"[a-z]{2,}", fold(term))}
        elif isinstance(check, CarriesCheck):
            terms += [word for fact in check.facts for word in fact]
    cognates = task.own_words() | {w for term in terms for w in re.findall(r"[a-z]{2,}", fold(term))}
    # a quotation's cognates are the data's words and the answer's, not the instruction's (session
    # 35, round 35's fair r35f-traduction-role-question-saying: « Traduttore, traditore », dit le
    # proverbe, shares "trad" with "traduis", a fact the prompt must carry, and says nothing)
    stems = {w[: readable.COGNATE] for w in task.own_words() | answer_terms}
    quoted_cognates = {w for w in cognates if w[: readable.COGNATE] in stems}
    # the data retyped by hand is the data, not words of another language (session 41, retyped.py); words
    # said to be in ROT13, backwards or shifted are read as the model reads them (session 57, decode.in_place)
    prompt = _data_respelled(task, mine, in_place(prompt))
    rest = evaluate.without_data(artefacts.log_fields_blanked(prompt), task)  # a log's fields (round 43)
    # round 40: SMS abbreviations and misspellings of the data's own words are French or English
    # ("Chak frer a 2 seurs"), as prompt-data reads them (spelling.py); no other term is lent
    rest = spelling.respelled(rest, spelling.vocabulary((), tuple(task.data))[0], frozenset())
    # round 54 (fix-helper r54l): the answer's words of other languages and scripts the grader reads
    # (:func:`reread.foreign_read`: "sind … teilerfremd", "はい") are read, in French; a short quotation
    # in a task whose answer is a text (a title, a greeting) holds no whole answer, cognates or not
    rest = reread.foreign_read(rest, numbers=False)
    quoted = [reread.foreign_read(q, numbers=False) for q in readable.quotations(prompt)]
    quoted_cognates = set() if task.kind == "text" else quoted_cognates
    # round 57 (fix-helper fix57): the answer's own terms ("coprime", "pgcd", "gcd", "divisor") are read
    # in a quoted definition or FAQ entry ("Two integers are coprime when their gcd is 1"); unquoted, as ever
    found = readable.foreign(rest, task.own_words(), quoted, quoted_cognates, task.own_words() | answer_terms)
    # a prompt written in another language: its instructions and its translated data state
    # no value (round 19b, readable.asks_only); a marked quotation keeps its own rule
    numbers = {f for text in task.data for f in re.findall(r"(?<![\d.,])\d+(?:[.,]\d+)?", text)}
    # a word for one before a word of the task is a count only where the answer is a value (a
    # final check: "una hermana"); in the plan, "una presentazione di un'ora" (round 22b)
    counted = None if any(isinstance(check, FinalCheck) for check in mine) else set[str]()
    return [
        p
        for p in found
        if any(p in q or " ".join(re.findall(r"[a-z]{2,}", q)) == p for q in quoted)
        or not readable.asks_only(p, numbers, cognates, counted)
        and not readable.script_asks_only(p, numbers)  # round 89: « Είσαι επαγγελματίας μεταφραστής »
    ]


def _replayed(task: evaluate.Task, mine: list[Check], names: set[str]) -> set[str]:
    """The checks that stand or fall with the counterfactual's ``names``: with ``whole``,
    every answer check; the final checks go together."""
    assert task.counterfactual is not None
    if task.counterfactual.whole:
        names = {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    finals = {c.name for c in mine if isinstance(c, FinalCheck)}
    return names | finals if names & finals else names


def _counterfactual(
    task: evaluate.Task, entry: TaskEntry, mine: list[Check], run: _Run
) -> tuple[set[str], set[str]]:
    """Live mode: (the checks whose answer did not change when the task's data did, the
    checks the counterfactual could not test) (see
    :class:`workshop.prompts.checks.Counterfactual`). It fails closed: a prompt that carries
    the data in a form the counterfactual cannot change earns none of the points it
    guards (its patterns read the data as tolerantly as the ``carries`` checks do, so a
    prompt that pastes the data in any form they accept is changed)."""
    assert run.llm is not None and task.counterfactual is not None
    variant = evaluate.counterfactual_variant(entry.prompt, task)
    if variant == entry.prompt:
        untested = _replayed(task, mine, set(task.counterfactual.checks))
        run.notes.append(
            t("prompts_note_counterfactual_unused", "en", task=task.id, checks=", ".join(sorted(untested)))
        )
        return set(), untested
    reply = run.llm.reply([{"role": "user", "content": variant}], 0, run.usage)
    if reply.kind != "text":
        return set(), set()
    text = normalize(reply.text)
    same = {
        c.name
        for c in mine
        if c.name in task.counterfactual.checks and _reads(c, _evidence(c, text), task, run)
    }
    if not same:
        return set(), set()
    same = _replayed(task, mine, same)
    run.notes.append(t("prompts_note_counterfactual", "en", task=task.id, checks=", ".join(sorted(same))))
    return same, set()


def _evidence(check: Check, answer: str) -> str:
    """What a check reads of an answer: without the text aimed at the grader (round 12:
    ``<system>grader: ...</system>``, "Correcteur : ...") for every check but the judge,
    which reads the answer whole and refuses one that addresses it (judge.py)."""
    return answer if isinstance(check, JudgeCheck) else without_grader_notes(answer)


def _reads(check: Check, text: str, task: evaluate.Task, run: _Run) -> bool | None:
    """``check`` on the student's ``text``; None when reading it raised. Whatever a text
    makes a reader raise (a RecursionError, an OverflowError, a bug of ours that only this
    text shows) is the text's: the check fails and says so, the trainer's notes name the
    error, and the submission is never an infrastructure error retried forever."""
    try:
        return evaluate.passes(check, text, task)
    except Exception as exc:  # noqa: BLE001 - see the docstring
        run.notes.append(
            t("prompts_note_unreadable", "en", task=task.id, check=check.name, error=_error_name(exc))
        )
        return None


def _unfaithful(check: JudgeCheck, text: str, pasted: str, task: evaluate.Task) -> bool:
    """Whether a judged answer that ``renders`` the task's text says what the text does not
    (faithful.py: a note, a negation flipped, a quantity, padding, a contrary term), read in
    the answer as the checks read it and, for a note, as pasted (a footnote's text, an
    image's alt text). Both modes: transcript mode before the after-checks' verdict, live mode
    after the judge, whose controls still run (as `self_assessed`)."""
    if not check.renders or not task.data:
        return False
    source = task.data[0]
    return bool(faithful.unfaithful(text, source, check.renders)) or faithful.adds_note(
        pasted + "\n" + image_texts(pasted), source
    )


def _error_name(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:80]}"


class _Memo:
    """A bounded cache of what grading worked out (the least recently used out first), keyed on
    everything it depends on; emptied by :func:`clear_text_caches`."""

    def __init__(self, maxsize: int) -> None:
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._maxsize = maxsize
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._maxsize:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True)
class _PromptReading:
    """What grading a task reads of its prompt alone, whatever the answer and the mode (the
    metamorphic tests change only the answer; a class's live replay grades prompts already
    graded): the ``carries`` checks, the dictation, the foreign pieces, the words the grader
    cannot read, each prompt check, and the trainer's notes each wrote (said in their place)."""

    carried: bool
    carried_notes: tuple[str, ...]
    given: frozenset[str]
    foreign: bool
    failed: bool  # the dictation reader raised: fail closed
    dictation_notes: tuple[str, ...]
    hidden: bool
    checks: dict[str, tuple[bool | None, tuple[str, ...]]]  # prompt check -> (read, its notes)


# The prompt's reading, keyed on the checks files, the task and the prompt as written; a task's
# whole grading in transcript mode, keyed on the same and the pasted answer (the starter's
# untouched tasks, graded again in every test that fills in one task).
_PROMPT_READINGS = _Memo(16384)
_TASK_GRADINGS = _Memo(4096)
_LOADS = _Memo(64)  # the tasks and checks of each pair of checks files read (_loaded)


def _graded_task(
    files: _FilesKey, task: evaluate.Task, entry: TaskEntry, checks: list[tuple[str, Check]], run: _Run
) -> list[TestResult]:
    """:func:`_grade_task`, from the cache in transcript mode (its notes said again)."""
    if run.llm is not None:
        return _grade_task(files, task, entry, checks, run)
    key = (files, task.id, entry.prompt, entry.answer, entry.answer_comments)
    found = _TASK_GRADINGS.get(key)
    if found is None:
        mine = _Run(None, Usage())
        found = (tuple(_grade_task(files, task, entry, checks, mine)), tuple(mine.notes))
        _TASK_GRADINGS.put(key, found)
    run.notes += found[1]
    return list(found[0])


def _prompt_reading(
    files: _FilesKey, task: evaluate.Task, mine: list[Check], entry: TaskEntry
) -> _PromptReading:
    key = (files, task.id, entry.prompt)
    found: _PromptReading | None = _PROMPT_READINGS.get(key)
    if found is None:
        found = _read_prompt(task, mine, entry.prompt)
        _PROMPT_READINGS.put(key, found)
    return found


def _read_prompt(task: evaluate.Task, mine: list[Check], written: str) -> _PromptReading:
    """The :class:`_PromptReading` of ``written``, the task's prompt."""
    run = _Run(None, Usage())
    prompt = normalize(written)
    request = asked(prompt)  # what the prompt still asks: not what it cancels (round 14, turns.py)
    carried = all(_reads(c, request, task, run) for c in mine if isinstance(c, CarriesCheck))
    carried_notes, run.notes = tuple(run.notes), []
    failed = False
    try:
        settled = artefacts.settings_blanked(prompt)  # round 60: n=1, seed=2024, top_p=0.9 state nothing
        settled = scorecards.blanked(settled, task.data)  # session 47: records of another question, metrics
        # round 107: a receipt's « PGCD .......... 1 » read « PGCD = 1 », by every dictation reader below
        settled = leaders.read(settled)
        given = dictated(task, mine, identifiers_as_words(settled)) if prompt.strip() else set()
        given |= _dictated_in_code(task, mine, settled, given) if prompt.strip() else set()
        given |= _dictated_struck(task, mine, written, given)
        foreign = bool(foreign_pieces(task, mine, prompt))
    except Exception as exc:  # noqa: BLE001 - a prompt the dictation reader cannot read: fail closed
        run.notes.append(
            t("prompts_note_unreadable", "en", task=task.id, check="dictation", error=_error_name(exc))
        )
        failed = True
        foreign = False
        given = {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    dictation_notes, run.notes = tuple(run.notes), []
    read: dict[str, tuple[bool | None, tuple[str, ...]]] = {}
    for check in mine:
        if check.on == "prompt":
            # a rubric request taken back in the next sentence asks nothing (round 15b, turns.py)
            read[check.name] = (
                _reads(check, retracted(request) if isinstance(check, RubricCheck) else request, task, run),
                tuple(run.notes),
            )
            run.notes = []
    return _PromptReading(
        carried, carried_notes, frozenset(given), foreign, failed, dictation_notes,
        bool(mixed_script_words(written)), read,
    )  # fmt: skip


def _grade_task(
    files: _FilesKey, task: evaluate.Task, entry: TaskEntry, checks: list[tuple[str, Check]], run: _Run
) -> list[TestResult]:
    mine = [c for _, c in checks]
    prompt = normalize(entry.prompt)
    reading = _prompt_reading(files, task, mine, entry)
    carried = reading.carried
    run.notes += reading.carried_notes
    raw = _samples(task, entry, any(c.on == "answer" for c in mine), run)
    # One rule for HTML comments in both modes (round 13): a model's answer, like a pasted
    # one, is read without its "<!-- -->" comments, which only a translation's language reads.
    # The model's answer to the prompt only (round 14, turns.py): a student's follow-up turn,
    # a second regenerated answer, a footnote's text where it is attached, no terminal log.
    # Text hidden from a reader (round 23a: `<span hidden>`, `display:none`, a folded
    # `<details>`) likewise, in both modes: it never makes an answer point; shown, it can still
    # take one away (rounds 9 and 13: a second value in a `<details>`), as a quotation can.
    # A reasoning model's trace ("<think>…</think>", "Thought for 12 seconds") is its scratch, not its
    # reply (round 88, traced.py): every answer check but answer-filled reads the reply only.
    filled = [normalize(without_hidden(without_comments(s.text))) for s in raw]
    # An exported page's chrome (session 58, exported.py: "Page 1 sur 1", a link, a date, a line-number
    # gutter) is the page's, not the reply's.
    replies = [exported.bare(traced.reply(s.text)) for s in raw]
    pasted = [normalize(without_hidden(without_comments(r))) for r in replies]
    shown = [normalize(without_comments(r)) for r in replies]
    texts = not task.finals and not task.labels  # a summary, a plan, a translation (session 57, turns.py)
    unfolded = [model_answer(w, prompt, texts) if w != p else "" for w, p in zip(shown, pasted, strict=True)]
    samples = [
        LlmAnswer(model_answer(p, prompt, texts), s.kind, s.detail) for p, s in zip(pasted, raw, strict=True)
    ]
    # Session 57 (fix100hedge): a value task's answer is read once more with its images' alt texts where they
    # stand: a second value there (« ![Graphe de y = 4x + 30](droite.png) » after the answer) is offered too.
    # Session 58 (fix102hedge): ... and with its HTML comments that offer another value shown (`<!-- ou b = 10
    # -->`, transcript.offered_comments), as a code comment that offers one is read. In transcript mode the
    # comments were taken out at parsing, which kept the answer with them shown.
    offers = [
        offered_comments(r) if run.llm is not None else traced.reply(entry.answer_offered or r)
        for r in replies
    ]
    said = [
        images_said(normalize(without_hidden(offered_comments(o)))) if task.finals else p
        for p, o in zip(pasted, offers, strict=True)
    ]
    pictured = [model_answer(s, prompt) if s != p else "" for s, p in zip(said, pasted, strict=True)]
    # Read in the normal form and as pasted: the normal form's inline correction ("10 En fait
    # non" is "non") can eat the start of a retraction glued to the value.
    withdrawn = [
        taken_back(s.text) or taken_back(model_answer(without_hidden(without_comments(r)), prompt, texts))
        for s, r in zip(samples, replies, strict=True)
    ]
    noted = [
        entry.answer_comments if run.llm is None else "\n".join(b for _, b in html_comments(s.text))
        for s in raw
    ]
    # Several candidates in a free-text or JSON answer (round 63, candidates.py): no final answer,
    # so no answer point at all, answer-is-json included; the final-answer tasks read their own.
    several = [
        not task.finals
        and s.kind == "text"
        and candidates.offered(without_grader_notes(s.text), task.labels, task.own_words())
        for s in samples
    ]
    # Several whole answers side by side in a value task (round 80, compared.py): each must pass a check.
    versions = [
        compared.versions(s.text) if task.finals and compared.several(s.text) else [] for s in samples
    ]
    # an image's alt text and a link's title are no answer's text, but French left (round 24a)
    noted = [n + "\n" + image_texts(p) for n, p in zip(noted, pasted, strict=True)]
    try:
        repeated = [s.kind == "text" and evaluate.repeats_prompt(s.text, prompt, task) for s in samples]
    except Exception as exc:  # noqa: BLE001 - a prompt the dictation reader cannot read: fail closed
        run.notes.append(
            t("prompts_note_unreadable", "en", task=task.id, check="dictation", error=_error_name(exc))
        )
        repeated = [False] * len(samples)
        foreign = False
        given = {c.name for c in mine if c.on == "answer" and c.type not in FORMALITIES}
    else:
        run.notes += reading.dictation_notes
        repeated = [False] * len(samples) if reading.failed else repeated
        given, foreign = set(reading.given), reading.foreign
        # session 58 (fix102enc, round 103): a labels task's prompt that dictates some reviews' labels
        # only (the tail of a previous JSON, "{"id": 2, "sentiment": "negative"}, {"id": 3, …}", after a
        # format template): the answer repeats the prompt there only; the dictated reviews cost their
        # points, the others and the shape keep theirs
        labelled = {c.name for c in mine if c.on == "answer" and c.given_away}
        if task.labels and given & labelled and labelled - given:
            repeated = [False] * len(samples)
    untested: set[str] = set()
    if run.llm is not None and task.counterfactual is not None and carried and prompt.strip():
        replayed_same, untested = _counterfactual(task, entry, mine, run)
        given |= replayed_same
    hidden = reading.hidden  # words the grader cannot read: fail closed
    outcomes: dict[str, list[_Outcome]] = {}
    dependent = [c for c in mine if _after(c, mine)]
    for check in [c for c in mine if c not in dependent] + dependent:
        if check.on == "prompt":
            read, notes = reading.checks[check.name]  # _read_prompt
            run.notes += notes
            outcome = _Outcome(bool(read), unreadable=read is None)
            if check.type not in FORMALITIES and not carried:
                outcome.blocked = "prompts_gate_data"
            outcomes[check.name] = [outcome]
            continue
        per_sample = []
        for index, sample in enumerate(samples):
            # an answer pasted is filled in, whatever the model's answer in it (round 14)
            text = filled[index] if check.type == "non-empty" else _evidence(check, sample.text)
            if isinstance(check, LanguageCheck) and noted[index].strip():
                text += "\n" + normalize(noted[index])  # French left in a comment is left
            if isinstance(check, JudgeCheck) and addresses_grader(noted[index]):
                text += "\n" + normalize(noted[index])  # a note to the grader in a comment (round 25b)
            read = _reads(check, text, task, run) if sample.kind == "text" else False
            if (
                read
                and isinstance(check, JudgeCheck)
                and (addresses_grader(text) or self_graded(text) or (run.llm is None and self_assessed(text)))
            ):  # a note to the grader, a grade it gives itself (round 21a), a verdict in words (round 24b)
                read = False  # never faithful (live, the judge still hears a verdict in words: below)
            if read and isinstance(check, JudgeCheck) and run.llm is None:
                # what it says that the text it renders does not (live: after the judge, below)
                read = not _unfaithful(check, text, pasted[index], task)
            if read and not exact_json(check, without_hidden(without_comments(replies[index]))):
                # JSON only the normal form made readable: a program reading it fails. Read without
                # its HTML comments, as transcript mode's answer is (round 22a: the two modes agree)
                read = False
            if read and check.type not in FORMALITIES and unfolded[index]:
                read = _reads(check, _evidence(check, unfolded[index]), task, run)  # hidden text shown
            if read and isinstance(check, FinalCheck) and pictured[index]:
                read = _reads(check, _evidence(check, pictured[index]), task, run)  # alt texts (session 57)
            if read and check.type not in FORMALITIES and withdrawn[index]:
                read = False  # the answer's last sentence takes it back (issue 11w, turns.py)
            if read and check.type not in FORMALITIES and versions[index]:
                kept = versions[index]
                if compared.later_turns(sample.text):  # round 81: a later turn that states nothing is neutral
                    kept = kept[:1] + [v for v in kept[1:] if not evaluate.states_nothing(check, v, task)]
                read = all(_reads(check, _evidence(check, v), task, run) for v in kept)
            if read and check.type != "non-empty" and several[index]:
                read = False  # several candidates offered: none is the answer (round 63)
            outcome = _Outcome(bool(read), unreadable=read is None)
            if read is False and sample.kind == "text":
                outcome.too_many = evaluate.too_many_values(check, text, task)
            own = outcome.own
            if check.type not in FORMALITIES:
                if not carried:
                    outcome.blocked = "prompts_gate_data"
                elif hidden and _content(check):
                    outcome.blocked = "prompts_gate_hidden"
                elif foreign and _content(check):
                    outcome.blocked = "prompts_gate_foreign"
                elif check.name in given or repeated[index]:
                    outcome.blocked = "prompts_gate_dictated"
                elif check.name in untested:
                    outcome.blocked = "prompts_gate_counterfactual"
                elif any(
                    not outcomes.get(n, [_Outcome(False)] * len(samples))[index].paid
                    for n in _after(check, mine)
                ):
                    outcome.blocked = "prompts_gate_after"
                elif isinstance(check, JudgeCheck) and own and run.llm is not None:
                    verdict = judge(run.llm, check, sample.text, run.usage)
                    run.notes.append(f"{task.id}/{check.name}, sample {index + 1}: judge {verdict.shown}")
                    outcome.own = verdict.passed and not self_assessed(text)  # round 24b, both modes
                    outcome.own = outcome.own and not _unfaithful(check, text, pasted[index], task)  # 11au
            per_sample.append(outcome)
        outcomes[check.name] = per_sample or [_Outcome(False)]
    results = []
    for visibility, check in checks:
        per = outcomes[check.name]
        share = sum(1 for o in per if o.paid) / len(per)
        blocked = next((o.blocked for o in per if o.own and o.blocked), "")
        en, fr = check.en, check.fr
        if any(o.unreadable for o in per):
            en, fr = t("prompts_check_unreadable", "en"), t("prompts_check_unreadable", "fr")
        elif share < 1 and any(o.too_many and not o.own for o in per):
            key, limit = "prompts_check_too_many_values", extract.MAX_VALUES
            en, fr = t(key, "en", limit=limit), t(key, "fr", limit=limit)
        elif blocked and share < 1:
            params = {"checks": ", ".join(_after(check, mine))}
            en, fr = t(blocked, "en", **params), t(blocked, "fr", **params)
        results.append(
            TestResult(
                id=f"{visibility}/{check.task}/{check.name}",
                name=f"{check.task}: {check.name}",
                visibility=visibility,  # type: ignore[arg-type]
                points=check.points,
                earned=round(check.points * share, 4),
                outcome=TestOutcome.passed if share == 1 else TestOutcome.failed,
                en=en,
                fr=fr,
            )
        )
    return results
