"""Runs the `router` CLI with an audit hook that logs every network attempt off loopback.

Usage: python launch_audited.py AUDIT_LOG router-args...
"""

import ipaddress
import sys


def _is_loopback(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if host in (None, "", "localhost"):  # None and "": a local bind, no remote target
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _install(log_path: str) -> None:
    def hook(event: str, args: tuple) -> None:
        if event == "socket.connect":
            address = args[1]
            host = address[0] if isinstance(address, tuple) else None
        elif event == "socket.getaddrinfo":
            host = args[0]
        else:
            return
        if not _is_loopback(host):
            with open(log_path, "a") as log:
                log.write(f"{event} {host!r}\n")

    sys.addaudithook(hook)


if __name__ == "__main__":
    _install(sys.argv[1])
    from router.cli import main

    sys.exit(main(sys.argv[2:]))
