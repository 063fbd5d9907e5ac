"""workshop.archive: what ``unpack`` accepts from a student and what it refuses, and why."""

from __future__ import annotations

import hashlib
import io
import tarfile
import tracemalloc
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime

import pytest

from workshop.archive import MANIFEST, Manifest, pack, sha256, unpack
from workshop.errors import ArchiveRejected

WHEN = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
SOURCE = b"def add(a, b):\n    return a + b\n"
MiB = 1 << 20
BLOCK = 512


def _manifest(files: dict[str, bytes], student: str = "alice") -> Manifest:
    return Manifest(
        exercise="calculatrice",
        student=student,
        files={name: sha256(data) for name, data in files.items()},
        created_at=WHEN,
        tool_version="0.1.0",
    )


def _manifest_bytes(files: dict[str, str]) -> bytes:
    """A manifest listing ``files`` (name -> sha256) as ``pack`` would write it."""
    manifest = Manifest(
        exercise="calculatrice", student="alice", files=files, created_at=WHEN, tool_version="0.1.0"
    )
    return manifest.model_dump_json(indent=2).encode()


def _info(name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE, linkname: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    info.linkname = linkname
    info.mode = 0o644
    return info


def _tar_gz(members: Iterable[tuple[tarfile.TarInfo, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return buf.getvalue()


def _valid_members(files: dict[str, bytes]) -> list[tuple[tarfile.TarInfo, bytes]]:
    """The members of a well-formed archive holding ``files``, manifest first."""
    manifest = _manifest(files).model_dump_json(indent=2).encode()
    members = [(_info(MANIFEST, manifest), manifest)]
    members += [(_info("files/" + name, data), data) for name, data in files.items()]
    return members


def _with_extra_member(info: tarfile.TarInfo, data: bytes = b"") -> bytes:
    return _tar_gz([*_valid_members({"calculator.py": SOURCE}), (info, data)])


def _header(name: str, size: int) -> bytes:
    """One raw tar header block; GNU format so that any size (even negative) can be encoded."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o644
    return info.tobuf(format=tarfile.GNU_FORMAT)


def _padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % BLOCK)


def _gzip(parts: Iterable[bytes | int]) -> bytes:
    """Gzip a tar stream given as byte strings and runs of zeros (an int: that many zero
    bytes), compressing 1 MiB at a time so that no run is ever held in memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = memoryview(bytes(MiB))
    out: list[bytes] = []
    for part in parts:
        if isinstance(part, int):
            left = part
            while left:
                step = min(left, MiB)
                out.append(compressor.compress(zeros[:step]))
                left -= step
        else:
            out.append(compressor.compress(part))
    out.append(compressor.flush())
    return b"".join(out)


def _rejected(data: bytes) -> ArchiveRejected:
    with pytest.raises(ArchiveRejected) as caught:
        unpack(data)
    return caught.value


# -- what is accepted ------------------------------------------------------------------------


def test_pack_then_unpack_gives_back_manifest_and_files() -> None:
    files = {"calculator.py": SOURCE, "notes.txt": "é\n".encode()}
    manifest = _manifest(files)

    got_manifest, got_files = unpack(pack(manifest, files))

    assert got_manifest == manifest
    assert got_files == files


def test_unpack_accepts_exactly_64_members() -> None:
    files = {f"f{i:02}.py": b"x = %d\n" % i for i in range(63)}
    data = _tar_gz(_valid_members(files))

    _, got = unpack(data)

    assert got == files


# -- paths -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../evil", "/etc/x", "files/../../x", "files/..", "files\\calculator.py", "files/sub/calculator.py"],
)
def test_unpack_refuses_member_outside_files_folder(name: str) -> None:
    exc = _rejected(_with_extra_member(_info(name, b"x"), b"x"))

    assert exc.key == "archive_bad_path"
    assert exc.params == {"name": name}


def test_unpack_refuses_file_named_like_an_option() -> None:
    exc = _rejected(_with_extra_member(_info("files/-rf", b"x"), b"x"))

    assert exc.key == "archive_bad_path"
    assert exc.params == {"name": "files/-rf"}


def test_unpack_refuses_file_name_ending_in_newline() -> None:
    exc = _rejected(_with_extra_member(_info("files/calculator.py\n", b"x"), b"x"))

    assert exc.key == "archive_bad_path"


# -- member types ----------------------------------------------------------------------------


def test_unpack_refuses_symlink_member() -> None:
    exc = _rejected(_with_extra_member(_info("files/link.py", kind=tarfile.SYMTYPE, linkname="/etc/passwd")))

    assert exc.key == "archive_not_regular"
    assert exc.params == {"name": "files/link.py"}


def test_unpack_refuses_hard_link_member() -> None:
    info = _info("files/link.py", kind=tarfile.LNKTYPE, linkname="files/calculator.py")

    exc = _rejected(_with_extra_member(info))

    assert exc.key == "archive_not_regular"
    assert exc.params == {"name": "files/link.py"}


def test_unpack_refuses_character_device_member() -> None:
    info = _info("files/tty", kind=tarfile.CHRTYPE)
    info.devmajor, info.devminor = 5, 0

    exc = _rejected(_with_extra_member(info))

    assert exc.key == "archive_not_regular"
    assert exc.params == {"name": "files/tty"}


def test_unpack_refuses_directory_member() -> None:
    exc = _rejected(_with_extra_member(_info("files/sub", kind=tarfile.DIRTYPE)))

    assert exc.key == "archive_not_regular"
    assert exc.params == {"name": "files/sub"}


def test_unpack_refuses_same_file_twice() -> None:
    exc = _rejected(_with_extra_member(_info("files/calculator.py", b"evil = 1\n"), b"evil = 1\n"))

    assert exc.key == "archive_bad_member"
    assert exc.params == {"name": "calculator.py"}


# -- sizes and counts ------------------------------------------------------------------------


def test_unpack_refuses_65_members() -> None:
    files = {f"f{i:02}.py": b"x = %d\n" % i for i in range(64)}

    exc = _rejected(_tar_gz(_valid_members(files)))

    assert exc.key == "archive_too_many_files"
    assert exc.params == {"limit": 64}


def test_unpack_refuses_archive_file_above_20_mib_before_reading_it() -> None:
    exc = _rejected(bytes(20 * MiB + 1))

    assert exc.key == "archive_too_large"
    assert exc.params == {"limit_mib": 20}


def test_unpack_refuses_member_whose_header_claims_more_than_50_mib() -> None:
    # The data that follows the header is 10 bytes long: reading it would fail as
    # "unreadable"; only a check of the header gives "too large".
    manifest = _manifest_bytes({"big.py": "0" * 64})
    stream = [
        _header(MANIFEST, len(manifest)),
        _padded(manifest),
        _header("files/big.py", 51 * MiB),
        b"x" * 10,
    ]

    exc = _rejected(_gzip(stream))

    assert exc.key == "archive_too_large"
    assert exc.params == {"limit_mib": 50}


def test_unpack_refuses_gzip_bomb_without_inflating_it() -> None:
    manifest = _manifest_bytes({"zeros.bin": "0" * 64})
    bomb = _gzip(
        [
            _header(MANIFEST, len(manifest)),
            _padded(manifest),
            _header("files/zeros.bin", 60 * MiB),
            60 * MiB,
            2 * BLOCK,
        ]
    )
    assert len(bomb) < MiB

    tracemalloc.start()
    try:
        exc = _rejected(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert exc.key == "archive_too_large"
    assert peak < 16 * MiB


def test_unpack_refuses_members_that_together_exceed_50_mib() -> None:
    manifest = _manifest_bytes({"a.bin": "0" * 64, "b.bin": "0" * 64})
    bomb = _gzip(
        [
            _header(MANIFEST, len(manifest)),
            _padded(manifest),
            _header("files/a.bin", 30 * MiB),
            30 * MiB,
            _header("files/b.bin", 30 * MiB),
            30 * MiB,
            2 * BLOCK,
        ]
    )

    exc = _rejected(bomb)

    assert exc.key == "archive_too_large"
    assert exc.params == {"limit_mib": 50}


def test_unpack_refuses_negative_member_size_that_rewinds_past_the_total_cap() -> None:
    # tarfile believes a negative size (GNU base-256) and moves back in the stream. Here
    # "files/a.bin" holds the header of "files/b.bin"; "files/neg" (size -(a + 512)) sends
    # the reader back onto that header, so 60 MiB are read from a 60 KB archive while the
    # running total stays under 50 MiB. Any rejection will do: the cap must hold.
    big = 30 * MiB
    header_b = _header("files/b.bin", big + BLOCK)
    header_neg = _header("files/neg", -(BLOCK + big + BLOCK))
    hash_a = hashlib.sha256(header_b)
    hash_b = hashlib.sha256()
    zeros = bytes(MiB)
    for _ in range(big // MiB):
        hash_a.update(zeros)
        hash_b.update(zeros)
    hash_b.update(header_neg)
    manifest = _manifest_bytes({"a.bin": hash_a.hexdigest(), "b.bin": hash_b.hexdigest(), "neg": sha256(b"")})
    archive = _gzip(
        [
            _header(MANIFEST, len(manifest)),
            _padded(manifest),
            _header("files/a.bin", BLOCK + big),
            header_b,
            big,
            header_neg,
            2 * BLOCK,
        ]
    )

    with pytest.raises(ArchiveRejected):
        unpack(archive)


# -- manifest --------------------------------------------------------------------------------


def test_unpack_refuses_archive_without_manifest() -> None:
    exc = _rejected(_tar_gz([(_info("files/calculator.py", SOURCE), SOURCE)]))

    assert exc.key == "archive_no_manifest"


def test_unpack_refuses_manifest_that_is_not_json() -> None:
    exc = _rejected(
        _tar_gz(
            [(_info(MANIFEST, b"{not json"), b"{not json"), (_info("files/calculator.py", SOURCE), SOURCE)]
        )
    )

    assert exc.key == "archive_bad_manifest"


def test_unpack_refuses_manifest_hash_that_differs_from_file() -> None:
    manifest = _manifest({"calculator.py": b"something else"})

    exc = _rejected(pack(manifest, {"calculator.py": SOURCE}))

    assert exc.key == "archive_bad_manifest"
    assert exc.params == {"detail": "hash of calculator.py differs"}


def test_unpack_refuses_file_missing_from_manifest() -> None:
    manifest = _manifest({"calculator.py": SOURCE})

    exc = _rejected(pack(manifest, {"calculator.py": SOURCE, "extra.py": b"x = 1\n"}))

    assert exc.key == "archive_bad_manifest"
    assert exc.params == {"detail": "file list differs"}


@pytest.mark.parametrize("student", ["../../etc", "<script>", "a/b", "", ".hidden"])
def test_unpack_refuses_manifest_with_unsafe_student_id(student: str) -> None:
    files = {"calculator.py": SOURCE}

    exc = _rejected(pack(_manifest(files, student=student), files))

    assert exc.key == "archive_bad_manifest"


def test_unpack_refuses_student_id_ending_in_newline() -> None:
    files = {"calculator.py": SOURCE}

    exc = _rejected(pack(_manifest(files, student="alice\n"), files))

    assert exc.key == "archive_bad_manifest"


# -- not an archive --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", b"this is not an archive", b"\x1f\x8b\x08\x00garbage after a gzip magic"],
    ids=["empty", "text", "broken-gzip"],
)
def test_unpack_refuses_bytes_that_are_not_an_archive(data: bytes) -> None:
    exc = _rejected(data)

    assert exc.key == "archive_unreadable"


def test_unpack_refuses_uncompressed_tar() -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        tar.addfile(_info("files/calculator.py", SOURCE), io.BytesIO(SOURCE))

    exc = _rejected(buf.getvalue())

    assert exc.key == "archive_unreadable"
