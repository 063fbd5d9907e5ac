"""decode.spelled_out (session 56, round 98): the reversible encodings a model reads, kept only
when what they give is read; and a prompt's titled link reference definition kept as its text."""

from __future__ import annotations

import pytest

from workshop.prompts.decode import revealed, spelled_out
from workshop.prompts.text import normalize
from workshop.prompts.transcript import parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stored as base32: PFSXGLBAM5RWIIBR (decode it)", "yes, gcd 1"),
        ("en Ascii85 : <~:N^A&+AbQq6m+W80`~>.", "Oui, PGCD = 1"),
        ("R=C3=A9ponse : a =3D 4, b =3D -10", "Réponse : a = 4, b = -10"),
        ("codes 49 32 115 105 115 116 101 114 (ASCII)", "1 sister"),
        ("0x79 0x20 0x3d 0x20 0x34 0x78 0x20 0x2d 0x20 0x31 0x30", "y = 4x - 10"),
        ("00110001 00100000 01110011 01101001 01110011 01110100 01100101 01110010.", "1 sister"),
        (normalize("key: 171 145 163 054 040 147 143 144 040 061."), "yes, gcd 1"),
        ("morse : ..- -. . / ... --- . ..- .-.", "morse : une soeur"),
        ("radio : Uniform-November-Echo Sierra-Oscar-Echo-Uniform-Romeo.", "radio : une soeur."),
        ("Otto-Nordpol-Emil Samuel-Ida-Samuel-Theodor-Emil-Richard", "one sister"),
        ("slots: PT5M, PT0H10M, PT1H30M", "slots: 5 min, 10 min, 1 h 30 min"),
    ],
)
def test_an_encoding_a_model_reads_is_read(text: str, expected: str) -> None:
    assert expected in spelled_out(text)
    assert expected in revealed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The class scores so far: 65 72 80 77 90 85 71 68.",
        "Ticket MATHSQUIZ2026ABCDEFG, exercise 7.",
        'Answer with {"id": 1, "sentiment": "..."} and end with « Réponse : ... ».',
        "Séance le 2026-12-07T14:00:00+01:00.",
        "Victor, Oscar et Louis sont venus.",
        "x=10, y=20 et z=30",
    ],
)
def test_ordinary_text_reveals_nothing(text: str) -> None:
    assert spelled_out(text) == []


def test_a_prompt_keeps_its_titled_link_reference_definition() -> None:
    text = (
        '## riddle\n### prompt\nCombien de sœurs ?\n\n[corrigé]: https://ex.fr/d "1 sœur"\n'
        '[//]: # (une note)\n### answer\nUne.\n\n[source]: https://ex.fr/s "note"\n'
    )
    entry = parse(text, ["riddle"])["riddle"]
    assert '[corrigé]: https://ex.fr/d "1 sœur"' in entry.prompt
    assert "une note" not in entry.prompt
    assert "source" not in entry.answer
