"""The spellings teams and supplied records use, mapped to the stored codes.

Field teams write "AP", "A/P", "anti-personnel", "APM", "ПМН", or only a model
("PMN-2", "TM-62M"); supplied records use their own words.  Everything is reduced
to the codes of ``schema.ITEM_CATEGORY`` (and ``ACTIVITY``, ``CONDITION``,
``DISPOSITION``); what cannot be recognised returns ``None`` so the importer can
report the row instead of guessing.
"""

import re
from typing import Dict, Optional, Tuple

# Words of the category column (after folding: lower case, punctuation -> spaces).
_CATEGORY_WORDS: Dict[str, str] = {}


def _add(code: str, *spellings: str) -> None:
    for spelling in spellings:
        _CATEGORY_WORDS[fold(spelling)] = code


def fold(text: str) -> str:
    """Lower case, hyphens/slashes/dots/underscores as spaces, single spaces."""
    text = str(text).strip().lower().replace("ё", "е")
    text = re.sub(r"[\s\-_/.,;:()\[\]'\"]+", " ", text)
    return text.strip()


_add(
    "AP",
    "AP",
    "A P",
    "APM",
    "APMs",
    "AP mine",
    "AP mines",
    "anti-personnel",
    "antipersonnel",
    "anti personnel mine",
    "anti-personnel mine",
    "antipersonnel mine",
    "personnel mine",
    "PM",
    "pers",
    "mine AP",
    "противопехотная",
    "противопехотная мина",
    "ппм",
    "пехотная",
    "piyade",
    "piyade mayını",
    "piyadə",
    "piyadə əleyhinə",
    "piyadə əleyhinə mina",
    "antipiyade",
    "протипіхотна",
)
_add(
    "AT",
    "AT",
    "A T",
    "ATM",
    "ATMs",
    "AT mine",
    "AT mines",
    "anti-tank",
    "antitank",
    "anti tank mine",
    "anti-tank mine",
    "antitank mine",
    "tank mine",
    "mine AT",
    "противотанковая",
    "противотанковая мина",
    "птм",
    "tank",
    "tanksavar",
    "tanksavar mayını",
    "tank əleyhinə",
    "tank əleyhinə mina",
    "протитанкова",
)
_add(
    "UXO",
    "UXO",
    "unexploded ordnance",
    "unexploded",
    "ERW",
    "shell",
    "artillery shell",
    "projectile",
    "mortar",
    "mortar bomb",
    "mortar round",
    "grenade",
    "hand grenade",
    "rocket",
    "RPG",
    "bomb",
    "aircraft bomb",
    "missile",
    "fuze",
    "fuse",
    "round",
    "неразорвавшийся боеприпас",
    "нвп",
    "снаряд",
    "мина миномётная",
    "граната",
    "partlamamış",
    "partlamamış sursat",
    "mərmi",
)
_add("AXO", "AXO", "abandoned ordnance", "abandoned explosive ordnance", "abandoned", "cache", "ammunition cache")
_add("IED", "IED", "IEDs", "improvised", "improvised explosive device", "booby trap", "boobytrap", "СВУ", "ЕСВ")
_add(
    "SUBMUNITION",
    "submunition",
    "submunitions",
    "sub munition",
    "bomblet",
    "bomblets",
    "cluster",
    "cluster munition",
    "cluster bomblet",
    "CBU",
    "BLU",
    "кассетный",
    "суббоеприпас",
)
_add("OTHER", "other", "misc", "miscellaneous", "другое", "digər")

# Models whose category is known (prefix of the folded, space-free model name).
_MODEL_PREFIXES: Tuple[Tuple[str, str], ...] = (
    # Anti-personnel blast and fragmentation mines.
    ("pmn", "AP"),
    ("pfm", "AP"),
    ("pomz", "AP"),
    ("ozm", "AP"),
    ("mon", "AP"),
    ("pmd", "AP"),
    ("pma", "AP"),
    ("prom", "AP"),
    ("vs50", "AP"),
    ("m14", "AP"),
    ("m16", "AP"),
    ("m18", "AP"),
    ("type72", "AP"),
    ("valmara", "AP"),
    ("pp mi", "AP"),
    ("ppmi", "AP"),
    ("ts50", "AP"),
    ("gyata", "AP"),
    ("пмн", "AP"),
    ("пфм", "AP"),
    ("озм", "AP"),
    ("мон", "AP"),
    ("помз", "AP"),
    # Anti-tank mines.
    ("tm", "AT"),
    ("tms", "AT"),
    ("tmk", "AT"),
    ("tmn", "AT"),
    ("m15", "AT"),
    ("m19", "AT"),
    ("m21", "AT"),
    ("vs16", "AT"),
    ("vs1.6", "AT"),
    ("pt mi", "AT"),
    ("ptmi", "AT"),
    ("tma", "AT"),
    ("tc6", "AT"),
    ("тм", "AT"),
    # Submunitions.
    ("ptab", "SUBMUNITION"),
    ("ao 1", "SUBMUNITION"),
    ("ao1", "SUBMUNITION"),
    ("9n", "SUBMUNITION"),
    ("m42", "SUBMUNITION"),
    ("m77", "SUBMUNITION"),
    ("blu", "SUBMUNITION"),
    ("shoab", "SUBMUNITION"),
    # Grenades, mortars, shells, rockets.
    ("f1", "UXO"),
    ("rgd", "UXO"),
    ("rgo", "UXO"),
    ("rgn", "UXO"),
    ("vog", "UXO"),
    ("ofab", "UXO"),
    ("fab", "UXO"),
    ("of", "UXO"),
    ("pg7", "UXO"),
    ("og7", "UXO"),
    ("122mm", "UXO"),
    ("152mm", "UXO"),
    ("120mm", "UXO"),
    ("82mm", "UXO"),
    ("60mm", "UXO"),
    ("81mm", "UXO"),
    ("100mm", "UXO"),
    ("125mm", "UXO"),
)


