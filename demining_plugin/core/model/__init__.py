"""The data model: layers and fields (``schema``), the category vocabularies (``categories``)
and the change sets every write is made of (``changes``)."""
