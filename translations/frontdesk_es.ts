<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Scheduling for a clinic&apos;s front desk, kept in step with Cliniko.</source>
        <translation>Agenda para la recepción de una clínica, sincronizada con Cliniko.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Running the demo clinic (a copy that is deleted on exit).</source>
        <translation>Clínica de demostración en marcha (una copia que se borra al salir).</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No secure password store (keyring) was found on this computer, so an API key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set. The demo clinic works without one.</source>
        <translation>No se encontró ningún almacén seguro de contraseñas (llavero) en este equipo, así que no se puede guardar una clave de API. Instale y desbloquee uno (p. ej., GNOME Keyring o KWallet) o inicie Frontdesk con FRONTDESK_API_KEY definida. La clínica de demostración funciona sin él.</translation>
    </message>
    <message>
        <source>Starting the demo clinic…</source>
        <translation>Iniciando la clínica de demostración…</translation>
    </message>
    <message>
        <source>Checking the key with the server…</source>
        <translation>Comprobando la clave con el servidor…</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <source>Select an appointment first.</source>
        <translation>Seleccione primero una cita.</translation>
    </message>
    <message>
        <source>This appointment is no longer in the local copy.</source>
        <translation>Esta cita ya no está en la copia local.</translation>
    </message>
    <message>
        <source>&amp;Edit appointment…</source>
        <translation>&amp;Editar cita…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Copy &amp;patient link</source>
        <translation>Copiar en&amp;lace del paciente</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Marcar como &amp;presente</translation>
    </message>
    <message>
        <source>&amp;Did not arrive</source>
        <translation>No a&amp;sistió</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment…</source>
        <translation>&amp;Cancelar cita…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Join is not available for this appointment.</source>
        <translation>No es posible unirse a esta cita.</translation>
    </message>
    <message>
        <source>Opening the telehealth session in your browser.</source>
        <translation>Abriendo la teleconsulta en su navegador.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Check the computer&apos;s default browser.</source>
        <translation>No se pudo abrir el navegador. Compruebe el navegador predeterminado del equipo.</translation>
    </message>
    <message>
        <source>Marked arrived.</source>
        <translation>Marcada como presente.</translation>
    </message>
    <message>
        <source>Marked as did not arrive.</source>
        <translation>Marcada como no asistió.</translation>
    </message>
    <message>
        <source>Marked as booked again.</source>
        <translation>Marcada de nuevo como reservada.</translation>
    </message>
    <message>
        <source>Cancel appointments</source>
        <translation>Cancelar citas</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) cancelled.</source>
        <translation>
            <numerusform>%n cita cancelada.</numerusform>
            <numerusform>%n citas canceladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this appointment? This cannot be undone.</source>
        <translation>¿Eliminar esta cita? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete these appointments of the series? This cannot be undone.</source>
        <translation>¿Eliminar estas citas de la serie? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Eliminar cita</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) deleted.</source>
        <translation>
            <numerusform>%n cita eliminada.</numerusform>
            <numerusform>%n citas eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>Cancelled appointment</source>
        <translation>Cita cancelada</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Times are in the clinic&apos;s time zone (%1).</source>
        <translation>Las horas están en la zona horaria de la clínica (%1).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The patient of a booked appointment cannot be changed.</source>
        <translation>No se puede cambiar el paciente de una cita reservada.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelled appointments are not checked for clashes.</source>
        <translation>Las citas canceladas no se comprueban en busca de solapamientos.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; it cannot be changed.</source>
        <translation>Esta cita está cancelada; no se puede cambiar.</translation>
    </message>
    <message>
        <source>This appointment is part of a repeating series.</source>
        <translation>Esta cita forma parte de una serie periódica.</translation>
    </message>
    <message>
        <source>The change gives these warnings; choose Save anyway to save it.</source>
        <translation>El cambio genera estas advertencias; elija «Guardar de todos modos» para guardarlo.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Reservar de todos modos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a practitioner and a time to check for clashes.</source>
        <translation>Elija un profesional y una hora para comprobar solapamientos.</translation>
    </message>
    <message>
        <source>%1 appointments, the last on %2</source>
        <translation>%1 citas, la última el %2</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Save even though the warnings on the right apply.</source>
        <translation>Guardar pese a las advertencias de la derecha.</translation>
    </message>
