"""Network (maps, members and partners).

A nested app of practices (its own models and migrations), as wagtail.contrib.* are."""
