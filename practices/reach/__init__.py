"""Reach (renditions, offline packs, sheets).

A nested app of practices (its own models and migrations), as wagtail.contrib.* are."""
