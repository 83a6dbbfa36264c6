"""What a partner means: commands (intents) and answers to a list of choices.

Commands are recognised only when the whole message is the command (optionally
with an id), so "Help desk campaign" typed as a campaign name stays a name. Their words
are declared with the rest of each intent in `dialogs.intents.INTENTS`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from dialogs.intents import INTENTS, Intent
from domain.catalog import ACTIVITY_TYPES, expenses_named
from domain.claim import find_claim_ids
from domain.dates import DAYS_BACK_WORDS, MONTH_WORDS, PERIOD_IN_TEXT, FiscalHalf, period_in
from domain.errors import UserInputError
from domain.evidence import looks_like_link
from domain.plan import find_plan_ids
from domain.text import closest, fold
from views.activity_names import activity_type_words
from views.choices import Choice
from views.strings import t

# Longer pastes are never commands; cut before any regex work.
_COMMAND_MAX_LENGTH = 80


def normalize(text: str) -> str:
    """`domain.text.fold` (no case, no accents), no punctuation but '?', single spaces.

    For matching only: phrases and typed words fold the same way the parsers' do.
    """
    return " ".join(re.sub(r"[^\w?]+", " ", fold(text)).split())


# Both read from the one intent table (dialogs.intents.INTENTS).
_BY_PHRASE: dict[str, Intent] = {
    normalize(phrase): intent
    for intent, spec in INTENTS.items()
    if spec.only_with is None
    for phrase in spec.en + spec.fr
}


_BY_PHRASE_LONGEST_FIRST = sorted(_BY_PHRASE.items(), key=lambda item: -len(item[0]))


def _by_phrase_and_id() -> dict[str, dict[str, Intent]]:
    """Words that are a command only with an id ("fix CLM-…"): the intent by kind of id."""
    table: dict[str, dict[str, Intent]] = {}
    for intent, spec in INTENTS.items():
        if spec.only_with is not None:
            for phrase in spec.en + spec.fr:
                table.setdefault(normalize(phrase), {})[spec.only_with] = intent
    return table


_WITH_ID = _by_phrase_and_id()


@dataclass(frozen=True)
class Command:
    intent: Intent
    plan_id: str | None = None
    claim_id: str | None = None
    # The usage period a command names ("copy plan PLN-… to FY27 H2").
    period: str | None = None
    # The language a LANGUAGE command names ("en", "fr"); None: it names none ("language").
    language: str | None = None
    # What followed the command's words, as typed ("I disagree, <the reason>").
    text: str | None = None
    # The value a "which one?" button carries ("change the countries to Spain": "Spain").
    value: str | None = None


_POLITE_OPENING = re.compile(
    r"^(?:(?:hi|hello|hey|bonjour|salut)\s+)?(?:please\s+|s il vous plait\s+|svp\s+)?"
    r"(?:i d like(?: to)?|i would like(?: to)?|i want(?: to)?|i need(?: to)?|i wanna|can you|"
    r"could you|can i|"
    r"could i|can we|let s|lets|please|je voudrais|j aimerais|je veux|je souhaite|"
    r"je dois|pouvez vous|peux tu|tu peux|vous pouvez|est ce que je peux|on peut|"
    r"puis je|peut on|pouvons nous|je peux|est ce qu on peut|"
    r"is it possible to|am i allowed to|are we allowed to|may i|may we|is it ok to|"
    r"est il possible de|est ce possible de|c est possible de|j ai le droit de|"
    r"ai je le droit de|on a le droit de|a t on le droit de|"
    r"il faut|merci de|j ai besoin d|j ai besoin de)\s+"
)
# The openings that ask leave ("can I …", « puis-je … »), normalized.
_LEAVE_ASKED = (
    r"can i|could i|can we|est ce que je peux|est ce qu on peut|puis je|peut on|pouvons nous"
    r"|je peux|on peut|is it possible to|am i allowed to|are we allowed to|may i|may we"
    r"|is it ok to|est il possible de|est ce possible de|c est possible de|j ai le droit de"
    r"|ai je le droit de|on a le droit de|a t on le droit de"
)
# An opening that asks leave ("can I claim travel?"): with a question mark, a question.
_MAY_I = re.compile(rf"^(?:(?:hi|hello|hey|bonjour|salut)\s+)?(?:{_LEAVE_ASKED})\s")
# An article before what a question names ("a webinar", « un salon »): left out of it.
_ARTICLE = re.compile(r"^(?:a|an|the|my|our|un|une|le|la|les|l|mon|ma|mes|nos|du|des)\s+")
# Politeness around what is said ("new claim please", « soumets-la svp », "change the
# amount to 9,500, thanks"), as `normalize` leaves it: one list for every reader that sets it
# aside (`polite_words`).
POLITE_WORDS = (
    *("please", "pls", "plz", "thanks", "thank you", "svp", "stp", "s il vous plait"),
    *("s il te plait", "merci"),
)


def polite_words(*, typed: bool = False) -> str:
    """`POLITE_WORDS` as one alternation, longest first; `typed`: as typed (apostrophes,
    « plaît »), for readers that keep the text as it is (a value after a change)."""
    words = sorted(POLITE_WORDS, key=len, reverse=True)
    if not typed:
        return "|".join(re.escape(word) for word in words)
    return "|".join(
        re.escape(word).replace(r"\ ", r"[\s’']+").replace("plait", "pla[iî]t") for word in words
    )


_POLITE_CLOSING = re.compile(rf"(?:\s+(?:{polite_words()}|for me|for us|pour moi|pour nous))+$")
# "please", "ok", « svp » before a command said alone ("please new claim", "ok status").
_POLITE_LEADING = re.compile(
    rf"^(?:(?:{polite_words()}|ok|okay|so|alors|bon|oops|oups|oh|ah|sorry|desole|mince|zut"
    # Changed one's mind (stop 59): "actually, resume", "no wait, continue", « en fait non,
    # reprends ».
    r"|actually(?: no)?|no wait|wait|en fait(?: non)?|non attends|attends|finalement)\s+)+"
)
# A command's verb said to someone, « reprends », « reprenons », « continuons », « ouvre »:
# its infinitive, as the intent table writes it (stop 59).
_FR_IMPERATIVE = re.compile(
    r"^(?:(?P<reprendre>reprends|reprenez|reprenons)|(?P<continuer>continue|continuez"
    r"|continuons)|(?P<ouvrir>ouvre|ouvrez|ouvrons))\b"
)


def _infinitive(phrase: str) -> str:
    """`phrase` with a French command verb said to someone put as its infinitive."""
    said = _FR_IMPERATIVE.match(phrase)
    if said is None:
        return phrase
    verb = next(name for name, value in said.groupdict().items() if value)
    return verb + phrase[said.end() :]


# A verb and an article before a command's words: "start a new claim", « créer un nouveau
# plan », "open my claims" (not read as "start", the greeting).
_COMMAND_VERB = re.compile(
    r"^(?:start|create|open|begin|draft|make|do|get|see|show me|give me|commencer|demarrer"
    r"|creer|ouvrir|rediger|faire|lancer|voir|avoir)\s+"
    r"(?:(?:a|an|the|my|our|un|une|le|la|les|mon|ma|mes|nos)\s+)?"
)


# "copy plan PLN-… to FY27 H2", "copier le plan PLN-… pour FY27 H2", "duplicate my plan".
_COPY_PLAN = re.compile(
    r"(?:copy|duplicate|copier|dupliquer|reuse|reutiliser)\s+(?:the\s+|my\s+|le\s+|mon\s+)?"
    # "copy my last plan", "last year's plan", « copier mon dernier plan »: the latest.
    r"(?:last\s+|latest\s+|previous\s+|last\s+year\s+s\s+|dernier\s+)?"
    r"plan(?:\s+(?:dernier|precedent))?"
    rf"(?P<rest>(?:\s+(?:to|for|into|pour|en|vers|sur))?\s+(?:{PERIOD_IN_TEXT.pattern})"
    # "copy my plan to next half": the half after the plan's own, as with no period said.
    r"|\s+(?:to|for|into|pour|en|vers|sur)\s+(?:the\s+|le\s+|la\s+)?(?:next\s+(?:half"
    r"|period|semester|usage\s+period)|semestre\s+prochain|prochain\s+semestre"
    r"|periode\s+suivante|prochaine\s+periode))?",
    re.IGNORECASE,
)
# "new plan based on the last one", "same plan as last half", « nouveau plan basé sur le
# dernier », « le même plan que le semestre dernier » (seen at stop 63: "I didn't understand
# that"): the latest plan copied, as "copy my last plan".
_LAST_ONE = (
    r"(?:the\s+|my\s+|our\s+)?(?:last|latest|previous)(?:\s+(?:one|plan|time|half|period"
    r"|semester|year))?"
)
_DERNIER = (
    r"(?:le\s+|mon\s+|du\s+)?(?:dernier|precedent)(?:\s+plan)?|(?:le\s+)?(?:semestre|plan)"
    r"\s+(?:dernier|precedent)|l\s+an(?:nee)?\s+derni(?:er|ere)"
)
_PLAN_LIKE_THE_LAST = re.compile(
    r"(?:(?:start|create|make|draft|begin|open)\s+)?(?:a\s+)?new\s+plan\s+(?:based\s+on"
    rf"|from|like|as|copied\s+from)\s+{_LAST_ONE}"
    rf"|(?:the\s+)?same\s+plan\s+as\s+{_LAST_ONE}"
    r"|(?:(?:creer|commencer|faire|rediger)\s+)?(?:un\s+)?nouveau\s+plan\s+(?:base\s+sur"
    rf"|a\s+partir|comme|copie\s+(?:de|sur))\s+(?:{_DERNIER})"
    rf"|(?:le\s+)?meme\s+plan\s+que\s+(?:{_DERNIER})"
)
# "new plan for FY27 H2", "new plan for next half", « nouveau plan pour le semestre
# prochain » (normalized): a plan started with its usage period (`domain.dates.FiscalHalf.read`
# reads the words, with today's date).
_NEW_PLAN_FOR = re.compile(
    r"(?:(?:start|create|make|open|draft|begin) (?:a |an )?(?:new )?plan|(?:a )?new plan"
    r"|(?:un )?nouveau plan|(?:creer|commencer|demarrer|faire|rediger) un (?:nouveau )?plan)"
    r" (?:for|pour|sur|in|en|de) (?P<when>.+)"
)


def _plan_period_said(phrase: str) -> str | None:
    """The period words of "new plan for <them>", when they name a fiscal half."""
    asked = _NEW_PLAN_FOR.fullmatch(phrase)
    if asked is None:
        return None
    try:  # which words name a half does not depend on the day they are read
        FiscalHalf.read(asked["when"], date.today())
    except UserInputError:
        return None
    return asked["when"]


# "copy my last claim", "duplicate my claim", « copier ma dernière réclamation », "another
# claim for the same activity", "same as my last claim" (seen at stop 56: "I didn't
# understand that"): a new claim for the activity of the latest one, or of the one named
# ("copy CLM-…": the verb alone, with the id).
_COPY_CLAIM = re.compile(
    r"(?:copy|duplicate|reuse|clone|copier|dupliquer|reutiliser)(?:\s+(?:the|my|this|that|la|ma"
    r"|cette)?\s*(?:(?:last|latest|previous|derniere|precedente)\s+)?(?:claim|reclamation)"
    r"(?:\s+(?:derniere|precedente))?)?"
    r"|(?:another|a new|new|one more)\s+claim\s+(?:for|of|on)\s+the\s+same\s+activity"
    r"|(?:une\s+)?(?:autre|nouvelle)\s+reclamation\s+(?:pour|sur)\s+la\s+meme\s+activite"
    r"|(?:the\s+)?same\s+(?:activity\s+)?as\s+(?:my\s+)?(?:last|latest|previous)\s+claim"
    r"|(?:la\s+)?meme\s+(?:chose|activite)\s+que\s+(?:ma\s+)?(?:derniere|precedente)\s+"
    r"reclamation"
)
_COPY_VERBS = frozenset(
    {"copy", "duplicate", "reuse", "clone", "copier", "dupliquer", "reutiliser"}
)

# "delete CLM-…", « supprimer PLN-… »: with an id, the word alone asks to delete that draft.
_DELETE_WITH_ID = frozenset({"delete", "remove", "discard", "supprimer", "effacer", "jeter"})
# With a claim's id: "withdraw CLM-…", "cancel CLM-…", « annuler la réclamation CLM-… »
# deletes that draft, once confirmed (a submitted one cannot be: said why, and what next);
# "edit CLM-…", "change the amount of CLM-…", « modifier CLM-… » opens it.
_WITHDRAW_WITH_ID = re.compile(r"^(?:withdraw|cancel|recall|retract|retirer|annuler)\b")
_REMINDER_WORD = re.compile(r"\b(?:reminders?|rappels?)\b")
_EDIT_WITH_ID = re.compile(r"^(?:edit|change|modify|update|amend|open|modifier|changer|ouvrir)\b")

# A question the funds view answers (co-op earned, claimed, left, and until when), asked in
# the partner's words: "how much co-op do I have left?", « quelle est la date limite ? ».
# Only as a question, so that a campaign named "Deadline push" stays a name.
_ASKED = re.compile(
    r"^(?:what|whats|what s|which|when|how|any|is there|are there|do i|do we|quel|quels|"
    r"quelle|quelles|quand|combien|est ce|y a t il|ai je|c est quand)\b"
)
_FUNDS_QUESTIONS = (
    re.compile(
        r"^how much (?:co op|funds?|funding|money|budget|can i|can we|do i|do we|is left|left|"
        r"remains?|is remaining|have i|have we|did i|did we|i have|we have)\b"
    ),
    re.compile(
        r"^combien (?:de co op|de fonds|de financement|d argent|de budget|me reste|nous reste"
        r"|reste|puis je|peut on|pouvons nous|ai je|avons nous|j ai|nous avons|on a|il me reste"
        r"|il nous reste|il reste)\b"
    ),
    # « qu'est-ce qu'il me reste ? », « que me reste-t-il ? »
    re.compile(r"^(?:qu est ce qu il|que) (?:me|nous) reste(?: t il)?\s*\??$"),
    re.compile(r"^(?:jusqu a quand|until when|by when)\b"),
    # « il me reste combien ? », « on a combien de fonds ? », « j'ai combien de co-op ? »
    re.compile(r"^(?:il (?:me |nous )?reste|on a|j ai|nous avons|ai je|avons nous) combien\b"),
)
_FUNDS_WORDS = re.compile(
    r"\b(?:co op|funds?|fonds)\b.*\b(?:left|remaining|remain|available|balance|restants?|"
    r"disponibles?|solde|reste)\b|\b(?:deadlines?|dates? limites?|echeances?|balance|solde)\b"
    # "what's due this week?", "when do my funds expire?", « qu'est-ce qui expire ? »
    r"|\b(?:due|expir\w*)\b"
    # "what's left in my budget?", « que reste-t-il de mon budget ? »
    r"|\bbudget\b.*\b(?:left|remaining|restant)\b|\b(?:left|remaining|reste)\b.*\bbudget\b"
    # "what's left of my funds?", « que reste-t-il de mes fonds ? »
    r"|\b(?:left|remaining|reste)\b.*\b(?:co op|funds?|fonds)\b"
    # "what's my budget?", "what is our co-op funding?", « quel est notre budget ? »
    r"|\b(?:my|our|mon|notre) (?:co op )?(?:budget|funding|financement)\b"
)


# A message that asks something rather than answers: a question mark, or a question's
# opening ("what's the max", « c'est quoi »). Read only where the answer could not be read.
_ASKING = re.compile(
    r"^(?:what|whats|what s|which|who|whos|who s|why|where|how|is it|is this|is that|"
    r"do i|can i|should i|must i|quel|quelle|quels|quelles|qui|quoi|pourquoi|comment|"
    r"combien|est ce|c est quoi|c est qui|qu est ce|que dois je|dois je|je mets quoi)\b"
)


# A question about the question, where words are asked: "what should I write?", "what do you
# mean?", "like what?", « je mets quoi ? », « qu'est-ce que je dois écrire ? » (not any
# question: "Why Copilot?" may be a campaign's name).
# "repeat that", "say that again", "what was the question", « tu peux répéter ? »,
# « c'était quoi la question » (seen at stop 60: kept as an answer, refused as an amount,
# "I didn't understand that" with no question open). Normalized words, whole.
_REPEAT_ASKED = (
    r"(?:(?:can|could|would) you |please |sorry |pardon )?(?:please )?"
    r"(?:repeat(?: that| it| this| the question| yourself| what you said)?"
    r"|say (?:that|it|the question) again|come again|(?:ask|say) the question again"
    r"|what (?:was|is|s) the question(?: again)?|what did you (?:ask|say|just say)(?: again)?"
    r"|what were you asking)(?: please)?"
    r"|(?:tu peux |vous pouvez |pouvez vous |peux tu |pourriez vous |pourrais tu )?"
    r"(?:me |nous )?(?:repeter|redire)(?: la question| ca)?"
    r"(?: s il (?:te|vous) plait| stp| svp)?"
    r"|(?:repete|repetez|redis|redites)(?: moi| le| le moi| nous)?(?: la question| ca)?"
    r"(?: s il (?:te|vous) plait| stp| svp)?"
    r"|(?:c etait|c est) quoi (?:la|ta|votre) question"
    r"|quelle (?:etait|est) (?:la|ta|votre) question"
)
_REPEAT_ALONE = re.compile(_REPEAT_ASKED)


def repeat_asked(text: str | None) -> bool:
    """Whether the whole message asks to repeat ("repeat that", « tu peux répéter ? »)."""
    if not text or len(text) > _TERM_ASKED_MAX:
        return False
    return _REPEAT_ALONE.fullmatch(normalize(text).rstrip(" ?!")) is not None


_ABOUT_THE_QUESTION = re.compile(
    r"(?:so |ok |and |but |hmm |euh |alors |et )?(?:" + _REPEAT_ASKED + r"|"
    r"(?:what|how|which|where) (?:should|do|can|must|shall|would|could) (?:i|we) (?:write|say"
    r"|put|enter|type|answer|call it|name it|tell (?:you|them)|explain|give|add)(?: here| there"
    r"| in there| exactly)?"
    r"|what (?:do|does) (?:you|it|this|that) (?:mean|want|need|expect)"
    r"|what (?:is|s) (?:this|that|it|expected|needed|required|wanted|meant)(?: here| for)?"
    r"|what (?:kind|sort|type) of (?:thing|answer|text|name|results?)"
    r"|like what|such as|for example|for instance|example|an example|give me an example"
    r"|what do you want me to (?:write|say|put)|what are you asking|i don t get the question"
    r"|(?:qu est ce que|que) (?:je|j|on|nous) (?:dois|doit|devons|peux|peut|mets|met|ecris"
    r"|ecrit|dis|dit|reponds|repond)(?: mettre| ecrire| dire| repondre| indiquer)?"
    r"|(?:que|qu) (?:dois|puis) je (?:mettre|ecrire|dire|repondre|indiquer)"
    r"|(?:je|on) (?:mets|met|ecris|ecrit|dis|dit|reponds|repond|indique) quoi(?: ici| la)?"
    r"|comment (?:je dois|dois je|je peux|faut il) (?:l appeler|la nommer|le nommer|l ecrire"
    r"|repondre|le formuler|la formuler)"
    r"|c est quoi (?:ca|cette question)|qu est ce que (?:ca|cela) veut dire|ca veut dire quoi"
    r"|que voulez vous dire|par exemple|un exemple|comme quoi|donnez moi un exemple"
    # "sorry?", "which results?", « c'est-à-dire ? », « quels résultats ? » (seen kept as
    # a claim's results, stop 57)
    r"|sorry|pardon|meaning|huh|what|quoi|hein|c est a dire|comment ca|i don t understand"
    r"|i do not understand|je ne comprends pas|je comprends pas|(?:qu est ce que|que) (?:vous"
    r" voulez|tu veux) dire|(?:which|what) (?:results?|figures?|numbers?|one)"
    r"|(?:quels?|quelles?) (?:resultats?|chiffres?)"
    # "I don't know what to write", « je ne sais pas quoi mettre », "you write it" (seen
    # kept as a plan's description and a campaign's name, stop 57)
    r"|(?:i don t know|i dont know|i do not know|not sure|no idea|i have no idea|i m not sure)"
    r" (?:what|how) to (?:write|put|say|enter|call it|name it|describe it)(?: here| there)?"
    r"|(?:je ne sais pas|je sais pas|aucune idee de|pas sur de|je ne vois pas) (?:quoi|comment)"
    r" (?:mettre|ecrire|dire|repondre|l appeler|la nommer|le nommer|la decrire|le decrire)"
    r"(?: ici)?"
    r"|(?:you|can you|could you) (?:write|describe|fill) (?:it|this|that|one)(?: for me| in)?"
    r"|write it for me|(?:ecrivez|ecris|redigez|redige)(?: la| le)?(?: pour moi)?"
    r")"
)


# "you choose", « comme vous voulez »: a name left to the bot (one is offered).
_LEFT_TO_ME = frozenset(
    normalize(words)
    for words in (
        *("you choose", "you pick", "your choice", "whatever", "anything", "any name"),
        *("doesn't matter", "it doesn't matter", "up to you", "i don't care", "choose for me"),
        *("pick one", "pick a name", "make one up", "you decide", "dealer's choice"),
        *("comme vous voulez", "comme tu veux", "peu importe", "n'importe quoi", "n'importe"),
        *("à vous de choisir", "choisissez", "choisis", "ça m'est égal", "je m'en fiche"),
        *("choisissez pour moi", "vous décidez", "à vous de voir"),
    )
)


# "same as last time", « comme l'an dernier », « idem »: what the last plan said (a plan's
# own details may be taken from it; never a name, nor a period or a limit).
_AS_LAST_TIME = frozenset(
    normalize(phrase)
    for phrase in (
        *("same", "the same", "same again", "ditto", "as usual", "same as usual"),
        *("same as before", "as before", "like before", "same as previous", "as last time"),
        *("same as last time", "same as the last time", "like last time", "as last year"),
        *("same as last year", "like last year", "same as last plan", "same as my last plan"),
        *("same as the last plan", "same as the previous plan", "same as my previous plan"),
        *("same as last period", "same as the last one", "same as always", "unchanged"),
        *("the usual", "usual", "as always", "like always", "same old", "as ever"),
        *("pareil", "idem", "le meme", "la meme", "les memes", "meme chose", "la meme chose"),
        *("comme avant", "comme la derniere fois", "comme l an dernier", "inchange"),
        *("comme l annee derniere", "comme l an passe", "comme l annee passee"),
        *("comme d habitude", "comme mon dernier plan", "comme le dernier plan"),
        *("comme le plan precedent", "comme mon plan precedent", "pareil que la derniere fois"),
        *("pareil que l an dernier", "pareil qu avant", "meme chose que la derniere fois"),
        # Seen at stop 56 at the plan limit: 'isn't an amount I can read'.
        *("same limit as before", "same limit as last year", "last year s limit"),
        *("same amount as last year", "same amount as before", "last year s amount"),
        *("le meme montant que l an dernier", "le meme montant que l annee derniere"),
        *("la meme que l an dernier", "le meme plafond que l an dernier", "meme montant"),
        *("le meme montant", "le meme plafond", "la meme limite que l an dernier"),
    )
)


def says_as_last_time(answer: str) -> bool:
    """ "same as last time", « comme l'an dernier », « idem »."""
    said = normalize(answer[:60]).rstrip(" ?!")
    return _AS_LAST_OPENING.sub("", said) in _AS_LAST_TIME


# "the same as last time", "it's the same", « c'est pareil », « toujours la même ».
_AS_LAST_OPENING = re.compile(r"^(?:the|just|its|it s|it is|c est|toujours|encore) ")


def leaves_it_to_me(text: str) -> bool:
    """Whether a name is left to the bot ("you choose", « peu importe »)."""
    return normalize(text[:60]).rstrip(" ?!.") in _LEFT_TO_ME


def asks_about_the_question(text: str) -> bool:
    """Whether a whole short answer asks what to answer ("what should I write?", "like
    what?", « je mets quoi ? ») rather than answering: never kept where words are asked."""
    phrase = normalize(text[:80]).rstrip(" ?!.")
    return bool(phrase) and _ABOUT_THE_QUESTION.fullmatch(phrase) is not None


def asks_something(text: str) -> bool:
    """`text` is a question ("what's the max?", « c'est qui ? »), not an answer."""
    phrase = normalize(text[: _COMMAND_MAX_LENGTH + 1])
    if not phrase or len(text) > _COMMAND_MAX_LENGTH:
        return False
    return phrase.endswith("?") or bool(_ASKING.match(phrase))


# How long a review, a dispute or a payment takes, asked in the partner's words ("how long
# does approval take?", « combien de temps dure une contestation ? »): the answer says all
# three (`Intent.REVIEW_TIME`). Not about a plan: no review time is known for plans.
_HOW_LONG = re.compile(
    r"^(?:how long|how many (?:business |working )?days|how quickly|how fast"
    r"|(?:en |dans )?combien de (?:temps|jours)|quel est le delai|quels sont les delais"
    r"|delais?)\b"
)
_REVIEW_OR_PAYMENT = re.compile(
    r"\b(?:review\w*|approv\w*|accept\w*|paid|pay|payment|payout|dispute\w*|decision"
    r"|decided|validation|valide\w*|valider|examen|examin\w*|approb\w*|approuv\w*|paye\w*"
    r"|paiement|versement|rembours\w*|contest\w*|tranch\w*)\b"
)
_PLAN_WORD = re.compile(r"\bplans?\b")


# "I need money for an event", "how do I get funding?", « j'ai besoin d'argent pour un
# événement », « comment financer un salon ? » (normalized; seen at stop 57).
_FUNDING_ASKED = re.compile(
    r"(?:(?:i|we) (?:need|want|would like|d like)|(?:can|could) (?:i|we) (?:get|have)"
    r"|(?:how|where) (?:do|can|could) (?:i|we) (?:get|find|apply for|ask for|request))"
    r"(?: some)? (?:money|funding|funds|co op money|co op funds|co op funding|financing)"
    r"(?: (?:for|to pay for|to run) (?:an? |the |my |our )?[a-z ]{2,40})?"
    r"|(?:j ai|nous avons|on a) besoin (?:d argent|de financement|de fonds|de fonds co op)"
    r"(?: pour (?:un |une |le |la |l |mon |ma |notre )?[a-z ]{2,40})?"
    r"|comment (?:obtenir|avoir|recevoir|trouver|demander) (?:des fonds|du financement"
    r"|de l argent|des fonds co op|un financement)(?: pour (?:un |une |le |la |l |mon |ma"
    r" |notre )?[a-z ]{2,40})?"
    r"|comment financer (?:un |une |le |la |l |mon |ma |notre |nos |mes )?[a-z ]{2,40}"
)


def _asks_how_long(phrase: str) -> bool:
    """`phrase` (normalized) asks how long a claim's review, dispute or payment takes."""
    return (
        bool(_HOW_LONG.match(phrase))
        and bool(_REVIEW_OR_PAYMENT.search(phrase))
        and not _PLAN_WORD.search(phrase)
    )


# "what evidence do I need for a webinar?", « quels justificatifs faut-il pour un salon ? »:
# what a reviewer needs for the activity type named (`what`), read by `Intent.EVIDENCE_NEEDED`.
_EVIDENCE_FOR = re.compile(
    r"^(?:what|which) (?:documents?|evidence|proofs?|paperwork|documentation|files?"
    r"|supporting documents?) (?:do i need|do we need|are needed|is needed|are required"
    r"|is required|do reviewers need|does a reviewer need|must i (?:send|provide)"
    r"|should i (?:send|provide)|do i send|do i provide)"
    r" (?:for|to claim|on|with) (?P<what>.+)$"
    r"|^(?:de )?(?:quels|quelles) (?:documents|justificatifs|preuves|pieces justificatives"
    r"|pieces) (?:faut il|me faut il|dois je (?:fournir|envoyer|joindre)"
    r"|sont (?:necessaires|demandes|demandees|requis|requises)|ai je besoin|fournir)"
    r" (?:pour|sur) (?P<quoi>.+)$"
)


# "can I spend the money on TV ads?", « puis-je dépenser le co-op pour un salon ? »: whether
# co-op pays for it, as "can I claim …?" asks.
_SPEND_ON = re.compile(
    r"^(?:can|could|may) (?:i|we) (?:spend|use) (?:the |my |our )?(?:money|co op|coop|funds?"
    r"|budget)(?: to pay)? (?:on|for) (?P<what>.+)$"
    r"|^(?:puis je|peut on|pouvons nous|est ce que je peux) (?:depenser|utiliser) (?:le |mon "
    r"|notre |l |les |mes )?(?:argent|co op|coop|fonds|budget) (?:pour|sur|dans) (?P<quoi>.+)$"
)


