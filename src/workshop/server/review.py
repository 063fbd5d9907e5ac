"""``workshop review``: the manual-grading page over a gradebook, served on 127.0.0.1 only,
for a trainer who grades from an inbox rather than with ``workshop serve``. A fresh token
per run keeps other local users (and other sites open in the browser) out; every grade
saved rewrites the reports, so the students' reports show it."""

from __future__ import annotations

import secrets
import socket
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI

from workshop.course import Course
from workshop.errors import ConfigError
from workshop.gradebook import Gradebook
from workshop.i18n import current_lang
from workshop.server.hardening import harden
from workshop.server.manual import manual_router

HOST = "127.0.0.1"


def review_app(gradebook: Path | str, course: Course, reports: Path | None, token: str) -> FastAPI:
    """The page and its API; grades need ``token`` (a Bearer header)."""

    def rewrite_reports(book: Gradebook) -> None:
        if reports is not None:
            from workshop.reports import write_reports

            write_reports(book.latest(), course, reports, current_lang())

    app = harden(FastAPI(title="workshop review", docs_url=None, redoc_url=None, openapi_url=None))
    app.include_router(
        manual_router(
            gradebook,
            course,
            lambda given: given is not None and secrets.compare_digest(given, token),
            rewrite_reports,
        )
    )
    return app


def serve_review(
    gradebook: Path | str,
    course: Course,
    reports: Path | None,
    port: int,
    announce: Callable[[str], None],
) -> None:
    """Serve until interrupted; ``announce`` gets the URL to open (the token in its fragment)."""
    import uvicorn

    token = secrets.token_urlsafe(24)
    app = review_app(gradebook, course, reports, token)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))  # port 0: a free one, named in the URL
        sock.listen(128)  # connections wait in the backlog until the server runs
    except OSError as exc:
        sock.close()
        raise ConfigError("review_port_busy", port=port, detail=exc.strerror or str(exc)) from exc
    announce(f"http://{HOST}:{sock.getsockname()[1]}/review#token={token}")
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[sock])
