"""An invoice's fields read from its text: supplier, number, date, totals, tax and currency.

`find_fields` works on the text `invoices.extract` got out of a document: pages joined,
one line of text per line of the page, words one space apart, so that columns side by
side share a line ("75002 Paris Facture n° F-2026-118"), and OCR's typos. It is pure and
bounded: no I/O, no logging (the text is a partner's document), only the first
`MAX_LINES` lines of at most `MAX_LINE_LENGTH` characters and `MAX_CHARACTERS` in all, and
no regular expression that can backtrack without bound: hostile text costs what a page
costs (about a millisecond).

How a document is read:

- What the document is comes from its first title: an invoice word ("FACTURE", "Invoice
  #4471", "Tax invoice") or another document's ("DEVIS", "Credit note", "PURCHASE ORDER",
  "Estimate", "Pro forma", "Statement"), in capitals, ending its line, followed by a number
  sign, or starting its line before a reference. Quotes, estimates, credit notes, purchase
  orders, pro formas and statements are not invoices to claim. Without a title, the word
  invoice or facture with a total or a number read is enough.
- Labels are a table per field and language (`_LABELS`), each with a strength, matched
  word by word (accent- and case-folded). Look-alikes (due date, N° TVA, customer no., "Net
  30", "À reporter") are matched too: what follows them is never read as a field, and they
  end the value of the label before them.
- A value follows its label on the same line, up to the next label. Or it is under it:
  lines of labels only, then lines of values only, read in order, each value of its
  label's kind (a column of labels and a column of values, as OCR reads a totals table;
  a row of labels over a row of values, as in a banner of boxes). Every value must be
  read and every value line used up, or none is taken.
- Amounts go through `domain.money.parse_amount` and dates through
  `domain.dates.parse_date`: the document's own amounts (1 234,56 or 1,234.56) choose its
  decimal mark; its language and currency, the day/month order of 04/05/2026. OCR's digit
  look-alikes are mended only inside runs of digits ("2 4OO,0O", "l5O", "l 200,00").

Confidence, 0..1 for each field found (`CERTAIN` and above: used as read):

1. The label's strength: 0.95 for "Total TTC", "Amount due", "Invoice date", "Facture n°";
   0.85 for a bare "Total" or "Tax", 0.9 for "Date"; the supplier 0.85 after "From:",
   0.7 from the top lines; a value under its label rather than beside it × 0.9.
2. Multiplied, for OCR, by the engine's confidence (`_OCR_DEFAULT` when it gave none),
   except where readings made apart agree (4); below `LOW_OCR_CONFIDENCE`, all is asked.
3. Capped below CERTAIN by any doubt about the value itself: mended OCR digits, a grouping
   only the locale decided ("1,500"), a numeric date whose order the document does not
   settle, other values read for the field, an OCR'd number where letters touch digits.
4. Agreement settles: total excl. tax + tax = total (to 0.01) makes all three
   `_CONSISTENT`, mended digits or not, and amounts that contradict each other are all
   capped; a due date at a usual term after the issue date, or the same currency marked on
   three amounts, is not doubted for OCR's sake.
5. So a value that could be wrong stays below CERTAIN: the partner is asked, never told.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from domain.dates import parse_date
from domain.errors import UserInputError
from domain.invoice import CERTAIN, READ_FIELDS, InvoiceReading, ReadingMethod, ReadingStatus
from domain.money import CURRENCY_MINOR_UNITS, parse_amount, parse_currency
from domain.text import fold

# Work bounds: an invoice's fields are on its first pages; the rest is lines and terms.
MAX_CHARACTERS = 20_000
MAX_LINES = 200  # lines with text
MAX_LINE_LENGTH = 300
# Fewer letters and digits than this in all: a blank page, a blurry photo.
MIN_CHARACTERS = 25
# Below this OCR confidence, a document where nothing was found is unreadable.
LOW_OCR_CONFIDENCE = 0.4

_UNSURE = round(CERTAIN - 0.1, 2)  # cap for a value with a doubt of its own
_CONFLICT = round(CERTAIN - 0.2, 2)  # cap for values the document contradicts
_CONSISTENT = 0.95  # amounts that add up
# Factor for a value found under its label rather than beside it: a bare "Total" read
# across lines stays below CERTAIN unless the amounts add up.
_PAIRED = 0.9
_OCR_DEFAULT = 0.9  # an OCR engine that gave no confidence
# `parse_date` anchors relative dates on it; invoices write their years, and a date
# without one is not read, so its value never matters.
_TODAY = date(2000, 1, 1)

_AMOUNTS = ("total", "total_excl_tax", "tax")
# Pseudo-fields of the label table: labels that are no field's, matched so that what
# follows them is not read as one.
_BUYER = "buyer"  # the customer's block: never the supplier
_OTHER = "other"  # order and delivery dates, VAT ids, customer numbers, payment terms…
_NO_TAX = "no_tax"  # "TVA non applicable": a total equal to the total excl. tax adds up
_DUE_ON = "due_on"  # the due date: read, not kept, it vouches for the issue date

# ---- labels ---------------------------------------------------------------------------------
#
# Phrases in folded words (no accents, lower case); "a|b" is either word; "NO" is a number
# sign (n°, no, nr, num, numero, number, #). A label's words may be up to three spaces or
# punctuation marks apart ("Total (incl. VAT)", "N° de facture"); a phrase ending with ":"
# needs its colon ("De :", "From:"), the word alone being common.

_LABELS: dict[str, dict[str, tuple[tuple[str, float], ...]]] = {
    "total": {
        "fr": (
            ("net a payer", 0.95),
            ("total ttc|t.t.c|tic", 0.95),  # OCR reads TTC as TIC
            ("totalttc", 0.95),  # and glues words
            ("montant ttc|t.t.c", 0.95),
            ("montant total ttc", 0.95),
            ("total toutes taxes comprises", 0.95),
            ("total a payer", 0.95),
            ("montant a payer", 0.93),
            ("reste a payer", 0.9),
            ("solde a payer|du", 0.9),
            ("montant du", 0.9),
            ("total facture", 0.9),
            ("montant total", 0.85),
        ),
        "en": (
            ("amount due", 0.95),
            ("total due", 0.95),
            ("total amount due", 0.95),
            ("balance due", 0.93),
            ("amount payable", 0.93),
            ("total payable", 0.93),
            ("total to pay", 0.93),
            ("total incl|inc|including|inclusive vat|tax|taxes|gst", 0.95),
            ("grand total", 0.93),
            ("invoice total", 0.93),
            ("invoice amount", 0.85),
            ("total amount", 0.85),
            ("total", 0.85),  # French too
        ),
    },
    "total_excl_tax": {
        "fr": (
            ("total ht|h.t", 0.95),
            ("totalht", 0.95),
            ("montant ht|h.t", 0.95),
            ("total hors taxes|taxe|tva", 0.95),
            ("montant hors taxes|taxe|tva", 0.95),
            ("sous total", 0.9),
            ("soustotal", 0.9),
            ("sous total ht|h.t", 0.95),
            ("total net ht|h.t", 0.95),
            ("montant net ht|h.t", 0.95),
        ),
        "en": (
            ("subtotal", 0.9),
            ("sub total", 0.9),
            ("total excl|excluding|ex|before vat|tax|taxes|gst", 0.95),
            ("amount excl|excluding|before vat|tax|taxes", 0.93),
            ("net amount", 0.9),
            ("net total", 0.9),
            ("net", 0.85),  # starts a line
        ),
    },
    "tax": {
        "fr": (
            ("tva", 0.9),
            ("total tva", 0.95),
            ("montant tva", 0.95),
            ("montant de la tva", 0.95),
            ("dont tva", 0.9),
            ("tps", 0.9),
            ("tvq", 0.9),
        ),
        "en": (
            ("vat", 0.9),
            ("total vat", 0.95),
            ("vat amount", 0.95),
            ("tax", 0.85),
            ("taxes", 0.85),
            ("tax amount", 0.95),
            ("total tax|taxes", 0.95),
            ("sales tax", 0.9),
            ("gst", 0.9),
            ("hst", 0.9),
            ("pst", 0.9),
            ("qst", 0.9),
            ("mwst", 0.9),
        ),
    },
    "issued_on": {
        "fr": (
            ("date de facture", 0.95),
            ("date de facturation", 0.95),
            ("date de la facture", 0.95),
            ("date d emission", 0.95),
            ("emise le", 0.9),
            ("facture du", 0.9),
            ("le", 0.8),  # "Le 03/10/2026 12:41" on a till receipt; starts a line
        ),
        "en": (
            ("invoice date", 0.95),
            ("date of invoice", 0.95),
            ("date of issue", 0.95),
            ("issue date", 0.95),
            ("date issued", 0.95),
            ("issued on", 0.9),
            ("issued", 0.85),
            ("billing date", 0.9),
            ("invoice dated", 0.9),
            ("dated", 0.85),
            ("date", 0.9),  # French too; due, order, delivery dates are look-alikes
        ),
    },
    "number": {
        "fr": (
            ("facture NO", 0.95),
            ("NO de facture", 0.95),
            ("NO facture", 0.95),
            ("reference facture", 0.9),
            ("facture", 0.85),  # "Facture 2026-014": starts a line, value beside it
        ),
        "en": (
            ("invoice NO", 0.95),
            ("tax invoice NO", 0.95),
            ("inv NO", 0.9),
            ("invoice id|ref|reference", 0.9),
            ("receipt NO", 0.9),
            ("bill NO", 0.85),
            ("invoice", 0.85),  # "Invoice 2026-031": starts a line, value beside it
            ("NO", 0.8),  # "N° : F-12", "Numéro PF-311", "No. 4471" (French too); starts a line
        ),
    },
    "supplier": {  # all start a line
        "fr": (
            ("emetteur", 0.85),
            ("fournisseur", 0.85),
            ("prestataire", 0.85),
            ("vendeur", 0.85),
            ("emis par", 0.85),
            ("de:", 0.85),
        ),
        "en": (
            ("from:", 0.85),
            ("supplier", 0.85),
            ("vendor", 0.85),
            ("seller", 0.85),
            ("issued by", 0.85),
            ("bill|billed from|by", 0.85),
        ),
    },
}

# fmt: off
_MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    _DUE_ON: {
        "fr": ("echeance", "date d echeance", "date limite de paiement|reglement",
               "a payer|regler avant le"),
        "en": ("due", "due date", "due on|by", "payment due"),
    },
    _BUYER: {
        "fr": ("facture|facturer|facturee a", "facture au nom de", "adresse de facturation",
               "client", "destinataire", "livre|livrer a", "adresse de livraison",
               "a l attention de"),
        "en": ("bill|billed|invoice|sold|ship|shipped to", "customer", "deliver to", "attn",
               "attention"),
    },
    _OTHER: {
        "fr": (
            # other dates
            "date de commande", "bon de commande du", "commande du", "date de livraison",
            "date de prestation", "date de la prestation", "date de l evenement",
            "date de paiement|reglement", "periode", "valable jusqu au",
            # other numbers
            "NO client|commande|devis|compte|siret|siren|tva",
            "NO de client|commande|devis|compte|tva", "NO de bon de commande",
            "NO bon de commande", "NO tva intracommunautaire|intracom|intra", "client NO",
            "bon de commande NO", "devis NO", "tva intracommunautaire|intracom|intra",
            "identifiant tva", "siret", "siren", "rcs", "ide",
            # other amounts and rates
            "taux tva", "taux de tva", "acompte", "deja regle|paye|verse", "remise",
            "escompte", "frais de port", "a reporter", "report",
        ),
        "en": (
            "payment date", "order date", "ship|shipping|delivery date", "service date",
            "event date", "period", "valid until", "expiry|expiration date",
            "customer|client|account|order|po|quote|quotation|estimate NO",
            "customer|client|account id", "purchase order NO", "vat|gst|hst|tax NO",
            "vat|gst|hst reg|registration", "vat|tax id", "uid", "abn", "ein",
            "tax rate", "vat rate", "amount paid", "paid", "deposit", "discount", "shipping",
            "carried forward", "net 7|10|14|15|21|30|45|60|90 days",
        ),
    },
    _NO_TAX: {
        "fr": ("tva non applicable", "exonere|exoneree|exoneration de tva", "autoliquidation"),
        "en": ("no vat|tax|gst", "no sales tax", "vat|tax exempt", "vat not applicable",
               "reverse charge"),
    },
}
# fmt: on

# Words common enough that they are a label only where a line starts.
_LINE_START_ONLY = frozenset({"net", "NO", "le", "facture", "invoice"})
# Labels whose value is only ever beside them: "INVOICE" alone on a line is a title.
_SAME_LINE_ONLY = frozenset({"facture", "invoice", "le"})
# Totals only an invoice asks for: with an amount, they say invoice when OCR lost the title.
# fmt: off
_AMOUNT_DUE = frozenset({
    "net a payer", "total a payer", "montant a payer", "reste a payer", "solde a payer|du",
    "montant du", "amount due", "total due", "total amount due", "balance due",
    "amount payable", "total payable",
})
# fmt: on

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[#°]")
_NUMBER_SIGNS: tuple[tuple[str, ...], ...] = (
    ("n", "°"),
    ("no",),
    ("nr",),
    ("num",),
    ("numero",),
    ("number",),
    ("#",),
)
# Between a label's words: "Total (incl. VAT)", "N° de facture"; not "Net £10,400.42".
_MAX_GAP = 3
_GAP = re.compile(r"[\s.:()\-/,']*")
_COLON = re.compile(r" ?:")


@dataclass(frozen=True)
class _Label:
    field: str
    strength: float
    words: tuple[str, ...]
    colon: bool = False
    line_start: bool = False
    same_line: bool = False
    amount_due: bool = False


def _expand(phrase: str) -> list[tuple[str, ...]]:
    """The word sequences a phrase of the label table stands for."""
    sequences: list[tuple[str, ...]] = [()]
    for word in phrase.split():
        options = (
            _NUMBER_SIGNS
            if word == "NO"
            else [tuple(_TOKEN.findall(choice)) for choice in word.split("|")]
        )
        sequences = [sequence + option for sequence in sequences for option in options]
    return sequences


def _label_index() -> dict[str, tuple[_Label, ...]]:
    """Labels by first word, longest first, so that "Total HT" wins over "Total"."""
    entries: list[tuple[str, str, float]] = []
    for name, languages in _LABELS.items():
        entries += [(name, p, s) for phrases in languages.values() for p, s in phrases]
    for name, languages in _MARKERS.items():
        entries += [(name, p, 0.0) for phrases in languages.values() for p in phrases]
    index: dict[str, list[_Label]] = {}
    seen: set[tuple[str, ...]] = set()
    for name, phrase, strength in entries:
        bare = phrase.rstrip(":")
        label = _Label(
            name,
            strength,
            (),
            colon=phrase.endswith(":"),
            line_start=name == "supplier" or bare in _LINE_START_ONLY,
            same_line=bare in _SAME_LINE_ONLY,
            amount_due=bare in _AMOUNT_DUE,
        )
        for words in _expand(bare):
            if words not in seen:  # the first entry for a phrase wins
                seen.add(words)
                index.setdefault(words[0], []).append(replace(label, words=words))
    return {
        first: tuple(sorted(labels, key=lambda label: -len(label.words)))
        for first, labels in index.items()
    }


_LABEL_INDEX = _label_index()

# ---- titles -----------------------------------------------------------------------------------

# fmt: off
_INVOICE_TITLES = (
    "invoice", "tax invoice", "vat invoice", "sales invoice", "commercial invoice",
    "facture", "facture acquittee", "note d honoraires", "receipt", "sales receipt", "recu",
    "bill",
)
_OTHER_TITLES = (
    "avoir", "facture d avoir", "credit note", "credit memo", "note de credit",
    "devis", "quote", "quotation", "estimate",
    "purchase order", "bon de commande", "order confirmation", "confirmation de commande",
    "pro forma", "proforma", "pro forma invoice", "proforma invoice", "facture pro forma",
    "facture proforma",
    "delivery note", "bon de livraison", "packing slip",
    "statement", "statement of account", "releve de compte", "remittance advice",
)
# fmt: on


def _alternatives(phrases: tuple[str, ...]) -> str:
    words = (r"[\s.'\-]{0,3}".join(map(re.escape, p.split())) for p in phrases)
    return "|".join(sorted(words, key=len, reverse=True))


_KIND_WORD = re.compile(
    rf"(?<![^\W\d_])(?:(?P<other>{_alternatives(_OTHER_TITLES)})"
    rf"|(?P<invoice>{_alternatives(_INVOICE_TITLES)}))(?![^\W\d_])"
)
# After a title: the end of the line, a number sign, a colon ("Facture n° 12", "INVOICE").
_TITLE_END = re.compile(r"\s*(?:$|[:#(/|]|(?:n\s?°|no|nr|num|numero|number)(?![^\W\d_]))")
# After a title that starts a line: a reference ("Invoice 2026-031", "Credit note CN-12").
_REFERENCE = re.compile(r"\s+[\w\-/.]{0,20}\d")
_INVOICE_WORD = re.compile(r"(?<![^\W\d_])(?:invoice|facture)(?![^\W\d_])")

# ---- text normalization ---------------------------------------------------------------------

_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ud800-\udfff]"
)
_PUNCTUATION = str.maketrans(
    {
        "\t": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
    }
)
# A run of digits where OCR read letters for some (2 4OO,0O; l5O): mended one for one.
_DIGIT_RUN = re.compile(r"(?<![^\W\d_])[\dOolI|S][\dOolI|S.,]*")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_S_FOR_FIVE = re.compile(r"(?<=\d)S(?=\d)")
# "l 200,00": a lone l for the 1 of a thousands group.
_LONE_ONE = re.compile(r"(?<![^\W\d_])[lI|](?= \d{3}(?!\d))")


def _mended(text: str) -> str:
    """`text` with OCR's digit look-alikes mended inside runs of digits, one character for
    one, so that positions stay those of the line as read."""

    def run(match: re.Match[str]) -> str:
        digits = match.group()
        if not any(c.isdigit() for c in digits):
            return digits
        return _S_FOR_FIVE.sub("5", digits.translate(_OCR_DIGITS))

    return _LONE_ONE.sub("1", _DIGIT_RUN.sub(run, text))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)[:1] or " "


def _folded(text: str) -> str:
    """`fold`, one character for one, so that a span of the folded line is one of the line."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(char) for char in text)


