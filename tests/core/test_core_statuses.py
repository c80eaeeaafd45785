from safeguard_desktop.core.statuses import ACTION_STATUSES, OPEN_STATUSES, status_label
from safeguard_desktop.core.timescales import is_open_status


def test_the_four_statuses_in_the_order_offered_with_their_words():
    assert ACTION_STATUSES == ("open", "completed", "carried_forward", "closed_by_board")
    assert [status_label(s) for s in ACTION_STATUSES] == ["Open", "Completed", "Carried forward", "Closed by the board"]
    assert status_label(None) == "" and status_label("on_hold") == "On hold"


def test_open_statuses_agree_with_the_rule_for_words_users_type():
    assert [s for s in ACTION_STATUSES if is_open_status(s)] == list(OPEN_STATUSES)
