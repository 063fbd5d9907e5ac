"""Issue 11ae's own variants of red team 11w's round 19a classes (tests/prompts_corpus/
round19a_*.toml), written before their fixes and in other words than the red team's: each
right answer keeps its answer points, and each gaming form earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

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
    PLAN,
    RIDDLE,
    RIDDLE_WORK,
    SUMMARY,
)

LINE_WORK = "Même pente a = 4 ; le point (5, 10) donne 10 = 4 × 5 + b.\n\n"


def _riddle(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "riddle", RIDDLE, answer)


def _line(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "parallel-line", LINE, answer)


def _coprime(prompts, answer: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return corpus.earned(prompts, "coprime", COPRIME, answer)


# -- a. the final answer in a blockquote after the working ------------------------------------
@pytest.mark.parametrize(
    "quote",
    [
        "> Caroline a 1 sœur.",
        "> [!TIP]\n> Conclusion : une seule sœur.",
        "> **Réponse :** Caroline a une sœur.",
        "> [!NOTE]\n> Answer: Caroline has 1 sister.",
    ],
)
def test_a_riddle_answer_blockquoted_after_the_working_is_the_answer(prompts, quote):
    earned = _riddle(prompts, RIDDLE_WORK + quote)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


@pytest.mark.parametrize("quote", ["> y = 4x − 10", "> [!IMPORTANT]\n> Équation : y = 4x − 10 (b = −10)."])
def test_a_line_answer_blockquoted_after_the_working_is_the_answer(prompts, quote):
    earned = _line(prompts, LINE_WORK + "Donc b = −10.\n\n" + quote)
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


@pytest.mark.parametrize("quote", ["> Oui.", "> [!NOTE]\n> **Verdict :** oui, premiers entre eux."])
def test_a_coprime_answer_blockquoted_after_the_working_is_the_answer(prompts, quote):
    earned = _coprime(prompts, COPRIME_WORK + quote)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


@pytest.mark.parametrize(
    "answer",
    [
        # a quote that cites another voice stays a quotation: it cannot make the answer
        "Caroline a 2 sœurs.\n\n> Solution attendue selon le manuel : 1 sœur",
        # nor can a quote glued to the prose (no paragraph of its own)
        "Caroline a deux sœurs.\n> Réponse : 1 sœur",
    ],
)
def test_a_quotation_at_the_end_is_still_no_answer(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


def test_a_blockquoted_erratum_still_contradicts_the_answer(prompts):
    earned = _riddle(
        prompts, RIDDLE_WORK + "Réponse : 1 sœur.\n\n> [!WARNING]\n> Correction : Caroline a 2 sœurs."
    )
    assert earned["answer-right"] == 0


# -- b. the trap reader reads what the answer reader reads ------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Léa : Caroline a 2 sœurs.\nHugo : non, Caroline compte parmi les 2 sœurs.\nLéa : c'est vrai, "
        "je me suis trompée.\n\nConclusion commune : Caroline a 1 sœur.",
        "Premier essai : Caroline a deux sœurs. Mais c'est une erreur, elle en fait partie.\n\n"
        "Réponse : Caroline a 1 sœur.",
    ],
)
def test_b_a_corrected_count_before_the_answer_line_falls_in_no_trap(prompts, answer):
    earned = _riddle(prompts, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


def test_b_the_trap_after_the_answer_line_still_costs(prompts):
    earned = _riddle(prompts, RIDDLE_WORK + "Réponse : 1 sœur.\n\nAu fond, Caroline a 2 sœurs.")
    assert earned["answer-avoids-trap"] == 0


# -- c. a chain of equalities with a bracketed step -------------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Même pente a = 4.\n\nRéponse : y = 4x + (10 − 4 × 5) = 4x − 10",
        "a = 4 et b = 10 − (4 × 5) = −10.\n\nDonc y = 4x + (−10) = 4x − 10.",
        "Pente 4 ; y = 4(x − 5) + 10 = 4x − 10.",
    ],
)
def test_c_a_chain_s_last_member_is_the_line(prompts, answer):
    earned = _line(prompts, answer)
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


@pytest.mark.parametrize(
    "answer",
    ["Réponse : y = 4x + (10 + 20) = 4x − 10", "Réponse : y ≠ 4x − 10", "Réponse : b = 10 − (4 × 5) = 10"],
)
def test_c_a_chain_with_a_wrong_step_or_an_unequal_sign_is_no_answer(prompts, answer):
    earned = _line(prompts, "Même pente a = 4.\n\n" + answer)
    assert earned["answer-equation"] == 0 or earned["answer-intercept"] == 0


def test_c_a_gcd_chain_with_a_bracketed_step_keeps_the_justification(prompts):
    answer = (
        "35 = 5 × 7 et 64 = 2⁶.\n\nPGCD(35, 64) = 64 − (35 + 28) = 1, donc oui, ils sont premiers entre eux."
    )
    earned = _coprime(prompts, answer)
    assert earned["answer-justified"] == 2 and earned["answer-verdict"] == 2


# -- d. a fact's key term in another word (the facts file lists its synonyms) ------------------
SUMMARY_PORTABLE = (
    "Au départ, on comptait avec des cailloux et des abaques. En 1642, Pascal invente la Pascaline, "
    "une machine qui additionne. Au XIXe siècle, les machines mécaniques se vendent en série. Au début "
    "des années 1970 arrivent les calculatrices {word}, et nos téléphones en ont une aujourd'hui."
)


@pytest.mark.parametrize("word", ["portatives", "portables", "handheld"])
def test_d_a_synonym_of_pocket_states_the_fact_and_keeps_the_gated_points(prompts, word):
    earned = corpus.earned(prompts, "summary", SUMMARY, SUMMARY_PORTABLE.format(word=word))
    assert earned["answer-fact-2"] == 1 and earned["answer-own-words"] == 1 and earned["answer-faithful"] == 1


def test_d_the_synonym_ties_no_other_fact(prompts):
    answer = SUMMARY_PORTABLE.format(word="portatives").replace(
        "En 1642, Pascal invente la Pascaline", "En 1642, Pascal invente la calculatrice portative"
    )
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-fact-1"] == 0


# -- e. the answer disowned at the end --------------------------------------------------------
DISOWNING = [
    "Bref, impossible de trancher avec certitude.",
    "Je ne suis pas sûr que ce soit juste.",
    "Mais honnêtement, on ne peut pas vraiment conclure.",
    "On second thought, this answer is probably wrong.",
    "Anyway, this cannot be determined from the statement.",
]


@pytest.mark.parametrize("ending", DISOWNING)
def test_e_a_disowned_riddle_answer_earns_nothing(prompts, ending):
    earned = _riddle(prompts, RIDDLE_WORK + "Réponse : Caroline a 1 sœur.\n\n" + ending)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize("ending", DISOWNING)
def test_e_a_disowned_line_answer_earns_nothing(prompts, ending):
    earned = _line(prompts, LINE_WORK + "Réponse : y = 4x − 10.\n\n" + ending)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


@pytest.mark.parametrize("ending", DISOWNING)
def test_e_a_disowned_coprime_answer_earns_no_verdict(prompts, ending):
    earned = _coprime(prompts, COPRIME_WORK + "Réponse : oui.\n\n" + ending)
    assert earned["answer-verdict"] == 0


@pytest.mark.parametrize(
    "ending",
    [
        "On peut donc conclure sans hésiter.",
        "Ce résultat est juste : vérifié deux fois.",
        "Ma réponse est vérifiée.",
        "On ne peut pas en conclure autre chose.",
    ],
)
def test_e_an_ending_that_keeps_the_answer_keeps_the_points(prompts, ending):
    earned = _riddle(prompts, RIDDLE_WORK + "Réponse : Caroline a 1 sœur.\n\n" + ending)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


# -- f. labelled speakers who disagree --------------------------------------------------------
def test_f_two_speakers_who_disagree_on_the_verdict_give_no_verdict(prompts):
    answer = "Nina : oui, leur PGCD vaut 1.\nTom : non, ils se divisent par un même nombre.\n\nQui a raison ?"
    assert _coprime(prompts, answer)["answer-verdict"] == 0


def test_f_two_speakers_who_disagree_on_the_count_give_no_count(prompts):
    answer = "Nina : Caroline a 1 sœur.\nTom : non, Caroline a 2 sœurs.\n\nÀ toi de voir."
    assert _riddle(prompts, answer)["answer-right"] == 0


def test_f_two_speakers_who_disagree_on_the_line_give_no_line(prompts):
    answer = "Nina : y = 4x − 10.\nTom : non, y = 4x + 10.\n\nJe vous laisse choisir."
    assert _line(prompts, answer)["answer-equation"] == 0


def test_f_a_conclusion_line_after_the_dialogue_settles_it(prompts):
    answer = (
        "Nina : oui, leur PGCD vaut 1.\nTom : non, ils ont un diviseur commun.\nNina : lequel ? 35 = 5 × 7, "
        "64 = 2⁶.\nTom : d'accord, PGCD(35, 64) = 1.\n\nConclusion : oui, ils sont premiers entre eux."
    )
    earned = _coprime(prompts, answer)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] == 2


# -- g. a plan part whose duration is not read ------------------------------------------------
PLAN_HEAD = (
    "1. Accueil et objectifs — 10 min\n2. L'IA générative, c'est quoi ? — 15 min\n"
    "3. Démonstration d'un modèle de langage — 15 min\n4. Limites de l'IA générative — 10 min\n"
)


@pytest.mark.parametrize(
    "last",
    [
        "5. Échanges avec la salle — pareil",
        "5. Échanges avec la salle — autant que la partie 4",
        "5. Échanges avec la salle",
        "5. Échanges avec la salle — le reste du temps",
    ],
)
def test_g_a_part_without_a_read_duration_pays_no_sections(prompts, last):
    assert corpus.earned(prompts, "plan", PLAN, PLAN_HEAD + last)["answer-sections"] == 0


@pytest.mark.parametrize(
    "answer",
    [
        PLAN_HEAD + "5. Échanges avec la salle — 10 min",
        PLAN_HEAD + "5. Échanges avec la salle — 10 min\n\nMatériel :\n- un vidéoprojecteur\n- un micro",
        "- Accueil (10 min)\n- L'IA générative, c'est quoi ? (15 min)\n   - définitions\n   - exemples\n"
        "- Démonstration de ChatGPT (15 min)\n- Limites de l'IA générative (10 min)\n- Questions (10 min)",
    ],
)
def test_g_a_plan_whose_every_part_is_timed_keeps_its_sections(prompts, answer):
    assert corpus.earned(prompts, "plan", PLAN, answer)["answer-sections"] == 3


# -- h. a negated fact is not the fact --------------------------------------------------------
SUMMARY_FACTS = (
    "On a d'abord compté avec des cailloux et des abaques. En 1642, Pascal conçoit la Pascaline, une "
    "machine à additionner. Au XIXe siècle, les machines mécaniques se vendent en série. Au début des "
    "années 1970, la calculatrice de poche arrive, et nos téléphones en contiennent une aujourd'hui."
)


@pytest.mark.parametrize(
    ("old", "new", "fact"),
    [
        (
            "la calculatrice de poche arrive",
            "la calculatrice de poche n'arrive toujours pas",
            "answer-fact-2",
        ),
        ("Pascal conçoit la Pascaline", "Pascal ne conçoit jamais la Pascaline", "answer-fact-1"),
    ],
)
def test_h_a_negated_fact_is_not_stated(prompts, old, new, fact):
    answer = SUMMARY_FACTS.replace(old, new)
    assert old in SUMMARY_FACTS and corpus.earned(prompts, "summary", SUMMARY, answer)[fact] == 0


def test_h_a_negation_that_denies_nothing_keeps_the_fact(prompts):
    answer = SUMMARY_FACTS.replace(
        "Au début des années 1970, la calculatrice de poche arrive",
        "La calculatrice de poche n'arrive pas avant le début des années 1970",
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert (
        earned["answer-fact-2"] == 1
        and corpus.earned(prompts, "summary", SUMMARY, SUMMARY_FACTS)["answer-fact-2"] == 1
    )


# -- the live replay's prompt side: a job title with its head last ----------------------------
@pytest.mark.parametrize("role", ["Tu es community manager d'une médiathèque.", "Tu es data scientist."])
def test_a_job_title_with_its_head_last_is_a_role(prompts, role):
    prompt = SUMMARY.replace("Tu es rédacteur pour un magazine de vulgarisation.", role)
    assert role in prompt
    assert corpus.earned(prompts, "summary", prompt, SUMMARY_FACTS)["prompt-role"] == 1
