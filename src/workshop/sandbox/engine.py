"""The one place that talks to the Docker engine's API; its errors stop here."""

from __future__ import annotations

import threading

import docker
from docker.errors import DockerException

from workshop.errors import EngineUnavailable

_local = threading.local()


def client() -> docker.DockerClient:
    """A client for this thread (docker-py clients are not shared across threads)."""
    existing = getattr(_local, "client", None)
    if existing is not None:
        return existing
    try:
        made = docker.from_env(timeout=120)
        made.ping()
    except DockerException as exc:
        raise EngineUnavailable("engine_unavailable", detail=_short(exc)) from exc
    _local.client = made
    return made


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]
