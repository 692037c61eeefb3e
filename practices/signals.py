"""Signals the practice library sends, for apps that follow its changes (the search index).

`practices` never imports `search`; the search app listens here instead.
"""

from django.dispatch import Signal

# Sent, inside the writing transaction, when pages were created or changed by a service
# (imports, the demo loader) rather than through Wagtail's publish/unpublish. Argument:
# page_ids (a list of page primary keys).
pages_changed = Signal()

# Sent when a regional review declines a contribution for good (RegionalReviewTask "decline").
# Arguments: workflow_state, reason (what the farmer reads).
contribution_declined = Signal()
