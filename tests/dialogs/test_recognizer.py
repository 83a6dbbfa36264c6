"""Commands are whole messages; choices are matched by number, label or synonym; yes/no in en/fr."""

from __future__ import annotations

import pytest

from dialogs.recognizer import (
    Choice,
    Command,
    Intent,
    match_choice,
    normalize,
    recognize_command,
    recognize_yes_no,
)


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("help", Intent.HELP),
        ("Help!", Intent.HELP),
        ("  HELP  ", Intent.HELP),
        ("aide", Intent.HELP),
        ("Aide ?", Intent.HELP),
        ("?", Intent.HELP),
        ("cancel", Intent.CANCEL),
        ("Cancel.", Intent.CANCEL),
        ("annuler", Intent.CANCEL),
        ("Arrêter", Intent.CANCEL),
        ("new plan", Intent.NEW_PLAN),
        ("New Plan", Intent.NEW_PLAN),
        ("nouveau plan", Intent.NEW_PLAN),
        ("Créer un plan", Intent.NEW_PLAN),
        ("continue my plan", Intent.CONTINUE_PLAN),
        ("Continue my plan.", Intent.CONTINUE_PLAN),
        ("reprendre mon plan", Intent.CONTINUE_PLAN),
        ("Reprendre  mon   plan !", Intent.CONTINUE_PLAN),
        ("my plans", Intent.MY_PLANS),
        ("My plans?", Intent.MY_PLANS),
        ("mes plans", Intent.MY_PLANS),
        ("delete draft", Intent.DELETE_DRAFT),
        ("supprimer le brouillon", Intent.DELETE_DRAFT),
        ("bonjour", Intent.GREETING),
        ("Hello", Intent.GREETING),
    ],
)
def test_a_whole_message_that_is_a_command(typed: str, intent: Intent) -> None:
    assert recognize_command(typed) == Command(intent)


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("continue my plan PLN-2026-000042", Intent.CONTINUE_PLAN),
        ("reprendre mon plan pln-2026-000042", Intent.CONTINUE_PLAN),
        ("Reprendre le plan PLN-2026-000042 !", Intent.CONTINUE_PLAN),
        ("delete draft PLN-2026-000042", Intent.DELETE_DRAFT),
        ("supprimer le brouillon PLN-2026-000042", Intent.DELETE_DRAFT),
    ],
)
def test_a_command_with_a_plan_id(typed: str, intent: Intent) -> None:
    assert recognize_command(typed) == Command(intent, "PLN-2026-000042")


@pytest.mark.parametrize(
    "typed",
    [
        "Help desk campaign",
        "help desk",
        "Aide à la migration Teams",
        "Cancel culture webinar",
        "New plan for Modern Work",
        "my plans are ambitious",
        "Stop the churn",
        "PLN-2026-000042",
        "",
        None,
        "help " * 40,
    ],
)
def test_a_message_that_merely_contains_a_command_is_an_answer(typed: str | None) -> None:
    assert recognize_command(typed) is None


def test_continue_alone_is_the_continue_command() -> None:
    assert recognize_command("continue") == Command(Intent.CONTINUE_DRAFT)
    assert recognize_command("Continuer") == Command(Intent.CONTINUE_DRAFT)


# -- choices -----------------------------------------------------------------------------------

