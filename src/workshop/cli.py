"""The command line: click and nothing else. Each command parses its options, calls one
library function and renders the result; WorkshopError becomes ``Error: ...``, exit 1."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from workshop import __version__
from workshop.cli_i18n import LocalizedGroup
from workshop.course import Course, Exercise
from workshop.export import FORMATS
from workshop.gradebook import Gradebook, GradedRow
from workshop.i18n import current_lang, t, use_language
from workshop.server.storage import MIN_FREE_MIB, QUOTA_ATTEMPTS
from workshop.terminal import printable

if TYPE_CHECKING:
    from collections.abc import Callable

    from workshop.export import Format, MoodleId
    from workshop.i18n import Lang
    from workshop.package import PackagePlatform
    from workshop.prompts.llm import LlmSettings
    from workshop.results import GradeResult, TestResult
    from workshop.sandbox.image import Method
    from workshop.sandbox.runner import Runner
    from workshop.sandbox.runtime import Choice, RuntimeChoice

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


roster_option = click.option(
    "--roster",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    required=True,
    help="Class roster: CSV with id,name,email and optional LMS ids (one token per student for serve).",
)
course_option = click.option(
    "--course",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder holding exercises/ and graders/ (default: $WORKSHOP_COURSE, the current "
    "folder if it has exercises/, else the exercises shipped with workshop).",
)


class PlaceType(click.ParamType):
    """A gradebook: a file path (SQLite) or a database URL (kept as text)."""

    name = "PATH|URL"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Path | str:
        if isinstance(value, Path):
            return value
        text = str(value)
        return text if "://" in text else Path(text)


GRADEBOOK_HELP = (
    "SQLite gradebook file, or a PostgreSQL URL (postgresql://user:password@host/db, "
    "with pip install 'workshop[scale]')."
)
runtime_option = click.option(
    "--runtime",
    type=click.Choice(["runc", "runsc", "auto"]),
    envvar="WORKSHOP_RUNTIME",
    default="auto",
    show_default="auto or $WORKSHOP_RUNTIME",
    help="Runtime of the grading containers: runsc (gVisor: the student's system calls meet a "
    "kernel in user space, not the host's), runc (Docker's default), auto (runsc when the "
    "engine has it, else runc). Part of the grader key: changing it grades again.",
)
session_option = click.option(
    "--session",
    default=None,
    metavar="NAME|all",
    help="The session to follow: a file of the course's sessions/ folder (default: the one "
    "that says default = true); all: every exercise, in full.",
)
gradebook_option = click.option(
    "--gradebook",
    type=PlaceType(),
    default=lambda: os.environ.get("WORKSHOP_GRADEBOOK", "gradebook.sqlite"),
    show_default="gradebook.sqlite or $WORKSHOP_GRADEBOOK",
    help=GRADEBOOK_HELP,
)


def broker_options(func):  # type: ignore[no-untyped-def]
    """--broker and --results, shared by grade, serve and worker."""
    func = click.option(
        "--results",
        envvar="WORKSHOP_RESULTS",
        default=None,
        help="Where workers leave their answers: a Redis URL (default: the broker, when it is Redis).",
    )(func)
    return click.option(
        "--broker",
        envvar="WORKSHOP_BROKER",
        default=None,
        help="Grade on workers through this broker instead of here: redis://[:password@]host:6379/0 "
        "(or amqp:// for RabbitMQ, with --results). Needs pip install 'workshop[scale]'.",
    )(func)


def _set_lang(ctx: click.Context, param: click.Parameter, lang: str | None) -> None:
    if lang:
        os.environ["WORKSHOP_LANG"] = lang
        use_language(cast("Lang", lang))


@click.group(cls=LocalizedGroup)
@click.version_option(__version__, prog_name="workshop")
@click.option(
    "--lang",
    type=click.Choice(["en", "fr"]),
    default=None,
    is_eager=True,  # before --help, so that `workshop --lang fr serve --help` is French
    expose_value=False,
    callback=_set_lang,
    help="Language of messages and reports (default: $WORKSHOP_LANG, then $LANG).",
)
def main() -> None:
    """workshop: hand in exercises, grade them in a sandbox, export the scores."""


def _exercise(course: Path | None, slug: str | None, folder: Path) -> tuple[Exercise, Path]:
    """The exercise and its folder: ``folder`` or the nearest one above it that
    ``workshop start`` marked for that exercise."""
    from workshop.errors import InputError
    from workshop.settings import exercise_folder

    marked = exercise_folder(folder)
    if marked is not None and (slug is None or slug.strip().lower() == marked[1].lower()):
        if marked[0] != folder.resolve():
            click.echo(t("using_exercise_folder", folder=marked[0]), err=True)
        folder, slug = marked
    if not slug:
        raise InputError("exercise_not_given", folder=folder)
    return Course.locate(course).find(slug), folder


def _session_course(course: Path | None, session: str | None) -> Course:
    """The course, following the session asked for (or its default one); said on stderr."""
    from workshop.session import choose

    found = choose(Course.locate(course), session)
    if found.session is not None:
        title = found.session.spec.title.get(current_lang())
        click.echo(t("session_following", title=title, name=found.session.name), err=True)
    return found


def _warn(line: str) -> None:
    click.echo(line, err=True)


def _print_tests(tests: list[TestResult], lang: Lang) -> None:
    """One line per test; a failure always says why (see :func:`workshop.check.explain`)."""
    from workshop.check import explain

    for test in tests:
        if test.outcome == "passed":
            click.echo(f" ✓ {test.name}")
            continue
        message, detail = explain(test, lang)
        click.echo(f" ✗ {test.name} — {message}" + (f"\n     {detail}" if detail else ""))


# -- student side -------------------------------------------------------------------------
@main.command()
@click.argument("exercise", required=False)
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@course_option
def start(exercise: str | None, folder: Path, course: Path | None) -> None:
    """Put EXERCISE's starter files and instructions in the current folder (without
    EXERCISE: list the exercises)."""
    from workshop.submit import start as start_exercise

    if exercise is None:
        from workshop.session import choose

        lang = current_lang()
        located = choose(Course.locate(course), None)
        others = located.slugs()
        if located.session is not None:  # the session's exercises first
            click.echo(t("start_session", lang, title=located.session.spec.title.get(lang)))
            for slug in located.session_slugs():
                each = located.exercise(slug)
                optional = f" {t('start_optional', lang)}" if each.optional else ""
                click.echo(f"  {each.slug:<16} {each.spec.title.get(lang)}{optional}")
            others = [slug for slug in others if slug not in located.session_slugs()]
            if others:
                click.echo(t("start_others", lang))
        else:
            click.echo(t("start_list", lang))
        for each in map(located.exercise, others):
            click.echo(f"  {each.slug:<16} {each.spec.title.get(lang)}")
        click.echo(t("start_how", lang))
        return
    found = Course.locate(course).find(exercise)
    for path in start_exercise(found, folder):
        click.echo(f"  + {path}")
    click.echo(t("started", slug=found.slug, folder=folder.resolve()))


@main.command()
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--exercise", default=None, help="Exercise slug (default: from .workshop.toml).")
@click.option(
    "--runtime",
    type=click.Choice(["runc", "runsc", "auto"]),
    envvar="WORKSHOP_RUNTIME",
    default=None,
    help="Accepted for symmetry with grade; check runs no container, so it has no effect here.",
)
@course_option
def check(folder: Path, exercise: str | None, runtime: str | None, course: Path | None) -> None:
    """Run the public tests on your own code, locally."""
    from workshop.check import check as run_check

    if runtime is not None:
        click.echo(t("check_runtime_ignored", runtime=runtime), err=True)
    found, folder = _exercise(course, exercise, folder)
    lang = current_lang()
    result = run_check(folder, found, lang)
    _print_check(result, lang)
    passed = sum(1 for x in result.tests if x.outcome == "passed")
    sys.exit(0 if result.tests and passed == len(result.tests) else 1)


def _print_check(result: GradeResult, lang: Lang) -> None:
    """What ``workshop check`` prints (``workshop submit`` prints it too)."""
    if result.load_error:
        click.echo(f"{t('report_load_error', lang)} {result.load_error}")
    _print_tests(result.tests, lang)
    passed = sum(1 for x in result.tests if x.outcome == "passed")
    if result.tests or not result.load_error:  # a file that does not load has no "0/0" to show
        click.echo(
            t(
                "check_summary",
                passed=passed,
                total=len(result.tests),
                score=result.score,
                max=result.max_score,
            )
        )


@main.command()
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--exercise", default=None, help="Exercise slug (default: from .workshop.toml).")
@click.option("--student", default=None, help="Your student id (default: $WORKSHOP_STUDENT or config).")
@click.option(
    "--to",
    "inbox",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The inbox folder (default: $WORKSHOP_INBOX or config).",
)
@click.option(
    "--allow-errors",
    is_flag=True,
    help="Hand in even if a Python file does not parse or a notebook would not run "
    "(syntax error, an error in a cell, answers not written).",
)
@click.option(
    "--server",
    default=None,
    help="The classroom server's address (instead of --to), e.g. http://10.0.0.5:8765 "
    "(default: $WORKSHOP_SERVER or config).",
)
@click.option("--token", default=None, help="Your personal token for --server ($WORKSHOP_TOKEN or config).")
@click.option(
    "--no-check",
    is_flag=True,
    help="Do not run the public tests on this machine first. What you lose: at grading, the "
    "public tests' details (error messages, values) and a load error are shown only when they "
    "equal what your machine gave here, so without this run the grading report shows no details "
    "(run 'workshop check' to see them).",
)
@course_option
def submit(
    folder: Path,
    exercise: str | None,
    student: str | None,
    inbox: Path | None,
    allow_errors: bool,
    server: str | None,
    token: str | None,
    no_check: bool,
    course: Path | None,
) -> None:
    """Run the public tests here (as 'workshop check'), then pack and hand in your files;
    prints a receipt."""
    from workshop.errors import InputError
    from workshop.settings import resolve_inbox, resolve_server, resolve_student
    from workshop.submit import submit as do_submit

    found, folder = _exercise(course, exercise, folder)
    student_id = resolve_student(student)
    if not student_id:
        raise InputError("student_missing")
    server, token = resolve_server(server, token)
    lang = current_lang()

    def on_check(result: GradeResult) -> None:
        click.echo(t("submit_checking", lang))
        _print_check(result, lang)

    if server and not inbox:
        from workshop.remote import upload, wait_for_feedback

        if not token:
            raise InputError("token_missing")

        remote = upload(server, token, folder, found, student_id, allow_errors, _warn, not no_check, on_check)
        click.echo(
            t(
                "receipt",
                exercise=remote["exercise"],
                student=remote["student"],
                size=remote["size"],
                sha256=remote["sha256"],
                path=f"{server} ({remote['attempt']})",
            )
        )
        feedback = wait_for_feedback(server, token or "", remote)
        if feedback is None:
            click.echo(t("server_feedback_later", url=server.rstrip("/") + "/student"))
            return
        from workshop.remote import feedback_tests

        if feedback.get("reason"):
            click.echo(f"{t('report_load_error', lang)} {feedback['reason']}")
        tests = feedback_tests(feedback)
        _print_tests(tests, lang)
        passed = sum(1 for x in tests if x.outcome == "passed")
        click.echo(t("server_feedback", lang, passed=passed, total=len(tests)))
        return
    target = resolve_inbox(inbox)
    if target is None:
        raise InputError("inbox_not_given")
    receipt = do_submit(
        folder,
        found,
        student_id,
        target,
        allow_errors=allow_errors,
        warn=_warn,
        run_check=not no_check,
        on_check=on_check,
    )
    click.echo(
        t(
            "receipt",
            exercise=receipt.exercise,
            student=receipt.student,
            size=receipt.size,
            sha256=receipt.sha256,
            path=receipt.path,
        )
    )


@main.command()
@click.argument("inbox", type=click.Path(file_okay=False, path_type=Path))
@roster_option
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("workshop-server"),
    show_default=True,
    help="Gradebook, reports, tokens.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="0.0.0.0 to let the room in.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    default=None,
    help="Containers at once (with --broker: jobs in flight at once, default 32).",
)
@click.option(
    "--warm",
    type=click.IntRange(0, 64),
    default=0,
    show_default=True,
    help="Grading containers started ahead of the uploads, per exercise (memory, no CPU while they wait).",
)
@click.option(
    "--gradebook",
    type=PlaceType(),
    envvar="WORKSHOP_GRADEBOOK",
    default=None,
    help=GRADEBOOK_HELP + " Default: DATA/gradebook.sqlite.",
)
@broker_options
@click.option(
    "--late",
    type=click.Choice(["refuse", "flag", "penalty"]),
    default="flag",
    show_default=True,
    help="Uploads after an exercise's deadline: refuse them, accept and flag them, or apply --penalty.",
)
@click.option(
    "--penalty",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="With --late penalty: the fraction taken off a late attempt's score.",
)
@click.option(
    "--tls-cert",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Serve HTTPS with this certificate (PEM, full chain); needs --tls-key.",
)
@click.option(
    "--tls-key", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Its key (PEM)."
)
@click.option(
    "--root-path",
    default="",
    help="Behind a reverse proxy that serves workshop under a path prefix, e.g. /workshop.",
)
@click.option(
    "--forwarded-allow-ips",
    default="127.0.0.1",
    show_default=True,
    help="Proxies whose X-Forwarded-Proto/For headers are believed (comma-separated, or *).",
)
@click.option(
    "--public-url",
    default="",
    help="The address students and the LMS use, for the slips and the printed links (default: "
    "this machine's LAN address with --host 0.0.0.0), e.g. https://ai-room.example.org.",
)
@click.option(
    "--quota-attempts",
    type=click.IntRange(1, 100000),
    default=QUOTA_ATTEMPTS,
    show_default=True,
    help="Disk each student may take per exercise, in full-size attempts (every file at the "
    "exercise's max_file_kib), and ten times as many attempts in number; past either an "
    "upload is refused.",
)
@click.option(
    "--min-free-mib",
    type=click.IntRange(0, 1 << 30),
    default=MIN_FREE_MIB,
    show_default=True,
    help="Free space (MiB) under which, on any disk the server writes to (inbox, data, reports, "
    "gradebook), uploads are refused (503) and /healthz is not ok.",
)
@runtime_option
@session_option
@course_option
def serve(
    inbox: Path,
    roster: Path,
    data: Path,
    host: str,
    port: int,
    workers: int | None,
    warm: int,
    gradebook: Path | str | None,
    broker: str | None,
    results: str | None,
    late: str,
    penalty: float,
    tls_cert: Path | None,
    tls_key: Path | None,
    root_path: str,
    forwarded_allow_ips: str,
    public_url: str,
    quota_attempts: int,
    min_free_mib: int,
    runtime: str,
    session: str | None,
    course: Path | None,
) -> None:
    """Run the classroom server: uploads, background grading, scores for the LMS."""
    import uvicorn

    from workshop.roster import load_roster
    from workshop.server.app import LatePolicy, create_app
    from workshop.server.guard import guarded_listener, limit_log_lines, raise_fd_limit, uvicorn_limits
    from workshop.server.listen import Listen
    from workshop.server.storage import Storage
    from workshop.server.tokens import CLASS, TokenStore
    from workshop.server.worker import GradingWorker
    from workshop.signals import stop_on_signals

    if warm and broker:
        raise click.UsageError(t("warm_not_with_broker"))
    listen = Listen(
        host=host,
        port=port,
        tls_cert=tls_cert,
        tls_key=tls_key,
        root_path=root_path,
        forwarded_allow_ips=forwarded_allow_ips,
        public_url=public_url,
    )
    listen.check()
    where = listen.where()
    found = _session_course(course, session)
    entries = load_roster(roster)
    inbox.mkdir(parents=True, exist_ok=True)
    factory = None
    if broker:  # students in the room: the interactive queue
        from workshop.scale.runner import IN_FLIGHT, runner_factory
        from workshop.scale.settings import INTERACTIVE

        factory = runner_factory(broker, results, INTERACTIVE, cast("Choice", runtime))
        workers = workers or IN_FLIGHT
    worker = GradingWorker(
        inbox, found, data, workers, _runtime(runtime), gradebook, broker=factory, roster=entries, warm=warm
    )
    policy = LatePolicy(mode=late, penalty=penalty)
    book_file = Path(gradebook) if gradebook is not None and "://" not in str(gradebook) else None
    storage = Storage(inbox, data, quota_attempts, min_free_mib, gradebook=book_file)
    app = create_app(
        inbox, found, data, entries, worker, late_policy=policy, gradebook=gradebook, storage=storage
    )
    worker.start()
    store = TokenStore(data, gradebook if isinstance(gradebook, str) else None)
    slips = store.slips(entries, where.url, current_lang())
    click.echo(t("server_started", url=where.url, inbox=inbox, tokens=slips))
    class_token = store.handed_out().get(CLASS)
    if class_token:
        click.echo(t("server_dashboard", url=f"{where.url}/dashboard#token={class_token}"))
    if where.others:
        click.echo(t("server_other_addresses", urls=", ".join(where.others)))
    if not where.found:
        click.echo(t("server_no_lan_address"), err=True)
    # No access log: a token given as ?token= (Moodle's pull) must never be written down.
    # uvicorn_limits: idle connections kept longer than clients keep them (httpx: 5 s), so
    # the server never closes one under a request a client is sending on it; headers, bodies
    # and a stop all bounded in time (workshop.server.guard).
    # SIGTERM and Ctrl-C: uvicorn stops serving, then hands the signal back to the handler
    # of stop_on_signals (not the default one, which would end the process at once), and
    # the worker stops: no new job, containers removed, results kept.
    # The listening socket is the guard's (guarded_listener): under a deep accept queue,
    # connections without a complete request head are closed as they are accepted.
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        **uvicorn_limits(raise_fd_limit()),
        **listen.uvicorn_options(),
    )
    limit_log_lines()  # every line a request can cause: one per kind per minute (guard)
    server = uvicorn.Server(config)
    listener = guarded_listener(config, server.server_state.connections)
    with stop_on_signals() as stopped:
        # A signal that lands before uvicorn has put its own handlers in place only sets
        # ``stopped``: tell the server, or it would serve on, deaf to it.
        def tell_server() -> None:
            stopped.wait()
            server.should_exit = True

        threading.Thread(target=tell_server, daemon=True).start()
        server.run(sockets=[listener])
    worker.stop()
    run = worker.last_run
    interrupted = run.interrupted if run and run.stopped else 0
    click.echo(
        t(
            "grading_stopped",
            kept=worker.kept,
            gradebook=data / "gradebook.sqlite",
            pending=interrupted + (run.not_started if run and run.stopped else 0),
            interrupted=interrupted,
            removed=run.removed if run and run.stopped else 0,
        )
    )


@main.command("worker")
@broker_options
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    default=None,
    help="Containers at once on this machine (default: one per core).",
)
@click.option(
    "--queues",
    default="interactive,bulk",
    show_default=True,
    help="Which jobs to take, in this order: interactive (students in the room), bulk (batches).",
)
@click.option("--name", default=None, help="This worker's name, unique per machine (default: workshop@HOST).")
@click.option(
    "--visibility-timeout",
    type=click.FloatRange(2, 86400),
    envvar="WORKSHOP_VISIBILITY_TIMEOUT_S",
    default=600.0,
    show_default=True,
    help="Seconds after which a job whose worker vanished goes back to the queue; more than "
    "the longest exercise's wall_time_s.",
)
def worker_cmd(
    broker: str | None,
    results: str | None,
    concurrency: int | None,
    queues: str,
    name: str | None,
    visibility_timeout: float,
) -> None:
    """Take grading jobs from the broker and run them in this machine's Docker engine."""
    from workshop.errors import InputError
    from workshop.scale.settings import BrokerSettings, queue_names
    from workshop.scale.worker import default_name, run_worker

    if not broker:
        raise InputError("worker_broker_missing")
    settings = BrokerSettings.from_env(broker, results, visibility_timeout_s=visibility_timeout)
    run_worker(
        settings,
        name or default_name(),
        concurrency or os.cpu_count() or 1,
        queue_names(queues),
        say=lambda line: click.echo(line, err=True),
    )


