<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BpmnReader</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>the file ends too early, it is truncated (%1)</source>
        <translation>le fichier s&apos;arrête trop tôt, il est tronqué (%1)</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>refused: the file declares XML entities, which a BPMN file never needs (an entity expansion bomb?)</source>
        <translation>refusé&#xa0;: le fichier déclare des entités XML, dont un fichier BPMN n&apos;a jamais besoin (une bombe d&apos;expansion d&apos;entités&#xa0;?)</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>le fichier ne contient aucun élément XML</translation>
    </message>
    <message>
        <source>not a BPMN 2.0 file: the root element is &lt;%1&gt; in the namespace &quot;%2&quot;, not &lt;definitions&gt; in &quot;%3&quot;</source>
        <translation>pas un fichier BPMN 2.0&#xa0;: l&apos;élément racine est &lt;%1&gt; dans l&apos;espace de noms «&#xa0;%2&#xa0;», et non &lt;definitions&gt; dans «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>not part of a Stepwise map</source>
        <translation>ne fait pas partie d&apos;une carte Stepwise</translation>
    </message>
    <message>
        <source>Stepwise maps have no data objects</source>
        <translation>les cartes Stepwise n&apos;ont pas d&apos;objets de données</translation>
    </message>
    <message>
        <source>Stepwise maps have no data stores</source>
        <translation>les cartes Stepwise n&apos;ont pas de magasins de données</translation>
    </message>
    <message>
        <source>Stepwise maps have no text annotations</source>
        <translation>les cartes Stepwise n&apos;ont pas d&apos;annotations textuelles</translation>
    </message>
    <message>
        <source>Stepwise maps have no groups</source>
        <translation>les cartes Stepwise n&apos;ont pas de groupes</translation>
    </message>
    <message>
        <source>Stepwise maps have no associations</source>
        <translation>les cartes Stepwise n&apos;ont pas d&apos;associations</translation>
    </message>
    <message>
        <source>the documentation of %1 is not kept: a handoff has none</source>
        <translation>la documentation de %1 n&apos;est pas conservée&#xa0;: un passage n&apos;en a pas</translation>
    </message>
    <message>
        <source>the documentation of lane &quot;%1&quot; is not kept: a lane has none</source>
        <translation>la documentation du couloir «&#xa0;%1&#xa0;» n&apos;est pas conservée&#xa0;: un couloir n&apos;en a pas</translation>
    </message>
    <message>
        <source>Stepwise maps have no message flows</source>
        <translation>les cartes Stepwise n&apos;ont pas de flux de messages</translation>
    </message>
    <message>
        <source>the value of stepwise:step %1 is not understood and left out</source>
        <translation>la valeur de stepwise:step %1 n&apos;est pas comprise et est ignorée</translation>
    </message>
    <message>
        <source>the value of stepwise:lane %1 is not understood and left out</source>
        <translation>la valeur de stepwise:lane %1 n&apos;est pas comprise et est ignorée</translation>
    </message>
    <message>
        <source>the value of stepwise:process %1 is not understood and left out</source>
        <translation>la valeur de stepwise:process %1 n&apos;est pas comprise et est ignorée</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt;, skipped</source>
        <translation>élément inconnu &lt;%1&gt;, ignoré</translation>
    </message>
    <message>
        <source>unknown extension element &lt;%1&gt; (%2), skipped</source>
        <translation>élément d&apos;extension inconnu &lt;%1&gt; (%2), ignoré</translation>
    </message>
    <message>
        <source>%1 not imported: %2</source>
        <translation>%1 non importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the loop marker of %1 is not kept</source>
        <translation>le marqueur de boucle de %1 n&apos;est pas conservé</translation>
    </message>
    <message>
        <source>the data inputs and outputs of %1 are not kept</source>
        <translation>les entrées et sorties de données de %1 ne sont pas conservées</translation>
    </message>
    <message>
        <source>a data association of %1 is not kept</source>
        <translation>une association de données de %1 n&apos;est pas conservée</translation>
    </message>
    <message>
        <source>&lt;%2&gt; of %1 is not kept</source>
        <translation>&lt;%2&gt; de %1 n&apos;est pas conservé</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 refers to message &quot;%2&quot;, which the file does not have</source>
        <translation>%1 fait référence au message «&#xa0;%2&#xa0;», absent du fichier</translation>
    </message>
    <message>
        <source>%1 refers to event definition &quot;%2&quot;, which the file does not have</source>
        <translation>%1 fait référence à la définition d&apos;événement «&#xa0;%2&#xa0;», absente du fichier</translation>
    </message>
    <message>
        <source>%1 is an event sub-process: imported as a plain sub-process</source>
        <translation>%1 est un sous-processus événementiel&#xa0;: importé comme un sous-processus simple</translation>
    </message>
    <message>
        <source>the steps of lane &quot;%1&quot; lie outside it in the diagram: moved into it together</source>
        <translation>les étapes du couloir «&#xa0;%1&#xa0;» sont hors de celui-ci dans le diagramme&#xa0;: déplacées ensemble à l&apos;intérieur</translation>
    </message>
    <message>
        <source>the content of %1 lies outside it in the diagram: moved into it together</source>
        <translation>le contenu de %1 est hors de celui-ci dans le diagramme&#xa0;: déplacé ensemble à l&apos;intérieur</translation>
    </message>
    <message>
        <source>the steps of lane &quot;%1&quot; reach outside it in the diagram: the lane was made taller</source>
        <translation>les étapes du couloir «&#xa0;%1&#xa0;» dépassent de celui-ci dans le diagramme&#xa0;: le couloir a été agrandi en hauteur</translation>
    </message>
    <message>
        <source>the content of %1 reaches outside it in the diagram: its map&apos;s lane was made taller</source>
        <translation>le contenu de %1 dépasse de celui-ci dans le diagramme&#xa0;: le couloir de sa carte a été agrandi en hauteur</translation>
    </message>
    <message>
        <source>the diagram does not fit its lanes (steps far outside them): the map was laid out anew</source>
        <translation>le diagramme ne correspond pas à ses couloirs (étapes très en dehors)&#xa0;: la carte a été disposée à nouveau</translation>
    </message>
    <message>
        <source>%1 is attached to &quot;%2&quot;, which is no activity of its map: imported unattached</source>
        <translation>%1 est attaché à «&#xa0;%2&#xa0;», qui n&apos;est pas une activité de sa carte&#xa0;: importé sans attache</translation>
    </message>
    <message>
        <source>%1 has no shape in the diagram: placed by its neighbours</source>
        <translation>%1 n&apos;a pas de forme dans le diagramme&#xa0;: placé d&apos;après ses voisins</translation>
    </message>
    <message>
        <source>%1 has no shape in the diagram: placed on its activity</source>
        <translation>%1 n&apos;a pas de forme dans le diagramme&#xa0;: placé sur son activité</translation>
    </message>
    <message>
        <source>the file holds no process: nothing to import</source>
        <translation>le fichier ne contient aucun processus&#xa0;: rien à importer</translation>
    </message>
    <message>
        <source>the process is empty: it has no task, event or gateway to import</source>
        <translation>le processus est vide&#xa0;: il n&apos;a ni tâche, ni événement, ni passerelle à importer</translation>
    </message>
    <message>
        <source>diagram %1 not imported: only the first diagram of a file is</source>
        <translation>diagramme %1 non importé&#xa0;: seul le premier diagramme d&apos;un fichier l&apos;est</translation>
    </message>
    <message>
        <source>%1 refers to process &quot;%2&quot;, which the file does not have: imported as a pool without a process</source>
        <translation>%1 fait référence au processus «&#xa0;%2&#xa0;», absent du fichier&#xa0;: importé comme un pool sans processus</translation>
    </message>
    <message>
        <source>%1 shows a process another pool shows already: left out</source>
        <translation>%1 montre un processus qu&apos;un autre pool montre déjà&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>%1 has no pool and is drawn inside %2: imported as its map</source>
        <translation>%1 n&apos;a pas de pool et est dessiné dans %2&#xa0;: importé comme sa carte</translation>
    </message>
    <message>
        <source>%1 not imported: a pool without content that the diagram does not show</source>
        <translation>%1 non importé&#xa0;: un pool sans contenu que le diagramme ne montre pas</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Couloir %1</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot; refers to &quot;%2&quot;, which the file does not have</source>
        <translation>le couloir «&#xa0;%1&#xa0;» fait référence à «&#xa0;%2&#xa0;», absent du fichier</translation>
    </message>
    <message>
        <source>%1 is named only by lane &quot;%2&quot;, which holds lanes of its own: put in lane &quot;%3&quot;</source>
        <translation>%1 n&apos;est cité que par le couloir «&#xa0;%2&#xa0;», qui contient ses propres couloirs&#xa0;: placé dans le couloir «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is in no lane of its pool: put in lane &quot;%2&quot;</source>
        <translation>%1 n&apos;est dans aucun couloir de son pool&#xa0;: placé dans le couloir «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 not imported: it refers to &quot;%2&quot;, which the file does not have</source>
        <translation>%1 non importé&#xa0;: il fait référence à «&#xa0;%2&#xa0;», absent du fichier</translation>
    </message>
    <message>
        <source>%1 not imported: it crosses the border of a sub-process</source>
        <translation>%1 non importé&#xa0;: il traverse la limite d&apos;un sous-processus</translation>
    </message>
    <message>
        <source>Imported process</source>
        <translation>Processus importé</translation>
    </message>
    <message numerus="yes">
        <source>the file has %n pools (participants or processes): they are one map here, a lane or lanes each</source>
        <translation>
            <numerusform>le fichier a %n pool (participant ou processus)&#xa0;: il forme ici une seule carte, avec un ou plusieurs couloirs</numerusform>
            <numerusform>le fichier a %n pools (participants ou processus)&#xa0;: ils forment ici une seule carte, avec un ou plusieurs couloirs chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>internal error reading the file: %1</source>
        <translation>erreur interne à la lecture du fichier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (%n fois)</numerusform>
            <numerusform>%1 (%n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n couloir</numerusform>
            <numerusform>%n couloirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateway(s)</source>
        <translation>
            <numerusform>%n passerelle</numerusform>
            <numerusform>%n passerelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Working hours &quot;%1&quot;, at character %2: %3.</source>
        <translation>Heures ouvrées «&#xa0;%1&#xa0;», au caractère %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives hours but no days (write them first, as in Mon-Fri 09:00-18:00)</source>
        <translation>«&#xa0;%1&#xa0;» indique des heures mais pas de jours (écrivez-les d&apos;abord, comme dans Mon-Fri 09:00-18:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives days but no hours (as in Mon-Fri 09:00-18:00)</source>
        <translation>«&#xa0;%1&#xa0;» indique des jours mais pas d&apos;heures (comme dans Mon-Fri 09:00-18:00)</translation>
    </message>
    <message>
        <source>a day is missing between commas</source>
        <translation>il manque un jour entre deux virgules</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day or a range of days</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un jour ni une plage de jours</translation>
    </message>
    <message>
        <source>a day is missing in &quot;%1&quot;</source>
        <translation>il manque un jour dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown day &quot;%1&quot; (the days are Mon, Tue, Wed, Thu, Fri, Sat, Sun)</source>
        <translation>jour inconnu «&#xa0;%1&#xa0;» (les jours sont Mon, Tue, Wed, Thu, Fri, Sat, Sun)</translation>
    </message>
    <message>
        <source>%1 has its hours given twice (give each day once)</source>
        <translation>%1 a ses heures indiquées deux fois (indiquez chaque jour une seule fois)</translation>
    </message>
    <message>
        <source>hours are missing between commas</source>
        <translation>il manque des heures entre deux virgules</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a span of hours such as 09:00-18:00</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une plage horaire comme 09:00-18:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day from 00:00 to 24:00</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure de la journée entre 00:00 et 24:00</translation>
    </message>
    <message>
        <source>a span cannot start at 24:00</source>
        <translation>une plage ne peut pas commencer à 24:00</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts (a night shift is two spans: Mon-Fri 22:00-24:00; Tue-Sat 00:00-06:00)</source>
        <translation>«&#xa0;%1&#xa0;» finit avant de commencer (une équipe de nuit, ce sont deux plages&#xa0;: Mon-Fri 22:00-24:00; Tue-Sat 00:00-06:00)</translation>
    </message>
    <message>
        <source>the spans of &quot;%1&quot; overlap</source>
        <translation>les plages de «&#xa0;%1&#xa0;» se chevauchent</translation>
    </message>
    <message>
        <source>No working hours given (write them as in Mon-Fri 09:00-18:00).</source>
        <translation>Aucune heure ouvrée indiquée (écrivez-les comme dans Mon-Fri 09:00-18:00).</translation>
    </message>
    <message>
        <source>Holidays &quot;%1&quot;: &quot;%2&quot; is not a date as YYYY-MM-DD.</source>
        <translation>Jours fériés «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (give an IANA name such as Europe/Berlin, America/New_York or UTC).</source>
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;» (indiquez un nom IANA comme Europe/Berlin, America/New_York ou UTC).</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n jour férié</numerusform>
            <numerusform>%n jours fériés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The workspace file to use instead of the default one.</source>
        <translation>Le fichier d&apos;espace de travail à utiliser au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The language of the user interface (de, en, ...).</source>
        <translation>La langue de l&apos;interface (de, en…).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Stepwise maps the workflows a team repeats, logs how they run, and shows what to fix first.
Without a command it opens the window; with one it runs without a display.</source>
        <translation>Stepwise cartographie les processus qu&apos;une équipe répète, enregistre leurs exécutions et montre quoi corriger en premier.
Sans commande, il ouvre la fenêtre&#xa0;; avec une commande, il s&apos;exécute sans affichage.</translation>
    </message>
    <message>
        <source>import-runs: create the process when it does not exist and draft its map from the runs.</source>
        <translation>import-runs&#xa0;: créer le processus s&apos;il n&apos;existe pas et ébaucher sa carte à partir des exécutions.</translation>
    </message>
    <message>
        <source>import-runs: replace the runs of cases the process already has.</source>
        <translation>import-runs&#xa0;: remplacer les exécutions des cas que le processus a déjà.</translation>
    </message>
    <message>
        <source>import-runs: the column or attribute of the case id.</source>
        <translation>import-runs&#xa0;: la colonne ou l&apos;attribut de l&apos;identifiant de cas.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>import-runs: the column or attribute of the activity.</source>
        <translation>import-runs&#xa0;: la colonne ou l&apos;attribut de l&apos;activité.</translation>
    </message>
    <message>
        <source>import-runs: the column of the start timestamp.</source>
        <translation>import-runs&#xa0;: la colonne de l&apos;horodatage de début.</translation>
    </message>
    <message>
        <source>import-runs: the column of the (complete) timestamp.</source>
        <translation>import-runs&#xa0;: la colonne de l&apos;horodatage (de fin).</translation>
    </message>
    <message>
        <source>import-runs: the same as --complete.</source>
        <translation>import-runs&#xa0;: identique à --complete.</translation>
    </message>
    <message>
        <source>import-runs: the column or attribute of the resource.</source>
        <translation>import-runs&#xa0;: la colonne ou l&apos;attribut de la ressource.</translation>
    </message>
    <message>
        <source>import-runs: the format of the timestamps, a Qt date-time pattern such as &quot;dd.MM.yyyy HH:mm&quot; (default: detected).</source>
        <translation>import-runs&#xa0;: le format des horodatages, un modèle de date-heure Qt comme &quot;dd.MM.yyyy HH:mm&quot; (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>import-runs: the time zone of timestamps without an offset, such as Europe/Berlin (default: UTC). set: the time zone of the business hours.</source>
        <translation>import-runs&#xa0;: le fuseau horaire des horodatages sans décalage, comme Europe/Berlin (par défaut&#xa0;: UTC). set&#xa0;: le fuseau horaire des heures ouvrées.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <source>set: who answers for the process.</source>
        <translation>set&#xa0;: qui répond du processus.</translation>
    </message>
    <message>
        <source>import-bpmn: the name of the new process (default: the pool&apos;s or the file&apos;s).</source>
        <translation>import-bpmn&#xa0;: le nom du nouveau processus (par défaut&#xa0;: celui du pool ou du fichier).</translation>
    </message>
    <message>
        <source>set: the cycle-time SLA target, such as 4h, 2d, 90min or 1d 4h; none clears it.</source>
        <translation>set&#xa0;: l&apos;objectif de SLA de durée de cycle, comme 4h, 2d, 90min ou 1d 4h&#xa0;; none l&apos;efface.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>set: the business hours, such as &quot;Mon-Fri 09:00-18:00&quot; or &quot;Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00&quot;; none switches the SLA clock back to calendar time.</source>
        <translation>set&#xa0;: les heures ouvrées, comme &quot;Mon-Fri 09:00-18:00&quot; ou &quot;Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00&quot;&#xa0;; none remet l&apos;horloge du SLA en temps calendaire.</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HEURES</translation>
    </message>
    <message>
        <source>set: the days off of the business hours, as YYYY-MM-DD separated by commas; none clears them.</source>
        <translation>set&#xa0;: les jours non travaillés des heures ouvrées, au format YYYY-MM-DD séparés par des virgules&#xa0;; none les efface.</translation>
    </message>
    <message>
        <source>DATES</source>
        <translation>DATES</translation>
    </message>
    <message>
        <source>stats: measure every duration on the process&apos;s business hours.</source>
        <translation>stats&#xa0;: mesurer chaque durée sur les heures ouvrées du processus.</translation>
    </message>
    <message>
        <source>stats, report: only runs that started on or after DATE (YYYY-MM-DD, from 00:00 UTC).</source>
        <translation>stats, report&#xa0;: seulement les exécutions démarrées le DATE ou après (YYYY-MM-DD, à partir de 00:00 UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>stats, report: only runs that started on or before DATE (YYYY-MM-DD, the whole day up to 24:00 UTC).</source>
        <translation>stats, report&#xa0;: seulement les exécutions démarrées le DATE ou avant (YYYY-MM-DD, toute la journée jusqu&apos;à 24:00 UTC).</translation>
    </message>
    <message>
        <source>whatif: a step to automate, and by how much its processing time and the waiting before it shrink (0 to 100, default 70); give it once per step.</source>
        <translation>whatif&#xa0;: une étape à automatiser, et de combien son temps de traitement et l&apos;attente qui la précède diminuent (0 à 100, 70 par défaut)&#xa0;; à donner une fois par étape.</translation>
    </message>
    <message>
        <source>STEP[=PERCENT]</source>
        <translation>ÉTAPE[=POURCENT]</translation>
    </message>
    <message>
        <source>export: the paper, A4, A3 or Letter, or fit for one page as large as the map (default: A4 for a PDF, fit for SVG and PNG).</source>
        <translation>export&#xa0;: le papier, A4, A3 ou Letter, ou fit pour une seule page aussi grande que la carte (par défaut&#xa0;: A4 pour un PDF, fit pour SVG et PNG).</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>export: landscape pages (default: landscape when the map is wider than tall).</source>
        <translation>export&#xa0;: pages en paysage (par défaut&#xa0;: paysage quand la carte est plus large que haute).</translation>
    </message>
    <message>
        <source>export: portrait pages.</source>
        <translation>export&#xa0;: pages en portrait.</translation>
    </message>
    <message>
        <source>export: draw the runs over the map: time colours the steps by their mean waiting + processing time, frequency draws the handoffs as wide as how often they were taken (default: none).</source>
        <translation>export&#xa0;: dessiner les exécutions sur la carte&#xa0;: time colore les étapes selon leur temps moyen d&apos;attente + de traitement, frequency dessine les passages d&apos;autant plus larges qu&apos;ils ont été souvent empruntés (par défaut&#xa0;: none).</translation>
    </message>
    <message>
        <source>none|time|frequency</source>
        <translation>none|time|frequency</translation>
    </message>
    <message>
        <source>export: a PDF of the map at 100% over as many pages as it needs, after a page index, instead of fitting it on one page.</source>
        <translation>export&#xa0;: un PDF de la carte à 100&#xa0;% sur autant de pages que nécessaire, après une page d&apos;index, au lieu de la faire tenir sur une page.</translation>
    </message>
    <message>
        <source>export: the resolution of a PNG (default 150).</source>
        <translation>export&#xa0;: la résolution d&apos;un PNG (150 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>export: a PNG without a background.</source>
        <translation>export&#xa0;: un PNG sans arrière-plan.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>One of the commands below; or a workspace file to open in the window.</source>
        <translation>Une des commandes ci-dessous&#xa0;; ou un fichier d&apos;espace de travail à ouvrir dans la fenêtre.</translation>
    </message>
    <message>
        <source>[command [arguments] | FILE.stepwise]</source>
        <translation>[commande [arguments] | FICHIER.stepwise]</translation>
    </message>
    <message>
        <source>--json needs a command.</source>
        <translation>--json demande une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The command %1 takes no option --%2.</source>
        <translation>La commande %1 n&apos;a pas d&apos;option --%2.</translation>
    </message>
    <message>
        <source>Usage: stepwise [--workspace FILE] %1</source>
        <translation>Utilisation&#xa0;: stepwise [--workspace FICHIER] %1</translation>
    </message>
    <message>
        <source>List the processes: id, name, steps, runs.</source>
        <translation>Lister les processus&#xa0;: id, nom, étapes, exécutions.</translation>
    </message>
    <message>
        <source>Create an empty process and print its id.</source>
        <translation>Créer un processus vide et afficher son id.</translation>
    </message>
    <message>
        <source>Create a process from a BPMN 2.0 file and print its id: its pools and lanes become lanes, its activities, events and gateways steps, its sequence flows handoffs, placed as its diagram shows them; the content of each expanded sub-process becomes a process of its own, linked from its step. What the file holds that a map does not (data objects, message flows, annotations, ...) is listed on stderr. A name the file gives that is taken gets &quot; (2)&quot; and so on; --name must be free.</source>
        <translation>Créer un processus à partir d&apos;un fichier BPMN 2.0 et afficher son id&#xa0;: ses pools et couloirs deviennent des couloirs, ses activités, événements et passerelles des étapes, ses flux de séquence des passages, placés comme son diagramme les montre&#xa0;; le contenu de chaque sous-processus déployé devient un processus à part, lié depuis son étape. Ce que le fichier contient et qu&apos;une carte n&apos;a pas (objets de données, flux de messages, annotations…) est listé sur stderr. Un nom donné par le fichier et déjà pris reçoit &quot; (2)&quot; et ainsi de suite&#xa0;; --name doit être libre.</translation>
    </message>
    <message>
        <source>Change a process&apos;s owner, its cycle-time SLA target or its SLA clock. --calendar, --timezone and --holidays set its business hours (what is not given stays as it was, at first Mon-Fri 09:00-18:00, UTC, no holidays) and switch its SLA clock to them; --calendar none switches it back to calendar time and keeps the hours for stats --business-hours.</source>
        <translation>Modifier le responsable d&apos;un processus, son objectif de SLA de durée de cycle ou son horloge du SLA. --calendar, --timezone et --holidays définissent ses heures ouvrées (ce qui n&apos;est pas indiqué reste inchangé, au départ Mon-Fri 09:00-18:00, UTC, sans jours fériés) et passent son horloge du SLA sur ces heures&#xa0;; --calendar none la remet en temps calendaire et garde les heures pour stats --business-hours.</translation>
    </message>
    <message>
        <source>Import the runs of an event log into a process (all or nothing). --create makes the process when it does not exist and drafts its map from the runs; a case the process already has is refused unless --replace. Fields are guessed from the usual names unless given.</source>
        <translation>Importer les exécutions d&apos;un journal d&apos;événements dans un processus (tout ou rien). --create crée le processus s&apos;il n&apos;existe pas et ébauche sa carte à partir des exécutions&#xa0;; un cas que le processus a déjà est refusé sauf avec --replace. Les champs sont devinés d&apos;après les noms habituels, sauf s&apos;ils sont indiqués.</translation>
    </message>
    <message>
        <source>Print the run metrics of a process: cycle time, SLA, steps, transitions, variants. DATE is YYYY-MM-DD in UTC; a run counts when it started between the start of the --from day and the end of the --to day. Durations are calendar time, as pm4py computes them, unless --business-hours: then only the time inside the process&apos;s business hours counts (see set; a process without any uses Mon-Fri 09:00-18:00 UTC and says so on stderr).</source>
        <translation>Afficher les indicateurs des exécutions d&apos;un processus&#xa0;: durée de cycle, SLA, étapes, transitions, variantes. DATE est au format YYYY-MM-DD en UTC&#xa0;; une exécution compte si elle a démarré entre le début du jour --from et la fin du jour --to. Les durées sont en temps calendaire, comme pm4py les calcule, sauf avec --business-hours&#xa0;: seul compte alors le temps passé dans les heures ouvrées du processus (voir set&#xa0;; un processus qui n&apos;en a pas utilise Mon-Fri 09:00-18:00 UTC et le signale sur stderr).</translation>
    </message>
    <message>
        <source>Replay the logged runs as if the steps were automated: in every run each step&apos;s processing time and the waiting before it shrink by PERCENT (default 70), and all that follows moves earlier by what was saved. Prints cycle time and SLA compliance before and after (on the process&apos;s SLA clock) and the hours saved per month (over the months from the first run&apos;s start to the last one&apos;s, at least one). STEP is a step&apos;s name, case and spaces aside; one with &quot;=&quot; in its name takes a percentage (&quot;a=b=70&quot;). A process without runs prints empty figures.</source>
        <translation>Rejouer les exécutions enregistrées comme si les étapes étaient automatisées&#xa0;: dans chaque exécution, le temps de traitement de chaque étape et l&apos;attente qui la précède diminuent de POURCENT (70 par défaut), et tout ce qui suit est avancé d&apos;autant. Affiche la durée de cycle et le respect du SLA avant et après (selon l&apos;horloge du SLA du processus) et les heures gagnées par mois (sur les mois allant du début de la première exécution à celui de la dernière, au moins un). ÉTAPE est le nom d&apos;une étape, sans tenir compte de la casse ni des espaces&#xa0;; si son nom contient &quot;=&quot;, indiquez un pourcentage (&quot;a=b=70&quot;). Un processus sans exécutions affiche des chiffres vides.</translation>
    </message>
    <message>
        <source>Export the map with a title block and a legend: a PDF (vector, its text searchable), an SVG or a PNG. A PDF fits the map on one page unless --tile; --dpi and --transparent are for a PNG.</source>
        <translation>Exporter la carte avec un cartouche et une légende&#xa0;: un PDF (vectoriel, texte consultable), un SVG ou un PNG. Un PDF fait tenir la carte sur une page sauf avec --tile&#xa0;; --dpi et --transparent concernent un PNG.</translation>
    </message>
    <message>
        <source>Export the map as BPMN 2.0 with its diagram, for other modelling tools: one pool with a lane per lane, the definitions of done as documentation, and Stepwise&apos;s own fields as extension elements, so that import-bpmn gives the same map back. The child maps of expanded sub-processes are written inside them.</source>
        <translation>Exporter la carte en BPMN 2.0 avec son diagramme, pour d&apos;autres outils de modélisation&#xa0;: un pool avec un couloir par couloir, les définitions de «&#xa0;terminé&#xa0;» comme documentation, et les champs propres à Stepwise comme éléments d&apos;extension, pour qu&apos;import-bpmn redonne la même carte. Les cartes enfants des sous-processus déployés sont écrites à l&apos;intérieur de ceux-ci.</translation>
    </message>
    <message>
        <source>Write a process report as a PDF for clients and new staff: its map, its steps with owners and definitions of done, the key figures and charts of the runs that started between --from and --to (default: the last 90 days up to today, UTC), and its diagnostic. The paper is A4 (default) or Letter.</source>
        <translation>Écrire un rapport de processus en PDF pour les clients et les nouveaux collaborateurs&#xa0;: sa carte, ses étapes avec responsables et définitions de «&#xa0;terminé&#xa0;», les chiffres clés et graphiques des exécutions démarrées entre --from et --to (par défaut&#xa0;: les 90 derniers jours jusqu&apos;à aujourd&apos;hui, UTC), et son diagnostic. Le papier est A4 (par défaut) ou Letter.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage, 2 bad input, 3 workspace problem (locked, read-only, corrupt or made by a newer version).</source>
        <translation>Codes de sortie&#xa0;: 0 terminé, 1 utilisation, 2 entrée invalide, 3 problème d&apos;espace de travail (verrouillé, en lecture seule, corrompu ou créé par une version plus récente).</translation>
    </message>
    <message>
        <source>Try &quot;stepwise --help&quot;.</source>
        <translation>Essayez &quot;stepwise --help&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Aucun espace de travail à %1.</translation>
    </message>
    <message>
        <source>No processes yet. Create one with: stepwise new NAME</source>
        <translation>Aucun processus pour l&apos;instant. Créez-en un avec&#xa0;: stepwise new NOM</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>ÉTAPES</translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation>EXÉCUTIONS</translation>
    </message>
    <message>
        <source>set needs at least one of --owner, --sla, --calendar, --timezone and --holidays.</source>
        <translation>set demande au moins une des options --owner, --sla, --calendar, --timezone et --holidays.</translation>
    </message>
    <message>
        <source>--calendar none switches the SLA clock back to calendar time: give it without --timezone and --holidays.</source>
        <translation>--calendar none remet l&apos;horloge du SLA en temps calendaire&#xa0;: indiquez-le sans --timezone ni --holidays.</translation>
    </message>
    <message>
        <source>--sla wants a duration such as 4h, 2d, 90min or 1d 4h (or none), not &quot;%1&quot;.</source>
        <translation>--sla attend une durée comme 4h, 2d, 90min ou 1d 4h (ou none), pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; (id %2):</source>
        <translation>Processus &quot;%1&quot; (id %2)&#xa0;:</translation>
    </message>
    <message>
        <source>  owner:      %1</source>
        <translation>  responsable&#xa0;:     %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>  SLA target: %1</source>
        <translation>  objectif de SLA&#xa0;: %1</translation>
    </message>
    <message>
        <source>  SLA clock:  business hours, %1</source>
        <translation>  horloge du SLA&#xa0;:  heures ouvrées, %1</translation>
    </message>
    <message>
        <source>  SLA clock:  calendar time</source>
        <translation>  horloge du SLA&#xa0;:  temps calendaire</translation>
    </message>
    <message>
        <source>--name wants a name.</source>
        <translation>--name attend un nom.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2: %3.</source>
        <translation>&quot;%1&quot; importé depuis %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>  sub-process map &quot;%1&quot; (id %2)</source>
        <translation>  carte de sous-processus &quot;%1&quot; (id %2)</translation>
    </message>
    <message numerus="yes">
        <source>Not imported or changed (%n item(s)):</source>
        <translation>
            <numerusform>Non importé ou modifié (%n élément)&#xa0;:</numerusform>
            <numerusform>Non importés ou modifiés (%n éléments)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --complete or --timestamp, not both.</source>
        <translation>Indiquez --complete ou --timestamp, pas les deux.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Fuseau horaire inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no process &quot;%1&quot; (give --create to make it from the runs).</source>
        <translation>Il n&apos;y a pas de processus &quot;%1&quot; (indiquez --create pour le créer à partir des exécutions).</translation>
    </message>
    <message>
        <source>Created process &quot;%1&quot; (id %2) with %3 steps drafted from the runs.</source>
        <translation>Processus &quot;%1&quot; créé (id %2) avec %3 étapes ébauchées à partir des exécutions.</translation>
    </message>
    <message>
        <source>Imported %1 runs (%2 events, %3 executions) into process %4.</source>
        <translation>%1 exécutions importées (%2 événements, %3 réalisations) dans le processus %4.</translation>
    </message>
    <message>
        <source>%1 starts were never completed and make no execution.</source>
        <translation>%1 événements de début n&apos;ont jamais été terminés et ne donnent aucune réalisation.</translation>
    </message>
    <message>
        <source>%1 activities match no step of the map:</source>
        <translation>%1 activités ne correspondent à aucune étape de la carte&#xa0;:</translation>
    </message>
    <message>
        <source>--from wants a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--from attend une date au format YYYY-MM-DD, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to wants a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--to attend une date au format YYYY-MM-DD, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The business hours of process &quot;%1&quot; are damaged: %2</source>
        <translation>Les heures ouvrées du processus &quot;%1&quot; sont endommagées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; has no business hours set; measuring on %2 (set them with: stepwise set PROCESS --calendar HOURS --timezone ZONE).</source>
        <translation>Le processus &quot;%1&quot; n&apos;a pas d&apos;heures ouvrées définies&#xa0;; mesure sur %2 (définissez-les avec&#xa0;: stepwise set PROCESSUS --calendar HEURES --timezone FUSEAU).</translation>
    </message>
    <message>
        <source>Durations in business hours: %1.</source>
        <translation>Durées en heures ouvrées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>whatif needs at least one --automate STEP[=PERCENT].</source>
        <translation>whatif demande au moins une option --automate ÉTAPE[=POURCENT].</translation>
    </message>
    <message>
        <source>--automate %1: the percentage must be a number from 0 to 100, not &quot;%2&quot;.</source>
        <translation>--automate %1&#xa0;: le pourcentage doit être un nombre de 0 à 100, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--automate %1: which step?</source>
        <translation>--automate %1&#xa0;: quelle étape&#xa0;?</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; has no step &quot;%2&quot;.</source>
        <translation>Le processus &quot;%1&quot; n&apos;a pas d&apos;étape &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>export writes a .pdf, .svg or .png file, not &quot;%1&quot;.</source>
        <translation>export écrit un fichier .pdf, .svg ou .png, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page wants A4, A3, Letter or fit, not &quot;%1&quot;.</source>
        <translation>--page attend A4, A3, Letter ou fit, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --landscape or --portrait, not both.</source>
        <translation>Indiquez --landscape ou --portrait, pas les deux.</translation>
    </message>
    <message>
        <source>--overlay wants none, time or frequency, not &quot;%1&quot;.</source>
        <translation>--overlay attend none, time ou frequency, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tile is for a PDF.</source>
        <translation>--tile ne concerne qu&apos;un PDF.</translation>
    </message>
    <message>
        <source>--tile needs a paper size (--page A4, A3 or Letter).</source>
        <translation>--tile demande un format de papier (--page A4, A3 ou Letter).</translation>
    </message>
    <message>
        <source>--dpi and --transparent are for a PNG.</source>
        <translation>--dpi et --transparent ne concernent qu&apos;un PNG.</translation>
    </message>
    <message>
        <source>--dpi wants a number from 10 to 2400, not &quot;%1&quot;.</source>
        <translation>--dpi attend un nombre de 10 à 2400, pas &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Exported &quot;%1&quot; to %2 (%n page(s)).</source>
        <translation>
            <numerusform>&quot;%1&quot; exporté vers %2 (%n page).</numerusform>
            <numerusform>&quot;%1&quot; exporté vers %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2.</source>
        <translation>&quot;%1&quot; exporté vers %2.</translation>
    </message>
    <message>
        <source>report writes a .pdf file, not &quot;%1&quot;.</source>
        <translation>report écrit un fichier .pdf, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>report prints on A4 or Letter, not &quot;%1&quot;.</source>
        <translation>report imprime sur A4 ou Letter, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote the report of &quot;%1&quot; to %2.</source>
        <translation>Rapport de &quot;%1&quot; écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <translation>le fichier est vide (pas de ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>a quoted field never ends (its closing quote is missing)</source>
        <translation>un champ entre guillemets ne se termine jamais (son guillemet fermant manque)</translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB (a quote that never closes?)</source>
        <translation>un enregistrement dépasse %1 Mio (un guillemet jamais fermé&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot read the timestamp &quot;%1&quot; in column &quot;%2&quot;</source>
        <translation>impossible de lire l&apos;horodatage «&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is empty</source>
        <translation>la colonne «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; and &quot;%2&quot; are both empty</source>
        <translation>les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont toutes deux vides</translation>
    </message>
    <message>
        <source>(and 1 more line is bad)</source>
        <translation>(et 1 autre ligne est invalide)</translation>
    </message>
    <message>
        <source>(and %1 more lines are bad)</source>
        <translation>(et %1 autres lignes sont invalides)</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>EventLogReader</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: unknown kind of event log (expected .csv, .tsv, .txt, .xes, .xes.gz)</source>
        <translation>%1&#xa0;: type de journal d&apos;événements inconnu (attendu&#xa0;: .csv, .tsv, .txt, .xes, .xes.gz)</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>no column &quot;%1&quot; (given with %2); the columns are: %3</source>
        <translation>pas de colonne «&#xa0;%1&#xa0;» (indiquée avec %2)&#xa0;; les colonnes sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>no column for %1 (looked for names like %2); name it with %3; the columns are: %4</source>
        <translation>pas de colonne pour %1 (noms cherchés&#xa0;: %2)&#xa0;; indiquez-la avec %3&#xa0;; les colonnes sont&#xa0;: %4</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>le cas</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>l&apos;activité</translation>
    </message>
    <message>
        <source>the timestamp</source>
        <translation>l&apos;horodatage</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>No process to import the runs into.</source>
        <translation>Aucun processus dans lequel importer les exécutions.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1: the file holds no events.</source>
        <translation>%1&#xa0;: le fichier ne contient aucun événement.</translation>
    </message>
</context>
<context>
    <name>Stepwise</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: unknown %2 &quot;%3&quot;</source>
        <translation>%1&#xa0;: %2 inconnu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>(not a word)</source>
        <translation>(pas un mot)</translation>
    </message>
    <message>
        <source>not a Stepwise process (format &quot;%1&quot;)</source>
        <translation>pas un processus Stepwise (format «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>made by a newer version of Stepwise (format %1, this version reads up to %2)</source>
        <translation>créé par une version plus récente de Stepwise (format %1, cette version lit jusqu&apos;au format %2)</translation>
    </message>
    <message>
        <source>malformed review date &quot;%1&quot;</source>
        <translation>date de revue mal formée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the process</source>
        <translation>le processus</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>couloir %1</translation>
    </message>
    <message>
        <source>%1: malformed colour &quot;%2&quot;</source>
        <translation>%1&#xa0;: couleur mal formée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a Stepwise process (the JSON is not an object)</source>
        <translation>pas un processus Stepwise (le JSON n&apos;est pas un objet)</translation>
    </message>
</context>
<context>
    <name>Stepwise::BpmnImportDialog</name>
    <message numerus="yes">
        <source>Not imported (%n)</source>
        <translation>
            <numerusform>Non importé (%n)</numerusform>
            <numerusform>Non importés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>References to what the file does not have (%n)</source>
        <translation>
            <numerusform>Référence à ce que le fichier n&apos;a pas (%n)</numerusform>
            <numerusform>Références à ce que le fichier n&apos;a pas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other tools&apos; extensions, skipped (%n)</source>
        <translation>
            <numerusform>Extension d&apos;autres outils, ignorée (%n)</numerusform>
            <numerusform>Extensions d&apos;autres outils, ignorées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported, but changed (%n)</source>
        <translation>
            <numerusform>Importé, mais modifié (%n)</numerusform>
            <numerusform>Importés, mais modifiés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation>Importer du BPMN</translation>
    </message>
    <message>
        <source>Importing &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>Importation de &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>What the import left out or changed</source>
        <translation>Ce que l&apos;importation a laissé de côté ou modifié</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>&amp;Open the Map</source>
        <translation>&amp;Ouvrir la carte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not be imported: nothing was added.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n&apos;a pas pu être importé&#xa0;: rien n&apos;a été ajouté.&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is now the process &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est maintenant le processus &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Couloirs&#xa0;:</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Activités&#xa0;:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements&#xa0;:</translation>
    </message>
    <message>
        <source>Gateways (decisions):</source>
        <translation>Passerelles (décisions)&#xa0;:</translation>
    </message>
    <message>
        <source>Handoffs:</source>
        <translation>Passages&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n more map(s) for sub-processes: %1</source>
        <translation>
            <numerusform>%n carte de plus pour des sous-processus&#xa0;: %1</numerusform>
            <numerusform>%n cartes de plus pour des sous-processus&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stepwise laid out what the file has no diagram for.</source>
        <translation>Stepwise a disposé ce pour quoi le fichier n&apos;a pas de diagramme.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <translation>
            <numerusform>%1 (%n fois)</numerusform>
            <numerusform>%1 (%n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>What a Stepwise map has no place for, and what was changed on the way:</source>
        <translation>Ce qui n&apos;a pas sa place dans une carte Stepwise, et ce qui a été modifié en chemin&#xa0;:</translation>
    </message>
    <message>
        <source>Everything in the file came in.</source>
        <translation>Tout le contenu du fichier a été importé.</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.bpmn2 *.xml);;All files (*)</source>
        <translation>Fichiers BPMN 2.0 (*.bpmn *.bpmn2 *.xml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Stepwise::Candidates</name>
    <message>
        <source>enter, entry, input, type in, fill in, record, register, log, copy</source>
        <comment>words (separated by commas) in a step&apos;s name that say it types data into a system</comment>
        <translation>saisir, saisie, entrer, renseigner, remplir, enregistrer, consigner, encoder, copier, recopier</translation>
    </message>
    <message>
        <source>notify, notification, send, email, mail, remind, inform, alert, message</source>
        <comment>words (separated by commas) in a step&apos;s name that say it sends a message</comment>
        <translation>notifier, notification, envoyer, envoi, email, e-mail, courriel, mail, rappeler, rappel, relancer, relance, informer, alerter, alerte, message</translation>
    </message>
    <message>
        <source>approve, approval, authorise, authorize, sign off</source>
        <comment>words (separated by commas) in a step&apos;s name that say it approves</comment>
        <translation>approuver, approbation, valider, validation, autoriser, autorisation, signer</translation>
    </message>
    <message>
        <source>status, update, close</source>
        <comment>words (separated by commas) in a step&apos;s name that say it updates a status</comment>
        <translation>statut, état, mettre à jour, mise à jour, actualiser, clôturer, clore, fermer</translation>
    </message>
    <message>
        <source>less than once a month</source>
        <translation>moins d&apos;une fois par mois</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln time(s) a month</source>
        <translation>
            <numerusform>environ %Ln fois par mois</numerusform>
            <numerusform>environ %Ln fois par mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Its name says data entry: typing data into a system follows fixed rules that a form, an import or an integration can apply.</source>
        <translation>Son nom indique une saisie&#xa0;: saisir des données dans un système suit des règles fixes qu&apos;un formulaire, une importation ou une intégration peut appliquer.</translation>
    </message>
    <message>
        <source>Its name says it sends a message: a template sent when something happens can do that.</source>
        <translation>Son nom indique l&apos;envoi d&apos;un message&#xa0;: un modèle envoyé quand un événement survient peut s&apos;en charger.</translation>
    </message>
    <message>
        <source>Its name says approval: clear criteria can decide the usual cases, and the rest can be routed and reminded automatically.</source>
        <translation>Son nom indique une approbation&#xa0;: des critères clairs peuvent trancher les cas habituels, et le reste peut être transmis et relancé automatiquement.</translation>
    </message>
    <message>
        <source>Its name says status update: the system can set a status from what happened before.</source>
        <translation>Son nom indique une mise à jour de statut&#xa0;: le système peut définir un statut d&apos;après ce qui s&apos;est passé avant.</translation>
    </message>
    <message>
        <source>it is data entry</source>
        <translation>c&apos;est de la saisie</translation>
    </message>
    <message>
        <source>it sends a message</source>
        <translation>elle envoie un message</translation>
    </message>
    <message>
        <source>it is an approval</source>
        <translation>c&apos;est une approbation</translation>
    </message>
    <message>
        <source>it updates a status</source>
        <translation>elle met à jour un statut</translation>
    </message>
    <message>
        <source>it carries data between systems by hand</source>
        <translation>elle transfère des données entre systèmes à la main</translation>
    </message>
    <message>
        <source>it is frequent, steady work</source>
        <translation>c&apos;est un travail fréquent et régulier</translation>
    </message>
    <message>
        <source>it mostly waits to be started</source>
        <translation>elle attend surtout d&apos;être commencée</translation>
    </message>
    <message>
        <source>it is marked as a candidate</source>
        <translation>elle est marquée comme candidate</translation>
    </message>
    <message>
        <source>the map has a problem there</source>
        <translation>la carte a un problème à cet endroit</translation>
    </message>
    <message>
        <source>it is done again in %1 of the runs that have it</source>
        <translation>elle est refaite dans %1 des exécutions qui la contiennent</translation>
    </message>
    <message>
        <source>its time varies widely</source>
        <translation>sa durée varie beaucoup</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>It happens %1.</source>
        <translation>Elle a lieu %1.</translation>
    </message>
    <message numerus="yes">
        <source>It is done by hand across %n system(s) (%1): an integration can carry the data from one to the other.</source>
        <translation>
            <numerusform>Elle est faite à la main dans %n système (%1)&#xa0;: une intégration peut transférer les données de l&apos;un à l&apos;autre.</numerusform>
            <numerusform>Elle est faite à la main dans %n systèmes (%1)&#xa0;: une intégration peut transférer les données de l&apos;un à l&apos;autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is done %1 and takes about the same time each time (%2 on average, give or take %3): routine work that a script can do.</source>
        <translation>Elle a lieu %1 et prend à peu près le même temps à chaque fois (%2 en moyenne, à %3 près)&#xa0;: un travail de routine qu&apos;un script peut faire.</translation>
    </message>
    <message>
        <source>It waits %1 on average before anyone starts it, %2 of its time: done automatically, it would start at once.</source>
        <translation>Elle attend %1 en moyenne avant que quelqu&apos;un la commence, soit %2 de son temps&#xa0;: automatisée, elle commencerait tout de suite.</translation>
    </message>
    <message>
        <source>Marked on the map; none of the rules finds it.</source>
        <translation>Marquée sur la carte&#xa0;; aucune règle ne la détecte.</translation>
    </message>
    <message>
        <source>The map has a problem here: %1</source>
        <translation>La carte a un problème ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>It is done again in %1 of the runs that have it (%2 of %3): find out why before automating it, or the automation repeats the mistakes.</source>
        <translation>Elle est refaite dans %1 des exécutions qui la contiennent (%2 sur %3)&#xa0;: trouvez pourquoi avant de l&apos;automatiser, sinon l&apos;automatisation répétera les erreurs.</translation>
    </message>
    <message>
        <source>Its time varies widely (%1 on average, give or take %2): make the work predictable before automating it.</source>
        <translation>Sa durée varie beaucoup (%1 en moyenne, à %2 près)&#xa0;: rendez le travail prévisible avant de l&apos;automatiser.</translation>
    </message>
    <message>
        <source>The map has no tasks yet: draw the work on the Map tab first.</source>
        <translation>La carte n&apos;a pas encore de tâches&#xa0;: dessinez d&apos;abord le travail dans l&apos;onglet Carte.</translation>
    </message>
    <message>
        <source>The runs logged spent no time in the tasks of the map: check that the task names match the activities of the runs.</source>
        <translation>Les exécutions enregistrées n&apos;ont passé aucun temps dans les tâches de la carte&#xa0;: vérifiez que les noms des tâches correspondent aux activités des exécutions.</translation>
    </message>
    <message>
        <source>Nothing to measure yet: log or import runs, or enter how often the process runs (Runs per month, in the process&apos;s properties) and how long its tasks take, to see what each task costs.</source>
        <translation>Rien à mesurer pour l&apos;instant&#xa0;: saisissez ou importez des exécutions, ou indiquez la fréquence du processus (Exécutions par mois, dans les propriétés du processus) et la durée de ses tâches, pour voir ce que coûte chaque tâche.</translation>
    </message>
    <message>
        <source>%1 costs the most time: about %2 a month, as it takes %3 and the process runs %4.</source>
        <translation>%1 coûte le plus de temps&#xa0;: environ %2 par mois, car elle prend %3 et le processus s&apos;exécute %4.</translation>
    </message>
    <message>
        <source>%1 holds the runs up the most: about %2 a month across all runs, mostly waiting before anyone starts it (%3 each time on average); the work itself takes %4 a month.</source>
        <translation>%1 retarde le plus les exécutions&#xa0;: environ %2 par mois sur toutes les exécutions, surtout en attente avant que quelqu&apos;un la commence (%3 à chaque fois en moyenne)&#xa0;; le travail lui-même prend %4 par mois.</translation>
    </message>
    <message>
        <source>%1 costs the most time: about %2 a month across all runs, mostly the work itself (%3 each time on average).</source>
        <translation>%1 coûte le plus de temps&#xa0;: environ %2 par mois sur toutes les exécutions, surtout le travail lui-même (%3 à chaque fois en moyenne).</translation>
    </message>
    <message>
        <source>%1 costs the most time: about %2 a month across all runs, about half of it waiting before anyone starts it.</source>
        <translation>%1 coûte le plus de temps&#xa0;: environ %2 par mois sur toutes les exécutions, dont environ la moitié en attente avant que quelqu&apos;un la commence.</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month, %3 of it work time (%4).</source>
        <translation>Automatiser %1 ferait gagner environ %2 par mois, dont %3 de temps de travail (%4).</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month (%3).</source>
        <translation>Automatiser %1 ferait gagner environ %2 par mois (%3).</translation>
    </message>
    <message>
        <source>Fix %1 before automating it: %2.</source>
        <translation>Corrigez %1 avant de l&apos;automatiser&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Quick wins, much time saved for little effort: %1.</source>
        <translation>Gains rapides, beaucoup de temps gagné pour peu d&apos;effort&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enter an effort estimate for %1 (in the step&apos;s properties) to see which candidates are quick wins.</source>
        <translation>Indiquez un effort estimé pour %1 (dans les propriétés de l&apos;étape) pour voir quelles candidates sont des gains rapides.</translation>
    </message>
    <message>
        <source>These figures come from the expected durations and the runs per month entered; logged runs will replace them.</source>
        <translation>Ces chiffres viennent des durées prévues et des exécutions par mois indiquées&#xa0;; les exécutions enregistrées les remplaceront.</translation>
    </message>
    <message>
        <source>None of the rules finds a task worth automating.</source>
        <translation>Aucune règle ne trouve de tâche qui vaille la peine d&apos;être automatisée.</translation>
    </message>
</context>
<context>
    <name>Stepwise::ChartCard</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export this chart as PNG or PDF</source>
        <translation>Exporter ce graphique en PNG ou en PDF</translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation>Exporter en &amp;PNG...</translation>
    </message>
    <message>
        <source>Export as P&amp;DF...</source>
        <translation>Exporter en P&amp;DF...</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Le graphique n&apos;a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>Stepwise::Checkpoint</name>
    <message>
        <source>median cycle time</source>
        <translation>durée de cycle médiane</translation>
    </message>
    <message>
        <source>90th percentile of the cycle time</source>
        <translation>90e centile de la durée de cycle</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>respect du SLA</translation>
    </message>
    <message>
        <source>rework rate</source>
        <translation>taux de reprise</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>taux d&apos;achèvement</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Keep the target</source>
        <translation>Garder l&apos;objectif</translation>
    </message>
    <message>
        <source>Adjust the target</source>
        <translation>Ajuster l&apos;objectif</translation>
    </message>
    <message>
        <source>Change the process</source>
        <translation>Modifier le processus</translation>
    </message>
    <message>
        <source>in 2 weeks</source>
        <translation>dans 2 semaines</translation>
    </message>
    <message>
        <source>in 30 days</source>
        <translation>dans 30 jours</translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation>dans 1 mois</translation>
    </message>
    <message>
        <source>in 3 months</source>
        <translation>dans 3 mois</translation>
    </message>
    <message>
        <source>in 6 months</source>
        <translation>dans 6 mois</translation>
    </message>
</context>
<context>
    <name>Stepwise::CheckpointPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; over %n run(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; sur %n exécution</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; sur %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of runs in which some step is done more than once</source>
        <translation>La part des exécutions dans lesquelles une étape est faite plus d&apos;une fois</translation>
    </message>
    <message>
        <source>The share of runs that reached an end of the map</source>
        <translation>La part des exécutions qui ont atteint une fin de la carte</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Revue…</translation>
    </message>
    <message>
        <source>Hold the value against the target, record what you decide and when to look again</source>
        <translation>Comparer la valeur à l&apos;objectif, noter ce que vous décidez et quand y revenir</translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>Arrêter le &amp;suivi</translation>
    </message>
    <message>
        <source>Remove the checkpoint; its reviews stay in the history</source>
        <translation>Supprimer le point de contrôle&#xa0;; ses revues restent dans l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Review &amp;on:</source>
        <translation>Revue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revu le</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Les exécutions n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>No runs started since %1 yet.</source>
        <translation>Aucune exécution démarrée depuis le %1 pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n run(s), but the %2 cannot be measured on them.</source>
        <translation>
            <numerusform>Depuis le %1&#xa0;: %n exécution, mais l&apos;indicateur «&#xa0;%2&#xa0;» ne peut pas y être mesuré.</numerusform>
            <numerusform>Depuis le %1&#xa0;: %n exécutions, mais l&apos;indicateur «&#xa0;%2&#xa0;» ne peut pas y être mesuré.</numerusform>
        </translation>
    </message>
    <message>
        <source>on target</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>objectif manqué</translation>
    </message>
    <message>
        <source>Since %1: %2.</source>
        <translation>Depuis le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Since %1: %2, %3.</source>
        <translation>Depuis le %1&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <source>The 30 days before: %1.</source>
        <translation>Les 30 jours précédents&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The last 30 days: %1.</source>
        <translation>Les 30 derniers jours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No runs in the last 30 days to measure it on.</source>
        <translation>Aucune exécution dans les 30 derniers jours pour le mesurer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No checkpoint yet.&lt;/b&gt; Pick the one figure that tells whether this process works, a target for it, and a day to look at it again.</source>
        <translation>&lt;b&gt;Pas encore de point de contrôle.&lt;/b&gt; Choisissez le chiffre qui dit si ce processus fonctionne, un objectif pour ce chiffre et un jour pour le revoir.</translation>
    </message>
    <message>
        <source>&amp;Set Checkpoint</source>
        <translation>&amp;Définir le point de contrôle</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;due today&lt;/b&gt;</source>
        <translation>&lt;b&gt;à revoir aujourd&apos;hui&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s) overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;en retard de %n jour&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;en retard de %n jours&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Watching the %1&lt;/b&gt;: at most %2. Review on %3 (%4).</source>
        <translation>&lt;b&gt;Suivi&#xa0;: %1&lt;/b&gt;, au plus %2. Revue le %3 (%4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watching the %1&lt;/b&gt;: at least %2. Review on %3 (%4).</source>
        <translation>&lt;b&gt;Suivi&#xa0;: %1&lt;/b&gt;, au moins %2. Revue le %3 (%4).</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>The process has no SLA target yet: set one in its properties first.</source>
        <translation>Le processus n&apos;a pas encore d&apos;objectif de SLA&#xa0;: définissez-en un d&apos;abord dans ses propriétés.</translation>
    </message>
    <message>
        <source>Another metric starts a new checkpoint; the reviews so far stay in the history.</source>
        <translation>Un autre indicateur crée un nouveau point de contrôle&#xa0;; les revues déjà faites restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Enter a target first.</source>
        <translation>Indiquez d&apos;abord un objectif.</translation>
    </message>
    <message>
        <source>The checkpoint could not be set.</source>
        <translation>Le point de contrôle n&apos;a pas pu être défini.</translation>
    </message>
    <message>
        <source>The checkpoint could not be removed.</source>
        <translation>Le point de contrôle n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The review could not be recorded.</source>
        <translation>La revue n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Nothing to measure</source>
        <translation>Rien à mesurer</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Objectif manqué</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Aucune revue pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Stepwise::CheckpointReviewDialog</name>
    <message>
        <source>Review Checkpoint</source>
        <translation>Revue du point de contrôle</translation>
    </message>
    <message>
        <source>No runs started since %1: there is nothing to measure yet.</source>
        <translation>Aucune exécution démarrée depuis le %1&#xa0;: rien à mesurer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The %1 cannot be measured on these runs.</source>
        <translation>L&apos;indicateur «&#xa0;%1&#xa0;» ne peut pas être mesuré sur ces exécutions.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;On target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n run(s) since %3.</source>
        <translation>
            <numerusform>&lt;b&gt;Objectif atteint.&lt;/b&gt; Indicateur «&#xa0;%1&#xa0;»&#xa0;: &lt;b&gt;%2&lt;/b&gt; sur %n exécution depuis le %3.</numerusform>
            <numerusform>&lt;b&gt;Objectif atteint.&lt;/b&gt; Indicateur «&#xa0;%1&#xa0;»&#xa0;: &lt;b&gt;%2&lt;/b&gt; sur %n exécutions depuis le %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Off target.&lt;/b&gt; The %1 is &lt;b&gt;%2&lt;/b&gt; over %n run(s) since %3.</source>
        <translation>
            <numerusform>&lt;b&gt;Objectif manqué.&lt;/b&gt; Indicateur «&#xa0;%1&#xa0;»&#xa0;: &lt;b&gt;%2&lt;/b&gt; sur %n exécution depuis le %3.</numerusform>
            <numerusform>&lt;b&gt;Objectif manqué.&lt;/b&gt; Indicateur «&#xa0;%1&#xa0;»&#xa0;: &lt;b&gt;%2&lt;/b&gt; sur %n exécutions depuis le %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target: at most %1.</source>
        <translation>L&apos;objectif&#xa0;: au plus %1.</translation>
    </message>
    <message>
        <source>The target: at least %1.</source>
        <translation>L&apos;objectif&#xa0;: au moins %1.</translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation>Ce qui a été décidé, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Record Review</source>
        <translation>&amp;Enregistrer la revue</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Prochaine revue&#xa0;:</translation>
    </message>
    <message>
        <source>Checkpoint: %1</source>
        <translation>Point de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the new target.</source>
        <translation>Indiquez le nouvel objectif.</translation>
    </message>
    <message>
        <source>The next review is after today.</source>
        <translation>La prochaine revue doit être après aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>Stepwise::CheckpointTargetEdit</name>
    <message>
        <source>e.g. 2d or 4h 30min</source>
        <translation>p. ex. 2d ou 4h 30min</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
</context>
<context>
    <name>Stepwise::DashboardView</name>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>SLA target %1</source>
        <translation>Objectif de SLA %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Plus longues</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>bars of %1</source>
        <translation>barres de %1</translation>
    </message>
    <message>
        <source>runs within %1</source>
        <translation>exécutions en %1 au plus</translation>
    </message>
    <message>
        <source>% of runs</source>
        <translation>% des exécutions</translation>
    </message>
    <message>
        <source>No SLA target: set the process&apos;s cycle-time target in its properties.</source>
        <translation>Pas d&apos;objectif de SLA&#xa0;: définissez l&apos;objectif de durée de cycle du processus dans ses propriétés.</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dans l&apos;objectif</translation>
    </message>
    <message>
        <source>overall %1</source>
        <translation>global %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Achevées</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrées</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>No step was executed in this window.</source>
        <translation>Aucune étape n&apos;a été réalisée dans cette période.</translation>
    </message>
    <message>
        <source>the %1 of %2 steps with the most time, mean per execution</source>
        <translation>les %1 étapes sur %2 qui prennent le plus de temps, moyenne par réalisation</translation>
    </message>
    <message>
        <source>mean per execution</source>
        <translation>moyenne par réalisation</translation>
    </message>
    <message>
        <source>Same owner</source>
        <translation>Même responsable</translation>
    </message>
    <message>
        <source>Owner changes</source>
        <translation>Changement de responsable</translation>
    </message>
    <message>
        <source>No handoff was taken in this window.</source>
        <translation>Aucun passage n&apos;a été emprunté dans cette période.</translation>
    </message>
    <message>
        <source>the %1 slowest of %2, mean delay</source>
        <translation>les %1 plus lents sur %2, délai moyen</translation>
    </message>
    <message>
        <source>mean delay</source>
        <translation>délai moyen</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Durée de cycle médiane</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Nine runs in ten take at most this long</source>
        <translation>Neuf exécutions sur dix ne durent pas plus longtemps</translation>
    </message>
    <message>
        <source>The share of runs whose cycle time is at most the target</source>
        <translation>La part des exécutions dont la durée de cycle ne dépasse pas l&apos;objectif</translation>
    </message>
    <message>
        <source>Runs whose last step is not an end of the map, nor leads to one: still under way, or given up</source>
        <translation>Exécutions dont la dernière étape n&apos;est pas une fin de la carte et n&apos;y mène pas&#xa0;: encore en cours, ou abandonnées</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 terminées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>maximum %1</translation>
    </message>
    <message>
        <source>no target set for this process</source>
        <translation>aucun objectif défini pour ce processus</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln run(s) within %2</source>
        <translation>
            <numerusform>%1 sur %Ln exécution en %2 au plus</numerusform>
            <numerusform>%1 sur %Ln exécutions en %2 au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>the map has no end step</source>
        <translation>la carte n&apos;a pas d&apos;étape de fin</translation>
    </message>
    <message>
        <source>not at an end of the map</source>
        <translation>pas à une fin de la carte</translation>
    </message>
    <message>
        <source>Cycle time per week</source>
        <translation>Durée de cycle par semaine</translation>
    </message>
    <message>
        <source>Cycle times</source>
        <translation>Durées de cycle</translation>
    </message>
    <message>
        <source>SLA compliance per week</source>
        <translation>Respect du SLA par semaine</translation>
    </message>
    <message>
        <source>Throughput per week</source>
        <translation>Débit par semaine</translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation>Où passe le temps</translation>
    </message>
    <message>
        <source>Slowest handoffs</source>
        <translation>Passages les plus lents</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Runs started in:</source>
        <translation>&amp;Exécutions démarrées sur&#xa0;:</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation>Les 90 derniers jours</translation>
    </message>
    <message>
        <source>The last 365 days</source>
        <translation>Les 365 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Which runs count: by the day they started, up to the latest run of the process (UTC)</source>
        <translation>Quelles exécutions comptent&#xa0;: selon le jour de leur début, jusqu&apos;à la dernière exécution du processus (UTC)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Calcul...</translation>
    </message>
    <message>
        <source>Mean waiting and processing time per step, the most first. Click a step to show it on the map.</source>
        <translation>Temps moyen d&apos;attente et de traitement par étape, le plus long d&apos;abord. Cliquez sur une étape pour la montrer sur la carte.</translation>
    </message>
    <message>
        <source>Mean delay between two steps, the longest first</source>
        <translation>Délai moyen entre deux étapes, le plus long d&apos;abord</translation>
    </message>
    <message>
        <source>No run started in this window: choose a longer one.</source>
        <translation>Aucune exécution démarrée dans cette période&#xa0;: choisissez-en une plus longue.</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Lecture des exécutions...</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Aucun processus ouvert</translation>
    </message>
    <message>
        <source>Select a process on the left to see its dashboard.</source>
        <translation>Sélectionnez un processus à gauche pour voir son tableau de bord.</translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation>Les exécutions n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>Nothing to measure yet</source>
        <translation>Rien à mesurer pour l&apos;instant</translation>
    </message>
    <message>
        <source>Cycle time, SLA compliance, waiting versus working time and bottlenecks appear here once the process has runs: log them by hand or import an event log.</source>
        <translation>Durée de cycle, respect du SLA, attente et temps de travail, goulets d&apos;étranglement&#xa0;: tout cela apparaît ici dès que le processus a des exécutions. Saisissez-les à la main ou importez un journal d&apos;événements.</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 – %2 (UTC)</translation>
    </message>
    <message>
        <source>the first run</source>
        <translation>la première exécution</translation>
    </message>
    <message>
        <source>the last run</source>
        <translation>la dernière exécution</translation>
    </message>
    <message>
        <source>No run started</source>
        <translation>Aucune exécution démarrée</translation>
    </message>
    <message>
        <source>Runs started</source>
        <translation>Exécutions démarrées</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>En %1 au plus</translation>
    </message>
    <message>
        <source>%1 of %2 runs (%3)</source>
        <translation>%1 sur %2 exécutions (%3)</translation>
    </message>
    <message>
        <source>%1 or longer</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>De %1 à moins de %2</translation>
    </message>
    <message>
        <source>Waiting, mean</source>
        <translation>Attente, moyenne</translation>
    </message>
    <message>
        <source>none before it</source>
        <translation>aucune étape avant</translation>
    </message>
    <message>
        <source>Processing, mean</source>
        <translation>Traitement, moyenne</translation>
    </message>
    <message>
        <source>no start times</source>
        <translation>pas d&apos;heures de début</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <source>Click to show it on the map</source>
        <translation>Cliquez pour la montrer sur la carte</translation>
    </message>
    <message>
        <source>Mean delay</source>
        <translation>Délai moyen</translation>
    </message>
    <message>
        <source>Median delay</source>
        <translation>Délai médian</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Emprunté</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln fois</numerusform>
            <numerusform>%Ln fois</numerusform>
        </translation>
    </message>
    <message>
        <source>The work changes owner here</source>
        <translation>Le travail change de responsable ici</translation>
    </message>
    <message>
        <source>The same owner goes on</source>
        <translation>Le même responsable continue</translation>
    </message>
    <message>
        <source>Not a handoff of the map</source>
        <translation>Pas un passage de la carte</translation>
    </message>
</context>
<context>
    <name>Stepwise::Diagnostic</name>
    <message>
        <source>(unnamed step)</source>
        <translation>(étape sans nom)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A date in a diagnostic&apos;s line (QDate format): &quot;12 Oct&quot;</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>The map has no start and no end</source>
        <translation>La carte n&apos;a ni début ni fin</translation>
    </message>
    <message>
        <source>The map has no start</source>
        <translation>La carte n&apos;a pas de début</translation>
    </message>
    <message>
        <source>The map has no end</source>
        <translation>La carte n&apos;a pas de fin</translation>
    </message>
    <message numerus="yes">
        <source>%n validation problem(s), the first: %1</source>
        <translation>
            <numerusform>%n problème de vérification&#xa0;: %1</numerusform>
            <numerusform>%n problèmes de vérification, le premier&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) without a definition of done: %1</source>
        <translation>
            <numerusform>%n tâche sans définition de «&#xa0;terminé&#xa0;»&#xa0;: %1</numerusform>
            <numerusform>%n tâches sans définition de «&#xa0;terminé&#xa0;»&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A start and an end, no validation problems, and every task has a definition of done.</source>
        <translation>Un début et une fin, aucun problème de vérification, et chaque tâche a une définition de «&#xa0;terminé&#xa0;».</translation>
    </message>
    <message>
        <source>The map has no lanes yet: name who owns the work.</source>
        <translation>La carte n&apos;a pas encore de couloirs&#xa0;: indiquez qui est responsable du travail.</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>couloir %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in no lane: %1</source>
        <translation>
            <numerusform>%n étape dans aucun couloir&#xa0;: %1</numerusform>
            <numerusform>%n étapes dans aucun couloir&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s) without a named owner: %1</source>
        <translation>
            <numerusform>%n couloir sans responsable nommé&#xa0;: %1</numerusform>
            <numerusform>%n couloirs sans responsable nommé&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every step is in a lane with a named owner (%n lane(s)).</source>
        <translation>
            <numerusform>Chaque étape est dans un couloir avec un responsable nommé (%n couloir).</numerusform>
            <numerusform>Chaque étape est dans un couloir avec un responsable nommé (%n couloirs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are logged: the latest on %1.</source>
        <translation>Des exécutions sont enregistrées&#xa0;: la dernière le %1.</translation>
    </message>
    <message>
        <source>No runs logged since %1</source>
        <translation>Aucune exécution enregistrée depuis le %1</translation>
    </message>
    <message>
        <source>No runs logged yet</source>
        <translation>Aucune exécution enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1, but the checkpoint on the %2 is watched: review on %3.</source>
        <translation>%1, mais le point de contrôle sur l&apos;indicateur «&#xa0;%2&#xa0;» est suivi&#xa0;: revue le %3.</translation>
    </message>
    <message>
        <source>%1, and the review of the checkpoint was due on %2.</source>
        <translation>%1, et la revue du point de contrôle était prévue le %2.</translation>
    </message>
    <message>
        <source>%1, and no checkpoint is set.</source>
        <translation>%1, et aucun point de contrôle n&apos;est défini.</translation>
    </message>
    <message>
        <source>A revision of the map was saved on %1.</source>
        <translation>Une révision de la carte a été enregistrée le %1.</translation>
    </message>
    <message>
        <source>The checkpoint was reviewed on %1.</source>
        <translation>Le point de contrôle a été revu le %1.</translation>
    </message>
    <message>
        <source>No revision saved since %1</source>
        <translation>Aucune révision enregistrée depuis le %1</translation>
    </message>
    <message>
        <source>No revision saved yet</source>
        <translation>Aucune révision enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>no checkpoint reviewed since %1</source>
        <translation>aucun point de contrôle revu depuis le %1</translation>
    </message>
    <message>
        <source>no checkpoint reviewed</source>
        <translation>aucun point de contrôle revu</translation>
    </message>
    <message>
        <source>%1, and %2.</source>
        <translation>%1, et %2.</translation>
    </message>
    <message>
        <source>The map has no tasks yet, so nothing to automate.</source>
        <translation>La carte n&apos;a pas encore de tâches, donc rien à automatiser.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) automated: %1.</source>
        <translation>
            <numerusform>%n étape automatisée&#xa0;: %1.</numerusform>
            <numerusform>%n étapes automatisées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) not decided yet: %1.</source>
        <translation>
            <numerusform>%n candidate pas encore tranchée&#xa0;: %1.</numerusform>
            <numerusform>%n candidates pas encore tranchées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n prévue</numerusform>
            <numerusform>%n prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n écartée</numerusform>
            <numerusform>%n écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>Every candidate is decided: %1.</source>
        <translation>Chaque candidate est tranchée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No step is a candidate for automation.</source>
        <translation>Aucune étape n&apos;est candidate à l&apos;automatisation.</translation>
    </message>
    <message>
        <source>No step is automated, and none is marked as a candidate.</source>
        <translation>Aucune étape n&apos;est automatisée, et aucune n&apos;est marquée comme candidate.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Amélioration</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
    <message>
        <source>Show Problems</source>
        <translation>Voir les problèmes</translation>
    </message>
    <message>
        <source>Edit Lanes</source>
        <translation>Modifier les couloirs</translation>
    </message>
    <message>
        <source>Log a Run</source>
        <translation>Saisir une exécution</translation>
    </message>
    <message>
        <source>Save a Revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <source>See Candidates</source>
        <translation>Voir les candidates</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not ok</source>
        <translation>pas ok</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
</context>
<context>
    <name>Stepwise::DiagnosticPanel</name>
    <message>
        <source>&lt;b&gt;All five in place.&lt;/b&gt; Design, ownership, tracking, improvement and automation.</source>
        <translation>&lt;b&gt;Les cinq sont en place.&lt;/b&gt; Conception, responsabilités, suivi, amélioration et automatisation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 in place.&lt;/b&gt; Fix what is marked below, top to bottom.</source>
        <translation>&lt;b&gt;%1 sur %2 en place.&lt;/b&gt; Corrigez ce qui est signalé ci-dessous, de haut en bas.</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>Pas en place</translation>
    </message>
</context>
<context>
    <name>Stepwise::DurationEdit</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>A duration such as 4h, 2d, 90min or 1d 4h; empty for none.</source>
        <translation>Une durée comme 4h, 2d, 90min ou 1d 4h&#xa0;; vide pour aucune.</translation>
    </message>
    <message>
        <source>Not a duration. Use units such as 4h, 2d, 90min or 1d 4h.</source>
        <translation>Pas une durée. Utilisez des unités comme 4h, 2d, 90min ou 1d 4h.</translation>
    </message>
</context>
<context>
    <name>Stepwise::DurationTicker</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>Stepwise::Examples</name>
    <message>
        <source>Client onboarding</source>
        <translation>Intégration d&apos;un client</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Chargé de compte</translation>
    </message>
    <message>
        <source>From the signed deal to a client whose people, devices and billing are fully set up, so the first support ticket finds everything in place.</source>
        <translation>De la signature du contrat jusqu&apos;à un client dont les utilisateurs, les appareils et la facturation sont entièrement configurés, pour que le premier ticket de support trouve tout en place.</translation>
    </message>
    <message>
        <source>PSA</source>
        <translation>PSA</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>RMM</source>
        <translation>RMM</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>PSA / ticket system</source>
        <translation>PSA / système de tickets</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Affaire gagnée</translation>
    </message>
    <message>
        <source>Send contract and questionnaire</source>
        <translation>Envoyer le contrat et le questionnaire</translation>
    </message>
    <message>
        <source>Contract, price sheet and onboarding questionnaire sent from the PSA template; the sending is logged on the opportunity.</source>
        <translation>Contrat, grille tarifaire et questionnaire d&apos;intégration envoyés depuis le modèle du PSA&#xa0;; l&apos;envoi est consigné sur l&apos;opportunité.</translation>
    </message>
    <message>
        <source>Accepted quote</source>
        <translation>Devis accepté</translation>
    </message>
    <message>
        <source>Contract template</source>
        <translation>Modèle de contrat</translation>
    </message>
    <message>
        <source>Contract sent for signature</source>
        <translation>Contrat envoyé pour signature</translation>
    </message>
    <message>
        <source>Onboarding questionnaire</source>
        <translation>Questionnaire d&apos;intégration</translation>
    </message>
    <message>
        <source>Wait for client signature</source>
        <translation>Attendre la signature du client</translation>
    </message>
    <message>
        <source>Contract signed?</source>
        <translation>Contrat signé&#xa0;?</translation>
    </message>
    <message>
        <source>Chase the signature</source>
        <translation>Relancer pour la signature</translation>
    </message>
    <message>
        <source>Client called and reminded; open questions about the contract answered and noted on the opportunity.</source>
        <translation>Client appelé et relancé&#xa0;; questions en suspens sur le contrat traitées et notées sur l&apos;opportunité.</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Note d&apos;appel</translation>
    </message>
    <message>
        <source>New signature deadline</source>
        <translation>Nouvelle date limite de signature</translation>
    </message>
    <message>
        <source>Create client record</source>
        <translation>Créer la fiche client</translation>
    </message>
    <message>
        <source>Signed contract stored in the client folder; client record created in the PSA with billing contact and service agreement.</source>
        <translation>Contrat signé rangé dans le dossier du client&#xa0;; fiche client créée dans le PSA avec contact de facturation et contrat de service.</translation>
    </message>
    <message>
        <source>Signed contract</source>
        <translation>Contrat signé</translation>
    </message>
    <message>
        <source>Completed questionnaire</source>
        <translation>Questionnaire rempli</translation>
    </message>
    <message>
        <source>Client record</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <source>Service agreement in the PSA</source>
        <translation>Contrat de service dans le PSA</translation>
    </message>
    <message>
        <source>Hold kick-off call</source>
        <translation>Tenir la réunion de lancement</translation>
    </message>
    <message>
        <source>Kick-off held with the client&apos;s contact person; key users, sites and go-live date agreed and recorded on the client record.</source>
        <translation>Réunion de lancement tenue avec l&apos;interlocuteur du client&#xa0;; utilisateurs clés, sites et date de mise en service convenus et notés sur la fiche client.</translation>
    </message>
    <message>
        <source>Kick-off minutes</source>
        <translation>Compte rendu de lancement</translation>
    </message>
    <message>
        <source>Agreed go-live date</source>
        <translation>Date de mise en service convenue</translation>
    </message>
    <message>
        <source>Audit IT environment</source>
        <translation>Auditer l&apos;environnement informatique</translation>
    </message>
    <message>
        <source>Every device enrolled in the RMM, admin credentials in the password vault, and findings written to the client documentation.</source>
        <translation>Chaque appareil inscrit dans le RMM, identifiants administrateur dans le coffre-fort de mots de passe, et constats notés dans la documentation du client.</translation>
    </message>
    <message>
        <source>Admin credentials</source>
        <translation>Identifiants administrateur</translation>
    </message>
    <message>
        <source>Device inventory</source>
        <translation>Inventaire des appareils</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Constats de l&apos;audit</translation>
    </message>
    <message>
        <source>Set up Microsoft 365 accounts</source>
        <translation>Configurer les comptes Microsoft 365</translation>
    </message>
    <message>
        <source>A licensed account with multi-factor authentication for every key user; shared mailboxes and groups created as agreed at kick-off.</source>
        <translation>Un compte sous licence avec authentification multifacteur pour chaque utilisateur clé&#xa0;; boîtes aux lettres partagées et groupes créés comme convenu au lancement.</translation>
    </message>
    <message>
        <source>User list</source>
        <translation>Liste des utilisateurs</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Welcome credentials</source>
        <translation>Identifiants de bienvenue</translation>
    </message>
    <message>
        <source>New hardware needed?</source>
        <translation>Nouveau matériel nécessaire&#xa0;?</translation>
    </message>
    <message>
        <source>Order and install hardware</source>
        <translation>Commander et installer le matériel</translation>
    </message>
    <message>
        <source>Ordered devices delivered, set up from the standard image and enrolled in the RMM; the client has signed the delivery note.</source>
        <translation>Appareils commandés livrés, configurés à partir de l&apos;image standard et inscrits dans le RMM&#xa0;; le client a signé le bon de livraison.</translation>
    </message>
    <message>
        <source>Approved hardware quote</source>
        <translation>Devis matériel approuvé</translation>
    </message>
    <message>
        <source>Installed devices</source>
        <translation>Appareils installés</translation>
    </message>
    <message>
        <source>Signed delivery note</source>
        <translation>Bon de livraison signé</translation>
    </message>
    <message>
        <source>Set up recurring billing</source>
        <translation>Mettre en place la facturation récurrente</translation>
    </message>
    <message>
        <source>Recurring invoice for the agreed services created in accounting with the right start date; the first invoice checked against the contract.</source>
        <translation>Facture récurrente des services convenus créée en comptabilité avec la bonne date de début&#xa0;; la première facture vérifiée par rapport au contrat.</translation>
    </message>
    <message>
        <source>Recurring invoice</source>
        <translation>Facture récurrente</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>Première facture</translation>
    </message>
    <message>
        <source>Send welcome pack</source>
        <translation>Envoyer le kit de bienvenue</translation>
    </message>
    <message>
        <source>Welcome email with portal access, support hours and how to open a ticket sent to every key user.</source>
        <translation>E-mail de bienvenue envoyé à chaque utilisateur clé avec l&apos;accès au portail, les horaires du support et la façon d&apos;ouvrir un ticket.</translation>
    </message>
    <message>
        <source>Welcome email template</source>
        <translation>Modèle d&apos;e-mail de bienvenue</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>E-mail de bienvenue</translation>
    </message>
    <message>
        <source>Client live</source>
        <translation>Client opérationnel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <translation>Ticket de support</translation>
    </message>
    <message>
        <source>Service desk lead</source>
        <translation>Responsable du service desk</translation>
    </message>
    <message>
        <source>From the client&apos;s call or email to a confirmed fix, a documented solution and a closed ticket.</source>
        <translation>De l&apos;appel ou de l&apos;e-mail du client jusqu&apos;à une correction confirmée, une solution documentée et un ticket clôturé.</translation>
    </message>
    <message>
        <source>Distributor portal</source>
        <translation>Portail du distributeur</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <source>Client reports a problem</source>
        <translation>Le client signale un problème</translation>
    </message>
    <message>
        <source>Log ticket</source>
        <translation>Enregistrer le ticket</translation>
    </message>
    <message>
        <source>Ticket created in the PSA with client, contact, contract and the original message attached; acknowledgement sent to the client.</source>
        <translation>Ticket créé dans le PSA avec le client, le contact, le contrat et le message d&apos;origine en pièce jointe&#xa0;; accusé de réception envoyé au client.</translation>
    </message>
    <message>
        <source>Client email or call</source>
        <translation>E-mail ou appel du client</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Acknowledgement email</source>
        <translation>E-mail d&apos;accusé de réception</translation>
    </message>
    <message>
        <source>Triage and prioritise</source>
        <translation>Trier et prioriser</translation>
    </message>
    <message>
        <source>Priority, category and affected device set on the ticket; the client knows who works on it and by when.</source>
        <translation>Priorité, catégorie et appareil concerné renseignés sur le ticket&#xa0;; le client sait qui s&apos;en occupe et pour quand.</translation>
    </message>
    <message>
        <source>Service agreement</source>
        <translation>Contrat de service</translation>
    </message>
    <message>
        <source>Prioritised ticket</source>
        <translation>Ticket priorisé</translation>
    </message>
    <message>
        <source>Hardware or software?</source>
        <translation>Matériel ou logiciel&#xa0;?</translation>
    </message>
    <message>
        <source>Work on ticket</source>
        <translation>Traiter le ticket</translation>
    </message>
    <message>
        <source>Cause found and fixed, remotely where possible; every action and the time spent logged on the ticket.</source>
        <translation>Cause trouvée et corrigée, à distance si possible&#xa0;; chaque action et le temps passé consignés sur le ticket.</translation>
    </message>
    <message>
        <source>Client documentation</source>
        <translation>Documentation du client</translation>
    </message>
    <message>
        <source>Fix applied</source>
        <translation>Correction appliquée</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Saisies de temps</translation>
    </message>
    <message>
        <source>Order replacement part</source>
        <translation>Commander une pièce de rechange</translation>
    </message>
    <message>
        <source>Replacement ordered from the distributor under the client&apos;s warranty or an approved quote; order number noted on the ticket.</source>
        <translation>Pièce de rechange commandée au distributeur sous la garantie du client ou sur devis approuvé&#xa0;; numéro de commande noté sur le ticket.</translation>
    </message>
    <message>
        <source>Device warranty status</source>
        <translation>État de la garantie de l&apos;appareil</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Expected delivery date</source>
        <translation>Date de livraison prévue</translation>
    </message>
    <message>
        <source>Wait for part delivery</source>
        <translation>Attendre la livraison de la pièce</translation>
    </message>
    <message>
        <source>Replace hardware on site</source>
        <translation>Remplacer le matériel sur site</translation>
    </message>
    <message>
        <source>Faulty part replaced and tested with the user; the old part returned or disposed of with a note on the ticket.</source>
        <translation>Pièce défectueuse remplacée et testée avec l&apos;utilisateur&#xa0;; l&apos;ancienne pièce retournée ou mise au rebut, avec une note sur le ticket.</translation>
    </message>
    <message>
        <source>Replacement part</source>
        <translation>Pièce de rechange</translation>
    </message>
    <message>
        <source>Working device</source>
        <translation>Appareil fonctionnel</translation>
    </message>
    <message>
        <source>Wait for client confirmation</source>
        <translation>Attendre la confirmation du client</translation>
    </message>
    <message>
        <source>Client confirms fix?</source>
        <translation>Le client confirme la correction&#xa0;?</translation>
    </message>
    <message>
        <source>Document solution and close ticket</source>
        <translation>Documenter la solution et clôturer le ticket</translation>
    </message>
    <message>
        <source>Solution written to the ticket and, when it may recur, to the knowledge base; ticket closed with all time entries approved.</source>
        <translation>Solution notée sur le ticket et, si le problème peut se reproduire, dans la base de connaissances&#xa0;; ticket clôturé avec toutes les saisies de temps approuvées.</translation>
    </message>
    <message>
        <source>Client confirmation</source>
        <translation>Confirmation du client</translation>
    </message>
    <message>
        <source>Closed ticket</source>
        <translation>Ticket clôturé</translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation>Article de la base de connaissances</translation>
    </message>
    <message>
        <source>Send satisfaction survey</source>
        <translation>Envoyer l&apos;enquête de satisfaction</translation>
    </message>
    <message>
        <source>One-question survey emailed to the contact when the ticket closes; the answer is stored on the ticket.</source>
        <translation>Enquête à une question envoyée par e-mail au contact à la clôture du ticket&#xa0;; la réponse est conservée sur le ticket.</translation>
    </message>
    <message>
        <source>Survey email</source>
        <translation>E-mail d&apos;enquête</translation>
    </message>
    <message>
        <source>Ticket closed</source>
        <translation>Ticket clôturé</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
</context>
<context>
    <name>Stepwise::ExportFeedback</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Open It</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>Stepwise::FindBar</name>
    <message>
        <source>Find step</source>
        <translation>Rechercher une étape</translation>
    </message>
    <message>
        <source>F&amp;ind step:</source>
        <translation>Rec&amp;hercher une étape&#xa0;:</translation>
    </message>
    <message>
        <source>Find step by name</source>
        <translation>Rechercher une étape par son nom</translation>
    </message>
    <message>
        <source>Part of a step name</source>
        <translation>Partie d&apos;un nom d&apos;étape</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Stepwise::GzipDevice</name>
    <message>
        <source>a gzip file can only be read</source>
        <translation>un fichier gzip ne peut qu&apos;être lu</translation>
    </message>
    <message>
        <source>cannot start zlib</source>
        <translation>impossible de démarrer zlib</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the gzip file is truncated (it ends in the middle of its data)</source>
        <translation>le fichier gzip est tronqué (il s&apos;arrête au milieu de ses données)</translation>
    </message>
    <message>
        <source>refused: the gzip file inflates to more than %1 times its size (%2 MiB from %3 KiB so far), which no event log does; it looks like a decompression bomb</source>
        <translation>refusé&#xa0;: le fichier gzip se décompresse à plus de %1 fois sa taille (%2 Mio à partir de %3 Kio pour l&apos;instant), ce qu&apos;aucun journal d&apos;événements ne fait&#xa0;; cela ressemble à une bombe de décompression</translation>
    </message>
    <message>
        <source>the gzip data cannot be inflated</source>
        <translation>les données gzip ne peuvent pas être décompressées</translation>
    </message>
    <message>
        <source>not a valid gzip file (%1)</source>
        <translation>pas un fichier gzip valide (%1)</translation>
    </message>
</context>
<context>
    <name>Stepwise::HandoffItem</name>
    <message>
        <source>%1 → %2: owner changes from %3 to %4</source>
        <translation>%1 → %2&#xa0;: le responsable passe de %3 à %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Taken %n time(s) by the runs; mean wait %1</source>
        <translation>
            <numerusform>Emprunté %n fois par les exécutions&#xa0;; attente moyenne %1</numerusform>
            <numerusform>Emprunté %n fois par les exécutions&#xa0;; attente moyenne %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No run took this handoff.</source>
        <translation>Aucune exécution n&apos;a emprunté ce passage.</translation>
    </message>
</context>
<context>
    <name>Stepwise::Impact</name>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Grands paris</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Bouche-trous</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Gouffres</translation>
    </message>
    <message>
        <source>Much time saved for little effort: do these first.</source>
        <translation>Beaucoup de temps gagné pour peu d&apos;effort&#xa0;: à faire en premier.</translation>
    </message>
    <message>
        <source>Much time saved, but much effort: plan them.</source>
        <translation>Beaucoup de temps gagné, mais beaucoup d&apos;effort&#xa0;: à planifier.</translation>
    </message>
    <message>
        <source>Little time saved for little effort: when there is time.</source>
        <translation>Peu de temps gagné pour peu d&apos;effort&#xa0;: quand il y a du temps.</translation>
    </message>
    <message>
        <source>Little time saved for much effort: leave them.</source>
        <translation>Peu de temps gagné pour beaucoup d&apos;effort&#xa0;: à laisser de côté.</translation>
    </message>
    <message>
        <source>No estimate of the effort to automate it yet.</source>
        <translation>Pas encore d&apos;estimation de l&apos;effort pour l&apos;automatiser.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::ImportRunsDialog</name>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>start and complete</source>
        <translation>début et fin</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Import Runs into “%1”</source>
        <translation>Importer des exécutions dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Depuis &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Cas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;omplete:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>Cyc&amp;le de vie&#xa0;:</translation>
    </message>
    <message>
        <source>The column or attribute that names the run (the case) an event belongs to</source>
        <translation>La colonne ou l&apos;attribut qui nomme l&apos;exécution (le cas) à laquelle appartient un événement</translation>
    </message>
    <message>
        <source>The column that names the step (activity)</source>
        <translation>La colonne qui nomme l&apos;étape (l&apos;activité)</translation>
    </message>
    <message>
        <source>When a step started, where the log has a column for it</source>
        <translation>Quand une étape a commencé, si le journal a une colonne pour cela</translation>
    </message>
    <message>
        <source>When a step completed, or the one timestamp of an event</source>
        <translation>Quand une étape s&apos;est terminée, ou l&apos;horodatage unique d&apos;un événement</translation>
    </message>
    <message>
        <source>Who did the step (person, team or system)</source>
        <translation>Qui a fait l&apos;étape (personne, équipe ou système)</translation>
    </message>
    <message>
        <source>The lifecycle transition (start, complete, ...), where the log has one</source>
        <translation>La transition du cycle de vie (start, complete…), si le journal en a une</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>Heure locale (%1)</translation>
    </message>
    <message>
        <source>The time zone of timestamps that do not say their offset</source>
        <translation>Le fuseau horaire des horodatages qui n&apos;indiquent pas leur décalage</translation>
    </message>
    <message>
        <source>&amp;Times without offset:</source>
        <translation>&amp;Heures sans décalage&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;place runs whose case the process has already</source>
        <translation>Re&amp;mplacer les exécutions dont le processus a déjà le cas</translation>
    </message>
    <message>
        <source>Preview of the first events</source>
        <translation>Aperçu des premiers événements</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The first events, as they will be read:</source>
        <translation>Les premiers événements, tels qu&apos;ils seront lus&#xa0;:</translation>
    </message>
    <message>
        <source>Activities the map lacks</source>
        <translation>Activités absentes de la carte</translation>
    </message>
    <message>
        <source>&amp;Add Checked as Steps</source>
        <translation>A&amp;jouter les cochées comme étapes</translation>
    </message>
    <message>
        <source>Adds them to the map, after its last step; one undo takes them back</source>
        <translation>Les ajoute à la carte, après sa dernière étape&#xa0;; une seule annulation les retire</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message numerus="yes">
        <source>The whole log: %n event(s).</source>
        <translation>
            <numerusform>Tout le journal&#xa0;: %n événement.</numerusform>
            <numerusform>Tout le journal&#xa0;: %n événements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n events; the import reads them all.</source>
        <translation>
            <numerusform>Le premier événement&#xa0;; l&apos;importation les lit tous.</numerusform>
            <numerusform>Les %n premiers événements&#xa0;; l&apos;importation les lit tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importation de %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The runs could not be imported; nothing was written.</source>
        <translation>Les exécutions n&apos;ont pas pu être importées&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Imported &lt;b&gt;%Ln&lt;/b&gt; run(s) (%1 events, %2 steps done) into “%3”.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; exécution importée (%1 événements, %2 étapes faites) dans «&#xa0;%3&#xa0;».</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; exécutions importées (%1 événements, %2 étapes faites) dans «&#xa0;%3&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln start(s) were never completed: they made no step.</source>
        <translation>
            <numerusform>%Ln début n&apos;a jamais été terminé&#xa0;: il n&apos;a donné aucune étape.</numerusform>
            <numerusform>%Ln débuts n&apos;ont jamais été terminés&#xa0;: ils n&apos;ont donné aucune étape.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every activity of the log is a step of the map.</source>
        <translation>Chaque activité du journal est une étape de la carte.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of the log are not steps of the map. Add them as steps, and the runs and the map speak of the same things:</source>
        <translation>
            <numerusform>%n activité du journal n&apos;est pas une étape de la carte. Ajoutez-la comme étape, et les exécutions et la carte parleront des mêmes choses&#xa0;:</numerusform>
            <numerusform>%n activités du journal ne sont pas des étapes de la carte. Ajoutez-les comme étapes, et les exécutions et la carte parleront des mêmes choses&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Step(s) from the Runs</source>
        <translation>
            <numerusform>Ajouter %n étape depuis les exécutions</numerusform>
            <numerusform>Ajouter %n étapes depuis les exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <translation>%1 (ajoutée)</translation>
    </message>
    <message>
        <source>The steps could not be added.</source>
        <translation>Les étapes n&apos;ont pas pu être ajoutées.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n step(s) to the map, after its last step; Edit &gt; Undo takes them back.</source>
        <translation>
            <numerusform>%n étape ajoutée à la carte, après sa dernière étape&#xa0;; Édition &gt; Annuler la retire.</numerusform>
            <numerusform>%n étapes ajoutées à la carte, après sa dernière étape&#xa0;; Édition &gt; Annuler les retire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::ImproveView</name>
    <message>
        <source>0 h</source>
        <translation>0 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Pas décidée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>Améliorer</translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation>Quoi corriger en premier</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Calcul...</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Impact vs effort</source>
        <translation>Impact / effort</translation>
    </message>
    <message>
        <source>Automation candidates</source>
        <translation>Candidates à l&apos;automatisation</translation>
    </message>
    <message>
        <source>Impact versus effort</source>
        <translation>Impact par rapport à l&apos;effort</translation>
    </message>
    <message>
        <source>Each dot is a task: higher costs more hours a month, further right takes more effort to automate. Click a dot to show the task on the map.</source>
        <translation>Chaque point est une tâche&#xa0;: plus il est haut, plus elle coûte d&apos;heures par mois&#xa0;; plus il est à droite, plus l&apos;automatiser demande d&apos;effort. Cliquez sur un point pour montrer la tâche sur la carte.</translation>
    </message>
    <message>
        <source>Effort to automate (hours, estimated)</source>
        <translation>Effort pour automatiser (heures, estimé)</translation>
    </message>
    <message>
        <source>Hours a month it costs</source>
        <translation>Heures par mois qu&apos;elle coûte</translation>
    </message>
    <message>
        <source>Tasks by hours a month</source>
        <translation>Tâches par heures par mois</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Hours a month the task costs: the waiting before it and the work in it, times how often it runs</source>
        <translation>Heures par mois que coûte la tâche&#xa0;: l&apos;attente qui la précède et le travail qu&apos;elle demande, multipliés par sa fréquence</translation>
    </message>
    <message>
        <source>Estimated hours to automate it (in its properties)</source>
        <translation>Heures estimées pour l&apos;automatiser (dans ses propriétés)</translation>
    </message>
    <message>
        <source>Click a task to show it on the map.</source>
        <translation>Cliquez sur une tâche pour la montrer sur la carte.</translation>
    </message>
    <message>
        <source>Tasks by the hours a month they cost</source>
        <translation>Tâches selon les heures par mois qu&apos;elles coûtent</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Lecture des exécutions...</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Aucun processus ouvert</translation>
    </message>
    <message>
        <source>Select a process on the left to see what to fix first and what to automate.</source>
        <translation>Sélectionnez un processus à gauche pour voir quoi corriger en premier et quoi automatiser.</translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation>Les exécutions n&apos;ont pas pu être lues</translation>
    </message>
    <message numerus="yes">
        <source>From %Ln run(s) over %1 months.</source>
        <translation>
            <numerusform>D&apos;après %Ln exécution sur %1 mois.</numerusform>
            <numerusform>D&apos;après %Ln exécutions sur %1 mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs logged yet: from the tasks&apos; expected durations and the %1 runs a month entered in the process&apos;s properties.</source>
        <translation>Aucune exécution enregistrée pour l&apos;instant&#xa0;: d&apos;après les durées prévues des tâches et les %1 exécutions par mois indiquées dans les propriétés du processus.</translation>
    </message>
    <message>
        <source>No runs logged yet, and no runs per month entered in the process&apos;s properties: nothing to measure.</source>
        <translation>Aucune exécution enregistrée pour l&apos;instant, et aucun nombre d&apos;exécutions par mois indiqué dans les propriétés du processus&#xa0;: rien à mesurer.</translation>
    </message>
    <message>
        <source>Each dot is a task with an effort estimate. Higher: it costs more hours a month (the waiting before it and the work in it, times how often it runs). Further right: it takes more effort to automate. The dashed lines are the medians. %1</source>
        <translation>Chaque point est une tâche avec un effort estimé. Plus haut&#xa0;: elle coûte plus d&apos;heures par mois (l&apos;attente qui la précède et le travail qu&apos;elle demande, multipliés par sa fréquence). Plus à droite&#xa0;: l&apos;automatiser demande plus d&apos;effort. Les lignes en pointillés sont les médianes. %1</translation>
    </message>
    <message>
        <source>Tasks the rules find worth automating, and why. &quot;Saves a month&quot; is what automating one at %1 would save: its work and the wait before it, as the What-if replays the runs. Decide on each. Automating a broken task only makes it fail faster: fix the marked ones first.</source>
        <translation>Les tâches que les règles jugent utiles d&apos;automatiser, et pourquoi. «&#xa0;Gain par mois&#xa0;» est ce que ferait gagner l&apos;automatisation de l&apos;une d&apos;elles à %1&#xa0;: son travail et l&apos;attente qui la précède, comme la simulation rejoue les exécutions. Tranchez pour chacune. Automatiser une tâche défaillante ne fait que la faire échouer plus vite&#xa0;: corrigez d&apos;abord celles qui sont signalées.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>The map has no tasks yet.</source>
        <translation>La carte n&apos;a pas encore de tâches.</translation>
    </message>
    <message>
        <source>No task has an effort estimate yet.
Enter the effort to automate a task in its properties to place it here.</source>
        <translation>Aucune tâche n&apos;a encore d&apos;effort estimé.
Indiquez l&apos;effort pour automatiser une tâche dans ses propriétés pour la placer ici.</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>%1 a month: %2 waiting before it starts, %3 of work</source>
        <translation>%1 par mois&#xa0;: %2 d&apos;attente avant qu&apos;elle commence, %3 de travail</translation>
    </message>
    <message>
        <source>Done %1 times a month; each time %2 waiting, %3 of work</source>
        <translation>Faite %1 fois par mois&#xa0;; à chaque fois %2 d&apos;attente, %3 de travail</translation>
    </message>
    <message>
        <source>%1 a month: %2 expected, %3 runs a month entered</source>
        <translation>%1 par mois&#xa0;: %2 prévu, %3 exécutions par mois indiquées</translation>
    </message>
    <message>
        <source>No runs, and no expected duration or runs per month entered</source>
        <translation>Aucune exécution, et aucune durée prévue ni nombre d&apos;exécutions par mois indiqué</translation>
    </message>
    <message>
        <source>Why automate it</source>
        <translation>Pourquoi l&apos;automatiser</translation>
    </message>
    <message>
        <source>Saves a month</source>
        <translation>Gain par mois</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Click a task to show it on the map</source>
        <translation>Cliquez sur une tâche pour la montrer sur la carte</translation>
    </message>
    <message>
        <source>The rules that find it, with the figures; what to fix first comes first</source>
        <translation>Les règles qui la détectent, avec les chiffres&#xa0;; ce qu&apos;il faut corriger d&apos;abord vient en premier</translation>
    </message>
    <message>
        <source>The hours a month automating it at %1 would save: its work and the wait before it, as the What-if replays the runs</source>
        <translation>Les heures par mois que ferait gagner son automatisation à %1&#xa0;: son travail et l&apos;attente qui la précède, comme la simulation rejoue les exécutions</translation>
    </message>
    <message>
        <source>Plan it, mark it automated, or reject it: saved with the map, undone with Ctrl+Z</source>
        <translation>Prévoyez-la, marquez-la automatisée ou écartez-la&#xa0;: enregistré avec la carte, annulable avec Ctrl+Z</translation>
    </message>
    <message>
        <source>None of the rules finds a task worth automating.</source>
        <translation>Aucune règle ne trouve de tâche qui vaille la peine d&apos;être automatisée.</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>Montrer %1 sur la carte</translation>
    </message>
    <message>
        <source>⚠ Fix first:</source>
        <translation>⚠ À corriger d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>Automating it at %1 would save about %2 a month, %3 of it work time, as the What-if replays the runs.</source>
        <translation>L&apos;automatiser à %1 ferait gagner environ %2 par mois, dont %3 de temps de travail, comme la simulation rejoue les exécutions.</translation>
    </message>
    <message>
        <source>Automating it at %1 would save about %2 a month of its expected duration, at the runs per month entered.</source>
        <translation>L&apos;automatiser à %1 ferait gagner environ %2 par mois de sa durée prévue, au nombre d&apos;exécutions par mois indiqué.</translation>
    </message>
    <message>
        <source>Decision on %1</source>
        <translation>Décision pour %1</translation>
    </message>
    <message>
        <source>Plan it, mark it automated, or reject it</source>
        <translation>Prévoyez-la, marquez-la automatisée ou écartez-la</translation>
    </message>
    <message>
        <source>Hours a month</source>
        <translation>Heures par mois</translation>
    </message>
    <message>
        <source>Waiting before it</source>
        <translation>Attente avant elle</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Effort to automate</source>
        <translation>Effort pour automatiser</translation>
    </message>
    <message>
        <source>Click to show it on the map</source>
        <translation>Cliquez pour la montrer sur la carte</translation>
    </message>
</context>
<context>
    <name>Stepwise::LaneItem</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>Stepwise::LogRunDialog</name>
    <message>
        <source>Log a Run of “%1”</source>
        <translation>Saisir une exécution de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>What the run is known by: a ticket number, a client, an order</source>
        <translation>Ce qui identifie l&apos;exécution&#xa0;: un numéro de ticket, un client, une commande</translation>
    </message>
    <message>
        <source>Who did the steps</source>
        <translation>Qui a fait les étapes</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Fills in who did every step; change a step&apos;s own where someone else did it</source>
        <translation>Indique qui a fait chaque étape&#xa0;; modifiez-le pour une étape faite par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Cas&#xa0;:</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>Fait &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Étape faite</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>The map has no steps yet: draw them on the map first.</source>
        <translation>La carte n&apos;a pas encore d&apos;étapes&#xa0;: dessinez-les d&apos;abord sur la carte.</translation>
    </message>
    <message>
        <source>&amp;Log Run</source>
        <translation>&amp;Saisir l&apos;exécution</translation>
    </message>
    <message>
        <source>Tick the steps done, and when they started and completed:</source>
        <translation>Cochez les étapes faites, et indiquez quand elles ont commencé et se sont terminées&#xa0;:</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(étape sans nom)</translation>
    </message>
    <message>
        <source>An activity of this run that the map does not have</source>
        <translation>Une activité de cette exécution que la carte n&apos;a pas</translation>
    </message>
    <message>
        <source>not on the map</source>
        <translation>pas sur la carte</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 commencée</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 terminée</translation>
    </message>
    <message>
        <source>%1 done by</source>
        <translation>%1 faite par</translation>
    </message>
    <message>
        <source>Edit Run “%1”</source>
        <translation>Modifier l&apos;exécution «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Save Run</source>
        <translation>&amp;Enregistrer l&apos;exécution</translation>
    </message>
    <message>
        <source>Give the run a case: what it is known by.</source>
        <translation>Donnez un cas à l&apos;exécution&#xa0;: ce qui l&apos;identifie.</translation>
    </message>
    <message>
        <source>The process already has a run of case “%1”.</source>
        <translation>Le processus a déjà une exécution du cas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” completes before it starts.</source>
        <translation>«&#xa0;%1&#xa0;» se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Tick the steps done.</source>
        <translation>Cochez les étapes faites.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), cycle time %1</source>
        <translation>
            <numerusform>%n étape, durée de cycle %1</numerusform>
            <numerusform>%n étapes, durée de cycle %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not be saved.</source>
        <translation>L&apos;exécution n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The run could not be logged.</source>
        <translation>L&apos;exécution n&apos;a pas pu être saisie.</translation>
    </message>
</context>
<context>
    <name>Stepwise::MainWindow</name>
    <message>
        <source>Stepwise</source>
        <translation>Stepwise</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>Espace de travail en lecture seule</translation>
    </message>
    <message>
        <source>%1 cannot be written: changes cannot be saved.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>&amp;Save Now</source>
        <translation>&amp;Enregistrer maintenant</translation>
    </message>
    <message>
        <source>Save the open process now (changes are also saved automatically)</source>
        <translation>Enregistrer maintenant le processus ouvert (les modifications sont aussi enregistrées automatiquement)</translation>
    </message>
    <message>
        <source>Save &amp;Revision...</source>
        <translation>Enregistrer une &amp;révision...</translation>
    </message>
    <message>
        <source>Save a revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <source>Keep a snapshot of this map with a note</source>
        <translation>Garder un instantané de cette carte avec une note</translation>
    </message>
    <message>
        <source>Re&amp;visions...</source>
        <translation>Ré&amp;visions...</translation>
    </message>
    <message>
        <source>Look at the saved revisions of this map</source>
        <translation>Consulter les révisions enregistrées de cette carte</translation>
    </message>
    <message>
        <source>&amp;Import BPMN...</source>
        <translation>I&amp;mporter du BPMN...</translation>
    </message>
    <message>
        <source>Make new processes from a BPMN 2.0 file of another modelling tool</source>
        <translation>Créer de nouveaux processus à partir d&apos;un fichier BPMN 2.0 d&apos;un autre outil de modélisation</translation>
    </message>
    <message>
        <source>Export &amp;BPMN...</source>
        <translation>Exporter en &amp;BPMN...</translation>
    </message>
    <message>
        <source>Save this map as a BPMN 2.0 file for other modelling tools</source>
        <translation>Enregistrer cette carte en fichier BPMN 2.0 pour d&apos;autres outils de modélisation</translation>
    </message>
    <message>
        <source>Export &amp;Map...</source>
        <translation>Exporter la &amp;carte...</translation>
    </message>
    <message>
        <source>Save this map as a PDF, SVG or PNG to hand on</source>
        <translation>Enregistrer cette carte en PDF, SVG ou PNG pour la transmettre</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>Print this map, with a preview</source>
        <translation>Imprimer cette carte, avec un aperçu</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>Exporter le r&amp;apport...</translation>
    </message>
    <message>
        <source>Write a PDF report of this process: its map, steps, figures and charts</source>
        <translation>Écrire un rapport PDF de ce processus&#xa0;: sa carte, ses étapes, ses chiffres et ses graphiques</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Stepwise</source>
        <translation>Quitter Stepwise</translation>
    </message>
    <message>
        <source>&amp;Find Step...</source>
        <translation>&amp;Rechercher une étape...</translation>
    </message>
    <message>
        <source>Find a step by name</source>
        <translation>Rechercher une étape par son nom</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>&amp;Disposition automatique</translation>
    </message>
    <message>
        <source>Lay the map out left to right inside its lanes</source>
        <translation>Disposer la carte de gauche à droite dans ses couloirs</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>Follow the system&apos;s colours</source>
        <translation>Suivre les couleurs du système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation>Couleurs claires</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Couleurs sombres</translation>
    </message>
    <message>
        <source>&amp;About Stepwise</source>
        <translation>À &amp;propos de Stepwise</translation>
    </message>
    <message>
        <source>The version of Stepwise</source>
        <translation>La version de Stepwise</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The version of Qt</source>
        <translation>La version de Qt</translation>
    </message>
    <message>
        <source>Process map</source>
        <translation>Carte du processus</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;An empty map&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drag a step from the palette, or select one there and press Enter.&lt;br&gt;Then press Ctrl+Return to add the next step after it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Une carte vide&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Faites glisser une étape depuis la palette, ou sélectionnez-en une et appuyez sur Entrée.&lt;br&gt;Appuyez ensuite sur Ctrl+Entrée pour ajouter l&apos;étape suivante après elle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Aucun processus ouvert</translation>
    </message>
    <message>
        <source>Select a process on the left, or make a new one.</source>
        <translation>Sélectionnez un processus à gauche, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>E&amp;xécutions</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Improve</source>
        <translation>A&amp;méliorer</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Revision compare</source>
        <translation>Comparaison de révisions</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Overview of the map</source>
        <translation>Vue d&apos;ensemble de la carte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Processus</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Afficher ou masquer le panneau %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Afficher ou masquer la barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>E&amp;xécutions</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>The process could not be opened.</source>
        <translation>Impossible d&apos;ouvrir le processus.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nouveau processus</translation>
    </message>
    <message>
        <source>The process “%1” could not be made.</source>
        <translation>Impossible de créer le processus «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Rename Process</source>
        <translation>Renommer le processus</translation>
    </message>
    <message>
        <source>A process named “%1” exists already.</source>
        <translation>Un processus nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The process could not be renamed to “%1”.</source>
        <translation>Impossible de renommer le processus en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The process could not be duplicated.</source>
        <translation>Impossible de dupliquer le processus.</translation>
    </message>
    <message>
        <source>The process could not be deleted.</source>
        <translation>Impossible de supprimer le processus.</translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <source>A note on what changed in “%1”:</source>
        <translation>Une note sur ce qui a changé dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>The revision could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la révision.</translation>
    </message>
    <message>
        <source>Revision saved.</source>
        <translation>Révision enregistrée.</translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation>Exporter en BPMN</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn);;XML files (*.xml)</source>
        <translation>Fichiers BPMN 2.0 (*.bpmn);;Fichiers XML (*.xml)</translation>
    </message>
    <message>
        <source>Exporting “%1”...</source>
        <translation>Export de «&#xa0;%1&#xa0;»...</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>“%1” is not a step of the map.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape de la carte.</translation>
    </message>
    <message>
        <source>About Stepwise</source>
        <translation>À propos de Stepwise</translation>
    </message>
    <message>
        <source>Looking at the process...</source>
        <translation>Analyse du processus...</translation>
    </message>
    <message>
        <source>Processes: %1</source>
        <translation>Processus&#xa0;: %1</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
    </message>
    <message>
        <source>Changes are saved a second after the last one.</source>
        <translation>Les modifications sont enregistrées une seconde après la dernière.</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>Last save took %n ms.</source>
        <translation>
            <numerusform>Le dernier enregistrement a pris %n ms.</numerusform>
            <numerusform>Le dernier enregistrement a pris %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation>Vérification (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>Pré&amp;férences...</translation>
    </message>
    <message>
        <source>Language, theme, grid, autosave, units of durations and the paper of exports</source>
        <translation>Langue, thème, grille, enregistrement automatique, unités des durées et papier des exports</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>A tour of the five parts of running a process, on the examples</source>
        <translation>Une visite des cinq volets du pilotage d&apos;un processus, sur les exemples</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every action that has a shortcut</source>
        <translation>Lister toutes les actions qui ont un raccourci</translation>
    </message>
    <message>
        <source>Click a panel to learn what it is for</source>
        <translation>Cliquez sur un panneau pour savoir à quoi il sert</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Processes&lt;/b&gt;&lt;p&gt;The processes of this workspace. Click one to open its map; the five marks are its diagnostic: design, ownership, tracking, improvement and automation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Processus&lt;/b&gt;&lt;p&gt;Les processus de cet espace de travail. Cliquez sur l&apos;un d&apos;eux pour ouvrir sa carte&#xa0;; les cinq repères sont son diagnostic&#xa0;: conception, responsabilités, suivi, amélioration et automatisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Palette&lt;/b&gt;&lt;p&gt;The kinds of step. Drag one onto the map, or select it and press Enter to put it in the middle of the map.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Palette&lt;/b&gt;&lt;p&gt;Les types d&apos;étape. Faites-en glisser un sur la carte, ou sélectionnez-le et appuyez sur Entrée pour le placer au milieu de la carte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overview&lt;/b&gt;&lt;p&gt;The whole map, small, with the part on screen framed. Drag the frame to look elsewhere.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Vue d&apos;ensemble&lt;/b&gt;&lt;p&gt;Toute la carte, en petit, avec la partie affichée encadrée. Faites glisser le cadre pour regarder ailleurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Properties&lt;/b&gt;&lt;p&gt;What is selected on the map: the process, steps (definition of done, durations, automation), a handoff or a lane and its owner. Every change can be undone.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Propriétés&lt;/b&gt;&lt;p&gt;Ce qui est sélectionné sur la carte&#xa0;: le processus, des étapes (définition de «&#xa0;terminé&#xa0;», durées, automatisation), un passage ou un couloir et son responsable. Chaque modification peut être annulée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Validation&lt;/b&gt;&lt;p&gt;What the map still lacks: no start or end, unreachable steps, lanes without owner, tasks without a definition of done. Click a problem to select it on the map.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Vérification&lt;/b&gt;&lt;p&gt;Ce qui manque encore à la carte&#xa0;: pas de début ou de fin, des étapes impossibles à atteindre, des couloirs sans responsable, des tâches sans définition de «&#xa0;terminé&#xa0;». Cliquez sur un problème pour le sélectionner sur la carte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;&lt;p&gt;The edits of the open map, oldest first. Click one to go back to it; the edits after it can be redone.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;&lt;p&gt;Les modifications de la carte ouverte, de la plus ancienne à la plus récente. Cliquez sur l&apos;une d&apos;elles pour y revenir&#xa0;; les modifications suivantes pourront être rétablies.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome&lt;/b&gt;&lt;p&gt;A tour of the five parts of running a process, on the example processes. Help &gt; Welcome shows it again.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bienvenue&lt;/b&gt;&lt;p&gt;Une visite des cinq volets du pilotage d&apos;un processus, sur les processus d&apos;exemple. Aide &gt; Bienvenue l&apos;affiche à nouveau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Map&lt;/b&gt;&lt;p&gt;The process as steps in lanes, joined by handoffs. Drag from the palette to add steps, hover a step and drag from a handle to hand off to another, double-click to rename.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Carte&lt;/b&gt;&lt;p&gt;Le processus sous forme d&apos;étapes dans des couloirs, reliées par des passages. Faites glisser depuis la palette pour ajouter des étapes, survolez une étape et tirez depuis une poignée pour créer un passage vers une autre, double-cliquez pour renommer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;&lt;p&gt;How the process really ran: each run with its cycle time, SLA and changes of owner. Log a run by hand or import an event log; Enter opens a run&apos;s timeline.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Exécutions&lt;/b&gt;&lt;p&gt;Comment le processus s&apos;est vraiment déroulé&#xa0;: chaque exécution avec sa durée de cycle, son SLA et ses changements de responsable. Saisissez une exécution à la main ou importez un journal d&apos;événements&#xa0;; Entrée ouvre la chronologie d&apos;une exécution.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;&lt;p&gt;The figures of the runs in a date window: cycle time, SLA compliance, where the time goes, the slowest handoffs and throughput.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tableau de bord&lt;/b&gt;&lt;p&gt;Les chiffres des exécutions sur une période&#xa0;: durée de cycle, respect du SLA, où passe le temps, les passages les plus lents et le débit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Improve&lt;/b&gt;&lt;p&gt;What to fix first: the diagnostic, impact versus effort, the automation candidates, what if, the checkpoint and the revision compare.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Améliorer&lt;/b&gt;&lt;p&gt;Quoi corriger en premier&#xa0;: le diagnostic, l&apos;impact par rapport à l&apos;effort, les candidates à l&apos;automatisation, la simulation, le point de contrôle et la comparaison de révisions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stepwise %1&lt;/h3&gt;&lt;p&gt;Map, measure and improve the workflows a small team repeats.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Stepwise %1&lt;/h3&gt;&lt;p&gt;Cartographier, mesurer et améliorer les flux de travail qu&apos;une petite équipe répète.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (compilé avec %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>This workspace has no process named “%1”: showing the open one.</source>
        <translation>Cet espace de travail n&apos;a pas de processus nommé «&#xa0;%1&#xa0;»&#xa0;: affichage du processus ouvert.</translation>
    </message>
</context>
<context>
    <name>Stepwise::MapExport</name>
    <message numerus="yes">
        <source>Page index: the map at 100% on %n page(s), overlapping by 1 cm.</source>
        <translation>
            <numerusform>Index des pages&#xa0;: la carte à 100&#xa0;% sur %n page, avec 1 cm de chevauchement.</numerusform>
            <numerusform>Index des pages&#xa0;: la carte à 100&#xa0;% sur %n pages, avec 1 cm de chevauchement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 · row %3 of %4, column %5 of %6</source>
        <translation>Page %1 sur %2 · ligne %3 sur %4, colonne %5 sur %6</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>Page 1 sur 1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>Objectif de SLA</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation>brouillon non enregistré</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Date d&apos;export</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Couloirs&#xa0;:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>automation candidate</source>
        <translation>candidate à l&apos;automatisation</translation>
    </message>
    <message>
        <source>automation planned</source>
        <translation>automatisation prévue</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>automatisée</translation>
    </message>
    <message>
        <source>automation rejected</source>
        <translation>automatisation écartée</translation>
    </message>
    <message>
        <source>handoff to another lane (change of owner)</source>
        <translation>passage vers un autre couloir (changement de responsable)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>%1 would be %2 × %3 pixels, too large: choose a lower resolution or a page size to fit the map on.</source>
        <translation>%1 ferait %2 × %3 pixels, c&apos;est trop grand&#xa0;: choisissez une résolution plus basse ou un format de page sur lequel ajuster la carte.</translation>
    </message>
    <message>
        <source>not enough memory for the image</source>
        <translation>mémoire insuffisante pour l&apos;image</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Only a PDF can be tiled over pages.</source>
        <translation>Seul un PDF peut être réparti sur plusieurs pages.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>Stepwise::MapExportDialog</name>
    <message>
        <source>Export Map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>PDF document (vector, searchable text)</source>
        <translation>Document PDF (vectoriel, texte consultable)</translation>
    </message>
    <message>
        <source>SVG image (vector)</source>
        <translation>Image SVG (vectorielle)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>As large as the map</source>
        <translation>Aussi grand que la carte</translation>
    </message>
    <message>
        <source>Automatic (as the map)</source>
        <translation>Automatique (selon la carte)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>&amp;Fit on one page</source>
        <translation>A&amp;juster sur une page</translation>
    </message>
    <message>
        <source>At 100% over several &amp;pages, with a page index</source>
        <translation>À 100&#xa0;% sur plusieurs pa&amp;ges, avec un index des pages</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Time: steps coloured by mean waiting + processing</source>
        <translation>Temps&#xa0;: étapes colorées selon l&apos;attente + le traitement moyens</translation>
    </message>
    <message>
        <source>Frequency: handoffs as wide as how often taken</source>
        <translation>Fréquence&#xa0;: passages d&apos;autant plus larges qu&apos;ils sont souvent empruntés</translation>
    </message>
    <message>
        <source>&amp;Title block</source>
        <translation>&amp;Cartouche</translation>
    </message>
    <message>
        <source>Process, owner, SLA target, revision and export date</source>
        <translation>Processus, responsable, objectif de SLA, révision et date d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>Lanes, step kinds and the overlay&apos;s scale</source>
        <translation>Couloirs, types d&apos;étapes et échelle de la superposition</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>T&amp;ransparent background</source>
        <translation>Fond t&amp;ransparent</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier&#xa0;:</translation>
    </message>
    <message>
        <source>Or&amp;ientation:</source>
        <translation>Or&amp;ientation&#xa0;:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle&#xa0;:</translation>
    </message>
    <message>
        <source>Runs &amp;overlay:</source>
        <translation>Superposition des e&amp;xécutions&#xa0;:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>PNG:</source>
        <translation>PNG&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>Exporting the map of &quot;%1&quot;...</source>
        <translation>Export de la carte de «&#xa0;%1&#xa0;»...</translation>
    </message>
    <message>
        <source>The map is exported to %1.</source>
        <translation>La carte est exportée vers %1.</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Lecture des exécutions...</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print &quot;%1&quot;</source>
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Stepwise::MapView</name>
    <message>
        <source>Process map</source>
        <translation>Carte du processus</translation>
    </message>
    <message>
        <source>The map of the open process: steps in swimlanes connected by handoffs. Arrow keys move the selection, Alt+arrows walk along handoffs and change lanes, Ctrl+Return inserts a task after the selected step.</source>
        <translation>La carte du processus ouvert&#xa0;: des étapes dans des couloirs, reliées par des passages. Les flèches déplacent la sélection, Alt+flèches suit les passages et change de couloir, Ctrl+Entrée insère une tâche après l&apos;étape sélectionnée.</translation>
    </message>
    <message>
        <source>Insert &amp;Task After</source>
        <translation>Insérer une &amp;tâche après</translation>
    </message>
    <message>
        <source>Insert &amp;Decision After</source>
        <translation>Insérer une &amp;décision après</translation>
    </message>
    <message>
        <source>&amp;Connect Selection</source>
        <translation>Re&amp;lier la sélection</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape sui&amp;vante</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>Move to Lane &amp;Above</source>
        <translation>Déplacer vers le couloir du &amp;haut</translation>
    </message>
    <message>
        <source>Move to Lane &amp;Below</source>
        <translation>Déplacer vers le couloir du &amp;bas</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Ajouter un co&amp;uloir</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout sélectio&amp;nner</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Coup&amp;er</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>D&amp;isposition automatique</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Aligner sur la &amp;grille</translation>
    </message>
    <message>
        <source>Snap moved steps to a %1 px grid</source>
        <translation>Aligner les étapes déplacées sur une grille de %1 px</translation>
    </message>
    <message>
        <source>&amp;Runs Overlay</source>
        <translation>Superposition des &amp;exécutions</translation>
    </message>
    <message>
        <source>Show on the map where the runs spend their time and which paths they take that the map lacks (%1)</source>
        <translation>Montrer sur la carte où les exécutions passent leur temps et quels chemins absents de la carte elles prennent (%1)</translation>
    </message>
    <message>
        <source>Colour the steps by their mean waiting and processing time, size the handoffs by how often runs take them</source>
        <translation>Colorer les étapes selon leur temps moyen d&apos;attente et de traitement, élargir les passages selon la fréquence à laquelle les exécutions les empruntent</translation>
    </message>
    <message>
        <source>&amp;Open Sub-process Map</source>
        <translation>&amp;Ouvrir la carte du sous-processus</translation>
    </message>
    <message>
        <source>Add a connected step</source>
        <translation>Ajouter une étape reliée</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <source>“%1” is the only lane and has steps: add another lane for them first.</source>
        <translation>«&#xa0;%1&#xa0;» est le seul couloir et contient des étapes&#xa0;: ajoutez d&apos;abord un autre couloir pour elles.</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n step(s) of “%1” to:</source>
        <translation>
            <numerusform>Déplacer l&apos;étape de «&#xa0;%1&#xa0;» vers&#xa0;:</numerusform>
            <numerusform>Déplacer les %n étapes de «&#xa0;%1&#xa0;» vers&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nouveau couloir</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Nom de l&apos;étape</translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation>Nom du couloir</translation>
    </message>
    <message>
        <source>Handoff label</source>
        <translation>Libellé du passage</translation>
    </message>
</context>
<context>
    <name>Stepwise::OverlayLegend</name>
    <message>
        <source>Runs overlay legend</source>
        <translation>Légende de la superposition des exécutions</translation>
    </message>
    <message>
        <source>Runs overlay</source>
        <translation>Superposition des exécutions</translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation>Lecture des exécutions…</translation>
    </message>
    <message>
        <source>The runs could not be read.</source>
        <translation>Impossible de lire les exécutions.</translation>
    </message>
    <message numerus="yes">
        <source>Runs overlay: %n run(s)</source>
        <translation>
            <numerusform>Superposition des exécutions&#xa0;: %n exécution</numerusform>
            <numerusform>Superposition des exécutions&#xa0;: %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs of this process yet: log or import some.</source>
        <translation>Pas encore d&apos;exécution de ce processus&#xa0;: saisissez-en ou importez-en.</translation>
    </message>
    <message>
        <source>Mean waiting + processing per step</source>
        <translation>Attente + traitement moyens par étape</translation>
    </message>
    <message>
        <source>every step alike</source>
        <translation>toutes les étapes pareilles</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>no run reached it</source>
        <translation>aucune exécution ne l&apos;a atteinte</translation>
    </message>
    <message>
        <source>handoff: the wider, the more runs</source>
        <translation>passage&#xa0;: plus il est large, plus il y a d&apos;exécutions</translation>
    </message>
    <message numerus="yes">
        <source>never taken (%n)</source>
        <translation>
            <numerusform>jamais emprunté (%n)</numerusform>
            <numerusform>jamais empruntés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken, but not on the map (%n)</source>
        <translation>
            <numerusform>emprunté, mais absent de la carte (%n)</numerusform>
            <numerusform>empruntés, mais absents de la carte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) of the runs match no step</source>
        <translation>
            <numerusform>%n activité des exécutions ne correspond à aucune étape</numerusform>
            <numerusform>%n activités des exécutions ne correspondent à aucune étape</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::OverviewView</name>
    <message>
        <source>Map overview</source>
        <translation>Vue d&apos;ensemble de la carte</translation>
    </message>
    <message>
        <source>The whole map, small; the outlined part is what the map shows. Click to go there.</source>
        <translation>Toute la carte, en petit&#xa0;; la partie encadrée est celle que montre la carte. Cliquez pour y aller.</translation>
    </message>
</context>
<context>
    <name>Stepwise::PalettePanel</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Steps to add to the map: drag one onto the map, or press Enter to insert it</source>
        <translation>Étapes à ajouter à la carte&#xa0;: faites-en glisser une sur la carte, ou appuyez sur Entrée pour l&apos;insérer</translation>
    </message>
</context>
<context>
    <name>Stepwise::ProcessDocument</name>
    <message numerus="yes">
        <source>Add %n lane(s)</source>
        <translation>
            <numerusform>Ajouter %n couloir</numerusform>
            <numerusform>Ajouter %n couloirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lane(s)</source>
        <translation>
            <numerusform>Supprimer %n couloir</numerusform>
            <numerusform>Supprimer %n couloirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n step(s)</source>
        <translation>
            <numerusform>Ajouter %n étape</numerusform>
            <numerusform>Ajouter %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Supprimer %n étape</numerusform>
            <numerusform>Supprimer %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connect %n handoff(s)</source>
        <translation>
            <numerusform>Créer %n passage</numerusform>
            <numerusform>Créer %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n handoff(s)</source>
        <translation>
            <numerusform>Supprimer %n passage</numerusform>
            <numerusform>Supprimer %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s) to another lane</source>
        <translation>
            <numerusform>Déplacer %n étape vers un autre couloir</numerusform>
            <numerusform>Déplacer %n étapes vers un autre couloir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Déplacer %n étape</numerusform>
            <numerusform>Déplacer %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Déplacer le couloir</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>le responsable</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>l&apos;objectif de SLA</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>la date de revue</translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation>l&apos;horloge du SLA</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>les heures ouvrées</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>le fuseau horaire</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>les jours fériés</translation>
    </message>
    <message>
        <source>runs per month</source>
        <translation>les exécutions par mois</translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation>le type de couloir</translation>
    </message>
    <message>
        <source>lane colour</source>
        <translation>la couleur du couloir</translation>
    </message>
    <message>
        <source>lane height</source>
        <translation>la hauteur du couloir</translation>
    </message>
    <message>
        <source>step kind</source>
        <translation>le type d&apos;étape</translation>
    </message>
    <message>
        <source>definition of done</source>
        <translation>la définition de «&#xa0;terminé&#xa0;»</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>les entrées</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>les sorties</translation>
    </message>
    <message>
        <source>expected duration</source>
        <translation>la durée prévue</translation>
    </message>
    <message>
        <source>step SLA</source>
        <translation>le SLA de l&apos;étape</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>l&apos;automatisation</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>les systèmes</translation>
    </message>
    <message>
        <source>automation effort</source>
        <translation>l&apos;effort d&apos;automatisation</translation>
    </message>
    <message>
        <source>event trigger</source>
        <translation>le déclencheur de l&apos;événement</translation>
    </message>
    <message>
        <source>label</source>
        <translation>le libellé</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>la condition</translation>
    </message>
    <message>
        <source>handoff source</source>
        <translation>la source du passage</translation>
    </message>
    <message>
        <source>handoff target</source>
        <translation>la cible du passage</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation>Décision&#xa0;?</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reconnect handoff</source>
        <translation>Reconnecter le passage</translation>
    </message>
    <message>
        <source>Delete lane %1</source>
        <translation>Supprimer le couloir %1</translation>
    </message>
    <message>
        <source>Lay out the map</source>
        <translation>Disposer la carte automatiquement</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Coller %n étape</numerusform>
            <numerusform>Coller %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>Insérer une étape</translation>
    </message>
