"""workshop export --lti: LTI 1.3 Assignment and Grade Services score push, against a
stand-in platform on loopback that checks what a real one checks (the RS256 client
assertion and its claims, the grant, the Bearer token, the content types), applies the
score rules of Moodle or Canvas (read from their code: Moodle's gradebookservices refuses
with 409 a timestamp whose whole second is not later than the stored grade's; Canvas's
scores controller refuses with 400 one older than the result, opens a new submission
attempt unless its submission extension says new_submission false, and adds the comment
on every score), refuses unknown students per score, and records every score it accepts."""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from unittest.mock import ANY
from urllib.parse import parse_qs

import jwt
import pytest
import uvicorn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from conftest import REPO, run_cli
from workshop.course import Course
from workshop.errors import ConfigError
from workshop.gradebook import Gradebook
from workshop.i18n import t
from workshop.lti import (
    ASSERTION_TYPE,
    SCOPES,
    PlatformError,
    load_platform,
    push_scores,
    scores_url,
)
from workshop.results import GradeResult, Status
from workshop.results import TestOutcome as Outcome
from workshop.results import TestResult as CaseResult
from workshop.roster import load_roster

CLIENT_ID = "workshop-tool-42"
KID = "workshop-key-1"
COURSE_PATH = "/api/lti/courses/7"
ATTEMPT = "20240101T000000000000Z-0123456789ab.tar.gz"
ROSTER = (
    "id,name,email,lti_user_id\n"
    "alice,Alice Martin,alice@school.example,sub-alice\n"
    "bob,Bob Durand,bob@school.example,sub-bob\n"
    "carol,Carol Petit,carol@school.example,\n"
    "dave,Dave Roux,dave@school.example,sub-dave\n"
    "erin,Erin Blanc,erin@school.example,sub-erin\n"
)
ISO_UTC_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
CANVAS_EXT = "https://canvas.instructure.com/lti/submission"


# -- the stand-in platform -----------------------------------------------------------------


