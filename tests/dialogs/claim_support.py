"""What the whole-dialog claim tests share: an approved plan, funds, evidence files, scripts.

The plan is put in storage already approved (a reviewer's decision is not a chat
turn); everything after that goes through the chat as a partner would do it.
Evidence is served by a loopback HTTP server and attached the way Teams attaches
files in a personal chat.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestServer
from botbuilder.schema import Activity, ActivityTypes, Attachment

from dialogs.attachments import TEAMS_FILE
from domain.claim import Claim
from domain.lifecycle import ClaimStatus, PlanStatus
from domain.plan import Plan
from tests.support import ADMIN, TENANT, Chat, Reply, shown

EN, FR = "en-US", "fr-FR"
CLAIM_ID = re.compile(r"CLM-\d{4}-\d{6}")
SHA256_PATH = re.compile(r"^evidence/([0-9a-f]{2})/([0-9a-f]{64})$")

CAMPAIGN = ("Autumn push", date(2026, 9, 1), date(2026, 11, 30))
SEMINAR = ("customer_seminar", "12500")

# The claim's own answers for a customer seminar, as a partner types them.
SEMINAR_EN: list[tuple[str, str]] = [
    ("name", "Security workshop Nov"),
    ("execution_date", "2026-11-10"),
    ("amount", "9,800.50"),
    ("impressions", "3,000"),
    ("metric_value", "85 registered guests"),
]
SEMINAR_FR: list[tuple[str, str]] = [
    ("name", "Atelier sécurité novembre"),
    ("execution_date", "10/11/2026"),
    ("amount", "9 800,50 €"),
    ("impressions", "3 000"),
    ("metric_value", "85 invités inscrits"),
]


def is_french(locale: str | None) -> bool:
    return (locale or "").startswith("fr")


def flat(text: str) -> str:
    """French formatting uses (narrow) no-break spaces; tests compare with plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def texts(replies: list[Reply]) -> str:
    """Only the plain messages (errors, acknowledgements), not the cards, flattened."""
    return flat("\n".join(reply.text for reply in replies if reply.card is None))


def seen(replies: list[Reply]) -> str:
    """Everything shown, cards included, flattened."""
    return flat(shown(replies))


def last_card(replies: list[Reply]) -> Reply:
    with_cards = [reply for reply in replies if reply.card is not None]
    assert with_cards, f"no card in {shown(replies)}"
    return with_cards[-1]


def buttons(reply: Reply) -> list[str]:
    """The titles of the card's buttons (not the drop-down's options)."""
    return [action["title"] for action in (reply.card or {}).get("actions", [])]


def claim_id_in(replies: list[Reply]) -> str:
    match = CLAIM_ID.search(shown(replies))
    assert match, shown(replies)
    return match.group(0)


# -- storage -------------------------------------------------------------------------------


async def approved_plan(
    chat: Chat,
    activities: Sequence[tuple[str, str]] = (SEMINAR,),
    *,
    campaign: tuple[str, date, date] = CAMPAIGN,
    period: str = "FY27 H1",
    program: str = "csp_indirect_reseller",
    currency: str = "EUR",
    status: PlanStatus = PlanStatus.APPROVED,
) -> Plan:
    """A plan of one campaign with these (activity type, planned amount), as reviewed."""
    plans = chat.services.plans
    plan = await plans.create_plan(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada Admin", today=chat.today
    )
    plan.mpn_id, plan.program, plan.market, plan.fund_type = "1234567", program, "FR", "coop"
    plan.period, plan.currency, plan.plan_limit = period, currency, Decimal("50000")
    plan.reviewer_email = "ana@microsoft.com"
    found = plan.add_campaign()
    found.name, found.start_date, found.end_date = campaign
    for activity_type, planned in activities:
        activity = plan.add_activity(found)
        activity.activity_type, activity.planned_amount = activity_type, Decimal(planned)
        activity.description, activity.countries = f"{activity_type} for SMB", ["FR"]
    found.activities_done = plan.campaigns_done = True
    moves = {
        PlanStatus.EDITING: (),
        PlanStatus.SUBMITTED: (PlanStatus.SUBMITTED,),
        PlanStatus.APPROVED: (PlanStatus.SUBMITTED, PlanStatus.UNDER_REVIEW, PlanStatus.APPROVED),
    }[status]
    for move in moves:
        plan.move_to(move, actor="reviewer@microsoft.com")
    return await plans.save_plan(plan)


