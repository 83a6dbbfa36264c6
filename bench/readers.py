"""What the bot's readers of typed text cost on hostile text, against one plain pass over it.

Every answer a partner types goes through readers: the command and status recognizers, a
question's choices, yes/no, amounts, dates, periods, countries, e-mail addresses, names,
and, for a file, the invoice reader on its text. A pattern that backtracks (quadratic on a
run of spaces, exponential on nested repeats) lets one message hold the event loop for
seconds. The suite checks what each reader answers on such text (tests/bot/
test_input_properties.py, tests/domain); how long it takes is measured here, never in a
test.

For each reader and each text of the corpus, the best of three calls is compared with the
best of three plain passes over the same text (NFKC, casefold, split into words: what any
reader of that text does at least once). The figure is the worst of those ratios: a reader
that is linear in the text stays within a few dozen passes; one that backtracks is
thousands of passes away on texts of a few thousand characters.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from dialogs.evidence_dialog import evidence_question
from dialogs.form_dialog import MAX_ANSWER_LENGTH
from dialogs.recognizer import (
    Choice,
    asks_about_the_question,
    asks_what_stops,
    at_rest,
    in_another_language,
    invoice_currency_told,
    judged_fine,
    match_choice,
    names_a_day_ahead,
    names_the_reviewer,
    normalize,
    overview_asked,
    puts_submitting_off,
    recognize_command,
    recognize_status_question,
    recognize_yes_no,
    remind_when,
    says_only_submit,
    says_unsure,
    submits_without,
    term_alone,
    term_asked,
)
from dialogs.review_words import change_to_parts
from domain.countries import parse_countries
from domain.dates import FiscalHalf, parse_date
from domain.errors import UserInputError
from domain.invoice import ReadingMethod
from domain.money import as_unsure, figure_in_sentence, parse_amount, read_sum, read_two
from domain.reminder_day import reminder_day
from domain.text import clean_text, named_as, parse_email
from invoices.fields import find_fields

TODAY = date(2026, 11, 27)
CHOICES = [
    Choice("csp_indirect_reseller", "CSP Indirect Reseller", ("CSP revendeur indirect",)),
    Choice("hosting", "Hosting", ("hébergement",)),
    Choice("submit", "Submit for approval", ("submit", "soumettre")),
    Choice("edit:C1:name", "Change Spring [push]: name"),
]

# Pieces repeated into long texts: runs a pattern may backtrack on (spaces, separators,
# digits and their separators, the words the readers look for), and characters that grow
# when folded.
PIECES = (
    " ", "a", "1", "1,", "1 ", "9.", "-", "a-", "a.", "@", "é", "€", "😀", "\x00", "🚀 ",
    "e\u0301", "\ufdfa", "[x](y)", "PLN-", "15/", "mars ", "France and ", "a and ",
    "please ", "what is a ", "usage period ", "except ", "sauf ", "France sauf ",
    "November tenth ", "first week of ", "10 or ", "fy27 ", "it's called ", "name: ",
    "9500? ", "9500 + ", "9000-", "between 1 and ", "I want a ", "yet ", "s'il vous plaît ",
    "Total TTC ", "Total HT\n", "remind me ", "rappelle-moi dans ",
    "Date: 05/10/2026 ", "O l ", "\u202eFACTURE n° 1 Total 10,00 €\u202c",
    "the name is ", "me va ", "what happened to ", "asap ",
    "submit on ", "send it ", "it cost ", "total: ", "de l'", "over ", "my invoice is in ",
)  # fmt: skip
# The lengths: just under the shortest limit a reader has before reading (an amount: 64
# characters), an answer at the longest the questions read (their limit is 1,000
# characters; twice that is refused unread), and a long message (Teams carries ~80 KB).
LENGTHS = (60, 2_000, 30_000)
# Texts from this long are compared with a pass: on a few dozen characters a reader's fixed
# cost (a country's near-miss suggestions: about a millisecond) outweighs a pass of a
# microsecond or two, and backtracking has nothing to grow on. Shorter ones count in the
# slowest call.
RATIO_FROM = 1_000
# Texts at the edge of a reader's own limits.
EDGES = (
    "a" * 64 + "@" + "-".join(["a"] * 31) + "-." + "a" * 60 + ".c",
    "a" * 10_000 + "@microsoft.com",
    "\n".join(f"Total {number},00 €" for number in range(5_000)),
)


def _invoice(text: str) -> object:
    return find_fields(text, method=ReadingMethod.OCR, ocr_confidence=0.9)


# What a turn calls on a message (the recognizers, first, on all of it), on the answer to
# a question (at most twice a question's usual limit: a longer answer is refused unread,
# dialogs/form_dialog.py), and on a file's text (the invoice reader).
ANSWER_READ = 2 * MAX_ANSWER_LENGTH
MESSAGE = None

# Each reader, and how much of a message it is given.
READERS: dict[str, tuple[Callable[[str], object], int | None]] = {
    "recognize_command": (recognize_command, MESSAGE),
    "recognize_status_question": (recognize_status_question, MESSAGE),
    "recognize_yes_no": (recognize_yes_no, MESSAGE),
    "match_choice": (lambda text: match_choice(text, CHOICES), MESSAGE),
    "term_alone": (term_alone, MESSAGE),
    "at_rest": (at_rest, MESSAGE),
    "says_unsure": (says_unsure, MESSAGE),
    "remind_when": (remind_when, MESSAGE),
    "in_another_language": (in_another_language, MESSAGE),
    "asks_about_the_question": (asks_about_the_question, MESSAGE),
    "overview_asked": (overview_asked, MESSAGE),
    "judged_fine": (judged_fine, MESSAGE),
    "asks_what_stops": (asks_what_stops, MESSAGE),
    "names_the_reviewer": (names_the_reviewer, MESSAGE),
    "names_a_day_ahead": (names_a_day_ahead, MESSAGE),
    "puts_submitting_off": (puts_submitting_off, MESSAGE),
    "says_only_submit": (lambda text: says_only_submit(text, CHOICES[2]), MESSAGE),
    "submits_without": (submits_without, MESSAGE),
    "invoice_currency_told": (invoice_currency_told, MESSAGE),
    "evidence_question": (evidence_question, MESSAGE),
    "term_asked": (lambda text: term_asked(normalize(text)), ANSWER_READ),
    "parse_amount": (lambda text: parse_amount(as_unsure(text), "EUR", "fr-FR"), ANSWER_READ),
    "read_sum": (lambda text: read_sum(text, "EUR", "fr-FR"), ANSWER_READ),
    "read_two": (lambda text: read_two(text, "EUR", "en-US"), ANSWER_READ),
    "figure_in_sentence": (figure_in_sentence, ANSWER_READ),
    "parse_date": (lambda text: parse_date(text, "en-US", TODAY), ANSWER_READ),
    "FiscalHalf.read": (lambda text: FiscalHalf.read(text, TODAY), ANSWER_READ),
    "reminder_day": (lambda text: reminder_day(text, "fr-FR", TODAY), ANSWER_READ),
    "parse_countries": (lambda text: parse_countries(text, "fr-FR"), ANSWER_READ),
    "parse_email": (parse_email, ANSWER_READ),
    "clean_text": (lambda text: clean_text(text, max_length=1_000, field="note"), ANSWER_READ),
    "named_as": (named_as, ANSWER_READ),
    "change_to_parts": (lambda text: list(change_to_parts(text)), ANSWER_READ),
    "find_fields": (_invoice, MESSAGE),
}

_WORDS = re.compile(r"\w+")


def corpus() -> Iterator[str]:
    for piece in PIECES:
        for length in LENGTHS:
            yield (piece * (length // len(piece) + 1))[:length]
    yield from EDGES


def _call(reader: Callable[[str], object], text: str) -> None:
    try:
        reader(text)
    except UserInputError:
        pass  # refused: an answer like any other


def _pass(text: str) -> None:
    _WORDS.findall(unicodedata.normalize("NFKC", text).casefold())


def _best(work: Callable[[], None], tries: int = 3) -> float:
    """The fastest of a few calls, in seconds: a busy machine only ever adds."""
    timings = []
    for _ in range(tries):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


@dataclass(frozen=True)
class Worst:
    """The reader and text of the worst ratio, and each side of it in seconds."""

    reader: str
    text: str
    seconds: float
    pass_seconds: float

    @property
    def ratio(self) -> float:
        return self.seconds / self.pass_seconds

    def describe(self) -> str:
        shown = repr(self.text[:16]) + ("…" if len(self.text) > 16 else "")
        return (
            f"{self.reader} on {len(self.text):,} characters of {shown}: "
            f"{1000 * self.seconds:.2f} ms against {1000 * self.pass_seconds:.3f} ms a pass"
        )


def worst(
    readers: dict[str, tuple[Callable[[str], object], int | None]] = READERS,
    texts: Iterator[str] | None = None,
) -> tuple[Worst, Worst]:
    """The worst ratio of a reader's call to a plain pass over the same text (of
    `RATIO_FROM` characters or more), and the slowest call, over every reader and text."""
    by_ratio: Worst | None = None
    by_time: Worst | None = None
    for whole in corpus() if texts is None else texts:
        passes: dict[int, float] = {}
        for name, (reader, cap) in readers.items():
            text = whole[:cap]
            if len(text) not in passes:
                passes[len(text)] = max(_best(lambda: _pass(text)), 1e-7)  # noqa: B023
            _call(reader, text)  # first use: compiled patterns, locale data
            seconds = _best(lambda: _call(reader, text))  # noqa: B023 (called at once)
            measured = Worst(name, text, seconds, passes[len(text)])
            compared = len(text) >= RATIO_FROM
            if compared and (by_ratio is None or measured.ratio > by_ratio.ratio):
                by_ratio = measured
            if by_time is None or seconds > by_time.seconds:
                by_time = measured
    assert by_ratio is not None and by_time is not None, "an empty corpus"
    return by_ratio, by_time


def main() -> None:
    """One repeat, in a process of its own: the worst ratio and the slowest call, as JSON."""
    by_ratio, by_time = worst()
    print(
        json.dumps(
            {
                "seconds": by_ratio.seconds,
                "pass_seconds": by_ratio.pass_seconds,
                "worst": by_ratio.describe(),
                "slowest": by_time.describe(),
            }
        )
    )


if __name__ == "__main__":
    main()
