#!/usr/bin/env python3
"""A typical Python ingest pipeline, the peer Plaint's `poll --once` is compared against:
imaplib fetch (one `UID FETCH uid BODY.PEEK[]` per message) + `email` parse (policy.default, the
modern API) + sqlite3 insert of Message-ID / subject / from / plain-text body, one row per message.

    export PLAINT_IMAP_PASSWORD=secret            # never on argv
    Benchmarks/python-peer.py imap://127.0.0.1:24143/Bench10k staff --db /tmp/peer.db

Commits: one commit per message by default (as Plaint commits each message before it marks it on the
server); `--commit-every N` commits per batch of N instead. The database runs like Plaint's store:
WAL, `synchronous=NORMAL`. Nothing is written back to the server (readonly SELECT, BODY.PEEK[]),
no attachments are saved, nothing is classified: the peer does less work than Plaint.
Prints one line: messages, seconds, msgs/s.
"""
import argparse, email, email.policy, os, sqlite3, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))


def connect(url, user, password):
    import importlib.util
    spec = importlib.util.spec_from_file_location("imap_floor", os.path.join(HERE, "imap-floor.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.connect(url, user, password, os.environ.get("PLAINT_TEST_CA_FILE") if url.startswith("imaps") else None)


def body_text(msg):
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        return part.get_content() if part is not None else ""
    except Exception as e:  # bad charset, broken MIME: a typical script keeps going
        return f"<unreadable body: {e}>"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("url"); p.add_argument("user")
    p.add_argument("--db", required=True)
    p.add_argument("--commit-every", type=int, default=1)
    a = p.parse_args()
    password = os.environ.get("PLAINT_IMAP_PASSWORD")
    if password is None:
        sys.exit("set PLAINT_IMAP_PASSWORD")
    db = sqlite3.connect(a.db)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE TABLE IF NOT EXISTS messages (uid INTEGER PRIMARY KEY, message_id TEXT, subject TEXT, "
               "sender TEXT, body TEXT)")
    db.commit()
    conn, mailbox = connect(a.url, a.user, password)
    quoted = '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'
    typ, _ = conn.select(quoted, readonly=True)
    if typ != "OK":
        sys.exit(f"cannot select {mailbox}")
    t0 = time.perf_counter()
    typ, data = conn.uid("SEARCH", None, "ALL")
    uids = data[0].split()
    pending = 0
    for uid in uids:
        typ, data = conn.uid("FETCH", uid, "(BODY.PEEK[])")
        if typ != "OK" or not data or not isinstance(data[0], tuple):
            sys.exit(f"FETCH {uid.decode()} failed")
        msg = email.message_from_bytes(data[0][1], policy=email.policy.default)
        db.execute("INSERT OR IGNORE INTO messages VALUES (?, ?, ?, ?, ?)",
                   (int(uid), str(msg.get("Message-ID", "")), str(msg.get("Subject", "")),
                    str(msg.get("From", "")), body_text(msg)))
        pending += 1
        if pending >= a.commit_every:
            db.commit()
            pending = 0
    db.commit()
    dt = time.perf_counter() - t0
    conn.logout()
    n = len(uids)
    rows = db.execute("SELECT count(*) FROM messages").fetchone()[0]
    print(f"python-peer: {n} messages ({rows} rows) in {dt:.2f} s: {n / dt if dt else 0:.0f} msgs/s "
          f"(imaplib + email policy.default + sqlite3, commit every {a.commit_every})")


if __name__ == "__main__":
    main()
