"""The text of every finding, keyed by "RULE.key"; German and other languages live in the
gettext catalogue (`i18n/locales`), with the key as the message context.

Placeholders in braces are filled with the finding's details when a report is written.
"""

from __future__ import annotations

from intstrat.findings import Finding, Severity
from intstrat.i18n import Label, P_

MESSAGES: dict[str, Label] = {
    "YA01.syntax": P_("YA01.syntax", "YAML cannot be parsed here: {detail}"),
    "YA01.unclosed_quote": P_(
        "YA01.unclosed_quote", "a quoted text starts here and is never closed"
    ),
    "YA01.mapping_values": P_(
        "YA01.mapping_values",
        "a ':' where YAML does not expect one (a missing space after ':', or text that needs quotes?)",
    ),
    "YA01.tab": P_("YA01.tab", "a tab character cannot indent YAML; use spaces"),
    "YA01.indentation": P_("YA01.indentation", "the indentation does not fit the lines above"),
    "YA01.too_deep": P_(
        "YA01.too_deep", "the structure is nested more deeply than YAML parsers allow"
    ),
    "YA01.several_documents": P_(
        "YA01.several_documents",
        "the file holds more than one YAML document (a second '---'); one strategy per file",
    ),
    "YA01.undefined_alias": P_(
        "YA01.undefined_alias",
        "an alias (*name) refers to an anchor (&name) that is not defined before it",
    ),
    "YA01.complex_key": P_("YA01.complex_key", "a key must be plain text, not a list or mapping"),
    "YA01.bad_merge": P_("YA01.bad_merge", "a merge key '<<' must refer to a mapping"),
    "YA02.duplicate": P_(
        "YA02.duplicate",
        "key '{key}' appears again (first on line {first}); the earlier value would be lost",
    ),
    "YA03.bad_date": P_("YA03.bad_date", "'{value}' is not a real calendar date"),
    "YA03.long_int": P_("YA03.long_int", "a number with {digits} digits is too long to be a value"),
    "YA04.tag": P_(
        "YA04.tag", "the tag '{tag}' is not allowed; intstrat never constructs objects from tags"
    ),
    "YA05.recursive_alias": P_(
        "YA05.recursive_alias", "an alias refers to a node that contains it (an endless structure)"
    ),
    "YA05.alias_budget": P_(
        "YA05.alias_budget",
        "aliases expand to more than {limit} nodes; reading stopped (an 'alias bomb'?)",
    ),
    "YA05.too_deep": P_("YA05.too_deep", "the structure is nested too deeply to be a strategy"),
    "YA05.too_large": P_(
        "YA05.too_large",
        "the file has {size} bytes, more than the limit of {limit} (raise it with --max-size)",
    ),
    "YA06.encoding": P_(
        "YA06.encoding", "byte 0x{byte} is not valid {codec}; save the file as UTF-8"
    ),
    "YA06.binary": P_("YA06.binary", "the file holds binary data (NUL bytes), not text"),
    "YA06.unreadable": P_("YA06.unreadable", "the file cannot be read: {detail}"),
    "SC01.type": P_("SC01.type", "expected {expected}, found {got}{shown}"),
    "SC01.minimum": P_("SC01.minimum", "{value} is below the smallest allowed value {limit}"),
    "SC01.exclusive_minimum": P_("SC01.exclusive_minimum", "{value} must be greater than {limit}"),
    "SC01.id_pattern": P_(
        "SC01.id_pattern",
        "'{value}' is not a valid id: use lower-case letters, digits, '-' and '_', starting with a letter or digit",
    ),
    "SC01.enum": P_("SC01.enum", "'{value}' is not one of: {options}"),
    "SC01.format_date": P_("SC01.format_date", "'{value}' is not an ISO date (YYYY-MM-DD)"),
    "SC01.other": P_("SC01.other", "{detail}"),
    "SC02.unknown_key_hint": P_(
        "SC02.unknown_key_hint", "unknown key '{key}'; did you mean '{hint}'?"
    ),
    "SC02.unknown_key": P_("SC02.unknown_key", "unknown key '{key}'; allowed here: {allowed}"),
    "SC03.missing_key": P_("SC03.missing_key", "required key '{key}' is missing in {where}"),
    "SC03.missing_top_key": P_(
        "SC03.missing_top_key", "required key '{key}' is missing at the top level"
    ),
    "SC04.version": P_(
        "SC04.version",
        "format version '{value}' is not supported; this intstrat reads 'intstrat: 1'",
    ),
    "SC04.version_text": P_(
        "SC04.version_text",
        "the format version is the number 1, not the text \"1\": write 'intstrat: 1' without quotes",
    ),
    "SC04.no_version": P_(
        "SC04.no_version", "no 'intstrat: 1' line: this file is not marked as a strategy"
    ),
    "SC04.not_mapping": P_(
        "SC04.not_mapping", "the top level is {got}, but a strategy is a mapping of sections"
    ),
    "CL01.missing": P_(
        "CL01.missing",
        "no needs assessment: how were the members' international needs established?",
    ),
    "CL01.no_method": P_(
        "CL01.no_method", "the needs assessment names no method (survey, assembly, interviews, ...)"
    ),
    "CL01.method_kind": P_("CL01.method_kind", "this method does not say what kind it is"),
    "CL01.undated": P_("CL01.undated", "no method of the needs assessment has a date"),
    "CL01.after_kickoff": P_(
        "CL01.after_kickoff",
        "the needs assessment ({date}) comes after the kick-off ({limit}); it should come first",
    ),
    "CL01.after_funding_start": P_(
        "CL01.after_funding_start",
        "the needs assessment ({date}) comes after the funding start ({limit}); it should come first",
    ),
    "CL01.no_findings": P_("CL01.no_findings", "the needs assessment records no findings"),
    "CL02.missing": P_("CL02.missing", "no kick-off event is planned"),
    "CL02.no_date": P_("CL02.no_date", "the kick-off has no date"),
    "CL02.before_start": P_(
        "CL02.before_start", "the kick-off ({date}) lies before the funding start ({start})"
    ),
    "CL02.late": P_(
        "CL02.late",
        "the kick-off ({date}) is more than six months after the funding start ({start}); latest {latest}",
    ),
    "CL02.not_open": P_(
        "CL02.not_open",
        "the kick-off is not marked as open to all cluster actors (open_to_all_actors: true)",
    ),
    "CL03.no_sources": P_("CL03.no_sources", "the financing concept names no sources"),
    "CL03.single_source": P_(
        "CL03.single_source", "only one financing source; several spread the risk"
    ),
    "CL03.no_after_funding": P_(
        "CL03.no_after_funding",
        "nothing finances international projects after the funding ends ({end})",
    ),
    "CL03.no_flanking": P_(
        "CL03.no_flanking", "flanking measures (fairs, congresses) are not financed"
    ),
    "CL04.missing": P_("CL04.missing", "no analyses or studies are planned"),
    "CL04.focus_missing": P_("CL04.focus_missing", "no analysis with focus '{focus}'"),
    "CL04.no_kind": P_(
        "CL04.no_kind",
        "analysis '{name}' does not say what kind it is (SWOT, PEST, market study, ...)",
    ),
    "CL04.no_performer": P_("CL04.no_performer", "analysis '{name}' does not say who performs it"),
    "CL05.missing": P_("CL05.missing", "no steering bodies are formed"),
    "CL05.level_missing": P_("CL05.level_missing", "no steering body at level '{level}'"),
    "CL05.not_interdisciplinary": P_(
        "CL05.not_interdisciplinary",
        "'{name}' draws its members from fewer than two kinds of actors",
    ),
    "CL05.single_level": P_("CL05.single_level", "'{name}' spans fewer than two hierarchy levels"),
    "CL06.missing": P_(
        "CL06.missing", "no database or platform makes the gathered data accessible"
    ),
    "CL06.unmaintained": P_("CL06.unmaintained", "'{name}' names nobody who maintains it"),
    "CL07.missing": P_("CL07.missing", "no workshops are planned"),
    "CL07.kind_missing": P_("CL07.kind_missing", "no workshop of the kind '{kind}'"),
    "CL07.few_groups": P_(
        "CL07.few_groups", "the workshops reach {count} target group(s); at least two are expected"
    ),
    "CL08.missing": P_("CL08.missing", "no advice, training or coaching for start-ups and SMEs"),
    "CL08.audience_missing": P_("CL08.audience_missing", "no offer for '{audience}'"),
    "CL09.no_staff": P_("CL09.no_staff", "no training or exchange programme for staff"),
    "CL09.no_education": P_(
        "CL09.no_education", "no education programme with a cooperating university"
    ),
    "CL09.no_university": P_("CL09.no_university", "the education programmes name no university"),
    "CL10.no_instruments": P_(
        "CL10.no_instruments", "no instruments to involve all cluster actors"
    ),
    "CL10.no_services": P_("CL10.no_services", "no services for the cluster actors"),
    "CL10.services_end": P_("CL10.services_end", "no service runs past the end of funding ({end})"),
    "CL11.missing": P_("CL11.missing", "no further training for the management level"),
    "CL11.no_managers": P_("CL11.no_managers", "no training addresses cluster or project managers"),
    "CL12.missing": P_("CL12.missing", "no partner selection is described"),
    "CL12.no_process": P_("CL12.no_process", "the partner selection does not describe its process"),
    "CL12.few_criteria": P_(
        "CL12.few_criteria",
        "the criteria catalogue has {count} criterion/criteria; at least two are expected",
    ),
    "CL12.no_weight": P_("CL12.no_weight", "criterion '{name}' has no positive weight"),
    "CL12.unscored": P_("CL12.unscored", "no candidate is scored against every criterion"),
    "CL12.decided_unscored": P_(
        "CL12.decided_unscored",
        "selected partner '{name}' is not scored on every criterion (missing: {missing})",
    ),
    "CL13.none_selected": P_(
        "CL13.none_selected",
        "no partner is selected yet (status: selected), so no cooperation paper can exist",
    ),
    "CL13.no_agreement": P_(
        "CL13.no_agreement", "selected partner '{partner}' has no cooperation agreement"
    ),
    "CL13.not_accepted": P_(
        "CL13.not_accepted", "the agreement with '{partner}' is not accepted by both sides"
    ),
    "CL13.thin": P_(
        "CL13.thin",
        "the agreement with '{partner}' covers {count} topic(s); at least three are expected",
    ),
    "CL14.missing": P_("CL14.missing", "no project selection is described"),
    "CL14.no_process": P_("CL14.no_process", "the project selection does not describe its process"),
    "CL14.no_selector": P_("CL14.no_selector", "the project selection names no body that selects"),
    "CL14.few_criteria": P_(
        "CL14.few_criteria",
        "the criteria catalogue has {count} criterion/criteria; at least two are expected",
    ),
    "CL14.no_weight": P_("CL14.no_weight", "criterion '{name}' has no positive weight"),
    "CL14.group_missing": P_("CL14.group_missing", "no project criterion of the group '{group}'"),
    "CL14.no_conflicts": P_(
        "CL14.no_conflicts",
        "conflicts of interest are not addressed (list them under conflicts_of_interest, or write an empty list)",
    ),
    "CL14.decided_unscored": P_(
        "CL14.decided_unscored",
        "project '{name}' is selected without a score on every criterion (missing: {missing})",
    ),
    "CL15.missing": P_("CL15.missing", "no intellectual property rules"),
    "CL15.part_missing": P_("CL15.part_missing", "the IP rules lack the part '{part}'"),
    "CL15.no_date": P_("CL15.no_date", "the IP rules have no date of agreement"),
    "CL15.too_late": P_(
        "CL15.too_late",
        "the IP rules are agreed on {agreed}, after the first project starts ({first})",
    ),
    "CL16.missing": P_("CL16.missing", "no internal communication channels"),
    "CL16.no_channel": P_("CL16.no_channel", "'{name}' names no channel"),
    "CL16.no_frequency": P_("CL16.no_frequency", "'{name}' has no frequency"),
    "CL16.no_steering": P_("CL16.no_steering", "nobody steers the communication (steered_by)"),
    "CL16.not_with_partners": P_(
        "CL16.not_with_partners", "the communication structure is not developed with the partners"
    ),
    "CL16.not_open": P_(
        "CL16.not_open", "the internal communication is not open to all cluster actors"
    ),
    "CL17.missing": P_("CL17.missing", "no external communication measures"),
    "CL17.few_kinds": P_(
        "CL17.few_kinds",
        "external communication uses {count} kind(s) of measure; several are expected",
    ),
    "CL17.no_channel": P_("CL17.no_channel", "'{name}' names no channel"),
    "CL17.no_frequency": P_("CL17.no_frequency", "'{name}' has no frequency"),
    "CL17.no_oversight": P_("CL17.no_oversight", "nobody oversees the communication (steered_by)"),
    "CL18.missing": P_("CL18.missing", "no monitoring system"),
    "CL18.no_reviewer": P_("CL18.no_reviewer", "nobody reviews the indicators (reviewed_by)"),
    "CL18.no_cadence": P_("CL18.no_cadence", "no review cadence (review_cadence)"),
    "CL18.no_indicators": P_("CL18.no_indicators", "no indicators"),
    "CL18.incomplete": P_("CL18.incomplete", "indicator '{name}' lacks {fields}"),
    "CL19.incomplete": P_(
        "CL19.incomplete", "the concept is incomplete; sections that do not pass: {sections}"
    ),
    "CS01.missing": P_("CS01.missing", "no summary of the strategy"),
    "CS01.too_short": P_(
        "CS01.too_short", "the summary has {words} words; at least {low} make it precise"
    ),
    "CS01.too_long": P_(
        "CS01.too_long", "the summary has {words} words; at most {high} keep it short"
    ),
    "CS02.missing": P_("CS02.missing", "no financing plan"),
    "CS02.no_amount": P_("CS02.no_amount", "source '{name}' has no amount"),
    "CS02.no_period": P_("CS02.no_period", "source '{name}' has no start or end date"),
    "CS02.no_total": P_("CS02.no_total", "the financing plan adds up to nothing"),
    "CS03.missing": P_(
        "CS03.missing", "no vision: what does the cluster offer the rest of the world?"
    ),
    "CS04.missing": P_("CS04.missing", "no target group of the strategy"),
    "CS05.missing": P_("CS05.missing", "no possible international partners"),
    "CS05.no_location": P_("CS05.no_location", "partner '{name}' has no country or region"),
    "CS06.missing": P_("CS06.missing", "no possible projects with the partners"),
    "CS06.no_partner": P_("CS06.no_partner", "project '{name}' names no international partner"),
    "CS07.no_limits": P_("CS07.no_limits", "no limits of the strategy"),
    "CS07.no_priorities": P_("CS07.no_priorities", "no priorities of the strategy"),
    "CS08.no_milestones": P_("CS08.no_milestones", "the work plan has no milestones"),
    "CS08.milestone_undated": P_("CS08.milestone_undated", "milestone '{name}' has no due date"),
    "CS08.no_activities": P_("CS08.no_activities", "the work plan has no activities"),
    "CS08.no_participants": P_("CS08.no_participants", "activity '{name}' names no participants"),
    "CS08.no_cost": P_("CS08.no_cost", "activity '{name}' has no estimated cost"),
    "CS08.no_short_term": P_("CS08.no_short_term", "no short-term goals"),
    "CS08.no_long_term": P_("CS08.no_long_term", "no long-term goals"),
    "CS09.missing": P_(
        "CS09.missing", "the communication section lists no internal or external measures"
    ),
    "CS10.missing": P_("CS10.missing", "no indicators for monitoring"),
    "SU01.unused": P_(
        "SU01.unused", "'# intstrat: ignore[{rule}]' suppresses nothing on this line; remove it"
    ),
    "SU01.unused_file": P_(
        "SU01.unused_file",
        "'# intstrat: ignore-file[{rule}]' suppresses nothing in this file; remove it",
    ),
    "SU01.late_file": P_(
        "SU01.late_file",
        "'# intstrat: ignore-file[{rule}]' only works in the first {head} lines; move it up",
    ),
    "SU01.unknown": P_(
        "SU01.unknown", "suppression names the unknown rule '{rule}' (see `intstrat rules`)"
    ),
    "CO01.order": P_("CO01.order", "the end ({end}) lies before the start ({start})"),
    "CO02.outside": P_("CO02.outside", "{date} lies outside the strategy period {start} to {end}"),
    "CO03.unknown": P_("CO03.unknown", "'{value}' is not a defined {kind} (known: {known})"),
    "CO04.placeholder": P_("CO04.placeholder", "placeholder text '{text}' counts as missing"),
    "CO05.duplicate": P_("CO05.duplicate", "id '{id}' is used again (first on line {first})"),
    "CO06.out_of_scale": P_(
        "CO06.out_of_scale", "score {value} lies outside the scale {low} to {high}"
    ),
}


