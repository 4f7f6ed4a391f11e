using System.Collections.Frozen;

namespace Adology.Modules.Ai.Text;

/// <summary>Function words of the languages ad copy is told apart in, by ISO 639-1 code.</summary>
internal static class StopWords
{
    public static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = Set("""
            a about above after again against all also am an and any are as at be because been before being below between both
            but by can could did do does doing down during each every few for from further get got had has have having he her
            here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
            our ours out over own same she should so some such than that the their them then there these they this those
            through to too under until up very was we were what when where which while who whom why will with would you your yours
            """),
        ["es"] = Set("""
            a al algo algunas algunos ante antes aquí cada como con contra cual cuando de del desde donde durante e el él ella
            ellas ellos en entre era es esa ese eso esta está están estar estas este esto estos hasta hay hoy la las le les lo
            los más me mi mí mis mucho muchos muy nada ni no nos nosotros nuestra nuestro o otra otras otro otros para pero
            poco por porque qué que quien quienes se sí sin sobre solo sólo son su sus también tanto te ti todo todos tu tú tus
            un una uno unos y ya yo ahora toda todas nuestros nuestras
            """),
        ["fr"] = Set("""
            à a au aux avec c ce ces cette chaque comme d dans de déjà des donc dont du elle elles en encore est et été être
            ici il ils j je jusqu l la le les leur leurs lui ma maintenant mais même mes mon n ne nos notre nous on ont ou où
            par pas plus pour qu que qui quoi s sa sans se ses si son sont sous sur ta tes ton toujours tous tout toute toutes
            très tu un une votre vos vous y
            """),
        ["de"] = Set("""
            ab aber alle alles als am an auch auf aus bei bis da das dass dein deine dem den der des dich die diese dieser
            dieses dir dort du durch ein eine einem einen einer eines er es euch euer für gegen hat hatte haben hier ich ihr
            ihre ihrem ihren im in ist jede jeder jedes jetzt kein keine mehr mich mit nach nicht noch nur oder ohne schon sehr
            sein seine sich sie sind so über um und uns unser unsere unter vom von vor war waren wenn werden wie wir wird wurde
            zu zum zur
            """),
        ["it"] = Set("""
            a ai al alla alle allo agli anche avere c che chi ci come con cui da dai dal dalla degli dei del della delle dello
            di dove e è ed era essere gli già ha hanno i il in io la le lei lo loro lui ma mi molto ne negli nei nel nella nelle
            nello noi non nostra nostro o ogni oggi ora per perché più qui quando quella quello questa queste questi questo se
            si solo sono su sua sue sui sul sulla suo suoi ti tra tu tua tuo tutte tutti tutto un una uno vi voi vostra vostro
            """),
        ["pt"] = Set("""
            a à agora ao aos aquela aquele aqui as às cada com como da das de do dos e é ela elas ele eles em essa esse está
            estão estar esta este eu foi hoje isso isto já lhe mais mas me meu minha muito na não nas no nos nós nossa nosso o
            onde os ou para pela pelas pelo pelos por porque quando que quem se sem ser seu seus sobre sua suas só também te tem
            têm toda todas todo todos um uma umas uns você vocês
            """),
        ["nl"] = Set("""
            aan al alle alles als ben bent bij dan dat de deze die dit door daar een elk elke en er geen had haar hebben heeft
            het hier hij hoe hun ik in is je jij jouw jullie kan kunt maar meer met mijn naar niet nog nu of om omdat onder ons
            onze ook op over tegen tot u uit uw van veel voor waar wanneer was wat werd waren we wie wij wordt worden ze zij zijn
            zo zonder
            """),
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> All = ByLanguage.Values.SelectMany(words => words).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AllBySpan = All.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => AllBySpan.Contains(word);

    private static FrozenSet<string> Set(string words) =>
        words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
