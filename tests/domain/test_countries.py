"""Countries typed by name (English or French) or ISO code."""

from __future__ import annotations

import pytest

from domain.countries import (
    MAX_COUNTRIES,
    country_codes,
    country_name,
    parse_countries,
    parse_country,
)
from domain.errors import UserInputError


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("France", "FR"),
        ("france", "FR"),
        ("FRANCE", "FR"),
        ("la France", "FR"),
        ("Allemagne", "DE"),
        ("l'Allemagne", "DE"),
        ("l’Allemagne", "DE"),
        ("Germany", "DE"),
        ("les États-Unis", "US"),
        ("Etats-Unis", "US"),
        ("etats unis", "US"),
        ("États-Unis d'Amérique", "US"),
        ("United States", "US"),
        ("United States of America", "US"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("US", "US"),
        ("U.S.", "US"),
        ("us", "US"),
        ("the Netherlands", "NL"),
        ("Netherlands", "NL"),
        ("Pays-Bas", "NL"),
        ("les Pays Bas", "NL"),
        ("Holland", "NL"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("United Kingdom", "GB"),
        ("Royaume-Uni", "GB"),
        ("Great Britain", "GB"),
        ("Grande-Bretagne", "GB"),
        ("Angleterre", "GB"),
        ("England", "GB"),
        ("Deutschland", "DE"),
        ("España", "ES"),
        ("Espana", "ES"),
        ("Espagne", "ES"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Tchéquie", "CZ"),
        ("République tchèque", "CZ"),
        ("Korea", "KR"),
        ("South Korea", "KR"),
        ("Corée du Sud", "KR"),
        ("coree du sud", "KR"),
        ("North Korea", "KP"),
        ("Russia", "RU"),
        ("Russie", "RU"),
        ("Suisse", "CH"),
        ("Switzerland", "CH"),
        ("Belgique", "BE"),
        ("Côte d’Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Émirats arabes unis", "AE"),
        ("emirats arabes unis", "AE"),
        ("UAE", "AE"),
        ("Myanmar", "MM"),
        ("Burma", "MM"),
        ("Birmanie", "MM"),
        ("Hong Kong", "HK"),
        ("La Réunion", "RE"),
        ("Réunion", "RE"),
        ("St. Lucia", "LC"),
        ("Saint Lucia", "LC"),
        ("Sainte-Lucie", "LC"),
        ("Türkiye", "TR"),
        ("Turquie", "TR"),
        ("DRC", "CD"),
        ("Maurice", "MU"),
        ("Mauritius", "MU"),
        ("Trinidad and Tobago", "TT"),
        ("Trinidad & Tobago", "TT"),
        ("Trinité-et-Tobago", "TT"),
        ("Trinite et Tobago", "TT"),
        ("Bosnia and Herzegovina", "BA"),
        ("Bosnie-Herzégovine", "BA"),
        ("Saint-Kitts-et-Nevis", "KN"),
        ("Saint Kitts et Nevis", "KN"),
        ("St Kitts and Nevis", "KN"),
        ("Antigua-et-Barbuda", "AG"),
        ("Antigua and Barbuda", "AG"),
        ("Saint-Vincent-et-les-Grenadines", "VC"),
        ("Saint Vincent and the Grenadines", "VC"),
        ("São Tomé-et-Principe", "ST"),
        ("Sao Tome and Principe", "ST"),
        ("Turks and Caicos Islands", "TC"),
        ("Wallis et Futuna", "WF"),
        ("  France  ", "FR"),
        ("ＦＲＡＮＣＥ", "FR"),  # full-width
    ],
)
@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
def test_parse_country_reads_names_and_aliases(typed: str, code: str, locale: str) -> None:
    assert parse_country(typed, locale) == code
    assert parse_countries(typed, locale) == [code]


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("fr, de", ["FR", "DE"]),
        ("FR,DE,es", ["FR", "DE", "ES"]),
        ("fr; de; it", ["FR", "DE", "IT"]),
        ("fr / de", ["FR", "DE"]),
        ("fr\nde\r\nit", ["FR", "DE", "IT"]),
        ("France, Allemagne", ["FR", "DE"]),
        ("France et Allemagne", ["FR", "DE"]),
        ("France and Germany", ["FR", "DE"]),
        ("France & Germany", ["FR", "DE"]),
        ("France&Germany", ["FR", "DE"]),
        ("France, Germany, and Spain", ["FR", "DE", "ES"]),
        ("France, Allemagne et Espagne", ["FR", "DE", "ES"]),
        ("la France, la Belgique et la Suisse", ["FR", "BE", "CH"]),
        ("France ET Allemagne", ["FR", "DE"]),
        ("Trinidad and Tobago and France", ["TT", "FR"]),
        ("France and Trinidad and Tobago", ["FR", "TT"]),
        ("Bosnia and Herzegovina, Serbia and Montenegro", ["BA", "RS", "ME"]),
        ("Saint-Kitts-et-Nevis et Antigua-et-Barbuda", ["KN", "AG"]),
        ("Saint Kitts et Nevis et Antigua et Barbuda", ["KN", "AG"]),
        ("France, france, FR, la France", ["FR"]),
        ("USA, UK, US", ["US", "GB"]),
        ("Belgique,,France", ["BE", "FR"]),
        ("Belgique, France,", ["BE", "FR"]),
        ("et France", ["FR"]),
        ("fr, de", ["FR", "DE"]),
    ],
)
def test_parse_countries_lists(typed: str, codes: list[str]) -> None:
    assert parse_countries(typed, "fr-FR") == codes


