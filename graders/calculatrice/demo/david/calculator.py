"""Calculator (David) - copied from a chat answer, the end got lost in the paste."""


def calculate(expression: str) -> float:
    tokens = expression.split(
    result = 0
    for token in tokens
        result += float(token)
    return result
