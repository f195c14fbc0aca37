"""How far the student got in the guided first model, kept in the app's settings so that
closing the walkthrough, or NetDesigner, does not lose it."""

from __future__ import annotations

from dataclasses import dataclass, field

from netdesigner.ui import settings

STEP_KEY = "walkthrough/step"
SEEN_KEY = "walkthrough/seen"
FINISHED_KEY = "walkthrough/finished"


@dataclass
class Progress:
    """``reached``: the furthest step opened (0-based); ``seen``: events noticed (panels looked
    at, a sketch read); ``finished``: the last step was completed."""

    reached: int = 0
    seen: set[str] = field(default_factory=set)
    finished: bool = False


def _int(value: object) -> int:
    try:
        return max(0, int(str(value)))
    except ValueError:
        return 0


def load_progress(step_count: int) -> Progress:
    store = settings.settings()
    seen = store.value(SEEN_KEY, [])
    if isinstance(seen, str):  # QSettings gives a lone entry back as a string
        seen = [seen]
    finished = str(store.value(FINISHED_KEY, "false")).lower() == "true"
    reached = min(_int(store.value(STEP_KEY, 0)), max(0, step_count - 1))
    return Progress(reached, {s for s in seen or [] if isinstance(s, str) and s}, finished)


def save_progress(progress: Progress) -> None:
    store = settings.settings()
    store.setValue(STEP_KEY, progress.reached)
    store.setValue(SEEN_KEY, sorted(progress.seen))
    store.setValue(FINISHED_KEY, progress.finished)


def clear_progress() -> None:
    store = settings.settings()
    for key in (STEP_KEY, SEEN_KEY, FINISHED_KEY):
        store.remove(key)
