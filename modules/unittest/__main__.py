"""Main entry point: `python -m unittest` runs the tests named on the command line, or
those discovery finds."""

import os
import sys

__unittest = True

if sys.argv[0].endswith('__main__.py'):
    sys.argv[0] = os.path.basename(sys.executable) + ' -m unittest'

from unittest import main

main(module=None)
