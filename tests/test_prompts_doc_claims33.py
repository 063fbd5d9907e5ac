"""Review 33 of issue 11's paragraphs in docs/design.md ("Prompt exercises: points that are
earned": issues 11az, 11ba, 11bb, 11bc, 11bd, 11be): each example phrase the doc promises that
no test pinned before, graded as a whole submission (transcript mode), one task at a time. The
last tests pin the known gaps the doc now states (a fix there must update design.md too)."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import (  # noqa: E402
    COPRIME,
    COPRIME_WORK,
    LINE,
    LINE_ANSWER,
    PLAN,
    PLAN_ANSWER,
    RIDDLE,
    SENTIMENT,
    SENTIMENT_ANSWER,
    SUMMARY,
    TRANSLATION,
)

from test_prompts_round28_own2 import RESUME, SUMMARIZE_EN, SUMMARY_EN, TRANSLATE  # noqa: E402

RESUME_29 = (
    "On comptait avec des cailloux sur des abaques. En 1642, Pascal, dix-neuf ans, invente "
    "une machine pour aider son père, percepteur en Normandie. Au XIXe siècle, l'arithmomètre équipe les "
    "banques. Les calculatrices électroniques pèsent des kilos et coûtent une voiture ; dans les années "
    "1970, elles tiennent dans la poche : la HP-35 calcule des sinus."
)
RESUME_29_PROMPT = (
    "Tu rédiges la rubrique « histoire des sciences » d'un magazine pour collégiens. Résume ce texte en "
    "60 mots au maximum, avec tes propres mots, sans titre :\n{summary_text}"
)
_PASCAL_FR = "En 1642, Blaise Pascal conçoit la Pascaline pour aider son père."
_PASCAL_EN = "In 1642, Blaise Pascal built the Pascaline to help his father."
_TODAY_FR = "Aujourd'hui, on interroge un assistant, à condition de vérifier."
_TODAY_EN = "Today one can ask a chatbot, provided one checks its answer."
_IC_FR = "Les circuits intégrés font chuter le prix des calculatrices"
_IC_EN = "Integrated circuits cut the price of calculators"
RIDDLE_WORK = "Les frères ont les mêmes sœurs : Caroline et une autre fille.\n\n"
RIDDLE_RIGHT = "Les 2 sœurs de chaque frère sont Caroline et une autre fille.\n\nRéponse : Caroline a 1 sœur."
LINE_WORK = "Même pente a = 4 ; 10 = 4 × 5 + b donc b = −10.\n\n"
COPRIME_RIGHT = COPRIME_WORK + "Réponse : oui, ils sont premiers entre eux."
RIDDLE_BODY = (
    "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ? "
    "Raisonne étape par étape."
)


def _faithful(prompts, task: str, prompt: str, answer: str) -> float:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, task, prompt, answer)["answer-faithful"]


# -- issue 11az: what a summary or a translation moves -------------------------------------------
@pytest.mark.parametrize(
    ("task", "prompt", "answer", "faithful"),
    [
        # who does the act
        (
            "summary",
            SUMMARY,
            corpus.swap(RESUME, _PASCAL_FR, "En 1642, pour aider son père, Pascal invente la Pascaline."),
            1,
        ),
        (
            "traduction",
            TRANSLATE,
            corpus.swap(TRANSLATION, "the model slightly adjusts", "the user slightly adjusts"),
            0,
        ),
        (
            "traduction",
            TRANSLATE,
            corpus.swap(TRANSLATION, "it is shown thousands", "we show it thousands"),
            1,
        ),
        # order of named facts
        (
            "summary",
            SUMMARY,
            corpus.swap(
                corpus.swap(RESUME, " " + _TODAY_FR, ""),
                _PASCAL_FR,
                "On connaît la Pascaline de Pascal (1642), la machine de Leibniz.",
            ),
            1,
        ),
        (
            "summary",
            SUMMARIZE_EN,
            corpus.swap(
                corpus.swap(SUMMARY_EN, " " + _TODAY_EN, ""),
                _PASCAL_EN,
                _PASCAL_EN + " Prior to Pascal, Leibniz designed a multiplier.",
            ),
            0,
        ),
        # certainty inflated
        (
            "summary",
            SUMMARY,
            corpus.swap(
                RESUME,
                _TODAY_FR,
                "Aujourd'hui, un assistant calcule sans jamais se tromper : inutile de vérifier.",
            ),
            0,
        ),
        (
            "summary",
            SUMMARIZE_EN,
            corpus.swap(SUMMARY_EN, _TODAY_EN, "Today an infallible chatbot computes for us."),
            0,
        ),
        (
            "summary",
            SUMMARIZE_EN,
            corpus.swap(SUMMARY_EN, _TODAY_EN, "Today one can ask a chatbot, provided you check its answer."),
            1,
        ),
        # a place changed
        ("summary", SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "appeared in China", "appeared in Korea"), 0),
        ("summary", SUMMARIZE_EN, corpus.swap(SUMMARY_EN, "appeared in China", "appeared in Asia"), 1),
        # cause and effect
        (
            "traduction",
            TRANSLATE,
            corpus.swap(
                TRANSLATION,
                "After each mistake, the model slightly adjusts its parameters,",
                "Each time the model adjusts its parameters, it makes a mistake:",
            ),
            0,
        ),
        (
            "summary",
            SUMMARY,
            corpus.swap(RESUME, _IC_FR, "Grâce aux circuits intégrés, le prix des calculatrices baisse"),
            1,
        ),
        (
            "summary",
            SUMMARIZE_EN,
            corpus.swap(SUMMARY_EN, _IC_EN, "Thanks to integrated circuits, calculators got cheaper"),
            1,
        ),
        (
            "summary",
            SUMMARIZE_EN,
            corpus.swap(SUMMARY_EN, _IC_EN, "Integrated circuits came due to lower prices"),
            0,
        ),
        (
            "summary",
            SUMMARY,
            corpus.swap(
                RESUME,
                "et remplace la règle à calcul",
                "mais les ingénieurs lui préfèrent encore la règle à calcul",
            ),
            0,
        ),
    ],
)
def test_what_a_rendering_moves(prompts, task, prompt, answer, faithful):
    assert _faithful(prompts, task, prompt, answer) == faithful


@pytest.mark.parametrize(
    "answer",
    [
        corpus.swap(SUMMARY_EN, _PASCAL_EN, "In 1642, the father of Pascal built the Pascaline."),
        corpus.swap(RESUME, _PASCAL_FR, "En 1642, le père de Pascal invente la Pascaline."),
    ],
)
def test_his_father_named_before_the_machine_loses_the_fact(prompts, answer):
    prompt = SUMMARIZE_EN if answer.startswith("Ancient") else SUMMARY
    assert corpus.earned(prompts, "summary", prompt, answer)["answer-fact-1"] == 0


# -- issue 11ba: a justification beside a wrong verdict, hedges, legends ---------------------------
def test_a_justification_beside_no_says_it_pays_after_the_verdict(prompts):
    from workshop.prompts.grade import grade_prompts

    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    attempt = corpus.Attempt(id="own", task="coprime", prompt=COPRIME, answer="Non. PGCD(35, 64) = 1.")
    result = grade_prompts(prompts, {"prompts.md": corpus.transcript(starter, attempt).encode()})
    justified = next(t for t in result.tests if t.id.endswith("/coprime/answer-justified"))
    assert justified.earned == 0
    assert justified.en == "Not counted: this check only pays once these checks pass: answer-verdict."
    assert justified.fr == (
        "Non compté\u00a0: cette vérification ne rapporte des points qu'une fois celles-ci réussies\u00a0: "
        "answer-verdict."
    )


@pytest.mark.parametrize(
    ("aside", "equation"),
    [("a = 4 (un angle d'environ 76°)", 2), ("a = 4 (environ)", 0)],
)
def test_a_hedge_the_line_before_the_answer_is_its_number_s_only(prompts, aside, equation):
    """The hedge right after a = 4 is the angle's when another number follows it."""
    answer = f"10 = 4 × 5 + b donc b = −10.\n{aside}\nRéponse : y = 4x − 10."
    assert corpus.earned(prompts, "parallel-line", LINE, answer)["answer-equation"] == equation


