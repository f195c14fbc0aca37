"""Shape inference and parameter counts equal what Keras reports, for the templates and for
randomized valid graphs with branches, merges, strides and padding."""

import pytest

keras = pytest.importorskip("keras")

from netdesigner.core.analysis import analyze  # noqa: E402
from netdesigner.core.generate import random_network  # noqa: E402
from netdesigner.core.templates import load_template, template_names  # noqa: E402
from netdesigner.engine.builder import build_compiled, build_model  # noqa: E402


def assert_same_as_keras(network):
    analysis = analyze(network)
    assert analysis.valid, analysis.problems
    model = build_model(network, seed=1, analysis=analysis)
    assert model.count_params() == analysis.total_params
    trainable = sum(int(w.numpy().size) for w in model.trainable_weights)
    assert trainable == analysis.trainable_params
    layers = {layer.name: layer for layer in model.layers}
    assert set(layers) == set(analysis.shapes)
    for node_id, shape in analysis.shapes.items():
        layer = layers[node_id]
        assert tuple(layer.output.shape[1:]) == shape, node_id
        assert layer.count_params() == sum(analysis.params[node_id]), node_id


@pytest.mark.parametrize("name", template_names())
def test_templates_match_keras(name):
    project = load_template(name)
    assert_same_as_keras(project.network)
    model = build_compiled(project.network, project.training)
    assert model.optimizer.learning_rate.numpy() == pytest.approx(project.training.learning_rate)


@pytest.mark.parametrize("seed", range(30))
def test_random_networks_match_keras(seed):
    assert_same_as_keras(random_network(seed, layers=14))


def test_same_seed_same_weights():
    network = load_template("lenet5").network
    first = build_model(network, seed=7).get_weights()
    second = build_model(network, seed=7).get_weights()
    other = build_model(network, seed=8).get_weights()
    assert all((a == b).all() for a, b in zip(first, second, strict=True))
    assert any((a != b).any() for a, b in zip(first, other, strict=True) if a.any())


def test_gaussian_initializer_uses_its_std():
    from helpers import chain

    network = chain(
        ("Input", {"format": "flat"}), ("Dense", {"units": 256, "initializer": "random_normal", "init_std": 0.5})
    )
    kernel = build_model(network, seed=0).get_layer("n1").kernel.numpy()
    assert kernel.std() == pytest.approx(0.5, rel=0.05)
