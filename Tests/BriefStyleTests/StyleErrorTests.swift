@testable import BriefStyle
import Foundation
import Testing

@Suite("Style problems are located as FILE:LINE:COLUMN: key 'NAME': what is wrong")
struct StyleErrorTests {
    /// Writes `text` as `mine.yaml` in a fresh folder, loads it and returns
    /// its path and every problem, one line each.
    func problems(_ text: String, file: String = "mine.yaml") throws -> (path: String, lines: [String]) {
        let fixture = try StyleFixture()
        let path = try fixture.write(file, text)
        do {
            _ = try StyleLoader.load(path, searchPaths: [])
            return (path, [])
        } catch {
            return (path, error.problems.map(\.description))
        }
    }

    @Test("A colour that does not parse")
    func badColour() throws {
        let (path, lines) = try problems("""
            extends: default
            colors:
              accent: "#12345"
            """)
        #expect(lines == ["\(path):3:11: key 'colors.accent': '#12345' is not a colour; write #RGB, #RRGGBB or #RRGGBBAA"])
    }

    @Test("An unquoted colour (a YAML comment) is explained")
    func unquotedColour() throws {
        let (path, lines) = try problems("colors:\n  accent: #0b5394\n")
        #expect(lines == ["\(path):2:3: key 'colors.accent': no colour given; a # starts a YAML comment, so put colours in quotes, like \"#0b5394\""])
    }

    @Test("Columns count Unicode scalars, as libyaml's marks do, for every kind of problem")
    func columnsCountScalars() throws {
        // A flag is two scalars and one character: the alias and the bad colour both start at scalar 45 (character 44).
        let (path, valueLines) = try problems("extends: default\ncolors: {muted: \"#fff\", text: \"🇰🇷\", accent: \"#zz\"}\n")
        #expect(valueLines.last == "\(path):2:45: key 'colors.accent': '#zz' is not a colour; write #RGB, #RRGGBB or #RRGGBBAA")
        let (aliasPath, aliasLines) = try problems("extends: default\ncolors: {muted: \"#fff\", text: \"🇰🇷\", accent: *zz}\n")
        #expect(aliasLines == ["\(aliasPath):2:45: YAML aliases (*name) are not supported in style files; write the value out where it is used"])
    }

