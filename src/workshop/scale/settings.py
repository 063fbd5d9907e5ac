"""Where the broker is, and how long jobs may take: shared by producers and workers."""

from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict, Field

INTERACTIVE = "workshop.interactive"  # a student in the room waits for this one
BULK = "workshop.bulk"  # a trainer's batch or re-grade
QUEUES = (INTERACTIVE, BULK)
TASK = "workshop.grade_job"


class BrokerSettings(BaseModel):
    """``broker_url``: ``redis://[:password@]host:6379/0`` (or ``rediss://``, or ``amqp://``
    for RabbitMQ). ``results_url``: where workers leave their answers; the broker itself
    when it is Redis. ``visibility_timeout_s``: a job taken by a worker that vanished
    (killed, machine lost) goes back to the queue after this long, so it must exceed the
    longest job (the exercise's ``wall_time_s`` plus a few seconds). ``job_timeout_s``: how
    long a producer waits for one job (queue included) before it counts it as
    ``infra_error``, graded again at the next run."""

    model_config = ConfigDict(extra="forbid")
    broker_url: str = Field(min_length=4)
    results_url: str | None = None
    visibility_timeout_s: float = Field(600.0, ge=2, le=86400)
    job_timeout_s: float = Field(3600.0, gt=0, le=86400)

    @classmethod
    def from_env(cls, broker_url: str, results_url: str | None = None, **more: float) -> BrokerSettings:
        """Options given on the command line, else ``WORKSHOP_RESULTS`` and
        ``WORKSHOP_VISIBILITY_TIMEOUT_S``/``WORKSHOP_JOB_TIMEOUT_S`` from the environment."""
        values: dict[str, object] = {"broker_url": broker_url}
        values["results_url"] = results_url or os.environ.get("WORKSHOP_RESULTS") or None
        for field, env in (
            ("visibility_timeout_s", "WORKSHOP_VISIBILITY_TIMEOUT_S"),
            ("job_timeout_s", "WORKSHOP_JOB_TIMEOUT_S"),
        ):
            if more.get(field) is not None:
                values[field] = more[field]
            elif os.environ.get(env):
                values[field] = float(os.environ[env])
        return cls.model_validate(values)

    def results(self) -> str:
        if self.results_url:
            return self.results_url
        if self.broker_url.startswith(("redis://", "rediss://", "redis+socket://")):
            return self.broker_url
        from workshop.errors import ConfigError

        raise ConfigError("broker_results_needed", url=shown(self.broker_url))


def shown(url: str) -> str:
    """A URL for a message: its password replaced by ***."""
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    auth, _, host = rest.rpartition("@")
    user = auth.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in auth else f"{scheme}://{user}@{host}"


def queue_names(spec: str) -> tuple[str, ...]:
    """``interactive,bulk`` → the queues' full names, in that order."""
    from workshop.errors import InputError

    names = {"interactive": INTERACTIVE, "bulk": BULK}
    chosen = []
    for part in (p.strip() for p in spec.split(",")):
        if part not in names:
            raise InputError("worker_queues_invalid", queue=part[:40])
        chosen.append(names[part])
    return tuple(dict.fromkeys(chosen))
