"""Several answers in one message: "1234567, CSP Indirect Reseller, France, co-op FY27 H2
in EUR, plan limit 50,000, reviewer ana@microsoft.com".

A form dialog that declares `Reader`s for its fields gets, at any of its questions, every
field a message names, not just the one asked. How a message is read:

1. The dialog takes out what it can find anywhere in the text (`Found`: an e-mail
   address, a fiscal half, a currency code, "from … to …" dates).
2. The rest is cut into pieces at commas followed by a space, semicolons and new lines
   (never inside "12,500.50" or "France et Belgique").
3. A piece that starts with a field's label ("plan limit 50,000", "MPN ID: 7654321") is
   that field's; then each other piece is tried against every field still open. A piece
   that fits exactly one is taken (or fits the question asked: that one); one that fits
   two others (2400: an amount or a count of people?) is not taken but said back as
   unsure, so the partner is asked rather than guessed for; a piece that fits none is
   left unread and said so. A choice named exactly ("salon") wins over one only
   mentioned ("stand au Cloud Expo": "expo"); readers of one kind (a campaign's start and
   end) take a piece fitting them all in their order (one date with a name is the start).
4. A field that takes any text (a description) gets the one piece nothing else took.

Each value goes through the field's own parser, in order, on the draft as it stands with
the values before it kept (a currency first, then an amount in it), so a value taken here
is one the question would have taken. Nothing is saved here: the form keeps the values,
saves once and says them back in one line (`FormDialog.apply_several`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from domain.errors import UserInputError

# A comma between a day and its year ("Nov 10th, 2026") is the date's, not a separator; a
# slash or a bar with spaces around ("1234567 / CSP Indirect Reseller") is one ("FR/BE",
# "15/03/2027" are not).
PIECE_SEPARATORS = re.compile(
    r"\s*(?:;|\n|,(?=\s)(?<!\d,)(?<!\d[A-Za-z]{2},)|,(?=\s)(?!\s*(?:19|20)\d\d\b(?![-/.]\d)))\s*"
    r"|\s+[/|]\s+"
)
# Fewer pieces than this and a message is one answer (unless a dialog found values in it).
MIN_PIECES = 2
# The longest message read for several answers (a longer one is one answer, as before),
# and the most pieces: a form has at most eight fields, and each piece may cost a reader
# a near-miss search (about 2 ms for a country), so a message of 200 commas is one answer.
MAX_MESSAGE_LENGTH = 1000
MAX_PIECES = 16


@dataclass(frozen=True)
class Several:
    """What one message said: the values taken, in the order kept, and what was not."""

    values: tuple[tuple[str, Any], ...]
    # Pieces that fit more than one question: asked about, never guessed.
    unsure: tuple[str, ...] = ()
    # Pieces that fit no question still open.
    unread: tuple[str, ...] = ()
    # For an unread piece a reader found close to a value: that value ("Frnace": France).
    hints: tuple[tuple[str, str], ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.values)


@dataclass(frozen=True)
class Reader:
    """How one field is read from a piece of a message."""

    field: str
    # piece -> value, raising UserInputError when the piece is not this field's.
    read: Callable[[str], Any]
    # Keeps a value on the draft, so the readers after it see it.
    keep: Callable[[Any], None]
    # A piece starting with this is this field's (the label is dropped before reading).
    label: re.Pattern[str] | None = None
    # Whether a piece names the value exactly (choices): exact beats mentioned.
    exact: Callable[[str], bool] | None = None
    # Takes any text: only the one piece no other field took.
    free_text: bool = False
    # The value the draft holds now (None: nothing yet).
    current: Callable[[], Any] | None = None
    # Readers of one kind (a campaign's start and end) take a piece that fits them all in
    # their order: one date with a name is the start.
    kind: str | None = None

    @property
    def answered(self) -> bool:
        value = self.current() if self.current is not None else None
        return value not in (None, "", [])


@dataclass
class Found:
    """Values a dialog found anywhere in the message, and the text left to cut in pieces."""

    rest: str
    values: list[tuple[str, Any]] = field(default_factory=list)
    # Text the dialog recognised as a value it could not take, with the value it is close
    # to if any ("fin juin" in a range: 30 June), said back as not understood.
    unread: list[tuple[str, str | None]] = field(default_factory=list)


def pieces(text: str) -> list[str]:
    return [piece.strip(" .") for piece in PIECE_SEPARATORS.split(text) if piece.strip(" .")]


def read(
    text: str, readers: list[Reader], found: Found | None = None, asked: str | None = None
) -> Several | None:
    """The fields `text` names, or None when it is one answer (one piece, nothing found).

    `found` holds what the dialog took out first. A field the draft has already (other
    than the one `asked`) changes only when a piece names it by its label.
    """
    if len(text) > MAX_MESSAGE_LENGTH or len(PIECE_SEPARATORS.findall(text)) >= MAX_PIECES:
        return None
    already = {r.field for r in readers if r.field != asked and r.answered}
    found = found or Found(rest=text)
    by_field = {reader.field: reader for reader in readers}
    taken: dict[str, Any] = {}
    for name, value in found.values:
        if name in by_field and name not in taken:
            by_field[name].keep(value)
            taken[name] = value
    parts = pieces(found.rest)
    if len(parts) + len(taken) < MIN_PIECES or len(parts) > MAX_PIECES:
        return None
    unsure: list[str] = []
    unread: list[str] = [piece for piece, _ in found.unread]
    open_pieces: list[str] = []
    # Labelled pieces first: "plan limit 50,000" settles the limit before a bare number
    # is weighed between the partner id and an amount.
    for piece in parts:
        reader, rest = _labelled(piece, readers)
        if reader is None or reader.field in taken:
            open_pieces.append(piece)
            continue
        try:
            value = reader.read(rest)
        except UserInputError:
            # Not that field after all ("Start-up days" is a name, not a start date).
            open_pieces.append(piece)
            continue
        reader.keep(value)
        taken[reader.field] = value
    claims: dict[str, list[tuple[str, Any, bool]]] = {}
    leftovers: list[str] = []
    hints: dict[str, str] = {piece: hint for piece, hint in found.unread if hint}
    for piece in open_pieces:
        fits = []
        for reader in readers:
            if reader.free_text or reader.field in taken or reader.field in already:
                continue
            try:
                value = reader.read(piece)
            except UserInputError as error:
                suggestion = error.params.get("suggestion")
                if isinstance(suggestion, str):
                    hints.setdefault(piece, suggestion)
                continue
            exact = reader.exact(piece) if reader.exact is not None else True
            fits.append((reader, value, exact))
        exact_fits = [fit for fit in fits if fit[2]]
        if len(fits) > 1 and len(exact_fits) == 1:
            fits = exact_fits
        kinds = {fit[0].kind for fit in fits}
        if len(fits) > 1 and len(kinds) == 1 and None not in kinds:
            fits = fits[:1]  # readers are in asking order
        if len(fits) > 1 and any(fit[0].field == asked for fit in fits):
            # At the partner id's question, 1234567 is the partner id.
            fits = [fit for fit in fits if fit[0].field == asked]
        if len(fits) == 1:
            reader, value, exact = fits[0]
            claims.setdefault(reader.field, []).append((piece, value, exact))
        elif fits:
            unsure.append(piece)
        else:
            leftovers.append(piece)
    for reader in readers:
        claimed = claims.get(reader.field)
        if not claimed:
            continue
        exact = [claim for claim in claimed if claim[2]]
        chosen = exact[0] if len(exact) == 1 else claimed[0] if len(claimed) == 1 else None
        for claim in claimed:
            if claim is not chosen:
                leftovers.append(claim[0])
        if chosen is not None:
            try:
                value = reader.read(chosen[0])  # again, on the draft as it stands now
            except UserInputError:
                unread.append(chosen[0])
                continue
            reader.keep(value)
            taken[reader.field] = value
    free = [r for r in readers if r.free_text and r.field not in taken and r.field not in already]
    if free and len(leftovers) == 1 and any(char.isalpha() for char in leftovers[0]):
        try:
            value = free[0].read(leftovers[0])
            free[0].keep(value)
            taken[free[0].field] = value
            leftovers = []
        except UserInputError:
            pass
    # A piece that only repeats an answer already kept ("Rentrée" again) is no news.
    kept = {_plain(str(r.current())) for r in readers if r.answered}
    unread.extend(piece for piece in leftovers if _plain(piece) not in kept)
    if len(taken) < 1 or (len(taken) == 1 and not (unsure or unread) and not found.values):
        return None
    order = [reader.field for reader in readers]
    values = tuple(sorted(taken.items(), key=lambda item: order.index(item[0])))
    found_hints = tuple((piece, hints[piece]) for piece in unread if piece in hints)
    return Several(values, tuple(unsure), tuple(unread), found_hints)


def _plain(text: str) -> str:
    return " ".join(text.casefold().split())


def _labelled(piece: str, readers: list[Reader]) -> tuple[Reader | None, str]:
    for reader in readers:
        if reader.label is None:
            continue
        match = reader.label.match(piece)
        if match and match.end() < len(piece):
            return reader, piece[match.end() :].strip()
    return None, piece


def label(*words: str) -> re.Pattern[str]:
    """A field's label at the start of a piece: one of `words`, then ':', '=' or spaces."""
    alternatives = "|".join(words)
    return re.compile(rf"^(?:{alternatives})\b\s*[:=#]?\s*", re.IGNORECASE)
