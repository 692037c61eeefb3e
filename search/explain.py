"""Plain, translated reasons why a result is comparable to a profile ("why" chips)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from practices import vocabulary as v
from search.documents import code_labels
from search.encoder import WEIGHTS, Profile

MIN_SIMILARITY = 0.55  # a block below this is not called similar
MAX_REASONS = 4
# Measured blocks, named when near enough: block -> (field, reason).
NEAR = {
    "rainfall": ("rainfall_mm", gettext_lazy("rainfall %(theirs)s mm, yours %(yours)s mm")),
    "temperature": (
        "temperature_c",
        gettext_lazy("%(theirs)s °C on average, yours %(yours)s °C"),
    ),
    "altitude": ("altitude_m", gettext_lazy("altitude %(theirs)s m, yours %(yours)s m")),
}
# Coded blocks, named when the same: block -> (field, reason, its placeholder, label in lower case).
SAME = {
    "slope": ("slope_class", gettext_lazy("same slope: %(slope)s"), "slope", True),
    "soil_group": ("soil_group", gettext_lazy("same soil: %(soil)s"), "soil", False),
    "texture": ("texture", gettext_lazy("same topsoil texture: %(texture)s"), "texture", True),
    "land_use": ("land_use", gettext_lazy("same land use: %(use)s"), "use", True),
    "water_supply": ("water_supply", gettext_lazy("%(water)s, as yours"), "water", False),
}

# The same reasons on a practice page, where the other side is the practice read, not the
# reader's farm (issue 13: "yours" read as the reader's own).
OF_THE_PRACTICE = {
    "rainfall": gettext_lazy("rainfall %(theirs)s mm, %(yours)s mm for this practice"),
    "temperature": gettext_lazy("%(theirs)s °C on average, %(yours)s °C for this practice"),
    "altitude": gettext_lazy("altitude %(theirs)s m, %(yours)s m for this practice"),
    "water_supply": gettext_lazy("%(water)s, like this practice"),
    "koppen_two": gettext_lazy("similar climate: %(theirs)s, %(yours)s for this practice"),
}


def _label(field: str, code: str) -> str:
    return str(code_labels(field).get(code, code))


def _number(value) -> str:
    return f"{float(value):.0f}"


def reasons(
    profile: Profile, document: dict, blocks: dict[str, float], *, of_practice: bool = False
) -> list[str]:
    """Up to MAX_REASONS reasons, strongest first, naming only attributes that really match;
    `of_practice` when the profile is a practice's (its page), not the reader's farm."""
    found: list[tuple[float, str]] = []
    wording = OF_THE_PRACTICE if of_practice else {}

    def add(block: str, text: str) -> None:
        found.append((WEIGHTS[block] * blocks.get(block, 0.0), text))

    theirs = document
    if profile.koppen and theirs.get("koppen"):
        if blocks.get("koppen", 0) >= 0.99:
            add(
                "koppen",
                _("same climate %(code)s (%(name)s)")
                % {"code": theirs["koppen"], "name": _label("koppen", theirs["koppen"])},
            )
        elif blocks.get("koppen_two", 0) >= 0.99:
            add(
                "koppen_two",
                str(wording.get("koppen_two", _("similar climate: %(theirs)s, yours %(yours)s")))
                % {"theirs": theirs["koppen"], "yours": profile.koppen},
            )
        elif blocks.get("koppen_group", 0) >= 0.99:
            group = v.koppen_main_group(theirs["koppen"])
            add(
                "koppen_group",
                _("same climate group: %(group)s") % {"group": v.KOPPEN_MAIN_GROUPS[group]},
            )
    for block, (field, reason) in NEAR.items():
        if blocks.get(block, 0) >= MIN_SIMILARITY:
            numbers = {"theirs": theirs[field], "yours": getattr(profile, field)}
            reason = wording.get(block, reason)
            add(block, str(reason) % {k: _number(n) for k, n in numbers.items()})
    for block, (field, reason, placeholder, lower) in SAME.items():
        if blocks.get(block, 0) >= 0.99:
            label = _label(field, theirs[field])
            reason = wording.get(block, reason)
            add(block, str(reason) % {placeholder: label.lower() if lower else label})
    found.sort(key=lambda pair: -pair[0])
    return [text for _weight, text in found[:MAX_REASONS]]
