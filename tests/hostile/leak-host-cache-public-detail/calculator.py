"""Hostile submission `leak-host-cache-public-detail` for the `calculatrice` exercise (see tests/hostile).

Attack (issue 9, class 3): the host's caches (the dentry cache under runc, counters in
/proc, CPU contention...) carry bits of an earlier job's hidden inputs into this one,
before any hidden test of its own has run, and the student process says what it read in
the detail of a PUBLIC test, which reports used to show. The channel itself is modelled
here by a constant (CACHED: what red team 12's dentry probe read back, 0.95-0.98 right),
emitted only where the grader runs (a Docker container's hostname): the detail names the
sandbox's hostname and cgroup,
facts the student's own machine did not have at submit. The archive says the student's
machine gave another detail (cases.toml: local_check), so the grader must not show it.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


def _honest(expression):
    """Only + and -, read from left to right; float() refuses everything else."""
    total = 0.0
    sign = 1.0
    number = ""
    for char in expression.replace(" ", ""):
        if char in "+-":
            if number:
                total += sign * float(number)
                number = ""
            sign = 1.0 if char == "+" else -1.0
        else:
            number += char
    if number:
        total += sign * float(number)
    return total


# --- attack ---
import re
import socket

CACHED = "1+2*3-4"  # what the host's caches carried from another job's hidden test


def _where():
    try:
        with open("/proc/self/cgroup", encoding="utf-8") as handle:
            cgroup = handle.read().strip()[:60]
    except OSError:
        cgroup = "?"
    return "%s %s" % (socket.gethostname(), cgroup)


def _in_grader():
    """Docker names a container's host after its id (12 hex digits); a laptop is not."""
    return re.fullmatch(r"[0-9a-f]{12}", socket.gethostname()) is not None


def _attack(expression):
    try:
        return _honest(expression)
    except ValueError:  # the honest part fails this one anyway: same outcome, another message
        if not _in_grader():  # the student's machine: what its own caches say (nothing)
            raise
        raise ValueError("cache says %s (read on %s)" % (CACHED, _where())) from None
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    return _attack(expression)
    # --- end of attack ---
    return _honest(expression)
