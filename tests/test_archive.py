"""workshop.archive: what ``unpack`` accepts from a student and what it refuses, and why."""

from __future__ import annotations

import hashlib
import io
import random
import tarfile
import tracemalloc
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime

import pytest

import bombs
from workshop.archive import MANIFEST, Manifest, MemberCheck, pack, read_attempt, sha256, unpack
from workshop.errors import ArchiveRejected, SubmissionRejected
from workshop.handin import member_check

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
    return _rejected_with(data, None)


def _rejected_with(data: bytes, check: MemberCheck | None) -> ArchiveRejected:
    with pytest.raises(ArchiveRejected) as caught:
        unpack(data, check)
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


def _text_mib() -> bytes:
    """One MiB of word-like text that deflate compresses about five times: well under the
    ratio cap, so that only the size caps can stop a large archive of it."""
    rng = random.Random(1)
    words = ["".join(rng.choice("abcdefghijklmnop") for _ in range(rng.randint(2, 9))) for _ in range(50)]
    lines = (" ".join(rng.choice(words) for _ in range(8)) + "\n" for _ in range(40_000))
    return "".join(lines).encode()[:MiB]


def test_unpack_refuses_members_that_together_exceed_50_mib() -> None:
    # Text rather than zeros, which the ratio cap now stops first (see the ratio test).
    manifest = _manifest_bytes({"a.bin": "0" * 64, "b.bin": "0" * 64})
    text = _text_mib()
    bomb = _gzip(
        [
            _header(MANIFEST, len(manifest)),
            _padded(manifest),
            _header("files/a.bin", 30 * MiB),
            *[text] * 30,
            _header("files/b.bin", 30 * MiB),
            *[text] * 30,
            2 * BLOCK,
        ]
    )
    assert len(bomb) < 20 * MiB

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
    assert exc.params == {"detail": "the fingerprint of calculator.py does not match its content"}


def test_unpack_refuses_file_missing_from_manifest() -> None:
    manifest = _manifest({"calculator.py": SOURCE})

    exc = _rejected(pack(manifest, {"calculator.py": SOURCE, "extra.py": b"x = 1\n"}))

    assert exc.key == "archive_bad_manifest"
    assert exc.params == {"detail": "its list of files is not the archive's"}


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


# -- extension headers and bombs (issue 12, A.1): every declared size is checked before
# anything is read, and memory stays bounded whatever the archive declares ------------------


def _ext_header(kind: bytes, size: int) -> bytes:
    return bombs.header("././@LongLink", size, kind)


