"""Sentences of the proof-of-execution (claim) and funds features, en and fr.

Merged into `views.strings` tables; kept apart so each feature's wording reads as one.
"""

from __future__ import annotations

CLAIM_EN: dict[str, str] = {
    "button.new_claim": "New claim",
    "button.my_claims": "My claims",
    "button.my_funds": "My funds",
    "help.way_out_claim": "Type your answer, or say **cancel** to stop here (your claim {claim_id} is kept) and **continue my claim** to come back.",
    "help.way_out_dispute": "Type your reason, or say **cancel** to send no dispute ({claim_id} "
    "stays rejected) and **dispute** to come back.",
    # -- questions -----------------------------------------------------------------------------
    "question.claim.plan_id": "Which approved plan is this proof of execution for?",
    "question.claim.campaign_id": "Which campaign of {plan_id}?",
    "question.claim.activity_id": "Which activity of **{campaign}**?",
    "claim.context": "Proof of execution for **{activity_type}** in campaign **{campaign}** of {plan_id}.",
    "question.claim.name": "Give this claim a short name (e.g. Spring webinar, March).",
    "question.claim.execution_date": "When did the activity run? (between {start} and {end})",
    "claim.amount.all_remaining": "All that remains: {amount}",
    "question.claim.amount": "How much are you claiming, in {currency}? Up to {remaining} "
    "remains planned for this activity.",
    "question.claim.impressions": "About how many people did it reach (estimated impressions)?",
    "question.claim.pre_approval_id": "{activity_type} needs Microsoft's pre-approval: what is "
    "the pre-approval id Microsoft sent you?",
    "question.claim.metric_value": "Results: {metric}?",
    "question.claim.attendees": "How many of your people attended (travel is capped at 3 per "
    "conference)?",
    "question.evidence.kind": "What is this evidence?",
    "question.evidence.kind_file": "What is this evidence? (**{name}**)",
    "question.evidence.file": "Please send the file now: attach it to your next message "
    "({extensions}; up to {max_mb} MB).",
    "question.evidence.file_for": "Please send the file now (**{name}**): attach it to your "
    "next message ({extensions}; up to {max_mb} MB).",
    "question.evidence.requirement": "Which requirement does it show?",
    "question.evidence.url": "Type the link (https://…).",
    "question.evidence.note": "Add a short note explaining what this document proves "
    "(reviewers reject proof documents without one).",
    "question.evidence.note_for": "**{name}**: add a short note explaining what it proves "
    "(reviewers reject proof documents without one).",
    "question.evidence.menu": "Evidence for {claim_id}",
    "evidence.checklist": "What a reviewer needs:",
    "evidence.have": "Attached so far:",
    "evidence.none": "Nothing attached yet.",
    "evidence.line": "{mark} {label}",
    "evidence.item": "{kind}: {name}",
    "evidence.add_hint": "Attach a file to your message at any time, or use the buttons.",
    "evidence.remove_hint": "To take one off, say remove and its name (remove {name}).",
    "evidence.add_file": "Add a file",
    "evidence.add_link": "Add a link",
    "evidence.done": "Done with evidence",
    "evidence.requirement.invoice_or_csr": "A third-party invoice or a Certification Service "
    "Report (CSR)",
    "evidence.requirement.other": "Other supporting document",
    "evidence.kind.invoice": "Third-party invoice",
    "evidence.kind.csr": "Certification Service Report (CSR)",
    "evidence.kind.proof": "Proof document",
    "evidence.kind.url": "Link",
    "invoice.offer": "Is {name} an invoice for a new claim? I'll read it and fill in the "
    "claim from it.",
    "invoice.offer.yes": "Yes: start a claim with it",
    # -- what was read in an invoice (dialogs.invoice_reading) ------------------------------
    "reading.read": "I read {found}.",
    "reading.number": "invoice {number}",
    "reading.supplier": "from {supplier}",
    "reading.total": "total {total}",
    "reading.total_both": "total {total} incl. tax ({excl} excl. tax)",
    "reading.unsure": "(to check)",
    "reading.nothing": "I read {name} as an invoice but found no total or date I could use; "
    "the claim is as it was.",
    "reading.unreadable": "I could hardly read anything in {name}, and a reviewer may not "
    "either: a sharper photo or the PDF would help. The claim is as it was.",
    "reading.not_invoice": "{name} doesn't look like an invoice to me (no invoice number, no "
    "total). It stays on the claim as the invoice: check it's the right file.",
    "reading.no_ocr": "I can't read photos or scans here, so I haven't checked {name}. The "
    "claim is as it was.",
    "reading.timeout": "Reading {name} took too long, so I haven't checked it. The claim is as "
    "it was.",
    "reading.failed": "I couldn't read {name} (damaged, protected or too big to read). The "
    "claim is as it was.",
    "question.evidence.reading": "Use these for the claim?",
    "reading.use.incl": "Use {amount} (incl. tax)",
    "reading.use.incl.dated": "Use {amount} incl. tax, and {date}",
    "reading.use.excl": "Use {amount} (excl. tax)",
    "reading.use.excl.dated": "Use {amount} excl. tax, and {date}",
    "reading.use.date": "Use the date {date}",
    "reading.use.none": "Don't use them",
    "reading.not_used": "OK: the claim keeps what it had.",
    "reading.filled": "✓ Taken from the invoice: {what}.",
    "reading.filled.amount": "amount **{amount}**",
    "reading.filled.date": "execution date **{date}**",
    "reading.and": "and",
    "evidence.saved": "✓ {name} ({size}) saved.",
    "evidence.saved_for": "✓ {name} ({size}) saved as **{what}**: a file instead of a link "
    "(not right? remove it at the check and attach it again).",
    "error.note_same_none": "No other file has a note yet: type this one's, in a sentence "
    "(what it shows, for the reviewer).",
    "error.note_same_which": "The other files have different notes: type this one's (copy "
    "one of theirs if it fits).",
    "evidence.kind_of_all": "{what}, for each of {names}",
    "evidence.saved_as": "✓ {name} ({size}) saved as **{what}**, as its name says (not right? "
    "remove it at the check and attach it again).",
    "evidence.already_attached": (
        "{name} is already attached to this claim (as {existing}), so I did not add it again."
    ),
    "evidence_needed.for_type": "For **{type}**, a reviewer needs:",
    "evidence_needed.pre_approval": "And the pre-approval id Microsoft gave before the "
    "activity ran: ask for it before you book.",
    "evidence_needed.pre_approval_short": "and Microsoft's pre-approval before it runs",
    "evidence_needed.nothing_more": "the invoice or CSR alone",
    "evidence_needed.results": "Its claim also gives the results: {results}.",
    "evidence_needed.cap": "Its cap: {cap}.",
    "evidence_needed.type_line": "- **{type}**: {needs}",
    "evidence_needed.every_claim": "Every claim needs a **third-party invoice**, or a "
    "**CSR** (Certification Service Report) for work done in-house. Each activity type co-op "
    "pays for asks for more:",
    "evidence_needed.unknown": '"{name}" is not an activity type co-op pays for.',
    "evidence_needed.ask_for_one": "Ask for one on its own, e.g. **what evidence do I need "
    "for a webinar?**",
    "rejections_common.opening": "What reviewers most often send back, and how to avoid each:",
    "rejections_common.line": "- **{reason}**: {avoid}",
    "rejections_common.closing": "A proof document without its note is refused too. Before "
    "you submit, each claim's **check** says which of these applies to it, item by item, and "
    "how to fix it; say **what will the reviewer check?** for what each activity type needs.",
    "rejection_avoid.missing_invoice": "attach the supplier's invoice, or a CSR for work done "
    "in house.",
    "rejection_avoid.date_outside": "the day the activity ran must fall between its "
    "campaign's start and end.",
    "rejection_avoid.over_limit": "claim at most the co-op left in the period, what remains "
    "planned for the activity and its type's cap.",
    "rejection_avoid.amount_mismatch": "claim the invoice's total (with or without tax, as "
    "your program asks), not a figure from memory.",
    "rejection_avoid.missing_proof_of_distribution": "for direct mail, e-mail or SMS, show it "
    "went out: postmarked envelope, dated e-mail header, photo of the SMS.",
    "rejection_avoid.branding": "the piece must show your brand and contact.",
    "rejection_avoid.microsoft_content": "the piece must show Microsoft content (products, "
    "offers).",
    "rejection_avoid.missing_pre_approval": "TV and radio need Microsoft's pre-approval before "
    "they run; give its id.",
    "rejection_avoid.file_unreadable": "send clear scans or the original PDF, not a blurred photo.",
    "rejection_avoid.file_type": "use an accepted type (PDF, Office files, images…); say "
    "**what files can I upload?** for the list.",
    "evidence_needed.costs": "Costs with a rule of their own: catering (with a customer "
    "seminar, never alcohol) and travel (to a Microsoft-hosted conference, capped). Ask about "
    "one, e.g. **can I claim catering?**",
    "expense.catering": "**Catering** is paid only within a claim for **{types}**, and never "
    "its alcohol: leave drinks with alcohol out of the amount you claim.",
    "expense.alcohol": "**Alcohol** is never paid: at a customer seminar the catering is "
    "claimed without it. Leave it out of the amount you claim (when one invoice holds both, "
    "claim the rest).",
    "expense.travel": "**Travel** (flights, trains, hotels) is paid only within a claim for "
    "**{types}**. Its cap: {cap}.",
    "expense.tax": "I hold no rule on **tax** (VAT, sales tax) for co-op: whether the amount "
    "you claim includes it is your program's rule. When an invoice shows both totals, I ask "
    "which one you claim; your Microsoft account manager (the plan's reviewer) can tell you "
    "which is eligible.",
    "claim_limits.opening": "**There is no minimum** for a claim. The most it can be is the "
    "smaller of:",
    "claim_limits.planned": "what remains planned for its activity (several claims can share "
    "one activity);",
    "claim_limits.funds": "the co-op left in its plan's usage period (say **my funds** to see it).",
    "claim_limits.caps": "Some activity types have a cap of their own:",
    "claim_limits.cap_line": "- **{type}**: {cap}",
    "claim_limits.cap.fixed_per_usage_period": "{amount} a usage period",
    "claim_limits.cap.share_of_earned": "{percent}% of the co-op earned in the period",
    "claim_limits.cap.surface": "{percent}% in Surface programs",
    "claim_limits.cap.greater_of_share_or_fixed": "the greater of {percent}% of the co-op "
    "earned and {amount}",
    "claim_limits.cap.conference_travel": "travel up to {per_person} a person, {attendees} "
    "people at most, {amount} a period",
    "claim_limits.closing": "Before you submit, the claim's check says which of these applies "
    "and how much is left.",
    "pre_approval_what": "Some activities need Microsoft's **pre-approval** of their material "
    "(the ad, the spot, its script) **before it runs**: {types}. Ask your Microsoft account "
    "manager (the plan's reviewer) where to send the material, well ahead; Microsoft's "
    "approval comes with a **pre-approval id** (like PA-2027-0042), which the claim asks "
    "for. Without it, a claim for that activity is rejected. Other activities need none.",
    "error.claim_total": "Claim **{claim_id}** is for **{amount}**; up to **{remaining}** "
    "remains planned for its activity. What a reviewer would reject is listed on the card.",
    "error.claim_total_none": "Claim **{claim_id}** has no amount yet; up to **{remaining}** "
    "remains planned for its activity. Say **change the amount** to give it.",
    "claims_how_many": "There is **no set number** of claims: one for each invoice, or each "
    "time an activity ran. Money is what limits them: together, an activity's claims stay "
    "within what remains planned for it, and each claim within the co-op left in its usage "
    "period (say **my funds**). Say **new claim** to start one.",
    "invoice_once": "No: an invoice is **claimed once**. The same invoice (the same file, or "
    "the same number from the same supplier) on a second claim is rejected as claimed twice, "
    "and the check before you submit points it out. An invoice that covers two activities: "
    "ask your Microsoft account manager (the plan's reviewer) how to claim it before you "
    "submit either. One claim may hold several invoices.",
    "claims_per_activity": "Yes: **several claims** can share one activity (one for each "
    "invoice, or each time it ran), as long as together they stay within what remains planned "
    "for it; the check before you submit says how much that is. The same date and amount "
    "twice on one activity is taken for a duplicate, and an invoice can be on one claim only. "
    "Say **new claim** to start one.",
    "requirement_what": "**{label}**: {help}",
    "requirement_what.asked_for": "Asked for: {types}.",
    "requirement_help.final_piece": "the finished material as it went out (the printed ad, the "
    "mailer, the e-mail), as a PDF, an image or a scan.",
    "requirement_help.partner_branding": "your company's name or logo and a way to reach you "
    "(phone, web or e-mail address), visible on the piece itself.",
    "requirement_help.microsoft_content": "Microsoft products, messages or logos visible in the "
    "piece itself.",
    "requirement_help.ad_screenshot": "a screenshot of the ad as it appeared online, with its "
    "date where the platform shows one.",
    "requirement_help.landing_page_url": "the address of the web page the ad led to (add it with "
    "**Add a link**).",
    "requirement_help.proof_of_distribution": "what shows the piece went out, and when: a "
    "postmarked envelope for mail, the e-mail as received with its dated header, a photo of the "
    "SMS on a phone.",
    "requirement_help.url_or_screenshots": "the page's address (**Add a link**), or screenshots "
    "of it showing the content.",
    "requirement_help.seo_statement_of_work": "the agreement with the agency (or your in-house "
    "plan) describing the search-engine optimisation work done.",
    "requirement_help.component_evidence": "for each part of the campaign (digital ads, e-mail, "
    "web and SEO, telemarketing), the proof that part asks for on its own.",
    "requirement_help.script_with_brand": "the script the callers read, naming your company.",
    "requirement_help.invitation_agenda": "the invitation sent to the guests, and the event's "
    "programme (a file, or the event page's address).",
    "requirement_help.event_photos": "photos taken at the event that show it took place: the "
    "room, the audience, the screens or banners.",
    "requirement_help.booth_photo": "a photo of your stand at the show, your branding visible.",
    "requirement_help.offer_terms": "the offer as customers saw it, with its terms and conditions.",
    "requirement_help.contest_rules_with_brand": "the rules of the incentive or contest given to "
    "your staff, with the brand on them.",
    "requirement_help.sample_deliverables": "examples of what the on-site resource produced "
    "(reports, presentations), showing services 100% Microsoft.",
    "requirement_help.materials_produced": "what the proof of concept produced: a white paper, a "
    "case study, research.",
    "requirement_help.invoice_or_csr": "the bill of the supplier who did the work, or, for work "
    "done in-house, a Certification Service Report (CSR) describing it and its cost.",
    "requirement_help.microsoft_invoice": "the invoice Microsoft sent you for it, as received.",
    "requirement_help.invoice_course_code": "the invoice for the course or exam, showing its code "
    "and the date it was completed.",
    "requirement_help.agenda": "the programme of the day or the event: its sessions and their "
    "times.",
    "requirement_help.microsoft_presentation": "the Microsoft material presented (100% Microsoft "
    "content).",
    "requirement_help.registration": "the invitation, or the confirmation of registration, for "
    "the conference.",
    "requirement_help.travel_itinerary": "the itinerary of the trip (the tickets or the travel "
    "agency's itinerary), for each attendee.",
    "requirement_help.specs_or_delivery": "the units' system specifications, or what shows they "
    "were delivered (a delivery note).",
    "requirement.final_piece": "Copy of the final piece",
    "requirement.partner_branding": "Partner brand and contact shown",
    "requirement.microsoft_content": "Microsoft content shown",
    "requirement.ad_screenshot": "Screenshot of the ad",
    "requirement.landing_page_url": "Landing-page URL",
    "requirement.proof_of_distribution": "Proof of distribution (postmark, dated e-mail header, "
    "SMS photo)",
    "requirement.url_or_screenshots": "URL or screenshots",
    "requirement.seo_statement_of_work": "Statement of work for SEO",
    "requirement.component_evidence": "The evidence of each component",
    "requirement.script_with_brand": "Call script naming the partner brand",
    "requirement.invitation_agenda": "Invitation and agenda",
    "requirement.event_photos": "Event photos",
    "requirement.booth_photo": "Photo of the booth",
    "requirement.offer_terms": "Offer with its terms and conditions",
    "requirement.contest_rules_with_brand": "Contest rules with the brand",
    "requirement.sample_deliverables": "Sample deliverables",
    "requirement.materials_produced": "Materials produced (white paper, case study…)",
    "requirement.invoice_or_csr": "Third-party invoice or CSR",
    "requirement.microsoft_invoice": "Original Microsoft invoice",
    "requirement.invoice_course_code": "Invoice with course/exam code and completion date",
    "requirement.agenda": "Agenda",
    "requirement.microsoft_presentation": "Microsoft presentation content",
    "requirement.registration": "Invitation or registration",
    "requirement.travel_itinerary": "Travel itinerary",
    "requirement.specs_or_delivery": "System specs or proof of delivery",
    "claim.left_empty.metric": "Left empty: the check will warn that the results ({metric}) "
    "are missing, and a reviewer may ask for them. You can give them later from the check "
    "card.",
    "claim.left_empty.pre_approval": "Left empty: a {type} claim can't be submitted without "
    "the pre-approval id Microsoft gave before the activity, and the check will say so. Add it "
    "from the check card when you have it.",
    "metric.estimated_reach": "the estimated reach",
    "metric.results_summary": "a short results summary (e.g. click-through rate)",
    "metric.calls_and_contacts": "the number of calls and successful contacts",
    "metric.registered_guests": "the number of registered guests",
    "metric.estimated_attendees": "the estimated number of attendees",
    "metric.attendees_cost_per_person": "the attendee list and cost per person",
    "metric.attendees": "the number of attendees",
    # -- acknowledgements and review --------------------------------------------------------
    "ack.claim_started": "I've started claim **{claim_id}**. Every answer is saved as you go.",
    "ack.claim_blank_reused": "Your claim **{claim_id}** has nothing in it yet: I'm using it "
    "rather than starting another. Every answer is saved as you go.",
    "claim.unnamed": "not named yet",
    "ack.claim_resumed": "Picking up claim **{claim_id}** where you left it.",
    "ack.claim_resumed_named": "Picking up claim **{claim_id}** ({name}) where you left it.",
    "claim.no_approved_plan": "You have no approved plan yet: a proof of execution is made on "
    "an activity of an approved plan. Say **my plans** to see where yours stand.",
    "claim.copied": "I've started **{new_id}**, another claim for the same activity as "
    "**{claim_id}** ({activity}). What proves this run of it is its own: its name, the day it "
    "ran, the amount, the reach and the evidence.",
    "claim.copy_open": "Your copy of **{claim_id}** is **{new_id}**, still a draft: picking it "
    "up where you left it.",
    "claim.copy_none": "There is no claim to copy yet: say **new claim** to start one.",
    "claim.copy_nothing": "**{claim_id}** has no activity chosen yet, so there is nothing to "
    "copy: say **continue my claim** to go on with it, or **new claim**.",
    "claim.campaign_not_started": "**{campaign}** starts on {start}: a proof of execution is "
    "for an activity that has already run. Your claim {claim_id} is kept: say **continue my "
    "claim** once the activity has run.",
    "claim.review.title": "Check of {claim_id} before submitting",
    "claim.review.activity": "{plan_id} · {campaign} · {activity_type}",
    "claim.review.problems": "What a reviewer would reject",
    "claim.review.warnings": "Worth a second look",
    "claim.review.ok": "✅ Nothing a reviewer would reject.",
    "claim.review.submit": "Submit claim",
    "claim.review.submit_anyway": "Submit anyway",
    "claim.review.add_evidence": "Add evidence",
    "claim.review.change": "Change {field}",
    "claim.review.remove_evidence": "Remove {item}",
    "claim.review.save": "Save and close",
    "claim.review.keep_originals": "Keep the originals for 24 months after the activity date.",
    "claim.submit.blocked": "I can't submit **{claim_id}** yet: fix the items marked ⛔ first.",
    "claim.check.what_stops": "What stops {claim_id} from being submitted, and how to fix it:",
    "claim.check.only_warnings": "Nothing stops {claim_id} from being submitted, but a "
    "reviewer may question these (**Submit anyway** sends it as it is):",
    "claim.check.nothing_stops": "Nothing stops {claim_id} from being submitted: nothing a "
    "reviewer would reject. Say **submit** when you're ready.",
    "claim.submit.confirm_warnings": "There are warnings (⚠️). If you are sure, click "
    "**Submit anyway** (or type *submit anyway*).",
    "claim.submit.not_allowed": "Only an Incentives admin can submit a claim. Your draft is "
    "saved; {who}",
    "claim.submit.already": "**{claim_id}** was already submitted ({status}); nothing more to do.",
    "claim.receipt.title": "Claim submitted",
    "claim.receipt.body": "**{claim_id}** ({name}) is now **Submitted**: {amount} for "
    "{activity_type}, executed on {date}. Reviews take about 2 business days; I'll tell you "
    "here when its status changes.",
    "claim.saved": "Saved. **{claim_id}** stays a draft: say **continue my claim** to come back.",
    "invoice_awaited.kept": "OK: your claim **{claim_id}** is kept and waits for its invoice. "
    "When it comes, say **continue my claim {claim_id}** and attach it.",
    "invoice_awaited.title": "A claim can wait for its invoice. When it comes, say the words "
    "beside its draft and attach it:",
    "invoice_awaited.line": "**{claim_id}** ({name}): **continue my claim {claim_id}**.",
    "invoice_awaited.closes": "Claims for {period} are accepted until {closes}.",
    "invoice_awaited.none": "A claim can wait for its invoice: say **new claim**, answer what "
    "you know, and add the invoice when it comes. A claim needs a third-party invoice, or a "
    "CSR for work done in-house.",
    "claim.figure_option": "{field}: {value}",
    "error.figure_which": '"{value}" names no answer: which one does it change? Click it '
    "below; nothing changes until you do.",
    "claim.undone": "Undone: your last change is back as it was.",
    "claim.nothing_to_undo": "There's nothing to undo: no change was made at this check since "
    "it was last shown (a change is undone once). Say **back** for the evidence list.",
    "claim.cancelled": "OK, I've stopped. Your claim **{claim_id}** is kept: say **continue my "
    "claim** to pick it up.",
    "claims.title": "Your claims",
    "claims.none": "You have no claims yet. Say **new claim** to submit a proof of execution.",
    "claims.line": "**{claim_id}** · {name} · {status} · {amount}",
    "claims.draft_hint": "Say **continue my claim CLM-…** to open a draft.",
    "claims.export_hint": "Say **export my claims** for every one of them in a spreadsheet.",
    "claims.title_page": "Your claims, {first} to {last} of {count}",
    "claims.more_hint": "Say **show more** for the next ones.",
    "claims.no_more": "That was all of your claims ({count}). Say **my claims** for the list "
    "from its start.",
    "export.ready": "All {count} claims of your organisation in a spreadsheet (Excel), one "
    "row a claim with its status, amount and dates. The link works for {minutes} minutes and "
    "is for you: don't forward it (whoever has it can open it until then).",
    "export.ready.one": "Your organisation's claim in a spreadsheet (Excel), with its status, "
    "amount and dates. The link works for {minutes} minutes and is for you: don't forward it "
    "(whoever has it can open it until then).",
    "export.button": "Download the spreadsheet",
    "export.not_allowed": "Only people in your organisation's role directory can take all "
    "its claims away in a spreadsheet: ask your Incentives admin to add you, or for the "
    "spreadsheet. **my claims** lists them here.",
    "export.expired": "This link has expired: a link works for {minutes} minutes. In the chat, say "
    '"export my claims" for a new one.',
    "export.refused": 'This link is not valid. In the chat, say "export my claims" for a new one.',
    "export.sheet.title": "Claims",
    "export.file_name": "claims",
    "export.column.claim_id": "Claim",
    "export.column.name": "Name",
    "export.column.activity_type": "Activity type",
    "export.column.status": "Status",
    "export.column.amount": "Amount",
    "export.column.currency": "Currency",
    "export.column.execution_date": "Execution date",
    "export.column.plan_id": "Plan",
    "export.column.updated": "Last change",
    "funds.title": "Your co-op funds",
    "funds.none": "I have no co-op funds on record for your organisation yet.",
    "funds.none_deadlines": "I have no co-op funds on record for your organisation yet, so "
    "no deadline of yours. How they go: a plan is first submitted by the last day of its "
    "program year (this one: **{plans_until}**), and may be changed and resubmitted for "
    "{grace} days more; a period's claims are taken in its claiming window (this one, "
    "**{period}**: from {opens} to **{closes}**).",
    "funds.line": "**{period}** · {program}: earned {earned}, claimed {claimed}, **remaining "
    "{remaining}**, usable until {expiry}; claims accepted from {opens} to {closes}",
    "field.claim.plan_id": "plan",
    "field.claim.campaign_id": "campaign",
    "field.claim.activity_id": "activity",
    "field.claim.name": "name",
    "field.claim.execution_date": "execution date",
    "field.claim.amount": "amount",
    "field.claim.impressions": "estimated impressions",
    "field.claim.pre_approval_id": "pre-approval id",
    "field.claim.metric_value": "results",
    "field.claim.attendees": "attendees",
    "help.field.claim.plan_id": "Claims are made on an activity of an approved plan: pick the "
    "plan.",
    "help.field.claim.campaign_id": "Pick the campaign the activity belongs to.",
    "help.field.claim.activity_id": "Pick the activity that ran.",
    "help.field.claim.name": "A friendly name you will recognise in your list of claims.",
    "help.field.claim.execution_date": "The day the activity ran; it must fall within the "
    "campaign's dates. The invoice, the invitation or the ad platform's report shows it.",
    "help.field.claim.amount": "The amount you spent and claim, in the plan currency, backed "
    "by the invoice or CSR: the invoice's total. Attach the invoice (📎) and I read it for "
    "you; if it hasn't come yet, say **later**: your claim is kept.",
    "help.field.claim.impressions": "The estimated number of people the activity reached; a "
    "whole number, 0 if none. A rough estimate is fine: the guests invited, the readers of a "
    "mailing, the impressions in the ad platform's report.",
    "help.field.claim.pre_approval_id": "The id Microsoft sent when it approved the material "
    "before it ran.",
    "help.field.claim.metric_value": "The result a reviewer looks for with this activity "
    "type: {metric}. Your own figures will do (a registration list, the platform's report); "
    "if you don't have them, say **skip**: the check will say they are missing.",
    "help.field.claim.attendees": "How many of your staff travelled to the conference (at "
    "most 3 are covered).",
    "help.field.evidence.kind": "What this file is, so the reviewer knows what to look for: "
    "a **third-party invoice**, a **Certification Service Report (CSR)** for work done in "
    "house, or a **proof document** (you then say which requirement it shows and add a short "
    "note). A file is never a link: links are added with **Add a link** in the evidence list.",
    "help.field.evidence.file": "Attach the file with the paperclip and send it. Allowed: "
    "{extensions}.",
    "help.field.evidence.requirement": "Which of the evidence this activity type requires "
    "this item shows (the checklist ticks it once attached); choose **Other supporting "
    "document** if it is none of them.",
    "help.field.evidence.url": "Paste the address of the web page that shows this evidence "
    "(a landing page, a published post…), copied from your browser: it starts with https:// "
    "(or http://), e.g. https://contoso.com/offer.",
    "help.field.evidence.note": "One or two sentences saying what the document proves, e.g. "
    "Photos of the room during the workshop (a proof document needs one).",
    "help.field.evidence.menu": "The evidence list: send each document the checklist asks "
    "for (an invoice or a CSR, and what the activity type requires) in a message, or use **Add "
    "a file**; add web pages with **Add a link**; then choose **Done with evidence** to see "
    "the check.",
    "help.field.claim.review": "Submit the claim, add evidence, change an answer, or save it "
    "for later.",
    "error.no_claim_draft": "You have no claim draft to continue. Say **new claim** to start one.",
    "error.no_claim_draft_to_delete": "You have no claim draft to delete.",
    "mistake.claim_draft": "No harm done: **{claim_id}** is still a draft, so any answer can "
    "change. Say which (**change the amount**, **change the date**…), or **remove** and a "
    "file's name to take a file off its evidence list.",
    "mistake.claim_sent": "**{claim_id}** was sent ({status}): it can't be changed any more.",
    "mistake.tell_reviewer": "If the mistake matters, tell your Microsoft account manager (the "
    "plan's reviewer): the reviewers can send it back to you for the change (**Action "
    "required**), and I'll tell you here.",
    "error.no_claim_to_change": "You have no claim yet. If the mistake is in a plan draft, say "
    "**continue my plan**, then what to change (**change the planned amount**); a plan already "
    "sent can no longer be changed: tell its reviewer, your Microsoft account manager.",
    "error.claim_not_found": "I can't find a claim {claim_id} in your organisation.",
    "error.claim_not_found_unnamed": "I can't find that claim in your organisation.",
    "error.claim_locked": "**{claim_id}** can't be changed any more (status: {status}).",
    "claim.locked_next.reviewing": "It is with Microsoft's reviewers and can't be withdrawn. "
    "If they ask for changes, I'll tell you here and you can fix it then.",
    "claim.locked_next.disputed": "Your dispute is with Microsoft (decided within 5 business "
    "days); I'll tell you here what they decide.",
    "claim.locked_next.action_required": "The reviewer asked for changes: say **fix "
    "{claim_id}** to make them and submit it again.",
    "claim.locked_next.rejected": "Say **fix {claim_id}** to correct it in a new claim, or "
    "**dispute {claim_id}** to contest the decision.",
    "claim.locked_next.approved": "It was approved: nothing more is needed.",
    "error.claim_changed": "Someone else changed **{claim_id}** while you were answering, so "
    "I didn't overwrite it. Here is the current version:",
    "error.count_invalid": '"{value}" isn\'t a whole number. Type it like 5000.',
    "error.impressions_not_given": '"{value}": the claim needs this number, and reviewers read '
    "it as an estimate. A rough estimate is fine: the guests invited, the readers of a "
    "mailing, the impressions in the ad platform's report. Type 0 if it reached no one.",
    "error.count_range": '"{value}" is a range, and the claim takes one number. Did you mean '
    "**{suggestion}**, its low end? Say **yes** or click it below, or type the number.",
    "error.claim_amount_from_invoice": "I have no invoice read on this claim to take it "
    "from: type the amount as it is on the invoice, in {currency}, or attach the invoice (📎) "
    "and I read it for you.",
    "error.count_in_sentence": '"{value}": is the number **{suggestion}**? Say **yes** or '
    "click it below, or type the number.",
    "error.count_negative": "That number can't be negative.",
    "error.pre_approval_invalid": "A pre-approval id is letters, digits and dashes, like "
    "PA-2027-0042.",
    "error.pre_approval_did_you_mean": '"{value}": is the pre-approval id **{suggestion}**? '
    "Say **yes** or click it below, or type the id alone.",
    "form_error.pre_approval_did_you_mean": '"{value}": **{suggestion}** is in the field now. '
    "**Save** keeps it, or type the id.",
    "error.evidence_send_several": "No file came with your message. Please send them now "
    "({names}): attach them to your next message, all at once if you like; I'll ask what each "
    "one is where its name doesn't say.",
    "error.evidence_none_received": "I haven't received any file for {claim_id} yet. A file "
    "reaches me only attached to a message in this chat (not by e-mail, nor in another chat): "
    "attach it here, or use **Add a file**.",
    "error.evidence_received": "These have reached {claim_id}: {items}. Anything more: attach "
    "it to a message here, or use **Add a file**.",
    "error.evidence_nothing_to_remove": "Nothing is attached to {claim_id} yet, so there is "
    "nothing to remove: attach a file to a message, or use the buttons above.",
    "error.evidence_remove_which": "Which one? Say **remove** and the file's name: {names}.",
    "error.evidence_wrong_file": "To take it off, say **remove {name}**; then attach the right "
    "file to a message.",
    "error.pre_approval_yes": "Please type the pre-approval id itself, like PA-2027-0042 "
    "(it is in Microsoft's pre-approval e-mail), or say **skip** if you have none.",
    "error.claim_name_is_link": '"{value}" is a link, not a name: give this claim a short '
    "name a reviewer will recognise (e.g. **Spring webinar, March**). Links to what ran go in "
    "its evidence, which I ask for after these questions.",
    "error.claim_name_as_last_time": '"{value}": each claim has its own name, so you and the '
    "reviewer tell this run from the last one. Type it (e.g. **Spring webinar, March**).",
    "error.claim_name_says_nothing": '"{value}" isn\'t a name: give this claim a short name a '
    "reviewer will recognise (e.g. **Spring webinar, March**), or say **cancel** to stop "
    "here (your draft is kept).",
    "error.execution_date_outside_campaign": "The activity must have run during the "
    "campaign, between {start} and {end}.",
    "error.execution_not_run_yet": "Then it's **too early** for this claim: a proof of "
    "execution is for an activity that has already run. Your claim {claim_id} is kept: say "
    "**later** to leave it here, and **continue my claim** once the activity has run. Under "
    "**{campaign}** it can be a day up to {end}, the campaign's last day.",
    "error.execution_not_run_campaign_over": "**{campaign}** ended on {end}: only an activity "
    "run between {start} and {end} can be claimed under it. If yours ran then, type the day; "
    "if not, your claim {claim_id} can't claim it: say **delete my claim** to drop it, or "
    "**later** to leave it, and ask your account manager about a campaign for that activity.",
    "error.execution_not_run_yet_undated": "Then it's **too early** for this claim: a proof "
    "of execution is for an activity that has already run. Your claim {claim_id} is kept: say "
    "**later** to leave it here, and **continue my claim** once the activity has run.",
    "error.execution_date_in_future": "That date is in the future: a proof of execution is for "
    "an activity that already ran.",
    "error.reading_which": '"{value}": which one? The amount with tax or without it:',
    "error.evidence_faq_csr": "A Certification Service Report (CSR) proves work your own team "
    "did in house, where no supplier invoiced you. Every claim needs a third-party invoice or a "
    "CSR: attach it to a message here, as any file.",
    "error.evidence_faq_quote": "A quote, an estimate or a purchase order is not proof of what "
    "was spent: a reviewer needs the invoice the supplier sent (or a CSR for work done in "
    "house). Attach it when you have it; the claim stays a draft meanwhile.",
    "error.evidence_faq_files": "Files of up to {max_mb} MB each, of these types: {extensions}. "
    "Attach them to a message here, several at once if you like.",
    "error.evidence_faq_invoice": "Every claim needs a third-party invoice or a CSR (for work "
    "done in house): a reviewer rejects a claim without one. Attach it to a message here.",
    "error.evidence_faq_proof": "A proof document shows the activity ran as planned: a "
    "screenshot of the ad, the agenda and the attendee list, event photos, a recording or its "
    "link. Add each with a note saying what it shows: a reviewer rejects a proof document "
    "without one. The checklist says what this activity type needs.",
    "error.evidence_faq_several": "Yes: attach as many files as the claim needs, several in "
    "one message if you like (an invoice for each supplier, for instance); each is listed and "
    "every invoice is read. An invoice can be on one claim only.",
    "error.evidence_faq_note": "The note is a sentence a reviewer reads beside a proof "
    "document: what it is and what it shows about the activity (the day, the place, who took "
    "part, when it shows them). For example: *Photos of the security workshop in Paris, 10 Nov "
    "2026: 85 guests, our logo and Microsoft's on screen.* I ask for it when you add a proof "
    "document; the invoice or CSR needs none.",
    "error.evidence_internal_store": "A reviewer at Microsoft can't open files kept in your "
    "organisation's SharePoint, OneDrive, Teams or drives: download them and attach them to a "
    "message here (several at once if you like), or use **Add a file**. A page anyone can "
    "open, such as your landing page, can be a link (**Add a link**).",
    "error.evidence_faq_keep": "Keep the originals for 24 months after the activity date: a "
    "reviewer or an audit may ask for them.",
    "error.invoice_shown": "On **{claim_id}**:\n{lines}",
    "error.invoice_shown_none": "No invoice is on **{claim_id}** yet: attach it to a message "
    "here (a PDF or a photo) and I read it for you.",
    "invoice_shown.not_read": "not read (a file I don't read, or no reader here): check it "
    "yourself before submitting.",
    "error.evidence_in_mailbox": "I can't open your mailbox, nor receive a forwarded e-mail: "
    "save the attachment from the e-mail (as a PDF, say) and attach it to a message here; the "
    "e-mail itself, saved as a .msg file, will do too. If it isn't at hand, say **later**: "
    "your claim is kept.",
    "error.evidence_by_email": "I can't receive e-mail: attach the file to a message here "
    "(drag it into the chat, or use **Add a file**), or add a link to where it is kept. If "
    "it isn't at hand, say **later**: your claim is kept.",
    "error.evidence_lacking": "**{requirement}** is one of the things a reviewer checks for "
    "this activity, so a claim without it would be rejected. If you have something else that "
    "shows it (a screenshot, an attendee list, a recording), add it with **Add a file** and a "
    "note saying what it shows. If it's on its way, say **later**: your claim is kept.",
    "error.claim_amount_asked": '"{value}": a claim is paid on what the invoice or CSR shows. '
    "Is it exactly **{suggestion}**? Say **yes** or click it below, or type the amount on the "
    "invoice.",
    "error.claim_amount_sum": '"{value}" makes **{suggestion}**. Is that the amount on the '
    "invoice? Say **yes** or click it below, or type the amount on the invoice.",
    "error.claim_amount_which": '"{value}": a claim is paid on one amount, the one the invoice '
    "or CSR shows. Which is it? Click it below, or type the amount on the invoice.",
    "error.claim_amount_estimate": '"{value}" is an estimate, and a claim is paid on what the '
    "invoice or CSR shows. Is it exactly **{suggestion}**? Say **yes** or click it below, or "
    "type the amount on the invoice.",
    "error.evidence_link_is_invoice": "The invoice can't be a link: a reviewer reads the file "
    "itself, and I check its total against the claim. Say **back** to take this link off, then "
    "attach the invoice to a message here (or use **Add a file**).",
    "error.evidence_link_shows_unknown": 'I don\'t know "{value}" here: pick what the link shows '
    "(**Other supporting document** if it is none of them), or say **back** to take it off the "
    "claim.",
    "error.evidence_invoice_link": '"{link}" is a link to the invoice, and the invoice has to '
    "be the file itself: a reviewer reads it, and I check its total against the claim. Download "
    "it and attach it to a message here (drag it into the chat), or use **Add a file**.",
    "error.evidence_link_for_file": '"{link}" is a link, and this item is a file: attach the '
    "file itself to your message. To add the page as a link instead, say **back** and choose "
    "**Add a link**.",
    "error.file_expected": "Please attach the file to your message, or say **back** to return "
    "to the evidence list without it (the rest of the claim is kept).",
    "error.file_type_not_allowed": '"{name}" is not a file type reviewers accept. Allowed: '
    "{allowed}.",
    "error.file_type_photo": '"{name}" is a photo in a format reviewers can\'t open. Save it '
    "as JPEG or PNG (phones and photo apps can export or share a photo as JPEG; on an "
    "iPhone, Settings > Camera > Formats > Most Compatible takes JPEGs from then on) and "
    "attach that.",
    "error.file_type_archive": '"{name}" is an archive, which reviewers don\'t open. Attach '
    "the files inside it instead: up to {max} in one message.",
    "error.file_type_video": '"{name}" is a video in a format reviewers don\'t accept (WMV '
    "only). Use **Add a link** to give the address where it is published or recorded, or "
    "save it as WMV.",
    "error.file_type_audio": '"{name}" is a recording in a format reviewers don\'t accept '
    "(WMA only). Use **Add a link** to give the address where it is published, or save it "
    "as WMA.",
    "error.file_type_mail": '"{name}" is an e-mail file reviewers don\'t accept. Save the '
    "e-mail from Outlook as .msg (File > Save As), or as PDF, and attach that.",
    "error.file_type_apple": '"{name}" is a Keynote, Pages or Numbers file, which reviewers '
    "can't open. Export it as PDF (File > Export To), or as PowerPoint, Word or Excel, and "
    "attach that.",
    "error.file_type_text": '"{name}" is not a file type reviewers accept. Save it as PDF, '
    "or as a Word, Excel or PowerPoint file, and attach that.",
    "error.file_type_drawing": '"{name}" is a design file, which reviewers can\'t open. '
    "Export it as PDF or PNG and attach that.",
    "error.file_pasted_image": "I can't take an image pasted into the message. Attach it as a "
    "file instead (the paperclip, then the image from your device) and I'll keep it as "
    "evidence.",
    "error.file_name_invalid": 'I can\'t accept a file named "{name}". Please rename it '
    "(for example invoice.pdf).",
    "error.file_too_large": "That file is too large ({size_mb} MB); the limit is {max_mb} MB.",
    "error.file_empty": "That file is empty.",
    "error.file_executable": '"{name}" is a program, not a document, so I didn\'t keep it. '
    "Please attach the document itself (PDF, image, Office file…).",
    "error.file_content_mismatch": 'The content of "{name}" is not a {type} file, so I didn\'t '
    "keep it. Please attach the real document, saved in the format its name says.",
    "error.download_failed": "I couldn't download that file. Please send it again.",
    "error.download_timeout": "Downloading that file took too long. Please send it again.",
    "error.download_refused": "I can only take files shared through Teams. Please attach it again.",
    "error.url_invalid": '"{value}" isn\'t a web link. Type it like https://contoso.com/offer.',
    "error.too_many_evidence": "A claim can hold at most {max} evidence items.",
    "error.too_many_files": "That's {count} files in one message; please send at most {max} "
    "at a time.",
    "error.too_many_evidence_files": "That's {count} files, but this claim has room for only "
    "{room} more (at most {max} evidence items). Please send fewer.",
    "files_not_kept": "{names} was not kept: files are evidence for a claim, and this question "
    "takes none (your answer is read below). To add it to a claim, open the claim (**continue "
    "my claim**) and send it again.",
    "error.file_not_expected": "I wasn't expecting a file here: files are evidence for a "
    "claim, and this question takes none. Please type your answer. To use the file in a "
    "claim, say **later** (this draft is kept) and send the file again.",
    "error.already_in_claim": "You're working on claim **{claim_id}**. Say **cancel** first "
    "(the draft is kept).",
    # -- findings of the pre-submission check ------------------------------------------
    "finding.claim_field_missing": "The {field} is missing.",
    "fix.claim_field_missing": 'Choose "Change {field}" and fill it in.',
    "finding.activity_not_in_plan": "The activity is no longer in the plan.",
    "fix.activity_not_in_plan": "Start a new claim on an activity of the approved plan.",
    "finding.plan_not_approved": "The plan is not approved (status: {status}).",
    "fix.plan_not_approved": "Claims are made once the plan is approved.",
    "finding.activity_not_eligible": "{type} is not eligible for the {program} program.",
    "fix.activity_not_eligible": "This activity cannot be claimed under this program.",
    "finding.execution_date_outside_campaign": "The execution date is outside the campaign ({start} → {end}).",
    "fix.execution_date_outside_campaign": "Change the execution date to a day within the campaign.",
    "finding.execution_date_in_future": "The execution date {date} is in the future.",
    "fix.execution_date_in_future": "Claim once the activity has run.",
    "finding.outside_claiming_period": "Claims for the usage period {period} ({usage_start} – {usage_end}) can be sent from {opens} to {closes}.",
    "fix.outside_claiming_period": "Save the claim and submit it within the claiming period.",
    "finding.past_claiming_deadline": "The claiming deadline for the usage period {period} ({usage_start} – {usage_end}) was {deadline}; it has passed.",
    "fix.past_claiming_deadline": "Late claims are not accepted; contact your account manager.",
    "claim.amount_warning": "⚠️ {finding} {fix} You can go on and change it before submitting "
    "(say **change the amount**).",
    "finding.amount_above_planned": "The amount is above what remains planned for this activity ({remaining} of {planned}).",
    "fix.amount_above_planned": "Claim at most {remaining}.",
    "finding.amount_above_funds": "The amount is above your remaining co-op ({remaining}).",
    "fix.amount_above_funds": "Claim at most {remaining}.",
    "finding.cap_share_of_earned": "{type} is capped at {percent}% of earned co-op ({cap}); {used} is already claimed.",
    "fix.cap_share_of_earned": "Claim at most {remaining}.",
    "finding.cap_syndicated_content": "Syndicated content is capped at {cap} per usage period; {used} is already claimed.",
    "fix.cap_syndicated_content": "Claim at most {remaining}.",
    "finding.conference_too_many_attendees": "Travel is covered for at most {max} attendees ({attendees} given).",
    "fix.conference_too_many_attendees": "Claim the travel of {max} people at most.",
    "finding.conference_no_attendees": "No attendee is given for the conference.",
    "fix.conference_no_attendees": "Change the number of attendees.",
    "finding.conference_per_person": "Travel is capped at {cap} per person (attendees: {attendees}).",
    "fix.conference_per_person": "Lower the amount to {cap} at most.",
    "finding.conference_period_total": "Conference travel is capped at {cap} per period; {used} is already claimed.",
    "fix.conference_period_total": "Claim at most {remaining}.",
    "finding.cap_demo_units": "Demo units are capped at {cap} this period; {used} is already claimed.",
    "fix.cap_demo_units": "Claim at most {remaining}.",
    "finding.no_invoice_or_csr": "There is no third-party invoice and no CSR.",
    "fix.no_invoice_or_csr": "Add the invoice (or a CSR for in-house work).",
    "finding.proof_without_note": "The proof document {name} has no explanatory note.",
    "fix.proof_without_note": "Remove it and add it again with a note.",
    "finding.evidence_incomplete": "An evidence item is incomplete.",
    "fix.evidence_incomplete": 'Choose "Add evidence" to finish it.',
    "finding.required_evidence_missing": "Missing: {requirement}.",
    "fix.required_evidence_missing": 'Choose "Add evidence" and attach it.',
    "finding.file_type_not_allowed": "{name} is not a file type reviewers accept.",
    "fix.file_type_not_allowed": "Remove it and attach a PDF, image or Office file.",
    "finding.pre_approval_missing": "{type} needs the pre-approval id.",
    "fix.pre_approval_missing": "Change the pre-approval id and give the one Microsoft sent.",
    "finding.duplicate_claim": "{claim_id} already claims this activity, date and amount.",
    "fix.duplicate_claim": "Don't claim twice: check {claim_id}.",
    "finding.amount_above_invoice": "The amount claimed, {amount}, is more than the invoice "
    "total I read in {name}: {total}.",
    "fix.amount_above_invoice": "Claim {total} at most, or add the invoice for the rest.",
    "finding.invoice_already_claimed": "The invoice {name} is already on {claim_id}.",
    "fix.invoice_already_claimed": "An invoice is claimed once: remove it, or check {claim_id}.",
    "finding.invoice_currency_differs": "The invoice {name} is in {invoice_currency}, the claim "
    "in {currency}.",
    "fix.invoice_currency_differs": "Reviewers compare the two: claim the amount converted "
    "into {currency}, and add a proof document with the exchange rate you used (your bank "
    "statement, say), its note saying how you converted it.",
    "finding.invoice_date_outside_campaign": "The invoice {name} is dated {issued_on}, outside "
    "the campaign {campaign} ({start} – {end}).",
    "fix.invoice_date_outside_campaign": "Check it is the invoice of this activity.",
    "finding.invoice_date_in_future": "The invoice {name} is dated {issued_on}, after today.",
    "fix.invoice_date_in_future": "Check the date on the invoice.",
    "finding.invoice_unreadable": "I could hardly read the invoice {name}; a reviewer may not "
    "either.",
    "fix.invoice_unreadable": "Attach a clearer scan or the PDF, then remove this one.",
    "finding.invoice_not_an_invoice": "{name} does not look like an invoice.",
    "fix.invoice_not_an_invoice": "Attach the supplier's invoice, then remove this file.",
    "finding.invoice_beside_earlier": "{added} was added beside {name}, sent with the rejected "
    "claim: a reviewer reading both may count the cost twice.",
    "fix.invoice_beside_earlier": "If it replaces it, say **remove {first}**; keep both only if "
    "both are costs of this activity.",
    "finding.deadline_soon": "The claiming deadline is near: {deadline} (days left: {days}).",
    "fix.deadline_soon": "Submit soon.",
    "finding.funds_unknown": "I have no co-op funds on record for {program}, {period}.",
    "fix.funds_unknown": 'The reviewer will check the funds; say "my funds" to see what I know.',
    "finding.currency_not_convertible": "I can't compare {currency} with {target}.",
    "fix.currency_not_convertible": "The reviewer will convert it.",
    "finding.cap_unverifiable": "I can't check the cap of {type} in {currency}.",
    "fix.cap_unverifiable": "Make sure the claim stays within the cap.",
    "finding.zero_impressions": "Estimated impressions are 0.",
    "fix.zero_impressions": "Give the number of people reached, if any.",
    "finding.metric_missing": "The results ({metric}) are missing.",
    "fix.metric_missing": "Add them: reviewers look for them.",
    # -- the reviewer's reasons on a claim being fixed (domain.reviewer_reasons) -----------
    "finding.reviewer_evidence": "Rejected by the reviewer: {names} — {reason}.",
    "fix.reviewer_evidence": "Replace it: add the corrected file, then remove this one "
    "(sending the same file again does not answer the reviewer).",
    "finding.reviewer_requirement": "The reviewer is still waiting for: {requirement} — {reason}.",
    "fix.reviewer_requirement": 'Choose "Add evidence" and attach it.',
    "finding.reviewer_field": "The reviewer questioned the {field}: {reason}.",
    "fix.reviewer_field": 'Choose "Change {field}" and give the corrected value.',
    "finding.reviewer_claim": "Still to deal with: {reason}.",
    "fix.reviewer_claim": 'Once you have dealt with it, click "I\'ve dealt with it".',
    "claim.review.answered": "The reviewer's reasons you answered",
    "claim.review.answered_line": "✓ {reason} — answered: {how}",
    "answer.replaced": "{old} replaced by {new}",
    "answer.removed": "{old} removed",
    "answer.added": "{new} added",
    "answer.changed": "{field} changed from {old} to {new}",
    "answer.confirmed": "you said you dealt with it",
    "claim.review.dealt_with": "I've dealt with it",
    "claim.review.dealt_with_one": "I've dealt with: {reason}",
    "claim.review.do": "Apply the choice",
    "evidence.item_faulted": "❌ {item} — the reviewer's reason: {reason}",
    # -- navigation, files anywhere, deleting a claim draft (issue 12) -------------------------
    "button.back": "Back",
    "back.not_here": "There is no step before this one to go back to here. Answer the "
    "question, or say **cancel** to stop (your draft is kept).",
    "back.first_here": "There is nothing before this question to go back to here. Answer it, or "
    "say **cancel** to stop (your draft is kept); earlier answers can be changed at the "
    "review, from its **Edit** buttons.",
    "back.nothing": "There is nothing to go back to: no question is open. Say **help** to see "
    "what I can do.",
    "back.first_claim_question": "This is the first question of the claim, so there is nothing "
    "before it. Answer it, or say **cancel** to stop (**{claim_id}** is kept) or **delete "
    "draft** to remove it.",
    "help.back.item": "Say **back** to return to the evidence list (this unfinished item is "
    "taken out).",
    "help.back.menu": "Say **back** to change your last answer before the evidence.",
    "help.back.review": "Say **back** to return to the evidence list.",
    "help.back.previous": "Say **back** to return to the previous question.",
    "evidence.taken_out": "I took out {item}; nothing else changed.",
    "evidence.taken_out.file": '"{name}"',
    "evidence.taken_out.link": "the unfinished link",
    "evidence.taken_out.item": "the unfinished item",
    "error.evidence_file_not_link": '"{name}" is a file, not a link: say which kind of '
    "document it is (invoice, CSR or proof). To add a link instead, say **back** and choose "
    "**Add a link**.",
    "error.evidence_link_at_file": '"{link}" is a link. What is **{name}**? Pick one below; '
    "then say **add a link** to add the link too.",
    "error.evidence_kind_not_link": "This item is a file, not a link: say which kind of "
    "document it is (invoice, CSR or proof). To add a link instead, say **back** and choose "
    "**Add a link**.",
    "files.none_came": "No file came with your message (Teams sent none): attach it again "
    "with the paperclip under the message box.",
    "files.kept.title": "**Files on your claim drafts**",
    "files.kept.line": "- **{claim_id}** ({name}): {files}",
    "files.kept.none": "No file is on a claim draft of yours yet.",
    "files.sent.title": "**Files sent with your latest claims**",
    "files.how": "A file goes to a claim: open it (**continue my claim {claim_id}**) and "
    "attach the file there.",
    "files.how_none": "A file goes to a claim: say **new claim** to start one, then attach the "
    "file there.",
    "files.no_claim": "Files are evidence for a claim, and no claim is open. Say **new claim** "
    "to start one, then send the file again (I didn't keep this one).",
    "files.fix_first": "Files are evidence for a claim, and no claim is open. **{claim_id}** "
    "was sent back by its reviewer: say **fix {claim_id}** to fix it, then send the file "
    "again (I didn't keep this one).",
    "files.open_a_claim": "Files are evidence for a claim: open the claim first, e.g. "
    "**continue my claim {claim_id}**, then send the file again (I didn't keep this one). "
    "Your claim drafts: {claim_ids}.",
    "question.delete_claim_confirm": "Delete claim draft {claim_id} for good? This cannot be "
    "undone.",
    "help.field.delete_claim_confirm": "Answer yes to delete this claim draft for good (its "
    "answers and its list of evidence), no to keep it.",
    "delete.claim_done": "Claim draft **{claim_id}** is deleted.",
    "delete.claim_already": "Claim draft **{claim_id}** is already deleted: nothing more to do.",
    "delete.claim_kept": "OK, I kept **{claim_id}**.",
    "delete.claim_kept_closed": "OK, I kept **{claim_id}**: say **continue my claim "
    "{claim_id}** to go on with it.",
    "delete.claim_not_draft": "**{claim_id}** can't be deleted: only drafts can be deleted, "
    "and it is no longer one (status: {status}).",
    "delete.claim_hint": "To delete a claim draft, say **delete draft {claim_id}**. Your claim "
    "drafts: {claim_ids}.",
    "claim.review.delete_draft": "Delete this draft",
}

