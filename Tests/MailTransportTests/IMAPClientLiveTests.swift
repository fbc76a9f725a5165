import Testing
@testable import MailTransport

/// Integration tests against the real Dovecot from `scripts/mailserver.sh` (no mocks).
/// Run: `set -a; . <(scripts/mailserver.sh start); set +a; swift test --filter MailTransportTests`.
@Suite(.enabled(if: LiveDovecot.isAvailable, "set PLAINT_TEST_IMAP_URL (scripts/mailserver.sh start)"))
struct IMAPClientLiveTests {
    @Test func appendSearchFetchByteExactFlagAndMove() throws {
        let (client, box) = try LiveDovecot.freshMailbox()
        let (other, target) = try LiveDovecot.freshMailbox(tag: "P")
        _ = other
        // 8-bit UTF-8, a bare CR, a bare LF, a line that looks like a server response and a tag, 1 MB.
        // Dovecot stores Maildir with LF and serves CRLF, so a bare LF comes back as CRLF and CR CR LF
        // as CR LF (the server's RFC822.SIZE says so too): the random bytes avoid LF and a CR before
        // the CRLF. Other bare CRs stay bare.
        var big: [UInt8] = []
        big.reserveCapacity(1 << 20)
        var x: UInt32 = 12345
        while big.count < (1 << 20) {
            x = x &* 1664525 &+ 1013904223
            let b = UInt8(truncatingIfNeeded: x >> 24)
            big.append(b == 0 || b == 0x0A || (b == 0x0D && big.count % 76 == 75) ? 1 : b)
            if big.count % 76 == 0 { big += [0x0D, 0x0A] }
        }
        let bodies: [[UInt8]] = [
            Array("Grüße, ça ne marche pas — 壊れた\r\n".utf8),
            Array("bare CR here:\r and \r\n* 1 FETCH (UID 1)\r\nA003 OK done\r\n.\r\n".utf8),
            Array("many CRs\r \r\r \r\n\r end\r\n".utf8),
            big,
        ]
        let messages = bodies.enumerated().map { LiveDovecot.message(subject: "m\($0.offset)", body: $0.element) }
        for m in messages { try client.append(m) }

        let status = try client.status()
        #expect(status.messages == 4)
        let uids = try client.searchUIDs(from: 1)
        #expect(uids.count == 4)
        let infos = try client.listMessages(from: 1)
        #expect(infos.map(\.uid) == uids)
        for (i, uid) in uids.enumerated() {
            let got = try client.fetch(uid: uid, expectedSize: infos[i].size, uidValidity: status.uidValidity)
            #expect(got.count == messages[i].count)
            #expect(got == messages[i] ? true : false, "message \(i) differs: \(firstDifference(got, messages[i]))")
            #expect(infos[i].size == messages[i].count)
        }
        let header = try client.fetchHeaders(uid: uids[0])
        #expect(String(decoding: header, as: UTF8.self).hasSuffix("\r\n\r\n"))
        #expect(String(decoding: header, as: UTF8.self).contains("Subject: m0"))

        try client.addFlag("$PlaintFiled", uid: uids[0])
        try client.addFlag("$PlaintFiled", uid: uids[0])  // idempotent
        let flagged = try client.listMessages(from: uids[0], through: uids[0])
        #expect(flagged.first?.hasFlag("$PlaintFiled") == true)
        #expect(try client.listMessages(from: uids[1], through: uids[1]).first?.hasFlag("$PlaintFiled") == false)

        try client.move(uid: uids[1], to: target)
        #expect(try client.searchUIDs(from: 1) == [uids[0], uids[2], uids[3]])
        #expect(try client.status(mailbox: target).messages == 1)
        try client.move(uid: uids[1], to: target)  // already gone: not an error

        #expect(try client.searchUIDs(from: uids[3] + 1).isEmpty, "n:* must not return the last UID below n")
        LiveDovecot.cleanup(box)
        LiveDovecot.cleanup(target)
    }

    @Test func wrongPasswordIsAuthenticationFailedWithoutThePassword() throws {
        var s = LiveDovecot.settings()
        s.credential = .password("not-the-secret-9x")
        let client = try IMAPClient(settings: s)
        do {
            _ = try client.status()
            Issue.record("login with a wrong password succeeded")
        } catch {
            #expect(error == .authenticationFailed)
            #expect(!error.description.contains("not-the-secret-9x"))
        }
    }

