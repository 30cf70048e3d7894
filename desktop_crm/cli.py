"""The command line (DESIGN.md section 3): the same profile as the GUI, for scripts and people.

Errors a user can cause end in one line on stderr and exit code 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy.exc import OperationalError

from . import __version__
from .core import analytics, customers, demo, lead_review, search
from .core import visits as visits_mod
from .core.errors import CrmError
from .core.vocab import Lifecycle, Relationship, Tier
from .io.files import write_file
from .storage.profile import PROFILE_ENV, Profile, open_profile

PROG = "desktop-crm"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: the message says what is wrong.
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _nonempty(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Offline-first CRM for field sales reps.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help=f"profile directory (default: ${PROFILE_ENV} or the user-data directory)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="fill the profile with bilingual demo data")
    p.add_argument("--customers", type=_positive, default=2000, metavar="N")
    p.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")

    p = sub.add_parser("search", help="find customers, contact persons and leads")
    p.add_argument("text", type=_nonempty, metavar="TEXT")
    p.add_argument("--limit", type=_positive, default=20, metavar="N")
    p.add_argument("--kind", choices=search.KINDS, action="append", help="only this kind (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("stats", help="the dashboard's figures")
    p.add_argument("--period", choices=("week", "month", "quarter", "year"),
                   help="this week, month (the default), quarter or year")  # fmt: skip
    p.add_argument(
        "--from", dest="first_day", metavar="DATE", help="a period of your own: its first day (with --to)"
    )
    p.add_argument("--to", dest="last_day", metavar="DATE", help="and its last day")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("import", help="import customers, contacts or leads (CSV, XLSX, VCF)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--kind",
        choices=("customers", "contacts", "leads"),
        help="default: contacts for .vcf, else customers",
    )
    p.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows and report the others")
    p.add_argument("--key", choices=("name_city", "external_id", "email", "phone", "name_company"),
                   help="what finds an existing record (default: external_id if mapped, else name_city; "
                   "contacts: name_company; leads: email)")  # fmt: skip
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="set a column's field, e.g. --map 'Tel 2=mobile'; 'COLUMN=' ignores it")  # fmt: skip
    p.add_argument("--errors", metavar="FILE.csv", help="also write the rejected rows to this CSV")

    p = sub.add_parser(
        "export", help="export customers (.csv, .xlsx), their contact persons (.vcf) or visits (.ics)"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--from", dest="start", type=_date, metavar="DATE", help=".ics: first day (default today)")
    p.add_argument("--days", type=_positive, metavar="N", help=".ics: how many days (default 14)")
    p.add_argument("--search", default="", metavar="TEXT", help="customers found by TEXT, as in the list")
    p.add_argument("--tier", type=str.upper, choices=list(Tier), action="append", help="repeatable")
    p.add_argument("--lifecycle", type=str.lower, choices=list(Lifecycle), action="append", help="repeatable")
    p.add_argument("--relationship", choices=list(Relationship), action="append", help="repeatable")
    p.add_argument("--city", default="", metavar="CITY")
    p.add_argument("--province", default="", metavar="PROVINCE")
    p.add_argument("--overdue", action="store_true", help="customers overdue for a follow-up today")
    p.add_argument("--vcard-version", choices=("4.0", "3.0"), help=".vcf: 4.0 (default) or 3.0 (old phones)")

    p = sub.add_parser("report", help="visit report, visit pack or weekly report as PDF")
    p.add_argument("what", choices=("visit", "pack", "week"))
    p.add_argument("ref", metavar="VISIT_ID|latest|DATE")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--language", choices=("zh", "en"), help="default: the customer's")

    p = sub.add_parser("event", help="events and their leads: list, or a report of what one brought in")
    p.add_argument("action", choices=("list", "report"))
    p.add_argument(
        "event", nargs="?", metavar="EVENT", help="report: id or (part of the) name; default the latest"
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("sync", help="sync with the team's server")
    p.add_argument("--server", metavar="URL")
    p.add_argument("--user", metavar="NAME")
    return parser


def _cmd_demo(profile: Profile, args: argparse.Namespace) -> int:
    with profile.session() as session:
        existing = customers.count_customers(session)
        if existing:
            raise CrmError(
                "profile_not_empty",
                f"profile {profile.path} already has {existing} customers; demo data goes into an empty profile",
            )
        progress = _progress_printer() if sys.stderr.isatty() else None
        result = demo.generate(
            session, customers=args.customers, seed=args.seed, settings=profile.settings, progress=progress
        )
    print(
        f"demo data in {profile.path}: {result.customers} customers, {result.contacts} contact persons, "
        f"{result.orders} orders, {result.timeline_entries} timeline entries, {result.visits} visits, "
        f"{result.leads} leads"
    )
    return 0


def _progress_printer() -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\rcustomers: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _cmd_search(profile: Profile, args: argparse.Namespace) -> int:
    with profile.session() as session:
        hits = search.search(session, query=args.text, limit=args.limit, kinds=args.kind or search.KINDS)
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
    elif not hits:
        print(f"nothing matches {args.text!r}", file=sys.stderr)
    else:
        width = max(len(h.name) for h in hits)
        for h in hits:
            print(f"{h.kind:<8}  {h.name:<{width}}  {h.detail}")
    return 0


def _cmd_stats(profile: Profile, args: argparse.Namespace) -> int:
    from .core import dashboard as dash

    def usage(message: str) -> int:
        print(f"{PROG} stats: error: {message} (see {PROG} stats --help)", file=sys.stderr)
        return 2

    days: list[dt.date] = []
    for option, text in (("--from", args.first_day), ("--to", args.last_day)):
        try:
            days += [dt.date.fromisoformat(text)] if text is not None else []
        except ValueError:
            return usage(f"argument {option}: {text!r} is not a date like 2026-03-02")
    if (args.first_day is None) != (args.last_day is None):
        return usage("a period of your own needs both --from and --to")
    if days and args.period:
        return usage("give --period or --from and --to, not both")
    today = dt.date.today()
    period = (
        dash.period_of(dash.PeriodKind.CUSTOM, today, *days)
        if days
        else dash.period_of(dash.PeriodKind(args.period or "month"), today)
    )
    with profile.session() as session:
        result = analytics.refresh(session, settings=profile.settings, today=today)
        board = dash.compute(session, period=period, settings=profile.settings, today=today)
    tiers = {t.value: result.tiers.get(t.value, 0) for t in Tier}
    stages = {s.value: result.lifecycles.get(s.value, 0) for s in Lifecycle}
    if args.json:
        figures = {
            "customers": result.customers,
            "tiers": tiers,
            "lifecycle": stages,
            "overdue_for_follow_up": result.overdue,
            "dashboard": dash.to_json(board),
        }
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return 0
    cur = board.currency

    def counts(slices: Sequence[dash.Slice]) -> str:
        return ", ".join(f"{s.key} {s.customers}" for s in slices) or "none"

    def share(part: int, whole: int) -> str:
        return f"{part / whole:.0%}" if whole else "-"

    pareto, follow, sat = board.pareto, board.follow_up, board.satisfaction
    last_day = period.end - dt.timedelta(days=1)
    print(f"customers: {result.customers}")
    print("tiers: " + ", ".join(f"{k} {v}" for k, v in tiers.items()))
    print("lifecycle: " + ", ".join(f"{k} {v}" for k, v in stages.items()))
    print(f"overdue for follow-up: {result.overdue}")
    print(
        f"\nperiod: {period.kind.value}, {period.start} to {last_day} (amounts in {cur}, today {board.today})"
    )
    print(f"revenue, 12 months: {_money(pareto.revenue_cents, cur)}; {pareto.customers_for_80} of "
          f"{pareto.customers} customers ({share(pareto.customers_for_80, pareto.customers)}) bring 80%")  # fmt: skip
    for t in pareto.tiers:
        print(f"  tier {t.key}: {t.customers} customers, {_money(t.amount_cents, cur)} "
              f"({share(t.amount_cents, pareto.revenue_cents)})")  # fmt: skip
    print(f"tier changes since {period.start}: {counts(pareto.tier_changes)}")
    print(f"RFM segments: {counts(board.rfm)}")
    print(f"lifecycle moves since {period.start}: "
          + (", ".join(f"{a} > {b} {n}" for a, b, n in board.funnel.moves) or "none"))  # fmt: skip
    print(f"overdue by tier: {counts(follow.overdue)}")
    a_days = "-" if follow.a_days_since_contact is None else f"{follow.a_days_since_contact:.1f}"
    print(f"A customers, days since the last contact on average: {a_days}")
    print(
        "visits planned/done by week: "
        + ", ".join(f"{w.start:%m-%d} {w.planned}/{w.done}" for w in follow.weeks)
    )
    print(f"satisfaction (latest rating): {counts(sat.levels)}")
    print(f"satisfaction falling: {sat.dropped.customers}; complaints open: {sat.complaints_open.customers}")
    for e in board.events:
        print(f"event {e.name} ({e.starts_on}): {e.leads} leads, {e.converted} converted, revenue "
              f"{_money(e.revenue_cents, cur)}, cost {_money(e.cost_cents, cur)}, "
              f"per lead {_money(e.cost_per_lead_cents, cur)}")  # fmt: skip
    if not board.events:
        print("events in the period: none")
    return 0


def _money(cents: int | None, currency: str) -> str:
    return "-" if cents is None else f"{cents / 100:,.2f} {currency}"


def _cmd_event(profile: Profile, args: argparse.Namespace) -> int:
    with profile.session() as session:
        found = lead_review.find_events(session, args.event or "")
        if args.action == "list":
            rows = [asdict(e) for e in found]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
            for e in [] if args.json else found:
                print(f"{e.starts_on}  {e.name}  ({e.leads} leads)  {e.id}")
            return 0
        if not found:
            raise CrmError(
                "no_event", f"no event matches {args.event!r}" if args.event else "there are no events"
            )
        if (
            args.event
            and len(found) > 1
            and not any(e.id == args.event or e.name == args.event for e in found)
        ):
            names = "; ".join(e.name for e in found[:5])
            raise CrmError(
                "ambiguous", f"{len(found)} events match {args.event!r}: {names}; give more of the name"
            )
        chosen = next((e for e in found if args.event in (e.id, e.name)), found[0])
        r = lead_review.event_report(session, chosen.id)
    if args.json:
        print(json.dumps({**asdict(r), "cost_per_lead_cents": r.cost_per_lead_cents}, ensure_ascii=False,
                         indent=2, default=str))  # fmt: skip
        return 0
    revenue = ", ".join(_money(v, c) for c, v in sorted(r.revenue_cents.items())) or _money(0, r.currency)
    print(f"{r.name}  {r.starts_on} - {r.ends_on}")
    print(f"leads captured: {r.leads} ({r.hot} hot)")
    print(f"qualified: {r.qualified}   converted: {r.converted}   discarded: {r.discarded}")
    print(f"revenue from converted customers: {revenue}")
    print(f"cost: {_money(r.cost_cents, r.currency)}   per lead: {_money(r.cost_per_lead_cents, r.currency)}")
    return 0


def _cmd_report(profile: Profile, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CrmError("no_folder", f"no folder {out.parent} to write {out.name} in")
    if args.what in ("pack", "week"):
        try:
            day = dt.date.fromisoformat(args.ref)
        except ValueError:
            raise CrmError("bad_date", f"{args.ref!r} is not a date like 2026-03-02") from None
        import locale

        from .reports.words import rep_language

        language = args.language or rep_language(profile.settings.language, locale.getlocale()[0] or "")
        company = profile.settings.company_name
        if args.what == "pack":
            from .reports.pack import read_pack, render_pack

            with profile.session() as session:
                pack = read_pack(session, day, company=company, currency=profile.settings.base_currency)
            data = render_pack(pack, language=language)
            what = f"visit pack for {day} ({len(pack.visits)} visits, {pack.total_km:.1f} km)"
        else:
            from .reports.week import read_week, render_week

            with profile.session() as session:
                week = read_week(session, day, company=company, settings=profile.settings)
            data = render_week(week, language=language)
            what = f"weekly report for the week of {week.start}"
        write_file(out, data)
        print(f"{what} written to {out}")
        return 0
    from .reports.visit import latest_reported, write_visit_report  # reportlab on first use

    with profile.session() as session:
        visit_id = latest_reported(session) if args.ref == "latest" else args.ref
        size = write_visit_report(session, visit_id, out, language=args.language,
                                  company=profile.settings.company_name)  # fmt: skip
    print(f"visit report written to {out} ({size:,} bytes)")
    return 0


def _open_gui(profile: Profile) -> int:
    try:
        from .ui.app import run
    except ImportError as exc:  # Qt missing or its system libraries (libEGL, xcb) absent
        raise CrmError("no_gui", f"the desktop window cannot start: {exc}") from None
    return run(profile)


def _cmd_export(profile: Profile, args: argparse.Namespace) -> int:
    from .core.customer_list import ListFilter
    from .io.export import FORMATS, export_file

    path = Path(args.file)
    suffix = path.suffix.lower()
    if suffix != ".ics" and suffix not in FORMATS:
        raise CrmError(
            "unknown_format",
            f"cannot export to {suffix or 'a file without extension'}: "
            "the extension picks the format, one of .csv, .xlsx, .vcf, .ics",
        )
    flt = ListFilter(
        text=args.search, tiers=tuple(args.tier or ()), lifecycles=tuple(args.lifecycle or ()),
        relationships=tuple(args.relationship or ()), city=args.city, province=args.province,
        overdue_on=dt.date.today() if args.overdue else None,
    )  # fmt: skip
    for options, given, takes in (
        ("--from and --days are", args.start or args.days, (".ics",)),
        ("--vcard-version is", args.vcard_version, (".vcf",)),
        ("the filters (--search, --tier, ...) are", flt != ListFilter(), (".csv", ".xlsx", ".vcf")),
    ):
        if given and suffix not in takes:
            raise CrmError("bad_option", f"{options} for {', '.join(takes)} exports, not {suffix}")
    if suffix != ".ics":
        with profile.session() as session:
            written = export_file(session, path, filter=flt, vcard_version=args.vcard_version or "4.0",
                                  currency=profile.settings.base_currency)  # fmt: skip
        customers = f"{written.customers:,} customer{'s' * (written.customers != 1)}"
        customers += " matching the filters" if flt != ListFilter() else ""
        if written.kind == "contacts":
            what = f"{written.rows:,} contact person{'s' * (written.rows != 1)} of {customers}"
            print(f"{what} written to {path} (vCard {args.vcard_version or '4.0'})")
        else:
            print(f"{customers} written to {path}")
        return 0
    from .io.ical import visits_calendar

    days = args.days or 14
    start = dt.datetime.combine(args.start or dt.date.today(), dt.time())
    with profile.session() as session:
        visits = visits_mod.plan_with_customers(session, start=start, end=start + dt.timedelta(days=days))
    write_file(path, visits_calendar(visits))
    print(f"{len(visits)} visits from {start:%Y-%m-%d} for {days} days written to {path}")
    return 0


def _cmd_import(profile: Profile, args: argparse.Namespace) -> int:
    from .io import mapping as columns
    from .io.importer import ImportRejected, import_table
    from .io.tables import read_table

    path = Path(args.file)
    table = read_table(path)
    kind = args.kind or columns.guess_kind(table.headers, path.suffix)
    remembered = f"{kind}:{columns.signature(table.headers)}"
    fields = list(profile.settings.import_mappings.get(remembered) or columns.guess(table.headers, kind))
    if len(fields) != len(table.headers):
        fields = columns.guess(table.headers, kind)
    for item in args.map:
        header, _, field = item.partition("=")
        if header.strip() not in table.headers:
            raise CrmError("bad_mapping", f"--map {item!r}: the file has no column {header.strip()!r}")
        if field and field not in columns.KIND_FIELDS[kind]:
            raise CrmError("bad_mapping", f"--map {item!r}: {kind} have no field {field!r} "
                           f"(one of {', '.join(columns.KIND_FIELDS[kind])})")  # fmt: skip
        fields[table.headers.index(header.strip())] = field
    shown = ", ".join(f"{h} → {f}" for h, f in zip(table.headers, fields, strict=True) if f)
    rows = len(table.rows) + len(table.broken)
    print(
        f"{path.name}: {table.source}, {rows:,} row{'s' * (rows != 1)}; columns: {shown or 'none recognised'}"
    )
    progress = _progress_printer() if sys.stderr.isatty() else None
    try:
        with profile.session() as session:
            result = import_table(session, table, kind=kind, mapping=fields, key=args.key,
                                  region=profile.settings.default_region, skip_invalid=args.skip_invalid,
                                  dry_run=args.dry_run, settings=profile.settings, progress=progress)  # fmt: skip
    except ImportRejected as exc:
        _report_rejected(exc.result.rejected, exc.result.errors_csv(table), args.errors)
        raise
    _report_rejected(result.rejected, result.errors_csv(table), args.errors)
    line = f"{kind}: {result.created:,} added, {result.updated:,} updated, {result.unchanged:,} unchanged"
    if result.customers_created:
        line += f", {result.customers_created:,} new customers for them"
    if result.rejected:
        n = len(result.rejected)
        line += f"; {n:,} invalid row{'s' * (n != 1)} skipped"
    print(line + (" (dry run: nothing changed)" if args.dry_run else ""))
    if result.written:
        profile.settings.import_mappings[remembered] = fields
        profile.save_settings()
    return 0


def _report_rejected(rejected: list[Any], errors_csv: bytes, errors_path: str | None) -> None:
    shown = 20
    for r in rejected[:shown]:
        print(f"line {r.line}: {r.reason}", file=sys.stderr)
    if len(rejected) > shown:
        more = f"… and {len(rejected) - shown:,} more"
        print(more + ("" if errors_path else " (--errors FILE.csv lists them all)"), file=sys.stderr)
    if errors_path and rejected:
        write_file(Path(errors_path), errors_csv)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-02") from None


def _cmd_sync(profile: Profile, args: argparse.Namespace) -> int:
    """Server and user from the options, the environment, or the last sync of this profile; the
    password from DESKTOP_CRM_PASSWORD, else asked for in a terminal."""
    from .core.models import SyncState
    from .sync.client import Transport, sync

    with profile.session() as s:
        saved = {k: getattr(s.get(SyncState, k), "value", None) for k in ("server", "user")}
    server = args.server or os.environ.get("DESKTOP_CRM_SERVER") or saved["server"]
    user = args.user or os.environ.get("DESKTOP_CRM_USER") or saved["user"]
    if not server or not user:
        raise CrmError(
            "no_server", "say which server and user: --server URL --user NAME (remembered afterwards)"
        )
    password = os.environ.get("DESKTOP_CRM_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CrmError("no_password", "no password: set DESKTOP_CRM_PASSWORD or run in a terminal")
        import getpass

        password = getpass.getpass(f"password for {user} at {server}: ")
    transport = Transport.to(server)
    transport.login(user, password)
    with profile.session() as s:
        s.merge(SyncState(key="server", value=server))
        s.merge(SyncState(key="user", value=user))
    report = sync(profile, transport)
    print(report.line())
    return 0


COMMANDS: dict[str, Callable[[Profile, argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "search": _cmd_search,
    "stats": _cmd_stats,
    "import": _cmd_import,
    "export": _cmd_export,
    "report": _cmd_report,
    "sync": _cmd_sync,
    "event": _cmd_event,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        profile = open_profile(args.profile)
        try:
            if args.command is None:
                return _open_gui(profile)
            return COMMANDS[args.command](profile, args)
        finally:
            profile.close()
    except CrmError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return 1
    except (OperationalError, sqlite3.Error) as exc:
        # Disk full, a locked or damaged store: the transaction was rolled back, nothing half-written.
        detail = getattr(exc, "orig", exc)
        print(f"{PROG}: the profile's database failed: {detail}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was half-written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
