"""The student's file: Markdown, one ``## <task>`` section per task, each with a
``### prompt`` and a ``### answer`` part. Errors name the line.

Editors add noise that must not change the meaning: a byte-order mark (anywhere, not only
at the start), zero-width characters, Windows line ends, no-break and other unicode spaces
around a heading's marks. They are read through; nothing drops a task silently. A pasted
prompt or answer keeps them as written: the normal form drops them for every check, except
exact JSON, which reads the answer as a program would (issue 11o, round 8).

Reading costs time linear in the file (no pattern here backtracks over a line), and each
part holds at most :data:`MAX_PART_CHARS` characters: the grader reads every part with
dozens of patterns, and no prompt or model answer of a workshop task comes near it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workshop.errors import SubmissionRejected

PROMPT_PLACEHOLDER = "(écrivez votre prompt ici / write your prompt here)"
ANSWER_PLACEHOLDER = "(collez la réponse du LLM ici / paste the LLM's answer here)"
_TASK = re.compile(r"^##\s++(\S.*)")  # the title is stripped after: no lazy ".*?" before "\s*$"
_PART = re.compile(r"^###\s++(\S.*)")
_PARTS = {"prompt": "prompt", "answer": "answer", "réponse": "answer", "reponse": "answer"}
MAX_PART_CHARS = 20_000
_INVISIBLE = re.compile(r"[\ufeff\u200b-\u200d\u2060\u00ad]")


# A Markdown link-reference comment (round 15a): a line that only defines a link reference
# to "#", "<>", "//" or a URL, with or without a title ("[//]: # (...)", "[comment]: <> (...)"),
# is invisible once rendered, so it is a comment like "<!-- -->". A footnote ("[^1]: ...")
# is shown, and a label followed by words ("[Réponse]: 1 sœur") is no reference: both stay.
_LINK_COMMENT = re.compile(
    r"(?m)^[ \t]{0,3}\[(?!\^)[^\[\]\n]{1,100}\]:[ \t]*+"
    r"(?:<[^<>\n]*>|#\S*|//\S*|https?://\S*|www\.\S*)"
    r"(?P<title>[ \t]++(?:\"[^\"\n]*\"|'[^'\n]*'|\([^\n]*\)))?[ \t]*$"
)


def without_comments(text: str) -> str:
    """HTML comments (``<!-- ... -->``) blanked, their line breaks kept; an unclosed one runs
    to the end. One scan with ``str.find`` (a lazy regex tries every "<!--" to the end).
    Markdown link-reference comments (:data:`_LINK_COMMENT`) are blanked too."""
    out, at = [], 0
    while (start := text.find("<!--", at)) != -1:
        end = text.find("-->", start + 4)
        end = len(text) if end == -1 else end + 3
        out += [text[at:start], "\n" * text.count("\n", start, end)]
        at = end
    out.append(text[at:])
    return _LINK_COMMENT.sub("", "".join(out))


# Text a reader cannot see once the answer is rendered (round 23a) is no more the answer's
# text than an HTML comment is: an element marked ``hidden``, styled out of sight
# (``display:none``, ``visibility:hidden``, ``font-size:0``, ``opacity:0``, zero width or
# height) and the folded body of a ``<details>`` (its ``<summary>``, shown, stays). Blanked
# with its nested elements of the same name, line breaks kept; an unclosed one runs to the end.
_HIDDEN_OPEN = re.compile(
    r"<(?P<tag>[A-Za-z][\w-]{0,20})(?P<attrs>\s[^<>]{0,400})?>", re.I
)
_HIDDEN_ATTRS = re.compile(
    r"(?:^|\s)(?:hidden|aria-hidden\s*=\s*[\"']?true)(?:\s|=|$)"
    r"|(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?(?![.\d])"
    r"|(?:font-size|(?:max-)?height|(?:max-)?width)\s*:\s*0(?:\.0*)?(?:px|pt|em|rem|%)?(?![.\d\w]))",
    re.I,
)
_SUMMARY_END = re.compile(r"</summary\s*>", re.I)


def _element_end(text: str, tag: str, start: int) -> int:
    """The end of the element of name ``tag`` whose opening tag ends at ``start`` (nested
    ones of the same name counted), or the text's end."""
    pattern = re.compile(rf"<(/?)({re.escape(tag)})(?=[\s>/])[^<>]{{0,400}}>", re.I)
    depth = 1
    for match in pattern.finditer(text, start):
        depth += -1 if match[1] else 1
        if depth == 0:
            return match.end()
    return len(text)


