"""LTI 1.3 Assignment and Grade Services: push the latest scores to the school's platform
(see shared docs/lms-formats.md, "LTI 1.3 Assignment and Grade Services (push)").

``workshop export --lti PLATFORM.toml`` reads the platform file (:class:`PlatformSettings`),
gets an access token by OAuth2 client credentials with an RS256-signed JWT client
assertion, finds (or creates) each exercise's line item, then POSTs one score per student
and exercise to ``{lineitem}/scores``. As in every export, only roster students are sent,
and no grade or an ``infra_error`` sends nothing, never a zero. Students are named by the
roster's ``lti_user_id`` (the platform's ``sub``).

A push is idempotent and resumable: the gradebook remembers what the platform accepted per
line item and student (table ``lti_sent``), and only scores that differ from it are sent,
each stamped with the time it is sent (UTC, milliseconds), since Moodle refuses (409) and
Canvas refuses (400) a timestamp not later than the one they hold. Such an answer means
the platform already holds a newer score: "unchanged", not a failure. Any other refusal of
one score is listed and the push goes on; only a refused access token, a platform that
keeps failing or one out of reach stops it. Every score carries Canvas's submission
extension (other platforms ignore an extension they do not know, as the AGS spec asks):
``new_submission`` is true only for a workshop attempt the platform has not seen, so a
re-graded attempt neither opens a Canvas attempt nor repeats its comment.

A platform file::

    client_id = "10000000000042"
    token_url = "https://lms.example.edu/login/oauth2/token"
    private_key = "tool-key.pem"          # PEM RSA key; relative to this file
    key_id = "workshop-2024"              # the kid of the public key given to the platform
    # audience = "..."                    # default: token_url
    lineitems_url = "https://lms.example.edu/api/lti/courses/7/line_items"

    [lineitems.calculatrice]              # or name the line item of an exercise directly
    url = "https://lms.example.edu/api/lti/courses/7/line_items/31"
"""

from __future__ import annotations

import ipaddress
import json
import re
import secrets
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
import jwt
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from workshop.course import Course, Exercise
from workshop.errors import ConfigError, WorkshopError
from workshop.export import Columns
from workshop.gradebook import Gradebook, GradedRow, SentScore
from workshop.i18n import Lang, t
from workshop.roster import RosterEntry

SCOPES = (
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
)
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
SCORE_TYPE = "application/vnd.ims.lis.v1.score+json"
LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json"
CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json"
CANVAS_SUBMISSION = "https://canvas.instructure.com/lti/submission"
ASSERTION_LIFETIME_S = 300
# Waits before the 2nd, 3rd and 4th try of a request the platform answered 429 or 5xx (or
# that never got an answer); a Retry-After up to MAX_RETRY_AFTER_S is honoured.
RETRY_DELAYS_S = (0.5, 1.0, 2.0)
MAX_RETRY_AFTER_S = 5.0
TIMEOUT_S = 20.0
MAX_PAGES = 50
TAG = "workshop"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


class PlatformError(WorkshopError):
    """The platform refused, failed or could not be reached; says how many scores were sent."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _web_url(value: str) -> str:
    """An https URL, or http to this machine only: the access token travels with it."""
    parts = urlsplit(value.strip())
    host = parts.hostname or ""
    if host and (parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(host))):
        return value.strip()
    raise ValueError("needs an https:// URL (http:// only for 127.0.0.1 or localhost)")


WebUrl = Annotated[str, AfterValidator(_web_url)]


class LineItemRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: WebUrl


class PlatformSettings(BaseModel):
    """The contents of the platform file given to ``--lti``."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    client_id: str = Field(min_length=1)
    token_url: WebUrl
    private_key: Path
    key_id: str = Field(min_length=1)
    audience: str = ""
    lineitems_url: WebUrl | None = None
    lineitems: dict[str, LineItemRef] = {}

    @model_validator(mode="after")
    def _complete(self) -> PlatformSettings:
        if not self.audience:
            self.audience = self.token_url
        if self.lineitems_url is None and not self.lineitems:
            raise ValueError("give lineitems_url, or a [lineitems.SLUG] table with url for each exercise")
        return self


@dataclass(frozen=True)
class Platform:
    path: Path
    settings: PlatformSettings
    key: rsa.RSAPrivateKey


