"""Amounts of money as partners type them, and as the assistant shows them back.

Money is a `Decimal` in an ISO 4217 currency, quantized to the currency's minor
units; no float is ever involved.

How `parse_amount` tells the decimal separator from the grouping separator:

1. A currency symbol, code or name may stand before or after the number
   (`€1.234,56`, `1 234,56 €`, `EUR 500`, `500 euros`, `CHF 1'234.50`).
2. Spaces (including U+00A0 and U+202F) and apostrophes (' and ’) only ever group digits.
3. If both `.` and `,` appear, the last one is the decimal separator and must
   appear once; the other one groups digits (`1,234.56`, `1.234,56`).
4. If only one of them appears:
   - more than once: it groups digits (`1.234.567`);
   - once, with spaces or apostrophes also grouping: it is the decimal separator
     (`1 234,567` is 1234.567);
   - once, after 1 to 3 digits that do not start with 0, and followed by exactly
     3 digits: ambiguous (`1,234`, `1.234`), so the locale decides. It is read
     as the locale's decimal separator (per CLDR: `,` for fr, de, es, it, pt, nl,
     …; `.` for en, de-CH, ja, …) or as grouping otherwise. So en reads `1,234`
     as 1234 and `1.234` as 1.234; fr reads `1.234` as 1234 and `1,234` as 1.234;
   - otherwise it is the decimal separator (`1,5`, `12.50`, `1234.567`).
5. Digits must group as 1-3 digits then groups of 3 (`1,234,567`), or the
   Indian way with `,` (`12,34,567`).
6. The typed decimals are counted as typed: `10.500` EUR has 3 decimals and is
   refused rather than silently read as 10.50.
7. Words partners add around an amount are read, and said back (`ReadAmount.notes`):
   `k` or `M` right after the number scales it (`12k`, `25k€`, `1,5 k€`, `1.2M`);
   "about", "environ", "~"… before it mark an estimate; "HT", "hors taxes", "excl.
   VAT", "+ VAT"… after it (or "TTC", "incl. VAT") say which side of tax it is.

Error codes raised (string table key `error.<code>`):

- `currency_unknown` (value): `parse_currency` did not recognise the currency.
- `amount_empty`: nothing typed.
- `amount_not_a_number` (value): not one readable number (letters, two numbers, …).
- `amount_wrong_currency` (typed, expected): a currency other than the expected one was typed.
- `amount_too_many_decimals` (digits, currency): more decimals than the
  currency has minor units; `digits` is the number allowed.
- `amount_thousands` (value, suggestion, answer, digits): `50.000` read with a decimal dot has too
  many decimals, and fifty thousand (`answer`) is what it may mean: offered, not taken.
- `amount_not_positive` (value): zero or negative.
- `amount_too_large` (maximum): above `MAX_AMOUNT`.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

import babel
import babel.numbers
from pydantic import BaseModel, ConfigDict, field_validator

from domain.errors import UserInputError
from domain.text import excerpt, fold, language_of

MAX_AMOUNT = Decimal("1000000000")

# ISO 4217 minor units (the ISO list, not a payment provider's habits: HUF and
# TWD are 2 there even though their cash has no coins).
CURRENCY_MINOR_UNITS: dict[str, int] = {
    "AED": 2,
    "ARS": 2,
    "AUD": 2,
    "BHD": 3,
    "BRL": 2,
    "CAD": 2,
    "CHF": 2,
    "CLP": 0,
    "CNY": 2,
    "COP": 2,
    "CZK": 2,
    "DKK": 2,
    "EGP": 2,
    "EUR": 2,
    "GBP": 2,
    "HKD": 2,
    "HUF": 2,
    "IDR": 2,
    "ILS": 2,
    "INR": 2,
    "ISK": 0,
    "JPY": 0,
    "KES": 2,
    "KRW": 0,
    "KWD": 3,
    "MAD": 2,
    "MXN": 2,
    "MYR": 2,
    "NGN": 2,
    "NOK": 2,
    "NZD": 2,
    "OMR": 3,
    "PEN": 2,
    "PHP": 2,
    "PLN": 2,
    "QAR": 2,
    "RON": 2,
    "SAR": 2,
    "SEK": 2,
    "SGD": 2,
    "THB": 2,
    "TND": 3,
    "TRY": 2,
    "TWD": 2,
    "UAH": 2,
    "USD": 2,
    "VND": 0,
    "XAF": 0,
    "XOF": 0,
    "ZAR": 2,
}

# Hand-written names and symbols, matched after `_currency_key`. Babel's English
# and French currency names are added to these at first use.
_CURRENCY_ALIASES: dict[str, str] = {
    "€": "EUR",
    "euro": "EUR",
    "$": "USD",
    "us$": "USD",
    "$us": "USD",
    "dollar": "USD",
    "us dollar": "USD",
    "dollar us": "USD",
    "dollar americain": "USD",
    "american dollar": "USD",
    "£": "GBP",
    "£gb": "GBP",
    "pound": "GBP",
    "pound sterling": "GBP",
    "sterling": "GBP",
    "british pound": "GBP",
    "livre": "GBP",
    "livre sterling": "GBP",
    "chf": "CHF",
    "fr": "CHF",
    "sfr": "CHF",
    "franc": "CHF",
    "swiss franc": "CHF",
    "franc suisse": "CHF",
    "c$": "CAD",
    "ca$": "CAD",
    "$ca": "CAD",
    "canadian dollar": "CAD",
    "dollar canadien": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "$au": "AUD",
    "australian dollar": "AUD",
    "dollar australien": "AUD",
    "nz$": "NZD",
    "$nz": "NZD",
    "new zealand dollar": "NZD",
    "dollar neo zelandais": "NZD",
    "¥": "JPY",
    "yen": "JPY",
    "₩": "KRW",
    "won": "KRW",
    "swedish krona": "SEK",
    "swedish kronor": "SEK",
    "couronne suedoise": "SEK",
    "norwegian krone": "NOK",
    "couronne norvegienne": "NOK",
    "danish krone": "DKK",
    "couronne danoise": "DKK",
    "zł": "PLN",
    "zl": "PLN",
    "zloty": "PLN",
    "złoty": "PLN",
    "kc": "CZK",
    "czech koruna": "CZK",
    "couronne tcheque": "CZK",
    "ft": "HUF",
    "forint": "HUF",
    "r$": "BRL",
    "real": "BRL",
    "reai": "BRL",
    "mx$": "MXN",
    "peso": "MXN",
    "mexican peso": "MXN",
    "peso mexicain": "MXN",
    "₹": "INR",
    "rupee": "INR",
    "roupie": "INR",
    "cn¥": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "元": "CNY",
    "s$": "SGD",
    "sg$": "SGD",
    "singapore dollar": "SGD",
    "hk$": "HKD",
    "hong kong dollar": "HKD",
    "rand": "ZAR",
    "dirham": "AED",
    "riyal": "SAR",
    "saudi riyal": "SAR",
    "₺": "TRY",
    "lira": "TRY",
    "turkish lira": "TRY",
    "₪": "ILS",
    "shekel": "ILS",
    "sheqel": "ILS",
    "new shekel": "ILS",
    "fcfa": "XOF",
    "₫": "VND",
    "฿": "THB",
    "₱": "PHP",
    "₴": "UAH",
}

# Symbols and words several currencies share. `parse_currency` reads them as the
# first-named currency; inside an amount they are accepted for any of them, so a
# Canadian partner typing "$500" on a CAD plan is not told they typed dollars.
_SHARED_SYMBOLS: dict[str, frozenset[str]] = {
    "$": frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP"}),
    "dollar": frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD"}),
    "¥": frozenset({"JPY", "CNY"}),
    "kr": frozenset({"SEK", "NOK", "DKK", "ISK"}),
    "krona": frozenset({"SEK", "ISK"}),
    "krone": frozenset({"NOK", "DKK"}),
    "couronne": frozenset({"SEK", "NOK", "DKK", "CZK", "ISK"}),
    "fr": frozenset({"CHF", "XOF", "XAF"}),
    "franc": frozenset({"CHF", "XOF", "XAF"}),
    "fcfa": frozenset({"XOF", "XAF"}),
    "cfa": frozenset({"XOF", "XAF"}),
    "peso": frozenset({"MXN", "ARS", "CLP", "COP", "PHP"}),
    "dirham": frozenset({"AED", "MAD"}),
    "riyal": frozenset({"SAR", "QAR", "OMR"}),
    "dinar": frozenset({"BHD", "KWD", "TND"}),
    "livre": frozenset({"GBP", "EGP"}),
    "real": frozenset({"BRL"}),
}

_SIGNS = {"-": -1, "−": -1, "+": 1}
# Longest amount worth reading; anything longer is refused before any parsing.
_MAX_AMOUNT_INPUT_LENGTH = 64


def minor_units(currency: str) -> int:
    """Decimals of `currency` (ISO 4217 code); a programming error if not supported."""
    try:
        return CURRENCY_MINOR_UNITS[currency]
    except KeyError:
        raise ValueError(f"unsupported currency {currency!r}") from None


def _currency_key(text: str) -> str:
    """Matching form of a currency word: folded, no dots or hyphens, words singular."""
    folded = fold(text).replace(".", "").replace("-", " ")
    # Plurals are dropped on both sides of the match, so "euros", "dollars US"
    # and "livres sterling" meet "euro", "dollar us" and "livre sterling".
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith("s") else word for word in folded.split()
    )


@cache
def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for language in ("en", "fr"):
        names = babel.Locale.parse(language).currencies
        for code in CURRENCY_MINOR_UNITS:
            if code in names:
                table.setdefault(_currency_key(names[code]), code)
    for alias, code in _CURRENCY_ALIASES.items():
        table[_currency_key(alias)] = code
    return table


@cache
def _known_iso_codes() -> frozenset[str]:
    return frozenset(babel.Locale.parse("en").currencies)


def _lookup_currency(text: str) -> str | None:
    key = _currency_key(text)
    if not key:
        return None
    aliases = _aliases()
    for candidate in (key, key.replace(" ", "")):
        if candidate in aliases:
            return aliases[candidate]
    code = key.upper()
    if code in CURRENCY_MINOR_UNITS:
        return code
    return None


def parse_currency(text: str) -> str:
    """The ISO 4217 code for a typed currency: a code, a symbol or an English/French name."""
    raw = text or ""
    code = _lookup_currency(raw) if len(raw) <= _MAX_AMOUNT_INPUT_LENGTH else None
    if code is None:
        raise UserInputError("currency_unknown", value=excerpt(raw))
    return code


@cache
def _decimal_separator(locale: str) -> str:
    try:
        symbol = babel.numbers.get_decimal_symbol(
            babel.Locale.parse(locale.replace("_", "-"), sep="-")
        )
    except (ValueError, TypeError, babel.UnknownLocaleError):
        return "."
    return symbol if symbol in (".", ",") else "."


class ReadAmount(Decimal):
    """An amount as read, with what was read around it (`notes`: keys of `amount_note.*`):
    "approximate", "excl_tax", "incl_tax". (A `k` needs no note: the amount shows it.)"""

    notes: tuple[str, ...] = ()


# "about 1,200", "environ 1200", and a figure hedged ("maybe 500", "I'd say around 500",
# « je dirais environ 500 »): an estimate, where the question allows one.
_APPROXIMATE = re.compile(
    r"^(?:(?:not sure|no idea|pas s[uû]re?)\s*[,;:-]?\s*)?"
    r"(?:(?:maybe|probably|perhaps|likely|i think|i guess|i believe|i[’']?d say|i would say"
    r"|peut[- ][eê]tre|probablement|sans doute|je pense|je crois|je dirais|disons)\s*[,:]?\s*)?"
    r"(?:about|around|approx(?:\.|imately)?|roughly|circa|ca\.|~|≈|environ|"
    r"à peu près|a peu pres|près de|pres de|autour de)\s*"
    r"|^(?:(?:not sure|no idea|pas s[uû]re?)\s*[,;:-]?\s*)?(?:maybe|probably|perhaps|likely"
    r"|i think|i guess|i believe|i[’']?d say|i would say|peut[- ][eê]tre|probablement"
    r"|sans doute|je pense|je crois|je dirais|disons)\s*[,:]?\s+(?=\S)",
    re.IGNORECASE,
)


# "9500 or so", "9500-ish", « 9 500 environ », « 9500 à peu près »: hedged after the figure.
_APPROXIMATE_AFTER = re.compile(
    r"(?<=\d)(?:\s?-?ish|\s(?:or\s+so|give\s+or\s+take|more\s+or\s+less|approx(?:\.|imately)?"
    r"|roughly|environ|[àa]\s+peu\s+pr[èe]s|plus\s+ou\s+moins|grosso\s+modo))\.?$",
    re.IGNORECASE,
)


def without_estimate(text: str) -> tuple[str, bool]:
    """The number of "about 1,200" / "environ 1200" / "~800" / "1200 or so", and whether it
    was an estimate (the words around it taken off; those words alone are left as they are)."""
    said = _APPROXIMATE.match(text)
    if said and said.end() < len(text):
        return text[said.end() :].strip(), True
    after = _APPROXIMATE_AFTER.search(text)
    if after is not None:
        return text[: after.start()].strip(), True
    return text, False


# Figures added up: "9500 + 500", « 9 000 + 450,50 + 49,50 ».
_PLUS = re.compile(r"\s*\+\s*|\s+plus\s+", re.IGNORECASE)
# What a figure of a sum is for, around it: "200 shipping", "venue 9800", « 200 de frais »,
# "9800 (invoice)": up to three words without digits, or a remark in brackets.
_TERM_LABEL = re.compile(
    r"^\s*(?P<before>(?:[^\W\d_]+\s+){0,3})(?P<figure>.*?\d.*?)"
    r"(?P<after>(?:\s+[^\W\d_]+){0,3})\s*$"
)
_REMARK = re.compile(r"\s*\([^()]*\)\s*")
_MAX_TERMS = 6
# Parts joined in words: "9800 for the venue and 200 for catering", "venue 9800, catering
# 200", « 9800 pour la salle et 200 pour le traiteur ». Each part must say what it is for
# ("9800 and 200" is not read: a sum, or two guesses); "between 9000 and 9500" is two figures.
_PARTS_JOINED = re.compile(r"\s+(?:and|et|&)\s+|\s*;\s*|,\s+", re.IGNORECASE)
_NOT_A_PART = re.compile(r"^\s*(?:between|entre|from|de|d['’])\b", re.IGNORECASE)
# Two figures where one is asked: "between 9000 and 9500", « entre 9 000 et 9 500 », "from
# 9000 to 9500", « de 9000 à 9500 », "9000-9500", "9500 or 10000", « 9500 ou 10000 ».
_TWO_FIGURES = (
    re.compile(r"^(?:between|entre)\s+(.+?)\s+(?:and|et)\s+(.+)$", re.IGNORECASE),
    re.compile(r"^(?:from|de|d['’])\s*(\d.*?)\s+(?:to|[àa])\s+(.+)$", re.IGNORECASE),
    re.compile(
        r"^(.*?\d(?:\s?(?:thousands?|mille|millions?|mio|mn|[km])(?![a-z]))?)"
        r"\s*(?:[-\u2013\u2014]|\s(?:to|[àa]|or|ou|or maybe|ou peut-être)\s)\s*(.+)$",
        re.IGNORECASE,
    ),
)
# A scale said after a figure ("12k", "12 mille"): in "10-12k" it is both figures'.
_SCALED = re.compile(r"\d\s?(thousands?|mille|millions?|mio|mn|[km])(?![a-z])", re.IGNORECASE)


def read_sum(text: str, currency: str, locale: str) -> ReadAmount | None:
    """The total of figures added up ("9500 + 500", "9800 for the venue and 200 for
    catering"); None unless `text` is two to six amounts joined by "+" (or "plus"), or by
    "and", "et", a comma, each then saying what it is for, each read exactly (no estimate
    among them)."""
    if len(text) > _MAX_AMOUNT_INPUT_LENGTH:
        return None
    if _PLUS.search(text):
        terms, named = _PLUS.split(text.strip().strip("+")), False
    elif _PARTS_JOINED.search(text) and not _NOT_A_PART.match(text):
        terms, named = _PARTS_JOINED.split(text.strip()), True
    else:
        return None
    if not 2 <= len(terms) <= _MAX_TERMS:
        return None
    total = Decimal(0)
    for term in terms:
        read = _read_term(term, currency, locale, named=named)
        if read is None:
            return None
        if "approximate" in read.notes:
            return None
        total += read
    return parse_amount(format(total, "f"), currency, "en-US")  # within MAX_AMOUNT too


def _read_term(term: str, currency: str, locale: str, *, named: bool = False) -> ReadAmount | None:
    """One figure of a sum, with what it is for around it ("200 shipping", "venue 9800",
    "9800 (invoice)") left aside; None when it is no amount, or those words name a currency
    ("200 dollars" in a plan in EUR is not 200 of it). `named`: the part must say what it
    is for (parts joined in words)."""
    if not named:
        try:
            return parse_amount(term, currency, locale)
        except UserInputError:
            pass
    labelled = _TERM_LABEL.match(_REMARK.sub(" ", term))
    if labelled is None:
        return None
    if named and not _named_part(labelled["before"] + " " + labelled["after"]):
        return None
    for word in (labelled["before"] + " " + labelled["after"]).split():
        if _lookup_currency(word) not in (None, currency):  # "200 EUR catering" is EUR 200
            return None
    try:
        return parse_amount(labelled["figure"], currency, locale)
    except UserInputError:
        return None


def _named_part(words: str) -> bool:
    """Whether the words around a part's figure say what it is for ("for the venue"), not
    only its currency ("EUR") or a scale."""
    return any(
        _lookup_currency(word) is None and word.lower() not in (*_SCALE_WORDS, *_SCALES)
        for word in words.split()
    )


def read_two(text: str, currency: str, locale: str) -> tuple[ReadAmount, ReadAmount] | None:
    """The two different amounts of "between 9000 and 9500", "9000-9500", "9500 or 10000",
    in the order typed; None for anything else."""
    if len(text) > _MAX_AMOUNT_INPUT_LENGTH:
        return None
    typed = " ".join(text.split())
    for pattern in _TWO_FIGURES:
        said = pattern.match(typed)
        if said is None:
            continue
        try:
            first, second = (parse_amount(part, currency, locale) for part in said.groups())
        except UserInputError:
            continue
        scaled = _SCALED.search(said.group(2))
        if scaled and not _SCALED.search(said.group(1)):
            # "10-12k", « entre 10 et 12 mille »: the scale said once is both ends'.
            word = scaled.group(1).lower()
            larger = first * _SCALES[_SCALE_WORDS.get(word, word)]
            if larger <= second:
                first = ReadAmount(larger)
        if first != second:
            return first, second
    return None


# "9800 (invoice attached)", "9,800.50 - see invoice", « 9800 (facture jointe) »: a remark
# without a figure after an amount (`split_remark`); one that makes the amount a guess
# ("(approx)", "(TBC)", « (à confirmer) ») is told apart by `is_a_guess`.
_AMOUNT_REMARK = re.compile(
    r"\s*\([^()\d]*\)\s*$|\s+[-\u2013\u2014]\s+\D*$"
    # "(invoice 123)", "(ref #4521)", « (facture n° 4521) »: a document's number (stop 62)
    r"|\s*\((?:invoice|inv|facture|fact|bill|receipt|ref|réf|po|order|commande|n°|no|#)"
    r"(?![a-z])[^()]*\)\s*$",
    re.IGNORECASE,
)
_MAX_WITH_REMARK = 200
_GUESS = re.compile(
    r"\b(?:approx\w*|about|around|roughly|estimated?|estimation|tbc|tbd|to be confirmed"
    r"|not final|environ|estim\w*|a confirmer|à confirmer|provisoire|a peu pres|à peu près)\b",
    re.IGNORECASE,
)


# An amount said in a sentence: "it cost 9800", "the invoice says 9,800.50", "total: 9800",
# "9800 in total", « ça a coûté 9800 », « le total est de 9 800 € » (matched folded, in
# lower case; `figure_in_sentence`).
_SENTENCE_LEAD = re.compile(
    r"(?:(?:so|well|ok|okay|alors|bon|euh)\s+)?(?:"
    r"(?:it|that|this|the (?:event|activity|webinar|campaign|invoice|bill|total|cost|amount"
    r"|price))\s+(?:cost|costs|came to|comes to|was|is|totals?|totalled|totaled|amounts? to"
    r"|amounted to|says|said|shows|reads|is for|was for)"
    r"|it s|that s|(?:we|i)\s+(?:spent|paid|were invoiced|were charged|got charged"
    r"|was charged|was invoiced)"
    r"|(?:the )?(?:invoice |grand )?total(?: is| was| of| came to| amount is)?"
    r"|(?:the )?(?:invoice|bill) (?:total|amount)(?: is| was)?"
    r"|(?:ca|cela|ca nous|ca m|ca a) ?(?:a coute|coute|fait|faisait|revient a|est revenu a"
    r"|coute)"
    r"|c etait|c'etait|c est|c'est|(?:on a|j'ai|j ai|nous avons) (?:depense|paye|ete facture"
    r"|ete factures)"
    r"|(?:le |la )?(?:total|montant)(?: total| de la facture)?(?: est| etait| fait)?(?: de)?"
    r"|(?:la )?facture (?:indique|dit|affiche|montre|est de|fait|s'eleve a|s eleve a"
    r"|se monte a)"
    # a plan's limit: "the plan limit is 50000", « le plafond est de 50 000 € »
    r"|(?:the )?(?:plan )?(?:limit|cap)(?: of the plan)?(?: is| of| will be| should be)?"
    r"|(?:la |le )?(?:limite|plafond)(?: du plan)?(?: est de| est| sera de| de)?"
    # a plan's: "we plan to spend 5000", "it will cost 5000", « on prévoit 5 000 € »
    r"|(?:we|i) (?:plan to spend|will spend|ll spend|expect to spend|want to spend"
    r"|budgeted|budget)|(?:it|this|that) (?:will|should|would|might) cost"
    r"|(?:it|this|that) (?:is going to|s going to) cost"
    r"|(?:the |le |un )?(?:budget|cost)(?: is| of| de| est de| prevu de| prevu)?"
    r"|(?:on|je|nous) (?:prevoit|prevois|prevoyons|compte depenser|comptons depenser"
    r"|va depenser|vais depenser|allons depenser)|(?:ca|cela) (?:coutera|va couter|devrait couter)"
    # the whole of it: "the whole 12500", "all 12500", « la totalité des 12 500 € » (stop 59)
    r"|(?:the )?(?:whole|full|entire|complete)(?: amount(?: of)?)?|all(?: of)?(?: the)?"
    r"|(?:la totalite|l'integralite|l integralite|l'ensemble|l ensemble) (?:des|de|du)"
    r")\s*:?\s+"
)
_SENTENCE_TAIL = re.compile(
    r"\s+(?:in total|total|all in|altogether|in all|au total|en tout|tout compris)\.?$"
)


def figure_in_sentence(text: str) -> str:
    """The figure of an amount said in a sentence ("it cost 9800": "9800"); `text` itself
    when no such words are around it, or when what is left has no digit."""
    if len(text) > _MAX_AMOUNT_INPUT_LENGTH:
        return text
    plain = " ".join(text.replace("’", "'").split())
    folded = fold(plain).lower()
    if len(folded) != len(plain):
        return text
    start = lead.end() if (lead := _SENTENCE_LEAD.match(folded)) else 0
    tail = _SENTENCE_TAIL.search(folded, start)
    end = tail.start() if tail else len(plain)
    figure = plain[start:end].strip()
    if (start or tail) and any(c.isdigit() for c in figure):
        return figure
    return text


def split_remark(text: str) -> tuple[str, str]:
    """`text` without a remark after its amount, and the remark ("" when there is none).
    A text longer than any amount with its remark is left whole (and unread: no search)."""
    if len(text) > _MAX_WITH_REMARK:
        return text, ""
    remark = _AMOUNT_REMARK.search(text)
    if remark is None or remark.start() == 0:
        return text, ""
    return text[: remark.start()], remark.group().strip(" ()-\u2013\u2014")


# "up to 50,000", « jusqu'à 50 000 € », "50,000 per half", « 50 000 € par semestre »: a
# limit said as a most, or for the period it is for (`as_a_most`; a plan's amounts only).
_A_MOST = re.compile(
    r"^(?:up\s+to|at\s+most|no\s+more\s+than|max(?:imum)?(?:\s+of)?|jusqu['’\s]*(?:à|a)"
    r"|au\s+maximum|au\s+plus|maximum\s+de)\s+(?=\S)",
    re.IGNORECASE,
)
_FOR_THE_PERIOD = re.compile(
    r"\s+(?:for|per|pour|par)\s+(?:the\s+|this\s+|each\s+|le\s+|la\s+|ce\s+|cette\s+"
    r"|chaque\s+)?(?:half|period|semester|usage\s+period|plan|semestre|période|periode)"
    r"\.?$",
    re.IGNORECASE,
)


def as_a_most(text: str) -> str:
    """The amount of a limit said as a most ("up to 50,000") or for its period ("50,000
    per half"): the words taken off."""
    if len(text) > _MAX_WITH_REMARK:
        return text
    return _FOR_THE_PERIOD.sub("", _A_MOST.sub("", text.strip()))


def as_unsure(text: str) -> str:
    """A figure with a question mark ("12500?", « 12 500 € ? »): the same figure said as an
    estimate ("about 12500?"), as unsure as the partner is; any other text unchanged."""
    typed = text.strip()
    if len(typed) > _MAX_WITH_REMARK or not typed.endswith("?") or not re.search(r"\d", typed):
        return text
    return "about " + typed.rstrip(" ?")


def is_a_guess(remark: str) -> bool:
    """Whether a remark after an amount says it is not yet exact ("approx", "TBC")."""
    return bool(_GUESS.search(remark))


_TAX_BASIS = (
    (
        "excl_tax",
        re.compile(
            r"\s*(?:HT|H\.T\.?|hors\s+tax(?:e|es)?|hors\s+TVA|excl\.?\s*(?:of\s+)?(?:VAT|tax(?:es)?)"
            r"|excluding\s+(?:VAT|tax(?:es)?)|ex\.?\s*VAT|before\s+tax(?:es)?|pre-?tax"
            r"|(?:\+|plus)\s*(?:VAT|TVA|tax(?:es)?))\.?$",
            re.IGNORECASE,
        ),
    ),
    (
        "incl_tax",
        re.compile(
            r"\s*(?:TTC|T\.T\.C\.?|toutes\s+taxes\s+comprises|incl\.?\s*(?:VAT|tax(?:es)?)"
            r"|including\s+(?:VAT|tax(?:es)?)|(?:VAT|tax)\s+included)\.?$",
            re.IGNORECASE,
        ),
    ),
)
_SCALES = {"k": Decimal(1000), "m": Decimal(1_000_000)}
# "12k", "1.5M"; and in words: "1.5 million", « 2 millions », "50 thousand", « 50 mille ».
_SCALE = re.compile(
    r"^\s?(thousands?|mille|millions?|mio|mn|[km])(?![a-z])(?:\s+(?:of|d|de)\b'?)?",
    re.IGNORECASE,
)
_SCALE_WORDS = {"thousand": "k", "thousands": "k", "mille": "k", "million": "m",
                "millions": "m", "mio": "m", "mn": "m"}  # fmt: skip


# Whole numbers in words, English and French ("nine thousand five hundred", « neuf mille huit
# cents », « quatre-vingt-dix-neuf »): read by `words_as_digits`.
_NUMBER_WORDS = {
    **{word: n for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split())},
    **dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(),
               range(20, 100, 10), strict=True)),
    "fourty": 40,
    **{word: n for n, word in enumerate(
        "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
        "quinze seize".split())},
    "une": 1,
    **dict(zip("vingt trente quarante cinquante soixante septante huitante nonante".split(),
               (20, 30, 40, 50, 60, 70, 80, 90), strict=True)),
    "vingts": 20, "octante": 80,
}  # fmt: skip
_HUNDREDS = frozenset({"hundred", "hundreds", "cent", "cents"})
_THOUSANDS = {"thousand": 1000, "thousands": 1000, "mille": 1000, "milles": 1000,
              "million": 1_000_000, "millions": 1_000_000}  # fmt: skip
