"""Text a student controls, made safe to print on the trainer's terminal.

A file name in a shared-folder inbox is the student's choice (red team 12j, T1): printed as
it is, its escape sequences reached the terminal (a title set, colours changed) and, through
rich's markup, ``[link=...]`` made a clickable link and ``[reverse]`` a name that is not the
file's. :func:`printable` shows every character a terminal would act on as its escape
(``\\x1b``, ``\\u202e``); print the result with rich's ``markup=False`` (or ``click.echo``)."""

from __future__ import annotations


def printable(text: object) -> str:
    """``str(text)`` with every character that is not printable (control characters, C1,
    format characters such as bidi overrides and zero-width marks, line and paragraph
    separators) written as its Python escape; spaces and printable text are kept."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in str(text)
    )
