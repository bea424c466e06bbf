"""Supplied minefield records: traverses (``traverse``), typed record entry (``entry``) and how
well a record matches what was found (``accuracy``)."""