def _model_key(model: str) -> str:
    return re.sub(r"[\s\-_/.]+", "", str(model).strip().lower())


def category_from_model(model) -> Optional[str]:
    """Category a mine or munition model implies ("PMN-2" -> AP, "TM-62M" -> AT), or None."""
    if model is None:
        return None
    key = _model_key(model)
    if not key:
        return None
    # Calibres such as "122 mm" or "82mm" are ordnance.
    if re.match(r"^\d{2,3}mm", key):
        return "UXO"
    best: Optional[Tuple[int, str]] = None
    for prefix, code in _MODEL_PREFIXES:
        compact = prefix.replace(" ", "")
        # A model prefix must be followed by a digit, a letter variant or nothing:
        # "tm62" and "tm" match "TM", but "tmp" (a word) does not stand for a model.
        if key.startswith(compact):
            rest = key[len(compact) :]
            if rest == "" or rest[0].isdigit() or compact[-1].isdigit() or len(rest) <= 2:
                if best is None or len(compact) > best[0]:
                    best = (len(compact), code)
    return best[1] if best else None


def normalise_category(text, model=None) -> Optional[str]:
    """Stored category code for a team's spelling (and, failing that, for the model).

    Returns None when neither says what the item is.
    """
    if text is not None and str(text).strip():
        folded = fold(text)
        if folded in _CATEGORY_WORDS:
            return _CATEGORY_WORDS[folded]
        upper = str(text).strip().upper()
        if upper in ("AP", "AT", "UXO", "AXO", "IED", "SUBMUNITION", "OTHER"):
            return upper
        # The category column sometimes holds the model itself ("PMN-2").
        implied = category_from_model(text)
        if implied is not None:
            return implied
        # "AP mine PMN" / "anti-tank (TM-62)": look at the words one by one.
        words = folded.split(" ")
        for size in (3, 2, 1):
            for start in range(0, len(words) - size + 1):
                phrase = " ".join(words[start : start + size])
                if phrase in _CATEGORY_WORDS:
                    return _CATEGORY_WORDS[phrase]
        return None
    return category_from_model(model)


_ACTIVITY_WORDS: Dict[str, str] = {}


def _activity(code: str, *spellings: str) -> None:
    for spelling in spellings:
        _ACTIVITY_WORDS[fold(spelling)] = code


_activity(
    "illegal_entry",
    "illegal entry",
    "illegal_entry",
    "entering uncleared land",
    "entry into uncleared land",
    "unauthorised entry",
    "unauthorized entry",
    "trespassing",
    "returning home",
    "visiting",
)
_activity("leaving_cleared_land", "leaving cleared land", "leaving_cleared_land", "left cleared land", "off path")
_activity("demining", "demining", "clearance", "deminer", "eod", "sapper", "mine clearance")
_activity("farming", "farming", "agriculture", "ploughing", "plowing", "harvesting", "tractor", "field work")
_activity("herding", "herding", "shepherd", "grazing", "livestock", "cattle")
_activity("travelling", "travelling", "traveling", "travel", "driving", "walking", "road", "vehicle")
_activity("tampering", "tampering", "handling", "handling or tampering", "playing", "collecting scrap", "scrap")
_activity("other", "other", "unknown")


def normalise_activity(text) -> Optional[str]:
    """Stored activity code for an accident's "activity at the time", or None."""
    if text is None or not str(text).strip():
        return None
    return _ACTIVITY_WORDS.get(fold(text))


_CONDITION = {
    "intact": "intact",
    "good": "intact",
    "damaged": "damaged",
    "broken": "damaged",
    "deteriorated": "deteriorated",
    "corroded": "deteriorated",
    "rusty": "deteriorated",
    "armed": "armed",
    "unknown": "unknown",
}
_DISPOSITION = {
    "destroyed in situ": "destroyed_in_situ",
    "destroyed_in_situ": "destroyed_in_situ",
    "destroyed": "destroyed_in_situ",
    "blown in place": "destroyed_in_situ",
    "bip": "destroyed_in_situ",
    "in situ": "destroyed_in_situ",
    "removed": "removed",
    "removed for demolition": "removed",
    "moved": "removed",
    "collected": "removed",
    "rendered safe": "rendered_safe",
    "rendered_safe": "rendered_safe",
    "rsp": "rendered_safe",
    "defused": "rendered_safe",
}


def normalise_condition(text) -> Optional[str]:
    return _CONDITION.get(fold(text)) if text is not None and str(text).strip() else None


def normalise_disposition(text) -> Optional[str]:
    if text is None or not str(text).strip():
        return None
    return _DISPOSITION.get(fold(text)) or _DISPOSITION.get(fold(text).replace(" ", "_"))


_TRUE = {"1", "yes", "y", "true", "t", "civilian", "civ", "да", "bəli", "evet"}
_FALSE = {"0", "no", "n", "false", "f", "military", "deminer", "mil", "нет", "xeyr", "hayır"}


def parse_flag(text) -> Optional[bool]:
    """True/False from yes/no/1/0/true/false (and a few local words), None if unclear."""
    if isinstance(text, bool):
        return text
    if text is None:
        return None
    folded = fold(text)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    return None
