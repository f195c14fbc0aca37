"""MNIST-style preprocessing of drawn digits: real digits re-drawn at other sizes and places come back as MNIST."""

import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from netdesigner.engine.preprocess import (
    CENTRE,
    MAX_IMAGE_PIXELS,
    EmptyImageError,
    ImageError,
    _stroke_width,
    mnist_style,
    prepare_image,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def digits():
    with np.load(ROOT / "resources" / "data" / "mnist_5k.npz", allow_pickle=False) as data:
        return data["x"][::50], data["y"][::50]  # sorted by label: every class


def resized(image, side):
    return np.asarray(Image.fromarray(image).resize((side, side), Image.Resampling.BICUBIC), dtype=np.uint8)


def on_canvas(image, shape, top, left):
    canvas = np.zeros(shape, dtype=np.uint8)
    canvas[top : top + image.shape[0], left : left + image.shape[1]] = image
    return canvas


def bigger_off_centre(image):
    return on_canvas(resized(image, 84), (200, 200), 10, 100)


def smaller_in_corner(image):
    return on_canvas(resized(image, 14), (60, 90), 40, 3)


def thick_margin(image):
    return on_canvas(image, (300, 300), 136, 136)


def wide_canvas(image):
    return on_canvas(resized(image, 56), (120, 400), 60, 300)


def ink_box(image, threshold=0):
    rows = np.flatnonzero((image > threshold).any(axis=1))
    cols = np.flatnonzero((image > threshold).any(axis=0))
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def centre_of_mass(image):
    weights = image.astype(np.float64)
    rows, cols = np.indices(image.shape)
    return (weights * rows).sum() / weights.sum(), (weights * cols).sum() / weights.sum()


def correlation(a, b):
    return float(np.corrcoef(a.ravel().astype(np.float64), b.ravel().astype(np.float64))[0, 1])


@pytest.mark.parametrize("redraw", [bigger_off_centre, smaller_in_corner, thick_margin, wide_canvas, lambda x: x])
def test_redrawn_digits_come_back_as_mnist(digits, redraw):
    images, _ = digits
    scores = []
    for original in images:
        drawn = redraw(original)
        result = mnist_style(drawn)
        assert result.shape == (28, 28) and result.dtype == np.uint8
        assert max(ink_box(result)) in (19, 20, 21)
        row, col = centre_of_mass(result)
        assert abs(row - CENTRE) <= 1 and abs(col - CENTRE) <= 1
        assert result.max() >= 0.95 * drawn.max()  # strokes stay as bright as drawn
        scores.append(correlation(result, original))
    assert np.mean(scores) > 0.85, np.mean(scores)
    assert np.min(scores) > 0.5


def test_centre_is_where_mnist_puts_it(digits):
    images, _ = digits
    rows, cols = zip(*(centre_of_mass(image) for image in images), strict=True)
    assert abs(np.mean(rows) - CENTRE) < 0.2 and abs(np.mean(cols) - CENTRE) < 0.2


def test_float_input_matches_uint8(digits):
    canvas = bigger_off_centre(digits[0][0])
    from_float = mnist_style(canvas.astype(np.float32) / 255.0)
    assert np.abs(from_float.astype(int) - mnist_style(canvas).astype(int)).max() <= 1
    assert mnist_style(canvas.astype(np.float64) / 255.0).dtype == np.uint8


def test_keeps_aspect_ratio():
    bar = np.zeros((100, 100), dtype=np.uint8)
    bar[10:90, 45:55] = 255  # 80 tall, 10 wide
    result = mnist_style(bar)
    assert ink_box(result, threshold=127) == (20, 3) or ink_box(result, threshold=127) == (20, 2)
    row, col = centre_of_mass(result)
    assert abs(row - CENTRE) <= 0.5 and abs(col - CENTRE) <= 0.5


def pen_drawing(pen_width, side=600):
    canvas = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(canvas)
    draw.line([(150, 100), (450, 100), (260, 520)], fill=255, width=pen_width, joint="curve")  # a 7
    draw.line([(230, 320), (400, 320)], fill=255, width=pen_width)
    return np.asarray(canvas)


def stroke_width(image):
    return _stroke_width(image >= 128)


def test_a_fine_pen_on_a_big_canvas_looks_like_a_thick_one():
    thin = mnist_style(pen_drawing(2))
    thick = mnist_style(pen_drawing(40))
    assert thin.max() >= 250
    assert max(ink_box(thin)) in (20, 21) and max(ink_box(thick)) == 20
    assert 1.5 <= stroke_width(thin) <= 3.5, stroke_width(thin)
    assert correlation(thin, thick) > 0.8


def test_mnist_strokes_keep_their_width(digits):
    images, _ = digits
    widths = [stroke_width(image) for image in images]
    redrawn = [stroke_width(mnist_style(bigger_off_centre(image))) for image in images]
    assert abs(np.median(redrawn) - np.median(widths)) < 0.3


def test_faint_noise_is_not_ink(digits):
    rng = np.random.default_rng(0)
    canvas = thick_margin(digits[0][0])
    noisy = np.maximum(canvas, rng.integers(0, 20, canvas.shape, dtype=np.uint8))
    result = mnist_style(noisy)
    assert max(ink_box(result)) in (19, 20, 21)
    assert correlation(result, digits[0][0]) > 0.9


def test_single_dot_is_scaled_to_the_box():
    canvas = np.zeros((50, 50), dtype=np.uint8)
    canvas[7, 9] = 255
    result = mnist_style(canvas)
    assert max(ink_box(result, threshold=127)) >= 19


def test_empty_image_raises():
    with pytest.raises(EmptyImageError, match="the image has no ink"):
        mnist_style(np.zeros((64, 64), dtype=np.uint8))
    with pytest.raises(ValueError, match="no ink"):
        mnist_style(np.full((10, 10), 0.02, dtype=np.float32))


def test_not_grayscale_is_refused():
    with pytest.raises(ValueError, match="2-D"):
        mnist_style(np.zeros((28, 28, 3), dtype=np.uint8))


def test_prepare_image_dark_on_light_png(digits, tmp_path):
    canvas = bigger_off_centre(digits[0][0])
    path = tmp_path / "drawn.png"
    Image.fromarray(255 - canvas).save(path)  # black ink on white paper
    result = prepare_image(path)
    assert np.array_equal(result, mnist_style(canvas))
    assert correlation(result, digits[0][0]) > 0.8


def test_prepare_image_colour_jpeg_and_transparent_png(digits, tmp_path):
    canvas = wide_canvas(digits[0][1])
    paper = np.stack([255 - canvas, 255 - canvas // 2, np.full_like(canvas, 255)], axis=-1)  # blue ink on white
    Image.fromarray(paper).save(tmp_path / "photo.jpg", quality=95)
    assert correlation(prepare_image(tmp_path / "photo.jpg"), digits[0][1]) > 0.8
    rgba = np.zeros((*canvas.shape, 4), dtype=np.uint8)
    rgba[..., 3] = canvas  # black strokes on a transparent sheet
    Image.fromarray(rgba, mode="RGBA").save(tmp_path / "sheet.png")
    assert np.array_equal(prepare_image(str(tmp_path / "sheet.png")), mnist_style(canvas))


def test_prepare_image_sixteen_bit_png(digits, tmp_path):
    canvas = bigger_off_centre(digits[0][7])
    Image.fromarray(canvas.astype(np.uint16) * 257).save(tmp_path / "deep.png")
    with Image.open(tmp_path / "deep.png") as image:
        assert image.mode.startswith("I")
    assert np.array_equal(prepare_image(tmp_path / "deep.png"), mnist_style(canvas))


def test_prepare_image_blank_file(tmp_path):
    path = tmp_path / "blank.png"
    Image.new("L", (300, 200), 255).save(path)
    with pytest.raises(EmptyImageError, match="no ink") as caught:
        prepare_image(path)
    assert str(path) in str(caught.value)


def test_prepare_image_not_an_image(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("just some text\n")
    with pytest.raises(ImageError, match="could not read image") as caught:
        prepare_image(path)
    assert str(path) in str(caught.value)
    with pytest.raises(ImageError, match="not found"):
        prepare_image(tmp_path / "missing.png")
    with pytest.raises(ImageError, match="folder"):
        prepare_image(tmp_path)


def bomb_png(width, height):
    """A small, valid-looking PNG that declares an enormous size; nothing big is ever allocated."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grayscale
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("size", [(10_000, 10_000), (MAX_IMAGE_PIXELS // 1000 + 1, 1000), (60_000, 60_000)])
def test_decompression_bomb_is_refused_before_decoding(tmp_path, size):
    path = tmp_path / "bomb.png"
    path.write_bytes(bomb_png(*size))
    assert struct.unpack(">II", path.read_bytes()[16:24]) == size  # the header really declares that size
    with pytest.raises(ImageError, match="shrink it first") as caught:
        prepare_image(path)
    assert str(path) in str(caught.value)
    assert f"{size[0]}x{size[1]}" in str(caught.value) or "too large" in str(caught.value)


def test_no_tensorflow_imported():
    code = (
        "import sys, netdesigner.engine.preprocess; "
        "loaded = [m for m in ('keras', 'tensorflow', 'PySide6') if m in sys.modules]; "
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
