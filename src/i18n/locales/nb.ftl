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

import-created = Møtet «{ $title }» { $date } er opprettet (nr. { $id }): { $agenda } saker på sakskartet, { $regions } regioner og { $invitees } inviterte.
import-changes = Dette endres:
import-updated = Møtet «{ $title }» { $date } er oppdatert (nr. { $id }): { $agenda } saker på sakskartet, { $regions } regioner og { $invitees } inviterte.
status-time = Tid: { $time }
status-place = Sted: { $place }
status-deadline = Frist for innlegg: { $date } kl. { $time }
status-agenda = Sakskart:
status-briefs-item = innlegg
status-invitees = Inviterte: { $count ->
    [one] { $count } person
   *[other] { $count } personer
} fra { $organisations ->
    [one] { $organisations } organisasjon
   *[other] { $organisations } organisasjoner
}
status-invitee = nøkkel { $key }: { $name }
status-briefs = Innlegg mottatt: { $received } av { $total }
status-brief-in = ✓ { $region }: { $author }, { $at }{ $late ->
    [true] {" "}(etter fristen)
   *[other] {""}
}
status-brief-missing = ✗ { $region }: mangler
status-title = { $title }, { $date } (nr. { $id })
author-secretariat = Sekretariatet
brief-added = Innlegget fra { $region } til «{ $title }» er lagret (versjon { $revision }): { $words } ord, ca. { $time } å lese opp.

## Feil

error-config-read = Kan ikke lese konfigurasjonsfilen { $path }: { $reason }. Sjekk stien, eller kopier config.example.toml dit.
error-config-syntax = Feil i konfigurasjonsfilen { $path }, linje { $line }: { $reason }. Se config.example.toml for gyldige nøkler.
error-config-invalid = Feil i konfigurasjonsfilen { $path }: { $key }: { $reason }.
error-meeting-not-found = Fant ikke møtet «{ $meeting }». Oppgi møtets dato (f.eks. 14.11.2024), tittel eller nummer slik «roundtable status» viser dem.
error-no-meetings = Det finnes ingen møter ennå. Importer et møte med «roundtable import FIL».
error-unknown-region = «{ $region }» er ikke en region i dette møtet. Regionene er: { $known }.
error-database-open = Kan ikke åpne databasen { $url }: { $reason }. Sjekk stien, og at mappen finnes og kan skrives til.
error-database-migrate = Kan ikke oppdatere databasen { $url }: { $reason }.
error-database-no-folder = Kan ikke opprette databasefilen { $path }: mappen { $folder } finnes ikke. Opprett den (mkdir -p { $folder }), eller rett database.url i konfigurasjonen eller --database.
error-database-read-only = Det går ikke å skrive til databasefilen { $path } ({ $reason }). Gi brukeren som kjører roundtable, skrivetilgang til filen og mappen { $folder } (f.eks. chmod u+w { $path }), eller kjør roundtable som eieren av filen.
error-database-corrupt = Filen { $path } er ikke en roundtable-database, eller den er skadet ({ $reason }). Hent den fra en sikkerhetskopi, eller flytt den til side (mv { $path } { $path }.skadet) for å begynne med en tom database.
error-database = Databasen svarte med en feil. Prøv igjen om litt.
error-brief-empty = Innlegget er tomt. Skriv noen linjer om aktuelle saker i kommunen eller regionen din.
error-brief-too-long = Innlegget er på { $chars } tegn, men kan være på høyst { $max }. Kort det ned eller del det opp.
error-brief-past-deadline = Fristen for innlegg til dette møtet gikk ut { $date } kl. { $time }. Ta kontakt med sekretariatet hvis du vil ettersende innlegget.
error-brief-file = Kan ikke lese innlegget fra { $path }: { $reason }
error-not-utf8 = filen er ikke lagret som UTF-8. Lagre den som UTF-8 (f.eks. «Ren tekst» i Word) og prøv igjen
error-file-read = Kan ikke lese { $path }: { $reason }
error-file-syntax = { $path }, linje { $line }: { $reason }
error-file-field = { $path }, linje { $line }: { $field }: { $reason }
error-file-plan = { $path }: { $reason }
error-csv-missing-column = { $path }: kolonnen «{ $column }» mangler. Den første linjen skal være Fornavn,Etternavn,Organisasjon.
error-time-not-local = skriv lokal dato og tid uten tidssone, f.eks. 2024-11-07T12:00:00
error-time-not-date = skriv en dato, f.eks. 2024-11-01
error-time-no-such-date = datoen { $date } finnes ikke. Kontroller dag og måned.
error-time-year = året { $year } er ikke mellom 2000 og 2100. Kontroller datoen.
error-time-nonexistent = { $time } finnes ikke i norsk tid (klokka stilles fram). Velg et annet klokkeslett.
error-time-ambiguous = { $time } forekommer to ganger i norsk tid (klokka stilles tilbake). Velg et annet klokkeslett.
error-plan-ends-before-start = { $field }: møtet slutter før det begynner.
error-plan-deadline-before-start = { $field }: fristen for innlegg er før møtet begynner.
error-plan-empty-agenda = { $field }: sakskartet er tomt.
error-plan-several-brief-items = { $field }: bare én sak kan samle innlegg (briefs = true).
error-plan-duplicate-region = { $field }: regionen «{ $name }» står to ganger.
error-plan-unknown-region = { $field }: ukjent region «{ $name }»; den må stå i regions.
error-plan-duplicate-invitee = { $field }: { $name } står to ganger blant de inviterte.
error-plan-duplicate-invitee-key = { $field }: nøkkelen { $name } står to ganger blant de inviterte.
error-plan-blank = { $field }: kan ikke stå tomt.
error-plan-year = { $field }: året { $name } er ikke mellom 2000 og 2100. Kontroller datoen.
error-plan-notice-after-start = { $field }: innkallingen ville blitt lagt ut etter at møtet har begynt.
error-plan-incomplete-invitee = { $field }: { $name } har verken etternavn eller organisasjon.
error-plan-discord-id = { $field }: { $name } er ikke en Discord-id (kopier den med «Kopier bruker-ID» eller «Kopier kanal-ID» i Discord).
error-missing-token = DISCORD_TOKEN er ikke satt. Sett miljøvariabelen DISCORD_TOKEN til botens token fra Discord Developer Portal.
error-missing-guild = discord.guild_id mangler i konfigurasjonen. Sett den til serverens id, eller sett discord.register = "global".
error-discord-connect = Kan ikke koble til Discord: { $reason }
error-internal = Noe gikk galt hos boten. Prøv igjen om litt; sekretariatet kan se i loggen hva som skjedde.
error-arguments = Boten forstod ikke valgene i kommandoen. Prøv igjen.
error-not-in-dm = Denne kommandoen virker bare i gruppens kanal på serveren, ikke i direktemeldinger.
error-meeting-unknown = Fant ikke møtet «{ $meeting }». Oppgi møtets dato (f.eks. 14.11.2024), tittel eller nummer, eller la valget stå tomt for å få neste møte.
error-other-server = Denne boten hører til en annen Discord-server og svarer ikke her.
error-busy = Databasen er opptatt akkurat nå, så ingenting ble lagret. Prøv igjen om litt.
error-channel-without-group = Ingen faggruppe bruker denne kanalen. Bruk kommandoen i gruppens kanal.
error-group-without-meetings = Faggruppen i denne kanalen har ingen møter ennå.

## /agenda

agenda-time = Tid: { $local }
agenda-place = Sted: { $place }
agenda-heading = Sakskart
agenda-briefs-in = Innlegg mottatt ({ $count } av { $total }): { $regions }
agenda-briefs-missing = Mangler ({ $count }): { $regions }
agenda-deadline = Frist for innlegg: { $date } kl. { $time }

## Kommandoer

cmd-agenda-name = sakskart
cmd-agenda-description = Vis sakskartet for neste møte, og hvem som har sendt innlegg
cmd-agenda-meeting-name = møte
cmd-agenda-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)

## Innlegg på Discord

