"""`make hub`: a JupyterHub for the course on this machine, until Ctrl-C; then removed.

    sudo .venv/bin/python -m hub [--prefix /srv/ckl-hub] [--port 8000] [--ip 127.0.0.1]

Sets everything up (hub/deploy.py: accounts ckl-instructor, ckl-student1 and
ckl-student2 with random passwords, printed; the course directory; the exchange), runs
JupyterHub in the foreground, and on Ctrl-C stops it and removes the accounts and the
prefix folder again (class data included: copy out what you want to keep).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from pathlib import Path

from hub.deploy import ClassHub, HubUnavailable


def _interrupt(*_):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make hub", description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", type=Path, default=Path("/srv/ckl-hub"))
    parser.add_argument("--ip", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    hub = ClassHub(args.prefix, ip=args.ip, port=args.port)
    try:
        print(f"Setting up the hub in {args.prefix} ...", flush=True)
        hub.set_up()
        hub.start(log=sys.stdout)
    except HubUnavailable as error:
        print(f"make hub: {error}", file=sys.stderr)
        hub.take_down()
        return 2
    except BaseException:
        hub.take_down()
        raise
    print(f"\nJupyterHub for the course: {hub.url}/hub/login")
    for user in hub.users:
        role = "instructor" if user == hub.instructor else "student"
        print(f"  {role:10} {user:14} password {hub.passwords[user]}")
    print("Ctrl-C stops the hub and removes the accounts and everything in", args.prefix)
    signal.signal(signal.SIGTERM, _interrupt)
    with contextlib.suppress(KeyboardInterrupt):
        hub.process.wait()
    left = hub.take_down()
    if left:
        print("still there:", *left, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
