#!/usr/bin/env python3
"""Peer for plaint-bench's MIME figure: Python's `email` parser over the same mail files, doing the
same work as `Message.parse` + `.text` + `.attachments` in Plaint: parse (policy.default), decode every
text leaf to str and every other leaf to bytes, SHA-256 of each non-text leaf. Single thread.

    taskset -c 0 Benchmarks/python-parse.py Fixtures/mail [DIR…] [--seconds 2] [--reps 3]
"""
import argparse, email, email.policy, hashlib, os, time


def files(d):
    out = []
    for root, _, names in os.walk(d):
        for n in sorted(names):
            if n.endswith(".eml") or ",S=" in n:
                with open(os.path.join(root, n), "rb") as f:
                    out.append(f.read())
    return out


def work(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            if part.get_content_maintype() == "text":
                n += len(part.get_content())
            else:
                payload = part.get_payload(decode=True) or b""
                n += len(hashlib.sha256(payload).hexdigest())
        except Exception:  # unknown charset etc.: keep going, as Plaint does
            n += 1
    return n


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("dirs", nargs="+")
    p.add_argument("--seconds", type=float, default=2.0)
    p.add_argument("--reps", type=int, default=3)
    a = p.parse_args()
    for d in a.dirs:
        corpus = files(d)
        if not corpus:
            continue
        mean = sum(map(len, corpus)) / len(corpus)
        rates = []
        for _ in range(a.reps):
            n = 0
            t0 = time.perf_counter()
            while True:
                for raw in corpus:
                    work(raw)
                n += len(corpus)
                dt = time.perf_counter() - t0
                if dt >= a.seconds:
                    break
            rates.append(n / dt)
        rates.sort()
        print(f"{'Python email parse+decode, ' + str(len(corpus)) + ' files':<46}{rates[-1]:10.0f} msgs/s best, "
              f"{rates[len(rates) // 2]:10.0f} median  ({rates[-1] * mean / 1e6:.1f} MB/s)  "
              f"[{', '.join(f'{r:.0f}' for r in rates)}]")
        print(f"    ({d}, mean {mean / 1024:.1f} KB)")


if __name__ == "__main__":
    main()
