"""Impact (soil carbon and the dashboard).

A nested app of practices (its own models and migrations), as wagtail.contrib.* are."""