# A cost asked about in a question of one's own ("can I get reimbursed for flights?",
# « peut-on se faire rembourser l'hôtel ? », "do I claim the amount incl. tax?"): its rule
# (`domain.catalog.expenses_named`), before "reimbursed" is read as asking for a payment.
_COST_QUESTION = re.compile(
    rf"^(?:{_LEAVE_ASKED}|could we|(?:do|should|must|shall) (?:i|we)|dois je|doit on|faut il"
    r"|est ce qu il faut) "
)
_CLAIMING_WORDS = re.compile(
    r"\b(?:claim|claimed|claiming|reimburs\w*|refund\w*|paid back|covered|eligible|include"
    r"|reclamer|reclame\w*|rembours\w*|eligibles?|pris en charge|couverte?s?|inclure)\b"
)


def _cost_asked(phrase: str) -> bool:
    """`phrase` (normalized, no '?') asks in a question of one's own whether a cost the
    catalog rules on is claimed."""
    return (
        bool(_COST_QUESTION.match(phrase))
        and bool(_CLAIMING_WORDS.search(phrase))
        and bool(expenses_named(phrase))
    )


# "is a webinar eligible?", "does co-op cover TV ads?", « les salons sont-ils couverts ? »,
# « le co-op couvre-t-il la télé ? »: whether co-op pays for it, as "can I claim …?" asks.
_ELIGIBLE = re.compile(
    r"^(?:is|are) (?P<what>.+?) (?:eligible|covered|claimable|reimbursable|allowed)"
    r"(?: (?:for|by|under|with) (?:the )?(?:co op|coop|co op funds|funds|funding|mdf"
    r"|reimbursement))?$"
    r"|^(?:does|do|will|would|can) (?:the )?(?:co op|coop|co op funds|funds|mdf|microsoft"
    r"|the program) (?:cover|pay for|fund|reimburse) (?P<what2>.+)$"
    r"|^(?:est ce qu(?:e|) )?(?P<quoi>.+?) (?:est|sont)(?: (?:il|elle|ils|elles))?"
    r" (?:eligibles?|couverte?s?|pris(?:e|es)? en charge|rembourse(?:e|es|s)?)"
    r"(?: (?:par|avec) (?:le )?(?:co op|coop))?$"
    r"|^(?:est ce que )?(?:le )?(?:co op|coop) (?:couvre|paie|paye|finance|rembourse"
    r"|prend en charge)(?: t il)? (?P<quoi2>.+)$"
)
# What "is my claim eligible?", "is it covered?" names: no activity type.
_NOT_A_TYPE = re.compile(
    r"\b(?:claims?|plans?|reclamations?|invoices?|factures?)\b|^(?:it|this|that|ca|cela|c|ce)\b"
)


# An activity type asked about in other words: "what counts as a seminar?", "requirements
# for telemarketing", "what does proof of concept cover?", « qu'est-ce qui compte comme un
# salon ? », « quelles sont les exigences pour un webinaire ? » (and "what is an on-site
# champ?" by `_words_asked_about`'s frames). Read only when the words name a type.
_TYPE_ASKED = re.compile(
    r"^(?:what counts as|what qualifies as|(?:what are )?(?:the )?requirements (?:for|of)"
    r"|what is required for|what is needed for|tell me about|qu est ce qui compte comme"
    r"|qu est ce qui est considere comme|(?:quelles sont )?(?:les )?(?:exigences|conditions)"
    r" (?:pour|d))(?: an?| une?| les?| la| l| des| d)? (?P<what>.+)$"
    r"|^what (?:does|do) (?P<what2>.+) (?:cover|include)$"
    r"|^que (?:couvre|comprend|inclut)(?: un| une| le| la| l| les)? (?P<quoi>.+)$"
)
# Words of a type's that say something else asked alone after "what is": "what is my email?",
# "what is an incentive?" (a program's, as likely), "what is an offer?".
_NOT_A_TYPE_ALONE = frozenset(
    (
        *("mail", "email", "e mail", "search", "display", "calls", "appels", "incentive"),
        *("incitation", "offer", "offre", "membership", "adhesion", "challenge", "contest"),
        *("promotion", "discount", "remise", "certification", "pilot", "pilote", "sea", "sem"),
    )
)


@functools.cache
def _activity_type_names() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Every name of the catalog's types (`views.activity_names.activity_type_words`,
    normalized), and their labels in both languages, each with its key."""
    names: dict[str, str] = {}
    labels: list[tuple[str, str]] = []
    for entry in ACTIVITY_TYPES:
        for name in activity_type_words(entry.key):
            names.setdefault(normalize(name), entry.key)
        labels += [
            (normalize(t(lang, f"activity.{entry.key}")), entry.key) for lang in ("en", "fr")
        ]
    return names, tuple(labels)


def activity_type_named(words: str, alone: bool = False) -> str | None:
    """The catalog's type `words` (normalized) name whole, an article before, singular or
    plural, or the end of its label ("syndicated content"); `alone`: asked as "what is …",
    where a generic word of a type's ("email", "offer") names none. Else None."""
    words = _ARTICLE.sub("", words.strip())
    if not words or (alone and words in _NOT_A_TYPE_ALONE):
        return None
    names, labels = _activity_type_names()
    for said in (words, words.removesuffix("s"), f"{words}s"):
        if said in names:
            return names[said]
    if " " in words:
        return next((key for label, key in labels if label.endswith(f" {words}")), None)
    return None


def _type_asked_about(phrase: str) -> str | None:
    """The English name of the activity type `phrase` asks about ("what counts as a
    seminar?", "what is an on-site champ?"), for what a claim for it needs; else None."""
    framed = _TYPE_ASKED.match(phrase)
    if framed is not None:
        key = activity_type_named(next(w for w in framed.groupdict().values() if w))
    else:
        words = _words_asked_about(phrase)
        key = activity_type_named(words, alone=True) if words is not None else None
    return t("en", f"activity.{key}") if key is not None else None


def _evidence_asked_for(phrase: str) -> str | None:
    """The activity type's words in "what evidence do I need for <it>?" (or "can I spend
    the money on <it>?", "is <it> eligible?", "what counts as <it>?"), if so asked."""
    asked = _EVIDENCE_FOR.match(phrase) or _SPEND_ON.match(phrase)
    if asked is None:
        named = _type_asked_about(phrase)
        if named is not None:
            return named
        eligible = _ELIGIBLE.match(phrase.rstrip(" ?"))
        if eligible is None:
            return None
        what = next(w for w in eligible.groupdict().values() if w)
        what = _ARTICLE.sub("", what.strip())
        return None if not what or _NOT_A_TYPE.search(what) else what
    return _ARTICLE.sub("", (asked["what"] or asked["quoi"]).strip()) or None


# The rules partners ask about (`rule_asked`), only in a question: a question mark, or an
# opening that asks (`_ASKING`'s, and these: "can we …", "is there …", « y a-t-il … »).
_MAY_ASK = re.compile(
    r"^(?:(?:hi|hello|hey|bonjour|salut)\s+)?(?:can|could|may|is there|are there"
    r"|is it possible|am i allowed|are we allowed|do we|puis je|peut on|pouvons nous"
    r"|est il possible|y a t il|dans quelle|en quelle|faut il|je peux|on peut)\b"
)
_CLAIM_WORD = re.compile(r"\b(?:claims?|claimable|claiming|reclamations?|reclamer|reclamable)\b")
# "is there a minimum claim amount?", « quel est le plafond d'une réclamation ? »
_LIMIT_WORDS = re.compile(
    r"\b(?:minimum|min|maximum|max|cap|caps|capped|limit|limits|ceiling|plafonds?|limites?"
    r"|seuil|most (?:i|we) (?:can|could|may))\b"  # "what's the most I can claim?" (stop 56)
)
# "can I edit a submitted claim?", « peut-on modifier le plan après soumission ? »
_CHANGE_WORDS = re.compile(
    r"\b(?:edit|change|modify|amend|correct|alter|modifier|changer|corriger|editer)\b"
)


def asks_to_change(text: str | None) -> bool:
    """ "can I change my claim?", "edit my claim", « modifier ma réclamation »: a change
    asked for (of a claim or plan the words name), not only to go on with a draft."""
    typed = normalize((text or "")[:200])
    return bool(_CHANGE_WORDS.search(typed) or _UPDATE_WORDS.search(typed))


_UPDATE_WORDS = re.compile(r"\b(?:update|mettre a jour|rectifier)\b")


_ADD_REMOVE = re.compile(r"\b(?:add|remove|delete|ajouter|supprimer|retirer|enlever)\b")
_SET_WORDS = re.compile(r"\b(?:set|switch|make it|mettre|mets|mettez|passer|passe|passez)\b")
_ONCE_SENT = re.compile(
    r"\b(?:submitted|sent|approved|soumise?s?|envoyee?s?|approuvee?s?)\b"
    r"|\b(?:after|once|apres|une fois)\b.*"
    r"\b(?:submit\w*|sen[dt]\w*|soumi\w*|soumission|envo\w*)\b"
)
# "can I submit two claims for one activity?", « plusieurs réclamations pour une activité ? »
_SEVERAL = re.compile(
    r"\b(?:two|2|several|multiple|more than one|another|a second|split|plusieurs|deux"
    r"|une autre|une deuxieme|une seconde|plus d une|diviser|fractionner|repartir)\b"
)
_ACTIVITY_WORD = re.compile(r"\bactivit(?:y|ies|e|es)\b")
# "how many claims can I submit?", "can I submit multiple claims?" (with no activity named),
# « combien de réclamations puis-je faire ? »: how many, not how much.
# "how many plans can I have?", « puis-je avoir deux plans ? »: one per program and period.
_HOW_MANY_PLANS = re.compile(
    r"(?:how many plans (?:can|may|could|should|do) (?:i|we)|how many plans (?:am i|are we)"
    r" allowed|how many plans (?:is|are) allowed|is there a limit (?:on|to) (?:the number of"
    r"|how many) plans|is there a maximum number of plans|(?:can|may|could) (?:i|we) (?:have"
    r"|submit) (?:several|multiple|many|more than one|two|2|a second|another) plans?$"
    r"|combien de plans (?:puis je|peut on|pouvons nous|ai je le droit|sont autorises"
    r"|a t on le droit|je peux|on peut)|y a t il une limite (?:au|du|de) nombre de plans"
    r"|(?:puis je|peut on|pouvons nous|est ce que je peux|je peux|on peut) (?:avoir|soumettre)"
    r" (?:plusieurs|deux|2|un deuxieme|un second|un autre) plans?$)"
)
_HOW_MANY_CLAIMS = re.compile(
    r"(?:how many claims (?:can|may|could|should) (?:i|we)|how many claims (?:am i|are we)"
    r" allowed|how many claims (?:is|are) allowed|is there a limit (?:on|to) (?:the number of"
    r"|how many) claims|is there a maximum number of claims|(?:can|may) (?:i|we) (?:submit"
    r"|make|file|send|have) (?:several|multiple|many|more than one) claims$"
    r"|combien de reclamations (?:puis je|peut on|pouvons nous|ai je le droit|sont autorisees"
    r"|a t on le droit)|y a t il une limite (?:au|du|de) nombre de reclamations"
    r"|y a t il un nombre maximum de reclamations|(?:puis je|peut on|pouvons nous"
    r"|est ce que je peux) (?:faire|soumettre|envoyer|deposer|avoir) plusieurs reclamations$)"
)
# "what is the max file size?", "can I upload a zip?", « quels formats de fichiers ? »: the
# files evidence may be (asked, with a question mark).
_FILES_ASKED = re.compile(
    r"\b(?:file size|size limit|max(?:imum)? (?:file )?size|file types?|types? of files?"
    r"|file formats?|formats? (?:of|for) (?:files?|documents?|evidence)"
    r"|how (?:big|large) (?:can|may) (?:a |the |my )?(?:files?|documents?|attachments?|photos?)"
    r"|(?:files?|documents?|attachments?|photos?) (?:is |are )?too (?:big|large)"
    r"|(?:upload|send|attach) (?:a |an )?(?:zip|rar|7z|video|mp4|mov|\w+ file)"
    r"|(?:upload|send|attach) (?:a |an )?(?:word|excel|powerpoint|pdf|heic|screenshot|image"
    r"|picture)s?(?: (?:document|doc|file|spreadsheet))?$"
    r"|(?:envoyer|joindre|televerser|mettre) (?:un |une )?(?:document |fichier )?(?:word|excel"
    r"|powerpoint|pdf|zip|video|capture d ecran|image)$"
    r"|taille (?:max|maximale|maximum|limite|des fichiers|de fichier|d un fichier)"
    r"|types? de fichiers?|formats? de fichiers?|fichier zip|un zip"
    # "what files can I upload?", « quels fichiers puis-je envoyer ? » (stop 59)
    r"|(?:what|which) (?:files|documents|attachments) (?:can|may|do) (?:i|we) (?:upload|send"
    r"|attach|use)|(?:quels|quel type de) (?:fichiers|documents) (?:puis je|peut on|est ce"
    r" que je peux|je peux|on peut) (?:envoyer|joindre|televerser|deposer|utiliser))\b"
)
# "can I claim the webinar twice?": the same activity, named or not.
_TWICE = re.compile(r"\b(?:twice|more than once|deux fois|plus d une fois)\b")
# "what currency should I use?", "can I claim in USD?", « en quelle monnaie ? »
_CURRENCY_WORDS = re.compile(
    r"\b(?:currency|currencies|devises?|monnaies?)\b|\b(?:claim|be paid|get paid|reclamer"
    r"|etre paye)\s+(?:in|en)\s+(?:usd|eur|gbp|chf|cad|aud|jpy|dollars?|euros?|pounds?"
    r"|livres?|francs?|yen)\b"
)


# "can I use one invoice for two claims?", "… the same invoice again?", « puis-je utiliser la
# même facture pour deux réclamations ? »: an invoice is claimed once (the claim's check
# rejects one already on another claim). Not "can I add two invoices to one claim?".
_INVOICE_ONCE = re.compile(
    r"\b(?:one|an|a|the|this|that|my|single) invoice (?:for|on|in|across|between|over|to"
    r"|into) (?:two|2|several|multiple|many|more than one|different|other|another|both)\b"
    r"|\bsame invoice\b|\bre ?us(?:e|ing) (?:an |the |my |this |that |one )?invoice"
    r"|\binvoice (?:twice|more than once)\b"
    r"|\binvoice (?:i |we |that i |that we |that was |that s |which was )?already (?:claimed"
    r"|used|submitted|sent)\b"
    r"|\b(?:une|la|cette|ma|notre) facture (?:pour|sur|dans|entre|a) (?:deux|2|plusieurs"
    r"|differentes|d autres|une autre|les deux)\b"
    r"|\bmeme facture\b|\breutilis\w* (?:une |la |cette |ma |notre )?facture"
    r"|\bfacture (?:deux fois|plus d une fois)\b"
    r"|\bfacture deja (?:reclamee|utilisee|soumise|envoyee)\b"
)
# "my invoice is in euros but the plan is in dollars", "can I claim an invoice in dollars?",
# « ma facture est en dollars »: the currency's answer, which says what to do with it. Told
# only as "my invoice is in …" (a proof's note "invoice in USD converted at 0.92" is a note).
_INVOICE_CURRENCY = re.compile(
    r"\b(?:invoices?|factures?)\b.*\b(?:in|en|dans)\s+(?:usd|eur|gbp|chf|cad|aud|jpy"
    r"|dollars?|euros?|pounds?|livres?|francs?|yen|another currency|a different currency"
    r"|une autre devise|une autre monnaie|une devise differente)\b"
)
_INVOICE_TOLD = re.compile(
    r"^(?:but |and |mais |et )?(?:my|the|our|ma|la|notre|mes|les|nos) (?:invoices? (?:is|are)"
    r"|factures? (?:est|sont)) (?:in|en|dans) "
)


def invoice_currency_told(text: str) -> bool:
    """ "my invoice is in dollars", « la facture est en dollars »: told, not asked."""
    phrase = normalize(text[:_COMMAND_MAX_LENGTH])
    return bool(_INVOICE_TOLD.match(phrase) and _INVOICE_CURRENCY.search(phrase))


# "what if I miss the deadline?", « et si je suis en retard ? », « j'ai raté la date limite »:
# what a missed claiming deadline costs. Opened as a question, or said whole.
_DEADLINE_MISSED = re.compile(
    r"^(?:what happens|what will happen|what would happen|what if|and if|what about if)\b.*"
    r"\b(?:miss|missed|late|forget|forgot|don t claim|do not claim|don t submit"
    r"|do not submit)\b"
    r"|^what happens (?:to|with) (?:the |my |our )?(?:unused|unspent|leftover|left over"
    r"|remaining) (?:co op|funds?|money|budget)"
    r"|^(?:can|could|may) (?:i|we) (?:still )?(?:claim|submit)\b.*\b(?:after|past) the"
    r" (?:claiming )?deadline\b"
    r"|^(?:i|we) (?:missed|forgot) the (?:claiming )?deadline$"
    r"|^(?:que se passe t il|qu est ce qui se passe|que se passera t il|et|mais) si\b.*"
    r"\b(?:rate|manque|oublie|retard|depasse|loupe)\b"
    r"|^que deviennent (?:les |mes |nos )?fonds"
    r"|^(?:puis je|peut on|pouvons nous|est ce que je peux|je peux|on peut) (?:encore )?"
    r"(?:reclamer|soumettre)\b.*\bapres la date limite\b"
    r"|^(?:j ai|nous avons|on a) (?:rate|manque|depasse|loupe|oublie) la date limite$"
    # "when do I lose my funds?", « quand est-ce que je perds mes fonds ? », « que devient le
    # co-op non utilisé ? » (stop 58)
    r"|^(?:when|how) (?:do|will|would|can|could) (?:i|we) lose (?:the |my |our )?(?:co op"
    r"|funds?|money|budget)\b"
    r"|^(?:do|does|will|can) (?:the |my |our )?(?:co op|funds?|money|budget)(?: funds?)?"
    r" expire\b"
    r"|^que devient (?:le |mon |notre |l )?(?:co op|argent|budget)"
    r"|^quand (?:est ce que )?(?:je perds|perd on|on perd|nous perdons|perdons nous"
    r"|vais je perdre|perdrai je|est ce qu on perd) (?:mes |nos |les |le |mon |notre )?(?:fonds"
    r"|co op|argent|budget)\b"
    r"|^(?:les |mes |nos )?fonds (?:expirent|sont ils perdus|se perdent)"
)
# "do unused funds roll over?", « les fonds non utilisés sont-ils reportés ? »: the same, with
# a question mark (a campaign named "Roll over funds" is a name).
_FUNDS_CARRIED = re.compile(
    r"\b(?:unused|unspent|leftover) (?:co op|funds?|money|budget) (?:roll|carry|carried"
    r"|rolled|expire|lost)\b|\b(?:funds?|co op|money|budget) (?:roll|carry) (?:over|forward)\b"
    r"|\bcarry (?:over|forward) (?:the |my |our )?(?:unused )?(?:funds?|co op|money|budget)\b"
    r"|\bfonds (?:non utilises|non depenses|restants) (?:sont ils |seront ils )?(?:reportes"
    r"|perdus)\b|\breporter (?:les |mes |nos )?fonds\b"
)


# A review asked to be hurried ("can you chase the reviewer?", "please escalate", "can it go
# faster?", « pouvez-vous relancer le réviseur ? », « accélérer la validation »), normalized
# without its '?': no one here can, and `Intent.CHASE_REVIEW` says so with where things stand.
_REVIEW_OF = (
    r"(?:the |my |our |this |that )?(?:reviewers?|review|approval|approver|claim|claims|plan"
    r"|microsoft|account manager|decision|it|this|them)"
)
_ASKING_YOU = r"(?:(?:can|could|would|will) you |please |pls |can (?:i|we) |could (?:i|we) )"
_CHASE = re.compile(
    # Told it is urgent (stop 59): "it's urgent", « c'est urgent » ("Urgent" alone may be a
    # name).
    r"(?:it s|its|this is|that s|c est|ca est) (?:very |really |super |tres |vraiment )?urgent"
    r"(?: please| pls| svp)?|"
    # A verb alone only asked ("please expedite"): "Fast track", "Rush" may be names.
    rf"{_ASKING_YOU}?(?:(?:remind|chase|nudge|ping|poke|follow up (?:with|on)|hurry|rush"
    rf"|speed up|escalate|expedite|fast track) {_REVIEW_OF}(?: up)?"
    r"|hurry (?:it |this )?up|speed (?:it|this|things) up|escalate)"
    r"(?: for (?:me|us))?(?: please| pls)?"
    rf"|{_ASKING_YOU}(?:hurry|rush|expedite|fast track|speed up)(?: please| pls)?"
    r"|(?:can|could) (?:it|this|the review|the approval|my claim|my plan) (?:go|be done"
    r"|be reviewed|be approved) (?:any )?(?:faster|quicker|sooner)"
    r"|(?:is there (?:a|any) way|any way) to (?:speed (?:it|this|the review|things) up"
    r"|expedite (?:it|this|the review)|hurry (?:it|this) up|make it (?:go )?faster)"
    r"|(?:(?:pouvez vous|peux tu|vous pouvez|tu peux|pourriez vous|merci de) )?"
    r"(?:relancer|presser|bousculer|escalader) (?:le reviseur|les reviseurs|microsoft"
    r"|la validation|l examen|la revue|mon responsable de compte)(?: svp| s il vous plait)?"
    r"|(?:(?:pouvez vous|peux tu|vous pouvez|tu peux|pourriez vous) )?(?:accelerer|activer"
    r"|faire avancer) (?:la validation|l examen|la revue|ma reclamation|mon plan|le traitement"
    r"|le dossier|les choses)(?: svp| s il vous plait)?"
    r"|(?:ca|cela|la validation|l examen) (?:peut|pourrait) (?:il |elle )?(?:aller|etre) plus"
    r" (?:vite|rapide)|escalader"
)

# "can the deadline be extended?", "I need more time", « puis-je avoir un délai
# supplémentaire ? », « j'ai besoin de plus de temps »: a later deadline asked (normalized
# words, no '?'); no one here can give one.
_DEADLINE = r"(?:the|my|our|this) (?:claiming |claim )?deadline"
_DEADLINE_EXTENSION = re.compile(
    r"(?:can|could|may) (?:i|we) (?:get|have|ask for|request) (?:an?|some|more|extra)"
    r" (?:extension|deadline extension|extra time|more time|time|later deadline)"
    rf"(?: (?:on|for|of|to) {_DEADLINE})?"
    rf"|(?:can|could|will) {_DEADLINE} be (?:extended|moved|pushed back|postponed|pushed)"
    rf"|(?:can|could|will|would) you (?:extend|move|push back|postpone|push) {_DEADLINE}"
    r"(?: back)?"
    rf"|(?:is it possible|is there a way|any way) to (?:extend|move|push back|postpone) {_DEADLINE}"
    r"|(?:i|we) need (?:more|extra) time(?: to (?:claim|submit|finish))?|(?:i|we) need an extension"
    r"|(?:is there|are there) (?:an?|any) (?:extensions?|grace period)"
    r"|(?:an? )?(?:deadline extension|extension of (?:the|my) deadline)(?: please)?"
    r"|(?:une )?(?:prolongation de la date limite|delai supplementaire)(?: svp| s il vous plait)?"
    r"|(?:puis je|peut on|pouvons nous|est ce que je peux|je peux|on peut|est ce qu on peut)"
    r" (?:avoir|obtenir|demander) (?:un|une|du|plus de) (?:delai|prolongation|report|rallonge"
    r"|temps)(?: supplementaire| de plus| en plus)?"
    r"|(?:la )?date limite (?:peut elle|pourrait elle|peut|pourrait) (?:etre )?(?:repoussee"
    r"|prolongee|reportee|decalee)"
    r"|(?:pouvez vous|peux tu|pourriez vous|vous pouvez|tu peux) (?:repousser|prolonger"
    r"|reporter|decaler) la date limite"
    r"|(?:est il possible|y a t il moyen) de (?:repousser|prolonger|reporter|decaler) la date"
    r" limite"
    r"|(?:j ai|nous avons|on a) besoin (?:de plus de temps|d un delai(?: supplementaire)?"
    r"|de temps supplementaire)|(?:il me faut|il nous faut) (?:plus de temps|un delai"
    r"(?: supplementaire)?)"
)


def _asks_deadline_missed(phrase: str, asked: bool) -> bool:
    """`phrase` (normalized, no '?') asks what a missed claiming deadline costs."""
    return bool(_DEADLINE_MISSED.search(phrase) or (asked and _FUNDS_CARRIED.search(phrase)))


# A proof said to come later ("the photos are coming tomorrow", "you'll get the agenda next
# week", « les photos arrivent demain », « je vous envoie les photos demain »; seen at stop 58:
# "Please send the file now"): as "I'll send them later", the claim kept (normalized).
_PROOF_EN = (
    r"(?:(?:the|my|our|their) )?(?:event )?(?:photos?|pictures?|pics|files?|documents?|agenda"
    r"|invitation|invite|screenshots?|rest|proofs?|evidence|it|them|they)"
)
_LATER_EN = (
    r"(?:later|tomorrow|next week|soon|shortly|in a few days|this week|tonight|this afternoon)"
)
_PROOF_FR = (
    r"(?:(?:la|le|les|l|mes|nos) )?(?:photos?|fichiers?|documents?|programme|agenda|invitation"
    r"|captures?(?: d ecran)?|reste|preuves?|justificatifs?)"
)
_LATER_FR = (
    r"(?:plus tard|demain|la semaine prochaine|bientot|dans quelques jours|cette semaine"
    r"|ce soir|cet apres midi)"
)
_PROOF_COMING = re.compile(
    rf"{_PROOF_EN} (?:is |are |s |re |will |ll )?(?:coming|come|comes|arriving|arrive|arrives"
    rf"|be here|be ready|be sent)(?: over)? {_LATER_EN}"
    rf"|(?:you ll|you will) (?:get|have|receive) {_PROOF_EN} {_LATER_EN}"
    rf"|(?:i ll|i will|we ll|we will) send (?:you |over )?{_PROOF_EN} {_LATER_EN}"
    rf"|{_PROOF_FR} (?:arrive|arrivent|arrivera|arriveront|vient|viennent|viendra|viendront"
    rf"|sera envoyee?s?|seront envoyee?s?) {_LATER_FR}"
    rf"|(?:je vous |je t |on vous )?(?:envoie|enverrai|envoyons|enverrons) {_PROOF_FR}"
    rf" {_LATER_FR}"
    rf"|(?:vous aurez|vous recevrez|tu auras|tu recevras) {_PROOF_FR} {_LATER_FR}"
)