@dataclass(frozen=True)
class _Line:
    shown: str  # as read, normalized (NFKC, dashes, apostrophes), for names and ids
    numeric: str  # the same with OCR digits mended, for amounts
    plain: str  # `numeric` folded, for labels, titles and dates


def _lines(text: str) -> list[_Line]:
    """The lines with text, normalized, within the bounds."""
    lines: list[_Line] = []
    for raw in text[:MAX_CHARACTERS].splitlines():
        cleaned = _INVISIBLE.sub("", raw[:MAX_LINE_LENGTH])
        shown = " ".join(unicodedata.normalize("NFKC", cleaned).translate(_PUNCTUATION).split())
        if shown:
            numeric = _mended(shown[:MAX_LINE_LENGTH])
            lines.append(_Line(shown[:MAX_LINE_LENGTH], numeric, _folded(numeric)))
            if len(lines) >= MAX_LINES:
                break
    return lines


def _line_start(plain: str, position: int) -> bool:
    return not any(c.isalnum() for c in plain[:position])


# ---- the document's conventions: language, decimal mark, currency, date order ----------------

_FRENCH_WORDS = frozenset(
    "facture tva ttc ht montant payer echeance reglement siret siren le la les des du de et"
    " pour par merci paiement rue sous jours prix qte designation conditions numero avoir"
    " devis societe adresse".split()
)
_ENGLISH_WORDS = frozenset(
    "invoice vat tax amount due subtotal payment bill the and for of to thank you terms"
    " street qty description price number from please days ltd inc suite item rate".split()
)
_WORD = re.compile(r"[^\W\d_]+")
# An amount's cents: "400,00", "1,234.56"; not "05.10.2026" nor "9,975".
_DECIMALS = re.compile(r"\d([.,])\d{2}(?!\d|[.,]\d)")
_NUMERIC_DATE_PARTS = re.compile(
    r"(?<![\d/.\-])(\d{1,2})[./\-](\d{1,2})[./\-](?:\d{4}|\d{2})(?!\d)"
)
_MARK = r"[€£¥₹$]|(?<![^\W\d_])(?:[A-Z]{1,3}\$|S?Fr\.(?= ?\d)|[A-Z]{3}|(?i:euros?))(?![^\W\d_])"
_CURRENCY_MARK = re.compile(_MARK)
_MARK_BEFORE = re.compile(rf"(?:{_MARK}) ?$")  # "€1,234.56", "EUR 5,880.60"
_MARK_AT = re.compile(rf"(?:{_MARK}) ?")
_MARK_AFTER = re.compile(rf" ?(?:{_MARK})")  # "2 400,00 €", "1'249.91 CHF"
# Codes worth a vote wherever they are written ("amounts in CAD"); another code counts
# only next to a number ("PHP" is also a programming language).
_COMMON_CODES = frozenset({"EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "SEK"})
_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"})
# Where a bare "$" may well not be US dollars.
_DOLLAR_ELSEWHERE = re.compile(
    r"(?<![^\W\d_])(?:gst|hst|pst|qst|tps|tvq|abn|canada|canadian|canadien|quebec|ontario"
    r"|australia|australian|new zealand|singapore|hong kong|mexico)(?![^\W\d_])"
)


@dataclass(frozen=True)
class _Context:
    money_locale: str  # for parse_amount: "fr" reads a decimal comma, "en" a decimal point
    cents_seen: bool  # the document writes its amounts with cents
    currency: _Currency
    date_locale: str  # for parse_date: "fr" is day first, "en-US" month first
    date_order_sure: bool


def _context(lines: list[_Line]) -> _Context:
    words = Counter(w for line in lines for w in _WORD.findall(line.plain))
    french = sum(n for w, n in words.items() if w in _FRENCH_WORDS)
    english = sum(n for w, n in words.items() if w in _ENGLISH_WORDS)
    language = "fr" if french > english else "en"

    marks = Counter(m.group(1) for line in lines for m in _DECIMALS.finditer(line.numeric))
    if marks[","] != marks["."]:
        money_locale = "fr" if marks[","] > marks["."] else "en"
    else:
        money_locale = language

    currency = _currency(lines, language, money_locale)
    date_locale, date_order_sure = _date_order(lines, language, currency.code)
    return _Context(
        money_locale=money_locale,
        cents_seen=bool(marks),
        currency=currency,
        date_locale=date_locale,
        date_order_sure=date_order_sure,
    )


def _mark_code(mark: str) -> str | None:
    """The ISO code a currency mark stands for; "$" stays "$", the document says which."""
    if mark == "$":
        return "$"
    try:
        code = parse_currency(mark)
    except UserInputError:
        return None
    return code if code in CURRENCY_MINOR_UNITS else None


# Marks beside this many amounts, and no other currency: OCR read the same mark each time.
_REPEATED = 3


@dataclass(frozen=True)
class _Currency:
    code: str | None
    confidence: float
    repeated: bool  # beside `_REPEATED` amounts or more: not to be doubted for OCR's sake


def _currency(lines: list[_Line], language: str, money_locale: str) -> _Currency:
    """The document's currency and how sure that is: a mark next to a number counts
    double; a bare "$" is US dollars unless the document names another dollar, and not
    for sure in French, with decimal commas, or with Canadian or Australian words."""
    votes: Counter[str] = Counter()
    beside: Counter[str] = Counter()
    for line in lines:
        text = line.numeric
        for match in _CURRENCY_MARK.finditer(text):
            code = _mark_code(match.group())
            if code is None:
                continue
            start, end = match.span()
            if re.search(r"\d[\s(]?$", text[max(0, start - 2) : start]) or re.match(
                r"[\s)]?[\d-]", text[end : end + 2]
            ):
                votes[code] += 2
                beside[code] += 1
            elif len(match.group()) != 3 or code in _COMMON_CODES:
                votes[code] += 1
    dollars, dollars_beside = votes.pop("$", 0), beside.pop("$", 0)
    guessed_dollar = False
    if dollars:
        named = [code for code in votes if code in _DOLLARS]
        guessed_dollar = not named
        dollar = named[0] if len(named) == 1 else "USD"
        votes[dollar] += dollars
        beside[dollar] += dollars_beside
    if not votes:
        return _Currency(None, 0.0, repeated=False)
    (code, weight), *others = votes.most_common()
    confidence = 0.95
    if others and others[0][1] * 2 >= weight:
        confidence = _CONFLICT
    elif guessed_dollar:
        elsewhere = (
            language == "fr"
            or money_locale == "fr"
            or any(_DOLLAR_ELSEWHERE.search(x.plain) for x in lines)
        )
        confidence = _CONFLICT if elsewhere else 0.85
    return _Currency(code, confidence, repeated=not others and beside[code] >= _REPEATED)


def _date_order(lines: list[_Line], language: str, currency: str | None) -> tuple[str, bool]:
    """Day or month first in dd/mm/yyyy dates, and whether the document settles it. One of
    its dates with a part above 12 proves the order; otherwise French, or English with a
    currency other than US or Canadian dollars, is day first; English in USD is month
    first; English without a currency, or in CAD (both orders are used there), is unsure."""
    day_first = month_first = False
    for line in lines:
        for match in _NUMERIC_DATE_PARTS.finditer(line.plain):
            first, second = int(match.group(1)), int(match.group(2))
            day_first |= first > 12 >= second
            month_first |= second > 12 >= first
    if day_first != month_first:
        return ("en-US" if month_first else "fr"), True
    if day_first:  # both: the document contradicts itself
        return "fr", False
    if language == "fr":
        return "fr", True
    if currency == "USD":
        return "en-US", True
    return "fr", currency not in (None, "CAD")


# ---- values -----------------------------------------------------------------------------------

_AMOUNT = re.compile(
    r"(?<![\w.,/'])(?:\d{1,3}(?:[ ']\d{3})+|\d+(?:[.,]\d{3})*)(?: ?[.,] ?\d{1,2})?(?![.,]?\d)"
)
_PERCENT = re.compile(r" ?%")
_NEGATIVE = re.compile(r"[-(][€$£]?$")


@dataclass(frozen=True)
class _Amount:
    value: Decimal
    end: int
    money_like: bool  # cents, or a currency mark beside it, or a document without cents
    # Mended OCR digits; a grouping only the locale decided ("1,500"); no cents where
    # the document writes them ("1 71€" for "1,71 €").
    doubt: bool


def _amounts(line: _Line, start: int, end: int, context: _Context) -> Iterator[_Amount]:
    """The amounts between `start` and `end` of `line`, left to right: not rates ("20 %"),
    not negative ("-720,00", "(720.00)"); zero only as such (a tax of 0.00)."""
    text = line.numeric
    for match in _AMOUNT.finditer(text, start, end):
        left, right = match.span()
        if _PERCENT.match(text, right) or _NEGATIVE.search(text[max(0, left - 2) : left]):
            continue
        token = match.group()
        number = re.sub(r" ?([.,]) ?(\d{1,2})$", r"\1\2", token)
        value = _number(number, context)
        if value is None:
            continue
        marks = (_MARK_BEFORE.search(text, max(0, left - 5), left), _MARK_AFTER.match(text, right))
        beside = any(m is not None and _mark_code(m.group().strip()) for m in marks)
        cents = bool(re.search(r"[.,]\d{2}$", number))
        mended = line.shown[left:right] != token or number != token
        ambiguous = not context.cents_seen and bool(re.fullmatch(r"\d{1,3}[.,]\d{3}", number))
        yield _Amount(
            value=value,
            end=right,
            money_like=cents or beside or not context.cents_seen,
            doubt=mended or ambiguous or (context.cents_seen and not cents),
        )


def _number(number: str, context: _Context) -> Decimal | None:
    if not number.strip("0 .,'"):
        return Decimal(0)
    try:
        currency = context.currency.code or "EUR"  # for its minor units: most have two
        return Decimal(parse_amount(number, currency, context.money_locale))
    except UserInputError:
        return None


def _money_at(line: _Line, position: int, context: _Context) -> _Amount | None:
    """The amount that starts at `position`, with its currency mark before or after it
    ("3 600,00 €", "EUR 5,880.60"), its end past the mark."""
    text = line.numeric
    before = _MARK_AT.match(text, position)
    if before is not None and _mark_code(before.group().strip()) is not None:
        position = before.end()
    match = _AMOUNT.match(text, position)
    if match is None:
        return None
    amount = next(_amounts(line, position, match.end(), context), None)
    if amount is None or amount.end != match.end():
        return None
    after = _MARK_AFTER.match(text, amount.end)
    if after is not None and _mark_code(after.group().strip()) is not None:
        amount = replace(amount, end=after.end())
    return amount


_WEEKDAY = r"(?:[a-z]{3,6}day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DATE_LEAD = re.compile(rf"[\s:.\-]*(?:(?:le|on|du|the)\s+)?(?:{_WEEKDAY},?\s+)?")
_DATE = re.compile(
    r"(?P<iso>\d{4}[./\-]\d{1,2}[./\-]\d{1,2})"
    r"|(?P<numeric>(?P<a>\d{1,2})[./\-](?P<b>\d{1,2})[./\-](?:\d{4}|\d{2}))"
    r"|(?P<words>\d{1,2}(?:er|st|nd|rd|th)?[ .\-]{1,3}[a-z]{3,9}\.?[ ,.\-]{1,3}\d{4}"
    r"|[a-z]{3,9}\.?[ ,.\-]{1,3}\d{1,2}(?:st|nd|rd|th)?[ ,.\-]{1,3}\d{4})"
    r"(?!\d)"
)


@dataclass(frozen=True)
class _Date:
    value: date
    end: int
    unsure: bool  # its day/month order is not settled, or OCR digits were mended in it


def _date_at(line: _Line, position: int, context: _Context) -> _Date | None:
    """The date that starts at `position` of `line` (after a colon, "le", a weekday)."""
    lead = _DATE_LEAD.match(line.plain, position)
    start = lead.end() if lead else position
    match = _DATE.match(line.plain, start)
    if match is None:
        return None
    text = match.group()
    try:
        if match["words"]:
            value = parse_date(text.replace("-", " "), "en", _TODAY)
        else:
            value = parse_date(text, context.date_locale, _TODAY)
    except UserInputError:
        return None
    swappable = bool(
        match["numeric"]
        and match["a"] != match["b"]
        and max(int(match["a"]), int(match["b"])) <= 12
    )
    unsure = (swappable and not context.date_order_sure) or (
        line.shown[start : match.end()] != line.numeric[start : match.end()]
    )
    return _Date(value, match.end(), unsure)


_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/_.]{0,39}")
_ID_LEAD = re.compile(r"[\s:#.°\-]*")
# Letters touching digits in an OCR'd number: "WW1-300451" for "WWI-300451", "1OO23".
_OCR_MIX = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")


@dataclass(frozen=True)
class _Id:
    value: str
    end: int
    doubt: bool


def _id_at(line: _Line, position: int, ocr: bool, *, second: bool = True) -> _Id | None:
    """The invoice number at `position`: the first token with a digit, or the second after
    a short one without ("INV 10023" gives 10023, doubtful); never a date."""
    lead = _ID_LEAD.match(line.shown, position)
    start = lead.end() if lead else position
    if _DATE.match(line.plain, start):
        return None
    for rank, match in enumerate(_ID.finditer(line.shown, start)):
        token = match.group().rstrip("-/_.")
        if any(c.isdigit() for c in token):
            doubtful = rank > 0 or (ocr and bool(_OCR_MIX.search(token)))
            return _Id(token, match.start() + len(token), doubtful)
        if rank > 0 or not second or len(token) > 4:
            return None
    return None


_NOT_A_NAME = re.compile(
    r"@|www\.|https?:|(?<![^\W\d_])(?:tel|phone|fax|mobile|siret|siren|rcs|tva|vat|ein|abn"
    r"|iban|bic|swift|capital|naf|ape|ide|uid|gst|hst|tps|tvq|page)(?![^\W\d_])"
)
_NAME_EDGES = " ,;:-|*•·"


def _name(shown: str, plain: str) -> str | None:
    """`shown` as a company's or person's name, or None when it is none: an address or a
    reference (two digits or more), contact details, registration numbers."""
    name = " ".join(shown.split()).strip(_NAME_EDGES)
    if not 2 <= len(name) <= 80 or sum(c.isalpha() for c in name) < 2:
        return None
    if sum(c.isdigit() for c in name) >= 2 or _NOT_A_NAME.search(plain):
        return None
    return name


# ---- reading the lines ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    label: _Label
    start: int
    end: int


def _hits(line: _Line) -> list[_Hit]:
    """The labels in `line`, left to right, the longest where several start at one word."""
    plain = line.plain
    tokens = list(_TOKEN.finditer(plain))
    words = [token.group() for token in tokens]
    hits: list[_Hit] = []
    index = 0
    while index < len(tokens):
        hit = _label_at(plain, tokens, words, index)
        if hit is None:
            index += 1
        else:
            hits.append(hit)
            index += len(hit.label.words)
    return hits


def _label_at(plain: str, tokens: list[re.Match[str]], words: list[str], index: int) -> _Hit | None:
    """The longest label whose words start at word `index`, close enough to be one."""
    for label in _LABEL_INDEX.get(words[index], ()):
        last = index + len(label.words) - 1
        if tuple(words[index : last + 1]) != label.words:
            continue
        gaps = [(tokens[k].end(), tokens[k + 1].start()) for k in range(index, last)]
        if any(b - a > _MAX_GAP or not _GAP.fullmatch(plain, a, b) for a, b in gaps):
            continue
        start, end = tokens[index].start(), tokens[last].end()
        if label.colon:
            colon = _COLON.match(plain, end)
            if colon is None:
                continue
            end = colon.end()
        if label.line_start and not _line_start(plain, start):
            continue
        return _Hit(label, start, end)
    return None


def _titles(line: _Line, hits: list[_Hit]) -> Iterator[str]:
    """The kinds of document ("invoice", "other") `line` has a title of (see the module's
    docstring); a kind word inside a label ("Invoice date", "Bill to") is none."""
    for match in _KIND_WORD.finditer(line.plain):
        start, end = match.span()
        if any(h.start <= start < h.end and h.label.field != "number" for h in hits):
            continue
        if (
            line.shown[start:end].isupper()
            or _TITLE_END.match(line.plain, end)
            or (_line_start(line.plain, start) and _REFERENCE.match(line.plain, end))
        ):
            yield "other" if match["other"] else "invoice"


def _kind(lines: list[_Line], hits: list[list[_Hit]]) -> str | None:
    """The first title's kind; "maybe" when there is none but the word invoice or facture
    is there; None when nothing says invoice."""
    for line, line_hits in zip(lines, hits, strict=True):
        for kind in _titles(line, line_hits):
            return kind
    if any(_INVOICE_WORD.search(line.plain) for line in lines):
        return "maybe"
    return None


@dataclass(frozen=True)
class _Candidate:
    value: object
    strength: float
    line: int
    doubt: bool  # something about the value itself is unsure


@dataclass
class _Found:
    candidates: dict[str, list[_Candidate]] = field(default_factory=dict)
    no_tax_said: bool = False
    amount_due: bool = False  # an amount read under an amount-due label
    buyer_line: int | None = None  # where the customer's block starts

    def add(self, name: str, value: object, strength: float, line: int, doubt: bool) -> None:
        self.candidates.setdefault(name, []).append(_Candidate(value, strength, line, doubt))


_FILLERS = frozenset(
    "a de du sur on at of rate taux ht ttc incl excl inc including excluding vat tax tva".split()
)
_RATE = re.compile(r"\d+(?:[.,]\d+)? ?%")


def _nothing_but_label(text: str) -> bool:
    """Whether what follows a label holds no value: punctuation, a rate, a currency
    ("Total TTC (EUR) :", "TVA 20 %", "Sales Tax (8.25%)")."""
    rest = _RATE.sub(" ", text)
    if any(c.isdigit() for c in rest):
        return False
    return all(w in _FILLERS or _mark_code(w.upper()) is not None for w in _WORD.findall(rest))


@dataclass(frozen=True)
class _Read:
    value: object
    end: int
    doubt: bool


def _value_beside(
    name: str, line: _Line, start: int, end: int, context: _Context, ocr: bool
) -> _Read | None:
    """Field `name`'s value between its label's end and the next label: the first amount
    that looks like money (doubtful when another one follows), the date that comes first,
    the number that comes first, the name."""
    if name in _AMOUNTS:
        amounts = [
            a
            for a in _amounts(line, start, end, context)
            if a.money_like and (a.value > 0 or name == "tax")
        ]
        if not amounts:
            return None
        first = amounts[0]
        return _Read(first.value, first.end, first.doubt or len(amounts) > 1)
    if name in ("issued_on", _DUE_ON):
        found = _date_at(line, start, context)
        return (
            None
            if found is None or found.end > end
            else _Read(found.value, found.end, found.unsure)
        )
    if name == "number":
        number = _id_at(line, start, ocr)
        return (
            None
            if number is None or number.end > end
            else _Read(number.value, number.end, number.doubt)
        )
    if name == "supplier":
        supplier = _name(line.shown[start:end], line.plain[start:end])
        return None if supplier is None else _Read(supplier, end, False)
    return None


# What a value under a label may be, by the label's field; a look-alike's value is read
# only to be passed over. Names (supplier, customer) are never read under a label.
_UNDER: dict[str, tuple[str, ...]] = {
    "total": ("money",),
    "total_excl_tax": ("money",),
    "tax": ("money",),
    "issued_on": ("date",),
    _DUE_ON: ("date",),
    "number": ("id",),
    _OTHER: ("date", "money", "id"),
    _NO_TAX: ("date", "money", "id"),
}


def _value_under(
    name: str, line: _Line, position: int, context: _Context, ocr: bool
) -> _Read | None:
    """The value of field `name` (or of a look-alike label) that starts at `position` of a
    line of values: an amount, a date or a number, of the label's kind."""
    readers = _UNDER.get(name, ())
    position += len(line.plain[position:]) - len(line.plain[position:].lstrip())
    for reader in readers:
        if reader == "date":
            found = _date_at(line, position, context)
            if found is not None:
                return _Read(found.value, found.end, found.unsure)
        elif reader == "money":
            amount = _money_at(line, position, context)
            if amount is not None and amount.money_like and (amount.value > 0 or name == "tax"):
                return _Read(amount.value, amount.end, amount.doubt)
        else:
            number = _id_at(line, position, ocr, second=False)
            if number is not None:
                return _Read(number.value, number.end, number.doubt)
    return None


def _pair(
    pending: list[_Hit],
    rows: list[int],
    lines: list[_Line],
    context: _Context,
    ocr: bool,
    found: _Found,
) -> None:
    """Values under a run of label-only lines: read in order from the value lines, each of
    its label's kind; taken only when every label gets one and the lines end with them."""
    reads: list[tuple[_Hit, _Read, int]] = []
    remaining = iter(rows)
    row, position = next(remaining, None), 0
    for hit in pending:
        while row is not None and not lines[row].plain[position:].strip():
            row, position = next(remaining, None), 0
        if row is None:
            return
        read = _value_under(hit.label.field, lines[row], position, context, ocr)
        if read is None:
            return
        reads.append((hit, read, row))
        position = read.end
    if row is None or lines[row].plain[position:].strip():
        return
    for hit, read, number in reads:
        if hit.label.field in _LABELS or hit.label.field == _DUE_ON:
            found.add(hit.label.field, read.value, hit.label.strength * _PAIRED, number, read.doubt)
            found.amount_due |= hit.label.amount_due


def _scan(lines: list[_Line], hits: list[list[_Hit]], context: _Context, ocr: bool) -> _Found:
    """Every labelled value: beside its label, or under it (see the module's docstring)."""
    found = _Found()
    pending: list[_Hit] = []  # the labels of a run of label-only lines
    rows: list[int] = []  # the value lines under them

    def pair() -> None:
        if pending and rows:
            _pair(pending, rows, lines, context, ocr, found)
        pending.clear()
        rows.clear()

    for number, (line, line_hits) in enumerate(zip(lines, hits, strict=True)):
        if not line_hits:
            if pending and any(c.isdigit() for c in line.plain):
                rows.append(number)
            else:
                pair()
            continue
        if rows:
            pair()
        label_only = _line_start(line.plain, line_hits[0].start)
        for rank, hit in enumerate(line_hits):
            name = hit.label.field
            end = line_hits[rank + 1].start if rank + 1 < len(line_hits) else len(line.plain)
            found.no_tax_said |= name == _NO_TAX
            if name == _BUYER and found.buyer_line is None:
                found.buyer_line = number
            read = _value_beside(name, line, hit.end, end, context, ocr)
            if read is not None:
                found.add(name, read.value, hit.label.strength, number, read.doubt)
                found.amount_due |= hit.label.amount_due
                label_only = False
            elif hit.label.same_line or not _nothing_but_label(line.numeric[hit.end : end]):
                label_only = False
            elif name == "supplier":
                _supplier_below(lines, hits, number, hit, found)
        if label_only:
            pending.extend(line_hits)
        else:
            pending.clear()
    pair()
    return found


def _supplier_below(
    lines: list[_Line], hits: list[list[_Hit]], number: int, hit: _Hit, found: _Found
) -> None:
    """A supplier label alone on its line ("From:"): the name is the next line."""
    if number + 1 < len(lines) and not hits[number + 1]:
        below = lines[number + 1]
        name = _name(below.shown, below.plain)
        if name is not None:
            found.add("supplier", name, hit.label.strength, number + 1, False)


# How far down the supplier's name may be found, and how sure that is.
_TOP_LINES = 12
_FIRST_LINES = 3
_TOP_NAME = 0.7
_LOWER_NAME = 0.6


def _supplier_on_top(lines: list[_Line], hits: list[list[_Hit]], found: _Found) -> None:
    """The first name at the top of the page, above the customer's block, where invoices
    put their supplier: a piece of a line between its labels and title words that reads
    as a name ("Fabrikam SAS" of "Fabrikam SAS FACTURE"; not "75002 Paris")."""
    for number, line in enumerate(lines[:_TOP_LINES]):
        if found.buyer_line is not None and number >= found.buyer_line:
            return
        cuts = [(h.start, h.end) for h in hits[number]]
        cuts += [m.span() for m in _KIND_WORD.finditer(line.plain)]
        position = 0
        for start, end in [*sorted(cuts), (len(line.plain), len(line.plain))]:
            if start > position:
                name = _name(line.shown[position:start], line.plain[position:start])
                if name is not None:
                    strength = _TOP_NAME if number < _FIRST_LINES else _LOWER_NAME
                    found.add("supplier", name, strength, number, False)
                    return
            position = max(position, end)


# ---- deciding ---------------------------------------------------------------------------------


@dataclass
class _Settled:
    values: dict[str, object] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)

    def set(self, name: str, value: object, confidence: float) -> None:
        self.values[name] = value
        self.confidence[name] = confidence

    def cap(self, names: tuple[str, ...], ceiling: float) -> None:
        for name in names:
            if name in self.confidence:
                self.confidence[name] = min(self.confidence[name], ceiling)


