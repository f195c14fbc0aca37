"""The Training panel: run controls, progress, live plots and the run history.

The plots (pyqtgraph) are built just after the window appears, so that importing pyqtgraph
never delays the first window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesigner.core.spec import RunRecord
from netdesigner.ui.document import Document
from netdesigner.ui.training.plot_export import ExportMenu
from netdesigner.ui.training.run_text import duration, outcome_text, run_summary
from netdesigner.ui.training.session import IDLE, PAUSED, RUNNING, TrainingSession
from netdesigner.ui.training.worker import BatchChunk

RUN_ID_ROLE = Qt.ItemDataRole.UserRole
PLOTS_DELAY_MS = 200  # build the plots (and import pyqtgraph) just after the window appears
PROGRESS_S = 0.25  # the least time between two updates of the progress bar and line


class TrainingPanel(QWidget):
    compare_requested = Signal(str, str)

    def __init__(self, doc: Document, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.session = doc, session
        self.plots = None
        self._run_info: dict = {}
        self._started_at = 0.0
        self._progress_at = 0.0  # when the progress line last changed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._controls())
        progress = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress_label = QLabel()
        # Text that changes every update must not resize the plots below it.
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.progress_label, 2)
        layout.addLayout(progress)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.plots_host = QWidget()
        self.plots_layout = QVBoxLayout(self.plots_host)
        self.plots_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.plots_host)
        self.splitter.addWidget(self._history())
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        session.state_changed.connect(self._on_state_changed)
        session.status.connect(self.progress_label.setText)
        session.run_started.connect(self._on_run_started)
        session.batches.connect(self._on_batches)
        session.epoch_ended.connect(self._on_epoch_ended)
        session.run_finished.connect(self._on_run_finished)
        session.model_changed.connect(self._update_buttons)
        doc.runs_changed.connect(self._fill_history)
        doc.analysis_changed.connect(lambda _a: self._update_buttons())
        self._retranslate()
        self._fill_history()
        QTimer.singleShot(PLOTS_DELAY_MS, self.ensure_plots)

    # -- building ----------------------------------------------------------------------------

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = self.style().standardIcon
        pixmaps = QStyle.StandardPixmap
        self.train_button = QPushButton(icon(pixmaps.SP_MediaPlay), "")
        self.train_button.clicked.connect(self.train)
        self.pause_button = QPushButton(icon(pixmaps.SP_MediaPause), "")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.step_button = QPushButton(icon(pixmaps.SP_MediaSkipForward), "")
        self.step_button.clicked.connect(self.session.step)
        self.stop_button = QPushButton(icon(pixmaps.SP_MediaStop), "")
        self.stop_button.clicked.connect(self.session.stop)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.session.reset_weights)
        self.continue_box = QCheckBox()
        self.log_box = QCheckBox()
        self.log_box.toggled.connect(lambda on: self.plots.set_log_loss(on) if self.plots else None)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = ExportMenu(
            lambda: self.plots.plots if self.plots else {},
            self,
            lambda: self.plots and self.plots.redraw(everything=True),
        )
        self.export_button.setMenu(menu)
        for widget in (self.train_button, self.pause_button, self.step_button, self.stop_button, self.reset_button):
            row.addWidget(widget)
        row.addWidget(self.continue_box)
        row.addStretch(1)
        row.addWidget(self.log_box)
        row.addWidget(self.export_button)
        return row

    def _history(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.history_title = QLabel()
        column.addWidget(self.history_title)
        self.history = QListWidget()
        self.history.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.history.itemChanged.connect(self._on_history_item_changed)
        self.history.itemSelectionChanged.connect(self._update_buttons)
        column.addWidget(self.history, 1)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self._compare)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete_runs)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.delete_button)
        column.addLayout(buttons)
        return box

    def _retranslate(self) -> None:
        """Every fixed text, in the current language (at start and when the language changes)."""
        self.train_button.setText(self.tr("Train"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Run one batch, then pause (F10)"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after this batch, keeping the weights learned so far"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Forget the trained weights; the next run starts from new random weights"))
        self.continue_box.setText(self.tr("Continue"))
        self.continue_box.setToolTip(self.tr("Start the next run from the weights of the last run instead of new ones"))
        self.log_box.setText(self.tr("Log loss"))
        self.log_box.setToolTip(self.tr("Show the loss on a logarithmic scale"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save a plot as a PNG picture or its points as a CSV table"))
        self.history_title.setText(self.tr("<b>Runs</b> <small>(tick to overlay)</small>"))
        self.history.setAccessibleName(self.tr("Run history"))
        self.compare_button.setText(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Select two runs to see what differs between them and their results"))
        self.delete_button.setText(self.tr("Delete"))
        self.progress.setAccessibleName(self.tr("Training progress"))
        if not self._run_info and not self.session.busy:  # no run yet since the panel was built
            self.progress_label.setText(self.tr("Not trained yet."))
        self._on_state_changed(self.session.state)  # the pause button's text and the tooltips that depend on state
        for button in (self.train_button, self.pause_button, self.step_button, self.stop_button, self.reset_button):
            button.setAccessibleName(button.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fill_history()
        super().changeEvent(event)

    def ensure_plots(self) -> None:
        if self.plots is None:
            from netdesigner.ui.training.plots import TrainingPlots

            self.plots = TrainingPlots()
            self.plots_layout.addWidget(self.plots)
            self.splitter.setSizes([max(600, self.width() - 280), 260])
            self._overlay()

    # -- commands ----------------------------------------------------------------------------

    def train(self) -> None:
        self.ensure_plots()
        self.session.start(continue_training=self.continue_box.isChecked())

    def toggle_pause(self) -> None:
        if self.session.state == RUNNING:
            self.session.pause()
        elif self.session.state == PAUSED:
            self.session.resume()

    # -- the session's reports -----------------------------------------------------------------

    def _on_state_changed(self, state: str) -> None:
        paused = state == PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        pixmap = QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause
        self.pause_button.setIcon(self.style().standardIcon(pixmap))
        if state == IDLE:
            self.progress.setRange(0, 100)
        self._update_buttons()

    def _update_buttons(self) -> None:
        state = self.session.state
        idle = state == IDLE
        self.train_button.setEnabled(idle and self.doc.analysis.valid)
        self.train_button.setToolTip(
            self.tr("Train the network on the canvas (F5)")
            if self.doc.analysis.valid
            else self.tr("Fix the problems first")
        )
        self.pause_button.setEnabled(state in (RUNNING, PAUSED))
        self.step_button.setEnabled(state in (RUNNING, PAUSED) or (idle and self.doc.analysis.valid))
        self.stop_button.setEnabled(state in (RUNNING, PAUSED))
        self.reset_button.setEnabled(idle and self.session.model is not None)
        fits = self.session.has_weights_for_design()
        self.continue_box.setEnabled(idle and fits)
        if not fits:
            self.continue_box.setChecked(False)
        selected = len(self.history.selectedItems())
        self.compare_button.setEnabled(selected == 2)
        self.delete_button.setEnabled(idle and selected > 0)

    def _on_run_started(self, info: dict) -> None:
        self.ensure_plots()
        self._run_info = info
        self._started_at = time.perf_counter()
        total = int(info["batches"]) * int(info["epochs"])
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self.plots.start_run(total)

    def _on_batches(self, chunk: BatchChunk) -> None:
        if self.plots is not None:
            self.plots.add_batches(chunk.steps, chunk.loss)
        now = time.perf_counter()
        last_of_epoch = chunk.batch + 1 == chunk.batches
        if now - self._progress_at < PROGRESS_S and not last_of_epoch and self.session.state != PAUSED:
            return  # a few updates a second read better than twenty, and leave training the cores
        self._progress_at = now
        done = int(chunk.steps[-1])
        self.progress.setValue(done)
        elapsed = max(now - self._started_at, 1e-6)
        total = self.progress.maximum()
        per_batch = self._run_info.get("samples", 0) / max(1, chunk.batches)
        rate = done * per_batch / elapsed
        left = (total - done) * elapsed / max(done, 1)
        epochs = self._run_info.get("epochs", 1)
        text = self.tr(
            "Epoch {epoch}/{epochs} · batch {batch}/{batches} · {rate} samples/s · {left} left · loss {loss}"
        )
        text = text.format(
            epoch=chunk.epoch + 1,
            epochs=epochs,
            batch=chunk.batch + 1,
            batches=chunk.batches,
            rate=f"{rate:,.0f}",
            left=duration(left),
            loss=f"{chunk.loss[-1]:.4f}",
        )
        self.progress_label.setText(text)

    def _on_epoch_ended(self, epoch: int, logs: dict) -> None:
        if self.plots is not None:
            self.plots.add_epoch(epoch, logs)

    def _on_run_finished(self, record: RunRecord, _run: object) -> None:
        if record.outcome == "completed" and record.test:
            text = self.tr("Done in {time}: test accuracy {accuracy}, loss {loss}").format(
                time=duration(record.seconds),
                accuracy=f"{record.test['accuracy']:.1%}",
                loss=f"{record.test['loss']:.4f}",
            )
        elif record.outcome == "stopped":
            text = self.tr("Stopped; the weights learned so far are kept.")
            if record.test:
                accuracy = f"{record.test['accuracy']:.1%}"
                text += " " + self.tr("Test accuracy {accuracy}.").format(accuracy=accuracy)
        else:
            text = record.message
        if record.outcome == "completed":
            self.progress.setValue(self.progress.maximum())
        self.progress_label.setText(text)
        self.session.status.emit(text)
        self._update_buttons()

    # -- run history -------------------------------------------------------------------------

    def _fill_history(self) -> None:
        checked = self.checked_run_ids()
        self.history.blockSignals(True)
        self.history.clear()
        for record in self.doc.runs:
            item = QListWidgetItem(run_summary(record))
            item.setData(RUN_ID_ROLE, record.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if record.id in checked else Qt.CheckState.Unchecked)
            tip = record.message or f"{outcome_text(record.outcome)}, {duration(record.seconds)}"
            item.setToolTip(tip)
            self.history.addItem(item)
        self.history.blockSignals(False)
        self._overlay()
        self._update_buttons()

    def checked_run_ids(self) -> list[str]:
        items = (self.history.item(i) for i in range(self.history.count()))
        return [item.data(RUN_ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _on_history_item_changed(self, _item: QListWidgetItem) -> None:
        self._overlay()

    def _overlay(self) -> None:
        if self.plots is not None:
            ids = set(self.checked_run_ids())
            self.plots.overlay([r for r in self.doc.runs if r.id in ids])

    def _selected_ids(self) -> list[str]:
        return [item.data(RUN_ID_ROLE) for item in self.history.selectedItems()]

    def _compare(self) -> None:
        ids = self._selected_ids()
        if len(ids) == 2:
            self.compare_requested.emit(ids[0], ids[1])

    def _delete_runs(self) -> None:
        self.doc.remove_runs(self._selected_ids())
