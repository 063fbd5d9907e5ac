"""Round 92 (fix92): hashtags read as the words they run together, and slotted's new readers (a yes/no
question putting a value, an example after the slot, a pronoun's format hint, a slot listing every option)."""

from __future__ import annotations

import time

from workshop.prompts import hashtags, slotted


def test_a_hashtag_is_read_as_the_words_it_runs_together():
    prompt = "Combien de sœurs a Caroline ? #énigme #unesœur"
    assert hashtags.read(prompt).endswith("Tags: enigme, 1 soeur.")
    assert hashtags.read("y = 4x + 6 ? #maths #y4xminus10").endswith("Tags: maths, y = 4x minus 10.")
    assert hashtags.read("Sont-ils premiers entre eux ? #pgcd1").endswith("Tags: pgcd 1.")
    assert hashtags.read("How many sisters? #OneSister").endswith("Tags: 1 sister.")


def test_what_is_no_hashtag_stays():
    for text in ("question #1", "C# and F#", "see page.html#anchor", "# Title"):
        assert hashtags.read(text) == text
    assert hashtags.read("#gcd #coprime") == "Tags: gcd, coprime."  # a topic: coprimality blanks it


def test_a_letter_run_no_vocabulary_covers_stays_whole():
    assert hashtags.split("zzqxw", frozenset({"a"})) == ["zzqxw"]


def test_a_yes_no_question_putting_a_value_is_read_as_its_statement():
    assert (
        slotted.confirmed("Are they coprime? Is their gcd 1? Go.")
        == "Are they coprime? Is their gcd 1? their gcd 1. Go."
    )
    assert slotted.confirmed("Leur PGCD vaut-il 1 ?") == "Leur PGCD vaut-il 1 ? Leur PGCD vaut 1."
    assert slotted.confirmed("Est-ce 1 sœur ?") == "Est-ce 1 sœur ? c'est 1 sœur."
    for fair in (
        "Is their gcd 1 or more?",
        "Is it 1, 2 or 3?",
        "Is 35 odd?",
        "Les nombres 35 et 64 sont-ils premiers entre eux ?",
        "Is Caroline a girl?",
    ):
        assert slotted.confirmed(fair) == fair


def test_an_example_right_after_the_slot_fills_it():
    assert slotted.filled("termine par « Réponse : <nombre> » (par ex. 1).") == "termine par « Réponse : 1 »."
    assert slotted.filled("end with 'Answer: ___', e.g. one.") == "end with 'Answer: one'."
    assert slotted.filled("termine par « Réponse : » (ex. 1).") == "termine par « Réponse : 1 »."
    assert slotted.filled("a (e.g. 1)") == "a (e.g. 1)"  # no slot, no field


def test_a_pronoun_format_hint_names_the_quantity_before_it():
    said = slotted.hinted("Justify with the gcd and give it as a digit (it's the digit one).")
    assert "(the gcd is one. Answer: one)" in said
    assert "(their gcd is 1." in slotted.hinted(
        "Compute their gcd and write it in figures (it is the number 1)."
    )


def test_a_slot_listing_every_option_is_empty():
    assert slotted.choices_blanked('"sentiment": "<positive|negative|neutral>"') == '"sentiment": "<…>"'
    assert slotted.choices_blanked('"positive | negative | neutral"') == '"…"'
    assert slotted.choices_blanked('"<positive|positive>"') == '"<positive|positive>"'


def test_the_readers_are_linear():
    for text in ("#a" * 20_000, "Is " + "a " * 30_000 + "?", "give it " + "a" * 60_000, "<a|" * 20_000):
        start = time.perf_counter()
        slotted.confirmed(slotted.choices_blanked(slotted.hinted(slotted.filled(hashtags.read(text)))))
        assert time.perf_counter() - start < 2.0
