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
error-database-no-folder = Kan ikke opprette databasefilen { $path }: mappen { $folder } finnes ikke. Opprett den (mkdir -p { $folder }), eller rett database.url i konfigurasjonen eller --database.
error-database-read-only = Databasefilen { $path } kan ikke skrives ({ $reason }). Gjør filen og mappen { $folder } skrivbar for brukeren som kjører roundtable (f.eks. chmod u+w { $path }), eller kjør roundtable som filens eier.
error-database-corrupt = Filen { $path } er ikke en roundtable-database, eller den er skadet ({ $reason }). Hent den fra en sikkerhetskopi, eller flytt den til side (mv { $path } { $path }.skadet) for å starte med en tom database.
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
export-briefs-received = Innlegg mottatt: { $received } av { $total }.
export-page-of = Side { $page } av { $pages }
export-property-group = Faggruppe
export-property-secretariat = Sekretariat
export-property-meeting = Møte
export-without-brief = Ingen innlegg fra: { $regions }.
export-briefs = Innlegg
export-invitees = Inviterte
export-first-name = Fornavn
export-last-name = Etternavn
export-organisation = Organisasjon
export-written = Eksporterte «{ $title }» som { $format } til { $path }: { $received } innlegg mottatt, { $late } etter fristen, { $missing } mangler.
export-error-format = Ukjent format «{ $format }». Velg md, docx, pdf, csv eller json, f.eks. --format md.
export-error-terminal = Et Word- eller PDF-dokument kan ikke skrives ut i terminalen. Oppgi en fil, f.eks. --out sakskart.docx.
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
notice-changed = 📝 Innkallingen til «{ $title }» er endret. Se den oppdaterte innkallingen:
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

## Oppmøte

notice-button-attending = Jeg kommer
notice-button-absent = Jeg kan ikke komme
notice-button-deputy = Vara møter for meg
deputy-modal-title = Vara møter for meg
deputy-modal-name = Varas navn
deputy-modal-organisation = Varas organisasjon
rsvp-attending = Takk, { $name }: du er påmeldt «{ $title }». Du kan endre svaret fram til møtet begynner.
rsvp-absent = Takk, { $name }: du er meldt fra «{ $title }». Du kan fortsatt sende innlegget ditt; det tas da som lest.
rsvp-deputy = Takk, { $name }: { $deputy } møter for deg på «{ $title }».
error-not-invited = Du står ikke på deltakerlisten til dette møtet. Be sekretariatet legge deg til (/oppmøte koble).
error-attendance-closed = Møtet begynte kl. { $time }, så svaret kan ikke lenger endres. Ta kontakt med sekretariatet.
error-deputy-name = Skriv inn navnet på varaen.
error-unknown-invitee = Ingen på deltakerlisten heter «{ $name }».
error-ambiguous-invitee = Flere på deltakerlisten heter «{ $name }». Skriv «Navn, Organisasjon».
attendance-heading = **Oppmøte til «{ $title }»**
attendance-attending = Kommer
attendance-absent = Forfall
attendance-deputy = Vara
attendance-unanswered = Ikke svart
attendance-marked-present = { $name } er ført som til stede.
attendance-marked-absent = { $name } er ført som ikke til stede.
attendance-linked = { $user } er nå koblet til { $name } på deltakerlisten.
cmd-attendance-name = oppmøte
cmd-attendance-description = Hvem som kommer til møtet
cmd-attendance-show-name = vis
cmd-attendance-show-description = Hvem som kommer, hvem som har meldt forfall, og hvem som ikke har svart
cmd-attendance-show-meeting-name = møte
cmd-attendance-show-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-attendance-mark-name = før
cmd-attendance-mark-description = Før hvem som er til stede på møtet (sekretariatet)
cmd-attendance-mark-invitee-name = deltaker
cmd-attendance-mark-invitee-description = Personen på deltakerlisten
cmd-attendance-mark-present-name = til-stede
cmd-attendance-mark-present-description = Om personen er til stede
cmd-attendance-mark-meeting-name = møte
cmd-attendance-mark-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-attendance-link-name = koble
cmd-attendance-link-description = Koble et medlem til en person på deltakerlisten (sekretariatet)
cmd-attendance-link-user-name = medlem
cmd-attendance-link-user-description = Medlemmet på Discord
cmd-attendance-link-invitee-name = deltaker
cmd-attendance-link-invitee-description = Personen på deltakerlisten
attendance-deputy-line = { $deputy } ({ $organisation }) for { $name }
export-present = Til stede
export-apologies = Forfall
export-deputies = Vara
export-deputy-for = { $deputy } for { $name }
export-taken-as-read = tas som lest

## Sekretariatets endringer av møter (/møte, /invitert)

