using Adology.Modules.Ai.TextAttributes;

namespace Adology.Tests.Unit.Ai.TextAttributes;

internal sealed class CopyReaderTests
{
    [Test]
    public void English_sale_copy_gives_its_call_to_action_price_discount_and_language()
    {
        var attributes = CopyReader.Extract("Summer sale", "Save 30% — now only $19.99!", "Shop now");

        Assert.That(attributes.CallToAction, Is.EqualTo("shop now"));
        Assert.That(attributes.Prices, Is.EqualTo(new[] { 19.99m }));
        Assert.That(attributes.Currency, Is.EqualTo("USD"));
        Assert.That(attributes.DiscountPercents, Is.EqualTo(new[] { 30 }));
        Assert.That(attributes.Language, Is.EqualTo("en"));
    }

    [Test]
    public void German_copy_with_a_decimal_comma_and_the_euro_after()
    {
        var attributes = CopyReader.Extract("Die neue Kollektion ist da", "Jetzt 20 % Rabatt auf alles – nur für kurze Zeit, ab 49,99 €.", "Jetzt kaufen");

        Assert.That(attributes, Is.EqualTo(new CopyAttributes("buy now", [49.99m], "EUR", [20], "de")).Using<CopyAttributes>(Same));
    }

    [Test]
    public void Spanish_copy()
    {
        var attributes = CopyReader.Extract(null, "¡Ahorra un 25% en toda la colección! Ahora solo 39,90 €.", "Compra ya");

        Assert.That(attributes, Is.EqualTo(new CopyAttributes("buy now", [39.90m], "EUR", [25], "es")).Using<CopyAttributes>(Same));
    }

    [TestCase("Découvrez notre nouvelle collection, avec des prix très doux pour vous et votre famille", "fr")]
    [TestCase("Scopri la nuova collezione: è tutto per te e per la tua famiglia, anche oggi", "it")]
    [TestCase("Descubra a nova coleção, com preços que você não vai acreditar e muito mais", "pt")]
    [TestCase("Ontdek de nieuwe collectie met prijzen die je niet gelooft, nu voor iedereen", "nl")]
    [TestCase("Discover the new collection with prices you will not believe, now for everyone", "en")]
    public void Language_comes_from_function_words(string body, string language)
    {
        Assert.That(CopyReader.Extract(null, body, null).Language, Is.EqualTo(language));
    }

    [TestCase("Shop now")]
    [TestCase("Summer collection 2025")]
    [TestCase("")]
    public void Language_is_null_when_the_text_does_not_tell(string body)
    {
        Assert.That(CopyReader.Extract(null, body, null).Language, Is.Null);
    }

    [TestCase("Now 1,299.00 USD", 1299.00)]
    [TestCase("Nur 1.299,00 €", 1299.00)]
    [TestCase("From £1 299", 1299)]
    [TestCase("Only €5", 5)]
    [TestCase("R$ 49,90 à vista", 49.90)]
    public void Prices_are_read_with_either_separator_convention(string body, decimal price)
    {
        Assert.That(CopyReader.Extract(null, body, null).Prices, Is.EqualTo(new[] { price }));
    }

    [Test]
    public void Several_prices_keep_their_order_and_the_most_quoted_currency_wins()
    {
        var attributes = CopyReader.Extract(null, "Was $29.99, now $19.99 (about £15)", null);

        Assert.That(attributes.Prices, Is.EqualTo(new[] { 29.99m, 19.99m, 15m }));
        Assert.That(attributes.Currency, Is.EqualTo("USD"));
    }

    [TestCase("Try it free for 30 days.")]
    [TestCase("Made from 100% organic cotton")]
    [TestCase("50% recycled materials, 2 colours")]
    public void Numbers_that_are_not_prices_or_discounts_are_left_alone(string body)
    {
        var attributes = CopyReader.Extract(null, body, null);

        Assert.That(attributes.Prices, Is.Empty);
        Assert.That(attributes.Currency, Is.Null);
        Assert.That(attributes.DiscountPercents, Is.Empty);
    }

    [TestCase("Up to 50% off everything", 50)]
    [TestCase("Members save 20% more.", 20)]
    [TestCase("Alles -40%", 40)]
    [TestCase("Jusqu'à 60% de réduction", 60)]
    [TestCase("Sconto del 15% su tutto", 15)]
    [TestCase("Tot 35% korting", 35)]
    public void Discounts_are_percentages_with_a_word_of_saving_or_a_minus(string body, int percent)
    {
        Assert.That(CopyReader.Extract(null, body, null).DiscountPercents, Is.EqualTo(new[] { percent }));
    }

    [TestCase("SHOP NOW »", "shop now")]
    [TestCase("Learn More", "learn more")]
    [TestCase("Mehr erfahren", "learn more")]
    [TestCase("Inscrivez-vous", "sign up")]
    [TestCase("Download", "download")]
    [TestCase("Get the app", "download")]
    [TestCase("Book", "book now")]
    [TestCase("Abonnieren", "subscribe")]
    [TestCase("Get in touch", "contact us")]
    [TestCase("Claim your offer", "get offer")]
    public void Calls_to_action_are_normalised(string callToAction, string normalised)
    {
        Assert.That(CopyReader.Extract(null, null, callToAction).CallToAction, Is.EqualTo(normalised));
    }

    [Test]
    public void A_call_to_action_outside_the_known_wordings_is_kept_lowercased()
    {
        Assert.That(CopyReader.Extract(null, null, "See the Lookbook!").CallToAction, Is.EqualTo("see the lookbook"));
    }

    [Test]
    public void Without_the_field_a_call_to_action_phrase_in_the_body_counts()
    {
        Assert.That(CopyReader.Extract("Spring is here", "New colours for spring. Learn more on our site.", null).CallToAction, Is.EqualTo("learn more"));
    }

    [Test]
    public void A_single_word_in_running_copy_is_no_call_to_action()
    {
        Assert.That(CopyReader.Extract("Free delivery", "Free delivery on every order. Read the book.", null).CallToAction, Is.Null);
    }

    private static bool Same(CopyAttributes a, CopyAttributes b) =>
        a.CallToAction == b.CallToAction && a.Prices.SequenceEqual(b.Prices) && a.Currency == b.Currency
        && a.DiscountPercents.SequenceEqual(b.DiscountPercents) && a.Language == b.Language;
}
