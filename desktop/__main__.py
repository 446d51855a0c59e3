"""``python -m desktop`` is the same as the ``diaspora-events`` command."""

import sys

from desktop.cli import main

sys.exit(main())
