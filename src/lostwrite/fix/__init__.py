"""Heal: apply the safe, local fixes for findings (``scan --fix``) or show them (``--diff``)."""