class StandInPlatform:
    """An LTI 1.3 platform's token endpoint and AGS line item and score services."""

    def __init__(self, public_key: rsa.RSAPublicKey, rules: str = "moodle") -> None:
        self.public_key = public_key
        self.rules = rules  # "moodle" or "canvas"
        self.base = ""
        # (line item, userId) -> the stored result: its time, score and comment
        self.results: dict[tuple[int, str], dict[str, Any]] = {}
        self.attempts: dict[tuple[int, str], int] = defaultdict(int)  # Canvas submission attempts
        self.comments: dict[tuple[int, str], list[str]] = defaultdict(list)  # Canvas comments
        self.unknown_users: set[str] = set()  # not (or no longer) students of the course
        self.fail_after: int | None = None  # 503 on every score once that many are recorded
        self.items: dict[int, dict[str, Any]] = {}
        self.page_size = 1
        self.scores: list[dict[str, Any]] = []
        self.score_attempts = 0
        self.score_failures: list[int] = []  # statuses for the next score POSTs
        self.retry_after: str | None = None  # the Retry-After header of those answers
        self.score_times: list[float] = []  # when each score POST arrived (monotonic)
        self.created: list[dict[str, Any]] = []
        self.token_requests = 0
        self.tokens: set[str] = set()
        self.jtis: set[str] = set()
        self.problems: list[str] = []  # anything a real platform would have refused
        self.lock = threading.Lock()
        self.app = self._app()

    @property
    def token_url(self) -> str:
        return f"{self.base}/login/oauth2/token"

    @property
    def lineitems_url(self) -> str:
        return f"{self.base}{COURSE_PATH}/lineitems?type_id=3"

    def item_url(self, number: int) -> str:
        return f"{self.base}{COURSE_PATH}/lineitems/{number}/lineitem?type_id=3"

    def add_item(self, label: str, resource_id: str = "", maximum: float = 10) -> int:
        number = len(self.items) + 1
        self.items[number] = {
            "id": self.item_url(number),
            "label": label,
            "scoreMaximum": maximum,
            "resourceId": resource_id,
            "tag": "",
        }
        return number

    def scores_of(self, number: int) -> dict[str, dict[str, Any]]:
        return {s["body"]["userId"]: s["body"] for s in self.scores if s["item"] == number}

    def _refuse(self, why: str, status: int = 401) -> JSONResponse:
        self.problems.append(why)
        return JSONResponse({"error": "invalid_client", "error_description": why}, status_code=status)

    def _check_assertion(self, form: dict[str, list[str]]) -> str | None:
        """Why the grant is refused, or None."""
        if form.get("grant_type") != ["client_credentials"]:
            return "grant_type must be client_credentials"
        if form.get("client_assertion_type") != [ASSERTION_TYPE]:
            return "wrong client_assertion_type"
        scopes = set(form.get("scope", [""])[0].split())
        if not {SCOPES[0], SCOPES[1]} <= scopes:
            return "score and lineitem scopes are needed"
        assertion = form.get("client_assertion", [""])[0]
        try:
            header = jwt.get_unverified_header(assertion)
            claims = jwt.decode(
                assertion,
                self.public_key,
                algorithms=["RS256"],
                audience=self.token_url,
                issuer=CLIENT_ID,
                options={"require": ["iss", "sub", "aud", "iat", "exp", "jti"]},
            )
        except jwt.InvalidSignatureError:
            return "signature does not verify"
        except jwt.PyJWTError as exc:
            return f"bad assertion: {exc}"
        if header.get("kid") != KID or header.get("alg") != "RS256":
            return "unknown kid or alg"
        if claims["sub"] != CLIENT_ID:
            return "sub is not the client_id"
        if not 0 < claims["exp"] - claims["iat"] <= 300 or abs(claims["iat"] - time.time()) > 60:
            return "iat/exp out of bounds"
        if claims["jti"] in self.jtis:
            return "jti replayed"
        self.jtis.add(claims["jti"])
        return None

    def _authorized(self, request: Request, content_type: str | None) -> JSONResponse | None:
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.tokens:
            self.problems.append(f"no valid token for {request.url.path}")
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        if content_type and request.headers.get("content-type") != content_type:
            self.problems.append(f"content type {request.headers.get('content-type')}")
            return JSONResponse({"error": "unsupported media type"}, status_code=415)
        return None

    def _score(self, number: int, request: Request, body: dict[str, Any]) -> Response:
        """Moodle's or Canvas's rules for one score."""
        user = str(body.get("userId", ""))
        stamp = str(body.get("timestamp", ""))
        if not ISO_UTC_MS.match(stamp):
            self.problems.append(f"timestamp {stamp!r} is not ISO 8601 UTC with milliseconds")
            return JSONResponse({"error": "Incorrect score received"}, status_code=400)
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        if user in self.unknown_users:
            if self.rules == "canvas":
                return JSONResponse(
                    {"errors": {"message": "User not found in course or is not a student"}}, 422
                )
            return JSONResponse({"error": "Incorrect score received"}, status_code=400)
        stored = self.results.get((number, user))
        if stored is not None:
            if self.rules == "moodle" and int(stored["time"].timestamp()) >= int(when.timestamp()):
                reason = f"Refusing score with an earlier timestamp for item {number} and user {user}"
                return JSONResponse({"error": reason}, status_code=409)
            if self.rules == "canvas" and stored["time"] > when:
                reason = f"Provided timestamp of {stamp} before last updated timestamp"
                return JSONResponse({"errors": {"message": reason}}, status_code=400)
        if self.rules == "canvas":
            if body.get(CANVAS_EXT, {}).get("new_submission", True):
                self.attempts[(number, user)] += 1
            if body.get("comment"):
                self.comments[(number, user)].append(body["comment"])
        self.results[(number, user)] = {"time": when, "score": body["scoreGiven"], "comment": body["comment"]}
        self.scores.append({"item": number, "query": request.url.query, "body": body})
        return JSONResponse({"resultUrl": f"{self.item_url(number)}/results/{user}"})

    def _app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/login/oauth2/token")
        async def token(request: Request) -> Response:
            self.token_requests += 1
            if request.headers.get("content-type") != "application/x-www-form-urlencoded":
                return self._refuse("a form is expected", 400)
            why = self._check_assertion(parse_qs((await request.body()).decode()))
            if why:
                return self._refuse(why)
            issued = secrets.token_hex(16)
            self.tokens.add(issued)
            return JSONResponse(
                {
                    "access_token": issued,
                    "token_type": "Bearer",
                    "expires_in": 3600,
                    "scope": " ".join(SCOPES),
                }
            )

        @app.get(COURSE_PATH + "/lineitems")
        async def list_items(request: Request, type_id: str = "", page: int = 1) -> Response:
            refused = self._authorized(request, None)
            if refused:
                return refused
            if type_id != "3":
                self.problems.append("container query string lost")
            everything = list(self.items.values())
            start = (page - 1) * self.page_size
            headers = {"Content-Type": "application/vnd.ims.lis.v2.lineitemcontainer+json"}
            if start + self.page_size < len(everything):
                headers["Link"] = f'<{self.lineitems_url}&page={page + 1}>; rel="next"'
            return JSONResponse(everything[start : start + self.page_size], headers=headers)

        @app.post(COURSE_PATH + "/lineitems")
        async def create_item(request: Request) -> Response:
            refused = self._authorized(request, "application/vnd.ims.lis.v2.lineitem+json")
            if refused:
                return refused
            body = await request.json()
            self.created.append(body)
            number = self.add_item(body["label"], body.get("resourceId", ""), body["scoreMaximum"])
            self.items[number]["tag"] = body.get("tag", "")
            return JSONResponse(self.items[number], status_code=201)

        @app.post(COURSE_PATH + "/lineitems/{number}/lineitem/scores")
        async def score(number: int, request: Request) -> Response:
            with self.lock:
                self.score_attempts += 1
                self.score_times.append(time.monotonic())
                if self.score_failures:
                    status = self.score_failures.pop(0)
                    wait = {"Retry-After": self.retry_after} if self.retry_after else None
                    return JSONResponse(
                        {"error": f"HTTP {status} on purpose"}, status_code=status, headers=wait
                    )
            refused = self._authorized(request, "application/vnd.ims.lis.v1.score+json")
            if refused:
                return refused
            if number not in self.items:
                return JSONResponse({"error": "no such line item"}, status_code=404)
            if self.fail_after is not None and len(self.scores) >= self.fail_after:
                return JSONResponse({"error": "down"}, status_code=503)
            body = await request.json()
            return self._score(number, request, body)

        return app