error-not-representative = Du er ikke registrert som representant for { $region }. Be sekretariatet legge deg til med /representant legg-til.
error-no-region = Du er ikke registrert som representant for noen region i dette møtet. Be sekretariatet legge deg til med /representant legg-til.
error-choose-region = Du representerer flere regioner. Velg en av dem i valget «region»: { $regions }.
error-nothing-to-withdraw = Det er ikke noe innlegg fra { $region } å trekke tilbake.
speaking-time = { $min ->
    [0] { $sec ->
        [one] { $sec } sekund
       *[other] { $sec } sekunder
    }
   *[other] { $sec ->
        [0] { $min } min
       *[other] { $min } min { $sec } s
    }
}
error-not-your-button = Denne knappen hører til noen andre. Bruk kommandoen selv for å få dine egne.
error-attachment-type = «{ $name }» er ikke en tekstfil. Legg ved innlegget som .txt eller .md.
error-attachment-size = Filen er for stor. Et innlegg kan være på høyst { $max } tegn.
error-attachment-download = Boten fikk ikke hentet filen fra Discord. Prøv igjen.
error-attachment-utf8 = Filen er ikke UTF-8-tekst. Lagre den som UTF-8 (f.eks. «Ren tekst» i Word) og prøv igjen.
brief-too-long-for-modal = Innlegget er for langt for skjemaet i Discord (høyst 4000 tegn). Send den nye versjonen som fil i valget «fil» (høyst { $max } tegn).
brief-modal-title = Innlegg fra { $region }
brief-modal-label = Innlegg (høyst 2–3 minutter muntlig)
brief-modal-placeholder = Aktuelle saker i kommunen eller regionen din, gjerne i punktform.
brief-text-back = Teksten din ligger vedlagt, så du ikke mister den.
brief-receipt = Innlegget fra **{ $region }** til «{ $title }» er lagret (versjon { $revision }).
brief-receipt-length = { $words } ord, ca. { $time } å lese opp. Det er bedt om høyst 2–3 minutter.
brief-receipt-over-limit = ⚠️ Innlegget tar ca. { $time } å lese opp, mer enn de 2–3 minuttene det er bedt om. Det er lagret, men vurder å korte det ned.
brief-receipt-deadline = Du kan endre innlegget eller trekke det tilbake fram til { $timestamp } ({ $date } kl. { $time }).
brief-receipt-late = Lagret av sekretariatet etter fristen.
brief-receipt-preview = Slik ble innlegget lagret:
brief-none = Det har ikke kommet noe innlegg fra { $region } ennå.
brief-show-header = **Innlegg fra { $region }**, { $author }, sist endret { $timestamp } (versjon { $revision })
brief-withdraw-confirm = Vil du trekke tilbake innlegget fra **{ $region }**? Det regnes da som ikke sendt, men tidligere versjoner tas vare på.
brief-withdraw-yes = Trekk innlegget tilbake
brief-withdraw-no = Avbryt
brief-withdraw-cancelled = Innlegget er ikke trukket tilbake.
brief-withdrawn = Innlegget fra { $region } er trukket tilbake.
brief-history-header = **Versjoner av innlegget fra { $region }** (nyeste først):
brief-history-saved = v{ $revision } · { $author } · { $timestamp } · { $words } ord
brief-history-withdrawn = v{ $revision } · trukket tilbake av { $author } · { $timestamp }
cmd-brief-name = innlegg
cmd-brief-description = Innlegg til «Runde rundt bordet»
cmd-brief-send-name = send
cmd-brief-send-description = Skriv eller endre innlegget fra regionen din
cmd-brief-send-region-name = region
cmd-brief-send-region-description = Regionen du skriver for (trengs bare hvis du representerer flere)
cmd-brief-send-meeting-name = møte
cmd-brief-send-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-brief-send-file-name = fil
cmd-brief-send-file-description = Innlegget som .txt- eller .md-fil, hvis det er for langt for skjemaet
cmd-brief-show-name = vis
cmd-brief-show-description = Vis innlegget fra regionen din
cmd-brief-show-region-name = region
cmd-brief-show-region-description = Regionen (trengs bare hvis du representerer flere)
cmd-brief-show-meeting-name = møte
cmd-brief-show-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-brief-withdraw-name = trekk
cmd-brief-withdraw-description = Trekk tilbake innlegget fra regionen din
cmd-brief-withdraw-region-name = region
cmd-brief-withdraw-region-description = Regionen (trengs bare hvis du representerer flere)
cmd-brief-withdraw-meeting-name = møte
cmd-brief-withdraw-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-brief-history-name = historikk
cmd-brief-history-description = Alle versjoner av innlegget fra regionen din, med hvem som skrev dem og når
cmd-brief-history-region-name = region
cmd-brief-history-region-description = Regionen (trengs bare hvis du representerer flere)
cmd-brief-history-meeting-name = møte
cmd-brief-history-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
invitees-heading = **Inviterte til «{ $title }»**: { $count ->
    [one] { $count } person
   *[other] { $count } personer
} fra { $organisations ->
    [one] { $organisations } organisasjon
   *[other] { $organisations } organisasjoner
}
invitees-continued = (forts.)
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
cmd-invitees-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-invitees-public-name = vis-for-alle
cmd-invitees-public-description = Vis listen for alle i kanalen, ikke bare for deg
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
representative-not-linked = { $user } er ikke lagt til som representant for { $region } av sekretariatet. (Koblinger som kommer fra listen over inviterte, endres i møtefilen.)
representative-list-heading = **Representanter per region**
representative-none = ingen
cmd-briefs-name = innleggsoversikt
cmd-briefs-description = Hvilke regioner som har sendt innlegg, av hvem og når (sekretariatet)
cmd-briefs-meeting-name = møte
cmd-briefs-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-representative-name = representant
cmd-representative-description = Hvem som representerer hvilken region (sekretariatet)
cmd-representative-add-name = legg-til
cmd-representative-add-description = La et medlem skrive innlegg for en region
cmd-representative-add-user-name = medlem
cmd-representative-add-user-description = Medlemmet
cmd-representative-add-region-name = region
cmd-representative-add-region-description = Regionen
cmd-representative-remove-name = fjern
cmd-representative-remove-description = Fjern et medlem som representant for en region
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
export-written = «{ $title }» er eksportert som { $format } til { $path }: { $received } innlegg mottatt, { $late } etter fristen, { $missing } mangler.
export-error-format = Ukjent format «{ $format }». Velg md, docx, pdf, csv eller json, f.eks. --format md.
export-error-terminal = Et Word- eller PDF-dokument kan ikke vises i terminalen. Oppgi en fil, f.eks. --out sakskart.docx.
export-error-write = Kan ikke skrive { $path }: { $reason }
export-error-render = Kunne ikke lage eksporten: { $reason }

## Innkalling og påminnelser

