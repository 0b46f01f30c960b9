"""The bundled lexicon of hollow text, read by rules/hollow.py.

Text that stands where content should be: a reviewer reads it as missing (issue 11; the guide's
points all ask for content, ch. 10). Both languages apply to every file: a German strategy may
carry "TBD", an English one "k. A.". Matching ignores case, surrounding spaces and punctuation.

whole:   a text that is only one of these is missing ("none", "k. A.", "offen").
phrases: a short text (at most SHORT_WORDS words) that contains one of these is a deferral or
         a cross-reference instead of content ("To be defined later.", "Siehe oben").
         In a longer text they are prose ("the second call will follow in 2027").
"folgt" alone is whole-only: "Die Auswahl folgt der Rangliste" is content.
Country codes (NO, NA) and enum words (open) are deliberately absent.
Projects add their own in [tool.intstrat] `hollow = ["noch in Arbeit", ...]` (phrases).

A Python module rather than TOML: importing tomllib and parsing the file cost 3 ms of every
`check` (docs/benchmarks.md); a module is byte-compiled once.
"""

SHORT_WORDS = 8

WHOLE: dict[str, tuple[str, ...]] = {
    "en": (
        "todo", "tbd", "tbc", "tba", "t.b.d", "t. b. d", "fixme", "xxx", "placeholder", "dummy",
        "none", "n/a", "n. a.", "n.a.", "nil", "nothing", "null", "not applicable", "unknown",
        "pending", "later", "to follow", "see below", "see above", "various", "etc", "misc",
        "same as above", "as above", "idem", "ditto", "tbd later", "not yet",
    ),
    "de": (
        "k. a.", "k.a.", "keine angabe", "keine angaben", "n. n.", "n.n.", "keine", "keiner",
        "keines", "nichts", "entfällt", "entfaellt", "offen", "folgt", "unbekannt", "platzhalter",
        "siehe oben", "siehe unten", "s. o.", "s.o.", "s. u.", "s.u.", "dito", "später",
        "noch offen", "in arbeit", "diverse", "usw",
    ),
}

PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        "to be defined", "to be determined", "to be decided", "to be confirmed", "to be clarified",
        "to be announced", "to be specified", "to be added", "to be completed", "to be done",
        "to be discussed", "will be defined", "will be determined", "will be decided",
        "will be specified", "will be added", "will be provided", "will be supplied",
        "will be completed", "will be clarified", "will follow", "to follow", "follows later",
        "defined later", "decided later", "details later", "not yet defined", "not yet decided",
        "not yet known", "not yet clear", "not yet available", "still open", "still pending",
        "pending", "see above", "see below", "as above", "as discussed", "as agreed",
        "as mentioned", "as described above", "as stated above", "see previous", "see chapter",
        "see section", "see annex", "refer to", "tbd", "tbc", "t.b.d", "lorem ipsum",
    ),
    "de": (
        "wird nachgereicht", "werden nachgereicht", "wird noch nachgereicht", "folgt noch",
        "folgt später", "folgen noch", "folgen später", "details folgen", "angaben folgen",
        "näheres folgt", "noch offen", "noch zu klären", "noch zu klaeren", "noch zu definieren",
        "noch zu bestimmen", "noch zu benennen", "noch festzulegen", "noch nicht festgelegt",
        "noch nicht bekannt", "noch nicht klar", "noch nicht entschieden", "wird noch festgelegt",
        "wird noch definiert", "wird noch bestimmt", "wird noch entschieden", "wird noch geklärt",
        "wird später", "werden später", "später festgelegt", "steht noch aus", "stehen noch aus",
        "in klärung", "in arbeit", "siehe oben", "siehe unten", "s. o.", "s. u.", "wie besprochen",
        "wie vereinbart", "wie oben", "wie bereits beschrieben", "wie erwähnt", "siehe kapitel",
        "siehe abschnitt", "siehe anlage", "siehe anhang", "k. a.", "n. n.", "keine angabe",
        "keine angaben",
    ),
}
