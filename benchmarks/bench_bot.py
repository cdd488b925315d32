"""Load on the Telegram bot: questions from many chats pushed in one burst through the fake Bot API.

Runs the real `qa bot` process against tests/fake_telegram.py on 127.0.0.1 (no Telegram involved), twice:
  limiter off  1,000 questions from 100 chats: every update answered exactly once; throughput (answers/s over
               the burst) and p50/p99 time from update pushed → reply received. Aim: ≥ 100 answers/s.
  limiter on   a shorter burst with AIORateLimiter on: the reply rate must hold at Telegram's ~30 messages/s
               (best and worst 1-second windows printed).
The index cache is a temporary folder; one untimed question warms each bot up. The bot's CPU per answer is
printed too: on a shared machine, wall-clock throughput mostly measures the neighbours. Not part of the test run.

    .venv/bin/python benchmarks/bench_bot.py [--questions 1000] [--chats 100] [--limited 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fake_telegram import BotProcess, FakeTelegram, write_config  # noqa: E402

QUESTIONS = [
    "全省建设更高水平平安浙江工作会议在哪里召开？",
    "千亩水杉的照片是谁拍的？",
    "2024年县级综治中心累计接待群众多少人次？",
    "东白马湖社区青年人群占比是多少？",
    "谁主持了会议？",
    "安吉县综治中心整合了多少个部门的力量？",
    "这篇报道是谁写的？",
    "今天天气怎么样？",  # declined
    "月均警情高达多少起？",
    "长兴县水口乡有什么景色？",
]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))]


def burst(tg: FakeTelegram, n: int, chats: int, first_chat: int, timeout: float) -> dict:
    """Push n questions from `chats` chats at once; wait for n replies; per-update latency and throughput."""
    chat_ids = [first_chat + i for i in range(chats)]
    sent_before = tg.sent_count
    updates = []
    for i in range(n):
        chat = chat_ids[i % chats]
        updates.append({"message": tg.make_message(chat, QUESTIONS[(i // chats + i) % len(QUESTIONS)])})
    ids = tg.push_many(updates)
    t0 = tg.pushed_at[ids[0]]
    tg.wait_for(lambda: tg.sent_count - sent_before >= n, timeout, f"{n} replies")
    time.sleep(1.0)  # anything answered twice would show up now
    # A chat's replies come in the order of its questions (one lock per chat), so the k-th reply answers the
    # k-th question of that chat.
    pushed = defaultdict(list)
    for uid, u in zip(ids, updates, strict=True):
        pushed[u["message"]["chat"]["id"]].append(tg.pushed_at[uid])
    latencies, reply_times = [], []
    counts = Counter()
    for chat in chat_ids:
        replies = [c.time for c in tg.sent(chat)]
        counts[len(replies) == len(pushed[chat])] += 1
        for t_push, t_reply in zip(pushed[chat], replies, strict=False):
            latencies.append(t_reply - t_push)
        reply_times.extend(replies)
    span = max(reply_times) - t0
    per_second = Counter(int(t - t0) for t in reply_times)
    full_seconds = [per_second[s] for s in range(int(span))] or [len(reply_times)]
    return {
        "replies": len(reply_times), "exactly_once": counts[True] == chats,
        "delivered_once": all(tg.deliveries.get(i) == 1 for i in ids),
        "seconds": span, "rate": len(reply_times) / span,
        "p50_ms": statistics.median(latencies) * 1000, "p99_ms": percentile(latencies, 99) * 1000,
        "window_max": max(full_seconds), "window_min": min(full_seconds),
        # aiolimiter's bucket starts full, so the first second may carry a double share; after it, the pace.
        "steady_rate": (len(reply_times) - per_second[0]) / (span - 1) if span > 1 else float("nan"),
    }


def sequential(tg: FakeTelegram, n: int, chat: int) -> float:
    """Median update → reply time of n questions asked one at a time (no queueing), ms."""
    times = []
    for i in range(n):
        before = len(tg.sent(chat))
        uid = tg.message(chat, QUESTIONS[i % len(QUESTIONS)])
        tg.wait_sent(chat, before + 1, timeout=60)
        times.append(tg.sent(chat)[before].time - tg.pushed_at[uid])
    return statistics.median(times) * 1000


def cpu_seconds(bot: BotProcess) -> float:
    """User+system CPU the bot process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{bot.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_bot(tg: FakeTelegram, folder: Path, name: str, args: list[str]) -> BotProcess:
    config = write_config(folder / f"{name}.yaml", folder / "cache", folder / f"{name}.sqlite3", poll_timeout=10)
    bot = BotProcess(tg, config, [ROOT / "seeds"], args=args, log=folder / f"{name}.log").start(timeout=300)
    tg.message(1, QUESTIONS[0])  # warm-up, untimed
    tg.wait_sent(1, len(tg.sent(1)) + 1, timeout=60)
    return bot


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=1000, help="questions in the unlimited burst")
    parser.add_argument("--chats", type=int, default=100, help="chats they come from")
    parser.add_argument("--limited", type=int, default=300, help="questions in the rate-limited burst (0: skip)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FakeTelegram() as tg:
        folder = Path(tmp)
        bot = run_bot(tg, folder, "unlimited", ["--no-rate-limit"])
        idle_ms = sequential(tg, 30, 2)
        cpu0 = cpu_seconds(bot)
        r = burst(tg, args.questions, args.chats, 10_000, timeout=600)
        cpu = cpu_seconds(bot) - cpu0
        rc = bot.stop()
        print(f"limiter off: {args.questions} questions from {args.chats} chats in one burst")
        print(f"  replies {r['replies']}, every chat answered exactly once: {r['exactly_once']}, "
              f"every update delivered once: {r['delivered_once']}, bot exit code {rc}")
        print(f"  throughput {r['rate']:.0f} answers/s ({r['seconds']:.2f} s for the burst)")
        print(f"  update → reply: p50 {r['p50_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms (the burst queues); "
              f"one question at a time: p50 {idle_ms:.1f} ms")
        print(f"  bot CPU {cpu * 1000 / args.questions:.1f} ms per answer (≈ {args.questions / cpu:.0f} answers/s "
              f"per free core; the figure that does not shrink when other jobs share the machine)")
        if args.limited:
            bot = run_bot(tg, folder, "limited", [])
            r = burst(tg, args.limited, args.chats, 20_000, timeout=600)
            rc = bot.stop()
            print(f"limiter on: {args.limited} questions from {args.chats} chats in one burst")
            print(f"  replies {r['replies']}, every chat answered exactly once: {r['exactly_once']}, "
                  f"bot exit code {rc}")
            print(f"  rate {r['rate']:.1f} messages/s over {r['seconds']:.1f} s, {r['steady_rate']:.1f}/s after the "
                  f"first second; full 1-second windows: max {r['window_max']}, min {r['window_min']} "
                  f"(Telegram's cap: ~30/s)")
            print(f"  update → reply: p50 {r['p50_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms (queueing behind the limit)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
