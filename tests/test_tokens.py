"""Tokens a trainer reads aloud and a beginner types: no look-alikes, grouped, forgiving of
how they are pasted, and the tokens of an earlier run keep working."""

from __future__ import annotations

import csv
import hashlib
import re
import secrets
import sqlite3
from pathlib import Path

import pytest

from workshop.roster import RosterEntry
from workshop.server.tokens import ALPHABET, CLASS, TokenStore, new_token, tidy

ROSTER = [
    RosterEntry(id="alice", name="Alice", email="a@x.fr"),
    RosterEntry(id="bob", name="Bob", email="b@x.fr"),
]


def test_tokens_have_no_look_alike_characters_and_come_in_four_groups() -> None:
    tokens = [new_token() for _ in range(500)]

    assert all(re.fullmatch(r"[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}", token) for token in tokens)
    assert not set("".join(tokens)) & set("01OIlL")
    assert set(ALPHABET) == set("".join(tokens).replace("-", ""))  # every symbol is used
    assert len(set(tokens)) == 500


@pytest.mark.parametrize(
    "typed",
    [
        "KXT4-9QMW-R7HZ-3NPV",
        "kxt4-9qmw-r7hz-3npv",
        " KXT4 9QMW R7HZ 3NPV ",
        "KXT49QMWR7HZ3NPV\r\n",
        "KX-T49Q-MWR7-HZ3N-PV",
        "KXT4-9QMW-\nR7HZ-3NPV",
        "\u00a0KXT4-9QMW-R7HZ-3NPV\t",  # a non-breaking space copied from a PDF
    ],
)
def test_tidy_gives_the_canonical_token_however_it_was_pasted(typed: str) -> None:
    assert tidy(typed) == "KXT4-9QMW-R7HZ-3NPV"


def test_tidy_leaves_an_older_token_as_written_but_for_spaces() -> None:
    old = "aB3-_x9Qz0pLm2Nk7R4tV8wY"

    assert tidy(f" {old}\r\n") == old


def test_the_store_accepts_a_token_pasted_with_spaces_dashes_case_or_a_cr(tmp_path: Path) -> None:
    store = TokenStore(tmp_path)
    store.issue(ROSTER)
    alice = store.handed_out()["alice"]

    for typed in (alice, alice.lower(), alice.replace("-", " "), alice + "\r", alice.replace("-", "")):
        assert store.who(typed) == "alice", typed
    assert store.who(alice[:-1]) is None and store.who("") is None and store.who(None) is None


def test_tokens_csv_has_lf_line_ends_and_mode_0600(tmp_path: Path) -> None:
    path = TokenStore(tmp_path).issue(ROSTER)

    data = path.read_bytes()
    assert b"\r" not in data and data.count(b"\n") == 4  # header, class, alice, bob
    assert path.stat().st_mode & 0o777 == 0o600


def test_tokens_of_an_earlier_run_keep_working_next_to_new_ones(tmp_path: Path) -> None:
    # What the first version wrote: token_urlsafe tokens, CRLF rows, their hashes in the database.
    old = {CLASS: secrets.token_urlsafe(18), "alice": secrets.token_urlsafe(18)}
    db = sqlite3.connect(tmp_path / "server.sqlite")
    db.execute("CREATE TABLE tokens (who TEXT PRIMARY KEY, hash TEXT NOT NULL)")
    db.executemany(
        "INSERT INTO tokens VALUES (?, ?)",
        [(w, hashlib.sha256(t.encode()).hexdigest()) for w, t in old.items()],
    )
    db.commit()
    db.close()
    with (tmp_path / "tokens.csv").open("w", newline="") as handle:
        csv.writer(handle).writerows([["id", "token"], *old.items()])

    store = TokenStore(tmp_path)
    store.issue(ROSTER)  # bob is new

    assert store.who(old["alice"]) == "alice" and store.who(old[CLASS]) == CLASS
    assert store.who(" " + old["alice"] + "\r\n") == "alice"
    tokens = store.handed_out()
    assert tokens["alice"] == old["alice"] and re.fullmatch(r"(\w{4}-){3}\w{4}", tokens["bob"])
    assert store.who(tokens["bob"].lower()) == "bob"
    assert tokens["alice"] in store.slips(ROSTER, "http://10.0.0.5:8765", "en").read_text()


def test_late_marks_are_read_by_key_whatever_the_table_holds(tmp_path):
    # Red team 12h: each accepted late upload adds a row and every feedback read loaded the
    # whole table (427 ms a poll at 20,000 rows). A read now asks for its own keys only.
    from sqlalchemy import event

    from workshop.records import tables
    from workshop.records.database import writing

    store = TokenStore(tmp_path / "server")
    with writing(store.engine) as conn:
        conn.execute(
            tables.late.insert(),
            [{"exercise": "calculatrice", "student": f"s{n}", "attempt": f"a{n}"} for n in range(20_000)],
        )
    store.mark_late("calculatrice", "alice", "a2")
    said: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: said.append(args[2]))
    wanted = [("calculatrice", "alice", "a2"), ("calculatrice", "alice", "a3"), ("neurone", "s5", "a5")]
    assert store.late(wanted) == {("calculatrice", "alice", "a2")}
    reads = [sql for sql in said if "FROM late" in sql]
    assert len(reads) == 3 and all("WHERE late.exercise = " in sql for sql in reads), reads
