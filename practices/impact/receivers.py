"""The impact app's signal handlers, connected once from ImpactConfig.ready(): the dashboard's
cached figures are forgotten whenever what visitors may see changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from practices.impact.dashboard.selectors import dashboard_forget
from practices.models import ExperienceReport, PracticeCategory, Region
from practices.signals import pages_changed


def dashboard_changed(sender=None, raw=False, **kwargs) -> None:
    """Forget the figures now, and again once the change is committed (a request computing
    them meanwhile would otherwise cache what it read before the commit)."""
    if raw:
        return
    dashboard_forget()
    transaction.on_commit(dashboard_forget)


def report_changed(sender, instance=None, raw=False, **kwargs) -> None:
    if isinstance(instance, ExperienceReport) or sender is ExperienceReport:
        dashboard_changed(raw=raw)


def register_signal_handlers() -> None:
    for signal in (page_published, page_unpublished, post_page_move, pages_changed):
        signal.connect(dashboard_changed, dispatch_uid=f"dashboard-{id(signal)}")
    for model in (Page, PageViewRestriction, Region, ExperienceReport, PracticeCategory):
        post_delete.connect(dashboard_changed, sender=model, dispatch_uid=f"dashboard-del-{model}")
    for model in (PageViewRestriction, Region, ExperienceReport, PracticeCategory):
        post_save.connect(dashboard_changed, sender=model, dispatch_uid=f"dashboard-save-{model}")
    for signal in (published, unpublished):  # a report's review approved, or it was withdrawn
        signal.connect(report_changed, dispatch_uid=f"dashboard-report-{id(signal)}")
