"""Free text, e-mail addresses and partner ids as people type them into a chat.

Also holds the small text helpers the other parsers share (`fold`, `excerpt`,
`language_of`), so money, dates and countries read input the same way.

Error codes raised (string table key `error.<code>`):

- `text_empty` (field): nothing left once blanks and invisible characters are removed.
- `text_too_long` (field, max_length, length): longer than the field allows.
- `text_no_words` (field): no letter or digit in any script, only symbols, punctuation
  or emoji ("🚀🚀", "..."): a name or a description a reviewer could read nothing from.
- `email_spoken` (value, suggestion, answer): an address said in words ("ana at microsoft
  dot com"), offered written.
- `email_invalid` (value): not a single syntactically valid e-mail address.
- `mpn_invalid` (value): not a Microsoft partner id (MPN / Partner ID, 6 to 8 digits).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import Any

from domain.errors import UserInputError

# Shown back to the user inside an error sentence: long pastes are cut so the
# answer stays readable in a chat bubble.
EXCERPT_LENGTH = 60

MAX_EMAIL_LENGTH = 254
_MAX_LOCAL_PART_LENGTH = 64
_MAX_LABEL_LENGTH = 63
# Longest plausible typed partner id with spaces ("1 2 3 4 5 6 7 8" and some slack).
_MAX_MPN_INPUT_LENGTH = 40

# Joiners are format characters (Cf) but removing them splits emoji sequences
# (👩‍💻) and breaks Persian/Indic spelling, so they survive between two visible
# characters. Emoji tag characters (Cf) spell the subdivision flags (🏴 of Scotland).
_JOINERS = {"\u200c", "\u200d"}
_EMOJI_TAGS = range(0xE0020, 0xE0080)

_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
_TOP_LEVEL_DOMAIN = re.compile(r"[a-z]{2,63}")
# Teams turns a typed address into a link; the text can then carry the anchor
# or its markdown form. The address inside `mailto:` is the one meant.
_MAILTO_LINK = re.compile(r"mailto:([^\"'<>()\s]{1,300})", re.IGNORECASE)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of `text` for matching typed words against a table.

    NFKC first so full-width letters, ligatures and no-break spaces become
    their plain forms; then accents go (é → e) and case is folded.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", without_accents).casefold()


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """`text` stripped and cut to `limit` characters (with an ellipsis), for error parameters."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def language_of(locale: str | None) -> str:
    """The answer language for a Teams locale: "fr" for any French locale, else "en".

    `fr`, `fr-FR`, `fr_CA` → French; anything else (or nothing) → English. The string
    tables, the money and date formats and the country names all choose by this one rule.
    """
    return "fr" if (locale or "").strip().lower().startswith("fr") else "en"


# The locale answers take when the partner chose a language other than their Teams client's:
# French in France's formats; English in British ones (day-first dates, as the partner's
# French-speaking region writes them).
_CHOSEN_LOCALE = {"fr": "fr-FR", "en": "en-GB"}


def answer_locale(teams_locale: str | None, chosen: str | None) -> str | None:
    """The locale to answer in: the Teams client's, unless the partner chose the other
    language in the chat (`chosen`, "en" or "fr"; None: Teams decides)."""
    if chosen not in _CHOSEN_LOCALE or language_of(teams_locale) == chosen:
        return teams_locale
    return _CHOSEN_LOCALE[chosen]


def clean_text(text: str | None, *, max_length: int, field: str) -> str:
    """A one-line, trimmed version of a free-text answer (a name, a description).

    Any run of white space (new lines, tabs, no-break spaces) becomes one space;
    control and invisible format characters (bidi overrides, zero-width spaces,
    byte-order marks) are removed. Length is counted in code points after cleaning.
    """
    cleaned = _collapse_spaces(_remove_invisible(unicodedata.normalize("NFC", text or "")))
    if not cleaned:
        raise UserInputError("text_empty", field=field)
    if len(cleaned) > max_length:
        raise UserInputError(
            "text_too_long", field=field, max_length=max_length, length=len(cleaned)
        )
    if not any(char.isalnum() for char in cleaned):
        raise UserInputError("text_no_words", field=field)
    return cleaned


# Quotes a whole name may be typed in ('"Spring push"', « Campagne hiver »): opening, closing.
_QUOTE_PAIRS = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb"}


def unquoted(text: str) -> str:
    """`text` without one pair of quotes around the whole of it, when no quote of that pair
    is inside ('"Copilot" and "Azure" days' keeps its quotes)."""
    if len(text) < 3:
        return text
    closing = _QUOTE_PAIRS.get(text[0])
    inner = text[1:-1]
    if closing is None or text[-1] != closing or text[0] in inner or closing in inner:
        return text
    return inner.strip(" \u00a0\u202f") or text


