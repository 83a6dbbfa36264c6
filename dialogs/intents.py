"""Every intent, declared once: its words (en, fr), what it does, who and what may ask for it.

`dialogs.recognizer` reads the words; `MainDialog` reads the rest, at the start of a turn and
in the middle of a question. Handlers are named (methods of `MainDialog`) rather than
imported, so this table depends on nothing of the dialogs: `MainDialog` looks each name up
when it is built, and tests/dialogs/test_routes.py checks every name is one of its coroutines.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class Intent(StrEnum):
    HELP = "help"
    CANCEL = "cancel"
    NEW_PLAN = "new_plan"
    CONTINUE_PLAN = "continue_plan"
    # "resume", "continue", « reprendre »: the latest draft, plan or claim.
    CONTINUE_DRAFT = "continue_draft"
    # "submit my plan", « soumettre ma réclamation » with no dialog open: that draft, whose
    # review submits (inside a question, the words are the question's: its "submit").
    SUBMIT_DRAFT = "submit_draft"
    # "delete my claim": the partner's claim draft, asked to confirm.
    DELETE_CLAIM_DRAFT = "delete_claim_draft"
    MY_PLANS = "my_plans"
    DELETE_DRAFT = "delete_draft"
    GREETING = "greeting"
    # "thanks", "bye", « merci »: a polite answer (inside a question, an answer, except
    # "thanks", "hello", "ok" alone: `recognizer.pleasantry`).
    THANKS = "thanks"
    NEW_CLAIM = "new_claim"
    CONTINUE_CLAIM = "continue_claim"
    MY_CLAIMS = "my_claims"
    # "show more", « la suite » after "my claims": the next of that list (`CLAIMS_PAGE`).
    MORE_CLAIMS = "more_claims"
    MY_FUNDS = "my_funds"
    # "copy plan PLN-… to FY27 H2": read by its own pattern (recognizer), not a phrase.
    COPY_PLAN = "copy_plan"
    # "copy my last claim", « copier ma dernière réclamation »: a new claim for the same
    # activity; read by its own pattern (recognizer), not a phrase.
    COPY_CLAIM = "copy_claim"
    # The spreadsheet to fill a plan in (attached back, it builds the draft).
    PLAN_TEMPLATE = "plan_template"
    # Navigation: the step before the pending question (read by the form dialogs).
    BACK = "back"
    # "start over", « recommencer »: the start card (the question under way is left).
    START_OVER = "start_over"
    # From notice cards' buttons (fix also typed with an id: "fix CLM-…", "corriger PLN-…"):
    FIX_CLAIM = "fix_claim"
    DISPUTE_CLAIM = "dispute_claim"
    FIX_PLAN = "fix_plan"
    # "fix it", « corriger » with no id: what of the partner's is waiting for a fix.
    FIX_WAITING = "fix_waiting"
    # "dispute", « contester » with no id: the rejected claim to dispute.
    DISPUTE_WAITING = "dispute_waiting"
    # "how do I fix it?", "can I resubmit?": how a fix goes, and what waits for one (its
    # reasons); nothing started ("fix it" starts it).
    FIX_HOW = "fix_how"
    # "speak French", « en anglais », "language": the language answers are in, whatever
    # the Teams client's (the recognizer reads which language the words name).
    LANGUAGE = "language"
    # "stop reminding me" / "remind me again": the reminders of drafts left untouched.
    # "when can I claim?", "can I claim in advance?": once it has run, until its window closes.
    CLAIM_WHEN = "claim_when"
    # "what if I miss the deadline?", "do unused funds roll over?": what a missed claiming
    # deadline costs, with today's period and the day its claims close (the recognizer).
    DEADLINE_MISSED = "deadline_missed"
    # "can the deadline be extended?", "I need more time": no one here can give a later day;
    # whom to tell, and today's period with the day its claims close (the recognizer).
    DEADLINE_EXTENSION = "deadline_extension"
    # "what's left to claim?", « que me reste-t-il à réclamer ? »: each approved plan's
    # activities with what remains planned beside the claims counted.
    LEFT_TO_CLAIM = "left_to_claim"
    # "what's my role?", « quel est mon rôle ? »: the speaker's role, what it allows, and
    # who submits where it does not.
    MY_ROLE = "my_role"
    # "what's a proof of distribution?": what a proof of the checklist is, and which
    # activity types ask for it (the recognizer's `requirement_asked`).
    REQUIREMENT_WHAT = "requirement_what"
    # "add a campaign", "how do I remove an activity?" with no question open: the plan
    # draft whose review does it, opened (in a question these words are the review's).
    PLAN_CHANGE_HOW = "plan_change_how"
    REMINDERS_OFF = "reminders_off"
    REMINDERS_ON = "reminders_on"
    # "remind me tomorrow": a reminder of a draft on the day said; "my reminders" lists
    # those asked, "cancel my reminder" drops one.
    REMIND_ME = "remind_me"
    REMINDERS_LIST = "reminders_list"
    REMIND_CANCEL = "remind_cancel"
    # Said, nothing done: "yes" with no question open; how to send an invoice; who to
    # turn to for a person; what co-op is (`MainDialog._answer` says each one's words).
    NOTHING_ASKED = "nothing_asked"
    INVOICE_HOW = "invoice_how"
    SUPPORT = "support"
    # "who are you?", "are you a bot?", « qui êtes-vous ? »: what the assistant is.
    WHO_ARE_YOU = "who_are_you"
    DATA_KEPT = "data_kept"
    ABOUT_COOP = "about_coop"
    REVIEW_TIME = "review_time"
    # "can you chase the reviewer?", "please escalate", « pouvez-vous relancer le réviseur ? »:
    # no one here can hurry a review; how long it takes, and where the speaker's items stand.
    CHASE_REVIEW = "chase_review"
    # "what documents do I need?", "what evidence for a webinar?": what a reviewer needs.
    EVIDENCE_NEEDED = "evidence_needed"
    # "who is my reviewer?": the reviewer each plan names (the Microsoft account manager).
    WHO_REVIEWS = "who_reviews"
    # "later", « plus tard »: the question under way is left as by cancel (draft kept).
    PAUSE = "pause"
    # "still waiting for the invoice": a claim at a question kept, waiting for it; at rest
    # the drafts that still need one (`recognizer.invoice_awaited` reads the words).
    INVOICE_AWAITED = "invoice_awaited"
    # "save", « enregistrer » at a draft's question: left as the review's "Save" leaves it
    # (at a review, the review's own answer).
    SAVE = "save"
    # "I don't have an invoice": what a reviewer needs instead, and the question again.
    NO_INVOICE = "no_invoice"
    # "I lost the invoice": a copy from the supplier.
    LOST_INVOICE = "lost_invoice"
    # Rules asked about, answered (`recognizer.rule_asked` reads the questions): how much
    # a claim may be ("is there a minimum claim amount?"), what can change once submitted,
    # several claims for one activity, which currency.
    CLAIM_LIMITS = "claim_limits"
    AFTER_SUBMIT = "after_submit"
    # "I made a mistake in my claim" with no question open: the draft meant, opened (the
    # recognizer's `at_rest`); in a question its answers are offered instead.
    MISTAKE_TOLD = "mistake_told"
    CLAIMS_PER_ACTIVITY = "claims_per_activity"
    # "how many claims can I submit?": no set number; money limits them.
    CLAIMS_HOW_MANY = "claims_how_many"
    PLANS_HOW_MANY = "plans_how_many"
    # "can I use one invoice for two claims?": an invoice is claimed once (the recognizer).
    INVOICE_ONCE = "invoice_once"
    FILES_WHAT = "files_what"
    # "it doesn't work", "the file won't upload": what to do (nothing typed is lost).
    TROUBLE = "trouble"
    CURRENCY = "currency"
    # "how do I delete a plan?": how (a draft, asked first; nothing submitted), not doing it.
    DELETE_HOW = "delete_how"
    # "where do I find my MPN ID?": where the Partner ID is (the plan's question's help).
    PARTNER_ID = "partner_id"
    # "show my plan", « voir mon plan »: what the latest plan holds.
    SHOW_PLAN = "show_plan"
    # "when will I get paid?", "who pays me?": who pays, when and where, and the partner's
    # approved claims with the day each is paid by (read by `recognizer.rule_asked`).
    PAYMENT = "payment"
    # "export my claims", "my claims in Excel", « exporter mes réclamations »: every claim
    # of the organisation in a spreadsheet, by a signed link (dialogs/claims_export.py).
    EXPORT_CLAIMS = "export_claims"
    # A button's "Status": where everything of the partner's stands, as "status" typed
    # gets (typed, it is read as a status question, not a phrase: no words of its own).
    # Offered for "staus", « statu » (stop 60).
    STATUS = "status"
    # "how do I dispute a rejection?": how a dispute goes, and what may be disputed now;
    # nothing started ("dispute" alone starts it).
    DISPUTE_HOW = "dispute_how"
    # "I have a question", « j'ai une question »: asked to go ahead.
    QUESTION_COMING = "question_coming"
    # "what is a CSR?", "what is a pre-approval?": the claim's words explained.
    CSR_WHAT = "csr_what"
    # "what does action required mean?": each status, and what it means for the partner.
    STATUSES_WHAT = "statuses_what"
    # "do I need to keep the originals?": 24 months.
    KEEP_ORIGINALS = "keep_originals"
    PRE_APPROVAL_WHAT = "pre_approval_what"
    # "what is MDF?", "co-op or MDF?", « c'est quoi un type de fonds ? »: the plan's fund
    # types, co-op and market development funds.
    FUND_TYPES_WHAT = "fund_types_what"
    # "what's the usage period?", « période d'utilisation ? »: earning, usage and claiming
    # periods, and today's usage period with the days its claims are taken.
    PERIODS = "periods"
    # "what happens next?", « que se passe-t-il ensuite ? »: what follows a submission.
    NEXT_STEPS = "next_steps"
    # "how many times can I resubmit?" (stop 59): no count; time limits it.
    RESUBMIT_TIMES = "resubmit_times"
    # "what are impressions?", « c'est quoi les impressions ? »: the claim question's help.
    IMPRESSIONS_WHAT = "impressions_what"
    # "what is the co-op threshold?", "what is rebate?": each program's threshold.
    THRESHOLD = "threshold"
    # "does my boss need to approve it?": no one in the organisation; who submits; Microsoft.
    APPROVAL_WHO = "approval_who"
    # "what are common rejection reasons?", « comment éviter un rejet ? »: each, avoided so.
    COMMON_REJECTIONS = "common_rejections"
    # "what if I spend less than planned?" (stop 59): claim what was spent; the rest.
    SPENT_LESS = "spent_less"
    # "I only have a quote", « je n'ai qu'un devis » (stop 59): no invoice; the draft waits.
    QUOTE_ONLY = "quote_only"
    # "what do you need from me?", "what's a campaign?" (stop 59): what a plan asks.
    PLAN_NEEDS = "plan_needs"


@dataclass(frozen=True)
class IntentSpec:
    """One intent: the words that ask for it and what `MainDialog` does with it."""

    # The `MainDialog` method that answers it at the start of a turn.
    at_start: str
    # The one that answers it in the middle of a question; None: it may not interrupt one,
    # its words are an answer to the question ("hi" as a name, "back" to the form dialogs).
    in_question: str | None
    # Whole messages that ask for it, written as `recognizer.normalize` leaves them
    # (no case, accents or punctuation but '?').
    en: tuple[str, ...] = ()
    fr: tuple[str, ...] = ()
    # The words ask for it only when the message names an id of this kind ("fix CLM-…");
    # alone they may be an answer. When a message names both kinds, the claim's wins.
    only_with: Literal["plan", "claim"] | None = None
    # A card button asks for it with its `action` (the intent's value).
    from_card: bool = False
    # Answered to people outside the role directory too (DRAFTING_REQUIRES_ROLE).
    without_role: bool = False


_FIX_EN = ("fix", "fix and resubmit")
_DISPUTE_EN = ("dispute", "dispute it", "dispute the decision", "contest", "appeal")
_DISPUTE_FR = ("contester", "la contester", "contester la decision", "faire appel")
_FIX_FR = ("corriger", "corriger et soumettre a nouveau", "corriger et resoumettre")


def _asking_for(en_word: str, fr_word: str) -> tuple[str, ...]:
    """Ways to ask for a language by its English and French names ("speak French",
    « parlez-vous français ? », "anglais svp")."""
    phrases: list[str] = []
    for word in (en_word, fr_word):
        phrases += [word, f"{word} please", f"{word} svp", f"{word} s il vous plait"]
    for verb in ("speak", "speak in", "switch to", "change to", "change language to",
                 "answer in", "answer me in", "reply in", "talk in", "write in",
                 "do you speak", "in", "change my language to", "change the language to",
                 "set my language to", "set the language to", "switch my language to",
                 "switch the language to", "i prefer", "i d prefer", "i would prefer",
                 "i prefer to speak", "i prefer speaking"):  # fmt: skip
        phrases += [f"{verb} {en_word}", f"{verb} {en_word} please"]
    for verb in ("parle", "parlez", "parle en", "parlez en", "parlez vous", "tu parles",
                 "reponds en", "repondez en", "reponds moi en", "repondez moi en",
                 "passer en", "passe en", "passez en", "ecris en", "ecrivez en", "en",
                 "parler", "parler en", "je prefere l", "je prefere", "je prefere parler",
                 "changer la langue en", "changer de langue en", "mettre la langue en",
                 "passer la langue en", "ma langue est l", "ma langue est le"):  # fmt: skip
        phrases += [f"{verb} {fr_word}", f"{verb} {fr_word} svp",
                    f"{verb} {fr_word} s il vous plait"]  # fmt: skip
    return tuple(phrases)


def _each(*verbs: str, then: tuple[str, ...]) -> tuple[str, ...]:
    """Every verb followed by every object: ("upload", "attach") × ("an invoice", …)."""
    return tuple(f"{verb} {thing}" for verb in verbs for thing in then)


def _sent_later(
    verbs: tuple[str, ...], things: tuple[str, ...], times: tuple[str, ...]
) -> tuple[str, ...]:
    """Every verb, thing and time: "i ll send" × "the invoice" × "tomorrow"."""
    return tuple(dict.fromkeys(_each(*_each(*verbs, then=things), then=times)))


INTENTS: dict[Intent, IntentSpec] = {
    Intent.HELP: IntentSpec(
        "_help",
        "_help",
        en=(
            *("help", "?", "what can you do", "help me", "menu", "i need help"),
            *("how does this work", "how does it work", "how do i use this"),
            *("what can i do", "i don t understand", "i dont understand", "i m confused"),
            *("i m lost", "what", "huh", "i don t know", "i dont know", "no idea"),
            *("not sure", "i m not sure", "i am not sure"),
        ),
        fr=(
            *("aide", "au secours", "que sais tu faire", "aidez moi", "aide moi", "menu"),
            *("j ai besoin d aide", "comment ca marche", "comment ca fonctionne"),
            *("que puis je faire", "qu est ce que je peux faire", "que peux tu faire"),
            *("que pouvez vous faire", "je ne comprends pas", "je comprends pas"),
            *("je suis perdu", "je suis perdue", "quoi", "hein", "pardon"),
            *("je ne sais pas", "je sais pas", "aucune idee", "pas sur", "pas sure"),
        ),
        from_card=True,
        without_role=True,
    ),
    Intent.GREETING: IntentSpec(
        "_greet",
        None,
        en=(
            *("hi", "hello", "hey", "good morning"),
            # "are you there?": here, and what it does.
            *("are you there", "you there", "is anyone there", "anyone there"),
            *("is anybody there", "anybody there", "hello are you there"),
            *("start", "get started", "let s start", "lets start", "let s go", "begin", "new"),
        ),
        fr=(
            *("bonjour", "salut", "coucou", "bonsoir"),
            *("tu es la", "t es la", "vous etes la", "il y a quelqu un", "y a quelqu un"),
            *("y a t il quelqu un", "quelqu un", "allo", "bonjour vous etes la"),
            *("commencer", "demarrer", "on commence", "c est parti", "nouveau"),
        ),
        without_role=True,
    ),
    Intent.THANKS: IntentSpec(
        "_thanks",
        None,
        en=(
            *("thanks", "thank you", "thanks a lot", "thank you very much", "many thanks"),
            *("ok thanks", "ok thank you", "great thanks", "perfect thanks", "cheers"),
            *("great", "perfect", "awesome", "got it", "all good", "cool"),
            *("bye", "goodbye", "good bye", "see you", "that s all for now"),
            # Farewells, alone or after thanks ("thanks, have a nice day": stop 58).
            *("have a nice day", "have a good day", "have a great day", "have a good one"),
            *("have a nice weekend", "have a good weekend", "have a great weekend"),
            *("have a nice evening", "have a good evening", "take care", "talk soon"),
            *("see you later", "see you soon", "bye bye", "thanks so much", "thank you so much"),
            *("much appreciated", "thx", "cheers bye"),
        ),
        fr=(
            *("merci", "merci beaucoup", "merci bien", "ok merci", "parfait merci", "super merci"),
            *("c est bon", "parfait", "tres bien", "ca marche", "super", "genial", "entendu"),
            *("au revoir", "a bientot", "bonne journee", "bonne soiree"),
            *("bon week end", "bonne fin de journee", "bonne semaine", "a plus", "a plus tard"),
            *("a la prochaine", "bonne continuation", "merci encore", "encore merci"),
            *("mille mercis", "mille merci", "merci mille fois"),
        ),
        without_role=True,
    ),
    Intent.CANCEL: IntentSpec(
        "_nothing_to_cancel",
        "_cancel_question",
        en=(
            *("cancel", "stop", "quit", "exit", "never mind", "nevermind", "forget it"),
            *("forget about it", "cancel that", "stop here"),
        ),
        fr=(
            *("annuler", "annule", "arreter", "arrete", "abandonner", "quitter"),
            *("laisse tomber", "on arrete", "on arrete la", "arretons", "oublie", "oublie ca"),
            *("oublions", "tant pis"),
        ),
        without_role=True,
    ),
    Intent.BACK: IntentSpec(
        "_nothing_to_go_back_to",
        None,
        en=(
            *("back", "go back", "previous", "previous question", "go to the previous question"),
            *("undo", "undo that", "undo it", "undo last answer", "undo my last answer"),
            *("undo the last answer", "oops undo"),
            # At a claim's check, its last change undone (`ClaimDialog._undo`).
            *("undo the change", "undo my change", "undo the last change", "undo that change"),
            *("revert", "revert that", "revert it", "revert the change"),
        ),
        fr=(
            *("retour", "revenir", "precedent", "en arriere", "retour en arriere"),
            *("revenir en arriere", "question precedente", "revenir a la question precedente"),
            *("defaire", "annuler la derniere reponse", "annuler ma derniere reponse"),
            *("annuler la modification", "annule la modification", "annuler le changement"),
            *("defaire la modification", "annuler ma modification"),
        ),
    ),
    # "start over": the question under way stopped (its draft kept), and the start card.
    Intent.START_OVER: IntentSpec(
        "_greet",
        "_start_over_in_question",
        en=(
            *("start over", "start again", "restart", "start from scratch", "begin again"),
            *("start from the beginning", "main menu"),
            *("reset", "reset everything", "reset it", "reset the bot", "reboot"),
        ),
        fr=(
            *("reinitialiser", "tout reinitialiser", "remettre a zero", "reset"),
            *("recommencer", "tout recommencer", "recommencer a zero", "repartir de zero"),
            *("recommencer depuis le debut", "reprendre depuis le debut", "menu principal"),
        ),
    ),
    Intent.NEW_PLAN: IntentSpec(
        "_new_plan",
        "_already_in_one",
        en=(
            "new plan",
            "create a plan",
            "create plan",
            "start a plan",
            "new co op plan",
            "new coop plan",
            "draft a plan",
            "create a new plan",
            "start a new plan",
            "make a plan",
            "make a new plan",
        ),
        fr=(
            "nouveau plan",
            "creer un plan",
            "nouveau plan marketing",
            "commencer un plan",
            "creer un nouveau plan",
            "faire un plan",
            "faire un nouveau plan",
            "commencer un nouveau plan",
        ),
        from_card=True,
    ),
    Intent.CONTINUE_PLAN: IntentSpec(
        "_continue_plan",
        "_continue_plan_in_question",
        en=(
            "continue my plan",
            "continue plan",
            "resume my plan",
            "resume plan",
            "continue the plan",
            "open plan",
            "open my plan",
            "review my plan",
            "check my plan",
            *("edit my plan", "change my plan", "modify my plan", "update my plan", "edit plan"),
            *("edit the plan", "change the plan"),
        ),
        fr=(
            "reprendre mon plan",
            "continuer mon plan",
            "reprendre le plan",
            "ouvrir le plan",
            "ouvrir mon plan",
            "relire mon plan",
            "verifier mon plan",
            *("modifier mon plan", "modifier le plan", "changer mon plan"),
            "mettre a jour mon plan",
        ),
        from_card=True,
    ),
    Intent.CONTINUE_DRAFT: IntentSpec(
        "_continue_draft",
        "_continue_draft_in_question",
        en=(
            "resume",
            "continue",
            "resume my draft",
            "continue my draft",
            "resume draft",
            "continue draft",
            "open my draft",
            "open",
            "pick up where i left off",
            "carry on",
        ),
        fr=(
            "reprendre",
            "continuer",
            "reprendre mon brouillon",
            "continuer mon brouillon",
            "reprendre le brouillon",
            "ouvrir mon brouillon",
            "ouvrir",
            "reprendre la ou j en etais",
        ),
        from_card=True,
    ),
    Intent.MY_PLANS: IntentSpec(
        "_my_plans",
        "_my_plans",
        en=(
            "my plans",
            "list plans",
            "list my plans",
            "show my plans",
            "show me my plans",
            "plans",
            "plan",
        ),
        fr=(
            *("mes plans", "liste des plans", "voir mes plans", "afficher mes plans"),
            *("montre moi mes plans", "montrez moi mes plans", "liste de mes plans"),
        ),
        from_card=True,
    ),
    Intent.DELETE_DRAFT: IntentSpec(
        "_delete_draft",
        "_delete_draft_in_question",
        en=(
            *("delete draft", "delete my draft", "delete plan", "delete the draft"),
            # Inside a draft, "it" and "this" are the draft open (a plan's or a claim's).
            *("delete it", "delete this", "delete this draft", "discard this draft"),
            *("discard it", "delete this plan", "delete the plan", "delete my plan"),
            *("throw it away", "get rid of it"),
            # A plan withdrawn in words: its draft, asked first; a sent plan, why it stays.
            *("cancel my plan", "withdraw my plan", "withdraw the plan", "cancel the plan"),
            *("cancel my submitted plan", "withdraw my submitted plan"),
        ),
        fr=(
            *("supprimer le brouillon", "supprimer mon brouillon", "supprimer le plan"),
            *("effacer le brouillon", "supprimer ce brouillon", "supprimer ce plan"),
            *("supprimer mon plan", "le supprimer", "supprime le", "supprimez le"),
            *("annuler mon plan", "retirer mon plan", "annuler le plan", "retirer le plan"),
            *("annuler mon plan soumis", "retirer mon plan soumis"),
        ),
    ),
    Intent.NEW_CLAIM: IntentSpec(
        "_new_claim",
        "_already_in_one",
        en=(
            "new claim",
            "new proof of execution",
            "submit proof of execution",
            "add proof of execution",
            "new poe",
            "create a claim",
            "claim",
            "file a claim",
            "file a new claim",
            "submit a claim",
            "make a claim",
            "create a new claim",
            *("submit proof", "proof of execution", "submit poe", "submit a poe", "new proof"),
            *("upload proof", "send proof", "upload proof of execution"),
            *("claim my money", "claim my funds", "claim my co op", "get my money"),
            *("start a claim", "start a new claim", "start claim", "begin a claim"),
            *("open a new claim", "new claim draft"),
        ),
        fr=(
            "nouvelle reclamation",
            "nouvelle preuve d execution",
            "creer une reclamation",
            "reclamer",
            "faire une reclamation",
            "deposer une reclamation",
            "faire une nouvelle reclamation",
            "creer une nouvelle reclamation",
            "soumettre une reclamation",
            *("soumettre une preuve", "preuve d execution", "soumettre une preuve d execution"),
            *("envoyer une preuve", "nouvelle preuve", "reclamer mes fonds"),
            *("reclamer mon argent", "reclamer mon co op"),
            *("commencer une reclamation", "commencer une nouvelle reclamation"),
            *("demarrer une reclamation", "demarrer une nouvelle reclamation"),
            "ouvrir une nouvelle reclamation",
        ),
        from_card=True,
    ),
    Intent.CONTINUE_CLAIM: IntentSpec(
        "_continue_claim",
        "_continue_claim_in_question",
        en=(
            *("continue my claim", "continue claim", "resume my claim", "resume claim"),
            *("open claim", "open my claim", "open my last claim", "check my claim"),
            "review my claim",
            *("edit my claim", "change my claim", "modify my claim", "update my claim"),
            *("help me fill in my claim", "help me fill my claim", "help me with my claim"),
            *("help me complete my claim", "help me finish my claim"),
        ),
        fr=(
            *("aidez moi a remplir ma reclamation", "aide moi a remplir ma reclamation"),
            *("aidez moi avec ma reclamation", "aide moi avec ma reclamation"),
            *("aidez moi a finir ma reclamation", "aide moi a finir ma reclamation"),
            "reprendre ma reclamation",
            "continuer ma reclamation",
            "reprendre la reclamation",
            "ouvrir la reclamation",
            "ouvrir ma reclamation",
            "verifier ma reclamation",
            *("modifier ma reclamation", "changer ma reclamation"),
        ),
        from_card=True,
    ),
    Intent.SUBMIT_DRAFT: IntentSpec(
        "_submit_draft",
        None,
        en=(
            *("submit my plan", "send my plan", "send my plan for approval", "submit the plan"),
            *("submit my claim", "send my claim", "submit the claim"),
            # Seen at stop 56: "I didn't understand that". No kind named: the draft changed
            # last (`MainDialog._submit_draft`).
            *("submit", "submit it", "send it", "submit for approval", "send it for approval"),
            *_each(
                *("how do i", "how can i", "how to", "how do we", "where do i"),
                then=("submit", "submit it", "submit my plan", "submit my claim", "send it"),
            ),
            *("where is the submit button", "where s the submit button", "submit button"),
            *("i can t find the submit button", "send it to my manager", "send it to the reviewer"),
            *("send my plan to my manager", "submit my plan to my manager"),
            *("send it to my account manager", "send my plan to the reviewer"),
        ),
        fr=(
            *("soumettre mon plan", "envoyer mon plan", "soumettre le plan"),
            *("soumettre ma reclamation", "envoyer ma reclamation", "soumettre la reclamation"),
            # Seen at stop 56: « Je n'ai pas compris ».
            *("soumettre", "le soumettre", "la soumettre", "l envoyer", "envoyer pour approbation"),
            *_each(
                *("comment", "comment je peux", "comment puis je", "ou puis je"),
                then=("soumettre", "le soumettre", "la soumettre", "soumettre mon plan"),
            ),
            *("comment soumettre ma reclamation", "comment je soumets"),
            *("ou est le bouton soumettre",),
            *("envoyer mon plan a mon responsable", "l envoyer a mon responsable"),
        ),
        from_card=True,
    ),
    Intent.DELETE_CLAIM_DRAFT: IntentSpec(
        "_delete_claim_draft",
        "_delete_claim_draft_in_question",
        en=(
            *("delete my claim", "delete the claim", "delete claim", "delete my claim draft"),
            *("delete this claim", "discard this claim", "discard my claim"),
            # Cancelling or withdrawing it: a draft is deleted once confirmed; a claim sent
            # is told why it stays (`DeleteClaimDraftDialog`).
            *("cancel my claim", "cancel the claim", "cancel this claim", "cancel my claim draft"),
            *("withdraw my claim", "withdraw the claim", "withdraw this claim"),
            *("remove my claim", "remove the claim", "remove this claim"),
            # A submission taken back: why a sent claim stays.
            *("cancel my submission", "cancel the submission", "withdraw my submission"),
            *("undo my submission", "undo the submission", "unsubmit", "unsubmit my claim"),
            *("unsubmit it", "retract my claim", "recall my claim", "take back my claim"),
        ),
        fr=(
            *("supprimer ma reclamation", "supprimer la reclamation", "effacer ma reclamation"),
            *("annuler ma soumission", "annuler la soumission", "annuler l envoi"),
            *("annuler mon envoi", "retirer ma soumission"),
            *("supprimer cette reclamation", "la supprimer", "supprime la", "supprimez la"),
            *("annuler ma reclamation", "annuler la reclamation", "annuler cette reclamation"),
            *("retirer ma reclamation", "retirer la reclamation", "retirer cette reclamation"),
        ),
    ),
    Intent.MY_CLAIMS: IntentSpec(
        "_my_claims",
        "_my_claims",
        en=(
            "my claims",
            "list claims",
            "list my claims",
            "show my claims",
            "show me my claims",
            "claims",
            "list of my claims",
            *("my last claim", "show me my last claim", "show my last claim", "my latest claim"),
            *("last claim", "latest claim", "my most recent claim"),
            *("download my claim", "export my claim", "print my claim"),
        ),
        fr=(
            "mes reclamations",
            "reclamations",
            "voir mes reclamations",
            "afficher mes reclamations",
            "montre moi mes reclamations",
            "montrez moi mes reclamations",
            *("reclamation", "liste de mes reclamations", "liste des reclamations"),
            *("ma derniere reclamation", "voir ma derniere reclamation", "derniere reclamation"),
            *("telecharger ma reclamation", "exporter ma reclamation", "imprimer ma reclamation"),
        ),
        from_card=True,
    ),
    Intent.MORE_CLAIMS: IntentSpec(
        "_more_claims",
        # In a question, its answer, unless a list was shown at that very question.
        "_more_claims_in_question",
        en=(
            *("show more", "more", "more please", "see more", "show me more", "next page"),
            *("next", "the rest", "show the rest", "show me the rest", "older ones"),
            *("older claims", "show older claims", "more claims", "show more claims"),
            *("the next ones", "show the next ones", "next 25", "load more"),
        ),
        fr=(
            *("la suite", "suite", "voir la suite", "plus", "voir plus", "afficher plus"),
            *("page suivante", "les suivantes", "les autres", "la suite svp", "encore"),
            *("voir les suivantes", "les plus anciennes", "voir les autres", "montre la suite"),
        ),
    ),
    Intent.EXPORT_CLAIMS: IntentSpec(
        "_export_claims",
        "_export_claims",
        en=(
            *("export my claims", "download my claims", "print my claims", "export claims"),
            *("export the claims", "export all claims", "export all my claims"),
            *("download all my claims", "download the claims"),
        ),
        fr=(
            *("exporter mes reclamations", "telecharger mes reclamations"),
            *("imprimer mes reclamations", "exporter les reclamations"),
            *("exporter toutes mes reclamations", "telecharger les reclamations"),
        ),
        from_card=True,
    ),
    Intent.COPY_PLAN: IntentSpec("_copy_plan", "_already_in_one", from_card=True),
    Intent.COPY_CLAIM: IntentSpec("_copy_claim", "_already_in_one"),
    Intent.PLAN_TEMPLATE: IntentSpec(
        "_plan_template",
        "_plan_template",
        en=(
            "plan template",
            "the plan template",
            "excel template",
            "spreadsheet template",
            "plan spreadsheet",
            "get the template",
            "send me the template",
            "download the template",
            *("is there a template", "is there a template for the plan", "is there a template?"),
            *("do you have a template", "do you have an excel template", "is there an excel"),
            *("is there an excel template", "can i fill the plan in excel", "can i use excel"),
        ),
        fr=(
            *("y a t il un modele", "y a t il un modele pour le plan", "avez vous un modele"),
            *("est ce qu il y a un modele", "puis je remplir le plan dans excel"),
            *("y a t il un modele excel", "as tu un modele"),
            "modele de plan",
            "le modele de plan",
            "modele excel",
            "modele de tableur",
            "fichier excel",
            "envoie moi le modele",
            "telecharger le modele",
        ),
        from_card=True,
    ),
    Intent.MY_FUNDS: IntentSpec(
        "_my_funds",
        "_my_funds_in_question",
        en=(
            "my funds",
            "funds",
            "my co op funds",
            "remaining funds",
            "show my funds",
            "how much co op do i have",
            *("what can i claim", "what can we claim", "my deadlines"),
            *("what can i still claim", "when do i need to submit", "when do i have to submit"),
            *("how long do i have to claim", "how much time do i have to claim"),
            *("how long do we have to claim", "what s the deadline to claim"),
            *("how much time do i have left to claim", "how long do i have left to claim"),
            *("how much time do i have left", "how long do i have left"),
            *("how much time is left to claim", "how long do i have to submit proof"),
            *("how long do i have to submit a claim", "how long do i have to submit"),
            "when must i submit",
            *("my balance", "balance", "total claimed", "my total claimed", "amount claimed"),
            *("my budget", "our budget", "my co op budget"),
            *("my co op balance", "our co op balance", "co op balance", "my funding"),
            *("our funding", "my co op funding", "our co op funding"),
        ),
        fr=(
            *("mon budget", "notre budget", "mon budget co op"),
            "mes fonds",
            "fonds",
            "mes fonds co op",
            "fonds restants",
            "voir mes fonds",
            "combien me reste t il",
            *("que puis je reclamer", "qu est ce que je peux reclamer", "mes echeances"),
            *("mes dates limites", "quand dois je soumettre"),
            *("combien de temps j ai pour reclamer", "combien de temps ai je pour reclamer"),
            *("combien de temps me reste t il pour reclamer", "combien de temps me reste t il"),
            *("combien de temps il me reste pour reclamer", "combien de temps il me reste"),
            *("mon solde", "solde", "total reclame", "montant reclame"),
            *("mon solde co op", "notre solde", "notre solde co op", "solde co op"),
            *("mon financement", "notre financement", "mon financement co op"),
        ),
        from_card=True,
    ),
    # Fix and dispute leave whatever dialog is running and start their own.
    Intent.FIX_PLAN: IntentSpec(
        "_fix_plan", "_fix_plan", en=_FIX_EN, fr=_FIX_FR, only_with="plan", from_card=True
    ),
    Intent.FIX_CLAIM: IntentSpec(
        "_fix_claim", "_fix_claim", en=_FIX_EN, fr=_FIX_FR, only_with="claim", from_card=True
    ),
    # Inside a question "fix" is the question's ("fix the plan limit" at the review).
    Intent.FIX_WAITING: IntentSpec(
        "_fix_waiting",
        None,
        en=(
            "fix",
            "fix it",
            "fix my claim",
            "fix the claim",
            "fix my plan",
            "fix the plan",
            "fix and resubmit",
            "fix and resubmit it",
            "resubmit",
            # Told rather than asked (seen at stop 53: 'I didn't understand that').
            *("i ll fix it", "ok i ll fix it", "i will fix it", "ok i will fix it"),
            *("let me fix it", "let s fix it", "ok let s fix it", "ok fix it", "i ll fix that"),
            *("i ll correct it", "i will correct it", "i ll resubmit it", "i ll resubmit"),
            # Sent again (stop 58: 'I didn't understand that').
            *("resubmit it", "resubmit my claim", "resubmit the claim", "resubmit my plan"),
            *("resend", "resend it", "resend my claim", "resend the claim", "send it again"),
            *("send my claim again", "send the claim again", "submit it again", "submit again"),
        ),
        fr=(
            "corriger",
            "la corriger",
            "le corriger",
            "corriger ma reclamation",
            "corriger la reclamation",
            "corriger mon plan",
            "corriger le plan",
            "corriger et soumettre a nouveau",
            "corriger et resoumettre",
            "resoumettre",
            *("resoumettre ma reclamation", "la resoumettre", "le resoumettre", "renvoyer"),
            *("la renvoyer", "renvoyer ma reclamation", "renvoyer la reclamation"),
            *("soumettre a nouveau", "la soumettre a nouveau", "la renvoyer a nouveau"),
            *("je vais la corriger", "je vais le corriger", "je la corrige", "je le corrige"),
            *("d accord je la corrige", "d accord je le corrige", "ok je la corrige"),
            *("ok je vais la corriger", "je corrige", "je vais corriger", "je vais la resoumettre"),
        ),
        from_card=True,
    ),
    # Inside a question, its own ("how do I fix it?" at a review: what stops it).
    Intent.FIX_HOW: IntentSpec(
        "_fix_how",
        None,
        en=(
            *("how do i fix it", "how do i fix this", "how do i fix my claim", "how to fix it"),
            *("how can i fix it", "how do i fix the claim", "how do i resubmit", "how to resubmit"),
            *("how do i resubmit it", "how can i resubmit", "how can i resubmit it"),
            *("can i resubmit", "can i resubmit it", "can i fix it", "can i fix my claim"),
            *("can i send a better scan", "can i send a new invoice", "can i send another invoice"),
            *("can i upload a new invoice", "can i replace the invoice", "what should i fix"),
            *("how do i fix my plan", "can i fix my plan", "can i still fix it"),
            # Seen at stop 53: 'I didn't understand that'.
            *("what do i need to change", "what do i have to change", "what should i change"),
            *("what needs to change", "what needs changing", "what do they want me to change"),
            *("what did i do wrong", "what was wrong", "what was wrong with it"),
            *("what was wrong with my claim", "what did they not like", "what didn t they like"),
        ),
        fr=(
            *("comment corriger", "comment la corriger", "comment le corriger"),
            *("comment je la corrige", "comment corriger ma reclamation", "comment resoumettre"),
            *("je corrige comment", "je la corrige comment", "comment je fais pour corriger"),
            *("comment faire pour corriger", "comment je corrige", "je fais comment pour corriger"),
            *("comment la resoumettre", "puis je la corriger", "puis je resoumettre"),
            *("puis je la resoumettre", "peut on resoumettre", "je peux la corriger"),
            *("je peux la resoumettre", "puis je envoyer une nouvelle facture"),
            *("puis je renvoyer la facture", "comment corriger mon plan", "que dois je corriger"),
            *("qu est ce que je dois changer", "que dois je changer", "que dois je modifier"),
            *("qu est ce que je dois modifier", "qu est ce qui n allait pas"),
            *("qu ai je fait de mal", "qu est ce qui ne va pas avec ma reclamation"),
            *("qu est ce qui ne va pas",),
        ),
    ),
    # The rejection notice's button, or its words with the claim's id.
    Intent.DISPUTE_CLAIM: IntentSpec(
        "_dispute_claim",
        "_dispute_claim",
        en=_DISPUTE_EN,
        fr=_DISPUTE_FR,
        only_with="claim",
        from_card=True,
    ),
    # Alone, inside a question, the words are the question's.
    # With no question open, disagreeing in words is asking to dispute ("I disagree").
    Intent.DISPUTE_WAITING: IntentSpec(
        "_dispute_waiting",
        None,
        en=(
            *_DISPUTE_EN,
            *("i disagree", "i don t agree", "i do not agree", "that s wrong", "this is wrong"),
            *("the decision is wrong", "it s a mistake", "that s a mistake", "this is unfair"),
            *("i disagree with the decision", "i disagree with the rejection", "not fair"),
            *("that s not fair", "that s unfair", "it s unfair", "it s not fair"),
            *("this is not fair", "that s not right", "this is not right", "the reviewer is wrong"),
            *("the reviewer made a mistake", "i want to appeal", "i want to dispute it"),
        ),
        fr=(
            *_DISPUTE_FR,
            *("je ne suis pas d accord", "pas d accord", "c est une erreur", "je conteste"),
            *("la decision est fausse", "c est faux", "c est injuste", "je veux contester"),
            "je ne suis pas d accord avec la decision",
            *("ce n est pas juste", "c est pas juste", "ce n est pas normal", "c est pas normal"),
            *("le reviseur se trompe", "le reviseur s est trompe", "je veux faire appel"),
        ),
        from_card=True,
    ),
    Intent.LANGUAGE: IntentSpec(
        "_language",
        "_language",
        en=(
            *_asking_for("french", "francais"),
            *_asking_for("english", "anglais"),
            *("language", "languages", "change language", "change the language"),
            *("switch language", "other language"),
            # Seen at stop 56: "I didn't understand that".
            *_each(
                *("how do i", "how can i", "how to", "can i", "how do we", "how can we"),
                then=("change the language", "change my language", "change language"),
            ),
            *_each(
                *("how do i switch to", "how can i switch to", "how do i change to"),
                *("how do i get it in", "how can i get it in"),
                then=("french", "english"),
            ),
        ),
        fr=(
            *("langue", "la langue", "changer de langue", "changer la langue", "autre langue"),
            # Seen at stop 56: « Je n'ai pas compris ».
            *_each(
                *("comment", "comment puis je", "comment je peux", "comment on peut"),
                *("peut on", "puis je"),
                then=("changer de langue", "changer la langue", "passer en anglais"),
            ),
            *("comment passer en francais", "comment repasser en francais"),
        ),
        from_card=True,
        without_role=True,
    ),
    Intent.REMINDERS_OFF: IntentSpec(
        "_reminders",
        "_reminders",
        en=(
            *("stop reminding me", "stop reminders", "stop the reminders", "no more reminders"),
            *("no reminders", "mute reminders", "turn off reminders", "turn reminders off"),
            *("disable reminders", "don t remind me", "stop sending me reminders"),
            *("don t remind me again", "don t remind me anymore", "do not remind me"),
            *("stop sending reminders", "too many reminders", "unsubscribe from reminders"),
        ),
        fr=(
            *("ne me rappelle plus", "ne me rappelez plus", "arrete de me rappeler"),
            *("arretez de me rappeler", "plus de rappels", "pas de rappels", "stop rappels"),
            *("arreter les rappels", "desactiver les rappels", "couper les rappels"),
            *("trop de rappels", "ne plus me rappeler"),
        ),
        from_card=True,  # the button under a reminder of a draft left untouched
        without_role=True,
    ),
    Intent.REMINDERS_ON: IntentSpec(
        "_reminders",
        "_reminders",
        en=(
            *("remind me again", "turn on reminders", "turn reminders on", "enable reminders"),
            *("turn reminders back on", "reminders on", "resume reminders", "start reminders"),
            "start reminding me again",
        ),
        fr=(
            *("reactiver les rappels", "rappelle moi a nouveau", "rappelez moi a nouveau"),
            *("remettre les rappels", "remets les rappels", "activer les rappels"),
            "rappels actives",
        ),
        without_role=True,
    ),
    # "remind me tomorrow", « rappelle-moi lundi »: read by the recognizer (what follows is
    # the day, in `Command.text`), so no whole phrase names it.
    # Also the button under a reminder that puts it off a day (its draft's id, no day said).
    Intent.REMIND_ME: IntentSpec("_remind_me", "_remind_me", from_card=True),
    Intent.REMINDERS_LIST: IntentSpec(
        "_reminders_list",
        "_reminders_list",
        en=(
            *("my reminders", "reminders", "show my reminders", "list my reminders"),
            *("what reminders do i have", "which reminders do i have", "any reminders"),
            *("when is my reminder", "can i see my reminders", "do i have reminders"),
            *("do i have a reminder", "what are my reminders", "see my reminders"),
            # How they come, why one came or did not: the days asked and the reminders sent.
            *("why am i getting reminders", "why do i get reminders", "why did i get a reminder"),
            *("why am i getting these reminders", "why did i get this reminder"),
            *("how do reminders work", "how do the reminders work", "when do reminders come"),
            *("what reminders will i get", "when will i get a reminder", "when will you remind me"),
            *("i didn t get a reminder", "i did not get a reminder", "i never got a reminder"),
            *("i didn t get my reminder", "i did not get my reminder", "where is my reminder"),
        ),
        fr=(
            *("mes rappels", "rappels", "voir mes rappels", "affiche mes rappels"),
            *("quels rappels ai je", "quels sont mes rappels", "quand est mon rappel"),
            *("ai je des rappels", "ai je un rappel", "liste de mes rappels"),
            *("pourquoi je recois des rappels", "pourquoi est ce que je recois des rappels"),
            *("pourquoi ai je recu un rappel", "pourquoi j ai recu un rappel"),
            *("comment marchent les rappels", "comment fonctionnent les rappels"),
            *("quand arrivent les rappels", "quels rappels vais je recevoir"),
            *("quand allez vous me rappeler", "quand vas tu me rappeler"),
            *("je n ai pas recu de rappel", "je n ai pas eu de rappel"),
            *("je n ai pas recu mon rappel", "ou est mon rappel", "je n ai jamais recu de rappel"),
        ),
    ),
    Intent.REMIND_CANCEL: IntentSpec(
        "_cancel_reminder",
        "_cancel_reminder",
        en=(
            *("cancel my reminder", "cancel the reminder", "cancel reminder", "cancel reminders"),
            *("cancel my reminders", "cancel all my reminders", "remove my reminder"),
            *("delete my reminder", "forget the reminder", "forget my reminder"),
            # With a draft's id: "cancel my reminder for CLM-…" (the id read apart).
            *("cancel my reminder for", "cancel the reminder for", "cancel the reminder of"),
            *("cancel reminder for", "remove the reminder for", "cancel my reminder of"),
        ),
        fr=(
            *("annule mon rappel", "annuler mon rappel", "annuler le rappel", "annule le rappel"),
            *("annule mes rappels", "annuler mes rappels", "supprime mon rappel"),
            *("supprimer mon rappel", "supprimer le rappel", "oublie le rappel"),
            *("annule mon rappel pour", "annuler le rappel de", "annule le rappel de"),
            *("annuler le rappel pour", "annule le rappel pour", "annuler mon rappel pour"),
        ),
    ),
    # Inside a question these are its answers (a yes/no question, the evidence menu's).
    Intent.NOTHING_ASKED: IntentSpec(
        "_answer",
        None,
        en=(
            *("yes", "no", "ok", "okay", "sure", "yep", "yeah", "nope", "y", "n"),
            *("yes please", "no thanks", "no thank you"),
        ),
        fr=("oui", "non", "d accord", "ouais", "oui merci", "non merci"),
        without_role=True,
    ),
    Intent.INVOICE_HOW: IntentSpec(
        "_files_how",
        None,
        en=(
            # Seen at stop 57: "I didn't understand that" (with a claim draft, it opens).
            *_each(
                *("add", "attach", "upload", "add a file to", "attach a file to"),
                then=(
                    *("a file", "files", "the files", "evidence", "the evidence", "a document"),
                    *("documents", "the photos", "photos", "the screenshot", "a screenshot"),
                    *("the csr", "the agenda", "more files"),
                    *("my claim", "the claim"),
                ),
            ),
            *_each(
                *("add", "attach", "upload"),
                then=("a file to my claim", "files to my claim", "evidence to my claim"),
            ),
            *_each(
                "upload", "attach", "send", "add", then=("invoice", "an invoice", "the invoice")
            ),
            *_each("upload", "attach", "send", "add", then=("my invoice",)),
            *("how do i upload an invoice", "how do i attach an invoice"),
            *("how do i send an invoice", "how to upload an invoice", "upload a file"),
            *("submit an invoice", "submit invoice", "submit the invoice", "submit my invoice"),
            *("attach a file", "where do i upload the invoice", "how do i add an invoice"),
            *("how do i add a file", "how do i attach a file", "how do i upload a file"),
            *("how do i add a document", "how do i upload a document", "how to add a file"),
            *("how to attach a file", "how to upload a file", "how do i add evidence"),
            # "I forgot to attach the invoice" (or the photos…): how to add it now.
            *_each(
                *("i forgot", "forgot", "i forgot to attach", "i forgot to send"),
                *("i forgot to add", "i forgot to upload", "i forgot to include"),
                then=("the invoice", "my invoice", "an invoice", "the photos", "the agenda"),
            ),
            *_each(
                *("i forgot to attach", "i forgot to send", "i forgot to add"),
                *("i forgot to upload", "i forgot to include"),
                then=("the files", "the documents", "the screenshots", "the csr", "a file"),
            ),
        ),
        fr=(
            *_each(
                "joindre",
                "envoyer",
                "ajouter",
                "televerser",
                "telecharger",
                then=("une facture", "la facture", "ma facture"),
            ),
            *_each(
                *("ajouter", "joindre", "televerser"),
                then=(
                    *("un fichier", "des fichiers", "les fichiers", "un justificatif"),
                    *("des justificatifs", "les justificatifs", "les photos", "des photos"),
                    *("le programme", "une capture", "la capture", "le csr"),
                    *("un fichier a ma reclamation", "des justificatifs a ma reclamation"),
                    *("des fichiers a ma reclamation",),
                ),
            ),
            *("comment joindre une facture", "comment envoyer une facture"),
            *("soumettre une facture", "soumettre la facture", "soumettre ma facture"),
            *("joindre un fichier", "envoyer un fichier", "ou mettre la facture"),
            *("comment ajouter un fichier", "comment joindre un fichier"),
            *("comment ajouter un document", "comment envoyer un fichier"),
            "comment ajouter un justificatif",
            *_each(
                *("comment ajouter", "comment envoyer", "comment joindre", "comment televerser"),
                *("comment je joins", "comment j envoie", "comment j ajoute", "comment deposer"),
                then=("la facture", "ma facture", "une facture", "les factures"),
            ),
            *_each(
                *("j ai oublie", "oublie", "j ai oublie de joindre", "j ai oublie d envoyer"),
                *("j ai oublie d ajouter", "j ai oublie de mettre"),
                then=("la facture", "ma facture", "une facture", "les photos", "l agenda"),
            ),
            *_each(
                *("j ai oublie de joindre", "j ai oublie d envoyer", "j ai oublie d ajouter"),
                then=("les fichiers", "les documents", "les captures", "le csr", "un fichier"),
            ),
        ),
    ),
    # What is kept of a partner's answers and files, who sees them, whom to ask about it.
    Intent.DATA_KEPT: IntentSpec(
        "_answer",
        "_answer",
        en=(
            *("is my data safe", "is my data secure", "is our data safe", "is this secure"),
            *("what data do you keep", "what data do you store", "what do you store"),
            *("what do you keep about me", "what do you store about me", "where is my data"),
            *("where is my data stored", "where do you store my data", "who can see my data"),
            *("who sees my data", "how long do you keep my data", "how long do you keep my files"),
            *("how long do you keep my answers", "how long is my data kept"),
            *("delete my account", "delete my data", "delete all my data", "forget me"),
            # Not "privacy" or "GDPR" alone: a campaign may be named so.
            *("remove my data", "erase my data", "what about my privacy"),
        ),
        fr=(
            *("mes donnees sont elles en securite", "mes donnees sont elles securisees"),
            *("est ce que mes donnees sont en securite", "quelles donnees gardez vous"),
            *("quelles donnees conservez vous", "ou sont stockees mes donnees"),
            *("ou sont mes donnees", "qui peut voir mes donnees", "qui voit mes donnees"),
            *(
                "combien de temps gardez vous mes donnees",
                "combien de temps gardez vous mes fichiers",
            ),
            *("combien de temps conservez vous mes donnees", "supprimer mon compte"),
            *("supprimer mes donnees", "effacer mes donnees", "oubliez moi"),
            *("et ma vie privee", "et la confidentialite de mes donnees"),
        ),
        without_role=True,
    ),
    Intent.SUPPORT: IntentSpec(
        "_answer",
        "_answer",
        en=(
            *("talk to a human", "talk to a person", "talk to someone", "speak to a human"),
            *("speak to a person", "speak to someone", "real person", "a real person"),
            *("contact support", "customer support", "i need support", "talk to an agent"),
            *("speak to an agent", "contact microsoft", "who can i talk to", "who do i contact"),
            # Seen at stop 59: "I didn't understand that".
            *("who should i contact", "who should i talk to", "who can help me", "who can i ask"),
            *("who do i ask", "who should i ask", "who can help"),
            *_each(
                *("how do i contact", "how can i contact", "how to contact", "how do i reach"),
                *("how can i reach", "how do i get in touch with", "how can i get in touch with"),
                then=("support", "microsoft", "microsoft support", "customer support", "someone"),
            ),
        ),
        fr=(
            *("parler a un humain", "parler a une personne", "parler a quelqu un"),
            *("une vraie personne", "contacter le support", "contacter microsoft"),
            *("qui contacter", "a qui m adresser", "j ai besoin du support"),
            *("qui dois je contacter", "qui puis je contacter", "a qui dois je m adresser"),
            *("qui peut m aider", "a qui demander", "a qui dois je demander"),
            *_each(
                *("comment contacter", "comment joindre", "comment puis je contacter"),
                *("comment je contacte", "comment je peux contacter", "comment puis je joindre"),
                then=("le support", "microsoft", "le support microsoft", "quelqu un"),
            ),
        ),
        without_role=True,
    ),
    Intent.WHO_ARE_YOU: IntentSpec(
        "_answer",
        "_answer",
        en=(
            *("who are you", "what are you", "who s this", "who is this", "what is this bot"),
            *("are you a bot", "are you a robot", "are you human", "are you a human"),
            *("are you a person", "are you a real person", "are you real", "is this a bot"),
            *("am i talking to a bot", "am i talking to a human", "am i talking to a person"),
            *("am i talking to a real person", "who am i talking to", "who am i speaking to"),
            *("are you an ai", "are you ai", "is this ai", "is this a person", "what s your name"),
        ),
        fr=(
            *("qui etes vous", "qui es tu", "t es qui", "vous etes qui", "tu es qui"),
            *("tu es un robot", "es tu un robot", "etes vous un robot", "vous etes un robot"),
            *("tu es un bot", "c est un robot", "c est un bot", "je parle a un robot"),
            *("je parle a qui", "a qui je parle", "a qui ai je affaire", "etes vous humain"),
            *("es tu humain", "tu es humain", "vous etes humain", "c est quoi ce bot"),
            *("tu es une ia", "c est une ia", "vous etes une ia", "comment tu t appelles"),
            *("je parle a une vraie personne", "je parle a un humain"),
        ),
        without_role=True,
    ),
    Intent.ABOUT_COOP: IntentSpec(
        "_answer",
        "_answer",
        en=(
            *("what is co op", "whats co op", "what s co op", "what are co op funds"),
            *("what is co op funding", "how does co op work", "explain co op"),
            *("what is a co op claims plan", "what is proof of execution", "what is a poe"),
            # What a plan and a claim are, and that one comes before the other.
            *("what is a claim", "what s a claim", "whats a claim", "what is a plan"),
            *("what s a plan", "whats a plan", "what is a claims plan", "what are claims"),
            *("what s the difference between a plan and a claim", "what is the plan for"),
            *("what is the difference between a plan and a claim", "plan vs claim"),
            *("difference between a plan and a claim", "difference between plan and claim"),
            *("what s the difference between a claim and a plan", "do i need a plan first"),
            *("do i need a plan before claiming", "do i need a plan to claim"),
            *("do i need a plan before i claim", "do i need an approved plan to claim"),
            *("can i claim without a plan", "why do i need a plan", "do i need a plan"),
            # A newcomer: what co-op is, and how to start.
            *("i m new here", "im new here", "i am new here", "i m new", "i am new", "im new"),
            *("where do i start", "where do i begin", "how do i start", "how do i get started"),
            *("getting started", "first time here", "it s my first time", "how to start"),
        ),
        fr=(
            *("c est quoi le co op", "qu est ce que le co op", "que sont les fonds co op"),
            *("comment fonctionne le co op", "comment marche le co op"),
            *("comment ca marche le co op", "comment ca marche les fonds co op"),
            *("comment fonctionnent les fonds co op", "comment marchent les fonds co op"),
            *("c est quoi une preuve d execution", "qu est ce qu une preuve d execution"),
            *("c est quoi une reclamation", "qu est ce qu une reclamation", "c est quoi un plan"),
            *("qu est ce qu un plan", "quelle est la difference entre un plan et une reclamation"),
            *("difference entre un plan et une reclamation", "faut il un plan pour reclamer"),
            "c est quoi la difference entre un plan et une reclamation",
            "la difference entre un plan et une reclamation",
            *("ai je besoin d un plan", "est ce que j ai besoin d un plan", "faut il un plan"),
            *("puis je reclamer sans plan", "peut on reclamer sans plan", "pourquoi un plan"),
            *("je suis nouveau", "je suis nouvelle", "je debute", "c est ma premiere fois"),
            *("par ou commencer", "par ou je commence", "comment commencer", "comment debuter"),
            *("comment demarrer", "par quoi commencer", "je commence par quoi"),
        ),
        without_role=True,
    ),
    Intent.CHASE_REVIEW: IntentSpec("_chase_review", "_chase_review"),  # read by the recognizer
    Intent.REVIEW_TIME: IntentSpec(
        "_answer",
        "_answer",
        en=(
            *("how long does review take", "how long does the review take", "review time"),
            *("how long is the review", "how long does it take", "how long will it take"),
            *("how long does a review take", "how long until i get paid"),
            *("how long does payment take", "when will it be reviewed"),
            *("when will i hear back", "when will i get an answer", "when will i get a response"),
            *("when will i know", "when do i hear back", "when will they decide"),
        ),
        fr=(
            *("combien de temps pour l examen", "combien de temps prend l examen"),
            *("combien de temps ca prend", "delai d examen", "quel est le delai"),
            *("quels sont les delais", "combien de temps pour etre paye"),
            "dans combien de temps serai je paye",
            *("quand aurai je une reponse", "quand vais je avoir une reponse"),
            *("quand aurai je des nouvelles", "quand est ce que j aurai une reponse"),
        ),
        without_role=True,
    ),
    Intent.EVIDENCE_NEEDED: IntentSpec(
        # With an activity type named ("… for a webinar"), read by the recognizer.
        "_evidence_needed",
        "_evidence_needed_in_question",
        en=(
            *("what documents do i need", "what evidence do i need", "what proof do i need"),
            *("what documents are needed", "what documents are required", "what do i need"),
            *("what evidence is required", "what evidence is needed", "what do reviewers need"),
            *("what can i spend co op on", "what can co op be used for", "eligible activities"),
            *("which activities are eligible", "what activities are eligible", "activity types"),
            *("what activities can i do", "what activity types are there"),
            # Not "what can I claim?" (how much: the funds left).
            *("what can i claim for", "what activities can i claim for", "what can we claim for"),
            # As « quelles activités puis-je réclamer ? » (stop 58; "… still claim?" is what
            # is left of the plans').
            *("what activities can i claim", "which activities can i claim"),
            *("what can i use co op for", "what can co op pay for", "what does co op pay for"),
            # Seen at stop 59: the costs ("can I claim catering?" says each one's rule).
            *("what costs are eligible", "what expenses are eligible", "eligible expenses"),
            *("what are eligible expenses", "what are the eligible costs", "eligible costs"),
            *("what costs can i claim", "what expenses can i claim"),
            *("what are the eligible expenses", "which expenses are eligible"),
            *("which costs are eligible", "what are the eligible costs"),
            *("what will the reviewer check", "what does the reviewer check"),
            *("what does a reviewer check", "what do reviewers check", "what will they check"),
            *("what do reviewers look at", "what does the reviewer look at"),
            *("what counts as proof", "what counts as evidence", "what counts as a proof"),
            *("what counts as proof of execution", "what qualifies as proof"),
            *("what qualifies as evidence", "what is accepted as proof"),
        ),
        fr=(
            *("de quels documents ai je besoin", "quels justificatifs faut il"),
            *("quels documents faut il", "quelles preuves faut il", "quels justificatifs"),
            *("de quels justificatifs ai je besoin", "quels documents fournir"),
            *("il faut quoi comme justificatifs", "il faut quoi comme documents"),
            *("il faut quoi comme preuves", "il me faut quoi comme justificatifs"),
            *("sur quoi puis je depenser mon co op", "a quoi peut servir le co op"),
            *("quelles activites sont eligibles", "types d activite", "activites eligibles"),
            *("pour quoi puis je reclamer", "quelles activites puis je reclamer"),
            *("pour quelles activites puis je reclamer", "que finance le co op"),
            *("que paie le co op", "qu est ce que le co op paie", "que rembourse le co op"),
            *("quelles depenses sont eligibles", "depenses eligibles", "frais eligibles"),
            *("quels frais puis je reclamer", "quels frais sont eligibles"),
            *("c est quoi les depenses eligibles", "quelles sont les depenses eligibles"),
            *("quels sont les frais eligibles", "c est quoi les frais eligibles"),
            *("que va verifier le reviseur", "que verifie le reviseur"),
            *("qu est ce que le reviseur verifie", "qu est ce que le reviseur va verifier"),
            *("qu est ce qui compte comme preuve", "qu est ce qui compte comme justificatif"),
            *("qu est ce qui compte comme preuve d execution", "qu est ce qui vaut preuve"),
            "qu est ce qui est accepte comme preuve",
            "qu est ce qui est accepte comme justificatif",
        ),
        without_role=True,
    ),
    Intent.WHO_REVIEWS: IntentSpec(
        "_who_reviews",
        "_who_reviews",
        en=(
            # Not "my reviewer" alone: at the reviewer's question it answers ("isn't an
            # e-mail address"), as "my account manager" does.
            *("who is my reviewer", "who is the reviewer", "who s my reviewer"),
            *("who reviews my plan", "who reviews my plans", "who approves my plan"),
            *("who approves my plans", "who approves plans", "who reviews plans"),
            *("who is my account manager", "who s my account manager"),
            *("who is my microsoft contact", "who reviews my claims", "who reviews my claim"),
            *("who will review it", "who will review my plan", "who reviews it", "who approves it"),
            *("who will approve it", "who will approve my plan", "who will review my claim"),
            *("who is going to review it", "who checks it", "who will check it"),
            *("who approves this", "who will approve this", "who approves this plan"),
            *("who will approve this plan", "who reviews this", "who will review this"),
            *("who signs it off", "who signs off on it", "who will sign it off"),
            *("who signs off", "who will sign off on it", "who validates it"),
            *_each(
                *("who approves", "who validates", "who decides on", "who will approve"),
                then=("my claim", "my claims", "claims", "the claim", "a claim"),
            ),
            # After a decision: who made it, and how to reach them.
            *("who rejected it", "who rejected my claim", "who decided", "who made the decision"),
            *("can i talk to the reviewer", "can i speak to the reviewer"),
            *("can i contact the reviewer", "how do i contact the reviewer"),
            *("how can i contact the reviewer", "how do i reach the reviewer"),
            # Seen at stop 57: "I didn't understand that".
            *("i want to talk to the reviewer", "i want to speak to the reviewer"),
            *("talk to the reviewer", "speak to the reviewer", "contact the reviewer"),
            *("i need to talk to the reviewer", "i need to contact the reviewer"),
        ),
        fr=(
            *("qui est mon reviseur", "qui est le reviseur", "qui valide mon plan"),
            *("qui approuve mon plan", "qui examine mon plan", "qui valide mes plans"),
            *("qui est mon responsable de compte", "qui est mon contact microsoft"),
            *("qui examine mes reclamations", "qui examine ma reclamation"),
            *("qui va le valider", "qui va la valider", "qui le valide", "qui la valide"),
            *("qui va l approuver", "qui va le relire", "qui va l examiner", "qui valide"),
            *("qui va valider", "qui va approuver", "qui approuve", "qui va approuver ce plan"),
            *("qui approuve ce plan", "qui valide ce plan", "qui va valider ce plan"),
            "qui va examiner ce plan",
            *_each(
                *("qui valide", "qui approuve", "qui examine", "qui decide de", "qui va valider"),
                then=("ma reclamation", "mes reclamations", "les reclamations", "la reclamation"),
            ),
            *("qui l a refusee", "qui l a refuse", "qui a refuse ma reclamation", "qui a decide"),
            *("comment contacter le reviseur", "puis je parler au reviseur"),
            *("puis je contacter le reviseur", "comment joindre le reviseur"),
            *("qui a refuse", "qui a rejete", "qui l a rejetee", "qui l a rejete"),
            *("qui a refuse ma demande", "je veux parler au reviseur", "parler au reviseur"),
            *("je voudrais parler au reviseur", "contacter le reviseur"),
            *("je veux contacter le reviseur", "je dois parler au reviseur"),
        ),
    ),
    Intent.PAUSE: IntentSpec(
        "_thanks",
        "_cancel_question",
        en=(
            *("later", "i ll send it later", "i ll do it later"),
            *("i ll finish later", "i ll come back later", "i will send it later"),
            *("i ll add it later", "i ll send them later", "i ll do this later"),
            # Never "tomorrow" alone: at a date question it is a date.
            *("can we do this later", "can i do this later", "can i finish later"),
            *("can we finish later", "let s continue later", "let s do this later"),
            *("continue later", "i ll continue later", "i ll do the rest later"),
            # ("I'll finish tomorrow" at a review offers saving: the review reads it.)
            *("i ll come back tomorrow", "i ll do it tomorrow", "i ll do the rest tomorrow"),
            # "I'll send the invoice tomorrow", "I will upload the photos next week".
            *_sent_later(
                ("i ll send", "i will send", "i ll upload", "i will upload", "i ll add"),
                ("it", "them", "the invoice", "the photos", "the files", "the rest"),
                ("later", "tomorrow", "next week", "when i have it", "when i get it"),
            ),
        ),
        fr=(
            *("plus tard", "je l enverrai plus tard", "je le ferai plus tard"),
            *("je finirai plus tard", "je reviendrai plus tard", "je l ajouterai plus tard"),
            *("je les enverrai plus tard", "on verra plus tard"),
            *("on continue plus tard", "je continuerai plus tard", "on reprend plus tard"),
            *("je reprendrai plus tard", "on peut faire ca plus tard", "je reviendrai demain"),
            *("je finirai demain", "je le ferai demain", "on continue demain"),
            # « j'enverrai la facture demain », « je les enverrai la semaine prochaine ».
            *_sent_later(
                ("j enverrai", "je vais envoyer", "j ajouterai", "je joindrai"),
                ("la facture", "les photos", "les fichiers", "le reste"),
                ("plus tard", "demain", "la semaine prochaine", "des que je l ai"),
            ),
            *_each(
                *("je l enverrai", "je les enverrai", "je l ajouterai", "je les ajouterai"),
                *("je la joindrai", "je les joindrai"),
                then=("demain", "la semaine prochaine", "des que je l ai"),
            ),
        ),
    ),
    Intent.INVOICE_AWAITED: IntentSpec("_invoice_awaited", "_invoice_awaited_in_question"),
    Intent.SAVE: IntentSpec(
        "_nothing_to_save",
        "_save_in_question",
        en=(
            *("save", "save it", "save this", "save for later", "save it for later"),
            *("save and close", "save and exit", "save and quit", "save and continue later"),
            *("save my draft", "save the draft", "save my claim", "save my plan"),
        ),
        fr=(
            *("enregistrer", "enregistre", "enregistrez", "sauvegarder", "sauvegarde"),
            *("enregistrer pour plus tard", "sauvegarder pour plus tard"),
            *("enregistrer et fermer", "enregistrer et quitter", "sauvegarder et fermer"),
            *("enregistrer mon brouillon", "enregistrer le brouillon"),
        ),
    ),
    Intent.NO_INVOICE: IntentSpec(
        "_answer",
        "_answer",
        en=(
            *("i don t have an invoice", "i dont have an invoice", "i do not have an invoice"),
            *("i have no invoice", "no invoice", "i don t have the invoice"),
            # ("no invoice yet", "I haven't received the invoice": awaited, INVOICE_AWAITED.)
            # "can I upload the invoice later?": the draft waits for it.
            *_each(
                *("can i upload", "can i send", "can i add", "can i attach", "could i send"),
                *("can we send", "can we upload", "can we add", "is it ok to send"),
                then=("the invoice later", "it later", "the invoice afterwards"),
            ),
        ),
        fr=(
            *("je n ai pas de facture", "pas de facture", "je n ai pas la facture"),
            *_each(
                *("je peux envoyer", "je peux ajouter", "je peux joindre", "puis je envoyer"),
                *("puis je ajouter", "puis je joindre", "est ce que je peux envoyer"),
                *("est ce que je peux ajouter", "est ce que je peux joindre", "on peut envoyer"),
                then=("la facture plus tard", "la facture apres", "la facture ensuite"),
            ),
        ),
    ),
    Intent.LOST_INVOICE: IntentSpec(
        "_answer",
        "_answer",
        en=_each(
            *("i lost", "we lost", "lost", "i can t find", "we can t find", "i cannot find"),
            *("i misplaced", "i ve lost", "i have lost"),
            then=("the invoice", "my invoice", "our invoice", "the invoices", "my invoices"),
        ),
        fr=_each(
            *("j ai perdu", "on a perdu", "nous avons perdu", "perdu", "je ne trouve plus"),
            *("je ne retrouve plus", "je ne trouve pas", "on ne trouve plus"),
            then=("la facture", "ma facture", "notre facture", "les factures", "mes factures"),
        ),
    ),
    # Read in questions by `recognizer.rule_asked`; these few words alone too.
    Intent.CLAIM_LIMITS: IntentSpec(
        "_claim_limits",
        "_claim_limits",
        en=(
            *("minimum claim amount", "maximum claim amount", "claim limits", "claim caps"),
            # Seen at stop 59: when claims are taken ("planned" read as still to come).
            *("can i claim more than planned", "can i claim more than i planned"),
            *("can i claim more than the planned amount", "what if i spent more than planned"),
            *("what if i spend more than planned", "i spent more than planned"),
            *("we spent more than planned", "what if it costs more than planned"),
        ),
        fr=(
            *("montant minimum d une reclamation", "montant maximum d une reclamation"),
            *("puis je reclamer plus que prevu", "peut on reclamer plus que prevu"),
            *("et si je depense plus que prevu", "j ai depense plus que prevu"),
            *("on a depense plus que prevu", "ca a coute plus que prevu"),
        ),
        without_role=True,
    ),
    Intent.AFTER_SUBMIT: IntentSpec(
        "_answer",
        "_answer",
        # Also read by `recognizer.rule_asked` ("can I change it once submitted?").
        en=(
            *("can i still change it after", "can i change it after", "can i edit it later"),
            *("can i change it later", "can i modify it after", "can i still edit it later"),
            *("can i still change it later", "can i edit it after"),
            *("can i still change it", "can i still edit it", "can i still modify it"),
            # Seen at stop 57 at a review: its general help.
            *("is this final", "is it final", "is that final", "is this definitive"),
            *("is it definitive", "can i undo it", "can i undo it after", "can i undo it later"),
            *("can i take it back", "can i cancel it after", "is there an undo"),
        ),
        fr=(
            *("puis je le modifier apres", "puis je la modifier apres"),
            *("peut on le modifier apres", "pourrai je le modifier apres"),
            *("pourrai je le modifier ensuite",),
            *("peut on le modifier ensuite", "puis je le changer apres"),
            *("je peux encore la modifier", "je peux encore le modifier"),
            *("puis je encore la modifier", "puis je encore le modifier"),
            *("c est definitif", "est ce definitif", "est ce que c est definitif"),
            *("c est definitif ou pas", "je pourrai revenir en arriere", "peut on annuler apres"),
        ),
        without_role=True,
    ),
    # "what happens next?", "what happens after I submit?": what follows a submission.
    Intent.NEXT_STEPS: IntentSpec(
        "_answer",
        "_answer",
        en=(
            *("what happens next", "what happens now", "what happens after i submit"),
            *("what happens after submitting", "what happens after that", "what happens then"),
            *("what happens once i submit", "what happens after submission", "then what"),
        ),
        fr=(
            *("que se passe t il ensuite", "que se passe t il apres", "et apres"),
            *("qu est ce qui se passe ensuite", "qu est ce qui se passe apres"),
            *("que se passe t il une fois soumis", "que se passe t il apres la soumission"),
        ),
        without_role=True,
    ),
    Intent.DELETE_HOW: IntentSpec("_answer", "_answer", without_role=True),
    # Read by the recognizer (`rule_asked`, its terms): none is a whole phrase of its own.
    Intent.RESUBMIT_TIMES: IntentSpec("_answer", "_answer", without_role=True),
    Intent.IMPRESSIONS_WHAT: IntentSpec("_answer", "_answer", without_role=True),
    Intent.THRESHOLD: IntentSpec("_threshold", "_threshold", without_role=True),
    Intent.APPROVAL_WHO: IntentSpec("_approval_who", "_approval_who", without_role=True),
    Intent.COMMON_REJECTIONS: IntentSpec(
        "_common_rejections", "_common_rejections", without_role=True
    ),
    Intent.QUOTE_ONLY: IntentSpec(
        "_answer",
        "_answer",
        en=(
            *("i only have a quote", "i have a quote", "i only have the quote", "only a quote"),
            *("it s a quote", "it s only a quote", "it s a proforma", "it s a pro forma"),
            *("i have a proforma", "i only have a proforma", "i only have a proforma invoice"),
            *("it s a proforma invoice", "it s a pro forma invoice", "i have an estimate"),
            *("can i use a quote", "can i use the quote", "can i send a quote", "is a quote ok"),
            *("is a quote enough", "will a quote do", "can i use a proforma", "is a proforma ok"),
            *("is a pro forma invoice ok", "can i use a pro forma invoice", "is a quote fine"),
        ),
        fr=(
            *("j ai seulement un devis", "je n ai qu un devis", "j ai un devis", "juste un devis"),
            *("c est un devis", "c est une proforma", "c est une facture proforma"),
            *("c est une facture pro forma", "je n ai qu une proforma", "un devis suffit il"),
            *("puis je utiliser le devis", "puis je envoyer un devis", "est ce qu un devis suffit"),
            *("le devis suffit il", "un devis ca marche", "une proforma suffit elle"),
        ),
        without_role=True,
    ),
    Intent.PLAN_NEEDS: IntentSpec(
        "_plan_needs",
        "_plan_needs",
        en=(
            *("what info do i need before starting a plan", "what info do i need for a plan"),
            *("what information do i need", "what information do i need for a plan"),
            *("what do you need from me", "what do i need to prepare", "what should i prepare"),
            *("what should i have ready", "what do i need before i start"),
            *("what do i need for a plan", "what does a plan need", "what s in a plan"),
            *("how many campaigns can i have", "how many campaigns can a plan have"),
            *("how many activities per campaign", "how many activities can i add"),
            *("how many activities can a campaign have", "how many campaigns per plan"),
        ),
        fr=(
            *("de quoi ai je besoin pour un plan", "de quoi avez vous besoin"),
            *("quelles informations faut il", "quelles informations faut il pour un plan"),
            *("que dois je preparer", "qu est ce que je dois preparer", "que faut il preparer"),
            *("que contient un plan", "combien de campagnes puis je avoir"),
            *("combien de campagnes par plan", "combien d activites par campagne"),
            *("combien d activites puis je ajouter",),
        ),
        without_role=True,
    ),
    Intent.SPENT_LESS: IntentSpec(
        "_answer",
        "_answer",
        en=(
            *("what if i spend less than planned", "what if i spent less than planned"),
            *("what if we spend less than planned", "i spent less than planned"),
            *("we spent less than planned", "what if it costs less than planned"),
            *("it cost less than planned", "what if i don t spend it all"),
            *("what if i don t spend everything", "i didn t spend everything"),
        ),
        fr=(
            *("et si je depense moins que prevu", "et si on depense moins que prevu"),
            *("j ai depense moins que prevu", "on a depense moins que prevu"),
            *("ca a coute moins que prevu", "et si je ne depense pas tout"),
            *("je n ai pas tout depense", "on n a pas tout depense"),
        ),
        without_role=True,
    ),
    Intent.PARTNER_ID: IntentSpec("_answer", "_answer", without_role=True),
    Intent.SHOW_PLAN: IntentSpec(
        "_show_plan",
        "_show_plan",
        en=(
            *("show my plan", "view my plan", "see my plan", "show me my plan", "show the plan"),
            *("what s in my plan", "whats in my plan", "what is in my plan", "my plan details"),
            *("what did i plan", "show my plan details", "what s in the plan"),
            # The plan as text is what can be taken away: copied, printed.
            *("download my plan", "export my plan", "print my plan", "download the plan"),
            *("export the plan", "print the plan", "save my plan as pdf", "copy of my plan"),
        ),
        fr=(
            *("voir mon plan", "afficher mon plan", "montre moi mon plan", "montrez moi mon plan"),
            *("que contient mon plan", "qu y a t il dans mon plan", "le detail de mon plan"),
            *("detail de mon plan", "voir le plan", "afficher le plan"),
            *("telecharger mon plan", "exporter mon plan", "imprimer mon plan"),
            *("telecharger le plan", "exporter le plan", "imprimer le plan"),
        ),
    ),
    Intent.CLAIMS_PER_ACTIVITY: IntentSpec("_answer", "_answer", without_role=True),
    Intent.CLAIMS_HOW_MANY: IntentSpec("_answer", "_answer", without_role=True),
    # Read by `recognizer.rule_asked` ("how many plans can I have?").
    Intent.PLANS_HOW_MANY: IntentSpec("_answer", "_answer", without_role=True),
    Intent.INVOICE_ONCE: IntentSpec("_answer", "_answer", without_role=True),
    # Inside a question, an answer ("Question" may be a name).
    Intent.QUESTION_COMING: IntentSpec(
        "_answer",
        None,
        en=(
            *("i have a question", "i ve got a question", "i got a question", "quick question"),
            *("a question", "question", "i have a few questions", "i have some questions"),
            *("can i ask a question", "can i ask you something", "can i ask you a question"),
            *("hi i have a question", "hello i have a question", "hey i have a question"),
            *("one question", "just a question", "i have a quick question"),
        ),
        fr=(
            *("j ai une question", "une question", "petite question", "une petite question"),
            *("j ai quelques questions", "puis je poser une question", "j ai une petite question"),
            *("bonjour j ai une question", "salut j ai une question", "juste une question"),
            *("je peux poser une question", "je peux vous poser une question"),
        ),
        without_role=True,
    ),
    Intent.DEADLINE_MISSED: IntentSpec("_deadline_missed", "_deadline_missed", without_role=True),
    Intent.MISTAKE_TOLD: IntentSpec("_mistake_told", None, without_role=True),
    Intent.DEADLINE_EXTENSION: IntentSpec(
        "_deadline_extension", "_deadline_extension", without_role=True
    ),
    Intent.PLAN_CHANGE_HOW: IntentSpec(
        "_plan_change_how",
        "_plan_change_how_in_question",
        en=(
            *("add a campaign", "add another campaign", "add a new campaign", "add an activity"),
            *("add another activity", "add a new activity", "add an activity to my plan"),
            *("add a campaign to my plan", "how do i add a campaign", "how do i add an activity"),
            *("how can i add a campaign", "how can i add an activity", "how to add a campaign"),
            *("how to add an activity", "remove an activity", "remove a campaign"),
            *("how do i remove an activity", "how do i remove a campaign", "delete an activity"),
            *("delete a campaign", "how do i delete an activity", "how do i delete a campaign"),
            *("rename a campaign", "how do i rename a campaign", "how do i change a campaign"),
            *("change a campaign", "edit a campaign", "edit an activity", "change an activity"),
            # Seen at stop 59: "You have no claims yet".
            *("can i move money between activities", "can i move budget between activities"),
            *("can i move money between campaigns", "can i reallocate budget between campaigns"),
            *("can i reallocate budget between activities", "can i reallocate funds"),
            *("can i shift budget between activities", "can i change the planned amounts"),
            # Seen at stop 61 kept as an activity's description.
            *("remove this activity", "delete this activity", "remove the activity"),
            *("delete the activity", "remove this campaign", "delete this campaign"),
            *("remove the campaign", "delete the campaign", "add one more activity"),
            *("skip this activity", "skip this campaign", "cancel this activity"),
            *("cancel this campaign", "drop this activity", "forget this activity"),
        ),
        fr=(
            *("ajouter une campagne", "ajouter une autre campagne", "ajouter une activite"),
            *("ajouter une autre activite", "comment ajouter une campagne"),
            *("comment ajouter une activite", "comment puis je ajouter une campagne"),
            *("comment puis je ajouter une activite", "supprimer une activite"),
            *("supprimer une campagne", "comment supprimer une activite"),
            *("comment supprimer une campagne", "renommer une campagne"),
            *("comment renommer une campagne", "modifier une campagne", "modifier une activite"),
            *("ajouter une activite a mon plan", "ajouter une campagne a mon plan"),
            *("puis je deplacer du budget entre activites", "puis je deplacer de l argent"),
            *("puis je deplacer du budget entre campagnes", "puis je reaffecter le budget"),
            *("puis je transferer du budget entre activites", "puis je modifier les montants"),
            *("supprimer cette activite", "supprimer l activite", "retirer cette activite"),
            *("supprimer cette campagne", "supprimer la campagne", "retirer cette campagne"),
            *("ajouter encore une activite", "ajouter une activite de plus"),
            *("annuler cette activite", "annuler cette campagne", "passer cette activite"),
            *("oublier cette activite", "ignorer cette activite"),
        ),
    ),
    Intent.REQUIREMENT_WHAT: IntentSpec(
        "_requirement_what", "_requirement_what", without_role=True
    ),
    Intent.LEFT_TO_CLAIM: IntentSpec(
        "_left_to_claim",
        "_left_to_claim",
        en=(
            *("what s left to claim", "what is left to claim", "what else can i claim"),
            *("which activities can i still claim",),
            *("what activities can i still claim", "what do i have left to claim"),
            *("left to claim", "what remains to claim", "what is still claimable"),
            *("which activities are left to claim", "what haven t i claimed yet"),
        ),
        fr=(
            *("que me reste t il a reclamer", "qu est ce qu il me reste a reclamer"),
            *("qu est ce que je peux encore reclamer", "que puis je encore reclamer"),
            *("quelles activites puis je encore reclamer", "reste a reclamer"),
            *("que reste t il a reclamer", "quelles activites reste t il a reclamer"),
        ),
    ),
    Intent.MY_ROLE: IntentSpec(
        "_my_role",
        "_my_role",
        en=(
            *("what s my role", "what is my role", "my role", "who am i", "am i an admin"),
            *("am i admin", "am i an administrator", "am i an incentives admin"),
            *("what are my permissions", "my permissions", "what rights do i have"),
            *("what are my rights", "my rights", "do i have permission to submit"),
            *("am i allowed to submit", "what is my access", "what s my access level"),
            # Seen at stop 57: "I didn't understand that".
            *("who can submit", "who is allowed to submit", "who may submit", "who submits"),
            *("who can submit a plan", "who can submit claims", "who can submit a claim"),
            *("who can submit it", "who has to submit it", "who submits it"),
            *("can my colleague help", "can a colleague help", "can my colleague finish it"),
            *("can someone else finish my draft", "can someone else finish it"),
            *("can my colleague finish my draft", "can a colleague finish my draft"),
            *("can i share my draft", "can i share my draft with a colleague"),
            *("can i share it with a colleague", "can my colleague edit my draft"),
            *("can a colleague edit my draft", "can someone else edit my draft"),
            # Seen at stop 60: "I didn't understand that" (a claim: the claims list).
            *("can my colleague finish my claim", "can a colleague finish my claim"),
            *("can my colleague finish my plan", "can a colleague finish my plan"),
            *("how do i add a colleague", "how can i add a colleague", "add a colleague"),
            *("how do i add a user", "how can i add a user", "add a user", "can i add someone"),
            *("can i add a colleague", "can i add a user", "how do i add someone"),
            *("how do i give my colleague access", "how do i give a colleague access"),
            *("how can i give my colleague access", "how do i invite a colleague"),
            *("how do i become an admin", "how can i become an admin", "how do i change my role"),
            *("how do i make my colleague an admin", "how do i make someone an admin"),
        ),
        fr=(
            *("quel est mon role", "mon role", "c est quoi mon role", "qui suis je"),
            *("suis je admin", "suis je administrateur", "suis je administratrice"),
            *("quels sont mes droits", "mes droits", "mes permissions", "quels droits ai je"),
            *("ai je le droit de soumettre", "ai je les droits pour soumettre"),
            *("qui peut soumettre", "qui a le droit de soumettre", "qui doit soumettre"),
            *("qui peut soumettre le plan", "qui peut soumettre les reclamations"),
            *("un collegue peut il m aider", "mon collegue peut il m aider"),
            *("un collegue peut il finir mon brouillon", "mon collegue peut il finir"),
            *("puis je partager mon brouillon", "puis je partager mon brouillon avec un collegue"),
            *("quelqu un d autre peut il finir mon brouillon",),
            *(
                "mon collegue peut il finir ma reclamation",
                "un collegue peut il finir ma reclamation",
            ),
            *("mon collegue peut il finir mon plan", "un collegue peut il finir mon plan"),
            *("comment ajouter un collegue", "ajouter un collegue", "puis je ajouter un collegue"),
            *("comment ajouter un utilisateur", "ajouter un utilisateur"),
            *("comment donner acces a un collegue", "comment donner acces a mon collegue"),
            *("comment inviter un collegue", "comment devenir admin", "comment changer mon role"),
            *("comment devenir administrateur", "comment devenir administratrice"),
        ),
        without_role=True,
    ),
    # "what is the max file size?", "can I upload a zip?": the files taken (the recognizer).
    Intent.FILES_WHAT: IntentSpec("_files_what", "_files_what", without_role=True),
    Intent.TROUBLE: IntentSpec(
        "_trouble",
        "_trouble",
        en=(
            *("it doesn t work", "it s not working", "its not working", "not working"),
            *("doesn t work", "this doesn t work", "it does not work", "nothing works"),
            *("error", "i got an error", "there s an error", "i get an error", "an error"),
            *("i m stuck", "im stuck", "stuck", "i am stuck", "this is broken", "it s broken"),
            *("broken", "bug", "there s a bug", "something went wrong", "something is wrong"),
            # Seen at stop 59: "I didn't understand that".
            *("the bot doesn t work", "the bot is broken", "this bot is broken", "bot not working"),
            *("the bot isn t working", "the bot is not working", "this bot doesn t work"),
            *("nothing happens", "nothing happened", "it s not responding", "it s stuck"),
            # A file that won't go.
            *("the file won t upload", "file won t upload", "the upload failed", "upload failed"),
            *("i can t upload the file", "i can t attach the file", "i can t upload"),
            *("i can t attach", "i cannot upload", "i cannot attach", "unable to upload"),
            *("it won t let me upload", "the file doesn t upload", "can t upload", "can t attach"),
            *("the invoice won t upload", "i can t send the file", "i can t attach the invoice"),
            *(
                "i can t upload the invoice",
                "i can t send the invoice",
                "the file is not uploading",
            ),
            # Annoyed: an apology and the ways on, not "I didn't understand that" again.
            *("this is useless", "you re useless", "you are useless", "useless", "useless bot"),
            *("this bot is useless", "you re stupid", "you are stupid", "stupid bot", "wtf"),
            *("this is stupid", "i hate this", "this is frustrating", "so frustrating"),
            *("you re not helping", "you are not helping", "this isn t helping", "not helpful"),
            *("that s not what i asked", "that s not what i meant", "you don t understand"),
            *("you don t understand me", "this is ridiculous", "what the hell", "omg"),
            # A card that won't work (seen at stop 56): its words typed instead.
            *("the card disappeared", "the card is gone", "the card vanished", "no card"),
            *("nothing happens when i click", "nothing happened when i clicked"),
            *("i clicked but nothing happened", "the button doesn t work", "button not working"),
            *("the buttons don t work", "i can t find the button", "i can t see the card"),
            *("i can t see the buttons", "where is the card", "where are the buttons"),
            *("i can t click", "clicking does nothing", "the card doesn t load"),
        ),
        fr=(
            *("ca ne marche pas", "ca marche pas", "ca ne fonctionne pas", "ca fonctionne pas"),
            *("le bot ne marche pas", "le bot ne fonctionne pas", "le bot est casse"),
            *("le robot ne marche pas", "le bot marche pas", "ce bot ne marche pas"),
            *("erreur", "j ai une erreur", "il y a une erreur", "une erreur", "je suis bloque"),
            *("je suis bloquee", "bloque", "bloquee", "c est casse", "bug", "il y a un bug"),
            *("rien ne se passe", "quelque chose ne va pas", "ca bloque", "ca ne repond pas"),
            *("le fichier ne passe pas", "je n arrive pas a joindre le fichier"),
            *("je n arrive pas a envoyer le fichier", "impossible de joindre le fichier"),
            *("impossible d envoyer le fichier", "le televersement a echoue"),
            *("je ne peux pas joindre le fichier", "la facture ne passe pas"),
            *("je n arrive pas a joindre la facture", "je n arrive pas a envoyer la facture"),
            *("impossible de joindre la facture", "le fichier ne s envoie pas"),
            # Annoyed: an apology and the ways on.
            *("c est nul", "t es nul", "tu es nul", "ca sert a rien", "ca ne sert a rien"),
            *("tu ne sers a rien", "tu sers a rien", "n importe quoi", "c est n importe quoi"),
            *("tu ne comprends rien", "tu comprends rien", "c est inutile", "inutile"),
            *("ce n est pas ce que j ai demande", "c est pas ce que j ai demande", "c est penible"),
            *("ca m enerve", "pas utile", "bot inutile", "c est ridicule"),
            # Une carte qui ne marche pas (stop 56) : ses mots, tapés.
            *("la carte a disparu", "la carte n est plus la", "je ne vois pas la carte"),
            *("rien ne se passe quand je clique", "le bouton ne marche pas", "pas de carte"),
            *("les boutons ne marchent pas", "je ne trouve pas le bouton", "ou est la carte"),
            *("je ne vois pas les boutons", "je ne peux pas cliquer", "le clic ne fait rien"),
        ),
        without_role=True,
    ),
    # These two name the tenant's claims, as the status does: for people in the directory.
    Intent.PAYMENT: IntentSpec("_payment", "_payment"),
    Intent.STATUS: IntentSpec("_status_all", "_status_all", from_card=True),
    Intent.DISPUTE_HOW: IntentSpec("_dispute_how", "_dispute_how"),
    Intent.CSR_WHAT: IntentSpec("_answer", "_answer", without_role=True),
    Intent.STATUSES_WHAT: IntentSpec("_answer", "_answer", without_role=True),
    # Inside a question its words are its answer ("keep the invoice" after a rejection);
    # the evidence list answers them itself.
    Intent.KEEP_ORIGINALS: IntentSpec(
        "_answer",
        None,
        en=(
            *_each(
                *("do i need to keep", "should i keep", "do i keep", "must i keep"),
                *("how long should i keep", "how long do i keep", "how long must i keep"),
                *("how long to keep", "how long do i need to keep"),
                then=("the originals", "originals", "the invoices", "the invoice", "invoices"),
            ),
        ),
        fr=(
            *_each(
                *("dois je garder", "dois je conserver", "faut il garder", "faut il conserver"),
                *("combien de temps garder", "combien de temps conserver"),
                *("combien de temps dois je garder", "combien de temps dois je conserver"),
                then=("les originaux", "les factures", "la facture", "les justificatifs"),
            ),
        ),
        without_role=True,
    ),
    Intent.PRE_APPROVAL_WHAT: IntentSpec(
        "_pre_approval_what", "_pre_approval_what", without_role=True
    ),
    Intent.PERIODS: IntentSpec(
        "_periods",
        "_periods",
        # Seen at stop 59: "I didn't understand that" (co-op is spent in its usage period).
        en=(
            *("when can i start spending", "when can we start spending", "when can i spend"),
            *("when can i use my funds", "when can i use the funds", "when can i spend the money"),
            *("when can i use my co op", "when can we use the funds"),
        ),
        fr=(
            *("quand puis je commencer a depenser", "quand peut on commencer a depenser"),
            *("quand puis je depenser", "quand puis je utiliser mes fonds"),
            *("quand puis je utiliser le co op", "quand peut on utiliser les fonds"),
        ),
        without_role=True,
    ),
    Intent.FUND_TYPES_WHAT: IntentSpec("_fund_types_what", "_fund_types_what", without_role=True),
    Intent.CLAIM_WHEN: IntentSpec(
        "_claim_when",
        "_claim_when",
        en=(
            *_each(
                *("when can i", "when do i", "when should i", "when can we", "when do we"),
                then=("claim", "submit a claim", "file a claim", "make a claim", "send a claim"),
            ),
            *("can i claim in advance", "can i claim before the event", "can i claim upfront"),
            *("can i claim before it runs", "can i claim before the activity"),
            # Too late?: when claims are taken, with today's periods.
            *("am i too late to claim", "is it too late to claim", "is it too late"),
            *("am i too late", "too late to claim", "can i still claim", "is it still possible"),
            *("is it still possible to claim", "can i still submit a claim"),
        ),
        fr=(
            *("quand puis je reclamer", "quand reclamer", "quand faire une reclamation"),
            *("quand soumettre une reclamation", "quand dois je reclamer"),
            *("quand envoyer une reclamation", "quand peut on reclamer"),
            *("puis je reclamer a l avance", "puis je reclamer avant l evenement"),
            *("peut on reclamer a l avance", "peut on reclamer avant l evenement"),
            *("est ce trop tard", "est il trop tard", "est il trop tard pour reclamer"),
            *("est ce trop tard pour reclamer", "suis je en retard", "puis je encore reclamer"),
            *("c est trop tard", "peut on encore reclamer", "trop tard pour reclamer"),
        ),
        without_role=True,
    ),
    Intent.CURRENCY: IntentSpec(
        "_currency",
        "_currency_in_question",
        en=("which currency", "what currency"),
        fr=("quelle devise", "quelle monnaie"),
        without_role=True,
    ),
}
