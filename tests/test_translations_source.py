"""Every word the window shows can be translated (issue 13, Welsh interface).

Reads views/ as source: a string literal handed to a call that puts words
on screen (a label, a button, a menu, a message box, a column header, an
undo step's name) must be wrapped in ``self.tr``, ``translate`` or
``QT_TRANSLATE_NOOP``, or ``pyside6-lupdate`` never sees it and a Welsh
user meets English there.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

VIEWS = Path(__file__).resolve().parents[1] / "safeguard_desktop" / "views"

# Calls whose every string argument is shown to the user.
SHOWN_ALL = {
    "setText", "setWindowTitle", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "QAction", "addAction", "addMenu", "QMenu", "setToolTip", "setPlaceholderText",
    "setStatusTip", "setWhatsThis", "setTitle", "addTab", "insertTab", "setTabText", "addRow",
    "warning", "information", "question", "critical", "about", "getText", "getItem", "getInt",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory", "showMessage", "show_status",
    "setHeaderData", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setAccessibleName",
    "setAccessibleDescription", "addButton", "setLabelText", "setInformativeText", "setDetailedText",
    "setSpecialValueText", "setSuffix", "setPrefix", "EmptyState", "ListSection", "UserError",
    "QListWidgetItem", "QStandardItem", "setItemText", "tell", "ask",
    "run_edit", "run_create", "run", "setUndoText", "QMessageBox", "CellError", "confirm_switch",
}
# Calls where only some arguments are words (the others are keys or data):
# positions, then keyword names.
SHOWN_SOME: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "addItem": ((0,), ("text",)),
    "add_file_action": ((0,), ("text",)),
    "insertItem": ((1,), ("text",)),
    "Column": ((0,), ("header",)),
    "GridColumn": ((1,), ("header",)),
    "Field": ((1,), ("label",)),
    "DateEntry": ((), ("placeholder", "blank_text")),
    "add_labelled": ((1,), ("text",)),
}
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "word", "words"}
# A code handed beside words ("add_side", "deputy:" + a seat's id) is not shown.
CODE = re.compile(r"[a-z][a-z0-9_\-]*:?")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal_words(node: ast.expr) -> bool:
    """Whether ``node`` is (or builds) text from a literal with letters in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        # A literal with no letters ("", "—", "\n") says nothing to translate.
        # Tags ("<b>", "</h3>") wrapped round words from elsewhere are not words.
        text = re.sub(r"<[^>]*>", "", node.value)
        return any(ch.isalpha() for ch in text) and not CODE.fullmatch(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_literal_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) or _literal_words(node.orelse)
    if isinstance(node, ast.Call) and _name(node.func) == "format" and isinstance(node.func, ast.Attribute):
        return _literal_words(node.func.value)
    return False


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call.func)
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) \
            and call.func.value.id in ("log", "logger", "logging"):
        return []  # the log is read by whoever fixes a bug, in English
    if name in SHOWN_ALL:
        return [*call.args, *(k.value for k in call.keywords if k.arg not in ("objectName", "key"))]
    if name in SHOWN_SOME:
        positions, keywords = SHOWN_SOME[name]
        return [*(call.args[i] for i in positions if i < len(call.args)),
                *(k.value for k in call.keywords if k.arg in keywords)]
    return []


# What a module-level constant holds besides words: colours, style sheets,
# key sequences, date formats, settings keys, patterns, type names.
NOT_SHOWN = re.compile(
    r"#[0-9A-Fa-f]{3,8}|.*\{[^}]*:[^}]*;.*|((Ctrl|Alt|Shift|Meta)\+)*(F\d+|Tab|Delete|Insert|Up|Down|[A-Z])"
    r"|[a-z][a-z0-9_\-/.]*|[a-z]+[A-Z][A-Za-z]*|.*\\.*|[A-Za-z]+( \| [A-Za-z]+)+|[HhmsdMyAP ]*[:/][HhmsdMyAP:/ ]*", re.S)


# Constants that are not the window's words: said on the terminal before
# there is a window; the languages, each named in its own language, the
# context's name and Welsh day and month names; patterns that read lower
# layers' English sentences back.
TERMINAL = {"app.py": {"NO_DISPLAY", "UNREACHABLE_DISPLAY"},
            "i18n.py": {"LANGUAGE_NAMES", "WORDS", "_MONTHS", "_MONTHS_SHORT", "_DAYS", "_DAYS_SHORT"},
            "state_words.py": {"_PATTERNS", "_RUNNING", "_WEEKDAYS", "_MONTH_NAMES"}}


def _constant_words(node: ast.expr) -> bool:
    if not _literal_words(node) or not isinstance(node, ast.Constant):
        return False
    text = re.sub(r"%[a-zA-Z]", "", node.value)
    return any(ch.isalpha() for ch in text) and not NOT_SHOWN.fullmatch(node.value)


