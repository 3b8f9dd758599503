# negative LW003: a nightly CSV report written with "w" to a new, timestamped file that nothing reads back as state
"""Nightly revenue report (Django management command)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from billing.models import Invoice
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Sum


class Command(BaseCommand):
    help = "Write today's revenue per plan to a new CSV file under REPORTS_DIR."

    def handle(self, *args, **options) -> None:
        today = date.today()
        out_dir = Path(settings.REPORTS_DIR)
        out_dir.mkdir(parents=True, exist_ok=True)
        out_path = out_dir / f"revenue-{today.isoformat()}.csv"
        rows = (
            Invoice.objects.filter(paid_at__date=today)
            .values("plan")
            .annotate(total=Sum("amount"))
            .order_by("plan")
        )
        with open(out_path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["plan", "total"])
            for row in rows:
                writer.writerow([row["plan"], row["total"]])
        self.stdout.write(self.style.SUCCESS(f"wrote {out_path}"))
