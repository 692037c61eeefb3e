"""Imported once by PracticesConfig.ready() (practices.app_config): the signal handlers and
the page types' contexts."""

from django.apps import apps

from practices.receivers import register_signal_handlers
from practices.views import pages  # noqa: F401 - registers the page types' contexts

register_signal_handlers(apps.get_app_config("practices"))
