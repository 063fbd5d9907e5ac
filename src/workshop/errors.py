"""The one exception tree of workshop.

    WorkshopError                 str() is "<what is wrong>. <what to do>", in the user's language
    ├── InputError                something the user gave us is wrong (exit 1, nothing changed)
    │   ├── ExerciseNotFound
    │   ├── SubmissionRejected    missing file, too large, not UTF-8, does not parse
    │   ├── ArchiveRejected       path traversal, links, bombs, bad manifest
    │   ├── InvalidIdentifier     student id or file name unfit for a path
    │   └── ConfigError           exercise spec, roster, config file
    └── SandboxError              the grading infrastructure, never the student's fault
        ├── EngineUnavailable     Docker engine not reachable
        ├── ImageMissing
        └── ImageBuildFailed

Lower-level errors (docker, OSError, pydantic) are translated where they happen; the CLI
turns any WorkshopError into ``Error: ...`` and exit status 1 in one place.
"""

from __future__ import annotations

from workshop.i18n import Lang, t


class WorkshopError(Exception):
    """An error with a bilingual message from messages.toml."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.render())

    def render(self, lang: Lang | None = None) -> str:
        return t(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.render()


class InputError(WorkshopError):
    pass


class ExerciseNotFound(InputError):
    pass


class SubmissionRejected(InputError):
    pass


class ArchiveRejected(InputError):
    pass


class InvalidIdentifier(InputError):
    pass


class ConfigError(InputError):
    pass


class SandboxError(WorkshopError):
    pass


class EngineUnavailable(SandboxError):
    pass


class ImageMissing(SandboxError):
    pass


class ImageBuildFailed(SandboxError):
    pass
