"""The frozen app's entry point: the ``netdesigner`` command, which opens the window by default."""

import multiprocessing
import sys

from netdesigner.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
