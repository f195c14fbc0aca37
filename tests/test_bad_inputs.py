"""Every bad input in the corpus (tests/bad_inputs.py) gets a message naming the problem, from the
loaders and from the command line (one line on standard error, exit 2, or exit 1 with the
design's problems), and no file is changed or left behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bad_inputs import (
    BAD_DATASETS,
    BAD_IMAGES,
    BAD_MODELS,
    FLAWED_PROJECTS,
    UNREADABLE_PROJECTS,
    fingerprint,
    write_cases,
)

from netdesigner.cli import main
from netdesigner.core import memory
from netdesigner.core.analysis import analyze
from netdesigner.core.project_file import ProjectError, load_project, save_project
from netdesigner.core.spec import Project
from netdesigner.engine.datasets import DatasetError, load_dataset
from netdesigner.engine.importer import ModelImportError, check_loadable, import_keras
from netdesigner.engine.preprocess import ImageError, prepare_image

ROOT = Path(__file__).resolve().parent.parent


def ids(cases: list) -> list[str]:
    return [case[0] for case in cases]


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("netdesigner: error: ") and words in lines[0]
    assert "Traceback" not in err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    write_cases(folder / "projects", UNREADABLE_PROJECTS, ".ndproj")
    write_cases(folder / "flawed", FLAWED_PROJECTS, ".ndproj")
    write_cases(folder / "models", BAD_MODELS, ".keras")
    write_cases(folder / "data", BAD_DATASETS, ".npz")
    write_cases(folder / "images", BAD_IMAGES, ".png")
    return folder


def case_path(corpus: Path, kind: str, name: str, suffix: str) -> Path:
    return corpus / kind / (name.replace(" ", "-") + suffix)


# --- the loaders -------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "content", "words"), UNREADABLE_PROJECTS, ids=ids(UNREADABLE_PROJECTS))
def test_unreadable_projects_are_refused_by_the_loader(corpus: Path, name: str, content: object, words: str) -> None:
    path = case_path(corpus, "projects", name, ".ndproj")
    with pytest.raises(ProjectError) as refused:
        load_project(path)
    assert words in str(refused.value)
    assert len(str(refused.value)) < 1000, "a message, not a dump"


@pytest.mark.parametrize(("name", "content", "words"), FLAWED_PROJECTS, ids=ids(FLAWED_PROJECTS))
def test_flawed_designs_open_with_their_problems_listed(corpus: Path, name: str, content: object, words: str) -> None:
    project = load_project(case_path(corpus, "flawed", name, ".ndproj"))
    analysis = analyze(project.network, project.training)
    assert not analysis.valid
    assert any(words in problem.message for problem in analysis.problems)


@pytest.mark.parametrize(("name", "content", "words"), BAD_MODELS, ids=ids(BAD_MODELS))
def test_bad_models_are_refused_before_keras_sees_them(corpus: Path, name: str, content: object, words: str) -> None:
    path = case_path(corpus, "models", name, ".keras")
    for load in (import_keras, check_loadable):
        with pytest.raises(ModelImportError) as refused:
            load(path)
        assert words in str(refused.value)


@pytest.mark.parametrize(("name", "content", "words"), BAD_DATASETS, ids=ids(BAD_DATASETS))
def test_bad_datasets_are_refused(corpus: Path, name: str, content: object, words: str) -> None:
    with pytest.raises(DatasetError) as refused:
        load_dataset(f"npz:{case_path(corpus, 'data', name, '.npz')}")
    assert words in str(refused.value)


@pytest.mark.parametrize(("name", "content", "words"), BAD_IMAGES, ids=ids(BAD_IMAGES))
def test_bad_images_are_refused(corpus: Path, name: str, content: object, words: str) -> None:
    path = case_path(corpus, "images", name, ".png")
    with pytest.raises(ImageError) as refused:
        prepare_image(path)
    assert words in str(refused.value) and path.name in str(refused.value)


# --- the command line --------------------------------------------------------------------------


def test_the_command_line_refuses_every_unreadable_project_in_one_line(corpus: Path, capsys) -> None:
    before = fingerprint(corpus)
    for name, _, words in UNREADABLE_PROJECTS:
        path = case_path(corpus, "projects", name, ".ndproj")
        for command in ("summary", "train", "export"):
            extra = ["--format", "python", "-o", corpus / "out.py"] if command == "export" else []
            code, out, err = run(capsys, command, path, *extra)
            assert code == 2 and out == "", (name, command, err)
            assert_one_line_error(err, words)
    assert fingerprint(corpus) == before


def test_the_command_line_lists_a_flawed_designs_problems_and_exits_1(corpus: Path, capsys) -> None:
    before = fingerprint(corpus)
    for name, _, words in FLAWED_PROJECTS:
        path = case_path(corpus, "flawed", name, ".ndproj")
        code, out, err = run(capsys, "summary", path)
        assert code == 1 and words in out + err and "Traceback" not in err, name
        code, out, err = run(capsys, "train", path)
        assert code == 1 and words in err and "fix them before training" in err, name
    assert fingerprint(corpus) == before


def test_the_command_line_refuses_bad_models_without_writing(corpus: Path, capsys) -> None:
    before = fingerprint(corpus)
    image = corpus / "digit.png"
    image.write_bytes(b"")
    before = fingerprint(corpus)
    for name, _, words in BAD_MODELS:
        path = case_path(corpus, "models", name, ".keras")
        code, out, err = run(capsys, "import", path, "-o", corpus / "imported.ndproj")
        assert code == 2 and out == "", name
        assert_one_line_error(err, words)
        code, out, err = run(capsys, "predict", path, image)
        assert code == 2 and out == "", name
        assert_one_line_error(err, words)
    assert fingerprint(corpus) == before, "no project written, nothing changed"


def test_the_command_line_refuses_bad_datasets_before_training(corpus: Path, capsys) -> None:
    before = fingerprint(corpus)
    for name, _, words in BAD_DATASETS:
        path = case_path(corpus, "data", name, ".npz")
        code, out, err = run(capsys, "train", "first-mlp", "--dataset", f"npz:{path}")
        assert code == 2 and out == "", name
        assert_one_line_error(err, words)
    assert fingerprint(corpus) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--batch-size", "0"), "--batch-size"),
        (("--batch-size", "-32"), "--batch-size"),
        (("--batch-size", "many"), "--batch-size must be a whole number"),
        (("--epochs", "0"), "--epochs"),
        (("--epochs", "-3"), "--epochs"),
        (("--epochs", str(10**9)), "--epochs"),
        (("--seed", "-1"), "--seed"),
        (("--dataset", ""), "dataset"),
        (("--dataset", "imagenet"), "unknown dataset 'imagenet'"),
    ],
)
def test_bad_training_settings_exit_2_in_one_line(capsys, args: tuple[str, ...], words: str) -> None:
    code, out, err = run(capsys, "train", "first-mlp", *args)
    assert code == 2 and out == ""
    assert_one_line_error(err, words)


def test_an_argument_error_is_a_usage_message_and_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["train", "first-mlp", "--epochs", "lots"])
    assert exited.value.code == 2
    assert "invalid int value" in capsys.readouterr().err


# --- memory ------------------------------------------------------------------------------------


def huge_project() -> Project:
    from helpers import chain

    network = chain(
        ("Input", {"format": "flat"}),
        ("Dense", {"units": 100_000}),
        ("Dense", {"units": 100_000}),
        ("Dense", {"units": 10, "activation": "softmax"}),
    )
    return Project(network=network)


def test_the_memory_check_compares_the_estimate_with_what_is_available() -> None:
    analysis = analyze(huge_project().network)
    assert analysis.valid and analysis.total_params > 10**10
    problem = memory.memory_problem(analysis, 32, "adam", available=8 << 30)
    assert problem is not None and "too large for this computer" in problem
    assert re.search(r"needs about \d+\.\d GB .* only 8\.0 GB", problem)
    assert memory.memory_problem(analysis, 32, "adam", available=1 << 50) is None
    small = analyze(load_project(ROOT / "resources" / "templates" / "first-mlp.ndproj").network)
    assert memory.memory_problem(small, 32, "adam", available=8 << 30) is None


def test_available_memory_reads_the_system_and_falls_back(monkeypatch, tmp_path: Path) -> None:
    available = memory.available_memory()
    assert available is None or available > 0
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal: 100 kB\nMemAvailable:   2048 kB\n")
    monkeypatch.setattr(memory, "MEMINFO", meminfo)
    assert memory.available_memory() == 2048 * 1024
    monkeypatch.setattr(memory, "MEMINFO", tmp_path / "missing")
    assert memory.available_memory() is None or memory.available_memory() > 0


def test_training_a_network_too_large_for_memory_is_refused_before_building(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setattr(memory, "available_memory", lambda: 4 << 30)
    path = tmp_path / "huge.ndproj"
    save_project(huge_project(), path)
    before = fingerprint(tmp_path)
    code, out, err = run(capsys, "train", path, "--save", tmp_path / "model.keras")
    assert code == 1 and out == ""
    assert_one_line_error(err, "too large for this computer")
    assert "4.0 GB" in err
    assert fingerprint(tmp_path) == before


def test_the_engine_refuses_to_build_a_network_too_large_for_memory(monkeypatch) -> None:
    pytest.importorskip("keras")
    from netdesigner.engine.builder import BuildError, build_compiled, build_model

    monkeypatch.setattr(memory, "available_memory", lambda: 4 << 30)
    project = huge_project()
    for build in (lambda: build_model(project.network), lambda: build_compiled(project.network, project.training)):
        with pytest.raises(BuildError, match="too large for this computer"):
            build()


# --- nothing is unpickled -------------------------------------------------------------------------


def test_every_np_load_refuses_pickles() -> None:
    offenders = []
    for file in [*ROOT.joinpath("netdesigner").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py")]:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if "np.load(" in line and "allow_pickle=False" not in line and "offenders" not in line:
                offenders.append(f"{file.relative_to(ROOT)}:{number}")
    assert offenders == []
    for file in ROOT.joinpath("netdesigner").rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        assert not re.search(r"^\s*import pickle|pickle\.loads?\(|allow_pickle=True", text, re.M), file
