"""Evidence through the chat: refused files, links, notes, removal, files out of place."""

from __future__ import annotations

import asyncio
import re

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from botbuilder.schema import Activity, ActivityTypes, Attachment

from domain.evidence import EvidenceKind
from tests.dialogs.claim_support import (
    ADS,
    EN,
    FR,
    FileServer,
    add_file,
    answer,
    approved_plan,
    attach,
    buttons,
    content_of,
    file_activity,
    get_claim,
    is_french,
    last_card,
    seed_funds,
    seen,
    seminar_answers,
    seminar_claim_to_check,
    start_claim,
    stored_files,
    teams_file,
    texts,
)
from tests.support import Chat, Reply

ONE_MB = 1024 * 1024


@pytest.fixture
async def limited(chat: Chat) -> Chat:
    """A chat whose evidence store takes 1 MB and gives up after 0.2 s."""
    chat.services.evidence.max_bytes = ONE_MB
    chat.services.evidence.timeout_seconds = 0.2
    await approved_plan(chat)
    await seed_funds(chat)
    return chat


def assert_says(expected: str | re.Pattern[str], replies: list[Reply]) -> None:
    if isinstance(expected, str):
        assert expected in texts(replies)
    else:
        assert expected.search(texts(replies)), texts(replies)


async def to_menu(chat: Chat, locale: str) -> str:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale)
    return claim_id


# (where the server sends it, file name, English sentence, French sentence)
REFUSALS = [
    pytest.param(
        "big",
        "report.pdf",
        "That file is too large (2.0 MB); the limit is 1.0 MB.",
        # The decimal separator is not localised (yet): either reads.
        re.compile(r"Ce fichier est trop volumineux \(2[.,]0 Mo\) ; la limite est de 1[.,]0 Mo\."),
        id="too-big",
    ),
    pytest.param(
        "stream",
        "report.pdf",
        "the limit is 1.0 MB.",
        re.compile(r"la limite est de 1[.,]0 Mo\."),
        id="too-big-without-length",
    ),
    pytest.param(
        "f",
        "invoice.exe",
        '"invoice.exe" is not a file type reviewers accept. Allowed: doc, docx, csv',
        "« invoice.exe » n'est pas un type de fichier accepté par les réviseurs. Acceptés : doc",
        id="exe",
    ),
    pytest.param(
        "f",
        "invoice.pdf.exe",
        'I can\'t accept a file named "invoice.pdf.exe". Please rename it',
        "Je ne peux pas accepter un fichier nommé « invoice.pdf.exe ». Renommez-le",
        id="double-extension",
    ),
    pytest.param(
        "missing",
        "invoice.pdf",
        "I couldn't download that file. Please send it again.",
        "Je n'ai pas pu télécharger ce fichier. Envoyez-le à nouveau.",
        id="404",
    ),
    pytest.param(
        "slow",
        "invoice.pdf",
        "Downloading that file took too long. Please send it again.",
        "Le téléchargement de ce fichier a pris trop de temps. Envoyez-le à nouveau.",
        id="timeout",
    ),
    pytest.param("empty", "invoice.pdf", "That file is empty.", "Ce fichier est vide.", id="empty"),
]