</context>
<context>
    <name>AppointmentFormPanel</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Search by name, phone or date of birth</source>
        <translation>Buscar por nombre, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Choose a practitioner</source>
        <translation>Elegir un profesional</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;rofesional:</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>Choose an appointment type</source>
        <translation>Elegir un tipo de cita</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy   HH:mm</source>
        <translation>ddd, d MMM yyyy   H:mm</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>H:mm</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Número de citas</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>R&amp;epetición:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>week(s),</source>
        <translation>
            <numerusform>semana,</numerusform>
            <numerusform>semanas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s),</source>
        <translation>
            <numerusform>día,</numerusform>
            <numerusform>días,</numerusform>
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
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Tipo desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Grupo de %n</numerusform>
            <numerusform>Grupo de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>Sin paciente</translation>
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
        <translation>Teleconsulta</translation>
    </message>
    <message>
        <source>Not yet sent to the server</source>
        <translation>Aún no enviado al servidor</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n reservada</numerusform>
            <numerusform>%n reservadas</numerusform>
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
        <translation>Hoy no hay nada reservado; se muestra el siguiente día con citas.</translation>
    </message>
</context>
<context>
    <name>CalendarMoves</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Mover de todos modos</translation>
    </message>
    <message>
        <source>Leave it where it was</source>
        <translation>Dejarla donde estaba</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Cambiar duración</translation>
    </message>
    <message>
        <source>This change has conflicts. Make it anyway?</source>
        <translation>Este cambio tiene conflictos. ¿Hacerlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>CalendarNavigation</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Qt date format of the day view&apos;s title (dddd: weekday name, MMMM: month name).</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Qt date format of a full date in the week view&apos;s title, &quot;23-29 November 2026&quot;.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>Qt date format of the week&apos;s first day when the week ends in another month.</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
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
        <translation>Presente</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Calendar columns</source>
        <translation>Columnas del calendario</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <source>Feeling better</source>
        <translation>Se siente mejor</translation>
    </message>
    <message>
        <source>Condition worse</source>
        <translation>Ha empeorado</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>COVID-19 related</source>
        <translation>Relacionado con la COVID-19</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <source>Cancel this appointment?</source>
        <translation>¿Cancelar esta cita?</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Motivo de cancelación</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Elegir un motivo</translation>
    </message>
    <message>
        <source>Cancellation note</source>
        <translation>Nota de cancelación</translation>
    </message>
    <message>
        <source>Optional: anything the clinic should know</source>
        <translation>Opcional: lo que la clínica deba saber</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Mantener la cita</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Elija primero un motivo.</translation>
    </message>
