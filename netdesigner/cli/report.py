"""What ``netdesigner summary`` prints: a table for people, one JSON object for scripts."""

from __future__ import annotations

from typing import Any

from netdesigner.core.analysis import Analysis
from netdesigner.core.shapes import format_shape
from netdesigner.core.spec import Project


def layer_order(project: Project, analysis: Analysis) -> list[str]:
    """Nodes in data-flow order, then any the flow never reaches (on a cycle)."""
    placed = set(analysis.order)
    return analysis.order + [n.id for n in project.network.nodes if n.id not in placed]


def summary_json(project: Project, analysis: Analysis) -> dict[str, Any]:
    layers = []
    for node_id in layer_order(project, analysis):
        shape = analysis.shapes.get(node_id)
        trainable, frozen = analysis.params.get(node_id, (0, 0))
        layers.append(
            {
                "id": node_id,
                "type": project.network.node(node_id).type,
                "output_shape": None if shape is None else [None, *shape],
                "params": trainable + frozen,
            }
        )
    return {
        "name": project.metadata.name,
        "valid": analysis.valid,
        "total_params": analysis.total_params,
        "trainable_params": analysis.trainable_params,
        "layers": layers,
        "problems": [p.to_json() for p in analysis.problems],
    }


def summary_text(project: Project, analysis: Analysis) -> str:
    rows = [("Layer", "Type", "Output shape", "Params")]
    for node_id in layer_order(project, analysis):
        shape = analysis.shapes.get(node_id)
        trainable, frozen = analysis.params.get(node_id, (0, 0))
        rows.append(
            (
                node_id,
                project.network.node(node_id).type,
                "?" if shape is None else format_shape((None, *shape)),  # type: ignore[arg-type]
                f"{trainable + frozen:,}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [f"Network: {project.metadata.name}"]
    for index, row in enumerate(rows):
        lines.append(
            "  ".join(
                cell.ljust(w) if i < 3 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    frozen_total = analysis.total_params - analysis.trainable_params
    lines.append(
        f"Total parameters: {analysis.total_params:,} (trainable {analysis.trainable_params:,}, non-trainable {frozen_total:,})"
    )
    if not analysis.problems:
        lines.append("No problems: the network is ready to train.")
    lines.extend(problem.describe() for problem in analysis.problems)
    return "\n".join(lines)