</context>
<context>
    <name>Stepwise::ProcessListModel</name>
    <message>
        <source>Diagnosing…</source>
        <translation>Diagnostic en cours…</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modifié le %1</translation>
    </message>
    <message>
        <source>Design, ownership, tracking, improvement, automation: a filled mark is in place, a hollow one is not</source>
        <translation>Conception, responsabilité, suivi, amélioration, automatisation&#xa0;: une marque pleine est en place, une marque creuse ne l&apos;est pas</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
</context>
<context>
    <name>Stepwise::ProcessListPanel</name>
    <message>
        <source>&amp;New Process</source>
        <translation>&amp;Nouveau processus</translation>
    </message>
    <message>
        <source>Make a new, empty process</source>
        <translation>Créer un processus vide</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the process with its map</source>
        <translation>Copier le processus avec sa carte</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete Process</source>
        <translation>Supprimer le processus</translation>
    </message>
    <message>
        <source>Delete the process “%1”?</source>
        <translation>Supprimer le processus «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>This deletes its map, runs and revisions and cannot be undone.</source>
        <translation>Cela supprime sa carte, ses exécutions et ses révisions, et ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Stepwise::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Select a process to see its properties.</source>
        <translation>Sélectionnez un processus pour voir ses propriétés.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>Qui en répond</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>What it is for, when it starts and ends</source>
        <translation>À quoi il sert, quand il commence et quand il se termine</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SLA target:</source>
        <translation>&amp;Objectif de SLA&#xa0;:</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>How often the process runs in a month. Until runs are logged, the Improve tab uses it with the steps&apos; expected durations to tell what each step costs.</source>
        <translation>Combien de fois le processus s&apos;exécute par mois. Tant qu&apos;aucune exécution n&apos;est saisie, l&apos;onglet Améliorer s&apos;en sert avec les durées prévues des étapes pour estimer le coût de chaque étape.</translation>
    </message>
    <message>
        <source>Runs per mon&amp;th:</source>
        <translation>Exécutions par &amp;mois&#xa0;:</translation>
    </message>
    <message>
        <source>Used until runs are logged.</source>
        <translation>Utilisé tant qu&apos;aucune exécution n&apos;est saisie.</translation>
    </message>
    <message>
        <source>Set a date to review the process on</source>
        <translation>Définir une date de revue du processus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Review date:</source>
        <translation>Date de re&amp;vue&#xa0;:</translation>
    </message>
    <message>
        <source>Review date set</source>
        <translation>Date de revue définie</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de revue</translation>
    </message>
    <message>
        <source>Calendar time</source>
        <translation>Temps calendaire</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>How cycle, waiting and processing times and SLA compliance are measured: every hour of the day, or only working hours</source>
        <translation>Comment les durées de cycle, d&apos;attente et de traitement et le respect du SLA sont mesurés&#xa0;: toutes les heures de la journée, ou seulement les heures ouvrées</translation>
    </message>
    <message>
        <source>SLA c&amp;lock:</source>
        <translation>&amp;Horloge du SLA&#xa0;:</translation>
    </message>
    <message>
        <source>Working days and hours, such as Mon-Fri 09:00-18:00 or Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00</source>
        <translation>Jours et heures ouvrés, par exemple Mon-Fri 09:00-18:00 ou Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>Heures o&amp;uvrées&#xa0;:</translation>
    </message>
    <message>
        <source>The time zone of the working hours, such as Europe/Berlin</source>
        <translation>Le fuseau horaire des heures ouvrées, par exemple Europe/Paris</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Days off, as YYYY-MM-DD separated by commas: 2026-12-24, 2026-12-25</source>
        <translation>Jours de congé, au format AAAA-MM-JJ, séparés par des virgules&#xa0;: 2026-12-24, 2026-12-25</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Jours fériés&#xa0;:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Couloir&#xa0;:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>A wait (a reply, a delivery)</source>
        <translation>Une attente (une réponse, une livraison)</translation>
    </message>
    <message>
        <source>A timer (a date, a delay)</source>
        <translation>Un minuteur (une date, un délai)</translation>
    </message>
    <message>
        <source>A message (mail, call, signal)</source>
        <translation>Un message (e-mail, appel, signal)</translation>
    </message>
    <message>
        <source>&amp;Waits for:</source>
        <translation>&amp;Attend&#xa0;:</translation>
    </message>
    <message>
        <source>How anyone can tell this step is finished</source>
        <translation>Comment savoir que cette étape est terminée</translation>
    </message>
    <message>
        <source>&amp;Definition of done:</source>
        <translation>Défin&amp;ition de «&#xa0;terminé&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>What the step needs, one per line</source>
        <translation>Ce dont l&apos;étape a besoin, un élément par ligne</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>&amp;Entrées&#xa0;:</translation>
    </message>
    <message>
        <source>What the step makes, one per line</source>
        <translation>Ce que l&apos;étape produit, un élément par ligne</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>&amp;Sorties&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expected duration:</source>
        <translation>Durée &amp;prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Applies to waiting plus processing time; a duration such as 4h, 2d or 1d 4h</source>
        <translation>S&apos;applique à l&apos;attente plus le traitement&#xa0;; une durée comme 4h, 2d ou 1d 4h</translation>
    </message>
    <message>
        <source>Step S&amp;LA:</source>
        <translation>S&amp;LA de l&apos;étape&#xa0;:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Candidate for automation</source>
        <translation>Candidate à l&apos;automatisation</translation>
    </message>
    <message>
        <source>Automation planned</source>
        <translation>Automatisation prévue</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisée</translation>
    </message>
    <message>
        <source>Not to be automated</source>
        <translation>À ne pas automatiser</translation>
    </message>
    <message>
        <source>&amp;Automation:</source>
        <translation>&amp;Automatisation&#xa0;:</translation>
    </message>
    <message>
        <source>CRM, mail, invoicing, ...</source>
        <translation>CRM, messagerie, facturation, ...</translation>
    </message>
    <message>
        <source>The systems this step touches, separated by commas</source>
        <translation>Les systèmes que touche cette étape, séparés par des virgules</translation>
    </message>
    <message>
        <source>S&amp;ystems:</source>
        <translation>S&amp;ystèmes&#xa0;:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>Estimated hours to automate this step</source>
        <translation>Heures estimées pour automatiser cette étape</translation>
    </message>
    <message>
        <source>Effort to au&amp;tomate:</source>
        <translation>Effort d&apos;auto&amp;matisation&#xa0;:</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Shown on the map, such as “yes” or “over 500”</source>
        <translation>Affiché sur la carte, par exemple «&#xa0;oui&#xa0;» ou «&#xa0;plus de 500&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition&#xa0;:</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Who owns these steps</source>
        <translation>Qui est responsable de ces étapes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Choose the lane&apos;s colour</source>
        <translation>Choisir la couleur du couloir</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>C&amp;ouleur&#xa0;:</translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation>Non appliqué.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>several values</source>
        <translation>plusieurs valeurs</translation>
    </message>
    <message numerus="yes">
        <source>%n handoffs</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A change of owner: from %1 to %2.</source>
        <translation>Un changement de responsable&#xa0;: de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in this lane.</source>
        <translation>
            <numerusform>%n étape dans ce couloir.</numerusform>
            <numerusform>%n étapes dans ce couloir.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(aucun responsable)</translation>
    </message>
    <message>
        <source>Lane Colour</source>
        <translation>Couleur du couloir</translation>
    </message>
    <message>
        <source>When it is taken, such as “amount &gt; 500”</source>
        <translation>Quand il est emprunté, par exemple «&#xa0;montant &gt; 500&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Stepwise::Report</name>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Candidate for automation</source>
        <translation>Candidate à l&apos;automatisation</translation>
    </message>
    <message>
        <source>Automation planned</source>
        <translation>Automatisation prévue</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisée</translation>
    </message>
    <message>
        <source>Not to be automated</source>
        <translation>À ne pas automatiser</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Event: a wait</source>
        <translation>Événement&#xa0;: une attente</translation>
    </message>
    <message>
        <source>Event: a timer</source>
        <translation>Événement&#xa0;: un minuteur</translation>
    </message>
    <message>
        <source>Event: a message</source>
        <translation>Événement&#xa0;: un message</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>the first run</source>
        <translation>la première exécution</translation>
    </message>
    <message>
        <source>the last run</source>
        <translation>la dernière exécution</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>de %1 à %2 (UTC)</translation>
    </message>
    <message>
        <source>PROCESS REPORT</source>
        <translation>RAPPORT DE PROCESSUS</translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation>Pas encore de description.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>Objectif de SLA</translation>
    </message>
    <message>
        <source>%1 from the start of a run to its end</source>
        <translation>%1 du début d&apos;une exécution à sa fin</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation>Horloge du SLA</translation>
    </message>
    <message>
        <source>business hours: %1</source>
        <translation>heures ouvrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>calendar time (every hour counts)</source>
        <translation>temps calendaire (chaque heure compte)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 et %3</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n couloir</numerusform>
            <numerusform>%n couloirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation>Dernière révision</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not saved as a revision yet</source>
        <translation>pas encore enregistrée comme révision</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>runs that started from %1</source>
        <translation>exécutions démarrées %1</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>La carte</translation>
    </message>
    <message>
        <source>The steps</source>
        <translation>Les étapes</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>The map has no steps yet.</source>
        <translation>La carte n&apos;a pas encore d&apos;étape.</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Couloirs&#xa0;:</translation>
    </message>
    <message>
        <source>Every step of the map in the order of the flow: who does it, when it is done, what it needs and makes, how long it should take, and how far it is automated.</source>
        <translation>Chaque étape de la carte dans l&apos;ordre du flux&#xa0;: qui la réalise, quand elle est terminée, ce dont elle a besoin et ce qu&apos;elle produit, combien de temps elle devrait prendre et où en est son automatisation.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Definition of done</source>
        <translation>Définition de «&#xa0;terminé&#xa0;»</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisation</translation>
    </message>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>Runs that started from %1, measured on the process&apos;s SLA clock.</source>
        <translation>Exécutions démarrées %1, mesurées selon l&apos;horloge du SLA du processus.</translation>
    </message>
    <message>
        <source>No runs have been logged for this process yet, so there are no figures to show. Once its runs are logged by hand or imported from an event log, this part shows its cycle time, SLA compliance and where the time goes.</source>
        <translation>Aucune exécution n&apos;a encore été saisie pour ce processus&#xa0;: il n&apos;y a donc pas de chiffres à montrer. Une fois ses exécutions saisies à la main ou importées d&apos;un journal d&apos;événements, cette partie montre sa durée de cycle, son respect du SLA et où passe le temps.</translation>
    </message>
    <message numerus="yes">
        <source>No runs of this process started in this window: the %Ln run(s) it has started at other times. Choose a longer window to see their figures.</source>
        <translation>
            <numerusform>Aucune exécution de ce processus n&apos;a démarré dans cette période&#xa0;: sa seule exécution a démarré à un autre moment. Choisissez une période plus longue pour voir ses chiffres.</numerusform>
            <numerusform>Aucune exécution de ce processus n&apos;a démarré dans cette période&#xa0;: ses %Ln exécutions ont démarré à d&apos;autres moments. Choisissez une période plus longue pour voir leurs chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The five components of business process operations at a glance: %n of 5 in place.</source>
        <translation>
            <numerusform>Les cinq composantes de la gestion des processus en un coup d&apos;œil&#xa0;: %n sur 5 en place.</numerusform>
            <numerusform>Les cinq composantes de la gestion des processus en un coup d&apos;œil&#xa0;: %n sur 5 en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Process report: %1</source>
        <translation>Rapport de processus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation>Quoi corriger en premier</translation>
    </message>
    <message>
        <source>None of the rules finds a task worth automating.</source>
        <translation>Aucune règle ne trouve de tâche qui vaille la peine d&apos;être automatisée.</translation>
    </message>
    <message>
        <source>Automation candidates. &quot;Saves a month&quot; is what automating one at %1&#xa0;% would save: its work and the wait before it, as the runs are replayed.</source>
        <translation>Candidates à l&apos;automatisation. «&#xa0;Gain par mois&#xa0;» est ce que ferait gagner l&apos;automatisation de l&apos;une d&apos;elles à %1&#xa0;%&#xa0;: son travail et l&apos;attente qui la précède, quand les exécutions sont rejouées.</translation>
    </message>
    <message>
        <source>Fix first: %1</source>
        <translation>À corriger d&apos;abord&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why automate it</source>
        <translation>Pourquoi l&apos;automatiser</translation>
    </message>
    <message>
        <source>Saves a month</source>
        <translation>Gain par mois</translation>
    </message>