    @Test func implicitTLSNeedsTheCAFile() throws {
        #expect(try IMAPClient(settings: LiveDovecot.settings()).status().uidValidity > 0)
        var s = LiveDovecot.settings()
        s.caFile = nil
        do {
            _ = try IMAPClient(settings: s).status()
            Issue.record("self-signed certificate accepted without the CA file")
        } catch {
            guard case .tlsFailed = error else { Issue.record("expected tlsFailed, got \(error)"); return }
        }
    }

    @Test func plainPortUsesRequiredSTARTTLS() throws {
        // requireTLS (allowPlaintext = false): STARTTLS with the CA file works…
        let s = LiveDovecot.settings(tls: false)
        #expect(s.requiresTLS)
        #expect(try IMAPClient(settings: s).status().uidValidity > 0)
        // …and without the CA file it fails in TLS, which proves STARTTLS was negotiated.
        var noCA = s
        noCA.caFile = nil
        do {
            _ = try IMAPClient(settings: noCA).status()
            Issue.record("STARTTLS session without the CA file succeeded")
        } catch {
            guard case .tlsFailed = error else { Issue.record("expected tlsFailed, got \(error)"); return }
        }
        // allowPlaintext on loopback: no TLS at all, so no CA needed.
        noCA.allowPlaintext = true
        #expect(!noCA.requiresTLS)
        #expect(try IMAPClient(settings: noCA).status().uidValidity > 0)
    }

    @Test func messageAppendedBetweenSearchesIsFound() throws {
        let (poller, box) = try LiveDovecot.freshMailbox()
        let emptySearch: [UInt32] = try poller.searchUIDs(from: 1)
        let emptyList: [MessageInfo] = try poller.listMessages(from: 1)
        #expect(emptySearch.isEmpty)
        #expect(emptyList.isEmpty)
        #expect(try poller.status().messages == 0)
        try poller.append(LiveDovecot.message(subject: "first"))
        let first = try poller.searchUIDs(from: 1)
        #expect(first.count == 1)
        // Another connection delivers while the poller's connection stays open and selected.
        let writer = try IMAPClient(settings: LiveDovecot.settings(mailbox: box))
        try writer.append(LiveDovecot.message(subject: "second"))
        let next = try poller.searchUIDs(from: first[0] + 1)
        #expect(next.count == 1)
        #expect(try poller.listMessages(from: first[0] + 1).map(\.uid) == next)
        LiveDovecot.cleanup(box)
    }

    @Test func missingMailboxIsMailboxNotFound() throws {
        let client = try IMAPClient(settings: LiveDovecot.settings(mailbox: "NoSuchBox-\(UInt32.random(in: 0...UInt32.max))"))
        #expect(throws: TransportError.mailboxNotFound(client.mailbox)) { try client.searchUIDs(from: 1) }
        #expect(throws: TransportError.mailboxNotFound(client.mailbox)) { try client.status() }
        // The same connection works again afterwards (libcurl reconnects after an error).
        #expect(try client.status(mailbox: "INBOX").uidValidity > 0)
    }

    @Test func moveToMissingMailboxIsMailboxNotFound() throws {
        let (client, box) = try LiveDovecot.freshMailbox()
        try client.append(LiveDovecot.message(subject: "x"))
        let uid = try #require(try client.searchUIDs(from: 1).first)
        #expect(throws: TransportError.mailboxNotFound("Nope-xyz")) { try client.move(uid: uid, to: "Nope-xyz") }
        LiveDovecot.cleanup(box)
    }

    @Test func expungedUIDIsMessageNotFound() throws {
        let (client, box) = try LiveDovecot.freshMailbox()
        let (_, target) = try LiveDovecot.freshMailbox(tag: "P")
        try client.append(LiveDovecot.message(subject: "gone"))
        let uid = try #require(try client.searchUIDs(from: 1).first)
        try client.move(uid: uid, to: target)
        #expect(throws: TransportError.messageNotFound(uid: uid)) { try client.fetch(uid: uid) }
        #expect(throws: TransportError.messageNotFound(uid: uid + 100)) { try client.fetch(uid: uid + 100) }
        LiveDovecot.cleanup(box)
        LiveDovecot.cleanup(target)
    }