</context>
<context>
    <name>ConflictWarningsPanel</name>
    <message>
        <source>Practitioner already booked</source>
        <translation>Profesional ya reservado</translation>
    </message>
    <message>
        <source>Practitioner unavailable</source>
        <translation>Profesional no disponible</translation>
    </message>
    <message>
        <source>Patient already booked</source>
        <translation>Paciente ya citado</translation>
    </message>
    <message>
        <source>Too little time between</source>
        <translation>Poco tiempo entre citas</translation>
    </message>
    <message>
        <source>Group is full</source>
        <translation>Grupo completo</translation>
    </message>
    <message>
        <source>Type not offered</source>
        <translation>Tipo no ofrecido</translation>
    </message>
    <message>
        <source>Starts in the past</source>
        <translation>Empieza en el pasado</translation>
    </message>
    <message>
        <source>Repeats clash</source>
        <translation>Las repeticiones se solapan</translation>
    </message>
    <message>
        <source>Schedule may be out of date</source>
        <translation>La agenda puede estar desactualizada</translation>
    </message>
    <message>
        <source>Conflict warnings</source>
        <translation>Advertencias de conflicto</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Warning status</source>
        <translation>Estado de las advertencias</translation>
    </message>
    <message>
        <source>Choose a practitioner and a time to check for clashes.</source>
        <translation>Elija un profesional y una hora para comprobar solapamientos.</translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Advertencia (%n)</numerusform>
            <numerusform>Advertencias (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still book: choose Book anyway to save regardless.</source>
        <translation>Aún puede reservar: elija «Reservar de todos modos» para guardar igualmente.</translation>
    </message>
    <message>
        <source>✓ No clashes found.</source>
        <translation>✓ No se encontraron solapamientos.</translation>
    </message>
</context>
<context>
    <name>DatePickerButton</name>
    <message>
        <source>Go to date…</source>
        <translation>Ir a la fecha…</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Pick a date to show</source>
        <translation>Elegir una fecha para mostrar</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Calendario mensual</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>The practitioner</source>
        <comment>unknown, starts a sentence</comment>
        <translation>El profesional</translation>
    </message>
    <message>
        <source>Telehealth is off for this appointment type.</source>
        <translation>La teleconsulta está desactivada para este tipo de cita.</translation>
    </message>
    <message>
        <source>Telehealth is off for {type}.</source>
        <translation>La teleconsulta está desactivada para «{type}».</translation>
    </message>
    <message>
        <source>Join opens {lead} before the start.</source>
        <translation>Podrá unirse {lead} antes del inicio.</translation>
    </message>
    <message>
        <source>Join opens at {time} on {day}, at the start.</source>
        <translation>Podrá unirse el {day} a las {time}, desde el inicio.</translation>
    </message>
    <message>
        <source>Join opens at {time}, at the start.</source>
        <translation>Podrá unirse a las {time}, desde el inicio.</translation>
    </message>
    <message>
        <source>Join opens at {time} on {day}, {lead} before the start.</source>
        <translation>Podrá unirse el {day} a las {time}, {lead} antes del inicio.</translation>
    </message>
    <message>
        <source>Join opens at {time}, {lead} before the start.</source>
        <translation>Podrá unirse a las {time}, {lead} antes del inicio.</translation>
    </message>
    <message>
        <source>booked</source>
        <comment>appointment status</comment>
        <translation>reservada</translation>
    </message>
    <message>
        <source>arrived</source>
        <comment>appointment status</comment>
        <translation>presente</translation>
    </message>
    <message>
        <source>did not arrive</source>
        <comment>appointment status</comment>
        <translation>no asistió</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>appointment status</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>This appointment is already marked “{status}”.</source>
        <translation>Esta cita ya está marcada como «{status}».</translation>
    </message>
    <message>
        <source>{type} is archived and can no longer be booked. Choose another type.</source>
        <translation>«{type}» está archivado y ya no se puede reservar. Elija otro tipo.</translation>
    </message>
    <message>
        <source>{practitioner} is no longer active.</source>
        <translation>{practitioner} ya no está activo.</translation>
    </message>
    <message>
        <source>{practitioner} is already booked {appointments}.</source>
        <translation>{practitioner} ya tiene cita: {appointments}.</translation>
    </message>
    <message>
        <source>{practitioner} is unavailable {times}.</source>
        <translation>{practitioner} no está disponible: {times}.</translation>
    </message>
    <message>
        <source>The business is closed {on_weekdays}.</source>
        <translation>El centro está cerrado {on_weekdays}.</translation>
    </message>
    <message>
        <source>{business} is closed {on_weekdays}.</source>
        <translation>{business} está cerrado {on_weekdays}.</translation>
    </message>
    <message>
        <source>This booking ({booking}) is outside the opening hours ({hours} {on_weekdays}).</source>
        <translation>Esta reserva ({booking}) está fuera del horario de apertura ({on_weekdays}: {hours}).</translation>
    </message>
    <message>
        <source>This booking ({booking}) is outside the opening hours of {business} ({hours} {on_weekdays}).</source>
        <translation>Esta reserva ({booking}) está fuera del horario de apertura de {business} ({on_weekdays}: {hours}).</translation>
    </message>
    <message>
        <source>The patient</source>
        <comment>unknown, starts a sentence</comment>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>{patient} is already booked {appointments}.</source>
        <translation>{patient} ya tiene cita: {appointments}.</translation>
    </message>
    <message>
        <source>{practitioner} needs {buffer} between appointments; this booking leaves {gaps}.</source>
        <translation>{practitioner} necesita {buffer} entre citas; esta reserva deja {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>{type} takes at most %n attendee(s); this booking has {attendees}.</source>
        <translation>
            <numerusform>«{type}» admite como máximo %n asistente; esta reserva tiene {attendees}.</numerusform>
            <numerusform>«{type}» admite como máximo %n asistentes; esta reserva tiene {attendees}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{practitioner} does not offer this appointment type.</source>
        <translation>{practitioner} no ofrece este tipo de cita.</translation>
    </message>
    <message>
        <source>{practitioner} does not offer {type}.</source>
        <translation>{practitioner} no ofrece «{type}».</translation>
    </message>
    <message>
        <source>This booking starts in the past ({day}, {time}).</source>
        <translation>Esta reserva empieza en el pasado ({day}, {time}).</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} repeats clash: {days}.</source>
        <translation>
            <numerusform>%n de {total} repeticiones se solapa: {days}.</numerusform>
            <numerusform>%n de {total} repeticiones se solapan: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline, last synced at {time} on {day}: bookings made at other desks since then are unknown.</source>
        <translation>Sin conexión, última sincronización el {day} a las {time}: se desconocen las reservas hechas desde entonces en otros puestos.</translation>
    </message>
    <message>
        <source>Appointment {id} is not in the local copy. Sync and try again.</source>
        <translation>La cita {id} no está en la copia local. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The booking is invalid.</source>
        <translation>La reserva no es válida.</translation>
    </message>
    <message numerus="yes">
        <source>The booking has %n warning(s); choose Book anyway to save it regardless.</source>
        <translation>
            <numerusform>La reserva tiene %n advertencia; elija «Reservar de todos modos» para guardarla igualmente.</numerusform>
            <numerusform>La reserva tiene %n advertencias; elija «Reservar de todos modos» para guardarla igualmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server lists {deleted} of the {saved} saved appointments as deleted. Nothing was deleted. Check that the API key belongs to this clinic, then sync again allowing the deletions.</source>
        <translation>El servidor marca {deleted} de las {saved} citas guardadas como eliminadas. No se eliminó nada. Compruebe que la clave de API pertenece a esta clínica y vuelva a sincronizar permitiendo las eliminaciones.</translation>
    </message>
    <message>
        <source>Cliniko did not accept the change.</source>
        <translation>Cliniko no aceptó el cambio.</translation>
    </message>
    <message>
        <source>Cliniko did not accept the change: {details}.</source>
        <translation>Cliniko no aceptó el cambio: {details}.</translation>
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
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d MMM</translation>
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
        <translation>{when} con otro profesional</translation>
    </message>
    <message>
        <source>{when} with {practitioner}</source>
        <translation>{when} con {practitioner}</translation>
    </message>
    <message>
        <source>{when} with the same practitioner</source>
        <translation>{when} con el mismo profesional</translation>
    </message>
    <message>
        <source>{gap} after {appointment}</source>
        <comment>too little time after an appointment</comment>
        <translation>{gap} después de {appointment}</translation>
    </message>
    <message>
        <source>{gap} before {appointment}</source>
        <comment>too little time before an appointment</comment>
        <translation>{gap} antes de {appointment}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{items} and %n more</source>
        <translation>
            <numerusform>{items} y %n más</numerusform>
            <numerusform>{items} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>the last item of a list</comment>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>on Mondays</source>
        <translation>los lunes</translation>
    </message>
    <message>
        <source>on Tuesdays</source>
        <translation>los martes</translation>
    </message>
    <message>
        <source>on Wednesdays</source>
        <translation>los miércoles</translation>
    </message>
    <message>
        <source>on Thursdays</source>
        <translation>los jueves</translation>
    </message>
    <message>
        <source>on Fridays</source>
        <translation>los viernes</translation>
    </message>
    <message>
        <source>on Saturdays</source>
        <translation>los sábados</translation>
    </message>
    <message>
        <source>on Sundays</source>
        <translation>los domingos</translation>
    </message>
    <message>
        <source>This appointment has been deleted.</source>
        <translation>Esta cita se ha eliminado.</translation>
    </message>
    <message>
        <source>This appointment is cancelled.</source>
        <translation>Esta cita está cancelada.</translation>
    </message>
    <message>
        <source>The appointment type is unknown, so telehealth cannot be confirmed. Sync and try again.</source>
        <translation>El tipo de cita es desconocido, así que no se puede confirmar la teleconsulta. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Group appointments have no telehealth links.</source>
        <translation>Las citas de grupo no tienen enlaces de teleconsulta.</translation>
    </message>
    <message>
        <source>This appointment has ended; its telehealth link has expired.</source>
        <translation>Esta cita ha terminado; su enlace de teleconsulta ha caducado.</translation>
    </message>
    <message>
        <source>The patient&apos;s telehealth link has not been synced yet. Sync and try again.</source>
        <translation>El enlace de teleconsulta del paciente aún no se ha sincronizado. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The patient&apos;s place on this appointment was cancelled.</source>
        <translation>La plaza del paciente en esta cita se canceló.</translation>
    </message>
    <message>
        <source>Join is for practitioners and administrators only.</source>
        <translation>«Unirse» es solo para profesionales y administradores.</translation>
    </message>
    <message>
        <source>This appointment has ended.</source>
        <translation>Esta cita ha terminado.</translation>
    </message>
    <message>
        <source>This appointment has no telehealth link yet. Sync and try again.</source>
        <translation>Esta cita aún no tiene enlace de teleconsulta. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Join opens at the start.</source>
        <translation>Podrá unirse desde el inicio.</translation>
    </message>
    <message>
        <source>This appointment is already cancelled.</source>
        <translation>Esta cita ya está cancelada.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; its status cannot change.</source>
        <translation>Esta cita está cancelada; su estado no puede cambiar.</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Elija un paciente.</translation>
    </message>
    <message>
        <source>Choose a practitioner.</source>
        <translation>Elija un profesional.</translation>
    </message>
    <message>
        <source>Choose an appointment type.</source>
        <translation>Elija un tipo de cita.</translation>
    </message>
    <message>
        <source>The chosen appointment type is unknown. Sync and choose it again.</source>
        <translation>El tipo de cita elegido es desconocido. Sincronice y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation>Elija una hora de inicio.</translation>
    </message>
    <message>
        <source>The start time has no time zone.</source>
        <translation>La hora de inicio no tiene zona horaria.</translation>
    </message>
    <message>
        <source>Choose an end time.</source>
        <translation>Elija una hora de fin.</translation>
    </message>
    <message>
        <source>The end time has no time zone.</source>
        <translation>La hora de fin no tiene zona horaria.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>La hora no tiene zona horaria.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>The chosen patient is not in the local copy. Sync and try again.</source>
        <translation>El paciente elegido no está en la copia local. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This patient is archived and cannot be booked.</source>
        <translation>Este paciente está archivado y no se puede citar.</translation>
    </message>
    <message>
        <source>The chosen practitioner is not in the local copy. Sync and try again.</source>
        <translation>El profesional elegido no está en la copia local. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The chosen business is not in the local copy. Sync and try again.</source>
        <translation>El centro elegido no está en la copia local. Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No business is known yet. Sync first.</source>
        <translation>Aún no se conoce ningún centro. Sincronice primero.</translation>
    </message>
    <message>
        <source>Working offline and not yet synced: bookings made at other desks are unknown.</source>
        <translation>Sin conexión y aún sin sincronizar: se desconocen las reservas hechas en otros puestos.</translation>
    </message>
    <message>
        <source>The appointment changed while it was being edited. Please try again.</source>
        <translation>La cita cambió mientras se editaba. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; it cannot be moved or edited.</source>
        <translation>Esta cita está cancelada; no se puede mover ni editar.</translation>
    </message>
    <message>
        <source>Only a failed change can be tried again.</source>
        <translation>Solo se puede reintentar un cambio fallido.</translation>
    </message>
    <message>
        <source>Only a failed or waiting change can be discarded.</source>
        <translation>Solo se puede descartar un cambio fallido o pendiente.</translation>
    </message>
    <message>
        <source>This booking is being sent right now; try again after the sync.</source>
        <translation>Esta reserva se está enviando ahora mismo; vuelva a intentarlo después de la sincronización.</translation>
    </message>
    <message>
        <source>That sync conflict has already been settled.</source>
        <translation>Ese conflicto de sincronización ya se resolvió.</translation>
    </message>
    <message>
        <source>This appointment was deleted on the server, so the change made here cannot be kept. Take the server&apos;s version, then book again if needed.</source>
        <translation>Esta cita se eliminó en el servidor, así que el cambio hecho aquí no se puede conservar. Acepte la versión del servidor y vuelva a reservar si hace falta.</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key, and its region suffix (e.g. -au1).</source>
        <translation>El servidor rechazó la clave de API. Compruebe la clave y su sufijo de región (p. ej., -au1).</translation>
    </message>
    <message>
        <source>The account this API key belongs to is not allowed to do that. Ask a Cliniko administrator to check the user&apos;s permissions.</source>
        <translation>La cuenta a la que pertenece esta clave de API no tiene permiso para hacer eso. Pida a un administrador de Cliniko que revise los permisos del usuario.</translation>
    </message>
    <message>
        <source>The record was not found on the server. It may have been deleted.</source>
        <translation>No se encontró el registro en el servidor. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Cliniko is receiving too many requests from this account. The app will try again shortly.</source>
        <translation>Cliniko está recibiendo demasiadas solicitudes de esta cuenta. La aplicación lo volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>Cannot reach Cliniko right now. The app keeps working from its saved copy and will try again.</source>
        <translation>No se puede conectar con Cliniko en este momento. La aplicación sigue funcionando con su copia guardada y lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Cliniko did not confirm the booking. It may have been made; the app will check before trying again.</source>
        <translation>Cliniko no confirmó la reserva. Puede que se haya hecho; la aplicación lo comprobará antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Cliniko sent an answer the app could not read. Please try again later.</source>
        <translation>Cliniko envió una respuesta que la aplicación no pudo leer. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Cliniko accepted the booking but sent back an answer the app could not read. It will appear after the next sync; do not book it again.</source>
        <translation>Cliniko aceptó la reserva, pero devolvió una respuesta que la aplicación no pudo leer. Aparecerá tras la próxima sincronización; no la vuelva a reservar.</translation>
    </message>
    <message>
        <source>Another program is using the local cache; close it and try again.</source>
        <translation>Otro programa está usando la caché local; ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk holding the local cache is full; free some space and try again.</source>
        <translation>El disco que contiene la caché local está lleno; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of Frontdesk. Update Frontdesk, or choose another data folder.</source>
        <translation>La caché local la escribió una versión más reciente de Frontdesk. Actualice Frontdesk o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The demo clinic could not start on this computer.</source>
        <translation>La clínica de demostración no pudo iniciarse en este equipo.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenido a %1</translation>
    </message>
    <message>
        <source>Frontdesk keeps a copy of your clinic&apos;s calendar on this computer, so it opens at once and keeps working when the internet drops.</source>
        <translation>Frontdesk guarda una copia de la agenda de su clínica en este equipo, así que se abre al instante y sigue funcionando si se corta Internet.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste the key from Cliniko: My Info &gt; Manage API keys</source>
        <translation>Pegue la clave de Cliniko: My Info &gt; Manage API keys</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Server address (optional)</source>
        <translation>Dirección del servidor (opcional)</translation>
    </message>
    <message>
        <source>Optional: leave empty for Cliniko</source>
        <translation>Opcional: déjelo vacío para Cliniko</translation>
    </message>
    <message>
        <source>Connect to Cliniko</source>
        <translation>Conectar con Cliniko</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Mensaje de conexión</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Try the demo clinic</source>
        <translation>Probar la clínica de demostración</translation>
    </message>
    <message>
        <source>A made-up clinic that runs on this computer: book, move and cancel freely. Nothing is sent anywhere, and it starts fresh every time.</source>
        <translation>Una clínica ficticia que funciona en este equipo: reserve, mueva y cancele con libertad. No se envía nada a ningún sitio y empieza de cero cada vez.</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Pegue primero su clave de API.</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find next free slot</source>
        <translation>Buscar el próximo hueco libre</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>Cualquier profesional</translation>
    </message>
    <message>
        <source>Search from</source>
        <translation>Buscar desde</translation>
    </message>
    <message>
        <source>Appointment &amp;type:</source>
        <translation>&amp;Tipo de cita:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Choose an appointment type first.</source>
        <translation>Elija primero un tipo de cita.</translation>
    </message>
    <message>
        <source>%1 does not offer this appointment type.</source>
        <translation>%1 no ofrece este tipo de cita.</translation>
    </message>
    <message>
        <source>None of these practitioners offers this appointment type.</source>
        <translation>Ninguno de estos profesionales ofrece este tipo de cita.</translation>
    </message>
    <message>
        <source>Nothing is free in the next 60 days for this choice.</source>
        <translation>No hay nada libre en los próximos 60 días para esta selección.</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Qt date format for a day in lists and summaries (ddd: short weekday, MMM: short month name).</extracomment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clínica de demostración</translation>
    </message>
</context>
<context>
    <name>OutboxSummary</name>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change failed</source>
        <translation>1 cambio fallido</translation>
    </message>
    <message numerus="yes">
        <source>%n changes failed</source>
        <translation>
            <numerusform>%n cambio fallido</numerusform>
            <numerusform>%n cambios fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 sync conflict</source>
        <translation>1 conflicto de sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflicts</source>
        <translation>
            <numerusform>%n conflicto de sincronización</numerusform>
            <numerusform>%n conflictos de sincronización</numerusform>
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
        <translation>Pacientes coincidentes</translation>
    </message>
</context>
<context>
    <name>PatientLinkCopier</name>
    <message>
        <source>Getting the latest patient link…</source>
        <translation>Obteniendo el enlace más reciente del paciente…</translation>
    </message>
    <message numerus="yes">
        <source>Patient link copied. It will be cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Enlace del paciente copiado. Se borrará del portapapeles en %n segundo.</numerusform>
            <numerusform>Enlace del paciente copiado. Se borrará del portapapeles en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient link cannot be copied now.</source>
        <translation>Ahora no se puede copiar el enlace del paciente.</translation>
    </message>
    <message>
        <source>The patient link was cleared from the clipboard.</source>
        <translation>El enlace del paciente se borró del portapapeles.</translation>
    </message>
</context>
<context>
    <name>PractitionerFilterButton</name>
    <message>
        <source>Practitioner filter</source>
        <translation>Filtro de profesionales</translation>
    </message>
    <message>
        <source>Choose whose appointments are shown</source>
        <translation>Elegir de quién se muestran las citas</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Mostrar a todos</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>%1 of %2 practitioners</source>
        <translation>%1 de %2 profesionales</translation>
    </message>
</context>
<context>
    <name>SeriesScopeDialog</name>
    <message>
        <source>Repeating appointment</source>
        <translation>Cita periódica</translation>
    </message>
    <message>
        <source>Choose which appointments of the series to change</source>
        <translation>Elegir qué citas de la serie cambiar</translation>
    </message>
    <message>
        <source>This appointment is part of a series. Which appointments should this change apply to?</source>
        <translation>Esta cita forma parte de una serie. ¿A qué citas debe aplicarse este cambio?</translation>
    </message>
    <message>
        <source>Only this appointment</source>
        <translation>Solo esta cita</translation>
    </message>
    <message>
        <source>This and the following appointments</source>
        <translation>Esta y las siguientes citas</translation>
    </message>
    <message>
        <source>Every appointment in the series</source>
        <translation>Todas las citas de la serie</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Tamaño de franja</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Margen para unirse</translation>
    </message>
    <message>
        <source>How long before the start Join becomes available</source>
        <translation>Cuánto antes del inicio se habilita «Unirse»</translation>
    </message>
    <message>
        <source>Buffer between appointments</source>
        <translation>Margen entre citas</translation>
    </message>
    <message>
        <source>Warn when a practitioner&apos;s appointments are closer than this (0: off)</source>
        <translation>Avisar cuando las citas de un profesional estén más próximas que esto (0: desactivado)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Calendar and bookings</source>
        <translation>Calendario y reservas</translation>
    </message>
    <message>
        <source>&amp;Slot size:</source>
        <translation>Tamaño de &amp;franja:</translation>
    </message>
    <message>
        <source>&amp;Join opens before the start:</source>
        <translation>&amp;Unirse disponible antes del inicio:</translation>
    </message>
    <message>
        <source>&amp;Buffer between appointments:</source>
        <translation>&amp;Margen entre citas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Frontdesk starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Frontdesk.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Déjelo vacío para conservar la clave actual</translation>
    </message>
    <message>
        <source>Server address (optional)</source>
        <translation>Dirección del servidor (opcional)</translation>
    </message>
    <message>
        <source>Optional: leave empty for Cliniko</source>
        <translation>Opcional: déjelo vacío para Cliniko</translation>
    </message>
    <message>
        <source>Account message</source>
        <translation>Mensaje de la cuenta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>The demo clinic needs no API key.</source>
        <translation>La clínica de demostración no necesita clave de API.</translation>
    </message>
    <message>
        <source>Checking the key with the server…</source>
        <translation>Comprobando la clave con el servidor…</translation>
    </message>
    <message>
        <source>Enter the API key to use with this server.</source>
        <translation>Introduzca la clave de API que se usará con este servidor.</translation>
    </message>
    <message>
        <source>The key could not be checked. The current key is kept.</source>
        <translation>No se pudo comprobar la clave. Se conserva la clave actual.</translation>
    </message>
    <message>
        <source>The server refused this API key. Check that it was copied whole (Cliniko: My Info &gt; Manage API keys). The current key is kept.</source>
        <translation>El servidor rechazó esta clave de API. Compruebe que se copió completa (Cliniko: My Info &gt; Manage API keys). Se conserva la clave actual.</translation>
    </message>
    <message>
        <source>The server could not be reached, so the key could not be checked. Check the internet connection and the server address, then try again. The current key is kept.</source>
        <translation>No se pudo conectar con el servidor, así que no se pudo comprobar la clave. Compruebe la conexión a Internet y la dirección del servidor y vuelva a intentarlo. Se conserva la clave actual.</translation>
    </message>
    <message>
        <source>The key could not be checked: %1 The current key is kept.</source>
        <translation>No se pudo comprobar la clave: %1 Se conserva la clave actual.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) was found on this computer, so a new key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set.</source>
        <translation>No se encontró ningún almacén seguro de contraseñas (llavero) en este equipo, así que no se puede guardar una clave nueva. Instale y desbloquee uno (p. ej., GNOME Keyring o KWallet) o inicie Frontdesk con FRONTDESK_API_KEY definida.</translation>
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
        <translation>Un problema inesperado detuvo la sincronización.</translation>
    </message>
    <message>
        <source>Fetching the rest of the clinic&apos;s records.</source>
        <translation>Obteniendo el resto de los datos de la clínica.</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Syncing the clinic…</source>
        <translation>Sincronizando la clínica…</translation>
    </message>
    <message>
        <source>Syncing practitioners…</source>
        <translation>Sincronizando profesionales…</translation>
    </message>
    <message>
        <source>Syncing appointment types…</source>
        <translation>Sincronizando tipos de cita…</translation>
    </message>
    <message>
        <source>Syncing patients…</source>
        <translation>Sincronizando pacientes…</translation>
    </message>
    <message>
        <source>Syncing appointments…</source>
        <translation>Sincronizando citas…</translation>
    </message>
    <message>
        <source>Syncing attendees…</source>
        <translation>Sincronizando asistentes…</translation>
    </message>
    <message>
        <source>Syncing unavailable times…</source>
        <translation>Sincronizando ausencias…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Enviando cambios…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>API key refused: check it in Settings</source>
        <translation>Clave de API rechazada: revísela en Configuración</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Cambios no enviados</translation>
    </message>
    <message>
        <source>Show the changes not yet on the server</source>
        <translation>Mostrar los cambios que aún no están en el servidor</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>UnsentChanges</name>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Arrival status</source>
        <translation>Estado de llegada</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <source>(no longer in the calendar)</source>
        <translation>(ya no está en el calendario)</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n attempt(s)</source>
        <translation>
            <numerusform>Falló tras %n intento</numerusform>
            <numerusform>Falló tras %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Qt date format for when a change was made (the time follows in the locale&apos;s format).</extracomment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Deleted on the server after it was changed here.</source>
        <translation>Eliminada en el servidor después de cambiarla aquí.</translation>
    </message>
    <message>
        <source>Changed on the server too</source>
        <translation>También cambiada en el servidor</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>sin notas</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>did not arrive</source>
        <translation>no asistió</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Changed on the server after it was changed here.</source>
        <translation>Cambiada en el servidor después de cambiarla aquí.</translation>
    </message>
    <message>
        <source>%1: here %2; on the server %3</source>
        <translation>%1: aquí %2; en el servidor %3</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>UnsentChangesDialog</name>
    <message>
        <source>Unsent changes</source>
        <translation>Cambios no enviados</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>Cambios que aún no están en el servidor</translation>
    </message>
    <message>
        <source>Waiting changes are sent at the next sync. Failed changes and conflicts stay here until you decide: nothing is thrown away without you.</source>
        <translation>Los cambios pendientes se envían en la próxima sincronización. Los cambios fallidos y los conflictos se quedan aquí hasta que usted decida: no se descarta nada sin usted.</translation>
    </message>
    <message>
        <source>Unsent changes and conflicts</source>
        <translation>Cambios no enviados y conflictos</translation>
    </message>
    <message>
        <source>Everything made here has reached the server.</source>
        <translation>Todo lo hecho aquí ha llegado al servidor.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mantener la mía</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Usar la del servidor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Queued to send again.</source>
        <translation>En cola para enviarse de nuevo.</translation>
    </message>
    <message>
        <source>Discard this change (%1)? It will not be sent to the server.</source>
        <translation>¿Descartar este cambio (%1)? No se enviará al servidor.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Descartar cambio</translation>
    </message>
    <message>
        <source>The change was discarded.</source>
        <translation>Se descartó el cambio.</translation>
    </message>
    <message>
        <source>The server&apos;s version was loaded.</source>
        <translation>Se cargó la versión del servidor.</translation>
    </message>
    <message>
        <source>Your version will be sent at the next sync.</source>
        <translation>Su versión se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The server&apos;s version was kept.</source>
        <translation>Se conservó la versión del servidor.</translation>
    </message>
    <message>
        <source>The server could not be reached. Try again later.</source>
        <translation>No se pudo contactar con el servidor. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Only a failed change can be retried.</source>
        <translation>Solo se puede reintentar un cambio fallido.</translation>
    </message>
    <message>
        <source>Only a failed or waiting change can be discarded.</source>
        <translation>Solo se puede descartar un cambio fallido o pendiente.</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Seleccione primero un conflicto.</translation>
    </message>
    <message>
        <source>The appointment was deleted on the server, so this change cannot be kept.</source>
        <translation>La cita se eliminó en el servidor, así que este cambio no se puede conservar.</translation>
    </message>
    <message>
        <source>Connect to the server to take its version.</source>
        <translation>Conéctese al servidor para usar su versión.</translation>
    </message>
