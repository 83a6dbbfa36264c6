"""Lists of activity types in French are written as French writes a colon ("**Type** : …").

Seen at stop 43: « quels justificatifs faut-il ? » listed "**Publicité imprimée**: Copie de
la pièce finale…", the English colon, in a French answer; the caps listed by « quel est le
plafond d'une réclamation ? » are built the same way.
"""

from __future__ import annotations

import re

import pytest

from views.claim_cards import claim_limits_text, evidence_needed_text


@pytest.mark.parametrize("text", [evidence_needed_text("fr-FR", None), claim_limits_text("fr-FR")])
def test_each_types_line_has_a_space_before_its_colon_in_french(text: str) -> None:
    lines = [line for line in text.splitlines() if line.startswith("- **")]
    assert len(lines) >= 6
    assert all(re.match(r"- \*\*[^*]+\*\* : \S", line) for line in lines), lines


@pytest.mark.parametrize("text", [evidence_needed_text("en-US", None), claim_limits_text("en-US")])
def test_and_none_in_english(text: str) -> None:
    lines = [line for line in text.splitlines() if line.startswith("- **")]
    assert all(re.match(r"- \*\*[^*]+\*\*: \S", line) for line in lines), lines
