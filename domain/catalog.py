"""The activity catalog: one entry per row of DOMAIN.md's "Activity catalog" table.

Each activity type carries its category, the evidence a proof of execution must
show, the metric reported, and its caps. It is data, not code paths: the plan and
claim checks read it, and a new activity type is one more entry here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from domain.text import fold


class Category(StrEnum):
    DEMAND_GENERATION = "demand_generation"
    MARKET_DEVELOPMENT = "market_development"
    PARTNER_READINESS = "partner_readiness"


class CapKind(StrEnum):
    """How a cap is computed; the claim check turns each kind into a limit."""

    FIXED_PER_USAGE_PERIOD = "fixed_per_usage_period"  # an amount per usage period
    SHARE_OF_EARNED = "share_of_earned"  # a share of the co-op earned in the period
    GREATER_OF_SHARE_OR_FIXED = "greater_of_share_or_fixed"  # e.g. demo units
    CONFERENCE_TRAVEL = "conference_travel"  # per person, per conference, per period


class Cap(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: CapKind
    amount_usd: Decimal | None = None
    share: Decimal | None = None
    # Programs where the cap is lifted (Surface: 100% of earned co-op, or no cap).
    share_for_surface: Decimal | None = None
    per_person_usd: Decimal | None = None
    max_attendees: int | None = None


class ActivityType(BaseModel):
    """One row of the catalog. `evidence` lists evidence keys a PoE must cover."""

    model_config = ConfigDict(frozen=True)

    key: str
    category: Category
    evidence: tuple[str, ...]
    metric: str | None = None
    cap: Cap | None = None
    requires_pre_approval: bool = False
    excluded_programs: tuple[str, ...] = ()
    # Words partners type for it (en and fr) besides its translated name.
    aliases: tuple[str, ...] = ()


def _type(key: str, category: Category, evidence: tuple[str, ...], **extra) -> ActivityType:
    return ActivityType(key=key, category=category, evidence=evidence, **extra)


_D, _M, _R = Category.DEMAND_GENERATION, Category.MARKET_DEVELOPMENT, Category.PARTNER_READINESS
_QUARTER = Decimal("0.25")
_WHOLE = Decimal("1")

ACTIVITY_TYPES: tuple[ActivityType, ...] = (
    _type(
        "print_advertising",
        _D,
        ("final_piece", "partner_branding", "microsoft_content"),
        metric="estimated_reach",
        aliases=(
            *("print", "presse", "magazine", "newspaper", "print ads", "magazine ads"),
            *("newspaper ads", "pub presse", "publicité presse", "annonce presse"),
        ),
    ),
    _type(
        "digital_advertising",
        _D,
        ("ad_screenshot", "landing_page_url"),
        metric="results_summary",
        aliases=(
            *("digital", "online ads", "display", "banner", "publicité en ligne", "numérique"),
            *("linkedin", "linkedin ads", "facebook ads", "social ads", "social media"),
            *("social media ads", "paid social", "online advertising", "display ads"),
            *("banner ads", "google ads", "pub linkedin", "publicité linkedin", "pub en ligne"),
            *("réseaux sociaux", "publicité digitale", "pub digitale"),
        ),
    ),
    _type(
        "direct_mail",
        _D,
        ("final_piece", "proof_of_distribution"),
        metric="estimated_reach",
        aliases=(
            "mail",
            "email",
            "e-mail",
            "sms",
            "mailing",
            "courrier",
            "emailing",
            "publipostage",
            *("newsletter", "newsletters", "lettre d'information", "email campaign"),
        ),
    ),
    _type(
        "website_search",
        _D,
        ("url_or_screenshots", "seo_statement_of_work"),
        metric="results_summary",
        aliases=(
            *("website", "seo", "sea", "search", "site web", "référencement", "google ads"),
            *("adwords", "ppc", "paid search", "sem", "référencement payant"),
        ),
    ),
    _type(
        "syndicated_content",
        _D,
        ("url_or_screenshots",),
        metric="results_summary",
        cap=Cap(kind=CapKind.FIXED_PER_USAGE_PERIOD, amount_usd=Decimal("18750")),
        aliases=("syndicated", "syndication", "contenu syndiqué"),
    ),
    _type(
        "multi_touch_campaign",
        _D,
        ("component_evidence",),
        aliases=("multi-touch", "multitouch", "multicanal", "multi-canal"),
    ),
    _type(
        "telemarketing",
        _M,
        ("script_with_brand", "microsoft_content"),
        metric="calls_and_contacts",
        aliases=("telemarketing", "phoning", "télémarketing", "calls", "appels"),
    ),
    _type(
        "customer_seminar",
        _M,
        ("invitation_agenda", "event_photos"),
        metric="registered_guests",
        aliases=(
            "seminar",
            "bootcamp",
            "boot camp",
            "workshop",
            "webinar",
            "webinars",
            "webinaire",
            "webinaires",
            "séminaire",
            "atelier",
            "événement client",
            "customer event",
        ),
    ),
    _type(
        "tradeshow",
        _M,
        ("invitation_agenda", "booth_photo"),
        metric="estimated_attendees",
        aliases=(
            *("trade show", "exhibition", "expo", "salon", "exposition", "trade event"),
            *("industry event", "événement professionnel"),
            # Seen at stop 61: 'I don't know "Booth"'.
            *("booth", "exhibitor booth", "trade show booth", "stand", "stand d'exposition"),
        ),
    ),
    _type(
        "customer_offer",
        _M,
        ("offer_terms",),
        metric="results_summary",
        cap=Cap(kind=CapKind.SHARE_OF_EARNED, share=_QUARTER, share_for_surface=_WHOLE),
        aliases=("offer", "promotion", "discount", "offre", "remise"),
    ),
    _type(
        "internal_incentive",
        _M,
        ("contest_rules_with_brand",),
        metric="results_summary",
        cap=Cap(kind=CapKind.SHARE_OF_EARNED, share=_QUARTER, share_for_surface=_WHOLE),
        aliases=("spiff", "spiffs", "incentive", "contest", "incitation", "challenge"),
    ),
    _type(
        "onsite_champ",
        _M,
        ("sample_deliverables",),
        cap=Cap(kind=CapKind.SHARE_OF_EARNED, share=Decimal("0.5"), share_for_surface=_WHOLE),
        aliases=("champ", "on-site", "onsite", "champion"),
    ),
    _type(
        "proof_of_concept",
        _M,
        ("materials_produced",),
        aliases=("poc", "pilot", "white paper", "case study", "preuve de concept", "pilote"),
    ),
    _type(
        "employee_purchase_web",
        _M,
        # DOMAIN.md: "landing-page URL or screenshot" (either one will do).
        ("url_or_screenshots",),
        excluded_programs=("surface_add",),
        aliases=("employee purchase", "epp", "achat salariés"),
    ),
    _type(
        "tv_radio",
        _D,
        ("invoice_or_csr",),
        requires_pre_approval=True,
        aliases=(
            *("tv", "radio", "television", "télévision", "télé"),
            # With "ads" alone (digital advertising's word) the type was two types.
            *("tv ads", "tv ad", "tv advertising", "tv commercial", "tv commercials"),
            *("radio ads", "radio ad", "radio advertising", "radio spot", "radio spots"),
            *("pub tv", "pub télé", "publicité tv", "spot tv", "spots tv", "spot radio"),
            *("spots radio", "tv spot", "tv spots", "radio commercial", "radio commercials"),
            *("spot télé", "spots télé", "publicité télévisée", "publicité radio"),
        ),
    ),
    _type(
        "mpn_participation",
        _R,
        ("microsoft_invoice",),
        aliases=("mpn", "partner network", "membership", "adhésion"),
    ),
    _type(
        "exams_tuition",
        _R,
        ("invoice_course_code",),
        metric="attendees_cost_per_person",
        aliases=("exam", "exams", "tuition", "certification", "examen", "formation certifiante"),
    ),
    _type(
        "internal_training",
        _R,
        ("agenda", "microsoft_presentation"),
        metric="attendees",
        aliases=("training", "floor day", "formation", "formation interne"),
    ),
    _type(
        "microsoft_conference",
        _R,
        ("registration", "travel_itinerary"),
        cap=Cap(
            kind=CapKind.CONFERENCE_TRAVEL,
            amount_usd=Decimal("45000"),
            per_person_usd=Decimal("5000"),
            max_attendees=3,
        ),
        aliases=(
            *("conference", "inspire", "ignite", "conférence", "événement microsoft"),
            "microsoft event",
        ),
    ),
    _type(
        "demo_units",
        _R,
        ("specs_or_delivery",),
        cap=Cap(
            kind=CapKind.GREATER_OF_SHARE_OR_FIXED,
            share=Decimal("0.10"),
            amount_usd=Decimal("3000"),
        ),
        aliases=("seeding", "demo", "demo units", "unités de démonstration", "démo"),
    ),
)

ACTIVITY_TYPES_BY_KEY: dict[str, ActivityType] = {entry.key: entry for entry in ACTIVITY_TYPES}


def activity_type(key: str) -> ActivityType:
    """The catalog entry for `key`; KeyError for a type the catalog does not hold."""
    return ACTIVITY_TYPES_BY_KEY[key]


# -- costs the catalog rules on apart from the activity they serve -------------------------


class ExpenseRule(StrEnum):
    """What the catalog says of a cost, apart from the activity it serves."""

    WITH_TYPES = "with_types"  # paid only within a claim of certain activity types
    NEVER = "never"  # never paid
    NOT_RULED = "not_ruled"  # the catalog says nothing of it: the program's guide does


class Expense(BaseModel):
    """A cost partners ask about ("can I claim catering?"): the catalog's rule for it.

    `activity_types`: the types whose claims may include it (`ExpenseRule.WITH_TYPES`).
    `words`: partners' words for it, English and French, as typed (matched folded, as
    whole words)."""

    model_config = ConfigDict(frozen=True)

    key: str
    rule: ExpenseRule
    activity_types: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


EXPENSES: tuple[Expense, ...] = (
    # DOMAIN.md: customer seminars — "catering excludes alcohol".
    Expense(
        key="catering",
        rule=ExpenseRule.WITH_TYPES,
        activity_types=("customer_seminar",),
        words=(
            *("catering", "caterer", "food", "lunch", "lunches", "breakfast", "dinner"),
            *("meal", "meals", "refreshments", "snacks", "coffee break", "drinks", "beverages"),
            *("traiteur", "restauration", "repas", "déjeuner", "petit-déjeuner", "dîner"),
            *("boissons", "collation", "pause café", "buffet"),
        ),
    ),
    Expense(
        key="alcohol",
        rule=ExpenseRule.NEVER,
        words=(
            *("alcohol", "alcoholic drinks", "wine", "beer", "champagne", "spirits"),
            *("cocktails", "open bar", "bar tab", "alcool", "boissons alcoolisées", "vin"),
            *("bière", "spiritueux", "apéritif"),
        ),
    ),
    # DOMAIN.md: Microsoft-hosted conferences — "travel USD 5,000 per person per conference,
    # max 3 attendees, USD 45,000 per period per program".
    Expense(
        key="travel",
        rule=ExpenseRule.WITH_TYPES,
        activity_types=("microsoft_conference",),
        words=(
            *("travel", "travel costs", "travel expenses", "flight", "flights", "airfare"),
            *("plane tickets", "train tickets", "hotel", "hotels", "accommodation"),
            *("lodging", "mileage", "taxi", "car rental", "per diem", "déplacement"),
            *("déplacements", "voyage", "voyages", "vols", "billets d'avion", "billet d'avion"),
            *("billets de train", "hôtel", "hôtels", "hébergement", "nuitées"),
            "location de voiture",
        ),
    ),
    # The catalog says nothing of tax: said so, with who can tell.
    Expense(
        key="tax",
        rule=ExpenseRule.NOT_RULED,
        words=(
            *("vat", "tax", "taxes", "sales tax", "gst", "hst", "incl tax", "excl tax"),
            *("including tax", "excluding tax", "pre tax", "tva", "taxe", "hors taxes"),
            *("hors taxe", "toutes taxes comprises", "ht", "ttc"),
        ),
    ),
)


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


_EXPENSE_WORDS: dict[str, Expense] = {
    _words(word): expense for expense in EXPENSES for word in expense.words
}
_EXPENSE_NAMED = re.compile(
    r"\b(?:"
    + "|".join(re.escape(word) for word in sorted(_EXPENSE_WORDS, key=len, reverse=True))
    + r")\b"
)


def expenses_named(text: str) -> tuple[Expense, ...]:
    """The costs `text` names ("hotel costs", « le traiteur et l'alcool »), in the order
    named, each once; () when it names none."""
    found: list[Expense] = []
    for match in _EXPENSE_NAMED.finditer(_words(text)):
        expense = _EXPENSE_WORDS[match.group(0)]
        if expense not in found:
            found.append(expense)
    return tuple(found)
