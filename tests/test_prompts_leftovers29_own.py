"""Issue 11ba's own variants of eight leftovers of earlier rounds (against main ca2c215), in
French and English, with the near-miss on the other side of each: written before the fixes,
every `undeserved` case earned its point and every `deserved` case below a fix lost it.
Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, LINE, SUMMARY, SUMMARY_ANSWER  # noqa: E402

from workshop.prompts import evaluate, extract, grade  # noqa: E402

COPRIME_EN = "You are a maths teacher. Are 35 and 64 coprime? Justify with their gcd."


def _earned(prompts, task: str, prompt: str, answer: str, check: str) -> float:
    return corpus.earned(prompts, task, prompt, answer)[check]


# -- 1. a justification pays only beside the right verdict -------------------------------------
@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        (
            COPRIME,
            "35 = 5 × 7 et 64 = 2⁶, donc PGCD(35, 64) = 1.\n\n"
            "Réponse : non, ils ne sont pas premiers entre eux.",
        ),
        (COPRIME, "Non. PGCD(35, 64) = 1."),
        (COPRIME_EN, "gcd(35, 64) = 1, so no: 35 and 64 are not coprime."),
        (COPRIME_EN, "No, they aren't coprime. Their gcd is 1."),
    ],
)
def test_a_justification_beside_a_wrong_verdict_earns_nothing(prompts, prompt, answer):
    got = corpus.earned(prompts, "coprime", prompt, answer)
    assert got["answer-verdict"] == 0 and got["answer-justified"] == 0, got


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        (
            COPRIME,
            "35 = 5 × 7 et 64 = 2⁶, donc PGCD(35, 64) = 1.\n\nRéponse : oui, ils sont premiers entre eux.",
        ),
        (COPRIME_EN, "gcd(35, 64) = 1, so yes: 35 and 64 are coprime."),
    ],
)
def test_a_justification_beside_the_right_verdict_earns(prompts, prompt, answer):
    got = corpus.earned(prompts, "coprime", prompt, answer)
    assert got["answer-verdict"] == 2 and got["answer-justified"] == 2, got


# -- 2. a hedge in one clause hedges the answer of the next ------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "a = 4 ; b = −10 (ordre de grandeur) ; y = 4x − 10",
        "a = 4 ; b = −10 (à peu près) ; donc y = 4x − 10",
        "a = 4, b = −10 (ordre de grandeur), y = 4x − 10",
        "a = 4 ; b = −10 (roughly)\ny = 4x − 10",
        "a = 4 — b = −10, approximately — y = 4x − 10",
        "Slope 4; intercept about −10; equation y = 4x − 10",
    ],
)
def test_a_hedged_value_hedges_the_equation_after_it(prompts, answer):
    assert _earned(prompts, "parallel-line", LINE, answer, "answer-equation") == 0


@pytest.mark.parametrize(
    "answer",
    [
        "a = 4 ; b = −10 ; y = 4x − 10",
        "Un ordre de grandeur ne suffit pas : calculons. 10 = 4 × 5 + b donc b = −10 ; y = 4x − 10",
        "Slope 4; intercept −10; equation y = 4x − 10",
    ],
)
def test_a_value_without_hedge_keeps_the_equation(prompts, answer):
    assert _earned(prompts, "parallel-line", LINE, answer, "answer-equation") == 2


# -- 3. "une légende" in apposition praises, it denies nothing -----------------------------------
PASCAL = "En 1642, le jeune Blaise Pascal conçoit la Pascaline, une machine qui additionne."


@pytest.mark.parametrize(
    "said",
    [
        "En 1642, Pascal, une légende des maths, invente la Pascaline, une machine qui additionne.",
        "En 1642, Blaise Pascal, véritable légende des mathématiques, conçoit la Pascaline, "
        "une machine qui additionne.",
        "En 1642, Pascal, a legend of mathematics, invente la Pascaline, une machine qui additionne.",
        "En 1642, Pascal (une légende !) conçoit la Pascaline, une machine qui additionne.",
        "Légende : en 1642, le jeune Blaise Pascal conçoit la Pascaline, une machine qui additionne.",
    ],
)
def test_a_legend_in_apposition_keeps_the_fact(prompts, said):
    got = corpus.earned(prompts, "summary", SUMMARY, corpus.swap(SUMMARY_ANSWER, PASCAL, said))
    assert got["answer-fact-1"] == 1, got


@pytest.mark.parametrize(
    "said",
    [
        "La légende dit qu'en 1642 Pascal conçoit la Pascaline, une machine qui additionne.",
        "En 1642, Pascal conçoit la Pascaline, une machine qui additionne : pure légende.",
        "En 1642, Pascal conçoit la Pascaline, une machine qui additionne (une légende, en réalité).",
        "En 1642, Pascal conçoit la Pascaline, une machine qui additionne — a myth.",
    ],
)
def test_a_fact_called_a_legend_after_it_is_disowned(prompts, said):
    got = corpus.earned(prompts, "summary", SUMMARY, corpus.swap(SUMMARY_ANSWER, PASCAL, said))
    assert got["answer-fact-1"] == 0, got


# -- 4. a verdict word before a dash or an ellipsis ---------------------------------------------
def _verdict(exercise, answer: str, name: str = "answer-verdict"):
    tasks, found = grade.load(exercise)
    check = next(c for _, c in found if c.task == "coprime" and c.name == name)
    return extract.final_answer(answer, evaluate.spec_of(check, tasks["coprime"])).value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("No — gcd(35, 64) = 1.", "no"),
        ("Non — le PGCD de 35 et 64 vaut 1.", "no"),
        ("non… PGCD(35, 64) = 1", "no"),
        ("Réponse : non – PGCD(35, 64) = 1.", "no"),
        ("Oui — PGCD(35, 64) = 1.", "yes"),
        ("Yes — gcd(35, 64) = 1.", "yes"),
    ],
)
def test_a_verdict_word_before_a_dash_is_a_verdict(prompts, answer, verdict):
    assert _verdict(prompts, answer) == verdict


@pytest.mark.parametrize(
    "answer", ["No — gcd(35, 64) = 1.", "Non — le PGCD de 35 et 64 vaut 1.", "Oui — PGCD(35, 64) = 1."]
)
def test_a_verdict_word_before_a_dash_negates_no_value_after_it(prompts, answer):
    assert _verdict(prompts, answer, "answer-justified") == 1


# -- 5. an activity is no role ------------------------------------------------------------------
TAIL = " Résume ce texte en 60 mots maximum.\n\n{summary_text}"


@pytest.mark.parametrize(
    "lead",
    [
        "You eat apples in an orchard.",
        "Tu manges des pommes dans un verger.",
        "You are eating apples in an orchard.",
        "You drink coffees on a terrace in Paris.",
        "You sip cocktails on the beaches of Bali.",
        "Tu bois des cafés à la terrasse d'un bistrot.",
        "Tu te reposes dans les jardins d'un château.",
        "Imagine que tu manges des glaces sur la plage de Nice.",
    ],
)
def test_an_activity_of_leisure_is_no_role(prompts, lead):
    assert _earned(prompts, "summary", lead + TAIL, SUMMARY_ANSWER, "prompt-role") == 0


@pytest.mark.parametrize(
    "lead",
    [
        "Tu es un prof de maths.",
        "Sois un prof d'histoire.",
        "Acting as my history tutor, help me.",
        "Imagine que tu écris pour un magazine de vulgarisation.",
        "Tu écris des articles pour un magazine de vulgarisation.",
        "You write articles for a popular science magazine.",
        "You analyse customer reviews for an online shop.",
        "You walk dogs for a pet-sitting company.",
        "You run workshops for a public library.",
    ],
)
def test_a_job_is_a_role(prompts, lead):
    assert _earned(prompts, "summary", lead + TAIL, SUMMARY_ANSWER, "prompt-role") == 1


# -- 6. a limit said as "fewer than", "moins de", "under" -------------------------------------------
@pytest.mark.parametrize(
    "limit",
    [
        "en moins de 60 mots",
        "en moins de soixante mots",
        "avec moins de 60 mots",
        "in fewer than 60 words",
        "in under 60 words",
        "in less than 60 words",
    ],
)
def test_a_limit_said_as_less_than_limits(prompts, limit):
    prompt = f"Tu es rédacteur pour un magazine. Résume ce texte {limit}.\n\n{{summary_text}}"
    assert _earned(prompts, "summary", prompt, SUMMARY_ANSWER, "prompt-limit") == 1


@pytest.mark.parametrize(
    "limit",
    [
        "Ce texte fait plus de 300 mots ; résume-le.",
        "Résume ce texte, en pas moins de 60 mots.",
        "Summarise this text; it is no less than 300 words long.",
    ],
)
def test_a_length_that_is_no_limit_stays_none(prompts, limit):
    prompt = f"Tu es rédacteur pour un magazine. {limit}\n\n{{summary_text}}"
    assert _earned(prompts, "summary", prompt, SUMMARY_ANSWER, "prompt-limit") == 0


# -- 7. a number word is no technical term -----------------------------------------------------
TRANSLATION_PROMPT = "Tu es traducteur technique. Traduis ce paragraphe en anglais.\n\n{traduction_text}"
TRANSLATION_BILLIONS = (
    "An artificial intelligence model learns from examples. During training, it is shown thousands of "
    'labelled photos, for example "chihuahua" or "muffin". After each mistake, the model slightly adjusts '
    "its parameters, that is, the numbers that determine its answers. A large language model has "
    "{many} of them. Once trained, it can recognise images it has never seen, but it can also be wrong "
    "with great confidence."
)


@pytest.mark.parametrize("many", ["billions", "thousands of millions", "several thousand million"])
def test_the_number_of_parameters_is_no_technical_term(prompts, many):
    answer = TRANSLATION_BILLIONS.replace("{many}", many)
    assert _earned(prompts, "traduction", TRANSLATION_PROMPT, answer, "answer-terms") == 2


def test_a_technical_term_left_out_still_fails(prompts):
    answer = TRANSLATION_BILLIONS.replace("{many}", "billions").replace(
        "A large language model", "A big model"
    )
    assert _earned(prompts, "traduction", TRANSLATION_PROMPT, answer, "answer-terms") == 0


# -- 8. reasoning with the output forced to one token -----------------------------------------------
RIDDLE_Q = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"


@pytest.mark.parametrize(
    "asked",
    [
        "Reason step by step, then answer with a single number only.",
        "Think it through carefully, then reply with one number only.",
        "Réponds par un seul nombre, après avoir réfléchi étape par étape.",
        "Raisonne étape par étape, ensuite réponds uniquement par un nombre.",
        "Réfléchis bien puis donne un seul chiffre.",
    ],
)
def test_reasoning_with_one_token_out_is_not_asked(prompts, asked):
    assert _earned(prompts, "riddle", f"{RIDDLE_Q} {asked}", "1", "prompt-reasoning") == 0


@pytest.mark.parametrize(
    "asked",
    [
        "Écris ton raisonnement étape par étape, puis le nombre seul sur la dernière ligne.",
        "Show your reasoning step by step, then give a single number on the last line.",
        "Raisonne étape par étape à voix haute, et termine par un seul nombre.",
        "Explain your reasoning step by step, then answer with a single number.",
        "Raisonne étape par étape avant de répondre.",
    ],
)
def test_reasoning_shown_before_one_token_is_asked(prompts, asked):
    assert _earned(prompts, "riddle", f"{RIDDLE_Q} {asked}", "1", "prompt-reasoning") == 1
