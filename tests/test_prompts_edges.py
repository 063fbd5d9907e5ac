"""The one reader of a graph's edges written as text (``artefacts.edges``): Graphviz, Mermaid
flowcharts and PlantUML, each end named by its label where the graph gives one."""

from __future__ import annotations

import pytest

from workshop.prompts.artefacts import Edge, edges


def test_graphviz_node_labels_quoted_or_bare_name_the_ends_and_the_edge_label_is_read():
    text = 'digraph {\n  a [label="Caroline"];\n  b [label=Sister];\n  a -> b [label="has"];\n}'
    assert edges(text) == [Edge("Caroline", "has", "Sister", "->", False, "a", "b")]


def test_a_graphviz_graph_on_one_line_is_a_body_not_a_node_named_digraph():
    text = "digraph { s1 [label=Sister]; s2 [label=Sister]; b -> s1; b -> s2 }"
    found = edges(text)
    assert [(e.source, e.target) for e in found] == [("b", "Sister"), ("b", "Sister")]
    assert [e.target_id for e in found] == ["s1", "s2"]  # two nodes labelled alike are two nodes
    strict = edges('strict digraph G { a [label="Caroline"]; a -> b }')
    assert [(e.source, e.target) for e in strict] == [("Caroline", "b")]


def test_mermaid_labels_at_the_ends_and_between_bars():
    text = 'flowchart LR\n  R1[Avis 1] -->|label| P[positive]\n  A["gcd(35, 64)"] --> B("1")\n  R2 --- N'
    assert [(e.source, e.label, e.target, e.both) for e in edges(text)] == [
        ("Avis 1", "label", "positive", False),
        ("gcd(35, 64)", "", "1", False),
        ("R2", "", "N", True),
    ]


def test_a_chain_is_read_edge_by_edge():
    assert [(e.source, e.target) for e in edges("a -> b -> c")] == [("a", "b"), ("b", "c")]


@pytest.mark.parametrize(
    ("line", "source", "target", "both"),
    [
        ("Brother1 --> Sister : has", "Brother1", "Sister", False),
        ("Sister <-- Brother2 : has", "Brother2", "Sister", False),  # a reversed arrow points back
        ("A <-> B", "A", "B", True),
        ("C -- D", "C", "D", True),
        ("E -> F [dir=both]", "E", "F", True),
    ],
)
def test_plantuml_and_graphviz_arrows_say_which_way_they_point(line, source, target, both):
    (edge,) = edges(line)
    assert (edge.source, edge.target, edge.both) == (source, target, both)


def test_an_assignment_arrow_of_r_or_haskell_is_no_edge():
    assert edges("sisters <- 2\nslope <- 4") == []
