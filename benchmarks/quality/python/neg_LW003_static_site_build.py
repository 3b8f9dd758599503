# negative LW003: a static-site build renders pages into a fresh output directory it recreates each run
import shutil
from pathlib import Path

from jinja2 import Environment, FileSystemLoader


def build(pages: list[dict], templates: Path, out_dir: Path) -> None:
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    env = Environment(loader=FileSystemLoader(templates), autoescape=True)
    template = env.get_template("page.html")
    for page in pages:
        (out_dir / f"{page['slug']}.html").write_text(template.render(**page), encoding="utf-8")