_AND = frozenset({"and", "et"})
_ARTICLE = frozenset({"a", "an"})  # "a thousand"
_WORD_RUN = re.compile(r"[a-z]+(?:[\s-]+[a-z]+)*")


def words_as_digits(text: str) -> str:
    """`text` with its first run of number words as digits ("EUR nine thousand" → "EUR
    9000"); unchanged when it has none, or words that make no one number ("nine nine")."""
    folded = fold(text[:200])
    for run in _WORD_RUN.finditer(folded):
        words = run.group(0).replace("-", " ").split()
        start = next((i for i, w in enumerate(words) if _starts_number(words, i)), None)
        if start is None:
            continue
        end = start
        while end < len(words) and (
            _is_number_word(words[end])
            or (words[end] in _AND and end > start)
            or (words[end] in _ARTICLE and _starts_number(words, end))
        ):
            end += 1
        while end > start and words[end - 1] in _AND | _ARTICLE:
            end -= 1
        value = _number_of(words[start:end])
        if value is None:
            return text
        before = " ".join(words[:start])
        after = " ".join(words[end:])
        said = " ".join(part for part in (before, str(value), after) if part)
        return (folded[: run.start()] + said + folded[run.end() :]).strip()
    return text


def _is_number_word(word: str) -> bool:
    return word in _NUMBER_WORDS or word in _HUNDREDS or word in _THOUSANDS


