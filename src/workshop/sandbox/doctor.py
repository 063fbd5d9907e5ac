"""``workshop sandbox doctor``: what the grading sandbox needs, and how to fix what is missing."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from workshop.errors import EngineUnavailable
from workshop.i18n import t
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
        findings.append(Finding(True, f"Docker engine reachable (version {version})"))
    except EngineUnavailable as exc:
        findings.append(Finding(False, "Docker engine not reachable", str(exc)))
        return findings
    tag = image_tag()
    if image_exists(tag):
        findings.append(Finding(True, f"grading image {tag} present"))
    else:
        findings.append(Finding(False, f"grading image {tag} missing", "workshop sandbox build"))
    if shutil.which("debootstrap"):
        findings.append(Finding(True, "debootstrap installed (offline image build possible)"))
    else:
        findings.append(
            Finding(
                True,
                "debootstrap not installed: image builds use --method pull",
                "apt-get install debootstrap, for builds with no image registry",
            )
        )
    findings.append(_runsc())
    return findings


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
