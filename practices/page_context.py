"""What a page type's template is given besides the page: its reads (the library's listing, a
practice's reports and questions, …), registered by the module that owns them
(practices.views.pages), so that the page models never import the selectors and forms above
them. Wagtail asks a page for its context (`Page.get_context`); PageContextMixin answers with
the function registered for the page's type."""

from collections.abc import Callable

_BUILDERS: dict[str, Callable] = {}


def page_context(model_name: str):
    """Register `function(page, request) -> dict` as the context of a page type."""

    def register(function: Callable) -> Callable:
        _BUILDERS[model_name] = function
        return function

    return register


class PageContextMixin:
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for model in type(self).__mro__:  # a type's own, else its base's (tutorials, videos)
            if builder := _BUILDERS.get(model.__name__):
                context.update(builder(self, request))
                break
        return context
