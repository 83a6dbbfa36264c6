"""The Teams activity handler: welcome, run the dialogs, keep conversation state."""

from __future__ import annotations

import logging
import traceback
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from contextvars import ContextVar

from botbuilder.core import ActivityHandler, ConversationState, TurnContext
from botbuilder.dialogs import Dialog, DialogSet, DialogTurnStatus
from botbuilder.schema import ActivityTypes, ChannelAccount
from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode

from dialogs.attachments import files_of
from dialogs.identity import TEAMS_LOCALE, Identity
from dialogs.messages import show_typing, to_activity
from dialogs.services import PARTNER_ZONE
from domain.text import answer_locale
from domain.working_hours import known_zone
from seam import model_json
from storage.errors import DamagedDataError
from storage.keyed_locks import KeyedLocks
from storage.repository import UserProfiles
from views import cards
from views.strings import t

log = logging.getLogger(__name__)

# Teams delivers an activity again, same id, when its answer took over 15 s (DESIGN.md).
# The ids of the last message activities a conversation handled ride in its state (saved
# with the turn's own state write), and this process also remembers the last ones of all
# conversations (for turns that had nothing to write).
HANDLED_PROPERTY = "HandledActivities"
KEPT_PER_CONVERSATION = 50
KEPT_IN_PROCESS = 10_000


# Set by app.messages around one request's turn: the turn's context is added here, so that
# a turn still at work when Teams' patience runs out can say "working on it" meanwhile.
TURN_CONTEXTS: ContextVar[list[TurnContext] | None] = ContextVar("turn_contexts", default=None)


class IncentivesBot(ActivityHandler):
    """Hands every message to the main dialog; saves dialog state at the end of the turn."""

    def __init__(
        self, conversation_state: ConversationState, dialog: Dialog, profiles: UserProfiles
    ) -> None:
        self.conversation_state = conversation_state
        self.dialog = dialog
        self.profiles = profiles
        self.dialog_state = conversation_state.create_property("DialogState")
        self._locks = KeyedLocks()
        # (conversation, activity id) of the message turns running now, and of recent ones.
        self._in_flight: set[tuple[str, str]] = set()
        self._handled: OrderedDict[tuple[str, str], None] = OrderedDict()

    async def on_turn(self, turn_context: TurnContext) -> None:
        contexts = TURN_CONTEXTS.get()
        if contexts is not None:
            contexts.append(turn_context)  # app.messages may say "working on it" through it
        # One turn at a time per conversation: a double-clicked button or a second device
        # waits for the first turn, then finds its card answered (one clear answer, no
        # lost update, no duplicate).
        activity = turn_context.activity
        conversation_id = getattr(activity.conversation, "id", None) or ""
        key = (conversation_id, activity.id) if activity.type == ActivityTypes.message else None
        if key is not None and key[1]:
            # A redelivery while the first delivery runs, or after it ran in this process:
            # acknowledged, and nothing is done (the first one answers).
            if key in self._in_flight or key in self._handled:
                log.info("activity delivered again: conversation=%s activity=%s", *key)
                return
            self._in_flight.add(key)
        else:
            key = None
        try:
            async with self._turn_lock(conversation_id):
                if key is not None and await self._handled_before(turn_context, key[1]):
                    log.info("activity handled before: conversation=%s activity=%s", *key)
                    return
                await super().on_turn(turn_context)
                # A message turn asks once whether its state changed (the id goes with
                # the change, then it is written as is); any other turn saves as usual.
                changed = key is not None and self._remember_in_state(turn_context, key[1])
                try:
                    if changed:
                        await self.conversation_state.save_changes(turn_context, force=True)
                    elif key is None:
                        await self.conversation_state.save_changes(turn_context)
                except KeyError:
                    # Another instance saved this conversation meanwhile (e-tag conflict):
                    # its state stands; the drafts are saved and versioned separately.
                    log.warning(
                        "conversation state changed elsewhere: conversation=%s", conversation_id
                    )
        finally:
            if key is not None:
                self._in_flight.discard(key)
                # A failed turn counts as handled too: its partner got the apology.
                self._handled[key] = None
                while len(self._handled) > KEPT_IN_PROCESS:
                    self._handled.popitem(last=False)

    async def _handled_before(self, turn_context: TurnContext, activity_id: str) -> bool:
        """Whether the conversation's state says this activity was handled (any instance)."""
        # The state is loaded here rather than by the dialogs: the same single read.
        await self.conversation_state.load(turn_context)
        cached = self.conversation_state.get_cached_state(turn_context)
        handled = cached.state.get(HANDLED_PROPERTY) if cached is not None else None
        return isinstance(handled, list) and activity_id in handled

    def _remember_in_state(self, turn_context: TurnContext, activity_id: str) -> bool:
        """Note the activity in the conversation's state, if the turn writes the state anyway.

        A turn that changed the state (every turn that starts, answers or leaves a dialog:
        the ones with effects) carries the id in that same write. A turn that changed
        nothing (a status question at rest) is remembered by this process only: no write
        is added for it; run again elsewhere it would only answer again.
        Whether the state changed (and is to be written).
        """
        cached = self.conversation_state.get_cached_state(turn_context)
        if cached is None or not cached.is_changed:
            return False
        handled = cached.state.get(HANDLED_PROPERTY)
        kept = list(handled) if isinstance(handled, list) else []
        kept.append(activity_id)
        cached.state[HANDLED_PROPERTY] = kept[-KEPT_PER_CONVERSATION:]
        return True

    def _turn_lock(self, conversation_id: str) -> AbstractAsyncContextManager[None]:
        return self._locks.hold(conversation_id)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        if files_of(turn_context.activity):
            await show_typing(turn_context)  # files are downloaded (and read) this turn
        await self.remember_conversation(turn_context)
        dialogs = DialogSet(self.dialog_state)
        dialogs.add(self.dialog)
        dialog_context = await dialogs.create_context(turn_context)
        result = await dialog_context.continue_dialog()
        if result.status == DialogTurnStatus.Empty:
            await dialog_context.begin_dialog(self.dialog.id)

    async def on_message_update_activity(self, turn_context: TurnContext) -> None:
        """A message the partner edited in Teams: it was read once, as sent, and the edit
        changes nothing; they are told so, and how to change that answer. (Deleting or
        undeleting a message needs no answer.)"""
        channel_data = turn_context.activity.channel_data
        if not isinstance(channel_data, dict) or channel_data.get("eventType") != "editMessage":
            return
        await self.remember_conversation(turn_context)  # the language they chose
        locale = Identity.from_activity(turn_context.activity).locale
        await turn_context.send_activity(t(locale, "edited_message"))

    async def remember_conversation(self, turn_context: TurnContext) -> None:
        """Keep what a notice needs later, outside any turn: where to post, in which language,
        and the partner's time zone (Teams' `localTimezone`: non-urgent pings wait for their
        working hours)."""
        activity = turn_context.activity
        identity = Identity.from_activity(activity)
        # The whole reference: service URL, conversation and tenant are all needed to post.
        reference = model_json.dump(TurnContext.get_conversation_reference(activity))
        stored = await self.profiles.get(identity.tenant_id, identity.user_id)
        # The language the partner chose in the chat ("speak French"), if not their Teams
        # client's: this turn answers in it (every reader of the activity's locale), and
        # notices later too (the profile's locale).
        turn_context.turn_state.setdefault(TEAMS_LOCALE, activity.locale)
        locale = answer_locale(activity.locale, stored.get("language"))
        if locale != activity.locale:
            activity.locale = locale
            identity = Identity.from_activity(activity)
        # A client that sends none keeps the zone seen before.
        time_zone = known_zone(activity.local_timezone) or known_zone(stored.get("time_zone"))
        PARTNER_ZONE.set(time_zone)  # this turn's "today" is the partner's
        if (
            stored.get("locale") == identity.locale
            and stored.get("time_zone") == time_zone
            and _same_place(stored.get("reference"), reference)
        ):
            # Only the message id moved on: an older one serves a notice as well, and not
            # rewriting the profile spares a durable write on every turn.
            return
        await self.profiles.update(
            identity.tenant_id,
            identity.user_id,
            locale=identity.locale,
            reference=reference,
            time_zone=time_zone,
        )

    async def on_members_added_activity(
        self, members_added: list[ChannelAccount], turn_context: TurnContext
    ) -> None:
        activity = turn_context.activity
        bot_id = activity.recipient.id if activity.recipient else None
        people = [m for m in members_added if m.id != bot_id]
        # In a Teams personal chat only the bot is "added" when the app is installed.
        bot_added = any(m.id == bot_id for m in members_added)
        if people or bot_added:
            await self.remember_conversation(turn_context)
            name = people[0].name if people else None
            identity = Identity.from_activity(activity)
            welcome = cards.welcome_message(identity.locale, name)
            await turn_context.send_activity(to_activity(welcome))


