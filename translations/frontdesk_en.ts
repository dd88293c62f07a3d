<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Scheduling for a clinic&apos;s front desk, kept in step with Cliniko.</source>
        <translation>Scheduling for a clinic&apos;s front desk, kept in step with Cliniko.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Running the demo clinic (a copy that is deleted on exit).</source>
        <translation>Running the demo clinic (a copy that is deleted on exit).</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No secure password store (keyring) was found on this computer, so an API key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set. The demo clinic works without one.</source>
        <translation>No secure password store (keyring) was found on this computer, so an API key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set. The demo clinic works without one.</translation>
    </message>
    <message>
        <source>Starting the demo clinic…</source>
        <translation>Starting the demo clinic…</translation>
    </message>
    <message>
        <source>Checking the key with the server…</source>
        <translation>Checking the key with the server…</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <source>Select an appointment first.</source>
        <translation>Select an appointment first.</translation>
    </message>
    <message>
        <source>This appointment is no longer in the local copy.</source>
        <translation>This appointment is no longer in the local copy.</translation>
    </message>
    <message>
        <source>&amp;Edit appointment…</source>
        <translation>&amp;Edit appointment…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Copy &amp;patient link</source>
        <translation>Copy &amp;patient link</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Mark &amp;arrived</translation>
    </message>
    <message>
        <source>&amp;Did not arrive</source>
        <translation>&amp;Did not arrive</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment…</source>
        <translation>&amp;Cancel appointment…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Join is not available for this appointment.</source>
        <translation>Join is not available for this appointment.</translation>
    </message>
    <message>
        <source>Opening the telehealth session in your browser.</source>
        <translation>Opening the telehealth session in your browser.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Check the computer&apos;s default browser.</source>
        <translation>The browser could not be opened. Check the computer&apos;s default browser.</translation>
    </message>
    <message>
        <source>Marked arrived.</source>
        <translation>Marked arrived.</translation>
    </message>
    <message>
        <source>Marked as did not arrive.</source>
        <translation>Marked as did not arrive.</translation>
    </message>
    <message>
        <source>Marked as booked again.</source>
        <translation>Marked as booked again.</translation>
    </message>
    <message>
        <source>Cancel appointments</source>
        <translation>Cancel appointments</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) cancelled.</source>
        <translation>
            <numerusform>%n appointment cancelled.</numerusform>
            <numerusform>%n appointments cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this appointment? This cannot be undone.</source>
        <translation>Delete this appointment? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete these appointments of the series? This cannot be undone.</source>
        <translation>Delete these appointments of the series? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Delete appointment</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) deleted.</source>
        <translation>
            <numerusform>%n appointment deleted.</numerusform>
            <numerusform>%n appointments deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Cancelled appointment</source>
        <translation>Cancelled appointment</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <source>Times are in the clinic&apos;s time zone (%1).</source>
        <translation>Times are in the clinic&apos;s time zone (%1).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The patient of a booked appointment cannot be changed.</source>
        <translation>The patient of a booked appointment cannot be changed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelled appointments are not checked for clashes.</source>
        <translation>Cancelled appointments are not checked for clashes.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; it cannot be changed.</source>
        <translation>This appointment is cancelled; it cannot be changed.</translation>
    </message>
    <message>
        <source>This appointment is part of a repeating series.</source>
        <translation>This appointment is part of a repeating series.</translation>
    </message>
    <message>
        <source>The change gives these warnings; choose Save anyway to save it.</source>
        <translation>The change gives these warnings; choose Save anyway to save it.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Book anyway</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a practitioner and a time to check for clashes.</source>
        <translation>Choose a practitioner and a time to check for clashes.</translation>
    </message>
    <message>
        <source>%1 appointments, the last on %2</source>
        <translation>%1 appointments, the last on %2</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Nothing has changed yet.</translation>
    </message>
    <message>
        <source>Save even though the warnings on the right apply.</source>
        <translation>Save even though the warnings on the right apply.</translation>
    </message>
