"""Free text, e-mail addresses, partner ids and the shared text helpers."""

from __future__ import annotations

import pytest

from domain.errors import UserInputError
from domain.text import clean_text, excerpt, fold, language_of, parse_email, parse_mpn_id


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Spring launch", "Spring launch"),
        ("  Spring launch  ", "Spring launch"),
        ("Spring   launch", "Spring launch"),
        ("Spring\tlaunch", "Spring launch"),
        ("Spring\nlaunch\r\n2026", "Spring launch 2026"),
        ("Salon\u00a0Microsoft\u202fParis", "Salon Microsoft Paris"),
        ("line\u2028separator", "line separator"),
        ("zero\u200bwidth", "zerowidth"),
        ("bidi\u202eoverride\u202c", "bidioverride"),
        ("\ufeffbyte order mark", "byte order mark"),
        ("soft\u00adhyphen", "softhyphen"),
        ("bell\x07 and null\x00", "bell and null"),
        ("escape\x1b[31m", "escape[31m"),
        ("del\x7f", "del"),
        ("Café crème", "Café crème"),
        ("Cafe\u0301", "Café"),  # decomposed accents are composed
        ("Lancement 🚀", "Lancement 🚀"),
        ("Équipe 👩\u200d💻 dev", "Équipe 👩\u200d💻 dev"),  # joiner inside an emoji survives
        ("👍🏽 ok", "👍🏽 ok"),
        ("\u200d leading joiner", "leading joiner"),
        ("Écosse 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", None),
        ("日本語のテキスト", "日本語のテキスト"),
        ("x", "x"),
    ],
)
def test_clean_text(typed: str, expected: str | None) -> None:
    cleaned = clean_text(typed, max_length=100, field="name")
    assert cleaned == (typed if expected is None else expected)


@pytest.mark.parametrize(
    "typed", [None, "", "   ", "\n\t\r", "\u200b\u200d", "\x00\x01\x02", "\u00a0\u202f", "\ufeff"]
)
def test_clean_text_empty(typed: str | None) -> None:
    with pytest.raises(UserInputError) as caught:
        clean_text(typed, max_length=100, field="description")
    assert caught.value.code == "text_empty"
    assert caught.value.params == {"field": "description"}


@pytest.mark.parametrize("typed", ["🚀🚀", "🚀 🎉", "...", "- - -", "???", "👍🏽", "★☆★", "_"])
def test_clean_text_with_no_words_is_refused(typed: str) -> None:
    with pytest.raises(UserInputError) as caught:
        clean_text(typed, max_length=100, field="description")
    assert caught.value.code == "text_no_words"
    assert caught.value.params == {"field": "description"}


@pytest.mark.parametrize("typed", ["SEO", "42", "🚀 Q3", "١٢٣", "Ωmega", "C#", "日本"])
def test_one_letter_or_digit_in_any_script_is_words_enough(typed: str) -> None:
    assert clean_text(typed, max_length=100, field="name") == typed


def test_clean_text_length_limit() -> None:
    assert clean_text("a" * 10, max_length=10, field="name") == "a" * 10
    # Blanks removed by cleaning do not count.
    assert clean_text("  " + "a " * 5 + "  ", max_length=9, field="name") == "a a a a a"
    with pytest.raises(UserInputError) as caught:
        clean_text("a" * 11, max_length=10, field="name")
    assert caught.value.code == "text_too_long"
    assert caught.value.params == {"field": "name", "max_length": 10, "length": 11}


