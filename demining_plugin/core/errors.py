"""Errors that carry a message meant for the user (shown in the message bar, log,
or raised as ``QgsProcessingException`` by algorithms)."""


class DeminingError(Exception):
    """A foreseeable problem with the user's input or data; the message says what and where."""


class StoreError(DeminingError):
    """A project store cannot be created, opened or written."""


class CancelledError(DeminingError):
    """The caller asked to stop (a background task or algorithm cancelled by the user)."""

    def __init__(self, message: str = "Cancelled."):
        super().__init__(message)
