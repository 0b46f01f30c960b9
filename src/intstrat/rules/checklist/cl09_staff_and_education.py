"""A staff programme and an education programme with a named university (guide ch. 3.8)."""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group

ID = "CL09"
NAME = "staff-and-education"
GROUP = Group.CHECKLIST
SEVERITY = Severity.ERROR
CHAPTER = "3.8"
DATA = ("measures.staff_and_education",)
TITLE = N_("Staff programmes and education with a partner university")
EXPLANATION = N_(
    "Exchanging staff with partner regions builds cultural and technical understanding and "
    "personal trust, which eases later cooperation; the guide also asks for international, "
    "interdisciplinary and intercultural education of young talent together with universities, for "
    "instance degree programmes, theses or summer schools. intstrat requires under "
    "`measures.staff_and_education` at least one entry in `staff_programmes` and at least one in "
    "`education_programmes` that names its `university`."
)
FIX = N_(
    "Add an exchange or training programme under `staff_programmes` and an education programme "
    "with its cooperating `university` under `education_programmes`."
)
MESSAGES = {
    "no_staff": P_("CL09.no_staff", "no training or exchange programme for staff"),
    "no_education": P_("CL09.no_education", "no education programme with a cooperating university"),
    "no_university": P_("CL09.no_university", "the education programmes name no university"),
}


def check(ctx: Context) -> None:
    base = ("measures", "staff_and_education")
    if not list(ctx.items(*base, "staff_programmes")):
        ctx.fail(ID, "no_staff", (*base, "staff_programmes"))
    education = list(ctx.items(*base, "education_programmes"))
    if not education:
        ctx.fail(ID, "no_education", (*base, "education_programmes"))
    elif not any(ctx.text(e.get("university")) for _, e in education):
        ctx.fail(ID, "no_university", (*education[0][0], "university"))
