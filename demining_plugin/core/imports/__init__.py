"""Imports of supplied mine maps, items found and accidents: reading tables of any format
(``tables``) and the checked, transactional import engine (``engine``)."""
