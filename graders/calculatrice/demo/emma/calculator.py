"""Calculator (Emma): a loop that was meant to read the next token, and never ends."""


def calculate(expression: str) -> float:
    while True:
        pass  # TODO: read the next token and stop at the end of the expression
