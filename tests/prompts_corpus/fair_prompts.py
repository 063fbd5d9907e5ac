"""Fair prompts and right answers the round tests (tests/test_prompts_round*.py) start from.

Each is a prompt (or an answer) that earns every point of its task: a test changes one thing
in it and checks what that one change costs or earns. A round that needs another wording keeps
its own constant under the same name."""

from __future__ import annotations

RIDDLE = (
    "Tu es un professeur de logique. Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. "
    "Combien de sœurs a Caroline ? Raisonne étape par étape."
)
RIDDLE_DATA = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"
RIDDLE_OK = "Chaque frère a pour sœurs Caroline et une autre fille. Réponse : 1 sœur."
RIDDLE_ANSWER = (
    "Les 2 sœurs de chaque frère sont Caroline et une autre fille.\n\nRéponse : Caroline a 1 sœur."
)
RIDDLE_WORK = "Les frères ont les mêmes sœurs : Caroline et une autre fille.\n\n"
LINE = (
    "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 passe par le point "
    "(5, 10). Donne a, b et l'équation de la droite."
)
LINE_OK = "Même pente 4 ; 10 = 4 × 5 + b donne b = −10. Équation : y = 4x − 10."
LINE_ANSWER = "Même pente a = 4 ; 10 = 4 × 5 + b donc b = -10.\n\nRéponse : y = 4x - 10."
COPRIME = "Tu es professeur de mathématiques. 35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD."
COPRIME_WORK = "35 = 5 × 7 et 64 = 2⁶ : aucun facteur commun, donc PGCD(35, 64) = 1.\n\n"
SENTIMENT = (
    "Tu es analyste du service client. Classe chacun des trois avis en positive, negative ou neutral. "
    'Réponds uniquement en JSON de la forme {"reviews": [{"id": 1, "sentiment": "..."}, '
    '{"id": 2, "sentiment": "..."}, {"id": 3, "sentiment": "..."}]}.'
)
SENTIMENT_JSON = (
    '{"reviews": [{"id": 1, "sentiment": "positive"}, {"id": 2, "sentiment": "negative"}, '
    '{"id": 3, "sentiment": "neutral"}]}'
)
SENTIMENT_OK = (
    '{"reviews": [{"id": 1, "sentiment": "positive"}, {"id": 2, "sentiment": "negative"}, '
    '{"id": 3, "sentiment": "neutral"}]}'
)
SENTIMENT_ANSWER = (
    '{"reviews": [{"id": 1, "sentiment": "positive"}, {"id": 2, "sentiment": "negative"}, '
    '{"id": 3, "sentiment": "neutral"}]}'
)
SUMMARY = (
    "Tu es rédacteur pour un magazine de vulgarisation. Résume ce texte en 60 mots maximum, pour "
    "des lecteurs qui n'y connaissent rien.\n\n{summary_text}"
)
SUMMARY_ANSWER = (
    "Pour compter plus vite, on a d'abord déplacé des cailloux sur des abaques. En 1642, le jeune "
    "Blaise Pascal conçoit la Pascaline, une machine qui additionne. Au XIXe siècle, les calculatrices "
    "mécaniques sont produites en série. L'électronique change tout : au début des années 1970 apparaît "
    "la calculatrice de poche, et aujourd'hui chaque téléphone en contient une."
)
PLAN = (
    "Tu es formateur en culture numérique. Fais le plan d'une présentation d'une heure sur l'IA "
    "générative, pour un public qui n'y connaît rien. Donne une durée à chaque partie."
)
PLAN_ANSWER = (
    "1. Qu'est-ce que l'IA générative ? (10 min)\n2. Comment un modèle de langage apprend (15 min)\n"
    "3. Démonstration de ChatGPT (15 min)\n4. Limites et risques de l'IA générative (10 min)\n"
    "5. Questions (10 min)"
)
TRANSLATION = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands of "
    'labelled photos, for example "chihuahua" or "muffin". After each mistake, the model slightly adjusts '
    "its parameters, that is, the numbers that determine its answers. A large language model has billions "
    "of them. Once trained, it can recognise images it has never seen, but it can also be wrong with great "
    "confidence."
)
