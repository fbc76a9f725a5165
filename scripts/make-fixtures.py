#!/usr/bin/env python3
"""Rebuild Plaint's sample mail corpus: Fixtures/mail/**, Fixtures/labels.json, Fixtures/demo-maildir/.

Deterministic: fixed random seed, fixed dates, Message-IDs derived from file paths.
All people, addresses and numbers are fictional; domains are reserved example domains.
Run: python3 scripts/make-fixtures.py
"""
import base64, datetime, hashlib, json, os, quopri, random, shutil, struct, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "Fixtures")
MAIL = os.path.join(FIX, "mail")
DEMO = os.path.join(FIX, "demo-maildir")
RNG = random.Random(20261122)

FILES = {}    # relative path -> bytes
LABELS = {}   # relative path -> label dict
COMPLAINTS = "complaints@company.example"

# ---------------------------------------------------------------- helpers

def png(w, h, rgb=(200, 40, 40)):
    """A small but valid PNG (solid colour with a stripe)."""
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            row += bytes(rgb) if (x // 4 + y // 4) % 2 else b"\xff\xff\xff"
        rows += row
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def pdf(lines):
    """A minimal valid one-page PDF showing `lines` (ASCII)."""
    text = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join("(%s) '" % l.replace("(", "[").replace(")", "]") for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode()
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def date(day, hh, mm, ss=0, tz="+0000", month=11, year=2026):
    d = datetime.date(year, month, day)
    return f"{d.strftime('%a')}, {day} {d.strftime('%b')} {year} {hh:02d}:{mm:02d}:{ss:02d} {tz}"

def mid(path, domain="mail.example.net"):
    h = hashlib.sha1(path.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"

def received(host, ip, when, by="mx1.company.example"):
    sid = hashlib.md5((host + when).encode()).hexdigest()[:10].upper()
    return ("Received", f"from {host} ({host} [{ip}])\n\tby {by} (Postfix) with ESMTPS id {sid}\n\tfor <{COMPLAINTS}>; {when}")

def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)).encode() + b"\n"

def qp(data):
    return quopri.encodestring(data)

def ew(text, charset="utf-8", enc="B", max_bytes=45, split_mid=False, codec=None):
    """RFC 2047 encoded words for `text` labelled `charset`, bytes made with `codec` (default: charset).
    Splits at character boundaries unless split_mid."""
    label, charset = charset, codec or charset
    raw_chunks = []
    if split_mid:
        data = text.encode(charset)
        raw_chunks = [data[i:i + max_bytes] for i in range(0, len(data), max_bytes)]
    else:
        cur = ""
        for ch in text:
            if len((cur + ch).encode(charset)) > max_bytes and cur:
                raw_chunks.append(cur.encode(charset)); cur = ""
            cur += ch
        if cur: raw_chunks.append(cur.encode(charset))
    words = []
    for c in raw_chunks:
        if enc.upper() == "B":
            words.append(f"=?{label}?B?{base64.b64encode(c).decode()}?=")
        else:
            out = ""
            for byte in c:
                ch = chr(byte)
                if byte == 0x20: out += "_"
                elif ch.isalnum() and byte < 0x80: out += ch
                else: out += "=%02X" % byte
            words.append(f"=?{label}?Q?{out}?=")
    return "\n ".join(words)

def subj(text, charset="utf-8", enc="B"):
    try:
        text.encode("ascii"); return text
    except UnicodeEncodeError:
        return ew(text, charset, enc)

def addr(name, email, charset="utf-8"):
    if name is None: return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'): name = '"' + name + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset)} <{email}>"

def leaf(body, ctype="text/plain", charset="utf-8", cte="8bit", extra=(), params="", codec=None):
    """A single MIME entity. body: str (encoded with codec or charset) or bytes."""
    data = body.encode(codec or charset) if isinstance(body, str) else body
    ct = f"{ctype}; charset={charset}" if ctype.startswith("text/") and charset else ctype
    ct += params
    if cte == "base64": enc = b64(data)
    elif cte == "quoted-printable": enc = qp(data)
    else: enc = data if data.endswith(b"\n") else data + b"\n"
    hdrs = [("Content-Type", ct)]
    if cte: hdrs.append(("Content-Transfer-Encoding", cte))
    return {"headers": hdrs + list(extra), "body": enc}

def multi(subtype, parts, boundary, preamble=b"", epilogue=b"", close=True, params=""):
    out = b""
    if preamble: out += preamble if preamble.endswith(b"\n") else preamble + b"\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + render(p)
    if close:
        out += b"--" + boundary.encode() + b"--\n"
        out += epilogue
    return {"headers": [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')], "body": out}

def hline(name, value):
    v = value if isinstance(value, bytes) else value.encode("utf-8")
    return name.encode() + b": " + v + b"\n"

def render(ent):
    out = b"".join(hline(n, v) for n, v in ent["headers"])
    return out + b"\n" + ent["body"]

def top(frm, subject, when, path, to=COMPLAINTS, mailer=None, extra=(), host="mail.example.net",
        ip="192.0.2.25", msgid=None, cc=None):
    h = [received(host, ip, when)]
    h += [("Date", when), ("From", frm), ("To", to)]
    if cc: h.append(("Cc", cc))
    if subject is not None: h.append(("Subject", subject))
    h.append(("Message-ID", msgid or mid(path, host)))
    h += list(extra)
    if mailer: h.append(mailer)
    h.append(("MIME-Version", "1.0"))
    return h

def put(path, headers, content, label=None, crlf=False):
    data = b"".join(hline(n, v) for n, v in headers) + render(content) if content is not None else \
        b"".join(hline(n, v) for n, v in headers)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    assert path not in FILES, path
    FILES[path] = data
    if label is not None:
        LABELS[path] = label

def raw(path, data, label=None):
    assert path not in FILES, path
    FILES[path] = data
    if label is not None:
        LABELS[path] = label

def person(name, email, phone=None, account=None):
    return {"name": name, "email": email, "phone": phone, "account": account}

def L(**kw):
    if "flags" in kw: kw["flags"] = sorted(kw["flags"])
    return kw

UA_TB = ("User-Agent", "Mozilla Thunderbird 128.4.2")
UA_OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
UA_APPLE = ("X-Mailer", "Apple Mail (2.3826.200.121)")
UA_IPHONE = ("X-Mailer", "iPhone Mail (22B91)")
UA_FOXMAIL = ("X-Mailer", "Foxmail 7.2.25.228[cn]")
UA_QQ = ("X-QQ-Mid", "xmsmtpt1763790012t8a2f6c1d")
UA_163 = ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20231020(9ab1bb5a)")
UA_OE = ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")
UA_KMAIL = ("User-Agent", "KMail/5.24.3 (Linux/6.8.0-45-generic; KDE/6.5.0; x86_64)")
UA_ROUNDCUBE = ("User-Agent", "Roundcube Webmail/1.6.9")

def simple(path, name, email, subject, body, label, when, mailer=None, charset="utf-8", cte="8bit",
           crlf=False, extra=(), host="mail.example.net", ip="192.0.2.25", to=COMPLAINTS, ctype="text/plain",
           subject_charset="utf-8", cc=None):
    frm = addr(name, email)
    put(path, top(frm, subj(subject, subject_charset), when, path, to=to, mailer=mailer, extra=extra, host=host, ip=ip, cc=cc),
        leaf(body, ctype=ctype, charset=charset, cte=cte), label, crlf=crlf)

# ================================================================ en/
def build_en():
    p = "en/billing-double-charge.eml"
    simple(p, "Margaret Holloway", "m.holloway@example.com", "Charged twice for my November bill",
"""Hello,

I have just checked my bank statement and Acme Telecom has taken my monthly payment of £42.50 twice, once on 2 November and again on 4 November.
My account number is 4400128375 and the direct debit reference is the same on both lines.

I would like the duplicate payment refunded to my bank account, not held as a credit on the account.
I have never had a problem before, but this has left me short this month and I am not happy about it.

Please call me on +44 20 7946 0321 if you need anything else.

Thanks,
Margaret Holloway
""", L(disposition="ticket", kind="complaint", category="billing", severity=2, priority="medium", flags=[],
       channel="email", language="en", subject="Charged twice for my November bill",
       complainant=person("Margaret Holloway", "m.holloway@example.com", "+44 20 7946 0321", "4400128375"),
       description_contains=["has taken my monthly payment of £42.50 twice", "I would like the duplicate payment refunded"],
       attachments=[]),
       date(5, 8, 41, 12), mailer=UA_TB)

    p = "en/network-outage-business.eml"
    simple(p, "Daniel Okafor", "daniel@okafor-joinery.example", "THIRD DAY WITHOUT INTERNET - business line 0207",
"""To whom it may concern,

Our business broadband has been completely down since Monday morning. This is now the third working day with no internet and no phone line at the workshop.
We cannot take card payments, we cannot receive orders and two of my staff have been sent home.

I have called your fault line four times (fault ref FLT-88213) and each time I am told an engineer is "being arranged". Nobody has come.

I expect the line restored today and full compensation for the lost business, which I estimate at over £3,000.
If this is not fixed by tomorrow I will be filing a complaint with the Telecommunications Ombudsman and cancelling all six of our lines.

Daniel Okafor
Okafor Joinery Ltd
Account 5512093388
""", L(disposition="ticket", kind="complaint", category="network", severity=3, priority="high", flags=["escalated"],
       channel="email", language="en", subject="THIRD DAY WITHOUT INTERNET - business line 0207",
       description_contains=["Our business broadband has been completely down since Monday morning.",
                             "I will be filing a complaint with the Telecommunications Ombudsman"], attachments=[]),
       date(11, 9, 2, 51), mailer=UA_OUTLOOK, host="mail.okafor-joinery.example", ip="198.51.100.17")

    p = "en/service-attitude-rude-agent.eml"
    simple(p, "Priya Raman", "priya.raman@example.net", "Complaint about the way I was spoken to in your Leeds store",
"""Hi,

On Saturday afternoon I went into your Briggate store to ask why my contract upgrade had not gone through.
The sales assistant (his badge said "Kyle") rolled his eyes, told me it was "not his problem" and then carried on talking to a colleague while I was still standing there.
When I asked for the manager he said there wasn't one and walked off.

I have been a customer for nine years and I have never been treated so rudely. I would like an apology and for someone to actually look at my upgrade.

Priya Raman
""", L(disposition="ticket", kind="complaint", category="service_attitude", severity=2, flags=[], channel="email",
       language="en", subject="Complaint about the way I was spoken to in your Leeds store",
       complainant=person("Priya Raman", "priya.raman@example.net", None, None),
       description_contains=["told me it was \"not his problem\"", "I have never been treated so rudely"]),
       date(16, 19, 27, 3), mailer=UA_IPHONE)

    p = "en/hardware-router-reboots.eml"
    simple(p, "Tom Beckett", "tbeckett@example.org", "Hub 4 keeps restarting itself",
"""Hello Acme,

The Acme Hub 4 you sent me in September restarts on its own several times every evening. The lights go orange, then everything drops for about five minutes.
I've tried a factory reset and a different socket as your website suggests. It still happens, usually during video calls.

Can you send a replacement router please? The serial number on the sticker is AH4-2291-0087-XK.

Regards,
Tom
""", L(disposition="ticket", kind="complaint", category="hardware", severity=2, flags=[], channel="email", language="en",
       subject="Hub 4 keeps restarting itself",
       description_contains=["restarts on its own several times every evening", "Can you send a replacement router please?"]),
       date(9, 20, 14, 40), mailer=UA_KMAIL)

    p = "en/software-app-usage-display.eml"
    simple(p, "Hannah Lindqvist", "hannah.lindqvist@example.com", "Usage bar in the app shows 0 GB",
"""Hi there,

Small thing, but since the app updated last week the data usage bar on the home screen always says 0 GB used, even though I've definitely used a few gigabytes.
The figure on the website is correct, so it's only the app display. Thought you'd want to know.

Hannah
""", L(disposition="ticket", kind="complaint", category="software", severity=1, flags=[], channel="email", language="en",
       subject="Usage bar in the app shows 0 GB",
       description_contains=["the data usage bar on the home screen always says 0 GB used"]),
       date(12, 13, 5, 9), mailer=UA_APPLE)

    p = "en/account-access-locked.eml"
    simple(p, "Gareth Pryce", "gareth.pryce@example.net", "Locked out of My Acme account",
"""Hello,

My online account has been locked since Thursday after I mistyped my password. The "reset password" link sends a code to my old mobile number, which I no longer have.
I have called twice and both times been told to use the reset link, which is exactly the thing that doesn't work.

I need to get in to download my bills for my accountant by the end of the month. Username: gpryce77. Customer number 3019920471.

Gareth Pryce
""", L(disposition="ticket", kind="complaint", category="account_access", severity=2, flags=[], channel="email", language="en",
       subject="Locked out of My Acme account",
       complainant=person("Gareth Pryce", "gareth.pryce@example.net", None, "3019920471"),
       description_contains=["My online account has been locked since Thursday"]),
       date(13, 7, 55, 30), mailer=UA_ROUNDCUBE)

    p = "en/security-sim-swap-fraud.eml"
    simple(p, "Eleanor Whitfield", "e.whitfield@example.org", "URGENT: someone took over my number and emptied my bank account",
"""This is urgent.

Yesterday at about 3pm my phone lost signal completely. This morning I found out that someone had walked into one of your shops, claimed to be me, and been given a new SIM for my number.
They then used the text message codes to get into my online banking and transferred £2,400 out of my account.

How on earth was a SIM issued without proper ID? I want to know exactly who authorised this, I want my number back on my own SIM today, and I expect Acme to cover the money I have lost.
I have reported it to the police (crime reference 61/44120/26) and to my bank.

Eleanor Whitfield
Mobile number affected: 07700 900461
""", L(disposition="ticket", kind="complaint", category="security_privacy", severity=3, priority="high", channel="email",
       language="en", subject="URGENT: someone took over my number and emptied my bank account",
       description_contains=["been given a new SIM for my number", "How on earth was a SIM issued without proper ID?"]),
       date(17, 8, 3, 22), mailer=UA_OUTLOOK)

    p = "en/installation-no-show.eml"
    simple(p, "Lucas Ferreira", "lucas.ferreira@example.com", "Engineer didn't turn up - again",
"""Hi,

I took Tuesday off work because your booking said an engineer would install my fibre between 8am and 1pm. Nobody came and nobody called.
This is the second missed appointment (the first was 28 October). Order number ORD-7741265.

Please book a Saturday appointment and confirm it properly this time, and I'd like something back for two wasted days off.

Lucas Ferreira
""", L(disposition="ticket", kind="complaint", category="installation_repair", severity=2, flags=[], channel="email",
       language="en", subject="Engineer didn't turn up - again",
       description_contains=["Nobody came and nobody called.", "This is the second missed appointment"]),
       date(18, 14, 22, 0), mailer=UA_TB)

    p = "en/timeliness-no-callback.eml"
    simple(p, "Sandra McAllister", "sandra.mcallister@example.net", "Still waiting for the callback I was promised",
"""Dear Customer Services,

On 3 November I phoned about a wrong charge on my bill. The advisor said a supervisor would call me back within 48 hours.
It is now 20 November. I have had no call, no email and no letter. The reference I was given is CS-2026-310877.

I am not even complaining about the charge at this point, I am complaining that nobody does what they say they will do.

Yours faithfully,
Sandra McAllister
""", L(disposition="ticket", kind="complaint", category="timeliness", severity=2, flags=[], channel="email", language="en",
       subject="Still waiting for the callback I was promised",
       description_contains=["a supervisor would call me back within 48 hours", "nobody does what they say they will do"]),
       date(20, 10, 48, 16, "+0000"), mailer=UA_OUTLOOK)

    p = "en/product-policy-cancellation.eml"
    simple(p, "Robert Nwosu", "rob.nwosu@example.com", "Why can I only cancel by phone?",
"""Hello,

I want to cancel my landline (not the broadband). Your website says the only way to do this is to phone the retentions team, which is only open 9 to 5 on weekdays, and the wait was 50 minutes when I tried.
I can sign up online in two minutes but I can't leave online. That is a ridiculous process and I'd like it changed, and I'd like my landline cancelled from the end of this month.

Rob Nwosu
""", L(disposition="ticket", kind="complaint", category="product_policy", severity=2, flags=[], channel="email", language="en",
       subject="Why can I only cancel by phone?",
       description_contains=["I can sign up online in two minutes but I can't leave online."]),
       date(19, 21, 3, 44), mailer=UA_APPLE)

    p = "en/other-store-parking.eml"
    simple(p, "Jean Marsh", "jean.marsh@example.org", "Disabled parking at the Kingsway store",
"""Hello,

The two disabled parking bays outside your Kingsway retail park store have been blocked by a delivery skip for the last fortnight.
I appreciate it probably isn't your skip, but perhaps someone could have a word with the landlord.

Kind regards,
Jean Marsh
""", L(disposition="ticket", kind="complaint", category="other", severity=1, flags=[], channel="email", language="en",
       subject="Disabled parking at the Kingsway store",
       description_contains=["have been blocked by a delivery skip for the last fortnight"]),
       date(10, 11, 30, 5), mailer=UA_IPHONE)

    p = "en/suggestion-app-bill-pdf.eml"
    simple(p, "Aiden Clarke", "aiden.clarke@example.net", "Suggestion: let us download all bills at once",
"""Hi Acme team,

Not a complaint, just a suggestion. It would be really useful if the app or the website had a button to download a whole year of bills as one PDF or a zip file.
At the moment I have to open each month separately for my expenses claim, which takes ages.

Cheers,
Aiden
""", L(disposition="ticket", kind="suggestion", priority="low", flags=[], channel="email", language="en",
       subject="Suggestion: let us download all bills at once",
       description_contains=["It would be really useful if the app or the website had a button to download a whole year of bills"]),
       date(6, 12, 15, 0), mailer=UA_TB)

    p = "en/inquiry-roaming.eml"
    simple(p, "Fiona Grant", "fiona.grant@example.com", "Question about using my phone in Canada",
"""Hello,

I'm travelling to Canada for three weeks in December. Is Canada included in my Roam Further add-on, and if not, what would it cost per day?
Also, do I need to turn anything on before I go?

Thank you,
Fiona Grant
""", L(disposition="ticket", kind="inquiry", priority="low", flags=[], channel="email", language="en",
       subject="Question about using my phone in Canada",
       complainant=person("Fiona Grant", "fiona.grant@example.com", None, None),
       description_contains=["Is Canada included in my Roam Further add-on"]),
       date(14, 16, 40, 33), mailer=UA_APPLE)

    p = "en/inquiry-store-hours.eml"
    simple(p, "Bill Turner", "bturner@example.org", "Christmas opening hours?",
"""Are your shops open on Boxing Day? I need to return a handset.
Bill
""", L(disposition="ticket", kind="inquiry", priority="low", flags=[], channel="email", language="en",
       subject="Christmas opening hours?", description_contains=["Are your shops open on Boxing Day?"]),
       date(21, 9, 9, 9), mailer=UA_IPHONE)

    p = "en/withdrawal-resolved.eml"
    simple(p, "Sandra McAllister", "sandra.mcallister@example.net", "Withdraw my complaint CMP-2026-000118",
"""Dear Customer Services,

A supervisor finally rang me yesterday and the wrong charge has been refunded. I am happy for you to close my complaint CMP-2026-000118; I wish to withdraw it.
Nobody has pressured me into this, I just consider the matter settled.

Yours faithfully,
Sandra McAllister
""", L(disposition="ticket", flags=["withdrawal"], channel="email", language="en",
       subject="Withdraw my complaint CMP-2026-000118",
       description_contains=["I wish to withdraw it."]),
       date(24, 9, 12, 0), mailer=UA_OUTLOOK)

    p = "en/escalated-solicitor.eml"
    simple(p, "Victoria Ashdown", "v.ashdown@example.com", "Formal complaint - early termination fee",
"""Dear Sir or Madam,

I am writing about the £312.00 early termination fee added to my final bill (account 6620184473).
I left because I moved to an address where your own checker said you could not provide service. Your terms say no fee applies in that case.

I have raised this three times. Unless the fee is removed within 14 days I have instructed my solicitor to issue a claim in the small claims court, and I will be sending copies of this correspondence to the Ombudsman.

Yours faithfully,
Victoria Ashdown
""", L(disposition="ticket", kind="complaint", category="billing", severity=3, priority="high", flags=["escalated"],
       channel="email", language="en", subject="Formal complaint - early termination fee",
       complainant=person("Victoria Ashdown", "v.ashdown@example.com", None, "6620184473"),
       description_contains=["I have instructed my solicitor to issue a claim in the small claims court"]),
       date(23, 15, 51, 2), mailer=UA_OUTLOOK)

    p = "en/escalated-ceo.eml"
    simple(p, "Harold Pemberton", "h.pemberton@example.net", "For the attention of the Chief Executive",
"""Dear Chief Executive,

I am writing to you directly because your complaints team has failed me for two months.
My elderly mother's landline has been cutting out every few hours since September. She lives alone and relies on her personal alarm, which uses that line. Three engineers have visited and none has fixed it.

I am asking you personally to make sure this is fixed this week. If it is not, I will go to the newspapers.

Harold Pemberton
""", L(disposition="ticket", kind="complaint", severity=3, priority="high", flags=["escalated"], channel="email",
       language="en", subject="For the attention of the Chief Executive",
       description_contains=["My elderly mother's landline has been cutting out every few hours since September."]),
       date(25, 18, 30, 0), mailer=UA_TB, to="ceo-office@company.example", cc=COMPLAINTS)

    p = "en/major-app-shows-other-customers.eml"
    simple(p, "Nadia Haddad", "nadia.haddad@example.org", "Your app is showing me OTHER people's bills",
"""Hello,

When I logged into the Acme app this morning, the billing page showed me a bill for a completely different customer: their name, home address, phone number and the last four digits of their card.
I refreshed and got a third person's bill. I've taken screenshots.

This is a serious data breach affecting lots of your customers. You need to take the app down now. I am sending my screenshots to the newspapers so other people know.

Nadia Haddad
""", L(disposition="ticket", kind="complaint", category="security_privacy", severity=3, priority="high",
       flags=["escalated", "major"], channel="email", language="en",
       subject="Your app is showing me OTHER people's bills",
       description_contains=["the billing page showed me a bill for a completely different customer"]),
       date(26, 7, 12, 41), mailer=UA_IPHONE)

# ================================================================ zh/
def build_zh():
    p = "zh/billing-overcharge.eml"
    simple(p, "张伟", "zhang.wei@example.com", "10月份话费多扣了58元",
"""你好：

我的手机号是13800138642，10月份账单里多了一笔“增值业务费”58元，我从来没有订过任何增值业务，也没有收到过订购确认短信。
打客服电话，客服只说可以帮我退订，但是钱不给退。

请查清楚是谁给我开通的这个业务，把58元退回到我的话费账户里，并且给我一个书面说明。

张伟
2026年11月8日
""", L(disposition="ticket", kind="complaint", category="billing", severity=2, priority="medium", flags=[],
       channel="email", language="zh", subject="10月份话费多扣了58元",
       complainant=person("张伟", "zhang.wei@example.com", "13800138642", None),
       description_contains=["我从来没有订过任何增值业务", "把58元退回到我的话费账户里"]),
       date(8, 21, 16, 2, "+0800"), mailer=UA_FOXMAIL, host="smtp.example.cn", ip="203.0.113.41")

    p = "zh/network-broadband-slow.eml"
    simple(p, "李娜", "lina1988@example.net", "宽带晚上网速特别慢",
"""客服你好，

我家办的是500M光纤宽带（宽带账号：AD20250917），最近两周每天晚上七点到十一点网速只有十几兆，看视频一直卡，孩子上网课也断断续续。
白天测速是正常的。已经重启过光猫和路由器，没有用。

希望尽快派人检查线路，这个月的宽带费应该减免一部分。

李娜
""", L(disposition="ticket", kind="complaint", category="network", severity=2, flags=[], channel="email", language="zh",
       subject="宽带晚上网速特别慢",
       description_contains=["最近两周每天晚上七点到十一点网速只有十几兆", "希望尽快派人检查线路"]),
       date(10, 22, 40, 11, "+0800"), mailer=UA_163, host="m12-31.example.cn", ip="203.0.113.52")

    p = "zh/service-attitude-store.eml"
    simple(p, "王秀英", "wxy_1975@example.com", "投诉营业厅工作人员态度恶劣",
"""您好！

11月14日下午我到贵公司中山路营业厅办理换卡，排队一个多小时，轮到我的时候2号窗口的女工作人员一直在玩手机，
我问了两遍她才抬头，还说“不会看指示牌吗，自己去机器上办”。我年纪大了不会用机器，请她帮忙，她直接叫下一个号。

我要求营业厅给我道歉，并对这位工作人员进行批评教育。

王秀英
""", L(disposition="ticket", kind="complaint", category="service_attitude", severity=2, flags=[], channel="email",
       language="zh", subject="投诉营业厅工作人员态度恶劣",
       description_contains=["我年纪大了不会用机器，请她帮忙，她直接叫下一个号。", "我要求营业厅给我道歉"]),
       date(14, 18, 2, 55, "+0800"), mailer=UA_FOXMAIL, host="smtp.example.cn", ip="203.0.113.41")

    p = "zh/installation-missed-visit.eml"
    simple(p, "陈刚", "chengang@example.org", "装机师傅两次爽约",
"""你们好，

我11月2日在网上办理了宽带新装，订单号：XZ2026110200871。约好11月6日上午上门安装，我请了半天假在家等，师傅没来，电话也打不通。
后来又改约到11月9日，还是没人来。

请给个准确的上门时间，并说明两次爽约的原因。

陈刚  13800138917
""", L(disposition="ticket", kind="complaint", category="installation_repair", severity=2, flags=[], channel="email",
       language="zh", subject="装机师傅两次爽约",
       description_contains=["我请了半天假在家等，师傅没来，电话也打不通。"]),
       date(10, 9, 31, 40, "+0800"), mailer=UA_163, host="m12-31.example.cn", ip="203.0.113.52")

    p = "zh/account-access-no-sms-code.eml"
    simple(p, "刘洋", "liuyang.sh@example.net", "网上营业厅登录收不到验证码",
"""你好，

这几天登录网上营业厅，点“获取验证码”以后一直收不到短信，试了十几次，账号被锁定了24小时。
我需要查询和打印上个月的发票，现在完全登不上去。麻烦帮忙解锁账号并看看短信验证码为什么发不出来。

刘洋
""", L(disposition="ticket", kind="complaint", category="account_access", severity=2, flags=[], channel="email",
       language="zh", subject="网上营业厅登录收不到验证码",
       description_contains=["点“获取验证码”以后一直收不到短信"]),
       date(12, 10, 5, 0, "+0800"), mailer=UA_QQ)

    p = "zh/security-personal-info-leak.eml"
    simple(p, "赵敏", "zhaomin@example.com", "个人信息被泄露，每天接到几十个骚扰电话",
"""贵公司：

我上周五在你们营业厅办理了携号转网咨询，从周六开始每天接到几十个推销电话，对方能准确说出我的姓名、身份证后四位和我刚咨询过的套餐。
这些信息只有你们营业厅知道，我有理由怀疑是你们的工作人员泄露了我的个人信息。

我要求贵公司立即调查并给我书面答复。如果三天内没有答复，我将向工信部申诉，并保留追究法律责任的权利。

赵敏
""", L(disposition="ticket", kind="complaint", category="security_privacy", severity=3, priority="high",
       flags=["escalated"], channel="email", language="zh", subject="个人信息被泄露，每天接到几十个骚扰电话",
       description_contains=["我有理由怀疑是你们的工作人员泄露了我的个人信息", "我将向工信部申诉"]),
       date(17, 8, 50, 12, "+0800"), mailer=UA_FOXMAIL, host="smtp.example.cn", ip="203.0.113.41")

    p = "zh/timeliness-no-reply.eml"
    simple(p, "孙丽", "sunli@example.org", "投诉一个星期了还没有人回复",
"""你好：

我11月10日通过客服热线投诉固话无法拨出，当时说24小时内会有人联系我，到今天已经一个星期了，没有任何人联系我，电话还是打不出去。
工单号是GD1110-4472。请尽快处理，给个说法。

孙丽
""", L(disposition="ticket", kind="complaint", category="timeliness", severity=2, flags=[], channel="email", language="zh",
       subject="投诉一个星期了还没有人回复",
       description_contains=["当时说24小时内会有人联系我，到今天已经一个星期了"]),
       date(17, 15, 20, 0, "+0800"), mailer=UA_163, host="m12-31.example.cn", ip="203.0.113.52")

    p = "zh/product-policy-downgrade.eml"
    simple(p, "周杰", "zhoujie@example.net", "套餐降档为什么要等合约到期",
"""你好，

我现在用的是199元套餐，实际每月流量只用不到10G，想换成59元的套餐。营业厅说合约期内只能升档不能降档，要等明年6月合约到期才行。
办理的时候根本没有人告诉我有这个限制，合同上的字也小得看不清。这种规定不合理，希望能允许我现在就降档。

周杰
""", L(disposition="ticket", kind="complaint", category="product_policy", flags=[], channel="email", language="zh",
       subject="套餐降档为什么要等合约到期",
       description_contains=["营业厅说合约期内只能升档不能降档"]),
       date(15, 13, 12, 0, "+0800"), mailer=UA_QQ)

    p = "zh/hardware-ont-broken.eml"
    simple(p, "黄磊", "huanglei@example.com", "光猫坏了，LOS灯一直闪红",
"""客服你好，

家里的光猫从昨天开始LOS灯一直闪红灯，完全上不了网。光猫是你们装机时提供的，用了不到一年。
请尽快上门更换光猫。联系电话13800138305。

黄磊
""", L(disposition="ticket", kind="complaint", category="hardware", flags=[], channel="email", language="zh",
       subject="光猫坏了，LOS灯一直闪红",
       description_contains=["家里的光猫从昨天开始LOS灯一直闪红灯"]),
       date(19, 7, 45, 0, "+0800"), mailer=UA_163, host="m12-31.example.cn", ip="203.0.113.52")

    p = "zh/software-app-crash.eml"
    simple(p, "吴婷", "wuting@example.org", "手机APP更新后一打开就闪退",
"""你好，

昨天更新了掌上营业厅APP（版本7.3.0），之后每次打开都直接闪退，卸载重装也一样。手机是安卓14。
现在没办法查话费和缴费，请尽快修复。

吴婷
""", L(disposition="ticket", kind="complaint", category="software", flags=[], channel="email", language="zh",
       subject="手机APP更新后一打开就闪退",
       description_contains=["之后每次打开都直接闪退，卸载重装也一样。"]),
       date(20, 12, 1, 0, "+0800"), mailer=UA_QQ)

    p = "zh/suggestion-elderly-service.eml"
    simple(p, "郑华", "zhenghua@example.net", "建议营业厅开设老年人专用窗口",
"""您好！

提一个建议：很多老年人不会用自助机和手机APP，建议每个营业厅都开设一个老年人专用窗口，或者安排一名工作人员专门帮助老年人办理业务。
这样既方便老人，也能减少排队时间。谢谢！

郑华
""", L(disposition="ticket", kind="suggestion", priority="low", flags=[], channel="email", language="zh",
       subject="建议营业厅开设老年人专用窗口",
       description_contains=["建议每个营业厅都开设一个老年人专用窗口"]),
       date(18, 10, 20, 0, "+0800"), mailer=UA_163, host="m12-31.example.cn", ip="203.0.113.52")

    p = "zh/inquiry-invoice.eml"
    simple(p, "马晓东", "maxd@example.com", "请问电子发票怎么开",
"""你好，请问宽带费的电子发票在哪里开？公司报销需要抬头和税号，APP里好像找不到入口。谢谢。
""", L(disposition="ticket", kind="inquiry", priority="low", flags=[], channel="email", language="zh",
       subject="请问电子发票怎么开", description_contains=["请问宽带费的电子发票在哪里开？"]),
       date(21, 11, 11, 0, "+0800"), mailer=UA_QQ)

    p = "zh/withdrawal.eml"
    simple(p, "孙丽", "sunli@example.org", "申请撤销投诉",
"""你好：

我之前投诉的固话无法拨出问题（工单号GD1110-4472），今天师傅已经上门修好了，我申请撤销这个投诉。是我自愿撤销的，谢谢。

孙丽
""", L(disposition="ticket", flags=["withdrawal"], channel="email", language="zh", subject="申请撤销投诉",
       description_contains=["我申请撤销这个投诉"]),
       date(19, 16, 3, 0, "+0800"), mailer=UA_163, host="m12-31.example.cn", ip="203.0.113.52")

    p = "zh/traditional-hk-billing.eml"
    simple(p, "陳嘉欣", "kayan.chan@example.net", "漫遊費用收費過高",
"""你好，

我上個月去日本旅行五日，出發前已經在應用程式開通了「日本漫遊日費」，但帳單上仍然收取了按量計算的數據漫遊費，合共港幣1,280元。
請盡快核實並退回多收的費用。

陳嘉欣
""", L(disposition="ticket", kind="complaint", category="billing", flags=[], channel="email", language="zh",
       subject="漫遊費用收費過高",
       description_contains=["但帳單上仍然收取了按量計算的數據漫遊費"]),
       date(22, 14, 30, 0, "+0800"), mailer=UA_APPLE)

    p = "zh/other-noise-base-station.eml"
    simple(p, "何建国", "hejianguo@example.org", "小区楼顶基站施工噪音扰民",
"""你好，

我们小区3号楼楼顶正在安装你们公司的基站设备，施工队每天晚上十点以后还在切割钢材，噪音很大，老人孩子都睡不着。
请通知施工方晚上不要施工。

何建国
""", L(disposition="ticket", kind="complaint", flags=[], channel="email", language="zh",
       subject="小区楼顶基站施工噪音扰民",
       description_contains=["施工队每天晚上十点以后还在切割钢材"]),
       date(23, 22, 50, 0, "+0800"), mailer=UA_QQ)

# ================================================================ charsets/
def cs(path, name, email, subject, body, label, when, charset, cte, senc="B", codec=None, mailer=None,
       host="mail.example.net", ip="192.0.2.31", crlf=False):
    frm = f"{ew(name, charset, senc, codec=codec)} <{email}>" if name else email
    s = ew(subject, charset, senc, codec=codec)
    put(path, top(frm, s, when, path, mailer=mailer, host=host, ip=ip),
        leaf(body, charset=charset, cte=cte, codec=codec), label, crlf=crlf)

def build_charsets():
    p = "charsets/us-ascii-7bit.eml"
    put(p, top(addr("Kevin O'Brien", "kobrien@example.net"), "Broadband speed well below what I pay for", date(3, 18, 0, 0), p, mailer=UA_OE),
        leaf("""Hello,

I pay for the 150Mb package but every speed test I run shows between 18 and 25Mb, even with a cable plugged straight into the router.
Please either fix the speed or move me to a cheaper package and refund the difference for the last three months.

Kevin O'Brien
Account 2208816644
""", charset="us-ascii", cte="7bit"),
        L(disposition="ticket", kind="complaint", category="network", language="en", channel="email",
          subject="Broadband speed well below what I pay for",
          complainant=person("Kevin O'Brien", "kobrien@example.net", None, "2208816644"),
          description_contains=["every speed test I run shows between 18 and 25Mb"]))

    p = "charsets/iso-8859-1-qp.eml"
    cs(p, "Zoë Lefèvre", "zoe.lefevre@example.com", "Wrong bill for Zoë Lefèvre",
"""Hello,

My name is Zoë Lefèvre and I moved into the flat above the café on Rue-de-la-Paix Lane last month.
Your bill dated 1 November is addressed to "Zoe Lefevre" and charges me £64.00 for calls I never made.
Could you please correct the bill and my name (with the accents: Zoë Lefèvre)?

Merci beaucoup,
Zoë
""",
       L(disposition="ticket", kind="complaint", category="billing", language="en", channel="email",
         subject="Wrong bill for Zoë Lefèvre",
         complainant=person("Zoë Lefèvre", "zoe.lefevre@example.com", None, None),
         description_contains=["My name is Zoë Lefèvre and I moved into the flat above the café", "charges me £64.00 for calls I never made"]),
       date(4, 10, 20, 0, "+0100"), "iso-8859-1", "quoted-printable", senc="Q", mailer=UA_TB)

    p = "charsets/iso-8859-15-qp.eml"
    cs(p, "Søren Œhlenschläger", "soren.o@example.org", "Roaming charge of €19.99 twice",
"""Hello,

While in Lyon I was charged the daily roaming fee of €19.99 twice on 7 November, although I only used data once.
My hotel bill shows I checked in at 21:00 so I could not have used it in the morning.
Please refund one €19.99 charge.

Søren Œhlenschläger
""", L(disposition="ticket", kind="complaint", category="billing", language="en", channel="email",
        subject="Roaming charge of €19.99 twice",
        complainant=person("Søren Œhlenschläger", "soren.o@example.org", None, None),
        description_contains=["I was charged the daily roaming fee of €19.99 twice", "Please refund one €19.99 charge."]),
       date(9, 8, 15, 0, "+0100"), "iso-8859-15", "quoted-printable", senc="Q", mailer=UA_TB)

    p = "charsets/windows-1252-8bit.eml"
    cs(p, "Siobhán Ní Bhriain", "siobhan.nb@example.net", "“Free” upgrade that wasn’t free",
"""Hi,

Your advisor told me the new handset was a “free upgrade – no change to your monthly price”. My next bill went up from €35 to €47.50 a month.
I’ve been charged the extra €12.50 for two months now… that’s €25 I want back, and the price put back to what I was promised.

Thanks,
Siobhán
""", L(disposition="ticket", kind="complaint", category="billing", language="en", channel="email",
        subject="“Free” upgrade that wasn’t free",
        description_contains=["“free upgrade – no change to your monthly price”", "My next bill went up from €35 to €47.50 a month.",
                              "I’ve been charged the extra €12.50 for two months now… that’s €25 I want back"]),
       date(11, 17, 40, 0), "windows-1252", "8bit", mailer=UA_OUTLOOK)

    p = "charsets/windows-1250-qp.eml"
    cs(p, "Łukasz Wróblewski", "lukasz.wroblewski@example.com", "Wrong name on contract: Łukasz Wróblewski",
"""Hello,

My contract and every bill spell my name as "Lukasz Wroblewski" and the address as "ul. Swietokrzyska".
The correct spelling is Łukasz Wróblewski, ul. Świętokrzyska 12/4. My bank rejected a direct debit because of the mismatch.
Please correct both.

Łukasz Wróblewski
""", L(disposition="ticket", kind="complaint", language="en", channel="email", subject="Wrong name on contract: Łukasz Wróblewski",
        complainant=person("Łukasz Wróblewski", "lukasz.wroblewski@example.com", None, None),
        description_contains=["The correct spelling is Łukasz Wróblewski, ul. Świętokrzyska 12/4."]),
       date(12, 9, 0, 0, "+0100"), "windows-1250", "quoted-printable", senc="Q", mailer=UA_OUTLOOK)

    p = "charsets/gb2312-label-actually-gbk.eml"
    cs(p, "王镕", "wangrong@example.cn", "宽带账户名“王镕”显示成乱码",
"""你好：

我叫王镕，宽带账户是2021年开户的。最近收到的电子账单上我的名字显示成“王?”，营业厅说系统不支持“镕”这个字。
同样的问题也出现在我女儿的名字“王喆”上。请把我们的户名改正，否则开发票的时候抬头不对，单位不给报销。

王镕
""", L(disposition="ticket", kind="complaint", language="zh", channel="email", subject="宽带账户名“王镕”显示成乱码",
        complainant=person("王镕", "wangrong@example.cn", None, None),
        description_contains=["营业厅说系统不支持“镕”这个字", "同样的问题也出现在我女儿的名字“王喆”上"]),
       date(13, 11, 2, 0, "+0800"), "gb2312", "base64", codec="gbk", mailer=UA_FOXMAIL,
       host="smtp.example.cn", ip="203.0.113.41")

    p = "charsets/gbk-qp.eml"
    cs(p, "欧阳琳", "ouyanglin@example.net", "国际长途资费与宣传不符",
"""客服您好：

贵公司宣传单上写着“拨打港澳台地区0.99元/分钟”，可是我的账单按每分钟3.60元收费，一共打了46分钟，多收了120元。
请按宣传的资费重新计算，退还多收的费用。宣传单我拍照留存了。

欧阳琳
""", L(disposition="ticket", kind="complaint", category="billing", language="zh", channel="email",
        subject="国际长途资费与宣传不符",
        description_contains=["可是我的账单按每分钟3.60元收费", "请按宣传的资费重新计算"]),
       date(14, 15, 6, 0, "+0800"), "gbk", "quoted-printable", mailer=UA_FOXMAIL, host="smtp.example.cn", ip="203.0.113.41")

    p = "charsets/gb18030-8bit.eml"
    cs(p, "𠮷田明", "yoshida.ming@example.org", "实名登记时姓名中的“𠮷”字无法录入",
"""你好，

我姓“𠮷”（上面是“土”不是“士”），去营业厅办理实名登记时，系统无法录入这个字，工作人员让我用“吉”代替。
但是我的身份证上是“𠮷”，这样登记以后名字对不上，补卡和过户都会有问题。请贵公司解决生僻字录入的问题。

𠮷田明
""", L(disposition="ticket", kind="complaint", language="zh", channel="email",
        subject="实名登记时姓名中的“𠮷”字无法录入",
        complainant=person("𠮷田明", "yoshida.ming@example.org", None, None),
        description_contains=["但是我的身份证上是“𠮷”", "工作人员让我用“吉”代替"]),
       date(15, 10, 30, 0, "+0800"), "gb18030", "8bit", mailer=UA_FOXMAIL, host="smtp.example.cn", ip="203.0.113.41")

    p = "charsets/big5-base64.eml"
    cs(p, "林志明", "lin.zm@example.net", "光纖網路每天斷線好幾次",
"""您好：

我家的光纖網路從上個月開始每天都會斷線好幾次，每次大約十分鐘，數據機的燈號會全部熄滅再重新亮起。
已經報修兩次，技術人員來看過都說線路正常，但問題一直沒有改善。我在家工作，視訊會議常常中斷，請儘快徹底處理。

林志明 敬上
""", L(disposition="ticket", kind="complaint", category="network", language="zh", channel="email",
        subject="光纖網路每天斷線好幾次",
        description_contains=["我家的光纖網路從上個月開始每天都會斷線好幾次", "請儘快徹底處理"]),
       date(16, 20, 10, 0, "+0800"), "big5", "base64", mailer=UA_OUTLOOK, host="mail.example.net", ip="198.51.100.88")

    p = "charsets/shift_jis-base64.eml"
    cs(p, "佐藤 花子", "hanako.sato@example.org", "ローミング料金についての苦情",
"""ご担当者様

先月ロンドン滞在中に御社のプリペイドSIMを購入しましたが、3日目から全くデータ通信ができなくなりました。
店舗で確認したところ「容量が残っている」と言われましたが、接続できないままでした。
残りの期間分の料金（25ポンド）の返金をお願いします。

佐藤 花子
""", L(disposition="ticket", kind="complaint", channel="email", subject="ローミング料金についての苦情",
        complainant=person("佐藤 花子", "hanako.sato@example.org", None, None),
        description_contains=["3日目から全くデータ通信ができなくなりました", "残りの期間分の料金（25ポンド）の返金をお願いします。"]),
       date(6, 9, 45, 0, "+0900"), "shift_jis", "base64", mailer=("X-Mailer", "Becky! ver. 2.81.05"))

    p = "charsets/euc-jp-8bit.eml"
    cs(p, "高橋 誠", "m.takahashi@example.net", "請求書の金額が違います",
"""お世話になっております。

11月分の請求書で、解約済みのオプション「クラウド保存プラス」の料金が請求されています。
10月15日に店舗で解約手続きをしました。確認のうえ、返金をお願いいたします。

高橋 誠
""", L(disposition="ticket", kind="complaint", category="billing", channel="email", subject="請求書の金額が違います",
        description_contains=["解約済みのオプション「クラウド保存プラス」の料金が請求されています"]),
       date(7, 13, 0, 0, "+0900"), "euc-jp", "8bit", mailer=("X-Mailer", "Sylpheed 3.7.0"))

    p = "charsets/iso-2022-jp.eml"
    cs(p, "山本 健一", "kenichi.yamamoto@example.org", "店舗スタッフの対応について",
"""Acme Telecom カスタマーサービス御中

昨日、オックスフォード・ストリート店で機種変更をお願いしたところ、
スタッフの方に「日本語も英語もわからないなら来ないでください」と言われました。
非常に不快な思いをしました。事実確認と謝罪をお願いします。

山本 健一
""", L(disposition="ticket", kind="complaint", category="service_attitude", channel="email",
        subject="店舗スタッフの対応について",
        description_contains=["非常に不快な思いをしました。事実確認と謝罪をお願いします。"]),
       date(8, 11, 20, 0, "+0900"), "iso-2022-jp", "7bit", mailer=("X-Mailer", "Microsoft Outlook 16.0"))

    p = "charsets/euc-kr-base64.eml"
    cs(p, "김민준", "minjun.kim@example.com", "인터넷 속도가 너무 느립니다",
"""안녕하세요.

지난주부터 집 인터넷 속도가 계약한 속도의 10분의 1 수준밖에 나오지 않습니다.
기사님 방문을 요청드리며, 이번 달 요금 감면도 검토해 주시기 바랍니다.

김민준 드림
""", L(disposition="ticket", kind="complaint", category="network", channel="email",
        subject="인터넷 속도가 너무 느립니다",
        description_contains=["지난주부터 집 인터넷 속도가 계약한 속도의 10분의 1 수준밖에 나오지 않습니다."]),
       date(9, 14, 0, 0, "+0900"), "euc-kr", "base64", mailer=("X-Mailer", "Outlook Express 6.00"))

    p = "charsets/koi8-r-8bit.eml"
    cs(p, "Ольга Смирнова", "olga.smirnova@example.net", "Жалоба: нет интернета третий день",
"""Здравствуйте!

У меня уже третий день не работает домашний интернет. Оператор горячей линии обещал прислать мастера, но никто не пришёл.
Прошу срочно восстановить подключение и пересчитать абонентскую плату за эти дни.

С уважением,
Ольга Смирнова
""", L(disposition="ticket", kind="complaint", category="network", channel="email",
        subject="Жалоба: нет интернета третий день",
        description_contains=["У меня уже третий день не работает домашний интернет."]),
       date(10, 8, 0, 0, "+0300"), "koi8-r", "8bit", mailer=("X-Mailer", "The Bat! (v10.4.3) Professional"))

    # Q-encoded adjacent words: the whitespace between adjacent encoded words must vanish
    p = "charsets/header-q-adjacent-words.eml"
    s = ("=?utf-8?Q?R=C3=A9clamation_urgente:?= =?utf-8?Q?_facture_d=C3=A9j=C3=A0?=\n =?iso-8859-1?Q?_pay=E9e?=")
    frm = "=?utf-8?Q?Ren=C3=A9e?= =?utf-8?Q?_Dup=C3=A9?= <renee.dupe@example.org>"
    put(p, top(frm, s, date(10, 10, 10, 0, "+0100"), p, mailer=UA_TB),
        leaf("""Hello,

Sorry for the French subject. My November invoice has already been paid by bank transfer on 2 November but I received a reminder letter with a £5 late fee.
Please remove the late fee.

Renée Dupé
""", charset="utf-8", cte="8bit"),
        L(disposition="ticket", kind="complaint", category="billing", language="en", channel="email",
          subject="Réclamation urgente: facture déjà payée",
          complainant=person("Renée Dupé", "renee.dupe@example.org", None, None),
          description_contains=["I received a reminder letter with a £5 late fee."]))

    # UTF-8 B words split in the middle of a multi-byte character
    p = "charsets/header-b-split-midchar.eml"
    subject = "关于宽带续约优惠没有兑现的投诉"
    put(p, top(f"{ew('欧阳明月', 'utf-8', split_mid=True, max_bytes=7)} <oymy@example.com>",
               ew(subject, "utf-8", split_mid=True, max_bytes=10), date(11, 9, 30, 0, "+0800"), p, mailer=UA_FOXMAIL),
        leaf("""您好：

去年续约时销售经理承诺续约满一年赠送三个月宽带费，现在一年到了，客服说系统里没有这个优惠记录。
我手上有当时的短信截图，请兑现承诺。

欧阳明月
""", charset="utf-8", cte="base64"),
        L(disposition="ticket", kind="complaint", language="zh", channel="email", subject=subject,
          complainant=person("欧阳明月", "oymy@example.com", None, None),
          description_contains=["客服说系统里没有这个优惠记录"]))

    # raw 8-bit UTF-8 header values (no RFC 2047)
    p = "charsets/raw-utf8-headers.eml"
    put(p, top("孟凡 <mengfan@example.net>".encode("utf-8"), "营业厅多收了我50元换卡费".encode("utf-8"),
               date(12, 12, 0, 0, "+0800"), p, mailer=UA_163),
        leaf("""你好，

我在营业厅补办SIM卡，工作人员收了50元换卡费，但是你们官网写的是补卡免费。请退还这50元。

孟凡
""", charset="utf-8", cte="8bit"),
        L(disposition="ticket", kind="complaint", category="billing", language="zh", channel="email",
          subject="营业厅多收了我50元换卡费",
          complainant=person("孟凡", "mengfan@example.net", None, None),
          description_contains=["但是你们官网写的是补卡免费"]))

    # raw 8-bit GBK header values, body GBK without charset parameter's help (labelled gbk)
    p = "charsets/raw-gbk-headers.eml"
    put(p, top("谢婉清 <xiewq@example.com>".encode("gbk"), "手机信号差，家里打不了电话".encode("gbk"),
               date(13, 19, 0, 0, "+0800"), p, mailer=UA_FOXMAIL),
        leaf("""你好：

我住在城东花园小区12栋，家里手机信号只有一格，经常打不出电话，接电话也断断续续。希望在附近增加基站或者信号放大器。

谢婉清
""", charset="gbk", cte="8bit"),
        L(disposition="ticket", kind="complaint", category="network", language="zh", channel="email",
          subject="手机信号差，家里打不了电话",
          complainant=person("谢婉清", "xiewq@example.com", None, None),
          description_contains=["家里手机信号只有一格，经常打不出电话"]))

    # UTF-8 QP Chinese body
    p = "charsets/utf-8-qp-zh.eml"
    simple(p, "钱多多", "qianduoduo@example.org", "流量包自动续订没有提醒",
"""你好，

我9月份办了一个10元1G的流量包，说好是当月有效，结果10月和11月都自动续订扣费了，没有任何短信提醒。
请退还10月和11月的20元，并取消自动续订。

钱多多
""", L(disposition="ticket", kind="complaint", category="billing", language="zh", channel="email",
        subject="流量包自动续订没有提醒",
        description_contains=["结果10月和11月都自动续订扣费了，没有任何短信提醒。"]),
       date(14, 9, 0, 0, "+0800"), cte="quoted-printable", mailer=UA_QQ)

    # UTF-8 base64 English with emoji and crlf
    p = "charsets/utf-8-base64-emoji.eml"
    simple(p, "Chloé Martin", "chloe.martin@example.com", "Wi‑Fi extender 😡 still not delivered",
"""Hi,

I ordered the Wi‑Fi extender on 1 November 📦 and the tracking still says “label created”. It’s been three weeks 😡.
Please send it or cancel the order and refund £35.

Chloé
""", L(disposition="ticket", kind="complaint", language="en", channel="email",
        subject="Wi‑Fi extender 😡 still not delivered",
        description_contains=["the tracking still says “label created”. It’s been three weeks 😡."]),
       date(22, 10, 0, 0), cte="base64", crlf=True, mailer=UA_IPHONE)

    # RFC 2231 filename continuation with a Chinese name, plus text part
    p = "charsets/rfc2231-filename.eml"
    img = png(32, 20, (30, 120, 200))
    fname = "话费账单截图_2026年10月.png"
    enc = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in fname)
    half = len(enc) // 2
    while enc[half - 1] == "%" or enc[half - 2] == "%": half += 1
    att = {"headers": [("Content-Type", f"image/png;\n name*0*=utf-8''{enc[:half]};\n name*1*={enc[half:]}"),
                       ("Content-Transfer-Encoding", "base64"),
                       ("Content-Disposition", f"attachment;\n filename*0*=utf-8''{enc[:half]};\n filename*1*={enc[half:]}")],
           "body": b64(img)}
    put(p, top(addr("蒋文", "jiangwen@example.net"), subj("附上账单截图，请核实多收费用"), date(15, 10, 0, 0, "+0800"), p, mailer=UA_TB),
        multi("mixed", [leaf("""你好，

附件是我10月份账单的截图，里面“国际漫游数据”一项收了368元，但我10月份根本没有出国。请核实并退款。

蒋文
"""), att], "----=_Part_2231_77120.1763101200"),
        L(disposition="ticket", kind="complaint", category="billing", language="zh", channel="email",
          subject="附上账单截图，请核实多收费用",
          description_contains=["但我10月份根本没有出国"],
          attachments=[{"filename": fname, "content_type": "image/png", "size": len(img)}]))

    # encoded filename via RFC 2047 in name= (common in real mail though not standard) and big5 QP body
    p = "charsets/big5-qp-rfc2047-filename.eml"
    doc = pdf(["Acme Telecom", "Repair receipt R-55120", "Technician visit 2026-11-12"])
    fn = "維修單據.pdf"
    att = {"headers": [("Content-Type", f'application/pdf; name="{ew(fn, "big5")}"'),
                       ("Content-Transfer-Encoding", "base64"),
                       ("Content-Disposition", f'attachment; filename="{ew(fn, "big5")}"')], "body": b64(doc)}
    put(p, top(f"{ew('黃淑芬', 'big5')} <sf.huang@example.org>", ew("維修後電話仍然沒有聲音", "big5"), date(16, 9, 0, 0, "+0800"), p, mailer=UA_OUTLOOK),
        multi("mixed", [leaf("""您好：

上週技術人員到府維修市內電話，修完當天就又沒有撥號音了。附上維修單據，請再派人來處理，並說明為何同樣問題重複發生。

黃淑芬
""", charset="big5", cte="quoted-printable"), att], "_NextPart_000_0012_01DB3C11.5E8A2F10"),
        L(disposition="ticket", kind="complaint", language="zh", channel="email", subject="維修後電話仍然沒有聲音",
          description_contains=["修完當天就又沒有撥號音了"],
          attachments=[{"filename": fn, "content_type": "application/pdf", "size": len(doc)}]))

# ================================================================ structure/
def build_structure():
    p = "structure/html-only.eml"
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Complaint</title>
<style type="text/css">
  body { font-family: Calibri, sans-serif; font-size: 11pt; }
  .hidden-style-marker { display: none; }
  td { border: 1px solid #ccc; padding: 4px; }
</style>
<script type="text/javascript">var trackingPixelMarker = "do-not-show-this-script";</script>
</head>
<body>
<!-- generated by WebMail Composer; this comment must not appear -->
<p>Dear Acme Telecom,</p>
<p>I am complaining about my Broadband &amp; TV bundle. Since the price rise on 1&nbsp;November I am paying &pound;58.00 instead of &pound;45.00 a month, although my contract says the price is fixed for 24&nbsp;months.</p>
<p>The charges on my last two bills:</p>
<table>
<tr><th>Month</th><th>Charged</th><th>Should be</th></tr>
<tr><td>October</td><td>&pound;45.00</td><td>&pound;45.00</td></tr>
<tr><td>November</td><td>&pound;58.00</td><td>&pound;45.00</td></tr>
</table>
<p>What I am asking for:</p>
<ul>
<li>a refund of the &pound;13.00 difference</li>
<li>written confirmation that my price is fixed until March&nbsp;2027</li>
</ul>
<p>I&#8217;ve attached nothing because it&#x2019;s all on your own system.</p>
<p>Regards,<br>Owen Hughes<br>Account 7781002934</p>
</body></html>
"""
    put(p, top(addr("Owen Hughes", "owen.hughes@example.com"), "Price rise on a fixed-price contract", date(5, 20, 0, 0), p,
               mailer=("X-Mailer", "WebMail Composer 3.2")),
        leaf(html, ctype="text/html", cte="quoted-printable"),
        L(disposition="ticket", kind="complaint", category="billing", language="en", channel="email",
          subject="Price rise on a fixed-price contract",
          complainant=person("Owen Hughes", "owen.hughes@example.com", None, "7781002934"),
          description_contains=["I am complaining about my Broadband & TV bundle.", "£58.00", "a refund of the £13.00 difference",
                                "I’ve attached nothing because it’s all on your own system."],
          description_excludes=["hidden-style-marker", "do-not-show-this-script", "this comment must not appear", "<p>", "&pound;", "&amp;"]))

    p = "structure/html-only-zh-gbk.eml"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<style>p{margin:0} .sig{color:#999}</style></head><body>
<div>客服您好：</div>
<div><br></div>
<div>我于11月3日申请&ldquo;携号转网&rdquo;，到今天已经过了&#25105;&#20204;约定的3个工作日，仍然显示&lt;审核中&gt;。</div>
<div>请尽快办理，不要以各种理由拖延。</div>
<div><br></div>
<div>手机号：13800138520</div>
<div class="sig">—— 来自网易邮箱大师</div>
</body></html>
"""
    put(p, top(addr("田甜", "tiantian@example.net"), subj("携号转网拖延不办"), date(10, 16, 0, 0, "+0800"), p, mailer=UA_163),
        leaf(html, ctype="text/html", charset="gbk", cte="base64"),
        L(disposition="ticket", kind="complaint", language="zh", channel="email", subject="携号转网拖延不办",
          description_contains=["我于11月3日申请“携号转网”", "仍然显示<审核中>", "我们约定的3个工作日"],
          description_excludes=["p{margin:0}", "&ldquo;", "&#25105;", "来自网易邮箱大师"]))

    p = "structure/alternative.eml"
    text = """Hello,

Your engineer fitted my new line on Monday but left a hole drilled through my front window frame and cable clips hanging off the wall.
I'd like someone to come back and make good the damage, or pay for a joiner.

Photos available if needed.
Rachel Stone
"""
    html = """<div dir="ltr"><p>Hello,</p><p>Your engineer fitted my new line on Monday but left a hole drilled through my front window frame and cable clips hanging off the wall.</p><p>I'd like someone to come back and make good the damage, or pay for a joiner.</p><p>Photos available if needed.<br>Rachel Stone</p></div>
"""
    put(p, top(addr("Rachel Stone", "rachel.stone@example.org"), "Damage left after installation", date(17, 12, 0, 0), p),
        multi("alternative", [leaf(text, cte="quoted-printable"), leaf(html, ctype="text/html", cte="quoted-printable")],
              "000000000000a1b2c3061f4d5e6f"),
        L(disposition="ticket", kind="complaint", category="installation_repair", language="en", channel="email",
          subject="Damage left after installation",
          description_contains=["left a hole drilled through my front window frame"], attachments=[]))

    p = "structure/mixed-pdf-png.eml"
    doc = pdf(["ACME TELECOM - INVOICE 2026-10-77120", "Line rental 25.00", "Calls 0.00", "Early upgrade fee 150.00", "TOTAL 175.00"])
    img = png(40, 30, (220, 60, 60))
    put(p, top(addr("Imran Sheikh", "imran.sheikh@example.net"), subj("Invoice includes £150 upgrade fee I was told was waived"),
               date(18, 9, 30, 0), p, mailer=UA_OUTLOOK),
        multi("mixed", [
            multi("alternative", [leaf("""Hi,

Please see the attached invoice and a screenshot of the chat where your agent confirmed the £150 early upgrade fee would be waived.
I expect the fee removed from this invoice.

Imran Sheikh
""", cte="quoted-printable"), leaf("<p>Hi,</p><p>Please see the attached invoice and a screenshot of the chat where your agent confirmed the &pound;150 early upgrade fee would be waived.</p><p>I expect the fee removed from this invoice.</p><p>Imran Sheikh</p>\n", ctype="text/html", cte="quoted-printable")],
                  "_000_DB9PR01MB7721_alt_"),
            {"headers": [("Content-Type", 'application/pdf; name="Invoice_2026-10-77120.pdf"'),
                         ("Content-Description", "Invoice_2026-10-77120.pdf"),
                         ("Content-Disposition", 'attachment; filename="Invoice_2026-10-77120.pdf"; size=%d' % len(doc)),
                         ("Content-Transfer-Encoding", "base64")], "body": b64(doc)},
            {"headers": [("Content-Type", 'image/png; name="chat-screenshot.png"'),
                         ("Content-Disposition", 'attachment; filename="chat-screenshot.png"'),
                         ("Content-Transfer-Encoding", "base64")], "body": b64(img)},
        ], "_004_DB9PR01MB7721_mixed_"),
        L(disposition="ticket", kind="complaint", category="billing", language="en", channel="email",
          subject="Invoice includes £150 upgrade fee I was told was waived",
          description_contains=["confirmed the £150 early upgrade fee would be waived"],
          attachments=[{"filename": "Invoice_2026-10-77120.pdf", "content_type": "application/pdf", "size": len(doc)},
                       {"filename": "chat-screenshot.png", "content_type": "image/png", "size": len(img)}]))

    p = "structure/related-inline-image.eml"
    img = png(48, 24, (90, 90, 90))
    html = """<html><body><p>Hello,</p>
<p>This error appears every time I try to pay my bill in the app (screenshot below):</p>
<p><img src="cid:ii_m3k9x0a10" alt="error.png" width="240"></p>
<p>It says &quot;Payment service unavailable (code 5031)&quot;. I have tried three different cards.</p>
<p>Thanks, Mei Ling Tan</p></body></html>
"""
    put(p, top(addr("Mei Ling Tan", "meiling.tan@example.com"), "Cannot pay bill in app - error 5031", date(19, 8, 0, 0), p),
        multi("alternative", [
            leaf("""Hello,

This error appears every time I try to pay my bill in the app (screenshot below):

[image: error.png]

It says "Payment service unavailable (code 5031)". I have tried three different cards.

Thanks, Mei Ling Tan
"""),
            multi("related", [leaf(html, ctype="text/html", cte="quoted-printable"),
                              {"headers": [("Content-Type", 'image/png; name="error.png"'),
                                           ("Content-Disposition", 'inline; filename="error.png"'),
                                           ("Content-Transfer-Encoding", "base64"),
                                           ("Content-ID", "<ii_m3k9x0a10>"), ("X-Attachment-Id", "ii_m3k9x0a10")],
                               "body": b64(img)}], "000000000000rel7f3c061f4d5e70")],
            "000000000000alt7f3c061f4d5e6f"),
        L(disposition="ticket", kind="complaint", category="software", language="en", channel="email",
          subject="Cannot pay bill in app - error 5031",
          description_contains=["Payment service unavailable (code 5031)", "I have tried three different cards."]))

    p = "structure/nested-4-levels.eml"
    img = png(16, 16, (0, 160, 0))
    doc = pdf(["Letter to Acme Telecom", "Re: repeated dropped calls"])
    inner = multi("related", [
        leaf('<div>My mobile drops every call after exactly 60 seconds when I am at home in Harrow.<br>This has happened since the mast work on 2 November.</div><div><img src="cid:logo@local"></div>\n', ctype="text/html"),
        {"headers": [("Content-Type", "image/png"), ("Content-ID", "<logo@local>"), ("Content-Transfer-Encoding", "base64")], "body": b64(img)}],
        "lvl4-related")
    alt = multi("alternative", [leaf("My mobile drops every call after exactly 60 seconds when I am at home in Harrow.\nThis has happened since the mast work on 2 November.\n"), inner], "lvl3-alternative")
    mixed2 = multi("mixed", [alt, {"headers": [("Content-Type", 'application/pdf; name="letter.pdf"'), ("Content-Disposition", 'attachment; filename="letter.pdf"'), ("Content-Transfer-Encoding", "base64")], "body": b64(doc)}], "lvl2-mixed")
    put(p, top(addr("George Adeyemi", "g.adeyemi@example.net"), "Calls dropping after 60 seconds", date(20, 21, 0, 0), p, mailer=UA_APPLE),
        multi("mixed", [mixed2], "lvl1-mixed", preamble=b"This is a multi-part message in MIME format."),
        L(disposition="ticket", kind="complaint", category="network", language="en", channel="email",
          subject="Calls dropping after 60 seconds",
          description_contains=["My mobile drops every call after exactly 60 seconds when I am at home in Harrow."],
          description_excludes=["This is a multi-part message in MIME format."]))

    p = "structure/missing-final-boundary.eml"
    doc = pdf(["Direct debit mandate", "cancelled 2026-10-31"])
    put(p, top(addr("Julia Brennan", "julia.brennan@example.org"), "Still taking money after I cancelled", date(21, 10, 0, 0), p, mailer=UA_TB),
        multi("mixed", [leaf("""Hello,

I cancelled my contract on 31 October and returned the router, but you have taken another £29.99 by direct debit on 15 November.
Proof of cancellation attached. Please refund it.

Julia Brennan
"""), {"headers": [("Content-Type", 'application/pdf; name="cancellation.pdf"'), ("Content-Disposition", 'attachment; filename="cancellation.pdf"'), ("Content-Transfer-Encoding", "base64")], "body": b64(doc)}],
              "------------Xq8rKd0n1bXbbN8uW9l3L0", close=False),
        L(disposition="ticket", kind="complaint", category="billing", language="en", channel="email",
          subject="Still taking money after I cancelled",
          description_contains=["you have taken another £29.99 by direct debit on 15 November."],
          attachments=[{"filename": "cancellation.pdf", "content_type": "application/pdf", "size": len(doc)}]))

    p = "structure/wrong-ctype-text-plian.eml"
    put(p, top(addr("Stefan Novak", "stefan.novak@example.com"), "Voicemail not working", date(22, 11, 0, 0), p),
        {"headers": [("Content-Type", "text/plian; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")],
         "body": "Hello,\n\nSince last Friday callers hear “this number is not available” instead of my voicemail greeting.\nPlease fix it.\n\nStefan\n".encode()},
        L(disposition="ticket", kind="complaint", language="en", channel="email", subject="Voicemail not working",
          description_contains=["callers hear “this number is not available” instead of my voicemail greeting."]))

    p = "structure/multipart-without-boundary.eml"
    put(p, top(addr("Amara Eze", "amara.eze@example.net"), "Broadband bill after moving house", date(22, 12, 0, 0), p),
        {"headers": [("Content-Type", "multipart/mixed"), ("Content-Transfer-Encoding", "7bit")],
         "body": b"Hello,\n\nI moved house on 10 November and you are now billing me for both the old and the new address.\nPlease close the old account.\n\nAmara Eze\n"},
        L(disposition="ticket", language="en", channel="email", subject="Broadband bill after moving house",
          description_contains=["you are now billing me for both the old and the new address."]))

    p = "structure/missing-content-type-8bit-utf8.eml"
    h = top(addr("Ian Forsyth", "ian.forsyth@example.org"), "Refund of £20 deposit", date(22, 13, 0, 0), p, mailer=UA_KMAIL)
    h = [x for x in h if x[0] != "MIME-Version"]
    raw(p, b"".join(hline(n, v) for n, v in h) + "\nHello,\n\nI returned the set-top box on 2 November but the £20 deposit has not been refunded.\nPlease refund it.\n\nIan\n".encode(),
        L(disposition="ticket", language="en", channel="email", subject="Refund of £20 deposit",
          description_contains=["the £20 deposit has not been refunded."]))

    p = "structure/base64-junk-whitespace.eml"
    body = "您好，\n\n我家的固定电话最近一直有很大的杂音，通话时对方听不清楚。请安排维修人员上门检查。\n\n罗晓峰\n".encode("utf-8")
    enc = base64.b64encode(body).decode()
    junk = ""
    for i in range(0, len(enc), 30):
        junk += "  " + enc[i:i + 30] + (" \t" if i % 60 else "") + ("\r\n" if i % 90 == 0 else "\n")
    junk = junk.rstrip().rstrip("=") + "\n!!!\n"
    put(p, top(addr("罗晓峰", "luoxf@example.com"), subj("固话杂音大"), date(22, 14, 0, 0, "+0800"), p, mailer=UA_FOXMAIL),
        {"headers": [("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", " Base64 ")], "body": junk.encode()},
        L(disposition="ticket", kind="complaint", language="zh", channel="email", subject="固话杂音大",
          description_contains=["我家的固定电话最近一直有很大的杂音，通话时对方听不清楚。"]))

    p = "structure/crlf-alternative.eml"
    put(p, top(addr("Patrick Doyle", "patrick.doyle@example.com"), "No dial tone since the storm", date(23, 8, 0, 0), p, mailer=UA_OUTLOOK),
        multi("alternative", [leaf("Hello,\n\nWe have had no dial tone on our landline since the storm on Thursday night. The pole outside number 14 is leaning badly.\nPlease send someone.\n\nPatrick Doyle\n", cte="quoted-printable"),
                              leaf("<p>Hello,</p><p>We have had no dial tone on our landline since the storm on Thursday night. The pole outside number 14 is leaning badly.</p><p>Please send someone.</p><p>Patrick Doyle</p>\n", ctype="text/html", cte="quoted-printable")],
              "_000_AM0PR10MB2231CRLF_"),
        L(disposition="ticket", kind="complaint", language="en", channel="email", subject="No dial tone since the storm",
          description_contains=["We have had no dial tone on our landline since the storm on Thursday night."]), crlf=True)

    p = "structure/crlf-plain-zh.eml"
    simple(p, "唐宁", "tangning@example.org", "营业厅排队太久",
           "你好，\n\n周六在人民路营业厅办业务排了两个半小时，只开了一个窗口。希望周末多开几个窗口。\n\n唐宁\n",
           L(disposition="ticket", kind="complaint", language="zh", channel="email", subject="营业厅排队太久",
             description_contains=["周六在人民路营业厅办业务排了两个半小时，只开了一个窗口。"]),
           date(23, 9, 0, 0, "+0800"), crlf=True, mailer=UA_QQ)

    p = "structure/binary-cte.eml"
    put(p, top(addr("Hamid Karimi", "hamid.karimi@example.net"), "Wrong tariff after renewal", date(23, 10, 0, 0), p),
        leaf("Hello,\n\nAfter renewing my contract I was put on the Unlimited Plus tariff (£40) instead of Unlimited (£30) which I agreed.\n\nHamid\n", cte="binary"),
        L(disposition="ticket", kind="complaint", language="en", channel="email", subject="Wrong tariff after renewal",
          description_contains=["I was put on the Unlimited Plus tariff (£40) instead of Unlimited (£30)"]))

    p = "structure/text-log-attachment.eml"
    log = "".join(f"2026-11-2{d} 0{h}:12:0{h} WAN LINK DOWN pppoe0 LCP timeout LOGLINEMARKER\n" for d in range(3) for h in range(4)).encode()
    put(p, top(addr("Yusuf Demir", "yusuf.demir@example.com"), "Router log showing repeated drops", date(23, 11, 0, 0), p, mailer=UA_TB),
        multi("mixed", [leaf("Hello,\n\nAttached is my router log. The connection drops every few hours, as you can see.\nPlease investigate the line.\n\nYusuf Demir\n", params="; format=flowed"),
                        {"headers": [("Content-Type", 'text/plain; charset=UTF-8; name="router.log"'),
                                     ("Content-Disposition", 'attachment; filename="router.log"'),
                                     ("Content-Transfer-Encoding", "base64")], "body": b64(log)}],
              "------------9yHb3kQv0ZrWm1tS2aXcD4eF"),
        L(disposition="ticket", kind="complaint", category="network", language="en", channel="email",
          subject="Router log showing repeated drops",
          description_contains=["The connection drops every few hours, as you can see."],
          description_excludes=["LOGLINEMARKER"],
          attachments=[{"filename": "router.log", "content_type": "text/plain", "size": len(log)}]))

# ================================================================ channels/
FORM = "noreply@forms.company.example"
def build_channels():
    p = "channels/webform-en.eml"
    put(p, top(addr("Acme Telecom Web Forms", FORM), "New web form submission", date(12, 14, 3, 15), p,
               host="forms.company.example", ip="198.51.100.10",
               extra=[("Reply-To", "bethany.cole@example.com"), ("X-Form-ID", "complaints-v3"), ("Auto-Submitted", "no")]),
        leaf("""A new submission was received from the "Contact us - Complaints" form.

Name: Bethany Cole
Email: bethany.cole@example.com
Phone: +44 20 7946 0588
Account number: 9100237745
Topic: Billing
Subject: Charged for a cancelled add-on
Message:
I cancelled the Sports add-on through the app on 14 September and got a confirmation email.
I have still been charged £18 for it in October and November.
Please refund the £36 and make sure it is really removed this time.

Preferred contact: Email
Submitted: 2026-11-12 14:03:11 UTC
IP address: 203.0.113.77
"""),
        L(disposition="ticket", kind="complaint", category="billing", language="en", channel="web_form",
          complainant=person("Bethany Cole", "bethany.cole@example.com", "+44 20 7946 0588", "9100237745"),
          description_contains=["I have still been charged £18 for it in October and November.", "Please refund the £36"],
          description_excludes=["IP address: 203.0.113.77", "A new submission was received"]))

    p = "channels/webform-zh.eml"
    put(p, top(addr("Acme 在线客服系统", FORM), subj("网站在线留言"), date(13, 20, 31, 2, "+0800"), p,
               host="forms.company.example", ip="198.51.100.10"),
        leaf("""您有一条新的网站在线留言，请及时处理。

留言编号：WL20261113-0093
姓名：钟丽华
联系电话：13800138276
电子邮箱：zhonglihua@example.com
客户账号：AD20230415
留言类型：投诉
留言内容：
我家宽带从11月10日开始每天晚上都断网好几次，报修以后师傅说是小区设备问题，要等统一处理，到现在也没有处理时间。
我在家办公，断网影响很大，要求尽快修复并减免本月宽带费。

提交时间：2026-11-13 20:31:02
来源：官网-联系我们
""", cte="base64"),
        L(disposition="ticket", kind="complaint", category="network", language="zh", channel="web_form",
          complainant=person("钟丽华", "zhonglihua@example.com", "13800138276", "AD20230415"),
          description_contains=["我家宽带从11月10日开始每天晚上都断网好几次", "要求尽快修复并减免本月宽带费。"],
          description_excludes=["留言编号：WL20261113-0093", "提交时间：2026-11-13 20:31:02"]))

    p = "channels/webform-zh-suggestion.eml"
    put(p, top(addr("Acme 在线客服系统", FORM), subj("网站在线留言"), date(16, 9, 12, 40, "+0800"), p,
               host="forms.company.example", ip="198.51.100.10"),
        leaf("""您有一条新的网站在线留言，请及时处理。

留言编号：WL20261116-0021
姓名：邓美玲
联系电话：13800138331
电子邮箱：dengmeiling@example.net
客户账号：
留言类型：建议
留言内容：
建议掌上营业厅增加“家庭共享流量”的查询功能，现在只能看到主卡的剩余流量，副卡用了多少完全看不到，
每个月都要打客服电话问，很不方便。

提交时间：2026-11-16 09:12:40
来源：官网-联系我们
""", cte="quoted-printable"),
        L(disposition="ticket", kind="suggestion", priority="low", language="zh", channel="web_form",
          complainant=person("邓美玲", "dengmeiling@example.net", "13800138331", None),
          description_contains=["建议掌上营业厅增加“家庭共享流量”的查询功能"]))

    p = "channels/phone-note-inquiry-en.eml"
    put(p, top(addr("Contact Centre", "contact.centre@company.example"), "Call log - inquiry about price rise letter",
               date(23, 16, 5, 0), p, host="exch01.company.example", ip="10.20.1.15", mailer=UA_OUTLOOK),
        leaf("""Telephone call log

Caller: Winifred Abbott
Phone: 555-0188
Account: 2290017734
Issue: Customer received our letter about the April price change and asked whether it applies to her, as she signed a new contract in October. She would like a written answer by email or post.

Logged by: Contact Centre, Team D
"""),
        L(disposition="ticket", kind="inquiry", priority="low", language="en", channel="phone",
          complainant=person("Winifred Abbott", None, "555-0188", "2290017734"),
          description_contains=["asked whether it applies to her, as she signed a new contract in October."]))

    p = "channels/webform-anonymous.eml"
    put(p, top(addr("Acme Telecom Web Forms", FORM), "New web form submission", date(15, 23, 50, 0), p,
               host="forms.company.example", ip="198.51.100.10"),
        leaf("""A new submission was received from the "Contact us - Complaints" form.

Name:
Email:
Phone:
Account number:
Topic: Staff
Subject: Engineer asked for cash
Message:
I don't want to give my name. The engineer who installed broadband in our building on Fairfield Road last week told several of us he could "get us connected this week instead of next month" for £50 cash each.
Some neighbours paid. This doesn't seem right and I think you should look into it.

Preferred contact: None
Submitted: 2026-11-15 23:49:40 UTC
"""),
        L(disposition="ticket", kind="complaint", language="en", channel="web_form", flags=["anonymous"],
          complainant=person(None, None, None, None),
          description_contains=["for £50 cash each."]))

    p = "channels/phone-note-en.eml"
    put(p, top(addr("Lisa Carter", "lisa.carter@company.example"), "Phone complaint - Desmond Achebe - no mobile data",
               date(17, 10, 58, 0), p, host="exch01.company.example", ip="10.20.1.15", mailer=UA_OUTLOOK,
               extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")]),
        leaf("""Please log the following telephone complaint.

Call taken by: Lisa Carter, Contact Centre Team B
Call time: 17/11/2026 10:42

Caller: Desmond Achebe
Phone: 555-0147
Account: 3304418862
Issue: Mobile data has not worked at all for four days. Calls and texts are fine. Customer has restarted the phone and reset network settings with us on the call; still no data. He runs a taxi business and uses the booking app all day, so he is losing fares.
Customer wants: data working today and a credit for the days without service.
Mood: frustrated but polite.

Thanks,
Lisa Carter
Customer Service Advisor | Acme Telecom
"""),
        L(disposition="ticket", kind="complaint", category="network", language="en", channel="phone",
          complainant=person("Desmond Achebe", None, "555-0147", "3304418862"),
          description_contains=["Mobile data has not worked at all for four days."],
          description_excludes=["Customer Service Advisor | Acme Telecom"]))

    p = "channels/phone-note-zh.eml"
    put(p, top(addr("客服热线-吕婷", "lvting@company.example"), subj("来电投诉记录：彭先生 手机停机"), date(18, 15, 20, 0, "+0800"), p,
               host="exch01.company.example", ip="10.20.1.15", mailer=UA_FOXMAIL),
        leaf("""请登记以下来电投诉：

来电时间：2026年11月18日 15:05
来电人：彭建华
联系电话：13800138755
客户账号：8600412977
投诉内容：客户称本月3日已经缴清话费，但是昨天手机被停机，无法接打电话，耽误了工作上的重要电话。客户情绪比较激动，要求马上复机，并对停机造成的损失给个说法。
处理情况：已提交复机申请，待后台处理。

吕婷
客服热线 二组
"""),
        L(disposition="ticket", kind="complaint", language="zh", channel="phone",
          complainant=person("彭建华", None, "13800138755", "8600412977"),
          description_contains=["客户称本月3日已经缴清话费，但是昨天手机被停机"]))

    p = "channels/walk-in-en.eml"
    put(p, top(addr("Kingsway Store", "store.kingsway@company.example"), "Walk-in complaint - Mrs Agnes Doherty", date(19, 13, 10, 0), p,
               host="exch01.company.example", ip="10.20.1.15", mailer=UA_OUTLOOK),
        leaf("""Walk-in complaint recorded at the Kingsway store.

Customer: Agnes Doherty
Phone: +44 20 7946 0733
Account: 1177300456
Details: Mrs Doherty came in with her new handset, bought here on 12 November. The screen flickers and goes black several times an hour. She was told on the phone to bring it back to the store but the store can only send it away for repair, which takes up to 21 days. She wants an immediate replacement handset, not a repair.

Recorded by: Tom Haskins, Store Manager
"""),
        L(disposition="ticket", kind="complaint", category="hardware", language="en",
          complainant=person("Agnes Doherty", None, "+44 20 7946 0733", "1177300456"),
          description_contains=["The screen flickers and goes black several times an hour."]))

    p = "channels/letter-anonymous.eml"
    put(p, top(addr("Post Room", "postroom@company.example"), "Scanned letter - no sender details", date(20, 9, 5, 0), p,
               host="exch01.company.example", ip="10.20.1.15", mailer=UA_OUTLOOK),
        leaf("""The following letter arrived by post today. There is no name or return address on the letter or the envelope (postmark: Bristol). Transcribed below.

---
To Acme Telecom,

The green street cabinet on the corner of Mill Lane and Church Street has been left with its door hanging open for over a month. There are cables hanging out and children from the school play next to it.
Someone is going to get hurt. Please send someone to lock it.

A concerned resident
---
"""),
        L(disposition="ticket", kind="complaint", language="en", flags=["anonymous"],
          description_contains=["has been left with its door hanging open for over a month"]))

    p = "channels/staff-forward-inline-en.eml"
    put(p, top(addr("Mark Ellison", "mark.ellison@company.example"), "Fwd: Shocking service from your repair team", date(21, 9, 40, 0), p,
               host="exch01.company.example", ip="10.20.1.15"),
        leaf("""Hi team, please log this one, the customer emailed me directly because she found my address on an old letter.
Mark

---------- Forwarded message ---------
From: Ruth Mensah <ruth.mensah@example.com>
Date: Fri, 20 Nov 2026 at 22:14
Subject: Shocking service from your repair team
To: Mark Ellison <mark.ellison@company.example>


Dear Mr Ellison,

My phone line has been dead since 6 November. A repair was booked for 12 November and then cancelled by text the night before, then booked for 18 November and nobody came.
I am 82 and this is my only phone. My daughter cannot reach me. I would be grateful if somebody senior could make sure this is finally repaired.

Yours sincerely,
Ruth Mensah
"""),
        L(disposition="ticket", kind="complaint", category="installation_repair", language="en", channel="email",
          complainant=person("Ruth Mensah", "ruth.mensah@example.com", None, None),
          description_contains=["My phone line has been dead since 6 November.", "I am 82 and this is my only phone."],
          description_excludes=["please log this one", "---------- Forwarded message ---------", "From: Ruth Mensah <ruth.mensah@example.com>"]))

    p = "channels/staff-forward-rfc822.eml"
    inner_h = [("Return-Path", "<c.whitmore@example.net>"), ("Date", date(21, 19, 2, 0)), ("From", "Colin Whitmore <c.whitmore@example.net>"),
               ("To", "sales.team@company.example"), ("Subject", "Mis-sold business package"),
               ("Message-ID", "<inner.7731.b2b@example.net>"), ("MIME-Version", "1.0")]
    inner = b"".join(hline(n, v) for n, v in inner_h) + render(leaf("""Hello,

Your salesman told me the Business Pro package included a static IP address and 24-hour fault repair. Neither is true, according to your technical support.
I signed a 36-month contract on the strength of those promises. I want to be released from it without any exit fee.

Colin Whitmore
Whitmore Dental Practice
Account 4471920035
""", cte="quoted-printable"))
    put(p, top(addr("Sales Team", "sales.team@company.example"), "FW: Mis-sold business package", date(22, 8, 30, 0), p,
               host="exch01.company.example", ip="10.20.1.15", mailer=UA_OUTLOOK),
        multi("mixed", [leaf("Forwarding a complaint received in the sales mailbox - see attached original.\n\nSales Team\n"),
                        {"headers": [("Content-Type", 'message/rfc822; name="Mis-sold business package.eml"'),
                                     ("Content-Disposition", 'attachment; filename="Mis-sold business package.eml"')], "body": inner}],
              "_002_LO2P265MB5512FW_"),
        L(disposition="ticket", kind="complaint", language="en", channel="email",
          complainant=person("Colin Whitmore", "c.whitmore@example.net", None, "4471920035"),
          description_contains=["I signed a 36-month contract on the strength of those promises."],
          description_excludes=["Forwarding a complaint received in the sales mailbox"]))

    p = "channels/staff-forward-outlook-zh.eml"
    put(p, top(addr("市场部-冯雪", "fengxue@company.example"), subj("转发: 关于宽带提速承诺未兑现"), date(22, 9, 15, 0, "+0800"), p,
               host="exch01.company.example", ip="10.20.1.15", mailer=UA_OUTLOOK),
        leaf("""客服中心同事好，这封是客户直接发到我邮箱的投诉，麻烦登记处理。

冯雪
市场部

-----原始邮件-----
发件人: 袁志强 <yuanzq@example.net>
发送时间: 2026年11月21日 21:40
收件人: fengxue@company.example
主题: 关于宽带提速承诺未兑现

冯经理您好：

今年8月参加贵公司“老用户免费提速到1000M”活动，当时说一个月内完成提速，现在已经三个多月了，测速还是300M。
打了三次客服电话，每次都说在排队。请给个明确的提速时间。

袁志强
13800138190
"""),
        L(disposition="ticket", kind="complaint", language="zh", channel="email",
          complainant=person("袁志强", "yuanzq@example.net", "13800138190", None),
          description_contains=["现在已经三个多月了，测速还是300M。"],
          description_excludes=["麻烦登记处理", "发件人: 袁志强 <yuanzq@example.net>", "发送时间: 2026年11月21日 21:40"]))

    p = "channels/regulator-ombudsman-en.eml"
    put(p, top(addr("Telecommunications Ombudsman", "cases@ombudsman.example.org"), "Case transfer OMB-2026-04417 - Acme Telecom",
               date(18, 11, 0, 0), p, host="mail.ombudsman.example.org", ip="198.51.100.60",
               extra=[("X-Case-Reference", "OMB-2026-04417")]),
        leaf("""TELECOMMUNICATIONS OMBUDSMAN
Case transfer notice

Our reference: OMB-2026-04417
Date received by the Ombudsman: 16 November 2026
Member: Acme Telecom

Complainant: Mr Alan Whitcombe
Email: alan.whitcombe@example.org
Telephone: +44 20 7946 0912
Account number: 5819920041

Summary of complaint:
Mr Whitcombe states that his broadband has disconnected several times a day since August 2026. He has reported the fault at least six times and two engineer visits have not resolved it. He says he was promised a call from a senior engineer which never happened.

Remedy sought:
A working service, a refund of his broadband charges from August, and compensation for the time spent chasing the fault.

Under our rules you have 8 weeks to resolve this complaint. Please contact the complainant directly and send us your final response.

Case Handler, Telecommunications Ombudsman
This email and any attachments are confidential and intended solely for the addressee.
"""),
        L(disposition="ticket", kind="complaint", category="network", language="en", channel="regulator", flags=["escalated"],
          priority="high",
          complainant=person("Alan Whitcombe", "alan.whitcombe@example.org", "+44 20 7946 0912", "5819920041"),
          description_contains=["his broadband has disconnected several times a day since August 2026."],
          description_excludes=["This email and any attachments are confidential and intended solely for the addressee."]))

    p = "channels/regulator-miit-zh.eml"
    put(p, top(addr("电信用户申诉受理中心", "12300@miit.example.cn"), subj("【转办】电信用户申诉转办单 SS2026-11-08812"),
               date(19, 9, 30, 0, "+0800"), p, host="mail.miit.example.cn", ip="203.0.113.200"),
        leaf("""Acme电信 客户服务部：

现将用户申诉转你单位处理，请于收到之日起5个工作日内与用户联系并处理，处理结果报送我中心。

申诉编号：SS2026-11-08812
申诉人：高秀兰
联系电话：13800138463
业务号码：13800138463
申诉类别：资费争议
申诉内容：
用户反映其手机号码在未本人办理的情况下被开通“视频彩铃”业务，每月扣费15元，已连续扣费6个月共90元。用户曾向企业客服投诉，企业只同意退还两个月费用。用户要求全额退还90元并书面道歉。

电信用户申诉受理中心
2026年11月19日
"""),
        L(disposition="ticket", kind="complaint", category="billing", language="zh", channel="regulator", flags=["escalated"],
          priority="high",
          complainant=person("高秀兰", None, "13800138463", None),
          description_contains=["每月扣费15元，已连续扣费6个月共90元"]))

    p = "channels/consumer-council-en.eml"
    put(p, top(addr("Consumer Council - Complaints Referral", "referrals@consumercouncil.example.org"),
               "Referral CC/26/3390: Mrs Lorna Baxter", date(20, 14, 0, 0), p, host="mail.consumercouncil.example.org", ip="198.51.100.70"),
        leaf("""Dear Acme Telecom Complaints Team,

The Consumer Council has received the following complaint and is referring it to you for resolution. Please reply to the consumer within 10 working days and copy us in.

Consumer: Mrs Lorna Baxter
Contact email: lorna.baxter@example.net
Contact phone: 555-0163

Complaint:
Mrs Baxter was sold a mobile contract over the phone for her father, who has dementia. She says the salesperson did not check whether he understood the contract. She has asked Acme to cancel it without charge and has been told to pay a £220 exit fee.

Regards,
Referrals Officer
Consumer Council
"""),
        L(disposition="ticket", kind="complaint", language="en", channel="consumer_association", flags=["escalated"],
          priority="high",
          complainant=person("Lorna Baxter", "lorna.baxter@example.net", "555-0163", None),
          description_contains=["the salesperson did not check whether he understood the contract."]))

    p = "channels/consumer-association-zh.eml"
    put(p, top(addr("市消费者协会投诉部", "tousu@xiaoxie.example.org"), subj("消费者投诉转办函（消协转〔2026〕第1127号）"),
               date(21, 10, 0, 0, "+0800"), p, host="mail.xiaoxie.example.org", ip="203.0.113.210"),
        leaf("""Acme电信公司：

我会接到消费者投诉，现转你公司调查处理，请在7日内将处理结果函复我会。

投诉人：苏文静
联系电话：13800138019
投诉事项：投诉人于2026年10月在贵公司营业厅购买手机一部，使用两周后无法开机，营业厅以“人为损坏”为由拒绝保修，但未出具任何检测报告。投诉人要求免费维修或更换。

市消费者协会
2026年11月21日
"""),
        L(disposition="ticket", kind="complaint", category="hardware", language="zh", channel="consumer_association",
          flags=["escalated"], priority="high",
          complainant=person("苏文静", None, "13800138019", None),
          description_contains=["营业厅以“人为损坏”为由拒绝保修"]))

    p = "channels/media-journalist-en.eml"
    put(p, top(addr("Jess Harlow, Daily News", "newsdesk@dailynews.example"), "Press enquiry: customer data exposed in Acme app - deadline 5pm",
               date(26, 11, 20, 0), p, host="mail.dailynews.example", ip="198.51.100.80"),
        leaf("""Hello,

I'm a reporter at the Daily News. Several readers have contacted us this morning saying the Acme Telecom app showed them other customers' bills, including names, addresses and partial card numbers. One reader, Nadia Haddad, has sent us screenshots.

We intend to publish a story this evening. Could Acme comment on:
1. How many customers are affected?
2. Has the app been taken offline?
3. Have you informed the data protection regulator?

Our deadline is 5pm today.

Jess Harlow
Consumer Affairs Correspondent
The Daily News
"""),
        L(disposition="ticket", language="en", channel="media", flags=["escalated", "major"], priority="high",
          category="security_privacy",
          description_contains=["the Acme Telecom app showed them other customers' bills"]))

    p = "channels/parent-company-en.eml"
    put(p, top(addr("Acme Holdings Group Customer Relations", "group-cs@acme-holdings.example"),
               "Group referral GR-11872: letter to the Group Chairman from Mr Nigel Foster", date(24, 16, 0, 0), p,
               host="mail.acme-holdings.example", ip="198.51.100.90", mailer=UA_OUTLOOK),
        leaf("""Dear colleagues,

The Group Chairman's office received the email below and asks that Acme Telecom handles it as a priority and reports back to Group Customer Relations within 5 working days.

Customer: Nigel Foster
Email: nigel.foster@example.com
Phone: +44 20 7946 0456

Customer's message:
"I have written to Acme Telecom four times about being billed for a second broadband line I never ordered. Each time I get a reply promising a refund, and each month the charge appears again. I am now writing to the Chairman because your subsidiary clearly cannot sort this out."

Kind regards,
Group Customer Relations
Acme Holdings plc
"""),
        L(disposition="ticket", kind="complaint", category="billing", language="en", channel="parent_company", flags=["escalated"],
          priority="high",
          complainant=person("Nigel Foster", "nigel.foster@example.com", "+44 20 7946 0456", None),
          description_contains=["being billed for a second broadband line I never ordered"]))

    p = "channels/parent-company-zh.eml"
    put(p, top(addr("集团客户服务中心", "group-cs@acme-holdings.example"), subj("集团转办：客户投诉 JT-2026-1193"), date(24, 17, 0, 0, "+0800"), p,
               host="mail.acme-holdings.example", ip="198.51.100.90", mailer=UA_FOXMAIL),
        leaf("""Acme电信客服中心：

集团客服热线收到以下客户投诉，请按集团要求在3个工作日内处理并反馈。

客户姓名：韩冬梅
联系电话：13800138648
投诉内容：客户反映其在营业厅办理宽带时，工作人员承诺赠送路由器一台，装机时师傅却要求另付199元购买。客户认为存在虚假承诺，要求兑现赠送承诺。

集团客户服务中心
"""),
        L(disposition="ticket", kind="complaint", language="zh", channel="parent_company", flags=["escalated"], priority="high",
          complainant=person("韩冬梅", None, "13800138648", None),
          description_contains=["工作人员承诺赠送路由器一台，装机时师傅却要求另付199元购买"]))

# ================================================================ replies/
SUPPORT = "Acme Support <support@company.example>"
def rep(path, name, email, subject, body, label, when, mailer=None, ref="CMP-2026-000231", ctype="text/plain",
        charset="utf-8", cte="8bit", content=None, host="mail.example.net"):
    orig = f"<ack.{ref.lower()}@company.example>"
    extra = [("In-Reply-To", orig), ("References", f"<{ref.lower()}.first@example.net>\n {orig}")]
    put(path, top(addr(name, email), subj(subject), when, path, mailer=mailer, extra=extra, host=host),
        content or leaf(body, ctype=ctype, charset=charset, cte=cte), label)

ACK_EN = """> Dear customer,
>
> Thank you for contacting Acme Telecom. Your complaint has been registered
> under reference {ref}. We will reply within 24 hours.
>
> Acme Telecom Customer Relations
"""

def build_replies():
    p = "replies/gmail-bottom-quote.eml"
    rep(p, "John Smith", "john.smith@example.com", "Re: [CMP-2026-000231] Your complaint has been registered",
"""Thanks for the acknowledgement, but it's now been 48 hours and nobody has been in touch.
The line is still dead and I'm working from a café to send this.

--
Best regards,
John Smith
Senior Analyst
Northgate Analytics Ltd

On Tue, 3 Nov 2026 at 10:12, Acme Support <support@company.example> wrote:

""" + ACK_EN.format(ref="CMP-2026-000231"),
        L(disposition="ticket", language="en", channel="email",
          complainant=person("John Smith", "john.smith@example.com", None, None),
          description_contains=["it's now been 48 hours and nobody has been in touch."],
          description_excludes=["Your complaint has been registered", "Senior Analyst", "Northgate Analytics Ltd",
                                "On Tue, 3 Nov 2026 at 10:12, Acme Support <support@company.example> wrote:"]),
        date(5, 10, 30, 0))

    p = "replies/outlook-original-message.eml"
    rep(p, "Catherine Liu", "catherine.liu@example.org", "RE: [CMP-2026-000244] Your complaint has been registered",
"""Hello,

I'm afraid the refund you mentioned has not arrived. My bank shows nothing from Acme since 1 November.
Could you please send me a confirmation of the date and amount of the refund?

Best regards,
Catherine Liu
Finance Manager
Bellweather Foods Ltd
Tel: +44 20 7946 0277

-----Original Message-----
From: Acme Support <support@company.example>
Sent: 10 November 2026 09:12
To: Catherine Liu <catherine.liu@example.org>
Subject: [CMP-2026-000244] Your complaint has been registered

Dear Ms Liu,

We have arranged a refund of £86.40 which will reach your account within 5 working days.

Acme Telecom Customer Relations
""",
        L(disposition="ticket", language="en", channel="email",
          description_contains=["I'm afraid the refund you mentioned has not arrived."],
          description_excludes=["-----Original Message-----", "Sent: 10 November 2026 09:12",
                                "We have arranged a refund of £86.40", "Finance Manager", "Bellweather Foods Ltd"]),
        date(17, 11, 2, 0), mailer=UA_OUTLOOK, ref="CMP-2026-000244")

    p = "replies/outlook-underscore-header.eml"
    rep(p, "Marcus Reid", "marcus.reid@example.net", "RE: Your repair appointment",
"""The engineer has been and gone and the fault is still there. He said the problem is in the exchange, not my house.
So please don't close this ticket.

Marcus

________________________________
From: Acme Support <support@company.example>
Sent: Tuesday, November 17, 2026 4:02 PM
To: Marcus Reid <marcus.reid@example.net>
Subject: Your repair appointment

Hello Marcus,

An engineer will visit on Thursday 19 November between 8am and 1pm.

Kind regards,
Acme Telecom
""",
        L(disposition="ticket", language="en", channel="email",
          description_contains=["The engineer has been and gone and the fault is still there."],
          description_excludes=["________________________________", "An engineer will visit on Thursday 19 November",
                                "Sent: Tuesday, November 17, 2026 4:02 PM"]),
        date(19, 17, 40, 0), mailer=("X-Mailer", "Microsoft Outlook for iOS"), ref="CMP-2026-000251")

    p = "replies/outlook-zh-header.eml"
    rep(p, "任晓军", "renxj@example.com", "答复: 【CMP-2026-000260】您的投诉已受理",
"""您好，

你们说的退款我到现在还没收到，已经超过承诺的5个工作日了。请尽快处理。

任晓军

发件人: Acme客服 <support@company.example>
发送时间: 2026年11月10日 9:15
收件人: 任晓军 <renxj@example.com>
主题: 【CMP-2026-000260】您的投诉已受理

尊敬的客户：
您的投诉已受理，我们将在5个工作日内退还多收的费用。
""",
        L(disposition="ticket", language="zh", channel="email",
          description_contains=["你们说的退款我到现在还没收到，已经超过承诺的5个工作日了。"],
          description_excludes=["发件人: Acme客服 <support@company.example>", "您的投诉已受理，我们将在5个工作日内退还多收的费用。"]),
        date(18, 14, 0, 0, "+0800"), mailer=UA_OUTLOOK, ref="CMP-2026-000260")

    p = "replies/apple-mail-iphone.eml"
    rep(p, "Olivia Bennett", "olivia.bennett@example.com", "Re: [CMP-2026-000233] Your complaint has been registered",
"""Still no signal at home. Three days now. I need this fixed, I'm on call for work.

Sent from my iPhone

> On 3 Nov 2026, at 10:12, Acme Support <support@company.example> wrote:
>
> Dear customer,
>
> Thank you for contacting Acme Telecom. Your complaint has been registered
> under reference CMP-2026-000233. We will reply within 24 hours.
""",
        L(disposition="ticket", language="en", channel="email",
          description_contains=["Still no signal at home. Three days now."],
          description_excludes=["Sent from my iPhone", "Your complaint has been registered", "On 3 Nov 2026, at 10:12"]),
        date(5, 22, 1, 0), mailer=UA_IPHONE, ref="CMP-2026-000233")

    p = "replies/apple-mail-desktop.eml"
    rep(p, "Graham Lowe", "graham.lowe@example.org", "Re: Your new router is on its way",
"""Hi,

The router arrived but it's the old model (Hub 3), not the Hub 4 I was promised on the phone. Can you send the right one?

Graham

On 12 Nov 2026, at 15:40, Acme Support <support@company.example> wrote:

> Hello Graham,
>
> Your new router has been dispatched and should arrive within 2 working days.
>
> Acme Telecom
""",
        L(disposition="ticket", language="en", channel="email",
          description_contains=["it's the old model (Hub 3), not the Hub 4 I was promised on the phone."],
          description_excludes=["Your new router has been dispatched", "On 12 Nov 2026, at 15:40"]),
        date(14, 9, 0, 0), mailer=UA_APPLE, ref="CMP-2026-000270")

    p = "replies/thunderbird-flowed.eml"
    rep(p, "Petra Hollis", "petra.hollis@example.net", "Re: [CMP-2026-000280] Your complaint has been registered", None,
        L(disposition="ticket", language="en", channel="email",
          description_contains=["I still have not received the credit note you promised."],
          description_excludes=["On 09/11/2026 10:12, Acme Support wrote:", "Your complaint has been registered"]),
        date(12, 8, 20, 0), mailer=UA_TB, ref="CMP-2026-000280",
        content=leaf("""Hello,

Thank you, but I still have not received the credit note you promised.
Please send it to this address.

Petra

On 09/11/2026 10:12, Acme Support wrote:
> Dear customer,
>
> Thank you for contacting Acme Telecom. Your complaint has been registered
> under reference CMP-2026-000280. We will reply within 24 hours.
>
> Acme Telecom Customer Relations
""", params="; format=flowed"))

    p = "replies/qq-mail.eml"
    rep(p, "小雨", "1234567890@qq.example", "回复：【CMP-2026-000290】您的投诉已受理",
"""我的问题还是没有解决，手机一到晚上就没有4G信号，只有2G。希望你们尽快派人来测一下信号。

------------------&nbsp;原始邮件&nbsp;------------------
""".replace("&nbsp;", " ") + """发件人: "Acme客服"<support@company.example>;
发送时间: 2026年11月3日(星期二) 上午10:12
收件人: "小雨"<1234567890@qq.example>;
主题: 【CMP-2026-000290】您的投诉已受理

尊敬的客户：
您好！您的投诉已登记，受理编号CMP-2026-000290，我们将在24小时内回复您。
""",
        L(disposition="ticket", language="zh", channel="email",
          description_contains=["手机一到晚上就没有4G信号，只有2G。"],
          description_excludes=["------------------ 原始邮件 ------------------", "我们将在24小时内回复您"]),
        date(4, 21, 0, 0, "+0800"), mailer=UA_QQ, ref="CMP-2026-000290")

    p = "replies/163-mail.eml"
    rep(p, "曹丽", "caoli@example.net", "Re:【CMP-2026-000291】您的投诉已受理",
"""您好：

师傅今天上门看了，说是入户光纤断了，要重新布线，但是要等下周才能排上。家里没网一个星期了，能不能快一点？

此致
敬礼

曹丽

在 2026-11-03 10:12:05，"Acme客服" <support@company.example> 写道：
>尊敬的客户：
>您好！您的投诉已登记，受理编号CMP-2026-000291，我们将在24小时内回复您。
>
""",
        L(disposition="ticket", language="zh", channel="email",
          description_contains=["说是入户光纤断了，要重新布线"],
          description_excludes=["写道：", "我们将在24小时内回复您", "敬礼"]),
        date(5, 18, 30, 0, "+0800"), mailer=UA_163, ref="CMP-2026-000291")

    p = "replies/iphone-zh.eml"
    rep(p, "范志远", "fanzy@example.com", "Re: 【CMP-2026-000292】您的投诉已受理",
"""还是不行，今天又断了三次。

发自我的iPhone

> 在 2026年11月3日，10:12，Acme客服 <support@company.example> 写道：
>
> 尊敬的客户：
> 您好！您的投诉已登记，受理编号CMP-2026-000292，我们将在24小时内回复您。
""",
        L(disposition="ticket", language="zh", channel="email",
          description_contains=["还是不行，今天又断了三次。"],
          description_excludes=["发自我的iPhone", "我们将在24小时内回复您"]),
        date(4, 20, 0, 0, "+0800"), mailer=UA_IPHONE, ref="CMP-2026-000292")

    p = "replies/inline-reply.eml"
    rep(p, "Derek Hammond", "derek.hammond@example.org", "Re: Questions about your fault",
"""Answers below.

On Wed, 18 Nov 2026 at 14:05, Acme Support <support@company.example> wrote:
> 1. When did the fault start?

It started on Sunday 15 November around 6pm.

> 2. Have you tried another phone on the same socket?

Yes, two different phones, both silent.

> 3. Is anyone else in your street affected?

My neighbour at number 9 has the same problem.

--
Derek
""",
        L(disposition="ticket", language="en", channel="email",
          description_contains=["It started on Sunday 15 November around 6pm.", "Yes, two different phones, both silent.",
                                "My neighbour at number 9 has the same problem."],
          description_excludes=["> 2. Have you tried another phone on the same socket?", "Have you tried another phone on the same socket?"]),
        date(18, 19, 0, 0), ref="CMP-2026-000300")

    p = "replies/corporate-disclaimer.eml"
    rep(p, "Anita Desai", "anita.desai@example.com", "RE: [CMP-2026-000310] Your complaint has been registered",
"""Hello,

Our office has now been without a working phone system for five days. This is costing us business. I need an engineer on site tomorrow morning.

Regards,

Anita Desai | Office Manager
Harbour & Crane LLP
T: +44 20 7946 0199

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Any unauthorised use, disclosure or copying is strictly prohibited.
Harbour & Crane LLP is registered in England and Wales. Please consider the environment before printing this email.

-----Original Message-----
From: Acme Support <support@company.example>
Sent: 16 November 2026 10:00
To: Anita Desai <anita.desai@example.com>
Subject: [CMP-2026-000310] Your complaint has been registered

Dear customer, your complaint has been registered.
""",
        L(disposition="ticket", language="en", channel="email",
          description_contains=["Our office has now been without a working phone system for five days."],
          description_excludes=["CONFIDENTIALITY NOTICE", "Please consider the environment before printing this email.",
                                "Dear customer, your complaint has been registered."]),
        date(21, 8, 5, 0), mailer=UA_OUTLOOK, ref="CMP-2026-000310")

    p = "replies/dissatisfied-with-resolution.eml"
    rep(p, "Margaret Holloway", "m.holloway@example.com", "Re: [CMP-2026-000187] Your complaint has been resolved",
"""Hello,

I am not satisfied with this. You have put the duplicate £42.50 as a credit on my account, but I clearly asked for it to be refunded to my bank.
Please reopen my complaint and refund the money properly.

Margaret

On Mon, 16 Nov 2026 at 09:00, Acme Support <support@company.example> wrote:
> Dear Mrs Holloway,
>
> We have applied a credit of £42.50 to your account. We consider this
> complaint resolved.
>
> Acme Telecom Customer Relations
""",
        L(disposition="ticket", kind="complaint", category="billing", language="en", channel="email",
          complainant=person("Margaret Holloway", "m.holloway@example.com", None, None),
          description_contains=["I am not satisfied with this."],
          description_excludes=["We consider this", "We have applied a credit of £42.50 to your account."]),
        date(16, 12, 0, 0), mailer=UA_TB, ref="CMP-2026-000187")

    p = "replies/gmail-html-quote.eml"
    html = """<div dir="ltr"><div>The speed is even worse since your "fix" yesterday: 4 Mbps this morning.</div><div>Please escalate this to a senior engineer.</div><div><br></div><div>Sam</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 19 Nov 2026 at 16:20, Acme Support &lt;<a href="mailto:support@company.example">support@company.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div>Hello Sam,<br>We have reset your line profile. Speeds should improve within 24 hours.<br>Acme Telecom</div></blockquote></div>
"""
    text = """The speed is even worse since your "fix" yesterday: 4 Mbps this morning.
Please escalate this to a senior engineer.

Sam

On Thu, 19 Nov 2026 at 16:20, Acme Support <support@company.example> wrote:

> Hello Sam,
> We have reset your line profile. Speeds should improve within 24 hours.
> Acme Telecom
"""
    rep(p, "Sam Okoro", "sam.okoro@example.com", "Re: Broadband speed", None,
        L(disposition="ticket", language="en", channel="email",
          description_contains=["The speed is even worse since your \"fix\" yesterday: 4 Mbps this morning."],
          description_excludes=["We have reset your line profile.", "gmail_quote"]),
        date(20, 9, 0, 0), ref="CMP-2026-000320",
        content=multi("alternative", [leaf(text, cte="quoted-printable"), leaf(html, ctype="text/html", cte="quoted-printable")],
                      "0000000000008f2e4b0620a1b2c3"))

# ================================================================ auto/
def build_auto():
    p = "auto/ooo-en-exchange.eml"
    put(p, top(addr("Helen Marsh", "helen.marsh@example.com"), "Automatic reply: [CMP-2026-000331] Your complaint has been registered",
               date(16, 10, 0, 5), p, to=COMPLAINTS,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("X-MS-Exchange-Inbox-Rules-Loop", "helen.marsh@example.com"), ("In-Reply-To", "<ack.cmp-2026-000331@company.example>")],
               mailer=UA_OUTLOOK),
        leaf("I am out of the office until Monday 23 November with limited access to email.\nFor urgent matters please contact reception on 555-0100.\n"),
        L(disposition="auto_reply"))

    p = "auto/ooo-zh-subject-only.eml"
    put(p, top(addr("何静", "hejing@example.net"), subj("自动回复：【CMP-2026-000332】您的投诉已受理"), date(16, 11, 0, 0, "+0800"), p,
               to=COMPLAINTS, mailer=UA_QQ),
        leaf("您好，我正在休假，11月25日返回，期间邮件可能无法及时回复，谢谢！\n"),
        L(disposition="auto_reply", language="zh"))

    p = "auto/x-autoreply-vacation.eml"
    put(p, top(addr("Tariq Aziz", "tariq.aziz@example.org"), "Out of Office: Re: Your repair appointment", date(17, 9, 0, 0), p,
               to=COMPLAINTS, extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),
        leaf("Thank you for your message. I am on annual leave and will respond on my return.\n"),
        L(disposition="auto_reply"))

    p = "auto/dsn-bounce.eml"
    orig_headers = b"".join(hline(n, v) for n, v in [
        ("Date", date(18, 10, 0, 0)), ("From", "Acme Telecom Customer Relations <complaints@company.example>"),
        ("To", "j.doe.old@example.net"), ("Subject", "[CMP-2026-000340] Your complaint has been registered"),
        ("Message-ID", "<ack.cmp-2026-000340@company.example>")])
    put(p, top("MAILER-DAEMON@mx1.company.example (Mail Delivery System)", "Undelivered Mail Returned to Sender", date(18, 10, 0, 4), p,
               to=COMPLAINTS, extra=[("Auto-Submitted", "auto-replied")], host="mx1.company.example", ip="10.20.1.2"),
        multi("report", [
            leaf("""This is the mail system at host mx1.company.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<j.doe.old@example.net>: host mx.example.net[192.0.2.99] said: 550 5.1.1
    <j.doe.old@example.net>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte=None, extra=[("Content-Description", "Notification")]),
            {"headers": [("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             "body": ("Reporting-MTA: dns; mx1.company.example\nX-Postfix-Queue-ID: 4Q7R2H1m3Kz9\nArrival-Date: " + date(18, 10, 0, 0) +
                      "\n\nFinal-Recipient: rfc822; j.doe.old@example.net\nOriginal-Recipient: rfc822;j.doe.old@example.net\nAction: failed\n"
                      "Status: 5.1.1\nRemote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; 550 5.1.1 <j.doe.old@example.net>:\n"
                      "    Recipient address rejected: User unknown in virtual mailbox table\n").encode()},
            {"headers": [("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
             "body": orig_headers}],
            "4Q7R2H1m3Kz9.1763460004/mx1.company.example", params="; report-type=delivery-status"),
        L(disposition="bounce"))

    p = "auto/bounce-zh-tuixin.eml"
    put(p, top(addr("系统管理员", "postmaster@mail.example.cn"), subj("系统退信"), date(18, 11, 0, 0, "+0800"), p,
               to=COMPLAINTS, host="mail.example.cn", ip="203.0.113.99"),
        leaf("""很抱歉您的邮件没有发送成功。

收件人：wangfang_old@example.cn
退信原因：收件人邮箱不存在（550 User not found）
原邮件主题：【CMP-2026-000341】您的投诉已受理
发送时间：2026-11-18 10:59:58

请检查收件人地址是否正确后重新发送。
""", charset="gb2312", codec="gbk", cte="base64"),
        L(disposition="bounce", language="zh"))

    p = "auto/list-mail.eml"
    put(p, top(addr("Broadband Users Forum", "forum@lists.example.org"), "[bb-users] Anyone else with Acme outages in Leeds?",
               date(19, 12, 0, 0), p, to="bb-users@lists.example.org",
               extra=[("Reply-To", "bb-users@lists.example.org"), ("List-Id", "Broadband users discussion <bb-users.lists.example.org>"),
                      ("List-Post", "<mailto:bb-users@lists.example.org>"), ("List-Unsubscribe", "<mailto:bb-users-leave@lists.example.org>"),
                      ("Precedence", "list"), ("Sender", "bb-users-bounces@lists.example.org")], host="lists.example.org", ip="192.0.2.120"),
        leaf("""Has anyone else had their Acme broadband drop every evening this week in LS6? I'm thinking of complaining.

_______________________________________________
bb-users mailing list
bb-users@lists.example.org
"""),
        L(disposition="bulk"))

    p = "auto/newsletter.eml"
    put(p, top(addr("TechDeals Weekly", "news@techdeals.example"), "This week: 5 routers under £50 and why your Wi-Fi is slow",
               date(20, 7, 0, 0), p, host="mta12.techdeals.example", ip="198.51.100.150",
               extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://techdeals.example/unsub?u=8812>, <mailto:unsub@techdeals.example>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Campaign-ID", "tdw-2026-47")]),
        multi("alternative", [leaf("Hi there,\n\nThis week: 5 routers under £50, and the real reasons your Wi-Fi is slow.\n\nUnsubscribe: https://techdeals.example/unsub?u=8812\n"),
                              leaf("<html><body><h1>TechDeals Weekly</h1><p>5 routers under &pound;50</p><p><a href=\"https://techdeals.example/unsub?u=8812\">Unsubscribe</a></p></body></html>\n", ctype="text/html", cte="quoted-printable")],
              "==tdw-2026-47=="),
        L(disposition="bulk"))

    p = "auto/spam-flagged.eml"
    put(p, top(addr("Account Security", "security-alert@acme-te1ecom.example"), "Your account will be SUSPENDED - verify now",
               date(21, 3, 0, 0), p, host="bad-host.example", ip="203.0.113.250",
               extra=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=14.2 required=5.0 tests=BAYES_99,PHISH_URI,SPOOFED_BRAND"),
                      ("X-Spam-Level", "**************")]),
        leaf("Dear customer,\n\nYour Acme account will be suspended within 24 hours. Verify your payment details at http://acme-te1ecom.example/verify\n"),
        L(disposition="quarantine"))

# ================================================================ hostile/
def build_hostile():
    raw("hostile/empty.eml", b"", L(disposition="quarantine"))
    raw("hostile/binary-garbage.eml", b"\x00\x8b\xff" + bytes(RNG.randrange(256) for _ in range(8192)), L(disposition="quarantine"))

    p = "hostile/one-2mb-line.eml"
    line = ("My internet keeps dropping and nobody fixes it. " * 43000)[: 2 * 1024 * 1024]
    put(p, top(addr("Repeat Sender", "repeat.sender@example.net"), "Internet dropping", date(22, 1, 0, 0), p),
        leaf(line + "\n", charset="us-ascii", cte="7bit"),
        L(subject="Internet dropping", description_contains=["My internet keeps dropping and nobody fixes it."]))

    p = "hostile/nested-100-multipart.eml"
    ent = leaf("Deep inside: the innermost text of a 100-level nested message.\n")
    for i in range(100):
        ent = multi("mixed", [ent], f"nest-{i:03d}")
    put(p, top(addr("Nest Tester", "nest@example.net"), "Nested 100 deep", date(22, 2, 0, 0), p), ent,
        L(subject="Nested 100 deep"))

    p = "hostile/headers-2000.eml"
    h = top(addr("Header Flood", "flood@example.net"), "Two thousand headers", date(22, 3, 0, 0), p)
    h += [(f"X-Filler-{i:04d}", f"value {i} " + "x" * (i % 50)) for i in range(2000)]
    put(p, h, leaf("Hello,\n\nMy bill is wrong again this month.\n"),
        L(subject="Two thousand headers", description_contains=["My bill is wrong again this month."]))

    p = "hostile/boundary-never-appears.eml"
    put(p, top(addr("Lost Boundary", "lost.boundary@example.org"), "Boundary missing", date(22, 4, 0, 0), p),
        {"headers": [("Content-Type", 'multipart/mixed; boundary="this-boundary-is-never-used"')],
         "body": b"--some-other-boundary\nContent-Type: text/plain\n\nMy router has stopped working.\n--some-other-boundary--\n"},
        L(subject="Boundary missing"))

    p = "hostile/unterminated-encoded-word.eml"
    put(p, top(addr("Broken Header", "broken.header@example.net"), "=?utf-8?B?5oqV6K+J6YCa?= =?utf-8?B?5L+h6LS5", date(22, 5, 0, 0), p),
        leaf("您好，我的话费账单有问题，请核实。\n"),
        L(description_contains=["我的话费账单有问题"]))

    p = "hostile/header-injection-subject.eml"
    put(p, top(addr("Injector", "injector@example.net"),
               "=?utf-8?Q?Complaint=0D=0ABcc:_victim@example.org=0D=0A?= =?utf-8?B?DQpYLUluamVjdGVkOiB5ZXM=?=",
               date(22, 6, 0, 0), p),
        leaf("Hello,\n\nMy phone has no signal in the kitchen.\n"),
        L(description_contains=["My phone has no signal in the kitchen."]))

    def att_msg(p, fname_param, subject):
        data = b"root:x:0:0:root:/root:/bin/bash\n"
        put(p, top(addr("File Tester", "file.tester@example.net"), subject, date(22, 7, 0, 0), p),
            multi("mixed", [leaf("Please see the attached file about my complaint.\n"),
                            {"headers": [("Content-Type", "application/octet-stream" + fname_param.replace("filename", "name", 1) if "filename*" not in fname_param else "application/octet-stream"),
                                         ("Content-Disposition", "attachment" + fname_param), ("Content-Transfer-Encoding", "base64")],
                             "body": b64(data)}], "att-boundary-" + subject.replace(" ", "-").lower()),
            L(subject=subject, attachment_filename_safe=True))

    att_msg("hostile/filename-traversal.eml", '; filename="../../etc/passwd"', "Traversal filename")
    att_msg("hostile/filename-windows-traversal.eml", '; filename="..\\\\..\\\\Windows\\\\win.ini"', "Windows traversal filename")
    att_msg("hostile/filename-con.eml", '; filename="CON.txt"', "Reserved device filename")
    att_msg("hostile/filename-control-chars.eml", "; filename*=utf-8''invoice%07%1B%5B31m%0D%0A%00.pdf", "Control character filename")

    p = "hostile/huge-base64-1mb.eml"
    blob = bytes(RNG.randrange(256) for _ in range(1024 * 1024))
    put(p, top(addr("Big Attachment", "big.attachment@example.org"), "Router diagnostics dump", date(22, 8, 0, 0), p),
        multi("mixed", [leaf("Hello,\n\nAttached is the full diagnostics dump from my router, as your technician asked.\n"),
                        {"headers": [("Content-Type", 'application/octet-stream; name="diagnostics.bin"'),
                                     ("Content-Disposition", 'attachment; filename="diagnostics.bin"'),
                                     ("Content-Transfer-Encoding", "base64")], "body": b64(blob)}], "big-attachment-boundary"),
        L(subject="Router diagnostics dump",
          description_contains=["Attached is the full diagnostics dump from my router, as your technician asked."],
          attachments=[{"filename": "diagnostics.bin", "content_type": "application/octet-stream", "size": len(blob)}]))

    raw("hostile/no-headers.eml", "My broadband has been down since Friday and no one answers the phone.\nPlease help.\n".encode(), L())

    p = "hostile/no-from.eml"
    h = [x for x in top("x", "Missing sender header", date(22, 9, 0, 0), p) if x[0] != "From"]
    put(p, h, leaf("Hello,\n\nMy landline has had a crackling noise for two weeks.\n"),
        L(subject="Missing sender header", description_contains=["My landline has had a crackling noise for two weeks."]))

    p = "hostile/nul-and-invalid-utf8.eml"
    put(p, top(addr("Bad Bytes", "bad.bytes@example.net"), "Invalid bytes in body", date(22, 10, 0, 0), p),
        {"headers": [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")],
         "body": b"My bill is too high.\x00\xc3\x28\xff\xfe and the app crashes.\n"},
        L(subject="Invalid bytes in body", description_contains=["My bill is too high."]))

    p = "hostile/unknown-charset.eml"
    put(p, top(addr("Odd Charset", "odd.charset@example.org"), "=?x-unknown-42?B?SGVsbG8=?= charset test", date(22, 11, 0, 0), p),
        leaf("Hello, my phone contract renewal letter never arrived.\n", charset="x-unknown-42", codec="ascii"),
        L(description_contains=["my phone contract renewal letter never arrived."]))

# ================================================================ main
DEMO_PICK = [  # (source, subfolder)
    ("en/billing-double-charge.eml", "cur"), ("zh/billing-overcharge.eml", "cur"), ("en/network-outage-business.eml", "cur"),
    ("zh/security-personal-info-leak.eml", "cur"), ("channels/webform-en.eml", "cur"), ("channels/webform-zh.eml", "cur"),
    ("channels/regulator-ombudsman-en.eml", "cur"), ("channels/regulator-miit-zh.eml", "cur"), ("channels/phone-note-en.eml", "new"),
    ("en/inquiry-roaming.eml", "new"), ("zh/suggestion-elderly-service.eml", "new"), ("replies/gmail-bottom-quote.eml", "new"),
    ("auto/ooo-en-exchange.eml", "new"), ("auto/dsn-bounce.eml", "new"),
]

def main():
    for b in (build_en, build_zh, build_charsets, build_structure, build_channels, build_replies, build_auto, build_hostile):
        b()
    if os.path.isdir(MAIL): shutil.rmtree(MAIL)
    for rel, data in sorted(FILES.items()):
        full = os.path.join(MAIL, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f: f.write(data)
    with open(os.path.join(FIX, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({k: LABELS[k] for k in sorted(LABELS)}, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    if os.path.isdir(DEMO): shutil.rmtree(DEMO)
    for sub in ("cur", "new", "tmp"): os.makedirs(os.path.join(DEMO, sub))
    for i, (src, sub) in enumerate(DEMO_PICK, 1):
        name = f"{1763800000 + i * 37}.M{i}P{100 + i}.demo" + (":2,S" if sub == "cur" else "")
        shutil.copyfile(os.path.join(MAIL, src), os.path.join(DEMO, sub, name))
    open(os.path.join(DEMO, "tmp", ".keep"), "w").close()
    print(f"{len(FILES)} messages, {len(LABELS)} labels, {len(DEMO_PICK)} demo messages")

if __name__ == "__main__":
    main()
