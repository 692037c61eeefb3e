"""The AppConfig of Terroir's apps (practices, its nested apps, home, search).

What an app registers at start-up (signal handlers, additions to core pages) needs the models,
so it cannot run when apps.py is imported: it lives in the app's `registration` module, which
`ready()` imports once, the way Django's admin discovers each app's admin.py."""

from importlib import import_module

from django.apps import AppConfig
from django.utils.module_loading import module_has_submodule


class TerroirAppConfig(AppConfig):
    # In an apps.py, Django uses the one config marked default: the app's own, not this base.
    default = False
    default_auto_field = "django.db.models.BigAutoField"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.default = True

    def ready(self):
        if module_has_submodule(self.module, "registration"):
            import_module(f"{self.name}.registration")
