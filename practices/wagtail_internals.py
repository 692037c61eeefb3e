"""The few places where Terroir uses Wagtail's, treebeard's or Django's private attributes, in
one module: each for speed where no public API does the same, each documented with what it
relies on, and each checked by tests/practices/test_wagtail_internals.py, which fails if a new
release stops honouring it (then replace the helper, not its callers).

- `parent_remember`: treebeard's `MP_Node.get_parent()` keeps the parent it loaded in
  `_cached_parent_obj`; there is no public way to hand it a parent already loaded.
- `child_placed`: treebeard's `MP_Node.add_child()` asks the database for the last child at
  every insert; a bulk import computes the next paths itself with treebeard's own path
  arithmetic (`_get_path`, `_inc_path`) and marks the page as no site's root (`_is_site_root`,
  which Wagtail's `Page.save()` otherwise looks up).
- `site_remember`: Wagtail's `Site.find_for_request()` caches its answer on the request as
  `_wagtail_site`, and `Site._find_for_request()` is the uncached lookup; a middleware that
  keeps the sites in a shared cache gives Wagtail its answer that way.
- `request_host`: Django's `HttpRequest._get_raw_host()`, the host without ALLOWED_HOSTS'
  check (CommonMiddleware has checked it), as Wagtail's own site lookup reads it.
"""

from wagtail.models import Page, Site


def parent_remember(page: Page, parent: Page) -> None:
    """`page.get_parent()` answers `parent` without a query."""
    page._cached_parent_obj = parent


def child_routed(parent: Page, children, request, path_components: list[str]):
    """Route the request through the child of `parent` whose slug is the first path component,
    loaded by the queryset `children` (its specific type, its photo, in one query) and told its
    parent; None when there is no such child (Wagtail's own routing then answers)."""
    child = children.child_of(parent).filter(slug=path_components[0]).first()
    if child is None:
        return None
    parent_remember(child, parent)
    return child.route(request, path_components[1:])


def child_placed(page: Page, *, parent: Page, after: str | None) -> str:
    """Place an unsaved `page` as the child of `parent` that follows the one at path `after`
    (None: the first child), its parent remembered. Returns the page's path, the `after` of
    the next one. Saving the pages is the caller's."""
    path = (
        Page(path=after)._inc_path() if after else Page._get_path(parent.path, parent.depth + 1, 1)
    )
    page.path, page.depth, page.numchild = path, parent.depth + 1, 0
    parent_remember(page, parent)
    page._is_site_root = False
    page.url_path = f"{parent.url_path}{page.slug}/"
    return path


def site_remember(request, site: Site | None) -> None:
    """`Site.find_for_request(request)` answers `site` without a query."""
    request._wagtail_site = site


def site_lookup(request) -> Site | None:
    """Wagtail's own lookup of the request's site, without its per-request cache."""
    return Site._find_for_request(request)


def request_host(request) -> str:
    """The request's host and port as sent, not checked against ALLOWED_HOSTS again."""
    return request._get_raw_host()
