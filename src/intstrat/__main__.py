"""`python -m intstrat` runs the command line."""

import sys

try:
    from intstrat.cli import main
except KeyboardInterrupt:
    # Ctrl-C while the modules load: as quiet as an interrupt later on.
    sys.exit(130)

main()
