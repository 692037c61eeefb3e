"""Index sync: every change to what visitors may see reaches the index in the same transaction.

The embedded index is written in the caller's transaction; when Elasticsearch is configured, the
same transaction queues the pages in the outbox (search.engine.elasticsearch.outbox), delivered
after the commit, and the embedded index stays current as its fallback. The handlers below are
connected when the app is ready (search.apps).
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from practices.models import PracticeCategory, PracticePage, Region, TutorialPage, VideoPage
from practices.signals import pages_changed
from search.documents import INDEXED_MODELS, pages_indexable
from search.engine.elasticsearch.outbox import outbox_add
from search.engine.embedded.indexing import index_update
from search.models import SearchDocument


@transaction.atomic
def pages_sync(page_ids: Iterable[int]) -> None:
    """Index these pages if they are live and public now, remove them otherwise."""
    page_ids = set(page_ids)
    if not page_ids:
        return
    keep = {page.pk: page for page in pages_indexable(page_ids)}
    gone = page_ids - set(keep)
    keys = index_update(pages=keep.values(), removed=gone)
    outbox_add(
        {
            **{page_id: keys.get(page_id) for page_id in gone},
            **{pk: str(page.translation_key) for pk, page in keep.items()},
        }
    )


@transaction.atomic
def pages_remove(page_ids: set[int]) -> None:
    keys = index_update(removed=page_ids)
    outbox_add({page_id: keys.get(page_id) for page_id in page_ids})


def _with_descendants(page: Page) -> list[int]:
    ids = [page.pk]
    if page.numchild:
        ids += list(page.get_descendants().values_list("pk", flat=True))
    return ids


def _descendants_out_of_step(page: Page) -> bool:
    """Whether the live indexed pages below `page` differ from the indexed ones (two counts):
    true after a branch is published again, false for an ordinary edit of a parent page."""
    if not page.numchild:
        return False
    below = Q(path__startswith=page.path) & ~Q(pk=page.pk)
    live = sum(model.objects.live().filter(below).count() for model in INDEXED_MODELS)
    indexed = SearchDocument.objects.filter(
        page_id__in=Page.objects.filter(below).values("pk")
    ).count()
    return live != indexed


@receiver(page_published)
def page_published_sync(sender, instance, **kwargs):
    # Publishing runs after the revision's tags and categories are saved, so they are indexed.
    if _descendants_out_of_step(instance):
        pages_sync(_with_descendants(instance))
    else:
        pages_sync([instance.pk])


@receiver(page_unpublished)
@receiver(post_page_move)
def page_visibility_or_place_changed(sender, instance, **kwargs):
    pages_sync(_with_descendants(instance))


@receiver(page_slug_changed)
def page_url_changed(sender, instance, **kwargs):
    pages_sync(_with_descendants(instance))


@receiver(pages_changed)
def pages_changed_by_a_service(sender, page_ids, **kwargs):
    pages_sync(page_ids)


def _page_deleted(sender, instance, **kwargs):
    pages_remove({instance.pk})


for _model in INDEXED_MODELS:
    post_delete.connect(_page_deleted, sender=_model, dispatch_uid=f"search-delete-{_model}")


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, raw=False, **kwargs):
    """A page made private (or public again) leaves (or rejoins) the index, with its branch."""
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        pages_sync(_with_descendants(page))


def _pages_using(model, instance) -> set[int]:
    if model is PracticeCategory:
        same = PracticeCategory.objects.filter(slug=instance.slug)
        return {
            *PracticePage.objects.filter(categories__in=same).values_list("pk", flat=True),
            *TutorialPage.objects.filter(categories__in=same).values_list("pk", flat=True),
            *VideoPage.objects.filter(categories__in=same).values_list("pk", flat=True),
        }
    return set(PracticePage.objects.filter(region=instance).values_list("pk", flat=True))


@receiver(post_save, sender=PracticeCategory)
@receiver(post_save, sender=Region)
def taxonomy_edited(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        pages_sync(_pages_using(sender, instance))


@receiver(pre_delete, sender=PracticeCategory)
@receiver(pre_delete, sender=Region)
def taxonomy_deleting(sender, instance, **kwargs):
    instance._indexed_pages = _pages_using(sender, instance)


@receiver(post_delete, sender=PracticeCategory)
@receiver(post_delete, sender=Region)
def taxonomy_deleted(sender, instance, **kwargs):
    pages_sync(getattr(instance, "_indexed_pages", set()))
