/// The style layer (filled in by the styles work).
enum StylePlaceholder {}