def _starts_number(words: list[str], i: int) -> bool:
    if _is_number_word(words[i]):
        return True
    following = words[i + 1] if i + 1 < len(words) else ""
    return words[i] in _ARTICLE and (following in _HUNDREDS or following in _THOUSANDS)


def _number_of(words: list[str]) -> int | None:
    """The whole number the words say, or None when they say none ("nine nine")."""
    total, current = 0, 0
    before: int | None = None  # what the word before added ("quatre-vingt": 80)
    last_word, last_scale = "", 0
    for word in words:
        if word in _AND:
            before = None
        elif word in _ARTICLE:
            current, before = 1, None
        elif word in _NUMBER_WORDS:
            value = _NUMBER_WORDS[word]
            if word.startswith("vingt") and last_word == "quatre":
                current, value = current + 80 - 4, 80  # quatre-vingt(s): four twenties
            elif before is not None and not _follows(before, value):
                return None  # "nine nine", "five twenty"
            else:
                current += value
            before = value
        elif word in _HUNDREDS:
            if current >= 100:
                return None
            current, before = max(current, 1) * 100, None
        else:
            scale = _THOUSANDS[word]
            if last_scale and scale >= last_scale:
                return None  # "two thousand three thousand"
            total, current, before, last_scale = total + max(current, 1) * scale, 0, None, scale
        last_word = word
    return total + current if words else None