@pytest.mark.parametrize("typed", ["", "   ", ",", " ; , / ", "\n\n", "et", "and", "&"])
def test_countries_empty(typed: str) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_countries(typed, "fr-FR")
    assert caught.value.code == "countries_empty"


def test_countries_none_is_empty() -> None:
    with pytest.raises(UserInputError) as caught:
        parse_countries(None, "en-US")  # type: ignore[arg-type]
    assert caught.value.code == "countries_empty"


@pytest.mark.parametrize(
    ("typed", "unknown"),
    [
        ("Narnia", "Narnia"),
        ("France, Narnia, Spain", "Narnia"),
        ("France et Narnia", "Narnia"),
        ("  Atlantis  ", "Atlantis"),
        ("XX", "XX"),
        ("ZZ", "ZZ"),  # CLDR "unknown region"
        ("UN", "UN"),
        ("QO", "QO"),
        ("001", "001"),  # CLDR's numeric region for the world
        ("Congo", "Congo"),  # which one? the user must say
        ("FRA", "FRA"),
        ("🇫🇷", "🇫🇷"),
    ],
)
def test_country_unknown_names_the_token_as_typed(typed: str, unknown: str) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_countries(typed, "en-US")
    assert caught.value.code == "country_unknown"
    assert caught.value.params == {"value": unknown}


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("France Germany", ["FR", "DE"]),
        ("france belgique luxembourg", ["FR", "BE", "LU"]),
        ("United States Canada", ["US", "CA"]),
    ],
)
def test_countries_typed_with_spaces_only_are_each_read(typed: str, codes: list[str]) -> None:
    assert parse_countries(typed, "en-US") == codes


@pytest.mark.parametrize(
    ("typed", "locale", "suggestion", "answer"),
    [
        ("Frnace", "en-US", "France", "France"),
        ("Mexcio", "en-US", "Mexico", "Mexico"),
        ("Untied States", "en-US", "United States", "United States"),
        ("Fr@nce", "en-US", "France", "France"),
        ("Frnace, Belgium", "en-US", "France", "France, Belgium"),
        ("Allemgne", "fr-FR", "Allemagne", "Allemagne"),
    ],
)
def test_a_close_misspelling_is_refused_with_the_country_it_is_close_to(
    typed: str, locale: str, suggestion: str, answer: str
) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_countries(typed, locale)
    assert caught.value.code == "country_did_you_mean"
    assert caught.value.params["suggestion"] == suggestion
    assert caught.value.params["answer"] == answer


def test_too_many_countries() -> None:
    codes = sorted(country_codes())
    assert len(codes) > MAX_COUNTRIES
    assert parse_countries(", ".join(codes[:MAX_COUNTRIES]), "en-US") == codes[:MAX_COUNTRIES]
    with pytest.raises(UserInputError) as caught:
        parse_countries(", ".join(codes[: MAX_COUNTRIES + 1]), "en-US")
    assert caught.value.code == "countries_too_many"
    assert caught.value.params == {"limit": MAX_COUNTRIES}


def test_repeats_do_not_count_towards_the_limit() -> None:
    assert parse_countries(", ".join(["France"] * 500), "fr-FR") == ["FR"]


def test_long_input_is_refused() -> None:
    """Refused, said back in a few characters (how long it takes: `make bench`)."""
    for text in ("a" * 10_000, "France and " * 900 + "x", "a and " * 2_000, "é" * 10_000):
        with pytest.raises(UserInputError) as caught:
            parse_countries(text, "fr-FR")
        assert caught.value.code == "country_unknown"
        assert len(caught.value.params["value"]) <= 60