# -- trainer side -------------------------------------------------------------------------
def _grade_with_progress(
    inbox: Path,
    course: Course,
    book: Gradebook,
    workers: int | None,
    reports: Path,
    table: bool = True,
    llm: LlmSettings | None = None,
    runner_factory: Callable[[], Runner] | None = None,
    runtime: str = "auto",
    roster: Path | None = None,
) -> Path:
    from workshop.grade import Graders, grade_inbox
    from workshop.prompts.llm import LlmClient
    from workshop.reports import write_reports
    from workshop.signals import stop_on_signals

    lang = current_lang()
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
        console=err,
        transient=False,
    )
    task = progress.add_task(t("grade_progress", lang), total=None, last="")

    def on_total(n: int) -> None:
        progress.update(task, total=n)
        if n:
            progress.start()

    def on_done(attempt, result) -> None:  # type: ignore[no-untyped-def]
        said = t(f"status_{result.status.value}", lang)
        progress.update(task, advance=1, last=f"{attempt.student}{t('report_colon', lang)}{said}")

    client = LlmClient(llm) if llm else None
    if runner_factory is not None:  # on workers, through a broker (workshop.scale)
        from workshop.scale.runner import broker_runtime

        graders = Graders(runner_factory, client, runtime=broker_runtime(cast("Choice", runtime)))
    else:
        graders = Graders.sandbox(_runtime(runtime), client, inbox=inbox)
    try:
        with stop_on_signals() as stop:  # Ctrl-C: no new job, containers removed, results kept
            run = grade_inbox(
                inbox,
                course,
                book,
                graders,
                workers=workers,
                lang=lang,
                on_total=on_total,
                on_done=on_done,
                stop=stop,
            )
    finally:
        progress.stop()
    for stray in run.strays:  # a name a student chose: shown, never acted on (workshop.terminal)
        err.print(t("grade_stray", lang, path=printable(stray)), markup=False, emoji=False)
    if not run.graded:
        err.print(t("grade_nothing", lang, unchanged=run.unchanged))
    if graders.llm is not None and (graders.usage.calls or graders.usage.cached):
        u = graders.usage
        err.print(
            t(
                "llm_summary",
                lang,
                calls=u.calls,
                cached=u.cached,
                prompt_tokens=u.prompt_tokens,
                completion_tokens=u.completion_tokens,
                seconds=u.seconds,
            )
        )
    rows = book.latest()
    from workshop.roster import load_roster

    summary = write_reports(rows, course, reports, lang, load_roster(roster) if roster else None)
    if run.stopped:
        click.echo(
            t(
                "grading_stopped",
                lang,
                kept=len(run.graded),
                gradebook=book.path,
                pending=run.interrupted + run.not_started,
                interrupted=run.interrupted,
                removed=run.removed,
            ),
            err=True,
        )
        sys.exit(130)
    if table:
        _print_table(rows)
    out.print(t("grade_reports", lang, path=summary))
    return summary


