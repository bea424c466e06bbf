"""Coordinates, areas and places: CRS and UTM helpers (``crs``), true areas (``measure``), the
equal-area engine (``equal_area``, ``polygon_arrays``, ``overlay_kernel``), districts, what lies
under a point (``places``), MGRS and the magnetic model."""
