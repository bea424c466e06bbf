"""The demo: a synthetic programme (districts, hazards, releases, records, items, accidents)
built into a store from the scenario in ``seeds/``; used by ``make demo`` and the panel's
Load demo."""
