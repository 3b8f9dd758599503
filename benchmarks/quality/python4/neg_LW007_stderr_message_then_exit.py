# negative LW007: the CLI prints which stock-take failed and why on stderr (click.echo err=True) before Exit(1)
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
    except SQLAlchemyError as exc:
        click.echo(
            f"error: loading {stocktake} ({len(counts)} counts) failed, nothing was written: {exc}",
            err=True,
        )
        raise click.exceptions.Exit(1) from exc
    click.echo(f"loaded {len(counts)} counts from {stocktake.name}")
