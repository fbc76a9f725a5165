#!/usr/bin/env python3
"""APPENDs one complaint with a large base64 attachment (default 30 MB decoded) to a mailbox, for the
peak-memory check of issue 3 ("a message with a 30 MB attachment is ingested with peak memory under
3x the message size"). Prints the message size in bytes (CRLF, as the server serves it) on stdout.

    export PLAINT_IMAP_PASSWORD=secret
    Benchmarks/big-message.py imap://127.0.0.1:24143/BenchBig staff --mb 30
"""
import argparse, base64, importlib.util, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("url"); p.add_argument("user")
    p.add_argument("--mb", type=float, default=30.0, help="attachment size in MB (10^6 bytes, decoded)")
    a = p.parse_args()
    spec = importlib.util.spec_from_file_location("imap_floor", os.path.join(HERE, "imap-floor.py"))
    floor = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(floor)
    conn, mailbox = floor.connect(a.url, a.user, os.environ["PLAINT_IMAP_PASSWORD"], None)
    quoted = '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'
    conn.create(quoted)
    data = random.Random(7).randbytes(int(a.mb * 1e6))
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    msg = (b"From: Big Sender <big@example.com>\r\nTo: complaints@example.com\r\n"
           b"Subject: Broken device, photos and logs attached\r\nMessage-ID: <bench-big-attachment@example.com>\r\n"
           b"Date: Sun, 22 Nov 2026 12:00:00 +0000\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
           b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
           b"My order arrived damaged and support never answered. I want a refund. Logs attached.\r\n--b\r\n"
           b'Content-Type: application/octet-stream; name="logs.bin"\r\nContent-Disposition: attachment; filename="logs.bin"\r\n'
           b"Content-Transfer-Encoding: base64\r\n\r\n" + b64 + b"--b--\r\n")
    typ, _ = conn.append(quoted, None, None, msg)
    if typ != "OK":
        sys.exit("APPEND failed")
    conn.logout()
    print(len(msg))


if __name__ == "__main__":
    main()
