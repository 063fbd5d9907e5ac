"""Submission archives: a gzip'd tar holding ``manifest.json`` and ``files/<name>``.

Unpacking never touches the file system: members are read into memory after every
check (no absolute paths, no ``..``, regular files only, names validated, size and count
caps checked from the headers before any data is inflated)."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import zlib
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from workshop.errors import ArchiveRejected, InvalidIdentifier
from workshop.names import SLUG_PATTERN, check_file_name, check_student_id

MANIFEST = "manifest.json"
MAX_ARCHIVE_BYTES = 20 << 20
MAX_MEMBERS = 64
MAX_TOTAL_BYTES = 50 << 20


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: int = 1
    exercise: str = Field(pattern=SLUG_PATTERN)
    student: str = Field(max_length=64)
    files: dict[str, str]  # name -> sha256
    created_at: datetime
    tool_version: str = Field(max_length=40)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pack(manifest: Manifest, files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", compresslevel=6) as tar:
        _add(tar, MANIFEST, manifest.model_dump_json(indent=2).encode())
        for name, data in sorted(files.items()):
            _add(tar, "files/" + name, data)
    return buf.getvalue()


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    info.mtime = 0
    tar.addfile(info, io.BytesIO(data))


def unpack(data: bytes) -> tuple[Manifest, dict[str, bytes]]:
    """Check and read an archive; raise :class:`ArchiveRejected` with the reason."""
    if len(data) > MAX_ARCHIVE_BYTES:
        raise ArchiveRejected("archive_too_large", limit_mib=MAX_ARCHIVE_BYTES >> 20)
    manifest_bytes: bytes | None = None
    files: dict[str, bytes] = {}
    total = 0
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            for count, member in enumerate(tar, start=1):
                if count > MAX_MEMBERS:
                    raise ArchiveRejected("archive_too_many_files", limit=MAX_MEMBERS)
                name = _check_member(member)
                total += member.size
                if total > MAX_TOTAL_BYTES:
                    raise ArchiveRejected("archive_too_large", limit_mib=MAX_TOTAL_BYTES >> 20)
                extracted = tar.extractfile(member)
                content = extracted.read() if extracted else b""
                if name == MANIFEST:
                    if manifest_bytes is not None:
                        raise ArchiveRejected("archive_bad_member", name=name)
                    manifest_bytes = content
                elif name in files:
                    raise ArchiveRejected("archive_bad_member", name=name[:80])
                else:
                    files[name] = content
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise ArchiveRejected("archive_unreadable", detail=str(exc)[:120]) from exc
    if manifest_bytes is None:
        raise ArchiveRejected("archive_no_manifest")
    try:
        manifest = Manifest.model_validate(json.loads(manifest_bytes))
        check_student_id(manifest.student)
    except (ValueError, ValidationError, InvalidIdentifier) as exc:
        raise ArchiveRejected("archive_bad_manifest", detail=str(exc).splitlines()[0][:120]) from exc
    if set(manifest.files) != set(files):
        raise ArchiveRejected("archive_bad_manifest", detail="file list differs")
    for name, content in files.items():
        if sha256(content) != manifest.files[name]:
            raise ArchiveRejected("archive_bad_manifest", detail=f"hash of {name} differs")
    return manifest, files


def _check_member(member: tarfile.TarInfo) -> str:
    name = member.name
    shown = name[:80]
    if name.startswith("/") or "\\" in name or ".." in name.split("/"):
        raise ArchiveRejected("archive_bad_path", name=shown)
    if not member.isreg():
        raise ArchiveRejected("archive_not_regular", name=shown)
    if not 0 <= member.size <= MAX_TOTAL_BYTES:
        raise ArchiveRejected("archive_too_large", limit_mib=MAX_TOTAL_BYTES >> 20)
    if name == MANIFEST:
        return name
    parts = name.split("/")
    if len(parts) != 2 or parts[0] != "files":
        raise ArchiveRejected("archive_bad_path", name=shown)
    try:
        return check_file_name(parts[1])
    except InvalidIdentifier as exc:
        raise ArchiveRejected("archive_bad_path", name=shown) from exc
