<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Scheduling for a clinic&apos;s front desk, kept in step with Cliniko.</source>
        <translation>Gestion des rendez-vous pour l&apos;accueil d&apos;un cabinet, synchronisée avec Cliniko.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Running the demo clinic (a copy that is deleted on exit).</source>
        <translation>Cabinet de démonstration en cours (une copie supprimée à la fermeture).</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier des données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No secure password store (keyring) was found on this computer, so an API key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set. The demo clinic works without one.</source>
        <translation>Aucun coffre à mots de passe sécurisé (trousseau) n&apos;a été trouvé sur cet ordinateur&#xa0;: impossible d&apos;enregistrer une clé API. Installez-en un et déverrouillez-le (par exemple GNOME Keyring ou KWallet), ou lancez Frontdesk avec la variable FRONTDESK_API_KEY définie. Le cabinet de démonstration fonctionne sans.</translation>
    </message>
    <message>
        <source>Starting the demo clinic…</source>
        <translation>Démarrage du cabinet de démonstration…</translation>
    </message>
    <message>
        <source>Checking the key with the server…</source>
        <translation>Vérification de la clé auprès du serveur…</translation>
    </message>
</context>
<context>
    <name>AppointmentActions</name>
    <message>
        <source>Select an appointment first.</source>
        <translation>Sélectionnez d&apos;abord un rendez-vous.</translation>
    </message>
    <message>
        <source>This appointment is no longer in the local copy.</source>
        <translation>Ce rendez-vous ne figure plus dans la copie locale.</translation>
    </message>
    <message>
        <source>&amp;Edit appointment…</source>
        <translation>&amp;Modifier le rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Copy &amp;patient link</source>
        <translation>Copier le &amp;lien patient</translation>
    </message>
    <message>
        <source>Mark &amp;arrived</source>
        <translation>Marquer comme &amp;arrivé</translation>
    </message>
    <message>
        <source>&amp;Did not arrive</source>
        <translation>Non &amp;venu</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment…</source>
        <translation>Ann&amp;uler le rendez-vous…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Join is not available for this appointment.</source>
        <translation>Impossible de rejoindre ce rendez-vous.</translation>
    </message>
    <message>
        <source>Opening the telehealth session in your browser.</source>
        <translation>Ouverture de la téléconsultation dans votre navigateur.</translation>
    </message>
    <message>
        <source>The browser could not be opened. Check the computer&apos;s default browser.</source>
        <translation>Impossible d&apos;ouvrir le navigateur. Vérifiez le navigateur par défaut de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Marked arrived.</source>
        <translation>Marqué comme arrivé.</translation>
    </message>
    <message>
        <source>Marked as did not arrive.</source>
        <translation>Marqué comme non venu.</translation>
    </message>
    <message>
        <source>Marked as booked again.</source>
        <translation>De nouveau marqué comme réservé.</translation>
    </message>
    <message>
        <source>Cancel appointments</source>
        <translation>Annuler les rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) cancelled.</source>
        <translation>
            <numerusform>%n rendez-vous annulé.</numerusform>
            <numerusform>%n rendez-vous annulés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this appointment? This cannot be undone.</source>
        <translation>Supprimer ce rendez-vous&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete these appointments of the series? This cannot be undone.</source>
        <translation>Supprimer ces rendez-vous de la série&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) deleted.</source>
        <translation>
            <numerusform>%n rendez-vous supprimé.</numerusform>
            <numerusform>%n rendez-vous supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Cancelled appointment</source>
        <translation>Rendez-vous annulé</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>Times are in the clinic&apos;s time zone (%1).</source>
        <translation>Les heures sont dans le fuseau horaire du cabinet (%1).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The patient of a booked appointment cannot be changed.</source>
        <translation>Le patient d&apos;un rendez-vous réservé ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelled appointments are not checked for clashes.</source>
        <translation>Les rendez-vous annulés ne sont pas vérifiés pour les chevauchements.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; it cannot be changed.</source>
        <translation>Ce rendez-vous est annulé&#xa0;; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>This appointment is part of a repeating series.</source>
        <translation>Ce rendez-vous fait partie d&apos;une série récurrente.</translation>
    </message>
    <message>
        <source>The change gives these warnings; choose Save anyway to save it.</source>
        <translation>La modification entraîne ces avertissements&#xa0;; choisissez «&#xa0;Enregistrer quand même&#xa0;» pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>Réserver quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a practitioner and a time to check for clashes.</source>
        <translation>Choisissez un praticien et une heure pour vérifier les chevauchements.</translation>
    </message>
    <message>
        <source>%1 appointments, the last on %2</source>
        <translation>%1 rendez-vous, le dernier le %2</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>Save even though the warnings on the right apply.</source>
        <translation>Enregistrer malgré les avertissements à droite.</translation>
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
        <translation>Rechercher par nom, téléphone ou date de naissance</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Choose a practitioner</source>
        <translation>Choisir un praticien</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>Pr&amp;aticien&#xa0;:</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>Choose an appointment type</source>
        <translation>Choisir un type de rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy   HH:mm</source>
        <translation>ddd d MMM yyyy   HH:mm</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Intervalle de répétition</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Nombre de rendez-vous</translation>
    </message>
    <message>
        <source>every</source>
        <translation>intervalle de</translation>
    </message>
    <message>
        <source>times</source>
        <translation>fois</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Répétition&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message numerus="yes">
        <source>week(s),</source>
        <translation>
            <numerusform>semaine,</numerusform>
            <numerusform>semaines,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s),</source>
        <translation>
            <numerusform>jour,</numerusform>
            <numerusform>jours,</numerusform>
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
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Non venu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Type inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Groupe de %n</numerusform>
            <numerusform>Groupe de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>Aucun patient</translation>
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
        <translation>Téléconsultation</translation>
    </message>
    <message>
        <source>Not yet sent to the server</source>
        <translation>Pas encore envoyé au serveur</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n réservé</numerusform>
            <numerusform>%n réservés</numerusform>
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
        <translation>Rien n&apos;est réservé aujourd&apos;hui&#xa0;; affichage du prochain jour avec des rendez-vous.</translation>
    </message>
