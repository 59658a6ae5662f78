using Standing.Data;
using Standing.Web.Endpoints;
using Standing.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStandingWeb(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseHardening();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<ConditionalGet>();
app.UseOutputCache();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
app.MapGet("/health", () => TypedResults.Text("ok")).WithName("Health").WithSummary("Whether the app is up").WithTags("Health");
app.MapRecognitionEndpoints();
app.MapOrganisationEndpoints();
app.MapVoteEndpoints();
app.MapCooperationEndpoints();
app.MapRelationEndpoints();
app.MapEditEndpoints();

// Load the registry (creating the database from data/ on first start) before the first visitor comes; a database
// or data set that cannot be used stops the app with the same lines the command line prints.
try
{
    await app.Services.GetRequiredService<RegistrySource>().GetAsync();
}
catch (Exception e) when (LoadFailure.Describe(e) is { } text)
{
    await Console.Error.WriteLineAsync(text);
    return 3;
}

await app.RunAsync();
return 0;

/// <summary>The web app's entry point, named so that tests can host it.</summary>
public partial class Program;
