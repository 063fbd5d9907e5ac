"""``workshop package gradescope|prairielearn SLUG``: an exercise as an autograder that the
platform itself runs, grading with workshop's own harness (grader and student apart, as
in workshop's Docker sandbox; see :mod:`workshop_harness.platforms`).

* Gradescope: ``autograder.zip`` with ``setup.sh`` and ``run_autograder`` at its root, to
  upload as a programming assignment's autograder (Gradescope unpacks it in
  ``/autograder/source``);
* PrairieLearn: a question folder (``info.json`` with external grading, ``question.html``
  with a file upload, ``tests/`` holding the bundle, which the grader mounts at
  ``/grade/tests``).

Only Python exercises: prompts are graded on the host (and may call an LLM), notebooks need
nbformat to restore cells before grading; neither runs inside another platform's image."""

from __future__ import annotations

import html
import io
import json
import stat
import uuid
import zipfile
from pathlib import Path
from typing import Any, Literal

import workshop_harness
from workshop.course import Exercise
from workshop.errors import InputError
from workshop.grade import build_job
from workshop.i18n import Lang, t

PackagePlatform = Literal["gradescope", "prairielearn"]
PLATFORMS: tuple[str, ...] = ("gradescope", "prairielearn")
ROOT = {"gradescope": "/autograder/source", "prairielearn": "/grade/tests"}
STATUSES = ("passed", "failed", "timeout", "memory", "crashed", "invalid", "infra_error")
# PrairieLearn's own Python grading image; any image with python3 and pytest will do.
PRAIRIELEARN_IMAGE = "prairielearn/grader-python"

_RUN = """#!/bin/sh
# workshop's autograder for {platform}: grades the submission with workshop's harness
# (grader uid 10001, student uid 10002) and writes the platform's results.json.
exec python3 -I {root}/workshop/run.py {platform}
"""
_ENTRY = """import os
import sys

# python3 -I puts no script folder on the path: add ours, and only ours.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from workshop_harness.platforms import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
"""
_SETUP = """#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image: the harness
# needs python3 with pytest (and numpy, as workshop's own grading image has).
set -eu
if ! python3 -c "import pytest, numpy" 2>/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-pytest python3-numpy
fi
chmod 0700 /autograder/source   # run_autograder closes it again before each run
"""


def bundle_files(platform: PackagePlatform, exercise: Exercise, lang: Lang) -> dict[str, tuple[bytes, int]]:
    """The autograder's files (relative to the platform's bundle folder) and their modes."""
    if exercise.spec.kind != "python":
        raise InputError("package_python_only", slug=exercise.slug, kind=exercise.spec.kind)
    exercise.require_grader()
    job = build_job(exercise, {}, lang).files  # the tests and job.json, as the sandbox gets them
    words = {f"status_{status}": t(f"status_{status}", lang) for status in STATUSES}
    words |= {
        "failed_tests": t("report_failed_tests", lang),
        "load_error": t("report_load_error", lang),
        "missing_file": t("package_missing_file", lang, name="{name}"),
        "infra": t("status_infra_error", lang),
    }
    bundle: dict[str, Any] = {
        "slug": exercise.slug,
        "files": exercise.spec.files,
        "points": exercise.spec.points,
        "lang": lang,
        "wall_time_s": exercise.spec.limits.wall_time_s,
        "job": json.loads(job["job.json"]),
        "words": words,
    }
    files: dict[str, tuple[bytes, int]] = {
        "run_autograder": (_RUN.format(platform=platform, root=ROOT[platform]).encode(), 0o755),
        "workshop/run.py": (_ENTRY.encode(), 0o644),
        "workshop/bundle.json": (json.dumps(bundle, ensure_ascii=False, indent=2).encode(), 0o644),
    }
    if platform == "gradescope":
        files["setup.sh"] = (_SETUP.encode(), 0o755)
    harness = Path(workshop_harness.__file__).parent
    for path in sorted(harness.glob("*.py")):
        files[f"workshop/workshop_harness/{path.name}"] = (path.read_bytes(), 0o644)
    for name, data in job.items():
        if name.startswith("tests/"):
            files[f"workshop/{name}"] = (data, 0o644)
    return files


def package(platform: PackagePlatform, exercise: Exercise, out: Path | None, lang: Lang) -> Path:
    """Write the autograder; returns where."""
    files = bundle_files(platform, exercise, lang)
    try:
        return _write(platform, exercise, files, out, lang)
    except OSError as exc:
        where = exc.filename or out or "."
        raise InputError("package_unwritable", path=where, detail=exc.strerror or type(exc).__name__) from exc


def _write(
    platform: PackagePlatform,
    exercise: Exercise,
    files: dict[str, tuple[bytes, int]],
    out: Path | None,
    lang: Lang,
) -> Path:
    if platform == "gradescope":
        target = out or Path(f"autograder-{exercise.slug}.zip")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_zip(files))
        return target
    target = out or Path(f"prairielearn-{exercise.slug}")
    if target.exists() and not target.is_dir():
        raise InputError("package_not_a_folder", path=target)
    for name, (data, mode) in files.items():
        path = target / "tests" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        path.chmod(mode)
    (target / "info.json").write_text(_info(target / "info.json", exercise, lang), encoding="utf-8")
    (target / "question.html").write_text(_question(exercise, lang), encoding="utf-8")
    return target


def _zip(files: dict[str, tuple[bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (data, mode) in sorted(files.items()):
            entry = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            entry.external_attr = (stat.S_IFREG | mode) << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    return buffer.getvalue()


def _info(path: Path, exercise: Exercise, lang: Lang) -> str:
    """The question's info.json; its uuid is kept when the question is packaged again."""
    try:
        known = str(json.loads(path.read_text(encoding="utf-8"))["uuid"])
    except (OSError, ValueError, KeyError, TypeError):
        known = str(uuid.uuid4())
    info = {
        "uuid": known,
        "title": exercise.spec.title.get(lang),
        "topic": "workshop",
        "type": "v3",
        "gradingMethod": "External",
        "singleVariant": True,
        "externalGradingOptions": {
            "enabled": True,
            "image": PRAIRIELEARN_IMAGE,
            "entrypoint": f"{ROOT['prairielearn']}/run_autograder",
            "timeout": min(600, int(exercise.spec.limits.wall_time_s) + 30),
        },
    }
    return json.dumps(info, ensure_ascii=False, indent=2) + "\n"


def _question(exercise: Exercise, lang: Lang) -> str:
    names = html.escape(", ".join(exercise.spec.files))
    return (
        f"<pl-question-panel>\n  <p>{html.escape(exercise.spec.title.get(lang))}</p>\n</pl-question-panel>\n"
        f'<pl-file-upload file-names="{names}"></pl-file-upload>\n'
        "<pl-submission-panel>\n  <pl-external-grader-results></pl-external-grader-results>\n"
        "  <pl-file-preview></pl-file-preview>\n</pl-submission-panel>\n"
    )
