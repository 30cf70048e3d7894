"""Small builders for the dashboard's charts (QtCharts): bars, a curve and a ring, each plain to
read on a narrow pane. Every element can be clicked: the builder hands its index to ``on_click``,
and the pane turns that into the customers behind it. No words here: callers pass them in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QToolTip, QWidget

BarClick = Callable[[int, int], None]  # the bar set's index, the bar's index
Tip = Callable[[int, int], str]
MAX_LABELS = 14  # more categories than this: lines, with every n-th category labelled


@dataclass(frozen=True, slots=True)
class Bars:
    """One bar set: its name (the legend), one value per category, its colour."""

    name: str
    values: Sequence[float]
    colour: str


class ChartView(QChartView):
    """A chart view that owns one chart at a time and drops the previous one."""

    def __init__(self, parent: QWidget | None = None, *, height: int = 220) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(height)
        self.setStyleSheet("background: transparent")
        self.show_chart(new_chart())

    def show_chart(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


def new_chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _small(size_delta: int = -1) -> QFont:
    font = QFont()
    font.setPointSize(max(7, font.pointSize() + size_delta))
    return font


def _hover(view: QWidget, text: str | None) -> None:
    """A pointing hand and a tip over a clickable element, the arrow again when the mouse leaves."""
    if text is None:
        view.unsetCursor()
        QToolTip.hideText()
    else:
        view.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), text, view)


def bar_chart(view: ChartView, categories: Sequence[str], sets: Sequence[Bars], *, horizontal: bool = False,
              on_click: BarClick | None = None, tip: Tip | None = None) -> QChart:  # fmt: skip
    """Bars per category (one colour per set); horizontal bars list the first category on top.
    The value shows at the end of each bar; the legend shows only when there are several sets."""
    chart = new_chart()
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    order = list(reversed(range(len(categories)))) if horizontal else list(range(len(categories)))
    for s, bars in enumerate(sets):
        bar_set = QBarSet(bars.name)
        bar_set.append([float(bars.values[i]) for i in order])
        bar_set.setColor(QColor(bars.colour))
        bar_set.setBorderColor(QColor(bars.colour))
        bar_set.setLabelColor(QColor("#303030"))
        bar_set.setLabelFont(_small())
        if on_click is not None:
            bar_set.clicked.connect(lambda i, s=s: on_click(s, order[i]))
        if tip is not None:
            bar_set.hovered.connect(lambda on, i, s=s: _hover(view, tip(s, order[i]) if on else None))
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(12)  # whole numbers stay whole, never "1.2e+03"
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.75 if len(sets) > 1 else 0.6)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([categories[i] for i in order])
    axis.setLabelsFont(_small())
    axis.setGridLineVisible(False)
    values = QValueAxis()
    top = max((float(v) for bars in sets for v in bars.values), default=0.0)
    if top < 4:  # a step of one
        values.setRange(0, int(top) + 1)
        values.setTickCount(int(top) + 2)
    else:  # room above the longest bar for its label, in whole, round steps
        values.setRange(0, top * 1.15)
        values.setTickCount(5)
        values.applyNiceNumbers()
    values.setLabelFormat("%d")
    values.setLabelsFont(_small(-2))
    values.setGridLineColor(QColor("#e4e4e4"))
    if horizontal:
        values.setLabelsVisible(False)  # the bars carry their values
        values.setGridLineVisible(False)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    series.attachAxis(values)
    if len(sets) > 1:
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setFont(_small())
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeRectangle)
    view.show_chart(chart)
    return chart


def line_chart(view: ChartView, categories: Sequence[str], sets: Sequence[Bars]) -> QChart:
    """Lines over many categories (weeks of a year), where bars would be too thin to read: the
    axis labels every n-th category, and the legend names the lines."""
    chart = new_chart()
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = -(-len(categories) // 6)  # room for each label: one every couple of months in a year
    for i in range(0, len(categories), step):
        axis.append(categories[i], i)
    axis.setRange(0, max(1, len(categories) - 1))
    axis.setLabelsFont(_small(-2))
    axis.setGridLineVisible(False)
    values = QValueAxis()
    values.setRange(0, max((float(v) for line in sets for v in line.values), default=0.0) * 1.1 or 1.0)
    values.setTickCount(5)
    values.applyNiceNumbers()
    values.setLabelFormat("%d")
    values.setLabelsFont(_small(-2))
    values.setGridLineColor(QColor("#e4e4e4"))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    for line in sets:
        series = QLineSeries()
        series.setName(line.name)
        series.append([QPointF(i, float(v)) for i, v in enumerate(line.values)])
        pen = QPen(QColor(line.colour))
        pen.setWidthF(2)
        series.setPen(pen)
        chart.addSeries(series)
        series.attachAxis(axis)
        series.attachAxis(values)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.legend().setFont(_small())
    view.show_chart(chart)
    return chart


def curve_chart(view: ChartView, points: Sequence[tuple[float, float]], *, mark: tuple[float, float] | None,
                colour: str, on_click: Callable[[float], None] | None = None,
                tip: Callable[[float], str] | None = None) -> QChart:  # fmt: skip
    """A rising curve on 0-100% by 0-100% (shares given 0..1), with dashed guides to ``mark``."""
    chart = new_chart()
    curve = QLineSeries()
    curve.append([QPointF(x * 100, y * 100) for x, y in points])
    pen = QPen(QColor(colour))
    pen.setWidthF(2.5)
    curve.setPen(pen)
    if on_click is not None:
        curve.clicked.connect(lambda p: on_click(p.x() / 100))
    if tip is not None:
        curve.hovered.connect(lambda p, on: _hover(view, tip(p.x() / 100) if on else None))
    chart.addSeries(curve)
    guides = []
    if mark is not None:
        x, y = mark[0] * 100, mark[1] * 100
        for line in ((QPointF(0, y), QPointF(x, y)), (QPointF(x, 0), QPointF(x, y))):
            guide = QLineSeries()
            guide.append(list(line))
            dashed = QPen(QColor("#7f8c8d"))
            dashed.setStyle(Qt.PenStyle.DashLine)
            dashed.setWidthF(1.2)
            guide.setPen(dashed)
            chart.addSeries(guide)
            guides.append(guide)
    for alignment in (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft):
        axis = QValueAxis()
        axis.setRange(0, 100)
        axis.setTickCount(6)
        axis.setLabelFormat("%d%%")
        axis.setLabelsFont(_small(-2))
        axis.setGridLineColor(QColor("#e4e4e4"))
        chart.addAxis(axis, alignment)
        for series in (curve, *guides):
            series.attachAxis(axis)
    view.show_chart(chart)
    return chart


def ring_chart(view: ChartView, slices: Sequence[tuple[str, float, str]], *,
               on_click: Callable[[int], None] | None = None, tip: Callable[[int], str] | None = None) -> QChart:  # fmt: skip
    """A ring of (label, value, colour) slices, the legend beside it; a legend entry clicks as
    its slice does."""
    chart = new_chart()
    series = QPieSeries()
    series.setHoleSize(0.45)
    series.setPieSize(0.9)
    for i, (label, value, colour) in enumerate(slices):
        piece = QPieSlice(label, float(value))
        piece.setColor(QColor(colour))
        piece.setBorderColor(QColor("white"))
        if on_click is not None:
            piece.clicked.connect(lambda i=i: on_click(i))
        if tip is not None:
            piece.hovered.connect(lambda on, i=i: _hover(view, tip(i) if on else None))
        series.append(piece)
    chart.addSeries(series)
    legend = chart.legend()
    legend.setVisible(True)
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    legend.setFont(_small())
    legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeCircle)
    if on_click is not None:
        for i, marker in enumerate(legend.markers(series)):
            marker.clicked.connect(lambda i=i: on_click(i))
    view.show_chart(chart)
    return chart


def chart_icon() -> QIcon:
    """The dashboard tab's icon: three rising bars in the icons' line style."""
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 24
        pen = QPen(QColor("#2874a6"), 2 * unit)
        painter.setPen(pen)
        for i, height in enumerate((7, 12, 17)):
            painter.drawRoundedRect(QRectF((3.5 + 6.5 * i) * unit, (21 - height) * unit, 4 * unit, height * unit),
                                    unit, unit)  # fmt: skip
        painter.end()
        result.addPixmap(pixmap)
    return result