class LiveServer:
    def __init__(self, app: FastAPI) -> None:
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def keys() -> tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]:
    """The tool's key (the platform knows its public half) and another one."""
    return (
        rsa.generate_private_key(public_exponent=65537, key_size=2048),
        rsa.generate_private_key(public_exponent=65537, key_size=2048),
    )


@pytest.fixture
def platform(keys):
    stand_in = StandInPlatform(keys[0].public_key())
    live = LiveServer(stand_in.app)
    stand_in.base = live.url
    yield stand_in
    live.stop()


@pytest.fixture
def course() -> Course:
    return Course.locate(REPO)


def _pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _platform_file(
    tmp_path: Path, platform: StandInPlatform, key: rsa.RSAPrivateKey, extra: str = "", **fields: str
) -> Path:
    (tmp_path / "tool-key.pem").write_bytes(_pem(key))
    values = {
        "client_id": CLIENT_ID,
        "token_url": platform.token_url,
        "private_key": "tool-key.pem",
        "key_id": KID,
        "lineitems_url": platform.lineitems_url,
        **fields,
    }
    path = tmp_path / "platform.toml"
    path.write_text("".join(f'{k} = "{v}"\n' for k, v in values.items() if v) + extra, encoding="utf-8")
    return path


def _result(status: Status, score: float, maximum: float, failed: tuple[str, ...] = ()) -> GradeResult:
    tests = [
        CaseResult(
            id=name,
            name=name,
            visibility="public",
            points=1.0,
            earned=0.0,
            outcome=Outcome.failed,
        )
        for name in failed
    ]
    return GradeResult(status=status, score=score, max_score=maximum, tests=tests)


def _gradebook(path: Path, grades: list[tuple[str, str, GradeResult]]) -> Path:
    book = Gradebook(path)
    try:
        for exercise, student, result in grades:
            submission = book.register(exercise, student, ATTEMPT, path.parent / ATTEMPT, 100)
            book.record(submission, "grader-key", result)
    finally:
        book.close()
    return path


CLASS = [
    ("calculatrice", "alice", _result(Status.failed, 40.5, 48, failed=("division",))),
    ("calculatrice", "bob", _result(Status.passed, 48, 48)),
    ("calculatrice", "carol", _result(Status.passed, 48, 48)),
    ("calculatrice", "dave", _result(Status.infra_error, 0, 48)),
    ("prompts", "alice", _result(Status.passed, 43, 43)),
    ("prompts", "bob", _result(Status.failed, 20, 43, failed=("json-answer",))),
    ("prompts", "carol", _result(Status.failed, 12, 43)),
    ("neurone", "alice", _result(Status.passed, 10, 10)),
]


def _class(tmp_path: Path) -> tuple[Path, Path]:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    return roster, _gradebook(tmp_path / "gradebook.sqlite", CLASS)


def _export(platform_file: Path, roster: Path, gradebook: Path):  # type: ignore[no-untyped-def]
    return run_cli(
        "export",
        "--lti",
        str(platform_file),
        "--roster",
        str(roster),
        "--gradebook",
        str(gradebook),
        "--course",
        str(REPO),
        timeout=120,
    )