def test_clean_text_long_input_is_refused_with_its_length() -> None:
    with pytest.raises(UserInputError) as caught:
        clean_text("🚀 " * 5_000, max_length=200, field="description")
    assert caught.value.code == "text_too_long"
    assert caught.value.params["length"] == 9_999


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ada@microsoft.com", "ada@microsoft.com"),
        ("  ada@microsoft.com  ", "ada@microsoft.com"),
        ("ada@MICROSOFT.com", "ada@microsoft.com"),
        ("Ada.Lovelace@Microsoft.com", "Ada.Lovelace@microsoft.com"),
        ("Ada <ada@microsoft.com>", "ada@microsoft.com"),
        ('"Lovelace, Ada" <ada@microsoft.com>', "ada@microsoft.com"),
        ("<ada@microsoft.com>", "ada@microsoft.com"),
        ("mailto:ada@microsoft.com", "ada@microsoft.com"),
        ("MAILTO:ada@microsoft.com", "ada@microsoft.com"),
        ("<mailto:ada@microsoft.com>", "ada@microsoft.com"),
        ('<a href="mailto:ada@microsoft.com">ada@microsoft.com</a>', "ada@microsoft.com"),
        ("[ada@microsoft.com](mailto:ada@microsoft.com)", "ada@microsoft.com"),
        ("ada@microsoft.com.", "ada@microsoft.com"),
        ("ada+coop@microsoft.com", "ada+coop@microsoft.com"),
        ("a.b-c_d@sub.microsoft.co.uk", "a.b-c_d@sub.microsoft.co.uk"),
        ("v-ada@microsoft.com", "v-ada@microsoft.com"),
        ("ada@partner-1.fr", "ada@partner-1.fr"),
        ("x@y.io", "x@y.io"),
    ],
)
def test_parse_email(typed: str, expected: str) -> None:
    assert parse_email(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "ada",
        "ada@",
        "@microsoft.com",
        "ada@microsoft",
        "ada@microsoft.c",
        "ada@microsoft.c0m",
        "ada@@microsoft.com",
        "ada@bob@microsoft.com",
        "ada lovelace@microsoft.com",
        "ada@micro soft.com",
        "ada@-microsoft.com",
        "ada@microsoft-.com",
        "ada@microsoft..com",
        "ada@.microsoft.com",
        ".ada@microsoft.com",
        "ada.@microsoft.com",
        "ada..lovelace@microsoft.com",
        "adà@microsoft.com",
        "ada@microsöft.com",
        "ada(at)microsoft.com",
        "📧@microsoft.com",
        "a" * 65 + "@microsoft.com",
        "ada@" + "a" * 64 + ".com",
        "ada@" + ("a" * 60 + ".") * 5 + "com",  # over 254 characters
    ],
)
def test_parse_email_invalid(typed: str) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_email(typed)
    assert caught.value.code == "email_invalid"
    assert caught.value.params == {"value": excerpt(typed)}


@pytest.mark.parametrize(
    "typed",
    [
        "ada@microsoft.com, bob@microsoft.com",
        "ada@microsoft.com\nbob@microsoft.com",
        "ada@microsoft.com or bob@microsoft.com",
        "ada@microsoft.com et bob@microsoft.com",
    ],
)
def test_several_addresses_are_each_offered_never_one_taken(typed: str) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_email(typed)
    assert caught.value.code == "email_which"
    assert [value for value, _ in caught.value.params["options"]] == [
        "ada@microsoft.com",
        "bob@microsoft.com",
    ]


def test_parse_email_none_is_invalid() -> None:
    with pytest.raises(UserInputError) as caught:
        parse_email(None)  # type: ignore[arg-type]
    assert caught.value.code == "email_invalid"


def test_parse_email_long_input_is_refused() -> None:
    """Refused, said back in a few characters (how long it takes: `make bench`)."""
    for text in ("a" * 10_000 + "@microsoft.com", "a." * 5_000, "@" * 10_000, "a-" * 5_000):
        with pytest.raises(UserInputError) as caught:
            parse_email(text)
        assert caught.value.code == "email_invalid"
        assert len(caught.value.params["value"]) <= 60
    # Right at the length limits (bench/readers.py times this one too).
    with pytest.raises(UserInputError):
        parse_email("a" * 64 + "@" + "-".join(["a"] * 31) + "-." + "a" * 60 + ".c")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("123456", "123456"),
        ("1234567", "1234567"),
        ("12345678", "12345678"),
        (" 1234567 ", "1234567"),
        ("123 4567", "1234567"),
        ("1 234 567", "1234567"),
        ("1\u00a0234\u202f567", "1234567"),
        ("１２３４５６７", "1234567"),  # full-width digits
        ("0012345", "0012345"),  # leading zeros are part of the id
    ],
)
def test_parse_mpn_id(typed: str, expected: str) -> None:
    assert parse_mpn_id(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "12345",
        "123456789",
        "12a4567",
        "123-4567",
        "MPN",
        "-1234567",
        "1234567.0",
        "١٢٣٤٥٦٧",  # Arabic-Indic digits
        "1234567🙂",
        "1" * 10_000,
    ],
)
def test_parse_mpn_id_invalid(typed: str) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_mpn_id(typed)
    assert caught.value.code == "mpn_invalid"
    assert caught.value.params == {"value": excerpt(typed)}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Évènement", "evenement"),
        ("ÉTATS-UNIS", "etats-unis"),
        ("ﬁn", "fin"),
        ("Straße", "strasse"),
    ],
)
def test_fold(typed: str, expected: str) -> None:
    assert fold(typed) == expected


def test_excerpt() -> None:
    assert excerpt("  short  ") == "short"
    long = excerpt("x" * 1_000)
    assert len(long) == 60 and long.endswith("…")


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("fr-FR", "fr"),
        ("fr", "fr"),
        ("FR-ca", "fr"),
        ("fr_CA", "fr"),
        ("en-US", "en"),
        ("de-DE", "en"),
        ("", "en"),
    ],
)
def test_language_of(locale: str, language: str) -> None:
    assert language_of(locale) == language
    assert language_of(None) == "en"
