"""Imported once by RegionsConfig.ready() (practices.app_config)."""

from practices.regions import views  # noqa: F401 - registers the page types' context