def _beside(gradebook: Path | str) -> Path:
    """The folder of a gradebook file; the current folder for a database URL."""
    return gradebook.parent if isinstance(gradebook, Path) else Path(".")


def _runtime(choice: str) -> RuntimeChoice:
    """Resolved on first use (before any progress bar), and said once on stderr when ``auto``
    picks; click.echo, not rich: one line however long, never wrapped."""
    from workshop.sandbox.runtime import RuntimeChoice

    return RuntimeChoice(cast("Choice", choice), say=lambda line: click.echo(line, err=True))


def _print_table(rows: list[GradedRow], expected: dict[str, tuple[str, float]] | None = None) -> None:
    lang = current_lang()
    table = Table(show_lines=False)
    for word in ("exercise", "student", "status", "score", "attempts"):
        table.add_column(t(f"report_{word}", lang))
    if expected is not None:
        table.add_column(t("demo_expected", lang))
    for row in rows:
        res = row.result
        cells = [
            row.exercise,
            row.student,
            t(f"status_{res.status.value}", lang),
            f"{res.score:g} / {res.max_score:g}",
            str(row.attempts),
        ]
        if expected is not None:
            want = expected.get(row.student)
            ok = want is not None and want == (res.status.value, res.score)
            said = t(f"status_{want[0]}", lang) + f" {want[1]:g}" if want else "-"
            cells.append(("✓ " if ok else "✗ ") + said)
        table.add_row(*cells)
    out.print(table)


