from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from django.urls import register_converter

        from practices.converters import DatabaseIdConverter

        register_converter(DatabaseIdConverter, "id")  # before any URL module is read

        from django.core import checks

        from practices.views.limits import client_address_check

        checks.register(client_address_check, checks.Tags.security)

        from practices.indexing import practice_deleted, practice_saved
        from practices.models import PracticePage

        post_save.connect(practice_saved, sender=PracticePage)
        post_delete.connect(practice_deleted, sender=PracticePage)

        from practices.models import PracticeCategory, Region
        from practices.selectors import labels_forget

        def forget_labels(sender, **kwargs):
            labels_forget(sender)

        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from practices.context_processors import navigation_forget

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(navigation_forget, weak=False, dispatch_uid=f"nav-{signal}")
        post_delete.connect(navigation_forget, sender=Page, weak=False)
        from wagtail.models import Site

        for signal in (post_save, post_delete):  # knowledge.middleware caches the sites
            signal.connect(
                navigation_forget, sender=Site, weak=False, dispatch_uid=f"site-{signal}"
            )

        for model in (PracticeCategory, Region):
            post_save.connect(forget_labels, sender=model, weak=False)
            post_delete.connect(forget_labels, sender=model, weak=False)

        from django.db.models.signals import m2m_changed

        from practices.services.contributions import correspondents_grouped

        def correspondents_changed(sender, instance, action, reverse, **kwargs):
            if action == "post_add" and not reverse:
                correspondents_grouped(instance)

        m2m_changed.connect(
            correspondents_changed, sender=Region.correspondents.through, weak=False
        )

        from django.db.models.signals import post_migrate

        from practices.receivers import taxonomy_install_after_migrate

        post_migrate.connect(
            taxonomy_install_after_migrate, sender=self, dispatch_uid="practices-taxonomy"
        )

        from practices import notifications

        notifications.connect()
