"""What the home page shows: the platform's counts and featured practices."""

from dataclasses import dataclass

from django.db.models import Count, Min, Sum

from wagtail.models import Locale, Page

from practices.models.pages import PracticeIndexPage, PracticePage
from practices.selectors.members import member_farm_query
from practices.selectors.visibility import practices_live


@dataclass(frozen=True)
class PlatformStats:
    practices: int
    countries: int
    farmers: int
    hectares: float


def practice_stats() -> PlatformStats:
    """Counts over live practices, each practice counted once whatever its translations."""
    # One version of each practice (the first), summed in SQL: no row reaches Python.
    first_versions = (
        practices_live()
        .order_by()  # no ordering column in the GROUP BY
        .values("translation_key")
        .annotate(first=Min("id"))
        .values("first")
    )
    totals = PracticePage.objects.filter(id__in=first_versions).aggregate(
        practices=Count("id"), farmers=Sum("farmers"), hectares=Sum("area_ha")
    )
    practices = totals["practices"]
    farmers = totals["farmers"] or 0
    hectares = totals["hectares"] or 0.0
    countries = practices_live().exclude(country="").values("country").distinct().count()
    return PlatformStats(practices, countries, farmers, hectares)


def practices_featured(*, locale: Locale, limit: int = 6) -> list[PracticePage]:
    """Newest practices of the locale with a photo and a measured or published result."""
    return list(
        practices_live()
        .filter(locale=locale, evidence__in=["measured", "peer_reviewed"])
        .exclude(photo=None)
        .select_related("photo")
        .order_by("-first_published_at", "-id")[:limit]
    )


def home_page_context(*, home: Page, user) -> dict:
    library = PracticeIndexPage.objects.live().filter(locale=home.locale).first()
    return {
        "stats": practice_stats(),
        "featured": practices_featured(locale=home.locale),
        "library": library,
        "farm_query": member_farm_query(user=user),
    }
