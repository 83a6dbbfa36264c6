"""A change asked for in words at a plan's review: "change the planned amount", "modifier
le montant du salon", "change the end date of Rentrée".

The review's card has a button for every field of every campaign and activity; typed, only
the plan's own fields and a campaign's full "<name> <field>" were understood, so a partner
told "lower some planned amounts" could not say which one in words. Here a sentence with a
verb of change is read as a field (planned amount, end date, …) and, when it names them,
the campaign (by name, or "campaign 2") and the activity (by type, a word partners use for
it such as "webinar", or "activity 3"). What it reads is the list of the review's edit
choices it can mean: one is the answer; several are offered to pick from.

Both languages are read whatever the partner's, as the review's other typed words are.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from dialogs.recognizer import normalize, plan_item_to_change, polite_words
from dialogs.review_actions import EditTarget, ReviewAction
from domain.dates import MONTH_WORDS
from domain.errors import UserInputError
from domain.plan import ACTIVITY_FIELDS, CAMPAIGN_FIELDS, PLAN_FIELDS, Plan
from domain.text import language_of
from views.activity_names import activity_type_words
from views.strings import t

_VERBS = frozenset(
    normalize(verb)
    for verb in (
        *("change", "edit", "update", "modify", "fix", "correct", "set", "adjust", "make"),
        *("lower", "raise", "reduce", "increase", "cut"),
        *("modifier", "changer", "corriger", "ajuster", "baisser", "réduire", "augmenter"),
        *("diminuer", "mettre à jour", "rectifier"),
        # In the imperative, as partners type them: « mets le montant à 9 500 ».
        *("modifie", "modifiez", "change", "changez", "corrige", "corrigez", "mets", "mettez"),
    )
)

# Field -> the words for it, in both languages (normalized, longest first when read).
_CAMPAIGN_WORDS = {
    "name": ("name", "title", "campaign name", "nom", "titre", "nom de la campagne"),
    "start_date": (
        *("start date", "start", "starting date", "beginning"),
        *("date de début", "début", "date de commencement"),
    ),
    "end_date": ("end date", "end", "ending date", "finish", "date de fin", "fin"),
}
_ACTIVITY_WORDS = {
    "activity_type": ("activity type", "type", "kind", "type d'activité", "type de l'activité"),
    "description": ("description", "descriptif"),
    "countries": ("countries", "activity countries", "pays de l'activité", "les pays"),
    "planned_amount": (
        *("planned amount", "amount", "budget", "spend", "cost", "planned spend"),
        *("montant prévu", "montant", "budget", "coût", "dépense", "dépense prévue"),
    ),
}
_CAMPAIGN_NUMBER = re.compile(r"\b(?:campaign|campagne) (\d{1,3})\b")
_ACTIVITY_NUMBER = re.compile(r"\b(?:activity|activite) (\d{1,3})\b")
# "the second activity", « la troisième campagne », "the last activity": a position too
# (LAST: the last of them).
LAST = -1
_ORDINALS = {
    **dict.fromkeys(("first", "1st", "premiere", "premier", "1re", "1er"), 1),
    **dict.fromkeys(("second", "2nd", "deuxieme", "2e", "2eme", "seconde"), 2),
    **dict.fromkeys(("third", "3rd", "troisieme", "3e", "3eme"), 3),
    **dict.fromkeys(("fourth", "4th", "quatrieme", "4e", "4eme"), 4),
    **dict.fromkeys(("fifth", "5th", "cinquieme", "5e", "5eme"), 5),
    **dict.fromkeys(("last", "derniere", "dernier"), LAST),
}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_CAMPAIGN_ORDINAL = re.compile(rf"\b({_ORDINAL}) (?:campaign|campagne)\b")
_ACTIVITY_ORDINAL = re.compile(rf"\b({_ORDINAL}) (?:activity|activite)\b")


@functools.cache
def _field_phrases() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(whole-word pattern, level, field), longest phrase first."""
    phrases = {
        (normalize(word), level, field)
        for level, table in (("campaign", _CAMPAIGN_WORDS), ("activity", _ACTIVITY_WORDS))
        for field, words in table.items()
        for word in words
    }
    return tuple(
        (re.compile(rf"\b{re.escape(phrase)}\b"), level, field)
        for phrase, level, field in sorted(phrases, key=lambda p: (-len(p[0]), p))
    )


@functools.cache
def _type_patterns(activity_type: str) -> tuple[re.Pattern[str], ...]:
    """An activity type's names and partners' words for it, as whole-word patterns (a
    plural is the same item: "séminaires" for "séminaire")."""
    names = {normalize(word) for word in activity_type_words(activity_type)}
    return tuple(re.compile(rf"\b{re.escape(n)}s?\b") for n in sorted(names) if len(n) >= 3)


