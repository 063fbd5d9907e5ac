"""Personal tokens (one per roster student) and the class token (for an LMS pulling scores).

Only SHA-256 hashes are stored in the server's database; the tokens themselves are written
once to ``tokens.csv`` (mode 0600, LF line ends) for the trainer to hand out. A token is
looked up by its hash, so what a timing could tell is about a SHA-256, never the token.

A token is read aloud and typed by beginners: 16 characters from an alphabet without
look-alikes (no 0/O, no 1/I/L), in four groups (``KXT4-9QMW-R7HZ-3NPV``). That is
16 × log2(31) ≈ 79 bits, far beyond online guessing (OWASP asks 64 bits of a session
id). What a student types is tidied before it is compared, by the client and the server
alike: spaces, line ends and dashes anywhere, any case. Tokens made before this format
(``secrets.token_urlsafe``) keep working as they were written.

The database is ``server.sqlite`` in the server's folder, or the gradebook's PostgreSQL
database when the server runs on one (several server processes then share the tokens)."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import secrets
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from workshop.records import tables
from workshop.records.database import engine_for, insert_for, writing
from workshop.roster import RosterEntry

CLASS = "*class*"
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUPS, GROUP_LEN = 4, 4
_SPACES = re.compile(r"\s+")
RELOAD_S = 1.0  # an unknown token re-reads the stored hashes at most this often


def new_token() -> str:
    """A fresh token, e.g. ``KXT4-9QMW-R7HZ-3NPV``."""
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LEN)) for _ in range(GROUPS))


def tidy(token: str) -> str:
    """The token a person meant: without spaces or line ends; a token of the grouped
    format in any case and with dashes anywhere is given its canonical form.

    >>> tidy(" kxt4 9qmw-r7hz3npv\r\n")
    'KXT4-9QMW-R7HZ-3NPV'
    """
    compact = _SPACES.sub("", token)
    letters = compact.replace("-", "").upper()
    if len(letters) == GROUPS * GROUP_LEN and all(c in ALPHABET for c in letters):
        return "-".join(letters[i : i + GROUP_LEN] for i in range(0, len(letters), GROUP_LEN))
    return compact  # an older token: case and dashes are part of it


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class TokenStore:
    def __init__(self, folder: Path, database: str | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.engine = engine_for(database or folder / "server.sqlite", "server")
        # hash -> who, as stored. Tokens are only ever added, so a known hash never goes
        # stale; an unknown one re-reads the table at most every RELOAD_S (another server
        # of a shared database may have issued it): a flood of bad tokens costs a hash and
        # a dict look-up each, not a query.
        self._known: dict[str, str] = {}
        self._read_at = -RELOAD_S
        self._lock = threading.Lock()

    def issue(self, roster: list[RosterEntry]) -> Path:
        """Give a token to every roster student (and the class) that has none; append the
        new ones to tokens.csv. Existing tokens are kept. Servers starting together issue
        once: the first holds the write lock until its tokens are stored."""
        path = self.folder / "tokens.csv"
        with writing(self.engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("LOCK TABLE tokens IN EXCLUSIVE MODE")
            known = set(conn.execute(select(tables.tokens.c.who)).scalars())
            fresh = [(who, new_token()) for who in [CLASS, *(e.id for e in roster)] if who not in known]
            new_file = not path.exists()
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                if new_file:
                    writer.writerow(["id", "token"])
                for who, token in fresh:
                    writer.writerow([who, token])
            if fresh:
                conn.execute(tables.tokens.insert(), [{"who": w, "hash": _hash(t)} for w, t in fresh])
        return path

    def slips(self, roster: list[RosterEntry], url: str, lang: str) -> Path:
        """A printable page: one slip per student with the submit command and page link
        (mode 0600, next to tokens.csv)."""
        from jinja2 import Environment, PackageLoader

        tokens = self.handed_out()
        slips = [{"id": e.id, "name": e.name, "token": tokens[e.id]} for e in roster if e.id in tokens]
        page = Environment(loader=PackageLoader("workshop", "templates/server"), autoescape=True)
        from workshop.i18n import t

        title = t("slips_title", "fr" if lang == "fr" else "en")
        html = page.get_template("slips.html").render(slips=slips, url=url, lang=lang, title=title)
        path = self.folder / "slips.html"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(html)
        return path

    def handed_out(self) -> dict[str, str]:
        """Who has which token, as written in tokens.csv (the database keeps only hashes)."""
        path = self.folder / "tokens.csv"
        if not path.is_file():
            return {}
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["id"]: row["token"] for row in csv.DictReader(handle)}

    def who(self, token: str | None) -> str | None:
        """The student (or CLASS) a token speaks for, or None."""
        token = tidy(token or "")
        if not token:
            return None
        wanted = _hash(token)
        found = self._known.get(wanted)
        if found is not None:
            return found
        with self._lock:
            if time.monotonic() - self._read_at < RELOAD_S:
                return self._known.get(wanted)
            with self.engine.connect() as conn:
                rows = conn.execute(select(tables.tokens.c.who, tables.tokens.c.hash)).all()
            self._known = {stored: who for who, stored in rows}
            self._read_at = time.monotonic()
            return self._known.get(wanted)

    def release(self, exercise: str) -> None:
        with writing(self.engine) as conn:
            conn.execute(insert_for(conn, tables.released).values(exercise=exercise).on_conflict_do_nothing())

    def mark_late(self, exercise: str, student: str, attempt: str) -> None:
        with writing(self.engine) as conn:
            conn.execute(
                insert_for(conn, tables.late)
                .values(exercise=exercise, student=student, attempt=attempt)
                .on_conflict_do_nothing()
            )

    def late(self, wanted: Iterable[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """Which of the ``wanted`` (exercise, student, attempt) were marked late: one lookup by
        primary key each, so a read costs what it asks for, not what the table holds (red
        team 12h: every late upload adds a row, and reading them all made each feedback poll
        slower, 427 ms at 20,000 rows)."""
        late = tables.late
        found: set[tuple[str, str, str]] = set()
        with self.engine.connect() as conn:
            for key in dict.fromkeys(wanted):
                exercise, student, attempt = key
                row = conn.execute(
                    select(late.c.attempt).where(
                        late.c.exercise == exercise, late.c.student == student, late.c.attempt == attempt
                    )
                ).first()
                if row is not None:
                    found.add(key)
        return found

    def released(self, exercise: str) -> bool:
        released = tables.released
        with self.engine.connect() as conn:
            row = conn.execute(select(released.c.exercise).where(released.c.exercise == exercise)).first()
        return row is not None
