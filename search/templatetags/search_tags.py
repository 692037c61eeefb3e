from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.engine.base import HIGHLIGHT_END, HIGHLIGHT_START
from search.selectors import practice_comparable, reader_profile, reports_summary

register = template.Library()


@register.simple_tag
def comparable_practices(practice, limit: int = 5):
    """Practices from other farms in the most similar conditions (practice pages)."""
    return practice_comparable(practice=practice, limit=limit).hits


@register.simple_tag(takes_context=True)
def experience_summary(context, reports):
    """How the "I tried this" reports went, and how they went in conditions like the reader's
    (their chosen conditions, or their farm)."""
    request = context.get("request")
    reader = None
    if reports and request is not None:  # nothing to compare with: no need to know the reader
        reader = reader_profile(user=request.user, params=request.GET)
    return reports_summary(reports=reports, reader=reader)


@register.filter
def highlight(passage: str) -> str:
    """A matched passage with its matched words in <mark>: the text is escaped first, then only
    the engine's private-use markers become tags."""
    escaped = escape(passage)
    return mark_safe(  # noqa: S308 - escaped above; only our markers become <mark>
        escaped.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>")
    )
