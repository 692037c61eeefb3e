from dataclasses import dataclass

from django import template

from practices import vocabulary as v

register = template.Library()

# Where `keep_title` leaves the page's title for `kept_title`: the render context lasts one
# rendering of one page, across the templates it extends (Django's "thread-safety" notes).
TITLE_KEY = "terroir_title"


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


class KeepTitleNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context) -> str:
        title = self.nodelist.render(context)
        context.render_context[TITLE_KEY] = title
        return title


@register.tag
def keep_title(parser, token):
    """`{% keep_title %}…{% endkeep_title %}`: draws what it holds (base.html's <title>, the
    page's `title` block) and keeps it, so that `{% kept_title %}` further down the same page
    (its <h1>) says the same without the page naming its title twice."""
    nodelist = parser.parse(("endkeep_title",))
    parser.delete_first_token()
    return KeepTitleNode(nodelist)


@register.simple_tag(takes_context=True)
def kept_title(context) -> str:
    """The title `keep_title` drew at the top of this page, as it drew it: a template's output,
    safe already, so not escaped twice."""
    return context.render_context.get(TITLE_KEY, "")


@register.filter
def fields(form, names: str) -> list:
    """The form's fields of these names, in this order: `form|fields:"soil_group texture"`
    (a name the form lacks is an error, not a field left out)."""
    return [form[name] for name in names.split()]
