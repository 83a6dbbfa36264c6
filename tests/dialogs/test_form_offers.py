"""Every refusal that offers the answer meant ("Say yes or click it below") has its form
wording: in a card form there is no button below and "yes" is not read, so what is meant is
put in the field instead (`form_dialog._IN_A_FORM`). Found adding the pre-approval id's
offer, which had none."""

from __future__ import annotations

from dialogs.form_dialog import _IN_A_FORM
from views.strings import TABLES

# Offers made at a review, not at a field (no form shows them).
_NOT_A_FIELDS = {
    *("later_save", "later_day_save"),
    *("review_remove_campaign", "review_remove_campaign.one"),
}


def test_every_offer_of_a_fields_answer_has_its_form_wording() -> None:
    offers = {
        key.removeprefix("error.")
        for key, text in TABLES["en"].items()
        if key.startswith("error.") and "click it below" in text
    }
    missing = sorted(offers - _NOT_A_FIELDS - set(_IN_A_FORM))
    assert missing == []
    for code, key in _IN_A_FORM.items():
        assert key in TABLES["en"] and key in TABLES["fr"], code
