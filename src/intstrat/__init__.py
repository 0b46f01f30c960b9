"""intstrat: a cluster's internationalisation strategy as data, audited and rendered."""

__version__ = "0.1.0"
