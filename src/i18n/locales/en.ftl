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

import-created = The meeting “{ $title }” of { $date } is created (no. { $id }): { $agenda } agenda items, { $regions } regions and { $invitees } invitees.
import-changes = What changes:
import-updated = The meeting “{ $title }” of { $date } is updated (no. { $id }): { $agenda } agenda items, { $regions } regions and { $invitees } invitees.
status-time = Time: { $time }
status-place = Place: { $place }
status-deadline = Deadline for briefs: { $date } at { $time }
status-agenda = Agenda:
status-briefs-item = briefs
status-invitees = Invitees: { $count ->
    [one] { $count } person
   *[other] { $count } people
} from { $organisations ->
    [one] { $organisations } organisation
   *[other] { $organisations } organisations
}
status-invitee = key { $key }: { $name }
status-briefs = Briefs received: { $received } of { $total }
status-brief-in = ✓ { $region }: { $author }, { $at }{ $late ->
    [true] {" "}(after the deadline)
   *[other] {""}
}
status-brief-missing = ✗ { $region }: missing
status-title = { $title }, { $date } (no. { $id })
author-secretariat = The secretariat
brief-added = The brief from { $region } for “{ $title }” is saved (version { $revision }): { $words } words, about { $time } to read aloud.

## Errors

error-config-read = Cannot read the configuration file { $path }: { $reason }. Check the path, or copy config.example.toml there.
error-config-syntax = Error in the configuration file { $path }, line { $line }: { $reason }. See config.example.toml for the valid keys.
error-config-invalid = Error in the configuration file { $path }: { $key }: { $reason }.
error-meeting-not-found = No meeting “{ $meeting }” found. Give the meeting's date (e.g. 2024-11-14), title or number as “roundtable status” shows them.
error-no-meetings = There are no meetings yet. Import one with “roundtable import FILE”.
error-unknown-region = “{ $region }” is not a region of this meeting. The regions are: { $known }.
error-database-open = Cannot open the database { $url }: { $reason }. Check the path, and that the folder exists and is writable.
error-database-migrate = Cannot bring the database { $url } up to date: { $reason }.
error-database-no-folder = Cannot create the database file { $path }: the folder { $folder } does not exist. Create it (mkdir -p { $folder }), or correct database.url in the configuration or --database.
error-database-read-only = The database file { $path } cannot be written ({ $reason }). Make the file and its folder { $folder } writable for the user that runs roundtable (e.g. chmod u+w { $path }), or run roundtable as the file's owner.
error-database-corrupt = The file { $path } is not a roundtable database, or it is damaged ({ $reason }). Restore it from a backup, or move it aside (mv { $path } { $path }.damaged) to start with an empty database.
error-database = The database returned an error. Please try again shortly.
error-brief-empty = The brief is empty. Write a few lines on current matters in your municipality or region.
error-brief-too-long = The brief has { $chars } characters; the limit is { $max }. Shorten it, or split it.
error-brief-past-deadline = The deadline for briefs to this meeting passed on { $date } at { $time }. Contact the secretariat if you want to send it late.
error-brief-file = Cannot read the brief from { $path }: { $reason }
error-not-utf8 = the file is not saved as UTF-8. Save it as UTF-8 (e.g. “Plain text” in Word) and try again
error-file-read = Cannot read { $path }: { $reason }
error-file-syntax = { $path }, line { $line }: { $reason }
error-file-field = { $path }, line { $line }: { $field }: { $reason }
error-file-plan = { $path }: { $reason }
error-csv-missing-column = { $path }: the column “{ $column }” is missing. The first line must be Fornavn,Etternavn,Organisasjon.
error-time-not-local = write a local date and time without a time zone, e.g. 2024-11-07T12:00:00
error-time-not-date = write a date, e.g. 2024-11-01
error-time-no-such-date = the date { $date } does not exist. Check the day and the month.
error-time-year = the year { $year } is not between 2000 and 2100. Check the date.
error-time-nonexistent = { $time } does not exist in Oslo time (the clocks go forward). Choose another time.
error-time-ambiguous = { $time } happens twice in Oslo time (the clocks go back). Choose another time.
error-plan-ends-before-start = { $field }: the meeting ends before it starts.
error-plan-deadline-before-start = { $field }: the deadline for briefs is before the meeting starts.
error-plan-empty-agenda = { $field }: the agenda is empty.
error-plan-several-brief-items = { $field }: only one item can collect briefs (briefs = true).
error-plan-duplicate-region = { $field }: the region “{ $name }” is listed twice.
error-plan-unknown-region = { $field }: unknown region “{ $name }”; it must be listed in regions.
error-plan-duplicate-invitee = { $field }: { $name } is listed twice among the invitees.
error-plan-duplicate-invitee-key = { $field }: the key { $name } is given twice among the invitees.
error-plan-blank = { $field }: must not be empty.
error-plan-year = { $field }: the year { $name } is not between 2000 and 2100. Check the date.
error-plan-notice-after-start = { $field }: the notice would be posted after the meeting has started.
error-plan-incomplete-invitee = { $field }: { $name } has neither a last name nor an organisation.
error-plan-discord-id = { $field }: { $name } is not a Discord id (copy it with “Copy User ID” or “Copy Channel ID” in Discord).
error-missing-token = DISCORD_TOKEN is not set. Set the environment variable DISCORD_TOKEN to the bot's token from the Discord Developer Portal.
error-missing-guild = discord.guild_id is missing from the configuration. Set it to the server's id, or set discord.register = "global".
error-discord-connect = Cannot connect to Discord: { $reason }
error-internal = Something went wrong in the bot. Please try again shortly; the secretariat can see what happened in the log.
error-arguments = The bot did not understand the command's options. Please try again.
error-not-in-dm = This command works only in the group's channel on the server, not in direct messages.
error-meeting-unknown = No meeting “{ $meeting }” found. Give the meeting's date (e.g. 2024-11-14), title or number, or leave the option empty for the next meeting.
error-other-server = This bot serves another Discord server, so it does not answer here.
error-busy = The database is busy just now, so nothing was saved. Please try again in a moment.
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
cmd-agenda-meeting-description = The meeting's date, title or number (empty: the next meeting)

## Briefs on Discord

