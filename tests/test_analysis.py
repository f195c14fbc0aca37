"""Shape inference and validation, without Keras (parity with Keras is in test_keras_parity)."""

import pytest
from helpers import chain, network, node

from netdesigner.core.analysis import analyze, estimate_memory_bytes
from netdesigner.core.spec import TrainingConfig
from netdesigner.core.templates import load_template, template_names

FLAT = ("Input", {"format": "flat"})
IMAGE = ("Input", {"format": "image"})
SOFTMAX10 = ("Dense", {"units": 10, "activation": "softmax"})


def codes(analysis):
    return [p.code for p in analysis.problems]


EXPECTED_TEMPLATE_PARAMS = {
    "first-mlp": 101_770,
    "keras-mnist-convnet": 34_826,
    "lenet5": 61_706,
    "logistic-regression": 7_850,
}


@pytest.mark.parametrize("name", sorted(EXPECTED_TEMPLATE_PARAMS))
def test_template_parameter_counts(name):
    project = load_template(name)
    analysis = analyze(project.network, project.training)
    assert analysis.valid, analysis.problems
    assert analysis.total_params == EXPECTED_TEMPLATE_PARAMS[name]


def test_every_template_is_valid():
    assert set(EXPECTED_TEMPLATE_PARAMS) | {"deep-sigmoid"} <= set(template_names())
    for name in template_names():
        project = load_template(name)
        assert analyze(project.network, project.training).valid, name


def test_deep_sigmoid_is_deep_and_sigmoid():
    project = load_template("deep-sigmoid")
    hidden = [n for n in project.network.nodes if n.type == "Dense"][:-1]
    assert len(hidden) >= 8
    assert {n["activation"] for n in hidden} == {"sigmoid"}


def test_shapes_of_convnet():
    analysis = analyze(load_template("keras-mnist-convnet").network)
    shapes = list(analysis.shapes.values())
    assert shapes == [(28, 28, 1), (26, 26, 32), (13, 13, 32), (11, 11, 64), (5, 5, 64), (1600,), (1600,), (10,)]


def test_dense_fed_an_image_asks_for_flatten():
    analysis = analyze(chain(IMAGE, ("Dense", {"units": 10})))
    [problem] = analysis.problems
    assert problem.node == "n1"
    assert "insert Flatten" in problem.message and "(28, 28, 1)" in problem.message
    assert problem.fix.kind == "insert_layer" and problem.fix.data == {"type": "Flatten", "before": "n1"}


def test_conv_fed_a_flat_vector_asks_for_reshape():
    analysis = analyze(chain(FLAT, ("Conv2D", {"filters": 4}), "Flatten", SOFTMAX10))
    [problem] = analysis.problems
    assert problem.node == "n1" and "Reshape" in problem.message
    assert problem.fix.data["type"] == "Reshape"


def test_cycle_names_its_nodes_and_offers_to_break_it():
    net = network(
        [
            node("i", "Input", format="flat"),
            node("a", "Dense", units=5),
            node("b", "Dense", units=5),
            node("o", "Dense", units=10),
        ],
        [("i", "a"), ("a", "b"), ("b", "a"), ("b", "o")],
    )
    analysis = analyze(net)
    cycle = [p for p in analysis.problems if p.code == "cycle"]
    assert len(cycle) == 1
    assert "'a'" in cycle[0].message and "'b'" in cycle[0].message and "cycle" in cycle[0].message
    assert cycle[0].fix.kind == "remove_edge"
    assert not analysis.valid


def test_self_loop_is_a_cycle():
    net = network([node("i", "Input"), node("a", "Activation")], [("i", "a"), ("a", "a")])
    assert "cycle" in codes(analyze(net))


def test_mismatched_add_names_both_branches():
    net = network(
        [
            node("i", "Input", format="flat"),
            node("a", "Dense", units=128),
            node("b", "Dense", units=64),
            node("add", "Add"),
            node("o", "Dense", units=10, activation="softmax"),
        ],
        [("i", "a"), ("i", "b"), ("a", "add"), ("b", "add"), ("add", "o")],
    )
    [problem] = analyze(net).problems
    assert problem.node == "add"
    assert "(128,)" in problem.message and "(64,)" in problem.message and "'a'" in problem.message


def test_concatenate_sums_last_axis():
    net = network(
        [
            node("i", "Input", format="flat"),
            node("a", "Dense", units=30),
            node("b", "Dense", units=12),
            node("c", "Concatenate"),
            node("o", "Dense", units=10, activation="softmax"),
        ],
        [("i", "a"), ("i", "b"), ("a", "c"), ("b", "c"), ("c", "o")],
    )
    analysis = analyze(net)
    assert analysis.valid
    assert analysis.shapes["c"] == (42,)


def test_two_inputs_into_a_single_input_layer():
    net = network(
        [
            node("i", "Input", format="flat"),
            node("a", "Dense", units=8),
            node("b", "Dense", units=8),
            node("o", "Dense", units=10, activation="softmax"),
        ],
        [("i", "a"), ("i", "b"), ("a", "o"), ("b", "o")],
    )
    problems = [p for p in analyze(net).problems if p.code == "too_many_inputs"]
    assert problems[0].node == "o" and "remove the extra edge" in problems[0].message
    assert problems[0].fix.data == {"source": "b", "target": "o"}


def test_merge_with_one_input():
    problems = analyze(chain(FLAT, "Add", SOFTMAX10)).problems
    assert problems[0].code == "missing_input" and "at least 2 inputs" in problems[0].message


def test_no_input_and_empty_network():
    assert codes(analyze(chain(SOFTMAX10)))[0] == "no_input"
    assert "add an Input" in analyze(chain()).problems[0].message


def test_input_only_has_no_output():
    assert "no_output" in codes(analyze(chain(FLAT)))