def _confidence(candidate: _Candidate, factor: float, *, disputed: bool) -> float:
    confidence = candidate.strength * factor
    return min(confidence, _UNSURE) if candidate.doubt or disputed else confidence


def _comparable(value: object) -> object:
    return fold("".join(c for c in value if c.isalnum())) if isinstance(value, str) else value


def _best(candidates: list[_Candidate], *, latest: bool) -> tuple[_Candidate, bool]:
    """The strongest candidate (a sure one before a doubtful one, then the first or the
    last on the page), and whether another candidate says something else."""
    best = max(candidates, key=lambda c: (c.strength, not c.doubt, c.line if latest else -c.line))
    disputed = any(_comparable(c.value) != _comparable(best.value) for c in candidates)
    return best, disputed


# Payment terms: a due date this many days after the issue date, or at a month's end.
_TERMS = frozenset({0, 7, 8, 10, 14, 15, 20, 21, 28, 30, 31, 45, 60, 90})


def _at_term(issued: date, due: date) -> bool:
    """Whether `due` is at a usual payment term after `issued`: two dates read apart that
    agree, as dates with a misread digit rarely do."""
    days = (due - issued).days
    month_end = (due + timedelta(days=1)).day == 1
    return days in _TERMS or (0 < days <= 105 and (month_end or due.day == issued.day))


