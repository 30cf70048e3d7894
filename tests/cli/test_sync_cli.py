"""Two profiles on one machine sync through a real ``desktop-crm-server`` process (DESIGN.md 3)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.cli.test_cli import assert_one_line_error, run


def server_cmd(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", "from desktop_crm.server.cli import main; raise SystemExit(main())",
            "--db", f"sqlite:///{db}", *args]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    db = tmp_path / "server.sqlite"
    added = subprocess.run(server_cmd(db, "user", "add", "ann", "--password", "ann-secret-1"),
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    assert added.returncode == 0 and "user ann added" in added.stdout, added.stderr
    weak = subprocess.run(server_cmd(db, "user", "add", "bob", "--password", "short"),
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert_one_line_error(weak, 1)
    port = free_port()
    proc = subprocess.Popen(
        server_cmd(db, "--port", str(port)), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(f"{url}/v1/health").status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("the server did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_two_profiles_sync_through_a_local_server(server: str, tmp_path: Path) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert run("--profile", a, "demo", "--customers", "40", "--seed", "3").returncode == 0
    env = {**os.environ, "DESKTOP_CRM_PASSWORD": "ann-secret-1"}
    first = run("--profile", a, "sync", "--server", server, "--user", "ann", env=env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("pushed ")
    second = run("--profile", b, "sync", "--server", server, "--user", "ann", env=env)
    assert second.returncode == 0, second.stderr
    stats = [json.loads(run("--profile", p, "stats", "--json").stdout) for p in (a, b)]
    assert stats[0]["customers"] == stats[1]["customers"] == 40
    again = run("--profile", a, "sync", env=env)  # server and user remembered
    assert again.returncode == 0 and again.stdout.startswith("pushed 0 change(s)"), again.stderr


def test_sync_errors_are_one_line(server: str, tmp_path: Path) -> None:
    p = str(tmp_path / "p")
    wrong = run("--profile", p, "sync", "--server", server, "--user", "ann",
                env={**os.environ, "DESKTOP_CRM_PASSWORD": "wrong-password"})  # fmt: skip
    assert "did not accept the login" in assert_one_line_error(wrong, 1)
    nobody = run("--profile", p, "sync", env={**os.environ, "DESKTOP_CRM_PASSWORD": "x"})
    assert "--server" in assert_one_line_error(nobody, 1)
    offline = run("--profile", p, "sync", "--server", f"http://127.0.0.1:{free_port()}", "--user", "ann",
                  env={**os.environ, "DESKTOP_CRM_PASSWORD": "x"})  # fmt: skip
    assert "cannot reach the server" in assert_one_line_error(offline, 1)
