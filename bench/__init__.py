"""`make bench`: the bot's real HTTP endpoint under load, as ratios against baselines.

Every figure is measured side by side with its baseline in one invocation; see
`python -m bench --help` and the "Performance" section of README.md.
"""