def _untranslated_constants(tree: ast.Module, source: str, filename: str) -> list[str]:
    """Words in a module's constants (column headings, the words for codes)
    that are not marked with QT_TRANSLATE_NOOP for showing through word()."""
    found = []
    for statement in tree.body:
        if not isinstance(statement, (ast.Assign, ast.AnnAssign)) or statement.value is None:
            continue
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
        if any(isinstance(t, ast.Name) and t.id in TERMINAL.get(filename, ()) for t in targets):
            continue
        wrapped = {id(inner) for node in ast.walk(statement.value)
                   if isinstance(node, ast.Call) and _name(node.func) in WRAPPERS for inner in ast.walk(node)}
        calls_checked = {id(inner) for node in ast.walk(statement.value)
                         if isinstance(node, ast.Call) and _shown_arguments(node) for inner in ast.walk(node)}
        for node in ast.walk(statement.value):
            if id(node) not in wrapped and id(node) not in calls_checked and _constant_words(node):
                found.append(f"{filename}:{node.lineno}: constant {node.value[:60]!r}")
    return found


def untranslated(source: str, filename: str = "<source>") -> list[str]:
    """Where ``source`` shows a literal that is not translated."""
    tree = ast.parse(source, filename)
    found = _untranslated_constants(tree, source, filename)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) not in WRAPPERS:
            for argument in _shown_arguments(node):
                if _literal_words(argument):
                    found.append(f"{filename}:{argument.lineno}: {_name(node.func)}"
                                 f"({ast.get_source_segment(source, argument)[:60]})")
        if isinstance(node, ast.FunctionDef) and node.name in ("headerData", "data"):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None and _literal_words(inner.value):
                    found.append(f"{filename}:{inner.lineno}: {node.name} returns "
                                 f"{ast.get_source_segment(source, inner.value)[:60]}")
    return found


def test_the_check_sees_untranslated_words() -> None:
    shown = '''
def f(label, box, n):
    label.setText("Saved")
    box.setWindowTitle(f"Import {n}")
    QMessageBox.warning(None, "Export", "The file is open elsewhere.")
    combo.addItem("Business plan", "business_plan")
    GridColumn("lead", "Who will lead?", TEXT, 180)
class M:
    def headerData(self, section, orientation, role):
        return "Title"
HEADERS = ("Seat", "Agency")
'''
    assert sorted(line.split(": ", 1)[1] for line in untranslated(shown)) == sorted([
        'setText("Saved")',
        'setWindowTitle(f"Import {n}")',
        'warning("Export")',
        'warning("The file is open elsewhere.")',
        'addItem("Business plan")',
        'GridColumn("Who will lead?")',
        'headerData returns "Title"',
        "constant 'Seat'",
        "constant 'Agency'",
    ])


def test_the_check_passes_translated_words_and_codes() -> None:
    fine = '''
def f(self, label, combo, n):
    label.setText(self.tr("Saved"))
    label.setText(translate("Ctx", "Import {name}").format(name=n))
    combo.addItem(self.tr("Business plan"), "business_plan")
    label.setObjectName("heading")
    prompt.ask(f"deputy:{seat}", self.tr("Deputy for {title}:").format(title=title))
    label.setText("")
    label.setText(self.tr("%n row(s)", "", n))
    GridColumn("lead", QT_TRANSLATE_NOOP("Columns", "Who will lead?"), TEXT, 180)
HEADERS = (QT_TRANSLATE_NOOP("Words", "Seat"), QT_TRANSLATE_NOOP("Words", "Agency"))
KEYS = ("workspace/last", "#FFC7CE", "Ctrl+Shift+R", "%d %b %Y", "HH:mm", "QLabel { color: white; }", "T")
'''
    assert untranslated(fine) == []


def test_every_word_the_window_shows_is_translatable() -> None:
    found = []
    for path in sorted(VIEWS.rglob("*.py")):
        found += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(VIEWS)))
    assert found == [], f"{len(found)} untranslated words in views/:\n" + "\n".join(found)


def core_words_shown() -> set[str]:
    """The English words lower layers hand the window for stored codes."""
    from safeguard_desktop.core import minutes_headings, plan_shapes, rag, review_clocks, seats, self_assessment
    from safeguard_desktop.core import statuses, working_days
    from safeguard_desktop.exports import kinds
    from safeguard_desktop.imports import headings
    from safeguard_desktop.store.queries import action_log

    shown = {rag.rag_label(value) for value in rag.RAG_VALUES}
    shown |= {*statuses.STATUS_LABELS.values(), *seats.SEAT_ROLES.values(), seats.IN_ATTENDANCE_WORDS}
    for shape in plan_shapes.SHAPES.values():
        shown |= {shape.name, shape.label, *(level.word for level in shape.levels)}
        shown |= {shape.row_word} if shape.row_word else set()
    shown |= {plan_shapes.level_word(kind) for kind in ("priority", "outcome", "evidence", "duty", "responsibility",
                                                         "area", "question", "recommendation", "note")}
    shown |= {title for _part, title in minutes_headings.PARTS}
    shown |= {*review_clocks.REVIEW_KINDS.values(), *working_days.NATIONS.values()}
    shown |= {self_assessment.score_word(score) for score in self_assessment.SCORES} | {self_assessment.score_label(None)}
    shown |= {*action_log.KIND_WORDS.values(), *kinds.LABELS.values(), *kinds.FORMAT_LABELS.values()}
    shown |= set(headings.FIELD_LABELS.values())
    return shown


def test_words_from_lower_layers_are_marked() -> None:
    """core/ has no Qt, so the words it gives the window are marked in
    views/core_words.py; a word added below and shown above must be added there."""
    from safeguard_desktop.views import core_words

    marked = set(core_words.CORE_WORDS)
    assert sorted(core_words_shown() - marked) == []
