"""What the simulated partners say, turn by turn, and what each answer must contain.

The plan conversation is the scripted plan of tests/dialogs/test_plan_journey.py
(`EN_ANSWERS`), typed: "new plan", the seventeen answers, then "submit". A turn passes
when its replies reached the connector and contain the expected text; an apology
anywhere is a failed turn, so a fast error never counts as a fast turn.
"""

from __future__ import annotations

from dataclasses import dataclass

APOLOGY = "something went wrong on my side"


@dataclass(frozen=True)
class Step:
    text: str
    expect: str | None = None  # a text the turn's replies must contain


# The partner id the script drafts under (bench.figures.Partners changes it to draft again).
SCRIPT_MPN_ID = "1234567"

PLAN_CONVERSATION: tuple[Step, ...] = (
    # A new draft, or the partner's empty one an earlier figure left (it is reused).
    Step("new plan", "draft **PLN-"),
    Step(SCRIPT_MPN_ID, "Which program"),
    Step("CSP Indirect Reseller"),
    Step("France"),
    Step("co-op"),
    Step("FY27 H2"),
    Step("EUR"),
    Step("ana@microsoft.com"),
    Step("50,000"),
    Step("Spring push"),
    Step("2027-01-10"),
    Step("March 31, 2027"),
    Step("digital advertising"),
    Step("LinkedIn ads for SMB"),
    Step("France, Belgium"),
    Step("12,500.50"),
    Step("no"),
    Step("no", "Nothing a reviewer would reject"),
    Step("submit", "Plan submitted for approval"),
)

# A partner drafting again may have left a draft mid-way (a figure ends each partner after
# the turn it is in): they say this first, as the bot asks ("say cancel first").
CANCEL = Step("cancel")

STATUS_QUESTION = Step("what's my claim status?", "CLM-2026-")

# A claim on the seeded plan's activity (bench.seed: TV / radio in campaign Autumn, 1-27 Nov
# 2026), typed up to its check, saved, resumed and saved again: the turns that read what the
# partner's other claims hold (the amount said back with what a reviewer would reject, the
# check card, "continue my claim"). No evidence: the check says what is missing.
CLAIM_CONVERSATION: tuple[Step, ...] = (
    CANCEL,  # a big partner may be mid-plan, ended there by the "big beside small" figure
    Step("new claim", "started claim **CLM-"),
    Step("Radio spots, November", "When did the activity run"),
    Step("2026-11-20", "How much are you claiming"),
    Step("900", "how many people"),
    Step("3000", "pre-approval id"),
    Step("PA-1", "Evidence for CLM-"),
    Step("done", "Check of CLM-"),
    Step("save", "stays a draft"),
    Step("continue my claim", "Check of CLM-"),
    Step("save", "stays a draft"),
)


def echo_of(step: Step) -> Step:
    """The same words for the echo bot, which must answer them back."""
    return Step(step.text, f"Echo: {step.text}")
