import Foundation
import Testing
@testable import RegiokaartCore

@Suite struct OutputAssemblerTests {
    @Test func bothFormsCarryTheSameTablesOnTheRealInput() throws {
        let (dataset, reference) = try InteropSupport.dataset()
        let files = try OutputAssembler(reference: reference, forms: .both).files(dataset, published: true)
        let byName = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
        #expect(Set(byName.keys) == ["regions.json", "regions.csv", "region_municipalities.csv", "municipalities.csv",
                                     "cases.csv", "cases.json", "voorlopers.csv",
                                     "issues.csv", "issues.json", "report.md", "report.html", "datapackage.json",
                                     "excel-nl/regions.csv", "excel-nl/region_municipalities.csv",
                                     "excel-nl/municipalities.csv", "excel-nl/cases.csv", "excel-nl/voorlopers.csv",
                                     "excel-nl/issues.csv"])
        for table in DataTable.allCases {
            let rfc = try InteropSupport.rows(byName[table.fileName]!, separator: ",")
            let nl = try InteropSupport.rows(byName["excel-nl/" + table.fileName]!, separator: ";")
            #expect(rfc.first == table.columns)
            #expect(nl == rfc, "excel-nl/\(table.fileName) holds other values than \(table.fileName)")
            #expect(byName["excel-nl/" + table.fileName]!.starts(with: [0xEF, 0xBB, 0xBF]))
        }
        let municipalities = try InteropSupport.rows(byName["excel-nl/municipalities.csv"]!, separator: ";")
        #expect(municipalities.contains { $0[0] == "GM1900" && $0[1] == "Súdwest-Fryslân" })
        #expect(municipalities.contains { $0[0] == "GM0518" && $0[1] == "'s-Gravenhage" })
    }

    @Test func theRFC4180FilesAreWhatTheRendererAloneWrites() throws {
        let (dataset, reference) = try InteropSupport.dataset()
        let plain = try DatasetRenderer(reference: reference).dataFiles(dataset)
        let files = try OutputAssembler(reference: reference, forms: .both).files(dataset, published: true)
        for file in plain {
            #expect(files.first { $0.name == file.name }?.bytes == file.bytes, "\(file.name) changed")
        }
    }

    @Test func excelNLOnlyPutsSemicolonCSVsAtTheTop() throws {
        let (dataset, reference) = try InteropSupport.dataset()
        let files = try OutputAssembler(reference: reference, forms: .excelNL).files(dataset, published: true)
        #expect(!files.contains { $0.name.contains("/") })
        let regions = try #require(files.first { $0.name == "regions.csv" })
        #expect(regions.bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("id;name;".utf8)))
        let package = try #require(files.first { $0.name == "datapackage.json" })
        let json = try JSONSerialization.jsonObject(with: Data(package.bytes)) as! [String: Any]
        let resources = json["resources"] as! [[String: Any]]
        #expect(resources.count == DataTable.allCases.count)
        #expect(resources.allSatisfy { ($0["dialect"] as! [String: Any])["delimiter"] as? String == ";" })
    }

    @Test func aRejectedRunWritesTheReportInBothFormsAndNoPackage() throws {
        let (dataset, reference) = try InteropSupport.dataset()
        let names = try OutputAssembler(reference: reference, forms: .both).files(dataset, published: false).map(\.name)
        #expect(Set(names) == ["issues.csv", "issues.json", "report.md", "report.html", "excel-nl/issues.csv"])
    }

    @Test func theBuildPublishesTheExcelFolderAndThePackage() throws {
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Output").path
        let result = try BuildJob.run(InteropSupport.configuration(output: output))
        #expect(result.published)
        let listing = try FileManager.default.contentsOfDirectory(atPath: output + "/excel-nl").sorted()
        #expect(listing == ["cases.csv", "issues.csv", "municipalities.csv", "region_municipalities.csv", "regions.csv", "voorlopers.csv"])
        #expect(FileManager.default.fileExists(atPath: output + "/datapackage.json"))
        #expect(result.files.contains("excel-nl/regions.csv"))
        // The maps go through the same staging folder, in their own subfolder.
        let maps = try FileManager.default.contentsOfDirectory(atPath: output + "/maps").sorted()
        #expect(maps == ["mbo.svg", "po.svg", "vo.svg"])
        #expect(result.files.contains("report.html"))
    }
}
