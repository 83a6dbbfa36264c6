"""Countries typed by name (English or French) or ISO 3166-1 alpha-2 code.

Names come from Babel's CLDR data (English and French), plus common aliases
(USA, UK, Holland, Deutschland, …). Matching ignores case, accents, punctuation,
articles ("la France", "les États-Unis", "the Netherlands") and the spelling of
"and" ("et", "&"), and reads "St."/"Ste" as "Saint"/"Sainte".

Lists are split on commas, semicolons, slashes, new lines, "and", "et" and "&";
a run of parts joined by "and"/"et"/"&" is first tried as one name, so
"Trinidad and Tobago" and "Bosnie et Herzégovine" stay whole. A region partners
market to ("Benelux", "DACH", "the Nordics", « les pays baltes », "the EU", « la zone euro »)
names its countries.

Error codes raised (string table key `error.<code>`):

- `countries_empty`: nothing typed.
- `country_unknown` (value): one name or code, as typed, that is not a country.
- `countries_region_too_wide` (value): a region named whole that no list could be guessed
  for ("EMEA", "all of Europe"); the regions that are read are in `_REGIONS`.
- `countries_too_many` (limit): more than `MAX_COUNTRIES` different countries.
- `countries_all_excepted` (value): no country left once those excepted are taken out.
- `countries_part_excepted` (value, suggestion, answer): what is excepted from one country is
  not a country ("France except Corsica"): the country whole is offered.
- `country_one_only` (count): `parse_country` got several countries (a region, or more
  than eight).
- `country_one_of` (value, options): `parse_country` got a few countries: each offered.
"""

from __future__ import annotations

import re
from functools import cache

import babel

from domain.errors import UserInputError
from domain.text import closest, excerpt, fold, language_of

MAX_COUNTRIES = 50

# Two-letter territory codes in CLDR that are not ISO 3166-1 countries:
# exceptional reservations (AC, CP, DG, EA, IC, TA), groupings (EU, EZ, UN, QO),
# pseudo-locales (XA, XB), the user-assigned XK and "unknown" (ZZ).
_NOT_ISO_3166_1 = {
    "AC",
    "CP",
    "DG",
    "EA",
    "EU",
    "EZ",
    "IC",
    "QO",
    "TA",
    "UN",
    "XA",
    "XB",
    "XK",
    "ZZ",
}

# Names people use that CLDR does not give (matched after `_key`, like CLDR names).
_ALIASES: dict[str, str] = {
    "USA": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "États-Unis d'Amérique": "US",
    "Etats-Unis": "US",
    "UK": "GB",
    "Great Britain": "GB",
    "Britain": "GB",
    "Grande-Bretagne": "GB",
    "England": "GB",
    "Angleterre": "GB",
    "Scotland": "GB",
    "Écosse": "GB",
    "Wales": "GB",
    "Pays de Galles": "GB",
    "Northern Ireland": "GB",
    "Irlande du Nord": "GB",
    "Holland": "NL",
    "Hollande": "NL",
    "Nederland": "NL",
    "Deutschland": "DE",
    "España": "ES",
    "Italia": "IT",
    "Schweiz": "CH",
    "Svizzera": "CH",
    "Österreich": "AT",
    "België": "BE",
    "Brasil": "BR",
    "Polska": "PL",
    "Sverige": "SE",
    "Norge": "NO",
    "Danmark": "DK",
    "Czech Republic": "CZ",
    "République tchèque": "CZ",
    "Slovak Republic": "SK",
    "Korea": "KR",
    "Corée": "KR",
    "Republic of Korea": "KR",
    "République de Corée": "KR",
    "Russian Federation": "RU",
    "Fédération de Russie": "RU",
    "Türkiye": "TR",
    "Ivory Coast": "CI",
    "UAE": "AE",
    "EAU": "AE",
    "KSA": "SA",
    "Hong Kong": "HK",
    "Macao": "MO",
    "Macau": "MO",
    "DRC": "CD",
    "DR Congo": "CD",
    "RDC": "CD",
    "RD Congo": "CD",
    "Democratic Republic of the Congo": "CD",
    "République démocratique du Congo": "CD",
    "Republic of the Congo": "CG",
    "République du Congo": "CG",
    "Burma": "MM",
    "Macedonia": "MK",
    "Macédoine": "MK",
    "Swaziland": "SZ",
    "East Timor": "TL",
    "Vatican": "VA",
    "Holy See": "VA",
    "Saint-Siège": "VA",
    "Cabo Verde": "CV",
    "Bélarus": "BY",
    "Brunei": "BN",
    "Viet Nam": "VN",
    "Palestine": "PS",
    "Saint Vincent and the Grenadines": "VC",
    "Sao Tome and Principe": "ST",
}

