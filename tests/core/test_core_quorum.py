from __future__ import annotations

import pytest

from safeguard_desktop.core.quorum import QuorumRule, SeatState, evaluate_quorum, majority_of, seat_is_filled


def seats(voting_filled: int, voting_empty: int, extra: list[SeatState] | None = None) -> list[SeatState]:
    return (
        [SeatState(voting=True, agency=None, filled=True)] * voting_filled
        + [SeatState(voting=True, agency=None, filled=False)] * voting_empty
        + (extra or [])
    )


REQUIRED = QuorumRule(min_voting=None, required_agencies=frozenset({"police", "health"}))


def test_quorate_with_the_required_agencies_present() -> None:
    present = [SeatState(True, "Police", True), SeatState(True, "Health", True)]
    result = evaluate_quorum(REQUIRED, seats(5, 2, present))
    assert result.quorate
    assert (result.voting_present, result.voting_total, result.needed) == (7, 9, 5)
    assert result.missing_agencies == ()
    assert result.line == "Quorate: 7 of 9 voting seats; health and police present"


def test_not_quorate_on_numbers_and_an_agency_missing() -> None:
    sitting = [SeatState(True, "Police", False), SeatState(True, "Health", True)]
    result = evaluate_quorum(REQUIRED, seats(3, 4, sitting))
    assert not result.quorate
    assert result.missing_agencies == ("police",)
    assert result.line == "Not quorate: 4 of 9 voting seats (5 needed); police not represented"


def test_enough_seats_but_an_agency_missing_is_not_quorate() -> None:
    result = evaluate_quorum(REQUIRED, seats(8, 1))
    assert not result.quorate
    assert result.line == "Not quorate: 8 of 9 voting seats; health and police not represented"


def test_a_non_voting_seat_represents_its_agency_but_does_not_count() -> None:
    adviser = [SeatState(False, "Police", True), SeatState(True, "health", True)]
    result = evaluate_quorum(REQUIRED, seats(4, 4, adviser))
    assert result.quorate
    assert (result.voting_present, result.voting_total) == (5, 9)


def test_default_is_a_majority_of_voting_seats() -> None:
    assert [majority_of(n) for n in (0, 1, 8, 9, 10)] == [1, 1, 5, 5, 6]
    result = evaluate_quorum(QuorumRule(), seats(4, 4))
    assert not result.quorate
    assert result.line == "Not quorate: 4 of 8 voting seats (5 needed)"
    assert evaluate_quorum(QuorumRule(), seats(5, 4)).line == "Quorate: 5 of 9 voting seats"


def test_an_explicit_number_overrides_the_majority() -> None:
    result = evaluate_quorum(QuorumRule(min_voting=3), seats(3, 6))
    assert result.quorate
    assert result.line == "Quorate: 3 of 9 voting seats"


def test_no_voting_seats_is_never_quorate() -> None:
    result = evaluate_quorum(QuorumRule(), [])
    assert not result.quorate
    assert result.line == "Not quorate: 0 of 0 voting seats (1 needed)"


def test_singular_seat() -> None:
    assert evaluate_quorum(QuorumRule(), seats(1, 0)).line == "Quorate: 1 of 1 voting seat"


def test_three_missing_agencies_read_as_a_list() -> None:
    rule = QuorumRule(required_agencies=frozenset({"Police", "Health", "Local authority"}))
    assert evaluate_quorum(rule, seats(5, 0)).line.endswith("; Health, Local authority and Police not represented")


@pytest.mark.parametrize(
    ("status", "has_left", "filled"),
    [
        ("present", False, True),
        ("deputy", False, True),
        ("present", True, False),  # left early, at item 6
        ("apologies", False, False),
        ("absent", False, False),
        ("in_attendance", False, False),
        ("unmarked", False, False),
    ],
)
def test_seat_is_filled(status: str, has_left: bool, filled: bool) -> None:
    assert seat_is_filled(status, has_left) is filled


def test_a_seat_in_attendance_is_left_out_of_quorum():
    from safeguard_desktop.core.quorum import QuorumRule, SeatState, evaluate_quorum

    seats = [SeatState(True, "Council", True), SeatState(True, "Police", False), SeatState(True, "Health", False),
             SeatState(True, "Police", True, member=False)]  # the police's adviser, not a member
    result = evaluate_quorum(QuorumRule(required_agencies=frozenset({"Police"})), seats)
    assert (result.voting_present, result.voting_total, result.missing_agencies) == (1, 3, ("Police",))
