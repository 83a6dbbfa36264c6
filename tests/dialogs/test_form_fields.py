"""The form dialogs' field tables and the loop's `Next`: each question declared once,
and what follows an answer said by a value, not written into the step's state."""

from __future__ import annotations

import pytest
from botbuilder.core import MemoryStorage

from dialogs.activity_dialog import ActivityDialog
from dialogs.campaign_dialog import CONFIRMS, CampaignDialog
from dialogs.claim_dialog import CHANGEABLE, PREFIX, ClaimDialog
from dialogs.delete_draft_dialog import DeleteClaimDraftDialog, DeleteDraftDialog
from dialogs.dispute_dialog import DisputeDialog
from dialogs.evidence_dialog import PREFIX as EVIDENCE_PREFIX
from dialogs.evidence_dialog import EvidenceDialog
from dialogs.form_dialog import Field, Next, field_table
from dialogs.plan_dialog import PlanDialog
from domain.plan import ACTIVITY_FIELDS, CAMPAIGN_FIELDS, PLAN_FIELDS
from tests.support import services_over

TABLED = (
    PlanDialog,
    CampaignDialog,
    ActivityDialog,
    DisputeDialog,
    DeleteDraftDialog,
    DeleteClaimDraftDialog,
    ClaimDialog,
    EvidenceDialog,
)


@pytest.fixture(scope="module")
def dialogs():
    services = services_over(MemoryStorage())
    return {kind: kind(services) for kind in TABLED}


def test_an_edit_lasts_one_answer_and_next_may_ask_another():
    options = {"plan_id": "P1", "return_to": "amount"}
    assert Next().options_after(options) == options
    assert Next(edit="C1:name").options_after(options) == {**options, "edit": "C1:name"}


def test_next_changes_and_takes_out_options_and_ignores_absent_ones():
    after = Next(options={"from_check": True}).also(return_to=None, evidence_id=None)
    assert after.options_after({"claim_id": "C1", "return_to": "amount"}) == {
        "claim_id": "C1",
        "from_check": True,
    }


def test_the_plan_edit_targets_each_have_their_question(dialogs):
    assert set(PLAN_FIELDS) <= set(dialogs[PlanDialog].fields)
    assert set(CAMPAIGN_FIELDS) | set(CONFIRMS) <= set(dialogs[CampaignDialog].fields)
    assert set(ACTIVITY_FIELDS) <= set(dialogs[ActivityDialog].fields)


def test_the_claim_facts_each_have_their_question_kept_under_their_own_name(dialogs):
    fields = dialogs[ClaimDialog].fields
    for name in CHANGEABLE:
        assert fields[PREFIX + name].kept_as == name


def test_the_evidence_menu_and_each_item_question_have_their_field(dialogs):
    fields = dialogs[EvidenceDialog].fields
    # Every name `Evidence.missing_field` may give, and the menu: no question without a field.
    asked = {"menu", "kind", "file", "reading", "requirement", "url", "note"}
    assert set(fields) == {EVIDENCE_PREFIX + name for name in asked}
    for name in ("url", "note"):
        assert fields[EVIDENCE_PREFIX + name].kept_as == name
    # The menu, the kind and the file are acted on: items added, files fetched, "link"
    # refused; the reading's answer fills the claim; the requirement is kept by its act (a
    # link pasted there is the new link's address).
    for name in ("menu", "kind", "file", "reading", "requirement"):
        assert fields[EVIDENCE_PREFIX + name].act is not None, name


@pytest.mark.parametrize("kind", TABLED, ids=lambda k: k.__name__)
def test_every_field_says_what_it_asks_and_what_an_answer_does(dialogs, kind):
    for name, spec in dialogs[kind].fields.items():
        assert spec.name == name
        assert spec.text is not None or spec.ask is not None, name
        # An answer is kept on a model (and shown from it), or acted on: never neither.
        assert (spec.holder is not None) != (spec.act is not None), name
        if spec.holder is not None:
            assert spec.display is not None, name


def test_a_field_is_kept_under_its_name_unless_told():
    assert Field("name").kept_as == "name"
    assert Field("claim.name", attribute="name").kept_as == "name"
    assert list(field_table(Field("a"), Field("b"))) == ["a", "b"]
