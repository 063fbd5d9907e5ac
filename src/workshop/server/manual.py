"""The trainer's page for grading notebook answers by hand, and its API: part of
``workshop serve`` (class token) and the whole of ``workshop review`` (a local page over a
gradebook, with a token of its own). Students' answers are rendered on the server as safe
HTML (:func:`workshop.manual.render`), and the page allows no script but its own (CSP
with a nonce, :mod:`workshop.server.hardening`), so a hostile answer can neither run code
nor send the token anywhere."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.params import Depends
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader
from pydantic import BaseModel, Field, ValidationError

from workshop.course import Course
from workshop.errors import ExerciseNotFound, InputError
from workshop.gradebook import Gradebook
from workshop.i18n import current_lang, t
from workshop.manual import MAX_COMMENT_CHARS, save
from workshop.manual import page as answers_page
from workshop.server.hardening import nonce

_pages = Environment(loader=PackageLoader("workshop", "templates/server"), autoescape=True)
REVIEW_WORDS = (
    "review_title",
    "review_empty",
    "review_points",
    "review_comment",
    "review_save",
    "review_saved",
    "review_awaiting",
    "review_done",
    "review_out_of",
    "page_denied",
    "report_score",
)


# A grade's JSON at most: its fields' own caps (a comment of MAX_COMMENT_CHARS, each
# character escaped as \uXXXXX\uXXXX at worst) and room for the rest.
MAX_GRADE_BYTES = MAX_COMMENT_CHARS * 12 + 4096


class ManualGradeIn(BaseModel):
    exercise: str = Field(max_length=200)
    student: str = Field(max_length=200)
    cell: str = Field(max_length=400)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    points: float = Field(strict=True)  # a number: neither true nor "2" (red team 12j)
    comment: str = Field("", max_length=MAX_COMMENT_CHARS)


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def manual_router(
    gradebook: Path | str,
    course: Course,
    allowed: Callable[[str | None], bool],
    on_saved: Callable[[Gradebook], None] = lambda book: None,
    reads: Sequence[Depends] = (),
) -> APIRouter:
    """``GET /review`` (the page), ``GET /api/v1/manual`` (answers to grade, rendered),
    ``POST /api/v1/manual`` (one grade); ``allowed`` decides whether a token may grade;
    ``reads`` guard the reading of answers (the server's per-token read limit)."""
    router = APIRouter()

    def titles() -> dict[str, str]:
        found = {}
        for slug in course.slugs():
            try:
                found[slug] = course.exercise(slug).spec.title.get(current_lang())
            except (ExerciseNotFound, InputError):
                continue
        return found

    @router.get("/api/v1/manual", dependencies=list(reads))
    def answers(
        authorization: Annotated[str | None, Header()] = None,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> Response:
        """One page of answers (``PAGE_BYTES`` of HTML at most, one student's at least):
        ``next`` is the ``offset`` of the following page, null after the last."""
        if not allowed(_bearer(authorization)):
            return JSONResponse({"error": t("server_bad_token")}, status_code=401)
        book = Gradebook(gradebook)
        try:
            rows = book.latest()
        finally:
            book.close()
        students, following = answers_page(rows, titles(), offset)
        return JSONResponse({"students": students, "next": following})

    @router.post("/api/v1/manual")
    async def grade(request: Request, authorization: Annotated[str | None, Header()] = None) -> Response:
        if not allowed(_bearer(authorization)):
            return JSONResponse({"error": t("server_bad_token")}, status_code=401)
        body = bytearray()
        async for chunk in request.stream():  # read no further than a grade can be long
            body += chunk
            if len(body) > MAX_GRADE_BYTES:
                return JSONResponse(
                    {"error": t("manual_too_long", limit=MAX_GRADE_BYTES // 1024)},
                    status_code=413,
                    headers={"Connection": "close"},
                )
        try:
            given = ManualGradeIn.model_validate_json(bytes(body))
        except ValidationError as exc:
            where = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "-"
            return JSONResponse({"error": t("manual_bad_request", field=where)}, status_code=400)
        book = Gradebook(gradebook)
        try:
            row = save(
                book, given.exercise, given.student, given.cell, given.sha256, given.points, given.comment
            )
            on_saved(book)
        except InputError as exc:
            status = 409 if exc.key == "manual_answer_changed" else 400
            return JSONResponse({"error": str(exc)}, status_code=status)
        finally:
            book.close()
        res = row.result
        return JSONResponse({"score": res.score, "max_score": res.max_score, "awaiting": res.awaiting_manual})

    @router.get("/review")
    def page(request: Request) -> HTMLResponse:
        """Open it as /review#token=TOKEN (the fragment never leaves the browser). Its CSP
        and other headers are the app's (:func:`workshop.server.hardening.harden`)."""
        lang = current_lang()
        words = {key: t(key, lang) for key in REVIEW_WORDS}
        return HTMLResponse(
            _pages.get_template("review.html").render(lang=lang, w=words, nonce=nonce(request))
        )

    return router
