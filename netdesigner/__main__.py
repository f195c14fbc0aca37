import sys

from netdesigner.cli import main

sys.exit(main())
