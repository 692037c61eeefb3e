"""Imported once by NetworkConfig.ready() (practices.app_config)."""

from practices.network import views  # noqa: F401 - registers the practice page's locator map
from practices.network.receivers import register_signal_handlers

register_signal_handlers()
