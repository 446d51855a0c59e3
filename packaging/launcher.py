"""The bundle's entry point: the same as ``python -m desktop`` and ``diaspora-events``."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
