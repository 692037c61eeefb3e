from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from practices.indexing import practice_deleted, practice_saved
        from practices.models import PracticePage

        post_save.connect(practice_saved, sender=PracticePage)
        post_delete.connect(practice_deleted, sender=PracticePage)
