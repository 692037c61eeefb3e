"""A member's farm, as "farms like mine" asks for it."""

from urllib.parse import urlencode

from practices.models.people import Member
from practices.models.profile import PROFILE_FORM_FIELDS

# The farm's conditions that "farms like mine" compares (its country is not a condition).
FARM_PARAMS = tuple(name for name in PROFILE_FORM_FIELDS if name != "country")


def member_farm(*, user) -> Member | None:
    """The signed-in user's member profile when it describes a farm, else None."""
    if not user.is_authenticated:
        return None
    member = Member.objects.filter(user=user).first()
    return member if member is not None and member.has_farm else None


def member_farm_params(*, user) -> dict[str, str]:
    """The farm of the signed-in user as the query parameters of "farms like mine" (the
    same names as its form and the similarity API); empty without a farm."""
    member = member_farm(user=user)
    if member is None:
        return {}
    values = {name: getattr(member, name) for name in FARM_PARAMS}
    return {name: str(value) for name, value in values.items() if value not in (None, "")}


def member_farm_query(*, user) -> str:
    """member_farm_params as a query string ("" without a farm)."""
    return urlencode(member_farm_params(user=user))
