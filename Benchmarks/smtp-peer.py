#!/usr/bin/env python3
"""Python peer for Benchmarks/smtp.sh: smtplib sending N messages over one reused connection, then over a
new connection per message, to the same server and recipient as Plaint's benchmark. Prints one line."""
import smtplib, sys, time
from email.message import EmailMessage

def message(i, body):
    m = EmailMessage()
    m["From"] = "Complaints Desk <complaints@company.example>"
    m["To"] = "Bench <customer2@example.com>"
    m["Subject"] = f"Bench {i}"
    m["Auto-Submitted"] = "auto-replied"
    m.set_content(body)
    return m.as_bytes().replace(b"\n", b"\r\n")

def main():
    host, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    body = "We received your complaint and will answer soon.\n" * 60
    msgs = [message(i, body) for i in range(n)]
    t = time.time()
    with smtplib.SMTP(host, port) as s:
        s.ehlo("localhost")
        for m in msgs:
            s.sendmail("complaints@company.example", ["customer2@example.com"], m)
    reused = n / (time.time() - t)
    t = time.time()
    for m in msgs:
        with smtplib.SMTP(host, port) as s:
            s.ehlo("localhost")
            s.sendmail("complaints@company.example", ["customer2@example.com"], m)
    fresh = n / (time.time() - t)
    print(f"python smtplib peer, {n} messages of {len(msgs[0])} bytes: one reused connection {int(reused)} msgs/s, "
          f"new connection per message {int(fresh)} msgs/s")

main()
