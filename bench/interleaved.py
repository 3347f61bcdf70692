#!/usr/bin/env python3
"""Time commands in turns, round after round, and print each one's median beside the first's.

On a shared VM the speed of the whole machine drifts by a third within minutes, so tools timed one
after the other (as run-peers.sh does) can be compared only roughly; timed in turns, each round sees
the same machine. Usage, from the repository root:

  python3 bench/interleaved.py /tmp/perf-corpus-10k 6 \\
      "rg=rg --no-config --no-unicode -j1 --vimgrep -o -f ../shared/bench/patterns.txt ." \\
      "consistency=dotnet /tmp/consistency-pub/consistency.dll check ."

Each argument after the round count is NAME=COMMAND; the command runs in the corpus folder with its
output read from a pipe, and may start with VAR=value environment settings. The first round is a
warm-up and is not counted. Ratios are medians over the first command's median.
"""
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time


def run(command, folder):
    words = shlex.split(command)
    env = dict(os.environ)
    while words and "=" in words[0] and not words[0].startswith(("/", ".")):
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(words, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    process.stdout.read()
    process.wait()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    folder, rounds = sys.argv[1], int(sys.argv[2])
    commands = [argument.split("=", 1) for argument in sys.argv[3:]]
    times = {name: [] for name, _ in commands}
    for round_number in range(rounds + 1):
        for name, command in commands:
            measured = run(command, folder)
            if round_number > 0:
                times[name].append(measured)
    first = None
    for name, _ in commands:
        walls = [wall for wall, _ in times[name]]
        cpus = [cpu for _, cpu in times[name]]
        median = statistics.median(walls)
        first = first or median
        print(f"{name:20s} median {median * 1000:7.0f} ms  min {min(walls) * 1000:7.0f} ms  "
              f"x{median / first:5.2f}  CPU median {statistics.median(cpus) * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