notice-heading = Innkalling: { $title }
notice-date = Dato: { $date }
notice-to = Til: { $group }, { $organisation }
notice-documents = Sakspapirer og underlag kan lastes ned her: [{ $title }](<{ $url }>)
notice-prepare = Vi ber deltakerne forberede følgende:
notice-deadline = Frist for innlegg: { $date } kl. { $time }. Send innlegget med knappen «Send innlegg» nedenfor eller med /innlegg send.
notice-regards = Med vennlig hilsen
notice-phone = Tlf. { $phone }
notice-button-brief = Send innlegg
notice-button-agenda = Sakskart
notice-button-invitees = Inviterte
reminder = ⏰ Påminnelse: Innlegg til «{ $title }» mangler fra { $regions }. Fristen er { $timestamp }. Send innlegget med /innlegg send eller med knappen i innkallingen.
notice-changed = 📝 Innkallingen til «{ $title }» er endret. Se den oppdaterte innkallingen:
notice-changed-time = Ny tid: { $time }
notice-changed-place = Nytt sted: { $place }
notice-changed-deadline = Ny frist for innlegg: { $date } kl. { $time }
collected = { $received ->
    [0] Fristen for innlegg til «{ $title }» har gått ut, og det kom ingen innlegg. Mangler: { $missing }.
   *[other] Fristen for innlegg til «{ $title }» har gått ut: { $received } av { $total } innlegg kom inn, { $late } etter fristen. Mangler: { $missing }. Lag grunnlaget for referatet med /eksport.
}
collected-more = og { $count } til
scheduler-failed = ⚠️ Boten fikk ikke sendt { $kind ->
    [notice] innkallingen
    [reminder] påminnelsen
    [collected] oversikten over innleggene
    [notice_edit] den oppdaterte innkallingen
    [changed] meldingen om endringen
    [minutes_reminder] påminnelsen om høringen av referatet
   *[other] en melding
} til «{ $title }»: { $error }. Sjekk at boten har tilgang til kanalen.
scheduler-failed-rejected = ⚠️ Boten fikk ikke sendt { $kind ->
    [notice] innkallingen
    [reminder] påminnelsen
    [collected] oversikten over innleggene
    [notice_edit] den oppdaterte innkallingen
    [changed] meldingen om endringen
    [minutes_reminder] påminnelsen om høringen av referatet
   *[other] en melding
} til «{ $title }»: Discord avviste meldingen slik boten laget den ({ $error }). Dette er en feil i boten, ikke i innstillingene for kanalen. Meld gjerne fra om feilen.
notice-posted = Innkallingen legges ut i kanalen nå.
notice-already-posted = Innkallingen er allerede lagt ut.
cmd-notice-name = innkalling
cmd-notice-description = Møteinnkallingen (sekretariatet)
cmd-notice-preview-name = forhåndsvis
cmd-notice-preview-description = Se innkallingen slik den blir lagt ut i kanalen
cmd-notice-preview-meeting-name = møte
cmd-notice-preview-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-notice-post-name = legg-ut
cmd-notice-post-description = Legg ut innkallingen i kanalen nå
cmd-notice-post-meeting-name = møte
cmd-notice-post-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
export-summary = Innleggene til «{ $title }»: { $received } mottatt, { $late } etter fristen, { $missing } mangler.
cmd-export-name = eksport
cmd-export-description = Innleggene som grunnlag for referatet, som fil (sekretariatet)
cmd-export-format-name = format
cmd-export-format-description = Filformatet
cmd-export-meeting-name = møte
cmd-export-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)

## Oppmøte

notice-button-attending = Jeg kommer
notice-button-absent = Jeg melder forfall
notice-button-deputy = Vara møter for meg
deputy-modal-title = Vara møter for meg
deputy-modal-name = Navn på vara
deputy-modal-organisation = Organisasjonen til vara
rsvp-attending = Takk, { $name }: du er påmeldt «{ $title }». Du kan endre svaret fram til møtet begynner.
rsvp-absent = Takk, { $name }: du har meldt forfall til «{ $title }». Du kan fortsatt sende innlegget ditt; det legges da fram skriftlig.
rsvp-deputy = Takk, { $name }: { $deputy } møter som vara for deg på «{ $title }».
error-not-invited = Du står ikke blant de inviterte til dette møtet. Be sekretariatet koble deg til (/oppmøte koble).
error-attendance-closed = Møtet begynte kl. { $time }, så svaret kan ikke lenger endres. Ta kontakt med sekretariatet.
error-deputy-name = Skriv inn navnet på vara.
error-unknown-invitee = Ingen av de inviterte heter «{ $name }».
error-ambiguous-invitee = Flere av de inviterte heter «{ $name }». Skriv «Navn, Organisasjon».
attendance-heading = **Oppmøte på «{ $title }»**
attendance-attending = Kommer
attendance-absent = Forfall
attendance-deputy = Vara
attendance-unanswered = Ikke svart
attendance-marked-present = { $name } er registrert som til stede.
attendance-marked-absent = { $name } er registrert som fraværende.
attendance-linked = { $user } er nå koblet til { $name } blant de inviterte.
cmd-attendance-name = oppmøte
cmd-attendance-description = Hvem som kommer til møtet
cmd-attendance-show-name = vis
cmd-attendance-show-description = Hvem som kommer, hvem som har meldt forfall, og hvem som ikke har svart
cmd-attendance-show-meeting-name = møte
cmd-attendance-show-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-attendance-mark-name = registrer
cmd-attendance-mark-description = Registrer hvem som er til stede på møtet (sekretariatet)
cmd-attendance-mark-invitee-name = invitert
cmd-attendance-mark-invitee-description = Personen blant de inviterte
cmd-attendance-mark-present-name = til-stede
cmd-attendance-mark-present-description = Om personen er til stede
cmd-attendance-mark-meeting-name = møte
cmd-attendance-mark-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-attendance-link-name = koble
cmd-attendance-link-description = Koble et medlem på Discord til en av de inviterte (sekretariatet)
cmd-attendance-link-user-name = medlem
cmd-attendance-link-user-description = Medlemmet på Discord
cmd-attendance-link-invitee-name = invitert
cmd-attendance-link-invitee-description = Personen blant de inviterte
attendance-deputy-line = { $deputy } ({ $organisation }) for { $name }
export-present = Til stede
export-apologies = Forfall
export-deputies = Vara
export-deputy-for = { $deputy } for { $name }
export-taken-as-read = legges fram skriftlig

## Sekretariatets endringer av møter (/møte, /invitert)

