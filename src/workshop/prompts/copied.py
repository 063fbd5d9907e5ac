"""A code block as a chat's page copies it (issue 11, round 80, fix-helper fix80): "json\\nCopy
code\\n{…}". Copying a rendered answer from ChatGPT (or Gemini, Le Chat, Copilot) does not give the
Markdown fence ("```json") but what the page shows around the block: its language tag on a line alone
("json", "JSON") and its buttons' labels ("Copy code", « Copier le code », "Copy", "Code kopieren",
"Edit"), Gemini's "Use code with caution." below it. Those lines are the fence's rendering, not text
around the JSON: :func:`unwrapped` takes them away, as the JSON checks take a fence away
(:func:`workshop.prompts.checks.answer_json`, :func:`workshop.prompts.checks.exact_json`), in both
modes. Real prose around the JSON ("Voici le JSON :", "Here you go") is no such line and still fails.

The Markdown fence may stay between those lines (round 101: "json / Copy code" above a "```json"
fence, « Copier le code » under it): the fenced block is then what :func:`unwrapped` keeps.

Limits: only whole lines made of those words are read so; a tag or a button glued to the JSON's first
line ("json{…}", "Copy code{…}") stays and fails."""

from __future__ import annotations

import re

from workshop.prompts.text import fold

_TAG = r"(?:json|jsonc|json5|javascript|js|text|plaintext|txt|code)"
_BUTTON = (
    r"(?:copy code|copy|copied!?|copier le code|copier|code copie|code kopieren|kopieren|copiar codigo|"
    r"copiar|copia codice|copia|edit|modifier|bearbeiten|editar|download|telecharger|"
    r"use code with caution|utilisez le code avec precaution|codice da usare con cautela)"
)
_RESIDUE = re.compile(r"(?<![ \t])[ \t]*+(?:" + _TAG + r"|" + _BUTTON + r")[ \t.]*+")
_FENCED = re.compile(r"\A(?:`{3,}+|~{3,}+)[\w+#.-]*+[ \t]*+\n(.*)\n(?:`{3,}+|~{3,}+)", re.S)
MAX_LINES = 4  # residue lines on each side, at most


def _residue(line: str) -> bool:
    return _RESIDUE.fullmatch(fold(line)) is not None


# Session 60 (fix105left, rounds 105 and 59's fix105notes): a text answer in a fence, with the page's
# chrome around it ("text / Copy code" above the fence, "Copy code", « Copier le code », « Copier »,
# "📋" under it): the chrome lines are the block's rendering, the fence and what it holds the answer.
# A button label may sit in quotes or brackets and beside a clipboard emoji; any other line stays.
_DECOR = re.compile(r"[\s\"'«»“”‘’\[\]()📋📄✂️⧉\ufe0f]++")


def _chrome(line: str) -> bool:
    bare = _DECOR.sub(" ", line).strip()
    return not bare and bool(line.strip()) or bool(bare) and _residue(bare)


def fence_chrome_dropped(text: str) -> str:
    """``text`` without the chrome lines (see above) before a fence that opens it and after one that
    closes it, at most :data:`MAX_LINES` on each side; ``text`` when its first and last other lines are
    not fences."""
    lines = text.strip("\n").split("\n")
    start, end = 0, len(lines)
    while start < min(end, MAX_LINES) and (_chrome(lines[start]) or not lines[start].strip()):
        start += 1
    while end > max(start, len(lines) - MAX_LINES) and (
        _chrome(lines[end - 1]) or not lines[end - 1].strip()
    ):
        end -= 1
    if (start == 0 and end == len(lines)) or start >= end:
        return _around_fences(text)
    first, last = lines[start].lstrip(" \t"), lines[end - 1].strip(" \t")
    if not first.startswith(("```", "~~~")) or not last.startswith(("```", "~~~")) or end - start < 3:
        return _around_fences(text)
    return "\n".join(lines[start:end])


def _around_fences(text: str) -> str:
    """``text`` without the chrome lines right under a fence that closes and right above one that opens
    (at most :data:`MAX_LINES`), when the fence stands among other text: a polite line before the block or
    after its "Copy code" leaves that label the block's rendering all the same."""
    lines = text.split("\n")
    fence = [line.lstrip(" \t").startswith(("```", "~~~")) for line in lines]
    drop: set[int] = set()
    inside = False
    for i, is_fence in enumerate(fence):
        if not is_fence:
            continue
        if not inside:  # an opening fence: chrome right above it ("text", "Copy code")
            j = i - 1
            while j >= 0 and i - j <= MAX_LINES and not fence[j] and _chrome(lines[j]):
                drop.add(j)
                j -= 1
        else:  # a closing fence: chrome right under it
            j = i + 1
            while j < len(lines) and j - i <= MAX_LINES and not fence[j] and _chrome(lines[j]):
                drop.add(j)
                j += 1
        inside = not inside
    if not drop:
        return text
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


def unwrapped(text: str) -> str:
    """``text`` without the code block's residue lines before and after its JSON (those lines only:
    the JSON must open the first other line and close the last); ``text`` when it holds none."""
    lines = text.strip().split("\n")
    start = 0
    while start < min(len(lines), MAX_LINES) and (_residue(lines[start]) or not lines[start].strip()):
        start += 1
    end = len(lines)
    while end > max(start, len(lines) - MAX_LINES) and (
        _residue(lines[end - 1]) or not lines[end - 1].strip()
    ):
        end -= 1
    if (start == 0 and end == len(lines)) or start >= end:
        return text
    body = "\n".join(lines[start:end]).strip()
    if body[:1] in "{[" and body[-1:] in "}]":
        return body
    # round 101: the Markdown fence kept, the chat's chrome around it ("json / Copy code" above the
    # fence, « Copier le code » under it): the fenced block alone, the JSON checks take its fence away
    fenced = _FENCED.fullmatch(body)
    inner = fenced.group(1).strip() if fenced else ""
    return body if inner[:1] in "{[" and inner[-1:] in "}]" else text
