"""Every sentence the assistant sends, in English and French, keyed.

`t(locale, key, **params)` picks the table from the activity's locale (`fr-*` →
French, anything else → English) and fills `{placeholders}`. A test checks that
both tables hold the same keys with the same placeholders.
"""

from __future__ import annotations

from typing import Any

# language_of lives with the parsers (money, dates and countries read by it too); the
# views pick their table by the same rule, and callers may import it from here.
from domain.text import language_of
from views.claim_strings import CLAIM_EN, CLAIM_FR
from views.status_strings import STATUS_EN, STATUS_FR

EN: dict[str, str] = {
    # -- welcome and help ---------------------------------------------------------------------
    "welcome.title": "Hi {name}, I'm your co-op incentives assistant",
    "welcome.body": "I help you draft your co-op claims plan step by step and keep every "
    "answer, so you can stop and come back any time. Once a plan is approved, I take your "
    "proof of execution and check it before it goes. Say **new plan** to start, **new claim** "
    "for a proof of execution, or **help** at any moment.",
    "button.new_plan": "New plan",
    "meant.new_plan": "new plan",
    "meant.new_claim": "new claim",
    "meant.my_plans": "my plans",
    "meant.my_claims": "my claims",
    "meant.my_funds": "my funds",
    "meant.continue_draft": "resume",
    "meant.help": "help",
    "meant.status": "status",
    "not_understood.meant": 'I didn\'t understand "{typed}". Did you mean **{meant}**? Click it '
    "below, or type it.",
    "button.my_plans": "My plans",
    "button.help": "Help",
    "button.continue_plan": "Continue {plan_id}",
    "thanks": "Glad to help. Your drafts are kept: say **resume** to pick one up, or **help** "
    "to see what I can do.",
    "statuses_what": "**What each status means** (a plan's and a claim's alike):\n\n"
    "- **Draft**: yours to change; nothing is sent.\n"
    "- **Submitted**: sent to the reviewer; it can no longer change.\n"
    "- **Under review**: the reviewer is reading it.\n"
    "- **Action required**: the reviewer asks for changes: make only those (**fix** with its "
    "id) and send it again.\n"
    "- **Approved**: a plan's activities can run and be claimed; a claim is paid within 45 "
    "business days.\n"
    "- **Rejected**: a claim can be fixed and sent again as a new claim, or disputed.\n"
    "- **Disputed**: Microsoft decides on your dispute within 5 business days.\n"
    "- **Paid**: the money went to your Partner Center bank profile.\n\n"
    "Say **status** to see where yours stand; I tell you here when one changes.",
    "claim_when": "A claim is proof of what ran: you make it **once the activity has run** "
    "(its date is the day it ran, its amount the invoice's), and before its usage period's "
    "claims close. Before it runs, it belongs in your co-op plan, with its planned amount "
    "(some activity types also need a pre-approval first).",
    "question_coming": "Go ahead, ask it in your own words: your funds and their deadlines, "
    "what a claim needs, where your plans and claims stand, how a review or a payment goes. "
    "Or say **help** for all I can do.",
    "deadline_extension": "I can't move a deadline: each period's claiming deadline is set by "
    "Microsoft, the same for every partner, and co-op not claimed by then **is lost**. If "
    "something outside your control will make you late, tell your Microsoft account manager "
    "before that day. What I can do: check a claim as soon as it is ready (**new claim**), and "
    "remind you of a draft on the day you say (**remind me Monday**).",
    "deadline_missed": "Co-op not claimed in time **is lost**: once a usage period's claims "
    "have closed, no claim for it can be submitted, and what is left of its funds is "
    "forfeited, not carried over to the next period. I remind you of a claim draft 7 days "
    "before its period's claims close, and the day before.",
    "reminders.idle_off": "Done: no more reminders about drafts left untouched. I'll still "
    "remind you 7 days and 1 day before a claiming deadline, and when a plan's time to "
    "resubmit is running out: missing one loses funds. Status changes still come too. Say "
    "**remind me again** to have the draft reminders back.",
    "reminders.idle_on": "Done: I'll remind you again about drafts left untouched, as well as "
    "claiming deadlines.",
    "remind.set": "Saved. I'll remind you of draft **{item_id}** on {day}, if it is still a "
    "draft then. Say **resume** to pick it up before.",
    "remind.set_other": "I'll remind you of draft **{item_id}** on {day}, if it is still a "
    "draft then.",
    "remind.no_draft": "You have no draft to be reminded of. I remind you by myself 7 days and "
    "1 day before a claim draft's period closes, and status changes come here too.",
    "trouble.card": "Sorry about that. Every button's words can be typed instead: at a "
    "question, type its answer (**help** says what it accepts); **resume** brings the draft "
    "you changed last back, with its card, where you left it; **status** says where things "
    "stand. Every answer you gave is saved.",
    "trouble.general": "Sorry about that. Whatever happened, every answer you gave is saved. "
    "At a question, say **help** for what it accepts, **back** to change your last answer, "
    "or **cancel** to stop (your draft is kept); **resume** picks it up where you left it, "
    "and **status** says where things stand.",
    "trouble.unhappy": "Sorry I'm not being more help. Everything you typed is saved. Tell "
    "me in a few words what you want to do (**new claim**, **resume**, **status**), or say "
    "**help** for all I can do. For a decision on a plan or a claim, your Microsoft account "
    "manager (the plan's reviewer) can help.",
    "trouble.in_question": "Sorry about that: every answer you gave is saved. Here is what "
    "this question accepts:",
    "trouble.file": "Sorry about that. To send a file, use the 📎 paperclip below the message "
    "box, or drag the file into the chat: files of up to {max_mb} MB each, of these types: "
    "{extensions}. A scan or photo that is too big can be saved smaller, or as a PDF. If "
    "Teams shows an error, try again in a minute: everything you typed is saved.",
    "reminders.list.title": "**Your reminders**",
    "reminders.list.cancel_how": "Say **cancel my reminder** to drop one.",
    "reminders.list.none": "You have no reminder asked for. In a draft, say **remind me "
    "tomorrow** (or on Monday, in 3 days) to have one.",
    "reminders.list.idle_on": "Besides, I remind you of a draft left untouched, and 7 days and "
    "1 day before a claim's period closes.",
    "reminders.list.idle_off": "Reminders of drafts left untouched are off (say **remind me "
    "again** to have them back); those before a claim's period closes always come.",
    "reminders.item_on": "**{item_id}** on {day}",
    "reminders.line": "- **{item_id}**{name}: {day}",
    "reminders.cancelled": "Done: no reminder of {items} any more.",
    "reminders.cancel.none": "You have no reminder to cancel.",
    "reminders.cancel.none_for": "**{item_id}** has no reminder asked for.",
    "reminders.cancel.which": "You have several reminders:\n\n{lines}\n\nSay **cancel my "
    "reminder for {example}** (with the draft's id), or **cancel my reminders** for all of "
    "them.",
    "remind.after_close": "Claims of **{claim_id}**'s period close on {closes}: a reminder "
    "after that would come too late. Pick a day before it, like **remind me tomorrow**.",
    "remind.not_yours": "**{item_id}** is drafted by {owner}: its reminders go to them. Ask "
    "me for a reminder of one of your own drafts.",
    "remind.not_a_draft": "**{item_id}** is no longer a draft ({status}): nothing is left to "
    "finish in it, so there is nothing to remind you of. Its status changes come here by "
    "themselves.",
    "error.remind_day_deadline": "I remind you of a claim still in draft 7 days and 1 day "
    "before its period's claims close, without being asked. To be reminded of a draft on "
    "another day, name it: **remind me on Monday**, **remind me in 3 days**.",
    "remind.deadline_claim": "Claims for **{item_id}** close on **{closes}**. I remind you of "
    "it {marks}, without being asked, while it is a draft. To be reminded of it on another "
    "day, name it: **remind me on Monday**, **remind me in 3 days**.",
    "remind.days_before": "{days} days before ({day})",
    "remind.day_before": "the day before ({day})",
    "remind.marks_and": "and",
    "remind.deadline_claim_today": "Claims for **{item_id}** close today, **{closes}**: submit "
    "it today, or it can no longer be claimed.",
    "remind.after_closed": "Claims for **{item_id}** closed on **{closes}**: it can no longer "
    "be submitted.",
    "remind.deadline_plan": "A plan has no deadline reminder: **{item_id}** may be submitted "
    "until **{deadline}**, the end of its program year. To be reminded of it on a day, name "
    "it: **remind me on Monday**, **remind me in 3 days**.",
    "error.remind_day_unknown": 'I can\'t tell which day "{value}" is. I can remind you of a '
    "draft on a day: say **remind me tomorrow**, **remind me on Monday** or **remind me in 3 "
    "days**.",
    "error.remind_day_passed": "{day} has passed: pick a day from tomorrow on, like **remind me "
    "tomorrow**.",
    "error.remind_day_today": "I can remind you from tomorrow ({tomorrow}) on: say **remind me "
    "tomorrow**.",
    "error.remind_day_far": "I can remind you within the next {days} days: pick a nearer day.",
    "error.remind_day_hours": "I remind you of a draft on a day, in your working hours, not at "
    "an hour: say **remind me tomorrow** ({tomorrow}) or name another day.",
    "language.chosen": "OK, I'll answer in English from now on. Say **en français** to "
    "switch to French.",
    "language.which": "Which language should I answer in?",
    "about_me": "I'm the **co-op incentives assistant**, an automated assistant in Teams, not a "
    "person. I help your organisation draft co-op claims plans and claims one question at a "
    "time, keep every answer, check each one before it goes (item by item, what a reviewer "
    "would reject) and tell you here what reviewers decide. I can't pass you to a person: for "
    "a decision, ask your Microsoft account manager. Say **help** to see what I can do.",
    "nothing_asked": "No question is waiting for a typed answer right now: if a card above "
    "offers buttons, click the one you mean. Or say **resume** to pick up a draft, **new "
    "plan**, **new claim**, or **help**.",
    "invoice_how": "Attach the invoice (a PDF or a photo) to a message here with the 📎 "
    "paperclip below the box: I'll read it and offer to start a claim with it. To add it to "
    "a claim draft, say **resume** first.",
    "files_how.draft": "Attach the files to a message here, with the 📎 paperclip below the "
    "box (several at once if you like): they go on your claim draft **{claim_id}**, opened "
    "below.",
    "error.name_offered": '"{value}": how about **{suggestion}**? Say **yes** or click it '
    "below, or type another name.",
    "campaign.name_offered": "{period} campaign",
    "error.campaign_name_as_last_time": '"{value}": each campaign has its own name, so you and '
    "the reviewer tell it from the last one. Type it (e.g. **Modern Work spring push**).",
    "error.description_see_attached": '"{value}": a plan carries no attachment, so a reviewer '
    "reads only what is typed here. Describe the activity in a sentence or two (e.g. "
    "“LinkedIn ads for SMB decision makers”).",
    "data_kept": "What you type here and the files you attach are kept for your "
    "organisation only: another organisation never sees them, and a draft is changed only by "
    "the colleague who started it or your Incentives admins. They are kept so that nothing you "
    "typed is lost and the reviewer gets what you sent. How long they are kept, and removing "
    "them, is up to the people who run this assistant for your organisation (your IT team): "
    "ask them. A draft you no longer want: say **delete my claim** or **delete my plan**. "
    "Keep the originals of your invoices and proofs yourself for 24 months after the activity: "
    "Microsoft may ask for them.",
    "support": "I'm an automated assistant, so I can't pass you to a person. For a decision on "
    "a plan or a claim, ask your Microsoft account manager (the plan's reviewer); after a "
    "rejection you can also say **dispute**. For Partner Center itself, open a support "
    "request there (Help + support).",
    "about_coop": "Co-op funds are marketing funds you earn through your Microsoft incentive "
    "program, to promote Microsoft solutions. You plan how to spend them in a **co-op claims "
    "plan** (campaigns, activities and planned amounts) that Microsoft approves; after an "
    "activity runs, you claim what it cost with **proof of execution** (invoices and "
    "evidence), which is reviewed, then paid. Say **my funds** to see yours, **new plan** or "
    "**new claim** to start.",
    "periods": "Co-op is earned over six months (the **earning period**) and spent on "
    "activities that run in the next six months (the **usage period**; what is left at its "
    "end is forfeited). Claims for a usage period are taken from the 16th of its second month "
    "until 46 days after it ends (the **claiming deadline**). Periods are Microsoft fiscal "
    "halves: H1 runs 1 July–31 December, H2 1 January–30 June, and fiscal year FYnn starts "
    "on 1 July of the year before (FY27 on 1 July 2026).",
    "periods.now": "Today ({today}) the usage period is **{usage}** ({start} – {end}); its "
    "claims are taken from {opens} until **{closes}**.",
    "periods.last": "Claims for **{usage}** (ended {end}) are still taken until **{closes}**.",
    "periods.funds": "Say **my funds** to see what is left of yours in each.",
    "review_time": "A submitted claim is reviewed in about 2 business days; a dispute is "
    "decided within 5 business days; an approved claim is paid within 45 business days, in "
    "your bank profile's currency. I tell you here at each step. Say **status** to see where "
    "yours stand.",
    "next_steps": "Once you submit, the reviewer reads it. A **plan** goes to the reviewer it "
    "names (your Microsoft account manager), who approves it, asks for changes (**Action "
    "required**) or rejects it; once it is approved, you claim each activity after it runs "
    "(**new claim**). A **claim** is reviewed in about 2 business days: approved, then paid "
    "within 45 business days, or rejected with reasons you can fix or **dispute**. I tell you "
    "here at each step; say **status** at any time.",
    "plans_how_many": "A partner has **one plan per Partner ID, program, fund type and "
    "period** (a program year or a fiscal half): a second draft for the same ones is refused, "
    "and I point you to the one you have. A plan holds **as many campaigns and activities** "
    "as you need; another program or another period is another plan. Say **my plans** to "
    "see yours, or **new plan** to start one.",
    "plan_change.draft": "**{plan_id}** is still a draft, so its campaigns and activities can "
    "change: its review has **Add a campaign**, **Add an activity** to each campaign, and "
    "**Remove** or **Change** for each one (its questions still open come first). Picking "
    "it up now.",
    "plan_change.in_question": "Not from this question: I ask for each campaign and its "
    "activities in turn (another activity? another campaign?), and the plan's review, once "
    "its questions are answered and before you send it, adds, renames or removes any "
    "campaign or activity. Say **back** for the previous question.",
    "plan_change.none": "You have no plan yet: say **new plan**, and its questions ask for "
    "each campaign and its activities; its review adds, changes and removes them until you "
    "submit it.",
    "mistake.plan_draft": "No harm done: **{plan_id}** is still a draft, so any answer can "
    "change. Say which (**change the planned amount**, **rename the campaign**…), or **back** "
    "to go over the last one.",
    "after_submit": "Once submitted, a plan or a claim **can no longer be changed**: the "
    "reviewer reads what was sent. If you find a mistake in it, tell the plan's reviewer "
    "(your Microsoft account manager): they can ask you for the change. When a reviewer asks "
    "for changes (**Action required**), I tell you here, and you change only what they asked "
    "and send it again (**fix** with its id). A rejected claim can be fixed and sent again as a new claim, or you can **dispute** "
    "the decision. Until you submit, a draft changes as often as you like: say **continue my "
    "claim** or **continue my plan**, then what to change (**change the amount**); a wrong "
    "file comes off a claim's evidence list with **remove** and its name.",
    "plan_view.title": "**{plan_id}** · {program} · {period} · {status}",
    "plan_view.totals": "Planned {planned} of a {limit} limit · reviewer {reviewer}",
    "plan_view.campaign": "- **{name}** ({start} – {end})",
    "plan_view.activity": "- {type} · {countries} · {amount}",
    "plan_view.no_campaign": "No campaign yet.",
    "plan_view.others": "Your organisation has other plans too: say **my plans** to list them, "
    "**show PLN-…** for where one stands.",
    "plan_view.none": "There is no plan yet: say **new plan** to draft one.",
    "currency.plans": "Your latest plans: {plans}.",
    "currency.plan": "**{plan_id}** ({period}) in {currency}",
    "delete_how": "To delete a draft, say **delete my claim** or **delete my plan** (or its "
    "id: **delete CLM-…**); I ask before anything is deleted. A plan or a claim already "
    "submitted can't be deleted: it stays with the reviewer. Say **my drafts** to see yours.",
    "resubmit_times": "There is **no limit on how many times**: a claim sent back (**Action "
    "required**) is fixed and sent again, a **rejected** one fixed and sent as a new claim, or "
    "disputed, and each time it is reviewed again. What limits it is time: a claim goes in "
    "by its period's claiming deadline (45 days after its usage period ends), and a plan may "
    "be changed and resubmitted for 90 days after its program year ends. Say **status** to "
    "see where yours stand.",
    "approval_who": "No one in your organisation needs to approve a plan or a claim before "
    "it goes: it needs someone allowed to submit it. **Microsoft** approves it: the reviewer "
    "each plan names (your Microsoft account manager) reviews the plan, then each claim. "
    "(TV / radio also needs Microsoft's **pre-approval** before it runs: ask **what is a "
    "pre-approval?**)",
    "threshold": "**Rebate** is the part of your incentive earnings Microsoft pays you "
    "directly, with no claim; **co-op** is the part you spend on marketing and claim with "
    "proof (earnings can be split, e.g. 60% rebate, 40% co-op). Co-op earned in a period "
    "stays co-op only if it reaches its program's **threshold**; below it, it becomes rebate "
    "at the period's end:",
    "threshold.line": "- **{amount}**: {programs}",
    "threshold.rebate_paid": "A rebate is paid by Microsoft with no claim, so I don't see "
    "its payment: about a rebate that is late or missing, ask Partner Center support (Help + "
    "support), naming the period it was earned in. Co-op claims' payments I do see: say "
    "**when will I get paid?**",
    "plan_needs": "A plan asks, in this order: your **Partner ID** (MPN ID), the **program**, "
    "the **market**, the **fund type** (co-op or MDF), the **usage period** (FY27 H2…), the "
    "**currency**, your **Microsoft account manager's e-mail** (the reviewer) and the **plan "
    "limit** (your co-op for the period). Then each **campaign**: a name, its start and end "
    "dates; and in it each **activity**: its type from the catalog, a short description, its "
    "countries and the amount planned. A plan holds up to {campaigns} campaigns of up to "
    "{activities} activities each. Everything is saved as you go: stop at any time, then say "
    "**resume**. Later, a claim asks for the day an activity ran, the amount, the people "
    "reached and its evidence (the invoice first). Say **new plan** to start.",
    "spent_less": "Claim what you spent: a claim's amount is its invoice's, and may be less "
    "than planned. What remains planned for the activity can go on another claim for it (for "
    "a later invoice, or another time it ran) until its period's claims close; co-op not "
    "claimed by then is lost. Say **what's left to claim?** to see what remains.",
    "threshold.funds": "Rebate is not claimed, here or anywhere: Partner Center shows its "
    "payments. Say **my funds** to see the co-op on record for your organisation.",
    "currency": "Amounts are in the **plan's currency**, chosen when the plan is drafted (an "
    "ISO code: EUR, USD, GBP…): every planned amount and every claim on that plan is in it. "
    "Microsoft pays in your **bank profile's** currency, which may differ. Type amounts as you "
    "write them: 12,500, EUR 12,500, €12,500. An invoice in another currency: claim the amount "
    "converted into the plan's currency, and add a proof document with the exchange rate you "
    "used.",
    "lost_invoice": "Ask the supplier for a **copy of the invoice** (a PDF from their billing "
    "portal or an e-mail will do) and attach it: a claim needs a third-party invoice, or for "
    "work done in-house a CSR, and a reviewer rejects it without one. Keep the copy: originals "
    "must be kept 24 months after the activity. If it is on its way, say **later**: your "
    "draft is kept.",
    "error.evidence_invoice_lacking": "A claim needs a **third-party invoice**, or for work done in-house a "
    "**Certification Service Report (CSR)**: without one, a reviewer rejects it. If the "
    "invoice is on its way, say **later**: your draft is kept, and you add it when it comes. "
    "For in-house work, add a CSR instead.",
    "edited_message": "You edited a message: I read each message once, as it's sent, so the "
    "edit changed nothing. To change that answer, say **back** (the question before) or "
    "change it at the review; or type it again if its question is still open.",
    "help.general": "Here is what I can do:\n\n"
    "- **new plan**: draft a co-op claims plan (campaigns, activities, planned amounts)\n"
    "- **resume**: pick up the draft you changed last, plan or claim, exactly where you "
    "left it\n"
    "- **my plans**: your drafts and submitted plans with their status\n"
    "- **copy plan PLN-… to FY27 H2**: a new draft for another period from a plan you have\n"
    "- **plan template**: a spreadsheet to fill the whole plan in Excel and attach here\n"
    "- **delete draft**: remove a draft (I ask first)\n"
    "- **new claim**: submit proof of execution for an activity of an approved plan\n"
    "- **continue my claim**, **my claims**: your claims and where they stand (**my claims "
    "from October**: those of activities run that month)\n"
    "- **my funds**: co-op earned, claimed and remaining per period, and until when\n"
    "- **fix it**, **dispute**: after a rejection, fix and resubmit, or dispute the decision\n"
    "- **cancel**: stop the current question; your draft is kept\n"
    "- **remind me tomorrow** (or on Monday, in 3 days): a reminder of your draft that day\n"
    "- **en français**: answers in French (your Teams language otherwise)\n\n"
    "Every answer is saved as soon as you send it. You may give several at once, e.g. "
    "*1234567, France, co-op FY27 H2 in EUR, plan limit 50,000*: I take each one and ask "
    "only what is still missing.",
    "help.way_out": "Type your answer, or say **cancel** to stop here (your draft {plan_id} is "
    "kept) and **continue my plan** to come back.",
    "help.field.mpn_id": "Your partner location's Partner ID (MPN ID): 6 to 8 digits, shown "
    "in Partner Center under Account settings.",
    "help.field.program": "The incentive program these co-op funds come from, e.g. CSP "
    "Indirect Reseller. Click one or type its name or number.",
    "help.field.market": "The country or market the plan is for, e.g. France or FR.",
    "help.field.fund_type": "The kind of fund the plan spends: **co-op**, the marketing funds "
    "your incentive program earns you, or **market development funds (MDF)**. Not sure which "
    "yours are? Your Microsoft account manager (the plan's reviewer) can tell you.",
    "fund_types_what": "A plan is for one **fund type**, the kind of fund it spends: **co-op**, "
    "the marketing funds your incentive program earns you, or **market development funds "
    "(MDF)**. Pick the one your funds are in: your Microsoft account manager (the plan's "
    "reviewer) can tell you, and **my funds** shows the co-op I have on record. There is one "
    "plan per Partner ID, fund type, program and usage period; the questions, the checks and "
    "the claims are the same for both.",
    "help.field.period": "The usage period (a fiscal half-year) in which the activities run, "
    "e.g. FY27 H1 = 1 July to 31 December 2026.",
    "help.field.currency": "The currency of the plan, as an ISO code (EUR, USD, GBP…). Every "
    "planned amount is in this currency.",
    "help.field.reviewer_email": "The e-mail address of your Microsoft account manager, who "
    "reviews the plan. Don't know who it is? Your organisation's Incentives admin knows, and "
    "earlier co-op e-mails from Microsoft name them; Partner Center support (Help + support) "
    "can tell you too.",
    "help.reviewer_last": "Your organisation's last plan was reviewed by **{email}**: say **same "
    "as last time** to take that address.",
    "help.field.plan_limit": "The most this plan may spend, in the plan currency. The planned "
    "amounts of all activities must stay within it.",
    "help.field.name": "A short name for the campaign, e.g. Modern Work spring push.",
    "help.field.start_date": "The day the campaign starts, e.g. {example_numeric} or "
    "{example_words}.",
    "help.field.end_date": "The day the campaign ends (on or after its start).",
    "help.field.activity_type": "What kind of marketing activity this is, from the co-op "
    "catalog (digital advertising, seminar, tradeshow…). Click one or type its name or number.",
    "help.field.description": "A sentence or two on what the activity is and who it targets.",
    "help.field.countries": "One or more countries, as names or ISO codes, separated by "
    "commas: France, Belgium or FR, BE.",
    "help.field.planned_amount": "What you plan to spend on this activity, in the plan "
    "currency ({currency}), e.g. 12,500.",
    "help.field.more_activities": "Answer yes to add another activity to this campaign, no to "
    "finish the campaign.",
    "help.field.more_campaigns": "Answer yes to add another campaign, no to review the plan.",
    "help.field.review": "This is your whole plan. Submit it for approval, save it and stop, "
    "or use a section's Edit button to change, add or remove something (or type it, e.g. "
    "**change plan limit**).",
    "help.field.delete_confirm": "Answer yes to delete the draft for good, no to keep it.",
    "help.field.plan_choice": "Pick the plan to open, or type its id (PLN-…).",
    # -- questions ----------------------------------------------------------------------------
    "question.mpn_id": "What is the Partner ID (MPN ID) of the partner location this plan is for?",
    "question.program": "Which program is this plan for?",
    "question.market": "Which market (country) is it for?",
    "question.fund_type": "Which fund type?",
    "question.period": "For which usage period?",
    "question.currency": "In which currency? (for example EUR or USD)",
    "question.reviewer_email": "What is the e-mail address of your Microsoft account manager "
    "(the reviewer)?",
    "question.plan_limit": "What is the plan limit, in {currency}?",
    "question.name": "Campaign {number}: what is its name?",
    "question.start_date": "When does **{campaign}** start?",
    "question.end_date": "When does **{campaign}** end?",
    "question.activity_type": "Activity {number} of **{campaign}**: what type of activity is it?",
    "question.description": "Describe this activity ({activity_type}) in a sentence or two.",
    "question.countries": "In which countries will it run?",
    "question.planned_amount": "How much do you plan to spend on it, in {currency}?",
    "question.more_activities": "Add another activity to **{campaign}**?",
    "question.more_campaigns": "Add another campaign to the plan?",
    "question.plan_choice": "Which plan?",
    "question.delete_confirm": "Delete draft {plan_id} for good? This cannot be undone.",
    "question.current_value": "Currently: {value}.",
    "question.placeholder": "Type your answer",
    "button.send": "OK",
    "button.yes": "Yes",
    "button.no": "No",
    # -- acknowledgements ---------------------------------------------------------------------
    "ack.value": "✓ {value}",
    "several.unsure": "Not taken, it could answer more than one question: {pieces}. "
    "Please answer the question below.",
    "several.unread": "Not understood here: {pieces}.",
    "several.pair": "{label}: {value}",
    "several.hint": "(did you mean {value}?)",
    "amount_note.excl_tax": "read as excl. tax",
    "amount_note.incl_tax": "read as incl. tax",
    "amount_note.approximate": "an estimate",
    "amount_note.rest_of_limit": "what remains of the plan limit",
    "amount_note.share_of_limit": "that share of the plan limit",
    "amount_note.sum": "the figures added up",
    "amount_note.earned": "the co-op earned for this program and period",
    "amount_note.share_of_earned": "that share of the co-op earned for this program and period",
    "help.plan_limit_earned": "The co-op earned for {named} is {earned}: say **the max** to make "
    "it the limit.",
    "help.program_funded": "Your organisation's co-op on record, as Microsoft sent it:",
    "help.program_funded_line": "**{program}**, {period}: {earned} earned",
    "help.program_no_funds": "I have no co-op funds on record for your organisation yet: "
    "Partner Center shows the programs you earn co-op in, under Incentives.",
    "error.plan_limit_needed": '"{value}": a plan always has one, the most it may spend (the '
    "co-op earned for its program and period, in Partner Center under Incentives). Type it, "
    "or say **the max** for the co-op figure I have.",
    "error.plan_limit_needed_no_funds": '"{value}": a plan always has one, the most it may '
    "spend (the co-op earned for its program and period, in Partner Center under Incentives). "
    "Type it.",
    "error.plan_limit_no_funds": "I have no co-op figure for {named} yet: type the plan limit "
    "(it is in Partner Center, under Incentives).",
    "error.plan_limit_other_currency": "The co-op earned is {earned}, and this plan is in "
    "{currency}: type the limit in {currency}.",
    "error.planned_amount_not_given": "The plan needs an amount for each activity: the "
    "reviewer approves the funds by them. Type your best estimate (e.g. **5000**); it can be "
    "changed until the plan is submitted.",
    "error.planned_amount_nothing_left": "Nothing remains of the plan limit ({limit} is "
    "planned already): type the amount planned for this activity.",
    "ack.date_kept": "✓ Keeping {date}; the review will flag it until it is changed.",
    "question.date_placeholder": "Pick a date",
    "date_check.campaign_outside_period": "**{date}** is outside the usage period {period} "
    "({start} → {end}): co-op is spent within it, so a reviewer would refuse the campaign.",
    "date_check.campaign_starts_in_past": "**{date}** is before today ({today}): a plan is for "
    "campaigns still to run.",
    "question.date_confirm": "Keep {date} anyway, or choose another date?",
    "button.keep_date": "Keep {date}",
    "button.change_date": "Choose another date",
    "error.date_keep_or_change": "Answer **yes** to keep {date}, or type another date.",
    "help.field.start_date_confirm": "Answer yes to keep this start date anyway, no to choose "
    "another one, or type the new date.",
    "help.field.end_date_confirm": "Answer yes to keep this end date anyway, no to choose "
    "another one, or type the new date.",
    "ack.plan_started": "I've started draft **{plan_id}**. Every answer is saved as you go.",
    "ack.plan_blank_reused": "Your draft **{plan_id}** has nothing in it yet: I'm using it "
    "rather than starting another. Every answer is saved as you go.",
    "ack.plan_resumed": "Picking up **{plan_id}** where you left it.",
    "plan_item.not_yet": "That answer isn't asked yet, so there is nothing to change: each "
    "campaign (its name and dates) comes after the plan's own details, then its activities "
    "(type, description, countries, amount). This question first:",
    "copy.done": "I've copied **{source}** to a new draft **{plan_id}** for **{period}**: "
    "campaigns {campaigns}, activities {activities}.",
    "copy.moved": "Campaign {campaign}: **{start} – {end}** (was {was_start} – {was_end}).",
    "copy.check_dates": "The dates were moved into the new period: check them on the review "
    "below (each campaign's **Edit** changes them) before you submit.",
    "copy.no_plan": "There is no plan to copy yet: say **new plan** to start one.",
    "sheet.template": "Here is the plan template. On its **Plan** sheet, fill in the plan's "
    "details; on the **Activities** sheet, one row per activity (campaign, dates, type, "
    "countries, amount, description): the types and countries are in drop-down lists. Then "
    "attach the file here: I check every row and build the draft from it. A .csv with the same "
    "columns works too.",
    "button.template": "Download the template (.xlsx)",
    "button.form": "Fill in the form",
    "button.form_save": "Save",
    "button.form_more_activities": "Save, then another activity",
    "button.form_last_activity": "Save: last activity of this campaign",
    "form.refused": "Values to fix: {count}. Nothing was saved yet; every value you typed is "
    "kept below.",
    "error.choice_negated": 'Understood: not **{label}** ("{value}"), nothing was done. Pick '
    "what to do, or type it.",
    # A refusal that offers the answer meant, in a card form: it is put in the field.
    "form_error.countries_part_excepted": 'A plan lists whole countries, so "{value}" can\'t '
    "be left out of one: **{suggestion}** is in the field now. **Save** keeps it, or type the "
    "countries again.",
    "form_error.country_did_you_mean": 'I don\'t know the country "{value}": **{suggestion}** '
    "is in the field now. **Save** keeps it, or type the country again.",
    "form_error.choice_did_you_mean": 'I don\'t know "{value}": **{suggestion}** is in the '
    "field now. **Save** keeps it, or pick another.",
    "form_error.date_vague": '"{value}" is several days: **{suggestion}** is in the field now. '
    "**Save** keeps it, or pick the day.",
    "form_error.date_asap": '"{value}": **{suggestion}**, the earliest day this field takes, '
    "is in it now. **Save** keeps it, or pick the day.",
    "form_error.date_day_number": '"{value}" alone: **{suggestion}** is in the field now. '
    "**Save** keeps it, or pick the date.",
    "form_error.date_approximate": '"{value}": **{suggestion}** is in the field now. **Save** '
    "keeps it, or pick the exact day.",
    "form_error.date_other_order": '"{value}" reads as {read}: **{suggestion}** is in the '
    "field now. **Save** keeps it, or pick the day.",
    "form_error.date_with_words": '"{value}": **{suggestion}** is in the field now. **Save** '
    "keeps it, or pick the day.",
    "form_error.reviewer_did_you_mean": '"{value}": **{suggestion}** is in the field now. '
    "**Save** keeps it, or type the address.",
    "form_error.count_range": '"{value}" is a range, and the claim takes one number: '
    "**{suggestion}**, its low end, is in the field now. **Save** keeps it, or type the number.",
    "form_error.count_in_sentence": '"{value}": **{suggestion}** is in the field now. **Save** '
    "keeps it, or type the number.",
    "form_error.date_length": '"{value}" after the start ({start}): **{suggestion}** is in the '
    "field now. **Save** keeps it, or type the last day.",
    "form_error.name_offered": '"{value}": **{suggestion}** is in the field now. **Save** '
    "keeps it, or type another name.",
    "form_error.amount_thousands": '"{value}": **{suggestion}** is in the field now. **Save** '
    "keeps it, or type the amount another way.",
    "form_error.claim_amount_asked": '"{value}": **{suggestion}** is in the field now. **Save** '
    "keeps it, or type the amount on the invoice.",
    "form_error.claim_amount_sum": '"{value}" makes **{suggestion}**, in the field now. '
    "**Save** keeps it, or type the amount on the invoice.",
    "form_error.claim_amount_estimate": '"{value}" is an estimate, and a claim is paid on what '
    "the invoice or CSR shows: **{suggestion}** is in the field now. **Save** keeps it, or type "
    "the amount on the invoice.",
    "form.plan_title": "All the details of plan {plan_id}",
    "form.campaign_title": "Campaign {number}",
    "form.activity_title": "Activity {number} of {campaign}",
    "form.mpn_id": "Partner ID (MPN ID)",
    "form.program": "Program",
    "form.market": "Market (country)",
    "form.fund_type": "Fund type",
    "form.period": "Usage period",
    "form.currency": "Currency",
    "form.reviewer_email": "Reviewer (your Microsoft account manager's e-mail)",
    "form.plan_limit": "Plan limit",
    "form.name": "Campaign name",
    "form.start_date": "Start date",
    "form.end_date": "End date",
    "form.activity_type": "Activity type",
    "form.description": "Description (a sentence or two)",
    "form.countries": "Countries (e.g. France, Belgium)",
    "form.planned_amount": "Planned amount",
    "form.claim_title": "What ran, for claim {claim_id}",
    "form.claim.name": "Claim name (what ran)",
    "form.claim.execution_date": "Execution date",
    "form.claim.amount": "Amount claimed",
    "form.claim.impressions": "Estimated impressions (people reached)",
    "form.claim.attendees": "Attendees",
    "form.claim.pre_approval_id": "Pre-approval id",
    "form.claim.metric_value": "Results (e.g. 120 registered guests)",
    "error.form_not_here": "That form belongs to another question: use the one on my last "
    "message, or type your answer.",
    "sheet.created": "Draft **{plan_id}** built from {name}: campaigns {campaigns}, "
    "activities {activities}.",
    "sheet.updated": "Draft **{plan_id}** updated from {name}: campaigns {campaigns}, "
    "activities {activities}.",
    "sheet.refused": "I could not take {name} (problems found: {count}); nothing was changed.",
    "sheet.problem_row": "Row {row}, {field}: {reason}",
    "sheet.problem_plan": "{field}: {reason}",
    "sheet.more_problems": "…and {count} more.",
    "sheet.fix_and_attach": "Fix them in the file and attach it again.",
    "sheet.empty": "this cell is empty.",
    "sheet.did_you_mean": "I don't know “{value}”: did you mean **{suggestion}**?",
    "sheet.other_dates": "this campaign has other dates on row {row}; a campaign has one start "
    "and one end.",
    "sheet.too_many_activities": "a campaign holds at most {limit} activities.",
    "sheet.too_many_campaigns": "a plan holds at most {limit} campaigns.",
    "sheet.column.campaign": "Campaign",
    "sheet.column.start_date": "Start date",
    "sheet.column.end_date": "End date",
    "sheet.column.activity_type": "Activity type",
    "sheet.column.countries": "Countries",
    "sheet.column.planned_amount": "Planned amount",
    "sheet.column.description": "Description",
    "sheet.column.mpn_id": "Partner ID",
    "sheet.column.program": "Program",
    "sheet.column.market": "Market",
    "sheet.column.fund_type": "Fund type",
    "sheet.column.period": "Usage period",
    "sheet.column.currency": "Currency",
    "sheet.column.reviewer_email": "Reviewer",
    "sheet.column.plan_limit": "Plan limit",
    "error.sheet_not_a_sheet": "I can't read {name} as a spreadsheet. Attach the plan template "
    "as an .xlsx file, or a .csv with the same columns (say **plan template** to get it).",
    "error.sheet_too_big": "{name} is too big for a plan (over {limit_mb} MB). Keep one row per "
    "activity and attach it again.",
    "error.sheet_too_many_rows": "{name} has more than {limit} rows: a plan holds at most 50 "
    "campaigns of 50 activities. Split it into several plans.",
    "error.sheet_no_header": "I can't find the activities' header row in {name} (Campaign, Start "
    "date, End date…). Fill in the plan template (say **plan template** to get it).",
    "error.sheet_empty": "{name} has nothing filled in yet: fill in the plan's details and one "
    "row per activity, then attach it again.",
    "copy.same_period": "**{plan_id}** is already for {period}: name another period, "
    "e.g. copy plan {plan_id} to FY27 H2.",
    "ack.removed": "Removed {item}.",
    "ack.removed_campaign": "Removed the campaign {item}.",
    "ack.removed_activity": "Removed the activity {item}.",
    "ack.activity_begun": "✓ {activity_type}. Begun too in {campaign}: {activities}. Its "
    "questions come after this one's.",
    "ack.activities_begun": "✓ {activity_type}. Begun too in {campaign}: {activities}. Their "
    "questions come after this one's.",
    "ack.activity_begun_item": "activity {number} ({activity_type})",
    "ack.over_limit": "⚠️ Planned amounts now total {total}, above the plan limit of {limit}. "
    "You can go on drafting, but you'll need to fix this before submitting.",
    # -- cancel, stale, errors ----------------------------------------------------------------
    "plan.undone": "Undone: your last change at the review is back as it was.",
    "plan.nothing_to_undo": "There's nothing to undo: no change was made at this review since "
    "it was last shown (a change is undone once).",
    "cancelled": "OK, I've stopped. Your draft **{plan_id}** is kept: say **continue my plan** "
    "whenever you want to pick it up.",
    "cancelled.nothing": "There's nothing to cancel. Say **help** to see what I can do.",
    "saved.nothing": "Every answer is saved as you go: there's nothing to save now. Say "
    "**continue my plan** or **continue my claim** to pick up a draft.",
    "not_understood": "I didn't understand that. Say **new plan** to draft a plan, **new claim** "
    "for a proof of execution, **status** to see where things stand, or **help**.",
    "not_understood.empty": "Your message reached me with nothing I can read: no words, no "
    "file. Say **new plan** to draft a plan, **new claim** for a proof of execution, **status** "
    "to see where things stand, or **help**.",
    "not_understood.other_language": "I answer in English and French only. Say **help** to "
    "see what I can do.\n\nJe ne réponds qu'en anglais et en français : dites **français** "
    "pour continuer en français, ou **aide**.",
    "not_understood.waiting": "I didn't understand that. Sent back to you by a reviewer: "
    "{items}. Say **fix {example}** to fix and resubmit it, **status of {example}** for the "
    "reasons, or **help** for everything else.",
    "not_understood.waiting_claim": "I didn't understand that. Sent back to you by a reviewer: "
    "{items}. Say **fix {example}** to fix and resubmit it, **status of {example}** for the "
    "reasons, or **help** for everything else.",
    "stale_card": "That card is out of date (its question was answered, or the conversation "
    "moved on since), so I changed nothing. Here is where we are:",
    "unreadable_card": "I couldn't read what that card sent (it wasn't text), so I changed "
    "nothing. Here is the question again:",
    "apology": "Sorry, something went wrong on my side and I couldn't finish that.",
    "apology.drafts_safe": "Everything you answered before is saved: say **resume** to pick up "
    "where you left off.",
    "apology.data_damaged": "Sorry, I can't open your organisation's data right now: a stored "
    "file needs repair. Our operators have been alerted, and nothing was changed. Please try "
    "again later.",
    "error.choice_unknown": 'I don\'t know "{value}". Pick one of the options or type its number.',
    "error.yes_no": "Please answer yes or no.",
    "error.review_unknown": 'I don\'t know "{value}" here. Click a button of the card, or type '
    "what to do as its last line shows.",
    "error.choice_which": '"{value}" could be more than one of the options. Which one?',
    "error.review_which": '"{value}" could mean more than one thing here. Click the one you '
    "mean, or say it naming the activity or the campaign, e.g. **{example}**.",
    "error.review_which_many": '"{value}" could mean any of {count} things here. Say it naming '
    "the activity or the campaign, e.g. **{example}**, or click its button on the card.",
    "error.answer_too_long": "That's {length} characters; the most I can take here is "
    "{max_length}. Please shorten it.",
    "error.answer_empty": "I need an answer here.",
    "error.end_before_start": "The end date ({end}) is before the start date ({start}). When "
    "does the campaign end?",
    "error.start_after_end": "The start date ({start}) is after the end date ({end}). When does "
    "the campaign start? (To move it later, change its end date first.)",
    "error.plan_duplicate": "There is already a plan for this partner ID, fund, program and "
    "period: **{plan_id}**. Only one is allowed; say **continue my plan {plan_id}** to work "
    "on it, or pick another period.",
    "error.plan_not_found": "I can't find a plan {plan_id} in your organisation.",
    "error.plan_not_found_unnamed": "I can't find that plan in your organisation.",
    "error.plan_locked": "**{plan_id}** can't be changed any more (status: {status}).",
    "error.plan_changed": "Someone else changed **{plan_id}** while you were answering, so I "
    "didn't overwrite it. Here is the current version:",
    "error.no_draft": "You have no draft to continue. Say **new plan** to start one.",
    "error.plan_total": "Planned in **{plan_id}**: **{total}** of its **{limit}** limit "
    "({left} left to plan).",
    "error.plan_total_over": "Planned in **{plan_id}**: **{total}**, **{over}** over its "
    "**{limit}** limit: a reviewer would reject it. Lower an amount or change the limit.",
    "error.plan_total_no_limit": "Planned in **{plan_id}**: **{total}** (no limit set yet).",
    "plan.sent_unchangeable": "You have no plan draft: **{plan_id}** was sent ({status}), and a "
    "sent plan can't be changed unless its reviewer asks for changes (then I tell you here, "
    "and **fix {plan_id}** opens it). If something in it is wrong, tell its reviewer (your "
    "Microsoft account manager). Say **new plan** to plan another program or period.",
    "plan.awaiting_changes": "**{plan_id}** awaits the changes its reviewer asked for: say "
    "**fix {plan_id}** to make them and send it again.",
    "repeat.nothing": "No question is waiting for your answer, so there is nothing to "
    "repeat. Say **status** for where your plans and claims stand, **help** for what I can "
    "do, or scroll up for my last message.",
    "error.no_draft_any": "You have no draft to continue. Say **new plan** or **new claim** to "
    "start one.",
    "error.no_draft_to_delete": "You have no draft plan to delete.",
    "delete.plan_sent": "You have no draft plan to delete. **{plan_id}** was sent ({status}): "
    "once submitted, a plan can't be withdrawn or deleted here. If it should not go ahead, tell "
    "its reviewer (your Microsoft account manager).",
    "error.currency_change_decimals": "{currency} has no room for the decimals of the amounts already planned; change those amounts first.",
    "error.too_many_campaigns": "A plan can hold at most {max} campaigns.",
    "error.too_many_activities": "A campaign can hold at most {max} activities.",
    "error.already_in_plan": "You're working on **{plan_id}**. Say **cancel** first to start "
    "another one (this draft is kept).",
    "error.text_empty": "I need some text here.",
    "error.done_which": '"{value}": submit it now, or save it to finish later?',
    "error.fine_done_which": "Good: nothing changed. Submit it now, or save it to finish later?",
    "error.mistake_at_first_question": '"{value}": nothing was kept from that. Type this '
    "question's answer below, or say **cancel** to stop here: the draft is kept.",
    "error.mistake_at_question": '"{value}": nothing was kept from that. To change an earlier '
    "answer, say **back** (every answer so far is kept); to stop here, say **cancel**: the "
    "draft is kept.",
    "error.change_which": '"{value}": nothing was changed. Which answer do you want to change?',
    "error.change_which_many": '"{value}": nothing was changed. Say which answer to change, '
    "as its button on the card says (e.g. **{example}**), or click it there.",
    "error.fine_done_save": "Good: nothing changed. The check above still shows what stops it "
    "being submitted. Save it to finish later? Say **yes** or click below.",
    "error.later_save": '"{value}": nothing was submitted. Save it to finish later? Say '
    "**yes** or click it below.",
    "error.planned_amount_which": '"{value}": a plan takes one amount for each activity, '
    "your estimate of what it will cost (you can change it until the plan is submitted). "
    "Which is it? Click it below, or type another.",
    "error.later_day_save": '"{value}": nothing was submitted: I submit only when you say so, '
    "and then at once. Save it to finish later? Say **yes** or click it below. To be reminded "
    "of it, say **remind me** and a day (**remind me on Monday**).",
    "error.done_save": '"{value}": the check above still shows what stops it being '
    "submitted. Save it to finish later? Say **yes** or click below.",
    "error.name_is_link": '"{value}" is a link, not a name: what is this campaign called? '
    "Type its name (e.g. **Spring push**).",
    "error.name_says_nothing": '"{value}" isn\'t a name: what is this campaign called? Type '
    "its name (e.g. **Spring push**), or say **cancel** to stop here (your draft is kept).",
    "error.description_says_nothing": "A reviewer needs to know what this activity is: "
    "describe it in a few words (e.g. “LinkedIn ads for SMB decision makers”), or say "
    "**cancel** to stop here (your draft is kept).",
    "error.pleasantry_thanks": "You're welcome! Your draft is kept; here is where we were:",
    "error.pleasantry_greeting": "Hello! Your draft is kept; here is where we were:",
    "error.pleasantry_ok": "Your draft is kept; here is where we were (say **cancel** to stop):",
    "error.pleasantry_wait": "Take your time: your draft is kept, and the question waits for "
    "you (say **later** to stop here):",
    "error.step_word": "I didn't take \"{typed}\" as your answer: it's a word for another step "
    "(submitting, saving, finishing the evidence). Answer this question to go on, or say "
    "**cancel** to stop here; your draft is kept.",
    "error.text_asks": '"{value}" asks about the question rather than answering it.',
    "error.text_no_words": "That has only symbols or emoji: a reviewer could read nothing "
    "from it. Please say it in words.",
    "error.text_too_long": "That's {length} characters; the most allowed is {max_length}. "
    "Please shorten it.",
    "error.email_invalid": '"{value}" isn\'t a valid e-mail address. Please type it like '
    "name@microsoft.com.",
    "error.email_which": '"{value}" names several addresses, and a plan goes to one reviewer, '
    "your Microsoft account manager: which one is it?",
    "error.email_spoken": '"{value}": is it **{suggestion}**? Say **yes** or click it below, '
    "or type the address.",
    "form_error.email_spoken": '"{value}": **{suggestion}** is in the field now. **Save** keeps '
    "it, or correct it.",
    "error.reviewer_did_you_mean": '"{value}": did you mean **{suggestion}**? Say **yes** or '
    "click it below, or type the address.",
    "error.plan_what_stops": "What stops {plan_id} from being submitted, and how to fix "
    "it:\n\n{items}",
    "error.plan_only_warnings": "Nothing stops {plan_id} from being submitted, but a reviewer "
    "may question these:\n\n{items}",
    "error.plan_nothing_stops": "Nothing stops {plan_id} from being submitted: nothing a "
    "reviewer would reject.",
    "error.reviewer_name_only": '"{value}" is a name: I need their e-mail address, like '
    "name@microsoft.com (it is in their e-mail signature, or in Outlook).",
    "error.reviewer_not_microsoft": "The reviewer is your Microsoft account manager, so the "
    "address should end in @microsoft.com (you typed {value}).",
    "error.mpn_invalid": '"{value}" isn\'t a Partner ID: it has 6 to 8 digits, e.g. 1234567.',
    "error.currency_unknown": 'I don\'t know the currency "{value}". Please type an ISO code '
    "such as EUR, USD or GBP.",
    "error.amount_empty": "Please type an amount, e.g. 12,500.",
    "error.amount_not_a_number": '"{value}" isn\'t an amount I can read. Type it like '
    "12,500.00 or 12500.",
    "error.amount_not_positive": "The amount must be more than zero.",
    "error.date_length": '"{value}" after the start ({start}) is **{suggestion}**: is that '
    "the last day? Say **yes** or click it below, or type the last day.",
    "error.amount_thousands": '"{value}": did you mean **{suggestion}**? Say **yes** or '
    "click it below, or type the amount in digits alone ({digits}) or with its cents.",
    "error.amount_too_many_decimals": "Too many decimals for an amount in {currency} (at "
    "most {digits}).",
    "error.amount_too_large": "That amount is too large. Please check it.",
    "error.amount_wrong_currency": "This plan is in {expected}, but you typed an amount in "
    "{typed}. Please give it in {expected}.",
    "error.claim_amount_other_currency": "A claim is in its plan's currency, {expected}: type "
    "the amount in {typed} converted into {expected}. Attach the invoice as it is, and add a "
    "proof document with the exchange rate you used (your bank statement, say), its note saying "
    "how you converted it.",
    "error.date_empty": "Please type a date, e.g. {example_numeric} or {example_words}.",
    "error.answer_needed": '"{value}": this question can\'t be skipped, a reviewer needs the '
    "answer. Type it, or say **cancel** to stop here (your draft is kept) and come back to it.",
    "error.date_invalid": 'I can\'t read "{value}" as a date. Type it like {example_iso}, '
    "{example_numeric} or {example_words}.",
    "error.date_days_unsaid": '"{value}" names no day, and one is asked: for several days, '
    "type the first one, like {example_words}.",
    "error.date_impossible": '"{value}" doesn\'t exist in the calendar. Please check the day '
    "and month.",
    "error.date_out_of_range": "That date is too far in the past or future. Please check the year.",
    "error.period_whole_year": '"{value}" is the whole fiscal year {year}, and a plan covers '
    "one half of it (H1: July–December, H2: January–June): which one?",
    "error.period_invalid": '"{value}" isn\'t a usage period. Type it like FY27 H1.',
    "error.countries_empty": "Please name at least one country.",
    "error.country_unknown": 'I don\'t know the country "{value}". Use its name or its '
    "two-letter ISO code (FR, DE, US…).",
    "error.countries_part_excepted": 'A plan lists whole countries, so "{value}" can\'t be '
    "left out of one. Did you mean **{suggestion}**? Say **yes** or click it below, or type "
    "the countries again.",
    "error.review_no_such_activity": '"{value}": this plan has no activity {number} (its '
    "activities: {count}). Nothing was changed.",
    "error.review_no_such_campaign": '"{value}": this plan has no campaign {number} (its '
    "campaigns: {count}). Nothing was changed.",
    "error.review_remove_campaign": "Remove the campaign **{item}** and its {count} activities "
    "({amount} planned)? Nothing brings them back. Say **yes** or click it below; **no** keeps it.",
    "error.review_campaign_already_removed": "That campaign is already removed.",
    "error.review_remove_campaign.one": "Remove the campaign **{item}** and its activity "
    "({amount} planned)? Nothing brings it back. Say **yes** or click it below; **no** keeps it.",
    "error.country_did_you_mean": 'I don\'t know the country "{value}". Did you mean '
    "**{suggestion}**? Say **yes** or click it below, or type the country again.",
    "error.choice_did_you_mean": 'I don\'t know "{value}". Did you mean **{suggestion}**? '
    "Say **yes** or click it below, or pick one of the options.",
    "error.date_vague": '"{value}" is several days. Did you mean **{suggestion}**? Say **yes** '
    "or click it below, or type the day.",
    "error.date_on_approval": '"{value}": the day a plan is approved isn\'t known ahead (a '
    "review takes about 2 business days). Type the day you expect, like {example_words}; it "
    "can be changed until the plan is submitted.",
    "error.date_asap": '"{value}": the earliest day this question takes is **{suggestion}**. '
    "Take it? Say **yes** or click it below, or type the day.",
    "error.date_either": '"{value}": which day was it, **{first}** or **{last}**? Click it '
    "below, or type the day.",
    "error.date_day_number": '"{value}" alone: did you mean **{suggestion}**? Say **yes** or '
    "click it below, or type the date.",
    "error.date_approximate": '"{value}": which day exactly? Is it **{suggestion}**? Say '
    "**yes** or click it below, or type the day.",
    "error.date_other_order": '"{value}" reads as **{read}**, a day this question can\'t take. '
    "Did you mean **{suggestion}**? Say **yes** or click it below, or type the day with its "
    "month's name.",
    "error.date_with_words": '"{value}": is the day **{suggestion}**? Say **yes** or click it '
    "below, or type the day alone.",
    "error.date_weekday_other": '"{value}": that day of the month is another weekday here. '
    "Did you mean {choices}? Click it below, or type the day.",
    "error.date_last_week": '"{value}" is several days, from {first} to {last}: which one was '
    "it? Type it like **Tuesday last week** or {example}.",
    "error.date_past_span": '"{value}" is several days, from {first} to {last}: which day? '
    "Type it like {example}.",
    "error.limit_not_copied": "\"{value}\": a plan's limit is its own period's co-op figure, "
    "so it isn't taken from an earlier plan. Type this plan's limit (Partner Center shows it, "
    "under Incentives).",
    "error.as_last_plan_none": 'There is no earlier plan to take "{value}" from: type the '
    "answer itself.",
    "error.planned_amount_per_period": '"{value}": a plan takes each activity\'s total for its '
    "whole campaign ({campaign}, {start} – {end}). Type that total: the monthly figure times "
    "the months it runs, for instance.",
    "error.country_one_only": "A plan is made for one market, a single country: give the one "
    "this plan is for. Each other country gets a plan of its own.",
    "error.country_one_of": 'A plan is made for one market: which one of "{value}" is this '
    "plan for? Click it below; each of the others gets a plan of its own.",
    "form_error.country_one_of": "A plan is made for one market: type the one this plan is for "
    "({choices}) and **Save**; each of the others gets a plan of its own.",
    "form_error.one_of": '"{value}" is more than one answer: type one of {choices} here, then '
    "**Save**.",
    "error.countries_too_many": "That's too many countries for one activity (50 at most).",
    "error.countries_all_excepted": 'No country is left of "{value}" once the exceptions are '
    "taken out. Type the countries the activity runs in (France, Germany…).",
    "error.countries_region_too_wide": '"{value}" covers too many countries for me to guess '
    "which: name them (France, Germany, Italy…), or use a group I know: EU, eurozone, Benelux, "
    "DACH, the Nordics, the Baltics, Iberia.",
    # -- plans list, submit, delete ----------------------------------------------------------
    "plans.title": "Your organisation's plans",
    "plans.none": "You have no plans yet. Say **new plan** to start one.",
    "reviewers.title": "Who reviews your plans",
    "reviewers.line": "**{plan_id}** ({period}, {status}): {email}",
    "reviewers.claims": "Each plan goes to the reviewer it names: your Microsoft account "
    "manager, whom you can also ask about a decision. Claims are checked by Microsoft's co-op "
    "reviewers; I tell you here what they decide.",
    "reviewers.none": "None of your plans names a reviewer yet: each plan asks for your "
    "Microsoft account manager's e-mail address, who reviews it. Say **new plan** to start "
    "one.",
    "plans.line": "**{plan_id}** · {program} · {period} · {status} · {total}",
    "plans.draft_hint": "Say **continue my plan PLN-…** to open a draft.",
    "submit.not_allowed": "Only an Incentives admin (or a Global or Billing admin) can submit "
    "a plan. Your draft is saved; {who}",
    "submit.who": "ask {names} to submit it.",
    "submit.who_unknown": "ask your organisation's Incentives admin to submit it.",
    "submit.blocked": "I can't submit **{plan_id}** yet: fix the items marked ⛔ first.",
    "submit.already": "**{plan_id}** was already submitted ({status}); nothing more to do.",
    "receipt.title": "Plan submitted for approval",
    "receipt.body": "**{plan_id}** is now **Submitted** and locked. Your reviewer "
    "({reviewer}) will look at it; I'll tell you here when its status changes.",
    "receipt.total": "Planned {total} of a {limit} limit, in {count} campaigns.",
    "receipt.total.one": "Planned {total} of a {limit} limit, in {count} campaign.",
    "delete.done": "Draft **{plan_id}** is deleted.",
    "delete.plan_already": "Draft **{plan_id}** is already deleted: nothing more to do.",
    "delete.kept": "OK, I kept **{plan_id}**.",
    "delete.not_draft": "Only drafts can be deleted, and **{plan_id}** is no longer one "
    "(status: {status}).",
    "saved": "Saved. **{plan_id}** stays a draft: say **continue my plan** to come back to it.",
    # -- review card --------------------------------------------------------------------------
    "review.title": "Review of {plan_id}",
    "review.status": "Status: {status}",
    "review.campaign": "{name} · {start} → {end}",
    "review.activity": "{type} · {countries} · {amount}",
    "review.activity_description": "{description}",
    "review.total": "Planned {total} of {limit}",
    "review.problems": "To fix before submitting",
    "review.no_problems": "✅ Nothing a reviewer would reject.",
    "review.choose": "What would you like to do?",
    "review.choose_placeholder": "Change, add or remove…",
    "review.do": "Go",
    "review.submit": "Submit for approval",
    "review.save": "Save and close",
    "review.change": "Change {field}",
    "review.change_item": "Change {item}: {field}",
    "review.add_campaign": "Add a campaign",
    "review.add_activity": "Add an activity to {campaign}",
    "review.remove": "Remove {item}",
    "review.remove_campaign_yes": "Yes, remove {item}",
    "review.remove_campaign_no": "No, keep it",
    "review.empty_value": "—",
    "review.no_campaigns": "No campaigns yet.",
    "review.typed_hint": "You can also type **submit**, **save**, **add campaign**, or what "
    "to change, e.g. **change plan limit to 60,000**.",
    "review.typed_hint_campaign": "You can also type **submit**, **save**, **add campaign**, or "
    "what to change, e.g. **change plan limit to 60,000**, **change {campaign} end date** or "
    "**remove {campaign}**.",
    "review.details": "Plan details",
    "review.edit_details": "Edit plan details",
    "review.edit_campaign": "Edit the campaign",
    "review.edit_activity": "Edit this activity",
    "review.remove_campaign": "Remove this campaign",
    "review.remove_activity": "Remove this activity",
    "review.submit_by_admin": "Only an Incentives admin (or a Global or Billing admin) can "
    "submit this plan: {who}",
    # -- findings ---------------------------------------------------------------------------
    "finding.plan_field_missing": "{field} is missing.",
    "fix.plan_field_missing": 'Fill it in with "Edit plan details" (or type "change {field}").',
    "finding.plan_without_campaigns": "The plan has no campaign.",
    "fix.plan_without_campaigns": "Add at least one campaign with an activity.",
    "finding.plan_over_limit": "Planned amounts total {total}, above the plan limit of {limit}.",
    "fix.plan_over_limit": "Lower some planned amounts or raise the plan limit.",
    "finding.plan_deadline_passed": "The submission deadline ({deadline}) has passed.",
    "fix.plan_deadline_passed": "Pick a current period, or contact your account manager.",
    "finding.campaign_incomplete": "Campaign {campaign} is missing its name or dates.",
    "fix.campaign_incomplete": "Change the campaign and complete it.",
    "finding.campaign_end_before_start": "Campaign {campaign} ends before it starts.",
    "fix.campaign_end_before_start": "Change its start or end date.",
    "finding.campaign_outside_period": "Campaign {campaign} does not fit within the usage "
    "period {period} ({start} → {end}).",
    "fix.campaign_outside_period": "Move its dates within the usage period: co-op is spent "
    "within it.",
    "finding.campaign_starts_in_past": "Campaign {campaign} starts on {date}, before today.",
    "fix.campaign_starts_in_past": "A plan is for campaigns still to run: check its start date.",
    "finding.campaign_without_activities": "Campaign {campaign} has no activity.",
    "fix.campaign_without_activities": "Add an activity to it, or remove the campaign.",
    "finding.activity_incomplete": "An activity of {campaign} is incomplete.",
    "fix.activity_incomplete": "Continue the plan to complete it, or remove it.",
    "finding.activity_not_eligible": "{type} is not eligible for the {program} program.",
    "fix.activity_not_eligible": "Remove this activity or choose another type.",
    "finding.activity_needs_pre_approval": "{type} needs Microsoft's pre-approval before it runs.",
    "fix.activity_needs_pre_approval": "Get the pre-approval id before the activity airs; "
    "you'll need it for the proof of execution.",
    "severity.blocking": "⛔",
    "severity.warning": "⚠️",
    # -- labels -----------------------------------------------------------------------------
    "field.mpn_id": "Partner ID",
    "field.program": "Program",
    "field.market": "Market",
    "field.fund_type": "Fund type",
    "field.period": "Usage period",
    "field.currency": "Currency",
    "field.reviewer_email": "Reviewer",
    "field.plan_limit": "Plan limit",
    "field.name": "name",
    "field.start_date": "start date",
    "field.end_date": "end date",
    "field.activity_type": "type",
    "field.description": "description",
    "field.countries": "countries",
    "field.planned_amount": "planned amount",
    "program.csp_direct_bill": "CSP Direct Bill",
    "program.csp_indirect_provider": "CSP Indirect Provider",
    "program.csp_indirect_reseller": "CSP Indirect Reseller",
    "program.authorized_distributor": "Authorized Distributor",
    "program.hosting": "Hosting",
    "program.iot": "IoT",
    "program.mixed_reality": "Mixed Reality",
    "program.oem_reseller": "OEM Reseller",
    "program.surface_add": "Surface ADD",
    "fund.coop": "Co-op",
    "fund.mdf": "Market development funds (MDF)",
    "status.Editing": "Draft",
    "status.Submitted": "Submitted",
    "status.Under review": "Under review",
    "status.Approved": "Approved",
    "status.Action required": "Action required",
    "status.Rejected": "Rejected",
    "status.Disputed": "Disputed",
    "status.Paid": "Paid",
    "activity.print_advertising": "Print advertising",
    "activity.digital_advertising": "Digital advertising",
    "activity.direct_mail": "Direct mail / email / SMS",
    "activity.website_search": "Partner website & search engine",
    "activity.syndicated_content": "Microsoft syndicated content",
    "activity.multi_touch_campaign": "Multi-touch digital campaign",
    "activity.telemarketing": "Telemarketing",
    "activity.customer_seminar": "Customer seminars / boot camps",
    "activity.tradeshow": "Tradeshows / exhibitions",
    "activity.customer_offer": "Customer offers",
    "activity.internal_incentive": "Internal incentives / SPIFFs",
    "activity.onsite_champ": "On-site champ",
    "activity.proof_of_concept": "Proof of concept",
    "activity.employee_purchase_web": "Employee purchase web setup",
    "activity.tv_radio": "TV / radio",
    "activity.mpn_participation": "MPN participation",
    "activity.exams_tuition": "Microsoft exams and tuition",
    "activity.internal_training": "Internal training / floor days",
    "activity.microsoft_conference": "Microsoft-hosted conferences",
    "activity.demo_units": "Product seeding / demo units",
}

