"""Validation of every name that comes from outside before it touches a path or a page."""

from __future__ import annotations

import re

from workshop.errors import InvalidIdentifier

SLUG_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
STUDENT_ID_PATTERN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$")
_FILE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$")


def check_student_id(student: str) -> str:
    """Return ``student`` when it is safe as a folder name and in a page, else raise.

    >>> check_student_id("alice.martin")
    'alice.martin'
    """
    if not STUDENT_ID_PATTERN.fullmatch(student) or ".." in student:
        raise InvalidIdentifier("student_id_invalid", student=student[:80])
    return student


def check_file_name(name: str) -> str:
    """A handed-in file name: no folder, no leading dot or dash, no odd characters."""
    if not _FILE_NAME.fullmatch(name) or ".." in name:
        raise InvalidIdentifier("file_name_invalid", name=name[:80])
    return name
