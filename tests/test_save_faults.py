"""Saving under faults: a read-only folder, a disk that fills up halfway, a rename that fails.
The previous file is always left intact, no temporary file is left behind, and the message
says so."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from netdesigner.core.project_file import ProjectError, load_project, save_project, write_atomic
from netdesigner.core.templates import load_template
from netdesigner.engine.model_io import save_model


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "work.ndproj"
    save_project(load_template("first-mlp"), path)
    return path


def assert_intact(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "no temporary file left"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write to read-only folders")
def test_a_read_only_folder(saved: Path) -> None:
    before = saved.read_bytes()
    saved.parent.chmod(0o500)
    try:
        with pytest.raises(ProjectError, match="Permission denied; the previous file is unchanged"):
            save_project(load_template("lenet5"), saved)
    finally:
        saved.parent.chmod(0o700)
    assert_intact(saved, before)


def test_a_folder_that_refuses_new_files(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only folder does, also when the tests run as root."""
    before = saved.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ProjectError, match="Permission denied; the previous file is unchanged"):
        save_project(load_template("lenet5"), saved)
    assert_intact(saved, before)


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_disk_that_fills_up_halfway(saved: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    before = saved.read_bytes()

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, full)
    with pytest.raises(ProjectError, match="No space left on device; the previous file is unchanged"):
        save_project(load_template("lenet5"), saved)
    assert_intact(saved, before)
    assert load_project(saved) is not None


def test_a_write_that_fails_midway(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The temporary file gets half the bytes, then the write fails."""
    before = saved.read_bytes()
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, handle):  # noqa: ANN001
            self.handle = handle

        def __enter__(self):  # noqa: ANN204
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(ProjectError, match="Input/output error; the previous file is unchanged"):
        write_atomic(saved, "new content " * 1000)
    assert_intact(saved, before)


def test_a_model_save_that_fails_keeps_the_old_model(tmp_path: Path) -> None:
    path = tmp_path / "model.keras"
    path.write_bytes(b"the old model")

    class FailingModel:
        def save(self, target: str) -> None:
            Path(target).write_bytes(b"half a mod")
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        save_model(FailingModel(), path)
    assert path.read_bytes() == b"the old model"
    assert [p.name for p in tmp_path.iterdir()] == ["model.keras"]


def test_a_model_save_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        save_model(object(), tmp_path / "missing" / "model.keras")
    assert list(tmp_path.iterdir()) == []
