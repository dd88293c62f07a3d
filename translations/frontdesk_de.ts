<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Scheduling for a clinic&apos;s front desk, kept in step with Cliniko.</source>
        <translation>Terminplanung für den Empfang einer Praxis, abgeglichen mit Cliniko.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Running the demo clinic (a copy that is deleted on exit).</source>
        <translation>Die Demo-Praxis läuft (eine Kopie, die beim Beenden gelöscht wird).</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No secure password store (keyring) was found on this computer, so an API key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set. The demo clinic works without one.</source>
        <translation>Auf diesem Computer wurde kein sicherer Passwortspeicher (Schlüsselbund) gefunden, daher kann kein API-Schlüssel gespeichert werden. Installieren und entsperren Sie einen (z. B. GNOME-Schlüsselbund oder KWallet) oder starten Sie Frontdesk mit gesetztem FRONTDESK_API_KEY. Die Demo-Praxis funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>Starting the demo clinic…</source>
        <translation>Demo-Praxis wird gestartet…</translation>
    </message>
    <message>
        <source>Checking the key with the server…</source>
        <translation>Schlüssel wird beim Server geprüft…</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <source>Select an appointment first.</source>
        <translation>Wählen Sie zuerst einen Termin aus.</translation>
    </message>
    <message>
        <source>This appointment is no longer in the local copy.</source>
        <translation>Dieser Termin ist nicht mehr in der lokalen Kopie.</translation>
    </message>
    <message>
        <source>&amp;Edit appointment…</source>
        <translation>Termin &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Bei&amp;treten</translation>
    </message>
    <message>
        <source>Copy &amp;patient link</source>
        <translation>&amp;Patientenlink kopieren</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Als &amp;eingetroffen markieren</translation>
    </message>
    <message>
        <source>&amp;Did not arrive</source>
        <translation>Nicht er&amp;schienen</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment…</source>
        <translation>Termin &amp;absagen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Join is not available for this appointment.</source>
        <translation>Beitreten ist für diesen Termin nicht möglich.</translation>
    </message>
    <message>
        <source>Opening the telehealth session in your browser.</source>
        <translation>Die Videosprechstunde wird im Browser geöffnet.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Check the computer&apos;s default browser.</source>
        <translation>Der Browser konnte nicht geöffnet werden. Prüfen Sie den Standardbrowser des Computers.</translation>
    </message>
    <message>
        <source>Marked arrived.</source>
        <translation>Als eingetroffen markiert.</translation>
    </message>
    <message>
        <source>Marked as did not arrive.</source>
        <translation>Als nicht erschienen markiert.</translation>
    </message>
    <message>
        <source>Marked as booked again.</source>
        <translation>Wieder als gebucht markiert.</translation>
    </message>
    <message>
        <source>Cancel appointments</source>
        <translation>Termine absagen</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) cancelled.</source>
        <translation>
            <numerusform>%n Termin abgesagt.</numerusform>
            <numerusform>%n Termine abgesagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this appointment? This cannot be undone.</source>
        <translation>Diesen Termin löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete these appointments of the series? This cannot be undone.</source>
        <translation>Diese Termine der Serie löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Termin löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) deleted.</source>
        <translation>
            <numerusform>%n Termin gelöscht.</numerusform>
            <numerusform>%n Termine gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Cancelled appointment</source>
        <translation>Abgesagter Termin</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>Times are in the clinic&apos;s time zone (%1).</source>
        <translation>Die Zeiten gelten in der Zeitzone der Praxis (%1).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The patient of a booked appointment cannot be changed.</source>
        <translation>Der Patient eines gebuchten Termins kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled appointments are not checked for clashes.</source>
        <translation>Abgesagte Termine werden nicht auf Überschneidungen geprüft.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; it cannot be changed.</source>
        <translation>Dieser Termin ist abgesagt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This appointment is part of a repeating series.</source>
        <translation>Dieser Termin gehört zu einer Terminserie.</translation>
    </message>
    <message>
        <source>The change gives these warnings; choose Save anyway to save it.</source>
        <translation>Die Änderung löst diese Warnungen aus; wählen Sie „Trotzdem speichern“, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Trotzdem buchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a practitioner and a time to check for clashes.</source>
        <translation>Wählen Sie einen Behandler und eine Uhrzeit, um auf Überschneidungen zu prüfen.</translation>
    </message>
    <message>
        <source>%1 appointments, the last on %2</source>
        <translation>%1 Termine, der letzte am %2</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Save even though the warnings on the right apply.</source>
        <translation>Trotz der Warnungen rechts speichern.</translation>
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
        <translation>Nach Name, Telefon oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Choose a practitioner</source>
        <translation>Behandler auswählen</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Choose an appointment type</source>
        <translation>Terminart auswählen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Terminart:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy   HH:mm</source>
        <translation>ddd, d. MMM yyyy   HH:mm</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>every</source>
        <translation>im Abstand von</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>week(s),</source>
        <translation>
            <numerusform>Woche,</numerusform>
            <numerusform>Wochen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s),</source>
        <translation>
            <numerusform>Tag,</numerusform>
            <numerusform>Tagen,</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentTimes</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarBuilder</name>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Unbekannte Terminart</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Gruppe mit %n Teilnehmer</numerusform>
            <numerusform>Gruppe mit %n Teilnehmern</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>Kein Patient</translation>
    </message>
    <message numerus="yes">
        <source>(%n min)</source>
        <translation>
            <numerusform>(%n Min.)</numerusform>
            <numerusform>(%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Videosprechstunde</translation>
    </message>
    <message>
        <source>Not yet sent to the server</source>
        <translation>Noch nicht an den Server gesendet</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n gebucht</numerusform>
            <numerusform>%n gebucht</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d</source>
        <extracomment>Qt date format of a week column&apos;s title, &quot;Mon 23&quot; (ddd: short weekday name).</extracomment>
        <translation>ddd d.</translation>
    </message>
</context>
<context>
    <name>CalendarController</name>
    <message>
        <source>Nothing is booked today; showing the next day with appointments.</source>
        <translation>Heute ist nichts gebucht; angezeigt wird der nächste Tag mit Terminen.</translation>
    </message>
</context>
<context>
    <name>CalendarMoves</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Trotzdem verschieben</translation>
    </message>
    <message>
        <source>Leave it where it was</source>
        <translation>Dort lassen, wo er war</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>This change has conflicts. Make it anyway?</source>
        <translation>Diese Änderung führt zu Konflikten. Trotzdem durchführen?</translation>
    </message>
</context>
<context>
    <name>CalendarNavigation</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date format of the day view&apos;s title (dddd: weekday name, MMMM: month name).</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Qt date format of a full date in the week view&apos;s title, &quot;23-29 November 2026&quot;.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>Qt date format of the week&apos;s first day when the week ends in another month.</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>Qt date format of the week&apos;s first day when the week ends in the same month.</extracomment>
        <translation>d.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendar columns</source>
        <translation>Kalenderspalten</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Tageszeiten</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <source>Feeling better</source>
        <translation>Fühlt sich besser</translation>
    </message>
    <message>
        <source>Condition worse</source>
        <translation>Zustand verschlechtert</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Krank</translation>
    </message>
    <message>
        <source>COVID-19 related</source>
        <translation>Wegen COVID-19</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Cancel this appointment?</source>
        <translation>Diesen Termin absagen?</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Absagegrund</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Grund auswählen</translation>
    </message>
    <message>
        <source>Cancellation note</source>
        <translation>Notiz zur Absage</translation>
    </message>
    <message>
        <source>Optional: anything the clinic should know</source>
        <translation>Optional: alles, was die Praxis wissen sollte</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Termin behalten</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Wählen Sie zuerst einen Grund.</translation>
    </message>
</context>
<context>
    <name>ConflictWarningsPanel</name>
    <message>
        <source>Practitioner already booked</source>
        <translation>Behandler bereits gebucht</translation>
    </message>
    <message>
        <source>Practitioner unavailable</source>
        <translation>Behandler nicht verfügbar</translation>
    </message>
    <message>
        <source>Patient already booked</source>
        <translation>Patient bereits gebucht</translation>
    </message>
    <message>
        <source>Too little time between</source>
        <translation>Zu wenig Zeit dazwischen</translation>
    </message>
    <message>
        <source>Group is full</source>
        <translation>Gruppe ist voll</translation>
    </message>
    <message>
        <source>Type not offered</source>
        <translation>Terminart nicht angeboten</translation>
    </message>
    <message>
        <source>Starts in the past</source>
        <translation>Beginnt in der Vergangenheit</translation>
    </message>
    <message>
        <source>Repeats clash</source>
        <translation>Wiederholungen überschneiden sich</translation>
    </message>
    <message>
        <source>Schedule may be out of date</source>
        <translation>Terminplan ist evtl. veraltet</translation>
    </message>
    <message>
        <source>Conflict warnings</source>
        <translation>Konfliktwarnungen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warning status</source>
        <translation>Warnstatus</translation>
    </message>
    <message>
        <source>Choose a practitioner and a time to check for clashes.</source>
        <translation>Wählen Sie einen Behandler und eine Uhrzeit, um auf Überschneidungen zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnung (%n)</numerusform>
            <numerusform>Warnungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still book: choose Book anyway to save regardless.</source>
        <translation>Sie können trotzdem buchen: Wählen Sie „Trotzdem buchen“, um dennoch zu speichern.</translation>
    </message>
    <message>
        <source>✓ No clashes found.</source>
        <translation>✓ Keine Überschneidungen gefunden.</translation>
    </message>
</context>
<context>
    <name>DatePickerButton</name>
    <message>
        <source>Go to date…</source>
        <translation>Zu Datum springen…</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>Pick a date to show</source>
        <translation>Ein Datum zum Anzeigen wählen</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>The practitioner</source>
        <comment>unknown, starts a sentence</comment>
        <translation>Der Behandler</translation>
    </message>
    <message>
        <source>Telehealth is off for this appointment type.</source>
        <translation>Die Videosprechstunde ist für diese Terminart ausgeschaltet.</translation>
    </message>
    <message>
        <source>Telehealth is off for {type}.</source>
        <translation>Die Videosprechstunde ist für „{type}“ ausgeschaltet.</translation>
    </message>
    <message>
        <source>Join opens {lead} before the start.</source>
        <translation>Beitreten ist {lead} vor Beginn möglich.</translation>
    </message>
    <message>
        <source>Join opens at {time} on {day}, at the start.</source>
        <translation>Beitreten ist am {day} ab {time} möglich, also ab Beginn.</translation>
    </message>
    <message>
        <source>Join opens at {time}, at the start.</source>
        <translation>Beitreten ist ab {time} möglich, also ab Beginn.</translation>
    </message>
    <message>
        <source>Join opens at {time} on {day}, {lead} before the start.</source>
        <translation>Beitreten ist am {day} ab {time} möglich, {lead} vor Beginn.</translation>
    </message>
    <message>
        <source>Join opens at {time}, {lead} before the start.</source>
        <translation>Beitreten ist ab {time} möglich, {lead} vor Beginn.</translation>
    </message>
    <message>
        <source>booked</source>
        <comment>appointment status</comment>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>arrived</source>
        <comment>appointment status</comment>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <source>did not arrive</source>
        <comment>appointment status</comment>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>appointment status</comment>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>This appointment is already marked “{status}”.</source>
        <translation>Dieser Termin ist bereits als „{status}“ markiert.</translation>
    </message>
    <message>
        <source>{type} is archived and can no longer be booked. Choose another type.</source>
        <translation>„{type}“ ist archiviert und kann nicht mehr gebucht werden. Wählen Sie eine andere Terminart.</translation>
    </message>
    <message>
        <source>{practitioner} is no longer active.</source>
        <translation>{practitioner} ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>{practitioner} is already booked {appointments}.</source>
        <translation>{practitioner} ist bereits gebucht: {appointments}.</translation>
    </message>
    <message>
        <source>{practitioner} is unavailable {times}.</source>
        <translation>{practitioner} ist nicht verfügbar: {times}.</translation>
    </message>
    <message>
        <source>The business is closed {on_weekdays}.</source>
        <translation>Der Standort ist {on_weekdays} geschlossen.</translation>
    </message>
    <message>
        <source>{business} is closed {on_weekdays}.</source>
        <translation>{business} ist {on_weekdays} geschlossen.</translation>
    </message>
    <message>
        <source>This booking ({booking}) is outside the opening hours ({hours} {on_weekdays}).</source>
        <translation>Diese Buchung ({booking}) liegt außerhalb der Öffnungszeiten ({on_weekdays} {hours}).</translation>
    </message>
    <message>
        <source>This booking ({booking}) is outside the opening hours of {business} ({hours} {on_weekdays}).</source>
        <translation>Diese Buchung ({booking}) liegt außerhalb der Öffnungszeiten von {business} ({on_weekdays} {hours}).</translation>
    </message>
    <message>
        <source>The patient</source>
        <comment>unknown, starts a sentence</comment>
        <translation>Der Patient</translation>
    </message>
    <message>
        <source>{patient} is already booked {appointments}.</source>
        <translation>{patient} hat bereits einen Termin: {appointments}.</translation>
    </message>
    <message>
        <source>{practitioner} needs {buffer} between appointments; this booking leaves {gaps}.</source>
        <translation>{practitioner} braucht {buffer} zwischen Terminen; diese Buchung lässt {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>{type} takes at most %n attendee(s); this booking has {attendees}.</source>
        <translation>
            <numerusform>„{type}“ erlaubt höchstens %n Teilnehmer; diese Buchung hat {attendees}.</numerusform>
            <numerusform>„{type}“ erlaubt höchstens %n Teilnehmer; diese Buchung hat {attendees}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{practitioner} does not offer this appointment type.</source>
        <translation>{practitioner} bietet diese Terminart nicht an.</translation>
    </message>
    <message>
        <source>{practitioner} does not offer {type}.</source>
        <translation>{practitioner} bietet „{type}“ nicht an.</translation>
    </message>
    <message>
        <source>This booking starts in the past ({day}, {time}).</source>
        <translation>Diese Buchung beginnt in der Vergangenheit ({day}, {time}).</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} repeats clash: {days}.</source>
        <translation>
            <numerusform>%n von {total} Wiederholungen überschneidet sich: {days}.</numerusform>
            <numerusform>%n von {total} Wiederholungen überschneiden sich: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline, last synced at {time} on {day}: bookings made at other desks since then are unknown.</source>
        <translation>Offline, zuletzt synchronisiert am {day} um {time}: Buchungen, die seitdem an anderen Arbeitsplätzen gemacht wurden, sind unbekannt.</translation>
    </message>
    <message>
        <source>Appointment {id} is not in the local copy. Sync and try again.</source>
        <translation>Termin {id} ist nicht in der lokalen Kopie. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The booking is invalid.</source>
        <translation>Die Buchung ist ungültig.</translation>
    </message>
    <message numerus="yes">
        <source>The booking has %n warning(s); choose Book anyway to save it regardless.</source>
        <translation>
            <numerusform>Die Buchung hat %n Warnung; wählen Sie „Trotzdem buchen“, um sie dennoch zu speichern.</numerusform>
            <numerusform>Die Buchung hat %n Warnungen; wählen Sie „Trotzdem buchen“, um sie dennoch zu speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server lists {deleted} of the {saved} saved appointments as deleted. Nothing was deleted. Check that the API key belongs to this clinic, then sync again allowing the deletions.</source>
        <translation>Der Server führt {deleted} der {saved} gespeicherten Termine als gelöscht. Es wurde nichts gelöscht. Prüfen Sie, ob der API-Schlüssel zu dieser Praxis gehört, und synchronisieren Sie dann erneut mit erlaubten Löschungen.</translation>
    </message>
    <message>
        <source>Cliniko did not accept the change.</source>
        <translation>Cliniko hat die Änderung nicht angenommen.</translation>
    </message>
    <message>
        <source>Cliniko did not accept the change: {details}.</source>
        <translation>Cliniko hat die Änderung nicht angenommen: {details}.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>{day} {range}</source>
        <comment>a date, then a time range</comment>
        <translation>{day}, {range}</translation>
    </message>
    <message>
        <source>{when} ({patient})</source>
        <translation>{when} ({patient})</translation>
    </message>
    <message>
        <source>{when} with another practitioner</source>
        <translation>{when} bei einem anderen Behandler</translation>
    </message>
    <message>
        <source>{when} with {practitioner}</source>
        <translation>{when} bei {practitioner}</translation>
    </message>
    <message>
        <source>{when} with the same practitioner</source>
        <translation>{when} beim selben Behandler</translation>
    </message>
    <message>
        <source>{gap} after {appointment}</source>
        <comment>too little time after an appointment</comment>
        <translation>{gap} nach {appointment}</translation>
    </message>
    <message>
        <source>{gap} before {appointment}</source>
        <comment>too little time before an appointment</comment>
        <translation>{gap} vor {appointment}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{items} and %n more</source>
        <translation>
            <numerusform>{items} und %n weitere</numerusform>
            <numerusform>{items} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>the last item of a list</comment>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>on Mondays</source>
        <translation>montags</translation>
    </message>
    <message>
        <source>on Tuesdays</source>
        <translation>dienstags</translation>
    </message>
    <message>
        <source>on Wednesdays</source>
        <translation>mittwochs</translation>
    </message>
    <message>
        <source>on Thursdays</source>
        <translation>donnerstags</translation>
    </message>
    <message>
        <source>on Fridays</source>
        <translation>freitags</translation>
    </message>
    <message>
        <source>on Saturdays</source>
        <translation>samstags</translation>
    </message>
    <message>
        <source>on Sundays</source>
        <translation>sonntags</translation>
    </message>
    <message>
        <source>This appointment has been deleted.</source>
        <translation>Dieser Termin wurde gelöscht.</translation>
    </message>
    <message>
        <source>This appointment is cancelled.</source>
        <translation>Dieser Termin ist abgesagt.</translation>
    </message>
    <message>
        <source>The appointment type is unknown, so telehealth cannot be confirmed. Sync and try again.</source>
        <translation>Die Terminart ist unbekannt, daher kann die Videosprechstunde nicht bestätigt werden. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Group appointments have no telehealth links.</source>
        <translation>Gruppentermine haben keine Videosprechstunden-Links.</translation>
    </message>
    <message>
        <source>This appointment has ended; its telehealth link has expired.</source>
        <translation>Dieser Termin ist vorbei; sein Videosprechstunden-Link ist abgelaufen.</translation>
    </message>
    <message>
        <source>The patient&apos;s telehealth link has not been synced yet. Sync and try again.</source>
        <translation>Der Videosprechstunden-Link des Patienten wurde noch nicht synchronisiert. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The patient&apos;s place on this appointment was cancelled.</source>
        <translation>Der Platz des Patienten bei diesem Termin wurde abgesagt.</translation>
    </message>
    <message>
        <source>Join is for practitioners and administrators only.</source>
        <translation>„Beitreten“ ist nur für Behandler und Administratoren.</translation>
    </message>
    <message>
        <source>This appointment has ended.</source>
        <translation>Dieser Termin ist vorbei.</translation>
    </message>
    <message>
        <source>This appointment has no telehealth link yet. Sync and try again.</source>
        <translation>Dieser Termin hat noch keinen Videosprechstunden-Link. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Join opens at the start.</source>
        <translation>Beitreten ist ab Beginn möglich.</translation>
    </message>
    <message>
        <source>This appointment is already cancelled.</source>
        <translation>Dieser Termin ist bereits abgesagt.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; its status cannot change.</source>
        <translation>Dieser Termin ist abgesagt; sein Status kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Wählen Sie einen Patienten.</translation>
    </message>
    <message>
        <source>Choose a practitioner.</source>
        <translation>Wählen Sie einen Behandler.</translation>
    </message>
    <message>
        <source>Choose an appointment type.</source>
        <translation>Wählen Sie eine Terminart.</translation>
    </message>
    <message>
        <source>The chosen appointment type is unknown. Sync and choose it again.</source>
        <translation>Die gewählte Terminart ist unbekannt. Synchronisieren Sie und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation>Wählen Sie eine Anfangszeit.</translation>
    </message>
    <message>
        <source>The start time has no time zone.</source>
        <translation>Die Anfangszeit hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>Choose an end time.</source>
        <translation>Wählen Sie eine Endzeit.</translation>
    </message>
    <message>
        <source>The end time has no time zone.</source>
        <translation>Die Endzeit hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>Die Uhrzeit hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>The chosen patient is not in the local copy. Sync and try again.</source>
        <translation>Der gewählte Patient ist nicht in der lokalen Kopie. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This patient is archived and cannot be booked.</source>
        <translation>Dieser Patient ist archiviert und kann nicht gebucht werden.</translation>
    </message>
    <message>
        <source>The chosen practitioner is not in the local copy. Sync and try again.</source>
        <translation>Der gewählte Behandler ist nicht in der lokalen Kopie. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The chosen business is not in the local copy. Sync and try again.</source>
        <translation>Der gewählte Standort ist nicht in der lokalen Kopie. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No business is known yet. Sync first.</source>
        <translation>Es ist noch kein Standort bekannt. Synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>Working offline and not yet synced: bookings made at other desks are unknown.</source>
        <translation>Offline und noch nicht synchronisiert: Buchungen an anderen Arbeitsplätzen sind unbekannt.</translation>
    </message>
    <message>
        <source>The appointment changed while it was being edited. Please try again.</source>
        <translation>Der Termin wurde während der Bearbeitung geändert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; it cannot be moved or edited.</source>
        <translation>Dieser Termin ist abgesagt; er kann nicht verschoben oder bearbeitet werden.</translation>
    </message>
    <message>
        <source>Only a failed change can be tried again.</source>
        <translation>Nur eine fehlgeschlagene Änderung kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Only a failed or waiting change can be discarded.</source>
        <translation>Nur eine fehlgeschlagene oder wartende Änderung kann verworfen werden.</translation>
    </message>
    <message>
        <source>This booking is being sent right now; try again after the sync.</source>
        <translation>Diese Buchung wird gerade gesendet; versuchen Sie es nach der Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>That sync conflict has already been settled.</source>
        <translation>Dieser Synchronisierungskonflikt wurde bereits gelöst.</translation>
    </message>
    <message>
        <source>This appointment was deleted on the server, so the change made here cannot be kept. Take the server&apos;s version, then book again if needed.</source>
        <translation>Dieser Termin wurde auf dem Server gelöscht, daher kann die hier vorgenommene Änderung nicht behalten werden. Übernehmen Sie die Version des Servers und buchen Sie bei Bedarf neu.</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key, and its region suffix (e.g. -au1).</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel und sein Regionskürzel (z. B. -au1).</translation>
    </message>
    <message>
        <source>The account this API key belongs to is not allowed to do that. Ask a Cliniko administrator to check the user&apos;s permissions.</source>
        <translation>Das Konto, zu dem dieser API-Schlüssel gehört, darf das nicht. Bitten Sie einen Cliniko-Administrator, die Berechtigungen des Benutzers zu prüfen.</translation>
    </message>
    <message>
        <source>The record was not found on the server. It may have been deleted.</source>
        <translation>Der Datensatz wurde auf dem Server nicht gefunden. Möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Cliniko is receiving too many requests from this account. The app will try again shortly.</source>
        <translation>Cliniko erhält zu viele Anfragen von diesem Konto. Die App versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <source>Cannot reach Cliniko right now. The app keeps working from its saved copy and will try again.</source>
        <translation>Cliniko ist gerade nicht erreichbar. Die App arbeitet mit ihrer gespeicherten Kopie weiter und versucht es erneut.</translation>
    </message>
    <message>
        <source>Cliniko did not confirm the booking. It may have been made; the app will check before trying again.</source>
        <translation>Cliniko hat die Buchung nicht bestätigt. Sie wurde möglicherweise angelegt; die App prüft das, bevor sie es erneut versucht.</translation>
    </message>
    <message>
        <source>Cliniko sent an answer the app could not read. Please try again later.</source>
        <translation>Cliniko hat eine Antwort gesendet, die die App nicht lesen konnte. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cliniko accepted the booking but sent back an answer the app could not read. It will appear after the next sync; do not book it again.</source>
        <translation>Cliniko hat die Buchung angenommen, aber eine Antwort gesendet, die die App nicht lesen konnte. Sie erscheint nach der nächsten Synchronisierung; buchen Sie sie nicht erneut.</translation>
    </message>
    <message>
        <source>Another program is using the local cache; close it and try again.</source>
        <translation>Ein anderes Programm verwendet den lokalen Zwischenspeicher; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk holding the local cache is full; free some space and try again.</source>
        <translation>Der Datenträger mit dem lokalen Zwischenspeicher ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of Frontdesk. Update Frontdesk, or choose another data folder.</source>
        <translation>Der lokale Zwischenspeicher wurde von einer neueren Version von Frontdesk geschrieben. Aktualisieren Sie Frontdesk oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The demo clinic could not start on this computer.</source>
        <translation>Die Demo-Praxis konnte auf diesem Computer nicht starten.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>Frontdesk keeps a copy of your clinic&apos;s calendar on this computer, so it opens at once and keeps working when the internet drops.</source>
        <translation>Frontdesk hält eine Kopie des Praxiskalenders auf diesem Computer vor. So öffnet sich Frontdesk sofort und funktioniert weiter, wenn das Internet ausfällt.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key from Cliniko: My Info &gt; Manage API keys</source>
        <translation>Schlüssel aus Cliniko einfügen: My Info &gt; Manage API keys</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Server address (optional)</source>
        <translation>Serveradresse (optional)</translation>
    </message>
    <message>
        <source>Optional: leave empty for Cliniko</source>
        <translation>Optional: für Cliniko leer lassen</translation>
    </message>
    <message>
        <source>Connect to Cliniko</source>
        <translation>Mit Cliniko verbinden</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Verbindungsmeldung</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Try the demo clinic</source>
        <translation>Demo-Praxis ausprobieren</translation>
    </message>
    <message>
        <source>A made-up clinic that runs on this computer: book, move and cancel freely. Nothing is sent anywhere, and it starts fresh every time.</source>
        <translation>Eine erfundene Praxis, die auf diesem Computer läuft: Buchen, verschieben und absagen Sie nach Belieben. Nichts wird irgendwohin gesendet, und sie beginnt jedes Mal neu.</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Fügen Sie zuerst Ihren API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find next free slot</source>
        <translation>Nächsten freien Termin suchen</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>Beliebiger Behandler</translation>
    </message>
    <message>
        <source>Search from</source>
        <translation>Suchen ab</translation>
    </message>
    <message>
        <source>Appointment &amp;type:</source>
        <translation>&amp;Terminart:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Behandler:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Choose an appointment type first.</source>
        <translation>Wählen Sie zuerst eine Terminart.</translation>
    </message>
    <message>
        <source>%1 does not offer this appointment type.</source>
        <translation>%1 bietet diese Terminart nicht an.</translation>
    </message>
    <message>
        <source>None of these practitioners offers this appointment type.</source>
        <translation>Keiner dieser Behandler bietet diese Terminart an.</translation>
    </message>
    <message>
        <source>Nothing is free in the next 60 days for this choice.</source>
        <translation>Für diese Auswahl ist in den nächsten 60 Tagen nichts frei.</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Qt date format for a day in lists and summaries (ddd: short weekday, MMM: short month name).</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Demo-Praxis</translation>
    </message>
</context>
<context>
    <name>OutboxSummary</name>
    <message>
        <source>1 change waiting</source>
        <translation>1 Änderung wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change failed</source>
        <translation>1 Änderung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n changes failed</source>
        <translation>
            <numerusform>%n Änderung fehlgeschlagen</numerusform>
            <numerusform>%n Änderungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 sync conflict</source>
        <translation>1 Sync-Konflikt</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflicts</source>
        <translation>
            <numerusform>%n Sync-Konflikt</numerusform>
            <numerusform>%n Sync-Konflikte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientCompleter</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt date format of a patient&apos;s date of birth in search results (MMM: short month name).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Passende Patienten</translation>
    </message>
</context>
<context>
    <name>PatientLinkCopier</name>
    <message>
        <source>Getting the latest patient link…</source>
        <translation>Aktueller Patientenlink wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>Patient link copied. It will be cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Patientenlink kopiert. Er wird in %n Sekunde aus der Zwischenablage gelöscht.</numerusform>
            <numerusform>Patientenlink kopiert. Er wird in %n Sekunden aus der Zwischenablage gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient link cannot be copied now.</source>
        <translation>Der Patientenlink kann jetzt nicht kopiert werden.</translation>
    </message>
    <message>
        <source>The patient link was cleared from the clipboard.</source>
        <translation>Der Patientenlink wurde aus der Zwischenablage gelöscht.</translation>
    </message>
</context>
<context>
    <name>PractitionerFilterButton</name>
    <message>
        <source>Practitioner filter</source>
        <translation>Behandlerfilter</translation>
    </message>
    <message>
        <source>Choose whose appointments are shown</source>
        <translation>Auswählen, wessen Termine angezeigt werden</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Alle Behandler</translation>
    </message>
    <message>
        <source>%1 of %2 practitioners</source>
        <translation>%1 von %2 Behandlern</translation>
    </message>
</context>
<context>
    <name>SeriesScopeDialog</name>
    <message>
        <source>Repeating appointment</source>
        <translation>Serientermin</translation>
    </message>
    <message>
        <source>Choose which appointments of the series to change</source>
        <translation>Auswählen, welche Termine der Serie geändert werden</translation>
    </message>
    <message>
        <source>This appointment is part of a series. Which appointments should this change apply to?</source>
        <translation>Dieser Termin gehört zu einer Serie. Für welche Termine soll diese Änderung gelten?</translation>
    </message>
    <message>
        <source>Only this appointment</source>
        <translation>Nur dieser Termin</translation>
    </message>
    <message>
        <source>This and the following appointments</source>
        <translation>Dieser und alle folgenden Termine</translation>
    </message>
    <message>
        <source>Every appointment in the series</source>
        <translation>Alle Termine der Serie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Zeitraster</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Beitrittsfenster</translation>
    </message>
    <message>
        <source>How long before the start Join becomes available</source>
        <translation>Wie lange vor Beginn „Beitreten“ verfügbar wird</translation>
    </message>
    <message>
        <source>Buffer between appointments</source>
        <translation>Puffer zwischen Terminen</translation>
    </message>
    <message>
        <source>Warn when a practitioner&apos;s appointments are closer than this (0: off)</source>
        <translation>Warnen, wenn Termine eines Behandlers näher beieinanderliegen (0: aus)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Calendar and bookings</source>
        <translation>Kalender und Buchungen</translation>
    </message>
    <message>
        <source>&amp;Slot size:</source>
        <translation>&amp;Zeitraster:</translation>
    </message>
    <message>
        <source>&amp;Join opens before the start:</source>
        <translation>&amp;Beitreten möglich vor Beginn:</translation>
    </message>
    <message>
        <source>&amp;Buffer between appointments:</source>
        <translation>&amp;Puffer zwischen Terminen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Frontdesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Frontdesk.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Leer lassen, um den aktuellen Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Server address (optional)</source>
        <translation>Serveradresse (optional)</translation>
    </message>
    <message>
        <source>Optional: leave empty for Cliniko</source>
        <translation>Optional: für Cliniko leer lassen</translation>
    </message>
    <message>
        <source>Account message</source>
        <translation>Kontomeldung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>The demo clinic needs no API key.</source>
        <translation>Die Demo-Praxis braucht keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Checking the key with the server…</source>
        <translation>Schlüssel wird beim Server geprüft…</translation>
    </message>
    <message>
        <source>Enter the API key to use with this server.</source>
        <translation>Geben Sie den API-Schlüssel für diesen Server ein.</translation>
    </message>
    <message>
        <source>The key could not be checked. The current key is kept.</source>
        <translation>Der Schlüssel konnte nicht geprüft werden. Der bisherige Schlüssel bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server refused this API key. Check that it was copied whole (Cliniko: My Info &gt; Manage API keys). The current key is kept.</source>
        <translation>Der Server hat diesen API-Schlüssel abgelehnt. Prüfen Sie, ob er vollständig kopiert wurde (Cliniko: My Info &gt; Manage API keys). Der bisherige Schlüssel bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server could not be reached, so the key could not be checked. Check the internet connection and the server address, then try again. The current key is kept.</source>
        <translation>Der Server war nicht erreichbar, daher konnte der Schlüssel nicht geprüft werden. Prüfen Sie die Internetverbindung und die Serveradresse und versuchen Sie es dann erneut. Der bisherige Schlüssel bleibt erhalten.</translation>
    </message>
    <message>
        <source>The key could not be checked: %1 The current key is kept.</source>
        <translation>Der Schlüssel konnte nicht geprüft werden: %1 Der bisherige Schlüssel bleibt erhalten.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) was found on this computer, so a new key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set.</source>
        <translation>Auf diesem Computer wurde kein sicherer Passwortspeicher (Schlüsselbund) gefunden, daher kann kein neuer Schlüssel gespeichert werden. Installieren und entsperren Sie einen (z. B. GNOME-Schlüsselbund oder KWallet) oder starten Sie Frontdesk mit gesetztem FRONTDESK_API_KEY.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>An unexpected problem stopped the sync.</source>
        <translation>Ein unerwartetes Problem hat die Synchronisierung gestoppt.</translation>
    </message>
    <message>
        <source>Fetching the rest of the clinic&apos;s records.</source>
        <translation>Die übrigen Daten der Praxis werden abgerufen.</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Syncing the clinic…</source>
        <translation>Praxis wird synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing practitioners…</source>
        <translation>Behandler werden synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing appointment types…</source>
        <translation>Terminarten werden synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing patients…</source>
        <translation>Patienten werden synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing appointments…</source>
        <translation>Termine werden synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing attendees…</source>
        <translation>Teilnehmer werden synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing unavailable times…</source>
        <translation>Abwesenheiten werden synchronisiert…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Änderungen werden gesendet…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>API key refused: check it in Settings</source>
        <translation>API-Schlüssel abgelehnt: Prüfen Sie ihn in den Einstellungen</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Synchronisierungsfehler: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungszustand</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Show the changes not yet on the server</source>
        <translation>Änderungen anzeigen, die noch nicht auf dem Server sind</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>UnsentChanges</name>
    <message>
        <source>New booking</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Arrival status</source>
        <translation>Anwesenheitsstatus</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>(no longer in the calendar)</source>
        <translation>(nicht mehr im Kalender)</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n attempt(s)</source>
        <translation>
            <numerusform>Fehlgeschlagen nach %n Versuch</numerusform>
            <numerusform>Fehlgeschlagen nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Qt date format for when a change was made (the time follows in the locale&apos;s format).</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Deleted on the server after it was changed here.</source>
        <translation>Auf dem Server gelöscht, nachdem er hier geändert wurde.</translation>
    </message>
    <message>
        <source>Changed on the server too</source>
        <translation>Auch auf dem Server geändert</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>keine Notizen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <source>did not arrive</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Changed on the server after it was changed here.</source>
        <translation>Auf dem Server geändert, nachdem er hier geändert wurde.</translation>
    </message>
    <message>
        <source>%1: here %2; on the server %3</source>
        <translation>%1: hier %2; auf dem Server %3</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
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
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>Änderungen, die noch nicht auf dem Server sind</translation>
    </message>
    <message>
        <source>Waiting changes are sent at the next sync. Failed changes and conflicts stay here until you decide: nothing is thrown away without you.</source>
        <translation>Wartende Änderungen werden bei der nächsten Synchronisierung gesendet. Fehlgeschlagene Änderungen und Konflikte bleiben hier, bis Sie entscheiden: Nichts wird ohne Sie verworfen.</translation>
    </message>
    <message>
        <source>Unsent changes and conflicts</source>
        <translation>Nicht gesendete Änderungen und Konflikte</translation>
    </message>
    <message>
        <source>Everything made here has reached the server.</source>
        <translation>Alles, was hier erstellt wurde, ist auf dem Server angekommen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Server-Version übernehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Queued to send again.</source>
        <translation>Zum erneuten Senden vorgemerkt.</translation>
    </message>
    <message>
        <source>Discard this change (%1)? It will not be sent to the server.</source>
        <translation>Diese Änderung (%1) verwerfen? Sie wird nicht an den Server gesendet.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>The change was discarded.</source>
        <translation>Die Änderung wurde verworfen.</translation>
    </message>
    <message>
        <source>The server&apos;s version was loaded.</source>
        <translation>Die Version des Servers wurde geladen.</translation>
    </message>
    <message>
        <source>Your version will be sent at the next sync.</source>
        <translation>Ihre Version wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s version was kept.</source>
        <translation>Die Version des Servers wurde beibehalten.</translation>
    </message>
    <message>
        <source>The server could not be reached. Try again later.</source>
        <translation>Der Server ist nicht erreichbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>Only a failed change can be retried.</source>
        <translation>Nur eine fehlgeschlagene Änderung kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Only a failed or waiting change can be discarded.</source>
        <translation>Nur eine fehlgeschlagene oder wartende Änderung kann verworfen werden.</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Wählen Sie zuerst einen Konflikt aus.</translation>
    </message>
    <message>
        <source>The appointment was deleted on the server, so this change cannot be kept.</source>
        <translation>Der Termin wurde auf dem Server gelöscht, daher kann diese Änderung nicht beibehalten werden.</translation>
    </message>
    <message>
        <source>Connect to the server to take its version.</source>
        <translation>Verbinden Sie sich mit dem Server, um seine Version zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>WarningItemView</name>
    <message>
        <source>Show in calendar ›</source>
        <translation>Im Kalender zeigen ›</translation>
    </message>
    <message>
        <source>Show the clashing appointment in the calendar</source>
        <translation>Den überschneidenden Termin im Kalender zeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Press Enter to show the appointment in the calendar</source>
        <translation>Eingabetaste drücken, um den Termin im Kalender zu zeigen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send local changes and fetch the latest</source>
        <translation>Lokale Änderungen senden und den neuesten Stand holen</translation>
    </message>
    <message>
        <source>&amp;Unsent changes…</source>
        <translation>&amp;Nicht gesendete Änderungen…</translation>
    </message>
    <message>
        <source>Changes not yet on the server, and sync conflicts</source>
        <translation>Änderungen, die noch nicht auf dem Server sind, und Sync-Konflikte</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Show today (T)</source>
        <translation>Heute anzeigen (T)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Vorheriger Tag oder vorherige Woche (Alt+Pfeil links)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Weit&amp;er</translation>
    </message>
    <message>
        <source>Next day or week (Alt+Right)</source>
        <translation>Nächster Tag oder nächste Woche (Alt+Pfeil rechts)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>One column per practitioner (Ctrl+1)</source>
        <translation>Eine Spalte pro Behandler (Strg+1)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>One column per day (Ctrl+2)</source>
        <translation>Eine Spalte pro Tag (Strg+2)</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>&amp;Abgesagte anzeigen</translation>
    </message>
    <message>
        <source>Show cancelled appointments</source>
        <translation>Abgesagte Termine anzeigen</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;Neuer Termin…</translation>
    </message>
    <message>
        <source>&amp;Find next free slot…</source>
        <translation>Nächsten &amp;freien Termin suchen…</translation>
    </message>
    <message>
        <source>The earliest time an appointment type fits</source>
        <translation>Der früheste Zeitpunkt, zu dem eine Terminart passt</translation>
    </message>
    <message>
        <source>&amp;About Frontdesk</source>
        <translation>Über &amp;Frontdesk</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Angezeigtes Datum</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Zeitraster</translation>
    </message>
    <message>
        <source>Calendar slot size</source>
        <translation>Zeitraster des Kalenders</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>S&amp;lot size</source>
        <translation>Zeit&amp;raster</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendar toolbar</source>
        <translation>Kalender-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Appointment toolbar</source>
        <translation>Termin-Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Appointment actions</source>
        <translation>Terminaktionen</translation>
    </message>
</context>
</TS>
