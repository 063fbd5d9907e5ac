"""An answer laid out as a checklist (issue 11, round 77, the lead): options one a line, each behind a box,
some ticked ("☑ Oui, ils sont premiers entre eux", "- [x] 1") and the others left empty ("☐ Non, …",
"- [ ] 2"). The ticked options are what the answer says; an empty box's option is one it did not choose,
so :func:`extract.statements` drops the values on its line. A run with no ticked box is left as it stands
(every option open: several candidates), and so is a box anywhere but at the start of its line. An option
crossed out at its line's start ("❌", "✗", "✘", "✖", "🚫") reads as an empty box's (round 81).

Limits: "☒" (a box with a cross) is read neither way (some lists tick with it, some strike with it); a
run is consecutive lines, a blank line ends it."""

from __future__ import annotations

import re

from workshop.prompts.ticks import CROSSES, EMPTY_BOX, EMPTY_BOX_MARK, TICKED_BOX, TICKS

_BULLET = r"^[ \t]*+(?:[-*•+][ \t]++|\d{1,2}[.)][ \t]++)?+"
# round 81 (fix81): an option crossed out at its line's start ("❌ y = 4x + 10", "✗ Non") beside a ticked
# one ("✅ y = 4x − 10") is one the answer rejects, as an empty box's ("☒" stays unread, see above)
_EMPTY = re.compile(_BULLET + rf"(?:{EMPTY_BOX}|[{EMPTY_BOX_MARK}⬜□{CROSSES.replace('☒', '')}])")
_TICKED = re.compile(_BULLET + rf"(?:{TICKED_BOX}|[{TICKS}])")
MAX_RUN = 40  # lines looked at on each side of a statement's line


def _line(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def unchosen(text: str, position: int) -> bool:
    """Whether ``position`` of folded ``text`` is on an empty box's line in a run of boxed lines that ticks
    another."""
    start, end = _line(text, position)
    if not _EMPTY.match(text[start:end]):
        return False
    for step in (-1, 1):
        at = start
        for _ in range(MAX_RUN):
            if step < 0:
                if at == 0:
                    break
                at = text.rfind("\n", 0, at - 1) + 1
            else:
                following = text.find("\n", at)
                if following < 0:
                    break
                at = following + 1
            line = text[at : _line(text, at)[1]]
            if _TICKED.match(line):
                return True
            if not _EMPTY.match(line):
                break
    return False
