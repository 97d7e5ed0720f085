#!/usr/bin/env python3
"""Sentence fuzzer for whosaid: generated news-like text instead of random bytes.

Random bytes seldom get past tokenizing and sentence splitting into the quote
stage's rules. This writes batches of documents built from templates (speaker,
cue and clause; quotations; datelines; "according to"; relative clauses; ...),
mutates some (words deleted, repeated, swapped; stray quotes, punctuation, line
breaks) and runs `whosaid annotate BATCH --out OUT` on each batch. When a batch
fails (non-zero exit, a failed document, a timeout), it bisects down to one
failing input and minimizes it: deletes words, then characters, while it fails
the same way (same error, timeout, or signal and crash site). Runs have
timeouts and SWIFT_BACKTRACE=enable=no, so a crash exits at once; only the crash
site and the report come from a run with the backtracer on.

Usage: scripts/fuzz-sentences.py --whosaid .build/release/whosaid \
           [--minutes 10] [--seed S] [--jobs 2] [--out DIR]

For each distinct failure N, --out (default: a new /tmp/whosaid-fuzz-*) gets
failure-N.txt (minimized input), failure-N.original.txt (generated input) and
failure-N.stderr.txt (how it failed, with a backtrace). Prints a summary and
exits 1 if any input failed, 0 otherwise.
"""
import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BATCH_SIZE = 1000
INPUT_TIMEOUT = 10  # seconds for one document; a batch gets 0.1 s more per document

PEOPLE = ["Marta Quill", "Dev Anand Rao", "Sen. Lorna Pike", "Dr. Felix Ng", "Ms. Ibarra", "Mr. Okafor",
          "Gov. Tess Varga", "Judge Hal Brandt", "Pike", "Quill", "Rao", "O'Hara", "Lu-Ann Dorsey",
          "Kofi Mensah Jr.", "Mayor Pike", "President Varga", "Ibarra"]
GROUPS = ["the council", "union leaders", "the ministry", "officials", "a spokeswoman", "the airline", "critics",
          "residents", "the regulator", "police", "the WHO", "most analysts", "three of the judges",
          "40 percent of voters", "the board's chairman", "a spokesman for the port authority", "the company"]
PRONOUNS = ["he", "she", "they", "it", "we", "I", "He", "She", "They", "We", "him", "her", "them"]
CUES = ["said", "says", "told reporters", "added", "warned", "argued", "insisted", "noted", "claimed", "denied",
        "stressed", "wrote", "tweeted", "announced", "said in a statement", "told", "asked", "replied",
        "conceded", "recalled", "explained", "predicted", "urged", "vowed", "criticized", "praised", "backed",
        "rejected", "is saying", "has said", "had said", "was quoted as saying", "saying", "adding", "say",
        "Says", "Said", "went on to say", "declined to comment", "pointed out", "made clear", "believes", "fears"]
CUE_PHRASES = ["according to", "According to", "in the words of", "as reported by", "citing", "quoted by",
               "sources close to", "a statement from", "per"]
CLAUSES = ["the deal is dead", "prices will rise", "the vote was rigged", "talks resumed", "nobody was hurt",
           "the plant should close", "it was a mistake", "we will appeal", "the strike is over", "rates fell",
           "the bridge reopens in June", "taxes are too high", "she was not there", "they won", "I lost"]
RELATIVES = ["who", "which", "that", "whom", "whose", "Who", "That"]
SUBORDINATORS = ["while", "although", "if", "because", "when", "since", "after", "unless", "whether", "as",
                 "While", "If", "When", "After"]
CONNECTIVES = ["and", "but", "or", "yet", "so", "nor", "And", "But"]
PREPOSITIONS = ["of", "for", "at", "with", "from", "in", "on", "by", "to", "about", "against", "amid"]
TIMES = ["Monday", "on Friday", "yesterday", "last week", "in 1998", "earlier", "ago", "today"]
AGENCIES = ["AP", "Reuters", "AFP", "UPI", "Xinhua", "dpa"]
PLACES = ["NAIROBI", "OSLO, Norway", "Boston", "LIMA, Peru", "Oct. 3", "GENEVA"]
HEADLINE_WORDS = ["Port", "Strike", "Rates", "Budget", "Will", "Must", "End", "Rise", "Fall"]
ODD_TOKENS = ["(AP)", "(D-Ore.)", "U.S.", "Inc.", "No.", "a.m.", "'90s", "Rao's", "Pike'", "don't", "can’t",
              "50%", "5 %", "$3", "#budget", "@quill", "https://ex.am/p", "info@ex.am", "…", "\u00a0", "\u200b",
              "\t", "ñ", "Zürich", "東京", "🙂", "e\u0301", "--", "—", "–", "()", "((", "?!", "’s", "n't", "§",
              "½", "\u2028", "\r", "1.", "b)", "3.5", "10,000"]
QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "``", "''", "«", "»", "„", "＂"]
PUNCTUATION = [",", ";", ":", "-", "--", "—", "–", "(", ")", ".", "!", "?", "...", "[", "]", "/", "…"]
LINE_BREAKS = ["\n", "\n\n", "\r\n", "\n \n", "\u2029", "\x0c"]
ENDINGS = [".", ".", ".", "", "?", "!", '."', ".”", "...", ":", ",", " —", ")."]
ALL_WORDS = (PEOPLE + GROUPS + PRONOUNS + CUES * 2 + CUE_PHRASES + CLAUSES + RELATIVES * 2 + SUBORDINATORS
             + CONNECTIVES + PREPOSITIONS + TIMES + ODD_TOKENS + QUOTE_MARKS + PUNCTUATION * 2)


class SentenceMaker:
    """Makes news-like documents from templates and mutations, reproducibly from a seed."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.pick = self.rng.choice

    def words(self, most=6):
        return " ".join(self.pick(ALL_WORDS) for _ in range(self.rng.randint(0, most)))

    def subject(self):
        p = self.pick
        return p([p(PEOPLE), p(PEOPLE), p(GROUPS), p(PRONOUNS), f"{p(PEOPLE + GROUPS)}, {p(RELATIVES)}"])

    def clause(self):
        p = self.pick
        return p([p(CLAUSES), p(CLAUSES), f"{self.subject()} {p(CLAUSES)}", f"that {p(CLAUSES)} {p(TIMES)}",
                  f"{p(SUBORDINATORS)} {p(CLAUSES)}", self.words()])

    def quoted(self, text):
        opening, closing = self.pick([('"', '"'), ("“", "”"), ("‘", "’"), ("``", "''"), ("«", "»"),
                                      (self.pick(QUOTE_MARKS), ""), ("", self.pick(QUOTE_MARKS))])
        return opening + text + closing

    def dateline(self):
        return self.pick([f"({self.pick(AGENCIES)})", f"{self.pick(PLACES)} ({self.pick(AGENCIES)}) —",
                          f"{self.pick(PLACES)} --", f"{self.pick(PLACES)} ({self.pick(AGENCIES)}) -"])

    def sentence(self):
        s, c, q, p, end = self.subject, self.clause, self.quoted, self.pick, self.pick(ENDINGS)
        templates = [
            lambda: f"{s()} {p(CUES)} {c()}{end}",
            lambda: f"{s()} {p(CUES)}{end}",
            lambda: f"{c()}, {s()} {p(CUES)}{end}",
            lambda: f"{c()}, {p(CUES)} {s()}{end}",
            lambda: f"{c()}, {s()} {p(CUES)} {p(TIMES)}, {c()}{end}",
            lambda: f"{q(c() + p([',', '.', '?', '']))} {s()} {p(CUES)}{end}",
            lambda: f"{q(c() + ',')} {p(CUES)} {s()}. {q(c() + '.')}",
            lambda: f"{s()} {p(CUES)}: {q(c() + end)}",
            lambda: f"{p(PEOPLE)}: {q(c())}",
            lambda: f"{p(CUE_PHRASES)} {s()}, {c()}{end}",
            lambda: f"{c()}, {p(CUE_PHRASES)} {s()}{end}",
            lambda: f"{s()} {p(CUES)} {p(GROUPS)}, {p(RELATIVES)} {p(CUES)} {c()}, {c()}{end}",
            lambda: f"{p(PEOPLE)}, {p(RELATIVES)} {p(CUES)} {c()}, {p(CUES)} {c()}{end}",
            lambda: f"{p(SUBORDINATORS)} {s()} {p(CUES)} {c()}, {c()}{end}",
            lambda: f"{s()} {p(CUES)} {c()} {p(CONNECTIVES)} {p(CUES)} {c()}{end}",
            lambda: f"{s()} {p(CUES)} {c()} {p(['-', '--', '—'])} {self.words(4)} {p(['-', '—', ''])} {c()}{end}",
            lambda: f"{s()} ({p(PEOPLE)}) {p(CUES)} {c()}{end}",
            lambda: f"{c()} ({p(CUES)} {s()}){end}",
            lambda: f"{s()} was {p(['criticized', 'praised', 'quoted'])} by {s()} {p(PREPOSITIONS)} {c()}{end}",
            lambda: f"{p(PEOPLE)} {p(['Says', 'Backs', 'Warns'])} {p(HEADLINE_WORDS)} {p(HEADLINE_WORDS)}",
            lambda: f"{self.dateline()} {self.sentence()}",
            lambda: f"{self.dateline()} {p(CUES)} {c()}{end}",
            lambda: f"{p(CUES)} {s()}{end}",
            lambda: f"{p(RELATIVES)} {p(CUES)} {self.words(3)}{end}",
            lambda: f"{self.words(12)}{end}",
        ]
        words = p(templates)().split(" ")
        if self.rng.random() < 0.1:
            words.insert(self.rng.randrange(len(words) + 1), p(ODD_TOKENS))
        return " ".join(words)

    def mutate(self, text):
        words = text.split(" ")
        for _ in range(self.rng.randint(1, 4)):
            i = self.rng.randrange(len(words))
            operation, mark = self.rng.randrange(6), self.pick(PUNCTUATION + QUOTE_MARKS)
            if operation == 0 and len(words) > 1:
                del words[i]
            elif operation == 1:
                words.insert(i, words[i])
            elif operation == 2:
                words.insert(i, self.pick([mark, mark, self.pick(RELATIVES + CONNECTIVES + ["that", "by"])]))
            elif operation == 3:
                words[i] = self.pick([mark + words[i], words[i] + mark])
            elif operation == 4:
                words[i] += self.pick(LINE_BREAKS)
            else:  # swap two words (also when there is only one to delete)
                j = self.rng.randrange(len(words))
                words[i], words[j] = words[j], words[i]
        return " ".join(words)

    def document(self):
        paragraphs = []
        for _ in range(self.pick([1, 1, 1, 2, 3])):
            sentences = [self.sentence() for _ in range(self.pick([1, 1, 2, 3, 4]))]
            sentences = [self.mutate(x) if self.rng.random() < 0.35 else x for x in sentences]
            paragraphs.append(" ".join(sentences))
        return self.pick(["\n\n", "\n", "\r\n\r\n"]).join(paragraphs)


def run(command, stdin=b"", timeout=INPUT_TIMEOUT, backtrace="enable=no"):
    """Runs command; returns (exit status, or None on a timeout; stderr text)."""
    env = dict(os.environ, SWIFT_BACKTRACE=backtrace)
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env=env, start_new_session=True)
    try:
        _, stderr = child.communicate(stdin, timeout=timeout)
        status = child.returncode
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)  # the child and any backtracer it started
        _, stderr = child.communicate()
        status = None
    return status, stderr.decode("utf-8", "replace")


def failure_kind(status, stderr):
    """How a run failed, as a short comparable string; None if it did not fail."""
    if status == 0:
        return None
    if status is None:
        return "timeout"
    if status < 0:
        return f"signal {signal.Signals(-status).name}"
    error = re.search(r"error: (.*)", stderr)
    return f"exit {status}: " + re.sub(r"\d+", "N", error.group(1) if error else "(no message)")


class Target:
    """The whosaid binary under test."""

    def __init__(self, binary, jobs):
        self.binary, self.jobs = binary, jobs

    def fails_in_batch(self, paths, work_dir):
        """Whether annotating these files together fails; returns the files left without output."""
        in_dir, out_dir = os.path.join(work_dir, "in"), os.path.join(work_dir, "out")
        for directory in (in_dir, out_dir):
            shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(in_dir)
        for path in paths:
            os.link(path, os.path.join(in_dir, os.path.basename(path)))
        status, _ = run([self.binary, "annotate", in_dir, "--out", out_dir, "--jobs", str(self.jobs), "--quiet"],
                        timeout=INPUT_TIMEOUT + len(paths) / 10)
        if status == 0:
            return False, []
        done = set(os.listdir(out_dir)) if os.path.isdir(out_dir) else set()
        return True, [p for p in paths if os.path.basename(p)[:-len(".txt")] + ".json" not in done]

    def failure(self, text):
        return failure_kind(*run([self.binary, "annotate", "-"], text.encode()))

    def backtrace(self, text):
        """Stderr of a run with the Swift backtracer on, and the crashed thread's first frame in Sources/."""
        status, stderr = run([self.binary, "annotate", "-"], text.encode(), timeout=60,
                             backtrace="enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none")
        crashed = stderr.split("crashed:", 1)[-1]
        site = re.search(r" at \S*?(Sources/\S+:\d+)", crashed)
        return stderr, site.group(1) if site and status and status < 0 else None

    def crash_site(self, text, kind):
        return self.backtrace(text)[1] if kind.startswith("signal") else None