    @Test("An unknown key is never told it may mean its own parent")
    func neverSuggestsTheParent() throws {
        let (path, lines) = try problems("colors:\n  c: \"#123456\"\n")
        #expect(lines == ["\(path):2:3: key 'colors.c': unknown key; the keys under 'colors' are "
            + "text, muted, accent, grid, baseline, rule, zebra, background, neutral, palette, sequential"])
    }

    @Test("A bad colour in a list names its index and line")
    func badListColour() throws {
        let (path, lines) = try problems("""
            colors:
              palette:
                - "#0072B2"
                - "orange"
              sequential: ["#fff"]
            """)
        #expect(lines == [
            "\(path):4:7: key 'colors.palette[1]': 'orange' is not a colour; write #RGB, #RRGGBB or #RRGGBBAA",
            "\(path):5:15: key 'colors.sequential': has 1 colour; write at least 2, light to dark",
        ])
    }

    @Test("An unknown key suggests the closest known key")
    func unknownKey() throws {
        let (path, lines) = try problems("""
            colors:
              acent: "#0b5394"
            accent: "#0b5394"
            fonts:
              sizes:
                chartTitle: 12
            page:
              orientation: landscape
            """)
        #expect(lines == [
            "\(path):2:3: key 'colors.acent': unknown key; did you mean 'colors.accent'?",
            "\(path):3:1: key 'accent': unknown key; did you mean 'colors.accent'?",
            "\(path):6:5: key 'fonts.sizes.chartTitle': unknown key; did you mean 'fonts.sizes.chart_title'?",
            "\(path):8:3: key 'page.orientation': unknown key; the keys under 'page' are size, margins, columns, gutter",
        ])
    }

    @Test("A wrong type: text where a number goes, a list where a colour goes, a value where keys go")
    func wrongType() throws {
        let (path, lines) = try problems("""
            fonts:
              sizes:
                body: large
            colors:
              text: ["#000"]
            charts: thick
            page:
              gutter: "wide"
            """)
        #expect(lines == [
            "\(path):3:11: key 'fonts.sizes.body': 'large' is not a number; write a size in points greater than 0, like 9.5",
            "\(path):5:9: key 'colors.text': expects a colour, not a list",
            "\(path):6:9: key 'charts': 'thick' is not a mapping; write its keys on the lines below, indented: bar_thickness, grid",
            "\(path):8:11: key 'page.gutter': 'wide' is not a number; write a length in points (0 or more), like 60",
        ])
    }

    @Test("Sizes must be more than 0, margins 0 or more, columns 1 or 2")
    func ranges() throws {
        let (path, lines) = try problems("""
            fonts:
              sizes:
                body: 0
                title: -3
            page:
              margins:
                top: -5
              columns: 3
            charts:
              bar_thickness: 0
            paragraphs:
              line_spacing: 0
            """)
        #expect(lines == [
            "\(path):3:11: key 'fonts.sizes.body': '0' is not a size; write a number of points greater than 0",
            "\(path):4:12: key 'fonts.sizes.title': '-3' is not a size; write a number of points greater than 0",
            "\(path):7:10: key 'page.margins.top': '-5' is negative; write a length in points, 0 or more",
            "\(path):8:12: key 'page.columns': '3' is not a number of columns; write 1 or 2",
            "\(path):10:18: key 'charts.bar_thickness': '0' is not a size; write a number of points greater than 0",
            "\(path):12:17: key 'paragraphs.line_spacing': '0' is not a line spacing; write a factor greater than 0, like 1.28",
        ])
    }

    @Test("Other values: paper, weight, flag, family, description, huge sizes")
    func otherValues() throws {
        let (path, lines) = try problems("""
            description: |
              two
              lines
            page:
              size: a5
            fonts:
              families:
                body: 12
              weights:
                title: fat
              sizes:
                h1: 5000
            charts:
              grid: maybe
            """)
        #expect(lines == [
            "\(path):1:14: key 'description': is more than one line; write the description on one line",
            "\(path):5:9: key 'page.size': 'a5' is not a page size; write letter or a4",
            "\(path):8:11: key 'fonts.families.body': '12' is not a font family; write a family name, like DejaVu Sans",
            "\(path):10:12: key 'fonts.weights.title': 'fat' is not a font weight; write light, regular, medium, semibold, bold or heavy",
            "\(path):12:9: key 'fonts.sizes.h1': '5000' is too large; write a size of at most 144 points",
            "\(path):14:9: key 'charts.grid': 'maybe' is not true or false",
        ])
    }

    @Test("Margins that leave no room for text are located at the largest one")
    func marginsTooWide() throws {
        let (path, lines) = try problems("""
            page:
              margins:
                left: 300
                right: 280
            """)
        #expect(lines == [
            "\(path):3:11: key 'page.margins.left': margins of 300 (left) and 280 (right) leave 32 points of the letter page's 612 for text; leave at least 72",
        ])
        let (gutterPath, gutterLines) = try problems("page:\n  columns: 2\n  gutter: 400\n")
        #expect(gutterLines == [
            "\(gutterPath):3:11: key 'page.gutter': a gutter of 400 leaves 2 columns 46 points wide; leave at least 72",
        ])
    }

    @Test("All problems in a file are reported in one run, top to bottom")
    func allAtOnce() throws {
        let (path, lines) = try problems("""
            description: Many mistakes
            extends: default
            page:
              columns: 0
            fonts:
              sizes:
                body: -1
            colors:
              accent: "#xyz"
              mutd: "#777"
            charts:
              grid: 3
            """)
        #expect(lines == [
            "\(path):4:12: key 'page.columns': '0' is not a number of columns; write 1 or 2",
            "\(path):7:11: key 'fonts.sizes.body': '-1' is not a size; write a number of points greater than 0",
            "\(path):9:11: key 'colors.accent': '#xyz' is not a colour; write #RGB, #RRGGBB or #RRGGBBAA",
            "\(path):10:3: key 'colors.mutd': unknown key; did you mean 'colors.muted'?",
            "\(path):12:9: key 'charts.grid': '3' is not true or false",
        ])
    }

    @Test("Problems in an extended file are reported too, at their own file")
    func problemsInBase() throws {
        let fixture = try StyleFixture()
        let base = try fixture.write("base.yaml", "colors:\n  grid: \"#ggg\"\n")
        let path = try fixture.write("mine.yaml", "extends: base\nfonts:\n  sizes:\n    body: 0\n")
        #expect(throws: StyleError(problems: [
            StyleProblem(file: path, line: 4, column: 11, key: "fonts.sizes.body", message: "'0' is not a size; write a number of points greater than 0"),
            StyleProblem(file: base, line: 2, column: 9, key: "colors.grid", message: "'#ggg' is not a colour; write #RGB, #RRGGBB or #RRGGBBAA"),
        ])) {
            try StyleLoader.load(path, searchPaths: [])
        }
    }

    @Test("An extends cycle is found and its chain named")
    func cycle() throws {
        let fixture = try StyleFixture()
        let a = try fixture.write("a.yaml", "extends: b\n")
        let b = try fixture.write("b.yaml", "description: B\nextends: c.yaml\n")
        let c = try fixture.write("c.yaml", "extends: a\n")
        do {
            _ = try StyleLoader.load(a, searchPaths: [])
            Issue.record("a cycle loaded")
        } catch {
            #expect(error.description == "\(c):1:10: key 'extends': 'a' makes a cycle: a → b → c → a")
        }
        _ = b
        // By name, a style extends the built-in style of its own name (issue 19): not a cycle, but there is no built-in 'mine'.
        let (selfPath, selfLines) = try problems("extends: mine\n")
        #expect(selfLines == ["\(selfPath):1:10: key 'extends': 'mine' is this style's own name; by its own name a style extends the built-in style of that name, and there is none called 'mine'"])
    }

    @Test("extends naming a style that does not exist")
    func missingBase() throws {
        let (path, lines) = try problems("extends: defualt\n")
        #expect(lines == ["\(path):1:10: key 'extends': no style named 'defualt'; did you mean 'default'?"])
        let (otherPath, otherLines) = try problems("description: x\nextends: corporate\n")
        #expect(otherLines == ["\(otherPath):2:10: key 'extends': no style named 'corporate'; the styles are a4-two-column, colorblind, default, grayscale"])
        let fixture = try StyleFixture()
        let relative = try fixture.write("mine.yaml", "extends: shared/base.yaml\n")
        do {
            _ = try StyleLoader.load(relative, searchPaths: [])
            Issue.record("a missing base loaded")
        } catch {
            let expected = fixture.folder.appendingPathComponent("shared/base.yaml").path
            #expect(error.description == "\(relative):1:10: key 'extends': 'shared/base.yaml' names no file (looked for \(expected))")
        }
    }

    @Test("A missing file, and an unknown style name")
    func missingFile() throws {
        let fixture = try StyleFixture()
        let path = fixture.path("nope.yaml")
        #expect(throws: StyleError(problems: [StyleProblem(file: path, message: "cannot read the style: no such file")])) {
            try StyleLoader.load(path, searchPaths: [])
        }
        #expect(throws: StyleError(problems: [StyleProblem(file: nil, message: "no style named 'grayscal'; did you mean 'grayscale'?")])) {
            try StyleLoader.load("grayscal", searchPaths: [fixture.folder])
        }
        do {
            _ = try StyleLoader.load(path, searchPaths: [])
        } catch {
            #expect(error.description == "\(path): cannot read the style: no such file")
        }
    }

    @Test("YAML syntax errors carry Yams' line")
    func syntaxError() throws {
        let (path, lines) = try problems("""
            colors:
              accent: "#0b5394"
               text: "#000000"
            """)
        #expect(lines == ["\(path):3:4: YAML syntax error: did not find expected key (while parsing a block mapping on line 2)"])
        let (flowPath, flowLines) = try problems("description: x\ncolors:\n  palette: [\"#000\", \"#111\"\n  text: \"#000\"\n")
        #expect(flowLines == [
            "\(flowPath):4:3: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence on line 3)",
        ])
        let (duplicatePath, duplicateLines) = try problems("colors:\n  text: \"#000\"\n  text: \"#111\"\n")
        #expect(duplicateLines == ["\(duplicatePath):2:3: YAML syntax error: key 'text' appears more than once in the same mapping; keep one"])
    }

    @Test("A file that is not a mapping")
    func notAMapping() throws {
        let (path, lines) = try problems("- one\n- two\n")
        #expect(lines == ["\(path):1:1: a style is a mapping of keys, like 'colors:' with keys indented under it, not a list"])
    }
}
