"""Data checks: the store-wide rules of ``demining:validate`` (``validate``) and the checks of
items found on entry and import (``items``)."""
