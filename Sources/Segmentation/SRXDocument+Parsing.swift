import Foundation
import TaalgrensCore
import XMLSupport

extension SRXDocument {
    /// Builds and validates a document from its parsed root element (SRX 2.0: `<srx>`, `<header>`, `<body>`,
    /// `<languagerules>`, `<maprules>`).
    static func build(root: XMLTree, file: String) throws -> SRXDocument {
        func fail(_ element: XMLTree, _ message: String) -> InputError {
            InputError(file: file, line: element.line, message)
        }
        guard root.localName == "srx" else {
            throw fail(root, "expected an SRX document with root element <srx>, found <\(root.name)>")
        }
        guard let version = root[attribute: "version"] else {
            throw fail(root, "expected the attribute version=\"2.0\" on <srx>")
        }
        guard version == "2.0" else {
            throw fail(root, "expected SRX version 2.0, found version \"\(version)\"")
        }

        var cascade = true
        var segmentSubflows = true
        if let header = root.element("header") {
            if let value = header[attribute: "cascade"] {
                cascade = try yesNo(value, attribute: "cascade", element: header, file: file)
            }
            if let value = header[attribute: "segmentsubflows"] {
                segmentSubflows = try yesNo(value, attribute: "segmentsubflows", element: header, file: file)
            }
        }

        guard let body = root.element("body") else { throw fail(root, "expected a <body> element inside <srx>") }
        guard let languageRulesElement = body.element("languagerules") else {
            throw fail(body, "expected a <languagerules> element inside <body>")
        }
        guard let mapRulesElement = body.element("maprules") else {
            throw fail(body, "expected a <maprules> element inside <body>")
        }

        var languageRules: [LanguageRule] = []
        for element in languageRulesElement.elements() {
            guard element.localName == "languagerule" else {
                throw fail(element, "expected <languagerule> inside <languagerules>, found <\(element.name)>")
            }
            guard let name = element[attribute: "languagerulename"], !name.isEmpty else {
                throw fail(element, "expected a non-empty languagerulename attribute on <languagerule>")
            }
            if languageRules.contains(where: { $0.name == name }) {
                throw fail(element, "the language rule \"\(name)\" is defined twice")
            }
            var rules: [Rule] = []
            for ruleElement in element.elements() {
                rules.append(try parseRule(ruleElement, file: file))
            }
            languageRules.append(LanguageRule(name: name, rules: rules, line: element.line))
        }

        var languageMaps: [LanguageMap] = []
        for element in mapRulesElement.elements() {
            guard element.localName == "languagemap" else {
                throw fail(element, "expected <languagemap> inside <maprules>, found <\(element.name)>")
            }
            guard let pattern = element[attribute: "languagepattern"] else {
                throw fail(element, "expected a languagepattern attribute on <languagemap>")
            }
            guard let ruleName = element[attribute: "languagerulename"] else {
                throw fail(element, "expected a languagerulename attribute on <languagemap>")
            }
            guard languageRules.contains(where: { $0.name == ruleName }) else {
                throw fail(element, "the language map refers to \"\(ruleName)\", but no <languagerule> has that name")
            }
            do { _ = try NSRegularExpression(pattern: pattern) } catch {
                throw fail(element, "the languagepattern \"\(pattern)\" is not a valid ICU regular expression")
            }
            languageMaps.append(LanguageMap(pattern: pattern, ruleName: ruleName, line: element.line))
        }

        return SRXDocument(cascade: cascade, segmentSubflows: segmentSubflows, languageRules: languageRules,
                           languageMaps: languageMaps, file: file)
    }

    private static func parseRule(_ element: XMLTree, file: String) throws -> Rule {
        guard element.localName == "rule" else {
            throw InputError(file: file, line: element.line, "expected <rule> inside <languagerule>, found <\(element.name)>")
        }
        var isBreak = true
        if let value = element[attribute: "break"] {
            isBreak = try yesNo(value, attribute: "break", element: element, file: file)
        }
        var before = "", after = ""
        var seenBefore = false, seenAfter = false
        for child in element.elements() {
            switch child.localName {
            case "beforebreak" where !seenBefore && !seenAfter:
                before = child.textContent
                seenBefore = true
                try validateRegex(before, part: "beforebreak", element: child, file: file)
            case "afterbreak" where !seenAfter:
                after = child.textContent
                seenAfter = true
                try validateRegex(after, part: "afterbreak", element: child, file: file)
            default:
                throw InputError(file: file, line: child.line,
                                 "expected at most one <beforebreak> followed by at most one <afterbreak> in <rule>, found <\(child.name)>")
            }
        }
        return Rule(isBreak: isBreak, beforeBreak: before, afterBreak: after, line: element.line)
    }

    private static func validateRegex(_ pattern: String, part: String, element: XMLTree, file: String) throws {
        do { _ = try NSRegularExpression(pattern: pattern) } catch {
            throw InputError(file: file, line: element.line,
                             "the <\(part)> pattern \"\(pattern)\" is not a valid ICU regular expression")
        }
    }

    private static func yesNo(_ value: String, attribute: String, element: XMLTree, file: String) throws -> Bool {
        switch value {
        case "yes": return true
        case "no": return false
        default:
            throw InputError(file: file, line: element.line,
                             "expected \(attribute)=\"yes\" or \"no\" on <\(element.name)>, found \"\(value)\"")
        }
    }
}
