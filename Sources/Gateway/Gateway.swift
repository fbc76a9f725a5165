// placeholder
public enum GatewayPlaceholder {}
