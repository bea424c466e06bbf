"""Bad input thrown at the traverse, at random (hypothesis): ``compute_traverse`` and the
``demining:traverse`` algorithm either compute finite figures or refuse with a message
meant for the user (``DeminingError``, ``QgsProcessingException``), never another exception.
"""

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsFeature, QgsField, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from demining_plugin.core.errors import DeminingError
from demining_plugin.core.records.traverse import NORTHS, POINT_TYPES, UNITS, Leg, compute_traverse
from tests.helpers import HYPOTHESIS, BadInputs, refused_clearly

TALLY = BadInputs()
TRIED, OUTCOMES = TALLY.tried, TALLY.outcomes
report_bad_inputs = TALLY.reported_at_the_end()


# -- the traverse -------------------------------------------------------------------------------

ODD_NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-10**30, max_value=10**30),
    st.sampled_from([0.0, -0.0, 360.0, 6000.0, 6400.0, 6400.000001, 1e308, -1e308, 5e-324, 40_075_017.0]),
    st.none(),
    st.text(max_size=6),
)
#: Mostly sensible values with odd ones mixed in: a table with one bad cell among good ones.
BEARINGS = st.one_of(st.floats(0, 360), st.floats(0, 6400), ODD_NUMBERS)
DISTANCES = st.one_of(st.floats(0, 5000), ODD_NUMBERS)
GOOD_LEGS = st.lists(st.builds(Leg, point_no=st.integers(1, 40), bearing=st.floats(0, 360),
                               distance_m=st.floats(0, 5000)), min_size=3, max_size=8)
ODD_LEGS = st.lists(st.builds(Leg, point_no=st.integers(-3, 40), bearing=BEARINGS, distance_m=DISTANCES,
                              point_type=st.sampled_from(POINT_TYPES + ("", "corner", None))), max_size=8)
LEGS = st.one_of(GOOD_LEGS, ODD_LEGS)


@settings(max_examples=200, **HYPOTHESIS)
@given(lon=st.one_of(st.floats(-180, 180), ODD_NUMBERS), lat=st.one_of(st.floats(-84, 84), ODD_NUMBERS),
       legs=LEGS, unit=st.one_of(st.sampled_from(UNITS), st.text(max_size=8)),
       north=st.one_of(st.sampled_from(NORTHS), st.text(max_size=8)),
       declination=st.one_of(st.floats(-30, 30), ODD_NUMBERS), closed=st.booleans())
def test_traverse_core_takes_any_input(lon, lat, legs, unit, north, declination, closed):
    TRIED["traverse (core)"] += 1
    try:
        traverse = compute_traverse(lon, lat, legs, unit, north, declination, closed)
    except DeminingError as error:
        refused_clearly(error)
        OUTCOMES["traverse refused"] += 1
        return
    OUTCOMES["traverse computed"] += 1
    assert all(math.isfinite(p.lon) and math.isfinite(p.lat) for p in traverse.points)
    assert math.isfinite(traverse.perimeter_m)
    if closed:
        assert math.isfinite(traverse.misclosure_m) and math.isfinite(traverse.area_ha)
        assert traverse.polygon is not None and not traverse.polygon.isEmpty()


CELLS = st.one_of(st.floats(0, 360), st.integers(0, 30),
                  ODD_NUMBERS.map(lambda v: v if not isinstance(v, int) or abs(v) < 2**53 else float(v)),
                  st.sampled_from(["12", "1,5", "NaN", "inf", "-", "90°", " 45 "]))


def turning_point_table(rows, kinds) -> QgsVectorLayer:
    layer = QgsVectorLayer("None", "turning points", "memory")
    layer.dataProvider().addAttributes([QgsField(name, kind) for name, kind in kinds])
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        for (name, kind), value in zip(kinds, row):
            if value is None or (isinstance(value, float) and kind == QVariant.Double and math.isnan(value)):
                continue
            feature[name] = value if kind == QVariant.String or not isinstance(value, str) else None
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@settings(max_examples=40, **HYPOTHESIS)
@given(rows=st.one_of(st.lists(st.tuples(st.integers(1, 30), st.floats(0, 360), st.floats(0, 3000)), min_size=3,
                               max_size=6, unique_by=lambda row: row[0]),
                      st.lists(st.tuples(CELLS, CELLS, CELLS), max_size=6)), as_text=st.booleans(),
       unit=st.sampled_from(UNITS), north=st.sampled_from(NORTHS),
       start=st.sampled_from(["46.9,40.0 [EPSG:4326]", "46.9,40.0 [EPSG:4326]", "650000,4420000 [EPSG:32638]",
                              "200,100 [EPSG:4326]", "nan,nan [EPSG:4326]", "46.9,40.0"]),
       declination=st.one_of(st.none(), st.floats(-200, 200)))
def test_traverse_algorithm_takes_any_table(processing_provider, rows, as_text, unit, north, start, declination):
    import processing

    TRIED["traverse (algorithm)"] += 1
    kind = QVariant.String if as_text else QVariant.Double
    table = turning_point_table([tuple(map(lambda v: str(v) if as_text and v is not None else v, row))
                                 for row in rows],
                                [("point_no", kind), ("bearing", kind), ("distance_m", kind)])
    parameters = {"INPUT": table, "START_POINT": start, "BEARING_UNIT": unit, "NORTH": north,
                  "OUTPUT": "TEMPORARY_OUTPUT"}
    if declination is not None:
        parameters["DECLINATION"] = declination
    try:
        result = processing.run("demining:traverse", parameters)
    except QgsProcessingException as error:
        refused_clearly(error)
        OUTCOMES["traverse algorithm refused"] += 1
        return
    OUTCOMES["traverse algorithm computed"] += 1
    assert math.isfinite(result["MISCLOSURE_M"]) and math.isfinite(result["AREA_HA"])
