"""Completion reports and handover certificates of chosen tasks to PDF (one multi-page file
or one file per task), and the warnings of the handover rules said before printing."""

from typing import Callable, List, Optional, Sequence

from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import DeminingError
from ..fieldmap.atlas import check_output, write_pages
from ..fieldmap.tasks import select_tasks
from .data import REPORT_LAYERS, completion_data, handover_findings
from .layout import CompletionBuilder, CompletionOptions, CompletionResult

translate = QCoreApplication.translate

#: Files of a folder output are named ``completion_<task id>.pdf``.
FILE_PREFIX = "completion_"


def handover_warnings(store, task_ids: Optional[Sequence[str]] = None, expression: Optional[str] = None,
                      require_inspection: bool = True, layers=None) -> List[str]:
    """The findings of the handover rules on the chosen tasks, one sentence each (what the
    print command says before printing; the pages print them too)."""
    layers = layers or {name: store.layer(name) for name in REPORT_LAYERS}
    warnings = []
    for task in select_tasks(layers["clearance_tasks"], task_ids, expression):
        data = completion_data(task, layers)
        warnings += [message for _rule, _feature, message, _geometry in
                     handover_findings(data, layers, require_inspection)]
    return warnings


def export_completion_reports(store, output: str, task_ids: Optional[Sequence[str]] = None,
                              expression: Optional[str] = None, options: Optional[CompletionOptions] = None,
                              feedback: Optional[QgsFeedback] = None,
                              log: Optional[Callable[[str], None]] = None) -> CompletionResult:
    """Completion report (and handover certificate) of each chosen task to ``output``: one
    PDF (``*.pdf``) or a folder of ``completion_<task id>.pdf``. Tasks the handover rules
    find fault with are printed anyway, with the warning on their pages."""
    options = options or CompletionOptions()
    check_output(output)  # before the layout is built: a wrong path is said at once
    builder = CompletionBuilder(store, options)  # checks the options
    tasks = select_tasks(builder.tasks, task_ids, expression)
    if log is not None:
        log(translate("Completion", "{0} completion report(s), {1}{2}").format(
            len(tasks), options.paper, translate("Completion", " with handover certificates") if options.handover
            else ""))
    try:
        written = write_pages(builder, tasks, output, feedback, prefix=FILE_PREFIX)
    except DeminingError:
        if feedback is not None and feedback.isCanceled():
            raise DeminingError(translate("Completion", "Completion reports cancelled.")) from None
        raise
    pages_per_task = 2 if options.handover else 1
    return CompletionResult(written.pages * pages_per_task, written.files, written.task_ids, builder.printed_warnings)
