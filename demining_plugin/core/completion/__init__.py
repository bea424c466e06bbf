"""Completion and handover of a task (IMAS 08.30, 09.20): the completion report and the
handover certificate (``data`` the figures, ``texts`` the words, ``layout`` the pages,
``export`` the PDF files) and the handed-over parcels for a land registry (``parcels``)."""

from .data import CompletionData, completion_data, handover_findings
from .export import FILE_PREFIX, export_completion_reports, handover_warnings
from .layout import CompletionBuilder, CompletionOptions, CompletionResult, template_path

__all__ = [
    "FILE_PREFIX", "CompletionBuilder", "CompletionData", "CompletionOptions", "CompletionResult", "completion_data",
    "export_completion_reports", "handover_findings", "handover_warnings", "template_path",
]
