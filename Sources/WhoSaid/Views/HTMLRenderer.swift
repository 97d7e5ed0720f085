/// Renders an annotated article as one self-contained HTML page (no scripts,
/// no external assets): quotes highlighted in their speaker's color, speaker
/// and entity mentions marked, a quote's speaker and cue shown on hover or
/// keyboard focus, and a side list of speakers with their quote counts.
public struct HTMLRenderer: Sendable {
    /// Background colors for speakers, in order of their first quote; readable with dark text.
    static let palette = ["#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6",
                          "#ffadad", "#a0c4ff", "#d0f4de", "#f1c0e8", "#e4c1f9", "#b9fbc0"]
    static let unattributedColor = "#e0e0e0"

    public init() {}

    public func render(_ document: AnnotatedDocument) throws(WhoSaidError) -> String {
        guard let text = document.text else {
            throw .document(id: document.id, message: "the output has no text: annotate with --with-text, or show the .txt file itself")
        }
        let scalars = Array(text.unicodeScalars)
        let speakers = speakerColors(document)
        let quotes = nonOverlapping(document.quotes.map { ($0.span, $0) }, limit: scalars.count)
        let mentions = nonOverlapping(mentionMarks(document), limit: scalars.count)

        var article = ""
        var cuts = Set([0, scalars.count])
        for (span, _) in quotes { cuts.formUnion([span.start, span.end]) }
        for (span, _) in mentions { cuts.formUnion([span.start, span.end]) }
        let points = cuts.sorted()
        var quoteIndex = 0
        var mentionIndex = 0
        for (start, end) in zip(points, points.dropFirst()) {
            while quoteIndex < quotes.count, quotes[quoteIndex].0.end <= start { quoteIndex += 1 }
            while mentionIndex < mentions.count, mentions[mentionIndex].0.end <= start { mentionIndex += 1 }
            let quote = quoteIndex < quotes.count && quotes[quoteIndex].0.start <= start ? quotes[quoteIndex].1 : nil
            let mention = mentionIndex < mentions.count && mentions[mentionIndex].0.start <= start ? mentions[mentionIndex].1 : nil
            var piece = Self.escape(String(String.UnicodeScalarView(scalars[start..<end])))
            if let mention {
                piece = "<span class=\"\(mention.isSpeaker ? "speaker" : "entity") \(mention.entityType)\" title=\"\(Self.escape(mention.title))\""
                    + (mention.color.map { " style=\"--speaker: \($0)\"" } ?? "") + ">" + piece + "</span>"
            }
            if let quote {
                let name = document.speakerName(of: quote)
                let tip = "\(quote.type.rawValue) quote · speaker: \(name ?? "unknown")" + (quote.cue.map { " · cue: \($0.text)" } ?? "")
                piece = "<mark class=\"quote\" tabindex=\"0\" style=\"--speaker: \(speakers[name ?? ""] ?? Self.unattributedColor)\" "
                    + "data-tip=\"\(Self.escape(tip))\" title=\"\(Self.escape(tip))\">" + piece + "</mark>"
            }
            article += piece
        }
        return page(title: document.id, article: article, sidebar: sidebar(document, colors: speakers))
    }

    private struct MentionMark {
        var title: String
        var entityType: String
        var isSpeaker: Bool
        var color: String?
    }

    /// Entity mentions, and speaker spans (a pronoun or a group is a speaker without being a mention).
    private func mentionMarks(_ document: AnnotatedDocument) -> [(Span, MentionMark)] {
        let colors = speakerColors(document)
        var speakerSpans: [Span: String] = [:]
        for quote in document.quotes {
            if let speaker = quote.speaker { speakerSpans[speaker.span] = document.speakerName(of: quote) }
        }
        var marks: [(Span, MentionMark)] = []
        for entity in document.entities {
            for mention in entity.mentions {
                marks.append((mention.span, MentionMark(
                    title: "\(entity.name) (\(entity.type.rawValue))", entityType: entity.type.rawValue.lowercased(),
                    isSpeaker: speakerSpans[mention.span] != nil, color: colors[entity.name])))
            }
        }
        let mentionSpans = Set(marks.map(\.0))
        for (span, name) in speakerSpans where !mentionSpans.contains(span) {
            marks.append((span, MentionMark(title: "speaker: \(name)", entityType: "other", isSpeaker: true, color: colors[name])))
        }
        return marks
    }