change-kind = { $kind ->
    [import] Import av møtefil
    [create] Nytt møte
    [agenda] Sakskart
    [invitees] Inviterte
    [move] Ny tid
    [cancel] Avlysning
    [restore] Opphevet avlysning
    [representative] Representanter
    [link] Kobling til invitert
    [plan] Møteplan
    [minutes_outcome] Referat: sak
    [minutes_raised] Referat: eventuelt
    [minutes_people] Referat: personer
    [minutes_draft] Referat: utkast sendt
    [minutes_confirmed] Referat: avsnitt bekreftet
    [minutes_correction] Referat: rettelse foreslått
    [minutes_correction_decided] Referat: rettelse avgjort
    [minutes_approved] Referat: godkjent
    [minutes_rettelse] Referat: rettelse lagt til
   *[other] Endring
}
change-preview-heading = **Forhåndsvisning – { $kind }: «{ $title }»**. Ingenting er endret før du bekrefter.
change-no-changes = «{ $title }»: ingenting å endre – møtet ser allerede slik ut.
change-created = Nytt møte.
change-cancelled = Møtet avlyses: innkallingen merkes som avlyst, medlemmene får beskjed én gang, og det sendes ingen flere påminnelser.
change-restored = Møtet holdes likevel: avlysningen oppheves, innkallingen får knappene tilbake, medlemmene får beskjed én gang, og påminnelser som fortsatt er nyttige, blir sendt.
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
change-regions-reordered = Regionene får ny rekkefølge på talerlisten.
change-representative-added = { $user } er nå representant for { $to }.
change-representative-removed = { $user } er ikke lenger representant for { $to }.
change-invitee-linked = { $user } er koblet til { $to } blant de inviterte.
change-invitees-added = Nye inviterte ({ $count }): { $names }
change-invitees-removed = Inviterte fjernet ({ $count }): { $names }
change-invitee-renamed = Rettet invitert: { $before } → { $after }
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
    [restore] Møtet «{ $title }» holdes likevel.
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
notice-restored = ✅ Møtet «{ $title }» blir holdt likevel. Se innkallingen:
agenda-cancelled = ❌ **Avlyst** – møtet blir ikke holdt.
meeting-new-title = Nytt møte
meeting-new-label = { $field ->
    [title] Tittel
    [starts] Dato og tid (f.eks. 06.03.2025 12:00)
    [ends] Slutt (f.eks. 14:00)
    [place] Sted
   *[other] Lenke til sakspapirer (valgfritt)
}
meeting-new-hint = { $field ->
    [title] Møte i faggruppen
    [starts] 06.03.2025 12:00
    [ends] 14:00
    [place] Oslo rådhus
   *[other] https://…
}
meeting-list-heading = **Møter i { $group }**
meeting-list-upcoming = Kommende
meeting-list-recent = Tidligere
meeting-list-none = ingen
meeting-list-line = { $timestamp } · **{ $title }** (nr. { $id }) · innlegg { $briefs }/{ $regions }{ $cancelled ->
    [true] {" "}· ❌ avlyst
   *[other] {""}
}
error-upload-size = «{ $name }» er større enn 1 MB. Legg ved møtefilen eller listen over inviterte som ren tekst.
error-upload-utf8 = «{ $name }» er ikke UTF-8-tekst. Lagre den som UTF-8 (f.eks. «CSV UTF-8» i Excel) og prøv igjen.
error-csv-not-given = { $path }: møtefilen viser til listen over inviterte { $csv }, men den er ikke lagt ved. Legg den ved i valget «inviterte».
error-meeting-cancelled = Møtet er avlyst og kan ikke endres her.
error-meeting-ended = Møtet er allerede holdt.
error-meeting-not-cancelled = Møtet er ikke avlyst.
error-change-gone = Denne endringen er allerede bekreftet eller avbrutt.
error-change-expired = Forhåndsvisningen er eldre enn 15 minutter. Kjør kommandoen på nytt.
error-change-stale = Møtet er endret etter forhåndsvisningen, så ingenting er endret. Kjør kommandoen på nytt for å se den nye forhåndsvisningen.
error-no-earlier-meeting = Faggruppen har ikke noe møte å hente sakskart og regioner fra. Importer en møtefil først med /møte importer.
error-edit-not-a-time = { $field }: «{ $given }» er ikke en dato og tid. Skriv f.eks. 06.03.2025 12:00.
error-edit-field = { $field }: { $reason }
error-edit-in-past = { $field }: { $time } er allerede passert. Velg et tidspunkt fram i tid.
error-edit-ends-before-start = Møtet ville slutte ({ $ends }) før det begynner ({ $starts }).
error-edit-not-a-link = «{ $given }» er ikke en nettadresse (https://…).
error-edit-no-such-item = Sakskartet har ingen sak { $number }; det har { $count } saker.
error-edit-bad-position = Nummer { $position } er utenfor sakskartet (1–{ $max }).
error-edit-nothing = Oppgi ny tittel eller beskrivelse.
error-edit-unknown-invitee = «{ $name }» er ikke blant de inviterte.
error-edit-ambiguous-invitee = «{ $name }» passer på flere av de inviterte: { $matches }. Velg en fra listen.
cmd-meeting-name = møte
cmd-meeting-description = Faggruppens møter: importer, planlegg, endre, flytt og avlys (sekretariatet)
cmd-meeting-import-name = importer
cmd-meeting-import-description = Importer eller oppdater et møte fra en møtefil, med forhåndsvisning
cmd-meeting-import-file-name = fil
cmd-meeting-import-file-description = Møtefilen (.toml)
cmd-meeting-import-invitees-name = inviterte
cmd-meeting-import-invitees-description = Listen over inviterte (.csv) som møtefilen viser til
cmd-meeting-new-name = ny
cmd-meeting-new-description = Planlegg gruppens neste møte, med sakskartet og regionene fra forrige møte
cmd-meeting-cancel-name = avlys
cmd-meeting-cancel-description = Avlys et møte; innlegg og historikk beholdes
cmd-meeting-cancel-meeting-name = møte
cmd-meeting-cancel-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-meeting-restore-name = gjenopprett
cmd-meeting-restore-description = Opphev avlysningen av et møte; innkallingen får knappene tilbake
cmd-meeting-restore-meeting-name = møte
cmd-meeting-restore-meeting-description = Møtets dato, tittel eller nummer (tomt: neste avlyste møte)
cmd-meeting-move-name = flytt
cmd-meeting-move-description = Flytt et møte til ny tid; innkallingen oppdateres og påminnelsene planlegges på nytt
cmd-meeting-move-starts-name = tid
cmd-meeting-move-starts-description = Ny dato og tid, f.eks. 06.03.2025 12:00 (norsk tid)
cmd-meeting-move-ends-name = slutt
cmd-meeting-move-ends-description = Ny slutt, f.eks. 14:00 (tomt: like lenge som før)
cmd-meeting-move-meeting-name = møte
cmd-meeting-move-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-meeting-list-name = liste
cmd-meeting-list-description = Gruppens kommende og tidligere møter, med antall innlegg
cmd-meeting-log-name = logg
cmd-meeting-log-description = Hvem som har endret møtet, når og hva
cmd-meeting-log-meeting-name = møte
cmd-meeting-log-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-meeting-agenda-name = sakskart
cmd-meeting-agenda-description = Endre møtets sakskart
cmd-meeting-agenda-add-name = legg-til
cmd-meeting-agenda-add-description = Legg til en sak på sakskartet
cmd-meeting-agenda-add-title-name = tittel
cmd-meeting-agenda-add-title-description = Sakens tittel
cmd-meeting-agenda-add-description-name = beskrivelse
cmd-meeting-agenda-add-description-description = En beskrivelse under tittelen
cmd-meeting-agenda-add-position-name = nummer
cmd-meeting-agenda-add-position-description = Sakens nummer (tomt: før «Runde rundt bordet» og «Eventuelt»)
cmd-meeting-agenda-add-briefs-name = innlegg
cmd-meeting-agenda-add-briefs-description = Saken der regionenes innlegg samles («Runde rundt bordet»)
cmd-meeting-agenda-add-meeting-name = møte
cmd-meeting-agenda-add-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-meeting-agenda-edit-name = endre
cmd-meeting-agenda-edit-description = Endre tittelen eller beskrivelsen til en sak
cmd-meeting-agenda-edit-number-name = nummer
cmd-meeting-agenda-edit-number-description = Sakens nummer
cmd-meeting-agenda-edit-title-name = tittel
cmd-meeting-agenda-edit-title-description = Ny tittel
cmd-meeting-agenda-edit-description-name = beskrivelse
cmd-meeting-agenda-edit-description-description = Ny beskrivelse (skriv - for å fjerne den)
cmd-meeting-agenda-edit-meeting-name = møte
cmd-meeting-agenda-edit-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-meeting-agenda-move-name = flytt
cmd-meeting-agenda-move-description = Flytt en sak til et annet nummer
cmd-meeting-agenda-move-number-name = nummer
cmd-meeting-agenda-move-number-description = Sakens nummer
cmd-meeting-agenda-move-to-name = til
cmd-meeting-agenda-move-to-description = Sakens nye nummer
cmd-meeting-agenda-move-meeting-name = møte
cmd-meeting-agenda-move-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-meeting-agenda-remove-name = fjern
cmd-meeting-agenda-remove-description = Fjern en sak fra sakskartet
cmd-meeting-agenda-remove-number-name = nummer
cmd-meeting-agenda-remove-number-description = Sakens nummer
cmd-meeting-agenda-remove-meeting-name = møte
cmd-meeting-agenda-remove-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-invitee-name = invitert
cmd-invitee-description = Endre hvem som er invitert til et møte (sekretariatet)
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
cmd-invitee-add-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-invitee-remove-name = fjern
cmd-invitee-remove-description = Fjern en person fra de inviterte
cmd-invitee-remove-name-name = navn
cmd-invitee-remove-name-description = Den inviterte: navn, organisasjon
cmd-invitee-remove-meeting-name = møte
cmd-invitee-remove-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-invitee-edit-name = endre
cmd-invitee-edit-description = Rett navnet eller organisasjonen til en invitert; svaret og Discord-koblingen beholdes
cmd-invitee-edit-name-name = navn
cmd-invitee-edit-name-description = Den inviterte: navn, organisasjon
cmd-invitee-edit-first_name-name = fornavn
cmd-invitee-edit-first_name-description = Rettet fornavn
cmd-invitee-edit-last_name-name = etternavn
cmd-invitee-edit-last_name-description = Rettet etternavn
cmd-invitee-edit-organisation-name = organisasjon
cmd-invitee-edit-organisation-description = Rettet organisasjon
cmd-invitee-edit-region-name = region
cmd-invitee-edit-region-description = Regionen personen taler for
cmd-invitee-edit-user-name = medlem
cmd-invitee-edit-user-description = Personens Discord-bruker
cmd-invitee-edit-meeting-name = møte
cmd-invitee-edit-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
cmd-invitee-import-name = importer
cmd-invitee-import-description = Erstatt listen over inviterte med en CSV-fil (Fornavn,Etternavn,Organisasjon)
cmd-invitee-import-file-name = fil
cmd-invitee-import-file-description = Listen over inviterte (.csv)
cmd-invitee-import-meeting-name = møte
cmd-invitee-import-meeting-description = Møtets dato, tittel eller nummer (tomt: neste møte)
change-updates = Møtet finnes fra før ({ $date }, nr. { $id }) og blir oppdatert.
change-briefs-hidden = ⚠️ Innleggene fra { $regions } skjules: regionen er ikke lenger med i møtet. De slettes ikke, og kommer tilbake hvis regionen legges til igjen.
change-answers-dropped = ⚠️ { $names } fjernes fra de inviterte, og svaret på innkallingen og koblingen til Discord forsvinner med dem. (Er navnet bare rettet, bruk /invitert endre, eller oppgi personens nøkkel i kolonnen Nøkkel, så følger svaret med.)
change-past-meeting = ⚠️ Møtet er allerede holdt ({ $date }): det sendes ingen innkalling og ingen påminnelser for det.
change-answers-moved = Svaret på innkallingen og koblingen til Discord følger med: { $names }.
error-unknown-invitee-key = Ingen av de inviterte til møtet har nøkkelen { $key } (oppgitt for { $name }). Se nøklene med «roundtable status --invitees».
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

## Sikkerhetskopi (roundtable backup) og systemfeil

backup-written = Sikkerhetskopien er skrevet til { $path } ({ $size }).
error-backup-file = Kan ikke skrive sikkerhetskopien { $path }: { $reason }.
error-backup-copy = Kan ikke kopiere databasen til { $path }: { $reason }.
io-not-found = filen eller mappen finnes ikke
io-permission-denied = ingen tilgang (sjekk rettighetene til filen og mappen)
io-already-exists = filen finnes allerede
io-is-a-directory = det er en mappe, ikke en fil
io-not-a-directory = en del av stien er ikke en mappe
io-storage-full = disken er full
io-read-only = filsystemet er skrivebeskyttet
io-other = systemfeil: { $reason }

## Sjekk av oppsettet (roundtable doctor)

doctor-database-ok = Databasen { $url } kan åpnes og skrives til.
doctor-groups-none = Ingen faggrupper er importert ennå, så det er ingen kanaler å sjekke. Importer et møte med «roundtable import FIL».
doctor-token-ok = Tokenet er gyldig: boten heter { $name }.
doctor-token-invalid = Discord godtar ikke tokenet i DISCORD_TOKEN. Lag et nytt i Discord Developer Portal (applikasjonen → Bot → Reset Token), og sett DISCORD_TOKEN til det.
doctor-discord-unreachable = Fikk ikke kontakt med Discord ({ $reason }). Sjekk nettforbindelsen og discord.api_base i konfigurasjonen (hvis den er satt), og prøv igjen.
doctor-guild-none = discord.guild_id er ikke satt, så kommandoene registreres globalt (Discord kan bruke opptil en time på å vise dem), og serveren kan ikke sjekkes. Sett discord.guild_id til serverens id (høyreklikk serveren → Kopier server-ID).
doctor-guild-ok = Boten er med på serveren «{ $name }».
doctor-guild-missing = Boten er ikke med på serveren { $id }. Inviter den med lenken fra OAuth2 → URL Generator i Discord Developer Portal (se README), eller rett discord.guild_id.
doctor-group-no-channel = Faggruppen «{ $group }» har ingen kanal, så boten legger ikke ut innkallinger for den. Sett group.discord_channel_id i møtefilen og importer den på nytt.
doctor-channel-label = { $which ->
    [secretariat] sekretariatets kanal
   *[group] kanalen til faggruppen «{ $group }»
}
doctor-channel-fix = { $which ->
    [secretariat] Rett discord.secretariat_channel_id i konfigurasjonen
   *[group] Rett group.discord_channel_id i møtefilen og importer den på nytt
}: høyreklikk kanalen i Discord → Kopier kanal-ID (slå på Utviklermodus under Innstillinger → Avansert).
doctor-channel-ok = { $label } (#{ $channel }): boten kan se kanalen, sende meldinger, bygge inn lenker, legge ved filer og lese meldingshistorikken.
doctor-channel-missing = { $label } (id { $id }) finnes ikke, eller boten kan ikke se den. { $fix }
doctor-channel-not-text = { $label } (id { $id }) er ikke en tekstkanal. { $fix }
doctor-channel-other-server = { $label } (#{ $channel }) ligger på en annen server enn den i discord.guild_id. { $fix }
doctor-channel-permissions = { $label } (#{ $channel }): boten mangler { $count ->
    [one] tillatelsen
   *[other] tillatelsene
} { $permissions }. Gi boten { $count ->
    [one] den
   *[other] dem
} i kanalens innstillinger under Tillatelser (eller i botens rolle under Serverinnstillinger → Roller).
doctor-permission = { $name ->
    [view-channel] «Se kanal» (View Channel)
    [send-messages] «Send meldinger» (Send Messages)
    [embed-links] «Bygg inn lenker» (Embed Links)
    [attach-files] «Legg ved filer» (Attach Files)
   *[read-message-history] «Les meldingshistorikk» (Read Message History)
}
doctor-role-none = discord.secretariat_role_id er ikke satt, så ingen kan bruke sekretariatets kommandoer. Sett den til id-en til sekretariatets rolle (Serverinnstillinger → Roller → høyreklikk rollen → Kopier rolle-ID).
doctor-role-ok = Sekretariatets rolle er «{ $name }».
doctor-role-missing = Serveren har ingen rolle med id { $id }. Rett discord.secretariat_role_id: Serverinnstillinger → Roller → høyreklikk sekretariatets rolle → Kopier rolle-ID.
doctor-secretariat-dm = Sekretariatet får rapporter og varsler som direktemeldinger ({ $count ->
    [one] én person
   *[other] { $count } personer
}).
doctor-secretariat-none = Verken discord.secretariat_channel_id eller discord.secretariat_user_ids er satt, så rapporten etter fristen og varsler om meldinger som ikke kom fram, når ingen. Sett en av dem.
doctor-commands-ok = Kommandoene er registrert { $where ->
    [guild] på serveren
   *[global] globalt (Discord kan bruke opptil en time på å vise dem)
} ({ $count } kommandoer).
doctor-commands-missing = { $count } av kommandoene er ikke registrert ennå ({ $missing }). Start boten med «roundtable run»; den registrerer dem når den kobler til.
doctor-commands-unchecked = Fikk ikke sjekket hvilke kommandoer som er registrert ({ $reason }).
doctor-when = { $date } kl. { $time }
doctor-upcoming-heading = Neste meldinger boten sender:
doctor-upcoming-none = Boten har ingen meldinger å sende: ingen kommende møter har en kanal.
doctor-upcoming-line = { $when }: { $kind ->
    [notice] innkallingen
    [reminder] påminnelse om innlegg
    [collected] oversikten over innleggene, til sekretariatet
    [follow_up] påminnelse om oppfølgingspunktene
   *[other] melding
} – «{ $title }»
doctor-all-well = Alt er klart: boten kan gjøre jobben sin.
doctor-all-well-notes = Boten kan gjøre jobben sin, men se merknadene (⚠) over.
doctor-failed = { $count ->
    [one] Én ting
   *[other] { $count } ting
} må rettes før boten kan gjøre jobben sin (se ✗ over).

## Kalenderfilen (.ics)

ics-deadline = Frist for innlegg: { $date } kl. { $time }

## Innlegg lagt inn av sekretariatet (roundtable brief add)

error-received-format = Forstår ikke mottakstiden «{ $given }». Skriv den som norsk tid, f.eks. --received "08.11.2024 09:12".
error-received-local = Mottakstiden finnes ikke, eller finnes to ganger, i norsk tid: { $reason }.
error-received-future = Mottakstiden { $at } har ikke vært ennå.
brief-late-warning = Merk: innlegget regnes som for sent (mottatt { $received }, fristen var { $deadline }). Det står som for sent i oversikten og i CSV-en, ikke i dokumentet til medlemmene.
brief-unwrapped = Teksten som ble lagret, med linjene i hvert avsnitt satt sammen:

## Demoen (roundtable demo)
demo-title = roundtable demo: en møteuke, fra innkalling til referat
demo-intro = Den ekte boten kjører mot en Discord-simulator på denne maskinen (uten token og uten nettverk) med en ny database og en klokke som går fort: uken tar sekunder.
demo-setup = Sekretariatet importerer «{ $title }» og kobler representantene for de fem regionene: { $people }.
demo-app-tag = APP
demo-only-visible = Bare { $name } kan se dette
demo-edited = (redigert)
demo-used-command = { $name } brukte { $command }
demo-clicked = { $name } klikker «{ $label }»
demo-form-sent = { $name } fyller ut «{ $title }» og sender det
demo-form-words = ({ $words } ord)
demo-reminder-skipped = Ingen påminnelse denne morgenen: alle regionene har sendt innlegget sitt.
demo-meeting-starts = Møtet begynner: { $place }.
demo-meeting-ends = Møtet er slutt.
demo-html-title = { $title }: kanalen slik medlemmene ser den
demo-html-subtitle = Laget av «roundtable demo»: den ekte boten mot en Discord-simulator, med en klokke som går fort.
demo-html-channels = Tekstkanaler
demo-exported = Eksporterte filer
demo-wrote = Skrev { $path }
demo-done = Ferdig på { $seconds } s. Åpne { $path } i en nettleser.
demo-posted-notice = innkallingen
demo-posted-reminder = den første påminnelsen
demo-posted-report = rapporten til sekretariatet
demo-posted-export = eksporten
demo-error-write = Kan ikke skrive { $path }: { $reason }.
demo-error-no-answer = Boten svarte ikke på { $what } innen { $seconds } sekunder.
demo-error-step = Planleggeren i boten kunne ikke ta steget sitt (se loggen over).
demo-error-not-posted = Boten postet ikke { $what }.
demo-error-unexpected = Boten gjorde ikke det demoen ventet: { $what }
demo-error-violations = Discord-simulatoren fant { $count } forespørsler som Discord ville ha avvist:

## Møteplanen og det faste sakskartet (plan-, standing-, cmd-meeting-plan-, cmd-meeting-template-)
plan-holiday-new-years-day = første nyttårsdag
plan-holiday-maundy-thursday = skjærtorsdag
plan-holiday-good-friday = langfredag
plan-holiday-easter-sunday = første påskedag
plan-holiday-easter-monday = andre påskedag
plan-holiday-labour-day = 1. mai, offentlig høytidsdag
plan-holiday-constitution-day = 17. mai, grunnlovsdagen
plan-holiday-ascension-day = Kristi himmelfartsdag
plan-holiday-whit-sunday = første pinsedag
plan-holiday-whit-monday = andre pinsedag
plan-holiday-christmas-day = første juledag
plan-holiday-boxing-day = andre juledag
plan-holiday-week-winter-break = vinterferien (uke 8 i Oslo og Akershus, uke 9 mange andre steder)
plan-holiday-week-easter-week = påskeuken
plan-holiday-week-summer-holiday = fellesferien (uke 28–31)
plan-holiday-week-autumn-break = høstferien (uke 40 i Oslo og Akershus, uke 41 mange andre steder)
plan-holiday-week-christmas = julen og romjulen
plan-warning-holiday = ⚠ { $date } («{ $title }») er { $name }, en helligdag.
plan-warning-holiday-week = ⚠ { $date } («{ $title }») er i { $name }: mange har fri.
plan-preview-heading = **Møteplan { $year } for { $group }**. Ingenting er endret før du bekrefter.
plan-meeting = { $outcome ->
    [created] • Nytt møte: { $when } – { $title }
    [updated] • Endres: { $when } – { $title }
    [restored] • Holdes likevel (var avlyst): { $when } – { $title }
    [dropped] • Avlyses (ikke lenger i planen): { $when } – { $title }. Innkallingen er ikke sendt; påminnelsene sendes ikke.
    [dropped-posted] • Avlyses (ikke lenger i planen): { $when } – { $title }. Innkallingen er allerede sendt: den merkes som avlyst, og medlemmene får beskjed én gang.
   *[other] • Uendret: { $when } – { $title }
}
plan-unchanged = • { $count ->
    [one] Ett møte er uendret.
   *[other] { $count } møter er uendret.
}
plan-new-template = **Nytt fast sakskart:**
plan-numbering = Saksnummer: { $numbering ->
    [per_year] løpende gjennom året («Sak 12/25»).
   *[other] fra 1 på hvert møte.
}
plan-no-changes = Ingenting å endre: møteplanen ser allerede slik ut.
plan-done = Møteplanen for { $year } er lagret: { $created } nye møter, { $updated } endret, { $dropped } avlyst. Innkallinger og påminnelser er planlagt.
plan-calendar-posted = Møteplanen for { $year } for { $group } som kalenderfil ({ $count } møter). Åpne den i kalenderen din; en flyttet møtetid oppdaterer samme oppføring.
plan-error-no-plan = Faggruppen { $group } har ingen møteplan for { $year }.
plan-error-in-past = «{ $title }» { $date } har allerede begynt: en møteplan kan ikke lage eller endre det.
plan-error-no-meetings = Møteplanen har ingen møter ([[meetings]]).
plan-error-outside-year = møte nr. { $meeting } er ikke i { $year }.
plan-error-duplicate-key = møte nr. { $meeting }: nøkkelen { $key } står to ganger.
plan-error-meeting = møte nr. { $meeting }: { $reason }
standing-sak-label = Sak { $label }
standing-heading = **Fast sakskart** (står på hvert møte; møtets egne saker kommer der det står):
standing-own-items = (møtets egne saker)
standing-error-blank = fast sak nr. { $item } mangler tittel.
standing-error-several-briefs = fast sak nr. { $item }: bare én sak kan samle innleggene.
standing-error-twice = fast sak nr. { $item }: samme faste sak står to ganger.
standing-error-no-such-item = Det faste sakskartet har ingen sak nr. { $number }.
cmd-meeting-plan-name = møteplan
cmd-meeting-plan-description = Faggruppens møteplan for et år
cmd-meeting-plan-import-name = importer
cmd-meeting-plan-import-description = Importer eller endre årets møter fra en planfil, med forhåndsvisning
cmd-meeting-plan-import-file-name = fil
cmd-meeting-plan-import-file-description = Planfilen (.toml)
cmd-meeting-plan-import-invitees-name = inviterte
cmd-meeting-plan-import-invitees-description = Listen over inviterte (.csv) som planfilen viser til
cmd-meeting-plan-calendar-name = kalender
cmd-meeting-plan-calendar-description = Møteplanen som én kalenderfil (.ics), lagt ut i kanalen
cmd-meeting-plan-calendar-year-name = år
cmd-meeting-plan-calendar-year-description = Planens år (tomt: i år)
cmd-meeting-template-name = fast-sakskart
cmd-meeting-template-description = Det faste sakskartet som står på hvert møte
cmd-meeting-template-show-name = vis
cmd-meeting-template-show-description = Vis det faste sakskartet
cmd-meeting-template-add-name = legg-til
cmd-meeting-template-add-description = Legg til en fast sak
cmd-meeting-template-add-title-name = tittel
cmd-meeting-template-add-title-description = Sakens tittel
cmd-meeting-template-add-after-name = etter
cmd-meeting-template-add-after-description = Etter møtets egne saker (tomt: før dem)
cmd-meeting-template-add-kind-name = type
cmd-meeting-template-add-kind-description = Hvilken fast sak det er, om det er en av dem
cmd-meeting-template-remove-name = fjern
cmd-meeting-template-remove-description = Fjern en fast sak
cmd-meeting-template-remove-number-name = nummer
cmd-meeting-template-remove-number-description = Sakens nummer i det faste sakskartet
cmd-meeting-template-reset-name = tilbakestill
cmd-meeting-template-reset-description = Sett tilbake det faste sakskartet som boten har som standard
## Oppfølgingspunkter (/oppfølging, roundtable followup)

cmd-followup-name = oppfølging
cmd-followup-description = Oppfølgingspunkter: hvem skal gjøre hva, og innen når
cmd-followup-list-name = liste
cmd-followup-list-description = Gruppens oppfølgingspunkter, de åpne først, med ansvarlig, frist og status
cmd-followup-new-name = ny
cmd-followup-new-description = Legg inn et nytt oppfølgingspunkt (sekretariatet)
cmd-followup-new-region-name = region
cmd-followup-new-region-description = Regionen som er ansvarlig (eller oppgi en person)
cmd-followup-new-person-name = person
cmd-followup-new-person-description = Personen som er ansvarlig, med navn (i stedet for en region)
cmd-followup-new-user-name = bruker
cmd-followup-new-user-description = Den ansvarlige personens Discord-bruker, hvis hen skal få påminnelsen
cmd-followup-new-meeting-name = møte
cmd-followup-new-meeting-description = Møtet som vedtok punktet (tomt: gruppens siste møte som er holdt)
cmd-followup-done-name = ferdig
cmd-followup-done-description = Meld et oppfølgingspunkt ferdig, med en linje om status
cmd-followup-done-item-name = punkt
cmd-followup-done-item-description = Oppfølgingspunktet (nummeret, f.eks. 3)
cmd-followup-status-name = status
cmd-followup-status-description = Skriv en ny linje om status på et oppfølgingspunkt som fortsatt er åpent
cmd-followup-status-item-name = punkt
cmd-followup-status-item-description = Oppfølgingspunktet (nummeret, f.eks. 3)
followup-line = #{ $id } { $what } – { $owner }, frist { $due }
followup-overdue = (⚠️ fristen er passert)
followup-status = Status: { $status }
followup-status-none = Ingen status ennå
followup-status-done = ✅ Ferdig: { $status }
followup-none-open = Ingen oppfølgingspunkter fra forrige møte.
followup-section = Oppfølgingspunkter
followup-reminder = 🔁 Oppfølgingspunkter som tas opp under «Oppfølging fra forrige møte» på «{ $title }» { $date }:
followup-reminder-nobody = (ingen ansvarlig er koblet til Discord)
followup-reminder-how = Meld status med /oppfølging status, eller /oppfølging ferdig når punktet er gjort.
followup-list-heading = Oppfølgingspunkter – { $group }
followup-list-empty = Gruppen har ingen oppfølgingspunkter ennå.
followup-from = fra «{ $title }»
followup-from-item = fra «{ $title }», sak { $number }
followup-field-what = Hva som skal gjøres
followup-field-owner = Ansvarlig
followup-field-status = Status
followup-field-due = Frist
followup-error-blank = «{ $field }» kan ikke være tomt.
followup-error-too-long = «{ $field }» kan være på høyst { $max } tegn.
followup-error-date = Forstår ikke fristen «{ $given }». Skriv den som dd.mm.åååå, f.eks. 20.11.2024.
followup-error-not-owner = Bare den ansvarlige for oppfølgingspunkt #{ $item } (regionens representanter eller personen selv) og sekretariatet kan melde status på det.
followup-error-not-found = Fant ikke oppfølgingspunktet «{ $given }» i denne gruppen. Se /oppfølging liste.
followup-error-unknown-region = «{ $region }» er ikke en region i gruppen. Regionene er: { $known }. (Er den ansvarlige en person, bruk valget «person».)
followup-error-agenda-item = Møtet har ingen sak «{ $given }». Oppgi saksnummeret, f.eks. 3, eller la feltet stå tomt.
followup-error-other-group = Det møtet hører til en annen faggruppe.
followup-error-owner-missing = Oppgi hvem som er ansvarlig: en region (valget «region») eller en person (valgene «person» og/eller «bruker»).
followup-error-owner-both = Oppgi enten en region eller en person som ansvarlig, ikke begge.
followup-modal-new-title = Nytt oppfølgingspunkt
followup-modal-what = Hva skal gjøres?
followup-modal-owner = Ansvarlig
followup-modal-due = Frist (dd.mm.åååå)
followup-modal-due-placeholder = f.eks. 20.11.2024
followup-modal-item = Sak nr. på møtet (valgfritt)
followup-modal-status-title = Status på oppfølgingspunkt #{ $item }
followup-modal-done-title = Meld punkt #{ $item } ferdig
followup-modal-status = Status (én linje)
followup-added = ✅ Oppfølgingspunktet er lagt inn:
followup-updated = ✅ Status er lagret:
followup-text-back = Dette skrev du, så du ikke mister det:
followup-button-done = ✅ #{ $item } er ferdig
## Referatet (minutes): /referat, høringen, godkjenningen
cmd-minutes-name = referat
cmd-minutes-description = Referatet fra et møte (sekretariatet)
cmd-minutes-item-name = sak
cmd-minutes-item-description = Før inn referatet fra en sak: hva som ble sagt, og vedtak eller konklusjon
cmd-minutes-item-number-name = nummer
cmd-minutes-item-number-description = Sakens nummer på sakskartet
cmd-minutes-item-kind-name = type
cmd-minutes-item-kind-description = Vedtak, konklusjon eller orientering tatt til etterretning
cmd-minutes-item-meeting-name = møte
cmd-minutes-item-meeting-description = Møtets dato, tittel eller nummer (tomt: siste møte som har begynt)
cmd-minutes-raised-name = eventuelt
cmd-minutes-raised-description = Før inn en sak som ble tatt opp under «Eventuelt»
cmd-minutes-raised-kind-name = type
cmd-minutes-raised-kind-description = Vedtak, konklusjon eller orientering tatt til etterretning
cmd-minutes-raised-meeting-name = møte
cmd-minutes-raised-meeting-description = Møtets dato, tittel eller nummer (tomt: siste møte som har begynt)
cmd-minutes-people-name = personer
cmd-minutes-people-description = Hvem fra sekretariatet, hvilke observatører og hvem som er referent
cmd-minutes-people-secretariat-name = sekretariatet
cmd-minutes-people-secretariat-description = Navn fra sekretariatet som var til stede, skilt med ;
cmd-minutes-people-observers-name = observatører
cmd-minutes-people-observers-description = Observatører som var til stede, skilt med ;
cmd-minutes-people-minute_taker-name = referent
cmd-minutes-people-minute_taker-description = Hvem som skrev referatet
cmd-minutes-people-meeting-name = møte
cmd-minutes-people-meeting-description = Møtets dato, tittel eller nummer (tomt: siste møte som har begynt)
cmd-minutes-draft-name = utkast
cmd-minutes-draft-description = Send utkastet til referat til kanalen med frist for kommentarer
cmd-minutes-draft-days-name = dager
cmd-minutes-draft-days-description = Antall dager til fristen for kommentarer (standard 7)
cmd-minutes-draft-meeting-name = møte
cmd-minutes-draft-meeting-description = Møtets dato, tittel eller nummer (tomt: siste møte som har begynt)
cmd-minutes-status-name = status
cmd-minutes-status-description = Høringen per region, og rettelser som venter på avgjørelse
cmd-minutes-status-meeting-name = møte
cmd-minutes-status-meeting-description = Møtets dato, tittel eller nummer (tomt: siste møte som har begynt)
cmd-minutes-approve-name = godkjenn
cmd-minutes-approve-description = Godkjenn referatet (eller en rettelse): det låses og sendes som PDF/A og Word
cmd-minutes-approve-meeting-name = møte
cmd-minutes-approve-meeting-description = Møtet referatet er fra (tomt: det siste som venter på godkjenning)
cmd-minutes-rettelse-name = rettelse
cmd-minutes-rettelse-description = Legg til en datert rettelse i et godkjent referat (godkjennes for seg)
cmd-minutes-rettelse-text-name = tekst
cmd-minutes-rettelse-text-description = Rettelsen slik referatet skal si den
cmd-minutes-rettelse-meeting-name = møte
cmd-minutes-rettelse-meeting-description = Møtet referatet er fra (tomt: siste møte som har begynt)
minutes-date = { $day }. { $month } { $year }
minutes-note-withdrawn = Innlegget ble trukket etter at utkastet ble sendt.
minutes-approval-item = Godkjenning av referat fra møte { $date }
minutes-approval-item-link = Utkastet til referat: { $link }
minutes-kind = { $kind ->
    [decision] Vedtak
    [conclusion] Konklusjon
   *[noted] Orientering tatt til etterretning
}
minutes-item-modal-title = Sak { $number }: { $title }
minutes-raised-modal-title = Eventuelt: ny sak
minutes-field-account = Referat (hva som ble sagt)
minutes-field-title = Sakens tittel
minutes-field-paragraph = Avsnittet slik det skal stå
minutes-fix-modal-title = Rettelse: { $region }
minutes-text-back = Dette er teksten du skrev, så den ikke går tapt:
minutes-text-back-file = Teksten du skrev, ligger ved som fil, så den ikke går tapt.
minutes-item-saved = ✅ Referatet fra sak { $number } («{ $title }») er lagret.
minutes-raised-saved = ✅ «{ $title }» er ført inn under «Eventuelt».
minutes-people-saved = ✅ Lagret. Fra sekretariatet: { $secretariat }. Observatører: { $observers }. Referent: { $taker }.
minutes-nobody = ingen
minutes-draft-posted = **Utkast til referat: { $title }, { $date }**
    Frist for kommentarer: { $deadline }.
    Representantene bekrefter avsnittet fra regionen sin under «Runde rundt bordet», eller foreslår en rettelse, med knappene under.
minutes-draft-sent = ✅ Utkastet er sendt til kanalen: { $link }
    Frist for kommentarer: { $deadline }.
minutes-approval-item-added = Møtet { $date } har fått «Godkjenning av referat» som sak 2.
minutes-confirm-button = Bekreft
minutes-fix-button = Foreslå rettelse
minutes-confirmed = ✅ Takk! Avsnittet fra { $region } er bekreftet.
minutes-correction-saved = ✅ Rettelsen for { $region } er sendt til sekretariatet, som godtar eller avviser den.
minutes-paragraph-too-long = Avsnittet er lengre enn skjemaet rommer. Send rettelsen til sekretariatet på annen måte.
minutes-status-heading = **Høring av referatet: { $title }** (frist { $deadline })
minutes-status-line = { $answer ->
    [confirmed] ✅ { $region }: bekreftet
    [correction_proposed] ✏️ { $region }: rettelse foreslått
   *[no_answer] ⏳ { $region }: ikke svart
}
minutes-status-correction = **Rettelse for { $region }** fra { $author }, { $timestamp }:
minutes-accept-button = Godta ({ $region })
minutes-reject-button = Avvis ({ $region })
minutes-correction-accepted = ✅ Rettelsen for { $region } fra { $author } er godtatt; avsnittet er endret.
minutes-correction-rejected = Rettelsen for { $region } fra { $author } er avvist; avsnittet er som før.
minutes-approved-posted = **Referatet fra { $title }, { $date }, er godkjent** { $where }. Versjon { $version }, SHA-256 `{ $sha }`.
minutes-approved-in = i møte { $date }, sak { $sak }
minutes-approved-on = { $date }
minutes-approved = ✅ Referatet er godkjent og låst (versjon { $version }, SHA-256 `{ $sha }`). PDF/A og Word er sendt til kanalen.
minutes-rettelse-saved = ✅ Rettelsen er lagt til og venter på godkjenning (/referat godkjenn).
minutes-error-locked = Referatet ble godkjent { $date } kl. { $time } og er låst: det kan ikke endres. En feil rettes med en datert rettelse (/referat rettelse).
minutes-error-no-draft = Utkastet til referat er ikke sendt ut ennå (/referat utkast).
minutes-error-not-approved = Referatet er ikke godkjent ennå: endre utkastet i stedet for å legge til en rettelse.
minutes-error-stale = Avsnittet er endret etter at du åpnet skjemaet, så rettelsen din gjelder en eldre tekst. Åpne skjemaet på nytt og skriv rettelsen mot teksten slik den står nå.
minutes-error-empty = Det er ikke skrevet noe (eller ingenting er endret).
minutes-error-too-long = Teksten er lengre enn { $max } tegn.
minutes-error-pending-corrections = Rettelser venter på avgjørelse ({ $regions }): godta eller avvis dem først (/referat status).
minutes-error-no-item = Sakskartet har ingen sak { $number }; det har { $count } saker.
minutes-error-decided = Rettelsen er allerede avgjort.
minutes-error-nothing-to-approve = Det er ingenting å godkjenne: referatet er godkjent, og ingen rettelse venter.
minutes-error-before-meeting = Referatet godkjennes i neste møte ({ $date } kl. { $time }) eller senere.
minutes-error-no-paragraph = Utkastet har ikke noe avsnitt fra { $region }.
minutes-error-not-representative = Du representerer ikke { $region }, så du kan ikke foreslå en rettelse for regionen.
minutes-error-no-region = Du representerer ingen region som har et avsnitt i utkastet.
minutes-error-no-channel = Faggruppen har ingen kanal å sende utkastet til.
minutes-error-internal = Noe gikk galt med referatet. Prøv igjen; sekretariatet kan se i loggen hva som skjedde.
minutes-cli-approved = Referatet er godkjent og låst (versjon { $version }, SHA-256 { $sha }). Det er ikke sendt til Discord herfra: /referat godkjenn gjør begge deler.
minutes-cli-written = Skrev { $path } ({ $bytes } byte).
minutes-cli-unknown-kind = Ukjent type «{ $given }»: velg vedtak, konklusjon eller orientering.
minutes-reminder = **Påminnelse: høring av referatet fra { $title }.** Vi har ikke hørt fra { $regions }. Bekreft avsnittet fra regionen din eller foreslå en rettelse (knappene under utkastet) innen { $deadline }.
minutes-correction-to-secretariat = **Rettelse foreslått for { $region }** av { $author }. Godta eller avvis med knappene under.
    Slik avsnittet står nå:
    { $current }
    Foreslått:
    { $proposed }

## Referatet som dokument (referat-doc-): Markdown, Word, PDF, CSV
referat-doc-heading = Referat fra møte i { $group }
referat-doc-draft = UTKAST
referat-doc-comments-by = Merknader innen { $date }.
referat-doc-time = Tid
referat-doc-place = Sted
referat-doc-secretariat = Fra sekretariatet
referat-doc-observers = Observatører
referat-doc-minute-taker = Referent
referat-doc-sak = Sak { $label }
referat-doc-decision = Vedtak
referat-doc-conclusion = Konklusjon
referat-doc-noted = Orientering tatt til etterretning
referat-doc-no-matters = Ingen saker.
referat-doc-follow-up = Oppfølging
referat-doc-follow-up-line = { $what } (ansvarlig: { $owner })
referat-doc-follow-up-line-due = { $what } (ansvarlig: { $owner }, frist { $date })
referat-doc-follow-ups = Oppfølgingspunkter
referat-doc-what = Hva
referat-doc-owner = Ansvarlig
referat-doc-due = Frist
referat-doc-approved = Referatet ble godkjent i møte { $date }, sak { $sak }.
referat-doc-approved-outside = Referatet ble godkjent { $date }.
referat-doc-corrections = Rettelser
referat-doc-correction = Rettelse { $date }
referat-doc-correction-approved = Rettelsen ble godkjent i møte { $date }, sak { $sak }.
referat-doc-correction-approved-outside = Rettelsen ble godkjent { $date }.
referat-doc-correction-pending = Rettelsen er ikke godkjent ennå.
referat-doc-date = { $day }. { $month } { $year }
referat-doc-property-status = Status
referat-doc-status-draft = utkast
referat-doc-status-approved = godkjent
referat-doc-csv-meeting = Møte
referat-doc-csv-sak = Sak
referat-doc-csv-entry = Type
referat-doc-csv-title = Tittel
referat-doc-csv-text = Tekst
referat-doc-csv-outcome = Utfall
referat-doc-csv-outcome-text = Vedtak/konklusjon
referat-doc-csv-who = Ansvarlig/forfatter
referat-doc-csv-due = Frist
referat-doc-csv-note = Merknad
referat-doc-entry-sak = sak
referat-doc-entry-brief = innlegg
referat-doc-entry-raised = eventuelt
referat-doc-entry-follow-up = oppfølgingspunkt
referat-doc-entry-correction = rettelse
