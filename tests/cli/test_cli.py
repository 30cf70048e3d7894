"""The command line as a user meets it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm import __version__
from tests.storage.test_profile import read_only_dir


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_crm", *args], capture_output=True, text=True, timeout=120, env=env
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], code: int) -> str:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "p"
    proc = run("--profile", str(path), "demo", "--customers", "300", "--seed", "7")
    assert proc.returncode == 0, proc.stderr
    assert "300 customers" in proc.stdout
    return path


def test_version() -> None:
    proc = run("--version")
    assert (proc.returncode, proc.stdout.strip()) == (0, f"desktop-crm {__version__}")


def test_search_chinese_and_pinyin_on_a_demo_profile(demo_profile: Path) -> None:
    proc = run("--profile", str(demo_profile), "search", "华联")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert any("北京华联商贸有限公司" in line and line.startswith("customer") for line in lines)
    assert all("华联" in line or "hualian" in line.lower() for line in lines)
    proc = run("--profile", str(demo_profile), "search", "bjhl", "--json")
    hits = json.loads(proc.stdout)
    assert hits[0]["name"] == "北京华联商贸有限公司" and hits[0]["kind"] == "customer"


def test_search_with_nothing_found_says_so(demo_profile: Path) -> None:
    proc = run("--profile", str(demo_profile), "search", "zzqqxx")
    assert (proc.returncode, proc.stdout) == (0, "")
    assert "nothing matches" in proc.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("search",), "TEXT"),
        (("search", ""), "must not be empty"),
        (("search", "x", "--limit", "abc"), "not a whole number"),
        (("search", "x", "--limit", "0"), "at least 1"),
        (("search", "x", "--kind", "planet"), "invalid choice"),
        (("frobnicate",), "invalid choice"),
        (("demo", "--customers", "-5"), "at least 1"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    line = assert_one_line_error(run("--profile", str(tmp_path / "p"), *args), 2)
    assert needle in line


def test_unwritable_profile_is_one_line_and_exit_1(tmp_path: Path) -> None:
    with read_only_dir(tmp_path / "ro"):
        line = assert_one_line_error(run("--profile", str(tmp_path / "ro"), "search", "华联"), 1)
    assert line == f"desktop-crm: profile directory {tmp_path / 'ro'} is not writable"


def test_profile_from_the_environment(tmp_path: Path, demo_profile: Path) -> None:
    import os

    env = {**os.environ, "DESKTOP_CRM_PROFILE": str(demo_profile)}
    proc = run("search", "bjhl", env=env)
    assert proc.returncode == 0 and "北京华联商贸有限公司" in proc.stdout


def test_demo_refuses_a_profile_with_customers(demo_profile: Path) -> None:
    line = assert_one_line_error(run("--profile", str(demo_profile), "demo", "--customers", "5"), 1)
    assert "already has 300 customers" in line


def test_stats_json(demo_profile: Path) -> None:
    proc = run("--profile", str(demo_profile), "stats", "--json")
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(proc.stdout)
    assert figures["customers"] == 300
    assert sum(figures["tiers"].values()) == 300
    assert sum(figures["lifecycle"].values()) == 300
    assert figures["tiers"]["A"] < figures["tiers"]["C"]  # 80/20: few customers bring most revenue


def test_stats_dashboard_for_a_period_as_json(demo_profile: Path) -> None:
    import datetime as dt

    proc = run("--profile", str(demo_profile), "stats", "--period", "year", "--json")
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(proc.stdout)
    board = figures["dashboard"]
    assert board["period"] == {"kind": "year", "start": f"{dt.date.today().year}-01-01",
                               "end": f"{dt.date.today().year + 1}-01-01"}  # fmt: skip
    # The same customers as the refresh's own counts, seen through the dashboard.
    assert {k: v["customers"] for k, v in board["pareto"]["tiers"].items()} == figures["tiers"]
    assert {k: v["customers"] for k, v in board["funnel"]["stages"].items()} == figures["lifecycle"]
    assert sum(board["follow_up"]["overdue"].values()) == figures["overdue_for_follow_up"]
    assert sum(v["customers"] for v in board["rfm"].values()) == 300 - figures["lifecycle"]["prospect"]
    assert board["pareto"]["points"][0] == [0, 0] and board["pareto"]["points"][-1] == [1, 1]
    assert 0 < board["pareto"]["customers_for_80"] < 300 and board["currency"] == "CNY"
    assert len(board["follow_up"]["weeks"]) in (53, 54)

    today = dt.date.today()
    first, last = (today - dt.timedelta(days=400)).isoformat(), today.isoformat()
    proc = run("--profile", str(demo_profile), "stats", "--from", first, "--to", last, "--json")
    board = json.loads(proc.stdout)["dashboard"]
    assert board["period"]["kind"] == "custom" and board["period"]["start"] == first
    (event,) = board["events"]  # the demo's trade show, within the last 12 months
    assert event["leads"] == 30 and event["cost_per_lead_cents"] == round(event["cost_cents"] / 30)


def test_stats_prints_the_dashboard_readably(demo_profile: Path) -> None:
    proc = run("--profile", str(demo_profile), "stats", "--period", "week")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("customers: 300\ntiers: A ")  # the lines it always printed come first
    for needle in ("period: week, ", "bring 80%", "  tier A: ", "RFM segments: ", "lifecycle moves since ",
                   "overdue by tier: A ", "visits planned/done by week: ", "satisfaction (latest rating): ",
                   "complaints open: "):  # fmt: skip
        assert needle in out, needle


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (("--from", "2026-01-01"), 2, "needs both --from and --to"),
        (("--from", "1 May", "--to", "2026-06-01"), 2, "'1 May' is not a date"),
        (("--period", "week", "--from", "2026-01-01", "--to", "2026-01-02"), 2, "not both"),
        (("--period", "fortnight"), 2, "invalid choice"),
        (("--from", "2026-02-01", "--to", "2026-01-01"), 1, "ends (2026-01-01) before it starts"),
    ],
)
def test_stats_period_errors_are_one_line(
    demo_profile: Path, args: tuple[str, ...], code: int, needle: str
) -> None:
    assert needle in assert_one_line_error(run("--profile", str(demo_profile), "stats", *args), code)


def test_server_admin_commands_and_a_bad_database_url(tmp_path: Path) -> None:
    def server(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", "from desktop_crm.server.cli import main; raise SystemExit(main())", *args],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip

    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    assert server("--db", db, "territory", "add", "East", "--provinces", "上海市", "浙江省").returncode == 0
    assert (
        server("--db", db, "user", "add", "mei", "--password", "mei-secret-1", "--role", "manager").returncode
        == 0
    )
    assert server("--db", db, "territory", "assign", "East", "mei").returncode == 0
    listed = server("--db", db, "user", "list")
    assert listed.returncode == 0 and listed.stdout.split("\t")[:3] == ["mei", "manager", "active"]
    assert "no user named 'zed'" in assert_one_line_error(server("--db", db, "user", "disable", "zed"), 1)
    assert server("--db", db, "user", "add", "ann", "--password", "ann-secret-1").returncode == 0
    moved = server("--db", db, "user", "set-manager", "ann", "mei")
    assert moved.returncode == 0 and moved.stdout.strip() == "ann now reports to mei"
    assert "not a manager" in assert_one_line_error(
        server("--db", db, "user", "set-manager", "mei", "ann"), 1
    )
    assert "cannot open" in assert_one_line_error(server("--db", "nosuch://x", "user", "list"), 1)


def test_no_command_opens_the_window(demo_profile: Path) -> None:
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESKTOP_CRM_SMOKE_EXIT": "1"}
    proc = run("--profile", str(demo_profile), env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Desktop CRM, en), 300 customers listed" in proc.stdout


def test_no_display_is_one_line_not_a_qt_abort(demo_profile: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    line = assert_one_line_error(run("--profile", str(demo_profile), env=env), 1)
    assert "no display" in line
