#!/usr/bin/env python3
"""Measures what `whosaid annotate --jobs 2` gains over `--jobs 1`, against what
this machine gives two independent `--jobs 1` processes on the two halves of
the same articles, measured in the same rounds (shared machines do not always
give a second core in full). Prints each round and the median and spread of

    efficiency = (T(jobs 1) / T(jobs 2)) / (T(jobs 1) / T(two processes)) = T(two processes) / T(jobs 2)

which should be at least 0.9. When the machine has no second core to give,
the efficiency says little; the CPU seconds each configuration used (user +
system, all processes) show the cost of threading independently of the load.

    scripts/batch/parallel_speedup.py [--whosaid .build/release/whosaid] [--rounds 15] DIR
"""
import argparse
import os
import resource
import statistics
import subprocess
import tempfile
import time


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(commands):
    """Wall and CPU seconds of running the commands concurrently, output discarded."""
    start, start_cpu = time.perf_counter(), cpu_seconds()
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL) for command in commands]
    for process in processes:
        if process.wait() != 0:
            raise SystemExit(f"{process.args} exited with {process.returncode}")
    return time.perf_counter() - start, cpu_seconds() - start_cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--whosaid", default=".build/release/whosaid")
    parser.add_argument("--rounds", type=int, default=15)
    arguments = parser.parse_args()
    whosaid = os.path.abspath(arguments.whosaid)
    articles = sorted(
        os.path.join(root, name)
        for root, _, names in os.walk(arguments.directory)
        for name in names if name.endswith(".txt"))
    with tempfile.TemporaryDirectory() as scratch:
        halves = [os.path.join(scratch, "half0"), os.path.join(scratch, "half1")]
        for index, article in enumerate(articles):  # alternate, so the halves weigh about the same
            half = halves[index % 2]
            os.makedirs(half, exist_ok=True)
            os.symlink(os.path.abspath(article), os.path.join(half, f"{index:06d}.txt"))
        annotate = [whosaid, "annotate", "--quiet"]
        one = annotate + [arguments.directory, "--jobs", "1"]
        two = annotate + [arguments.directory, "--jobs", "2"]
        pair = [annotate + [half, "--jobs", "1"] for half in halves]
        timed([one])  # warm the page cache
        efficiencies, cpu = [], {"jobs 1": [], "jobs 2": [], "two processes": []}
        print(f"{len(articles)} articles; wall (CPU) seconds per round: jobs 1, jobs 2, two processes")
        for round_number in range(arguments.rounds):
            (single, single_cpu), (double, double_cpu), (independent, pair_cpu) = timed([one]), timed([two]), timed(pair)
            efficiencies.append(independent / double)
            for name, seconds in zip(cpu, (single_cpu, double_cpu, pair_cpu)):
                cpu[name].append(seconds)
            print(f"round {round_number + 1:2d}: {single:6.3f} ({single_cpu:5.3f}) {double:6.3f} ({double_cpu:5.3f}) "
                  f"{independent:6.3f} ({pair_cpu:5.3f}); speed-up jobs 2 {single / double:4.2f}, "
                  f"two processes {single / independent:4.2f}, efficiency {efficiencies[-1]:4.2f}")
        quartiles = statistics.quantiles(efficiencies, n=4)
        print(f"efficiency median {statistics.median(efficiencies):.2f}, quartiles {quartiles[0]:.2f}-{quartiles[2]:.2f}, "
              f"range {min(efficiencies):.2f}-{max(efficiencies):.2f} over {arguments.rounds} rounds")
        print("median CPU seconds: " + ", ".join(f"{name} {statistics.median(values):.3f}" for name, values in cpu.items()))


if __name__ == "__main__":
    main()
