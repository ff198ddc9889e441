# Norsk bokmål: alt roundtable sier til brukerne.

## Datoer og tider

weekday = { $n ->
    [1] mandag
    [2] tirsdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] lørdag
   *[7] søndag
}
month = { $n ->
    [1] januar
    [2] februar
    [3] mars
    [4] april
    [5] mai
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] desember
}
date-long = { $weekday } { $day }. { $month } { $year }
time-span = { $date }, kl. { $start }–{ $end }

## Kommandolinjen

import-created = Opprettet møtet «{ $title }» ({ $key }, id { $id }): { $agenda } saker, { $regions } regioner, { $invitees } inviterte.
import-updated = Oppdaterte møtet «{ $title }» ({ $key }, id { $id }): { $agenda } saker, { $regions } regioner, { $invitees } inviterte.
status-time = Tid: { $time }
status-place = Sted: { $place }
status-deadline = Frist for innlegg: { $date } kl. { $time }
status-agenda = Sakskart:
status-briefs-item = innlegg
status-invitees = Inviterte: { $invitees ->
    [one] { $count } person
   *[other] { $count } personer
}
status-briefs = Innlegg mottatt: { $received } av { $total }
status-brief-in = ✓ { $region }: { $author }, { $at }{ $late ->
    [true] {" "}(etter fristen)
   *[other] {""}
}
status-brief-missing = ✗ { $region }: mangler
author-secretariat = Sekretariatet
brief-added = Innlegget fra { $region } til «{ $title }» er lagret (versjon { $revision }): { $words } ord, omtrent { $minutes } minutter å lese opp.

## Feil

error-config-read = Kan ikke lese konfigurasjonsfilen { $path }: { $reason }. Sjekk stien, eller kopier config.example.toml dit.
error-config-syntax = Feil i konfigurasjonsfilen { $path }, linje { $line }: { $reason }. Se config.example.toml for gyldige nøkler.
error-config-invalid = Feil i konfigurasjonsfilen { $path }: { $key }: { $reason }.
error-meeting-not-found = Fant ikke møtet «{ $meeting }». Oppgi møtets id eller nøkkel (se «roundtable status»).
error-no-meetings = Det finnes ingen møter ennå. Importer et møte med «roundtable import FIL».
error-unknown-region = «{ $region }» er ikke en region i dette møtet. Regionene er: { $known }.
error-database-open = Kan ikke åpne databasen { $url }: { $reason }. Sjekk stien og at mappen finnes og er skrivbar.
error-database-migrate = Kan ikke oppdatere databasen { $url }: { $reason }.
error-database = Databasen svarte med en feil. Prøv igjen om litt.
error-brief-empty = Innlegget er tomt. Skriv noen linjer om aktuelle saker i din kommune eller region.
error-brief-too-long = Innlegget har { $chars } tegn; grensen er { $max }. Kort det ned, eller del det opp.
error-brief-past-deadline = Fristen for innlegg til dette møtet gikk ut { $date } kl. { $time }. Ta kontakt med sekretariatet hvis du vil ettersende det.
error-brief-file = Kan ikke lese innlegget fra { $path }: { $reason }
error-not-utf8 = filen er ikke UTF-8-tekst
error-file-read = Kan ikke lese { $path }: { $reason }
error-file-syntax = { $path }, linje { $line }: { $reason }
error-file-field = { $path }, linje { $line }: { $field }: { $reason }
error-file-plan = { $path }: { $reason }
error-csv-missing-column = { $path }: kolonnen «{ $column }» mangler. Første linje skal være Fornavn,Etternavn,Organisasjon.
error-time-not-local = skriv lokal dato og tid uten tidssone, f.eks. 2024-11-07T12:00:00
error-time-not-date = skriv en dato, f.eks. 2024-11-01
error-time-nonexistent = { $time } finnes ikke i norsk tid (klokka stilles fram). Velg et annet klokkeslett.
error-time-ambiguous = { $time } forekommer to ganger i norsk tid (klokka stilles tilbake). Velg et annet klokkeslett.
error-plan-ends-before-start = { $field }: møtet slutter før det begynner.
error-plan-deadline-before-start = { $field }: fristen for innlegg er før møtet begynner.
error-plan-empty-agenda = { $field }: sakskartet er tomt.
error-plan-several-brief-items = { $field }: bare én sak kan samle innlegg (briefs = true).
error-plan-duplicate-region = { $field }: regionen «{ $name }» står to ganger.
error-plan-unknown-region = { $field }: ukjent region «{ $name }»; den må stå i regions.
error-plan-duplicate-invitee = { $field }: { $name } er invitert to ganger.
error-plan-blank = { $field }: kan ikke være tom.
error-missing-token = DISCORD_TOKEN er ikke satt. Sett miljøvariabelen DISCORD_TOKEN til botens token fra Discord Developer Portal.
error-missing-guild = discord.guild_id mangler i konfigurasjonen. Sett den til serverens id, eller sett discord.register = "global".
error-discord-connect = Kan ikke koble til Discord: { $reason }
error-internal = Noe gikk galt hos boten. Prøv igjen om litt; sekretariatet kan se i loggen hva som skjedde.
error-arguments = Boten forstod ikke valgene i kommandoen. Prøv igjen.
error-not-in-dm = Denne kommandoen virker bare i gruppens kanal på serveren, ikke i direktemeldinger.
error-meeting-unknown = Fant ikke møtet «{ $meeting }». Oppgi møtets id eller nøkkel, eller la valget stå tomt for neste møte.
error-channel-without-group = Ingen faggruppe bruker denne kanalen. Bruk kommandoen i gruppens kanal.
error-group-without-meetings = Faggruppen i denne kanalen har ingen møter ennå.

