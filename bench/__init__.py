"""`make bench`: the bot's real HTTP endpoint under load, as ratios against baselines.

Every figure is measured side by side with its baseline in one invocation, repeated
(three times in the full bench) and reported as the medians with the machine's load
average; the bot runs as production runs it (reminders and notifier on) on one store of
small and big partners. The figures and how each is taken: bench/figures.py; the bot's
process and its bench-only routes: bench/serve.py; the baselines: bench/echo_bot.py (stock
botbuilder), bench/agents_echo.py and bench/agents_form.py (Agents SDK 1.9, its echo and a
durable dialog form, in .venv-agents) and bench/floor.py (the durable floor).
`python -m bench --help`, and the "Performance" section of README.md.
"""
