#!/usr/bin/env python3
"""Many synthetic plan folders, the shape of a province or of the ministry, for the rollup
benchmark (docs/performance.md).

Usage: generate_plans.py OUT_DIR [--size smoke|province|ministry] [--plans N] [--schools TOTAL]
                         [--periods 1,2,3,4] [--seed S] [--force]

Writes OUT_DIR/office-001 ... OUT_DIR/office-N, each a plan folder made by generate_plan.py
(plan id office-NNN, its own seed), the schools shared out evenly: the ministry's shape is 700
district offices with about 40,000 schools in all, four quarters (~160,000 files). The same
arguments give the same bytes; a folder already made with the same arguments is kept (the
record is OUT_DIR/.generated), unless --force.
"""

import argparse
import hashlib
import sys
from pathlib import Path

import generate_plan

SIZES = {"smoke": (4, 40), "province": (10, 1000), "ministry": (700, 40000)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", choices=sorted(SIZES), default="smoke")
    parser.add_argument("--plans", type=int, help="number of plan folders (overrides --size)")
    parser.add_argument("--schools", type=int, help="schools in all (overrides --size)")
    parser.add_argument("--periods", default="1,2,3,4")
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[2])
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    plans, schools = SIZES[args.size]
    plans = args.plans or plans
    schools = args.schools or schools
    periods = sorted({int(p) for p in args.periods.split(",") if p.strip()})
    if plans < 1 or schools < plans:
        parser.error("need at least one plan and one school per plan")
    version = hashlib.sha1(Path(generate_plan.__file__).read_bytes() +
                           Path(__file__).read_bytes()).hexdigest()[:12]
    stamp = (f"plans={plans} schools={schools} periods={','.join(map(str, periods))} "
             f"seed={args.seed} generator={version}\n")
    stamp_file = args.out / ".generated"
    ready = generate_plan.prepare_output(args.out, stamp, args.force)
    if ready is not None:
        return ready
    args.out.mkdir(parents=True)
    files = total = 0
    for i in range(plans):
        share = schools // plans + (1 if i < schools % plans else 0)
        plan_id = f"office-{i + 1:03d}"
        made, size = generate_plan.generate(args.out / plan_id, share, periods,
                                            args.seed * 1000 + i, args.repo, plan_id)
        files += made
        total += size
    stamp_file.write_text(stamp)
    print(f"{args.out}: {plans} plans, {files} files, {total} bytes ({stamp.strip()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