def _settle(found: _Found, context: _Context, factor: float) -> _Settled:
    """The values kept, and their confidence: OCR's doubt does not apply to an issue date
    a due date vouches for, nor to a currency marked on amount after amount."""
    settled = _Settled()
    dues = [c.value for c in found.candidates.get(_DUE_ON, []) if isinstance(c.value, date)]
    for name in ("supplier", "number", "issued_on"):
        if candidates := found.candidates.get(name):
            best, disputed = _best(candidates, latest=False)
            issued = best.value if name == "issued_on" else None
            vouched = isinstance(issued, date) and any(_at_term(issued, due) for due in dues)
            confidence = _confidence(best, 1.0 if vouched else factor, disputed=disputed)
            settled.set(name, best.value, confidence)
    _settle_amounts(found, factor, settled)
    currency = context.currency
    if currency.code is not None:
        confidence = currency.confidence * (1.0 if currency.repeated else factor)
        settled.set("currency", currency.code, confidence)
    return settled


@dataclass(frozen=True)
class _Sum:
    """A total, a total excl. tax and a tax that add up."""

    total: _Candidate
    base: _Candidate
    tax: Decimal


def _adds_up(base: object, tax: Decimal, total: object) -> bool:
    return abs(base + tax - total) <= Decimal("0.01")  # type: ignore[operator]