def first_failing_input(target, paths, work_dir):
    """Bisects paths (which fail together) down to one input that fails on its own: (path, failure kind)."""
    while len(paths) > 1:
        half = paths[:len(paths) // 2]
        failed, _ = target.fails_in_batch(half, work_dir)
        paths = half if failed else paths[len(paths) // 2:]
    return paths[0], target.failure(read(paths[0]))


def shrink(units, still_fails):
    """Deletes runs of units (halves down to single ones) while the joined text still fails."""
    chunk = max(len(units) // 2, 1)
    while True:
        i, deleted = 0, False
        while i < len(units):
            candidate = units[:i] + units[i + chunk:]
            if candidate and still_fails("".join(candidate)):
                units, deleted = candidate, True
            else:
                i += chunk
        if chunk == 1 and not deleted:
            return units
        chunk = max(chunk // 2, 1)


def minimize(target, text, kind, site):
    def still_fails(candidate):
        return target.failure(candidate) == kind and target.crash_site(candidate, kind) == site

    words = shrink(re.findall(r"\s+|\w+|[^\w\s]", text), still_fails)
    return "".join(shrink(list("".join(words)), still_fails))


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


class Fuzzer:
    """Runs generated batches against a Target and keeps one minimized input per distinct failure."""

    def __init__(self, target, out_dir):
        self.target, self.out_dir = target, out_dir
        self.work_dir = os.path.join(out_dir, "work")
        self.inputs_run, self.seen = 0, {}  # (failure kind, crash site) -> inputs found failing that way

    def run_batch(self, maker, batch_number):
        batch_dir = os.path.join(self.work_dir, f"batch-{batch_number}")
        os.makedirs(batch_dir)
        pending = [os.path.join(batch_dir, f"doc-{i:04}.txt") for i in range(BATCH_SIZE)]
        for path in pending:
            write(path, maker.document())
        while pending:
            failed, pending = self.target.fails_in_batch(pending, self.work_dir)
            if not failed:
                break
            culprit, kind = first_failing_input(self.target, pending, self.work_dir)
            if kind is None:
                print(f"batch {batch_number}: failed, but no single input fails alone", flush=True)
                break
            self.record(read(culprit), kind)
            pending.remove(culprit)
        self.inputs_run += BATCH_SIZE
        shutil.rmtree(batch_dir)

    def record(self, original, kind):
        site = self.target.crash_site(original, kind)
        self.seen[kind, site] = self.seen.get((kind, site), 0) + 1
        if self.seen[kind, site] > 1:  # a known failure: no need to minimize it again
            return
        minimized = minimize(self.target, original, kind, site)
        stem = os.path.join(self.out_dir, f"failure-{len(self.seen)}")
        write(stem + ".txt", minimized)
        write(stem + ".original.txt", original)
        write(stem + ".stderr.txt", f"failure: {kind}\ncrash site: {site}\n\n{self.target.backtrace(minimized)[0]}")
        print(f"NEW FAILURE {kind} at {site}: {minimized!r} -> {stem}.txt", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--whosaid", required=True, help="the whosaid binary to test")
    parser.add_argument("--minutes", type=float, default=10, help="how long to generate new batches (default 10)")
    parser.add_argument("--seed", type=int, default=int(time.time()), help="random seed (default: the time)")
    parser.add_argument("--jobs", type=int, default=2, help="worker threads for whosaid (default 2)")
    parser.add_argument("--out", help="directory for failures (default: a new /tmp/whosaid-fuzz-*)")
    args = parser.parse_args()
    out_dir = args.out or tempfile.mkdtemp(prefix="whosaid-fuzz-", dir="/tmp")
    os.makedirs(out_dir, exist_ok=True)
    fuzzer = Fuzzer(Target(os.path.abspath(args.whosaid), args.jobs), out_dir)
    maker = SentenceMaker(args.seed)
    print(f"seed {args.seed}, writing failures to {out_dir}", flush=True)
    deadline, batch_number = time.time() + args.minutes * 60, 0
    try:
        while time.time() < deadline:
            fuzzer.run_batch(maker, batch_number)
            batch_number += 1
    finally:
        shutil.rmtree(fuzzer.work_dir, ignore_errors=True)
    print(f"{fuzzer.inputs_run} inputs run, {len(fuzzer.seen)} distinct failures "
          f"({sum(fuzzer.seen.values())} failing inputs) in {out_dir}")
    sys.exit(1 if fuzzer.seen else 0)


if __name__ == "__main__":
    main()
