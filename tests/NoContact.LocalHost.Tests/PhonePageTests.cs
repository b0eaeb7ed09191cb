using Microsoft.Playwright;
using NoContact.LocalHost.Tests.Infrastructure;

namespace NoContact.LocalHost.Tests;

/// <summary>The phone page in a real headless Chromium, driven by Playwright.</summary>
[Collection(PhonePageCollection.Name)]
public sealed class PhonePageTests(LocalHostFixture host)
{
    private const string User = "+15550100123";
    private const string Partner = "+15550100124";

    // Without these, Chromium reaches for Google's services, which this network refuses.
    private static readonly string[] OfflineFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ScreenshotPath => Path.Combine(AppContext.BaseDirectory, "screenshots", "phone-page.png");

    [ChromiumFact]
    public async Task SlipTypedOnTheUsersPhoneShowsTheReplyAndThenThePartnersAlert()
    {
        await host.TextAsync(User, "JOIN");
        await host.TextAsync(User, "NAME Sam");
        await host.TextAsync(User, $"PARTNER {Partner}");
        await host.RunFunctionAsync("DispatchOutbox");
        await host.TextAsync(Partner, "YES");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Headless = true,
            Args = OfflineFlags,
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        await page.GotoAsync(new Uri(host.BaseAddress, "/dev/").ToString());
        var userPhone = page.Locator($".phone[data-number='{User}']");
        var partnerPhone = page.Locator($".phone[data-number='{Partner}']");

        await userPhone.Locator("input[name=body]").FillAsync("SLIP saw her story");
        await userPhone.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(userPhone.Locator(".bubble.received").Last).ToContainTextAsync("Logged");
        await page.Locator("button[data-function=DispatchOutbox]").ClickAsync();
        await Assertions.Expect(partnerPhone.Locator(".bubble.received").Last)
            .ToContainTextAsync("Sam logged a slip and could use a kind word");

        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });
        Assert.True(new FileInfo(ScreenshotPath).Length > 0);
    }
}
