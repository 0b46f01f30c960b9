"""The text of every finding, in English and German, keyed by "RULE.key".

Placeholders in braces are filled with the finding's details; dates print as ISO dates.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- reading the file -------------------------------------------------------------------
    "YA01.syntax": (
        "YAML cannot be parsed here: {detail}",
        "YAML lässt sich hier nicht lesen: {detail}",
    ),
    "YA01.unclosed_quote": (
        "a quoted text starts here and is never closed",
        "ein Text in Anführungszeichen beginnt hier und wird nie geschlossen",
    ),
    "YA01.mapping_values": (
        "a ':' where YAML does not expect one (a missing space after ':', or text that needs "
        "quotes?)",
        "ein ':' an einer Stelle, an der YAML keins erwartet (fehlt ein Leerzeichen nach ':' "
        "oder braucht der Text Anführungszeichen?)",
    ),
    "YA01.tab": (
        "a tab character cannot indent YAML; use spaces",
        "ein Tabulator kann YAML nicht einrücken; bitte Leerzeichen verwenden",
    ),
    "YA01.indentation": (
        "the indentation does not fit the lines above",
        "die Einrückung passt nicht zu den Zeilen darüber",
    ),
    "YA01.too_deep": (
        "the structure is nested more deeply than YAML parsers allow",
        "die Struktur ist tiefer verschachtelt, als YAML-Parser erlauben",
    ),
    "YA01.several_documents": (
        "the file holds more than one YAML document (a second '---'); one strategy per file",
        "die Datei enthält mehr als ein YAML-Dokument (ein zweites '---'); eine Strategie je Datei",
    ),
    "YA01.undefined_alias": (
        "an alias (*name) refers to an anchor (&name) that is not defined before it",
        "ein Alias (*name) verweist auf einen Anker (&name), der davor nicht definiert ist",
    ),
    "YA01.complex_key": (
        "a key must be plain text, not a list or mapping",
        "ein Schlüssel muss einfacher Text sein, keine Liste und kein Mapping",
    ),
    "YA01.bad_merge": (
        "a merge key '<<' must refer to a mapping",
        "ein Merge-Schlüssel '<<' muss auf ein Mapping verweisen",
    ),
    "YA02.duplicate": (
        "key '{key}' appears again (first on line {first}); the earlier value would be lost",
        "Schlüssel '{key}' kommt erneut vor (zuerst in Zeile {first}); der frühere Wert ginge "
        "verloren",
    ),
    "YA03.bad_date": (
        "'{value}' is not a real calendar date",
        "'{value}' ist kein gültiges Kalenderdatum",
    ),
    "YA03.long_int": (
        "a number with {digits} digits is too long to be a value",
        "eine Zahl mit {digits} Ziffern ist als Wert zu lang",
    ),
    "YA04.tag": (
        "the tag '{tag}' is not allowed; intstrat never constructs objects from tags",
        "das Tag '{tag}' ist nicht erlaubt; intstrat erzeugt nie Objekte aus Tags",
    ),
    "YA05.recursive_alias": (
        "an alias refers to a node that contains it (an endless structure)",
        "ein Alias verweist auf einen Knoten, der ihn selbst enthält (endlose Struktur)",
    ),
    "YA05.alias_budget": (
        "aliases expand to more than {limit} nodes; reading stopped (an 'alias bomb'?)",
        "Aliase entfalten sich zu mehr als {limit} Knoten; Lesen abgebrochen ('Alias-Bombe'?)",
    ),
    "YA05.too_deep": (
        "the structure is nested too deeply to be a strategy",
        "die Struktur ist zu tief verschachtelt, um eine Strategie zu sein",
    ),
    "YA05.too_large": (
        "the file has {size} bytes, more than the limit of {limit} (raise it with --max-size)",
        "die Datei hat {size} Bytes, mehr als die Grenze von {limit} (mit --max-size anheben)",
    ),
    "YA06.encoding": (
        "byte 0x{byte} is not valid {codec}; save the file as UTF-8",
        "Byte 0x{byte} ist kein gültiges {codec}; die Datei bitte als UTF-8 speichern",
    ),
    "YA06.binary": (
        "the file holds binary data (NUL bytes), not text",
        "die Datei enthält Binärdaten (NUL-Bytes), keinen Text",
    ),
    "YA06.unreadable": (
        "the file cannot be read: {detail}",
        "die Datei lässt sich nicht lesen: {detail}",
    ),
    # --- schema ---------------------------------------------------------------------------------
    "SC01.type": (
        "expected {expected}, found {got}{shown}",
        "erwartet: {expected}, gefunden: {got}{shown}",
    ),
    "SC01.minimum": (
        "{value} is below the smallest allowed value {limit}",
        "{value} liegt unter dem kleinsten erlaubten Wert {limit}",
    ),
    "SC01.exclusive_minimum": (
        "{value} must be greater than {limit}",
        "{value} muss größer als {limit} sein",
    ),
    "SC01.id_pattern": (
        "'{value}' is not a valid id: use lower-case letters, digits, '-' and '_', starting "
        "with a letter or digit",
        "'{value}' ist keine gültige ID: nur Kleinbuchstaben, Ziffern, '-' und '_', am Anfang "
        "ein Buchstabe oder eine Ziffer",
    ),
    "SC01.enum": (
        "'{value}' is not one of: {options}",
        "'{value}' ist keiner der Werte: {options}",
    ),
    "SC01.format_date": (
        "'{value}' is not an ISO date (YYYY-MM-DD)",
        "'{value}' ist kein ISO-Datum (JJJJ-MM-TT)",
    ),
    "SC01.other": ("{detail}", "{detail}"),
    "SC02.unknown_key_hint": (
        "unknown key '{key}'; did you mean '{hint}'?",
        "unbekannter Schlüssel '{key}'; meinten Sie '{hint}'?",
    ),
    "SC02.unknown_key": (
        "unknown key '{key}'; allowed here: {allowed}",
        "unbekannter Schlüssel '{key}'; erlaubt sind hier: {allowed}",
    ),
    "SC03.missing_key": (
        "required key '{key}' is missing in {where}",
        "Pflichtschlüssel '{key}' fehlt in {where}",
    ),
    "SC03.missing_top_key": (
        "required key '{key}' is missing at the top level",
        "Pflichtschlüssel '{key}' fehlt auf oberster Ebene",
    ),
    "SC04.version": (
        "format version '{value}' is not supported; this intstrat reads 'intstrat: 1'",
        "Formatversion '{value}' wird nicht unterstützt; dieses intstrat liest 'intstrat: 1'",
    ),
    "SC04.version_text": (
        "the format version is the number 1, not the text \"1\": write 'intstrat: 1' without "
        "quotes",
        "die Formatversion ist die Zahl 1, nicht der Text \"1\": 'intstrat: 1' ohne "
        "Anführungszeichen schreiben",
    ),
    "SC04.no_version": (
        "no 'intstrat: 1' line: this file is not marked as a strategy",
        "keine Zeile 'intstrat: 1': die Datei ist nicht als Strategie gekennzeichnet",
    ),
    "SC04.not_mapping": (
        "the top level is {got}, but a strategy is a mapping of sections",
        "die oberste Ebene ist {got}, eine Strategie ist aber ein Mapping von Abschnitten",
    ),
    # --- checklist --------------------------------------------------------------------------------
    "CL01.missing": (
        "no needs assessment: how were the members' international needs established?",
        "keine Bedarfsermittlung: wie wurde der Internationalisierungsbedarf der Mitglieder "
        "festgestellt?",
    ),
    "CL01.no_method": (
        "the needs assessment names no method (survey, assembly, interviews, ...)",
        "die Bedarfsermittlung nennt keine Methode (Umfrage, Versammlung, Interviews, ...)",
    ),
    "CL01.method_kind": (
        "this method does not say what kind it is",
        "bei dieser Methode fehlt die Art",
    ),
    "CL01.undated": (
        "no method of the needs assessment has a date",
        "keine Methode der Bedarfsermittlung hat ein Datum",
    ),
    "CL01.after_kickoff": (
        "the needs assessment ({date}) comes after the kick-off ({limit}); it should come first",
        "die Bedarfsermittlung ({date}) liegt nach dem Kick-off ({limit}); sie gehört davor",
    ),
    "CL01.after_funding_start": (
        "the needs assessment ({date}) comes after the funding start ({limit}); it should come "
        "first",
        "die Bedarfsermittlung ({date}) liegt nach dem Förderbeginn ({limit}); sie gehört davor",
    ),
    "CL01.no_findings": (
        "the needs assessment records no findings",
        "die Bedarfsermittlung hält keine Ergebnisse fest",
    ),
    "CL02.missing": (
        "no kick-off event is planned",
        "keine Kick-off-Veranstaltung geplant",
    ),
    "CL02.no_date": ("the kick-off has no date", "das Kick-off hat kein Datum"),
    "CL02.before_start": (
        "the kick-off ({date}) lies before the funding start ({start})",
        "das Kick-off ({date}) liegt vor dem Förderbeginn ({start})",
    ),
    "CL02.late": (
        "the kick-off ({date}) is more than six months after the funding start ({start}); "
        "latest {latest}",
        "das Kick-off ({date}) liegt mehr als sechs Monate nach dem Förderbeginn ({start}); "
        "spätestens {latest}",
    ),
    "CL02.not_open": (
        "the kick-off is not marked as open to all cluster actors (open_to_all_actors: true)",
        "das Kick-off steht nicht allen Akteuren offen (open_to_all_actors: true fehlt)",
    ),
    "CL03.no_sources": (
        "the financing concept names no sources",
        "das Finanzierungskonzept nennt keine Quellen",
    ),
    "CL03.single_source": (
        "only one financing source; several spread the risk",
        "nur eine Finanzierungsquelle; mehrere Quellen verteilen das Risiko",
    ),
    "CL03.no_after_funding": (
        "nothing finances international projects after the funding ends ({end})",
        "nichts finanziert internationale Projekte nach Förderende ({end})",
    ),
    "CL03.no_flanking": (
        "flanking measures (fairs, congresses) are not financed",
        "flankierende Maßnahmen (Messen, Kongresse) sind nicht finanziert",
    ),
    "CL04.missing": (
        "no analyses or studies are planned",
        "keine Analysen oder Studien geplant",
    ),
    "CL04.focus_missing": (
        "no analysis with focus '{focus}'",
        "keine Analyse mit Fokus '{focus}'",
    ),
    "CL04.no_kind": (
        "analysis '{name}' does not say what kind it is (SWOT, PEST, market study, ...)",
        "bei der Analyse '{name}' fehlt die Art (SWOT, PEST, Marktstudie, ...)",
    ),
    "CL04.no_performer": (
        "analysis '{name}' does not say who performs it",
        "bei der Analyse '{name}' fehlt, wer sie durchführt",
    ),
    "CL05.missing": ("no steering bodies are formed", "keine Steuerungsgremien gebildet"),
    "CL05.level_missing": (
        "no steering body at level '{level}'",
        "kein Steuerungsgremium auf der Ebene '{level}'",
    ),
    "CL05.not_interdisciplinary": (
        "'{name}' draws its members from fewer than two kinds of actors",
        "'{name}' besetzt sich aus weniger als zwei Arten von Akteuren",
    ),
    "CL05.single_level": (
        "'{name}' spans fewer than two hierarchy levels",
        "'{name}' umfasst weniger als zwei Hierarchieebenen",
    ),
    "CL06.missing": (
        "no database or platform makes the gathered data accessible",
        "keine Datenbank oder Plattform macht die gesammelten Daten zugänglich",
    ),
    "CL06.unmaintained": (
        "'{name}' names nobody who maintains it",
        "für '{name}' ist niemand zur Pflege benannt",
    ),
    "CL07.missing": ("no workshops are planned", "keine Workshops geplant"),
    "CL07.kind_missing": (
        "no workshop of the kind '{kind}'",
        "kein Workshop der Art '{kind}'",
    ),
    "CL07.few_groups": (
        "the workshops reach {count} target group(s); at least two are expected",
        "die Workshops erreichen {count} Zielgruppe(n); erwartet werden mindestens zwei",
    ),
    "CL08.missing": (
        "no advice, training or coaching for start-ups and SMEs",
        "keine Beratung, Schulung oder kein Coaching für Start-ups und KMU",
    ),
    "CL08.audience_missing": (
        "no offer for '{audience}'",
        "kein Angebot für '{audience}'",
    ),
    "CL09.no_staff": (
        "no training or exchange programme for staff",
        "kein Weiterbildungs- oder Austauschprogramm für die Belegschaft",
    ),
    "CL09.no_education": (
        "no education programme with a cooperating university",
        "kein Ausbildungsprogramm mit einer kooperierenden Hochschule",
    ),
    "CL09.no_university": (
        "the education programmes name no university",
        "die Ausbildungsprogramme nennen keine Hochschule",
    ),
    "CL10.no_instruments": (
        "no instruments to involve all cluster actors",
        "keine Instrumente zur Einbindung aller Akteure",
    ),
    "CL10.no_services": (
        "no services for the cluster actors",
        "keine Serviceangebote für die Akteure",
    ),
    "CL10.services_end": (
        "no service runs past the end of funding ({end})",
        "kein Serviceangebot reicht über das Förderende ({end}) hinaus",
    ),
    "CL11.missing": (
        "no further training for the management level",
        "keine Weiterbildung für die Managementebene",
    ),
    "CL11.no_managers": (
        "no training addresses cluster or project managers",
        "keine Weiterbildung richtet sich an Cluster- oder Projektmanager",
    ),
    "CL12.missing": ("no partner selection is described", "keine Partnerauswahl beschrieben"),
    "CL12.no_process": (
        "the partner selection does not describe its process",
        "die Partnerauswahl beschreibt ihr Vorgehen nicht",
    ),
    "CL12.few_criteria": (
        "the criteria catalogue has {count} criterion/criteria; at least two are expected",
        "der Kriterienkatalog hat {count} Kriterium/Kriterien; erwartet werden mindestens zwei",
    ),
    "CL12.no_weight": (
        "criterion '{name}' has no positive weight",
        "Kriterium '{name}' hat kein positives Gewicht",
    ),
    "CL12.unscored": (
        "no candidate is scored against every criterion",
        "kein Kandidat ist nach allen Kriterien bewertet",
    ),
    "CL12.decided_unscored": (
        "selected partner '{name}' is not scored on every criterion (missing: {missing})",
        "ausgewählter Partner '{name}' ist nicht nach allen Kriterien bewertet (fehlt: "
        "{missing})",
    ),
    "CL13.none_selected": (
        "no partner is selected yet (status: selected), so no cooperation paper can exist",
        "noch kein Partner ausgewählt (status: selected), also auch keine "
        "Kooperationsvereinbarung",
    ),
    "CL13.no_agreement": (
        "selected partner '{partner}' has no cooperation agreement",
        "ausgewählter Partner '{partner}' hat keine Kooperationsvereinbarung",
    ),
    "CL13.not_accepted": (
        "the agreement with '{partner}' is not accepted by both sides",
        "die Vereinbarung mit '{partner}' ist nicht von beiden Seiten angenommen",
    ),
    "CL13.thin": (
        "the agreement with '{partner}' covers {count} topic(s); at least three are expected",
        "die Vereinbarung mit '{partner}' regelt {count} Thema/Themen; erwartet werden "
        "mindestens drei",
    ),
    "CL14.missing": ("no project selection is described", "keine Projektauswahl beschrieben"),
    "CL14.no_process": (
        "the project selection does not describe its process",
        "die Projektauswahl beschreibt ihr Vorgehen nicht",
    ),
    "CL14.no_selector": (
        "the project selection names no body that selects",
        "die Projektauswahl nennt kein auswählendes Gremium",
    ),
    "CL14.few_criteria": (
        "the criteria catalogue has {count} criterion/criteria; at least two are expected",
        "der Kriterienkatalog hat {count} Kriterium/Kriterien; erwartet werden mindestens zwei",
    ),
    "CL14.no_weight": (
        "criterion '{name}' has no positive weight",
        "Kriterium '{name}' hat kein positives Gewicht",
    ),
    "CL14.group_missing": (
        "no project criterion of the group '{group}'",
        "kein Projektkriterium der Gruppe '{group}'",
    ),
    "CL14.no_conflicts": (
        "conflicts of interest are not addressed (list them under conflicts_of_interest, "
        "or write an empty list)",
        "Interessenkonflikte sind nicht behandelt (unter conflicts_of_interest aufführen oder "
        "eine leere Liste angeben)",
    ),
    "CL14.decided_unscored": (
        "project '{name}' is selected without a score on every criterion (missing: {missing})",
        "Projekt '{name}' ist ausgewählt, ohne nach allen Kriterien bewertet zu sein (fehlt: "
        "{missing})",
    ),
    "CL15.missing": (
        "no intellectual property rules",
        "keine Regelungen zum geistigen Eigentum",
    ),
    "CL15.part_missing": (
        "the IP rules lack the part '{part}'",
        "den IP-Regelungen fehlt der Teil '{part}'",
    ),
    "CL15.no_date": (
        "the IP rules have no date of agreement",
        "die IP-Regelungen haben kein Vereinbarungsdatum",
    ),
    "CL15.too_late": (
        "the IP rules are agreed on {agreed}, after the first project starts ({first})",
        "die IP-Regelungen werden am {agreed} vereinbart, nach dem Start des ersten Projekts "
        "({first})",
    ),
    "CL16.missing": (
        "no internal communication channels",
        "keine Kanäle für die interne Kommunikation",
    ),
    "CL16.no_channel": (
        "'{name}' names no channel",
        "'{name}' nennt keinen Kanal",
    ),
    "CL16.no_frequency": (
        "'{name}' has no frequency",
        "'{name}' hat keine Frequenz",
    ),
    "CL16.no_steering": (
        "nobody steers the communication (steered_by)",
        "niemand steuert die Kommunikation (steered_by)",
    ),
    "CL16.not_with_partners": (
        "the communication structure is not developed with the partners",
        "die Kommunikationsstruktur ist nicht mit den Partnern entwickelt",
    ),
    "CL16.not_open": (
        "the internal communication is not open to all cluster actors",
        "die interne Kommunikation steht nicht allen Akteuren offen",
    ),
    "CL17.missing": (
        "no external communication measures",
        "keine Maßnahmen der externen Kommunikation",
    ),
    "CL17.few_kinds": (
        "external communication uses {count} kind(s) of measure; several are expected",
        "die externe Kommunikation nutzt {count} Art(en) von Maßnahmen; erwartet werden "
        "mehrere",
    ),
    "CL17.no_channel": ("'{name}' names no channel", "'{name}' nennt keinen Kanal"),
    "CL17.no_frequency": ("'{name}' has no frequency", "'{name}' hat keine Frequenz"),
    "CL17.no_oversight": (
        "nobody oversees the communication (steered_by)",
        "niemand überwacht die Kommunikation (steered_by)",
    ),
    "CL18.missing": ("no monitoring system", "kein Monitoring-System"),
    "CL18.no_reviewer": (
        "nobody reviews the indicators (reviewed_by)",
        "niemand überprüft die Indikatoren (reviewed_by)",
    ),
    "CL18.no_cadence": (
        "no review cadence (review_cadence)",
        "kein Überprüfungsrhythmus (review_cadence)",
    ),
    "CL18.no_indicators": ("no indicators", "keine Indikatoren"),
    "CL18.incomplete": (
        "indicator '{name}' lacks {fields}",
        "Indikator '{name}' fehlt: {fields}",
    ),
    "CL19.incomplete": (
        "the concept is incomplete; sections that do not pass: {sections}",
        "das Konzept ist unvollständig; nicht erfüllte Abschnitte: {sections}",
    ),
    # --- sections ---------------------------------------------------------------------------
    "CS01.missing": ("no summary of the strategy", "keine Kurzdarstellung der Strategie"),
    "CS01.too_short": (
        "the summary has {words} words; at least {low} make it precise",
        "die Kurzdarstellung hat {words} Wörter; mindestens {low} machen sie präzise",
    ),
    "CS01.too_long": (
        "the summary has {words} words; at most {high} keep it short",
        "die Kurzdarstellung hat {words} Wörter; höchstens {high} halten sie kurz",
    ),
    "CS02.missing": ("no financing plan", "kein Finanzierungsplan"),
    "CS02.no_amount": (
        "source '{name}' has no amount",
        "Quelle '{name}' hat keinen Betrag",
    ),
    "CS02.no_period": (
        "source '{name}' has no start or end date",
        "Quelle '{name}' hat kein Start- oder Enddatum",
    ),
    "CS02.no_total": (
        "the financing plan adds up to nothing",
        "der Finanzierungsplan ergibt keine Summe",
    ),
    "CS03.missing": (
        "no vision: what does the cluster offer the rest of the world?",
        "keine Vision: was bietet das Cluster der übrigen Welt?",
    ),
    "CS04.missing": (
        "no target group of the strategy",
        "keine Zielgruppe der Strategie",
    ),
    "CS05.missing": ("no possible international partners", "keine möglichen internationalen "
                     "Partner"),
    "CS05.no_location": (
        "partner '{name}' has no country or region",
        "Partner '{name}' hat kein Land und keine Region",
    ),
    "CS06.missing": (
        "no possible projects with the partners",
        "keine möglichen Projekte mit den Partnern",
    ),
    "CS06.no_partner": (
        "project '{name}' names no international partner",
        "Projekt '{name}' nennt keinen internationalen Partner",
    ),
    "CS07.no_limits": ("no limits of the strategy", "keine Grenzen der Strategie"),
    "CS07.no_priorities": ("no priorities of the strategy", "keine Prioritäten der Strategie"),
    "CS08.no_milestones": ("the work plan has no milestones", "der Arbeitsplan hat keine "
                           "Meilensteine"),
    "CS08.milestone_undated": (
        "milestone '{name}' has no due date",
        "Meilenstein '{name}' hat kein Fälligkeitsdatum",
    ),
    "CS08.no_activities": ("the work plan has no activities", "der Arbeitsplan hat keine "
                           "Aktivitäten"),
    "CS08.no_participants": (
        "activity '{name}' names no participants",
        "Aktivität '{name}' nennt keine Beteiligten",
    ),
    "CS08.no_cost": (
        "activity '{name}' has no estimated cost",
        "Aktivität '{name}' hat keine geschätzten Kosten",
    ),
    "CS08.no_short_term": ("no short-term goals", "keine kurzfristigen Ziele"),
    "CS08.no_long_term": ("no long-term goals", "keine langfristigen Ziele"),
    "CS09.missing": (
        "the communication section lists no internal or external measures",
        "der Abschnitt zur Kommunikation nennt keine internen oder externen Maßnahmen",
    ),
    "CS10.missing": (
        "no indicators for monitoring",
        "keine Indikatoren für das Monitoring",
    ),
    # --- suppression comments ---------------------------------------------------------------
    "SU01.unused": (
        "'# intstrat: ignore[{rule}]' suppresses nothing on this line; remove it",
        "'# intstrat: ignore[{rule}]' unterdrückt in dieser Zeile nichts; bitte entfernen",
    ),
    "SU01.unused_file": (
        "'# intstrat: ignore-file[{rule}]' suppresses nothing in this file; remove it",
        "'# intstrat: ignore-file[{rule}]' unterdrückt in dieser Datei nichts; bitte entfernen",
    ),
    "SU01.late_file": (
        "'# intstrat: ignore-file[{rule}]' only works in the first {head} lines; move it up",
        "'# intstrat: ignore-file[{rule}]' wirkt nur in den ersten {head} Zeilen; bitte nach "
        "oben verschieben",
    ),
    "SU01.unknown": (
        "suppression names the unknown rule '{rule}' (see `intstrat rules`)",
        "Unterdrückung nennt die unbekannte Regel '{rule}' (siehe `intstrat rules`)",
    ),
    # --- consistency ------------------------------------------------------------------------
    "CO01.order": (
        "the end ({end}) lies before the start ({start})",
        "das Ende ({end}) liegt vor dem Beginn ({start})",
    ),
    "CO02.outside": (
        "{date} lies outside the strategy period {start} to {end}",
        "{date} liegt außerhalb des Strategiezeitraums {start} bis {end}",
    ),
    "CO03.unknown": (
        "'{value}' is not a defined {kind} (known: {known})",
        "'{value}' ist nicht als {kind} definiert (bekannt: {known})",
    ),
    "CO04.placeholder": (
        "placeholder text '{text}' counts as missing",
        "Platzhaltertext '{text}' zählt als fehlend",
    ),
    "CO05.duplicate": (
        "id '{id}' is used again (first on line {first})",
        "ID '{id}' wird erneut verwendet (zuerst in Zeile {first})",
    ),
    "CO06.out_of_scale": (
        "score {value} lies outside the scale {low} to {high}",
        "Bewertung {value} liegt außerhalb der Skala {low} bis {high}",
    ),
}


class Term(str):
    """A word inside a message that is itself translated (a type, a kind of reference)."""


class Terms(tuple[str, ...]):
    """Several terms, joined with "or" / "oder"."""


TERMS: dict[str, tuple[str, str]] = {
    "string": ("text", "Text"),
    "number": ("a number", "eine Zahl"),
    "integer": ("a whole number", "eine ganze Zahl"),
    "boolean": ("true or false", "true oder false"),
    "object": ("a mapping of keys", "ein Mapping mit Schlüsseln"),
    "array": ("a list", "eine Liste"),
    "null": ("nothing (null)", "nichts (null)"),
    "date": ("a date", "ein Datum"),
    "special_number": ("a special number", "eine Sonderzahl"),
    "partner": ("partner", "Partner"),
    "project": ("project", "Projekt"),
    "rater": ("rater", "Bewerter"),
    "criterion": ("criterion", "Kriterium"),
    "milestone": ("milestone", "Meilenstein"),
}


def _term(word: str, lang: str) -> str:
    pair = TERMS.get(word)
    if pair is None:
        return word
    return pair[1] if lang == "de" else pair[0]


def message(rule: str, key: str, lang: str, args: dict[str, object]) -> str:
    """The finding's text in `lang`, with its details filled in."""
    pair = MESSAGES.get(f"{rule}.{key}")
    if pair is None:
        return f"{rule}.{key}"
    template = pair[1] if lang == "de" else pair[0]
    joiner = " oder " if lang == "de" else " or "
    clean: dict[str, object] = {}
    for name, value in args.items():
        if isinstance(value, Terms):
            clean[name] = joiner.join(_term(w, lang) for w in value)
        elif isinstance(value, Term):
            clean[name] = _term(value, lang)
        else:
            clean[name] = _fmt(value)
    try:
        return template.format(**clean)
    except (KeyError, IndexError, ValueError):
        return template


def _fmt(value: object) -> object:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
