from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Locale, Page

from practices.services.site import home_for

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
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = None
        if isinstance(page, Page):
            locale = Locale.objects.filter(language_code=code).first()
            target = page.get_translation_or_none(locale) if locale else None
            if target is None or not target.live:
                target = home_for(locale=locale) if locale else None
            url = target.url if target is not None else None
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        links.append(LanguageLink(code, name, url or f"/{code}/", code == current))
    return links
