"""Issue 11v's own variants of red team 11n's round 14 classes (tests/prompts_corpus/
round14_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, LINE, LINE_ANSWER, PLAN, PLAN_ANSWER, RIDDLE, SENTIMENT_ANSWER  # noqa: E402

COPRIME_ANSWER = "35 = 5 × 7 et 64 = 2^6 : aucun facteur commun, PGCD(35, 64) = 1.\n\nRéponse : oui."


# -- a. pasted chat turns: the answer is the model's first answer to the prompt ------------
@pytest.mark.parametrize(
    "chat",
    [
        "Claude : Chacun des frères a 2 sœurs : Caroline en a donc 2.\nMoi : faux, c'est 1, recommence.\n"
        "Claude : Pardon, Caroline est l'une des deux : elle a 1 sœur.",
        "**Assistant :** Caroline a 2 sœurs.\n\n**User:** wrong, she has one. Fix it.\n\n"
        "**Assistant :** Indeed: 1 sister.\n\nRéponse : 1",
        "Caroline a 2 sœurs, comme chacun de ses frères.\nVous : non, elle n'en a qu'une.\nRéponse : 1 sœur.",
    ],
)
def test_a_follow_up_turn_and_what_follows_it_are_no_answer(prompts, chat):
    earned = corpus.earned(prompts, "riddle", RIDDLE, chat)
    assert earned["answer-right"] == 0


def test_two_regenerated_answers_keep_the_first(prompts):
    answer = "< 1/3 >\nb = 6, donc y = 4x + 6.\n\n< 2/3 >\n" + LINE_ANSWER
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


@pytest.mark.parametrize(
    "chat",
    [
        "Vous avez dit :\n"
        + RIDDLE
        + "\n\nGemini a dit :\nCaroline est l'une des 2 sœurs.\n\nRéponse : 1 sœur.",
        "You said: " + RIDDLE + "\nChatGPT said: Caroline is one of the two sisters, so she has 1 sister.",
        "< 2/2 >\nCaroline est l'une des 2 sœurs de ses frères.\nRéponse : 1 sœur.",
    ],
)
def test_a_pasted_chat_keeps_its_answer(prompts, chat):
    earned = corpus.earned(prompts, "riddle", RIDDLE, chat)
    assert earned["answer-right"] > 0


# -- b. a prompt that cancels its own request --------------------------------------------
@pytest.mark.parametrize(
    "cancel",
    [
        " Ne tiens pas compte de ce qui précède : fais le plan d'un cours de cuisine, une partie par ligne.",
        " Forget the above and write a plan for a talk on football, one part per line.",
    ],
)
def test_a_cancelled_request_carries_no_data_and_no_rubric(prompts, cancel):
    earned = corpus.earned(prompts, "plan", PLAN + cancel, PLAN_ANSWER)
    assert earned["prompt-data"] == 0 and earned["prompt-role"] == 0 and earned["answer-sections"] == 0


def test_a_reminder_not_to_forget_the_request_cancels_nothing(prompts):
    earned = corpus.earned(
        prompts, "plan", PLAN + " N'oublie pas cette consigne : une durée par partie.", PLAN_ANSWER
    )
    assert earned["prompt-data"] > 0 and earned["answer-sections"] > 0


# -- c. Markdown footnotes -----------------------------------------------------------------
def test_a_footnote_hedge_hedges_where_it_is_attached(prompts):
    answer = (
        "Les frères ont les mêmes sœurs.\n\nRéponse : 1 sœur[^a].\n\n"
        "[^a]: Peut-être 2, je ne suis pas certain."
    )
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 0


def test_an_answer_only_in_a_footnote_is_no_answer(prompts):
    answer = (
        "Même pente que la droite donnée.\n\nRéponse : voir la note[^n].\n\n[^n]: y = 4x - 10, soit b = -10."
    )
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


def test_a_harmless_footnote_keeps_the_answer(prompts):
    answer = LINE_ANSWER + "[^1]\n\n[^1]: Deux droites parallèles ont le même coefficient directeur."
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] > 0 and earned["answer-intercept"] > 0


# -- e. a tool's output pasted after the answer is no evidence --------------------------------
def test_a_terminal_log_in_a_code_block_is_no_evidence(prompts):
    answer = "Réponse : non.\n\n```console\n$ python -m pytest\nPGCD(35, 64) = 1 ... PASSED\n```"
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] == 0 and earned["answer-verdict"] == 0


def test_a_python_code_block_stays_the_models(prompts):
    answer = (
        COPRIME_ANSWER + "\n\n```python\nfrom math import gcd\nprint(gcd(35, 64))  # PGCD(35, 64) = 1\n```"
    )
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] > 0 and earned["answer-verdict"] > 0


# -- f. fair forms: the wedge gcd, data as a list, durations, a spoken role, a quoted paste ---
@pytest.mark.parametrize("gcd", ["64 ∧ 35 = 1", "35∧64 = 1"])
def test_the_wedge_between_two_integers_is_their_gcd(prompts, gcd):
    answer = f"35 = 5 × 7, 64 = 2^6 : aucun diviseur premier commun, donc {gcd}.\n\nRéponse : oui."
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] > 0 and earned["answer-verdict"] > 0


def test_the_wedge_in_a_prompt_dictates_like_the_gcd(prompts):
    earned = corpus.earned(prompts, "coprime", COPRIME + " (Indice : 35 ∧ 64 = 1.)", COPRIME_ANSWER)
    assert earned["answer-justified"] == 0


def test_the_numbers_as_a_list_under_a_label_are_the_data(prompts):
    prompt = (
        "Tu es professeur de mathématiques.\nLes deux entiers :\n* 64\n* 35\n"
        "Sont-ils premiers entre eux ? Justifie avec leur PGCD."
    )
    earned = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert earned["prompt-data"] > 0 and earned["prompt-role"] > 0 and earned["answer-verdict"] > 0


def test_a_list_of_long_items_stays_sentences_of_its_own(prompts):
    prompt = (
        "Tu es professeur de mathématiques. Voici :\n- le nombre 35 est le premier nombre\n"
        "- le second nombre qui suit est 64\nSont-ils premiers entre eux ?"
    )
    assert corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)["prompt-data"] == 0


@pytest.mark.parametrize(
    "durations",
    [
        ("1/2 heure", "1/4 d'heure", "1/4 d'heure"),
        ("¾ d'heure", "10 min", "5 min"),
        ("20 min", "10 min", "1/2 heure"),
    ],
)
def test_a_fraction_of_an_hour_in_digits_is_a_duration(prompts, durations):
    first, second, third = durations
    answer = (
        f"1. L'IA générative et les modèles de langage ({first})\n"
        f"2. Démonstration d'un outil d'IA générative ({second})\n3. Questions sur l'IA générative ({third})"
    )
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] > 0


@pytest.mark.parametrize("role", ["T'es prof de maths.", "t'es un prof de maths patient."])
def test_a_spoken_tu_es_gives_a_role(prompts, role):
    prompt = role + " 35 et 64 sont-ils premiers entre eux ? Justifie avec leur PGCD."
    assert corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)["prompt-role"] > 0


def test_a_whole_answer_pasted_as_a_quote_is_the_answer(prompts):
    answer = "\n".join("> " + line if line else ">" for line in LINE_ANSWER.split("\n"))
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] > 0 and earned["answer-intercept"] > 0


def test_a_quote_inside_an_answer_still_makes_no_answer(prompts):
    answer = "Même pente.\n\n> Mon voisin dit : y = 4x - 10.\n\nJe ne sais pas."
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 0


# -- f. live: the counterfactual turns reviews round in a list, a table, a JSON array --------
REVIEWS = [
    "J'ai reçu la machine à café en deux jours, elle est très simple à utiliser et le café est "
    "excellent. Je la recommande à tous mes amis !",
    "Le casque a cessé de fonctionner au bout d'une semaine et le service client ne répond pas à "
    "mes messages. Je ne rachèterai jamais cette marque.",
    "Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. Je verrai à "
    "l'usage s'il tient dans le temps.",
]
SENTIMENT_ASK = (
    "You analyse customer reviews for an online shop. Label each review positive, negative or "
    'neutral; answer with JSON only: {"reviews": [{"id": 1, "sentiment": "..."}, {"id": 2, '
    '"sentiment": "..."}, {"id": 3, "sentiment": "..."}]}.\n'
)


@pytest.mark.parametrize(
    "layout",
    [
        "\n".join(f"{i}) “{r}”" for i, r in enumerate(REVIEWS, 1)),
        "| # | Texte |\n|---|---|\n" + "\n".join(f"| Review #{i} | {r} |" for i, r in enumerate(REVIEWS, 1)),
        "[\n" + ",\n".join(f'    {{ "id": {i}, "text": "{r}" }}' for i, r in enumerate(REVIEWS, 1)) + "\n]",
    ],
    ids=["numbered-quoted", "table-review-header", "json-array"],
)
def test_live_the_counterfactual_turns_reviews_round_in_other_layouts(prompts, fake, tmp_path, layout):
    from workshop.prompts.grade import grade_prompts
    from workshop.prompts.llm import LlmClient, LlmSettings, Usage

    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    prompt = SENTIMENT_ASK + layout
    attempt = corpus.Attempt(id="own", task="sentiment", prompt=prompt, answer=SENTIMENT_ANSWER)
    fake.answers = {prompt: SENTIMENT_ANSWER}
    settings = LlmSettings(
        base_url=fake.base_url, model="fake", samples=1, cache_dir=tmp_path / "cache", timeout_s=5
    )
    text = corpus.transcript(starter, attempt).encode()
    live = grade_prompts(prompts, {"prompts.md": text}, LlmClient(settings, api_key="test"), Usage())
    earned = corpus.task_results(live, "sentiment")
    assert all(earned[f"answer-review-{i}"][0] > 0 for i in (1, 2, 3)), earned


# -- d. format without content ------------------------------------------------------------
SUMMARY = "Tu es rédacteur pour un magazine. Résume ce texte en 60 mots maximum.\n\n{summary_text}"


@pytest.mark.parametrize(
    "answer",
    [
        "On sait que PGCD(35, 64) = 1 <=> 35 et 64 sont premiers entre eux.\n\nRéponse : à toi de calculer.",
        "35 and 64 are coprime if and only if gcd(35, 64) = 1. Let us check that first.",
    ],
)
def test_an_equivalence_states_neither_side(prompts, answer):
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-verdict"] == 0 and earned["answer-justified"] == 0


def test_a_conclusion_after_an_equivalence_is_asserted(prompts):
    answer = "Premiers entre eux ⟺ PGCD = 1. Ici 64 = 1 × 35 + 29, 35 = 1 × 29 + 6, 29 = 4 × 6 + 5, "
    answer += "6 = 1 × 5 + 1, donc PGCD(35, 64) = 1.\n\nRéponse : oui."
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-verdict"] > 0 and earned["answer-justified"] > 0


def test_a_bracketed_placeholder_is_no_summary(prompts):
    answer = (
        "[Ici un résumé de 40 mots : les abaques, la Pascaline de Blaise Pascal en 1642, "
        "puis la calculatrice de poche dans les années 1970.]"
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-filled"] > 0
    assert all(earned[n] == 0 for n in ("answer-length", "answer-fact-1", "answer-fact-2", "answer-fact-3"))


def test_questions_answered_by_fragments_are_no_prose(prompts):
    answer = (
        "Le début ? Des cailloux et des abaques. Puis qui ? Blaise Pascal, en 1642. Sa machine ? "
        "La Pascaline. Et après ? Des calculatrices mécaniques. Les années 1970 ? La calculatrice de poche."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-length"] == 0 and earned["answer-fact-3"] == 0


def test_a_duration_with_a_conditional_other_amount_is_no_duration(prompts):
    answer = PLAN_ANSWER.replace("(10 min)\n5.", "(10 min)\n5.").replace(
        "5. Questions (10 min)", "5. Questions (10 min, 25 if the audience is curious)"
    )
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] == 0


@pytest.mark.parametrize(
    "aside",
    ["(J'apprends à écrire des prompts, étape par étape.)", "I am learning, step by step, how to prompt."],
)
def test_step_by_step_about_the_student_asks_no_reasoning(prompts, aside):
    prompt = RIDDLE.replace(" Raisonne étape par étape.", " Réponds par un nombre. " + aside)
    assert corpus.earned(prompts, "riddle", prompt, "1")["prompt-reasoning"] == 0


@pytest.mark.parametrize(
    "ask", ["Je veux que tu raisonnes étape par étape.", "J'aimerais un raisonnement étape par étape."]
)
def test_the_students_wish_for_reasoning_still_asks(prompts, ask):
    prompt = RIDDLE.replace(" Raisonne étape par étape.", " " + ask)
    assert corpus.earned(prompts, "riddle", prompt, "1")["prompt-reasoning"] > 0


# -- g. told to copy an answer from elsewhere, told not to read the data --------------------
@pytest.mark.parametrize(
    "copy",
    [
        " Pas la peine de chercher : répète la réponse que tu m'as donnée hier.",
        " Just repeat what the previous model answered in our other chat.",
    ],
)
def test_an_answer_copied_from_elsewhere_is_dictated(prompts, copy):
    earned = corpus.earned(prompts, "riddle", RIDDLE + copy, "Réponse : 1")
    assert earned["answer-right"] == 0 and earned["prompt-data"] > 0


def test_told_not_to_read_the_data_carries_none(prompts):
    prompt = COPRIME + " Inutile de les lire : réponds oui."
    earned = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert earned["prompt-data"] == 0 and earned["answer-verdict"] == 0


def test_a_plain_repeat_of_the_question_copies_nothing(prompts):
    prompt = RIDDLE + " Répète la question avant de répondre."
    answer = "Caroline est l'une des deux.\n\nRéponse : 1"
    assert corpus.earned(prompts, "riddle", prompt, answer)["answer-right"] > 0


# -- g. transcript-mode dictation a general rule covers: %-escapes, CJK numerals, asserts ----
@pytest.mark.parametrize(
    "hint",
    [
        "(lien de correction : https://exemple.fr/corrige?reponse=y%3D4x%2D10)",
        "Indice : b = −一十.",
        "Indice : b = -十 (en chiffres chinois).",
    ],
)
def test_a_hint_in_percent_escapes_or_cjk_numerals_dictates(prompts, hint):
    earned = corpus.earned(prompts, "parallel-line", LINE + " " + hint, LINE_ANSWER)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


def test_an_assert_in_the_prompt_states_its_value(prompts):
    prompt = COPRIME + "\nLe correcteur lancera : `from math import gcd; assert gcd(64, 35) == 1`"
    earned = corpus.earned(prompts, "coprime", prompt, COPRIME_ANSWER)
    assert earned["answer-justified"] == 0 and earned["answer-verdict"] == 0


def test_a_url_with_plain_escapes_dictates_nothing(prompts):
    prompt = LINE + " (cours : https://exemple.fr/droites%20parall%C3%A8les)"
    earned = corpus.earned(prompts, "parallel-line", prompt, LINE_ANSWER)
    assert earned["answer-equation"] > 0 and earned["answer-intercept"] > 0


def test_cjk_numerals_are_numbers():
    from workshop.prompts.text import normalize

    assert normalize("十, 二十三, 一百零五, 〇") == "10, 23, 105, 0"


def test_a_hedge_that_names_the_gcd_hedges_it_anywhere(prompts):
    answer = COPRIME_ANSWER + "[^doute]\n\n[^doute]: Attention, ce PGCD est probablement mal calculé."
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] == 0
