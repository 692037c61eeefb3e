"""Index sync: every change to what visitors may see reaches the index in the same transaction."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from practices.models import PracticeCategory, PracticePage, Region
from practices.signals import pages_changed
from search.documents import INDEXED_MODELS
from search.index import pages_sync, remove_pages


def _with_descendants(page: Page) -> list[int]:
    ids = [page.pk]
    if page.numchild:
        ids += list(page.get_descendants().values_list("pk", flat=True))
    return ids


@receiver(page_published)
@receiver(page_unpublished)
def page_visibility_changed(sender, instance, **kwargs):
    # Publishing runs after the revision's tags and categories are saved, so they are indexed.
    pages_sync(_with_descendants(instance))


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    pages_sync(_with_descendants(instance))


@receiver(pages_changed)
def pages_changed_by_a_service(sender, page_ids, **kwargs):
    pages_sync(page_ids)


def _page_deleted(sender, instance, **kwargs):
    remove_pages({instance.pk})


for _model in INDEXED_MODELS:
    post_delete.connect(_page_deleted, sender=_model, dispatch_uid=f"search-delete-{_model}")


@receiver(post_save, sender=PracticeCategory)
def category_renamed(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    same_category = PracticeCategory.objects.filter(slug=instance.slug)
    ids = set(
        PracticePage.objects.filter(categories__in=same_category).values_list("pk", flat=True)
    )
    pages_sync(ids)


@receiver(post_save, sender=Region)
def region_changed(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    pages_sync(set(PracticePage.objects.filter(region=instance).values_list("pk", flat=True)))
