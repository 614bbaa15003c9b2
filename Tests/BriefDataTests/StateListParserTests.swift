import Foundation
import Testing
@testable import BriefData

/// The `states` cell: which states, their shares, and how the amount is split.
@Suite("states")
struct StateListParserTests {
    private static func exact(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }

    private func codes(_ text: String) throws -> [String] {
        try StateListParser.parse(text).states.map(\.state)
    }

    private func shares(_ text: String) throws -> [Decimal?] {
        try StateListParser.parse(text).states.map(\.share)
    }

    private func messages(_ text: String) -> [String] {
        do throws(StateListParser.Failure) {
            _ = try StateListParser.parse(text)
            return []
        } catch {
            return error.messages
        }
    }

    // MARK: Names

    @Test("One state, by USPS code or full name in any case, is a single-state investment", arguments: [
        ("GA", "GA"), ("ga", "GA"), ("Ga", "GA"), ("Georgia", "GA"), ("georgia", "GA"), ("GEORGIA", "GA"),
        ("  GA  ", "GA"), ("New York", "NY"), ("new  york", "NY"), ("North Carolina", "NC"),
        ("DC", "DC"), ("District of Columbia", "DC"), ("Washington DC", "DC"), ("Washington", "WA"),
        ("AK", "AK"), ("Hawaii", "HI"),
    ])
    func single(text: String, code: String) throws {
        let parsed = try StateListParser.parse(text)
        #expect(parsed.states == [StateShare(state: code)])
        #expect(parsed.split == .single)
    }

    @Test("All 50 states and DC are accepted by code and by name")
    func everyState() throws {
        #expect(USState.all.count == 51)
        for state in USState.all {
            #expect(try codes(state.code) == [state.code])
            #expect(try codes(state.name) == [state.code])
            #expect(try codes(state.name.uppercased()) == [state.code])
        }
    }

    @Test("Several states without shares are split evenly, in the order given")
    func several() throws {
        let parsed = try StateListParser.parse("KY;TN")
        #expect(parsed.states == [StateShare(state: "KY"), StateShare(state: "TN")])
        #expect(parsed.split == .even)
        #expect(try codes("Tennessee; kentucky ;GA") == ["TN", "KY", "GA"])
    }

    @Test("Places that are not one of the 50 states or DC are rejected, with no guess when no state is clearly meant", arguments: [
        "PR", "Puerto Rico", "Guam", "XX", "Seoul", "USA", "1",
        // Two letters: nearly every pair is one edit from some code (XX from TX), so no guess.
        "GX", "AG", "NI",
        // Ties: as near to two states.
        "Nouth Dakota", "Cal", "Ioho",
        // Too far: more than a third of the length.
        "Georgiaaaaaa", "Mass", "Korea", "Carolina", "Dakota",
    ])
    func notAState(text: String) {
        #expect(messages(text) == ["'\(text)' is not a U.S. state; use a USPS code (GA) or a full name (Georgia), separated by ';'"])
    }

    @Test("A misspelt state gets 'did you mean' when one state is clearly the nearest", arguments: [
        ("Indianna", "Indiana (IN)? write IN or Indiana"), ("Gorgia", "Georgia (GA)? write GA or Georgia"),
        ("Georiga", "Georgia (GA)? write GA or Georgia"), ("Utha", "Utah (UT)? write UT or Utah"),
        ("Tenessee", "Tennessee (TN)? write TN or Tennessee"), ("pensylvania", "Pennsylvania (PA)? write PA or Pennsylvania"),
        ("West Virgina", "West Virginia (WV)? write WV or West Virginia"), ("North Carolia", "North Carolina (NC)? write NC or North Carolina"),
        ("NewYork", "New York (NY)? write NY or New York"), ("Washington, D.C", "District of Columbia (DC)? write DC or District of Columbia"),
        // Codes: spelt with dots or spaces, or three letters one edit from a single code or name.
        ("G.A.", "Georgia (GA)? write GA or Georgia"), ("G A", "Georgia (GA)? write GA or Georgia"),
        ("Tex", "Texas (TX)? write TX or Texas"), ("GAA", "Georgia (GA)? write GA or Georgia"),
    ])
    func suggestion(text: String, suggestion: String) {
        #expect(messages(text) == ["'\(text)' is not a U.S. state; did you mean \(suggestion)"])
    }

