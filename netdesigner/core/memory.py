"""Whether a network fits in this computer's memory, asked before anything is built.

The footprint is ``estimate_memory_bytes`` (the status bar's number); the memory available is
read from ``/proc/meminfo`` on Linux and ``os.sysconf`` elsewhere, and is unknown (no refusal)
where neither answers.
"""

from __future__ import annotations

import os
from pathlib import Path

from netdesigner.core.analysis import Analysis, estimate_memory_bytes
from netdesigner.core.i18n import translate
from netdesigner.core.spec import TrainingConfig

# Leave room for Python, TensorFlow and the window: refuse above this share of what is free.
USABLE_SHARE = 0.8
MEMINFO = Path("/proc/meminfo")
# Training images per epoch of the built-in sets, for "full" batches before a set is loaded.
FULL_BATCH_SAMPLES = {"mnist-5k": 4000, "mnist": 60000, "fashion-mnist": 60000}


def planned_batch(training: TrainingConfig, samples: int | None = None) -> int:
    """The batch size a run will use; for "full", the training samples (known, or estimated)."""
    if training.batch_size != "full":
        return training.batch_size
    if samples is None:
        samples = FULL_BATCH_SAMPLES.get(training.dataset.strip().lower(), 10_000)
    return max(1, int(samples * (1 - training.validation_split)))


def available_memory() -> int | None:
    """Bytes of memory a new allocation can use now, or None if the system does not say."""
    try:
        for line in MEMINFO.read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        pages = os.sysconf("SC_AVPHYS_PAGES")
        size = os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None
    return pages * size if pages > 0 and size > 0 else None


def size_text(size: float) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{int(size)} B"


def memory_problem(
    analysis: Analysis, batch_size: int, optimizer: str = "adam", available: int | None = None
) -> str | None:
    """A sentence saying the network is too large to train here, or None if it fits (or we cannot tell)."""
    available = available_memory() if available is None else available
    if not available:
        return None
    needed = estimate_memory_bytes(analysis, batch_size, optimizer)
    if needed <= available * USABLE_SHARE:
        return None
    return translate(
        "Memory",
        "the network is too large for this computer: training it needs about {needed} "
        "({parameters:,} parameters, batch size {batch_size:,}) but only {available} "
        "of memory is available; use fewer units or filters, or a smaller batch size",
    ).format(
        needed=size_text(needed),
        parameters=analysis.total_params,
        batch_size=batch_size,
        available=size_text(available),
    )
