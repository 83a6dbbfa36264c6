"""Hostile input for property tests: what a partner (or someone posing as one) may type.

Random Unicode (lone surrogates included: JSON lets a client send them), control and
invisible characters, emoji, markdown and HTML, ids, amounts and dates gone wrong,
commands, and huge strings. Shared by the recognizer/parser and whole-dialog tests.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Bounded and reproducible: the same examples on every machine, no example database.
BOUNDED = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

FRAGMENTS = (
    # markup, mentions, links, card-ish JSON
    "[click](https://evil.example)",
    "<at>Ada</at>",
    "**bold**",
    "_x_",
    "`code`",
    "# title",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&lt;at&gt;",
    "|a|b|",
    '{"type": "Action.OpenUrl", "url": "https://evil.example"}',
    "${user.name}",
    "\\",
    "\\n",
    # invisible and control characters, directions, joiners
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\ufffd",
    "\u0301",
    "\U000e0041",
    # emoji and scripts
    "👩‍💻",
    "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
    "🇫🇷",
    "💶",
    "漢字",
    "مرحبا",
    "Ünïcödé",
    "ß",
    "İ",
    "ﬁ",
    "１２３",
    # numbers, money, dates and periods
    "0",
    "-1",
    "1e309",
    "NaN",
    "Infinity",
    "1,234.56",
    "1 234,56 €",
    "€1.234,56",
    "USD 500",
    "9" * 40,
    "0.000000001",
    "1,2,3,4",
    "--5",
    "+-1",
    "¥",
    "EUR",
    "JPY 12.5",
    "2026-02-30",
    "31/12/2026",
    "12/31/2026",
    "15 mars 2027",
    "March 15",
    "0000-00-00",
    "9999-99-99",
    "FY27 H1",
    "FY99 H9",
    "yesterday",
    # ids, e-mail addresses, countries
    "PLN-2026-000001",
    "CLM-2026-000001",
    "PLN-9999-999999",
    "a@b",
    "x@microsoft.com",
    "@@",
    "France",
    "FR, BE",
    "Atlantis",
    "EU",
    "1234567",
    # commands and answers
    "help",
    "cancel",
    "annuler",
    "new plan",
    "new claim",
    "delete draft",
    "my plans",
    "status of CLM-2026-000001",
    "yes",
    "non",
    "done",
    "submit",
    "1",
    "99",
    "?",
    " ",
    "",
    "   ",
)

fragments = st.sampled_from(FRAGMENTS)
any_character = st.characters(exclude_categories=())  # surrogates and controls included
short_text = st.text(any_character, max_size=12)
huge_text = st.builds(
    lambda piece, times: piece * times,
    st.sampled_from(["A", "1", "1,", " ", "€", "é", "😀", "\x00", "[x](y)", "PLN-", "9.", "-"]),
    st.integers(min_value=2_000, max_value=60_000),
)

hostile_text = st.one_of(
    st.lists(st.one_of(fragments, short_text), max_size=8).map("".join),
    st.text(any_character, max_size=300),
    huge_text,
)

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    hostile_text,
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)
CARD_KEYS = ("action", "field", "target", "answer", "plan_id", "claim_id", "value", "edit")
ACTIONS = (
    "answer", "new_plan", "my_plans", "help", "continue_plan", "new_claim", "continue_claim",
    "my_claims", "my_funds", "fix_claim", "dispute_claim", "fix_plan", "evil", "",
)  # fmt: skip


def card_values(targets: st.SearchStrategy[str], fields: st.SearchStrategy[str]):
    """A submit's `value`: random dicts, and forged ones aimed at real drafts and fields."""
    random_dicts = st.dictionaries(
        st.one_of(st.sampled_from(CARD_KEYS), st.text(max_size=8)), json_values, max_size=6
    )
    forged = st.fixed_dictionaries(
        {
            "action": st.sampled_from(ACTIONS),
            "field": st.one_of(fields, hostile_text),
            "target": st.one_of(targets, hostile_text),
            "answer": json_values,
        },
        optional={"plan_id": st.one_of(targets, hostile_text), "claim_id": targets},
    )
    return st.one_of(random_dicts, forged)
