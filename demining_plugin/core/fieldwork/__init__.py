"""The field loop: a task package a team takes to the field in QField, and the merge of
what the team brings back (issue "Field teams on tablets").

- ``layout``: the names both sides agree on (package files, layers, fields, manifest keys).
- ``package``: builds a package folder (or ZIP) from a store and a set of tasks.
- ``merge``: reads a package back, plans what it adds, and applies it to the store through
  the same engines as the desktop (item checks, release marking).
"""