@pytest.mark.parametrize("locale", [EN, FR])
@pytest.mark.parametrize(("kind", "name", "en", "fr"), REFUSALS)
async def test_a_refused_file_is_explained_nothing_is_kept_and_a_good_file_then_goes_in(
    limited: Chat,
    files: FileServer,
    locale: str,
    kind: str,
    name: str,
    en: str | re.Pattern[str],
    fr: str | re.Pattern[str],
) -> None:
    chat = limited
    expected = fr if is_french(locale) else en
    claim_id = await to_menu(chat, locale)

    # Attached at the evidence menu.
    replies = await attach(chat, files, name, kind)
    assert_says(expected, replies)
    assert (await get_claim(chat, claim_id)).evidence == []
    assert stored_files(chat) == []
    if kind == "f":
        assert files.hits == []  # refused by its name: not even downloaded

    # The menu is still the question: "add a file" → invoice → the file question.
    await chat.say("Ajouter un fichier" if is_french(locale) else "Add a file")
    replies = await chat.say("facture" if is_french(locale) else "invoice")
    assert (
        "Envoyez le fichier maintenant" if is_french(locale) else "Please send the file now"
    ) in (texts(replies))
    assert ("1 Mo maximum" if is_french(locale) else "up to 1 MB") in texts(replies)
    replies = await attach(chat, files, name, kind)
    assert_says(expected, replies)
    [pending] = (await get_claim(chat, claim_id)).evidence
    assert pending.kind is EvidenceKind.INVOICE
    assert (pending.file_name, pending.sha256, pending.stored_as) == (None, None, None)
    assert stored_files(chat) == []

    # Still waiting for the file: a good one is taken.
    replies = await attach(chat, files, "invoice.pdf")
    saved = (
        "✓ invoice.pdf (1 Ko) enregistré." if is_french(locale) else "✓ invoice.pdf (1 KB) saved."
    )
    assert saved in texts(replies)
    assert "✅" in last_card(replies).shown
    [item] = (await get_claim(chat, claim_id)).evidence
    assert (item.id, item.file_name, item.size) == (
        pending.id,
        "invoice.pdf",
        len(content_of("invoice.pdf")),
    )
    assert stored_files(chat) == [chat.services.evidence.path_of(item.stored_as)]


async def test_files_sent_together_are_refused_together_before_any_download(
    limited: Chat, files: FileServer
) -> None:
    claim_id = await to_menu(limited, EN)
    both = [teams_file(files.url(n), n) for n in ("invoice.pdf", "setup.exe")]
    replies = await limited._send(Activity(type=ActivityTypes.message, attachments=both))
    assert '"setup.exe" is not a file type reviewers accept.' in texts(replies)
    assert files.hits == [] and stored_files(limited) == []
    assert (await get_claim(limited, claim_id)).evidence == []

    both = [teams_file(files.url(n), n) for n in ("scan-0417.pdf", "agenda.pdf")]
    replies = await limited._send(Activity(type=ActivityTypes.message, attachments=both))
    # Sent together: a name that says what the file is is read (and said); one that
    # says nothing is asked about.
    assert "✓ scan-0417.pdf (1 KB) saved.\n\n✓ agenda.pdf (1 KB) saved as" in texts(replies)
    assert "What is this evidence?" in last_card(replies).shown  # for the first one
    replies = await limited.say("invoice")
    assert "**agenda.pdf**: add a short note" in texts(replies)  # the second one
    claim = await get_claim(limited, claim_id)
    assert [(e.file_name, e.kind, e.requirement) for e in claim.evidence] == [
        ("scan-0417.pdf", EvidenceKind.INVOICE, None),
        ("agenda.pdf", EvidenceKind.PROOF, "invitation_agenda"),
    ]
    assert len(stored_files(limited)) == 2


async def test_a_file_sent_from_another_channel_by_content_url_is_taken(
    limited: Chat, files: FileServer
) -> None:
    claim_id = await to_menu(limited, EN)
    activity = Activity(
        type=ActivityTypes.message,
        attachments=[
            Attachment(
                content_type="application/pdf",
                name="invoice.pdf",
                content_url=files.url("invoice.pdf"),
            )
        ],
    )
    replies = await limited._send(activity)
    assert "✓ invoice.pdf (1 KB) saved." in texts(replies)
    [item] = (await get_claim(limited, claim_id)).evidence
    assert item.sha256 is not None and item.kind is None  # what it is comes next
    assert "What is this evidence?" in last_card(replies).shown


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_landing_page_url_must_be_a_web_link(chat: Chat, locale: str) -> None:
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat, [("digital_advertising", "5000")])
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, ADS)
    menu = last_card(await chat.say("Ajouter un lien" if fr else "Add a link"))
    requirements = seen([menu])
    assert ("URL de la page de destination" if fr else "Landing-page URL") in requirements
    assert ("Capture d'écran" if fr else "Screenshot of the ad") not in requirements  # a file
    replies = await chat.say("1")
    assert ("Tapez le lien" if fr else "Type the link (https://…).") in texts(replies)

    for typed in ("not a url", "ftp://contoso.com/offer"):
        replies = await chat.say(typed)
        if fr:
            assert f"« {typed} » n'est pas un lien web" in texts(replies)
        else:
            assert f'"{typed}" isn\'t a web link. Type it like https://contoso.com/offer.' in (
                texts(replies)
            )
        [item] = (await get_claim(chat, claim_id)).evidence
        assert item.url is None

    replies = await chat.say("https://contoso.com/offer")
    assert "✅ " + ("URL de la page de destination" if fr else "Landing-page URL") in (
        last_card(replies).shown
    )
    [item] = (await get_claim(chat, claim_id)).evidence
    assert (item.kind, item.requirement, item.url) == (
        EvidenceKind.URL,
        "landing_page_url",
        "https://contoso.com/offer",
    )
    assert item.sha256 is None and item.stored_as is None


