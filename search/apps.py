from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search and similarity")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connect the index and export handlers; register the twin-region page's suggestions.
        from search import exports, sync, twins  # noqa: F401