    @Test func recreatedMailboxIsUIDValidityChanged() throws {
        let (client, box) = try LiveDovecot.freshMailbox()
        try client.append(LiveDovecot.message(subject: "v1"))
        let before = try client.status()
        let uid = try #require(try client.searchUIDs(from: 1).first)
        #expect(client.selectedUIDValidity == before.uidValidity)
        // Another client deletes and recreates the mailbox (new UIDVALIDITY).
        let admin = try IMAPClient(settings: LiveDovecot.settings())
        try admin.deleteMailbox(box)
        try admin.createMailbox(box)
        try admin.append(LiveDovecot.message(subject: "v2"), to: box)
        let after = try admin.status(mailbox: box)
        #expect(after.uidValidity != before.uidValidity)
        let fresh = try IMAPClient(settings: LiveDovecot.settings(mailbox: box))
        #expect(throws: TransportError.uidValidityChanged(mailbox: box, expected: before.uidValidity)) {
            try fresh.fetch(uid: uid, uidValidity: before.uidValidity)
        }
        #expect(try fresh.fetch(uid: uid, uidValidity: after.uidValidity).count > 0)
        try admin.deleteMailbox(box)
    }

    @Test func messageIDsPerUID() throws {
        let (client, box) = try LiveDovecot.freshMailbox()
        try client.append(LiveDovecot.message(subject: "a", messageID: "<a-1@example.com>"))
        try client.append(LiveDovecot.message(subject: "b"))
        let uids = try client.searchUIDs(from: 1)
        let ids = try client.messageIDs(uids: uids + [uids[1] + 50])
        #expect(ids.count == 2)
        #expect(ids[uids[0]] == .some("<a-1@example.com>"))
        #expect(ids[uids[1]] == .some(nil))
        LiveDovecot.cleanup(box)
    }

    @Test func thirtyMegabyteMessageIsFetchedIntoOneBuffer() throws {
        let (client, box) = try LiveDovecot.freshMailbox()
        var body: [UInt8] = []
        body.reserveCapacity(30 << 20)
        var x: UInt32 = 7
        while body.count < (30 << 20) {
            for _ in 0..<76 { x = x &* 1664525 &+ 1013904223; body.append(0x41 + UInt8(x >> 27)) }
            body += [0x0D, 0x0A]
        }
        let message = LiveDovecot.message(subject: "big", body: body)
        try client.append(message)
        let uid = try #require(try client.searchUIDs(from: 1).first)
        // No size hint: the buffer is reserved from the literal's `{n}` announcement.
        let got = try client.fetch(uid: uid)
        #expect(got.count == message.count)
        #expect(got == message ? true : false)
        #expect(got.capacity < got.count + got.count / 16, "fetch buffer grew by doubling: capacity \(got.capacity)")
        LiveDovecot.cleanup(box)
    }

    @Test func reconnectsAfterTheServerDropsTheSession() throws {
        // customer2 is used by this test only: `doveadm kick` ends every session of the user.
        let (client, box) = try LiveDovecot.freshMailbox(user: "customer2")
        try client.append(LiveDovecot.message(subject: "before"))
        let before = try client.searchUIDs(from: 1)
        try LiveDovecot.doveadm(["kick", "customer2"])
        // The first command may see the dropped connection (a transient error); then it reconnects.
        var after: [UInt32] = []
        for attempt in 1...2 {
            do {
                after = try client.searchUIDs(from: 1)
                break
            } catch {
                if attempt == 2 || !error.isTransient { throw error }
            }
        }
        #expect(after == before)
        let admin = try IMAPClient(settings: LiveDovecot.settings(user: "customer2"))
        try? admin.deleteMailbox(box)
    }

    @Test func processedAndQuarantineExistForComplaints() throws {
        let client = try IMAPClient(settings: LiveDovecot.settings())
        #expect(try client.status(mailbox: "Processed").uidValidity > 0)
        #expect(try client.status(mailbox: "Quarantine").uidValidity > 0)
        for user in ["customer", "customer2", "staff"] {
            #expect(try IMAPClient(settings: LiveDovecot.settings(user: user)).status().uidValidity > 0)
        }
    }
}

private func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
    let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    return "sizes \(a.count) vs \(b.count), first difference at byte \(i)"
}

extension IMAPClientLiveTests {
    @Test func windowedSearchAndListingSeeEveryMessage() throws {
        let (client, box) = try LiveDovecot.freshMailbox()
        for i in 0..<23 { try client.append(LiveDovecot.message(subject: "w\(i)")) }
        client.searchWindow = 4
        client.listWindow = 3
        let uids = try client.searchUIDs(from: 1)
        #expect(uids.count == 23)
        #expect(uids == uids.sorted())
        #expect(try client.listMessages(from: 1).map(\.uid) == uids)
        #expect(try client.listMessages(from: uids[2], through: uids[9]).map(\.uid) == Array(uids[2...9]))
        #expect(try client.searchUIDs(from: uids[20]) == Array(uids[20...]))
        LiveDovecot.cleanup(box)
    }
}
