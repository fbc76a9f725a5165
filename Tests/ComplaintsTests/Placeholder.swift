import Testing

@Test func placeholderComplaints() {}