# "I can't attach a file", "the upload doesn't work", « je n'arrive pas à joindre un fichier »:
# a file that won't go (`Intent.TROUBLE` says how files are sent).
# An invoice on its way, said ("still waiting for the invoice", "the supplier hasn't sent
# the invoice yet", « j'attends toujours la facture », « la facture n'est pas encore arrivée »):
# the claim waits for it (normalized words). "I don't have an invoice" is NO_INVOICE's.
_AN_INVOICE = (
    r"(?:(?:the|an|my|our|their|a|this) )?(?:supplier s |vendor s )?(?:invoices?|bill|csr)"
)
_UNE_FACTURE = r"(?:(?:la|une|ma|notre|sa|leur|cette) )?facture(?: du fournisseur)?"
_INVOICE_AWAITED = re.compile(
    rf"(?:(?:i m|i am|we re|we are) )?(?:still )?waiting (?:for|on) {_AN_INVOICE}"
    r"(?: from (?:the |our |my )?\w+)?(?: still| yet)?"
    r"|(?:the |our |my )?(?:supplier|vendor|agency|printer|provider|caterer|venue|hotel"
    r"|event agency) (?:still )?(?:hasn t|has not"
    r"|didn t|did not|hasn t yet|has not yet) (?:sent|given|issued|sent over) (?:us |me )?"
    rf"(?:{_AN_INVOICE}|it)?(?: to (?:me|us))?(?: yet)?"
    rf"|{_AN_INVOICE} (?:still )?(?:hasn t|has not|didn t|did not|hasn t yet) (?:come|arrived"
    r"|come in|been sent|been issued|shown up)(?: yet)?"
    rf"|{_AN_INVOICE} (?:is|s) (?:not here|not in|on its way|still coming|coming|pending"
    r"|still pending)(?: yet)?"
    rf"|(?:i|we) (?:don t|do not|dont) have {_AN_INVOICE} yet"
    rf"|(?:i|we) (?:haven t|have not|didn t|did not) (?:received|got|gotten|had) {_AN_INVOICE}"
    r"(?: yet)?|(?:still )?no invoice yet|still no invoice"
    rf"|(?:j|on|nous) attend(?:s|ons)? (?:encore |toujours )?{_UNE_FACTURE}"
    r"|(?:je suis |on est |nous sommes )?(?:toujours |encore )?en attente (?:de (?:la )?|d une )"
    r"facture"
    rf"|{_UNE_FACTURE} n est (?:pas encore|toujours pas) (?:arrivee|la|venue)"
    r"|(?:le fournisseur|l agence|le prestataire) (?:ne m a|ne nous a|n a) (?:pas encore"
    r"|toujours pas) (?:envoye|transmis|fourni)(?: la facture)?"
    rf"|(?:je|on|nous) n (?:ai|a|avons) (?:pas encore|toujours pas) (?:recu |eu )?{_UNE_FACTURE}"
    r"|(?:je|on|nous) n (?:ai|a|avons) pas recu (?:la|ma|notre) facture"
    r"|(?:pas encore|toujours pas) de facture"
    # Said with when it comes (seen at stop 63: "the invoice comes tomorrow" asked the file
    # now): "the invoice arrives next week", « la facture arrive demain ».
    rf"|{_AN_INVOICE} (?:comes|is coming|will come|arrives|is arriving|will arrive|is due"
    r"|should come|should arrive|should be here|will be here|is expected|expected|due)"
    r"(?: (?:in|on|by|at|at the|around|next|later|this|tomorrow|today|monday|tuesday"
    r"|wednesday|thursday|friday|end|of|the|week|month|a|few|days|\d+))*"
    rf"|{_UNE_FACTURE} (?:arrive|arrivera|doit arriver|devrait arriver|sera la|est attendue"
    r"|attendue|vient|viendra)(?: (?:demain|lundi|mardi|mercredi|jeudi|vendredi|la|le|semaine"
    r"|prochaine|prochain|dans|quelques|jours|d ici|fin|de|du|mois|bientot|\d+))*"
    # Seen at stop 57: "the supplier will send it next week", "invoice not received yet",
    # « le traiteur n'a pas encore envoyé la facture », « le fournisseur l'envoie lundi ».
    r"|(?:the |our |my )?(?:supplier|vendor|agency|printer|provider|caterer|venue|hotel|they)"
    r" (?:will|ll|is going to|s going to|are going to|re going to) (?:send|issue|email)"
    rf" (?:us |me )?(?:it|{_AN_INVOICE})(?: (?:to (?:me|us) )?(?:next week|tomorrow|soon|later"
    r"|next month|this week|on \w+|in \w+ days?|in a few days))?"
    rf"|{_AN_INVOICE} (?:not|still not) (?:received|here|in|arrived|sent|issued)(?: yet)?"
    r"|(?:le fournisseur|l agence|le prestataire|le traiteur|la salle|l hotel|l imprimeur"
    r"|le lieu) (?:ne m a|ne nous a|n a) (?:pas encore|toujours pas) (?:envoye|transmis"
    r"|fourni|emis)(?: la facture)?"
    r"|(?:le fournisseur|l agence|le prestataire|le traiteur|la salle|l hotel|l imprimeur"
    r"|le lieu|il|elle|ils|elles) (?:me l |nous l |l )?(?:envoie|envoient|enverra|enverront"
    r"|va (?:me l |nous l |l )?envoyer|vont (?:me l |nous l |l )?envoyer)(?: la facture)?"
    r"(?: (?:la semaine prochaine|demain|bientot|plus tard|le mois prochain|cette semaine"
    r"|lundi|mardi|mercredi|jeudi|vendredi|dans \w+ jours?))?"
    r"|facture (?:pas encore|toujours pas) (?:recue|arrivee|envoyee)"
    # Seen at stop 59: a colleague holds it; the supplier has not invoiced yet.
    r"|(?:my|our) (?:colleague|coworker|co worker|manager|boss|accountant|finance team"
    rf"|accounting team|assistant) (?:has|s got|has got|keeps) {_AN_INVOICE}"
    r"|(?:the |our |my )?(?:supplier|vendor|agency|printer|provider|caterer|venue|hotel|they)"
    r" (?:hasn t|has not|haven t|have not|didn t|did not) (?:yet )?invoiced(?: (?:us|me))?"
    r"(?: yet)?"
    r"|(?:mon|ma|notre) (?:collegue|comptable|manager|responsable|assistante?|service"
    rf" comptable|service financier) a {_UNE_FACTURE}"
    r"|(?:le fournisseur|l agence|le prestataire|le traiteur|la salle|l hotel|l imprimeur"
    r"|le lieu|il|elle|ils|elles) (?:ne m a|ne nous a|n a|n ont) (?:pas encore|toujours pas)"
    r" facture"
)
_FILE_WONT_GO = re.compile(
    r"^(?:i|we) (?:can t|cannot|can not|am unable to|m unable to|couldn t|could not)"
    r" (?:upload|attach|send|add|join)(?: (?:a|an|the|my|this|that|any|our))?"
    r" (?:files?|invoices?|documents?|photos?|pdfs?|pictures?|scans?|evidence|receipts?)$"
    r"|^(?:the )?(?:upload|uploads|attachment|attach button|file upload|paperclip)"
    r" (?:doesn t|does not|don t|isn t|is not|won t) (?:work|working)$"
    r"|^(?:je n arrive pas a|je narrive pas a|j arrive pas a|je ne peux pas|je peux pas"
    r"|impossible de|nous n arrivons pas a|on n arrive pas a|on arrive pas a)"
    r" (?:joindre|envoyer|telecharger|televerser|ajouter|charger|deposer)"
    r"(?: (?:un|une|le|la|les|mon|ma|mes|l|des))?"
    r" (?:fichiers?|factures?|documents?|photos?|pdfs?|scans?|justificatifs?|pieces? jointes?)$"
    r"|^(?:le |l )?(?:envoi|telechargement|televersement|upload) (?:ne marche pas|ne fonctionne"
    r" pas|marche pas|fonctionne pas)$"
)


# "I made a mistake in my submitted claim", « je me suis trompé dans ma réclamation
# soumise »: told, not asked; what can be done is what `Intent.AFTER_SUBMIT` says.
_MISTAKE = re.compile(
    r"\b(?:mistakes?|errors?|wrong|typos?|incorrect|erreurs?|fautes?|trompee?s?|erronee?s?"
    r"|faux|fausse)\b"
)
# Sent for review ("sent" alone may be a file sent in the chat: "I sent the wrong invoice").
_SUBMITTED = re.compile(
    r"\b(?:submitted|submitting|soumise?s?|soumission)\b"
    r"|\b(?:claims?|plans?|reclamations?)\b.*\b(?:sent|envoyee?s?)\b"
)
# "how do I delete a plan?", « comment supprimer une réclamation ? »: how, not doing it.
_HOW_TO_DELETE = re.compile(
    r"^(?:how (?:do|can|could|should) (?:i|we)|how to|comment(?: puis je| peut on| je peux"
    r"| on peut| faire pour| fait on pour)?)\s+(?:delete|remove|discard|erase|get rid of"
    r"|cancel|withdraw|supprimer|effacer|retirer|annuler|jeter)\s+(?:(?:a|an|the|my|this|that"
    r"|un|une|le|la|l|ce|cette|mon|ma|mes)\s+)?(?:claim\s+|plan\s+)?(?:plans?|claims?"
    r"|drafts?|reclamations?|brouillons?)(?:\s+(?:draft|brouillon))?$"
)
# "where do I find my MPN ID?", « c'est quoi le MPN ID ? » (a question; an id typed with
# it is an answer, at the plan's question that asks for it).
_PARTNER_ID_WORDS = re.compile(r"\b(?:mpn|partner id|id partenaire|identifiant partenaire)\b")
# "I forgot my partner id", « je ne connais pas notre MPN ID »: where it is, as when asked.
_NOT_KNOWN = re.compile(
    r"^(?:i forgot|i ve forgotten|i don t know|i do not know|i can t find|i cannot find|i lost"
    r"|i don t remember|j ai oublie|je ne connais pas|je ne sais pas|je ne trouve pas"
    r"|j ai perdu|je ne me souviens pas de|je connais pas|je trouve pas)\b"
)


# "how do I dispute a rejection?", « comment contester ? »: how, nothing started ("dispute"
# alone starts one).
_DISPUTE_HOW = re.compile(
    r"^(?:how (?:do|can|could|should|would) (?:i|we)|how to|can (?:i|we)|could (?:i|we)"
    r"|may (?:i|we)|is it possible to|am i allowed to)\s+(?:dispute|appeal|contest|challenge)\b"
    r"|^how (?:does|do|would) (?:a |the )?(?:disputes?|appeals?)(?: process)? work\b"
    r"|^(?:what is|what s|whats) (?:a |the )?(?:dispute|appeal)(?: process)?$"
    r"|^comment (?:(?:puis je|peut on|je peux|on peut|faire pour|fait on pour|dois je)\s+)?"
    r"(?:contester|faire appel|faire une contestation|deposer une contestation)\b"
    r"|^(?:puis je|peut on|pouvons nous|est il possible de|je peux)\s+(?:contester"
    r"|faire appel)\b"
    r"|^comment (?:fonctionne|marche|se passe) (?:une |la )?contestation\b"
)
# "when will I get paid?", "who pays me?", « quand serai-je payé ? »: who pays, when, where.
# Not "is my claim paid?" (where it stands), nor "how long until I'm paid?" (the times).
_PAYMENT_WORDS = re.compile(
    r"\b(?:(?:get|gets|getting|be|being) paid|pays? (?:me|us)|(?:microsoft|you|they) "
    r"(?:will )?pay|payments?|payouts?|(?:the|my|our) money|reimburs\w*"
    r"|(?:etre|suis|serai|serons|sommes|sera|seront)(?: je| nous| t on| on)? payee?s?"
    r"|(?:me|nous) (?:paie|paye|paient|payent|paiera|payera|verse\w*)|paiements?"
    r"|versements?|virements?"
    r"|(?:l|mon|notre) argent|rembourse\w*"
    # "how much will I get?", « combien vais-je recevoir ? »
    r"|how much (?:will|do|would) (?:i|we) (?:get|receive)"
    r"|combien (?:vais je|allons nous|va t on|est ce que je vais) (?:recevoir|toucher))\b"
)
# "how much will I get?", "how much have I been paid?", "what has been paid?", « combien
# ai-je reçu ? » (normalized, whole; seen at stop 60 answered with the funds' balance):
# what is approved and to be paid, and what was paid.
_HOW_MUCH_PAID = re.compile(
    r"how much(?: money| co op| cash)? (?:will|do|would|did|have|ve|are|am|is|has) (?:i|we"
    r"|my company|our company)(?: been| be| get| getting)? (?:get|got|gotten|receive|received"
    r"|receiving|paid)(?: back)?(?: so far| in total| in all| already| yet| for (?:it|them"
    r"|my claims?|our claims?))?"
    r"|what (?:has|have|was|were) (?:already )?(?:been )?paid(?: so far| already| to (?:me|us)"
    r"| out)?"
    r"|how much (?:has|have) (?:microsoft |been )?paid(?: (?:me|us|out))?(?: so far| already)?"
    r"|combien (?:vais je|allons nous|va t on|est ce que je vais|est ce qu on va|je vais"
    r"|on va) (?:recevoir|toucher|etre payee?s?|etre remboursee?s?)"
    r"|combien (?:ai je|avons nous|a t on|j ai|on a|est ce que j ai) (?:deja )?(?:recu"
    r"|touche|ete payee?s?|ete remboursee?s?)(?: jusqu ici| pour l instant)?"
    r"|qu est ce qui (?:a ete|est) (?:deja )?payee?"
)
# "my claims in Excel", "can I download our claims as a spreadsheet?", « mes réclamations
# en excel » (normalized, whole; seen at stop 60 offered "my claims", the chat's list):
# every claim in a spreadsheet (`Intent.EXPORT_CLAIMS`).
_EXPORT_ASKED = re.compile(
    r"(?:(?:can|could) (?:i|we|you) (?:get|have|download|export|send me|give me) |(?:i|we)"
    r" (?:want|need|d like|would like)(?: to (?:get|have|download|export))? |please |give me"
    r" |send me |get |download |export )?(?:all )?(?:(?:of )?(?:my|our|the) )?(?:co op )?"
    r"claims (?:as|in|into|to) (?:an? )?(?:excel|xlsx|spreadsheet|csv|sheet)(?: file| sheet)?"
    r"(?: please)?"
    r"|(?:(?:je voudrais|je veux|puis je|peut on|pouvez vous) )?(?:(?:avoir|obtenir|exporter"
    r"|telecharger|recevoir|m envoyer) )?(?:toutes )?(?:mes|nos|les) reclamations (?:en|dans"
    r" un|sous|au format|sous forme de) (?:excel|xlsx|tableur|csv|fichier excel|feuille de"
    r" calcul)(?: s il vous plait| svp| stp)?"
)
_WHEN = re.compile(r"^(?:when|quand)\b")
# "when is it paid?", "when are claims paid?", « c'est payé quand ? », « quand est-elle
# payée ? » (normalized): when, not whether ("is my claim paid?" is where it stands).
_WHEN_PAID = re.compile(
    r"when (?:is|are|will|would|does|do) (?:it|they|this|that|the claim|my claim|claims"
    r"|my claims|the claims|co op claims)(?: be| get)? paid(?: out)?"
    r"|(?:c est|ce sera|elle sera|il sera|elle est|il est|elles sont|ils sont) payee?s? quand"
    r"|c est quand (?:le paiement|qu on est paye|que je suis paye|que c est paye)"
    r"|quand (?:est ce|est elle|est il|sont elles|sont ils|sera t elle|sera t il) payee?s?"
    r"|quand est ce que (?:c est|elle est|il est|ma reclamation est) payee?"
)
# A payment said not to have come ("I haven't been paid", "payment not received", « je n'ai
# pas reçu mon paiement », « toujours pas payé »): who pays, when, and each approved claim.
_PAYMENT_LATE = re.compile(
    r"^(?:(?:i|we) (?:still )?(?:haven t|have not|havent|didn t|did not|never|have yet to)"
    r" (?:been paid|got paid|gotten paid|get paid|(?:received?|seen|got|gotten) (?:the |my |our"
    r" |any )?(?:payment|money|funds|co op|transfer))"
    r"|(?:still )?no (?:payment|money|pay|transfer)(?: yet| received)?"
    r"|(?:the |my |our )?(?:payment|money|transfer)s? (?:not|never|still not) (?:received|arrived"
    r"|paid|come|here)"
    r"|(?:the |my |our )?(?:payment|money|transfer) (?:hasn t|has not|didn t|did not|never"
    r"|still hasn t) (?:arrived|come|come in|been received|been paid|shown up|landed)"
    r"|(?:je|nous) n (?:ai|avons) (?:toujours )?(?:pas|jamais) (?:ete payee?s?|recu (?:mon |le"
    r" |notre |de |d |aucun )?(?:paiement|argent|virement|versement))"
    r"|(?:le |mon |notre )?(?:paiement|virement|versement) n est (?:toujours )?pas (?:arrive"
    r"|venu|passe)"
    r"|toujours pas (?:payee?s?|de paiement|de virement|d argent)|pas (?:encore )?(?:de paiement"
    r"|payee?s?))\b"
)
# "can I spend the money on TV?": the money spent, not paid (what co-op pays for).
_SPENDING = re.compile(r"\b(?:spend|spent|use|used|depenser|depense|utiliser)\b")
# The claim's words asked about: "what is a CSR?", "what's a pre-approval id?", "can I use a
# CSR instead of an invoice?", "do I need a pre-approval for a webinar?"
_CSR_WORDS = re.compile(
    r"\b(?:csrs?|certification service reports?|rapports? de certification(?: de service)?)\b"
)
_PRE_APPROVAL_WORDS = re.compile(r"\b(?:pre ?approv\w*|pre ?approbations?|pre ?autorisations?)\b")
# Not the term alone with a '?' ("CSR?" at a file's kind is an answer, its doubt aside).
_WORDS_AROUND = 3
# The terms of co-op a partner meets, and the intent that explains each: "what is a PoE?",
# « que veut dire PoE ? » anywhere (`rule_asked`), "CSR?", « co-op ? » alone at rest
# (`term_alone`). Whole terms only (`fullmatch`), written as `normalize` leaves them.
_TERMS: tuple[tuple[re.Pattern[str], Intent], ...] = (
    (_CSR_WORDS, Intent.CSR_WHAT),
    (
        re.compile(
            r"pre ?approv(?:al|als)(?: ids?| numbers?| codes?)?"
            r"|(?:(?:identifiants?|numeros?|codes?) (?:de )?)?pre ?(?:approbations?|autorisations?)"
        ),
        Intent.PRE_APPROVAL_WHAT,
    ),
    (
        re.compile(
            r"co ?op(?: funds?| funding| marketing funds?| claims? plans?)?|fonds co ?op"
            r"|poes?|proofs? of execution|preuves? d execution|co ?op claims? plans?"
            r"|plans? de reclamations? co ?op"
        ),
        Intent.ABOUT_COOP,
    ),
    (
        re.compile(
            r"(?:usage|earning|claiming|claim) periods?|claiming (?:deadlines?|windows?)"
            r"|fiscal (?:halves|half)|periodes? d (?:utilisation|acquisition)"
            r"|periodes? de reclamations?|semestres? fiscal|semestres? fiscaux"
            # "what is a claims window?", "what does forfeited mean?" (stop 58)
            r"|claims? windows?|fenetres? de reclamations?|forfeit(?:s|ed|ure)?"
        ),
        Intent.PERIODS,
    ),
    (
        re.compile(
            r"mdfs?|market development funds?|fonds de developpement marketing|fund types?"
            r"|kinds? of funds?|types? de fonds"
        ),
        Intent.FUND_TYPES_WHAT,
    ),
    (
        # The statuses whose word alone says little ("approved?", "paid?" alone ask which
        # items are, "status" where they stand: the status list), and "statuses".
        re.compile(
            r"(?:statuses|statuts|action required|under review|disputed|action requise"
            r"|en cours d examen|en revision|contestee?)(?: status| statut)?"
        ),
        Intent.STATUSES_WHAT,
    ),
    (
        # "what's a campaign?", « c'est quoi une activité ? » (stop 59): what a plan asks.
        re.compile(r"campaigns?|campagnes?|activit(?:y|ies)|activites?"),
        Intent.PLAN_NEEDS,
    ),
    (
        # "what are impressions?", « c'est quoi les impressions ? » (stop 59)
        re.compile(r"(?:estimated )?impressions?(?: estimees?)?|estimated reach|portee estimee"),
        Intent.IMPRESSIONS_WHAT,
    ),
    (
        # "what is the co-op threshold?", "what is rebate?", « c'est quoi le seuil ? »
        re.compile(
            r"(?:(?:co ?op|claims?|claiming) )?thresholds?(?: (?:for|of) co ?op)?"
            r"|seuils?(?: (?:de |du )?(?:co ?op|reclamations?))?|(?:co ?op )?rebates?|rabais"
        ),
        Intent.THRESHOLD,
    ),
)
# Terms asked alone with a '?' inside a question too: none is any question's answer ("CSR?"
# at a file's kind and "co-op?" at a fund type are answers, their doubt aside).
_ASKED_ANYWHERE = frozenset({Intent.PERIODS, Intent.PRE_APPROVAL_WHAT})
_TERM_ARTICLE = re.compile(r"^(?:a|an|the|un|une|le|la|les|l|des|du|d|this|ce|cette) ")
# The frames around a term asked about, longest first: "what does PoE stand for",
# "meaning of CSR", « c'est quoi une pré-approbation », « que veut dire PoE ».
_TERM_BEFORE = re.compile(
    r"^(?:(?:so|and|sorry|ok|okay|hi|hello|hey|bonjour|salut|euh|um|et|alors|pardon) )?"
    r"(?:what do you mean by|what is meant by|what (?:is|s) (?:the )?(?:meaning|definition) of"
    r"|whats (?:the )?(?:meaning|definition) of|(?:the )?(?:meaning|definition) of"
    r"|what (?:is|are|s|does|do)|whats|explain|define|what counts as|what qualifies as"
    r"|qu est ce que c est que?|qu est ce que?|qu est ce qu|c est quoi|que veut dire|que signifie"
    r"|ca veut dire quoi|definition (?:de|d)|expliquez moi|explique moi|expliquez|explique)"
    r" "
)
_TERM_AFTER = re.compile(
    r" (?:mean|means|stand for|stands for|refer to|meaning|exactly|c est quoi|exactement"
    r"|ca veut dire quoi|veut dire quoi|signifie quoi)$"
)


def _term(words: str) -> Intent | None:
    """The intent explaining `words` when they are one term of co-op (an article before)."""
    words = _TERM_ARTICLE.sub("", words.strip())
    for pattern, intent in _TERMS:
        if pattern.fullmatch(words):
            return intent
    return None


# Terms read only inside a question's frame ("what's FY27?", "what does H1 mean?", stop 59):
# alone with a '?' they are an answer ("FY27 H2?" at a plan's period).
_FRAMED_TERMS = re.compile(
    r"fy ?\d\d(?: h[12])?|h[12]|fiscal years?|annees? fiscales?|exercices? fiscaux?"
    r"|exercice fiscal|first half|second half|premier semestre|second semestre"
)


def term_asked(phrase: str) -> Intent | None:
    """ "what is a PoE", "what does CSR stand for", « c'est quoi la période d'utilisation »
    (`phrase` normalized, no '?'): the intent explaining the term asked about; else None."""
    words = _words_asked_about(phrase)
    if words is None:
        return None
    if _FRAMED_TERMS.fullmatch(_TERM_ARTICLE.sub("", words.strip())):
        return Intent.PERIODS
    return _term(words)


def _words_asked_about(phrase: str) -> str | None:
    """The words inside a question's frame ("what is …", "… stand for", « c'est quoi … »),
    `phrase` normalized without its '?'; None when it has no frame or is too long."""
    if len(phrase) > _TERM_ASKED_MAX:
        return None
    before = _TERM_BEFORE.match(phrase)
    rest = phrase[before.end() :] if before is not None else phrase
    after = _TERM_AFTER.search(rest)
    if before is None and after is None:
        return None
    return rest[: after.start()] if after is not None else rest


# The proofs a claim's checklist names, as partners name them (normalized, no article):
# "what's a proof of distribution?", « c'est quoi le contenu Microsoft ? » (`requirement_asked`).
_REQUIREMENT_NAMES: dict[str, str] = {
    **dict.fromkeys(
        ("final piece", "copy of the final piece", "piece finale", "copie de la piece finale"),
        "final_piece",
    ),
    **dict.fromkeys(
        (
            *("partner branding", "partner brand", "partner brand and contact", "branding"),
            *("marque du partenaire", "marque et contact du partenaire", "branding partenaire"),
        ),
        "partner_branding",
    ),
    **dict.fromkeys(
        ("microsoft content", "microsoft content shown", "contenu microsoft"),
        "microsoft_content",
    ),
    **dict.fromkeys(
        ("ad screenshot", "screenshot of the ad", "capture d ecran de la publicite"),
        "ad_screenshot",
    ),
    **dict.fromkeys(
        (
            "landing page",
            "landing page url",
            "page de destination",
            "url de la page de destination",
        ),
        "landing_page_url",
    ),
    **dict.fromkeys(
        (
            *("proof of distribution", "distribution proof", "preuve de diffusion"),
            "preuve de distribution",
        ),
        "proof_of_distribution",
    ),
    **dict.fromkeys(
        (
            *("statement of work", "sow", "seo statement of work", "statement of work for seo"),
            *("cahier des charges", "cahier des charges seo"),
        ),
        "seo_statement_of_work",
    ),
    **dict.fromkeys(
        ("call script", "script", "script d appel", "script d appel citant la marque"),
        "script_with_brand",
    ),
    **dict.fromkeys(("invitation and agenda", "invitation et programme"), "invitation_agenda"),
    "invitation": "invitation_agenda registration",
    # A word two proofs share: both, the claim's own first (`_requirement_what`).
    **dict.fromkeys(("agenda", "programme"), "agenda invitation_agenda"),
    **dict.fromkeys(
        ("event photos", "photos of the event", "photos de l evenement"), "event_photos"
    ),
    **dict.fromkeys(
        ("booth photo", "photo of the booth", "photo du stand", "booth"), "booth_photo"
    ),
    **dict.fromkeys(
        (
            "offer terms",
            "terms and conditions",
            "conditions generales",
            "offre avec ses conditions",
        ),
        "offer_terms",
    ),
    **dict.fromkeys(
        ("contest rules", "reglement du concours", "reglement"), "contest_rules_with_brand"
    ),
    **dict.fromkeys(
        ("sample deliverables", "deliverables", "livrables", "exemples de livrables"),
        "sample_deliverables",
    ),
    **dict.fromkeys(("materials produced", "documents produits"), "materials_produced"),
    **dict.fromkeys(
        ("third party invoice", "facture d un tiers", "facture tierce"), "invoice_or_csr"
    ),
    **dict.fromkeys(
        ("microsoft invoice", "original microsoft invoice", "facture microsoft"),
        "microsoft_invoice",
    ),
    **dict.fromkeys(
        ("course code", "exam code", "code du cours", "code d examen"), "invoice_course_code"
    ),
    **dict.fromkeys(
        ("microsoft presentation", "microsoft presentation content", "presentation microsoft"),
        "microsoft_presentation",
    ),
    **dict.fromkeys(("registration", "inscription"), "registration invitation_agenda"),
    **dict.fromkeys(
        ("travel itinerary", "itinerary", "itineraire", "itineraire de voyage"),
        "travel_itinerary",
    ),
    **dict.fromkeys(
        (
            *("system specs", "system specifications", "proof of delivery", "delivery note"),
            *("specifications du systeme", "preuve de livraison", "bon de livraison"),
        ),
        "specs_or_delivery",
    ),
}


# "what's the difference between plans and claims?", « plan ou réclamation, quelle
# différence ? »: the two documents told apart (normalized words, at most 100 letters).
_PLAN_VS_CLAIM = re.compile(
    r"^(?=.{0,100}$)(?=.*\b(?:difference|differences|vs|versus)\b)(?=.*\bplans?\b)"
    r"(?=.*\b(?:claims?|reclamations?|poe)\b)"
)


def requirement_asked(phrase: str) -> str | None:
    """ "what's a proof of distribution", « c'est quoi le contenu Microsoft » (`phrase`
    normalized, no '?'): the checklist's proof asked about (its requirement key, or the keys
    of the proofs its word names, separated by spaces); else None."""
    words = _words_asked_about(phrase)
    if words is None:
        return None
    return _REQUIREMENT_NAMES.get(_TERM_ARTICLE.sub("", words.strip()))


# Words that are a command only with no question open: inside one they are its answer
# ("done" at the evidence list, "delete" at a review, "options" at a choice). As
# `normalize` leaves them.
_AT_REST: dict[str, Intent] = {
    **dict.fromkeys(
        (
            *("i m done", "im done", "i am done", "done", "all done", "finished", "that s all"),
            *("thats all", "that s it", "thats it", "j ai fini", "j ai termine", "c est tout"),
            *("termine", "fini", "c est fini", "c est bon pour moi"),
        ),
        Intent.THANKS,
    ),
    **dict.fromkeys(
        ("options", "my options", "what are my options", "quelles sont mes options", "choices"),
        Intent.HELP,
    ),
    **dict.fromkeys(
        (
            *("cancel everything", "cancel all", "cancel all of it", "stop everything"),
            *("tout annuler", "annuler tout", "tout arreter", "arreter tout"),
        ),
        Intent.CANCEL,
    ),
    **dict.fromkeys(
        (
            *("continue where i left off", "pick up where i left off", "where was i"),
            *("pick up where we left off", "continue where we left off", "where were we"),
            *("reprendre la ou je m etais arrete", "reprendre la ou je m etais arretee"),
            *("reprendre ou j en etais", "on reprend", "on continue", "je reprends"),
        ),
        Intent.CONTINUE_DRAFT,
    ),
    **dict.fromkeys(
        (
            *("delete", "remove", "supprimer", "effacer"),
            # "delete everything": drafts are deleted one at a time, each asked first.
            *("delete everything", "delete all", "delete all my drafts", "delete my drafts"),
            *("delete all drafts", "remove everything", "remove all", "erase everything"),
            *("tout supprimer", "supprimer tout", "supprimer tous mes brouillons"),
            *("supprimer mes brouillons", "tout effacer", "effacer tout"),
            *("i want to delete everything", "je veux tout effacer", "je veux tout supprimer"),
            *("je voudrais tout effacer", "je voudrais tout supprimer"),
        ),
        Intent.DELETE_HOW,
    ),
}


def at_rest(text: str | None) -> Intent | None:
    """ "I'm done", "options", "cancel everything", « on reprend », "delete" with no question
    open: the command they are there (inside a question they are its answer)."""
    if not text or len(text) > _TERM_ASKED_MAX:
        return None
    phrase = normalize(text).rstrip(" ?!")
    if _CLAIM_A_FIGURE.match(phrase):
        return Intent.MY_FUNDS  # "can I claim 12,000?": what is left to claim
    if _LIMIT_ALONE.fullmatch(phrase):
        return Intent.CLAIM_LIMITS  # "what's the limit?": of a claim (a plan's is its own)
    if _MISTAKE_TOLD.fullmatch(phrase):
        return Intent.MISTAKE_TOLD  # "I made a mistake in my claim": the draft meant
    if _REPEAT_ALONE.fullmatch(phrase):
        return Intent.CONTINUE_DRAFT  # "repeat that": the question left, as "where was I?"
    if _NEED_ASKED.fullmatch(phrase):
        return Intent.PLAN_NEEDS  # "what do you need?": the drafts' still to add, or a plan's
    return _AT_REST.get(phrase)


