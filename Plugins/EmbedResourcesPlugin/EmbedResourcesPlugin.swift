import Foundation
import PackagePlugin

/// Embeds the package's top-level `Lexicons/` and `Pipelines/` into the WhoSaid
/// module, so a `whosaid` binary copied anywhere still has its default pipeline
/// and lexicons. Users override them at run time with `--lexicons DIR`.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["Lexicons", "Pipelines"]
        var inputs: [URL] = []
        for folder in folders {
            inputs += embeddableFiles(under: root.appending(path: folder))
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding Lexicons/ and Pipelines/",
                executable: try context.tool(named: "EmbedResources").url,
                arguments: [output.path] + folders.map { root.appending(path: $0).path },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func embeddableFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        return walker.compactMap { item in
            guard let url = item as? URL,
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { return nil }
            return url
        }
    }
}