CLAIM_FR: dict[str, str] = {
    "button.new_claim": "Nouvelle réclamation",
    "button.my_claims": "Mes réclamations",
    "button.my_funds": "Mes fonds",
    "help.way_out_claim": "Tapez votre réponse, ou dites **annuler** pour vous arrêter ici (votre réclamation {claim_id} est conservée) et **reprendre ma réclamation** pour revenir.",
    "help.way_out_dispute": "Tapez votre motif, ou dites **annuler** pour n'envoyer aucune "
    "contestation ({claim_id} reste refusée) et **contester** pour revenir.",
    "question.claim.plan_id": "Pour quel plan approuvé est cette preuve d'exécution ?",
    "question.claim.campaign_id": "Quelle campagne de {plan_id} ?",
    "question.claim.activity_id": "Quelle activité de **{campaign}** ?",
    "claim.context": "Preuve d'exécution pour **{activity_type}** de la campagne **{campaign}** du plan {plan_id}.",
    "question.claim.name": "Donnez un nom court à cette réclamation (par ex. Webinaire de "
    "printemps, mars).",
    "question.claim.execution_date": "Quand l'activité a-t-elle eu lieu ? (entre le {start} et "
    "le {end})",
    "claim.amount.all_remaining": "Tout le restant : {amount}",
    "question.claim.amount": "Quel montant réclamez-vous, en {currency} ? Il reste {remaining} "
    "de prévu pour cette activité.",
    "question.claim.impressions": "Combien de personnes a-t-elle touchées environ (impressions "
    "estimées) ?",
    "question.claim.pre_approval_id": "{activity_type} nécessite une pré-approbation de "
    "Microsoft : quel est l'identifiant de pré-approbation reçu ?",
    "question.claim.metric_value": "Résultats : {metric} ?",
    "question.claim.attendees": "Combien de vos collaborateurs y ont assisté (le voyage est "
    "plafonné à 3 par conférence) ?",
    "question.evidence.kind": "De quel justificatif s'agit-il ?",
    "question.evidence.kind_file": "De quel justificatif s'agit-il ? (**{name}**)",
    "question.evidence.file": "Envoyez le fichier maintenant : joignez-le à votre prochain "
    "message ({extensions} ; {max_mb} Mo maximum).",
    "question.evidence.file_for": "Envoyez le fichier maintenant (**{name}**) : joignez-le à "
    "votre prochain message ({extensions} ; {max_mb} Mo maximum).",
    "question.evidence.requirement": "Quelle exigence montre-t-il ?",
    "question.evidence.url": "Tapez le lien (https://…).",
    "question.evidence.note": "Ajoutez une courte note expliquant ce que prouve ce document "
    "(les réviseurs refusent les documents sans note).",
    "question.evidence.note_for": "**{name}** : ajoutez une courte note expliquant ce qu'il "
    "prouve (les réviseurs refusent les documents sans note).",
    "question.evidence.menu": "Justificatifs de {claim_id}",
    "evidence.checklist": "Ce dont un réviseur a besoin :",
    "evidence.have": "Joint jusqu'ici :",
    "evidence.none": "Rien de joint pour l'instant.",
    "evidence.line": "{mark} {label}",
    "evidence.item": "{kind} : {name}",
    "evidence.add_hint": "Joignez un fichier à votre message à tout moment, ou utilisez les "
    "boutons.",
    "evidence.remove_hint": "Pour en retirer un, dites supprimer et son nom (supprimer {name}).",
    "evidence.add_file": "Ajouter un fichier",
    "evidence.add_link": "Ajouter un lien",
    "evidence.done": "Justificatifs terminés",
    "evidence.requirement.invoice_or_csr": "Une facture d'un tiers ou un rapport de "
    "certification de service (CSR)",
    "evidence.requirement.other": "Autre document justificatif",
    "evidence.kind.invoice": "Facture d'un tiers",
    "evidence.kind.csr": "Rapport de certification de service (CSR)",
    "evidence.kind.proof": "Document justificatif",
    "evidence.kind.url": "Lien",
    "invoice.offer": "{name} est-il la facture d'une nouvelle réclamation ? Je la lirai et "
    "remplirai la réclamation avec.",
    "invoice.offer.yes": "Oui : commencer une réclamation avec",
    # -- what was read in an invoice (dialogs.invoice_reading) ------------------------------
    "reading.read": "J'ai lu {found}.",
    "reading.number": "la facture {number}",
    "reading.supplier": "de {supplier}",
    "reading.total": "total {total}",
    "reading.total_both": "total {total} TTC ({excl} HT)",
    "reading.unsure": "(à vérifier)",
    "reading.nothing": "J'ai lu {name} comme une facture mais je n'y ai trouvé ni total ni date "
    "utilisables ; la réclamation n'a pas changé.",
    "reading.unreadable": "Je n'ai presque rien pu lire dans {name}, et un réviseur non plus "
    "sans doute : une photo plus nette ou le PDF aiderait. La réclamation n'a pas changé.",
    "reading.not_invoice": "{name} ne ressemble pas à une facture (ni numéro de facture, ni "
    "total). Il reste sur la réclamation comme facture : vérifiez que c'est le bon fichier.",
    "reading.no_ocr": "Je ne sais pas lire les photos ni les scans ici, donc je n'ai pas "
    "vérifié {name}. La réclamation n'a pas changé.",
    "reading.timeout": "La lecture de {name} a pris trop de temps, je ne l'ai donc pas "
    "vérifié. La réclamation n'a pas changé.",
    "reading.failed": "Je n'ai pas pu lire {name} (abîmé, protégé ou trop gros pour être lu). "
    "La réclamation n'a pas changé.",
    "question.evidence.reading": "Je les reprends dans la réclamation ?",
    "reading.use.incl": "Prendre {amount} (TTC)",
    "reading.use.incl.dated": "Prendre {amount} TTC, et le {date}",
    "reading.use.excl": "Prendre {amount} (HT)",
    "reading.use.excl.dated": "Prendre {amount} HT, et le {date}",
    "reading.use.date": "Prendre la date du {date}",
    "reading.use.none": "Ne pas les reprendre",
    "reading.not_used": "D'accord : la réclamation garde ce qu'elle avait.",
    "reading.filled": "✓ Repris de la facture : {what}.",
    "reading.filled.amount": "montant **{amount}**",
    "reading.filled.date": "date de réalisation **{date}**",
    "reading.and": "et",
    "evidence.saved": "✓ {name} ({size}) enregistré.",
    "evidence.saved_for": "✓ {name} ({size}) enregistré comme **{what}** : un fichier au lieu "
    "d'un lien (ce n'est pas ça ? retirez-le à la vérification et joignez-le à nouveau).",
    "error.note_same_none": "Aucun autre fichier n'a encore de note : tapez celle de "
    "celui-ci, en une phrase (ce qu'il montre, pour le réviseur).",
    "error.note_same_which": "Les autres fichiers ont des notes différentes : tapez celle de "
    "celui-ci (copiez l'une des leurs si elle convient).",
    "evidence.kind_of_all": "{what}, pour chacun de {names}",
    "evidence.saved_as": "✓ {name} ({size}) enregistré comme **{what}**, comme son nom "
    "l'indique (ce n'est pas ça ? retirez-le à la vérification et joignez-le à nouveau).",
    "evidence.already_attached": (
        "Ce fichier ({name}) est déjà joint à cette réclamation (sous le nom {existing}) : "
        "je ne l'ajoute pas une deuxième fois."
    ),
    "evidence_needed.for_type": "Pour **{type}**, le réviseur a besoin de :",
    "evidence_needed.pre_approval": "Et de l'identifiant de pré-approbation donné par "
    "Microsoft avant l'activité : demandez-le avant de réserver.",
    "evidence_needed.pre_approval_short": "et la pré-approbation de Microsoft avant diffusion",
    "evidence_needed.nothing_more": "la facture ou le CSR seuls",
    "evidence_needed.results": "Sa réclamation donne aussi les résultats : {results}.",
    "evidence_needed.cap": "Son plafond : {cap}.",
    "evidence_needed.type_line": "- **{type}** : {needs}",
    "evidence_needed.every_claim": "Toute réclamation a besoin d'une **facture d'un tiers**, "
    "ou d'un **CSR** (rapport de certification de service) pour un travail fait en interne. "
    "Chaque type d'activité financé par le co-op demande en plus :",
    "evidence_needed.unknown": "« {name} » n'est pas un type d'activité financé par le co-op.",
    "evidence_needed.ask_for_one": "Demandez-en un seul, par exemple **quels justificatifs "
    "pour un webinaire ?**",
    "rejections_common.opening": "Ce que les réviseurs renvoient le plus souvent, et comment "
    "l'éviter :",
    "rejections_common.line": "- **{reason}** : {avoid}",
    "rejections_common.closing": "Un document justificatif sans sa note est refusé aussi. "
    "Avant l'envoi, la **vérification** de chaque réclamation dit lesquels la concernent, "
    "élément par élément, et comment corriger ; dites **que va vérifier le réviseur ?** pour "
    "ce que demande chaque type d'activité.",
    "rejection_avoid.missing_invoice": "joignez la facture du fournisseur, ou un CSR pour un "
    "travail fait en interne.",
    "rejection_avoid.date_outside": "le jour où l'activité a eu lieu doit tomber entre le "
    "début et la fin de sa campagne.",
    "rejection_avoid.over_limit": "réclamez au plus le co-op restant sur la période, ce qui "
    "reste prévu pour l'activité et le plafond de son type.",
    "rejection_avoid.amount_mismatch": "réclamez le total de la facture (HT ou TTC, selon "
    "votre programme), pas un chiffre de mémoire.",
    "rejection_avoid.missing_proof_of_distribution": "pour un publipostage, un e-mail ou un "
    "SMS, montrez l'envoi : enveloppe oblitérée, en-tête d'e-mail daté, photo du SMS.",
    "rejection_avoid.branding": "le support doit montrer votre marque et vos coordonnées.",
    "rejection_avoid.microsoft_content": "le support doit montrer du contenu Microsoft "
    "(produits, offres).",
    "rejection_avoid.missing_pre_approval": "la TV et la radio demandent la pré-approbation de "
    "Microsoft avant diffusion ; donnez son identifiant.",
    "rejection_avoid.file_unreadable": "envoyez des scans nets ou le PDF d'origine, pas une "
    "photo floue.",
    "rejection_avoid.file_type": "utilisez un type accepté (PDF, fichiers Office, images…) ; "
    "dites **quels fichiers puis-je envoyer ?** pour la liste.",
    "evidence_needed.costs": "Des frais ont leur propre règle : la restauration (avec un "
    "séminaire client, jamais l'alcool) et les déplacements (vers une conférence organisée par "
    "Microsoft, plafonnés). Demandez pour l'un d'eux, par exemple **puis-je réclamer le "
    "traiteur ?**",
    "expense.catering": "La **restauration** (traiteur, repas) n'est payée que dans une "
    "réclamation pour **{types}**, et jamais l'alcool : laissez les boissons alcoolisées hors "
    "du montant réclamé.",
    "expense.alcohol": "**L'alcool** n'est jamais payé : à un séminaire client, la "
    "restauration se réclame sans lui. Laissez-le hors du montant réclamé (si une même facture "
    "porte les deux, réclamez le reste).",
    "expense.travel": "Les **déplacements** (avion, train, hôtel) ne sont payés que dans une "
    "réclamation pour **{types}**. Leur plafond : {cap}.",
    "expense.tax": "Je n'ai pas de règle sur les **taxes** (TVA) pour le co-op : que le "
    "montant réclamé les inclue ou non relève des règles de votre programme. Quand une facture "
    "montre les deux totaux, je vous demande lequel vous réclamez ; votre responsable de compte "
    "Microsoft (le réviseur du plan) peut vous dire lequel est éligible.",
    "claim_limits.opening": "**Il n'y a pas de minimum** pour une réclamation. Elle peut "
    "aller jusqu'au plus petit de :",
    "claim_limits.planned": "ce qui reste prévu pour son activité (plusieurs réclamations "
    "peuvent porter sur une même activité) ;",
    "claim_limits.funds": "le co-op restant sur la période d'utilisation de son plan (dites "
    "**mes fonds** pour le voir).",
    "claim_limits.caps": "Certains types d'activité ont leur propre plafond :",
    "claim_limits.cap_line": "- **{type}** : {cap}",
    "claim_limits.cap.fixed_per_usage_period": "{amount} par période d'utilisation",
    "claim_limits.cap.share_of_earned": "{percent} % du co-op gagné sur la période",
    "claim_limits.cap.surface": "{percent} % dans les programmes Surface",
    "claim_limits.cap.greater_of_share_or_fixed": "le plus élevé de {percent} % du co-op "
    "gagné et de {amount}",
    "claim_limits.cap.conference_travel": "déplacements jusqu'à {per_person} par personne, "
    "{attendees} personnes au plus, {amount} par période",
    "claim_limits.closing": "Avant l'envoi, la vérification de la réclamation dit lequel "
    "s'applique et ce qui reste.",
    "pre_approval_what": "Certaines activités exigent une **pré-approbation** de leur support "
    "par Microsoft (l'annonce, le spot, son script) **avant sa diffusion** : {types}. "
    "Demandez à votre responsable de compte Microsoft (le réviseur du plan) où envoyer le "
    "support, bien à l'avance ; l'approbation de Microsoft donne un **identifiant de "
    "pré-approbation** (comme PA-2027-0042), que la réclamation demande. Sans lui, une "
    "réclamation pour cette activité est refusée. Les autres activités n'en ont pas besoin.",
    "error.claim_total": "La réclamation **{claim_id}** porte sur **{amount}** ; il reste "
    "jusqu'à **{remaining}** de prévu pour son activité. Ce qu'un réviseur refuserait est "
    "listé sur la carte.",
    "error.claim_total_none": "La réclamation **{claim_id}** n'a pas encore de montant ; il "
    "reste jusqu'à **{remaining}** de prévu pour son activité. Dites **modifier le montant** "
    "pour le donner.",
    "claims_how_many": "Il n'y a **pas de nombre fixé** de réclamations : une par facture, "
    "ou à chaque fois qu'une activité a eu lieu. C'est l'argent qui les limite : ensemble, les "
    "réclamations d'une activité ne dépassent pas ce qui reste prévu pour elle, et chacune ne "
    "dépasse pas le co-op restant de sa période d'utilisation (dites **mes fonds**). Dites "
    "**nouvelle réclamation** pour en commencer une.",
    "invoice_once": "Non : une facture **ne se réclame qu'une fois**. La même facture (le même "
    "fichier, ou le même numéro du même fournisseur) sur une seconde réclamation est rejetée "
    "comme réclamée deux fois, et la vérification avant l'envoi le signale. Pour une facture "
    "qui couvre deux activités, demandez à votre responsable de compte Microsoft (le réviseur "
    "du plan) comment la réclamer avant d'envoyer l'une ou l'autre. Une réclamation peut "
    "contenir plusieurs factures.",
    "claims_per_activity": "Oui : **plusieurs réclamations** peuvent porter sur une même "
    "activité (une par facture, ou à chaque fois qu'elle a eu lieu), tant qu'ensemble elles "
    "ne dépassent pas ce qui reste prévu pour elle ; la vérification avant l'envoi dit "
    "combien. La même date et le même montant deux fois pour une activité sont pris pour un "
    "doublon, et une facture ne peut figurer que sur une seule réclamation. Dites **nouvelle "
    "réclamation** pour en commencer une.",
    "requirement_what": "**{label}** : {help}",
    "requirement_what.asked_for": "Demandé pour : {types}.",
    "requirement_help.final_piece": "le support fini tel qu'il a été diffusé (l'annonce imprimée, "
    "le courrier, l'e-mail), en PDF, en image ou scanné.",
    "requirement_help.partner_branding": "le nom ou le logo de votre entreprise et un moyen de "
    "vous joindre (téléphone, site ou adresse e-mail), visibles sur le support lui-même.",
    "requirement_help.microsoft_content": "des produits, messages ou logos Microsoft visibles sur "
    "le support lui-même.",
    "requirement_help.ad_screenshot": "une capture d'écran de la publicité telle qu'elle est "
    "parue en ligne, avec sa date quand la plateforme l'affiche.",
    "requirement_help.landing_page_url": "l'adresse de la page web vers laquelle menait la "
    "publicité (ajoutez-la avec **Ajouter un lien**).",
    "requirement_help.proof_of_distribution": "ce qui montre que le support a été diffusé, et "
    "quand : l'enveloppe avec le cachet de la poste pour un courrier, l'e-mail reçu avec son "
    "en-tête daté, une photo du SMS sur un téléphone.",
    "requirement_help.url_or_screenshots": "l'adresse de la page (**Ajouter un lien**), ou des "
    "captures d'écran qui en montrent le contenu.",
    "requirement_help.seo_statement_of_work": "le contrat avec l'agence (ou votre plan interne) "
    "qui décrit le travail de référencement réalisé.",
    "requirement_help.component_evidence": "pour chaque volet de la campagne (publicité en ligne, "
    "e-mail, web et référencement, télémarketing), la preuve que ce volet demande à lui seul.",
    "requirement_help.script_with_brand": "le script lu par les téléopérateurs, qui cite votre "
    "entreprise.",
    "requirement_help.invitation_agenda": "l'invitation envoyée aux invités, et le programme de "
    "l'événement (un fichier, ou l'adresse de la page de l'événement).",
    "requirement_help.event_photos": "des photos prises pendant l'événement qui montrent qu'il a "
    "eu lieu : la salle, le public, les écrans ou les kakémonos.",
    "requirement_help.booth_photo": "une photo de votre stand au salon, votre marque visible.",
    "requirement_help.offer_terms": "l'offre telle que les clients l'ont vue, avec ses conditions "
    "générales.",
    "requirement_help.contest_rules_with_brand": "le règlement de l'incentive ou du concours "
    "remis à vos équipes, avec la marque.",
    "requirement_help.sample_deliverables": "des exemples de ce qu'a produit la ressource sur "
    "site (rapports, présentations), montrant des services 100 % Microsoft.",
    "requirement_help.materials_produced": "ce qu'a produit la preuve de concept : un livre "
    "blanc, une étude de cas, une étude.",
    "requirement_help.invoice_or_csr": "la facture du prestataire qui a fait le travail ou, pour "
    "un travail fait en interne, un rapport de certification de service (CSR) qui le décrit avec "
    "son coût.",
    "requirement_help.microsoft_invoice": "la facture que Microsoft vous a envoyée pour cela, "
    "telle que reçue.",
    "requirement_help.invoice_course_code": "la facture du cours ou de l'examen, avec son code et "
    "la date de réussite.",
    "requirement_help.agenda": "le programme de la journée ou de l'événement : ses sessions et "
    "leurs horaires.",
    "requirement_help.microsoft_presentation": "le contenu Microsoft présenté (100 % Microsoft).",
    "requirement_help.registration": "l'invitation, ou la confirmation d'inscription, à la "
    "conférence.",
    "requirement_help.travel_itinerary": "l'itinéraire du voyage (les billets ou l'itinéraire de "
    "l'agence), pour chaque participant.",
    "requirement_help.specs_or_delivery": "les spécifications des appareils, ou ce qui montre "
    "qu'ils ont été livrés (un bon de livraison).",
    "requirement.final_piece": "Copie de la pièce finale",
    "requirement.partner_branding": "Marque et contact du partenaire visibles",
    "requirement.microsoft_content": "Contenu Microsoft visible",
    "requirement.ad_screenshot": "Capture d'écran de la publicité",
    "requirement.landing_page_url": "URL de la page de destination",
    "requirement.proof_of_distribution": "Preuve de diffusion (cachet postal, en-tête d'e-mail "
    "daté, photo du SMS)",
    "requirement.url_or_screenshots": "URL ou captures d'écran",
    "requirement.seo_statement_of_work": "Cahier des charges SEO",
    "requirement.component_evidence": "Les justificatifs de chaque composante",
    "requirement.script_with_brand": "Script d'appel citant la marque du partenaire",
    "requirement.invitation_agenda": "Invitation et programme",
    "requirement.event_photos": "Photos de l'événement",
    "requirement.booth_photo": "Photo du stand",
    "requirement.offer_terms": "Offre avec ses conditions générales",
    "requirement.contest_rules_with_brand": "Règlement du concours avec la marque",
    "requirement.sample_deliverables": "Exemples de livrables",
    "requirement.materials_produced": "Documents produits (livre blanc, étude de cas…)",
    "requirement.invoice_or_csr": "Facture d'un tiers ou CSR",
    "requirement.microsoft_invoice": "Facture Microsoft originale",
    "requirement.invoice_course_code": "Facture avec code du cours/examen et date de réussite",
    "requirement.agenda": "Programme",
    "requirement.microsoft_presentation": "Présentation Microsoft",
    "requirement.registration": "Invitation ou inscription",
    "requirement.travel_itinerary": "Itinéraire de voyage",
    "requirement.specs_or_delivery": "Spécifications du système ou preuve de livraison",
    "claim.left_empty.metric": "Laissé vide : la vérification signalera que les résultats "
    "({metric}) manquent, et un réviseur pourra les demander. Vous pourrez les indiquer plus "
    "tard depuis la carte de vérification.",
    "claim.left_empty.pre_approval": "Laissé vide : une réclamation {type} ne peut pas être "
    "soumise sans l'identifiant de pré-approbation donné par Microsoft avant l'activité, et la "
    "vérification le dira. Ajoutez-le depuis la carte de vérification quand vous l'aurez.",
    "metric.estimated_reach": "la portée estimée",
    "metric.results_summary": "un court résumé des résultats (par ex. taux de clics)",
    "metric.calls_and_contacts": "le nombre d'appels et de contacts aboutis",
    "metric.registered_guests": "le nombre d'invités inscrits",
    "metric.estimated_attendees": "le nombre estimé de participants",
    "metric.attendees_cost_per_person": "la liste des participants et le coût par personne",
    "metric.attendees": "le nombre de participants",
    "ack.claim_started": "J'ai créé la réclamation **{claim_id}**. Chaque réponse est "
    "enregistrée au fur et à mesure.",
    "ack.claim_blank_reused": "Votre réclamation **{claim_id}** est encore vide : je la "
    "reprends plutôt que d'en commencer une autre. Chaque réponse est enregistrée au fur et à "
    "mesure.",
    "claim.unnamed": "pas encore nommée",
    "ack.claim_resumed": "Je reprends la réclamation **{claim_id}** là où vous l'avez laissée.",
    "ack.claim_resumed_named": "Je reprends la réclamation **{claim_id}** ({name}) là où vous "
    "l'avez laissée.",
    "claim.no_approved_plan": "Vous n'avez pas encore de plan approuvé : une preuve "
    "d'exécution se fait sur une activité d'un plan approuvé. Dites **mes plans** pour voir où "
    "en sont les vôtres.",
    "claim.copied": "J'ai commencé **{new_id}**, une autre réclamation pour la même activité "
    "que **{claim_id}** ({activity}). Ce qui prouve cette réalisation lui est propre : son nom, "
    "le jour où elle a eu lieu, le montant, la portée et les justificatifs.",
    "claim.copy_open": "Votre copie de **{claim_id}** est **{new_id}**, encore en brouillon : "
    "je la reprends là où vous l'avez laissée.",
    "claim.copy_none": "Il n'y a pas encore de réclamation à copier : dites **nouvelle "
    "réclamation** pour en commencer une.",
    "claim.copy_nothing": "**{claim_id}** n'a pas encore d'activité choisie, il n'y a donc rien "
    "à copier : dites **reprendre ma réclamation** pour la continuer, ou **nouvelle "
    "réclamation**.",
    "claim.campaign_not_started": "**{campaign}** commence le {start} : une preuve d'exécution "
    "porte sur une activité déjà réalisée. Votre réclamation {claim_id} est conservée : dites "
    "**reprendre ma réclamation** une fois l'activité réalisée.",
    "claim.review.title": "Vérification de {claim_id} avant soumission",
    "claim.review.activity": "{plan_id} · {campaign} · {activity_type}",
    "claim.review.problems": "Ce qu'un réviseur refuserait",
    "claim.review.warnings": "À vérifier",
    "claim.review.ok": "✅ Rien qu'un réviseur refuserait.",
    "claim.review.submit": "Soumettre la réclamation",
    "claim.review.submit_anyway": "Soumettre quand même",
    "claim.review.add_evidence": "Ajouter un justificatif",
    "claim.review.change": "Modifier {field}",
    "claim.review.remove_evidence": "Supprimer {item}",
    "claim.review.save": "Enregistrer et fermer",
    "claim.review.keep_originals": "Conservez les originaux 24 mois après la date de l'activité.",
    "claim.submit.blocked": "Je ne peux pas encore soumettre **{claim_id}** : corrigez "
    "d'abord les points marqués ⛔.",
    "claim.check.what_stops": "Ce qui empêche de soumettre {claim_id}, et comment le corriger :",
    "claim.check.only_warnings": "Rien n'empêche de soumettre {claim_id}, mais un réviseur "
    "pourrait s'interroger sur ces points (**Soumettre quand même** l'envoie tel quel) :",
    "claim.check.nothing_stops": "Rien n'empêche de soumettre {claim_id} : rien qu'un réviseur "
    "rejetterait. Dites **soumettre** quand vous êtes prêt.",
    "claim.submit.confirm_warnings": "Il reste des avertissements (⚠️). Si vous êtes sûr, "
    "cliquez sur **Soumettre quand même** (ou tapez *soumettre quand même*).",
    "claim.submit.not_allowed": "Seul un administrateur Incentives peut soumettre une "
    "réclamation. Votre brouillon est enregistré ; {who}",
    "claim.submit.already": "**{claim_id}** a déjà été soumise ({status}) ; il n'y a plus rien "
    "à faire.",
    "claim.receipt.title": "Réclamation soumise",
    "claim.receipt.body": "**{claim_id}** ({name}) est maintenant **Soumise** : {amount} pour "
    "{activity_type}, exécutée le {date}. L'examen prend environ 2 jours ouvrés ; je vous "
    "préviendrai ici quand son statut changera.",
    "claim.saved": "Enregistré. **{claim_id}** reste un brouillon : dites **reprendre ma "
    "réclamation** pour y revenir.",
    "invoice_awaited.kept": "D'accord : votre réclamation **{claim_id}** est conservée et "
    "attend sa facture. Quand elle arrive, dites **reprendre ma réclamation {claim_id}** et "
    "joignez-la.",
    "invoice_awaited.title": "Une réclamation peut attendre sa facture. Quand elle arrive, "
    "dites les mots à côté de son brouillon et joignez-la :",
    "invoice_awaited.line": "**{claim_id}** ({name}) : **reprendre ma réclamation {claim_id}**.",
    "invoice_awaited.closes": "Les réclamations de {period} sont acceptées jusqu'au {closes}.",
    "invoice_awaited.none": "Une réclamation peut attendre sa facture : dites **nouvelle "
    "réclamation**, répondez à ce que vous savez et ajoutez la facture quand elle arrive. Une "
    "réclamation demande une facture d'un tiers, ou un CSR pour un travail fait en interne.",
    "claim.figure_option": "{field} : {value}",
    "error.figure_which": "« {value} » ne dit pas quelle réponse : laquelle change-t-il ? "
    "Cliquez-la ci-dessous ; rien ne change avant.",
    "claim.undone": "Annulé : votre dernière modification est revenue comme avant.",
    "claim.nothing_to_undo": "Il n'y a rien à annuler : aucune modification n'a été faite à "
    "cette vérification (une modification s'annule une fois). Dites **retour** pour la liste "
    "des justificatifs.",
    "claim.cancelled": "D'accord, j'arrête. Votre réclamation **{claim_id}** est conservée : "
    "dites **reprendre ma réclamation** pour la reprendre.",
    "claims.title": "Vos réclamations",
    "claims.none": "Vous n'avez encore aucune réclamation. Dites **nouvelle réclamation** pour "
    "soumettre une preuve d'exécution.",
    "claims.line": "**{claim_id}** · {name} · {status} · {amount}",
    "claims.draft_hint": "Dites **reprendre ma réclamation CLM-…** pour ouvrir un brouillon.",
    "claims.export_hint": "Dites **exporter mes réclamations** pour les avoir toutes dans "
    "un tableur.",
    "claims.title_page": "Vos réclamations, de {first} à {last} sur {count}",
    "claims.more_hint": "Dites **la suite** pour les suivantes.",
    "claims.no_more": "C'étaient toutes vos réclamations ({count}). Dites **mes réclamations** "
    "pour la liste depuis le début.",
    "export.ready": "Les {count} réclamations de votre organisation dans un tableur (Excel), "
    "une ligne par réclamation avec son statut, son montant et ses dates. Le lien fonctionne "
    "{minutes} minutes et il est pour vous : ne le transférez pas (qui l'a peut l'ouvrir "
    "jusque-là).",
    "export.ready.one": "La réclamation de votre organisation dans un tableur (Excel), avec "
    "son statut, son montant et ses dates. Le lien fonctionne {minutes} minutes et il est "
    "pour vous : ne le transférez pas (qui l'a peut l'ouvrir jusque-là).",
    "export.button": "Télécharger le tableur",
    "export.not_allowed": "Seules les personnes de l'annuaire des rôles de votre organisation "
    "peuvent emporter toutes ses réclamations dans un tableur : demandez à votre admin "
    "Incentives de vous y ajouter, ou le tableur. **mes réclamations** les liste ici.",
    "export.expired": "Ce lien a expiré : un lien fonctionne {minutes} minutes. Dans la "
    "conversation, dites « exporter mes réclamations » pour en avoir un nouveau.",
    "export.refused": "Ce lien n'est pas valide. Dans la conversation, dites « exporter mes "
    "réclamations » pour en avoir un nouveau.",
    "export.sheet.title": "Réclamations",
    "export.file_name": "reclamations",
    "export.column.claim_id": "Réclamation",
    "export.column.name": "Nom",
    "export.column.activity_type": "Type d'activité",
    "export.column.status": "Statut",
    "export.column.amount": "Montant",
    "export.column.currency": "Devise",
    "export.column.execution_date": "Date d'exécution",
    "export.column.plan_id": "Plan",
    "export.column.updated": "Dernier changement",
    "funds.title": "Vos fonds co-op",
    "funds.none": "Je n'ai encore aucun fonds co-op enregistré pour votre organisation.",
    "funds.none_deadlines": "Je n'ai encore aucun fonds co-op enregistré pour votre "
    "organisation, donc aucune échéance qui soit la vôtre. Comment elles vont : un plan est "
    "soumis une première fois au plus tard le dernier jour de son année de programme (celle-ci "
    ": **{plans_until}**), et peut être modifié et resoumis {grace} jours de plus ; les "
    "réclamations d'une période sont prises dans sa fenêtre (celle-ci, **{period}** : du "
    "{opens} au **{closes}**).",
    "funds.line": "**{period}** · {program} : acquis {earned}, réclamé {claimed}, **reste "
    "{remaining}**, utilisable jusqu'au {expiry} ; réclamations acceptées du {opens} au "
    "{closes}",
    "field.claim.plan_id": "plan",
    "field.claim.campaign_id": "campagne",
    "field.claim.activity_id": "activité",
    "field.claim.name": "nom",
    "field.claim.execution_date": "date d'exécution",
    "field.claim.amount": "montant",
    "field.claim.impressions": "impressions estimées",
    "field.claim.pre_approval_id": "identifiant de pré-approbation",
    "field.claim.metric_value": "résultats",
    "field.claim.attendees": "participants",
    "help.field.claim.plan_id": "Une réclamation porte sur une activité d'un plan approuvé : "
    "choisissez le plan.",
    "help.field.claim.campaign_id": "Choisissez la campagne dont fait partie l'activité.",
    "help.field.claim.activity_id": "Choisissez l'activité qui a eu lieu.",
    "help.field.claim.name": "Un nom que vous reconnaîtrez dans la liste de vos réclamations.",
    "help.field.claim.execution_date": "Le jour où l'activité a eu lieu ; il doit tomber dans "
    "les dates de la campagne. La facture, l'invitation ou le rapport de la plateforme "
    "publicitaire l'indique.",
    "help.field.claim.amount": "Le montant dépensé et réclamé, dans la devise du plan, "
    "justifié par la facture ou le CSR : le total de la facture. Joignez la facture (📎) et "
    "je la lis pour vous ; si vous l'attendez encore, dites **plus tard** : votre "
    "réclamation est conservée.",
    "help.field.claim.impressions": "Le nombre estimé de personnes touchées ; un nombre "
    "entier, 0 si aucune. Une estimation suffit : les invités, les destinataires d'un "
    "envoi, les impressions du rapport de la plateforme publicitaire.",
    "help.field.claim.pre_approval_id": "L'identifiant envoyé par Microsoft quand il a approuvé "
    "le support avant diffusion.",
    "help.field.claim.metric_value": "Le résultat qu'un réviseur attend pour ce type "
    "d'activité : {metric}. Vos propres chiffres suffisent (une liste d'inscrits, le rapport "
    "de la plateforme) ; si vous ne les avez pas, dites **passer** : la vérification "
    "signalera qu'ils manquent.",
    "help.field.claim.attendees": "Combien de vos collaborateurs se sont rendus à la "
    "conférence (3 au plus sont pris en charge).",
    "help.field.evidence.kind": "Ce qu'est ce fichier, pour que le réviseur sache quoi y "
    "chercher : une **facture d'un tiers**, un **rapport de certification de service (CSR)** "
    "pour un travail fait en interne, ou un **document justificatif** (vous direz ensuite "
    "quelle exigence il montre et ajouterez une courte note). Un fichier n'est jamais un "
    "lien : les liens s'ajoutent avec **Ajouter un lien** dans la liste des justificatifs.",
    "help.field.evidence.file": "Joignez le fichier avec le trombone et envoyez-le. "
    "Acceptés : {extensions}.",
    "help.field.evidence.requirement": "Laquelle des pièces exigées pour ce type d'activité "
    "cet élément montre (la liste la coche une fois jointe) ; choisissez **Autre document "
    "justificatif** si ce n'est aucune d'elles.",
    "help.field.evidence.url": "Collez l'adresse de la page web qui montre ce justificatif "
    "(une page de destination, une publication…), copiée depuis votre navigateur : elle "
    "commence par https:// (ou http://), par exemple https://contoso.com/offre.",
    "help.field.evidence.note": "Une ou deux phrases disant ce que prouve le document, par "
    "exemple Photos de la salle pendant l'atelier (un document justificatif en demande une).",
    "help.field.evidence.menu": "La liste des justificatifs : envoyez dans un message chaque "
    "document que la liste demande (une facture ou un CSR, et ce qu'exige le type d'activité), "
    "ou utilisez **Ajouter un fichier** ; ajoutez les pages web avec **Ajouter un lien** ; "
    "puis choisissez **Justificatifs terminés** pour voir la vérification.",
    "help.field.claim.review": "Soumettez la réclamation, ajoutez un justificatif, modifiez une "
    "réponse, ou enregistrez-la pour plus tard.",
    "error.no_claim_draft": "Vous n'avez aucun brouillon de réclamation à reprendre. Dites "
    "**nouvelle réclamation** pour en commencer une.",
    "error.no_claim_draft_to_delete": "Vous n'avez aucun brouillon de réclamation à supprimer.",
    "mistake.claim_draft": "Pas de souci : **{claim_id}** est encore un brouillon, chaque "
    "réponse peut donc changer. Dites laquelle (**modifier le montant**, **modifier la "
    "date**…), ou **supprimer** et le nom d'un fichier pour le retirer de ses justificatifs.",
    "mistake.claim_sent": "**{claim_id}** a été envoyée ({status}) : elle ne peut plus être "
    "modifiée.",
    "mistake.tell_reviewer": "Si l'erreur compte, dites-le à votre responsable de compte "
    "Microsoft (le réviseur du plan) : les réviseurs peuvent vous la renvoyer pour la corriger "
    "(**Action requise**), et je vous préviens ici.",
    "error.no_claim_to_change": "Vous n'avez encore aucune réclamation. Si l'erreur est dans un "
    "brouillon de plan, dites **reprendre mon plan**, puis ce qu'il faut modifier (**modifier "
    "le montant prévu**) ; un plan déjà envoyé ne peut plus être modifié : dites-le à son "
    "réviseur, votre responsable de compte Microsoft.",
    "error.claim_not_found": "Je ne trouve pas de réclamation {claim_id} dans votre organisation.",
    "error.claim_not_found_unnamed": "Je ne trouve pas cette réclamation dans votre organisation.",
    "error.claim_locked": "**{claim_id}** ne peut plus être modifiée (statut : {status}).",
    "claim.locked_next.reviewing": "Elle est chez les réviseurs de Microsoft et ne peut pas "
    "être retirée. S'ils demandent des modifications, je vous le dirai ici et vous pourrez la "
    "corriger.",
    "claim.locked_next.disputed": "Votre contestation est chez Microsoft (décision sous 5 jours "
    "ouvrés) ; je vous dirai ici ce qu'ils décident.",
    "claim.locked_next.action_required": "Le réviseur a demandé des modifications : dites "
    "**corriger {claim_id}** pour les faire et la soumettre à nouveau.",
    "claim.locked_next.rejected": "Dites **corriger {claim_id}** pour la corriger dans une "
    "nouvelle réclamation, ou **contester {claim_id}** pour contester la décision.",
    "claim.locked_next.approved": "Elle a été approuvée : rien de plus n'est nécessaire.",
    "error.claim_changed": "Quelqu'un d'autre a modifié **{claim_id}** pendant que vous "
    "répondiez ; je ne l'ai donc pas écrasée. Voici la version actuelle :",
    "error.count_invalid": "« {value} » n'est pas un nombre entier. Tapez-le comme 5000.",
    "error.impressions_not_given": "« {value} » : la réclamation a besoin de ce nombre, que "
    "les réviseurs lisent comme une estimation. Une estimation suffit : les invités, les "
    "destinataires d'un envoi, les impressions du rapport de la plateforme publicitaire. "
    "Tapez 0 si elle n'a touché personne.",
    "error.count_range": "« {value} » est une fourchette, et la réclamation prend un seul "
    "nombre. Vouliez-vous dire **{suggestion}**, le bas de la fourchette ? Répondez "
    "**oui** ou cliquez dessus ci-dessous, ou tapez le nombre.",
    "error.claim_amount_from_invoice": "Je n'ai lu aucune facture sur cette réclamation pour "
    "l'y reprendre : tapez le montant tel qu'il figure sur la facture, en {currency}, ou "
    "joignez la facture (📎) et je la lis pour vous.",
    "error.count_in_sentence": "« {value} » : le nombre est-il **{suggestion}** ? Répondez "
    "**oui** ou cliquez dessus ci-dessous, ou tapez le nombre.",
    "error.count_negative": "Ce nombre ne peut pas être négatif.",
    "error.pre_approval_invalid": "Un identifiant de pré-approbation se compose de lettres, "
    "chiffres et tirets, comme PA-2027-0042.",
    "error.pre_approval_did_you_mean": "« {value} » : l'identifiant de pré-approbation "
    "est-il **{suggestion}** ? Répondez **oui** ou cliquez dessus ci-dessous, ou tapez "
    "l'identifiant seul.",
    "form_error.pre_approval_did_you_mean": "« {value} » : **{suggestion}** est maintenant "
    "dans le champ. **Enregistrer** le garde, ou tapez l'identifiant.",
    "error.evidence_send_several": "Aucun fichier n'est arrivé avec votre message. Envoyez-les "
    "maintenant ({names}) : joignez-les à votre prochain message, tous ensemble si vous "
    "voulez ; je demanderai ce qu'est chacun là où son nom ne le dit pas.",
    "error.evidence_none_received": "Je n'ai reçu aucun fichier pour {claim_id} pour "
    "l'instant. Un fichier ne me parvient que joint à un message de cette conversation (ni par "
    "e-mail, ni dans une autre conversation) : joignez-le ici, ou utilisez **Ajouter un "
    "fichier**.",
    "error.evidence_received": "Voici ce qui est arrivé pour {claim_id} : {items}. Autre "
    "chose : joignez-le à un message ici, ou utilisez **Ajouter un fichier**.",
    "error.evidence_nothing_to_remove": "Rien n'est joint à {claim_id} pour l'instant : il "
    "n'y a rien à supprimer. Joignez un fichier à un message, ou utilisez les boutons "
    "ci-dessus.",
    "error.evidence_remove_which": "Lequel ? Dites **supprimer** et le nom du fichier : {names}.",
    "error.evidence_wrong_file": "Pour le retirer, dites **supprimer {name}** ; puis joignez "
    "le bon fichier à un message.",
    "error.pre_approval_yes": "Merci de taper l'identifiant de pré-approbation lui-même, "
    "comme PA-2027-0042 (il figure dans l'e-mail de pré-approbation de Microsoft), ou dites "
    "**passer** si vous n'en avez pas.",
    "error.claim_name_is_link": "« {value} » est un lien, pas un nom : donnez à cette "
    "réclamation un nom court qu'un réviseur reconnaîtra (par exemple **Webinaire de "
    "printemps, mars**). Les liens vers ce qui a eu lieu vont dans ses justificatifs, que je "
    "demande après ces questions.",
    "error.claim_name_as_last_time": "« {value} » : chaque réclamation a son propre nom, pour "
    "que vous et le réviseur distinguiez cette fois de la précédente. Tapez-le (par exemple "
    "**Webinaire de printemps, mars**).",
    "error.claim_name_says_nothing": "« {value} » n'est pas un nom : donnez à cette "
    "réclamation un nom court qu'un réviseur reconnaîtra (par exemple **Webinaire de "
    "printemps, mars**), ou dites **annuler** pour vous arrêter ici (votre brouillon est "
    "conservé).",
    "error.execution_date_outside_campaign": "L'activité doit avoir eu lieu pendant la "
    "campagne, entre le {start} et le {end}.",
    "error.execution_not_run_yet": "Alors il est **trop tôt** pour cette réclamation : une "
    "preuve d'exécution porte sur une activité déjà réalisée. Votre réclamation {claim_id} est "
    "conservée : dites **plus tard** pour la laisser ici, et **reprendre ma réclamation** une "
    "fois l'activité réalisée. Pour **{campaign}**, ce peut être un jour jusqu'au {end}, "
    "dernier jour de la campagne.",
    "error.execution_not_run_campaign_over": "**{campaign}** s'est terminée le {end} : seule "
    "une activité réalisée entre le {start} et le {end} peut y être réclamée. Si la vôtre a eu "
    "lieu alors, tapez le jour ; sinon, votre réclamation {claim_id} ne peut pas la couvrir : "
    "dites **supprimer ma réclamation** pour l'abandonner, ou **plus tard** pour la laisser, "
    "et demandez à votre responsable de compte une campagne pour cette activité.",
    "error.execution_not_run_yet_undated": "Alors il est **trop tôt** pour cette réclamation : "
    "une preuve d'exécution porte sur une activité déjà réalisée. Votre réclamation {claim_id} "
    "est conservée : dites **plus tard** pour la laisser ici, et **reprendre ma réclamation** "
    "une fois l'activité réalisée.",
    "error.execution_date_in_future": "Cette date est dans le futur : une preuve d'exécution "
    "porte sur une activité déjà réalisée.",
    "error.reading_which": "« {value} » : lequel ? Le montant TTC ou HT :",
    "error.evidence_faq_csr": "Un rapport de certification de service (CSR) prouve un travail "
    "fait en interne par votre équipe, sans facture d'un fournisseur. Chaque réclamation a "
    "besoin d'une facture d'un tiers ou d'un CSR : joignez-le à un message ici, comme tout "
    "fichier.",
    "error.evidence_faq_quote": "Un devis, une estimation ou un bon de commande ne prouve pas ce "
    "qui a été dépensé : un réviseur a besoin de la facture envoyée par le fournisseur (ou d'un "
    "CSR pour un travail fait en interne). Joignez-la quand vous l'avez ; la réclamation reste "
    "un brouillon d'ici là.",
    "error.evidence_faq_files": "Des fichiers jusqu'à {max_mb} Mo chacun, de ces types : "
    "{extensions}. Joignez-les à un message ici, plusieurs à la fois si vous voulez.",
    "error.evidence_faq_invoice": "Chaque réclamation a besoin d'une facture d'un tiers ou d'un "
    "CSR (pour un travail fait en interne) : un réviseur refuse une réclamation sans. "
    "Joignez-la à un message ici.",
    "error.evidence_faq_proof": "Un document de preuve montre que l'activité a eu lieu comme "
    "prévu : une capture de l'annonce, l'agenda et la liste des participants, des photos de "
    "l'événement, un enregistrement ou son lien. Ajoutez chacun avec une note qui dit ce qu'il "
    "montre : un réviseur refuse un document de preuve sans note. La liste dit ce que ce type "
    "d'activité demande.",
    "error.evidence_faq_several": "Oui : joignez autant de fichiers que la réclamation en "
    "demande, plusieurs dans un même message si vous voulez (une facture par fournisseur, par "
    "exemple) ; chacun est listé et chaque facture est lue. Une facture ne peut figurer que "
    "sur une seule réclamation.",
    "error.evidence_faq_note": "La note est une phrase qu'un réviseur lit à côté d'un "
    "document de preuve : ce qu'il est et ce qu'il montre de l'activité (le jour, le lieu, qui "
    "y a pris part, s'il les montre). Par exemple : *Photos de l'atelier sécurité à Paris, "
    "10 novembre 2026 : 85 invités, notre logo et celui de Microsoft à l'écran.* Je la demande "
    "quand vous ajoutez un document de preuve ; la facture ou le CSR n'en ont pas besoin.",
    "error.evidence_internal_store": "Un réviseur de Microsoft ne peut pas ouvrir les fichiers "
    "gardés dans le SharePoint, le OneDrive, les Teams ou les lecteurs de votre organisation : "
    "téléchargez-les et joignez-les à un message ici (plusieurs à la fois si vous voulez), ou "
    "utilisez **Ajouter un fichier**. Une page que tout le monde peut ouvrir, comme votre page "
    "d'atterrissage, peut être un lien (**Ajouter un lien**).",
    "error.evidence_faq_keep": "Conservez les originaux 24 mois après la date de l'activité : "
    "un réviseur ou un audit peut les demander.",
    "error.invoice_shown": "Sur **{claim_id}** :\n{lines}",
    "error.invoice_shown_none": "Aucune facture n'est sur **{claim_id}** pour l'instant : "
    "joignez-la à un message ici (un PDF ou une photo) et je la lis pour vous.",
    "invoice_shown.not_read": "non lue (un fichier que je ne lis pas, ou pas de lecteur ici) : "
    "vérifiez-la vous-même avant de soumettre.",
    "error.evidence_in_mailbox": "Je ne peux pas ouvrir votre messagerie, ni recevoir un "
    "e-mail transféré : enregistrez la pièce jointe de l'e-mail (en PDF, par exemple) et "
    "joignez-la à un message ici ; l'e-mail lui-même, enregistré en fichier .msg, convient "
    "aussi. S'il n'est pas sous la main, dites **plus tard** : votre réclamation est conservée.",
    "error.evidence_by_email": "Je ne peux pas recevoir d'e-mail : joignez le fichier à un "
    "message ici (glissez-le dans la conversation, ou utilisez **Ajouter un fichier**), ou "
    "ajoutez un lien vers l'endroit où il est rangé. S'il n'est pas sous la main, dites "
    "**plus tard** : votre réclamation est conservée.",
    "error.evidence_lacking": "**{requirement}** fait partie de ce qu'un réviseur vérifie pour "
    "cette activité : sans cela, la réclamation serait refusée. Si vous avez autre chose qui "
    "le montre (une capture d'écran, une liste de participants, un enregistrement), "
    "ajoutez-le avec **Ajouter un fichier** et une note qui dit ce qu'il montre. S'il arrive "
    "bientôt, dites **plus tard** : votre réclamation est conservée.",
    "error.claim_amount_asked": "« {value} » : une réclamation est payée sur ce que montre la "
    "facture ou le CSR. Est-ce exactement **{suggestion}** ? Répondez **oui** ou cliquez dessus "
    "ci-dessous, ou tapez le montant de la facture.",
    "error.claim_amount_sum": "« {value} » fait **{suggestion}**. Est-ce le montant de la "
    "facture ? Répondez **oui** ou cliquez dessus ci-dessous, ou tapez le montant de la facture.",
    "error.claim_amount_which": "« {value} » : une réclamation est payée sur un seul montant, "
    "celui que montre la facture ou le CSR. Lequel est-ce ? Cliquez dessus ci-dessous, ou tapez "
    "le montant de la facture.",
    "error.claim_amount_estimate": "« {value} » est une estimation, et une réclamation est "
    "payée sur ce que montre la facture ou le CSR. Est-ce exactement **{suggestion}** ? "
    "Répondez **oui** ou cliquez dessus ci-dessous, ou tapez le montant de la facture.",
    "error.evidence_link_is_invoice": "La facture ne peut pas être un lien : un réviseur lit le "
    "fichier lui-même, et je vérifie son total par rapport à la réclamation. Dites **retour** "
    "pour retirer ce lien, puis joignez la facture à un message ici (ou utilisez **Ajouter un "
    "fichier**).",
    "error.evidence_link_shows_unknown": "Je ne connais pas « {value} » ici : choisissez ce que "
    "montre le lien (**Autre document justificatif** si ce n'est aucune de ces pièces), ou "
    "dites **retour** pour le retirer de la réclamation.",
    "error.evidence_invoice_link": "« {link} » est un lien vers la facture, et la facture doit "
    "être le fichier lui-même : un réviseur la lit, et je vérifie son total par rapport à la "
    "réclamation. Téléchargez-la et joignez-la à un message ici (glissez-la dans la "
    "conversation), ou utilisez **Ajouter un fichier**.",
    "error.evidence_link_for_file": "« {link} » est un lien, et cet élément est un fichier : "
    "joignez le fichier lui-même à votre message. Pour ajouter la page comme lien, dites "
    "**retour** et choisissez **Ajouter un lien**.",
    "error.file_expected": "Joignez le fichier à votre message, ou dites **retour** pour "
    "revenir à la liste des justificatifs sans lui (le reste de la réclamation est conservé).",
    "error.file_type_not_allowed": "« {name} » n'est pas un type de fichier accepté par les "
    "réviseurs. Acceptés : {allowed}.",
    "error.file_type_photo": "« {name} » est une photo dans un format que les réviseurs "
    "ne peuvent pas ouvrir. Enregistrez-la en JPEG ou en PNG (téléphones et applications "
    "photo savent exporter ou partager une photo en JPEG ; sur un iPhone, Réglages > "
    "Appareil photo > Formats > Le plus compatible donne des JPEG à partir de là) et "
    "joignez-la.",
    "error.file_type_archive": "« {name} » est une archive, que les réviseurs n'ouvrent "
    "pas. Joignez plutôt les fichiers qu'elle contient : jusqu'à {max} par message.",
    "error.file_type_video": "« {name} » est une vidéo dans un format que les réviseurs "
    "n'acceptent pas (WMV seulement). Utilisez **Ajouter un lien** pour donner l'adresse où "
    "elle est publiée ou enregistrée, ou enregistrez-la en WMV.",
    "error.file_type_audio": "« {name} » est un enregistrement dans un format que les "
    "réviseurs n'acceptent pas (WMA seulement). Utilisez **Ajouter un lien** pour donner "
    "l'adresse où il est publié, ou enregistrez-le en WMA.",
    "error.file_type_mail": "« {name} » est un fichier d'e-mail que les réviseurs "
    "n'acceptent pas. Enregistrez l'e-mail depuis Outlook en .msg (Fichier > Enregistrer "
    "sous), ou en PDF, et joignez-le.",
    "error.file_type_apple": "« {name} » est un fichier Keynote, Pages ou Numbers, que les "
    "réviseurs ne peuvent pas ouvrir. Exportez-le en PDF (Fichier > Exporter vers), ou en "
    "PowerPoint, Word ou Excel, et joignez-le.",
    "error.file_type_text": "« {name} » n'est pas un type de fichier accepté par les "
    "réviseurs. Enregistrez-le en PDF, ou en fichier Word, Excel ou PowerPoint, et "
    "joignez-le.",
    "error.file_type_drawing": "« {name} » est un fichier de conception, que les réviseurs "
    "ne peuvent pas ouvrir. Exportez-le en PDF ou en PNG et joignez-le.",
    "error.file_pasted_image": "Je ne peux pas prendre une image collée dans le message. "
    "Joignez-la plutôt comme fichier (le trombone, puis l'image depuis votre appareil) et je "
    "la garderai comme justificatif.",
    "error.file_name_invalid": "Je ne peux pas accepter un fichier nommé « {name} ». "
    "Renommez-le (par exemple facture.pdf).",
    "error.file_too_large": "Ce fichier est trop volumineux ({size_mb} Mo) ; la limite est de "
    "{max_mb} Mo.",
    "error.file_empty": "Ce fichier est vide.",
    "error.file_executable": "« {name} » est un programme, pas un document : je ne l'ai pas "
    "gardé. Joignez le document lui-même (PDF, image, fichier Office…).",
    "error.file_content_mismatch": "Le contenu de « {name} » n'est pas un fichier {type} : je "
    "ne l'ai pas gardé. Joignez le vrai document, enregistré au format qu'indique son nom.",
    "error.download_failed": "Je n'ai pas pu télécharger ce fichier. Envoyez-le à nouveau.",
    "error.download_timeout": "Le téléchargement de ce fichier a pris trop de temps. "
    "Envoyez-le à nouveau.",
    "error.download_refused": "Je ne peux prendre que des fichiers partagés via Teams. "
    "Joignez-le à nouveau.",
    "error.url_invalid": "« {value} » n'est pas un lien web. Tapez-le comme "
    "https://contoso.com/offre.",
    "error.too_many_evidence": "Une réclamation peut contenir au plus {max} justificatifs.",
    "error.too_many_files": "Cela fait {count} fichiers dans un seul message ; envoyez-en au "
    "plus {max} à la fois.",
    "error.too_many_evidence_files": "Cela fait {count} fichiers, mais cette réclamation n'a de "
    "place que pour {room} de plus ({max} justificatifs au maximum). Envoyez-en moins.",
    "files_not_kept": "{names} n'a pas été gardé : les fichiers sont des justificatifs d'une "
    "réclamation, et cette question n'en prend pas (votre réponse est lue ci-dessous). Pour "
    "l'ajouter à une réclamation, ouvrez-la (**reprendre ma réclamation**) et renvoyez-le.",
    "error.file_not_expected": "Je n'attendais pas de fichier ici : les fichiers sont les "
    "justificatifs d'une réclamation, et cette question n'en prend pas. Tapez votre réponse. "
    "Pour utiliser le fichier dans une réclamation, dites **plus tard** (ce brouillon est "
    "conservé) et renvoyez le fichier.",
    "error.already_in_claim": "Vous travaillez sur la réclamation **{claim_id}**. Dites "
    "d'abord **annuler** (le brouillon est conservé).",
    # -- findings of the pre-submission check ------------------------------------------
    "finding.claim_field_missing": "Le champ {field} est manquant.",
    "fix.claim_field_missing": "Choisissez « Modifier {field} » et renseignez-le.",
    "finding.activity_not_in_plan": "L'activité ne fait plus partie du plan.",
    "fix.activity_not_in_plan": "Commencez une nouvelle réclamation sur une activité du plan approuvé.",
    "finding.plan_not_approved": "Le plan n'est pas approuvé (statut : {status}).",
    "fix.plan_not_approved": "Les réclamations se font une fois le plan approuvé.",
    "finding.activity_not_eligible": "{type} n'est pas éligible au programme {program}.",
    "fix.activity_not_eligible": "Cette activité ne peut pas être réclamée dans ce programme.",
    "finding.execution_date_outside_campaign": "La date d'exécution est hors de la campagne ({start} → {end}).",
    "fix.execution_date_outside_campaign": "Choisissez une date d'exécution comprise dans la campagne.",
    "finding.execution_date_in_future": "La date d'exécution {date} est dans le futur.",
    "fix.execution_date_in_future": "Réclamez une fois l'activité réalisée.",
    "finding.outside_claiming_period": "Les réclamations de la période d'utilisation {period} (du {usage_start} au {usage_end}) se font du {opens} au {closes}.",
    "fix.outside_claiming_period": "Enregistrez la réclamation et soumettez-la pendant la période de réclamation.",
    "finding.past_claiming_deadline": "La date limite de réclamation de la période d'utilisation {period} (du {usage_start} au {usage_end}) était le {deadline} ; elle est passée.",
    "fix.past_claiming_deadline": "Les réclamations tardives ne sont pas acceptées ; contactez votre responsable de compte.",
    "claim.amount_warning": "⚠️ {finding} {fix} Vous pouvez continuer et le modifier avant de "
    "soumettre (dites **modifier le montant**).",
    "finding.amount_above_planned": "Le montant dépasse ce qui reste de prévu pour cette activité ({remaining} sur {planned}).",
    "fix.amount_above_planned": "Réclamez au plus {remaining}.",
    "finding.amount_above_funds": "Le montant dépasse votre co-op restant ({remaining}).",
    "fix.amount_above_funds": "Réclamez au plus {remaining}.",
    "finding.cap_share_of_earned": "{type} est plafonné à {percent} % du co-op acquis ({cap}) ; {used} est déjà réclamé.",
    "fix.cap_share_of_earned": "Réclamez au plus {remaining}.",
    "finding.cap_syndicated_content": "Le contenu syndiqué est plafonné à {cap} par période d'utilisation ; {used} est déjà réclamé.",
    "fix.cap_syndicated_content": "Réclamez au plus {remaining}.",
    "finding.conference_too_many_attendees": "Le voyage est pris en charge pour {max} participants au plus ({attendees} indiqués).",
    "fix.conference_too_many_attendees": "Réclamez le voyage de {max} personnes au plus.",
    "finding.conference_no_attendees": "Aucun participant n'est indiqué pour la conférence.",
    "fix.conference_no_attendees": "Modifiez le nombre de participants.",
    "finding.conference_per_person": "Le voyage est plafonné à {cap} par personne (participants : {attendees}).",
    "fix.conference_per_person": "Ramenez le montant à {cap} au plus.",
    "finding.conference_period_total": "Le voyage pour les conférences est plafonné à {cap} par période ; {used} est déjà réclamé.",
    "fix.conference_period_total": "Réclamez au plus {remaining}.",
    "finding.cap_demo_units": "Le matériel de démonstration est plafonné à {cap} sur la période ; {used} est déjà réclamé.",
    "fix.cap_demo_units": "Réclamez au plus {remaining}.",
    "finding.no_invoice_or_csr": "Il n'y a ni facture d'un tiers ni CSR.",
    "fix.no_invoice_or_csr": "Ajoutez la facture (ou un CSR pour un travail fait en interne).",
    "finding.proof_without_note": "Le document justificatif {name} n'a pas de note explicative.",
    "fix.proof_without_note": "Supprimez-le et ajoutez-le à nouveau avec une note.",
    "finding.evidence_incomplete": "Un justificatif est incomplet.",
    "fix.evidence_incomplete": "Choisissez « Ajouter un justificatif » pour le terminer.",
    "finding.required_evidence_missing": "Manquant : {requirement}.",
    "fix.required_evidence_missing": "Choisissez « Ajouter un justificatif » et joignez-le.",
    "finding.file_type_not_allowed": "{name} n'est pas un type de fichier accepté par les réviseurs.",
    "fix.file_type_not_allowed": "Supprimez-le et joignez un PDF, une image ou un fichier Office.",
    "finding.pre_approval_missing": "{type} nécessite l'identifiant de pré-approbation.",
    "fix.pre_approval_missing": "Modifiez l'identifiant de pré-approbation et indiquez celui envoyé par Microsoft.",
    "finding.duplicate_claim": "{claim_id} réclame déjà cette activité, à cette date et pour ce montant.",
    "fix.duplicate_claim": "Ne réclamez pas deux fois : vérifiez {claim_id}.",
    "finding.amount_above_invoice": "Le montant réclamé, {amount}, dépasse le total de la "
    "facture que j'ai lu dans {name} : {total}.",
    "fix.amount_above_invoice": "Réclamez {total} au plus, ou ajoutez la facture du reste.",
    "finding.invoice_already_claimed": "La facture {name} figure déjà dans {claim_id}.",
    "fix.invoice_already_claimed": "Une facture ne se réclame qu'une fois : retirez-la, ou "
    "vérifiez {claim_id}.",
    "finding.invoice_currency_differs": "La facture {name} est en {invoice_currency}, la "
    "réclamation en {currency}.",
    "fix.invoice_currency_differs": "Les réviseurs comparent les deux : réclamez le montant "
    "converti en {currency}, et ajoutez un document de preuve avec le taux de change utilisé "
    "(votre relevé bancaire, par exemple), dont la note explique la conversion.",
    "finding.invoice_date_outside_campaign": "La facture {name} est datée du {issued_on}, hors "
    "de la campagne {campaign} ({start} – {end}).",
    "fix.invoice_date_outside_campaign": "Vérifiez que c'est bien la facture de cette activité.",
    "finding.invoice_date_in_future": "La facture {name} est datée du {issued_on}, après "
    "aujourd'hui.",
    "fix.invoice_date_in_future": "Vérifiez la date de la facture.",
    "finding.invoice_unreadable": "J'ai eu du mal à lire la facture {name} ; un réviseur aussi, "
    "sans doute.",
    "fix.invoice_unreadable": "Joignez un scan plus net ou le PDF, puis retirez celui-ci.",
    "finding.invoice_not_an_invoice": "{name} ne ressemble pas à une facture.",
    "fix.invoice_not_an_invoice": "Joignez la facture du fournisseur, puis retirez ce fichier.",
    "finding.invoice_beside_earlier": "Le fichier {added} s'ajoute à {name}, envoyé avec la "
    "réclamation refusée : un réviseur qui lit les deux peut compter le coût deux fois.",
    "fix.invoice_beside_earlier": "S'il le remplace, dites **supprimer {first}** ; gardez les "
    "deux seulement s'il s'agit de deux coûts de cette activité.",
    "finding.deadline_soon": "La date limite de réclamation approche : {deadline} (jours restants : {days}).",
    "fix.deadline_soon": "Soumettez rapidement.",
    "finding.funds_unknown": "Je n'ai aucun fonds co-op enregistré pour {program}, {period}.",
    "fix.funds_unknown": "Le réviseur vérifiera les fonds ; dites « mes fonds » pour voir ce que je sais.",
    "finding.currency_not_convertible": "Je ne peux pas comparer {currency} avec {target}.",
    "fix.currency_not_convertible": "Le réviseur fera la conversion.",
    "finding.cap_unverifiable": "Je ne peux pas vérifier le plafond de {type} en {currency}.",
    "fix.cap_unverifiable": "Assurez-vous que la réclamation reste sous le plafond.",
    "finding.zero_impressions": "Les impressions estimées sont de 0.",
    "fix.zero_impressions": "Indiquez le nombre de personnes touchées, s'il y en a.",
    "finding.metric_missing": "Les résultats ({metric}) sont manquants.",
    "fix.metric_missing": "Ajoutez-les : les réviseurs les regardent.",
    # -- les motifs du réviseur sur une réclamation à corriger ---------------------------
    "finding.reviewer_evidence": "Refusé par le réviseur : {names} — {reason}.",
    "fix.reviewer_evidence": "Remplacez-le : ajoutez le fichier corrigé, puis supprimez "
    "celui-ci (renvoyer le même fichier ne répond pas au réviseur).",
    "finding.reviewer_requirement": "Le réviseur attend encore : {requirement} — {reason}.",
    "fix.reviewer_requirement": "Choisissez « Ajouter un justificatif » et joignez ce document.",
    "finding.reviewer_field": "Le réviseur conteste le champ {field} : {reason}.",
    "fix.reviewer_field": "Choisissez « Modifier {field} » et indiquez la valeur corrigée.",
    "finding.reviewer_claim": "Reste à traiter : {reason}.",
    "fix.reviewer_claim": "Une fois le nécessaire fait, cliquez sur « C'est fait ».",
    "claim.review.answered": "Motifs du réviseur traités",
    "claim.review.answered_line": "✓ {reason} — traité : {how}",
    "answer.replaced": "remplacement de « {old} » par « {new} »",
    "answer.removed": "suppression de « {old} »",
    "answer.added": "ajout de « {new} »",
    "answer.changed": "changement de {field} : {old} → {new}",
    "answer.confirmed": "vous avez indiqué l'avoir traité",
    "claim.review.dealt_with": "C'est fait",
    "claim.review.dealt_with_one": "C'est fait : {reason}",
    "claim.review.do": "Appliquer le choix",
    "evidence.item_faulted": "❌ {item} — motif du réviseur : {reason}",
    # -- navigation, fichiers à tout moment, suppression d'un brouillon de réclamation ---------
    "button.back": "Retour",
    "back.not_here": "Il n'y a pas d'étape précédente où revenir ici. Répondez à la question, "
    "ou dites **annuler** pour vous arrêter (votre brouillon est conservé).",
    "back.first_here": "Il n'y a rien avant cette question où revenir ici. Répondez-y, ou dites "
    "**annuler** pour vous arrêter (votre brouillon est conservé) ; les réponses précédentes "
    "se modifient à la relecture, avec ses boutons **Modifier**.",
    "back.nothing": "Il n'y a rien à quoi revenir : aucune question n'est ouverte. Dites "
    "**aide** pour voir ce que je sais faire.",
    "back.first_claim_question": "C'est la première question de la réclamation : il n'y a rien "
    "avant. Répondez-y, ou dites **annuler** pour vous arrêter (**{claim_id}** est conservée) "
    "ou **supprimer le brouillon** pour la supprimer.",
    "help.back.item": "Dites **retour** pour revenir à la liste des justificatifs (cet élément "
    "inachevé est retiré).",
    "help.back.menu": "Dites **retour** pour modifier votre dernière réponse avant les "
    "justificatifs.",
    "help.back.review": "Dites **retour** pour revenir à la liste des justificatifs.",
    "help.back.previous": "Dites **retour** pour revenir à la question précédente.",
    "evidence.taken_out": "J'ai retiré {item} ; rien d'autre n'a changé.",
    "evidence.taken_out.file": "« {name} »",
    "evidence.taken_out.link": "le lien inachevé",
    "evidence.taken_out.item": "l'élément inachevé",
    "error.evidence_file_not_link": "« {name} » est un fichier, pas un lien : dites de quel "
    "document il s'agit (facture, CSR ou justificatif). Pour ajouter plutôt un lien, dites "
    "**retour** puis choisissez **Ajouter un lien**.",
    "error.evidence_link_at_file": "« {link} » est un lien. Qu'est-ce que **{name}** ? "
    "Choisissez ci-dessous ; puis dites **ajouter un lien** pour ajouter aussi le lien.",
    "error.evidence_kind_not_link": "Cet élément est un fichier, pas un lien : dites de quel "
    "document il s'agit (facture, CSR ou justificatif). Pour ajouter plutôt un lien, dites "
    "**retour** puis choisissez **Ajouter un lien**.",
    "files.none_came": "Aucun fichier n'est venu avec votre message (Teams n'en a envoyé "
    "aucun) : joignez-le à nouveau avec le trombone sous la zone de saisie.",
    "files.kept.title": "**Fichiers de vos brouillons de réclamation**",
    "files.kept.line": "- **{claim_id}** ({name}) : {files}",
    "files.kept.none": "Aucun fichier n'est encore sur un de vos brouillons de réclamation.",
    "files.sent.title": "**Fichiers envoyés avec vos dernières réclamations**",
    "files.how": "Un fichier va à une réclamation : ouvrez-la (**reprendre ma réclamation "
    "{claim_id}**) et joignez-y le fichier.",
    "files.how_none": "Un fichier va à une réclamation : dites **nouvelle réclamation** pour en "
    "commencer une, puis joignez-y le fichier.",
    "files.no_claim": "Les fichiers sont les justificatifs d'une réclamation, et aucune "
    "réclamation n'est ouverte. Dites **nouvelle réclamation** pour en commencer une, puis "
    "envoyez à nouveau le fichier (je n'ai pas gardé celui-ci).",
    "files.fix_first": "Les fichiers sont les justificatifs d'une réclamation, et aucune "
    "réclamation n'est ouverte. **{claim_id}** a été renvoyée par son réviseur : dites "
    "**corriger {claim_id}** pour la corriger, puis envoyez à nouveau le fichier (je n'ai pas "
    "gardé celui-ci).",
    "files.open_a_claim": "Les fichiers sont les justificatifs d'une réclamation : ouvrez "
    "d'abord la réclamation, par exemple **reprendre ma réclamation {claim_id}**, puis envoyez "
    "à nouveau le fichier (je n'ai pas gardé celui-ci). Vos brouillons de réclamation : "
    "{claim_ids}.",
    "question.delete_claim_confirm": "Supprimer définitivement la réclamation {claim_id} "
    "(brouillon) ? C'est irréversible.",
    "help.field.delete_claim_confirm": "Répondez oui pour supprimer définitivement ce brouillon "
    "de réclamation (ses réponses et sa liste de justificatifs), non pour le garder.",
    "delete.claim_done": "Le brouillon de réclamation **{claim_id}** est supprimé.",
    "delete.claim_already": "Le brouillon de réclamation **{claim_id}** est déjà supprimé : "
    "rien de plus à faire.",
    "delete.claim_kept": "D'accord, je garde **{claim_id}**.",
    "delete.claim_kept_closed": "D'accord, je garde **{claim_id}** : dites **reprendre ma "
    "réclamation {claim_id}** pour la poursuivre.",
    "delete.claim_not_draft": "**{claim_id}** ne peut pas être supprimée : seuls les brouillons "
    "peuvent être supprimés, et elle n'en est plus un (statut : {status}).",
    "delete.claim_hint": "Pour supprimer un brouillon de réclamation, dites **supprimer le "
    "brouillon {claim_id}**. Vos brouillons de réclamation : {claim_ids}.",
    "claim.review.delete_draft": "Supprimer ce brouillon",
}