# "what do you need (from me)?", « de quoi avez-vous besoin ? », « qu'est-ce qu'il vous
# faut ? » (normalized): with a draft under way, what it still needs; with none, what a plan
# asks. In a question, that question's help.
_NEED_ASKED = re.compile(
    r"(?:so |ok |okay |and |alors |donc )?(?:"
    r"what do you (?:still )?need(?: from (?:me|us))?(?: now)?|what (?:info|information|details)"
    r" do you need(?: from (?:me|us))?|what do you want from me"
    r"|de quoi (?:as tu|avez vous|tu as|vous avez) (?:encore )?besoin(?: maintenant)?"
    r"|(?:tu as|vous avez) besoin de quoi|qu est ce qu il (?:te|vous) faut(?: encore)?"
    r"|il (?:te|vous) faut quoi|que (?:te|vous) faut il)"
)


def need_asked(text: str | None) -> bool:
    """Whether the whole message asks what the bot needs ("what do you need from me?")."""
    return bool(text) and _NEED_ASKED.fullmatch(normalize(text[:120]).rstrip(" ?!.")) is not None


# "I made a mistake in my claim", "there's an error in my plan", "I uploaded the wrong
# invoice", « j'ai fait une erreur dans ma réclamation », « je me suis trompé »: a mistake
# told naming no answer (normalized words). With no question open only: in a question, the
# answers that can change are offered.
_MISTAKE_TOLD = re.compile(
    r"(?:(?:oops|oups|sorry|pardon|whoops) )?(?:"
    r"(?:i|we) (?:made|ve made|have made|did) (?:a|an|one|some) (?:mistake|error|typo)s?"
    r"|there (?:s|is) (?:a|an) (?:mistake|error|typo)"
    r"|(?:i|we) (?:uploaded|attached|sent|added) (?:the|a) wrong (?:file|invoice|document|photo)"
    r"|(?:j ai|on a|nous avons) fait (?:une|des) (?:erreur|faute)s?|il y a (?:une|des) erreurs?"
    r"|(?:je me suis|on s est|nous nous sommes) trompee?s?(?: de (?:fichier|facture))?"
    r"|(?:j ai|on a|nous avons) (?:joint|envoye|ajoute|televerse) (?:le mauvais"
    r" (?:fichier|document)|la mauvaise (?:facture|photo))"
    r")(?: (?:in|on|with|of) (?:my|the|our|this) (?:claim|plan|draft)"
    r"| (?:dans|sur) (?:ma|mon|la|le|notre|cette|ce) (?:reclamation|plan|brouillon))?"
)
# What such a mistake is about when it says no "claim" or "plan": a file is a claim's.
_A_FILES_WORD = re.compile(r"\b(?:file|invoice|document|photo|fichier|facture)\b")


def mistake_about(text: str | None) -> str | None:
    """ "claim" or "plan": what a mistake told at rest names ("… in my claim", "the wrong
    invoice", « … dans mon plan »); None when it names neither ("I made a mistake")."""
    if names_a_claim(text) or _A_FILES_WORD.search(normalize((text or "")[:200])):
        return "claim"
    return "plan" if names_a_plan_only(text) else None


# "what's the limit?", "is there a maximum?", « quel est le plafond ? » with nothing named.
_LIMIT_ALONE = re.compile(
    r"(?:(?:what s|whats|what is|what are|is there|are there|any|quel est|quelle est"
    r"|quels sont|quelles sont|c est quoi|y a t il|il y a|existe t il) )?"
    r"(?:(?:a|an|the|any|un|une|le|la|les|l|des) )?"
    r"(?:minimum|maximum|max|min|cap|caps|limit|limits|ceiling|plafonds?|limites?|seuil)"
    r"(?: amounts?| montants?)?"
)


# What has not run yet, in "can I claim <it>?": "before the event", "in advance", "for an
# event next month", « avant l'événement », « le salon du mois prochain ».
_NOT_YET_RUN = re.compile(
    r"\b(?:before|in advance|ahead|upfront|up front|next|upcoming|future|tomorrow|planned"
    r"|avant|a l avance|prochaine?|a venir|demain|futur(?:e|s)?)\b"
)
# A time that has passed, in "can I claim <it>?": "last month", "September", "an event in
# October", « le mois dernier »: when claims are taken, not what co-op pays for.
_A_TIME = re.compile(
    r"\b(?:(?:last|previous|past|this) (?:week|month|quarter|year|half|period|semester)s?"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
    r"|novembre|decembre)|q[1-4]|h[12]|fy ?\d\d|(?:mois|trimestre|semestre) (?:dernier|passe)"
    r"|(?:annee|semaine|periode) (?:derniere|passee)|l an dernier|l an passe|ce mois ci"
    r"|cette annee)\b"
)
# A figure (normalized: "12 000", "eur 12 000", "12k", "12 000 euros"), not a thing claimed.
_CURRENCY_WORD = r"(?:eur|euros?|usd|dollars?|gbp|chf)"
_FIGURE = rf"(?:{_CURRENCY_WORD}\s)?\d[\d ]*(?:k|\s?{_CURRENCY_WORD})?"
_A_FIGURE = re.compile(_FIGURE)
# "can I claim 12,000?", « puis-je réclamer 12 000 € ? »: how much is left to claim.
_CLAIM_A_FIGURE = re.compile(
    r"(?:can|could|may) (?:i|we) claim " + _FIGURE + r"$"
    r"|(?:puis je|peut on|pouvons nous|est ce que je peux|je peux) (?:reclamer|declarer) "
    + _FIGURE
    + r"$"
)


def term_alone(text: str | None) -> Intent | None:
    """ "CSR?", "a PoE?", « co-op ? », "usage period": a term of co-op said alone, with no
    question open (at a file's kind "CSR?" is an answer): the intent explaining it."""
    if not text or len(text) > _TERM_ASKED_MAX:
        return None
    return _term(normalize(text).rstrip("?").strip())


_TERM_ASKED_MAX = 120
# Both fund types named in a short question: "co-op or MDF?", "co-op vs MDF", « quelle
# différence entre co-op et MDF ? » (normalized).
_FUND_TYPES_COMPARED = re.compile(
    r"\b(?:co ?op|fonds co ?op)\b.*\b(?:mdf|market development funds?|fonds de developpement"
    r" marketing)\b|\b(?:mdf|market development funds?|fonds de developpement marketing)\b.*"
    r"\bco ?op\b"
)
_COMPARED_MAX_WORDS = 10


# Asked how many times a plan or a claim may go again (normalized, no '?'): "how many times
# can I resubmit?", "is there a limit on resubmissions?", « combien de fois puis-je
# resoumettre ? ». Time limits it, not a count.
_AGAIN = (
    r"(?:resubmit|re submit|submit (?:it )?again|send (?:it )?again|try again|resend"
    r"|re send|fix and resubmit)"
)
_AGAIN_FR = (
    r"(?:resoumettre|re soumettre|soumettre a nouveau|soumettre de nouveau|renvoyer"
    r"|redeposer|re deposer|corriger et renvoyer)"
)
_ITEM_EN = r"(?: (?:it|them|a claim|my claim|the claim|claims|a plan|my plan|the plan|plans))?"
_ITEM_FR = r"(?: (?:la|le|les|une|un|ma|mon|mes) (?:plan|plans|reclamation|reclamations))?"
_RESUBMIT_TIMES = re.compile(
    rf"(?:how many times|how often) (?:can|may|could|do|should) (?:i|we) {_AGAIN}{_ITEM_EN}"
    r"|(?:is there|are there|what is|what s|whats) (?:a |any |the )?(?:limit|maximum|max)s?"
    r" (?:on|to|for) (?:the )?(?:number of )?(?:resubmissions?|re submissions?|resubmitting"
    r"|resubmits|times i can resubmit)"
    rf"|(?:can|may|could) (?:i|we) {_AGAIN}{_ITEM_EN} (?:more than once|several times"
    r"|many times|multiple times|again and again|as many times as i want|twice)"
    rf"|combien de fois (?:puis je|peut on|pouvons nous|est ce que je peux|je peux|on peut"
    rf"|peut on|faut il) {_AGAIN_FR}{_ITEM_FR}"
    r"|(?:y a t il|il y a|est ce qu il y a|existe t il) (?:une )?limite (?:de|au nombre de"
    r"|aux|pour les) (?:resoumissions?|re soumissions?|renvois|soumissions)"
    rf"|(?:puis je|peut on|est ce que je peux|je peux|on peut) {_AGAIN_FR}{_ITEM_FR}"
    r" plusieurs fois"
)
# Asked whether someone in the organisation approves first: "does my boss need to approve
# it?", "do I need approval?", « mon manager doit-il valider ? ».
_SOMEONE_ABOVE = (
    r"(?:boss|manager|supervisor|director|line manager|finance team|finance|team lead|lead"
    r"|cfo|ceo|head)"
)
_SOMEONE_ABOVE_FR = (
    r"(?:manager|responsable|chef|directeur|directrice|superieur|superieure|n 1|direction"
    r"|patron|patronne|service financier)"
)
_APPROVAL_ASKED = re.compile(
    rf"(?:does|do|will|would|should|must) (?:my|our|the) {_SOMEONE_ABOVE} (?:need to |have to"
    r" |has to )?(?:approve|sign off|validate|sign|ok|okay)(?: on)?(?: (?:it|this|that|the plan"
    r"|my plan|the claim|my claim|claims|plans|them))?(?: first| before| beforehand)?"
    r"|(?:do|does|will) (?:i|we|it|this|the plan|the claim|my plan|my claim) (?:need|require"
    r"|needs|requires) (?:an? |any )?(?:approval|sign off|validation|internal approval"
    rf"|(?:my|our) {_SOMEONE_ABOVE} s? (?:approval|sign off|ok|okay|validation))"
    rf"(?: (?:from|by) (?:my|our|a|the) {_SOMEONE_ABOVE})?(?: first| before)?"
    r"|who (?:needs|has|must|should) to approve(?: it| this| my plan| my claim| the plan"
    r"| the claim)?(?: internally| first)?|who approves (?:it |this )?internally"
    rf"|(?:mon|ma|notre|le|la) {_SOMEONE_ABOVE_FR} (?:doit il|doit elle|doit|devra t il"
    r"|devra t elle) (?:le |la |les )?(?:valider|approuver|signer)(?: (?:le plan"
    r"|la reclamation|ca|mon plan|ma reclamation))?(?: avant| d abord)?"
    r"|(?:faut il|est ce qu il faut|ai je besoin d|ai je besoin de|j ai besoin d"
    r"|j ai besoin de|dois je avoir|doit on avoir) (?:une |l |un )?(?:validation|approbation"
    rf"|accord|feu vert)(?: (?:de|du|d) (?:mon|ma|notre|la|le) {_SOMEONE_ABOVE_FR})?"
    r"(?: interne)?(?: avant| d abord)?"
    r"|qui doit (?:le |la )?(?:valider|approuver)(?: le plan| la reclamation| ca)?"
)
# Asked whether a plan or a claim sent can be taken back: "can I withdraw my claim?", "can I
# undo a submission?", « puis-je retirer ma réclamation ? »: drafts are deleted, what was
# sent stays with the reviewer (`Intent.DELETE_HOW`).
_WITHDRAW_ASKED = re.compile(
    r"(?:(?:can|could|may) (?:i|we)|how (?:do|can|could) (?:i|we)|is it possible to)"
    r" (?:withdraw|retract|undo|unsubmit|un submit|cancel|take back|recall|pull back)"
    r" (?:(?:a|my|the|our|this|that) (?:claim|plan|submission)(?: i sent| i submitted"
    r"| we sent| back)?|it(?: back)?|back (?:a|my|the) (?:claim|plan))"
    r"|(?:puis je|peut on|est ce que je peux|est ce qu on peut|je peux|on peut|comment)"
    r" (?:retirer|annuler|rappeler|reprendre) (?:(?:une|ma|la|mon|le|notre|cette) "
    r"(?:reclamation|plan|soumission|envoi)|l envoi)(?: envoyee?| soumise?)?"
)
# What reviewers reject, asked (normalized, no '?'): "what are common rejection reasons?",
# "why do claims get rejected?", "how do I avoid a rejection?", "tips for getting my claim
# approved", « comment éviter un rejet ? », « quels sont les motifs de rejet ? ».
_REJECTIONS_ASKED = re.compile(
    r"(?:what are |what s |whats |which are )?(?:the )?(?:most )?(?:common|typical|usual"
    r"|frequent|main|top|biggest) (?:rejection reasons|reasons for (?:a )?rejections?"
    r"|reasons (?:of|behind) rejections?|reasons claims (?:get|are) rejected|rejections?"
    r"|reasons for refusal|mistakes|errors|problems)(?: (?:reviewers find|in claims))?"
    r"|(?:what are |what s |whats )?(?:the )?(?:rejection reasons|reasons for rejection)"
    r"|why (?:do|are|would|might|could|does|is) (?:a |the )?(?:co op )?(?:claims?|plans?"
    r"|proofs?) (?:get |be |gets |being )?rejected"
    r"|how (?:do|can|could|should) (?:i|we) (?:avoid|prevent) (?:a |an |the )?"
    r"(?:rejections?|being rejected|getting rejected|this|that|it)(?: happening)?"
    r"(?: next time| again| in future| in the future)?"
    r"|(?:any |some )?tips (?:for|on|to) (?:getting|get|having) (?:my |a |the |our )?"
    r"(?:claims?|plans?) approved"
    r"|how (?:do|can) (?:i|we) (?:make sure|ensure) (?:my |the |a |our )?(?:claims?|plans?)"
    r" (?:is|are|gets?|get) approved"
    r"|what (?:do|does|will) (?:reviewers?|the reviewers?|microsoft) (?:reject|refuse)"
    r"|what gets (?:a )?(?:claims? )?rejected"
    r"|(?:quels sont |quelles sont |c est quoi )?(?:les )?(?:motifs|raisons|causes)"
    r" (?:de |du |des )?(?:rejets?|refus)(?: (?:les plus )?(?:courante?s|frequente?s"
    r"|habituelle?s))?"
    r"|(?:quels sont |quelles sont )?(?:les )?(?:motifs|raisons|causes) (?:courante?s"
    r"|frequente?s|habituelle?s) (?:de|du|des) (?:rejets?|refus)"
    r"|pourquoi (?:les |une |des )?(?:reclamations?|plans?) (?:sont ils |sont elles "
    r"|est elle |est il |sont |est |se font |peuvent etre |peut etre )?(?:rejetee?s?"
    r"|refusee?s?)(?: \w+){0,2}"
    r"|comment (?:eviter|ne pas avoir) (?:un |le |les |des )?(?:rejets?|refus)"
    r"(?: la prochaine fois| a l avenir)?"
    r"|comment eviter (?:ca|cela|ce refus|ce rejet) (?:la prochaine fois|a l avenir)"
    r"|comment (?:faire|m assurer|s assurer|etre sur) (?:que|qu) (?:ma |la |une |mes |les )?"
    r"(?:reclamations?|plans?) (?:soit|soient) (?:approuvee?s?|acceptee?s?|validee?s?)"
    r"|(?:des |quelques )?conseils pour (?:faire approuver|faire accepter|que)"
    r" (?:ma |la |une |mes |mon |le )?(?:reclamations?|plans?)(?: soit (?:approuvee?|acceptee?"
    r"|validee?))?"
)
# "why did my co-op become rebate?", « c'est quoi le rabais ? » (asked): the threshold.
_REBATE_WORDS = re.compile(r"\b(?:rebates?|rabais)\b")
# A rebate's payment asked after or told missing ("why is my rebate late?", « je n'ai pas
# reçu mon rabais »; seen at stop 60 answered with the thresholds alone): the bot sees no
# rebate (paid with no claim), so the answer says whom to ask first.
REBATE_PAID = re.compile(
    r"\b(?:late|paid|pay|payment|payments|payout|received?|arrived?|come|retard|payee?"
    r"|paiement|versement|versee?|recue?|arrivee?)\b|\bwhere (?:is|s)\b"
)


def rule_asked(phrase: str, asked: bool) -> Intent | None:
    """The rule a question asks about (`phrase` normalized, no '?'; `asked`: it ended with
    one): how much a claim may be, what changes once submitted (also told: "I submitted
    the wrong amount"), several claims for one activity, which currency, how to delete a
    plan or a claim, how to dispute, how claims are paid, what a CSR or a pre-approval is,
    where the Partner ID is. None for anything else, and for anything not asked."""
    if _RESUBMIT_TIMES.fullmatch(phrase):
        return Intent.RESUBMIT_TIMES  # "how many times can I resubmit?" (stop 59)
    if _APPROVAL_ASKED.fullmatch(phrase):
        return Intent.APPROVAL_WHO  # "does my boss need to approve it?" (stop 59)
    if _WITHDRAW_ASKED.fullmatch(phrase):
        return Intent.DELETE_HOW  # "can I withdraw my claim?": drafts only (stop 59)
    if _REJECTIONS_ASKED.fullmatch(phrase):
        return Intent.COMMON_REJECTIONS  # "how do I avoid a rejection?" (stop 59)
    if _REBATE_WORDS.search(phrase) and REBATE_PAID.search(phrase):
        return Intent.THRESHOLD  # "why is my rebate late?": whom to ask, then what it is
    term = term_asked(phrase)
    if term is not None:
        return term
    if _FUND_TYPES_COMPARED.search(phrase) and len(phrase.split()) <= _COMPARED_MAX_WORDS:
        return Intent.FUND_TYPES_WHAT  # "co-op or MDF?", "difference between co-op and MDF"
    if _HOW_TO_DELETE.match(phrase):
        return Intent.DELETE_HOW
    if asked and _FILES_ASKED.search(phrase):
        return Intent.FILES_WHAT
    if _DISPUTE_HOW.match(phrase):
        return Intent.DISPUTE_HOW
    opened = bool(_ASKING.match(phrase) or _MAY_ASK.match(phrase))
    if _MISTAKE.search(phrase) and _SUBMITTED.search(phrase):
        return Intent.AFTER_SUBMIT  # told ("I submitted the wrong amount") or asked
    if _WHEN_PAID.fullmatch(phrase):
        return Intent.PAYMENT  # "when is it paid?", « c'est payé quand ? » (stop 57)
    paid_to_me = _PAYMENT_WORDS.search(phrase) and not _SPENDING.search(phrase)
    if (paid_to_me and (asked or opened or _WHEN.match(phrase))) or _PAYMENT_LATE.match(phrase):
        return Intent.PAYMENT  # asked, or told it has not come
    if _NOT_KNOWN.match(phrase) and _PARTNER_ID_WORDS.search(phrase):
        return Intent.PARTNER_ID
    told = bool(_INVOICE_TOLD.match(phrase))  # "my invoice is in dollars"
    if (asked or opened or told) and _INVOICE_CURRENCY.search(phrase):
        return Intent.CURRENCY
    if not (asked or opened):
        return None
    if len(phrase.split()) >= _WORDS_AROUND and _CSR_WORDS.search(phrase):
        return Intent.CSR_WHAT
    if _REBATE_WORDS.search(phrase):
        return Intent.THRESHOLD  # "why did my co-op become rebate?" (stop 59)
    if len(phrase.split()) >= _WORDS_AROUND and _PRE_APPROVAL_WORDS.search(phrase):
        return Intent.PRE_APPROVAL_WHAT
    if _PARTNER_ID_WORDS.search(phrase) and not re.search(r"\d{5}", phrase):
        return Intent.PARTNER_ID
    if _INVOICE_ONCE.search(phrase):
        return Intent.INVOICE_ONCE
    changing = bool(_CHANGE_WORDS.search(phrase) or _SET_WORDS.search(phrase))
    if _CURRENCY_WORDS.search(phrase) and not changing:
        return Intent.CURRENCY  # "can I change the currency to USD?" changes it (a review's)
    # These two only after an opening that asks ("can I …"): "any news on my submitted
    # claim?" asks where it stands.
    # ("add an activity to my approved plan" changes it too.)
    if opened and (changing or _ADD_REMOVE.search(phrase)) and _ONCE_SENT.search(phrase):
        return Intent.AFTER_SUBMIT
    if _HOW_MANY_PLANS.match(phrase):
        return Intent.PLANS_HOW_MANY
    if not _CLAIM_WORD.search(phrase):
        # "what's my plan limit?", « c'est quoi le plafond de mon plan ? »: the plan shown.
        if _PLAN_WORD.search(phrase) and _LIMIT_WORDS.search(phrase) and not changing:
            return Intent.SHOW_PLAN
        return None
    if _HOW_MANY_CLAIMS.match(phrase):
        return Intent.CLAIMS_HOW_MANY
    several = _SEVERAL.search(phrase) and _ACTIVITY_WORD.search(phrase)
    if opened and (several or _TWICE.search(phrase)):
        return Intent.CLAIMS_PER_ACTIVITY
    if _LIMIT_WORDS.search(phrase):
        return Intent.CLAIM_LIMITS
    return None


def _asks_about_funds(phrase: str) -> bool:
    """`phrase` (normalized, '?' kept) asks what the funds view shows."""
    if any(pattern.match(phrase) for pattern in _FUNDS_QUESTIONS):
        return True
    asked = phrase.endswith("?") or bool(_ASKED.match(phrase))
    return asked and bool(_FUNDS_WORDS.search(phrase))


_LANGUAGE_WORDS = {"french": "fr", "francais": "fr", "english": "en", "anglais": "en"}


def language_named(phrase: str) -> str | None:
    """The one language ("en", "fr") a normalized phrase names by name, if any."""
    named = {_LANGUAGE_WORDS[word] for word in phrase.split() if word in _LANGUAGE_WORDS}
    return named.pop() if len(named) == 1 else None


def _intent_of(phrase: str, ids: list[str], claim_ids: list[str]) -> Intent | None:
    intent = None
    if ids or claim_ids:
        # A claim's id wins when both are named: "fix CLM-… PLN-…" fixes the claim.
        intent = _WITH_ID.get(phrase, {}).get("claim" if claim_ids else "plan")
    return intent if intent is not None else _BY_PHRASE.get(phrase)


def _command_leading(sentence: str) -> Intent | None:
    """The longest command phrase the sentence starts with ("file a claim for the …")."""
    for phrase, intent in _BY_PHRASE_LONGEST_FIRST:
        if sentence.startswith(phrase + " ") and len(phrase) > 3:
            return intent
    return None


# "can you tell me …", "I'd like to know …", « je voudrais savoir … », « pouvez-vous me dire
# … »: a question framed; what follows is the question (asked: a '?' is added).
_TELL_ME = re.compile(
    r"^\s*(?:(?:hi|hello|hey|bonjour|salut)[\s,!]+)?(?:can you tell me|could you tell me"
    r"|can you please tell me|please tell me|tell me|i['’]?d like to know|i would like to know"
    r"|i want to know|i wonder|i was wondering|do you know|je voudrais savoir"
    r"|j['’]aimerais savoir|je veux savoir|je me demande|pouvez[- ]vous me dire"
    r"|pourriez[- ]vous me dire|peux[- ]tu me dire|tu peux me dire|vous pouvez me dire"
    r"|dites[- ]moi|dis[- ]moi|savez[- ]vous)\s*[,:]?\s+(?:if\s+|whether\s+|si\s+)?",
    re.IGNORECASE,
)


def without_framing(text: str) -> str:
    """The question in "can you tell me how much is left" ("how much is left?"); `text`
    itself when it is not so framed."""
    framed = _TELL_ME.match(text)
    if framed is None or not text[framed.end() :].strip():
        return text
    rest = text[framed.end() :].strip()
    return rest if rest.endswith("?") else rest + "?"


def recognize_command(text: str | None) -> Command | None:
    """The command the whole message expresses, or None for an ordinary answer."""
    if not text or len(text) > _COMMAND_MAX_LENGTH or summary_asked(text):
        return None  # (« résumé »: a summary, not "resume", read as an overview at rest)
    text = without_framing(text)  # "can you tell me how much is left": the question
    text = emoji_said(text) or text  # 👍 alone says "ok", 🙏 "thanks"
    ids = find_plan_ids(text)
    claim_ids = find_claim_ids(text)
    without_ids = re.sub(r"\b(PLN|CLM)-\d{4}-\d{6}\b", " ", text, flags=re.IGNORECASE)
    phrase = normalize(without_ids)
    if text.strip() == "?" or (phrase == "?" and not (ids or claim_ids)):
        return Command(Intent.HELP)  # "CLM-… ?" asks where that claim stands
    asks_about_funds = not (ids or claim_ids) and _asks_about_funds(phrase)
    rest: str | None = None  # what follows the command's words, when it says more
    phrase = phrase.rstrip("?").strip()
    if not (ids or claim_ids) and _FIX_BY_WHEN.fullmatch(phrase):
        return None  # "how long do I have to fix it?": a status question (not the funds)
    if not (ids or claim_ids) and _EXPORT_ASKED.fullmatch(phrase):
        return Command(Intent.EXPORT_CLAIMS)  # "my claims in Excel" (not "my claims")
    if not (ids or claim_ids) and _HOW_MUCH_PAID.fullmatch(phrase):
        return Command(Intent.PAYMENT)  # "how much have I been paid?" (not the funds)
    if not (ids or claim_ids) and _PLAN_VS_CLAIM.match(phrase):
        return Command(Intent.ABOUT_COOP)  # "difference between plans and claims?"
    required = None if ids or claim_ids else requirement_asked(phrase)
    if required is not None:  # "what's a proof of distribution?": what it is
        return Command(Intent.REQUIREMENT_WHAT, text=required)
    plan_for = None if ids or claim_ids else _plan_period_said(phrase)
    if plan_for is not None:  # "new plan for next half": started with its period
        return Command(Intent.NEW_PLAN, text=plan_for)
    copy = _COPY_PLAN.fullmatch(phrase)
    if copy is not None and not claim_ids:
        return Command(Intent.COPY_PLAN, ids[0] if ids else None, period=period_in(copy["rest"]))
    if not (ids or claim_ids) and _PLAN_LIKE_THE_LAST.fullmatch(phrase):
        return Command(Intent.COPY_PLAN)  # "new plan based on the last one": the latest
    if len(ids) == 1 and not claim_ids and phrase in _COPY_VERBS:
        return Command(Intent.COPY_PLAN, ids[0])  # "duplicate PLN-…", as "copy CLM-…"
    one_claim = bool(claim_ids) and not ids
    if _COPY_CLAIM.fullmatch(phrase) and not ids and (one_claim or phrase not in _COPY_VERBS):
        return Command(Intent.COPY_CLAIM, claim_id=claim_ids[0] if claim_ids else None)
    asked = text.rstrip().endswith("?")
    reminder = _REMINDER_WORD.search(phrase)  # "cancel my reminder for CLM-…" keeps the claim
    if one_claim and _WITHDRAW_WITH_ID.match(phrase) and not reminder:
        intent: Intent | None = Intent.DELETE_DRAFT  # before "cancel" alone, which stops
    else:
        intent = _intent_of(phrase, ids, claim_ids)
        term = _term(phrase) if asked and (intent is not None or not (ids or claim_ids)) else None
        if term is not None and (intent is not None or term in _ASKED_ANYWHERE):
            # "proof of execution?" asks what it is (without '?', one starts); "usage
            # period?" too, in any question (no question's answer is a term of these).
            intent = term
    if intent is None:
        rest = remind_when(without_ids)
        intent = Intent.REMIND_ME if rest is not None else None
    if intent is None and _NOT_ON_THAT_DAY.match(phrase):
        intent = Intent.REMIND_CANCEL  # "don't remind me on Monday": the reminder asked
    if intent is None and one_claim and _EDIT_WITH_ID.match(phrase):
        intent = Intent.CONTINUE_CLAIM
    if intent is None and (ids or claim_ids) and phrase in _DELETE_WITH_ID:
        intent = Intent.DELETE_DRAFT
    if intent is None and not (ids or claim_ids) and _INVOICE_AWAITED.fullmatch(phrase):
        intent = Intent.INVOICE_AWAITED  # "still waiting for the invoice": it comes later
    if intent is None and not (ids or claim_ids) and _PROOF_COMING.fullmatch(phrase):
        intent = Intent.PAUSE  # "the photos are coming tomorrow": as "I'll send them later"
    if intent is None and _FILE_WONT_GO.match(phrase):
        intent = Intent.TROUBLE  # "I can't attach a file": how files are sent
    if intent is None and not (ids or claim_ids) and _DEADLINE_EXTENSION.fullmatch(phrase):
        intent = Intent.DEADLINE_EXTENSION  # before the funds ("deadline" asks for them)
    if intent is None and not (ids or claim_ids) and _asks_deadline_missed(phrase, asked):
        intent = Intent.DEADLINE_MISSED  # before the funds ("deadline" asks for them)
    if intent is None and asks_about_funds:
        intent = Intent.MY_FUNDS
    if intent is None and not (ids or claim_ids) and _FUNDING_ASKED.fullmatch(phrase.rstrip(" ?")):
        intent = Intent.ABOUT_COOP  # "I need money for an event": how co-op funds are had
    if intent is None and _CHASE.fullmatch(phrase):
        intent = Intent.CHASE_REVIEW  # "can you chase the reviewer?", "please escalate"
    if intent is None and not (ids or claim_ids) and _asks_how_long(phrase):
        intent = Intent.REVIEW_TIME
    if intent is None and not (ids or claim_ids):
        rest = _evidence_asked_for(phrase)
        intent = Intent.EVIDENCE_NEEDED if rest else None
    if intent is None and asked and not (ids or claim_ids) and _cost_asked(phrase):
        intent, rest = Intent.EVIDENCE_NEEDED, phrase  # "can I get reimbursed for flights?"
    if intent is None and not (ids or claim_ids) and not _DISAGREE_THEN.match(text.strip()):
        intent = rule_asked(phrase, asked)
    if intent is None:
        # A command said alone with politeness: "new claim please", « statut svp ».
        core = _infinitive(_POLITE_CLOSING.sub("", _POLITE_LEADING.sub("", phrase)).strip())
        if core != phrase:
            intent = _intent_of(core, ids, claim_ids)
    if intent is None:
        # A sentence around a command: "I'd like to file a claim for the webinar",
        # "je voudrais créer un nouveau plan". Only after such an opening, so that a
        # campaign named "Help desk" stays a name.
        opened = _POLITE_OPENING.match(phrase)
        if opened:
            sentence = _POLITE_CLOSING.sub("", phrase[opened.end() :]).strip()
            intent = (
                _intent_of(sentence, ids, claim_ids)
                or _intent_of(_ARTICLE.sub("", sentence), ids, claim_ids)  # "I want a new claim"
                or _intent_of(_COMMAND_VERB.sub("", sentence), ids, claim_ids)
                or _command_leading(sentence)
            )
            claimed = _CLAIM_FOR.match(sentence) if intent is Intent.NEW_CLAIM else None
            if claimed is not None:
                rest = claimed["what"]  # "I want to claim the LinkedIn ads"
                if asked and _MAY_I.match(phrase):
                    # "can I claim travel?" asks what co-op pays for: answered, not started.
                    intent, rest = Intent.EVIDENCE_NEEDED, _ARTICLE.sub("", rest)
                    if _A_FIGURE.fullmatch(rest):
                        intent, rest = None, None  # "can I claim 12,000?": no activity type
                    elif _NOT_YET_RUN.search(rest) or _A_TIME.search(rest):
                        # "… for next month's event?", "… for last month?": when, not what
                        intent, rest = Intent.CLAIM_WHEN, None
    if intent is None and not (ids or claim_ids):
        claimed = _NEW_CLAIM_FOR.match(phrase)
        if claimed is not None:
            intent, rest = Intent.NEW_CLAIM, claimed["what"] or claimed["what2"]
    if intent is None and _PLAN_OR_CLAIM.search(phrase):
        # "edit my approved plan", « modifier mon plan approuvé »: the item's status word
        # read past (what may be done with a sent plan or claim is said by the command).
        # (Only where "plan" or "claim" is said: every answer typed in a question comes here.)
        plain = _STATUS_WORD_EN.sub(r"\1 \3", _STATUS_WORD_FR.sub(r"\1", text))
        read = recognize_command(plain) if plain != text else None
        if read is not None and read.intent in _ON_ONES_OWN_ITEM:
            return read
    if intent is None and not (ids or claim_ids):
        disagreed = _DISAGREE_THEN.match(text.strip())
        if disagreed is not None:
            intent, rest = Intent.DISPUTE_WAITING, disagreed["reason"].strip()
    if intent is None and not ids:
        field = _claim_field_to_change(phrase)
        if field is not None:
            intent, rest = Intent.CONTINUE_CLAIM, field  # opened at that answer's question
    if intent is None and not claim_ids:
        field = plan_field_to_change(phrase)
        if field is not None:
            intent, rest = Intent.CONTINUE_PLAN, field  # opened at that answer's question
    if intent is None and not claim_ids and plan_item_to_change(phrase):
        intent, rest = Intent.CONTINUE_PLAN, phrase  # the campaign or activity: the plan's
    if intent is None and not (ids or claim_ids) and plan_item_changed_to(text):
        intent, rest = Intent.CONTINUE_PLAN, text.strip()  # "… to 1 March": in a question
    if intent is None and not (ids or claim_ids):
        intent = _said_in_parts(without_ids)  # "thanks, have a nice day"
    if intent is None:
        return None
    language = language_named(phrase) if intent is Intent.LANGUAGE else None
    return Command(
        intent,
        ids[0] if ids else None,
        claim_ids[0] if claim_ids else None,
        language=language,
        text=rest,
    )