def _follows(before: int, value: int) -> bool:
    """Whether `value` may follow `before` in one number: a ten then a unit ("twenty
    five"), « soixante dix », « dix sept »."""
    tens_then_unit = before >= 20 and before % 10 == 0 and value < 10
    return tens_then_unit or (before in (10, 60, 80) and value < 20)


def parse_amount(text: str, currency: str, locale: str) -> ReadAmount:
    """A positive amount in `currency`, read from what the user typed (rules in the module doc)."""
    raw = text or ""
    places = minor_units(currency)
    if not raw.strip():
        raise UserInputError("amount_empty")
    if len(raw) > _MAX_AMOUNT_INPUT_LENGTH:
        raise UserInputError("amount_not_a_number", value=excerpt(raw))
    # NFKC: full-width digits become ASCII, U+00A0 and U+202F become spaces.
    normalized = " ".join(unicodedata.normalize("NFKC", raw).replace("’", "'").split())
    notes: list[str] = []
    normalized, estimate = without_estimate(normalized)
    if estimate:
        notes.append("approximate")
    for basis, pattern in _TAX_BASIS:
        said = pattern.search(normalized)
        if said and said.start() > 0:
            normalized = normalized[: said.start()].rstrip()
            notes.append(basis)
            break

    digit_positions = [i for i, c in enumerate(normalized) if "0" <= c <= "9"]
    if not digit_positions:  # "nine thousand five hundred", « neuf mille »
        normalized = words_as_digits(normalized)
        digit_positions = [i for i, c in enumerate(normalized) if "0" <= c <= "9"]
    if not digit_positions:
        raise UserInputError("amount_not_a_number", value=excerpt(raw))
    start, end = digit_positions[0], digit_positions[-1] + 1
    # A leading separator belongs to the number (".50").
    if start > 0 and normalized[start - 1] in ".,":
        start -= 1
    before, number, after = normalized[:start], normalized[start:end], normalized[end:]
    # Swiss and German prices: "500.-", "500,-" mean a whole amount.
    if after.startswith((".-", ",-")):
        after = after[2:]
    scale = Decimal(1)
    scaled = _SCALE.match(after)
    if scaled:
        word = scaled.group(1).lower()
        scale = _SCALES[_SCALE_WORDS.get(word, word)]
        after = after[scaled.end() :]

    sign, before = _take_sign(before, raw)
    _check_currency_text(before, currency, raw)
    _check_currency_text(after, currency, raw)

    integer_digits, decimal_digits = _split_number(number, _decimal_separator(locale or "en"), raw)
    value = Decimal(f"{integer_digits or '0'}.{decimal_digits or '0'}") * sign * scale
    unit = Decimal(1).scaleb(-places)
    if len(decimal_digits) > places and (scale == 1 or value != value.quantize(unit)):
        thousands = _as_thousands(number) if scale == 1 else None
        if thousands is not None and 0 < thousands <= MAX_AMOUNT:
            # "50.000" where a dot is read as decimals: fifty thousand, as most of Europe
            # writes it, is offered (never taken silently: 10.500 may be ten and a half).
            meant = thousands.quantize(unit)
            raise UserInputError(
                "amount_thousands",
                value=excerpt(raw),
                suggestion=format_amount(meant, currency, locale),
                answer=format(meant, "f"),
                digits=str(thousands),
            )
        raise UserInputError("amount_too_many_decimals", digits=places, currency=currency)
    if value <= 0:
        raise UserInputError("amount_not_positive", value=excerpt(raw))
    if value > MAX_AMOUNT:
        raise UserInputError("amount_too_large", maximum=MAX_AMOUNT)
    amount = ReadAmount(value.quantize(unit))
    amount.notes = tuple(notes)
    return amount


