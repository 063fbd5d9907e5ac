"""Calculator (Farid): keeps a "history" of every intermediate step... forever."""


def calculate(expression: str) -> float:
    history = []
    while True:
        # Each step stores another megabyte that is never freed.
        history.append(b"x" * 1_000_000)