# "why?" said alone ("how come?", « pourquoi ? »): with something sent back, its reasons.
_WHY_ALONE = frozenset(
    normalize(words)
    for words in (
        *("why", "but why", "why is that", "why that", "why so", "how come", "why not"),
        *("pourquoi", "mais pourquoi", "pourquoi ca", "pourquoi donc", "comment ca"),
    )
)


def why_alone(text: str | None) -> bool:
    """Whether the whole message asks "why?" and nothing more."""
    return normalize((text or "")[:40]).rstrip(" ?!.") in _WHY_ALONE


# The commands a slip of the keyboard is offered for, with no question open ("nwe plan",
# "my claism", « mes fond »: seen at stop 58, "I didn't understand that"), each named by its
# `meant.<intent>` words; matched against those words and the intent's short phrases.
MEANT = (
    Intent.NEW_PLAN,
    Intent.NEW_CLAIM,
    Intent.MY_PLANS,
    Intent.MY_CLAIMS,
    Intent.MY_FUNDS,
    Intent.CONTINUE_DRAFT,
    Intent.HELP,
    Intent.STATUS,
)
_MEANT_MAX_WORDS = 3
_MEANT_LENGTHS = (4, 30)


@functools.cache
def _meant_names() -> tuple[dict[str, Intent], dict[str, Intent]]:
    """Each offered command's short phrases and words (normalized), and the same without
    their spaces ("newplan")."""
    names: dict[str, Intent] = {}
    for intent in MEANT:
        spec = INTENTS[intent]
        said = (t(language, f"meant.{intent.value}") for language in ("en", "fr"))
        for phrase in (*spec.en, *spec.fr, *said):
            words = normalize(phrase)
            if words and len(words.split()) <= _MEANT_MAX_WORDS:
                names.setdefault(words, intent)
    return names, {name.replace(" ", ""): intent for name, intent in names.items()}


def command_meant(text: str | None) -> Intent | None:
    """The offered command `text` is one slip from ("nwe plan": new plan), typed with no
    question open and understood as nothing else; None when it is close to none."""
    typed = normalize((text or "")[:40]).rstrip(" ?!.")
    if not _MEANT_LENGTHS[0] <= len(typed) <= _MEANT_LENGTHS[1]:
        return None
    names, squeezed = _meant_names()
    return (
        squeezed.get(typed.replace(" ", ""))
        or closest(typed, names)
        or next(filter(None, map(names.get, _swapped(typed))), None)
    )


def _swapped(typed: str) -> list[str]:
    """`typed` with two neighbouring letters swapped, each way ("hlep": "help", stop 59): a
    slip too short for `closest` to see (one swap in four letters is 75 % alike)."""
    return [
        typed[:i] + typed[i + 1] + typed[i] + typed[i + 2 :]
        for i in range(len(typed) - 1)
        if typed[i] != typed[i + 1] and " " not in typed[i : i + 2]
    ]


# A message said in parts, each a phrase of the intent table: "thanks, have a nice day",
# "I'm new, where do I start?", « merci et bon week-end », « je débute, par où commencer ? »
# (seen at stop 58: "I didn't understand that", each part alone understood). Greetings and
# thanks go with the rest; only words that answer are read so (nothing started or dropped).
_PARTS = re.compile(r"\s*(?:[,;.!?…]+|\s(?:and|et|&)\s)\s*", re.IGNORECASE)
_MOST_PARTS = 4
_PLEASANT = frozenset({Intent.GREETING, Intent.THANKS})
_SAID_IN_PARTS = _PLEASANT | {
    Intent.ABOUT_COOP,
    Intent.HELP,
    Intent.WHO_ARE_YOU,
    Intent.REVIEW_TIME,
    Intent.SUPPORT,
    Intent.DATA_KEPT,
}


def _said_in_parts(text: str) -> Intent | None:
    """The one intent every part of `text` says (greetings and thanks aside), when each
    part is a whole phrase of the table and the intent only answers; else None."""
    parts = [normalize(part) for part in _PARTS.split(text[:_COMMAND_MAX_LENGTH])]
    parts = [part for part in parts if part]
    if not 2 <= len(parts) <= _MOST_PARTS:
        return None
    said = {_BY_PHRASE.get(part) for part in parts}
    if None in said or not said <= _SAID_IN_PARTS:
        return None
    meant = said - _PLEASANT or said - {Intent.GREETING} or said
    return next(iter(meant)) if len(meant) == 1 else None


# "I need to change the date on my claim", « je voudrais modifier la date de ma
# réclamation »: an answer of the partner's claim named, to change (normalized words).
_CHANGE_A_FIELD = (
    r"(?:(?:i need to|i want to|i d like to|i would like to|i have to|can i|could i|how do i"
    r"|how can i|please|let me|je voudrais|je veux|je dois|j aimerais|il faut|comment"
    r"|puis je|je peux) )?"
    r"(?:change|edit|modify|update|fix|correct|amend|modifier|changer|corriger|rectifier)"
    r" (?:(?:the|my|la|le|l|mon|ma) )?(?P<what>[a-z ]{2,40}?)"
)
_CHANGE_CLAIM_FIELD = re.compile(
    _CHANGE_A_FIELD + r" (?:on|of|in|for|de|du|dans|sur) (?:(?:my|the|this|ma|la|cette|mon"
    r"|le) )?(?:claim|reclamation)"
)
# "change the amount", « modifier la date »: the same with no claim named (at a plan's
# question, the plan's answer; in a claim's question or at rest, the claim's).
_CHANGE_FIELD_ALONE = re.compile(_CHANGE_A_FIELD)
_CLAIM_FIELDS_NAMED = {
    **dict.fromkeys(
        ("date", "activity date", "execution date", "date d execution", "date de l activite"),
        "execution_date",
    ),
    **dict.fromkeys(("amount", "claimed amount", "montant", "montant reclame"), "amount"),
    # the activity of the plan it is for, chosen again (seen at stop 61: "not an amount")
    **dict.fromkeys(
        (
            *("activity", "plan activity", "activity of the plan", "activite"),
            *("activite du plan",),
        ),
        "activity_id",
    ),
    **dict.fromkeys(("name", "title", "nom", "titre"), "name"),
    **dict.fromkeys(("impressions", "reach", "people reached", "portee"), "impressions"),
    **dict.fromkeys(("results", "result", "resultats", "resultat"), "metric_value"),
    **dict.fromkeys(
        ("pre approval", "pre approval id", "pre approbation", "id de pre approbation"),
        "pre_approval_id",
    ),
}


# A plan's own answer asked to change, the whole message ("change the plan limit", "I need
# to change the reviewer email", "can I change the currency?", « modifier l'e-mail du
# réviseur »; seen at stop 60 kept as an activity's description or a campaign's name, and
# "I didn't understand that" with no question open): that question of the plan draft.
_PLAN_FIELDS_NAMED = {
    **dict.fromkeys(
        (
            *("plan limit", "limit", "plan s limit", "limit of the plan", "plan cap", "cap"),
            *("plafond", "plafond du plan", "limite du plan", "limite"),
        ),
        "plan_limit",
    ),
    **dict.fromkeys(
        (
            *("reviewer", "reviewer email", "reviewer e mail", "reviewer s email"),
            *("reviewer s e mail", "reviewer address", "email of the reviewer"),
            *("account manager", "account manager email", "account manager s email"),
            *("reviseur", "e mail du reviseur", "email du reviseur", "adresse du reviseur"),
            *("adresse e mail du reviseur", "responsable de compte"),
        ),
        "reviewer_email",
    ),
    **dict.fromkeys(("currency", "plan currency", "devise", "devise du plan"), "currency"),
    **dict.fromkeys(
        (
            *("period", "usage period", "plan period", "half", "periode"),
            *("periode d utilisation", "periode du plan"),
        ),
        "period",
    ),
    **dict.fromkeys(("market", "plan market", "marche", "marche du plan"), "market"),
    **dict.fromkeys(("program", "programme", "incentive program"), "program"),
    **dict.fromkeys(("fund type", "type of fund", "type de fonds", "fonds"), "fund_type"),
    **dict.fromkeys(
        (
            *("partner id", "mpn id", "mpn", "mpn number", "partner number"),
            *("identifiant partenaire", "id partenaire", "numero mpn", "id mpn"),
        ),
        "mpn_id",
    ),
}
_CHANGE_PLAN_FIELD = re.compile(
    r"(?:(?:i need to|i want to|i d like to|i would like to|can i|could i|let me|please"
    r"|how do i|je veux|je voudrais|puis je|il faut|je dois|comment) )?"
    r"(?:change|edit|modify|update|fix|correct|changer|modifier|corriger|modifie|modifiez"
    r"|corrige|corrigez|mettre a jour) (?:the |my |our |le |la |l |les |mon |ma |notre )?"
    rf"(?P<what>{'|'.join(sorted(map(re.escape, _PLAN_FIELDS_NAMED), key=len, reverse=True))})"
    r"(?: (?:of|on|in) (?:the|my|our) plan| (?:du|de mon|de notre) plan)?"
    r"(?: please| svp| stp| s il vous plait)?"
)


def plan_field_to_change(phrase: str) -> str | None:
    """The plan's answer `phrase` (normalized, no '?') asks to change, or None."""
    asked = _CHANGE_PLAN_FIELD.fullmatch(phrase)
    return _PLAN_FIELDS_NAMED[asked["what"]] if asked is not None else None


# A campaign's or an activity's answer asked to change, the whole message ("change the
# campaign name", "I need to change the start date", "change the countries of the webinar",
# « modifier le nom de la campagne »; seen at stop 61 kept as an activity's description,
# refused as its amount, "I didn't understand that" with no question open): which campaign
# or activity, from the plan (`dialogs.review_words.edit_choices`). "The amount", "the
# name", "the date" alone are a claim's words (`_claim_field_to_change`), a plan's at a
# plan's question.
_PLAN_ITEM_WORDS = (
    *("campaign name", "campaign s name", "name of the campaign", "campaign title"),
    *("start date", "end date", "start and end dates", "campaign dates", "dates"),
    *("campaign start date", "campaign end date", "campaign s dates", "dates of the campaign"),
    *("activity type", "type of activity", "activity s type", "kind of activity"),
    *("description", "activity description", "activity s description"),
    *("description of the activity", "countries", "country", "activity countries"),
    *("countries of the activity", "planned amount", "amount planned", "activity amount"),
    *("planned budget", "budget", "planned spend", "activity budget"),
    *("nom de la campagne", "nom de campagne", "titre de la campagne", "date de debut"),
    *("date de fin", "dates de la campagne", "dates de debut et de fin", "type d activite"),
    *("type de l activite", "description de l activite", "pays", "pays de l activite"),
    *("montant prevu", "budget prevu", "montant de l activite", "depense prevue"),
    # a claim's words too: a plan's at a plan's question
    *("amount", "name", "date", "montant", "nom"),
    # the whole item, no answer said: which of its answers is asked (stop 62)
    *("activity", "campaign", "activite", "campagne"),
)
_CHANGE_PLAN_ITEM = re.compile(
    r"(?:(?:i need to|i want to|i d like to|i would like to|i have to|can i|could i|let me"
    r"|please|how do i|how can i|je veux|je voudrais|j aimerais|puis je|je peux|il faut"
    r"|je dois|comment) )?"
    r"(?:(?:change|edit|modify|update|fix|correct|amend|changer|modifier|corriger|modifie"
    r"|modifiez|corrige|corrigez|rectifier|mettre a jour) (?:the |my |our |this |le |la |l "
    r"|les |mon |ma |mes |notre |nos |cette )?"
    rf"(?:{'|'.join(sorted(map(re.escape, _PLAN_ITEM_WORDS), key=len, reverse=True))})"
    r"|(?:rename|renommer|renomme|renommez) (?:the|my|this|our|la|ma|cette|notre) (?:campaign"
    r"|campagne))"
    # which one: "of the webinar", "for Spring push", « de la campagne 2 » (the plan says)
    # (a value said with it, "… to 9,000", « … en 9 000 », is the review's to read)
    r"(?P<which> (?:of|for|in|on|de|du|des|pour|dans|sur)"
    r"(?: (?!(?:to|into|as|with|au|a|en|par|avec)\b)[a-z0-9]+){1,8})?"
    r"(?: please| svp| stp| s il vous plait)?"
)


def plan_item_to_change(phrase: str | None) -> bool:
    """Whether `phrase` (normalized, no '?') asks to change a campaign's or an activity's
    answer ("change the campaign name", « changer les pays »), naming no value."""
    return bool(phrase) and _CHANGE_PLAN_ITEM.fullmatch(_of_item(phrase[:200])) is not None


def _of_item(phrase: str) -> str:
    """ "the campaign's end date" (normalized "campaign s end date") as "campaign end date"."""
    return _POSSESSIVE.sub(r"\1 ", phrase)


_POSSESSIVE = re.compile(r"\b(campaign|activity|plan) s ")


# "change the start date to 1 March 2027", « changer le montant prévu en 9 000 »: the answer
# named, then the value (as typed) after the first of these words.
_CHANGED_TO = re.compile(r"\s(?:to|into|au|à|a|en|par|=)\s+(?P<value>\S.*)$", re.IGNORECASE)


def plan_item_changed_to(text: str | None) -> tuple[str, str] | None:
    """The answer named (normalized words, as `plan_item_to_change` reads them) and the
    value said for it, as typed; None when the message is not that."""
    if not text or len(text) > 300:
        return None
    said = _CHANGED_TO.search(text.strip())
    if said is None:
        return None
    named = normalize(text.strip()[: said.start()]).rstrip(" ?!.")
    value = said["value"].strip()
    return (named, value) if value and plan_item_to_change(named) else None


def plan_item_named(phrase: str | None) -> bool:
    """Whether those words also say which campaign or activity ("… of the webinar")."""
    asked = _CHANGE_PLAN_ITEM.fullmatch(_of_item(phrase[:200])) if phrase else None
    return asked is not None and asked["which"] is not None


# A mistake told in one of a claim's answers ("I made a mistake in the amount", "the date
# is wrong", « je me suis trompé dans le montant », « le montant est faux »): that answer.
_CLAIM_ON = (
    r"(?: (?:on|of|in|for|de|du|dans|sur) (?:my|the|this|ma|la|cette|mon|le)"
    r" (?:claim|reclamation))?"
)
_MISTAKE_IN_FIELD = re.compile(
    r"(?:(?:oops|oups|sorry|pardon) )?(?:"
    r"(?:i|we) (?:made|ve made|have made) (?:a|an) (?:mistake|error|typo) (?:in|with|on)"
    r" (?:the|my) (?P<en1>[a-z ]{2,40}?)"
    r"|(?:the|my) (?P<en2>[a-z ]{2,40}?) (?:is|was|s) (?:wrong|incorrect|not right|a mistake)"
    r"|(?:i|we) (?:put|entered|typed|gave|wrote|picked|chose|selected|took|clicked)"
    r" (?:the |a |in the )?wrong (?P<en3>[a-z ]{2,40}?)"
    r"|(?:i|we) got the (?P<en4>[a-z ]{2,40}?) wrong|wrong (?P<en5>[a-z ]{2,40}?)"
    r"|(?:je me suis|on s est|nous nous sommes) trompee?s? (?:de|d|dans l|dans le|dans la|sur l"
    r"|sur le|sur la) (?P<fr1>[a-z ]{2,40}?)"
    r"|(?:le|la|l|mon|ma) (?P<fr2>[a-z ]{2,40}?) (?:est|etait) (?:faux|fausse|incorrecte?"
    r"|erronee?|pas bon|pas bonne|pas correcte?)"
    r"|(?:j ai|on a|nous avons) (?:mis|saisi|tape|entre|donne) (?:le |la |l )?(?:mauvaise?"
    r" (?P<fr3>[a-z ]{2,40}?)|(?P<fr4>[a-z ]{2,40}?) (?:faux|fausse|incorrecte?))"
    r"|(?:le |la )?mauvaise? (?P<fr5>[a-z ]{2,40}?)|(?:une )?erreur (?:dans|sur) (?:le|la|l)"
    r" (?P<fr6>[a-z ]{2,40}?))" + _CLAIM_ON
)


def names_a_plan_only(text: str | None) -> bool:
    """Whether the message says "plan" and not "claim" ("delete my plan", « supprimer mon
    plan »): at a claim's question, never the claim."""
    return bool(text) and bool(_PLAN_WORD.search(normalize(text[:200]))) and not names_a_claim(text)


def names_a_claim(text: str | None) -> bool:
    """Whether the message says "claim" (« réclamation »): "the name is wrong" does not, and
    at a plan's question is that question's answer; "… on my claim" does."""
    return bool(text) and bool(_CLAIM_WORD.search(normalize(text[:200])))


def claim_field_to_change(phrase: str) -> str | None:
    """The claim's answer `phrase` (normalized) asks to change ("change the amount"), or
    None."""
    return _claim_field_to_change(phrase)


def _claim_field_to_change(phrase: str) -> str | None:
    """The claim's answer `phrase` asks to change ("change the date on my claim") or tells
    a mistake in ("the amount is wrong"), or None."""
    asked = _CHANGE_CLAIM_FIELD.fullmatch(phrase) or _CHANGE_FIELD_ALONE.fullmatch(phrase)
    if asked is not None:
        return _CLAIM_FIELDS_NAMED.get(asked["what"])
    told = _MISTAKE_IN_FIELD.fullmatch(phrase)
    if told is None:
        return None
    return _CLAIM_FIELDS_NAMED.get(next(w for w in told.groupdict().values() if w))


# "remind me tomorrow", "can you remind me about it on Monday?", « rappelle-moi demain »,
# « tu peux me le rappeler dans 3 jours ? »: the words that ask, the day said after them
# (read by `domain.reminder_day`, as folded text keeps it: "12/01" stays).
_REMIND_ME = re.compile(
    r"(?:(?:hi|hello|hey|bonjour|salut)[\s,!]+)?(?:(?:please|pls|svp|stp)[\s,]+)?"
    r"(?:(?:can|could|would|will) you\s+(?:please\s+)?|est[\s-]ce que (?:tu peux|vous pouvez)\s+"
    r"|(?:tu peux|vous pouvez|peux[\s-]tu|pouvez[\s-]vous|merci de)\s+)?"
    r"(?:remind me|notify me|ping me|rappelle[\s-]moi|rappelez[\s-]moi|rappelle[\s-]l[ea][\s-]moi"
    r"|rappelez[\s-]l[ea][\s-]moi|me (?:le |la |les |l')?rappeler|pr[eé]viens[\s-]moi"
    r"|pr[eé]venez[\s-]moi|(?P<set>(?:set|add|create|schedule) (?:a |me a )?reminder(?: for)?"
    r"|(?:mets|mettez|programme|programmez|ajoute|ajoutez|cree|creez) (?:moi )?un rappel"
    r"(?: pour)?|reminder|un rappel))"
    r"(?:\s+(?:about|of|to (?:finish|complete|do|send|submit|look at|come back to))"
    r"(?:\s+(?:it|this|that|them|(?:my|the|this) (?:draft|claim|plan)))?"
    r"|\s+(?:it|this|that)"
    r"|\s+(?:ca|cela|de (?:ca|cela|ce brouillon|mon brouillon|ma reclamation|mon plan)))?"
    r"(?=[\s,]|$)"
)
_POLITE_END = ("please", "pls", "thanks", "thank you", "svp", "stp", "merci", "s'il te plait")
# "don't remind me tomorrow", « ne me rappelle pas lundi »: the reminder asked for that day
# ("don't remind me" alone, or "… again", stops the reminders of idle drafts).
_NOT_ON_THAT_DAY = re.compile(
    r"(?:don t|do not|no need to) remind me (?!again|anymore|any more|ever)\S"
    r"|ne (?:me|m en) rappel(?:le|ez) pas (?!du tout)\S|pas besoin de me rappeler \S"
)
# "remind me what a CSR is", « rappelle-moi comment joindre une facture »: a question.
_ASKS_AFTER_REMIND = re.compile(
    r"(?:what|how|who|which|where|why|when|if|whether|quoi|comment|qui|quel|quelle|quels"
    r"|quelles|ou|pourquoi|quand|si|combien|ce que|ce qu|ce qui|de quoi)\b"
)


def remind_when(text: str) -> str | None:
    """What follows "remind me" when `text` (a command's length at most) asks for a
    reminder ("" for nothing), or None."""
    if len(text) > _COMMAND_MAX_LENGTH:
        return None
    folded = " ".join(fold(text).replace("’", "'").split()).rstrip(" .!?")
    for word in (*_POLITE_END, "s'il vous plait"):
        if folded.endswith(word) and folded[: -len(word)].endswith((" ", ",")):
            folded = folded[: -len(word)].rstrip(" ,.!?")
            break
    match = _REMIND_ME.match(folded)
    if match is None:
        return None
    when = folded[match.end() :].strip(" ,")
    if match["set"] and match["set"] in ("reminder", "un rappel") and not when:
        return None  # "reminder" alone names no day: the reminders' list may be meant
    return None if _ASKS_AFTER_REMIND.match(when) else when


# Commands about one's plan or claim whatever its status (a question about a status,
# "is my submitted claim paid?", stays the status's).
_ON_ONES_OWN_ITEM = frozenset(
    {
        *(Intent.CONTINUE_PLAN, Intent.CONTINUE_CLAIM, Intent.CONTINUE_DRAFT),
        *(Intent.DELETE_DRAFT, Intent.DELETE_CLAIM_DRAFT, Intent.SHOW_PLAN),
    }
)
# A status word beside "plan" or "claim" in a command: "my approved plan", « mon plan
# approuvé » (`recognize_command` reads the command without it).
_PLAN_OR_CLAIM = re.compile(r"\b(?:plan|claim|reclamation)\b")
_STATUS_WORD_EN = re.compile(
    r"\b(my|the|our) (approved|submitted|sent|rejected|current|latest) (plan|claim)\b",
    re.IGNORECASE,
)
_STATUS_WORD_FR = re.compile(
    r"\b(plan|r[ée]clamation) (approuv[ée]e?|soumise?|envoy[ée]e?|refus[ée]e?|actuelle?)\b",
    re.IGNORECASE,
)


# "new claim for the seminar", « nouvelle réclamation pour le séminaire »: the activity it is
# for (normalized words); after an opening ("I want to claim the LinkedIn ads") the verb
# alone will do (`_CLAIM_FOR`), never without one ("Claim the cloud" may be a name).
_NEW_CLAIM_FOR = re.compile(
    r"^(?:new claim|a new claim|file a claim|start a claim|create a claim|make a claim"
    r"|nouvelle reclamation|une nouvelle reclamation|creer une reclamation)\s+(?:for|on|pour"
    r"|sur)\s+(?P<what>.+)$"
    # "I want to get paid for the seminar", "submit proof for the seminar", « je veux être
    # payé pour le séminaire », « me faire rembourser le séminaire » (seen at stop 56: "I
    # didn't understand that"): what is to be paid is what a claim proves.
    r"|^(?:(?:i want to|i d like to|i would like to|i need to|je veux|je voudrais"
    r"|j aimerais|je dois)\s+)?(?:get paid|be paid|get reimbursed|be reimbursed|get refunded"
    r"|submit proof|submit proof of execution|submit a proof|etre paye|etre payee|etre payes"
    r"|etre rembourse|etre rembourses|etre remboursee|me faire payer|me faire rembourser"
    r"|nous faire rembourser|soumettre une preuve|soumettre la preuve)"
    r"\s+(?:for|on|pour|sur|de|du|des)?\s*(?P<what2>(?!(?:it|that|this|ca|cela)$).+)$"
)
_CLAIM_FOR = re.compile(
    r"^(?:claim|file a claim|make a claim|start a claim|create a claim|new claim|a new claim"
    r"|reclamer|faire une reclamation|creer une reclamation|une nouvelle reclamation"
    r"|nouvelle reclamation)(?:\s+(?:for|on|pour|sur))?\s+(?P<what>.+)$"
)


# "I disagree, the invoice is readable", « je ne suis pas d'accord, la facture est lisible »:
# disagreeing (as `Intent.DISPUTE_WAITING` reads it alone), then the reason, as typed.
_DISAGREE_THEN = re.compile(
    r"(?:i disagree|i don[\s'’]*t agree|i do not agree|that[\s'’]*s wrong|this is wrong"
    r"|the decision is wrong|it[\s'’]*s a mistake|that[\s'’]*s a mistake|this is unfair"
    r"|not fair|je ne suis pas d[\s'’]*accord|pas d[\s'’]*accord|c[\s'’]*est une erreur"
    r"|je conteste|la d[ée]cision est fausse|c[\s'’]*est faux|c[\s'’]*est injuste"
    r"|that[\s'’]*s not fair|that[\s'’]*s unfair|it[\s'’]*s unfair|the reviewer is wrong"
    r"|ce n[\s'’]*est pas juste|c[\s'’]*est pas juste|le r[ée]viseur se trompe)"
    r"(?:\s*[,:;.!-]\s*|\s+(?:because|as|since|car|parce que|parce qu[\s'’]*|puisque)\s*)"
    r"(?P<reason>\S.*)",
    re.IGNORECASE | re.DOTALL,
)


