#!/usr/bin/python3
"""Where the office trees live: a cache outside the clone, shared by every
clone on the machine and reused while it is intact.

    cache.py        prints the folder (office.mk calls it)

EPA_OFFICE_CACHE names it; the default is /var/cache/epa-addin/offices,
or, for a user who cannot write there, $XDG_CACHE_HOME/epa-addin/offices
(~/.cache/...).  Each tree in it (tests/office/unpack_office.py,
tests/office/chroot_office.py) carries a stamp written last: a tree without
it, or with a stamp for other packages, is made again; an intact one is used
as it is, without asking the network.
"""
import contextlib
import fcntl
import os
import sys

DEFAULT = "/var/cache/epa-addin/offices"


def office_cache():
    env = os.environ.get("EPA_OFFICE_CACHE")
    if env:
        return os.path.abspath(env)
    parent = DEFAULT
    while not os.path.exists(parent):
        parent = os.path.dirname(parent)
    if os.access(parent, os.W_OK | os.X_OK):
        return DEFAULT
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "epa-addin", "offices")


@contextlib.contextmanager
def locked(path):
    """An exclusive lock on path + '.lock' for the block: two clones (or two
    make runs) making the same tree wait for each other instead of both
    writing into it."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def read_stamp(path):
    """The first line of a stamp file, or None."""
    try:
        with open(path) as f:
            return f.readline().rstrip("\n")
    except OSError:
        return None


if __name__ == "__main__":
    print(office_cache())
    sys.exit(0)