def _as_thousands(number: str) -> Decimal | None:
    """ "50.000", "1,500": one separator between 1-3 digits and 3 more, read as grouping."""
    grouped = re.fullmatch(r"([1-9]\d{0,2})[.,](\d{3})", number)
    return Decimal(grouped.group(1) + grouped.group(2)) if grouped else None


def _take_sign(before: str, raw: str) -> tuple[int, str]:
    """The sign typed before the number (before or after a currency symbol) and what is left."""
    text = before.strip()
    sign = 1
    found = 0
    if text[:1] in _SIGNS:
        sign, text, found = _SIGNS[text[0]], text[1:].strip(), found + 1
    if text[-1:] in _SIGNS:
        sign, text, found = _SIGNS[text[-1]], text[:-1].strip(), found + 1
    if found > 1:
        raise UserInputError("amount_not_a_number", value=excerpt(raw))
    return sign, text


def _check_currency_text(typed: str, currency: str, raw: str) -> None:
    typed = typed.strip()
    if not typed:
        return
    key = _currency_key(typed)
    shared = _SHARED_SYMBOLS.get(key) or _SHARED_SYMBOLS.get(key.replace(" ", ""))
    if shared is not None and currency in shared:
        return
    code = _lookup_currency(typed)
    if code is None and len(key) == 3 and key.upper() in _known_iso_codes():
        code = key.upper()
    if code is None and shared is None:
        raise UserInputError("amount_not_a_number", value=excerpt(raw))
    if code != currency:
        raise UserInputError("amount_wrong_currency", typed=excerpt(typed), expected=currency)


