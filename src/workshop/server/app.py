"""The HTTP API (FastAPI). Every route is a few lines over the library."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, cast

import anyio
from anyio import to_thread
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from workshop.archive import MAX_ARCHIVE_BYTES
from workshop.course import Course
from workshop.errors import ExerciseNotFound, InputError
from workshop.export import export
from workshop.gradebook import Gradebook
from workshop.i18n import current_lang, t
from workshop.reports import write_reports
from workshop.results import Status, TestOutcome
from workshop.roster import RosterEntry
from workshop.server.dashboard import overview, student_view
from workshop.server.guard import REFUSALS, Upload, UploadGate
from workshop.server.hardening import harden, nonce
from workshop.server.manual import manual_router
from workshop.server.storage import DISK_RETRY_AFTER_S, MIB, Storage, StoreFull, disk_full
from workshop.server.tokens import CLASS, TokenStore
from workshop.server.uploads import DiskFailed, DiskLow, Receiver, TooLarge, TooSlow, sweep_spool
from workshop.server.worker import GradingWorker
from workshop.student_view import student_result

UPLOAD_TYPES = ("application/gzip", "application/x-gzip", "application/octet-stream")
FILE_FORMATS = {"csv": "text/csv", "canvas": "text/csv", "moodle-xml": "application/xml"}
# Reads (feedback, /me, the dashboard, scores, answers to grade) per token in any window:
# the student page reads /me and one feedback per exercise every 2 s, the dashboard every
# 2 s, benchmarks/load_server.py a feedback every 0.5 s; three open tabs of a student with
# every exercise stay under it (tests/test_server_headers.py checks that sum).
READS_PER_WINDOW, READS_WINDOW_S = 600, 60.0


class RateLimit:
    """At most ``count`` uploads per student in any ``window_s`` seconds."""

    def __init__(self, count: int = 10, window_s: float = 60.0) -> None:
        self.count, self.window_s = count, window_s
        self.seen: dict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def allow(self, who: str) -> bool:
        now = time.monotonic()
        with self.lock:
            times = self.seen[who]
            while times and now - times[0] > self.window_s:
                times.popleft()
            if len(times) >= self.count:
                return False
            times.append(now)
            return True

    def retry_after(self, who: str) -> int:
        """Whole seconds until ``who`` may be allowed again (0: now)."""
        now = time.monotonic()
        with self.lock:
            times = self.seen.get(who)
            if not times or len(times) < self.count:
                return 0
            return max(1, int(self.window_s - (now - times[-self.count]) + 0.999))


class Refused(Exception):
    """A request refused before its route runs: the status, the message key, headers."""

    def __init__(self, status: int, key: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(key)
        self.status, self.key, self.headers = status, key, headers or {}


def _error(status: int, key: str, **params: object) -> JSONResponse:
    return JSONResponse({"error": t(key, None, **params)}, status_code=status)


CLOSE = {"Connection": "close"}


def _refuse(status: int, key: str, **params: object) -> JSONResponse:
    """An upload refused before its body was read: answered, and the connection closed."""
    headers = {**CLOSE, "Retry-After": "5"} if status == 503 else CLOSE
    return JSONResponse({"error": t(key, None, **params)}, status_code=status, headers=headers)


def _disk_refusal(key: str, log_key: str) -> JSONResponse:
    """A 503 for a (nearly) full disk: the message says to tell the trainer; one log line a
    minute; the connection closed (what the client still sends is not read)."""
    REFUSALS.note(log_key)
    headers = {**CLOSE, "Retry-After": str(DISK_RETRY_AFTER_S)}
    return JSONResponse({"error": t(key)}, status_code=503, headers=headers)


def _declared_length(request: Request) -> int:
    """The Content-Length the client declared; 0 when absent or not a number (uvicorn
    refuses a malformed one before the app sees it; a proxy might not)."""
    text = request.headers.get("content-length") or "0"
    if not (text.isascii() and text.isdigit()):
        return 0  # the spool's own count enforces the cap
    return int(text) if len(text) < 20 else MAX_ARCHIVE_BYTES + 1


def query_problem(exc: RequestValidationError) -> str:
    """The first query parameter that does not validate, and what it should be, in the
    server's language (never pydantic's English)."""
    errors = exc.errors()
    first = errors[0] if errors else {}
    loc = [str(part) for part in first.get("loc", ())]
    name = (loc[-1] if loc else "-")[:40]
    context = first.get("ctx") or {}
    kind = str(first.get("type", ""))
    if kind == "int_parsing" or kind == "int_type":
        what = t("server_query_integer")
    elif "ge" in context or "gt" in context:
        what = t("server_query_at_least", low=context.get("ge", context.get("gt")))
    elif "le" in context or "lt" in context:
        what = t("server_query_at_most", high=context.get("le", context.get("lt")))
    else:
        what = t("server_query_invalid")
    return t("server_bad_query", name=name, what=what)


def _bearer(authorization: str | None, token: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return token


_pages = Environment(loader=PackageLoader("workshop", "templates/server"), autoescape=True)
PAGE_WORDS = {
    "title": "page_title",
    "mine": "page_mine",
    "denied": "page_denied",
    "submitted": "page_submitted",
    "updated": "page_updated",
    "pending": "page_pending",
    "not_released": "page_not_released",
    "student": "report_student",
    "name": "page_name",
    "status": "report_status",
    "score": "report_score",
    "attempts": "report_attempts",
    "distribution": "report_distribution",
    "pass_rate": "report_pass_rate",
    "test": "report_test",
    "to_grade": "page_to_grade",
    "grid": "report_grid",
    "top_failures": "report_top_failures",
    "no_failures": "report_no_failures",
    "missing": "report_missing",
    "nobody_missing": "report_nobody_missing",
    "mean": "report_mean",
    "students_word": "report_students_word",
    "student_word": "report_student_word",
    "nobody_yet": "report_nobody_yet",
    "nothing_works": "report_nothing_works",
    "session": "report_session",
    "session_total": "report_session_total",
    "optional": "report_optional",
    "colon": "report_colon",
    "release": "page_release",
    "released": "page_released",
    "release_failed": "page_release_failed",
    "cell_ok": "report_cell_ok",
    "cell_part": "report_cell_part",
    "cell_ko": "report_cell_ko",
    "cell_wait": "report_cell_wait",
    "cell_none": "report_cell_none",
    "trainer_only": "page_trainer_only",
}


def _page(name: str, request: Request) -> str:
    lang = current_lang()
    words: dict[str, Any] = {key: t(message, lang) for key, message in PAGE_WORDS.items()}
    # What the pages show for a status or an outcome, never the raw value.
    words["statuses"] = {s.value: t(f"status_{s.value}", lang) for s in Status}
    words["statuses"]["pending"] = t("page_pending", lang)
    words["outcomes"] = {o.value: t(f"outcome_{o.value}", lang) for o in TestOutcome}
    return _pages.get_template(name).render(lang=lang, w=words, words=words, nonce=nonce(request))


def parse_since(text: str) -> datetime | None:
    """An ISO 8601 date or date-time (``fromisoformat`` reads them all but ordinal dates);
    without a zone, UTC. None for anything else."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _with_etag(request: Request, response: Response) -> Response:
    etag = '"' + hashlib.sha256(bytes(response.body)).hexdigest()[:32] + '"'
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    response.headers["ETag"] = etag
    return response


