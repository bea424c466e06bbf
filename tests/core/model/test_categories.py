"""Category names in the spellings teams use, mapped to the stored codes."""

import pytest

from demining_plugin.core.model.categories import (
    category_from_model,
    normalise_activity,
    normalise_category,
    normalise_condition,
    normalise_disposition,
    parse_flag,
)
from demining_plugin.core.model.schema import ACTIVITY, ITEM_CATEGORY

SPELLINGS = [
    # (category column, model column, expected code)
    ("AP", None, "AP"),
    ("ap", None, "AP"),
    ("A/P", None, "AP"),
    ("A.P.", None, "AP"),
    ("APM", None, "AP"),
    ("anti-personnel", None, "AP"),
    ("Anti personnel mine", None, "AP"),
    ("antipersonnel", None, "AP"),
    ("противопехотная мина", None, "AP"),
    ("piyadə əleyhinə mina", None, "AP"),
    ("PMN-2", None, "AP"),
    ("ПМН", None, "AP"),
    (None, "PMN-2", "AP"),
    (None, "OZM-72", "AP"),
    (None, "MON-50", "AP"),
    ("AT", None, "AT"),
    ("A/T", None, "AT"),
    ("ATM", None, "AT"),
    ("anti-tank", None, "AT"),
    ("Anti Tank Mine", None, "AT"),
    ("TM-62M", None, "AT"),
    (None, "TM-62M", "AT"),
    (None, "TM 57", "AT"),
    ("tanksavar", None, "AT"),
    ("UXO", None, "UXO"),
    ("uxo", None, "UXO"),
    ("mortar", None, "UXO"),
    ("Mortar bomb", None, "UXO"),
    ("grenade", "F-1", "UXO"),
    (None, "122 mm", "UXO"),
    (None, "82mm", "UXO"),
    ("AXO", None, "AXO"),
    ("IED", None, "IED"),
    ("booby trap", None, "IED"),
    ("cluster bomblet", None, "SUBMUNITION"),
    (None, "PTAB-1M", "SUBMUNITION"),
    ("other", None, "OTHER"),
    # The category column wins over the model when it says something.
    ("UXO", "PMN-2", "UXO"),
    # Unknown spellings are reported, not guessed.
    ("widget", None, None),
    ("flower", "PMN-2", None),
    (None, None, None),
    ("", "", None),
    (None, "Zastava", None),
]


@pytest.mark.parametrize("category, model, expected", SPELLINGS)
def test_category_spellings(category, model, expected):
    assert normalise_category(category, model) == expected


def test_every_code_is_a_stored_code():
    for _category, _model, expected in SPELLINGS:
        if expected is not None:
            assert expected in ITEM_CATEGORY.codes


def test_model_alone():
    assert category_from_model("PMN-4") == "AP"
    assert category_from_model("tm62p3") == "AT"
    assert category_from_model("") is None
    assert category_from_model(None) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("illegal entry", "illegal_entry"),
        ("Entering uncleared land", "illegal_entry"),
        ("leaving cleared land", "leaving_cleared_land"),
        ("Demining", "demining"),
        ("farming", "farming"),
        ("ploughing", "farming"),
        ("herding", "herding"),
        ("Shepherd", "herding"),
        ("travelling", "travelling"),
        ("tampering", "tampering"),
        ("dancing", None),
        ("", None),
    ],
)
def test_activity_spellings(text, expected):
    assert normalise_activity(text) == expected
    if expected:
        assert expected in ACTIVITY.codes


def test_condition_disposition_and_flags():
    assert normalise_condition("Intact") == "intact"
    assert normalise_condition("rusty") == "deteriorated"
    assert normalise_condition("sparkly") is None
    assert normalise_disposition("destroyed in situ") == "destroyed_in_situ"
    assert normalise_disposition("BIP") == "destroyed_in_situ"
    assert normalise_disposition("removed") == "removed"
    assert normalise_disposition("eaten") is None
    assert parse_flag("yes") is True and parse_flag("0") is False and parse_flag("maybe") is None
