"""Submission archives: a gzip'd tar holding ``manifest.json`` first, then ``files/<name>``.

Unpacking never touches the file system and its memory is bounded whatever the archive
declares: the gzip stream is inflated on demand, a chunk at a time, with caps on the
compressed input, the inflated total and the compression ratio; tar headers are parsed by
:mod:`tarfile` streaming (``r|``) through a :class:`tarfile.TarInfo` subclass that checks
every declared size (pax and GNU long-name headers, members) before tarfile reads it and
refuses what workshop never writes (global pax headers, sparse files, chains of extension
headers). Members are then checked (no absolute paths, no ``..``, regular files only,
names validated, count and total caps) before their data is read."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import stat
import tarfile
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from workshop.errors import ArchiveRejected, InvalidIdentifier
from workshop.i18n import t
from workshop.names import SLUG_PATTERN, check_file_name, check_student_id
from workshop.results import LocalCheck

MANIFEST = "manifest.json"
MAX_ARCHIVE_BYTES = 20 << 20  # compressed, as uploaded or stored
MAX_MEMBERS = 64
MAX_TOTAL_BYTES = 50 << 20  # the members' data, inflated
MAX_MANIFEST_BYTES = 64 << 10
MAX_HEADER_BYTES = 8192  # one pax or GNU long-name header: a long name fits many times
MAX_GZIP_HEADER = 4096  # gzip header with its optional fields (FEXTRA, FNAME, FCOMMENT): pack writes 10 bytes
MAX_TAR_PADDING = 2 * tarfile.BLOCKSIZE + tarfile.RECORDSIZE  # after the last member: end, record
MAX_RATIO = 100  # inflated / compressed; text compresses 3-10 times, notebooks less
RATIO_FLOOR = 1 << 20  # below this, any ratio: small files of repeated lines are fine
_TAR_SLACK = (MAX_MEMBERS * 2 + 64) * tarfile.BLOCKSIZE + tarfile.RECORDSIZE  # headers, padding
_CHUNK = 64 << 10

# A member check run on every file's declared size before its data is read (the
# exercise's hand-in limits: see :func:`workshop.handin.check_size`).
MemberCheck = Callable[["Manifest", str, int], None]


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: int = 1
    exercise: str = Field(pattern=SLUG_PATTERN)
    student: str = Field(max_length=64)
    files: dict[str, str]  # name -> sha256
    created_at: datetime
    tool_version: str = Field(max_length=40)
    # The public tests as the student's machine ran them at submit (``workshop submit``;
    # absent with --no-check, from the Python API and in older archives): at grading, a
    # public detail or load error is shown only when it equals what is here.
    local_check: LocalCheck | None = None


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


class _Inflater:
    """A gzip stream inflated on demand, never more than asked for, counting what goes in
    and out: more than ``MAX_ARCHIVE_BYTES`` in, more than the members' cap out, or a
    ratio above ``MAX_RATIO`` (past ``RATIO_FLOOR``) stops it at once."""

    def __init__(self, source: IO[bytes]) -> None:
        self.source = source
        self.inflate = zlib.decompressobj(wbits=31)  # gzip only
        self.pending = b""
        self.read_in = 0
        self.read_out = 0
        self.data_end = 0  # just past the last non-zero byte inflated so far
        self.header_done = False

    def _header(self) -> None:
        """Read the gzip header whole (at most ``MAX_GZIP_HEADER`` bytes) before inflating:
        its optional fields (FEXTRA, FNAME, FCOMMENT) carry nothing workshop reads, and zlib
        would skip megabytes of them that the inbox would then keep (red team 12b)."""
        while (length := _gzip_header_length(self.pending)) is None:
            if len(self.pending) > MAX_GZIP_HEADER:
                break
            more = self.source.read(_CHUNK)
            if not more:
                return  # too short to be gzip: zlib says so
            self.read_in += len(more)
            self.pending += more
        if length is None or length > MAX_GZIP_HEADER:
            raise ArchiveRejected("archive_gzip_header_too_large", limit=MAX_GZIP_HEADER)

    def read(self, size: int = -1) -> bytes:
        size = _CHUNK if size < 0 else size
        out = bytearray()
        if not self.header_done:
            self.header_done = True
            self._header()
        while len(out) < size and not self.inflate.eof:
            if not self.pending:
                self.pending = self.source.read(_CHUNK)
                self.read_in += len(self.pending)
                if self.read_in > MAX_ARCHIVE_BYTES:
                    raise ArchiveRejected("archive_too_large", limit_mib=MAX_ARCHIVE_BYTES >> 20)
                if not self.pending:
                    break  # cut short: tarfile sees the end of data, finish() says so
            piece = self.inflate.decompress(self.pending, size - len(out))
            self.pending = self.inflate.unconsumed_tail
            out += piece
            kept = len(piece.rstrip(b"\0"))
            if kept:
                self.data_end = self.read_out + kept
            self.read_out += len(piece)
            self._check()
        return bytes(out)

    def _check(self) -> None:
        inflated = self.read_out
        if inflated > MAX_TOTAL_BYTES + _TAR_SLACK:
            raise ArchiveRejected("archive_too_large", limit_mib=MAX_TOTAL_BYTES >> 20)
        consumed = self.read_in - len(self.pending)
        if inflated > RATIO_FLOOR and inflated > MAX_RATIO * max(consumed, 1):
            raise ArchiveRejected("archive_ratio", limit=MAX_RATIO)

    def finish(self, members_end: int) -> None:
        """Inflate what the tar reader left and check it is nothing but the end: the gzip
        stream must end with its checksum (else it was cut short); after the last member
        (``members_end``, tar's offset) come the two zero end blocks and zero padding only;
        after the gzip stream, nothing. ``tar`` and this reader then see the same files:
        tarfile takes a missing end block, a header it cannot parse or a second gzip member
        for the end of the archive, and GNU tar reads on past some of them."""
        while not self.inflate.eof:
            if not self.read(_CHUNK) and not self.inflate.eof:
                raise ArchiveRejected("archive_unreadable", detail=t("archive_detail_cut_short"))
        if self.data_end > members_end:
            raise ArchiveRejected("archive_trailing_data", where="tar")
        if self.read_out < members_end + 2 * tarfile.BLOCKSIZE:
            raise ArchiveRejected("archive_no_end")
        if self.pending or self.inflate.unused_data or self.source.read(1):
            raise ArchiveRejected("archive_trailing_data", where="gzip")
        # What is stored is bounded by what the files weigh: no more zeros after the last
        # member than tar's end blocks and record padding, and no more compressed bytes
        # than the inflated tar plus deflate's own overhead (stored blocks: 5 bytes per
        # 64 KiB), so neither padding nor empty deflate blocks can fill the inbox's disk.
        if self.read_out > members_end + MAX_TAR_PADDING:
            raise ArchiveRejected("archive_trailing_data", where="tar")
        if self.read_in > self.read_out + self.read_out // 256 + MAX_GZIP_HEADER:
            raise ArchiveRejected("archive_padded", stored=self.read_in, size=self.read_out)


def _gzip_header_length(data: bytes) -> int | None:
    """The length of the gzip header at the start of ``data`` (RFC 1952, 2.3), or None
    when ``data`` ends before it does. Not gzip at all: 0 (zlib then says what is wrong)."""
    if len(data) < 10:
        return None
    if data[:3] != b"\x1f\x8b\x08":
        return 0
    flags, at = data[3], 10
    if flags & 0x04:  # FEXTRA: a 2-byte length, then that many bytes
        if len(data) < at + 2:
            return None
        at += 2 + int.from_bytes(data[at : at + 2], "little")
    for flag in (0x08, 0x10):  # FNAME, FCOMMENT: zero-terminated
        if flags & flag:
            end = data.find(b"\0", at)
            if end < 0:
                return None
            at = end + 1
    if flags & 0x02:  # FHCRC
        at += 2
    return at if at <= len(data) else None


_EXTENSIONS = {
    tarfile.XHDTYPE: "pax",
    tarfile.SOLARIS_XHDTYPE: "pax",
    tarfile.GNUTYPE_LONGNAME: "GNU long name",
    tarfile.GNUTYPE_LONGLINK: "GNU long link",
}
_UNSUPPORTED = {tarfile.XGLTYPE: "pax global", tarfile.GNUTYPE_SPARSE: "GNU sparse"}
_IN_EXTENSION = "_workshop_in_extension"


class _CheckedInfo(tarfile.TarInfo):
    """tarfile's own header parser, with a check of each header's type and declared size
    before tarfile reads what the header announces (``_proc_member`` is the hook tarfile
    documents for subclasses)."""

    def _proc_member(self, tarfile: tarfile.TarFile) -> Any:  # noqa: ANN401 - tarfile's signature
        if self.size < 0:
            raise ArchiveRejected("archive_unreadable", detail=t("archive_detail_negative_size"))
        if self.type in _UNSUPPORTED:
            raise ArchiveRejected("archive_header_unsupported", kind=_UNSUPPORTED[self.type])
        kind = _EXTENSIONS.get(self.type)
        if kind is None:
            return super()._proc_member(tarfile)  # type: ignore[misc]
        if self.size > MAX_HEADER_BYTES:
            raise ArchiveRejected(
                "archive_header_too_large", kind=kind, size=self.size, limit=MAX_HEADER_BYTES
            )
        if getattr(tarfile, _IN_EXTENSION, False):  # tarfile would recurse once per header
            raise ArchiveRejected("archive_header_unsupported", kind="chained extension headers")
        setattr(tarfile, _IN_EXTENSION, True)
        try:
            return super()._proc_member(tarfile)  # type: ignore[misc]
        finally:
            setattr(tarfile, _IN_EXTENSION, False)

    # GNU sparse files announced in a pax header: version 1.0 reads its map from the data,
    # as many entries as the map's first line says. Never written by ``pack``.
    def _proc_gnusparse_00(self, *args: object) -> None:
        raise ArchiveRejected("archive_header_unsupported", kind="GNU sparse")

    _proc_gnusparse_01 = _proc_gnusparse_10 = _proc_gnusparse_00


def unpack(
    source: bytes | IO[bytes], check_member: MemberCheck | None = None
) -> tuple[Manifest, dict[str, bytes]]:
    """Check and read an archive; raise :class:`ArchiveRejected` with the reason.

    ``check_member(manifest, name, size)`` runs for each file on its declared size before
    its data is read (and may raise what it likes: the hand-in checks' own messages)."""
    if isinstance(source, bytes | bytearray):
        if len(source) > MAX_ARCHIVE_BYTES:
            raise ArchiveRejected("archive_too_large", limit_mib=MAX_ARCHIVE_BYTES >> 20)
        source = io.BytesIO(source)
    inflater = _Inflater(source)
    manifest: Manifest | None = None
    files: dict[str, bytes] = {}
    total = 0
    try:
        with tarfile.open(fileobj=inflater, mode="r|", tarinfo=_CheckedInfo) as tar:  # type: ignore[call-overload]
            for count, member in enumerate(tar, start=1):
                if count > MAX_MEMBERS:
                    raise ArchiveRejected("archive_too_many_files", limit=MAX_MEMBERS)
                name = _check_member(member)
                if manifest is None:
                    if name != MANIFEST:
                        raise ArchiveRejected("archive_no_manifest")
                    manifest = _read_manifest(tar, member)
                    continue
                if name == MANIFEST or name in files:
                    raise ArchiveRejected("archive_bad_member", name=name[:80])
                total += member.size
                if total > MAX_TOTAL_BYTES:
                    raise ArchiveRejected("archive_too_large", limit_mib=MAX_TOTAL_BYTES >> 20)
                if check_member is not None:
                    check_member(manifest, name, member.size)
                files[name] = _read(tar, member)
            inflater.finish(tar.offset)
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise ArchiveRejected("archive_unreadable", detail=_unreadable(exc)) from exc
    if manifest is None:
        raise ArchiveRejected("archive_no_manifest")
    if set(manifest.files) != set(files):
        raise ArchiveRejected("archive_bad_manifest", detail=t("archive_detail_file_list"))
    for name, content in files.items():
        if sha256(content) != manifest.files[name]:
            raise ArchiveRejected("archive_bad_manifest", detail=t("archive_detail_hash", name=name[:80]))
    return manifest, files


def read_attempt(path: Path, check_member: MemberCheck | None = None) -> tuple[Manifest, dict[str, bytes]]:
    """:func:`unpack` an attempt stored in an inbox. A shared-folder inbox is writable by
    students: the path may have become a link or a FIFO since it was listed, so it is
    opened without following links nor blocking, and read only if it is a regular file
    under the size cap."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArchiveRejected("inbox_not_regular", name=path.name) from exc
        raise
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArchiveRejected("inbox_not_regular", name=path.name)
        if info.st_size > MAX_ARCHIVE_BYTES:
            raise ArchiveRejected("archive_too_large", limit_mib=MAX_ARCHIVE_BYTES >> 20)
        return unpack(handle, check_member)


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    extracted = tar.extractfile(member)
    return extracted.read() if extracted else b""


def _read_manifest(tar: tarfile.TarFile, member: tarfile.TarInfo) -> Manifest:
    if member.size > MAX_MANIFEST_BYTES:
        large = t("archive_detail_manifest_large", kib=MAX_MANIFEST_BYTES >> 10)
        raise ArchiveRejected("archive_bad_manifest", detail=large)
    # pydantic's own JSON parser: bounded nesting and numbers (``json.loads`` raised
    # RecursionError on 60,000 nested '[', a 500), and its first error says where.
    try:
        manifest = Manifest.model_validate_json(_read(tar, member))
        check_student_id(manifest.student)
    except ValidationError as exc:
        raise ArchiveRejected("archive_bad_manifest", detail=_manifest_problem(exc)) from exc
    except InvalidIdentifier as exc:
        raise ArchiveRejected("archive_bad_manifest", detail=str(exc).splitlines()[0][:120]) from exc
    return manifest


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


# What is wrong with an archive, in the reader's language (red team 12e M: zlib's, tarfile's
# and pydantic's English went inside the French sentence).
_FIELD_PROBLEMS = {
    "missing": "archive_field_missing",
    "extra_forbidden": "archive_field_unexpected",
    "string_too_long": "archive_field_too_long",
    "too_long": "archive_field_too_long",
}


def _unreadable(exc: BaseException) -> str:
    """Why the archive cannot be read, said by the project (never the library's text)."""
    if isinstance(exc, EOFError):
        return t("archive_detail_cut_short")
    if isinstance(exc, tarfile.ReadError) and "empty" in str(exc):
        return t("archive_detail_empty")
    if isinstance(exc, tarfile.TarError) and not any(w in str(exc).lower() for w in ("zlib", "gzip")):
        return t("archive_detail_not_tar")
    return t("archive_detail_not_gzip")  # zlib's error, a bad gzip header (OSError)


def _manifest_problem(exc: ValidationError) -> str:
    """The manifest's first problem: which field and what is wrong with it, or that it is
    not JSON at all."""
    first = exc.errors()[0]
    if first["type"] == "json_invalid":
        at = re.search(r"line (\d+) column (\d+)", str((first.get("ctx") or {}).get("error", "")))
        if at is None:
            return t("archive_detail_not_json")
        return t("archive_detail_not_json_at", line=at[1], column=at[2])
    where = ".".join(str(part) for part in first["loc"])[:60]
    if not where:
        return t("archive_detail_not_object")
    what = t(_FIELD_PROBLEMS.get(first["type"], "archive_field_invalid"))
    return t("archive_detail_field", field=where, what=what)
