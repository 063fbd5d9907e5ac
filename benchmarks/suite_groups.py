"""What the two-worker test run (scripts/test.sh: ``pytest -n 2 --dist loadgroup``) has to
spread: the tests of the ``serial`` xdist group (one worker, one at a time) and the parallel
ones (each its own unit), per file, read from pytest's own collection with the marks
tests/conftest.py gives; then the ReDoS scan's shards (tests/test_prompts_redos.py): patterns
and pump shapes in each. Collects only; runs no test. Prints figures; asserts nothing.

    PYTHONPATH=src python benchmarks/suite_groups.py [--top 15] [--no-shards]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


class Groups:
    def __init__(self) -> None:
        self.serial: collections.Counter[str] = collections.Counter()
        self.parallel: collections.Counter[str] = collections.Counter()

    @pytest.hookimpl(trylast=True)  # after tests/conftest.py has marked the serial tests
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            groups = [mark.args[0] for mark in item.iter_markers("xdist_group")]
            side = self.serial if "serial" in groups else self.parallel
            side[item.nodeid.split("::")[0]] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=15, help="files listed on each side")
    parser.add_argument("--no-shards", action="store_true", help="skip the ReDoS shards (about 30 s)")
    args = parser.parse_args()
    groups = Groups()
    # this script's folder first on sys.path would shadow tests/prompts_corpus/ with
    # benchmarks/prompts_corpus.py
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    code = pytest.main(
        ["--collect-only", "-qq", "-p", "no:cacheprovider", str(ROOT / "tests")], plugins=[groups]
    )
    if code != 0:
        sys.exit(f"collection failed ({code})")
    for name, side in (("serial", groups.serial), ("parallel", groups.parallel)):
        print(f"\n{name}: {sum(side.values())} tests in {len(side)} files")
        for path, count in side.most_common(args.top):
            print(f"  {count:6d}  {path}")
    if args.no_shards:
        return
    sys.path.insert(0, str(ROOT / "tests"))
    import redos
    from test_prompts_redos import SHARDS, fresh_patterns, shard_of

    patterns, shapes = collections.Counter[int](), collections.Counter[int]()
    for name, pattern in fresh_patterns().items():
        patterns[shard_of(name)] += 1
        shapes[shard_of(name)] += len(list(redos.pumps(pattern)))
    total = sum(shapes.values())
    print(f"\nReDoS scan: {sum(patterns.values())} patterns, {total} pump shapes, {SHARDS} shards")
    for shard in range(SHARDS):
        print(
            f"  shard {shard}: {patterns[shard]:4d} patterns, {shapes[shard]:5d} shapes ({shapes[shard] / total:.1%})"
        )


if __name__ == "__main__":
    main()
