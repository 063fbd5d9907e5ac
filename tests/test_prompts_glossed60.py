"""A bracketed restatement renders the source's own (« ses paramètres, c'est-à-dire les nombres… » as "its
parameters (that is, the numbers…)", fair fix63-f-traduction-that-is-parenthesis); one more than the source
holds, or a gloss of another kind, is added (session 60)."""

from workshop.prompts import faithful

SOURCE = "le modèle ajuste un peu ses paramètres, c'est-à-dire les nombres qui déterminent ses réponses."


def test_the_sources_restatement_rendered_in_brackets_is_no_gloss():
    answer = "the model slightly adjusts its parameters (that is, the numbers that determine its answers)."
    assert faithful._glossed(answer, SOURCE) == ""


def test_a_restatement_more_than_the_source_holds_is_a_gloss_whatever_its_capital():
    answer = (
        "labelled (I.e. tagged) photos; the model adjusts its parameters (that is, the numbers that "
        "determine its answers)."
    )
    assert faithful._glossed(answer, SOURCE)


def test_a_gloss_of_another_kind_is_added_even_beside_the_sources_restatement():
    answer = "the model adjusts its weights (lit. parameters), that is, the numbers behind its output."
    assert faithful._glossed(answer, SOURCE)