FR: dict[str, str] = {
    "welcome.title": "Bonjour {name}, je suis votre assistant incentives co-op",
    "welcome.body": "Je vous aide à rédiger votre plan de réclamations co-op pas à pas et je "
    "garde chaque réponse : vous pouvez vous arrêter et revenir quand vous voulez. Une fois un "
    "plan approuvé, je prends vos preuves d'exécution et les vérifie avant l'envoi. Dites "
    "**nouveau plan** pour commencer, **nouvelle réclamation** pour une preuve d'exécution, ou "
    "**aide** à tout moment.",
    "button.new_plan": "Nouveau plan",
    "meant.new_plan": "nouveau plan",
    "meant.new_claim": "nouvelle réclamation",
    "meant.my_plans": "mes plans",
    "meant.my_claims": "mes réclamations",
    "meant.my_funds": "mes fonds",
    "meant.continue_draft": "reprendre",
    "meant.help": "aide",
    "meant.status": "statut",
    "not_understood.meant": "Je n'ai pas compris « {typed} ». Vouliez-vous dire **{meant}** ? "
    "Cliquez dessus ci-dessous, ou tapez-le.",
    "button.my_plans": "Mes plans",
    "button.help": "Aide",
    "button.continue_plan": "Reprendre {plan_id}",
    "thanks": "Avec plaisir. Vos brouillons sont conservés : dites **reprendre** pour en "
    "continuer un, ou **aide** pour voir ce que je sais faire.",
    "statuses_what": "**Ce que veut dire chaque statut** (d'un plan comme d'une "
    "réclamation) :\n\n"
    "- **Brouillon** : modifiable à volonté ; rien n'est envoyé.\n"
    "- **Soumis** : envoyé au réviseur ; il ne peut plus changer.\n"
    "- **En cours d'examen** : le réviseur le lit.\n"
    "- **Action requise** : le réviseur demande des changements : faites seulement ceux-là "
    "(**corriger** avec son identifiant) et renvoyez-le.\n"
    "- **Approuvé** : les activités d'un plan peuvent avoir lieu et être réclamées ; une "
    "réclamation est payée sous 45 jours ouvrés.\n"
    "- **Refusé** : une réclamation peut être corrigée et renvoyée comme nouvelle "
    "réclamation, ou contestée.\n"
    "- **Contesté** : Microsoft tranche votre contestation sous 5 jours ouvrés.\n"
    "- **Payé** : l'argent est parti vers votre profil bancaire de l'Espace partenaires.\n\n"
    "Dites **statut** pour voir où en sont les vôtres ; je vous préviens ici quand l'un change.",
    "question_coming": "Je vous écoute : posez-la avec vos mots (vos fonds et leurs dates "
    "limites, ce qu'il faut à une réclamation, où en sont vos plans et réclamations, comment "
    "se passent un examen ou un paiement). Ou dites **aide** pour tout ce que je sais faire.",
    "deadline_extension": "Je ne peux pas repousser une date limite : celle de chaque période "
    "est fixée par Microsoft, la même pour tous les partenaires, et le co-op non réclamé à "
    "temps **est perdu**. Si un empêchement indépendant de vous doit vous mettre en retard, "
    "prévenez votre responsable de compte Microsoft avant ce jour. Ce que je peux faire : "
    "vérifier une réclamation dès qu'elle est prête (**nouvelle réclamation**), et vous "
    "rappeler un brouillon le jour que vous dites (**rappelle-moi lundi**).",
    "deadline_missed": "Le co-op non réclamé à temps **est perdu** : une fois closes les "
    "réclamations d'une période d'utilisation, plus aucune réclamation ne peut être soumise "
    "pour elle, et ce qui reste de ses fonds est perdu, sans report sur la période suivante. "
    "Je vous rappelle un brouillon de réclamation 7 jours avant la clôture des réclamations de "
    "sa période, et la veille.",
    "claim_when": "Une réclamation prouve ce qui a eu lieu : on la fait **une fois l'activité "
    "réalisée** (sa date est le jour où elle a eu lieu, son montant celui de la facture), et "
    "avant la clôture des réclamations de sa période d'utilisation. Avant, l'activité a sa "
    "place dans votre plan co-op, avec son montant prévu (certains types demandent aussi une "
    "pré-approbation d'abord).",
    "reminders.idle_off": "C'est fait : plus de rappels pour les brouillons laissés de côté. "
    "Je vous préviendrai toujours 7 jours et 1 jour avant la fin d'une période de réclamation, "
    "et quand le délai pour soumettre à nouveau un plan se termine : en manquer un fait perdre "
    "des fonds. Les changements de statut arrivent toujours aussi. Dites **réactiver les "
    "rappels** pour les retrouver.",
    "reminders.idle_on": "C'est fait : je vous rappellerai à nouveau les brouillons laissés de "
    "côté, en plus des fins de période de réclamation.",
    "remind.set": "Enregistré. Je vous rappellerai le brouillon **{item_id}** le {day}, s'il "
    "est encore un brouillon. Dites **reprendre** pour y revenir avant.",
    "remind.set_other": "Je vous rappellerai le brouillon **{item_id}** le {day}, s'il est "
    "encore un brouillon.",
    "remind.no_draft": "Vous n'avez aucun brouillon à vous rappeler. Je vous préviens de moi-même "
    "7 jours et 1 jour avant la fin de la période d'un brouillon de réclamation, et les "
    "changements de statut arrivent ici aussi.",
    "trouble.card": "Désolé. Les mots de chaque bouton peuvent être tapés à la place : à une "
    "question, tapez sa réponse (**aide** dit ce qu'elle accepte) ; **reprendre** ramène le "
    "brouillon modifié en dernier, avec sa carte, là où vous l'aviez laissé ; **statut** dit "
    "où en sont les choses. Chaque réponse donnée est enregistrée.",
    "trouble.general": "Désolé. Quoi qu'il se soit passé, chaque réponse donnée est "
    "enregistrée. À une question, dites **aide** pour ce qu'elle accepte, **retour** pour "
    "changer votre dernière réponse, ou **annuler** pour vous arrêter (votre brouillon est "
    "conservé) ; **reprendre** revient là où vous en étiez, et **statut** dit où en sont les "
    "choses.",
    "trouble.unhappy": "Désolé de ne pas vous être plus utile. Tout ce que vous avez tapé est "
    "enregistré. Dites-moi en quelques mots ce que vous voulez faire (**nouvelle "
    "réclamation**, **reprendre**, **statut**), ou dites **aide** pour tout ce que je sais "
    "faire. Pour une décision sur un plan ou une réclamation, votre responsable de compte "
    "Microsoft (le réviseur du plan) peut vous aider.",
    "trouble.in_question": "Désolé : chaque réponse donnée est enregistrée. Voici ce que "
    "cette question accepte :",
    "trouble.file": "Désolé. Pour envoyer un fichier, utilisez le trombone 📎 sous la zone de "
    "message, ou glissez le fichier dans la conversation : des fichiers jusqu'à {max_mb} Mo "
    "chacun, de ces types : {extensions}. Un scan ou une photo trop lourds peuvent être "
    "enregistrés plus petits, ou en PDF. Si Teams affiche une erreur, réessayez dans une "
    "minute : tout ce que vous avez tapé est enregistré.",
    "reminders.list.title": "**Vos rappels**",
    "reminders.list.cancel_how": "Dites **annule mon rappel** pour en retirer un.",
    "reminders.list.none": "Vous n'avez demandé aucun rappel. Dans un brouillon, dites "
    "**rappelle-moi demain** (ou lundi, dans 3 jours) pour en avoir un.",
    "reminders.list.idle_on": "Par ailleurs, je vous rappelle un brouillon laissé de côté, et "
    "7 jours et 1 jour avant la fin de la période d'une réclamation.",
    "reminders.list.idle_off": "Les rappels de brouillons laissés de côté sont coupés (dites "
    "**réactiver les rappels** pour les retrouver) ; ceux d'avant la fin de la période d'une "
    "réclamation arrivent toujours.",
    "reminders.item_on": "**{item_id}** le {day}",
    "reminders.line": "- **{item_id}**{name} : {day}",
    "reminders.cancelled": "C'est fait : plus de rappel de {items}.",
    "reminders.cancel.none": "Vous n'avez aucun rappel à annuler.",
    "reminders.cancel.none_for": "**{item_id}** n'a aucun rappel demandé.",
    "reminders.cancel.which": "Vous avez plusieurs rappels :\n\n{lines}\n\nDites **annule mon "
    "rappel pour {example}** (avec l'identifiant du brouillon), ou **annule mes rappels** pour "
    "tous.",
    "remind.after_close": "Les réclamations de la période de **{claim_id}** ferment le "
    "{closes} : un rappel après ce jour arriverait trop tard. Choisissez un jour avant, par "
    "exemple **rappelle-moi demain**.",
    "remind.not_yours": "**{item_id}** est rédigé par {owner} : ses rappels lui sont envoyés. "
    "Demandez-moi un rappel pour l'un de vos propres brouillons.",
    "remind.not_a_draft": "**{item_id}** n'est plus un brouillon ({status}) : il n'y reste "
    "rien à finir, donc rien à vous rappeler. Ses changements de statut arrivent ici d'eux-mêmes.",
    "error.remind_day_deadline": "Je vous rappelle une réclamation encore en brouillon 7 "
    "jours et 1 jour avant la clôture des réclamations de sa période, sans que vous le "
    "demandiez. Pour un rappel d'un brouillon un autre jour, nommez-le : **rappelle-moi "
    "lundi**, **rappelle-moi dans 3 jours**.",
    "remind.deadline_claim": "Les réclamations de **{item_id}** se clôturent le **{closes}**. "
    "Je vous la rappelle {marks}, sans que vous le demandiez, tant qu'elle est un brouillon. "
    "Pour un rappel un autre jour, nommez-le : **rappelle-moi lundi**, **rappelle-moi dans 3 "
    "jours**.",
    "remind.days_before": "{days} jours avant ({day})",
    "remind.day_before": "la veille ({day})",
    "remind.marks_and": "et",
    "remind.deadline_claim_today": "Les réclamations de **{item_id}** se clôturent "
    "aujourd'hui, **{closes}** : soumettez-la aujourd'hui, sinon elle ne pourra plus l'être.",
    "remind.after_closed": "Les réclamations de **{item_id}** se sont clôturées le "
    "**{closes}** : elle ne peut plus être soumise.",
    "remind.deadline_plan": "Un plan n'a pas de rappel d'échéance : **{item_id}** peut être "
    "soumis jusqu'au **{deadline}**, fin de son année de programme. Pour un rappel un jour "
    "précis, nommez-le : **rappelle-moi lundi**, **rappelle-moi dans 3 jours**.",
    "error.remind_day_unknown": "Je ne vois pas quel jour est « {value} ». Je peux vous rappeler "
    "un brouillon un jour précis : dites **rappelle-moi demain**, **rappelle-moi lundi** ou "
    "**rappelle-moi dans 3 jours**.",
    "error.remind_day_passed": "Le {day} est passé : choisissez un jour à partir de demain, par "
    "exemple **rappelle-moi demain**.",
    "error.remind_day_today": "Je peux vous rappeler à partir de demain ({tomorrow}) : dites "
    "**rappelle-moi demain**.",
    "error.remind_day_far": "Je peux vous rappeler dans les {days} prochains jours : choisissez "
    "un jour plus proche.",
    "error.remind_day_hours": "Je vous rappelle un brouillon un jour donné, pendant vos heures "
    "de travail, pas à une heure : dites **rappelle-moi demain** ({tomorrow}) ou un autre jour.",
    "language.chosen": "D'accord, je vous réponds en français désormais. Dites **in English** "
    "pour repasser à l'anglais.",
    "language.which": "Dans quelle langue voulez-vous que je vous réponde ?",
    "about_me": "Je suis l'**assistant des incitations co-op**, un assistant automatisé dans "
    "Teams, pas une personne. J'aide votre organisation à rédiger ses plans de réclamations "
    "co-op et ses réclamations une question à la fois, je garde chaque réponse, je vérifie "
    "chacun avant son envoi (point par point, ce qu'un réviseur refuserait) et je vous dis ici "
    "ce que décident les réviseurs. Je ne peux pas vous passer une personne : pour une "
    "décision, adressez-vous à votre responsable de compte Microsoft. Dites **aide** pour voir "
    "ce que je sais faire.",
    "nothing_asked": "Aucune question n'attend de réponse tapée pour l'instant : si une carte "
    "ci-dessus propose des boutons, cliquez sur celui que vous voulez. Ou dites **reprendre** "
    "pour reprendre un brouillon, **nouveau plan**, **nouvelle réclamation** ou **aide**.",
    "invoice_how": "Joignez la facture (un PDF ou une photo) à un message ici avec le trombone "
    "📎 sous la zone de saisie : je la lirai et vous proposerai de commencer une réclamation "
    "avec. Pour l'ajouter à une réclamation en cours, dites d'abord **reprendre**.",
    "files_how.draft": "Joignez les fichiers à un message ici, avec le trombone 📎 sous la zone "
    "de saisie (plusieurs à la fois si vous voulez) : ils vont sur votre brouillon de "
    "réclamation **{claim_id}**, ouvert ci-dessous.",
    "error.name_offered": "« {value} » : que diriez-vous de **{suggestion}** ? Répondez "
    "**oui** ou cliquez dessus ci-dessous, ou tapez un autre nom.",
    "campaign.name_offered": "Campagne {period}",
    "error.campaign_name_as_last_time": "« {value} » : chaque campagne a son propre nom, pour "
    "que vous et le réviseur la distinguiez de la précédente. Tapez-le (par exemple **Modern "
    "Work printemps**).",
    "error.description_see_attached": "« {value} » : un plan ne porte aucune pièce jointe, "
    "le réviseur ne lit donc que ce qui est tapé ici. Décrivez l'activité en une phrase ou "
    "deux (par exemple « Publicités LinkedIn pour les décideurs de PME »).",
    "data_kept": "Ce que vous tapez ici et les fichiers que vous joignez sont conservés pour "
    "votre organisation seulement : une autre organisation ne les voit jamais, et un brouillon "
    "n'est modifié que par le collègue qui l'a commencé ou vos administrateurs Incentives. Ils "
    "sont conservés pour que rien de ce que vous avez tapé ne se perde et que le réviseur "
    "reçoive ce que vous avez envoyé. Leur durée de conservation, et leur suppression, "
    "relèvent des personnes qui gèrent cet assistant pour votre organisation (votre équipe "
    "informatique) : demandez-leur. Un brouillon dont vous ne voulez plus : dites **supprimer "
    "ma réclamation** ou **supprimer mon plan**. Gardez vous-même les originaux de vos "
    "factures et justificatifs pendant 24 mois après l'activité : Microsoft peut les demander.",
    "support": "Je suis un assistant automatique : je ne peux pas vous mettre en relation "
    "avec une personne. "
    "Pour une décision sur un plan ou une réclamation, adressez-vous à votre responsable de "
    "compte Microsoft (le réviseur du plan) ; après un refus, vous pouvez aussi dire "
    "**contester**. Pour l'Espace partenaires lui-même, ouvrez-y une demande de support (Aide "
    "+ support).",
    "periods": "Le co-op s'acquiert sur six mois (la **période d'acquisition**) et se "
    "dépense en activités menées les six mois suivants (la **période d'utilisation** ; ce qui "
    "reste à sa fin est perdu). Les réclamations d'une période d'utilisation sont reçues du 16 "
    "de son deuxième mois jusqu'à 46 jours après sa fin (la **date limite de réclamation**). "
    "Les périodes sont des semestres fiscaux Microsoft : H1 du 1er juillet au 31 décembre, H2 "
    "du 1er janvier au 30 juin ; l'exercice FYnn commence le 1er juillet de l'année d'avant "
    "(FY27 le 1er juillet 2026).",
    "periods.now": "Aujourd'hui ({today}), la période d'utilisation est **{usage}** ({start} – "
    "{end}) ; ses réclamations sont reçues du {opens} au **{closes}**.",
    "periods.last": "Celles de **{usage}** (terminée le {end}) sont encore reçues jusqu'au "
    "**{closes}**.",
    "periods.funds": "Dites **mes fonds** pour voir ce qu'il vous reste sur chacune.",
    "about_coop": "Les fonds co-op sont des fonds marketing acquis par votre programme "
    "d'incentives Microsoft, pour promouvoir les solutions Microsoft. Vous prévoyez leur usage "
    "dans un **plan de réclamations co-op** (campagnes, activités et montants prévus) que "
    "Microsoft approuve ; une fois une activité réalisée, vous réclamez ce qu'elle a coûté "
    "avec une **preuve d'exécution** (factures et justificatifs), examinée puis payée. Dites "
    "**mes fonds** pour voir les vôtres, **nouveau plan** ou **nouvelle réclamation** pour "
    "commencer.",
    "review_time": "Une réclamation soumise est examinée en 2 jours ouvrés environ ; une "
    "contestation est tranchée sous 5 jours ouvrés ; une réclamation approuvée est payée sous "
    "45 jours ouvrés, dans la devise de votre profil bancaire. Je vous préviens ici à chaque "
    "étape. Dites **statut** pour voir où en sont les vôtres.",
    "next_steps": "Une fois soumis, le réviseur le lit. Un **plan** va au réviseur qu'il "
    "nomme (votre responsable de compte Microsoft), qui l'approuve, demande des changements "
    "(**Action requise**) ou le refuse ; une fois approuvé, vous réclamez chaque activité "
    "après son déroulement (**nouvelle réclamation**). Une **réclamation** est examinée en "
    "2 jours ouvrés environ : approuvée, puis payée sous 45 jours ouvrés, ou refusée avec des "
    "motifs que vous pouvez corriger ou **contester**. Je vous préviens ici à chaque étape ; "
    "dites **statut** à tout moment.",
    "plans_how_many": "Un partenaire a **un plan par identifiant partenaire, programme, type "
    "de fonds et période** (une année de programme ou un semestre fiscal) : un second "
    "brouillon pour les mêmes est refusé, et je vous indique celui que vous avez. Un plan "
    "contient **autant de campagnes et d'activités** qu'il vous faut ; un autre programme ou "
    "une autre période, c'est un autre plan. Dites **mes plans** pour voir les vôtres, ou "
    "**nouveau plan** pour en commencer un.",
    "plan_change.draft": "**{plan_id}** est encore un brouillon, ses campagnes et activités "
    "peuvent donc changer : sa revue propose **Ajouter une campagne**, **Ajouter une "
    "activité** à chaque campagne, et **Supprimer** ou **Modifier** pour chacune (ses questions "
    "encore ouvertes passent d'abord). Je le reprends maintenant.",
    "plan_change.in_question": "Pas depuis cette question : je demande chaque campagne et ses "
    "activités tour à tour (une autre activité ? une autre campagne ?), et la revue du plan, "
    "une fois ses questions répondues et avant l'envoi, ajoute, renomme ou retire n'importe "
    "quelle campagne ou activité. Dites **retour** pour la question précédente.",
    "plan_change.none": "Vous n'avez pas encore de plan : dites **nouveau plan**, ses "
    "questions demandent chaque campagne et ses activités ; sa revue les ajoute, les modifie "
    "et les retire jusqu'à ce que vous le soumettiez.",
    "mistake.plan_draft": "Pas de souci : **{plan_id}** est encore un brouillon, chaque réponse "
    "peut donc changer. Dites laquelle (**modifier le montant prévu**, **renommer la "
    "campagne**…), ou **retour** pour revenir sur la dernière.",
    "after_submit": "Une fois soumis, un plan ou une réclamation **ne peut plus être "
    "modifié** : le réviseur lit ce qui a été envoyé. Si vous y trouvez une erreur, dites-le "
    "au réviseur du plan (votre responsable de compte Microsoft) : il peut vous demander la "
    "correction. Quand un réviseur demande des changements (**Action requise**), je vous "
    "préviens ici, et vous ne modifiez que ce qu'il demande avant de le renvoyer "
    "(**corriger** avec son identifiant). Une réclamation refusée peut "
    "être corrigée et renvoyée comme nouvelle réclamation, ou vous pouvez **contester** la "
    "décision. Tant que vous n'avez rien soumis, un brouillon se modifie autant que vous "
    "voulez : dites **reprendre ma réclamation** ou **reprendre mon plan**, puis ce qu'il faut "
    "modifier (**modifier le montant**) ; un mauvais fichier se retire de la liste des "
    "justificatifs d'une réclamation avec **supprimer** et son nom.",
    "plan_view.title": "**{plan_id}** · {program} · {period} · {status}",
    "plan_view.totals": "Prévu {planned} sur un plafond de {limit} · réviseur {reviewer}",
    "plan_view.campaign": "- **{name}** ({start} – {end})",
    "plan_view.activity": "- {type} · {countries} · {amount}",
    "plan_view.no_campaign": "Pas encore de campagne.",
    "plan_view.others": "Votre organisation a aussi d'autres plans : dites **mes plans** pour "
    "les lister, **voir PLN-…** pour savoir où en est l'un d'eux.",
    "plan_view.none": "Il n'y a pas encore de plan : dites **nouveau plan** pour en rédiger un.",
    "currency.plans": "Vos derniers plans : {plans}.",
    "currency.plan": "**{plan_id}** ({period}) en {currency}",
    "delete_how": "Pour supprimer un brouillon, dites **supprimer ma réclamation** ou "
    "**supprimer mon plan** (ou son identifiant : **supprimer CLM-…**) ; je demande avant de "
    "supprimer quoi que ce soit. Un plan ou une réclamation déjà soumis ne peut pas être "
    "supprimé : il reste chez le réviseur. Dites **mes brouillons** pour voir les vôtres.",
    "resubmit_times": "Il n'y a **pas de limite au nombre de fois** : une réclamation "
    "renvoyée (**Action requise**) se corrige et repart, une réclamation **rejetée** se "
    "corrige et part comme une nouvelle, ou se conteste, et chaque fois elle est revue. Ce "
    "qui limite, c'est le temps : une réclamation part avant la date limite de réclamation de "
    "sa période (45 jours après la fin de sa période d'utilisation), et un plan peut être "
    "modifié et resoumis pendant 90 jours après la fin de son année de programme. Dites "
    "**statut** pour voir où en sont les vôtres.",
    "approval_who": "Personne dans votre organisation n'a à valider un plan ou une "
    "réclamation avant l'envoi : il faut quelqu'un qui a le droit de le soumettre. C'est "
    "**Microsoft** qui approuve : le réviseur nommé dans chaque plan (votre responsable de "
    "compte Microsoft) revoit le plan, puis chaque réclamation. (La TV / radio demande en "
    "plus une **pré-approbation** de Microsoft avant diffusion : demandez **c'est quoi une "
    "pré-approbation ?**)",
    "threshold": "Le **rabais** (rebate) est la part de vos gains d'incitation que Microsoft "
    "vous verse directement, sans réclamation ; le **co-op** est la part que vous dépensez en "
    "marketing et réclamez avec des preuves (les gains peuvent être répartis, par exemple "
    "60 % de rabais et 40 % de co-op). Le co-op gagné sur une période ne reste du co-op que "
    "s'il atteint le **seuil** de son programme ; en dessous, il devient du rabais à la fin "
    "de la période :",
    "threshold.line": "- **{amount}** : {programs}",
    "threshold.rebate_paid": "Un rabais est payé par Microsoft sans réclamation, je ne vois "
    "donc pas son paiement : pour un rabais en retard ou manquant, contactez le support de "
    "l'Espace partenaires (Aide + support) en indiquant la période où il a été acquis. Les "
    "paiements des réclamations co-op, je les vois : dites **quand serai-je payé ?**",
    "plan_needs": "Un plan demande, dans l'ordre : votre **Partner ID** (ID MPN), le "
    "**programme**, le **marché**, le **type de fonds** (co-op ou MDF), la **période "
    "d'utilisation** (FY27 H2…), la **devise**, l'**e-mail de votre responsable de compte "
    "Microsoft** (le réviseur) et la **limite du plan** (votre co-op de la période). Puis "
    "chaque **campagne** : un nom, ses dates de début et de fin ; et dans chacune chaque "
    "**activité** : son type dans le catalogue, une courte description, ses pays et le montant "
    "prévu. Un plan contient jusqu'à {campaigns} campagnes de {activities} activités chacune. "
    "Tout est enregistré au fur et à mesure : arrêtez-vous quand vous voulez, puis dites "
    "**reprendre**. Plus tard, une réclamation demande le jour où une activité a eu lieu, le "
    "montant, les personnes touchées et ses justificatifs (la facture d'abord). Dites "
    "**nouveau plan** pour commencer.",
    "spent_less": "Réclamez ce que vous avez dépensé : le montant d'une réclamation est celui "
    "de sa facture, et peut être inférieur au prévu. Ce qui reste prévu pour l'activité peut "
    "aller sur une autre réclamation (pour une facture suivante, ou une autre fois où elle a "
    "eu lieu) jusqu'à la clôture des réclamations de sa période ; le co-op non réclamé d'ici "
    "là est perdu. Dites **que me reste-t-il à réclamer ?** pour voir ce qui reste.",
    "threshold.funds": "Le rabais ne se réclame pas, ici ni ailleurs : l'Espace partenaires "
    "en montre les paiements. Dites **mes fonds** pour voir le co-op enregistré pour votre "
    "organisation.",
    "currency": "Les montants sont dans la **devise du plan**, choisie en rédigeant le plan "
    "(un code ISO : EUR, USD, GBP…) : chaque montant prévu et chaque réclamation de ce plan "
    "sont dans cette devise. Microsoft paie dans la devise de votre **profil bancaire**, qui "
    "peut être différente. Tapez les montants comme vous les écrivez : 12 500, 12 500 €, "
    "EUR 12 500. Une facture dans une autre devise : réclamez le montant converti dans la "
    "devise du plan, et ajoutez un document de preuve avec le taux de change utilisé.",
    "lost_invoice": "Demandez au fournisseur une **copie de la facture** (un PDF de son "
    "portail de facturation ou un e-mail convient) et joignez-la : une réclamation a besoin "
    "d'une facture d'un tiers, ou pour un travail interne d'un CSR, et le réviseur la refuse "
    "sans. Gardez la copie : les originaux doivent être conservés 24 mois après l'activité. "
    "Si elle est en route, dites **plus tard** : votre brouillon est conservé.",
    "error.evidence_invoice_lacking": "Une réclamation a besoin d'une **facture d'un tiers**, ou pour un travail "
    "fait en interne d'un **Rapport de certification de service (CSR)** : sans l'un ou "
    "l'autre, le réviseur la refuse. Si la facture est en route, dites **plus tard** : votre "
    "brouillon est conservé et vous l'ajouterez à son arrivée. Pour un travail interne, "
    "ajoutez plutôt un CSR.",
    "edited_message": "Vous avez modifié un message : je lis chaque message une fois, à son "
    "envoi, donc la modification n'a rien changé. Pour changer cette réponse, dites **retour** "
    "(la question précédente) ou modifiez-la à la revue ; ou retapez-la si sa question est "
    "encore ouverte.",
    "help.general": "Voici ce que je sais faire :\n\n"
    "- **nouveau plan** : rédiger un plan de réclamations co-op (campagnes, activités, "
    "montants prévus)\n"
    "- **reprendre** : reprendre le brouillon modifié en dernier, plan ou réclamation, "
    "exactement où vous l'avez laissé\n"
    "- **mes plans** : vos brouillons et plans soumis, avec leur statut\n"
    "- **copier le plan PLN-… pour FY27 H2** : un nouveau brouillon pour une autre période\n"
    "- **modèle de plan** : un tableur pour remplir tout le plan dans Excel et le joindre ici\n"
    "- **supprimer le brouillon** : supprimer un brouillon (je demande d'abord)\n"
    "- **nouvelle réclamation** : soumettre la preuve d'exécution d'une activité d'un plan "
    "approuvé\n"
    "- **reprendre ma réclamation**, **mes réclamations** : vos réclamations et où elles en "
    "sont (**mes réclamations d'octobre** : celles des activités menées ce mois-là)\n"
    "- **mes fonds** : co-op acquis, réclamé et restant par période, et jusqu'à quand\n"
    "- **corriger**, **contester** : après un refus, corriger et soumettre à nouveau, ou "
    "contester la décision\n"
    "- **annuler** : arrêter la question en cours ; votre brouillon est conservé\n"
    "- **rappelle-moi demain** (ou lundi, dans 3 jours) : un rappel de votre brouillon ce "
    "jour-là\n"
    "- **in English** : les réponses en anglais (sinon dans la langue de Teams)\n\n"
    "Chaque réponse est enregistrée dès que vous l'envoyez. Vous pouvez en donner "
    "plusieurs à la fois, par ex. *1234567, France, co-op FY27 H2 en EUR, plafond 50 000* : "
    "je prends chacune et ne demande que ce qui manque.",
    "help.way_out": "Tapez votre réponse, ou dites **annuler** pour vous arrêter ici (votre "
    "brouillon {plan_id} est conservé) et **reprendre mon plan** pour revenir.",
    "help.field.mpn_id": "L'identifiant partenaire (MPN ID) de votre site partenaire : 6 à 8 "
    "chiffres, visible dans l'Espace partenaires sous Paramètres du compte.",
    "help.field.program": "Le programme d'incentives d'où viennent ces fonds co-op, par "
    "exemple CSP Revendeur indirect. Cliquez-en un ou tapez son nom ou son numéro.",
    "help.field.market": "Le pays ou marché du plan, par exemple France ou FR.",
    "help.field.fund_type": "Le type de fonds que le plan dépense : le **co-op**, les fonds "
    "marketing que votre programme d'incitation vous fait gagner, ou les **fonds de "
    "développement marketing (MDF)**. Vous ne savez pas lesquels sont les vôtres ? Votre "
    "responsable de compte Microsoft (le réviseur du plan) peut vous le dire.",
    "fund_types_what": "Un plan porte sur un seul **type de fonds**, celui qu'il dépense : le "
    "**co-op**, les fonds marketing que votre programme d'incitation vous fait gagner, ou les "
    "**fonds de développement marketing (MDF)**. Choisissez celui de vos fonds : votre "
    "responsable de compte Microsoft (le réviseur du plan) peut vous le dire, et **mes fonds** "
    "montre le co-op que j'ai enregistré. Il y a un plan par Partner ID, type de fonds, "
    "programme et période d'utilisation ; les questions, les vérifications et les "
    "réclamations sont les mêmes pour les deux.",
    "help.field.period": "La période d'utilisation (un semestre fiscal) pendant laquelle les "
    "activités ont lieu, par exemple FY27 H1 = du 1er juillet au 31 décembre 2026.",
    "help.field.currency": "La devise du plan, en code ISO (EUR, USD, GBP…). Tous les montants "
    "prévus sont dans cette devise.",
    "help.field.reviewer_email": "L'adresse e-mail de votre responsable de compte Microsoft, "
    "qui examine le plan. Vous ne savez pas qui c'est ? L'administrateur Incentives de votre "
    "organisation le sait, et les e-mails co-op reçus de Microsoft le nomment ; le support de "
    "l'Espace partenaires (Aide + support) peut aussi vous le dire.",
    "help.reviewer_last": "Le dernier plan de votre organisation a été examiné par **{email}** : "
    "dites **comme la dernière fois** pour reprendre cette adresse.",
    "help.field.plan_limit": "Le montant maximal du plan, dans sa devise. Les montants prévus "
    "de toutes les activités doivent rester en dessous.",
    "help.field.name": "Un nom court pour la campagne, par exemple Modern Work printemps.",
    "help.field.start_date": "Le jour où la campagne commence, par exemple {example_numeric} "
    "ou {example_words}.",
    "help.field.end_date": "Le jour où la campagne se termine (au plus tôt le jour du début).",
    "help.field.activity_type": "Le type d'activité marketing, tiré du catalogue co-op "
    "(publicité en ligne, séminaire, salon…). Cliquez-en un ou tapez son nom ou son numéro.",
    "help.field.description": "Une phrase ou deux sur l'activité et le public visé.",
    "help.field.countries": "Un ou plusieurs pays, en noms ou en codes ISO, séparés par des "
    "virgules : France, Belgique ou FR, BE.",
    "help.field.planned_amount": "Ce que vous prévoyez de dépenser pour cette activité, dans "
    "la devise du plan ({currency}), par exemple 12 500.",
    "help.field.more_activities": "Répondez oui pour ajouter une autre activité à cette "
    "campagne, non pour terminer la campagne.",
    "help.field.more_campaigns": "Répondez oui pour ajouter une autre campagne, non pour "
    "relire le plan.",
    "help.field.review": "Voici tout votre plan. Soumettez-le pour approbation, "
    "enregistrez-le et arrêtez, ou utilisez le bouton Modifier d'une section pour modifier, "
    "ajouter ou supprimer quelque chose (ou tapez-le, par exemple **modifier plafond du "
    "plan**).",
    "help.field.delete_confirm": "Répondez oui pour supprimer définitivement le brouillon, non "
    "pour le garder.",
    "help.field.plan_choice": "Choisissez le plan à ouvrir, ou tapez son identifiant (PLN-…).",
    "question.mpn_id": "Quel est l'identifiant partenaire (MPN ID) du site partenaire concerné "
    "par ce plan ?",
    "question.program": "Pour quel programme est ce plan ?",
    "question.market": "Pour quel marché (pays) ?",
    "question.fund_type": "Quel type de fonds ?",
    "question.period": "Pour quelle période d'utilisation ?",
    "question.currency": "Dans quelle devise ? (par exemple EUR ou USD)",
    "question.reviewer_email": "Quelle est l'adresse e-mail de votre responsable de compte "
    "Microsoft (le réviseur) ?",
    "question.plan_limit": "Quel est le plafond du plan, en {currency} ?",
    "question.name": "Campagne {number} : quel est son nom ?",
    "question.start_date": "Quand commence **{campaign}** ?",
    "question.end_date": "Quand se termine **{campaign}** ?",
    "question.activity_type": "Activité {number} de **{campaign}** : de quel type d'activité "
    "s'agit-il ?",
    "question.description": "Décrivez cette activité ({activity_type}) en une phrase ou deux.",
    "question.countries": "Dans quels pays aura-t-elle lieu ?",
    "question.planned_amount": "Combien prévoyez-vous d'y dépenser, en {currency} ?",
    "question.more_activities": "Ajouter une autre activité à **{campaign}** ?",
    "question.more_campaigns": "Ajouter une autre campagne au plan ?",
    "question.plan_choice": "Quel plan ?",
    "question.delete_confirm": "Supprimer définitivement le brouillon {plan_id} ? C'est "
    "irréversible.",
    "question.current_value": "Valeur actuelle : {value}.",
    "question.placeholder": "Tapez votre réponse",
    "button.send": "OK",
    "button.yes": "Oui",
    "button.no": "Non",
    "ack.value": "✓ {value}",
    "several.unsure": "Pas pris en compte, cela peut répondre à plusieurs questions : "
    "{pieces}. Répondez à la question ci-dessous.",
    "several.unread": "Pas compris ici : {pieces}.",
    "several.pair": "{label} : {value}",
    "several.hint": "(vouliez-vous dire {value} ?)",
    "amount_note.excl_tax": "lu hors taxes",
    "amount_note.incl_tax": "lu toutes taxes comprises",
    "amount_note.approximate": "une estimation",
    "amount_note.rest_of_limit": "ce qui reste de la limite du plan",
    "amount_note.share_of_limit": "cette part de la limite du plan",
    "amount_note.sum": "les montants additionnés",
    "amount_note.earned": "le co-op gagné pour ce programme et cette période",
    "amount_note.share_of_earned": "cette part du co-op gagné pour ce programme et cette période",
    "help.plan_limit_earned": "Le co-op gagné pour {named} est de {earned} : dites **le "
    "maximum** pour en faire le plafond.",
    "help.program_funded": "Le co-op de votre organisation, tel que Microsoft l'a envoyé :",
    "help.program_funded_line": "**{program}**, {period} : {earned} gagnés",
    "help.program_no_funds": "Je n'ai encore aucun fonds co-op enregistré pour votre "
    "organisation : Partner Center montre les programmes où vous gagnez du co-op, rubrique "
    "Incentives.",
    "error.plan_limit_needed": "« {value} » : un plan en a toujours une, le plus qu'il peut "
    "dépenser (le co-op gagné pour son programme et sa période, dans Partner Center, rubrique "
    "Incentives). Tapez-la, ou dites **le maximum** pour le montant de co-op que j'ai.",
    "error.plan_limit_needed_no_funds": "« {value} » : un plan en a toujours une, le plus qu'il "
    "peut dépenser (le co-op gagné pour son programme et sa période, dans Partner Center, "
    "rubrique Incentives). Tapez-la.",
    "error.plan_limit_no_funds": "Je n'ai pas encore de montant de co-op pour {named} : tapez "
    "le plafond du plan (il figure dans Partner Center, rubrique Incentives).",
    "error.plan_limit_other_currency": "Le co-op gagné est de {earned}, et ce plan est en "
    "{currency} : tapez le plafond en {currency}.",
    "error.planned_amount_not_given": "Le plan a besoin d'un montant pour chaque activité : "
    "le réviseur approuve les fonds d'après eux. Tapez votre meilleure estimation (par "
    "exemple **5000**) ; elle peut être changée jusqu'à la soumission du plan.",
    "error.planned_amount_nothing_left": "Il ne reste rien de la limite du plan ({limit} est "
    "déjà prévu) : tapez le montant prévu pour cette activité.",
    "ack.date_kept": "✓ Je garde le {date} ; la relecture le signalera tant qu'il ne sera pas "
    "modifié.",
    "question.date_placeholder": "Choisissez une date",
    "date_check.campaign_outside_period": "Le **{date}** est en dehors de la période "
    "d'utilisation {period} (du {start} au {end}) : le co-op se dépense pendant cette période, "
    "un réviseur refuserait donc la campagne.",
    "date_check.campaign_starts_in_past": "Le **{date}** est avant aujourd'hui ({today}) : un "
    "plan porte sur des campagnes à venir.",
    "question.date_confirm": "Garder quand même le {date}, ou choisir une autre date ?",
    "button.keep_date": "Garder le {date}",
    "button.change_date": "Choisir une autre date",
    "error.date_keep_or_change": "Répondez **oui** pour garder le {date}, ou tapez une autre date.",
    "help.field.start_date_confirm": "Répondez oui pour garder quand même cette date de début, "
    "non pour en choisir une autre, ou tapez la nouvelle date.",
    "help.field.end_date_confirm": "Répondez oui pour garder quand même cette date de fin, non "
    "pour en choisir une autre, ou tapez la nouvelle date.",
    "ack.plan_started": "J'ai créé le brouillon **{plan_id}**. Chaque réponse est enregistrée "
    "au fur et à mesure.",
    "ack.plan_blank_reused": "Votre brouillon **{plan_id}** est encore vide : je le reprends "
    "plutôt que d'en commencer un autre. Chaque réponse est enregistrée au fur et à mesure.",
    "ack.plan_resumed": "Je reprends **{plan_id}** là où vous l'avez laissé.",
    "plan_item.not_yet": "Cette réponse n'est pas encore demandée, il n'y a donc rien à "
    "modifier : chaque campagne (son nom et ses dates) vient après les informations du plan, "
    "puis ses activités (type, description, pays, montant). D'abord cette question :",
    "copy.done": "J'ai copié **{source}** dans un nouveau brouillon **{plan_id}** pour "
    "**{period}** : campagnes {campaigns}, activités {activities}.",
    "copy.moved": "Campagne {campaign} : **{start} – {end}** (avant : {was_start} – {was_end}).",
    "copy.check_dates": "Les dates ont été déplacées dans la nouvelle période : vérifiez-les "
    "dans la relecture ci-dessous (le bouton **Modifier** de chaque campagne les change) "
    "avant de soumettre.",
    "copy.no_plan": "Il n'y a pas encore de plan à copier : dites **nouveau plan** pour en "
    "commencer un.",
    "sheet.template": "Voici le modèle de plan. Dans sa feuille **Plan**, remplissez les "
    "informations du plan ; dans la feuille **Activités**, une ligne par activité (campagne, "
    "dates, type, pays, montant, description) : les types et les pays sont dans des listes "
    "déroulantes. Joignez ensuite le fichier ici : je vérifie chaque ligne et j'en fais le "
    "brouillon. Un .csv avec les mêmes colonnes convient aussi.",
    "button.template": "Télécharger le modèle (.xlsx)",
    "button.form": "Remplir le formulaire",
    "button.form_save": "Enregistrer",
    "button.form_more_activities": "Enregistrer, puis une autre activité",
    "button.form_last_activity": "Enregistrer : dernière activité de la campagne",
    "form.refused": "Valeurs à corriger : {count}. Rien n'est encore enregistré ; tout ce que "
    "vous avez saisi est conservé ci-dessous.",
    "error.choice_negated": "Compris : pas **{label}** (« {value} »), rien n'a été fait. "
    "Choisissez quoi faire, ou tapez-le.",
    "form_error.countries_part_excepted": "Un plan liste des pays entiers : « {value} » ne "
    "peut pas en être exclu. **{suggestion}** est maintenant dans le champ. **Enregistrer** le "
    "garde, ou retapez les pays.",
    "form_error.country_did_you_mean": "Je ne connais pas le pays « {value} » : "
    "**{suggestion}** est maintenant dans le champ. **Enregistrer** le garde, ou retapez le "
    "pays.",
    "form_error.choice_did_you_mean": "Je ne connais pas « {value} » : **{suggestion}** est "
    "maintenant dans le champ. **Enregistrer** le garde, ou choisissez-en un autre.",
    "form_error.date_vague": "« {value} » désigne plusieurs jours : le **{suggestion}** est "
    "maintenant dans le champ. **Enregistrer** le garde, ou choisissez le jour.",
    "form_error.date_asap": "« {value} » : le **{suggestion}**, le premier jour que ce champ "
    "accepte, y est maintenant. **Enregistrer** le garde, ou choisissez le jour.",
    "form_error.date_day_number": "« {value} » seul : le **{suggestion}** est maintenant dans "
    "le champ. **Enregistrer** le garde, ou choisissez la date.",
    "form_error.date_approximate": "« {value} » : le **{suggestion}** est maintenant dans le "
    "champ. **Enregistrer** le garde, ou choisissez le jour exact.",
    "form_error.date_other_order": "« {value} » se lit {read} : le **{suggestion}** est "
    "maintenant dans le champ. **Enregistrer** le garde, ou choisissez le jour.",
    "form_error.date_with_words": "« {value} » : le **{suggestion}** est maintenant dans le "
    "champ. **Enregistrer** le garde, ou choisissez le jour.",
    "form_error.reviewer_did_you_mean": "« {value} » : **{suggestion}** est maintenant dans le "
    "champ. **Enregistrer** la garde, ou tapez l'adresse.",
    "form_error.count_range": "« {value} » est une fourchette, et la réclamation prend un seul "
    "nombre : **{suggestion}**, le bas de la fourchette, est maintenant dans le champ. "
    "**Enregistrer** le garde, ou tapez le nombre.",
    "form_error.count_in_sentence": "« {value} » : **{suggestion}** est maintenant dans le "
    "champ. **Enregistrer** le garde, ou tapez le nombre.",
    "form_error.date_length": "« {value} » après le début ({start}) : le **{suggestion}** est "
    "maintenant dans le champ. **Enregistrer** le garde, ou tapez le dernier jour.",
    "form_error.name_offered": "« {value} » : **{suggestion}** est maintenant dans le "
    "champ. **Enregistrer** le garde, ou tapez un autre nom.",
    "form_error.amount_thousands": "« {value} » : **{suggestion}** est maintenant dans le "
    "champ. **Enregistrer** le garde, ou tapez le montant autrement.",
    "form_error.claim_amount_asked": "« {value} » : **{suggestion}** est maintenant dans le "
    "champ. **Enregistrer** le garde, ou tapez le montant de la facture.",
    "form_error.claim_amount_sum": "« {value} » fait **{suggestion}**, maintenant dans le "
    "champ. **Enregistrer** le garde, ou tapez le montant de la facture.",
    "form_error.claim_amount_estimate": "« {value} » est une estimation, et une réclamation est "
    "payée sur ce que montre la facture ou le CSR : **{suggestion}** est maintenant dans le "
    "champ. **Enregistrer** le garde, ou tapez le montant de la facture.",
    "form.plan_title": "Plan {plan_id} : toutes ses informations",
    "form.campaign_title": "Campagne {number}",
    "form.activity_title": "Activité {number} de {campaign}",
    "form.mpn_id": "Identifiant partenaire (MPN ID)",
    "form.program": "Programme",
    "form.market": "Marché (pays)",
    "form.fund_type": "Type de fonds",
    "form.period": "Période d'utilisation",
    "form.currency": "Devise",
    "form.reviewer_email": "Réviseur (e-mail de votre responsable de compte Microsoft)",
    "form.plan_limit": "Plafond du plan",
    "form.name": "Nom de la campagne",
    "form.start_date": "Date de début",
    "form.end_date": "Date de fin",
    "form.activity_type": "Type d'activité",
    "form.description": "Description (une ou deux phrases)",
    "form.countries": "Pays (par ex. France, Belgique)",
    "form.planned_amount": "Montant prévu",
    "form.claim_title": "Réclamation {claim_id} : ce qui a eu lieu",
    "form.claim.name": "Nom de la réclamation (ce qui a eu lieu)",
    "form.claim.execution_date": "Date d'exécution",
    "form.claim.amount": "Montant réclamé",
    "form.claim.impressions": "Impressions estimées (personnes touchées)",
    "form.claim.attendees": "Participants",
    "form.claim.pre_approval_id": "Identifiant de pré-approbation",
    "form.claim.metric_value": "Résultats (par ex. 120 invités inscrits)",
    "error.form_not_here": "Ce formulaire appartient à une autre question : utilisez celui de "
    "mon dernier message, ou tapez votre réponse.",
    "sheet.created": "Brouillon **{plan_id}** créé à partir de {name} : campagnes {campaigns}, "
    "activités {activities}.",
    "sheet.updated": "Brouillon **{plan_id}** mis à jour à partir de {name} : campagnes "
    "{campaigns}, activités {activities}.",
    "sheet.refused": "Je n'ai pas pu reprendre {name} (problèmes trouvés : {count}) ; rien n'a "
    "été modifié.",
    "sheet.problem_row": "Ligne {row}, {field} : {reason}",
    "sheet.problem_plan": "{field} : {reason}",
    "sheet.more_problems": "…et {count} de plus.",
    "sheet.fix_and_attach": "Corrigez-les dans le fichier et joignez-le à nouveau.",
    "sheet.empty": "cette cellule est vide.",
    "sheet.did_you_mean": "Je ne connais pas « {value} » : vouliez-vous dire **{suggestion}** ?",
    "sheet.other_dates": "cette campagne a d'autres dates à la ligne {row} ; une campagne a un "
    "seul début et une seule fin.",
    "sheet.too_many_activities": "une campagne compte au plus {limit} activités.",
    "sheet.too_many_campaigns": "un plan compte au plus {limit} campagnes.",
    "sheet.column.campaign": "Campagne",
    "sheet.column.start_date": "Date de début",
    "sheet.column.end_date": "Date de fin",
    "sheet.column.activity_type": "Type d'activité",
    "sheet.column.countries": "Pays",
    "sheet.column.planned_amount": "Montant prévu",
    "sheet.column.description": "Description",
    "sheet.column.mpn_id": "Identifiant partenaire",
    "sheet.column.program": "Programme",
    "sheet.column.market": "Marché",
    "sheet.column.fund_type": "Type de fonds",
    "sheet.column.period": "Période d'utilisation",
    "sheet.column.currency": "Devise",
    "sheet.column.reviewer_email": "Réviseur",
    "sheet.column.plan_limit": "Plafond du plan",
    "error.sheet_not_a_sheet": "Je n'arrive pas à lire {name} comme un tableur. Joignez le "
    "modèle de plan en .xlsx, ou un .csv avec les mêmes colonnes (dites **modèle de plan** "
    "pour l'obtenir).",
    "error.sheet_too_big": "{name} est trop volumineux pour un plan (plus de {limit_mb} Mo). "
    "Gardez une ligne par activité et joignez-le à nouveau.",
    "error.sheet_too_many_rows": "{name} a plus de {limit} lignes : un plan compte au plus 50 "
    "campagnes de 50 activités. Répartissez-le en plusieurs plans.",
    "error.sheet_no_header": "Je ne trouve pas la ligne d'en-tête des activités dans {name} "
    "(Campagne, Date de début, Date de fin…). Remplissez le modèle de plan (dites **modèle de "
    "plan** pour l'obtenir).",
    "error.sheet_empty": "{name} n'est pas encore rempli : remplissez les informations du plan "
    "et une ligne par activité, puis joignez-le à nouveau.",
    "copy.same_period": "**{plan_id}** est déjà pour {period} : indiquez une autre période, "
    "par ex. copier le plan {plan_id} pour FY27 H2.",
    "ack.removed": "C'est supprimé : {item}.",
    "ack.removed_campaign": "La campagne {item} est supprimée.",
    "ack.removed_activity": "L'activité {item} est supprimée.",
    "ack.activity_begun": "✓ {activity_type}. Commencée aussi dans {campaign} : {activities}. "
    "Ses questions viennent après celles-ci.",
    "ack.activities_begun": "✓ {activity_type}. Commencées aussi dans {campaign} : {activities}. "
    "Leurs questions viennent après celles-ci.",
    "ack.activity_begun_item": "activité {number} ({activity_type})",
    "ack.over_limit": "⚠️ Les montants prévus totalisent {total}, au-dessus du plafond du plan "
    "({limit}). Vous pouvez continuer, mais il faudra corriger avant de soumettre.",
    "plan.undone": "Annulé : votre dernière modification à la relecture est revenue comme avant.",
    "plan.nothing_to_undo": "Il n'y a rien à annuler : aucune modification n'a été faite à "
    "cette relecture (une modification s'annule une fois).",
    "cancelled": "D'accord, j'arrête. Votre brouillon **{plan_id}** est conservé : dites "
    "**reprendre mon plan** quand vous voulez le reprendre.",
    "cancelled.nothing": "Il n'y a rien à annuler. Dites **aide** pour voir ce que je sais faire.",
    "saved.nothing": "Chaque réponse est enregistrée au fur et à mesure : il n'y a rien à "
    "enregistrer. Dites **reprendre mon plan** ou **reprendre ma réclamation** pour reprendre "
    "un brouillon.",
    "not_understood": "Je n'ai pas compris. Dites **nouveau plan** pour rédiger un plan, "
    "**nouvelle réclamation** pour une preuve d'exécution, **statut** pour voir où en sont les "
    "choses, ou **aide**.",
    "not_understood.empty": "Votre message m'est parvenu sans rien que je puisse lire : ni "
    "mots, ni fichier. Dites **nouveau plan** pour rédiger un plan, **nouvelle réclamation** "
    "pour une preuve d'exécution, **statut** pour voir où en sont les choses, ou **aide**.",
    "not_understood.other_language": "Je ne réponds qu'en anglais et en français. Dites "
    "**aide** pour voir ce que je sais faire.\n\nI answer in English and French only: say "
    "**in English** to go on in English, or **help**.",
    "not_understood.waiting": "Je n'ai pas compris. Renvoyé par un réviseur : {items}. "
    "Dites **corriger {example}** pour le corriger et le soumettre à nouveau, **statut de "
    "{example}** pour les raisons, ou **aide** pour tout le reste.",
    "not_understood.waiting_claim": "Je n'ai pas compris. Renvoyée par un réviseur : {items}. "
    "Dites **corriger {example}** pour la corriger et la soumettre à nouveau, **statut de "
    "{example}** pour les raisons, ou **aide** pour tout le reste.",
    "stale_card": "Cette carte n'est plus à jour (sa question a déjà reçu une réponse, ou la "
    "conversation a avancé depuis) : je n'ai rien modifié. Voici où nous en sommes :",
    "unreadable_card": "Je n'ai pas pu lire ce que cette carte a envoyé (ce n'était pas du "
    "texte) : je n'ai rien modifié. Voici de nouveau la question :",
    "apology": "Désolé, un problème est survenu de mon côté et je n'ai pas pu terminer.",
    "apology.drafts_safe": "Tout ce que vous avez répondu est enregistré : dites **reprendre** "
    "pour reprendre là où vous en étiez.",
    "apology.data_damaged": "Désolé, je ne peux pas ouvrir les données de votre organisation "
    "pour le moment : un fichier enregistré doit être réparé. Nos équipes sont prévenues et "
    "rien n'a été modifié. Veuillez réessayer plus tard.",
    "error.choice_unknown": "Je ne connais pas « {value} ». Choisissez une des options ou "
    "tapez son numéro.",
    "error.yes_no": "Répondez par oui ou par non, s'il vous plaît.",
    "error.review_unknown": "Je ne connais pas « {value} » ici. Cliquez sur un bouton de la "
    "carte, ou tapez ce qu'il faut faire comme l'indique sa dernière ligne.",
    "error.choice_which": "« {value} » peut désigner plusieurs options. Laquelle ?",
    "error.review_which": "« {value} » peut désigner plusieurs choses ici. Cliquez sur celle "
    "que vous voulez dire, ou dites-le en nommant l'activité ou la campagne, par exemple "
    "**{example}**.",
    "error.review_which_many": "« {value} » peut désigner {count} choses ici. Dites-le en "
    "nommant l'activité ou la campagne, par exemple **{example}**, ou cliquez sur son bouton "
    "dans la carte.",
    "error.answer_too_long": "Cela fait {length} caractères ; je peux en prendre au plus "
    "{max_length} ici. Merci de raccourcir.",
    "error.answer_empty": "J'ai besoin d'une réponse ici.",
    "error.end_before_start": "La date de fin ({end}) est avant la date de début ({start}). "
    "Quand se termine la campagne ?",
    "error.start_after_end": "La date de début ({start}) est après la date de fin ({end}). "
    "Quand commence la campagne ? (Pour la décaler plus tard, modifiez d'abord sa date de fin.)",
    "error.plan_duplicate": "Il existe déjà un plan pour cet identifiant partenaire, ce fonds, "
    "ce programme et cette période : **{plan_id}**. Un seul est autorisé ; dites **reprendre "
    "mon plan {plan_id}** pour y travailler, ou choisissez une autre période.",
    "error.plan_not_found": "Je ne trouve pas de plan {plan_id} dans votre organisation.",
    "error.plan_not_found_unnamed": "Je ne trouve pas ce plan dans votre organisation.",
    "error.plan_locked": "**{plan_id}** ne peut plus être modifié (statut : {status}).",
    "error.plan_changed": "Quelqu'un d'autre a modifié **{plan_id}** pendant que vous "
    "répondiez ; je ne l'ai donc pas écrasé. Voici la version actuelle :",
    "error.no_draft": "Vous n'avez aucun brouillon à reprendre. Dites **nouveau plan** pour en "
    "commencer un.",
    "error.plan_total": "Prévu dans **{plan_id}** : **{total}** sur son plafond de "
    "**{limit}** ({left} restent à prévoir).",
    "error.plan_total_over": "Prévu dans **{plan_id}** : **{total}**, soit **{over}** de plus "
    "que son plafond de **{limit}** : un réviseur le refuserait. Baissez un montant ou "
    "modifiez le plafond.",
    "error.plan_total_no_limit": "Prévu dans **{plan_id}** : **{total}** (pas encore de plafond).",
    "plan.sent_unchangeable": "Vous n'avez aucun brouillon de plan : **{plan_id}** a été envoyé "
    "({status}), et un plan envoyé ne peut plus changer, sauf si son réviseur demande des "
    "changements (je vous préviens alors ici, et **corriger {plan_id}** l'ouvre). Si quelque "
    "chose y est faux, dites-le à son réviseur (votre responsable de compte Microsoft). Dites "
    "**nouveau plan** pour un autre programme ou une autre période.",
    "plan.awaiting_changes": "**{plan_id}** attend les changements demandés par son réviseur : "
    "dites **corriger {plan_id}** pour les faire et le renvoyer.",
    "repeat.nothing": "Aucune question n'attend votre réponse, il n'y a donc rien à répéter. "
    "Dites **statut** pour où en sont vos plans et réclamations, **aide** pour ce que je sais "
    "faire, ou remontez la conversation pour mon dernier message.",
    "error.no_draft_any": "Vous n'avez aucun brouillon à reprendre. Dites **nouveau plan** ou "
    "**nouvelle réclamation** pour en commencer un.",
    "error.no_draft_to_delete": "Vous n'avez aucun brouillon de plan à supprimer.",
    "delete.plan_sent": "Vous n'avez aucun brouillon de plan à supprimer. **{plan_id}** a été "
    "envoyé ({status}) : une fois soumis, un plan ne peut pas être retiré ni supprimé ici. "
    "S'il ne doit pas aller plus loin, dites-le à son réviseur (votre responsable de compte "
    "Microsoft).",
    "error.currency_change_decimals": "Le {currency} ne permet pas les décimales des montants déjà prévus ; modifiez d'abord ces montants.",
    "error.too_many_campaigns": "Un plan peut contenir au plus {max} campagnes.",
    "error.too_many_activities": "Une campagne peut contenir au plus {max} activités.",
    "error.already_in_plan": "Vous travaillez sur **{plan_id}**. Dites d'abord **annuler** "
    "pour en commencer un autre (ce brouillon est conservé).",
    "error.text_empty": "J'ai besoin d'un texte ici.",
    "error.done_which": "« {value} » : soumettre maintenant, ou enregistrer pour finir plus tard ?",
    "error.mistake_at_first_question": "« {value} » : je n'en ai rien gardé. Tapez la "
    "réponse à cette question ci-dessous, ou dites **annuler** pour vous arrêter ici : le "
    "brouillon est conservé.",
    "error.mistake_at_question": "« {value} » : je n'en ai rien gardé. Pour modifier une "
    "réponse précédente, dites **retour** (chaque réponse donnée est conservée) ; pour vous "
    "arrêter ici, dites **annuler** : le brouillon est conservé.",
    "error.change_which": "« {value} » : rien n'a été modifié. Quelle réponse voulez-vous "
    "modifier ?",
    "error.change_which_many": "« {value} » : rien n'a été modifié. Dites quelle réponse "
    "modifier, comme le dit son bouton dans la carte (par exemple **{example}**), ou "
    "cliquez dessus.",
    "error.fine_done_which": "Bien : rien n'a changé. Soumettre maintenant, ou enregistrer pour "
    "finir plus tard ?",
    "error.fine_done_save": "Bien : rien n'a changé. La vérification ci-dessus montre encore ce "
    "qui empêche de soumettre. Enregistrer pour finir plus tard ? Répondez **oui** ou cliquez "
    "ci-dessous.",
    "error.later_save": "« {value} » : rien n'a été soumis. Enregistrer pour finir plus "
    "tard ? Répondez **oui** ou cliquez dessus.",
    "error.planned_amount_which": "« {value} » : un plan prend un seul montant par activité, "
    "votre estimation de ce qu'elle coûtera (modifiable jusqu'à la soumission du plan). "
    "Lequel est-ce ? Cliquez dessus ci-dessous, ou tapez-en un autre.",
    "error.later_day_save": "« {value} » : rien n'a été soumis : je ne soumets que quand vous "
    "le dites, et aussitôt. Enregistrer pour finir plus tard ? Répondez **oui** ou cliquez "
    "dessus. Pour un rappel, dites **rappelle-moi** et un jour (**rappelle-moi lundi**).",
    "error.done_save": "« {value} » : la vérification ci-dessus montre encore ce qui empêche "
    "de soumettre. Enregistrer pour finir plus tard ? Répondez **oui** ou cliquez ci-dessous.",
    "error.name_is_link": "« {value} » est un lien, pas un nom : comment s'appelle cette "
    "campagne ? Tapez son nom (par exemple **Campagne printemps**).",
    "error.name_says_nothing": "« {value} » n'est pas un nom : comment s'appelle cette "
    "campagne ? Tapez son nom (par exemple **Campagne printemps**), ou dites **annuler** pour "
    "vous arrêter ici (votre brouillon est conservé).",
    "error.description_says_nothing": "Un réviseur doit savoir ce qu'est cette activité : "
    "décrivez-la en quelques mots (par exemple « Publicités LinkedIn pour les décideurs de "
    "PME »), ou dites **annuler** pour vous arrêter ici (votre brouillon est conservé).",
    "error.pleasantry_thanks": "Avec plaisir ! Votre brouillon est conservé ; voici où nous "
    "en étions :",
    "error.pleasantry_greeting": "Bonjour ! Votre brouillon est conservé ; voici où nous en "
    "étions :",
    "error.pleasantry_ok": "Votre brouillon est conservé ; voici où nous en étions (dites "
    "**annuler** pour arrêter) :",
    "error.pleasantry_wait": "Prenez votre temps : votre brouillon est conservé, et la question "
    "vous attend (dites **plus tard** pour vous arrêter ici) :",
    "error.step_word": "Je n'ai pas pris « {typed} » comme réponse : c'est un mot pour une autre "
    "étape (soumettre, enregistrer, terminer les justificatifs). Répondez à cette question pour "
    "continuer, ou dites **annuler** pour vous arrêter ici ; votre brouillon est conservé.",
    "error.text_asks": "« {value} » porte sur la question plutôt que d'y répondre.",
    "error.text_no_words": "Il n'y a là que des symboles ou des émojis : un réviseur n'en "
    "tirerait rien. Merci de l'écrire en mots.",
    "error.text_too_long": "Cela fait {length} caractères ; le maximum est {max_length}. Merci "
    "de raccourcir.",
    "error.email_invalid": "« {value} » n'est pas une adresse e-mail valide. Tapez-la sous la "
    "forme nom@microsoft.com.",
    "error.email_which": "« {value} » contient plusieurs adresses, et un plan va à un seul "
    "réviseur, votre responsable de compte Microsoft : laquelle est la sienne ?",
    "error.email_spoken": "« {value} » : est-ce **{suggestion}** ? Dites **oui** ou cliquez "
    "dessous, ou tapez l'adresse.",
    "form_error.email_spoken": "« {value} » : **{suggestion}** est maintenant dans le champ. "
    "**Enregistrer** la garde, ou corrigez-la.",
    "error.reviewer_did_you_mean": "« {value} » : vouliez-vous dire **{suggestion}** ? "
    "Répondez **oui** ou cliquez dessus ci-dessous, ou tapez l'adresse.",
    "error.plan_what_stops": "Ce qui empêche de soumettre {plan_id}, et comment le "
    "corriger :\n\n{items}",
    "error.plan_only_warnings": "Rien n'empêche de soumettre {plan_id}, mais un réviseur "
    "pourrait s'interroger sur ces points :\n\n{items}",
    "error.plan_nothing_stops": "Rien n'empêche de soumettre {plan_id} : rien qu'un réviseur "
    "rejetterait.",
    "error.reviewer_name_only": "« {value} » est un nom : il me faut son adresse e-mail, comme "
    "nom@microsoft.com (elle figure dans sa signature, ou dans Outlook).",
    "error.reviewer_not_microsoft": "Le réviseur est votre responsable de compte Microsoft : "
    "l'adresse doit se terminer par @microsoft.com (vous avez tapé {value}).",
    "error.mpn_invalid": "« {value} » n'est pas un identifiant partenaire : il compte 6 à 8 "
    "chiffres, par exemple 1234567.",
    "error.currency_unknown": "Je ne connais pas la devise « {value} ». Tapez un code ISO comme "
    "EUR, USD ou GBP.",
    "error.amount_empty": "Tapez un montant, par exemple 12 500.",
    "error.amount_not_a_number": "« {value} » n'est pas un montant que je sais lire. Tapez-le "
    "comme 12 500,00 ou 12500.",
    "error.amount_not_positive": "Le montant doit être supérieur à zéro.",
    "error.date_length": "« {value} » après le début ({start}), c'est le **{suggestion}** : "
    "est-ce le dernier jour ? Répondez **oui** ou cliquez dessus, ou tapez le dernier jour.",
    "error.amount_thousands": "« {value} » : vouliez-vous dire **{suggestion}** ? Répondez "
    "**oui** ou cliquez dessus, ou tapez le montant en chiffres seuls ({digits}) ou avec ses "
    "centimes.",
    "error.amount_too_many_decimals": "Trop de décimales pour un montant en {currency} (au "
    "plus {digits}).",
    "error.amount_too_large": "Ce montant est trop élevé. Merci de le vérifier.",
    "error.amount_wrong_currency": "Ce plan est en {expected}, mais vous avez tapé un montant "
    "en {typed}. Donnez-le en {expected}.",
    "error.claim_amount_other_currency": "Une réclamation est dans la devise de son plan, "
    "{expected} : tapez le montant en {typed} converti en {expected}. Joignez la facture "
    "telle quelle, et ajoutez un document de preuve avec le taux de change utilisé (votre relevé "
    "bancaire, par exemple), dont la note explique la conversion.",
    "error.date_empty": "Tapez une date, par exemple {example_numeric} ou {example_words}.",
    "error.answer_needed": "« {value} » : cette question ne peut pas être passée, un réviseur "
    "a besoin de la réponse. Tapez-la, ou dites **annuler** pour vous arrêter ici (votre "
    "brouillon est conservé) et y revenir.",
    "error.date_invalid": "Je ne sais pas lire « {value} » comme une date. Tapez-la comme "
    "{example_numeric}, {example_iso} ou {example_words}.",
    "error.date_days_unsaid": "« {value} » ne nomme aucun jour, et un seul est demandé : pour "
    "plusieurs jours, tapez le premier, comme {example_words}.",
    "error.date_impossible": "« {value} » n'existe pas dans le calendrier. Vérifiez le jour et "
    "le mois.",
    "error.date_out_of_range": "Cette date est trop loin dans le passé ou le futur. Vérifiez "
    "l'année.",
    "error.period_whole_year": "« {value} » est tout l'exercice {year}, et un plan en couvre "
    "un semestre (H1 : juillet–décembre, H2 : janvier–juin) : lequel ?",
    "error.period_invalid": "« {value} » n'est pas une période d'utilisation. Tapez-la comme "
    "FY27 H1.",
    "error.countries_empty": "Indiquez au moins un pays.",
    "error.country_unknown": "Je ne connais pas le pays « {value} ». Utilisez son nom ou son "
    "code ISO à deux lettres (FR, DE, US…).",
    "error.countries_part_excepted": "Un plan liste des pays entiers : « {value} » ne peut pas "
    "en être exclu. Vouliez-vous dire **{suggestion}** ? Répondez **oui** ou cliquez dessus "
    "ci-dessous, ou retapez les pays.",
    "error.review_no_such_activity": "« {value} » : ce plan n'a pas d'activité {number} (ses "
    "activités : {count}). Rien n'a été modifié.",
    "error.review_no_such_campaign": "« {value} » : ce plan n'a pas de campagne {number} (ses "
    "campagnes : {count}). Rien n'a été modifié.",
    "error.review_remove_campaign": "Supprimer la campagne **{item}** et ses {count} "
    "activités ({amount} prévus) ? Rien ne pourra les rétablir. Répondez **oui** ou cliquez "
    "ci-dessous ; **non** la garde.",
    "error.review_campaign_already_removed": "Cette campagne est déjà supprimée.",
    "error.review_remove_campaign.one": "Supprimer la campagne **{item}** et son activité "
    "({amount} prévus) ? Rien ne pourra la rétablir. Répondez **oui** ou cliquez ci-dessous ; "
    "**non** la garde.",
    "error.country_did_you_mean": "Je ne connais pas le pays « {value} ». Vouliez-vous dire "
    "**{suggestion}** ? Répondez **oui** ou cliquez dessus ci-dessous, ou retapez le pays.",
    "error.choice_did_you_mean": "Je ne connais pas « {value} ». Vouliez-vous dire "
    "**{suggestion}** ? Répondez **oui** ou cliquez dessus ci-dessous, ou choisissez une "
    "des options.",
    "error.date_vague": "« {value} » désigne plusieurs jours. Vouliez-vous dire le "
    "**{suggestion}** ? Répondez **oui** ou cliquez dessus ci-dessous, ou tapez le jour.",
    "error.date_on_approval": "« {value} » : le jour où un plan est approuvé n'est pas connu "
    "d'avance (un examen prend environ 2 jours ouvrés). Tapez le jour prévu, comme "
    "{example_words} ; il peut être changé jusqu'à la soumission du plan.",
    "error.date_asap": "« {value} » : le premier jour que cette question accepte est le "
    "**{suggestion}**. Le prendre ? Répondez **oui** ou cliquez dessus ci-dessous, ou tapez "
    "le jour.",
    "error.date_either": "« {value} » : quel jour était-ce, le **{first}** ou le **{last}** ? "
    "Cliquez dessus ci-dessous, ou tapez le jour.",
    "error.date_day_number": "« {value} » seul : vouliez-vous dire le **{suggestion}** ? "
    "Répondez **oui** ou cliquez dessus ci-dessous, ou tapez la date.",
    "error.date_approximate": "« {value} » : quel jour exactement ? Est-ce le "
    "**{suggestion}** ? Répondez **oui** ou cliquez dessus ci-dessous, ou tapez le jour.",
    "error.date_other_order": "« {value} » se lit **{read}**, un jour que cette question ne "
    "peut pas prendre. Vouliez-vous dire le **{suggestion}** ? Répondez **oui** ou cliquez "
    "dessus ci-dessous, ou tapez le jour avec le nom de son mois.",
    "error.date_with_words": "« {value} » : le jour est-il le **{suggestion}** ? Répondez "
    "**oui** ou cliquez dessus ci-dessous, ou tapez le jour seul.",
    "error.date_weekday_other": "« {value} » : ce jour du mois tombe un autre jour de la "
    "semaine ici. Vouliez-vous dire {choices} ? Cliquez dessus ci-dessous, ou tapez le jour.",
    "error.date_last_week": "« {value} » désigne plusieurs jours, du {first} au {last} : "
    "lequel ? Tapez-le comme **mardi de la semaine dernière** ou {example}.",
    "error.date_past_span": "« {value} » désigne plusieurs jours, du {first} au {last} : "
    "lequel ? Tapez-le comme {example}.",
    "error.limit_not_copied": "« {value} » : le plafond d'un plan est le co-op de sa propre "
    "période, il n'est donc pas repris d'un plan précédent. Tapez le plafond de ce plan "
    "(l'Espace partenaires l'indique, sous Incentives).",
    "error.as_last_plan_none": "Il n'y a aucun plan antérieur d'où reprendre « {value} » : "
    "tapez la réponse elle-même.",
    "error.planned_amount_per_period": "« {value} » : un plan prend le total de chaque activité "
    "sur toute sa campagne ({campaign}, du {start} au {end}). Tapez ce total : le montant "
    "mensuel multiplié par le nombre de mois, par exemple.",
    "error.country_one_only": "Un plan est fait pour un seul marché, un pays : indiquez celui "
    "de ce plan. Chaque autre pays a son propre plan.",
    "error.country_one_of": "Un plan se fait pour un seul marché : lequel de « {value} » "
    "pour ce plan ? Cliquez dessus ci-dessous ; les autres auront chacun leur plan.",
    "form_error.country_one_of": "Un plan se fait pour un seul marché : tapez celui de ce plan "
    "({choices}) et **Enregistrer** ; les autres auront chacun leur plan.",
    "form_error.one_of": "« {value} » donne plusieurs réponses : tapez ici l'une de "
    "celles-ci, {choices}, puis **Enregistrer**.",
    "error.countries_too_many": "C'est trop de pays pour une activité (50 au maximum).",
    "error.countries_all_excepted": "Il ne reste aucun pays dans « {value} » une fois les "
    "exceptions retirées. Tapez les pays où l'activité a lieu (France, Allemagne…).",
    "error.countries_region_too_wide": "« {value} » couvre trop de pays pour que je devine "
    "lesquels : nommez-les (France, Allemagne, Italie…), ou utilisez un groupe que je connais : "
    "UE, zone euro, Benelux, DACH, pays nordiques, pays baltes, péninsule ibérique.",
    "plans.title": "Les plans de votre organisation",
    "plans.none": "Vous n'avez encore aucun plan. Dites **nouveau plan** pour en commencer un.",
    "reviewers.title": "Qui examine vos plans",
    "reviewers.line": "**{plan_id}** ({period}, {status}) : {email}",
    "reviewers.claims": "Chaque plan va au réviseur qu'il nomme : votre responsable de compte "
    "Microsoft, à qui vous pouvez aussi poser vos questions sur une décision. Les réclamations "
    "sont vérifiées par les réviseurs co-op de Microsoft ; je vous dis ici ce qu'ils décident.",
    "reviewers.none": "Aucun de vos plans ne nomme encore de réviseur : chaque plan demande "
    "l'adresse e-mail de votre responsable de compte Microsoft, qui l'examine. Dites **nouveau "
    "plan** pour en commencer un.",
    "plans.line": "**{plan_id}** · {program} · {period} · {status} · {total}",
    "plans.draft_hint": "Dites **reprendre mon plan PLN-…** pour ouvrir un brouillon.",
    "submit.not_allowed": "Seul un administrateur Incentives (ou un administrateur général ou "
    "de facturation) peut soumettre un plan. Votre brouillon est enregistré ; {who}",
    "submit.who": "demandez à {names} de le soumettre.",
    "submit.who_unknown": "demandez à l'administrateur Incentives de votre organisation de le "
    "soumettre.",
    "submit.blocked": "Je ne peux pas encore soumettre **{plan_id}** : corrigez d'abord les "
    "points marqués ⛔.",
    "submit.already": "**{plan_id}** a déjà été soumis ({status}) ; il n'y a plus rien à faire.",
    "receipt.title": "Plan soumis pour approbation",
    "receipt.body": "**{plan_id}** est maintenant **Soumis** et verrouillé. Votre réviseur "
    "({reviewer}) va l'examiner ; je vous préviendrai ici quand son statut changera.",
    "receipt.total": "Prévu {total} pour un plafond de {limit}, en {count} campagnes.",
    "receipt.total.one": "Prévu {total} pour un plafond de {limit}, en {count} campagne.",
    "delete.done": "Le brouillon **{plan_id}** est supprimé.",
    "delete.plan_already": "Le brouillon **{plan_id}** est déjà supprimé : rien de plus à faire.",
    "delete.kept": "D'accord, je garde **{plan_id}**.",
    "delete.not_draft": "Seuls les brouillons peuvent être supprimés, et **{plan_id}** n'en "
    "est plus un (statut : {status}).",
    "saved": "Enregistré. **{plan_id}** reste un brouillon : dites **reprendre mon plan** pour y "
    "revenir.",
    "review.title": "Relecture de {plan_id}",
    "review.status": "Statut : {status}",
    "review.campaign": "{name} · {start} → {end}",
    "review.activity": "{type} · {countries} · {amount}",
    "review.activity_description": "{description}",
    "review.total": "Prévu {total} sur {limit}",
    "review.problems": "À corriger avant de soumettre",
    "review.no_problems": "✅ Rien qu'un réviseur refuserait.",
    "review.choose": "Que voulez-vous faire ?",
    "review.choose_placeholder": "Modifier, ajouter ou supprimer…",
    "review.do": "Valider",
    "review.submit": "Soumettre pour approbation",
    "review.save": "Enregistrer et fermer",
    "review.change": "Modifier {field}",
    "review.change_item": "Modifier {item} : {field}",
    "review.add_campaign": "Ajouter une campagne",
    "review.add_activity": "Ajouter une activité à {campaign}",
    "review.remove": "Supprimer {item}",
    "review.remove_campaign_yes": "Oui, supprimer {item}",
    "review.remove_campaign_no": "Non, la garder",
    "review.empty_value": "—",
    "review.no_campaigns": "Aucune campagne pour l'instant.",
    "review.typed_hint": "Vous pouvez aussi taper **soumettre**, **enregistrer**, **ajouter une "
    "campagne**, ou ce qu'il faut modifier, par exemple **modifier plafond du plan à 60 000**.",
    "review.typed_hint_campaign": "Vous pouvez aussi taper **soumettre**, **enregistrer**, "
    "**ajouter une campagne**, ou ce qu'il faut modifier, par exemple **modifier plafond du "
    "plan à 60 000**, **modifier {campaign} date de fin** ou **supprimer {campaign}**.",
    "review.details": "Détails du plan",
    "review.edit_details": "Modifier les détails du plan",
    "review.edit_campaign": "Modifier la campagne",
    "review.edit_activity": "Modifier cette activité",
    "review.remove_campaign": "Supprimer cette campagne",
    "review.remove_activity": "Supprimer cette activité",
    "review.submit_by_admin": "Seul un administrateur Incentives (ou un administrateur général "
    "ou de facturation) peut soumettre ce plan : {who}",
    "finding.plan_field_missing": "Le champ « {field} » n'est pas renseigné.",
    "fix.plan_field_missing": "Renseignez ce champ avec « Modifier les détails du plan » (ou "
    "tapez « modifier {field} »).",
    "finding.plan_without_campaigns": "Le plan n'a aucune campagne.",
    "fix.plan_without_campaigns": "Ajoutez au moins une campagne avec une activité.",
    "finding.plan_over_limit": "Les montants prévus totalisent {total}, au-dessus du plafond "
    "du plan ({limit}).",
    "fix.plan_over_limit": "Baissez certains montants prévus ou relevez le plafond du plan.",
    "finding.plan_deadline_passed": "La date limite de soumission ({deadline}) est passée.",
    "fix.plan_deadline_passed": "Choisissez une période en cours, ou contactez votre "
    "responsable de compte.",
    "finding.campaign_incomplete": "Il manque le nom ou les dates de la campagne {campaign}.",
    "fix.campaign_incomplete": "Modifiez la campagne pour la compléter.",
    "finding.campaign_end_before_start": "La campagne {campaign} se termine avant de commencer.",
    "fix.campaign_end_before_start": "Modifiez sa date de début ou de fin.",
    "finding.campaign_outside_period": "La campagne {campaign} sort de la période "
    "d'utilisation {period} (du {start} au {end}).",
    "fix.campaign_outside_period": "Ramenez ses dates dans la période d'utilisation : le co-op "
    "se dépense pendant celle-ci.",
    "finding.campaign_starts_in_past": "La campagne {campaign} commence le {date}, avant "
    "aujourd'hui.",
    "fix.campaign_starts_in_past": "Un plan porte sur des campagnes à venir : vérifiez sa date "
    "de début.",
    "finding.campaign_without_activities": "La campagne {campaign} n'a aucune activité.",
    "fix.campaign_without_activities": "Ajoutez-lui une activité, ou supprimez la campagne.",
    "finding.activity_incomplete": "Une activité de {campaign} est incomplète.",
    "fix.activity_incomplete": "Reprenez le plan pour la compléter, ou supprimez-la.",
    "finding.activity_not_eligible": "{type} n'est pas éligible au programme {program}.",
    "fix.activity_not_eligible": "Supprimez cette activité ou choisissez un autre type.",
    "finding.activity_needs_pre_approval": "{type} nécessite une pré-approbation de Microsoft "
    "avant diffusion.",
    "fix.activity_needs_pre_approval": "Obtenez l'identifiant de pré-approbation avant la "
    "diffusion ; il sera demandé pour la preuve d'exécution.",
    "severity.blocking": "⛔",
    "severity.warning": "⚠️",
    "field.mpn_id": "Identifiant partenaire",
    "field.program": "Programme",
    "field.market": "Marché",
    "field.fund_type": "Type de fonds",
    "field.period": "Période d'utilisation",
    "field.currency": "Devise",
    "field.reviewer_email": "Réviseur",
    "field.plan_limit": "Plafond du plan",
    "field.name": "nom",
    "field.start_date": "date de début",
    "field.end_date": "date de fin",
    "field.activity_type": "type",
    "field.description": "description",
    "field.countries": "pays",
    "field.planned_amount": "montant prévu",
    "program.csp_direct_bill": "CSP Facturation directe",
    "program.csp_indirect_provider": "CSP Fournisseur indirect",
    "program.csp_indirect_reseller": "CSP Revendeur indirect",
    "program.authorized_distributor": "Distributeur agréé",
    "program.hosting": "Hébergement",
    "program.iot": "IoT",
    "program.mixed_reality": "Réalité mixte",
    "program.oem_reseller": "Revendeur OEM",
    "program.surface_add": "Surface ADD",
    "fund.coop": "Co-op",
    "fund.mdf": "Fonds de développement marketing (MDF)",
    "status.Editing": "Brouillon",
    "status.Submitted": "Soumis",
    "status.Under review": "En cours d'examen",
    "status.Approved": "Approuvé",
    "status.Action required": "Action requise",
    "status.Rejected": "Refusé",
    "status.Disputed": "Contesté",
    "status.Paid": "Payé",
    "activity.print_advertising": "Publicité imprimée",
    "activity.digital_advertising": "Publicité numérique",
    "activity.direct_mail": "Publipostage / e-mail / SMS",
    "activity.website_search": "Site web partenaire et référencement",
    "activity.syndicated_content": "Contenu syndiqué Microsoft",
    "activity.multi_touch_campaign": "Campagne numérique multicanal",
    "activity.telemarketing": "Télémarketing",
    "activity.customer_seminar": "Séminaires clients / boot camps",
    "activity.tradeshow": "Salons / expositions",
    "activity.customer_offer": "Offres clients",
    "activity.internal_incentive": "Incitations internes / SPIFF",
    "activity.onsite_champ": "Champion sur site",
    "activity.proof_of_concept": "Preuve de concept",
    "activity.employee_purchase_web": "Site d'achat pour les salariés",
    "activity.tv_radio": "TV / radio",
    "activity.mpn_participation": "Participation MPN",
    "activity.exams_tuition": "Examens et formations Microsoft",
    "activity.internal_training": "Formation interne / journées terrain",
    "activity.microsoft_conference": "Conférences organisées par Microsoft",
    "activity.demo_units": "Matériel de démonstration",
}

EN.update(CLAIM_EN)
FR.update(CLAIM_FR)
EN.update(STATUS_EN)
FR.update(STATUS_FR)

TABLES: dict[str, dict[str, str]] = {"en": EN, "fr": FR}


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def is_singular(language: str, count: int) -> bool:
    """English says "1 campaign, 0 campaigns"; French « 0 campagne, 1 campagne »."""
    return count == 1 if language == "en" else abs(count) < 2


def t(locale: str | None, key: str, **params: Any) -> str:
    """The sentence `key` in the locale's language, with `params` filled in.

    With a `count`, the singular `key.one` is taken when the language wants it and the
    table has it; `key` itself is the plural.
    """
    language = language_of(locale)
    table = TABLES[language]
    count = params.get("count")
    if isinstance(count, int) and is_singular(language, count) and f"{key}.one" in table:
        key = f"{key}.one"
    template = table.get(key) or EN.get(key) or key
    return template.format_map(_KeepMissing(params)) if params else template
