"""Which pages a visitor may see: one rule for the counts, the export, the search index and
every listing."""

from django.db.models import QuerySet

from wagtail.models import Page

from practices.models.pages import PracticePage


def pages_visible(queryset: QuerySet) -> QuerySet:
    """The pages of `queryset` a visitor may see: live, public, and under live pages only
    (one rule for the counts, the export and the search index)."""
    queryset = queryset.live().public()
    hidden_branches = Page.objects.filter(live=False, numchild__gt=0).values_list("path", flat=True)
    for path in hidden_branches:
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def practices_live() -> QuerySet[PracticePage]:
    """Every practice a visitor may see, in any language: never a draft or a private page."""
    return pages_visible(PracticePage.objects.all())