</context>
<context>
    <name>Stepwise::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>A PDF of &quot;%1&quot; to hand to a client or a new colleague: its map, its steps, the figures of its runs and its diagnostic.</source>
        <translation>Un PDF de «&#xa0;%1&#xa0;» à remettre à un client ou à un nouveau collègue&#xa0;: sa carte, ses étapes, les chiffres de ses exécutions et son diagnostic.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Which runs the figures cover: by the day they started, up to today (UTC)</source>
        <translation>Les exécutions couvertes par les chiffres&#xa0;: selon le jour de leur démarrage, jusqu&apos;à aujourd&apos;hui (UTC)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Runs started in:</source>
        <translation>Exécutions &amp;démarrées sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>Writing the report of &quot;%1&quot;...</source>
        <translation>Rédaction du rapport de «&#xa0;%1&#xa0;»...</translation>
    </message>
    <message>
        <source>The report is written to %1.</source>
        <translation>Le rapport est enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>Stepwise::ReportJob</name>
    <message>
        <source>The figures for the report could not be read: %1</source>
        <translation>Impossible de lire les chiffres du rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Impossible d&apos;écrire le rapport.</translation>
    </message>
</context>
<context>
    <name>Stepwise::ReviewDateEdit</name>
    <message>
        <source>Set the date from today</source>
        <translation>Définir la date à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Set from today…</source>
        <translation>Définir à partir d&apos;aujourd&apos;hui…</translation>
    </message>
