import Testing
@testable import MailTransport

struct IMAPSessionStateTests {
    @Test func tracksUIDValidityChanges() {
        var s = IMAPSessionState()
        let r7 = s.selected(uidValidity: 5)
        #expect(r7 == .first)
        let r8 = s.selected(uidValidity: 5)
        #expect(r8 == .unchanged)
        let r1 = s.selected(uidValidity: 6) == .changed(from: 5)
        #expect(r1)
        #expect(s.uidValidity == 6)
    }

    /// A whole batch is marked or moved with one command: consecutive UIDs collapse into ranges.
    @Test func uidSetsCollapseRunsAndSort() {
        #expect(IMAPCommand.uidSet([7]) == "7")
        #expect(IMAPCommand.uidSet([9, 3, 4, 5, 7, 4]) == "3:5,7,9")
        #expect(IMAPCommand.uidSet(Array(1...200)) == "1:200")
        #expect(IMAPCommand.uidSet([1, 3, 5]) == "1,3,5")
        #expect(IMAPCommand.uidSet([UInt32.max - 1, UInt32.max]) == "4294967294:4294967295")
    }

    @Test func batchMoveUsesOneUIDSet() {
        var s = IMAPSessionState()
        #expect(s.moveCommands(uids: [12, 10, 11, 15], to: "Processed") == [#"UID MOVE 10:12,15 "Processed""#])
        _ = s.moveFinished(serverReply: "A5 BAD Unknown command", succeeded: false)
        #expect(s.moveCommands(uids: [10, 11], to: "P") == [
            #"UID COPY 10:11 "P""#, #"UID STORE 10:11 +FLAGS.SILENT (\Deleted)"#, "UID EXPUNGE 10:11",
        ])
    }

    @Test func moveFallsBackOnlyWhenMoveIsUnknownToTheServer() {
        var s = IMAPSessionState()
        #expect(s.moveCommands(uid: 7, to: "Processed") == [#"UID MOVE 7 "Processed""#])
        // NO: MOVE exists but failed (e.g. no such mailbox) → no fallback.
        let r2 = s.moveFinished(serverReply: "A004 NO [TRYCREATE] Mailbox doesn't exist", succeeded: false)
        #expect(!r2)
        #expect(s.moveSupport == .unknown)
        let r3 = s.moveFinished(serverReply: "A005 BAD Error in IMAP command UID MOVE: Unknown command.", succeeded: false)
        #expect(r3)
        #expect(s.moveSupport == .unsupported)
        #expect(s.moveCommands(uid: 7, to: "A \"b\"") == [
            #"UID COPY 7 "A \"b\"""#, #"UID STORE 7 +FLAGS.SILENT (\Deleted)"#, "UID EXPUNGE 7",
        ])
        // Once unsupported, further failures are real failures.
        let r4 = s.moveFinished(serverReply: "A006 BAD x", succeeded: false)
        #expect(!r4)
    }

    @Test func successMarksMoveSupported() {
        var s = IMAPSessionState()
        let r5 = s.moveFinished(serverReply: nil, succeeded: true)
        #expect(!r5)
        #expect(s.moveSupport == .supported)
        let r6 = s.moveFinished(serverReply: "A1 BAD x", succeeded: false)
        #expect(!r6)
    }

    @Test(arguments: [("$PlaintFiled", true), ("\\Seen", true), ("\\", false), ("", false),
                      ("a b", false), ("x(y", false), ("\"q\"", false), ("ü", false), ("a]", false)])
    func flagValidation(_ flag: String, _ valid: Bool) {
        #expect(IMAPCommand.isValidFlag(flag) == valid)
    }

    @Test func quoting() {
        #expect(IMAPCommand.quoted("INBOX") == "\"INBOX\"")
        #expect(IMAPCommand.quoted(#"a\b"c"#) == #""a\\b\"c""#)
        #expect(!IMAPCommand.isSendableMailbox("Ablage/Beschwerden-Ü"))
        #expect(IMAPCommand.isSendableMailbox("Sent Items"))
    }
}