# "the invoice was there!", "but I attached it", "the scan is readable", « la facture y
# était », « je l'ai bien jointe » (normalized): a rejection contradicted, those words the
# dispute's reason (`Intent.DISPUTE_WAITING`). Not "the invoice is attached": said of a draft.
_WHAT_WAS_SENT = (
    r"(?:(?:the|my|our) )?(?:invoice|scan|file|files|document|documents|photos?|pictures?"
    r"|proof|agenda|screenshot|csr|evidence|it|they|everything)"
)
_CONTRADICTS = re.compile(
    r"(?:(?:but|no|hey|well|mais|non|enfin) )*(?:"
    rf"{_WHAT_WAS_SENT} (?:was|were) (?:definitely |clearly |already |all )?(?:there|attached"
    r"|included|in there|in the claim|readable|legible|clear|fine|sharp|not blurry)"
    rf"|{_WHAT_WAS_SENT} (?:is|are|s) (?:perfectly |totally |clearly )?(?:readable|legible"
    r"|clear|sharp|not blurry)"
    r"|i (?:did |already |definitely |clearly )+(?:attach|attached|send|sent|include|included"
    r"|upload|uploaded|add|added|provide|provided)(?: (?:it|them|that|everything|(?:the |my )"
    r"?(?:invoice|file|photos|proof|csr|agenda)))?(?: already| though)?"
    r"|i (?:attached|sent|included|uploaded|added|provided) (?:it|them|(?:the |my )?(?:invoice"
    r"|file|photos|proof|csr|agenda))(?: already| though)?"
    r"|(?:la facture|le scan|le fichier|les photos|la preuve|le document|le csr|le programme"
    r"|elle|ils|elles|tout) (?:y )?(?:etait|etaient)(?: (?:bien |deja |pourtant )*(?:la|jointe?s?"
    r"|incluse?s?|lisibles?|nettes?|claire?s?))?"
    r"|(?:la facture|le scan|le fichier|les photos|la preuve|le document|le csr|elle|il|ils"
    r"|elles) (?:est|sont) (?:bien |parfaitement |tout a fait )*(?:lisibles?|nettes?|claire?s?)"
    r"|(?:je l ai|je les ai|on l a|on les a|nous l avons|j ai|on a|nous avons) (?:bien |deja "
    r"|pourtant )*(?:jointe?s?|envoyee?s?|ajoutee?s?|fournie?s?)(?: (?:la facture|le fichier"
    r"|les photos|la preuve|le csr|tout))?(?: pourtant)?"
    r")(?: though| pourtant)?"
)


def contradicts_the_rejection(text: str | None) -> bool:
    """Whether a short message says back to a reviewer what they found missing."""
    phrase = normalize((text or "")[:120]).rstrip(" ?!.")
    return bool(phrase) and _CONTRADICTS.fullmatch(phrase) is not None


def is_link(answer: str) -> bool:
    """Whether a whole answer is one web address (".../sites/mkt/invoice.pdf" is no
    invoice)."""
    return looks_like_link(answer)


# An answer said of oneself: "I'm a CSP", "we're an OEM reseller", « nous sommes revendeur
# indirect CSP »: the words after the opening name the option.
_OF_ONESELF = re.compile(
    r"^(?:i m|i am|im|we re|we are|were|it s|it is|its|c est|je suis|nous sommes|on est)"
    r"(?: (?:an?|the|une?|le|la|les|l|des))? (?=\S)"
)


def match_choice(answer: str, choices: list[Choice]) -> Choice | None:
    """The choice a typed answer names: its number, value, label, or a synonym.

    An exact match wins; otherwise a unique choice whose label contains the answer, has it
    as a word, or whose synonym the answer contains is taken; anything ambiguous is None.
    An answer said of oneself ("I'm a CSP") is read without its opening when it names
    nothing whole ("c'est bon" stays a yes).
    """
    if not answer or is_link(answer):
        return None  # a link names no option, whatever words its path holds
    typed = normalize(answer[:200])
    found = _match_words(typed, answer, choices)
    said = _OF_ONESELF.sub("", typed, count=1)
    return found if found is not None or said == typed else _match_words(said, said, choices)


def _match_words(typed: str, answer: str, choices: list[Choice]) -> Choice | None:
    if not typed:
        return None
    if typed.isdigit() and answer.strip().isdigit():
        number = int(typed)
        return choices[number - 1] if 1 <= number <= len(choices) else None
    for choice in choices:
        if typed in _names(choice):
            return choice
    # The same words in another order: "revendeur indirect CSP".
    shuffled = _word_set(typed)
    same_words = [c for c in choices if shuffled in map(_word_set, _names(c))]
    if len(same_words) == 1:
        return same_words[0]
    # Part of one label, from the start of a word ("resell"; never "oui" in « brouillon »).
    partial = [c for c in choices if len(typed) >= 3 and _starts_a_word(typed, _name(c.label))]
    if len(partial) == 1:
        return partial[0]
    # A word of the label that no other choice has, however short ("h2" beside FY27 H1).
    by_word = [c for c in choices if typed in _word_set(_name(c.label))]
    if len(by_word) == 1:
        return by_word[0]
    words = f" {_NOT_A_WORD.sub(' ', typed)} "  # each synonym looked for as whole words
    by_synonym = [c for c in choices if _says_a_synonym(typed, words, c.synonyms)]
    if len(by_synonym) == 1:
        return by_synonym[0]
    return None


def choices_named(answer: str, choices: list[Choice]) -> list[Choice]:
    """The choices whose name holds every word of the answer ("revendeur": CSP Revendeur
    indirect and Revendeur OEM), when the answer is a word or two naming more than one;
    else an empty list."""
    typed = normalize(answer[:80]) if answer else ""
    typed = _OF_ONESELF.sub("", typed, count=1)
    typed = _SOME.sub("", typed, count=1)  # "an event", « des événements »
    words = _word_set(typed)
    if not words or len(typed) < 3 or len(words) > 3 or typed.isdigit():
        return []
    named = [c for c in choices if any(words <= _word_set(name) for name in _names(c))]
    if not named:  # "events", « événements »: the plural of what names them
        single = frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)
        named = [c for c in choices if any(single <= _word_set(name) for name in _names(c))]
    return named if len(named) > 1 else []


# An article or "some" before what an answer names ("an event", « des événements »).
_SOME = re.compile(r"^(?:a|an|the|some|un|une|le|la|les|l|des|du|quelques)\s+(?=\S)")


def close_choice(answer: str, choices: list[Choice]) -> Choice | None:
    """The choice a misspelled answer is closest to ("Digitl advertising"), when it is
    close (80 % alike) and clearly closer than any other; else None."""
    typed = normalize(answer[:200]) if answer else ""
    if len(typed) < 4:
        return None
    return closest(typed, {name: choice for choice in choices for name in _names(choice)})


@functools.lru_cache(maxsize=4096)
def _word_set(name: str) -> frozenset[str]:
    return frozenset(name.split())


def exact_choice(answer: str, choices: list[Choice]) -> Choice | None:
    """The choice whose value, label or a synonym the answer is, whole (no number, no part)."""
    typed = normalize(answer[:200]) if answer else ""
    if not typed:
        return None
    found = [choice for choice in choices if typed in _names(choice)]
    return found[0] if len(found) == 1 else None


def _starts_a_word(part: str, name: str) -> bool:
    return name.startswith(part) or f" {part}" in name


# The choices are the bot's own (countries, programs, activity types...): the same few
# hundred names on every answer, normalized once.
@functools.lru_cache(maxsize=4096)
def _name(text: str) -> str:
    return normalize(text)


@functools.lru_cache(maxsize=4096)
def _names(choice: Choice) -> frozenset[str]:
    return frozenset({_name(choice.value), _name(choice.label), *map(_name, choice.synonyms)})


_NOT_A_WORD = re.compile(r"[^\w ]+")
_PLAIN_WORDS = re.compile(r"\w+(?: \w+)*")


def _says_a_synonym(typed: str, words: str, synonyms: tuple[str, ...]) -> bool:
    """Whether `typed` (normalized; `words`: its words, space-padded) holds one of the
    synonyms of three characters or more as whole words."""
    plain, patterns = _synonym_keys(synonyms)
    return any(key in words for key in plain) or any(p.search(typed) for p in patterns)


@functools.lru_cache(maxsize=4096)
def _synonym_keys(synonyms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]:
    """Each synonym of three characters or more: words only, space-padded (looked for in
    the answer's padded words, as `\b…\b` would: a review's choices have thousands, and
    compiling each took half a second); any other, as a whole-word pattern."""
    names = {_name(synonym) for synonym in synonyms}
    names = {name for name in names if len(name) >= 3}
    plain = tuple(f" {name} " for name in names if _PLAIN_WORDS.fullmatch(name))
    patterns = tuple(
        re.compile(rf"\b{re.escape(name)}\b") for name in names if not _PLAIN_WORDS.fullmatch(name)
    )
    return plain, patterns


_YES = {
    "yes",
    "y",
    "oui",
    "o",
    "yep",
    "sure",
    "ok",
    "okay",
    "d accord",
    "bien sur",
    "ouais",
    "absolutely",
    "of course",
    "evidemment",
    "si",
}
_NO = {
    "no",
    "n",
    "non",
    "nope",
    "nah",
    "pas maintenant",
    "not now",
    "no thanks",
    "non merci",
    "done",
    "c est tout",
    "that s all",
    "fini",
    "termine",
    "finished",
}


# What a claim's review reads as "submit" and "submit anyway", offered or not.
# "submit" as partners say it at a check card or a review ("looks good" or "ok" alone
# submit nothing: they approve, they do not ask to send).
SUBMIT_WORDS = (
    *("submit", "soumettre", "submit claim", "soumettre la réclamation", "submit it"),
    *("submit now", "submit the claim", "submit my claim", "send", "send it"),
    *("send it for review", "send for review", "send the claim", "go ahead and submit"),
    *("ok submit", "yes submit", "envoyer", "envoyer la réclamation", "envoyer pour examen"),
    *("valider", "valider et soumettre", "soumettre maintenant", "soumets", "soumettez"),
    *("envoie", "envoyez", "oui soumettre"),
)
SUBMIT_ANYWAY_WORDS = ("submit anyway", "soumettre quand même", "submit_anyway")
_SUBMIT = frozenset(normalize(words) for words in SUBMIT_WORDS)
_SUBMIT_ANYWAY = frozenset(normalize(words) for words in SUBMIT_ANYWAY_WORDS)
# Words around a step said ("please submit", "submit it now please", « soumets-la », « oui
# envoie-la svp »): politeness, a yes before, the thing submitted after.
_POLITE_BEFORE = re.compile(
    r"^(?:(?:please|pls|plz|ok|okay|yes|yeah|yep|sure|oui|d accord|alors|bon|so|then"
    r"|go ahead and|vas y|allez y|allez"
    # An approval before the step said: "looks good, submit", « c'est bon, soumettez-la ».
    r"|looks good|looks great|looks fine|all good|great|perfect|good|fine|that s fine"
    r"|everything looks good|parfait|c est bon|tres bien|super|nickel|ca me va|tout est bon)"
    r"\s+)+"
)
_POLITE_AFTER = re.compile(
    rf"(?:\s+(?:{polite_words()}|now|right now|maintenant|tout de suite|la|le|les|it|them))+$"
)


# Where a submission goes, said after it: "submit to Microsoft", "send it for review".
_TO_THE_REVIEWER = re.compile(
    r"(?:\s+(?:to microsoft|to the reviewer|to my reviewer|to review|for review|for approval"
    r"|a microsoft|au reviseur|pour examen|pour validation|pour approbation))+$"
)
# "submit without the photos", « soumettre sans la facture »: a submission said with an
# exception, which is no plain submission (nor a file to add).
_SUBMIT_WITHOUT = re.compile(
    r"^(?:submit|soumettre|soumets|soumettez|send|envoyer|envoie|envoyez)\b.*\b(?:without|sans)\b"
)


def submits_without(answer: str) -> bool:
    """Whether the answer says to submit without something ("submit without the photos")."""
    return bool(_SUBMIT_WITHOUT.match(normalize(answer[:200])))


def says_only_submit(answer: str, choice: Choice) -> bool:
    """Whether the whole answer says to submit, and no more: the submit option's words
    (its label, its synonyms, the words of `submit_said`) with politeness around. "send me
    a copy", "send it to my manager" name the option and say something else."""
    typed = normalize(answer[:80])
    plain = _POLITE_AFTER.sub("", _POLITE_BEFORE.sub("", typed))
    plain = _POLITE_AFTER.sub("", _TO_THE_REVIEWER.sub("", plain))  # "… to Microsoft please"
    names = {normalize(choice.label), *(normalize(words) for words in choice.synonyms)}
    return any(
        said in names or said in _SUBMIT or said in _SUBMIT_ANYWAY for said in (typed, plain)
    )


def submit_said(answer: str) -> str | None:
    """ "submit" or "submit_anyway" when the whole answer says so, politeness around it
    ("please submit", « soumets-la svp »); None for anything else."""
    typed = normalize(answer[:80])
    for said in (typed, _POLITE_AFTER.sub("", _POLITE_BEFORE.sub("", typed))):
        if said in _SUBMIT_ANYWAY:
            return "submit_anyway"
        if said in _SUBMIT:
            return "submit"
    return None


# Whole answers that name a step of the bot's own (submitting, saving, finishing the
# evidence), as its reviews and menus teach them: never a name, a description or a note.
_STEP_WORDS = frozenset(
    normalize(words)
    for words in (
        *SUBMIT_WORDS,
        *SUBMIT_ANYWAY_WORDS,
        "send for approval",
        "save",
        "save and close",
        "done",
        "finished",
        "that's all",
        "enregistrer",
        "sauvegarder",
        "terminé",
        "fini",
        "c'est tout",
    )
)


# Said to the bot rather than answering it, when typed alone at a question: never a name,
# a description or a choice ("Thank you partners" is still a name).
_PLEASANTRIES = {
    normalize(words): kind
    for kind, phrases in (
        (
            "thanks",
            (
                *("thanks", "thank you", "thanks a lot", "thank you very much", "many thanks"),
                *("thx", "ty", "ok thanks", "ok thank you", "cheers"),
                *("merci", "merci beaucoup", "merci bien", "ok merci", "mille merci"),
            ),
        ),
        (
            "greeting",
            (
                *("hi", "hello", "hey", "hi there", "hello there", "good morning"),
                *("good afternoon", "good evening", "bonjour", "salut", "coucou", "bonsoir"),
                # "are you there?": here, and the question again
                *("are you there", "you there", "is anyone there", "anyone there"),
                *("is anybody there", "anybody there", "hello are you there"),
                *("tu es la", "t es la", "vous etes la", "il y a quelqu un", "y a quelqu un"),
                *("y a t il quelqu un", "allo", "bonjour vous etes la"),
            ),
        ),
        ("ok", ("ok", "okay", "k", "ok ok", "d accord", "dac")),
        (
            # A hesitation, or a moment asked for (seen at stop 58: a campaign called "um",
            # "When does **um** start?"): no answer, the question waits.
            "wait",
            (
                *("um", "umm", "uh", "uhh", "hmm", "hmmm", "hm", "erm", "er", "mmm", "hum"),
                *("euh", "heu", "bah", "wait", "wait a sec", "wait a second"),
                *("one sec", "one second", "just a sec", "just a second", "a sec", "hold on"),
                *("hang on", "let me think", "let me check", "give me a minute", "one moment"),
                *("just a moment", "a moment", "wait a minute", "i m thinking", "thinking"),
                *("attends", "attendez", "un instant", "un moment", "une seconde", "une minute"),
                *("deux secondes", "je reflechis", "laisse moi reflechir", "je verifie"),
                *("laissez moi reflechir", "attendez une seconde", "attends une seconde"),
            ),
        ),
    )
    for words in phrases
}


# What a partner says of a value they do not have ("n/a", « sans objet »): never kept as
# the value (results "skip", a pre-approval id "n/a", a description "tbd"), which a reviewer
# rejects while the checks, seeing a value, would find nothing wrong.
_NOT_GIVEN = frozenset(
    normalize(words)
    for words in (
        *("skip", "n/a", "na", "none", "no", "nope", "nothing", "not applicable", "unknown"),
        *("not available", "tbd", "later", "i don't have it", "i don't have one", "not yet"),
        *("i don't have it yet", "don't have it yet", "i don't have it here", "not now"),
        *("don't have it", "don't have one", "i have none", "no id", "no results", "-"),
        *("passer", "je passe", "aucun", "aucune", "rien", "sans objet", "non applicable"),
        *("non", "neant", "inconnu", "plus tard", "je ne l'ai pas", "je n'en ai pas", "pas d'id"),
        *("pas d'identifiant", "pas de resultats", "non disponible", "a definir", "a venir"),
        *("pas encore", "je ne l'ai pas encore", "je ne l'ai pas sous la main", "pas maintenant"),
        # Asked for and not come yet (a pre-approval): "it's pending", « en attente ».
        *("pending", "it's pending", "it is pending", "still pending", "waiting for it"),
        *("still waiting", "still waiting for it", "waiting on microsoft", "not received yet"),
        *("en attente", "c'est en attente", "toujours en attente", "j'attends", "on attend"),
        *("j'attends encore", "j'attends encore la réponse", "j'attends la réponse"),
    )
)


# Not there yet, in a sentence (seen at stop 63, kept as a claim's results): "none yet",
# "I'll check later", "will send the numbers later", "still waiting for the report",
# « je les donnerai plus tard », « on n'a pas encore les chiffres », « rien pour l'instant ».
_FIGURE_WORDS = r"(?:the |my |our |les |des )?(?:numbers?|figures?|results?|data|stats|report|count"
_FIGURE_WORDS += r"|chiffres?|resultats?|donnees|rapport|stats)"
_NOT_GIVEN_YET = re.compile(
    r"(?:none|nothing|no (?:numbers|figures|results|data|stats)|not (?:available|known|counted"
    r"|measured|in)) (?:yet|so far|for now|at the moment)"
    r"|(?:(?:i|we) (?:ll|will|can) |will |to )?(?:check|add|send|give|provide|update|fill in"
    rf"|confirm|share)(?: (?:it|them|this|that)| {_FIGURE_WORDS})? later(?: on)?"
    rf"|(?:still )?(?:waiting (?:for|on)|collecting|counting|gathering) {_FIGURE_WORDS}"
    r"|(?:je|nous|on) (?:les |le |la |l )?(?:donnerai|donnerons|donnera|ajouterai|ajouterons"
    r"|ajoutera|enverrai|enverrons|enverra|indiquerai|indiquerons|indiquera) plus tard"
    rf"|(?:(?:je |on |nous )?n (?:ai|a|avons) )?pas encore (?:de |d |les )?{_FIGURE_WORDS}"
    r"|rien (?:pour l instant|pour le moment|encore)"
    rf"|(?:toujours |encore )?en attente (?:de |d |du |des ){_FIGURE_WORDS}"
    rf"|(?:toujours )?en cours de (?:comptage|collecte)(?: (?:de |des ){_FIGURE_WORDS})?"
)


def promises_it_later(answer: str) -> bool:
    """Whether the whole answer says the value will come later ("I'll add them later",
    « je les enverrai plus tard », "none yet"), with more words than "later" alone."""
    return _NOT_GIVEN_YET.fullmatch(normalize(answer[:60]).rstrip(" ?.!")) is not None


def says_not_given(answer: str) -> bool:
    """Whether the whole answer says the value is not there ("n/a", "skip", « aucun », "none
    yet", "I'll check later")."""
    said = normalize(answer[:60]).rstrip(" ?.!")
    return said in _NOT_GIVEN or _NOT_GIVEN_YET.fullmatch(said) is not None


# A yes, or "I don't know", where words are asked (a name, what an activity is, its
# results): it answers a question not asked there, and kept it would stand for the value
# (seen: « oui » kept as an activity's description, "yes" as a claim's name).
_YES_ALONE = frozenset(
    normalize(words)
    for words in (
        *("yes", "yeah", "yep", "yup", "sure", "of course", "yes please", "yes i do"),
        *("yes i have", "yes i have one", "oui", "ouais", "bien sur", "oui j en ai un"),
    )
)
_UNSURE = frozenset(
    normalize(words)
    for words in (
        *("idk", "i don't know", "i dont know", "dunno", "don't know", "no idea", "not sure"),
        *("no clue", "i'm not sure", "je ne sais pas", "je sais pas", "sais pas"),
        *("aucune idee", "pas sur", "pas sure", "je ne suis pas sur"),
        # Of a person asked for (the reviewer): "I don't know who that is".
        *("i don't know who that is", "i don't know who it is", "i don't know who"),
        *("no idea who that is", "je ne sais pas qui c'est", "je sais pas qui c'est"),
        *("je ne sais pas qui", "aucune idée de qui c'est"),
        *("not decided", "haven t decided", "undecided", "pas decide", "pas encore decide"),
        # No figure kept: "we don't know", "not tracked", « on ne le mesure pas ».
        *("we don't know", "we dont know", "nobody knows", "no way of knowing", "hard to say"),
        *("i have no way of knowing", "we have no way of knowing", "can't say", "cannot say"),
        *("not tracked", "we didn't track it", "we didn't track that", "we don't track that"),
        *("we don't track it", "we don't track this", "not measured", "we didn't measure it"),
        *("we don't measure it", "we don't measure that", "i didn't count", "we didn't count"),
        *("on ne sait pas", "on sait pas", "nous ne savons pas", "difficile a dire"),
        *("on ne le mesure pas", "on ne l'a pas mesure", "nous ne l'avons pas mesure"),
        *("pas mesure", "non mesure", "pas suivi", "non suivi", "on ne le suit pas"),
        *("on n'a pas compte", "je n'ai pas compte", "nous n'avons pas compte"),
        # Seen at stop 56: "… isn't a whole number".
        *("no data", "we have no data", "i have no data", "we don't have the data"),
        *("i don't have analytics", "we don't have analytics", "no analytics", "no numbers"),
        *("we don't have the numbers", "i don't have the numbers", "no stats", "no figures"),
        *("pas de donnees", "aucune donnee", "on n'a pas de donnees", "je n'ai pas de donnees"),
        *("je n'ai pas les chiffres", "on n'a pas les chiffres", "pas de chiffres"),
        # Who or which not known: "I don't know who", « je ne sais pas qui », "I forgot".
        *("i don't know who", "not sure who", "i'm not sure who", "no idea who"),
        *("i don't know which", "i don't remember", "i can't remember", "i forgot"),
        *("je ne sais pas qui", "je sais pas qui", "aucune idee de qui", "je ne sais plus"),
        *("je ne me souviens pas", "je ne m'en souviens pas", "j'ai oublie"),
    )
)


def says_yes_alone(answer: str) -> bool:
    """Whether the whole answer is a yes ("yes", « oui », "yes I have one")."""
    return normalize(answer[:60]).rstrip(" ?!") in _YES_ALONE


# "I don't know yet", « je ne sais pas encore »: unsure all the same.
_NOT_YET_TAIL = re.compile(r"\s+(?:yet|for now|right now|encore|pour l instant|pour le moment)$")


def says_unsure(answer: str) -> bool:
    """Whether the whole answer is an "I don't know" ("idk", « aucune idée », "not sure
    yet")."""
    said = normalize(answer[:60]).rstrip(" ?!")
    return said in _UNSURE or _NOT_YET_TAIL.sub("", said) in _UNSURE


# The reviewer named by who they are where the address is asked: "my account manager",
# « mon responsable de compte » (normalized).
_THE_REVIEWER = re.compile(
    r"(?:it s |its |c est )?(?:my|our|the|mon|notre|le) (?:microsoft )?(?:account manager|am"
    r"|partner manager|pdm|reviewer|responsable de compte|gestionnaire de compte|reviseur)"
    r"(?: (?:at|chez|de) microsoft| microsoft)?"
    # "we don't have an account manager", « on n'a pas de responsable de compte » (stop 57)
    r"|(?:i|we) (?:don t|do not|dont) (?:have|know) (?:an?|our|my|the|any) (?:microsoft )?"
    r"(?:account manager|partner manager|reviewer|contact at microsoft)"
    r"|(?:i|we) have no (?:microsoft )?(?:account manager|partner manager|reviewer)"
    r"|(?:je n ai|on n a|nous n avons) pas de (?:responsable de compte|gestionnaire de compte"
    r"|reviseur|contact chez microsoft)(?: microsoft)?"
    r"|(?:je ne connais pas|on ne connait pas|je connais pas) (?:mon|notre|le) (?:responsable"
    r" de compte|reviseur)"
)


# "I don't have one", « je n'en ai pas » (normalized): none at hand, unlike "skip" or "n/a".
_HAS_NONE = re.compile(
    r"(?:i|we) (?:don t|do not|dont) (?:have|know) (?:one|any|anyone|anybody)"
    r"|(?:i|we) have (?:none|no one|nobody)|(?:je n en ai|on n en a|nous n en avons) (?:pas|aucun)"
    r"|je n ai personne|on n a personne"
)


def says_has_none(answer: str) -> bool:
    """Whether the whole answer says there is none at hand ("I don't have one")."""
    return _HAS_NONE.fullmatch(normalize(answer[:80]).rstrip(" ?!.")) is not None


def names_the_reviewer(answer: str) -> bool:
    """Whether the whole answer names the reviewer by who they are ("my account manager")
    rather than by an address."""
    return _THE_REVIEWER.fullmatch(normalize(answer[:80]).rstrip(" ?!.")) is not None


def says_nothing_of_it(answer: str) -> bool:
    """Whether the whole answer is a yes, an "I don't know" or a "not given" ("n/a", "no")
    where words are asked."""
    return says_not_given(answer) or says_yes_alone(answer) or says_unsure(answer)


# "what's missing?", "why can't I submit?", « qu'est-ce qui manque ? » at a review (a plan's,
# a claim's check card): what stops it, item by item.
_ASKS_WHAT_STOPS = re.compile(
    r"(?:so |ok |and )?(?:what s|whats|what is|what are)(?: still)? "
    r"(?:missing|wrong|blocking it|blocking|the problem|the problems|the issue|left to do|needed)"
    r"|why can ?t i submit(?: it)?|why can t it be submitted|why is it blocked"
    r"|how do i fix (?:this|it|that)|what do i need to (?:add|do)|what s stopping it"
    r"|qu est ce qui (?:manque|bloque|ne va pas)|que manque t il|il manque quoi"
    r"|pourquoi (?:je ne peux pas|ne puis je pas|je peux pas) (?:la )?soumettre"
    r"|pourquoi (?:est ce que )?(?:c est|elle est) bloquee?"
    r"|comment (?:corriger|le corriger|la corriger)"
    r"|qu est ce que je dois (?:ajouter|faire)"
    # Whether it is ready: "is it ready?", "can I submit it?", « c'est prêt ? »
    r"|is it ready(?: to (?:submit|go|send))?|(?:is it|are we) (?:good|ok|okay|good to go"
    r"|all set)|ready to (?:submit|go|send)|is everything (?:ok|okay|fine|good|in order|there)"
    r"|can i (?:submit|send)(?: it)?(?: now)?|am i ready|is (?:anything|something) missing"
    # "is this plan ok?", « mon plan est-il bon ? »
    r"|(?:is|does) (?:this|the|my) (?:plan|claim) (?:look )?(?:ok|okay|good|fine|ready|complete"
    r"|alright|all right|correct|right)(?: now)?"
    r"|(?:est ce que )?(?:mon|ce|le) plan est (?:il )?(?:bon|ok|correct|complet|pret)"
    r"|(?:est ce que )?(?:ma|cette|la) reclamation est (?:elle )?(?:bonne|ok|correcte|complete"
    r"|prete)"
    r"|anything missing|(?:est ce que )?(?:c est|elle est) prete?|est ce pret|est elle prete"
    r"|tout est (?:bon|ok|la|en ordre)|(?:est ce que )?(?:je peux|on peut) (?:la )?(?:soumettre"
    r"|envoyer)|(?:puis je|peut on) (?:la )?(?:soumettre|envoyer)|il manque quelque chose"
    r"|manque t il quelque chose"
    # "is it ok to submit?", « je peux l'envoyer ? » (seen at stop 56: the card's help)
    r"|(?:is it|is this|it s) (?:ok|okay|safe|fine|good) to (?:submit|send)(?: it| now)?"
    r"|(?:ok|okay|good|safe) to (?:submit|send)(?: it| now)?|can (?:it|this) go(?: now)?"
    r"|(?:je peux|on peut|puis je|peut on) l (?:envoyer|soumettre)"
    r"|(?:c est|est ce) bon pour (?:la )?(?:soumettre|envoyer|l envoyer)"
    # "what else do you need?", "what's left to add?", « il reste quoi à ajouter ? »
    r"|what else (?:do you need|is needed|do i need|do i have to (?:add|do)|is missing)"
    r"|what (?:s|is) (?:still )?left (?:to (?:add|do|send))?|what do you still need"
    r"|what is still needed|(?:il )?reste quoi (?:a (?:ajouter|faire|envoyer))?"
    r"|que reste t il (?:a (?:ajouter|faire|envoyer))?|qu est ce qu il reste (?:a (?:ajouter"
    r"|faire|envoyer))?|qu est ce qu il (?:vous|te) faut d autre|il (?:vous|te) faut quoi d autre"
    r"|quoi d autre"
    # "will it be approved?", « est-ce que ça va passer ? »: the reviewer decides; what they
    # would reject is the check's.
    r"|will (?:it|this|they|my claim|my plan|the claim|the plan) (?:be )?(?:approved|accepted"
    r"|pass|go through)|will (?:they|the reviewer|microsoft) (?:approve|accept) (?:it|this)"
    r"|is it going to (?:be approved|be accepted|pass|go through)"
    r"|(?:est ce qu |est ce que )?(?:elle|il|ca|cela) (?:sera|va etre) (?:acceptee?|approuvee?"
    r"|validee?)|(?:est ce que )?ca va passer|sera t (?:elle|il) (?:acceptee?|approuvee?|validee?)"
    # "what will the reviewer say?", "would a reviewer reject it?", « le réviseur va-t-il la
    # refuser ? »: what a reviewer would reject is the check's.
    r"|what (?:will|would) (?:the|a) reviewers? (?:say|think|reject|object to)"
    r"|what (?:will|would) (?:they|microsoft) (?:say|think)"
    r"|(?:will|would) (?:the|a) reviewers? (?:reject|accept|approve|refuse) (?:it|this|that)"
    r"|qu est ce que (?:le reviseur|l examinateur|les reviseurs|ils) (?:va|vont|dira|diront)"
    r"(?: en)? (?:dire|penser)|que (?:va|dira) (?:dire )?le reviseur"
    r"|(?:le reviseur|l examinateur) (?:va t il|risque t il de|pourrait il) (?:la |le )?"
    r"(?:refuser|rejeter|accepter|valider)"
)