async def test_a_proof_document_is_not_complete_without_its_note(
    limited: Chat, files: FileServer
) -> None:
    chat = limited
    claim_id = await to_menu(chat, EN)
    menu = last_card(await chat.say("help"))
    await attach(chat, files, "photos.jpg")
    await chat.say("proof")
    replies = await chat.say("Event photos")
    note_question = "add a short note explaining what it proves"
    assert note_question in texts(replies)

    assert "I need an answer here." in texts(await chat.say("   "))
    # The menu's "Done" from before is out of date: the note is still asked.
    replies = await chat.click(menu.submit_data("Done with evidence"))
    assert "That card is out of date" in texts(replies) and note_question in texts(replies)
    claim = await get_claim(chat, claim_id)
    [item] = claim.evidence
    assert item.note is None and item.missing_field() == "note" and not claim.evidence_done

    # Leaving and coming back asks for the note again.
    await chat.say("cancel")
    assert note_question in texts(await chat.say("continue my claim"))
    replies = await chat.say("Photos of the room during the workshop")
    assert "📎 Proof document: photos.jpg" in last_card(replies).shown
    [item] = (await get_claim(chat, claim_id)).evidence
    assert item.note == "Photos of the room during the workshop" and item.missing_field() is None


async def test_an_evidence_item_is_removed_from_the_check_card(
    chat: Chat, files: FileServer
) -> None:
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, replies = await seminar_claim_to_check(chat, files, EN)
    card = last_card(replies)
    assert "remove:E3" in card.choice_values()

    replies = await chat.click(card.submit_data("Apply the choice"), answer="remove:E3")
    assert "Removed Proof document: photos.jpg." in texts(replies)
    card = last_card(replies)
    assert "⬜ Event photos" in card.shown
    assert '⛔ Missing: Event photos. Choose \\"Add evidence\\" and attach it.' in card.shown
    assert "Submit claim" not in buttons(card)
    claim = await get_claim(chat, claim_id)
    assert [e.file_name for e in claim.evidence] == ["invoice.pdf", "agenda.pdf"]
    assert "remove:E3" not in card.choice_values()


async def test_in_french_an_item_is_removed_by_typing_its_number(
    chat: Chat, files: FileServer
) -> None:
    chat.locale = FR
    await approved_plan(chat)
    claim_id, replies = await seminar_claim_to_check(chat, files, FR)
    values = last_card(replies).choice_values()
    replies = await chat.say(str(values.index("remove:E2") + 1))
    assert "C'est supprimé : Document justificatif : agenda.pdf." in texts(replies)
    assert "⛔ Manquant : Invitation et programme." in seen(replies)
    claim = await get_claim(chat, claim_id)
    assert [e.id for e in claim.evidence] == ["E1", "E3"]


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_file_sent_at_a_claim_question_is_evidence_and_loses_nothing(
    chat: Chat, files: FileServer, locale: str
) -> None:
    # Once refused ("I wasn't expecting a file here"): a file sent while the claim is open is
    # its evidence, whatever the question (tests/dialogs/test_files_anywhere.py has more).
    fr = is_french(locale)
    chat.locale = locale
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale, until="amount")
    before = (await get_claim(chat, claim_id)).model_dump(mode="json", exclude={"evidence"})

    replies = await attach(chat, files, "invoice.pdf")
    assert ("Je n'attendais pas" if fr else "I wasn't expecting") not in texts(replies)
    assert "invoice.pdf" in last_card(replies).shown  # what is it?
    await chat.say("facture" if fr else "invoice")
    claim = await get_claim(chat, claim_id)
    after = claim.model_dump(mode="json", exclude={"evidence"})
    assert {
        k: v for k, v in after.items() if k not in ("version", "updated_at", "next_item_number")
    } == {k: v for k, v in before.items() if k not in ("version", "updated_at", "next_item_number")}
    assert [e.kind for e in claim.evidence] == [EvidenceKind.INVOICE]

    # The amount is still the question.
    replies = await chat.say("9 800,50" if fr else "9,800.50")
    assert ("✓ 9 800,50 EUR" if fr else "✓ EUR 9,800.50") in texts(replies)
    claim = await get_claim(chat, claim_id)
    assert str(claim.amount) == "9800.50" and len(claim.evidence) == 1


