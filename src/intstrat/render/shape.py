"""The full shape of a strategy (spec v1), so templates see every key even when a file has gaps.

Templates run with StrictUndefined: a key that is merely missing from the YAML must read as
empty, while a misspelt key in a template must fail. Filling the document up to this shape
gives both. `MD` marks free-text fields that may hold Markdown; everything else is plain text.
"""

from __future__ import annotations

from typing import Any, Final

MD: Final = "md"
"""A free-text field: its Markdown is kept (not escaped) in the output."""

_SCORES: Any = [{"rater": None, "values": {}}]
_RATERS: Any = [{"id": None, "name": None, "organisation": None}]
_CONFLICTS: Any = [{"rater": None, "candidate": None, "reason": None}]
_SCALE: Any = {"min": None, "max": None, "step": None}
_CRITERIA: Any = [{"id": None, "name": None, "group": None, "weight": None, "description": MD}]
_GOALS: Any = [{"id": None, "text": MD, "due": None}]
_CHANNELS: Any = [
    {"id": None, "name": None, "channel": None, "frequency": None, "owner": None, "audience": None}
]

STRATEGY: Any = {
    "intstrat": None,
    "language": None,
    "cluster": {
        "name": None,
        "short_name": None,
        "region": None,
        "country": None,
        "industry": None,
        "management": None,
        "website": None,
        "members": {
            "companies": None,
            "smes": None,
            "startups": None,
            "universities": None,
            "research_institutes": None,
            "other": None,
        },
        "vision": MD,
        "overall_strategy_fit": MD,
    },
    "funding": {"programme": None, "funder": None, "start": None, "end": None, "amount_eur": None},
    "period": {"start": None, "end": None},
    "needs_assessment": {
        "methods": [{"method": None, "date": None, "participants": None, "description": MD}],
        "findings": [MD],
    },
    "measures": {
        "kickoff": {
            "date": None,
            "invited": [],
            "open_to_all_actors": None,
            "audience": MD,
            "participants": None,
            "description": MD,
        },
        "analyses": [
            {
                "id": None,
                "title": None,
                "focus": None,
                "kind": None,
                "performed_by": None,
                "external": None,
                "date": None,
                "status": None,
            }
        ],
        "steering_bodies": [
            {
                "id": None,
                "name": None,
                "level": None,
                "members": [],
                "hierarchy_levels": [],
                "meets": None,
                "tasks": MD,
            }
        ],
        "databases": [
            {
                "id": None,
                "name": None,
                "kind": None,
                "maintained_by": None,
                "url": None,
                "description": MD,
            }
        ],
        "workshops": [
            {
                "id": None,
                "title": None,
                "kind": None,
                "target_groups": [],
                "organised_by": None,
                "date": None,
                "frequency": None,
                "description": MD,
            }
        ],
        "startup_sme_services": [
            {"id": None, "name": None, "for": [], "kind": None, "description": MD}
        ],
        "staff_and_education": {
            "staff_programmes": [
                {"id": None, "name": None, "kind": None, "partners": [], "description": MD}
            ],
            "education_programmes": [
                {"id": None, "name": None, "university": None, "kind": None, "description": MD}
            ],
        },
        "involvement": {
            "instruments": [{"name": None, "description": MD}],
            "services": [{"name": None, "description": MD, "until": None}],
        },
        "management_training": [
            {
                "id": None,
                "name": None,
                "audience": [],
                "topics": [],
                "provider": None,
                "date": None,
            }
        ],
    },
    "financing": {
        "sources": [
            {
                "id": None,
                "name": None,
                "kind": None,
                "status": None,
                "amount_eur": None,
                "start": None,
                "end": None,
                "covers": [],
            }
        ],
        "after_funding": MD,
        "flanking_measures": MD,
    },
    "partner_selection": {
        "process": MD,
        "decided_by": None,
        "scale": _SCALE,
        "criteria": _CRITERIA,
        "raters": _RATERS,
        "conflicts_of_interest": _CONFLICTS,
        "candidates": [
            {
                "id": None,
                "name": None,
                "country": None,
                "region": None,
                "kind": None,
                "status": None,
                "description": MD,
                "contact": None,
                "scores": _SCORES,
            }
        ],
        "agreements": [
            {
                "partner": None,
                "title": None,
                "status": None,
                "signed": None,
                "signed_by": {"cluster": None, "partner": None},
                "accepted_by_both": None,
                "covers": [],
                "description": MD,
            }
        ],
    },
    "project_selection": {
        "process": MD,
        "selected_by": None,
        "scale": _SCALE,
        "criteria": _CRITERIA,
        "raters": _RATERS,
        "conflicts_of_interest": _CONFLICTS,
        "ip_rules": {
            "agreed": None,
            "legal_experts": None,
            "dissemination_use_access_licences": MD,
            "liability_indemnity_confidentiality": MD,
            "internal_organisation_reporting": MD,
            "dispute_resolution": MD,
        },
        "projects": [
            {
                "id": None,
                "title": None,
                "description": MD,
                "partners": [],
                "participants": [],
                "budget_eur": None,
                "start": None,
                "end": None,
                "status": None,
                "scores": _SCORES,
            }
        ],
    },
    "communication": {
        "steered_by": None,
        "developed_with_partners": None,
        "partners_involved": [],
        "open_to": [],
        "open_to_all_actors": None,
        "internal": _CHANNELS,
        "external": [
            {
                "id": None,
                "name": None,
                "kind": None,
                "channel": None,
                "frequency": None,
                "owner": None,
                "audience": None,
            }
        ],
    },
    "monitoring": {
        "reviewed_by": [{"name": None, "kind": None}],
        "review_cadence": None,
        "indicators": [
            {
                "id": None,
                "name": None,
                "unit": None,
                "baseline": None,
                "target": None,
                "due": None,
                "owner": None,
                "actuals": [{"date": None, "value": None}],
            }
        ],
    },
    "concept": {
        "summary": MD,
        "target_groups": [],
        "limits": [],
        "priorities": [],
        "goals": {"short_term": _GOALS, "long_term": _GOALS},
        "work_plan": {
            "milestones": [
                {"id": None, "title": None, "due": None, "status": None, "done_on": None}
            ],
            "activities": [
                {
                    "id": None,
                    "title": None,
                    "start": None,
                    "end": None,
                    "participants": [],
                    "cost_eur": None,
                    "milestone": None,
                }
            ],
        },
    },
}