def without_hidden(text: str) -> str:
    """``text`` without what a reader cannot see once it is rendered (see _HIDDEN_ATTRS)."""
    if "<" not in text:
        return text
    out, at = [], 0
    for match in _HIDDEN_OPEN.finditer(text):
        if match.start() < at:
            continue
        tag = match["tag"].lower()
        if tag == "details":
            summary = _SUMMARY_END.search(text, match.end(), _element_end(text, tag, match.end()))
            lo = summary.end() if summary else match.end()
        elif _HIDDEN_ATTRS.search(match["attrs"] or ""):
            lo = match.start()
        else:
            continue
        hi = _element_end(text, tag, match.end())
        out += [text[at:lo], "\n" * text.count("\n", lo, hi)]
        at = hi
    out.append(text[at:])
    return "".join(out)


def _link_definitions(text: str) -> dict[int, str]:
    """Session 56 (round 98): {line: text} of each link reference definition to a real link
    (a URL, not "#", "<>" nor "//") with a title. Rendered, it shows nothing; but a prompt is
    read by a model as written, title included (`[corrigé]: https://… "y = 4x - 10"` dictates
    the equation), so a prompt part keeps it where it stands; an answer part still drops it."""
    return {
        text.count("\n", 0, m.start()) + 1: m.group(0)
        for m in _LINK_COMMENT.finditer(text)
        if m.group("title") and re.search(r"\]:[ \t]*+<?+(?:https?://|www\.)", m.group(0))
    }


# Session 58 (fix102hedge, round 102): an HTML comment that offers another value or wording (`<!-- ou b = 10,
# à vérifier -->`, `<!-- or no -->`, `<!-- alt: y = 4x + 10 -->`) is a second option, as a code comment that
# offers one is (extract._OFFERED): a value task's answer is read once more with such comments shown where
# they stand. A comment that explains (`<!-- checked with math.gcd -->`) stays blanked.
_OFFERING_COMMENT = re.compile(
    r"(?:ou|or|sinon|otherwise|else|alt|alternative|alternatively|alternativement|variante?|variant"
    r"|autre[ \t]++(?:option|possibilit[ée]|r[ée]ponse|valeur)|other[ \t]++(?:option|answer|value)"
    r"|another[ \t]++(?:option|answer|value))(?![\w'-])",
    re.I,
)


def offered_comments(text: str) -> str:
    """``text`` with its HTML comments that offer another value shown in place, its others blanked
    (:func:`without_comments`)."""
    if "<!--" not in text:
        return _LINK_COMMENT.sub("", text)  # a Markdown link comment stays blanked, as without_comments does
    out, at = [], 0
    while (start := text.find("<!--", at)) != -1:
        end = text.find("-->", start + 4)
        end = len(text) if end == -1 else end + 3
        body = text[start + 4 : max(start + 4, end - 3)]
        shown = _OFFERING_COMMENT.match(body.lstrip(" \t\n*>-"))
        out += [text[at:start], f" {body} " if shown else "\n" * text.count("\n", start, end)]
        at = end
    out.append(text[at:])
    return _LINK_COMMENT.sub("", "".join(out))


def html_comments(text: str) -> list[tuple[int, str]]:
    """(the line each HTML comment starts on, its text), in the same scan as
    :func:`without_comments`."""
    found, at = [], 0
    while (start := text.find("<!--", at)) != -1:
        end = text.find("-->", start + 4)
        end = len(text) if end == -1 else end + 3
        found.append((text.count("\n", 0, start) + 1, text[start + 4 : max(start + 4, end - 3)]))
        at = end
    for match in _LINK_COMMENT.finditer(text):
        title = (match.group("title") or "").strip()
        found.append((text.count("\n", 0, match.start()) + 1, title[1:-1]))
    return sorted(found, key=lambda item: item[0])


def _probe(line: str) -> str:
    """The line as its heading marks read: unicode spaces as spaces, an indent of at most
    three spaces (Markdown's own rule) ignored."""
    line = re.sub(r"[^\S\n]", " ", line)
    stripped = line.lstrip(" ")
    return stripped if len(line) - len(stripped) <= 3 else line


@dataclass
class TaskEntry:
    task: str
    line: int
    prompt: str = ""
    answer: str = ""
    seen: set[str] = field(default_factory=set)
    # The HTML comments written inside the answer part: not the answer's text for any check,
    # but a translation's language reads them (French left in a comment is French left).
    answer_comments: str = ""
    # The answer with its HTML comments that offer another value shown where they stand (session 58,
    # :func:`offered_comments`); "" when it has none.
    answer_offered: str = ""