</context>
<context>
    <name>Stepwise::ReviewsDueBanner</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Faire la revue</translation>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation>Masquer jusqu&apos;au prochain démarrage</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à faire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;A checkpoint review is due:&lt;/b&gt; the %1 of “%2” (%3).</source>
        <translation>&lt;b&gt;Une revue de point de contrôle est à faire&#xa0;:&lt;/b&gt; %1 de «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n checkpoint reviews are due:&lt;/b&gt; %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n revue de point de contrôle est à faire&#xa0;:&lt;/b&gt; %1.</numerusform>
            <numerusform>&lt;b&gt;%n revues de points de contrôle sont à faire&#xa0;:&lt;/b&gt; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Stepwise::RevisionCompare</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>objectif de SLA</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>date de revue</translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation>horloge du SLA</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>heures ouvrées</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <source>runs per month</source>
        <translation>exécutions par mois</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>definition of done</source>
        <translation>définition de «&#xa0;terminé&#xa0;»</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>sorties</translation>
    </message>
    <message>
        <source>expected duration</source>
        <translation>durée prévue</translation>
    </message>
    <message>
        <source>step SLA</source>
        <translation>SLA de l&apos;étape</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>automatisation</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>systèmes</translation>
    </message>
    <message>
        <source>automation effort</source>
        <translation>effort d&apos;automatisation</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>BPMN element</source>
        <translation>élément BPMN</translation>
    </message>
    <message>
        <source>BPMN event</source>
        <translation>événement BPMN</translation>
    </message>
    <message>
        <source>attached step</source>
        <translation>étape de rattachement</translation>
    </message>
    <message>
        <source>interrupting</source>
        <translation>interruption</translation>
    </message>
    <message>
        <source>sub-process map</source>
        <translation>carte du sous-processus</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>other properties</source>
        <translation>autres propriétés</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the %2 before %3, %4 in the %2 after.</source>
        <translation>%1 en %2 avant le %3, %4 en %2 après.</translation>
    </message>
    <message>
        <source>No runs started around this change: log runs to see whether it held.</source>
        <translation>Aucune exécution n&apos;a démarré autour de ce changement&#xa0;: saisissez des exécutions pour voir s&apos;il a tenu.</translation>
    </message>
    <message>
        <source>No runs have started since the change on %1 yet: nothing to compare.</source>
        <translation>Aucune exécution n&apos;a encore démarré depuis le changement du %1&#xa0;: rien à comparer.</translation>
    </message>
    <message numerus="yes">
        <source>No runs started in the %n day(s) before the change: nothing to compare against.</source>
        <translation>
            <numerusform>Aucune exécution n&apos;a démarré le jour précédant le changement&#xa0;: rien à comparer.</numerusform>
            <numerusform>Aucune exécution n&apos;a démarré dans les %n jours précédant le changement&#xa0;: rien à comparer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few runs to tell yet whether the change held: %1 before and %2 after it (%3 on each side make a fair comparison).</source>
        <translation>Trop peu d&apos;exécutions pour dire si le changement a tenu&#xa0;: %1 avant et %2 après (%3 de chaque côté permettent une comparaison fiable).</translation>
    </message>
    <message>
        <source>The change held: runs are faster since.</source>
        <translation>Le changement a tenu&#xa0;: les exécutions sont plus rapides depuis.</translation>
    </message>
    <message>
        <source>The change did not hold: runs are slower since.</source>
        <translation>Le changement n&apos;a pas tenu&#xa0;: les exécutions sont plus lentes depuis.</translation>
    </message>
    <message>
        <source>No clear difference in cycle time since the change.</source>
        <translation>Pas de différence nette de durée de cycle depuis le changement.</translation>
    </message>
    <message>
        <source>Mixed: typical runs are faster since the change, but the slowest are slower.</source>
        <translation>Mitigé&#xa0;: les exécutions typiques sont plus rapides depuis le changement, mais les plus lentes sont plus lentes.</translation>
    </message>
    <message>
        <source>Mixed: typical runs are slower since the change, but the slowest are faster.</source>
        <translation>Mitigé&#xa0;: les exécutions typiques sont plus lentes depuis le changement, mais les plus lentes sont plus rapides.</translation>
    </message>
    <message numerus="yes">
        <source>Median cycle time fell from %1 to %2 (%3) over %n run(s) since the change.</source>
        <translation>
            <numerusform>La durée de cycle médiane a baissé de %1 à %2 (%3) sur %n exécution depuis le changement.</numerusform>
            <numerusform>La durée de cycle médiane a baissé de %1 à %2 (%3) sur %n exécutions depuis le changement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median cycle time rose from %1 to %2 (%3) over %n run(s) since the change.</source>
        <translation>
            <numerusform>La durée de cycle médiane a augmenté de %1 à %2 (%3) sur %n exécution depuis le changement.</numerusform>
            <numerusform>La durée de cycle médiane a augmenté de %1 à %2 (%3) sur %n exécutions depuis le changement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Median cycle time stayed at about %1 over %n run(s) since the change.</source>
        <translation>
            <numerusform>La durée de cycle médiane est restée à environ %1 sur %n exécution depuis le changement.</numerusform>
            <numerusform>La durée de cycle médiane est restée à environ %1 sur %n exécutions depuis le changement.</numerusform>
        </translation>
    </message>
    <message>
        <source>P90 cycle time fell from %1 to %2 (%3).</source>
        <translation>La durée de cycle P90 a baissé de %1 à %2 (%3).</translation>
    </message>
    <message>
        <source>P90 cycle time rose from %1 to %2 (%3).</source>
        <translation>La durée de cycle P90 a augmenté de %1 à %2 (%3).</translation>
    </message>
    <message>
        <source>P90 cycle time stayed at about %1.</source>
        <translation>La durée de cycle P90 est restée à environ %1.</translation>
    </message>
    <message>
        <source>SLA compliance rose from %1 to %2.</source>
        <translation>Le respect du SLA a progressé de %1 à %2.</translation>
    </message>
    <message>
        <source>SLA compliance fell from %1 to %2.</source>
        <translation>Le respect du SLA a reculé de %1 à %2.</translation>
    </message>
    <message>
        <source>SLA compliance stayed at %1.</source>
        <translation>Le respect du SLA est resté à %1.</translation>
    </message>
    <message>
        <source>%1 ran no more since the change; it took %2 of waiting and processing before.</source>
        <translation>%1 n&apos;est plus exécutée depuis le changement&#xa0;; elle prenait %2 d&apos;attente et de traitement avant.</translation>
    </message>
    <message>
        <source>%1 is new since the change: %2 of waiting and processing on average.</source>
        <translation>%1 est nouvelle depuis le changement&#xa0;: %2 d&apos;attente et de traitement en moyenne.</translation>
    </message>
    <message>
        <source>%1: waiting and processing fell from %2 to %3 (%4).</source>
        <translation>%1&#xa0;: l&apos;attente et le traitement ont baissé de %2 à %3 (%4).</translation>
    </message>
    <message>
        <source>%1: waiting and processing rose from %2 to %3 (%4).</source>
        <translation>%1&#xa0;: l&apos;attente et le traitement ont augmenté de %2 à %3 (%4).</translation>
    </message>
    <message>
        <source>%1: waiting and processing stayed at about %2.</source>
        <translation>%1&#xa0;: l&apos;attente et le traitement sont restés à environ %2.</translation>
    </message>
