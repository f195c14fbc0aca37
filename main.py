"""Start NetDesigner from a source checkout (``make run``): opens the designer window.

With arguments it is the ``netdesigner`` command (e.g. ``python main.py summary first-mlp``).
"""

import sys

from netdesigner.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
