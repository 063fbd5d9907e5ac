"""What the prompts unit tests share (tests/test_prompts_asked.py, test_prompts_dictation.py,
test_prompts_values.py): the reviews as students paste them and a check found by name. The
exercise itself is loaded by the ``loaded`` fixture of tests/conftest.py."""

from __future__ import annotations

from typing import Any

REVIEWS = (
    "Avis 1 : « J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est "
    "excellent. Je la recommande à tous mes amis ! »\n"
    "Avis 2 : « Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas à "
    "mes messages. Je ne rachèterai jamais cette marque. »\n"
    "Avis 3 : « Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai à "
    "l'usage s'il tient dans le temps. »"
)


def check_of(loaded: Any, task: str, name: str) -> Any:
    """The check ``name`` of ``task`` in the loaded exercise (tasks, [(file, check)])."""
    return next(c for _, c in loaded[1] if c.task == task and c.name == name)
