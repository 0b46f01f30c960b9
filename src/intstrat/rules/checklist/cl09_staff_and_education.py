"""A staff programme whose exchanges name their partners, and an education programme with a
named university (guide ch. 3.8).
"""

from __future__ import annotations

from intstrat.findings import Severity
from intstrat.i18n import N_, P_
from intstrat.rules.base import Context, Group
from intstrat.rules.common import word
from intstrat.rules.hollow import normal

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
    "`measures.staff_and_education` at least one entry in `staff_programmes`, where each one of "
    "`kind: exchange` names its `partners`, and at least one entry in `education_programmes` "
    "whose `university` is a name: hollow text such as \"N. N.\" or a mere \"a university\" or "
    "\"partner university\" does not count."
)
FIX = N_(
    "Add an exchange or training programme under `staff_programmes` with the `partners` it "
    "exchanges with, and an education programme naming its cooperating `university` under "
    "`education_programmes`."
)
MESSAGES = {
    "no_staff": P_("CL09.no_staff", "no training or exchange programme for staff"),
    "no_education": P_("CL09.no_education", "no education programme with a cooperating university"),
    "no_university": P_("CL09.no_university", "the education programmes name no university"),
    "unnamed_university": P_(
        "CL09.unnamed_university",
        "'{university}' is no university's name; name the cooperating university",
    ),
    "exchange_no_partners": P_(
        "CL09.exchange_no_partners",
        "the exchange '{name}' names no partners it exchanges staff with",
    ),
}

# Words that leave a "university" unnamed: articles, and adjectives that fit any university.
def _forms(*stems: str) -> set[str]:
    """A German adjective's or article's forms: "ein" → ein, eine, einer, eines, einem, einen
    (and the rarer spellings without the e)."""
    return {stem + e + end for stem in stems for e in ("", "e") for end in ("", "r", "s", "m", "n")}


_FILLER = frozenset({
    "a", "an", "the", "one", "some", "any", "our", "die", "der", "den", "local", "regional",
    "german", "foreign", "partner", "partner-", "cooperating", "suitable", "several", "mehrere",
    "various", "verschiedene",
    *_forms("ein", "unser", "lokal", "regional", "deutsch", "ausländisch", "geeignet",
            "kooperierend"),
})
_GENERIC = frozenset({
    "university", "universities", "universität", "universitäten", "hochschule", "hochschulen",
    "partnerschule", "partnerschulen", "partnerhochschule", "partnerhochschulen",
    "partneruniversität", "partneruniversitäten", "fachhochschule", "fachhochschulen", "uni",
    "college", "institute", "institut", "university of applied sciences", "tbd",
})


def _generic(text: str) -> bool:
    words = text.split(" ")
    while len(words) > 1 and words[0] in _FILLER:
        words.pop(0)
    return " ".join(words) in _GENERIC


def named_university(ctx: Context, value: object) -> str | None:
    """The university's name, or None for hollow text and generic words ("a university")."""
    text = ctx.text(value)
    if text is None or _generic(normal(text)):
        return None
    return text


def check(ctx: Context) -> None:
    base = ("measures", "staff_and_education")
    staff = list(ctx.items(*base, "staff_programmes"))
    if not staff:
        ctx.fail(ID, "no_staff", (*base, "staff_programmes"))
    for path, programme in staff:
        if word(programme.get("kind")) == "exchange" and not ctx.texts(programme.get("partners")):
            ctx.fail(
                ID, "exchange_no_partners", (*path, "partners"), name=ctx.label(programme, path)
            )
    education = list(ctx.items(*base, "education_programmes"))
    if not education:
        ctx.fail(ID, "no_education", (*base, "education_programmes"))
        return
    if any(named_university(ctx, e.get("university")) for _, e in education):
        return
    for path, programme in education:
        text = programme.get("university")
        if isinstance(text, str) and text.strip() and not ctx.hollow(text):
            ctx.fail(ID, "unnamed_university", (*path, "university"), university=text.strip())
            return
    ctx.fail(ID, "no_university", (*education[0][0], "university"))
