from safeguard_desktop.core.plan_shapes import BUSINESS_PLAN, SHAPES, WORK_PLAN, level_word, shape_of


def test_each_shape_names_the_level_below_each_level_and_rows_below_the_last():
    assert BUSINESS_PLAN.child_kind(None) == "priority"
    assert BUSINESS_PLAN.child_kind("priority") == "outcome"
    assert BUSINESS_PLAN.child_kind("outcome") is None
    assert WORK_PLAN.child_kind("duty") == "responsibility"
    assert WORK_PLAN.rows_nest and not BUSINESS_PLAN.rows_nest
    assert SHAPES["self_assessment"].row_word is None


def test_level_words_are_the_papers_words_and_unknown_kinds_read_as_stored():
    assert level_word("duty") == "Strategic duty"
    assert level_word("responsibility") == "Specific responsibility"
    assert level_word("evidence") == "Evidence framework"
    assert level_word("sub_theme") == "Sub theme"


def test_an_older_plan_kind_reads_as_a_business_plan():
    assert shape_of("strategic_plan") is BUSINESS_PLAN
    assert shape_of("work_plan") is WORK_PLAN
