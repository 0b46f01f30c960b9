"""Every label the monitor, rank and diff reports show, in English and German.

Status names in JSON are stable identifiers (`on_track`, `overdue`); these are their displayed
forms. Wording follows guide ch. 4.2 and 5.1 (the criteria catalogue decides) and ch. 7
(progress can be checked at any time), in the project's own words.
"""

from __future__ import annotations

LANGS = ("en", "de")

STATUS: dict[str, dict[str, str]] = {
    "en": {
        "achieved": "achieved",
        "on_track": "on track",
        "behind": "behind",
        "no_data": "no data",
        "done": "done",
        "due": "due",
        "overdue": "overdue",
        "upcoming": "upcoming",
        "added": "added",
        "removed": "removed",
        "changed": "changed",
        "passed": "passed",
        "failed": "failed",
        "absent": "not audited",
    },
    "de": {
        "achieved": "erreicht",
        "on_track": "im Plan",
        "behind": "im Verzug",
        "no_data": "keine Daten",
        "done": "erledigt",
        "due": "fällig",
        "overdue": "überfällig",
        "upcoming": "anstehend",
        "added": "hinzugefügt",
        "removed": "entfernt",
        "changed": "geändert",
        "passed": "erfüllt",
        "failed": "nicht erfüllt",
        "absent": "nicht geprüft",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        # monitor
        "monitor_title": "Progress as of {as_of} (guide ch. 7)",
        "indicators": "Indicators",
        "milestones": "Milestones",
        "indicator": "Indicator",
        "milestone": "Milestone",
        "baseline": "Baseline",
        "target": "Target",
        "latest": "Latest",
        "latest_on": "of",
        "percent": "Progress %",
        "baseline_target": "Baseline → target",
        "percent_time": "Progress % / time %",
        "expected": "Time %",
        "due_date": "Due",
        "done_on": "Done on",
        "status": "Status",
        "no_indicators": "No indicators in monitoring.indicators.",
        "no_milestones": "No milestones in concept.work_plan.milestones.",
        "monitor_rule": (
            "Progress % = share of the way from baseline to target; Time % = share of the time "
            "from the strategy's start to the due date. On track: within {tolerance} points of "
            "the time share; after the due date only the target counts."
        ),
        "attention": (
            "Needs attention: {behind} indicator(s) behind, {overdue} milestone(s) overdue."
        ),
        "all_well": "Nothing behind and nothing overdue.",
        # rank
        "rank_title_partners": "Partner ranking (guide ch. 4.2)",
        "rank_title_projects": "Project ranking (guide ch. 5.1)",
        "rank": "Rank",
        "candidate": "Candidate",
        "project": "Project",
        "score": "Score",
        "weighted_total": "Weighted sum",
        "missing": "Missing scores",
        "excluded": "Excluded (conflict)",
        "scale": "Scale {low}–{high}; score = weighted mean of the raters' means per criterion.",
        "decided_by": "Decided by: {who}",
        "criteria": "Criteria catalogue",
        "criterion": "Criterion",
        "weight": "Weight",
        "group": "Group",
        "no_criteria": "No criteria with a positive weight: nothing to rank.",
        "no_items": "No candidates to rank.",
        "sensitivity": "Sensitivity (each weight moved by one step)",
        "shift": "weight of {criterion} {delta}: rank changes for {items}",
        "robust": "No single-step change of a weight changes any rank.",
        "missing_note": "{name}: no usable score for {criteria} (left out, not counted as zero)",
        "excluded_note": "{name}: scores of {raters} excluded (declared conflict of interest)",
        "unscored": "not scored",
        # diff
        "diff_title": "Changes from {old} to {new}",
        "score_line": "Score: {before} → {after} ({delta})",
        "checklist_line": "Checklist points passed: {before} → {after}",
        "sections_line": "Concept sections passed: {before} → {after}",
        "points_changed": "Points that changed",
        "no_point_changes": "No checklist point or concept section changed.",
        "structure": "Changes by section",
        "no_changes": "The two versions hold the same data.",
        "section_counts": "{added} added, {removed} removed, {changed} changed",
        "fixed": "Findings fixed ({n})",
        "introduced": "Findings introduced ({n})",
        "regression": "Regression: the score dropped or findings were introduced.",
        "not_audited": "n/a",
        "items": "{n} items",
        "keys": "{n} keys",
        # errors
        "unreadable": "cannot be read as YAML",
        "not_strategy": "not a strategy: the file is not a mapping of sections",
    },
    "de": {
        "monitor_title": "Fortschritt am {as_of} (Leitfaden Kap. 7)",
        "indicators": "Indikatoren",
        "milestones": "Meilensteine",
        "indicator": "Indikator",
        "milestone": "Meilenstein",
        "baseline": "Ausgangswert",
        "target": "Zielwert",
        "latest": "Letzter Wert",
        "latest_on": "vom",
        "percent": "Fortschritt %",
        "baseline_target": "Ausgangs- → Zielwert",
        "percent_time": "Fortschritt % / Zeit %",
        "expected": "Zeit %",
        "due_date": "Fällig",
        "done_on": "Erledigt am",
        "status": "Stand",
        "no_indicators": "Keine Indikatoren in monitoring.indicators.",
        "no_milestones": "Keine Meilensteine in concept.work_plan.milestones.",
        "monitor_rule": (
            "Fortschritt % = zurückgelegter Anteil des Wegs vom Ausgangs- zum Zielwert; Zeit % = "
            "verstrichener Anteil der Zeit vom Start der Strategie bis zur Fälligkeit. Im Plan: "
            "höchstens {tolerance} Punkte unter dem Zeitanteil; nach der Fälligkeit zählt nur "
            "der Zielwert."
        ),
        "attention": (
            "Handlungsbedarf: {behind} Indikator(en) im Verzug, "
            "{overdue} Meilenstein(e) überfällig."
        ),
        "all_well": "Nichts im Verzug und nichts überfällig.",
        "rank_title_partners": "Rangfolge der Partner (Leitfaden Kap. 4.2)",
        "rank_title_projects": "Rangfolge der Projekte (Leitfaden Kap. 5.1)",
        "rank": "Rang",
        "candidate": "Kandidat",
        "project": "Projekt",
        "score": "Wert",
        "weighted_total": "Gewichtete Summe",
        "missing": "Fehlende Bewertungen",
        "excluded": "Ausgeschlossen (Befangenheit)",
        "scale": (
            "Skala {low}–{high}; Wert = gewichtetes Mittel der Mittelwerte je Kriterium "
            "über die Bewertenden."
        ),
        "decided_by": "Entscheidung durch: {who}",
        "criteria": "Kriterienkatalog",
        "criterion": "Kriterium",
        "weight": "Gewicht",
        "group": "Gruppe",
        "no_criteria": "Keine Kriterien mit positivem Gewicht: nichts zu ordnen.",
        "no_items": "Keine Kandidaten zu ordnen.",
        "sensitivity": "Empfindlichkeit (jedes Gewicht um einen Schritt verschoben)",
        "shift": "Gewicht von {criterion} {delta}: Rang ändert sich für {items}",
        "robust": "Keine Verschiebung eines Gewichts um einen Schritt ändert einen Rang.",
        "missing_note": (
            "{name}: keine verwertbare Bewertung für {criteria} "
            "(ausgelassen, nicht als null gezählt)"
        ),
        "excluded_note": "{name}: Bewertungen von {raters} ausgeschlossen (erklärte Befangenheit)",
        "unscored": "nicht bewertet",
        "diff_title": "Änderungen von {old} zu {new}",
        "score_line": "Punktzahl: {before} → {after} ({delta})",
        "checklist_line": "Erfüllte Punkte der Checkliste: {before} → {after}",
        "sections_line": "Vollständige Abschnitte des Konzepts: {before} → {after}",
        "points_changed": "Geänderte Punkte",
        "no_point_changes": "Kein Punkt der Checkliste und kein Abschnitt hat sich geändert.",
        "structure": "Änderungen je Abschnitt",
        "no_changes": "Beide Fassungen enthalten dieselben Daten.",
        "section_counts": "{added} hinzugefügt, {removed} entfernt, {changed} geändert",
        "fixed": "Behobene Befunde ({n})",
        "introduced": "Neue Befunde ({n})",
        "regression": "Verschlechterung: Die Punktzahl sank oder es kamen Befunde hinzu.",
        "not_audited": "k. A.",
        "items": "{n} Einträge",
        "keys": "{n} Schlüssel",
        "unreadable": "kann nicht als YAML gelesen werden",
        "not_strategy": "keine Strategie: Die Datei ist keine Zuordnung von Abschnitten",
    },
}


def text(lang: str, key: str, **args: object) -> str:
    """The label `key` in `lang` (English when the language is unknown), filled with `args`."""
    words = TEXTS.get(lang, TEXTS["en"])
    return words[key].format(**args) if args else words[key]


def status(lang: str, name: str) -> str:
    """The displayed form of a stable status identifier."""
    return STATUS.get(lang, STATUS["en"]).get(name, name)
