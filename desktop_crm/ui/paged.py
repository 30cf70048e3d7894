"""The lazy table model both long lists use (DESIGN.md 8.4): the ordered ids of every row come
from one background query; plain rows are read by id a page at a time, when the view first asks
for one. Results of a superseded load are dropped (generation counter)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from sqlalchemy.orm import Session

from .tasks import TaskRunner

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class PagedIdModel(QAbstractTableModel):
    loaded = Signal(int)  # the number of rows after a (re)load

    def __init__(self, runner: TaskRunner, columns: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.columns = tuple(columns)
        self._ids: list[str] = []
        self._pages: dict[int, dict[str, Any]] = {}
        self._pending: set[int] = set()
        self._wanted: list[int] = []  # pages to read once the current paint is over
        self._generation = 0  # bumped by a (re)load of the ids
        self._epoch = 0  # bumped when cached rows go stale
        self.started = False  # reload() was called: the view wants rows

    # Subclasses say how to read; both run on the runner, off the GUI thread.
    def ids_query(self) -> Callable[[Session], list[str]]:
        raise NotImplementedError

    def rows_query(self, ids: list[str]) -> Callable[[Session], Sequence[Any]]:
        raise NotImplementedError

    def reload(self) -> None:
        self.started = True
        self._generation += 1
        generation = self._generation

        def done(ids: list[str]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._ids, self._pages, self._pending, self._wanted = ids, {}, set(), []
            self.endResetModel()
            self.loaded.emit(len(ids))

        self.runner.read(self.ids_query(), done)

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._ids, self._pages, self._pending, self._wanted = [], {}, set(), []
        self.endResetModel()
        self.loaded.emit(0)

    def row_data(self, row: int) -> Any:
        """The plain row at ``row``, or None while its page is loading (or it vanished)."""
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is not None:
            return rows.get(self._ids[row])
        if page not in self._pending:
            self._pending.add(page)
            if self.runner.synchronous:  # tests: the page is read at once, in this thread
                self._fetch([page])
                return self._pages[page].get(self._ids[row])
            if not self._wanted:
                # Pages asked for during a paint are read in one job after it: a reader running
                # Python alongside the paint would make both wait for the GIL.
                QTimer.singleShot(0, self._fetch_wanted)
            self._wanted.append(page)
        return None

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = self._wanted, []
        self._fetch(wanted)

    def _fetch(self, pages: list[int]) -> None:
        generation, epoch = self._generation, self._epoch
        ids = [i for page in pages for i in self._ids[page * PAGE : (page + 1) * PAGE]]

        def done(rows: Sequence[Any]) -> None:
            if (generation, epoch) != (self._generation, self._epoch):
                return
            by_id = {r.id: r for r in rows}
            for page in pages:
                self._pending.discard(page)
                self._pages[page] = {
                    i: by_id[i] for i in self._ids[page * PAGE : (page + 1) * PAGE] if i in by_id
                }
                if not self.runner.synchronous:  # a synchronous caller reads the page right away
                    last = min(len(self._ids), (page + 1) * PAGE) - 1
                    self.dataChanged.emit(self.index(page * PAGE, 0), self.index(last, len(self.columns) - 1))

        self.runner.read(self.rows_query(ids), done)

    def refresh_rows(self) -> None:
        """Read the shown rows again, keeping the ids, their order and the selection (a write
        changed some figures, not which customers are listed)."""
        self._epoch += 1
        self._pages, self._pending, self._wanted = {}, set(), []
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def is_loading(self, row: int) -> bool:
        return row // PAGE not in self._pages

    def row_of(self, row_id: str) -> int | None:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def repaint_all(self) -> None:
        """Headers and coded columns are worded at paint time (language switch): paint again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)


class RowsModel(QAbstractTableModel):
    """A short list of plain rows loaded whole (a day's visits, suggestions): no paging needed."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> Any:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def header(self, column: str) -> str:
        """A column's heading, worded by the subclass (in its own translation context)."""
        return column

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self.header(self.COLUMNS[section]) if horizontal and 0 <= section < len(self.COLUMNS) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)
