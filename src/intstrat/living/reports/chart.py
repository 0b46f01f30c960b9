"""The score history as an SVG line chart: one point per version, marks where a change of format
or path makes two versions not simply comparable. Self-contained (no fonts, no scripts), so it
works as a file of its own (`history --format svg`) and inline in the HTML report."""

from __future__ import annotations

from html import escape

from intstrat.i18n import translator
from intstrat.i18n.formats import formats
from intstrat.living.history import History

WIDTH = 720
HEIGHT = 260
_LEFT, _RIGHT, _TOP, _BOTTOM = 52, 16, 28, 44


def svg(found: History, lang: str, *, standalone: bool = True, ident: str = "chart") -> str:
    """The chart; `standalone` adds the XML namespace a file of its own needs, `ident` keeps
    the ids of several charts in one page apart."""
    tr, fmt = translator(lang), formats(lang)
    versions = list(found.versions)
    title = tr.pgettext("history", "Score history of {file}", file=found.file)
    scored = [v for v in versions if v.score is not None]
    desc = tr.npgettext(
        "history", "{n} version, score from {first} to {last}",
        "{n} versions, score from {first} to {last}", len(versions),
        first=fmt.score(scored[0].score) if scored and scored[0].score is not None else "–",
        last=fmt.score(scored[-1].score) if scored and scored[-1].score is not None else "–")
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM
    ns = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    out = [
        f'<svg{ns} class="history-chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-labelledby="{ident}-title {ident}-desc" '
        'font-family="sans-serif" font-size="12">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(desc)}</desc>',
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
    ]
    for level in (0, 25, 50, 75, 100):
        y = _TOP + plot_h * (1 - level / 100)
        out.append(f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{WIDTH - _RIGHT}" y2="{y:.1f}" '
                   'stroke="#d0d0d0" stroke-width="1"/>')
        out.append(f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#333333">'
                   f'{escape(fmt.percent(level))}</text>')

    def x_of(index: int) -> float:
        return _LEFT + (plot_w * index / (len(versions) - 1) if len(versions) > 1 else plot_w / 2)

    for index, version in enumerate(versions):
        if "format" in version.marks or "renamed" in version.marks:
            x = x_of(index)
            word = (tr.pgettext("history", "format") if "format" in version.marks
                    else tr.pgettext("history", "renamed"))
            out.append(f'<line x1="{x:.1f}" y1="{_TOP}" x2="{x:.1f}" y2="{_TOP + plot_h}" '
                       'stroke="#6a1b9a" stroke-width="1.5" stroke-dasharray="4 3"/>')
            out.append(f'<text x="{x + 3:.1f}" y="{_TOP - 8}" fill="#6a1b9a">{escape(word)}</text>')
    # The line is broken where a version has no score, so no line crosses an unreadable one.
    segment: list[str] = []
    lines: list[list[str]] = []
    for index, version in enumerate(versions):
        if version.score is None:
            if segment:
                lines.append(segment)
            segment = []
            continue
        segment.append(f"{x_of(index):.1f},{_TOP + plot_h * (1 - version.score / 100):.1f}")
    if segment:
        lines.append(segment)
    for points in lines:
        out.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="#0d47a1" '
                   'stroke-width="2"/>')
    for index, version in enumerate(versions):
        when = fmt.date(version.commit.when.date())
        if version.score is None:
            label = tr.pgettext("history", "{date}: not readable as a strategy", date=when)
            out.append(f'<g><title>{escape(label)}</title><text x="{x_of(index):.1f}" '
                       f'y="{_TOP + plot_h - 4}" text-anchor="middle" fill="#b71c1c">×</text></g>')
            continue
        y = _TOP + plot_h * (1 - version.score / 100)
        label = tr.pgettext("history", "{date} {commit}: {score}", date=when,
                            commit=version.commit.sha[:8], score=fmt.score(version.score))
        out.append(f'<circle cx="{x_of(index):.1f}" cy="{y:.1f}" r="3.5" fill="#0d47a1">'
                   f'<title>{escape(label)}</title></circle>')
    if versions:
        first, last = versions[0].commit.when.date(), versions[-1].commit.when.date()
        y = HEIGHT - _BOTTOM + 18
        out.append(f'<text x="{_LEFT}" y="{y}" fill="#333333">{escape(fmt.date(first))}</text>')
        if len(versions) > 1:
            out.append(f'<text x="{WIDTH - _RIGHT}" y="{y}" text-anchor="end" fill="#333333">'
                       f'{escape(fmt.date(last))}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
