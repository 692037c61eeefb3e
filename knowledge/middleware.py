from django.middleware.locale import LocaleMiddleware


class TerroirLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 of the JSON API stays a 404 (Django would
    redirect it to a language-prefixed URL that Wagtail's catch-all then serves)."""

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)
