"""Issue 11l's own variants of red team 11f's round 6 classes (tests/prompts_corpus/
round6_*.toml), written before their fixes and in other words than the red team's: each
gaming form earns nothing on the check it games, and the fair form next to it keeps its
points. Whole submissions are graded (transcript mode), one task at a time."""

from __future__ import annotations

import json
import re
import sys

import pytest

from conftest import REPO
from workshop.prompts.grade import grade_prompts, load

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import LINE_OK, RIDDLE, RIDDLE_OK, SENTIMENT_OK, TRANSLATION  # noqa: E402

TRANSLATE = "Tu es traducteur professionnel. Traduis ce paragraphe en anglais.\n{traduction_text}"


# -- a translation's language: another language's aside, English words judged French --------
@pytest.mark.parametrize(
    "aside",
    [
        "(cioè miliardi di parametri in tutto)",  # Italian
        "(das heißt Milliarden von Parametern)",  # German
        "(ou seja, bilhões de parâmetros ao todo)",  # Portuguese
    ],
)
def test_an_aside_in_another_language_is_no_english(prompts, aside):
    answer = TRANSLATION.replace("has billions of them.", f"has billions of them {aside}.")
    assert corpus.earned(prompts, "traduction", TRANSLATE, answer)["answer-english"] == 0


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("During training", "During the apprentissage"),
        ("has billions of them", "possesses plusieurs milliards"),
    ],
)
def test_a_french_word_left_in_an_english_sentence_is_no_english(prompts, old, new):
    earned = corpus.earned(prompts, "traduction", TRANSLATE, TRANSLATION.replace(old, new))
    assert earned["answer-english"] == 0


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Once trained, it can", "Once it's been trained, it can"),
        ("but it can also be wrong", "but it can't always be right and can be wrong"),
        ("with great confidence.", "with great confidence, like a car salesman."),
        ("for example", "a bit like the famous meme, for example"),
    ],
)
def test_english_contractions_and_words_french_also_writes_stay_english(prompts, old, new):
    earned = corpus.earned(prompts, "traduction", TRANSLATE, TRANSLATION.replace(old, new))
    assert earned["answer-english"] == 2 and earned["answer-terms"] == 2


# -- fair answers refused: a worked step, a numbered column, JSON parts, "en être un" --------
LINE = (
    "Tu es professeur de mathématiques. Une droite parallèle à y = 4x + 6 passe par le point (5, 10) : "
    "quels sont ses paramètres ?"
)


@pytest.mark.parametrize(
    "answer",
    [
        "Pente : 4.\nOrdonnée à l'origine : 10 = 4 × 5 + b, soit b = −10.\nRéponse : y = 4x − 10",
        "Slope 4. Intercept: 10 = 20 + b, so b = −10. The line is y = 4x − 10.",
        "Ordonnée à l'origine : 20 + b = 10, donc b = −10.\nÉquation : y = 4x − 10.",
    ],
)
def test_a_worked_step_with_the_unknown_is_no_second_line(prompts, answer):
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] == 2 and earned["answer-intercept"] == 1


def test_an_intercept_stated_beside_the_equation_still_contradicts_it(prompts):
    answer = "Ordonnée à l'origine : 10.\nÉquation : y = 4x − 10."
    assert corpus.earned(prompts, "parallel-line", LINE, answer)["answer-equation"] == 0


PLAN = (
    "Tu es formateur. Fais le plan d'une présentation d'une heure sur l'IA générative, pour un public "
    "qui n'y connaît rien. Donne une durée à chaque partie."
)
PLAN_TABLE = (
    "| # | Part | Time |\n|---|---|---|\n| 1 | What generative AI is | 15 min |\n"
    "| 2 | How a language model writes | 15 min |\n| 3 | Live demo of ChatGPT | 20 min |\n"
    "| 4 | Questions | 10 min |\n| | TOTAL | 60 min |"
)


def test_a_numbered_table_with_its_total_row_is_one_plan(prompts):
    earned = corpus.earned(prompts, "plan", PLAN, PLAN_TABLE)
    assert earned["answer-sections"] == 3 and earned["answer-topic"] == 1


def test_a_numbered_table_whose_parts_do_not_add_up_still_fails(prompts):
    earned = corpus.earned(prompts, "plan", PLAN, PLAN_TABLE.replace("| 10 min |", "| 25 min |"))
    assert earned["answer-sections"] == 0


