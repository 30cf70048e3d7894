"""``desktop-crm-server``: run the server, or manage its users and territories (DESIGN.md 3)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import platformdirs

from ..core.errors import CrmError
from .db import DEFAULT_POOL, POOL_ENV
from .prune import APPLIED_OPS_DAYS, MOVES_DAYS

DB_ENV = "DESKTOP_CRM_SERVER_DB"


def default_db() -> str:
    path = platformdirs.user_data_path("desktop-crm-server", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path / 'server.sqlite'}"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="desktop-crm-server", description="The desktop-crm central server.")
    p.add_argument("--db", help=f"SQLAlchemy URL (default: ${DB_ENV}, else a SQLite file in the user data dir); "
                   "PostgreSQL: postgresql+psycopg://user@host/db")  # fmt: skip
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--workers", type=int, default=1, help="server processes (one per core suits PostgreSQL)")
    p.add_argument("--pool-size", type=_positive, help=f"PostgreSQL connections per server process (default: "
                   f"${POOL_ENV}, else {DEFAULT_POOL}); all processes together must stay under max_connections")  # fmt: skip
    sub = p.add_subparsers(dest="command")
    user = sub.add_parser("user", help="manage users").add_subparsers(dest="action", required=True)
    add = user.add_parser("add")
    add.add_argument("name")
    add.add_argument("--password", required=True)
    add.add_argument("--role", default="rep", choices=("rep", "manager", "admin"))
    add.add_argument("--display-name", default="")
    add.add_argument("--manager", help="the manager's user name (a manager sees their reps' customers)")
    user.add_parser("list")
    manage = user.add_parser("set-manager", help="put a rep in a manager's team")
    manage.add_argument("name")
    manage.add_argument("manager", nargs="?", help="the manager's user name; none: no manager")
    disable = user.add_parser("disable")
    disable.add_argument("name")
    enable = user.add_parser("enable")
    enable.add_argument("name")
    reset = user.add_parser("reset-password")
    reset.add_argument("name")
    reset.add_argument("--password", required=True)
    territory = sub.add_parser("territory", help="manage territories").add_subparsers(
        dest="action", required=True
    )
    t_add = territory.add_parser("add")
    t_add.add_argument("name")
    t_add.add_argument("--provinces", nargs="*", default=[])
    t_assign = territory.add_parser("assign")
    t_assign.add_argument("name")
    t_assign.add_argument("user")
    pruning = sub.add_parser(
        "prune", help="delete old push answers, expired tokens and old scope moves (daily)"
    )
    pruning.add_argument("--applied-days", type=_positive, default=APPLIED_OPS_DAYS,
                       help=f"keep push answers this many days (default {APPLIED_OPS_DAYS})")  # fmt: skip
    pruning.add_argument("--moves-days", type=_positive, default=MOVES_DAYS,
                       help=f"keep scope moves this many days (default {MOVES_DAYS}); a laptop away longer "
                       "pulls its whole scope again")  # fmt: skip
    return p


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from . import admin
    from .db import create_schema, make_engine
    from .prune import prune

    url = args.db or os.environ.get(DB_ENV) or default_db()
    try:
        engine = make_engine(url, pool_size=args.pool_size)
        create_schema(engine)
    except Exception as exc:  # a bad URL or an unreachable database: one line, not a traceback
        print(f"desktop-crm-server: cannot open {url}: {exc.__class__.__name__}: {str(exc).splitlines()[0]}",
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        if args.command is None:
            import uvicorn

            from .app import create_app

            # TLS: put a reverse proxy in front, or run uvicorn with --ssl-keyfile/--ssl-certfile (README).
            if args.workers > 1:  # each process opens the database itself, found through the environment
                engine.dispose()
                os.environ[DB_ENV] = url
                if args.pool_size:
                    os.environ[POOL_ENV] = str(args.pool_size)
                uvicorn.run("desktop_crm.server.app:app_from_environment", factory=True, host=args.host,
                            port=args.port, workers=args.workers)  # fmt: skip
            else:
                uvicorn.run(create_app(engine), host=args.host, port=args.port)
            return 0
        with engine.begin() as conn:
            if args.command == "prune":
                print(prune(conn, applied_days=args.applied_days, moves_days=args.moves_days).line())
            elif args.command == "user" and args.action == "add":
                admin.add_user(conn, args.name, password=args.password, role=args.role,
                               display_name=args.display_name, manager=args.manager)  # fmt: skip
                print(f"user {args.name} added ({args.role})")
            elif args.command == "user" and args.action == "list":
                for u in admin.list_users(conn):
                    state = "active" if u["active"] else "disabled"
                    print(f"{u['username']}\t{u['role']}\t{state}\t{u['display_name']}")
            elif args.command == "user" and args.action in ("disable", "enable"):
                admin.set_active(conn, args.name, args.action == "enable")
                print(f"user {args.name} {args.action}d")
            elif args.command == "user" and args.action == "set-manager":
                admin.set_manager(conn, args.name, args.manager)
                print(
                    f"{args.name} now reports to {args.manager}"
                    if args.manager
                    else f"{args.name} has no manager"
                )
            elif args.command == "user":
                admin.reset_password(conn, args.name, args.password)
                print(f"password of {args.name} reset")
            elif args.action == "add":
                admin.add_territory(conn, args.name, args.provinces)
                print(f"territory {args.name} added")
            else:
                admin.assign_territory(conn, args.name, args.user)
                print(f"{args.user} now covers {args.name}")
    except CrmError as exc:
        print(f"desktop-crm-server: {exc.message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # python -m desktop_crm.server.cli
    raise SystemExit(main())
