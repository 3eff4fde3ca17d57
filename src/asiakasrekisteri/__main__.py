"""Allow ``python -m asiakasrekisteri``."""

from __future__ import annotations

import sys

from asiakasrekisteri.cli import main

sys.exit(main())
