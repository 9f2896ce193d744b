using System.Text.Json.Nodes;
using Decisions.Assignments;
using Decisions.Decisions;
using Decisions.Shared;
using Decisions.Tests.Infrastructure;
using static Decisions.Tests.Infrastructure.EconomyStory;

namespace Decisions.Tests.OParl;

/// <summary>
/// What a client that synced before must see when the public record changes: a decision put under sekretess
/// disappears (its agenda item and consultation answer as deleted, with no content, and the objects that showed it
/// are modified), a confidential assignment leaves its agenda item and paper, and a withdrawn assignment stays with
/// that status.
/// </summary>
public class OParlSecrecyTests(StoryApp app) : IClassFixture<StoryApp>
{
    const string SecretTitle = "Åtgärder för att nå en ekonomi i balans";
    const string JuneTask = "redovisa uppdatering om det pågående arbetet för att uppnå hyroberoende";

    /// <summary>Once they are confidential, no answer holds a word of the decision or the assignment, nor the assignment's id.</summary>
    /// <summary>The OParl index is an async projection: each read first waits until it has read every committed event.</summary>
    async Task<JsonNode> Get(HttpClient client, string url, bool secretsKept = true)
    {
        await app.ProjectionsCaughtUp();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {(int)response.StatusCode} {body}");
        if (secretsKept)
            foreach (var secret in new[] { SecretTitle, JuneTask, Api.Encoded(June) }) body.ShouldNotContain(secret, customMessage: url);
        return OParlSchemas.Parse(body);
    }

    /// <summary>One page is the whole list here: the story is small.</summary>
    async Task<JsonArray> Data(HttpClient client, string url)
    {
        var list = await Get(client, url);
        list["links"]!["next"].ShouldBeNull(url);
        return list["data"]!.AsArray();
    }

    static string Key(JsonNode? o) => Uri.UnescapeDataString(((string)o!["id"]!).Split('/')[^1]);

    static DateTimeOffset Modified(JsonNode? o) => DateTimeOffset.Parse((string)o!["modified"]!);

