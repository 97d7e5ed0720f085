import WhoSaid

/// Validates JSON against the subset of JSON Schema (2020-12) that
/// `schema/whosaid-1.schema.json` uses: type, enum, const, required,
/// properties, additionalProperties, items, minimum, maximum, oneOf and local $ref.
struct JSONSchemaValidator {
    let root: JSONValue

    /// Problems found, each with the JSON path; empty when the instance is valid.
    func validate(_ instance: JSONValue) -> [String] {
        var problems: [String] = []
        check(instance, against: root, path: "$", problems: &problems)
        return problems
    }

    private func resolve(_ schema: JSONValue) -> JSONValue {
        guard case let .string(reference)? = schema["$ref"], reference.hasPrefix("#/") else { return schema }
        var node = root
        for part in reference.dropFirst(2).split(separator: "/") { node = node[String(part)] ?? .null }
        return resolve(node)
    }

    private static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case let .number(text): return text.contains(where: { ".eE".contains($0) }) ? "number" : "integer"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    private func check(_ value: JSONValue, against schemaNode: JSONValue, path: String, problems: inout [String]) {
        let schema = resolve(schemaNode)
        if case let .array(options)? = schema["oneOf"] {
            let matching = options.filter { option in
                var optionProblems: [String] = []
                check(value, against: option, path: path, problems: &optionProblems)
                return optionProblems.isEmpty
            }
            if matching.count != 1 { problems.append("\(path): matches \(matching.count) of the oneOf options, not 1") }
        }
        if let type = schema["type"] {
            let allowed: [String]
            switch type {
            case let .string(name): allowed = [name]
            case let .array(names): allowed = names.compactMap { if case let .string(n) = $0 { n } else { nil } }
            default: allowed = []
            }
            let actual = Self.typeName(value)
            if !allowed.contains(actual) && !(actual == "integer" && allowed.contains("number")) {
                problems.append("\(path): is \(actual), expected \(allowed.joined(separator: " or "))")
                return
            }
        }
        if case let .array(options)? = schema["enum"], !options.contains(value) {
            problems.append("\(path): \(value.json) is not one of \(JSONValue.array(options).json)")
        }
        if let constant = schema["const"], constant != value {
            problems.append("\(path): \(value.json) is not \(constant.json)")
        }
        if case let .number(text) = value, let number = Double(text) {
            if case let .number(minimum)? = schema["minimum"], number < Double(minimum)! {
                problems.append("\(path): \(text) is below \(minimum)")
            }
            if case let .number(maximum)? = schema["maximum"], number > Double(maximum)! {
                problems.append("\(path): \(text) is above \(maximum)")
            }
        }
        if case let .array(items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() {
                check(item, against: itemSchema, path: "\(path)[\(index)]", problems: &problems)
            }
        }
        guard case let .object(members) = value else { return }
        if case let .array(required)? = schema["required"] {
            for case let .string(key) in required where !members.contains(where: { $0.key == key }) {
                problems.append("\(path): missing required '\(key)'")
            }
        }
        let properties = schema["properties"]
        for member in members {
            if let propertySchema = properties?[member.key] {
                check(member.value, against: propertySchema, path: "\(path).\(member.key)", problems: &problems)
            } else if schema["additionalProperties"] == .bool(false) {
                problems.append("\(path): unexpected property '\(member.key)'")
            }
        }
    }
}