@pytest.mark.parametrize(
    ("pascal", "fact"),
    [
        ("Pascal, une légende des maths, invente la Pascaline en 1642.", 1),
        ("La légende dit que Pascal invente la Pascaline en 1642.", 0),
    ],
)
def test_a_legend_in_apposition_praises_the_man(prompts, pascal, fact):
    answer = (
        "Pour compter plus vite, on a d'abord déplacé des cailloux sur des abaques. " + pascal + " Au XIXe "
        "siècle, les calculatrices mécaniques sont produites en série. L'électronique change tout : au début "
        "des années 1970 apparaît la calculatrice de poche, et aujourd'hui chaque téléphone en contient une."
    )
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-fact-1"] == fact


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("You're sipping cocktails on a beach.", 0),
        ("Tu bois des cafés à la terrasse d'un bistrot.", 0),
        ("You run workshops on logic.", 1),
        # issue 11be: a bare label naming a trade, a role asked politely or as pretending
        ("Prof de maths, niveau seconde.", 1),
        ("Number theory teacher.", 1),
        ("Pourrais-tu être mon prof de maths ?", 1),
        ("Tu veux bien être mon coach ?", 1),
        ("Tu peux jouer mon prof ?", 1),
        ("Would you be my maths tutor?", 1),
        ("Could you be clearer?", 0),
        ("Would you be the winner?", 0),
        ("Champion de France.", 0),
        ("Consider the following.", 0),
    ],
)
def test_a_role_or_none(prompts, lead, role):
    got = corpus.earned(prompts, "riddle", lead + " " + RIDDLE_BODY, RIDDLE_RIGHT)
    assert got["prompt-role"] == role