# Words inside messages that are themselves translated (a YAML type, a kind of reference).
TERMS: dict[str, Label] = {
    "string": P_("term", "text"),
    "number": P_("term", "a number"),
    "integer": P_("term", "a whole number"),
    "boolean": P_("term", "true or false"),
    "object": P_("term", "a mapping of keys"),
    "array": P_("term", "a list"),
    "null": P_("term", "nothing (null)"),
    "date": P_("term", "a date"),
    "special_number": P_("term", "a special number"),
    "partner": P_("term", "partner"),
    "project": P_("term", "project"),
    "rater": P_("term", "rater"),
    "criterion": P_("term", "criterion"),
    "milestone": P_("term", "milestone"),
}


def term(word: str) -> Label:
    """The translatable label of a known term; another word is shown as it is."""
    return TERMS.get(word) or Label("term", word)


def template(rule: str, key: str) -> Label:
    """The English text (and its context) of the finding `rule.key`."""
    full = f"{rule}.{key}"
    return MESSAGES.get(full) or Label(full, full)


def _arg(value: object) -> object:
    """A detail as a finding keeps it: hashable, and 3.0 shown as 3 as the user wrote it."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, list):
        return tuple(_arg(v) for v in value)
    return value


def finding(
    path: str,
    line: int,
    column: int,
    rule: str,
    severity: Severity,
    key: str,
    args: dict[str, object] | None = None,
    pointer: str = "",
) -> Finding:
    """A located finding of `rule` with the message `key` ("late" for "CL02.late")."""
    label = template(rule, key)
    details = tuple((name, _arg(value)) for name, value in (args or {}).items())
    return Finding(path, line, column, rule, severity, label.message, label.context, details,
                   pointer)
