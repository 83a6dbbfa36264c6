"""Yes and no as partners say them at "Add another activity?".

Seen off the script: "oui merci", "yes please", "non, c'est tout", "no that's all", "that's
it", « pas pour l'instant » were none of yes or no ("Please answer yes or no.").
"""

from __future__ import annotations

import pytest

from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        ("en-US", "yes please", "Activity 2 of **Spring push**"),
        ("en-US", "yes, one more", "Activity 2 of **Spring push**"),
        ("en-US", "no that's all", "Add another campaign to the plan?"),
        ("en-US", "that's it", "Add another campaign to the plan?"),
        ("fr-FR", "oui merci", "Activité 2 de **Campagne printemps**"),
        ("fr-FR", "non, c'est tout", "Ajouter une autre campagne au plan ?"),
        ("fr-FR", "pas pour l'instant", "Ajouter une autre campagne au plan ?"),
        # Seen at stop 56: "Please answer yes or no."
        ("en-US", "yes, two more", "Activity 2 of **Spring push**"),
        ("en-US", "yes please add a webinar", "Activity 2 of **Spring push**"),
        ("en-US", "no that's it", "Add another campaign to the plan?"),
        ("en-US", "no, nothing else", "Add another campaign to the plan?"),
        ("fr-FR", "oui, encore une", "Activité 2 de **Campagne printemps**"),
        ("fr-FR", "non c'est bon", "Ajouter une autre campagne au plan ?"),
        ("fr-FR", "oui, deux de plus", "Activité 2 de **Campagne printemps**"),
        ("fr-FR", "non merci c'est tout", "Ajouter une autre campagne au plan ?"),
        ("en-US", "no thanks, that's all", "Add another campaign to the plan?"),
    ],
)
async def test_yes_or_no_with_more_words_answers(
    chat: Chat, locale: str, typed: str, asks: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "more_activities", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert asks in shown(replies)
    assert "yes or no" not in shown(replies) and "oui ou par non" not in shown(replies)
