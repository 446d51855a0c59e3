"""Completion order: what the clerk starts typing comes first (issue 11 item 10)."""

from __future__ import annotations

from desktop.name_ranking import rank_matches


def test_completion_order_prefix_then_word_start_then_contains_then_usage():
    names = ["Brunei Darussalam", "Russia", "Belarus", "White Russia Society"]
    assert [names[i] for i in rank_matches("Russ", names)] == [
        "Russia",
        "White Russia Society",
        "Brunei Darussalam",
    ]
    assert [names[i] for i in rank_matches("rus", names, usage=[0, 1, 9, 0])][:2] == [
        "Russia",
        "White Russia Society",
    ]
    assert rank_matches("рос", ["Россия", "Франция"]) == [0]
    assert rank_matches("", names) == []
