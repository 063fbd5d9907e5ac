"""The JSON lines the harness writes; the host validates each against its own models."""

from __future__ import annotations

import json
from typing import IO, Any


class RecordWriter:
    """Writes one JSON object per line and flushes it, so that a run killed half-way
    still leaves the results of the tests that finished."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, kind: str, **fields: Any) -> None:
        fields["type"] = kind
        self._stream.write(json.dumps(fields, ensure_ascii=True) + "\n")
        self._stream.flush()
