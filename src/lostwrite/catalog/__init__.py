"""The pattern catalog: one TOML data file per lost-write pattern, and the loader for them."""

from lostwrite.catalog.loader import (
    Catalog,
    CatalogError,
    FixArchetype,
    Pattern,
    load_catalog,
)

__all__ = ["Catalog", "CatalogError", "FixArchetype", "Pattern", "load_catalog"]