</context>
<context>
    <name>Stepwise::RevisionComparePanel</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;avec</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Moved (dashed: where it was)</source>
        <translation>Déplacé (en pointillés&#xa0;: où il était)</translation>
    </message>
    <message>
        <source>Removed (where it was)</source>
        <translation>Supprimé (où il était)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>&lt;b&gt;Did the change hold?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le changement a-t-il tenu&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current map</source>
        <translation>Carte actuelle</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No revisions yet. File &gt; Save Revision keeps a snapshot of the map; save one before a change and compare it with the map after it.</source>
        <translation>Pas encore de révision. Fichier &gt; Enregistrer une révision garde un instantané de la carte&#xa0;; enregistrez-en une avant un changement et comparez-la avec la carte d&apos;après.</translation>
    </message>
    <message>
        <source>No process open.</source>
        <translation>Aucun processus ouvert.</translation>
    </message>
    <message>
        <source>This revision cannot be read: %1</source>
        <translation>Impossible de lire cette révision&#xa0;: %1</translation>
    </message>
    <message>
        <source>Both sides are the same revision: pick another one.</source>
        <translation>Les deux côtés sont la même révision&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <source>No differences: the two maps are the same.</source>
        <translation>Aucune différence&#xa0;: les deux cartes sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacement</numerusform>
            <numerusform>%n déplacements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nom ajouté</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>ancien nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Couloir %1</translation>
    </message>
    <message>
        <source>%1: another place among the lanes</source>
        <translation>%1&#xa0;: autre position parmi les couloirs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>%1: from lane %2 to %3</source>
        <translation>%1&#xa0;: du couloir %2 vers %3</translation>
    </message>
    <message>
        <source>%1: moved on the map</source>
        <translation>%1&#xa0;: déplacement sur la carte</translation>
    </message>
    <message>
        <source>Handoff %1</source>
        <translation>Passage %1</translation>
    </message>
    <message>
        <source>%1: rerouted, was %2</source>
        <translation>%1&#xa0;: redirigé, auparavant %2</translation>
    </message>
    <message>
        <source>label added</source>
        <translation>libellé ajouté</translation>
    </message>
    <message>
        <source>relabelled from %1</source>
        <translation>ancien libellé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Process: %1 changed</source>
        <translation>Modification du processus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Aucune différence</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Lecture des exécutions...</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Impossible de lire les exécutions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The current map has no date of its own: the runs are split when the earlier revision was saved.</source>
        <translation>La carte actuelle n&apos;a pas de date propre&#xa0;: les exécutions sont réparties selon la date d&apos;enregistrement de la révision antérieure.</translation>
    </message>
    <message>
        <source>A run counts on the side where it started.</source>
        <translation>Une exécution compte du côté où elle a démarré.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Durée de cycle médiane</translation>
    </message>
    <message>
        <source>P90 cycle time</source>
        <translation>Durée de cycle P90</translation>
    </message>
    <message>
        <source>Mean cycle time</source>
        <translation>Durée de cycle moyenne</translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2 points</translation>
    </message>
    <message>
        <source>SLA compliance (%1)</source>
        <translation>Respect du SLA (%1)</translation>
    </message>
    <message>
        <source>Waiting and processing</source>
        <translation>Attente et traitement</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) before</source>
        <translation>
            <numerusform>%n réalisation avant</numerusform>
            <numerusform>%n réalisations avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) after</source>
        <translation>
            <numerusform>%n réalisation après</numerusform>
            <numerusform>%n réalisations après</numerusform>
        </translation>
    </message>
    <message>
        <source>±0 points</source>
        <translation>±0 point</translation>
    </message>
