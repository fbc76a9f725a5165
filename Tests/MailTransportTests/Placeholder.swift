import Testing

@Test func placeholderMailTransport() {}
