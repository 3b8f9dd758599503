# positive LW003: guidance.json state file rewritten in place with open("w") + json.dump
import json
from pathlib import Path


def save_guidance(state_dir: Path, guidance: dict) -> None:
    guidance_path = state_dir / "guidance.json"
    with open(guidance_path, "w") as f:
        json.dump(guidance, f, indent=2)


def load_guidance(state_dir: Path) -> dict:
    with open(state_dir / "guidance.json") as f:
        return json.load(f)
