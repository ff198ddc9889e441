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
