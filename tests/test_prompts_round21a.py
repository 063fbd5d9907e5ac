"""Issue 11ai's own variants of red team 11za's round 21a classes (tests/prompts_corpus/
round21a_*.toml), written before their fixes and in other words than the red team's: each
right answer keeps its answer points, and each gaming form earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, COPRIME_WORK, LINE, PLAN, PLAN_ANSWER, RIDDLE, SUMMARY  # noqa: E402


def _riddle(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "riddle", RIDDLE, answer)


def _line(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "parallel-line", LINE, answer)


def _coprime(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "coprime", COPRIME, answer)


def _summary(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "summary", SUMMARY, answer)


def _plan(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "plan", PLAN, answer)


# -- a. a number that answers a question of the text answers that question ------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Quelles filles un frère a-t-il pour sœurs ? Toutes celles de la famille.\n"
        "Et combien cela fait-il ? 2.\nCaroline a donc 1 sœur.",
        "Combien de sœurs compte chaque frère ? Deux.\nL'une d'elles est Caroline, donc Caroline a 1 sœur.",
        "Les sœurs d'un frère : il y en a 2, Caroline comprise.\nCaroline a donc 1 sœur.",
        "How many girls are in the family? 2.\nSo Caroline has 1 sister.",
        "How many sisters does every brother have? Two.\nOne of them is Caroline, so Caroline has 1 sister.",
    ],
)
def test_a_a_number_answering_the_texts_own_question_is_no_candidate(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Combien de sœurs a Caroline ? 1.",  # the task's own question answered: the answer
        "How many sisters does Caroline have? 1.",
        "Quelle est la réponse ? 1.",
    ],
)
def test_a_the_tasks_own_question_answered_bare_is_the_answer(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Combien de sœurs a chaque frère ? 1.\nCaroline a donc 2 sœurs.",  # the trap, still
        "Combien de sœurs a Caroline ? 2.",
        "Combien de sœurs a chaque frère, Caroline mise à part ? Réponse : 1",  # another question
    ],
)
def test_a_a_wrong_or_other_answer_stays_refused(prompts, answer):
    assert _riddle(prompts, answer)["answer-right"] == 0


# -- b. a reservation that leaves the verdict open is a hedge --------------------------------
_PROVISIONAL = [
    "jusqu'à preuve du contraire",
    "jusqu'à nouvel ordre",
    "sauf preuve contraire",
    "à ma connaissance",
    "pour autant que je sache",
    "until proven otherwise",
    "as far as I know",
    "to the best of my knowledge",
]


@pytest.mark.parametrize("reservation", _PROVISIONAL)
def test_b_a_provisional_verdict_is_hedged(prompts, reservation):
    earned = _coprime(prompts, COPRIME_WORK + f"Oui, 35 et 64 sont premiers entre eux, {reservation}.")
    assert earned["answer-verdict"] == 0


@pytest.mark.parametrize("reservation", _PROVISIONAL)
def test_b_a_provisional_count_is_hedged(prompts, reservation):
    earned = _riddle(prompts, f"Les frères partagent les mêmes sœurs. Caroline a 1 sœur, {reservation}.")
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize("reservation", ["jusqu'à nouvel ordre", "as far as I can tell"])
def test_b_a_provisional_line_is_hedged(prompts, reservation):
    earned = _line(prompts, f"Même pente 4 et b = −10 ({reservation}) : y = 4x − 10.")
    assert earned["answer-equation"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        # "jusqu'à" and "until" that bound something else are no reservation
        COPRIME_WORK + "On divise jusqu'à obtenir un reste nul : PGCD = 1. Oui, ils sont premiers entre eux.",
        COPRIME_WORK + "Keep dividing until the remainder is 0: the gcd is 1. Yes, they are coprime.",
    ],
)
def test_b_until_in_the_working_is_no_hedge(prompts, answer):
    earned = _coprime(prompts, answer)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


# -- c. a count or value left in terms of an unknown states no number ------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Soit g le nombre de filles. Réponse : Caroline a g − 1 sœurs.",
        "Caroline a n - 1 sœurs, où n est le nombre de filles de la famille.",
        "Let k be the number of girls. Caroline has k − 1 sisters.",
        "Caroline a 1 + m sœurs, m restant à déterminer.",
    ],
)
def test_c_a_count_in_terms_of_an_unknown_is_no_count(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        # (a letter's own value, "g = 2", is read as a candidate as before: the answer line
        # settles it, as in r21af-riddle-variable-evaluated)
        "Soit g le nombre de filles : g = 2. Caroline a g − 1 = 2 − 1 = 1 sœur.\n\nRéponse : 1 sœur.",
        "Let k be the number of girls; k = 2, so Caroline has k − 1 = 1 sister.\n\nAnswer: 1 sister.",
    ],
)
def test_c_an_unknown_evaluated_still_counts(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize(
    "answer",
    ["Même pente : a = 4. Et b = k − 10, k à fixer. Donc y = 4x + k − 10.", "a = 4 ; b = c - 10."],
)
def test_c_an_intercept_in_terms_of_an_unknown_is_no_value(prompts, answer):
    earned = _line(prompts, answer)
    assert earned["answer-intercept"] == 0 and earned["answer-equation"] == 0


def test_c_a_gcd_in_terms_of_an_unknown_is_no_gcd(prompts):
    earned = _coprime(prompts, "PGCD(35, 64) = d − 1, où d reste à calculer. Donc oui.")
    assert earned["answer-justified"] == 0


# -- d. a count narrowed to some, or taken back by its reason --------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : Caroline a 1 sœur ; des autres sœurs possibles, on ne sait rien.",
        "Caroline a 1 sœur. Pour les autres, impossible de savoir avec l'énoncé.",
        "Caroline has 1 sister; any other sisters are unknown.",
        "Caroline a 1 sœur qui habite encore chez leurs parents.",
        "Caroline has 1 sister who still lives at home.",
    ],
)
def test_d_a_count_that_leaves_the_rest_open_is_no_answer(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Caroline a 1 sœur, étant donné qu'elle est la seule fille.",
        "Réponse : 1 sœur (Caroline est fille unique).",
        "Caroline has 1 sister because she is the only daughter.",
        "Caroline has 1 sister: she is an only child.",
    ],
)
def test_d_a_reason_that_counts_no_sister_takes_the_count_back(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Caroline n'est pas la seule fille : chaque frère a 2 sœurs. Réponse : Caroline a 1 sœur.",
        "Caroline is not the only girl, since each brother has 2 sisters. So Caroline has 1 sister.",
        "Les frères ont les mêmes sœurs : Caroline et une autre fille. Les autres enfants sont des "
        "garçons. Réponse : Caroline a 1 sœur.",
        "Caroline a 1 sœur, qui vit à Lyon.",  # a remark about the one sister
    ],
)
def test_d_the_others_named_or_the_only_girl_denied_keep_the_count(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


# -- e. an expected, planned, hoped-for or dreamt fact is no fact ----------------------------
_ABACUS = "Pour compter plus vite, on a d'abord déplacé des cailloux sur des abaques. "
_PASCAL = "En 1642, le jeune Blaise Pascal conçoit la Pascaline, une machine qui additionne. "
_POCKET = (
    "Au début des années 1970 apparaît la calculatrice de poche, et aujourd'hui chaque téléphone en "
    "contient une."
)


@pytest.mark.parametrize(
    ("answer", "fact"),
    [
        (
            _ABACUS + _PASCAL + "La calculatrice de poche était attendue dans les années 1970, mais elle a "
            "beaucoup tardé ; aujourd'hui chaque téléphone en contient une.",
            "answer-fact-2",
        ),
        (
            _ABACUS + _PASCAL + "On prévoyait la calculatrice de poche pour les années 1970 ; aujourd'hui "
            "chaque téléphone en contient une.",
            "answer-fact-2",
        ),
        (
            _ABACUS
            + "Dès 1642, Blaise Pascal espérait une Pascaline qui additionne, sans jamais la finir. "
            + _POCKET,
            "answer-fact-1",
        ),
        (
            _ABACUS + "Le jeune Blaise Pascal rêvait en 1642 d'une Pascaline qui additionne, sans la "
            "construire. " + _POCKET,
            "answer-fact-1",
        ),
        (
            "People first counted with pebbles on abacuses. In 1642, young Blaise Pascal built the "
            "Pascaline, an adding machine. The pocket calculator was expected in the 1970s but came much "
            "later; today every phone holds one.",
            "answer-fact-2",
        ),
    ],
)
def test_e_a_fact_only_expected_or_dreamt_is_not_stated(prompts, answer, fact):
    earned = _summary(prompts, answer)
    assert earned[fact] == 0 and earned["answer-faithful"] == 0


def test_e_a_wish_the_story_carries_out_stays_a_fact(prompts):
    answer = (
        _ABACUS + "En 1642, Blaise Pascal, qui voulait aider son père, conçoit la Pascaline, une "
        "machine qui additionne. " + _POCKET
    )
    earned = _summary(prompts, answer)
    assert earned["answer-fact-1"] == 1 and earned["answer-fact-2"] == 1 and earned["answer-faithful"] == 1


# -- f. a part outside the talk is not part of its hour -----------------------------------------
@pytest.mark.parametrize(
    "first",
    [
        "Accueil et café, avant le début de la présentation (10 min)",
        "Réglage du micro, avant l'entrée des participants (10 min)",
        "Setting up the projector, before the talk (10 min)",
    ],
)
def test_f_a_part_before_the_talk_is_outside_its_hour(prompts, first):
    answer = (
        f"1. {first}\n2. Qu'est-ce que l'IA générative ? (15 min)\n3. Comment un modèle de langage "
        "apprend (15 min)\n4. Démonstration de ChatGPT (10 min)\n5. Limites et risques (10 min)"
    )
    earned = _plan(prompts, answer)
    assert earned["answer-sections"] == 0 and earned["answer-topic"] == 0


def test_f_a_part_after_the_audience_left_is_outside_its_hour(prompts):
    answer = (
        "1. Qu'est-ce que l'IA générative ? (15 min)\n2. Comment un modèle de langage apprend (15 min)\n"
        "3. Démonstration de ChatGPT (10 min)\n4. Limites et risques (10 min)\n"
        "5. Rangement de la salle, une fois le public parti (10 min)"
    )
    earned = _plan(prompts, answer)
    assert earned["answer-sections"] == 0


def test_f_a_part_inside_the_talk_stays_a_part(prompts):
    answer = PLAN_ANSWER.replace("(10 min)\n2.", "(10 min, avant la fin de la partie, un quiz)\n2.", 1)
    assert answer != PLAN_ANSWER
    earned = _plan(prompts, answer)
    assert earned["answer-sections"] == 3 and earned["answer-topic"] == 1


# -- g. decided: a test asked of a machine states what its printed result says --------------
@pytest.mark.parametrize(
    ("answer", "justified"),
    [
        ("```\nsqlite> SELECT gcd(35, 64) = 1;\n0|f\n```\nDonc non.", 0),
        ("```\n>>> math.gcd(35, 64) == 1\nFalse\n```\nOui, ils sont premiers entre eux.", 0),
        ("```\n=> SELECT gcd(35, 64) = 1 AS ok;\n ok\n----\n f\n(1 row)\n```", 0),
        ("```\n=> SELECT gcd(35, 64) = 1 AS ok;\n```\nOui.", 0),  # asked, never answered
        ("```\n=> SELECT gcd(35, 64) = 1 AS ok;\n ok\n----\n t\n(1 row)\n```\nOui, PGCD = 1.", 2),
        ("```\n>>> math.gcd(35, 64) == 1\nTrue\n```\nOui, leur PGCD vaut 1, ils sont premiers entre eux.", 2),
    ],
)
def test_g_a_gcd_test_states_what_its_result_says(prompts, answer, justified):
    assert _coprime(prompts, answer)["answer-justified"] == justified


# -- g. decided: emoji and arrows pad no summary up to its floor ------------------------------
@pytest.mark.parametrize(
    "padding", ["🧮 ⚙️ 📟 📱 💡 ✨ 🚀 🔢 ➕ ➖", "→ → → → → → → → → →", "🧮 → ⚙️ → 📟 → 📱 → ✨ 🎉"]
)
def test_g_symbols_pad_no_summary_up_to_twenty_words(prompts, padding):
    answer = "Du caillou au téléphone, le calcul n'a cessé de devenir plus simple et plus rapide. " + padding
    assert _summary(prompts, answer)["answer-length"] == 0


def test_g_a_summary_of_twenty_words_keeps_its_length_with_an_emoji(prompts):
    answer = (
        "Du caillou au téléphone, le calcul n'a cessé de devenir plus simple, plus rapide et plus "
        "accessible à tous, des marchands aux écoliers. 📱"
    )
    assert _summary(prompts, answer)["answer-length"] == 2


# -- g. decided: hashtags after a whole summary cut no sentence off ---------------------------
def test_g_hashtags_after_a_summary_keep_its_length(prompts):
    answer = (
        "Des cailloux des abaques à la Pascaline de 1642, puis aux calculatrices de poche des années "
        "1970, le calcul est devenu toujours plus rapide et plus simple.\n\n#calcul #histoire #Pascal"
    )
    assert _summary(prompts, answer)["answer-length"] == 2


def test_g_hashtags_alone_are_still_no_summary(prompts):
    answer = "#calcul #histoire #Pascal #Pascaline #abaque #HP35 #poche #1642 #1970 #téléphone " * 3
    assert _summary(prompts, answer)["answer-length"] == 0


# -- decided: a grade the answer gives itself at its end is a verdict, not the text ----------
_TRANSLATION = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands "
    'of labelled photos, for example "chihuahua" or "muffin". With each mistake, the model slightly '
    "adjusts its parameters, that is, the numbers that determine its answers. A large language model "
    "has billions of them. Once trained, it can recognise images it has never seen, but it can also be "
    "wrong with great confidence."
)
_TRANSLATE = (
    "Tu es traducteur technique. Traduis ce paragraphe en anglais, sans note ni commentaire.\n"
    "{traduction_text}"
)


@pytest.mark.parametrize(
    "grade", [" (9/10)", "\n\nScore : 10/10", "\n\nNote: 10 sur 10", " ✅", "\n\nQuality: 10 out of 10."]
)
def test_self_grade_ends_no_faithful_translation_nor_summary(prompts, grade):
    earned = corpus.earned(prompts, "traduction", _TRANSLATE, _TRANSLATION + grade)
    assert earned["answer-faithful"] == 0  # ("Note: 10 sur 10" is French too: english 0 as well)
    summary = _summary(
        prompts,
        "Pour compter plus vite, on a d'abord déplacé des cailloux sur des abaques. "
        + _PASCAL
        + _POCKET
        + grade,
    )
    assert summary["answer-faithful"] == 0


def test_a_faithful_translation_and_summary_without_a_grade_stay_faithful(prompts):
    earned = corpus.earned(prompts, "traduction", _TRANSLATE, _TRANSLATION)
    assert earned["answer-faithful"] == 1
    summary = _summary(
        prompts,
        "Pour compter plus vite, on a d'abord déplacé des cailloux sur des abaques. " + _PASCAL + _POCKET,
    )
    assert summary["answer-faithful"] == 1