## /agenda

agenda-time = Tid: { $timestamp } ({ $local }, norsk tid)
agenda-place = Sted: { $place }
agenda-heading = Sakskart
agenda-briefs-in = Innlegg mottatt ({ $count } av { $total }): { $regions }
agenda-briefs-missing = Mangler ({ $count }): { $regions }
agenda-deadline = Frist for innlegg: { $timestamp } ({ $date } kl. { $time })

## Kommandoer

cmd-agenda-name = sakskart
cmd-agenda-description = Vis sakskartet for neste møte, og hvem som har sendt innlegg
cmd-agenda-meeting-name = møte
cmd-agenda-meeting-description = Møtets id eller nøkkel (standard: neste møte)

## Innlegg på Discord

error-not-representative = Du er ikke registrert som representant for { $region }. Be sekretariatet om å legge deg til med /representative.
error-no-region = Du er ikke registrert som representant for noen region i dette møtet. Be sekretariatet om å legge deg til med /representative.
error-choose-region = Du representerer flere regioner. Velg en av dem i valget «region»: { $regions }.
error-nothing-to-withdraw = Det er ikke noe innlegg fra { $region } å trekke.
speaking-time = { $min } min { $sec } s
error-not-your-button = Denne knappen hører til noen andre. Bruk kommandoen selv for å få dine egne.
error-attachment-type = «{ $name }» er ikke en tekstfil. Legg ved innlegget som .txt eller .md.
error-attachment-size = Filen er for stor. Et innlegg kan være på høyst { $max } tegn.
error-attachment-download = Boten fikk ikke hentet filen fra Discord. Prøv igjen.
error-attachment-utf8 = Filen er ikke UTF-8-tekst. Lagre den som UTF-8 (f.eks. «Ren tekst» i Word) og prøv igjen.
brief-too-long-for-modal = Innlegget er lengre enn skjemaet i Discord rommer (4000 tegn). Send den nye versjonen som fil i valget «fil» (høyst { $max } tegn).
brief-modal-title = Innlegg fra { $region }
brief-modal-label = Innlegg (maks 2–3 minutter muntlig)
brief-modal-placeholder = Aktuelle saker i din kommune eller region, gjerne i punkter.
brief-text-back = Teksten din ligger vedlagt, så du ikke mister den.
brief-receipt = Innlegget fra **{ $region }** til «{ $title }» er lagret (versjon { $revision }).
brief-receipt-length = { $words } ord, omtrent { $time } å lese opp. Det er bedt om maks 2–3 minutter.
brief-receipt-over-limit = ⚠️ Innlegget tar omtrent { $time } å lese opp, mer enn de 2–3 minuttene det er bedt om. Det er lagret, men vurder å korte det ned.
brief-receipt-deadline = Du kan endre eller trekke det fram til { $timestamp } ({ $date } kl. { $time }).
brief-receipt-late = Lagret etter fristen, av sekretariatet.
brief-receipt-preview = Slik ble det:
brief-none = Det er ikke kommet noe innlegg fra { $region } ennå.
brief-show-header = **Innlegg fra { $region }**, { $author }, sist endret { $timestamp } (versjon { $revision })
brief-withdraw-confirm = Vil du trekke innlegget fra **{ $region }**? Det regnes da som ikke sendt, men tidligere versjoner tas vare på.
brief-withdraw-yes = Trekk innlegget
brief-withdraw-no = Avbryt
brief-withdraw-cancelled = Innlegget er ikke trukket.
brief-withdrawn = Innlegget fra { $region } er trukket.
brief-history-header = **Versjoner av innlegget fra { $region }** (nyeste først):
brief-history-saved = v{ $revision } · { $author } · { $timestamp } · { $words } ord
brief-history-withdrawn = v{ $revision } · trukket av { $author } · { $timestamp }
cmd-brief-name = innlegg
cmd-brief-description = Innlegg til «Runde rundt bordet»
cmd-brief-send-name = send
cmd-brief-send-description = Skriv eller endre innlegget fra din region
cmd-brief-send-region-name = region
cmd-brief-send-region-description = Regionen du skriver for (trengs bare hvis du representerer flere)
cmd-brief-send-meeting-name = møte
cmd-brief-send-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-brief-send-file-name = fil
cmd-brief-send-file-description = Innlegget som .txt- eller .md-fil, hvis det er for langt for skjemaet
cmd-brief-show-name = vis
cmd-brief-show-description = Vis innlegget fra din region
cmd-brief-show-region-name = region
cmd-brief-show-region-description = Regionen (trengs bare hvis du representerer flere)
cmd-brief-show-meeting-name = møte
cmd-brief-show-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-brief-withdraw-name = trekk
cmd-brief-withdraw-description = Trekk innlegget fra din region
cmd-brief-withdraw-region-name = region
cmd-brief-withdraw-region-description = Regionen (trengs bare hvis du representerer flere)
cmd-brief-withdraw-meeting-name = møte
cmd-brief-withdraw-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-brief-history-name = historikk
cmd-brief-history-description = Alle versjoner av innlegget fra din region, med hvem og når
cmd-brief-history-region-name = region
cmd-brief-history-region-description = Regionen (trengs bare hvis du representerer flere)
cmd-brief-history-meeting-name = møte
cmd-brief-history-meeting-description = Møtets id eller nøkkel (standard: neste møte)
invitees-heading = **Inviterte til «{ $title }»**: { $count ->
    [one] { $count } person
   *[other] { $count } personer
} fra { $organisations ->
    [one] { $organisations } organisasjon
   *[other] { $organisations } organisasjoner
}
invitees-continued = (fortsatt)
invitees-page = Side { $page } av { $pages }
invitees-previous = ◀ Forrige
invitees-next = Neste ▶
invitees-expired = Knappene virker bare i 15 minutter. Bruk /inviterte på nytt for å bla videre.
invitees-no-organisation = Ingen av de inviterte er fra «{ $name }».
cmd-invitees-name = inviterte
cmd-invitees-description = Hvem som er invitert til møtet, etter organisasjon
cmd-invitees-organisation-name = organisasjon
cmd-invitees-organisation-description = Bare de inviterte fra denne organisasjonen
cmd-invitees-meeting-name = møte
cmd-invitees-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-invitees-public-name = vis-for-alle
cmd-invitees-public-description = Legg listen ut i kanalen i stedet for bare til deg
error-secretariat-only = Denne kommandoen er bare for sekretariatet.
briefs-heading = **Innlegg til «{ $title }»**: { $received } av { $total } mottatt. Frist: { $deadline }
briefs-in = ✅ **{ $region }**: { $author }, { $timestamp }{ $late ->
    [true] {" "}(etter fristen)
   *[other] {""}
}
briefs-missing = ❌ **{ $region }**: mangler
representative-added = { $user } er nå representant for { $region }.
representative-already = { $user } var allerede representant for { $region }.
representative-removed = { $user } er ikke lenger representant for { $region }.
representative-not-linked = { $user } er ikke lagt til som representant for { $region } av sekretariatet. (Koblinger fra deltakerlisten endres i møtefilen.)
representative-list-heading = **Representanter per region**
representative-none = ingen
cmd-briefs-name = innleggsoversikt
cmd-briefs-description = Hvilke regioner som har sendt innlegg, av hvem og når (sekretariatet)
cmd-briefs-meeting-name = møte
cmd-briefs-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-representative-name = representant
cmd-representative-description = Hvem som taler for hvilken region (sekretariatet)
cmd-representative-add-name = legg-til
cmd-representative-add-description = La et medlem skrive innlegg for en region
cmd-representative-add-user-name = medlem
cmd-representative-add-user-description = Medlemmet
cmd-representative-add-region-name = region
cmd-representative-add-region-description = Regionen
cmd-representative-remove-name = fjern
cmd-representative-remove-description = Ta bort et medlem som representant for en region
cmd-representative-remove-user-name = medlem
cmd-representative-remove-user-description = Medlemmet
cmd-representative-remove-region-name = region
cmd-representative-remove-region-description = Regionen
cmd-representative-list-name = liste
cmd-representative-list-description = Hvem som representerer hver region

