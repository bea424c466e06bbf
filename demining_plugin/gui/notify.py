"""The one way the GUI tells the user something: the QGIS message bar, on top of the
"Demining" message log (``core.log``).

Foreseeable problems (``DeminingError`` such as ``StoreError``, files that cannot be
read or written) show their own message. Anything else is a bug: the message bar says
so briefly and the traceback goes to the log only, never into a dialog.
"""

import traceback
from contextlib import contextmanager

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core import log
from ..core.errors import DeminingError

#: Seconds a message stays in the bar; 0 keeps it until the user closes it.
_DURATION = {Qgis.Info: 6, Qgis.Success: 6, Qgis.Warning: 12, Qgis.Critical: 0}
_LOGGERS = {
    Qgis.Info: log.log_info,
    Qgis.Success: log.log_info,
    Qgis.Warning: log.log_warning,
    Qgis.Critical: log.log_error,
}



#: Characters of a message the bar shows on its one line; the whole text is in the log
#: (and behind the bar's "More" button).
BAR_CHARACTERS = 110


def one_line(message: str, limit: int = BAR_CHARACTERS) -> str:
    """``message`` on one line of at most ``limit`` characters, cut at a word with "…"."""
    text = " ".join(message.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


def notify(iface, message: str, level=Qgis.Info, title: str = "", details: str = "") -> None:
    """Log ``message`` (and ``details``) and show ``message`` in the message bar of
    ``iface`` (when there is one), on one line: what does not fit, and the details, are
    behind the bar's "More" button and in the log."""
    full = f"{message}\n{details}" if details else message
    _LOGGERS.get(level, log.log_info)(full)
    bar = iface.messageBar() if iface is not None else None
    if bar is not None:
        title = title or QCoreApplication.translate("Notify", "Demining")
        shown = one_line(message)
        if shown != message or details:
            bar.pushMessage(title, shown, full, level, _DURATION.get(level, 6))
        else:
            bar.pushMessage(title, shown, level, _DURATION.get(level, 6))


def notify_success(iface, message: str, details: str = "") -> None:
    notify(iface, message, Qgis.Success, details=details)


def notify_warning(iface, message: str, details: str = "") -> None:
    notify(iface, message, Qgis.Warning, details=details)


def notify_error(iface, message: str) -> None:
    notify(iface, message, Qgis.Critical)


def notify_exception(iface, error: BaseException, doing: str) -> None:
    """Report ``error`` raised while ``doing`` (e.g. "Opening store x.gpkg")."""
    if isinstance(error, DeminingError):
        notify_error(iface, str(error))
    elif isinstance(error, OSError):
        text = QCoreApplication.translate("Notify", "{doing} failed: {error}")
        notify_error(iface, text.format(doing=doing, error=error.strerror or error))
    else:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        log.log_error(details)
        text = QCoreApplication.translate(
            "Notify",
            "{doing} failed because of an unexpected error ({error}). Details are in the Demining tab of the "
            "Log Messages panel.")
        notify_error(iface, text.format(doing=doing, error=type(error).__name__))


@contextmanager
def reported_errors(iface, doing: str):
    """Run a block; an exception ends the block and is reported instead of propagating.

    ``with reported_errors(iface, "Opening x.gpkg") as outcome:`` ... then
    ``outcome.ok`` says whether the block completed.
    """
    outcome = _Outcome()
    try:
        yield outcome
    except Exception as error:  # noqa: BLE001 (the user gets a message, the log the details)
        outcome.ok = False
        notify_exception(iface, error, doing)


class _Outcome:
    def __init__(self):
        self.ok = True