def _split_number(number: str, locale_decimal: str, raw: str) -> tuple[str, str]:
    """Integer digits and decimal digits of a number made of digits and separators."""

    def not_a_number() -> UserInputError:
        return UserInputError("amount_not_a_number", value=excerpt(raw))

    if any(not ("0" <= c <= "9" or c in ".,' ") for c in number):
        raise not_a_number()
    dots, commas = number.count("."), number.count(",")
    spaced = " " in number or "'" in number

    decimal: str | None
    if dots and commas:
        decimal = "." if number.rindex(".") > number.rindex(",") else ","
    elif dots + commas == 1:
        separator = "." if dots else ","
        head, tail = number.split(separator)
        ambiguous = (
            not spaced
            and len(tail) == 3
            and tail.isdigit()
            and 1 <= len(head) <= 3
            and head.isdigit()
            and head[0] != "0"
        )
        decimal = separator if not ambiguous or separator == locale_decimal else None
    else:
        decimal = None

    if decimal is not None:
        if number.count(decimal) != 1:
            raise not_a_number()
        integer_part, decimal_part = number.split(decimal)
        if not decimal_part.isdigit():
            raise not_a_number()
    else:
        integer_part, decimal_part = number, ""

    return _ungroup(integer_part, raw), decimal_part


def _ungroup(integer_part: str, raw: str) -> str:
    """Digits of an integer part, checking that any grouping is regular."""
    if integer_part == "" or integer_part.isdigit():
        return integer_part
    separators = {c for c in integer_part if not c.isdigit()}
    if len(separators) != 1:
        raise UserInputError("amount_not_a_number", value=excerpt(raw))
    separator = separators.pop()
    groups = integer_part.split(separator)
    western = 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    # Indian grouping (lakh, crore): 12,34,567.
    indian = (
        separator == ","
        and len(groups) >= 3
        and 1 <= len(groups[0]) <= 2
        and all(len(g) == 2 for g in groups[1:-1])
        and len(groups[-1]) == 3
    )
    if not (western or indian) or not all(g.isdigit() for g in groups):
        raise UserInputError("amount_not_a_number", value=excerpt(raw))
    return "".join(groups)