# "what's the total?", « quel est le total ? »: at a plan's review its total against the limit,
# at a claim's check its amount (each review adds its own words: dialogs.plan_dialog,
# dialogs.claim_dialog).
TOTAL_WORDS = (
    *("total", "the total", "what s the total", "what is the total", "whats the total"),
    *("what s the total amount", "what is the total amount", "the total amount"),
    *("total amount", "quel est le total", "le total", "c est quoi le total"),
    *("quel est le montant total", "le montant total", "montant total"),
)


def asked_among(answer: str, phrases: frozenset[str]) -> bool:
    """Whether the whole answer (its first 80 characters, normalized, '?' aside) is one of
    `phrases` (normalized)."""
    return normalize(answer[:80]).rstrip(" ?") in phrases


# Whether it is done, asked ("is that enough?", "am I done?", « j'ai fini ? »): with its
# question mark only, since "I'm done", « j'ai fini » say it is (`is_done_word`).
_ASKS_IF_DONE = re.compile(
    r"(?:so |ok |and )?(?:is|was) (?:that|this|it) (?:enough|sufficient|complete|everything"
    r"|all you need)|(?:am i|are we) (?:done|finished|complete)|is it (?:done|finished)"
    r"|c est bon comme ca|(?:est ce que )?c est (?:suffisant|complet|assez)|est ce (?:suffisant"
    r"|complet|assez)|(?:est ce que )?ca suffit|j ai (?:fini|termine)|(?:est ce que )?j ai tout"
    r"|(?:est ce que )?c est tout bon"
    # "all good?", « c'est bon ? », « ça va ? » (seen at stop 57: the card's help)
    r"|all good|all ok|all okay|all set|everything (?:good|ok|okay|fine|alright|all right)"
    r"|are we (?:good|ok|okay|fine)|looks? (?:good|ok|okay|fine|right)|good|ok|okay"
    r"|(?:est ce que )?c est (?:bon|ok|correct)|ca va|ca marche|ca passe|tout va bien"
    r"|c est bon la"
    # "is everything attached?", « tout est joint ? » (seen at stop 58: the card's help)
    r"|is (?:everything|all|it all) (?:attached|there|in|uploaded|included|sent)"
    r"|(?:did|have) i (?:attached|attach|sent|send|uploaded|upload|added|add|included|include)"
    r" (?:everything|it all|all)(?: needed| you need| it needs)?"
    r"|(?:est ce que )?tout est (?:joint|la|complet|envoye|bien joint)"
    r"|(?:est ce que )?j ai (?:tout joint|tout envoye|tout mis|bien tout joint)"
)


def asks_what_stops(answer: str) -> bool:
    """Whether the whole answer asks what stops a submission ("what's missing?"), or
    whether it is done ("is that enough?")."""
    typed = normalize(answer[:80]).rstrip(" ?")
    if _ASKS_WHAT_STOPS.fullmatch(typed) is not None:
        return True
    return "?" in answer and _ASKS_IF_DONE.fullmatch(typed) is not None


# "done" where a review is shown: finished with it, to submit or to save.
_DONE_WORDS = frozenset(
    normalize(words)
    for words in (
        *("done", "i m done", "im done", "all done", "finished", "i m finished", "that s it"),
        *("that s all", "complete", "i m finished now", "ready"),
        *("termine", "j ai termine", "fini", "j ai fini", "c est fini", "c est tout", "pret"),
    )
)


# Approval typed at a review instead of a click ("looks good", « c'est bon »): submitting or
# saving, which it does not say; offered like "done", never taken for a submission.
_APPROVALS = frozenset(
    normalize(words)
    for words in (
        *("yes", "yep", "yeah", "y", "ok", "okay", "ok go ahead", "go ahead", "go", "yes go"),
        *("looks good", "looks fine", "looks ok", "looks right", "looks good to me", "lgtm"),
        *("all good", "good", "fine", "perfect", "great", "correct", "that s right", "right"),
        *("sounds good", "all correct", "yes go ahead", "yes looks good", "ok looks good"),
        *("ok good", "everything is correct", "everything looks good", "it s fine", "it s ok"),
        *("oui", "ouais", "vas y", "allez y", "c est bon", "ca me va", "parfait", "ok c est bon"),
        *("tres bien", "impeccable", "correct", "c est correct", "tout est bon", "c est ok"),
        *("oui c est bon", "ca marche", "nickel", "super", "c est parfait", "tout est correct"),
        # Seen at stop 53: 'I don't know "ship it"'.
        *("ship it", "let s go", "let s do it", "good to go", "we re good to go", "go for it"),
        *("we re good", "i m good", "all set", "let s ship it", "do it", "on y va", "allons y"),
        *("c est parti", "go go go", "feu vert", "on peut y aller", "on est bon"),
    )
)


# A field said right at a review: "the name is fine", "the description looks good", « le nom
# est correct » (normalized): nothing to change.
_JUDGED_FINE = re.compile(
    r"(?:i think |i believe |je pense que |je crois que )?[\w ]{1,40}? "
    r"(?:is|are|looks|look|seems|seem|est|sont|semble|semblent|me semble|me semblent|me va"
    r"|me vont|me convient|me conviennent) (?:all |just |perfectly |totally |really |tres "
    r"|tout a fait |parfaitement )?(?:fine|ok|okay|good|correct|right|perfect|great|alright"
    r"|all right|bon|bonne|bons|bonnes|bien|corrects?|correctes?|parfaite?s?|justes?|nickel)"
    r"(?: to me| now| as it is| as is| pour moi| comme ca| comme il est| comme elle est)?"
    # « la description me va », "the name works for me": the verb is the judgement.
    r"|(?:i think |je pense que |je crois que )?[\w ]{1,40}? (?:me va|me vont|me convient"
    r"|me conviennent|works for me|work for me|is fine by me|suits me)(?: bien| tres bien"
    r"| parfaitement)?"
)


def judged_fine(answer: str) -> bool:
    """Whether `answer` at a review says an answer is right ("the name is fine", « la
    description me va »): nothing is changed."""
    return _JUDGED_FINE.fullmatch(normalize(answer[:200]).rstrip(" ?!.")) is not None


# "don't", "not", "never", « ne … pas », « jamais » (normalized: "don t", "n envoie pas").
_NEGATION = re.compile(r"\b(?:not|never|t|ne|n|pas|jamais|aucunement)\b")
# Not now: "later", « plus tard », "wait", "tomorrow" (a submission asked for later is none).
_NOT_NOW = re.compile(
    r"\b(?:later|plus tard|wait|attends|attendez|tomorrow|demain|yet|not now|pas maintenant|"
    r"pas encore|another time|une autre fois|next week|la semaine prochaine"
    # "hold on", « un instant »: a moment asked for
    r"|hold on|hang on|one moment|just a (?:moment|minute|second|sec)|one (?:sec|second|minute)"
    r"|give me a (?:moment|minute|second|sec)|un instant|un moment|une minute|une seconde"
    r"|on attend|nous attendons|attendons|let s wait|we ll wait)\b"
)
# A day to come said with "submit" ("submit on Monday", « soumettre lundi », "… after I get
# the invoice"): not now. Submitting is only ever now; a reminder that day is offered.
_A_DAY_AHEAD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|tomorrow|demain|tonight|ce soir|this (?:afternoon|evening)"
    r"|cet apres midi|next (?:week|month|year|time)|(?:la semaine|l annee) prochaine"
    r"|le mois prochain|in (?:a|an|one|two|three|a few|\d+) (?:minutes?|hours?|days?|weeks?"
    r"|months?)|dans (?:un|une|deux|trois|quelques|\d+) (?:minutes?|heures?|jours?|semaines?"
    r"|mois)|on the \d+(?:st|nd|rd|th)?|le \d+|after|once (?:i|we|the|it|my|our)"
    r"|when (?:i|we|the|it|my|our)|apres|une fois (?:que|la|le|les)|quand|lorsque"
    r"|end of (?:the )?(?:week|month)|fin (?:de la semaine|du mois)"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre"
    r"|\d{1,2} \d{1,2}(?: \d{2,4})?|\d{4} \d{2} \d{2})\b"
)
# The options that submit (a review's "Submit", "Submit anyway").
SUBMITTING = frozenset({"submit", "submit_anyway"})


def says_not(answer: str, choice: Choice) -> bool:
    """Whether `answer`, which names `choice` among other words, says not to do it ("don't
    submit yet", « ne pas envoyer »), or, for a submission, not now ("submit it later",
    « soumettre plus tard »). An option that itself says "not" ("Don't use them", « Ne pas
    les reprendre ») is what a "not" typed with its words asks for."""
    typed = normalize(answer[:200])
    if choice.value in SUBMITTING and (_NOT_NOW.search(typed) or _A_DAY_AHEAD.search(typed)):
        return True
    return bool(_NEGATION.search(typed)) and not _NEGATION.search(normalize(choice.label))


def says_later(answer: str) -> bool:
    """Whether the answer puts something off ("submit it later", "not now", « plus tard »)."""
    return bool(_NOT_NOW.search(normalize(answer[:200])))


# "submit …", "I'll send it …", « je soumettrai … »: a submission said, whatever follows.
_SUBMIT_SAID = re.compile(
    r"^(?:(?:i ll|i will|we ll|we will|je vais|on va|nous allons)\s+)?(?:submit|send|soumettre"
    r"|soumets|soumettrai|soumettrons|envoyer|envoie|envoyez|enverrai|enverrons)\b"
)


def puts_submitting_off(answer: str) -> bool:
    """Whether the answer says to submit at another time ("submit after I get the invoice",
    "send it on Friday", « soumettre plus tard »): nothing is submitted, whatever it names."""
    typed = normalize(answer[:200])
    later = _NOT_NOW.search(typed) or _A_DAY_AHEAD.search(typed)
    return bool(_SUBMIT_SAID.match(typed) and later)


def names_a_day_ahead(answer: str) -> bool:
    """Whether the answer names a day to come ("on Monday", "next month", « lundi »,
    "after I get the invoice"), as said with "submit" at a review."""
    return bool(_A_DAY_AHEAD.search(normalize(answer[:200])))


def is_approval(answer: str) -> bool:
    """Whether the whole answer approves what is shown ("looks good", "yes", « c'est bon »)."""
    typed = _POLITE_TAIL.sub("", normalize(answer[:60]).rstrip(" ?"))
    return typed in _APPROVALS


# A change or a mistake said with no answer named ("change", "I made a mistake", "oops",
# « je me suis trompé »): at a review, which answer is asked; at a question, never its
# answer. ("there's an error", « il y a une erreur » say something went wrong: TROUBLE.)
_CHANGE_UNNAMED = re.compile(
    r"(?:(?:oops|oups|whoops|sorry|pardon|desole|desolee|ah|oh|hmm)\s+)*"
    r"(?:(?:i|we) (?:made|ve made|have made|did) (?:a|an|one|some) (?:mistake|error|typo)s?"
    r"|(?:there s|there is|i see|i found|i spotted) (?:a|an|one) (?:mistake|error|typo)"
    r"|(?:i|we) (?:got|typed|put|entered) (?:something|one|an answer) wrong"
    r"|something s wrong|something is wrong with it|(?:that|it|this) s not right"
    r"|(?:that|it|this) is not right|my (?:mistake|bad)|oops|oups|whoops"
    r"|(?:(?:i|we) (?:want|need|would like|d like|have) to |let me |can i |could i )?"
    r"(?:change|edit|modify|correct|amend)(?: (?:something|an answer|one answer|it|that"
    r"|this|something in it|some(?:thing| things)? (?:in it|first)))?"
    r"|je me suis trompee?|nous nous sommes trompes|on s est trompe"
    r"|(?:j ai|on a|nous avons) fait une (?:erreur|faute)|il y a une faute"
    r"|(?:je|j) (?:vois|ai vu|ai trouve) une (?:erreur|faute)|c est pas bon|ce n est pas bon"
    r"|(?:(?:je veux|je voudrais|je dois|j aimerais|il faut|puis je|je peux) )?"
    r"(?:modifier|changer|corriger)(?: (?:quelque chose|une reponse|ca|cela))?)"
    # "… in my plan", « … dans ma réclamation »: the draft open, named.
    r"(?: (?:in|on|with) (?:my|the|our|this) (?:plan|claim|draft)"
    r"| (?:dans|sur) (?:mon|ma|le|la|ce|cette|notre) (?:plan|reclamation|brouillon))?"
)


# Which of the answers just offered a reply picks by its rank ("1", "the second one", « le
# premier »): normalized words, the rank from 1.
_RANK_WORDS = {
    **dict.fromkeys(("first", "the first", "first one", "the first one"), 1),
    **dict.fromkeys(("le premier", "la premiere", "premier", "premiere"), 1),
    **dict.fromkeys(("second", "the second", "second one", "the second one"), 2),
    **dict.fromkeys(("le second", "la seconde", "le deuxieme", "la deuxieme", "deuxieme"), 2),
    **dict.fromkeys(("third", "the third", "third one", "the third one"), 3),
    **dict.fromkeys(("le troisieme", "la troisieme", "troisieme"), 3),
}


def rank_said(answer: str) -> int | None:
    """The rank a reply names alone ("2", "the second one", « le premier »), or None."""
    said = normalize(answer[:40]).rstrip(" ?!.")
    if said.isdigit() and len(said) == 1:
        return int(said)
    return _RANK_WORDS.get(said)


def says_change_unnamed(answer: str) -> bool:
    """Whether the whole answer says something is to change or is wrong, naming no answer
    ("change", "I made a mistake", « je me suis trompé »)."""
    typed = _POLITE_TAIL.sub("", normalize(answer[:80]).rstrip(" ?!."))
    return _CHANGE_UNNAMED.fullmatch(typed.replace(",", " ").strip()) is not None


def is_done_word(answer: str) -> bool:
    """Whether the whole answer says the partner is done ("done", « terminé »)."""
    return normalize(answer[:40]).rstrip(" ?") in _DONE_WORDS


# Words of German, Spanish, Italian, Portuguese and Dutch that are neither English nor
# French words (folded: no accents, no case), common in a first message ("hola, necesito
# ayuda", "ich möchte…"). One is enough: they are read only in a message nothing else read.
_OTHER_LANGUAGES = frozenset(
    {
        *("ich", "mochte", "moechte", "bitte", "danke", "nicht", "brauche", "hilfe", "guten"),
        *("mein", "meine", "einen", "einem", "ist", "und", "hallo", "antrag", "rechnung", "wo"),
        *("hola", "necesito", "quiero", "gracias", "ayuda", "donde", "tengo", "puedo", "buenos"),
        *("buenas", "factura", "estoy", "reclamacion", "presentar", "solicitud", "como"),
        *("ciao", "grazie", "vorrei", "aiuto", "buongiorno", "bisogno", "fattura", "richiesta"),
        *("ola", "obrigado", "obrigada", "preciso", "ajuda", "fatura", "voce", "nao"),
        *("ik", "wil", "bedankt", "alstublieft", "graag", "indienen", "waar", "mijn", "hulp"),
        *("goedemorgen", "goedendag", "factuur"),
    }
)


def in_another_language(text: str) -> bool:
    """Whether `text` has a word of a language other than English and French."""
    return any(word in _OTHER_LANGUAGES for word in normalize(text[:200]).split())


# Emoji sent alone for "ok" or for "thanks" (👍, 🙏), with their skin tones and joiners.
_EMOJI_OK = frozenset("👍👌✅🆗💯☑✔")
_EMOJI_THANKS = frozenset("🙏🙂😊😀😃😄😁👏🎉❤💙💚🤝😉🥰😍🤗")
_EMOJI_MARKS = re.compile("[\ufe0f\u200d\U0001f3fb-\U0001f3ff\\s!.]")


def emoji_said(text: str | None) -> str | None:
    """ "ok" or "thanks" when `text` is only emoji that say so (👍, 👌🏽, 🙏), else None."""
    if not text or len(text) > 40:
        return None
    emoji = set(_EMOJI_MARKS.sub("", text))
    if not emoji or not emoji <= _EMOJI_OK | _EMOJI_THANKS:
        return None
    return "thanks" if emoji & _EMOJI_THANKS else "ok"


def pleasantry(answer: str) -> str | None:
    """ "thanks", "greeting", "ok" or "wait" ("um", "let me think") when that is all the
    answer says, else None."""
    said = emoji_said(answer)
    if said is not None:
        return said
    found = _PLEASANTRIES.get(normalize(answer[:40]).rstrip(" ?"))
    return found if found is not None else _pleasant_parts(answer)


_PLEASANT_KIND = {Intent.THANKS: "thanks", Intent.GREETING: "greeting"}


def _pleasant_parts(answer: str) -> str | None:
    """ "thanks, have a nice day", "hello, thanks" (each part a pleasantry, as
    `_said_in_parts` splits them): "thanks" when one thanks, else "greeting" or "ok"."""
    if len(answer) > _PLEASANT_PARTS_MAX:
        return None
    parts = [normalize(part).rstrip(" ?") for part in _PARTS.split(answer)]
    parts = [part for part in parts if part]
    if not 2 <= len(parts) <= _MOST_PARTS:
        return None
    kinds = {_PLEASANTRIES.get(part) or _PLEASANT_KIND.get(_BY_PHRASE.get(part)) for part in parts}
    if None in kinds:
        return None
    return next(kind for kind in ("thanks", "greeting", "ok", "wait") if kind in kinds)


_PLEASANT_PARTS_MAX = 80


def is_step_word(answer: str) -> bool:
    """Whether the whole answer is one of the bot's step words ("submit", « terminé »)."""
    return normalize(answer[:40]) in _STEP_WORDS


# Said around a yes or a no: "yes please", « non, c'est tout », "no that's all".
_POLITE_TAIL = re.compile(
    r"\s+(?:please|thanks|thank you|merci|merci beaucoup|svp|stp|s il vous plait|"
    r"s il te plait)$"
)
_YES_TOO = {"go ahead", "one more", "une autre", "un autre", "vas y", "allez y", "let s go"}
_NO_TOO = {
    *("that s it", "no more", "nothing else", "that s all for now", "all done"),
    *("pas pour l instant", "pas pour le moment", "rien d autre", "plus rien", "c est fini"),
}
_AFTER = {
    *("that s all", "c est tout", "one more", "une autre", "un autre", "thanks", "merci"),
    # Seen at stop 56: "Please answer yes or no."
    *("that s it", "thats it", "two more", "another one", "one more please", "nothing else"),
    *("i m done", "all done", "no more", "encore une", "encore un", "deux autres", "c est bon"),
    *("c est fini", "j ai fini", "rien d autre", "please", "s il vous plait", "svp"),
    *("deux de plus", "une de plus", "un de plus", "une autre encore"),
}
# "non merci, c'est tout", "no thanks, that's all": the thanks before what goes with it.
_THANKS_FIRST = re.compile(r"^(?:thanks|thank you|merci)\s+")
# "yes please add a webinar", « oui, ajoute un salon »: a yes, the item to add said with it.
_YES_ADDING = re.compile(r"(?:please |s il vous plait |svp )?(?:add|ajoute|ajouter|ajoutez)\b.*")


# "add another activity" at "Add another activity to Spring push?" (seen at stop 61:
# "Please answer yes or no."), « pas d'autre campagne » at "another campaign?": the item
# named, and whether one more is asked.
_ANOTHER_ITEM = re.compile(
    r"(?:(?:yes|oui|ok)\s+)?(?:(?:please|svp|stp)\s+)?(?:(?:i want to|i d like to|let s|je veux"
    r"|je voudrais)\s+)?(?:(?:add|ajouter|ajoute|ajoutez|create|creer|start|commencer)\s+)?"
    r"(?:another|one more|a new|an|a|une autre|un autre|encore une|une nouvelle|une|une de plus)"
    r"\s+(?P<item>activity|campaign|activite|campagne)(?:\s+(?:please|svp|stp))?"
)
_NO_OTHER_ITEM = re.compile(
    r"(?:(?:no|non)\s+)?(?:no more|no other|no further|pas d autres?|plus d|aucune autre)\s+"
    r"(?P<item>activit(?:y|ies|es?)|campaigns?|campagnes?)(?:\s+(?:thanks|merci))?"
)


def another_item_said(answer: str, item: str) -> bool | None:
    """ "add another activity" (True), "no more activities" (False) at the question asking
    whether there is another `item` ("activity" or "campaign"); "add another campaign" at
    "another activity?" says this campaign's are done (False); None for anything else."""
    typed = normalize(answer[:60]).rstrip(" ?!.")
    for pattern, decision in ((_ANOTHER_ITEM, True), (_NO_OTHER_ITEM, False)):
        said = pattern.fullmatch(typed)
        if said is not None and said["item"].startswith(item[:4]):
            return decision
        if said is not None and decision and item == "activity":
            return False  # a campaign named: the next question asks for it
    return None


def recognize_yes_no(answer: str) -> bool | None:
    if emoji_said(answer) == "ok":
        return True  # 👍 alone, as "ok"
    typed = normalize(answer[:60])
    for said in (typed, _POLITE_TAIL.sub("", typed)):
        if said in _YES or said in _YES_TOO:
            return True
        if said in _NO or said in _NO_TOO:
            return False
    # "yes, one more", "non, c'est tout": a yes or a no, then what goes with it.
    first, _, rest = typed.partition(" ")
    rest = _THANKS_FIRST.sub("", rest)
    if rest in _AFTER and (first in _YES or first in _NO):
        return first in _YES
    if first in _YES and _YES_ADDING.fullmatch(rest):
        return True
    return None


@dataclass(frozen=True)
class StatusQuestion:
    """ "Where is my claim?": about claims, plans or both, maybe one id, maybe one status."""

    kind: str  # claim | plan | any
    item_id: str | None = None
    status: str | None = None
    # The words a claim is asked after by, as typed but in lower case ("what happened to
    # the Workshop?": "workshop"); empty when the question names none. `surely_named`:
    # the question is about a name ("what happened to …"), not words that may be one
    # ("where is my webinar claim?"): a name no claim has is said.
    named: tuple[str, ...] = ()
    surely_named: bool = False
    # The month or fiscal half the claims asked about ran in, as said ("november", "last
    # month", "fy27 h1"): `domain.dates.days_asked` reads it with today's date.
    ran_in: str | None = None
    # The days the claims asked about were sent, as said ("last week", "yesterday",
    # "november"): "what did I submit last week?" (read as `ran_in` is).
    sent_in: str | None = None


# The status of a plan or claim not yet submitted (a draft).
DRAFT = "Editing"
# The claims sent back by a reviewer (Rejected or Action required), asked together.
SENT_BACK = "sent_back"
_STATUS_WORDS = re.compile(
    r"\b(status|statut|statuts|state|etat|where is|where s|wheres|where are|ou en est|"
    r"ou en sont|ou en suis|ou est|ou sont|progress|avancement|news|nouvelles|update|"
    r"suivi|any|des|happened|happening|going on|arrive|been|ete|est elle|est il|sont elles|"
    r"se passe|devient)\b"
)
_CLAIM_WORDS = re.compile(
    # (« document de preuve » is evidence, not a claim: what it is is the evidence's answer.)
    r"\b(claim|claims|reclamation|reclamations|poe|proof of execution"
    r"|(?<!document de )(?<!documents de )(?<!justificatif de )preuves?|"
    r"remboursement|dossier|get paid|be paid|been paid|was paid|payment|paye|payee|paiement|"
    r"money|argent)\b"
)
# Asked with a yes/no opening: "is my claim approved", « est-ce que ma réclamation … ».
_YES_NO_ASKED = re.compile(
    r"^(?:is|are|has|have|was|were|did|does|est ce|a t elle|a t il"
    # « c'est validé ? », « elle est validée ? », « ça a été accepté ? » (stop 57)
    r"|c est|c etait|elle est|il est|ca a ete|ca a|elle a ete|il a ete)\b"
)
# News, or what the reviewer said: where everything stands (reasons shown with a rejection).
_NEWS = re.compile(
    r"\b(?:news|any updates?|nouvelles|du nouveau|(?:reviewers?|reviseurs?|examinateurs?)\s+"
    r"(?:say|said|says|wrote|write|think|a dit|ont dit|a ecrit|pense)|(?:dit|ecrit) (?:le|les) "
    r"(?:reviseurs?|examinateurs?))\b"
)
# Whether a decision came: "approve", "reviewed", « validée » (with a yes/no opening).
_DECIDED = re.compile(
    r"\b(?:approv\w*|reject\w*|review\w*|accept\w*|refus\w*|paid|payee?|valide\w*"
    r"|approuv\w*|examinee?|decided|decidee?)\b"
)
# "what happened to …", « qu'est-il arrivé à … », « que s'est-il passé avec … »
_WHAT_HAPPENED = re.compile(
    r"(?:so |and |ok )?(?:what happened (?:to|with)|what s happening with|what is happening with"
    r"|qu est il arrive (?:a|au|aux)|que s est il passe (?:avec|pour)|qu est ce qui (?:est arrive"
    r"|s est passe) (?:a|au|avec|pour))\b"
)
# "show PLN-…", « voir CLM-… »: with an id, where that item stands.
_SHOW_WORDS = re.compile(r"\b(show|see|view|display|voir|afficher|affiche|montre|montrez)\b")
_PLAN_WORDS = re.compile(r"\b(plan|plans)\b")
_FILTERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "Action required",
        re.compile(r"\b(action required|action requise|need changes|a corriger)\b"),
    ),
    (
        "Under review",
        re.compile(r"\b(under review|in review|en cours d examen|en revue|being reviewed)\b"),
    ),
    ("Submitted", re.compile(r"\b(submitted|soumises?|soumis)\b")),
    ("Rejected", re.compile(r"\b(rejected|refused|declined|refusee?s?|rejetee?s?)\b")),
    ("Approved", re.compile(r"\b(approved|accepted|approuvee?s?|acceptee?s?|validee?s?)\b")),
    ("Paid", re.compile(r"\b(paid|payee?s?|reglee?s?)\b")),
    ("Disputed", re.compile(r"\b(disputed|contestee?s?)\b")),
)
_MAX_QUESTION_LENGTH = 200
# "my rejected claims", « mes plans approuvés »: a list asked for by its status, no question
# word needed; only these words, so that a campaign named "Paid search push" stays a name.
_LISTING_WORDS = frozenset(
    "show list see view voir afficher liste de des my all mes tous toutes les the me "
    "claim claims reclamation reclamations plan plans under review being reviewed en cours d "
    "examen action required requise need changes a corriger in".split()
)


# "my drafts", « mes brouillons »: the partner's plans and claims not yet submitted.
_DRAFTS = re.compile(
    r"^(?:(?:show|list|see|view)\s+)?(?:my|all my)\s+drafts\??$|"
    # "where's my draft?", « où est mon brouillon ? »
    r"^(?:where s|wheres|where is|where are)\s+(?:my|all my)\s+drafts?\s*\??$|"
    r"^(?:ou est|ou sont)\s+(?:mon|mes|tous mes)\s+brouillons?\s*\??$|"
    # "I lost my draft", « j'ai perdu mon brouillon »: they are kept, and listed.
    r"^i (?:lost|can t find|cannot find|can not find) my drafts?\s*\??$|"
    r"^my drafts? (?:is gone|has gone|disappeared|has disappeared|vanished)\s*\??$|"
    r"^(?:j ai perdu|je ne trouve plus|je trouve plus) mon brouillon\s*\??$|"
    r"^mon brouillon a disparu\s*\??$|"
    r"^(?:what|which)\s+drafts\s+(?:do|have)\s+i(?:\s+have)?\s*\??$|"
    r"^(?:voir\s+|afficher\s+)?(?:mes|tous mes)\s+brouillons\s*\??$|"
    r"^(?:quels\s+sont\s+mes|quels)\s+brouillons.*\?$"
)


