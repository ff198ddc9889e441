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

## Briefs on Discord

error-not-representative = You are not registered as a representative of { $region }. Ask the secretariat to add you with /representative.
error-no-region = You are not registered as a representative of any region of this meeting. Ask the secretariat to add you with /representative.
error-choose-region = You represent several regions. Choose one of them in the “region” option: { $regions }.
error-nothing-to-withdraw = There is no brief from { $region } to withdraw.
speaking-time = { $min } min { $sec } s
error-not-your-button = This button belongs to someone else. Use the command yourself to get your own.
error-attachment-type = “{ $name }” is not a text file. Attach the brief as .txt or .md.
error-attachment-size = The file is too large. A brief can have at most { $max } characters.
error-attachment-download = The bot could not fetch the file from Discord. Please try again.
error-attachment-utf8 = The file is not UTF-8 text. Save it as UTF-8 (e.g. “Plain text” in Word) and try again.
brief-too-long-for-modal = The brief is longer than Discord's form holds (4000 characters). Send the new version as a file in the “file” option (at most { $max } characters).
brief-modal-title = Brief from { $region }
brief-modal-label = Brief (at most 2–3 minutes spoken)
brief-modal-placeholder = Current matters in your municipality or region, bullet points welcome.
brief-text-back = Your text is attached, so you do not lose it.
brief-receipt = The brief from **{ $region }** for “{ $title }” is saved (version { $revision }).
brief-receipt-length = { $words } words, about { $time } to read aloud. At most 2–3 minutes are asked for.
brief-receipt-over-limit = ⚠️ The brief takes about { $time } to read aloud, more than the 2–3 minutes asked for. It is saved, but consider shortening it.
brief-receipt-deadline = You can edit or withdraw it until { $timestamp } ({ $date } at { $time }).
brief-receipt-late = Saved after the deadline, by the secretariat.
brief-receipt-preview = This is what was saved:
brief-none = No brief from { $region } has come in yet.
brief-show-header = **Brief from { $region }**, { $author }, last edited { $timestamp } (version { $revision })
brief-withdraw-confirm = Do you want to withdraw the brief from **{ $region }**? It then counts as not sent, but earlier versions are kept.
brief-withdraw-yes = Withdraw the brief
brief-withdraw-no = Cancel
brief-withdraw-cancelled = The brief was not withdrawn.
brief-withdrawn = The brief from { $region } is withdrawn.
brief-history-header = **Versions of the brief from { $region }** (newest first):
brief-history-saved = v{ $revision } · { $author } · { $timestamp } · { $words } words
brief-history-withdrawn = v{ $revision } · withdrawn by { $author } · { $timestamp }
cmd-brief-name = brief
cmd-brief-description = Briefs for “round the table”
cmd-brief-send-name = send
cmd-brief-send-description = Write or edit your region's brief
cmd-brief-send-region-name = region
cmd-brief-send-region-description = The region you write for (only needed if you represent several)
cmd-brief-send-meeting-name = meeting
cmd-brief-send-meeting-description = The meeting's id or key (default: the next meeting)
cmd-brief-send-file-name = file
cmd-brief-send-file-description = The brief as a .txt or .md file, if it is too long for the form
cmd-brief-show-name = show
cmd-brief-show-description = Show your region's brief
cmd-brief-show-region-name = region
cmd-brief-show-region-description = The region (only needed if you represent several)
cmd-brief-show-meeting-name = meeting
cmd-brief-show-meeting-description = The meeting's id or key (default: the next meeting)
cmd-brief-withdraw-name = withdraw
cmd-brief-withdraw-description = Withdraw your region's brief
cmd-brief-withdraw-region-name = region
cmd-brief-withdraw-region-description = The region (only needed if you represent several)
cmd-brief-withdraw-meeting-name = meeting
cmd-brief-withdraw-meeting-description = The meeting's id or key (default: the next meeting)
cmd-brief-history-name = history
cmd-brief-history-description = Every version of your region's brief, with who and when
cmd-brief-history-region-name = region
cmd-brief-history-region-description = The region (only needed if you represent several)
cmd-brief-history-meeting-name = meeting
cmd-brief-history-meeting-description = The meeting's id or key (default: the next meeting)
invitees-heading = **Invited to “{ $title }”**: { $count ->
    [one] { $count } person
   *[other] { $count } people
} from { $organisations ->
    [one] { $organisations } organisation
   *[other] { $organisations } organisations
}
invitees-continued = (continued)
invitees-page = Page { $page } of { $pages }
invitees-previous = ◀ Previous
invitees-next = Next ▶
invitees-expired = The buttons only work for 15 minutes. Use /invitees again to page on.
invitees-no-organisation = None of the invitees is from “{ $name }”.
cmd-invitees-name = invitees
cmd-invitees-description = Who is invited to the meeting, by organisation
cmd-invitees-organisation-name = organisation
cmd-invitees-organisation-description = Only the invitees from this organisation
cmd-invitees-meeting-name = meeting
cmd-invitees-meeting-description = The meeting's id or key (default: the next meeting)
cmd-invitees-public-name = public
cmd-invitees-public-description = Post the list in the channel instead of only to you
error-secretariat-only = This command is for the secretariat only.
briefs-heading = **Briefs for “{ $title }”**: { $received } of { $total } received. Deadline: { $deadline }
briefs-in = ✅ **{ $region }**: { $author }, { $timestamp }{ $late ->
    [true] {" "}(after the deadline)
   *[other] {""}
}
briefs-missing = ❌ **{ $region }**: missing
representative-added = { $user } now represents { $region }.
representative-already = { $user } already represented { $region }.
representative-removed = { $user } no longer represents { $region }.
representative-not-linked = { $user } was not added as a representative of { $region } by the secretariat. (Links from the invitee list are changed in the meeting file.)
representative-list-heading = **Representatives by region**
representative-none = none
cmd-briefs-name = briefs
cmd-briefs-description = Which regions have sent their brief, by whom and when (secretariat)
cmd-briefs-meeting-name = meeting
cmd-briefs-meeting-description = The meeting's id or key (default: the next meeting)
cmd-representative-name = representative
cmd-representative-description = Who speaks for which region (secretariat)
cmd-representative-add-name = add
cmd-representative-add-description = Let a member write briefs for a region
cmd-representative-add-user-name = user
cmd-representative-add-user-description = The member
cmd-representative-add-region-name = region
cmd-representative-add-region-description = The region
cmd-representative-remove-name = remove
cmd-representative-remove-description = Stop a member representing a region
cmd-representative-remove-user-name = user
cmd-representative-remove-user-description = The member
cmd-representative-remove-region-name = region
cmd-representative-remove-region-description = The region
cmd-representative-list-name = list
cmd-representative-list-description = Who represents each region

