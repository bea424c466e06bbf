"""Figures and reports: hectare and item totals, headline figures, accidents, the period
report, table export and the item list a panel shows."""
