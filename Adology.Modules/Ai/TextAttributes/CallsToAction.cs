using System.Runtime.InteropServices;
using Adology.Modules.Ai.Text;

namespace Adology.Modules.Ai.TextAttributes;

/// <summary>
/// Calls to action normalised to the names ad platforms use, from their wording in English, Spanish, French,
/// German, Italian, Portuguese and Dutch. The call-to-action field is read first, where a single word such as
/// "Shop" is enough; then the body and the headline, where only phrases of two words or more count, so that
/// "every order" or "the book" in running copy are not taken for one. Within a text the last match wins.
/// A call-to-action field outside the known wordings is returned as written, lowercased.
/// </summary>
internal static class CallsToAction
{
    private const int LongestUnknown = 40;

    private static readonly Dictionary<string, string[]> Wordings = new()
    {
        ["shop now"] =
        [
            "shop now", "shop", "shop today", "shop the sale", "shop the collection", "jetzt shoppen", "zum shop",
            "ir a la tienda", "visiter la boutique", "vai allo shop", "naar de winkel"
        ],
        ["buy now"] =
        [
            "buy now", "buy", "order now", "order", "get yours", "jetzt kaufen", "kaufen", "jetzt bestellen",
            "bestellen", "compra ya", "compra ahora", "comprar ahora", "comprar", "pide ya", "acheter",
            "acheter maintenant", "achetez", "commander", "commandez", "acquista ora", "acquista", "ordina ora",
            "compre agora", "comprar agora", "compre já", "nu kopen", "koop nu", "bestel nu"
        ],
        ["learn more"] =
        [
            "learn more", "read more", "find out more", "discover more", "discover", "more info", "more information",
            "see more", "mehr erfahren", "erfahre mehr", "más información", "saber más", "descubre más",
            "en savoir plus", "découvrir", "découvrez", "scopri di più", "scopri", "saiba mais", "descubra",
            "meer informatie", "lees meer", "ontdek"
        ],
        ["sign up"] =
        [
            "sign up", "signup", "register", "join", "join now", "join today", "create account", "create an account",
            "get started", "registrieren", "jetzt registrieren", "anmelden", "jetzt anmelden", "regístrate",
            "registrarse", "inscríbete", "s'inscrire", "inscrivez-vous", "iscriviti", "registrati", "cadastre-se",
            "inscreva-se", "aanmelden", "registreren", "word lid"
        ],
        ["get offer"] =
        [
            "get offer", "get the offer", "claim offer", "claim your offer", "get deal", "get the deal", "redeem",
            "redeem offer", "angebot sichern", "zum angebot", "obtener oferta", "ver oferta", "profiter de l'offre",
            "j'en profite", "approfitta dell'offerta", "aproveitar oferta", "bekijk aanbieding"
        ],
        ["download"] =
        [
            "download", "download now", "install", "install now", "get the app", "herunterladen",
            "jetzt herunterladen", "installieren", "descargar", "descárgala", "télécharger", "scarica", "baixar",
            "baixe agora", "downloaden"
        ],
        ["book now"] =
        [
            "book now", "book", "book today", "reserve", "reserve now", "jetzt buchen", "buchen", "reservieren",
            "reservar", "reserva ya", "réserver", "réservez", "prenota", "prenota ora", "reservar agora", "boek nu",
            "reserveer"
        ],
        ["subscribe"] =
        [
            "subscribe", "subscribe now", "abonnieren", "jetzt abonnieren", "suscríbete", "suscribirse", "s'abonner",
            "abonnez-vous", "abbonati", "assine", "assinar", "abonneren"
        ],
        ["contact us"] =
        [
            "contact us", "get in touch", "contact", "kontakt", "kontaktieren sie uns", "contáctanos", "contactar",
            "contactez-nous", "contattaci", "fale conosco", "entre em contato", "neem contact op"
        ],
        ["call now"] =
        [
            "call now", "call us", "jetzt anrufen", "llama ya", "llámanos", "appelez", "appelez-nous", "chiama ora",
            "ligue agora", "bel nu"
        ],
        ["watch more"] =
        [
            "watch more", "watch now", "watch", "watch video", "watch the video", "jetzt ansehen", "ver ahora",
            "ver vídeo", "regarder", "guarda ora", "assistir", "bekijk nu"
        ],
        ["apply now"] =
        [
            "apply now", "apply", "jetzt bewerben", "solicitar", "postuler", "candidati", "candidate-se",
            "solliciteer"
        ],
        ["get quote"] =
        [
            "get quote", "get a quote", "request a quote", "angebot anfordern", "solicitar presupuesto",
            "demander un devis", "richiedi un preventivo", "solicite um orçamento", "offerte aanvragen"
        ],
        ["donate"] =
        [
            "donate", "donate now", "jetzt spenden", "spenden", "donar", "dona ya", "faire un don", "dona ora",
            "doe agora", "doneer"
        ],
        ["send message"] =
        [
            "send message", "send a message", "message us", "nachricht senden", "enviar mensaje", "envoyer un message",
            "invia messaggio", "enviar mensagem", "stuur bericht"
        ],
        ["play game"] = ["play game", "play now", "jetzt spielen", "jugar", "jouer", "gioca", "jogar", "speel nu"],
        ["listen now"] =
        [
            "listen now", "listen", "jetzt anhören", "escuchar", "écouter", "ascolta", "ouvir", "luister"
        ],
    };

    // Each wording as words (the copy tokeniser's), longest first, so "shop now" wins over "shop".
    private static readonly (string[] Words, string Name)[] Phrases =
        [.. Wordings.SelectMany(entry => entry.Value.Select(wording => (Words: Words.Of(wording).ToArray(), Name: entry.Key)))
            .OrderByDescending(phrase => phrase.Words.Length)];

    /// <summary>The normalised call to action of an ad, or null when none is found.</summary>
    public static string? Find(string? callToAction, string? body, string? headline)
    {
        var field = Words.Of(callToAction);
        if (field.Count > 0)
        {
            return Last(field, minimumWords: 1) ?? Unknown(field);
        }

        return Last(Words.Of(body), minimumWords: 2) ?? Last(Words.Of(headline), minimumWords: 2);
    }

    private static string? Last(List<string> words, int minimumWords)
    {
        for (var start = words.Count - 1; start >= 0; start--)
        {
            foreach (var phrase in Phrases)
            {
                if (phrase.Words.Length >= minimumWords && Matches(words, start, phrase.Words))
                {
                    return phrase.Name;
                }
            }
        }

        return null;
    }

    private static bool Matches(List<string> words, int start, string[] phrase) =>
        start + phrase.Length <= words.Count && CollectionsMarshal.AsSpan(words).Slice(start, phrase.Length).SequenceEqual(phrase);

    private static string? Unknown(List<string> field)
    {
        var text = string.Join(' ', field);
        return text.Length <= LongestUnknown ? text : null;
    }
}