PROGRAMS = [
    Choice("csp_direct_bill", "CSP Direct Bill", ("CSP Facturation directe",)),
    Choice("csp_indirect_provider", "CSP Indirect Provider", ("CSP Fournisseur indirect",)),
    Choice("csp_indirect_reseller", "CSP Indirect Reseller", ("CSP Revendeur indirect",)),
    Choice("hosting", "Hosting", ("Hébergement",)),
]


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1", "csp_direct_bill"),
        ("4", "hosting"),
        (" 3 ", "csp_indirect_reseller"),
        ("CSP Indirect Reseller", "csp_indirect_reseller"),
        ("csp indirect reseller", "csp_indirect_reseller"),
        ("hosting", "hosting"),
        ("csp_direct_bill", "csp_direct_bill"),
        ("Hébergement", "hosting"),
        ("hebergement", "hosting"),
        ("CSP revendeur indirect", "csp_indirect_reseller"),
        ("reseller", "csp_indirect_reseller"),  # part of one label only
        ("we are a CSP Revendeur indirect", "csp_indirect_reseller"),  # contains one synonym
        ("CSP Revendeur indirect, I think!", "csp_indirect_reseller"),  # punctuation around
    ],
)
def test_a_choice_by_number_label_value_or_synonym(typed: str, value: str) -> None:
    choice = match_choice(typed, PROGRAMS)
    assert choice is not None and choice.value == value


@pytest.mark.parametrize(
    "typed",
    [
        "0",
        "5",
        "CSP",  # three labels contain it
        "indirect",  # two labels contain it
        "Xbox",
        "",
        "  ",
        "!!",
        # A link, whatever its path says.
        "https://contoso.sharepoint.com/sites/hosting/csp-indirect-reseller.pdf",
        "www.example.com/Hosting",
        "HTTP://hosting",
        # A synonym only as whole words.
        "xcsp revendeur indirectx",
    ],
)
def test_an_unknown_or_ambiguous_choice_is_none(typed: str) -> None:
    assert match_choice(typed, PROGRAMS) is None


def test_an_exact_name_wins_over_a_partial_one() -> None:
    choices = [Choice("a", "Print"), Choice("b", "Print advertising")]
    assert match_choice("print", choices).value == "a"
    assert match_choice("advertising", choices).value == "b"


# -- yes / no ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["yes", "Yes!", "y", "OK", "sure", "oui", "Oui.", "d'accord", "bien sûr", "OUAIS"]
)
def test_yes(typed: str) -> None:
    assert recognize_yes_no(typed) is True


@pytest.mark.parametrize(
    "typed", ["no", "No.", "n", "nope", "non", "Non merci", "c'est tout", "that's all", "done"]
)
def test_no(typed: str) -> None:
    assert recognize_yes_no(typed) is False


@pytest.mark.parametrize(
    "typed", ["maybe", "peut-être", "yes and no", "oui non", "", "yesterday", "nonsense"]
)
def test_neither_yes_nor_no(typed: str) -> None:
    assert recognize_yes_no(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  Arrêter  !", "arreter"),
        ("Aide ?", "aide ?"),
        ("ÉTATS-UNIS", "etats unis"),
        ("ﬁn", "fin"),
        # The parsers' fold: casefold, not lower (ß is "ss" for money, dates and countries too).
        ("Straße", "strasse"),
    ],
)
def test_normalize_is_the_parsers_fold_without_punctuation(typed: str, expected: str) -> None:
    assert normalize(typed) == expected


def test_a_short_word_names_a_choice_only_when_no_other_choice_has_it() -> None:
    halves = [Choice("FY27 H1", "FY27 H1"), Choice("FY27 H2", "FY27 H2")]
    assert match_choice("h2", halves) == halves[1]
    assert match_choice("fy27", halves) is None
    two_years = [Choice("FY27 H2", "FY27 H2"), Choice("FY28 H2", "FY28 H2")]
    assert match_choice("H2", two_years) is None


def test_a_part_of_a_label_starts_one_of_its_words() -> None:
    """ "oui" was found inside « Supprimer ce br*oui*llon »: a part names a label only from
    the start of one of its words ("resell" still names "CSP Indirect Reseller")."""
    review = [Choice("submit", "Soumettre"), Choice("delete_draft", "Supprimer ce brouillon")]
    assert match_choice("oui", review) is None
    assert match_choice("brouil", review).value == "delete_draft"
    assert match_choice("resell", PROGRAMS).value == "csp_indirect_reseller"
    assert match_choice("seller", PROGRAMS) is None
