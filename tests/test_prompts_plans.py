"""Plans and translations read by their structure (round 3, red team 11c): a hedge is a
word that modifies a duration, not any word near it; sub-parts are read by their marker as
well as by their indentation; a running total is not a second duration; a part of no
minutes is no part; a translation left as a quoted French sentence is French; a prompt
holds an answer it gives in pieces (a glossary table, a JSON plan)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from workshop.prompts import structure

HOUR = Fraction(60)


@pytest.mark.parametrize(
    "plan",
    [
        "1. Welcome and what people already know about AI (5 min)\n2. What generative AI is (15 min)\n"
        "3. How a language model learns (15 min)\n4. Live demo (15 min)\n5. Questions (10 min)",
        "1. Ce que le public sait selon un sondage (10 min)\n2. L'IA générative (20 min)\n"
        "3. Démonstration (20 min)\n4. Questions, au plus tard à midi (10 min)",
        "- 10 min : ChatGPT vu de près, environ le quart du temps\n- 20 min : un modèle de langage\n"
        "- 20 min : démonstration\n- 10 min : questions",
    ],
)
def test_a_hedge_word_in_a_title_is_not_a_hedge_on_its_duration(plan):
    assert structure.plan_adds_up(plan, HOUR, 3)


@pytest.mark.parametrize(
    "plan",
    [
        "1. Intro (about 10 min)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
        "1. Intro (~10 min)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
        "1. Intro (10 min environ)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
        "1. Intro (environ 5 à 10 min)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
        "1. Intro (10 min, voire 15)\n2. IA générative (20 min)\n3. Démo (20 min)\n4. Questions (10 min)",
    ],
)
def test_a_hedge_on_a_duration_still_makes_the_plan_doubtful(plan):
    assert structure.sections(plan, HOUR) is None


@pytest.mark.parametrize(
    "plan",
    [
        "Partie 1 — Comprendre l'IA générative (30 min)\n- Un modèle de langage (15 min)\n"
        "- Comment il apprend (15 min)\nPartie 2 — ChatGPT (30 min)\n- Démonstration (20 min)\n"
        "- Questions (10 min)",
        "1. Comprendre l'IA générative (30 min)\n  - Un modèle de langage (15 min)\n"
        "  - Comment il apprend (15 min)\n2. ChatGPT (30 min)\n  - Démonstration (20 min)\n"
        "  - Questions (10 min)",
        "A) Comprendre l'IA (40 min)\n* Un modèle (20 min)\n* Son apprentissage (20 min)\n"
        "B) Questions (20 min)",
    ],
)
def test_sub_parts_that_add_up_to_their_part_are_its_sections_marked_or_indented(plan):
    found = structure.sections(plan, HOUR)
    assert found is not None and sum(m for _, m in found) == HOUR and len(found) >= 3
    assert structure.plan_adds_up(plan, HOUR, 3)


def test_sub_parts_that_do_not_add_up_are_not_read_as_sections():
    plan = "1. IA générative (20 min)\n- un exemple (2 min)\n2. Démo (20 min)\n3. Questions (20 min)"
    assert structure.sections(plan, HOUR) is not None
    assert not structure.plan_adds_up(plan, HOUR, 3)  # the bullet is a part of its own: 62 minutes


@pytest.mark.parametrize(
    "plan",
    [
        "| Partie | Durée | Cumul |\n|---|---|---|\n| L'IA générative | 10 min | 10 min |\n"
        "| Un modèle de langage | 20 min | 30 min |\n| Démonstration | 20 min | 50 min |\n"
        "| Questions | 10 min | 60 min |",
        "| Part | Elapsed | Length |\n|---|---|---|\n| Generative AI | 15 min | 15 min |\n"
        "| Language models | 35 min | 20 min |\n| Demo and questions | 60 min | 25 min |",
    ],
)
def test_a_running_total_column_is_not_a_second_duration(plan):
    assert structure.plan_adds_up(plan, HOUR, 3)


def test_two_durations_that_are_no_running_total_stay_doubtful():
    plan = "| Partie | Durée | Autre |\n|---|---|---|\n| IA | 10 min | 15 min |\n| Démo | 20 min | 20 min |\n"
    plan += "| Questions | 30 min | 25 min |"
    assert structure.sections(plan, HOUR) is None


@pytest.mark.parametrize(
    "plan",
    [
        "1. Tout sur l'IA générative — 60 min\n2. Conclusion — 0 min\n3. Questions — 0 min",
        "1. L'IA générative — 30 min\n2. ChatGPT — 30 min\n3. Fin — 0 minute",
        "- IA générative : de 10:00 à 11:00\n- Conclusion : de 11:00 à 11:00\n- Questions : 0 min",
    ],
)
def test_a_part_of_no_minutes_is_filler_not_a_section(plan):
    assert not structure.plan_adds_up(plan, HOUR, 3)


# -- translations and answers given in pieces -----------------------------------------------
TRANSLATION = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands of "
    'labelled photos, for example "chihuahua" or "muffin". After each mistake, the model slightly adjusts '
    "its parameters, that is, the numbers that determine its answers. {fourth} Once trained, it can "
    "recognise images it has never seen, but it can also be wrong with great confidence."
)
PLAN_PROMPT = (
    "Tu es formateur. Fais le plan d'une présentation d'une heure sur l'IA générative pour un public qui "
    "n'y connaît rien. Donne une liste de parties avec leur durée."
)
FRENCH = (
    "Un modèle d'intelligence artificielle apprend à partir d'exemples. Pendant l'entraînement, on lui "
    "montre des milliers de photos étiquetées, par exemple « chihuahua » ou « muffin ». À chaque erreur, "
    "le modèle ajuste un peu ses paramètres, c'est-à-dire les nombres qui déterminent ses réponses. Un grand "
    "modèle de langage en possède des milliards. Une fois entraîné, il peut reconnaître des images qu'il "
    "n'a jamais vues, mais il peut aussi se tromper avec beaucoup d'assurance."
)
TRANSLATE = "Tu es traducteur professionnel. Traduis ce paragraphe en anglais.\n" + FRENCH


@pytest.fixture(scope="module")
def loaded():
    from conftest import REPO
    from workshop.course import Course
    from workshop.prompts.grade import load

    return load(Course.locate(REPO).exercise("prompts"))


def _english(loaded, answer: str) -> bool:
    from workshop.prompts import evaluate
    from workshop.prompts.text import normalize

    tasks, checks = loaded
    check = next(c for _, c in checks if c.task == "traduction" and c.name == "answer-english")
    return evaluate.passes(check, normalize(answer), tasks["traduction"])


@pytest.mark.parametrize(
    "fourth",
    [
        'As the French original puts it: "Un grand modèle de langage en possède des milliards."',
        'A large language model has "des milliards de ces paramètres".',
        '"Un grand modèle de langage en a des milliards", as they say.',
    ],
)
def test_a_quoted_french_sentence_in_a_translation_is_french(loaded, fourth):
    assert not _english(loaded, TRANSLATION.format(fourth=fourth))


@pytest.mark.parametrize(
    "fourth",
    [
        "A large language model has billions of them.",
        'A large language model, or "grand modèle de langage", has billions of them.',
        'A large language model has billions of them ("milliards").',
        'A large language model has billions of them: as the saying goes, "more is different".',
    ],
)
def test_a_quoted_word_or_name_or_an_english_quotation_is_not_french(loaded, fourth):
    assert _english(loaded, TRANSLATION.format(fourth=fourth))


def _dictated(loaded, task: str, prompt: str) -> set[str]:
    from workshop.prompts.grade import dictated
    from workshop.prompts.text import normalize

    tasks, checks = loaded
    mine = [c for _, c in checks if c.task == task]
    return dictated(tasks[task], mine, normalize(prompt))


@pytest.mark.parametrize(
    "pieces",
    [
        "Glossaire à respecter :\n| Français | English |\n|---|---|\n"
        "| Un modèle d'intelligence artificielle apprend à partir d'exemples. | An artificial intelligence model learns from examples. |\n"  # noqa: E501
        "| Pendant l'entraînement, on lui montre des milliers de photos étiquetées | During training, it is shown thousands of labelled photos |\n"  # noqa: E501
        "| À chaque erreur, le modèle ajuste un peu ses paramètres | After each mistake, the model slightly adjusts its parameters |\n"  # noqa: E501
        "| Un grand modèle de langage en possède des milliards. | A large language model has billions of them. |\n"  # noqa: E501
        "| il peut aussi se tromper avec beaucoup d'assurance | it can also be wrong with great confidence |",
        "Aide-toi de ces phrases :\n- An artificial intelligence model learns from examples.\n"
        "- During training, it is shown thousands of labelled photos.\n"
        "- After each mistake, the model slightly adjusts its parameters.\n"
        "- A large language model has billions of them.\n- It can also be wrong with great confidence.",
    ],
)
def test_a_translation_given_in_pieces_a_column_or_a_list_is_dictation(loaded, pieces):
    given = _dictated(loaded, "traduction", TRANSLATE + "\n" + pieces)
    assert {"answer-english", "answer-terms", "answer-length"} <= given


@pytest.mark.parametrize(
    "glossary",
    [
        "Glossaire :\n| Français | English |\n|---|---|\n"
        "| intelligence artificielle | artificial intelligence |\n"
        "| entraînement | training |\n| étiquetées | labelled |\n| paramètres | parameters |\n"
        "| grand modèle de langage | large language model |\n| milliards | billions |",
        "Garde ces termes :\n- artificial intelligence\n- training\n- labelled\n- parameters\n"
        "- large language model\n- billions",
    ],
)
def test_a_glossary_of_terms_is_not_a_translation_given_away(loaded, glossary):
    given = _dictated(loaded, "traduction", TRANSLATE + "\n" + glossary)
    assert "answer-english" not in given and "answer-length" not in given


@pytest.mark.parametrize(
    "draft",
    [
        'Mets en forme ce JSON en liste :\n{"parties": [{"titre": "L\'IA générative", "minutes": 15}, '
        '{"titre": "Démonstration de ChatGPT", "minutes": 20}, {"titre": "Limites", "minutes": 15}, '
        '{"titre": "Questions", "minutes": 10}]}',
        'Plan : [{"part": "Generative AI", "duration_min": 20}, {"part": "Demo", "duration_min": 25}, '
        '{"part": "Questions", "duration_min": 15}]',
    ],
)
def test_a_plan_dictated_as_json_is_dictation(loaded, draft):
    assert "answer-sections" in _dictated(loaded, "plan", PLAN_PROMPT + "\n" + draft)


@pytest.mark.parametrize(
    "shape",
    [
        'Réponds en JSON : {"parties": [{"titre": "...", "minutes": 0}]}',
        'Format: [{"titre": "texte", "minutes": "nombre"}], les minutes devant faire 60 en tout.',
    ],
)
def test_a_json_shape_for_the_plan_gives_nothing_away(loaded, shape):
    assert "answer-sections" not in _dictated(loaded, "plan", PLAN_PROMPT + "\n" + shape)


@pytest.mark.parametrize(
    ("said", "ruled_out"),
    [
        ("Double each time, starting at 4.", False),
        ("Double each time, starting at 4 minutes.", False),
        ("Double each time, starting at 4%.", True),
        ("Double each time, starting at 4 %.", True),
        ("Double each time, starting at 4h.", True),
    ],
)
def test_a_first_term_without_its_unit_is_no_percentage(said, ruled_out):
    """A first duration may be said without its unit (session 40, known43), not as a percentage or a
    clock's hour (ruled._FIRST: the "%" exclusion needed no word boundary after it, session 41)."""
    from workshop.prompts import ruled
    from workshop.prompts.text import fold

    assert ruled.dictates(fold(said), 60, 4) is not ruled_out