@main.command()
@click.argument("inbox", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--reports",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("reports"),
    show_default=True,
    help="Folder for the reports.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    default=None,
    help="Containers at once (default: one per core; with --broker: jobs in flight, default 32).",
)
@click.option(
    "--llm-base-url",
    envvar="WORKSHOP_LLM_BASE_URL",
    default=None,
    help="Live mode for prompt exercises: an OpenAI-compatible endpoint (e.g. "
    "http://127.0.0.1:11434/v1). The API key comes from $WORKSHOP_LLM_API_KEY.",
)
@click.option("--llm-model", envvar="WORKSHOP_LLM_MODEL", default=None, help="Model name for live mode.")
@click.option(
    "--llm-samples",
    type=click.IntRange(1, 50),
    default=3,
    show_default=True,
    help="Answers asked per prompt; a check earns its points times the share that pass.",
)
@click.option("--llm-temperature", type=click.FloatRange(0, 2), default=0.7, show_default=True)
@click.option(
    "--llm-timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds per request.",
)
@click.option(
    "--llm-concurrency", type=click.IntRange(1, 64), default=4, show_default=True, help="Requests at once."
)
@click.option(
    "--llm-cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Answer cache (default: llm-cache/ next to the gradebook).",
)
@click.option(
    "--roster",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Class roster (CSV with id,name,email): the class page names who has not handed in.",
)
@click.option(
    "--session",
    default="all",
    show_default=True,
    metavar="NAME|all",
    help="Grade as this session of the course's sessions/ folder counts (for a prompts "
    "exercise, only its tasks); all: every exercise, in full.",
)
@runtime_option
@gradebook_option
@broker_options
@course_option
def grade(
    inbox: Path,
    reports: Path,
    workers: int | None,
    llm_base_url: str | None,
    llm_model: str | None,
    llm_samples: int,
    llm_temperature: float,
    llm_timeout: float,
    llm_concurrency: int,
    llm_cache: Path | None,
    roster: Path | None,
    session: str,
    runtime: str,
    gradebook: Path | str,
    broker: str | None,
    results: str | None,
    course: Path | None,
) -> None:
    """Grade the latest attempt of each student in INBOX, each in a fresh sandbox (here, or
    on workers with --broker)."""
    from workshop.errors import InputError
    from workshop.prompts.llm import LlmSettings

    llm = None
    if llm_base_url or llm_model:
        if not (llm_base_url and llm_model):
            raise InputError("llm_half_configured")
        llm = LlmSettings(
            base_url=llm_base_url,
            model=llm_model,
            samples=llm_samples,
            temperature=llm_temperature,
            timeout_s=llm_timeout,
            concurrency=llm_concurrency,
            cache_dir=llm_cache or _beside(gradebook) / "llm-cache",
        )
    found = _session_course(course, session)
    book = Gradebook(gradebook)
    if isinstance(gradebook, str):  # a shared database: uploads a server took elsewhere
        from workshop.records.uploads import sync_inbox

        sync_inbox(book, inbox)
    factory = None
    if broker:  # a trainer's batch: the bulk queue, after the students in the room
        from workshop.scale.runner import IN_FLIGHT, runner_factory
        from workshop.scale.settings import BULK

        factory = runner_factory(broker, results, BULK, cast("Choice", runtime))
        workers = workers or IN_FLIGHT
    try:
        _grade_with_progress(
            inbox,
            found,
            book,
            workers,
            reports,
            llm=llm,
            runtime=runtime,
            roster=roster,
            runner_factory=factory,
        )
    finally:
        book.close()


