"""Browser hardening of every answer the server gives (issue 12, part A), in one place: an
ASGI middleware, so a route cannot forget it and error answers get it too.

* every answer: ``X-Content-Type-Options: nosniff`` (a JSON or CSV answer never runs as a
  page), ``Referrer-Policy: no-referrer`` (the class token may travel as ``?token=`` for an
  LMS pull), ``Cache-Control: no-store`` (answers carry a token's view of students' data:
  no shared or back-button cache keeps them), ``X-Frame-Options: DENY`` and CSP
  ``frame-ancestors 'none'`` (no other site frames a page to click for the trainer);
* a page (``text/html``) may run only its own scripts and styles, named by a nonce fresh
  for each answer (:func:`nonce`), and may fetch only from the server itself; a JSON or
  file answer allows nothing at all.

Answers uvicorn gives itself (its 503 past ``limit_concurrency``, a malformed request's
400) never reach the app and carry none of this; they carry no data either."""

from __future__ import annotations

import json
import secrets
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from workshop.i18n import t

ALWAYS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"cache-control": b"no-store",
    b"x-frame-options": b"DENY",
}
NOTHING = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
NONCE_KEY = "csp_nonce"


def page_policy(nonce: str) -> str:
    """A page's CSP: its own scripts and styles (by nonce), fetches to this server only."""
    return (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def nonce(request: Request) -> str:
    """The nonce of this answer's CSP, for the page's ``<script>`` and ``<style>`` tags."""
    return str(request.scope["state"][NONCE_KEY])


def hardened_headers(headers: list[tuple[bytes, bytes]], fresh: str) -> list[tuple[bytes, bytes]]:
    """``headers`` with ours set (replacing any a route set under the same names)."""
    ours = {**ALWAYS}
    kind = next((value for name, value in headers if name.lower() == b"content-type"), b"")
    html = kind.split(b";")[0].strip().lower() == b"text/html"
    ours[b"content-security-policy"] = (page_policy(fresh) if html else NOTHING).encode()
    kept = [(name, value) for name, value in headers if name.lower() not in ours]
    return kept + list(ours.items())


class Hardened:
    """The ASGI middleware: a nonce per request in ``scope["state"]``, our headers on the
    answer; a HEAD request answered as its GET would be, without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fresh = secrets.token_urlsafe(18)
        scope.setdefault("state", {})[NONCE_KEY] = fresh
        names = [name.lower() for name, _ in scope.get("headers", ())]
        if b"transfer-encoding" in names and b"content-length" in names:
            await _ambiguous(send, fresh)
            return
        if names.count(b"authorization") > 1 or _query_tokens(scope) > 1:
            # Starlette reads the first header but the last ?token=: a proxy reading the
            # other one would let a request through as somebody else (red team 12k). One
            # credential per request, or none.
            await _answer(send, fresh, 400, t("server_two_credentials"))
            return
        if b"%2f" in scope.get("raw_path", b"").lower():
            # Starlette routes by the decoded path, so "/api%2Fv1%2Fme" was "/api/v1/me":
            # a proxy filtering by the raw path would see another path than the route that
            # answers (red team 12l). No route has a slash inside a segment.
            await _answer(send, fresh, 404, t("server_not_found"))
            return
        head = scope["method"] == "HEAD"
        if head:  # what GET answers, without its body (RFC 9110, 9.3.2)
            scope = {**scope, "method": "GET"}

        async def send_hardened(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": hardened_headers(list(message.get("headers", [])), fresh)}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, send_hardened)


def _query_tokens(scope: Scope) -> int:
    """How many ``token`` parameters the query string carries (encoded names too)."""
    query = scope.get("query_string", b"").decode("latin-1")
    return sum(1 for name, _ in parse_qsl(query, keep_blank_values=True) if name == "token")


async def _ambiguous(send: Send, fresh: str) -> None:
    """A request framed both by ``Transfer-Encoding`` and ``Content-Length``: refused, its
    body unread, and its connection closed (RFC 9112, 6.3), so that whatever follows it on
    the connection, a request smuggled past a proxy that framed it by the other header, is
    never answered (red team 12i, S)."""
    await _answer(send, fresh, 400, t("server_bad_request"), close=True)


async def _answer(send: Send, fresh: str, status: int, error: str, close: bool = False) -> None:
    """A JSON ``{"error"}`` answer given before any route, hardened like the others."""
    body = json.dumps({"error": error}).encode()
    plain = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers = [*hardened_headers(plain, fresh), *([(b"connection", b"close")] if close else [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def harden(app: FastAPI) -> FastAPI:
    """Every answer of ``app`` hardened, its own 500 included (Starlette answers those
    outside any middleware, so the handler sets the headers itself)."""
    app.add_middleware(Hardened)

    async def fault(request: Request, exc: Exception) -> JSONResponse:
        response = JSONResponse({"error": t("server_internal_error")}, status_code=500)
        headers = hardened_headers(list(response.raw_headers), "")
        response.raw_headers[:] = headers
        return response

    app.add_exception_handler(500, fault)
    return app
