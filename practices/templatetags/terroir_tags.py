from dataclasses import dataclass

from django import template

from practices import vocabulary as v

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """A link per language: the page's translation when it is live, else that language's
    home page; outside Wagtail pages, the same URL with the other language prefix."""
    navigation = context.get("navigation")
    if navigation is None:
        return []
    return [LanguageLink(*link) for link in navigation.language_links(context.get("page"))]


@register.filter
def outcome_label(code: str) -> str:
    """The translated name of an outcome code ("worked" -> "Worked")."""
    return str(dict(v.Outcome.choices).get(code, code))


@register.filter
def said_at_top(messages) -> list:
    """The messages the page's top says: not those said next to the form they answer (extra
    tag "near-form", or "near-answer question-<id>")."""
    return [message for message in messages if "near-" not in message.extra_tags]