@main.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="canvas, moodle-csv, moodle-xml: LMS imports; gradescope, prairielearn: one result file "
    "per exercise and student; json: LTI AGS-shaped results; csv: a table with a total. "
    "'moodle' is another name for moodle-csv.",
)
@click.option(
    "--lti",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Instead of a file, push the scores to an LTI 1.3 platform (Assignment and Grade "
    "Services) described by this TOML file; students need an lti_user_id in the roster.",
)
@roster_option
@click.option(
    "--moodle-id",
    type=click.Choice(["email", "username", "idnumber"]),
    default="email",
    show_default=True,
    help="The identity column Moodle maps (moodle-csv format; moodle-xml always uses the "
    "roster's moodle_idnumber).",
)
@click.option(
    "--skip-unknown",
    is_flag=True,
    help="moodle-xml: leave out the students and exercises without a Moodle ID number "
    "(without it, the export names them and writes nothing).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here instead of standard output.",
)
@gradebook_option
@course_option
def export_cmd(
    fmt: str | None,
    lti: Path | None,
    roster: Path,
    moodle_id: str,
    skip_unknown: bool,
    output: Path | None,
    gradebook: Path,
    course: Path | None,
) -> None:
    """Export the latest scores for an LMS, or push them to an LTI 1.3 platform (--lti)."""
    from workshop.errors import ConfigError
    from workshop.export import export
    from workshop.export_formats import moodle_unknowns
    from workshop.roster import load_roster

    if lti is not None and (fmt or output):
        raise click.UsageError(t("lti_not_with_format"))
    if lti is None and not fmt:
        raise click.UsageError(t("lti_format_or_lti"))
    platform = None
    if lti is not None:
        from workshop.lti import load_platform

        platform = load_platform(lti)
    entries = load_roster(roster)
    found = Course.locate(course)
    book = Gradebook(gradebook, create=False)
    try:
        rows = book.latest()
        known = {entry.id for entry in entries}
        missing = sorted({row.student for row in rows} - known)
        if missing:  # click.echo, not rich: one line however long, never wrapped
            click.echo(t("export_not_in_roster", count=len(missing), ids=", ".join(missing[:20])), err=True)
        if platform is not None:
            from workshop.errors import WorkshopError
            from workshop.lti import push_report, push_scores

            pushed = push_scores(
                platform, found, rows, entries, current_lang(), lambda line: click.echo(line, err=True), book
            )
            click.echo("\n".join(push_report(pushed, current_lang())))
            if pushed.refused:
                raise WorkshopError("lti_some_refused", count=len(pushed.refused))
            return
    finally:
        book.close()
    if fmt == "moodle-xml":  # the pre-flight: Moodle rejects the whole file at an unknown ID number
        unknown = moodle_unknowns(found, rows, entries)
        if unknown and not skip_unknown:
            raise ConfigError(
                "export_moodle_unknown",
                students=", ".join(unknown.students[:20]) or "-",
                exercises=", ".join(unknown.exercises) or "-",
            )
        if unknown.students:
            ids = ", ".join(unknown.students[:20])
            click.echo(t("export_no_moodle_idnumber", count=len(unknown.students), ids=ids), err=True)
        if unknown.exercises:
            click.echo(t("export_no_moodle_item", slugs=", ".join(unknown.exercises)), err=True)
    text = export(
        cast("Format", fmt),  # click.Choice checked both
        found,
        rows,
        entries,
        current_lang(),
        cast("MoodleId", moodle_id),
    )
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@main.command("package")
@click.argument("platform", type=click.Choice(["gradescope", "prairielearn"]))
@click.argument("slug")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="gradescope: the zip (default autograder-SLUG.zip); prairielearn: the question folder "
    "(default prairielearn-SLUG/).",
)
@course_option
def package_cmd(platform: str, slug: str, output: Path | None, course: Path | None) -> None:
    """An exercise as an autograder that Gradescope or PrairieLearn runs, grading with
    workshop's own harness (grader and student apart)."""
    from workshop.package import package

    found = Course.locate(course).exercise(slug)
    path = package(cast("PackagePlatform", platform), found, output, current_lang())
    click.echo(t("package_written", platform=platform, slug=slug, path=path))


