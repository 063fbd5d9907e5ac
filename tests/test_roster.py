"""The roster as spreadsheets really write it: French Excel's semicolons, Windows-1252,
BOMs, empty rows; or one line saying how to save it so that it can be read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from workshop.errors import ConfigError
from workshop.roster import load_roster

FRENCH_EXCEL = "id;name;email;section\r\nzoe;Zoé Lefèvre;zoe@école.fr;G1\r\nbob;Bob;bob@x.fr;G2\r\n;;;\r\n"


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [
        FRENCH_EXCEL.encode("cp1252"),  # "CSV (séparateur : point-virgule)"
        FRENCH_EXCEL.encode("utf-8-sig"),  # "CSV UTF-8", which French Excel also writes with ';'
        FRENCH_EXCEL.encode("utf-8"),
        FRENCH_EXCEL.replace(";", "\t").encode("utf-16"),  # "Texte Unicode"
        FRENCH_EXCEL.replace(";", ",").encode("cp1252"),
    ],
    ids=["cp1252-semicolon", "utf8-bom-semicolon", "utf8-semicolon", "utf16-tab", "cp1252-comma"],
)
def test_roster_reads_what_french_excel_writes(tmp_path: Path, data: bytes) -> None:
    entries = load_roster(_write(tmp_path, data))

    assert [(e.id, e.name, e.email, e.section) for e in entries] == [
        ("zoe", "Zoé Lefèvre", "zoe@école.fr", "G1"),
        ("bob", "Bob", "bob@x.fr", "G2"),
    ]


def test_roster_header_names_in_any_case_and_with_spaces(tmp_path: Path) -> None:
    entries = load_roster(_write(tmp_path, b"ID ; Name ; Email\nann;Ann;a@x.fr\n"))

    assert [(e.id, e.name, e.email) for e in entries] == [("ann", "Ann", "a@x.fr")]


def test_roster_error_lines_count_from_the_file_with_semicolons(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_roster(
            _write(tmp_path, b"id;name;email\r\nann;Ann;a@x.fr\r\n\r\n../x;Mallory;m@x.fr\r\n")
        )

    assert (caught.value.key, caught.value.params["line"], caught.value.params["field"]) == (
        "roster_row",
        4,
        "id",
    )


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as workbook:
        workbook.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("lang", "data", "expected"),
    [
        (
            "en",
            "xlsx",
            "Error: The roster {path} is an Excel workbook, not a CSV file. In Excel: File > Save As > "
            "'CSV UTF-8 (Comma delimited) (*.csv)', then give that file.\n",
        ),
        (
            "fr",
            "xlsx",
            "Erreur\u00a0: La liste d'étudiants {path} est un classeur Excel, pas un fichier "
            "CSV. Dans Excel\u00a0: "
            "Fichier > Enregistrer sous > « CSV UTF-8 (délimité par des virgules) (*.csv) », puis donnez ce "
            "fichier.\n",
        ),
        (
            "en",
            b"id,name,email\nann,Ann\x81,a@x.fr\n",
            "Error: The roster {path} is neither UTF-8 nor Windows-1252 text (byte 0x81 at offset 21). "
            "In Excel: File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)', then give that file.\n",
        ),
        (
            "fr",
            b"id,name,email\nann,Ann\x81,a@x.fr\n",
            "Erreur\u00a0: La liste d'étudiants {path} n'est ni du texte UTF-8 ni du "
            "Windows-1252 (octet 0x81 à la "
            "position 21). Dans Excel\u00a0: Fichier > Enregistrer sous > « CSV UTF-8 (délimité par des "
            "virgules) (*.csv) », puis donnez ce fichier.\n",
        ),
        (
            "en",
            "Nom;Prénom;Courriel\nLefèvre;Zoé;z@x.fr\n".encode("cp1252"),
            "Error: The roster {path} lacks the column(s) id, name, email (its first line reads "
            "'Nom;Prénom;Courriel'). Its first line must name the columns id, name and email, separated "
            "by commas or semicolons.\n",
        ),
        (
            "fr",
            b"id;nom;email\nzoe;Zoe;z@x.fr\n",
            "Erreur\u00a0: La liste d'étudiants {path} n'a pas la ou les colonnes name (sa "
            "première ligne est "
            "« id;nom;email »). Sa première ligne doit nommer les colonnes id, name et email, séparées "
            "par des virgules ou des points-virgules.\n",
        ),
    ],
    ids=["xlsx-en", "xlsx-fr", "encoding-en", "encoding-fr", "columns-en", "columns-fr"],
)
def test_roster_that_cannot_be_read_is_refused_with_the_fix(
    tmp_path: Path, lang: str, data, expected: str
) -> None:
    path = _write(tmp_path, _xlsx() if data == "xlsx" else data)

    done = run_cli(
        "--lang",
        lang,
        "export",
        "--format",
        "csv",
        "--roster",
        str(path),
        "--course",
        str(REPO),
        cwd=tmp_path,
    )

    assert done.returncode == 1
    assert done.stderr == expected.format(path=path)
