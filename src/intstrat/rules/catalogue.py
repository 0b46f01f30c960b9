"""The rule catalogue: names, guide chapters, severities and bilingual texts of every rule."""

from __future__ import annotations

# Pure data on purpose: the predicates live in the rule modules, the words a user reads live here,
# so every reporter and the rendered documentation show the same text. Chapters refer to the 2018
# guide "Leitfaden zur Entwicklung einer Internationalisierungsstrategie für Cluster und Netzwerke".
# Each example is a snippet in the strategy format that satisfies its rule.

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
            "en": (
                "Before the cluster management designs any measure, it should learn what the "
                "members themselves expect from going international. Member assemblies, phone "
                "campaigns and surveys are the usual ways, and they draw the members into the "
                "process at the same time. intstrat passes this point when "
                "`needs_assessment.methods` lists at least one method dated no later than the "
                "kick-off (`measures.kickoff.date`, or `funding.start` if no kick-off is "
                "planned) and `needs_assessment.findings` records at least one result."
            ),
            "de": (
                "Bevor das Clustermanagement Maßnahmen entwirft, sollte es wissen, was sich "
                "die Mitglieder selbst von der Internationalisierung erwarten. Üblich sind "
                "Mitgliederversammlung, Telefonkampagne oder Umfrage; sie binden die "
                "Mitglieder zugleich in den Prozess ein. intstrat wertet den Punkt als "
                "erfüllt, wenn `needs_assessment.methods` mindestens eine Methode enthält, "
                "deren Datum nicht nach dem Kick-off liegt (`measures.kickoff.date`, ohne "
                "geplanten Kick-off `funding.start`), und `needs_assessment.findings` "
                "mindestens ein Ergebnis festhält."
            ),
        },
        "fix": {
            "en": (
                "List the method you used under `needs_assessment.methods` with `method` and "
                "`date`, and write down what it showed under `needs_assessment.findings`."
            ),
            "de": (
                "Tragen Sie die eingesetzte Methode mit `method` und `date` unter "
                "`needs_assessment.methods` ein und halten Sie die Ergebnisse unter "
                "`needs_assessment.findings` fest."
            ),
        },
        "example": {
            "en": (
                "needs_assessment:\n"
                "  methods:\n"
                "    - method: survey\n"
                "      date: 2019-01-15\n"
                "      participants: 48\n"
                "      description: Online survey of all member companies and institutes.\n"
                "    - method: phone_campaign\n"
                "      date: 2019-02-04\n"
                "      participants: 20\n"
                "  findings:\n"
                "    - SMEs want support for entering the Nordic markets.\n"
                "    - Universities ask for joint summer schools with partner regions.\n"
                "measures:\n"
                "  kickoff:\n"
                "    date: 2019-03-20\n"
            ),
            "de": (
                "needs_assessment:\n"
                "  methods:\n"
                "    - method: survey\n"
                "      date: 2019-01-15\n"
                "      participants: 48\n"
                "      description: Online-Umfrage unter allen Mitgliedsunternehmen und "
                "Instituten.\n"
                "    - method: phone_campaign\n"
                "      date: 2019-02-04\n"
                "      participants: 20\n"
                "  findings:\n"
                "    - KMU wünschen Unterstützung beim Eintritt in die nordischen Märkte.\n"
                "    - Hochschulen regen gemeinsame Summer Schools mit Partnerregionen an.\n"
                "measures:\n"
                "  kickoff:\n"
                "    date: 2019-03-20\n"
            ),
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
            "en": (
                "The kick-off decides how engaged and motivated the cluster's actors will be, "
                "so the guide wants it held as early as possible, open to the staff of every "
                "member, to inform them about the planned strategy and invite them to take "
                "part. intstrat checks that `measures.kickoff.date` is not before "
                "`funding.start` and at most six calendar months after it, and that "
                "`measures.kickoff.open_to_all_actors` is `true`."
            ),
            "de": (
                "Beim Kick-off entscheidet sich, wie engagiert und motiviert sich die Akteure "
                "des Clusters einbringen. Der Leitfaden empfiehlt ihn daher so früh wie "
                "möglich und offen für die Beschäftigten aller Mitglieder, um über die "
                "geplante Strategie zu informieren und zur Mitwirkung einzuladen. intstrat "
                "prüft, dass `measures.kickoff.date` nicht vor `funding.start` und höchstens "
                "sechs Kalendermonate danach liegt und dass "
                "`measures.kickoff.open_to_all_actors` auf `true` steht."
            ),
        },
        "fix": {
            "en": (
                "Set `measures.kickoff.date` to a day in the first six months of the funding, "
                "set `open_to_all_actors: true` and describe who is invited under `audience`."
            ),
            "de": (
                "Legen Sie `measures.kickoff.date` in die ersten sechs Monate der Förderung, "
                "setzen Sie `open_to_all_actors: true` und beschreiben Sie unter `audience`, "
                "wer eingeladen ist."
            ),
        },
        "example": {
            "en": (
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "measures:\n"
                "  kickoff:\n"
                "    date: 2019-03-20\n"
                "    open_to_all_actors: true\n"
                "    audience: Staff of all member companies, universities and institutes\n"
                "    participants: 120\n"
                "    description: Presents the planned strategy and forms the first working "
                "groups.\n"
            ),
            "de": (
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "measures:\n"
                "  kickoff:\n"
                "    date: 2019-03-20\n"
                "    open_to_all_actors: true\n"
                "    audience: Beschäftigte aller Mitgliedsunternehmen, Hochschulen und Institute\n"
                "    participants: 120\n"
                "    description: Stellt die geplante Strategie vor und bildet erste "
                "Arbeitsgruppen.\n"
            ),
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
            "en": (
                "International projects still need money once the public funding has ended, "
                "and the guide asks for this to be settled early, including flanking measures "
                "such as trade fairs and congresses; drawing on several sources spreads the "
                "risk. intstrat requires at least two entries in `financing.sources`, at least "
                "one of them ending after `funding.end` (or a description in "
                "`financing.after_funding`), and flanking measures that are paid for: a source "
                "whose `covers` lists `flanking_measures`, or text in "
                "`financing.flanking_measures`."
            ),
            "de": (
                "Internationale Projekte brauchen auch nach dem Ende der öffentlichen "
                "Förderung Geld. Der Leitfaden rät, das früh zu klären und dabei flankierende "
                "Maßnahmen wie Messen und Kongresse einzuplanen; mehrere Quellen verteilen das "
                "Risiko. intstrat verlangt mindestens zwei Einträge in `financing.sources`, "
                "von denen mindestens einer nach `funding.end` endet (oder eine Beschreibung "
                "in `financing.after_funding`), und eine Finanzierung der flankierenden "
                "Maßnahmen: eine Quelle, deren `covers` `flanking_measures` enthält, oder Text "
                "in `financing.flanking_measures`."
            ),
        },
        "fix": {
            "en": (
                "List at least two sources under `financing.sources` with their `end` dates "
                "and let one run past `funding.end` or describe the follow-up financing in "
                "`after_funding`. Add `flanking_measures` to a source's `covers`, or explain "
                "in `financing.flanking_measures` how fairs and congresses are paid."
            ),
            "de": (
                "Führen Sie unter `financing.sources` mindestens zwei Quellen mit `end` auf "
                "und lassen Sie eine über `funding.end` hinauslaufen oder beschreiben Sie die "
                "Anschlussfinanzierung unter `after_funding`. Ergänzen Sie `flanking_measures` "
                "in `covers` einer Quelle oder erläutern Sie unter "
                "`financing.flanking_measures`, wie Messen und Kongresse bezahlt werden."
            ),
        },
        "example": {
            "en": (
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "financing:\n"
                "  sources:\n"
                "    - id: federal\n"
                "      name: Federal funding programme\n"
                "      kind: public_funding\n"
                "      amount_eur: 4000000\n"
                "      start: 2019-01-01\n"
                "      end: 2021-12-31\n"
                "      covers: [projects, management]\n"
                "    - id: fees\n"
                "      name: International membership fee\n"
                "      kind: membership_fees\n"
                "      amount_eur: 150000\n"
                "      start: 2020-01-01\n"
                "      end: 2024-12-31\n"
                "      covers: [flanking_measures, services]\n"
                "  after_funding: A joint innovation fund with the partner clusters from 2022.\n"
            ),
            "de": (
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "financing:\n"
                "  sources:\n"
                "    - id: bund\n"
                "      name: Förderprogramm des Bundes\n"
                "      kind: public_funding\n"
                "      amount_eur: 4000000\n"
                "      start: 2019-01-01\n"
                "      end: 2021-12-31\n"
                "      covers: [projects, management]\n"
                "    - id: beitraege\n"
                "      name: Mitgliedsbeitrag International\n"
                "      kind: membership_fees\n"
                "      amount_eur: 150000\n"
                "      start: 2020-01-01\n"
                "      end: 2024-12-31\n"
                "      covers: [flanking_measures, services]\n"
                "  after_funding: Ab 2022 ein gemeinsamer Innovationsfonds mit den "
                "Partnerclustern.\n"
            ),
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
            "en": (
                "To put the strategy on a solid footing, the guide recommends analyses and "
                "studies early on, done in-house or by external experts, with three focuses: "
                "the own cluster (SWOT, needs or competence analysis), the partner clusters "
                "(actor analysis, market analysis, legal studies of target countries) and the "
                "sector's market (competitive intelligence, benchmarks, market study). "
                "intstrat requires `measures.analyses` to hold at least one analysis for each "
                "`focus` (`own_cluster`, `partner_cluster`, `sector_market`), and each "
                "analysis to name its `kind` and who it is `performed_by`."
            ),
            "de": (
                "Damit die Strategie auf festem Grund steht, empfiehlt der Leitfaden frühe "
                "Analysen und Studien, intern oder durch externe Fachleute, mit drei "
                "Schwerpunkten: das eigene Cluster (SWOT-, Bedarfs- oder Kompetenzanalyse), "
                "die Partnercluster (Akteursanalyse, Marktanalyse, Studien zum Recht der "
                "Zielländer) und der Markt der Branche (Competitive Intelligence, Benchmarks, "
                "Marktstudie). intstrat verlangt in `measures.analyses` mindestens eine "
                "Analyse je `focus` (`own_cluster`, `partner_cluster`, `sector_market`), und "
                "jede Analyse nennt ihre Art (`kind`) und wer sie durchführt (`performed_by`)."
            ),
        },
        "fix": {
            "en": (
                "Add an entry to `measures.analyses` for every missing `focus` and fill in "
                "`kind` and `performed_by`; mark work by external experts with `external: "
                "true`."
            ),
            "de": (
                "Ergänzen Sie `measures.analyses` um einen Eintrag für jeden fehlenden `focus` "
                "und füllen Sie `kind` und `performed_by` aus; Arbeiten externer Fachleute "
                "kennzeichnen Sie mit `external: true`."
            ),
        },
        "example": {
            "en": (
                "measures:\n"
                "  analyses:\n"
                "    - id: swot-own\n"
                "      title: SWOT analysis of the cluster\n"
                "      focus: own_cluster\n"
                "      kind: SWOT\n"
                "      performed_by: Cluster office\n"
                "      status: done\n"
                "    - id: partner-actors\n"
                "      title: Actor analysis of the Nordic partner region\n"
                "      focus: partner_cluster\n"
                "      kind: actor analysis\n"
                "      performed_by: University of Oslo (master's thesis)\n"
                "      external: true\n"
                "    - id: market-study\n"
                "      title: Market study on hydrogen storage\n"
                "      focus: sector_market\n"
                "      kind: market study\n"
                "      performed_by: External consultancy\n"
                "      external: true\n"
                "      status: planned\n"
            ),
            "de": (
                "measures:\n"
                "  analyses:\n"
                "    - id: swot-eigen\n"
                "      title: SWOT-Analyse des Clusters\n"
                "      focus: own_cluster\n"
                "      kind: SWOT-Analyse\n"
                "      performed_by: Geschäftsstelle des Clusters\n"
                "      status: done\n"
                "    - id: partner-akteure\n"
                "      title: Akteursanalyse der nordischen Partnerregion\n"
                "      focus: partner_cluster\n"
                "      kind: Akteursanalyse\n"
                "      performed_by: Universität Oslo (Masterarbeit)\n"
                "      external: true\n"
                "    - id: marktstudie\n"
                "      title: Marktstudie Wasserstoffspeicher\n"
                "      focus: sector_market\n"
                "      kind: Marktstudie\n"
                "      performed_by: Externe Beratung\n"
                "      external: true\n"
                "      status: planned\n"
            ),
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
            "en": (
                "The guide counts the management structure among the main success factors: the "
                "strategy needs ongoing strategic control by teams that mix disciplines and "
                "hierarchy levels, with task forces for the projects and a body across "
                "projects that reviews, evaluates and advises. intstrat requires in "
                "`measures.steering_bodies` at least one body with `level: project` and at "
                "least one with `level: cross_project`; every body lists at least two kinds of "
                "`members` and at least two `hierarchy_levels`."
            ),
            "de": (
                "Der Leitfaden zählt die Managementstruktur zu den wichtigsten "
                "Erfolgsfaktoren: Die Strategie braucht eine laufende strategische Steuerung "
                "durch Teams, die Disziplinen und Hierarchieebenen mischen, mit Task Forces "
                "für die Projekte und einem projektübergreifenden Gremium, das prüft, bewertet "
                "und Empfehlungen gibt. intstrat verlangt in `measures.steering_bodies` "
                "mindestens ein Gremium mit `level: project` und mindestens eines mit `level: "
                "cross_project`; jedes Gremium nennt mindestens zwei Arten von Mitgliedern "
                "(`members`) und mindestens zwei Hierarchieebenen (`hierarchy_levels`)."
            ),
        },
        "fix": {
            "en": (
                "Describe a project-level task force and a cross-project committee under "
                "`measures.steering_bodies`, each with at least two kinds of `members` (e.g. "
                "`sme`, `university`) and two `hierarchy_levels` (e.g. `management`, "
                "`operational`)."
            ),
            "de": (
                "Beschreiben Sie unter `measures.steering_bodies` eine Task Force auf "
                "Projektebene und ein projektübergreifendes Gremium, jeweils mit mindestens "
                "zwei Arten von `members` (z. B. `sme`, `university`) und zwei "
                "`hierarchy_levels` (z. B. `management`, `operational`)."
            ),
        },
        "example": {
            "en": (
                "measures:\n"
                "  steering_bodies:\n"
                "    - id: taskforce-nordic\n"
                "      name: Task force Nordic projects\n"
                "      level: project\n"
                "      members: [sme, university, cluster_management]\n"
                "      hierarchy_levels: [management, operational]\n"
                "      meets: monthly\n"
                "    - id: steering-committee\n"
                "      name: International steering committee\n"
                "      level: cross_project\n"
                "      members: [large_company, research_institute, partner, cluster_management]\n"
                "      hierarchy_levels: [executive, management]\n"
                "      meets: quarterly\n"
                "      tasks: Reviews progress and gives recommendations to the board.\n"
            ),
            "de": (
                "measures:\n"
                "  steering_bodies:\n"
                "    - id: taskforce-nord\n"
                "      name: Task Force Nordische Projekte\n"
                "      level: project\n"
                "      members: [sme, university, cluster_management]\n"
                "      hierarchy_levels: [Bereichsleitung, operative Ebene]\n"
                "      meets: monatlich\n"
                "    - id: lenkungskreis\n"
                "      name: Internationaler Lenkungskreis\n"
                "      level: cross_project\n"
                "      members: [large_company, research_institute, partner, cluster_management]\n"
                "      hierarchy_levels: [Geschäftsführung, Bereichsleitung]\n"
                "      meets: quartalsweise\n"
                "      tasks: Prüft den Fortschritt und gibt dem Vorstand Empfehlungen.\n"
            ),
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
            "en": (
                "What the cluster learns before and during the projects should be stored where "
                "members and later projects can find it: an international overview of the "
                "sector, a database of potential partners, a funding database or a competence "
                "map, ideally tied to the cluster's website. Such a store is only useful while "
                "someone keeps it current, so intstrat requires `measures.databases` to list "
                "at least one database or platform, and each entry to name who it is "
                "`maintained_by`."
            ),
            "de": (
                "Was das Cluster vor und während der Projekte erfährt, sollte dort abgelegt "
                "werden, wo Mitglieder und spätere Projekte es finden: eine internationale "
                "Übersicht der Branche, eine Datenbank möglicher Partner, eine "
                "Fördermitteldatenbank oder eine Kompetenzlandkarte, am besten an die Website "
                "des Clusters angebunden. Nützlich bleibt sie nur, solange jemand sie aktuell "
                "hält; intstrat verlangt daher in `measures.databases` mindestens eine "
                "Datenbank oder Plattform, und jeder Eintrag nennt unter `maintained_by`, wer "
                "sie pflegt."
            ),
        },
        "fix": {
            "en": (
                "Add the database or platform under `measures.databases` with its `kind` and "
                "the person or team in `maintained_by`; a `url` helps readers find it."
            ),
            "de": (
                "Tragen Sie die Datenbank oder Plattform unter `measures.databases` mit `kind` "
                "ein und nennen Sie unter `maintained_by` die verantwortliche Person oder "
                "Stelle; eine `url` hilft beim Auffinden."
            ),
        },
        "example": {
            "en": (
                "measures:\n"
                "  databases:\n"
                "    - id: partner-db\n"
                "      name: Partner database\n"
                "      kind: partner_database\n"
                "      maintained_by: Cluster office, international desk\n"
                "      url: https://example.org/partners\n"
                "      description: Profiles of potential partner clusters with their needs "
                "and funding options.\n"
            ),
            "de": (
                "measures:\n"
                "  databases:\n"
                "    - id: partner-db\n"
                "      name: Partnerdatenbank\n"
                "      kind: partner_database\n"
                "      maintained_by: Geschäftsstelle, Referat Internationales\n"
                "      url: https://example.org/partner\n"
                "      description: Profile möglicher Partnercluster mit Bedarfen und "
                "Fördermöglichkeiten.\n"
            ),
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
            "en": (
                "Besides the kick-off, the guide expects a range of new formats such as "
                "workshops, seminars and focus days: some thematic and informative (target "
                "regions, intercultural skills, IP in a target country), others strategic, "
                "organisational and practical, and aimed at different groups such as cluster "
                "actors, end users, actors in the target regions and project participants. "
                "intstrat requires `measures.workshops` to include both kinds, "
                "`thematic_informative` and `strategic_organisational`, and at least two "
                "distinct values across all `target_groups`."
            ),
            "de": (
                "Neben dem Kick-off erwartet der Leitfaden eine Reihe neuer Formate wie "
                "Workshops, Seminare und Schwerpunkttage: thematisch-informative "
                "(Zielregionen, interkulturelle Kompetenz, IP im Zielland) ebenso wie "
                "strategisch-organisatorisch-praktische, und zwar für verschiedene "
                "Zielgruppen, etwa Clusterakteure, Endanwender, Akteure in den Zielregionen "
                "und Projektbeteiligte. intstrat verlangt, dass `measures.workshops` beide "
                "Arten enthält, `thematic_informative` und `strategic_organisational`, und "
                "dass über alle `target_groups` mindestens zwei verschiedene Zielgruppen "
                "vorkommen."
            ),
        },
        "fix": {
            "en": (
                "Add workshops of the missing `kind` under `measures.workshops` and name whom "
                "each one addresses in `target_groups`."
            ),
            "de": (
                "Ergänzen Sie unter `measures.workshops` Workshops der fehlenden Art (`kind`) "
                "und nennen Sie unter `target_groups`, an wen sie sich richten."
            ),
        },
        "example": {
            "en": (
                "measures:\n"
                "  workshops:\n"
                "    - id: ws-norway\n"
                "      title: Doing business in Norway\n"
                "      kind: thematic_informative\n"
                "      target_groups: [cluster_actors, smes]\n"
                "      organised_by: external\n"
                "      frequency: twice a year\n"
                "    - id: ws-roadmap\n"
                "      title: Roadmap workshop with the partner clusters\n"
                "      kind: strategic_organisational\n"
                "      target_groups: [project_participants, target_region_actors]\n"
                "      organised_by: self\n"
                "      date: 2019-06-12\n"
            ),
            "de": (
                "measures:\n"
                "  workshops:\n"
                "    - id: ws-norwegen\n"
                "      title: Geschäfte in Norwegen\n"
                "      kind: thematic_informative\n"
                "      target_groups: [cluster_actors, smes]\n"
                "      organised_by: external\n"
                "      frequency: zweimal jährlich\n"
                "    - id: ws-roadmap\n"
                "      title: Roadmap-Workshop mit den Partnerclustern\n"
                "      kind: strategic_organisational\n"
                "      target_groups: [project_participants, target_region_actors]\n"
                "      organised_by: self\n"
                "      date: 2019-06-12\n"
            ),
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
            "en": (
                "Start-ups and SMEs often cannot take the step abroad on their own, so the "
                "guide asks for offers tailored to them along the whole way: training modules "
                "and mentoring for founders, advice on market entry, funding and consortia for "
                "SMEs, or a toolbox for self-help. intstrat passes when "
                "`measures.startup_sme_services` contains an offer whose `for` lists "
                "`startups` and an offer whose `for` lists `smes`; one offer may serve both."
            ),
            "de": (
                "Start-ups und KMU schaffen den Schritt ins Ausland oft nicht allein. Der "
                "Leitfaden fordert deshalb Angebote, die auf sie zugeschnitten sind und den "
                "ganzen Weg begleiten: Trainingsmodule und Mentoring für Gründungsteams, "
                "Beratung zu Marktzugang, Fördermitteln und Konsortien für KMU oder eine "
                "Toolbox zur Selbsthilfe. intstrat wertet den Punkt als erfüllt, wenn "
                "`measures.startup_sme_services` ein Angebot mit `startups` und eines mit "
                "`smes` unter `for` enthält; ein Angebot darf beide bedienen."
            ),
        },
        "fix": {
            "en": (
                "Describe the offers under `measures.startup_sme_services` and list in `for` "
                "whether they serve `startups`, `smes` or both."
            ),
            "de": (
                "Beschreiben Sie die Angebote unter `measures.startup_sme_services` und geben "
                "Sie unter `for` an, ob sie sich an `startups`, `smes` oder beide richten."
            ),
        },
        "example": {
            "en": (
                "measures:\n"
                "  startup_sme_services:\n"
                "    - id: mentoring\n"
                "      name: International mentoring for founders\n"
                "      for: [startups]\n"
                "      kind: mentoring\n"
                "    - id: market-entry\n"
                "      name: Market entry advice\n"
                "      for: [smes, startups]\n"
                "      kind: advice\n"
                "      description: Individual advice on market access, funding and consortia.\n"
            ),
            "de": (
                "measures:\n"
                "  startup_sme_services:\n"
                "    - id: mentoring\n"
                "      name: Internationales Mentoring für Gründungsteams\n"
                "      for: [startups]\n"
                "      kind: mentoring\n"
                "    - id: markteintritt\n"
                "      name: Markteintrittsberatung\n"
                "      for: [smes, startups]\n"
                "      kind: advice\n"
                "      description: Individuelle Beratung zu Marktzugang, Fördermitteln und "
                "Konsortien.\n"
            ),
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
            "en": (
                "Exchanging staff with partner regions builds cultural and technical "
                "understanding and personal trust, which eases later cooperation; the guide "
                "also asks for international, interdisciplinary and intercultural education of "
                "young talent together with universities, for instance degree programmes, "
                "theses or summer schools. intstrat requires under "
                "`measures.staff_and_education` at least one entry in `staff_programmes` and "
                "at least one in `education_programmes` that names its `university`."
            ),
            "de": (
                "Der Austausch von Beschäftigten mit Partnerregionen stärkt das kulturelle und "
                "technische Verständnis sowie das persönliche Vertrauen und erleichtert so die "
                "spätere Zusammenarbeit. Außerdem empfiehlt der Leitfaden internationale, "
                "interdisziplinäre und interkulturelle Ausbildungsangebote für den Nachwuchs "
                "gemeinsam mit Hochschulen, etwa Studiengänge, Abschlussarbeiten oder Summer "
                "Schools. intstrat verlangt unter `measures.staff_and_education` mindestens "
                "einen Eintrag in `staff_programmes` und mindestens einen in "
                "`education_programmes`, der die `university` nennt."
            ),
        },
        "fix": {
            "en": (
                "Add an exchange or training programme under `staff_programmes` and an "
                "education programme with its cooperating `university` under "
                "`education_programmes`."
            ),
            "de": (
                "Ergänzen Sie unter `staff_programmes` ein Austausch- oder "
                "Weiterbildungsprogramm und unter `education_programmes` ein "
                "Ausbildungsangebot mit der kooperierenden Hochschule (`university`)."
            ),
        },
        "example": {
            "en": (
                "measures:\n"
                "  staff_and_education:\n"
                "    staff_programmes:\n"
                "      - id: exchange\n"
                "        name: Engineer exchange with the partner clusters\n"
                "        kind: exchange\n"
                "        partners: [nordic-h2]\n"
                "    education_programmes:\n"
                "      - id: summer-school\n"
                "        name: Summer school on hydrogen technology\n"
                "        university: TU Dresden\n"
                "        kind: summer_school\n"
            ),
            "de": (
                "measures:\n"
                "  staff_and_education:\n"
                "    staff_programmes:\n"
                "      - id: austausch\n"
                "        name: Ingenieursaustausch mit den Partnerclustern\n"
                "        kind: exchange\n"
                "        partners: [nordic-h2]\n"
                "    education_programmes:\n"
                "      - id: summer-school\n"
                "        name: Summer School Wasserstofftechnik\n"
                "        university: TU Dresden\n"
                "        kind: summer_school\n"
            ),
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
            "en": (
                "Once the participants of the funded projects are chosen, the other actors "
                "should stay involved in the strategy and its activities, for example through "
                "guided interviews or a short questionnaire. Support services beyond workshops "
                "should remain available after the funding ends. intstrat requires at least "
                "one entry in `measures.involvement.instruments` and at least one service in "
                "`measures.involvement.services` whose `until` date lies after `funding.end`."
            ),
            "de": (
                "Auch wenn die Teilnehmer der geförderten Projekte feststehen, sollen die "
                "übrigen Akteure weiter in die Strategie und ihre Aktivitäten eingebunden "
                "bleiben, etwa durch leitfadengestützte Gespräche oder einen kurzen "
                "Fragebogen. Unterstützungsangebote jenseits der Workshops sollen auch nach "
                "dem Förderende bestehen. intstrat verlangt mindestens einen Eintrag in "
                "`measures.involvement.instruments` und mindestens einen Service in "
                "`measures.involvement.services`, dessen `until`-Datum nach `funding.end` "
                "liegt."
            ),
        },
        "fix": {
            "en": (
                "Name your involvement instruments under `measures.involvement.instruments` "
                "and give each service in `measures.involvement.services` an `until` date "
                "after `funding.end`."
            ),
            "de": (
                "Nennen Sie die Instrumente zur Einbindung unter "
                "`measures.involvement.instruments` und geben Sie jedem Service unter "
                "`measures.involvement.services` ein `until`-Datum nach `funding.end`."
            ),
        },
        "example": {
            "en": (
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "measures:\n"
                "  involvement:\n"
                "    instruments:\n"
                "      - name: Guided interviews\n"
                "        description: Talks with a mix of SMEs, large companies and institutes.\n"
                "    services:\n"
                "      - name: Region-specific mentoring circles\n"
                "        description: Experienced members advise newcomers to a target region.\n"
                "        until: 2024-12-31\n"
            ),
            "de": (
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "measures:\n"
                "  involvement:\n"
                "    instruments:\n"
                "      - name: Leitfadengestützte Gespräche\n"
                "        description: Gespräche mit KMU, Großunternehmen und Instituten.\n"
                "    services:\n"
                "      - name: Regionenspezifische Mentorenzirkel\n"
                "        description: Erfahrene Mitglieder beraten Neueinsteiger in einer "
                "Zielregion.\n"
                "        until: 2024-12-31\n"
            ),
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
            "en": (
                "Not only the member companies need new skills: the guide asks that cluster "
                "and project managers be trained too, for instance in managing international "
                "R&D projects and networks, knowledge and innovation management, and IP. "
                "intstrat passes when `measures.management_training` holds at least one offer "
                "whose `audience` includes `cluster_managers` or `project_managers`."
            ),
            "de": (
                "Neue Kompetenzen brauchen nicht nur die Mitgliedsunternehmen: Der Leitfaden "
                "empfiehlt, auch Cluster- und Projektmanager weiterzubilden, etwa im "
                "Management internationaler FuE-Projekte und Netzwerke, im Wissens- und "
                "Innovationsmanagement und zu IP-Fragen. intstrat wertet den Punkt als "
                "erfüllt, wenn `measures.management_training` mindestens ein Angebot enthält, "
                "dessen `audience` `cluster_managers` oder `project_managers` umfasst."
            ),
        },
        "fix": {
            "en": (
                "Add the course or programme under `measures.management_training` with "
                "`cluster_managers` or `project_managers` in `audience`, plus its `topics` and "
                "`provider`."
            ),
            "de": (
                "Tragen Sie die Weiterbildung unter `measures.management_training` ein, mit "
                "`cluster_managers` oder `project_managers` unter `audience` sowie `topics` "
                "und `provider`."
            ),
        },
        "example": {
            "en": (
                "measures:\n"
                "  management_training:\n"
                "    - id: intl-rd\n"
                "      name: Managing international R&D cooperation\n"
                "      audience: [cluster_managers, project_managers]\n"
                "      topics: [IPR, intercultural management]\n"
                "      provider: European cluster academy\n"
                "      date: 2019-09-10\n"
            ),
            "de": (
                "measures:\n"
                "  management_training:\n"
                "    - id: intl-fue\n"
                "      name: Internationale FuE-Kooperationen managen\n"
                "      audience: [cluster_managers, project_managers]\n"
                "      topics: [Schutzrechte, interkulturelles Management]\n"
                "      provider: Europäische Clusterakademie\n"
                "      date: 2019-09-10\n"
            ),
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
            "en": (
                "Partners should be chosen in a stringent and transparent way, on a criteria "
                "catalogue that can be extended and reused for later international projects. "
                "The guide groups possible criteria into the partner in general, structure, "
                "management, sector, country or region, framework conditions and "
                "complementarity. intstrat requires a described `partner_selection.process`, "
                "at least two `criteria` each with a `weight`, and at least one candidate that "
                "has a score for every criterion. Every candidate with `status: selected` must "
                "be scored on every criterion."
            ),
            "de": (
                "Partner sollen stringent und nachvollziehbar ausgewählt werden, gestützt auf "
                "einen Kriterienkatalog, der sich erweitern und für spätere internationale "
                "Projekte wiederverwenden lässt. Der Leitfaden ordnet mögliche Kriterien nach "
                "Partner allgemein, Struktur, Management, Branche, Land oder Region, "
                "Rahmenbedingungen und Komplementarität. intstrat verlangt eine Beschreibung "
                "des Verfahrens in `partner_selection.process`, mindestens zwei `criteria` mit "
                "je einem Gewicht (`weight`) und mindestens einen Kandidaten, der für jedes "
                "Kriterium eine Bewertung hat. Jeder Kandidat mit `status: selected` muss nach "
                "allen Kriterien bewertet sein."
            ),
        },
        "fix": {
            "en": (
                "Describe the procedure in `partner_selection.process`, define weighted "
                "`criteria` and add `scores` for the candidates, one value per criterion id in "
                "`values`."
            ),
            "de": (
                "Beschreiben Sie das Vorgehen unter `partner_selection.process`, legen Sie "
                "gewichtete `criteria` an und ergänzen Sie `scores` für die Kandidaten, je "
                "Kriterium ein Wert unter `values`."
            ),
        },
        "example": {
            "en": (
                "partner_selection:\n"
                "  process: Desk research and matchmaking at fairs; members decide at an "
                "information event.\n"
                "  decided_by: Steering committee\n"
                "  scale: {min: 0, max: 5, step: 1}\n"
                "  criteria:\n"
                "    - id: interest\n"
                "      name: Interest in cooperation\n"
                "      group: general\n"
                "      weight: 3\n"
                "    - id: complement\n"
                "      name: Complementary competences\n"
                "      group: complementarity\n"
                "      weight: 2\n"
                "  raters:\n"
                "    - id: r1\n"
                "      name: Anna Berg\n"
                "      organisation: Cluster office\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "      status: candidate\n"
                "      scores:\n"
                "        - rater: r1\n"
                "          values: {interest: 5, complement: 4}\n"
            ),
            "de": (
                "partner_selection:\n"
                "  process: Recherche und Matchmaking auf Messen; die Mitglieder entscheiden "
                "bei einer Infoveranstaltung.\n"
                "  decided_by: Lenkungskreis\n"
                "  scale: {min: 0, max: 5, step: 1}\n"
                "  criteria:\n"
                "    - id: interesse\n"
                "      name: Interesse an Kooperation\n"
                "      group: general\n"
                "      weight: 3\n"
                "    - id: ergaenzung\n"
                "      name: Komplementäre Kompetenzen\n"
                "      group: complementarity\n"
                "      weight: 2\n"
                "  raters:\n"
                "    - id: r1\n"
                "      name: Anna Berg\n"
                "      organisation: Geschäftsstelle\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "      status: candidate\n"
                "      scores:\n"
                "        - rater: r1\n"
                "          values: {interesse: 5, ergaenzung: 4}\n"
            ),
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
            "en": (
                "Once partners are chosen, the guide advises laying the ground for the "
                "cooperation in a paper negotiated and accepted by both sides, settling topics "
                "such as data protection, financial participation, rules of cooperation, how "
                "often and how to communicate, and the contact persons. intstrat requires at "
                "least one candidate with `status: selected`, and for each of them an entry in "
                "`partner_selection.agreements` with `accepted_by_both: true` whose `covers` "
                "lists at least three topics."
            ),
            "de": (
                "Sind die Partner ausgewählt, rät der Leitfaden, die Grundlagen der "
                "Zusammenarbeit schriftlich festzuhalten, in einem Papier, das beide Seiten "
                "gemeinsam aushandeln und annehmen, etwa zu Datenschutz, finanzieller "
                "Beteiligung, Kooperationsregeln, Häufigkeit und Art der Kommunikation sowie "
                "Ansprechpartnern. intstrat verlangt mindestens einen Kandidaten mit `status: "
                "selected` und für jeden von ihnen einen Eintrag in "
                "`partner_selection.agreements` mit `accepted_by_both: true`, dessen `covers` "
                "mindestens drei Themen nennt."
            ),
        },
        "fix": {
            "en": (
                "Mark the chosen partners with `status: selected`; for each add an entry under "
                "`partner_selection.agreements` with `partner` set to its candidate id, "
                "`accepted_by_both: true` and at least three `covers` topics."
            ),
            "de": (
                "Kennzeichnen Sie die gewählten Partner mit `status: selected` und legen Sie "
                "für jeden unter `partner_selection.agreements` einen Eintrag an, mit seiner "
                "Kandidaten-ID unter `partner`, `accepted_by_both: true` und mindestens drei "
                "Themen unter `covers`."
            ),
        },
        "example": {
            "en": (
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "      status: selected\n"
                "  agreements:\n"
                "    - partner: nordic-h2\n"
                "      title: Memorandum of understanding\n"
                "      signed: 2019-07-01\n"
                "      accepted_by_both: true\n"
                "      covers: [data_protection, financial_participation, communication, "
                "contacts]\n"
            ),
            "de": (
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "      status: selected\n"
                "  agreements:\n"
                "    - partner: nordic-h2\n"
                "      title: Absichtserklärung zur Zusammenarbeit\n"
                "      signed: 2019-07-01\n"
                "      accepted_by_both: true\n"
                "      covers: [data_protection, financial_participation, communication, "
                "contacts]\n"
            ),
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
            "en": (
                "A fair selection that every side accepts needs a clear procedure, a body that "
                "decides (for example a steering circle or the board of trustees) and a "
                "criteria catalogue. The guide names three groups of criteria: topic, goals "
                "and resources; financing; fit with funding policy. Conflicts of interest are "
                "to be ruled out before projects are rated. intstrat requires "
                "`project_selection.process` and `selected_by`, weighted criteria covering all "
                "three `group` values `topic_goals_resources`, `financing` and "
                "`funding_policy`, and a `conflicts_of_interest` list, which may be empty when "
                "there are none; selected, running and completed projects must be scored on "
                "every criterion."
            ),
            "de": (
                "Eine faire Auswahl, die alle Seiten mittragen, braucht ein klares Verfahren, "
                "ein entscheidendes Gremium (etwa einen Steuerungskreis oder das Kuratorium) "
                "und einen Kriterienkatalog. Der Leitfaden nennt drei Gruppen von Kriterien: "
                "Thema, Ziele und Ressourcen; Finanzierung; förderpolitische Einordnung. "
                "Interessenkonflikte sind vor der Bewertung auszuschließen. intstrat verlangt "
                "`project_selection.process` und `selected_by`, gewichtete Kriterien aus allen "
                "drei Gruppen (`group`) `topic_goals_resources`, `financing` und "
                "`funding_policy` sowie eine Liste `conflicts_of_interest`, die leer sein "
                "darf, wenn keine bestehen; ausgewählte, laufende und abgeschlossene Projekte "
                "müssen nach allen Kriterien bewertet sein."
            ),
        },
        "fix": {
            "en": (
                "Fill in `project_selection.process` and `selected_by`, add at least one "
                "criterion per `group`, and record conflicts of interest under "
                "`conflicts_of_interest` (write `[]` if there are none)."
            ),
            "de": (
                "Füllen Sie `project_selection.process` und `selected_by` aus, legen Sie je "
                "`group` mindestens ein Kriterium an und halten Sie Interessenkonflikte unter "
                "`conflicts_of_interest` fest (`[]`, wenn es keine gibt)."
            ),
        },
        "example": {
            "en": (
                "project_selection:\n"
                "  process: Call for proposals to all members; proposals are rated on the "
                "online platform.\n"
                "  selected_by: Steering committee\n"
                "  scale: {min: 0, max: 5, step: 1}\n"
                "  criteria:\n"
                "    - id: strategic-fit\n"
                "      name: Fit with the cluster's strategic goals\n"
                "      group: topic_goals_resources\n"
                "      weight: 3\n"
                "    - id: budget\n"
                "      name: Financial feasibility\n"
                "      group: financing\n"
                "      weight: 2\n"
                "    - id: policy\n"
                "      name: Fit with national funding policy\n"
                "      group: funding_policy\n"
                "      weight: 1\n"
                "  conflicts_of_interest: []\n"
            ),
            "de": (
                "project_selection:\n"
                "  process: Aufruf an alle Mitglieder; die Vorschläge werden auf der "
                "Online-Plattform bewertet.\n"
                "  selected_by: Lenkungskreis\n"
                "  scale: {min: 0, max: 5, step: 1}\n"
                "  criteria:\n"
                "    - id: strategie\n"
                "      name: Bezug zu den strategischen Zielen des Clusters\n"
                "      group: topic_goals_resources\n"
                "      weight: 3\n"
                "    - id: budget\n"
                "      name: Finanzielle Machbarkeit\n"
                "      group: financing\n"
                "      weight: 2\n"
                "    - id: foerderpolitik\n"
                "      name: Förderpolitische Einordnung\n"
                "      group: funding_policy\n"
                "      weight: 1\n"
                "  conflicts_of_interest: []\n"
            ),
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
            "en": (
                "Intellectual property has to be secured legally before any project begins, "
                "preferably with legal experts who know the target region. The guide names "
                "four parts every arrangement needs: dissemination and use, access rights and "
                "licences; liability, indemnity and confidentiality; internal organisation and "
                "reporting; dispute resolution. intstrat requires all four texts under "
                "`project_selection.ip_rules` and an `agreed` date on or before the earliest "
                "`start` in `project_selection.projects`."
            ),
            "de": (
                "Das geistige Eigentum muss rechtlich abgesichert sein, bevor ein Projekt "
                "beginnt, am besten mit Rechtsfachleuten, die die Zielregion kennen. Der "
                "Leitfaden nennt vier Teile, die jede Regelung enthalten muss: Verbreitung und "
                "Nutzung, Zugangsrechte und Lizenzen; Haftung, Entschädigung und "
                "Vertraulichkeit; interne Organisation und Berichtswesen; Streitbeilegung. "
                "intstrat verlangt alle vier Texte unter `project_selection.ip_rules` und ein "
                "`agreed`-Datum, das nicht nach dem frühesten `start` in "
                "`project_selection.projects` liegt."
            ),
        },
        "fix": {
            "en": (
                "Write the four parts under `project_selection.ip_rules`, name your "
                "`legal_experts`, and set `agreed` to a date no later than the first project's "
                "`start`."
            ),
            "de": (
                "Formulieren Sie die vier Teile unter `project_selection.ip_rules`, nennen Sie "
                "die `legal_experts` und setzen Sie `agreed` auf ein Datum spätestens zum "
                "`start` des ersten Projekts."
            ),
        },
        "example": {
            "en": (
                "project_selection:\n"
                "  ip_rules:\n"
                "    agreed: 2019-09-30\n"
                "    legal_experts: Law firm with an office in Oslo\n"
                "    dissemination_use_access_licences: >-\n"
                "      Results stay with their creators; partners get free access for research.\n"
                "    liability_indemnity_confidentiality: >-\n"
                "      Liability limited to gross negligence; confidentiality for five years.\n"
                "    internal_organisation_reporting: Project leads report quarterly to the "
                "committee.\n"
                "    dispute_resolution: Mediation first, then arbitration in Stockholm.\n"
                "  projects:\n"
                "    - id: h2-storage\n"
                "      title: Joint hydrogen storage pilot\n"
                "      start: 2019-11-01\n"
            ),
            "de": (
                "project_selection:\n"
                "  ip_rules:\n"
                "    agreed: 2019-09-30\n"
                "    legal_experts: Kanzlei mit Büro in Oslo\n"
                "    dissemination_use_access_licences: >-\n"
                "      Ergebnisse gehören ihren Urhebern; Partner erhalten freien Zugang für "
                "die Forschung.\n"
                "    liability_indemnity_confidentiality: >-\n"
                "      Haftung nur bei grober Fahrlässigkeit; Vertraulichkeit für fünf Jahre.\n"
                "    internal_organisation_reporting: Projektleitungen berichten quartalsweise "
                "dem Lenkungskreis.\n"
                "    dispute_resolution: Zuerst Mediation, danach Schiedsverfahren in Stockholm.\n"
                "  projects:\n"
                "    - id: h2-speicher\n"
                "      title: Gemeinsames Pilotprojekt Wasserstoffspeicher\n"
                "      start: 2019-11-01\n"
            ),
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
            "en": (
                "Communication among the international project partners should follow a "
                "structure agreed in advance, designed together with the partners, steered by "
                "the project lead or the cluster management, and open in principle to every "
                "cluster actor; a shared online platform is one way to do this. intstrat "
                "requires at least one entry in `communication.internal`, each with `channel` "
                "and `frequency`, as well as `communication.steered_by`, "
                "`developed_with_partners: true` and `open_to_all_actors: true`."
            ),
            "de": (
                "Die Kommunikation zwischen den internationalen Projektpartnern soll einer "
                "vorab vereinbarten Struktur folgen: gemeinsam mit den Partnern entwickelt, "
                "von der Projektleitung oder dem Clustermanagement gesteuert und grundsätzlich "
                "allen Clusterakteuren offen; eine gemeinsame Online-Plattform ist ein Weg "
                "dorthin. intstrat verlangt mindestens einen Eintrag in "
                "`communication.internal`, jeweils mit `channel` und `frequency`, dazu "
                "`communication.steered_by`, `developed_with_partners: true` und "
                "`open_to_all_actors: true`."
            ),
        },
        "fix": {
            "en": (
                "List each internal channel under `communication.internal` with `channel` and "
                "`frequency`, name who steers it in `communication.steered_by`, and set "
                "`developed_with_partners` and `open_to_all_actors` to `true`."
            ),
            "de": (
                "Führen Sie jeden internen Kanal unter `communication.internal` mit `channel` "
                "und `frequency` auf, nennen Sie unter `communication.steered_by`, wer "
                "steuert, und setzen Sie `developed_with_partners` und `open_to_all_actors` "
                "auf `true`."
            ),
        },
        "example": {
            "en": (
                "communication:\n"
                "  steered_by: Cluster management\n"
                "  developed_with_partners: true\n"
                "  open_to_all_actors: true\n"
                "  internal:\n"
                "    - id: platform\n"
                "      name: Shared project spaces\n"
                "      channel: online platform\n"
                "      frequency: continuous\n"
                "    - id: partner-call\n"
                "      name: Partner video call\n"
                "      channel: video conference\n"
                "      frequency: monthly\n"
            ),
            "de": (
                "communication:\n"
                "  steered_by: Clustermanagement\n"
                "  developed_with_partners: true\n"
                "  open_to_all_actors: true\n"
                "  internal:\n"
                "    - id: plattform\n"
                "      name: Gemeinsame Projekträume\n"
                "      channel: Online-Plattform\n"
                "      frequency: laufend\n"
                "    - id: partner-call\n"
                "      name: Videokonferenz mit den Partnern\n"
                "      channel: Videokonferenz\n"
                "      frequency: monatlich\n"
            ),
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
            "en": (
                "Public relations should accompany the internationalisation from the start, "
                "with the actions set down in a jointly written paper and spread over several "
                "kinds of measures: linked websites, press releases and newsletters, joint "
                "fair appearances, publications. The cluster management watches that the "
                "planned density of communication is kept. intstrat requires at least two "
                "entries in `communication.external` of at least two different `kind`s, each "
                "with `channel` and `frequency`, and `communication.steered_by` naming who "
                "oversees them."
            ),
            "de": (
                "Öffentlichkeitsarbeit soll die Internationalisierung von Anfang an begleiten, "
                "mit Aktionen, die in einem gemeinsam verfassten Papier stehen und sich auf "
                "verschiedene Maßnahmen verteilen: verlinkte Websites, Pressemitteilungen und "
                "Newsletter, gemeinsame Messeauftritte, Publikationen. Das Clustermanagement "
                "achtet darauf, dass die geplante Kommunikationsdichte eingehalten wird. "
                "intstrat verlangt mindestens zwei Einträge in `communication.external` mit "
                "mindestens zwei verschiedenen Arten (`kind`), jeweils mit `channel` und "
                "`frequency`, sowie `communication.steered_by` mit der überwachenden Stelle."
            ),
        },
        "fix": {
            "en": (
                "Add at least two measures of different `kind` under `communication.external`, "
                "each with `channel` and `frequency`, and name the overseeing body in "
                "`communication.steered_by`."
            ),
            "de": (
                "Ergänzen Sie unter `communication.external` mindestens zwei Maßnahmen "
                "verschiedener Art (`kind`), jeweils mit `channel` und `frequency`, und nennen "
                "Sie unter `communication.steered_by` die überwachende Stelle."
            ),
        },
        "example": {
            "en": (
                "communication:\n"
                "  steered_by: Cluster management\n"
                "  external:\n"
                "    - id: newsletter\n"
                "      name: International newsletter\n"
                "      kind: newsletter\n"
                "      channel: e-mail in English and Norwegian\n"
                "      frequency: quarterly\n"
                "    - id: hannover\n"
                "      name: Joint booth at Hannover Messe\n"
                "      kind: fair\n"
                "      channel: trade fair\n"
                "      frequency: yearly\n"
            ),
            "de": (
                "communication:\n"
                "  steered_by: Clustermanagement\n"
                "  external:\n"
                "    - id: newsletter\n"
                "      name: Internationaler Newsletter\n"
                "      kind: newsletter\n"
                "      channel: E-Mail auf Englisch und Norwegisch\n"
                "      frequency: quartalsweise\n"
                "    - id: hannover\n"
                "      name: Gemeinschaftsstand auf der Hannover Messe\n"
                "      kind: fair\n"
                "      channel: Messe\n"
                "      frequency: jährlich\n"
            ),
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
            "en": (
                "Progress should be measurable at any time, so that the strategy can be "
                "corrected early. The guide leaves defining and reviewing the indicators to "
                "the cluster or project management, an external body such as an advisory "
                "board, or both. intstrat requires `monitoring.reviewed_by` and "
                "`monitoring.review_cadence`, at least one entry in `monitoring.indicators`, "
                "and a `unit`, `baseline`, `target` and `due` date for every indicator."
            ),
            "de": (
                "Der Fortschritt soll jederzeit messbar sein, damit die Strategie rechtzeitig "
                "nachgesteuert werden kann. Festlegen und prüfen können die Indikatoren laut "
                "Leitfaden das Cluster- oder Projektmanagement, ein externes Gremium wie ein "
                "Beirat oder beide gemeinsam. intstrat verlangt `monitoring.reviewed_by` und "
                "`monitoring.review_cadence`, mindestens einen Eintrag in "
                "`monitoring.indicators` sowie für jeden Indikator `unit`, `baseline`, "
                "`target` und ein Fälligkeitsdatum `due`."
            ),
        },
        "fix": {
            "en": (
                "Name the reviewers under `monitoring.reviewed_by`, set `review_cadence`, and "
                "give every entry in `monitoring.indicators` a `unit`, `baseline`, `target` "
                "and `due` date."
            ),
            "de": (
                "Nennen Sie unter `monitoring.reviewed_by`, wer prüft, legen Sie "
                "`review_cadence` fest und geben Sie jedem Eintrag in `monitoring.indicators` "
                "`unit`, `baseline`, `target` und `due`."
            ),
        },
        "example": {
            "en": (
                "monitoring:\n"
                "  reviewed_by:\n"
                "    - name: Cluster management\n"
                "      kind: internal\n"
                "    - name: Scientific advisory board\n"
                "      kind: external\n"
                "  review_cadence: quarterly\n"
                "  indicators:\n"
                "    - id: smes-abroad\n"
                "      name: SMEs supported in international activities\n"
                "      unit: companies\n"
                "      baseline: 4\n"
                "      target: 25\n"
                "      due: 2021-12-31\n"
                "      owner: International desk\n"
            ),
            "de": (
                "monitoring:\n"
                "  reviewed_by:\n"
                "    - name: Clustermanagement\n"
                "      kind: internal\n"
                "    - name: Wissenschaftlicher Beirat\n"
                "      kind: external\n"
                "  review_cadence: quartalsweise\n"
                "  indicators:\n"
                "    - id: kmu-ausland\n"
                "      name: Bei internationalen Aktivitäten begleitete KMU\n"
                "      unit: Unternehmen\n"
                "      baseline: 4\n"
                "      target: 25\n"
                "      due: 2021-12-31\n"
                "      owner: Referat Internationales\n"
            ),
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
            "en": (
                "The guide's final step is to write the internationalisation efforts down in a "
                "concrete concept that fits the cluster's overall strategy and is revised "
                "together with the members as things change. intstrat counts this point as met "
                "only when all ten concept sections, CS01 to CS10, pass; the findings of the "
                "failing sections show what is missing."
            ),
            "de": (
                "Am Ende steht im Leitfaden ein konkretes, schriftliches "
                "Internationalisierungskonzept, das zur Gesamtstrategie des Clusters passt und "
                "gemeinsam mit den Mitgliedern fortgeschrieben wird. intstrat wertet diesen "
                "Punkt nur als erfüllt, wenn alle zehn Konzeptabschnitte CS01 bis CS10 "
                "bestehen; die Befunde der nicht bestandenen Abschnitte zeigen, was noch "
                "fehlt."
            ),
        },
        "fix": {
            "en": (
                "Resolve the findings of the failing sections CS01-CS10; most of them ask for "
                "keys under `concept`, `financing`, `partner_selection`, `project_selection`, "
                "`communication` and `monitoring`."
            ),
            "de": (
                "Beheben Sie die Befunde der nicht bestandenen Abschnitte CS01 bis CS10; meist "
                "fehlen Angaben unter `concept`, `financing`, `partner_selection`, "
                "`project_selection`, `communication` oder `monitoring`."
            ),
        },
        "example": {
            "en": (
                "concept:\n"
                "  summary: >-\n"
                "    The cluster links its hydrogen companies with partner clusters in Norway and\n"
                "    France to build joint pilot plants, open new markets for its SMEs and train\n"
                "    young engineers together. The strategy runs from 2019 to 2023 and is "
                "reviewed\n"
                "    every quarter by the steering committee.\n"
                "  target_groups: [SMEs, start-ups, universities]\n"
                "  limits: [No production sites outside Europe]\n"
                "  priorities: [Hydrogen storage, Training of young engineers]\n"
            ),
            "de": (
                "concept:\n"
                "  summary: >-\n"
                "    Das Cluster verbindet seine Wasserstoffunternehmen mit Partnerclustern in\n"
                "    Norwegen und Frankreich, um gemeinsame Pilotanlagen zu bauen, seinen KMU "
                "neue\n"
                "    Märkte zu öffnen und Nachwuchs gemeinsam auszubilden. Die Strategie läuft "
                "von\n"
                "    2019 bis 2023 und wird vom Lenkungskreis quartalsweise überprüft.\n"
                "  target_groups: [KMU, Start-ups, Hochschulen]\n"
                "  limits: [Keine Produktionsstandorte außerhalb Europas]\n"
                "  priorities: [Wasserstoffspeicher, Ausbildung von Nachwuchsingenieuren]\n"
            ),
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
            "en": (
                "The written concept opens with a brief but precise account of the strategy, "
                "so that the board, members and partners grasp it at a glance. intstrat "
                "requires `concept.summary` with 30 to 400 words: less hardly explains a "
                "strategy, more belongs in the other sections."
            ),
            "de": (
                "Das schriftliche Konzept beginnt mit einer knappen, aber präzisen Darstellung "
                "der Strategie, damit Vorstand, Mitglieder und Partner sie auf einen Blick "
                "erfassen. intstrat verlangt unter `concept.summary` 30 bis 400 Wörter: "
                "Weniger erklärt kaum eine Strategie, mehr gehört in die übrigen Abschnitte."
            ),
        },
        "fix": {
            "en": (
                "Write a summary of 30 to 400 words under `concept.summary`: goals, partner "
                "regions, main projects and time frame."
            ),
            "de": (
                "Schreiben Sie unter `concept.summary` eine Zusammenfassung mit 30 bis 400 "
                "Wörtern: Ziele, Partnerregionen, wichtigste Projekte und Zeitrahmen."
            ),
        },
        "example": {
            "en": (
                "concept:\n"
                "  summary: >-\n"
                "    The cluster links its hydrogen companies with partner clusters in Norway and\n"
                "    France. Together they build pilot plants for hydrogen storage, open new\n"
                "    markets for member SMEs and train young engineers. The strategy runs from\n"
                "    2019 to 2023; the steering committee reviews it every quarter.\n"
            ),
            "de": (
                "concept:\n"
                "  summary: >-\n"
                "    Das Cluster verbindet seine Wasserstoffunternehmen mit Partnerclustern in\n"
                "    Norwegen und Frankreich. Gemeinsam entstehen Pilotanlagen für\n"
                "    Wasserstoffspeicher, die KMU erschließen neue Märkte, und "
                "Nachwuchsingenieure\n"
                "    werden zusammen ausgebildet. Die Strategie läuft von 2019 bis 2023; der\n"
                "    Lenkungskreis überprüft sie quartalsweise.\n"
            ),
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
            "en": (
                "The concept needs a financing plan that shows where the money comes from, how "
                "much and for how long. intstrat requires every entry in `financing.sources` "
                "to give `amount_eur`, `start` and `end`, and the amounts to add up to more "
                "than zero."
            ),
            "de": (
                "Zum Konzept gehört ein Finanzierungsplan, der zeigt, woher das Geld kommt, "
                "wie viel und für welchen Zeitraum. intstrat verlangt, dass jeder Eintrag in "
                "`financing.sources` `amount_eur`, `start` und `end` angibt und die Beträge "
                "zusammen mehr als null ergeben."
            ),
        },
        "fix": {
            "en": (
                "Give every source under `financing.sources` an `amount_eur` in euros and its "
                "`start` and `end` dates."
            ),
            "de": (
                "Geben Sie für jede Quelle unter `financing.sources` den Betrag in Euro "
                "(`amount_eur`) sowie `start` und `end` an."
            ),
        },
        "example": {
            "en": (
                "financing:\n"
                "  sources:\n"
                "    - id: federal\n"
                "      name: Federal funding programme\n"
                "      kind: public_funding\n"
                "      amount_eur: 4000000\n"
                "      start: 2019-01-01\n"
                "      end: 2021-12-31\n"
                "    - id: own\n"
                "      name: Members' own contribution in staff time\n"
                "      kind: own_contribution\n"
                "      amount_eur: 800000\n"
                "      start: 2019-01-01\n"
                "      end: 2023-12-31\n"
            ),
            "de": (
                "financing:\n"
                "  sources:\n"
                "    - id: bund\n"
                "      name: Förderprogramm des Bundes\n"
                "      kind: public_funding\n"
                "      amount_eur: 4000000\n"
                "      start: 2019-01-01\n"
                "      end: 2021-12-31\n"
                "    - id: eigenanteil\n"
                "      name: Eigenanteil der Mitglieder in Personalleistung\n"
                "      kind: own_contribution\n"
                "      amount_eur: 800000\n"
                "      start: 2019-01-01\n"
                "      end: 2023-12-31\n"
            ),
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
            "en": (
                "International partners want to know why they should work with this cluster, "
                "so the concept states its vision: what the cluster can offer the rest of the "
                "world. intstrat requires text in `cluster.vision`."
            ),
            "de": (
                "Internationale Partner wollen wissen, warum sich die Zusammenarbeit mit "
                "gerade diesem Cluster lohnt. Das Konzept beschreibt deshalb die Vision: was "
                "das Cluster dem Rest der Welt bieten kann. intstrat verlangt Text unter "
                "`cluster.vision`."
            ),
        },
        "fix": {
            "en": (
                "Describe under `cluster.vision` what the cluster offers partners abroad: "
                "competences, infrastructure, markets, talent."
            ),
            "de": (
                "Beschreiben Sie unter `cluster.vision`, was das Cluster Partnern im Ausland "
                "bietet: Kompetenzen, Infrastruktur, Märkte, Fachkräfte."
            ),
        },
        "example": {
            "en": (
                "cluster:\n"
                "  name: Hydrogen Valley Saxony\n"
                "  vision: >-\n"
                "    Partners worldwide find in the cluster a test field for hydrogen storage,\n"
                "    suppliers for every stage of the value chain and engineers trained for it.\n"
            ),
            "de": (
                "cluster:\n"
                "  name: Wasserstoff-Cluster Sachsen\n"
                "  vision: >-\n"
                "    Partner aus aller Welt finden im Cluster ein Testfeld für "
                "Wasserstoffspeicher,\n"
                "    Zulieferer für jede Stufe der Wertschöpfungskette und passend ausgebildete\n"
                "    Ingenieure.\n"
            ),
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
            "en": (
                "A strategy that is meant for everyone reaches no one: the concept names whom "
                "the internationalisation is for. intstrat requires at least one entry in "
                "`concept.target_groups`."
            ),
            "de": (
                "Eine Strategie für alle erreicht niemanden: Das Konzept nennt, für wen die "
                "Internationalisierung gedacht ist. intstrat verlangt mindestens einen Eintrag "
                "in `concept.target_groups`."
            ),
        },
        "fix": {
            "en": "List the groups the strategy serves under `concept.target_groups`.",
            "de": "Führen Sie die Zielgruppen der Strategie unter `concept.target_groups` auf.",
        },
        "example": {
            "en": (
                "concept:\n"
                "  target_groups:\n"
                "    - Member SMEs seeking markets abroad\n"
                "    - Start-ups in hydrogen technology\n"
                "    - Universities and research institutes of the cluster\n"
            ),
            "de": (
                "concept:\n"
                "  target_groups:\n"
                "    - KMU unter den Mitgliedern, die Auslandsmärkte suchen\n"
                "    - Start-ups der Wasserstofftechnik\n"
                "    - Hochschulen und Forschungseinrichtungen des Clusters\n"
            ),
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
            "en": (
                "The concept names the international partners under consideration, and where "
                "they are, since location shapes markets, law and the effort of working "
                "together. intstrat requires at least one entry in "
                "`partner_selection.candidates`, each with a `country` or a `region`."
            ),
            "de": (
                "Das Konzept nennt die infrage kommenden internationalen Partner und ihren "
                "Standort, denn der Ort bestimmt Märkte, Rechtslage und den Aufwand der "
                "Zusammenarbeit. intstrat verlangt mindestens einen Eintrag in "
                "`partner_selection.candidates`, jeweils mit `country` oder `region`."
            ),
        },
        "fix": {
            "en": (
                "Add the candidates under `partner_selection.candidates` with `country` (ISO "
                'code, quoted where YAML might misread it, e.g. "NO") or `region`.'
            ),
            "de": (
                "Tragen Sie die Kandidaten unter `partner_selection.candidates` mit `country` "
                "(ISO-Code, in Anführungszeichen, wo YAML ihn missverstehen könnte, z. B. "
                '"NO") oder `region` ein.'
            ),
        },
        "example": {
            "en": (
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "      region: Rogaland\n"
                "      kind: cluster\n"
                "    - id: lyon-mat\n"
                "      name: Lyon materials network\n"
                "      country: FR\n"
                "      kind: network\n"
            ),
            "de": (
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "      region: Rogaland\n"
                "      kind: cluster\n"
                "    - id: lyon-mat\n"
                "      name: Werkstoffnetzwerk Lyon\n"
                "      country: FR\n"
                "      kind: network\n"
            ),
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
            "en": (
                "The concept sketches the projects the cluster could run with its "
                "international partners. intstrat requires at least one entry in "
                "`project_selection.projects`, and each project names at least one partner in "
                "`partners`; CO03 checks that these are ids of `partner_selection.candidates`."
            ),
            "de": (
                "Das Konzept skizziert die Projekte, die das Cluster mit seinen "
                "internationalen Partnern umsetzen könnte. intstrat verlangt mindestens einen "
                "Eintrag in `project_selection.projects`, und jedes Projekt nennt unter "
                "`partners` mindestens einen Partner; CO03 prüft, dass dies IDs aus "
                "`partner_selection.candidates` sind."
            ),
        },
        "fix": {
            "en": (
                "Add the projects under `project_selection.projects` and list in `partners` "
                "the candidate ids of the partners involved."
            ),
            "de": (
                "Tragen Sie die Projekte unter `project_selection.projects` ein und nennen Sie "
                "unter `partners` die Kandidaten-IDs der beteiligten Partner."
            ),
        },
        "example": {
            "en": (
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "project_selection:\n"
                "  projects:\n"
                "    - id: h2-storage\n"
                "      title: Joint hydrogen storage pilot\n"
                "      partners: [nordic-h2]\n"
                "      participants: [two member SMEs, TU Dresden]\n"
                "      budget_eur: 900000\n"
                "      start: 2019-11-01\n"
                "      end: 2021-10-31\n"
                "      status: selected\n"
            ),
            "de": (
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "project_selection:\n"
                "  projects:\n"
                "    - id: h2-speicher\n"
                "      title: Gemeinsames Pilotprojekt Wasserstoffspeicher\n"
                "      partners: [nordic-h2]\n"
                "      participants: [zwei KMU aus dem Cluster, TU Dresden]\n"
                "      budget_eur: 900000\n"
                "      start: 2019-11-01\n"
                "      end: 2021-10-31\n"
                "      status: selected\n"
            ),
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
            "en": (
                "No cluster can go everywhere at once. The concept says what the strategy will "
                "not do and what comes first, which keeps the effort focused and makes "
                "decisions explainable. intstrat requires at least one entry in "
                "`concept.limits` and at least one in `concept.priorities`."
            ),
            "de": (
                "Kein Cluster kann überall gleichzeitig aktiv werden. Das Konzept legt fest, "
                "was die Strategie nicht leisten soll und was Vorrang hat; das bündelt die "
                "Kräfte und macht Entscheidungen nachvollziehbar. intstrat verlangt mindestens "
                "einen Eintrag in `concept.limits` und mindestens einen in "
                "`concept.priorities`."
            ),
        },
        "fix": {
            "en": (
                "List what lies outside the strategy under `concept.limits` and what comes "
                "first under `concept.priorities`."
            ),
            "de": (
                "Nennen Sie unter `concept.limits`, was außerhalb der Strategie liegt, und "
                "unter `concept.priorities`, was Vorrang hat."
            ),
        },
        "example": {
            "en": (
                "concept:\n"
                "  limits:\n"
                "    - No production sites outside Europe\n"
                "    - At most three partner regions at a time\n"
                "  priorities:\n"
                "    - Hydrogen storage\n"
                "    - Training of young engineers\n"
            ),
            "de": (
                "concept:\n"
                "  limits:\n"
                "    - Keine Produktionsstandorte außerhalb Europas\n"
                "    - Höchstens drei Partnerregionen gleichzeitig\n"
                "  priorities:\n"
                "    - Wasserstoffspeicher\n"
                "    - Ausbildung von Nachwuchsingenieuren\n"
            ),
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
            "en": (
                "A concrete time and work plan turns intentions into steps: short- and "
                "long-term goals, the activities that reach them with their participants and "
                "estimated costs, and milestones that later serve as the first indicators of "
                "progress. intstrat requires `concept.goals.short_term` and "
                "`concept.goals.long_term`, at least one milestone in "
                "`concept.work_plan.milestones`, each with a `due` date, and at least one "
                "activity in `concept.work_plan.activities`, each with `participants` and "
                "`cost_eur`."
            ),
            "de": (
                "Ein konkreter Zeit- und Arbeitsplan macht aus Absichten Schritte: kurz- und "
                "langfristige Ziele, die Aktivitäten dorthin mit Beteiligten und geschätzten "
                "Kosten sowie Meilensteine, die später als erste Fortschrittsindikatoren "
                "dienen. intstrat verlangt `concept.goals.short_term` und "
                "`concept.goals.long_term`, mindestens einen Meilenstein in "
                "`concept.work_plan.milestones`, jeweils mit Fälligkeitsdatum `due`, und "
                "mindestens eine Aktivität in `concept.work_plan.activities`, jeweils mit "
                "`participants` und `cost_eur`."
            ),
        },
        "fix": {
            "en": (
                "Fill `concept.goals` with `short_term` and `long_term` goals, give each "
                "milestone a `due` date and each activity its `participants` and `cost_eur`."
            ),
            "de": (
                "Ergänzen Sie unter `concept.goals` Ziele für `short_term` und `long_term`, "
                "geben Sie jedem Meilenstein ein `due`-Datum und jeder Aktivität "
                "`participants` und `cost_eur`."
            ),
        },
        "example": {
            "en": (
                "concept:\n"
                "  goals:\n"
                "    short_term:\n"
                "      - id: g1\n"
                "        text: Two partner agreements signed\n"
                "        due: 2019-12-31\n"
                "    long_term:\n"
                "      - id: g2\n"
                "        text: Ten member companies active in Norway\n"
                "        due: 2023-12-31\n"
                "  work_plan:\n"
                "    milestones:\n"
                "      - id: m1\n"
                "        title: Partner selection completed\n"
                "        due: 2019-09-30\n"
                "        status: open\n"
                "    activities:\n"
                "      - id: a1\n"
                "        title: Delegation trip to Stavanger\n"
                "        start: 2019-05-06\n"
                "        end: 2019-05-09\n"
                "        participants: [cluster office, five member SMEs]\n"
                "        cost_eur: 18000\n"
                "        milestone: m1\n"
            ),
            "de": (
                "concept:\n"
                "  goals:\n"
                "    short_term:\n"
                "      - id: z1\n"
                "        text: Zwei Partnervereinbarungen unterzeichnet\n"
                "        due: 2019-12-31\n"
                "    long_term:\n"
                "      - id: z2\n"
                "        text: Zehn Mitgliedsunternehmen in Norwegen aktiv\n"
                "        due: 2023-12-31\n"
                "  work_plan:\n"
                "    milestones:\n"
                "      - id: m1\n"
                "        title: Partnerauswahl abgeschlossen\n"
                "        due: 2019-09-30\n"
                "        status: open\n"
                "    activities:\n"
                "      - id: a1\n"
                "        title: Delegationsreise nach Stavanger\n"
                "        start: 2019-05-06\n"
                "        end: 2019-05-09\n"
                "        participants: [Geschäftsstelle, fünf KMU aus dem Cluster]\n"
                "        cost_eur: 18000\n"
                "        milestone: m1\n"
            ),
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
            "en": (
                "The concept describes how the cluster communicates, both among the "
                "international project partners and towards the public. intstrat requires at "
                "least one entry in `communication.internal` or `communication.external`; CL16 "
                "and CL17 check the details."
            ),
            "de": (
                "Das Konzept beschreibt, wie das Cluster kommuniziert, sowohl zwischen den "
                "internationalen Projektpartnern als auch nach außen. intstrat verlangt "
                "mindestens einen Eintrag in `communication.internal` oder "
                "`communication.external`; die Einzelheiten prüfen CL16 und CL17."
            ),
        },
        "fix": {
            "en": (
                "Describe your channels under `communication.internal` and your public "
                "measures under `communication.external`."
            ),
            "de": (
                "Beschreiben Sie Ihre Kanäle unter `communication.internal` und Ihre "
                "Öffentlichkeitsarbeit unter `communication.external`."
            ),
        },
        "example": {
            "en": (
                "communication:\n"
                "  internal:\n"
                "    - id: platform\n"
                "      name: Shared project spaces\n"
                "      channel: online platform\n"
                "      frequency: continuous\n"
                "  external:\n"
                "    - id: website\n"
                "      name: Joint website\n"
                "      kind: website\n"
                "      channel: web, in English and Norwegian\n"
                "      frequency: monthly updates\n"
            ),
            "de": (
                "communication:\n"
                "  internal:\n"
                "    - id: plattform\n"
                "      name: Gemeinsame Projekträume\n"
                "      channel: Online-Plattform\n"
                "      frequency: laufend\n"
                "  external:\n"
                "    - id: website\n"
                "      name: Gemeinsame Website\n"
                "      kind: website\n"
                "      channel: Web, auf Deutsch, Englisch und Norwegisch\n"
                "      frequency: monatliche Aktualisierung\n"
            ),
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
            "en": (
                "The concept lists the indicators by which success will be measured, so that "
                "progress can be checked against them at any time. intstrat requires at least "
                "one entry in `monitoring.indicators`; CL18 checks that each is measurable."
            ),
            "de": (
                "Das Konzept nennt die Indikatoren, an denen der Erfolg gemessen wird, damit "
                "sich der Fortschritt jederzeit daran prüfen lässt. intstrat verlangt "
                "mindestens einen Eintrag in `monitoring.indicators`; ob jeder messbar ist, "
                "prüft CL18."
            ),
        },
        "fix": {
            "en": (
                "Add your indicators under `monitoring.indicators` with `unit`, `baseline`, "
                "`target` and `due`."
            ),
            "de": (
                "Tragen Sie Ihre Indikatoren unter `monitoring.indicators` mit `unit`, "
                "`baseline`, `target` und `due` ein."
            ),
        },
        "example": {
            "en": (
                "monitoring:\n"
                "  indicators:\n"
                "    - id: joint-projects\n"
                "      name: Joint R&D projects started with partner clusters\n"
                "      unit: projects\n"
                "      baseline: 0\n"
                "      target: 3\n"
                "      due: 2021-12-31\n"
            ),
            "de": (
                "monitoring:\n"
                "  indicators:\n"
                "    - id: gemeinsame-projekte\n"
                "      name: Gestartete FuE-Projekte mit Partnerclustern\n"
                "      unit: Projekte\n"
                "      baseline: 0\n"
                "      target: 3\n"
                "      due: 2021-12-31\n"
            ),
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
            "en": (
                "A strategy file must be exactly one well-formed YAML document, otherwise "
                "nothing in it can be audited. intstrat reports syntax errors such as broken "
                "indentation or an unclosed quote, a second document after `---`, an alias "
                "(`*name`) without a matching anchor (`&name`) before it, keys that are lists "
                "or mappings, and merge keys (`<<`) that do not point to a mapping, each with "
                "the line and column where reading stopped."
            ),
            "de": (
                "Eine Strategiedatei muss genau ein wohlgeformtes YAML-Dokument sein, sonst "
                "lässt sich nichts darin prüfen. intstrat meldet Syntaxfehler wie falsche "
                "Einrückung oder ein nicht geschlossenes Anführungszeichen, ein zweites "
                "Dokument nach `---`, einen Alias (`*name`) ohne vorher definierten Anker "
                "(`&name`), Schlüssel, die Listen oder Mappings sind, und Merge-Schlüssel "
                "(`<<`), die nicht auf ein Mapping zeigen – jeweils mit Zeile und Spalte, an "
                "der das Lesen scheiterte."
            ),
        },
        "fix": {
            "en": (
                "Correct the YAML at the reported line: check the indentation, close quotes, "
                "quote text that contains `: ` or starts with a special character, and keep "
                "one strategy per file."
            ),
            "de": (
                "Korrigieren Sie das YAML in der gemeldeten Zeile: Einrückung prüfen, "
                "Anführungszeichen schließen, Text mit `: ` oder einem Sonderzeichen am Anfang "
                "in Anführungszeichen setzen und nur eine Strategie je Datei ablegen."
            ),
        },
        "example": {
            "en": (
                "intstrat: 1\n"
                "language: en\n"
                "cluster:\n"
                "  name: Hydrogen Valley Saxony\n"
                '  vision: "Our offer: a test field for hydrogen storage"\n'
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
            ),
            "de": (
                "intstrat: 1\n"
                "language: de\n"
                "cluster:\n"
                "  name: Wasserstoff-Cluster Sachsen\n"
                '  vision: "Unser Angebot: ein Testfeld für Wasserstoffspeicher"\n'
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
            ),
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
            "en": (
                "Most YAML readers silently keep only the last of two equal keys, so half a "
                "section can disappear without a word, typically after copying a block. "
                "intstrat reports every repeated key together with the line of its first "
                "occurrence."
            ),
            "de": (
                "Die meisten YAML-Leser behalten von zwei gleichen Schlüsseln stillschweigend "
                "nur den letzten; so verschwindet leicht ein halber Abschnitt, typischerweise "
                "nach dem Kopieren eines Blocks. intstrat meldet jeden wiederholten Schlüssel "
                "mit der Zeile seines ersten Vorkommens."
            ),
        },
        "fix": {
            "en": (
                "Merge the two entries into one key, or rename the second if it was meant to "
                "be a different key."
            ),
            "de": (
                "Führen Sie die beiden Einträge unter einem Schlüssel zusammen oder benennen "
                "Sie den zweiten um, falls ein anderer Schlüssel gemeint war."
            ),
        },
        "example": {
            "en": (
                "financing:\n"
                "  sources:\n"
                "    - id: federal\n"
                "      name: Federal funding programme\n"
                "      amount_eur: 4000000\n"
                "      start: 2019-01-01\n"
                "      end: 2021-12-31\n"
                "      covers: [projects, management]\n"
            ),
            "de": (
                "financing:\n"
                "  sources:\n"
                "    - id: bund\n"
                "      name: Förderprogramm des Bundes\n"
                "      amount_eur: 4000000\n"
                "      start: 2019-01-01\n"
                "      end: 2021-12-31\n"
                "      covers: [projects, management]\n"
            ),
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
            "en": (
                "Some values look like a date or a number but cannot be one: `2019-02-30` does "
                "not exist in any calendar, and an integer with thousands of digits is refused "
                "so that reading stays fast and safe. intstrat keeps such a value as text, "
                "reports it here, and the rules that need it treat it as missing."
            ),
            "de": (
                "Manche Werte sehen aus wie ein Datum oder eine Zahl, können aber keines sein: "
                "Den `2019-02-30` gibt es in keinem Kalender, und eine Ganzzahl mit Tausenden "
                "Ziffern wird abgelehnt, damit das Einlesen schnell und sicher bleibt. "
                "intstrat behält einen solchen Wert als Text, meldet ihn hier, und die Regeln, "
                "die ihn brauchen, werten ihn als fehlend."
            ),
        },
        "fix": {
            "en": (
                "Write a real calendar date as YYYY-MM-DD and keep numbers to a sensible size; "
                "put long codes such as registration numbers in quotes."
            ),
            "de": (
                "Schreiben Sie ein tatsächliches Kalenderdatum als JJJJ-MM-TT und halten Sie "
                "Zahlen in sinnvoller Größe; lange Kennungen wie Registernummern setzen Sie in "
                "Anführungszeichen."
            ),
        },
        "example": {
            "en": (
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "  amount_eur: 4000000\n"
                "period:\n"
                "  start: 2019-01-01\n"
                "  end: 2023-12-31\n"
            ),
            "de": (
                "funding:\n"
                "  programme: Internationalisierung von Spitzenclustern\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "  amount_eur: 4000000\n"
                "period:\n"
                "  start: 2019-01-01\n"
                "  end: 2023-12-31\n"
            ),
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
            "en": (
                "Tags such as `!!python/object` ask a YAML reader to build program objects, "
                "which in some tools means running code taken from the file. intstrat never "
                "executes or constructs anything from a tag: it accepts only the plain YAML "
                "types (text, numbers, booleans, dates, lists and mappings) and reports every "
                "other tag, keeping the value as plain text."
            ),
            "de": (
                "Tags wie `!!python/object` fordern einen YAML-Leser auf, Programmobjekte zu "
                "erzeugen, was in manchen Werkzeugen bedeutet, Code aus der Datei auszuführen. "
                "intstrat führt aus einem Tag nie etwas aus und erzeugt nichts daraus: Es "
                "akzeptiert nur die einfachen YAML-Typen (Text, Zahlen, Wahrheitswerte, "
                "Datumsangaben, Listen und Mappings), meldet jedes andere Tag und behält den "
                "Wert als einfachen Text."
            ),
        },
        "fix": {
            "en": (
                "Remove the tag and write the value as plain text, number, date, list or mapping."
            ),
            "de": (
                "Entfernen Sie das Tag und schreiben Sie den Wert als einfachen Text, Zahl, "
                "Datum, Liste oder Mapping."
            ),
        },
        "example": {
            "en": (
                "cluster:\n"
                "  name: Hydrogen Valley Saxony\n"
                "  members:\n"
                "    companies: 85\n"
                "    smes: 60\n"
                "    universities: 3\n"
            ),
            "de": (
                "cluster:\n"
                "  name: Wasserstoff-Cluster Sachsen\n"
                "  members:\n"
                "    companies: 85\n"
                "    smes: 60\n"
                "    universities: 3\n"
            ),
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
            "en": (
                "YAML aliases can make a tiny file expand into an enormous structure (an "
                "'alias bomb'), an alias can point into itself, and extreme nesting can "
                "exhaust the reader. intstrat stops reading and reports the file when aliases "
                "expand beyond a fixed budget of nodes, an alias is recursive, the nesting is "
                "deeper than any strategy needs, or the file is larger than the size limit. "
                "Ordinary anchors and aliases stay well within these limits."
            ),
            "de": (
                "Mit YAML-Aliasen kann eine winzige Datei zu einer riesigen Struktur anwachsen "
                "(„Alias-Bombe“), ein Alias kann auf sich selbst verweisen, und extreme "
                "Verschachtelung kann den Leser überfordern. intstrat bricht das Einlesen ab "
                "und meldet die Datei, wenn Aliase ein festes Knotenbudget überschreiten, ein "
                "Alias rekursiv ist, die Verschachtelung tiefer reicht, als eine Strategie je "
                "braucht, oder die Datei die Größengrenze übersteigt. Gewöhnliche Anker und "
                "Aliase bleiben weit unter diesen Grenzen."
            ),
        },
        "fix": {
            "en": (
                "Write repeated content out, or use anchors sparingly and never inside "
                "themselves; flatten deeply nested structures."
            ),
            "de": (
                "Schreiben Sie wiederholte Inhalte aus oder setzen Sie Anker sparsam und nie "
                "in sich selbst ein; flachen Sie tief verschachtelte Strukturen ab."
            ),
        },
        "example": {
            "en": (
                "partner_selection:\n"
                "  raters:\n"
                "    - &berg {id: berg, name: Anna Berg, organisation: Cluster office}\n"
                "project_selection:\n"
                "  raters:\n"
                "    - *berg\n"
            ),
            "de": (
                "partner_selection:\n"
                "  raters:\n"
                "    - &berg {id: berg, name: Anna Berg, organisation: Geschäftsstelle}\n"
                "project_selection:\n"
                "  raters:\n"
                "    - *berg\n"
            ),
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
            "en": (
                "intstrat reads text in UTF-8 (with or without byte order mark) and UTF-16. "
                "Other encodings such as Latin-1 or Windows-1252 turn umlauts into garbage, "
                "and binary data, for instance a Word file saved under a .yaml name, is no "
                "strategy at all. intstrat names the first byte it cannot decode, or reports "
                "binary content."
            ),
            "de": (
                "intstrat liest Text in UTF-8 (mit oder ohne Byte-Order-Mark) und UTF-16. "
                "Andere Kodierungen wie Latin-1 oder Windows-1252 verstümmeln Umlaute, und "
                "Binärdaten, etwa eine unter .yaml gespeicherte Word-Datei, sind überhaupt "
                "keine Strategie. intstrat nennt das erste Byte, das sich nicht dekodieren "
                "lässt, oder meldet binären Inhalt."
            ),
        },
        "fix": {
            "en": (
                "Save the file as UTF-8 in your editor; export text from word processors "
                "instead of renaming their files."
            ),
            "de": (
                "Speichern Sie die Datei im Editor als UTF-8; exportieren Sie Text aus "
                "Textverarbeitungen, statt deren Dateien umzubenennen."
            ),
        },
        "example": {
            "en": (
                "cluster:\n"
                "  name: Hydrogen Valley Saxony\n"
                "  region: Dresden, Saxony\n"
                "  management: Energy Cluster Office (Geschäftsstelle) in Dresden\n"
            ),
            "de": (
                "cluster:\n"
                "  name: Wasserstoff-Cluster Sachsen\n"
                "  region: Dresden, Sachsen\n"
                "  management: Geschäftsstelle für Energie und Umwelt e. V.\n"
            ),
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
            "en": (
                "Each key of the strategy format expects a particular kind of value: dates as "
                "YYYY-MM-DD, counts as whole numbers, flags as `true` or `false`, and keys "
                "with a fixed list of values (such as `method`, `kind`, `status` or `focus`) "
                "only one of those. intstrat reports a value of the wrong type or outside the "
                "allowed list, naming what it expected."
            ),
            "de": (
                "Jeder Schlüssel des Strategieformats erwartet eine bestimmte Art von Wert: "
                "Datumsangaben als JJJJ-MM-TT, Anzahlen als ganze Zahlen, Schalter als `true` "
                "oder `false` und Schlüssel mit fester Werteliste (etwa `method`, `kind`, "
                "`status` oder `focus`) nur einen dieser Werte. intstrat meldet einen Wert mit "
                "falschem Typ oder außerhalb der zulässigen Liste und nennt, was erwartet "
                "wird."
            ),
        },
        "fix": {
            "en": (
                "Change the value to the type or one of the values named in the message; quote "
                'text that YAML could read as something else, such as the country code "NO".'
            ),
            "de": (
                "Ändern Sie den Wert in den Typ oder einen der Werte, die die Meldung nennt; "
                "setzen Sie Text, den YAML anders lesen könnte, in Anführungszeichen, etwa den "
                'Ländercode "NO".'
            ),
        },
        "example": {
            "en": (
                "cluster:\n"
                "  name: Hydrogen Valley Saxony\n"
                "  country: DE\n"
                "  members:\n"
                "    companies: 85\n"
                "    smes: 60\n"
                "measures:\n"
                "  kickoff:\n"
                "    date: 2019-03-20\n"
                "    open_to_all_actors: true\n"
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "      kind: cluster\n"
                "      status: candidate\n"
            ),
            "de": (
                "cluster:\n"
                "  name: Wasserstoff-Cluster Sachsen\n"
                "  country: DE\n"
                "  members:\n"
                "    companies: 85\n"
                "    smes: 60\n"
                "measures:\n"
                "  kickoff:\n"
                "    date: 2019-03-20\n"
                "    open_to_all_actors: true\n"
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordisches Wasserstoffcluster\n"
                '      country: "NO"\n'
                "      kind: cluster\n"
                "      status: candidate\n"
            ),
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
            "en": (
                "The strategy format allows only the keys it defines; the sole exception are "
                "the criterion ids in the `values` of a score. A misspelt key would otherwise "
                "be ignored quietly, and its content would be missing from the audit and from "
                "the rendered document. intstrat reports each unknown key and suggests the "
                "closest known one, or lists the keys allowed at that place."
            ),
            "de": (
                "Das Strategieformat erlaubt nur die Schlüssel, die es definiert; einzige "
                "Ausnahme sind die Kriterien-IDs unter `values` einer Bewertung. Ein "
                "vertippter Schlüssel würde sonst stillschweigend übergangen, und sein Inhalt "
                "fehlte in der Prüfung und im erzeugten Dokument. intstrat meldet jeden "
                "unbekannten Schlüssel und schlägt den ähnlichsten bekannten vor oder zählt "
                "die an dieser Stelle erlaubten Schlüssel auf."
            ),
        },
        "fix": {
            "en": (
                "Rename the key as suggested (keys are English snake_case in both languages), "
                "or move the content to the section where it belongs."
            ),
            "de": (
                "Benennen Sie den Schlüssel wie vorgeschlagen um (Schlüssel sind in beiden "
                "Sprachen englisch in snake_case) oder verschieben Sie den Inhalt in den "
                "passenden Abschnitt."
            ),
        },
        "example": {
            "en": (
                "measures:\n"
                "  kickoff:\n"
                "    date: 2019-03-20\n"
                "    open_to_all_actors: true\n"
                "    participants: 120\n"
                "    audience: All member organisations\n"
            ),
            "de": (
                "measures:\n"
                "  kickoff:\n"
                "    date: 2019-03-20\n"
                "    open_to_all_actors: true\n"
                "    participants: 120\n"
                "    audience: Alle Mitgliedsorganisationen\n"
            ),
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
            "en": (
                "A few keys carry everything else: `intstrat`, `language`, `cluster` with its "
                "`name`, `funding` with `start` and `end`, and `period` with `start` and "
                "`end`. Inside lists, entries need their `id` and `name` or `title` so that "
                "they can be referred to and displayed. intstrat reports each missing required "
                "key and where it belongs."
            ),
            "de": (
                "Einige Schlüssel tragen alles Übrige: `intstrat`, `language`, `cluster` mit "
                "`name`, `funding` mit `start` und `end` sowie `period` mit `start` und `end`. "
                "In Listen brauchen die Einträge ihre `id` und `name` bzw. `title`, damit man "
                "auf sie verweisen und sie anzeigen kann. intstrat meldet jeden fehlenden "
                "Pflichtschlüssel und wo er hingehört."
            ),
        },
        "fix": {
            "en": "Add the key named in the message at the place it names.",
            "de": "Ergänzen Sie den in der Meldung genannten Schlüssel an der genannten Stelle.",
        },
        "example": {
            "en": (
                "intstrat: 1\n"
                "language: en\n"
                "cluster:\n"
                "  name: Hydrogen Valley Saxony\n"
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "period:\n"
                "  start: 2019-01-01\n"
                "  end: 2023-12-31\n"
            ),
            "de": (
                "intstrat: 1\n"
                "language: de\n"
                "cluster:\n"
                "  name: Wasserstoff-Cluster Sachsen\n"
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "period:\n"
                "  start: 2019-01-01\n"
                "  end: 2023-12-31\n"
            ),
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
            "en": (
                "The line `intstrat: 1` marks a file as a strategy and names the version of "
                "the format it follows. Without it intstrat cannot tell a strategy from any "
                "other YAML file, and with a different value it would be guessing at a format "
                "it does not know. A file whose top level is not a mapping of sections is no "
                "strategy either."
            ),
            "de": (
                "Die Zeile `intstrat: 1` kennzeichnet eine Datei als Strategie und nennt die "
                "Version des Formats, dem sie folgt. Ohne sie kann intstrat eine Strategie "
                "nicht von einer beliebigen anderen YAML-Datei unterscheiden, und bei einem "
                "anderen Wert müsste es ein unbekanntes Format erraten. Eine Datei, deren "
                "oberste Ebene kein Mapping von Abschnitten ist, ist ebenfalls keine "
                "Strategie."
            ),
        },
        "fix": {
            "en": (
                "Start the file with `intstrat: 1` as an unquoted integer, followed by the "
                "sections as top-level keys."
            ),
            "de": (
                "Beginnen Sie die Datei mit `intstrat: 1` als Ganzzahl ohne Anführungszeichen, "
                "gefolgt von den Abschnitten als Schlüssel der obersten Ebene."
            ),
        },
        "example": {
            "en": "intstrat: 1\nlanguage: en\ncluster:\n  name: Hydrogen Valley Saxony\n",
            "de": "intstrat: 1\nlanguage: de\ncluster:\n  name: Wasserstoff-Cluster Sachsen\n",
        },
    },
    "SU01": {
        "name": "unused-suppression",
        "group": "structure",
        "severity": "warning",
        "chapter": "",
        "title": {
            "en": "A suppression comment that suppresses nothing",
            "de": "Ein Unterdrückungskommentar, der nichts unterdrückt",
        },
        "explanation": {
            "en": (
                "A comment `# intstrat: ignore[RULE]` hides that rule's findings on its own "
                "line, and `# intstrat: ignore-file[RULE]` in the first ten lines hides them "
                "for the whole file. Once the gap is closed, the comment is no longer needed; "
                "left in place, it would silently hide the same gap if it came back. intstrat "
                "therefore reports every suppression that matched no finding in this run, as "
                "well as suppressions that name an unknown rule or sit too far down the file "
                "to take effect. Suppressions of rules that the configuration switched off are "
                "not reported."
            ),
            "de": (
                "Ein Kommentar `# intstrat: ignore[REGEL]` blendet die Befunde dieser Regel in "
                "seiner Zeile aus, `# intstrat: ignore-file[REGEL]` in den ersten zehn Zeilen "
                "für die ganze Datei. Ist die Lücke geschlossen, wird der Kommentar "
                "überflüssig; bliebe er stehen, würde er dieselbe Lücke stillschweigend "
                "verdecken, sobald sie wieder auftritt. intstrat meldet deshalb jede "
                "Unterdrückung, die in diesem Lauf keinen Befund getroffen hat, ebenso solche "
                "mit unbekannter Regel oder an einer Stelle zu weit unten in der Datei. "
                "Unterdrückungen von Regeln, die die Konfiguration abgeschaltet hat, werden "
                "nicht gemeldet."
            ),
        },
        "fix": {
            "en": (
                "Delete the comment, or the rule id in it that no longer matches; move an "
                "`ignore-file` comment into the first ten lines."
            ),
            "de": (
                "Löschen Sie den Kommentar oder die nicht mehr zutreffende Regel darin; setzen "
                "Sie einen `ignore-file`-Kommentar in die ersten zehn Zeilen."
            ),
        },
        "example": {
            "en": (
                "intstrat: 1  # intstrat: ignore-file[CO04]\n"
                "language: en\n"
                "concept:\n"
                "  summary: TBD  # intstrat: ignore[CS01]\n"
            ),
            "de": (
                "intstrat: 1  # intstrat: ignore-file[CO04]\n"
                "language: de\n"
                "concept:\n"
                "  summary: folgt  # intstrat: ignore[CS01]\n"
            ),
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
            "en": (
                "A period that ends before it begins is almost always a typo, often swapped "
                "digits or a wrong year, and it distorts timelines and checks that compare "
                "dates. intstrat compares `start` and `end` of the funding, the strategy "
                "period, the financing sources, the projects and the work-plan activities."
            ),
            "de": (
                "Ein Zeitraum, der endet, bevor er beginnt, ist fast immer ein Tippfehler, oft "
                "vertauschte Ziffern oder ein falsches Jahr, und er verfälscht Zeitpläne und "
                "alle Prüfungen, die Daten vergleichen. intstrat vergleicht `start` und `end` "
                "der Förderung, des Strategiezeitraums, der Finanzierungsquellen, der Projekte "
                "und der Aktivitäten im Arbeitsplan."
            ),
        },
        "fix": {
            "en": (
                "Correct whichever of the two dates is wrong so that `start` is on or before `end`."
            ),
            "de": (
                "Korrigieren Sie das falsche der beiden Daten, sodass `start` nicht nach `end` "
                "liegt."
            ),
        },
        "example": {
            "en": (
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "period:\n"
                "  start: 2019-01-01\n"
                "  end: 2023-12-31\n"
                "project_selection:\n"
                "  projects:\n"
                "    - id: h2-storage\n"
                "      title: Joint hydrogen storage pilot\n"
                "      start: 2019-11-01\n"
                "      end: 2021-10-31\n"
            ),
            "de": (
                "funding:\n"
                "  start: 2019-01-01\n"
                "  end: 2021-12-31\n"
                "period:\n"
                "  start: 2019-01-01\n"
                "  end: 2023-12-31\n"
                "project_selection:\n"
                "  projects:\n"
                "    - id: h2-speicher\n"
                "      title: Gemeinsames Pilotprojekt Wasserstoffspeicher\n"
                "      start: 2019-11-01\n"
                "      end: 2021-10-31\n"
            ),
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
            "en": (
                "The time and work plan should fit the horizon the strategy sets for itself in "
                "`period.start` to `period.end`. intstrat warns when a milestone's or goal's "
                "due date, a project's or activity's start or end, or an indicator's due date "
                "falls outside that period. It is a warning rather than an error because a "
                "plan may deliberately look further ahead; in that case, widen the period or "
                "accept the warning."
            ),
            "de": (
                "Der Zeit- und Arbeitsplan sollte in den Horizont passen, den sich die "
                "Strategie mit `period.start` bis `period.end` selbst setzt. intstrat warnt, "
                "wenn das Fälligkeitsdatum eines Meilensteins oder Ziels, Beginn oder Ende "
                "eines Projekts oder einer Aktivität oder das Fälligkeitsdatum eines "
                "Indikators außerhalb dieses Zeitraums liegt. Es ist eine Warnung und kein "
                "Fehler, weil ein Plan bewusst weiter vorausblicken darf; in diesem Fall "
                "erweitern Sie den Zeitraum oder nehmen die Warnung hin."
            ),
        },
        "fix": {
            "en": (
                "Move the date into the period, or widen `period.start` and `period.end` if "
                "the strategy really reaches that far."
            ),
            "de": (
                "Verlegen Sie das Datum in den Zeitraum oder erweitern Sie `period.start` und "
                "`period.end`, wenn die Strategie tatsächlich so weit reicht."
            ),
        },
        "example": {
            "en": (
                "period:\n"
                "  start: 2019-01-01\n"
                "  end: 2023-12-31\n"
                "concept:\n"
                "  work_plan:\n"
                "    milestones:\n"
                "      - id: m1\n"
                "        title: Partner selection completed\n"
                "        due: 2019-09-30\n"
                "      - id: m2\n"
                "        title: First joint pilot plant running\n"
                "        due: 2022-06-30\n"
            ),
            "de": (
                "period:\n"
                "  start: 2019-01-01\n"
                "  end: 2023-12-31\n"
                "concept:\n"
                "  work_plan:\n"
                "    milestones:\n"
                "      - id: m1\n"
                "        title: Partnerauswahl abgeschlossen\n"
                "        due: 2019-09-30\n"
                "      - id: m2\n"
                "        title: Erste gemeinsame Pilotanlage in Betrieb\n"
                "        due: 2022-06-30\n"
            ),
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
            "en": (
                "Parts of the strategy refer to each other by id: project partners and "
                "agreements to partner candidates, scores to raters and criteria, conflicts of "
                "interest to raters and candidates or projects, activities to milestones, "
                "`communication.partners_involved` to candidates. A reference to an id that is "
                "not defined breaks rankings and tables. intstrat reports it and lists the ids "
                "that are known at that place."
            ),
            "de": (
                "Teile der Strategie verweisen über IDs aufeinander: Projektpartner und "
                "Vereinbarungen auf Partnerkandidaten, Bewertungen auf Bewertende und "
                "Kriterien, Interessenkonflikte auf Bewertende und Kandidaten bzw. Projekte, "
                "Aktivitäten auf Meilensteine, `communication.partners_involved` auf "
                "Kandidaten. Ein Verweis auf eine nicht definierte ID bringt Rankings und "
                "Tabellen durcheinander. intstrat meldet ihn und nennt die an dieser Stelle "
                "bekannten IDs."
            ),
        },
        "fix": {
            "en": (
                "Correct the reference to one of the listed ids, or define the missing entry, "
                "for example a candidate under `partner_selection.candidates`."
            ),
            "de": (
                "Korrigieren Sie den Verweis auf eine der genannten IDs oder legen Sie den "
                "fehlenden Eintrag an, etwa einen Kandidaten unter "
                "`partner_selection.candidates`."
            ),
        },
        "example": {
            "en": (
                "partner_selection:\n"
                "  criteria:\n"
                "    - id: interest\n"
                "      name: Interest in cooperation\n"
                "      weight: 3\n"
                "  raters:\n"
                "    - id: berg\n"
                "      name: Anna Berg\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                "      scores:\n"
                "        - rater: berg\n"
                "          values: {interest: 4}\n"
                "project_selection:\n"
                "  projects:\n"
                "    - id: h2-storage\n"
                "      title: Joint hydrogen storage pilot\n"
                "      partners: [nordic-h2]\n"
            ),
            "de": (
                "partner_selection:\n"
                "  criteria:\n"
                "    - id: interesse\n"
                "      name: Interesse an Kooperation\n"
                "      weight: 3\n"
                "  raters:\n"
                "    - id: berg\n"
                "      name: Anna Berg\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                "      scores:\n"
                "        - rater: berg\n"
                "          values: {interesse: 4}\n"
                "project_selection:\n"
                "  projects:\n"
                "    - id: h2-speicher\n"
                "      title: Gemeinsames Pilotprojekt Wasserstoffspeicher\n"
                "      partners: [nordic-h2]\n"
            ),
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
            "en": (
                "Drafts fill gaps with markers that are easy to forget: TODO, TBD, FIXME, xxx, "
                "lorem ipsum, '...', 'siehe unten', 'see below' or an empty string. intstrat "
                "treats such text as missing, so the rules that need the value fail, and CO04 "
                "points at each placeholder so that it does not slip into the document handed "
                "to the board or the funding body."
            ),
            "de": (
                "Entwürfe füllen Lücken mit Markierungen, die man leicht vergisst: TODO, TBD, "
                "FIXME, xxx, Lorem ipsum, „…“, „siehe unten“, „see below“ oder eine leere "
                "Zeichenkette. intstrat wertet solchen Text als fehlend, sodass die Regeln, "
                "die den Wert brauchen, nicht bestehen, und CO04 zeigt auf jeden Platzhalter, "
                "damit keiner in das Dokument für Vorstand oder Fördergeber gerät."
            ),
        },
        "fix": {
            "en": (
                "Replace the placeholder with real content, or remove the key until the "
                "content exists."
            ),
            "de": (
                "Ersetzen Sie den Platzhalter durch echten Inhalt oder entfernen Sie den "
                "Schlüssel, bis der Inhalt vorliegt."
            ),
        },
        "example": {
            "en": (
                "cluster:\n"
                "  name: Hydrogen Valley Saxony\n"
                "  vision: >-\n"
                "    A test field for hydrogen storage, open to partners worldwide.\n"
                "concept:\n"
                "  limits:\n"
                "    - No production sites outside Europe\n"
            ),
            "de": (
                "cluster:\n"
                "  name: Wasserstoff-Cluster Sachsen\n"
                "  vision: >-\n"
                "    Ein Testfeld für Wasserstoffspeicher, offen für Partner aus aller Welt.\n"
                "concept:\n"
                "  limits:\n"
                "    - Keine Produktionsstandorte außerhalb Europas\n"
            ),
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
            "en": (
                "Ids exist so that other parts can refer to an entry without doubt. If two "
                "candidates, criteria, projects or milestones in the same list share an id, "
                "every reference to it becomes ambiguous and rankings may count the wrong "
                "entry. intstrat reports the repeated id with the line of its first use."
            ),
            "de": (
                "IDs sind dazu da, dass andere Teile eindeutig auf einen Eintrag verweisen "
                "können. Teilen sich zwei Kandidaten, Kriterien, Projekte oder Meilensteine "
                "derselben Liste eine ID, wird jeder Verweis darauf mehrdeutig, und Rankings "
                "zählen womöglich den falschen Eintrag. intstrat meldet die wiederholte ID mit "
                "der Zeile ihrer ersten Verwendung."
            ),
        },
        "fix": {
            "en": "Give the second entry its own id and update the references that meant it.",
            "de": (
                "Geben Sie dem zweiten Eintrag eine eigene ID und passen Sie die Verweise an, "
                "die ihn meinen."
            ),
        },
        "example": {
            "en": (
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "    - id: lyon-mat\n"
                "      name: Lyon materials network\n"
                "      country: FR\n"
            ),
            "de": (
                "partner_selection:\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                '      country: "NO"\n'
                "    - id: lyon-mat\n"
                "      name: Werkstoffnetzwerk Lyon\n"
                "      country: FR\n"
            ),
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
            "en": (
                "Partner and project rankings weigh scores on the scale set by `min` and `max` "
                "in `partner_selection.scale` and `project_selection.scale`. A score below or "
                "above it, such as a 7 on a scale from 0 to 5, tilts the ranking without "
                "anyone noticing. intstrat checks every value in the `scores` of partner "
                "candidates and projects against the scale of its section."
            ),
            "de": (
                "Partner- und Projektrankings gewichten Bewertungen auf der Skala, die `min` "
                "und `max` in `partner_selection.scale` und `project_selection.scale` "
                "festlegen. Eine Bewertung darunter oder darüber, etwa eine 7 auf einer Skala "
                "von 0 bis 5, verzerrt das Ranking unbemerkt. intstrat prüft jeden Wert in den "
                "`scores` der Partnerkandidaten und Projekte gegen die Skala seines "
                "Abschnitts."
            ),
        },
        "fix": {
            "en": (
                "Correct the score to a value within the scale, or change `scale` if the "
                "catalogue really uses a wider range."
            ),
            "de": (
                "Korrigieren Sie die Bewertung auf einen Wert innerhalb der Skala oder ändern "
                "Sie `scale`, wenn der Katalog tatsächlich einen größeren Bereich nutzt."
            ),
        },
        "example": {
            "en": (
                "partner_selection:\n"
                "  scale: {min: 0, max: 5, step: 1}\n"
                "  criteria:\n"
                "    - id: interest\n"
                "      name: Interest in cooperation\n"
                "      weight: 3\n"
                "  raters:\n"
                "    - id: berg\n"
                "      name: Anna Berg\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                "      scores:\n"
                "        - rater: berg\n"
                "          values: {interest: 5}\n"
            ),
            "de": (
                "partner_selection:\n"
                "  scale: {min: 0, max: 5, step: 1}\n"
                "  criteria:\n"
                "    - id: interesse\n"
                "      name: Interesse an Kooperation\n"
                "      weight: 3\n"
                "  raters:\n"
                "    - id: berg\n"
                "      name: Anna Berg\n"
                "  candidates:\n"
                "    - id: nordic-h2\n"
                "      name: Nordic Hydrogen Cluster\n"
                "      scores:\n"
                "        - rater: berg\n"
                "          values: {interesse: 5}\n"
            ),
        },
    },
}
