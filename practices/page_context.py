"""What a page type's template is given besides the page: its reads (the library's listing, a
practice's reports and questions, …), registered by the module that owns them
(practices.views.pages), so that the page models never import the selectors and forms above
them. Wagtail asks a page for its context (`Page.get_context`); PageContextMixin answers with
the function registered for the page's type, then with the additions the nested apps register
(practices.impact's carbon estimate on a practice page, …) with `page_context_addition`."""

from collections.abc import Callable

_BUILDERS: dict[str, Callable] = {}
_ADDITIONS: dict[str, list[Callable]] = {}


def page_context(model_name: str):
    """Register `function(page, request) -> dict` as the context of a page type."""

    def register(function: Callable) -> Callable:
        _BUILDERS[model_name] = function
        return function

    return register


def page_context_addition(model_name: str):
    """Register `function(page, request) -> dict` as more context for a page type (and the types
    derived from it), added after its own: how a nested app shows something on a core page."""

    def register(function: Callable) -> Callable:
        _ADDITIONS.setdefault(model_name, []).append(function)
        return function

    return register


class PageContextMixin:
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        models = [model.__name__ for model in type(self).__mro__]
        # A type's own builder, else its base's (tutorials, videos).
        if builder := next((_BUILDERS[name] for name in models if name in _BUILDERS), None):
            context.update(builder(self, request))
        for name in models:
            for addition in _ADDITIONS.get(name, ()):
                context.update(addition(self, request))
        return context
