"""Page -> search document: the one place that decides what is indexed, for both engines."""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from django.utils import translation
from django.utils.html import strip_tags

from wagtail.models import Page

from django_countries import countries

from practices.models import PracticePage, TutorialPage, VideoPage
from practices.models.profile import COORDINATES, PROFILE_NUMBERS
from practices.selectors.labels import category_labels
from practices.selectors.visibility import pages_visible
from search.encoder import Profile, profile_encode
from search.engine.base import CODED_FIELDS

KINDS = {PracticePage: "practice", TutorialPage: "tutorial", VideoPage: "video"}
INDEXED_MODELS = tuple(KINDS)


@dataclass
class IndexedPage:
    fields: dict  # the document's fields (search.models.SearchDocument's)
    words: dict  # the text of each column (search.engine.base.TEXT_COLUMNS), as written
    tags: list[str]


def indexable(queryset):
    """Only pages visitors may see are ever indexed (practices.selectors.pages_visible)."""
    return pages_visible(queryset)


def indexable_page_ids() -> list[int]:
    """Every live, public page that is indexed, by id."""
    ids = []
    for model in INDEXED_MODELS:
        ids += indexable(model.objects.all()).values_list("pk", flat=True)
    return sorted(ids)


def pages_indexable(page_ids: Iterable[int]) -> list[Page]:
    """Those of these pages that are live and public, with what their documents need."""
    pages = []
    for model in INDEXED_MODELS:
        queryset = indexable(model.objects.filter(pk__in=page_ids)).select_related("locale")
        if model is PracticePage:
            queryset = queryset.select_related("region").prefetch_related(
                "categories", "tagged_items__tag"
            )
        else:
            queryset = queryset.prefetch_related("categories")
        pages += list(queryset)
    return pages


@cache
def code_labels(name: str) -> dict[str, str]:
    """The codes of a coded field (CODED_FIELDS) and their labels, translated when shown."""
    return dict(PracticePage._meta.get_field(name).flatchoices)


@cache
def _label(model, field: str, code: str, language: str) -> str:
    """A vocabulary code's label in a language (cached: indexing labels many pages)."""
    with translation.override(language):
        return str(dict(model._meta.get_field(field).flatchoices).get(code, code))


@cache
def _country_name(code: str, language: str) -> str:
    with translation.override(language):
        return str(countries.name(code))


def farm_key(latitude: float | None, longitude: float | None) -> str:
    """Practices within about a kilometre of each other are taken to be the same farm."""
    if latitude is None or longitude is None:
        return ""
    return f"{latitude:.2f}:{longitude:.2f}"


def _body_text(page: Page) -> str:
    parts = []
    body = getattr(page, "body", None)
    if body is not None:
        parts += [strip_tags(str(p)) for p in body.stream_block.get_searchable_content(body)]
    for name in ("what_worked", "what_did_not_work", "transcript", "contributor"):
        parts.append(getattr(page, name, "") or "")
    return " ".join(parts)


def page_document(page: Page) -> IndexedPage:
    """The document of a visible page (callers select them with `indexable`)."""
    language = page.locale.language_code
    labels = category_labels(locale=page.locale_id)  # cached per locale
    slugs = [category.slug for category in page.categories.all()]
    tags = (
        [item.tag.name for item in page.tagged_items.all()] if hasattr(page, "tagged_items") else []
    )
    vocabulary_labels = [
        _label(type(page), name, getattr(page, name), language)
        for name in CODED_FIELDS
        if getattr(page, name, "")
    ]
    country_name = _country_name(str(page.country), language) if page.country else ""
    region = getattr(page, "region", None)
    fields = {
        "kind": KINDS[type(page)],
        "language": language,
        "translation_key": page.translation_key,
        "title": page.title,
        "summary": page.summary,
        "url": page.get_url() or page.url_path,
        "country": str(page.country or ""),
        "region": region.slug if region else "",
        "categories": ";".join(slugs),
        **{name: getattr(page, name, "") for name in CODED_FIELDS},  # tutorials have no outcome
        **{name: getattr(page, name) for name in (*PROFILE_NUMBERS, *COORDINATES)},
        "farm_key": farm_key(page.latitude, page.longitude),
        "published_at": page.first_published_at,
        "vector": profile_encode(Profile.from_object(page)).tobytes(),
    }
    words = {
        "title": page.title,
        "summary": page.summary,
        "body": _body_text(page),
        "tags": " ".join(tags),
        "labels": " ".join(
            [*(labels.get(s, s) for s in slugs), *vocabulary_labels, country_name, page.koppen]
        ),
    }
    return IndexedPage(fields, words, tags)
