"""The document and its undo commands, without any widget."""

from __future__ import annotations

import pytest

from netdesigner.ui.document import Document, EditRefused


def build_mlp(doc: Document) -> tuple[str, str, str, str]:
    inp = doc.add_node("Input", (0, 0))
    flat = doc.add_node("Flatten", (0, 120), after=inp)
    hidden = doc.add_node("Dense", (0, 240), after=flat)
    out = doc.add_node("Dense", (0, 360), after=hidden, params={"units": 10, "activation": "softmax"})
    return inp, flat, hidden, out


def test_building_the_tutorial_network_counts_its_parameters(doc: Document) -> None:
    build_mlp(doc)
    assert doc.analysis.valid, doc.analysis.problems
    assert doc.analysis.total_params == 784 * 128 + 128 + 128 * 10 + 10
    assert [n.id for n in doc.nodes] == ["input", "flatten_1", "dense_1", "dense_2"]


def test_every_edit_is_one_undo_step_and_redo_restores_it(doc: Document) -> None:
    build_mlp(doc)
    assert doc.undo_stack.count() == 4
    doc.set_param("dense_1", "units", 64)
    assert doc.analysis.shapes["dense_1"] == (64,)
    doc.undo_stack.undo()
    assert doc.node("dense_1")["units"] == 128
    assert doc.analysis.shapes["dense_1"] == (128,)
    doc.undo_stack.redo()
    assert doc.analysis.shapes["dense_1"] == (64,)


def test_consecutive_changes_of_one_parameter_merge(doc: Document) -> None:
    build_mlp(doc)
    count = doc.undo_stack.count()
    for units in (100, 101, 102):
        doc.set_param("dense_1", "units", units)
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    assert doc.node("dense_1")["units"] == 128


def test_deleting_a_node_removes_its_edges_and_undo_restores_their_order() -> None:
    doc = Document()
    a = doc.add_node("Input", params={"format": "flat"})
    b = doc.add_node("Dense", after=a)
    c = doc.add_node("Dense", after=a)
    merge = doc.add_node("Concatenate", after=c)
    doc.connect(b, merge)
    before = [(e.source, e.target) for e in doc.edges]
    doc.remove([c])
    assert all(c not in (e.source, e.target) for e in doc.edges)
    assert doc.undo_stack.undoText() == "Delete dense_2"
    doc.undo_stack.undo()
    assert [(e.source, e.target) for e in doc.edges] == before


def test_refused_connections_say_why(doc: Document) -> None:
    inp, flat, hidden, _ = build_mlp(doc)
    with pytest.raises(EditRefused, match="loop"):
        doc.connect(hidden, flat)
    with pytest.raises(EditRefused, match="Input layer"):
        doc.connect(flat, inp)
    with pytest.raises(EditRefused, match="already connected"):
        doc.connect(inp, flat)
    with pytest.raises(EditRefused, match="itself"):
        doc.connect(hidden, hidden)
    with pytest.raises(EditRefused, match="takes one input"):
        doc.connect(inp, hidden)


def test_a_wrongly_typed_value_is_refused_before_it_becomes_a_step(doc: Document) -> None:
    build_mlp(doc)
    count = doc.undo_stack.count()
    with pytest.raises(ValueError, match="whole number"):
        doc.set_param("dense_1", "units", "many")
    assert doc.undo_stack.count() == count


def test_fixes_repair_the_graph_in_one_undoable_step() -> None:
    doc = Document()
    inp = doc.add_node("Input", (0, 0))
    out = doc.add_node("Dense", (0, 120), after=inp, params={"units": 10, "activation": "softmax"})
    fixes = [p.fix for p in doc.analysis.problems if p.fix is not None]
    assert fixes and fixes[0].label == "Insert Flatten"
    doc.apply_fix(fixes[0])
    assert doc.analysis.valid
    assert [(e.source, e.target) for e in doc.edges] == [(inp, "flatten_1"), ("flatten_1", out)]
    doc.undo_stack.undo()
    assert [(e.source, e.target) for e in doc.edges] == [(inp, out)]
    assert not doc.analysis.valid


def test_paste_gives_fresh_ids_and_keeps_inner_edges(doc: Document) -> None:
    build_mlp(doc)
    nodes = [doc.node("dense_1"), doc.node("dense_2")]
    new = doc.paste(nodes, [e for e in doc.edges if e.source == "dense_1"])
    assert new == ["dense_3", "dense_4"]
    assert ("dense_3", "dense_4") in [(e.source, e.target) for e in doc.edges]
    assert doc.node("dense_3").position.x == nodes[0].position.x + 30


def test_read_only_refuses_edits_and_changes_nothing(doc: Document) -> None:
    build_mlp(doc)
    doc.set_read_only(True)
    with pytest.raises(EditRefused, match="locked"):
        doc.set_param("dense_1", "units", 5)
    assert doc.node("dense_1")["units"] == 128


def test_auto_layout_is_undoable(doc: Document) -> None:
    build_mlp(doc)
    doc.move_nodes({"dense_1": (400.0, -50.0)})
    doc.auto_layout()
    xs = {n.position.x for n in doc.nodes}
    ys = [n.position.y for n in doc.nodes]
    assert xs == {0.0} and ys == sorted(ys)
    doc.undo_stack.undo()
    assert doc.node("dense_1").position.x == 400.0


def test_modified_follows_the_undo_stack_and_imports_count_as_unsaved(doc: Document, tmp_path) -> None:
    assert not doc.modified
    doc.add_node("Input")
    assert doc.modified
    doc.undo_stack.undo()
    assert not doc.modified
    doc.load(doc.snapshot(), None, unsaved=True)
    assert doc.modified
    doc.mark_saved(tmp_path / "x.ndproj")
    assert not doc.modified
