# positive LW007: a click import command calls ctx.exit(1) on IntegrityError while inserting, printing nothing about the failed row
import csv
import sqlite3

import click


@click.command()
@click.argument("csv_path", type=click.Path(exists=True))
@click.option("--db", default="members.db")
@click.pass_context
def import_members(ctx: click.Context, csv_path: str, db: str) -> None:
    conn = sqlite3.connect(db)
    with open(csv_path, newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                with conn:
                    conn.execute(
                        "INSERT INTO members (email, name) VALUES (?, ?)",
                        (row["email"], row["name"]),
                    )
            except sqlite3.IntegrityError:
                ctx.exit(1)
    click.echo("import complete")


if __name__ == "__main__":
    import_members()
