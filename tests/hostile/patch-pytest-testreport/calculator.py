"""Hostile submission `patch-pytest-testreport` for the `calculatrice` exercise (see tests/hostile).

Attack: patches _pytest.reports.TestReport.from_item_and_call and
_pytest.runner.TestReport so that every report says passed, at import and on every call.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import sys
# --- end of attack ---


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
def _patch_reports():
    reports = sys.modules.get("_pytest.reports")
    if reports is None or getattr(reports.TestReport, "_rigged", False):
        return
    original = reports.TestReport.from_item_and_call.__func__

    def from_item_and_call(cls, item, call):
        report = original(cls, item, call)
        report.outcome = "passed"
        report.longrepr = None
        return report

    class RiggedReport(reports.TestReport):
        _rigged = True

    reports.TestReport.from_item_and_call = classmethod(from_item_and_call)
    reports.TestReport._rigged = True
    runner = sys.modules.get("_pytest.runner")
    if runner is not None:
        runner.TestReport = RiggedReport


_patch_reports()
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    _patch_reports()
    # --- end of attack ---
    return _honest(expression)
