"""Start-up of `qa repl` on seeds/: time from launch to the first prompt (target < 3 s), and where it goes.

Runs the real console script in a pseudo-terminal (pexpect) several times and prints medians:
  interpreter      `python -c pass`
  imports          `import qa.repl` (jieba, jieba.posseg, numpy/scipy, opencc, the composer …)
  engine           Engine.load on seeds/ with a warm index cache (jieba's dictionary load is most of it)
  first prompt     `qa repl` launch → the prompt is drawn
  first answer     the first question typed → its answer printed
  start-up CPU     user+sys CPU seconds of `qa repl </dev/null` (loads, finds no input, exits): the figure
                   that does not grow when other jobs share the cores
The index cache is a temporary folder, warmed by one untimed run. Not part of the test run.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parents[1]
QA = Path(sys.executable).with_name("qa")
PROMPT = "问>"


def write_config(folder: Path) -> Path:
    path = folder / "config.yaml"
    path.write_text(
        f"index:\n  cache_dir: {folder / 'cache'}\n"
        f"tokenizer:\n  user_dict: {ROOT / 'config/userdict.txt'}\n  stopwords: {ROOT / 'config/stopwords.txt'}\n",
        encoding="utf-8",
    )
    return path


def python_seconds(code: str, env: dict) -> float:
    """Wall time of a fresh interpreter running `code` (which prints its own inner timing, if any)."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)
    return time.perf_counter() - t0


def inner_seconds(code: str, env: dict) -> float:
    out = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def cpu_seconds(config: Path, env: dict) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([str(QA), "repl", "--config", str(config), "--corpus", str(ROOT / "seeds")], check=True, env=env,
                   stdin=subprocess.DEVNULL, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def repl_seconds(config: Path, history: Path, env: dict) -> tuple[float, float]:
    t0 = time.perf_counter()
    child = pexpect.spawn(str(QA), ["repl", "--config", str(config), "--corpus", str(ROOT / "seeds"),
                                    "--history", str(history)], env=env, encoding="utf-8", timeout=60,
                          dimensions=(40, 200))
    child.expect(PROMPT)
    prompt = time.perf_counter() - t0
    t1 = time.perf_counter()
    child.sendline("安吉县综治中心整合了多少个部门？")
    child.expect("答：|资料中")
    child.expect(PROMPT)
    answer = time.perf_counter() - t1
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    return prompt, answer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (default 5)")
    args = parser.parse_args()
    env = dict(os.environ, PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm", NO_COLOR="1")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = write_config(folder)
        history = folder / "history"
        repl_seconds(config, history, env)  # warm the index cache and the OS file cache
        load = (f"import time; t = time.perf_counter(); from qa.engine import Engine; "
                f"Engine.load({str(config)!r}, corpus={str(ROOT / 'seeds')!r}); print(time.perf_counter() - t)")
        imports = "import time; t = time.perf_counter(); import qa.repl; print(time.perf_counter() - t)"
        rows = {"interpreter": [], "imports": [], "imports+engine": [], "first prompt": [], "first answer": [],
                "start-up CPU": []}
        for _ in range(args.runs):
            rows["interpreter"].append(python_seconds("pass", env))
            rows["imports"].append(inner_seconds(imports, env))
            rows["imports+engine"].append(inner_seconds(load, env))
            prompt, answer = repl_seconds(config, history, env)
            rows["first prompt"].append(prompt)
            rows["first answer"].append(answer)
            rows["start-up CPU"].append(cpu_seconds(config, env))
    print(f"qa repl start-up on seeds/, {args.runs} runs, load average {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} cores")
    for name, values in rows.items():
        print(f"  {name:>15}: median {statistics.median(values):6.3f} s   "
              f"(min {min(values):.3f}, max {max(values):.3f})")
    median = statistics.median(rows["first prompt"])
    print(f"  target: first prompt < 3 s → {'met' if median < 3 else 'NOT met'} ({median / 3:.2f}× the budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
