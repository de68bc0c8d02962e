<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountingExport</name>
    <message>
        <location filename="../core/accounting.cpp" line="+232"/>
        <source>Give a first and a last day, in order.</source>
        <translation>Indiquez un premier et un dernier jour, dans l’ordre.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Cash takings</source>
        <translation>Recettes en espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card takings</source>
        <translation>Recettes par carte bancaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cheque takings</source>
        <translation>Recettes par chèque</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sales excluding VAT</source>
        <translation>Ventes hors taxes</translation>
    </message>
    <message>
        <location line="-345"/>
        <location line="+346"/>
        <source>VAT collected</source>
        <translation>TVA collectée</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+350"/>
        <source>Money donations</source>
        <translation>Dons manuels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash shortage at closing</source>
        <translation>Manque de caisse à la clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash surplus at closing</source>
        <translation>Excédent de caisse à la clôture</translation>
    </message>
    <message>
        <location line="-353"/>
        <location line="+350"/>
        <source>Membership fees</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Cash</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheques to deposit</source>
        <translation>Chèques à encaisser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card payments to collect</source>
        <translation>Cartes bancaires à encaisser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash shortage</source>
        <translation>Manque de caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash surplus</source>
        <translation>Excédent de caisse</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The account for &quot;%1&quot; is missing.</source>
        <translation>Le compte de «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account for &quot;%1&quot; is 1 to 20 letters or digits, not &quot;%2&quot;.</source>
        <translation>Le compte de «&#xa0;%1&#xa0;» s’écrit avec 1 à 20 lettres ou chiffres, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not every register of these days has closed its session here yet: %1. Close them and synchronise, then export.</source>
        <translation>Toutes les caisses de ces jours n’ont pas encore leur clôture ici&#xa0;: %1. Clôturez-les et synchronisez, puis exportez.</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Till takings of %1</source>
        <translation>Recettes de caisse du %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>entries-%1-%2.csv</source>
        <extracomment>The accounting export&apos;s file name: first and last day (YYYY-MM-DD); no spaces.</extracomment>
        <translation>ecritures-%1-%2.csv</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>The account plan names category &quot;%1&quot;, which does not exist.</source>
        <translation>Le plan de comptes nomme la catégorie « %1 », qui n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The revenue account of &quot;%1&quot; is 1 to 20 letters or digits, not &quot;%2&quot;.</source>
        <translation>Le compte de produits de « %1 » a de 1 à 20 lettres ou chiffres, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Sales excluding VAT: %1</source>
        <translation>Ventes hors taxes : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%1 to %2 was already exported on %3 (%n export(s) of these days): export again only if the first export was not imported.</source>
        <translation>
            <numerusform>Du %1 au %2 a déjà été exporté le %3 (%n export de ces journées) : n’exportez à nouveau que si le premier export n’a pas été importé.</numerusform>
            <numerusform>Du %1 au %2 a déjà été exporté le %3 (%n exports de ces journées) : n’exportez à nouveau que si le premier export n’a pas été importé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../ui/admin/adminwidgets.cpp" line="+72"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reused</source>
        <translation>Réemployés</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../core/admin/auditactions.cpp" line="+22"/>
        <source>Cash variance alert</source>
        <translation>Alerte d’écart de caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal archive made</source>
        <translation>Archive fiscale réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail exported</source>
        <translation>Journal d’audit exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category created</source>
        <translation>Catégorie créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category changed</source>
        <translation>Catégorie modifiée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Configuration change applied from another station</source>
        <translation>Modification de configuration appliquée depuis un autre poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer opened without a sale</source>
        <translation>Tiroir ouvert sans vente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ecologic declaration exported</source>
        <translation>Déclaration Ecologic exportée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecologic export failed</source>
        <translation>Échec de l’export Ecologic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export schedule added</source>
        <translation>Planification d’export ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export schedule removed</source>
        <translation>Planification d’export supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check</source>
        <translation>Vérification d’intégrité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station approved to join the shop</source>
        <translation>Poste autorisé à rejoindre le magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code made</source>
        <translation>Code d’adhésion créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station refused to join the shop</source>
        <translation>Poste refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account locked after wrong PINs</source>
        <translation>Compte bloqué après des codes PIN faux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login refused: the PIN must be changed</source>
        <translation>Connexion refusée&#xa0;: le code PIN doit être changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action refused (no right)</source>
        <translation>Action refusée (droit manquant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price outside the usual range</source>
        <translation>Prix hors de la fourchette habituelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery key (recovery kit)</source>
        <translation>Nouvelle clé de secours (kit de secours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket refunded</source>
        <translation>Ticket remboursé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register mode left by an administrator</source>
        <translation>Mode caisse quitté par un administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register closed</source>
        <translation>Clôture de caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register opened</source>
        <translation>Ouverture de caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z report reprinted</source>
        <translation>Réimpression du ticket Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register mode switched on or off</source>
        <translation>Mode caisse activé ou désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variance threshold changed</source>
        <translation>Seuil d’écart modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site created</source>
        <translation>Site créé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site changed</source>
        <translation>Site modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station created</source>
        <translation>Poste créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration station designated or withdrawn</source>
        <translation>Poste d’administration désigné ou retiré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station joined the shop</source>
        <translation>Poste rattaché à la boutique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored station&apos;s new keys (recovery key)</source>
        <translation>Nouvelles clés d’un poste restauré (clé de secours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station registered with its keys</source>
        <translation>Poste enregistré avec ses clés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station revoked</source>
        <translation>Poste révoqué</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Station restored from the drive (new numbering series)</source>
        <translation>Poste restauré depuis le drive (nouvelle série de numérotation)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>All the shop&apos;s data exported</source>
        <translation>Toutes les données du magasin exportées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shop&apos;s data imported from a full export</source>
        <translation>Données du magasin importées depuis un export complet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mail account changed</source>
        <translation>Compte de messagerie modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail report added</source>
        <translation>Rapport par e-mail ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail report changed</source>
        <translation>Rapport par e-mail modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail report removed</source>
        <translation>Rapport par e-mail supprimé</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Category mapped to an eco-organism</source>
        <translation>Catégorie rattachée à un éco-organisme</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Eco-organism declaration exported</source>
        <translation>Déclaration à un éco-organisme exportée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eco-organism declaration export failed</source>
        <translation>Échec de l’export d’une déclaration à un éco-organisme</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Durable goods and legal warranty of a category set</source>
        <translation>Bien durable et garantie légale d’une catégorie réglés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accounting entries exported</source>
        <translation>Écritures comptables exportées</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ticket printing changed (on request or every ticket)</source>
        <translation>Impression des tickets modifiée (sur demande ou systématique)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>kDrive account changed</source>
        <translation>Compte kDrive modifié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File on the drive refused as untrusted</source>
        <translation>Fichier du kDrive refusé (non fiable)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Backup made by hand</source>
        <translation>Sauvegarde faite à la demande</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>PC clock behind the last document: nothing recorded</source>
        <translation>Horloge du PC en retard sur le dernier document&#xa0;: rien n’est enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC clock confirmed by an administrator</source>
        <translation>Horloge du PC confirmée par un administrateur</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Categories imported from a spreadsheet</source>
        <translation>Catégories importées depuis un tableur</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Notification settings changed</source>
        <translation>Réglages des notifications modifiés</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Backup saved to a folder</source>
        <translation>Sauvegarde enregistrée dans un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station restored from a backup file (new numbering series)</source>
        <translation>Poste restauré depuis un fichier de sauvegarde (nouvelle série de numérotation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station restored from the drive</source>
        <translation>Poste restauré depuis le kDrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram alerts changed</source>
        <translation>Alertes Telegram modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram bot command answered</source>
        <translation>Commande du bot Telegram répondue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram bot commands switched</source>
        <translation>Commandes du bot Telegram activées ou coupées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit received by Telegram validated at reception</source>
        <translation>Dépôt reçu par Telegram validé à l’accueil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deposit received by Telegram rejected at reception</source>
        <translation>Dépôt reçu par Telegram refusé à l’accueil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock by an administrator</source>
        <translation>Déverrouillage par un administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock refused</source>
        <translation>Déverrouillage refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User reactivated</source>
        <translation>Utilisateur réactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User deactivated</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN changed by its owner</source>
        <translation>Code PIN changé par son titulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PINs protected by the shop&apos;s key (no PIN changed)</source>
        <translation>Codes PIN protégés par la clé de la boutique (aucun code changé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN reset</source>
        <translation>PIN réinitialisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram account removed</source>
        <translation>Compte Telegram retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram account set</source>
        <translation>Compte Telegram enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT regime or rates changed</source>
        <translation>Régime ou taux de TVA modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight outside the usual range</source>
        <translation>Poids hors de la fourchette habituelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerts (all)</source>
        <translation>Alertes (toutes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiscal archives (all)</source>
        <translation>Archives fiscales (toutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail (all)</source>
        <translation>Journal d’audit (tout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories (all)</source>
        <translation>Catégories (toutes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PC clock (all)</source>
        <translation>Horloge du PC (tout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration (all)</source>
        <translation>Configuration (tout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawer (all)</source>
        <translation>Tiroir (tout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (all)</source>
        <translation>Exports (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports (all)</source>
        <translation>Imports (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity (all)</source>
        <translation>Intégrité (tout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joining stations (all)</source>
        <translation>Adhésion des postes (tout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logins (all)</source>
        <translation>Connexions (toutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail and reports (all)</source>
        <translation>E-mail et rapports (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications (all)</source>
        <translation>Notifications (toutes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusals (all)</source>
        <translation>Refus (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices (all)</source>
        <translation>Prix (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key (all)</source>
        <translation>Clé de secours (tout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register mode (all)</source>
        <translation>Mode caisse (tout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register sessions (all)</source>
        <translation>Sessions de caisse (toutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings (all)</source>
        <translation>Réglages (tous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites (all)</source>
        <translation>Sites (tous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations (all)</source>
        <translation>Postes (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisation (all)</source>
        <translation>Synchronisation (toute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telegram bot (all)</source>
        <translation>Bot Telegram (tout)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocks (all)</source>
        <translation>Déverrouillages (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users (all)</source>
        <translation>Utilisateurs (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT (all)</source>
        <translation>TVA (toutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights (all)</source>
        <translation>Poids (tous)</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Member registered</source>
        <translation>Adhérent inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s personal data erased</source>
        <translation>Données personnelles d’un adhérent effacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s personal data exported</source>
        <translation>Données personnelles d’un adhérent exportées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s name or contact changed</source>
        <translation>Nom ou contact d’un adhérent modifié</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tax receipts for donations allowed or stopped</source>
        <translation>Reçus fiscaux des dons autorisés ou arrêtés</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ticket put aside abandoned unpaid</source>
        <translation>Ticket mis de côté abandonné sans paiement</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Members (all)</source>
        <translation>Adhérents (tous)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tickets put aside (all)</source>
        <translation>Tickets mis de côté (tous)</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Container added (tare)</source>
        <translation>Contenant ajouté (tare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container removed</source>
        <translation>Contenant retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container&apos;s tare changed</source>
        <translation>Tare d’un contenant modifiée</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Containers and tares (all)</source>
        <translation>Contenants et tares (tout)</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Account plan changed</source>
        <translation>Plan de comptes modifié</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cheques remitted to the bank (slip)</source>
        <translation>Chèques remis en banque (bordereau)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Account plan (all)</source>
        <translation>Plan de comptes (tout)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheque slips (all)</source>
        <translation>Bordereaux de chèques (tous)</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Price list imported from a spreadsheet</source>
        <translation>Liste de prix importée depuis un tableur</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>People imported from a spreadsheet</source>
        <translation>Personnes importées depuis un tableur</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Accounting entries exported again</source>
        <translation>Écritures comptables exportées à nouveau</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reports published to Google Sheets by hand</source>
        <translation>Rapports publiés à la main dans Google Sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Sheets settings changed</source>
        <translation>Réglages Google Sheets changés</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Google Sheets (all)</source>
        <translation>Google Sheets (tout)</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Home collection cancelled</source>
        <translation>Collecte à domicile annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home collection done (its deposit recorded)</source>
        <translation>Collecte à domicile faite (son dépôt enregistré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home collection planned</source>
        <translation>Collecte à domicile prévue</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Town added to the site&apos;s list</source>
        <translation>Commune ajoutée à la liste du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town removed from the site&apos;s list</source>
        <translation>Commune retirée de la liste du site</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Home collections (all)</source>
        <translation>Collectes à domicile (toutes)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Towns (all)</source>
        <translation>Communes (toutes)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Solidarity prices and gifts changed</source>
        <translation>Prix solidaires et dons gratuits modifiés</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Solidarity prices (all)</source>
        <translation>Prix solidaires (tous)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Deposit received by Telegram decided at two stations</source>
        <translation>Dépôt reçu par Telegram décidé sur deux postes</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Station approved to be restored on a new computer</source>
        <translation>Poste autorisé à être restauré sur un nouvel ordinateur</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <location filename="../core/admin/auditquery.cpp" line="+50"/>
        <source>The start date is after the end date.</source>
        <translation>La date de début est après la date de fin.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The searched text has at most %n characters.</source>
        <translation>
            <numerusform>Le texte cherché a au plus %n caractère.</numerusform>
            <numerusform>Le texte cherché a au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/sync/backup.cpp" line="+210"/>
        <source>its database cannot be opened: %1</source>
        <translation>sa base ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this SQLite cannot read its database safely (trusted_schema)</source>
        <translation>cette version de SQLite ne peut pas lire sa base sans risque (trusted_schema)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>its database fails the integrity check: %1</source>
        <translation>sa base échoue au contrôle d’intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its database has no schema version</source>
        <translation>sa base n’a pas de version de schéma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its database&apos;s schema version %1 is unknown to this program (1 to %2)</source>
        <translation>la version de schéma %1 de sa base est inconnue de ce programme (1 à %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its database&apos;s schema lacks or changed: %1</source>
        <translation>un élément du schéma de sa base manque ou a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its database&apos;s schema has something ReCaisse never made: %1</source>
        <translation>le schéma de sa base contient un élément que ReCaisse n’a jamais créé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Station %1 has used every numbering series: create it again under another code.</source>
        <translation>Le poste %1 a utilisé toutes les séries de numérotation&#xa0;: recréez-le sous un autre code.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+631"/>
        <source>Cannot create a working folder next to %1.</source>
        <translation>Impossible de créer un dossier de travail à côté de %1.</translation>
    </message>
    <message>
        <location line="-603"/>
        <source>Cannot read the snapshot %1.</source>
        <translation>Impossible de lire la copie %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This program&apos;s libarchive cannot compress with xz: the backup %1 was not written.</source>
        <translation>La bibliothèque libarchive de ce programme ne sait pas compresser avec xz&#xa0;: la sauvegarde %1 n’a pas été écrite.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The backup %1 could not be written (disk full or not writable).</source>
        <translation>La sauvegarde %1 n’a pas pu être écrite (disque plein ou protégé en écriture).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a ReCaisse backup: %2</source>
        <translation>%1 n’est pas une sauvegarde ReCaisse&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists: restore only creates a new station file.</source>
        <translation>%1 existe déjà&#xa0;: la restauration ne crée qu’un nouveau fichier de poste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it cannot be opened as a compressed archive</source>
        <translation>elle ne s’ouvre pas comme une archive compressée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its manifest is too large</source>
        <translation>son descriptif est trop grand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its manifest is truncated</source>
        <translation>son descriptif est tronqué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its manifest is not valid</source>
        <translation>son descriptif n’est pas valable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its database would take %1 MB, more than the %2 MB a restore accepts</source>
        <translation>sa base occuperait %1&#xa0;Mo, plus que les %2&#xa0;Mo qu’accepte une restauration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its database would take %1 MB and the disk has only %2 MB free for it</source>
        <translation>sa base occuperait %1&#xa0;Mo et le disque n’a que %2&#xa0;Mo libres pour elle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its database is larger than announced or the disk is full</source>
        <translation>sa base est plus grande qu’annoncé ou le disque est plein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>it is truncated or damaged</source>
        <translation>elle est tronquée ou abîmée</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>it holds an unexpected entry &quot;%1&quot;</source>
        <translation>elle contient un élément inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it lacks its manifest or its database</source>
        <translation>il lui manque son descriptif ou sa base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its database fails its checksum</source>
        <translation>l’empreinte de sa base est fausse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Only an administrator of the station can restore it: %1 is not one.</source>
        <translation>Seul un administrateur du poste peut le restaurer&#xa0;: %1 ne l’est pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>No station %1 was published on this drive.</source>
        <translation>Aucun poste %1 n’a été publié sur ce kDrive.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The drive holds records of %1 that the restore could not apply.</source>
        <translation>Le drive contient des enregistrements de %1 que la restauration n’a pas pu appliquer.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The disk of %1 is full: free some space before restoring.</source>
        <translation>Le disque de %1 est plein&#xa0;: libérez de la place avant de restaurer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup %1 of %2 was refused and nothing was restored. %3</source>
        <translation>La sauvegarde %1 de %2 a été refusée et rien n’a été restauré. %3</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>No restore point %1 of %2 on the drive.</source>
        <translation>Aucun point de restauration %1 de %2 sur le kDrive.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The backup of %1 on the drive belongs to another station.</source>
        <translation>La sauvegarde de %1 sur le kDrive appartient à un autre poste.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <location filename="../core/portability/backupfile.cpp" line="+149"/>
        <source>The backup cannot be written as %1.</source>
        <translation>La sauvegarde ne peut pas être écrite sous le nom %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already exists: a restore creates a new station file.</source>
        <translation>%1 existe déjà&#xa0;: une restauration crée un nouveau fichier de poste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup file %1.</source>
        <translation>Aucun fichier de sauvegarde %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than any backup: it is refused.</source>
        <translation>%1 est plus gros que toute sauvegarde&#xa0;: il est refusé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring from a file needs the shop&apos;s recovery key (the recovery kit).</source>
        <translation>La restauration depuis un fichier demande la clé de secours du magasin (le kit de secours).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a recovery key: the recovery kit shows 8 groups of 4 letters and digits.</source>
        <translation>Ce n’est pas une clé de secours&#xa0;: le kit de secours montre 8 groupes de 4 lettres et chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 was refused and nothing was restored. %2</source>
        <translation>La sauvegarde %1 a été refusée et rien n’a été restauré. %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The backup %1 does not hold the station its manifest names: it is refused.</source>
        <translation>La sauvegarde %1 ne contient pas le poste que nomme son manifeste&#xa0;: elle est refusée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shop of this backup has no recovery key, so a file cannot prove it is the shop&apos;s: restore this station from the drive instead.</source>
        <translation>Le magasin de cette sauvegarde n’a pas de clé de secours, un fichier ne peut donc pas prouver qu’il vient de lui&#xa0;: restaurez ce poste depuis le kDrive.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+57"/>
        <source>This recovery key is not the one of the shop of %1: nothing was restored.</source>
        <translation>Cette clé de secours n’est pas celle du magasin de %1&#xa0;: rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup %1 fails the integrity check (%2): nothing was restored.</source>
        <translation>La sauvegarde %1 échoue à la vérification d’intégrité (%2)&#xa0;: rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Cannot create a working folder next to %1.</source>
        <translation>Impossible de créer un dossier de travail à côté de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It is not a sealed ReCaisse backup file (older versions saved a plain archive, which cannot prove it is the shop&apos;s: restore from the drive).</source>
        <translation>Ce n’est pas un fichier de sauvegarde ReCaisse scellé (les versions plus anciennes écrivaient une archive non chiffrée, qui ne peut pas prouver qu’elle est celle du magasin : restaurez depuis le kDrive).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The backup %1 is not signed by its station&apos;s registered key: it is refused.</source>
        <translation>La sauvegarde %1 n’est pas signée par la clé enregistrée de son poste : elle est refusée.</translation>
    </message>
    <message>
        <location line="-223"/>
        <location line="+12"/>
        <location line="+154"/>
        <location line="+4"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>The file is too large.</source>
        <translation>Le fichier est trop gros.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not a file in hand.</source>
        <translation>Ce n’est pas un fichier en main.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This station does not hold its keys: the backup file cannot be sealed.</source>
        <translation>Ce poste n’a pas ses clés : le fichier de sauvegarde ne peut pas être scellé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The backup %1 could not be written (disk full or not writable).</source>
        <translation>La sauvegarde %1 n’a pas pu être écrite (disque plein ou protégé en écriture).</translation>
    </message>
</context>
<context>
    <name>CashSessions</name>
    <message>
        <location filename="../core/cashsession.cpp" line="+94"/>
        <source>%1 is not a euro note or coin.</source>
        <translation>%1 n’est ni un billet ni une pièce en euros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of %1 pieces must be between 0 and 100 000.</source>
        <translation>Le nombre de billets ou pièces de %1 doit être compris entre 0 et 100&#x202f;000.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the count as 50x2,20x3,0.50x4 (denomination x number).</source>
        <translation>Écrivez le comptage ainsi&#xa0;: 50x2,20x3,0.50x4 (valeur x nombre).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the count near &quot;%1&quot;: write it as 50x2,20x3,0.50x4.</source>
        <translation>Impossible de lire le comptage près de «&#xa0;%1&#xa0;». Écrivez-le ainsi&#xa0;: 50x2,20x3,0.50x4.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Nothing was recorded here for more than 3 days: confirm that today is %1 before opening the register. If the date is wrong, have an administrator set the PC&apos;s clock.</source>
        <translation>Rien n’a été enregistré ici depuis plus de 3 jours&#xa0;: confirmez que nous sommes le %1 avant d’ouvrir la caisse. Si la date est fausse, faites régler l’horloge du PC par un administrateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cash sessions are opened on a register, not on this station.</source>
        <translation>Les sessions de caisse s’ouvrent sur une caisse, pas sur ce poste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The opening float must be between 0,00 € and 10 000,00 €.</source>
        <translation>Le fond de caisse à l’ouverture doit être compris entre 0,00&#xa0;€ et 10&#x202f;000,00&#xa0;€.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The counted notes and coins make %1, not %2.</source>
        <translation>Les billets et pièces comptés font %1, et non %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A cash session is already open on this register (%1, opened by %2).</source>
        <translation>Une session de caisse est déjà ouverte sur cette caisse (%1, ouverte par %2).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A cash movement must be between 0,01 € and 10 000,00 €.</source>
        <translation>Un mouvement d’espèces doit être compris entre 0,01&#xa0;€ et 10&#x202f;000,00&#xa0;€.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason for the cash movement (at most 200 characters).</source>
        <translation>Indiquez le motif du mouvement d’espèces (200 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a cash session first.</source>
        <translation>Ouvrez d’abord une session de caisse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drawer should hold only %1: %2 cannot be taken out.</source>
        <translation>Le tiroir-caisse ne devrait contenir que %1&#xa0;: impossible d’en retirer %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown cash session.</source>
        <translation>Session de caisse inconnue.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+34"/>
        <location line="+35"/>
        <source>No cash session is open on this register.</source>
        <translation>Aucune session de caisse n’est ouverte sur cette caisse.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Count the drawer first: enter the number of each note and coin (0 when there is none).</source>
        <translation>Comptez d’abord le tiroir-caisse&#xa0;: saisissez le nombre de chaque billet et de chaque pièce (0 s’il n’y en a pas).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comment is too long (at most %1 characters).</source>
        <translation>Le commentaire est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The drawer differs by %1 (more than %2): explain it in a comment.</source>
        <translation>Le tiroir-caisse présente un écart de %1 (plus de %2)&#xa0;: expliquez-le dans un commentaire.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A sale was recorded during the count: count the drawer again.</source>
        <translation>Une vente a été enregistrée pendant le comptage&#xa0;: recomptez le tiroir-caisse.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Unknown closing.</source>
        <translation>Clôture inconnue.</translation>
    </message>
    <message numerus="yes">
        <location line="-162"/>
        <source>%n ticket(s) put aside: resume and pay them, or abandon them, before closing.</source>
        <translation>
            <numerusform>%n ticket mis de côté&#xa0;: reprenez-le et encaissez-le, ou abandonnez-le, avant de clôturer.</numerusform>
            <numerusform>%n tickets mis de côté&#xa0;: reprenez-les et encaissez-les, ou abandonnez-les, avant de clôturer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <location filename="../core/portability/catalogueimport.cpp" line="+71"/>
        <source>Choose the column that holds the categories&apos; names.</source>
        <translation>Choisissez la colonne qui contient les noms des catégories.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has more than %1 rows: nothing was imported.</source>
        <translation>Le fichier a plus de %1 lignes&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is the name of several rows of the file</source>
        <translation>«&#xa0;%1&#xa0;» est le nom de plusieurs lignes du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no category &quot;%1&quot; in the file or in the catalogue</source>
        <translation>aucune catégorie «&#xa0;%1&#xa0;» dans le fichier ni dans le catalogue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the parents of this row lead back to it</source>
        <translation>les parents de cette ligne ramènent à elle</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;%1&quot; is not an EEE code (EEE-1 to EEE-8)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code EEE (EEE-1 à EEE-8)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>write oui or non, not &quot;%1&quot;</source>
        <translation>écrivez oui ou non, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; appears twice under the same parent</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois sous le même parent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its parent (row %1) is not valid</source>
        <translation>son parent (ligne %1) n’est pas valide</translation>
    </message>
</context>
<context>
    <name>CategoryCatalog</name>
    <message>
        <location filename="../core/categories.cpp" line="+115"/>
        <location line="+54"/>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>Catégorie «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>A category must be named.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%1 for %n item(s) of &quot;%2&quot; is not plausible: one item weighs from %3 to %4. Check the weight; an administrator can confirm it.</source>
        <translation>
            <numerusform>%1 pour %n article de «&#xa0;%2&#xa0;» n’est pas plausible&#xa0;: un article pèse de %3 à %4. Vérifiez le poids&#xa0;; un administrateur peut le confirmer.</numerusform>
            <numerusform>%1 pour %n articles de «&#xa0;%2&#xa0;» n’est pas plausible&#xa0;: un article pèse de %3 à %4. Vérifiez le poids&#xa0;; un administrateur peut le confirmer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A category id is 1 to 64 lowercase letters, digits, dots or dashes.</source>
        <translation>L’identifiant d’une catégorie compte de 1 à 64 caractères&#xa0;: lettres minuscules, chiffres, points ou tirets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A category name has 1 to 80 characters.</source>
        <translation>Le nom d’une catégorie compte de 1 à 80 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The EEE code must be EEE-1 to EEE-8, or nothing.</source>
        <translation>Le code DEEE doit aller de EEE-1 à EEE-8, ou rester vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colour is written #RRGGBB.</source>
        <translation>Une couleur s’écrit sous la forme #RRGGBB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shortcut is a single key.</source>
        <translation>Un raccourci doit être une seule touche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category prices must be between 0 and 1 000 000 €.</source>
        <translation>Les prix d’une catégorie doivent être compris entre 0 et 1&#x202f;000&#x202f;000&#xa0;€.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum price of &quot;%1&quot; is above its maximum.</source>
        <translation>Le prix minimum de «&#xa0;%1&#xa0;» dépasse son prix maximum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default price of &quot;%1&quot; is outside its bounds.</source>
        <translation>Le prix par défaut de «&#xa0;%1&#xa0;» est en dehors de ses limites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The average weight of &quot;%1&quot; must be between 1 g and 10 t.</source>
        <translation>Le poids moyen de «&#xa0;%1&#xa0;» doit être compris entre 1&#xa0;g et 10&#xa0;t.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The weight bounds of &quot;%1&quot; must be between 0,001 kg and 10 000 kg.</source>
        <translation>Les bornes de poids de «&#xa0;%1&#xa0;» doivent être comprises entre 0,001 kg et 10&#xa0;000 kg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum weight of &quot;%1&quot; is above its maximum.</source>
        <translation>Le poids minimal de «&#xa0;%1&#xa0;» dépasse son maximum.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The category file is not valid JSON: %1</source>
        <translation>Le fichier de catégories n’est pas un JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a ReCaisse category file.</source>
        <translation>Ce n’est pas un fichier de catégories ReCaisse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Categories can be nested at most three levels deep.</source>
        <translation>Les catégories s’imbriquent sur trois niveaux au maximum.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The category id &quot;%1&quot; is used twice.</source>
        <translation>L’identifiant de catégorie «&#xa0;%1&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The category file has no category.</source>
        <translation>Le fichier de catégories ne contient aucune catégorie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The default category tree is missing.</source>
        <translation>L’arborescence de catégories par défaut est introuvable.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A category cannot be its own parent.</source>
        <translation>Une catégorie ne peut pas être sa propre catégorie parente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another category is already named &quot;%1&quot; here.</source>
        <translation>Une autre catégorie s’appelle déjà «&#xa0;%1&#xa0;» à cet endroit.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The price per kg of &quot;%1&quot; must be between 0,01 € and %2.</source>
        <translation>Le prix au kilo de «&#xa0;%1&#xa0;» doit être compris entre 0,01&#xa0;€ et %2.</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <location filename="../core/admin/categoryeditor.cpp" line="+51"/>
        <source>A category cannot be placed under itself.</source>
        <translation>Une catégorie ne peut pas être rangée sous elle-même.</translation>
    </message>
</context>
<context>
    <name>ChainHead</name>
    <message>
        <location filename="../core/sync/chainhead.cpp" line="+59"/>
        <source>The chain head file is not a ReCaisse chain head.</source>
        <translation>Ce fichier n’est pas une tête de chaîne ReCaisse.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the chain head is that of another station (%1)</source>
        <translation>la tête de chaîne est celle d’un autre poste (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the chain ends at %2 but %3 were published on %4 (deleted at the end)</source>
        <translation>%1&#xa0;: la chaîne s’arrête à %2 mais %3 ont été publiés le %4 (supprimés à la fin)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: number %2 is not the one published on %3 (the chain was rewritten)</source>
        <translation>%1&#xa0;: le numéro %2 n’est pas celui publié le %3 (la chaîne a été réécrite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit trail</source>
        <translation>journal d’audit</translation>
    </message>
</context>
<context>
    <name>ChequeSlips</name>
    <message>
        <location filename="../core/chequeslips.cpp" line="+98"/>
        <source>Donation</source>
        <translation>Don</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membership fee</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The cheque of %1 is not waiting for the bank: unknown, of a session still open, or already on a slip.</source>
        <translation>Le chèque de %1 n’attend pas la banque&#xa0;: inconnu, d’une session encore ouverte, ou déjà sur un bordereau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cheque of %1 is chosen twice.</source>
        <translation>Le chèque de %1 est choisi deux fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cheque is waiting for the bank: every cheque of a closed session is on a slip already.</source>
        <translation>Aucun chèque n’attend la banque&#xa0;: chaque chèque d’une session clôturée est déjà sur un bordereau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A slip holds at most %1 cheques: choose them.</source>
        <translation>Un bordereau porte au plus %1 chèques&#xa0;: choisissez-les.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No cheque slip %1.</source>
        <translation>Aucun bordereau de chèques %1.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>SIRET: %1</source>
        <translation>SIRET&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheque remittance slip %1</source>
        <translation>Bordereau de remise de chèques %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on %1 by %2</source>
        <translation>Fait le %1 par %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account holder: %1</source>
        <translation>Titulaire du compte&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n cheque(s), total</source>
        <translation>
            <numerusform>%n chèque, total</numerusform>
            <numerusform>%n chèques, total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and signature of the depositor:</source>
        <translation>Date et signature du remettant&#xa0;:</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 no. %2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Unknown closing.</source>
        <translation>Clôture inconnue.</translation>
    </message>
</context>
<context>
    <name>Containers</name>
    <message>
        <location filename="../core/outflows.cpp" line="+158"/>
        <source>Unknown container &quot;%1&quot;.</source>
        <translation>Contenant «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A container&apos;s name has 1 to %1 characters.</source>
        <translation>Le nom d’un contenant a de 1 à %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>A container&apos;s tare is between 0,001 kg and 1 000 kg.</source>
        <translation>La tare d’un contenant est comprise entre 0,001&#xa0;kg et 1&#xa0;000&#xa0;kg.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>A container is already named &quot;%1&quot;.</source>
        <translation>Un contenant s’appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <location filename="../core/exports/exportschedule.cpp" line="+116"/>
        <source>&quot;%1&quot; is not a cron expression (minute hour day month weekday, e.g. &quot;0 6 1 1,4,7,10 *&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une expression cron (minute heure jour mois jour-de-semaine, par exemple «&#xa0;0 6 1 1,4,7,10 *&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <location filename="../core/crypto.cpp" line="+48"/>
        <source>A key has the wrong size.</source>
        <translation>Une clé n’a pas la bonne taille.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data could not be authenticated: it was altered or sealed with another key.</source>
        <translation>Les données n’ont pas pu être authentifiées : elles ont été modifiées ou scellées avec une autre clé.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+2"/>
        <source>A public key is not usable.</source>
        <translation>Une clé publique est inutilisable.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/database.cpp" line="+69"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 already exists.</source>
        <translation>Le fichier %1 existe déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+139"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: rien n’a été enregistré. Libérez de l’espace puis réessayez.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>%1 is not a ReCaisse database.</source>
        <translation>%1 n’est pas une base de données ReCaisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+169"/>
        <source>The database refused the operation: %1</source>
        <translation>La base de données a refusé l’opération&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+81"/>
        <source>%1 is not a ReCaisse database (not an SQLite file).</source>
        <translation>%1 n’est pas une base de données ReCaisse (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database was written by a newer version of ReCaisse (schema %1, this program knows up to %2). Install the newer version; nothing was changed.</source>
        <translation>Cette base de données a été écrite par une version plus récente de ReCaisse (schéma %1, ce programme connaît jusqu’au schéma %2). Installez la version plus récente&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is an SQLite file but not a ReCaisse database.</source>
        <translation>%1 est un fichier SQLite, mais pas une base de données ReCaisse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty: it is not a ReCaisse database.</source>
        <translation>%1 est vide&#xa0;: ce n’est pas une base de données ReCaisse.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database could not be copied before its upgrade to schema %1, so it was not upgraded: %2</source>
        <translation>La base n’a pas pu être copiée avant sa mise à niveau vers le schéma %1 ; elle n’a donc pas été mise à niveau : %2</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>No transaction to commit.</source>
        <translation>Aucune transaction à valider.</translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <location filename="../core/demoshop.cpp" line="+41"/>
        <source>DEMONSTRATION — no value</source>
        <translation>DÉMONSTRATION — sans valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the data of a demo shop, invented. It is no shop&apos;s real activity and must never be declared or accounted for.</source>
        <translation>%1&#xa0;: les données d’un magasin de démonstration, inventées. Ce n’est l’activité réelle d’aucun magasin&#xa0;: à ne jamais déclarer ni comptabiliser.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <extracomment>A demo shop&apos;s text headed by its mark: the mark, then the text.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>%1 is not a demo shop: invented people and sales would mix with its real documents. Demo data goes only into a shop created as a demo.</source>
        <translation>%1 n’est pas une boutique de démonstration&#xa0;: des personnes et des ventes inventées se mêleraient à ses vrais documents. Les données de démonstration ne vont que dans une boutique créée pour la démonstration.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generate between 1 and 36 600 days.</source>
        <translation>Générez entre 1 et 36&#x202f;600 jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo activity is generated on a register station.</source>
        <translation>L’activité de démonstration se génère sur un poste de caisse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session %1 is open: close it before generating demo activity.</source>
        <translation>La session %1 est ouverte&#xa0;: clôturez-la avant de générer l’activité de démonstration.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>There is no category to sell.</source>
        <translation>Il n’y a aucune catégorie à vendre.</translation>
    </message>
</context>
<context>
    <name>DemoStations</name>
    <message>
        <location filename="../core/admin/demostations.cpp" line="+23"/>
        <source>Unknown station.</source>
        <translation>Poste inconnu.</translation>
    </message>
</context>
<context>
    <name>Deposits</name>
    <message>
        <location filename="../core/deposits.cpp" line="+22"/>
        <source>The deposit ticket has no line.</source>
        <translation>Le ticket de dépôt n’a aucune ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deposit ticket has at most %1 lines.</source>
        <translation>Un ticket de dépôt compte au maximum %1 lignes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is too long (at most %1 characters).</source>
        <translation>La note est trop longue (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The category &quot;%1&quot; is no longer in use.</source>
        <translation>La catégorie «&#xa0;%1&#xa0;» n’est plus utilisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the number of items must be between 1 and %2.</source>
        <translation>Ligne %1&#xa0;: le nombre d’objets doit être compris entre 1 et %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: the weight must be between 0,001 kg and 10 000 kg.</source>
        <translation>Ligne %1&#xa0;: le poids doit être compris entre 0,001&#xa0;kg et 10&#x202f;000&#xa0;kg.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A deposit ticket weighs at most 100 t: split it.</source>
        <translation>Un ticket de dépôt ne peut pas dépasser 100&#xa0;t&#xa0;: répartissez-le sur plusieurs tickets.</translation>
    </message>
</context>
<context>
    <name>DeviceFaults</name>
    <message>
        <location filename="../core/devicefaults.cpp" line="+24"/>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer display</source>
        <translation>Afficheur client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <location filename="../core/ledger.cpp" line="+419"/>
        <source>This PC&apos;s clock says %1, which cannot be right. Set the date and time of the PC, then try again.</source>
        <translation>L’horloge de ce PC indique %1, ce qui ne peut pas être juste. Réglez la date et l’heure du PC, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This PC&apos;s clock says %1, before the last document recorded here (%2). Set the date and time of the PC, then try again.</source>
        <translation>L’horloge de ce PC indique %1, avant le dernier document enregistré ici (%2). Réglez la date et l’heure du PC, puis réessayez.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This station is a read-only archive of an exported shop: it records no document.</source>
        <translation>Ce poste est une archive en lecture seule d’un magasin exporté : il n’enregistre aucun document.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The rows of table %1 do not match the canonical form of a %2 document.</source>
        <translation>Les lignes de la table %1 ne correspondent pas à la forme canonique d’un document %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column %1 of table %2 is not in the canonical form of a %3 document.</source>
        <translation>La colonne %1 de la table %2 ne fait pas partie de la forme canonique d’un document %3.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Document %1 has canonical form %2, unknown to this version.</source>
        <translation>Le document %1 a la forme canonique %2, inconnue de cette version.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No document numbered %1.</source>
        <translation>Aucun document ne porte le numéro %1.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../core/domain.cpp" line="+168"/>
        <source>Super-admin</source>
        <translation>Super-administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reception volunteer</source>
        <translation>Bénévole à l’accueil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free / donation</source>
        <translation>Gratuit / don</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recycling</source>
        <translation>Recyclage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waste centre</source>
        <translation>Déchèterie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voluntary drop-off</source>
        <translation>Apport volontaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home collection</source>
        <translation>Collecte à domicile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner waste centre</source>
        <translation>Déchèterie partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reception desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office</source>
        <translation>Poste de gestion</translation>
    </message>
</context>
<context>
    <name>Donations</name>
    <message>
        <location filename="../core/donations.cpp" line="+20"/>
        <source>A donation is between 0,01 € and %1.</source>
        <translation>Un don est compris entre 0,01 € et %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A donation is given in cash, by card or by cheque.</source>
        <translation>Un don se fait en espèces, par carte bancaire ou par chèque.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a cash session before receiving a donation.</source>
        <translation>Ouvrez une session de caisse avant de recevoir un don.</translation>
    </message>
</context>
<context>
    <name>EcologicExport</name>
    <message>
        <location filename="../core/exports/ecologicexport.cpp" line="+207"/>
        <source>The categories use the code &quot;%1&quot;, unknown to the schema %2.</source>
        <translation>Les catégories utilisent le code «&#xa0;%1&#xa0;», inconnu du schéma %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 item(s) sold without a weight in a category without an average weight: they count 0 kg.</source>
        <translation>%1&#xa0;: %2 objet(s) vendu(s) sans poids dans une catégorie sans poids moyen&#xa0;: ils comptent 0 kg.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The declaration does not match the schema %1; nothing was written:</source>
        <translation>La déclaration ne respecte pas le schéma %1&#xa0;; rien n’a été écrit&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The archive folder %1 cannot be created.</source>
        <translation>Le dossier d’archives %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The archive folder %1 is not writable: %2</source>
        <translation>Impossible d’écrire dans le dossier d’archives %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The declaration could not be written in %1: %2</source>
        <translation>La déclaration n’a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The declaration could not be archived in %1.</source>
        <translation>La déclaration n’a pas pu être archivée dans %1.</translation>
    </message>
</context>
<context>
    <name>EcologicPeriod</name>
    <message>
        <location line="-367"/>
        <source>The period needs a valid first and last day.</source>
        <translation>La période doit avoir un premier et un dernier jour valides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period starts after it ends (%1 is after %2).</source>
        <translation>La période commence après sa fin (le %1 est après le %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A period covers at most ten years.</source>
        <translation>Une période couvre au plus dix ans.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown month %1-%2.</source>
        <translation>Mois %1-%2 inconnu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown quarter %1-Q%2: a quarter is Q1 to Q4.</source>
        <translation>Trimestre %1-Q%2 inconnu&#xa0;: un trimestre va de Q1 à Q4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown year %1.</source>
        <translation>Année %1 inconnue.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; holds an invalid date.</source>
        <translation>«&#xa0;%1&#xa0;» contient une date invalide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown period &quot;%1&quot;: use 2026-Q3, 2026-07, 2026 or 2026-07-01..2026-09-30.</source>
        <translation>Période «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez 2026-Q3, 2026-07, 2026 ou 2026-07-01..2026-09-30.</translation>
    </message>
</context>
<context>
    <name>EcologicSchema</name>
    <message>
        <location filename="../core/exports/ecologicschema.cpp" line="+149"/>
        <source>The Ecologic schema file %1 cannot be read: %2</source>
        <translation>Le fichier de schéma Ecologic %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Ecologic schema file %1 is not valid: %2</source>
        <translation>Le fichier de schéma Ecologic %1 n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>ce n’est pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;format&quot; and &quot;version&quot; are required</source>
        <translation>«&#xa0;format&#xa0;» et «&#xa0;version&#xa0;» sont obligatoires</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;partner&quot; must be a lower-case identifier and &quot;partner_name&quot; a name</source>
        <translation>«&#xa0;partner&#xa0;» doit être un identifiant en minuscules et «&#xa0;partner_name&#xa0;» un nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;period&quot; must be &quot;quarter&quot;, &quot;half-year&quot; or &quot;year&quot;</source>
        <translation>«&#xa0;period&#xa0;» doit valoir «&#xa0;quarter&#xa0;», «&#xa0;half-year&#xa0;» ou «&#xa0;year&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;measure&quot; must be &quot;weight&quot; or &quot;count&quot;</source>
        <translation>«&#xa0;measure&#xa0;» doit valoir «&#xa0;weight&#xa0;» ou «&#xa0;count&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;separator&quot; and &quot;decimal_mark&quot; must be two different single characters</source>
        <translation>«&#xa0;separator&#xa0;» et «&#xa0;decimal_mark&#xa0;» doivent être deux caractères uniques différents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported encoding &quot;%1&quot; (UTF-8 or ISO-8859-1)</source>
        <translation>encodage «&#xa0;%1&#xa0;» non pris en charge (UTF-8 ou ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;line_end&quot; must be &quot;\r\n&quot; or &quot;\n&quot;</source>
        <translation>«&#xa0;line_end&#xa0;» doit valoir «&#xa0;\r\n&#xa0;» ou «&#xa0;\n&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;columns&quot; is missing or empty</source>
        <translation>«&#xa0;columns&#xa0;» est absent ou vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a column has no name or a name holding the separator</source>
        <translation>une colonne n’a pas de nom ou son nom contient le séparateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &quot;%1&quot;: unknown type</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: type inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &quot;%1&quot;: unknown source &quot;%2&quot;</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: source «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &quot;%1&quot;: the scale must be between 1 and 6</source>
        <translation>colonne «&#xa0;%1&#xa0;»&#xa0;: le nombre de décimales doit être entre 1 et 6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no column holds the EEE code</source>
        <translation>aucune colonne ne contient le code EEE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;codes&quot; is missing or empty</source>
        <translation>«&#xa0;codes&#xa0;» est absent ou vide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a code has no code or no label</source>
        <translation>un code n’a pas de code ou pas de libellé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>code &quot;%1&quot;: the unit weight must be between 0 and 1000 kg</source>
        <translation>code «&#xa0;%1&#xa0;» : le poids unitaire doit être compris entre 0 et 1000 kg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>code &quot;%1&quot;: a partner that counts items needs a unit weight</source>
        <translation>code «&#xa0;%1&#xa0;» : un éco-organisme qui compte les pièces a besoin d’un poids unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code &quot;%1&quot; appears twice</source>
        <translation>le code «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default mapping of &quot;%1&quot;: unknown code &quot;%2&quot;</source>
        <translation>correspondance par défaut de «&#xa0;%1&#xa0;» : code «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>rule &quot;%1&quot;: severity must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>règle «&#xa0;%1&#xa0;»&#xa0;: la gravité doit être «&#xa0;error&#xa0;» ou «&#xa0;warning&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule &quot;sum&quot;: unknown or non-numeric column</source>
        <translation>règle «&#xa0;sum&#xa0;»&#xa0;: colonne inconnue ou non numérique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rule &quot;sum&quot;: term &quot;%1&quot; is unknown or of another scale</source>
        <translation>règle «&#xa0;sum&#xa0;»&#xa0;: le terme «&#xa0;%1&#xa0;» est inconnu ou n’a pas le même nombre de décimales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rule &quot;at_most&quot;: unknown columns or columns of different scales</source>
        <translation>règle «&#xa0;at_most&#xa0;»&#xa0;: colonnes inconnues ou de décimales différentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule &quot;period_order&quot;: unknown columns</source>
        <translation>règle «&#xa0;period_order&#xa0;»&#xa0;: colonnes inconnues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>règle «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The file does not start with the UTF-8 byte order mark.</source>
        <translation>Le fichier ne commence pas par l’indicateur d’ordre des octets (BOM) UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is not valid UTF-8.</source>
        <translation>Le fichier n’est pas en UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A quoted field is not closed.</source>
        <translation>Un champ entre guillemets n’est pas fermé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty: the header line is missing.</source>
        <translation>Le fichier est vide&#xa0;: la ligne d’en-tête manque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line 1: the header is &quot;%1&quot;, expected &quot;%2&quot;.</source>
        <translation>Ligne 1&#xa0;: l’en-tête est «&#xa0;%1&#xa0;», attendu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line %1: %2 fields, expected %3.</source>
        <translation>Ligne %1&#xa0;: %2 champs, %3 attendus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line %1, column %2: &quot;%3&quot; is not %4.</source>
        <translation>Ligne %1, colonne %2&#xa0;: «&#xa0;%3&#xa0;» n’est pas %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a date (%1)</source>
        <translation>une date (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a date and time (%1)</source>
        <translation>une date et une heure (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a non-empty text</source>
        <translation>un texte non vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an allowed code (%1)</source>
        <translation>un code autorisé (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a number with %1 decimals and &quot;%2&quot; as decimal mark</source>
        <translation>un nombre à %1 décimales avec «&#xa0;%2&#xa0;» comme séparateur décimal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line %1: the label of %2 is &quot;%3&quot;, the schema says &quot;%4&quot;.</source>
        <translation>Ligne %1&#xa0;: le libellé de %2 est «&#xa0;%3&#xa0;», le schéma indique «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line %1, column %2: the value is negative.</source>
        <translation>Ligne %1, colonne %2&#xa0;: la valeur est négative.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 (%2): %3 = %4, but %5 add up to %6.</source>
        <translation>Ligne %1 (%2)&#xa0;: %3 = %4, mais %5 font %6.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 to %3): %4 = %5 is more than %6 = %7.</source>
        <translation>%1 (du %2 au %3)&#xa0;: %4 = %5 dépasse %6 = %7.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: the period starts after it ends (%2 &gt; %3).</source>
        <translation>Ligne %1&#xa0;: la période commence après sa fin (%2 &gt; %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has no data line.</source>
        <translation>Le fichier n’a aucune ligne de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period %1 to %2: the codes are %3, expected %4 in that order.</source>
        <translation>Période du %1 au %2&#xa0;: les codes sont %3, attendus %4 dans cet ordre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The periods %1 to %2 and %3 to %4 overlap.</source>
        <translation>Les périodes du %1 au %2 et du %3 au %4 se chevauchent.</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../core/portability/exportreport.cpp" line="+299"/>
        <source>%1, received</source>
        <translation>%1, reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reused</source>
        <translation>réemployé</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2, made on %3 UTC</source>
        <translation>Du %1 au %2, établi le %3 (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No activity recorded, made on %1 UTC</source>
        <translation>Aucune activité enregistrée, établi le %1 (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover (sales)</source>
        <translation>Chiffre d’affaires (ventes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+71"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+70"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+32"/>
        <location line="+3"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Reused (sold and given)</source>
        <translation>Réemployé (vendu et donné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+3"/>
        <source>Reuse rate</source>
        <translation>Taux de réemploi</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cash sessions closed</source>
        <translation>Sessions de caisse clôturées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions beyond their variance threshold</source>
        <translation>Sessions au-delà de leur seuil d’écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variances (sum)</source>
        <translation>Écarts (somme)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turnover per year</source>
        <translation>Chiffre d’affaires par année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turnover per month</source>
        <translation>Chiffre d’affaires par mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tickets per year</source>
        <translation>Tickets par année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets per month</source>
        <translation>Tickets par mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average basket per year</source>
        <translation>Panier moyen par année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average basket per month</source>
        <translation>Panier moyen par mois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kilograms received and reused per EEE category</source>
        <translation>Kilogrammes reçus et réemployés par catégorie EEE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EEE category</source>
        <translation>Catégorie EEE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Reused</source>
        <translation>Réemployé</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kilograms received and reused per category</source>
        <translation>Kilogrammes reçus et réemployés par catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash sessions closed per year</source>
        <translation>Sessions de caisse clôturées par année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash sessions closed per month</source>
        <translation>Sessions de caisse clôturées par mois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sessions beyond their variance threshold (the newest %1)</source>
        <translation>Sessions au-delà de leur seuil d’écart (les %1 plus récentes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turnover</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variances</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: activity report, page %2 of %3</source>
        <translation>%1&#xa0;: rapport d’activité, page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>ExportSchedules</name>
    <message>
        <location filename="../core/exports/exportschedule.cpp" line="+83"/>
        <source>Unknown period &quot;%1&quot;: day, week, month, quarter or year.</source>
        <translation>Période «&#xa0;%1&#xa0;» inconnue&#xa0;: day, week, month, quarter ou year.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time of the run is not valid (HH:MM).</source>
        <translation>L’heure d’exécution n’est pas valide (HH:MM).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A weekly run needs a day from 1 (Monday) to 7 (Sunday).</source>
        <translation>Une exécution hebdomadaire demande un jour de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day of the month must be 1 to 31.</source>
        <translation>Le jour du mois doit être entre 1 et 31.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This schedule never runs.</source>
        <translation>Cette programmation ne s’exécute jamais.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown period &quot;%1&quot;.</source>
        <translation>Période «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>daily at %1</source>
        <translation>chaque jour à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly on %1 at %2</source>
        <translation>chaque semaine le %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly on day %1 at %2</source>
        <translation>chaque mois le %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly on day %1 at %2</source>
        <translation>chaque trimestre le %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cron &quot;%1&quot;</source>
        <translation>cron «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There is no schedule number %1.</source>
        <translation>Il n’y a pas de programmation numéro %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 scheduled run(s) were missed while the computer was off; only the latest period is exported.</source>
        <translation>%1 exécution(s) programmée(s) manquée(s) pendant que l’ordinateur était éteint&#xa0;; seule la dernière période est exportée.</translation>
    </message>
</context>
<context>
    <name>FileReceiptPrinter</name>
    <message>
        <location filename="../core/receiptprinter.cpp" line="+228"/>
        <source>Cannot open the receipt printer %1: %2</source>
        <translation>Impossible d’ouvrir l’imprimante de tickets %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+16"/>
        <source>Cannot write to the receipt printer %1: %2</source>
        <translation>Impossible d’écrire sur l’imprimante de tickets %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FiscalArchive</name>
    <message>
        <location filename="../core/fiscalarchive.cpp" line="+83"/>
        <source>The archive could not be assembled.</source>
        <translation>L’archive n’a pas pu être assemblée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>it is not a ReCaisse fiscal archive</source>
        <translation>ce n’est pas une archive fiscale ReCaisse</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>it holds more than its parts</source>
        <translation>elle contient plus que ses parties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a part cannot be read</source>
        <translation>une partie est illisible</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not written as ReCaisse writes it</source>
        <translation>pas écrite comme ReCaisse l’écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content does not match its hash</source>
        <translation>son contenu ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chained to the line before</source>
        <translation>pas chaînée à la ligne précédente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not end with a whole line</source>
        <translation>%1 ne se termine pas par une ligne complète</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The period of the archive is not valid: give a first and a last day.</source>
        <translation>La période de l’archive n’est pas valable&#xa0;: donnez un premier et un dernier jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 already exists.</source>
        <translation>Le fichier %1 existe déjà.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Document %1 is of an unknown kind.</source>
        <translation>Le document %1 est d’un type inconnu.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The archive could not be written to %1: %2</source>
        <translation>L’archive n’a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too big to be a fiscal archive.</source>
        <translation>%1 est trop gros pour être une archive fiscale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not hold the parts of a fiscal archive.</source>
        <translation>%1 ne contient pas les parties d’une archive fiscale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was changed: its bytes are not those ReCaisse wrote.</source>
        <translation>%1 a été modifié&#xa0;: ses octets ne sont pas ceux que ReCaisse a écrits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest of %1 is not the one its checksum describes.</source>
        <translation>Le manifeste de %1 n’est pas celui que décrit son empreinte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>The manifest of %1 is not valid.</source>
        <translation>Le manifeste de %1 n’est pas valable.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The signature of %1 is missing or does not match its manifest.</source>
        <translation>La signature de %1 manque ou ne correspond pas à son manifeste.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The manifest of %1 gives no valid period.</source>
        <translation>Le manifeste de %1 ne donne pas de période valable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest of %1 does not list its parts.</source>
        <translation>Le manifeste de %1 ne liste pas ses parties.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in %2 is not the one its manifest describes.</source>
        <translation>%1 dans %2 n’est pas celui que décrit son manifeste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a document of another station</source>
        <translation>un document d’un autre poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a document of %1, outside the period</source>
        <translation>un document du %1, hors de la période</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a closing</source>
        <translation>pas une clôture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds a closing that is not among the documents.</source>
        <translation>%1 contient une clôture absente des documents.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an event of another station</source>
        <translation>un événement d’un autre poste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The documents of %1 do not end where its manifest says.</source>
        <translation>Les documents de %1 ne s’arrêtent pas là où le dit son manifeste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit events of %1 do not end where its manifest says.</source>
        <translation>Les événements d’audit de %1 ne s’arrêtent pas là où le dit son manifeste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The archive is not signed.</source>
        <translation>L’archive n’est pas signée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The archive is signed by a key (%1) that station %2 of this shop never had.</source>
        <translation>L’archive est signée par une clé (%1) que le poste %2 de cette boutique n’a jamais eue.</translation>
    </message>
</context>
<context>
    <name>FormRow</name>
    <message>
        <location filename="../ui/common/formrow.cpp" line="+29"/>
        <source>Back (%1)</source>
        <translation>Retour (%1)</translation>
    </message>
</context>
<context>
    <name>FullExport</name>
    <message>
        <location filename="../core/portability/fullexport.cpp" line="+261"/>
        <source>The export cannot write %1 in %2.</source>
        <translation>L’export ne peut pas écrire %1 dans %2.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+285"/>
        <location line="+148"/>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>The export refuses to write the secret column %1.%2.</source>
        <translation>L’export refuse d’écrire la colonne secrète %1.%2.</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>The shop has no site %1.</source>
        <translation>Le magasin n’a pas de site %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DEMONSTRATION</source>
        <translation>DÉMONSTRATION</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>%1 may not export the shop&apos;s data (administrators and supervisors of the site only).</source>
        <translation>%1 ne peut pas exporter les données du magasin (réservé aux administrateurs et superviseurs du site).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The export cannot be moved to %1.</source>
        <translation>L’export ne peut pas être déplacé vers %1.</translation>
    </message>
</context>
<context>
    <name>FullImport</name>
    <message>
        <location filename="../core/portability/fullimport.cpp" line="+69"/>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is truncated or damaged (%1)</source>
        <translation>le fichier est tronqué ou abîmé (%1)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>a record is larger than %1 MB</source>
        <translation>un enregistrement dépasse %1 Mo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a file is larger than its manifest says</source>
        <translation>un fichier est plus grand que ce qu’annonce son manifeste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its files are larger than %1 GB in all</source>
        <translation>ses fichiers dépassent %1 Go au total</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a ZIP file of a ReCaisse export</source>
        <translation>ce n’est pas le fichier ZIP d’un export de ReCaisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its first file is not manifest.json</source>
        <translation>son premier fichier n’est pas manifest.json</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>its manifest is too large</source>
        <translation>son manifeste est trop grand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its manifest is not valid JSON</source>
        <translation>son manifeste n’est pas du JSON valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a ReCaisse full export</source>
        <translation>ce n’est pas un export complet de ReCaisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was made by a newer ReCaisse (format %1; this one reads up to %2): update ReCaisse first</source>
        <translation>il vient d’une version plus récente de ReCaisse (format %1 ; celle-ci lit jusqu’au format %2) : mettez d’abord ReCaisse à jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its manifest has no format version</source>
        <translation>son manifeste n’a pas de version de format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest lists no file or too many</source>
        <translation>son manifeste ne cite aucun fichier ou en cite trop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists a file named &quot;%1&quot;</source>
        <translation>son manifeste cite un fichier nommé « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is declared larger than %2 GB</source>
        <translation>%1 est annoncé plus grand que %2 Go</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest has no SHA-256 for %1</source>
        <translation>son manifeste n’a pas d’empreinte SHA-256 pour %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.json is missing</source>
        <translation>%1.json manque</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>sites.json: field %1 is missing</source>
        <translation>sites.json : le champ %1 manque</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sites.json: unknown field %1</source>
        <translation>sites.json : champ inconnu %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: unknown field %2</source>
        <translation>%1 : champ inconnu %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <location line="+13"/>
        <source>%1: field %2 is missing</source>
        <translation>%1 : le champ %2 manque</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1.json, record %2</source>
        <translation>%1.json, enregistrement %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sites.json holds more than one site</source>
        <translation>sites.json contient plus d’un site</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sites.json must come first and hold the site</source>
        <translation>sites.json doit venir en premier et contenir le site</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: belongs to another site</source>
        <translation>%1 : appartient à un autre site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: names a station the export does not hold</source>
        <translation>%1 : nomme un poste absent de l’export</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: not a document of kind %2</source>
        <translation>%1 : pas un document de type %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: a row of %2 is not an object</source>
        <translation>%1 : une ligne de %2 n’est pas un objet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 goes on after its end</source>
        <translation>%1 continue après sa fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a list of records</source>
        <translation>%1 n’est pas une liste d’enregistrements</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, record %2: not a JSON object</source>
        <translation>%1, enregistrement %2 : pas un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ends before its last record</source>
        <translation>%1 s’arrête avant son dernier enregistrement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sites.json holds no site</source>
        <translation>sites.json ne contient aucun site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 records where the manifest counts %3</source>
        <translation>%1 : %2 enregistrements alors que le manifeste en compte %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the export has no administrator named %1</source>
        <translation>l’export n’a pas d’administrateur nommé %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>its documents do not pass the integrity check: %1</source>
        <translation>ses documents ne passent pas la vérification d’intégrité : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it cannot be opened (%1)</source>
        <translation>il ne peut pas être ouvert (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it holds too many files</source>
        <translation>il contient trop de fichiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds an unsafe name &quot;%1&quot;</source>
        <translation>il contient un nom dangereux « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a regular file (a link or a folder)</source>
        <translation>« %1 » n’est pas un fichier ordinaire (un lien ou un dossier)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds &quot;%1&quot;, which its manifest does not list</source>
        <translation>il contient « %1 », que son manifeste ne cite pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is declared %2 bytes where the manifest says %3</source>
        <translation>%1 annonce %2 octets alors que le manifeste en indique %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its files are not in the export&apos;s order</source>
        <translation>ses fichiers ne sont pas dans l’ordre de l’export</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 does not match its SHA-256 in the manifest (altered or truncated)</source>
        <translation>%1 ne correspond pas à son empreinte SHA-256 du manifeste (modifié ou tronqué)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files of its manifest are missing</source>
        <translation>des fichiers de son manifeste manquent</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already exists: the import makes a new database.</source>
        <translation>%1 existe déjà : l’import crée une nouvelle base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The imported database cannot be moved to %1.</source>
        <translation>La base importée ne peut pas être déplacée vers %1.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <location filename="../core/admin/health.cpp" line="+72"/>
        <source>%1: %2 (since %3, %n failure(s)). Check that it is switched on and plugged in, then test it on the Devices page.</source>
        <translation>
            <numerusform>%1&#xa0;: %2 (depuis le %3, %n échec). Vérifiez qu’il est allumé et branché, puis faites un essai dans la page Périphériques.</numerusform>
            <numerusform>%1&#xa0;: %2 (depuis le %3, %n échecs). Vérifiez qu’il est allumé et branché, puis faites un essai dans la page Périphériques.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is almost full: free some space (delete old downloads, empty the recycle bin) before ReCaisse can no longer save sales.</source>
        <translation>Le disque est presque plein&#xa0;: libérez de la place (anciens téléchargements, corbeille) avant que ReCaisse ne puisse plus enregistrer les ventes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup of %1 failed: %2</source>
        <translation>La sauvegarde du %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup has been made yet: check the synchronisation settings.</source>
        <translation>Aucune sauvegarde n’a encore été faite&#xa0;: vérifiez les réglages de synchronisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last backup is %n day(s) old: check that this PC reaches the kDrive.</source>
        <translation>
            <numerusform>La dernière sauvegarde date de %n jour&#xa0;: vérifiez que ce PC atteint le kDrive.</numerusform>
            <numerusform>La dernière sauvegarde date de %n jours&#xa0;: vérifiez que ce PC atteint le kDrive.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station has never synchronised: the other stations&apos; figures are missing.</source>
        <translation>Ce poste ne s’est jamais synchronisé&#xa0;: les chiffres des autres postes manquent.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No successful synchronisation for more than %n hour(s): check the internet connection and the kDrive password.</source>
        <translation>
            <numerusform>Aucune synchronisation réussie depuis plus de %n heure&#xa0;: vérifiez la connexion internet et le mot de passe kDrive.</numerusform>
            <numerusform>Aucune synchronisation réussie depuis plus de %n heures&#xa0;: vérifiez la connexion internet et le mot de passe kDrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n synchronisation error(s) this week: look at the Synchronisation page.</source>
        <translation>
            <numerusform>%n erreur de synchronisation cette semaine&#xa0;: consultez la page Synchronisation.</numerusform>
            <numerusform>%n erreurs de synchronisation cette semaine&#xa0;: consultez la page Synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n account lock(s) after wrong PINs this week: look at the audit trail (Logins) to see who was locked.</source>
        <translation>
            <numerusform>%n blocage de compte après des codes PIN faux cette semaine&#xa0;: regardez le journal d’audit (Connexions) pour savoir qui a été bloqué.</numerusform>
            <numerusform>%n blocages de compte après des codes PIN faux cette semaine&#xa0;: regardez le journal d’audit (Connexions) pour savoir qui a été bloqué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Many refused actions or wrong PINs this week: look at the audit trail and remind the team of their own PINs.</source>
        <translation>Beaucoup d’actions refusées ou de codes PIN erronés cette semaine&#xa0;: consultez le journal d’audit et rappelez à chacun d’utiliser son propre code.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This PC&apos;s clock is behind its last document (%1): nothing can be recorded. Set the PC&apos;s date and time, then confirm them below.</source>
        <translation>L’horloge de ce PC est en retard sur son dernier document (%1)&#xa0;: rien ne peut être enregistré. Réglez la date et l’heure du PC, puis confirmez-les ci-dessous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n cheque(s) (%1) wait for the bank, the oldest since %2: make a deposit slip on the Cheques page.</source>
        <translation>
            <numerusform>%n chèque (%1) attend la banque depuis le %2 : faites un bordereau de remise sur la page Chèques et comptabilité.</numerusform>
            <numerusform>%n chèques (%1) attendent la banque, le plus ancien depuis le %2 : faites un bordereau de remise sur la page Chèques et comptabilité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n cheque(s) are on two deposit slips (made on two stations at once), for example that of %1: tell the bank only one slip holds it.</source>
        <translation>
            <numerusform>%n chèque figure sur deux bordereaux de remise (faits sur deux postes en même temps), celui de %1 : dites à la banque qu’un seul bordereau le contient.</numerusform>
            <numerusform>%n chèques figurent sur deux bordereaux de remise (faits sur deux postes en même temps), par exemple celui de %1 : dites à la banque qu’un seul bordereau les contient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/common/helptopics.cpp" line="+137"/>
        <source>Help (%1)</source>
        <translation>Aide (%1)</translation>
    </message>
</context>
<context>
    <name>HomeCollections</name>
    <message>
        <location filename="../core/homecollections.cpp" line="+71"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no home collection number %1 on this station.</source>
        <translation>Il n’y a pas de collecte à domicile numéro %1 sur ce poste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A home collection is planned from today to a year ahead.</source>
        <translation>Une collecte à domicile se prévoit d’aujourd’hui à un an au plus tard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the pickup&apos;s address (1 to %1 characters).</source>
        <translation>Donnez l’adresse de la collecte (de 1 à %1 caractères).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a contact for the pickup, such as a name and a phone number (1 to %1 characters).</source>
        <translation>Donnez un contact pour la collecte, par exemple un nom et un numéro de téléphone (de 1 à %1 caractères).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note is too long (at most %1 characters).</source>
        <translation>La note est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The home collection %1 is already done (deposit %2).</source>
        <translation>La collecte à domicile %1 est déjà faite (dépôt %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The home collection %1 was cancelled: plan a new one.</source>
        <translation>La collecte à domicile %1 a été annulée : prévoyez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The home collection %1 was closed meanwhile.</source>
        <translation>La collecte à domicile %1 a été close entre-temps.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Home collection %1</source>
        <translation>Collecte à domicile %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Home collection slip no. %1</source>
        <translation>Bordereau de collecte à domicile n° %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objects collected</source>
        <translation>Objets collectés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category or description</source>
        <translation>Catégorie ou description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The donor gives these objects to the association, free of charge.</source>
        <translation>Le donateur donne ces objets à l’association, à titre gratuit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor&apos;s signature</source>
        <translation>Signature du donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team&apos;s signature</source>
        <translation>Signature de l’équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address and the contact are erased from ReCaisse once the pickup is done.</source>
        <translation>L’adresse et le contact sont effacés de ReCaisse une fois la collecte faite.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../core/integrity.cpp" line="+30"/>
        <source>The verification cannot read %1: %2</source>
        <translation>La vérification ne peut pas lire %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <location line="+77"/>
        <source>the documents</source>
        <translation>les documents</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: dated %2, before the document it follows (%3)</source>
        <translation>%1&#xa0;: daté du %2, avant le document qu’il suit (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: of business day %2, before the document it follows (%3)</source>
        <translation>%1&#xa0;: de la journée du %2, avant le document qu’il suit (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: sequence %2 follows %3 (documents are missing)</source>
        <translation>%1&#xa0;: le numéro de séquence %2 suit le %3 (des documents manquent)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: number %2 of series %3 follows %4 (a number is missing)</source>
        <translation>%1&#xa0;: le numéro %2 de la série %3 suit le %4 (un numéro manque)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not chained to the previous document</source>
        <translation>%1&#xa0;: non chaîné au document précédent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown document kind &quot;%2&quot;</source>
        <translation>%1&#xa0;: type de document «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source>%1: its content does not match its hash (altered)</source>
        <translation>%1&#xa0;: son contenu ne correspond pas à son empreinte (document altéré)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>table %1</source>
        <translation>la table %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>table %1: %n row(s) belong to no document</source>
        <translation>
            <numerusform>table %1&#xa0;: %n ligne rattachée à aucun document</numerusform>
            <numerusform>table %1&#xa0;: %n lignes rattachées à aucun document</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>the audit trail</source>
        <translation>le journal d’audit</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>audit event %1 (%2)</source>
        <translation>événement %1 du journal d’audit (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: follows event %2 (events are missing)</source>
        <translation>%1&#xa0;: suit l’événement %2 (des événements manquent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not chained to the previous event</source>
        <translation>%1&#xa0;: non chaîné à l’événement précédent</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>the journal</source>
        <translation>le journal de synchronisation</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>journal entry %1: its %2 %3 is missing</source>
        <translation>entrée %1 du journal de synchronisation&#xa0;: %2 %3 introuvable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>journal of station %1: %2 entries for %3 sequence numbers</source>
        <translation>journal de synchronisation du poste %1&#xa0;: %2 entrées pour %3 numéros de séquence</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: its period is not valid</source>
        <translation>%1&#xa0;: sa période n’est pas valable</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2 is %3 but the documents of %4 to %5 give %6</source>
        <translation>%1&#xa0;: %2 vaut %3 mais les documents du %4 au %5 donnent %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The verification cannot read the schema.</source>
        <translation>La vérification ne peut pas lire le schéma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>schema version %1 is unknown to this program</source>
        <translation>la version de schéma %1 est inconnue de ce programme</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read the new schema</source>
        <translation>impossible de lire le nouveau schéma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The verification cannot build the expected schema: %1</source>
        <translation>La vérification ne peut pas construire le schéma attendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>schema: %1 %2 is missing</source>
        <translation>schéma&#xa0;: %1 %2 manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema: %1 %2 is not the one this version creates</source>
        <translation>schéma&#xa0;: %1 %2 n’est pas celui que crée cette version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema: unexpected %1 %2</source>
        <translation>schéma&#xa0;: %1 %2 inattendu</translation>
    </message>
</context>
<context>
    <name>JoinCodes</name>
    <message>
        <location filename="../core/sync/joinrequest.cpp" line="+303"/>
        <source>Only an administrator can make a join code.</source>
        <translation>Seul un administrateur peut créer un code d’adhésion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join codes are made on an administration station of the shop.</source>
        <translation>Les codes d’adhésion se créent sur un poste d’administration du magasin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A join code is valid from 1 to %1 hours.</source>
        <translation>Un code d’adhésion est valable de 1 à %1 heures.</translation>
    </message>
</context>
<context>
    <name>JoinRequests</name>
    <message>
        <location line="+104"/>
        <source>%1 asks to join, but the shop already has a station %1.</source>
        <translation>%1 demande à rejoindre le magasin, mais le magasin a déjà un poste %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asks to join the shop.</source>
        <translation>%1 demande à rejoindre le magasin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asks to join with an expired join code.</source>
        <translation>%1 demande à rejoindre le magasin avec un code d’adhésion expiré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks to join with a join code already used.</source>
        <translation>%1 demande à rejoindre le magasin avec un code d’adhésion déjà utilisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 asks to join with a code this station did not make.</source>
        <translation>%1 demande à rejoindre le magasin avec un code que ce poste n’a pas créé.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The drive&apos;s join folder holds more than %1 entries: no request is read. Empty the folder join/ on the drive, then ask the stations that wait to post their request again.</source>
        <translation>Le dossier join/ du kDrive contient plus de %1 éléments&#xa0;: aucune demande n’est lue. Videz le dossier join/ du kDrive, puis demandez aux postes en attente d’envoyer à nouveau leur demande.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Refused %1 from the drive: larger than a join request (%2 bytes at most).</source>
        <translation>Refusé depuis le kDrive&#xa0;: %1, plus grand qu’une demande pour rejoindre la boutique (%2 octets au plus).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No station %1 is waiting to join.</source>
        <translation>Aucun poste %1 n’attend de rejoindre le magasin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator can approve a station.</source>
        <translation>Seul un administrateur peut approuver un poste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>Stations are approved on an administration station of the shop.</source>
        <translation>Les postes s’approuvent sur un poste d’administration du magasin.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>This station does not hold the shop&apos;s key: it cannot approve a station.</source>
        <translation>Ce poste n’a pas la clé du magasin&#xa0;: il ne peut pas approuver de poste.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Only an administrator can refuse a station.</source>
        <translation>Seul un administrateur peut refuser un poste.</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>%1 asks to be restored on a new computer, but %1 is this station: restore it from another administration station.</source>
        <translation>%1 demande à être restauré sur un nouvel ordinateur, mais %1 est ce poste&#xa0;: restaurez-le depuis un autre poste d’administration.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The request of %1 carries the identity or the keys of a station the shop already has: it cannot be approved. Refuse it.</source>
        <translation>La demande de %1 porte l’identité ou les clés d’un poste que le magasin a déjà&#xa0;: elle ne peut pas être approuvée. Refusez-la.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 asks to be restored on a new computer, but station %1 was revoked: it can only join as a new station.</source>
        <translation>%1 demande à être restauré sur un nouvel ordinateur, mais le poste %1 a été révoqué&#xa0;: il ne peut rejoindre le magasin que comme nouveau poste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asks to be restored on a new computer, but the shop has no station %1.</source>
        <translation>%1 demande à être restauré sur un nouvel ordinateur, mais le magasin n’a pas de poste %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asks to be restored on a new computer: the keys of the lost %1 will no longer be accepted.</source>
        <translation>%1 demande à être restauré sur un nouvel ordinateur&#xa0;: les clés du %1 perdu ne seront plus acceptées.</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>The shop has no station %1 to restore.</source>
        <translation>Le magasin n’a pas de poste %1 à restaurer.</translation>
    </message>
</context>
<context>
    <name>JoiningStation</name>
    <message>
        <location line="+69"/>
        <source>The approval of this station&apos;s request on the drive is damaged or forged.</source>
        <translation>L’approbation de la demande de ce poste, sur le kDrive, est abîmée ou falsifiée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An administrator refused this station&apos;s request to join.</source>
        <translation>Un administrateur a refusé la demande de ce poste.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The approval on the drive was not made for this station&apos;s request: it is ignored.</source>
        <translation>L’approbation trouvée sur le kDrive n’a pas été faite pour la demande de ce poste&#xa0;: elle est ignorée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The approval was not signed by an administration station of the shop: this station is not joined.</source>
        <translation>L’approbation n’a pas été signée par un poste d’administration du magasin&#xa0;: ce poste n’a pas rejoint le magasin.</translation>
    </message>
    <message>
        <location filename="../core/sync/joinshop.cpp" line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A join code has 10 letters and digits, like ABCDE-FGHJK: ask an administrator for one.</source>
        <translation>Un code d’adhésion a 10 lettres et chiffres, comme ABCDE-FGHJK&#xa0;: demandez-en un à un administrateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer already asked to join as %1: use that code, or delete %2 to start again.</source>
        <translation>Cet ordinateur a déjà demandé à rejoindre le magasin comme %1&#xa0;: gardez ce code de poste, ou supprimez %2 pour recommencer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer asked to restore %1, not to join as a new station: restore it, or delete %2 to start again.</source>
        <translation>Cet ordinateur a demandé à restaurer %1, pas à rejoindre le magasin comme nouveau poste&#xa0;: restaurez-le, ou supprimez %2 pour recommencer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer asked to join as a new station %1, not to restore it: join, or delete %2 to start again.</source>
        <translation>Cet ordinateur a demandé à rejoindre le magasin comme nouveau poste %1, pas à le restaurer&#xa0;: rejoignez le magasin, ou supprimez %2 pour recommencer.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This computer&apos;s approval is to join as a new station, not to restore one.</source>
        <translation>L’approbation de cet ordinateur est une adhésion comme nouveau poste, pas une restauration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The approval was not signed by an administration station of the shop: nothing is restored.</source>
        <translation>L’approbation n’a pas été signée par un poste d’administration du magasin&#xa0;: rien n’est restauré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The approval on the drive is for another station than %1: nothing is restored.</source>
        <translation>L’approbation trouvée sur le kDrive concerne un autre poste que %1&#xa0;: rien n’est restauré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station %1 was revoked: it cannot be restored. Join the shop as a new station.</source>
        <translation>Le poste %1 a été révoqué&#xa0;: il ne peut pas être restauré. Faites adhérer un nouveau poste au magasin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shop&apos;s configuration on the drive does not give station %1 this computer&apos;s keys (yet): sync the approving station, then run the restore again.</source>
        <translation>La configuration du magasin sur le kDrive ne donne pas (encore) les clés de cet ordinateur au poste %1&#xa0;: synchronisez le poste qui a approuvé, puis relancez la restauration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Station %1 was already restored with this approval: ask an administrator for a new join code to restore it again.</source>
        <translation>Le poste %1 a déjà été restauré avec cette approbation&#xa0;: demandez un nouveau code d’adhésion à un administrateur pour le restaurer à nouveau.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The backup on the drive is not station %1 of this shop.</source>
        <translation>La sauvegarde trouvée sur le kDrive n’est pas celle du poste %1 de ce magasin.</translation>
    </message>
</context>
<context>
    <name>JournalApplier</name>
    <message>
        <location filename="../core/sync/journalrecords.cpp" line="+421"/>
        <source>A journal record of station %1 is not valid JSON.</source>
        <translation>Un enregistrement du journal du poste %1 n’est pas du JSON valable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal record %1 of station %2 has an unknown type.</source>
        <translation>L’enregistrement %1 du poste %2 est d’un type inconnu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Journal record %1 does not belong to station %2.</source>
        <translation>L’enregistrement %1 n’appartient pas au poste %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Journal record %1 of station %2 differs from the one already received.</source>
        <translation>L’enregistrement %1 du poste %2 diffère de celui déjà reçu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Journal record %1 of station %2 arrived before record %3.</source>
        <translation>L’enregistrement %1 du poste %2 est arrivé avant l’enregistrement %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record %1 of station %2 does not follow the previous one in its chain.</source>
        <translation>L’enregistrement %1 du poste %2 ne suit pas le précédent dans sa chaîne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record %1 of station %2 is of an unknown kind.</source>
        <translation>L’enregistrement %1 du poste %2 est d’une sorte inconnue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record %1 of station %2 has a canonical form unknown to this version: update ReCaisse.</source>
        <translation>L’enregistrement %1 du poste %2 a une forme canonique inconnue de cette version : mettez ReCaisse à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>Record %1 of station %2 was altered: its hash does not match.</source>
        <translation>L’enregistrement %1 du poste %2 a été modifié&#xa0;: son empreinte ne correspond pas.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Record %1 of station %2 has no main row.</source>
        <translation>L’enregistrement %1 du poste %2 n’a pas de ligne principale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record %1 of station %2 names an unknown table.</source>
        <translation>L’enregistrement %1 du poste %2 nomme une table inconnue.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Record %1 of station %2 has a row that does not match its canonical form.</source>
        <translation>L’enregistrement %1 du poste %2 contient une ligne qui ne correspond pas à sa forme canonique.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record %1 of station %2 has an unknown column.</source>
        <translation>L’enregistrement %1 du poste %2 contient une colonne inconnue.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Document %1 does not carry the station&apos;s code.</source>
        <translation>Le document %1 ne porte pas le code du poste.</translation>
    </message>
</context>
<context>
    <name>JournalReader</name>
    <message>
        <location line="-189"/>
        <source>The journal of station %1 has a gap between %2 and %3.</source>
        <translation>Le journal du poste %1 a un trou entre %2 et %3.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Journal entry %1 of station %2 points to a missing document.</source>
        <translation>L’entrée %1 du journal du poste %2 désigne un document absent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document %1 has canonical form %2, unknown to this version.</source>
        <translation>Le document %1 a la forme canonique %2, inconnue de cette version.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Journal entry %1 of station %2 points to a missing audit event.</source>
        <translation>L’entrée %1 du journal du poste %2 désigne un événement d’audit absent.</translation>
    </message>
</context>
<context>
    <name>KpiPdf</name>
    <message>
        <location filename="../core/mail/kpipdf.cpp" line="+76"/>
        <source>A PDF report needs the fonts of a graphical application; this program has none.</source>
        <translation>Un rapport PDF a besoin des polices d’une application graphique&#xa0;; ce programme n’en a pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: key figures</source>
        <translation>%1&#xa0;: chiffres clés</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+103"/>
        <source>The PDF report could not be drawn.</source>
        <translation>Le rapport PDF n’a pas pu être dessiné.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kilograms</source>
        <translation>Kilos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Takings (€)</source>
        <translation>Recettes (€)</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app/main.cpp" line="+76"/>
        <source>ReCaisse, the till and back office of a ressourcerie.</source>
        <translation>ReCaisse, la caisse et le back-office d’une ressourcerie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the version, the commit and the Qt version, then exit.</source>
        <translation>Affiche la version, la révision et la version de Qt, puis quitte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this station database.</source>
        <translation>Ouvrir cette base de données de poste.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo shop, even if a station exists.</source>
        <translation>Ouvrir le magasin de démonstration, même si un poste existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render every screen into this folder as PNG files, then exit.</source>
        <translation>Enregistrer chaque écran dans ce dossier en PNG, puis quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the screenshots in pixels (default 1366x768).</source>
        <translation>Taille des captures en pixels (1366x768 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WIDTHxHEIGHT</source>
        <translation>LARGEURxHAUTEUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the interface: fr (default) or en.</source>
        <translation>Langue de l’interface&#xa0;: fr (par défaut) ou en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the on-screen keyboard for every text field, whatever the station setting.</source>
        <translation>Afficher le clavier à l’écran pour chaque champ de texte, quel que soit le réglage du poste.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Could not move the demo shop to %1.</source>
        <translation>Impossible de déplacer le magasin de démonstration vers %1.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Give the screenshot size as WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>Donnez la taille des captures sous la forme LARGEURxHAUTEUR, par exemple 1920x1080.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown language %1: use fr or en.</source>
        <translation>Langue inconnue %1&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+113"/>
        <source>ReCaisse</source>
        <translation>ReCaisse</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Cannot copy %1 for the screenshots.</source>
        <translation>Impossible de copier %1 pour les captures d’écran.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Preparing the demo shop…</source>
        <translation>Préparation du magasin de démonstration…</translation>
    </message>
</context>
<context>
    <name>MailAccount</name>
    <message>
        <location filename="../core/mail/mailaccount.cpp" line="+37"/>
        <source>The mail server&apos;s name is not valid (for example smtp.example.org).</source>
        <translation>Le nom du serveur de messagerie n’est pas valide (par exemple smtp.example.org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail account&apos;s user is not valid.</source>
        <translation>L’utilisateur du compte de messagerie n’est pas valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate authority file %1 does not exist.</source>
        <translation>Le fichier d’autorités de certification %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mail password is not in this computer&apos;s keychain: type it again.</source>
        <translation>Le mot de passe de la messagerie n’est pas dans le trousseau de cet ordinateur : tapez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only an administrator can change the mail account.</source>
        <translation>Seul un administrateur peut modifier le compte de messagerie.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Type the password of the mail account.</source>
        <translation>Saisissez le mot de passe du compte de messagerie.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No mail account is set up: reports cannot be sent by e-mail.</source>
        <translation>Aucun compte de messagerie n’est configuré : les rapports ne peuvent pas être envoyés par e-mail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail password is not in this computer&apos;s keychain: enter it again in the mail settings.</source>
        <translation>Le mot de passe de messagerie n’est pas dans le trousseau de cet ordinateur : saisissez-le à nouveau dans les réglages de messagerie.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>The mail server, port, security, user and sender are set on an administration station and reach this one with the shop&apos;s configuration. Only the password is kept on this station.</source>
        <translation>Le serveur de messagerie, le port, la sécurité, l’utilisateur et l’expéditeur se règlent sur un poste d’administration et arrivent sur celui-ci avec la configuration du magasin. Seul le mot de passe est gardé sur ce poste.</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <location filename="../core/mail/mimemessage.cpp" line="+74"/>
        <source>&quot;%1&quot; is not a valid e-mail address (expected name@domain).</source>
        <translation>« %1 » n’est pas une adresse e-mail valide (attendu : nom@domaine).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give at least one recipient&apos;s e-mail address.</source>
        <translation>Indiquez l’adresse e-mail d’au moins un destinataire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 50 recipients.</source>
        <translation>50 destinataires au plus.</translation>
    </message>
</context>
<context>
    <name>MaintenanceAdvice</name>
    <message>
        <location filename="../core/admin/maintenance.cpp" line="+17"/>
        <source>%1 GB</source>
        <translation>%1&#xa0;Go</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1&#xa0;Ko</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database %1, %2 more in 30 days; %3 free</source>
        <translation>Base de %1, %2 de plus en 30 jours ; %3 libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The free space could not be read: check the disk in the system&apos;s settings.</source>
        <translation>L’espace libre n’a pas pu être lu : vérifiez le disque dans les paramètres du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database does not grow: nothing to do.</source>
        <translation>La base ne grossit pas : rien à faire.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At this pace the disk is full in about %n day(s): free some space now (old downloads, the recycle bin) or plan a larger disk.</source>
        <translation>
            <numerusform>À ce rythme, le disque est plein dans environ %n jour : libérez de la place maintenant (anciens téléchargements, corbeille) ou prévoyez un disque plus grand.</numerusform>
            <numerusform>À ce rythme, le disque est plein dans environ %n jours : libérez de la place maintenant (anciens téléchargements, corbeille) ou prévoyez un disque plus grand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>At this pace the disk is full in about %n day(s): plan to free some space in the coming weeks.</source>
        <translation>
            <numerusform>À ce rythme, le disque est plein dans environ %n jour : prévoyez de libérer de la place dans les semaines qui viennent.</numerusform>
            <numerusform>À ce rythme, le disque est plein dans environ %n jours : prévoyez de libérer de la place dans les semaines qui viennent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At this pace the disk lasts more than %n day(s): nothing to do.</source>
        <translation>
            <numerusform>À ce rythme, le disque tient plus de %n jour : rien à faire.</numerusform>
            <numerusform>À ce rythme, le disque tient plus de %n jours : rien à faire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No backup was ever made: set up the synchronisation, then make a backup from its page.</source>
        <translation>Aucune sauvegarde n’a jamais été faite : réglez la synchronisation, puis faites une sauvegarde depuis sa page.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+44"/>
        <source>last one %1</source>
        <translation>la dernière %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Backups have stopped: check that this PC reaches the drive, then make a backup from the synchronisation page.</source>
        <translation>Les sauvegardes se sont arrêtées : vérifiez que ce PC atteint le kDrive, puis faites une sauvegarde depuis la page Synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup since yesterday: leave the PC on and connected at the end of the day.</source>
        <translation>Pas de sauvegarde depuis hier : laissez le PC allumé et connecté en fin de journée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups are up to date: nothing to do.</source>
        <translation>Les sauvegardes sont à jour : rien à faire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronisation %1</source>
        <translation>Synchronisation %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station has never synchronised: set up the synchronisation.</source>
        <translation>Ce poste ne s’est jamais synchronisé : réglez la synchronisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this station has arrived yet: check that it is switched on and synchronises.</source>
        <translation>Rien de ce poste n’est encore arrivé : vérifiez qu’il est allumé et qu’il se synchronise.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>last synchronisation %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data received %1</source>
        <translation>données reçues %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This station no longer synchronises: check the internet connection and the drive&apos;s password.</source>
        <translation>Ce poste ne se synchronise plus : vérifiez la connexion internet et le mot de passe du kDrive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station has been silent for days: check that it is switched on and connected, or withdraw it if it is no longer used.</source>
        <translation>Ce poste est silencieux depuis des jours : vérifiez qu’il est allumé et connecté, ou retirez-le s’il ne sert plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not synchronised since yesterday: check its connection if it was used today.</source>
        <translation>Pas synchronisé depuis hier : vérifiez sa connexion s’il a servi aujourd’hui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date: nothing to do.</source>
        <translation>À jour : rien à faire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no error</source>
        <translation>aucune erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failure(s) since %1</source>
        <translation>
            <numerusform>%n échec depuis %1</numerusform>
            <numerusform>%n échecs depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the paper roll, the cable and that the printer is switched on, then print a test from the Devices page.</source>
        <translation>Vérifiez le rouleau de papier, le câble et que l’imprimante est allumée, puis imprimez un ticket de test depuis la page Périphériques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity check</source>
        <translation>Contrôle d’intégrité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the integrity check once a month from the audit trail page: it proves that no sale was changed.</source>
        <translation>Lancez le contrôle d’intégrité une fois par mois depuis la page Journal d’audit : il prouve qu’aucune vente n’a été modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than a month ago: run it again from the audit trail page.</source>
        <translation>Il y a plus d’un mois : relancez-le depuis la page Journal d’audit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked this month: nothing to do.</source>
        <translation>Contrôlé ce mois-ci : rien à faire.</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <location filename="../core/members.cpp" line="+64"/>
        <source>Type the member&apos;s name.</source>
        <translation>Tapez le nom de l’adhérent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Le nom est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact is too long (at most %1 characters).</source>
        <translation>Le contact est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Unknown member (erased, or never registered).</source>
        <translation>Adhérent inconnu (effacé, ou jamais inscrit).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose the member first.</source>
        <translation>Choisissez d’abord l’adhérent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A membership fee is between 0,01 € and %1.</source>
        <translation>Une cotisation est comprise entre 0,01 € et %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A membership fee is paid in cash, by card or by cheque.</source>
        <translation>Une cotisation se paie en espèces, par carte ou par chèque.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a cash session before receiving a membership fee.</source>
        <translation>Ouvrez la caisse avant de recevoir une cotisation.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>No member is numbered %1.</source>
        <translation>Aucun adhérent ne porte le numéro %1.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>A station&apos;s shared member register is damaged.</source>
        <translation>Le registre des adhérents partagé par un poste est endommagé.</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <location filename="../core/mail/mimemessage.cpp" line="+50"/>
        <source>The message has no recipient.</source>
        <translation>Le message n’a aucun destinataire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachment %1 is %2 KB, above the limit of %3 KB: the message is not sent. Narrow the report&apos;s period or filters.</source>
        <translation>La pièce jointe %1 fait %2 Ko, au-delà de la limite de %3 Ko : le message n’est pas envoyé. Réduisez la période ou les filtres du rapport.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/money.cpp" line="+167"/>
        <source>Enter an amount, for example 12,50</source>
        <translation>Saisissez un montant, par exemple 12,50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid amount &quot;%1&quot;: type it like 12,50</source>
        <translation>Montant «&#xa0;%1&#xa0;» invalide&#xa0;: tapez-le sous la forme 12,50</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid amount &quot;%1&quot;: a negative amount is not allowed here</source>
        <translation>Montant «&#xa0;%1&#xa0;» invalide&#xa0;: un montant négatif n’est pas autorisé ici</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invalid amount &quot;%1&quot;: at most 2 digits after the comma</source>
        <translation>Montant «&#xa0;%1&#xa0;» invalide&#xa0;: 2 chiffres au maximum après la virgule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount &quot;%1&quot; is too large: at most %2</source>
        <translation>Montant «&#xa0;%1&#xa0;» trop élevé&#xa0;: %2 au maximum</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Enter a weight in kg, for example 3,250</source>
        <translation>Saisissez un poids en kg, par exemple 3,250</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid weight &quot;%1&quot;: type it in kg like 3,250</source>
        <translation>Poids «&#xa0;%1&#xa0;» invalide&#xa0;: tapez-le en kg sous la forme 3,250</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Invalid weight &quot;%1&quot;: it must be more than 0 kg</source>
        <translation>Poids «&#xa0;%1&#xa0;» invalide&#xa0;: il doit être supérieur à 0&#xa0;kg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid weight &quot;%1&quot;: at most 3 digits after the comma</source>
        <translation>Poids «&#xa0;%1&#xa0;» invalide&#xa0;: 3 chiffres au maximum après la virgule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight &quot;%1&quot; is too high: at most %2</source>
        <translation>Poids «&#xa0;%1&#xa0;» trop élevé&#xa0;: %2 au maximum</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../core/notify/notifications.cpp" line="+87"/>
        <source>Closing beyond the variance threshold</source>
        <translation>Clôture au-delà du seuil d’écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeated variances</source>
        <translation>Écarts répétés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many refunds in a day</source>
        <translation>Beaucoup de remboursements dans la journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation failing</source>
        <translation>Synchronisation en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recent backup</source>
        <translation>Pas de sauvegarde récente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free disk space low</source>
        <translation>Peu d’espace disque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity check failed</source>
        <translation>Contrôle d’intégrité en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawer opened without a sale</source>
        <translation>Tiroir ouvert sans vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station not heard from</source>
        <translation>Poste silencieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eco-organism declaration failed</source>
        <translation>Déclaration à un éco-organisme en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account locked after wrong PINs</source>
        <translation>Compte bloqué après des codes PIN faux</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The notifications are set on an administration station and reach this one with the shop&apos;s configuration.</source>
        <translation>Les notifications se règlent sur un poste d’administration et arrivent sur celui-ci avec la configuration du magasin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can change the notifications.</source>
        <translation>Seul un administrateur peut modifier les notifications.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Telegram id %1 is not given to anyone of the shop: set it on the users page first.</source>
        <translation>L’identifiant Telegram %1 n’est donné à personne du magasin : donnez-le d’abord sur la page Utilisateurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quiet hours need a start and an end (for example 22:00 to 07:00).</source>
        <translation>Les heures calmes ont un début et une fin (par exemple de 22:00 à 07:00).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeated variances need 2 to 50 closings within 1 to 366 days.</source>
        <translation>Les écarts répétés demandent de 2 à 50 clôtures en 1 à 366 jours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number of refunds must be between 1 and 1000.</source>
        <translation>Le nombre de remboursements doit être entre 1 et 1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number of drawer openings must be between 1 and 1000.</source>
        <translation>Le nombre d’ouvertures du tiroir doit être entre 1 et 1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The free space must be between 1 and %1 MB.</source>
        <translation>L’espace libre doit être entre 1 et %1 Mo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The delay must be between 1 and 720 hours.</source>
        <translation>Le délai doit être entre 1 et 720 heures.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give at least one recipient (a Telegram id or an e-mail address).</source>
        <translation>Donnez au moins un destinataire (un identifiant Telegram ou une adresse e-mail).</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>ReCaisse %1 (%2): </source>
        <translation>ReCaisse %1 (%2) : </translation>
    </message>
    <message>
        <location line="-135"/>
        <source>cash session of %1 closed on %2 with a variance of %3 (threshold %4). Comment: %5</source>
        <translation>session de caisse de %1 clôturée le %2 avec un écart de %3 (seuil %4). Commentaire : %5</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n closing(s) beyond the variance threshold on this register within %1 day(s), the last on %2.</source>
        <translation>
            <numerusform>%n clôture au-delà du seuil d’écart sur cette caisse en %1 jours, la dernière le %2.</numerusform>
            <numerusform>%n clôtures au-delà du seuil d’écart sur cette caisse en %1 jours, la dernière le %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n closing(s) of %1 beyond the variance threshold within %2 day(s), the last on %3.</source>
        <translation>
            <numerusform>%n clôture de %1 au-delà du seuil d’écart en %2 jours, la dernière le %3.</numerusform>
            <numerusform>%n clôtures de %1 au-delà du seuil d’écart en %2 jours, la dernière le %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n refund(s) on %1 (%2 in all), more than the %3 expected in a day.</source>
        <translation>
            <numerusform>%n remboursement le %1 (%2 en tout), plus que les %3 attendus dans une journée.</numerusform>
            <numerusform>%n remboursements le %1 (%2 en tout), plus que les %3 attendus dans une journée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no successful synchronisation since %1. Last error: %2</source>
        <translation>aucune synchronisation réussie depuis le %1. Dernière erreur : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no backup since %1: check the synchronisation.</source>
        <translation>aucune sauvegarde depuis le %1 : vérifiez la synchronisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no backup has ever been made: check the synchronisation.</source>
        <translation>aucune sauvegarde n’a jamais été faite : vérifiez la synchronisation.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>only %1 MB free on the disk of the database (less than %2 MB). Free some space or move the data before the disk is full.</source>
        <translation>seulement %1 Mo libres sur le disque de la base (moins de %2 Mo). Libérez de la place ou déplacez les données avant que le disque soit plein.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>the integrity check of %1 found %n problem(s). See the Audit page and keep the database as it is.</source>
        <translation>
            <numerusform>le contrôle d’intégrité du %1 a trouvé %n problème. Voyez la page Journal d’audit et gardez la base telle quelle.</numerusform>
            <numerusform>le contrôle d’intégrité du %1 a trouvé %n problèmes. Voyez la page Journal d’audit et gardez la base telle quelle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the integrity check of %1 could not read the data: %2</source>
        <translation>le contrôle d’intégrité du %1 n’a pas pu lire les données&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>the cash drawer was opened without a sale %n time(s) on %1, more than the %2 expected in a day.</source>
        <translation>
            <numerusform>le tiroir-caisse a été ouvert sans vente %n fois le %1, plus que les %2 attendues dans une journée.</numerusform>
            <numerusform>le tiroir-caisse a été ouvert sans vente %n fois le %1, plus que les %2 attendues dans une journée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>nothing from the station %1 since %2 (more than %n hour(s)): check that it is on and synchronising.</source>
        <translation>
            <numerusform>rien du poste %1 depuis le %2 (plus de %n heure)&#xa0;: vérifiez qu’il est allumé et qu’il se synchronise.</numerusform>
            <numerusform>rien du poste %1 depuis le %2 (plus de %n heures)&#xa0;: vérifiez qu’il est allumé et qu’il se synchronise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>nothing ever received from the station %1, added on %2 (more than %n hour(s) ago): check that it is on and synchronising.</source>
        <translation>
            <numerusform>rien reçu du poste %1, ajouté le %2 (il y a plus de %n heure)&#xa0;: vérifiez qu’il est allumé et qu’il se synchronise.</numerusform>
            <numerusform>rien reçu du poste %1, ajouté le %2 (il y a plus de %n heures)&#xa0;: vérifiez qu’il est allumé et qu’il se synchronise.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the declaration %1 from %2 to %3 failed on %4: %5</source>
        <translation>la déclaration %1 du %2 au %3 a échoué le %4&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1&apos;s account was locked on %2 for %n minute(s) after wrong PINs (lock %3 since their last login). If it was not them, someone is trying PINs: see the Audit page (Logins).</source>
        <translation>
            <numerusform>le compte de %1 a été bloqué le %2 pour %n minute après des codes PIN faux (blocage %3 depuis sa dernière connexion). Si ce n’était pas cette personne, quelqu’un essaie des codes&#xa0;: voir la page Journal d’audit (Connexions).</numerusform>
            <numerusform>le compte de %1 a été bloqué le %2 pour %n minutes après des codes PIN faux (blocage %3 depuis sa dernière connexion). Si ce n’était pas cette personne, quelqu’un essaie des codes&#xa0;: voir la page Journal d’audit (Connexions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>More than %n event(s) of this type in an hour.</source>
        <translation>
            <numerusform>Plus de %n événement de ce type en une heure.</numerusform>
            <numerusform>Plus de %n événements de ce type en une heure.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No Telegram bot token in this computer&apos;s keychain: set it on the Synchronisation page.</source>
        <translation>Pas de jeton de bot Telegram dans le trousseau de cet ordinateur : réglez-le sur la page Synchronisation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No mail account is set up.</source>
        <translation>Aucun compte de messagerie n’est configuré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This message was sent by ReCaisse; the notifications are set in the administration, page &quot;Notifications&quot;.</source>
        <translation>Ce message a été envoyé par ReCaisse ; les notifications se règlent dans l’administration, page « Notifications ».</translation>
    </message>
</context>
<context>
    <name>NotifyConfig</name>
    <message>
        <location filename="../core/notify/notifyconfig.cpp" line="+23"/>
        <source>The published configuration has invalid notification settings (%1).</source>
        <translation>La configuration publiée contient des réglages de notification invalides (%1).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the Telegram API address</source>
        <translation>l’adresse de l’API Telegram</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>the mail account</source>
        <translation>le compte de messagerie</translation>
    </message>
</context>
<context>
    <name>Outflows</name>
    <message>
        <location filename="../core/outflows.cpp" line="-85"/>
        <source>Recycling</source>
        <translation>Recyclage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waste centre</source>
        <translation>Déchèterie</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The outflow has no line.</source>
        <translation>La sortie n’a aucune ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An outflow has at most %1 lines.</source>
        <translation>Une sortie compte au maximum %1 lignes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is too long (at most %1 characters).</source>
        <translation>La note est trop longue (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>An outflow weighs at most 100 t: split it.</source>
        <translation>Une sortie ne peut pas dépasser 100 t : répartissez-la sur plusieurs sorties.</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Partner association</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eco-organism collection</source>
        <translation>Collecte éco-organisme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Metals</source>
        <translation>Métaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper and cardboard</source>
        <translation>Papier et carton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Textiles</source>
        <translation>Textiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electrical waste (WEEE)</source>
        <translation>Déchets électriques (DEEE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wood</source>
        <translation>Bois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plastics</source>
        <translation>Plastiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glass</source>
        <translation>Verre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed recycling</source>
        <translation>Recyclage en mélange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sorted</source>
        <translation>Non trié</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Name the partner association (1 to %1 characters).</source>
        <translation>Indiquez le nom de l’association partenaire (de 1 à %1 caractères).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown eco-organism &quot;%1&quot;: the known ones are %2.</source>
        <translation>Éco-organisme «&#xa0;%1&#xa0;» inconnu&#xa0;: les éco-organismes connus sont %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an outflow to a partner or an eco-organism names a partner.</source>
        <translation>Seule une sortie vers un partenaire ou un éco-organisme nomme un partenaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an outflow to recycling names a recycling stream.</source>
        <translation>Seule une sortie vers le recyclage nomme une filière de recyclage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown recycling stream &quot;%1&quot;: the known ones are %2.</source>
        <translation>Filière de recyclage «&#xa0;%1&#xa0;» inconnue&#xa0;: les filières connues sont %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Line %1: unknown container &quot;%2&quot;.</source>
        <translation>Ligne %1&#xa0;: contenant «&#xa0;%2&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: the weight must be between 0,001 kg and 10 000 kg.</source>
        <translation>Ligne %1&#xa0;: le poids doit être compris entre 0,001&#xa0;kg et 10&#x202f;000&#xa0;kg.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: the category &quot;%2&quot; is not declared to %3: it cannot go to its collection.</source>
        <translation>Ligne %1&#xa0;: la catégorie «&#xa0;%2&#xa0;» n’est pas déclarée à %3&#xa0;: elle ne peut pas partir à sa collecte.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the weighed weight %1 is not above the tare of the container &quot;%2&quot; (%3).</source>
        <translation>le poids pesé %1 ne dépasse pas la tare du contenant «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message>
        <location filename="../core/admin/overview.cpp" line="+83"/>
        <source>no data yet</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to date just now</source>
        <translation>à jour à l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>up to date %n min ago</source>
        <translation>
            <numerusform>à jour il y a %n&#xa0;min</numerusform>
            <numerusform>à jour il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>up to date %n h ago</source>
        <translation>
            <numerusform>à jour il y a %n&#xa0;h</numerusform>
            <numerusform>à jour il y a %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>up to date %n day(s) ago</source>
        <translation>
            <numerusform>à jour il y a %n jour</numerusform>
            <numerusform>à jour il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed since %1</source>
        <translation>fermée depuis le %1</translation>
    </message>
</context>
<context>
    <name>ParkedTickets</name>
    <message>
        <location filename="../core/parkedtickets.cpp" line="+113"/>
        <source>The ticket has no line to put aside.</source>
        <translation>Le ticket n’a aucune ligne à mettre de côté.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 tickets are already put aside: resume or abandon one first.</source>
        <translation>%1 tickets sont déjà mis de côté&#xa0;: reprenez-en ou abandonnez-en un d’abord.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A ticket put aside cannot be read back (number %1).</source>
        <translation>Un ticket mis de côté ne peut pas être relu (numéro %1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This ticket is no longer put aside.</source>
        <translation>Ce ticket n’est plus mis de côté.</translation>
    </message>
</context>
<context>
    <name>PartnerMapping</name>
    <message>
        <location filename="../core/exports/partners.cpp" line="+335"/>
        <source>Only a super-administrator maps categories to eco-organisms.</source>
        <translation>Seul un super-administrateur rattache les catégories aux éco-organismes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>Catégorie «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown eco-organism &quot;%1&quot;: the known ones are %2.</source>
        <translation>Éco-organisme «&#xa0;%1&#xa0;» inconnu : les éco-organismes connus sont %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown %1 category &quot;%2&quot;: the known ones are %3.</source>
        <translation>Catégorie %1 «&#xa0;%2&#xa0;» inconnue : les catégories connues sont %3.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set by a super-administrator</source>
        <translation>fixé par un super-administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category&apos;s EEE code</source>
        <translation>le code EEE de la catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default, to check against the shop&apos;s contract</source>
        <translation>par défaut, à vérifier avec le contrat de la structure</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <location line="-367"/>
        <source>Unknown eco-organism &quot;%1&quot;: the known ones are %2.</source>
        <translation>Éco-organisme «&#xa0;%1&#xa0;» inconnu : les éco-organismes connus sont %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The definition %1 declares to &quot;%2&quot;, not to &quot;%3&quot;.</source>
        <translation>La définition %1 déclare à «&#xa0;%2&#xa0;», pas à «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PendingDepositExchange</name>
    <message>
        <location filename="../core/notify/pendingexchange.cpp" line="+144"/>
        <source>The Telegram deposits of station %1 on the drive are damaged: %2</source>
        <translation>Les dépôts Telegram du poste %1 sur le kDrive sont endommagés : %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was refused: it was not signed by the station whose bot received it.</source>
        <translation>%1 a été refusé : il n’est pas signé par le poste dont le bot l’a reçu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is no Ogg/Opus audio.</source>
        <translation>%1 n’est pas un fichier audio Ogg/Opus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The voice message %1 cannot be kept here.</source>
        <translation>Le message vocal %1 ne peut pas être gardé sur ce poste.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>also validated at another station as deposit %1</source>
        <translation>également validé sur un autre poste, dépôt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also rejected at another station</source>
        <translation>également refusé sur un autre poste</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>it names another station.</source>
        <translation>il nomme un autre poste.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a deposit is malformed.</source>
        <translation>un dépôt est mal formé.</translation>
    </message>
</context>
<context>
    <name>PendingDeposits</name>
    <message>
        <location filename="../core/notify/pendingdeposits.cpp" line="+95"/>
        <source>The deposit could not be kept.</source>
        <translation>Le dépôt n’a pas pu être gardé.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No deposit received by Telegram with that number.</source>
        <translation>Aucun dépôt reçu par Telegram sous ce numéro.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+47"/>
        <source>This deposit has already been checked.</source>
        <translation>Ce dépôt a déjà été vérifié.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Received by Telegram</source>
        <translation>Reçu par Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by Telegram from %1</source>
        <translation>Reçu par Telegram de %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Say why the deposit is rejected.</source>
        <translation>Dites pourquoi le dépôt est refusé.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>your voice message of %1</source>
        <translation>votre message vocal du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your deposit of %1</source>
        <translation>votre dépôt du %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reception rejected %1: %2</source>
        <translation>L’accueil a refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reception validated %1: deposit %2, %3, %4 kg.</source>
        <translation>L’accueil a validé %1&#xa0;: dépôt %2, %3, %4 kg.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../core/permissions.cpp" line="+94"/>
        <source>Open a cash session</source>
        <translation>Ouvrir une session de caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close a cash session</source>
        <translation>Clôturer une session de caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a sale</source>
        <translation>Enregistrer une vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put cash in or take cash out</source>
        <translation>Ajouter ou retirer des espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a deposit</source>
        <translation>Enregistrer un dépôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a price outside the category&apos;s range</source>
        <translation>Fixer un prix hors des limites de la catégorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm a weight outside the category&apos;s plausible range</source>
        <translation>Confirmer un poids hors de la fourchette plausible de la catégorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund a sale</source>
        <translation>Rembourser une vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validate a cash variance</source>
        <translation>Valider un écart de caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the cash drawer without a sale</source>
        <translation>Ouvrir le tiroir-caisse sans vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage users</source>
        <translation>Gérer les utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage categories</source>
        <translation>Gérer les catégories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run daily, monthly and yearly closings</source>
        <translation>Faire les clôtures journalières, mensuelles et annuelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View reports</source>
        <translation>Consulter les rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify data integrity</source>
        <translation>Vérifier l’intégrité des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
</context>
<context>
    <name>PoleDisplayText</name>
    <message>
        <location filename="../core/customerdisplay.cpp" line="+121"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total to pay</source>
        <translation>Total à payer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
</context>
<context>
    <name>Portability</name>
    <message>
        <location filename="../core/portability/portability.cpp" line="+107"/>
        <source>The table %1 does not exist.</source>
        <translation>La table %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+316"/>
        <source>column %1: %2 expected</source>
        <translation>colonne %1 : %2 attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>base64 text</source>
        <translation>un texte base64</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an ISO 8601 time</source>
        <translation>une heure ISO 8601</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation>Le dossier %1 n’existe pas ou n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder %1 cannot be written.</source>
        <translation>Le dossier %1 n’est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>PriceImport</name>
    <message>
        <location filename="../core/portability/priceimport.cpp" line="+22"/>
        <source>Choose the column that names the categories.</source>
        <translation>Choisissez la colonne qui désigne les catégories.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has more than %1 rows: nothing was imported.</source>
        <translation>Le fichier a plus de %1 lignes&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the category is empty</source>
        <translation>la catégorie est vide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>several categories are named &quot;%1&quot;: write its path, as Parent/Child</source>
        <translation>plusieurs catégories s’appellent «&#xa0;%1&#xa0;»&#xa0;: écrivez son chemin, comme Parent/Enfant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no category &quot;%1&quot; in the catalogue</source>
        <translation>aucune catégorie «&#xa0;%1&#xa0;» dans le catalogue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the prices of &quot;%1&quot; are already on row %2</source>
        <translation>les prix de «&#xa0;%1&#xa0;» sont déjà à la ligne %2</translation>
    </message>
</context>
<context>
    <name>Propfind</name>
    <message>
        <location filename="../core/sync/propfind.cpp" line="+21"/>
        <source>Listing %1: the server&apos;s answer is not a valid WebDAV listing (%2)</source>
        <translation>Liste du dossier %1&#xa0;: la réponse du serveur n’est pas une liste WebDAV valide (%2)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>a DTD is not allowed</source>
        <translation>une DTD n’est pas autorisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <source>no DAV:multistatus element</source>
        <translation>pas d’élément DAV:multistatus</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>a response without href</source>
        <translation>une réponse sans href</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>too many entries</source>
        <translation>trop d’entrées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../core/receipt.cpp" line="+241"/>
        <location line="+64"/>
        <location line="+37"/>
        <source>DUPLICATE</source>
        <translation>DUPLICATA</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+64"/>
        <location line="+37"/>
        <location line="+148"/>
        <source>Station: %1</source>
        <translation>Poste&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Ticket: %1</source>
        <translation>Ticket&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+68"/>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 each</source>
        <translation>%1 l’unité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Legal guarantee of conformity: %1 months</source>
        <translation>Garantie légale de conformité&#xa0;: %1 mois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <location line="+154"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+33"/>
        <location line="+124"/>
        <location line="+82"/>
        <source>Fingerprint: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Thank you for your visit!</source>
        <translation>Merci de votre visite&#xa0;!</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DONATION RECEIPT</source>
        <translation>REÇU DE DON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt: %1</source>
        <translation>Reçu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Donor: %1</source>
        <translation>Donateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total weight</source>
        <translation>Poids total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you for your donation!</source>
        <translation>Merci pour votre don&#xa0;!</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Z REPORT</source>
        <translation>TICKET Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>Closing: %1</source>
        <translation>Clôture&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Cashier: %1</source>
        <translation>Caissier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened: %1</source>
        <translation>Ouverture&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Closed: %1</source>
        <translation>Fermeture&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+154"/>
        <source>Sales (%1)</source>
        <translation>Ventes (%1)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>Refunds (%1)</source>
        <translation>Remboursements (%1)</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Outflows (%1)</source>
        <translation>Sorties (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+153"/>
        <source>Donations (%1)</source>
        <translation>Dons (%1)</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+154"/>
        <source>VAT on the margin (second-hand goods)</source>
        <translation>TVA sur la marge (biens d’occasion)</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Payment methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Donations by payment method</source>
        <translation>Dons par moyen de paiement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash refunds</source>
        <translation>Remboursements en espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>Entrée d’espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Sortie d’espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash donations</source>
        <translation>Dons en espèces</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Count</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Test ticket</source>
        <translation>Ticket de test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station %1</source>
        <translation>Poste %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>DAY CLOSING</source>
        <translation>CLÔTURE DU JOUR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MONTH CLOSING</source>
        <translation>CLÔTURE DU MOIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YEAR CLOSING</source>
        <translation>CLÔTURE DE L’ANNÉE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Absolute grand total</source>
        <translation>Grand total absolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last document: %1</source>
        <translation>Dernier document&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hash: %1</source>
        <translation>Dernière empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>SIRET: %1</source>
        <translation>SIRET&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 excl. VAT</source>
        <translation>%1 HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 VAT</source>
        <translation>TVA %1</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Validated by: %1</source>
        <translation>Validé par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored from a backup: numbering continues in series %1.</source>
        <translation>Restauré depuis une sauvegarde&#xa0;: la numérotation continue dans la série %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No number of series %1 was known.</source>
        <translation>Aucun numéro de la série %1 n’était connu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last known number of series %1: %2</source>
        <translation>Dernier numéro connu de la série %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+77"/>
        <source>Grand total</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+153"/>
        <source>Membership fees (%1)</source>
        <translation>Cotisations (%1)</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Membership fees by payment method</source>
        <translation>Cotisations par moyen de paiement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cash membership fees</source>
        <translation>Cotisations en espèces</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>%1 × %2/kg</source>
        <translation>%1 × %2/kg</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free gift: %1</source>
        <translation>Don gratuit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Before discount</source>
        <translation>Avant remise</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Solidarity discounts (%1)</source>
        <translation>Remises solidaires (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free gifts (%1)</source>
        <translation>Dons gratuits (%1)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Town: %1</source>
        <translation>Commune&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Cheques not deposited (%1)</source>
        <translation>Chèques non remis (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n more: see the Cheques page</source>
        <translation>
            <numerusform>et %n autre&#xa0;: voir la page Chèques</numerusform>
            <numerusform>et %n autres&#xa0;: voir la page Chèques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Member: %1</source>
        <translation>Adhérent&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <location filename="../core/sync/recovery.cpp" line="+286"/>
        <source>ReCaisse recovery kit</source>
        <translation>Kit de secours ReCaisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop: %1</source>
        <translation>Magasin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this sheet in a safe place away from the shop&apos;s computers (a safe, the association&apos;s office). Whoever holds this key and the kDrive password can read the shop&apos;s data. Do not photograph it, do not send it by e-mail, do not keep it on a computer.</source>
        <translation>Gardez cette feuille en lieu sûr, loin des ordinateurs du magasin (un coffre, le bureau de l’association). Qui a cette clé et le mot de passe du kDrive peut lire les données du magasin. Ne la photographiez pas, ne l’envoyez pas par courriel, ne la gardez pas sur un ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it is for: if every computer of the shop is lost (theft, fire, breakdown), this key lets a new computer get the shop&apos;s data back from the kDrive. As long as one computer of the shop still works, new computers join the shop with a join code and this kit is not needed.</source>
        <translation>À quoi elle sert&#xa0;: si tous les ordinateurs du magasin sont perdus (vol, incendie, panne), cette clé permet à un nouvel ordinateur de récupérer les données du magasin sur le kDrive. Tant qu’un ordinateur du magasin fonctionne, les nouveaux postes rejoignent le magasin avec un code d’adhésion et ce kit ne sert pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to use it: install ReCaisse on the new computer, then restore the station from the kDrive with this key, as the manual&apos;s page &quot;The recovery kit&quot; shows: the kDrive address, its application password, then the recovery key above.</source>
        <translation>Comment s’en servir&#xa0;: installez ReCaisse sur le nouvel ordinateur, puis restaurez le poste depuis le kDrive avec cette clé, comme l’explique la page «&#xa0;Le kit de secours&#xa0;» du manuel&#xa0;: l’adresse du kDrive, son mot de passe d’application, puis la clé de secours ci-dessus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this kit is lost while a computer of the shop still works: nothing is lost. A super-administrator prints a new kit from the administration&apos;s Synchronisation page; the old key then stops working.</source>
        <translation>Si ce kit est perdu alors qu’un ordinateur du magasin fonctionne encore&#xa0;: rien n’est perdu. Un super-administrateur imprime un nouveau kit depuis la page Synchronisation de l’administration&#xa0;; l’ancienne clé cesse alors de fonctionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If this kit is lost and every computer of the shop is lost too: nobody can read the data on the drive any more, neither the association, nor the makers of ReCaisse, nor kDrive. The shop starts again from nothing; the declarations already sent on paper remain valid.</source>
        <translation>Si ce kit est perdu et que tous les ordinateurs du magasin le sont aussi&#xa0;: plus personne ne peut lire les données du kDrive, ni l’association, ni les auteurs de ReCaisse, ni kDrive. Le magasin repart de zéro&#xa0;; les déclarations déjà envoyées sur papier restent valables.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+4"/>
        <source>Cannot write the recovery kit %1: %2</source>
        <translation>Impossible d’écrire le kit de secours %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportFileBuilder</name>
    <message>
        <location filename="../core/mail/reportfile.cpp" line="+114"/>
        <source>The report&apos;s station %1 does not exist: edit the report&apos;s filters.</source>
        <translation>Le poste %1 du rapport n’existe pas : modifiez les filtres du rapport.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report&apos;s cashier %1 does not exist any more: edit the report&apos;s filters.</source>
        <translation>Le caissier %1 du rapport n’existe plus : modifiez les filtres du rapport.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sales journal</source>
        <translation>Journal des ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <location line="+29"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+51"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>EEE</source>
        <translation>EEE</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+55"/>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cash sessions</source>
        <translation>Sessions de caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales total</source>
        <translation>Total des ventes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beyond threshold</source>
        <translation>Au-delà du seuil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ecologic declaration</source>
        <translation>Déclaration Ecologic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+374"/>
        <source>Only the key figures report is made as a PDF.</source>
        <translation>Seul le rapport des chiffres clés se fait en PDF.</translation>
    </message>
    <message>
        <location filename="../core/mail/kpipdf.cpp" line="-9"/>
        <location filename="../core/mail/reportfile.cpp" line="-374"/>
        <location line="+149"/>
        <location line="+106"/>
        <source>Received (kg)</source>
        <translation>Reçu (kg)</translation>
    </message>
    <message>
        <location filename="../core/mail/reportfile.cpp" line="-254"/>
        <source>Reused (items)</source>
        <translation>Réemployé (objets)</translation>
    </message>
    <message>
        <location filename="../core/mail/kpipdf.cpp" line="+0"/>
        <location filename="../core/mail/reportfile.cpp" line="+0"/>
        <location line="+158"/>
        <location line="+96"/>
        <source>Reused (kg)</source>
        <translation>Réemployé (kg)</translation>
    </message>
    <message>
        <location filename="../core/mail/reportfile.cpp" line="-254"/>
        <source>Reuse takings</source>
        <translation>Recettes du réemploi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recycling (kg)</source>
        <translation>Recyclage (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waste centre (kg)</source>
        <translation>Déchèterie (kg)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../core/mail/kpipdf.cpp" line="+5"/>
        <location filename="../core/mail/reportfile.cpp" line="+7"/>
        <location line="+118"/>
        <source>Takings (sales minus refunds)</source>
        <translation>Recettes (ventes moins remboursements)</translation>
    </message>
    <message>
        <location filename="../core/mail/reportfile.cpp" line="-116"/>
        <location line="+116"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objects received</source>
        <translation>Objets reçus</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+94"/>
        <source>Reuse rate (%)</source>
        <translation>Taux de réemploi (%)</translation>
    </message>
    <message>
        <location filename="../core/mail/kpipdf.cpp" line="-4"/>
        <location filename="../core/mail/reportfile.cpp" line="-85"/>
        <source>Electrical equipment reused (kg)</source>
        <translation>Équipements électriques réemployés (kg)</translation>
    </message>
    <message>
        <location filename="../core/mail/reportfile.cpp" line="+135"/>
        <source>No temporary folder for the spreadsheet.</source>
        <translation>Pas de dossier temporaire pour le classeur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The spreadsheet could not be created.</source>
        <translation>Le classeur n’a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The spreadsheet could not be written.</source>
        <translation>Le classeur n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The spreadsheet could not be read back.</source>
        <translation>Le classeur n’a pas pu être relu.</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same period last year</source>
        <translation>Même période l’an dernier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paid in cash</source>
        <translation>Payé en espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by card</source>
        <translation>Payé par carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by cheque</source>
        <translation>Payé par chèque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received from %1 (kg)</source>
        <translation>Reçu – %1 (kg)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Closings</source>
        <translation>Clôtures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closings beyond their threshold</source>
        <translation>Clôtures au-delà du seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Cash variances</source>
        <translation>Écarts de caisse</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+18"/>
        <source>%1: received (kg)</source>
        <translation>%1 : reçu (kg)</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>%1: reused (kg)</source>
        <translation>%1 : réemployé (kg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Top %1: %2 (sales)</source>
        <translation>N°&#xa0;%1 des ventes : %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+27"/>
        <source>%1: %2 (previous %3, last year %4)</source>
        <translation>%1 : %2 (précédente %3, l’an dernier %4)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1, key figures from %2 to %3</source>
        <translation>%1, chiffres clés du %2 au %3</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../core/sales.cpp" line="+22"/>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 est trop long (%2 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Type an amount above 0,00 €.</source>
        <translation>Tapez un montant supérieur à 0,00&#xa0;€.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only cash can exceed what remains to pay (%1).</source>
        <translation>Seules les espèces peuvent dépasser le reste à payer (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>A ticket has at most %1 payments.</source>
        <translation>Un ticket compte au maximum %1 paiements.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The ticket has no line.</source>
        <translation>Le ticket n’a aucune ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A ticket has at most %1 lines.</source>
        <translation>Un ticket compte au maximum %1 lignes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The category &quot;%1&quot; is no longer in use.</source>
        <translation>La catégorie «&#xa0;%1&#xa0;» n’est plus utilisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the quantity must be between 1 and %2.</source>
        <translation>Ligne %1&#xa0;: la quantité doit être comprise entre 1 et %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: the price must be between 0,00 € and %2.</source>
        <translation>Ligne %1&#xa0;: le prix doit être compris entre 0,00&#xa0;€ et %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1: the weight must be between 0,001 kg and 10 000 kg.</source>
        <translation>Ligne %1&#xa0;: le poids doit être compris entre 0,001&#xa0;kg et 10&#x202f;000&#xa0;kg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: weigh the item; &quot;%2&quot; needs its weight.</source>
        <translation>Ligne %1&#xa0;: pesez l’article, «&#xa0;%2&#xa0;» se vend avec son poids.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The ticket total cannot exceed %1.</source>
        <translation>Le total du ticket ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ticket is not paid.</source>
        <translation>Le ticket n’est pas réglé.</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+107"/>
        <source>A payment must be between 0,01 € and %1.</source>
        <translation>Un paiement doit être compris entre 0,01&#xa0;€ et %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is still to be paid.</source>
        <translation>Il reste %1 à payer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card, cheque and free payments cannot exceed the total: only cash gives change.</source>
        <translation>Les paiements par carte bancaire, par chèque ou gratuits ne peuvent pas dépasser le total&#xa0;: seules les espèces permettent de rendre la monnaie.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A price is outside its category&apos;s bounds. %1</source>
        <translation>Un prix est hors des limites de sa catégorie. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a cash session before selling.</source>
        <translation>Ouvrez une session de caisse avant de vendre.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 is not a sale ticket.</source>
        <translation>%1 n’est pas un ticket de vente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/cashier/refundscreen.cpp" line="+293"/>
        <source>Give the reason for the refund.</source>
        <translation>Indiquez le motif du remboursement.</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Line %1 of ticket %2: between 1 and %n item(s) can be refunded.</source>
        <translation>
            <numerusform>Ligne %1 du ticket %2&#xa0;: vous pouvez rembourser %n article au maximum.</numerusform>
            <numerusform>Ligne %1 du ticket %2&#xa0;: vous pouvez rembourser entre 1 et %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A refund is paid back in cash, by card or by cheque.</source>
        <translation>Un remboursement se fait en espèces, par carte bancaire ou par chèque.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ticket %1 has already been refunded in full.</source>
        <translation>Le ticket %1 a déjà été entièrement remboursé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ticket %1 has no line %2.</source>
        <translation>Le ticket %1 n’a pas de ligne %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to pay back: these items were free.</source>
        <translation>Rien à rembourser&#xa0;: ces articles étaient gratuits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a cash session before refunding.</source>
        <translation>Ouvrez une session de caisse avant de rembourser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The drawer should hold only %1: refund %2 another way.</source>
        <translation>Le tiroir-caisse ne devrait contenir que %1&#xa0;: remboursez %2 autrement.</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>Line %1: &quot;%2&quot; is sold by the kilo: one weighed lot per line.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» se vend au kilo&#xa0;: un lot pesé par ligne.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+23"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: %2 × %3/kg costs %4, not %5.</source>
        <translation>Ligne %1&#xa0;: %2 × %3/kg coûte %4, pas %5.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Line %1: a free gift is given at 0,00 €.</source>
        <translation>Ligne %1&#xa0;: un don gratuit se donne à 0,00&#xa0;€.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>A bank and a number belong to a cheque payment only.</source>
        <translation>Une banque et un numéro ne vont qu’avec un paiement par chèque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cheque&apos;s bank</source>
        <translation>La banque du chèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cheque&apos;s number</source>
        <translation>Le numéro du chèque</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The discount is for another member than the ticket&apos;s: choose one member.</source>
        <translation>La remise est pour un autre adhérent que celui du ticket&#xa0;: choisissez un seul adhérent.</translation>
    </message>
</context>
<context>
    <name>ScheduledReports</name>
    <message>
        <location filename="../core/mail/scheduledreports.cpp" line="+104"/>
        <source>Unknown frequency &quot;%1&quot;: daily, weekly, monthly or a cron expression (minute hour day month weekday).</source>
        <translation>Fréquence « %1 » inconnue : daily, weekly, monthly ou une expression cron (minute heure jour mois jour-de-semaine).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A report needs a name of 1 to 80 characters, without comma.</source>
        <translation>Un rapport a besoin d’un nom de 1 à 80 caractères, sans virgule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the key figures report is made as a PDF.</source>
        <translation>Seul le rapport des chiffres clés se fait en PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The format must be csv, xlsx or pdf.</source>
        <translation>Le format doit être csv, xlsx ou pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Ecologic declaration covers the whole site: it takes no filter.</source>
        <translation>La déclaration Ecologic couvre tout le site : elle n’accepte aucun filtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report type has no category filter.</source>
        <translation>Ce type de rapport n’a pas de filtre par catégorie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key figures have no cashier filter.</source>
        <translation>Les chiffres clés n’ont pas de filtre par caissier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only an administrator can manage the e-mail reports.</source>
        <translation>Seul un administrateur peut gérer les rapports par e-mail.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+42"/>
        <source>A report named %1 already exists.</source>
        <translation>Un rapport nommé %1 existe déjà.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is no report named %1.</source>
        <translation>Aucun rapport ne s’appelle %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>The e-mail reports fail: %n failure(s) in a row since %1, the last for « %2 »: %3. Check the mail account and the recipients on the Scheduled reports page.</source>
        <translation>
            <numerusform>Les rapports par e-mail échouent : %n échec depuis le %1, le dernier pour « %2 » : %3. Vérifiez le compte de messagerie et les destinataires sur la page Rapports programmés.</numerusform>
            <numerusform>Les rapports par e-mail échouent : %n échecs de suite depuis le %1, le dernier pour « %2 » : %3. Vérifiez le compte de messagerie et les destinataires sur la page Rapports programmés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+106"/>
        <source>No mail account is set up.</source>
        <translation>Aucun compte de messagerie n’est configuré.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1: %2, %3 to %4</source>
        <extracomment>Subject of a scheduled report&apos;s e-mail: shop, report name, first and last day.</extracomment>
        <translation>%1 : %2, du %3 au %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hello,

Attached is the report &quot;%1&quot; of %2 for %3 to %4 (%5 lines, file %6).

This message was sent automatically by ReCaisse; the report and its recipients are set in the administration, page &quot;Scheduled reports&quot;.
</source>
        <translation>Bonjour,

Vous trouverez ci-joint le rapport « %1 » de %2 du %3 au %4 (%5 lignes, fichier %6).

Ce message a été envoyé automatiquement par ReCaisse ; le rapport et ses destinataires se règlent dans l’administration, page « Rapports programmés ».
</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>%1: test message from ReCaisse</source>
        <translation>%1 : message de test de ReCaisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,

This test message shows that ReCaisse can send the scheduled reports of %1 through the mail server %2.
</source>
        <translation>Bonjour,

Ce message de test montre que ReCaisse peut envoyer les rapports programmés de %1 par le serveur de messagerie %2.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/mail/reportworker.cpp" line="+140"/>
        <source>ReCaisse %1 (%2): the e-mail reports fail (%n failure(s) in a row since %3). Last: %4: %5</source>
        <translation>
            <numerusform>ReCaisse %1 (%2) : les rapports par e-mail échouent (%n échec depuis le %3). Dernier : %4 : %5</numerusform>
            <numerusform>ReCaisse %1 (%2) : les rapports par e-mail échouent (%n échecs de suite depuis le %3). Dernier : %4 : %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/mail/scheduledreports.cpp" line="-173"/>
        <source>Hello,

The key figures of %1 for %2 to %3 (each beside the previous period and the same period last year):

%4

The PDF or spreadsheet %5 is attached.

This message was sent automatically by ReCaisse; the report and its recipients are set in the administration, page &quot;Scheduled reports&quot;.
</source>
        <extracomment>The key figures report&apos;s e-mail: each figure beside the previous period and the same period last year, before the closing line.</extracomment>
        <translation>Bonjour,

Les chiffres clés de %1 du %2 au %3 (chacun à côté de la période précédente et de la même période l’an dernier) :

%4

Le PDF ou le tableur %5 est en pièce jointe.

Ce message a été envoyé automatiquement par ReCaisse ; le rapport et ses destinataires se règlent dans l’administration, page « Rapports programmés ».
</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../ui/common/screenshottour.cpp" line="+122"/>
        <source>No demo person with that role in this database.</source>
        <translation>Aucune personne de démonstration n’a ce rôle dans cette base.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody is logged in.</source>
        <translation>Personne n’est connecté.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No open cash session to close.</source>
        <translation>Aucune session de caisse ouverte à clôturer.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the window needs at least %1 pixels, more than %2 (%3)</source>
        <translation>la fenêtre a besoin d’au moins %1 pixels, plus que %2 (%3)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Screen %1 does not fit: %2.</source>
        <translation>L’écran %1 ne tient pas : %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Screen %1 does not fit: the dialog needs at least %2 pixels, more than %3.</source>
        <translation>L’écran %1 ne tient pas : la boîte de dialogue a besoin d’au moins %2 pixels, plus que %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>SealedRemote</name>
    <message>
        <location filename="../core/sync/sealedremote.cpp" line="+168"/>
        <source>Refused %1 from the drive: %2</source>
        <translation>Refusé depuis le kDrive&#xa0;: %1, car %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is signed by a station that is not registered in the shop.</source>
        <translation>il est signé par un poste qui n’est pas enregistré dans la boutique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is signed by station %1, revoked on %2.</source>
        <translation>il est signé par le poste %1, révoqué le %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is in the folder of another station but signed by station %1.</source>
        <translation>il est dans le dossier d’un autre poste mais signé par le poste %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a configuration change signed by station %1, which is not an administration station.</source>
        <translation>c’est une modification de configuration signée par le poste %1, qui n’est pas un poste d’administration.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+209"/>
        <source>it is not sealed and signed by a station of the shop.</source>
        <translation>il n’est ni chiffré ni signé par un poste de la boutique.</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+208"/>
        <source>its envelope is damaged.</source>
        <translation>son enveloppe est abîmée.</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+217"/>
        <source>its signature does not match station %1.</source>
        <translation>sa signature ne correspond pas au poste %1.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>it does not open with the shop&apos;s key (another shop, or moved from another place).</source>
        <translation>il ne s’ouvre pas avec la clé de la boutique (autre boutique, ou déplacé d’un autre emplacement).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No shop configuration was published on this drive yet.</source>
        <translation>Aucune configuration de boutique n’a encore été publiée sur ce kDrive.</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+18"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+27"/>
        <location line="+34"/>
        <source>Cannot write a temporary file.</source>
        <translation>Impossible d’écrire un fichier temporaire.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 was sealed for another place than %2.</source>
        <translation>%1 a été chiffré pour un autre emplacement que %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+35"/>
        <source>Cannot read a temporary file.</source>
        <translation>Impossible de lire un fichier temporaire.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+66"/>
        <source>%1 is bigger than allowed.</source>
        <translation>%1 est plus gros que permis.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+32"/>
        <location line="+29"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+5"/>
        <source>it is truncated.</source>
        <translation>il est tronqué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part %1 does not open with the shop&apos;s key (truncated, reordered or from another file).</source>
        <translation>sa partie %1 ne s’ouvre pas avec la clé de la boutique (tronquée, dans le désordre ou venue d’un autre fichier).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This station does not hold the shop&apos;s encryption key: it must join the shop again (a join code from an administrator, approved on an administration station). Nothing is sent or received unencrypted.</source>
        <translation>Ce poste n’a pas la clé de chiffrement de la boutique&#xa0;: il doit rejoindre la boutique à nouveau (un code d’adhésion donné par un administrateur, approuvé sur un poste d’administration). Rien n’est envoyé ni reçu en clair.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/sync/secrets.cpp" line="+103"/>
        <source>the keychain did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No secret stored for %1</source>
        <translation>Aucun secret enregistré pour %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access to %1 (%2)</source>
        <translation>Le trousseau a refusé l’accès à %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain: sync disabled (%1)</source>
        <translation>Pas de trousseau&#xa0;: synchronisation désactivée (%1)</translation>
    </message>
</context>
<context>
    <name>SegmentCodec</name>
    <message>
        <location filename="../core/sync/segment.cpp" line="+64"/>
        <source>The decompressor could not start.</source>
        <translation>La décompression n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is not a complete gzip stream.</source>
        <translation>Le fichier n’est pas un flux gzip complet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is larger than %1 MB once decompressed.</source>
        <translation>Le fichier dépasse %1 Mo une fois décompressé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is truncated.</source>
        <translation>Le fichier est tronqué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has bytes after its end.</source>
        <translation>Le fichier contient des octets après sa fin.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The segment does not end with its trailer.</source>
        <translation>Le paquet ne se termine pas par son bilan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The segment has no trailer: it was cut short.</source>
        <translation>Le paquet n’a pas de bilan&#xa0;: il a été coupé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The segment is in an unknown format.</source>
        <translation>Le paquet est dans un format inconnu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The segment&apos;s trailer does not match its name.</source>
        <translation>Le bilan du paquet ne correspond pas à son nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The segment&apos;s checksum is wrong: it was altered.</source>
        <translation>L’empreinte du paquet est fausse&#xa0;: il a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The segment holds %1 records instead of %2.</source>
        <translation>Le paquet contient %1 enregistrements au lieu de %2.</translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <location filename="../core/admin/sessionhistory.cpp" line="+66"/>
        <source>The start date is after the end date.</source>
        <translation>La date de début est après la date de fin.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Unknown cash session.</source>
        <translation>Session de caisse inconnue.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 can only read the sessions of their own site.</source>
        <translation>%1 ne peut lire que les sessions de son propre site.</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../core/portability/sheetimport.cpp" line="+199"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent category</source>
        <translation>Catégorie parente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EEE code</source>
        <translation>Code EEE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default price</source>
        <translation>Prix par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum price</source>
        <translation>Prix minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum price</source>
        <translation>Prix maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight required</source>
        <translation>Pesée obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average weight (kg)</source>
        <translation>Poids moyen (kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum weight (kg)</source>
        <translation>Poids minimum (kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum weight (kg)</source>
        <translation>Poids maximum (kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price per kilo</source>
        <translation>Prix au kilo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram id</source>
        <translation>Identifiant Telegram</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The mapping names an unknown field &quot;%1&quot;.</source>
        <translation>La correspondance nomme un champ inconnu, «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The mapping&apos;s column &quot;%1&quot; for %2 is not in the file.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» donnée pour %2 n’est pas dans le fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mapping must give the column of the categories (name).</source>
        <translation>La correspondance doit donner la colonne des catégories (name).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping must give the column of the names (name).</source>
        <translation>La correspondance doit donner la colonne des noms (name).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>too long (%1 characters, at most %2)</source>
        <translation>trop long (%1 caractères, %2 au plus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a formula without its value: save the sheet with its values</source>
        <translation>une formule sans sa valeur&#xa0;: enregistrez la feuille avec ses valeurs</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>row %1, column %2 (%3): %4</source>
        <translation>ligne %1, colonne %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+104"/>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>This station is a read-only archive of an exported shop: nothing can be imported into it.</source>
        <translation>Ce poste est une archive en lecture seule d’un magasin exporté&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n row(s) of the file are not valid, nothing was imported: %1</source>
        <translation>
            <numerusform>%n ligne du fichier n’est pas valide, rien n’a été importé&#xa0;: %1</numerusform>
            <numerusform>%n lignes du fichier ne sont pas valides, rien n’a été importé&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No row of the file can be imported.</source>
        <translation>Aucune ligne du fichier ne peut être importée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé&#xa0;: rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <location filename="../core/portability/sheetreader.cpp" line="+57"/>
        <location line="+171"/>
        <source>Row %1 has more than %2 columns.</source>
        <translation>La ligne %1 a plus de %2 colonnes.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>The file has more than %1 rows: nothing was imported.</source>
        <translation>Le fichier a plus de %1 lignes&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cell %1%2 holds more than %3 characters: nothing was imported.</source>
        <translation>La case %1%2 contient plus de %3 caractères&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+256"/>
        <location line="+138"/>
        <source>The file is larger than %1 MB: nothing was imported.</source>
        <translation>Le fichier dépasse %1&#xa0;Mo&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="-390"/>
        <source>This is not a text file (CSV): save the sheet as CSV or XLSX.</source>
        <translation>Ce n’est pas un fichier texte (CSV)&#xa0;: enregistrez la feuille en CSV ou en XLSX.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A quoted cell starting on line %1 is never closed: the file is cut or broken.</source>
        <translation>Une case entre guillemets commencée ligne %1 n’est jamais fermée&#xa0;: le fichier est coupé ou abîmé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This is not a readable XLSX file: save it again from the spreadsheet program, or as CSV.</source>
        <translation>Ce fichier XLSX n’est pas lisible&#xa0;: enregistrez-le à nouveau depuis le tableur, ou en CSV.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The XLSX file unpacks to more than %1 MB: nothing was imported.</source>
        <translation>Le fichier XLSX décompressé dépasse %1&#xa0;Mo&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The XLSX file is damaged (%1, line %2: %3).</source>
        <translation>Le fichier XLSX est abîmé (%1, ligne %2&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The XLSX file holds no sheet to import.</source>
        <translation>Le fichier XLSX ne contient aucune feuille à importer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A text of the XLSX file holds more than %1 characters: nothing was imported.</source>
        <translation>Un texte du fichier XLSX dépasse %1 caractères&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The XLSX file holds too many texts: nothing was imported.</source>
        <translation>Le fichier XLSX contient trop de textes&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+172"/>
        <source>The sheet goes past row %1 or column %2: nothing was imported.</source>
        <translation>La feuille va au-delà de la ligne %1 ou de la colonne %2&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The XLSX file is damaged (cell %1%2 names a missing text).</source>
        <translation>Le fichier XLSX est abîmé (la case %1%2 renvoie à un texte absent).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No file %1.</source>
        <translation>Aucun fichier %1.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not an Excel 97-2003 workbook</source>
        <translation>ce n’est pas un classeur Excel 97-2003</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds no workbook</source>
        <translation>il ne contient aucun classeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>damaged or truncated, error %1</source>
        <translation>fichier abîmé ou tronqué, erreur %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The XLS file cannot be read (%1): nothing was imported.</source>
        <translation>Le fichier XLS est illisible (%1)&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The XLS file is protected by a password: save it without one.</source>
        <translation>Le fichier XLS est protégé par un mot de passe&#xa0;: enregistrez-le sans mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The XLS file holds no sheet.</source>
        <translation>Le fichier XLS ne contient aucune feuille.</translation>
    </message>
</context>
<context>
    <name>SheetsClient</name>
    <message>
        <location filename="../core/sync/sheetsclient.cpp" line="+88"/>
        <source>This is not a Google service account key file: %1.</source>
        <translation>Ce n’est pas un fichier de clé de compte de service Google : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is bigger than 64 KiB</source>
        <translation>il dépasse 64 Kio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its type is not &quot;service_account&quot;</source>
        <translation>son type n’est pas « service_account »</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no valid &quot;client_email&quot;</source>
        <translation>pas de « client_email » valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no valid &quot;private_key_id&quot;</source>
        <translation>pas de « private_key_id » valide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its &quot;private_key&quot; is not an RSA key of 2048 bits or more</source>
        <translation>sa « private_key » n’est pas une clé RSA d’au moins 2048 bits</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>The service account&apos;s key cannot sign (OpenSSL).</source>
        <translation>La clé du compte de service ne peut pas signer (OpenSSL).</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>%1: the answer is bigger than %2 bytes</source>
        <translation>%1 : la réponse dépasse %2 octets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot reach Google (%2)</source>
        <translation>%1 : Google est injoignable (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the address is not valid (%2)</source>
        <translation>%1 : l’adresse n’est pas valide (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the connection was cut (%2)</source>
        <translation>%1 : la connexion a été coupée (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1: Google refused the service account (HTTP %2%3)</source>
        <translation>%1 : Google a refusé le compte de service (HTTP %2%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the spreadsheet or the range does not exist, or is not shared with %2 (HTTP 404)</source>
        <translation>%1 : le tableur ou la plage n’existe pas, ou n’est pas partagé avec %2 (HTTP 404)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: too many requests (HTTP 429)</source>
        <translation>%1 : trop de requêtes (HTTP 429)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: Google failed (HTTP %2)</source>
        <translation>%1 : Google a échoué (HTTP %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server redirects elsewhere (HTTP %2); check the address</source>
        <translation>%1 : le serveur redirige ailleurs (HTTP %2) ; vérifiez l’adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unexpected answer (HTTP %2%3)</source>
        <translation>%1 : réponse inattendue (HTTP %2%3)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: the answer is not a JSON object</source>
        <translation>%1 : la réponse n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signing in to Google as %1</source>
        <translation>Connexion à Google en tant que %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the token endpoint&apos;s answer is not an access token</source>
        <translation>%1 : la réponse de l’adresse des jetons n’est pas un jeton d’accès</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the tabs of the spreadsheet</source>
        <translation>Lecture des onglets du tableur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the answer does not list tabs</source>
        <translation>%1 : la réponse ne liste pas d’onglets</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Adding the tabs %1</source>
        <translation>Ajout des onglets %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adding the tabs: the answer does not confirm them</source>
        <translation>Ajout des onglets : la réponse ne les confirme pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clearing %1</source>
        <translation>Effacement de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clearing %1: the answer does not confirm it</source>
        <translation>Effacement de %1 : la réponse ne le confirme pas</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Writing %n row(s) to the spreadsheet</source>
        <translation>
            <numerusform>Écriture de %n ligne dans le tableur</numerusform>
            <numerusform>Écriture de %n lignes dans le tableur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the answer does not confirm the rows written</source>
        <translation>%1 : la réponse ne confirme pas les lignes écrites</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the answer holds no rows</source>
        <translation>la réponse ne contient aucune ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>more than %n row(s)</source>
        <translation>
            <numerusform>plus de %n ligne</numerusform>
            <numerusform>plus de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a row is not a list of cells</source>
        <translation>une ligne n’est pas une liste de cellules</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a row has more than %n column(s)</source>
        <translation>
            <numerusform>une ligne a plus de %n colonne</numerusform>
            <numerusform>une ligne a plus de %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a cell is neither text nor a number</source>
        <translation>une cellule n’est ni du texte ni un nombre</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a cell is longer than %n character(s)</source>
        <translation>
            <numerusform>une cellule dépasse %n caractère</numerusform>
            <numerusform>une cellule dépasse %n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetsSync</name>
    <message>
        <location filename="../core/sync/sheets.cpp" line="+176"/>
        <source>The spreadsheet id is the part of its address between /d/ and /edit (letters, digits, - and _).</source>
        <translation>L’identifiant du tableur est la partie de son adresse entre /d/ et /edit (lettres, chiffres, - et _).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Google Sheets API address is not valid.</source>
        <translation>L’adresse de l’API Google Sheets n’est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Google token address is not valid.</source>
        <translation>L’adresse des jetons Google n’est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one report to publish.</source>
        <translation>Choisissez au moins un rapport à publier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The publishing interval is between 0 (on demand only) and 744 hours.</source>
        <translation>L’intervalle de publication est compris entre 0 (à la main seulement) et 744 heures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reports cover between 1 and 366 days.</source>
        <translation>Les rapports couvrent entre 1 et 366 jours.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The report &quot;%1&quot; has more than %2 rows: choose fewer days.</source>
        <translation>Le rapport « %1 » a plus de %2 lignes : choisissez moins de jours.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Google Sheets is not set up (no spreadsheet id).</source>
        <translation>Google Sheets n’est pas réglé (aucun identifiant de tableur).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This station holds no key of the Google service account: give its key file again on this station.</source>
        <translation>Ce poste ne détient pas la clé du compte de service Google : donnez à nouveau son fichier de clé sur ce poste.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Google Sheets: </source>
        <translation>Google Sheets : </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n row(s) published</source>
        <translation>
            <numerusform>%n ligne publiée</numerusform>
            <numerusform>%n lignes publiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No report is chosen for Google Sheets.</source>
        <translation>Aucun rapport n’est choisi pour Google Sheets.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The range is written as in Google Sheets: Prix!A1:F500 (at most 200 characters).</source>
        <translation>La plage s’écrit comme dans Google Sheets : Prix!A1:F500 (200 caractères au plus).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Row %1 of the sheet has a cell beyond the header&apos;s last column.</source>
        <translation>La ligne %1 du tableur a une cellule au-delà de la dernière colonne de l’en-tête.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The range %1 of the sheet is empty.</source>
        <translation>La plage %1 du tableur est vide.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) read from %1</source>
        <translation>
            <numerusform>%n ligne lue dans %1</numerusform>
            <numerusform>%n lignes lues dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The published configuration has invalid Google Sheets settings (%1).</source>
        <translation>La configuration publiée a des réglages Google Sheets non valides (%1).</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <location filename="../core/sync/siteconfig.cpp" line="+84"/>
        <source>The published configuration has a row without id in %1.</source>
        <translation>La configuration publiée contient une ligne sans identifiant dans %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The published configuration has an invalid value in %1.</source>
        <translation>La configuration publiée contient une valeur invalide dans %1.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>user %1 added (%2)</source>
        <translation>utilisateur %1 ajouté (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>role of %1: %2 → %3</source>
        <translation>rôle de %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PIN of %1 now protected by the shop&apos;s key</source>
        <translation>code PIN de %1 désormais protégé par la clé de la boutique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN of %1 changed</source>
        <translation>code PIN de %1 changé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user %1 reactivated</source>
        <translation>utilisateur %1 réactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user %1 deactivated</source>
        <translation>utilisateur %1 désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user %1 renamed %2</source>
        <translation>utilisateur %1 renommé %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user %1 removed</source>
        <translation>utilisateur %1 supprimé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>category %1 added</source>
        <translation>catégorie %1 ajoutée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>price of %1: %2 → %3</source>
        <translation>prix de %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>price range of %1: %2–%3 → %4–%5</source>
        <translation>fourchette de prix de %1&#xa0;: %2–%3 → %4–%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EEE code of %1: %2 → %3</source>
        <translation>code EEE de %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>average weight of %1: %2 → %3</source>
        <translation>poids moyen de %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>category %1 renamed %2</source>
        <translation>catégorie %1 renommée %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>category %1 %2</source>
        <translation>catégorie %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reactivated</source>
        <translation>réactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>station %1 registered</source>
        <translation>poste %1 enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>station %1 revoked</source>
        <translation>poste %1 révoqué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>station %1 made an administration station</source>
        <translation>poste %1 désigné poste d’administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station %1 no longer an administration station</source>
        <translation>poste %1 n’est plus un poste d’administration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shop identity or branding changed</source>
        <translation>identité ou présentation de la boutique modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registers&apos; thresholds changed</source>
        <translation>seuils des caisses modifiés</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+299"/>
        <source>Refused %1 from the drive: %2</source>
        <translation>Refusé depuis le kDrive&#xa0;: %1, car %2</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>The shop&apos;s drive is encrypted: this station needs the shop&apos;s key (join the shop with a join code approved by an administrator).</source>
        <translation>Le kDrive de la boutique est chiffré&#xa0;: ce poste a besoin de la clé de la boutique (rejoignez la boutique avec un code d’adhésion approuvé par un administrateur).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its content is another version.</source>
        <translation>son contenu est une autre version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its content names another publisher.</source>
        <translation>son contenu nomme un autre poste émetteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not signed by its publisher.</source>
        <translation>il n’est pas signé par son poste émetteur.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No shop configuration was published on this drive yet.</source>
        <translation>Aucune configuration de magasin n’a encore été publiée sur ce kDrive.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>The shop configuration version %1 on the drive is damaged.</source>
        <translation>La version %1 de la configuration du magasin sur le kDrive est abîmée.</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>The shop configuration reached its last version number: nothing more can be published.</source>
        <translation>La configuration de la boutique a atteint son dernier numéro de version&#xa0;: plus rien ne peut être publié.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>it does not say which version it builds on.</source>
        <translation>il ne dit pas de quelle version il part.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the person named as its author is not an administrator of the shop.</source>
        <translation>la personne nommée comme auteur n’est pas administratrice de la boutique.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>applied from %1, by %2: %3</source>
        <translation>appliqué depuis %1, par %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no visible change</source>
        <translation>aucun changement visible</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The configuration on the drive belongs to another shop.</source>
        <translation>La configuration présente sur le kDrive appartient à un autre magasin.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+11"/>
        <source>The published configuration has an invalid eco-organism mapping.</source>
        <translation>La configuration publiée contient un rattachement à un éco-organisme invalide.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The stations of the shop cannot be listed, so the code %1 cannot be checked: %2</source>
        <translation>Les postes du magasin ne peuvent pas être listés, le code %1 ne peut donc pas être vérifié&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A station of the shop cannot be read, so the code %1 cannot be checked: %2</source>
        <translation>Un poste du magasin ne peut pas être lu, le code %1 ne peut donc pas être vérifié&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shop already has a station %1: choose another code.</source>
        <translation>Le magasin a déjà un poste %1&#xa0;: choisissez un autre code.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>The published configuration has an invalid container.</source>
        <translation>La configuration publiée contient un contenant invalide.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The published configuration has an invalid town.</source>
        <translation>La configuration publiée contient une commune invalide.</translation>
    </message>
    <message>
        <location line="-471"/>
        <source>solidarity prices and free gifts changed</source>
        <translation>prix solidaires et dons gratuits modifiés</translation>
    </message>
    <message>
        <location line="+397"/>
        <source>The published configuration has invalid solidarity prices or gifts.</source>
        <translation>La configuration publiée contient des prix solidaires ou des dons gratuits invalides.</translation>
    </message>
</context>
<context>
    <name>SiteKeyStore</name>
    <message>
        <location filename="../core/sync/sitekeys.cpp" line="+48"/>
        <source>The keychain entry %1 is not a valid key.</source>
        <translation>L’entrée %1 du trousseau n’est pas une clé valide.</translation>
    </message>
</context>
<context>
    <name>SiteRecovery</name>
    <message>
        <location filename="../core/sync/recovery.cpp" line="-222"/>
        <source>Not a recovery key.</source>
        <translation>Ce n’est pas une clé de secours.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is not a recovery key: it has %1 groups of %2 letters and digits.</source>
        <translation>Ce n’est pas une clé de secours&#xa0;: elle a %1 groupes de %2 lettres et chiffres.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The drive holds no recovery file: this shop cannot be restored with a recovery key.</source>
        <translation>Le kDrive n’a pas de fichier de secours&#xa0;: ce magasin ne peut pas être restauré avec une clé de secours.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This recovery key does not open this shop&apos;s data (mistyped, or an older kit replaced by a new one).</source>
        <translation>Cette clé de secours n’ouvre pas les données de ce magasin (faute de frappe, ou ancien kit remplacé par un nouveau).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>These are not this shop&apos;s keys.</source>
        <translation>Ce ne sont pas les clés de ce magasin.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Only a super-administrator can make a new recovery key.</source>
        <translation>Seul un super-administrateur peut créer une nouvelle clé de secours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station does not hold the shop&apos;s key: it cannot make a recovery key.</source>
        <translation>Ce poste n’a pas la clé du magasin&#xa0;: il ne peut pas créer de clé de secours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new recovery key is made on an administration station of the shop.</source>
        <translation>Une nouvelle clé de secours se crée sur un poste d’administration du magasin.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>The shop&apos;s recovery file is damaged.</source>
        <translation>Le fichier de secours du magasin est abîmé.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This station holds no copy of the shop&apos;s recovery file, which a backup file needs so that the recovery key opens it: synchronize once with the drive, then save again.</source>
        <translation>Ce poste n’a pas de copie du fichier de secours du magasin, dont un fichier de sauvegarde a besoin pour que la clé de secours l’ouvre : synchronisez une fois avec le kDrive, puis sauvegardez à nouveau.</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <location filename="../core/admin/sites.cpp" line="+64"/>
        <location line="+18"/>
        <source>The logo is too large (%1 Ko): at most %2 Ko.</source>
        <translation>Le logo est trop lourd (%1&#xa0;Ko)&#xa0;: %2&#xa0;Ko au plus.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the file &quot;%1&quot;.</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A site name has 1 to 80 characters.</source>
        <translation>Le nom d’un site a de 1 à 80 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has at most 200 characters.</source>
        <translation>L’adresse a au plus 200 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown time zone &quot;%1&quot; (for example: Europe/Paris).</source>
        <translation>Fuseau horaire «&#xa0;%1&#xa0;» inconnu (par exemple&#xa0;: Europe/Paris).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A colour is written #RRGGBB, for example #2E7D32.</source>
        <translation>Une couleur s’écrit #RRVVBB, par exemple #2E7D32.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The receipt header and footer have at most %n characters each.</source>
        <translation>
            <numerusform>L’en-tête et le pied du ticket ont chacun au plus %n caractère.</numerusform>
            <numerusform>L’en-tête et le pied du ticket ont chacun au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt header and footer cannot contain control characters.</source>
        <translation>L’en-tête et le pied du ticket ne peuvent pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+203"/>
        <source>The variance threshold must be between 0,00 € and 10 000,00 €.</source>
        <translation>Le seuil d’écart doit être compris entre 0,00&#xa0;€ et 10&#x202f;000,00&#xa0;€.</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>A SIRET number has 14 digits (or leave it empty).</source>
        <translation>Un numéro SIRET a 14 chiffres (ou laissez-le vide).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 can only change the settings of their own site.</source>
        <translation>%1 ne peut modifier que les réglages de son propre site.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+54"/>
        <location line="+28"/>
        <source>Unknown site.</source>
        <translation>Site inconnu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Only a super-admin can add a site.</source>
        <translation>Seul un super-administrateur peut ajouter un site.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Unknown register.</source>
        <translation>Caisse inconnue.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <location filename="../core/mail/smtpsender.cpp" line="+142"/>
        <source>The mail client could not start.</source>
        <translation>Le client de messagerie n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The server accepted the message.</source>
        <translation>Le serveur a accepté le message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the message for now (%1): it will be sent again later.</source>
        <translation>Le serveur refuse le message pour l’instant (%1) : il sera renvoyé plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the user or the password (%1): check the mail account.</source>
        <translation>Le serveur a refusé l’utilisateur ou le mot de passe (%1) : vérifiez le compte de messagerie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to the mail server failed (%1): its certificate could not be verified.</source>
        <translation>La connexion sécurisée au serveur de messagerie a échoué (%1) : son certificat n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server does not offer STARTTLS: choose implicit TLS or another port.</source>
        <translation>Le serveur de messagerie ne propose pas STARTTLS : choisissez TLS implicite ou un autre port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the message (%1): it is not sent again.</source>
        <translation>Le serveur a refusé le message (%1) : il ne sera pas renvoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail server %1 does not answer (%2): the message waits and is tried again later.</source>
        <translation>Le serveur de messagerie %1 ne répond pas (%2) : le message attend et sera réessayé plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server %1 cannot be reached (%2): the message waits for the network.</source>
        <translation>Le serveur de messagerie %1 est injoignable (%2) : le message attend le réseau.</translation>
    </message>
    <message>
        <location filename="../core/mail/scheduledreports.cpp" line="+69"/>
        <location filename="../core/mail/smtpsender.cpp" line="-7"/>
        <source>Sending was interrupted (ReCaisse is closing): the message waits for the next start.</source>
        <translation>L’envoi a été interrompu (ReCaisse se ferme) : le message attend le prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Solidarity</name>
    <message>
        <location filename="../core/solidarity.cpp" line="+38"/>
        <source>Give the reason.</source>
        <translation>Donnez la raison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>La raison est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A line&apos;s total is out of range.</source>
        <translation>Le total d’une ligne est hors limites.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A discount is between 0,01 % and 100 %.</source>
        <translation>Une remise est comprise entre 0,01&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a discount above 0,00 €.</source>
        <translation>Tapez une remise supérieure à 0,00&#xa0;€.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The discount (%1) cannot exceed the ticket&apos;s total (%2).</source>
        <translation>La remise (%1) ne peut pas dépasser le total du ticket (%2).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Social-services card</source>
        <translation>Carte services sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solidarity gift</source>
        <translation>Don solidaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Street outreach</source>
        <translation>Maraude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student kit</source>
        <translation>Kit étudiant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The till offers at most %1 discounts.</source>
        <translation>La caisse propose au plus %1 remises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The till offers at most %1 free gifts.</source>
        <translation>La caisse propose au plus %1 dons gratuits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two discounts are named &quot;%1&quot;.</source>
        <translation>Deux remises s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: a discount is between 0,01 % and 100 %.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une remise est comprise entre 0,01&#xa0;% et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: type a discount above 0,00 €.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: tapez une remise supérieure à 0,00&#xa0;€.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two free gifts are named &quot;%1&quot;.</source>
        <translation>Deux dons gratuits s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A discount preset has no kind.</source>
        <translation>Une remise proposée n’a pas de type.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The site&apos;s solidarity prices cannot be read.</source>
        <translation>Les prix solidaires du site sont illisibles.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&quot;%1&quot; is for members: choose the member first.</source>
        <translation>«&#xa0;%1&#xa0;» est réservé aux adhérents&#xa0;: choisissez d’abord l’adhérent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is for members: the member was not found.</source>
        <translation>«&#xa0;%1&#xa0;» est réservé aux adhérents&#xa0;: adhérent introuvable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is for members: %2 has no membership; record the fee first.</source>
        <translation>«&#xa0;%1&#xa0;» est réservé aux adhérents&#xa0;: %2 n’a jamais cotisé&#xa0;; encaissez d’abord la cotisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is for members: the membership of %2 ended on %3. Renew it first, or sell without this discount (the ticket stays in the member&apos;s name).</source>
        <translation>«&#xa0;%1&#xa0;» est réservé aux adhérents&#xa0;: l’adhésion de %2 a pris fin le %3. Renouvelez-la d’abord, ou vendez sans cette remise (le ticket reste au nom de l’adhérent).</translation>
    </message>
</context>
<context>
    <name>StationClock</name>
    <message>
        <location filename="../core/stationclock.cpp" line="+85"/>
        <source>Give the date and time it is now.</source>
        <translation>Indiquez la date et l’heure qu’il est.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PC&apos;s clock is still wrong: %1 Set the date and time of the PC first, then confirm them here.</source>
        <translation>L’horloge du PC est encore fausse&#xa0;: %1 Réglez d’abord la date et l’heure du PC, puis confirmez-les ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PC&apos;s clock says %1 but it is %2: set the date and time of the PC, then confirm them here.</source>
        <translation>L’horloge du PC indique %1 alors qu’il est %2&#xa0;: réglez la date et l’heure du PC, puis confirmez-les ici.</translation>
    </message>
</context>
<context>
    <name>StationRegistry</name>
    <message>
        <location filename="../core/sync/stationregistry.cpp" line="+80"/>
        <source>A station needs an id and a code.</source>
        <translation>Un poste a besoin d’un identifiant et d’un code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The public keys of station %1 are not valid.</source>
        <translation>Les clés publiques du poste %1 ne sont pas valides.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Station %1 was revoked: it cannot be registered again.</source>
        <translation>Le poste %1 a été révoqué&#xa0;: il ne peut pas être enregistré à nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shop already has a station %1: choose another code.</source>
        <translation>La boutique a déjà un poste %1&#xa0;: choisissez un autre code.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No station %1 is registered.</source>
        <translation>Aucun poste %1 n’est enregistré.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Station %1 was revoked: it cannot administer the shop.</source>
        <translation>Le poste %1 a été révoqué&#xa0;: il ne peut pas administrer la boutique.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new keys of a restored station are not valid.</source>
        <translation>Les nouvelles clés d’un poste restauré ne sont pas valides.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Station %1 was revoked: its keys cannot be replaced.</source>
        <translation>Le poste %1 a été révoqué : ses clés ne peuvent pas être remplacées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys of station %1 changed since: this replacement is out of date.</source>
        <translation>Les clés du poste %1 ont changé depuis : ce remplacement est périmé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Station %1 already signs with this key: a restore needs new keys.</source>
        <translation>Le poste %1 signe déjà avec cette clé&#xa0;: une restauration demande de nouvelles clés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station %1 cannot take back a key it gave up.</source>
        <translation>Le poste %1 ne peut pas reprendre une clé qu’il a abandonnée.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Station %1 is already registered with its keys.</source>
        <translation>Le poste %1 est déjà enregistré avec ses clés.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The published configuration has an invalid station registration.</source>
        <translation>La configuration publiée contient un enregistrement de poste invalide.</translation>
    </message>
</context>
<context>
    <name>StationRekey</name>
    <message>
        <location filename="../core/sync/rekey.cpp" line="+63"/>
        <source>Not a recovery signing key.</source>
        <translation>Ce n’est pas une clé de signature de secours.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Refused %1 from the drive: it holds more than %2 statements of restored stations.</source>
        <translation>%1 refusé sur le kDrive : il contient plus de %2 déclarations de postes restaurés.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refused %1 from the drive: it is not a statement signed with the shop&apos;s recovery key.</source>
        <translation>%1 refusé sur le kDrive : ce n’est pas une déclaration signée avec la clé de secours du magasin.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not a recovery key.</source>
        <translation>Ce n’est pas une clé de secours.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The backup on the drive belongs to another shop than the recovery key.</source>
        <translation>La sauvegarde du kDrive appartient à un autre magasin que la clé de secours.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Station %1 is not in the shop&apos;s station registry: it cannot be restored with the recovery key. Join the shop again with a join code.</source>
        <translation>Le poste %1 n’est pas dans le registre des postes du magasin : il ne peut pas être restauré avec la clé de secours. Rejoignez le magasin avec un code d’adhésion.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/store.cpp" line="+44"/>
        <source>The shop name must have between 1 and 120 characters.</source>
        <translation>Le nom du magasin doit compter entre 1 et 120 caractères.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The station code must be 1 to 16 letters, digits or dashes, such as CAISSE1.</source>
        <translation>Le code du poste compte de 1 à 16 lettres, chiffres ou tirets, par exemple CAISSE1.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Fuseau horaire «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The shop&apos;s published identity is incomplete.</source>
        <translation>L’identité publiée du magasin est incomplète.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 has no station identity: it is not a ReCaisse station database.</source>
        <translation>%1 n’a pas d’identité de poste&#xa0;: ce n’est pas une base de données de poste ReCaisse.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 names an unknown numbering series.</source>
        <translation>%1 indique une série de numérotation inconnue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A station&apos;s numbering series never goes back nor beyond %1.</source>
        <translation>La série de numérotation d’un poste ne recule jamais et ne dépasse pas %1.</translation>
    </message>
</context>
<context>
    <name>SyncAccount</name>
    <message>
        <location filename="../core/sync/account.cpp" line="+31"/>
        <source>The address must start with https:// (for kDrive: https://&lt;number&gt;.connect.kdrive.infomaniak.com).</source>
        <translation>L’adresse doit commencer par https:// (pour kDrive&#xa0;: https://&lt;numéro&gt;.connect.kdrive.infomaniak.com).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address must not contain a user or a password (user:password@): type them in their own fields.</source>
        <translation>L’adresse ne doit contenir ni utilisateur ni mot de passe (utilisateur:mot-de-passe@)&#xa0;: tapez-les dans leurs propres champs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account&apos;s user (its e-mail) is missing.</source>
        <translation>L’utilisateur du compte (son adresse e-mail) manque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the application password of the kDrive account.</source>
        <translation>Saisissez le mot de passe d’application du compte kDrive.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only an administrator can change the kDrive account.</source>
        <translation>Seul un administrateur peut modifier le compte kDrive.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No kDrive account is set up for this shop: sync is off.</source>
        <translation>Aucun compte kDrive n’est configuré pour ce magasin&#xa0;: la synchronisation est désactivée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kDrive password is not in this computer&apos;s keychain: enter it again in the sync settings.</source>
        <translation>Le mot de passe kDrive n’est pas dans le trousseau de cet ordinateur&#xa0;: saisissez-le à nouveau dans les réglages de synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+391"/>
        <source>Segment %1-%2 could not be compressed.</source>
        <translation>Le segment %1-%2 n’a pas pu être compressé.</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>The identity file of station %1 on the server is damaged.</source>
        <translation>Le fichier d’identité du poste %1 sur le serveur est abîmé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Station %1 calls itself %2 on the drive: refused.</source>
        <translation>Le poste %1 se présente comme %2 sur le kDrive&#xa0;: refusé.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Records %1 to %2 of station %3 are missing on the server.</source>
        <translation>Les enregistrements %1 à %2 du poste %3 manquent sur le serveur.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Segment %1 of station %2 is damaged: %3</source>
        <translation>Le paquet %1 du poste %2 est abîmé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segment %1 of station %2 was refused: document %3 does not carry the station&apos;s code.</source>
        <translation>Le segment %1 du poste %2 a été refusé&#xa0;: le document %3 ne porte pas le code du poste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment %1 of station %2 was refused: %3</source>
        <translation>Le paquet %1 du poste %2 a été refusé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&quot;%1&quot; is not a valid place on the drive.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un emplacement valable sur le kDrive.</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n enregistrement envoyé</numerusform>
            <numerusform>%n enregistrements envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) received</source>
        <translation>
            <numerusform>%n enregistrement reçu</numerusform>
            <numerusform>%n enregistrements reçus</numerusform>
        </translation>
    </message>
    <message>
        <location line="-346"/>
        <location line="+7"/>
        <source>The member register of station %1 on the server is damaged.</source>
        <translation>Le registre des adhérents du poste %1 sur le serveur est endommagé.</translation>
    </message>
</context>
<context>
    <name>TaxReceipts</name>
    <message>
        <location filename="../core/taxreceipts.cpp" line="+175"/>
        <source>The association&apos;s object is too long (at most %1 characters).</source>
        <translation>L’objet de l’association est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the association&apos;s object: the tax receipt prints it.</source>
        <translation>Indiquez l’objet de l’association&#xa0;: le reçu fiscal l’imprime.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This shop does not issue tax receipts: an administrator declares in the settings that the association may issue them.</source>
        <translation>Cette ressourcerie ne délivre pas de reçus fiscaux&#xa0;: un administrateur déclare dans les réglages que l’association peut en délivrer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A tax receipt names the donor: type their name and address.</source>
        <translation>Un reçu fiscal nomme le donateur&#xa0;: tapez son nom et son adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The donor&apos;s name (at most %1 characters) or address (at most %2) is too long.</source>
        <translation>Le nom du donateur (%1 caractères au maximum) ou son adresse (%2 au maximum) est trop long.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No money donation is numbered %1 (a tax receipt is for a money donation, never for objects).</source>
        <translation>Aucun don en argent ne porte le numéro %1 (un reçu fiscal concerne un don en argent, jamais des objets).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt for %1 is issued on the station that recorded the donation.</source>
        <translation>Le reçu du don %1 s’établit sur le poste qui a enregistré le don.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The tax receipt %1 was already issued for this donation: print it again instead.</source>
        <translation>Le reçu fiscal %1 a déjà été établi pour ce don&#xa0;: réimprimez-le plutôt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No tax receipt is numbered %1.</source>
        <translation>Aucun reçu fiscal ne porte le numéro %1.</translation>
    </message>
</context>
<context>
    <name>TelegramBot</name>
    <message>
        <location filename="../core/notify/telegrambot.cpp" line="+189"/>
        <source>/statut is for the managers (administrators and supervisors).</source>
        <translation>/statut est réservé aux responsables (administrateurs et superviseurs).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: open (%2), %3, %n ticket(s)</source>
        <translation>
            <numerusform>%1 : ouverte (%2), %3, %n ticket</numerusform>
            <numerusform>%1 : ouverte (%2), %3, %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: closed, %2, %n ticket(s)</source>
        <translation>
            <numerusform>%1 : fermée, %2, %n ticket</numerusform>
            <numerusform>%1 : fermée, %2, %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Day: %1, %n ticket(s)</source>
        <translation>
            <numerusform>Journée : %1, %n ticket</numerusform>
            <numerusform>Journée : %1, %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation : jamais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ReCaisse bot.
/statut: registers open, the day&apos;s takings and the last sync (managers)
/depot 3 kg textile: a deposit received, counted once checked at reception (reception team)
/aide: this help</source>
        <translation>Bot ReCaisse.
/statut&#xa0;: caisses ouvertes, recettes du jour et dernière synchronisation (responsables)
/depot 3 kg textile&#xa0;: un dépôt reçu, compté une fois vérifié à l’accueil (accueil)
/aide&#xa0;: cette aide</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Deposit already received, to be checked at reception.</source>
        <translation>Dépôt déjà reçu, à vérifier à l’accueil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deposit received: %1, %2 kg. It counts once checked at reception.</source>
        <translation>Dépôt reçu&#xa0;: %1, %2 kg. Il comptera une fois vérifié à l’accueil.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>/depot is for the reception team.</source>
        <translation>/depot est réservé à l’accueil.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Voice deposits are for the reception team.</source>
        <translation>Les dépôts par message vocal sont réservés à l’accueil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice message already received, to be completed at reception.</source>
        <translation>Message vocal déjà reçu, à compléter à l’accueil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This voice message lasts %1 s: send one of %2 s at most.</source>
        <translation>Ce message vocal dure %1 s&#xa0;: envoyez-en un de %2 s au plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This voice message is too large: %1 kB at most.</source>
        <translation>Ce message vocal est trop gros&#xa0;: %1 ko au plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>The voice message could not be fetched: %1</source>
        <translation>Le message vocal n’a pas pu être téléchargé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This voice message cannot be played (not Ogg/Opus audio): record it again with Telegram&apos;s microphone button.</source>
        <translation>Ce message vocal ne peut pas être écouté (ce n’est pas un son Ogg/Opus)&#xa0;: enregistrez-le de nouveau avec le bouton micro de Telegram.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The voice message could not be kept on this station.</source>
        <translation>Le message vocal n’a pas pu être gardé sur ce poste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Voice message received (%1 s). The reception will fill in the deposit while listening to it; it counts once validated.</source>
        <translation>Message vocal reçu (%1 s). L’accueil remplira le dépôt en l’écoutant&#xa0;; il comptera une fois validé.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Write for example: /depot 3 kg textile (a weight in kg or g, then a category of the shop).</source>
        <translation>Écrivez par exemple&#xa0;: /depot 3 kg textile (un poids en kg ou en g, puis une catégorie du magasin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The weight must be between 1 g and %1 kg.</source>
        <translation>Le poids doit être entre 1 g et %1 kg.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No category &quot;%1&quot; in the shop. %2</source>
        <translation>Aucune catégorie «&#xa0;%1&#xa0;» dans le magasin. %2</translation>
    </message>
</context>
<context>
    <name>TelegramNotifier</name>
    <message>
        <location filename="../core/sync/telegram.cpp" line="+139"/>
        <source>Telegram is not set up (no bot token or no chat id).</source>
        <translation>Telegram n’est pas configuré (pas de jeton de bot ou pas d’identifiant de conversation).</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+31"/>
        <source>The HTTP client could not start.</source>
        <translation>Le client HTTP n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+30"/>
        <source>Telegram is not set up (no bot token).</source>
        <translation>Telegram n’est pas configuré (pas de jeton de bot).</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+29"/>
        <source>Telegram could not be reached: %1</source>
        <translation>Telegram est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Telegram refused the call %1 (HTTP %2).</source>
        <translation>Telegram a refusé l’appel %1 (HTTP %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Telegram gave no usable file.</source>
        <translation>Telegram n’a donné aucun fichier utilisable.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is larger than %1 kB.</source>
        <translation>Le fichier dépasse %1 ko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Telegram refused the file download (HTTP %1).</source>
        <translation>Telegram a refusé le téléchargement du fichier (HTTP %1).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The Telegram API address is not valid.</source>
        <translation>L’adresse de l’API Telegram n’est pas valable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Telegram API address must not contain a user or a password.</source>
        <translation>L’adresse de l’API Telegram ne doit contenir ni utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a Telegram chat id (digits only).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de conversation Telegram (chiffres uniquement).</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The Bot API address is set on an administration station and reaches this one with the shop&apos;s configuration. The bot token and the chat ids are kept on this station.</source>
        <translation>L’adresse de l’API du bot se règle sur un poste d’administration et arrive sur celui-ci avec la configuration du magasin. Le jeton du bot et les identifiants de discussion sont gardés sur ce poste.</translation>
    </message>
</context>
<context>
    <name>TillRules</name>
    <message>
        <location filename="../core/vat.cpp" line="+56"/>
        <source>&quot;%1&quot; is not a VAT rate (for example 20 or 5,5).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un taux de TVA (par exemple 20 ou 5,5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+155"/>
        <location line="+5"/>
        <source>A VAT rate is between 0 and 100 %.</source>
        <translation>Un taux de TVA est compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Give the day the VAT setting applies from.</source>
        <translation>Indiquez le jour à partir duquel le réglage de TVA s’applique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VAT setting cannot start in the past (%1): the tickets already made keep theirs. Choose today or a later day.</source>
        <translation>Un réglage de TVA ne peut pas commencer dans le passé (%1)&#xa0;: les tickets déjà faits gardent le leur. Choisissez aujourd’hui ou un jour suivant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The VAT mention has at most %1 characters.</source>
        <translation>La mention de TVA a au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A shop not liable for VAT prints its mention, for example &quot;%1&quot;.</source>
        <translation>Une boutique non assujettie à la TVA imprime sa mention, par exemple «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>The warranty lasts from 0 to %1 months.</source>
        <translation>La garantie dure de 0 à %1 mois.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>A VAT setting from %1 is already scheduled: set the rate in it.</source>
        <translation>Un réglage de TVA à partir du %1 est déjà programmé&#xa0;: fixez le taux dans celui-ci.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A rate per category applies to a shop liable for VAT with a rate per category: set the VAT status first.</source>
        <translation>Un taux par catégorie vaut pour une boutique assujettie à la TVA avec un taux par catégorie&#xa0;: réglez d’abord le régime de TVA.</translation>
    </message>
</context>
<context>
    <name>TonnageReports</name>
    <message>
        <location filename="../core/exports/tonnagereport.cpp" line="+61"/>
        <source>All flows</source>
        <translation>Tous les flux</translation>
    </message>
    <message>
        <location line="+211"/>
        <location line="+2"/>
        <source>No eco-organism</source>
        <translation>Aucun éco-organisme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code &quot;%1&quot; stored on lines of the category &quot;%2&quot; is unknown to the %3 definition.</source>
        <translation>Le code «&#xa0;%1&#xa0;» enregistré sur des lignes de la catégorie «&#xa0;%2&#xa0;» est inconnu de la définition %3.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+44"/>
        <location line="+94"/>
        <location line="+66"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>of which %1</source>
        <translation>dont %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of which estimated</source>
        <translation>dont estimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given to associations</source>
        <translation>Donné aux associations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reused (sold and given)</source>
        <translation>Réemployé (vendu et donné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+99"/>
        <location line="+8"/>
        <source>Recycled</source>
        <translation>Recyclé</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Thrown away (waste centre)</source>
        <translation>Jeté (déchèterie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverted from waste</source>
        <translation>Détourné du déchet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reuse rate</source>
        <translation>Taux de réemploi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Eco-organisms&apos; collections</source>
        <translation>Collectes des éco-organismes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recycling streams</source>
        <translation>Filières de recyclage</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Material report</source>
        <translation>Bilan matière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to %2, made on %3 UTC</source>
        <translation>Du %1 au %2, établi le %3 (UTC)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Whole site</source>
        <translation>Ensemble du site</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reused</source>
        <translation>Réemployé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waste</source>
        <translation>Déchets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reuse %</source>
        <translation>% réemploi</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Per eco-organism (kg)</source>
        <translation>Par éco-organisme (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per eco-organism category (kg)</source>
        <translation>Par catégorie d’éco-organisme (kg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per shop category (kg)</source>
        <translation>Par catégorie de la boutique (kg)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, material report from %2 to %3</source>
        <translation>%1, bilan matière du %2 au %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The workbook %1 cannot be created.</source>
        <translation>Le classeur %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The workbook %1 could not be written: %2</source>
        <translation>Le classeur %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location line="-343"/>
        <location line="+176"/>
        <source>No town given</source>
        <translation>Commune non renseignée</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Received per town (kg)</source>
        <translation>Reçu par commune (kg)</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>The shop has no site %1.</source>
        <translation>Le magasin n’a pas de site %1.</translation>
    </message>
</context>
<context>
    <name>Towns</name>
    <message>
        <location filename="../core/towns.cpp" line="+63"/>
        <source>Several towns match &quot;%1&quot;: give the name with its postcode, as &quot;%2&quot;.</source>
        <translation>Plusieurs communes correspondent à « %1 » : donnez le nom avec son code postal, comme « %2 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The town &quot;%1&quot; is not in the site&apos;s list of towns: an administrator adds it first.</source>
        <translation>La commune « %1 » n’est pas dans la liste des communes du site : un administrateur doit d’abord l’y ajouter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A town&apos;s name has 1 to %1 characters.</source>
        <translation>Le nom d’une commune a de 1 à %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A postcode has five digits (&quot;%1&quot; given).</source>
        <translation>Un code postal a cinq chiffres (« %1 » donné).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The town %1 is already listed.</source>
        <translation>La commune %1 est déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message>
        <location filename="../core/admin/useradmin.cpp" line="+37"/>
        <source>A Telegram id is a number of 5 to 15 digits (ask the person to send /start to the bot).</source>
        <translation>Un identifiant Telegram est un nombre de 5 à 15 chiffres (demandez à la personne d’envoyer /start au bot).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Only a super-admin can change a super-admin&apos;s account.</source>
        <translation>Seul un super-administrateur peut modifier le compte d’un super-administrateur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is the last super-admin: name another super-admin first.</source>
        <translation>%1 est le dernier super-administrateur&#xa0;: nommez d’abord un autre super-administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the last active administrator: name another administrator first.</source>
        <translation>%1 est le dernier administrateur actif&#xa0;: nommez d’abord un autre administrateur.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is the last super-admin and cannot be deactivated.</source>
        <translation>%1 est le dernier super-administrateur et ne peut pas être désactivé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This Telegram id is already given to %1.</source>
        <translation>Cet identifiant Telegram est déjà attribué à %1.</translation>
    </message>
</context>
<context>
    <name>UserImport</name>
    <message>
        <location filename="../core/portability/userimport.cpp" line="+56"/>
        <source>&quot;%1&quot; is not a role: write caisse, accueil or superviseur</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rôle&#xa0;: écrivez caisse, accueil ou superviseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an administrator is created on the users page, with a PIN</source>
        <translation>un administrateur se crée sur la page Utilisateurs, avec un code PIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the column that holds the people&apos;s names.</source>
        <translation>Choisissez la colonne qui contient les noms des personnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has more than %1 rows: nothing was imported.</source>
        <translation>Le fichier a plus de %1 lignes&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is already on row %2</source>
        <translation>«&#xa0;%1&#xa0;» est déjà à la ligne %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this Telegram id is already someone else&apos;s</source>
        <translation>cet identifiant Telegram est déjà celui de quelqu’un d’autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this Telegram id is already on row %1</source>
        <translation>cet identifiant Telegram est déjà à la ligne %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an administrator: change the role on the users page</source>
        <translation>%1 est administrateur&#xa0;: changez son rôle sur la page Utilisateurs</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../core/users.cpp" line="+46"/>
        <location line="+3"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un code PIN compte de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An administrator&apos;s PIN has %1 to 8 digits.</source>
        <translation>Le code PIN d’un administrateur a de %1 à 8 chiffres.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A name has 1 to 60 characters.</source>
        <translation>Un nom compte de 1 à 60 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name cannot contain control characters.</source>
        <translation>Un nom ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+34"/>
        <source>Unknown user.</source>
        <translation>Utilisateur inconnu.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No user named &quot;%1&quot;.</source>
        <translation>Aucun utilisateur ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1&apos;s account is deactivated.</source>
        <translation>Le compte de %1 est désactivé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Too many wrong PINs: %1&apos;s account is locked until %2.</source>
        <translation>Trop de codes PIN erronés&#xa0;: le compte de %1 est bloqué jusqu’à %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This station has not read the shop&apos;s key from the system keychain, so no PIN can be checked. Wait a moment and try again; if it lasts, check that the keychain is unlocked.</source>
        <translation>Ce poste n’a pas encore lu la clé de la boutique dans le trousseau du système&#xa0;: aucun code PIN ne peut être vérifié. Patientez un instant puis réessayez&#xa0;; si cela dure, vérifiez que le trousseau est déverrouillé.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Wrong PIN. Too many attempts: the account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Code PIN erroné. Trop d’essais&#xa0;: le compte est bloqué pendant %n minute.</numerusform>
            <numerusform>Code PIN erroné. Trop d’essais&#xa0;: le compte est bloqué pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Code PIN erroné. Il reste %n essai.</numerusform>
            <numerusform>Code PIN erroné. Il reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is an administrator: the PIN must have at least %2 digits. Choose a new one.</source>
        <translation>%1 est administrateur&#xa0;: le code PIN doit avoir au moins %2 chiffres. Choisissez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a PIN other than the current one.</source>
        <translation>Choisissez un code PIN différent de l’actuel.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Un utilisateur nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This station already has users.</source>
        <translation>Ce poste a déjà des utilisateurs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a super-admin can create another super-admin.</source>
        <translation>Seul un super-administrateur peut créer un autre super-administrateur.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 is the last active administrator and cannot be deactivated.</source>
        <translation>%1 est le dernier administrateur actif et ne peut pas être désactivé.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The shop&apos;s configuration is changed on an administration station; this station shows it read-only.</source>
        <translation>La configuration de la boutique se modifie sur un poste d’administration&#xa0;; ce poste l’affiche en lecture seule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is not allowed to: %3.</source>
        <translation>%1 (%2) n’a pas l’autorisation&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An administrator must unlock this action: %1.</source>
        <translation>Un administrateur doit déverrouiller cette action&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot unlock this action: %2.</source>
        <translation>%1 ne peut pas déverrouiller cette action&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>%1 has no PIN yet: choose yours.</source>
        <translation>%1 n’a pas encore de code PIN&#xa0;: choisissez le vôtre.</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>An administrator is created with a PIN on the users page: a PIN chosen at the first login would let anyone take the account.</source>
        <translation>Un administrateur se crée avec un code PIN sur la page Utilisateurs&#xa0;: un code choisi à la première connexion laisserait n’importe qui prendre le compte.</translation>
    </message>
</context>
<context>
    <name>WebDavClient</name>
    <message>
        <location filename="../core/sync/webdavclient.cpp" line="+233"/>
        <source>%1: the network library could not start</source>
        <translation>%1&#xa0;: la bibliothèque réseau n’a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a path may not contain &quot;.&quot; or &quot;..&quot;</source>
        <translation>%1&#xa0;: un chemin ne peut pas contenir «&#xa0;.&#xa0;» ni «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1: the answer is bigger than %2 bytes</source>
        <translation>%1&#xa0;: la réponse dépasse %2 octets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot write the local file %2</source>
        <translation>%1&#xa0;: impossible d’écrire le fichier local %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot read the local file %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier local %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server sent no HTTP answer</source>
        <translation>%1&#xa0;: le serveur n’a envoyé aucune réponse HTTP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the server&apos;s certificate is not trusted (%2)</source>
        <translation>%1&#xa0;: le certificat du serveur n’est pas reconnu (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server stopped answering (%2)</source>
        <translation>%1&#xa0;: le serveur ne répond plus (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the connection was cut (%2)</source>
        <translation>%1&#xa0;: la connexion a été coupée (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the address of the shared folder is not valid (%2)</source>
        <translation>%1&#xa0;: l’adresse du dossier partagé n’est pas valide (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot reach the server (%2)</source>
        <translation>%1&#xa0;: impossible de joindre le serveur (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the server redirects to %2 (HTTP %3); check the address of the shared folder</source>
        <translation>%1&#xa0;: le serveur redirige vers %2 (HTTP %3)&#xa0;; vérifiez l’adresse du dossier partagé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the server refused the user name or the password (HTTP %2)</source>
        <translation>%1&#xa0;: le serveur a refusé le nom d’utilisateur ou le mot de passe (HTTP %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not found on the server (HTTP %2)</source>
        <translation>%1&#xa0;: introuvable sur le serveur (HTTP %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: too many requests, the server asks to wait %2 s</source>
        <translation>%1&#xa0;: trop de requêtes, le serveur demande d’attendre %2&#xa0;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: too many requests (HTTP 429)</source>
        <translation>%1&#xa0;: trop de requêtes (HTTP 429)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the shared drive is full (HTTP 507)</source>
        <translation>%1&#xa0;: l’espace de stockage partagé est plein (HTTP 507)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the server failed (HTTP %2)</source>
        <translation>%1&#xa0;: erreur du serveur (HTTP %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+118"/>
        <source>%1: unexpected answer from the server (HTTP %2)</source>
        <translation>%1&#xa0;: réponse inattendue du serveur (HTTP %2)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to %1: the folder does not exist on the drive (HTTP %2)</source>
        <translation>Connexion à %1 : le dossier n’existe pas sur le kDrive (HTTP %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: this address is not a WebDAV folder</source>
        <translation>%1&#xa0;: cette adresse n’est pas un dossier WebDAV</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Looking for the folder %1</source>
        <translation>Recherche du dossier %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Listing %1</source>
        <translation>Liste du dossier %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the answer is not XML (content type &quot;%2&quot;)</source>
        <translation>%1&#xa0;: la réponse n’est pas du XML (type de contenu «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+58"/>
        <source>Creating the folder %1</source>
        <translation>Création du dossier %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Uploading %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot read the local file %2 (%3)</source>
        <translation>%1&#xa0;: impossible de lire le fichier local %2 (%3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moving %1 to %2</source>
        <translation>Déplacement de %1 vers %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>%1: cannot write the local file %2 (%3)</source>
        <translation>%1&#xa0;: impossible d’écrire le fichier local %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleting %1</source>
        <translation>Suppression de %1</translation>
    </message>
</context>
<context>
    <name>WeighedInput</name>
    <message>
        <location filename="../ui/common/weighedinput.cpp" line="+25"/>
        <source>The number of items must be between 1 and %1.</source>
        <translation>Le nombre d’objets doit être compris entre 1 et %1.</translation>
    </message>
</context>
<context>
    <name>WeightConfirmation</name>
    <message>
        <location filename="../core/categories.cpp" line="+189"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../core/portability/workbook.cpp" line="+66"/>
        <source>The workbook cannot be written: %1</source>
        <translation>Le classeur ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <source>The workbook cannot hold a sheet named %1.</source>
        <translation>Le classeur ne peut pas contenir une feuille nommée %1.</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+17"/>
        <location line="+73"/>
        <source>The workbook cannot be created.</source>
        <translation>Le classeur ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The workbook has no sheet open.</source>
        <translation>Le classeur n’a pas de feuille ouverte.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../core/money.cpp" line="-60"/>
        <source>The weight must be between 0,001 kg and 10 000 kg.</source>
        <translation>Le poids doit être compris entre 0,001&#xa0;kg et 10&#x202f;000&#xa0;kg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A price per kg is between 0,01 € and %1.</source>
        <translation>Un prix au kilo est compris entre 0,01&#xa0;€ et %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2/kg would cost more than %3.</source>
        <translation>%1 × %2/kg coûterait plus de %3.</translation>
    </message>
</context>
<context>
    <name>recaisse::core::CustomerDisplay</name>
    <message>
        <location filename="../core/customerdisplay.cpp" line="+47"/>
        <source>No customer display is configured on this station.</source>
        <translation>Aucun afficheur client n’est configuré sur ce poste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the customer display on %1 (%2).</source>
        <translation>Impossible d’ouvrir l’afficheur client sur %1 (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The customer display is not connected.</source>
        <translation>L’afficheur client n’est pas connecté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer display on %1 did not take the text (%2).</source>
        <translation>L’afficheur client sur %1 n’a pas pris le texte (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The customer display on %1 was disconnected.</source>
        <translation>L’afficheur client sur %1 a été déconnecté.</translation>
    </message>
</context>
<context>
    <name>recaisse::core::NetworkReceiptPrinter</name>
    <message>
        <location filename="../core/receiptprinter.cpp" line="-109"/>
        <source>Could not send the ticket to the receipt printer %1.</source>
        <translation>Impossible d’envoyer le ticket à l’imprimante %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+25"/>
        <source>The receipt printer %1 closed the connection.</source>
        <translation>L’imprimante de tickets %1 a coupé la connexion.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The receipt printer %1 refused the connection.</source>
        <translation>L’imprimante de tickets %1 a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt printer %1 was not found.</source>
        <translation>L’imprimante de tickets %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt printer %1 cannot be reached.</source>
        <translation>L’imprimante de tickets %1 est injoignable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing on %1 failed: %2</source>
        <translation>Échec de l’impression sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt printer %1 did not answer within %2 s.</source>
        <translation>L’imprimante de tickets %1 n’a pas répondu en %2&#xa0;s.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No receipt printer is set on this station.</source>
        <translation>Aucune imprimante de tickets n’est réglée sur ce poste.</translation>
    </message>
</context>
<context>
    <name>recaisse::core::Scale</name>
    <message>
        <location filename="../core/scale.cpp" line="+98"/>
        <source>No scale is configured on this station.</source>
        <translation>Aucune balance n’est configurée sur ce poste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the scale on %1 (%2): enter the weight by hand.</source>
        <translation>Impossible d’ouvrir la balance sur %1 (%2) : saisissez le poids à la main.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This scale is tared on its own keypad (%1 has no tare command).</source>
        <translation>Cette balance se tare sur son propre clavier (%1 n’a pas de commande de tare).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scale is not connected.</source>
        <translation>La balance n’est pas connectée.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The scale on %1 sends data that is not %2: check its protocol, speed and parity, and enter the weight by hand.</source>
        <translation>La balance sur %1 envoie des données qui ne sont pas du %2 : vérifiez son protocole, sa vitesse et sa parité, et saisissez le poids à la main.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The scale on %1 was disconnected: enter the weight by hand.</source>
        <translation>La balance sur %1 a été déconnectée : saisissez le poids à la main.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scale on %1 does not answer: check its cable and speed, and enter the weight by hand.</source>
        <translation>La balance sur %1 ne répond pas : vérifiez son câble et sa vitesse, et saisissez le poids à la main.</translation>
    </message>
</context>
<context>
    <name>recaisse::core::sync::SyncWorker</name>
    <message>
        <location filename="../core/sync/syncworker.cpp" line="+262"/>
        <source>ReCaisse %1 (%2): the kDrive is full, nothing can be saved there any more.</source>
        <translation>ReCaisse %1 (%2)&#xa0;: le kDrive est plein, plus rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReCaisse %1 (%2): no successful sync since %3. Last error: %4</source>
        <translation>ReCaisse %1 (%2)&#xa0;: aucune synchronisation réussie depuis le %3. Dernière erreur&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1 (%n minute(s))</source>
        <translation>
            <numerusform>%1 (%n minute)</numerusform>
            <numerusform>%1 (%n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ReCaisse %1 (%2): account locked after wrong PINs: %3</source>
        <translation>ReCaisse %1 (%2)&#xa0;: compte bloqué après des codes PIN faux&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::AboutDialog</name>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="+22"/>
        <source>About ReCaisse</source>
        <translation>À propos de ReCaisse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The till and back office of a ressourcerie.</source>
        <translation>La caisse et l’outil de gestion d’une ressourcerie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (compiled with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReCaisse is free software: you may share and modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>ReCaisse est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la licence publique générale GNU (GPL), version&#xa0;3 ou toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy the support information</source>
        <translation>Copier les informations de support</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ReCaisse support information</source>
        <translation>Informations de support de ReCaisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied: paste it into your message to the support.</source>
        <translation>Copié&#xa0;: collez-le dans votre message au support.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::AccountPlanDialog</name>
    <message>
        <location filename="../ui/admin/accountplandialog.cpp" line="+23"/>
        <source>Account plan</source>
        <translation>Plan de comptes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The accounts the accounting export books each day to (the French associations&apos; chart by default).</source>
        <translation>Les comptes où l’export comptable passe chaque journée (par défaut, le plan comptable des associations).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Revenue account per category (empty: its parent&apos;s, else Sales)</source>
        <translation>Compte de produits par catégorie (vide : celui de la catégorie parente, sinon Ventes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::AdminPage</name>
    <message>
        <location filename="../ui/admin/adminpage.cpp" line="+28"/>
        <source>Read only: your role can look, not change.</source>
        <translation>Lecture seule&#xa0;: votre rôle permet de consulter, pas de modifier.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::AdminPanel</name>
    <message>
        <location filename="../ui/admin/adminpanel.cpp" line="+93"/>
        <source>Administration — %1</source>
        <translation>Administration — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export everything…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all the shop&apos;s data (JSON files, an Excel workbook) into one ZIP file.</source>
        <translation>Exporter toutes les données du magasin (fichiers JSON, classeur Excel) dans un seul fichier ZIP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The administration is for administrators and supervisors.</source>
        <translation>L’administration est réservée aux administrateurs et aux superviseurs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash sessions</source>
        <translation>Sessions de caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closings</source>
        <translation>Clôtures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sites and branding</source>
        <translation>Sites et personnalisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ecologic exports</source>
        <translation>Exports Ecologic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled reports</source>
        <translation>Rapports programmés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material report</source>
        <translation>Bilan matière</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The synchronisation console is not installed on this station.</source>
        <translation>La console de synchronisation n’est pas installée sur ce poste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Ecologic exports are not installed on this station.</source>
        <translation>Les exports Ecologic ne sont pas installés sur ce poste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>See the reports</source>
        <translation>Voir les rapports</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Folder for the export (a USB key…)</source>
        <translation>Dossier de l’export (une clé USB…)</translation>
    </message>
    <message>
        <location filename="../ui/admin/adminscreenshots.cpp" line="+33"/>
        <source>Screen %1 does not fit: it needs at least %2×%3 pixels, more than %4×%5.</source>
        <translation>L’écran %1 ne tient pas : il lui faut au moins %2×%3 pixels, plus que %4×%5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../ui/admin/adminpanel.cpp" line="-135"/>
        <source>Members</source>
        <translation>Adhérents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cheques and accounting</source>
        <translation>Chèques et comptabilité</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::AdminUnlockDialog</name>
    <message>
        <location filename="../ui/common/adminunlockdialog.cpp" line="+40"/>
        <source>Administrator validation</source>
        <translation>Validation par un administrateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An administrator must allow:</source>
        <translation>Un administrateur doit autoriser :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No active administrator on this station.</source>
        <translation>Aucun administrateur actif sur ce poste.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Administrator&apos;s PIN</source>
        <translation>Code de l’administrateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Choose the administrator first</source>
        <translation>Choisissez d’abord l’administrateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the administrator&apos;s PIN</source>
        <translation>Tapez le code de l’administrateur</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::AmountKeypad</name>
    <message>
        <location filename="../ui/common/amountkeypad.cpp" line="+45"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::AuditPage</name>
    <message>
        <location filename="../ui/admin/auditpage.cpp" line="+34"/>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Between</source>
        <translation>Entre le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>text to find (name, ticket number…)</source>
        <translation>texte à chercher (nom, numéro de ticket…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station:</source>
        <translation>Poste&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an event to see its detail.</source>
        <translation>Choisissez un événement pour voir son détail.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verify integrity</source>
        <translation>Vérifier l’intégrité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v / %m checked</source>
        <translation>%v / %m vérifiés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>the %n newest events, more as you scroll</source>
        <translation>
            <numerusform>l’événement le plus récent, les suivants en faisant défiler</numerusform>
            <numerusform>les %n événements les plus récents, les suivants en faisant défiler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>When: %1
Station: %2
Person: %3
Action: %4
Target: %5

Details:
%6
Event no. %7, hash:
%8</source>
        <translation>Quand&#xa0;: %1
Poste&#xa0;: %2
Personne&#xa0;: %3
Action&#xa0;: %4
Cible&#xa0;: %5

Détails&#xa0;:
%6
Événement n°&#xa0;%7, empreinte&#xa0;:
%8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n événement exporté dans %1.</numerusform>
            <numerusform>%n événements exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Verification cancelled after %1 documents and %2 audit events: nothing is known about the rest.</source>
        <translation>Vérification annulée après %1 documents et %2 événements d’audit : rien n’est connu du reste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Intact: %1 documents and %2 audit events checked, nothing was changed nor removed.</source>
        <translation>Intacte&#xa0;: %1 documents et %2 événements d’audit vérifiés, rien n’a été modifié ni supprimé.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n problem(s) found: the data was altered outside ReCaisse. Keep this PC as it is and contact support.</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;: les données ont été modifiées hors de ReCaisse. Ne touchez plus à ce PC et contactez le support.</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;: les données ont été modifiées hors de ReCaisse. Ne touchez plus à ce PC et contactez le support.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::BrandingPage</name>
    <message>
        <location filename="../ui/admin/brandingpage.cpp" line="+53"/>
        <source>Sites and branding</source>
        <translation>Sites et personnalisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New site…</source>
        <translation>Nouveau site…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SI&amp;RET:</source>
        <translation>SI&amp;RET&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Colours (main, accent):</source>
        <translation>&amp;Couleurs (principale, accent)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt &amp;header:</source>
        <translation>&amp;En-tête du ticket&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt &amp;footer:</source>
        <translation>&amp;Pied du ticket&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default variance &amp;threshold (€):</source>
        <translation>&amp;Seuil d’écart par défaut (€)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the site</source>
        <translation>&amp;Enregistrer le site</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the cashier screen&apos;s band</source>
        <translation>Aperçu du bandeau de l’écran de caisse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Variance alert threshold per register</source>
        <translation>Seuil d’alerte d’écart par caisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold (€)</source>
        <translation>Seuil (€)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the &amp;thresholds</source>
        <translation>Enregistrer les &amp;seuils</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register mode on this station</source>
        <translation>Mode caisse sur ce poste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full screen, and only an administrator can close ReCaisse. Takes effect the next time it starts.</source>
        <translation>Plein écran, et seul un administrateur peut fermer ReCaisse. Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print every ticket</source>
        <translation>Imprimer tous les tickets</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Register mode is on for this station from its next start.</source>
        <translation>Le mode caisse est activé sur ce poste à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register mode is off for this station from its next start.</source>
        <translation>Le mode caisse est désactivé sur ce poste à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every ticket is printed.</source>
        <translation>Tous les tickets sont imprimés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets are printed when the customer asks (and always for durable goods).</source>
        <translation>Les tickets sont imprimés quand le client le demande (et toujours pour les biens durables).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>no logo</source>
        <translation>pas de logo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file is damaged or is not a picture: choose another logo.</source>
        <translation>Ce fichier est abîmé ou n’est pas une image&#xa0;: choisissez un autre logo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The default threshold is not an amount: %1</source>
        <translation>Le seuil par défaut n’est pas un montant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The site &quot;%1&quot; is saved.</source>
        <translation>Le site «&#xa0;%1&#xa0;» est enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new site is added: give it its name and address, then save.</source>
        <translation>Un nouveau site est ajouté&#xa0;: donnez-lui son nom et son adresse, puis enregistrez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Threshold of %1: %2</source>
        <translation>Seuil de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n threshold(s) saved.</source>
        <translation>
            <numerusform>%n seuil enregistré.</numerusform>
            <numerusform>%n seuils enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-368"/>
        <source>VAT status saved: it applies to the documents made from its first day.</source>
        <translation>Régime de TVA enregistré&#xa0;: il s’applique aux documents faits à partir de son premier jour.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Issue tax receipts for money donations</source>
        <translation>Délivrer des reçus fiscaux pour les dons en argent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The association&apos;s object, printed on the receipts</source>
        <translation>L’objet de l’association, imprimé sur les reçus</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The till offers a tax receipt after each money donation.</source>
        <translation>La caisse propose un reçu fiscal après chaque don en argent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tax receipt is issued.</source>
        <translation>Aucun reçu fiscal n’est délivré.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>VAT…</source>
        <translation>TVA…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force today: %1</source>
        <translation>En vigueur aujourd’hui&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account plan saved: the next accounting exports use it.</source>
        <translation>Plan de comptes enregistré&#xa0;: les prochains exports comptables l’utilisent.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Solidarity prices…</source>
        <translation>Prix solidaires…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solidarity prices saved: every till of the site offers them.</source>
        <translation>Prix solidaires enregistrés&#xa0;: chaque caisse du site les propose.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::CashMovementScreen</name>
    <message>
        <location filename="../ui/cashier/cashmovementscreen.cpp" line="+36"/>
        <source>Cash in or out of the drawer</source>
        <translation>Entrée ou sortie d’espèces du tiroir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash in</source>
        <translation>Entrée d’espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash out</source>
        <translation>Sortie d’espèces</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change float top-up</source>
        <translation>Complément du fond de caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank deposit</source>
        <translation>Dépôt en banque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Small purchase</source>
        <translation>Petit achat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cash in %1 recorded: %2</source>
        <translation>Entrée %1 enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out %1 recorded: %2</source>
        <translation>Sortie %1 enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::CatalogueImportDialog</name>
    <message>
        <location filename="../ui/admin/catalogueimportdialog.cpp" line="+84"/>
        <source>Import categories from a spreadsheet</source>
        <translation>Importer des catégories depuis un tableur</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import only the valid rows</source>
        <translation>Importer seulement les lignes valides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invalid rows are skipped and listed; otherwise one invalid row stops the whole import.</source>
        <translation>Les lignes invalides sont écartées et listées&#xa0;; sinon une seule ligne invalide arrête tout l’import.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n row(s), CSV in %2 separated by “%3”.</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne, CSV en %2 séparé par «&#xa0;%3&#xa0;».</numerusform>
            <numerusform>%1&#xa0;: %n lignes, CSV en %2 séparé par «&#xa0;%3&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n row(s), Excel workbook (first sheet).</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne, classeur Excel (première feuille).</numerusform>
            <numerusform>%1&#xa0;: %n lignes, classeur Excel (première feuille).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>updates</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>invalid: %1</source>
        <translation>invalide&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalide</numerusform>
            <numerusform>%n invalides</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 rows are shown.</source>
        <translation>Les %1 premières lignes sont affichées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the file (hover a red cell to see why) or tick “Import only the valid rows”.</source>
        <translation>Corrigez le fichier (survolez une case rouge pour voir pourquoi) ou cochez «&#xa0;Importer seulement les lignes valides&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%n category(ies) created</source>
        <translation>
            <numerusform>%n catégorie créée</numerusform>
            <numerusform>%n catégories créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: %1</source>
        <translation>Écartées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 of %2 rows written…</source>
        <translation>%1 lignes écrites sur %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n person(s) created</source>
        <translation>
            <numerusform>%n personne créée</numerusform>
            <numerusform>%n personnes créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n price row(s) updated</source>
        <translation>
            <numerusform>%n ligne de prix mise à jour</numerusform>
            <numerusform>%n lignes de prix mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Import people from a spreadsheet</source>
        <translation>Importer des personnes depuis un tableur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a price list from a spreadsheet</source>
        <translation>Importer une liste de prix depuis un tableur</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Spreadsheet to import</source>
        <translation>Tableur à importer</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Each new person chooses a PIN at their first login.</source>
        <translation>Chaque nouvelle personne choisit son code PIN à sa première connexion.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Spreadsheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx *.xls *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%1: %n row(s) read from the shop&apos;s Google Sheet.</source>
        <translation>
            <numerusform>%1 : %n ligne lue dans le tableur Google de la boutique.</numerusform>
            <numerusform>%1 : %n lignes lues dans le tableur Google de la boutique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::CategoriesPage</name>
    <message>
        <location filename="../ui/admin/categoriespage.cpp" line="+50"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EEE</source>
        <translation>EEE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importer depuis un tableur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create or update categories and prices from a CSV or Excel (.xlsx) file, choosing which column is which.</source>
        <translation>Créer ou mettre à jour des catégories et des prix depuis un fichier CSV ou Excel (.xlsx), en choisissant quelle colonne contient quoi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Containers and tares…</source>
        <translation>Contenants et tares…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Under:</source>
        <translation>&amp;Sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (not electrical)</source>
        <translation>Aucun (non électrique)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;EEE code:</source>
        <translation>Code &amp;EEE&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+289"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>No eco-organism</source>
        <translation>Aucun éco-organisme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which eco-organism the category is declared to. Only a super-administrator changes it; the defaults are to check against the shop&apos;s contract.</source>
        <translation>L’éco-organisme auquel la catégorie est déclarée. Seul un super-administrateur le change ; les rattachements par défaut sont à vérifier avec le contrat de la structure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eco-organism:</source>
        <translation>Éco-organisme :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+294"/>
        <source>min.</source>
        <translation>min.</translation>
    </message>
    <message>
        <location line="-293"/>
        <location line="+295"/>
        <source>max.</source>
        <translation>max.</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>&amp;Prices (€):</source>
        <translation>&amp;Prix (€)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: sold by the item</source>
        <translation>vide&#xa0;: vendu à la pièce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category sold by the kilo: the register weighs each lot and its price is the weight times this price.</source>
        <translation>Une catégorie vendue au kilo&#xa0;: la caisse pèse chaque lot, son prix est le poids multiplié par ce prix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price per kg (€):</source>
        <translation>Prix au kilo (€)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>average, kg</source>
        <translation>moyen, kg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weighed at the register</source>
        <translation>pesé en caisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Weight:</source>
        <translation>P&amp;oids&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plausible &amp;weight (kg):</source>
        <translation>Poids pl&amp;ausible (kg)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight of one item: outside this range a weight is refused unless an administrator confirms it. Empty: derived from the average weight.</source>
        <translation>Le poids d’un article : en dehors de cette fourchette, un poids est refusé sauf si un administrateur le confirme. Vide : déduite du poids moyen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Button &amp;colour:</source>
        <translation>&amp;Couleur du bouton&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shortcut:</source>
        <translation>Raccourci&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>durable good</source>
        <translation>bien durable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legal wa&amp;rranty:</source>
        <translation>Ga&amp;rantie légale&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shown at the register</source>
        <translation>Affichée en caisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+150"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>New sub-category</source>
        <translation>Nouvelle sous-catégorie</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 (hidden)</source>
        <translation>%1 (masquée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weighed</source>
        <translation>pesé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fill in the form, then Save.</source>
        <translation>Remplissez le formulaire, puis Enregistrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already used on tickets or deposits: it can be hidden, not removed, and its history stays.</source>
        <translation>Déjà utilisée sur des tickets ou des dépôts&#xa0;: elle peut être masquée, pas supprimée, et son historique reste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not used yet.</source>
        <translation>Pas encore utilisée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default: %1 — %2 (to check)</source>
        <translation>Par défaut : %1 — %2 (à vérifier)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>min. %1</source>
        <translation>min. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max. %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>default price</source>
        <translation>prix par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum price</source>
        <translation>prix minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum price</source>
        <translation>prix maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price per kg</source>
        <translation>prix au kilo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 is not an amount: %2</source>
        <translation>Le %1 n’est pas un montant&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&quot;%1&quot; is saved.</source>
        <translation>«&#xa0;%1&#xa0;» est enregistrée.</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>VAT (%):</source>
        <translation>TVA (%)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The VAT rate of the category from today on, for a shop liable with a rate per category. Empty: its parent&apos;s, else the default rate.</source>
        <translation>Le taux de TVA de la catégorie à partir d’aujourd’hui, pour une boutique assujettie avec un taux par catégorie. Vide&#xa0;: celui de la catégorie parente, sinon le taux par défaut.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Import a price list…</source>
        <translation>Importer une liste de prix…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the prices of existing categories from a CSV or Excel (.xlsx) file: a column naming the category, columns of prices.</source>
        <translation>Mettre à jour les prix des catégories existantes depuis un fichier CSV ou Excel (.xlsx)&#xa0;: une colonne désigne la catégorie, d’autres ses prix.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Towns…</source>
        <translation>Communes…</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ChequesPage</name>
    <message>
        <location filename="../ui/admin/chequespage.cpp" line="+61"/>
        <source>Cheques and accounting</source>
        <translation>Chèques et comptabilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cheques of closed cash sessions, on every station, not deposited yet. Select those you take to the bank (none selected: all).</source>
        <translation>Chèques des sessions de caisse clôturées, sur tous les postes, pas encore déposés. Sélectionnez ceux que vous portez à la banque (aucune sélection : tous).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Make a deposit slip…</source>
        <translation>&amp;Faire un bordereau de remise…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deposit slips</source>
        <translation>Bordereaux de remise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slip</source>
        <translation>Bordereau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save the slip&apos;s PDF again…</source>
        <translation>&amp;Enregistrer à nouveau le PDF du bordereau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounting export</source>
        <translation>Export comptable</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paheko (grouped import)</source>
        <translation>Paheko (import groupé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport the entries…</source>
        <translation>E&amp;xporter les écritures…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Slip %1: %n cheque(s), %2.</source>
        <translation>
            <numerusform>Bordereau %1 : %n chèque, %2.</numerusform>
            <numerusform>Bordereau %1 : %n chèques, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a slip in the list first.</source>
        <translation>Choisissez d’abord un bordereau dans la liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slip %1 saved.</source>
        <translation>Bordereau %1 enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>slip-%1.pdf</source>
        <translation>bordereau-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slip %1 is made; its PDF was not saved.</source>
        <translation>Le bordereau %1 est fait ; son PDF n’a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These days were already exported on %1 (%2 to %3). Export them again? Import them into the accounts only if the first export was not imported.</source>
        <translation>Ces journées ont déjà été exportées le %1 (du %2 au %3). Les exporter à nouveau ? Ne les importez en comptabilité que si le premier export ne l’a pas été.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export again?</source>
        <translation>Exporter à nouveau ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounting entries of %1 to %2 saved.</source>
        <translation>Écritures comptables du %1 au %2 enregistrées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The entries were not saved: export them again (you will be asked to confirm).</source>
        <translation>Les écritures n’ont pas été enregistrées : exportez-les à nouveau (une confirmation vous sera demandée).</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::CloseSessionScreen</name>
    <message>
        <location filename="../ui/cashier/closesessionscreen.cpp" line="+57"/>
        <source>Close the register: count the drawer</source>
        <translation>Clôturer la caisse : comptez le tiroir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count every note and coin in the drawer. The expected amount is shown once the count is validated.</source>
        <translation>Comptez chaque billet et pièce du tiroir. Le montant attendu s’affiche une fois le comptage validé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Validate the count</source>
        <translation>Valider le comptage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the register: check the variance</source>
        <translation>Clôturer la caisse : vérifiez l’écart</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expected in the drawer</source>
        <translation>Attendu dans le tiroir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What explains the difference?</source>
        <translation>Qu’est-ce qui explique la différence ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Count again</source>
        <translation>Recompter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the register</source>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enter the number of each note and coin (0 when there is none).</source>
        <translation>Saisissez le nombre de chaque billet et pièce (0 s’il n’y en a pas).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Comment (required: the variance is beyond %1, an administrator will validate it)</source>
        <translation>Commentaire (obligatoire : l’écart dépasse %1, un administrateur le validera)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An administrator must validate this variance.</source>
        <translation>Un administrateur doit valider cet écart.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validate a cash variance of %1</source>
        <translation>Valider un écart de caisse de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not closed: an administrator must validate this variance.</source>
        <translation>Caisse non fermée : un administrateur doit valider cet écart.</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%n ticket(s) put aside at this register: back at the till, resume and pay them, or abandon them, before closing.</source>
        <translation>
            <numerusform>%n ticket mis de côté sur cette caisse&#xa0;: à la vente, reprenez-le et encaissez-le, ou abandonnez-le, avant de clôturer.</numerusform>
            <numerusform>%n tickets mis de côté sur cette caisse&#xa0;: à la vente, reprenez-les et encaissez-les, ou abandonnez-les, avant de clôturer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ClosingsPage</name>
    <message>
        <location filename="../ui/admin/closingspage.cpp" line="+23"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closings</source>
        <translation>Clôtures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ReCaisse closes each day, month and year by itself once it has ended (after a register is closed, and at midnight). Each closing is recorded in the chain with its totals and the fingerprint of the last document of the period.</source>
        <translation>ReCaisse clôt lui-même chaque jour, chaque mois et chaque année une fois terminés (après la clôture d’une caisse, et à minuit). Chaque clôture est enregistrée dans la chaîne avec ses totaux et l’empreinte du dernier document de la période.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grand total</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the closing</source>
        <translation>Imprimer la clôture</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Closing %1 sent to the receipt printer.</source>
        <translation>Clôture %1 envoyée à l’imprimante de tickets.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free gifts</source>
        <translation>Dons gratuits</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ContainersDialog</name>
    <message>
        <location filename="../ui/admin/containersdialog.cpp" line="+26"/>
        <source>Containers and tares</source>
        <translation>Contenants et tares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bins and cages of the whole site: the outflow screen subtracts the tare of the one an outflow is weighed in.</source>
        <translation>Les bacs et les cages de tout le site&#xa0;: l’écran des sorties soustrait la tare de celui dans lequel une sortie est pesée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Container</source>
        <translation>Contenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kg, e.g. 12,5</source>
        <translation>kg, par exemple 12,5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tare (kg):</source>
        <translation>&amp;Tare (kg)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the tare</source>
        <translation>Changer la tare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&quot;%1&quot; added, tare %2.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté, tare de %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tare changed to %1.</source>
        <translation>Nouvelle tare&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; removed; the outflows already weighed in it keep their tare.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé&#xa0;; les sorties déjà pesées dedans gardent leur tare.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::DenominationGrid</name>
    <message>
        <location filename="../ui/cashier/opensessionscreen.cpp" line="+95"/>
        <source>Total counted</source>
        <translation>Total compté</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::DepositScreen</name>
    <message>
        <location filename="../ui/reception/depositscreen.cpp" line="+169"/>
        <location line="+850"/>
        <source>New deposit</source>
        <translation>Nouveau dépôt</translation>
    </message>
    <message>
        <location line="-800"/>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>← Category</source>
        <translation>← Catégorie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 3,5</source>
        <translation>ex. 3,5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Number of items</source>
        <translation>Nombre d’objets</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Origin (kept for the next lines)</source>
        <translation>Provenance (gardée pour les lignes suivantes)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add the line</source>
        <translation>Ajouter la ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Erase the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deposit ticket</source>
        <translation>Ticket de dépôt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Note, e.g. the donor&apos;s name (optional)</source>
        <translation>Note, par ex. le nom du donateur (facultatif)</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Back one step (%1)</source>
        <translation>Revenir d’une étape (%1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose another category (%1)</source>
        <translation>Choisir une autre catégorie (%1)</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Reprint the receipt (%1)</source>
        <translation>Réimprimer le reçu (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another receipt of the last recorded ticket for the donor</source>
        <translation>Un autre reçu du dernier ticket enregistré, pour le donateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the ticket (%1)</source>
        <translation>Clôturer le ticket (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>What is brought?</source>
        <translation>Qu’est-ce qui est apporté ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: which kind?</source>
        <translation>%1 : quel type ?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (mixed)</source>
        <translation>%1 (en mélange)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No category is in use: ask an administrator.</source>
        <translation>Aucune catégorie n’est active : demandez à un administrateur.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose a category first.</source>
        <translation>Choisissez d’abord une catégorie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Weight outside the plausible range of %1</source>
        <translation>Poids hors de la fourchette plausible de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A ticket has at most %1 lines: close this one and start another.</source>
        <translation>Un ticket a au plus %1 lignes : clôturez celui-ci et commencez-en un autre.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added: %1, %2</source>
        <translation>Ajouté : %1, %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove this line</source>
        <translation>Supprimer cette ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the line %1</source>
        <translation>Supprimer la ligne %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+156"/>
        <location line="+18"/>
        <source>Nobody is logged in on this screen.</source>
        <translation>Personne n’est connecté sur cet écran.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Ticket %1 recorded: %2</source>
        <translation>Ticket %1 enregistré : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>Received by Telegram, to be checked: %n deposit(s) (%1)</source>
        <translation>
            <numerusform>Reçu par Telegram, à vérifier&#xa0;: %n dépôt (%1)</numerusform>
            <numerusform>Reçus par Telegram, à vérifier&#xa0;: %n dépôts (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-729"/>
        <location line="+795"/>
        <source>Home collections (%1)</source>
        <translation>Collectes à domicile (%1)</translation>
    </message>
    <message>
        <location line="-508"/>
        <source>The donor&apos;s town (%1: the next one)</source>
        <translation>La commune du donateur (%1 : la suivante)</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>Pickup %1 done, ticket %2 recorded: %3</source>
        <translation>Collecte %1 faite, ticket %2 enregistré : %3</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Weigh the objects of pickup %1, then close the ticket (%2).</source>
        <translation>Pesez les objets de la collecte %1, puis clôturez le ticket (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pickup %1, %2</source>
        <translation>Collecte %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the pickup (%1)</source>
        <translation>Quitter la collecte (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No town (%1)</source>
        <translation>Sans commune (%1)</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::DevicesPage</name>
    <message>
        <location filename="../ui/admin/devicespage.cpp" line="+73"/>
        <source>Devices of this station</source>
        <translation>Périphériques de ce poste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt printer and cash drawer</source>
        <translation>Imprimante de tickets et tiroir-caisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print a test ticket</source>
        <translation>Imprimer un ticket de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the drawer</source>
        <translation>Ouvrir le tiroir-caisse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scale</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even</source>
        <translation>Paire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd</source>
        <translation>Impaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mettler Toledo MT-SICS</source>
        <translation>Mettler Toledo MT-SICS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuous output (ST,GS,…)</source>
        <translation>Émission continue (ST,GS,…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toledo 8217</source>
        <translation>Toledo 8217</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Speed (baud)</source>
        <translation>Vitesse (bauds)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Parity</source>
        <translation>Parité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data bits</source>
        <translation>Bits de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Non connectée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Read the scale</source>
        <translation>Lire la balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer display</source>
        <translation>Afficheur client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accents (code page 858)</source>
        <translation>Accents (page de code 858)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without accents (ASCII)</source>
        <translation>Sans accents (ASCII)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a test message</source>
        <translation>Afficher un message de test</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ESC/POS printer on %1; the drawer hangs on it.</source>
        <translation>Imprimante ESC/POS sur %1 ; le tiroir-caisse y est branché.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ESC/POS printer at %1:%2; the drawer hangs on it.</source>
        <translation>Imprimante ESC/POS à %1:%2 ; le tiroir-caisse y est branché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system printer (no cash drawer).</source>
        <translation>L’imprimante du système (pas de tiroir-caisse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer: the tickets are saved as PDF files.</source>
        <translation>Pas d’imprimante : les tickets sont enregistrés en PDF.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No cash drawer is connected to this station.</source>
        <translation>Aucun tiroir-caisse n’est relié à ce poste.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Scale settings saved for this station.</source>
        <translation>Réglages de la balance enregistrés pour ce poste.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for the scale…</source>
        <translation>En attente de la balance…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the scale first.</source>
        <translation>Lisez d’abord la balance.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tare of %1 taken.</source>
        <translation>Tare de %1 prise.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Customer display settings saved for this station.</source>
        <translation>Réglages de l’afficheur client enregistrés pour ce poste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer display shows the welcome text.</source>
        <translation>L’afficheur client montre le texte d’accueil.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::DiscountDialog</name>
    <message>
        <location filename="../ui/cashier/discountdialog.cpp" line="+27"/>
        <source>Solidarity price</source>
        <translation>Prix solidaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full price: %1</source>
        <translation>Plein tarif&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount in €</source>
        <translation>Montant en&#xa0;€</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Apply (%1)</source>
        <translation>Appliquer (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full price</source>
        <translation>Plein tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>e.g. 5,00</source>
        <translation>ex. 5,00</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 10</source>
        <translation>ex. 10</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>New total: %1</source>
        <translation>Nouveau total&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Member (number or name)</source>
        <translation>Adhérent (numéro ou nom)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the member&apos;s number or name first.</source>
        <translation>Tapez d’abord le numéro ou le nom de l’adhérent.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No member matches &quot;%1&quot;.</source>
        <translation>Aucun adhérent ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several members match &quot;%1&quot;: type the number.</source>
        <translation>Plusieurs adhérents correspondent à «&#xa0;%1&#xa0;»&#xa0;: tapez le numéro.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Members only</source>
        <translation>Réservée aux adhérents</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::DonationDialog</name>
    <message>
        <location filename="../ui/cashier/donationdialog.cpp" line="+19"/>
        <source>Donation</source>
        <translation>Don</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Money given to the association: never a sale.</source>
        <translation>De l’argent donné à l’association&#xa0;: jamais une vente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount of the donation</source>
        <translation>Montant du don</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Given in:</source>
        <translation>Donné en&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::EcologicPage</name>
    <message>
        <location filename="../ui/admin/ecologicpage.cpp" line="+103"/>
        <source>Eco-organism exports</source>
        <translation>Exports éco-organismes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Eco-organism:</source>
        <translation>Éco-organisme :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules</source>
        <translation>Programmations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarter:</source>
        <translation>Trimestre&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month:</source>
        <translation>Mois&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received
(items)</source>
        <translation>Entrées
(nombre)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received
(kg)</source>
        <translation>Entrées
(kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of which
brought
(kg)</source>
        <translation>dont
apports
(kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of which
collected
(kg)</source>
        <translation>dont
prélèvements
(kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reused
(items)</source>
        <translation>Réemploi
(nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reused
(kg)</source>
        <translation>Réemploi
(kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of which
estimated
(kg)</source>
        <translation>dont poids
estimé
(kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reused
(euros)</source>
        <translation>Réemploi
(euros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycling
(kg)</source>
        <translation>Recyclage
(kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waste
centre
(kg)</source>
        <translation>Déchèterie
(kg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warnings (the file is valid; check these figures):</source>
        <translation>Avertissements (le fichier est valide&#xa0;; vérifiez ces chiffres)&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declares</source>
        <translation>Déclare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last file</source>
        <translation>Dernier fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New schedule</source>
        <translation>Nouvelle programmation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cron expression</source>
        <translation>Expression cron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly: 1 = Monday … 7 = Sunday. Monthly and quarterly: day of the month (the last day when the month is shorter).</source>
        <translation>Hebdomadaire&#xa0;: 1 = lundi … 7 = dimanche. Mensuelle et trimestrielle&#xa0;: jour du mois (le dernier jour quand le mois est plus court).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Declares:</source>
        <translation>Déclare&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+275"/>
        <source>the previous day</source>
        <translation>la veille</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+275"/>
        <source>the previous week</source>
        <translation>la semaine précédente</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+275"/>
        <source>the previous month</source>
        <translation>le mois précédent</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+275"/>
        <source>the previous quarter</source>
        <translation>le trimestre précédent</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+275"/>
        <source>the previous year</source>
        <translation>l’année précédente</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the selected schedule</source>
        <translation>Supprimer la programmation sélectionnée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File or reason</source>
        <translation>Fichier ou motif</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 warning(s). The file will be checked again when exported.</source>
        <translation>%1 avertissement(s). Le fichier sera vérifié à nouveau à l’export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The declaration does not match the schema: it cannot be exported.</source>
        <translation>La déclaration ne respecte pas le schéma&#xa0;: elle ne peut pas être exportée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Written: %1 (version %2, %3 warning(s)).</source>
        <translation>Écrit&#xa0;: %1 (version %2, %3 avertissement(s)).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing has been exported yet: the folder %1 does not exist.</source>
        <translation>Rien n’a encore été exporté&#xa0;: le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Schedule %1 added; next run %2.</source>
        <translation>Programmation %1 ajoutée&#xa0;; prochaine exécution le %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a schedule first.</source>
        <translation>Sélectionnez d’abord une programmation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schedule %1 removed.</source>
        <translation>Programmation %1 supprimée.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+19"/>
        <source>Exported</source>
        <translation>Exportée</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Schedule %1</source>
        <translation>Programmation %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By hand</source>
        <translation>Manuelle</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::FirstStartDialog</name>
    <message>
        <location filename="../ui/sync/firststartdialog.cpp" line="+48"/>
        <source>Set up this computer</source>
        <translation>Configurer ce poste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. Ressourcerie du Port</source>
        <translation>par exemple Ressourcerie du Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+204"/>
        <location line="+35"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>6 to 8 digits</source>
        <translation>6 à 8 chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Code of this station</source>
        <translation>Code de ce poste</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+206"/>
        <location line="+35"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Administrator&apos;s PIN</source>
        <translation>Code de l’administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the shop</source>
        <translation>Créer le magasin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New shop</source>
        <translation>Nouveau magasin</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+165"/>
        <source>e-mail of the kDrive account</source>
        <translation>adresse e-mail du compte kDrive</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+162"/>
        <source>application password</source>
        <translation>mot de passe d’application</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>e.g. ABCDE-FGHJK, made by an administrator</source>
        <translation>ex. ABCDE-FGHJK, donné par un administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back office</source>
        <translation>Poste de gestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>kDrive address</source>
        <translation>Adresse du kDrive</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+170"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+170"/>
        <source>App password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Kind of station</source>
        <translation>Type de poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code</source>
        <translation>Code d’adhésion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the shop</source>
        <translation>Rejoindre le magasin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join a shop from kDrive</source>
        <translation>Rejoindre un magasin depuis kDrive</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the recovery kit (PDF)…</source>
        <translation>Enregistrer le kit de secours (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: the kit is saved or printed</source>
        <translation>Terminé&#xa0;: le kit est enregistré ou imprimé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the categories and prices from a spreadsheet…</source>
        <translation>Importer les catégories et les prix depuis un tableur…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the recovery kit</source>
        <translation>Enregistrer le kit de secours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Spreadsheet to import</source>
        <translation>Tableur à importer</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Waiting for an administrator&apos;s approval… On an administration station, the sync page shows that this computer asks to restore %1: check that its fingerprint is %2, approve it, then press &quot;Show the points&quot; here again.</source>
        <translation>En attente de l’approbation d’un administrateur… Sur un poste d’administration, la page de synchronisation indique que cet ordinateur demande à restaurer %1&#xa0;: vérifiez que son empreinte est %2, approuvez-la, puis appuyez à nouveau ici sur «&#xa0;Voir les points&#xa0;».</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The shop has no keys: this computer cannot sync and no recovery kit was made.</source>
        <translation>Le magasin n’a pas de clés&#xa0;: cet ordinateur ne peut pas se synchroniser et aucun kit de secours n’a été créé.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The shop is created.</source>
        <translation>Le magasin est créé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the shop&apos;s recovery key, shown only this once. Save the recovery kit as a PDF, print it, and keep the paper somewhere safe; then delete the file.</source>
        <translation>Voici la clé de secours du magasin, affichée cette seule fois. Enregistrez le kit de secours en PDF, imprimez-le et gardez le papier en lieu sûr&#xa0;; puis supprimez le fichier.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovery kit saved in %1: print it now.</source>
        <translation>Kit de secours enregistré dans %1&#xa0;: imprimez-le maintenant.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No shop was published at this address: check it. The folder is made when the shop&apos;s first station sets up its kDrive account.</source>
        <translation>Aucun magasin n’a été publié à cette adresse : vérifiez-la. Le dossier est créé quand le premier poste du magasin configure son compte kDrive.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for an administrator&apos;s approval… On an administration station, the sync page shows this computer&apos;s request: check that its fingerprint is %1, approve it, then press &quot;Try again&quot; here.</source>
        <translation>En attente de l’approbation d’un administrateur… Sur un poste d’administration, la page Synchronisation montre la demande de cet ordinateur&#xa0;: vérifiez que son empreinte est %1, approuvez-la, puis appuyez ici sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-640"/>
        <source>This computer shows the demo shop. Make it a station of your ressourcerie: create a new shop, join the shop your association already has on kDrive, or restore a lost station.</source>
        <translation>Cet ordinateur affiche le magasin de démonstration. Faites-en un poste de votre ressourcerie&#xa0;: créez un nouveau magasin, rejoignez celui que votre association a déjà sur kDrive, ou restaurez un poste perdu.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Restore from kDrive</source>
        <translation>Restaurer depuis le kDrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a file</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Backup file to restore</source>
        <translation>Fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReCaisse backups (*.recaisse-backup);;All files (*)</source>
        <translation>Sauvegardes ReCaisse (*.recaisse-backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No recovery kit? Join the shop instead (second tab): an administrator approves this computer from another station.</source>
        <translation>Pas de kit de secours&#xa0;? Rejoignez plutôt le magasin (deuxième onglet)&#xa0;: un administrateur approuve cet ordinateur depuis un autre poste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show the points</source>
        <translation>Voir les points</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>8 groups of 4 letters and digits, on the recovery kit</source>
        <translation>8 groupes de 4 lettres et chiffres, sur le kit de secours</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Restore this station</source>
        <translation>Restaurer ce poste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station to restore</source>
        <translation>Poste à restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore point</source>
        <translation>Point de restauration</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a .recaisse-backup file, e.g. on the USB key</source>
        <translation>un fichier .recaisse-backup, par exemple sur la clé USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore from this file</source>
        <translation>Restaurer depuis ce fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station restored from a file starts a new numbering series and is not connected to kDrive: join the shop again, or restore from kDrive, to sync.</source>
        <translation>Le poste restauré depuis un fichier reprend dans une nouvelle série de numérotation et n’est pas relié au kDrive&#xa0;: rejoignez à nouveau le magasin, ou restaurez depuis le kDrive, pour synchroniser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Station %1 has no restore point yet: restoring it rebuilds it from its journal on kDrive.</source>
        <translation>Le poste %1 n’a pas encore de point de restauration&#xa0;: le restaurer le reconstruit à partir de son journal sur le kDrive.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>documents not counted</source>
        <translation>documents non comptés</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Choose the backup file to restore.</source>
        <translation>Choisissez le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Spreadsheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx *.xls *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the recovery kit&apos;s key, or a join code from an administrator</source>
        <translation>la clé du kit de secours, ou un code d’adhésion donné par un administrateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery key or join code</source>
        <translation>Clé de secours ou code d’adhésion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recovery kit? Type a join code an administrator made: they approve the restore of this station from an administration station, and the lost computer&apos;s keys stop being accepted.</source>
        <translation>Pas de kit de secours&#xa0;? Tapez un code d’adhésion fait par un administrateur&#xa0;: il approuve la restauration de ce poste depuis un poste d’administration, et les clés de l’ordinateur perdu ne sont plus acceptées.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Type the recovery key of the shop&apos;s recovery kit, or a join code an administrator made.</source>
        <translation>Tapez la clé du kit de secours du magasin, ou un code d’adhésion fait par un administrateur.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waiting for an administrator&apos;s approval… On an administration station, the sync page shows that this computer asks to restore %1: check that its fingerprint is %2, approve it, then press &quot;Restore this station&quot; here again.</source>
        <translation>En attente de l’approbation d’un administrateur… Sur un poste d’administration, la page de synchronisation indique que cet ordinateur demande à restaurer %1&#xa0;: vérifiez que son empreinte est %2, approuvez-la, puis appuyez à nouveau ici sur «&#xa0;Restaurer ce poste&#xa0;».</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::FullExportDialog</name>
    <message>
        <location filename="../ui/admin/fullexportdialog.cpp" line="+29"/>
        <source>Export all the data</source>
        <translation>Exporter toutes les données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every record of %1 is written to one ZIP file in %2: a JSON file per kind of data, an Excel workbook and a manifest. No PIN, key or password is exported.</source>
        <translation>Toutes les données de %1 sont écrites dans un fichier ZIP dans %2 : un fichier JSON par type de données, un classeur Excel et un manifeste. Aucun code PIN, aucune clé ni aucun mot de passe n’est exporté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counting the records…</source>
        <translation>Comptage des enregistrements…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 records written (%3)</source>
        <translation>%1 enregistrements écrits sur %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::GiftDialog</name>
    <message>
        <location filename="../ui/cashier/giftdialog.cpp" line="+20"/>
        <source>Free gift</source>
        <translation>Don gratuit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The object is given for a social action: 0 € on the ticket, counted as reuse.</source>
        <translation>L’objet est donné pour une action sociale&#xa0;: 0&#xa0;€ sur le ticket, compté comme réemployé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another reason:</source>
        <translation>Autre raison&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give (%1)</source>
        <translation>Donner (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::HealthPage</name>
    <message>
        <location filename="../ui/admin/healthpage.cpp" line="+18"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>It is now:</source>
        <translation>Il est&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm the PC&apos;s clock</source>
        <translation>Confirmer l’heure du PC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once the PC&apos;s date and time are set right, say what time it is: the correction is recorded and audited.</source>
        <translation>Une fois la date et l’heure du PC réglées, indiquez l’heure qu’il est&#xa0;: la correction est enregistrée et tracée dans l’audit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The PC&apos;s clock is confirmed (%1).</source>
        <translation>L’heure du PC est confirmée (%1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 GB</source>
        <translation>%1&#xa0;Go</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1&#xa0;Ko</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (il y a %n&#xa0;min)</numerusform>
            <numerusform>%1 (il y a %n&#xa0;min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (il y a %n heure)</numerusform>
            <numerusform>%1 (il y a %n heures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (il y a %n jour)</numerusform>
            <numerusform>%1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database size</source>
        <translation>Taille de la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth over 30 days (estimate)</source>
        <translation>Croissance sur 30 jours (estimation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free disk space</source>
        <translation>Espace disque libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup failure</source>
        <translation>Dernier échec de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last successful synchronisation</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errors in the last 7 days</source>
        <translation>Erreurs des 7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (of which %2 synchronisation)</source>
        <translation>%1 (dont %2 de synchronisation)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Needs your attention:</source>
        <translation>À regarder&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All is well: nothing to do.</source>
        <translation>Tout va bien&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preventive maintenance</source>
        <translation>Maintenance préventive</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Cheques not deposited</source>
        <translation>Chèques non déposés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cheque(s), %1</source>
        <translation>
            <numerusform>%n chèque, %1</numerusform>
            <numerusform>%n chèques, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The oldest of them</source>
        <translation>Le plus ancien</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::HelpManual</name>
    <message>
        <location filename="../ui/common/helpmanual.cpp" line="+140"/>
        <source>[Screenshot: %1]</source>
        <translation>[Capture d’écran : %1]</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::HelpViewer</name>
    <message>
        <location filename="../ui/common/helpviewer.cpp" line="+36"/>
        <source>Help — ReCaisse manual</source>
        <translation>Aide — manuel de ReCaisse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ReCaisse manual</source>
        <translation>Manuel de ReCaisse</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Back to the previous page (%1 or %2)</source>
        <translation>Revenir à la page précédente (%1 ou %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list of the manual&apos;s documents (%1)</source>
        <translation>La liste des pages du manuel (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smaller text (%1)</source>
        <translation>Texte plus petit (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger text (%1)</source>
        <translation>Texte plus grand (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (%1)</source>
        <translation>Fermer (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Table of contents (%1; Tab goes back to the page)</source>
        <translation>Table des matières (%1 ; Tab revient à la page)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page of the manual</source>
        <translation>Page du manuel</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This link leads outside the manual: %1</source>
        <translation>Ce lien mène hors du manuel : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This page of the manual is missing: %1</source>
        <translation>Cette page du manuel n’existe pas : %1</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::HomeCollectionsDialog</name>
    <message>
        <location filename="../ui/reception/homecollectionsdialog.cpp" line="+32"/>
        <source>Home collections</source>
        <translation>Collectes à domicile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pickups planned at this station. The address and the contact stay on this PC and are erased once the pickup is done or cancelled.</source>
        <translation>Les collectes prévues sur ce poste. L’adresse et le contact restent sur ce PC et sont effacés dès que la collecte est faite ou annulée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pickup done: weigh its objects</source>
        <translation>Collecte faite : peser ses objets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the slip as PDF…</source>
        <translation>Enregistrer le bordereau en PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the pickup</source>
        <translation>Annuler la collecte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan a pickup</source>
        <translation>Prévoir une collecte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Town:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name and phone number</source>
        <translation>Nom et numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>Con&amp;tact :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to collect, floor, access (optional)</source>
        <translation>Objets à prendre, étage, accès (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Prévoir</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Pickup %1 planned on %2 in %3.</source>
        <translation>Collecte %1 prévue le %2 à %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the pickup slip</source>
        <translation>Enregistrer le bordereau de collecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slip saved: %1</source>
        <translation>Bordereau enregistré : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pickup %1 cancelled; its address and contact are erased.</source>
        <translation>Collecte %1 annulée ; son adresse et son contact sont effacés.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::HomeScreen</name>
    <message>
        <location filename="../ui/common/homescreen.cpp" line="+113"/>
        <source>Refresh figures</source>
        <translation>Actualiser les chiffres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log out (%1)</source>
        <translation>Se déconnecter (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open the register (%1)</source>
        <translation>Ouvrir la caisse (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sell (%1)</source>
        <translation>Vendre (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the register (%1)</source>
        <translation>Clôturer la caisse (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund a ticket (%1)</source>
        <translation>Rembourser un ticket (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash in or out (%1)</source>
        <translation>Entrée ou sortie d’espèces (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive a donation (%1)</source>
        <translation>Recevoir un don (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the drawer (%1)</source>
        <translation>Ouvrir le tiroir (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration (%1)</source>
        <translation>Administration (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cash session of this register</source>
        <translation>Session de caisse de ce poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Takings</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Last closed day</source>
        <translation>Dernière journée clôturée</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Recorded in this station&apos;s database</source>
        <translation>Enregistré dans la base de ce poste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight received</source>
        <translation>Poids reçu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · station %2 · %3</source>
        <translation>%1 · poste %2 · %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This station is not a cash register.</source>
        <translation>Ce poste n’est pas une caisse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cash session open</source>
        <translation>Aucune session de caisse ouverte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session %1 is open</source>
        <translation>Session %1 ouverte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No day closed yet on this station.</source>
        <translation>Aucune journée encore clôturée sur ce poste.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everything this database holds, all days together.</source>
        <translation>Tout ce que contient cette base, tous jours confondus.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Outflows (%1)</source>
        <translation>Sorties (%1)</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::JoinStationsBox</name>
    <message>
        <location filename="../ui/sync/joinstationsbox.cpp" line="+31"/>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back office</source>
        <translation>Poste de gestion</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stations joining the shop</source>
        <translation>Postes qui rejoignent le magasin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the recovery kit</source>
        <translation>Enregistrer le kit de secours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new computer joins the shop with a join code made here. Type the code on the new computer; its request then shows below: check that the fingerprint is the one the new computer shows, then approve it.</source>
        <translation>Un nouvel ordinateur rejoint le magasin avec un code d’adhésion créé ici. Tapez le code sur le nouvel ordinateur&#xa0;; sa demande apparaît alors ci-dessous&#xa0;: vérifiez que l’empreinte est celle qu’affiche le nouvel ordinateur, puis approuvez-la.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make a join code</source>
        <translation>Générer un code d’adhésion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery kit…</source>
        <translation>Nouveau kit de secours…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Only an administrator, on an administration station of the shop, makes join codes and approves stations.</source>
        <translation>Seul un administrateur, sur un poste d’administration du magasin, crée les codes d’adhésion et approuve les postes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Valid until %1, for one station only. Type it on the new computer.</source>
        <translation>Valable jusqu’au %1, pour un seul poste. Tapez-le sur le nouvel ordinateur.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No station is asking to join.</source>
        <translation>Aucun poste ne demande à rejoindre le magasin.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 was refused.</source>
        <translation>%1 a été refusé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is approved: it receives the shop&apos;s key and joins at its next try.</source>
        <translation>%1 est approuvé&#xa0;: il reçoit la clé du magasin et rejoint le magasin à son prochain essai.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The new recovery key is on the drive but its kit could not be saved (%1): make a new kit again.</source>
        <translation>La nouvelle clé de secours est sur le kDrive mais son kit n’a pas pu être enregistré (%1)&#xa0;: créez à nouveau un kit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New recovery kit saved in %1: print it, keep it somewhere safe, then delete the file. The previous kit no longer works.</source>
        <translation>Nouveau kit de secours enregistré dans %1&#xa0;: imprimez-le, gardez-le en lieu sûr, puis supprimez le fichier. L’ancien kit ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::LoginScreen</name>
    <message>
        <location filename="../ui/common/loginscreen.cpp" line="+49"/>
        <location line="+7"/>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1, choose a new PIN of %2 to 8 digits:</source>
        <translation>%1, choisissez un nouveau code PIN de %2 à 8 chiffres&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the new PIN again:</source>
        <translation>Tapez de nouveau le nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs differ: try again.</source>
        <translation>Les deux codes PIN diffèrent&#xa0;: recommencez.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No active user on this station.</source>
        <translation>Aucun utilisateur actif sur ce poste.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your PIN</source>
        <translation>Votre code PIN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Station %1 · %2</source>
        <translation>Poste %1 · %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>DEMO SHOP — fictitious data</source>
        <translation>MAGASIN DE DÉMONSTRATION — données fictives</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2): PIN %3</source>
        <translation>%1 (%2)&#xa0;: PIN %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try it with: %1</source>
        <translation>Essayez avec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Choose your name first</source>
        <translation>Choisissez d’abord votre nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your PIN</source>
        <translation>Tapez votre code PIN</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::MailAccountDialog</name>
    <message>
        <location filename="../ui/admin/mailaccountdialog.cpp" line="+52"/>
        <source>Mail account</source>
        <translation>Compte de messagerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server through which this station sends the scheduled reports. Your provider gives these settings (often under « SMTP »).</source>
        <translation>Le serveur par lequel ce poste envoie les rapports programmés. Votre fournisseur donne ces réglages (souvent sous « SMTP »).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>smtp.example.org</source>
        <translation>smtp.exemple.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (usually port 465)</source>
        <translation>TLS (en général port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (local network only)</source>
        <translation>Aucune (réseau local seulement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the server asks for no login</source>
        <translation>vide : le serveur ne demande pas d’identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caisse@example.org</source>
        <translation>caisse@exemple.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a test e-mail</source>
        <translation>Envoyer un e-mail d’essai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends a short message through the settings above, before they are saved.</source>
        <translation>Envoie un court message avec les réglages ci-dessus, avant de les enregistrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test to</source>
        <translation>Essai à</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+66"/>
        <source>kept in the keychain: leave empty to keep it</source>
        <translation>gardé dans le trousseau : laisser vide pour le garder</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Only an administrator can change the mail account.</source>
        <translation>Seul un administrateur peut modifier le compte de messagerie.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mail account saved: reports go through %1.</source>
        <translation>Compte de messagerie enregistré : les rapports passent par %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending a test e-mail to %1…</source>
        <translation>Envoi d’un e-mail d’essai à %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Test e-mail sent to %1: the server accepted it. Check that it arrived.</source>
        <translation>E-mail d’essai envoyé à %1 : le serveur l’a accepté. Vérifiez qu’il est arrivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test e-mail was not sent: %1</source>
        <translation>L’e-mail d’essai n’est pas parti : %1</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::MainWindow</name>
    <message>
        <location filename="../ui/common/mainwindow.cpp" line="+74"/>
        <location line="+627"/>
        <source>ReCaisse — %1</source>
        <translation>ReCaisse — %1</translation>
    </message>
    <message>
        <location line="-613"/>
        <source>Open the register</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the register</source>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund a ticket</source>
        <translation>Rembourser un ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash in or out</source>
        <translation>Entrée ou sortie d’espèces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reception of a donation</source>
        <translation>Réception d’un don</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Unpaid ticket</source>
        <translation>Ticket non payé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 left an unpaid ticket (%n line(s), %2) when the register locked.</source>
        <translation>
            <numerusform>%1 a laissé un ticket non payé (%n ligne, %2) quand la caisse s’est verrouillée.</numerusform>
            <numerusform>%1 a laissé un ticket non payé (%n lignes, %2) quand la caisse s’est verrouillée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it for %1, who will find it when logging in again, or discard it?</source>
        <translation>Le garder pour %1, qui le retrouvera en se reconnectant, ou l’abandonner&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it for %1</source>
        <translation>Le garder pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>DEMONSTRATION</source>
        <translation>DÉMONSTRATION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DEMO SHOP — fictitious data</source>
        <translation>MAGASIN DE DÉMONSTRATION — données fictives</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version of ReCaisse and information for the support</source>
        <translation>Version de ReCaisse et informations pour le support</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Set up this computer…</source>
        <translation>Configurer ce poste…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ReCaisse</source>
        <translation>ReCaisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer is now a station of the shop. ReCaisse restarts on it.</source>
        <translation>Cet ordinateur est maintenant un poste du magasin. ReCaisse redémarre sur ce poste.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave register mode</source>
        <translation>Quitter le mode caisse</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No cash drawer is connected to this station.</source>
        <translation>Aucun tiroir-caisse n’est relié à ce poste.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>← Home</source>
        <translation>← Accueil</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 · %2</source>
        <comment>station code and kind</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>who is logged in</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register closed</source>
        <translation>Caisse fermée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register open at %1 (%2)</source>
        <translation>Caisse ouverte à %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register open since %1 (%2)</source>
        <translation>Caisse ouverte depuis le %1 (%2)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Nobody logged in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cash register on this station</source>
        <translation>Pas de caisse sur ce poste</translation>
    </message>
    <message>
        <location line="-324"/>
        <location filename="../ui/common/screenshottour.cpp" line="-216"/>
        <source>Open the cash drawer without a sale</source>
        <translation>Ouvrir le tiroir-caisse sans vente</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Outflows</source>
        <translation>Sorties</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::MemberDialog</name>
    <message>
        <location filename="../ui/cashier/memberdialog.cpp" line="+39"/>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find a member (name or number)</source>
        <translation>Chercher un adhérent (nom ou numéro)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Or register a new member</source>
        <translation>Ou inscrire un nouvel adhérent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name and name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone or e-mail (optional)</source>
        <translation>Téléphone ou e-mail (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register the member</source>
        <translation>Inscrire l’adhérent</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+128"/>
        <source>No member chosen.</source>
        <translation>Aucun adhérent choisi.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>For this ticket (%1)</source>
        <translation>Pour ce ticket (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Amount of the fee</source>
        <translation>Montant de la cotisation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Several members match: choose one in the list.</source>
        <translation>Plusieurs adhérents correspondent&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>member until %1</source>
        <translation>adhérent jusqu’au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a member now</source>
        <translation>pas adhérent actuellement</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2)
The fee covers %3 to %4.</source>
        <translation>%1 (%2)
La cotisation couvre du %3 au %4.</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+75"/>
        <source>Choose the member first.</source>
        <translation>Choisissez d’abord l’adhérent.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::MembersPage</name>
    <message>
        <location filename="../ui/admin/memberspage.cpp" line="+33"/>
        <source>Members</source>
        <translation>Adhérents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name or number</source>
        <translation>Nom ou numéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To renew within %1 days</source>
        <translation>À renouveler sous %1 jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member since</source>
        <translation>Adhérent depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member until</source>
        <translation>Adhérent jusqu’au</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Purchases</source>
        <translation>&amp;Achats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the member&apos;s data…</source>
        <translation>Exporter les données de l’adhérent…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+120"/>
        <source>Erase the member…</source>
        <translation>Effacer l’adhérent…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First name and name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone or e-mail (optional)</source>
        <translation>Téléphone ou e-mail (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Purchases of %1 · %2</source>
        <translation>Achats de %1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No purchase recorded for this member.</source>
        <translation>Aucun achat enregistré pour cet adhérent.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ticket(s): %1 paid, %2 of discount, %3 refunded, %4 net.</source>
        <translation>
            <numerusform>%n ticket&#xa0;: payé %1, remise %2, remboursé %3, net %4.</numerusform>
            <numerusform>%n tickets&#xa0;: payé %1, remise %2, remboursé %3, net %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Member %1 registered.</source>
        <translation>Adhérent %1 inscrit.</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+53"/>
        <location line="+28"/>
        <source>Choose a member in the list first.</source>
        <translation>Choisissez d’abord un adhérent dans la liste.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>member-%1.json</source>
        <translation>adherent-%1.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the member&apos;s data</source>
        <translation>Exporter les données de l’adhérent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The member&apos;s data is saved in %1.</source>
        <translation>Les données de l’adhérent sont enregistrées dans %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Click again to erase %1</source>
        <translation>Cliquez encore pour effacer %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member %1 erased: the fees keep their amounts, without name or contact.</source>
        <translation>Adhérent %1 effacé&#xa0;: les cotisations gardent leur montant, sans nom ni contact.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::NotificationsPage</name>
    <message>
        <location filename="../ui/admin/notificationspage.cpp" line="+32"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the register&apos;s threshold</source>
        <translation>le seuil de la caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 closings in %2 days</source>
        <translation>%1 clôtures en %2 jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 a day</source>
        <translation>plus de %1 par jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after %1 h</source>
        <translation>après %1 h</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held back (too many)</source>
        <translation>Retenu (trop nombreux)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this station tells the team by Telegram or e-mail, each event once, from when it is switched on. Telegram ids are those given on the Users page; the bot is set on the Synchronisation page, the mail account on the Scheduled reports page.</source>
        <translation>Ce que ce poste dit à l’équipe par Telegram ou par e-mail, chaque événement une fois, à partir de son activation. Les identifiants Telegram sont ceux donnés sur la page Utilisateurs ; le bot se règle sur la page Synchronisation, le compte de messagerie sur la page Rapports programmés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+72"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+92"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+88"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+43"/>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>below %1 MB</source>
        <translation>sous %1 Mo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>each time</source>
        <translation>à chaque fois</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tell this event</source>
        <translation>Signaler cet événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telegram ids, separated by commas</source>
        <translation>identifiants Telegram, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name@example.org, other@example.org</source>
        <translation>nom@exemple.org, autre@exemple.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet from</source>
        <translation>Calme de</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest notifications</source>
        <translation>Dernières notifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>closings beyond the threshold within</source>
        <translation>clôtures au-delà du seuil en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refunds in a day at most</source>
        <translation>remboursements par jour au plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>openings without a sale in a day at most</source>
        <translation>ouvertures sans vente par jour au plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MB free at least</source>
        <translation>Mo libres au moins</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>« %1 »: saved, switched on.</source>
        <translation>« %1 » : enregistré, activé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« %1 »: saved, switched off.</source>
        <translation>« %1 » : enregistré, désactivé.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::OpenSessionScreen</name>
    <message>
        <location filename="../ui/cashier/opensessionscreen.cpp" line="+110"/>
        <location line="+75"/>
        <source>Open the register</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Count the float in the drawer before the first sale.</source>
        <translation>Comptez le fond de caisse avant la première vente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the total</source>
        <translation>Saisir le total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count notes and coins</source>
        <translation>Compter billets et pièces</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Float in the drawer</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proposed: float of the previous session</source>
        <translation>Proposé : fond de caisse de la session précédente</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing was recorded here for more than 3 days. Today is %1: this date is right.</source>
        <translation>Rien n’a été enregistré ici depuis plus de 3 jours. Nous sommes le %1&#xa0;: cette date est juste.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter the number of each note and coin (0 when there is none).</source>
        <translation>Saisissez le nombre de chaque billet et pièce (0 s’il n’y en a pas).</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::OutflowScreen</name>
    <message>
        <location filename="../ui/reception/outflowscreen.cpp" line="+94"/>
        <source>What leaves without a sale</source>
        <translation>Ce qui sort sans être vendu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Where does it go?</source>
        <translation>Où cela va-t-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name of the association</source>
        <translation>Nom de l’association</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taken to the waste centre.</source>
        <translation>Emmené à la déchèterie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+60"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Weighed (kg)</source>
        <translation>Poids pesé (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Items</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>e.g. 42,5</source>
        <translation>ex. 42,5</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Container (its tare is subtracted)</source>
        <translation>Contenant (sa tare est retranchée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the line (%1)</source>
        <translation>Ajouter la ligne (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Weighed</source>
        <translation>Pesé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note, e.g. the slip number (optional)</source>
        <translation>Note, ex. le numéro du bon (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the outflow (%1)</source>
        <translation>Enregistrer la sortie (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No container</source>
        <translation>Sans contenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a category first.</source>
        <translation>Choisissez d’abord une catégorie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An outflow has at most %1 lines: record this one and start another.</source>
        <translation>Une sortie a au plus %1 lignes&#xa0;: enregistrez celle-ci et commencez-en une autre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added: %1, %2</source>
        <translation>Ajouté&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, tare %2</source>
        <translation>%1, tare %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove this line</source>
        <translation>Supprimer cette ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the line %1</source>
        <translation>Supprimer la ligne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net: %1</source>
        <translation>Net&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody is logged in on this screen.</source>
        <translation>Personne n’est connecté sur cet écran.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Weight outside the plausible range of %1</source>
        <translation>Poids hors de la fourchette plausible de %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Outflow %1 recorded: %2 net</source>
        <translation>Sortie %1 enregistrée&#xa0;: %2 net</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::OverviewPage</name>
    <message>
        <location filename="../ui/admin/overviewpage.cpp" line="+58"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takings per day (30 days, €)</source>
        <translation>Chiffre d’affaires par jour (30 jours, €)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EEE weights over 30 days (kg)</source>
        <translation>Poids EEE sur 30 jours (kg)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%1 · %n ticket(s)</source>
        <translation>
            <numerusform>%1 · %n ticket</numerusform>
            <numerusform>%1 · %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Business day of %1 · updated at %2 · refreshed every %n second(s)</source>
        <translation>
            <numerusform>Journée du %1 · mis à jour à %2 · actualisé toutes les %n seconde</numerusform>
            <numerusform>Journée du %1 · mis à jour à %2 · actualisé toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Takings</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Takings per day from %1 to %2 (€)</source>
        <translation>Chiffre d’affaires par jour du %1 au %2 (€)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>EEE family</source>
        <translation>Famille EEE</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ParkedTicketsDialog</name>
    <message>
        <location filename="../ui/cashier/parkedticketsdialog.cpp" line="+20"/>
        <source>Tickets put aside</source>
        <translation>Tickets mis de côté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No ticket is put aside.</source>
        <translation>Aucun ticket n’est mis de côté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the ticket of the customer who came back.</source>
        <translation>Choisissez le ticket du client revenu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>Abandon…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Resume (%1)</source>
        <translation>Reprendre (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (%1)</source>
        <translation>Fermer (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 · %n item(s) · %2 · %3</source>
        <translation>
            <numerusform>%1 · %n article · %2 · %3</numerusform>
            <numerusform>%1 · %n articles · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tap again to abandon</source>
        <translation>Touchez encore pour abandonner</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::PaymentDialog</name>
    <message>
        <location filename="../ui/cashier/paymentdialog.cpp" line="+29"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amount due: %1</source>
        <translation>À payer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove last payment</source>
        <translation>Annuler le dernier paiement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Confirm (%1)</source>
        <translation>Valider (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Paid: %1</source>
        <translation>Payé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining: %1</source>
        <translation>Reste à payer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change to give: %1</source>
        <translation>Monnaie à rendre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Bank (optional)</source>
        <translation>Banque (facultatif)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cheque no. (optional)</source>
        <translation>N° de chèque (facultatif)</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::PendingDepositsDialog</name>
    <message>
        <location filename="../ui/reception/pendingdepositsdialog.cpp" line="+35"/>
        <source>Deposits received by Telegram</source>
        <translation>Dépôts reçus par Telegram</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check each deposit announced to the bot: correct it if needed, then validate it (it is recorded) or reject it.</source>
        <translation>Vérifiez chaque dépôt annoncé au bot&#xa0;: corrigez-le au besoin, puis validez-le (il est enregistré) ou refusez-le.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stop the message (%1)</source>
        <translation>Arrêter le message (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Play the message (%1)</source>
        <translation>Écouter le message (%1)</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>The message cannot be played here: %1</source>
        <translation>Le message ne peut pas être écouté ici&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight in kg, e.g. 3,250</source>
        <translation>Poids en kg, ex. 3,250</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only to reject: why, told to the volunteer</source>
        <translation>Seulement pour refuser&#xa0;: pourquoi, dit au bénévole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Validate (%1)</source>
        <translation>Valider (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (%1)</source>
        <translation>Fermer (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 · %2 · voice message to complete (%n s)</source>
        <translation>
            <numerusform>%1 · %2 · message vocal à compléter (%n s)</numerusform>
            <numerusform>%1 · %2 · message vocal à compléter (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3, %4</source>
        <translation>%1 · %2 · %3, %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No deposit is waiting.</source>
        <translation>Aucun dépôt n’attend.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Weight outside the plausible range of %1</source>
        <translation>Poids hors de la fourchette plausible de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deposit %1 recorded: %2</source>
        <translation>Dépôt %1 enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the reason first: it is told to the volunteer.</source>
        <translation>Saisissez d’abord le motif&#xa0;: il est dit au bénévole.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deposit rejected; the volunteer will be told.</source>
        <translation>Dépôt refusé&#xa0;; le bénévole sera prévenu.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>This voice message has not reached this station yet: it comes with the next sync.</source>
        <translation>Ce message vocal n’est pas encore arrivé sur ce poste : il viendra avec la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::PinKeypad</name>
    <message>
        <location filename="../ui/common/pinkeypad.cpp" line="+38"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ReceiptOutput</name>
    <message>
        <location filename="../ui/common/receiptoutput.cpp" line="+133"/>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Z report %1</source>
        <translation>Rapport Z %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closing %1</source>
        <translation>Clôture %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The test ticket</source>
        <translation>Le ticket de test</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cash drawer is connected to this station.</source>
        <translation>Aucun tiroir-caisse n’est relié à ce poste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cash drawer is open.</source>
        <translation>Le tiroir-caisse est ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cash drawer did not open. %1</source>
        <translation>Le tiroir-caisse ne s’est pas ouvert. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 printed.</source>
        <translation>%1 imprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not printed. %2 It stays recorded: print it again once the printer is back.</source>
        <translation>%1 n’a pas été imprimé. %2 Il reste enregistré&#xa0;: réimprimez-le quand l’imprimante sera revenue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent to the printer.</source>
        <translation>%1 envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 was not printed: no printer is installed and the folder %2 cannot be created. It stays recorded.</source>
        <translation>%1 n’a pas été imprimé&#xa0;: aucune imprimante n’est installée et le dossier %2 ne peut pas être créé. Il reste enregistré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was not printed: the PDF %2 cannot be written. It stays recorded.</source>
        <translation>%1 n’a pas été imprimé&#xa0;: le PDF %2 ne peut pas être écrit. Il reste enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No printer installed: %1 saved as %2</source>
        <translation>Aucune imprimante installée&#xa0;: %1 enregistré dans %2</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Tax receipt %1</source>
        <translation>Reçu fiscal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not written: the folder %2 cannot be created. It stays recorded.</source>
        <translation>%1 n’a pas été écrit&#xa0;: le dossier %2 ne peut pas être créé. Il reste enregistré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was not written: the PDF %2 cannot be written. It stays recorded.</source>
        <translation>%1 n’a pas été écrit&#xa0;: le PDF %2 ne peut pas être écrit. Il reste enregistré.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 saved as %2</source>
        <translation>%1 enregistré sous %2</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::RefundScreen</name>
    <message>
        <location filename="../ui/cashier/refundscreen.cpp" line="-253"/>
        <source>Refund a ticket</source>
        <translation>Rembourser un ticket</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ticket number</source>
        <translation>Numéro du ticket</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pay back</source>
        <translation>Rembourser en</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. broken item</source>
        <translation>ex.&#xa0;: objet cassé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type the number printed on the ticket.</source>
        <translation>Saisissez le numéro imprimé sur le ticket.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ticket %1 of %2: %3</source>
        <translation>Ticket %1 du %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 × %2 — %3</source>
        <translation>%1 × %2 — %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantity to refund</source>
        <translation>Quantité à rembourser</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Find the ticket first.</source>
        <translation>Recherchez d’abord le ticket.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick at least one line to refund.</source>
        <translation>Cochez au moins une ligne à rembourser.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refund of ticket %1</source>
        <translation>Remboursement du ticket %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refund %1 recorded: %2 to give back</source>
        <translation>Remboursement %1 enregistré&#xa0;: %2 à rendre</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ReportDialog</name>
    <message>
        <location filename="../ui/admin/reportspage.cpp" line="+85"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or a cron expression: minute hour day month weekday, for example 30 7 * * 1-5.</source>
        <translation>Ou une expression cron : minute heure jour mois jour-de-semaine, par exemple 30 7 * * 1-5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.org, other@example.org</source>
        <translation>nom@exemple.org, autre@exemple.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV (spreadsheet, semicolons)</source>
        <translation>CSV (tableur, points-virgules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF with a chart (key figures only)</source>
        <translation>PDF avec graphique (chiffres clés seulement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every station</source>
        <translation>tous les postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every category</source>
        <translation>toutes les catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ReportsPage</name>
    <message>
        <location line="-90"/>
        <source>Sales journal</source>
        <translation>Journal des ventes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash sessions</source>
        <translation>Sessions de caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ecologic declaration</source>
        <translation>Déclaration Ecologic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every day (the day before)</source>
        <translation>Chaque jour (la veille)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every Monday (the week before)</source>
        <translation>Chaque lundi (la semaine précédente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every 1st (the month before)</source>
        <translation>Chaque 1er du mois (le mois précédent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cron %1</source>
        <translation>Cron %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused for now</source>
        <translation>Refusé pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+205"/>
        <source>Waiting for the network</source>
        <translation>En attente du réseau</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Scheduled reports</source>
        <translation>Rapports programmés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports sent by e-mail on a schedule, in the shop&apos;s time zone. A report missed while this computer was off or offline is sent once, when it can.</source>
        <translation>Rapports envoyés par e-mail à heure fixe, à l’heure de la boutique. Un rapport manqué pendant que cet ordinateur était éteint ou sans réseau part une seule fois, dès que possible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mail account…</source>
        <translation>Compte de messagerie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a test</source>
        <translation>Tester l’envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test message to</source>
        <translation>Message de test à</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Latest attempts</source>
        <translation>Dernières tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sent through %1, port %2 (%3), from %4.</source>
        <translation>Envoi par %1, port %2 (%3), depuis %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No mail account yet: an administrator sets it with the « Mail account » button.</source>
        <translation>Pas encore de compte de messagerie : un administrateur le règle avec le bouton « Compte de messagerie ».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New report</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report %1 added: first sending %2.</source>
        <translation>Rapport %1 ajouté : premier envoi le %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report %1</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report %1 changed.</source>
        <translation>Rapport %1 modifié.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report %1 suspended.</source>
        <translation>Rapport %1 suspendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report %1 resumed.</source>
        <translation>Rapport %1 repris.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report %1 removed.</source>
        <translation>Rapport %1 supprimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Report %1 sent: the server accepted it.</source>
        <translation>Rapport %1 envoyé : le serveur l’a accepté.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Test message sent to %1: the server accepted it.</source>
        <translation>Message de test envoyé à %1 : le serveur l’a accepté.</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Google Sheets…</source>
        <translation>Google Sheets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish reports to the shop&apos;s Google Sheet on a schedule</source>
        <translation>Publier les rapports dans le tableur Google de la boutique à intervalles réguliers</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SaleScreen</name>
    <message>
        <location filename="../ui/cashier/salescreen.cpp" line="+483"/>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Enter: confirm · Escape: back</source>
        <translation>Entrée&#xa0;: valider · Échap&#xa0;: retour</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>The ticket is for %1.</source>
        <translation>Le ticket est au nom de l’adhérent %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The ticket is for nobody now.</source>
        <translation>Le ticket n’est plus au nom d’un adhérent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The member discount &quot;%1&quot; is removed with the member.</source>
        <translation>La remise adhérent «&#xa0;%1&#xa0;» est retirée avec l’adhérent.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Member %1 · %2</source>
        <translation>Adhérent %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membership valid until %1</source>
        <translation>Adhésion valable jusqu’au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membership expired on %1</source>
        <translation>Adhésion terminée le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No membership fee paid</source>
        <translation>Aucune cotisation payée</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Donation %1 recorded: %2. Thank you!</source>
        <translation>Don %1 enregistré&#xa0;: %2. Merci&#xa0;!</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Member (%1)</source>
        <translation>Adhérent (%1)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Recycling</source>
        <translation>Recyclage</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove (%1)</source>
        <translation>Retirer (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket is for nobody</source>
        <translation>Détacher l’adhérent du ticket</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <location line="+439"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change line</source>
        <translation>Modifier la ligne</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pay (%1)</source>
        <translation>Encaisser (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+455"/>
        <location line="+109"/>
        <source>Reprint the last ticket (%1)</source>
        <translation>Réimprimer le dernier ticket (%1)</translation>
    </message>
    <message>
        <location line="-554"/>
        <source>Donation</source>
        <translation>Don</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Choose a category</source>
        <translation>Choisissez une catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: choose a sub-category</source>
        <translation>%1&#xa0;: choisissez une sous-catégorie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many?</source>
        <translation>Combien&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Weight of the %n item(s) sent to recycling, in kg</source>
        <translation>
            <numerusform>Poids de l’article envoyé au recyclage, en kg</numerusform>
            <numerusform>Poids des %n articles envoyés au recyclage, en kg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Weight of the %n item(s), in kg</source>
        <translation>
            <numerusform>Poids de l’article, en kg</numerusform>
            <numerusform>Poids des %n articles, en kg</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit price (%1)</source>
        <translation>Prix unitaire (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Type a quantity between 1 and %1.</source>
        <translation>Tapez une quantité entre 1 et %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the weight in kg, for example 2,5.</source>
        <translation>Tapez le poids en kg, par exemple 2,5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weight outside the plausible range of %1</source>
        <translation>Poids hors de la fourchette plausible de %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sent to recycling: %1 × %2, %3 (%4). Not on the ticket.</source>
        <translation>Envoyé au recyclage : %1 × %2, %3 (%4). Pas sur le ticket.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is outside the bounds of &quot;%2&quot; (%3): an administrator must allow it.</source>
        <translation>%1 est hors des limites de « %2 » (%3)&#xa0;: un administrateur doit l’autoriser.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A ticket has at most %1 lines.</source>
        <translation>Un ticket compte au maximum %1 lignes.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Your unpaid ticket is back.</source>
        <translation>Votre ticket non payé est de retour.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Price outside the bounds of %1</source>
        <translation>Prix hors des limites de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any price</source>
        <translation>prix libre</translation>
    </message>
    <message>
        <location line="-1004"/>
        <location line="+1018"/>
        <source>The ticket is empty.</source>
        <translation>Le ticket est vide.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A price is outside its category&apos;s bounds: an administrator must allow it.</source>
        <translation>Un prix est hors des limites de sa catégorie&#xa0;: un administrateur doit l’autoriser.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ticket %1 recorded. Change to give: %2</source>
        <translation>Ticket %1 enregistré. Monnaie à rendre&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket %1 recorded.</source>
        <translation>Ticket %1 enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the ticket (%1)</source>
        <translation>Imprimer le ticket (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ticket printed unless the customer asks.</source>
        <translation>Aucun ticket imprimé, sauf si le client le demande.</translation>
    </message>
    <message>
        <location line="-1038"/>
        <source>Membership fee %1 recorded: %2, until %3.</source>
        <translation>Cotisation %1 enregistrée&#xa0;: %2, jusqu’au %3.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Key a ticket before putting it aside.</source>
        <translation>Saisissez un ticket avant de le mettre de côté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ticket put aside (%1): resume it with %2.</source>
        <translation>Ticket mis de côté (%1)&#xa0;: reprenez-le avec %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The ticket put aside is abandoned.</source>
        <translation>Le ticket mis de côté est abandonné.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ticket resumed; the one being keyed is put aside in its place.</source>
        <translation>Ticket repris&#xa0;; celui en cours est mis de côté à sa place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket resumed.</source>
        <translation>Ticket repris.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put aside: %1 (%2)</source>
        <translation>De côté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Donation %1 recorded, tax receipt %2 issued. Thank you!</source>
        <translation>Don %1 enregistré, reçu fiscal %2 établi. Merci&#xa0;!</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Put aside (%1)</source>
        <translation>Mettre de côté (%1)</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location line="+528"/>
        <source>Weight of the lot, in kg (%1/kg)</source>
        <translation>Poids du lot, en kg (%1/kg)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 × %2/kg = %3</source>
        <translation>%1 × %2/kg = %3</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Solidarity price</source>
        <translation>Prix solidaire</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>%1 (gift: %2)</source>
        <translation>%1 (don&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Total (%1 %2: %3)</source>
        <translation>Total (%1 %2&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Solidarity price: %1</source>
        <translation>Prix solidaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-526"/>
        <source>Solidarity price (%1)</source>
        <translation>Prix solidaire (%1)</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Free gift (%1)</source>
        <translation>Don gratuit (%1)</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ScaleWeight</name>
    <message>
        <location filename="../ui/common/scaleweight.cpp" line="+23"/>
        <source>Take the weight (%1)</source>
        <translation>Prendre le poids (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Scale: waiting…</source>
        <translation>Balance : en attente…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unstable</source>
        <translation>Instable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the scale’s capacity</source>
        <translation>Au-delà de la portée de la balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below zero</source>
        <translation>Sous zéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scale cannot weigh now</source>
        <translation>La balance ne peut pas peser maintenant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scale: %1</source>
        <translation>Balance : %1</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SessionsPage</name>
    <message>
        <location filename="../ui/admin/sessionspage.cpp" line="+28"/>
        <source>Cash sessions</source>
        <translation>Sessions de caisse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened between</source>
        <translation>Ouvertes entre le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance beyond the threshold</source>
        <translation>Écart au-delà du seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open longer than 12 h</source>
        <translation>Ouvertes depuis plus de 12&#xa0;h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register:</source>
        <translation>Caisse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cashier:</source>
        <translation>Caissier&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+191"/>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+195"/>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+196"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+196"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+199"/>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+203"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Session detail</source>
        <translation>Détail de la session</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>← Back to the list</source>
        <translation>← Retour à la liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprint the Z report</source>
        <translation>Réimprimer le ticket Z</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All</source>
        <comment>register filter</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>the %n newest sessions, more as you scroll</source>
        <translation>
            <numerusform>la session la plus récente, les suivantes en faisant défiler</numerusform>
            <numerusform>les %n sessions les plus récentes, les suivantes en faisant défiler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+64"/>
        <source>still open</source>
        <translation>encore ouverte</translation>
    </message>
    <message numerus="yes">
        <location line="-83"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Session %1 on %2, %3</source>
        <translation>Session %1 sur %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected in the drawer</source>
        <translation>Attendu dans le tiroir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Z report %1</source>
        <translation>Rapport Z %1</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SheetsDialog</name>
    <message>
        <location filename="../ui/admin/sheetsdialog.cpp" line="+39"/>
        <source>Sales and tonnage per day</source>
        <translation>Ventes et tonnages par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash sessions</source>
        <translation>Sessions de caisse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Google Sheets</source>
        <translation>Google Sheets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reports published to the shop&apos;s Google Sheet, each in its own tab. Share the sheet with the service account&apos;s address first.</source>
        <translation>Les rapports publiés dans le tableur Google de la boutique, chacun dans son onglet. Partagez d’abord le tableur avec l’adresse du compte de service.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the part of the sheet&apos;s address between /d/ and /edit</source>
        <translation>la partie de l’adresse du tableur entre /d/ et /edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet</source>
        <translation>Tableur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>%1 (key kept in the keychain)</source>
        <translation>%1 (clé gardée dans le trousseau)</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a new key file (JSON) replaces the kept one</source>
        <translation>un nouveau fichier de clé (JSON) remplace celui gardé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand only</source>
        <translation>à la main seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish every</source>
        <translation>Publier toutes les</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last</source>
        <translation>Sur les derniers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheets API address</source>
        <translation>Adresse de l’API Sheets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token address</source>
        <translation>Adresse des jetons</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Publish now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator can change the Google Sheets settings.</source>
        <translation>Seul un administrateur peut changer les réglages Google Sheets.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The service account&apos;s key file</source>
        <translation>Le fichier de clé du compte de service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key file (*.json)</source>
        <translation>Fichier de clé (*.json)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the service account&apos;s key file first.</source>
        <translation>Choisissez d’abord le fichier de clé du compte de service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Google Sheets settings saved.</source>
        <translation>Réglages Google Sheets enregistrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Sheets settings saved; the key is in the keychain: you may delete the file %1.</source>
        <translation>Réglages Google Sheets enregistrés ; la clé est dans le trousseau : vous pouvez supprimer le fichier %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publishing to Google Sheets…</source>
        <translation>Publication dans Google Sheets…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Published: %n row(s).</source>
        <translation>
            <numerusform>Publié : %n ligne.</numerusform>
            <numerusform>Publié : %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-136"/>
        <source>the tab and cells, as Prix!A1:F500</source>
        <translation>l’onglet et les cellules, comme Prix!A1:F500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import prices…</source>
        <translation>Importer les prix…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads the range, then shows each row&apos;s columns and what is wrong before anything is imported.</source>
        <translation>Lit la plage, puis montre les colonnes de chaque ligne et ce qui ne va pas avant de rien importer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price list</source>
        <translation>Liste de prix</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Give the range of the price list first, as Prix!A1:F500.</source>
        <translation>Indiquez d’abord la plage de la liste de prix, comme Prix!A1:F500.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading %1 from Google Sheets…</source>
        <translation>Lecture de %1 dans Google Sheets…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The price list was not read: %1</source>
        <translation>La liste de prix n’a pas été lue : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) read from %1: choose the columns and check them in the window that opened.</source>
        <translation>
            <numerusform>%n ligne lue dans %1 : choisissez les colonnes et vérifiez-les dans la fenêtre qui s’est ouverte.</numerusform>
            <numerusform>%n lignes lues dans %1 : choisissez les colonnes et vérifiez-les dans la fenêtre qui s’est ouverte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SolidarityDialog</name>
    <message>
        <location filename="../ui/admin/solidaritydialog.cpp" line="+37"/>
        <source>Solidarity prices and free gifts</source>
        <translation>Prix solidaires et dons gratuits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What every till of the site offers at once. The cashier may still type another discount or reason.</source>
        <translation>Ce que chaque caisse du site propose d’une touche. Le caissier peut toujours taper une autre remise ou une autre raison.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discounts (at most %1):</source>
        <translation>Remises (%1 au plus)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate or amount</source>
        <translation>Taux ou montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members only</source>
        <translation>Adhérents seulement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free gifts (at most %1):</source>
        <translation>Dons gratuits (%1 au plus)&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a discount</source>
        <translation>Ajouter une remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a gift</source>
        <translation>Ajouter un don</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in €</source>
        <translation>Montant en&#xa0;€</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Discount %1: %2</source>
        <translation>Remise %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discount %1: type a rate, for example 10 or 12,5.</source>
        <translation>Remise %1&#xa0;: tapez un taux, par exemple 10 ou 12,5.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SyncBadge</name>
    <message>
        <location filename="../ui/sync/syncbadge.cpp" line="+17"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync off</source>
        <translation>Sync désactivée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Synced</source>
        <translation>✓ Synchronisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⟳ Syncing…</source>
        <translation>⟳ Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Offline · %n pending</source>
        <translation>
            <numerusform>Hors ligne · %n en attente</numerusform>
            <numerusform>Hors ligne · %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Sync error</source>
        <translation>⚠ Erreur de synchronisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No kDrive account is set up: the data stays on this computer.</source>
        <translation>Aucun compte kDrive n’est configuré&#xa0;: les données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to sync now.</source>
        <translation>Cliquez pour synchroniser maintenant.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SyncPage</name>
    <message>
        <location filename="../ui/sync/syncpage.cpp" line="+51"/>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back office</source>
        <translation>Poste de gestion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create the folder?</source>
        <translation>Créer le dossier ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive has no folder at %1. Create it (and the folders above it that are missing)?</source>
        <translation>Le kDrive n’a pas de dossier à l’adresse %1. Le créer (avec les dossiers parents qui manquent) ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Synchronisation with kDrive</source>
        <translation>Synchronisation avec kDrive</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stations of the shop</source>
        <translation>Postes du magasin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data up to date</source>
        <translation>Données à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newest record</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records held</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a line to see its details.</source>
        <translation>Sélectionnez une ligne pour voir son détail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kDrive account</source>
        <translation>Compte kDrive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e-mail of the kDrive account</source>
        <translation>adresse e-mail du compte kDrive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application password (kept in the system keychain)</source>
        <translation>mot de passe d’application (rangé dans le trousseau du système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the account</source>
        <translation>Enregistrer le compte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alerts to the admins (Telegram)</source>
        <translation>Alertes aux administrateurs (Telegram)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chat ids separated by commas</source>
        <translation>identifiants séparés par des virgules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bot token (kept in the system keychain)</source>
        <translation>jeton du bot (rangé dans le trousseau du système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat ids</source>
        <translation>Identifiants de conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot API address</source>
        <translation>Adresse de l’API du bot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the alerts</source>
        <translation>Enregistrer les alertes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read only: only an administrator can change these settings.</source>
        <translation>Lecture seule&#xa0;: seul un administrateur peut modifier ces réglages.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Backup saved: %1</source>
        <translation>Sauvegarde enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The state of the synchronisation cannot be read: %1</source>
        <translation>L’état de la synchronisation ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The stations of the shop cannot be read: %1</source>
        <translation>Les postes du magasin ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (this station)</source>
        <translation> (ce poste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history cannot be read: %1</source>
        <translation>L’historique ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Waiting to be sent: %n record(s)</source>
        <translation>
            <numerusform>En attente d’envoi&#xa0;: %n enregistrement</numerusform>
            <numerusform>En attente d’envoi&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Files waiting: %n</source>
        <translation>
            <numerusform>Fichiers en attente&#xa0;: %n</numerusform>
            <numerusform>Fichiers en attente&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2
Failure: %3, HTTP %4
Sent: %5 record(s), received: %6, %7 byte(s) up, %8 ms
%9</source>
        <translation>%1 — %2
Échec&#xa0;: %3, HTTP %4
Envoyés&#xa0;: %5 enregistrement(s), reçus&#xa0;: %6, %7 octet(s) envoyés, %8 ms
%9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection OK: the drive answers and accepts the password.</source>
        <translation>Connexion réussie&#xa0;: le kDrive répond et accepte le mot de passe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Folder created. Connection OK: the drive answers and accepts the password.</source>
        <translation>Dossier créé. Connexion réussie : le kDrive répond et accepte le mot de passe.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Account saved. The next sync uses it.</source>
        <translation>Compte enregistré. La prochaine synchronisation l’utilise.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Alerts saved.</source>
        <translation>Alertes enregistrées.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::TaxReceiptDialog</name>
    <message>
        <location filename="../ui/cashier/taxreceiptdialog.cpp" line="+18"/>
        <source>Tax receipt</source>
        <translation>Reçu fiscal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Donation %1 of %2: does the donor want a tax receipt?</source>
        <translation>Don %1 de %2&#xa0;: le donateur veut-il un reçu fiscal&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donor&apos;s name and first names</source>
        <translation>Nom et prénoms du donateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Donor&apos;s address</source>
        <translation>Adresse du donateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No receipt (%1)</source>
        <translation>Pas de reçu (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue the receipt</source>
        <translation>Établir le reçu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the donor&apos;s name and address.</source>
        <translation>Tapez le nom et l’adresse du donateur.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::TonnagePage</name>
    <message>
        <location filename="../ui/admin/tonnagepage.cpp" line="+62"/>
        <source>Material report</source>
        <translation>Bilan matière</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Whole site</source>
        <translation>Ensemble du site</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Received and reused per eco-organism (kg)</source>
        <translation>Reçu et réemployé par éco-organisme (kg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Eco-organism
or category</source>
        <translation>Éco-organisme
ou catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reused</source>
        <translation>Réemployé</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Recycled</source>
        <translation>Recyclé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waste</source>
        <translation>Déchet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse rate</source>
        <translation>Taux de réemploi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as XLSX…</source>
        <translation>Enregistrer en XLSX…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Per eco-organism</source>
        <translation>Par éco-organisme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per shop category</source>
        <translation>Par catégorie de la boutique</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save the material report as CSV</source>
        <translation>Enregistrer le bilan matière en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the material report as PDF</source>
        <translation>Enregistrer le bilan matière en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Material report saved as %1</source>
        <translation>Bilan matière enregistré sous %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save the material report as XLSX</source>
        <translation>Enregistrer le bilan matière en XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Received per town</source>
        <translation>Reçu par commune</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::TouchKeyboard</name>
    <message>
        <location filename="../ui/common/touchkeyboard.cpp" line="+262"/>
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caps lock</source>
        <translation>Verr. maj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abc</source>
        <translation>abc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>é à € …</source>
        <translation>é à € …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::TownsDialog</name>
    <message>
        <location filename="../ui/admin/townsdialog.cpp" line="+25"/>
        <source>Towns</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The towns donors come from, for the whole site: the reception offers them, most frequent first, and the material report counts what each one brought.</source>
        <translation>Les communes d’où viennent les donateurs, pour tout le site : l’accueil les propose, la plus fréquente d’abord, et le bilan matière compte ce que chacune a apporté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 93100</source>
        <translation>ex. 93100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 added.</source>
        <translation>%1 ajoutée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 removed; the deposits that named it keep it.</source>
        <translation>%1 retirée ; les dépôts qui la nomment la gardent.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::UsersPage</name>
    <message>
        <location filename="../ui/admin/userspage.cpp" line="+35"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;PIN:</source>
        <translation>Nouveau code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: no notifications</source>
        <translation>vide&#xa0;: pas de notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telegram id:</source>
        <translation>Identifiant &amp;Telegram&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What each role can do</source>
        <translation>Ce que chaque rôle peut faire</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>bloqué jusqu’à %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose a person in the list</source>
        <translation>Choisissez une personne dans la liste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 can now log in with their PIN.</source>
        <translation>%1 peut maintenant se connecter avec son code PIN.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1&apos;s account is saved.</source>
        <translation>Le compte de %1 est enregistré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is deactivated: their history stays.</source>
        <translation>%1 est désactivé(e)&#xa0;: son historique reste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif(ve).</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importer depuis un tableur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create or update people from a CSV or Excel (.xlsx) file: name, role, Telegram id. Each new person chooses a PIN at their first login.</source>
        <translation>Créer ou mettre à jour des personnes depuis un fichier CSV ou Excel (.xlsx)&#xa0;: nom, rôle, identifiant Telegram. Chaque nouvelle personne choisit son code PIN à sa première connexion.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::VatDialog</name>
    <message>
        <location filename="../ui/admin/vatdialog.cpp" line="+21"/>
        <source>Not liable to VAT</source>
        <translation>Non assujetti à la TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin scheme (second-hand goods)</source>
        <translation>Régime de la marge (biens d’occasion)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Liable, with a rate</source>
        <translation>Assujetti, avec un taux</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VAT status</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In force today: %1</source>
        <translation>En vigueur aujourd’hui&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Regime:</source>
        <translation>&amp;Régime&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>À &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mention:</source>
        <translation>&amp;Mention&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ate (%):</source>
        <translation>&amp;Taux (%)&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>A change applies to the documents made from that day on; the rates per category, set on the Categories page, carry over.</source>
        <translation>Un changement vaut pour les documents faits à partir de ce jour&#xa0;; les taux par catégorie, fixés sur la page Catégories, sont repris.</translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ZReportView</name>
    <message>
        <location filename="../ui/cashier/zreportview.cpp" line="+25"/>
        <source>Closing report (Z)</source>
        <translation>Rapport de clôture (Z)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The register is closed. This report is stored and cannot be changed.</source>
        <translation>La caisse est fermée. Ce rapport est enregistré et ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reprint (%1)</source>
        <translation>Réimprimer (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done (%1)</source>
        <translation>Terminé (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Closing report (Z) %1</source>
        <translation>Rapport de clôture (Z) %1</translation>
    </message>
</context>
</TS>
