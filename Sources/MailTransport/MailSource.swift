// placeholder until the folder source lands
public enum MailTransportPlaceholder {}
