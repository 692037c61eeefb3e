"""Imported once by HomeConfig.ready() (practices.app_config): the navigation cache's handlers."""

from home.receivers import register_signal_handlers

register_signal_handlers()