# A name said in a sentence: "Campaign name: Spring push", "it's called Spring push", "let's
# call it …", « elle s'appelle Campagne hiver », « nom : … », « appelons-la … ».
_NAMED_AS = re.compile(
    r"^(?:(?:the\s+)?(?:campaign\s+|claim\s+|activity\s+)?name\s*(?:is\s+|:\s*|=\s*)"
    r"|(?:it|this|that)(?:['’]s|\s+is)\s+(?:called|named)\s+"
    r"|(?:let['’]?s\s+)?(?:call|name)\s+it\s+"
    r"|(?:(?:elle|il|[çc]a|la campagne|la r[ée]clamation)\s+)?s['’]\s?appelle\s+"
    r"|(?:on\s+)?l['’]\s?appelle\s+|appel(?:ons|ez)[- ]la\s+|appel(?:ons|ez)[- ]le\s+"
    r"|(?:le\s+)?nom\s*(?:est\s+|:\s*)|nom\s+de\s+la\s+(?:campagne|r[ée]clamation)\s*:\s*)",
    re.IGNORECASE,
)


def named_as(text: str) -> str:
    """The name in `text` when it is said in a sentence ("it's called Spring push": "Spring
    push"), its quotes off; else `text`, its quotes off."""
    said = _NAMED_AS.match(text)
    name = text[said.end() :].strip() if said is not None else ""
    return unquoted(name) if name else unquoted(text)


def _remove_invisible(text: str) -> str:
    kept: list[str] = []
    last = len(text) - 1
    for index, char in enumerate(text):
        if char.isspace():
            kept.append(" ")
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs"):
            continue
        if category == "Cf":
            if ord(char) in _EMOJI_TAGS:
                kept.append(char)
            elif (
                char in _JOINERS
                and 0 < index < last
                and _is_visible(text[index - 1])
                and _is_visible(text[index + 1])
            ):
                kept.append(char)
            continue
        kept.append(char)
    return "".join(kept)


def _is_visible(char: str) -> bool:
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Cs")


def _collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def parse_email(text: str) -> str:
    """The e-mail address in `text`, with its domain lower-cased.

    Accepts a bare address, `Name <address>`, `mailto:address`, and the link
    forms Teams produces for a typed address. The local part keeps its case
    (it may be case-sensitive); only ASCII addresses are accepted.
    """
    raw = text or ""
    candidate = raw.strip()
    if len(candidate) > 4 * MAX_EMAIL_LENGTH:
        raise UserInputError("email_invalid", value=excerpt(raw))
    link = _MAILTO_LINK.search(candidate)
    if link:
        candidate = link.group(1)
    elif "<" in candidate and candidate.endswith(">"):
        candidate = candidate[candidate.rindex("<") + 1 : -1]
    candidate = candidate.strip()
    if candidate.lower().startswith("mailto:"):
        candidate = candidate[len("mailto:") :]
    # An address at the end of a sentence often carries the sentence's full stop.
    candidate = candidate.strip().rstrip(".,;")
    address = _valid_address(candidate)
    if address is None:
        # "ana @ microsoft.com" (a phone keyboard's spaces), or the one address in a
        # sentence: "my account manager is ana@microsoft.com". Two are never guessed between.
        joined = _SPACED_AT.sub("@", candidate)
        found = list(_ADDRESS_IN_TEXT.finditer(joined))
        # The address ends the message: what follows it may be other answers ("…, plan
        # limit 50,000"), read by the plan's several-answers reader, never dropped here.
        if (
            len(found) == 1
            and found[0].end() == len(joined)
            and (found[0].start() == 0 or _SAYS_ADDRESS.search(joined[: found[0].start()]))
        ):
            # Only after words that introduce it ("… is", « c'est », "e-mail:"): in "ada
            # lovelace@microsoft.com" the address is not "lovelace@…".
            address = _valid_address(found[0].group().rstrip(".,;:!?)"))
    if address is None:
        # "ana@microsoft.com, bob@microsoft.com", « ana@… et bob@… » (seen at stop 56: "isn't
        # a valid e-mail address"): several addresses and nothing else, offered to pick one.
        parts = [p for p in _ADDRESS_LIST_SPLIT.split(candidate) if p and p not in _LIST_WORDS]
        several = list(dict.fromkeys(_valid_address(p.rstrip(".,;")) for p in parts))
        if 2 <= len(several) <= _MAX_ADDRESSES_OFFERED and all(several):
            options = [(address, address) for address in several if address]
            raise UserInputError("email_which", value=excerpt(raw), options=options)
        spoken = _SPOKEN_ADDRESS.fullmatch(" ".join(candidate.split()))
        if spoken is not None:
            # "ana at microsoft dot com", « ana arobase microsoft point com »: offered written.
            domain = re.sub(r"\s+(?:dot|point)\s+", ".", spoken["domain"], flags=re.IGNORECASE)
            meant = _valid_address(f"{spoken['local']}@{domain}")
            if meant is not None:
                raise UserInputError(
                    "email_spoken", value=excerpt(raw), suggestion=meant, answer=meant
                )
        raise UserInputError("email_invalid", value=excerpt(raw))
    return address


