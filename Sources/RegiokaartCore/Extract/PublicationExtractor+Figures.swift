extension PublicationExtractor {
    /// How the card reader reports: severity, code, field, raw value, where, message.
    typealias Report = (Severity, IssueCode, String?, String?, SourceLocation, String) -> Void

    /// The five figures of a card from its figure block: values paired with labels by
    /// `FigurePairing`, parsed by `FigureValue`, checked by `FigurePlausibility`. A figure that
    /// cannot be read for certain is reported and left unread (nil), never 0 and never filled from a
    /// neighbouring slot.
    func readFigures(_ lines: CardLines, block: FigureBlock, order: FigurePairing.Order?,
                     cardLocation: SourceLocation, report: Report) -> Figures {
        let tokens = Self.unitsReadAsLabels(block.tokens)
        func field(_ kind: FigureKind) -> String { "figures.\(kind.rawValue)" }
        func at(_ token: FigureToken) -> SourceLocation { lines.location(token.firstLine) }
        reportLabelReadings(tokens, at: at, report: report)
        let result = FigurePairing.pair(tokens, document: order)
        var figures = Figures()
        var seen = FigureSlots<Bool>()
        var valueToken = FigureSlots<FigureToken>()
        for pair in result.pairs {
            let label = tokens[pair.label], value = tokens[pair.value]
            guard let kind = label.kind else {
                if label.isAmbiguous { continue }  // (reported as such: `reportLabelReadings`)
                report(.warning, .cardSkippedLine, nil, "\(label.text) | \(value.text)", at(label),
                       "The label \"\(label.text)\" names none of the five figures; it and its value \"\(value.text)\" were skipped.")
                continue
            }
            if seen.contains(kind) {
                report(.info, .cardSkippedLine, "figures", label.text, at(label),
                       "A second \"\(kind.rawValue)\" figure was skipped; the first one counts.")
                continue
            }
            seen.insert(kind)
            switch FigureValue.read(value.text) {
            case .number(let number):
                figures[kind] = number
                valueToken[kind] = value
            case .badGrouping:
                report(.error, .cardFigureNotANumber, field(kind), value.text, at(value),
                       "The figure \"\(value.text)\" for \(kind.rawValue) is not a whole number: a group separator must separate groups of exactly three digits.")
            case .notANumber:
                let why = FigureQualifier.of(value.text).map { ": " + $0.explanation } ?? ""
                report(.error, .cardFigureNotANumber, field(kind), value.text, at(value),
                       "The figure \"\(value.text)\" for \(kind.rawValue) is not a whole number\(why).")
            }
        }
        for index in result.labelsWithoutValue {
            let label = tokens[index]
            guard let kind = label.kind, !seen.contains(kind) else {
                if label.isAmbiguous { continue }
                report(.info, .cardSkippedLine, nil, label.text, at(label), "A label-like line without a value was skipped.")
                continue
            }
            seen.insert(kind)
            report(.error, .cardFigureMissing, field(kind), label.text, at(label),
                   "The label \"\(label.text)\" has no value.")
        }
        for index in result.valuesWithoutLabel {
            let value = tokens[index]
            report(.error, .cardFigureUnpaired, "figures", value.text, at(value),
                   "The value \"\(value.text)\" has no label: not read.")
        }
        for index in result.unpaired {
            let token = tokens[index]
            if token.isValue {
                report(.error, .cardFigureUnpaired, "figures", token.text, at(token),
                       "The value \"\(token.text)\" cannot be paired with a label unambiguously (the card's layout does not say which label it belongs to): not read.")
            } else if let kind = token.kind, !seen.contains(kind) {
                seen.insert(kind)
                report(.error, .cardFigureUnpaired, field(kind), token.text, at(token),
                       "The label \"\(token.text)\" cannot be paired with a value unambiguously (the card's layout does not say which value belongs to it): \(kind.rawValue) is not read.")
            }
        }
        for kind in FigureKind.allCases where !seen.contains(kind) {
            report(.error, .cardFigureMissing, field(kind), nil, cardLocation, "The card has no \"\(kind.rawValue)\" figure.")
        }
        for finding in FigurePlausibility.check(figures) {
            let values = finding.kinds.map { "\($0.rawValue)=\(valueToken[$0]?.text ?? figures[$0].map(String.init) ?? "")" }
            let location = finding.kinds.first.flatMap { valueToken[$0] }.map(at) ?? cardLocation
            report(.error, .cardFigureImplausible, field(finding.kinds[0]), values.joined(separator: ", "), location,
                   finding.message)
            for kind in finding.kinds { figures[kind] = nil }
        }
        return figures
    }

    /// `tokens` with each value printed with a unit word that names a figure the card has no label
    /// for ("70.780 leerlingen/studenten", "6 opleiders" on a card that prints no other label of
    /// those figures) read as that value and, on its line, the unit as the figure's label without
    /// its opener (`FigureLabel.Note.reworded`, reported as `card.label_reworded`). A unit naming a
    /// figure the card labels elsewhere ("70.780 leerlingen" beside "Aantal leerlingen/studenten"),
    /// naming no figure or two ("schoolbesturen": po or vo), or named by two values, stays part of
    /// its value, which is then reported as no number: which is meant cannot be told.
    static func unitsReadAsLabels(_ tokens: [FigureToken]) -> [FigureToken] {
        // Most blocks hold no value with a unit (an ASCII word): their values' bytes settle it.
        guard tokens.contains(where: { $0.isValue && $0.text.utf8.contains { ($0 | 0x20) &- 0x61 < 26 } }) else { return tokens }
        let labelled = Set(tokens.compactMap { $0.isValue ? nil : $0.kind })
        var named: [Int: (number: String, unit: String, kind: FigureKind)] = [:]
        for (index, token) in tokens.enumerated() where token.isValue {
            guard case .unit(let unit)? = FigureQualifier.of(token.text) else { continue }
            let reading = FigureLabel.reading(of: unit)
            guard let kind = reading.kind, reading.note == nil || reading.note == .reworded, !labelled.contains(kind) else { continue }
            let text = NameFolding.collapseWhitespace(token.text)
            let number = ASCIIFastPath.trimmingWhitespaces(String(text.dropLast(unit.count)))
            guard FigureValue.parse(number) != nil else { continue }
            named[index] = (number, unit, kind)
        }
        let kinds = named.values.map(\.kind)
        var result: [FigureToken] = []
        result.reserveCapacity(tokens.count + named.count)
        for (index, token) in tokens.enumerated() {
            guard let reading = named[index], kinds.filter({ $0 == reading.kind }).count == 1 else { result.append(token); continue }
            var value = token
            value.text = reading.number
            value.separatorAfter = false
            result.append(value)
            result.append(FigureToken(role: .label, text: reading.unit, kind: reading.kind, firstLine: token.lastLine,
                                      lastLine: token.lastLine, separatorAfter: token.separatorAfter, note: .reworded))
        }
        return result
    }

    /// Reports each label that was not read exactly (`FigureToken.note`), on its line: read
    /// without its opener word (info), read with a misspelt word (warning), or not read because
    /// two labels are equally near (error).
    func reportLabelReadings(_ tokens: [FigureToken], at: (FigureToken) -> SourceLocation, report: Report) {
        for token in tokens where !token.isValue {
            guard let note = token.note else { continue }
            let field = token.kind.map { "figures.\($0.rawValue)" }
            switch note {
            case .reworded:
                guard let kind = token.kind else { continue }
                report(.info, .cardLabelReworded, field, token.text, at(token),
                       "The label \"\(token.text)\" has no \"Aantal\" or \"Aangesloten\"; it was read by its words as \(kind.rawValue).")
            case .misspelt(let corrections):
                guard let kind = token.kind else { continue }
                let words = corrections.map { "\"\($0.printed)\" as \"\($0.readAs)\"" }.joined(separator: ", ")
                report(.warning, .cardLabelMisspelt, field, token.text, at(token),
                       "The label \"\(token.text)\" was read as \(kind.rawValue), its misspelt words read as the nearest label words (\(words)).")
            case .ambiguous(let word, let kinds):
                report(.error, .cardLabelAmbiguous, "figures", token.text, at(token),
                       "The label \"\(token.text)\" is not read: \"\(word)\" is as near to the label of \(kinds.map(\.rawValue).joined(separator: " as to ")); which figure it is cannot be told.")
            }
        }
    }
}
