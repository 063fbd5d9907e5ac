"""``workshop sandbox doctor``: what the grading sandbox needs, and how to fix what is missing."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from workshop.errors import EngineUnavailable
from workshop.sandbox.engine import client
from workshop.sandbox.image import image_exists, image_tag


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
    return findings
