"""Imported once by ImpactConfig.ready() (practices.app_config)."""

from practices.impact import views  # noqa: F401 - registers the practice page's carbon line
from practices.impact.receivers import register_signal_handlers

register_signal_handlers()