def _push(platform_file: Path, roster: Path, gradebook: Path, course: Course) -> tuple[Any, list[str]]:
    warnings: list[str] = []
    book = Gradebook(gradebook)
    try:
        pushed = push_scores(
            load_platform(platform_file),
            course,
            book.latest(),
            load_roster(roster),
            "en",
            warnings.append,
            book,
        )
    finally:
        book.close()
    return pushed, warnings


# -- the main path, through the CLI ------------------------------------------------------------


def test_push_sends_one_score_per_graded_student_and_exercise(tmp_path, platform, keys):
    calculator = platform.add_item("Calculator (given in the file)")
    platform.add_item("Writing good prompts", resource_id="prompts-2023")  # a label match only
    prompts = platform.add_item("Prompts", resource_id="prompts")  # on the 2nd page: resourceId wins
    platform_file = _platform_file(
        tmp_path,
        platform,
        keys[0],
        extra=f'\n[lineitems.calculatrice]\nurl = "{platform.item_url(calculator)}"\n',
    )
    roster, gradebook = _class(tmp_path)
    started = datetime.now(UTC).replace(microsecond=0)

    done = _export(platform_file, roster, gradebook)

    assert done.returncode == 0, done.stderr
    assert platform.problems == []
    assert done.stdout.splitlines() == [
        "exercise | sent | unchanged | refused",
        "calculatrice | 2 | 0 | 0",
        "neurone | 1 | 0 | 0",
        "prompts | 2 | 0 | 0",
        "LTI: 5 score(s) sent, 0 unchanged, 0 refused, 2 skipped.",
    ]
    assert done.stderr.splitlines() == [
        "Warning: 1 graded student(s) have no lti_user_id in the roster and are not sent: carol. "
        "Add their LTI user ids (the platform's 'sub') to the roster's lti_user_id column."
    ]
    # neurone had no line item: created once, with the exercise's maximum and slug
    assert platform.created == [
        {
            "scoreMaximum": 10.0,
            "label": "A tiny neural network: chihuahua or muffin?",
            "resourceId": "neurone",
            "tag": "workshop",
        }
    ]
    neurone = max(platform.items)
    # /scores went before the line item's query string, which was kept
    assert {s["query"] for s in platform.scores} == {"type_id=3"}
    assert len(platform.scores) == 5 and platform.token_requests == 1
    failed = t("status_failed", "en")
    got = {
        "calculatrice": platform.scores_of(calculator),
        "prompts": platform.scores_of(prompts),
        "neurone": platform.scores_of(neurone),
    }
    assert {k: {u: (s["scoreGiven"], s["scoreMaximum"]) for u, s in v.items()} for k, v in got.items()} == {
        "calculatrice": {"sub-alice": (40.5, 48), "sub-bob": (48, 48)},  # dave: infra_error, carol: no id
        "prompts": {"sub-alice": (43, 43), "sub-bob": (20, 43)},
        "neurone": {"sub-alice": (10, 10)},
    }
    alice = got["calculatrice"]["sub-alice"]
    assert alice["comment"] == f"{failed} — 40.5/48 — {t('report_failed_tests', 'en')}: division"
    assert got["calculatrice"]["sub-bob"]["comment"] == f"{t('status_passed', 'en')} — 48/48"
    for body in (s["body"] for s in platform.scores):
        assert body["activityProgress"] == "Completed" and body["gradingProgress"] == "FullyGraded"
        # the time of the push, not of the grading (2024 here), UTC with milliseconds
        assert ISO_UTC_MS.match(body["timestamp"]), body["timestamp"]
        when = datetime.fromisoformat(body["timestamp"].replace("Z", "+00:00"))
        assert started <= when <= datetime.now(UTC)
        assert set(body) == {
            "userId",
            "scoreGiven",
            "scoreMaximum",
            "comment",
            "timestamp",
            "activityProgress",
            "gradingProgress",
            CANVAS_EXT,
        }
        assert body[CANVAS_EXT] == {"new_submission": True}  # the first time the platform sees them


def test_a_second_push_asks_a_new_token_with_a_new_jti_and_finds_the_created_line_item(
    tmp_path, platform, keys, course
):
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)

    first, _ = _push(platform_file, roster, gradebook, course)
    again, _ = _push(platform_file, roster, gradebook, course)

    assert platform.problems == [] and (first.sent, again.sent) == (5, 0) and again.unchanged == 5
    assert platform.token_requests == 2 and len(platform.jtis) == 2
    assert [c["resourceId"] for c in platform.created] == ["calculatrice", "neurone", "prompts"]


