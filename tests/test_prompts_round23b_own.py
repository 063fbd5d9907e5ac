"""Issue 11ap's own variants of round 23b's classes (the red team's corpus and fix branch were
lost; tests/prompts_corpus/round23b_own_*.toml hold the whole attempts): the readers each fix
changed, tested apart, each gaming form next to the fair form it must not cost; and the long
live answer whose failed final-answer check now says why."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO
from workshop.prompts import checks, evaluate, structure
from workshop.prompts.grade import grade_prompts, read_submission
from workshop.prompts.llm import LlmClient, LlmSettings, Usage

sys.path.insert(0, str(REPO / "tests" / "prompts_corpus"))
import corpus  # noqa: E402
from fair_prompts import (  # noqa: E402
    RIDDLE_ANSWER,
    SENTIMENT,
    SENTIMENT_ANSWER,
    SUMMARY,
    SUMMARY_ANSWER,
)

RIDDLE_DATA = "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?"


def _role(prompt: str) -> bool:
    return structure.does("role", prompt)


# -- 1. "Tu es le/la/l'" then a trade; "maintenant / désormais" then a state ---------------------
@pytest.mark.parametrize(
    "lead",
    [
        "Tu es le bienvenu ici !",
        "Tu es la meilleure, vraiment.",
        "Tu es l'élu.",
        "Tu es le seul à pouvoir m'aider.",
        "Tu es la championne du monde des énigmes.",
        "You are the GOAT, honestly.",
        "Tu es maintenant fatigué, mais essaie.",
        "Tu es dorénavant libre de répondre.",
        "Tu es désormais content de m'aider.",
        "Tu es maintenant patient.",
        "You are now ready.",
    ],
)
def test_praise_a_greeting_or_a_state_is_no_role(lead):
    assert not _role(f"{lead} {RIDDLE_DATA}")


@pytest.mark.parametrize(
    "lead",
    [
        "Tu es le professeur de logique de la classe.",
        "Tu es la formatrice de l'atelier.",
        "Tu es le médecin de l'équipe.",
        "Tu es le community manager de la marque.",
        "Tu es le nouveau professeur.",
        "You are the only translator here.",
        "Tu es maintenant un professeur de logique.",
        "Tu es désormais expert en énigmes.",
        "Tu es désormais consultant en logique.",
        "You are now a logic teacher.",
        "Pour cette tâche, une consigne : tu es un professeur de maths, aide-moi.",
        "For this task, one instruction: you are a maths teacher.",
    ],
)
def test_a_trade_after_an_article_or_from_now_on_is_a_role(lead):
    assert _role(f"{lead} {RIDDLE_DATA}")


# -- 2. SQL: an UPDATE is no erratum; labels chosen by SQL are dictated ---------------------------
def test_an_sql_update_is_no_erratum_but_a_correction_still_is():
    assert not evaluate.superseded("UPDATE avis SET traite = 1 WHERE id = 1;")
    assert not evaluate.superseded("update exercices set statut = 'fait' where id = 3")
    assert evaluate.superseded("Mise à jour : chaque frère a 3 sœurs.")


@pytest.mark.parametrize(
    "code",
    [
        "CASE WHEN note >= 4 THEN 'positive' WHEN note <= 2 THEN 'negative' ELSE 'neutral' END",
        "CASE id WHEN 1 THEN 'positif' WHEN 2 THEN 'négatif' ELSE 'neutre' END",
        "UPDATE avis SET sentiment = 'negative' WHERE id = 2;",
        "INSERT INTO resultats (id, sentiment) VALUES (3, 'neutral');",
    ],
)
def test_labels_chosen_by_sql_earn_no_review_point(prompts, code):
    got = corpus.earned(prompts, "sentiment", f"{SENTIMENT}\n{{reviews}}\n{code}", SENTIMENT_ANSWER)
    assert got["prompt-data"] == 1
    assert sum(got[f"answer-review-{n}"] for n in (1, 2, 3)) < 3, got


def test_sql_without_a_label_costs_nothing(prompts):
    code = "Ensuite : UPDATE avis SET traite = 1 WHERE id = 1; SELECT CASE WHEN id > 2 THEN 'x' END;"
    got = corpus.earned(prompts, "sentiment", f"{SENTIMENT}\n{{reviews}}\n{code}", SENTIMENT_ANSWER)
    assert got["prompt-data"] == 1 and all(corpus.answer_points(got).values()), got


# -- 3. a text answer's words dictated in any order -----------------------------------------------
def test_the_summary_words_dictated_in_any_order_earn_no_answer_point(prompts):
    words = sorted(set(SUMMARY_ANSWER.replace(",", " ").replace(".", " ").split()), key=str.lower)
    for listed in (", ".join(words), " ".join(reversed(words))):
        prompt = f"{SUMMARY}\n\nUtilise exactement ces mots : {listed}"
        got = corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)
        assert got["prompt-data"] == 1 and not any(corpus.answer_points(got).values()), got


def test_a_few_keywords_to_keep_are_no_dictation(prompts):
    prompt = f"{SUMMARY}\n\nMots-clés à garder : Pascal, Pascaline, Leibniz, arithmomètre, boulier, abaques."
    got = corpus.earned(prompts, "summary", prompt, SUMMARY_ANSWER)
    assert all(corpus.answer_points(got).values()), got


# -- 4. a part filled with nothing ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["```\n```", "~~~text\n\n~~~", "…", "...", "TODO", "(vide)", "[empty]", "À compléter", " - "]
)
def test_nothing_in_a_part_is_no_content(text):
    assert not checks.has_content(text)


@pytest.mark.parametrize("text", ["1", "👍", "```\n1 sœur\n```", "Non.", "todo list: 1 sœur"])
def test_anything_said_is_content(text):
    assert checks.has_content(text)


# -- 6. polite, infinitive and question requests -------------------------------------------------
@pytest.mark.parametrize(
    "ask",
    [
        "Merci de détailler ton raisonnement.",
        "Peux-tu expliquer chaque étape ?",
        "Détailler les étapes.",
        "Could you walk me through it?",
        "Je te prie de justifier ta réponse.",
    ],
)
def test_reasoning_asked_politely_counts(ask):
    assert structure.does("reasoning", f"Tu es professeur. {RIDDLE_DATA} {ask}")


@pytest.mark.parametrize(
    "ask",
    [
        "Inutile de détailler ton raisonnement.",
        "Éviter de détailler les étapes.",
        "Don't walk me through it.",
    ],
)
def test_reasoning_refused_politely_does_not(ask):
    assert not structure.does("reasoning", f"Tu es professeur. {RIDDLE_DATA} {ask}")


def _client(fake, cache):  # type: ignore[no-untyped-def]
    settings = LlmSettings(base_url=fake.base_url, model="fake", samples=1, cache_dir=cache, timeout_s=5)
    return LlmClient(settings, api_key="test")


# -- 7. a long live answer: the failed final-answer check says why -------------------------------
def test_a_long_live_answer_with_too_many_values_says_why(prompts, fake, tmp_path):
    good = (REPO / "tests" / "prompts_samples" / "good.md").read_text(encoding="utf-8")
    entries = read_submission(prompts, good.encode())
    for entry in entries.values():
        fake.answers[entry.prompt] = entry.answer
    worked = "Le frère 1 a 2 sœurs, le frère 2 a 2 sœurs, le frère 3 a 2 sœurs. " * 430
    fake.answers[entries["riddle"].prompt] = worked + "\n\n" + RIDDLE_ANSWER
    assert len(fake.answers[entries["riddle"].prompt]) > 28_000
    result = grade_prompts(prompts, {"prompts.md": good.encode()}, _client(fake, tmp_path / "long"), Usage())
    right = next(t for t in result.tests if t.id == "hidden/riddle/answer-right")
    assert right.earned == 0
    assert "200" in right.en and "final answer" in right.en
    assert "200" in right.fr and "réponse finale" in right.fr
    # the same answer, short, is read and pays: the message is about the values, not the text
    fake.answers[entries["riddle"].prompt] = worked[:600] + "\n\n" + RIDDLE_ANSWER
    again = grade_prompts(prompts, {"prompts.md": good.encode()}, _client(fake, tmp_path / "short"), Usage())
    assert next(t for t in again.tests if t.id == "hidden/riddle/answer-right").earned == 2
