"""The walkthrough's checks and “Do it for me” actions on a plain Document, without a window."""

from __future__ import annotations

import numpy as np
import pytest

from netdesigner.core.spec import Project, RunRecord
from netdesigner.core.templates import load_template
from netdesigner.ui.document import Document
from netdesigner.ui.walkthrough import actions, checks, training_checks
from netdesigner.ui.walkthrough.checks import Situation
from netdesigner.ui.walkthrough.roles import find_roles
from netdesigner.ui.walkthrough.steps import all_steps

STRUCTURE = [
    (checks.check_input, actions.add_input),
    (checks.check_flatten, actions.add_flatten),
    (checks.check_hidden, actions.add_hidden),
    (checks.check_activation, actions.choose_activation),
    (checks.check_initializer, actions.choose_initializer),
    (checks.check_output, actions.add_output),
    (checks.check_connected, actions.connect_all),
    (training_checks.check_loss, actions.choose_loss),
    (training_checks.check_optimizer, actions.choose_optimizer),
]


def situation(doc: Document, **facts: object) -> Situation:
    return Situation(doc.project, doc.analysis, **facts)  # type: ignore[arg-type]


def built(doc: Document) -> Document:
    for _check, action in STRUCTURE:
        action(doc)
    return doc


def fake_run(doc: Document, accuracy: float | None, outcome: str = "completed") -> RunRecord:
    return RunRecord(
        id=doc.new_run_id(),
        network=doc.project.network.model_copy(deep=True),
        training=doc.training,
        outcome=outcome,  # type: ignore[arg-type]
        test=None if accuracy is None else {"accuracy": accuracy, "loss": 0.3},
    )


def test_thirteen_steps_each_explained_in_two_to_four_sentences() -> None:
    steps = all_steps()
    assert len(steps) == 13
    assert len({s.key for s in steps}) == 13
    for step in steps:
        sentences = step.text.replace("e.g.", "eg").replace("…", "").count(". ") + 1
        assert 2 <= sentences <= 4, step.key
        assert step.targets and step.title


def test_an_empty_project_passes_step_one_and_nothing_after_it(doc: Document) -> None:
    s = situation(doc)
    assert checks.check_project(s).done
    for check, _action in STRUCTURE[:7]:
        assert not check(s).done, check.__name__
    convnet = Document(load_template("keras-mnist-convnet"))
    done, hint = checks.check_project(situation(convnet))
    assert not done and "Conv2D" in hint and "Empty canvas" in hint


def test_each_action_completes_its_step_and_one_undo_reverts_it(doc: Document) -> None:
    for check, action in STRUCTURE:
        if check(situation(doc)).done:  # relu, Xavier and cross entropy are the defaults
            continue
        depth = doc.undo_stack.index()
        action(doc)
        assert check(situation(doc)).done, check.__name__
        assert doc.undo_stack.index() == depth + 1, f"{action.__name__} took more than one undo step"
        doc.undo_stack.undo()
        assert not check(situation(doc)).done, check.__name__
        doc.undo_stack.redo()


def test_the_actions_build_a_valid_784_128_10_network(doc: Document) -> None:
    built(doc)
    roles = find_roles(doc.project.network)
    shapes = doc.analysis.shapes
    assert doc.analysis.valid
    assert shapes[roles.flatten.id] == (784,)
    assert shapes[roles.hidden.id] == (128,)
    assert shapes[roles.output.id] == (10,)
    assert doc.analysis.trainable_params == 784 * 128 + 128 + 128 * 10 + 10
    assert all(check(situation(doc)).done for check, _ in STRUCTURE)


def test_the_hidden_layer_check_asks_for_128_units(doc: Document) -> None:
    actions.add_input(doc)
    actions.add_flatten(doc)
    dense = doc.add_node("Dense", params={"units": 64})
    done, hint = checks.check_hidden(situation(doc))
    assert not done and "128" in hint and "64" in hint and dense in hint
    doc.set_param(dense, "units", 128)
    assert checks.check_hidden(situation(doc)).done


def test_roles_tell_the_hidden_layer_from_the_output(doc: Document) -> None:
    output = doc.add_node("Dense", params={"units": 10, "activation": "softmax"})
    roles = find_roles(doc.project.network)
    assert roles.output.id == output and roles.hidden is None
    hidden = doc.add_node("Dense", params={"units": 128})
    roles = find_roles(doc.project.network)
    assert (roles.hidden.id, roles.output.id) == (hidden, output)


