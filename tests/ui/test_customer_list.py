from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.core import customer_list, customers
from desktop_crm.core.customer_list import UNOWNED, ListFilter
from desktop_crm.core.models import User
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.customers.badges import BADGE_ROLE, SOLID_ROLE
from desktop_crm.ui.customers.model import COLUMNS, OVERDUE_COLOUR, TIER_COLOURS, CustomerListModel
from desktop_crm.ui.customers.pane import CustomersPane, place_key
from desktop_crm.ui.main_window import MainWindow
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


def test_pages_asked_for_in_one_paint_are_read_together(demo_profile: Profile, qtbot: QtBot) -> None:
    runner = TaskRunner(demo_profile)
    model = CustomerListModel(runner)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    jobs: list[int] = []
    read = runner.read
    runner.read = lambda fn, done, error=None: jobs.append(1) or read(fn, done, error)  # type: ignore[method-assign]
    last = model.rowCount() - 1
    assert model.data(model.index(0, 0)) == model.data(model.index(last, 0)) == "…"
    assert jobs == []  # nothing is read while the view is still painting
    with qtbot.waitSignals([model.dataChanged, model.dataChanged], timeout=10_000):
        pass
    assert jobs == [1]
    assert "…" not in (model.data(model.index(0, 0)), model.data(model.index(last, 0)))
    runner.wait()


def test_the_panes_follow_the_customer_the_rep_stops_on(demo_profile: Profile, qtbot: QtBot) -> None:
    runner = TaskRunner(demo_profile)
    pane = CustomersPane(runner)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.model.loaded, timeout=10_000):
        pane.reload()
    shown: list[str] = []
    pane.customer_selected.connect(lambda cid, _name: shown.append(cid))
    for row in range(5):  # the down arrow held
        pane.table.setCurrentIndex(pane.model.index(row, 0))
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    qtbot.wait(200)
    assert shown == [pane.model.customer_id(4)]
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


def listed(pane: CustomersPane, column: str) -> set[object]:
    i = COLUMNS.index(column)
    return {pane.model.data(pane.model.index(r, i)) for r in range(pane.model.rowCount())}


def test_stage_relationship_place_and_owner_filters(
    runner: TaskRunner, qtbot: QtBot, demo_profile: Profile
) -> None:
    pane = CustomersPane(runner)
    qtbot.addWidget(pane)
    pane.reload()
    pane.stage.setCurrentIndex(pane.stage.findData("active"))
    active = pane.model.rowCount()
    assert 0 < active < 450 and listed(pane, "lifecycle") == {"Active"}
    pane.relationship.setCurrentIndex(pane.relationship.findData("partner"))
    assert 0 < pane.model.rowCount() < active and listed(pane, "relationship") == {"Partner"}
    pane.reset_filters()
    assert pane.model.rowCount() == 450

    with demo_profile.session() as s:
        places = customer_list.places(s)
    city = max((p for p in places if p.city), key=lambda p: p.customers)
    pane.place.setCurrentIndex(pane.place.findData(place_key(city.province or "", city.city or "")))
    assert pane.model.rowCount() == city.customers and listed(pane, "city") == {city.city}
    province_total = sum(p.customers for p in places if p.province == city.province)
    pane.place.setCurrentIndex(pane.place.findData(place_key(city.province or "", "")))
    assert pane.model.rowCount() == province_total >= city.customers
    pane.reset_filters()
    # Demo data belongs to nobody until the first sync: one owner choice, so the filter hides.
    assert [pane.owner.itemData(i) for i in range(pane.owner.count())] == [None, UNOWNED]
    assert pane.owner.isHidden()
    pane.owner.setCurrentIndex(1)
    assert pane.model.rowCount() == 450


def test_owner_filter_with_two_owners(tmp_path: Path, qtbot: QtBot, qapp: object) -> None:
    profile = open_profile(tmp_path / "owners")
    with profile.session() as s:
        ann = User(username="ann", display_name="Ann Li")
        s.add(ann)
        s.flush()
        customers.create_customer(s, name="Ann's", owner_id=ann.id)
        customers.create_customer(s, name="Nobody's")
    pane = CustomersPane(TaskRunner(profile, synchronous=True))
    qtbot.addWidget(pane)
    pane.reload()
    assert [pane.owner.itemText(i) for i in range(pane.owner.count())] == [
        "All owners", "Not assigned yet (1)", "Ann Li (1)",
    ]  # fmt: skip
    assert not pane.owner.isHidden()
    pane.owner.setCurrentIndex(2)
    assert listed(pane, "name") == {"Ann's"}
    pane.owner.setCurrentIndex(1)
    assert listed(pane, "name") == {"Nobody's"}
    profile.close()


def test_badges_for_tier_and_overdue(runner: TaskRunner) -> None:
    model = CustomerListModel(runner)
    model.reload()
    tier, due = COLUMNS.index("tier"), COLUMNS.index("next_due")
    rows = [model.row_data(r) for r in range(model.rowCount())]
    a = next(r for r, row in enumerate(rows) if row and row.tier == "A")
    assert model.data(model.index(a, tier), BADGE_ROLE) == TIER_COLOURS["A"]
    assert model.data(model.index(a, tier), SOLID_ROLE) is True
    today = dt.date.today()
    late = next(
        r for r, row in enumerate(rows) if row and (row.next_due_on is None or row.next_due_on < today)
    )
    on_time = next(r for r, row in enumerate(rows) if row and row.next_due_on and row.next_due_on >= today)
    assert model.data(model.index(late, due), BADGE_ROLE) == OVERDUE_COLOUR
    assert model.data(model.index(on_time, due), BADGE_ROLE) is None


def test_columns_chosen_by_the_user_are_remembered(runner: TaskRunner, qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    pane = window.customers
    pane._choose_columns(QPoint(10, 5))
    menu = pane.columns_menu
    texts = [a.text() for a in menu.actions()]
    assert "Customer" not in texts and "Relationship" in texts  # the name always shows
    menu.actions()[texts.index("Relationship")].setChecked(False)
    header = pane.table.horizontalHeader()
    assert header.isSectionHidden(COLUMNS.index("relationship"))
    menu.close()
    window.close()
    settings.sync()
    again = MainWindow(runner, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.customers.table.horizontalHeader().isSectionHidden(COLUMNS.index("relationship"))
    assert not again.customers.table.horizontalHeader().isSectionHidden(COLUMNS.index("city"))
