# negative LW003: open(..., "w") on a scratch file inside a TemporaryDirectory that is thrown away; nothing reads it back later
import json
import subprocess
import tempfile
from pathlib import Path


def render_pdf(invoice: dict) -> bytes:
    with tempfile.TemporaryDirectory() as work:
        spec = Path(work) / "invoice.json"
        with open(spec, "w", encoding="utf-8") as fh:
            json.dump(invoice, fh)
        out = Path(work) / "invoice.pdf"
        subprocess.run(["invoice-render", str(spec), "-o", str(out)], check=True)
        return out.read_bytes()
