"""The rule catalogue: names, guide chapters, severities and bilingual texts of every rule."""

from __future__ import annotations

# Pure data on purpose: the predicates live in the rule modules, the words a user reads live here,
# so reporters, the documentation and `intstrat explain` all show the same text.

CATALOGUE: dict[str, dict[str, object]] = {
    "CL01": {
        "name": "needs-assessed",
        "group": "checklist",
        "severity": "error",
        "chapter": "2",
        "title": {
            "en": "Members' internationalisation needs established before measures",
            "de": "Internationalisierungsbedarf der Mitglieder vor den Maßnahmen erhoben",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL02": {
        "name": "kickoff-early",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.1",
        "title": {
            "en": "Kick-off for all actors within six months of the funding start",
            "de": "Kick-off für alle Akteure in den ersten sechs Monaten der Förderung",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL03": {
        "name": "financing-beyond-funding",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.2",
        "title": {
            "en": "Financing concept reaching beyond the funding, incl. fairs",
            "de": "Finanzierungskonzept über das Förderende hinaus, inkl. Messen",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL04": {
        "name": "three-focus-analyses",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.3, Tab. 1-3",
        "title": {
            "en": "Analyses of own cluster, partner cluster and sector market",
            "de": "Analysen zu eigenem Cluster, Partnercluster und Branchenmarkt",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL05": {
        "name": "steering-bodies",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.4",
        "title": {
            "en": "Mixed steering bodies at project level and across projects",
            "de": "Gemischte Steuerungsgremien auf Projektebene und projektübergreifend",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL06": {
        "name": "data-system",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.5",
        "title": {
            "en": "A maintained system that makes the collected data accessible",
            "de": "Ein gepflegtes System, das gesammelte Daten zugänglich macht",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL07": {
        "name": "workshop-range",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.6",
        "title": {
            "en": "Thematic and strategic workshops for several target groups",
            "de": "Thematische und strategische Workshops für mehrere Zielgruppen",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL08": {
        "name": "startup-sme-services",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.7",
        "title": {
            "en": "Advice, training and coaching for start-ups and SMEs",
            "de": "Beratung, Training und Coaching für Start-ups und KMU",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL09": {
        "name": "staff-and-education",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.8",
        "title": {
            "en": "Staff programmes and education with a partner university",
            "de": "Programme für Beschäftigte und Ausbildung mit einer Hochschule",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL10": {
        "name": "involvement-and-services",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.9",
        "title": {
            "en": "All actors involved; services last beyond the funding period",
            "de": "Alle Akteure eingebunden; Services über das Förderende hinaus",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL11": {
        "name": "management-training",
        "group": "checklist",
        "severity": "error",
        "chapter": "3.9",
        "title": {
            "en": "Further training for cluster and project managers",
            "de": "Weiterbildung für Cluster- und Projektmanagement",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL12": {
        "name": "partner-selection-criteria",
        "group": "checklist",
        "severity": "error",
        "chapter": "4.1, 4.2",
        "title": {
            "en": "Transparent partner selection on a weighted criteria catalogue",
            "de": "Transparente Partnerauswahl anhand eines gewichteten Kriterienkatalogs",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL13": {
        "name": "partner-agreements",
        "group": "checklist",
        "severity": "error",
        "chapter": "4.3",
        "title": {
            "en": "A cooperation agreement accepted by both sides for each partner",
            "de": "Eine von beiden Seiten akzeptierte Vereinbarung je Partner",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL14": {
        "name": "project-selection-criteria",
        "group": "checklist",
        "severity": "error",
        "chapter": "5.1, 5.2",
        "title": {
            "en": "Transparent project selection on a criteria catalogue",
            "de": "Transparente Projektauswahl anhand eines Kriterienkatalogs",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL15": {
        "name": "ip-rules-before-start",
        "group": "checklist",
        "severity": "error",
        "chapter": "5.3",
        "title": {
            "en": "IP rules complete and agreed before the first project starts",
            "de": "IP-Regelungen vollständig und vor dem ersten Projektstart vereinbart",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL16": {
        "name": "internal-communication",
        "group": "checklist",
        "severity": "error",
        "chapter": "6, 6.1",
        "title": {
            "en": "Internal communication: channels, frequency, open to all actors",
            "de": "Interne Kommunikation: Kanäle, Frequenz, offen für alle Akteure",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL17": {
        "name": "external-communication",
        "group": "checklist",
        "severity": "error",
        "chapter": "6, 6.2",
        "title": {
            "en": "Several kinds of external communication, overseen by management",
            "de": "Mehrere Arten externer Kommunikation, vom Management überwacht",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL18": {
        "name": "monitoring-indicators",
        "group": "checklist",
        "severity": "error",
        "chapter": "7",
        "title": {
            "en": "Monitoring with measurable indicators and a regular review",
            "de": "Monitoring mit messbaren Indikatoren und regelmäßiger Prüfung",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CL19": {
        "name": "concept-complete",
        "group": "checklist",
        "severity": "error",
        "chapter": "8",
        "title": {
            "en": "All ten sections of the internationalisation concept complete",
            "de": "Alle zehn Abschnitte des Internationalisierungskonzepts vollständig",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS01": {
        "name": "concept-summary",
        "group": "section",
        "severity": "error",
        "chapter": "8",
        "title": {
            "en": "Short, precise summary of the strategy",
            "de": "Kurze, präzise Darstellung der Strategie",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS02": {
        "name": "financing-plan",
        "group": "section",
        "severity": "error",
        "chapter": "8, 3.2",
        "title": {
            "en": "Financing plan with amounts and periods",
            "de": "Finanzierungsplan mit Beträgen und Laufzeiten",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS03": {
        "name": "cluster-vision",
        "group": "section",
        "severity": "error",
        "chapter": "8",
        "title": {
            "en": "The cluster's vision: what it offers the world",
            "de": "Vision des Clusters: was es der Welt zu bieten hat",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS04": {
        "name": "target-groups",
        "group": "section",
        "severity": "error",
        "chapter": "8",
        "title": {
            "en": "Target groups of the strategy",
            "de": "Zielgruppen der Strategie",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS05": {
        "name": "partner-candidates",
        "group": "section",
        "severity": "error",
        "chapter": "8, 4",
        "title": {
            "en": "Possible international partners with country or region",
            "de": "Mögliche internationale Partner mit Land oder Region",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS06": {
        "name": "joint-projects",
        "group": "section",
        "severity": "error",
        "chapter": "8, 5",
        "title": {
            "en": "Possible projects with the international partners",
            "de": "Mögliche Projekte mit den internationalen Partnern",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS07": {
        "name": "limits-and-priorities",
        "group": "section",
        "severity": "error",
        "chapter": "8",
        "title": {
            "en": "Limits and priorities of the strategy",
            "de": "Grenzen und Prioritäten der Strategie",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS08": {
        "name": "work-plan",
        "group": "section",
        "severity": "error",
        "chapter": "8",
        "title": {
            "en": "Concrete time and work plan with goals",
            "de": "Konkreter Zeit- und Arbeitsplan mit Zielen",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS09": {
        "name": "communication-section",
        "group": "section",
        "severity": "error",
        "chapter": "8, 6",
        "title": {
            "en": "Communication section",
            "de": "Abschnitt Kommunikation",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CS10": {
        "name": "monitoring-section",
        "group": "section",
        "severity": "error",
        "chapter": "8, 7",
        "title": {
            "en": "Indicators for monitoring",
            "de": "Indikatoren für das Monitoring",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "YA01": {
        "name": "yaml-syntax",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "The file is not valid YAML",
            "de": "Die Datei ist kein gültiges YAML",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "YA02": {
        "name": "duplicate-key",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "A key appears twice in the same mapping",
            "de": "Ein Schlüssel kommt im selben Mapping doppelt vor",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "YA03": {
        "name": "invalid-scalar",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "A value cannot be read (impossible date, oversized number)",
            "de": "Ein Wert ist nicht lesbar (unmögliches Datum, zu große Zahl)",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "YA04": {
        "name": "unsupported-tag",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "A YAML tag that intstrat does not accept",
            "de": "Ein YAML-Tag, das intstrat nicht akzeptiert",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "YA05": {
        "name": "resource-limit",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "The file exceeds a safety limit (aliases, nesting depth)",
            "de": "Die Datei überschreitet ein Sicherheitslimit (Aliase, Verschachtelung)",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "YA06": {
        "name": "encoding",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "The file is not UTF-8 or UTF-16 text",
            "de": "Die Datei ist kein UTF-8- oder UTF-16-Text",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "SC01": {
        "name": "schema-type",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "A value has the wrong type or an invalid value",
            "de": "Ein Wert hat den falschen Typ oder ist ungültig",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "SC02": {
        "name": "unknown-key",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "A key that the format does not know",
            "de": "Ein Schlüssel, den das Format nicht kennt",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "SC03": {
        "name": "missing-key",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "A required key is missing",
            "de": "Ein Pflichtschlüssel fehlt",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "SC04": {
        "name": "format-version",
        "group": "structure",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "Missing or unsupported format version",
            "de": "Formatversion fehlt oder wird nicht unterstützt",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CO01": {
        "name": "date-order",
        "group": "consistency",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "A start date lies after its end date",
            "de": "Ein Startdatum liegt nach dem Enddatum",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CO02": {
        "name": "outside-period",
        "group": "consistency",
        "severity": "warning",
        "chapter": "",
        "title": {
            "en": "A date lies outside the strategy period",
            "de": "Ein Datum liegt außerhalb des Strategiezeitraums",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CO03": {
        "name": "unknown-reference",
        "group": "consistency",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "A reference to an id that is not defined",
            "de": "Ein Verweis auf eine nicht definierte ID",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CO04": {
        "name": "placeholder",
        "group": "consistency",
        "severity": "warning",
        "chapter": "",
        "title": {
            "en": "Placeholder text instead of content",
            "de": "Platzhaltertext statt Inhalt",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CO05": {
        "name": "duplicate-id",
        "group": "consistency",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "The same id is used twice in one list",
            "de": "Dieselbe ID kommt in einer Liste doppelt vor",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
    "CO06": {
        "name": "score-out-of-scale",
        "group": "consistency",
        "severity": "error",
        "chapter": "",
        "title": {
            "en": "A score lies outside the scoring scale",
            "de": "Eine Bewertung liegt außerhalb der Bewertungsskala",
        },
        "explanation": {
            "en": "",
            "de": "",
        },
        "fix": {
            "en": "",
            "de": "",
        },
        "example": {
            "en": "\n",
            "de": "\n",
        },
    },
}
