"""Issue 11ak's own variants of red team 11zc's round 22a classes (tests/prompts_corpus/
round22a_*.toml), written before their fixes and in other words than the red team's: each
right answer keeps its answer points, and each gaming form earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, COPRIME_WORK, LINE, PLAN, RIDDLE, SENTIMENT, SENTIMENT_JSON, SUMMARY  # noqa: E402

from workshop.prompts.grade import grade_prompts  # noqa: E402
from workshop.prompts.llm import LlmClient, LlmSettings, Usage  # noqa: E402

SENTIMENT_FULL = corpus._fill(SENTIMENT + "\n{reviews}")


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


# -- a. a count whose holder is the brothers is theirs, wherever it stands ------------------
@pytest.mark.parametrize(
    "answer",
    [
        # after the answer line, in a parenthesis, in a second sentence, in English
        "Réponse : Caroline a 1 sœur (chacun de ses frères a 2 sœurs, elle comprise).",
        "Réponse : 1 sœur. Les 3 frères, eux, ont chacun 2 sœurs.",
        "Réponse : Caroline a une sœur ; chaque garçon de la famille en a deux.",
        "Answer: 1 sister. Each of the 3 brothers has 2 sisters, Caroline included.",
        "Answer: Caroline has 1 sister (her brothers each have 2).",
        # a verbless shorthand, before the conclusion
        "Frères : 3, avec 2 sœurs chacun ⇒ 2 filles en tout.\nCaroline a donc 1 sœur.",
        "3 brothers, 2 sisters each -> 2 girls.\nSo Caroline has 1 sister.",
    ],
)
def test_a_the_brothers_count_is_no_candidate_for_hers(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : Caroline a 2 sœurs, comme chacun de ses frères.",  # the subject holds it
        "Chaque frère a 2 sœurs. Caroline a donc 2 sœurs elle aussi.",
        "Caroline a 1 sœur. Ses frères en ont 2 chacun, et Caroline a 2 sœurs aussi.",
        "Réponse : chaque frère a 1 sœur.",  # the brothers' count is no answer for her
    ],
)
def test_a_the_trap_or_the_brothers_count_alone_stays_refused(prompts, answer):
    assert _riddle(prompts, answer)["answer-right"] == 0


# -- b. a verdict held as a rule, in theory, on average or as a bet is hedged -------------
_PROBABLE = [
    "normalement",
    "en principe",
    "théoriquement",
    "en théorie",
    "en moyenne",
    "(sans garantie)",
    "si on veut",
    "normally",
    "in principle",
    "on average",
    "in theory",
]


@pytest.mark.parametrize("hedge", _PROBABLE)
def test_b_a_probable_count_is_hedged(prompts, hedge):
    earned = _riddle(prompts, f"Les frères ont les mêmes sœurs. Caroline a 1 sœur, {hedge}.")
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize("hedge", _PROBABLE)
def test_b_a_probable_verdict_is_hedged(prompts, hedge):
    earned = _coprime(prompts, COPRIME_WORK + f"Oui, {hedge}, 35 et 64 sont premiers entre eux.")
    assert earned["answer-verdict"] == 0


@pytest.mark.parametrize("hedge", _PROBABLE)
def test_b_a_probable_line_is_hedged(prompts, hedge):
    assert _line(prompts, f"Même pente 4 et b = −10 : {hedge}, y = 4x − 10.")["answer-equation"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Je miserais sur 1 sœur, à deux contre un.",
        "I'd bet on 1 sister, 3 to 1 odds.",
        "Réponse : je parie que Caroline a 1 sœur.",
    ],
)
def test_b_a_bet_is_hedged(prompts, answer):
    assert _riddle(prompts, answer)["answer-right"] == 0


def test_b_a_bet_on_a_verdict_is_hedged(prompts):
    assert _coprime(prompts, "Je parierais sur oui, PGCD(35, 64) = 1 à 5 contre 1.")["answer-verdict"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        # "si l'on veut" that a verb follows is a step of the working
        "Si l'on veut vérifier : chaque frère a 2 sœurs, Caroline et une autre. Caroline a donc 1 sœur.",
        "If you want to check: each brother has 2 sisters, Caroline and one more. So Caroline has 1 sister.",
    ],
)
def test_b_a_step_of_the_working_is_no_hedge(prompts, answer):
    assert _riddle(prompts, answer)["answer-right"] == 2


# -- c. a value made absurd by its own wording ------------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : Caroline a 1 sœur et demie.",
        "Answer: one sister and a half.",
        "Caroline a une sœur et un quart.",
    ],
)
def test_c_a_fraction_added_in_words_changes_the_count(prompts, answer):
    assert _riddle(prompts, answer)["answer-right"] == 0


@pytest.mark.parametrize("answer", ["Réponse : y = 4x − 10 et demi.", "Answer: y = 4x - 10 and a half."])
def test_c_a_fraction_added_in_words_changes_the_line(prompts, answer):
    earned = _line(prompts, answer)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : une sœur : elle-même.",
        "Caroline a 1 sœur, c'est-à-dire Caroline elle-même.",
        "Answer: 1 sister, namely herself.",
        "Caroline has one sister, who is herself.",
    ],
)
def test_c_the_subject_as_her_own_sister_is_no_count(prompts, answer):
    assert _riddle(prompts, answer)["answer-right"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : Caroline a 1 sœur, sans compter elle-même.",
        "Answer: Caroline has 1 sister besides herself.",
        "Réponse : Caroline a 1 sœur et 3 frères.",
        "Réponse : Caroline a 1 sœur et une demi-sœur ? Non : 1 sœur.",
    ],
)
def test_c_herself_excluded_or_another_word_keeps_the_count(prompts, answer):
    assert _riddle(prompts, answer)["answer-right"] == 2


# -- d. a value that is not the model's own result ---------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Pente 4 ; b = 10 − 20,5 = −10,5.\nRéponse : y = 4x − 10.",
        "The slope is 4, and b = 10 - 4*5.1 = -10.4. Answer: y = 4x - 10.",
        "Réponse : y = 4x − 10 (valeur arrondie).",
        "Answer: y = 4x - 10 (rounded).",
    ],
)
def test_d_a_final_value_that_is_not_the_workings_result_is_no_answer(prompts, answer):
    earned = _line(prompts, answer)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Réponse : y = 4x + b, avec par exemple b = −10.",
        "The parallel lines are y = 4x + b; for instance b = -10, so y = 4x - 10.",
        "Any line y = 4x + b works, say y = 4x − 10.",
        "Réponse : y = 4x + b (b = −10 par exemple).",
    ],
)
def test_d_a_value_given_as_an_example_is_no_answer(prompts, answer):
    earned = _line(prompts, answer)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        "Même pente 4 ; b = 10 − 4 × 5 = −10.\nRéponse : y = 4x − 10.",
        "Réponse : y = 4x − 10 (par exemple, le point (5, 10) vérifie 4 × 5 − 10 = 10).",
    ],
)
def test_d_a_whole_working_or_an_example_of_a_check_keeps_the_line(prompts, answer):
    earned = _line(prompts, answer)
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


# -- f. the two modes read the same answer: without its HTML comments -----------------------
_COMMENTED = [
    "```json\n" + SENTIMENT_JSON + "\n```\n<!-- généré en 0,4 s -->",
    SENTIMENT_JSON + "\n<!-- model: gpt, temperature 0 -->",
    "<!-- sortie brute -->\n" + SENTIMENT_JSON,
]


def _sentiment_checks(result) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return {k: e for k, (e, _) in corpus.task_results(result, "sentiment").items() if k.startswith("answer")}


@pytest.mark.parametrize("answer", _COMMENTED)
def test_f_a_json_answer_with_an_html_comment_reads_the_same_in_both_modes(prompts, fake, tmp_path, answer):
    attempt = corpus.Attempt(id="f", task="sentiment", prompt=SENTIMENT_FULL, answer=answer)
    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    text = corpus.transcript(starter, attempt).encode()
    transcript = _sentiment_checks(grade_prompts(prompts, {"prompts.md": text}))
    fake.obey = True
    fake.answers = {SENTIMENT_FULL: answer}
    settings = LlmSettings(
        base_url=fake.base_url, model="fake", samples=1, cache_dir=tmp_path / "cache", timeout_s=5
    )
    live = _sentiment_checks(
        grade_prompts(prompts, {"prompts.md": text}, LlmClient(settings, api_key="test"), Usage())
    )
    assert live == transcript
    assert transcript["answer-is-json"] == 1 and transcript["answer-shape"] == 2


# -- g. ids written as floats are no integers (decided by the statement) ---------------------
@pytest.mark.parametrize("ids", [("1.0", "2.0", "3.0"), ("1e0", "2", "3"), ("1", "2.00", "3")])
def test_g_ids_written_as_floats_break_the_shape(prompts, ids):
    a, b, c = ids
    answer = (
        f'{{"reviews": [{{"id": {a}, "sentiment": "positive"}}, {{"id": {b}, "sentiment": "negative"}}, '
        f'{{"id": {c}, "sentiment": "neutral"}}]}}'
    )
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_FULL, answer)
    assert earned["answer-is-json"] == 1  # valid JSON still
    assert earned["answer-shape"] == 0 and earned["answer-review-1"] == 0


def test_g_integer_ids_keep_the_shape(prompts):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT_FULL, SENTIMENT_JSON)
    assert earned["answer-shape"] == 2 and earned["answer-review-3"] == 1


# -- e. a year reused as another quantity, a fact inside a supposition, another activity's time
_ABACUS = "On comptait d'abord avec des cailloux sur des abaques. "
_POCKET = "Au début des années 1970 arrive la calculatrice de poche, et nos téléphones en contiennent une."


@pytest.mark.parametrize(
    "middle",
    [
        "Pascal imprima 1642 pages sur sa machine à calculer. ",
        "Pascal construisit 1642 machines à calculer. ",
        "Pascal sold his adding machine for 1642 pounds. ",
    ],
)
def test_e_a_year_reused_as_another_quantity_is_no_year(prompts, middle):
    assert _summary(prompts, _ABACUS + middle + _POCKET)["answer-fact-1"] == 0


@pytest.mark.parametrize(
    "middle",
    [
        "En 1642, Pascal invente une machine à calculer. ",
        "In 1642 Pascal built an adding machine. ",
        "Pascal conçoit (1642) une machine à calculer. ",
    ],
)
def test_e_a_dated_year_stays_the_facts(prompts, middle):
    assert _summary(prompts, _ABACUS + middle + _POCKET)["answer-fact-1"] == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Supposons que Pascal ait inventé sa machine à calculer en 1642. Il n'en fut rien : on compte "
        "toujours avec des cailloux sur des abaques.",
        "Suppose Pascal had built an adding machine in 1642. None of this happened, and we still count "
        "with pebbles on an abacus.",
        "Et si Pascal n'avait jamais conçu sa machine en 1642 ? On calculerait encore avec des cailloux sur "
        "des abaques.",
    ],
)
def test_e_a_fact_carried_by_a_supposition_is_not_stated(prompts, answer):
    earned = _summary(prompts, answer)
    assert earned["answer-fact-1"] == 0 and earned["answer-fact-3"] == 0


@pytest.mark.parametrize(
    "plan",
    [
        "1. Introduction à l'IA générative — préparation : 10 min\n2. Comment un modèle apprend — "
        "préparation : 15 min\n3. Démonstration — préparation : 15 min\n4. Limites — préparation : 10 min\n"
        "5. Questions — préparation : 10 min",
        "1. L'IA générative, c'est quoi ? (10 min de répétition)\n2. L'apprentissage (15 min de répétition)\n"
        "3. Démo (15 min de répétition)\n4. Limites (10 min de répétition)\n"
        "5. Questions (10 min de répétition)",
        "1. What generative AI is (prep: 10 min)\n2. How it learns (prep: 15 min)\n3. Demo (prep: 15 min)\n"
        "4. Limits (prep: 10 min)\n5. Q&A (prep: 10 min)",
    ],
)
def test_e_durations_of_another_activity_are_no_presentation(prompts, plan):
    earned = _plan(prompts, plan)
    assert earned["answer-sections"] == 0


def test_e_a_part_about_preparing_keeps_its_time(prompts):
    plan = (
        "1. Introduction à l'IA générative (10 min)\n2. Préparation d'un bon prompt (15 min)\n"
        "3. Démonstration de ChatGPT (15 min)\n4. Limites (10 min)\n5. Questions (10 min)"
    )
    assert _plan(prompts, plan)["answer-sections"] == 3
