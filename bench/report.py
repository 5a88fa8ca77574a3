#!/usr/bin/env python3
"""Turns bench/work/results.jsonl into the markdown tables of docs/benchmarks.md."""
import json, platform, subprocess, sys, datetime, collections

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
print(f"Machine: {cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; "
      f"{datetime.date.today()}; Java {platform.python_version() and subprocess.run(['sh','-c','java -version 2>&1 | head -1'], capture_output=True, text=True).stdout.strip()}\n")
print("| corpus | ready (ms) | idle RSS (MB) |\n|---|---|---|")
for r in rows:
    if r["op"] == "startup":
        print(f"| {r['size']} | {r['ready_ms']} | {r['idle_rss_mb']} |")
print()
print("| corpus | operation | via | c | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|---|")
p50 = {}
for r in rows:
    if r["op"] == "startup":
        continue
    x = r["result"]
    p50[(r["size"], r["op"], r["mode"], r["concurrency"])] = x["p50_ms"]
    if x["requests"] == 0:
        print(f"| {r['size']} | {r['op']} | {r['mode']} | {r['concurrency']} | 0 | none completed in {x['seconds']:.0f} s | - | {x['errors']} |")
        p50[(r["size"], r["op"], r["mode"], r["concurrency"])] = None
        continue
    print(f"| {r['size']} | {r['op']} | {r['mode']} | {r['concurrency']} | {x['rps']:.0f} | {x['p50_ms']:.1f} | {x['p99_ms']:.1f} | {x['errors']} |")
print()
print("| corpus | operation | c | GraphQL p50 / same Cypher in-process over HTTP p50 | GraphQL p50 / same Cypher via driver p50 | GraphQL p50 / best hand-written Cypher p50 |\n|---|---|---|---|---|---|")
def ratio(g, other):
    return f"{g / other:.2f}" if g and other else "-"
for (size, op, mode, c), g in sorted(p50.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][3])):
    if mode == "graphql" and any((size, op, m, c) in p50 for m in ("in-process", "cypher")):
        print(f"| {size} | {op} | {c} | {ratio(g, p50.get((size, op, 'in-process', c)))} | {ratio(g, p50.get((size, op, 'cypher', c)))} "
              f"| {ratio(g, p50.get((size, op, 'best', c)))} |")
sizes = sorted({k[0] for k in p50})
print()
print("| operation | c | p50 at each size / p50 on seed |\n|---|---|---|")
for op in sorted({k[1] for k in p50 if k[2] == "graphql"}):
    for c in sorted({k[3] for k in p50}):
        base = p50.get(("seed", op, "graphql", c))
        if base:
            parts = [(f"{s}: {p50[(s, op, 'graphql', c)] / base:.2f}" if p50[(s, op, 'graphql', c)] else f"{s}: none completed")
                     for s in sizes if s != "seed" and (s, op, "graphql", c) in p50]
            print(f"| {op} | {c} | {', '.join(parts)} |")
