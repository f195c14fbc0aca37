"""The permanent part of the status bar: the lock while training, the model's size and memory,
the engine's state and the zoom."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from netdesigner.core.analysis import Analysis, estimate_memory_bytes
from netdesigner.core.memory import planned_batch, size_text
from netdesigner.core.spec import TrainingConfig

LOCKED = "Locked while training"


memory_text = size_text


class StatusLabels:
    def __init__(self, bar: QStatusBar) -> None:
        self.lock = QLabel(LOCKED)
        self.lock.setToolTip("The design cannot be edited until training stops")
        self.lock.hide()
        self.params = QLabel()
        self.params.setToolTip("Trainable and total parameters of the network")
        self.memory = QLabel()
        self.memory.setToolTip(
            "Rough memory needed to train: weights, gradients, optimizer state and one batch of activations"
        )
        self.engine = QLabel("Engine: not loaded")
        self.engine.setToolTip("TensorFlow loads in the background; designing never waits for it")
        self.zoom = QLabel("100%")
        for label in (self.lock, self.params, self.memory, self.engine, self.zoom):
            bar.addPermanentWidget(label)

    def show_analysis(self, analysis: Analysis, training: TrainingConfig) -> None:
        memory = estimate_memory_bytes(analysis, planned_batch(training), training.optimizer)
        text = f"Parameters: {analysis.total_params:,}"
        if analysis.trainable_params != analysis.total_params:
            text += f" ({analysis.trainable_params:,} trainable)"
        self.params.setText(text)
        self.memory.setText(f"Training memory ≈ {memory_text(memory)}")

    def show_training(self, loss: float, accuracy: float) -> None:
        self.lock.setText(f"{LOCKED} · loss {loss:.4f} · accuracy {accuracy:.1%}")

    def set_locked(self, locked: bool) -> None:
        self.lock.setText(LOCKED)
        self.lock.setVisible(locked)