def _same_place(stored: dict | None, reference: dict) -> bool:
    """Whether two conversation references post to the same place (message ids aside)."""
    if not stored:
        return False
    return {k: v for k, v in stored.items() if k != "activityId"} == {
        k: v for k, v in reference.items() if k != "activityId"
    }


def turn_error_handler(
    conversation_state: ConversationState,
) -> Callable[[TurnContext, Exception], Awaitable[None]]:
    """Logs a failed turn with its ids, apologises in the user's language, keeps drafts."""

    async def on_turn_error(context: TurnContext, error: Exception) -> None:
        activity = context.activity
        # The turn's trace says it failed, and with what type of error (never its text).
        trace.get_current_span().set_status(Status(StatusCode.ERROR, type(error).__name__))
        identity = Identity.from_activity(activity)
        # Ids only: never message text, names or e-mails in logs.
        log.error(
            "turn failed: tenant=%s conversation=%s activity=%s: %s",
            identity.tenant_id,
            getattr(activity.conversation, "id", None),
            activity.id,
            "".join(traceback.format_exception(error)),
        )
        if isinstance(error, DamagedDataError):
            # The partner's stored data cannot be read (named in the log and /healthz):
            # say so plainly; "your answers are saved" would not be true to say.
            text = t(identity.locale, "apology.data_damaged")
        else:
            text = t(identity.locale, "apology") + " " + t(identity.locale, "apology.drafts_safe")
        try:
            await context.send_activity(text)
        except Exception:
            log.exception("could not send the apology")
        # Drop the dialog stack of a failed message turn (it may be what failed); drafts
        # live in the repository and resume exactly where they were. Other turns
        # (a proactive notice, a conversation update) never loaded it: leave it be.
        if activity.type == ActivityTypes.message:
            try:
                await conversation_state.clear_state(context)
                await conversation_state.save_changes(context, force=True)
            except Exception:
                # Storage itself may be what failed (a full disk): the apology is sent,
                # the failure logged and shown in /healthz; the turn must not end in a 500.
                log.exception(
                    "could not reset the dialog of conversation %s",
                    getattr(activity.conversation, "id", None),
                )

    return on_turn_error
