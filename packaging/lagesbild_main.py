"""PyInstaller entry point: the same as the ``lagesbild`` console script (app.launcher:main)."""

import sys

from app.launcher import main

if __name__ == "__main__":
    sys.exit(main())
