"""Paired A/B of the whole `ask`: two project checkouts (or two configs) in two processes over the same 200k
corpus, each question of bench_ask's stream asked of both back to back, the order alternating, CPU time.

On a shared, noisy machine two runs of bench_ask minutes apart can differ by 2×; asked in pairs, both codes see the
same noise, so the ratio of their means is what one costs against the other.

examples:
  python benchmarks/pair_ask.py . /tmp/old            # this checkout against another (its src/ and config/)
  python benchmarks/pair_ask.py /tmp/old .            # the slots swapped: run both ways, the pairs have a bias
  python benchmarks/pair_ask.py . . --config-a /tmp/off.yaml   # one option's cost (QA_CONFIG for A)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()


def child(root: str, n: int) -> None:
    """Load an engine from `root`'s code and config over the 200k corpus; answer question indexes from stdin."""
    sys.path.insert(0, str(HERE.parent))
    os.chdir(root)
    from bench_ask import BENCH_DIR, WARM_UP, questions
    from make_corpus import write_corpus

    from qa.config import load_config
    from qa.engine import Engine

    # each checkout's own index cache (its benchmarks/data, when it has one): two codes whose tag stores differ
    # would each delete the other's on a shared one, and rebuild their own on every run
    own = Path(root) / "benchmarks" / "data"
    config = load_config().replace(**{"index.cache_dir": str((own if own.is_dir() else BENCH_DIR / "data")
                                                             / "cache-200k")})
    engine = Engine(config, [write_corpus("200k", progress=False)])
    qs, _ = questions(n)
    for q in WARM_UP:
        engine.ask(q)
    print("ready", flush=True)
    for line in sys.stdin:
        t = time.process_time()
        a = engine.ask(qs[int(line)])
        print(f"{(time.process_time() - t) * 1000:.4f}\t{a.text!r}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("examples:")[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", nargs="?", help="checkout A (its src/ is imported, its config/ read)")
    ap.add_argument("b", nargs="?", help="checkout B")
    ap.add_argument("--config-a", help="QA_CONFIG for A")
    ap.add_argument("--config-b", help="QA_CONFIG for B")
    ap.add_argument("--questions", type=int, default=1000, help="questions of the stream (default 1000)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.questions)
        return 0
    if not (args.a and args.b):
        ap.error("two checkouts are needed: A and B")
    procs = []
    for root, cfg in ((args.a, args.config_a), (args.b, args.config_b)):
        root = str(Path(root).resolve())
        env = {**os.environ, "PYTHONPATH": f"{root}/src"}
        env.pop("QA_CONFIG", None)
        if cfg:
            env["QA_CONFIG"] = str(Path(cfg).resolve())
        procs.append(subprocess.Popen([sys.executable, str(HERE), "--child", root, "--questions",
                                       str(args.questions)],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env))
    for p in procs:
        if p.stdout is None or p.stdout.readline().strip() != "ready":
            print("pair_ask: a checkout failed to load (its error is above)", file=sys.stderr)
            return 1
    times: list[list[float]] = [[], []]
    differ = 0
    for i in range(args.questions):
        got = {}
        for k in ((0, 1) if i % 2 == 0 else (1, 0)):
            p = procs[k]
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write(f"{i}\n")
            p.stdin.flush()
            ms, got[k] = p.stdout.readline().rstrip("\n").split("\t", 1)
            times[k].append(float(ms))
        differ += got[0] != got[1]
    for p in procs:
        assert p.stdin is not None
        p.stdin.close()
        p.wait()
    for name, t in zip(("A", "B"), times, strict=True):
        p99 = sorted(t)[int(len(t) * 0.99) - 1]
        print(f"{name}: mean {statistics.mean(t):.2f} ms  p50 {statistics.median(t):.2f}  p99 {p99:.2f}")
    ratios = [a / b for a, b in zip(*times, strict=True) if b > 0]
    print(f"A / B: mean {statistics.mean(times[0]) / statistics.mean(times[1]):.3f}, median per question "
          f"{statistics.median(ratios):.3f}; answers differ: {differ} of {args.questions}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