def _sum(totals: list[_Candidate], base: _Candidate | None, taxes: list[Decimal]) -> _Sum | None:
    """The first total, strongest first, that the base and one of `taxes` add up to; without
    a base, a lesser total may be it ("Total 1,200.00 / VAT 240.00 / Total due 1,440.00")."""
    for total in totals:
        for tax in taxes:
            if base is not None:
                if _adds_up(base.value, tax, total.value):
                    return _Sum(total, base, tax)
                continue
            lesser = next(
                (
                    c
                    for c in totals
                    if c.value != total.value and _adds_up(c.value, tax, total.value)
                ),
                None,
            )
            if lesser is not None and tax:
                return _Sum(total, lesser, tax)
    return None


def _settle_amounts(found: _Found, factor: float, settled: _Settled) -> None:
    """The total, the total excl. tax and the tax, checked against each other."""
    totals = sorted(
        found.candidates.get("total", []), key=lambda c: (c.strength, c.line), reverse=True
    )
    bases = found.candidates.get("total_excl_tax", [])
    taxes = found.candidates.get("tax", [])
    base = _best(bases, latest=True) if bases else None
    tax = _best(taxes, latest=True) if taxes else None

    # What the tax may be: the tax read; the taxes read on different lines together (TVA
    # 10 % and 20 %, GST and QST); none, when the document says there is none.
    options: list[Decimal] = []
    if tax is not None:
        options.append(tax[0].value)  # type: ignore[arg-type]
        by_line = {c.line: c.value for c in taxes}
        if len(by_line) > 1:
            options.append(sum(by_line.values(), Decimal(0)))  # type: ignore[arg-type]
    elif found.no_tax_said:
        options.append(Decimal(0))

    adding_up = _sum(totals, base[0] if base else None, options)
    if adding_up is not None:
        # Arithmetic vouches for the three, mended digits or not; but another total read
        # that is neither of them leaves open which one is due.
        rival = any(c.value not in (adding_up.total.value, adding_up.base.value) for c in totals)
        settled.set("total", adding_up.total.value, _UNSURE if rival else _CONSISTENT)
        settled.set("total_excl_tax", adding_up.base.value, _CONSISTENT)
        if tax is not None:
            settled.set("tax", adding_up.tax, _CONSISTENT)
        return

    total = _best(totals, latest=True) if totals else None
    for name, best in (("total", total), ("total_excl_tax", base), ("tax", tax)):
        if best is not None:
            settled.set(name, best[0].value, _confidence(best[0], factor, disputed=best[1]))
    total_value, base_value, tax_value = (settled.values.get(name) for name in _AMOUNTS)
    if total_value is not None and (
        (base_value is not None and tax_value is not None)  # three that do not add up
        or (base_value is not None and base_value > total_value)  # type: ignore[operator]
        or (tax_value is not None and tax_value >= total_value)  # type: ignore[operator]
    ):
        settled.cap(_AMOUNTS, _CONFLICT)