def test_line_item_found_by_label_when_no_resource_id_matches(tmp_path, platform, keys, course):
    by_label = platform.add_item("Build a calculator with an LLM's help", resource_id="")
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    gradebook = _gradebook(tmp_path / "gradebook.sqlite", CLASS[:2])

    pushed, warnings = _push(platform_file, roster, gradebook, course)

    assert (pushed.sent, pushed.skipped, warnings) == (2, 0, [])
    assert platform.created == [] and set(platform.scores_of(by_label)) == {"sub-alice", "sub-bob"}


def test_scores_url_goes_before_the_query_string() -> None:
    assert scores_url("https://lms.example/s.php/2/lineitems/5/lineitem?type_id=3") == (
        "https://lms.example/s.php/2/lineitems/5/lineitem/scores?type_id=3"
    )
    assert (
        scores_url("https://lms.example/api/line_items/31/") == "https://lms.example/api/line_items/31/scores"
    )
    assert scores_url("https://lms.example/li/31?a=1&b=2#x") == "https://lms.example/li/31/scores?a=1&b=2"


def test_nothing_graded_sends_nothing_and_asks_no_token(tmp_path, platform, keys, course):
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    gradebook = _gradebook(tmp_path / "gradebook.sqlite", [CLASS[3]])  # dave: infra_error

    pushed, warnings = _push(platform_file, roster, gradebook, course)

    assert (pushed.sent, pushed.skipped, warnings) == (0, 0, [])
    assert platform.token_requests == 0 and platform.score_attempts == 0


# -- failures ------------------------------------------------------------------------------------


def test_a_key_the_platform_does_not_know_is_refused_with_one_clear_line(tmp_path, platform, keys):
    platform_file = _platform_file(tmp_path, platform, keys[1])
    roster, gradebook = _class(tmp_path)

    done = _export(platform_file, roster, gradebook)

    assert done.returncode == 1
    assert platform.problems == ["signature does not verify"] and platform.scores == []
    assert done.stderr.splitlines()[-1] == (
        f"Error: The platform's token endpoint {platform.token_url} refused the access token "
        "(HTTP 401: invalid_client: signature does not verify); 0 score(s) were sent before. "
        "Check client_id, key_id, audience and the tool's public key and scopes on the platform."
    )
    assert done.stdout == ""


def test_a_503_on_a_score_is_retried(tmp_path, platform, keys, course):
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)
    platform.score_failures = [503]

    pushed, _ = _push(platform_file, roster, gradebook, course)

    assert pushed.sent == 5 and len(platform.scores) == 5
    assert platform.score_attempts == 6
    users = [(s["item"], s["body"]["userId"]) for s in platform.scores]
    assert len(set(users)) == len(users)


def test_a_429_on_a_score_is_retried_after_the_platforms_retry_after(
    tmp_path, platform, keys, course, monkeypatch
):
    """README: "429 and 5xx are tried again a few times"; lti.py: a Retry-After up to
    MAX_RETRY_AFTER_S is honoured (here longer than the retry delays, made tiny)."""
    monkeypatch.setattr("workshop.lti.RETRY_DELAYS_S", (0.01, 0.01, 0.01))
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)
    platform.score_failures = [429]
    platform.retry_after = "1"

    pushed, _ = _push(platform_file, roster, gradebook, course)

    assert pushed.sent == 5 and len(platform.scores) == 5
    assert platform.score_attempts == 6  # the refused score was sent again, once
    waited = platform.score_times[1] - platform.score_times[0]
    assert 1.0 <= waited < 3.0, waited
    users = [(s["item"], s["body"]["userId"]) for s in platform.scores]
    assert len(set(users)) == len(users)


def test_a_refused_student_is_listed_the_push_goes_on_and_exits_1(tmp_path, platform, keys):
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)
    platform.unknown_users = {"sub-bob"}

    done = _export(platform_file, roster, gradebook)

    assert done.returncode == 1
    assert sorted(s["body"]["userId"] for s in platform.scores) == ["sub-alice"] * 3
    assert done.stdout.splitlines() == [
        "exercise | sent | unchanged | refused",
        "calculatrice | 1 | 0 | 1",
        "neurone | 1 | 0 | 0",
        "prompts | 1 | 0 | 1",
        "  refused: bob, calculatrice (HTTP 400: Incorrect score received)",
        "  refused: bob, prompts (HTTP 400: Incorrect score received)",
        "LTI: 3 score(s) sent, 0 unchanged, 2 refused, 2 skipped.",
    ]
    assert done.stderr.splitlines()[-1] == (
        "Error: The platform refused 2 score(s), listed above; the others went through. Fix what the "
        "platform said (an unknown student, a closed assignment...), then export again: only what "
        "changed or was refused is sent."
    )
    platform.unknown_users = set()

    again = _export(platform_file, roster, gradebook)

    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == "LTI: 2 score(s) sent, 3 unchanged, 0 refused, 2 skipped."
    assert sorted(s["body"]["userId"] for s in platform.scores[3:]) == ["sub-bob", "sub-bob"]


