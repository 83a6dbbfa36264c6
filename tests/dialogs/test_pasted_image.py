"""An image pasted into a message, where evidence is asked for.

Seen off the script: a screenshot pasted into the chat at the evidence list (Teams sends
it as an `image/*` attachment with no name, beside the message's HTML) got 'I can't accept
a file named "". Please rename it (for example invoice.pdf).': there was no name to
rename. The partner is told to attach it as a file, and nothing is kept or fetched.
"""

from __future__ import annotations

import pytest
from botbuilder.schema import Activity, ActivityTypes, Attachment

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, get_claim
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (EN, "I can't take an image pasted into the message. Attach it as a file"),
        (FR, "Je ne peux pas prendre une image collée dans le message. Joignez-la"),
    ],
)
async def test_a_pasted_image_is_asked_for_as_a_file(
    chat: Chat, files: FileServer, locale: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale)
    pasted = Activity(
        type=ActivityTypes.message,
        locale=locale,
        attachments=[
            Attachment(content_type="image/*", content_url=files.url("photo.png")),
            Attachment(content_type="text/html", content='<div><img src="x"></div>'),
        ],
    )
    replies = await chat._send(pasted)
    assert said in shown(replies)
    assert 'named ""' not in shown(replies) and "nommé « »" not in shown(replies)
    assert (await get_claim(chat, claim_id)).evidence == []
    assert files.hits == []