</context>
<context>
    <name>Stepwise::RevisionsDialog</name>
    <message>
        <source>Revisions of %1</source>
        <translation>Révisions de %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>&amp;Compare...</source>
        <translation>&amp;Comparer...</translation>
    </message>
    <message>
        <source>What changed in the selected revision, drawn on the map, and whether the runs since show that the change held</source>
        <translation>Ce qui a changé dans la révision sélectionnée, dessiné sur la carte, et si les exécutions depuis montrent que le changement a tenu</translation>
    </message>
    <message>
        <source>No revisions yet. File &gt; Save Revision keeps a snapshot of the map with a note, so you can look back at it after a change.</source>
        <translation>Pas encore de révision. Fichier &gt; Enregistrer une révision garde un instantané de la carte avec une note, pour y revenir après un changement.</translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation>Comparer des révisions</translation>
    </message>
    <message>
        <source>This revision cannot be read: %1</source>
        <translation>Impossible de lire cette révision&#xa0;: %1</translation>
    </message>
    <message>
        <source>The map as it was saved on %1 (read-only).</source>
        <translation>La carte telle qu&apos;enregistrée le %1 (lecture seule).</translation>
    </message>
</context>
<context>
    <name>Stepwise::RunMetrics</name>
    <message>
        <source>Process: %1</source>
        <translation>Processus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Runs: %1   Events: %2   Executions: %3   Activities: %4</source>
        <translation>Exécutions&#xa0;: %1   Événements&#xa0;: %2   Réalisations&#xa0;: %3   Activités&#xa0;: %4</translation>
    </message>
    <message>
        <source>Period: %1 to %2 UTC</source>
        <translation>Période&#xa0;: du %1 au %2 UTC</translation>
    </message>
    <message>
        <source>Cycle time: min %1, median %2, mean %3, p90 %4, max %5</source>
        <translation>Durée de cycle&#xa0;: min %1, médiane %2, moyenne %3, p90 %4, max %5</translation>
    </message>
    <message>
        <source>SLA: target %1, met by %2 of %3 runs (%4)</source>
        <translation>SLA&#xa0;: objectif %1, respecté par %2 exécutions sur %3 (%4)</translation>
    </message>
    <message>
        <source>SLA: no target</source>
        <translation>SLA&#xa0;: pas d&apos;objectif</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <source>Processing median</source>
        <translation>Traitement médian</translation>
    </message>
    <message>
        <source>Processing mean</source>
        <translation>Traitement moyen</translation>
    </message>
    <message>
        <source>Waiting median</source>
        <translation>Attente médiane</translation>
    </message>
    <message>
        <source>Waiting mean</source>
        <translation>Attente moyenne</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>In the map</source>
        <translation>Dans la carte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Transitions</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Start steps</source>
        <translation>Étapes de début</translation>
    </message>
    <message>
        <source>End steps</source>
        <translation>Étapes de fin</translation>
    </message>
    <message>
        <source>Variants: %1, the most frequent %2</source>
        <translation>Variantes&#xa0;: %1, les %2 plus fréquentes</translation>
    </message>
