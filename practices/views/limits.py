"""Rate limits on form posts, per account first, then per IP address (django-ratelimit counts
them in the cache named by RATELIMIT_USE_CACHE, apart from the pages' cache).

A view names its limit once; a limited post is answered 429 with the form filled in again
(`RateLimitedFormMixin`), so nothing typed is lost. Function views call `limit_exceeded`; views
of other apps (the admin log-in forms) are wrapped with `rate_limited`. The sizes, and why a
whole workshop behind one address passes, are in docs/decisions.md ("Rate limits").
"""

import ipaddress
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from django_ratelimit.core import is_ratelimited

LIMITED_MESSAGE = _(
    "Too many attempts from your connection in a short time. Please wait a while (up to an "
    "hour) and try again: what you typed is still here."
)


def client_ip(request) -> str:
    """The visitor's address, for rate limits and for django-axes alike: REMOTE_ADDR, or,
    behind TERROIR_PROXY_COUNT trusted proxies (a load balancer), the address the outermost
    one saw. X-Forwarded-For is read from the right: entries further left come from the
    client and could be made up."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TERROIR_PROXY_COUNT
    address = remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [entry for entry in forwarded if entry]
    if count and len(forwarded) >= count:
        try:
            address = str(ipaddress.ip_address(forwarded[-count]))
        except ValueError:
            pass
    if not address:
        # A Unix socket gives no address: every visitor would share one budget, and
        # django-ratelimit fails on it anyway. Said plainly rather than as a ValueError.
        raise ImproperlyConfigured(NO_ADDRESS)
    return address


NO_ADDRESS = (
    "A request came without a client address (REMOTE_ADDR is empty, as behind a Unix socket): "
    "rate limits and log-in lockouts cannot count it. Set TERROIR_PROXY_COUNT to the number "
    "of proxies that append to X-Forwarded-For (docs/deploy.md)."
)


@dataclass(frozen=True)
class Limit:
    """Rates as django-ratelimit writes them ("10/h"); None: no limit of that kind.

    `per_account` is what limits a signed-in member; `per_ip` is shared by everyone behind one
    address (a workshop, a village on one mobile-network address), so it is sized for dozens
    of people and stops a single bot rather than a single person."""

    group: str
    per_ip: str | None = None
    per_account: str | None = None  # signed-in users only
    per_field: tuple[str, str] | None = None  # (posted field, rate): e.g. one email address


def limit_exceeded(request, limit: Limit) -> bool:
    """Count this POST against the limit's rates; True when one is exceeded.

    The address's budget is looked at first, without counting: once it is used up, the post
    is refused before any narrower key (an account, a posted email address) is touched, so a
    bot posting a new email address each time cannot fill the counters' cache and have its
    culling throw away other counts (docs/decisions.md, "Rate-limit counters"). Then the
    narrowest rates count (the account, the posted value), then the address. A post refused by
    a narrow rate is not charged to the address: one member retrying cannot use up what
    everyone behind the same address shares."""
    if request.method != "POST":
        return False
    if limit.per_ip and _over(request, limit.group, "ip", limit.per_ip, increment=False):
        return True
    checks = []
    if limit.per_account and request.user.is_authenticated:
        checks.append(("user", limit.per_account))
    if limit.per_field and request.POST.get(limit.per_field[0], "").strip():
        field, rate = limit.per_field
        checks.append((lambda group, request: request.POST[field].strip().lower(), rate))
    if limit.per_ip:
        checks.append(("ip", limit.per_ip))
    return any(_over(request, limit.group, key, rate, increment=True) for key, rate in checks)


def _over(request, group: str, key, rate: str, *, increment: bool) -> bool:
    return is_ratelimited(request, group=group, key=key, rate=rate, method="POST",
                          increment=increment)  # fmt: skip


def rate_limited(limit: Limit):
    """Put `limit` on a view we do not own (the Wagtail and Django admin log-in forms): a
    limited POST gets 429 and a page saying why, in the page's language, instead of the view."""

    def decorator(view):
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            if limit_exceeded(request, limit):
                return render(request, "registration/limited.html",
                              {"limited_message": LIMITED_MESSAGE}, status=429)  # fmt: skip
            return view(request, *args, **kwargs)

        return limited_view

    return decorator


class RateLimitedFormMixin:
    """For FormView-like class-based views: a limited POST re-renders the form with what was
    typed (passwords excepted) and the message, with status 429, without validating it."""

    rate_limit: Limit
    secret_fields = frozenset({"password", "password1", "password2", "new_password1",
                               "new_password2", "old_password"})  # fmt: skip

    def post(self, request, *args, **kwargs):
        if limit_exceeded(request, self.rate_limit):
            return self.render_limited()
        return super().post(request, *args, **kwargs)

    def render_limited(self):
        kwargs = self.get_form_kwargs()
        data = kwargs.pop("data", None) or {}
        kwargs.pop("files", None)
        typed = {name: value for name, value in data.items() if name not in self.secret_fields}
        kwargs["initial"] = {**kwargs.get("initial", {}), **typed}
        form = self.get_form_class()(**kwargs)  # unbound: shown again, not validated
        context = self.get_context_data(form=form, limited_message=LIMITED_MESSAGE)
        return self.render_to_response(context, status=429)