# "what did I submit?", « qu'est-ce que j'ai soumis ? »: everything, where it stands.
# "what did I just submit?", "my last submission", « qu'est-ce que je viens de soumettre ? »
# (seen at stop 56: "I didn't understand that"): the same.
_ALL_SENT = re.compile(
    r"(?:what|which) (?:did|have) (?:i|we) (?:just |recently |last )?(?:submitted|submit|sent"
    r"|send)(?: so far| last| recently)?\s*\??"
    r"|(?:show me |list )?what (?:i|we) (?:have )?(?:just )?(?:submitted|sent)\s*\??"
    r"|(?:my|our) (?:last |latest |recent |previous )?submissions?\s*\??"
    r"|(?:qu est ce que j ai|qu ai je|qu avons nous|qu est ce qu on a) (?:soumis|envoye)\s*\??"
    r"|(?:qu est ce que je viens|que viens je|qu est ce qu on vient) de? "
    r"(?:soumettre|envoyer)\s*\??"
    r"|(?:mes|nos) (?:dernieres )?soumissions?\s*\??"
)


# "could you set the plan limit to 60,000?": a change with its value, asked as a question,
# no question about where the plan stands (normalized words).
_CHANGE_WITH_VALUE = re.compile(
    r"\b(?:change|set|modify|amend|rename|put|mettre|mets|mettez|modifier|modifiez|changer"
    r"|changez|corriger|corrigez|renommer)\b.*\s(?:to|into|a|en|au)\s+\S"
)


# What is left, asked ("what's missing?", "what's left to do?", « qu'est-ce qui manque ? »):
# with no question open, where everything stands (seen at stop 53, 'I didn't understand
# that': each draft says what it still needs); in the middle of a draft's question, what
# that draft still needs (seen at stop 53: that question's help).
_LEFT_ASKED = frozenset(
    normalize(words)
    for words in (
        *("what's left to do", "what is left to do", "what do i still have to do"),
        *(
            "qu'est-ce qu'il me reste a faire",
            "que me reste-t-il a faire",
            "il me reste quoi a faire",
        ),
        *("qu'est-ce qu'il reste a faire", "que reste-t-il a faire"),
        *("what's missing", "what is missing", "what's still missing", "what is still missing"),
        *("what's left", "what is left", "what remains", "what remains to be done"),
        *("what else is left", "anything left", "anything left to do", "is anything missing"),
        *("is there anything left", "is there anything left to do", "anything missing"),
        *("what do i still need to do", "what else do i need to do", "what else do i have to do"),
        *("how far am i", "how far along am i", "to do list", "my to do list", "todo list"),
        *("my todo list", "what's still to do", "what is still to do", "what's still left"),
        *("qu'est-ce qui manque", "qu'est-ce qui manque encore", "que manque-t-il"),
        *("que manque-t-il encore", "il manque quoi", "il manque quelque chose"),
        *("qu'est-ce que je dois encore faire", "que dois-je encore faire", "reste a faire"),
        *("il reste quoi a faire", "qu'est-ce qu'il reste", "que reste-t-il"),
        *("ma liste de taches", "ma liste de choses a faire", "ce qu'il reste a faire"),
        *("what else do you need", "what else do you need from me", "what else is needed"),
        *("how many questions left", "how many more questions", "how many questions are left"),
        *("de quoi d'autre avez-vous besoin", "qu'est-ce qu'il vous faut encore"),
        *("combien de questions reste-t-il", "il reste combien de questions"),
    )
)


# An overview asked for with no question open: "summary", "what's pending?", « quoi de neuf ? »
# (in a question "summary" or "overview" may be its answer). « résumé » folds to "resume",
# which picks a draft up.
_OVERVIEW = _LEFT_ASKED.union(
    normalize(words)
    for words in (
        *("summary", "a summary", "give me a summary", "overview", "an overview", "recap"),
        *("give me an overview", "a recap", "quick recap", "show me a summary"),
        *("what's pending", "what is pending", "anything pending", "what's open"),
        *("what is open", "what's outstanding", "what is outstanding", "anything outstanding"),
        *("what needs fixing", "what needs to be fixed", "what do i need to fix"),
        *("what's new", "what is new", "anything new"),
        *("qu'est-ce qui est en attente", "qu'est-ce qui est en cours", "quoi de neuf"),
        *("un recap", "recap", "recapitulatif", "un recapitulatif", "vue d'ensemble"),
        *("une vue d'ensemble", "qu'est-ce que je dois corriger", "qu'y a-t-il de neuf"),
        # Seen at stop 56: "I didn't understand that".
        *("dashboard", "my dashboard", "is anything overdue", "anything overdue"),
        *("what's overdue", "what is overdue", "tableau de bord", "mon tableau de bord"),
        *("qu'est-ce qui est en retard", "quelque chose en retard", "y a-t-il du retard"),
    )
)


# Words around a claim's name in a question about it ("my claim for the …", « ma réclamation
# de l'… »): not the name's (folded).
_NOT_A_NAME = frozenset(
    "me my our the a an this that it its claim claims poe for of about on to with please "
    "last latest recent one draft payment money submission request "
    "moi ma mon mes notre nos la le les l un une d de du des pour avec sur a au aux "
    "derniere dernier recente brouillon paiement argent demande "
    "reclamation reclamations dossier svp stp ?".split()
)


# The words of a status question about a claim ("what's the status of my … claim?",
# « où en est ma réclamation … ? »): not a name's either.
_NOT_A_NAME_ASKED = _NOT_A_NAME | frozenset(
    "what whats s is are where wheres status state progress news update updates any how "
    "has have been going happening doing with check tell show see ou en est sont statut etat "
    "avancement nouvelles quoi quel quelle qu elle il y t proof execution preuve preuves "
    "get be been was paid payment paye payee paiement money argent latest last".split()
)


# The words of a status question about a plan that name none ("how is my plan doing?").
_NOT_A_PLANS_NAME = _NOT_A_NAME_ASKED | frozenset(
    "plan plans co op coop doing going look looking stand standing our en est mes mon".split()
)


def _named(
    text: str, typed: str, start: int, not_a_name: frozenset[str] = _NOT_A_NAME
) -> tuple[str, ...]:
    """The words of `text` from `start` in `typed` (its normalized form) that can be a
    claim's name's, in lower case with their accents: "my claim for the Atelier sécurité"
    → ("atelier", "sécurité")."""
    folded = typed[start:].replace("?", " ").split()
    words = re.sub(r"[\W_]+", " ", text.lower()).split()[-len(folded) :] if folded else []
    if [normalize(w) for w in words] != folded:  # a letter folded into two words, say
        words = folded
    return tuple(w for w, f in zip(words, folded, strict=True) if f not in not_a_name)[:8]


# An activity said to have run ("I ran the seminar, now what?", "the LinkedIn ads are done",
# « on a fait le séminaire », « le séminaire a eu lieu »), or its claim asked with the verb
# alone ("claim the seminar", « réclamer la publicité »): with no question open, its claim.
_RAN = re.compile(
    r"(?:(?:i|we) (?:just )?(?:ran|did|held|hosted|finished|completed|delivered|organised"
    r"|organized|launched|(?P<had>had))|(?:j ai|on a|nous avons) (?:fait|organise|tenu"
    r"|realise|termine|lance|(?P<eu>eu))|claim|reclamer)\s+(?P<what>(?:the|my|our|a|an|le|la|l|les|mon|ma|mes|notre|nos"
    r"|un|une)\s+.+?)"
    r"|(?P<subject>(?:the|my|our|le|la|l|les|mon|ma|mes|notre|nos)\s+.+?)\s+(?:happened"
    r"|took place|ran|is done|are done|is over|are over|is finished|are finished|has ended"
    r"|have ended|ended|is complete|are complete|was held|were held|has run|have run|went live"
    r"|a eu lieu|ont eu lieu|est terminee?|sont terminee?s|est finie?|sont finie?s"
    r"|s est tenue?|s est deroulee?|est passee?)"
)
_RAN_AFTER = re.compile(
    r"(?:\s+(?:last|yesterday|this|on|in|at|earlier|today|hier|aujourd hui|la semaine"
    r"|le mois|cette|ce|en|le|mardi|lundi|mercredi|jeudi|vendredi)\b.*?)?"
    r"(?:\s+(?:now what|what now|what next|so what now|what do i do now|what should i do"
    r"|what do i do|et maintenant|je fais quoi|on fait quoi))?"
)
_RAN_WHOLE = re.compile(f"(?:{_RAN.pattern}){_RAN_AFTER.pattern}")
# What ran is never a plan, a claim, its evidence or the bot's work: "the plan is done".
_NOT_RUN = re.compile(
    r"\b(?:plans?|claims?|drafts?|reclamations?|brouillons?|forms?|formulaire|invoices?"
    r"|factures?|files?|fichiers?|documents?|csrs?|evidence|justificatifs?|payments?|paiements?"
    r"|reviews?|examen|disputes?|contestation|it|this|that|everything|nothing|ca|tout|rien"
    # Nor a slip or a step of the partner's ("I made a mistake", « j'ai fait une erreur »).
    r"|mistakes?|errors?|typos?|erreurs?|fautes?|changes?|modifications?|corrections?"
    r"|updates?|uploads?|steps?|etapes?|questions?|answers?|reponses?|pause|break|tests?"
    r"|\d[\d.,]*)\b"
)


def activity_ran(text: str | None) -> str | None:
    """The words for an activity said to have run, or whose claim is asked with the verb
    alone ("I ran the seminar": "the seminar"); None when the message says none."""
    if not text or len(text) > 200:
        return None
    said = _RAN_WHOLE.fullmatch(normalize(text).rstrip(" ?!."))
    if said is None:
        return None
    what = said["what"] or said["subject"]
    if (said["had"] or said["eu"]) and not _AN_EVENT.search(what):
        return None  # "we had a problem", "I had a look": "had" says trouble as often
    return None if _NOT_RUN.search(what) else what


# What "we had …" runs ("we had the seminar yesterday", « on a eu le salon »): an event or
# an activity's own word, never "a problem", "a look", "the call".
_AN_EVENT = re.compile(
    r"\b(?:events?|seminars?|webinars?|workshops?|trade ?shows?|tradeshows?|booths?"
    r"|conferences?|boot ?camps?|breakfasts?|exhibitions?|campaigns?|ads|mailings?"
    r"|newsletters?|trainings?|floor days?|evenements?|seminaires?|webinaires?|ateliers?"
    r"|salons?|stands?|petit dejeuner|formations?|campagnes?|pubs?|publicites?)\b"
)


def left_asked(text: str | None) -> bool:
    """Whether the whole message asks what is left to do ("what's missing?", « que
    reste-t-il à faire ? »)."""
    return bool(text) and normalize(text[:120]).rstrip(" ?!.") in _LEFT_ASKED


# « résumé », « un résumé », « fais-moi un résumé », written with an accent (seen at stop 56:
# folded to "resume", « Vous n'avez aucun brouillon à reprendre »): a summary asked. "resume"
# and « reprendre » still pick a draft up.
_SUMMARY_ASKED = re.compile(
    r"(?:(?:un|le|mon|petit|un petit|fais moi un|faites moi un|donne moi un|donnez moi un"
    r"|je voudrais un|j aimerais un)\s+)?resume(?:\s+(?:svp|stp|s il vous plait|please))?"
)


def summary_asked(text: str | None) -> bool:
    """Whether the whole message asks for a summary in French with the word's accent."""
    if not text or len(text) > 60 or "é" not in unicodedata.normalize("NFC", text.lower()):
        return False
    return _SUMMARY_ASKED.fullmatch(normalize(text).rstrip(" ?!.")) is not None


def overview_asked(text: str | None) -> bool:
    """Whether the whole message asks for where everything stands in other words than a
    status question's ("summary", "what's pending?", « quoi de neuf ? »), or says a wait is
    too long ("my claim is stuck"; at a question, "still waiting" may be its answer: a
    pre-approval awaited)."""
    if not text:
        return False
    typed = normalize(text[:120]).rstrip(" ?!.")
    if summary_asked(text):
        return True
    return typed in _OVERVIEW or _DELAY_TOLD.fullmatch(typed) is not None


def delay_told_about(text: str | None) -> str | None:
    """What a wait said too long is about: "claim" ("my claim is stuck", « ma réclamation est
    bloquée »), "plan" ("my plan is stuck"); None when it names neither or is no wait."""
    typed = normalize((text or "")[:120]).rstrip(" ?!.")
    if _DELAY_TOLD.fullmatch(typed) is None:
        return None
    claims, plans = _CLAIM_SAID.search(typed), re.search(r"\bplans?\b", typed)
    return "claim" if claims and not plans else "plan" if plans and not claims else None


_CLAIM_SAID = re.compile(r"\b(?:claims?|poe|submission|reclamations?)\b")


# A wait said too long ("my claim is stuck", "why is it taking so long?", "it's been weeks",
# « ma réclamation est bloquée », « pourquoi c'est si long ? »): where things stand, where a
# review longer than its 2 business days names support ("I'm stuck" alone is trouble).
_DELAY_TOLD = re.compile(
    r"(?:(?:my|our|the) (?:claim|claims|plan|plans|poe|submission) (?:is|are|has been|have been"
    r"|seems|seem|looks|got) (?:still )?(?:stuck|blocked|on hold|taking (?:so |too )?long"
    r"|taking forever|pending (?:for ages|forever))"
    r"|why (?:is|does) (?:it|this|my claim|the claim|my plan|the plan|the review|the approval)"
    r" (?:taking|take) (?:so|this|that) long|what s taking so long|why so long|why the delay"
    r"|(?:it|this|the review|the approval) (?:is )?taking (?:so|too|very|this) long"
    r"|it s been (?:weeks|days|ages|forever|a week|two weeks|a month|months)"
    r"|(?:(?:i m|i am|we re|we are) )?still waiting(?: for (?:an answer|a decision|the review"
    r"|approval|news|a reply))?"
    r"|(?:nobody|no one|noone) (?:has )?(?:answered|replied|responded|got back to (?:me|us))"
    r"|still no (?:answer|reply|response|news|decision)|no (?:answer|reply|response|news) yet"
    r"|(?:ma|notre|la) reclamation est (?:toujours )?(?:bloquee|coincee)"
    r"|(?:mes|nos|les) reclamations sont (?:toujours )?(?:bloquees|coincees)"
    r"|(?:mon|notre|le) plan est (?:toujours )?(?:bloque|coince)"
    r"|pourquoi (?:c est|ca prend|est ce) (?:si|aussi|tellement|trop) long|pourquoi ce retard"
    r"|ca prend (?:trop de temps|tellement de temps)|c est (?:trop|tres|bien) long"
    r"|(?:j|nous) attend(?:s|ons) toujours(?: une reponse| la decision| l examen)?"
    r"|toujours (?:rien|pas de reponse|pas de nouvelles|en attente)"
    r"|personne (?:ne m a|ne nous a|n a) repondu|ca fait des (?:semaines|jours|mois))"
)


# A rejection told ("my claim was rejected", "I got a rejection", « on m'a refusé ma
# réclamation », « j'ai reçu un refus »): the rejected items and the reviewer's reasons.
_REJECTION_TOLD = re.compile(
    r"(?:(?:hi|hello|hey|bonjour|salut|so|well|alors|bon) )?(?:"
    r"(?:my|our|the) (?:last |latest |new )?(?P<c1>claim|plan|reclamation)s? (?:was|were|got"
    r"|has been|have been|s been|is|just got) (?:rejected|refused|denied|declined|turned down)"
    r"|(?:they|microsoft|the reviewer|the reviewers|my reviewer|someone) (?:have |has |just )?"
    r"(?:rejected|refused|denied|declined|turned down) (?:my|our|the) (?P<c2>claim|plan)s?"
    r"|(?:i|we) (?:just )?(?:got|received|had|have) (?:a|an|another) (?:rejection|refusal"
    r"|denial)(?: (?:for|on) (?:my|our|the) (?P<c3>claim|plan))?"
    r"|(?:on m a|ils m ont|microsoft m a|le reviseur m a|on nous a|ils nous ont) (?:refuse"
    r"|rejete) (?:ma|mon|notre) (?P<c4>reclamation|plan)"
    r"|(?:j ai|on a|nous avons) (?:recu|eu) un (?:refus|rejet)(?: (?:pour|sur) (?:ma|mon)"
    r" (?P<c5>reclamation|plan))?)"
)


# "I already fixed it", « je l'ai déjà corrigée » (seen at stop 57): the rejected claims,
# each with its fix and where that stands, or how to make it.
# Until when a claim sent back can be fixed (normalized, no '?'): "how long do I have to fix
# it?", "by when must I resubmit?", « jusqu'à quand puis-je corriger ? » (stop 59): where
# the speaker's claims sent back stand, each with its period's claiming deadline — never
# the funds, which "deadline" alone asks for.
_FIX_BY_WHEN = re.compile(
    r"(?:how long|how much time|how many days) (?:do|have|will) (?:i|we) (?:have |got |get )?"
    r"(?:left )?to (?:fix|correct|resubmit|re submit|resend|send it again|dispute|appeal)"
    r"(?: it| this| that| them| my claim| the claim)?"
    r"|(?:until|till|by) when (?:can|must|do|should|may) (?:i|we) (?:fix|correct|resubmit"
    r"|re submit|resend|dispute)(?: it| this| that| my claim| the claim)?"
    r"|(?:what s|whats|what is|is there) (?:the |a )?(?:deadline|last day|cut ?off) (?:to|for)"
    r" (?:fix|fixing|correct|correcting|resubmit|resubmitting|the fix|a fix|dispute|disputing)"
    r"(?: it| this| that| my claim| the claim)?"
    r"|combien de temps (?:ai je|avons nous|j ai|on a|me reste t il|reste t il) pour"
    r" (?:corriger|la corriger|resoumettre|la resoumettre|renvoyer|la renvoyer|contester)"
    r"(?: la reclamation| ma reclamation)?"
    r"|(?:jusqu a quand|avant quand|d ici quand) (?:puis je|peut on|dois je|doit on|je peux"
    r"|on peut|est ce que je peux) (?:la |le )?(?:corriger|resoumettre|renvoyer|contester)"
    r"(?: la reclamation| ma reclamation)?"
    r"|(?:quelle est |c est quoi )?la date limite pour (?:corriger|resoumettre|renvoyer"
    r"|contester)(?: la reclamation| ma reclamation)?"
)

_FIX_TOLD = re.compile(
    r"(?:but |mais )?(?:i|we) (?:ve |have )?(?:already )?(?:fixed|corrected|resubmitted"
    r"|resent|redid|redone) (?:it|that|this|them|my claim|the claim)(?: already)?"
    r"|(?:i|we) (?:did|have) (?:already )?(?:fix|correct|resubmit) (?:it|that|them)"
    r"|(?:je l ai|je les ai|on l a|nous l avons) (?:deja )?(?:corrigee?s?|resoumise?s?"
    r"|renvoyee?s?|refaite?s?)(?: deja)?"
    r"|c est (?:deja )?corrige(?:e)?"
)


# A month or fiscal half asked for with claims ("claims from November", "my claims in
# October", "this month's claims", « mes réclamations du mois dernier », "claims for FY27
# H1"), normalized: the claims of activities run then (`StatusQuestion.ran_in`, read by
# `domain.dates.days_asked`), when the rest of the message asks about claims.
_MONTH_OR_HALF = (
    rf"(?:(?:{'|'.join(sorted(MONTH_WORDS, key=len, reverse=True))})(?: \d{{4}})?"
    r"|this month|last month|previous month|ce mois ci|ce mois|le mois dernier|mois dernier"
    r"|le mois precedent|mois precedent|fy ?\d{2} ?h[12]|h[12] ?fy ?\d{2})"
)
_RAN_IN_AFTER = re.compile(
    r"(?:^| )(?:(?:from|in|for|during|of|ran in|run in|de|d|en|du|pour|sur|du mois de"
    rf"|du mois d|au mois de|au mois d) )?(?P<when>{_MONTH_OR_HALF})$"
)
_RAN_IN_BEFORE = re.compile(rf"^(?P<when>{_MONTH_OR_HALF})(?: s)? (?=\S)")
# "what did I submit …", « qu'ai-je soumis … » before the month: the claims sent then
# (seen at stop 60: "I didn't understand that"; "what did I claim in …" was read).
_WHAT_SENT = re.compile(
    r"what (?:did|have|ve) (?:i|we) (?:submit|submitted|send|sent|file|filed|claim|claimed)"
    r"|(?:qu ai je|qu avons nous|qu est ce que j ai|qu est ce qu on a|qu est ce que nous"
    r" avons) (?:soumis|envoye|depose|reclame)"
)


# Days back from today a sending question names (normalized): those `days_asked` reads.
_DAYS_BACK = "|".join(sorted(map(re.escape, DAYS_BACK_WORDS), key=len, reverse=True))
_SENT_IN_AFTER = re.compile(
    r"(?:^| )(?:(?:in|during|over|on|for|en|de|du|au cours de|pendant|au cours du) )?"
    rf"(?P<when>{_DAYS_BACK}|{_MONTH_OR_HALF})$"
)
# A claim's sending said: "which claims did I send", "claims I submitted", « envoyées ».
_SENDING = re.compile(
    r"\b(?:submit|submitted|send|sent|file|filed|soumis|soumise|soumises|envoye|envoyee"
    r"|envoyees|envoyes|depose|deposee|deposees)\b"
)


def claims_sent_in(text: str | None) -> StatusQuestion | None:
    """ "what did I submit last week?", "claims I sent in November", « qu'ai-je envoyé
    hier ? »: where the claims sent in those days stand; else None."""
    if not text or len(text) > _MAX_QUESTION_LENGTH:
        return None
    phrase = normalize(without_framing(text)).rstrip(" ?")
    found = _SENT_IN_AFTER.search(phrase)
    rest = phrase[: found.start()].strip() if found is not None else ""
    if found is None or not rest:
        return None
    if _WHAT_SENT.fullmatch(rest):
        return StatusQuestion("claim", sent_in=found["when"])
    if not (_SENDING.search(rest) and _CLAIM_WORDS.search(rest)):
        return None
    asked = _status_question(rest + ("?" if text.rstrip().endswith("?") else ""))
    if asked is None or asked.item_id or asked.kind == "plan":
        asked = StatusQuestion("claim")
    return StatusQuestion("claim", None, asked.status, asked.named, sent_in=found["when"])


def claims_ran_in(text: str | None) -> StatusQuestion | None:
    """ "claims from November", « mes réclamations de mai »: where the claims of activities
    run in that month (or fiscal half) stand, with the status the rest names; else None."""
    if not text or len(text) > _MAX_QUESTION_LENGTH:
        return None
    phrase = normalize(without_framing(text)).rstrip(" ?")
    found = _RAN_IN_AFTER.search(phrase)
    rest = phrase[: found.start()] if found is not None else ""
    if found is None:
        found = _RAN_IN_BEFORE.match(phrase)
        rest = phrase[found.end() :] if found is not None else ""
    if found is None or not _CLAIM_WORDS.search(rest):
        return None  # "status of FY27 H1": the plans of that half too, by their period
    asked = _status_question(rest + ("?" if text.rstrip().endswith("?") else ""))
    if asked is None or asked.item_id or asked.kind == "plan":
        if _BY_PHRASE.get(rest.strip()) is not Intent.MY_CLAIMS:
            return None  # "claims", « mes réclamations »: every claim's, that month
        asked = StatusQuestion("claim")
    return StatusQuestion("claim", None, asked.status, asked.named, ran_in=found["when"])


def recognize_status_question(text: str | None) -> StatusQuestion | None:
    """A question about where claims or plans stand, in English or French; ids anywhere."""
    return claims_sent_in(text) or claims_ran_in(text) or _status_question(text)


def _status_question(text: str | None) -> StatusQuestion | None:
    if not text or len(text) > _MAX_QUESTION_LENGTH:
        return None
    text = without_framing(text)  # "can you tell me where my claim is"
    if _DRAFTS.match(normalize(text)):
        return StatusQuestion("any", None, DRAFT)
    if _ALL_SENT.fullmatch(normalize(text)):
        return StatusQuestion("any")  # "what did I submit?": where everything stands
    if _FIX_BY_WHEN.fullmatch(normalize(text).rstrip(" ?!.")):
        return StatusQuestion("claim", None, SENT_BACK)  # each with until when (stop 59)
    if _FIX_TOLD.fullmatch(normalize(text).rstrip(" ?!.")):
        return StatusQuestion("claim", None, "Rejected")  # with its fix, or how to make it
    told = _REJECTION_TOLD.fullmatch(normalize(text).rstrip(" ?!."))
    if told is not None:
        about = "plan" if "plan" in told.groupdict().values() else "claim"
        return StatusQuestion(about, None, "Rejected")  # as "why was it rejected?"
    claim_ids, plan_ids = find_claim_ids(text), find_plan_ids(text)
    typed = normalize(re.sub(r"\b(PLN|CLM)-\d{4}-\d{6}\b", " ", text, flags=re.IGNORECASE))
    if _CHANGE_WITH_VALUE.search(typed) or _CLAIM_A_FIGURE.match(typed.rstrip(" ?")):
        return None  # "can I claim 12,000?" asks about an amount, not where claims stand
    if claim_ids or plan_ids:
        # An id with a question word, or an id alone, asks where that item stands.
        asks = _STATUS_WORDS.search(typed) or _SHOW_WORDS.search(typed) or "?" in text
        if not typed.strip("? ") or asks:
            if claim_ids:
                return StatusQuestion("claim", claim_ids[0])
            return StatusQuestion("plan", plan_ids[0])
        return None
    about_claims, about_plans = bool(_CLAIM_WORDS.search(typed)), bool(_PLAN_WORDS.search(typed))
    status = next((name for name, pattern in _FILTERS if pattern.search(typed)), None)
    asks = bool(_STATUS_WORDS.search(typed) or _YES_NO_ASKED.match(typed)) or "?" in text
    if _WHAT_HAPPENED.match(typed) and not status:
        # "what happened to Security workshop Nov?", « que s'est-il passé avec … ? »: the
        # claim of that name, or where everything stands when it names none.
        if about_plans and not about_claims:
            return StatusQuestion("plan")
        named = _named(text, typed, _WHAT_HAPPENED.match(typed).end())
        return StatusQuestion("any", named=named, surely_named=True)
    if _SHOW_WORDS.match(typed) and (about_claims or about_plans) and not status:
        # "show the claim for the workshop", « montre la réclamation de l'atelier »
        if not about_claims:
            return StatusQuestion("plan")
        named = _named(text, typed, _SHOW_WORDS.match(typed).end())
        return StatusQuestion("claim", named=named, surely_named=True)
    if status and re.match(r"(?:why|pourquoi)\b", typed):
        # "why was it rejected?", « pourquoi a-t-elle été refusée ? »: those items, with the
        # reviewer's reasons (a plan's when the question names a plan).
        return StatusQuestion("plan" if about_plans and not about_claims else "claim", None, status)
    if not asks and status and (about_claims or about_plans):
        asks = all(
            word in _LISTING_WORDS or any(p.fullmatch(word) for _, p in _FILTERS)
            for word in typed.split()
        )
    if not asks:
        return None
    # "any rejected claims?" filters; "has my claim been paid?" asks about the latest one.
    plural = bool(re.search(r"\b(claims|reclamations|any|des|which|lesquelles)\b", typed))
    if about_claims and status and plural:
        return StatusQuestion("claim", None, status)
    if about_claims:
        # "where is my webinar claim?": the claims named so, if any
        named = () if status else _named(text, typed, 0, _NOT_A_NAME_ASKED)
        return StatusQuestion("claim", named=named)
    if about_plans:
        # "status of my Spring push plan": the plans those words name (campaigns, period)
        named = () if status else _named(text, typed, 0, _NOT_A_PLANS_NAME)
        return StatusQuestion("plan", None, status, named=named)
    if status and plural:
        return StatusQuestion("claim", None, status)
    if _NEWS.search(typed) or (_YES_NO_ASKED.match(typed) and _DECIDED.search(typed)):
        # "did they approve it?", « a-t-elle été validée ? »: where everything stands.
        return StatusQuestion("any")
    if re.search(
        r"\b(status|statut|where do i stand|ou j en suis|ou en suis je|need to fix|have to fix|"
        r"dois je corriger|je dois corriger|faut il corriger|what s next|whats next|"
        r"what should i do|what do i do now|what now|que dois je faire|que faire|"
        r"je dois faire quoi|qu est ce que je dois faire|je fais quoi|on fait quoi|"
        r"et maintenant|prochaine etape|"
        # "is anything waiting on me?", « y a-t-il quelque chose à faire de mon côté ? »
        r"waiting (?:on|for) me|for me to do|i need to do|needs? my (?:attention|action)|"
        r"quelque chose a faire|qui m attend|de mon cote)\b",
        typed,
    ):
        return StatusQuestion("any")
    return None
