"""What a student chose, printed on the trainer's terminal (red team 12j, T1): a file name in
a shared-folder inbox carried escape sequences to the terminal and rich markup that made a
link or restyled the name. It is shown as its escapes, never acted on."""

from __future__ import annotations

import pytest

from conftest import REPO, run_cli
from workshop.terminal import printable

NAMES = {
    "escape": "x\x1b]0;PWNED\x07\x1b[31mRED",
    "link": "[link=http:evil.example]click",
    "restyled": "[reverse]alice",
    "emoji": ":warning: grades.csv",
    "bidi": "cod\u202egnp.exe",
    "zero-width": "ali\u200bce",
}


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_printable_escapes_what_a_terminal_acts_on_and_keeps_the_rest(name: str):
    shown = printable(name)
    assert shown.isprintable() and shown.isascii()
    assert shown.encode("ascii").decode("unicode_escape") == name  # nothing lost: it reads back


def test_printable_keeps_ordinary_text_as_it_is():
    assert printable("Ignoré : élève 3, notes.txt") == "Ignoré : élève 3, notes.txt"


def test_grade_prints_a_stray_name_as_it_is_on_disk_never_acting_on_it(tmp_path, sandbox_image):
    inbox = tmp_path / "inbox"
    folder = inbox / "calculatrice"
    folder.mkdir(parents=True)
    for name in NAMES.values():
        (folder / name).write_text("stray")

    done = run_cli(
        "grade", str(inbox), "--gradebook", str(tmp_path / "gb.sqlite"), "--reports", str(tmp_path / "r"),
        cwd=REPO,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    said = [line for line in done.stderr.splitlines() if line.startswith("Ignored (not a submission)")]
    assert len(said) == len(NAMES), done.stderr
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr and "\u202e" not in done.stderr
    for name in NAMES.values():
        assert any(line.endswith("/" + printable(name)) for line in said), (name, said)
