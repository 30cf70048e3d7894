"""The admin commands' work: users and territories, written to the server's tables and published
as synced rows (without secrets) so every laptop knows the names."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..core.clock import new_id
from ..core.errors import CrmError
from . import auth
from .db import moves, territories, users
from .sync import publish

ROLES = ("rep", "manager", "admin")


def _user(conn: Connection, name: str) -> dict[str, Any]:
    row = conn.execute(select(users).where(users.c.username == name)).mappings().first()
    if row is None:
        raise CrmError("no_user", f"no user named {name!r}")
    return dict(row)


def _publish_user(conn: Connection, user: dict[str, Any]) -> int:
    return publish(
        conn,
        "users",
        {k: user[k] for k in ("id", "username", "display_name", "role", "territory_id", "active")},
    )


def add_user(conn: Connection, name: str, *, password: str, role: str = "rep", display_name: str = "",
             manager: str | None = None) -> str:  # fmt: skip
    if role not in ROLES:
        raise CrmError("bad_role", f"role must be one of {', '.join(ROLES)}")
    if conn.execute(select(users.c.id).where(users.c.username == name)).first():
        raise CrmError("user_exists", f"user {name!r} exists already")
    try:
        hashed = auth.hash_password(password)
    except ValueError as exc:
        raise CrmError("weak_password", str(exc)) from None
    user = {"id": new_id(), "username": name, "display_name": display_name or name, "role": role,
            "territory_id": None, "active": True, "password_hash": hashed,
            "manager_id": _user(conn, manager)["id"] if manager else None}  # fmt: skip
    conn.execute(insert(users).values(**user))
    _publish_user(conn, user)
    return str(user["id"])


def list_users(conn: Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(select(users).order_by(users.c.username)).mappings()]


def set_active(conn: Connection, name: str, active: bool) -> None:
    user = _user(conn, name)
    conn.execute(update(users).where(users.c.id == user["id"]).values(active=active))
    _publish_user(conn, {**user, "active": active})


def reset_password(conn: Connection, name: str, password: str) -> None:
    user = _user(conn, name)
    try:
        hashed = auth.hash_password(password)
    except ValueError as exc:
        raise CrmError("weak_password", str(exc)) from None
    conn.execute(update(users).where(users.c.id == user["id"]).values(password_hash=hashed))


def set_manager(conn: Connection, name: str, manager: str | None) -> None:
    """Put a rep in another manager's team (or none). The old manager's laptop drops the rep's
    customers and the new one's pulls them, each at its next sync, as when a territory moves."""
    user = _user(conn, name)
    new = _user(conn, manager) if manager else None
    if new is not None and new["role"] != "manager":
        raise CrmError("not_a_manager", f"{manager!r} is a {new['role']}, not a manager")
    if new is not None and new["id"] == user["id"]:
        raise CrmError("own_manager", f"{name!r} cannot manage themselves")
    old_id, new_id_ = user["manager_id"], new["id"] if new else None
    if old_id == new_id_:
        return
    conn.execute(update(users).where(users.c.id == user["id"]).values(manager_id=new_id_))
    n = _publish_user(conn, user)  # a sequence number for the moves, after the change
    for holder, lost in ((old_id, user["id"]), (new_id_, None)):
        if holder is not None:  # lost: the owner whose rows may have left the holder's scope
            conn.execute(insert(moves).values(seq=n, table_name="users", row_id=holder, old_owner_id=lost))


def add_territory(conn: Connection, name: str, provinces: list[str]) -> str:
    if conn.execute(select(territories.c.id).where(territories.c.name == name)).first():
        raise CrmError("territory_exists", f"territory {name!r} exists already")
    territory = {"id": new_id(), "name": name, "provinces": provinces}
    conn.execute(insert(territories).values(**territory))
    publish(conn, "territories", territory)
    return str(territory["id"])


def assign_territory(conn: Connection, territory: str, name: str) -> None:
    found = conn.execute(select(territories.c.id).where(territories.c.name == territory)).scalar()
    if found is None:
        raise CrmError("no_territory", f"no territory named {territory!r}")
    user = _user(conn, name)
    if user["territory_id"] == found:
        return
    conn.execute(update(users).where(users.c.id == user["id"]).values(territory_id=found))
    n = _publish_user(conn, {**user, "territory_id": found})
    # What the rep sees changed wholesale: their laptop re-pulls its scope at its next sync.
    conn.execute(insert(moves).values(seq=n, table_name="users", row_id=user["id"],
                                      old_territory_id=user["territory_id"], new_territory_id=found))  # fmt: skip
