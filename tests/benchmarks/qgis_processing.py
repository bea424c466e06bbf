"""QGIS with Processing and the ``demining`` provider, started once by each benchmark."""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def start_processing(gui: bool = False):
    """A started ``QgsApplication`` (``gui`` for benchmarks that build widgets) with
    Processing initialised and the plugin's provider registered: ``(app, provider)``."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from qgis.core import QgsApplication

    app = QgsApplication([], gui)
    app.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    from demining_plugin.processing.provider import DeminingProvider

    Processing.initialize()
    provider = DeminingProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider
