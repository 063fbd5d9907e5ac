"""Student- and trainer-facing text, in French and English, kept as data (messages.toml).

The language comes from ``WORKSHOP_LANG`` (``fr`` or ``en``), else from ``LANG``
(French when it starts with ``fr``), else English.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
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


def template(key: str, lang: Lang | None = None) -> str:
    """Message ``key`` unformatted, for a process that fills it in itself (the harness)."""
    return _catalogue()[key][lang or current_lang()]
