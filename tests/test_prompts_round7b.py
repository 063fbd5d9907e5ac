"""Issue 11n's own variants of what round 7 (red team 11g, tests/prompts_corpus/
round7_*.toml) left: the fair forms the grader still refused, written before their fixes
and in other words than the red team's, each beside the gaming form it must keep refusing.
Whole submissions are graded (transcript mode) where the task's data matters; rubric
sentences are read by ``structure.does`` alone."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from workshop.prompts.grade import grade_prompts
from workshop.prompts.structure import does

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import SENTIMENT_OK  # noqa: E402

LABELS = ["positive", "negative", "neutral", "positif", "negatif", "neutre"]


# -- own words: a date in figures is the text's, not its wording ------------------------------
SUMMARY = "Tu es professeur d'histoire. Résume ce texte en 60 mots au plus, avec tes mots.\n{summary_text}"
SUMMARY_HEAD = (
    "On comptait d'abord avec des cailloux sur des abaques. En 1642, Blaise Pascal conçoit la "
    "Pascaline, une machine qui additionne. "
)


@pytest.mark.parametrize(
    ("ending", "own"),
    [
        # eight words of the text in a row, one of them a year: seven words of its wording
        ("Au fil des années 1960, les premières calculatrices électroniques de bureau restent lourdes ; "
         "la calculatrice de poche arrive en 1972.", True),
        ("Enfin, dès le début des années 1970, la calculatrice de poche remplace la règle à calcul.", True),
        # eight words of its wording besides the year, or eight without one: copied
        ("Au début des années 1970, la calculatrice de poche fait son apparition chez tous.", False),
        ("Puis, dans les années 1960, les premières calculatrices électroniques de bureau "
         "coûtent cher ; la poche vient en 1972.", False),
        ("On la retrouve ensuite dans les banques et les compagnies d'assurance. La calculatrice de "
         "poche arrive en 1972.", False),
    ],
)  # fmt: skip
def test_a_year_copied_is_no_word_copied(prompts, ending, own):
    earned = corpus.earned(prompts, "summary", SUMMARY, SUMMARY_HEAD + ending)
    assert earned["answer-fact-2"] == 1 and earned["answer-length"] == 2
    assert (earned["answer-own-words"] == 1) is own


# -- an example after the data, examples in the plural, an example as JSON --------------------
SENTIMENT = (
    "Tu es responsable qualité d'une boutique en ligne. Classe chaque avis : positive, negative ou neutral. "
    'Réponds en JSON : {{"reviews": [{{"id": 1, "sentiment": "..."}}]}}.\n{reviews}\n{after}'
)


@pytest.mark.parametrize(
    "after",
    [
        "Quelques exemples d'autres avis, que j'ai classés moi-même : « Livré cassé, aucune réponse du "
        "vendeur. » → negative ; « Très bon thé, je rachèterai. » → positive.",
        'Here are examples of other reviews I labelled: "Arrived on time, nothing special." = neutral; '
        '"Broke on day two." = negative.',
    ],
)
def test_labelled_examples_after_the_data_are_examples(prompts, after):
    prompt = SENTIMENT.format(reviews="{reviews}", after=after)
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_OK)
    assert earned["prompt-example"] == 1
    assert all(earned[f"answer-review-{i}"] == 1 for i in (1, 2, 3))


@pytest.mark.parametrize(
    "after",
    [
        'Dans l\'ordre : "positive", "negative", "neutral".',
        "Exemples : « Top. » → positive ; « Nul. » → negative ; « Bof. » → neutral.",
    ],
)
def test_labels_in_order_after_the_data_still_give_the_answer_away(prompts, after):
    prompt = SENTIMENT.format(reviews="{reviews}", after=after)
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_OK)
    assert all(earned[f"answer-review-{i}"] == 0 for i in (1, 2, 3))


# -- a label alone on a line below a review quoted on its own line ------------------------------
LABEL_BELOW = (
    "Tu es responsable qualité d'une boutique en ligne. Classe chaque avis : positive, negative ou neutral. "
    'Réponds en JSON : {{"reviews": [{{"id": 1, "sentiment": "..."}}]}}.\n{before}\n{reviews}'
)


@pytest.mark.parametrize(
    ("before", "review_3"),
    [
        ('Cas déjà résolu :\n"Le sac à dos correspond à la description."\n=> neutral', 0),
        (
            "Worked case:\n« Le sac à dos correspond à la description. Il a été livré mardi, comme annoncé. »"
            "\nLabel:\nneutral",
            0,
        ),
        # an example of another review, labelled below it; the labels offered below a quotation
        ("Exemple :\n« Colis conforme, rien à signaler. »\nneutral", 1),
        (
            "« Le sac à dos correspond à la description. »\nÀ toi de juger : positive, negative ou neutral ?",
            1,
        ),
    ],
)
def test_a_label_alone_below_a_quoted_review_gives_it_away(prompts, before, review_3):
    prompt = LABEL_BELOW.format(before=before, reviews="{reviews}")
    earned = corpus.earned(prompts, "sentiment", prompt, SENTIMENT_OK)
    assert earned["answer-review-3"] == review_3
    assert earned["answer-review-1"] == 1 and earned["answer-review-2"] == 1


@pytest.mark.parametrize(
    ("prompt", "given"),
    [
        ('Réponds en JSON, sans phrase ni commentaire.\nExemple : {"id": 7, "sentiment": "positive"} '
         "pour « Une théière superbe, livrée vite. »", True),
        ('Answer in JSON only, no text before or after.\nExample: {"id": 4, "sentiment": "negative"} '
         'for "The lamp never switched on."', True),
        # the negation in the example's own sentence still refuses it
        ('Réponds en JSON. Pas d\'exemple : {"id": 7, "sentiment": "positive"} pour « Une théière superbe. »',
         False),
        ('Answer in JSON. No example needed: {"id": 4, "sentiment": "negative"} for "The lamp never '
         'switched on."', False),
    ],
)  # fmt: skip
def test_an_example_as_json_after_a_sentence_with_a_negation(prompt, given):
    assert does("example", prompt, LABELS) is given


# -- one line per part, said the other way round -----------------------------------------------
@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        ("Format : une ligne par partie.", True),
        ("Format: one line per part, its duration first.", True),
        ("Présente-le à raison d'une ligne pour chaque partie.", True),
        ("Pas une ligne par partie : fais ce que tu veux.", False),
    ],
)
def test_one_line_per_part_is_a_format(prompt, asked):
    assert does("format", prompt) is asked


# -- a request lifted: only when the lift names the request ------------------------------------
@pytest.mark.parametrize(
    ("prompt", "limited"),
    [
        ("Résume en 50 mots maximum, mais ignore les dates.", True),
        ("Summarise it in at most 50 words, but ignore the dates.", True),
        ("Summarise it in at most 50 words, but skip the dates.", True),
        ("Résume en 50 mots maximum, mais n'oublie pas Pascal.", True),
        ("Résume en 50 mots maximum, mais laisse de côté les chiffres.", True),
        ("Keep it under 50 words, but don't forget the HP-35.", True),
        ("Résume en 50 mots maximum, mais ignore cette consigne.", False),
        ("Résume en 50 mots maximum, mais oublie ce que je viens de dire.", False),
        ("Keep it under 50 words, but forget what I just said.", False),
        ("Keep it under 50 words, but ignore that limit.", False),
        ("Résume en 50 mots maximum, mais oublie-la.", False),
    ],
)
def test_a_lift_lifts_only_the_request_it_names(prompt, limited):
    assert does("limit", prompt) is limited


def test_a_length_beside_a_lift_of_something_else_keeps_its_point(prompts):
    prompt = (
        "Tu es professeur d'histoire. Résume ce texte en 50 mots maximum, mais ignore Leibniz.\n"
        "{summary_text}"
    )
    answer = (
        "On comptait d'abord avec des cailloux sur des abaques. En 1642, Blaise Pascal conçoit la "
        "Pascaline, une machine qui additionne. Au XIXe siècle, on fabrique des calculatrices "
        "mécaniques en série. La calculatrice de poche électronique arrive vers 1972."
    )
    earned = corpus.earned(prompts, "summary", prompt, answer)
    assert earned["prompt-limit"] == 1 and earned["answer-length"] == 2


# -- the red team's fair prompts earn exactly the prompt checks they list ----------------------
FAIR_LISTED = corpus.load("round5_fair") + corpus.load("round6_fair") + corpus.load("round7_fair")


@pytest.mark.parametrize("attempt", FAIR_LISTED, ids=[a.id for a in FAIR_LISTED])
def test_fair_prompts_earn_exactly_the_rubric_points_they_list(prompts, attempt):
    starter = (prompts.public_dir / "prompts.md").read_text(encoding="utf-8")
    result = grade_prompts(prompts, {"prompts.md": corpus.transcript(starter, attempt).encode()})
    earned = {
        n: e for n, (e, _) in corpus.task_results(result, attempt.task).items() if n.startswith("prompt")
    }
    points = {
        n: p for n, (_, p) in corpus.task_results(result, attempt.task).items() if n.startswith("prompt")
    }
    assert earned == {n: (points[n] if corpus.deserved(n, attempt) else 0) for n in earned}
