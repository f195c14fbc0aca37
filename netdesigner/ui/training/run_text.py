"""How the Training panel words a run: its outcome, its result in the run history, and a
duration as h:mm:ss."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from netdesigner.core.spec import RunRecord

OUTCOMES = {  # a run's outcome as the history says it
    "completed": QT_TRANSLATE_NOOP("TrainingPanel", "completed"),
    "stopped": QT_TRANSLATE_NOOP("TrainingPanel", "stopped"),
    "diverged": QT_TRANSLATE_NOOP("TrainingPanel", "diverged"),
    "failed": QT_TRANSLATE_NOOP("TrainingPanel", "failed"),
}


def duration(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return (
        f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        if seconds >= 3600
        else (f"{seconds // 60}:{seconds % 60:02d}")
    )


def outcome_text(outcome: str) -> str:
    return QCoreApplication.translate("TrainingPanel", OUTCOMES[outcome]) if outcome in OUTCOMES else outcome


def run_summary(record: RunRecord) -> str:
    if record.test:
        accuracy = f"{record.test['accuracy']:.1%}"
        result = QCoreApplication.translate("TrainingPanel", "{accuracy} test accuracy").format(accuracy=accuracy)
    else:
        result = outcome_text(record.outcome)
    return f"{record.id}: {record.name} · {result}"
