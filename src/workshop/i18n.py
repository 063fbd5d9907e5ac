"""Student- and trainer-facing text, in French and English, kept as data (messages.toml).

The language comes from ``WORKSHOP_LANG`` (``fr`` or ``en``), else from ``LANG``
(French when it starts with ``fr``), else English.
"""

from __future__ import annotations

import gettext
import os
import tomllib
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

Lang = Literal["en", "fr"]


def current_lang() -> Lang:
    chosen = os.environ.get("WORKSHOP_LANG", "").lower()
    if chosen in ("en", "fr"):
        return chosen  # type: ignore[return-value]
    return "fr" if os.environ.get("LANG", "").lower().startswith("fr") else "en"


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    text = resources.files("workshop").joinpath("messages.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def t(key: str, lang: Lang | None = None, **params: object) -> str:
    """Render message ``key`` in ``lang`` (default: :func:`current_lang`).

    >>> t("error_prefix", "fr")
    'Erreur'
    """
    entry = _catalogue()[key]
    return entry[lang or current_lang()].format(**params)


def lookup(key: str, lang: Lang | None = None) -> str | None:
    """Message ``key`` in ``lang`` as written (no formatting), or None when there is none."""
    entry = _catalogue().get(key)
    return entry.get(lang or current_lang()) if entry else None


def error_line(message: object, lang: Lang | None = None) -> str:
    """``Error: ...`` in English, ``Erreur : ...`` (non-breaking space) in French."""
    return f"{t('error_prefix', lang)}{t('report_colon', lang)}{message}"


# click translates its own sentences ("Usage:", "Show this message and exit.", "No such
# option"...) with the standard gettext, in the domain of the running program. workshop is
# that program: its French catalogue of click's sentences is locale/fr/LC_MESSAGES/workshop.po,
# compiled to workshop.mo (tests/test_french.py checks the .mo is the .po compiled).
LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "workshop"


def use_language(lang: Lang | None = None) -> Lang:
    """Make click (and anything else using the program's gettext domain) speak ``lang``.

    gettext picks the catalogue from ``$LANGUAGE`` first: set it to workshop's language, so
    that ``--lang`` and ``$WORKSHOP_LANG`` win over the system's ``$LANG``."""
    chosen = lang or current_lang()
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = chosen
    return chosen


def local_time(when: str | datetime, lang: Lang | None = None) -> str:
    """A stored time (ISO 8601, UTC when it has no zone) in this machine's local time, as
    people write it in ``lang``: ``30 nov. 2026, 22:10`` or ``Nov 30, 2026, 10:10 PM``."""
    from babel.dates import format_datetime

    moment = datetime.fromisoformat(when) if isinstance(when, str) else when
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_datetime(moment.astimezone(), format="medium", locale=lang or current_lang())


def template(key: str, lang: Lang | None = None) -> str:
    """Message ``key`` unformatted, for a process that fills it in itself (the harness)."""
    return _catalogue()[key][lang or current_lang()]
