"""Object permissions the Wagtail admin asks about, beyond Django's model permissions."""

from wagtail.permission_policies import ModelPermissionPolicy


class ReportPermissionPolicy(ModelPermissionPolicy):
    """ "I tried this" reports: Django's model permissions, and the reviewer of a report in
    review may open it (the regional review decides who: RegionalReviewTask.may_review), so
    that the review queue links to it. Publishing stays with the review's actions."""

    def user_has_permission_for_instance(self, user, action, instance):
        if super().user_has_permission_for_instance(user, action, instance):
            return True
        if action != "change":
            return False
        task = instance.current_workflow_task
        return task is not None and task.specific.may_review(instance, user)
