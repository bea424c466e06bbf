"""Writing a file so that a failure leaves the one already there as it was."""

import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from qgis.PyQt.QtCore import QCoreApplication

from .errors import DeminingError

translate = QCoreApplication.translate


@contextmanager
def replaced_in_one_step(path, what: str = "") -> Iterator[Path]:
    """Yield a temporary path beside ``path`` to write; when the block ends without an
    error, it replaces ``path`` in one step. On any error the temporary file is removed
    and ``path`` is untouched; an ``OSError`` becomes a ``DeminingError`` naming ``what``
    (default: the file)."""
    target = Path(path)
    if not target.parent.is_dir():
        raise DeminingError(translate("Files", "Folder {target_parent} does not exist.").format(
            target_parent=target.parent))
    tmp = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}.tmp{target.suffix}")
    try:
        yield tmp
        os.replace(tmp, target)
    except OSError as error:
        raise DeminingError(translate("Files", "Cannot write {what}: {error}").format(
            what=what or target, error=error.strerror or error)) from None
    finally:
        if tmp.exists():
            tmp.unlink()
