"""Profile settings, declared once with their defaults and a version (DESIGN.md 8.7).

Stored as ``settings.json`` in the profile. Unknown keys are ignored and missing ones take their
defaults, so an older or newer file always loads; a file that is not valid JSON is reported."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CrmError, ValidationError

SETTINGS_VERSION = 1


def _cadence() -> dict[str, int]:
    return {"A": 14, "B": 30, "C": 90}


def _rates() -> dict[str, float]:
    # Units of the base currency per unit of each currency; the server may send fresher ones.
    return {"CNY": 1.0, "USD": 7.1, "EUR": 7.7, "HKD": 0.91, "JPY": 0.047, "GBP": 9.0}


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    language: str = ""  # empty: follow the system locale
    default_region: str = "CN"  # for phone numbers typed without a country code
    base_currency: str = "CNY"
    company_name: str = ""  # the header of printed reports
    fx_rates: dict[str, float] = field(default_factory=_rates)
    cadence_days: dict[str, int] = field(default_factory=_cadence)
    new_days: int = 90  # first order younger than this: a new customer
    dormant_days: int = 180  # no order for this long: dormant
    lost_days: int = 365  # no order for this long: lost
    # The column mapping last used for a file with these headers: "kind:signature" -> field codes.
    import_mappings: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise CrmError("settings_unreadable", f"cannot read settings {path}: {exc}") from None
        if not isinstance(data, dict):
            raise CrmError("settings_unreadable", f"settings {path} is not a JSON object")
        known = {f.name for f in dataclasses.fields(cls)}
        defaults = cls()
        values: dict[str, Any] = {}
        for name in known:
            value = data.get(name, getattr(defaults, name))
            if type(value) is not type(getattr(defaults, name)):
                value = getattr(defaults, name)  # a hand-edited wrong type falls back
            values[name] = value
        values["version"] = SETTINGS_VERSION
        return cls(**values)

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)  # atomic: a crash never leaves half a settings file

    def validated(self) -> Settings:
        """This, if every value makes sense; else a ValidationError naming the first bad field."""
        if self.language not in ("", "zh_CN", "en"):
            raise ValidationError(
                "language", "invalid_choice", f"{self.language!r} is not a shipped language"
            )
        import phonenumbers  # on first use: start-up does not need it

        if self.default_region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError(
                "default_region", "invalid_region", f"{self.default_region!r} is not a region code"
            )
        if self.base_currency not in self.fx_rates:
            raise ValidationError(
                "base_currency", "unknown_currency", f"no exchange rate for {self.base_currency}"
            )
        for tier in ("A", "B", "C"):
            if not 1 <= self.cadence_days.get(tier, 0) <= 3650:
                raise ValidationError(f"cadence_{tier}", "out_of_range", "must be between 1 and 3650 days")
        if self.new_days < 1:
            raise ValidationError("new_days", "out_of_range", "must be at least 1 day")
        if not self.dormant_days < self.lost_days:
            raise ValidationError("dormant_days", "order", "dormant must come before lost")
        return self

    def rate(self, currency: str) -> float:
        """Units of the base currency for one unit of ``currency``."""
        if currency == self.base_currency:
            return 1.0
        try:
            return self.fx_rates[currency] / self.fx_rates.get(self.base_currency, 1.0)
        except KeyError:
            raise CrmError("unknown_currency", f"no exchange rate for {currency}") from None
