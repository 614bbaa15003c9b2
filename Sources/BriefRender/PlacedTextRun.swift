/// A run of text as Pango placed it: one font, one line, its position in
/// the layout's coordinates. What the SVG writer turns into `<text>`.
struct PlacedTextRun: Equatable {
    /// The line the run is on, from zero.
    var line: Int
    /// The characters the run shows (an ellipsis run shows `…`; a run Pango
    /// breaks with a hyphen ends in `-`), without trailing white space when
    /// the run ends its line.
    var text: String
    /// Where the run's first glyph starts.
    var x: Double
    /// The line's baseline.
    var baseline: Double
    /// The top of the line's logical box.
    var lineTop: Double
    /// The run's advance width, as Pango measured it.
    var width: Double
    /// The font Pango chose for the run.
    var font: PlacedFont
    /// The text and width without trailing white space, if the run has any:
    /// what the run shows if it turns out to end its line.
    var withoutTrailingSpace: Trimmed?

    /// A run's text and width without its trailing white space.
    struct Trimmed: Equatable {
        var text: String
        var width: Double
    }

    /// The run as it shows at the end of a line: without its trailing white space.
    func endingLine() -> PlacedTextRun {
        guard let trimmed = withoutTrailingSpace else { return self }
        var run = self
        run.text = trimmed.text
        run.width = trimmed.width
        run.withoutTrailingSpace = nil
        return run
    }
}

/// The font of a ``PlacedTextRun``: the family Pango (fontconfig) found,
/// and the size, weight and slant it was asked for.
struct PlacedFont: Hashable {
    /// The family of the font file used, e.g. `DejaVu Sans`.
    var family: String
    /// The size in points.
    var size: Double
    /// The CSS / OpenType weight, e.g. 400 or 700.
    var weight: Int
    /// Whether the font is italic or oblique.
    var italic: Bool
}
