# negative LW007: the click import command prints the failing row and error to stderr before ctx.exit(1)
import csv
import sqlite3

import click


@click.command()
@click.argument("csv_path", type=click.Path(exists=True))
@click.pass_context
def import_members(ctx: click.Context, csv_path: str) -> None:
    conn = sqlite3.connect("members.db")
    with open(csv_path, newline="") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            try:
                with conn:
                    conn.execute(
                        "INSERT INTO members (email, name) VALUES (?, ?)",
                        (row["email"], row["name"]),
                    )
            except sqlite3.IntegrityError as exc:
                click.echo(
                    f"{csv_path}:{lineno}: member {row['email']} not imported: {exc}", err=True
                )
                ctx.exit(1)
