"""Reading and writing the plugin's Qt translation files, and finding the strings the
code translates, without QGIS (plain Python 3; pylupdate5 only for the comparison).

Used by ``ts_status.py`` (what is missing, unfinished or obsolete), ``ts_fill.py``
(merge translations from a JSON file) and ``tests/test_i18n.py``.
"""

import ast
import os
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

I18N_DIR = Path(__file__).resolve().parent
REPO = I18N_DIR.parent
PACKAGE = REPO / "demining_plugin"
LANGUAGES = ("az", "tr", "ru", "uk")
TS_PREFIX = "demining_plugin_"

#: Calls whose (context, text) arguments pylupdate5 collects.
_CONTEXT_CALLS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
#: Calls whose text pylupdate5 files under the enclosing class.
_CLASS_CALLS = {"tr"}


def ts_path(language: str) -> Path:
    return I18N_DIR / f"{TS_PREFIX}{language}.ts"


def languages_present() -> List[str]:
    found = sorted(p.stem[len(TS_PREFIX):] for p in I18N_DIR.glob(f"{TS_PREFIX}*.ts"))
    return found or list(LANGUAGES)


# --- .ts files ------------------------------------------------------------------------------

@dataclass
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    element: ET.Element

    @property
    def finished(self) -> bool:
        return self.kind == "" and self.translation != ""


class TsFile:
    """One ``.ts`` file: its messages by (context, source), editable and writable."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.tree = ET.parse(self.path)
        self.root = self.tree.getroot()

    @property
    def language(self) -> str:
        return self.root.get("language", "")

    def messages(self) -> List[Message]:
        found = []
        for context in self.root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.findall("message"):
                translation = message.find("translation")
                text = "" if translation is None else (translation.text or "")
                kind = "" if translation is None else translation.get("type", "")
                found.append(Message(name, message.findtext("source") or "", text, kind, message))
        return found

    def by_key(self) -> Dict[Tuple[str, str], Message]:
        return {(m.context, m.source): m for m in self.messages()}

    def set_translation(self, message: Message, text: str) -> None:
        translation = message.element.find("translation")
        if translation is None:
            translation = ET.SubElement(message.element, "translation")
        translation.text = text
        translation.attrib.pop("type", None)

    def write(self, language: Optional[str] = None) -> None:
        if language:
            self.root.set("language", language)
            self.root.set("sourcelanguage", "en")
        ET.indent(self.tree, space="    ")
        body = ET.tostring(self.root, encoding="unicode")
        self.path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                             encoding="utf-8")


# --- strings in the code --------------------------------------------------------------------

@dataclass(frozen=True)
class CodeString:
    context: str
    source: str
    path: str
    line: int


@dataclass(frozen=True)
class CodeProblem:
    path: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


def _literal(node: ast.AST) -> Optional[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str):
        self.path = path
        self.classes: List[ast.ClassDef] = []
        self.strings: List[CodeString] = []
        self.problems: List[CodeProblem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node)
        self.generic_visit(node)
        self.classes.pop()

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(CodeProblem(self.path, node.lineno, text))

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        if name in _CONTEXT_CALLS and len(node.args) >= 2:
            context, text = _literal(node.args[0]), node.args[1]
            if isinstance(text, ast.JoinedStr):
                self._problem(node, "f-string passed to translate(): translate the text with {name} "
                                    "placeholders, then .format() it")
            elif _literal(text) is not None:
                if context is None:
                    self._problem(node, f"{name}() with a context that is not a literal string")
                else:
                    self.strings.append(CodeString(context, _literal(text), self.path, node.lineno))
        elif name in _CLASS_CALLS and node.args:
            text = node.args[0]
            if isinstance(text, ast.JoinedStr):
                self._problem(node, "f-string passed to tr(): translate the text with {name} placeholders, "
                                    "then .format() it")
            elif _literal(text) is not None:
                if not self.classes:
                    self._problem(node, "tr() outside a class: pylupdate5 files it under @default; "
                                        "use translate(\"Context\", ...)")
                else:
                    self.strings.append(CodeString(self.classes[-1].name, _literal(text), self.path,
                                                   node.lineno))
        elif name.endswith("_tr") or name in ("QT_TR_NOOP", "trUtf8"):
            if node.args and _literal(node.args[0]) is not None:
                self._problem(node, f"{name}() is not collected by pylupdate5: use "
                                    "translate(\"Context\", ...) or QT_TRANSLATE_NOOP(\"Context\", ...)")
        self.generic_visit(node)


def untranslated_messages(files: Optional[Iterable[Path]] = None) -> List[CodeProblem]:
    """Error messages raised with English text that does not go through translation
    (``raise StoreError(f"...")``): still to be converted to translate("Ctx", "...").format()."""
    found = []
    for path in files or python_files():
        relative = os.path.relpath(path, REPO)
        tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                continue
            name = _call_name(node.exc)
            text = node.exc.args[0]
            if (name.endswith(("Error", "Exception")) and name not in ("KeyError", "NotImplementedError")
                    and isinstance(text, (ast.Constant, ast.JoinedStr))):
                literal = text.value if isinstance(text, ast.Constant) else ast.unparse(text)[2:-1]
                found.append(CodeProblem(relative, node.lineno, f"{name}: {str(literal)[:70]}"))
    return found


def python_files(root: Path = PACKAGE) -> List[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def scan_code(files: Optional[Iterable[Path]] = None) -> Tuple[List[CodeString], List[CodeProblem]]:
    """Every literal string the code translates, with its context, and every call that
    pylupdate5 cannot collect or that cannot work at run time (f-strings, ``_tr``)."""
    strings, problems = [], []
    for path in files or python_files():
        relative = os.path.relpath(path, REPO)
        scanner = _Scanner(relative)
        scanner.visit(ast.parse(Path(path).read_text(encoding="utf-8"), filename=str(path)))
        strings += scanner.strings
        problems += scanner.problems
    return strings, problems


def run_pylupdate(output: Path, files: Optional[Iterable[Path]] = None) -> None:
    """pylupdate5 over the package's Python files into ``output`` (created or updated)."""
    exe = shutil.which("pylupdate5")
    if exe is None:
        raise RuntimeError("pylupdate5 is not installed (Debian package pyqt5-dev-tools; `make system`).")
    names = [str(p) for p in (files or python_files())]
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    subprocess.run([exe, "-noobsolete", *names, "-ts", str(output)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def pylupdate_keys(files: Optional[Iterable[Path]] = None) -> set:
    """(context, source) of everything pylupdate5 collects from the code now."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "collected.ts"
        run_pylupdate(output, files)
        return set(TsFile(output).by_key())


@dataclass
class LanguageStatus:
    language: str
    total: int
    finished: int
    unfinished: List[Message]
    obsolete: List[Message]
    missing: List[CodeString]


def language_status(language: str, code_strings: List[CodeString]) -> LanguageStatus:
    path = ts_path(language)
    messages = TsFile(path).messages() if path.exists() else []
    keys = {(m.context, m.source) for m in messages}
    missing, seen = [], set()
    for s in code_strings:
        if (s.context, s.source) not in keys and (s.context, s.source) not in seen:
            seen.add((s.context, s.source))
            missing.append(s)
    live = [m for m in messages if m.kind not in ("obsolete", "vanished")]
    return LanguageStatus(
        language=language,
        total=len(live),
        finished=sum(1 for m in live if m.finished),
        unfinished=[m for m in live if not m.finished],
        obsolete=[m for m in messages if m.kind in ("obsolete", "vanished")],
        missing=missing,
    )
