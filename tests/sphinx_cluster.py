"""A throwaway Sphinx cluster for tests and benchmarks: N `searchd` shards plus a head node holding the
distributed index, all on 127.0.0.1 free ports, all files in one folder.

Every process is started with --nodetach and stopped by its pid (SIGTERM, then SIGKILL), so nothing
survives the test run even when a test fails half-way.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from qa.sphinx import schema_lines

SEARCHD = shutil.which("searchd")


def free_port() -> int:
    """A free port below Linux's ephemeral range (32768+), so that no outgoing connection of any process
    takes it while a shard restarts; random, so parallel test runs rarely meet."""
    while True:
        port = random.randint(20000, 32000)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        if port not in _TAKEN:
            _TAKEN.add(port)
            return port


_TAKEN: set[int] = set()  # ports handed out by this process: two nodes never get the same one


def _wait_port(port: int, proc: subprocess.Popen, log: Path, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None or b"bind() failed" in log.read_bytes():
            raise RuntimeError(f"searchd did not start: {log.read_text(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"searchd did not listen on {port} within {timeout}s")


@dataclass
class Node:
    name: str
    folder: Path
    sql_port: int
    api_port: int
    conf: Path
    proc: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.sql_port}"

    def start(self) -> None:
        log = self.folder / "searchd.out"
        log.write_bytes(b"")
        out = open(log, "ab")  # noqa: SIM115 - the process owns it until stop()
        self.proc = subprocess.Popen([SEARCHD, "--nodetach", "-c", str(self.conf)], stdout=out, stderr=out,
                                     cwd=self.folder)
        out.close()
        try:
            _wait_port(self.sql_port, self.proc, log)
        except RuntimeError:
            self.kill()
            raise

    def stop(self) -> None:
        """Stop by pid: SIGTERM (searchd saves its RAM chunk), SIGKILL if it hangs."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)

    def kill(self) -> None:
        """A crash: SIGKILL, no shutdown work."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(5)


@dataclass
class Cluster:
    """`shards` RT shards and a head with the distributed index `index` over them."""

    folder: Path
    shards: int = 2
    index: str = "qa_dist"
    shard_index: str = "qa_rt"
    nodes: list[Node] = field(default_factory=list)
    head: Node | None = None

    @property
    def global_idf(self) -> Path:
        return self.folder / "global.idf"

    def write(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        for n in range(self.shards):
            folder = self.folder / f"shard{n}"
            folder.mkdir(exist_ok=True)
            node = Node(f"shard{n}", folder, free_port(), free_port(), folder / "sphinx.conf")
            body = "\n    ".join(
                ["type = rt", f"path = {folder / self.shard_index}", *schema_lines(),
                 f"global_idf = {self.global_idf}", "rt_mem_limit = 256M"])
            node.conf.write_text(
                f"index {self.shard_index}\n{{\n    {body}\n}}\n" + _searchd_block(node))
            self.nodes.append(node)
        folder = self.folder / "head"
        folder.mkdir(exist_ok=True)
        self.head = Node("head", folder, free_port(), free_port(), folder / "sphinx.conf")
        agents = "\n    ".join(f"agent = 127.0.0.1:{n.api_port}:{self.shard_index}" for n in self.nodes)
        self.head.conf.write_text(
            f"index {self.index}\n{{\n    type = distributed\n    {agents}\n"
            "    agent_connect_timeout = 500\n    agent_query_timeout = 5000\n}\n" + _searchd_block(self.head))

    def start(self) -> Cluster:
        for attempt in range(3):  # a port taken between choosing and binding it: choose again
            if not self.nodes:
                self.write()
            try:
                for node in [*self.nodes, self.head]:
                    if node.proc is None:
                        node.start()
                return self
            except RuntimeError:
                self.stop()
                self.nodes, self.head = [], None
                if attempt == 2:
                    raise
        return self

    def stop(self) -> None:
        for node in [*self.nodes, self.head]:
            if node is not None:
                node.stop()

    def reload_idf(self, timeout: float = 10.0) -> None:
        """Make every shard re-read the global IDF file without a restart: SIGHUP (Sphinx 2.2.11 re-reads a
        changed global_idf file on it), then wait until its log says the rotation is done."""
        for node in self.nodes:
            log = node.folder / "searchd.log"
            before = log.read_bytes().count(b"rotating finished") if log.exists() else 0
            assert node.proc is not None
            node.proc.send_signal(signal.SIGHUP)
            deadline = time.monotonic() + timeout
            while log.read_bytes().count(b"rotating finished") <= before:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{node.name} did not finish its SIGHUP rotation within {timeout}s")
                time.sleep(0.02)

    def restart_shards(self) -> None:
        """Restart every shard (searchd reads global_idf only at startup); the RT data persists."""
        for node in self.nodes:
            node.stop()
            node.start()

    def settings(self) -> dict:
        """The `index.sphinx` config block for this cluster."""
        return {"head": self.head.endpoint, "nodes": [n.endpoint for n in self.nodes], "index": self.index,
                "shard_index": self.shard_index, "global_idf": str(self.global_idf)}

    def pids(self) -> list[int]:
        return [n.proc.pid for n in [*self.nodes, self.head] if n is not None and n.proc is not None]


def _searchd_block(node: Node) -> str:
    f = node.folder
    return (
        "searchd\n{\n"
        f"    listen = 127.0.0.1:{node.api_port}\n"
        f"    listen = 127.0.0.1:{node.sql_port}:mysql41\n"
        f"    log = {f / 'searchd.log'}\n"
        f"    pid_file = {f / 'searchd.pid'}\n"
        f"    binlog_path = {f}\n"
        "    workers = threads\n"
        "    watchdog = 0\n"
        "    max_children = 64\n"
        "    seamless_rotate = 0\n"
        "}\n"
    )


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
