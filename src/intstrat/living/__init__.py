"""The living document: progress against indicators and milestones, rankings, comparisons.

`progress`, `ranking` and `compare` compute (pure; `render` uses them too), `commands` runs
`monitor`, `rank` and `diff` from a request, `reports/` writes their results in each format.
"""