# ---- the entry point --------------------------------------------------------------------------

_MEANINGFUL = ("number", "issued_on", "total", "total_excl_tax", "tax")


def find_fields(
    text: str, *, method: ReadingMethod, ocr_confidence: float | None = None, pages: int = 1
) -> InvoiceReading:
    """What `text` (a document's pages, joined by "\\n\\f\\n" or "\\n") says of the invoice
    it is, or why it says nothing: unreadable, not an invoice (see the module's docstring)."""
    ocr = method is ReadingMethod.OCR
    factor = 1.0
    if ocr:
        factor = _OCR_DEFAULT if ocr_confidence is None else min(max(ocr_confidence, 0.0), 1.0)
    poorly_read = ocr and factor < LOW_OCR_CONFIDENCE

    def reading(status: ReadingStatus, settled: _Settled | None = None) -> InvoiceReading:
        values = settled.values if settled else {}
        confidence = {n: round(c, 3) for n, c in settled.confidence.items()} if settled else {}
        return InvoiceReading(
            status=status, method=method, pages=pages, confidence=confidence, **values
        )

    lines = _lines(text or "")
    if sum(c.isalnum() for line in lines for c in line.plain) < MIN_CHARACTERS:
        return reading(ReadingStatus.UNREADABLE)
    hits = [_hits(line) for line in lines]
    kind = _kind(lines, hits)
    if kind == "other":
        return reading(ReadingStatus.NOT_INVOICE)

    context = _context(lines)
    found = _scan(lines, hits, context, ocr)
    if "supplier" not in found.candidates:
        _supplier_on_top(lines, hits, found)
    settled = _settle(found, context, factor)
    if kind is None and found.amount_due:
        kind = "maybe"
    if kind is None or (kind == "maybe" and not {"total", "number"} & settled.values.keys()):
        return reading(ReadingStatus.UNREADABLE if poorly_read else ReadingStatus.NOT_INVOICE)
    if poorly_read:
        if not any(name in settled.values for name in _MEANINGFUL):
            return reading(ReadingStatus.UNREADABLE)
        # A page read that poorly is asked about in full, whatever agrees in it.
        settled.cap(READ_FIELDS, _UNSURE)
    return reading(ReadingStatus.READ, settled)