@pytest.mark.parametrize("typed", ["France, Allemagne", "fr et de", "Trinidad and Tobago, France"])
def test_parse_country_wants_exactly_one(typed: str) -> None:
    """A few countries where one is asked: each offered (stop 46: it said "one country"
    with nothing of which)."""
    with pytest.raises(UserInputError) as caught:
        parse_country(typed, "fr-FR")
    assert caught.value.code == "country_one_of"
    assert len(caught.value.params["options"]) == 2


@pytest.mark.parametrize(
    ("code", "locale", "name"),
    [
        ("FR", "fr-FR", "France"),
        ("DE", "fr-FR", "Allemagne"),
        ("DE", "en-US", "Germany"),
        ("de", "en-GB", "Germany"),
        ("US", "fr-CA", "États-Unis"),
        ("US", "en-US", "United States"),
        ("GB", "fr-FR", "Royaume-Uni"),
        ("CH", "de-CH", "Switzerland"),  # the bot answers in English outside French
        ("CI", "fr-FR", "Côte d’Ivoire"),
    ],
)
def test_country_name(code: str, locale: str, name: str) -> None:
    assert country_name(code, locale) == name


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
def test_every_country_name_reads_back_to_its_code(locale: str) -> None:
    for code in country_codes():
        assert parse_countries(country_name(code, locale), locale) == [code], code


def test_only_real_iso_3166_codes_are_known() -> None:
    codes = country_codes()
    assert {"FR", "DE", "US", "GB", "JP", "BR", "ZA", "AQ"} <= codes
    assert not codes & {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "XK", "AC", "IC", "EA", "TA"}
    assert all(len(code) == 2 and code.isalpha() and code.isupper() for code in codes)
    assert len(codes) == 249  # ISO 3166-1 alpha-2 as of CLDR in Babel 2.9.1


def test_unknown_code_for_a_name_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        country_name("ZZ", "en-US")


# Seen off the script at an activity's countries: « la France uniquement », "France only",
# "France and maybe Spain", « France (Paris et Lyon) » got "I don't know the country …".
@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("la France uniquement", ["FR"]),
        ("France only", ["FR"]),
        ("only France and Belgium", ["FR", "BE"]),
        ("just Germany", ["DE"]),
        ("seulement la Belgique", ["BE"]),
        ("France and maybe Spain", ["FR", "ES"]),
        ("France, peut-être l'Espagne", ["FR", "ES"]),
        ("France (Paris et Lyon)", ["FR"]),
        ("Germany (Berlin, Munich), Austria", ["DE", "AT"]),
    ],
)
def test_qualifiers_and_remarks_around_countries_are_left_aside(
    typed: str, codes: list[str]
) -> None:
    assert parse_countries(typed, "fr-FR") == codes


@pytest.mark.parametrize("typed", ["only", "maybe", "just (Paris)"])
def test_qualifiers_alone_name_no_country(typed: str) -> None:
    with pytest.raises(UserInputError):
        parse_countries(typed, "en-US")


@pytest.mark.parametrize("typed", ["EMEA", "all of Europe", "worldwide", "EU"])
def test_one_country_asked_for_and_a_region_given(typed: str) -> None:
    """Where one country is asked for (a plan's market), a region is one country too many,
    not a list to name: no groups offered."""
    with pytest.raises(UserInputError) as caught:
        parse_country(typed, "en-US")
    assert caught.value.code == "country_one_only"


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("France sauf DOM", ["FR"]),
        ("France hors DOM-TOM", ["FR"]),
        ("mainland France", ["FR"]),
        ("EU except Germany", [c for c in parse_countries("EU", "en-US") if c != "DE"]),
        ("Benelux à l'exception de la Belgique", ["NL", "LU"]),
        ("the Nordics except Iceland and Norway", ["DK", "FI", "SE"]),
        ("France, Belgium without Belgium", ["FR"]),
        # Not an exception: "sans doute" (no doubt), as before.
        ("France et sans doute l'Espagne", ["FR", "ES"]),
    ],
)
def test_countries_excepted_are_left_out(typed: str, codes: list[str]) -> None:
    assert parse_countries(typed, "fr-FR") == codes


def test_a_misspelled_exception_is_suggested_in_the_whole_answer() -> None:
    with pytest.raises(UserInputError) as caught:
        parse_countries("EU except Germny", "en-US")
    assert caught.value.code == "country_did_you_mean"
    assert caught.value.params["answer"] == "EU except Germany"


def test_nothing_left_once_excepted_is_refused() -> None:
    with pytest.raises(UserInputError) as caught:
        parse_countries("France except France", "en-US")
    assert caught.value.code == "countries_all_excepted"