def format_amount(amount: Decimal, currency: str, locale: str) -> str:
    """`amount` for a chat message: en "EUR 1,234.56", fr "1 234,56 EUR".

    French groups with a plain space (not the narrow no-break space CLDR uses)
    because Teams renders that reliably in every client.
    """
    places = minor_units(currency)
    quantized = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    english = f"{quantized:,.{places}f}"
    if language_of(locale) == "fr":
        french = english.replace(",", " ").replace(".", ",")
        return f"{french} {currency}"
    if english.startswith("-"):
        return f"-{currency} {english[1:]}"
    return f"{currency} {english}"


class Money(BaseModel):
    """An amount in a currency; the amount is never a float."""

    model_config = ConfigDict(frozen=True)

    amount: Decimal
    currency: str

    @field_validator("currency")
    @classmethod
    def _supported_currency(cls, value: str) -> str:
        code = value.strip().upper()
        minor_units(code)
        return code

    @field_validator("amount", mode="before")
    @classmethod
    def _no_float(cls, value: object) -> object:
        # A float has already lost the exact amount; refuse it rather than guess.
        if isinstance(value, float):
            raise ValueError("amount must be a Decimal, an int or a string, never a float")
        return value

    @field_validator("amount")
    @classmethod
    def _finite_amount(cls, value: Decimal) -> Decimal:
        if not value.is_finite():
            raise ValueError("amount must be a finite number")
        return value

    @classmethod
    def parse(cls, text: str, currency: str, locale: str) -> Money:
        """The money typed in `text`, in `currency` (see `parse_amount`)."""
        return cls(amount=parse_amount(text, currency, locale), currency=currency)

    def format(self, locale: str) -> str:
        """The amount for a chat message in `locale` (see `format_amount`)."""
        return format_amount(self.amount, self.currency, locale)
