"""Imported once by SearchConfig.ready() (practices.app_config): connects the index and export
handlers and registers the twin-region page's suggestions."""

from search import exports, sync, twins  # noqa: F401