</context>
<context>
    <name>WarningItemView</name>
    <message>
        <source>Show in calendar ›</source>
        <translation>Mostrar en el calendario ›</translation>
    </message>
    <message>
        <source>Show the clashing appointment in the calendar</source>
        <translation>Mostrar la cita que se solapa en el calendario</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Press Enter to show the appointment in the calendar</source>
        <translation>Pulse Intro para mostrar la cita en el calendario</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <source>Send local changes and fetch the latest</source>
        <translation>Enviar los cambios locales y obtener lo más reciente</translation>
    </message>
    <message>
        <source>&amp;Unsent changes…</source>
        <translation>Cambios &amp;no enviados…</translation>
    </message>
    <message>
        <source>Changes not yet on the server, and sync conflicts</source>
        <translation>Cambios que aún no están en el servidor y conflictos de sincronización</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Show today (T)</source>
        <translation>Mostrar hoy (T)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Día o semana anterior (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <source>Next day or week (Alt+Right)</source>
        <translation>Día o semana siguiente (Alt+Flecha derecha)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>One column per practitioner (Ctrl+1)</source>
        <translation>Una columna por profesional (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>One column per day (Ctrl+2)</source>
        <translation>Una columna por día (Ctrl+2)</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>Mostrar &amp;canceladas</translation>
    </message>
    <message>
        <source>Show cancelled appointments</source>
        <translation>Mostrar las citas canceladas</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;Nueva cita…</translation>
    </message>
    <message>
        <source>&amp;Find next free slot…</source>
        <translation>&amp;Buscar el próximo hueco libre…</translation>
    </message>
    <message>
        <source>The earliest time an appointment type fits</source>
        <translation>La primera hora en la que cabe un tipo de cita</translation>
    </message>
    <message>
        <source>&amp;About Frontdesk</source>
        <translation>&amp;Acerca de Frontdesk</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Fecha mostrada</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Tamaño de franja</translation>
    </message>
    <message>
        <source>Calendar slot size</source>
        <translation>Tamaño de franja del calendario</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>S&amp;lot size</source>
        <translation>Tamaño de &amp;franja</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Cita</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Calendar toolbar</source>
        <translation>Barra de herramientas del calendario</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Appointment toolbar</source>
        <translation>Barra de herramientas de citas</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Appointment actions</source>
        <translation>Acciones de la cita</translation>
    </message>
</context>
</TS>
