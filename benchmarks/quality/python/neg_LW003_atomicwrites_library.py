# negative LW003: settings saved through the atomicwrites library (temp file, fsync, rename)
import yaml
from atomicwrites import atomic_write

SETTINGS_FILE = "/etc/kiosk/settings.yaml"


def update_settings(settings: dict, changes: dict) -> dict:
    settings = {**settings, **changes}
    with atomic_write(SETTINGS_FILE, overwrite=True) as fh:
        yaml.safe_dump(settings, fh)
    return settings