@main.command()
@click.option(
    "--reports",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("reports"),
    show_default=True,
    help="Reports folder, rewritten after each grade so that reports show it.",
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8766, show_default=True, help="0: any free port."
)
@gradebook_option
@course_option
def review(reports: Path, port: int, gradebook: Path | str, course: Path | None) -> None:
    """Grade notebook answers by hand in your browser: a local page (127.0.0.1) over the
    gradebook (a file or a PostgreSQL URL); each answer shown, points within the cell's
    maximum, a comment."""
    from workshop.errors import InputError
    from workshop.server.review import serve_review

    if isinstance(gradebook, Path) and not gradebook.is_file():
        raise InputError("review_no_gradebook", path=gradebook)
    if isinstance(gradebook, str):  # a database: it must hold a gradebook already
        from workshop.records.database import require_gradebook

        require_gradebook(gradebook)
    serve_review(
        gradebook, Course.locate(course), reports, port, lambda url: click.echo(t("review_started", url=url))
    )


@main.group()
def exercise() -> None:
    """Author and check exercises."""


@exercise.command("build")
@click.argument(
    "sources", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True, path_type=Path)
)
@click.option("--slug", required=True, help="The exercise's slug (its folder name).")
@course_option
def build_cmd(sources: tuple[Path, ...], slug: str, course: Path | None) -> None:
    """Build a notebook exercise from master notebooks with nbgrader markers: the student
    version goes to exercises/SLUG/, the grader copy (hidden tests included) to graders/SLUG/.
    AUTOTEST lines use autotests.yml next to the notebook, else at the course root."""
    from workshop.notebook_build import build_exercise

    root = course or Path(".")
    auto, total = build_exercise(list(sources), slug, root)
    click.echo(
        t(
            "notebook_built",
            slug=slug,
            student=root / "exercises" / slug,
            grader=root / "graders" / slug,
            points=auto,
            manual=total - auto,
        )
    )


