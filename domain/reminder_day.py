"""The day a partner asks to be reminded of a draft: "remind me tomorrow", « rappelle-moi lundi ».

What follows "remind me" (as `dialogs.recognizer` leaves it) is read as a day to come, the
first one from tomorrow: a relative day ("tomorrow", « après-demain », "in 3 days", « dans une
semaine »), a weekday (the next one), a day of the calendar ("Dec 1", « le 1er décembre »), by
`domain.dates.parse_date`; a day it would offer for rough words is taken ("end of the month",
"early December", « mi-décembre »; a month, "in January": its first day). Besides it: nothing
said, "later", « plus tard » are tomorrow; "next
week", « la semaine prochaine » its Monday; a time of day after the day ("tomorrow morning",
« demain à 9h ») is read past, since reminders come in the partner's working hours anyway.

Error codes raised (string table key `error.<code>`):

- `remind_day_unknown` (value): no day read; the answer shows how to say one.
- `remind_day_deadline`: "before the deadline", « avant la date limite »: the claiming
  deadline's reminders come anyway (7 days and 1 day before); another day is named.
- `remind_day_passed` (day): a day before today.
- `remind_day_today` (tomorrow): today, which the hourly scan may already have passed.
- `remind_day_far` (days): more than `MAX_DAYS_AHEAD` days ahead.
- `remind_day_hours` (tomorrow): an hour, not a day ("in an hour", "at 3pm", « ce soir »):
  reminders come on a day, in the partner's working hours.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from domain.dates import DateWindow, format_day_ahead, parse_date, without_time_of_day
from domain.errors import UserInputError
from domain.text import excerpt, fold

# The days before its period's claims close a claim still in draft is reminded of,
# unasked (`proactive.reminders`).
CLAIM_DEADLINE_DAYS = (7, 1)
# A draft waits at most this long on a partner's word (claims close 45 days after their
# usage period; a reminder further off would outlive most drafts).
MAX_DAYS_AHEAD = 90
# Longer than any day said in words ("the Tuesday after next", « le mardi 1er décembre 2026 »).
_MAX_LENGTH = 60

_TOMORROW_WORDS = frozenset(
    {"", "later", "later on", "soon", "another day", "plus tard", "bientot", "un autre jour"}
)
_NEXT_WEEK = re.compile(r"(?:next week|(?:la )?semaine prochaine)")
_FILLER = re.compile(r"^(?:on|for|le|pour)\s+(?=\D)")
# An hour rather than a day: "in an hour", "in 20 minutes", "at 3pm", "tonight", « ce soir ».
_HOURS = re.compile(
    r"in (?:an?|one|a few|\d+) (?:hours?|minutes?|mins?)|at \d{1,2}(?:[:h]\d{2})?\s*(?:am|pm|h)?"
    r"|(?:this|later this) (?:morning|afternoon|evening)|tonight|later today|in a bit"
    r"|dans (?:une|1|\d+|quelques) (?:heures?|minutes?)|a \d{1,2}\s*h(?:\d{2})?|ce soir"
    r"|cet apres[ -]midi|ce matin|plus tard (?:aujourd'hui|dans la journee)|tout a l'heure"
)


# "before the deadline", "a few days before it closes", « avant la date limite ».
_BEFORE_DEADLINE = re.compile(
    r"(?:(?:just|right|shortly|a few days|a day|some days|a week|well) )?(?:before|ahead of) "
    r"(?:the |my |its |our )?(?:deadline|due date|closing date|cut ?off|it closes|it s due"
    r"|claims close|the claiming period ends)"
    r"|(?:(?:juste|quelques jours|un jour|une semaine) )?avant (?:la |l'|l )?(?:date limite"
    r"|echeance|cloture|fin de la periode)"
)


def _day_meant(error: UserInputError) -> date | None:
    """The day a date question would offer for words that name one roughly ("end of the
    month": its last day; "early December", « mi-décembre »; "in January": its first): a
    reminder is as good on it as the partner's words are. None when none is offered."""
    offered = error.params.get("answer") or (error.params.get("days") or (None,))[0]
    try:
        return date.fromisoformat(offered) if isinstance(offered, str) else None
    except ValueError:
        return None


def reminder_day(text: str | None, locale: str, today: date) -> date:
    """The day `text` names for a reminder, from tomorrow, or a `UserInputError`."""
    raw = (text or "").strip()
    if len(raw) > _MAX_LENGTH:
        raise UserInputError("remind_day_unknown", value=excerpt(raw))
    words = " ".join(fold(raw).replace("’", "'").split()).strip(" .!?,")
    tomorrow = today + timedelta(days=1)
    if _HOURS.fullmatch(words):
        raise UserInputError("remind_day_hours", tomorrow=format_day_ahead(tomorrow, locale, today))
    words = without_time_of_day(words) if words else words
    if _BEFORE_DEADLINE.fullmatch(words):
        raise UserInputError("remind_day_deadline")
    if words in _TOMORROW_WORDS:
        return tomorrow
    if _NEXT_WEEK.fullmatch(words):
        return today + timedelta(days=7 - today.weekday())
    try:
        day = parse_date(_FILLER.sub("", words), locale, today, DateWindow(on_or_after=tomorrow))
    except UserInputError as error:
        day = _day_meant(error)
        if day is None:
            raise UserInputError("remind_day_unknown", value=excerpt(raw)) from None
    if day < today:
        raise UserInputError("remind_day_passed", day=format_day_ahead(day, locale, today))
    if day == today:
        raise UserInputError("remind_day_today", tomorrow=format_day_ahead(tomorrow, locale, today))
    if (day - today).days > MAX_DAYS_AHEAD:
        raise UserInputError("remind_day_far", days=MAX_DAYS_AHEAD)
    return day


# The most words a day said at the end of a sentence takes ("should arrive on Friday the
# 4th": "on friday the 4th").
_DAY_AT_END_WORDS = 5


def day_named_at_end(text: str | None, locale: str, today: date) -> date | None:
    """The day a sentence ends by naming, as a reminder would take it ("the invoice comes
    tomorrow", "arrives next week", « la facture arrive vendredi »), from tomorrow on; None
    when it names none ("later", "soon" name no day)."""
    words = fold(text or "")[: _MAX_LENGTH * 2].replace("’", "'").strip(" .!?").split()
    for count in range(min(len(words), _DAY_AT_END_WORDS), 0, -1):
        said = " ".join(words[-count:])
        if _FILLER.sub("", said) in _TOMORROW_WORDS:
            continue  # "later": no day said
        try:
            return reminder_day(said, locale, today)
        except UserInputError:
            continue
    return None