def test_503_every_time_gives_up_after_a_few_tries(tmp_path, platform, keys, course, monkeypatch):
    monkeypatch.setattr("workshop.lti.RETRY_DELAYS_S", (0.01, 0.01, 0.01))
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)
    platform.score_failures = [503] * 10

    with pytest.raises(PlatformError) as caught:
        _push(platform_file, roster, gradebook, course)

    assert platform.score_attempts == 4 and platform.scores == []
    assert str(caught.value).startswith("The LTI platform failed at ")
    assert "(HTTP 503, 4 tries); 0 score(s) were sent before. Export again later" in str(caught.value)


def test_an_unreachable_platform_is_one_line_and_exit_1(tmp_path, platform, keys):
    closed = LiveServer(FastAPI())
    url = closed.url
    closed.stop()
    platform_file = _platform_file(tmp_path, platform, keys[0], token_url=f"{url}/token")
    roster, gradebook = _class(tmp_path)

    done = _export(platform_file, roster, gradebook)

    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == (
        f"Error: Cannot reach the LTI platform at {url}/token (ConnectError); 0 score(s) were sent before. "
        "Check the URLs in the platform file and the network, then export again."
    )


# -- the second push too: idempotent and resumable -------------------------------------------


def _regrade(
    gradebook: Path, exercise: str, student: str, result: GradeResult, attempt: str = ATTEMPT
) -> None:
    """A new grade for a student: of the same attempt (a fixed test), or of a new attempt."""
    book = Gradebook(gradebook)
    try:
        submission = book.register(exercise, student, attempt, gradebook.parent / attempt, 100)
        book.record(submission, f"grader-key-{secrets.token_hex(4)}", result)
    finally:
        book.close()


@pytest.mark.parametrize("rules", ["moodle", "canvas"])
def test_push_twice_then_change_one_grade_sends_exactly_one_score_the_third_time(tmp_path, keys, rules):
    stand_in = StandInPlatform(keys[0].public_key(), rules)
    live = LiveServer(stand_in.app)
    stand_in.base = live.url
    try:
        platform_file = _platform_file(tmp_path, stand_in, keys[0])
        roster, gradebook = _class(tmp_path)

        first = _export(platform_file, roster, gradebook)
        second = _export(platform_file, roster, gradebook)
        _regrade(gradebook, "calculatrice", "bob", _result(Status.failed, 44, 48, failed=("division",)))
        third = _export(platform_file, roster, gradebook)
    finally:
        live.stop()

    assert [done.returncode for done in (first, second, third)] == [0, 0, 0], third.stderr
    assert stand_in.problems == []
    assert first.stdout.splitlines()[-1] == "LTI: 5 score(s) sent, 0 unchanged, 0 refused, 2 skipped."
    assert second.stdout.splitlines()[-1] == "LTI: 0 score(s) sent, 5 unchanged, 0 refused, 2 skipped."
    assert third.stdout.splitlines()[-1] == "LTI: 1 score(s) sent, 4 unchanged, 0 refused, 2 skipped."
    assert len(stand_in.scores) == 6  # five, none, one: nothing else reached the platform
    last = stand_in.scores[-1]["body"]
    assert (last["userId"], last["scoreGiven"], last[CANVAS_EXT]) == (
        "sub-bob",
        44,
        {"new_submission": False},
    )
    calculator = next(n for n, item in stand_in.items.items() if item["resourceId"] == "calculatrice")
    assert stand_in.results[(calculator, "sub-bob")]["score"] == 44
    if rules == "canvas":
        # one attempt each (the re-graded attempt opened none), and no comment twice
        assert set(stand_in.attempts.values()) == {1} and len(stand_in.attempts) == 5
        assert stand_in.comments[(calculator, "sub-bob")] == [
            f"{t('status_passed', 'en')} — 48/48",
            f"{t('status_failed', 'en')} — 44/48 — {t('report_failed_tests', 'en')}: division",
        ]
        assert all(len(c) == len(set(c)) for c in stand_in.comments.values())


