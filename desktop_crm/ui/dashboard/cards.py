"""The dashboard's cards: a titled panel per subject, laid out in as many columns as the pane's
width holds, and the labels they are made of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

CARD_WIDTH = 380  # a card narrower than this gets cramped: fewer columns instead
# Where the cards (Pareto, RFM, lifecycle, follow-up, satisfaction, events) go for 1, 2 or 3
# columns, as (row, column, rows, columns): the tall follow-up card beside two shorter ones, and
# the events' table across the whole width.
CARD_PLACES = {
    1: [(i, 0, 1, 1) for i in range(6)],
    2: [(0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 2, 1), (2, 0, 1, 1), (3, 0, 1, 2)],
    3: [(0, 0, 1, 1), (0, 1, 1, 1), (1, 1, 1, 1), (0, 2, 2, 1), (1, 0, 1, 1), (2, 0, 1, 3)],
}


def label(parent: QWidget, *, size: float = 0, bold: bool = False, grey: bool = False) -> QLabel:
    """A word-wrapped label, ``size`` times the usual font size."""
    text = QLabel(parent)
    text.setWordWrap(True)
    font = text.font()
    if size:
        font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    text.setFont(font)
    if grey:
        text.setStyleSheet("color: #606060;")
    return text


def links(parent: QWidget, on_link: Callable[[str], None]) -> QLabel:
    """A label whose underlined figures are clickable (``<a href>``)."""
    text = label(parent)
    text.setTextFormat(Qt.TextFormat.RichText)
    text.linkActivated.connect(on_link)
    return text


class Cards(QWidget):
    """The six cards of ``CARD_PLACES``, added in its order, then placed by ``fit``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles: list[QLabel] = []
        self.cards: list[QFrame] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.columns = 0

    def add(self, *widgets: QWidget) -> None:
        """A card of these widgets, one under the other, under a title (``titles``)."""
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        title = label(card, size=1.1, bold=True)
        box = QVBoxLayout(card)
        box.addWidget(title)
        for widget in widgets:
            widget.setParent(card)
            box.addWidget(widget)
        box.addStretch(1)
        self.titles.append(title)
        self.cards.append(card)

    def fit(self, width: int) -> None:
        """The cards in as many columns as ``width`` holds, tall ones beside short ones."""
        columns = max(1, min(3, (width - 24) // CARD_WIDTH))
        if columns == self.columns or len(self.cards) != len(CARD_PLACES[1]):
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for card, (row, column, rows, span) in zip(self.cards, CARD_PLACES[columns], strict=True):
            self.grid.addWidget(card, row, column, rows, span)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
