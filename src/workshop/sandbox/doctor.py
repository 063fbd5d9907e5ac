"""``workshop sandbox doctor``: what the grading sandbox needs, and how to fix what is missing."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from workshop.errors import EngineUnavailable, SandboxError
from workshop.i18n import t
from workshop.sandbox import pagecache
from workshop.sandbox.engine import client
from workshop.sandbox.image import image_exists, image_tag
from workshop.sandbox.runtime import RUNSC_CONFIG, engine_runtimes


@dataclass(frozen=True)
class Finding:
    ok: bool
    what: str
    fix: str = ""


def diagnose() -> list[Finding]:
    findings: list[Finding] = []
    try:
        version = client().version().get("Version", "?")
        findings.append(Finding(True, t("doctor_engine_ok", version=version)))
    except EngineUnavailable as exc:
        findings.append(Finding(False, t("doctor_engine_missing"), str(exc)))
        return findings
    tag = image_tag()
    if image_exists(tag):
        findings.append(Finding(True, t("doctor_image_ok", tag=tag)))
        findings.append(_pagecache(tag))
    else:
        findings.append(Finding(False, t("doctor_image_missing", tag=tag), "workshop sandbox build"))
    if shutil.which("debootstrap"):
        findings.append(Finding(True, t("doctor_debootstrap_ok")))
    else:
        findings.append(
            Finding(True, t("doctor_debootstrap_missing"), t("doctor_debootstrap_fix"))
        )
    findings.append(_runsc())
    return findings


def _pagecache(image: str) -> Finding:
    """Whether the engine lets the grader hold the image's pages in the host's page cache
    (``sandbox/pagecache.py``): without it no job can run."""
    holder = pagecache.Holder(image)
    try:
        held = holder.start()
    except SandboxError as exc:
        why = exc.params.get("detail", exc)
        return Finding(False, t("doctor_pagecache_failed"), f"{why}; " + t("doctor_pagecache_fix"))
    finally:
        holder.close()
    return Finding(True, t("doctor_pagecache_ok", mib=held.bytes >> 20, files=held.files))


def _runsc() -> Finding:
    """gVisor is defence in depth, not a requirement: its absence is reported with the fix,
    not counted as a failure (Docker Desktop cannot have it)."""
    if "runsc" in engine_runtimes():
        return Finding(True, t("doctor_runsc_registered"))
    if shutil.which("runsc"):
        return Finding(
            True, t("doctor_runsc_not_registered"), t("doctor_runsc_fix_register", config=RUNSC_CONFIG)
        )
    return Finding(True, t("doctor_runsc_missing"), t("doctor_runsc_fix_install", config=RUNSC_CONFIG))
