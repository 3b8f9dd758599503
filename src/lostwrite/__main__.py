"""Entry point for ``python -m lostwrite``."""

from lostwrite.cli import main

raise SystemExit(main())