</context>
<context>
    <name>CalendarMoves</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Déplacer quand même</translation>
    </message>
    <message>
        <source>Leave it where it was</source>
        <translation>Le laisser où il était</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Modifier la durée</translation>
    </message>
    <message>
        <source>This change has conflicts. Make it anyway?</source>
        <translation>Cette modification crée des conflits. L&apos;effectuer quand même&#xa0;?</translation>
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
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Non venu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Calendar columns</source>
        <translation>Colonnes du calendrier</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Heures de la journée</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <source>Feeling better</source>
        <translation>Se sent mieux</translation>
    </message>
    <message>
        <source>Condition worse</source>
        <translation>État aggravé</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Malade</translation>
    </message>
    <message>
        <source>COVID-19 related</source>
        <translation>Lié à la COVID-19</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Cancel this appointment?</source>
        <translation>Annuler ce rendez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Cancellation reason</source>
        <translation>Motif d&apos;annulation</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choisir un motif</translation>
    </message>
    <message>
        <source>Cancellation note</source>
        <translation>Remarque d&apos;annulation</translation>
    </message>
    <message>
        <source>Optional: anything the clinic should know</source>
        <translation>Facultatif&#xa0;: ce que le cabinet doit savoir</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Keep appointment</source>
        <translation>Garder le rendez-vous</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Choisissez d&apos;abord un motif.</translation>
    </message>
