"""The host's page cache as a channel between jobs, with and without the holder
(src/workshop/sandbox/pagecache.py). Prints figures; asserts nothing.

1. Drift: after every page of the image was read, how many the host drops on its own
   within WAIT seconds (a dropped page is one a later job could fill again).
2. Drop: how many a container that calls posix_fadvise(DONTNEED) on every file leaves out
   of the cache (what red team 9 round 11's writer did under runc).
3. The channel itself, as round 12 ran it: a writer container drops the pages of BITS
   rarely read files, then reads one of each pair (a 1 bit) or the other (a 0); a later
   reader container times one 4 KiB read of each file and takes the faster of each pair as
   the one read. Accuracy 1.0 is a perfect channel; about 0.5 is a coin. The writer and
   the reader run without the seccomp filter of student processes (which now refuses
   fadvise), so this measures what the holder alone does; the reader and the writer run
   under the runtime given.

4. The dentry cache, which nothing holds (docs/design.md, "Not covered"): the writer looks
   up LOOKUPS names that do not exist in a directory of the image for each 1 bit (a
   negative dentry on the host for each), the reader times looking up both sets of a
   pair and takes the faster as the written one.

    python benchmarks/pagecache_hold.py [--wait 30] [--bits 64] [--lookups 64] [--runtime runc runsc]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from workshop.sandbox import pagecache  # noqa: E402
from workshop.sandbox.engine import client  # noqa: E402
from workshop.sandbox.image import require_image  # noqa: E402

# Files no job reads: the image's documentation, timezone data and locales.
_FILES = r"""
import json, os
found = []
for top in ("/usr/share/zoneinfo", "/usr/share/doc", "/usr/share/i18n", "/usr/share/locale"):
    for here, dirs, names in os.walk(top):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(here, name)
            if os.path.isfile(path) and not os.path.islink(path) and os.path.getsize(path) >= 4096:
                found.append(path)
print(json.dumps(found))
"""

_WRITER = r"""
import json, os, sys
pairs, bits = json.loads(sys.argv[1]), sys.argv[2]
for (one, zero), bit in zip(pairs, bits):
    for path in (one, zero):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass
        os.close(fd)
    with open(one if bit == "1" else zero, "rb") as source:
        source.read(4096)
"""

_READER = r"""
import json, os, sys, time
pairs = json.loads(sys.argv[1])
out = []
for one, zero in pairs:
    took = []
    for path in (one, zero):
        fd = os.open(path, os.O_RDONLY)
        start = time.perf_counter_ns()
        os.pread(fd, 4096, 0)
        took.append(time.perf_counter_ns() - start)
        os.close(fd)
    out.append("1" if took[0] < took[1] else "0")
print("".join(out))
"""


_DENTRY = r"""
import os, sys, time
mode, tag, bits, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
base = os.path.dirname(os.__file__)
def names(i, bit):
    return [f"{base}/q{tag}_{i}_{bit}_{j}" for j in range(k)]
if mode == "write":
    for i, bit in enumerate(bits):
        for name in names(i, bit):
            os.path.exists(name)
else:
    out = []
    for i in range(len(bits)):
        took = {}
        for bit in "01":
            start = time.perf_counter_ns()
            for name in names(i, bit):
                os.path.exists(name)
            took[bit] = time.perf_counter_ns() - start
        out.append("1" if took["1"] < took["0"] else "0")
    print("".join(out))
"""


def _run(image: str, code: str, *args: str, runtime: str = "runc") -> str:
    api = client().api
    container = api.create_container(
        image,
        entrypoint=["python3", "-I", "-S", "-c", code, *args],
        user="0:0",
        host_config=api.create_host_config(network_mode="none", read_only=True, runtime=runtime),
        network_disabled=True,
    )["Id"]
    try:
        api.start(container)
        api.wait(container, timeout=600)
        return api.logs(container, stdout=True, stderr=False).decode()
    finally:
        api.remove_container(container, force=True)


def drift(image: str, wait: float) -> tuple[int, int]:
    _run(image, "import os\nfor t, d, n in os.walk('/usr'):\n    [open(os.path.join(t, x), 'rb').read() "
         "for x in n if os.path.isfile(os.path.join(t, x))]\n")  # fmt: skip
    time.sleep(wait)
    return pagecache.probe(image)


def channel(image: str, files: list[str], bits: int, runtime: str, rng: random.Random) -> float:
    chosen = rng.sample(files, 2 * bits)
    pairs = [chosen[i : i + 2] for i in range(0, len(chosen), 2)]
    message = "".join(rng.choice("01") for _ in range(bits))
    _run(image, _WRITER, json.dumps(pairs), message, runtime=runtime)
    read = _run(image, _READER, json.dumps(pairs), runtime=runtime).strip()
    return sum(a == b for a, b in zip(message, read, strict=True)) / bits


def dentry(image: str, bits: int, lookups: int, runtime: str, rng: random.Random) -> float:
    message = "".join(rng.choice("01") for _ in range(bits))
    tag = str(rng.randrange(10**9))
    _run(image, _DENTRY, "write", tag, message, str(lookups), runtime=runtime)
    read = _run(image, _DENTRY, "read", tag, message, str(lookups), runtime=runtime).strip()
    return sum(a == b for a, b in zip(message, read, strict=True)) / bits


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--wait", type=float, default=30.0)
    parser.add_argument("--bits", type=int, default=64)
    parser.add_argument("--lookups", type=int, default=64)
    parser.add_argument("--runtime", nargs="+", default=["runc", "runsc"])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    image = require_image()
    rng = random.Random(args.seed)
    files = json.loads(_run(image, _FILES))
    print(f"image {image}: {len(files)} rarely read files of 4 KiB or more")

    rows = []
    for held in (False, True):
        pagecache.release()
        started = time.monotonic()
        if held:
            done = pagecache.ensure(image)
            print(
                f"holder: {done.files} files, {done.bytes >> 20} MiB locked in {time.monotonic() - started:.2f} s"
            )
        left, pages = drift(image, args.wait)
        dropped, _ = pagecache.probe(image, drop=True)
        accuracy = {rt: channel(image, files, args.bits, rt, rng) for rt in args.runtime}
        rows.append((held, left, dropped, pages, accuracy))
    pagecache.release()

    print()
    header = f"| holder | pages dropped by the host in {args.wait:.0f} s | pages a fadvise(DONTNEED) drops |"
    header += "".join(f" channel accuracy, {rt} ({args.bits} bits) |" for rt in args.runtime)
    print(header)
    print("|---|---|---|" + "---|" * len(args.runtime))
    for held, left, dropped, pages, accuracy in rows:
        line = f"| {'yes' if held else 'no'} | {left} of {pages} | {dropped} of {pages} |"
        line += "".join(f" {accuracy[rt]:.2f} |" for rt in args.runtime)
        print(line)
    print()
    print(
        f"dentry cache ({args.lookups} lookups a bit, {args.bits} bits, not held), accuracy: "
        + ", ".join(f"{rt} {dentry(image, args.bits, args.lookups, rt, rng):.2f}" for rt in args.runtime)
    )


if __name__ == "__main__":
    main()