def test_a_new_attempt_opens_a_new_canvas_attempt(tmp_path, keys, course):
    stand_in = StandInPlatform(keys[0].public_key(), "canvas")
    live = LiveServer(stand_in.app)
    stand_in.base = live.url
    try:
        platform_file = _platform_file(tmp_path, stand_in, keys[0])
        roster, gradebook = _class(tmp_path)
        _push(platform_file, roster, gradebook, course)
        _regrade(
            gradebook,
            "calculatrice",
            "alice",
            _result(Status.passed, 48, 48),
            attempt="20240102T000000000000Z-0123456789ab.tar.gz",
        )
        pushed, _ = _push(platform_file, roster, gradebook, course)
    finally:
        live.stop()

    assert (pushed.sent, pushed.unchanged) == (1, 4)
    calculator = next(n for n, item in stand_in.items.items() if item["resourceId"] == "calculatrice")
    assert stand_in.scores[-1]["body"][CANVAS_EXT] == {"new_submission": True}
    assert stand_in.attempts[(calculator, "sub-alice")] == 2


def test_a_change_right_after_a_push_is_not_refused_by_moodles_whole_seconds(
    tmp_path, platform, keys, course
):
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)

    _push(platform_file, roster, gradebook, course)
    _regrade(gradebook, "neurone", "alice", _result(Status.failed, 5, 10, failed=("fit",)))
    pushed, _ = _push(platform_file, roster, gradebook, course)  # within the same second, unless it waits

    assert [o.outcome for o in pushed.outcomes if o.exercise == "neurone"] == ["sent"]
    first, last = (datetime.fromisoformat(s["body"]["timestamp"][:-1]) for s in platform.scores[::5])
    assert int(last.timestamp()) > int(first.timestamp())


def test_a_platform_holding_a_newer_score_is_unchanged_not_a_failure(tmp_path, platform, keys):
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)
    neurone = platform.add_item("Neurone", resource_id="neurone")
    # a teacher's edit on the platform, after anything this push can send
    platform.results[(neurone, "sub-alice")] = {
        "time": datetime.now(UTC) + timedelta(minutes=5),
        "score": 7,
        "comment": "",
    }

    done = _export(platform_file, roster, gradebook)

    assert done.returncode == 0, done.stderr
    assert platform.results[(neurone, "sub-alice")]["score"] == 7  # not overwritten
    assert done.stdout.splitlines()[-2:] == [
        f"  unchanged: alice, neurone: the platform holds a score at least as recent (HTTP 409: "
        f"Refusing score with an earlier timestamp for item {neurone} and user sub-alice)",
        "LTI: 4 score(s) sent, 1 unchanged, 0 refused, 2 skipped.",
    ]
    book = Gradebook(gradebook)
    try:  # not remembered as sent: the next push offers it again
        assert "sub-alice" not in book.lti_sent(platform.item_url(neurone))
    finally:
        book.close()


def test_canvas_answers_are_read_a_newer_result_unchanged_an_unknown_user_refused(tmp_path, keys, course):
    stand_in = StandInPlatform(keys[0].public_key(), "canvas")
    live = LiveServer(stand_in.app)
    stand_in.base = live.url
    try:
        neurone = stand_in.add_item("Neurone", resource_id="neurone")
        stand_in.results[(neurone, "sub-alice")] = {
            "time": datetime.now(UTC) + timedelta(minutes=5),
            "score": 7,
            "comment": "",
        }
        stand_in.unknown_users = {"sub-bob"}
        platform_file = _platform_file(tmp_path, stand_in, keys[0])
        roster, gradebook = _class(tmp_path)
        pushed, _ = _push(platform_file, roster, gradebook, course)
    finally:
        live.stop()

    assert [
        (o.student, o.exercise, o.outcome, o.status, o.detail) for o in pushed.outcomes if o.outcome != "sent"
    ] == [
        ("bob", "calculatrice", "refused", 422, "User not found in course or is not a student"),
        ("alice", "neurone", "newer", 400, ANY),
        ("bob", "prompts", "refused", 422, "User not found in course or is not a student"),
    ]
    assert pushed.sent == 2 and stand_in.results[(neurone, "sub-alice")]["score"] == 7


def test_a_push_stopped_by_a_failing_platform_resumes_where_it_stopped(
    tmp_path, platform, keys, course, monkeypatch
):
    monkeypatch.setattr("workshop.lti.RETRY_DELAYS_S", (0.01, 0.01, 0.01))
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)
    platform.fail_after = 2

    with pytest.raises(PlatformError, match="2 score\\(s\\) were sent before"):
        _push(platform_file, roster, gradebook, course)
    platform.fail_after = None
    pushed, _ = _push(platform_file, roster, gradebook, course)

    assert (pushed.sent, pushed.unchanged) == (3, 2)
    users = [(s["item"], s["body"]["userId"]) for s in platform.scores]
    assert len(users) == 5 and len(set(users)) == 5  # each score once


