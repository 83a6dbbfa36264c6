"""Composition root: settings → storage → repository → dialogs → bot → aiohttp routes.

`python app.py` serves the bot on http://HOST:PORT/api/messages (see `make run`). Several
instances (STORAGE=azure-blob) run under gunicorn with aiohttp's worker:
`gunicorn app:make_app --worker-class aiohttp.GunicornWebWorker` (see the Dockerfile).
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import functools
import gc
import json
import logging
import os
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from http import HTTPStatus
from typing import Any

from aiohttp import web
from botbuilder.core import ConversationState, Storage, TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botbuilder.schema import Activity, ActivityTypes, DeliveryModes

import seam
from backoffice_api.role_routes import add_role_routes
from backoffice_api.signed_requests import SignedRequests
from backoffice_api.status_routes import add_status_routes
from bot import allocator, http_json, telemetry
from bot.channel_auth import (
    ChannelAuthentication,
    ChannelAuthenticationError,
    ChannelAuthenticationUnavailable,
)
from bot.teams_bot import TURN_CONTEXTS, IncentivesBot, turn_error_handler
from config import Settings, SettingsError, load_settings
from dialogs import claims_export
from dialogs.identity import LOCAL_TENANT, Identity, tenant_of
from dialogs.main_dialog import MainDialog
from dialogs.services import REQUEST_ORIGIN, TURN_STARTED, Services
from dialogs.sheet_import import TEMPLATE_LANGUAGE_OF, XLSX_TYPE, template_for
from domain import countries, dates, money
from domain.signed_links import LinkExpired, LinkRefused
from domain.working_hours import WorkingHours
from invoices import InvoiceReader, Limits, describe_ocr
from proactive.notifier import Notifier
from proactive.reminders import ReminderScheduler
from seam import connector_sender, model_json
from storage.blob_storage import AzureBlobStorage, BlobCorruptedError, StorageUnavailableError
from storage.cards import SentCards
from storage.claims import ClaimRepository, FundsLedger
from storage.evidence_keepers import BlobKeeper
from storage.evidence_store import EvidenceStore
from storage.memory_storage import MemoryStorage
from storage.outbox import Outbox
from storage.repository import PlanRepository, RoleDirectory, UserProfiles
from storage.status_changes import StatusService
from storage.tinydb_storage import StorageCorruptedError, TinyDBStorage
from views.strings import t

log = logging.getLogger("incentives")

SETTINGS_KEY = web.AppKey("settings", Settings)
HOUSE_KEY = web.AppKey("house", object)
# Spreadsheets of claims are made one at a time (each holds a core for about 0.3 ms a
# claim): a burst of downloads queues instead of slowing every partner's turn.
EXPORTS_KEY = web.AppKey("exports", asyncio.Semaphore)
# At shutdown, how long turns still going on after "working on it" get to post their result.
TURNS_FINISH_SECONDS = 30.0
# A host as a Host header may carry it: a name or address, and a port.
_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]{2,45}\](:[0-9]{1,5})?")


@dataclass
class House:
    """Everything the routes need, built once at start-up."""

    settings: Settings
    storage: Storage
    adapter: CloudAdapter
    bot: IncentivesBot
    services: Services
    conversation_state: ConversationState
    notifier: Notifier
    reminders: ReminderScheduler
    reminders_task: asyncio.Task | None = None
    # Turns answered "working on it" that go on after their request was answered.
    turns_going_on: set[asyncio.Task] = field(default_factory=set)


class _AdapterConfig:
    """The attribute names ConfigurationBotFrameworkAuthentication reads."""

    def __init__(self, settings: Settings) -> None:
        self.APP_ID = settings.app_id
        self.APP_PASSWORD = settings.app_password.get_secret_value()
        self.APP_TYPE = settings.app_type
        self.APP_TENANTID = settings.app_tenant_id


def build_storage(settings: Settings) -> Storage:
    if settings.storage == "memory":
        return MemoryStorage()
    if settings.storage == "tinydb":
        storage = TinyDBStorage(settings.data_dir)
        storage.check()  # refuse to start on a damaged file rather than start empty
        return storage
    connection_string = settings.azure_storage_connection_string.get_secret_value()
    if not connection_string:
        raise SettingsError("AZURE_STORAGE_CONNECTION_STRING is required with STORAGE=azure-blob")
    try:
        return AzureBlobStorage(connection_string, settings.azure_storage_container)
    except ValueError:
        # The SDK's message may quote the connection string: never echo it.
        raise SettingsError(
            "AZURE_STORAGE_CONNECTION_STRING is not a valid connection string"
        ) from None


def build_services(settings: Settings, storage: Storage) -> Services:
    # Evidence lives where the rest of a partner's data does: with several instances on
    # blob storage, in the same container, so any instance can read what another fetched.
    keeper = BlobKeeper(storage.container) if isinstance(storage, AzureBlobStorage) else None
    return Services(
        plans=PlanRepository(storage),
        directory=RoleDirectory(storage),
        profiles=UserProfiles(storage),
        claims=ClaimRepository(storage),
        funds=FundsLedger(storage),
        evidence=EvidenceStore(
            settings.data_dir,
            max_bytes=settings.max_evidence_mb * 1024 * 1024,
            timeout_seconds=settings.evidence_timeout_seconds,
            allowed_hosts=settings.evidence_host_list,
            allow_http_loopback=settings.evidence_allow_http_loopback,
            keeper=keeper,
        ),
        outbox=Outbox(storage),
        cards=SentCards(storage),
        drafting_requires_role=settings.drafting_requires_role,
        public_url=settings.public_url,
        invoices=build_invoice_reader(settings),
        **_link_secrets(settings),
    )


def _link_secrets(settings: Settings) -> dict[str, tuple[bytes, ...]]:
    """EXPORT_LINK_SECRET as the key that signs links, when set (else Services makes one)."""
    secret = settings.export_link_secret.get_secret_value()
    return {"link_secrets": (secret.encode("utf-8"),)} if secret else {}


# A reading inside a turn: Teams waits 15 s for the answer, the file's download included
# (usually well under a second from Teams' own store); the reader adds its grace period.
INVOICE_LIMITS = Limits(total_seconds=8.0)


def build_invoice_reader(settings: Settings) -> InvoiceReader | None:
    """The reader of invoices attached to claims, or None when INVOICE_READING is off.
    Photos and scans only with INVOICE_OCR on and Tesseract installed (otherwise the log
    says why, once, and /healthz shows it)."""
    if not settings.invoice_reading:
        return None
    ocr = settings.invoice_ocr and bool(describe_ocr()["ocr"])
    return InvoiceReader(INVOICE_LIMITS, ocr=ocr)


async def build_house(
    settings: Settings, storage: Storage | None = None, services: Services | None = None
) -> House:
    # The SDK seam (seam/): every botbuilder/msrest patch, on the versions it was verified
    # against or not at all (SeamVersionError). The one place it is installed.
    seam.install()
    storage = storage if storage is not None else build_storage(settings)
    if isinstance(storage, AzureBlobStorage):
        await storage.open()  # creates the container; refuses to start if unreachable
    if services is None:
        services = build_services(settings, storage)
    if settings.roles_file is not None:
        await services.directory.seed(settings.roles_file)
    if settings.funds_file is not None:
        data = json.loads(settings.funds_file.read_text(encoding="utf-8"))
        await services.funds.seed(data)
    conversation_state = ConversationState(storage)
    bot = IncentivesBot(conversation_state, MainDialog(services), services.profiles)
    # The SDK's validation, with every failure answered 401 rather than 500 (see the module).
    adapter = CloudAdapter(
        ChannelAuthentication(
            ConfigurationBotFrameworkAuthentication(_AdapterConfig(settings)),
            keys_timeout_seconds=settings.channel_keys_timeout_seconds,
        )
    )
    adapter.on_turn_error = turn_error_handler(conversation_state)
    notifier = Notifier(
        adapter,
        settings.app_id,
        services.outbox,
        services,
        working_hours=WorkingHours.parse(settings.notice_hours),
    )
    reminders = ReminderScheduler(
        storage, services, services.outbox, idle_days=settings.reminder_idle_days,
        on_queued=notifier.wake, after_round=_give_memory_back,
    )  # fmt: skip
    house = House(
        settings, storage, adapter, bot, services, conversation_state, notifier, reminders
    )
    return house


async def _give_memory_back() -> None:
    """After a reminder round, which read every partner's files: the pages malloc holds
    free go back to the system (on a thread: it walks the whole heap)."""
    await asyncio.to_thread(allocator.give_back)


async def messages(request: web.Request) -> web.StreamResponse:
    house: House = request.app[HOUSE_KEY]
    try:
        # The media type parsed, not searched for; nesting bounded (see bot.http_json).
        body = await http_json.read_json(request)
    except http_json.UnsupportedMediaType:
        return _json_error(
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the activity as application/json",
        )
    except http_json.InvalidJSON as error:
        return _json_error(HTTPStatus.BAD_REQUEST, "invalid_json", error.reason)
    if not isinstance(body, dict):
        return _json_error(HTTPStatus.BAD_REQUEST, "invalid_activity", "expected an activity")
    if body.get("deliveryMode") == DeliveryModes.expect_replies:
        # botbuilder 4.17.1's CloudAdapter answers 500 for it; say so plainly instead.
        return _json_error(
            HTTPStatus.NOT_IMPLEMENTED,
            "expect_replies_unsupported",
            "deliveryMode expectReplies is not supported",
        )
    try:
        activity = model_json.load(Activity, body)
    except Exception:
        return _json_error(HTTPStatus.BAD_REQUEST, "invalid_activity", "not a valid activity")
    if not activity.type:
        return _json_error(HTTPStatus.BAD_REQUEST, "invalid_activity", "the activity has no type")
    conversation = body.get("conversation")
    conversation_id = conversation.get("id") if isinstance(conversation, dict) else None
    if not isinstance(conversation_id, str) or not conversation_id.strip():
        # Every reply, state key and log line needs it; the SDK would fail mid-turn (500).
        return _json_error(
            HTTPStatus.BAD_REQUEST, "invalid_activity", "the activity has no conversation id"
        )
    channel_id = body.get("channelId")
    if not isinstance(channel_id, str) or not channel_id.strip():
        # The SDK raises TypeError on it mid-turn (500); it also decides the tenant.
        return _json_error(
            HTTPStatus.BAD_REQUEST, "invalid_activity", "the activity has no channelId"
        )
    auth_header = request.headers.get("Authorization", "")
    REQUEST_ORIGIN.set(_origin(request))
    TURN_STARTED.set(time.monotonic())
    ids = {
        "activity_id": activity.id,
        "conversation_id": conversation_id,
        "tenant_id": tenant_of(activity) or LOCAL_TENANT,
    }
    with telemetry.turn(activity.type, ids) as traced:
        try:
            response, finished = await _within_teams_patience(house, auth_header, activity)
            if not finished:
                traced.outcome = "continued"
        except ChannelAuthenticationError as error:
            # The reason names the check that failed; never the token.
            log.warning("channel authentication refused a %s activity: %s", activity.type, error)
            traced.outcome = "refused"
            telemetry.SIGNATURE_FAILURES.add(1, {"source": "channel"})
            return _json_error(
                HTTPStatus.UNAUTHORIZED, "unauthorized", "the request is not from the channel"
            )
        except ChannelAuthenticationUnavailable:
            traced.outcome = "unavailable"
            return _json_error(
                HTTPStatus.SERVICE_UNAVAILABLE,
                "auth_unavailable",
                "cannot verify requests now; retry",
            )
    # Ids only: never the text, the sender's name or the token.
    log.debug(
        "activity %s (%s) of tenant %s in conversation %s handled",
        activity.id, activity.type, tenant_of(activity) or LOCAL_TENANT,
        getattr(activity.conversation, "id", None),
    )  # fmt: skip
    if response:
        return web.json_response(data=response.body, status=response.status)
    return web.Response(
        status=HTTPStatus.OK if activity.type == ActivityTypes.invoke else HTTPStatus.ACCEPTED
    )


async def _within_teams_patience(
    house: House, auth_header: str, activity: Activity
) -> tuple[Any, bool]:
    """The turn's answer, and True; or, when the turn is still at work after
    TURN_ANSWER_SECONDS (Teams sends a message again after 15 s without an answer), None
    and False: the partner is told "working on it", and the turn goes on by itself and
    posts its result when done (kept in `house.turns_going_on`, awaited at shutdown)."""
    turn_contexts: list[TurnContext] = []
    token = TURN_CONTEXTS.set(turn_contexts)  # the task copies it: the bot adds its context
    try:
        turn = asyncio.ensure_future(
            house.adapter.process_activity(auth_header, activity, house.bot.on_turn)
        )
    finally:
        TURN_CONTEXTS.reset(token)
    try:
        done, _ = await asyncio.wait({turn}, timeout=house.settings.turn_answer_seconds)
    except asyncio.CancelledError:
        _going_on(house, turn)  # the request was dropped: the turn still ends its work
        raise
    if done:
        return turn.result(), True
    _going_on(house, turn)
    if turn_contexts and activity.type == ActivityTypes.message:
        locale = Identity.from_activity(activity).locale
        try:
            await turn_contexts[0].send_activity(t(locale, "working_on_it"))
        except Exception:  # the result still comes; only the heads-up is lost
            log.warning("could not say 'working on it' in %s", activity.conversation.id)
    return None, False


def _going_on(house: House, turn: asyncio.Task) -> None:
    """Keep `turn` (the loop holds tasks weakly) until it ends."""
    house.turns_going_on.add(turn)
    turn.add_done_callback(functools.partial(_turn_ended, house))


def _turn_ended(house: House, turn: asyncio.Task) -> None:
    house.turns_going_on.discard(turn)
    if not turn.cancelled() and turn.exception() is not None:
        log.error("a turn that went on after its answer failed", exc_info=turn.exception())


def _origin(request: web.Request) -> str:
    """The scheme and host a request was sent to, as a proxy in front (App Service, a dev
    tunnel) says it was; only used in links back to this bot."""
    scheme = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
    host = request.headers.get("X-Forwarded-Host", "").split(",")[0].strip() or request.host
    if scheme not in ("http", "https"):
        scheme = request.scheme
    if not _HOST.fullmatch(host or ""):
        return request.url.origin().human_repr()
    return f"{scheme}://{host}"


async def plan_template(request: web.Request) -> web.Response:
    """GET /templates/<name>: the blank plan spreadsheet, in the language its name says.
    No partner data in it: open to anyone who has the link (the chat gives it)."""
    language = TEMPLATE_LANGUAGE_OF.get(request.match_info["name"])
    if language is None:
        raise web.HTTPNotFound()
    house: House = request.app[HOUSE_KEY]
    data = await asyncio.to_thread(template_for, language, house.services.today())
    return web.Response(
        body=data,
        content_type=XLSX_TYPE,
        headers={
            "Content-Disposition": f'attachment; filename="{request.match_info["name"]}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


_NOT_SHOWN = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


async def claims_export_file(request: web.Request) -> web.Response:
    """GET /exports/claims/<link>: the tenant's claims as a workbook, for a link the chat
    gave (signed, not expired, its person still in the role directory); anything else is
    told plainly, never a 500 and never a word of why a link is refused beyond that."""
    services = request.app[HOUSE_KEY].services
    try:
        grant = claims_export.read_export_link(services, request.match_info["token"])
    except LinkExpired as expired:
        minutes = claims_export.LINK_MINUTES
        said = t(expired.grant.language, "export.expired", minutes=minutes)
        return web.Response(status=410, text=said, headers=_NOT_SHOWN)
    except LinkRefused:
        return web.Response(status=403, text=t("en", "export.refused"), headers=_NOT_SHOWN)
    if not await claims_export.may_export(services, grant.tenant_id, grant.user_id):
        said = t(grant.language, "export.refused")
        return web.Response(status=403, text=said, headers=_NOT_SHOWN)
    async with request.app[EXPORTS_KEY]:
        data, _ = await claims_export.workbook_for(services, grant.tenant_id, grant.language)
    name = claims_export.file_name(grant.language, services.today())
    return web.Response(
        body=data,
        content_type=XLSX_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{name}"', **_NOT_SHOWN},
    )


class _LinksNotLogged(logging.Filter):
    """The access log's line for a signed link shows its path, not the link: whoever read
    the log could otherwise open it until it expires."""

    _LINK = re.compile(re.escape(claims_export.PATH) + r"[^\s\"?]*")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if claims_export.PATH in message:
            record.msg, record.args = self._LINK.sub(claims_export.PATH + "…", message), ()
        return True


LINKS_NOT_LOGGED = _LinksNotLogged()


def _invoice_health(house: House) -> dict[str, Any]:
    """Whether invoices are read, and photos and scans too (and why not)."""
    reader = house.services.invoices
    if reader is None:
        return {"reading": False, "ocr": False, "reason": "INVOICE_READING is off"}
    if reader.ocr:
        return {"reading": True, "ocr": True}
    engine = describe_ocr()
    reason = "INVOICE_OCR is off" if engine["ocr"] else engine["reason"]
    return {"reading": True, "ocr": False, "reason": reason}


async def healthz(request: web.Request) -> web.Response:
    house: House = request.app[HOUSE_KEY]
    storage: dict[str, Any] = {"backend": house.settings.storage}
    status = HTTPStatus.OK
    try:
        if isinstance(house.storage, TinyDBStorage):
            # No listing: the files were checked at start-up (a partner's when first
            # served), and the store names those it found damaged since.
            storage = house.storage.health()
        elif isinstance(house.storage, AzureBlobStorage):
            storage = await house.storage.check()
        storage.pop("data_dir", None)  # no server paths in a public answer
        storage["ok"] = True
    except Exception as error:
        storage.update(ok=False, error=type(error).__name__)
        status = HTTPStatus.SERVICE_UNAVAILABLE
    if await _writes_failing(house, storage):
        status = HTTPStatus.SERVICE_UNAVAILABLE
    try:
        outbox = await house.services.outbox.counts()
    except Exception as error:
        outbox = {"error": type(error).__name__}
    body = {
        "status": "ok" if status == HTTPStatus.OK else "degraded",
        "outbox": outbox,
        "storage": storage,
        "authenticated": house.settings.authenticated,
        "invoices": _invoice_health(house),
    }
    return web.json_response(body, status=status)


async def _writes_failing(house: House, storage: dict[str, Any]) -> bool:
    """Reads can look fine while every write fails (a full disk): say so in `storage`.

    The store records its last failed write until one succeeds (storage.write_health);
    TinyDB is probed with one small durable write meanwhile, so recovery shows at once.
    """
    write_health = getattr(house.storage, "write_health", None)
    if write_health is None:
        return False
    failure = write_health.report()
    if failure is not None and isinstance(house.storage, TinyDBStorage):
        if await asyncio.to_thread(house.storage.probe_write):
            failure = None
    storage["writes"] = "ok" if failure is None else "failing"
    if failure is None:
        return False
    storage.update(ok=False, write_error=failure["errno"] or failure["error"])
    storage["since"] = failure["since"]
    return True


def _json_error(status: HTTPStatus, code: str, message: str) -> web.Response:
    return web.json_response({"error": code, "message": message}, status=status)


def _start_background(house: House):
    async def start(_app: web.Application) -> None:
        # Off the request path: notices and reminders run beside the server.
        await house.notifier.start()
        house.reminders_task = asyncio.create_task(house.reminders.run(), name="reminders")

    return start


async def _let_turns_finish(house: House) -> None:
    """Turns still going on after their "working on it" get a while to post their result."""
    if house.turns_going_on:
        await asyncio.wait(set(house.turns_going_on), timeout=TURNS_FINISH_SECONDS)


def _stop_background(house: House):
    async def stop(_app: web.Application) -> None:
        await house.notifier.stop()
        task = getattr(house, "reminders_task", None)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return stop


def create_app(house: House, *, background: bool = True) -> web.Application:
    """The web app; `background=False` leaves the notifier and reminders to the caller (tests)."""
    app = web.Application(client_max_size=256 * 1024)
    app[HOUSE_KEY] = house
    app[SETTINGS_KEY] = house.settings
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/templates/{name}", plan_template)
    app.router.add_get(claims_export.PATH + "{token}", claims_export_file)
    app[EXPORTS_KEY] = asyncio.Semaphore(1)
    logging.getLogger("aiohttp.access").addFilter(LINKS_NOT_LOGGED)
    services = house.services
    # One verifier for the whole back-office API: one secret, one rate limit per source,
    # one record (in the store, shared by every instance) of requests taken once.
    signed = SignedRequests(
        house.settings.status_webhook_secret,
        house.storage,
        previous_secret=house.settings.status_webhook_previous_secret,
    )
    add_status_routes(
        app,
        StatusService(services.plans, services.claims, services.outbox, house.storage),
        signed,
        on_accepted=house.notifier.wake,
    )
    add_role_routes(app, services.directory, signed)
    if background:
        app.on_startup.append(_start_background(house))
        app.on_cleanup.append(_stop_background(house))
    app.on_cleanup.insert(0, lambda _app: _let_turns_finish(house))
    app.on_cleanup.append(_close_connector_session)
    if house.services.invoices is not None:
        app.on_cleanup.append(_close_invoice_reader(house.services.invoices))
    return app


def _close_invoice_reader(reader: InvoiceReader):
    async def close(_app: web.Application) -> None:
        await reader.close()

    return close


async def _close_connector_session(_app: web.Application) -> None:
    await connector_sender.close()


# Errors that mean "do not start": the message says what to fix (a file to move aside...).
STARTUP_ERRORS = (
    StorageCorruptedError,
    BlobCorruptedError,
    StorageUnavailableError,
    SettingsError,
    seam.SeamVersionError,
)


_OWNED_DATA_DIRS: dict[str, int] = {}


def own_data_dir(settings: Settings) -> None:
    """STORAGE=tinydb: claim DATA_DIR for this process, or refuse to start.

    The TinyDB store keeps partitions in memory and owns its folder: a second process on
    it (a second gunicorn worker, a second container on the same volume) would lose
    updates. An exclusive `flock` on `DATA_DIR/.lock`, released by the kernel when the
    process ends however it ends, keeps it to one.
    """
    try:
        import fcntl
    except ImportError:  # not on POSIX: nothing to lock with
        return
    folder = str(settings.data_dir.resolve())
    if folder in _OWNED_DATA_DIRS:
        return
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(os.path.join(folder, ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        raise SettingsError(
            "DATA_DIR is in use by another process; with STORAGE=tinydb one process owns it "
            "(run one gunicorn worker), use STORAGE=azure-blob for several instances"
        ) from None
    _OWNED_DATA_DIRS[folder] = descriptor


GC_THRESHOLDS = (4_000, 5, 2_000)
# A few values of each kind the dialogs read and write, in each language (see `warm_up`).
_WARM_UP_LOCALES = ("en-US", "fr-FR")


def warm_up() -> None:
    """Load now what the first turns after start-up would otherwise load while every
    partner's turn waits for the loop: babel's locale data (the currency names of every
    locale alone take ~70 ms), the parsers and formats of amounts, countries and dates in
    both languages, and the connector's session with its trust store (~50 ms). In
    `make bench`, the first plan turns of a new process held the loop 114 ms without it.
    Call it on the serving loop, before `settle_memory`."""
    today = date.today()
    money.parse_currency("EUR")
    for locale in _WARM_UP_LOCALES:
        money.format_amount(Decimal("1234.5"), "EUR", locale)
        money.parse_amount("1234,50", "EUR", locale)
        countries.parse_countries("France", locale)
        dates.parse_date("1/2", locale, today)
        dates.format_date(today, locale)
    connector_sender.open_session()
    codecs.lookup("utf-8-sig")  # the codec msrest decodes the connector's answers with


def settle_memory() -> None:
    """Take what start-up made (modules, schemas, the SDK) out of the garbage collector's walk.

    Those objects live as long as the process; left in, every full collection walks them
    again, which stalled turns for 50-80 ms a few times a minute (`make bench`, turn p99).
    Call it once the house is built, before serving.
    """
    gc.collect()
    gc.freeze()
    # A turn allocates tens of thousands of short-lived containers; at the default
    # threshold (700) the collector ran dozens of times a turn, and rarer, larger young
    # collections cost 3-4% less CPU a turn. But not too large: each holds the loop, and
    # with the reminder scan running, young collections of 20,000 objects took 20-48 ms
    # and one of the next generation (20 of them) 116 ms (`BENCH_STALLS`, `make bench`'s
    # stall figure, whose note gives the longest collection of each generation). Full
    # collections stay as rare as before (a young one every 4,000, the next generation
    # every 20,000, a full one every 40 million); memory stays within bounds.
    gc.set_threshold(*GC_THRESHOLDS)


async def make_app(settings: Settings | None = None) -> web.Application:
    """The whole app, built inside the event loop that will serve it.

    `python app.py` runs it, and so does gunicorn's aiohttp worker (an async factory):
    `gunicorn app:make_app --worker-class aiohttp.GunicornWebWorker`. The blob client
    must be created on the loop that uses it, hence a factory rather than a module global.
    """
    if settings is None:
        settings = load_settings()
    telemetry.configure_logging(settings.log_level, settings.effective_log_format)
    # Before the store's threads allocate: two malloc arenas, big blocks always mapped.
    allocator.tune()
    # Before anything records (once a process): where traces and metrics go, if anywhere.
    exported_to = telemetry.configure(
        settings.applicationinsights_connection_string.get_secret_value(),
        settings.otel_exporter_otlp_endpoint,
        os.environ.get("OTEL_SERVICE_NAME"),
    )
    log.info("traces and metrics: %s", exported_to)
    if not settings.authenticated:
        log.warning(
            "MicrosoftAppId is empty: the bot accepts unauthenticated requests. "
            "Use this only on your own machine."
        )
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        if settings.storage == "tinydb":
            own_data_dir(settings)
        house = await build_house(settings)
    except STARTUP_ERRORS as error:
        log.critical("cannot start: %s", error)
        raise
    app = create_app(house)
    if isinstance(house.storage, AzureBlobStorage):
        blob_storage = house.storage

        async def close_storage(_app: web.Application) -> None:
            await blob_storage.close()

        app.on_cleanup.append(close_storage)
    elif isinstance(house.storage, TinyDBStorage):
        tinydb_storage = house.storage

        async def close_tinydb(_app: web.Application) -> None:
            # The journal's last changes go to their files: the next start has none to replay.
            await asyncio.to_thread(tinydb_storage.close)

        app.on_cleanup.append(close_tinydb)
    warm_up()
    settle_memory()
    log.info("ready (storage=%s, data=%s)", settings.storage, settings.data_dir)
    return app


def new_event_loop() -> asyncio.AbstractEventLoop:
    """The loop the bot serves on: uvloop (libuv), as aiohttp's `GunicornUVLoopWebWorker`
    runs it. Per turn the event loop handles an inbound request, one outbound call per
    reply and the storage's thread hand-offs; uvloop does that work in C. The standard
    loop is used where uvloop is not installed (it needs a POSIX system)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


def main() -> None:
    try:
        settings = load_settings()
    except SettingsError as error:
        sys.exit(str(error))

    def serving(_message: str) -> None:  # called by aiohttp once the socket listens
        log.info("serving on http://%s:%d/api/messages", settings.host, settings.port)

    try:
        web.run_app(
            make_app(settings),
            host=settings.host,
            port=settings.port,
            print=serving,
            loop=new_event_loop(),
        )
    except STARTUP_ERRORS as error:
        sys.exit(f"cannot start: {error}")


if __name__ == "__main__":
    main()