    /// Speaker name → color, in order of first quote.
    private func speakerColors(_ document: AnnotatedDocument) -> [String: String] {
        var colors: [String: String] = [:]
        for quote in document.quotes.sorted(by: { $0.span < $1.span }) {
            guard let name = document.speakerName(of: quote), colors[name] == nil else { continue }
            colors[name] = Self.palette[colors.count % Self.palette.count]
        }
        return colors
    }

    /// Spans sorted by start, dropping any that overlaps an earlier kept one or lies outside the text.
    private func nonOverlapping<Value>(_ items: [(Span, Value)], limit: Int) -> [(Span, Value)] {
        var kept: [(Span, Value)] = []
        for item in items.sorted(by: { $0.0.start != $1.0.start ? $0.0.start < $1.0.start : $0.0.end > $1.0.end })
        where item.0.end <= limit && !item.0.isEmpty && (kept.last.map { $0.0.end <= item.0.start } ?? true) {
            kept.append(item)
        }
        return kept
    }

    private func sidebar(_ document: AnnotatedDocument, colors: [String: String]) -> String {
        var counts: [String: Int] = [:]
        for quote in document.quotes { counts[document.speakerName(of: quote) ?? "", default: 0] += 1 }
        let order = colors.keys.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
        var items = order.map { name in
            "<li><span class=\"chip\" style=\"--speaker: \(colors[name]!)\"></span>\(Self.escape(name)) <b>\(counts[name] ?? 0)</b></li>"
        }
        if let unknown = counts[""] {
            items.append("<li><span class=\"chip\" style=\"--speaker: \(Self.unattributedColor)\"></span><i>unattributed</i> <b>\(unknown)</b></li>")
        }
        return "<h2>Speakers</h2><ul>\(items.joined())</ul><p class=\"note\">\(document.quotes.count) quotes · \(document.entities.count) entities</p>"
    }

    private func page(title: String, article: String, sidebar: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>whosaid · \(Self.escape(title))</title>
        <style>
        body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: #222; background: #fafafa; }
        .layout { display: grid; grid-template-columns: minmax(0, 46rem) 16rem; gap: 2rem; max-width: 66rem; margin: 0 auto; padding: 2rem 1rem; }
        article { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 1.5rem 2rem; border-radius: 6px; box-shadow: 0 1px 3px #0002; }
        aside { position: sticky; top: 1rem; align-self: start; font: 14px/1.5 system-ui, sans-serif; }
        aside ul { list-style: none; padding: 0; } aside li { margin: .3rem 0; }
        .chip { display: inline-block; width: .9em; height: .9em; border-radius: 2px; margin-right: .4em; background: var(--speaker); vertical-align: -1px; }
        mark.quote { background: var(--speaker); border-radius: 3px; padding: 0 1px; position: relative; color: inherit; }
        mark.quote:hover, mark.quote:focus { outline: 2px solid #333; }
        mark.quote:hover::after, mark.quote:focus::after { content: attr(data-tip); position: absolute; left: 0; bottom: 100%; z-index: 1;
          white-space: nowrap; font: 13px/1.4 system-ui, sans-serif; background: #222; color: #fff; padding: .2rem .5rem; border-radius: 4px; }
        .entity { border-bottom: 1px dotted #555; }
        .speaker { font-weight: bold; border-bottom: 3px solid var(--speaker, #999); }
        .note { color: #666; }
        @media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } aside { position: static; } }
        </style></head>
        <body><div class="layout"><article>\(article)</article><aside>\(sidebar)</aside></div></body></html>

        """
    }

    /// Escapes text for HTML element content and attribute values alike.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"  // NUL is not allowed in HTML
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