def _has_verb(typed: str) -> bool:
    words = typed.split()
    return any(
        " ".join(words[i : i + size]) in _VERBS for size in (1, 3) for i in range(len(words))
    )


# "the amount is wrong", « la date de fin est fausse »: a field said to be wrong is one to
# change (its question is asked; what follows "is" is no value: `says_change`).
# Words saying an answer is wrong (as `normalize` leaves them), for the two patterns below.
_WRONG = (
    r"wrong|incorrect|not right|mistaken|faux|fausses?|erronee?s?|incorrecte?s?"
    r"|pas bon(?:ne)?s?|pas justes?"
)
# A judgement asking for another answer: "(the name is) too long", « (… n'est) pas claire ».
_JUDGED_CHANGE = (
    r"too (?:long|short|early|late|high|low|much|big|small)|(?:a bit |too |very |quite )?vague"
    r"|unclear|not clear|confusing|trop (?:tot|tard|eleve|elevee|haut|bas|petit|petite)"
    r"|misspel\w*|typos?|different|incomplete|missing (?:a |some )?words?"
    r"|trop longu?e?s?|trop courte?s?|pas claire?s?|incomplete?s?|differente?s?|mal ecrite?s?"
    r"|fautes?|coquilles?"
)
_COMPLAINT = re.compile(rf"\b(?:{_WRONG}|mistake|error|erreur|trompee?|{_JUDGED_CHANGE})\b")


def _asks_change(typed: str) -> bool:
    return _has_verb(typed) or _COMPLAINT.search(typed) is not None


# A complaint said where a value would be: "(the name is) wrong", « (le nom est) faux ».
_COMPLAINT_ALONE = re.compile(
    r"(?:all |totally |completely |just |simply |still |tout |completement |encore )?"
    rf"(?:{_WRONG}|not correct|a mistake|an error|in error|bad|off|mauvaise?s?|pas correcte?s?)"
)
# "rename the campaign", "rename it to …", « renommer la campagne »: a change of its name.
_RENAMING = re.compile(r"^\s*(?:rename|renommer|renomme|renommez)\b\s*", re.IGNORECASE)


# "change the amount", « modifier le plafond »: a choice's synonyms for a field's change.
_EDIT_VERBS = {
    "en": ("change", "edit", "update", "modify", "fix", "correct", "set", "make"),
    "fr": (
        *("modifier", "changer", "corriger", "mettre a jour", "mettre"),
        # In the imperative, as partners type them: « mets le montant », « corrige la date ».
        *("modifie", "modifiez", "change", "changez", "corrige", "corrigez", "mets", "mettez"),
    ),
}
_EDIT_ARTICLES = {
    "en": ("", "the ", "my "),
    "fr": ("", "le ", "la ", "l ", "les ", "mon ", "ma ", "mes "),
}


