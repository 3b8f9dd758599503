# negative LW003: the config file is replaced with the atomicwrites library (temp file, fsync, rename), not rewritten in place
import configparser
import io

from atomicwrites import atomic_write

CONFIG = "/etc/mirrorbot/config.ini"


def set_option(section: str, key: str, value: str) -> None:
    parser = configparser.ConfigParser()
    parser.read(CONFIG)
    if not parser.has_section(section):
        parser.add_section(section)
    parser.set(section, key, value)
    buf = io.StringIO()
    parser.write(buf)
    with atomic_write(CONFIG, overwrite=True) as fh:
        fh.write(buf.getvalue())