change-kind = { $kind ->
    [import] Import av møtefil
    [create] Nytt møte
    [agenda] Sakskart
    [invitees] Inviterte
    [move] Ny tid
    [cancel] Avlysning
   *[other] Endring
}
change-preview-heading = **Forhåndsvisning – { $kind }: «{ $title }»**. Ingenting er endret før du bekrefter.
change-no-changes = «{ $title }»: ingen endringer. Møtet er allerede slik.
change-created = Nytt møte.
change-cancelled = Møtet avlyses: innkallingen merkes som avlyst, medlemmene får beskjed én gang, og det sendes ingen flere påminnelser.
change-none-value = (ingen)
change-more = og { $count } til
change-field-title = Tittel: «{ $before }» → «{ $after }»
change-field-place = Sted: { $before } → { $after }
change-field-time = Tid: { $before } → { $after }
change-field-deadline = Frist for innlegg: { $before } → { $after }
change-field-documents = Sakspapirer: { $before } → { $after }
change-field-notice-date = Innkallingens dato: { $before } → { $after }
change-field-notice-at = Innkallingen legges ut: { $before } → { $after }
change-field-notice-text = Innkallingens tekst endres.
change-field-preparation = Det deltakerne skal forberede, endres.
change-field-group = Faggruppens opplysninger endres ({ $before } → { $after }).
change-agenda-added = Ny sak: { $item }
change-agenda-changed = Endret sak: { $before } → { $after }
change-agenda-removed = Sak fjernet: { $item }
change-agenda-reordered = Sakene kommer i ny rekkefølge.
change-regions-added = Nye regioner ({ $count }): { $names }
change-regions-removed = Regioner fjernet ({ $count }): { $names }
change-regions-reordered = Regionene får ny taleliste-rekkefølge.
change-invitees-added = Nye inviterte ({ $count }): { $names }
change-invitees-removed = Inviterte fjernet ({ $count }): { $names }
change-invitees-changed = Inviterte med ny region eller Discord-bruker ({ $count }): { $names }
change-briefs-kept = { $count ->
    [0] Møtet har ingen innlegg ennå.
    [one] Det ene innlegget beholdes.
   *[other] Alle { $count } innleggene beholdes.
}
change-notice-note = Er innkallingen lagt ut, blir den oppdatert og medlemmene varslet én gang; påminnelser som ikke er sendt, planlegges på nytt.
change-new-agenda = Nytt sakskart
change-expires = Knappene virker i 15 minutter.
change-confirm-button = Bekreft
change-discard-button = Avbryt
change-discarded = Avbrutt. Ingenting er endret.
change-done = ✅ { $kind ->
    [create] Møtet «{ $title }» er opprettet.
    [cancel] Møtet «{ $title }» er avlyst.
    [move] Møtet «{ $title }» er flyttet.
   *[other] Endringen av «{ $title }» er lagret.
}
change-input = { $field ->
    [starts] Tid
    [ends] Slutt
   *[other] { $field }
}
change-log-heading = **Endringer av «{ $title }»** (nyeste først)
change-log-empty = Ingen endringer av «{ $title }» er registrert.
change-log-entry = { $when } · { $who } · { $kind }: { $what }
change-log-command-line = kommandolinjen
status-changes = Endringer (nyeste først):
status-cancelled = – AVLYST { $date }
notice-cancelled-banner = ❌ **AVLYST** – møtet blir ikke holdt.
notice-cancelled = ❌ Møtet «{ $title }» er avlyst. Se innkallingen:
agenda-cancelled = ❌ **Avlyst** – møtet blir ikke holdt.
meeting-new-title = Nytt møte
meeting-new-label = { $field ->
    [title] Tittel
    [starts] Dato og tid (f.eks. 2025-03-06 12:00)
    [ends] Slutt (f.eks. 14:00)
    [place] Sted
   *[other] Lenke til sakspapirer (valgfritt)
}
meeting-new-hint = { $field ->
    [title] Møte i faggruppen
    [starts] 2025-03-06 12:00
    [ends] 14:00
    [place] Oslo rådhus
   *[other] https://…
}
meeting-list-heading = **Møter i { $group }**
meeting-list-upcoming = Kommende
meeting-list-recent = Nylig holdt
meeting-list-none = ingen
meeting-list-line = { $timestamp } · **{ $title }** (`{ $key }`, id { $id }) · innlegg { $briefs }/{ $regions }{ $cancelled ->
    [true] {" "}· ❌ avlyst
   *[other] {""}
}
error-upload-size = «{ $name }» er større enn 1 MB. Legg ved møtefilen eller deltakerlisten som ren tekst.
error-upload-utf8 = «{ $name }» er ikke UTF-8-tekst. Lagre den som UTF-8 (f.eks. «CSV UTF-8» i Excel) og prøv igjen.
error-csv-not-given = { $path }: møtefilen viser til deltakerlisten { $csv }, men den er ikke lagt ved. Legg den ved i valget «inviterte».
error-meeting-cancelled = Møtet er avlyst og kan ikke endres her.
error-meeting-ended = Møtet er allerede holdt.
error-change-gone = Denne endringen er allerede bekreftet eller avbrutt.
error-change-expired = Forhåndsvisningen er eldre enn 15 minutter. Kjør kommandoen på nytt.
error-change-stale = Møtet er endret etter forhåndsvisningen, så ingenting er endret. Kjør kommandoen på nytt for å se den nye forhåndsvisningen.
error-no-earlier-meeting = Faggruppen har ikke noe møte å hente sakskart og regioner fra. Importer en møtefil først med /møte importer.
error-edit-not-a-time = { $field }: «{ $given }» er ikke en dato og tid. Skriv f.eks. 2025-03-06 12:00.
error-edit-field = { $field }: { $reason }
error-edit-in-past = { $field }: { $time } har allerede vært. Velg et tidspunkt fram i tid.
error-edit-ends-before-start = Møtet ville slutte ({ $ends }) før det begynner ({ $starts }).
error-edit-not-a-link = «{ $given }» er ikke en nettadresse (https://…).
error-edit-no-such-item = Sakskartet har ingen sak { $number }; det har { $count } saker.
error-edit-bad-position = Nummer { $position } er utenfor sakskartet (1–{ $max }).
error-edit-nothing = Oppgi ny tittel eller beskrivelse.
error-edit-unknown-invitee = «{ $name }» står ikke på deltakerlisten.
error-edit-ambiguous-invitee = «{ $name }» passer på flere inviterte: { $matches }. Velg en fra listen.
cmd-meeting-name = møte
cmd-meeting-description = Faggruppens møter: importer, planlegg, endre, flytt og avlys (sekretariatet)
cmd-meeting-import-name = importer
cmd-meeting-import-description = Importer eller oppdater et møte fra en møtefil, med forhåndsvisning
cmd-meeting-import-file-name = fil
cmd-meeting-import-file-description = Møtefilen (.toml)
cmd-meeting-import-invitees-name = inviterte
cmd-meeting-import-invitees-description = Deltakerlisten (.csv) som møtefilen viser til
cmd-meeting-new-name = ny
cmd-meeting-new-description = Planlegg gruppens neste møte, med sakskartet og regionene fra forrige møte
cmd-meeting-cancel-name = avlys
cmd-meeting-cancel-description = Avlys et møte; innlegg og historikk beholdes
cmd-meeting-cancel-meeting-name = møte
cmd-meeting-cancel-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-meeting-move-name = flytt
cmd-meeting-move-description = Flytt et møte til ny tid; innkallingen oppdateres og påminnelsene planlegges på nytt
cmd-meeting-move-starts-name = tid
cmd-meeting-move-starts-description = Ny dato og tid, f.eks. 2025-03-06 12:00 (norsk tid)
cmd-meeting-move-ends-name = slutt
cmd-meeting-move-ends-description = Ny slutt, f.eks. 14:00 (standard: like lenge som før)
cmd-meeting-move-meeting-name = møte
cmd-meeting-move-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-meeting-list-name = liste
cmd-meeting-list-description = Gruppens kommende og siste møter, med antall innlegg
cmd-meeting-log-name = logg
cmd-meeting-log-description = Hvem som har endret møtet, når og hva
cmd-meeting-log-meeting-name = møte
cmd-meeting-log-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-meeting-agenda-name = sakskart
cmd-meeting-agenda-description = Endre møtets sakskart
cmd-meeting-agenda-add-name = legg-til
cmd-meeting-agenda-add-description = Legg til en sak på sakskartet
cmd-meeting-agenda-add-title-name = tittel
cmd-meeting-agenda-add-title-description = Sakens tittel
cmd-meeting-agenda-add-description-name = beskrivelse
cmd-meeting-agenda-add-description-description = En beskrivelse under tittelen
cmd-meeting-agenda-add-position-name = nummer
cmd-meeting-agenda-add-position-description = Sakens nummer (standard: sist)
cmd-meeting-agenda-add-briefs-name = innlegg
cmd-meeting-agenda-add-briefs-description = Saken der regionenes innlegg samles («Runde rundt bordet»)
cmd-meeting-agenda-add-meeting-name = møte
cmd-meeting-agenda-add-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-meeting-agenda-edit-name = endre
cmd-meeting-agenda-edit-description = Endre tittelen eller beskrivelsen til en sak
cmd-meeting-agenda-edit-number-name = nummer
cmd-meeting-agenda-edit-number-description = Sakens nummer
cmd-meeting-agenda-edit-title-name = tittel
cmd-meeting-agenda-edit-title-description = Ny tittel
cmd-meeting-agenda-edit-description-name = beskrivelse
cmd-meeting-agenda-edit-description-description = Ny beskrivelse (en enkelt - fjerner den)
cmd-meeting-agenda-edit-meeting-name = møte
cmd-meeting-agenda-edit-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-meeting-agenda-move-name = flytt
cmd-meeting-agenda-move-description = Flytt en sak til et annet nummer
cmd-meeting-agenda-move-number-name = nummer
cmd-meeting-agenda-move-number-description = Sakens nummer
cmd-meeting-agenda-move-to-name = til
cmd-meeting-agenda-move-to-description = Sakens nye nummer
cmd-meeting-agenda-move-meeting-name = møte
cmd-meeting-agenda-move-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-meeting-agenda-remove-name = fjern
cmd-meeting-agenda-remove-description = Fjern en sak fra sakskartet
cmd-meeting-agenda-remove-number-name = nummer
cmd-meeting-agenda-remove-number-description = Sakens nummer
cmd-meeting-agenda-remove-meeting-name = møte
cmd-meeting-agenda-remove-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-invitee-name = invitert
cmd-invitee-description = Endre deltakerlisten til et møte (sekretariatet)
cmd-invitee-add-name = legg-til
cmd-invitee-add-description = Inviter en person til møtet
cmd-invitee-add-first_name-name = fornavn
cmd-invitee-add-first_name-description = Fornavn
cmd-invitee-add-last_name-name = etternavn
cmd-invitee-add-last_name-description = Etternavn
cmd-invitee-add-organisation-name = organisasjon
cmd-invitee-add-organisation-description = Organisasjon
cmd-invitee-add-region-name = region
cmd-invitee-add-region-description = Regionen personen taler for
cmd-invitee-add-user-name = medlem
cmd-invitee-add-user-description = Personens Discord-bruker
cmd-invitee-add-meeting-name = møte
cmd-invitee-add-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-invitee-remove-name = fjern
cmd-invitee-remove-description = Ta en person av deltakerlisten
cmd-invitee-remove-name-name = navn
cmd-invitee-remove-name-description = Den inviterte: navn, organisasjon
cmd-invitee-remove-meeting-name = møte
cmd-invitee-remove-meeting-description = Møtets id eller nøkkel (standard: neste møte)
cmd-invitee-import-name = importer
cmd-invitee-import-description = Erstatt deltakerlisten med en CSV-fil (Fornavn,Etternavn,Organisasjon)
cmd-invitee-import-file-name = fil
cmd-invitee-import-file-description = Deltakerlisten (.csv)
cmd-invitee-import-meeting-name = møte
cmd-invitee-import-meeting-description = Møtets id eller nøkkel (standard: neste møte)
change-updates = Møtet finnes fra før ({ $key }, id { $id }) og blir oppdatert.
change-briefs-hidden = ⚠️ Innleggene fra { $regions } skjules: regionen er ikke lenger med i møtet. De slettes ikke, og kommer tilbake hvis regionen legges til igjen.
change-answers-dropped = ⚠️ { $names } fjernes fra deltakerlisten, og svaret på innkallingen og koblingen til Discord forsvinner med dem. (Et rettet navn regnes som en ny deltaker.)
change-preview-attached = (Hele forhåndsvisningen ligger vedlagt.)

## Eksport som CSV (roundtable export --format csv)

export-csv-meeting = Møte
export-csv-region = Region
export-csv-author = Forfatter
export-csv-submitted = Sendt inn
export-csv-edited = Sist endret
export-csv-timeliness = Frist
export-csv-words = Ord
export-csv-minutes = Minutter
export-csv-text = Tekst
export-csv-on-time = i tide
export-csv-late = for sent

## Kalenderfilen (.ics)

ics-deadline = Frist for innlegg: { $date } kl. { $time }

## Innlegg lagt inn av sekretariatet (roundtable brief add)

error-received-format = Forstår ikke mottakstiden «{ $given }». Skriv den som norsk tid, f.eks. --received "08.11.2024 09:12".
error-received-local = Mottakstiden finnes ikke, eller finnes to ganger, i norsk tid: { $reason }.
error-received-future = Mottakstiden { $at } har ikke vært ennå.
brief-late-warning = Merk: innlegget regnes som for sent (mottatt { $received }, fristen var { $deadline }). Det står som for sent i oversikten og i CSV-en, ikke i dokumentet til medlemmene.
brief-unwrapped = Teksten som ble lagret, med linjene i hvert avsnitt satt sammen:
