"""Starts the real `router serve` in a subprocess (under the network audit hook) for tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from fake_anthropic import free_port

LAUNCHER = Path(__file__).with_name("launch_audited.py")


@dataclass
class RouterProcess:
    url: str
    log_path: Path
    audit_path: Path
    process: subprocess.Popen[bytes]

    def log(self) -> str:
        return self.log_path.read_text()

    def network_attempts(self) -> list[str]:
        return self.audit_path.read_text().splitlines() if self.audit_path.exists() else []

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_router(workdir: Path, config_yaml: str | None, env: dict[str, str]) -> RouterProcess:
    """Starts `router serve` on a free port in `workdir` and waits until it answers.

    With `config_yaml=None` no file exists, so the router runs on its embedded defaults.
    """
    port = free_port()
    args = ["serve", "--port", str(port)]
    if config_yaml is not None:
        config = workdir / "config.yaml"
        config.write_text(config_yaml)
        args += ["--config", str(config)]
    log_path, audit_path = workdir / "router.log", workdir / "network-audit.log"
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("ROUTER_", "ANTHROPIC"))}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, str(LAUNCHER), str(audit_path), *args],
            cwd=workdir,
            env={**base_env, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    router = RouterProcess(f"http://127.0.0.1:{port}", log_path, audit_path, process)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"router exited with {process.returncode}:\n{router.log()}")
        try:
            httpx.get(router.url + "/healthz", timeout=1)
            return router
        except httpx.TransportError:
            time.sleep(0.1)
    router.stop()
    raise RuntimeError(f"router did not answer within 60 s:\n{router.log()}")
