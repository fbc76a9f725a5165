import Testing

@Test func placeholderMIME() {}