# -- limits before any download; one message's files all or nothing, in one time budget ------


def many_files(files: FileServer, count: int, kind: str = "f") -> Activity:
    attachments = [
        teams_file(files.url(f"page{n}.pdf", kind), f"page{n}.pdf") for n in range(count)
    ]
    return Activity(type=ActivityTypes.message, attachments=attachments)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_forty_files_in_one_message_are_refused_before_any_download(
    limited: Chat, files: FileServer, locale: str
) -> None:
    claim_id = await to_menu(limited, locale)
    replies = await limited._send(many_files(files, 40))
    if is_french(locale):
        assert "Cela fait 40 fichiers dans un seul message ; envoyez-en au plus 10 à la fois." in (
            texts(replies)
        )
    else:
        assert "That's 40 files in one message; please send at most 10 at a time." in texts(replies)
    assert files.hits == [] and stored_files(limited) == []
    assert (await get_claim(limited, claim_id)).evidence == []

    # The menu is still the question; ten at once are taken.
    replies = await limited._send(many_files(files, 10))
    assert len(files.hits) == 10
    claim = await get_claim(limited, claim_id)
    assert [e.file_name for e in claim.evidence] == [f"page{n}.pdf" for n in range(10)]
    assert stored_files(limited) == sorted(
        limited.services.evidence.path_of(e.stored_as) for e in claim.evidence
    )


