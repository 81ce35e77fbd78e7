/**
 * Gazetteer of small named places in German-speaking cities that pin a person down: districts and
 * Kieze, streets and strips where sex work happens or happened, parks, stations, squares and markets.
 *
 * Why a list: German capitalises every noun, so the Philter rule "a capitalised word no dictionary
 * knows is a name" cannot see "am Gürtel" (belt), "im Tiergarten" (zoo), "vor der Reitschule"
 * (riding school) or "in Kalk" (lime). Street-type compounds ("Hermannplatz", "Ochsengasse") are also
 * found by pattern (locative-place.recogniser.ts); this list is for names the pattern cannot see and
 * for districts. Countries and large cities are deliberately absent: they may stay (lexicon/words.ts).
 *
 * Sources: compiled by hand for issue #3 from public knowledge (Wikipedia lists of city districts and
 * Stadtteile, articles on the red-light districts and Sperrbezirk ordinances of these cities, public
 * street-work and counselling-service reports). Not checked entry by entry against a downloaded list,
 * and not exhaustive: add the places outreach partners name. Words that are ordinary words of some
 * language (Gürtel, Wedding, Kalk, Prater …) are only matched capitalised after a locative preposition
 * ("am", "im", "in der" …); the others anywhere, in any case. Ordinary nouns too frequent to be safe
 * even there are left out on purpose ("Mitte": "in der Mitte" = in the middle; "Zoo" is found after
 * "Bahnhof" by the place recogniser). Declined adjectives of multi-word entries are generated
 * ("Breite Gasse" also matches "in der Breiten Gasse").
 *
 * Format: one city per line, `City: name; name; …`. `#` starts a comment line.
 */
