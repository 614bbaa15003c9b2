import BriefData
import Testing

/// The one rule for live links (issue 19, item 2).
@Suite("LinkPolicy: which addresses may be live links")
struct LinkPolicyTests {
    @Test("https, http and mailto are allowed, trimmed, with the scheme in lower case", arguments: [
        ("https://example.com/a?b=c#d", "https://example.com/a?b=c#d"),
        ("  http://example.com  ", "http://example.com"),
        ("HTTPS://Example.com/Path", "https://Example.com/Path"),
        ("MailTo:someone@example.com", "mailto:someone@example.com"),
        ("https://예시.kr/기사", "https://예시.kr/기사"),
        ("\thttps://example.com/\n", "https://example.com/"),
    ])
    func allowed(_ raw: String, _ expected: String) {
        #expect(LinkPolicy.liveURL(raw) == .success(expected))
        #expect(LinkPolicy.isLive(raw))
    }

    @Test("Every other scheme is refused, naming the scheme", arguments: [
        ("javascript:alert(1)", "javascript"), ("JAVASCRIPT:alert(1)", "javascript"), (" vbscript:msgbox", "vbscript"),
        ("file:///etc/passwd", "file"), ("data:text/html;base64,PHNjcmlwdD4=", "data"), ("launch:calc.exe", "launch"),
        ("ftp://example.com", "ftp"), ("jar:https://x!/", "jar"),
    ])
    func schemes(_ raw: String, _ scheme: String) {
        #expect(LinkPolicy.liveURL(raw) == .failure(.scheme(scheme)))
        #expect(LinkPolicy.liveURL(raw).failureDescription?.contains("'\(scheme):' is not allowed") == true)
    }

    @Test("Relative addresses, UNC paths and backslashes are refused", arguments: [
        ("www.example.com", LinkProblem.noScheme), ("/a/b", .noScheme), ("//host/x", .noScheme), ("a/b:c", .noScheme),
        ("\\\\host\\share", .backslash), ("https:\\\\host\\x", .backslash), ("1http://x", .noScheme), (":x", .noScheme),
    ])
    func relative(_ raw: String, _ problem: LinkProblem) {
        #expect(LinkPolicy.liveURL(raw) == .failure(problem))
    }

    @Test("Controls, format characters, spaces inside and incomplete addresses are refused", arguments: [
        ("java\u{0}script:alert(1)", LinkProblem.character("\u{0}")), ("https://example.com/\u{1B}[31m", .character("\u{1B}")),
        ("https://example.com/\u{202E}fdp.exe", .character("\u{202E}")), ("https://exa\u{200B}mple.com", .character("\u{200B}")),
        ("https://example.com/\u{FFFE}", .character("\u{FFFE}")), ("https://exa mple.com", .space), ("java\tscript:x", .character("\t")),
        ("https:", .incomplete("https")), ("https:/x", .incomplete("https")), ("http:///x", .incomplete("http")),
        ("mailto:", .incomplete("mailto")), ("   ", .empty), ("", .empty),
    ])
    func characters(_ raw: String, _ problem: LinkProblem) {
        #expect(LinkPolicy.liveURL(raw) == .failure(problem))
    }
}

private extension Result where Failure == LinkProblem {
    var failureDescription: String? {
        if case .failure(let problem) = self { return problem.description }
        return nil
    }
}