def _peak_while_refused(data: bytes) -> tuple[ArchiveRejected, int]:
    tracemalloc.start()
    try:
        exc = _rejected(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return exc, peak


def _bomb_with_extension(kind: bytes, declared: int) -> bytes:
    manifest = _manifest_bytes({"calculator.py": sha256(SOURCE)})
    return bombs.extension_bomb(manifest, kind, declared, "calculator.py", SOURCE)


@pytest.mark.parametrize(
    ("kind", "shown"),
    [
        (tarfile.XHDTYPE, "pax"),
        (tarfile.GNUTYPE_LONGNAME, "GNU long name"),
        (tarfile.GNUTYPE_LONGLINK, "GNU long link"),
    ],
    ids=["pax", "gnu-longname", "gnu-longlink"],
)
def test_unpack_refuses_extension_header_declaring_300_mib_without_reading_it(
    kind: bytes, shown: str
) -> None:
    bomb = _bomb_with_extension(kind, 300 * MiB)
    assert len(bomb) < 400 * 1024  # the 298 KiB upload

    exc, peak = _peak_while_refused(bomb)

    assert exc.key == "archive_header_too_large"
    assert exc.params == {"kind": shown, "size": 300 * MiB, "limit": 8192}
    assert str(exc) == (
        f"The archive holds a {shown} header of {300 * MiB} bytes (at most 8192 are accepted)."
        " Submit with 'workshop submit'."
    )
    assert peak < 4 * MiB


@pytest.mark.parametrize(
    ("kind", "shown"),
    [(tarfile.XGLTYPE, "pax global"), (tarfile.GNUTYPE_SPARSE, "GNU sparse")],
    ids=["pax-global", "gnu-sparse"],
)
def test_unpack_refuses_tar_features_workshop_never_writes(kind: bytes, shown: str) -> None:
    exc = _rejected(_bomb_with_extension(kind, 512))

    assert exc.key == "archive_header_unsupported"
    assert exc.params == {"kind": shown}


def test_unpack_refuses_pax_sparse_map_that_would_grow_without_bound() -> None:
    # GNU sparse 1.0: tarfile reads the map's entries one by one from the data, as many as
    # the first line says; a billion "1\n" entries are 2 GB of Python ints for a 2 MB upload.
    pax = bombs.pax_record("GNU.sparse.major", "1") + bombs.pax_record("GNU.sparse.minor", "0")
    manifest = _manifest_bytes({"calculator.py": sha256(SOURCE)})
    sparse_map = b"1000000000\n" + b"1\n" * (4 * MiB)
    bomb = _gzip(
        [
            _header(MANIFEST, len(manifest)),
            _padded(manifest),
            _ext_header(tarfile.XHDTYPE, len(pax)),
            _padded(pax),
            _header("files/calculator.py", len(sparse_map)),
            _padded(sparse_map),
            2 * BLOCK,
        ]
    )

    exc, peak = _peak_while_refused(bomb)

    assert exc.key == "archive_header_unsupported"
    assert exc.params == {"kind": "GNU sparse"}
    assert peak < 4 * MiB


def test_unpack_refuses_a_chain_of_extension_headers() -> None:
    # Each pax header makes tarfile read the next header recursively: 5000 of them would
    # end in a RecursionError deep inside tarfile; two in a row is already not ours.
    pax = bombs.pax_record("comment", "x")
    manifest = _manifest_bytes({"calculator.py": sha256(SOURCE)})
    chain = (_ext_header(tarfile.XHDTYPE, len(pax)) + _padded(pax)) * 5000
    archive = _gzip(
        [
            _header(MANIFEST, len(manifest)),
            _padded(manifest),
            chain,
            _header("files/calculator.py", len(SOURCE)),
            _padded(SOURCE),
            2 * BLOCK,
        ]
    )

    exc = _rejected(archive)

    assert exc.key == "archive_header_unsupported"
    assert exc.params == {"kind": "chained extension headers"}


def test_unpack_accepts_a_long_file_name_in_a_pax_header() -> None:
    # What tarfile writes by default for a name over 100 characters must still be read.
    name = "n" * 96 + ".py"
    files = {name: SOURCE}
    manifest = _manifest(files)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", format=tarfile.PAX_FORMAT) as tar:
        data = manifest.model_dump_json().encode()
        tar.addfile(_info(MANIFEST, data), io.BytesIO(data))
        long_member = _info("files/" + name, SOURCE)
        tar.addfile(long_member, io.BytesIO(SOURCE))

    _, got = unpack(buf.getvalue())

    assert got == files


def test_unpack_refuses_a_member_inflating_far_beyond_its_compressed_size_early() -> None:
    # 40 MiB of zeros declared honestly (under the 50 MiB total cap) in a 40 KB archive:
    # refused on the compression ratio after about a MiB, not after inflating 40 MiB.
    manifest = _manifest_bytes({"zeros.py": "0" * 64})
    bomb = _gzip(
        [
            _header(MANIFEST, len(manifest)),
            _padded(manifest),
            _header("files/zeros.py", 40 * MiB),
            40 * MiB,
            2 * BLOCK,
        ]
    )

    exc, peak = _peak_while_refused(bomb)

    assert exc.key == "archive_ratio"
    assert exc.params == {"limit": 100}
    assert str(exc) == (
        "The archive inflates to more than 100 times its size (a compression bomb?)."
        " Submit only the exercise's files, with 'workshop submit'."
    )
    assert peak < 4 * MiB


def test_unpack_refuses_archive_whose_gzip_stream_is_cut_short() -> None:
    # The tar part is complete (its end blocks are in the first half); the gzip trailer
    # with its checksum is not: an upload cut in transit must not pass for complete.
    whole = pack(_manifest({"calculator.py": SOURCE}), {"calculator.py": SOURCE})
    inflated = zlib.decompress(whole, 31)
    cut = zlib.compressobj(6, zlib.DEFLATED, 31)
    stream = cut.compress(inflated) + cut.flush(zlib.Z_SYNC_FLUSH)  # no trailer

    exc = _rejected(stream)

    assert exc.key == "archive_unreadable"


def test_unpack_refuses_members_before_the_manifest() -> None:
    # The manifest comes first (``pack`` writes it first): the exercise it names decides
    # the size of every file, checked before the file is read.
    members = _valid_members({"calculator.py": SOURCE})

    exc = _rejected(_tar_gz([members[1], members[0]]))

    assert exc.key == "archive_no_manifest"


def test_unpack_refuses_a_file_above_the_exercise_limit_before_reading_it(calculatrice) -> None:
    # The header declares 257 KiB (the calculator takes 256); one byte of data follows:
    # reading it would fail as "unreadable"; only the check on the header says "too large".
    manifest = _manifest_bytes({"calculator.py": "0" * 64})
    stream = [
        _header(MANIFEST, len(manifest)),
        _padded(manifest),
        _header("files/calculator.py", 257 * 1024),
        b"x",
    ]

    with pytest.raises(SubmissionRejected) as caught:
        unpack(_gzip(stream), member_check(lambda manifest: calculatrice))

    assert caught.value.key == "file_too_large"
    assert caught.value.params == {"name": "calculator.py", "kib": 257, "limit_kib": 256}


def test_unpack_refuses_a_file_the_exercise_does_not_ask_for(calculatrice) -> None:
    files = {"calculator.py": SOURCE, "conftest.py": b"x = 1\n"}

    exc = _rejected_with(pack(_manifest(files), files), member_check(lambda manifest: calculatrice))

    assert exc.key == "archive_unexpected_file"
    assert str(exc) == (
        "The archive holds conftest.py, which the exercise does not ask for (it takes calculator.py)."
        " Submit with 'workshop submit'."
    )


def test_read_attempt_refuses_a_file_above_20_mib_without_reading_it(tmp_path) -> None:
    path = tmp_path / "big.tar.gz"
    with path.open("wb") as handle:
        handle.truncate(20 * MiB + 1)

    with pytest.raises(ArchiveRejected) as caught:
        read_attempt(path)

    assert caught.value.key == "archive_too_large"


def test_read_attempt_refuses_a_fifo_instead_of_blocking_on_it(tmp_path) -> None:
    # A shared-folder inbox: a student may swap an attempt for a FIFO after the scan;
    # opening it must neither block nor read.
    import os

    path = tmp_path / "attempt.tar.gz"
    os.mkfifo(path)

    with pytest.raises(ArchiveRejected) as caught:
        read_attempt(path)

    assert caught.value.key == "inbox_not_regular"


def test_read_attempt_refuses_a_symlink(tmp_path) -> None:
    target = tmp_path / "real.tar.gz"
    target.write_bytes(pack(_manifest({"calculator.py": SOURCE}), {"calculator.py": SOURCE}))
    (tmp_path / "link.tar.gz").symlink_to(target)

    with pytest.raises(ArchiveRejected) as caught:
        read_attempt(tmp_path / "link.tar.gz")

    assert caught.value.key == "inbox_not_regular"


# -- one reading of an archive: what tar extracts is what is graded (red team of issue 12) -----


def _gnu_tar_members(data: bytes, tmp_path) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """What GNU tar extracts from ``data`` (the reading a trainer gets by hand)."""
    import subprocess

    archive = tmp_path / "a.tar.gz"
    archive.write_bytes(data)
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(["tar", "-xzf", str(archive), "-C", str(out)], check=False, capture_output=True)
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _tar_stream(members: list[tuple[tarfile.TarInfo, bytes]], end_blocks: bool = True) -> bytes:
    """An uncompressed tar stream, with or without its two zero end blocks."""
    out = b"".join(info.tobuf(format=tarfile.GNU_FORMAT) + _padded(data) for info, data in members)
    return out + (bytes(2 * BLOCK) if end_blocks else b"")


def test_what_submit_builds_is_read_alike_by_gnu_tar_and_unpack(calculatrice, tmp_path) -> None:
    from workshop.submit import build_archive

    work = tmp_path / "work"
    work.mkdir()
    (work / "calculator.py").write_bytes(SOURCE)
    archive, _ = build_archive(work, calculatrice, "alice")

    manifest, files = unpack(archive)

    assert files == {"calculator.py": SOURCE}
    tar_read = _gnu_tar_members(archive, tmp_path)
    assert tar_read.pop("manifest.json") == manifest.model_dump_json(indent=2).encode()
    assert tar_read == {"files/calculator.py": SOURCE}


def test_unpack_refuses_a_second_gzip_member_after_the_archive() -> None:
    # GNU tar reads concatenated gzip members as one stream; the first reading of this
    # archive held one calculator, GNU tar's another (the red team's multi-member-gzip).
    good = pack(_manifest({"calculator.py": SOURCE}), {"calculator.py": SOURCE})
    other = pack(_manifest({"calculator.py": b"x = 2\n"}), {"calculator.py": b"x = 2\n"})

    exc = _rejected(good + other)

    assert exc.key == "archive_trailing_data"
    assert str(exc) == (
        "The archive holds data after its end (gzip), which tar and the grader would read"
        " differently. Submit again with 'workshop submit'."
    )


def test_unpack_refuses_garbage_after_the_gzip_stream() -> None:
    good = pack(_manifest({"calculator.py": SOURCE}), {"calculator.py": SOURCE})

    assert _rejected(good + random.Random(1).randbytes(4096)).key == "archive_trailing_data"
    assert _rejected(good + b"\0").key == "archive_trailing_data"


def test_unpack_refuses_a_gzip_member_without_end_blocks_followed_by_another(tmp_path) -> None:
    # The red team's divergent archive: member 1 holds the manifest and a good calculator
    # but no tar end; member 2 another calculator.py. GNU tar extracts the second one.
    files = {"calculator.py": SOURCE}
    first = zlib.compress(_tar_stream(_valid_members(files), end_blocks=False), wbits=31)
    evil = b"raise SystemExit\n"
    second = zlib.compress(_tar_stream([(_info("files/calculator.py", evil), evil)]), wbits=31)
    assert _gnu_tar_members(first + second, tmp_path)["files/calculator.py"] == evil  # tar's reading

    exc = _rejected(first + second)

    assert exc.key in ("archive_no_end", "archive_trailing_data")


def test_unpack_refuses_an_archive_without_its_end_blocks() -> None:
    files = {"calculator.py": SOURCE}

    exc = _rejected(zlib.compress(_tar_stream(_valid_members(files), end_blocks=False), wbits=31))

    assert exc.key == "archive_no_end"
    assert str(exc) == (
        "The archive lacks its end blocks (cut short, or not built by tar)."
        " Submit again with 'workshop submit'."
    )


def test_unpack_refuses_a_second_archive_after_the_end_blocks() -> None:
    files = {"calculator.py": SOURCE}
    hidden = b"raise SystemExit\n"
    stream = _tar_stream(_valid_members(files))
    stream += _tar_stream([(_info("files/other.py", hidden), hidden)])

    exc = _rejected(zlib.compress(stream, wbits=31))

    assert exc.key == "archive_trailing_data"
    assert "(tar)" in str(exc)


def test_unpack_refuses_a_header_it_cannot_parse_instead_of_taking_it_for_the_end() -> None:
    # tarfile stops quietly at a header with a bad checksum after the first member.
    files = {"calculator.py": SOURCE}
    broken = bytearray(_info("files/extra.py", b"x").tobuf(format=tarfile.GNU_FORMAT))
    broken[148:156] = b"0000000\0"  # wrong checksum
    stream = _tar_stream(_valid_members(files), end_blocks=False)
    stream += bytes(broken) + _padded(b"x") + bytes(1024)

    assert _rejected(zlib.compress(stream, wbits=31)).key == "archive_trailing_data"


def test_unpack_accepts_end_blocks_followed_by_zero_padding() -> None:
    # GNU tar pads to a 10 KiB record with zeros, tarfile too: zeros after the end are fine.
    files = {"calculator.py": SOURCE}
    stream = _tar_stream(_valid_members(files)) + bytes(20 * BLOCK)

    _, got = unpack(zlib.compress(stream, wbits=31))

    assert got == files


# -- every malformed manifest is a 400 with its reason, never a crash --------------------------


@pytest.mark.parametrize(
    ("raw", "detail"),
    [
        # In the project's words (red team 12e M: pydantic's English went into French answers).
        (b"[" * 60000, "not valid JSON at line 1, column 202"),
        (b'{"format": 1' + b"0" * 5000 + b"}", "not valid JSON at line 1, column 4313"),
        (b"\xff\xfe{}", "not valid JSON at line 1, column 1"),
        (b'{"exercise": "a\x00"}', "not valid JSON at line 1, column "),
        (b'{"format": "one"}', "field 'format' has a wrong value"),
        (b"[]", "not a JSON object with the expected fields"),
    ],
    ids=["deep-nesting", "huge-number", "invalid-utf8", "nul", "wrong-type", "not-an-object"],
)
def test_unpack_refuses_a_malformed_manifest_saying_what_is_wrong(raw: bytes, detail: str) -> None:
    exc = _rejected(_tar_gz([(_info(MANIFEST, raw), raw), (_info("files/calculator.py", SOURCE), SOURCE)]))

    assert exc.key == "archive_bad_manifest"
    assert str(exc).startswith(f"The archive's manifest is wrong ({detail}")


# -- what an upload may leave on disk: bounded by what its files weigh (red team 12b) ---------


def _gzip_with_header(tar: bytes, flags: int, fields: bytes, level: int = 9) -> bytes:
    """A gzip stream of ``tar`` whose header carries ``fields`` (FEXTRA, FNAME, FCOMMENT...
    as ``flags`` says), built by hand: Python's gzip never writes a comment."""
    deflate = zlib.compressobj(level, zlib.DEFLATED, -15)
    body = deflate.compress(tar) + deflate.flush()
    head = b"\x1f\x8b\x08" + bytes([flags]) + b"\0\0\0\0\x00\xff" + fields
    return head + body + (zlib.crc32(tar).to_bytes(4, "little") + len(tar).to_bytes(4, "little"))


def _plain_tar() -> bytes:
    return zlib.decompress(pack(_manifest({"calculator.py": SOURCE}), {"calculator.py": SOURCE}), 31)


class _Counted(io.BytesIO):
    """A source that counts the bytes read from it."""

    taken = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.taken += len(data)
        return data


@pytest.mark.parametrize(
    ("flags", "fields"),
    [
        (0x10, b"A" * (19 * MiB + MiB // 2) + b"\0"),  # FCOMMENT, the red team's 19.5 MiB
        (0x08, b"n" * (64 << 10) + b"\0"),  # FNAME
        (0x04, (0xFFFF).to_bytes(2, "little") + b"x" * 0xFFFF),  # FEXTRA at its largest
        (0x04 | 0x08 | 0x10, (3000).to_bytes(2, "little") + b"x" * 3000 + b"a\0" + b"c" * 2000 + b"\0"),
    ],
    ids=["comment", "name", "extra", "all-three"],
)
def test_unpack_refuses_a_gzip_header_longer_than_4_kib_reading_little_of_it(flags, fields) -> None:
    source = _Counted(_gzip_with_header(_plain_tar(), flags, fields))

    with pytest.raises(ArchiveRejected) as caught:
        unpack(source)

    assert caught.value.key == "archive_gzip_header_too_large"
    assert str(caught.value) == (
        "The archive's gzip header is longer than 4096 bytes (a name, comment or extra field"
        " that workshop never writes). Submit again with 'workshop submit'."
    )
    assert source.taken <= 2 * 64 * 1024  # refused on the header, the rest never read


def test_unpack_accepts_a_short_gzip_name_and_comment_as_gzip_tools_write_them() -> None:
    # `gzip a.tar` writes FNAME "a.tar": a hand-made archive like that is still fine.
    data = _gzip_with_header(_plain_tar(), 0x08 | 0x10, b"calculatrice.tar\0made by hand\0")

    manifest, files = unpack(data)

    assert files == {"calculator.py": SOURCE}
    assert manifest.student == "alice"


def test_unpack_refuses_zero_padding_past_tar_record_after_the_last_member() -> None:
    # Zeros after the end blocks are read by nobody; tar pads to a 10 KiB record at most.
    # Stored, not compressed (level 0): 5 MiB on disk, at a ratio of 1.
    tar = _plain_tar() + bytes(5 * MiB)

    exc = _rejected(_gzip_with_header(tar, 0, b"", level=0))

    assert exc.key == "archive_trailing_data"
    assert exc.params == {"where": "tar"}


def test_unpack_accepts_tar_record_padding_as_tarfile_writes_it() -> None:
    # Two members end at 2 KiB; tarfile (like GNU tar) pads the stream to a 10 KiB record.
    tar = _plain_tar()
    assert len(tar) == tarfile.RECORDSIZE

    manifest, files = unpack(_gzip_with_header(tar, 0, b"", level=0))

    assert files == {"calculator.py": SOURCE}


def test_unpack_refuses_a_deflate_stream_padded_with_empty_blocks() -> None:
    # 2 MiB of empty stored blocks (5 bytes each, inflating to nothing) inside a valid
    # stream: the stored attempt would weigh 2 MiB for a 10 KiB tar.
    tar = _plain_tar()
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = deflate.compress(tar) + deflate.flush(zlib.Z_SYNC_FLUSH)
    body += b"\x00\x00\x00\xff\xff" * (2 * MiB // 5) + b"\x01\x00\x00\xff\xff"  # empty, then final
    head = b"\x1f\x8b\x08\x00\0\0\0\0\x00\xff"
    data = head + body + zlib.crc32(tar).to_bytes(4, "little") + len(tar).to_bytes(4, "little")
    assert zlib.decompress(data, 31) == tar  # a valid gzip stream

    exc = _rejected(data)

    assert exc.key == "archive_padded"
    assert str(exc) == (
        f"The archive takes {len(data)} bytes for {len(tar)} bytes of content: it is padded,"
        " which workshop never does. Submit again with 'workshop submit'."
    )


def test_what_pack_writes_stays_within_the_stored_size_bounds() -> None:
    # Incompressible content: deflate falls back to stored blocks, the closest a real
    # archive comes to the padding bound.
    noise = random.Random(7).randbytes(200 * 1024)
    files = {"calculator.py": noise}

    manifest, got = unpack(pack(_manifest(files), files))

    assert got == files
