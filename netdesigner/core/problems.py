"""What validation reports: problems with the network, and the fixes that repair them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]
FixKind = Literal["insert_layer", "remove_edge", "set_param", "add_layer"]


@dataclass(frozen=True)
class Fix:
    """A one-step repair the designer can offer as a button.

    ``insert_layer``: data has ``type`` and ``before`` (insert on the edges into that node).
    ``remove_edge``: data has ``source`` and ``target`` (the last such edge is removed).
    ``set_param``: data has ``node``, ``param`` and ``value``.
    ``add_layer``: data has ``type`` (a new, unconnected layer, e.g. a missing Input).
    """

    kind: FixKind
    label: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    """Something that keeps the network from being built or trained as drawn."""

    code: str
    message: str
    node: str | None = None
    severity: Severity = "error"
    fix: Fix | None = None

    def describe(self) -> str:
        """One line for a terminal: ``error: [node] message``."""
        where = f"[{self.node}] " if self.node else ""
        return f"{self.severity}: {where}{self.message}"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "node": self.node,
            "message": self.message,
            "code": self.code,
            "severity": self.severity,
        }
        if self.fix is not None:
            data["fix"] = {"kind": self.fix.kind, "label": self.fix.label, **self.fix.data}
        return data
