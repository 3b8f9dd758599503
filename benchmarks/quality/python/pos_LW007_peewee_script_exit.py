# positive LW007: a migration script wraps Peewee inserts in db.atomic() and exits with code 1 on IntegrityError, silently
import sys

import peewee

db = peewee.SqliteDatabase("app.db")


class Tag(peewee.Model):
    name = peewee.CharField(unique=True)

    class Meta:
        database = db


def migrate(names: list[str]) -> None:
    try:
        with db.atomic():
            for name in names:
                Tag.create(name=name)
    except peewee.IntegrityError:
        sys.exit(1)


if __name__ == "__main__":
    migrate(sys.argv[1:])