@pytest.mark.parametrize("key", ["minutes", "duration_minutes", "temps_min"])
def test_a_plan_answered_as_json_is_read_as_a_plan(prompts, key):
    parts = [
        ("L'IA générative, c'est quoi ?", 15),
        ("Comment un modèle apprend", 15),
        ("Démonstration de ChatGPT", 20),
        ("Questions", 10),
    ]
    answer = "[\n" + ",\n".join(f'  {{"partie": "{t}", "{key}": {m}}}' for t, m in parts) + "\n]"
    earned = corpus.earned(prompts, "plan", PLAN, answer)
    assert earned["answer-sections"] == 3 and earned["answer-topic"] == 1
    bad = answer.replace(": 10}", ": 30}")
    assert corpus.earned(prompts, "plan", PLAN, bad)["answer-sections"] == 0


@pytest.mark.parametrize(
    "denial",
    [
        "Tu n'es pas mathématicienne et n'essaie pas d'en être une.",
        "You are not a teacher, and you should not pretend to be one.",
    ],
)
def test_being_one_of_a_kind_dictates_no_count(prompts, denial):
    prompt = (
        f"{denial} Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"
    )
    earned = corpus.earned(prompts, "riddle", prompt, "Caroline a une sœur.")
    assert earned["answer-right"] == 2


# -- a summary's facts: stated, not asked, chained or joined; a word serves one term ----------
SUMMARY = "Tu es journaliste scientifique. Résume ce texte en 50 mots maximum.\n{summary_text}"
FACTS = ("answer-fact-1", "answer-fact-2", "answer-fact-3")
SUMMARY_OK = (
    "Dans l'Antiquité, les marchands calculaient avec des cailloux sur des abaques. En 1642, Blaise "
    "Pascal conçoit une machine à additionner, que Leibniz complète. La calculatrice de poche, comme "
    "la HP-35, arrive au début des années 1970 et remplace la règle à calcul."
)


def test_a_fair_summary_states_its_facts(prompts):
    earned = corpus.earned(prompts, "summary", SUMMARY, SUMMARY_OK)
    assert all(earned[name] == 1 for name in FACTS)


@pytest.mark.parametrize(
    "answer",
    [
        "Savais-tu que les marchands de l'Antiquité calculaient avec des cailloux sur des abaques ? "
        "Et que Blaise Pascal conçut une machine à additionner en 1642 ? Qui se rappelle que la "
        "calculatrice de poche, comme la HP-35, est arrivée au début des années 1970 ?",
        "Did merchants in antiquity count with pebbles on an abacus? Did Pascal build an adding machine "
        "in 1642, when he was nineteen? Was the pocket calculator born in the early 1970s, with the HP-35?",
    ],
)
def test_facts_asked_as_questions_state_nothing(prompts, answer):
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert all(earned[name] == 0 for name in FACTS)


