"""CSV rows as the checks see them, whichever way the reader takes (one record a line, every
value there and trimmed: the records as read; otherwise row by row): values trimmed, empty
ones None, blank lines skipped, row numbers the lines the records start on."""

import pytest

from demining_plugin.core.imports.tables import read_source

CASES = [
    # (file text, rows, row numbers)
    ("lat,lon\n40.1,46.9\n40.2,47.0\n", [["40.1", "46.9"], ["40.2", "47.0"]], [2, 3]),
    ("lat,lon\r\n40.1,46.9\r\n40.2,47.0", [["40.1", "46.9"], ["40.2", "47.0"]], [2, 3]),
    ("lat,lon\n40.1,46.9\n\n40.2,47.0\n\n", [["40.1", "46.9"], ["40.2", "47.0"]], [2, 4]),
    ("lat,lon\n40.1, 46.9\n40.2 ,47.0\n", [["40.1", "46.9"], ["40.2", "47.0"]], [2, 3]),
    ("lat,lon\n40.1,46.9\xa0\n", [["40.1", "46.9"]], [2]),
    ("lat,lon\n40.1,\n,47.0\n", [["40.1", None], [None, "47.0"]], [2, 3]),
    ("lat;lon\n40,1;46,9\n", [["40,1", "46,9"]], [2]),
    ("lat\tlon\n40.1\t46.9\n40.2\t\n", [["40.1", "46.9"], ["40.2", None]], [2, 3]),
    ("lat,lon\n40.1\n40.2,47.0\n", [["40.1", None], ["40.2", "47.0"]], [2, 3]),
    ('lat,lon,note\n40.1,46.9,"two\nlines"\n40.2,47.0,x\n', [["40.1", "46.9", "two\nlines"], ["40.2", "47.0", "x"]],
     [2, 4]),
]


@pytest.mark.parametrize("text, rows, numbers", CASES)
def test_csv_rows(tmp_path, text, rows, numbers):
    path = tmp_path / "rows.csv"
    path.write_bytes(text.encode("utf-8"))
    table = read_source(path)
    assert (table.rows, table.row_numbers, table.broken) == (rows, numbers, {})


def test_a_row_with_values_beyond_the_header_is_broken(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_bytes(b"lat,lon\n40.1,46.9,7\n40.2,47.0\n")
    table = read_source(path)
    assert table.rows == [["40.1", "46.9"], ["40.2", "47.0"]] and list(table.broken) == [0]