def test_an_expired_token_on_a_score_is_renewed_once(tmp_path, platform, keys, course):
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)
    platform.fail_after = None
    original = platform._score

    def expire_then_score(number, request, body):  # type: ignore[no-untyped-def]
        if len(platform.scores) == 2 and platform.token_requests == 1:
            platform.tokens.clear()  # the platform revoked it
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        return original(number, request, body)

    platform._score = expire_then_score  # type: ignore[method-assign]

    pushed, _ = _push(platform_file, roster, gradebook, course)

    assert pushed.sent == 5 and platform.token_requests == 2


def test_a_token_refused_on_scores_even_fresh_stops_the_push(tmp_path, platform, keys, course):
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)
    platform._score = lambda number, request, body: JSONResponse({"error": "scope"}, status_code=401)  # type: ignore[method-assign]

    with pytest.raises(PlatformError) as caught:
        _push(platform_file, roster, gradebook, course)

    assert platform.token_requests == 2  # the first token, then a fresh one, then it stops
    assert str(caught.value) == (
        f"The platform refused the access token for the score of alice for calculatrice at "
        f"{platform.base}{COURSE_PATH}/lineitems/1/lineitem/scores?type_id=3 (HTTP 401: scope), even a "
        "fresh one; 0 score(s) were sent before. Check the tool's score scope on the platform, then export "
        "again: what was sent is not sent twice."
    )


def test_timestamps_are_utc_with_milliseconds() -> None:
    from workshop.lti import timestamp

    paris = timezone(timedelta(hours=1))
    assert timestamp(datetime(2024, 3, 1, 10, 30, 5, 120000, tzinfo=paris)) == "2024-03-01T09:30:05.120Z"
    assert ISO_UTC_MS.match(timestamp())


# -- the platform file ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "extra", "expected"),
    [
        ({"client_id": ""}, "", "'client_id' is invalid (Field required)"),
        (
            {"token_url": "http://lms.example/token"},
            "",
            "'token_url' is invalid (Value error, needs an https",
        ),
        ({"lineitems_url": ""}, "", "'-' is invalid (Value error, give lineitems_url, or a [lineitems.SLUG]"),
        ({}, "\n[lineitems.calculatrice]\nlink = 'x'\n", "'lineitems.calculatrice.url' is invalid"),
        ({}, "colour = 'blue'\n", "'colour' is invalid (Extra inputs are not permitted)"),
    ],
)
def test_platform_file_errors_name_the_field(tmp_path, platform, keys, fields, extra, expected):
    path = _platform_file(tmp_path, platform, keys[0], extra=extra, **fields)

    with pytest.raises(ConfigError) as caught:
        load_platform(path)

    assert f"The platform file {path}: {expected}" in str(caught.value)
    assert str(caught.value).endswith(
        "Fix the file (client_id, token_url, private_key, key_id, audience, "
        "lineitems_url, [lineitems.SLUG] url)."
    )


def test_a_private_key_that_is_not_a_pem_rsa_key_is_refused(tmp_path, platform, keys):
    path = _platform_file(tmp_path, platform, keys[0])
    (tmp_path / "tool-key.pem").write_text("not a key")

    with pytest.raises(ConfigError) as caught:
        load_platform(path)

    assert str(caught.value) == (
        f"Cannot use the private key {tmp_path / 'tool-key.pem'} (not PEM). Give, as private_key in {path}, "
        "a PEM RSA private key without a passphrase."
    )


def test_a_line_item_for_an_unknown_exercise_is_refused_before_any_request(tmp_path, platform, keys, course):
    path = _platform_file(
        tmp_path, platform, keys[0], extra='\n[lineitems.calculator]\nurl = "https://x.example/1"\n'
    )
    roster, gradebook = _class(tmp_path)

    with pytest.raises(ConfigError, match=r"\[lineitems.calculator\], which is no exercise of the course"):
        _push(path, roster, gradebook, course)

    assert platform.token_requests == 0


def test_lti_and_format_do_not_go_together(tmp_path, platform, keys):
    platform_file = _platform_file(tmp_path, platform, keys[0])
    roster, gradebook = _class(tmp_path)

    done = run_cli("export", "--lti", str(platform_file), "--format", "csv", "--roster", str(roster))
    neither = run_cli("export", "--roster", str(roster), "--gradebook", str(gradebook))

    assert done.returncode == 2 and "--lti pushes the scores to the platform" in done.stderr
    assert neither.returncode == 2 and "Give --format FORMAT to write a file, or --lti" in neither.stderr
