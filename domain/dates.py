"""Dates as partners type them (English and French), and Microsoft fiscal halves.

Reading numeric dates: `2026-03-15` (year first) is always year-month-day.
`15/03/2026`, `15.03.2026` and `15-03-2026` are day first in every locale but
en-US, where `03/15/2026` and `03-15-2026` are month first (dots stay day first: no one
writes a month first with them). Whichever order the locale expects,
a first number above 12 can only be a day and a second number above 12 can only
be a day, so `15/03/2026` in en-US and `03/15/2026` in fr are read the one way
that exists. Two-digit years are 20xx. A date without a year (`15 mars`,
`mars 15`, `1er avril`, `March 15`, `15/03`, `03/15` in en-US) takes its year
from the question's `DateWindow` (see there); without one, the occurrence
nearest to `today`. A day alone, with its article or its ordinal (`the 10th`, `10th`,
`on the 2nd`, `le 10`, `le 1er`), takes its month and year the same way; a bare number
(`10`) is offered as that day, not taken (`date_day_number`). "last" and « dernier »
around a day (`le 10 novembre dernier`, `last November 10`) and an article before one in
numbers (`le 10/11`) add nothing to that. Relative days: today, yesterday, the day before
yesterday, tomorrow, the day after, in both languages (`avant-hier`), a part of one
(`this morning`, `last night`, `hier soir`: that day), a weekday last
(`last Friday`, `vendredi dernier`), and a weekday alone (`Tuesday`, `mardi`): the next one,
or the latest one where the window looks back (an execution date). `last week`, `la
semaine dernière`, `last month` name several days: refused with them. A campaign's length
(`6 weeks`, `3 months later`, `pendant 2 mois`) gives a day from its start (`length_after`),
which the campaign's end question offers.

Error codes raised (string table key `error.<code>`):

- `date_empty`: nothing typed.
- `date_invalid` (value): not readable as a date.
- `date_asap` (value, suggestion, answer): "asap" where a day to come is asked: the first
  day the question takes, offered.
- `date_vague` (value, suggestion, answer): several days ("fin octobre", "10-12 Nov"), the
  likely one offered.
- `date_day_number` (value, suggestion, answer): a day's number alone, that day offered.
- `date_approximate` (value, suggestion, answer): one day said roughly ("around Nov 10"),
  that day offered.
- `date_with_words` (value, suggestion, answer): a day and words about the activity
  ("10 Nov 2026 (online)"), that day offered.
- `date_weekday_other` (value, choices, options): a weekday and a day of the month that
  never meet near the day the question would take ("Tuesday the 11th" where the 11th is a
  Wednesday): that day and the weekday nearest it, offered.
- `date_other_order` (value, read, suggestion, answer): numbers in the locale's order give
  a day a strict window excludes (`read`), in the other order one it takes ("12/11" in
  en-US, 11 December, at a claim of November): that one offered.
- `date_last_week`, `date_past_span` (value, first, last, example): a past week or month;
  `date_past_span` also for a month alone where one day is asked ("November" at a claim's
  date: its days the window takes, all of them when it takes none, in `days` too).
- `date_days_unsaid` (value, examples): several days and none named ("over three days",
  « sur plusieurs jours ") where one day is asked: the first asked for.
- `date_impossible` (value): readable, but no such day (31/02/2026, 2026-13-01).
- `date_out_of_range` (value): a year before 2000 or after 2100.
- `period_invalid` (value): `FiscalHalf.parse` could not read a fiscal half.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from pydantic import BaseModel, ConfigDict, Field

from domain.errors import UserInputError
from domain.text import excerpt, fold, language_of

MIN_YEAR = 2000
MAX_YEAR = 2100
# The claiming period closes this many days after the usage period ends (DOMAIN.md).

_MAX_DATE_INPUT_LENGTH = 60
# The most words a day takes ("le mardi 10 novembre 2026").
MAX_DAY_WORDS = 5

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
# Abbreviations as written in both languages (dots are removed before lookup).
_MONTH_ABBREVIATIONS = {
    "jan": 1,
    "janv": 1,
    "feb": 2,
    "fev": 2,
    "fevr": 2,
    "mar": 3,
    "apr": 4,
    "avr": 4,
    "jun": 6,
    "jul": 7,
    "juil": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


def _month_table() -> dict[str, int]:
    table = dict(_MONTH_ABBREVIATIONS)
    for number, (english, french) in enumerate(zip(_MONTHS_EN, _MONTHS_FR, strict=True), 1):
        table[fold(english)] = number
        table[fold(french)] = number
    return table


_MONTHS = _month_table()
# Every month's name and abbreviation, English and French, folded ("march", "fevr").
MONTH_WORDS = frozenset(_MONTHS)

_RELATIVE_DAYS = {
    "today": 0,
    "aujourd'hui": 0,
    "aujourdhui": 0,
    "aujourd hui": 0,
    "tomorrow": 1,
    "demain": 1,
    "yesterday": -1,
    "hier": -1,
    "the day before yesterday": -2,
    "day before yesterday": -2,
    "avant-hier": -2,
    "avant hier": -2,
    "the day after tomorrow": 2,
    "day after tomorrow": 2,
    "apres-demain": 2,
    "apres demain": 2,
    # A part of a day is that day: "this morning", "last night", « hier soir ».
    **dict.fromkeys(
        ("this morning", "this afternoon", "this evening", "tonight", "earlier today"),
        0,
    ),
    **dict.fromkeys(("ce matin", "cet apres-midi", "cet apres midi", "ce soir"), 0),
    **dict.fromkeys(("last night", "yesterday morning", "yesterday afternoon"), -1),
    **dict.fromkeys(("yesterday evening", "hier matin", "hier apres-midi", "hier soir"), -1),
    "hier apres midi": -1,
    **dict.fromkeys(("tomorrow morning", "demain matin"), 1),
}
# "le 10 novembre dernier", "last November 10": a day already past, which is how a day
# without a year is read where one is asked (an execution date); the word itself says no more.
_PAST_MARK = re.compile(r"\s+(?:dernier|derniere|passe)$|^last\s+")
# "le 10/11", "on 11/10": the article before a day typed in numbers.
_LEADING_FILLER = re.compile(r"^(?:(?:on|le|the)\s+)+")
# Words around a date that carry no information: "le 15 mars", "on March 15", "15th of March".
_FILLER_WORDS = {"le", "on", "the", "of"}


def _day_words() -> dict[str, int]:
    """Days of the month in words, as dictation writes them beside a month: "tenth",
    "twenty-second", "first", « dix », « vingt-deux », « premier » (folded, spaces for
    hyphens)."""
    units_en = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    teens_en = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen")
    teens_en += ("seventeen", "eighteen", "nineteen")
    firsts_en = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    firsts_en += ("ninth",)
    teenths_en = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth")
    teenths_en += ("sixteenth", "seventeenth", "eighteenth", "nineteenth")
    units_fr = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
    teens_fr = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept")
    teens_fr += ("dix huit", "dix neuf")
    words: dict[str, int] = {"premier": 1, "1er": 1, "twentieth": 20, "thirtieth": 30}
    for number, (en, th, fr) in enumerate(zip(units_en, firsts_en, units_fr, strict=True), 1):
        words.update({en: number, th: number, fr: number})
    for number, (en, th, fr) in enumerate(zip(teens_en, teenths_en, teens_fr, strict=True), 10):
        words.update({en: number, th: number, fr: number})
    for tens, en, fr in ((20, "twenty", "vingt"), (30, "thirty", "trente")):
        words.update({en: tens, fr: tens})
        for number in range(1, 10 if tens == 20 else 2):
            words[f"{en} {units_en[number - 1]}"] = tens + number
            words[f"{en} {firsts_en[number - 1]}"] = tens + number
            words[f"{fr} {'et un' if number == 1 else units_fr[number - 1]}"] = tens + number
    return words


_DAY_WORDS = _day_words()
_DAY_WORD = "|".join(
    re.escape(word).replace(r"\ ", "[ -]") for word in sorted(_DAY_WORDS, key=len, reverse=True)
)
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "November tenth", "tenth of November", "Nov first", « dix novembre », « le premier
# novembre »: the day in words beside its month's name (only there: "first week" is no day).
_DAY_IN_WORDS = re.compile(
    rf"\b(?:(?P<before>{_DAY_WORD})(?:\s+of)?\s+(?P<month>(?:{_MONTH_WORD})\b\.?)"
    rf"|(?P<month2>(?:{_MONTH_WORD})\b\.?)\s+(?:the\s+)?(?P<after>{_DAY_WORD}))\b"
)


def _day_words_as_digits(text: str) -> str:
    """`text` (folded) with a day in words beside its month in digits ("10 november")."""

    def digits(found: re.Match[str]) -> str:
        if found["before"]:
            return f"{_DAY_WORDS[found['before'].replace('-', ' ')]} {found['month']}"
        return f"{found['month2']} {_DAY_WORDS[found['after'].replace('-', ' ')]}"

    return _DAY_IN_WORDS.sub(digits, text)


_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2})([-/.])(\d{1,2})")
# A day of the month alone: "the 10th", "10th", "on the 2nd", « le 10 », « le 1er ».
_DAY_ALONE = re.compile(
    r"(?:on )?(?:the |le )(\d{1,2})(?:st|nd|rd|th|er)?|(?:on )?(\d{1,2})(?:st|nd|rd|th|er)"
)
_DAY_TOKEN = re.compile(r"(\d{1,2})(?:er|re|e|st|nd|rd|th)?")
_YEAR_TOKEN = re.compile(r"\d{4}|\d{2}")


# A date without a year is looked for this many years either side of the window.
_YEARS_AROUND = 4


@dataclass(frozen=True)
class DateWindow:
    """The days a date question accepts, so that a date typed without a year gets the right one.

    The year that puts the day within [`earliest`, `latest`] (either may be open) wins.
    When several do (a window over a year long), the preference decides: the first one on
    or after `on_or_after` (plan and campaign dates: what comes next), or the last one not
    after `not_after` (an execution date: what already happened). When none does, the
    occurrence nearest to the window on the preferred side of that day.

    `strict`: the question refuses a day outside the window (a claim's execution date),
    rather than taking it with a warning (a campaign's dates); numbers read in the locale's
    order as such a day are offered in the other order where that gives one inside.
    """

    earliest: date | None = None
    latest: date | None = None
    on_or_after: date | None = None
    not_after: date | None = None
    strict: bool = False

    def distance(self, day: date) -> int:
        """Days from `day` to the window (0 inside it)."""
        if self.earliest is not None and day < self.earliest:
            return (self.earliest - day).days
        if self.latest is not None and day > self.latest:
            return (day - self.latest).days
        return 0

    def preferred(self, day: date) -> bool:
        if self.on_or_after is not None and day < self.on_or_after:
            return False
        return self.not_after is None or day <= self.not_after

    def pick(self, days: list[date]) -> date:
        """The one of `days` (sorted, at least one) the question means."""
        inside = [d for d in days if self.distance(d) == 0]
        if inside:
            if self.on_or_after is not None:
                return next((d for d in inside if d >= self.on_or_after), inside[-1])
            if self.not_after is not None:
                return next((d for d in reversed(inside) if d <= self.not_after), inside[0])
            return inside[0]
        pool = [d for d in days if self.preferred(d)] or days
        # Nearest first; at equal distance, the later day when looking forward.
        forward = self.not_after is None
        return min(pool, key=lambda d: (self.distance(d), -d.toordinal() if forward else 0))

    def years(self, today: date) -> range:
        bounds = [today, self.earliest, self.latest, self.on_or_after, self.not_after]
        known = [d.year for d in bounds if d is not None]
        low = max(MIN_YEAR, min(known) - _YEARS_AROUND)
        high = min(MAX_YEAR, max(known) + _YEARS_AROUND)
        return range(low, high + 1)


def _is_month_first(locale: str) -> bool:
    return (locale or "").strip().lower().replace("_", "-") == "en-us"


def date_examples(today: date, locale: str, window: DateWindow | None = None) -> dict[str, str]:
    """Dates to show as examples of what may be typed: the 15th of a month ahead of today
    (a day that cannot be a month), year first, in the locale's numeric order, and in words:
    `example_iso`, `example_numeric`, `example_words`. Where the question accepts only some
    days (`window`: an execution date, within its campaign and not after today), the 15th
    nearest to that which it accepts."""
    example = _example_day(today, window)
    numeric = "%m/%d/%Y" if _is_month_first(locale) else "%d/%m/%Y"
    return {
        "example_iso": example.isoformat(),
        "example_numeric": example.strftime(numeric),
        "example_words": format_date(example, locale),
    }


def _example_day(today: date, window: DateWindow | None) -> date:
    months = today.year * 12 + today.month - 1 + 4
    ahead = date(months // 12, months % 12 + 1, 15)
    if window is None or (window.distance(ahead) == 0 and window.preferred(ahead)):
        return ahead
    fifteenths = (date(m // 12, m % 12 + 1, 15) for m in range(months - 60, months + 60))
    accepted = [d for d in fifteenths if window.distance(d) == 0 and window.preferred(d)]
    if accepted:
        return min(accepted, key=lambda d: abs((d - ahead).days))
    if window.latest is not None and ahead > window.latest:
        return window.latest
    return max(ahead, window.earliest) if window.earliest is not None else ahead


# The words before a day said in a sentence end with one of these: "it starts on", "starting",
# "it ends", "until", "the date was", "actually", "sorry,", « ça commence le », « à partir
# du », « jusqu'au », « en fait », « pardon, ».
_DAY_LEAD = re.compile(
    r"(?<!\S)(?:on|from|starting|starts?|started|begins?|beginning|began|ends?|ending|ended|"
    r"runs?|ran|until|till|through|thru|was|is|be|actually|sorry|meant|mean|"
    r"le|du|au|des|dès|jusqu'au|jusqu’au|jusqu au|commence|commencera|debute|débute|"
    r"debutera|débutera|termine|terminera|finit|finira|etait|était|est|sera|fait|pardon|"
    r"plutot|plutôt)(?=[\s,:;]|$)",
    re.IGNORECASE,
)
# At most this many words before the day, none a number ("we have 3 campaigns starting on
# 1 March": not a day said alone), in a message at most this long.
_MAX_LEAD_WORDS = 6
_MAX_SENTENCE_LENGTH = 80


def read_in_sentence(text: str, read: Callable[[str], date]) -> date:
    """The day `read` finds in `text`, or, when it finds none (`date_invalid`), in what
    follows a few words leading to it ("it starts on 1 March 2027", "actually the 15th",
    « à partir du 1er mars »); the first refusal when no such words lead to a day."""
    try:
        return read(text)
    except UserInputError as error:
        return day_after_lead(text, read, error)


def day_after_lead(text: str, read: Callable[[str], date], refused: UserInputError) -> date:
    """`read_in_sentence` once `text` itself was refused with `refused` (raised again when
    no few words without a number lead to a day `read` finds)."""
    if refused.code != "date_invalid" or len(text) > _MAX_SENTENCE_LENGTH:
        raise refused
    for lead in _DAY_LEAD.finditer(text):
        before, rest = text[: lead.start()], text[lead.end() :].strip(" .!,:;")
        if not rest or len(before.split()) > _MAX_LEAD_WORDS:
            continue
        if any(char.isdigit() for char in before):
            break  # "we have 3 campaigns starting on …": the number is no day's
        try:
            return read(rest)
        except UserInputError as error:
            if error.code != "date_invalid":
                raise
    raise refused


# A time of day said with a day ("10 Nov at 2pm", "Nov 10 2026 14:00", an invitation's
# "Tuesday, November 10, 2026 2:00 PM-4:00 PM (UTC+01:00)", « le 10 novembre à 14h »,
# « de 9h à 17h », "in the afternoon", « au matin »), in folded words: read past, since
# every question here asks for a day. A clock says it is one (":", am/pm, « h »); a bare
# number only after "at", « à », "around", « vers », or as the first of a span whose last is
# a clock ("from 2 to 4pm").
_MERIDIEM = r"(?:am|pm|a\.m\.?|p\.m\.?)"
_CLOCK = (
    rf"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*{_MERIDIEM})?|\d{{1,2}}\s*{_MERIDIEM}"
    r"|\d{1,2}\s?h(?:eures?)?(?:\s?\d{2})?|noon|midday|midnight|midi|minuit)(?![\w:])"
)
_TIME_ZONE = (
    r"(?:\s*\(?(?:utc|gmt)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?\)?"
    r"|\s+(?:cet|cest|bst|wet|west|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|aest)(?!\S))?"
)
_TIME_UNTIL = r"\s*(?:-|\u2013|\u2014|to|until|till|and|a|et|jusqu'a)\s*"
_TIME_SPAN = (
    rf"(?:{_CLOCK}|\d{{1,2}}(?={_TIME_UNTIL}{_CLOCK})){_TIME_ZONE}"
    rf"(?:{_TIME_UNTIL}{_CLOCK}{_TIME_ZONE})?"
)
_TIME_LEAD = r"(?:(?:at|@|a|from|de|des|between|entre|starting at|around|about|vers)\s*)?"
_PART_OF_DAY = (
    r"(?:(?:in the |first thing in the |the |au |le |l'|en |dans la )?(?:morning|afternoon"
    r"|evening|matin|matinee|apres-midi|apres midi|soir|soiree|journee)|all day"
    r"|toute la journee"
    r"|first thing|tonight)"
)
_TIME_AFTER = re.compile(
    rf"(?:[\s,;]+\(?(?:{_TIME_LEAD}{_TIME_SPAN}|(?:at|a|around|vers)\s+\d{{1,2}}(?![\w:/.-])"
    rf"|{_PART_OF_DAY})\)?)+$"
)
_TIME_FIRST = re.compile(rf"^{_TIME_LEAD}{_TIME_SPAN}[\s,;]+(?=\S)")
_ISO_TIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$"
)


def without_time_of_day(text: str) -> str:
    """Folded `text` without the time of day said before or after its day ("10 nov at
    2pm": "10 nov"); `text` itself when nothing but a time would be left."""
    if iso := _ISO_TIME.match(text):
        return iso[1]
    rest = _TIME_AFTER.sub("", _TIME_FIRST.sub("", text)).strip(" ,;")
    return rest or text


def parse_date(
    text: str,
    locale: str,
    today: date,
    window: DateWindow | None = None,
    month_alone: str | None = None,
    *,
    words_after: bool = True,
) -> date:
    """The calendar date in `text` (rules in the module doc); `today` anchors relative words,
    `window` (what the question accepts) gives a date typed without a year its year.
    `month_alone` ("start" or "end"): a month typed alone ("March 2027") is refused with its
    first or last day offered, as the question is a start or an end; otherwise unreadable.

    A date that cannot be read is refused with examples of days the question accepts
    (`date_examples`); several days ("10-12 Nov", « du 10 au 12 novembre ») are refused with
    the first one offered (the last where the question is an end: `month_alone`). A day
    followed by words about it ("10 Nov 2026 (online)") is refused with the day offered,
    unless `words_after` is False (the day alone is being read)."""
    raw = text or ""
    if not raw.strip():
        raise UserInputError("date_empty", **date_examples(today, locale, window))
    if len(raw) > _MAX_DATE_INPUT_LENGTH:
        raise UserInputError(
            "date_invalid", value=excerpt(raw), **date_examples(today, locale, window)
        )
    normalized = " ".join(fold(raw).replace("’", "'").split()).rstrip(".")
    if normalized not in _RELATIVE_DAYS:  # "this morning", « hier soir »: a day of their own
        normalized = without_time_of_day(normalized)
    normalized = _day_words_as_digits(normalized)
    _refuse_named_week(normalized, locale, today, window, raw, month_alone)

    if rough := _ROUGHLY.match(normalized):
        _offer_rough_day(normalized[rough.end() :], locale, today, window, month_alone, raw)
    if hedged := _HEDGED.fullmatch(normalized):
        day = hedged["after"] or hedged["before"]
        _offer_rough_day(day.strip(" ,;:"), locale, today, window, month_alone, raw)
    if normalized in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[normalized])
    relative = _relative(normalized, today, window)
    if relative is not None:
        return relative
    _refuse_past_span(normalized, locale, today, raw)
    normalized = _PAST_MARK.sub("", normalized)
    if _ASAP.fullmatch(normalized) and window is not None and window.on_or_after is not None:
        # "asap" where a day to come is asked: the first the question takes, offered.
        first = max(window.on_or_after, window.earliest or window.on_or_after)
        raise _offered("date_asap", first, locale, raw)
    if _ON_APPROVAL.fullmatch(normalized) and window is not None and window.on_or_after:
        # "when the plan is approved" where a day to come is asked: no one knows it ahead.
        raise UserInputError(
            "date_on_approval", value=excerpt(raw), **date_examples(today, locale, window)
        )
    _refuse_vague(normalized, locale, today, window, raw, month_alone)
    try:
        return _read_day(normalized, locale, today, window, raw)
    except UserInputError as error:
        if error.code == "date_invalid":
            coming = _next_one(normalized, locale, today, raw)
            if coming is not None:
                return coming
            _refuse_several_days(normalized, locale, today, window, raw, month_alone)
            if month_alone is None:  # one day asked, not a campaign's start or end
                _refuse_days_unsaid(normalized, locale, today, window, raw)
            _offer_day_number(normalized, locale, today, window, raw)
            if words_after:
                _offer_day_with_words(normalized, locale, today, window, month_alone, raw)
        raise


# A day said as the plan's approval ("when the plan is approved", "once approved", « dès
# l'approbation », « quand le plan sera approuvé »): folded words.
_ON_APPROVAL = re.compile(
    r"(?:(?:starting |start )?(?:as soon as|once|when|after|right after|upon|on)\s+"
    r"(?:the |my |our )?(?:plan(?:'s| is| gets| has been)?|it(?:'s| is| gets| has been)?"
    r"|its|is|gets)?\s*"
    r"(?:approved|approval|validated|validation|accepted)"
    r"|(?:des|apres|a|au moment de)\s+(?:l'|la |sa |son )?(?:approbation|validation|acceptation)"
    r"(?:\s+du plan)?"
    r"|(?:quand|lorsque|une fois que|des que|apres que)\s+(?:le plan |il )?(?:sera|est|aura ete)"
    r"\s+(?:approuve|valide|accepte))"
)
# "over three days", "it ran over a few days", « sur plusieurs jours »: several days and
# none named, where one day is asked (a claim's: its first).
_DAYS_UNSAID = re.compile(
    r"(?:(?:it|we|the event|the activity|they) (?:ran|was|were|took place|lasted|went on|held it)"
    r" )?(?:over |across |during |on |for )?(?:several|multiple|a few|many|\d+) (?:days|dates)"
    r"|(?:(?:c etait|c'etait|elle a dure|ca a dure|il a dure) )?(?:sur |pendant |durant |en )?"
    r"(?:plusieurs|quelques|\d+) (?:jours|dates)"
)
_SOME_NUMBER = re.compile(r"\b(?:two|three|four|five|six|seven|deux|trois|quatre|cinq|sept)\b")


def _refuse_days_unsaid(
    text: str, locale: str, today: date, window: DateWindow | None, raw: str
) -> None:
    """ "over three days", « sur plusieurs jours »: refused, the first day asked for."""
    if _DAYS_UNSAID.fullmatch(_SOME_NUMBER.sub("2", text)):
        raise UserInputError(
            "date_days_unsaid", value=excerpt(raw), **date_examples(today, locale, window)
        )


# "next January 10", "January 10 next year", « le 10 janvier prochain », « le 10 janvier de
# l'année prochaine »: a day of the year named by when it comes (the next one after today,
# or in next year).
_COMING_LEAD = re.compile(r"^(?:next|this coming|coming|this)\s+")
_COMING_TAIL = re.compile(r"\s+(?:prochaine?|qui vient|next)$")
_NEXT_YEAR_TAIL = re.compile(r"\s+(?:next year|(?:de\s+)?l'annee prochaine)$")


def _next_one(text: str, locale: str, today: date, raw: str) -> date | None:
    """The day `text` names with a month and "next" (or « prochain »), or None."""
    core, next_year = text, False
    if tail := _NEXT_YEAR_TAIL.search(core):
        core, next_year = core[: tail.start()], True
    elif tail := _COMING_TAIL.search(core):
        core = core[: tail.start()]
    elif lead := _COMING_LEAD.match(core):
        core = core[lead.end() :]
    else:
        return None
    core = _LEADING_FILLER.sub("", core)
    try:
        numeric = _read_numeric(core, locale, today)
        year, month, day = numeric or _read_words(core, locale, today, raw)
    except UserInputError:
        return None
    if year is not None:
        return None  # "next 10 January 2027": the year says it
    year = today.year + 1 if next_year else today.year
    try:
        meant = date(year, month, day)
        if not next_year and meant <= today:
            meant = date(year + 1, month, day)
    except ValueError:
        raise UserInputError("date_impossible", value=excerpt(raw)) from None
    return meant


# "10 November 2026 (online)", "Nov 10, 2026 - webinar", "2026-11-10 at the Paris office",
# « le 10/11/2026 (en ligne) »: a day, then words about the activity. The day is offered, not
# taken (the words may be more than a remark). Words that could change the day are no
# remark: a number ("Nov 10 (2 sessions)"), a doubt or a second day ("or 11", "maybe"), when
# ("last year"); nor words that do not read as set apart ("May 3 maybe").
_SET_APART = re.compile(
    r"\(.*\)|[-\u2013\u2014:,]\s*\S.*"
    r"|(?:at|in|on|for|with|via|online|a|au|aux|en|chez|pour|avec|par|sur|dans)\b.*"
)
_NOT_A_REMARK = re.compile(
    r"\d|\?|\b(?:or|maybe|perhaps|probably|possibly|sure|think|guess|tbc|tbd|approx\w*"
    r"|to|until|till|through|thru|and|then|last|next|this|previous|before|after|ago|year|week"
    r"|month|day|days|ou|peut|sais|crois|pense|environ|confirmer|definir|jusqu\w*|et|puis"
    r"|dernier|derniere|prochain|prochaine|precedent|avant|apres|annee|an|semaine|mois|jour"
    r"|jours|pas|not)\b"
)


def _offer_day_with_words(
    text: str,
    locale: str,
    today: date,
    window: DateWindow | None,
    month_alone: str | None,
    raw: str,
) -> None:
    """Refuse `raw` with the day its first words name offered, when the words after it are
    only a remark about the activity (`_SET_APART`, none of `_NOT_A_REMARK`)."""
    words = text.split()
    for count in range(min(len(words) - 1, MAX_DAY_WORDS), 0, -1):
        rest = " ".join(words[count:])
        head = " ".join(words[:count]).rstrip(",;:-\u2013\u2014")
        if not head or not _SET_APART.fullmatch(rest) or _NOT_A_REMARK.search(rest):
            continue
        if count == 1 and not any(mark in head for mark in "/-.") and not is_weekday(head):
            if head not in _RELATIVE_DAYS:
                continue  # one word and no mark: "Spring (online)" is no day
        meant = _day_or_none(head, locale, today, window, month_alone, words_after=False)
        if meant is not None:
            raise _offered("date_with_words", meant, locale, raw)


def _day_or_none(
    text: str,
    locale: str,
    today: date,
    window: DateWindow | None,
    month_alone: str | None,
    *,
    words_after: bool = True,
) -> date | None:
    """The day `text` names, None when it names none; a day it names but the question
    refuses (or several days, offered) is refused as `parse_date` refuses it."""
    try:
        return parse_date(text, locale, today, window, month_alone, words_after=words_after)
    except UserInputError as error:
        if error.code == "date_invalid":
            return None
        raise


# "around Nov 10", "about the 10th", « vers le 10 novembre », « aux alentours du 10/11 »:
# one day said roughly. A claim is checked against the day it ran, so the day is offered,
# not taken ("date_approximate"); a rough "mid-November" keeps its own offer.
_ROUGHLY = re.compile(
    r"(?:around|about|approximately|approx\.?|roughly|circa|ca\.|~|environ(?:\s+le)?"
    r"|vers(?:\s+le)?|aux\s+alentours\s+du|autour\s+du|a\s+peu\s+pres\s+le)\s*(?=\S)"
)


# "Nov 10th, I think", "I think it was Nov 10", « le 10 novembre, je crois », « je pense que
# c'était hier »: one day said with a doubt (folded words), offered as a rough one is.
_HEDGE = (
    r"(?:i think|i believe|i guess|i reckon|probably|if i remember (?:correctly|right|well)"
    r"|if i recall (?:correctly|right)|iirc|i'm (?:pretty |fairly )?sure|i am (?:pretty |fairly )?"
    r"sure|je crois|je pense|il me semble|probablement|si je me souviens bien|sauf erreur)"
)
_HEDGED = re.compile(
    rf"{_HEDGE}(?: (?:that it was|that|it was|it's|que c'etait|que c'est|que|c'etait|c'est))?"
    r"[\s,:]+(?P<after>\S.*)"
    rf"|(?P<before>.*?\S)[\s,;]+\(?{_HEDGE}\)?"
)


def _offer_rough_day(
    rest: str,
    locale: str,
    today: date,
    window: DateWindow | None,
    month_alone: str | None,
    raw: str,
) -> None:
    """Refuse `raw`, a day said roughly, offering the day `rest` names (if it names one:
    else it is refused as the whole answer is)."""
    try:
        meant = _day_or_none(rest, locale, today, window, month_alone)
    except UserInputError as error:
        if "value" in error.params:
            error.params["value"] = excerpt(raw)  # "around November": what was typed
        raise
    if meant is not None:
        raise _offered("date_approximate", meant, locale, raw)


# "10" alone: most likely that day of the month the question means, but a number alone may be
# a slip (a count typed one question late), so it is offered, not taken.
_DAY_NUMBER = re.compile(r"\d{1,2}")


# "asap", « dès que possible » (folded): the first day a question of days to come takes.
_ASAP = re.compile(
    r"(?:asap|as soon as possible|as early as possible|right away|straight away|immediately"
    r"|the sooner the better|des que possible|au plus tot|au plus vite|le plus tot possible"
    r"|tout de suite|des maintenant|immediatement)"
)


def _offered(code: str, meant: date, locale: str, raw: str) -> UserInputError:
    """The refusal of `raw` that offers the day `meant` (one "yes" or click away)."""
    return UserInputError(
        code, value=excerpt(raw), suggestion=format_date(meant, locale), answer=meant.isoformat()
    )


def _offer_day_number(
    text: str, locale: str, today: date, window: DateWindow | None, raw: str
) -> None:
    if not _DAY_NUMBER.fullmatch(text) or not 1 <= int(text) <= 31:
        return
    meant = _day_in_window(int(text), window or DateWindow(today, today), today, raw)
    raise _offered("date_day_number", meant, locale, raw)


# "last week", « la semaine dernière », "the week before last", "last month", « le mois
# dernier »: several days, named by when they were. Refused with the days they cover and a
# way to name one ("Tuesday last week" is read, as « mardi de la semaine dernière » is).
_PAST_SPAN = re.compile(
    r"(?:the\s+)?(?:last|past|previous)\s+(?P<unit>week|month)"
    r"|(?:la\s+|le\s+)?(?P<unit_fr>semaine|mois)\s+(?:derniere?|passee?|precedente?)"
    r"|(?P<before_last>(?:the\s+)?week\s+before\s+last|(?:l'|la\s+)?avant-derniere\s+semaine)"
)


# "1st week of Nov", "the last week of October", « la première semaine de novembre »: the
# days of that week of the month (1-7, 8-14, 15-21, 22-28; the last: its last seven).
_WEEK_OF_MONTH = re.compile(
    r"(?:the\s+|la\s+)?(?P<which>first|1st|second|2nd|third|3rd|fourth|4th|last|premiere"
    r"|1re|1ere|deuxieme|2e|2eme|seconde|troisieme|3e|3eme|quatrieme|4e|4eme|derniere)"
    r"\s+(?:week|semaine)\s+(?:of|in|de|d'|du mois de)\s*(?P<month>.+)"
)
_WEEK_INDEX = {
    **dict.fromkeys(("first", "1st", "premiere", "1re", "1ere"), 0),
    **dict.fromkeys(("second", "2nd", "deuxieme", "2e", "2eme", "seconde"), 1),
    **dict.fromkeys(("third", "3rd", "troisieme", "3e", "3eme"), 2),
    **dict.fromkeys(("fourth", "4th", "quatrieme", "4e", "4eme"), 3),
    **dict.fromkeys(("last", "derniere"), -1),
}


# "the week of Nov 9", « la semaine du 9 novembre »: the Monday-to-Sunday week of that day.
_WEEK_OF_DAY = re.compile(
    r"(?:the\s+|la\s+)?(?:week|semaine)\s+(?:of|du|starting|beginning|commencant le)\s+"
    r"(?:the\s+|le\s+)?(?P<day>.+)"
)


# A week said from today: "next week", "the following week", "this week", « la semaine
# prochaine », « cette semaine » (folded): its Monday-to-Sunday days (stop 59).
_WEEK_FROM_TODAY = re.compile(
    r"(?:the\s+)?(?P<next>next|coming|following)\s+week|(?:earlier\s+)?(?:the\s+)?this\s+week"
    r"|(?:la\s+|de\s+la\s+)?semaine\s+(?P<prochaine>prochaine|suivante|d'apres|d\s+apres)"
    r"|(?:de\s+)?cette\s+semaine(?:-ci)?|(?:de\s+)?la\s+semaine\s+en\s+cours"
)


def _refuse_named_week(
    text: str,
    locale: str,
    today: date,
    window: DateWindow | None,
    raw: str,
    which_end: str | None = None,
) -> None:
    """A week named where one day is asked ("1st week of Nov", « la semaine du 9
    novembre », "next week"): refused with its days (`_refuse_week`), never one of them
    taken alone."""
    if said := _WEEK_FROM_TODAY.fullmatch(text):
        ahead = 7 if said["next"] or said["prochaine"] else 0
        _refuse_week(today - timedelta(days=today.weekday() - ahead), locale, raw, which_end)
    try:
        first = _first_day_of_named_week(
            text, lambda said: _read_day(said, locale, today, window, raw)
        )
    except UserInputError:
        return
    if first is not None:
        _refuse_week(first, locale, raw, which_end)


def _first_day_of_named_week(text: str, read: Callable[[str], date]) -> date | None:
    """The first day of the week `text` names, a week of a month (1-7, 8-14, 15-21, 22-28;
    the last: its last seven) or the Monday-to-Sunday week of a day; None for anything
    else. `read` reads a day (and refuses what is none)."""
    if match := _WEEK_OF_MONTH.fullmatch(text):
        first_of_month = read(f"1 {match['month']}")
        index = _WEEK_INDEX[match["which"]]
        if index < 0:
            next_month = (first_of_month.replace(day=28) + timedelta(days=4)).replace(day=1)
            return next_month - timedelta(days=7)
        return first_of_month + timedelta(days=7 * index)
    if match := _WEEK_OF_DAY.fullmatch(text):
        day = read(match["day"])
        return day - timedelta(days=day.weekday())
    return None


def _refuse_week(first: date, locale: str, raw: str, which_end: str | None) -> None:
    """Seven days from `first` where one is asked: at a start or an end (`which_end`), its
    first or last day offered, as several days are; elsewhere (a day something ran) the
    seven days said and an example, as "last week" is."""
    last = first + timedelta(days=6)
    if which_end is not None:
        raise _offered("date_vague", last if which_end == "end" else first, locale, raw)
    raise UserInputError(
        "date_past_span",
        value=excerpt(raw),
        first=format_date(first, locale),
        last=format_date(last, locale),
        example=format_date(first + timedelta(days=1), locale),
    )


def _refuse_past_span(text: str, locale: str, today: date, raw: str) -> None:
    match = _PAST_SPAN.fullmatch(text)
    if match is None:
        return
    code = "date_past_span"
    if match["before_last"] or (match["unit"] or match["unit_fr"]) in ("week", "semaine"):
        weeks_back = 2 if match["before_last"] else 1
        first = today - timedelta(days=today.weekday() + 7 * weeks_back)
        last, example = first + timedelta(days=6), first + timedelta(days=1)
        if not match["before_last"]:
            code = "date_last_week"  # its example: "Tuesday last week"
    else:
        last = today.replace(day=1) - timedelta(days=1)
        first, example = last.replace(day=1), last.replace(day=15)
    raise UserInputError(
        code,
        value=excerpt(raw),
        first=format_date(first, locale),
        last=format_date(last, locale),
        example=format_date(example, locale),
    )


def _read_day(
    normalized: str, locale: str, today: date, window: DateWindow | None, raw: str
) -> date:
    """One day, typed as numbers or with a month's name (`normalized`: folded, one space);
    a weekday before it is read past, or, before a day of the month alone ("Tuesday the
    10th", « mardi 10 »), tells its month: the one the question prefers where that day is
    that weekday."""
    if weekday := _LEADING_WEEKDAY.match(normalized):
        normalized = normalized[weekday.end() :]
        if match := _DAY_AFTER_WEEKDAY.fullmatch(normalized):
            on = _WEEKDAY_SPELLINGS[weekday[1]]
            return _day_on_weekday(int(match[1]), on, locale, today, window, raw)
    if match := _DAY_ALONE.fullmatch(normalized):
        return _day_in_window(
            int(match[1] or match[2]), window or DateWindow(today, today), today, raw
        )
    numbers = _LEADING_FILLER.sub("", normalized)
    numeric = _read_numeric(numbers, locale, today)
    if numeric:
        year, month, day = numeric
    else:
        year, month, day = _read_words(normalized, locale, today, raw, window)
    read = _day_of(year, month, day, window or DateWindow(today, today), today, raw)
    if numeric and window is not None and window.strict and window.distance(read) > 0:
        _offer_other_order(numbers, locale, today, window, read, raw)
    return read


# A weekday and a day of the month ("Thursday the 15th") name the one the question prefers
# within this many days of the day of the month alone.
_WEEKDAY_REACH = 62


def _day_on_weekday(
    day: int, weekday: int, locale: str, today: date, window: DateWindow | None, raw: str
) -> date:
    """The day of the month `day` that is `weekday` ("Tuesday the 10th", « mardi 10 »): the
    day of the month alone, when it is; else one that is, the question takes and lies near
    it; else both that day and the weekday nearest to it, offered (`date_weekday_other`)."""
    window = window or DateWindow(today, today)
    numbered = _day_in_window(day, window, today, raw)
    if numbered.weekday() == weekday:
        return numbered
    said = _day_in_window(day, window, today, raw, weekday=weekday)
    if window.distance(said) == 0 and abs((said - numbered).days) <= _WEEKDAY_REACH:
        return said
    nearest = numbered + timedelta(days=(weekday - numbered.weekday() + 3) % 7 - 3)
    offered = [d for d in (numbered, nearest) if window.distance(d) == 0]
    if not offered:
        return numbered  # the question's own refusal says which days it takes
    labels = [format_day_ahead(d, locale, today) for d in offered]
    article, joint = ("le ", " ou ") if language_of(locale) == "fr" else ("", " or ")
    raise UserInputError(
        "date_weekday_other",
        value=excerpt(raw),
        choices=joint.join(f"{article}**{label}**" for label in labels),
        options=[(d.isoformat(), label) for d, label in zip(offered, labels, strict=True)],
    )


def _day_of(
    year: int | None, month: int, day: int, window: DateWindow, today: date, raw: str
) -> date:
    if year is None:
        return _in_window(month, day, window, today, raw)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserInputError("date_out_of_range", value=excerpt(raw))
    try:
        return date(year, month, day)
    except ValueError:
        raise UserInputError("date_impossible", value=excerpt(raw)) from None


def _offer_other_order(
    numbers: str, locale: str, today: date, window: DateWindow, read: date, raw: str
) -> None:
    """ "12/11" in en-US is 11 December; typed by a partner who writes the day first, it is
    12 November. Where the locale's order gives a day the question cannot take (`read`) and
    the other order one it can, that day is offered."""
    match = _DAY_MONTH_YEAR.fullmatch(numbers) or _DAY_MONTH.fullmatch(numbers)
    if match is None or match[2] == "." or int(match[1]) > 12 or int(match[3]) > 12:
        return  # dots are day first everywhere; a number above 12 is a day in any order
    year = _year(match[4] if match.re is _DAY_MONTH_YEAR else "", today)
    try:
        other = _day_of(year, read.day, read.month, window, today, raw)
    except UserInputError:
        return
    if other != read and window.distance(other) == 0:
        error = _offered("date_other_order", other, locale, raw)
        error.params["read"] = format_date(read, locale)
        raise error


# Several days: "10-12 Nov 2026", "November 10-11", "Nov 10 and 11", "from Nov 10 to Nov 12",
# « du 10 au 12 novembre », « les 10 et 11 novembre », "10-11/11/2026".
_RANGE_LEAD = re.compile(r"(?:from|between|du|entre|les|the)\s+")
_RANGE_SEPARATOR = re.compile(
    r"\s*[-\u2013\u2014]\s*|\s+(?:to|and|through|thru|until|till|au|et|jusqu'au)\s+"
    # "Nov 10 or 11", « le 10 ou le 11 novembre »: one of two days, both offered.
    r"|\s+(?P<either>or|ou)\s+(?:(?:the|le)\s+)?"
)
_BARE_DAY = re.compile(r"(\d{1,2})(?:er|e|st|nd|rd|th)?")
# The longest span read as one event's days (longer is no single activity's run).
_MAX_SPAN_DAYS = 31


def _refuse_several_days(
    text: str,
    locale: str,
    today: date,
    window: DateWindow | None,
    raw: str,
    which_end: str | None,
) -> None:
    """ "10-12 Nov 2026" names several days where one is asked: refused with the first one
    offered (the last at an end), as "fin octobre" is (`date_vague`)."""
    body = text[lead.end() :] if (lead := _RANGE_LEAD.match(text)) else text
    for separator in _RANGE_SEPARATOR.finditer(body):
        days = _first_and_last(
            body[: separator.start()], body[separator.end() :], locale, today, window, raw
        )
        if days is not None:
            break
    else:
        return
    first, last = days
    if separator["either"]:
        raise UserInputError(
            "date_either",
            value=excerpt(raw),
            first=format_date(first, locale),
            last=format_date(last, locale),
            options=[(d.isoformat(), format_date(d, locale)) for d in (first, last)],
        )
    meant = last if which_end == "end" else first
    raise _offered("date_vague", meant, locale, raw)


_WEEKDAY_INDEX = {
    **{
        name: index
        for index, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    **{
        name: index
        for index, name in enumerate(
            ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
        )
    },
}
_WEEKDAY_NAMES = "|".join(_WEEKDAY_INDEX)
# A weekday before a day ("Tuesday 11/10/2026", an invitation's "Tue, Nov 10", « mardi 10 »,
# « mer. 11/11 »): its names and short names ("mar" is March), with their numbers.
_WEEKDAY_SPELLINGS = {
    **_WEEKDAY_INDEX,
    **{
        name: index
        for index, names in enumerate(
            (
                "mon lun",
                "tue tues",
                "wed weds mer",
                "thu thur thurs jeu",
                "fri ven",
                "sat sam",
                "sun dim",
            )
        )
        for name in names.split()
    },
}
_LEADING_WEEKDAY = re.compile(
    rf"^({'|'.join(sorted(_WEEKDAY_SPELLINGS, key=len, reverse=True))})\.?,?\s+"
    rf"(?=(?:(?:on|the|le)\s+)?(?:\d|(?:{_MONTH_WORD})\b))"
)
# The day of the month after a weekday: "Tuesday the 10th", « mardi 10 », "Fri 13".
_DAY_AFTER_WEEKDAY = re.compile(r"(?:on )?(?:(?:the|le) )?(\d{1,2})(?:st|nd|rd|th|er)?")
# "next Friday", "this Friday", "on Friday", "vendredi prochain", "ce vendredi",
# "Friday next week", "vendredi de la semaine prochaine".
_NEXT_WEEKDAY = re.compile(
    rf"(?:(?P<lead>next|this coming|this|coming|on|ce|ce prochain)\s+)?(?P<day>{_WEEKDAY_NAMES})"
    r"(?P<later>\s+(?:next week|de la semaine prochaine|la semaine prochaine))?"
    r"(?P<ahead>\s+(?:prochain|qui vient))?"
)
# The leads that leave the direction open: "Tuesday", "on Tuesday", "this Tuesday", « ce
# mardi » mean the latest one where the question asks for a day that already was.
_OPEN_LEADS = (None, "this", "on", "ce")
# "last Tuesday", "mardi dernier", "Tuesday last week", « mardi de la semaine dernière »: the
# latest such day before today (a week ago when today is that day; `last_week`: the week
# before that one's).
_LAST_WEEKDAY = re.compile(
    rf"(?:(?:last|past|previous)\s+(?P<day>{_WEEKDAY_NAMES})|"
    rf"(?P<day2>{_WEEKDAY_NAMES})\s+(?:dernier|passe)|"
    rf"(?P<day3>{_WEEKDAY_NAMES})\s+(?:last week|de la semaine derniere|la semaine derniere))"
)
# "3 days ago", "a week ago", "il y a 3 jours", "il y a une semaine".
# Counts in words, up to twelve ("in two weeks", « il y a dix jours »).
_COUNT_WORDS = {
    **{word: n for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split())},
    **{word: n for n, word in enumerate(
        "zero un deux trois quatre cinq six sept huit neuf dix onze douze".split())},
    "a": 1, "an": 1, "une": 1,
}  # fmt: skip
_COUNT = rf"\d{{1,3}}|{'|'.join(sorted(_COUNT_WORDS, key=len, reverse=True))}"
_AGO = re.compile(
    rf"(?:(?P<count>{_COUNT})\s+(?P<unit>days?|weeks?)\s+ago|"
    rf"il y a\s+(?P<count2>{_COUNT})\s+(?P<unit2>jours?|semaines?))"
)
# "in 2 weeks", "dans 3 jours", "in a month".
_IN_SOME = re.compile(
    rf"(?:in|dans)\s+(?P<count>{_COUNT})\s+(?P<unit>days?|jours?|weeks?|semaines?|months?|mois)"
    rf"|(?P<count_b>{_COUNT})\s+(?P<unit_b>days?|weeks?|months?)\s+from now"
)
# "March 2027", « avril » (read only where a start or an end is asked: `month_alone`).
# A month alone, with the words that say "some day in it": "in January", "sometime in
# March", "during June", « en janvier », « au mois d'avril », « courant mai ».
_MONTH_ALONE = re.compile(
    r"(?:(?:sometime|some time|any time|anytime|at some point)\s+)?"
    r"(?:(?:in|during|in the month of|throughout|en|au mois de|au mois d'|courant|pendant"
    r"|durant|dans le mois de|dans le mois d'|le mois de|le mois d')\s*)?"
    r"(?P<part>)(?P<month>[a-z]+)\.?(?:\s+(?P<year>\d{4}))?"
)
# "end of October", "fin octobre", "late Oct 2026", "début novembre", "mid-October", "by the
# end of March", « à la fin de mars ».
_VAGUE = re.compile(
    r"(?:(?:at|in|by|a\s+la|au|a)\s+)?(?:the\s+|la\s+|le\s+)?"
    r"(?P<part>end|late|fin|debut|early|start|beginning|mid|mi|milieu)"
    r"(?:\s+of\b|\s+de\b|\s+d')?[\s-]*(?P<month>[a-z]+)\.?(?:\s+(?P<year>\d{4}))?"
)


# A campaign's length, said at its end: "6 weeks", "for 10 days", "3 months later",
# « pendant 2 mois », « 3 semaines plus tard » (`length_after`).
_LENGTH = re.compile(
    r"(?:for|pendant|sur|during|over)?\s*(?:(?:about|around|approximately|roughly|environ|~)\s*)?"
    rf"(?P<count>{_COUNT})\s+"
    r"(?P<unit>days?|jours?|weeks?|semaines?|months?|mois)"
    r"(?:\s+(?:later|after|long|after the start|plus tard|apres|apres le debut))?"
)


# "January to March 2027", "Jan-Mar 2027", « de janvier à mars 2027 », "February through
# April": a span of whole months (folded text).
_MONTHS_SPAN = re.compile(
    r"(?:from\s+|de\s+|d\s*'\s*|du\s+mois\s+de\s+)?(?P<first>[a-z]+)\.?"
    r"\s*(?:-|–|—|to|until|till|through|thru|a|au|jusqu\s*'?\s*a|jusqu\s*'?\s*en)\s*"
    r"(?P<last>[a-z]+)\.?(?:\s+(?P<year>\d{4}))?"
)


def months_span(text: str, today: date) -> tuple[date, date] | None:
    """The first and last days of a span of whole months ("January to March 2027"), the
    year said after the last month or else the span's next start from today's month on; a
    span across a new year ("Nov-Feb 2027") ends in the year said. None for anything else."""
    match = _MONTHS_SPAN.fullmatch(fold(text.strip()[:60]))
    if match is None:
        return None
    first, last = _MONTHS.get(match["first"]), _MONTHS.get(match["last"])
    if first is None or last is None or first == last:
        return None
    if match["year"]:
        end_year = int(match["year"])
        start_year = end_year if first < last else end_year - 1
    else:
        start_year = today.year if first >= today.month else today.year + 1
        end_year = start_year if first < last else start_year + 1
    last_day = calendar.monthrange(end_year, last)[1]
    return date(start_year, first, 1), date(end_year, last, last_day)


def length_after(text: str, start: date) -> date | None:
    """The day `text`, a length ("6 weeks", « pendant 2 mois »), gives from `start`: that
    many days, weeks or months later (a month's day clamped to its last); None otherwise."""
    match = _LENGTH.fullmatch(" ".join(fold(text or "").split()).rstrip("."))
    if match is None:
        return None
    count_text = match["count"]
    count = int(count_text) if count_text.isdigit() else _COUNT_WORDS[count_text]
    unit = match["unit"]
    if not 0 < count <= 366:
        return None
    day = _later_by(start, count, unit)
    return day if day.year <= MAX_YEAR else None


def _later_by(start: date, count: int, unit: str) -> date:
    """`count` days, weeks or months (`unit`, English or French) after `start`; a month's
    day clamped to its last (31 Jan + 1 month: 28 Feb)."""
    if unit.startswith(("day", "jour")):
        return start + timedelta(days=count)
    if unit.startswith(("week", "semaine")):
        return start + timedelta(weeks=count)
    month = start.month - 1 + count
    year, month = start.year + month // 12, month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


# A campaign's own first or last day, named rather than typed ("first day of the campaign",
# "same as the campaign start", « le dernier jour de la campagne »): a claim's execution
# date reads it as that day. Not with a span or a count around it ("the week after the
# campaign started", « les premiers jours de la campagne »), nor with both ends named.
_CAMPAIGN_NAMED = re.compile(r"\b(?:campaign|campaigns|campagne)\b")
_CAMPAIGN_START = re.compile(
    r"\b(?:start|starts|started|start date|beginning|began|begins|first day|launch|launched"
    r"|kick ?off|debut|commencement|premier jour|lancement|demarrage)\b"
)
_CAMPAIGN_END = re.compile(
    r"\b(?:end|ends|ended|end date|last day|final day|close|closes|closed|closing|finish"
    r"|finished|fin|dernier jour|cloture)\b"
)
_SPAN_AROUND = re.compile(
    r"\d|\b(?:after|before|week|weeks|month|months|days|apres|avant|semaine|semaines|mois"
    r"|jours|premiers|derniers|during|throughout|pendant|durant)\b"
)
_CAMPAIGN_DAY_MAX = 80

# An activity not run yet, said at the day it ran ("it hasn't happened yet", "we haven't
# run it yet", "it's planned for next month", "next week", « ça n'a pas encore eu lieu »,
# « c'est prévu la semaine prochaine », « pas encore »): too early to claim it.
_NOT_RUN_YET = re.compile(
    r"(?:(?:no|nope|not really)[, ]+)?"
    r"(?:(?:it|we|they|the \w+|our \w+|this|that) (?:has not|hasn't|hasnt|have not|haven't"
    r"|havent|did not|didn't|didnt|is not|isn't|isnt|was not|wasn't) (?:\w+ ){0,3}yet"
    r"|not (?:\w+ ){0,2}yet|(?:it's|it is|it will be|we're|we are|they're|they are) (?:still )?"
    r"(?:planned|scheduled|happening|running|coming up|upcoming|booked|due|set)\b.*"
    r"|(?:it|we|they) (?:will|'ll|are going to|is going to) (?:run|happen|take place|be held"
    r"|hold|start|launch|do)\b.*"
    r"|(?:it's |it is )?(?:next|this coming) (?:week|month|quarter|year)"
    r"|(?:it's |it is )?in the future|(?:it's |it is )?(?:upcoming|coming soon|soon)"
    r"|(?:(?:non|pas vraiment)[, ]+)?"
    r"(?:(?:ca|cela|elle|il|on|nous|l'evenement|l'activite) )?(?:n'a |n'ont |ne l'a |ne l'avons "
    r"|ne s'est |n'est )?pas encore(?: .*)?"
    r"|(?:c'est |c'etait |elle est |il est |ce sera )?(?:prevue?s?|programmee?s?|planifiee?s?)\b.*"
    r"|(?:c'est )?(?:la semaine prochaine|le mois prochain|le trimestre prochain|a venir|bientot)"
    r")[ .!]*"
)
_NOT_RUN_YET_MAX = 120


def campaign_day_named(text: str) -> str | None:
    """ "start" or "end" where `text` names its campaign's first or last day and nothing
    else ("campaign start", « le dernier jour de la campagne »); else None."""
    words = " ".join(fold(text).replace("’", " ").replace("'", " ").split()).strip(" .!")
    if len(words) > _CAMPAIGN_DAY_MAX or not _CAMPAIGN_NAMED.search(words):
        return None
    if _SPAN_AROUND.search(words):
        return None
    start, end = bool(_CAMPAIGN_START.search(words)), bool(_CAMPAIGN_END.search(words))
    if start == end:
        return None
    return "start" if start else "end"


def says_not_run_yet(text: str) -> bool:
    """Whether `text`, answering the day an activity ran, says it has not run yet."""
    if len(text) > _NOT_RUN_YET_MAX:
        return False
    words = " ".join(fold(text).replace("’", "'").split()).strip()
    return _NOT_RUN_YET.fullmatch(words) is not None


def is_weekday(text: str) -> bool:
    """Whether `text` is a weekday's name alone ("Tuesday", « mardi »): a day where a day is
    asked, but in a sentence as often a name's ("Atelier du mardi")."""
    return fold(text).strip(" .") in _WEEKDAY_INDEX


def _relative(text: str, today: date, window: DateWindow | None = None) -> date | None:
    """A day said relative to today: the next Friday, in two weeks; a weekday alone, the
    latest one where `window` looks back (an execution date), else the next one."""
    if match := _NEXT_WEEKDAY.fullmatch(text):
        day = _WEEKDAY_INDEX[match["day"]]
        latest = window.not_after if window is not None and window.on_or_after is None else None
        open_ended = match["lead"] in _OPEN_LEADS and not (match["later"] or match["ahead"])
        if latest is not None and open_ended:
            return latest - timedelta(days=(latest.weekday() - day) % 7)
        ahead = (day - today.weekday()) % 7 or 7
        if match["later"]:
            ahead = 7 - today.weekday() + day
        return today + timedelta(days=ahead)
    if match := _LAST_WEEKDAY.fullmatch(text):
        day = _WEEKDAY_INDEX[match["day"] or match["day2"] or match["day3"]]
        back = (today.weekday() - day) % 7 or 7
        if match["day3"]:  # "Tuesday last week": in the calendar week before this one
            back = today.weekday() + 7 - day
        return today - timedelta(days=back)
    if match := _AGO.fullmatch(text):
        count_text = match["count"] or match["count2"]
        count = int(count_text) if count_text.isdigit() else _COUNT_WORDS[count_text]
        unit = match["unit"] or match["unit2"]
        return today - timedelta(days=count * (7 if unit.startswith(("week", "semaine")) else 1))
    if match := _IN_SOME.fullmatch(text):
        count_text = match["count"] or match["count_b"]
        count = int(count_text) if count_text.isdigit() else _COUNT_WORDS[count_text]
        return _later_by(today, count, match["unit"] or match["unit_b"])
    return None


def _refuse_vague(
    text: str,
    locale: str,
    today: date,
    window: DateWindow | None,
    raw: str,
    month_alone: str | None = None,
) -> None:
    """ "fin octobre" names many days: refused, with the day it most likely means offered;
    a month alone too, where the question says which end of it (`month_alone`)."""
    text = _named_month(text, today)
    match = _VAGUE.fullmatch(text)
    alone = not match
    if alone:
        match = _MONTH_ALONE.fullmatch(text)
    if not match or match["month"] not in _MONTHS:
        return
    month = _MONTHS[match["month"]]
    if alone and not month_alone:
        _refuse_month(month, match["year"], locale, today, window, raw)
    part = match["part"] or ("end" if month_alone == "end" else "start")
    year = int(match["year"]) if match["year"] else None
    if year is None:
        try:
            year = _in_window(month, 1, window or DateWindow(today, today), today, raw).year
        except UserInputError:
            year = today.year
    last = calendar.monthrange(year, month)[1]
    day = last if part in ("end", "late", "fin") else 15 if part.startswith("mi") else 1
    meant = date(year, month, day)
    raise _offered("date_vague", meant, locale, raw)


def _refuse_month(
    month: int,
    year_text: str | None,
    locale: str,
    today: date,
    window: DateWindow | None,
    raw: str,
) -> None:
    """ "November" where one day is asked (a claim's execution date): several days, refused
    with those of the month the question can take (all of it when it takes none) and an
    example, as "last month" is."""
    around = window or DateWindow(today, today)
    year = int(year_text) if year_text else _in_window(month, 1, around, today, raw).year
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    if window is not None:
        inside_first = max(first, window.earliest or first)
        inside_last = min(last, window.latest or last)
        if inside_first <= inside_last:
            first, last = inside_first, inside_last
    example = min(max(first, date(year, month, 15)), last)
    raise UserInputError(
        "date_past_span",
        value=excerpt(raw),
        first=format_date(first, locale),
        last=format_date(last, locale),
        example=format_date(example, locale),
        days=(first.isoformat(), last.isoformat()),
    )


# A month said from today: "next month", "the coming month", "this month", « le mois
# prochain », « ce mois-ci »; with a part ("end of next month", « fin du mois prochain »)
# as "end of December" is (`_refuse_vague`).
_MONTH_FROM_TODAY = re.compile(
    r"(?:the\s+)?(?P<next>next|coming|following)\s+month|(?:the\s+)?this\s+month"
    r"|(?:le\s+|du\s+|de\s+)?mois\s+(?P<suivant>prochain|suivant)"
    r"|(?:de\s+|du\s+)?ce\s+mois(?:-ci)?|du\s+mois\s+en\s+cours|le\s+mois\s+en\s+cours"
    # "end of the month", « fin du mois »: this month.
    r"|(?<=of\s)the\s+month$|(?<=fin\s)du\s+mois$|(?<=debut\s)du\s+mois$"
    r"|(?<=milieu\s)du\s+mois$"
)


# A part of a year said from today: "beginning of next year", "end of the year", « début de
# l'année prochaine », « fin d'année »: its first or last month, for `_VAGUE` to read.
_YEAR_FROM_TODAY = re.compile(
    r"(?P<part>end|late|fin|debut|early|start|beginning)(?:\s+of|\s+de|\s+d')?\s*"
    r"(?:the\s+|l'\s*|l\s+)?(?:(?P<next>next|coming|following)\s+year|this\s+year|year"
    r"|annee\s+(?P<prochaine>prochaine|suivante)|cette\s+annee|annee(?:\s+en\s+cours)?)"
)


def _named_month(text: str, today: date) -> str:
    """`text` with a month said from today put as its name and year ("next month" said on
    27 Nov 2026: "december 2026"; "end of next year": "end december 2027"), for `_VAGUE`
    and `_MONTH_ALONE` to read."""
    if year := _YEAR_FROM_TODAY.fullmatch(text):
        ahead = bool(year["next"] or year["prochaine"])
        month = "december" if year["part"] in ("end", "late", "fin") else "january"
        return f"{year['part']} {month} {today.year + ahead}"
    match = _MONTH_FROM_TODAY.search(text)
    if match is None:
        return text
    month = today.replace(day=1)
    if match["next"] or match["suivant"]:
        month = (month + timedelta(days=31)).replace(day=1)
    named = f"{_MONTHS_EN[month.month - 1].lower()} {month.year}"
    return f"{text[: match.start()]}{named}{text[match.end() :]}".strip()


def _first_and_last(
    first_text: str,
    last_text: str,
    locale: str,
    today: date,
    window: DateWindow | None,
    raw: str,
) -> tuple[date, date] | None:
    """The first and last of several days typed either side of "-", "to", « au »: a bare day
    on one side takes its month and year from the other ("10-12 Nov", "November 10-11")."""
    try:
        if bare := _BARE_DAY.fullmatch(first_text):
            last = _read_day(last_text, locale, today, window, raw)
            first = date(last.year, last.month, int(bare[1]))
        elif bare := _BARE_DAY.fullmatch(last_text):
            first = _read_day(first_text, locale, today, window, raw)
            last = date(first.year, first.month, int(bare[1]))
        else:
            first = _read_day(first_text, locale, today, window, raw)
            last = _read_day(last_text, locale, today, window, raw)
            if not re.search(r"\d{4}", first_text):  # "Nov 10 - Nov 20 2026": the last's year
                first = first.replace(year=last.year)
                if first > last:  # "Dec 30 - Jan 2, 2027"
                    first = first.replace(year=last.year - 1)
    except (UserInputError, ValueError):
        return None
    if not 0 < (last - first).days <= _MAX_SPAN_DAYS:
        return None
    return first, last


def _in_window(month: int, day: int, window: DateWindow, today: date, raw: str) -> date:
    days = []
    for year in window.years(today):
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue  # 29 February outside leap years; 31 April in none
    if not days:
        raise UserInputError("date_impossible", value=excerpt(raw))
    return window.pick(days)


def _day_in_window(
    day: int, window: DateWindow, today: date, raw: str, *, weekday: int | None = None
) -> date:
    """A day of the month alone: that day of the month and year the window prefers (of
    those where it is `weekday`, when one was said)."""
    days = []
    for year in window.years(today):
        for month in range(1, 13):
            try:
                found = date(year, month, day)
            except ValueError:
                continue  # the 31st of a 30-day month; no month has a 32nd
            if weekday is None or found.weekday() == weekday:
                days.append(found)
    if not days:
        raise UserInputError("date_impossible", value=excerpt(raw))
    return window.pick(days)


def _read_numeric(text: str, locale: str, today: date) -> tuple[int | None, int, int] | None:
    if match := _YEAR_FIRST.fullmatch(text):
        return int(match[1]), int(match[3]), int(match[4])
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        first, second, year_text = int(match[1]), int(match[3]), match[4]
    elif match := _DAY_MONTH.fullmatch(text):
        first, second, year_text = int(match[1]), int(match[3]), ""
    else:
        return None
    year = _year(year_text, today)
    # Dots are day first wherever they are written ("05.11.2026": 5 November, in en-US too).
    if _is_month_first(locale) and match[2] != ".":
        month_first = first <= 12
    else:
        month_first = first <= 12 < second
    if month_first:
        return year, first, second
    return year, second, first


def _year(text: str, today: date) -> int | None:
    """The typed year; None when none was typed (the window gives it)."""
    if not text:
        return None
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def _read_words(
    text: str, locale: str, today: date, raw: str, window: DateWindow | None = None
) -> tuple[int | None, int, int]:
    """Dates with a month name: `15 mars 2026`, `1er mars`, `March 15, 2026`, `Mar 15 2026`."""
    tokens = [t for t in text.replace(",", " ").replace(".", " ").split() if t not in _FILLER_WORDS]
    if tokens and tokens[0] in _WEEKDAY_INDEX:  # its full names: « mardi 10 novembre »
        tokens = tokens[1:]
    if len(tokens) in (2, 3):
        year_text = tokens[2] if len(tokens) == 3 else ""
        if not year_text or _YEAR_TOKEN.fullmatch(year_text):
            for day_text, month_text in ((tokens[0], tokens[1]), (tokens[1], tokens[0])):
                day = _DAY_TOKEN.fullmatch(day_text)
                month = _MONTHS.get(month_text)
                if day and month:
                    return _year(year_text, today), month, int(day[1])
    raise UserInputError("date_invalid", value=excerpt(raw), **date_examples(today, locale, window))


# The days a question names by their month or fiscal half ("claims from November", "my claims
# of last month", « mes réclamations de mai », "claims for FY27 H1"): words as
# `dialogs.recognizer.normalize` leaves them.
_MONTH_ASKED = re.compile(r"(?P<month>[a-z]+)(?: (?P<year>\d{4}))?")
_THIS_MONTH = frozenset({"this month", "ce mois ci", "ce mois", "du mois", "de ce mois"})
_LAST_MONTH = frozenset(
    {"last month", "previous month", "le mois dernier", "mois dernier", "du mois dernier"}
    | {"le mois precedent", "du mois precedent", "mois precedent"}
)


@dataclass(frozen=True)
class DaysAsked:
    """The first and last day of a month or a fiscal half a question names; `half`: the
    half's label ("FY27 H1") when a half was named, else None (a month). `days`: the days
    are a week or a day ("last week", "yesterday"), not a whole month."""

    first: date
    last: date
    half: str | None = None
    days: bool = False

    def said(self, locale: str) -> str:
        """ "November 2026", « novembre 2026 », or the half's label."""
        if self.half is not None:
            return self.half
        names = _MONTHS_FR if language_of(locale) == "fr" else _MONTHS_EN
        return f"{names[self.first.month - 1]} {self.first.year}"

    def when_said(self, locale: str) -> str:
        """With its preposition: "in November 2026", "from 16 Nov 2026 to 22 Nov 2026",
        "on 26 Nov 2026"; « en novembre 2026 », « du 16 … au 22 … », « le 26 … »."""
        french = language_of(locale) == "fr"
        if not self.days:
            return f"{'en' if french else 'in'} {self.said(locale)}"
        first, last = format_date(self.first, locale), format_date(self.last, locale)
        if self.first == self.last:
            return f"{'le' if french else 'on'} {first}"
        return f"du {first} au {last}" if french else f"from {first} to {last}"


# A week or a day a question names (normalized): days back from today.
_LAST_WEEK = frozenset({"last week", "previous week", "la semaine derniere", "semaine derniere"})
_THIS_WEEK = frozenset({"this week", "cette semaine", "this week so far"})
_LAST_7_DAYS = frozenset(
    {"the last 7 days", "last 7 days", "the past 7 days", "past 7 days", "the past week"}
    | {"les 7 derniers jours", "les sept derniers jours", "ces 7 derniers jours"}
)
_ONE_DAY = {"today": 0, "aujourd hui": 0, "yesterday": 1, "hier": 1}
# Every week or day `days_asked` reads back from today (for the recognizer's questions).
DAYS_BACK_WORDS = _LAST_WEEK | _THIS_WEEK | _LAST_7_DAYS | frozenset(_ONE_DAY)


def _days_back(words: str, today: date) -> DaysAsked | None:
    """ "last week" (Monday to Sunday), "this week" (Monday to today), "the last 7 days",
    "yesterday", « aujourd'hui »: those days; None for other words."""
    monday = today - timedelta(days=today.weekday())
    if words in _LAST_WEEK:
        return DaysAsked(monday - timedelta(days=7), monday - timedelta(days=1), days=True)
    if words in _THIS_WEEK:
        return DaysAsked(monday, today, days=True)
    if words in _LAST_7_DAYS:
        return DaysAsked(today - timedelta(days=6), today, days=True)
    if words in _ONE_DAY:
        day = today - timedelta(days=_ONE_DAY[words])
        return DaysAsked(day, day, days=True)
    return None


def days_asked(words: str, today: date) -> DaysAsked | None:
    """The days `words` name: a month ("november", "nov 2026", « mai »; without its year,
    the latest such month up to `today`'s), "this month", "last month", or a fiscal half
    ("fy27 h1"), a week or a day back from today ("last week", "yesterday": `_days_back`).
    None when they name none of these."""
    words = " ".join(words.split())
    back = _days_back(words, today)
    if back is not None:
        return back
    label = period_in(words)
    if label is not None:
        half = FiscalHalf.parse(label)
        return DaysAsked(half.start, half.end, half.label)
    if words in _THIS_MONTH:
        return _month_of(today.year, today.month)
    if words in _LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return _month_of(last.year, last.month)
    named = _MONTH_ASKED.fullmatch(words)
    month = _MONTHS.get(named["month"]) if named is not None else None
    if named is None or month is None:
        return None
    if named["year"] is not None:
        year = int(named["year"])
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
    else:
        year = today.year if month <= today.month else today.year - 1
    return _month_of(year, month)


def _month_of(year: int, month: int) -> DaysAsked:
    return DaysAsked(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def format_date(d: date, locale: str) -> str:
    """`d` for a chat message: en "15 Mar 2026", fr "15 mars 2026" (and "1er mars 2026")."""
    if language_of(locale) == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {_MONTHS_FR[d.month - 1]} {d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1][:3]} {d.year}"


_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def format_day_ahead(d: date, locale: str, today: date) -> str:
    """A day to come, with its weekday: en "Monday 30 November", fr "lundi 30 novembre"
    (« mardi 1er décembre »); its year added when it is not `today`'s."""
    year = "" if d.year == today.year else f" {d.year}"
    if language_of(locale) == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{_WEEKDAYS_FR[d.weekday()]} {day} {_MONTHS_FR[d.month - 1]}{year}"
    return f"{_WEEKDAYS_EN[d.weekday()]} {d.day} {_MONTHS_EN[d.month - 1]}{year}"


# Matched once spaces and punctuation are gone. French partners also write
# "AF27 S1" (année fiscale, semestre), so "af" reads as "fy" and "s" as "h".
_PERIOD_FISCAL_FIRST = re.compile(r"fy(\d{2}|\d{4})([hs])([12])")
_PERIOD_HALF_FIRST = re.compile(r"([hs])([12])fy(\d{2}|\d{4})")
_PERIOD_COMPACT = re.compile(r"(\d{2})([hs])([12])")
_PERIOD_NOISE = re.compile(r"[\s\-_/.]+")
# A half said in words (folded, punctuation as spaces): `FiscalHalf.read`.
_HALF_WORD = r"(?:half|semester|semestre|period|periode)"
_THIS_HALF = re.compile(
    rf"(?:the\s+)?(?:this|current)\s+{_HALF_WORD}|ce\s+{_HALF_WORD}(?:\s+ci)?"
    rf"|(?:le\s+|la\s+)?{_HALF_WORD}\s+(?:en\s+cours|actuel|actuelle)"
)
_NEXT_HALF = re.compile(
    rf"(?:the\s+)?(?:next|coming|following)\s+{_HALF_WORD}"
    rf"|(?:le\s+|la\s+)?{_HALF_WORD}\s+(?:prochain|prochaine|suivant|suivante)"
    rf"|(?:le\s+|la\s+)?(?:prochain|prochaine)\s+{_HALF_WORD}"
)
_WHICH_HALF = r"first|1st|premier|1er|second|2nd|deuxieme|2e|2eme|2nde"
# "second half", « le second semestre »: a half with no year (the current or the next one).
_WHICH_HALF_ALONE = re.compile(
    rf"(?:the\s+|le\s+|la\s+)?(?P<which>{_WHICH_HALF}|seconde)\s+(?:half|semester|semestre)"
)
# "the current one", "current", « l'actuelle », « celle en cours »: the half today is in.
_CURRENT_ONE = re.compile(
    r"(?:the\s+)?current(?:\s+one)?|(?:the\s+)?present\s+one|this\s+one|now"
    r"|(?:l\s+)?actuelle?|(?:celle|celui)\s+en\s+cours|en\s+cours|maintenant"
)
# "FY27", "this fiscal year", « l'exercice FY27 », « l'année fiscale prochaine »: a whole
# fiscal year, where a plan covers one half of it (both offered).
_FISCAL_YEAR = re.compile(
    r"(?:the\s+|l\s+|le\s+)?(?:(?:fiscal\s+year|exercice|annee\s+fiscale)\s+)?"
    r"(?:fy|af)\s*(?P<year>\d{2}|\d{4})"
    r"|(?:the\s+)?(?:this|current|(?P<next>next|coming))\s+(?:fiscal\s+year|fy)"
    r"|(?:l\s+|le\s+|la\s+)?(?:exercice|annee\s+fiscale)"
    r"(?:\s+(?:en\s+cours|actuel|actuelle|(?P<next_fr>prochain|prochaine)))?"
)
_HALF_IN_WORDS = re.compile(
    rf"(?:the\s+|le\s+)?(?P<which>{_WHICH_HALF})\s+(?:half|semester|semestre)"
    r"(?:\s+(?:of|de|du|d))?(?:\s+(?:l|the))?\s+(?:fy|af)\s*(?P<year>\d{2}|\d{4})"
    rf"|(?:fy|af)\s*(?P<year2>\d{{2}}|\d{{4}})\s+(?P<which2>{_WHICH_HALF})\s+(?:half|semestre)"
)
_HALF_MONTHS = re.compile(
    r"(?:from\s+|de\s+)?(?P<first>[a-z]+)\s+(?:(?:to|through|thru|until|a|au|jusqu a)\s+)?"
    r"(?P<last>[a-z]+)\s+(?P<year>\d{4})"
)
# A fiscal half inside other words: "co-op FY27 H2 in EUR", "copy plan to fy27 h2".
PERIOD_IN_TEXT = re.compile(
    r"\b(?:FY\s?'?\d{2}\s*[-/ ]?\s*[HS][12]|[HS][12]\s*[-/ ]?\s*FY\s?'?\d{2})\b", re.IGNORECASE
)


class FiscalHalf(BaseModel):
    """Half of a Microsoft fiscal year: FYnn starts on 1 July of 20(nn-1).

    H1 runs 1 July–31 December, H2 1 January–30 June. A half is an earning
    period, the next one the usage period; when it can be claimed is
    `domain.funds.claiming_window` (the one place that rule lives).
    """

    model_config = ConfigDict(frozen=True)

    fiscal_year: int = Field(ge=1, le=99)
    half: int = Field(ge=1, le=2)

    @property
    def start(self) -> date:
        if self.half == 1:
            return date(2000 + self.fiscal_year - 1, 7, 1)
        return date(2000 + self.fiscal_year, 1, 1)

    @property
    def end(self) -> date:
        if self.half == 1:
            return date(2000 + self.fiscal_year - 1, 12, 31)
        return date(2000 + self.fiscal_year, 6, 30)

    @property
    def label(self) -> str:
        return f"FY{self.fiscal_year:02d} H{self.half}"

    def next(self) -> FiscalHalf:
        if self.half == 1:
            return FiscalHalf(fiscal_year=self.fiscal_year, half=2)
        return FiscalHalf(fiscal_year=self.fiscal_year + 1, half=1)

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    @classmethod
    def containing(cls, d: date) -> FiscalHalf:
        if d.month >= 7:
            return cls(fiscal_year=d.year + 1 - 2000, half=1)
        return cls(fiscal_year=d.year - 2000, half=2)

    @classmethod
    def parse(cls, text: str) -> FiscalHalf:
        """Read "FY27 H1", "fy27h1", "FY2027 H1", "H1 FY27", "27H1" (and "AF27 S1")."""
        raw = text or ""
        if len(raw) > _MAX_DATE_INPUT_LENGTH:
            raise UserInputError("period_invalid", value=excerpt(raw))
        compact = _PERIOD_NOISE.sub("", fold(raw)).replace("af", "fy", 1)
        if match := _PERIOD_FISCAL_FIRST.fullmatch(compact):
            year_text, half_text = match[1], match[3]
        elif match := _PERIOD_HALF_FIRST.fullmatch(compact):
            year_text, half_text = match[3], match[2]
        elif match := _PERIOD_COMPACT.fullmatch(compact):
            year_text, half_text = match[1], match[3]
        else:
            raise UserInputError("period_invalid", value=excerpt(raw))
        fiscal_year = int(year_text) - 2000 if len(year_text) == 4 else int(year_text)
        if not 1 <= fiscal_year <= 99:
            raise UserInputError("period_invalid", value=excerpt(raw))
        return cls(fiscal_year=fiscal_year, half=int(half_text))

    @classmethod
    def read(cls, text: str, today: date) -> FiscalHalf:
        """`parse`, and a half said in words: "second half of FY27", « 2e semestre de
        l'AF27 », "this half", "next half", « le semestre prochain » (from `today`), or by
        its months ("Jan-Jun 2027", « juillet à décembre 2026 »)."""
        try:
            return cls.parse(text)
        except UserInputError as refused:
            words = " ".join(re.sub(r"\W+", " ", fold(text or "")[:_MAX_DATE_INPUT_LENGTH]).split())
            current = cls.containing(today)
            if _THIS_HALF.fullmatch(words) or _CURRENT_ONE.fullmatch(words):
                return current
            if _NEXT_HALF.fullmatch(words):
                return current.next()
            if said := _WHICH_HALF_ALONE.fullmatch(words):
                # "second half", « le 2e semestre »: that half, the current one or the next.
                half = 1 if said["which"] in ("first", "1st", "premier", "1er") else 2
                return current if current.half == half else current.next()
            if said := _FISCAL_YEAR.fullmatch(words):
                year = (
                    int(said["year"]) % 100
                    if said["year"]
                    else current.fiscal_year + (1 if said["next"] or said["next_fr"] else 0)
                )
                if 1 <= year <= 99:
                    halves = [cls(fiscal_year=year, half=half) for half in (1, 2)]
                    raise UserInputError(
                        "period_whole_year",
                        value=excerpt(text),
                        year=f"FY{year:02d}",
                        options=[(h.label, h.label) for h in halves],
                    ) from None
            if said := _HALF_IN_WORDS.fullmatch(words):
                which = said["which"] or said["which2"]
                year = int(said["year"] or said["year2"]) % 100
                half = 1 if which in ("first", "1st", "premier", "1er") else 2
                if 1 <= year <= 99:
                    return cls(fiscal_year=year, half=half)
            if said := _HALF_MONTHS.fullmatch(words):
                months = (_MONTHS.get(said["first"]), _MONTHS.get(said["last"]))
                year = int(said["year"]) - 2000
                if months == (1, 6) and 1 <= year <= 99:
                    return cls(fiscal_year=year, half=2)
                if months == (7, 12) and 1 <= year + 1 <= 99:
                    return cls(fiscal_year=year + 1, half=1)
            raise refused

    def __str__(self) -> str:
        return self.label


# A quarter or a half of a year: "Q1 2027", "Q3 FY27", "FY27 Q4", "H2", "first quarter of
# 2027", « T1 2027 », « 2e trimestre », « S1 2027 » (folded, punctuation as spaces).
_ORDINAL = (
    r"first|1st|second|2nd|third|3rd|fourth|4th|premier|1er|deuxieme|2e|2eme|second|seconde"
    r"|troisieme|3e|3eme|quatrieme|4e|4eme"
)
_ORDINALS = {
    **dict.fromkeys(("first", "1st", "premier", "1er"), 1),
    **dict.fromkeys(("second", "2nd", "deuxieme", "2e", "2eme", "seconde"), 2),
    **dict.fromkeys(("third", "3rd", "troisieme", "3e", "3eme"), 3),
    **dict.fromkeys(("fourth", "4th", "quatrieme", "4e", "4eme"), 4),
}
_FY = r"fy\s?(?:20)?(?P<{name}>\d{{2}})"
_PART_OF_YEAR = re.compile(
    r"(?:(?:the|le|la)\s)?(?:" + _FY.format(name="fy_before") + r"\s)?"
    r"(?:(?P<letter>[qths])\s?(?P<number>[1-4])"
    r"|(?P<ordinal>" + _ORDINAL + r")\s(?P<unit>quarter|half|trimestre|semestre))"
    r"(?:\s(?:of\s(?:the\s)?(?:fiscal\syear\s)?|de\s(?:l\s)?(?:exercice\s|annee\s)?|du\s"
    r"|d\s)?(?:" + _FY.format(name="fy_after") + r"|(?P<year>20\d{2})))?"
)


def quarter_or_half_span(text: str, within: FiscalHalf | None) -> tuple[date, date] | None:
    """The first and last days of a quarter or a half ("Q1 2027", "Q3 FY27", "H2", « T1
    2027 »). Microsoft's fiscal year (FYnn from 1 July of nn-1) when named; otherwise the
    calendar or the fiscal reading that lies in `within` (the usage period: the two never
    both do); none fitting, a year said is read as the calendar's. None for anything else,
    and for a bare quarter with no period to place it."""
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(text[:60])).split())
    match = _PART_OF_YEAR.fullmatch(folded)
    if match is None:
        return None
    if match["letter"]:
        quarters = match["letter"] in "qt"
        number = int(match["number"])
    else:
        quarters = match["unit"] in ("quarter", "trimestre")
        number = _ORDINALS[match["ordinal"]]
    if not quarters and number > 2:
        return None
    fiscal = match["fy_before"] or match["fy_after"]
    if fiscal and match["year"]:
        return None
    months = 3 if quarters else 6

    def months_from(year: int, first: int) -> tuple[date, date]:
        last = first + months - 1
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])

    def calendar_reading(year: int) -> tuple[date, date]:
        return months_from(year, (number - 1) * months + 1)

    def fiscal_reading(fiscal_year: int) -> tuple[date, date]:
        # FYnn's first quarter is July–September of nn-1; its second half, January–June.
        first = ((number - 1) * months + 6) % 12 + 1
        return months_from(fiscal_year - 1 if first >= 7 else fiscal_year, first)

    if fiscal:
        return fiscal_reading(2000 + int(fiscal))
    said = int(match["year"]) if match["year"] else None
    if within is None:
        return calendar_reading(said) if said else None
    years = [said] if said else range(within.start.year - 1, within.end.year + 2)
    fitting = {
        reading
        for year in years
        for reading in (calendar_reading(year), fiscal_reading(year))
        if within.start <= reading[0] and reading[1] <= within.end
    }
    if len(fitting) == 1:
        return fitting.pop()
    return calendar_reading(said) if said and not fitting else None


def period_in(text: str | None) -> str | None:
    """The label of the first fiscal half named inside `text` ("FY27 H2"), if any."""
    for found in PERIOD_IN_TEXT.finditer(text or ""):
        try:
            return FiscalHalf.parse(found.group(0)).label
        except UserInputError:
            continue
    return None
