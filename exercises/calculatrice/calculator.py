"""Calculatrice / Calculator.

FR — Écrivez la fonction `calculate(expression)` qui calcule une expression
arithmétique écrite sous forme de texte et renvoie le résultat en float.

- Opérations : + - * /, avec les priorités habituelles (* et / avant + et -),
  calculées de gauche à droite à priorité égale (8-3-2 vaut 3).
- Parenthèses, éventuellement imbriquées : 2*(3+(4-1)) vaut 12.
- Signe moins devant un nombre ou une parenthèse : -(2+3), 2*-3.
- Nombres décimaux avec un point : 1.5.
- Les espaces entre les nombres et les opérations sont ignorés.
- Toujours un float : calculate("2+3") renvoie 5.0.
- Division par zéro : lever ZeroDivisionError.
- Expression vide, incomplète ou qui contient autre chose (lettres, autres
  symboles, code Python) : lever ValueError.
- N'utilisez pas eval() : il exécuterait n'importe quel code Python tapé par
  l'utilisateur.

EN — Write the function `calculate(expression)` that computes an arithmetic
expression given as text and returns the result as a float.

- Operators: + - * /, with the usual precedence (* and / before + and -),
  computed from left to right at equal precedence (8-3-2 is 3).
- Parentheses, possibly nested: 2*(3+(4-1)) is 12.
- A minus sign in front of a number or a parenthesis: -(2+3), 2*-3.
- Decimal numbers with a dot: 1.5.
- Spaces between numbers and operators are ignored.
- Always a float: calculate("2+3") returns 5.0.
- Division by zero: raise ZeroDivisionError.
- Empty, incomplete or foreign input (letters, other symbols, Python code):
  raise ValueError.
- Do not use eval(): it would run any Python code the user types.
"""


def calculate(expression: str) -> float:
    """Calcule `expression` et renvoie un float / Compute `expression`, return a float.

    >>> calculate("2 + 3 * 4")
    14.0
    """
    raise NotImplementedError(
        "calculate() n'est pas encore écrite : à vous de jouer ! / "
        "calculate() is not written yet: your turn!"
    )
