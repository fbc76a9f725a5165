import Foundation
import Gateway

ProcessMemory.returnLargeBuffersToTheSystem()
let context = CommandContext(console: .standard(), environment: ProcessInfo.processInfo.environment,
                             workingDirectory: FileManager.default.currentDirectoryPath)
exit(PlaintCLI.run(Array(CommandLine.arguments.dropFirst()), context: context).rawValue)
