"""The sync token in the OS keyring. A box without one (a headless Linux machine has none) keeps
the token in memory only: the caller says so and asks for the password again next time."""

from __future__ import annotations

import contextlib

SERVICE = "desktop-crm"


def _key(server: str, user: str) -> str:
    return f"{user}@{server}"


def save_token(server: str, user: str, token: str) -> bool:
    """True if the keyring kept it; False if there is no usable keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _key(server, user), token)
    except KeyringError:
        return False
    return True


def load_token(server: str, user: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _key(server, user))
    except KeyringError:
        return None


def forget_token(server: str, user: str) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(KeyringError, PasswordDeleteError):
        keyring.delete_password(SERVICE, _key(server, user))
