"""The notes of `intstrat upgrade` (UP01..UP08): what it changed, what it could not decide.

A note is a finding of the upgrade, shown like `check`'s: the code is stable (README), the key
("UP02.invited") is the gettext context of its English text, as for the rules' messages.
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import P_, Label

NOTES: dict[str, dict[str, Label]] = {
    "UP01": {
        "version": P_("UP01.version", "format version 1 raised to 2 (intstrat: 2)"),
    },
    "UP02": {
        "invited": P_("UP02.invited",
                      "kick-off: open_to_all_actors replaced by invited: [{kinds}]"),
        "kept": P_("UP02.kept",
                   "kick-off: open_to_all_actors removed; invited was already given"),
        "false": P_("UP02.false",
                    "kick-off: open_to_all_actors is false, so the upgrade cannot tell who is "
                    "invited; fill in invited (the kinds of member whose staff are invited) and "
                    "remove the flag"),
        "audience": P_("UP02.audience",
                       "kick-off: the audience '{audience}' does not say that all members are "
                       "invited, so the upgrade cannot tell who is; fill in invited and remove "
                       "open_to_all_actors"),
        "no_members": P_("UP02.no_members",
                         "kick-off: cluster.members counts no member of any kind, so the "
                         "upgrade cannot tell who is invited; fill in invited and remove "
                         "open_to_all_actors"),
        "unclear": P_("UP02.unclear",
                      "kick-off: open_to_all_actors is '{value}', neither true nor false; fill "
                      "in invited and remove the flag"),
    },
    "UP03": {
        "signed": P_("UP03.signed",
                     "agreement with {partner}: accepted_by_both replaced by status: signed"),
        "negotiating": P_("UP03.negotiating",
                          "agreement with {partner}: accepted_by_both replaced by status: "
                          "negotiating"),
        "no_date": P_("UP03.no_date",
                      "agreement with {partner}: accepted by both but no signing date, so "
                      "status is negotiating; once signed, set status: signed and the date "
                      "(signed)"),
        "planned": P_("UP03.planned",
                      "agreement with {partner}: signing is dated {signed}, after {as_of}, so "
                      "status is negotiating; once signed, set status: signed"),
        "kept": P_("UP03.kept",
                   "agreement with {partner}: accepted_by_both removed; status was already "
                   "given"),
        "unknown": P_("UP03.unknown",
                      "agreement with {partner}: neither accepted_by_both nor status, so the "
                      "upgrade cannot tell where it stands; fill in status (draft, "
                      "negotiating, signed or ended)"),
    },
    "UP04": {
        "signed_by": P_("UP04.signed_by",
                        "agreement with {partner}: signed_by unknown: fill in who signed on "
                        "each side (signed_by: cluster and partner, each as \"name, role\")"),
    },
    "UP05": {
        "removed": P_("UP05.removed",
                      "communication: developed_with_partners removed; format 2 reads it from "
                      "partners_involved"),
        "no_partners": P_("UP05.no_partners",
                          "communication: developed_with_partners was true but "
                          "partners_involved names no partner; fill in the partners who took "
                          "part in developing the communication"),
        "contradiction": P_("UP05.contradiction",
                            "communication: developed_with_partners was false but "
                            "partners_involved names partners; format 2 counts them as "
                            "involved: check the list"),
    },
    "UP06": {
        "open_to": P_("UP06.open_to",
                      "communication: open_to_all_actors replaced by open_to: [{kinds}]"),
        "kept": P_("UP06.kept",
                   "communication: open_to_all_actors removed; open_to was already given"),
        "false": P_("UP06.false",
                    "communication: open_to_all_actors is false, so the upgrade cannot tell "
                    "who takes part; fill in open_to (the kinds of member) and remove the flag"),
        "audience": P_("UP06.audience",
                       "communication: no internal channel says it is for all members, so the "
                       "upgrade cannot tell who takes part; fill in open_to and remove "
                       "open_to_all_actors"),
        "no_members": P_("UP06.no_members",
                         "communication: cluster.members counts no member of any kind, so the "
                         "upgrade cannot tell who takes part; fill in open_to and remove "
                         "open_to_all_actors"),
        "unclear": P_("UP06.unclear",
                      "communication: open_to_all_actors is '{value}', neither true nor false; "
                      "fill in open_to and remove the flag"),
    },
    "UP07": {
        "committed": P_("UP07.committed",
                        "financing source {source}: status: committed added (it starts on "
                        "{start})"),
        "planned": P_("UP07.planned",
                      "financing source {source}: starts on {start}, after {as_of}, so status: "
                      "planned was added; confirm it (committed, applied or planned)"),
        "no_start": P_("UP07.no_start",
                       "financing source {source}: no start date, so status: planned was "
                       "added; confirm it (committed, applied or planned)"),
    },
    "UP08": {
        "layout": P_("UP08.layout",
                     "ruamel.yaml could not keep the layout of every line near the changes; "
                     "compare the result with the original"),
    },
}

# What the upgrade changed as the data decided is a note; what the author must decide or
# check is a warning.
CHANGED = frozenset({"UP01.version", "UP02.invited", "UP02.kept", "UP03.signed",
                     "UP03.negotiating", "UP03.kept", "UP05.removed", "UP06.open_to", "UP06.kept",
                     "UP07.committed"})


def severity(code: str, key: str) -> Severity:
    return Severity.INFO if f"{code}.{key}" in CHANGED else Severity.WARNING
