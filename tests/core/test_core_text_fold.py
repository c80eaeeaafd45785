from safeguard_desktop.core.text_fold import fold, matches_words


def test_welsh_letters_and_case_fold_away():
    assert fold("Dŵr a Thŷ") == "dwr a thy"
    assert fold("Siân Ffuglen") == "sian ffuglen"


def test_every_word_typed_must_be_there():
    assert matches_words("sian ffug", "Siân Ffuglen")
    assert not matches_words("sian jones", "Siân Ffuglen")
    assert not matches_words("x", None)
