"""Writing practices."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page

from practices.models import PracticeCategory, PracticePage, Region


def slug_unique(*, parent: Page, title: str, taken: set[str] | None = None) -> str:
    """A slug from the title that no sibling uses ("zai-pits", then "zai-pits-2"…).

    `taken` lets a bulk caller keep the siblings' slugs in memory instead of asking the
    database each time; it is updated with the slug returned.
    """
    if taken is None:
        taken = set(parent.get_children().values_list("slug", flat=True))
    base = slugify(title, allow_unicode=False)[:70].strip("-") or "practice"
    slug, counter = base, 1
    while slug in taken:
        counter += 1
        slug = f"{base}-{counter}"
    taken.add(slug)
    return slug


def practice_create(
    *,
    parent: Page,
    fields: dict,
    categories: Iterable[PracticeCategory],
    tags: Iterable[str] = (),
    region: Region | None = None,
    user: AbstractBaseUser | None = None,
    publish: bool = True,
    taken_slugs: set[str] | None = None,
) -> PracticePage:
    """Create a practice under `parent` (a PracticeIndexPage), published unless asked not to.

    The page is validated as in the admin (Page.full_clean on save), so coordinates at sea or
    out of range raise a ValidationError and nothing is written.
    """
    page = PracticePage(**fields, region=region, owner=user)
    page.slug = slug_unique(parent=parent, title=page.title, taken=taken_slugs)
    page.categories = list(categories)
    if tags:
        page.tags.set(list(tags))
    if publish:
        now = timezone.now()
        page.live = True
        page.first_published_at = page.last_published_at = now
    else:
        page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=False, clean=False)
    if publish:
        page.live_revision = revision
        page.save(update_fields=["live_revision"], clean=False)
    return page


def region_for_country(*, country: str, regions: Iterable[Region]) -> Region | None:
    for region in regions:
        if country in {code.code for code in region.countries}:
            return region
    return None