</context>
<context>
    <name>AppointmentFormPanel</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Search by name, phone or date of birth</source>
        <translation>Search by name, phone or date of birth</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Choose a practitioner</source>
        <translation>Choose a practitioner</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;ractitioner:</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Appointment type</translation>
    </message>
    <message>
        <source>Choose an appointment type</source>
        <translation>Choose an appointment type</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy   HH:mm</source>
        <translation>ddd d MMM yyyy   HH:mm</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repeat every</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Number of appointments</translation>
    </message>
    <message>
        <source>every</source>
        <translation>every</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;peat:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>week(s),</source>
        <translation>
            <numerusform>week,</numerusform>
            <numerusform>weeks,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s),</source>
        <translation>
            <numerusform>day,</numerusform>
            <numerusform>days,</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentTimes</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarBuilder</name>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Did not arrive</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Unknown type</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Group of %n</numerusform>
            <numerusform>Group of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>No patient</translation>
    </message>
    <message numerus="yes">
        <source>(%n min)</source>
        <translation>
            <numerusform>(%n min)</numerusform>
            <numerusform>(%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telehealth</translation>
    </message>
    <message>
        <source>Not yet sent to the server</source>
        <translation>Not yet sent to the server</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n booked</numerusform>
            <numerusform>%n booked</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d</source>
        <extracomment>Qt date format of a week column&apos;s title, &quot;Mon 23&quot; (ddd: short weekday name).</extracomment>
        <translation>ddd d</translation>
    </message>
</context>
<context>
    <name>CalendarController</name>
    <message>
        <source>Nothing is booked today; showing the next day with appointments.</source>
        <translation>Nothing is booked today; showing the next day with appointments.</translation>
    </message>
</context>
<context>
    <name>CalendarMoves</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Move anyway</translation>
    </message>
    <message>
        <source>Leave it where it was</source>
        <translation>Leave it where it was</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Change length</translation>
    </message>
    <message>
        <source>This change has conflicts. Make it anyway?</source>
        <translation>This change has conflicts. Make it anyway?</translation>
    </message>
</context>
<context>
    <name>CalendarNavigation</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date format of the day view&apos;s title (dddd: weekday name, MMMM: month name).</extracomment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Qt date format of a full date in the week view&apos;s title, &quot;23-29 November 2026&quot;.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>Qt date format of the week&apos;s first day when the week ends in another month.</extracomment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>Qt date format of the week&apos;s first day when the week ends in the same month.</extracomment>
        <translation>d</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Did not arrive</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Calendar columns</source>
        <translation>Calendar columns</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Times of day</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <source>Feeling better</source>
        <translation>Feeling better</translation>
    </message>
    <message>
        <source>Condition worse</source>
        <translation>Condition worse</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>COVID-19 related</source>
        <translation>COVID-19 related</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Cancel this appointment?</source>
        <translation>Cancel this appointment?</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Cancellation reason</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>Cancellation note</source>
        <translation>Cancellation note</translation>
    </message>
    <message>
        <source>Optional: anything the clinic should know</source>
        <translation>Optional: anything the clinic should know</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Keep appointment</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Choose a reason first.</translation>
    </message>
</context>
<context>
    <name>ConflictWarningsPanel</name>
    <message>
        <source>Practitioner already booked</source>
        <translation>Practitioner already booked</translation>
    </message>
    <message>
        <source>Practitioner unavailable</source>
        <translation>Practitioner unavailable</translation>
    </message>
    <message>
        <source>Patient already booked</source>
        <translation>Patient already booked</translation>
    </message>
    <message>
        <source>Too little time between</source>
        <translation>Too little time between</translation>
    </message>
    <message>
        <source>Group is full</source>
        <translation>Group is full</translation>
    </message>
    <message>
        <source>Type not offered</source>
        <translation>Type not offered</translation>
    </message>
    <message>
        <source>Starts in the past</source>
        <translation>Starts in the past</translation>
    </message>
    <message>
        <source>Repeats clash</source>
        <translation>Repeats clash</translation>
    </message>
    <message>
        <source>Schedule may be out of date</source>
        <translation>Schedule may be out of date</translation>
    </message>
    <message>
        <source>Conflict warnings</source>
        <translation>Conflict warnings</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Warning status</source>
        <translation>Warning status</translation>
    </message>
    <message>
        <source>Choose a practitioner and a time to check for clashes.</source>
        <translation>Choose a practitioner and a time to check for clashes.</translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warning (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still book: choose Book anyway to save regardless.</source>
        <translation>You can still book: choose Book anyway to save regardless.</translation>
    </message>
    <message>
        <source>✓ No clashes found.</source>
        <translation>✓ No clashes found.</translation>
    </message>
</context>
<context>
    <name>DatePickerButton</name>
    <message>
        <source>Go to date…</source>
        <translation>Go to date…</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Go to date</translation>
    </message>
    <message>
        <source>Pick a date to show</source>
        <translation>Pick a date to show</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Month calendar</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>The practitioner</source>
        <comment>unknown, starts a sentence</comment>
        <translation>The practitioner</translation>
    </message>
    <message>
        <source>Telehealth is off for this appointment type.</source>
        <translation>Telehealth is off for this appointment type.</translation>
    </message>
    <message>
        <source>Telehealth is off for {type}.</source>
        <translation>Telehealth is off for {type}.</translation>
    </message>
    <message>
        <source>Join opens {lead} before the start.</source>
        <translation>Join opens {lead} before the start.</translation>
    </message>
    <message>
        <source>Join opens at {time} on {day}, at the start.</source>
        <translation>Join opens at {time} on {day}, at the start.</translation>
    </message>
    <message>
        <source>Join opens at {time}, at the start.</source>
        <translation>Join opens at {time}, at the start.</translation>
    </message>
    <message>
        <source>Join opens at {time} on {day}, {lead} before the start.</source>
        <translation>Join opens at {time} on {day}, {lead} before the start.</translation>
    </message>
    <message>
        <source>Join opens at {time}, {lead} before the start.</source>
        <translation>Join opens at {time}, {lead} before the start.</translation>
    </message>
    <message>
        <source>booked</source>
        <comment>appointment status</comment>
        <translation>booked</translation>
    </message>
    <message>
        <source>arrived</source>
        <comment>appointment status</comment>
        <translation>arrived</translation>
    </message>
    <message>
        <source>did not arrive</source>
        <comment>appointment status</comment>
        <translation>did not arrive</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>appointment status</comment>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>This appointment is already marked “{status}”.</source>
        <translation>This appointment is already marked “{status}”.</translation>
    </message>
    <message>
        <source>{type} is archived and can no longer be booked. Choose another type.</source>
        <translation>{type} is archived and can no longer be booked. Choose another type.</translation>
    </message>
    <message>
        <source>{practitioner} is no longer active.</source>
        <translation>{practitioner} is no longer active.</translation>
    </message>
    <message>
        <source>{practitioner} is already booked {appointments}.</source>
        <translation>{practitioner} is already booked {appointments}.</translation>
    </message>
    <message>
        <source>{practitioner} is unavailable {times}.</source>
        <translation>{practitioner} is unavailable {times}.</translation>
    </message>
    <message>
        <source>The business is closed {on_weekdays}.</source>
        <translation>The business is closed {on_weekdays}.</translation>
    </message>
    <message>
        <source>{business} is closed {on_weekdays}.</source>
        <translation>{business} is closed {on_weekdays}.</translation>
    </message>
    <message>
        <source>This booking ({booking}) is outside the opening hours ({hours} {on_weekdays}).</source>
        <translation>This booking ({booking}) is outside the opening hours ({hours} {on_weekdays}).</translation>
    </message>
    <message>
        <source>This booking ({booking}) is outside the opening hours of {business} ({hours} {on_weekdays}).</source>
        <translation>This booking ({booking}) is outside the opening hours of {business} ({hours} {on_weekdays}).</translation>
    </message>
    <message>
        <source>The patient</source>
        <comment>unknown, starts a sentence</comment>
        <translation>The patient</translation>
    </message>
    <message>
        <source>{patient} is already booked {appointments}.</source>
        <translation>{patient} is already booked {appointments}.</translation>
    </message>
    <message>
        <source>{practitioner} needs {buffer} between appointments; this booking leaves {gaps}.</source>
        <translation>{practitioner} needs {buffer} between appointments; this booking leaves {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>{type} takes at most %n attendee(s); this booking has {attendees}.</source>
        <translation>
            <numerusform>{type} takes at most %n attendee; this booking has {attendees}.</numerusform>
            <numerusform>{type} takes at most %n attendees; this booking has {attendees}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{practitioner} does not offer this appointment type.</source>
        <translation>{practitioner} does not offer this appointment type.</translation>
    </message>
    <message>
        <source>{practitioner} does not offer {type}.</source>
        <translation>{practitioner} does not offer {type}.</translation>
    </message>
    <message>
        <source>This booking starts in the past ({day}, {time}).</source>
        <translation>This booking starts in the past ({day}, {time}).</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} repeats clash: {days}.</source>
        <translation>
            <numerusform>%n of {total} repeats clashes: {days}.</numerusform>
            <numerusform>%n of {total} repeats clash: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline, last synced at {time} on {day}: bookings made at other desks since then are unknown.</source>
        <translation>Working offline, last synced at {time} on {day}: bookings made at other desks since then are unknown.</translation>
    </message>
    <message>
        <source>Appointment {id} is not in the local copy. Sync and try again.</source>
        <translation>Appointment {id} is not in the local copy. Sync and try again.</translation>
    </message>
    <message>
        <source>The booking is invalid.</source>
        <translation>The booking is invalid.</translation>
    </message>
    <message numerus="yes">
        <source>The booking has %n warning(s); choose Book anyway to save it regardless.</source>
        <translation>
            <numerusform>The booking has %n warning; choose Book anyway to save it regardless.</numerusform>
            <numerusform>The booking has %n warnings; choose Book anyway to save it regardless.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server lists {deleted} of the {saved} saved appointments as deleted. Nothing was deleted. Check that the API key belongs to this clinic, then sync again allowing the deletions.</source>
        <translation>The server lists {deleted} of the {saved} saved appointments as deleted. Nothing was deleted. Check that the API key belongs to this clinic, then sync again allowing the deletions.</translation>
    </message>
    <message>
        <source>Cliniko did not accept the change.</source>
        <translation>Cliniko did not accept the change.</translation>
    </message>
    <message>
        <source>Cliniko did not accept the change: {details}.</source>
        <translation>Cliniko did not accept the change: {details}.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>{day} {range}</source>
        <comment>a date, then a time range</comment>
        <translation>{day} {range}</translation>
    </message>
    <message>
        <source>{when} ({patient})</source>
        <translation>{when} ({patient})</translation>
    </message>
    <message>
        <source>{when} with another practitioner</source>
        <translation>{when} with another practitioner</translation>
    </message>
    <message>
        <source>{when} with {practitioner}</source>
        <translation>{when} with {practitioner}</translation>
    </message>
    <message>
        <source>{when} with the same practitioner</source>
        <translation>{when} with the same practitioner</translation>
    </message>
    <message>
        <source>{gap} after {appointment}</source>
        <comment>too little time after an appointment</comment>
        <translation>{gap} after {appointment}</translation>
    </message>
    <message>
        <source>{gap} before {appointment}</source>
        <comment>too little time before an appointment</comment>
        <translation>{gap} before {appointment}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{items} and %n more</source>
        <translation>
            <numerusform>{items} and %n more</numerusform>
            <numerusform>{items} and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>the last item of a list</comment>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>on Mondays</source>
        <translation>on Mondays</translation>
    </message>
    <message>
        <source>on Tuesdays</source>
        <translation>on Tuesdays</translation>
    </message>
    <message>
        <source>on Wednesdays</source>
        <translation>on Wednesdays</translation>
    </message>
    <message>
        <source>on Thursdays</source>
        <translation>on Thursdays</translation>
    </message>
    <message>
        <source>on Fridays</source>
        <translation>on Fridays</translation>
    </message>
    <message>
        <source>on Saturdays</source>
        <translation>on Saturdays</translation>
    </message>
    <message>
        <source>on Sundays</source>
        <translation>on Sundays</translation>
    </message>
    <message>
        <source>This appointment has been deleted.</source>
        <translation>This appointment has been deleted.</translation>
    </message>
    <message>
        <source>This appointment is cancelled.</source>
        <translation>This appointment is cancelled.</translation>
    </message>
    <message>
        <source>The appointment type is unknown, so telehealth cannot be confirmed. Sync and try again.</source>
        <translation>The appointment type is unknown, so telehealth cannot be confirmed. Sync and try again.</translation>
    </message>
    <message>
        <source>Group appointments have no telehealth links.</source>
        <translation>Group appointments have no telehealth links.</translation>
    </message>
    <message>
        <source>This appointment has ended; its telehealth link has expired.</source>
        <translation>This appointment has ended; its telehealth link has expired.</translation>
    </message>
    <message>
        <source>The patient&apos;s telehealth link has not been synced yet. Sync and try again.</source>
        <translation>The patient&apos;s telehealth link has not been synced yet. Sync and try again.</translation>
    </message>
    <message>
        <source>The patient&apos;s place on this appointment was cancelled.</source>
        <translation>The patient&apos;s place on this appointment was cancelled.</translation>
    </message>
    <message>
        <source>Join is for practitioners and administrators only.</source>
        <translation>Join is for practitioners and administrators only.</translation>
    </message>
    <message>
        <source>This appointment has ended.</source>
        <translation>This appointment has ended.</translation>
    </message>
    <message>
        <source>This appointment has no telehealth link yet. Sync and try again.</source>
        <translation>This appointment has no telehealth link yet. Sync and try again.</translation>
    </message>
    <message>
        <source>Join opens at the start.</source>
        <translation>Join opens at the start.</translation>
    </message>
    <message>
        <source>This appointment is already cancelled.</source>
        <translation>This appointment is already cancelled.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; its status cannot change.</source>
        <translation>This appointment is cancelled; its status cannot change.</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Choose a patient.</translation>
    </message>
    <message>
        <source>Choose a practitioner.</source>
        <translation>Choose a practitioner.</translation>
    </message>
    <message>
        <source>Choose an appointment type.</source>
        <translation>Choose an appointment type.</translation>
    </message>
    <message>
        <source>The chosen appointment type is unknown. Sync and choose it again.</source>
        <translation>The chosen appointment type is unknown. Sync and choose it again.</translation>
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation>Choose a start time.</translation>
    </message>
    <message>
        <source>The start time has no time zone.</source>
        <translation>The start time has no time zone.</translation>
    </message>
    <message>
        <source>Choose an end time.</source>
        <translation>Choose an end time.</translation>
    </message>
    <message>
        <source>The end time has no time zone.</source>
        <translation>The end time has no time zone.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>The time has no time zone.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>The chosen patient is not in the local copy. Sync and try again.</source>
        <translation>The chosen patient is not in the local copy. Sync and try again.</translation>
    </message>
    <message>
        <source>This patient is archived and cannot be booked.</source>
        <translation>This patient is archived and cannot be booked.</translation>
    </message>
    <message>
        <source>The chosen practitioner is not in the local copy. Sync and try again.</source>
        <translation>The chosen practitioner is not in the local copy. Sync and try again.</translation>
    </message>
    <message>
        <source>The chosen business is not in the local copy. Sync and try again.</source>
        <translation>The chosen business is not in the local copy. Sync and try again.</translation>
    </message>
    <message>
        <source>No business is known yet. Sync first.</source>
        <translation>No business is known yet. Sync first.</translation>
    </message>
    <message>
        <source>Working offline and not yet synced: bookings made at other desks are unknown.</source>
        <translation>Working offline and not yet synced: bookings made at other desks are unknown.</translation>
    </message>
    <message>
        <source>The appointment changed while it was being edited. Please try again.</source>
        <translation>The appointment changed while it was being edited. Please try again.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; it cannot be moved or edited.</source>
        <translation>This appointment is cancelled; it cannot be moved or edited.</translation>
    </message>
    <message>
        <source>Only a failed change can be tried again.</source>
        <translation>Only a failed change can be tried again.</translation>
    </message>
    <message>
        <source>Only a failed or waiting change can be discarded.</source>
        <translation>Only a failed or waiting change can be discarded.</translation>
    </message>
    <message>
        <source>This booking is being sent right now; try again after the sync.</source>
        <translation>This booking is being sent right now; try again after the sync.</translation>
    </message>
    <message>
        <source>That sync conflict has already been settled.</source>
        <translation>That sync conflict has already been settled.</translation>
    </message>
    <message>
        <source>This appointment was deleted on the server, so the change made here cannot be kept. Take the server&apos;s version, then book again if needed.</source>
        <translation>This appointment was deleted on the server, so the change made here cannot be kept. Take the server&apos;s version, then book again if needed.</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key, and its region suffix (e.g. -au1).</source>
        <translation>The server refused the API key. Check the key, and its region suffix (e.g. -au1).</translation>
    </message>
    <message>
        <source>The account this API key belongs to is not allowed to do that. Ask a Cliniko administrator to check the user&apos;s permissions.</source>
        <translation>The account this API key belongs to is not allowed to do that. Ask a Cliniko administrator to check the user&apos;s permissions.</translation>
    </message>
    <message>
        <source>The record was not found on the server. It may have been deleted.</source>
        <translation>The record was not found on the server. It may have been deleted.</translation>
    </message>
    <message>
        <source>Cliniko is receiving too many requests from this account. The app will try again shortly.</source>
        <translation>Cliniko is receiving too many requests from this account. The app will try again shortly.</translation>
    </message>
    <message>
        <source>Cannot reach Cliniko right now. The app keeps working from its saved copy and will try again.</source>
        <translation>Cannot reach Cliniko right now. The app keeps working from its saved copy and will try again.</translation>
    </message>
    <message>
        <source>Cliniko did not confirm the booking. It may have been made; the app will check before trying again.</source>
        <translation>Cliniko did not confirm the booking. It may have been made; the app will check before trying again.</translation>
    </message>
    <message>
        <source>Cliniko sent an answer the app could not read. Please try again later.</source>
        <translation>Cliniko sent an answer the app could not read. Please try again later.</translation>
    </message>
    <message>
        <source>Cliniko accepted the booking but sent back an answer the app could not read. It will appear after the next sync; do not book it again.</source>
        <translation>Cliniko accepted the booking but sent back an answer the app could not read. It will appear after the next sync; do not book it again.</translation>
    </message>
    <message>
        <source>Another program is using the local cache; close it and try again.</source>
        <translation>Another program is using the local cache; close it and try again.</translation>
    </message>
    <message>
        <source>The disk holding the local cache is full; free some space and try again.</source>
        <translation>The disk holding the local cache is full; free some space and try again.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of Frontdesk. Update Frontdesk, or choose another data folder.</source>
        <translation>The local cache was written by a newer version of Frontdesk. Update Frontdesk, or choose another data folder.</translation>
    </message>
    <message>
        <source>The demo clinic could not start on this computer.</source>
        <translation>The demo clinic could not start on this computer.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <source>Frontdesk keeps a copy of your clinic&apos;s calendar on this computer, so it opens at once and keeps working when the internet drops.</source>
        <translation>Frontdesk keeps a copy of your clinic&apos;s calendar on this computer, so it opens at once and keeps working when the internet drops.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Paste the key from Cliniko: My Info &gt; Manage API keys</source>
        <translation>Paste the key from Cliniko: My Info &gt; Manage API keys</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Show the key</translation>
    </message>
    <message>
        <source>Server address (optional)</source>
        <translation>Server address (optional)</translation>
    </message>
    <message>
        <source>Optional: leave empty for Cliniko</source>
        <translation>Optional: leave empty for Cliniko</translation>
    </message>
    <message>
        <source>Connect to Cliniko</source>
        <translation>Connect to Cliniko</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Connection message</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API key:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Try the demo clinic</source>
        <translation>Try the demo clinic</translation>
    </message>
    <message>
        <source>A made-up clinic that runs on this computer: book, move and cancel freely. Nothing is sent anywhere, and it starts fresh every time.</source>
        <translation>A made-up clinic that runs on this computer: book, move and cancel freely. Nothing is sent anywhere, and it starts fresh every time.</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Paste your API key first.</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find next free slot</source>
        <translation>Find next free slot</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Appointment type</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>Any practitioner</translation>
    </message>
    <message>
        <source>Search from</source>
        <translation>Search from</translation>
    </message>
    <message>
        <source>Appointment &amp;type:</source>
        <translation>Appointment &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Practitioner:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Choose an appointment type first.</source>
        <translation>Choose an appointment type first.</translation>
    </message>
    <message>
        <source>%1 does not offer this appointment type.</source>
        <translation>%1 does not offer this appointment type.</translation>
    </message>
    <message>
        <source>None of these practitioners offers this appointment type.</source>
        <translation>None of these practitioners offers this appointment type.</translation>
    </message>
    <message>
        <source>Nothing is free in the next 60 days for this choice.</source>
        <translation>Nothing is free in the next 60 days for this choice.</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Qt date format for a day in lists and summaries (ddd: short weekday, MMM: short month name).</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Demo clinic</translation>
    </message>
</context>
<context>
    <name>OutboxSummary</name>
    <message>
        <source>1 change waiting</source>
        <translation>1 change waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change failed</source>
        <translation>1 change failed</translation>
    </message>
    <message numerus="yes">
        <source>%n changes failed</source>
        <translation>
            <numerusform>%n change failed</numerusform>
            <numerusform>%n changes failed</numerusform>
        </translation>
    </message>
    <message>
        <source>1 sync conflict</source>
        <translation>1 sync conflict</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflicts</source>
        <translation>
            <numerusform>%n sync conflict</numerusform>
            <numerusform>%n sync conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientCompleter</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt date format of a patient&apos;s date of birth in search results (MMM: short month name).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Matching patients</translation>
    </message>
</context>
<context>
    <name>PatientLinkCopier</name>
    <message>
        <source>Getting the latest patient link…</source>
        <translation>Getting the latest patient link…</translation>
    </message>
    <message numerus="yes">
        <source>Patient link copied. It will be cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Patient link copied. It will be cleared from the clipboard in %n second.</numerusform>
            <numerusform>Patient link copied. It will be cleared from the clipboard in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient link cannot be copied now.</source>
        <translation>The patient link cannot be copied now.</translation>
    </message>
    <message>
        <source>The patient link was cleared from the clipboard.</source>
        <translation>The patient link was cleared from the clipboard.</translation>
    </message>
</context>
<context>
    <name>PractitionerFilterButton</name>
    <message>
        <source>Practitioner filter</source>
        <translation>Practitioner filter</translation>
    </message>
    <message>
        <source>Choose whose appointments are shown</source>
        <translation>Choose whose appointments are shown</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Show everyone</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>All practitioners</translation>
    </message>
    <message>
        <source>%1 of %2 practitioners</source>
        <translation>%1 of %2 practitioners</translation>
    </message>
</context>
<context>
    <name>SeriesScopeDialog</name>
    <message>
        <source>Repeating appointment</source>
        <translation>Repeating appointment</translation>
    </message>
    <message>
        <source>Choose which appointments of the series to change</source>
        <translation>Choose which appointments of the series to change</translation>
    </message>
    <message>
        <source>This appointment is part of a series. Which appointments should this change apply to?</source>
        <translation>This appointment is part of a series. Which appointments should this change apply to?</translation>
    </message>
    <message>
        <source>Only this appointment</source>
        <translation>Only this appointment</translation>
    </message>
    <message>
        <source>This and the following appointments</source>
        <translation>This and the following appointments</translation>
    </message>
    <message>
        <source>Every appointment in the series</source>
        <translation>Every appointment in the series</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Slot size</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Join window</translation>
    </message>
    <message>
        <source>How long before the start Join becomes available</source>
        <translation>How long before the start Join becomes available</translation>
    </message>
    <message>
        <source>Buffer between appointments</source>
        <translation>Buffer between appointments</translation>
    </message>
    <message>
        <source>Warn when a practitioner&apos;s appointments are closer than this (0: off)</source>
        <translation>Warn when a practitioner&apos;s appointments are closer than this (0: off)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Calendar and bookings</source>
        <translation>Calendar and bookings</translation>
    </message>
    <message>
        <source>&amp;Slot size:</source>
        <translation>&amp;Slot size:</translation>
    </message>
    <message>
        <source>&amp;Join opens before the start:</source>
        <translation>&amp;Join opens before the start:</translation>
    </message>
    <message>
        <source>&amp;Buffer between appointments:</source>
        <translation>&amp;Buffer between appointments:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies the next time Frontdesk starts.</source>
        <translation>A new language applies the next time Frontdesk starts.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>New API key</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Leave empty to keep the current key</translation>
    </message>
    <message>
        <source>Server address (optional)</source>
        <translation>Server address (optional)</translation>
    </message>
    <message>
        <source>Optional: leave empty for Cliniko</source>
        <translation>Optional: leave empty for Cliniko</translation>
    </message>
    <message>
        <source>Account message</source>
        <translation>Account message</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>The demo clinic needs no API key.</source>
        <translation>The demo clinic needs no API key.</translation>
    </message>
    <message>
        <source>Checking the key with the server…</source>
        <translation>Checking the key with the server…</translation>
    </message>
    <message>
        <source>Enter the API key to use with this server.</source>
        <translation>Enter the API key to use with this server.</translation>
    </message>
    <message>
        <source>The key could not be checked. The current key is kept.</source>
        <translation>The key could not be checked. The current key is kept.</translation>
    </message>
    <message>
        <source>The server refused this API key. Check that it was copied whole (Cliniko: My Info &gt; Manage API keys). The current key is kept.</source>
        <translation>The server refused this API key. Check that it was copied whole (Cliniko: My Info &gt; Manage API keys). The current key is kept.</translation>
    </message>
    <message>
        <source>The server could not be reached, so the key could not be checked. Check the internet connection and the server address, then try again. The current key is kept.</source>
        <translation>The server could not be reached, so the key could not be checked. Check the internet connection and the server address, then try again. The current key is kept.</translation>
    </message>
    <message>
        <source>The key could not be checked: %1 The current key is kept.</source>
        <translation>The key could not be checked: %1 The current key is kept.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) was found on this computer, so a new key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set.</source>
        <translation>No secure password store (keyring) was found on this computer, so a new key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>An unexpected problem stopped the sync.</source>
        <translation>An unexpected problem stopped the sync.</translation>
    </message>
    <message>
        <source>Fetching the rest of the clinic&apos;s records.</source>
        <translation>Fetching the rest of the clinic&apos;s records.</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Syncing the clinic…</source>
        <translation>Syncing the clinic…</translation>
    </message>
    <message>
        <source>Syncing practitioners…</source>
        <translation>Syncing practitioners…</translation>
    </message>
    <message>
        <source>Syncing appointment types…</source>
        <translation>Syncing appointment types…</translation>
    </message>
    <message>
        <source>Syncing patients…</source>
        <translation>Syncing patients…</translation>
    </message>
    <message>
        <source>Syncing appointments…</source>
        <translation>Syncing appointments…</translation>
    </message>
    <message>
        <source>Syncing attendees…</source>
        <translation>Syncing attendees…</translation>
    </message>
    <message>
        <source>Syncing unavailable times…</source>
        <translation>Syncing unavailable times…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Sending changes…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>API key refused: check it in Settings</source>
        <translation>API key refused: check it in Settings</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unknown problem</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Sync error: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Unsent changes</translation>
    </message>
    <message>
        <source>Show the changes not yet on the server</source>
        <translation>Show the changes not yet on the server</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>UnsentChanges</name>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Arrival status</source>
        <translation>Arrival status</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Did not arrive</translation>
    </message>
    <message>
        <source>(no longer in the calendar)</source>
        <translation>(no longer in the calendar)</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n attempt(s)</source>
        <translation>
            <numerusform>Failed after %n attempt</numerusform>
            <numerusform>Failed after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Qt date format for when a change was made (the time follows in the locale&apos;s format).</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Made %1</translation>
    </message>
    <message>
        <source>Deleted on the server after it was changed here.</source>
        <translation>Deleted on the server after it was changed here.</translation>
    </message>
    <message>
        <source>Changed on the server too</source>
        <translation>Changed on the server too</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>no notes</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>did not arrive</source>
        <translation>did not arrive</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Changed on the server after it was changed here.</source>
        <translation>Changed on the server after it was changed here.</translation>
    </message>
    <message>
        <source>%1: here %2; on the server %3</source>
        <translation>%1: here %2; on the server %3</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>UnsentChangesDialog</name>
    <message>
        <source>Unsent changes</source>
        <translation>Unsent changes</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>Changes not yet on the server</translation>
    </message>
    <message>
        <source>Waiting changes are sent at the next sync. Failed changes and conflicts stay here until you decide: nothing is thrown away without you.</source>
        <translation>Waiting changes are sent at the next sync. Failed changes and conflicts stay here until you decide: nothing is thrown away without you.</translation>
    </message>
    <message>
        <source>Unsent changes and conflicts</source>
        <translation>Unsent changes and conflicts</translation>
    </message>
    <message>
        <source>Everything made here has reached the server.</source>
        <translation>Everything made here has reached the server.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Queued to send again.</source>
        <translation>Queued to send again.</translation>
    </message>
    <message>
        <source>Discard this change (%1)? It will not be sent to the server.</source>
        <translation>Discard this change (%1)? It will not be sent to the server.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <source>The change was discarded.</source>
        <translation>The change was discarded.</translation>
    </message>
    <message>
        <source>The server&apos;s version was loaded.</source>
        <translation>The server&apos;s version was loaded.</translation>
    </message>
    <message>
        <source>Your version will be sent at the next sync.</source>
        <translation>Your version will be sent at the next sync.</translation>
    </message>
    <message>
        <source>The server&apos;s version was kept.</source>
        <translation>The server&apos;s version was kept.</translation>
    </message>
    <message>
        <source>The server could not be reached. Try again later.</source>
        <translation>The server could not be reached. Try again later.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>Only a failed change can be retried.</source>
        <translation>Only a failed change can be retried.</translation>
    </message>
    <message>
        <source>Only a failed or waiting change can be discarded.</source>
        <translation>Only a failed or waiting change can be discarded.</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Select a conflict first.</translation>
    </message>
    <message>
        <source>The appointment was deleted on the server, so this change cannot be kept.</source>
        <translation>The appointment was deleted on the server, so this change cannot be kept.</translation>
    </message>
    <message>
        <source>Connect to the server to take its version.</source>
        <translation>Connect to the server to take its version.</translation>
    </message>
</context>
<context>
    <name>WarningItemView</name>
    <message>
        <source>Show in calendar ›</source>
        <translation>Show in calendar ›</translation>
    </message>
    <message>
        <source>Show the clashing appointment in the calendar</source>
        <translation>Show the clashing appointment in the calendar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Press Enter to show the appointment in the calendar</source>
        <translation>Press Enter to show the appointment in the calendar</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send local changes and fetch the latest</source>
        <translation>Send local changes and fetch the latest</translation>
    </message>
    <message>
        <source>&amp;Unsent changes…</source>
        <translation>&amp;Unsent changes…</translation>
    </message>
    <message>
        <source>Changes not yet on the server, and sync conflicts</source>
        <translation>Changes not yet on the server, and sync conflicts</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Show today (T)</source>
        <translation>Show today (T)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Previous day or week (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Next day or week (Alt+Right)</source>
        <translation>Next day or week (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>One column per practitioner (Ctrl+1)</source>
        <translation>One column per practitioner (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>One column per day (Ctrl+2)</source>
        <translation>One column per day (Ctrl+2)</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>Show &amp;cancelled</translation>
    </message>
    <message>
        <source>Show cancelled appointments</source>
        <translation>Show cancelled appointments</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;New appointment…</translation>
    </message>
    <message>
        <source>&amp;Find next free slot…</source>
        <translation>&amp;Find next free slot…</translation>
    </message>
    <message>
        <source>The earliest time an appointment type fits</source>
        <translation>The earliest time an appointment type fits</translation>
    </message>
    <message>
        <source>&amp;About Frontdesk</source>
        <translation>&amp;About Frontdesk</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Date shown</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Slot size</translation>
    </message>
    <message>
        <source>Calendar slot size</source>
        <translation>Calendar slot size</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>S&amp;lot size</source>
        <translation>S&amp;lot size</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Appointment</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Calendar toolbar</source>
        <translation>Calendar toolbar</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Appointment toolbar</source>
        <translation>Appointment toolbar</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Appointment actions</source>
        <translation>Appointment actions</translation>
    </message>
</context>
</TS>