def parse(
    text: str, tasks: list[str], name: str = "prompts.md", *, shown: bool = False
) -> dict[str, TaskEntry]:
    """Parse a transcript; raise :class:`SubmissionRejected` naming the line of the problem. ``shown``: the
    text already has its offering comments shown (:func:`offered_comments`), read once more by itself."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    original = text
    comments = html_comments(text)
    definitions = _link_definitions(text)
    text = without_comments(text)
    owners: dict[int, tuple[str, str]] = {}  # line -> (task, part) it belongs to
    entries: dict[str, TaskEntry] = {}
    current: TaskEntry | None = None
    part: str | None = None
    buffers: dict[tuple[str, str], list[str]] = {}
    # A "## heading" that names no task, inside a pasted part, is the part's own text (models
    # write Markdown headings, and so do students: "## Rôle", "## Tâche" in a prompt), unless
    # a "### prompt"/"### answer" follows it before the next task that does not simply close
    # a prompt with its own task's answer: then it was meant as a task heading, and is
    # refused with its line.
    stray: tuple[int, str] | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        probe = _probe(_INVISIBLE.sub("", raw))
        line = probe if probe.startswith("#") else raw  # a pasted line keeps what it holds (round 8)
        heading = _TASK.match(line) if not line.startswith("###") else None
        if heading:
            task = heading.group(1).strip().lower()
            if task not in tasks and current is not None and part is not None:
                stray = stray or (number, task)
                buffers[(current.task, part)].append(line)
                continue
            if task not in tasks:
                raise SubmissionRejected(
                    "prompts_unknown_task", name=name, line=number, task=task[:40], tasks=", ".join(tasks)
                )
            stray = None
            if task in entries:
                raise SubmissionRejected("prompts_duplicate_task", name=name, line=number, task=task)
            _close(current, part, name)
            current, part = TaskEntry(task, number), None
            entries[task] = current
            continue
        sub = _PART.match(line)
        if (
            sub
            and current is not None
            and stray is not None
            and part == "prompt"
            and _PARTS.get(sub.group(1).strip().lower()) == "answer"
            and "answer" not in current.seen
        ):
            stray = None  # "## Rôle" … "### answer": the prompt's own headings
        if sub and current is not None and stray is not None and sub.group(1).strip().lower() in _PARTS:
            raise SubmissionRejected(
                "prompts_unknown_task", name=name, line=stray[0], task=stray[1][:40], tasks=", ".join(tasks)
            )
        if sub and current is not None:
            label = sub.group(1).strip().lower()
            if label not in _PARTS:
                if part is not None:  # a heading inside a pasted answer is the answer's text
                    buffers[(current.task, part)].append(line)
                    continue
                raise SubmissionRejected("prompts_unknown_part", name=name, line=number, part=label[:40])
            part = _PARTS[label]
            if part in current.seen:
                raise SubmissionRejected(
                    "prompts_duplicate_part", name=name, line=number, part=part, task=current.task
                )
            current.seen.add(part)
            buffers[(current.task, part)] = []
            continue
        if current is not None and part is not None:
            if part == "prompt" and number in definitions:  # session 56: the prompt keeps it
                line = definitions[number]
            buffers[(current.task, part)].append(line)
            owners[number] = (current.task, part)
    _close(current, part, name)
    if not entries:
        raise SubmissionRejected("prompts_no_task", name=name, tasks=", ".join(tasks))
    for (task, which), lines in buffers.items():
        value = "\n".join(lines).strip()
        if value in (PROMPT_PLACEHOLDER, ANSWER_PLACEHOLDER):
            value = ""
        if len(value) > MAX_PART_CHARS:
            raise SubmissionRejected(
                "prompts_part_too_long",
                name=name,
                line=entries[task].line,
                task=task,
                part=which,
                chars=len(value),
                limit=MAX_PART_CHARS,
            )
        setattr(entries[task], which, value)
    for number, body in comments:
        if owners.get(number, ("", ""))[1] == "answer":
            entry = entries[owners[number][0]]
            entry.answer_comments = (entry.answer_comments + "\n" + body).strip()[:MAX_PART_CHARS]
    if not shown and any(_OFFERING_COMMENT.match(body.lstrip(" \t\n*>-")) for _, body in comments):
        try:
            again = parse(offered_comments(original), tasks, name, shown=True)
        except SubmissionRejected:
            again = {}
        for task, entry in entries.items():
            if task in again and again[task].answer != entry.answer:
                entry.answer_offered = again[task].answer
    return entries


def _close(entry: TaskEntry | None, part: str | None, name: str) -> None:
    if entry is None:
        return
    for needed in ("prompt", "answer"):
        if needed not in entry.seen:
            raise SubmissionRejected(
                "prompts_missing_part", name=name, line=entry.line, task=entry.task, part=needed
            )