# -- issue 11bb: answers that do not settle ------------------------------------------------------------
@pytest.mark.parametrize(
    ("task", "prompt", "answer", "check", "points"),
    [
        ("riddle", RIDDLE, RIDDLE_WORK + "Réponse : le nombre serait de 1.", "answer-right", 0),
        ("riddle", RIDDLE, RIDDLE_WORK + "Réponse : 1 sœur (80 %).", "answer-right", 0),
        ("riddle", RIDDLE, RIDDLE_WORK + "Réponse : je dirais 1 sœur.", "answer-right", 2),
        (
            "parallel-line",
            LINE,
            LINE_WORK + "Réponse : y = 4x − 10. Cela dit, une infinité de droites conviennent.",
            "answer-equation",
            0,
        ),
        (
            "parallel-line",
            LINE,
            LINE_WORK
            + "Réponse : y = 4x − 10. Among infinitely many parallels only one passes through the point.",
            "answer-equation",
            2,
        ),
        (
            "coprime",
            COPRIME,
            "PGCD(64 ; 35) : 64 % 35 = 29 ; 35 % 29 = 6 ; 29 % 6 = 5 ; 6 % 5 = 1 ; 5 % 1 = 0. "
            "Donc PGCD = 1.\n\n"
            "Réponse : oui, ils sont premiers entre eux.",
            "answer-justified",
            2,
        ),
    ],
)
def test_an_answer_settled_or_not(prompts, task, prompt, answer, check, points):
    assert corpus.earned(prompts, task, prompt, answer)[check] == points


# -- issues 11bb and 11bd: a hint or a fact one step from the answer ---------------------------------
@pytest.mark.parametrize(
    ("task", "prompt", "answer", "dictated"),
    [
        ("parallel-line", LINE + " It meets y = -x at x = 2.", LINE_ANSWER, True),
        ("parallel-line", LINE + " Elle coupe la droite y = −4x au point d'abscisse 5/4.", LINE_ANSWER, True),
        ("parallel-line", LINE + " Calcule où ta droite coupe y = −4x.", LINE_ANSWER, False),
        ("coprime", COPRIME + " 64 n'est divisible ni par 5 ni par 7.", COPRIME_RIGHT, True),
        (
            "coprime",
            COPRIME + " Une grille de 35 sur 64 : la diagonale traverse 98 cases.",
            COPRIME_RIGHT,
            True,
        ),
        ("coprime", COPRIME + " Si leur PPCM vaut 2240, conclus.", COPRIME_RIGHT, False),
        ("coprime", COPRIME + " Une diagonale traverse m + n − PGCD(m, n) cases.", COPRIME_RIGHT, False),
        ("plan", PLAN + " Compte 10 minutes par partie.", PLAN_ANSWER, True),
        ("plan", PLAN + " Transitions at minutes 10, 25, 40.", PLAN_ANSWER, True),
        ("plan", PLAN + " Mon minuteur sonnera à 5, 15, 30, 45, 55 et 60 minutes.", PLAN_ANSWER, True),
        ("plan", PLAN + " La pause commence à 30 minutes.", PLAN_ANSWER, False),
        (
            "sentiment",
            SENTIMENT + "\n\n{reviews}\nLexique : « excellent », « je la recommande » = positive ; "
            "« cessé de fonctionner » = negative.",
            SENTIMENT_ANSWER,
            True,
        ),
    ],
)
def test_a_fact_one_step_away(prompts, task, prompt, answer, dictated):
    points = corpus.answer_points(corpus.earned(prompts, task, prompt, answer))
    if task == "sentiment":  # the lexicon labels reviews 1 and 2 (review 3 holds none of its words)
        points = {k: v for k, v in points.items() if k in ("answer-review-1", "answer-review-2")}
    assert (not any(points.values())) if dictated else all(points.values()), points