# Strong separators always end a country; conjunctions may sit inside a name.
_LIST_SEPARATORS = re.compile(r"[,;/\n\r\t|]")
_CONJUNCTIONS = re.compile(r"(?:^|\s)(?:and|et)(?=\s|$)|&", re.IGNORECASE)
# Longest run of conjunction-joined parts tried as one name: CLDR names hold at most one.
_MAX_PARTS_PER_NAME = 3
_ARTICLES = {"the", "la", "le", "les", "l"}
_WORD_SPELLINGS = {"et": "and", "st": "saint", "ste": "sainte"}
_NON_WORD = re.compile(r"[^\w&]+")
_PARENTHESIS = re.compile(r"\s*\(([^)]*)\)")


def _key(name: str) -> str:
    """Matching form of a name: folded, no punctuation or articles, one spelling of 'and'."""
    words = _NON_WORD.sub(" ", fold(name).replace("&", " & ")).split()
    # "U.S.A." and "R.A.S." arrive as single letters: join runs of them back into one word.
    # Only letters after letters: « de l'Ouest » stays "de l ouest" (not "del ouest").
    merged: list[str] = []
    after_letters = False
    for word in words:
        letter = len(word) == 1 and word.isalpha()
        if letter and merged and after_letters and _is_initials(merged[-1]):
            merged[-1] += word
        else:
            merged.append(word)
            after_letters = letter
    spelled = ("and" if w == "&" else _WORD_SPELLINGS.get(w, w) for w in merged)
    return " ".join(w for w in spelled if w not in _ARTICLES or len(merged) == 1)


def _is_initials(word: str) -> bool:
    return word.isalpha() and len(word) <= 3 and word not in _ARTICLES


@cache
def _names() -> dict[str, dict[str, str]]:
    """Display names per language ("en", "fr"), keyed by ISO code."""
    names: dict[str, dict[str, str]] = {}
    for language in ("en", "fr"):
        territories = babel.Locale.parse(language).territories
        names[language] = {
            code: name
            for code, name in territories.items()
            if len(code) == 2 and code.isalpha() and code.isupper() and code not in _NOT_ISO_3166_1
        }
    return names


@cache
def _lookup() -> dict[str, str]:
    """Matching key → ISO code, built once from CLDR names and the aliases."""
    table: dict[str, str] = {}
    names = _names()
    for language in ("en", "fr"):
        for code, name in names[language].items():
            table.setdefault(_key(name), code)
    for alias, code in _ALIASES.items():
        table[_key(alias)] = code
    # "Myanmar (Burma)", "Cocos (Keeling) Islands": the name without its
    # parenthesis, and what the parenthesis holds, when no other country has them.
    for language in ("en", "fr"):
        for code, name in names[language].items():
            if "(" in name:
                table.setdefault(_key(_PARENTHESIS.sub("", name)), code)
                for inner in _PARENTHESIS.findall(name):
                    table.setdefault(_key(inner), code)
    return table


