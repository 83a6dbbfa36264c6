"""What a partner types at "What is this evidence?", the question a single file sent at
another question of the claim gets.

Seen walking a claim off the script: a SharePoint link typed there
(".../sites/mkt/invoice.pdf") was taken for "Third-party invoice", because the choice's
synonym "invoice" is in the link, and nothing was said: the question went away and the
claim's name was asked again. A link names no option; an option read from part of a
sentence is said back, as it is at the plan's questions.
"""

from __future__ import annotations

import pytest
from botbuilder.schema import Activity, ActivityTypes

from domain.evidence import EvidenceKind
from tests.dialogs.claim_support import (
    FileServer,
    approved_plan,
    claim_id_in,
    get_claim,
    seed_funds,
    teams_file,
)
from tests.support import Chat, Reply, shown

pytestmark = pytest.mark.asyncio

WORDS = {
    "en-US": {"start": "new claim", "file": "scan-0042.pdf", "asked": "What is this evidence?"},
    "fr-FR": {
        "start": "nouvelle réclamation",
        "file": "scan-0042.pdf",
        "asked": "De quel justificatif s'agit-il ?",
    },
}


async def _at_the_kind_question(chat: Chat, files: FileServer, locale: str) -> str:
    words = WORDS[locale]
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id = claim_id_in(await chat.say(words["start"], locale))
    name = words["file"]
    activity = Activity(
        type=ActivityTypes.message,
        attachments=[teams_file(files.url(name), name)],
        locale=locale,
    )
    replies: list[Reply] = await chat._send(activity)
    assert words["asked"] in shown(replies)
    return claim_id


@pytest.mark.parametrize(
    ("locale", "link", "refused"),
    [
        (
            "en-US",
            "https://contoso.sharepoint.com/sites/mkt/invoice.pdf",
            '"https://contoso.sharepoint.com/sites/mkt/invoice.pdf" is a link. What is '
            "**scan-0042.pdf**? Pick one below; then say **add a link** to add the link too.",
        ),
        # Seen: a link naming a requirement ("…/agenda") made the file a proof of it.
        ("en-US", "https://example.com/agenda", '"https://example.com/agenda" is a link.'),
        ("fr-FR", "www.contoso.fr/facture-2026.pdf", "« www.contoso.fr/facture-2026.pdf » est un"),
        ("fr-FR", "https://exemple.fr/programme", "« https://exemple.fr/programme » est un lien"),
    ],
)
async def test_a_link_typed_at_a_choice_names_no_option(
    chat: Chat, files: FileServer, locale: str, link: str, refused: str
) -> None:
    claim_id = await _at_the_kind_question(chat, files, locale)
    replies = await chat.say(link, locale)
    said = shown(replies)
    assert refused in said
    assert WORDS[locale]["asked"] in said  # the same question, asked again
    (item,) = (await get_claim(chat, claim_id)).evidence
    assert item.kind is None


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        ("en-US", "it's the invoice from Contoso", "✓ Third-party invoice"),
        ("en-US", "1", "✓ Third-party invoice"),
        ("fr-FR", "c'est la facture du traiteur", "✓ Facture d'un tiers"),
    ],
)
async def test_an_option_read_from_part_of_the_answer_is_said_back(
    chat: Chat, files: FileServer, locale: str, typed: str, said: str
) -> None:
    claim_id = await _at_the_kind_question(chat, files, locale)
    replies = await chat.say(typed, locale)
    assert [reply.text for reply in replies][:1] == [said], shown(replies)
    (item,) = (await get_claim(chat, claim_id)).evidence
    assert item.kind is EvidenceKind.INVOICE


# Seen walking a claim off the script: at "What is this evidence?" for a seminar's file,
# "agenda" and "photos" got 'I don't know "agenda"': the partner named what the file shows,
# which is what the next question ("Which requirement does it show?") asks anyway.
@pytest.mark.parametrize(
    ("locale", "typed", "requirement", "said"),
    [
        ("en-US", "agenda", "invitation_agenda", "✓ Proof document · Invitation and agenda"),
        ("en-US", "photos of the room", "event_photos", "✓ Proof document · Event photos"),
        ("fr-FR", "le programme", "invitation_agenda", "✓ Document justificatif · Invitation et"),
        ("fr-FR", "photos de la salle", "event_photos", "✓ Document justificatif · Photos de"),
        # Seen at stop 49: 'I don't know "picture". Pick one of the options'.
        ("en-US", "picture", "event_photos", "✓ Proof document · Event photos"),
        ("en-US", "a pic of the booth", "event_photos", "✓ Proof document · Event photos"),
        ("fr-FR", "une photo", "event_photos", "✓ Document justificatif · Photos de"),
        ("fr-FR", "clichés de l'événement", "event_photos", "✓ Document justificatif · Photos de"),
    ],
)
async def test_what_the_file_shows_answers_what_it_is_and_which_requirement(
    chat: Chat, files: FileServer, locale: str, typed: str, requirement: str, said: str
) -> None:
    claim_id = await _at_the_kind_question(chat, files, locale)
    replies = await chat.say(typed, locale)
    assert replies and replies[0].text.startswith(said), shown(replies)
    (item,) = (await get_claim(chat, claim_id)).evidence
    assert (item.kind, item.requirement) == (EvidenceKind.PROOF, requirement)
    # Its note comes next: the requirement is not asked again.
    assert "scan-0042.pdf" in shown(replies[1:])
    assert "requirement" not in shown(replies[1:]).lower()
    assert "exigence" not in shown(replies[1:]).lower()


@pytest.mark.parametrize(
    ("locale", "typed", "refused"),
    [
        # What a seminar needs no proof of (an ad's screenshot), or two of its proofs at once.
        ("en-US", "screenshot of the ad", 'I don\'t know "screenshot of the ad"'),
        ("en-US", "agenda and photos", 'I don\'t know "agenda and photos"'),
        ("fr-FR", "capture d'écran", "Je ne connais pas « capture d'écran »"),
    ],
)
async def test_words_naming_none_of_its_requirements_or_two_are_refused(
    chat: Chat, files: FileServer, locale: str, typed: str, refused: str
) -> None:
    claim_id = await _at_the_kind_question(chat, files, locale)
    assert refused in shown(await chat.say(typed, locale))
    (item,) = (await get_claim(chat, claim_id)).evidence
    assert (item.kind, item.requirement) == (None, None)
