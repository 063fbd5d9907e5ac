"""The grading image: built from ``sandbox/`` plus the harness, tagged by a hash of its
inputs, so that an unchanged recipe is never rebuilt and a changed one gets a new tag.

Two ways to get a base with Python, pytest and numpy:

* ``pull``: ``FROM python:3.12-slim`` and pip (needs an image registry and PyPI);
* ``debian``: ``debootstrap`` a minimal Debian with Debian's python3, numpy and pytest,
  imported as a base image (needs root, debootstrap and a Debian mirror; no registry).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from docker.errors import APIError, BuildError, DockerException, ImageNotFound

import workshop_harness
from workshop.course import sandbox_recipe_dir
from workshop.errors import ImageBuildFailed, ImageMissing
from workshop.sandbox.engine import client

Method = Literal["pull", "debian"]
IMAGE_REPO = "workshop-sandbox"
BASE_REPO = "workshop-base"
PULL_BASE = "python:3.12-slim"
DEBIAN_SUITE = "bookworm"
DEBIAN_PACKAGES = ("python3", "python3-numpy", "python3-pytest")


@dataclass(frozen=True)
class ImageRecipe:
    """Everything that goes into the image; its hash is the tag."""

    recipe_dir: Path
    harness_dir: Path

    @classmethod
    def default(cls) -> ImageRecipe:
        return cls(sandbox_recipe_dir(), Path(workshop_harness.__file__).parent)

    def files(self) -> list[tuple[str, Path]]:
        out = [(p.name, p) for p in sorted(self.recipe_dir.iterdir()) if p.is_file()]
        for path in sorted(self.harness_dir.rglob("*.py")):
            out.append(("workshop_harness/" + str(path.relative_to(self.harness_dir)), path))
        return out

    def digest(self) -> str:
        h = hashlib.sha256()
        for name, path in self.files():
            h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()[:12]


def debian_base_tag() -> str:
    spec = DEBIAN_SUITE + ":" + ",".join(DEBIAN_PACKAGES)
    return f"{BASE_REPO}:{DEBIAN_SUITE}-{hashlib.sha256(spec.encode()).hexdigest()[:8]}"


def image_tag(recipe: ImageRecipe | None = None) -> str:
    """``workshop-sandbox:<hash>``; the same for both methods, which give the same harness
    on the same Python, pytest and numpy major versions."""
    return f"{IMAGE_REPO}:{(recipe or ImageRecipe.default()).digest()}"


def image_exists(tag: str) -> bool:
    try:
        client().images.get(tag)
        return True
    except ImageNotFound:
        return False


def require_image(recipe: ImageRecipe | None = None) -> str:
    tag = image_tag(recipe)
    if not image_exists(tag):
        raise ImageMissing("image_missing", tag=tag)
    return tag


def default_method() -> Method:
    """``debian`` where debootstrap is installed (it needs no registry), else ``pull``."""
    return "debian" if shutil.which("debootstrap") else "pull"


def ensure_image(
    method: Method | None = None,
    recipe: ImageRecipe | None = None,
    log: Callable[[str], None] = lambda line: None,
    force: bool = False,
) -> tuple[str, bool]:
    """Build the grading image unless an identical one exists. Returns (tag, built)."""
    recipe = recipe or ImageRecipe.default()
    tag = image_tag(recipe)
    if image_exists(tag) and not force:
        return tag, False
    method = method or default_method()
    if method == "debian":
        base = _ensure_debian_base(log)
        buildargs = {"BASE": base, "PIP_INSTALL": "0"}
    else:
        buildargs = {"BASE": PULL_BASE, "PIP_INSTALL": "1"}
    with tempfile.TemporaryDirectory(prefix="workshop-image-") as ctx:
        for name, path in recipe.files():
            dest = Path(ctx) / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
        log(f"building {tag} ({method})")
        try:
            _, lines = client().images.build(
                path=ctx,
                tag=tag,
                buildargs=buildargs,
                rm=True,
                forcerm=True,
                pull=False,
                network_mode="none" if method == "debian" else None,
            )
            for chunk in lines:
                if "stream" in chunk and chunk["stream"].strip():
                    log(chunk["stream"].rstrip())
        except (BuildError, APIError) as exc:
            raise ImageBuildFailed("image_build_failed", tag=tag, detail=str(exc)[:300]) from exc
    return tag, True


def _ensure_debian_base(log: Callable[[str], None]) -> str:
    base = debian_base_tag()
    if image_exists(base):
        return base
    if not shutil.which("debootstrap"):
        raise ImageBuildFailed("debootstrap_missing")
    with tempfile.TemporaryDirectory(prefix="workshop-rootfs-", dir="/var/tmp") as tmp:
        root = Path(tmp) / "rootfs"
        log(f"debootstrap {DEBIAN_SUITE} with {', '.join(DEBIAN_PACKAGES)} (about a minute)")
        cmd = [
            "debootstrap",
            "--variant=minbase",
            "--include=" + ",".join(DEBIAN_PACKAGES),
            DEBIAN_SUITE,
            str(root),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["?"]
            raise ImageBuildFailed("image_build_failed", tag=base, detail=tail[0][:300])
        log(f"importing {base}")
        tar = subprocess.Popen(["tar", "-C", str(root), "-c", "."], stdout=subprocess.PIPE)
        try:
            repo, tag = base.split(":")
            client().api.import_image_from_stream(tar.stdout, repository=repo, tag=tag)
        except DockerException as exc:
            raise ImageBuildFailed("image_build_failed", tag=base, detail=str(exc)[:300]) from exc
        finally:
            tar.wait()
    return base