    @Test("Each misspelt state in a cell gets its own suggestion")
    func suggestionsInACell() {
        #expect(messages("KY;Tenessee;Indianna") == [
            "'Tenessee' is not a U.S. state; did you mean Tennessee (TN)? write TN or Tennessee",
            "'Indianna' is not a U.S. state; did you mean Indiana (IN)? write IN or Indiana",
        ])
    }

    @Test("Commas are not separators")
    func commaIsNotASeparator() {
        #expect(messages("KY,TN") == ["'KY,TN' is not a U.S. state; use a USPS code (GA) or a full name (Georgia), separated by ';'"])
    }

    @Test("Every unknown state in a cell is reported")
    func everyUnknownReported() {
        #expect(messages("XX;GA;YY").count == 2)
    }

    // MARK: Shares

    @Test("Shares as fractions")
    func fractionShares() throws {
        let parsed = try StateListParser.parse("KY=0.5;TN=0.5")
        #expect(parsed.states == [StateShare(state: "KY", share: 0.5), StateShare(state: "TN", share: 0.5)])
        #expect(parsed.split == .shares)
        #expect(try shares("KY=.25;TN=.75") == [0.25, 0.75])
    }

    @Test("Shares as percentages")
    func percentShares() throws {
        let parsed = try StateListParser.parse("KY=50%;TN=50%")
        #expect(parsed.states == [StateShare(state: "KY", share: 0.5), StateShare(state: "TN", share: 0.5)])
        #expect(parsed.split == .shares)
        #expect(try shares("GA=33.3%;SC=33.3%;AL=33.4%") == [Self.exact("0.333"), Self.exact("0.333"), Self.exact("0.334")])
    }

    @Test("Percentages and fractions may be mixed, and spaces around = and % are ignored")
    func mixedShares() throws {
        #expect(try shares("KY = 60 % ; Tennessee= 0.4") == [Self.exact("0.6"), Self.exact("0.4")])
        #expect(try codes("KY = 60 % ; Tennessee= 0.4") == ["KY", "TN"])
    }

    @Test("Shares are exact decimals")
    func exactShares() throws {
        #expect(try shares("KY=0.1;TN=0.2;GA=0.7") == [Self.exact("0.1"), Self.exact("0.2"), Self.exact("0.7")])
    }

    @Test("One state with a share of 1 (or 100%) is a single-state investment", arguments: ["GA=1", "GA=100%", "GA=1.000", "Georgia = 100 %"])
    func singleWithShare(text: String) throws {
        let parsed = try StateListParser.parse(text)
        #expect(parsed.states == [StateShare(state: "GA")])
        #expect(parsed.split == .single)
    }

    @Test("Shares that add up to 1 within 0.001 are accepted", arguments: [
        "KY=0.5;TN=0.5", "KY=0.3;TN=0.7",
        "GA=0.333;SC=0.333;AL=0.333",  // 0.999
        "GA=0.3334;SC=0.3333;AL=0.3334",  // 1.0001
        "KY=0.5;TN=0.501",  // 1.001, on the boundary
        "KY=0.5;TN=0.499",  // 0.999, on the boundary
        "KY=33.3%;TN=33.3%;GA=33.3%",  // 99.9%
    ])
    func sumWithinTolerance(text: String) throws {
        #expect(try StateListParser.parse(text).split == .shares)
    }

    @Test("Shares that miss 1 by more than 0.001 are rejected", arguments: [
        ("KY=0.5;TN=0.4", "0.9", "90"),
        ("KY=0.5;TN=0.5011", "1.0011", "100.11"),
        ("KY=0.5;TN=0.4989", "0.9989", "99.89"),
        ("KY=60%;TN=60%", "1.2", "120"),
        ("GA=0.5", "0.5", "50"),
    ])
    func sumOutsideTolerance(text: String, total: String, percent: String) {
        #expect(messages(text) == ["the shares add up to \(total) (\(percent)%), not 1; make them add up to 1 (100%)"])
    }

    @Test("Either every state has a share or none does")
    func allOrNone() {
        #expect(messages("KY=0.5;TN") == ["give a share for every state or for none; 'TN' has no share (write e.g. KY=0.5;TN=0.5 or KY;TN)"])
        #expect(messages("KY;TN;GA=1") == ["give a share for every state or for none; 'KY', 'TN' have no share (write e.g. KY=0.5;TN=0.5 or KY;TN)"])
    }

    @Test("A share must be a number more than 0 and at most 1", arguments: [
        ("KY=0;TN=1", "the share '0' of 'KY' is not more than 0 and at most 1; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=0%;TN=100%", "the share '0%' of 'KY' is not more than 0 and at most 1; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=1.5;TN=0.5", "the share '1.5' of 'KY' is not more than 0 and at most 1; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=150%;TN=50%", "the share '150%' of 'KY' is not more than 0 and at most 1; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=-0.5;TN=1.5", "'-0.5' after 'KY=' is not a share; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=half;TN=0.5", "'half' after 'KY=' is not a share; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=;TN=1", "'' after 'KY=' is not a share; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=1/2;TN=1/2", "'1/2' after 'KY=' is not a share; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=0,5;TN=0,5", "'0,5' after 'KY=' is not a share; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=5e-1;TN=0.5", "'5e-1' after 'KY=' is not a share; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=.;TN=1", "'.' after 'KY=' is not a share; write a fraction such as 0.5 or a percentage such as 50%"),
        ("KY=%;TN=1", "'%' after 'KY=' is not a share; write a fraction such as 0.5 or a percentage such as 50%"),
    ])
    func badShare(text: String, message: String) {
        #expect(messages(text).first == message)
    }

    // MARK: Repeats and empty entries

    @Test("A state may not be listed twice, whatever name it goes by", arguments: ["GA;GA", "GA;Georgia", "ga;GEORGIA", "GA=0.5;Georgia=0.5"])
    func repeated(text: String) {
        #expect(messages(text) == ["Georgia (GA) is listed more than once; list each state once"])
    }

    @Test("At least one state is needed", arguments: ["", "   ", "\n"])
    func noState(text: String) {
        #expect(messages(text) == ["no state given; list the states separated by ';', e.g. GA, Georgia or KY;TN"])
    }

    @Test("Empty entries are rejected, once per cell", arguments: ["GA;", ";GA", "GA;;TN", "GA; ;TN;;", ";"])
    func emptyEntry(text: String) {
        let found = messages(text)
        #expect(found.count == 1)
        #expect(found.first?.contains("has an empty entry; separate states with a single ';' and leave none at the end") == true)
    }

    @Test("The failure's description joins its messages")
    func failureDescription() {
        let failure = StateListParser.Failure(messages: ["a", "b"])
        #expect(failure.description == "a; b")
    }
}