@exercise.command("validate")
@click.argument("slugs", nargs=-1)
@course_option
def validate_cmd(slugs: tuple[str, ...], course: Path | None) -> None:
    """Prove exercises (default: all): the solution earns full marks in the sandbox, the
    starter does not, and no hidden text is in what students receive."""
    from workshop.grade import Graders
    from workshop.sandbox.image import require_image
    from workshop.sandbox.runner import DockerRunner
    from workshop.validate import validate

    found = Course.locate(course)
    graders = Graders(lambda: DockerRunner(require_image()))
    all_ok = True
    for slug in slugs or tuple(found.slugs()):
        click.echo(slug)
        findings, _ = validate(found.exercise(slug), graders, current_lang())
        for f in findings:
            all_ok &= f.ok
            click.echo(f"  {'!' if f.warning else '✓' if f.ok else '✗'} {t(f.key, None, **f.params)}")
    sys.exit(0 if all_ok else 1)


@main.group()
def sandbox() -> None:
    """The grading image and the Docker engine."""


@sandbox.command()
@click.option(
    "--method",
    type=click.Choice(["pull", "debian"]),
    default=None,
    help="pull: FROM python:3.12-slim (needs a registry); debian: debootstrap, no "
    "registry (default: debian when debootstrap is installed).",
)
@click.option("--force", is_flag=True, help="Rebuild even if an identical image exists.")
def build(method: str | None, force: bool) -> None:
    """Build the grading image (reused when its inputs are unchanged)."""
    from workshop.sandbox.image import ensure_image

    tag, built = ensure_image(
        cast("Method | None", method),
        log=lambda line: err.print(line, markup=False),
        force=force,
    )
    click.echo(t("image_built" if built else "image_present", tag=tag))


