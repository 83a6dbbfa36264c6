"""DisputeDialog: a partner disputes a rejected claim with a justification."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from botbuilder.dialogs import WaterfallStepContext

from dialogs.claim_form import ClaimDraft, ClaimFormDialog
from dialogs.form_dialog import Child, Done, Field, Next, Question, field_table
from dialogs.recognizer import Choice, normalize, recognize_yes_no
from dialogs.services import Services
from dialogs.used_cards import mark_notice_used
from domain.claim import MAX_NOTE_LENGTH
from domain.errors import UserInputError
from domain.lifecycle import ClaimStatus
from domain.text import clean_text, excerpt
from views.cards import escape
from views.display import claim_status_label
from views.strings import t

FIELD = "dispute.justification"


# "no" at the reason's question: no dispute is sent (nothing a reviewer would read).
DECLINED = "\x00declined"
# A reason is a sentence: "it's wrong" or "yes" tells the reviewer nothing.
MIN_REASON_WORDS = 3
MIN_REASON_LENGTH = 12


# Words that only say "I dispute this" ("I want to dispute", « je conteste cette
# décision », "the decision is wrong, please review it"): a reason with nothing else names
# nothing the reviewer could check.
_ONLY_DISPUTING = frozenset(
    word
    for words in (
        *("i", "i m", "im", "we", "we re", "want", "wanna", "would", "like", "to", "dispute"),
        *("disputing", "contest", "appeal", "this", "that", "it", "its", "the", "a", "an"),
        *("decision", "rejection", "rejected", "reject", "claim", "is", "was", "are", "be"),
        *("wrong", "incorrect", "unfair", "not", "fair", "right", "correct", "please"),
        *("review", "reconsider", "check", "again", "look", "at", "disagree", "don t", "do"),
        *("agree", "with", "my", "our", "your", "you", "me", "us", "of", "for", "and", "so"),
        *("very", "really", "totally", "completely", "mistake", "error", "made", "think"),
        *("believe", "should", "approved", "accepted", "valid", "ok", "okay", "because"),
        *("je", "j", "veux", "voudrais", "souhaite", "contester", "conteste", "la", "le"),
        *("les", "cette", "ce", "c", "est", "decision", "rejet", "refus", "reclamation"),
        *("pas", "d", "accord", "juste", "injuste", "faux", "fausse", "erreur", "une", "un"),
        *("merci", "de", "revoir", "reexaminer", "verifier", "s", "il", "vous", "plait"),
        *("nous", "ne", "suis", "sommes", "elle", "etait", "valide", "correcte", "acceptee"),
        *("approuvee", "devrait", "etre", "car", "parce", "que", "qu", "mon", "ma", "notre"),
        *("tres", "vraiment", "totalement", "mauvaise", "avec", "n", "l", "svp"),
    )
    for word in normalize(words).split()
)


def _only_disputes(text: str) -> bool:
    words = normalize(text).replace("?", " ").split()
    return all(word in _ONLY_DISPUTING for word in words)


# A question to the bot rather than a justification ("can I attach a better scan?",
# « est-ce que je dois renvoyer la facture ? »): never sent, a dispute cannot be taken back.
# "Why was a readable invoice rejected?" is a justification.
_ASKS_THE_BOT = re.compile(
    r"^(?:(?:ok|so|and|but|alors|et|mais|euh)\s+)?(?:can|could|may|should|shall|do|does|did"
    r"|how|what|whats|what s|where|when|who|which|will|would|must|am i|are you|is there"
    r"|puis je|peut on|pouvons nous|est ce|comment|que|quoi|qu est ce|ou|quand|qui|quel"
    r"|quelle|dois je|faut il|je peux|on peut|je dois|est il)\b"
)


def _asks_the_bot(text: str) -> bool:
    phrase = normalize(text[:200])
    return phrase.rstrip().endswith("?") and bool(_ASKS_THE_BOT.match(phrase))


def _reason(answer: str, offered: str | None = None) -> str:
    """The justification typed, or DECLINED for "no"; too short to tell the reviewer
    anything, it is asked for again. "yes" sends the reason `offered` (typed with the
    disagreement: "I disagree, <reason>")."""
    if recognize_yes_no(answer) is False:
        return DECLINED
    if offered and recognize_yes_no(answer) is True:
        answer = offered
    text = clean_text(answer, max_length=MAX_NOTE_LENGTH, field="justification")
    if _asks_the_bot(text):
        raise UserInputError("dispute_reason_question", value=excerpt(text))
    short = len(text.split()) < MIN_REASON_WORDS or len(text) < MIN_REASON_LENGTH
    if short or recognize_yes_no(text) is True or _only_disputes(text):
        raise UserInputError("dispute_reason_short")
    return text


@dataclass
class DisputeDraft(ClaimDraft):
    """A claim that may be disputed: only a rejected one; `offered`, the reason typed with
    the disagreement, if it says more than that."""

    offered: str | None = None

    @property
    def is_editable(self) -> bool:
        return self.claim.status is ClaimStatus.REJECTED

    def locked_text(self) -> str:
        status = claim_status_label(self.claim.status.value, self.locale)
        # A second click on the notice's Dispute: the decision is disputed already.
        key = (
            "dispute.already"
            if self.claim.status is ClaimStatus.DISPUTED
            else ("dispute.not_possible")
        )
        return t(self.locale, key, claim_id=self.claim.id, status=status)

    @property
    def owned(self) -> None:
        # Not a draft: a dispute is for the tenant's admins, whoever made the claim.
        return None


class DisputeDialog(ClaimFormDialog):
    """Options: `claim_id`, and `reason` (typed with "I disagree", offered to send). Asks why
    the decision is wrong, then sets the claim Disputed."""

    prompt_options = ("reason",)
    mistakes_told_are_answers = True  # its own reading refuses what says no reason

    def __init__(self, services: Services) -> None:
        super().__init__(DisputeDialog.__name__, services)
        self.fields = field_table(
            Field(
                FIELD,
                ask=self._ask,
                parse=lambda draft, answer: _reason(answer, draft.offered),
                max_length=MAX_NOTE_LENGTH,
                act=self._dispute,
            )
        )

    async def load(self, turn_context, options: dict[str, Any]) -> DisputeDraft | None:
        draft = await super().load(turn_context, options)
        if draft is None:
            return None
        offered = options.get("reason")
        try:
            offered = _reason(offered) if isinstance(offered, str) else None
        except UserInputError:
            offered = None  # "I disagree, wrong": no reason to offer, one is asked for
        return DisputeDraft(
            identity=draft.identity,
            today=draft.today,
            claim=draft.claim,
            plan=draft.plan,
            offered=None if offered == DECLINED else offered,
        )

    def _ask(self, draft: DisputeDraft) -> Question:
        """Why the decision is wrong; with the reason typed alongside "I disagree" offered
        to send (a dispute cannot be taken back: never sent unasked)."""
        locale, claim_id = draft.locale, draft.claim.id
        if not draft.offered:
            return Question(FIELD, t(locale, "dispute.ask", claim_id=claim_id))
        text = t(locale, "dispute.ask_offered", claim_id=claim_id, reason=escape(draft.offered))
        send = Choice("yes", t(locale, "dispute.send_offered"))
        return Question(FIELD, text, choices=[send], max_length=MAX_NOTE_LENGTH)

    async def next_step(
        self, draft: ClaimDraft, options: dict[str, Any]
    ) -> Question | Child | Done:
        refusal = await self.refusal_unless_submitter(
            draft,
            draft.claim.tenant_id,
            "dispute.not_allowed",
            who_keys=("dispute.who", "dispute.who_unknown"),
        )
        if refusal is not None:
            return Done("refused", message=refusal)
        return await self.question(draft, FIELD)

    async def _dispute(self, step: WaterfallStepContext, draft: ClaimDraft, note: str) -> Next:
        claim = draft.claim
        if note == DECLINED:
            await step.context.send_activity(
                t(draft.locale, "dispute.cancelled", claim_id=claim.id)
            )
            return Next(end="cancelled")
        claim.move_to(ClaimStatus.DISPUTED, actor=draft.identity.user_id, note=note)
        if await self.save(step, draft):
            await step.context.send_activity(t(draft.locale, "dispute.done", claim_id=claim.id))
            done = t(draft.locale, "notice.used.disputed")
            identity = draft.identity
            await mark_notice_used(step.context, self.services, identity, claim, done, False)
        return Next(end="disputed")
