# English: everything roundtable says to its users.

## Dates and times

weekday = { $n ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
month = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-long = { $weekday } { $day } { $month } { $year }
time-span = { $date }, { $start }–{ $end }

## The command line

import-created = Created the meeting “{ $title }” ({ $key }, id { $id }): { $agenda } items, { $regions } regions, { $invitees } invitees.
import-updated = Updated the meeting “{ $title }” ({ $key }, id { $id }): { $agenda } items, { $regions } regions, { $invitees } invitees.
status-time = Time: { $time }
status-place = Place: { $place }
status-deadline = Deadline for briefs: { $date } at { $time }
status-agenda = Agenda:
status-briefs-item = briefs
status-invitees = Invitees: { $count ->
    [one] { $count } person
   *[other] { $count } people
}
status-briefs = Briefs received: { $received } of { $total }
status-brief-in = ✓ { $region }: { $author }, { $at }{ $late ->
    [true] {" "}(after the deadline)
   *[other] {""}
}
status-brief-missing = ✗ { $region }: missing
author-secretariat = The secretariat
brief-added = The brief from { $region } for “{ $title }” is saved (version { $revision }): { $words } words, about { $minutes } minutes to read aloud.

## Errors

error-config-read = Cannot read the configuration file { $path }: { $reason }. Check the path, or copy config.example.toml there.
error-config-syntax = Error in the configuration file { $path }, line { $line }: { $reason }. See config.example.toml for the valid keys.
error-config-invalid = Error in the configuration file { $path }: { $key }: { $reason }.
error-meeting-not-found = No meeting “{ $meeting }” found. Give the meeting's id or key (see “roundtable status”).
error-no-meetings = There are no meetings yet. Import one with “roundtable import FILE”.
error-unknown-region = “{ $region }” is not a region of this meeting. The regions are: { $known }.
error-database-open = Cannot open the database { $url }: { $reason }. Check the path, and that the folder exists and is writable.
error-database-migrate = Cannot bring the database { $url } up to date: { $reason }.
error-database = The database answered with an error. Please try again shortly.
error-brief-empty = The brief is empty. Write a few lines on current matters in your municipality or region.
error-brief-too-long = The brief has { $chars } characters; the limit is { $max }. Shorten it, or split it.
error-brief-past-deadline = The deadline for briefs to this meeting passed on { $date } at { $time }. Contact the secretariat if you want to send it late.
error-brief-file = Cannot read the brief from { $path }: { $reason }
error-not-utf8 = the file is not UTF-8 text
error-file-read = Cannot read { $path }: { $reason }
error-file-syntax = { $path }, line { $line }: { $reason }
error-file-field = { $path }, line { $line }: { $field }: { $reason }
error-file-plan = { $path }: { $reason }
error-csv-missing-column = { $path }: the column “{ $column }” is missing. The first line must be Fornavn,Etternavn,Organisasjon.
error-time-not-local = write a local date and time without a time zone, e.g. 2024-11-07T12:00:00
error-time-not-date = write a date, e.g. 2024-11-01
error-time-nonexistent = { $time } does not exist in Oslo time (the clocks go forward). Choose another time.
error-time-ambiguous = { $time } happens twice in Oslo time (the clocks go back). Choose another time.
error-plan-ends-before-start = { $field }: the meeting ends before it starts.
error-plan-deadline-before-start = { $field }: the deadline for briefs is before the meeting starts.
error-plan-empty-agenda = { $field }: the agenda is empty.
error-plan-several-brief-items = { $field }: only one item can collect briefs (briefs = true).
error-plan-duplicate-region = { $field }: the region “{ $name }” is listed twice.
error-plan-unknown-region = { $field }: unknown region “{ $name }”; it must be listed in regions.
error-plan-duplicate-invitee = { $field }: { $name } is invited twice.
error-plan-blank = { $field }: must not be empty.
error-missing-token = DISCORD_TOKEN is not set. Set the environment variable DISCORD_TOKEN to the bot's token from the Discord Developer Portal.
error-missing-guild = discord.guild_id is missing from the configuration. Set it to the server's id, or set discord.register = "global".
error-discord-connect = Cannot connect to Discord: { $reason }
error-internal = Something went wrong in the bot. Please try again shortly; the secretariat can see what happened in the log.
error-arguments = The bot did not understand the command's options. Please try again.
error-not-in-dm = This command works only in the group's channel on the server, not in direct messages.
error-meeting-unknown = No meeting “{ $meeting }” found. Give the meeting's id or key, or leave the option empty for the next meeting.
error-channel-without-group = No working group uses this channel. Use the command in the group's channel.
error-group-without-meetings = The working group of this channel has no meetings yet.

## /agenda

agenda-time = Time: { $timestamp } ({ $local }, Oslo time)
agenda-place = Place: { $place }
agenda-heading = Agenda
agenda-briefs-in = Briefs received ({ $count } of { $total }): { $regions }
agenda-briefs-missing = Missing ({ $count }): { $regions }
agenda-deadline = Deadline for briefs: { $timestamp } ({ $date } at { $time })

## Commands

cmd-agenda-name = agenda
cmd-agenda-description = Show the agenda of the next meeting, and who has sent a brief
cmd-agenda-meeting-name = meeting
cmd-agenda-meeting-description = The meeting's id or key (default: the next meeting)
