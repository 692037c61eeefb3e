"""Admin page forms (Wagtail's `base_form_class`)."""

from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminPageForm


class LearningPageForm(WagtailAdminPageForm):
    """A tutorial or a video. A correspondent writes for their region: the page's country (given,
    or derived from the coordinates by the model's clean) must be one of their regions'."""

    def _post_clean(self):
        super()._post_clean()  # the model's clean fills the country from the coordinates
        if self.for_user is None or self.parent_page is None:
            return
        perms = self.parent_page.permissions_for_user(self.for_user)
        if not getattr(perms, "as_correspondent", False):
            return
        country = str(self.instance.country or "")
        if country in perms.countries:
            return
        if {"country", "latitude", "longitude"} & set(self.errors):
            return  # the place itself is wrong: that error says so
        message = _(
            "You write for the countries of your regions (%(countries)s). Give the country, or "
            "the coordinates, of a place there; a moderator publishes pages for other countries."
        ) % {"countries": ", ".join(sorted(perms.countries)) or "—"}
        self.add_error("country", message)
