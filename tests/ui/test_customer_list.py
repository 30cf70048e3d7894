from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.core.customer_list import ListFilter
from desktop_crm.storage.profile import Profile
from desktop_crm.ui.customers.model import COLUMNS, CustomerListModel
from desktop_crm.ui.customers.pane import CustomersPane
from desktop_crm.ui.paged import PAGE
from desktop_crm.ui.tasks import TaskRunner


def test_model_passes_qtmodeltester(runner: TaskRunner, qtmodeltester: ModelTester) -> None:
    model = CustomerListModel(runner)
    model.reload()
    assert model.rowCount() == 450
    qtmodeltester.check(model, force_py=True)


def test_rows_load_by_page_and_the_last_row_reads_right(runner: TaskRunner, demo_profile: Profile) -> None:
    model = CustomerListModel(runner)
    model.reload()
    last = model.rowCount() - 1
    name = model.data(model.index(last, COLUMNS.index("name")))
    assert name and name != "…"
    assert list(model._pages) == [last // PAGE]  # only the page asked for was read
    with demo_profile.session() as s:
        from desktop_crm.core import customer_list

        ordered = customer_list.ordered_ids(s, filter=ListFilter())
    assert model.customer_id(last) == ordered[-1]


def test_sorting_happens_in_sql(runner: TaskRunner) -> None:
    model = CustomerListModel(runner)
    model.reload()
    model.sort(COLUMNS.index("revenue"), Qt.SortOrder.DescendingOrder)
    top = [model.data(model.index(r, COLUMNS.index("revenue"))) for r in range(3)]
    values = [float(v.replace(",", "")) for v in top]
    assert values == sorted(values, reverse=True) and values[0] > 0


def test_async_runner_loads_without_blocking(demo_profile: Profile, qtbot: QtBot) -> None:
    runner = TaskRunner(demo_profile)
    model = CustomerListModel(runner)
    with qtbot.waitSignal(model.loaded, timeout=10_000) as loaded:
        model.reload()
    assert loaded.args == [450]
    assert model.data(model.index(0, 0)) == "…"  # asked for: loading in the background
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        pass
    assert model.data(model.index(0, 0)) not in (None, "…")
    runner.wait()


def test_search_as_you_type_filters_the_list(runner: TaskRunner, qtbot: QtBot) -> None:
    pane = CustomersPane(runner)
    qtbot.addWidget(pane)
    pane.model.reload()
    assert pane.model.rowCount() == 450
    with qtbot.waitSignal(pane.model.loaded, timeout=2_000):
        qtbot.keyClicks(pane.search, "bjhl")
    names = [pane.model.data(pane.model.index(r, 0)) for r in range(pane.model.rowCount())]
    assert "北京华联商贸有限公司" in names
    assert pane.model.rowCount() < 20
    with qtbot.waitSignal(pane.model.loaded, timeout=2_000):
        pane.search.clear()
    assert pane.model.rowCount() == 450


def test_tier_and_overdue_filters(runner: TaskRunner, qtbot: QtBot) -> None:
    pane = CustomersPane(runner)
    qtbot.addWidget(pane)
    pane.model.reload()
    pane.tier.setCurrentIndex(pane.tier.findData("A"))
    a_count = pane.model.rowCount()
    tiers = {pane.model.data(pane.model.index(r, COLUMNS.index("tier"))).rstrip("*") for r in range(a_count)}
    assert tiers == {"A"} and 0 < a_count < 450
    pane.overdue.setChecked(True)
    assert pane.model.rowCount() <= a_count


def test_selecting_a_row_announces_the_customer(runner: TaskRunner, qtbot: QtBot) -> None:
    pane = CustomersPane(runner)
    qtbot.addWidget(pane)
    pane.model.reload()
    with qtbot.waitSignal(pane.customer_selected) as sel:
        pane.table.setCurrentIndex(pane.model.index(3, 0))
    assert sel.args[0] == pane.model.customer_id(3) and sel.args[1]
    assert pane.model.rowCount(pane.model.index(0, 0)) == 0  # a table: no children
    assert not pane.model.index(0, 0).parent().isValid()
    assert pane.model.data(QModelIndex()) is None
