"""QGIS attribute values as plain Python values: the one null test and the one conversion."""

import datetime

from qgis.core import NULL
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from demining_plugin.core.model.values import is_null, plain_qgis_value


def test_empty_values_are_null_and_nothing_else_is():
    for empty in (None, NULL, QVariant(), QVariant(QVariant.Int), QDate(), QDateTime()):
        assert is_null(empty), repr(empty)
    for value in (0, 0.0, "", False, [], QDate(2021, 11, 24), QVariant(3), "NULL"):
        assert not is_null(value), repr(value)


def test_qgis_values_become_plain_python_values():
    assert plain_qgis_value(NULL) is None
    assert plain_qgis_value(QDate()) is None
    assert plain_qgis_value(QDate(2021, 11, 24)) == datetime.date(2021, 11, 24)
    assert plain_qgis_value(QDateTime(QDate(2021, 11, 24), QTime(9, 30))) == datetime.datetime(2021, 11, 24, 9, 30)
    assert plain_qgis_value("T-0001") == "T-0001"
    assert plain_qgis_value(0) == 0
