"""``python -m chronos FILE --dct DATE``: the same as the ``chronos`` command."""

import sys

from .cli import main

if __name__ == "__main__":  # guarded: pytest --doctest-modules imports this module
    sys.exit(main())