@pytest.mark.parametrize("arrow", ["->", "⇒", "=>"])
def test_an_arrow_chain_of_keywords_states_no_fact(prompts, arrow):
    answer = f" {arrow} ".join(
        [
            "Cailloux et abaques des marchands antiques",
            "machine à additionner de Blaise Pascal en 1642",
            "arithmomètre vendu en série au XIXe siècle",
            "calculatrice de poche HP-35 en 1972",
            "téléphones d'aujourd'hui",
        ]
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert all(earned[name] == 0 for name in FACTS)


@pytest.mark.parametrize("joint", ["•", "~", "+"])
def test_words_joined_without_blanks_state_no_fact(prompts, joint):
    answer = " ".join(sentence.replace(" ", joint) for sentence in SUMMARY_OK.split(". "))
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert all(earned[name] == 0 for name in FACTS)


def test_a_word_serves_one_term_so_a_name_moved_is_no_fact(prompts):
    answer = SUMMARY_OK.replace("Blaise Pascal conçoit une machine à additionner, que Leibniz complète", (
        "Thomas de Colmar conçoit la Pascaline ; Pascal produit plus tard l'arithmomètre"
    ))  # fmt: skip
    assert corpus.earned(prompts, "summary", SUMMARY, answer)["answer-fact-1"] == 0


# -- rubric points: an instruction that negates itself, leaves the choice, limits another thing
def _does(aspect: str, prompt: str) -> bool:
    from workshop.prompts.structure import does

    return does(aspect, prompt)


@pytest.mark.parametrize(
    ("aspect", "prompt", "asked"),
    [
        ("reasoning", "Explique ton raisonnement en 0 étape : juste le chiffre.", False),
        ("reasoning", "Think in zero steps and give the bare number.", False),
        ("reasoning", "Réfléchis d'abord, ensuite donne le nombre.", True),
        ("reasoning", "Think first, then answer with the number only.", True),
        ("format", "Présente le résultat en liste ou en paragraphe, à ta guise.", False),
        ("format", "Use JSON or plain text, whichever you prefer.", False),
        ("format", "Réponds en JSON, une ligne par avis.", True),
        ("format", "Then the parts, one part per line.", True),
        ("format", "Puis les étapes, une partie par ligne.", True),
        ("limit", "Résume ce texte. Ta phrase d'accroche ou ton titre : 40 mots au maximum.", False),
        ("limit", "Résume ce texte ; le sous-titre ne doit pas dépasser 60 mots.", False),
        ("limit", "Sans titre ni introduction, 50 mots maximum.", True),
        ("limit", "Résume ce texte en 50 mots au plus, titre compris.", True),
        ("role", "Tu es chargée de la communication d'une librairie.", True),
        ("role", "Tu es chargé de résumer ce texte.", False),
    ],
)
def test_what_a_rubric_sentence_asks(aspect, prompt, asked):
    assert _does(aspect, prompt) is asked


# -- dictation by an equation, code, a template, marks in order, fractions -------------------


@pytest.mark.parametrize(
    ("hint", "dictated"),
    [
        (" Astuce : le nombre n cherché vérifie 2n = 2.", True),
        (" Contrôle final : 5 = s + 4.", True),
        (" Check: 7k - 3 = 4.", True),
        (" Appelle s le nombre de sœurs de Caroline avant de conclure.", False),
    ],
)
def test_a_value_given_as_an_equation_in_one_letter_is_dictated(prompts, hint, dictated):
    earned = corpus.earned(prompts, "riddle", RIDDLE + hint, RIDDLE_OK)
    assert (earned["answer-right"] == 0) is dictated


@pytest.mark.parametrize(
    ("code", "dictated"),
    [
        (" Contrôle ta réponse avec lambda x: 4*x - 10.", True),
        (" En JavaScript, vérifie : const f = x => 4 * x - 10;", True),
        (" Pseudo-code : fonction droite(x) { return 4*x - 10 }", True),
        (" Vérifie ta réponse avec un petit programme Python.", False),
    ],
)
def test_a_line_written_as_code_is_dictated(prompts, code, dictated):
    earned = corpus.earned(prompts, "parallel-line", LINE + code, LINE_OK)
    assert (earned["answer-equation"] == 0) is dictated


SENTIMENT = (
    "Tu analyses les avis clients d'une boutique en ligne. Classe chaque avis : positive, negative ou "
    "neutral. Réponds uniquement en JSON."
)
LABELS = ("answer-review-1", "answer-review-2", "answer-review-3")


@pytest.mark.parametrize(
    ("template", "dictated"),
    [
        ('"posi___", "nega___", "neut___"', True),
        ('"pos?", "neg?", "neu?"', True),
        ('"...", "...", "..."', False),
    ],
)
def test_a_template_that_begins_each_label_gives_them_away(prompts, template, dictated):
    first, second, third = (s.strip() for s in template.split(","))
    shape = (
        f' Remplis ce modèle : {{"reviews": [{{"id": 1, "sentiment": {first}}}, '
        f'{{"id": 2, "sentiment": {second}}}, {{"id": 3, "sentiment": {third}}}]}}'
    )
    earned = corpus.earned(prompts, "sentiment", SENTIMENT + shape + "\n{reviews}", SENTIMENT_OK)
    assert all((earned[name] == 0) is dictated for name in LABELS)


@pytest.mark.parametrize(
    ("after", "dictated"),
    [
        ("Pour info, leurs notes : ★★★★★ ; ★ ; ★★★", True),
        ("(scores: 9/10, 2/10, 5/10)", True),
        ("Merci, et n'oublie pas : uniquement du JSON.", False),
    ],
)
def test_marks_listed_in_order_after_the_data_give_the_labels_away(prompts, after, dictated):
    earned = corpus.earned(prompts, "sentiment", SENTIMENT + "\n{reviews}\n" + after, SENTIMENT_OK)
    assert all((earned[name] == 0) is dictated for name in LABELS)


PLAN_PROMPT = (
    "Tu es formateur. Fais le plan d'une présentation d'une heure sur l'IA générative, pour un public "
    "qui n'y connaît rien. Donne une durée à chaque partie."
)
PLAN_OK = (
    "1. Ce qu'est l'IA générative (15 min)\n2. Comment un modèle de langage apprend (20 min)\n"
    "3. Démonstration de ChatGPT (15 min)\n4. Questions (10 min)"
)


@pytest.mark.parametrize(
    ("split", "dictated"),
    [
        (" Découpe l'heure en 1/4, 1/3, 1/4 et 1/6.", True),
        (" Use a quarter, a third, a quarter and a sixth of the hour.", True),
        (" Consacre à peu près la moitié du temps à la démonstration.", False),
    ],
)
def test_shares_of_the_hour_that_make_the_whole_dictate_the_plan(prompts, split, dictated):
    earned = corpus.earned(prompts, "plan", PLAN_PROMPT + split, PLAN_OK)
    assert (earned["answer-sections"] == 0) is dictated


# -- live mode: the counterfactual turns the reviews' texts round under their headers --------
def _position_answer(labels_by_text: dict[str, str] | None, prompt: str) -> str:
    """A model's answer: the ids in the order the prompt lists them, labelled by position
    (positive, negative, neutral) or, with ``labels_by_text``, by what each review says."""
    found = re.findall(r"Avis (\d) : « ([^»]{10})", prompt)
    order = ["positive", "negative", "neutral"]
    items = [
        {"id": int(i), "sentiment": labels_by_text[text] if labels_by_text else order[n]}
        for n, (i, text) in enumerate(found)
    ]
    return json.dumps({"reviews": sorted(items, key=lambda item: item["id"])})


def _live(prompts, fake, tmp_path, prompt: str, honest: bool) -> dict[str, float]:
    from workshop.prompts.llm import LlmClient, LlmSettings, Usage

    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    attempt = corpus.Attempt(id="own", task="sentiment", prompt=corpus._fill(prompt), answer=SENTIMENT_OK)
    counterfactual = load(prompts)[0]["sentiment"].counterfactual
    assert counterfactual is not None
    variant = counterfactual.apply(attempt.prompt)
    assert variant != attempt.prompt
    by_text = {"J'ai reçu ": "positive", "Le casque ": "negative", "Le sac à d": "neutral"}
    fake.obey = False
    fake.answers = {
        line: _position_answer(by_text if honest else None, text)
        for text in (attempt.prompt, variant)
        for line in [text.split("\n")[-3]]  # the first review's line tells the two prompts apart
    }
    settings = LlmSettings(
        base_url=fake.base_url, model="fake", samples=1, cache_dir=tmp_path / "c", timeout_s=5
    )
    result = grade_prompts(
        prompts,
        {"prompts.md": corpus.transcript(starter, attempt).encode()},
        LlmClient(settings, api_key="test"),
        Usage(),
    )
    return {name: earned for name, (earned, _) in corpus.task_results(result, "sentiment").items()}


# Labels by rank written before the data: the documented transcript limit (docs/design.md).
BY_RANK = (
    "Tu analyses les avis clients d'une boutique en ligne. Réponds uniquement en JSON. Dans l'ordre où "
    "je les colle, les avis sont positive, negative et neutral.\n{reviews}"
)


def test_a_model_that_labels_by_rank_is_caught_by_the_texts_turned_round(prompts, fake, tmp_path):
    earned = _live(prompts, fake, tmp_path, BY_RANK, honest=False)
    assert all(earned[name] == 0 for name in LABELS)


def test_a_model_that_reads_the_reviews_keeps_its_labels_when_the_texts_turn_round(prompts, fake, tmp_path):
    fair = BY_RANK.replace(" Dans l'ordre où je les colle, les avis sont positive, negative et neutral.", "")
    fair = fair.replace(
        "Réponds uniquement en JSON.", "Classe chaque avis : positive, negative ou neutral. JSON."
    )
    earned = _live(prompts, fake, tmp_path, fair, honest=True)
    assert all(earned[name] == 1 for name in LABELS)
