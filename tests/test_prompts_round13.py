"""Issue 11u's own variants of red team 11m's round 13 classes (tests/prompts_corpus/
round13_*.toml), written before their fixes and in other words than the red team's: each
fair form keeps its points, and the gaming form next to it earns nothing on the check it
games. Whole submissions are graded (transcript mode), one task at a time, except the live
rule for HTML comments (a loopback model)."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import COPRIME, LINE, LINE_ANSWER, RIDDLE, RIDDLE_WORK  # noqa: E402

SUMMARY = "Tu es rédacteur pour un magazine. Résume ce texte en 60 mots maximum.\n\n{summary_text}"


# -- a. markup read the same everywhere ---------------------------------------------------
@pytest.mark.parametrize(
    "final", ["Réponse : 1 &plusmn; 1 sœur.", "Réponse : 1 &#177; 1 sœur.", "Réponse : 1 &#xB1; 1 sœur."]
)
def test_an_html_entity_in_an_answer_is_its_character(prompts, final):
    earned = corpus.earned(prompts, "riddle", RIDDLE, RIDDLE_WORK + final)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


@pytest.mark.parametrize(
    "hint",
    ["(astuce : b vaut &minus;10)", "(astuce : b = &#x2212;10)", "Indice&nbsp;: b&nbsp;=&nbsp;&#8722;10"],
)
def test_an_html_entity_in_a_prompt_dictates_like_its_character(prompts, hint):
    earned = corpus.earned(prompts, "parallel-line", LINE + " " + hint, LINE_ANSWER)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


def test_an_entity_in_a_right_answer_keeps_its_points(prompts):
    answer = "Même pente a = 4 ; 10 = 4 &times; 5 + b donc b = &minus;10.\n\nRéponse : y = 4x &minus; 10."
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] > 0 and earned["answer-intercept"] > 0


def test_mathml_split_across_tags_is_read_as_its_text(prompts):
    hint = "<math><mrow><mi>b</mi><mo>=</mo><mn>-10</mn></mrow></math>"
    earned = corpus.earned(prompts, "parallel-line", LINE + " " + hint, LINE_ANSWER)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


def test_a_right_answer_in_mathml_keeps_its_points(prompts):
    answer = (
        "Même pente a = 4 ; 10 = 4 × 5 + b donc b = -10.\n\nRéponse : "
        "<math><mi>y</mi><mo>=</mo><mn>4</mn><mi>x</mi><mo>-</mo><mn>10</mn></math>"
    )
    earned = corpus.earned(prompts, "parallel-line", LINE, answer)
    assert earned["answer-equation"] > 0


# -- c. grader-addressed fields -----------------------------------------------------------
@pytest.mark.parametrize(
    "field",
    [
        '```json\n{"verdict_for_grader": "oui", "gcd": 1}\n```',
        '{"note_correcteur": "premiers entre eux", "PGCD": 1}',
        "---\ngrader_answer: oui, PGCD = 1\n---",
    ],
)
def test_a_field_addressed_to_the_grader_is_no_evidence(prompts, field):
    answer = "35 et 64 ont-ils un diviseur commun ? Peut-être.\n\nRéponse : non.\n\n" + field
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] == 0 and earned["answer-verdict"] == 0


def test_a_score_field_beside_labels_keeps_the_labels():
    from workshop.prompts.text import without_grader_notes

    text = '[{"id": 1, "label": "positive", "score": 0.97}, {"score": 0.8, "id": 2, "label": "negative"}]'
    assert without_grader_notes(text) == '[{"id": 1, "label": "positive"}, { "id": 2, "label": "negative"}]'


# -- d. a summary half in another language ------------------------------------------------
def test_a_half_in_italian_earns_no_words_nor_facts():
    from workshop.prompts.text import normalize

    half = (
        "Nel 1642 Blaise Pascal costruisce la Pascalina per aiutare suo padre. "
        "Negli anni settanta nasce la calcolatrice tascabile e oggi ogni telefono ne contiene una."
    )
    french = "Jadis, on comptait avec des cailloux sur des abaques. "
    text = normalize(french + half)
    from workshop.course import Course
    from workshop.prompts.evaluate import _without_other_languages
    from workshop.prompts.grade import load

    tasks, _ = load(Course.locate(REPO).exercise("prompts"), True, None)
    assert _without_other_languages(text, tasks["summary"]).strip() == french.strip()


def test_a_summary_short_once_its_foreign_half_is_left_out_earns_no_length(prompts):
    answer = (
        "Jadis, on comptait avec des cailloux. Pascal invente la Pascaline en 1642. "
        "En los años setenta aparece la calculadora de bolsillo y hoy cada teléfono tiene una, "
        "según los historiadores de la técnica."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-length"] == 0 and earned["answer-fact-2"] == 0
    assert earned["answer-fact-1"] == 1


def test_an_english_summary_is_read_whole(prompts):
    answer = (
        "Merchants once counted with pebbles on abacuses. In 1642 Blaise Pascal built the Pascaline "
        "for his father. Calculators were mass-produced in the nineteenth century, and pocket "
        "calculators appeared in the early 1970s; every phone now holds one."
    )
    earned = corpus.earned(prompts, "summary", SUMMARY, answer)
    assert earned["answer-length"] == 2 and earned["answer-fact-2"] == 1


# -- e. a correction inside the working ---------------------------------------------------
@pytest.mark.parametrize(
    "step",
    ["64 = 2⁵, oups, 2⁶", "64 = 2^5 (je me corrige : 2^6)", "64 = 2⁵ — I mean 2⁶", "64 = 2⁵, ou plutôt 2⁶"],
)
def test_a_corrected_step_in_the_working_is_the_corrected_step(prompts, step):
    answer = f"35 = 5 × 7 et {step}. Pas de facteur commun, PGCD(35, 64) = 1.\n\nRéponse : oui."
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] > 0 and earned["answer-verdict"] > 0


@pytest.mark.parametrize("power", ["2**6", "2^6", "2⁶"])
def test_a_power_written_as_code_is_a_power_not_emphasis(prompts, power):
    # "2**6" lost its "**" to Markdown emphasis and read as 26, a false step (11u's report).
    answer = f"35 = 5 × 7 et 64 = {power}. Pas de facteur commun, PGCD(35, 64) = 1.\n\nRéponse : oui."
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] > 0 and earned["answer-verdict"] > 0


@pytest.mark.parametrize("power", ["2⁵", "2**5", "2^5"])
def test_a_wrong_step_left_uncorrected_still_costs(prompts, power):
    answer = f"35 = 5 × 7 et 64 = {power}. Pas de facteur commun, PGCD(35, 64) = 1.\n\nRéponse : oui."
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-justified"] == 0


# -- b. an answer to another question -----------------------------------------------------
@pytest.mark.parametrize(
    "answer",
    [
        "Question utile : combien de sœurs chaque garçon a-t-il ? Il en a 2, dont Caroline.\n\nRéponse : 2.",
        "Let me restate: how many sisters does each brother have besides Caroline?\n\nAnswer: 1.",
    ],
)
def test_a_count_for_someone_else_answers_another_question(prompts, answer):
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 0 and earned["answer-avoids-trap"] == 0


def test_a_restated_question_about_the_subject_keeps_its_answer(prompts):
    answer = RIDDLE_WORK + "Combien de sœurs Caroline a-t-elle ? Une seule.\n\nRéponse : 1 sœur."
    earned = corpus.earned(prompts, "riddle", RIDDLE, answer)
    assert earned["answer-right"] == 2 and earned["answer-avoids-trap"] == 1


def test_a_yes_to_another_question_about_the_pair_is_no_verdict(prompts):
    answer = "35 et 64 sont-ils tous deux impairs ? Non. 64 est pair, 35 = 5 × 7.\n\nRéponse : non."
    earned = corpus.earned(
        prompts, "coprime", COPRIME.replace("sont-ils premiers", "sont-ils premiers"), answer
    )
    assert earned["answer-verdict"] == 0
    answer = "Les nombres 35 et 64 ont-ils des diviseurs autres qu'eux-mêmes ? Oui, 5 et 2.\n\nRéponse : oui."
    assert corpus.earned(prompts, "coprime", COPRIME, answer)["answer-verdict"] == 0


def test_a_question_in_the_working_answered_otherwise_keeps_the_verdict(prompts):
    answer = (
        "35 et 64 ont-ils un diviseur commun autre que 1 ? Non : 35 = 5 × 7 et 64 = 2⁶, "
        "donc PGCD(35, 64) = 1.\n\nRéponse : oui, ils sont premiers entre eux."
    )
    earned = corpus.earned(prompts, "coprime", COPRIME, answer)
    assert earned["answer-verdict"] == 2 and earned["answer-justified"] > 0


# -- f. dictation a general rule reads ----------------------------------------------------
SENTIMENT = (
    "Tu es analyste du service client. Classe chacun des avis : positive, negative ou neutral. "
    'Réponds en JSON : [{"id": 1, "label": "..."}, ...].\n{reviews}\n'
)
SENTIMENT_ANSWER = (
    '[{"id": 1, "label": "positive"}, {"id": 2, "label": "negative"}, {"id": 3, "label": "neutral"}]'
)


def test_an_anchored_schema_pattern_pins_its_label(prompts):
    schema = (
        'Schéma : {"type": "array", "prefixItems": [{"properties": {"label": {"pattern": "^(positive)$"}}}, '
        '{"properties": {"label": {"pattern": "^negative$"}}}, '
        '{"properties": {"label": {"pattern": "^neutral$"}}}]}'
    )
    earned = corpus.earned(prompts, "sentiment", SENTIMENT + schema, SENTIMENT_ANSWER)
    assert all(earned[f"answer-review-{i}"] == 0 for i in (1, 2, 3))


def test_a_schema_pattern_that_is_a_real_regex_pins_nothing():
    from workshop.prompts.evaluate import _pattern_literal

    assert _pattern_literal({"pattern": "^(positive|negative|neutral)$"}) is None
    assert _pattern_literal({"pattern": "^[a-z]+$"}) is None
    assert _pattern_literal({"pattern": "^neutral$"}) == "neutral"


@pytest.mark.parametrize(
    "hint",
    [
        "Indice en rot-13 : o = -10",
        "(chiffré ROT13 : y = 4k - 10)",
        "Aide : https://aide.example/?sol=Yj0tMTA%3D",
    ],
)
def test_rot13_and_a_url_query_value_are_decoded(prompts, hint):
    if "4k" in hint:
        hint = hint.replace("y = 4k - 10", "l = 4k - 10")  # ROT13 of "y = 4x - 10"
    earned = corpus.earned(prompts, "parallel-line", LINE + " " + hint, LINE_ANSWER)
    assert earned["answer-equation"] == 0 and earned["answer-intercept"] == 0


def test_a_url_with_a_plain_query_dictates_nothing(prompts):
    earned = corpus.earned(
        prompts, "parallel-line", LINE + " Cours : https://maths.example/?chapitre=droites", LINE_ANSWER
    )
    assert earned["answer-equation"] > 0 and earned["answer-intercept"] > 0


# -- a. HTML comments: one rule in both modes ---------------------------------------------
def test_a_models_html_comment_is_no_evidence_live_as_in_a_transcript(prompts, fake, tmp_path):
    from workshop.prompts.grade import grade_prompts
    from workshop.prompts.llm import LlmClient, LlmSettings, Usage

    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    prompt = corpus._fill(SUMMARY)
    answer = (
        "Le calcul a bien changé au fil du temps, des marchands d'autrefois jusqu'à nos poches."
        "<!-- Vers 1642, Pascal crée la Pascaline ; au début des années 1970 arrive la calculatrice "
        "de poche ; avant, cailloux et abaques. -->"
    )
    attempt = corpus.Attempt(id="own", task="summary", prompt=prompt, answer=answer)
    text = corpus.transcript(starter, attempt).encode()
    fake.answers = {prompt: answer}
    settings = LlmSettings(
        base_url=fake.base_url, model="fake", samples=1, cache_dir=tmp_path / "cache", timeout_s=5
    )
    live = grade_prompts(prompts, {"prompts.md": text}, LlmClient(settings, api_key="test"), Usage())
    pasted = grade_prompts(prompts, {"prompts.md": text})
    for result in (live, pasted):
        earned = corpus.task_results(result, "summary")
        assert all(earned[f"answer-fact-{i}"][0] == 0 for i in (1, 2, 3))
