"""What partners type, as they type it, and what the assistant must make of it (issue 15).

Each entry: (kind, locale, typed, expected). `expected` is the value read, `None` when the
text must not be read as that kind (a campaign named "Help desk" is no command), or
`Suggest(x)`: refused, with `x` offered in one click ("Did you mean France?"). The kinds
are read by `tests/corpus/test_partner_inputs.py` with the assistant's own readers.
Collected from the misses measured from outside (the issue quotes them) and from what
partners write in Partner Center's free-text fields: amounts with "k", tax and "about",
dates without a year or relative to today, countries misspelled or without commas,
ids with their label, choices in other words or another order, commands in sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Suggest:
    """Refused, with this offered in one click."""

    value: object


D = Decimal
EN, FR = "en-US", "fr-FR"

CORPUS: list[tuple[str, str, str, object]] = [
    # -- amounts (EUR) -------------------------------------------------------------------
    ("amount", EN, "12,500.50", D("12500.50")),
    ("amount", EN, "12500", D("12500")),
    ("amount", EN, "€12,500", D("12500")),
    ("amount", EN, "12k", D("12000")),
    ("amount", EN, "12.5k", D("12500")),
    ("amount", EN, "25k€", D("25000")),
    ("amount", EN, "EUR 3,000", D("3000")),
    ("amount", EN, "3000 euros", D("3000")),
    ("amount", EN, "about 1,200", D("1200")),
    ("amount", EN, "around 5000", D("5000")),
    ("amount", EN, "~800", D("800")),
    ("amount", EN, "2,400 excl. VAT", D("2400")),
    ("amount", EN, "2,400 incl. VAT", D("2400")),
    ("amount", EN, "1.2M", D("1200000")),
    ("amount", EN, "50,000.00 EUR", D("50000")),
    ("amount", FR, "12 500 €", D("12500")),
    ("amount", FR, "12 500 € HT", D("12500")),
    ("amount", FR, "12 500,50", D("12500.50")),
    ("amount", FR, "25k€", D("25000")),
    ("amount", FR, "1,5 k€", D("1500")),
    ("amount", FR, "environ 1200", D("1200")),
    ("amount", FR, "2 400 EUR TTC", D("2400")),
    ("amount", FR, "3.000,00", D("3000")),
    ("amount", FR, "1 234,56 €", D("1234.56")),
    ("amount", FR, "40 000", D("40000")),
    ("amount", FR, "5000 euros hors taxes", D("5000")),
    ("amount", FR, "à peu près 900", D("900")),
    ("amount", EN, "twelve thousand", None),
    ("amount", EN, "12,500 USD", None),  # not the plan's currency: refused, not converted
    ("amount", FR, "0", None),
    # -- counts (people reached) ----------------------------------------------------------
    ("count", EN, "800", 800),
    ("count", EN, "1,200", 1200),
    ("count", EN, "about 1,200", 1200),
    ("count", EN, "~500", 500),
    ("count", FR, "environ 1200", 1200),
    ("count", FR, "1 200", 1200),
    ("count", FR, "à peu près 300", 300),
    ("count", FR, "beaucoup", None),
    # -- dates (today 27 Nov 2026) --------------------------------------------------------
    ("date", EN, "2027-01-10", date(2027, 1, 10)),
    ("date", EN, "March 31, 2027", date(2027, 3, 31)),
    ("date", EN, "31 March 2027", date(2027, 3, 31)),
    ("date", EN, "03/15/2027", date(2027, 3, 15)),
    ("date", EN, "tomorrow", date(2026, 11, 28)),
    ("date", EN, "next Friday", date(2026, 12, 4)),
    ("date", EN, "on Monday", date(2026, 11, 30)),
    ("date", EN, "in 2 weeks", date(2026, 12, 11)),
    ("date", EN, "in 3 days", date(2026, 11, 30)),
    ("date", EN, "Dec 15", date(2026, 12, 15)),
    ("date", EN, "end of October", Suggest("2026-10-31")),
    ("date", EN, "early December", Suggest("2026-12-01")),
    ("date", EN, "mid-January 2027", Suggest("2027-01-15")),
    ("date", EN, "someday", None),
    ("date", FR, "15/03/2027", date(2027, 3, 15)),
    ("date", FR, "30 avril 2027", date(2027, 4, 30)),
    ("date", FR, "1er mai 2027", date(2027, 5, 1)),
    ("date", FR, "le 5 décembre", date(2026, 12, 5)),
    ("date", FR, "demain", date(2026, 11, 28)),
    ("date", FR, "vendredi prochain", date(2026, 12, 4)),
    ("date", FR, "ce vendredi", date(2026, 12, 4)),
    ("date", FR, "dans 2 semaines", date(2026, 12, 11)),
    ("date", FR, "dans 3 jours", date(2026, 11, 30)),
    ("date", FR, "fin octobre", Suggest("2026-10-31")),
    ("date", FR, "début décembre", Suggest("2026-12-01")),
    ("date", FR, "mi-janvier 2027", Suggest("2027-01-15")),
    ("date", FR, "bientôt", None),
    # -- countries ------------------------------------------------------------------------
    ("countries", EN, "France", ["FR"]),
    ("countries", EN, "France, Belgium", ["FR", "BE"]),
    ("countries", EN, "France and Belgium", ["FR", "BE"]),
    ("countries", EN, "FR, BE, LU", ["FR", "BE", "LU"]),
    ("countries", EN, "USA", ["US"]),
    ("countries", EN, "UK", ["GB"]),
    ("countries", EN, "the Netherlands", ["NL"]),
    ("countries", EN, "Germany; Austria; Switzerland", ["DE", "AT", "CH"]),
    ("countries", EN, "France Germany", ["FR", "DE"]),
    ("countries", EN, "Frnace", Suggest("France")),
    ("countries", EN, "Mexcio", Suggest("Mexico")),
    ("countries", EN, "Untied States", Suggest("United States")),
    ("countries", EN, "Germny", Suggest("Germany")),
    ("countries", EN, "Atlantis", None),
    ("countries", FR, "France et Belgique", ["FR", "BE"]),
    ("countries", FR, "france belgique luxembourg", ["FR", "BE", "LU"]),
    ("countries", FR, "Allemagne", ["DE"]),
    ("countries", FR, "Royaume-Uni", ["GB"]),
    ("countries", FR, "États-Unis", ["US"]),
    ("countries", FR, "Pays-Bas, Belgique", ["NL", "BE"]),
    ("countries", FR, "Suisse", ["CH"]),
    ("countries", FR, "Allemgne", Suggest("Allemagne")),
    ("countries", FR, "Itallie", Suggest("Italie")),
    ("countries", FR, "Espagne & Portugal", ["ES", "PT"]),
    # -- partner ids ----------------------------------------------------------------------
    ("mpn", EN, "1234567", "1234567"),
    ("mpn", EN, "MPN ID: 7654321", "7654321"),
    ("mpn", EN, "MPN 1234567", "1234567"),
    ("mpn", EN, "Partner ID 1234567", "1234567"),
    ("mpn", EN, "my MPN is 1234567", "1234567"),
    ("mpn", EN, "1 234 567", "1234567"),
    ("mpn", FR, "ID partenaire 1234567", "1234567"),
    ("mpn", FR, "mon MPN est 1234567", "1234567"),
    ("mpn", EN, "12345", None),
    ("mpn", EN, "MPN", None),
    # -- programs ---------------------------------------------------------------------------
    ("program", EN, "CSP Indirect Reseller", "csp_indirect_reseller"),
    ("program", EN, "csp indirect reseller", "csp_indirect_reseller"),
    ("program", EN, "indirect reseller CSP", "csp_indirect_reseller"),
    ("program", EN, "CSP Indirect Resseller", Suggest("csp_indirect_reseller")),
    ("program", FR, "CSP revendeur indirect", "csp_indirect_reseller"),
    ("program", FR, "revendeur indirect CSP", "csp_indirect_reseller"),
    ("program", FR, "CSP revendeur indirrect", Suggest("csp_indirect_reseller")),
    # -- fund types -------------------------------------------------------------------------
    ("fund", EN, "co-op", "coop"),
    ("fund", EN, "Co-op", "coop"),
    ("fund", EN, "coop", "coop"),
    ("fund", FR, "Co-op", "coop"),
    # -- activity types -------------------------------------------------------------------
    ("activity", EN, "digital advertising", "digital_advertising"),
    ("activity", EN, "Digital ads", "digital_advertising"),
    ("activity", EN, "webinar", "customer_seminar"),
    ("activity", EN, "trade show", "tradeshow"),
    ("activity", EN, "tradeshow", "tradeshow"),
    ("activity", EN, "customer seminars", "customer_seminar"),
    ("activity", EN, "telemarketing", "telemarketing"),
    ("activity", EN, "TV", "tv_radio"),
    ("activity", EN, "Digitl advertising", Suggest("digital_advertising")),
    ("activity", EN, "Telemarketting", Suggest("telemarketing")),
    ("activity", FR, "webinaire", "customer_seminar"),
    ("activity", FR, "salon", "tradeshow"),
    ("activity", FR, "Publicité numérique", "digital_advertising"),
    ("activity", FR, "séminaires clients", "customer_seminar"),
    ("activity", FR, "publipostage", "direct_mail"),
    ("activity", FR, "télémarketing", "telemarketing"),
    ("activity", FR, "Publicité numériqe", Suggest("digital_advertising")),
    # -- commands, alone and in sentences -------------------------------------------------
    ("command", EN, "new plan", "new_plan"),
    ("command", EN, "I'd like to create a new plan", "new_plan"),
    ("command", EN, "can you start a plan please", "new_plan"),
    ("command", EN, "I'd like to file a claim for the webinar", "new_claim"),
    ("command", EN, "I want to file a claim", "new_claim"),
    ("command", EN, "could you show my plans", "my_plans"),
    ("command", EN, "I want to cancel", "cancel"),
    ("command", EN, "help", "help"),
    ("command", EN, "Help desk", None),
    ("command", EN, "Help desk revamp", None),
    ("command", EN, "Cancel culture webinar", None),
    ("command", FR, "nouveau plan", "new_plan"),
    ("command", FR, "je voudrais créer un nouveau plan", "new_plan"),
    ("command", FR, "j'aimerais faire une nouvelle réclamation", "new_claim"),
    ("command", FR, "je veux annuler", "cancel"),
    ("command", FR, "pouvez-vous afficher mes plans ?", "my_plans"),
    ("command", FR, "aide", "help"),
    ("command", FR, "Aide aux PME", None),
    ("command", EN, "how much co-op do I have left?", "my_funds"),
    ("command", EN, "when is the deadline?", "my_funds"),
    ("command", EN, "Deadline push", None),
    ("command", EN, "resume my draft", "continue_draft"),
    ("command", FR, "combien de co-op me reste-t-il ?", "my_funds"),
    ("command", FR, "quelle est la date limite ?", "my_funds"),
    ("command", FR, "reprendre", "continue_draft"),
    # -- the review, in words ---------------------------------------------------------------
    ("review", EN, "submit", "submit"),
    ("review", EN, "change the plan limit", "edit:plan_limit"),
    ("review", EN, "edit the reviewer", "edit:reviewer_email"),
    ("review", EN, "update the market", "edit:market"),
    ("review", EN, "change my partner id", "edit:mpn_id"),
    ("review", EN, "save", "save"),
    ("review", FR, "envoyer", "submit"),
    ("review", FR, "soumettre", "submit"),
    ("review", FR, "modifier le plafond", "edit:plan_limit"),
    ("review", FR, "changer le réviseur", "edit:reviewer_email"),
    ("review", FR, "corriger le marché", "edit:market"),
    ("review", FR, "enregistrer", "save"),
    # -- periods ----------------------------------------------------------------------------
    ("period", EN, "FY27 H2", "FY27 H2"),
    ("period", EN, "fy27h2", "FY27 H2"),
    ("period", EN, "H1 FY27", "FY27 H1"),
    ("period", FR, "FY27 S2", "FY27 H2"),
    # -- reviewer e-mail --------------------------------------------------------------------
    ("email", EN, "ana@microsoft.com", "ana@microsoft.com"),
    # The domain is case-blind, the local part kept as typed (RFC 5321).
    ("email", EN, "Ana.Lopez@Microsoft.com", "Ana.Lopez@microsoft.com"),
    ("email", EN, "mailto:ana@microsoft.com", "ana@microsoft.com"),
    ("email", FR, "marie.curie@microsoft.com", "marie.curie@microsoft.com"),
]
