"""Round 68 (fix-helper fix68, session 48): long, noisy, real-life prompts. Unit tests of the rules added for
its classes (docs/design.md, "Session 48, round 68"): excluded alternatives after a value, a fronted topic
then a value found, review ids mapped in order to labels, the writer's own family with "too" as an
intensifier, « une autre » as a pronoun, a yes/no answering the writer's aside, « en 1 paragraphe de 60
mots »."""

from __future__ import annotations

import pytest

from workshop.prompts import grade, structure
from workshop.prompts.evaluate import _label_reader
from workshop.prompts.excluded import blanked
from workshop.prompts.reread import values_stated
from workshop.prompts.respective import mapped

RIDDLE_FR = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"
RIDDLE_EN = (
    "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?"
)
LINE = "Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : quels sont ses paramètres ?"
COPRIME = "Les nombres 35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD."
FINALS = {
    "riddle": {"answer-right"},
    "parallel-line": {"answer-intercept"},
    "coprime": {"answer-verdict"},
}


@pytest.fixture(scope="module")
def loaded(prompts):
    return grade.load(prompts)


def _dictated(loaded, task: str, prompt: str) -> set[str]:
    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == task]
    return grade.dictated(tasks[task], mine, f"Tu es professeur. {prompt}")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("trouve bien 1 soeur (pas 2, pas 6 !)", "trouve bien 1 soeur"),
        ("b = -10 (not 10!)", "b = -10"),
        ("1, et surtout pas 6.", "1"),
        ("a gcd of 1 — never 5", "a gcd of 1"),
        ("1 soeur ni 2 ni 6", "1 soeur"),
    ],
)
def test_excluded_alternatives_are_blanked(text, kept):
    out = blanked(text)
    assert len(out) == len(text) and out.rstrip() == kept


@pytest.mark.parametrize("text", ["y = 4x + 6 passe par (5, 10)", "il y a 3 freres et 2 soeurs", "pas de 2"])
def test_nothing_excluded_is_kept(text):
    assert blanked(text) == text


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("ps en fait pour b j'avais trouve -10 sur mon brouillon.", "b = -10."),
        ("quant a b j'ai obtenu -10 en recopiant", "b = -10."),
        ("cote pgcd, j'ai trouve 1 avec l'algorithme", "pgcd = 1."),
        ("as for the gcd, i ended up with 1 after a lot", "the gcd = 1."),
        ("j'ai trouve -10 pour b hier soir", "b = -10."),
        ("regarding b, my calculator gave -10 but", "b = -10."),
    ],
)
def test_a_topic_and_the_value_found_for_it(text, fact):
    assert fact in values_stated(text).split("\n\n")[1:]


@pytest.mark.parametrize(
    "text",
    ["pour mon expose j'ai trouve 3 sources", "pour a j'ai trouve la methode", "for b i got stuck halfway"],
)
def test_no_value_found_for_a_topic(text):
    assert values_stated(text) == text


LABELS = _label_reader({"positive", "negative", "neutral"})


@pytest.mark.parametrize(
    "text",
    [
        "review 3 is neutral, and 1 and 2 are obviously positive and negative.",
        "1, 2 et 3 sont respectivement positif, negatif et neutre",
        "1/2 -> pos/neg",
        "et 1 et 2 sont evidemment positif et negatif, mais je veux",
    ],
)
def test_ids_mapped_in_order_to_labels(text):
    out = mapped(text, LABELS, 3)
    assert "avis 1 est positive. avis 2 est negative" in out


@pytest.mark.parametrize(
    "text",
    [
        "are 1 and 2 positive and negative, or is one of them neutral?",
        "1 and 2 are positive or negative",
        "reviews 1 and 2 are short and long",
        "1 and 2 are positive",
        "4 and 5 are positive and negative",
    ],
)
def test_no_mapping_read(text):
    assert mapped(text, LABELS, 3) == text


@pytest.mark.parametrize(
    ("task", "prompt"),
    [
        (
            "riddle",
            f"Moi-même j'ai 1 sœur et 2 frères. Mon frère disait une chose, ma sœur une autre. {RIDDLE_FR}",
        ),
        (
            "riddle",
            f"I have 1 sister myself, and when my daughter read me this I answered way too fast. {RIDDLE_EN}",
        ),
        ("riddle", f"My brother said one thing, my sister another. {RIDDLE_EN}"),
        ("coprime", f"Oui, je sais, encore moi ! {COPRIME}"),
        ("coprime", f"Non mais sérieusement, je bloque depuis une heure. {COPRIME}"),
        ("coprime", f"Yes, I know, me again! {COPRIME}"),
        ("coprime", f"Oui oui, j'ai bien relu l'énoncé. {COPRIME}"),
        ("parallel-line", f"Pour a j'ai trouvé la méthode dans mon cours. {LINE}"),
    ],
)
def test_fair_near_misses_give_nothing_away(loaded, task, prompt):
    assert not (FINALS[task] & _dictated(loaded, task, prompt))


@pytest.mark.parametrize(
    ("task", "prompt"),
    [
        ("riddle", f"{RIDDLE_FR} Caroline en a une autre."),
        ("riddle", f"{RIDDLE_EN} Like Caroline, I have 1 sister too."),
        ("riddle", f"{RIDDLE_FR} Note : vérifier que le modèle trouve bien 1 sœur (pas 2, pas 6 !)"),
        ("coprime", f"{COPRIME} Réponse : oui, je sais que c'est facile."),
        ("coprime", f"{COPRIME} Yes, I know: they are coprime."),
        ("coprime", f"{COPRIME} Côté PGCD, j'ai trouvé 1."),
        ("parallel-line", f"{LINE} P.S. pour b j'avais trouvé -10 sur mon brouillon."),
        ("parallel-line", f"{LINE} J'ai trouvé -10 pour b hier soir."),
    ],
)
def test_gaming_twins_stay_dictated(loaded, task, prompt):
    assert FINALS[task] <= _dictated(loaded, task, prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Il nous reste 60 minutes de cours. Résume ce texte en 1 paragraphe de 60 mots au maximum.",
        "Résume ce texte en 1 petit paragraphe de 60 mots maximum.",
        "Summarise this text in 1 paragraph of 60 words at most.",
    ],
)
def test_one_paragraph_of_n_words_limits(prompt):
    assert structure.does("limit", prompt, data_words=330)


def test_a_texts_own_paragraph_is_no_limit():
    assert not structure.does("limit", "Le texte fait 1 paragraphe de 60 mots. Résume-le.", data_words=330)
