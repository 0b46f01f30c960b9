"""`python -m intstrat` runs the command line."""

from intstrat.cli import main

main()
