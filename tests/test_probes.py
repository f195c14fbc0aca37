"""Probes: gradients equal a hand-written GradientTape, and the diagnosis reads them right."""

import numpy as np
import pytest

from netdesigner.core.diagnosis import LayerHealth, diagnose

tf = pytest.importorskip("tensorflow")

from netdesigner.core.templates import load_template  # noqa: E402
from netdesigner.engine.builder import build_compiled  # noqa: E402
from netdesigner.engine.datasets import load_dataset  # noqa: E402
from netdesigner.engine.probes import Probe, Watch, dense_tiles  # noqa: E402
from netdesigner.engine.training import prepare  # noqa: E402


@pytest.fixture(scope="module")
def probe_batch():
    data = load_dataset("mnist-5k")
    return data.x_train[:256], data.y_train[:256]


def make_probe(name, batch):
    project = load_template(name)
    model = build_compiled(project.network, project.training)
    shape = tuple(model.inputs[0].shape[1:])
    x, y = prepare(*batch, shape, 10)
    return model, Probe(model, x, y), x, y


def test_gradient_norms_match_a_hand_written_gradient_tape(probe_batch):
    model, probe, x, y = make_probe("first-mlp", probe_batch)
    with tf.GradientTape() as tape:
        loss = model.loss(y, model(x, training=False))
    kernels = [model.get_layer(name).trainable_weights[0] for name in probe.names]
    expected = tape.gradient(loss, kernels)
    got = probe.kernel_gradients()
    assert probe.names == ["dense_1", "dense_2"]
    for name, gradient in zip(probe.names, expected, strict=True):
        np.testing.assert_allclose(got[name], np.array(gradient), rtol=1e-5, atol=1e-7)


def test_deep_sigmoid_gradients_vanish_and_the_diagnosis_says_so(probe_batch):
    model, probe, _, _ = make_probe("deep-sigmoid", probe_batch)
    health = probe.health()
    assert health[0].gradient_norm < 1e-3 * health[-1].gradient_norm
    findings = diagnose(health, 0.05)
    assert [f.kind for f in findings] == ["vanishing"]
    assert "ReLU" in findings[0].advice and findings[0].layer == health[0].layer


def test_a_fresh_first_mlp_shows_no_warning(probe_batch):
    _, probe, _, _ = make_probe("first-mlp", probe_batch)
    health = probe.health()
    assert health[0].dead_share is not None and health[0].dead_share < 0.5
    assert diagnose(health, 0.001) == []


def test_activations_and_weight_tiles_have_the_right_shapes(probe_batch):
    model, probe, x, _ = make_probe("first-mlp", probe_batch)
    activations = probe.activations(x[:3])
    assert activations["dense_1"].shape == (3, 128) and activations["dense_2"].shape == (3, 10)
    np.testing.assert_allclose(activations["dense_2"].sum(axis=1), 1, rtol=1e-5)
    kernel, bias = probe.weights()["dense_1"]
    assert dense_tiles(kernel).shape == (128, 28, 28)
    assert dense_tiles(probe.weights()["dense_2"][0]) is None


def test_diagnosis_rules_on_made_up_numbers():
    healthy = [LayerHealth("a", 0.5, 10.0), LayerHealth("b", 0.4, 5.0)]
    assert diagnose(healthy, 0.01) == []
    assert [f.kind for f in diagnose(healthy, 50.0)] == ["rate_too_high"]
    assert [f.kind for f in diagnose(healthy, 1e-9)] == ["rate_too_low"]
    dead = [LayerHealth("a", 0.5, 10.0, dead_share=0.8), LayerHealth("b", 0.4, 5.0)]
    assert [f.kind for f in diagnose(dead, 0.01)] == ["dead_relu"]
    exploding = [LayerHealth("a", 5e3, 10.0), LayerHealth("b", 0.4, 5.0)]
    assert "exploding" in [f.kind for f in diagnose(exploding, 1e-6)]


def test_a_report_carries_weights_gradients_dead_units_and_watched_activations(probe_batch):
    model, probe, x, _ = make_probe("first-mlp", probe_batch)
    before = {name: kernel - 0.01 for name, kernel in probe.kernels().items()}
    report = probe.report(7, before=before, watch=Watch(x[0], "dense_1", 3, target=2, learning_rate=0.5))
    assert report.step == 7 and [h.layer for h in report.health] == probe.names
    kernel, bias = report.weights["dense_1"]
    assert kernel.shape == (784, 128) and bias.shape == (128,)
    np.testing.assert_allclose(report.updates["dense_1"], 0.01, atol=1e-6)
    np.testing.assert_allclose(report.gradients["dense_2"], probe.kernel_gradients()["dense_2"], rtol=1e-6)
    assert report.dead_units["dense_1"].shape == (128,) and "dense_2" not in report.dead_units
    assert report.health[0].dead_share == report.dead_units["dense_1"].mean()
    np.testing.assert_allclose(report.activations["dense_2"], model(x[:1]), rtol=1e-5)
    assert report.neuron.unit == 3 and report.neuron.target == 2 and report.neuron.learning_rate == 0.5
    assert report.neuron.layer_output == pytest.approx(float(report.activations["dense_1"][0, 3]), abs=1e-6)
    assert probe.report(watch=Watch(x[0], "input")).neuron is None


def test_the_math_of_one_neuron_reproduces_the_layer_output_and_the_chain_rule(probe_batch):
    from netdesigner.engine.neuron import NeuronError, explain

    model, _, x, y = make_probe("first-mlp", probe_batch)
    label = int(np.argmax(y[0]))
    for layer, unit in (("dense_1", 5), ("dense_1", 100), ("dense_2", label)):
        math = explain(model, layer, unit, x[0], target=label, learning_rate=0.1)
        assert math.z == pytest.approx(float(math.contributions().sum() + math.bias), abs=1e-9)
        assert math.output == pytest.approx(math.layer_output, rel=1e-5, abs=1e-6)
        np.testing.assert_allclose(math.dl_dw, math.dl_dz * math.inputs, rtol=1e-4, atol=1e-9)
        np.testing.assert_allclose(math.updated(), math.weights - 0.1 * math.dl_dw)
    softmax = explain(model, "dense_2", label, x[0], target=label, learning_rate=0.1)
    assert softmax.dl_dz == pytest.approx(softmax.output - 1.0, abs=1e-5)  # cross entropy on softmax: p - y
    assert softmax.loss == pytest.approx(-np.log(softmax.output), rel=1e-4)
    with pytest.raises(NeuronError, match="not a Dense layer"):
        explain(model, "input", 0, x[0], 0, 0.1)
    with pytest.raises(NeuronError, match="0 to 127"):
        explain(model, "dense_1", 128, x[0], 0, 0.1)
