"""The network app's signal handlers, connected once from NetworkConfig.ready(): the maps'
cached drawings are forgotten whenever what they show may have changed."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from practices.network.models import Organisation
from practices.network.selectors.version import maps_forget
from practices.signals import pages_changed


def maps_changed(sender=None, raw=False, **kwargs) -> None:
    """Forget now, and again once the change is committed (a request drawing a map meanwhile
    would otherwise cache what it read before the commit)."""
    if raw:
        return
    maps_forget()
    transaction.on_commit(maps_forget)


def register_signal_handlers() -> None:
    for signal in (page_published, page_unpublished, post_page_move, pages_changed):
        signal.connect(maps_changed, dispatch_uid=f"maps-{id(signal)}")
    for model in (Page, PageViewRestriction, Site, Organisation):
        post_delete.connect(maps_changed, sender=model, dispatch_uid=f"maps-del-{model}")
    for model in (PageViewRestriction, Site, Organisation):
        post_save.connect(maps_changed, sender=model, dispatch_uid=f"maps-save-{model}")
    m2m_changed.connect(
        maps_changed, sender=Organisation.regions.through, dispatch_uid="maps-org-regions"
    )