async def seed_funds(
    chat: Chat,
    earned: str = "40000",
    period: str = "FY27 H1",
    currency: str = "EUR",
    program: str = "csp_indirect_reseller",
) -> None:
    await chat.services.funds.seed(
        {
            "tenants": {
                TENANT: [
                    {
                        "program": program,
                        "period": period,
                        "currency": currency,
                        "earned": earned,
                    }
                ]
            }
        }
    )


async def get_claim(chat: Chat, claim_id: str) -> Claim:
    claim = await chat.services.claims.get(TENANT, claim_id)
    assert claim is not None, f"{claim_id} is not in storage"
    return claim


def stored_files(chat: Chat) -> list[Path]:
    """Every file in the evidence folder (temporary parts included)."""
    root = chat.services.evidence.root
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


# -- evidence files --------------------------------------------------------------------------


# What a real file of each type starts with (the bot checks the content against the name).
MAGIC = {
    "pdf": b"%PDF-1.4\n",
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "png": b"\x89PNG\r\n\x1a\n",
}


def content_of(name: str) -> bytes:
    """Distinct bytes per file name, so each file has its own hash, led by its type's magic."""
    return MAGIC.get(name.rsplit(".", 1)[-1].lower(), MAGIC["pdf"]) + (name.encode() + b"\n") * 40


class FileServer:
    """A loopback server the attachments point at; it counts what was requested.

    /f/<name> the file · /big/<name> 2 MB with its length · /stream/<name> 2 MB with
    no length · /missing/<name> 404 · /empty/<name> no bytes · /slow/<name> never answers
    (until the server closes).
    """

    BIG = 2 * 1024 * 1024

    def __init__(self) -> None:
        self.hits: list[str] = []
        # /b/<name>: these bytes (a file a test made, a filled spreadsheet).
        self.bodies: dict[str, bytes] = {}
        self._release = asyncio.Event()
        app = web.Application()
        app.router.add_get("/{kind}/{name}", self._serve)
        self._server = TestServer(app, host="127.0.0.1")

    async def __aenter__(self) -> FileServer:
        await self._server.start_server()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._release.set()
        await self._server.close()

    def url(self, name: str, kind: str = "f") -> str:
        return str(self._server.make_url(f"/{kind}/{name}"))

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        kind, name = request.match_info["kind"], request.match_info["name"]
        self.hits.append(f"{kind}/{name}")
        if kind == "f":
            return web.Response(body=content_of(name), content_type="application/octet-stream")
        if kind == "b" and name in self.bodies:
            return web.Response(body=self.bodies[name], content_type="application/octet-stream")
        if kind == "big":
            return web.Response(body=b"x" * self.BIG, content_type="application/pdf")
        if kind == "stream":
            response = web.StreamResponse()
            response.enable_chunked_encoding()
            await response.prepare(request)
            for _ in range(self.BIG // (64 * 1024)):
                await response.write(b"y" * 64 * 1024)
            await response.write_eof()
            return response
        if kind == "empty":
            return web.Response(body=b"", content_type="application/pdf")
        if kind == "slow":
            await self._release.wait()
            return web.Response(body=b"late", content_type="application/pdf")
        return web.Response(status=404, text="not found")


def teams_file(url: str, name: str) -> Attachment:
    """A file the way Teams attaches it in a personal chat."""
    return Attachment(
        content_type=TEAMS_FILE,
        name=name,
        content={"downloadUrl": url, "fileType": name.rsplit(".", 1)[-1]},
    )


def file_activity(url: str, name: str, text: str | None = None) -> Activity:
    """A message carrying one file."""
    return Activity(type=ActivityTypes.message, text=text, attachments=[teams_file(url, name)])


async def attach(
    chat: Chat,
    files: FileServer,
    name: str,
    kind: str = "f",
    *,
    text: str | None = None,
    locale: str | None = None,
) -> list[Reply]:
    activity = file_activity(files.url(name, kind), name, text)
    activity.locale = locale
    return await chat._send(activity)


# -- driving a claim -------------------------------------------------------------------------


async def start_claim(chat: Chat, locale: str | None = None) -> tuple[str, list[Reply]]:
    words = "nouvelle réclamation" if is_french(locale or chat.locale) else "new claim"
    replies = await chat.say(words, locale=locale)
    return claim_id_in(replies), replies


async def answer(
    chat: Chat, answers: list[tuple[str, str]], locale: str | None = None, until: str = ""
) -> list[Reply]:
    """Type the answers in order, stopping before the one for `until` (if given)."""
    replies: list[Reply] = []
    for field, typed in answers:
        if field == until:
            break
        replies = await chat.say(typed, locale=locale)
    return replies


def seminar_answers(locale: str | None) -> list[tuple[str, str]]:
    return SEMINAR_FR if is_french(locale) else SEMINAR_EN


async def add_file(
    chat: Chat,
    files: FileServer,
    name: str,
    kind: str,
    requirement: str | None = None,
    note: str | None = None,
    locale: str | None = None,
) -> list[Reply]:
    """At the evidence menu: attach `name`, say what it is, which requirement, the note."""
    replies = await attach(chat, files, name, locale=locale)
    replies = await chat.say(kind, locale=locale)
    if requirement is not None:
        replies = await chat.say(requirement, locale=locale)
    if note is not None:
        replies = await chat.say(note, locale=locale)
    return replies


async def seminar_evidence(
    chat: Chat,
    files: FileServer,
    locale: str | None = None,
    *,
    photos: bool = True,
    invoice: str = "invoice.pdf",
) -> list[Reply]:
    """At the evidence menu: the invoice, the invitation and agenda, the event photos."""
    fr = is_french(locale or chat.locale)
    replies = await add_file(chat, files, invoice, "facture" if fr else "invoice", locale=locale)
    replies = await add_file(
        chat,
        files,
        "agenda.pdf",
        "preuve" if fr else "proof",
        "Invitation et programme" if fr else "Invitation and agenda",
        "Invitation envoyée le 20 octobre, avec le programme"
        if fr
        else "Invitation sent on 20 October, with the agenda",
        locale,
    )
    if photos:
        replies = await add_file(
            chat,
            files,
            "photos.jpg",
            "preuve" if fr else "proof",
            "Photos de l'événement" if fr else "Event photos",
            "Photos de la salle pendant l'atelier"
            if fr
            else "Photos of the room during the workshop",
            locale,
        )
    return replies


async def seminar_claim_to_check(
    chat: Chat,
    files: FileServer,
    locale: str | None = None,
    answers: list[tuple[str, str]] | None = None,
) -> tuple[str, list[Reply]]:
    """A new seminar claim, answered and evidenced, up to its check card."""
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, answers or seminar_answers(locale or chat.locale), locale)
    await seminar_evidence(chat, files, locale)
    done = "terminé" if is_french(locale or chat.locale) else "done"
    return claim_id, await chat.say(done, locale=locale)


