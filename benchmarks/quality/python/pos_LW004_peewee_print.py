# positive LW004: a Peewee bulk insert inside db.atomic() whose PeeweeException is printed and ignored
import peewee

db = peewee.SqliteDatabase("inventory.db")


class Item(peewee.Model):
    sku = peewee.CharField(unique=True)
    qty = peewee.IntegerField()

    class Meta:
        database = db


def load_items(rows: list[dict]) -> int:
    try:
        with db.atomic():
            Item.insert_many(rows).execute()
    except peewee.PeeweeException as exc:
        print(f"load failed: {exc}")
    return len(rows)
