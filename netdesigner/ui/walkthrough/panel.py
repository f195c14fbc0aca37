"""The walkthrough's panel: where the student is (“Step 4 of 13”), what the step is about,
whether it is done or what is missing, and Back, Do it for me, Next and Close.

A view only: the :class:`~netdesigner.ui.walkthrough.controller.Walkthrough` decides what it
shows and reacts to its buttons.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netdesigner.ui import theme
from netdesigner.ui.param_editors import error_color, tint
from netdesigner.ui.walkthrough.checks import Check
from netdesigner.ui.walkthrough.steps import Step
from netdesigner.ui.widgets import scrollable


class WalkthroughPanel(QWidget):
    back_clicked = Signal()
    next_clicked = Signal()
    do_it_clicked = Signal()
    close_clicked = Signal()
    restart_clicked = Signal()
    step_requested = Signal(int)  # a link to an earlier step that needs attention

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Guided first model"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        top = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Progress"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(6)
        top.addWidget(self.counter)
        top.addWidget(self.bar, 1)
        layout.addLayout(top)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.text)
        status = QHBoxLayout()
        self.status_icon = QLabel()
        self.status_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(self.tr("What is missing"))
        self.status.linkActivated.connect(self._on_link)
        status.addWidget(self.status_icon)
        status.addWidget(self.status, 1)
        column.addStretch(1)
        layout.addWidget(
            scrollable(body, self.tr("Step explanation")), 1
        )  # what is missing and the buttons stay in view
        layout.addLayout(status)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.do_button = QPushButton(self.tr("Do it for me"))
        self.do_button.setToolTip(self.tr("Carry out this step; Edit › Undo takes it back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        for button in (self.back_button, self.do_button, self.next_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        end = QHBoxLayout()
        self.restart_button = QPushButton(self.tr("Start over"))
        self.restart_button.setFlat(True)
        self.restart_button.setToolTip(self.tr("Forget the progress and begin again at step 1"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Your progress is kept: Help › Guided First Model… resumes here"))
        end.addWidget(self.restart_button)
        end.addStretch(1)
        end.addWidget(self.close_button)
        layout.addLayout(end)
        self.back_button.clicked.connect(self.back_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        self.do_button.clicked.connect(self.do_it_clicked)
        self.close_button.clicked.connect(self.close_clicked)
        self.restart_button.clicked.connect(self.restart_clicked)
        self.setMinimumWidth(220)

    def show_step(
        self,
        index: int,
        steps: tuple[Step, ...],
        check: Check,
        earlier: tuple[int, Check] | None,
        can_do: bool,
    ) -> None:
        """Step ``index`` with its check; ``earlier`` is a previous step that no longer holds."""
        step, count = steps[index], len(steps)
        self.counter.setText(self.tr("Step {number} of {count}").format(number=index + 1, count=count))
        self.bar.setRange(0, count)
        self.bar.setValue(index + (1 if check.done and earlier is None else 0))
        self.title.setText(step.title)
        self.text.setText(step.text)
        if earlier is not None:
            number, problem = earlier
            link = self.tr("Step {number} is no longer done").format(number=number + 1)
            self._status(
                QStyle.StandardPixmap.SP_MessageBoxWarning,
                f"<a href='step:{number}'>{html.escape(link)}</a>: {html.escape(problem.hint)}",
                error_color(),
            )
        elif check.done:
            self._status(QStyle.StandardPixmap.SP_DialogApplyButton, html.escape(check.hint), theme.OK_COLOR)
        else:
            self._status(QStyle.StandardPixmap.SP_MessageBoxInformation, html.escape(check.hint), None)
        last = index == count - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.show()
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setEnabled(check.done and earlier is None)
        self.next_button.setToolTip("" if check.done else self.tr("Finish this step first"))
        self.do_button.setVisible(step.do_it is not None)
        self.do_button.setEnabled(can_do and not check.done)

    def show_finished(self, count: int) -> None:
        self.counter.setText(self.tr("All {count} steps done").format(count=count))
        self.bar.setRange(0, count)
        self.bar.setValue(count)
        self.title.setText(self.tr("Your first model works"))
        self.text.setText(
            self.tr(
                "You mapped 784 pixels to 10 probabilities, trained the mapping with backpropagation and "
                "read your own handwriting with it. Try what the tutorial suggests next: sigmoid instead of "
                "ReLU, a Gaussian initialization, a smaller or larger learning rate, and compare the runs "
                "(select two in the Training panel and press Compare)."
            )
        )
        self._status(QStyle.StandardPixmap.SP_DialogApplyButton, "", theme.OK_COLOR)
        self.status_icon.hide()
        self.back_button.setEnabled(True)
        self.next_button.hide()
        self.do_button.hide()

    def _status(self, icon: QStyle.StandardPixmap, text: str, color: object) -> None:
        self.status_icon.setPixmap(self.style().standardIcon(icon).pixmap(16, 16))
        self.status_icon.setVisible(bool(text))
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if color is not None:
            tint(self.status, color)  # type: ignore[arg-type]
        else:
            self.status.setPalette(self.palette())

    def _on_link(self, href: str) -> None:
        if href.startswith("step:"):
            self.step_requested.emit(int(href.removeprefix("step:")))
