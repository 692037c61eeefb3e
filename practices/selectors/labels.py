"""Category and region names in the reader's language, cached (edits clear the cache at once:
practices.receivers)."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.core.cache import cache

from wagtail.models import Locale

from practices.models.taxonomy import PracticeCategory, Region

LABELS_TTL = 300  # seconds; edits clear the cache at once (practices.receivers)


def _labels(model, locale_id: int) -> dict:
    """slug -> name in the locale (falling back to any language), and id -> the same name."""
    key = f"terroir:labels:{model._meta.model_name}:{locale_id}"
    labels = cache.get(key)
    if labels is None:
        items = list(
            model.objects.order_by("locale_id").only("slug", "name", "locale", "translation_key")
        )
        by_key = {}
        for item in items:
            if item.locale_id == locale_id or item.translation_key not in by_key:
                by_key[item.translation_key] = item.name
        labels = {}
        for item in items:
            if item.locale_id == locale_id or item.slug not in labels:
                labels[item.slug] = item.name
            labels[item.id] = by_key[item.translation_key]
        cache.set(key, labels, LABELS_TTL)
    return labels


def labels_forget(model) -> None:
    for locale_id in Locale.objects.values_list("id", flat=True):
        cache.delete(f"terroir:labels:{model._meta.model_name}:{locale_id}")


def category_labels(*, locale: Locale) -> dict[str, str]:
    """slug -> category name in `locale`, falling back to the name in any other language."""
    labels = _labels(PracticeCategory, locale.id if isinstance(locale, Locale) else locale)
    return {key: name for key, name in labels.items() if isinstance(key, str)}


def region_labels(*, locale: Locale) -> dict[str, str]:
    """slug -> region name in `locale`, falling back to the name in any other language."""
    labels = _labels(Region, locale.id if isinstance(locale, Locale) else locale)
    return {key: name for key, name in labels.items() if isinstance(key, str)}


def region_label(*, region_id: int | None, locale_id: int) -> str:
    """The region's name in the locale, without loading the region (cached labels)."""
    if region_id is None:
        return ""
    return _labels(Region, locale_id).get(region_id, "")


@dataclass(frozen=True)
class CategoryLink:
    slug: str
    name: str


def category_links(page, labels: Mapping[str, str]) -> list[CategoryLink]:
    # `page.categories.all()` is served from a prefetch where the caller made one.
    return [
        CategoryLink(category.slug, labels.get(category.slug, category.name))
        for category in page.categories.all()
    ]
