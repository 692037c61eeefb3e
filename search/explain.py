"""Plain, translated reasons why a result is comparable to a profile ("why" chips)."""

from django.utils.translation import gettext as _

from practices import vocabulary as v
from search.encoder import WEIGHTS, Profile

MIN_SIMILARITY = 0.55  # a block below this is not called similar
MAX_REASONS = 4


def _label(choices, code: str) -> str:
    return str(dict(choices).get(code, code))


def _number(value) -> str:
    return f"{float(value):.0f}"


def reasons(profile: Profile, document: dict, blocks: dict[str, float]) -> list[str]:
    """Up to MAX_REASONS reasons, strongest first, naming only attributes that really match."""
    found: list[tuple[float, str]] = []

    def add(block: str, text: str) -> None:
        found.append((WEIGHTS[block] * blocks.get(block, 0.0), text))

    theirs = document
    if profile.koppen and theirs.get("koppen"):
        if blocks.get("koppen", 0) >= 0.99:
            add(
                "koppen",
                _("same climate %(code)s (%(name)s)")
                % {
                    "code": theirs["koppen"],
                    "name": _label(v.KoppenClass.choices, theirs["koppen"]),
                },
            )
        elif blocks.get("koppen_two", 0) >= 0.99:
            add(
                "koppen_two",
                _("similar climate: %(theirs)s, yours %(yours)s")
                % {"theirs": theirs["koppen"], "yours": profile.koppen},
            )
        elif blocks.get("koppen_group", 0) >= 0.99:
            group = v.koppen_main_group(theirs["koppen"])
            add(
                "koppen_group",
                _("same climate group: %(group)s") % {"group": v.KOPPEN_MAIN_GROUPS[group]},
            )
    if blocks.get("rainfall", 0) >= MIN_SIMILARITY:
        add(
            "rainfall",
            _("rainfall %(theirs)s mm, yours %(yours)s mm")
            % {"theirs": _number(theirs["rainfall_mm"]), "yours": _number(profile.rainfall_mm)},
        )
    if blocks.get("temperature", 0) >= MIN_SIMILARITY:
        add(
            "temperature",
            _("%(theirs)s °C on average, yours %(yours)s °C")
            % {"theirs": _number(theirs["temperature_c"]), "yours": _number(profile.temperature_c)},
        )
    if blocks.get("altitude", 0) >= MIN_SIMILARITY:
        add(
            "altitude",
            _("altitude %(theirs)s m, yours %(yours)s m")
            % {"theirs": _number(theirs["altitude_m"]), "yours": _number(profile.altitude_m)},
        )
    if blocks.get("slope", 0) >= 0.99:
        add(
            "slope",
            _("same slope: %(slope)s")
            % {"slope": _label(v.SlopeClass.choices, theirs["slope_class"]).lower()},
        )
    if blocks.get("soil_group", 0) >= 0.99:
        add(
            "soil_group",
            _("same soil: %(soil)s") % {"soil": _label(v.SoilGroup.choices, theirs["soil_group"])},
        )
    if blocks.get("texture", 0) >= 0.99:
        add(
            "texture",
            _("same topsoil texture: %(texture)s")
            % {"texture": _label(v.Texture.choices, theirs["texture"]).lower()},
        )
    if blocks.get("land_use", 0) >= 0.99:
        add(
            "land_use",
            _("same land use: %(use)s")
            % {"use": _label(v.LandUse.choices, theirs["land_use"]).lower()},
        )
    if blocks.get("water_supply", 0) >= 0.99:
        add(
            "water_supply",
            _("%(water)s, as yours")
            % {"water": _label(v.WaterSupply.choices, theirs["water_supply"])},
        )
    found.sort(key=lambda pair: -pair[0])
    return [text for _weight, text in found[:MAX_REASONS]]
