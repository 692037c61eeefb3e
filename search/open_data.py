"""Open data: one practice as a full record, the dates of results, and the corpus exports.

Only live, public practices (practices.selectors.visibility) ever appear."""

from django.http import Http404

from practices.models import PracticePage
from practices.selectors.visibility import practices_live
from practices.services.interchange import practice_record


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def practice_open_record(*, practice_id: int, absolute) -> dict:
    """A live practice in the interchange format's fields, with its translation key, address,
    dates and live translations (language -> id and address). `absolute` makes a path a URL."""
    page = (
        practices_live()
        .filter(pk=practice_id)
        .select_related("locale", "region")
        .prefetch_related("categories", "tagged_items__tag")
        .first()
    )
    if page is None:
        raise Http404("No such practice")
    translations = (
        practices_live()
        .filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
    )
    record = {key: _plain(value) for key, value in practice_record(page).items()}
    return {
        "id": page.pk,
        "translation_key": str(page.translation_key),
        "url": absolute(page.get_url()),
        **record,
        "first_published_at": _iso(page.first_published_at),
        "last_published_at": _iso(page.last_published_at),
        "translations": {
            other.locale.language_code: {"id": other.pk, "url": absolute(other.get_url())}
            for other in translations
        },
    }


def _plain(value):
    """A record's value as JSON has it (a Decimal as a number)."""
    if value is None or isinstance(value, str | int | float | bool | list):
        return value
    return float(value)


def practices_dates(page_ids: list[int]) -> dict[int, tuple]:
    """First and last publication of these pages, by id (one query)."""
    rows = PracticePage.objects.filter(pk__in=page_ids).values_list(
        "pk", "first_published_at", "last_published_at"
    )
    return {pk: (_iso(first), _iso(last)) for pk, first, last in rows}
