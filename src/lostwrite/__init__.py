"""lostwrite: find, watch for, recover from and heal lost writes."""

__version__ = "0.1.0"