## Eksport av innleggene (roundtable export)

export-heading = Sakskart til møte i { $group }, { $date }
export-time-place = Tid og sted: { $time }, { $place }
export-documents = Sakspapirer og underlag: { $link }
export-briefs-received = Innlegg mottatt: { $received } av { $total }{ $late ->
    [0] {""}
   *[other] {" "}({ $late } etter fristen)
}.
export-without-brief = Ingen innlegg fra: { $regions }.
export-briefs = Innlegg
export-invitees = Inviterte
export-first-name = Fornavn
export-last-name = Etternavn
export-organisation = Organisasjon
export-written = Eksporterte «{ $title }» som { $format } til { $path }: { $received } innlegg mottatt, { $late } etter fristen, { $missing } mangler.
export-error-format = Ukjent format «{ $format }». Velg md, docx, csv eller json, f.eks. --format md.
export-error-terminal = Et Word-dokument kan ikke skrives ut i terminalen. Oppgi en fil, f.eks. --out sakskart.docx.
export-error-write = Kan ikke skrive { $path }: { $reason }
export-error-render = Kunne ikke lage eksporten: { $reason }

## Innkalling og påminnelser

notice-heading = Innkalling: { $title }
notice-date = Dato: { $date }
notice-to = Til: { $group }, { $organisation }
notice-documents = Sakspapirer og underlag kan lastes ned her: [{ $title }](<{ $url }>)
notice-prepare = Vi ber deltakere i møtet forberede følgende:
notice-deadline = Frist for innlegg: { $timestamp } ({ $date } kl. { $time }). Send innlegget med knappen «Send innlegg» under, eller med /innlegg send.
notice-regards = Med vennlig hilsen
notice-phone = Tlf { $phone }
notice-button-brief = Send innlegg
notice-button-agenda = Sakskart
notice-button-invitees = Inviterte
reminder = ⏰ Påminnelse: innlegg til «{ $title }» mangler fra { $regions }. Fristen er { $timestamp }. Send innlegget med /innlegg send eller knappen i innkallingen.
notice-changed = 📝 Innkallingen til «{ $title }» er endret (tid, sted eller sakskart). Se den oppdaterte innkallingen:
collected = Innleggene til «{ $title }» er samlet inn: { $received } av { $total } mottatt, { $late } etter fristen. Mangler: { $missing }. Eksporter dem som grunnlag for referatet med `roundtable export --meeting { $key } --format docx`.
scheduler-failed = ⚠️ Boten fikk ikke sendt meldingen «{ $kind }» for «{ $title }»: { $error }. Sjekk at boten har tilgang til kanalen.
notice-posted = Innkallingen legges ut i kanalen nå.
notice-already-posted = Innkallingen er allerede lagt ut.
cmd-notice-name = innkalling
cmd-notice-description = Møteinnkallingen (sekretariatet)
cmd-notice-preview-name = forhåndsvis
cmd-notice-preview-description = Se innkallingen slik den blir lagt ut
cmd-notice-preview-meeting-name = møte
cmd-notice-preview-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-notice-post-name = legg-ut
cmd-notice-post-description = Legg ut innkallingen i kanalen nå
cmd-notice-post-meeting-name = møte
cmd-notice-post-meeting-description = Møtets id eller nøkkel (standard: neste møte)
export-summary = Innleggene til «{ $title }»: { $received } mottatt, { $late } etter fristen, { $missing } mangler.
cmd-export-name = eksport
cmd-export-description = Innleggene som grunnlag for referatet, som fil (sekretariatet)
cmd-export-format-name = format
cmd-export-format-description = Filformatet
cmd-export-meeting-name = møte
cmd-export-meeting-description = Møtets id eller nøkkel (standard: neste møte)
