"""``workshop submit --server``: the same archive as the folder inbox, uploaded."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from pydantic import ValidationError

from workshop.course import Exercise
from workshop.errors import InputError
from workshop.results import GradeResult, TestResult
from workshop.server.tokens import tidy
from workshop.submit import build_archive

UPLOAD_TRIES = 3
BACKOFF_S = (1.0, 3.0)  # before the second and the third try
POLL_S = 0.5
RETRY_AFTER_MAX_S = 10.0


def upload(
    server: str,
    token: str,
    folder: Path,
    exercise: Exercise,
    student: str,
    allow_errors: bool = False,
    warn: Callable[[str], None] | None = None,
    run_check: bool = False,
    on_check: Callable[[GradeResult], None] | None = None,
) -> dict[str, Any]:
    """Check, pack and upload one attempt; return the server's receipt. ``run_check``:
    the public tests run here first (see :func:`workshop.submit.build_archive`)."""
    headers = _auth(token)  # a token pasted badly is the student's to fix, before any packing
    data, _ = build_archive(
        folder, exercise, student, allow_errors, warn=warn, run_check=run_check, on_check=on_check
    )
    url = server.rstrip("/") + "/api/v1/submissions"
    for attempt in range(UPLOAD_TRIES):
        try:
            response = httpx.post(
                url,
                content=data,
                timeout=60,
                headers={**headers, "Content-Type": "application/gzip"},
            )
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:  # nothing was sent: again
            if attempt + 1 < UPLOAD_TRIES:
                time.sleep(BACKOFF_S[attempt])
                continue
            raise InputError("server_unreachable", url=server, detail=type(exc).__name__) from exc
        except httpx.HTTPError as exc:
            raise InputError("server_unreachable", url=server, detail=type(exc).__name__) from exc
        # 503: the server is busy or gave this upload's place to another (nothing kept):
        # it says when to come back.
        if response.status_code == 503 and attempt + 1 < UPLOAD_TRIES:
            time.sleep(_retry_after(response, BACKOFF_S[attempt]))
            continue
        break
    if response.status_code != 201:
        try:
            detail = str(response.json().get("error", response.status_code))
        except ValueError:
            detail = f"HTTP {response.status_code}"
        raise InputError("server_refused", detail=detail[:300])
    receipt: dict[str, Any] = response.json()
    return receipt


def wait_for_feedback(
    server: str, token: str, receipt: dict[str, Any], seconds: float = 60
) -> dict[str, Any] | None:
    """The public-test feedback of the attempt just uploaded, once graded (None if it
    takes longer than ``seconds``: the student page shows it later)."""
    url = server.rstrip("/") + "/api/v1/feedback/" + str(receipt["exercise"])
    headers = _auth(token)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pause = POLL_S
        try:
            response = httpx.get(url, headers=headers, timeout=10)
            body: dict[str, Any] = response.json()
        except (httpx.HTTPError, ValueError):
            # A reset, a busy server's 503 page, a connection closed under load: a poll
            # changes nothing, so ask again until the deadline (the class's Wi-Fi drops
            # a connection now and then; one must not cost the student the feedback).
            body = {}
        else:
            if response.status_code in (429, 503):
                pause = _retry_after(response, POLL_S)
        if body.get("status") == "graded" and body.get("attempt") == receipt["attempt"]:
            return body
        time.sleep(max(0.0, min(pause, deadline - time.monotonic())))
    return None


def _retry_after(response: httpx.Response, default: float) -> float:
    """The server's Retry-After in seconds (bounded), else ``default``."""
    try:
        return min(max(float(response.headers.get("Retry-After", default)), 0.0), RETRY_AFTER_MAX_S)
    except ValueError:
        return default


def _auth(token: str) -> dict[str, str]:
    """The Authorization header for a token as pasted: tidied (spaces, line ends, dashes,
    case), and refused in one line when it holds what no token has (an HTTP header could
    not carry it: that would look like a network error)."""
    tidied = tidy(token)
    bad = next((c for c in tidied if not (c.isascii() and c.isprintable())), None)
    if bad is not None:
        raise InputError("server_token_malformed", char=repr(bad))
    return {"Authorization": f"Bearer {tidied}"}


def feedback_tests(feedback: dict[str, Any]) -> list[TestResult]:
    """The tests of a server's feedback, checked as any answer from outside; the message
    is in the server's language."""
    try:
        return [
            TestResult(
                id=str(test["name"]),
                name=str(test["name"]),
                visibility=test["visibility"],
                points=test["points"],
                earned=test["earned"],
                outcome=test["outcome"],
                en=test.get("message") or "",
                fr=test.get("message") or "",
                detail=test.get("detail") or "",
            )
            for test in feedback.get("tests", [])
        ]
    except (KeyError, TypeError, ValidationError) as exc:
        raise InputError("server_refused", detail=f"unexpected feedback ({type(exc).__name__})") from exc
