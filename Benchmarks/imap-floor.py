#!/usr/bin/env python3
"""The raw IMAP I/O floor for a mailbox: one `UID FETCH uid BODY.PEEK[]` round trip per message
over one connection, no parsing. Prints msgs/s (the figure Plaint's ingest is compared against).

    export PLAINT_IMAP_PASSWORD=secret            # never on argv
    Benchmarks/imap-floor.py imap://127.0.0.1:14143/Bench10k complaints --fill 10000   # once
    Benchmarks/imap-floor.py imap://127.0.0.1:14143/Bench10k complaints

imaps:// uses implicit TLS; imap:// uses STARTTLS when --ca-file is given, plaintext otherwise
(loopback test servers only). --fill N appends N generated messages first (median ~4 KB,
10 % with a 50 KB-1 MB attachment; deterministic), creating the mailbox if needed.
"""
import argparse, base64, imaplib, os, random, ssl, sys, time, urllib.parse


def connect(url, user, password, ca_file):
    u = urllib.parse.urlparse(url)
    mailbox = urllib.parse.unquote(u.path.lstrip("/")) or "INBOX"
    ctx = ssl.create_default_context(cafile=ca_file) if ca_file or u.scheme == "imaps" else None
    if u.scheme == "imaps":
        conn = imaplib.IMAP4_SSL(u.hostname, u.port or 993, ssl_context=ctx)
    else:
        conn = imaplib.IMAP4(u.hostname, u.port or 143)
        if ctx:
            conn.starttls(ssl_context=ctx)
    conn.login(user, password)
    return conn, mailbox


WORDS = "order refund broken late delivery invoice never arrived support please help damaged wrong item".split()


def message(i, rng):
    words = rng.choices(WORDS, k=int(rng.lognormvariate(8.2, 0.5)) // 6 + 1)
    body = "\r\n".join(" ".join(words[j:j + 12]) for j in range(0, len(words), 12))
    head = (f"From: Customer {i} <c{i}@example.com>\r\nTo: complaints@example.com\r\n"
            f"Subject: Complaint {i}\r\nMessage-ID: <bench-{i}@example.com>\r\n"
            f"Date: Sun, 22 Nov 2026 12:00:00 +0000\r\nMIME-Version: 1.0\r\n")
    if rng.random() >= 0.10:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n").encode()
    size = rng.randint(50_000, 1_000_000)
    data = rng.randbytes(size * 3 // 4)
    b64 = base64.encodebytes(data).decode().replace("\n", "\r\n")
    return (head + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n--b\r\n"
            'Content-Type: application/octet-stream; name="a.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            + b64 + "--b--\r\n").encode()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("url"); p.add_argument("user")
    p.add_argument("--ca-file", default=os.environ.get("PLAINT_TEST_CA_FILE"))
    p.add_argument("--fill", type=int, default=0, help="append N generated messages first")
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    password = os.environ.get("PLAINT_IMAP_PASSWORD")
    if password is None and os.environ.get("PLAINT_IMAP_PASSWORD_FILE"):
        password = open(os.environ["PLAINT_IMAP_PASSWORD_FILE"]).read().strip()
    if password is None:
        sys.exit("set PLAINT_IMAP_PASSWORD or PLAINT_IMAP_PASSWORD_FILE")
    conn, mailbox = connect(a.url, a.user, password, a.ca_file)
    quoted = '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if a.fill:
        conn.create(quoted)  # NO if it exists: fine
        rng = random.Random(a.seed)
        t0 = time.perf_counter()
        for i in range(a.fill):
            typ, _ = conn.append(quoted, None, None, message(i, rng))
            if typ != "OK":
                sys.exit(f"APPEND failed at message {i}")
        print(f"appended {a.fill} messages in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    typ, _ = conn.select(quoted, readonly=True)
    if typ != "OK":
        sys.exit(f"cannot select {mailbox}")
    typ, data = conn.uid("SEARCH", None, "ALL")
    uids = data[0].split()
    total = 0
    t0 = time.perf_counter()
    for uid in uids:
        typ, data = conn.uid("FETCH", uid, "(BODY.PEEK[])")
        if typ != "OK" or not data or not isinstance(data[0], tuple):
            sys.exit(f"FETCH {uid.decode()} failed")
        total += len(data[0][1])
    dt = time.perf_counter() - t0
    conn.logout()
    n = len(uids)
    print(f"imap-floor: {n} messages, {total / 1e6:.1f} MB in {dt:.2f} s: "
          f"{n / dt if dt else 0:.0f} msgs/s, {total / 1e6 / dt if dt else 0:.1f} MB/s "
          f"(one UID FETCH BODY.PEEK[] round trip per message, {mailbox})")


if __name__ == "__main__":
    main()
