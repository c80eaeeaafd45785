import pytest

from safeguard_desktop.core.minutes_headings import PARTS, headings, stored


def test_a_group_with_no_words_of_its_own_gets_the_four_default_parts():
    assert headings(None) == PARTS


def test_a_scrutiny_committee_keeps_its_own_words_and_the_defaults_fill_the_rest():
    value = stored({"discussion": "Member  Scrutiny", "decision": "Committee's Conclusion", "context": "Context"})
    assert dict(headings(value)) == {"context": "Context", "key_issues": "Key issues",
                                     "discussion": "Member Scrutiny", "decision": "Committee's Conclusion"}
    assert "context" not in value  # equal to the default: not stored


def test_blank_words_go_back_to_the_default_and_nothing_different_stores_nothing():
    assert stored({"discussion": "   "}) is None


@pytest.mark.parametrize("bad", ["not json", "[1, 2]", '{"discussion": 5}', '{"other": "x"}'])
def test_an_unreadable_setting_gives_the_defaults(bad):
    assert headings(bad) == PARTS


def test_an_unknown_part_or_an_overlong_heading_is_refused():
    with pytest.raises(ValueError):
        stored({"summary": "Summary"})
    with pytest.raises(ValueError):
        stored({"decision": "x" * 81})
