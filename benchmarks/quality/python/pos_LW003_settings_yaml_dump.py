# positive LW003: settings.yaml is truncated and re-dumped in place by yaml.safe_dump
import yaml

SETTINGS_FILE = "/etc/kiosk/settings.yaml"


def update_settings(changes: dict) -> dict:
    with open(SETTINGS_FILE) as fh:
        settings = yaml.safe_load(fh) or {}
    settings.update(changes)
    with open(SETTINGS_FILE, "w") as fh:
        yaml.safe_dump(settings, fh, default_flow_style=False)
    return settings
