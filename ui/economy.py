"""Usaha & inventaris: the group's economy beyond savings and loans on one screen, one tab each for the
inventaris, the joint business, the social fund and the mapping (keeps the screen list short at 1366×768)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from ledger.rules.book import GroupBook
from ui.business import BusinessTab
from ui.inventory import InventoryTab
from ui.mapping import MappingTab
from ui.page import Page, Shell
from ui.social import SocialTab
from ui.widgets import N_, tr


class EconomyPage(Page):
    title = N_("Usaha & inventaris")

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.inventory, self.business = InventoryTab(shell), BusinessTab(shell)
        self.social, self.mapping = SocialTab(shell), MappingTab(shell)
        self.parts: list[Page] = [self.inventory, self.business, self.social, self.mapping]
        for part in self.parts:
            self.tabs.addTab(part, tr(part.title))
        layout.addWidget(self.tabs)

    def show_book(self, book: GroupBook) -> None:
        for part in self.parts:
            part.show_book(book)
