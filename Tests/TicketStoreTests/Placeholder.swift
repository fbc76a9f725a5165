import Testing

@Test func placeholderTicketStore() {}