error-not-representative = You are not registered as a representative of { $region }. Ask the secretariat to add you with /representative add.
error-no-region = You are not registered as a representative of any region of this meeting. Ask the secretariat to add you with /representative add.
error-choose-region = You represent several regions. Choose one of them in the “region” option: { $regions }.
error-nothing-to-withdraw = There is no brief from { $region } to withdraw.
speaking-time = { $min ->
    [0] { $sec ->
        [one] { $sec } second
       *[other] { $sec } seconds
    }
   *[other] { $sec ->
        [0] { $min } min
       *[other] { $min } min { $sec } s
    }
}
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
cmd-brief-send-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-brief-send-file-name = file
cmd-brief-send-file-description = The brief as a .txt or .md file, if it is too long for the form
cmd-brief-show-name = show
cmd-brief-show-description = Show your region's brief
cmd-brief-show-region-name = region
cmd-brief-show-region-description = The region (only needed if you represent several)
cmd-brief-show-meeting-name = meeting
cmd-brief-show-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-brief-withdraw-name = withdraw
cmd-brief-withdraw-description = Withdraw your region's brief
cmd-brief-withdraw-region-name = region
cmd-brief-withdraw-region-description = The region (only needed if you represent several)
cmd-brief-withdraw-meeting-name = meeting
cmd-brief-withdraw-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-brief-history-name = history
cmd-brief-history-description = Every version of your region's brief, with who and when
cmd-brief-history-region-name = region
cmd-brief-history-region-description = The region (only needed if you represent several)
cmd-brief-history-meeting-name = meeting
cmd-brief-history-meeting-description = The meeting's date, title or number (empty: the next meeting)
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
cmd-invitees-meeting-description = The meeting's date, title or number (empty: the next meeting)
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
cmd-briefs-meeting-description = The meeting's date, title or number (empty: the next meeting)
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
export-briefs-received = Briefs received: { $received } of { $total }.
export-page-of = Page { $page } of { $pages }
export-property-group = Working group
export-property-secretariat = Secretariat
export-property-meeting = Meeting
export-without-brief = No brief from: { $regions }.
export-briefs = Briefs
export-invitees = Invitees
export-first-name = First name
export-last-name = Last name
export-organisation = Organisation
export-written = “{ $title }” is exported as { $format } to { $path }: { $received } briefs received, { $late } after the deadline, { $missing } missing.
export-error-format = Unknown format “{ $format }”. Choose md, docx, pdf, csv or json, e.g. --format md.
export-error-terminal = A Word or PDF document cannot be shown in the terminal. Give a file, e.g. --out agenda.docx.
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
notice-phone = Tel. { $phone }
notice-button-brief = Send brief
notice-button-agenda = Agenda
notice-button-invitees = Invitees
reminder = ⏰ Reminder: briefs for “{ $title }” are missing from { $regions }. The deadline is { $timestamp }. Send yours with /brief send or the button on the notice.
notice-changed = 📝 The notice of “{ $title }” has changed. See the updated notice:
notice-changed-time = New time: { $time }
notice-changed-place = New place: { $place }
notice-changed-deadline = New deadline for briefs: { $date } at { $time }
collected = { $received ->
    [0] The deadline for briefs to “{ $title }” has passed, and no briefs came in. Missing: { $missing }.
   *[other] The deadline for briefs to “{ $title }” has passed: { $received } of { $total } briefs came in, { $late } after the deadline. Missing: { $missing }. Make the basis for the minutes with /export.
}
collected-more = and { $count } more
scheduler-failed = ⚠️ The bot could not send { $kind ->
    [notice] the notice
    [reminder] the reminder
    [collected] the report on the briefs
    [notice_edit] the updated notice
    [changed] the note on the change
    [minutes_reminder] the reminder of the comments on the minutes
   *[other] a message
} for “{ $title }”: { $error }. Check that the bot may post in the channel.
scheduler-failed-rejected = ⚠️ The bot could not send { $kind ->
    [notice] the notice
    [reminder] the reminder
    [collected] the report on the briefs
    [notice_edit] the updated notice
    [changed] the note on the change
    [minutes_reminder] the reminder of the comments on the minutes
   *[other] a message
} for “{ $title }”: Discord refused the message as the bot made it ({ $error }). This is a fault in the bot, not in the channel's settings: please report it.
notice-posted = The notice is being posted in the channel now.
notice-already-posted = The notice has already been posted.
cmd-notice-name = notice
cmd-notice-description = The meeting notice (secretariat)
cmd-notice-preview-name = preview
cmd-notice-preview-description = See the notice as it will be posted
cmd-notice-preview-meeting-name = meeting
cmd-notice-preview-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-notice-post-name = post
cmd-notice-post-description = Post the notice in the channel now
cmd-notice-post-meeting-name = meeting
cmd-notice-post-meeting-description = The meeting's date, title or number (empty: the next meeting)
export-summary = The briefs for “{ $title }”: { $received } received, { $late } after the deadline, { $missing } missing.
cmd-export-name = export
cmd-export-description = The briefs as the basis for the minutes, as a file (secretariat)
cmd-export-format-name = format
cmd-export-format-description = The file format
cmd-export-meeting-name = meeting
cmd-export-meeting-description = The meeting's date, title or number (empty: the next meeting)

## Attendance

notice-button-attending = I will attend
notice-button-absent = I cannot attend
notice-button-deputy = A deputy attends for me
deputy-modal-title = A deputy attends for me
deputy-modal-name = The deputy's name
deputy-modal-organisation = The deputy's organisation
rsvp-attending = Thank you, { $name }: you are down as attending “{ $title }”. You can change your answer until the meeting starts.
rsvp-absent = Thank you, { $name }: you have sent your apologies for “{ $title }”. You can still send your brief; it will be taken as read.
rsvp-deputy = Thank you, { $name }: { $deputy } attends “{ $title }” as your deputy.
error-not-invited = You are not among the invitees of this meeting. Ask the secretariat to link you (/attendance link).
error-attendance-closed = The meeting started at { $time }, so the answer can no longer be changed. Contact the secretariat.
error-deputy-name = Enter the deputy's name.
error-unknown-invitee = None of the invitees is called “{ $name }”.
error-ambiguous-invitee = Several invitees are called “{ $name }”. Write “Name, Organisation”.
attendance-heading = **Attendance at “{ $title }”**
attendance-attending = Attending
attendance-absent = Apologies
attendance-deputy = Deputies
attendance-unanswered = No answer
attendance-marked-present = { $name } is recorded as present.
attendance-marked-absent = { $name } is recorded as absent.
attendance-linked = { $user } is now linked to { $name } among the invitees.
cmd-attendance-name = attendance
cmd-attendance-description = Who attends the meeting
cmd-attendance-show-name = show
cmd-attendance-show-description = Who attends, who sent apologies, and who has not answered
cmd-attendance-show-meeting-name = meeting
cmd-attendance-show-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-attendance-mark-name = mark
cmd-attendance-mark-description = Record who is present at the meeting (secretariat)
cmd-attendance-mark-invitee-name = invitee
cmd-attendance-mark-invitee-description = The person among the invitees
cmd-attendance-mark-present-name = present
cmd-attendance-mark-present-description = Whether the person is present
cmd-attendance-mark-meeting-name = meeting
cmd-attendance-mark-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-attendance-link-name = link
cmd-attendance-link-description = Link a member on Discord to one of the invitees (secretariat)
cmd-attendance-link-user-name = user
cmd-attendance-link-user-description = The member on Discord
cmd-attendance-link-invitee-name = invitee
cmd-attendance-link-invitee-description = The person among the invitees
attendance-deputy-line = { $deputy } ({ $organisation }) for { $name }
export-present = Present
export-apologies = Apologies
export-deputies = Deputies
export-deputy-for = { $deputy } for { $name }
export-taken-as-read = taken as read