@functools.cache
def edit_phrases(
    label_key: str, en: tuple[str, ...] = (), fr: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """Every "<verb> [article] <word>" of both languages for the field whose name is the
    string `label_key` ("field.claim.amount"), and the other words for it (`en`, `fr`)."""
    words = {
        "en": (t("en", label_key).lower(), *en),
        "fr": (t("fr", label_key).lower(), *fr),
    }
    changes = (
        f"{verb} {article}{word}"
        for language, named in words.items()
        for verb in _EDIT_VERBS[language]
        for article in _EDIT_ARTICLES[language]
        for word in named
    )
    complaints = (
        complaint.format(f"{article}{word}")
        for language, named in words.items()
        for complaint in _COMPLAINTS[language]
        for article in _EDIT_ARTICLES[language]
        for word in named
    )
    return (*changes, *complaints)


# "the amount is wrong", « le montant est faux » (as `normalize` leaves them).
_COMPLAINTS = {
    "en": (
        *("{} is wrong", "{} is incorrect", "{} is not right", "wrong {}"),
        *("{} was wrong", "{} was incorrect"),
        *("{} are wrong", "{} are incorrect", "{} are not right"),
        # A mistake owned: "I made a mistake in the amount", "there's an error in the date".
        *("i made a mistake in {}", "i made a mistake on {}", "mistake in {}", "error in {}"),
        *("there s a mistake in {}", "there s an error in {}", "i got {} wrong"),
        # A judgement asking for another answer: "the name is too long".
        *("{} is too long", "{} is too short", "{} is unclear", "{} is not clear"),
        *("{} is vague", "{} is misspelled", "{} is misspelt", "{} has a typo"),
        *("there s a typo in {}", "typo in {}", "{} should be different"),
        *("{} needs to change", "{} needs changing", "{} are unclear", "{} are vague"),
        *("{} is too early", "{} is too late", "{} is too high", "{} is too low"),
    ),
    "fr": (
        *("{} est faux", "{} est fausse", "{} est errone", "{} est erronee"),
        *("{} est incorrect", "{} est incorrecte", "{} n est pas bon", "{} n est pas bonne"),
        *("{} sont faux", "{} sont fausses", "{} sont errones", "{} sont erronees"),
        *("{} sont incorrects", "{} sont incorrectes", "{} ne sont pas bons"),
        "{} ne sont pas bonnes",
        *("je me suis trompe de {}", "je me suis trompe dans {}", "je me suis trompe sur {}"),
        *("je me suis trompee de {}", "erreur dans {}", "erreur sur {}"),
        "il y a une erreur dans {}",
        # « mauvais montant, c'est 9 500 € », « mauvaise date » (either gender: the word's).
        *("mauvais {}", "mauvaise {}"),
        *("{} etait faux", "{} etait fausse", "{} etait errone", "{} etait erronee"),
        # A judgement asking for another answer: « le nom est trop long ».
        *("{} est trop long", "{} est trop longue", "{} est trop court", "{} est trop courte"),
        *("{} n est pas clair", "{} n est pas claire", "{} est mal ecrit", "{} est mal ecrite"),
        *("{} devrait etre different", "{} devrait etre differente", "{} a une faute"),
        *("il y a une faute dans {}", "faute dans {}", "{} n est pas clair du tout"),
        *("{} est trop tot", "{} est trop tard", "{} est trop eleve", "{} est trop bas"),
    ),
}


def edit_choices(answer: str, plan: Plan, latest: bool = False) -> list[str]:
    """The review's edit choices (`edit:C1:A2:planned_amount`) the typed `answer` can mean,
    in the review's order; empty when it asks for no change of a campaign or an activity.
    "change the activity", "edit the campaign" (no answer, no item named): the answers of
    every one, or with `latest` of the last (where a plan's questions are)."""
    typed = normalize(answer[:200])
    if _RENAMING.match(typed):
        french = typed.startswith("renomm")
        typed = _RENAMING.sub("modifier le nom " if french else "change the name ", typed)
    if not typed or not _asks_change(typed):
        return []
    level = field = None
    numbers = _numbers(typed)  # before a field's words go: "nom de la campagne 2"
    refuse_missing_position(answer, plan)  # "change the amount of activity 5" of a plan of 1
    for pattern, phrase_level, phrase_field in _field_phrases():
        if pattern.search(typed):
            level, field = phrase_level, phrase_field
            typed = pattern.sub(" ", typed, count=1)  # its words name no item
            break
    campaigns, activities = _named_items(typed, numbers, plan)
    if field is None and _DATES.search(typed):
        # "the dates are wrong", « les dates sont fausses »: a campaign's start and end.
        ids = campaigns or list(dict.fromkeys(c for c, _ in activities))
        ids = ids or [c.id for c in plan.campaigns]
        return [_edit(name, c) for c in ids for name in ("start_date", "end_date")]
    if field is None:
        # "change Spring push": the fields of the one item it names.
        if len(activities) == 1 and not campaigns:
            campaign_id, activity_id = activities[0]
            return [_edit(name, campaign_id, activity_id) for name in _ACTIVITY_WORDS]
        if len(campaigns) == 1 and not activities:
            return [_edit(name, campaigns[0]) for name in _CAMPAIGN_WORDS]
        if campaigns or activities:
            return []
        if _SAYS_ACTIVITY.search(typed):
            pairs = [(c.id, a.id) for c in plan.campaigns for a in c.activities]
            pairs = pairs[-1:] if latest else pairs
            return [_edit(name, c, a) for c, a in pairs for name in _ACTIVITY_WORDS]
        if _SAYS_CAMPAIGN.search(typed):
            ids = [c.id for c in plan.campaigns]
            return [
                _edit(name, c) for c in (ids[-1:] if latest else ids) for name in _CAMPAIGN_WORDS
            ]
        return []
    if level == "campaign":
        ids = campaigns or list(dict.fromkeys(c for c, _ in activities))
        ids = ids or [c.id for c in plan.campaigns]
        return [_edit(field, campaign_id) for campaign_id in ids]
    pairs = activities or [
        (c.id, a.id)
        for c in plan.campaigns
        if not campaigns or c.id in campaigns
        for a in c.activities
    ]
    return [_edit(field, campaign_id, activity_id) for campaign_id, activity_id in pairs]


# "the dates", « les dates », "the date" with neither start nor end said (read after them).
_DATES = re.compile(r"\bdates?\b")


_REMOVE_VERBS = re.compile(
    r"\b(?:remove|delete|drop|take out|get rid of|supprimer|supprime|retirer|retire|enlever|"
    r"enleve|effacer)\b"
)
_SAYS_ACTIVITY = re.compile(r"\b(?:activity|activities|activite|activites)\b")
_SAYS_CAMPAIGN = re.compile(r"\b(?:campaign|campaigns|campagne|campagnes)\b")


def remove_choices(answer: str, plan: Plan) -> list[str]:
    """The review's remove choices (`remove:A2`) the typed `answer` can mean: "remove the
    webinar", "delete Spring push", « supprimer l'activité 2 »; empty when it asks none."""
    typed = normalize(answer[:200])
    if not typed or not _REMOVE_VERBS.search(typed):
        return []
    refuse_missing_position(answer, plan)  # "remove the second activity" of a plan with one
    campaigns, activities = _named_items(typed, _numbers(typed), plan)
    if activities:
        return [_remove(activity_id) for _, activity_id in activities]
    if _SAYS_ACTIVITY.search(typed):  # "remove the activity": the named campaign's, or any
        return [
            _remove(a.id)
            for c in plan.campaigns
            if not campaigns or c.id in campaigns
            for a in c.activities
        ]
    if campaigns:
        return [_remove(campaign_id) for campaign_id in campaigns]
    if _SAYS_CAMPAIGN.search(typed):
        return [_remove(c.id) for c in plan.campaigns]
    return []


# "add another campaign", « ajoute une activité », "new activity for Spring push": what to add.
_ADD_VERBS = re.compile(
    # Asked as a question or a wish too: "can I add another activity?", "how do I add a
    # campaign?", « puis-je ajouter une activité ? » (stop 58: the review's general help).
    r"^(?:(?:can|could|may) (?:i|we) |how (?:do|can|could) (?:i|we) |(?:i|we) (?:want|need"
    r"|d like|would like) to |let me |let s |puis je |peut on |je peux |on peut "
    r"|je voudrais |je veux |j aimerais |comment )?"
    r"(?:please |svp )?(?:add|create|ajouter|ajoute|ajoutez|creer|cree|creez|new|another"
    r"|one more|nouvelle|nouvel|une autre|encore une)\b"
)


def add_choices(answer: str, plan: Plan) -> list[str]:
    """The review's add choices (`add_campaign`, `add_activity:C1`) the typed `answer` can
    mean: a campaign, or an activity of the campaign it names (of any, when it names none);
    empty when it asks to add neither."""
    typed = normalize(answer[:200])
    if not typed or not _ADD_VERBS.match(typed):
        return []
    if _SAYS_ACTIVITY.search(typed):
        campaigns, _ = _named_items(typed, _numbers(typed), plan)
        return [
            str(ReviewAction("add_activity", c.id))
            for c in plan.campaigns
            if not campaigns or c.id in campaigns
        ]
    return ["add_campaign"] if _SAYS_CAMPAIGN.search(typed) else []


def _remove(item_id: str) -> str:
    return str(ReviewAction("remove", item_id))


def _numbers(typed: str) -> tuple[set[int], set[int]]:
    """The campaigns' and the activities' positions `typed` names ("activity 3", "the
    second activity"; LAST for "the last activity")."""
    return (
        {int(n) for n in _CAMPAIGN_NUMBER.findall(typed)}
        | {_ORDINALS[word] for word in _CAMPAIGN_ORDINAL.findall(typed)},
        {int(n) for n in _ACTIVITY_NUMBER.findall(typed)}
        | {_ORDINALS[word] for word in _ACTIVITY_ORDINAL.findall(typed)},
    )


def _named_items(
    typed: str, numbers: tuple[set[int], set[int]], plan: Plan
) -> tuple[list[str], list[tuple[str, str]]]:
    """The campaigns (ids) and activities ((campaign id, activity id)) `typed` names."""
    campaigns = []
    numbered = _positions(numbers[0], len(plan.campaigns))
    for position, campaign in enumerate(plan.campaigns, start=1):
        name = normalize(campaign.name or "")
        if position in numbered or (name and re.search(rf"\b{re.escape(name)}\b", typed)):
            campaigns.append(campaign.id)
    in_order = [(c.id, a) for c in plan.campaigns for a in c.activities]
    if campaigns:  # "activity 2 of Spring push": counted within the campaign
        in_order = [(c, a) for c, a in in_order if c in campaigns]
    numbered = _positions(numbers[1], len(in_order))
    activities = [
        (campaign_id, activity.id)
        for position, (campaign_id, activity) in enumerate(in_order, start=1)
        if position in numbered
        or any(p.search(typed) for p in _type_patterns(activity.activity_type or ""))
    ]
    return campaigns, activities


def _positions(named: set[int], count: int) -> set[int]:
    """The positions named, LAST as the last of `count`."""
    return {count if position == LAST else position for position in named}


def refuse_missing_position(answer: str, plan: Plan) -> None:
    """ "remove the second activity" where the plan has one, "delete campaign 3" where it has
    two, "change the amount of activity 5": refused, saying how many there are (never read
    as "the activity", any of them)."""
    typed = normalize(answer[:200])
    campaign_numbers, activity_numbers = _numbers(typed)
    campaigns, activities = _named_items(typed, (campaign_numbers, activity_numbers), plan)
    if campaign_numbers and not campaigns:
        missing = min(campaign_numbers - {LAST}, default=0)
        raise UserInputError(
            "review_no_such_campaign", value=answer[:80], number=missing, count=len(plan.campaigns)
        )
    in_scope = [
        a for c in plan.campaigns if not campaigns or c.id in campaigns for a in c.activities
    ]
    if activity_numbers and not activities:
        missing = min(activity_numbers - {LAST}, default=0)
        raise UserInputError(
            "review_no_such_activity", value=answer[:80], number=missing, count=len(in_scope)
        )


# How an example says a field: "change the end date of Spring push", « modifier la date de
# fin de Rentrée » (read back by `edit_choices`).
_SAID = {
    "en": {
        "name": "the name",
        "start_date": "the start date",
        "end_date": "the end date",
        "activity_type": "the type",
        "description": "the description",
        "countries": "the countries",
        "planned_amount": "the planned amount",
    },
    "fr": {
        "name": "le nom",
        "start_date": "la date de début",
        "end_date": "la date de fin",
        "activity_type": "le type",
        "description": "la description",
        "countries": "les pays",
        "planned_amount": "le montant prévu",
    },
}


def edits_meant(text: str | None, plan: Plan) -> list[str]:
    """The answers of `plan` a CONTINUE_PLAN's `text` names to change, as edit targets
    (`plan_limit`, `C1:name`, `C1:A2:countries`): a plan's own answer; a card's target the
    plan holds (the client's to forge: any other, none); or the typed words of a campaign's
    or an activity's answer ("change the start date"), several when they could mean several
    (those already answered, when some are: "change the countries" at a second activity's
    description means the first's). Raises UserInputError for a position the plan lacks
    ("change the amount of activity 5")."""
    if not text:
        return []
    if text in PLAN_FIELDS:
        return [text]
    target = EditTarget.parse(text[:40])
    if target is not None and target.campaign_id is not None:
        return [text] if _holds(plan, target) else []
    if not plan_item_to_change(text):
        return []
    choices = edit_choices(text, plan, latest=True)
    meant = [ReviewAction.parse(choice).argument for choice in choices]
    answered_ones = [m for m in meant if answered(plan, EditTarget.parse(m))]
    return answered_ones or meant


def _holds(plan: Plan, target: EditTarget) -> bool:
    campaign = plan.campaign(target.campaign_id or "")
    if campaign is None:
        return False
    if target.activity_id is None:
        return target.field in CAMPAIGN_FIELDS
    return target.field in ACTIVITY_FIELDS and campaign.activity(target.activity_id) is not None


def answered(plan: Plan, target: EditTarget | None) -> bool | None:
    """Whether the campaign's or activity's answer `target` has a value; None when the plan
    holds no such campaign or activity."""
    if target is None or target.campaign_id is None:
        return None
    item: Any = plan.campaign(target.campaign_id)
    if item is not None and target.activity_id is not None:
        item = item.activity(target.activity_id)
    return None if item is None else getattr(item, target.field, None) not in (None, "", [])


def example(choice: str, plan: Plan, locale: str) -> str:
    """How to type the edit, remove or add `choice` so that it means it alone: "change the
    planned amount of Digital advertising in Spring push", "remove Webinar in Spring push",
    "add an activity to Spring push"."""
    language = "fr" if language_of(locale) == "fr" else "en"
    action = ReviewAction.parse(choice)
    if action.verb == "remove":
        return _remove_example(action.argument, plan, language)
    if action.verb == "add_activity":
        return _add_example(action.argument, plan, language)
    target = EditTarget.parse(ReviewAction.parse(choice).argument)
    if target is None or target.campaign_id is None:
        return ""
    campaign = plan.campaign(target.campaign_id)
    if campaign is None:
        return ""
    verb, of, in_ = ("modifier", "de", "dans") if language == "fr" else ("change", "of", "in")
    field = _SAID[language].get(target.field, target.field)
    if target.activity_id is None:
        return f"{verb} {field} {of} {campaign.name or ''}".strip()
    found = plan.find_activity(target.activity_id)
    if found is None:
        return ""
    kind = t(language, f"activity.{found[1].activity_type}")
    where = f" {in_} {campaign.name}" if len(plan.campaigns) > 1 and campaign.name else ""
    return f"{verb} {field} {of} {kind}{where}"


def _add_example(campaign_id: str, plan: Plan, language: str) -> str:
    """ "add an activity to Spring push" (by its number when it has no name yet)."""
    position = next((n for n, c in enumerate(plan.campaigns, 1) if c.id == campaign_id), 0)
    campaign = plan.campaign(campaign_id)
    if campaign is None:
        return ""
    if language == "fr":
        return f"ajouter une activité à {campaign.name or f'campagne {position}'}"
    return f"add an activity to {campaign.name or f'campaign {position}'}"


def _remove_example(item_id: str, plan: Plan, language: str) -> str:
    verb, in_ = ("supprimer", "dans") if language == "fr" else ("remove", "in")
    campaign = plan.campaign(item_id)
    if campaign is not None:
        return f"{verb} {campaign.name or ''}".strip()
    found = plan.find_activity(item_id)
    if found is None:
        return ""
    owner, activity = found
    kind = t(language, f"activity.{activity.activity_type}")
    where = f" {in_} {owner.name}" if len(plan.campaigns) > 1 and owner.name else ""
    return f"{verb} {kind}{where}"


def _edit(field: str, campaign_id: str, activity_id: str | None = None) -> str:
    return str(ReviewAction.edit(EditTarget(field, campaign_id, activity_id)))


@dataclass(frozen=True)
class ChangeTo:
    """A change asked at a review with its new value ("change the amount to 9000"): what it
    changes (a claim's field, a plan's `EditTarget`), and the value its question read."""

    target: str
    value: Any


# Between the change asked for and its value: "… to 9000", « … à 9 000 », "amount: 9000".
_CHANGE_TO = re.compile(
    r"\s+(?:to|into|as|is|should be|was|were|should have been|à|a|en|est|devrait être|était"
    r"|etait|c[’']est|c[’']était|c[’']etait)\s+|\s+au\s+(?=\d)|\s*[:=]\s*",
    re.IGNORECASE,
)
# "actually the date is …", "the date is actually …", « en fait la date était … »: words
# that correct, before the change or its value.
_CORRECTING = re.compile(
    r"^(?:actually|in fact|sorry|oops|en fait|pardon|désolé|desole|oups)\b[\s,]*", re.IGNORECASE
)
# A change asked as a question ("can I change the currency to USD?", « pouvez-vous mettre
# le plafond à 60 000 ? »): the asking around it left aside.
_ASKING_TO = re.compile(
    r"^(?:(?:hi|hello|hey|bonjour|salut)[\s,!]+)?(?:please\s+)?(?:can i|could i|can you"
    r"|could you|can we|could we|would you|will you|may i|i[’']?d like to|i would like to"
    r"|i want to|i need to|please|je voudrais|j[’']aimerais|je veux|je peux|peux[- ]tu"
    r"|pouvez[- ]vous|peut[- ]on|puis[- ]je|est[- ]ce que je peux|est[- ]ce qu[’']on peut"
    r"|on peut|merci de)\s+",
    re.IGNORECASE,
)
_ASKED_AFTER = re.compile(rf"(?:[\s,]+(?:{polite_words(typed=True)}))?[\s?!]*$", re.IGNORECASE)
# No change with its value is longer (a message longer is read as before).
_MAX_CHANGE_LENGTH = 300
# The most words a change and the answer it names take ("change the campaign's end date").
_MAX_CHANGE_WORDS = 7
# Words that go on naming what is changed, never a value's first ("… of activity 5").
_JOINING = frozenset(
    ("of", "for", "in", "on", "from", "at", "de", "du", "des", "d", "pour", "dans", "sur")
)


def says_change(text: str) -> bool:
    """Whether `text` has a verb of change ("change", « modifier »): a value after it that
    its question refuses is refused; "the amount is wrong" has none, and is no value."""
    return _has_verb(normalize(text[:200]))


# A figure ending the change with no word before it ("set the plan limit 60,000", "amount
# 9500", « mets le plafond 60 000 € »): the last split tried. Read token by token from the
# end (no pattern over the whole answer: a long one costs no more than its length).
_FIGURE_TOKEN = re.compile(
    r"[€$£]?\d[\d.,'’]*[km]?[€$£]?|[€$£]|eur|euros?|usd|gbp|chf", re.IGNORECASE
)


def _bare_figure(answer: str) -> tuple[str, str] | None:
    """(the change, its figure) when `answer` ends with a figure after words; else None."""
    tokens = answer.split()
    start = len(tokens)
    while start > 0 and _FIGURE_TOKEN.fullmatch(tokens[start - 1]):
        start -= 1
    if start > 0 and normalize(tokens[start - 1]).rstrip(".") in MONTH_WORDS:
        start -= 1  # "… March 31": a day, its month with it
    what, value = " ".join(tokens[:start]), " ".join(tokens[start:])
    if not any(c.isdigit() for c in value) or not any(c.isalpha() for c in what):
        return None
    return what, value


# "… of activity 1", « la campagne 2 »: the figure is which item, no value.
_NUMBERED = re.compile(
    r"(?:activity|activities|campaign|campaigns|activit[ée]s?|campagnes?|number|num[ée]ro|no"
    r"|n°|#)\s*$",
    re.IGNORECASE,
)


class Split(NamedTuple):
    """A change asked for and its value; `in_words`: joined by a word ("is", "should be",
    "to", « est », « à »: the value may be a judgement, "the name is fine", "… is missing a
    word"), not by ":" or "=" or after a figure."""

    what: str
    value: str
    in_words: bool = False
    # Split only after a verb of change, at some word: a change only where the words before
    # name an answer exactly.
    after_verb: bool = False


# "the amount is wrong, it's 9500", "wrong date, it was Nov 12", « mauvais montant, c'est
# 9 500 € » (seen at stop 63: the answer asked again, its value lost): the complaint names
# the answer, the words after the pronoun its value.
_THEN_IT = re.compile(
    r"[\s,;:.\u2013\u2014-]+(?:it(?:[’']s| is| was| should be| should have been)?|that[’']s"
    r"|c[’']est|c[’']était|c[’']etait|ce|ça|ca)\s*$",
    re.IGNORECASE,
)


def change_to_parts(answer: str) -> Iterator[Split]:
    """Each way `answer` splits into a change asked for and a value, first split first ("the
    name is wrong" is none: a complaint is no value; "the name is wrong, it's …" is one)."""
    for split in _change_to_parts(answer):
        yield split
        complaint = _THEN_IT.sub("", split.what)
        if complaint != split.what and complaint:
            yield Split(complaint, split.value)


# "…, not 9800", « … et non 9 800 », "… instead of 9800": the value replaced, said after the
# new one (left aside when it holds a figure or a day: "Why not Copilot" is a name).
REPLACING = (
    r"(?:and not|not|et non|et pas|non|au lieu de|au lieu du|instead of|rather than"
    r"|plutôt que|plutot que)"
)
_REPLACED_AFTER = re.compile(rf"\s*(?:,\s*|\s){REPLACING}\s+(?P<old>[^;]*\d[^;]*)$", re.IGNORECASE)


def without_replaced(value: str) -> str:
    """`value` without the value it replaces said after it ("9500, not 9800": "9500")."""
    kept = _REPLACED_AFTER.sub("", value, count=1).strip()
    return kept or value


def _change_to_parts(answer: str) -> Iterator[Split]:
    if len(answer) > _MAX_CHANGE_LENGTH:
        return
    answer = _ASKED_AFTER.sub("", _ASKING_TO.sub("", answer.strip(), count=1), count=1)
    answer = without_replaced(answer)
    for separator in _CHANGE_TO.finditer(answer):
        what, value = answer[: separator.start()].strip(), answer[separator.end() :].strip()
        what, value = _CORRECTING.sub("", what), _CORRECTING.sub("", value)
        if what and value and not _COMPLAINT_ALONE.fullmatch(normalize(value).rstrip(" !.")):
            yield Split(what, value, separator.group().strip() not in (":", "="))
    bare = _bare_figure(answer)
    if bare is not None and not _NUMBERED.search(bare[0]):
        yield Split(_CORRECTING.sub("", bare[0]), bare[1])
    # A verb of change, the answer it names, the value with no word between ("change the
    # date Nov 9th", "rename the campaign Winter push"): the longest words naming an answer
    # first (only words a change choice names exactly are one).
    tokens = answer.split()
    if tokens and (_has_verb(normalize(tokens[0])) or _RENAMING.match(tokens[0])):
        for end in range(min(len(tokens) - 1, _MAX_CHANGE_WORDS), 1, -1):
            if normalize(tokens[end]) not in _JOINING:  # "… amount | of activity 5": no value
                yield Split(" ".join(tokens[:end]), " ".join(tokens[end:]), after_verb=True)


@dataclass(frozen=True)
class Changes:
    """Several changes asked in one message, each with its value ("change the amount to 9500
    and the date to Nov 12"), kept together; each changes a different answer."""

    items: tuple[ChangeTo, ...]


# Where one change may end and the next begin: "… and …", « … et … », ";", ", ".
_JOINT = re.compile(r"\s*;\s*|,?\s+(?:and|et|&|then|puis|plus)\s+|,\s+", re.IGNORECASE)
# No message is cut at more places than this (each part is read alone: bounded work).
_MAX_JOINTS = 5


def changes_asked(answer: str, one: Callable[[str], ChangeTo | None]) -> ChangeTo | Changes | None:
    """The change, or changes, `answer` asks for at a review, each read by `one` as if sent
    alone. Cut where one change ends and the next begins, the shortest first ("change the
    date to Nov 12, 2026 and the amount to 9500" is cut after "2026", since "2026" alone is
    no change); a verb said once serves the parts after it ("change the amount to 9500 and
    the date to Nov 12"). Two changes or more of different answers are `Changes`; else the
    whole message is one (`one`'s reading: "rename it to Sales and Marketing summit"). A
    part that reads as a change refused ("… and the date to Nov 45") is refused with its own
    value, when the whole is no change either; nothing is kept then."""
    text = answer.strip()
    joints = [(m.start(), m.end()) for m in _JOINT.finditer(text[: _MAX_CHANGE_LENGTH + 1])]
    if not joints or len(text) > _MAX_CHANGE_LENGTH:
        return one(answer)
    lead = _ASKING_TO.sub("", text, count=1).split(maxsplit=1)
    verb = lead[0] if lead and (_has_verb(normalize(lead[0])) or _RENAMING.match(lead[0])) else None
    refused: list[UserInputError] = []
    read: dict[tuple[int, int], ChangeTo | None] = {}

    def part(start: int, end: int) -> ChangeTo | None:
        if (start, end) not in read:
            said = text[start:end].strip()
            first = said.split(maxsplit=1)[0] if said else ""
            read[start, end] = None
            tried = [said] if said else []
            if tried and start and verb and not _has_verb(normalize(first)):
                if not _RENAMING.match(first):
                    tried.append(f"{verb} {said}")  # "… and the date to Nov 12": said once
            for words in tried:
                try:
                    read[start, end] = one(words)
                except UserInputError as error:
                    refused.append(error)
                if read[start, end] is not None:
                    break
        return read[start, end]

    @functools.cache
    def cut_from(start: int) -> tuple[ChangeTo, ...] | None:
        """The changes from `start` to the end, cut at joints, shortest first (None when
        some part is no change)."""
        for joint_start, joint_end in joints[:_MAX_JOINTS]:
            if joint_start <= start:
                continue
            head = part(start, joint_start)
            tail = cut_from(joint_end) if head is not None else None
            if tail is not None:
                return (head, *tail)
        last = part(start, len(text)) if start else None  # the whole message: one change
        return (last,) if last is not None else None

    changes = cut_from(0)
    if changes is not None and len({change.target for change in changes}) == len(changes):
        return Changes(changes)
    try:
        whole = one(answer)
    except UserInputError:
        if refused:
            raise refused[0] from None  # its own value, not the rest of the message after it
        raise
    if whole is None and refused:
        raise refused[0]
    return whole


# "undo" at a claim's check or a plan's review (among the words of "back", `Intent.BACK`):
# the last change made there put back.
_UNDO_WORDS = frozenset(
    normalize(words)
    for words in (
        *("undo", "undo that", "undo it", "oops undo", "undo last answer", "undo my last answer"),
        *("undo the last answer", "undo the change", "undo my change", "undo the last change"),
        *("undo that change", "revert", "revert that", "revert it", "revert the change"),
        *("défaire", "annuler la dernière réponse", "annuler ma dernière réponse"),
        *("annuler la modification", "annule la modification", "annuler le changement"),
        *("défaire la modification", "annuler ma modification"),
    )
)


def says_undo(text: str | None) -> bool:
    """Whether the whole message asks to undo the last change ("undo", « défaire »)."""
    return normalize((text or "")[:60]) in _UNDO_WORDS


def judged_not_written(split: Split) -> bool:
    """Whether a name or words said to "be" something, with no verb of change, are a
    judgement rather than the new words ("the name is fine", "… should be different", « la
    description est trop courte »): taken only as written as one ("the name is Winter push",
    '… is "winter push"', "… should be Q1 push"), or after a verb ("rename it to …")."""
    if not split.in_words or says_change(split.what) or _RENAMING.match(split.what):
        return False
    value = split.value.strip()
    written = value[:1].isupper() or value[:1] in "\"'“«‘" or any(c.isdigit() for c in value)
    return not written
