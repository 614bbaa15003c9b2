import Foundation
import Testing
@testable import TradeBrief

@Suite("PDF dates are ISO 8601 in UTC, worked out without ICU")
struct ISODateTests {
    @Test("each instant prints as Foundation's ISO8601DateFormatter prints it", arguments: [
        0, -1, 1, 86_399, 86_400, 951_782_400, 951_868_799, 951_868_800, -2_203_891_200, -2_208_988_800,
        1_745_366_400, 1_745_366_400.75, 1_700_000_000, 4_102_444_800, 253_402_300_799, 2_147_483_648,
    ] as [Double])
    func matchesFoundation(seconds: Double) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let date = Date(timeIntervalSince1970: seconds)
        #expect(ISODate.string(date) == formatter.string(from: date))
    }

    // (Before 1582-10-15 Foundation's calendar is Julian; ISO 8601, and this, proleptic Gregorian.)
    @Test("year 1 starts on the proleptic Gregorian 0001-01-01")
    func yearOne() {
        #expect(ISODate.string(Date(timeIntervalSince1970: -62_135_596_800)) == "0001-01-01T00:00:00Z")
    }

    @Test("every day from 1600 to 2400 has the right year, month and day")
    func civilDates() {
        var days: Int64 = -135_140   // 1600-01-01
        var (year, month, day): (Int64, Int64, Int64) = (1600, 1, 1)
        while year < 2400 {
            let got = ISODate.civilDate(daysSince1970: days)
            #expect(got == (year, month, day))
            if got != (year, month, day) { return }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let length: Int64 = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Int(month - 1)]
            days += 1
            day += 1
            if day > length { day = 1; month += 1 }
            if month > 12 { month = 1; year += 1 }
        }
    }

    @Test("what string(_:) writes reads back as the same instant; other text does not read", arguments: [
        0, -1, 86_399, 951_782_400, 1_745_366_400, 253_402_300_799, -62_135_596_800, -62_167_219_200,
    ] as [Double])
    func readsBack(seconds: Double) {
        #expect(ISODate.date(ISODate.string(Date(timeIntervalSince1970: seconds))) == Date(timeIntervalSince1970: seconds))
    }

    @Test("malformed or impossible dates do not read", arguments: [
        "", "2025-04-23", "2025-04-23T00:00:00", "2025-02-30T00:00:00Z", "2025-13-01T00:00:00Z", "2025-04-23T24:00:00Z",
        "2025-04-23T00:60:00Z", "2025-04-23 00:00:00Z", "+025-04-23T00:00:00Z", "2025-04-23T00:00:00+00:00",
    ])
    func rejects(text: String) {
        #expect(ISODate.date(text) == nil)
    }

    @Test("an instant far outside any calendar does not trap")
    func extremes() {
        #expect(!ISODate.string(Date(timeIntervalSince1970: 9.3e18)).isEmpty)
        #expect(!ISODate.string(Date(timeIntervalSince1970: -.infinity)).isEmpty)
        #expect(!ISODate.string(Date(timeIntervalSince1970: .nan)).isEmpty)
    }
}