    [Fact]
    public async Task A_decision_put_under_sekretess_is_deleted_for_a_client_that_synced_before_and_never_shown_to_a_new_one()
    {
        var client = app.CreateAnonymousClient();
        var synced = await Get(client, $"/oparl/v1/agenda-items/{Api.Encoded(D46)}", secretsKept: false);
        ((string)synced["name"]!).ShouldBe(SecretTitle);
        await Task.Delay(1100); // OParl's times are whole seconds; the client's last look is one before the change.
        var lastLook = DateTimeOffset.UtcNow;
        var since = Uri.EscapeDataString(lastLook.ToString("O"));

        var administrator = await app.CreateAdministratorClientAsync();
        await administrator.Accept("/api/decisions/confidential", new MarkDecisionConfidential(D46, "OSL 21 kap. 1 §", May16));
        await administrator.Accept("/api/assignments/confidential", new MarkAssignmentConfidential(June, "OSL 21 kap. 1 §", May16));

        // A new client never learns of them: the lists without modified_since leave them out, and count without them.
        var items = await Data(client, "/oparl/v1/body/agenda-items");
        items.Select(Key).ShouldNotContain(D46);
        items.Select(Key).ShouldContain(D45);
        items.ShouldAllBe(i => i!["deleted"] == null);
        (await Get(client, "/oparl/v1/body/agenda-items"))["pagination"]!["totalElements"]!.GetValue<long>().ShouldBe(items.Count);
        (await Data(client, "/oparl/v1/body/consultations")).Select(Key).ShouldNotContain(D46);
        var april = await Get(client, $"/oparl/v1/meetings/{Api.Encoded(StreamIds.Meeting(Hsn, April18))}");
        april["agendaItem"]!.AsArray().Select(Key).ShouldBe([D45]);

        // A client that synced before asks what changed since and is told the agenda item and consultation are deleted.
        var changed = await Data(client, $"/oparl/v1/body/agenda-items?modified_since={since}");
        var deleted = changed.Single(i => Key(i) == D46)!;
        deleted.AsObject().Select(p => p.Key).ShouldBe(["id", "type", "created", "modified", "deleted"]);
        ((bool)deleted["deleted"]!).ShouldBeTrue();
        ((string)deleted["created"]!).ShouldBe((string)synced["created"]!);
        Modified(deleted).ShouldBeGreaterThanOrEqualTo(lastLook.AddSeconds(-1));
        OParlSchemas.Errors(deleted, "AgendaItem").ShouldBeEmpty();
        (await Get(client, $"/oparl/v1/agenda-items/{Api.Encoded(D46)}")).ToJsonString().ShouldBe(deleted.ToJsonString());
        var consultation = (await Data(client, $"/oparl/v1/body/consultations?modified_since={since}")).Single(c => Key(c) == D46)!;
        ((bool)consultation["deleted"]!).ShouldBeTrue();
        consultation.AsObject().Count.ShouldBe(5);

        // The objects that showed them are modified, and show them no more.
        var d60 = changed.Single(i => Key(i) == D60)!;
        d60["decisions:assignments"]!.AsArray().Select(a => (string)a!["task"]!).ShouldNotContain(JuneTask);
        d60["decisions:assignments"]!.AsArray().Count.ShouldBe(3);
        ((string)d60["resolutionText"]!).ShouldNotContain("juni");
        // A meeting carries its agenda items, and they their assignments: both meetings changed.
        (await Data(client, $"/oparl/v1/body/meetings?modified_since={since}")).Select(Key).ShouldBe([StreamIds.Meeting(Hsn, April18), Meeting0516], ignoreOrder: true);
        var paper = (await Data(client, $"/oparl/v1/body/papers?modified_since={since}")).Single()!;
        ((string)paper["reference"]!).ShouldBe(Case570);
        paper["deleted"].ShouldBeNull("the case has other public facts");
        paper["consultation"]!.AsArray().Select(Key).ShouldNotContain(D46);
        paper["decisions:assignments"]!.AsArray().Select(a => (string)a!["id"]!).ShouldNotContain(s => s.EndsWith(Api.Encoded(A46)));
        (await Data(client, $"/oparl/v1/body/papers")).Select(p => (string)p!["reference"]!).ShouldContain(Case570);
    }

    [Fact]
    public async Task A_withdrawn_assignment_stays_on_its_agenda_item_and_paper_as_withdrawn()
    {
        var client = app.CreateAnonymousClient();
        await Task.Delay(1100);
        var lastLook = DateTimeOffset.UtcNow;
        await app.CreateClient().Accept("/api/assignments/withdrawals",
            new WithdrawAssignment(SeptemberStaff, "Följs upp i årsredovisningen i stället", null, new(2023, 10, 17)));

        var since = Uri.EscapeDataString(lastLook.ToString("O"));
        var item = (await Data(client, $"/oparl/v1/body/agenda-items?modified_since={since}")).Single()!;
        Key(item).ShouldBe(D60);
        var withdrawn = item["decisions:assignments"]!.AsArray().Single(a => ((string)a!["id"]!).EndsWith(Api.Encoded(SeptemberStaff)))!;
        ((string)withdrawn["status"]!).ShouldBe("withdrawn");
        ((string)withdrawn["statusText"]!).ShouldBe("Återkallat");
        withdrawn["deleted"].ShouldBeNull("a withdrawal is a public fact of the assignment, not a removal");
        var paper = (await Data(client, $"/oparl/v1/body/papers?modified_since={since}")).Single()!;
        paper["decisions:assignments"]!.AsArray().Single(a => ((string)a!["id"]!).EndsWith(Api.Encoded(SeptemberStaff)))!["status"]!
            .GetValue<string>().ShouldBe("withdrawn");
    }
}
