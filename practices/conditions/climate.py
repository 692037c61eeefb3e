"""What a site's monthly normals say about its climate: potential evapotranspiration, length
of the growing period, frost. Pure functions on arrays of shape (points, 12), so that one site
and ten thousand go through the same code.

Potential evapotranspiration (PET) is Thornthwaite's (1948), the only classic method that needs
nothing but monthly mean temperatures and latitude, which is all the shipped climatology holds:
    PET_m = 16 (10 T_m / I)^a · (N_m / 12) · (d_m / 30)  mm,   I = Σ (T_m / 5)^1.514,
    a = 6.75e-7 I³ − 7.71e-5 I² + 1.792e-2 I + 0.49239,
with Willmott, Rowe and Mintz's (1985) form above 26.5 °C (−415.85 + 32.24 T − 0.43 T²), 0 at or
below 0 °C, N_m the day length at mid-month (FAO-56, eq. 34) and d_m the days in the month.
Its limits, which matter for what is derived from it: it knows nothing of wind, humidity or
radiation, so it underestimates PET in hot dry climates (by a quarter to a half against
Penman-Monteith in the Sahel or the Deccan, so growing periods there come out long rather than
short) and overestimates it a little in humid tropics; FAO's own growing-period maps use
Penman-Monteith, which needs data the package does not ship.
"""

import numpy as np

DAYS = np.array([31, 28.25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
MID_MONTH = np.cumsum(DAYS) - DAYS / 2  # day of the year at each month's middle

# "Virtually no frost" (IPCC's tropical zones: 7 frost days a year at most) without daily
# minimum temperatures: the coldest month's mean at or above 12 °C. A judgement calibrated on
# stations whose frost days are known: Tucson (coldest month 11.6 °C, about 15 frost days) and
# Houston (11.7 °C, about 8) fall below it; Phoenix (13.6 °C, about 4), Lahore (12.8 °C, about
# 5), Cairo and Delhi (14 °C, about 0) above.
FROST_FREE_COLDEST_MONTH_C = 12.0

# FAO's agro-ecological zones count a growing day only when the mean temperature exceeds 5 °C:
# without it a frozen month (PET 0) would count as wet enough to grow.
GROWING_TEMPERATURE_C = 5.0


def day_length_hours(latitudes) -> np.ndarray:
    """Hours of daylight at mid-month (FAO-56 eq. 24, 25, 34): shape (points, 12)."""
    phi = np.radians(np.asarray(latitudes, dtype=float))[:, None]
    declination = 0.409 * np.sin(2 * np.pi * MID_MONTH / 365 - 1.39)[None, :]
    cos_sunset = np.clip(-np.tan(phi) * np.tan(declination), -1, 1)
    return 24 / np.pi * np.arccos(cos_sunset)


def thornthwaite_pet(temperatures, latitudes) -> np.ndarray:
    """Monthly potential evapotranspiration (mm) by Thornthwaite's method: (points, 12)."""
    t = np.asarray(temperatures, dtype=float)
    warm = np.maximum(t, 0)
    heat = ((warm / 5) ** 1.514).sum(axis=1, keepdims=True)
    a = 6.75e-7 * heat**3 - 7.71e-5 * heat**2 + 1.792e-2 * heat + 0.49239
    with np.errstate(divide="ignore", invalid="ignore"):
        mild = 16 * (10 * warm / np.where(heat > 0, heat, 1)) ** a
    hot = -415.85 + 32.24 * t - 0.43 * t**2
    unadjusted = np.where(t <= 0, 0.0, np.where(t < 26.5, mild, hot))
    return unadjusted * day_length_hours(latitudes) / 12 * DAYS / 30


def _daily(monthly_rates: np.ndarray) -> np.ndarray:
    """Values given at mid-month, interpolated linearly to each day of the year (cyclic)."""
    days = np.arange(365) + 0.5
    knots = np.concatenate([MID_MONTH[-1:] - 365, MID_MONTH, MID_MONTH[:1] + 365])
    padded = np.concatenate([monthly_rates[:, -1:], monthly_rates, monthly_rates[:, :1]], axis=1)
    position = np.searchsorted(knots, days) - 1
    weight = (days - knots[position]) / (knots[position + 1] - knots[position])
    return padded[:, position] * (1 - weight) + padded[:, position + 1] * weight


def growing_period_days(rainfall, pet, temperatures) -> np.ndarray:
    """Length of the growing period (days a year): days when rainfall exceeds half the PET and
    the mean temperature exceeds 5 °C, monthly values interpolated to days so that a month half
    wet counts half. FAO also counts the days a stored 100 mm of soil water lasts after the
    rains; that is left out (the soil is unknown), so periods in seasonal climates come out
    up to a month shorter than FAO's."""
    surplus = (np.asarray(rainfall, dtype=float) - 0.5 * np.asarray(pet, dtype=float)) / DAYS
    warm = np.asarray(temperatures, dtype=float) - GROWING_TEMPERATURE_C
    return ((_daily(surplus) > 0) & (_daily(warm) > 0)).sum(axis=1)


def frost_free(temperatures) -> np.ndarray:
    """Whether each site has "virtually no frost" (see FROST_FREE_COLDEST_MONTH_C)."""
    return np.asarray(temperatures, dtype=float).min(axis=1) >= FROST_FREE_COLDEST_MONTH_C
