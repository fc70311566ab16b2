"""kzpk: a command-line research assistant on Kazakhstan–Pakistan relations."""

__version__ = "0.1.0"