def test_unreachable_node():
    net = network(
        [
            node("i", "Input", format="flat"),
            node("o", "Dense", units=10, activation="softmax"),
            node("lost", "Dense", units=3),
        ],
        [("i", "o")],
    )
    problems = [p for p in analyze(net).problems if p.code == "unreachable"]
    assert [p.node for p in problems] == ["lost"]
    assert "not connected to the Input" in problems[0].message


def test_two_ends_are_reported():
    net = network(
        [
            node("i", "Input", format="flat"),
            node("a", "Dense", units=10, activation="softmax"),
            node("b", "Dense", units=10),
        ],
        [("i", "a"), ("i", "b")],
    )
    analysis = analyze(net)
    assert {p.node for p in analysis.problems if p.code == "several_outputs"} == {"a", "b"}
    assert analysis.output_id is None


def test_second_input_is_a_problem():
    net = network(
        [
            node("i", "Input", format="flat"),
            node("j", "Input", format="flat"),
            node("o", "Dense", units=10, activation="softmax"),
        ],
        [("i", "o")],
    )
    assert any(p.code == "several_inputs" and p.node == "j" for p in analyze(net).problems)


def test_duplicate_edge():
    net = network(
        [node("i", "Input", format="flat"), node("o", "Dense", units=10, activation="softmax")],
        [("i", "o"), ("i", "o")],
    )
    analysis = analyze(net)
    assert codes(analysis) == ["duplicate_edge"]
    assert analysis.problems[0].fix.label == "Remove the extra edge"


def test_parameter_out_of_bounds():
    [problem] = analyze(chain(FLAT, ("Dense", {"units": -3}), SOFTMAX10)).problems
    assert problem.node == "n1" and "units = -3" in problem.message and ">= 1" in problem.message
    assert problem.fix.data["value"] == 1


def test_hidden_parameter_out_of_bounds_is_ignored():
    # init_std only matters for the Gaussian initializer.
    assert analyze(chain(FLAT, ("Dense", {"units": 10, "activation": "softmax", "init_std": -1.0}))).valid


def test_dropout_rate_bounds():
    problems = analyze(chain(FLAT, ("Dropout", {"rate": 1.5}), SOFTMAX10)).problems
    assert problems[0].code == "param_out_of_bounds" and "rate" in problems[0].message


def test_output_must_match_classes():
    training = TrainingConfig()
    problem = analyze(chain(FLAT, ("Dense", {"units": 7, "activation": "softmax"})), training).problems[0]
    assert problem.code == "output_classes" and "10 classes" in problem.message
    assert problem.fix.data == {"node": "n1", "param": "units", "value": 10}
    three = analyze(chain(FLAT, ("Dense", {"units": 3, "activation": "softmax"})), training, classes=3)
    assert three.valid


def test_output_must_be_flat():
    problem = analyze(chain(IMAGE, ("Conv2D", {"filters": 10})), TrainingConfig()).problems[0]
    assert analyze(chain(IMAGE, ("Conv2D", {"filters": 10}))).valid
    assert problem.code == "output_shape" and "Flatten" in problem.message


def test_cross_entropy_needs_softmax_or_logits():
    training = TrainingConfig(loss="cross_entropy")
    problem = analyze(chain(FLAT, ("Dense", {"units": 10, "activation": "sigmoid"})), training).problems[0]
    assert problem.code == "output_activation" and "softmax" in problem.message
    assert analyze(chain(FLAT, ("Dense", {"units": 10, "activation": "linear"})), training).valid
    assert analyze(chain(FLAT, ("Dense", {"units": 10, "activation": "sigmoid"})), TrainingConfig(loss="mse")).valid


def test_window_larger_than_input():
    net = chain(IMAGE, ("Conv2D", {"kernel_size": 28}), ("MaxPooling2D", {"pool_size": 2}), "Flatten", SOFTMAX10)
    problem = analyze(net).problems[0]
    assert problem.node == "n2" and "does not fit" in problem.message
    assert problem.fix.data["value"] == "same"


def test_same_padding_and_strides():
    net = chain(IMAGE, ("Conv2D", {"filters": 4, "kernel_size": 3, "strides": 2, "padding": "same"}))
    assert analyze(net).shapes["n1"] == (14, 14, 4)
    net = chain(IMAGE, ("MaxPooling2D", {"pool_size": 3, "strides": 2, "padding": "valid"}))
    assert analyze(net).shapes["n1"] == (13, 13, 1)


def test_reshape_infers_minus_one_and_refuses_bad_sizes():
    assert analyze(chain(FLAT, ("Reshape", {"target_shape": [-1, 28, 1]}))).shapes["n1"] == (28, 28, 1)
    problem = analyze(chain(FLAT, ("Reshape", {"target_shape": [27, 27]}))).problems[0]
    assert "784 values" in problem.message and "729 values" in problem.message


def test_batch_norm_counts_moving_statistics_as_non_trainable():
    analysis = analyze(chain(FLAT, ("Dense", {"units": 16}), "BatchNormalization", SOFTMAX10))
    assert analysis.params["n2"] == (32, 32)
    assert analysis.total_params - analysis.trainable_params == 32


def test_bias_off():
    analysis = analyze(chain(FLAT, ("Dense", {"units": 10, "use_bias": False, "activation": "softmax"})))
    assert analysis.total_params == 7840


def test_memory_estimate_grows_with_the_model():
    small = analyze(load_template("logistic-regression").network)
    big = analyze(chain(FLAT, ("Dense", {"units": 100_000}), SOFTMAX10))
    assert estimate_memory_bytes(big, 32) > 100 * estimate_memory_bytes(small, 32)
    assert estimate_memory_bytes(big, 32) > 784 * 100_000 * 4 * 4
