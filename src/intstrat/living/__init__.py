"""The living document: progress against indicators and milestones, rankings, comparisons."""
