"""Regions (region pages, events, twin regions).

A nested app of practices (its own models and migrations), as wagtail.contrib.* are."""
