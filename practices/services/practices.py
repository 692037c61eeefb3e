"""Writing practices."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page

from taggit.models import Tag

from practices.models import PracticeCategory, PracticePage, Region
from practices.signals import pages_changed
from practices.wagtail_internals import child_placed


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


@dataclass
class PracticeDraft:
    """What a new practice is made of, before it has a place in the page tree."""

    fields: dict
    categories: list[PracticeCategory]
    tags: list[str] = field(default_factory=list)
    region: Region | None = None


def _practice_build(
    draft: PracticeDraft, *, parent: Page, user, publish: bool, published_at, taken, tags=None
) -> PracticePage:
    page = PracticePage(**draft.fields, region=draft.region, owner=user)
    page.locale = parent.locale
    page.slug = slug_unique(parent=parent, title=page.title, taken=taken)
    page.categories = list(draft.categories)
    if draft.tags:
        page.tags.set(list(draft.tags) if tags is None else [tags[name] for name in draft.tags])
    page.live = publish
    if publish:
        page.first_published_at = page.last_published_at = published_at or timezone.now()
    return page


def practice_create(
    *,
    parent: Page,
    fields: dict,
    categories: Iterable[PracticeCategory],
    tags: Iterable[str] = (),
    region: Region | None = None,
    user: AbstractBaseUser | None = None,
    publish: bool = True,
    published_at: datetime | None = None,
    taken_slugs: set[str] | None = None,
) -> PracticePage:
    """Create a practice under `parent` (a PracticeIndexPage), published unless asked not to,
    with its first revision.

    The page is validated as in the admin (Page.full_clean on save), so coordinates at sea or
    out of range raise a ValidationError and nothing is written.
    """
    draft = PracticeDraft(fields, list(categories), list(tags), region)
    page = _practice_build(
        draft,
        parent=parent,
        user=user,
        publish=publish,
        published_at=published_at,
        taken=taken_slugs,
    )
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=False, clean=False)
    if publish:
        page.live_revision = revision
        page.save(update_fields=["live_revision"], clean=False)
    pages_changed.send(sender=PracticePage, page_ids=[page.pk])
    return page


@transaction.atomic
def practices_create_bulk(
    *,
    parent: Page,
    drafts: Iterable[PracticeDraft],
    user: AbstractBaseUser | None = None,
    taken_slugs: set[str] | None = None,
) -> list[PracticePage]:
    """Publish many already-validated practices under one parent, fast (imports).

    The callers validate each draft with the model's own form fields and the location
    derivation first (practices.services.interchange), so the pages are saved without a
    second full_clean; tree paths are computed here instead of asking the database for the
    last child at every insert; no revision is written (a live page without revisions is
    valid in Wagtail; its history starts at the first edit).
    """
    if taken_slugs is None:
        taken_slugs = set(parent.get_children().values_list("slug", flat=True))
    drafts = list(drafts)
    tags = _tags_ensure({name for draft in drafts for name in draft.tags})
    last = parent.get_last_child()
    path = last.path if last else None
    created = []
    for draft in drafts:
        page = _practice_build(
            draft,
            parent=parent,
            user=user,
            publish=True,
            published_at=None,
            taken=taken_slugs,
            tags=tags,
        )
        path = child_placed(page, parent=parent, after=path)
        page.save(clean=False)
        created.append(page)
    if created:
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(created))
        parent.numchild += len(created)
        pages_changed.send(sender=PracticePage, page_ids=[page.pk for page in created])
    return created


def _tags_ensure(names: set[str]) -> dict[str, Tag]:
    """name -> Tag, creating the missing ones: two queries for a whole import."""
    existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    for name in sorted(names - set(existing)):
        existing[name] = Tag.objects.create(name=name, slug=_tag_slug(name))
    return existing


def _tag_slug(name: str) -> str:
    base = slugify(name, allow_unicode=True)[:90] or "tag"
    slug, counter = base, 1
    while Tag.objects.filter(slug=slug).exists():
        counter += 1
        slug = f"{base}-{counter}"
    return slug


def region_for_country(*, country: str, regions: Iterable[Region]) -> Region | None:
    for region in regions:
        if country in {code.code for code in region.countries}:
            return region
    return None