export const GAZETTEER_DE = `
# Germany
Berlin: Kurfürstenstraße; Kurfürstenkiez; Potsdamer Straße; Frobenstraße; Genthiner Straße; Bülowstraße; Nollendorfplatz; Wittenbergplatz; Tiergarten; Großer Tiergarten; Hardenbergplatz; Breitscheidplatz; Kurfürstendamm; Ku'damm; Oranienburger Straße; Hackescher Markt; Alexanderplatz; Hasenheide; Hermannplatz; Hermannstraße; Sonnenallee; Kottbusser Tor; Kotti; Görlitzer Park; Görli; Schlesisches Tor; Warschauer Straße; Revaler Straße; RAW-Gelände; Humboldthain; Gesundbrunnen; Wedding; Moabit; Kreuzberg; Neukölln; Schöneberg; Friedrichshain; Prenzlauer Berg; Charlottenburg; Lichtenberg; Marzahn; Hellersdorf; Spandau; Reinickendorf; Pankow; Treptow; Köpenick; Steglitz; Zehlendorf; Tempelhof; Tempelhofer Feld; Wilmersdorf; Kreuzkölln; Rollbergkiez; Schillerkiez; Reuterkiez; Wrangelkiez; Bergmannkiez; Stuttgarter Platz; Stutti; Ostkreuz; Südkreuz; Westkreuz; Gleisdreieck; Mauerpark; Tempelhofer Damm; Leopoldplatz; Boxhagener Platz; Rigaer Straße; Lützowplatz
Hamburg: Reeperbahn; Herbertstraße; Davidstraße; Große Freiheit; Hamburger Berg; Hans-Albers-Platz; St. Pauli; Sankt Pauli; St. Georg; Sankt Georg; Hansaplatz; Steindamm; Lange Reihe; Süderstraße; Schanzenviertel; Sternschanze; Altona; Eimsbüttel; Ottensen; Barmbek; Wandsbek; Harburg; Wilhelmsburg; Veddel; Billstedt; Jenfeld; Rothenburgsort; Hammerbrook; Fischmarkt; Landungsbrücken; Planten un Blomen; Hammer Park
München: Ingolstädter Straße; Hansastraße; Schillerstraße; Landwehrstraße; Bayerstraße; Goethestraße; Schwanthalerhöhe; Theresienwiese; Wiesn; Englischer Garten; Sendlinger Tor; Stachus; Karlsplatz; Marienplatz; Freimann; Moosach; Neuperlach; Hasenbergl; Schwabing; Giesing; Sendling; Milbertshofen
Köln: Geestemünder Straße; Ebertplatz; Eigelstein; Neumarkt; Hohenzollernring; Friesenplatz; Rudolfplatz; Ehrenfeld; Kalk; Chorweiler; Nippes; Deutz; Kölnberg; Meschenich; Domplatte; Breslauer Platz; Hansaring; Zülpicher Straße; Brüsseler Platz
Frankfurt: Bahnhofsviertel; Breite Gasse; Elbestraße; Taunusstraße; Kaiserstraße; Moselstraße; Niddastraße; Münchener Straße; Weserstraße; Allerheiligenstraße; Konstablerwache; Hauptwache; Zeil; Gallus; Griesheim; Sachsenhausen; Nordend; Bornheim; Ostend; Höchst; Rödelheim; Niederrad; Fechenheim
Düsseldorf: Rethelstraße; Charlottenstraße; Worringer Platz; Worringer Straße; Oberbilk; Flingern; Königsallee; Bilk; Garath; Mintropplatz; Ellerstraße
Stuttgart: Leonhardsviertel; Leonhardsplatz; Leonhardstraße; Bohnenviertel; Weberstraße; Rotebühlplatz; Hauptstätter Straße; Bad Cannstatt; Zuffenhausen
Leipzig: Eisenbahnstraße; Rabet; Connewitz; Volkmarsdorf; Neuschönefeld; Reudnitz; Lindenau; Plagwitz; Grünau; Paunsdorf; Mockau; Augustusplatz
Dortmund: Linienstraße; Ravensberger Straße; Nordstadt; Nordmarkt; Borsigplatz; Dorstfeld; Hörde; Huckarde; Westfalenpark; Keuningpark
Ruhr, Rhine-Main, north and south: Stahlstraße; Gußstahlstraße; Gussstahlstraße; Vulkanstraße; Marxloh; Steintor; Herschelstraße; Helenenstraße; Frauentormauer; Lupinenstraße; Jungbusch; Neckarstadt
# Austria
Wien: Gürtel; Wiener Gürtel; Lerchenfelder Gürtel; Hernalser Gürtel; Währinger Gürtel; Neubaugürtel; Felberstraße; Prater; Wurstelprater; Praterstern; Auhof; Brunner Straße; Linzer Straße; Mariahilfer Straße; Westbahnhof; Brunnenmarkt; Naschmarkt; Favoriten; Ottakring; Rudolfsheim-Fünfhaus; Fünfhaus; Brigittenau; Floridsdorf; Donaustadt; Leopoldstadt; Meidling; Simmering; Hernals; Liesing; Josefstadt; Mariahilf; Margareten; Donauinsel; Stuwerviertel; Stuwerstraße; Sechshauser Straße; Schwedenplatz; Yppenplatz; Reumannplatz; Keplerplatz; Handelskai
Graz: Griesplatz; Gries; Annenstraße; Lend; Lendplatz; Volksgarten; Jakomini; Jakominiplatz; Eggenberg; Puntigam; Bahnhofgürtel; Eggenberger Gürtel
Linz, Salzburg, Innsbruck: Hinsenkampplatz; Urfahr; Lehen; Itzling; Schallmoos; Rapoldipark; Bogenmeile
# Switzerland
Zürich: Langstrasse; Sihlquai; Depotweg; Altstetten; Kreis 4; Kreis 5; Niederdorf; Niederdorfstrasse; Platzspitz; Letten; Helvetiaplatz; Bäckeranlage; Aussersihl; Hardbrücke; Escher-Wyss-Platz; Stauffacher; Limmatquai; Utoquai; Bahnhofstrasse
Basel: Kleinbasel; Ochsengasse; Webergasse; Claraplatz; Clarastrasse; Teichgässlein; Rheingasse; Klybeck; Dreirosenanlage; Barfüsserplatz; Messeplatz
Bern: Reitschule; Schützenmatte; Bollwerk; Lorraine; Aarbergergasse; Genfergasse; Brunngasse; Bärenplatz; Breitenrain; Bümpliz; Tscharnergut
Luzern: Ibach; Sentimatt
`;

/** Parsed entries: display form (as written above), one per name. */
export function gazetteerEntries(source = GAZETTEER_DE): string[] {
  const out: string[] = [];
  for (const line of source.split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const colon = t.indexOf(':');
    for (const name of t.slice(colon + 1).split(';')) {
      const n = name.trim();
      if (n) out.push(n);
    }
  }
  return out;
}
