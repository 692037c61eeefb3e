"""Contributions from the public site: a farmer's practice becomes a draft that the regional
review workflow routes to the correspondents of its region (practices.models.review)."""

from collections.abc import Iterable

from django.contrib.auth.models import Group
from django.db import transaction

from practices.models import PracticeCategory, PracticeIndexPage, PracticePage, Region
from practices.services.practices import practice_create, region_for_country
from practices.services.site import CORRESPONDENTS


@transaction.atomic
def practice_submit(
    *,
    user,
    library: PracticeIndexPage,
    fields: dict,
    categories: Iterable[PracticeCategory],
) -> PracticePage:
    """Create the farmer's practice as a draft they own under `library` and submit it for
    review. Raises ValidationError (nothing written) on invalid fields, e.g. a point at sea."""
    page = PracticePage(**fields)
    page.profile_fill_derived()  # country and Köppen class from the coordinates
    regions = Region.objects.filter(locale=library.locale)
    region = region_for_country(country=str(page.country), regions=regions)
    page = practice_create(
        parent=library,
        fields={**fields, "country": page.country, "koppen": page.koppen},
        categories=categories,
        region=region,
        user=user,
        publish=False,
    )
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    return page


def correspondents_grouped(region: Region) -> None:
    """Every correspondent of a region may enter the admin, where their review queue is."""
    group = Group.objects.get_or_create(name=CORRESPONDENTS)[0]
    group.user_set.add(*region.correspondents.all())
