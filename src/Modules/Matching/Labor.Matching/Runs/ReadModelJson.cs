using System.Text.Json;
using System.Text.Json.Serialization;
using Labor.Jobseekers.Contracts;
using Labor.Vacancies.Contracts;

namespace Labor.Matching.Runs;

/// <summary>
/// The read model's documents as the nightly load parses them: source-generated, because parsing a million
/// profiles by reflection-built converters is a measurable part of the run.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(VacancyDetails))]
[JsonSerializable(typeof(JobseekerProfile))]
internal sealed partial class ReadModelJson : JsonSerializerContext;
