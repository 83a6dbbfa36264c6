"""A mistake told in words — "I made a mistake", "the amount is wrong", "I attached the
wrong invoice", « je me suis trompé » — at a claim's check card, a plan's review, or at rest.

Seen at stop 52, through the test chat:
- at a claim's check card "change", "I made a mistake", "oops", « je me suis trompé » got
  'I don't know "…". Pick one of the options' (and at a plan's review 'I don't know "…"
  here'): the answers that can be changed are offered now, nothing changed ("there's an
  error", « il y a une erreur » stay what they were: something went wrong, the ways out);
- at the check card "I attached the wrong invoice" answered "To take it off, say **remove
  photos.jpg**": the last file sent was named, not the invoice; « j'ai joint la mauvaise
  facture » was read as a file already sent ("Voici ce qui est arrivé …");
- at rest, with a claim draft, "I made a mistake in the amount", "the amount is wrong",
  « je me suis trompé dans le montant » got "I didn't understand that": the draft opens at
  that answer's question, as "change the amount on my claim" does;
- at rest "I made a mistake", "I uploaded the wrong file", « je me suis trompé » got "I
  didn't understand that": how a draft is changed, and that a claim sent is not;
- at rest, with only a submitted claim, "change the date on my claim" said "You have no
  claim draft to continue": the claim sent can't be changed, and why is said.

Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at_check, get_claim
from tests.dialogs.test_dispute_reason import at_dispute
from tests.dialogs.test_plan_journey import answer_until, get, plan_id_in
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


async def _claim_then(chat: Chat, files: FileServer, locale: str, done: str) -> str:
    """A claim answered to its check card, then saved or submitted (`done`): its id."""
    claim_id = await claim_at_check(chat, files, locale)
    words = {"save": ("save", "enregistrer"), "submit": ("submit", "soumettre")}[done]
    await chat.say(words[locale == FR], locale=locale)
    return claim_id


def _buttons(replies) -> list[str]:
    return [
        action["title"] for reply in replies for action in (reply.card or {}).get("actions", [])
    ]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "change"),
        (EN, "edit"),
        (EN, "I made a mistake"),
        (EN, "oops, I made a mistake"),
        (EN, "there's a mistake"),
        (EN, "I want to change something"),
        (FR, "modifier"),
        (FR, "je me suis trompé"),
        (FR, "j'ai vu une erreur"),
        (FR, "j'ai fait une erreur"),
    ],
)
async def test_a_change_unnamed_at_the_check_offers_the_answers_to_change(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = await get_claim(chat, claim_id)

    replies = await chat.say(typed, locale=locale)

    said = shown(replies)
    assert "I don't know" not in said and "Je ne connais pas" not in said
    change = "Modifier" if locale == FR else "Change"
    amount = "montant" if locale == FR else "amount"
    assert f"{change} {amount}" in _buttons(replies)
    assert await get_claim(chat, claim_id) == before  # nothing changed
    # One click on the offer asks that answer's question.
    replies = await chat.say(f"{change} {amount}", locale=locale)
    assert ("Quel montant" if locale == FR else "How much are you claiming") in shown(replies)


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "change"), (EN, "I made a mistake"), (FR, "je me suis trompé")]
)
async def test_a_change_unnamed_at_the_plan_review_says_what_can_be_changed(
    chat: Chat, locale: str, typed: str
) -> None:
    await chat.say("nouveau plan" if locale == FR else "new plan", locale=locale)
    await answer_until(chat, "review", locale=locale)

    replies = await chat.say(typed, locale=locale)

    said = shown(replies)
    assert "I don't know" not in said and "Je ne connais pas" not in said
    assert ("Modifier" if locale == FR else "Change") in said + " ".join(_buttons(replies))


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I attached the wrong invoice"),
        (EN, "wrong invoice"),
        (FR, "j'ai joint la mauvaise facture"),
        (FR, "je me suis trompé de facture"),
    ],
)
async def test_the_wrong_invoice_told_at_the_check_names_the_invoice(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = await get_claim(chat, claim_id)

    replies = await chat.say(typed, locale=locale)

    said = shown(replies)
    assert "invoice.pdf" in said
    assert "photos.jpg" not in said
    assert await get_claim(chat, claim_id) == before


@pytest.mark.parametrize(
    ("locale", "done", "typed", "says"),
    [
        # A claim draft saved: it opens at that answer's question.
        (EN, "save", "I made a mistake in the amount", "How much are you claiming"),
        (EN, "save", "the amount is wrong", "How much are you claiming"),
        (EN, "save", "I put the wrong date", "When did the activity run?"),
        (EN, "save", "wrong amount on my claim", "How much are you claiming"),
        (FR, "save", "je me suis trompé dans le montant", "Quel montant"),
        (FR, "save", "le montant est faux", "Quel montant"),
        (FR, "save", "j'ai mis la mauvaise date", "Quand l'activité a-t-elle eu lieu ?"),
        # The claim submitted: why it can't change, never "no claim draft".
        (EN, "submit", "change the date on my claim", "can't be changed any more"),
        (EN, "submit", "the amount is wrong", "can't be changed any more"),
        (EN, "submit", "I made a mistake in the amount", "can't be changed any more"),
        (FR, "submit", "modifier la date de ma réclamation", "ne peut plus être modifiée"),
        (FR, "submit", "le montant est faux", "ne peut plus être modifiée"),
    ],
)
async def test_a_mistake_told_at_rest_is_about_the_latest_claim(
    chat: Chat, files: FileServer, locale: str, done: str, typed: str, says: str
) -> None:
    claim_id = await _claim_then(chat, files, locale, done)

    said = shown(await chat.say(typed, locale=locale))

    assert claim_id in said
    assert says in said
    assert "no claim draft" not in said and "aucun brouillon" not in said


@pytest.mark.parametrize(
    ("locale", "typed", "says"),
    [
        # Since stop 55 the draft itself is opened, said to be one (test_mistake_at_rest).
        (EN, "I made a mistake", "is still a draft"),
        (EN, "I uploaded the wrong file", "remove"),
        (EN, "I attached the wrong invoice", "remove"),
        (EN, "there's a mistake in my claim", "is still a draft"),
        (FR, "je me suis trompé", "est encore un brouillon"),
        (FR, "j'ai joint la mauvaise facture", "supprimer"),
    ],
)
async def test_a_mistake_told_at_rest_says_how_a_draft_is_changed(
    chat: Chat, files: FileServer, locale: str, typed: str, says: str
) -> None:
    claim_id = await _claim_then(chat, files, locale, "save")
    before = await get_claim(chat, claim_id)

    replies = await chat.say(typed, locale=locale)

    said = shown(replies)
    assert "didn't understand" not in said and "pas compris" not in said
    assert says in said
    assert await get_claim(chat, claim_id) == before


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "the amount is wrong"), (FR, "le montant est faux")]
)
async def test_a_mistake_told_at_a_dispute_is_the_disputes_to_read(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    """At a rejected claim's dispute, "the amount is wrong" is what the partner holds
    against the decision, for the dispute to read: never the rejected claim "opened" at its
    amount ("can't be changed any more") and the justification lost."""
    await at_dispute(chat, files, locale)

    said = shown(await chat.say(typed, locale=locale))

    assert "can't be changed" not in said and "ne peut plus être modifiée" not in said, said


@pytest.mark.parametrize(
    ("locale", "field", "typed"),
    [
        (EN, "name", "oops"),
        (EN, "name", "I made a mistake"),
        (EN, "program", "I made a mistake"),
        (EN, "description", "oops, my mistake"),
        (FR, "name", "je me suis trompé"),
        (FR, "description", "oups"),
    ],
)
async def test_a_mistake_told_at_a_question_is_never_its_answer(
    chat: Chat, locale: str, field: str, typed: str
) -> None:
    """Seen at stop 52 at a campaign's name: "oops", "I made a mistake" were kept as the
    campaign's name ("When does **oops** start?"); at the Partner ID '"I made a mistake"
    isn't a Partner ID'. Nothing is kept; how to change the answer before ("back") or stop
    here is said, and the question is asked again."""
    chat.locale = locale
    plan_id = plan_id_in(await chat.say("nouveau plan" if locale == FR else "new plan"))
    await answer_until(chat, field, locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert ("**retour**" if locale == FR else "**back**") in said, said
    assert f"**{typed}**" not in said
    plan = await get(chat, plan_id)
    assert all(c.name != typed for c in plan.campaigns)
    assert all(a.description != typed for c in plan.campaigns for a in c.activities)


@pytest.mark.parametrize(
    ("locale", "typed", "says"),
    [
        (EN, "the amount is wrong", "continue my plan"),
        (FR, "le montant est faux", "reprendre mon plan"),
    ],
)
async def test_a_mistake_told_with_no_claim_points_at_the_plan(
    chat: Chat, locale: str, typed: str, says: str
) -> None:
    """Seen at stop 52 in the Playground, with a plan draft and no claim: « le montant est
    faux » got « Vous n'avez aucun brouillon de réclamation à reprendre »."""
    chat.locale = locale
    await chat.say("nouveau plan" if locale == FR else "new plan", locale=locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert says in said, said


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "oops"), (EN, "I made a mistake"), (FR, "oups")]
)
async def test_a_mistake_told_at_the_first_question_never_says_back(
    chat: Chat, locale: str, typed: str
) -> None:
    """Seen at stop 53 at a new plan's first question (its Partner ID): "oops" said 'To
    change an earlier answer, say back' where there is none ("back" there: "nothing to go
    back to"). Nothing is kept; the question's answer and "cancel" are what is said."""
    chat.locale = locale
    plan_id = plan_id_in(await chat.say("nouveau plan" if locale == FR else "new plan"))

    said = shown(await chat.say(typed, locale=locale))

    assert ("**retour**" if locale == FR else "**back**") not in said, said
    assert ("**annuler**" if locale == FR else "**cancel**") in said, said
    assert (await get(chat, plan_id)).mpn_id is None
