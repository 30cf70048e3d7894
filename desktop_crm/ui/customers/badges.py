"""Badges in the customer list: the tier as a coloured pill, an overdue follow-up as a red one.

The model says which cells are badges (``BADGE_ROLE``: the colour); the delegate only paints."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
SOLID_ROLE = Qt.ItemDataRole.UserRole + 2  # True: filled pill with white text; else tinted


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        colour = index.data(BADGE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not colour or not text:
            super().paint(painter, option, index)
            return
        # The row's background and selection as usual, then the pill instead of plain text.
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(str(text)) + 12
        height = metrics.height() + 2
        rect = QRectF(option.rect)
        pill = QRectF(rect.left() + 4, rect.center().y() - height / 2, min(width, rect.width() - 8), height)
        base = QColor(str(colour))
        solid = bool(index.data(SOLID_ROLE))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(base if solid else QColor(base.red(), base.green(), base.blue(), 36))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white") if solid else base)
        font = option.font
        font.setBold(solid)
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, str(text))
        painter.restore()
