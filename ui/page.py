"""A screen of the group workspace, and how every screen saves: events posted in the background, all
or nothing, then the book reloaded; a refusal is shown with the line it came from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ledger.model.errors import LineRefused, Refusal
from ui import worker
from ui.widgets import FormDialog, GuardedDialog, ReasonsDialog, present_error, tr

if TYPE_CHECKING:
    from ledger.rules.book import GroupBook
    from ui.desk import Desk


class Shell:
    """What a screen needs from the main window (kept small so screens can be tested alone)."""

    desk: Desk
    book: GroupBook | None

    def reload(self) -> None: ...
    def say(self, message: str) -> None: ...


class Page(QWidget):
    """One screen of the group workspace. ``show_book`` fills it; ``saved`` fires after each save."""

    title = ""
    saved = Signal()
    refused = Signal(list)

    def __init__(self, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.dialog: QWidget | None = None  # the open form, kept alive (and reachable by tests)
        self.busy = False  # a save (or the check before it) is on its way: the group is not left, the window
        # not closed, and a second click does not start it again

    @property
    def desk(self) -> Desk:
        return self.shell.desk

    @property
    def on(self) -> date:
        return self.desk.today()

    def show_book(self, book: GroupBook) -> None:
        """Fill the screen from the group's book (called after every load and save)."""

    def unsaved(self) -> bool:
        """True while the screen holds typed input that is not saved yet."""
        return False

    def forget(self) -> None:
        """Drop unsaved input (the user chose to leave it)."""

    def open_form(self, dialog: FormDialog, message: str) -> None:
        """Open a form; once it is accepted, post its event for the open group."""
        group = self.desk.group
        dialog.accepted.connect(lambda: self.post([{**dialog.as_event(), "group": group}], message, form=dialog))
        self.dialog = dialog
        dialog.open()

    def post(self, events: list[dict[str, Any]], message: str, describe: Callable[[int], str] | None = None,
             after: Callable[[], None] | None = None, form: GuardedDialog | None = None) -> None:
        """Save ``events`` as one all-or-nothing step on a worker thread; the window stays usable. When the book
        refuses what ``form`` typed, the form comes back as typed with the reason."""
        self.busy = True
        self.setEnabled(False)

        def done(_count: object) -> None:
            self.busy = False
            self.setEnabled(True)
            if after is not None:
                after()
            self.shell.say(message)
            self.shell.reload()
            self.saved.emit()

        def failed(exc: Exception) -> None:
            self.busy = False
            self.setEnabled(True)
            if isinstance(exc, LineRefused):
                where = describe(exc.line - 1) if describe else ""
                reason = f"{where}: {exc.reason}" if where else exc.reason
                self.refused.emit([reason])
                if form is not None:
                    form.refused(reason)
                else:
                    ReasonsDialog(tr("Tidak disimpan"), tr("Tidak ada yang disimpan, karena:"), [reason],
                                  self).open()
            else:
                self.refused.emit([str(exc)])
                if form is not None and isinstance(exc, Refusal):
                    form.refused(exc.message)
                else:
                    present_error(self, exc)

        worker.start(lambda _progress: self.desk.apply(events), done, failed)