class LatePolicy(BaseModel):
    """What happens to an upload after its exercise's deadline: ``refuse`` it, accept and
    ``flag`` it, or accept it with a ``penalty`` (a fraction taken off its score in the
    server's views and in what the LMS pulls)."""

    mode: Literal["refuse", "flag", "penalty"] = "flag"
    penalty: float = Field(0.0, ge=0, le=1)


def create_app(
    inbox: Path,
    course: Course,
    data: Path,
    roster: list[RosterEntry],
    worker: GradingWorker | None,
    rate: RateLimit | None = None,
    late_policy: LatePolicy | None = None,
    gradebook: Path | str | None = None,
    read_rate: RateLimit | None = None,
    storage: Storage | None = None,
) -> FastAPI:
    """``gradebook``: ``data/gradebook.sqlite`` by default, or a PostgreSQL URL; with a URL,
    the tokens live in that database too and each upload is also stored there (several
    server processes, on several machines, then serve one class). ``rate`` limits each
    token's uploads, ``read_rate`` its reads (``READS_PER_WINDOW`` a minute by default).
    ``storage``: the per-student bound and the free-space floor (defaults of
    :mod:`workshop.server.storage`)."""
    place = gradebook or data / "gradebook.sqlite"
    shared = isinstance(place, str) and "://" in place
    tokens = TokenStore(data, place if shared and isinstance(place, str) else None)
    tokens.issue(roster)
    limiter = rate or RateLimit()
    reads = read_rate or RateLimit(READS_PER_WINDOW, READS_WINDOW_S)
    policy = late_policy or LatePolicy()

    def past_deadline(slug: str) -> bool:
        deadline = course.exercise(slug).spec.deadline
        if deadline is None:
            return False
        if deadline.tzinfo is None:
            deadline = deadline.replace(tzinfo=UTC)
        return datetime.now(UTC) > deadline

    def with_penalties(rows: list[Any]) -> list[Any]:
        """Late latest attempts under the penalty policy lose their fraction."""
        if policy.mode != "penalty" or not policy.penalty:
            return rows
        late = tokens.late((row.exercise, row.student, row.attempt) for row in rows)
        out = []
        for row in rows:
            if (row.exercise, row.student, row.attempt) in late:
                result = row.result.model_copy(
                    update={"score": round(row.result.score * (1 - policy.penalty), 4)}
                )
                row = replace(row, result=result)
            out.append(row)
        return out

    # No redirect to add or drop a trailing slash: it repeated the query (the class token)
    # under whatever Host the client sent, in http:// behind a proxy (red team 12h).
    app = harden(
        FastAPI(title="workshop", docs_url=None, redoc_url=None, openapi_url=None, redirect_slashes=False)
    )

    @app.exception_handler(Refused)
    def refused(request: Request, exc: Refused) -> JSONResponse:
        return JSONResponse({"error": t(exc.key)}, status_code=exc.status, headers=exc.headers)

    # Answers FastAPI and Starlette give themselves (a query parameter that does not
    # validate, an unknown path, a wrong method): the project's shape, in the server's
    # language (red team 12e M: their default was English {"detail": ...}).
    @app.exception_handler(RequestValidationError)
    def bad_query(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": query_problem(exc)}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = {k: v for k, v in (exc.headers or {}).items() if k.lower() in ("allow", "retry-after")}
        if exc.status_code == 404:
            text = t("server_not_found")
        elif exc.status_code == 405:
            allowed = headers.get("Allow") or headers.get("allow") or "-"
            text = t("server_wrong_method", method=request.method[:16], allowed=allowed)
        else:
            text = t("server_http_error", status=exc.status_code)
        return JSONResponse({"error": text}, status_code=exc.status_code, headers=headers)

    def disk_trouble(request: Request, exc: Exception) -> JSONResponse:
        """A write that failed in a route (the gradebook, a report, the tokens' file): 503
        and one log line a minute, not a 500 with a traceback per request."""
        if not (isinstance(exc, OSError) or disk_full(exc)):
            raise exc  # not the disk's: the server's 500, logged with its traceback
        return _disk_refusal("server_disk_failed", "server_log_disk_failed")

    from sqlalchemy.exc import OperationalError

    app.add_exception_handler(OSError, disk_trouble)
    app.add_exception_handler(OperationalError, disk_trouble)

    async def read_budget(request: Request) -> None:
        """A read's token is known and within its budget, checked on the event loop before
        the route takes a worker thread: a flood of bad tokens is a hash and a dict look-up
        each (:meth:`TokenStore.who`), refused without touching anyone's budget."""
        given = request.headers.get("authorization")
        who = tokens.who(_bearer(given, request.query_params.get("token")))
        if who is None:
            raise Refused(401, "server_bad_token")
        if not reads.allow(who):
            REFUSALS.note("server_log_reads_limited")
            raise Refused(429, "server_reads_limited", {"Retry-After": str(reads.retry_after(who))})

    limited = [Depends(read_budget)]
    storage = storage or Storage(inbox, data)
    receiver = Receiver(inbox, course, storage)
    sweep_spool(inbox)  # what a killed server of this inbox was receiving
    gate = UploadGate()

    def share_upload(exercise: str, student: str, path: Path) -> None:
        """Keep the attempt in the shared database too (read from the inbox, at most
        MAX_ARCHIVE_BYTES, in a worker thread under the checkers' limit)."""
        from workshop.records.uploads import store_upload

        book = Gradebook(place)
        try:
            store_upload(book, exercise, student, path.name, path.read_bytes())
        finally:
            book.close()

    def latest_rows(student: str | None = None, exercise: str | None = None) -> list[Any]:
        book = Gradebook(place)
        try:
            return book.latest(student, exercise)
        finally:
            book.close()

    @app.post("/api/v1/submissions", status_code=201)
    async def upload(request: Request, authorization: Annotated[str | None, Header()] = None) -> Response:
        # Every refusal before the body is read closes the connection (``close``): what the
        # client still sends is not read, and no connection is held for it.
        who = tokens.who(_bearer(authorization, None))
        if who is None or who == CLASS:
            return _refuse(401, "server_bad_token")
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind not in UPLOAD_TYPES:
            return _refuse(415, "server_bad_type", kind=kind[:40] or "-")
        if _declared_length(request) > MAX_ARCHIVE_BYTES:
            return _refuse(413, "archive_too_large", limit_mib=MAX_ARCHIVE_BYTES >> 20)
        if storage.disk_low(min(_declared_length(request), MAX_ARCHIVE_BYTES)):
            return _disk_refusal("server_disk_low", "server_log_disk_low")
        if not limiter.allow(who):  # from the token, before a byte of the body is spooled
            return _refuse(429, "server_rate_limited")
        place = gate.enter(who)
        if isinstance(place, str):
            mine = place == "server_uploads_per_student"
            REFUSALS.note("server_log_per_student" if mine else "server_log_busy")
            return _refuse(429 if mine else 503, place)
        try:
            return await _receive(request, who, place)
        finally:
            gate.leave(place)

    async def _receive(request: Request, who: str, place: Upload) -> Response:
        try:
            with anyio.CancelScope() as reading:
                place.evict = reading.cancel  # a newer upload takes this one's place
                spooled = await receiver.spool(request, place)
            gate.leave(place)  # read: checking it is bounded by the checkers' limit
            if place.evicted:
                REFUSALS.note("server_log_evicted")
                return _refuse(503, "server_upload_evicted")
        except TooLarge:
            return _refuse(413, "archive_too_large", limit_mib=MAX_ARCHIVE_BYTES >> 20)
        except TooSlow as slow:
            REFUSALS.note("server_log_too_slow")
            return _refuse(408, slow.key, **slow.params)
        except ClientDisconnect:  # the client went away: nobody to answer, nothing kept
            REFUSALS.note("server_log_client_gone")
            return Response(status_code=400, headers=CLOSE)
        except DiskLow:
            return _disk_refusal("server_disk_low", "server_log_disk_low")
        except DiskFailed:
            return _disk_refusal("server_disk_failed", "server_log_disk_failed")
        try:
            try:
                manifest = await receiver.check(spooled)
            except ExerciseNotFound as exc:
                return JSONResponse({"error": str(exc)}, status_code=404)
            except InputError as exc:  # the archive, or a hand-in check of `workshop submit`
                return JSONResponse({"error": str(exc)}, status_code=400)
            if manifest.student != who:
                return _error(403, "server_wrong_student")
            late = past_deadline(manifest.exercise)
            if late and policy.mode == "refuse":
                return _error(403, "server_late_refused")
            try:
                path = await receiver.store(spooled, manifest, who)
            except StoreFull as full:
                REFUSALS.note("server_log_store_full")
                if full.count is not None:
                    return _error(413, "server_store_many", exercise=full.exercise, count=full.count)
                return _error(
                    413,
                    "server_store_full",
                    exercise=full.exercise,
                    used_mib=round(full.used / MIB, 1),
                    limit_mib=round(full.limit / MIB, 1),
                )
            except DiskFailed:
                return _disk_refusal("server_disk_failed", "server_log_disk_failed")
            if shared:  # for the other machines: see workshop.records.uploads
                await to_thread.run_sync(share_upload, manifest.exercise, who, path, limiter=receiver.limiter)
        finally:
            spooled.discard()
        if late:
            tokens.mark_late(manifest.exercise, who, path.name)
        if worker is not None:
            worker.wake.set()
        receipt = {
            "exercise": manifest.exercise,
            "student": who,
            "sha256": spooled.digest,
            "size": spooled.size,
            "attempt": path.name,
            "late": late,
        }
        return JSONResponse(receipt, status_code=201)

    @app.get("/api/v1/feedback/{exercise}", dependencies=limited)
    def feedback(exercise: str, authorization: Annotated[str | None, Header()] = None) -> Response:
        """Public-test feedback at once; hidden tests and the score once the trainer releases.
        Everything here is the result as :func:`workshop.student_view.student_result` has it:
        a test decided after a hidden one started counts as hidden (a public notebook cell
        moved after a hidden one too), any test shows passed/partial/failed only, and the
        status is passed or failed."""
        who = tokens.who(_bearer(authorization, None))
        if who is None or who == CLASS:
            return _error(401, "server_bad_token")
        try:
            course.exercise(exercise)
        except ExerciseNotFound as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)
        rows = with_penalties(latest_rows(who, exercise))
        if not rows:
            return JSONResponse({"exercise": exercise, "status": "pending"})
        result = student_result(rows[0].result)
        try:
            # Released, or the deadline passed and no late upload is taken: with late uploads
            # accepted, hidden tests shown at the deadline would let a late attempt fix them
            # one by one (red team 12g, D1); then the trainer's release shows them.
            shown = tokens.released(exercise) or (policy.mode == "refuse" and past_deadline(exercise))
        except ExerciseNotFound:
            shown = False
        lang = current_lang()
        if not shown:  # a grade given by hand shows once released, like the score
            result = result.model_copy(
                update={
                    "tests": [
                        x.model_copy(update={"outcome": TestOutcome.manual, "earned": 0.0, "detail": ""})
                        if x.outcome == TestOutcome.graded
                        else x
                        for x in result.tests
                    ]
                }
            )
        tests = [
            {
                "name": x.name,
                "visibility": x.visibility,
                "outcome": x.outcome.value,
                "points": x.points,
                "earned": x.earned,
                "message": "" if x.outcome == "passed" else (x.fr if lang == "fr" else x.en),
                "detail": x.detail,
            }
            for x in result.tests
            if x.visibility == "public" or shown
        ]
        body: dict[str, Any] = {
            "exercise": exercise,
            "attempt": rows[0].attempt,
            "status": "graded",
            "released": shown,
            "late": bool(tokens.late([(exercise, who, rows[0].attempt)])),
            "tests": tests,
            "awaiting_manual": result.awaiting_manual,
        }
        if result.status == Status.invalid:  # what is wrong with the files, and where
            body["reason"] = result.load_error or ""
        if shown:
            body.update(score=result.score, max_score=result.max_score, outcome=result.status.value)
        return JSONResponse(body)

    @app.post("/api/v1/release/{exercise}")
    def release(exercise: str, authorization: Annotated[str | None, Header()] = None) -> Response:
        if tokens.who(_bearer(authorization, None)) != CLASS:
            return _error(401, "server_bad_token")
        try:
            course.exercise(exercise)
        except ExerciseNotFound as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)
        tokens.release(exercise)
        return JSONResponse({"exercise": exercise, "released": True})

    @app.get("/api/v1/scores", dependencies=limited)
    def scores(
        request: Request,
        format: str = "json",  # noqa: A002 - the documented query parameter
        token: str | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
        since: str | None = None,
        authorization: Annotated[str | None, Header()] = None,
    ) -> Response:
        """Scores for an LMS: the class token as a Bearer header or ``?token=`` (Moodle's
        remote import cannot send headers)."""
        if tokens.who(_bearer(authorization, token)) != CLASS:
            return _error(401, "server_bad_token")
        if format not in ("json", *FILE_FORMATS):
            return _error(400, "server_bad_format", format=format[:20])
        after = None
        if since is not None:
            after = parse_since(since)
            if after is None:
                return _error(400, "server_bad_since", since=since[:40])
        rows = with_penalties(latest_rows())
        if after is not None:
            rows = [r for r in rows if datetime.fromisoformat(r.graded_at) >= after]
        text = export(cast(Any, format), course, rows, roster, current_lang())
        if format != "json":
            name = "scores.xml" if format == "moodle-xml" else f"scores-{format}.csv"
            headers = {"Content-Disposition": f'attachment; filename="{name}"'}
            return _with_etag(request, Response(text, media_type=FILE_FORMATS[format], headers=headers))
        items = json.loads(text)["items"]
        page = items[offset : offset + limit]
        links = {}
        if offset + limit < len(items):
            following = request.url.include_query_params(offset=offset + limit, limit=limit)
            links["Link"] = f'<{following}>; rel="next"'
        return _with_etag(request, JSONResponse({"items": page, "total": len(items)}, headers=links))

    @app.get("/api/v1/dashboard", dependencies=limited)
    def dashboard_data(authorization: Annotated[str | None, Header()] = None) -> Response:
        if tokens.who(_bearer(authorization, None)) != CLASS:
            return _error(401, "server_bad_token")
        view = overview(inbox, latest_rows(), roster, course, current_lang())
        for item in view["debrief"]:  # the release button says what it did
            item["released"] = tokens.released(item["slug"])
        return JSONResponse(view)

    @app.get("/api/v1/me", dependencies=limited)
    def me(authorization: Annotated[str | None, Header()] = None) -> Response:
        who = tokens.who(_bearer(authorization, None))
        if who is None or who == CLASS:
            return _error(401, "server_bad_token")
        return JSONResponse(student_view(inbox, who, course, current_lang()))

    @app.get("/dashboard")
    def dashboard_page(request: Request) -> HTMLResponse:
        """The trainer's live page; open it as /dashboard#token=CLASS_TOKEN."""
        return HTMLResponse(_page("dashboard.html", request))

    @app.get("/student")
    def student_page(request: Request) -> HTMLResponse:
        """A student's page; open it as /student#token=PERSONAL_TOKEN."""
        return HTMLResponse(_page("student.html", request))

    # -- grading notebook answers by hand (the class token) ---------------------------------
    def rewrite_reports(book: Gradebook) -> None:
        write_reports(book.latest(), course, data / "reports", current_lang(), roster)

    app.include_router(
        manual_router(place, course, lambda given: tokens.who(given) == CLASS, rewrite_reports, limited)
    )

    @app.get("/healthz")
    def health(authorization: Annotated[str | None, Header()] = None) -> JSONResponse:
        """200 when all is well; 503 when a disk is under the free-space floor or the
        grading thread is not alive (uploads would wait for ever), with what is wrong. The
        grading error's own text (paths, an engine's message) is for the class token: anyone
        else reads that there is one."""
        disk = storage.report()
        alive = worker.is_alive() if worker is not None and worker.ident is not None else None
        ok = all(place["ok"] for place in disk.values()) and alive is not False
        error = worker.last_error if worker else None
        if error is not None and tokens.who(_bearer(authorization, None)) != CLASS:
            error = t("server_health_error_hidden", None)
        body = {
            "ok": ok,
            "grading_error": error,
            "grading_alive": alive,
            "disk": disk,
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    return app
