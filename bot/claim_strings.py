"""Sentences of the proof-of-execution (claim) and funds features, en and fr.

Merged into `bot.strings` tables; kept apart so each feature's wording reads as one.
"""

from __future__ import annotations

CLAIM_EN: dict[str, str] = {
    "button.new_claim": "New claim",
    "button.my_claims": "My claims",
    "button.my_funds": "My funds",
    # -- questions -----------------------------------------------------------------------------
    "question.claim.plan_id": "Which approved plan is this proof of execution for?",
    "question.claim.campaign_id": "Which campaign of {plan_id}?",
    "question.claim.activity_id": "Which activity of **{campaign}**?",
    "question.claim.name": "Give this claim a short name (e.g. Spring webinar, March).",
    "question.claim.execution_date": "When did the activity run? (between {start} and {end})",
    "question.claim.amount": "How much are you claiming, in {currency}? Up to {remaining} "
    "remains planned for this activity.",
    "question.claim.impressions": "About how many people did it reach (estimated impressions)?",
    "question.claim.pre_approval_id": "{activity_type} needs Microsoft's pre-approval: what is "
    "the pre-approval id Microsoft sent you?",
    "question.claim.metric_value": "Results: {metric}?",
    "question.claim.attendees": "How many of your people attended (travel is capped at 3 per "
    "conference)?",
    "question.evidence.kind": "What is this evidence?",
    "question.evidence.file": "Please send the file now: attach it to your next message "
    "({extensions}; up to {max_mb} MB).",
    "question.evidence.requirement": "Which requirement does it show?",
    "question.evidence.url": "Type the link (https://…).",
    "question.evidence.note": "Add a short note explaining what this document proves "
    "(reviewers reject proof documents without one).",
    "question.evidence.menu": "Evidence for {claim_id}",
    "evidence.checklist": "What a reviewer needs:",
    "evidence.have": "Attached so far:",
    "evidence.none": "Nothing attached yet.",
    "evidence.line": "{mark} {label}",
    "evidence.item": "{kind}: {name}",
    "evidence.add_hint": "Attach a file to your message at any time, or use the buttons.",
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
    "evidence.saved": "✓ {name} ({size}) saved.",
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
    "metric.estimated_reach": "the estimated reach",
    "metric.results_summary": "a short results summary (e.g. click-through rate)",
    "metric.calls_and_contacts": "the number of calls and successful contacts",
    "metric.registered_guests": "the number of registered guests",
    "metric.estimated_attendees": "the estimated number of attendees",
    "metric.attendees_cost_per_person": "the attendee list and cost per person",
    "metric.attendees": "the number of attendees",
    # -- acknowledgements and review --------------------------------------------------------
    "ack.claim_started": "I've started claim **{claim_id}**. Every answer is saved as you go.",
    "ack.claim_resumed": "Picking up claim **{claim_id}** where you left it.",
    "ack.claim_picked": "✓ {value}",
    "claim.no_approved_plan": "You have no approved plan yet: a proof of execution is made on "
    "an activity of an approved plan. Say **my plans** to see where yours stand.",
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
    "claim.submit.confirm_warnings": "There are warnings (⚠️). If you are sure, click "
    "**Submit anyway** (or type *submit anyway*).",
    "claim.submit.not_allowed": "Only an Incentives admin can submit a claim. Your draft is "
    "saved; {who}",
    "claim.submit.already": "**{claim_id}** was already submitted ({status}); nothing more to "
    "do.",
    "claim.receipt.title": "Claim submitted",
    "claim.receipt.body": "**{claim_id}** ({name}) is now **Submitted**: {amount} for "
    "{activity_type}, executed on {date}. Reviews take about 2 business days; I'll tell you "
    "here when its status changes.",
    "claim.saved": "Saved. **{claim_id}** stays a draft: say **continue my claim** to come back.",
    "claim.cancelled": "OK, I've stopped. Your claim **{claim_id}** is kept: say **continue my "
    "claim** to pick it up.",
    "claims.title": "Your claims",
    "claims.none": "You have no claims yet. Say **new claim** to submit a proof of execution.",
    "claims.line": "**{claim_id}** · {name} · {status} · {amount}",
    "claims.draft_hint": "Say **continue my claim CLM-…** to open a draft.",
    "funds.title": "Your co-op funds",
    "funds.none": "I have no co-op funds on record for your organisation yet.",
    "funds.line": "**{period}** · {program}: earned {earned}, claimed {claimed}, **remaining "
    "{remaining}**, usable until {expiry}",
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
    "campaign's dates.",
    "help.field.claim.amount": "The amount you spent and claim, in the plan currency, backed "
    "by the invoice or CSR.",
    "help.field.claim.impressions": "The estimated number of people the activity reached; a "
    "whole number, 0 if none.",
    "help.field.claim.pre_approval_id": "The id Microsoft sent when it approved the material "
    "before it ran.",
    "help.field.claim.metric_value": "The result the catalog asks for this activity type.",
    "help.field.claim.attendees": "How many of your staff travelled to the conference (at "
    "most 3 are covered).",
    "help.field.evidence.kind": "An invoice from a third party, a CSR for work done in "
    "house, a proof document (with a note), or a link.",
    "help.field.evidence.file": "Attach the file with the paperclip and send it. Allowed: "
    "{extensions}.",
    "help.field.evidence.requirement": "Each activity type needs specific evidence: pick what "
    "this file or link shows.",
    "help.field.evidence.url": "A full link starting with https://.",
    "help.field.evidence.note": "One or two sentences saying what the document proves.",
    "help.field.evidence.menu": "Attach each document (invoice or CSR, and what the activity "
    "type requires), then click Done.",
    "help.field.claim.review": "Submit the claim, add evidence, change an answer, or save it "
    "for later.",
    "error.no_claim_draft": "You have no claim draft to continue. Say **new claim** to start "
    "one.",
    "error.claim_not_found": "I can't find a claim {claim_id} in your organisation.",
    "error.claim_locked": "**{claim_id}** is {status}: it can't be changed any more.",
    "error.claim_changed": "Someone else changed **{claim_id}** while you were answering, so "
    "I didn't overwrite it. Here is the current version:",
    "error.count_invalid": "\"{value}\" isn't a whole number. Type it like 5000.",
    "error.count_negative": "That number can't be negative.",
    "error.pre_approval_invalid": "A pre-approval id is letters, digits and dashes, like "
    "PA-2027-0042.",
    "error.execution_date_outside_campaign": "The activity must have run during the "
    "campaign, between {start} and {end}.",
    "error.execution_date_in_future": "That date is in the future: a proof of execution is for "
    "an activity that already ran.",
    "error.file_expected": "Please attach the file to your message (or say **cancel**).",
    "error.file_type_not_allowed": "\"{name}\" is not a file type reviewers accept. Allowed: "
    "{allowed}.",
    "error.file_name_invalid": "I can't accept a file named \"{name}\". Please rename it "
    "(for example invoice.pdf).",
    "error.file_too_large": "That file is too large ({size_mb} MB); the limit is {max_mb} MB.",
    "error.file_empty": "That file is empty.",
    "error.download_failed": "I couldn't download that file. Please send it again.",
    "error.download_timeout": "Downloading that file took too long. Please send it again.",
    "error.download_refused": "I can only take files shared through Teams. Please attach it "
    "again.",
    "error.url_invalid": "\"{value}\" isn't a web link. Type it like https://contoso.com/offer.",
    "error.too_many_evidence": "A claim can hold at most {max} evidence items.",
    "error.already_in_claim": "You're working on claim **{claim_id}**. Say **cancel** first "
    "(the draft is kept).",
}