Outcome = Literal["sent", "unchanged", "newer", "refused"]


@dataclass(frozen=True)
class ScoreOutcome:
    """What became of one student's score for one exercise. ``unchanged``: the same as the
    score the platform last accepted, not sent; ``newer``: sent, and the platform answered
    that it holds a score at least as recent; ``refused``: the platform said no (``status``,
    ``detail``)."""

    student: str
    exercise: str
    outcome: Outcome
    status: int = 0
    detail: str = ""


@dataclass
class PushResult:
    skipped: int
    outcomes: list[ScoreOutcome]

    def count(self, *outcomes: Outcome) -> int:
        return sum(1 for o in self.outcomes if o.outcome in outcomes)

    @property
    def sent(self) -> int:
        return self.count("sent")

    @property
    def unchanged(self) -> int:
        """Not sent as the same as last time, or the platform holds a newer score."""
        return self.count("unchanged", "newer")

    @property
    def refused(self) -> list[ScoreOutcome]:
        return [o for o in self.outcomes if o.outcome == "refused"]

    def table(self) -> list[tuple[str, int, int, int]]:
        """(exercise, sent, unchanged, refused) per exercise, in push order."""
        rows: dict[str, list[int]] = {}
        for o in self.outcomes:
            counts = rows.setdefault(o.exercise, [0, 0, 0])
            counts[{"sent": 0, "unchanged": 1, "newer": 1, "refused": 2}[o.outcome]] += 1
        return [(exercise, c[0], c[1], c[2]) for exercise, c in rows.items()]


