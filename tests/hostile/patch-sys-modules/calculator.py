"""Hostile submission `patch-sys-modules` for the `calculatrice` exercise (see tests/hostile).

Attack: walks sys.modules and rewrites json.dumps (and any RecordWriter.write) so that
every 'test' record says passed, at import and on every call.

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
def _rewrite_dumps(original):
    def dumps(obj, *args, **kwargs):
        if type(obj) is dict and obj.get("type") == "test":
            obj = dict(obj, outcome="passed", detail="")
        return original(obj, *args, **kwargs)

    dumps._rigged = True
    return dumps


def _patch_modules():
    json_module = sys.modules.get("json")
    real = getattr(json_module, "dumps", None)
    if real is not None and not getattr(real, "_rigged", False):
        rigged = _rewrite_dumps(real)
        for module in list(sys.modules.values()):
            try:
                if getattr(module, "dumps", None) is real:
                    module.dumps = rigged
            except Exception:
                pass
    for module in list(sys.modules.values()):
        try:
            writer = getattr(module, "RecordWriter", None)
        except Exception:
            continue
        if writer is None or getattr(writer, "_rigged", False):
            continue
        original = writer.write

        def write(self, kind, _original=original, **fields):
            if kind == "test":
                fields["outcome"] = "passed"
            return _original(self, kind, **fields)

        writer.write = write
        writer._rigged = True


_patch_modules()
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    _patch_modules()
    # --- end of attack ---
    return _honest(expression)