</context>
<context>
    <name>Stepwise::RunTimeline</name>
    <message>
        <source>Run timeline</source>
        <translation>Chronologie de l&apos;exécution</translation>
    </message>
    <message>
        <source>(unnamed lane)</source>
        <translation>(couloir sans nom)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 → %4</source>
        <translation>&lt;b&gt;En attente de %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 → %4</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Processing: %1</source>
        <translation>Traitement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Completed %1 (start unknown)</source>
        <translation>Terminée&#xa0;: %1 (début inconnu)</translation>
    </message>
    <message>
        <source>Select a run to see its timeline.</source>
        <translation>Sélectionnez une exécution pour voir sa chronologie.</translation>
    </message>
</context>
<context>
    <name>Stepwise::RunsTableModel</name>
    <message numerus="yes">
        <source>Case “%1”: %n event(s)</source>
        <translation>
            <numerusform>Cas «&#xa0;%1&#xa0;»&#xa0;: %n événement</numerusform>
            <numerusform>Cas «&#xa0;%1&#xa0;»&#xa0;: %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>No timestamps</source>
        <translation>Aucun horodatage</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>The process has no SLA target.</source>
        <translation>Le processus n&apos;a pas d&apos;objectif de SLA.</translation>
    </message>
    <message>
        <source>Met: %1 within the target of %2</source>
        <translation>Respecté&#xa0;: %1, dans l&apos;objectif de %2</translation>
    </message>
    <message>
        <source>Missed: %1 over the target of %2</source>
        <translation>Manqué&#xa0;: %1, au-delà de l&apos;objectif de %2</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Respecté</translation>
    </message>
    <message>
        <source>✗ Missed</source>
        <translation>✗ Manqué</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) done</source>
        <translation>
            <numerusform>%n étape réalisée</numerusform>
            <numerusform>%n étapes réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The work changed hands %n time(s).</source>
        <translation>
            <numerusform>Le travail a changé de mains %n fois.</numerusform>
            <numerusform>Le travail a changé de mains %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durée de cycle</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Owner changes</source>
        <translation>Changements de responsable</translation>
    </message>
    <message>
        <source>The run&apos;s first timestamp (local time)</source>
        <translation>Le premier horodatage de l&apos;exécution (heure locale)</translation>
    </message>
    <message>
        <source>The run&apos;s last timestamp (local time)</source>
        <translation>Le dernier horodatage de l&apos;exécution (heure locale)</translation>
    </message>
    <message>
        <source>From the first timestamp to the last</source>
        <translation>Du premier horodatage au dernier</translation>
    </message>
    <message>
        <source>Whether the cycle time met the target of %1</source>
        <translation>Si la durée de cycle a respecté l&apos;objectif de %1</translation>
    </message>
    <message>
        <source>Steps done (executions)</source>
        <translation>Étapes réalisées (réalisations)</translation>
    </message>
    <message>
        <source>How often the work passed from one person or system to another</source>
        <translation>Combien de fois le travail est passé d&apos;une personne ou d&apos;un système à un autre</translation>
    </message>