@sandbox.command()
def doctor() -> None:
    """Say what the sandbox needs and how to fix what is missing."""
    from workshop.sandbox.doctor import diagnose

    findings = diagnose()
    for f in findings:
        click.echo(f"{'✓' if f.ok else '✗'} {f.what}" + (f"\n    → {f.fix}" if f.fix else ""))
    sys.exit(0 if all(f.ok for f in findings) else 1)


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=Path("workshop-demo"))
@click.option("--workers", type=click.IntRange(1, 64), default=None)
@runtime_option
@session_option
@course_option
def demo(folder: Path, workers: int | None, runtime: str, session: str | None, course: Path | None) -> None:
    """Submit and grade a demo class for real, in FOLDER (default: ./workshop-demo)."""
    from workshop.demo import demo_classes, prepare, submit_class
    from workshop.export import export
    from workshop.roster import load_roster
    from workshop.sandbox.image import ensure_image

    found = _session_course(course, session)
    expected = {
        s.id: (s.expect_status.value, s.expect_score)
        for _, klass, _ in demo_classes(found)
        for s in klass.student
    }
    prepare(folder)
    ensure_image(log=lambda line: err.print(line, markup=False))
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
        console=err,
    ) as progress:  # each student's public tests run here first, as `workshop submit` does
        task = progress.add_task(t("demo_submitting"), total=None, last="")

        def handed_in(student: str, total: int) -> None:
            progress.update(task, total=total, advance=1, last=student)

        receipts = submit_class(found, folder, on_done=handed_in)
    err.print(t("demo_submitted", count=len(receipts), inbox=folder / "inbox"), markup=False)
    book = Gradebook(folder / "gradebook.sqlite")
    try:
        _grade_with_progress(
            folder / "inbox",
            found,
            book,
            workers,
            folder / "reports",
            table=False,
            runtime=runtime,
            roster=folder / "roster.csv",
        )
        rows = book.latest()
        (folder / "scores.csv").write_text(
            export("csv", found, rows, load_roster(folder / "roster.csv"), current_lang()), encoding="utf-8"
        )
    finally:
        book.close()
    _print_table(rows, expected)
    for row in rows:
        out.print(f"  {row.student}: {folder / 'reports' / row.exercise / row.student}.html")
    out.print(t("demo_scores", path=folder / "scores.csv"), markup=False)


if __name__ == "__main__":
    main()