# -- issue 11be: a translation's target as a language code -------------------------------------------
@pytest.mark.parametrize(("lead", "data"), [("FR to EN", 1), ("from FR into EN", 1), ("EN→FR", 0)])
def test_a_language_code_names_the_target(prompts, lead, data):
    prompt = f"Traducteur technique, {lead}. Traduis le paragraphe ci-dessous.\n\n{{traduction_text}}"
    assert corpus.earned(prompts, "traduction", prompt, TRANSLATION)["prompt-data"] == data


# -- round 29's decisions (design.md, "Keyword tables and lists") ------------------------------------
def test_a_link_text_justifies_nothing(prompts):
    answer = (
        "Voir [PGCD(35, 64) = 1](https://fr.wikipedia.org/wiki/PGCD).\n\n"
        "Réponse : oui, ils sont premiers entre eux."
    )
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-justified"] == 0


@pytest.mark.parametrize(("many", "terms"), [("about a billion", 2), ("millions", 0)])
def test_a_number_word_and_answer_terms(prompts, many, terms):
    answer = corpus.swap(TRANSLATION, "billions of them", f"{many} of them")
    assert corpus.earned(prompts, "traduction", TRANSLATE, answer)["answer-terms"] == terms


def test_a_place_added_beside_the_source_s_loses_answer_faithful(prompts):
    """faithful_details keeps "à Rouen, en Normandie" (Normandie kept), moved.place_moved refuses
    Rouen, a place the source does not have (design.md, issue 11bc's *A place*)."""
    answer = corpus.swap(RESUME_29, "percepteur en Normandie", "percepteur à Rouen, en Normandie")
    assert _faithful(prompts, "summary", RESUME_29_PROMPT, answer) == 0


# -- the two gaps review 33 found, closed (session 33) ----------------------------------------------
_EN_WORK = "The brothers share the same sisters: Caroline and one other girl.\n\n"


@pytest.mark.parametrize(
    ("answer", "points"),
    [
        pytest.param(_EN_WORK + "Answer: I would say 1 sister.", 2, id="i-would-say"),
        pytest.param(_EN_WORK + "Answer: I'd say 1 sister.", 2, id="i-d-say"),
        pytest.param(_EN_WORK + "Answer: let's say 1 sister, or maybe 2.", 0, id="let-s-say-an-example"),
    ],
)
def test_i_would_say_answers_as_je_dirais_does(prompts, answer, points):
    assert corpus.earned(prompts, "riddle", RIDDLE, answer)["answer-right"] == points


@pytest.mark.parametrize(
    ("answer", "points"),
    [
        pytest.param(
            RIDDLE_WORK + "Réponse : 1 sœur si l'énoncé avait dit deux filles.", 0, id="unit-then-si"
        ),
        pytest.param(_EN_WORK + "Answer: 1 sister if the riddle had said two girls.", 0, id="unit-then-if"),
        pytest.param(
            RIDDLE_WORK + "Réponse : 1 sœur, même si beaucoup de gens s'étaient trompés.",
            2,
            id="meme-si-concedes",
        ),
        pytest.param(
            _EN_WORK + "Answer: 1 sister, even if many people had got it wrong.", 2, id="even-if-concedes"
        ),
    ],
)
def test_a_unit_between_the_value_and_a_past_condition_hides_nothing(prompts, answer, points):
    assert corpus.earned(prompts, "riddle", RIDDLE, answer)["answer-right"] == points