def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code this module knows."""
    return frozenset(_names()["en"])


# "en France", "in Germany", « au Luxembourg », « aux Pays-Bas »: where the activity runs.
_PLACE_WORDS = frozenset({"in", "en", "au", "aux", "a"})


def _resolve(part: str) -> str | None:
    key = _key(part)
    if not key:
        return None
    code = _lookup().get(key)
    if code is None and len(key) == 2 and key.upper() in _names()["en"]:
        code = key.upper()
    first, _, rest = key.partition(" ")
    if code is None and rest and first in _PLACE_WORDS:
        code = _lookup().get(rest)  # a name only: "in IT" stays unread
    return code


# Said beside the countries, and no country: a remark in brackets after a name ("France
# (Paris et Lyon)") and the words that only qualify the list ("France only", « la France
# uniquement », "France and maybe Spain": a plan's countries are planned).
_REMARKS = re.compile(r"(?<=\S)\s*\([^()]*\)")
_QUALIFIERS = re.compile(
    r"(?<![\w-])(?:only|just|solely|maybe|perhaps|possibly|probably|uniquement|seulement"
    r"|exclusivement|peut[- ][eê]tre|[ée]ventuellement|sans doute"
    # "mainland France", « France métropolitaine », « toute la France », "all of France"
    r"|mainland|metropolitan|continental|m[ée]tropolitaine?|continentale?|all of|the whole of"
    r"|whole|entire|toute|tout)(?![\w-])",
    re.IGNORECASE,
)


# "EU except Germany", « France sauf DOM », "Benelux à l'exception du Luxembourg": the
# countries before these words, less those after (no country's name holds one of them).
_EXCEPT = re.compile(
    # Matched from a word's start (after one space), so a long run of spaces stays linear.
    r"(?<=\s)(?<!\bau\s)(?!sans\s+doute\b)"
    r"(?:(?:except(?:\s+for)?|excepting|excluding|exclusive\s+of|but\s+not|other\s+than"
    r"|apart\s+from|without|minus|sauf|hors|hormis|except[ée]|exclu(?:ant|s|e|es)?|sans|moins"
    r")\s+|[àa]\s+l['’ ]\s*exception\s+)"
    r"(?:(?:de|du|des)\s+|d['’]\s*)?",
    re.IGNORECASE,
)
# A country's ISO code is its mainland: its overseas departments and territories have their
# own (GP, MQ, GF, RE, YT…), so « France sauf DOM » is France (matching form, `_key`).
_OVERSEAS = frozenset(
    {
        *("dom", "tom", "dom tom", "drom", "com", "drom com", "dom and tom", "outre mer"),
        *("territoires d outre mer", "departements d outre mer", "dom tom d outre mer"),
        *("departements and territoires d outre mer", "collectivites d outre mer"),
        *("overseas", "overseas territories", "overseas departments", "overseas regions"),
        *("overseas departments and territories", "overseas france", "france d outre mer"),
    }
)


def parse_countries(text: str, locale: str) -> list[str]:
    """ISO alpha-2 codes of the countries in `text`, in the order typed, without repeats.

    `locale` is accepted for symmetry with the other parsers: names are read in
    English and French whatever the user's language. A list read only once its remarks
    and qualifiers are left aside ("France (Paris et Lyon)", "France only", "mainland
    France") is read so; a name holding brackets ("Saint-Martin (partie néerlandaise)") is
    read whole first. Countries excepted ("EU except Germany", « France sauf DOM ») are
    left out; nothing left is refused (`countries_all_excepted`).
    """
    split = _EXCEPT.search(text or "")
    if split is None:
        return _parse_qualified(text, locale)
    kept, excepted = text[: split.start()], text[split.end() :]
    codes = _parse_qualified(kept, locale)
    removed: set[str] = set()
    if _key(excepted) not in _OVERSEAS:
        try:
            removed = set(_parse_qualified(excepted, locale))
        except UserInputError as refused:
            suggested = refused.params.get("suggestion")
            close = _resolve(suggested) if isinstance(suggested, str) else None
            if refused.code == "country_did_you_mean" and close in codes:
                answer = text[: split.end()] + refused.params["answer"]
                raise UserInputError(refused.code, **{**refused.params, "answer": answer}) from None
            if refused.code in ("country_unknown", "country_did_you_mean") and len(codes) == 1:
                # « France sauf la Corse »: a part of the one country (leaving out a country
                # that is not in it, the one a misspelling is close to, changes nothing).
                whole = country_name(codes[0], locale)
                raise UserInputError(
                    "countries_part_excepted",
                    value=excerpt(excepted),
                    suggestion=whole,
                    answer=whole,
                ) from None
            if refused.code == "country_did_you_mean":
                # « UE sauf la Corse »: no near miss outside the list is offered.
                raise UserInputError("country_unknown", value=refused.params["value"]) from None
            raise
    left = [code for code in codes if code not in removed]
    if not left:
        raise UserInputError("countries_all_excepted", value=excerpt(text))
    return left


def _parse_qualified(text: str, locale: str) -> list[str]:
    """`_parse_countries`, then once more without the remarks and qualifiers."""
    try:
        return _parse_countries(text, locale)
    except UserInputError as refused:
        listed = _QUALIFIERS.sub(" ", _REMARKS.sub(" ", text or ""))
        if listed == text:
            raise
        try:
            return _parse_countries(listed, locale)
        except UserInputError:
            raise refused from None


def _parse_countries(text: str, locale: str) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()
    for segment in _LIST_SEPARATORS.split(text or ""):
        parts = [p.strip() for p in _CONJUNCTIONS.split(segment)]
        parts = [p for p in parts if p]
        index = 0
        while index < len(parts):
            code, used = _longest_name(parts, index)
            codes = [code] if code is not None else _region(parts[index])
            codes = codes or _names_in_words(parts[index])
            if not codes:
                _refuse_unknown(parts[index], text, locale)
            index += used
            for code in codes:
                if code not in seen:
                    seen.add(code)
                    found.append(code)
                    if len(found) > MAX_COUNTRIES:
                        raise UserInputError("countries_too_many", limit=MAX_COUNTRIES)
    if not found:
        raise UserInputError("countries_empty")
    return found


# Regions partners market to, by the names they use in English and French (matching form,
# see `_key`): each names its countries, in this order.
_REGIONS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("benelux",), ("BE", "NL", "LU")),
    **dict.fromkeys(("dach", "d a ch"), ("DE", "AT", "CH")),
    **dict.fromkeys(
        ("nordics", "nordic countries", "nordic region", "pays nordiques", "nordiques"),
        ("DK", "FI", "IS", "NO", "SE"),
    ),
    **dict.fromkeys(("scandinavia", "scandinavie"), ("DK", "NO", "SE")),
    **dict.fromkeys(
        ("baltics", "baltic states", "baltic countries", "pays baltes", "etats baltes"),
        ("EE", "LV", "LT"),
    ),
    **dict.fromkeys(("iberia", "iberian peninsula", "peninsule iberique"), ("ES", "PT")),
    # The European Union's 27 member states (by their English names' order).
    **dict.fromkeys(
        ("eu", "european union", "ue", "union europeenne", "pays de union europeenne"),
        (
            *("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU"),
            *("IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES"),
            "SE",
        ),
    ),
    # Those whose currency is the euro: 21 (Bulgaria's since 1 January 2026).
    **dict.fromkeys(
        ("eurozone", "euro zone", "euro area", "zone euro", "pays de zone euro"),
        (
            *("AT", "BE", "BG", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV"),
            *("LT", "LU", "MT", "NL", "PT", "SK", "SI", "ES"),
        ),
    ),
}
# "all of the EU", « toute l'UE »: the region itself.
_WHOLE = re.compile(
    r"^(?:all of|all|whole|entire|all countries of|all countries in|every country in"
    r"|toute|tout|tous pays de|tous les pays de|ensemble de)\s+"
)
# "the Benelux countries", « pays du Benelux », "countries of the Baltics": the region.
_OF_REGION = re.compile(r"^(?:pays|countries)(?: (?:of|in|du|de|des|d))? | (?:countries|region)$")
# Named as partners name where they market, but no list anyone could guess: "all of
# Europe", "EMEA", « le monde entier » (matching form, `_key`, after `_WHOLE`).
_TOO_WIDE = frozenset(
    {
        *("europe", "western europe", "eastern europe", "northern europe", "southern europe"),
        *("central europe", "europe de ouest", "europe de est", "europe du nord"),
        *("europe du sud", "europe centrale", "emea", "apac", "asia pacific", "asia"),
        *("asie", "asie pacifique", "latam", "latin america", "amerique latine", "americas"),
        *("ameriques", "africa", "afrique", "middle east", "moyen orient", "mea", "world"),
        *("worldwide", "global", "globally", "international", "monde", "monde entier"),
        *("mondial", "partout", "everywhere", "all countries", "tous pays", "tous les pays"),
        # "all", « tous » alone: every country, as "all countries"
        *("all", "tous", "toutes", "europe occidentale", "europe orientale"),
    }
)


def _region(part: str) -> list[str]:
    """The countries of a region named whole ("Benelux", « les pays nordiques », "all of
    the EU"); one too wide to guess ("EMEA", "all of Europe") is refused, saying so."""
    key = _key(part)
    whole = _OF_REGION.sub("", _WHOLE.sub("", key))
    if key in _TOO_WIDE or whole in _TOO_WIDE:
        raise UserInputError("countries_region_too_wide", value=excerpt(part))
    return list(_REGIONS.get(key) or _REGIONS.get(whole, ()))


def _names_in_words(part: str) -> list[str]:
    """ "france belgique luxembourg": countries typed with spaces only, when every word
    belongs to a name (longest names first); else none."""
    words = part.split()
    if len(words) < 2:
        return []
    codes, index = [], 0
    while index < len(words):
        code, used = _longest_name(words, index, joiner=" ")
        if code is None:
            return []
        codes.append(code)
        index += used
    return codes


def suggest_country(typed: str, locale: str) -> str | None:
    """The one country a misspelled name is close to ("Frnace", "Untied States"), by its
    name in the locale's language; None when none or several are close."""
    key = _key(typed)
    if len(key) < 4:
        return None
    code = closest(key, _lookup())
    return country_name(code, locale) if code is not None else None


def _refuse_unknown(part: str, text: str, locale: str) -> None:
    suggestion = suggest_country(part, locale)
    if suggestion is None:
        raise UserInputError("country_unknown", value=excerpt(part))
    raise UserInputError(
        "country_did_you_mean",
        value=excerpt(part),
        suggestion=suggestion,
        answer=text.replace(part, suggestion, 1),
    )


def _longest_name(parts: list[str], index: int, joiner: str = " and ") -> tuple[str | None, int]:
    """The country named by the longest run of parts from `index`, and how many parts it used."""
    longest = min(_MAX_PARTS_PER_NAME, len(parts) - index)
    for used in range(longest, 0, -1):
        code = _resolve(joiner.join(parts[index : index + used]))
        if code is not None:
            return code, used
    return None, 1


def parse_country(text: str, locale: str) -> str:
    """The ISO alpha-2 code of exactly one country ("EMEA" here is one country too few, not
    a region to list)."""
    try:
        codes = parse_countries(text, locale)
    except UserInputError as refused:
        if refused.code == "countries_region_too_wide":
            raise UserInputError("country_one_only", count=2) from None
        raise
    if len(codes) > 1:
        if len(codes) > _MAX_OFFERED_COUNTRIES:
            raise UserInputError("country_one_only", count=len(codes))
        names = [country_name(code, locale) for code in codes]
        raise UserInputError(
            "country_one_of", value=excerpt(text), options=[(name, name) for name in names]
        )
    return codes[0]


# Countries given where one is asked offered one button each, up to this many.
_MAX_OFFERED_COUNTRIES = 8


def country_name(code: str, locale: str) -> str:
    """The country's name in the locale's language (French for fr-*, else English)."""
    return _names()[language_of(locale)][code.upper()]