async def claim_at(chat: Chat, locale: str, until: str = "") -> str:
    """A seminar claim of an approved plan (funds seeded), answered up to the question for
    `until` (all its answers, up to the evidence list, when none): its id."""
    chat.locale = locale
    await seed_funds(chat)
    await approved_plan(chat)
    claim_id, _ = await start_claim(chat, locale)
    await answer(chat, seminar_answers(locale), locale=locale, until=until)
    return claim_id


async def claim_at_check(chat: Chat, files: FileServer, locale: str) -> str:
    """A seminar claim answered and evidenced, at its check card: its id."""
    chat.locale = locale
    await approved_plan(chat)
    await seed_funds(chat)
    claim_id, _ = await seminar_claim_to_check(chat, files, locale)
    return claim_id


# A digital advertising claim's answers up to its evidence (landing page, screenshot).
ADS = [
    ("name", "LinkedIn ads"),
    ("execution_date", "2026-11-10"),
    ("amount", "1000"),
    ("impressions", "25000"),
    ("metric_value", "2% click-through"),
]


async def other_claims(chat: Chat, claim_id: str, count: int, first_amount: int = 100) -> list[str]:
    """`count` submitted claims of the draft's activity and day, of amounts `first_amount`,
    `first_amount` + 1, …: their ids."""
    claims = chat.services.claims
    mine = await get_claim(chat, claim_id)
    made = []
    for number in range(count):
        other = await claims.create_claim(
            tenant_id=TENANT, owner_id=mine.owner_id, owner_name=None, today=chat.today
        )
        other.plan_id, other.campaign_id = mine.plan_id, mine.campaign_id
        other.activity_id, other.activity_type = mine.activity_id, mine.activity_type
        other.currency, other.amount = mine.currency, Decimal(first_amount + number)
        other.execution_date, other.status = mine.execution_date, ClaimStatus.SUBMITTED
        made.append((await claims.save(other)).id)
    return made
