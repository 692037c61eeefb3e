"""wagtail-localize's views that create or update translations, with a check on the object
(practices.permissions.user_may_translate). practices/wagtail_hooks.py registers them on the same
admin paths, ahead of wagtail-localize's (`practices` comes first in INSTALLED_APPS)."""

from django.core.exceptions import PermissionDenied

from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from practices.permissions import user_may_translate


class ObjectCheckMixin:
    def translated_instance(self):
        return self.get_object()

    def dispatch(self, request, *args, **kwargs):
        if not user_may_translate(request.user, self.translated_instance()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PageTranslationView(ObjectCheckMixin, SubmitPageTranslationView):
    pass


class SnippetTranslationView(ObjectCheckMixin, SubmitSnippetTranslationView):
    pass


class TranslationsUpdateView(ObjectCheckMixin, UpdateTranslationsView):
    def translated_instance(self):
        return self.get_object().get_source_instance()