# Several addresses typed together ("ana@…, bob@…", "ana@… or bob@…", « ana@… et bob@… »).
_ADDRESS_LIST_SPLIT = re.compile(r"[\s,;/|]+")
_LIST_WORDS = frozenset({"and", "or", "et", "ou", "&"})
_MAX_ADDRESSES_OFFERED = 4

# An address said in words: "ana at microsoft dot com", « ana arobase microsoft point com ».
_SPOKEN_ADDRESS = re.compile(
    r"(?P<local>[a-z0-9._%+-]{1,64})\s+(?:at|arobase)\s+"
    r"(?P<domain>[a-z0-9-]{1,63}(?:(?:\s+(?:dot|point)\s+|\.)[a-z0-9-]{1,63}){1,4})",
    re.IGNORECASE,
)

_SAYS_ADDRESS = re.compile(
    r"(?:\bis|\best|\bit\s*['’]?\s*s|\bc\s*['’]?\s*est|\bthat\s*['’]?\s*s|\bvoici|"
    r"\bmail|\baddress|\badresse|[:=])\s*$",
    re.IGNORECASE,
)
_SPACED_AT = re.compile(r"(?<=\w)\s*@\s*(?=\w)")
_ADDRESS_IN_TEXT = re.compile(r"[^\s<>()\"']+@[^\s<>()\"']+")


def _valid_address(candidate: str) -> str | None:
    if not candidate or len(candidate) > MAX_EMAIL_LENGTH or candidate.count("@") != 1:
        return None
    local, domain = candidate.split("@")
    domain = domain.lower()
    if not (0 < len(local) <= _MAX_LOCAL_PART_LENGTH) or not _LOCAL_PART.fullmatch(local):
        return None
    labels = domain.split(".")
    if len(labels) < 2:
        return None
    for label in labels:
        if len(label) > _MAX_LABEL_LENGTH or not _DOMAIN_LABEL.fullmatch(label):
            return None
    if not _TOP_LEVEL_DOMAIN.fullmatch(labels[-1]):
        return None
    return f"{local}@{domain}"


# "It's 1234567.", « c'est le 1234567 ! », "here it is: 1234567".
_MPN_LEAD = re.compile(
    r"^(?:it\s*['’]?\s*s|it\s+is|that\s*['’]?\s*s|here\s+it\s+is:?|c\s*['’]?\s*est(?:\s+le)?|"
    r"voici|voila)\s+",
    re.IGNORECASE,
)
_MPN_AROUND = " .,;:!?#()[]"
_MPN_LABEL = re.compile(
    r"^(?:my\s+|mon\s+)?(?:mpn(?:\s*id)?|partner\s*id|pid|id\s+(?:mpn|partenaire)|"
    r"identifiant\s+(?:mpn|partenaire))\s*(?:is|est)?\s*[:#=-]?\s*",
    re.IGNORECASE,
)


_MPN_THEN_PLACE = re.compile(
    r"(?P<id>\d[\d ]{4,10}\d)\s*(?:\([^()\d]*\)|\s[-\u2013\u2014]\s*[^\W\d][^\d]*)"
)


def parse_mpn_id(text: str) -> str:
    """A Microsoft partner id (MPN ID / Partner ID): 6 to 8 digits; spaces are ignored."""
    raw = text or ""
    if len(raw) > _MAX_MPN_INPUT_LENGTH:
        raise UserInputError("mpn_invalid", value=excerpt(raw))
    # NFKC turns full-width digits and no-break spaces into their plain forms.
    typed = unicodedata.normalize("NFKC", raw).strip()
    # The id with its label, as it is copied from Partner Center: "MPN ID: 7654321".
    typed = _MPN_LEAD.sub("", typed, count=1)
    typed = _MPN_LABEL.sub("", typed, count=1)
    # The location named after it: "1234567 (Contoso France)", "1234567 - Contoso Paris"
    # (not after a comma: "1234567, France" answers two questions).
    located = _MPN_THEN_PLACE.fullmatch(typed)
    if located is not None:
        typed = located["id"]
    # Punctuation around it, as in a sentence: "1234567.", "(1234567)", "#1234567 !".
    digits = "".join(typed.strip(_MPN_AROUND).split())
    if not (6 <= len(digits) <= 8) or not all("0" <= c <= "9" for c in digits):
        raise UserInputError("mpn_invalid", value=excerpt(raw))
    return digits


def closest(typed: str, named: dict[str, Any]) -> Any:
    """What the name most like `typed` stands for ("Frnace": France), when it is at least
    80 % alike and 5 points ahead of the best name standing for something else; else None
    (asked, never guessed). `named` maps each name, in matching form, to what it means."""
    scores: dict[Any, float] = {}
    matcher = difflib.SequenceMatcher(b=typed)
    for name, meaning in named.items():
        matcher.set_seq1(name)
        if matcher.real_quick_ratio() < 0.8 or matcher.quick_ratio() < 0.8:
            continue
        scores[meaning] = max(scores.get(meaning, 0.0), matcher.ratio())
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 0.8:
        return None
    if len(ranked) > 1 and ranked[1][1] > ranked[0][1] - 0.05:
        return None
    return ranked[0][0]
