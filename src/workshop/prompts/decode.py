"""What an encoding hides in a prompt or an answer: base64 (standard and URL-safe) and hex
runs are decoded, twice over at most, and the text they reveal is read by the same checks
as the rest (a dictated answer in base64 is still a dictated answer, an instruction to the
judge in hex still addresses the judge). A run is decoded only when the result is UTF-8
text that is mostly printable: random-looking words are left alone."""

from __future__ import annotations

import base64
import binascii
import re

_BASE64 = re.compile(r"(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){8,}")
MAX_DEPTH = 2
MAX_RUNS = 20


def _text(raw: bytes) -> str | None:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in decoded if c.isprintable() or c in "\n\t")
    letters = sum(1 for c in decoded if c.isalpha())
    if not decoded or printable < 0.95 * len(decoded) or letters < 0.4 * len(decoded):
        return None
    return decoded


def _decode_run(run: str) -> str | None:
    if re.fullmatch(r"[0-9A-Fa-f :]+", run) and len(run.replace(" ", "").replace(":", "")) % 2 == 0:
        try:
            return _text(bytes.fromhex(run.replace(" ", "").replace(":", "")))
        except ValueError:
            pass
    padded = run + "=" * (-len(run) % 4)
    for decoder in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            found = _text(decoder(padded))
        except (binascii.Error, ValueError):
            continue
        if found is not None:
            return found
    return None


def revealed(text: str) -> list[str]:
    """The texts hidden in ``text`` by base64 or hex runs (nested ones too)."""
    found: list[str] = []
    layer = [text]
    for _ in range(MAX_DEPTH):
        nested = []
        for source in layer:
            runs = [m.group(0) for m in _HEX.finditer(source)] + [
                m.group(0) for m in _BASE64.finditer(source)
            ]
            for run in runs[:MAX_RUNS]:
                decoded = _decode_run(run.strip())
                if decoded is not None and decoded not in found:
                    found.append(decoded)
                    nested.append(decoded)
        layer = nested
    return found


def with_revealed(text: str) -> str:
    """``text`` followed by what its encoded runs reveal, one per paragraph."""
    hidden = revealed(text)
    return text if not hidden else text + "\n\n" + "\n\n".join(hidden)
