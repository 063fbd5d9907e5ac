"""Round 83 (fix-helper fix83): values a model would only count or look up, read as told.

tallied: tallies, unary runs, sets and repeated slots written as numbers; keyed: an answer key's
letters written as the options they name; rostered: a family's roster by name followed by its
count; reread: a letter paired with another is a definition's variable, no ROT13."""

from __future__ import annotations

import time

from workshop.prompts import keyed, reread, rostered, tallied

RIDDLE = [
    "Caroline (une fille) a 3 frères. Chaque frère a 2 sœurs. Combien de sœurs a Caroline ?",
    "Caroline (a girl) has 3 brothers. Each brother has 2 sisters. How many sisters does Caroline have?",
]


def test_block_runs_with_a_legend_are_minutes():
    text = "My timeline, one ▮ per five minutes: Welcome ▮ / What it is ▮▮ / Demo ▮▮▮."
    read = tallied.read(text)
    assert "Welcome  5 min" in read and "What it is  10 min" in read and "Demo  15 min" in read
    assert "one ▮ per five minutes" in read  # the legend itself stays
    assert "15 min" in tallied.read("Brouillon (■ = 5 min) : Accueil ■, Démo ■■■.")


def test_block_runs_without_a_legend_share_the_talk():
    read = tallied.read("A one-hour talk. Welcome ●● / Demo ●●●●●● / Q&A ●●●●.")
    assert "Welcome  10 min" in read and "Demo  30 min" in read and "Q&A  20 min" in read


def test_single_bullets_count_nothing():
    text = "A one-hour talk. • Welcome • Demo • Q&A ● Intro ● End"
    assert tallied.read(text) == text


def test_sets_tallies_and_empty_sets():
    assert "1 (gcd = 1)" in tallied.read("The common divisors of 35 and 64 I found: {1}.")
    assert "(PGCD = 1)" in tallied.read("Les diviseurs communs positifs de 35 et 64 : {1}.")
    assert "(PGCD" not in tallied.read("Quelques diviseurs communs premiers : 1.")
    assert tallied.read("PGCD(35, 64) = |.") == "PGCD(35, 64) = 1."
    assert "none" in tallied.read("Common prime factors of 35 and 64: ∅.")
    assert "aucun" in tallied.read("Facteurs premiers communs : {}.")
    json = 'Réponds en JSON : {"details": {}}'
    assert tallied.read(json) == json  # a JSON's empty object is no empty set of divisors
    table = "| x | y |\n|---|---|\n| 1 | 2 |"
    assert tallied.read(table) == table


def test_repeated_slots_are_durations():
    read = tallied.read(
        "A one-hour talk. My slots: Welcome, Demo, Demo, Demo, Q&A, Q&A, "
        "Limits, Limits, Limits, Limits, End, End."
    )
    assert "Demo 15 min" in read and "Limits 20 min" in read
    listed = "A one-hour talk. Topics: Welcome, What it is, Demo, Limits, Q&A, End."
    assert tallied.read(listed) == listed  # nothing repeated: no slots
    back = "A one-hour talk. Order: Welcome, Demo, Demo, Limits, Demo, End."
    assert tallied.read(back) == back  # a part back after another: no slots


def test_an_answer_key_names_its_options():
    text = "Choix : A) positive  B) negative  C) neutral. Corrigé : 1-A, 2-B, 3-C."
    assert keyed.resolved(text).endswith("Corrigé : 1-positive, 2-negative, 3-neutral.")
    text = "(a) positive (b) negative (c) neutral. Answer key: A, B, C."
    assert keyed.resolved(text).endswith("Answer key: 1-positive, 2-negative, 3-neutral.")
    text = "(a) y = 4x + 10   (b) y = 4x − 10\nMa correction dit (b) : explique pourquoi."
    assert "Ma correction dit (y = 4x − 10)" in keyed.resolved(text)


def test_no_key_or_a_parameter_is_left():
    text = "(a) y = 4x + 10   (b) y = 4x − 10. Solution : a = 4, b = -10 ?"
    assert keyed.resolved(text) == text
    text = "(a) positive (b) negative (c) neutral. Choisis pour chaque avis."
    assert keyed.resolved(text) == text


def test_a_family_roster_is_counted():
    read = rostered.counted("Voici la fratrie au complet : Caroline, Inès, Tom, Hugo et Nathan.", RIDDLE)
    assert "la famille compte 5 enfants" in read
    read = rostered.counted("Family tree: Caroline ♀, Ines ♀, Tom ♂, Hugo ♂, Nathan ♂.", RIDDLE)
    assert "the family has 5 children" in read
    read = rostered.counted(
        "Arbre généalogique :\n- Caroline (fille)\n- Inès (fille)\n- Tom\n- Hugo\n- Nathan\n", RIDDLE
    )
    assert "5 enfants" in read


def test_names_that_are_no_roster_stay():
    for text in (
        "Les frères s'appellent Tom, Hugo et Nathan.",  # the subject not among them
        "Caroline est dans ma classe avec Léa, Inès et Zoé.",  # no family word
    ):
        assert rostered.counted(text, RIDDLE) == text
    assert rostered.counted("La fratrie : Caroline, Inès, Tom.", ["35 et 64 ?", "35 and 64?"]).endswith(
        "Tom."
    )


def test_paired_letters_are_no_rot13():
    text = "rappel : a et b sont premiers entre eux quand la fraction a/b est irreductible."
    assert all(" et o " not in r for r in reread.readings(text))
    assert all("z et a" not in r for r in reread.readings("m et n sont premiers entre eux."))


def _read_all(text: str) -> None:
    tallied.read(text)
    keyed.resolved("Corrigé : " + text)
    rostered.counted("fratrie : " + text, RIDDLE)


def _cpu(text: str) -> float:
    """Least CPU seconds of three readings (noise only lengthens a reading)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        _read_all(text)
        best = min(best, time.process_time() - start)
    return max(best, 1e-4)


def test_readers_are_linear():
    # Growth, not a wall-clock bound (a shared machine under load once took 2.76 s for what an
    # idle one does in 0.3 s): four times the text must cost less than eight times the CPU.
    # Linear reading gives about 4, a quadratic one 16.
    for unit, count in (
        ("▮", 60000),
        ("a, ", 20000),
        ("{1, ", 15000),
        ("| ", 30000),
        ("Caroline, ", 6000),
        ("(a) x ", 10000),
    ):
        small, large = _cpu(unit * (count // 4)), _cpu(unit * count)
        assert large / small < 8, (unit, small, large)