def load_platform(path: Path) -> Platform:
    """Read and check the platform file and its private key (relative to the file)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(
            "lti_config_unreadable", path=path, detail=exc.strerror or type(exc).__name__
        ) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError("lti_config_unreadable", path=path, detail=str(exc)[:160]) from exc
    try:
        settings = PlatformSettings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "-"
        raise ConfigError("lti_config_invalid", path=path, field=where, detail=first["msg"]) from exc
    key_path = settings.private_key.expanduser()
    if not key_path.is_absolute():
        key_path = path.parent / key_path
    return Platform(path, settings, _load_key(key_path, path))


def _load_key(key_path: Path, config: Path) -> rsa.RSAPrivateKey:
    try:
        pem = key_path.read_bytes()
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        raise ConfigError("lti_key_unreadable", path=key_path, config=config, detail=detail) from exc
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except TypeError as exc:  # it has a passphrase
        raise ConfigError("lti_key_unreadable", path=key_path, config=config, detail="encrypted") from exc
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise ConfigError("lti_key_unreadable", path=key_path, config=config, detail="not PEM") from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigError("lti_key_unreadable", path=key_path, config=config, detail="not an RSA key")
    return key


def scores_url(lineitem: str) -> str:
    """``{lineitem}/scores``, the line item's query string kept after it.

    >>> scores_url("https://lms.example/lineitems/12/lineitem?type_id=3")
    'https://lms.example/lineitems/12/lineitem/scores?type_id=3'
    """
    parts = urlsplit(lineitem)
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "/scores", fragment=""))


def push_scores(
    platform: Platform,
    course: Course,
    rows: list[GradedRow],
    roster: list[RosterEntry],
    lang: Lang,
    warn: Callable[[str], None],
    ledger: Gradebook,
) -> PushResult:
    """Send every roster student's latest score that differs from what the platform last
    accepted (``ledger``'s ``lti_sent``, updated as each score is accepted); ``warn`` gets
    one line per kind of score left out, before anything is sent. A score the platform
    refuses is recorded in the result and the push goes on; raises :class:`PlatformError`
    when the token is refused, the platform keeps failing or cannot be reached."""
    known = course.slugs()
    for slug in platform.settings.lineitems:
        if slug not in known:
            raise ConfigError("lti_unknown_exercise", path=platform.path, slug=slug, known=", ".join(known))
    cols = Columns(course, rows, lang)
    work: list[tuple[Exercise, list[tuple[RosterEntry, GradedRow]]]] = []
    no_user_id: set[str] = set()
    no_lineitem: list[str] = []
    skipped = 0
    for exercise in cols.exercises:
        graded = [(st, row) for st in roster if (row := cols.graded(st.id, exercise.slug)) is not None]
        ready = [(st, row) for st, row in graded if st.lti_user_id]
        no_user_id.update(st.id for st, _ in graded if not st.lti_user_id)
        skipped += len(graded) - len(ready)
        if not ready:
            continue
        if exercise.slug not in platform.settings.lineitems and platform.settings.lineitems_url is None:
            no_lineitem.append(exercise.slug)
            skipped += len(ready)
            continue
        work.append((exercise, ready))
    if no_user_id:
        ids = [st.id for st in roster if st.id in no_user_id]
        warn(t("lti_no_user_id", lang, count=len(ids), ids=", ".join(ids[:20])))
    if no_lineitem:
        warn(t("lti_no_lineitem", lang, slugs=", ".join(no_lineitem), path=platform.path))
    result = PushResult(skipped, [])
    if not work:
        return result
    with httpx.Client(timeout=TIMEOUT_S, follow_redirects=False) as http:
        session = _Session(platform, http, ledger.last_lti_timestamp())
        for exercise, ready in work:
            lineitem = session.lineitem(exercise, lang)
            target = scores_url(lineitem)
            before = ledger.lti_sent(lineitem)
            for student, row in ready:
                score = _score(cols, exercise, student, row, before.get(student.lti_user_id))
                if score is None:
                    result.outcomes.append(ScoreOutcome(student.id, exercise.slug, "unchanged"))
                    continue
                outcome = session.send_score(target, student, exercise, score)
                result.outcomes.append(outcome)
                if outcome.outcome == "sent":
                    ledger.record_lti_sent(
                        SentScore(
                            lineitem,
                            student.lti_user_id,
                            student.id,
                            exercise.slug,
                            row.attempt,
                            score["scoreGiven"],
                            score["scoreMaximum"],
                            score["comment"],
                            score["timestamp"],
                        )
                    )
        return result


def push_report(result: PushResult, lang: Lang) -> list[str]:
    """The lines that end a push: a table per exercise, why each score was refused or left
    unchanged by the platform, and the totals."""
    table = result.table()
    lines = [t("lti_table_header", lang)] if table else []
    lines += [f"{exercise} | {sent} | {same} | {refused}" for exercise, sent, same, refused in table]
    for o in result.outcomes:
        if o.outcome in ("newer", "refused"):
            key = "lti_newer_on_platform" if o.outcome == "newer" else "lti_refused_line"
            said = {"status": o.status, "detail": o.detail}
            lines.append(t(key, lang, student=o.student, exercise=o.exercise, **said))
    lines.append(
        t(
            "lti_summary",
            lang,
            sent=result.sent,
            unchanged=result.unchanged,
            refused=len(result.refused),
            skipped=result.skipped,
        )
    )
    return lines


def _score(
    cols: Columns, exercise: Exercise, student: RosterEntry, row: GradedRow, last: SentScore | None
) -> dict[str, Any] | None:
    """The score to send, without its timestamp (set when it is sent), or None when it is
    what the platform last accepted."""
    res = row.result
    given = max(res.score, 0.0)
    maximum = res.max_score if res.max_score > 0 else exercise.spec.points
    comment = cols.feedback(student.id, exercise.slug)
    if last is not None and (last.score_given, last.score_maximum, last.comment) == (given, maximum, comment):
        return None
    return {
        "userId": student.lti_user_id,
        "scoreGiven": given,
        "scoreMaximum": maximum,
        "comment": comment,
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        # Canvas: a new attempt only for a workshop attempt it has not seen (see the docstring).
        CANVAS_SUBMISSION: {"new_submission": last is None or last.attempt != row.attempt},
    }


def timestamp(when: datetime | None = None) -> str:
    """A score's timestamp: ISO 8601, UTC, milliseconds.

    >>> timestamp(datetime(2024, 3, 1, 9, 30, 5, 123456, tzinfo=UTC))
    '2024-03-01T09:30:05.123Z'
    """
    utc = (when or datetime.now(UTC)).astimezone(UTC)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Session:
    """The HTTP client, the access token and the count of scores sent so far."""

    def __init__(self, platform: Platform, http: httpx.Client, last_sent: str | None = None) -> None:
        self.platform = platform
        self.settings = platform.settings
        self.http = http
        self.sent = 0
        self._last_sent = last_sent
        self._token = ""
        self._token_until = 0.0
        self._container: list[dict[str, Any]] | None = None

    # -- access token ----------------------------------------------------------------------
    def _assertion(self) -> str:
        now = int(time.time())
        claims = {
            "iss": self.settings.client_id,
            "sub": self.settings.client_id,
            "aud": self.settings.audience,
            "iat": now,
            "exp": now + ASSERTION_LIFETIME_S,
            "jti": secrets.token_urlsafe(24),
        }
        return jwt.encode(claims, self.platform.key, algorithm="RS256", headers={"kid": self.settings.key_id})

    def token(self) -> str:
        if self._token and time.monotonic() < self._token_until:
            return self._token
        url = self.settings.token_url
        response = self._send(
            "POST",
            url,
            data={
                "grant_type": "client_credentials",
                "client_assertion_type": ASSERTION_TYPE,
                "client_assertion": self._assertion(),
                "scope": " ".join(SCOPES),
            },
            headers={"Accept": "application/json"},
        )
        if not response.is_success:
            raise self._refused("lti_token_refused", url, response)
        body = self._json(url, response)
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise self._bad_answer(url, "no access_token")
        lifetime = body.get("expires_in")
        seconds = float(lifetime) if isinstance(lifetime, int | float) and lifetime > 0 else 3600.0
        self._token = token
        self._token_until = time.monotonic() + seconds - min(60.0, seconds / 2)
        return token

    # -- line items ------------------------------------------------------------------------
    def lineitem(self, exercise: Exercise, lang: Lang) -> str:
        """The line item URL of an exercise: from the platform file, else the container's
        item whose resourceId is the slug (or whose label is the title), else a new one."""
        ref = self.settings.lineitems.get(exercise.slug)
        if ref is not None:
            return ref.url
        items = self._lineitems()
        titles = {exercise.spec.title.en, exercise.spec.title.fr}
        found = next((i for i in items if i.get("resourceId") == exercise.slug), None)
        found = found or next((i for i in items if str(i.get("label", "")).strip() in titles), None)
        if found is None:
            found = self._create(exercise, lang)
            items.append(found)
        return self._item_url(found)

    def _lineitems(self) -> list[dict[str, Any]]:
        if self._container is not None:
            return self._container
        items: list[dict[str, Any]] = []
        url: str | None = self.settings.lineitems_url
        for _ in range(MAX_PAGES):
            if url is None:
                break
            response = self._authorized("GET", url, {"Accept": CONTAINER_TYPE})
            if response.status_code != 200:
                raise self._refused("lti_lineitems_refused", url, response)
            page = self._json(url, response)
            if not isinstance(page, list):
                raise self._bad_answer(url, "not a list of line items")
            items += [item for item in page if isinstance(item, dict)]
            following = response.links.get("next", {}).get("url")
            url = self._checked(url, urljoin(url, following)) if following else None
        self._container = items
        return items

    def _create(self, exercise: Exercise, lang: Lang) -> dict[str, Any]:
        url = self.settings.lineitems_url or ""
        body = {
            "scoreMaximum": exercise.spec.points,
            "label": exercise.spec.title.get(lang),
            "resourceId": exercise.slug,
            "tag": TAG,
        }
        response = self._authorized(
            "POST",
            url,
            {"Content-Type": LINEITEM_TYPE, "Accept": LINEITEM_TYPE},
            json.dumps(body).encode("utf-8"),
        )
        if not response.is_success:
            raise self._refused("lti_lineitems_refused", url, response)
        created = self._json(url, response)
        if not isinstance(created, dict):
            raise self._bad_answer(url, "not a line item")
        return created

    def _item_url(self, item: dict[str, Any]) -> str:
        url = self.settings.lineitems_url or ""
        item_id = item.get("id")
        if not isinstance(item_id, str):
            raise self._bad_answer(url, "a line item without id")
        return self._checked(url, item_id)

    # -- scores ----------------------------------------------------------------------------
    def send_score(
        self, url: str, student: RosterEntry, exercise: Exercise, score: dict[str, Any]
    ) -> ScoreOutcome:
        """POST one score, stamped now; a 401 asks a fresh token once."""
        self._after_last_push()
        for fresh_token in (False, True):
            if fresh_token:
                self._token = ""
            score["timestamp"] = timestamp()
            body = json.dumps(score, ensure_ascii=False).encode("utf-8")
            response = self._authorized("POST", url, {"Content-Type": SCORE_TYPE}, body)
            if response.status_code != 401:
                break
        else:
            raise self._refused(
                "lti_score_unauthorized", url, response, student=student.id, exercise=exercise.slug
            )
        status, detail = response.status_code, _detail(response)
        if response.is_success:
            self.sent += 1
            return ScoreOutcome(student.id, exercise.slug, "sent", status)
        said = detail.lower()
        if status == 409 or (
            status == 400 and "timestamp" in said and ("before" in said or "earlier" in said)
        ):
            # Moodle (409) and Canvas (400) refuse a timestamp not later than theirs.
            return ScoreOutcome(student.id, exercise.slug, "newer", status, detail)
        return ScoreOutcome(student.id, exercise.slug, "refused", status, detail)

    def _after_last_push(self) -> None:
        """Moodle keeps a score's time in whole seconds and refuses one that is not later:
        never send in the second of the previous push (a wait of one second at most)."""
        if self._last_sent is None:
            return
        try:
            last = datetime.fromisoformat(self._last_sent.replace("Z", "+00:00"))
        except ValueError:
            last = None
        self._last_sent = None
        if last is None:
            return
        wait = (last.replace(microsecond=0) + timedelta(seconds=1) - datetime.now(UTC)).total_seconds()
        if 0 < wait <= 1.0:
            time.sleep(wait)

    # -- HTTP ------------------------------------------------------------------------------
    def _authorized(
        self, method: str, url: str, headers: dict[str, str], content: bytes | None = None
    ) -> httpx.Response:
        return self._send(
            method, url, headers={**headers, "Authorization": f"Bearer {self.token()}"}, content=content
        )

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request, tried again after 429, 5xx or no answer (RETRY_DELAYS_S)."""
        tries = len(RETRY_DELAYS_S) + 1
        for attempt in range(1, tries + 1):
            try:
                response = self.http.request(method, url, **kwargs)
            except httpx.TransportError as exc:
                if attempt == tries:
                    raise PlatformError(
                        "lti_unreachable", url=url, detail=type(exc).__name__, sent=self.sent
                    ) from exc
                time.sleep(RETRY_DELAYS_S[attempt - 1])
                continue
            if response.status_code != 429 and response.status_code < 500:
                return response
            if attempt == tries:
                raise PlatformError(
                    "lti_platform_failing", url=url, status=response.status_code, tries=tries, sent=self.sent
                )
            time.sleep(max(RETRY_DELAYS_S[attempt - 1], _retry_after(response)))
        raise AssertionError("unreachable")  # the loop returns or raises

    def _json(self, url: str, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise self._bad_answer(url, "not JSON") from exc

    def _checked(self, base: str, url: str) -> str:
        """A URL the platform gave: the token goes there, so the same rule as the file's."""
        try:
            return _web_url(url)
        except ValueError as exc:
            raise self._bad_answer(base, f"URL {url[:100]!r}") from exc

    def _refused(self, key: str, url: str, response: httpx.Response, **params: object) -> PlatformError:
        return PlatformError(
            key, url=url, status=response.status_code, detail=_detail(response), sent=self.sent, **params
        )

    def _bad_answer(self, url: str, detail: str) -> PlatformError:
        return PlatformError("lti_bad_answer", url=url, detail=detail, sent=self.sent)


def _retry_after(response: httpx.Response) -> float:
    try:
        return min(max(float(response.headers.get("Retry-After", "0")), 0.0), MAX_RETRY_AFTER_S)
    except ValueError:  # an HTTP date: not worth parsing for a few seconds
        return 0.0


def _detail(response: httpx.Response) -> str:
    """What the platform said, on one short line (OAuth2's error and error_description)."""
    text = ""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("errors"), dict):  # Canvas: {"errors": {"message"}}
        body = body["errors"]
    if isinstance(body, dict):
        said = [str(body[k]) for k in ("error", "error_description", "message", "detail") if body.get(k)]
        text = ": ".join(said)
    if not text:
        text = response.text
    text = " ".join(_CONTROL.sub(" ", text).split()) or response.reason_phrase or "-"
    return text if len(text) <= 160 else text[:159] + "…"
