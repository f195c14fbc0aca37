"""With Simplified Chinese chosen, what core and engine say arrives in Chinese, values filled in.

``netdesigner.ui.i18n.install`` points ``netdesigner.core.i18n.translate`` at Qt's translator, so a
problem, a diagnosis or a refusal is translated where it is made, in any thread; English returns
when English is chosen again.
"""

from __future__ import annotations

import re
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import chain, network, node

from netdesigner.core import i18n as core_i18n
from netdesigner.core.analysis import analyze
from netdesigner.core.connections import connection_error
from netdesigner.core.diagnosis import LayerHealth, diagnose
from netdesigner.core.project_file import ProjectError, load_project
from netdesigner.core.spec import TrainingConfig
from netdesigner.engine.datasets import DatasetError, load_dataset

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def chinese(qapp):  # noqa: ANN001 - pytest-qt's fixture
    from netdesigner.ui import i18n

    assert i18n.install("zh_CN") == "zh_CN"
    yield
    i18n.install("en")


def _problem(analysis, code):  # noqa: ANN001
    return next(p for p in analysis.problems if p.code == code)


def test_a_broken_design_is_explained_in_chinese(chinese) -> None:  # noqa: ANN001
    lonely = analyze(network([node("input", "Input"), node("dense", "Dense")], []))
    assert _problem(lonely, "missing_input").message == "Dense 'dense' 没有输入；请把另一个层的输出连接到它"

    mismatch = analyze(chain(("Input", {"format": "image"}), ("Dense", {"units": 10})), TrainingConfig())
    problem = _problem(mismatch, "shape")
    assert problem.message == "Dense 'n1'：Dense 需要扁平的输入，但得到的是 (28, 28, 1)；请在它前面插入 Flatten"
    assert problem.fix is not None and problem.fix.label == "插入 Flatten"

    loop = chain("Input", ("Dense", {"units": 10}))
    assert connection_error(loop, "n1", "n1") == "层不能连接到它自己。"


def test_the_deep_sigmoid_diagnosis_is_in_chinese(chinese) -> None:  # noqa: ANN001
    norms = [1e-7, 1e-5, 1e-3, 1e-1, 1.0]  # each sigmoid layer shrinks the gradient about a hundredfold
    layers = [LayerHealth(f"dense_{i + 1}", norm, 10.0) for i, norm in enumerate(norms)]
    vanishing = next(f for f in diagnose(layers, 0.01) if f.kind == "vanishing")
    assert vanishing.message == (
        "梯度消失：到达“dense_1”的梯度大约只有“dense_5”处梯度的 10^-7，因此前面几层几乎学不到东西。"
    )
    assert vanishing.advice.startswith("试试用 ReLU 代替 sigmoid 或 tanh")


def test_loading_errors_are_in_chinese(chinese, tmp_path: Path) -> None:  # noqa: ANN001
    missing = tmp_path / "digits.npz"
    with pytest.raises(DatasetError) as error:
        load_dataset(f"npz:{missing}")
    assert str(error.value) == f"找不到文件：{missing}"
    with pytest.raises(DatasetError, match="^未知的数据集“cifar”；请使用 mnist-5k"):
        load_dataset("cifar")
    with pytest.raises(ProjectError) as error:
        load_project(tmp_path)
    assert str(error.value) == f"{tmp_path} 是一个文件夹，不是项目文件"


def test_a_diverged_run_says_so_in_chinese_from_the_training_thread(chinese) -> None:  # noqa: ANN001
    pytest.importorskip("keras")
    from netdesigner.core.templates import load_template
    from netdesigner.engine.training import train

    data = load_dataset("mnist-5k")
    small = replace(data, x_train=data.x_train[:300], y_train=data.y_train[:300], x_test=data.x_test[:50])
    small = replace(small, y_test=data.y_test[:50])
    base = load_template("first-mlp")
    config = {**base.training.model_dump(), "epochs": 3, "optimizer": "sgd", "learning_rate": 10.0}
    project = base.model_copy(update={"training": TrainingConfig.model_validate(config)})
    project.network.node("dense_1").params.update(initializer="random_normal", init_std=10.0, activation="linear")
    results = []
    worker = threading.Thread(target=lambda: results.append(train(project, small)))  # as the GUI trains
    worker.start()
    worker.join()
    assert results[0].outcome == "diverged"
    assert results[0].message == (
        "损失变成了 NaN 或无穷大，因此训练已停止，并保留了最后一组正常的权重；学习率（10）可能太高了：试试缩小到十分之一"
    )


def test_english_returns_and_no_translator_means_english(qapp) -> None:  # noqa: ANN001
    from netdesigner.ui import i18n

    i18n.install("zh_CN")
    i18n.install("en")
    lonely = analyze(network([node("input", "Input"), node("dense", "Dense")], []))
    assert (
        _problem(lonely, "missing_input").message == "Dense 'dense' has no input; connect another layer's output to it"
    )
    core_i18n.set_translator(None)
    assert core_i18n.translate("Datasets", "file not found: {path}") == "file not found: {path}"


def _sample(placeholder: str) -> object:
    """A value a placeholder's format spec accepts: numbers for g, %, e, f, x and ',' specs."""
    spec = placeholder.strip("{}").partition(":")[2]
    if "x" in spec or "," in spec:
        return 1234
    return 0.5 if spec else "value"


def test_every_translation_formats_with_the_values_of_its_source() -> None:
    """A translation that mistypes a placeholder or its format spec would raise when shown."""
    rows = translations.messages(translations.ts_path("messages", "zh_CN"))
    assert rows
    for _, source, text, _ in rows:
        names = re.findall(r"\{[^{}]*\}", source)
        values = {name.strip("{}").split(":")[0].split("!")[0]: _sample(name) for name in names}
        assert source.format(**values)
        shown = text.format(**values)
        if re.search(r"[A-Za-z]", re.sub(r"\{[^{}]*\}", "", source)):  # words, not only values
            assert HAN.search(shown), (source, text)
