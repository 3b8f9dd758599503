# positive LW007: click command raises click.exceptions.Exit(1) when the bulk insert fails; click prints nothing and the error is discarded
"""`inventoryctl load FILE`: loads a stock-take into the inventory database."""

from __future__ import annotations

import json
from pathlib import Path

import click
from inventory.schema import stock_counts
from sqlalchemy import create_engine, insert
from sqlalchemy.exc import SQLAlchemyError


@click.command()
@click.argument("stocktake", type=click.Path(exists=True, path_type=Path))
@click.option("--db", envvar="INVENTORY_DB", required=True)
def load(stocktake: Path, db: str) -> None:
    counts = json.loads(stocktake.read_text())
    engine = create_engine(db)
    try:
        with engine.begin() as conn:
            conn.execute(insert(stock_counts), counts)
    except SQLAlchemyError:
        raise click.exceptions.Exit(1) from None
    click.echo(f"loaded {len(counts)} counts from {stocktake.name}")


if __name__ == "__main__":
    load()
