"""Small HTML builders for the Learn pages, in the subset of HTML that Qt's rich text draws.

The pages pass every sentence through ``QCoreApplication.translate("Learn", ...)`` and use
these helpers only for layout, so a translator sees whole paragraphs and never markup soup.
"""

from __future__ import annotations

import html
import re

from netdesigner.ui import theme

PLOT_SCHEME = "plot"
PAGE_SCHEME = "page"
FORMULA_FONT = "'DejaVu Serif', 'Cambria Math', 'STIX Two Math', 'Times New Roman', serif"
FORMULA_BACKGROUND = {False: "#eef2f8", True: "#2b3340"}  # by dark theme


def page(*parts: str) -> str:
    """A page's HTML: its paragraphs, formulas and plots in order."""
    return "".join(parts)


def para(text: str) -> str:
    return f"<p>{text}</p>"


def heading(text: str) -> str:
    return f"<h3>{text}</h3>"


def formula(*lines: str) -> str:
    """One or more formula lines, centred on a tinted band set off from the text."""
    rows = "<br>".join(lines)
    return (
        "<table width='100%' cellspacing='0' cellpadding='10' style='margin-top:4px; margin-bottom:10px'>"
        f"<tr><td class='formula' align='center' bgcolor='{FORMULA_BACKGROUND[theme.is_dark()]}'>"
        f"{rows}</td></tr></table>"
    )


def plot(name: str, caption: str = "") -> str:
    """A picture drawn by plots.py, which the page view fetches through the ``plot:`` scheme
    at a width that fits the panel."""
    # line-height must stay 100% here: the pages' 135% would stretch the picture's line too.
    note = f"<p align='center' style='margin-top:2px'><small>{caption}</small></p>" if caption else ""
    return (
        f"<p align='center' style='line-height:100%; margin-top:6px; margin-bottom:0px'>"
        f"<img src='{PLOT_SCHEME}:{name}'></p>{note}"
    )


def bullets(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def link(page_id: str, text: str) -> str:
    return f"<a href='{PAGE_SCHEME}:{page_id}'>{text}</a>"


def var(name: str, sub: str = "", sup: str = "") -> str:
    """An italic variable with an optional subscript and superscript, e.g. w<sub>ij</sub>."""
    text = f"<i>{name}</i>"
    if sub:
        text += f"<sub>{sub}</sub>"
    if sup:
        text += f"<sup>{sup}</sup>"
    return text


_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def plain_text(markup: str) -> str:
    """The words of a page, for searching."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()