</context>
<context>
    <name>ConflictWarningsPanel</name>
    <message>
        <source>Practitioner already booked</source>
        <translation>Praticien déjà réservé</translation>
    </message>
    <message>
        <source>Practitioner unavailable</source>
        <translation>Praticien indisponible</translation>
    </message>
    <message>
        <source>Patient already booked</source>
        <translation>Patient déjà réservé</translation>
    </message>
    <message>
        <source>Too little time between</source>
        <translation>Trop peu de temps entre</translation>
    </message>
    <message>
        <source>Group is full</source>
        <translation>Groupe complet</translation>
    </message>
    <message>
        <source>Type not offered</source>
        <translation>Type non proposé</translation>
    </message>
    <message>
        <source>Starts in the past</source>
        <translation>Commence dans le passé</translation>
    </message>
    <message>
        <source>Repeats clash</source>
        <translation>Les répétitions se chevauchent</translation>
    </message>
    <message>
        <source>Schedule may be out of date</source>
        <translation>Planning peut-être obsolète</translation>
    </message>
    <message>
        <source>Conflict warnings</source>
        <translation>Avertissements de conflit</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Warning status</source>
        <translation>État des avertissements</translation>
    </message>
    <message>
        <source>Choose a practitioner and a time to check for clashes.</source>
        <translation>Choisissez un praticien et une heure pour vérifier les chevauchements.</translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Avertissement (%n)</numerusform>
            <numerusform>Avertissements (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still book: choose Book anyway to save regardless.</source>
        <translation>Vous pouvez quand même réserver&#xa0;: choisissez «&#xa0;Réserver quand même&#xa0;» pour enregistrer malgré tout.</translation>
    </message>
    <message>
        <source>✓ No clashes found.</source>
        <translation>✓ Aucun chevauchement trouvé.</translation>
    </message>
</context>
<context>
    <name>DatePickerButton</name>
    <message>
        <source>Go to date…</source>
        <translation>Aller à la date…</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Pick a date to show</source>
        <translation>Choisir une date à afficher</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Calendrier du mois</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>The practitioner</source>
        <comment>unknown, starts a sentence</comment>
        <translation>Le praticien</translation>
    </message>
    <message>
        <source>Telehealth is off for this appointment type.</source>
        <translation>La téléconsultation est désactivée pour ce type de rendez-vous.</translation>
    </message>
    <message>
        <source>Telehealth is off for {type}.</source>
        <translation>La téléconsultation est désactivée pour «&#xa0;{type}&#xa0;».</translation>
    </message>
    <message>
        <source>Join opens {lead} before the start.</source>
        <translation>«&#xa0;Rejoindre&#xa0;» est possible {lead} avant le début.</translation>
    </message>
    <message>
        <source>Join opens at {time} on {day}, at the start.</source>
        <translation>«&#xa0;Rejoindre&#xa0;» sera possible le {day} à {time}, dès le début.</translation>
    </message>
    <message>
        <source>Join opens at {time}, at the start.</source>
        <translation>«&#xa0;Rejoindre&#xa0;» sera possible à {time}, dès le début.</translation>
    </message>
    <message>
        <source>Join opens at {time} on {day}, {lead} before the start.</source>
        <translation>«&#xa0;Rejoindre&#xa0;» sera possible le {day} à {time}, {lead} avant le début.</translation>
    </message>
    <message>
        <source>Join opens at {time}, {lead} before the start.</source>
        <translation>«&#xa0;Rejoindre&#xa0;» sera possible à {time}, {lead} avant le début.</translation>
    </message>
    <message>
        <source>booked</source>
        <comment>appointment status</comment>
        <translation>réservé</translation>
    </message>
    <message>
        <source>arrived</source>
        <comment>appointment status</comment>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>did not arrive</source>
        <comment>appointment status</comment>
        <translation>non venu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>appointment status</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>This appointment is already marked “{status}”.</source>
        <translation>Ce rendez-vous est déjà marqué «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>{type} is archived and can no longer be booked. Choose another type.</source>
        <translation>«&#xa0;{type}&#xa0;» est archivé et ne peut plus être réservé. Choisissez un autre type.</translation>
    </message>
    <message>
        <source>{practitioner} is no longer active.</source>
        <translation>{practitioner} n&apos;est plus actif.</translation>
    </message>
    <message>
        <source>{practitioner} is already booked {appointments}.</source>
        <translation>{practitioner} a déjà un rendez-vous&#xa0;: {appointments}.</translation>
    </message>
    <message>
        <source>{practitioner} is unavailable {times}.</source>
        <translation>{practitioner} n&apos;est pas disponible&#xa0;: {times}.</translation>
    </message>
    <message>
        <source>The business is closed {on_weekdays}.</source>
        <translation>L&apos;établissement est fermé {on_weekdays}.</translation>
    </message>
    <message>
        <source>{business} is closed {on_weekdays}.</source>
        <translation>{business} est fermé {on_weekdays}.</translation>
    </message>
    <message>
        <source>This booking ({booking}) is outside the opening hours ({hours} {on_weekdays}).</source>
        <translation>Cette réservation ({booking}) est en dehors des heures d&apos;ouverture ({on_weekdays}&#xa0;: {hours}).</translation>
    </message>
    <message>
        <source>This booking ({booking}) is outside the opening hours of {business} ({hours} {on_weekdays}).</source>
        <translation>Cette réservation ({booking}) est en dehors des heures d&apos;ouverture de {business} ({on_weekdays}&#xa0;: {hours}).</translation>
    </message>
    <message>
        <source>The patient</source>
        <comment>unknown, starts a sentence</comment>
        <translation>Le patient</translation>
    </message>
    <message>
        <source>{patient} is already booked {appointments}.</source>
        <translation>{patient} a déjà un rendez-vous&#xa0;: {appointments}.</translation>
    </message>
    <message>
        <source>{practitioner} needs {buffer} between appointments; this booking leaves {gaps}.</source>
        <translation>{practitioner} a besoin de {buffer} entre deux rendez-vous&#xa0;; cette réservation laisse {gaps}.</translation>
    </message>
    <message numerus="yes">
        <source>{type} takes at most %n attendee(s); this booking has {attendees}.</source>
        <translation>
            <numerusform>«&#xa0;{type}&#xa0;» accepte au plus %n participant&#xa0;; cette réservation en compte {attendees}.</numerusform>
            <numerusform>«&#xa0;{type}&#xa0;» accepte au plus %n participants&#xa0;; cette réservation en compte {attendees}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{practitioner} does not offer this appointment type.</source>
        <translation>{practitioner} ne propose pas ce type de rendez-vous.</translation>
    </message>
    <message>
        <source>{practitioner} does not offer {type}.</source>
        <translation>{practitioner} ne propose pas «&#xa0;{type}&#xa0;».</translation>
    </message>
    <message>
        <source>This booking starts in the past ({day}, {time}).</source>
        <translation>Cette réservation commence dans le passé ({day}, {time}).</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} repeats clash: {days}.</source>
        <translation>
            <numerusform>%n répétition sur {total} est en conflit&#xa0;: {days}.</numerusform>
            <numerusform>%n répétitions sur {total} sont en conflit&#xa0;: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline, last synced at {time} on {day}: bookings made at other desks since then are unknown.</source>
        <translation>Hors ligne, dernière synchronisation le {day} à {time}&#xa0;: les réservations faites depuis à d&apos;autres postes sont inconnues.</translation>
    </message>
    <message>
        <source>Appointment {id} is not in the local copy. Sync and try again.</source>
        <translation>Le rendez-vous {id} ne figure pas dans la copie locale. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>The booking is invalid.</source>
        <translation>La réservation n&apos;est pas valide.</translation>
    </message>
    <message numerus="yes">
        <source>The booking has %n warning(s); choose Book anyway to save it regardless.</source>
        <translation>
            <numerusform>La réservation a %n avertissement&#xa0;; choisissez «&#xa0;Réserver quand même&#xa0;» pour l&apos;enregistrer malgré tout.</numerusform>
            <numerusform>La réservation a %n avertissements&#xa0;; choisissez «&#xa0;Réserver quand même&#xa0;» pour l&apos;enregistrer malgré tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server lists {deleted} of the {saved} saved appointments as deleted. Nothing was deleted. Check that the API key belongs to this clinic, then sync again allowing the deletions.</source>
        <translation>Le serveur indique {deleted} des {saved} rendez-vous enregistrés comme supprimés. Rien n&apos;a été supprimé. Vérifiez que la clé API appartient à ce cabinet, puis synchronisez à nouveau en autorisant les suppressions.</translation>
    </message>
    <message>
        <source>Cliniko did not accept the change.</source>
        <translation>Cliniko n&apos;a pas accepté la modification.</translation>
    </message>
    <message>
        <source>Cliniko did not accept the change: {details}.</source>
        <translation>Cliniko n&apos;a pas accepté la modification&#xa0;: {details}.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes}</translation>
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
        <translation>{day}, {range}</translation>
    </message>
    <message>
        <source>{when} ({patient})</source>
        <translation>{when} ({patient})</translation>
    </message>
    <message>
        <source>{when} with another practitioner</source>
        <translation>{when} avec un autre praticien</translation>
    </message>
    <message>
        <source>{when} with {practitioner}</source>
        <translation>{when} avec {practitioner}</translation>
    </message>
    <message>
        <source>{when} with the same practitioner</source>
        <translation>{when} avec le même praticien</translation>
    </message>
    <message>
        <source>{gap} after {appointment}</source>
        <comment>too little time after an appointment</comment>
        <translation>{gap} après {appointment}</translation>
    </message>
    <message>
        <source>{gap} before {appointment}</source>
        <comment>too little time before an appointment</comment>
        <translation>{gap} avant {appointment}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{items} and %n more</source>
        <translation>
            <numerusform>{items} et %n autre</numerusform>
            <numerusform>{items} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>the last item of a list</comment>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>on Mondays</source>
        <translation>le lundi</translation>
    </message>
    <message>
        <source>on Tuesdays</source>
        <translation>le mardi</translation>
    </message>
    <message>
        <source>on Wednesdays</source>
        <translation>le mercredi</translation>
    </message>
    <message>
        <source>on Thursdays</source>
        <translation>le jeudi</translation>
    </message>
    <message>
        <source>on Fridays</source>
        <translation>le vendredi</translation>
    </message>
    <message>
        <source>on Saturdays</source>
        <translation>le samedi</translation>
    </message>
    <message>
        <source>on Sundays</source>
        <translation>le dimanche</translation>
    </message>
    <message>
        <source>This appointment has been deleted.</source>
        <translation>Ce rendez-vous a été supprimé.</translation>
    </message>
    <message>
        <source>This appointment is cancelled.</source>
        <translation>Ce rendez-vous est annulé.</translation>
    </message>
    <message>
        <source>The appointment type is unknown, so telehealth cannot be confirmed. Sync and try again.</source>
        <translation>Le type de rendez-vous est inconnu&#xa0;: la téléconsultation ne peut pas être confirmée. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Group appointments have no telehealth links.</source>
        <translation>Les rendez-vous de groupe n&apos;ont pas de lien de téléconsultation.</translation>
    </message>
    <message>
        <source>This appointment has ended; its telehealth link has expired.</source>
        <translation>Ce rendez-vous est terminé&#xa0;; son lien de téléconsultation a expiré.</translation>
    </message>
    <message>
        <source>The patient&apos;s telehealth link has not been synced yet. Sync and try again.</source>
        <translation>Le lien de téléconsultation du patient n&apos;a pas encore été synchronisé. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>The patient&apos;s place on this appointment was cancelled.</source>
        <translation>La place du patient à ce rendez-vous a été annulée.</translation>
    </message>
    <message>
        <source>Join is for practitioners and administrators only.</source>
        <translation>«&#xa0;Rejoindre&#xa0;» est réservé aux praticiens et aux administrateurs.</translation>
    </message>
    <message>
        <source>This appointment has ended.</source>
        <translation>Ce rendez-vous est terminé.</translation>
    </message>
    <message>
        <source>This appointment has no telehealth link yet. Sync and try again.</source>
        <translation>Ce rendez-vous n&apos;a pas encore de lien de téléconsultation. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Join opens at the start.</source>
        <translation>«&#xa0;Rejoindre&#xa0;» est possible dès le début.</translation>
    </message>
    <message>
        <source>This appointment is already cancelled.</source>
        <translation>Ce rendez-vous est déjà annulé.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; its status cannot change.</source>
        <translation>Ce rendez-vous est annulé&#xa0;; son statut ne peut plus changer.</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Choisissez un patient.</translation>
    </message>
    <message>
        <source>Choose a practitioner.</source>
        <translation>Choisissez un praticien.</translation>
    </message>
    <message>
        <source>Choose an appointment type.</source>
        <translation>Choisissez un type de rendez-vous.</translation>
    </message>
    <message>
        <source>The chosen appointment type is unknown. Sync and choose it again.</source>
        <translation>Le type de rendez-vous choisi est inconnu. Synchronisez, puis choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation>Choisissez une heure de début.</translation>
    </message>
    <message>
        <source>The start time has no time zone.</source>
        <translation>L&apos;heure de début n&apos;a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>Choose an end time.</source>
        <translation>Choisissez une heure de fin.</translation>
    </message>
    <message>
        <source>The end time has no time zone.</source>
        <translation>L&apos;heure de fin n&apos;a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>L&apos;heure n&apos;a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fin doit être après le début.</translation>
    </message>
    <message>
        <source>The chosen patient is not in the local copy. Sync and try again.</source>
        <translation>Le patient choisi ne figure pas dans la copie locale. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>This patient is archived and cannot be booked.</source>
        <translation>Ce patient est archivé et ne peut pas être réservé.</translation>
    </message>
    <message>
        <source>The chosen practitioner is not in the local copy. Sync and try again.</source>
        <translation>Le praticien choisi ne figure pas dans la copie locale. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>The chosen business is not in the local copy. Sync and try again.</source>
        <translation>L&apos;établissement choisi ne figure pas dans la copie locale. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>No business is known yet. Sync first.</source>
        <translation>Aucun établissement n&apos;est encore connu. Synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>Working offline and not yet synced: bookings made at other desks are unknown.</source>
        <translation>Hors ligne et pas encore synchronisé&#xa0;: les réservations faites à d&apos;autres postes sont inconnues.</translation>
    </message>
    <message>
        <source>The appointment changed while it was being edited. Please try again.</source>
        <translation>Le rendez-vous a changé pendant sa modification. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This appointment is cancelled; it cannot be moved or edited.</source>
        <translation>Ce rendez-vous est annulé&#xa0;; il ne peut être ni déplacé ni modifié.</translation>
    </message>
    <message>
        <source>Only a failed change can be tried again.</source>
        <translation>Seule une modification en échec peut être réessayée.</translation>
    </message>
    <message>
        <source>Only a failed or waiting change can be discarded.</source>
        <translation>Seule une modification en échec ou en attente peut être abandonnée.</translation>
    </message>
    <message>
        <source>This booking is being sent right now; try again after the sync.</source>
        <translation>Cette réservation est en cours d&apos;envoi&#xa0;; réessayez après la synchronisation.</translation>
    </message>
    <message>
        <source>That sync conflict has already been settled.</source>
        <translation>Ce conflit de synchronisation a déjà été réglé.</translation>
    </message>
    <message>
        <source>This appointment was deleted on the server, so the change made here cannot be kept. Take the server&apos;s version, then book again if needed.</source>
        <translation>Ce rendez-vous a été supprimé sur le serveur&#xa0;: la modification faite ici ne peut pas être conservée. Prenez la version du serveur, puis réservez à nouveau si nécessaire.</translation>
    </message>
    <message>
        <source>The server refused the API key. Check the key, and its region suffix (e.g. -au1).</source>
        <translation>Le serveur a refusé la clé API. Vérifiez la clé et son suffixe de région (par ex. -au1).</translation>
    </message>
    <message>
        <source>The account this API key belongs to is not allowed to do that. Ask a Cliniko administrator to check the user&apos;s permissions.</source>
        <translation>Le compte auquel appartient cette clé API n&apos;est pas autorisé à faire cela. Demandez à un administrateur Cliniko de vérifier les droits de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The record was not found on the server. It may have been deleted.</source>
        <translation>L&apos;enregistrement est introuvable sur le serveur. Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Cliniko is receiving too many requests from this account. The app will try again shortly.</source>
        <translation>Cliniko reçoit trop de requêtes de ce compte. L&apos;application réessaiera sous peu.</translation>
    </message>
    <message>
        <source>Cannot reach Cliniko right now. The app keeps working from its saved copy and will try again.</source>
        <translation>Cliniko est injoignable pour le moment. L&apos;application continue de fonctionner avec sa copie enregistrée et réessaiera.</translation>
    </message>
    <message>
        <source>Cliniko did not confirm the booking. It may have been made; the app will check before trying again.</source>
        <translation>Cliniko n&apos;a pas confirmé la réservation. Elle a peut-être été faite&#xa0;; l&apos;application vérifiera avant de réessayer.</translation>
    </message>
    <message>
        <source>Cliniko sent an answer the app could not read. Please try again later.</source>
        <translation>Cliniko a envoyé une réponse que l&apos;application n&apos;a pas pu lire. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Cliniko accepted the booking but sent back an answer the app could not read. It will appear after the next sync; do not book it again.</source>
        <translation>Cliniko a accepté la réservation mais a renvoyé une réponse que l&apos;application n&apos;a pas pu lire. Elle apparaîtra après la prochaine synchronisation&#xa0;; ne la réservez pas à nouveau.</translation>
    </message>
    <message>
        <source>Another program is using the local cache; close it and try again.</source>
        <translation>Un autre programme utilise le cache local&#xa0;; fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk holding the local cache is full; free some space and try again.</source>
        <translation>Le disque contenant le cache local est plein&#xa0;; libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of Frontdesk. Update Frontdesk, or choose another data folder.</source>
        <translation>Le cache local a été écrit par une version plus récente de Frontdesk. Mettez Frontdesk à jour ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The demo clinic could not start on this computer.</source>
        <translation>Le cabinet de démonstration n&apos;a pas pu démarrer sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <source>Frontdesk keeps a copy of your clinic&apos;s calendar on this computer, so it opens at once and keeps working when the internet drops.</source>
        <translation>Frontdesk conserve une copie de l&apos;agenda de votre cabinet sur cet ordinateur&#xa0;: il s&apos;ouvre immédiatement et continue de fonctionner en cas de coupure d&apos;Internet.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Paste the key from Cliniko: My Info &gt; Manage API keys</source>
        <translation>Collez la clé de Cliniko&#xa0;: My Info &gt; Manage API keys</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Server address (optional)</source>
        <translation>Adresse du serveur (facultatif)</translation>
    </message>
    <message>
        <source>Optional: leave empty for Cliniko</source>
        <translation>Facultatif&#xa0;: laisser vide pour Cliniko</translation>
    </message>
    <message>
        <source>Connect to Cliniko</source>
        <translation>Se connecter à Cliniko</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Try the demo clinic</source>
        <translation>Essayer le cabinet de démonstration</translation>
    </message>
    <message>
        <source>A made-up clinic that runs on this computer: book, move and cancel freely. Nothing is sent anywhere, and it starts fresh every time.</source>
        <translation>Un cabinet fictif qui fonctionne sur cet ordinateur&#xa0;: réservez, déplacez et annulez librement. Rien n&apos;est envoyé nulle part, et tout repart de zéro à chaque fois.</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Collez d&apos;abord votre clé API.</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>Find next free slot</source>
        <translation>Trouver le prochain créneau libre</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation>N&apos;importe quel praticien</translation>
    </message>
    <message>
        <source>Search from</source>
        <translation>Rechercher à partir du</translation>
    </message>
    <message>
        <source>Appointment &amp;type:</source>
        <translation>&amp;Type de rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Praticien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Choose an appointment type first.</source>
        <translation>Choisissez d&apos;abord un type de rendez-vous.</translation>
    </message>
    <message>
        <source>%1 does not offer this appointment type.</source>
        <translation>%1 ne propose pas ce type de rendez-vous.</translation>
    </message>
    <message>
        <source>None of these practitioners offers this appointment type.</source>
        <translation>Aucun de ces praticiens ne propose ce type de rendez-vous.</translation>
    </message>
    <message>
        <source>Nothing is free in the next 60 days for this choice.</source>
        <translation>Aucun créneau libre dans les 60 prochains jours pour ce choix.</translation>
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
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Cabinet de démonstration</translation>
    </message>
</context>
<context>
    <name>OutboxSummary</name>
    <message>
        <source>1 change waiting</source>
        <translation>1 modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change failed</source>
        <translation>1 modification en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n changes failed</source>
        <translation>
            <numerusform>%n modification en échec</numerusform>
            <numerusform>%n modifications en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>1 sync conflict</source>
        <translation>1 conflit de synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflicts</source>
        <translation>
            <numerusform>%n conflit de synchronisation</numerusform>
            <numerusform>%n conflits de synchronisation</numerusform>
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
        <translation>Patients correspondants</translation>
    </message>
</context>
<context>
    <name>PatientLinkCopier</name>
    <message>
        <source>Getting the latest patient link…</source>
        <translation>Récupération du dernier lien patient…</translation>
    </message>
    <message numerus="yes">
        <source>Patient link copied. It will be cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Lien patient copié. Il sera effacé du presse-papiers dans %n seconde.</numerusform>
            <numerusform>Lien patient copié. Il sera effacé du presse-papiers dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The patient link cannot be copied now.</source>
        <translation>Le lien patient ne peut pas être copié pour le moment.</translation>
    </message>
    <message>
        <source>The patient link was cleared from the clipboard.</source>
        <translation>Le lien patient a été effacé du presse-papiers.</translation>
    </message>
</context>
<context>
    <name>PractitionerFilterButton</name>
    <message>
        <source>Practitioner filter</source>
        <translation>Filtre des praticiens</translation>
    </message>
    <message>
        <source>Choose whose appointments are shown</source>
        <translation>Choisir les rendez-vous de quels praticiens afficher</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Afficher tout le monde</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>%1 of %2 practitioners</source>
        <translation>%1 praticiens sur %2</translation>
    </message>
</context>
<context>
    <name>SeriesScopeDialog</name>
    <message>
        <source>Repeating appointment</source>
        <translation>Rendez-vous récurrent</translation>
    </message>
    <message>
        <source>Choose which appointments of the series to change</source>
        <translation>Choisir les rendez-vous de la série à modifier</translation>
    </message>
    <message>
        <source>This appointment is part of a series. Which appointments should this change apply to?</source>
        <translation>Ce rendez-vous fait partie d&apos;une série. À quels rendez-vous appliquer cette modification&#xa0;?</translation>
    </message>
    <message>
        <source>Only this appointment</source>
        <translation>Ce rendez-vous uniquement</translation>
    </message>
    <message>
        <source>This and the following appointments</source>
        <translation>Celui-ci et les suivants</translation>
    </message>
    <message>
        <source>Every appointment in the series</source>
        <translation>Tous les rendez-vous de la série</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Durée des créneaux</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Join window</source>
        <translation>Délai d&apos;accès</translation>
    </message>
    <message>
        <source>How long before the start Join becomes available</source>
        <translation>Combien de temps avant le début «&#xa0;Rejoindre&#xa0;» devient disponible</translation>
    </message>
    <message>
        <source>Buffer between appointments</source>
        <translation>Battement entre rendez-vous</translation>
    </message>
    <message>
        <source>Warn when a practitioner&apos;s appointments are closer than this (0: off)</source>
        <translation>Avertir quand les rendez-vous d&apos;un praticien sont plus rapprochés que cela (0&#xa0;: désactivé)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Calendar and bookings</source>
        <translation>Calendrier et réservations</translation>
    </message>
    <message>
        <source>&amp;Slot size:</source>
        <translation>Durée des &amp;créneaux&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Join opens before the start:</source>
        <translation>&amp;Rejoindre possible avant le début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Buffer between appointments:</source>
        <translation>&amp;Battement entre rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Frontdesk starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Frontdesk.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Laisser vide pour conserver la clé actuelle</translation>
    </message>
    <message>
        <source>Server address (optional)</source>
        <translation>Adresse du serveur (facultatif)</translation>
    </message>
    <message>
        <source>Optional: leave empty for Cliniko</source>
        <translation>Facultatif&#xa0;: laisser vide pour Cliniko</translation>
    </message>
    <message>
        <source>Account message</source>
        <translation>Message du compte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé &amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>The demo clinic needs no API key.</source>
        <translation>Le cabinet de démonstration n&apos;a pas besoin de clé API.</translation>
    </message>
    <message>
        <source>Checking the key with the server…</source>
        <translation>Vérification de la clé auprès du serveur…</translation>
    </message>
    <message>
        <source>Enter the API key to use with this server.</source>
        <translation>Saisissez la clé API à utiliser avec ce serveur.</translation>
    </message>
    <message>
        <source>The key could not be checked. The current key is kept.</source>
        <translation>La clé n&apos;a pas pu être vérifiée. La clé actuelle est conservée.</translation>
    </message>
    <message>
        <source>The server refused this API key. Check that it was copied whole (Cliniko: My Info &gt; Manage API keys). The current key is kept.</source>
        <translation>Le serveur a refusé cette clé API. Vérifiez qu&apos;elle a été copiée en entier (Cliniko&#xa0;: My Info &gt; Manage API keys). La clé actuelle est conservée.</translation>
    </message>
    <message>
        <source>The server could not be reached, so the key could not be checked. Check the internet connection and the server address, then try again. The current key is kept.</source>
        <translation>Le serveur est injoignable, la clé n&apos;a donc pas pu être vérifiée. Vérifiez la connexion Internet et l&apos;adresse du serveur, puis réessayez. La clé actuelle est conservée.</translation>
    </message>
    <message>
        <source>The key could not be checked: %1 The current key is kept.</source>
        <translation>La clé n&apos;a pas pu être vérifiée&#xa0;: %1 La clé actuelle est conservée.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) was found on this computer, so a new key cannot be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with FRONTDESK_API_KEY set.</source>
        <translation>Aucun coffre à mots de passe sécurisé (trousseau) n&apos;a été trouvé sur cet ordinateur&#xa0;: impossible d&apos;enregistrer une nouvelle clé. Installez-en un et déverrouillez-le (par exemple GNOME Keyring ou KWallet), ou lancez Frontdesk avec la variable FRONTDESK_API_KEY définie.</translation>
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
        <translation>Un problème inattendu a interrompu la synchronisation.</translation>
    </message>
    <message>
        <source>Fetching the rest of the clinic&apos;s records.</source>
        <translation>Récupération du reste des données du cabinet.</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Syncing the clinic…</source>
        <translation>Synchronisation du cabinet…</translation>
    </message>
    <message>
        <source>Syncing practitioners…</source>
        <translation>Synchronisation des praticiens…</translation>
    </message>
    <message>
        <source>Syncing appointment types…</source>
        <translation>Synchronisation des types de rendez-vous…</translation>
    </message>
    <message>
        <source>Syncing patients…</source>
        <translation>Synchronisation des patients…</translation>
    </message>
    <message>
        <source>Syncing appointments…</source>
        <translation>Synchronisation des rendez-vous…</translation>
    </message>
    <message>
        <source>Syncing attendees…</source>
        <translation>Synchronisation des participants…</translation>
    </message>
    <message>
        <source>Syncing unavailable times…</source>
        <translation>Synchronisation des indisponibilités…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Envoi des modifications…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>API key refused: check it in Settings</source>
        <translation>Clé API refusée&#xa0;: vérifiez-la dans les paramètres</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problème inconnu</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Erreur de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Modifications non envoyées</translation>
    </message>
    <message>
        <source>Show the changes not yet on the server</source>
        <translation>Afficher les modifications pas encore sur le serveur</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>UnsentChanges</name>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Arrival status</source>
        <translation>Statut d&apos;arrivée</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Non venu</translation>
    </message>
    <message>
        <source>(no longer in the calendar)</source>
        <translation>(n&apos;est plus dans le calendrier)</translation>
    </message>
    <message numerus="yes">
        <source>Failed after %n attempt(s)</source>
        <translation>
            <numerusform>Échec après %n tentative</numerusform>
            <numerusform>Échec après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Qt date format for when a change was made (the time follows in the locale&apos;s format).</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Effectuée le %1</translation>
    </message>
    <message>
        <source>Deleted on the server after it was changed here.</source>
        <translation>Supprimé sur le serveur après avoir été modifié ici.</translation>
    </message>
    <message>
        <source>Changed on the server too</source>
        <translation>Modifié aussi sur le serveur</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>did not arrive</source>
        <translation>non venu</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Changed on the server after it was changed here.</source>
        <translation>Modifié sur le serveur après avoir été modifié ici.</translation>
    </message>
    <message>
        <source>%1: here %2; on the server %3</source>
        <translation>%1&#xa0;: ici %2&#xa0;; sur le serveur %3</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>UnsentChangesDialog</name>
    <message>
        <source>Unsent changes</source>
        <translation>Modifications non envoyées</translation>
    </message>
    <message>
        <source>Changes not yet on the server</source>
        <translation>Modifications pas encore sur le serveur</translation>
    </message>
    <message>
        <source>Waiting changes are sent at the next sync. Failed changes and conflicts stay here until you decide: nothing is thrown away without you.</source>
        <translation>Les modifications en attente sont envoyées à la prochaine synchronisation. Les modifications en échec et les conflits restent ici jusqu&apos;à votre décision&#xa0;: rien n&apos;est supprimé sans vous.</translation>
    </message>
    <message>
        <source>Unsent changes and conflicts</source>
        <translation>Modifications non envoyées et conflits</translation>
    </message>
    <message>
        <source>Everything made here has reached the server.</source>
        <translation>Tout ce qui a été fait ici est arrivé sur le serveur.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Prendre celle du &amp;serveur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Queued to send again.</source>
        <translation>Mise en file pour un nouvel envoi.</translation>
    </message>
    <message>
        <source>Discard this change (%1)? It will not be sent to the server.</source>
        <translation>Abandonner cette modification (%1)&#xa0;? Elle ne sera pas envoyée au serveur.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <source>The change was discarded.</source>
        <translation>La modification a été abandonnée.</translation>
    </message>
    <message>
        <source>The server&apos;s version was loaded.</source>
        <translation>La version du serveur a été chargée.</translation>
    </message>
    <message>
        <source>Your version will be sent at the next sync.</source>
        <translation>Votre version sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The server&apos;s version was kept.</source>
        <translation>La version du serveur a été conservée.</translation>
    </message>
    <message>
        <source>The server could not be reached. Try again later.</source>
        <translation>Le serveur est injoignable. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Only a failed change can be retried.</source>
        <translation>Seule une modification en échec peut être réessayée.</translation>
    </message>
    <message>
        <source>Only a failed or waiting change can be discarded.</source>
        <translation>Seule une modification en échec ou en attente peut être abandonnée.</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Sélectionnez d&apos;abord un conflit.</translation>
    </message>
    <message>
        <source>The appointment was deleted on the server, so this change cannot be kept.</source>
        <translation>Le rendez-vous a été supprimé sur le serveur&#xa0;: cette modification ne peut pas être conservée.</translation>
    </message>
    <message>
        <source>Connect to the server to take its version.</source>
        <translation>Connectez-vous au serveur pour prendre sa version.</translation>
    </message>
</context>
<context>
    <name>WarningItemView</name>
    <message>
        <source>Show in calendar ›</source>
        <translation>Afficher dans le calendrier ›</translation>
    </message>
    <message>
        <source>Show the clashing appointment in the calendar</source>
        <translation>Afficher le rendez-vous en conflit dans le calendrier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Press Enter to show the appointment in the calendar</source>
        <translation>Appuyez sur Entrée pour afficher le rendez-vous dans le calendrier</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send local changes and fetch the latest</source>
        <translation>Envoyer les modifications locales et récupérer les dernières</translation>
    </message>
    <message>
        <source>&amp;Unsent changes…</source>
        <translation>&amp;Modifications non envoyées…</translation>
    </message>
    <message>
        <source>Changes not yet on the server, and sync conflicts</source>
        <translation>Modifications pas encore sur le serveur, et conflits de synchronisation</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show today (T)</source>
        <translation>Afficher aujourd&apos;hui (T)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous day or week (Alt+Left)</source>
        <translation>Jour ou semaine précédents (Alt+Flèche gauche)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Suiva&amp;nt</translation>
    </message>
    <message>
        <source>Next day or week (Alt+Right)</source>
        <translation>Jour ou semaine suivants (Alt+Flèche droite)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>One column per practitioner (Ctrl+1)</source>
        <translation>Une colonne par praticien (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>One column per day (Ctrl+2)</source>
        <translation>Une colonne par jour (Ctrl+2)</translation>
    </message>
    <message>
        <source>Show &amp;cancelled</source>
        <translation>Afficher les ann&amp;ulés</translation>
    </message>
    <message>
        <source>Show cancelled appointments</source>
        <translation>Afficher les rendez-vous annulés</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Find next free slot…</source>
        <translation>&amp;Trouver le prochain créneau libre…</translation>
    </message>
    <message>
        <source>The earliest time an appointment type fits</source>
        <translation>Le premier moment où un type de rendez-vous trouve sa place</translation>
    </message>
    <message>
        <source>&amp;About Frontdesk</source>
        <translation>À &amp;propos de Frontdesk</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Date affichée</translation>
    </message>
    <message>
        <source>Slot size</source>
        <translation>Durée des créneaux</translation>
    </message>
    <message>
        <source>Calendar slot size</source>
        <translation>Durée des créneaux du calendrier</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>S&amp;lot size</source>
        <translation>Durée des &amp;créneaux</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Calendar toolbar</source>
        <translation>Barre d&apos;outils du calendrier</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointment toolbar</source>
        <translation>Barre d&apos;outils des rendez-vous</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Appointment actions</source>
        <translation>Actions sur le rendez-vous</translation>
    </message>
</context>
</TS>
