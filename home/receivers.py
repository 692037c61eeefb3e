"""The home app's signal handlers: the cached navigation is forgotten when pages or sites
change. Connected from HomeConfig.ready()."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.context_processors import navigation_forget


def register_signal_handlers() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(navigation_forget, dispatch_uid=f"nav-{signal}")
    post_delete.connect(navigation_forget, sender=Page, dispatch_uid="nav-page-deleted")
    for signal in (post_save, post_delete):  # knowledge.middleware caches the sites
        signal.connect(navigation_forget, sender=Site, dispatch_uid=f"site-{signal}")