@pytest.mark.parametrize(
    ("activation", "done", "word"),
    [("relu", True, "relu"), ("tanh", True, "tanh"), ("linear", False, "linear"), ("softmax", False, "output")],
)
def test_the_activation_check(doc: Document, activation: str, done: bool, word: str) -> None:
    doc.add_node("Dense", params={"activation": activation})
    check = checks.check_activation(situation(doc))
    assert check.done is done and word in check.hint


def test_the_initializer_check_refuses_zeros_and_a_huge_gaussian(doc: Document) -> None:
    dense = doc.add_node("Dense", params={"initializer": "zeros"})
    assert not checks.check_initializer(situation(doc)).done
    doc.set_param(dense, "initializer", "random_normal")
    assert checks.check_initializer(situation(doc)).done
    doc.set_param(dense, "init_std", 5.0)
    assert not checks.check_initializer(situation(doc)).done


def test_the_connection_check_names_what_is_missing_or_stray(doc: Document) -> None:
    for _check, action in STRUCTURE[:6]:
        action(doc)
    roles = find_roles(doc.project.network)
    doc.remove_edge(next(i for i, e in enumerate(doc.edges) if e.target == roles.output.id))
    done, hint = checks.check_connected(situation(doc))
    assert not done and roles.hidden.id in hint and roles.output.id in hint
    doc.connect(roles.flatten.id, roles.output.id)
    actions.connect_all(doc)
    assert checks.check_connected(situation(doc)).done
    assert len(doc.edges) == 3


@pytest.mark.parametrize(
    ("changes", "word"),
    [
        ({"optimizer": "adam"}, "SGD"),
        ({"batch_size": "full"}, "Full batch"),
        ({"batch_size": 4096}, "4096"),
        ({"learning_rate": 0.00001}, "barely"),
        ({"learning_rate": 5.0}, "overshoots"),
    ],
)
def test_the_optimizer_check_says_what_to_change(doc: Document, changes: dict, word: str) -> None:
    doc.set_training(optimizer="sgd", learning_rate=0.1, batch_size=32)
    assert training_checks.check_optimizer(situation(doc)).done
    doc.set_training(**changes)
    done, hint = training_checks.check_optimizer(situation(doc))
    assert not done and word in hint


def test_the_training_check_needs_a_tested_run_of_this_design_above_80_percent(doc: Document) -> None:
    built(doc)
    done, hint = training_checks.check_trained(situation(doc))
    assert not done and "Train" in hint
    assert "Training…" in training_checks.check_trained(situation(doc, training=True)).hint
    doc.add_run(fake_run(doc, 0.62))
    done, hint = training_checks.check_trained(situation(doc))
    assert not done and "62.0%" in hint
    doc.add_run(fake_run(doc, None, outcome="diverged"))
    assert "diverged" in training_checks.check_trained(situation(doc)).hint
    doc.add_run(fake_run(doc, 0.91))
    done, hint = training_checks.check_trained(situation(doc))
    assert done and "91.0%" in hint
    hidden = find_roles(doc.project.network).hidden
    doc.set_param(hidden.id, "units", 64)  # another design: the runs no longer count
    doc.set_param(hidden.id, "units", 128)
    assert training_checks.check_trained(situation(doc)).done
    doc.move_nodes({hidden.id: (500.0, 500.0)})  # moving a card changes nothing
    assert training_checks.check_trained(situation(doc)).done
    doc.set_param(hidden.id, "activation", "tanh")
    assert not training_checks.check_trained(situation(doc)).done


def test_the_last_two_steps_read_what_was_seen() -> None:
    s = Situation.of_project(Project())
    assert "Train" in training_checks.check_looked(s).hint
    with_model = Situation.of_project(Project(), has_model=True, seen=frozenset({"weights"}))
    done, hint = training_checks.check_looked(with_model)
    assert not done and "Gradients" in hint
    both = Situation.of_project(Project(), seen=frozenset({"weights", "gradients"}))
    assert training_checks.check_looked(both).done
    assert not training_checks.check_sketched(Situation.of_project(Project(), has_model=True)).done
    assert training_checks.check_sketched(Situation.of_project(Project(), seen=frozenset({"sketch"}))).done


def test_the_sample_digit_is_a_real_mnist_seven() -> None:
    digit = actions.sample_digit()
    assert digit.shape == (28, 28) and digit.dtype == np.uint8 and digit.max() > 200