## Exporting the briefs (roundtable export)

export-heading = Agenda for the meeting of { $group }, { $date }
export-time-place = Time and place: { $time }, { $place }
export-documents = Meeting papers: { $link }
export-briefs-received = Briefs received: { $received } of { $total }{ $late ->
    [0] {""}
   *[other] {" "}({ $late } after the deadline)
}.
export-without-brief = No brief from: { $regions }.
export-briefs = Briefs
export-invitees = Invitees
export-first-name = First name
export-last-name = Last name
export-organisation = Organisation
export-written = Exported “{ $title }” as { $format } to { $path }: { $received } briefs received, { $late } after the deadline, { $missing } missing.
export-error-format = Unknown format “{ $format }”. Choose md, docx, csv or json, e.g. --format md.
export-error-terminal = A Word document cannot be printed to the terminal. Give a file, e.g. --out agenda.docx.
export-error-write = Cannot write { $path }: { $reason }
export-error-render = Could not make the export: { $reason }

## Notice and reminders

notice-heading = Notice: { $title }
notice-date = Date: { $date }
notice-to = To: { $group }, { $organisation }
notice-documents = Meeting documents can be downloaded here: [{ $title }](<{ $url }>)
notice-prepare = Participants are asked to prepare the following:
notice-deadline = Deadline for briefs: { $timestamp } ({ $date } at { $time }). Send your brief with the “Send brief” button below, or with /brief send.
notice-regards = Kind regards
notice-phone = Phone { $phone }
notice-button-brief = Send brief
notice-button-agenda = Agenda
notice-button-invitees = Invitees
reminder = ⏰ Reminder: briefs for “{ $title }” are missing from { $regions }. The deadline is { $timestamp }. Send yours with /brief send or the button on the notice.
notice-changed = 📝 The notice of “{ $title }” has changed (time, place or agenda). See the updated notice:
collected = The briefs for “{ $title }” are collected: { $received } of { $total } received, { $late } after the deadline. Missing: { $missing }. Export them as the basis for the minutes with `roundtable export --meeting { $key } --format docx`.
scheduler-failed = ⚠️ The bot could not send the “{ $kind }” message for “{ $title }”: { $error }. Check that the bot may post in the channel.
notice-posted = The notice is being posted in the channel now.
notice-already-posted = The notice has already been posted.
cmd-notice-name = notice
cmd-notice-description = The meeting notice (secretariat)
cmd-notice-preview-name = preview
cmd-notice-preview-description = See the notice as it will be posted
cmd-notice-preview-meeting-name = meeting
cmd-notice-preview-meeting-description = The meeting's id or key (default: the next meeting)
cmd-notice-post-name = post
cmd-notice-post-description = Post the notice in the channel now
cmd-notice-post-meeting-name = meeting
cmd-notice-post-meeting-description = The meeting's id or key (default: the next meeting)
export-summary = The briefs for “{ $title }”: { $received } received, { $late } after the deadline, { $missing } missing.
cmd-export-name = export
cmd-export-description = The briefs as the basis for the minutes, as a file (secretariat)
cmd-export-format-name = format
cmd-export-format-description = The file format
cmd-export-meeting-name = meeting
cmd-export-meeting-description = The meeting's id or key (default: the next meeting)