CLAIM_FR: dict[str, str] = {
    "button.new_claim": "Nouvelle réclamation",
    "button.my_claims": "Mes réclamations",
    "button.my_funds": "Mes fonds",
    "question.claim.plan_id": "Pour quel plan approuvé est cette preuve d'exécution ?",
    "question.claim.campaign_id": "Quelle campagne de {plan_id} ?",
    "question.claim.activity_id": "Quelle activité de **{campaign}** ?",
    "question.claim.name": "Donnez un nom court à cette réclamation (par ex. Webinaire de "
    "printemps, mars).",
    "question.claim.execution_date": "Quand l'activité a-t-elle eu lieu ? (entre le {start} et "
    "le {end})",
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
    "question.evidence.file": "Envoyez le fichier maintenant : joignez-le à votre prochain "
    "message ({extensions} ; {max_mb} Mo maximum).",
    "question.evidence.requirement": "Quelle exigence montre-t-il ?",
    "question.evidence.url": "Tapez le lien (https://…).",
    "question.evidence.note": "Ajoutez une courte note expliquant ce que prouve ce document "
    "(les réviseurs refusent les documents sans note).",
    "question.evidence.menu": "Justificatifs de {claim_id}",
    "evidence.checklist": "Ce dont un réviseur a besoin :",
    "evidence.have": "Joint jusqu'ici :",
    "evidence.none": "Rien de joint pour l'instant.",
    "evidence.line": "{mark} {label}",
    "evidence.item": "{kind} : {name}",
    "evidence.add_hint": "Joignez un fichier à votre message à tout moment, ou utilisez les "
    "boutons.",
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
    "evidence.saved": "✓ {name} ({size}) enregistré.",
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
    "requirement.invoice_course_code": "Facture avec code du cours/examen et date de "
    "réussite",
    "requirement.agenda": "Programme",
    "requirement.microsoft_presentation": "Présentation Microsoft",
    "requirement.registration": "Invitation ou inscription",
    "requirement.travel_itinerary": "Itinéraire de voyage",
    "requirement.specs_or_delivery": "Spécifications du système ou preuve de livraison",
    "metric.estimated_reach": "la portée estimée",
    "metric.results_summary": "un court résumé des résultats (par ex. taux de clics)",
    "metric.calls_and_contacts": "le nombre d'appels et de contacts aboutis",
    "metric.registered_guests": "le nombre d'invités inscrits",
    "metric.estimated_attendees": "le nombre estimé de participants",
    "metric.attendees_cost_per_person": "la liste des participants et le coût par personne",
    "metric.attendees": "le nombre de participants",
    "ack.claim_started": "J'ai créé la réclamation **{claim_id}**. Chaque réponse est "
    "enregistrée au fur et à mesure.",
    "ack.claim_resumed": "Je reprends la réclamation **{claim_id}** là où vous l'avez laissée.",
    "ack.claim_picked": "✓ {value}",
    "claim.no_approved_plan": "Vous n'avez pas encore de plan approuvé : une preuve "
    "d'exécution se fait sur une activité d'un plan approuvé. Dites **mes plans** pour voir où "
    "en sont les vôtres.",
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
    "claim.review.keep_originals": "Conservez les originaux 24 mois après la date de "
    "l'activité.",
    "claim.submit.blocked": "Je ne peux pas encore soumettre **{claim_id}** : corrigez "
    "d'abord les points marqués ⛔.",
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
    "claim.cancelled": "D'accord, j'arrête. Votre réclamation **{claim_id}** est conservée : "
    "dites **reprendre ma réclamation** pour la reprendre.",
    "claims.title": "Vos réclamations",
    "claims.none": "Vous n'avez encore aucune réclamation. Dites **nouvelle réclamation** pour "
    "soumettre une preuve d'exécution.",
    "claims.line": "**{claim_id}** · {name} · {status} · {amount}",
    "claims.draft_hint": "Dites **reprendre ma réclamation CLM-…** pour ouvrir un brouillon.",
    "funds.title": "Vos fonds co-op",
    "funds.none": "Je n'ai encore aucun fonds co-op enregistré pour votre organisation.",
    "funds.line": "**{period}** · {program} : acquis {earned}, réclamé {claimed}, **reste "
    "{remaining}**, utilisable jusqu'au {expiry}",
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
    "les dates de la campagne.",
    "help.field.claim.amount": "Le montant dépensé et réclamé, dans la devise du plan, "
    "justifié par la facture ou le CSR.",
    "help.field.claim.impressions": "Le nombre estimé de personnes touchées ; un nombre "
    "entier, 0 si aucune.",
    "help.field.claim.pre_approval_id": "L'identifiant envoyé par Microsoft quand il a approuvé "
    "le support avant diffusion.",
    "help.field.claim.metric_value": "Le résultat que le catalogue demande pour ce type "
    "d'activité.",
    "help.field.claim.attendees": "Combien de vos collaborateurs se sont rendus à la "
    "conférence (3 au plus sont pris en charge).",
    "help.field.evidence.kind": "Une facture d'un tiers, un CSR pour un travail fait en "
    "interne, un document justificatif (avec une note), ou un lien.",
    "help.field.evidence.file": "Joignez le fichier avec le trombone et envoyez-le. "
    "Acceptés : {extensions}.",
    "help.field.evidence.requirement": "Chaque type d'activité exige des justificatifs précis : "
    "choisissez ce que montre ce fichier ou ce lien.",
    "help.field.evidence.url": "Un lien complet commençant par https://.",
    "help.field.evidence.note": "Une ou deux phrases disant ce que prouve le document.",
    "help.field.evidence.menu": "Joignez chaque document (facture ou CSR, et ce qu'exige le "
    "type d'activité), puis cliquez sur Terminé.",
    "help.field.claim.review": "Soumettez la réclamation, ajoutez un justificatif, modifiez une "
    "réponse, ou enregistrez-la pour plus tard.",
    "error.no_claim_draft": "Vous n'avez aucun brouillon de réclamation à reprendre. Dites "
    "**nouvelle réclamation** pour en commencer une.",
    "error.claim_not_found": "Je ne trouve pas de réclamation {claim_id} dans votre "
    "organisation.",
    "error.claim_locked": "**{claim_id}** est {status} : elle ne peut plus être modifiée.",
    "error.claim_changed": "Quelqu'un d'autre a modifié **{claim_id}** pendant que vous "
    "répondiez ; je ne l'ai donc pas écrasée. Voici la version actuelle :",
    "error.count_invalid": "« {value} » n'est pas un nombre entier. Tapez-le comme 5000.",
    "error.count_negative": "Ce nombre ne peut pas être négatif.",
    "error.pre_approval_invalid": "Un identifiant de pré-approbation se compose de lettres, "
    "chiffres et tirets, comme PA-2027-0042.",
    "error.execution_date_outside_campaign": "L'activité doit avoir eu lieu pendant la "
    "campagne, entre le {start} et le {end}.",
    "error.execution_date_in_future": "Cette date est dans le futur : une preuve d'exécution "
    "porte sur une activité déjà réalisée.",
    "error.file_expected": "Joignez le fichier à votre message (ou dites **annuler**).",
    "error.file_type_not_allowed": "« {name} » n'est pas un type de fichier accepté par les "
    "réviseurs. Acceptés : {allowed}.",
    "error.file_name_invalid": "Je ne peux pas accepter un fichier nommé « {name} ». "
    "Renommez-le (par exemple facture.pdf).",
    "error.file_too_large": "Ce fichier est trop volumineux ({size_mb} Mo) ; la limite est de "
    "{max_mb} Mo.",
    "error.file_empty": "Ce fichier est vide.",
    "error.download_failed": "Je n'ai pas pu télécharger ce fichier. Envoyez-le à nouveau.",
    "error.download_timeout": "Le téléchargement de ce fichier a pris trop de temps. "
    "Envoyez-le à nouveau.",
    "error.download_refused": "Je ne peux prendre que des fichiers partagés via Teams. "
    "Joignez-le à nouveau.",
    "error.url_invalid": "« {value} » n'est pas un lien web. Tapez-le comme "
    "https://contoso.com/offre.",
    "error.too_many_evidence": "Une réclamation peut contenir au plus {max} justificatifs.",
    "error.already_in_claim": "Vous travaillez sur la réclamation **{claim_id}**. Dites "
    "d'abord **annuler** (le brouillon est conservé).",
}
