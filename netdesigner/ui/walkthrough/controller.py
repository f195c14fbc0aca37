"""Guided First Model: a dock that walks the student through building, training and using the
784-128-10 network of the tutorial, one checked step at a time.

``Walkthrough(window)`` adds the dock (hidden) and Help › Guided First Model…. Every change of
the document or the training session checks the open step again; Next is enabled only when it
holds. Progress is kept in the settings (progress.py), so closing and reopening resumes at the
step reached, or at the first earlier step that no longer holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from netdesigner.ui import dialogs
from netdesigner.ui.document import EditRefused
from netdesigner.ui.walkthrough import progress as stored
from netdesigner.ui.walkthrough.checks import Check, Situation
from netdesigner.ui.walkthrough.overlay import Highlight
from netdesigner.ui.walkthrough.panel import WalkthroughPanel
from netdesigner.ui.walkthrough.roles import find_roles
from netdesigner.ui.walkthrough.steps import Step, all_steps
from netdesigner.ui.walkthrough.targets import Target, in_window, resolve, reveal
from netdesigner.ui.walkthrough.training_checks import SEEN_GRADIENTS, SEEN_SKETCH, SEEN_WEIGHTS

if TYPE_CHECKING:
    from netdesigner.ui.main_window import MainWindow

ROOM_WIDTH = 300


class Walkthrough(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.steps: tuple[Step, ...] = all_steps()
        self.progress = stored.load_progress(len(self.steps))
        self.index = self.progress.reached
        self.finished_page = False
        self._pointing_at_next = False  # the open step is done: the highlight moves to Next
        self._blocked = False  # an earlier step no longer holds: nothing to point at here
        self.panel = WalkthroughPanel()
        self.dock = QDockWidget(self.tr("Guided First Model"), window)
        self.dock.setObjectName("walkthrough_dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.splitDockWidget(window.palette_dock, self.dock, Qt.Orientation.Vertical)
        self.dock.hide()
        self.highlight = Highlight(window, self._targets)
        self.action = QAction(self.tr("&Guided First Model…"), window)
        self.action.setStatusTip(self.tr("Build, train and use your first network, step by step"))
        self.action.triggered.connect(self.open)
        self._add_to_help_menu()
        self._connect()

    # -- building ----------------------------------------------------------------------------

    def _add_to_help_menu(self) -> None:
        help_menu = getattr(self.window, "help_menu", None)  # found by name: its title is translated
        if not isinstance(help_menu, QMenu):
            help_menu = self.window.menuBar().addMenu(self.tr("&Help"))
            self.window.help_menu = help_menu
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self.action)
        if first is not None:
            help_menu.insertSeparator(first)

    def _connect(self) -> None:
        window, doc, session = self.window, self.window.doc, self.window.session
        panel = self.panel
        panel.back_clicked.connect(self.back)
        panel.next_clicked.connect(self.next)
        panel.do_it_clicked.connect(self.do_it)
        panel.close_clicked.connect(self.close)
        panel.restart_clicked.connect(self.start_over)
        panel.step_requested.connect(self.go_to)
        self.dock.visibilityChanged.connect(self._on_visibility)
        doc.analysis_changed.connect(lambda _analysis: self.refresh())
        doc.runs_changed.connect(self.refresh)
        session.state_changed.connect(lambda _state: self.refresh())
        session.model_changed.connect(self.refresh)
        for dock in window.insight.docks.values():
            dock.visibilityChanged.connect(lambda _visible: self.refresh())
        window.sketch.pad.stroke_finished.connect(self.refresh)  # after the panel has its answer

    # -- questions ---------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Open and in view."""
        return self.dock.isVisible()

    def situation(self) -> Situation:
        session = self.window.session
        return Situation(
            self.window.doc.project,
            self.window.doc.analysis,
            training=session.busy,
            has_model=session.model is not None,
            seen=frozenset(self.progress.seen),
        )

    def step_number(self, key: str) -> int:
        return next(i for i, step in enumerate(self.steps) if step.key == key)

    def first_undone(self, situation: Situation, upto: int) -> tuple[int, Check] | None:
        """The first step before ``upto`` whose check fails, with that check."""
        for index, step in enumerate(self.steps[:upto]):
            check = step.check(situation)
            if not check.done:
                return index, check
        return None

    # -- commands ----------------------------------------------------------------------------

    def open(self) -> None:
        """Show the walkthrough at the step reached, or at the first earlier one that fails."""
        if self.dock.isHidden():
            self.dock.show()
            self._make_room()
        self.dock.raise_()
        self._resume()
        if not self.finished_page:
            self._reveal()

    def _resume(self) -> None:
        """Go to the step reached, or to the first earlier one that no longer holds."""
        self.progress = stored.load_progress(len(self.steps))
        self._note_events()
        undone = self.first_undone(self.situation(), self.progress.reached)
        self.finished_page = self.progress.finished and undone is None
        self.index = undone[0] if undone else self.progress.reached
        self.refresh()

    def _make_room(self) -> None:
        """Give the dock room to read beside the palette (only when just opened there)."""
        window, palette = self.window, self.window.palette_dock
        if self.dock.isFloating() or window.dockWidgetArea(self.dock) != window.dockWidgetArea(palette):
            return
        if self.dock.width() < ROOM_WIDTH:
            window.resizeDocks([self.dock], [ROOM_WIDTH], Qt.Orientation.Horizontal)
        if palette.isVisible():
            height = palette.height() + self.dock.height()
            window.resizeDocks([palette, self.dock], [height // 3, height - height // 3], Qt.Orientation.Vertical)

    def close(self) -> None:
        self.dock.hide()

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.steps):
            self.finished_page = False
            self.index = index
            self._enter()

    def back(self) -> None:
        """One step back; from the closing page, back to the last step."""
        self.go_to(self.index if self.finished_page else self.index - 1)

    def next(self) -> None:
        if self.finished_page or not self._may_advance(self.situation()):
            return
        if self.index == len(self.steps) - 1:
            self.progress.finished = True
            self.finished_page = True
            self._save()
            self.refresh()
            return
        self.go_to(self.index + 1)

    def do_it(self) -> None:
        step = self.steps[self.index]
        if step.do_it is None or self.finished_page:
            return
        try:
            step.do_it(self.window)
        except (EditRefused, ValueError) as refused:
            dialogs.error(self.window, self.tr("Guided First Model"), str(refused))
        self.refresh()

    def start_over(self) -> None:
        stored.clear_progress()
        self.progress = stored.Progress()
        self.go_to(0)

    # -- keeping up --------------------------------------------------------------------------

    def _enter(self) -> None:
        self.progress.reached = max(self.progress.reached, self.index)
        self._save()
        if not self.finished_page:
            self._reveal()
        self.refresh()

    def _reveal(self) -> None:
        for target in self.steps[self.index].targets:
            reveal(self.window, target)

    def _may_advance(self, situation: Situation) -> bool:
        return self.first_undone(situation, self.index + 1) is None

    def refresh(self) -> None:
        """Check the open step again and show the result; called on every relevant change."""
        if not self.active:
            self.highlight.stop()
            return
        self._note_events()
        if self.finished_page:
            self.panel.show_finished(len(self.steps))
            self.highlight.stop()
            return
        situation = self.situation()
        step = self.steps[self.index]
        check = step.check(situation)
        earlier = self.first_undone(situation, self.index)
        self.panel.show_step(self.index, self.steps, check, earlier, step.can_do(situation))
        self._pointing_at_next = self.panel.next_button.isEnabled()
        self._blocked = earlier is not None
        if self.highlight.active:
            self.highlight.refresh()
        else:
            self.highlight.start()

    def _note_events(self) -> None:
        """Remember what the last two steps ask for when it happens with the walkthrough open."""
        window, session = self.window, self.window.session
        if not self.dock.isVisible() or session.model is None or session.busy:
            return
        seen = set(self.progress.seen)
        if self.index >= self.step_number("inside"):
            for name, event in (("weights", SEEN_WEIGHTS), ("gradients", SEEN_GRADIENTS)):
                dock = window.insight.docks[name]
                if dock.isVisible() and not in_window(dock, dock.rect()).isEmpty():
                    seen.add(event)
        if self.index >= self.step_number("sketch") and window.sketch.probabilities is not None:
            seen.add(SEEN_SKETCH)
        if seen != self.progress.seen:
            self.progress.seen = seen
            self._save()

    def _targets(self) -> list[Target]:
        """What the highlight outlines: the step's widgets, or Next once the step is done."""
        if self.finished_page or self._blocked:
            return []
        if self._pointing_at_next:
            button = self.panel.next_button
            return [(button, QRect(button.rect()))]
        roles = find_roles(self.window.doc.project.network)
        return [target for name in self.steps[self.index].targets for target in resolve(self.window, name, roles)]

    def _on_visibility(self, visible: bool) -> None:
        if visible:  # also when the window's saved layout shows the dock at start-up
            self._resume()
        else:
            self.highlight.stop()

    def _save(self) -> None:
        stored.save_progress(self.progress)
