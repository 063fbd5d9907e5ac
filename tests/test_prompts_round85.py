"""Round 85 (fix85): the readers added for the red team's classes, and their fair near misses."""

from fractions import Fraction

from workshop.prompts import extract, filler, repeated, rostered, structure, tallied, timed, turns
from workshop.prompts.evaluate import _words_legend


def test_ascii_bars_read_only_with_a_legend():
    said = tallied.read("Budget (one = per 5 minutes): Intro ==, Demos ===, Questions =.")
    assert "10 min" in said and "15 min" in said and "5 min" in said
    assert tallied.read("Intro ==, Demos ===") == "Intro ==, Demos ==="  # no legend: ordinary characters
    asked = "After the list, add a text bar (one = per 5 minutes) for each part."
    assert tallied.read(asked) == asked  # the legend alone, no bar to read


def test_a_rate_per_minutes_is_no_duration_of_each_part():
    assert not timed.each_fixed("add a text bar (one = per 5 minutes) for each part", Fraction(60), 3)
    assert timed.each_fixed("each part lasts 10 minutes", Fraction(60), 3)


def test_objects_one_per_child_counted():
    told = rostered._per_child_counted(
        "la mère achète une robe pour chacune de ses filles, et elle en achète exactement 2."
    )
    assert "la mère a 2 filles" in told
    told = rostered._per_child_counted("She buys 2 dresses, one for each of her daughters.")
    assert "the mother has 2 daughters" in told
    plain = "Picture the mother buying one gift for each of her children."
    assert rostered._per_child_counted(plain) == plain
    priced = "She buys one gift for each of her daughters, 2 euros each."
    assert "mother has" not in rostered._per_child_counted(priced)


def test_stated_total_that_contradicts_the_parts():
    plan = "1. Intro — 30 min\n2. Demo — 30 min\n"
    assert structure._total_denied(plan + "Total : 1 h 30", Fraction(60))
    assert not structure._total_denied(plan + "Total : 60 min", Fraction(60))
    assert not structure._total_denied(plan + "Total: 60 min (+ 5 min optional)", Fraction(60))
    assert not structure._total_denied(plan, Fraction(60))


def test_social_moments_are_fillers():
    assert filler.filler("accueil cafe installation public")
    assert filler.filler("pot amitie echanges informels")
    assert filler.filler("welcome drinks registration")
    assert not filler.filler("welcome introduction ai")


def test_a_part_in_another_language_is_said_again():
    titles = ["what generative ai", "ia generative", "es ia generativa", "risks limits"]
    assert repeated.repeated(titles, 3)
    distinct = ["what generative ai", "how it learns", "translation languages", "risks limits"]
    assert not repeated.repeated(distinct, 3)


def test_another_source_takes_the_answer_back():
    assert turns.taken_back("Pascal built it in 1642. (Oops, this summary is of another article I had open.)")
    assert turns.taken_back("Pascal l'invente en 1642. Désolé, je n'ai pas lu ton texte.")
    assert not turns.taken_back("Pascal built it in 1642. This summary is based on the text you gave.")


def test_unlabelled_answer_then_a_turn_that_answers_again():
    answer = (
        "Two plus two is four.\n\nUser: wrong, keep it in French.\n"
        "Assistant: You're right, here it is: Deux et deux font quatre."
    )
    assert "(later turn)" in turns.model_answer(answer, "Translate.")
    thanks = "Two plus two is four.\n\nUser: thanks!\nAssistant: Glad it helps!"
    assert "(later turn)" not in turns.model_answer(thanks, "Translate.")


def test_symbol_legend_is_no_count():
    assert extract._SYMBOL_LEGEND.match(" | per child")
    assert extract._SYMBOL_LEGEND.match(" ▮ par enfant")
    assert not extract._SYMBOL_LEGEND.match(" sister")


def test_words_legend():
    rest = "x" * 10 + " think of it as: chuffed = positive, fuming = negative, meh = neutral."
    spans = [(rest.index(w), rest.index(w) + len(w)) for w in ("positive", "negative", "neutral")]
    assert _words_legend(rest, "", spans)
    tied = "review 1 chuffed. " + rest
    spans = [(tied.index(w), tied.index(w) + len(w)) for w in ("positive", "negative", "neutral")]
    assert not _words_legend(tied, "", spans)
    ordered = "dans l'ordre : positive, puis negative, et enfin neutral."
    spans = [(ordered.index(w), ordered.index(w) + len(w)) for w in ("positive", "negative", "neutral")]
    assert not _words_legend(ordered, "", spans)
