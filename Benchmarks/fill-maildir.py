#!/usr/bin/env python3
"""Fills an IMAP mailbox of a *local, throwaway* Dovecot quickly by writing Maildir files directly.

    export PLAINT_IMAP_PASSWORD=secret            # never on argv
    Benchmarks/fill-maildir.py imap://127.0.0.1:24143/Bench10k staff --maildir /tmp/x/mail/staff/Maildir --count 10000

The messages are exactly those of `imap-floor.py --fill` (same generator, same seed: median ~4 KB,
10 % with a 50 KB-1 MB base64 attachment). It CREATEs the mailbox over IMAP (so Dovecot knows it),
writes each message with LF line ends (as Dovecot's own APPEND/LMTP store them) to `tmp/` and renames
it into `new/` with `,S=<size>,W=<CRLF size>` in the name (Dovecot then never reads a file to learn
its size), gives the files to the owner of the Maildir, and finally SELECTs the mailbox read-write:
Dovecot moves `new/` to `cur/`, assigns UIDs and indexes them. About 10-20x faster than APPEND.
Only for Maildir++ layout (`mail_location = maildir:~/Maildir`, folders `.Name`), which is what
scripts/mailserver.sh configures.
"""
import argparse, importlib.util, imaplib, os, random, socket, sys, time, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))


def load_floor():
    spec = importlib.util.spec_from_file_location("imap_floor", os.path.join(HERE, "imap-floor.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("url"); p.add_argument("user")
    p.add_argument("--maildir", required=True, help="the user's Maildir root (…/mail/USER/Maildir)")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    password = os.environ.get("PLAINT_IMAP_PASSWORD")
    if password is None:
        sys.exit("set PLAINT_IMAP_PASSWORD")
    floor = load_floor()
    conn, mailbox = floor.connect(a.url, a.user, password, None)
    quoted = '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'
    conn.create(quoted)  # NO if it exists: fine
    typ, data = conn.status(quoted, "(MESSAGES)")
    if typ != "OK":
        sys.exit(f"cannot STATUS {mailbox}")
    if b"MESSAGES 0)" not in data[0]:
        sys.exit(f"{mailbox} is not empty ({data[0].decode()}); use a new mailbox name")
    folder = a.maildir if mailbox.upper() == "INBOX" else os.path.join(a.maildir, "." + mailbox.replace("/", "."))
    if not os.path.isdir(os.path.join(folder, "new")):
        sys.exit(f"no Maildir folder at {folder} (is --maildir the user's Maildir root?)")
    st = os.stat(a.maildir)
    rng = random.Random(a.seed)
    host = socket.gethostname().replace("/", "_").replace(":", "_")
    t0 = time.perf_counter()
    total = 0
    stamp = int(time.time())
    for i in range(a.count):
        crlf = floor.message(i, rng)
        lf = crlf.replace(b"\r\n", b"\n")
        base = f"{stamp}.M{i}P{os.getpid()}.{host}"
        tmp = os.path.join(folder, "tmp", base)
        with open(tmp, "wb") as f:
            f.write(lf)
        os.chown(tmp, st.st_uid, st.st_gid)
        os.utime(tmp, (stamp + i // 1000, stamp + i // 1000))
        os.rename(tmp, os.path.join(folder, "new", f"{base},S={len(lf)},W={len(crlf)}"))
        total += len(crlf)
    t_write = time.perf_counter() - t0
    typ, data = conn.select(quoted)  # read-write: new/ -> cur/, UIDs assigned
    if typ != "OK":
        sys.exit(f"cannot SELECT {mailbox}")
    n = int(data[0])
    conn.logout()
    if n != a.count:
        sys.exit(f"{mailbox} shows {n} messages after the fill, expected {a.count}")
    print(f"filled {mailbox}: {n} messages, {total / 1e6:.1f} MB (CRLF) in {time.perf_counter() - t0:.1f} s "
          f"({t_write:.1f} s writing files, the rest Dovecot's first SELECT)", file=sys.stderr)


if __name__ == "__main__":
    main()
