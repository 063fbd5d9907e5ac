"""What travels through the broker: a job one way, what its container printed the other.

Both are JSON (Celery's ``json`` serializer only: nothing is ever unpickled), validated by
these models on arrival. A job carries everything its container needs, so a worker holds
no course, no inbox and no database credentials: only the jobs it runs, in memory, for as
long as it runs them. The answer is what the container printed, capped as the local runner
caps it; the producer validates it here and then reads it with ``results.interpret``, as
it reads a local container: a worker is trusted no more than a container."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from typing import Literal

from pydantic import Base64Bytes, BaseModel, ConfigDict, Field, model_validator

from workshop.course import Limits
from workshop.results import MAX_RESULTS_BYTES, RunOutput
from workshop.sandbox.runner import Job

# Only a grading image (``sandbox/image.py``'s tag): a message cannot make a worker start
# anything else, even in the locked-down container.
IMAGE_PATTERN = r"^workshop-sandbox:[0-9a-f]{12}$"
JOB_PATH_PATTERN = r"^(job\.json|(submission|tests)/[A-Za-z0-9_][A-Za-z0-9_./-]{0,250})$"
MAX_JOB_BYTES = 80 << 20  # archives hold at most 50 MiB; tests and data files come on top
MAX_STDERR_BYTES = 65536 * 1024  # the largest output_kib a spec may set


class JobMessage(BaseModel):
    """One grading job: its files (``job.json``, ``submission/...``, ``tests/...``), its
    limits, the grading image it must run in and the runtime it must run under (both part
    of the grader key; ``auto``: runsc when the worker's engine has it, else runc)."""

    model_config = ConfigDict(extra="forbid")
    format: int = Field(1, ge=1, le=1)
    image: str = Field(pattern=IMAGE_PATTERN)
    runtime: Literal["runc", "runsc", "auto"] = "runc"
    limits: Limits
    files: dict[str, Base64Bytes] = Field(max_length=10_000)
    sent_at: float = 0.0

    @model_validator(mode="after")
    def _sane(self) -> JobMessage:
        import re

        for name in self.files:
            if not re.fullmatch(JOB_PATH_PATTERN, name) or ".." in name.split("/"):
                raise ValueError(f"job file name refused: {name[:80]!r}")
        if sum(len(data) for data in self.files.values()) > MAX_JOB_BYTES:
            raise ValueError("job too large")
        return self

    @classmethod
    def of(cls, job: Job, image: str, runtime: Literal["runc", "runsc", "auto"] = "runc") -> JobMessage:
        files = {name: base64.b64encode(data) for name, data in job.files.items()}
        return cls(image=image, runtime=runtime, limits=job.limits, files=files, sent_at=time.time())

    def job(self, labels: dict[str, str]) -> Job:
        return Job(dict(self.files), self.limits, labels)

    def task_id(self) -> str:
        """The same job always gets the same id: a job sent twice (a restarted server, two
        producers) is answered once, and its answer is found again by the next run."""
        digest = hashlib.sha256()
        digest.update(self.image.encode() + b"\0" + self.limits.model_dump_json().encode() + b"\0")
        if self.runtime != "runc":  # runc jobs keep the ids they had before runtimes were named
            digest.update(b"runtime=" + self.runtime.encode() + b"\0")
        for name, data in sorted(self.files.items()):
            digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
        return "job-" + digest.hexdigest()[:40]

    def wire(self) -> dict[str, object]:
        return json.loads(self.model_dump_json())  # type: ignore[no-any-return]


class WireOutput(BaseModel):
    """:class:`workshop.results.RunOutput` as JSON; sizes capped as the runner caps them."""

    model_config = ConfigDict(extra="forbid")
    exit_code: int | None
    runtime: Literal["runc", "runsc"] = "runc"  # the one that really ran the container
    timed_out: bool = False
    oom_killed: bool = False
    stdout: Base64Bytes = b""
    stderr: Base64Bytes = b""
    duration_s: float = Field(0.0, ge=0, le=86400)

    @model_validator(mode="after")
    def _capped(self) -> WireOutput:
        # Caps on the decoded bytes (a length constraint on the field would count base64).
        if len(self.stdout) > MAX_RESULTS_BYTES + 1 or len(self.stderr) > MAX_STDERR_BYTES:
            raise ValueError("container output longer than any runner keeps")
        return self

    @classmethod
    def of(cls, output: RunOutput) -> WireOutput:
        return cls(
            exit_code=output.exit_code,
            runtime="runsc" if output.runtime == "runsc" else "runc",
            timed_out=output.timed_out,
            oom_killed=output.oom_killed,
            stdout=base64.b64encode(output.stdout),
            stderr=base64.b64encode(output.stderr),
            duration_s=output.duration_s,
        )

    def run_output(self, limits: Limits) -> RunOutput:
        return RunOutput(
            exit_code=self.exit_code,
            runtime=self.runtime,
            timed_out=self.timed_out,
            oom_killed=self.oom_killed,
            stdout=self.stdout,
            stderr=self.stderr[: limits.output_kib * 1024],  # the job's own cap, not the wire's
            duration_s=self.duration_s,
        )


class JobOutcome(BaseModel):
    """A worker's answer: the container's output, or why there is none (``error``, a key
    of messages.toml, never the student's fault). Times are the worker's clock."""

    model_config = ConfigDict(extra="forbid")
    ok: bool
    output: WireOutput | None = None
    error: str = Field("", max_length=60)
    detail: str = Field("", max_length=500)
    worker: str = Field("", max_length=200)
    received_at: float = 0.0
    finished_at: float = 0.0

    @model_validator(mode="after")
    def _complete(self) -> JobOutcome:
        if self.ok != (self.output is not None):
            raise ValueError("an answer has an output exactly when it is ok")
        return self

    def wire(self) -> dict[str, object]:
        return json.loads(self.model_dump_json())  # type: ignore[no-any-return]
