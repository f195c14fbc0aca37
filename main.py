"""Start NetDesigner from a source checkout (``make run``).

Until the designer window lands, this trains the tutorial's first network on the bundled
digits in the terminal; with arguments it is the ``netdesigner`` command.
"""

import sys

from netdesigner.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["train", "first-mlp"]))
