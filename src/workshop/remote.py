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
from workshop.results import TestResult
from workshop.server.tokens import tidy
from workshop.submit import build_archive


def upload(
    server: str,
    token: str,
    folder: Path,
    exercise: Exercise,
    student: str,
    allow_errors: bool = False,
    warn: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Check, pack and upload one attempt; return the server's receipt."""
    headers = _auth(token)  # a token pasted badly is the student's to fix, before any packing
    data, _ = build_archive(folder, exercise, student, allow_errors, warn=warn)
    url = server.rstrip("/") + "/api/v1/submissions"
    try:
        response = httpx.post(
            url,
            content=data,
            timeout=60,
            headers={**headers, "Content-Type": "application/gzip"},
        )
    except httpx.HTTPError as exc:
        raise InputError("server_unreachable", url=server, detail=type(exc).__name__) from exc
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
        try:
            body: dict[str, Any] = httpx.get(url, headers=headers, timeout=10).json()
        except (httpx.HTTPError, ValueError):
            return None
        if body.get("status") == "graded" and body.get("attempt") == receipt["attempt"]:
            return body
        time.sleep(0.5)
    return None


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
