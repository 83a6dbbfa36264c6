"""'What's my claim status?' in English and French: intent, id and status filter."""

from __future__ import annotations

import pytest

from dialogs.recognizer import StatusQuestion, recognize_status_question

ID = "CLM-2026-000123"
PLAN = "PLN-2026-000042"

PHRASINGS: list[tuple[str, StatusQuestion | None]] = [
    # English, about claims
    ("what's my claim status?", StatusQuestion("claim")),
    ("What is the status of my claim", StatusQuestion("claim")),
    ("claim status", StatusQuestion("claim")),
    ("where is my claim?", StatusQuestion("claim")),
    ("where's my claim", StatusQuestion("claim")),
    ("any news on my claims?", StatusQuestion("claim")),
    ("has my claim been paid?", StatusQuestion("claim")),
    ("status of my proof of execution", StatusQuestion("claim")),
    (f"status of {ID}", StatusQuestion("claim", ID)),
    (f"what's the status of {ID.lower()}?", StatusQuestion("claim", ID)),
    (f"where is {ID}", StatusQuestion("claim", ID)),
    (f"{ID}?", StatusQuestion("claim", ID)),
    (ID, StatusQuestion("claim", ID)),
    (f"any update on {ID} please", StatusQuestion("claim", ID)),
    ("any rejected claims?", StatusQuestion("claim", None, "Rejected")),
    ("which claims were approved?", StatusQuestion("claim", None, "Approved")),
    ("any claims paid?", StatusQuestion("claim", None, "Paid")),
    ("any claims under review?", StatusQuestion("claim", None, "Under review")),
    ("do I have claims with action required?", StatusQuestion("claim", None, "Action required")),
    ("any disputed claims?", StatusQuestion("claim", None, "Disputed")),
    # English, about plans and everything
    ("where is my plan", StatusQuestion("plan")),
    ("what's the status of my plan?", StatusQuestion("plan")),
    (f"status of {PLAN}", StatusQuestion("plan", PLAN)),
    (f"where is {PLAN}?", StatusQuestion("plan", PLAN)),
    ("status", StatusQuestion("any")),
    ("status?", StatusQuestion("any")),
    # French, about claims
    ("où en est ma réclamation ?", StatusQuestion("claim")),
    ("ou en est ma reclamation", StatusQuestion("claim")),
    ("quel est le statut de ma réclamation ?", StatusQuestion("claim")),
    ("statut de ma réclamation", StatusQuestion("claim")),
    ("où en sont mes réclamations ?", StatusQuestion("claim")),
    ("est-ce que ma réclamation a été payée ?", StatusQuestion("claim")),
    ("des nouvelles de ma preuve d'exécution ?", StatusQuestion("claim")),
    (f"où en est {ID} ?", StatusQuestion("claim", ID)),
    (f"statut de {ID}", StatusQuestion("claim", ID)),
    (f"Quel est l'état de {ID} ?", StatusQuestion("claim", ID)),
    ("ai-je des réclamations refusées ?", StatusQuestion("claim", None, "Rejected")),
    ("des réclamations rejetées ?", StatusQuestion("claim", None, "Rejected")),
    ("des réclamations approuvées ?", StatusQuestion("claim", None, "Approved")),
    ("des réclamations payées ?", StatusQuestion("claim", None, "Paid")),
    ("des réclamations en cours d'examen ?", StatusQuestion("claim", None, "Under review")),
    # French, about plans and everything
    ("où en est mon plan ?", StatusQuestion("plan")),
    ("quel est le statut de mon plan ?", StatusQuestion("plan")),
    (f"où en est {PLAN} ?", StatusQuestion("plan", PLAN)),
    ("statut", StatusQuestion("any")),
    # Seen at stop 39 ("I didn't understand that"): paid, news, the reviewer, yes/no asked.
    ("has it been paid?", StatusQuestion("claim")),
    ("have I been paid?", StatusQuestion("claim")),
    ("is my claim approved", StatusQuestion("claim")),
    ("any news?", StatusQuestion("any")),
    ("what did the reviewer say?", StatusQuestion("any")),
    ("des nouvelles ?", StatusQuestion("any")),
    ("qu'a dit le réviseur ?", StatusQuestion("any")),
    ("est-ce que ma réclamation est approuvée", StatusQuestion("claim")),
    # Seen at stop 40 ("I didn't understand that", or every claim instead of those asked).
    ("list claims in review", StatusQuestion("claim", None, "Under review")),
    ("which claims are in review?", StatusQuestion("claim", None, "Under review")),
    ("show submitted claims", StatusQuestion("claim", None, "Submitted")),
    ("my submitted claims", StatusQuestion("claim", None, "Submitted")),
    ("mes réclamations soumises", StatusQuestion("claim", None, "Submitted")),
    ("Submitted search push", None),
    # Not status questions: answers a dialog is waiting for must pass through.
    ("Paid search push", None),
    ("Reviewer workshop", None),
    ("what is the reviewer email?", None),
    ("Security workshop, November", None),
    ("Webinar on claims for SMB", None),
    ("LinkedIn ads for the spring plan", None),
    ("12 500,50 €", None),
    ("France, Belgique", None),
    ("x" * 500, None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS)
def test_status_questions_are_recognised_with_their_id_and_filter(text, expected):
    assert recognize_status_question(text) == expected


def test_the_table_is_at_least_forty_phrasings_in_both_languages():
    questions = [text for text, expected in PHRASINGS if expected is not None]
    assert len(questions) >= 40
