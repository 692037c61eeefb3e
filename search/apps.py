from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search and similarity")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import (
            sync,  # noqa: F401 - connects the index sync handlers
            twins,  # noqa: F401 - the twin-region page's suggestions
        )