</context>
<context>
    <name>Stepwise::RunsView</name>
    <message>
        <source>&amp;Log a Run...</source>
        <translation>&amp;Saisir une exécution...</translation>
    </message>
    <message>
        <source>&amp;Import Runs...</source>
        <translation>Importer des e&amp;xécutions...</translation>
    </message>
    <message>
        <source>Filter by case...</source>
        <translation>Filtrer par cas...</translation>
    </message>
    <message>
        <source>Filter runs by case</source>
        <translation>Filtrer les exécutions par cas</translation>
    </message>
    <message>
        <source>Filter runs by SLA</source>
        <translation>Filtrer les exécutions par SLA</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA respecté</translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation>SLA manqué</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Log a Run...</source>
        <translation>Saisir une exécution...</translation>
    </message>
    <message>
        <source>Log a run of this process by hand: the steps done, when, by whom</source>
        <translation>Saisir à la main une exécution de ce processus&#xa0;: les étapes réalisées, quand, par qui</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importer...</translation>
    </message>
    <message>
        <source>Import runs from an event log (CSV, XES or XES.GZ)</source>
        <translation>Importer des exécutions depuis un journal d&apos;événements (CSV, XES ou XES.GZ)</translation>
    </message>
    <message>
        <source>&amp;Edit Run...</source>
        <translation>&amp;Modifier l&apos;exécution...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <source>Change the steps and times of the current run</source>
        <translation>Modifier les étapes et les heures de l&apos;exécution courante</translation>
    </message>
    <message>
        <source>&amp;Delete Runs...</source>
        <translation>Su&amp;pprimer des exécutions...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>Supprimer les exécutions sélectionnées</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Aucun processus ouvert</translation>
    </message>
    <message>
        <source>Select a process on the left to see its runs.</source>
        <translation>Sélectionnez un processus à gauche pour voir ses exécutions.</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Pas encore d&apos;exécution</translation>
    </message>
    <message>
        <source>Log how a run of “%1” went, step by step, or import an event log (CSV or XES) from another tool. Each run&apos;s cycle time, steps and changes of owner then show here.</source>
        <translation>Saisissez le déroulement d&apos;une exécution de «&#xa0;%1&#xa0;», étape par étape, ou importez un journal d&apos;événements (CSV ou XES) d&apos;un autre outil. La durée de cycle, les étapes et les changements de responsable de chaque exécution s&apos;affichent alors ici.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln exécution</numerusform>
            <numerusform>%Ln exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln run(s)</source>
        <translation>
            <numerusform>%1 sur %Ln exécution</numerusform>
            <numerusform>%1 sur %Ln exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>(reading...)</source>
        <translation>(lecture...)</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>cycle time %1</source>
        <translation>durée de cycle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner change(s)</source>
        <translation>
            <numerusform>%n changement de responsable</numerusform>
            <numerusform>%n changements de responsable</numerusform>
        </translation>
    </message>
    <message>
        <source>The run could not be read.</source>
        <translation>Impossible de lire l&apos;exécution.</translation>
    </message>
    <message>
        <source>Import Runs</source>
        <translation>Importer des exécutions</translation>
    </message>
    <message>
        <source>Event logs (*.csv *.tsv *.txt *.xes *.xes.gz *.gz);;All files (*)</source>
        <translation>Journaux d&apos;événements (*.csv *.tsv *.txt *.xes *.xes.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Supprimer des exécutions</translation>
    </message>
    <message>
        <source>Delete the run of case “%1”?</source>
        <translation>Supprimer l&apos;exécution du cas «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln runs of “%1”?</source>
        <translation>
            <numerusform>Supprimer %Ln exécution de «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln exécutions de «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their steps and times leave the workspace. This cannot be undone.</source>
        <translation>Leurs étapes et leurs heures quittent l&apos;espace de travail. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The runs could not be deleted.</source>
        <translation>Impossible de supprimer les exécutions.</translation>
    </message>
    <message>
        <source>Stepwise</source>
        <translation>Stepwise</translation>
    </message>
</context>
<context>
    <name>Stepwise::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>The language of menus and texts; System follows the desktop&apos;s language</source>
        <translation>La langue des menus et des textes&#xa0;; Système suit la langue du bureau</translation>
    </message>
    <message>
        <source>Applies when Stepwise starts again.</source>
        <translation>S&apos;applique au prochain démarrage de Stepwise.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The colours of the window; also in View &gt; Theme</source>
        <translation>Les couleurs de la fenêtre&#xa0;; aussi dans Affichage &gt; Thème</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long after the last change the open map is saved (%1 to %2 seconds)</source>
        <translation>Délai entre la dernière modification et l&apos;enregistrement de la carte ouverte (%1 à %2 secondes)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save changes after:</source>
        <translation>&amp;Enregistrer les modifications après&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The spacing of the grid steps snap to when moved (%1 to %2 px)</source>
        <translation>L&apos;espacement de la grille sur laquelle s&apos;alignent les étapes déplacées (%1 à %2 px)</translation>
    </message>
    <message>
        <source>S&amp;nap moved steps to the grid</source>
        <translation>&amp;Aligner les étapes déplacées sur la grille</translation>
    </message>
    <message>
        <source>Also in View &gt; Snap to Grid; Shift with the arrow keys moves by one pixel</source>
        <translation>Aussi dans Affichage &gt; Aligner sur la grille&#xa0;; Maj avec les flèches déplace d&apos;un pixel</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation>Taille de la &amp;grille&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (42 min, 3 h 20 min, 2.4 d)</source>
        <translation>Automatique (42 min, 3 h 20 min, 2,4 j)</translation>
    </message>
    <message>
        <source>Always hours (0.7 h, 3.3 h, 57.6 h)</source>
        <translation>Toujours en heures (0,7 h, 3,3 h, 57,6 h)</translation>
    </message>
    <message>
        <source>Always days (0.03 d, 0.14 d, 2.4 d)</source>
        <translation>Toujours en jours (0,03 j, 0,14 j, 2,4 j)</translation>
    </message>
    <message>
        <source>How cycle, waiting and processing times are written on the map, the dashboard and in reports</source>
        <translation>Comment les durées de cycle, d&apos;attente et de traitement s&apos;affichent sur la carte, le tableau de bord et dans les rapports</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>The paper the map export and the report start on, until you pick another there; the report, on A4 or Letter only, takes A4 for A3</source>
        <translation>Le papier de départ de l&apos;export de la carte et du rapport, jusqu&apos;à ce que vous en choisissiez un autre&#xa0;; le rapport, en A4 ou Lettre US seulement, prend A4 pour A3</translation>
    </message>
    <message>
        <source>Figures and exports</source>
        <translation>Chiffres et exports</translation>
    </message>
    <message>
        <source>&amp;Durations:</source>
        <translation>&amp;Durées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier&#xa0;:</translation>
    </message>
    <message>
        <source>Put the defaults into every field; OK keeps them</source>
        <translation>Remettre les valeurs par défaut dans chaque champ&#xa0;; OK les conserve</translation>
    </message>
</context>
<context>
    <name>Stepwise::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>Rechercher des actions ou des touches</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Stepwise::Statistics</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>Stepwise::StepItem</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Has a map of its own: double-click its + to open it.</source>
        <translation>A sa propre carte&#xa0;: double-cliquez sur son + pour l&apos;ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>Runs: %n execution(s)&lt;br&gt;Mean waiting before it: %1&lt;br&gt;Mean processing: %2</source>
        <translation>
            <numerusform>Exécutions&#xa0;: %n réalisation&lt;br&gt;Attente moyenne avant l&apos;étape&#xa0;: %1&lt;br&gt;Traitement moyen&#xa0;: %2</numerusform>
            <numerusform>Exécutions&#xa0;: %n réalisations&lt;br&gt;Attente moyenne avant l&apos;étape&#xa0;: %1&lt;br&gt;Traitement moyen&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No run reached this step.</source>
        <translation>Aucune exécution n&apos;a atteint cette étape.</translation>
    </message>
</context>
<context>
    <name>Stepwise::StepPreset</name>
    <message>
        <source>Enter data</source>
        <translation>Saisir les données</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Where the process begins: a request, a date, a signal</source>
        <translation>Là où le processus commence&#xa0;: une demande, une date, un signal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>A piece of work someone does</source>
        <translation>Un travail que quelqu&apos;un réalise</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>A question whose answer picks the way on</source>
        <translation>Une question dont la réponse choisit la suite</translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation>Décision&#xa0;?</translation>
    </message>
    <message>
        <source>Wait / event</source>
        <translation>Attente / événement</translation>
    </message>
    <message>
        <source>Waiting for something: a reply, a date, a delivery</source>
        <translation>Attendre quelque chose&#xa0;: une réponse, une date, une livraison</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Where the process is done</source>
        <translation>Là où le processus est terminé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Someone approves or rejects</source>
        <translation>Quelqu&apos;un approuve ou refuse</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Tell someone by email, chat or SMS</source>
        <translation>Prévenir quelqu&apos;un par e-mail, messagerie ou SMS</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Saisie de données</translation>
    </message>
    <message>
        <source>Type data into a system</source>
        <translation>Saisir des données dans un système</translation>
    </message>
    <message>
        <source>Client call</source>
        <translation>Appel client</translation>
    </message>
    <message>
        <source>Call the client</source>
        <translation>Appeler le client</translation>
    </message>
    <message>
        <source>Automated step</source>
        <translation>Étape automatisée</translation>
    </message>
    <message>
        <source>A step a system does on its own</source>
        <translation>Une étape qu&apos;un système réalise seul</translation>
    </message>
</context>
<context>
    <name>Stepwise::UndesignedItem</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message numerus="yes">
        <source>Not on the map: %1 → %2
Taken %n time(s) by the runs; mean wait %3</source>
        <translation>
            <numerusform>Absent de la carte&#xa0;: %1 → %2
Emprunté %n fois par les exécutions&#xa0;; attente moyenne %3</numerusform>
            <numerusform>Absent de la carte&#xa0;: %1 → %2
Emprunté %n fois par les exécutions&#xa0;; attente moyenne %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepwise::Validation</name>
    <message>
        <source>(unnamed step)</source>
        <translation>(étape sans nom)</translation>
    </message>
    <message>
        <source>The map has no start: add a start step where the work begins.</source>
        <translation>La carte n&apos;a pas de début&#xa0;: ajoutez une étape de début là où le travail commence.</translation>
    </message>
    <message>
        <source>The map has no end: add an end step where the work is done.</source>
        <translation>La carte n&apos;a pas de fin&#xa0;: ajoutez une étape de fin là où le travail est terminé.</translation>
    </message>
    <message>
        <source>“%1” cannot be reached from a start.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être atteinte depuis un début.</translation>
    </message>
    <message>
        <source>“%1” leads nowhere: connect it to the next step or make it an end.</source>
        <translation>«&#xa0;%1&#xa0;» ne mène nulle part&#xa0;: reliez-la à l&apos;étape suivante ou faites-en une fin.</translation>
    </message>
    <message>
        <source>The decision “%1” has only one way on: a decision needs at least two.</source>
        <translation>La décision «&#xa0;%1&#xa0;» n&apos;a qu&apos;une seule issue&#xa0;: une décision en demande au moins deux.</translation>
    </message>
    <message numerus="yes">
        <source>The decision “%1” has %n branch(es) without a label.</source>
        <translation>
            <numerusform>La décision «&#xa0;%1&#xa0;» a %n branche sans libellé.</numerusform>
            <numerusform>La décision «&#xa0;%1&#xa0;» a %n branches sans libellé.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is outside every lane: nobody owns it.</source>
        <translation>«&#xa0;%1&#xa0;» est hors de tout couloir&#xa0;: personne n&apos;en est responsable.</translation>
    </message>
    <message>
        <source>Lane %1 has no owner: name the person, role, team or system.</source>
        <translation>Le couloir %1 n&apos;a pas de responsable&#xa0;: indiquez la personne, le rôle, l&apos;équipe ou le système.</translation>
    </message>
    <message>
        <source>The task “%1” has no definition of done.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas de définition de «&#xa0;terminé&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Stepwise::ValidationPanel</name>
    <message>
        <source>Validation</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Problems of the map</source>
        <translation>Problèmes de la carte</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Aucun processus ouvert</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Stepwise::WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Stepwise</source>
        <translation>Bienvenue dans Stepwise</translation>
    </message>
    <message>
        <source>Running a process well takes five things. The two example processes show each of them: press a button to go there.</source>
        <translation>Bien piloter un processus demande cinq choses. Les deux processus d&apos;exemple montrent chacune d&apos;elles&#xa0;: appuyez sur un bouton pour y aller.</translation>
    </message>
    <message>
        <source>Open the Map</source>
        <translation>Ouvrir la carte</translation>
    </message>
    <message>
        <source>Every lane names who owns its work, so no step is nobody&apos;s job. Select a lane to see its owner and kind in the Properties.</source>
        <translation>Chaque couloir indique qui est responsable de son travail&#xa0;: aucune étape n&apos;est l&apos;affaire de personne. Sélectionnez un couloir pour voir son responsable et son type dans les Propriétés.</translation>
    </message>
    <message>
        <source>Show a Lane&apos;s Owner</source>
        <translation>Montrer le responsable d&apos;un couloir</translation>
    </message>
    <message>
        <source>“Support ticket” comes with four months of runs. The Runs tab lists each one; the Dashboard shows cycle time, SLA compliance and where the time goes.</source>
        <translation>«&#xa0;Ticket de support&#xa0;» est fourni avec quatre mois d&apos;exécutions. L&apos;onglet Exécutions les liste une à une&#xa0;; le Tableau de bord montre la durée de cycle, le respect du SLA et où passe le temps.</translation>
    </message>
    <message>
        <source>Show the Runs</source>
        <translation>Montrer les exécutions</translation>
    </message>
    <message>
        <source>Open the Dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>Save a revision (%1) after each change. On the Improve tab, a checkpoint sets a target to review, and the revision compare shows whether a change held.</source>
        <translation>Enregistrez une révision (%1) après chaque changement. Dans l&apos;onglet Améliorer, un point de contrôle fixe un objectif à passer en revue, et la comparaison de révisions montre si un changement a tenu.</translation>
    </message>
    <message>
        <source>Open the Checkpoint</source>
        <translation>Ouvrir le point de contrôle</translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation>Comparer des révisions</translation>
    </message>
    <message>
        <source>The Improve tab lists the steps worth automating and the hours a month each would save; What if replays the runs as if a step were automated.</source>
        <translation>L&apos;onglet Améliorer liste les étapes qui valent la peine d&apos;être automatisées et les heures par mois que chacune ferait gagner&#xa0;; la simulation rejoue les exécutions comme si une étape était automatisée.</translation>
    </message>
    <message>
        <source>See the Candidates</source>
        <translation>Voir les candidates</translation>
    </message>
    <message>
        <source>Try What If</source>
        <translation>Essayer la simulation</translation>
    </message>
    <message>
        <source>Help &gt; Welcome shows this again.</source>
        <translation>Aide &gt; Bienvenue affiche ceci à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the welcome; Help &gt; Welcome shows it again</source>
        <translation>Fermer le panneau de bienvenue&#xa0;; Aide &gt; Bienvenue l&apos;affiche à nouveau</translation>
    </message>
    <message>
        <source>“Client onboarding” is drawn as a map: steps in the lanes of who does them, and the handoffs between them. The Validation panel lists what a map still lacks.</source>
        <translation>«&#xa0;Intégration d&apos;un client&#xa0;» est dessiné sous forme de carte&#xa0;: des étapes dans les couloirs de ceux qui les font, et les passages entre elles. Le panneau Vérification liste ce qui manque encore à une carte.</translation>
    </message>
</context>
<context>
    <name>Stepwise::WhatIf</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>What if: %1, %Ln run(s)</source>
        <translation>
            <numerusform>Simulation&#xa0;: %1, %Ln exécution</numerusform>
            <numerusform>Simulation&#xa0;: %1, %Ln exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Automating %1 at %2: %Ln execution(s), %3 saved</source>
        <translation>
            <numerusform>  Automatiser %1 à %2&#xa0;: %Ln réalisation, gain de %3</numerusform>
            <numerusform>  Automatiser %1 à %2&#xa0;: %Ln réalisations, gain de %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The process has no runs to replay: log or import runs first.</source>
        <translation>Le processus n&apos;a pas d&apos;exécution à rejouer&#xa0;: saisissez ou importez d&apos;abord des exécutions.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Cycle time, min</source>
        <translation>Durée de cycle, min</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Runs within %1</source>
        <translation>Exécutions en %1 ou moins</translation>
    </message>
    <message>
        <source>SLA: no target</source>
        <translation>SLA&#xa0;: pas d&apos;objectif</translation>
    </message>
    <message>
        <source>Saved: %1 a month (%2 over %3 months of runs: %4 of work, %5 of waiting).</source>
        <translation>Gain&#xa0;: %1 par mois (%2 sur %3 mois d&apos;exécutions&#xa0;: %4 de travail, %5 d&apos;attente).</translation>
    </message>
    <message>
        <source>Pick the steps to automate and by how much.</source>
        <translation>Choisissez les étapes à automatiser et dans quelle mesure.</translation>
    </message>
    <message>
        <source>There are no runs to replay yet: log or import runs to see what automating %1 would save.</source>
        <translation>Il n&apos;y a pas encore d&apos;exécution à rejouer&#xa0;: saisissez ou importez des exécutions pour voir ce qu&apos;automatiser %1 ferait gagner.</translation>
    </message>
    <message>
        <source>Automating %1 would save no time the runs show: the runs never waited for it or spent time in it.</source>
        <translation>Automatiser %1 ne ferait gagner aucun temps visible dans les exécutions&#xa0;: elles n&apos;y ont jamais attendu ni passé de temps.</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month and lift SLA compliance from %3 to %4.</source>
        <translation>Automatiser %1 ferait gagner environ %2 par mois et ferait passer le respect du SLA de %3 à %4.</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month; SLA compliance would stay at %3.</source>
        <translation>Automatiser %1 ferait gagner environ %2 par mois&#xa0;; le respect du SLA resterait à %3.</translation>
    </message>
    <message>
        <source>Automating %1 would save about %2 a month.</source>
        <translation>Automatiser %1 ferait gagner environ %2 par mois.</translation>
    </message>
    <message>
        <source>Of that time, %1 is work; the rest is waiting.</source>
        <translation>Sur ce temps, %1 est du travail&#xa0;; le reste est de l&apos;attente.</translation>
    </message>
    <message>
        <source>All of it is waiting.</source>
        <translation>Tout ce temps est de l&apos;attente.</translation>
    </message>
    <message>
        <source>The median run would take %1 instead of %2.</source>
        <translation>L&apos;exécution médiane prendrait %1 au lieu de %2.</translation>
    </message>
</context>
<context>
    <name>Stepwise::WhatIfPanel</name>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Automate these steps</source>
        <translation>Automatiser ces étapes</translation>
    </message>
    <message>
        <source>Steps to automate</source>
        <translation>Étapes à automatiser</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time cut</source>
        <translation>Réduction du temps</translation>
    </message>
    <message>
        <source>Tick a step to see the runs as if it were automated: its processing time and the waiting before it cut by the percentage. Double-click a step to show it on the map.</source>
        <translation>Cochez une étape pour voir les exécutions comme si elle était automatisée&#xa0;: son temps de traitement et l&apos;attente qui la précède sont réduits du pourcentage. Double-cliquez sur une étape pour la montrer sur la carte.</translation>
    </message>
    <message>
        <source>Double-click a step to show it on the map.</source>
        <translation>Double-cliquez sur une étape pour la montrer sur la carte.</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Calcul...</translation>
    </message>
    <message>
        <source>As logged</source>
        <translation>Telle que saisie</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Median cycle time</source>
        <translation>Durée de cycle médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Mean cycle time</source>
        <translation>Durée de cycle moyenne</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Respect du SLA</translation>
    </message>
    <message>
        <source>Time saved a month</source>
        <translation>Temps gagné par mois</translation>
    </message>
    <message>
        <source>Cycle times, as logged and automated</source>
        <translation>Durées de cycle, telles que saisies et automatisées</translation>
    </message>
    <message>
        <source>What-if cycle times</source>
        <translation>Durées de cycle simulées</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Reading the runs...</source>
        <translation>Lecture des exécutions...</translation>
    </message>
    <message>
        <source>No process open</source>
        <translation>Aucun processus ouvert</translation>
    </message>
    <message>
        <source>Select a process on the left to see what automating its steps would save.</source>
        <translation>Sélectionnez un processus à gauche pour voir ce que l&apos;automatisation de ses étapes ferait gagner.</translation>
    </message>
    <message>
        <source>Time cut for %1</source>
        <translation>Réduction du temps pour %1</translation>
    </message>
    <message>
        <source>How much of the step&apos;s processing time and the waiting before it automating it would cut</source>
        <translation>La part du temps de traitement de l&apos;étape et de l&apos;attente qui la précède que son automatisation supprimerait</translation>
    </message>
    <message>
        <source>No logged run executed this step: automating it saves nothing the runs show.</source>
        <translation>Aucune exécution saisie n&apos;a réalisé cette étape&#xa0;: l&apos;automatiser ne fait rien gagner de visible dans les exécutions.</translation>
    </message>
    <message>
        <source>The runs could not be read</source>
        <translation>Impossible de lire les exécutions</translation>
    </message>
    <message>
        <source>Nothing to replay yet</source>
        <translation>Rien à rejouer pour l&apos;instant</translation>
    </message>
    <message>
        <source>What automating a step would save appears here once the process has runs: log them by hand or import an event log.</source>
        <translation>Ce qu&apos;automatiser une étape ferait gagner s&apos;affiche ici dès que le processus a des exécutions&#xa0;: saisissez-les à la main ou importez un journal d&apos;événements.</translation>
    </message>
    <message>
        <source>Durations in business hours (%1). Saved time per month: over the %2 months from the first run&apos;s start to the last one&apos;s.</source>
        <translation>Durées en heures ouvrées (%1). Temps gagné par mois&#xa0;: sur les %2 mois entre le début de la première exécution et celui de la dernière.</translation>
    </message>
    <message>
        <source>Saved time per month: the processing and waiting time cut, over the %1 months from the first run&apos;s start to the last one&apos;s.</source>
        <translation>Temps gagné par mois&#xa0;: le temps de traitement et d&apos;attente supprimé, sur les %1 mois entre le début de la première exécution et celui de la dernière.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Runs within %1: %2 of %3</source>
        <translation>Exécutions en %1 ou moins&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>pas d&apos;objectif</translation>
    </message>
    <message>
        <source>Set the process&apos;s cycle-time target in its properties</source>
        <translation>Définissez l&apos;objectif de durée de cycle du processus dans ses propriétés</translation>
    </message>
    <message>
        <source>%1 of work, %2 of waiting</source>
        <translation>%1 de travail, %2 d&apos;attente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>SLA target %1</source>
        <translation>Objectif de SLA&#xa0;: %1</translation>
    </message>
    <message>
        <source>bars of %1</source>
        <translation>barres de %1</translation>
    </message>
    <message>
        <source>%1 or longer</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>%1 to under %2</source>
        <translation>de %1 à moins de %2</translation>
    </message>
</context>
<context>
    <name>Stepwise::WorkspaceWindows</name>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>New &amp;Workspace...</source>
        <translation>Nouvel espace de &amp;travail...</translation>
    </message>
    <message>
        <source>Make a new, empty workspace file and open it in a window</source>
        <translation>Créer un nouveau fichier d&apos;espace de travail vide et l&apos;ouvrir dans une fenêtre</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Ouvrir un espace de travail...</translation>
    </message>
    <message>
        <source>Open a workspace file in a window of its own</source>
        <translation>Ouvrir un fichier d&apos;espace de travail dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>E&amp;spaces de travail récents</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>Enregistrer &amp;une copie...</translation>
    </message>
    <message>
        <source>Write a copy of this workspace to another file</source>
        <translation>Écrire une copie de cet espace de travail dans un autre fichier</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
    <message>
        <source>Stepwise workspaces (*.stepwise)</source>
        <translation>Espaces de travail Stepwise (*.stepwise)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Cannot make a new workspace as %1: it is open in a window. Close that window first, or choose another name.</source>
        <translation>Impossible de créer un nouvel espace de travail sous le nom %1&#xa0;: il est ouvert dans une fenêtre. Fermez d&apos;abord cette fenêtre ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot make a new workspace: no temporary folder (%1).</source>
        <translation>Impossible de créer un nouvel espace de travail&#xa0;: aucun dossier temporaire (%1).</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir un espace de travail récent</translation>
    </message>
    <message>
        <source>%1 is no longer there, so it was removed from the recent workspaces.</source>
        <translation>%1 n&apos;existe plus&#xa0;: il a été retiré des espaces de travail récents.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: it is open in another window.</source>
        <translation>Impossible d&apos;enregistrer une copie sous %1&#xa0;: il est ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Opened in place of the default workspace, which nobody had changed; File &gt; Open Recent opens it again.</source>
        <translation>Ouvert à la place de l&apos;espace de travail par défaut, que personne n&apos;avait modifié&#xa0;; Fichier &gt; Espaces de travail récents le rouvre.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>reading the checkpoint</source>
        <translation>la lecture du point de contrôle</translation>
    </message>
    <message>
        <source>The checkpoint of process %1 in %2 is damaged: metric &quot;%3&quot;, review date &quot;%4&quot;.</source>
        <translation>Le point de contrôle du processus %1 dans %2 est endommagé&#xa0;: indicateur &quot;%3&quot;, date de revue &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>set the checkpoint</source>
        <translation>définir le point de contrôle</translation>
    </message>
    <message>
        <source>A checkpoint needs a date to review it on.</source>
        <translation>Un point de contrôle a besoin d&apos;une date de revue.</translation>
    </message>
    <message>
        <source>The target of a rate is a share between 0% and 100%.</source>
        <translation>L&apos;objectif d&apos;un taux est une part entre 0&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The target of a cycle time cannot be negative.</source>
        <translation>L&apos;objectif d&apos;une durée de cycle ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>changing the checkpoint</source>
        <translation>la modification du point de contrôle</translation>
    </message>
    <message>
        <source>replacing the checkpoint</source>
        <translation>le remplacement du point de contrôle</translation>
    </message>
    <message>
        <source>setting the checkpoint</source>
        <translation>la définition du point de contrôle</translation>
    </message>
    <message>
        <source>There is no process %1 in %2.</source>
        <translation>Il n&apos;y a pas de processus %1 dans %2.</translation>
    </message>
    <message>
        <source>remove the checkpoint</source>
        <translation>retirer le point de contrôle</translation>
    </message>
    <message>
        <source>removing the checkpoint</source>
        <translation>le retrait du point de contrôle</translation>
    </message>
    <message>
        <source>record the review</source>
        <translation>enregistrer la revue</translation>
    </message>
    <message>
        <source>A review needs the date of the next one.</source>
        <translation>Une revue a besoin de la date de la suivante.</translation>
    </message>
    <message>
        <source>Adjusting the target needs the new target.</source>
        <translation>Ajuster l&apos;objectif demande le nouvel objectif.</translation>
    </message>
    <message>
        <source>recording the review</source>
        <translation>l&apos;enregistrement de la revue</translation>
    </message>
    <message>
        <source>There is no active checkpoint %1 in %2.</source>
        <translation>Il n&apos;y a pas de point de contrôle actif %1 dans %2.</translation>
    </message>
    <message>
        <source>reading the reviews</source>
        <translation>la lecture des revues</translation>
    </message>
    <message>
        <source>Review %1 in %2 is damaged: metric &quot;%3&quot;, decision &quot;%4&quot;.</source>
        <translation>La revue %1 dans %2 est endommagée&#xa0;: indicateur &quot;%3&quot;, décision &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>listing the reviews due</source>
        <translation>la recherche des revues à faire</translation>
    </message>
    <message>
        <source>listing the runs</source>
        <translation>l&apos;énumération des exécutions</translation>
    </message>
    <message>
        <source>reading the runs</source>
        <translation>la lecture des exécutions</translation>
    </message>
    <message>
        <source>finding a run</source>
        <translation>la recherche d&apos;une exécution</translation>
    </message>
    <message>
        <source>reading the resources</source>
        <translation>la lecture des ressources</translation>
    </message>
    <message>
        <source>delete runs</source>
        <translation>supprimer des exécutions</translation>
    </message>
    <message>
        <source>deleting runs</source>
        <translation>la suppression d&apos;exécutions</translation>
    </message>
    <message>
        <source>Process %1 in %2 does not have all of these runs; none was deleted.</source>
        <translation>Le processus %1 dans %2 n&apos;a pas toutes ces exécutions&#xa0;; aucune n&apos;a été supprimée.</translation>
    </message>
    <message>
        <source>change a run</source>
        <translation>modifier une exécution</translation>
    </message>
    <message>
        <source>A run is replaced by exactly one run.</source>
        <translation>Une exécution est remplacée par exactement une exécution.</translation>
    </message>
    <message>
        <source>changing a run</source>
        <translation>la modification d&apos;une exécution</translation>
    </message>
    <message>
        <source>The process already has a run of case “%1”.</source>
        <translation>Le processus a déjà une exécution du cas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no run %1 of process %2 in %3.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1 du processus %2 dans %3.</translation>
    </message>
    <message>
        <source>import runs</source>
        <translation>importer des exécutions</translation>
    </message>
    <message>
        <source>importing runs</source>
        <translation>l&apos;import d&apos;exécutions</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>The process already has %n of these runs (the first: case &quot;%1&quot;); nothing was imported.</source>
        <translation>
            <numerusform>Le processus a déjà %n de ces exécutions (la première&#xa0;: cas &quot;%1&quot;)&#xa0;; rien n&apos;a été importé.</numerusform>
            <numerusform>Le processus a déjà %n de ces exécutions (la première&#xa0;: cas &quot;%1&quot;)&#xa0;; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>replacing runs</source>
        <translation>le remplacement d&apos;exécutions</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; has an execution without an end or a name.</source>
        <translation>L&apos;exécution &quot;%1&quot; a une réalisation sans fin ou sans nom.</translation>
    </message>
    <message>
        <source>importing run &quot;%1&quot;</source>
        <translation>l&apos;import de l&apos;exécution &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The runs of process %1 in %2 are damaged: an execution names no activity.</source>
        <translation>Les exécutions du processus %1 dans %2 sont endommagées&#xa0;: une réalisation ne nomme aucune activité.</translation>
    </message>
    <message>
        <source>counting the runs</source>
        <translation>le comptage des exécutions</translation>
    </message>
    <message>
        <source>reading the time of the latest run</source>
        <translation>la lecture de l&apos;heure de la dernière exécution</translation>
    </message>
    <message>
        <source>delete the runs</source>
        <translation>supprimer les exécutions</translation>
    </message>
    <message>
        <source>deleting the runs</source>
        <translation>la suppression des exécutions</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot open %1: it cannot be read.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le fichier est illisible.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation>Impossible de créer %1&#xa0;: le dossier %2 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot open %1: the SQLite driver of Qt (QSQLITE) is missing.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le pilote SQLite de Qt (QSQLITE) est absent.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is empty and read-only, so it cannot become a workspace.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: le fichier est vide et en lecture seule, il ne peut donc pas devenir un espace de travail.</translation>
    </message>
    <message>
        <source>Cannot open %1: it was made by an older version of Stepwise (schema %2, this version needs %3) and is read-only, so it cannot be upgraded.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: il a été créé par une version antérieure de Stepwise (schéma %2, cette version demande le schéma %3) et il est en lecture seule, il ne peut donc pas être mis à niveau.</translation>
    </message>
    <message>
        <source>marking the file as a workspace</source>
        <translation>le marquage du fichier comme espace de travail</translation>
    </message>
    <message>
        <source>upgrading to schema %1 (%2)</source>
        <translation>la mise à niveau vers le schéma %1 (%2)</translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation>la mise à niveau vers le schéma %1</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it is another program&apos;s database.</source>
        <translation>%1 n&apos;est pas un espace de travail Stepwise&#xa0;: c&apos;est la base de données d&apos;un autre programme.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Stepwise (schema %2, this version reads up to %3).</source>
        <translation>%1 a été créé par une version plus récente de Stepwise (schéma %2, cette version lit jusqu&apos;au schéma %3).</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it fails its integrity check (%2).</source>
        <translation>%1 n&apos;est pas un espace de travail Stepwise&#xa0;: il échoue à son contrôle d&apos;intégrité (%2).</translation>
    </message>
    <message>
        <source>%1 is locked: another program or Stepwise window is writing to it (waited %2 ms).</source>
        <translation>%1 est verrouillé&#xa0;: un autre programme ou une autre fenêtre Stepwise y écrit (attente de %2 ms).</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it is not a SQLite database.</source>
        <translation>%1 n&apos;est pas un espace de travail Stepwise&#xa0;: ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>%1 is not a Stepwise workspace: it is damaged (%2).</source>
        <translation>%1 n&apos;est pas un espace de travail Stepwise&#xa0;: il est endommagé (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>listing the processes</source>
        <translation>l&apos;énumération des processus</translation>
    </message>
    <message>
        <source>finding a process</source>
        <translation>la recherche d&apos;un processus</translation>
    </message>
    <message>
        <source>There is no process &quot;%1&quot; in %2.</source>
        <translation>Il n&apos;y a pas de processus &quot;%1&quot; dans %2.</translation>
    </message>
    <message>
        <source>create a process</source>
        <translation>créer un processus</translation>
    </message>
    <message>
        <source>rename the process</source>
        <translation>renommer le processus</translation>
    </message>
    <message>
        <source>renaming the process</source>
        <translation>le renommage du processus</translation>
    </message>
    <message>
        <source>duplicate the process</source>
        <translation>dupliquer le processus</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>delete the process</source>
        <translation>supprimer le processus</translation>
    </message>
    <message>
        <source>deleting the process</source>
        <translation>la suppression du processus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A process needs a name.</source>
        <translation>Un processus a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>There is already a process named &quot;%1&quot; in %2.</source>
        <translation>Il y a déjà un processus nommé &quot;%1&quot; dans %2.</translation>
    </message>
    <message>
        <source>reading the process</source>
        <translation>la lecture du processus</translation>
    </message>
    <message>
        <source>Process %1 in %2 is damaged: %3</source>
        <translation>Le processus %1 dans %2 est endommagé&#xa0;: %3</translation>
    </message>
    <message>
        <source>malformed review date &quot;%1&quot;</source>
        <translation>date de revue mal formée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown SLA clock &quot;%1&quot;</source>
        <translation>horloge de SLA inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reading the lanes</source>
        <translation>la lecture des couloirs</translation>
    </message>
    <message>
        <source>lane %1 has an unknown kind or colour</source>
        <translation>le couloir %1 a un type ou une couleur inconnus</translation>
    </message>
    <message>
        <source>reading the steps</source>
        <translation>la lecture des étapes</translation>
    </message>
    <message>
        <source>step %1 has an unknown kind or a malformed list</source>
        <translation>l&apos;étape %1 a un type inconnu ou une liste mal formée</translation>
    </message>
    <message>
        <source>reading the handoffs</source>
        <translation>la lecture des passages</translation>
    </message>
    <message>
        <source>save the process</source>
        <translation>enregistrer le processus</translation>
    </message>
    <message>
        <source>save the processes</source>
        <translation>enregistrer les processus</translation>
    </message>
    <message>
        <source>The processes to save link to each other in a circle.</source>
        <translation>Les processus à enregistrer se référencent en boucle.</translation>
    </message>
    <message>
        <source>saving the process</source>
        <translation>l&apos;enregistrement du processus</translation>
    </message>
    <message>
        <source>saving lane %1</source>
        <translation>l&apos;enregistrement du couloir %1</translation>
    </message>
    <message>
        <source>saving step %1</source>
        <translation>l&apos;enregistrement de l&apos;étape %1</translation>
    </message>
    <message>
        <source>saving handoff %1</source>
        <translation>l&apos;enregistrement du passage %1</translation>
    </message>
    <message>
        <source>save a revision</source>
        <translation>enregistrer une révision</translation>
    </message>
    <message>
        <source>saving a revision</source>
        <translation>l&apos;enregistrement d&apos;une révision</translation>
    </message>
    <message>
        <source>There is no process %1 in %2: save it before a revision of it.</source>
        <translation>Il n&apos;y a pas de processus %1 dans %2&#xa0;: enregistrez-le avant d&apos;en faire une révision.</translation>
    </message>
    <message>
        <source>listing the revisions</source>
        <translation>l&apos;énumération des révisions</translation>
    </message>
    <message>
        <source>reading the revision</source>
        <translation>la lecture de la révision</translation>
    </message>
    <message>
        <source>There is no revision %1 in %2.</source>
        <translation>Il n&apos;y a pas de révision %1 dans %2.</translation>
    </message>
    <message>
        <source>Revision %1 in %2 is damaged: %3</source>
        <translation>La révision %1 dans %2 est endommagée&#xa0;: %3</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Cannot %1: %2 is open read-only.</source>
        <translation>Vous ne pouvez pas %1&#xa0;: %2 est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>starting to write</source>
        <translation>le début de l&apos;écriture</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>l&apos;enregistrement</translation>
    </message>
    <message>
        <source>%1 is locked: another program or Stepwise window is writing to it (waited %2 ms while %3).</source>
        <translation>%1 est verrouillé&#xa0;: un autre programme ou une autre fenêtre Stepwise y écrit (attente de %2 ms pendant %3).</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1&#xa0;: %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot save a copy: no file was given.</source>
        <translation>Impossible d&apos;enregistrer une copie&#xa0;: aucun fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: it is the open workspace.</source>
        <translation>Impossible d&apos;enregistrer une copie sous %1&#xa0;: c&apos;est l&apos;espace de travail ouvert.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;enregistrer une copie sous %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the folder %2 is not writable.</source>
        <translation>Impossible d&apos;enregistrer une copie sous %1&#xa0;: le dossier %2 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: it is a folder.</source>
        <translation>Impossible d&apos;enregistrer une copie sous %1&#xa0;: c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot replace %1: the file is read-only.</source>
        <translation>Impossible de remplacer %1&#xa0;: le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot replace %1: it is in use by another program or was not closed cleanly (%2 is next to it).</source>
        <translation>Impossible de remplacer %1&#xa0;: il est utilisé par un autre programme ou n&apos;a pas été fermé correctement (%2 se trouve à côté).</translation>
    </message>
    <message>
        <source>writing a copy to %1</source>
        <translation>l&apos;écriture d&apos;une copie dans %1</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: the copy does not open (%2).</source>
        <translation>Impossible d&apos;enregistrer une copie sous %1&#xa0;: la copie ne s&apos;ouvre pas (%2).</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Impossible d&apos;enregistrer une copie sous %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>XesReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>refused: the file declares XML entities, which an XES log never needs (an entity expansion bomb?)</source>
        <translation>refusé&#xa0;: le fichier déclare des entités XML, dont un journal XES n&apos;a jamais besoin (une bombe d&apos;expansion d&apos;entités&#xa0;?)</translation>
    </message>
    <message>
        <source>not an XES log: the root element is &lt;%1&gt;, not &lt;log&gt;</source>
        <translation>pas un journal XES&#xa0;: l&apos;élément racine est &lt;%1&gt;, pas &lt;log&gt;</translation>
    </message>
    <message>
        <source>the document ends before its elements are closed (%1)</source>
        <translation>le document se termine avant la fermeture de ses éléments (%1)</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>(and 1 more event is bad)</source>
        <translation>(et 1 autre événement est invalide)</translation>
    </message>
    <message>
        <source>(and %1 more events are bad)</source>
        <translation>(et %1 autres événements sont invalides)</translation>
    </message>
    <message>
        <source>bad date &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>date invalide &quot;%1&quot; dans &quot;%2&quot;</translation>
    </message>
    <message>
        <source>an event without &quot;%1&quot; (its activity)</source>
        <translation>un événement sans &quot;%1&quot; (son activité)</translation>
    </message>
    <message>
        <source>an event without &quot;%1&quot; (its time)</source>
        <translation>un événement sans &quot;%1&quot; (son heure)</translation>
    </message>
    <message>
        <source>an event outside a trace</source>
        <translation>un événement hors d&apos;une trace</translation>
    </message>
    <message>
        <source>a trace inside a trace</source>
        <translation>une trace dans une trace</translation>
    </message>
    <message>
        <source>a trace without &quot;%1&quot; (its case id)</source>
        <translation>une trace sans &quot;%1&quot; (son identifiant de cas)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Stepwise</source>
        <translation>Stepwise</translation>
    </message>
</context>
</TS>