async def fill_claim(chat: Chat, claim_id: str, items: int) -> None:
    """`items` complete link items already on the claim (put there the way the chat would)."""
    claim = await get_claim(chat, claim_id)
    for n in range(items):
        item = claim.add_evidence()
        item.kind, item.requirement, item.url = EvidenceKind.URL, "other", f"https://x.example/{n}"
    await chat.services.claims.save(claim)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_files_beyond_the_claims_room_are_refused_before_any_download(
    limited: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    claim_id = await to_menu(limited, locale)
    await fill_claim(limited, claim_id, 28)
    replies = await limited._send(many_files(files, 3))
    if fr:
        assert (
            "Cela fait 3 fichiers, mais cette réclamation n'a de place que pour 2 de plus "
            "(30 justificatifs au maximum). Envoyez-en moins."
        ) in texts(replies)
    else:
        assert (
            "That's 3 files, but this claim has room for only 2 more "
            "(at most 30 evidence items). Please send fewer."
        ) in texts(replies)
    assert files.hits == [] and stored_files(limited) == []
    assert len((await get_claim(limited, claim_id)).evidence) == 28

    await limited._send(many_files(files, 2))
    assert len((await get_claim(limited, claim_id)).evidence) == 30
    assert len(stored_files(limited)) == 2


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_full_claim_answers_a_file_or_add_a_file_with_its_limit(
    limited: Chat, files: FileServer, locale: str
) -> None:
    fr = is_french(locale)
    claim_id = await to_menu(limited, locale)
    await fill_claim(limited, claim_id, 30)
    limit = "au plus 30 justificatifs" if fr else "at most 30 evidence items"
    replies = await attach(limited, files, "more.pdf")
    assert limit in texts(replies)
    # "Add a file" used to crash the turn here.
    replies = await limited.say("Ajouter un fichier" if fr else "Add a file")
    assert limit in texts(replies)
    assert "Sorry" not in texts(replies) and "Désolé" not in texts(replies)
    assert files.hits == [] and stored_files(limited) == []
    assert len((await get_claim(limited, claim_id)).evidence) == 30


async def test_the_file_asked_for_counts_against_the_room_it_fills(
    limited: Chat, files: FileServer
) -> None:
    # With 29 items and "Add a file" (the 30th, waiting for its file), one file fills it.
    claim_id = await to_menu(limited, EN)
    await fill_claim(limited, claim_id, 29)
    await limited.say("Add a file")
    await limited.say("invoice")
    replies = await limited._send(many_files(files, 2))
    assert "room for only 1 more" in texts(replies) and files.hits == []
    replies = await attach(limited, files, "invoice.pdf")
    assert "✓ invoice.pdf (1 KB) saved." in texts(replies)
    claim = await get_claim(limited, claim_id)
    assert len(claim.evidence) == 30 and claim.evidence[-1].file_name == "invoice.pdf"


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_refused_file_among_several_leaves_none_of_them_on_disk(
    limited: Chat, files: FileServer, locale: str
) -> None:
    claim_id = await to_menu(limited, locale)
    attachments = [
        teams_file(files.url("invoice.pdf"), "invoice.pdf"),
        teams_file(files.url("agenda.pdf"), "agenda.pdf"),
        teams_file(files.url("photos.jpg", "missing"), "photos.jpg"),
    ]
    replies = await limited._send(Activity(type=ActivityTypes.message, attachments=attachments))
    assert (
        "Je n'ai pas pu télécharger ce fichier." if is_french(locale) else "couldn't download"
    ) in texts(replies)
    assert stored_files(limited) == []  # the two good ones are not kept either
    assert (await get_claim(limited, claim_id)).evidence == []

    # Sent again, all good: all three kept and recorded.
    attachments[2] = teams_file(files.url("photos.jpg"), "photos.jpg")
    await limited._send(Activity(type=ActivityTypes.message, attachments=attachments))
    claim = await get_claim(limited, claim_id)
    assert [e.file_name for e in claim.evidence] == ["invoice.pdf", "agenda.pdf", "photos.jpg"]
    assert stored_files(limited) == sorted(
        limited.services.evidence.path_of(e.stored_as) for e in claim.evidence
    )


class TricklingFiles:
    """A loopback server that sends each file in four pieces, `pause` seconds apart."""

    def __init__(self, pause: float) -> None:
        self.pause = pause
        app = web.Application()
        app.router.add_get("/{name}", self._serve)
        self._server = TestServer(app, host="127.0.0.1")

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        body = content_of(request.match_info["name"])
        response = web.StreamResponse(headers={"Content-Length": str(len(body))})
        await response.prepare(request)
        step = -(-len(body) // 4)
        for start in range(0, len(body), step):
            await asyncio.sleep(self.pause)
            await response.write(body[start : start + step])
        await response.write_eof()
        return response

    def url(self, name: str) -> str:
        return str(self._server.make_url(f"/{name}"))

    async def __aenter__(self) -> TricklingFiles:
        await self._server.start_server()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._server.close()


@pytest.mark.parametrize("locale", [EN, FR])
async def test_the_files_of_one_message_share_one_time_budget(limited: Chat, locale: str) -> None:
    # Each file takes about 60% of the budget: alone each would arrive, three cannot.
    budget = 1.0
    limited.services.evidence.timeout_seconds = budget
    claim_id = await to_menu(limited, locale)
    async with TricklingFiles(pause=0.6 * budget / 4) as slow:
        attachments = [teams_file(slow.url(f"page{n}.pdf"), f"page{n}.pdf") for n in range(3)]
        replies = await limited._send(Activity(type=ActivityTypes.message, attachments=attachments))
    if is_french(locale):
        assert "a pris trop de temps" in texts(replies)
    else:
        assert "Downloading that file took too long." in texts(replies)
    assert stored_files(limited) == []  # no part, no finished companion
    assert (await get_claim(limited, claim_id)).evidence == []


@pytest.mark.parametrize("locale", [EN, FR])
@pytest.mark.parametrize(
    "link",
    [
        "https://0x7f000001:{port}/invoice.pdf",
        "https://2130706433:{port}/invoice.pdf",
        "https://0177.0.0.1:{port}/invoice.pdf",
        "https://localhost:{port}/invoice.pdf",
        "https://127.0.0.1:{port}/invoice.pdf",
        "http://0x7f000001:{port}/invoice.pdf",
        "https://0xa9fea9fe/latest/meta-data/invoice.pdf",
        "https://169.254.43518/invoice.pdf",
    ],
)
async def test_a_link_into_our_own_network_is_refused_without_a_connection(
    limited: Chat, locale: str, link: str
) -> None:
    accepted: list[int] = []

    async def count(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.append(1)
        writer.close()

    listener = await asyncio.start_server(count, "127.0.0.1", 0)
    try:
        port = listener.sockets[0].getsockname()[1]
        claim_id = await to_menu(limited, locale)
        activity = Activity(
            type=ActivityTypes.message,
            attachments=[teams_file(link.format(port=port), "invoice.pdf")],
        )
        replies = await limited._send(activity)
    finally:
        listener.close()
    if is_french(locale):
        assert "Je ne peux prendre que des fichiers partagés via Teams." in texts(replies)
    else:
        assert "I can only take files shared through Teams." in texts(replies)
    assert accepted == []
    assert stored_files(limited) == []
    assert (await get_claim(limited, claim_id)).evidence == []


async def test_files_a_changed_claim_could_not_record_are_not_left_on_disk(
    limited: Chat, files: FileServer, monkeypatch
) -> None:
    # Another turn saves the claim just before this one records the files: the save is
    # refused as a conflict, the partner is told, and the files no item names are removed.
    claim_id = await to_menu(limited, EN)
    claims = limited.services.claims
    real_save = claims.save

    async def save_after_another_turn(claim, *args, **kwargs):
        if any(e.sha256 for e in claim.evidence):
            other = await get_claim(limited, claim_id)
            await real_save(other)  # the other turn's save: a new version
        return await real_save(claim, *args, **kwargs)

    monkeypatch.setattr(claims, "save", save_after_another_turn)
    attachments = [teams_file(files.url(n), n) for n in ("invoice.pdf", "agenda.pdf")]
    replies = await limited._send(Activity(type=ActivityTypes.message, attachments=attachments))
    monkeypatch.setattr(claims, "save", real_save)
    assert claim_id in texts(replies) and "saved" not in texts(replies)
    assert len(files.hits) == 2
    assert (await get_claim(limited, claim_id)).evidence == []
    assert stored_files(limited) == []


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_the_same_file_sent_again_is_not_added_twice(
    limited: Chat, files: FileServer, locale: str
) -> None:
    # As when the bot crashed after saving the claim but before it saved the conversation:
    # Teams (or the partner) sends the same file again, in a new activity.
    claim_id = await to_menu(limited, locale)
    invoice = "facture" if is_french(locale) else "invoice"
    await add_file(limited, files, "invoice.pdf", invoice, locale=locale)
    replies = await limited._send(file_activity(files.url("invoice.pdf"), "invoice.pdf"))
    expected = "est déjà joint" if is_french(locale) else "is already attached"
    assert expected in texts(replies), texts(replies)
    claim = await get_claim(limited, claim_id)
    assert [e.file_name for e in claim.evidence] == ["invoice.pdf"]
    # Sent with a new file beside it, only the new one is added.
    await limited._send(
        Activity(
            type=ActivityTypes.message,
            attachments=[
                teams_file(files.url("invoice.pdf"), "invoice.pdf"),
                teams_file(files.url("agenda.pdf"), "agenda.pdf"),
            ],
        )
    )
    claim = await get_claim(limited, claim_id)
    assert [e.file_name for e in claim.evidence] == ["invoice.pdf", "agenda.pdf"]
    assert stored_files(limited) == sorted(
        limited.services.evidence.path_of(e.stored_as) for e in claim.evidence
    )