## The secretariat's changes to meetings (/meeting, /invitee)

change-kind = { $kind ->
    [import] Meeting file import
    [create] New meeting
    [agenda] Agenda
    [invitees] Invitees
    [move] New time
    [cancel] Cancellation
    [restore] Cancellation lifted
    [representative] Representatives
    [link] Link to an invitee
    [plan] Meeting plan
    [minutes_outcome] Minutes: item
    [minutes_raised] Minutes: any other business
    [minutes_people] Minutes: people
    [minutes_draft] Minutes: draft sent
    [minutes_confirmed] Minutes: paragraph confirmed
    [minutes_correction] Minutes: correction proposed
    [minutes_correction_decided] Minutes: correction decided
    [minutes_approved] Minutes: approved
    [minutes_rettelse] Minutes: correction added
   *[other] Change
}
change-preview-heading = **Preview – { $kind }: “{ $title }”**. Nothing is changed until you confirm.
change-no-changes = “{ $title }”: nothing to change; the meeting already looks like this.
change-created = A new meeting.
change-cancelled = The meeting is cancelled: the notice is marked cancelled, members are told once, and no more reminders are sent.
change-restored = The meeting is on after all: the cancellation is lifted, the notice gets its buttons back, members are told once, and reminders that are still of use are sent.
change-none-value = (none)
change-more = and { $count } more
change-field-title = Title: “{ $before }” → “{ $after }”
change-field-place = Place: { $before } → { $after }
change-field-time = Time: { $before } → { $after }
change-field-deadline = Deadline for briefs: { $before } → { $after }
change-field-documents = Documents: { $before } → { $after }
change-field-notice-date = Date of the notice: { $before } → { $after }
change-field-notice-at = The notice is posted: { $before } → { $after }
change-field-notice-text = The notice's text changes.
change-field-preparation = What participants are asked to prepare changes.
change-field-group = The group's details change ({ $before } → { $after }).
change-agenda-added = New item: { $item }
change-agenda-changed = Changed item: { $before } → { $after }
change-agenda-removed = Item removed: { $item }
change-agenda-reordered = The items come in a new order.
change-regions-added = Regions added ({ $count }): { $names }
change-regions-removed = Regions removed ({ $count }): { $names }
change-regions-reordered = The regions speak in a new order.
change-representative-added = { $user } now speaks for { $to }.
change-representative-removed = { $user } no longer speaks for { $to }.
change-invitee-linked = { $user } is linked to { $to } among the invitees.
change-invitees-added = Invitees added ({ $count }): { $names }
change-invitees-removed = Invitees removed ({ $count }): { $names }
change-invitee-renamed = Invitee corrected: { $before } → { $after }
change-invitees-changed = Invitees with a new region or Discord user ({ $count }): { $names }
change-briefs-kept = { $count ->
    [0] The meeting has no briefs yet.
    [one] Its one brief is kept.
   *[other] All { $count } briefs are kept.
}
change-notice-note = If the notice is posted, it is updated and members are told once; reminders not yet sent are re-planned.
change-new-agenda = New agenda
change-expires = The buttons work for 15 minutes.
change-confirm-button = Confirm
change-discard-button = Cancel
change-discarded = Cancelled. Nothing was changed.
change-done = ✅ { $kind ->
    [create] The meeting “{ $title }” is created.
    [cancel] The meeting “{ $title }” is cancelled.
    [move] The meeting “{ $title }” is moved.
    [restore] The meeting “{ $title }” is on after all.
   *[other] The change to “{ $title }” is saved.
}
change-input = { $field ->
    [starts] Time
    [ends] End
   *[other] { $field }
}
change-log-heading = **Changes to “{ $title }”** (newest first)
change-log-empty = No changes to “{ $title }” are recorded.
change-log-entry = { $when } · { $who } · { $kind }: { $what }
change-log-command-line = the command line
status-changes = Changes (newest first):
status-cancelled = – CANCELLED { $date }
notice-cancelled-banner = ❌ **CANCELLED** – the meeting will not be held.
notice-cancelled = ❌ The meeting “{ $title }” is cancelled. See the notice:
notice-restored = ✅ The meeting “{ $title }” will be held after all. See the notice:
agenda-cancelled = ❌ **Cancelled** – the meeting will not be held.
meeting-new-title = New meeting
meeting-new-label = { $field ->
    [title] Title
    [starts] Date and time (e.g. 2025-03-06 12:00)
    [ends] Ends (e.g. 14:00)
    [place] Place
   *[other] Link to the documents (optional)
}
meeting-new-hint = { $field ->
    [title] Meeting of the working group
    [starts] 2025-03-06 12:00
    [ends] 14:00
    [place] Oslo City Hall
   *[other] https://…
}
meeting-list-heading = **Meetings of { $group }**
meeting-list-upcoming = Upcoming
meeting-list-recent = Past
meeting-list-none = none
meeting-list-line = { $timestamp } · **{ $title }** (no. { $id }) · briefs { $briefs }/{ $regions }{ $cancelled ->
    [true] {" "}· ❌ cancelled
   *[other] {""}
}
error-upload-size = “{ $name }” is larger than 1 MB. Attach the meeting file or invitee list as plain text.
error-upload-utf8 = “{ $name }” is not UTF-8 text. Save it as UTF-8 (e.g. “CSV UTF-8” in Excel) and try again.
error-csv-not-given = { $path }: the meeting file names the invitee list { $csv }, but it is not attached. Attach it in the option “invitees”.
error-meeting-cancelled = The meeting is cancelled and cannot be changed here.
error-meeting-ended = The meeting has already been held.
error-meeting-not-cancelled = The meeting is not cancelled.
error-change-gone = This change has already been confirmed or cancelled.
error-change-expired = The preview is older than 15 minutes. Run the command again.
error-change-stale = The meeting changed after the preview, so nothing was changed. Run the command again to see a new preview.
error-no-earlier-meeting = The group has no meeting to take the agenda and regions from. Import a meeting file first with /meeting import.
error-edit-not-a-time = { $field }: “{ $given }” is not a date and time. Write e.g. 2025-03-06 12:00.
error-edit-field = { $field }: { $reason }
error-edit-in-past = { $field }: { $time } has already passed. Choose a time in the future.
error-edit-ends-before-start = The meeting would end ({ $ends }) before it starts ({ $starts }).
error-edit-not-a-link = “{ $given }” is not a web address (https://…).
error-edit-no-such-item = The agenda has no item { $number }; it has { $count } items.
error-edit-bad-position = Number { $position } is outside the agenda (1–{ $max }).
error-edit-nothing = Give a new title or description.
error-edit-unknown-invitee = “{ $name }” is not on the invitee list.
error-edit-ambiguous-invitee = “{ $name }” matches several invitees: { $matches }. Choose one from the list.
cmd-meeting-name = meeting
cmd-meeting-description = The group's meetings: import, plan, change, move and cancel (secretariat)
cmd-meeting-import-name = import
cmd-meeting-import-description = Import or update a meeting from a meeting file, with a preview
cmd-meeting-import-file-name = file
cmd-meeting-import-file-description = The meeting file (.toml)
cmd-meeting-import-invitees-name = invitees
cmd-meeting-import-invitees-description = The invitee list (.csv) the meeting file names
cmd-meeting-new-name = new
cmd-meeting-new-description = Plan the group's next meeting, with the agenda and regions of the last one
cmd-meeting-cancel-name = cancel
cmd-meeting-cancel-description = Cancel a meeting; its briefs and history are kept
cmd-meeting-cancel-meeting-name = meeting
cmd-meeting-cancel-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-meeting-restore-name = restore
cmd-meeting-restore-description = Lift a meeting's cancellation; the notice gets its buttons back
cmd-meeting-restore-meeting-name = meeting
cmd-meeting-restore-meeting-description = The meeting's date, title or number (empty: the next cancelled meeting)
cmd-meeting-move-name = move
cmd-meeting-move-description = Move a meeting to a new time; the notice is updated and reminders re-planned
cmd-meeting-move-starts-name = starts
cmd-meeting-move-starts-description = The new date and time, e.g. 2025-03-06 12:00 (Oslo time)
cmd-meeting-move-ends-name = ends
cmd-meeting-move-ends-description = The new end, e.g. 14:00 (empty: as long as before)
cmd-meeting-move-meeting-name = meeting
cmd-meeting-move-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-meeting-list-name = list
cmd-meeting-list-description = The group's upcoming and recent meetings, with their brief counts
cmd-meeting-log-name = log
cmd-meeting-log-description = Who changed the meeting, when, and what
cmd-meeting-log-meeting-name = meeting
cmd-meeting-log-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-meeting-agenda-name = agenda
cmd-meeting-agenda-description = Edit the meeting's agenda
cmd-meeting-agenda-add-name = add
cmd-meeting-agenda-add-description = Add an item to the agenda
cmd-meeting-agenda-add-title-name = title
cmd-meeting-agenda-add-title-description = The item's title
cmd-meeting-agenda-add-description-name = description
cmd-meeting-agenda-add-description-description = A description under the title
cmd-meeting-agenda-add-position-name = position
cmd-meeting-agenda-add-position-description = The item's number (empty: before "Round the table" and "Any other business")
cmd-meeting-agenda-add-briefs-name = briefs
cmd-meeting-agenda-add-briefs-description = The item that collects the regions' briefs ("round the table")
cmd-meeting-agenda-add-meeting-name = meeting
cmd-meeting-agenda-add-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-meeting-agenda-edit-name = edit
cmd-meeting-agenda-edit-description = Change an item's title or description
cmd-meeting-agenda-edit-number-name = number
cmd-meeting-agenda-edit-number-description = The item's number
cmd-meeting-agenda-edit-title-name = title
cmd-meeting-agenda-edit-title-description = The new title
cmd-meeting-agenda-edit-description-name = description
cmd-meeting-agenda-edit-description-description = The new description (write - to remove it)
cmd-meeting-agenda-edit-meeting-name = meeting
cmd-meeting-agenda-edit-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-meeting-agenda-move-name = move
cmd-meeting-agenda-move-description = Move an item to another number
cmd-meeting-agenda-move-number-name = number
cmd-meeting-agenda-move-number-description = The item's number
cmd-meeting-agenda-move-to-name = to
cmd-meeting-agenda-move-to-description = The item's new number
cmd-meeting-agenda-move-meeting-name = meeting
cmd-meeting-agenda-move-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-meeting-agenda-remove-name = remove
cmd-meeting-agenda-remove-description = Remove an item from the agenda
cmd-meeting-agenda-remove-number-name = number
cmd-meeting-agenda-remove-number-description = The item's number
cmd-meeting-agenda-remove-meeting-name = meeting
cmd-meeting-agenda-remove-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-invitee-name = invitee
cmd-invitee-description = Change a meeting's invitee list (secretariat)
cmd-invitee-add-name = add
cmd-invitee-add-description = Invite someone to the meeting
cmd-invitee-add-first_name-name = first_name
cmd-invitee-add-first_name-description = First name
cmd-invitee-add-last_name-name = last_name
cmd-invitee-add-last_name-description = Last name
cmd-invitee-add-organisation-name = organisation
cmd-invitee-add-organisation-description = Organisation
cmd-invitee-add-region-name = region
cmd-invitee-add-region-description = The region they speak for
cmd-invitee-add-user-name = user
cmd-invitee-add-user-description = Their Discord user
cmd-invitee-add-meeting-name = meeting
cmd-invitee-add-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-invitee-remove-name = remove
cmd-invitee-remove-description = Take someone off the invitee list
cmd-invitee-remove-name-name = name
cmd-invitee-remove-name-description = The invitee: name, organisation
cmd-invitee-remove-meeting-name = meeting
cmd-invitee-remove-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-invitee-edit-name = edit
cmd-invitee-edit-description = Correct an invitee's name or organisation; their answer and Discord link stay
cmd-invitee-edit-name-name = name
cmd-invitee-edit-name-description = The invitee: name, organisation
cmd-invitee-edit-first_name-name = first_name
cmd-invitee-edit-first_name-description = The corrected first name
cmd-invitee-edit-last_name-name = last_name
cmd-invitee-edit-last_name-description = The corrected last name
cmd-invitee-edit-organisation-name = organisation
cmd-invitee-edit-organisation-description = The corrected organisation
cmd-invitee-edit-region-name = region
cmd-invitee-edit-region-description = The region they speak for
cmd-invitee-edit-user-name = user
cmd-invitee-edit-user-description = Their Discord user
cmd-invitee-edit-meeting-name = meeting
cmd-invitee-edit-meeting-description = The meeting's date, title or number (empty: the next meeting)
cmd-invitee-import-name = import
cmd-invitee-import-description = Replace the invitee list with a CSV file (Fornavn,Etternavn,Organisasjon)
cmd-invitee-import-file-name = file
cmd-invitee-import-file-description = The invitee list (.csv)
cmd-invitee-import-meeting-name = meeting
cmd-invitee-import-meeting-description = The meeting's date, title or number (empty: the next meeting)
change-updates = The meeting exists ({ $date }, no. { $id }) and is updated.
change-briefs-hidden = ⚠️ The briefs from { $regions } will be hidden: the region is no longer part of the meeting. They are not deleted, and come back if the region is added again.
change-answers-dropped = ⚠️ { $names } leave the invitee list, and their answer to the notice and their Discord link go with them. (If only the name is corrected, use /invitee edit, or give the person's key in the Key column, and the answer moves with it.)
change-past-meeting = ⚠️ The meeting has already been held ({ $date }): no notice and no reminders will be sent for it.
change-answers-moved = The answer to the notice and the Discord link move with: { $names }.
error-unknown-invitee-key = No invitee of the meeting has the key { $key } (given for { $name }). See the keys with “roundtable status --invitees”.
change-preview-attached = (The whole preview is attached.)

## Exporting as CSV (roundtable export --format csv)

export-csv-meeting = Meeting
export-csv-region = Region
export-csv-author = Author
export-csv-submitted = Submitted
export-csv-edited = Last edited
export-csv-timeliness = Deadline
export-csv-words = Words
export-csv-minutes = Minutes
export-csv-text = Text
export-csv-on-time = on time
export-csv-late = late

## Backup (roundtable backup) and system errors

backup-written = The backup is written to { $path } ({ $size }).
error-backup-file = Cannot write the backup { $path }: { $reason }.
error-backup-copy = Cannot copy the database to { $path }: { $reason }.
io-not-found = no such file or folder
io-permission-denied = permission denied (check the rights on the file and its folder)
io-already-exists = the file already exists
io-is-a-directory = it is a folder, not a file
io-not-a-directory = part of the path is not a folder
io-storage-full = the disk is full
io-read-only = the file system is read-only
io-other = system error: { $reason }

## Checking the set-up (roundtable doctor)

doctor-database-ok = The database { $url } opens and can be written to.
doctor-groups-none = No working groups are imported yet, so there are no channels to check. Import a meeting with “roundtable import FILE”.
doctor-token-ok = The token is valid: the bot is { $name }.
doctor-token-invalid = Discord does not accept the token in DISCORD_TOKEN. Make a new one in the Discord Developer Portal (the application → Bot → Reset Token), and set DISCORD_TOKEN to it.
doctor-discord-unreachable = Could not reach Discord ({ $reason }). Check the network connection and discord.api_base in the configuration (if it is set), and try again.
doctor-guild-none = discord.guild_id is not set, so the commands are registered globally (Discord may take up to an hour to show them), and the server cannot be checked. Set discord.guild_id to the server's id (right-click the server → Copy Server ID).
doctor-guild-ok = The bot is a member of the server “{ $name }”.
doctor-guild-missing = The bot is not a member of the server { $id }. Invite it with the link from OAuth2 → URL Generator in the Discord Developer Portal (see the README), or correct discord.guild_id.
doctor-group-no-channel = The working group “{ $group }” has no channel, so the bot posts no notices for it. Set group.discord_channel_id in the meeting file and import it again.
doctor-channel-label = { $which ->
    [secretariat] the secretariat's channel
   *[group] the channel of the working group “{ $group }”
}
doctor-channel-fix = { $which ->
    [secretariat] Correct discord.secretariat_channel_id in the configuration
   *[group] Correct group.discord_channel_id in the meeting file and import it again
}: right-click the channel in Discord → Copy Channel ID (turn on Developer Mode under Settings → Advanced).
doctor-channel-ok = { $label } (#{ $channel }): the bot can view the channel, send messages, embed links, attach files and read the message history.
doctor-channel-missing = { $label } (id { $id }) does not exist, or the bot cannot see it. { $fix }
doctor-channel-not-text = { $label } (id { $id }) is not a text channel. { $fix }
doctor-channel-other-server = { $label } (#{ $channel }) is on another server than the one in discord.guild_id. { $fix }
doctor-channel-permissions = { $label } (#{ $channel }): the bot lacks the { $count ->
    [one] permission
   *[other] permissions
} { $permissions }. Grant { $count ->
    [one] it
   *[other] them
} to the bot in the channel's settings under Permissions (or to the bot's role under Server Settings → Roles).
doctor-permission = { $name ->
    [view-channel] “View Channel”
    [send-messages] “Send Messages”
    [embed-links] “Embed Links”
    [attach-files] “Attach Files”
   *[read-message-history] “Read Message History”
}
doctor-role-none = discord.secretariat_role_id is not set, so nobody can use the secretariat's commands. Set it to the id of the secretariat's role (Server Settings → Roles → right-click the role → Copy Role ID).
doctor-role-ok = The secretariat's role is “{ $name }”.
doctor-role-missing = The server has no role with the id { $id }. Correct discord.secretariat_role_id: Server Settings → Roles → right-click the secretariat's role → Copy Role ID.
doctor-secretariat-dm = The secretariat gets reports and alerts by direct message ({ $count ->
    [one] one person
   *[other] { $count } people
}).
doctor-secretariat-none = Neither discord.secretariat_channel_id nor discord.secretariat_user_ids is set, so the report after the deadline and alerts about messages that could not be sent reach nobody. Set one of them.
doctor-commands-ok = The commands are registered { $where ->
    [guild] in the server
   *[global] globally (Discord may take up to an hour to show them)
} ({ $count } commands).
doctor-commands-missing = { $count } of the commands are not registered yet ({ $missing }). Start the bot with “roundtable run”; it registers them when it connects.
doctor-commands-unchecked = Could not check which commands are registered ({ $reason }).
doctor-when = { $date } at { $time }
doctor-upcoming-heading = The next messages the bot sends:
doctor-upcoming-none = The bot has no messages to send: no upcoming meeting has a channel.
doctor-upcoming-line = { $when }: { $kind ->
    [notice] the notice
    [reminder] a reminder about briefs
    [collected] the report on the briefs, to the secretariat
    [follow_up] a reminder about the follow-up items
   *[other] a message
} – “{ $title }”
doctor-all-well = All is well: the bot can do its job.
doctor-all-well-notes = The bot can do its job, but see the notes (⚠) above.
doctor-failed = { $count ->
    [one] One thing
   *[other] { $count } things
} must be fixed before the bot can do its job (see ✗ above).

## The calendar file (.ics)

ics-deadline = Deadline for briefs: { $date } at { $time }

## Briefs entered by the secretariat (roundtable brief add)

error-received-format = Cannot read the arrival time “{ $given }”. Give it in the group's time, e.g. --received "08.11.2024 09:12".
error-received-local = The arrival time does not exist, or happens twice, in the group's time: { $reason }.
error-received-future = The arrival time { $at } has not happened yet.
brief-late-warning = Note: the brief counts as late (received { $received }, the deadline was { $deadline }). It shows as late in the overview and the CSV, not in the members' document.
brief-unwrapped = The text saved, with the lines of each paragraph joined:

## The demo (roundtable demo)
demo-title = roundtable demo: a meeting's week, from the notice to the minutes
demo-intro = The real bot runs against a Discord simulator on this machine (no token, no network) over a fresh database, with a fast clock: the week takes seconds.
demo-setup = The secretariat imports “{ $title }” and links the representatives of the five regions: { $people }.
demo-app-tag = APP
demo-only-visible = Only { $name } can see this
demo-edited = (edited)
demo-used-command = { $name } used { $command }
demo-clicked = { $name } clicks “{ $label }”
demo-form-sent = { $name } fills in “{ $title }” and sends it
demo-form-words = ({ $words } words)
demo-reminder-skipped = No reminder this morning: every region has sent its brief.
demo-meeting-starts = The meeting starts: { $place }.
demo-meeting-ends = The meeting is over.
demo-html-title = { $title }: the channel as members see it
demo-html-subtitle = Made by “roundtable demo”: the real bot against a Discord simulator, with a fast clock.
demo-html-channels = Text channels
demo-exported = Exported files
demo-wrote = Wrote { $path }
demo-done = Done in { $seconds } s. Open { $path } in a browser.
demo-posted-notice = the notice
demo-posted-reminder = the first reminder
demo-posted-report = the report to the secretariat
demo-posted-export = the export
demo-error-write = Cannot write { $path }: { $reason }.
demo-error-no-answer = The bot did not answer { $what } within { $seconds } seconds.
demo-error-step = The bot's scheduler could not take its step (see the log above).
demo-error-not-posted = The bot did not post { $what }.
demo-error-unexpected = The bot did not do what the demo expected: { $what }
demo-error-violations = The Discord simulator found { $count } request(s) that Discord would refuse:

## The meeting plan and the standing agenda (plan-, standing-, cmd-meeting-plan-, cmd-meeting-template-)
plan-holiday-new-years-day = New Year's Day
plan-holiday-maundy-thursday = Maundy Thursday
plan-holiday-good-friday = Good Friday
plan-holiday-easter-sunday = Easter Sunday
plan-holiday-easter-monday = Easter Monday
plan-holiday-labour-day = 1 May, Labour Day
plan-holiday-constitution-day = 17 May, Constitution Day
plan-holiday-ascension-day = Ascension Day
plan-holiday-whit-sunday = Whit Sunday
plan-holiday-whit-monday = Whit Monday
plan-holiday-christmas-day = Christmas Day
plan-holiday-boxing-day = Boxing Day
plan-holiday-week-winter-break = the winter break (week 8 in Oslo and Akershus, week 9 in much of the country)
plan-holiday-week-easter-week = Easter week
plan-holiday-week-summer-holiday = the summer holiday (weeks 28–31)
plan-holiday-week-autumn-break = the autumn break (week 40 in Oslo and Akershus, week 41 in much of the country)
plan-holiday-week-christmas = Christmas
plan-warning-holiday = ⚠ { $date } (“{ $title }”) is { $name }, a public holiday.
plan-warning-holiday-week = ⚠ { $date } (“{ $title }”) is in { $name }: many are away.
plan-preview-heading = **Meeting plan { $year } for { $group }**. Nothing is changed before you confirm.
plan-meeting = { $outcome ->
    [created] • New meeting: { $when } – { $title }
    [updated] • Changed: { $when } – { $title }
    [restored] • On after all (was cancelled): { $when } – { $title }
    [dropped] • Cancelled (no longer in the plan): { $when } – { $title }. Its notice has not been posted; no reminders are sent.
    [dropped-posted] • Cancelled (no longer in the plan): { $when } – { $title }. Its notice was posted: it is marked cancelled, and members are told once.
   *[other] • Unchanged: { $when } – { $title }
}
plan-unchanged = • { $count ->
    [one] One meeting is unchanged.
   *[other] { $count } meetings are unchanged.
}
plan-new-template = **New standing agenda:**
plan-numbering = Item numbers: { $numbering ->
    [per_year] running through the year (“Item 12/25”).
   *[other] from 1 at each meeting.
}
plan-no-changes = Nothing to change: the meeting plan already looks like this.
plan-done = The meeting plan for { $year } is saved: { $created } new meetings, { $updated } changed, { $dropped } cancelled. Notices and reminders are planned.
plan-calendar-posted = The meeting plan { $year } of { $group } as a calendar file ({ $count } meetings). Open it in your calendar; a moved meeting updates the same entry.
plan-error-no-plan = The group { $group } has no meeting plan for { $year }.
plan-error-in-past = “{ $title }” on { $date } has already started: a meeting plan cannot make or change it.
plan-error-no-meetings = The meeting plan has no meetings ([[meetings]]).
plan-error-outside-year = meeting no. { $meeting } is not in { $year }.
plan-error-duplicate-key = meeting no. { $meeting }: the key { $key } is given twice.
plan-error-meeting = meeting no. { $meeting }: { $reason }
standing-sak-label = Item { $label }
standing-heading = **Standing agenda** (on every meeting; the meeting's own items go where shown):
standing-own-items = (the meeting's own items)
standing-error-blank = standing item no. { $item } has no title.
standing-error-several-briefs = standing item no. { $item }: only one item can collect the briefs.
standing-error-twice = standing item no. { $item }: the same standing item twice.
standing-error-no-such-item = The standing agenda has no item no. { $number }.
cmd-meeting-plan-name = plan
cmd-meeting-plan-description = The group's meeting plan for a year
cmd-meeting-plan-import-name = import
cmd-meeting-plan-import-description = Import or change the year's meetings from a plan file, with a preview
cmd-meeting-plan-import-file-name = file
cmd-meeting-plan-import-file-description = The plan file (.toml)
cmd-meeting-plan-import-invitees-name = invitees
cmd-meeting-plan-import-invitees-description = The invitee list (.csv) the plan file names
cmd-meeting-plan-calendar-name = calendar
cmd-meeting-plan-calendar-description = The meeting plan as one calendar file (.ics), posted in the channel
cmd-meeting-plan-calendar-year-name = year
cmd-meeting-plan-calendar-year-description = The plan's year (empty: this year)
cmd-meeting-template-name = template
cmd-meeting-template-description = The standing agenda every meeting has
cmd-meeting-template-show-name = show
cmd-meeting-template-show-description = Show the standing agenda
cmd-meeting-template-add-name = add
cmd-meeting-template-add-description = Add a standing item
cmd-meeting-template-add-title-name = title
cmd-meeting-template-add-title-description = The item's title
cmd-meeting-template-add-after-name = after
cmd-meeting-template-add-after-description = After the meeting's own items (empty: before them)
cmd-meeting-template-add-kind-name = kind
cmd-meeting-template-add-kind-description = Which standing item it is, if one
cmd-meeting-template-remove-name = remove
cmd-meeting-template-remove-description = Remove a standing item
cmd-meeting-template-remove-number-name = number
cmd-meeting-template-remove-number-description = The item's number in the standing agenda
cmd-meeting-template-reset-name = reset
cmd-meeting-template-reset-description = Put back the bot's default standing agenda
## Follow-up items (/followup, roundtable followup)

cmd-followup-name = followup
cmd-followup-description = Follow-up items: who is to do what, and by when
cmd-followup-list-name = list
cmd-followup-list-description = The group's follow-up items, open ones first, with owner, due date and status
cmd-followup-new-name = new
cmd-followup-new-description = Add a follow-up item (secretariat)
cmd-followup-new-region-name = region
cmd-followup-new-region-description = The region that owns it (or give a person)
cmd-followup-new-person-name = person
cmd-followup-new-person-description = The person who owns it, by name (instead of a region)
cmd-followup-new-user-name = user
cmd-followup-new-user-description = The owner's Discord user, if they are to be reminded
cmd-followup-new-meeting-name = meeting
cmd-followup-new-meeting-description = The meeting that decided it (empty: the group's latest meeting held)
cmd-followup-done-name = done
cmd-followup-done-description = Mark a follow-up item done, with a line of status
cmd-followup-done-item-name = item
cmd-followup-done-item-description = The follow-up item (its number, e.g. 3)
cmd-followup-status-name = status
cmd-followup-status-description = Write a new line of status on a follow-up item that is still open
cmd-followup-status-item-name = item
cmd-followup-status-item-description = The follow-up item (its number, e.g. 3)
followup-line = #{ $id } { $what } – { $owner }, due { $due }
followup-overdue = (⚠️ overdue)
followup-status = Status: { $status }
followup-status-none = No status yet
followup-status-done = ✅ Done: { $status }
followup-none-open = No follow-up items from the last meeting.
followup-section = Follow-up items
followup-reminder = 🔁 Follow-up items taken up under “Follow-up from the last meeting” at “{ $title }” on { $date }:
followup-reminder-nobody = (no owner is linked on Discord)
followup-reminder-how = Report the status with /followup status, or /followup done when the item is done.
followup-list-heading = Follow-up items – { $group }
followup-list-empty = The group has no follow-up items yet.
followup-from = from “{ $title }”
followup-from-item = from “{ $title }”, item { $number }
followup-field-what = What is to be done
followup-field-owner = Owner
followup-field-status = Status
followup-field-due = Due date
followup-error-blank = “{ $field }” cannot be empty.
followup-error-too-long = “{ $field }” can be at most { $max } characters.
followup-error-date = Cannot read the due date “{ $given }”. Write it as dd.mm.yyyy, e.g. 20.11.2024.
followup-error-not-owner = Only the owner of follow-up item #{ $item } (the region's representatives or the person named) and the secretariat can report on it.
followup-error-not-found = No follow-up item “{ $given }” in this group. See /followup list.
followup-error-unknown-region = “{ $region }” is not a region of the group. The regions are: { $known }. (If the owner is a person, use the “person” option.)
followup-error-agenda-item = The meeting has no agenda item “{ $given }”. Give the item's number, e.g. 3, or leave the field empty.
followup-error-other-group = That meeting belongs to another working group.
followup-error-owner-missing = Say who owns it: a region (the “region” option) or a person (the “person” and/or “user” options).
followup-error-owner-both = Give either a region or a person as the owner, not both.
followup-modal-new-title = New follow-up item
followup-modal-what = What is to be done?
followup-modal-owner = Owner
followup-modal-due = Due date (dd.mm.yyyy)
followup-modal-due-placeholder = e.g. 20.11.2024
followup-modal-item = Agenda item no. at the meeting (optional)
followup-modal-status-title = Status of follow-up item #{ $item }
followup-modal-done-title = Mark item #{ $item } done
followup-modal-status = Status (one line)
followup-added = ✅ The follow-up item is added:
followup-updated = ✅ The status is saved:
followup-text-back = What you wrote, so you do not lose it:
followup-button-done = ✅ #{ $item } is done
## The minutes (referat): /minutes, the comment round, the approval
cmd-minutes-name = minutes
cmd-minutes-description = A meeting's minutes (secretariat)
cmd-minutes-item-name = item
cmd-minutes-item-description = Record an agenda item's outcome: what was said, and the decision or conclusion
cmd-minutes-item-number-name = number
cmd-minutes-item-number-description = The item's number on the agenda
cmd-minutes-item-kind-name = kind
cmd-minutes-item-kind-description = Decision, conclusion or information noted
cmd-minutes-item-meeting-name = meeting
cmd-minutes-item-meeting-description = The meeting's date, title or number (empty: the latest that has started)
cmd-minutes-raised-name = raised
cmd-minutes-raised-description = Record a matter raised under "Eventuelt" (any other business)
cmd-minutes-raised-kind-name = kind
cmd-minutes-raised-kind-description = Decision, conclusion or information noted
cmd-minutes-raised-meeting-name = meeting
cmd-minutes-raised-meeting-description = The meeting's date, title or number (empty: the latest that has started)
cmd-minutes-people-name = people
cmd-minutes-people-description = Who came from the secretariat, which observers, and who took the minutes
cmd-minutes-people-secretariat-name = secretariat
cmd-minutes-people-secretariat-description = The secretariat's people present, separated by ;
cmd-minutes-people-observers-name = observers
cmd-minutes-people-observers-description = Observers present, separated by ;
cmd-minutes-people-minute_taker-name = minute_taker
cmd-minutes-people-minute_taker-description = Who took the minutes
cmd-minutes-people-meeting-name = meeting
cmd-minutes-people-meeting-description = The meeting's date, title or number (empty: the latest that has started)
cmd-minutes-draft-name = draft
cmd-minutes-draft-description = Post the draft minutes to the channel with a deadline for comments
cmd-minutes-draft-days-name = days
cmd-minutes-draft-days-description = Days until the deadline for comments (default 7)
cmd-minutes-draft-meeting-name = meeting
cmd-minutes-draft-meeting-description = The meeting's date, title or number (empty: the latest that has started)
cmd-minutes-status-name = status
cmd-minutes-status-description = The comment round per region, and the corrections waiting for a decision
cmd-minutes-status-meeting-name = meeting
cmd-minutes-status-meeting-description = The meeting's date, title or number (empty: the latest that has started)
cmd-minutes-approve-name = approve
cmd-minutes-approve-description = Approve the minutes (or a correction): locked, and posted as PDF/A and Word
cmd-minutes-approve-meeting-name = meeting
cmd-minutes-approve-meeting-description = The meeting of the minutes (empty: the latest awaiting approval)
cmd-minutes-rettelse-name = correction
cmd-minutes-rettelse-description = Append a dated correction (rettelse) to approved minutes (approved on its own)
cmd-minutes-rettelse-text-name = text
cmd-minutes-rettelse-text-description = The correction as the minutes are to say it
cmd-minutes-rettelse-meeting-name = meeting
cmd-minutes-rettelse-meeting-description = The meeting of the minutes (empty: the latest that has started)
minutes-date = { $day } { $month } { $year }
minutes-note-withdrawn = The brief was withdrawn after the draft was sent.
minutes-approval-item = Approval of the minutes of the meeting of { $date }
minutes-approval-item-link = The draft minutes: { $link }
minutes-kind = { $kind ->
    [decision] Decision
    [conclusion] Conclusion
   *[noted] Information noted
}
minutes-item-modal-title = Item { $number }: { $title }
minutes-raised-modal-title = Any other business: new matter
minutes-field-account = Minutes (what was said)
minutes-field-title = The matter's title
minutes-field-paragraph = The paragraph as it should read
minutes-fix-modal-title = Correction: { $region }
minutes-text-back = Here is what you wrote, so it is not lost:
minutes-text-back-file = What you wrote is attached as a file, so it is not lost.
minutes-item-saved = ✅ The minutes of item { $number } (“{ $title }”) are saved.
minutes-raised-saved = ✅ “{ $title }” is recorded under any other business.
minutes-people-saved = ✅ Saved. From the secretariat: { $secretariat }. Observers: { $observers }. Minute taker: { $taker }.
minutes-nobody = nobody
minutes-draft-posted = **Draft minutes: { $title }, { $date }**
    Deadline for comments: { $deadline }.
    Representatives confirm their region's paragraph under “Runde rundt bordet”, or propose a correction, with the buttons below.
minutes-draft-sent = ✅ The draft is posted to the channel: { $link }
    Deadline for comments: { $deadline }.
minutes-approval-item-added = The meeting of { $date } now has “Approval of the minutes” as item 2.
minutes-confirm-button = Confirm
minutes-fix-button = Propose a correction
minutes-confirmed = ✅ Thank you! The paragraph of { $region } is confirmed.
minutes-correction-saved = ✅ The correction for { $region } is sent to the secretariat, who accepts or rejects it.
minutes-paragraph-too-long = The paragraph is longer than the form holds. Send the correction to the secretariat another way.
minutes-status-heading = **Comment round on the minutes: { $title }** (deadline { $deadline })
minutes-status-line = { $answer ->
    [confirmed] ✅ { $region }: confirmed
    [correction_proposed] ✏️ { $region }: correction proposed
   *[no_answer] ⏳ { $region }: no answer
}
minutes-status-correction = **Correction for { $region }** from { $author }, { $timestamp }:
minutes-accept-button = Accept ({ $region })
minutes-reject-button = Reject ({ $region })
minutes-correction-accepted = ✅ The correction for { $region } from { $author } is accepted; the paragraph is changed.
minutes-correction-rejected = The correction for { $region } from { $author } is rejected; the paragraph stays as it was.
minutes-approved-posted = **The minutes of { $title }, { $date }, are approved** { $where }. Version { $version }, SHA-256 `{ $sha }`.
minutes-approved-in = at the meeting of { $date }, item { $sak }
minutes-approved-on = on { $date }
minutes-approved = ✅ The minutes are approved and locked (version { $version }, SHA-256 `{ $sha }`). PDF/A and Word are posted to the channel.
minutes-rettelse-saved = ✅ The correction is added and waits for approval (/minutes approve).
minutes-error-locked = The minutes were approved on { $date } at { $time } and are locked: they cannot be changed. An error is put right with a dated correction (/minutes correction).
minutes-error-no-draft = The draft minutes have not been sent out yet (/minutes draft).
minutes-error-not-approved = The minutes are not approved yet: change the draft instead of adding a correction.
minutes-error-stale = The paragraph changed after you opened the form, so your correction is to an older text. Open the form again and write the correction against the text as it stands now.
minutes-error-empty = Nothing was written (or nothing was changed).
minutes-error-too-long = The text is longer than { $max } characters.
minutes-error-pending-corrections = Corrections wait for a decision ({ $regions }): accept or reject them first (/minutes status).
minutes-error-no-item = The agenda has no item { $number }; it has { $count } items.
minutes-error-decided = The correction has been decided already.
minutes-error-nothing-to-approve = There is nothing to approve: the minutes are approved and no correction waits.
minutes-error-before-meeting = The minutes are approved at the next meeting ({ $date } at { $time }) or later.
minutes-error-no-paragraph = The draft has no paragraph from { $region }.
minutes-error-not-representative = You do not represent { $region }, so you cannot propose a correction for it.
minutes-error-no-region = You represent no region with a paragraph in the draft.
minutes-error-no-channel = The working group has no channel to post the draft to.
minutes-error-internal = Something went wrong with the minutes. Try again; the secretariat can see in the log what happened.
minutes-cli-approved = The minutes are approved and locked (version { $version }, SHA-256 { $sha }). They are not posted to Discord from here: /minutes approve does both.
minutes-cli-written = Wrote { $path } ({ $bytes } bytes).
minutes-cli-unknown-kind = Unknown kind “{ $given }”: choose vedtak, konklusjon or orientering.
minutes-reminder = **Reminder: comments on the minutes of { $title }.** We have not heard from { $regions }. Confirm your region's paragraph or propose a correction (the buttons under the draft) by { $deadline }.
minutes-correction-to-secretariat = **Correction proposed for { $region }** by { $author }. Accept or reject it with the buttons below.
    The paragraph as it stands:
    { $current }
    Proposed:
    { $proposed }

## The minutes as a document (referat-doc-): Markdown, Word, PDF, CSV
referat-doc-heading = Minutes of the meeting of { $group }
referat-doc-draft = DRAFT
referat-doc-comments-by = Comments by { $date }.
referat-doc-time = Time
referat-doc-place = Place
referat-doc-secretariat = Secretariat
referat-doc-observers = Observers
referat-doc-minute-taker = Minute taker
referat-doc-sak = Item { $label }
referat-doc-decision = Decision
referat-doc-conclusion = Conclusion
referat-doc-noted = Information noted
referat-doc-no-matters = No matters raised.
referat-doc-follow-up = Follow-up
referat-doc-follow-up-line = { $what } (responsible: { $owner })
referat-doc-follow-up-line-due = { $what } (responsible: { $owner }, due { $date })
referat-doc-follow-ups = Follow-up items
referat-doc-what = What
referat-doc-owner = Responsible
referat-doc-due = Due
referat-doc-approved = The minutes were approved at the meeting on { $date }, item { $sak }.
referat-doc-approved-outside = The minutes were approved on { $date }.
referat-doc-corrections = Corrections
referat-doc-correction = Correction of { $date }
referat-doc-correction-approved = The correction was approved at the meeting on { $date }, item { $sak }.
referat-doc-correction-approved-outside = The correction was approved on { $date }.
referat-doc-correction-pending = The correction is not yet approved.
referat-doc-date = { $day } { $month } { $year }
referat-doc-property-status = Status
referat-doc-status-draft = draft
referat-doc-status-approved = approved
referat-doc-csv-meeting = Meeting
referat-doc-csv-sak = Item
referat-doc-csv-entry = Entry
referat-doc-csv-title = Title
referat-doc-csv-text = Text
referat-doc-csv-outcome = Outcome
referat-doc-csv-outcome-text = Decision/conclusion
referat-doc-csv-who = Responsible/author
referat-doc-csv-due = Due
referat-doc-csv-note = Note
referat-doc-entry-sak = item
referat-doc-entry-brief = brief
referat-doc-entry-raised = other business
referat-doc-entry-follow-up = follow-up item
referat-doc-entry-correction = correction
