"""The permanent part of the status bar: the lock while training, the model's size and memory,
the engine's state and the zoom."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from netdesigner.core.analysis import Analysis, estimate_memory_bytes
from netdesigner.core.memory import planned_batch, size_text
from netdesigner.core.spec import TrainingConfig

memory_text = size_text


def locked_text() -> str:
    return QCoreApplication.translate("StatusBar", "Locked while training")


class StatusLabels:
    def __init__(self, bar: QStatusBar) -> None:
        self.lock = QLabel(locked_text())
        self.lock.setToolTip(
            QCoreApplication.translate("StatusBar", "The design cannot be edited until training stops")
        )
        self.lock.hide()
        self.params = QLabel()
        self.params.setToolTip(QCoreApplication.translate("StatusBar", "Trainable and total parameters of the network"))
        self.memory = QLabel()
        self.memory.setToolTip(
            QCoreApplication.translate(
                "StatusBar",
                "Rough memory needed to train: weights, gradients, optimizer state and one batch of activations",
            )
        )
        self.engine = QLabel(QCoreApplication.translate("StatusBar", "Engine: not loaded"))
        self.engine.setToolTip(
            QCoreApplication.translate("StatusBar", "TensorFlow loads in the background; designing never waits for it")
        )
        self.zoom = QLabel()
        self.show_zoom(1.0)
        for label in (self.lock, self.params, self.memory, self.engine, self.zoom):
            bar.addPermanentWidget(label)

    def show_analysis(self, analysis: Analysis, training: TrainingConfig) -> None:
        memory = estimate_memory_bytes(analysis, planned_batch(training), training.optimizer)
        total, trainable = f"{analysis.total_params:,}", f"{analysis.trainable_params:,}"
        if analysis.trainable_params != analysis.total_params:
            text = QCoreApplication.translate("StatusBar", "Parameters: {total} ({trainable} trainable)").format(
                total=total, trainable=trainable
            )
        else:
            text = QCoreApplication.translate("StatusBar", "Parameters: {total}").format(total=total)
        self.params.setText(text)
        self.memory.setText(
            QCoreApplication.translate("StatusBar", "Training memory ≈ {size}").format(size=memory_text(memory))
        )

    def show_training(self, loss: float, accuracy: float) -> None:
        text = QCoreApplication.translate("StatusBar", "{locked} · loss {loss} · accuracy {accuracy}").format(
            locked=locked_text(), loss=f"{loss:.4f}", accuracy=f"{accuracy:.1%}"
        )
        self.lock.setText(text)

    def set_locked(self, locked: bool) -> None:
        self.lock.setText(locked_text())
        self.lock.setVisible(locked)

    def show_zoom(self, zoom: float) -> None:
        self.zoom.setText(f"{zoom:.0%}")  # notr - a number and a percent sign

    def show_engine(self, state: str, detail: str = "") -> None:
        """``loading``, ``ready`` (detail: the Keras version) or ``failed`` (detail: the error)."""
        if state == "loading":
            self.engine.setText(QCoreApplication.translate("StatusBar", "Engine: loading TensorFlow…"))
        elif state == "ready":
            self.engine.setText(
                QCoreApplication.translate("StatusBar", "Engine: ready (Keras {version})").format(version=detail)
            )
        else:
            self.engine.setText(QCoreApplication.translate("StatusBar", "Engine: failed to load"))
            self.engine.setToolTip(
                QCoreApplication.translate("StatusBar", "TensorFlow could not be loaded: {error}").format(error=detail)
            )
