<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>CashSessions</name>
        <message>
            <location filename="../core/cashsession.cpp" line="+56"/>
            <source>%1 is not a euro note or coin.</source>
            <translation>%1 n'est ni un billet ni une pièce en euros.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The number of %1 pieces must be between 0 and 100 000.</source>
            <translation>Le nombre de billets ou pièces de %1 doit être compris entre 0 et 100 000.</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Write the count as 50x2,20x3,0.50x4 (denomination x number).</source>
            <translation>Écrivez le comptage ainsi : 50x2,20x3,0.50x4 (valeur x nombre).</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Cannot read the count near "%1": write it as 50x2,20x3,0.50x4.</source>
            <translation>Impossible de lire le comptage près de « %1 ». Écrivez-le ainsi : 50x2,20x3,0.50x4.</translation>
        </message>
        <message>
            <location line="+44"/>
            <source>The variance threshold must be between 0,00 € and 10 000,00 €.</source>
            <translation>Le seuil d’écart doit être compris entre 0,00 € et 10 000,00 €.</translation>
        </message>
        <message>
            <location line="+40"/>
            <source>Cash sessions are opened on a register, not on this station.</source>
            <translation>Les sessions de caisse s'ouvrent sur une caisse, pas sur ce poste.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The opening float must be between 0,00 € and 10 000,00 €.</source>
            <translation>Le fond de caisse à l'ouverture doit être compris entre 0,00 € et 10 000,00 €.</translation>
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
            <translation>Un mouvement d'espèces doit être compris entre 0,01 € et 10 000,00 €.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Give the reason for the cash movement (at most 200 characters).</source>
            <translation>Indiquez le motif du mouvement d'espèces (200 caractères au maximum).</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Open a cash session first.</source>
            <translation>Ouvrez d'abord une session de caisse.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>The drawer should hold only %1: %2 cannot be taken out.</source>
            <translation>Le tiroir-caisse ne devrait contenir que %1 : impossible d'en retirer %2.</translation>
        </message>
        <message>
            <location line="+30"/>
            <source>Unknown cash session.</source>
            <translation>Session de caisse inconnue.</translation>
        </message>
        <message>
            <location line="+76"/>
            <location line="+34"/>
            <location line="+27"/>
            <source>No cash session is open on this register.</source>
            <translation>Aucune session de caisse n'est ouverte sur cette caisse.</translation>
        </message>
        <message>
            <location line="-44"/>
            <source>Count the drawer first: enter the number of each note and coin (0 when there is none).</source>
            <translation>Comptez d'abord le tiroir-caisse : saisissez le nombre de chaque billet et de chaque pièce (0 s'il n'y en a pas).</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>The comment is too long (at most %1 characters).</source>
            <translation>Le commentaire est trop long (%1 caractères au maximum).</translation>
        </message>
        <message>
            <location line="+19"/>
            <source>The drawer differs by %1 (more than %2): explain it in a comment.</source>
            <translation>Le tiroir-caisse présente un écart de %1 (plus de %2) : expliquez-le dans un commentaire.</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>A sale was recorded during the count: count the drawer again.</source>
            <translation>Une vente a été enregistrée pendant le comptage : recomptez le tiroir-caisse.</translation>
        </message>
        <message>
            <location line="+87"/>
            <source>Unknown closing.</source>
            <translation>Clôture inconnue.</translation>
        </message>
    </context>
    <context>
        <name>CategoryCatalog</name>
        <message>
            <location filename="../core/categories.cpp" line="+110"/>
            <location line="+54"/>
            <source>Unknown category "%1".</source>
            <translation>Catégorie « %1 » inconnue.</translation>
        </message>
        <message>
            <location line="-21"/>
            <source>A category must be named.</source>
            <translation>Une catégorie doit avoir un nom.</translation>
        </message>
        <message>
            <location line="+32"/>
            <source>A category id is 1 to 64 lowercase letters, digits, dots or dashes.</source>
            <translation>L'identifiant d'une catégorie compte de 1 à 64 caractères : lettres minuscules, chiffres, points ou tirets.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>A category name has 1 to 80 characters.</source>
            <translation>Le nom d'une catégorie compte de 1 à 80 caractères.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The EEE code must be EEE-1 to EEE-8, or nothing.</source>
            <translation>Le code DEEE doit aller de EEE-1 à EEE-8, ou rester vide.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>A colour is written #RRGGBB.</source>
            <translation>Une couleur s'écrit sous la forme #RRGGBB.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>A shortcut is a single key.</source>
            <translation>Un raccourci doit être une seule touche.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Category prices must be between 0 and 1 000 000 €.</source>
            <translation>Les prix d'une catégorie doivent être compris entre 0 et 1 000 000 €.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The minimum price of "%1" is above its maximum.</source>
            <translation>Le prix minimum de « %1 » dépasse son prix maximum.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>The default price of "%1" is outside its bounds.</source>
            <translation>Le prix par défaut de « %1 » est en dehors de ses limites.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The average weight of "%1" must be between 1 g and 10 t.</source>
            <translation>Le poids moyen de « %1 » doit être compris entre 1 g et 10 t.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>The category file is not valid JSON: %1</source>
            <translation>Le fichier de catégories n'est pas un JSON valide : %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>This is not a ReCaisse category file.</source>
            <translation>Ce n'est pas un fichier de catégories ReCaisse.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Categories can be nested at most three levels deep.</source>
            <translation>Les catégories s'imbriquent sur trois niveaux au maximum.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>The category id "%1" is used twice.</source>
            <translation>L'identifiant de catégorie « %1 » est utilisé deux fois.</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>The category file has no category.</source>
            <translation>Le fichier de catégories ne contient aucune catégorie.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>The default category tree is missing.</source>
            <translation>L'arborescence de catégories par défaut est introuvable.</translation>
        </message>
        <message>
            <location line="+39"/>
            <source>A category cannot be its own parent.</source>
            <translation>Une catégorie ne peut pas être sa propre catégorie parente.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Another category is already named "%1" here.</source>
            <translation>Une autre catégorie s'appelle déjà « %1 » à cet endroit.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../core/database.cpp" line="+52"/>
            <source>The database %1 does not exist.</source>
            <translation>La base de données %1 n'existe pas.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The file %1 already exists.</source>
            <translation>Le fichier %1 existe déjà.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>%1 is not a file.</source>
            <translation>%1 n'est pas un fichier.</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Cannot open the database %1: %2</source>
            <translation>Impossible d'ouvrir la base de données %1 : %2</translation>
        </message>
        <message>
            <location line="+24"/>
            <location line="+114"/>
            <location line="+23"/>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Le disque est plein : rien n'a été enregistré. Libérez de l'espace puis réessayez.</translation>
        </message>
        <message>
            <location line="-135"/>
            <source>%1 is not a ReCaisse database.</source>
            <translation>%1 n'est pas une base de données ReCaisse.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The database refused the operation: %1</source>
            <translation>La base de données a refusé l'opération : %1</translation>
        </message>
        <message>
            <location line="-38"/>
            <location line="+77"/>
            <source>%1 is not a ReCaisse database (not an SQLite file).</source>
            <translation>%1 n'est pas une base de données ReCaisse (ce n'est pas un fichier SQLite).</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>This database was written by a newer version of ReCaisse (schema %1, this program knows up to %2). Install the newer version; nothing was changed.</source>
            <translation>Cette base de données a été écrite par une version plus récente de ReCaisse (schéma %1, ce programme connaît jusqu'au schéma %2). Installez la version plus récente ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>%1 is an SQLite file but not a ReCaisse database.</source>
            <translation>%1 est un fichier SQLite, mais pas une base de données ReCaisse.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1 is empty: it is not a ReCaisse database.</source>
            <translation>%1 est vide : ce n'est pas une base de données ReCaisse.</translation>
        </message>
        <message>
            <location line="+92"/>
            <source>No transaction to commit.</source>
            <translation>Aucune transaction à valider.</translation>
        </message>
    </context>
    <context>
        <name>DemoShop</name>
        <message>
            <location filename="../core/demoshop.cpp" line="+97"/>
            <source>Generate between 1 and 36 600 days.</source>
            <translation>Générez entre 1 et 36 600 jours.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Demo activity is generated on a register station.</source>
            <translation>L'activité de démonstration se génère sur un poste de caisse.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Session %1 is open: close it before generating demo activity.</source>
            <translation>La session %1 est ouverte : clôturez-la avant de générer l'activité de démonstration.</translation>
        </message>
        <message>
            <location line="+34"/>
            <source>There is no category to sell.</source>
            <translation>Il n'y a aucune catégorie à vendre.</translation>
        </message>
    </context>
    <context>
        <name>Deposits</name>
        <message>
            <location filename="../core/deposits.cpp" line="+21"/>
            <source>The deposit ticket has no line.</source>
            <translation>Le ticket de dépôt n'a aucune ligne.</translation>
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
            <location line="+13"/>
            <source>The category "%1" is no longer in use.</source>
            <translation>La catégorie « %1 » n'est plus utilisée.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Line %1: the number of items must be between 1 and %2.</source>
            <translation>Ligne %1 : le nombre d'objets doit être compris entre 1 et %2.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Line %1: the weight must be between 0,001 kg and 10 000 kg.</source>
            <translation>Ligne %1 : le poids doit être compris entre 0,001 kg et 10 000 kg.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>A deposit ticket weighs at most 100 t: split it.</source>
            <translation>Un ticket de dépôt ne peut pas dépasser 100 t : répartissez-le sur plusieurs tickets.</translation>
        </message>
    </context>
    <context>
        <name>DocumentWriter</name>
        <message>
            <location filename="../core/ledger.cpp" line="+491"/>
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
            <translation>Bénévole à l'accueil</translation>
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
            <translation>Déchetterie</translation>
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
            <translation>Déchetterie partenaire</translation>
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
        <name>FileReceiptPrinter</name>
        <message>
            <location filename="../core/receiptprinter.cpp" line="+156"/>
            <source>Cannot open the receipt printer %1: %2</source>
            <translation>Impossible d’ouvrir l’imprimante de tickets %1 : %2</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Cannot write to the receipt printer %1: %2</source>
            <translation>Impossible d’écrire sur l’imprimante de tickets %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>IntegrityCheck</name>
        <message>
            <location filename="../core/integrity.cpp" line="+27"/>
            <source>cannot read the documents: %1</source>
            <translation>impossible de lire les documents : %1</translation>
        </message>
        <message>
            <location line="+29"/>
            <source>%1: sequence %2 follows %3 (documents are missing)</source>
            <translation>%1 : le numéro de séquence %2 suit le %3 (des documents manquent)</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1: number %2 of series %3 follows %4 (a number is missing)</source>
            <translation>%1 : le numéro %2 de la série %3 suit le %4 (un numéro manque)</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1: not chained to the previous document</source>
            <translation>%1 : non chaîné au document précédent</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>%1: unknown document kind "%2"</source>
            <translation>%1 : type de document « %2 » inconnu</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>%1: cannot be read: %2</source>
            <translation>%1 : illisible : %2</translation>
        </message>
        <message>
            <location line="+5"/>
            <location line="+53"/>
            <source>%1: its content does not match its hash (altered)</source>
            <translation>%1 : son contenu ne correspond pas à son empreinte (document altéré)</translation>
        </message>
        <message numerus="yes">
            <location line="-36"/>
            <source>table %1: %n row(s) belong to no document</source>
            <translation>
                <numerusform>table %1 : %n ligne rattachée à aucun document</numerusform>
                <numerusform>table %1 : %n lignes rattachées à aucun document</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12"/>
            <source>cannot read the audit trail: %1</source>
            <translation>impossible de lire le journal d'audit : %1</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>audit event %1 (%2)</source>
            <translation>événement %1 du journal d'audit (%2)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: follows event %2 (events are missing)</source>
            <translation>%1 : suit l'événement %2 (des événements manquent)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: not chained to the previous event</source>
            <translation>%1 : non chaîné à l'événement précédent</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>journal entry %1: its %2 %3 is missing</source>
            <translation>entrée %1 du journal de synchronisation : %2 %3 introuvable</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>journal of station %1: %2 entries for %3 sequence numbers</source>
            <translation>journal de synchronisation du poste %1 : %2 entrées pour %3 numéros de séquence</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <location filename="../app/main.cpp" line="+62"/>
            <source>ReCaisse, the till and back office of a ressourcerie.</source>
            <translation>ReCaisse, la caisse et le back-office d'une ressourcerie.</translation>
        </message>
        <message>
            <location line="+4"/>
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
            <source>Language of the interface: fr (default) or en.</source>
            <translation>Langue de l'interface : fr (par défaut) ou en.</translation>
        </message>
        <message>
            <location line="+80"/>
            <source>Could not move the demo shop to %1.</source>
            <translation>Impossible de déplacer le magasin de démonstration vers %1.</translation>
        </message>
        <message>
            <location line="+41"/>
            <source>No demo person with that role in this database.</source>
            <translation>Aucune personne de démonstration n’a ce rôle dans cette base.</translation>
        </message>
        <message>
            <location line="+87"/>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <location line="+17"/>
            <source>Cannot write %1.</source>
            <translation>Impossible d'écrire %1.</translation>
        </message>
        <message>
            <location line="+32"/>
            <source>Unknown language %1: use fr or en.</source>
            <translation>Langue inconnue %1 : utilisez fr ou en.</translation>
        </message>
        <message>
            <location line="+13"/>
            <location line="+69"/>
            <source>ReCaisse</source>
            <translation>ReCaisse</translation>
        </message>
        <message>
            <location line="-38"/>
            <source>Cannot copy %1 for the screenshots.</source>
            <translation>Impossible de copier %1 pour les captures d’écran.</translation>
        </message>
        <message>
            <location line="+37"/>
            <source>Preparing the demo shop…</source>
            <translation>Préparation du magasin de démonstration…</translation>
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
            <source>Invalid amount "%1": type it like 12,50</source>
            <translation>Montant « %1 » invalide : tapez-le sous la forme 12,50</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Invalid amount "%1": a negative amount is not allowed here</source>
            <translation>Montant « %1 » invalide : un montant négatif n'est pas autorisé ici</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Invalid amount "%1": at most 2 digits after the comma</source>
            <translation>Montant « %1 » invalide : 2 chiffres au maximum après la virgule</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Amount "%1" is too large: at most %2</source>
            <translation>Montant « %1 » trop élevé : %2 au maximum</translation>
        </message>
        <message>
            <location line="+30"/>
            <source>Enter a weight in kg, for example 3,250</source>
            <translation>Saisissez un poids en kg, par exemple 3,250</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Invalid weight "%1": type it in kg like 3,250</source>
            <translation>Poids « %1 » invalide : tapez-le en kg sous la forme 3,250</translation>
        </message>
        <message>
            <location line="+15"/>
            <location line="+7"/>
            <source>Invalid weight "%1": it must be more than 0 kg</source>
            <translation>Poids « %1 » invalide : il doit être supérieur à 0 kg</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Invalid weight "%1": at most 3 digits after the comma</source>
            <translation>Poids « %1 » invalide : 3 chiffres au maximum après la virgule</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Weight "%1" is too high: at most %2</source>
            <translation>Poids « %1 » trop élevé : %2 au maximum</translation>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <location filename="../core/permissions.cpp" line="+91"/>
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
            <source>Set a price outside the category's range</source>
            <translation>Fixer un prix hors des limites de la catégorie</translation>
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
            <translation>Vérifier l'intégrité des données</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Export data</source>
            <translation>Exporter les données</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <location filename="../core/receipt.cpp" line="+104"/>
            <location line="+30"/>
            <location line="+29"/>
            <source>DUPLICATE</source>
            <translation>DUPLICATA</translation>
        </message>
        <message>
            <location line="-58"/>
            <location line="+30"/>
            <location line="+29"/>
            <source>Station: %1</source>
            <translation>Poste : %1</translation>
        </message>
        <message>
            <location line="-58"/>
            <source>Ticket: %1</source>
            <translation>Ticket : %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <location line="+31"/>
            <source>Date: %1</source>
            <translation>Date : %1</translation>
        </message>
        <message>
            <location line="-28"/>
            <location line="+35"/>
            <source>%1 x %2</source>
            <translation>%1 x %2</translation>
        </message>
        <message>
            <location line="-32"/>
            <source>%1 each</source>
            <translation>%1 l’unité</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>TOTAL</source>
            <translation>TOTAL</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Change</source>
            <translation>Rendu</translation>
        </message>
        <message>
            <location line="+2"/>
            <location line="+30"/>
            <location line="+41"/>
            <source>Fingerprint: %1</source>
            <translation>Empreinte : %1</translation>
        </message>
        <message>
            <location line="-69"/>
            <source>Thank you for your visit!</source>
            <translation>Merci de votre visite !</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>DONATION RECEIPT</source>
            <translation>REÇU DE DON</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Receipt: %1</source>
            <translation>Reçu : %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Donor: %1</source>
            <translation>Donateur : %1</translation>
        </message>
        <message>
            <location line="+9"/>
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
            <translation>Merci pour votre don !</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Z REPORT</source>
            <translation>TICKET Z</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Closing: %1</source>
            <translation>Clôture : %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cashier: %1</source>
            <translation>Caissier : %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Opened: %1</source>
            <translation>Ouverture : %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Closed: %1</source>
            <translation>Fermeture : %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Sales (%1)</source>
            <translation>Ventes (%1)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Refunds (%1)</source>
            <translation>Remboursements (%1)</translation>
        </message>
        <message>
            <location line="+2"/>
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
            <location line="+1"/>
            <source>Card</source>
            <translation>Carte bancaire</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cheque</source>
            <translation>Chèque</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Free</source>
            <translation>Gratuit</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Expected cash</source>
            <translation>Espèces attendues</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Counted cash</source>
            <translation>Espèces comptées</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Variance</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Comment: %1</source>
            <translation>Commentaire : %1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Validated by: %1</source>
            <translation>Validé par : %1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Grand total</source>
            <translation>Grand total</translation>
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
            <location line="+71"/>
            <source>The ticket has no line.</source>
            <translation>Le ticket n'a aucune ligne.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>A ticket has at most %1 lines.</source>
            <translation>Un ticket compte au maximum %1 lignes.</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>The category "%1" is no longer in use.</source>
            <translation>La catégorie « %1 » n'est plus utilisée.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Line %1: the quantity must be between 1 and %2.</source>
            <translation>Ligne %1 : la quantité doit être comprise entre 1 et %2.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Line %1: the price must be between 0,00 € and %2.</source>
            <translation>Ligne %1 : le prix doit être compris entre 0,00 € et %2.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Line %1: the weight must be between 0,001 kg and 10 000 kg.</source>
            <translation>Ligne %1 : le poids doit être compris entre 0,001 kg et 10 000 kg.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Line %1: weigh the item; "%2" needs its weight.</source>
            <translation>Ligne %1 : pesez l'article, « %2 » se vend avec son poids.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>The ticket total cannot exceed %1.</source>
            <translation>Le total du ticket ne peut pas dépasser %1.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>The ticket is not paid.</source>
            <translation>Le ticket n'est pas réglé.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>A ticket has at most 10 payments.</source>
            <translation>Un ticket compte au maximum 10 paiements.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>A payment must be between 0,01 € and %1.</source>
            <translation>Un paiement doit être compris entre 0,01 € et %1.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1 is still to be paid.</source>
            <translation>Il reste %1 à payer.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Card, cheque and free payments cannot exceed the total: only cash gives change.</source>
            <translation>Les paiements par carte bancaire, par chèque ou gratuits ne peuvent pas dépasser le total : seules les espèces permettent de rendre la monnaie.</translation>
        </message>
        <message>
            <location line="+41"/>
            <source>A price is outside its category's bounds. %1</source>
            <translation>Un prix est hors des limites de sa catégorie. %1</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>Open a cash session before selling.</source>
            <translation>Ouvrez une session de caisse avant de vendre.</translation>
        </message>
        <message>
            <location line="+52"/>
            <source>%1 is not a sale ticket.</source>
            <translation>%1 n'est pas un ticket de vente.</translation>
        </message>
        <message>
            <location line="+12"/>
            <location filename="../ui/cashier/refundscreen.cpp" line="+328"/>
            <source>Give the reason for the refund.</source>
            <translation>Indiquez le motif du remboursement.</translation>
        </message>
        <message numerus="yes">
            <location line="+58"/>
            <source>Line %1 of ticket %2: between 1 and %n item(s) can be refunded.</source>
            <translation>
                <numerusform>Ligne %1 du ticket %2 : vous pouvez rembourser %n article au maximum.</numerusform>
                <numerusform>Ligne %1 du ticket %2 : vous pouvez rembourser entre 1 et %n articles.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-57"/>
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
            <translation>Le ticket %1 n'a pas de ligne %2.</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Nothing to pay back: these items were free.</source>
            <translation>Rien à rembourser : ces articles étaient gratuits.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Open a cash session before refunding.</source>
            <translation>Ouvrez une session de caisse avant de rembourser.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>The drawer should hold only %1: refund %2 another way.</source>
            <translation>Le tiroir-caisse ne devrait contenir que %1 : remboursez %2 autrement.</translation>
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
            <location line="+5"/>
            <source>The station code must be 1 to 16 letters, digits or dashes, such as CAISSE1.</source>
            <translation>Le code du poste compte de 1 à 16 lettres, chiffres ou tirets, par exemple CAISSE1.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Unknown time zone "%1".</source>
            <translation>Fuseau horaire « %1 » inconnu.</translation>
        </message>
        <message>
            <location line="+84"/>
            <source>%1 has no station identity: it is not a ReCaisse station database.</source>
            <translation>%1 n'a pas d'identité de poste : ce n'est pas une base de données de poste ReCaisse.</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../core/users.cpp" line="+47"/>
            <location line="+3"/>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>Un code PIN compte de 4 à 8 chiffres.</translation>
        </message>
        <message>
            <location line="+9"/>
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
            <source>No user named "%1".</source>
            <translation>Aucun utilisateur ne s'appelle « %1 ».</translation>
        </message>
        <message>
            <location line="+33"/>
            <source>%1's account is deactivated.</source>
            <translation>Le compte de %1 est désactivé.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Too many wrong PINs: %1's account is locked until %2.</source>
            <translation>Trop de codes PIN erronés : le compte de %1 est bloqué jusqu'à %2.</translation>
        </message>
        <message numerus="yes">
            <location line="+37"/>
            <source>Wrong PIN. Too many attempts: the account is locked for %n minute(s).</source>
            <translation>
                <numerusform>Code PIN erroné. Trop d'essais : le compte est bloqué pendant %n minute.</numerusform>
                <numerusform>Code PIN erroné. Trop d'essais : le compte est bloqué pendant %n minutes.</numerusform>
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
            <location line="+24"/>
            <source>A user named "%1" already exists.</source>
            <translation>Un utilisateur nommé « %1 » existe déjà.</translation>
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
            <location line="+54"/>
            <source>%1 is the last active administrator and cannot be deactivated.</source>
            <translation>%1 est le dernier administrateur actif et ne peut pas être désactivé.</translation>
        </message>
        <message>
            <location line="+28"/>
            <source>%1 (%2) is not allowed to: %3.</source>
            <translation>%1 (%2) n'a pas l'autorisation : %3.</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>An administrator must unlock this action: %1.</source>
            <translation>Un administrateur doit déverrouiller cette action : %1.</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>%1 cannot unlock this action: %2.</source>
            <translation>%1 ne peut pas déverrouiller cette action : %2.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::core::NetworkReceiptPrinter</name>
        <message>
            <location filename="../core/receiptprinter.cpp" line="-94"/>
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
            <translation>Échec de l’impression sur %1 : %2</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>The receipt printer %1 did not answer within %2 s.</source>
            <translation>L’imprimante de tickets %1 n’a pas répondu en %2 s.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::AdminUnlockDialog</name>
        <message>
            <location filename="../ui/common/adminunlockdialog.cpp" line="+39"/>
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
            <source>Administrator's PIN</source>
            <translation>Code de l'administrateur</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+107"/>
            <source>Choose the administrator first</source>
            <translation>Choisissez d'abord l'administrateur</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Type the administrator's PIN</source>
            <translation>Tapez le code de l'administrateur</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::CashMovementScreen</name>
        <message>
            <location filename="../ui/cashier/cashmovementscreen.cpp" line="+47"/>
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
            <location line="+22"/>
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
            <location line="+29"/>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+43"/>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location line="+52"/>
            <source>Cash in %1 recorded: %2</source>
            <translation>Entrée %1 enregistrée : %2</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cash out %1 recorded: %2</source>
            <translation>Sortie %1 enregistrée : %2</translation>
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
            <translation>Comptez chaque billet et pièce du tiroir. Le montant attendu s'affiche une fois le comptage validé.</translation>
        </message>
        <message>
            <location line="+26"/>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Validate the count</source>
            <translation>Valider le comptage</translation>
        </message>
        <message>
            <location line="+19"/>
            <source>Close the register: check the variance</source>
            <translation>Clôturer la caisse : vérifiez l'écart</translation>
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
            <translation>Qu'est-ce qui explique la différence ?</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Count again</source>
            <translation>Recompter</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Close the register</source>
            <translation>Clôturer la caisse</translation>
        </message>
        <message>
            <location line="+48"/>
            <source>Enter the number of each note and coin (0 when there is none).</source>
            <translation>Saisissez le nombre de chaque billet et pièce (0 s'il n'y en a pas).</translation>
        </message>
        <message>
            <location line="+25"/>
            <source>Comment (required: the variance is beyond %1, an administrator will validate it)</source>
            <translation>Commentaire (obligatoire : l'écart dépasse %1, un administrateur le validera)</translation>
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
    </context>
    <context>
        <name>recaisse::ui::DenominationGrid</name>
        <message>
            <location filename="../ui/cashier/opensessionscreen.cpp" line="+111"/>
            <source>Total counted</source>
            <translation>Total compté</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::DepositScreen</name>
        <message>
            <location filename="../ui/reception/depositscreen.cpp" line="+158"/>
            <source>New deposit</source>
            <translation>Nouveau dépôt</translation>
        </message>
        <message>
            <location line="+48"/>
            <source>← Back</source>
            <translation>← Retour</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Back one step (Esc)</source>
            <translation>Revenir d'une étape (Échap)</translation>
        </message>
        <message>
            <location line="+34"/>
            <source>← Category</source>
            <translation>← Catégorie</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Choose another category (Esc)</source>
            <translation>Choisir une autre catégorie (Échap)</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Weight (kg)</source>
            <translation>Poids (kg)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>e.g. 3,5</source>
            <translation>ex. 3,5</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Number of items</source>
            <translation>Nombre d'objets</translation>
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
            <location line="+7"/>
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
            <location line="+0"/>
            <source>Destination / origin</source>
            <translation>Destination / provenance</translation>
        </message>
        <message>
            <location line="+31"/>
            <source>Note, e.g. the donor's name (optional)</source>
            <translation>Note, par ex. le nom du donateur (facultatif)</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Receipt</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>A receipt of the last recorded ticket for the donor</source>
            <translation>Un reçu du dernier ticket enregistré, pour le donateur</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Close the ticket</source>
            <translation>Clôturer le ticket</translation>
        </message>
        <message>
            <location line="+42"/>
            <source>What is brought?</source>
            <translation>Qu'est-ce qui est apporté ?</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>%1: which kind?</source>
            <translation>%1 : quel type ?</translation>
        </message>
        <message>
            <location line="+19"/>
            <source>%1 (mixed)</source>
            <translation>%1 (en mélange)</translation>
        </message>
        <message>
            <location line="+29"/>
            <source>No category is in use: ask an administrator.</source>
            <translation>Aucune catégorie n'est active : demandez à un administrateur.</translation>
        </message>
        <message>
            <location line="+66"/>
            <source>Choose a category first.</source>
            <translation>Choisissez d'abord une catégorie.</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>The number of items must be between 1 and %1.</source>
            <translation>Le nombre d'objets doit être compris entre 1 et %1.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>A ticket has at most %1 lines: close this one and start another.</source>
            <translation>Un ticket a au plus %1 lignes : clôturez celui-ci et commencez-en un autre.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Added: %1, %2</source>
            <translation>Ajouté : %1, %2</translation>
        </message>
        <message>
            <location line="+40"/>
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
            <source>Nobody is logged in on this screen.</source>
            <translation>Personne n'est connecté sur cet écran.</translation>
        </message>
        <message>
            <location line="+22"/>
            <source>Ticket %1 recorded: %2</source>
            <translation>Ticket %1 enregistré : %2</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::HomeScreen</name>
        <message>
            <location filename="../ui/common/homescreen.cpp" line="+100"/>
            <source>Refresh figures</source>
            <translation>Actualiser les chiffres</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Log out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <location line="+29"/>
            <source>Open the register (F1)</source>
            <translation>Ouvrir la caisse (F1)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Sell (F2)</source>
            <translation>Vendre (F2)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Close the register (F3)</source>
            <translation>Clôturer la caisse (F3)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Refund a ticket (F5)</source>
            <translation>Rembourser un ticket (F5)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Cash in or out (F6)</source>
            <translation>Entrée ou sortie d’espèces (F6)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Receive a donation (F4)</source>
            <translation>Recevoir un don (F4)</translation>
        </message>
        <message>
            <location line="+13"/>
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
            <source>Recorded in this station's database</source>
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
            <location line="+2"/>
            <source>%1 · station %2 · %3</source>
            <translation>%1 · poste %2 · %3</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>today at %1</source>
            <translation>aujourd'hui à %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>%1 at %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <location line="+22"/>
            <source>This station is not a cash register.</source>
            <translation>Ce poste n'est pas une caisse.</translation>
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
    </context>
    <context>
        <name>recaisse::ui::LoginScreen</name>
        <message>
            <location filename="../ui/common/loginscreen.cpp" line="+60"/>
            <source>Who are you?</source>
            <translation>Qui êtes-vous ?</translation>
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
            <location line="+9"/>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <location line="+36"/>
            <source>Station %1 · %2</source>
            <translation>Poste %1 · %2</translation>
        </message>
        <message>
            <location line="+22"/>
            <source>DEMO SHOP — fictitious data</source>
            <translation>MAGASIN DE DÉMONSTRATION — données fictives</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>%1 (%2): PIN %3</source>
            <translation>%1 (%2) : PIN %3</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Try it with: %1</source>
            <translation>Essayez avec : %1</translation>
        </message>
        <message>
            <location line="+97"/>
            <source>Choose your name first</source>
            <translation>Choisissez d'abord votre nom</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Type your PIN</source>
            <translation>Tapez votre code PIN</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::MainWindow</name>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="+41"/>
            <source>ReCaisse — %1</source>
            <translation>ReCaisse — %1</translation>
        </message>
        <message>
            <location line="+13"/>
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
            <location line="+2"/>
            <source>Reception of a donation</source>
            <translation>Réception d’un don</translation>
        </message>
        <message>
            <location line="+110"/>
            <source>← Home</source>
            <translation>← Accueil</translation>
        </message>
        <message>
            <location line="+90"/>
            <source>Station %1 (%2)</source>
            <translation>Poste %1 (%2)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Logged in: %1 (%2)</source>
            <translation>Utilisateur : %1 (%2)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Nobody logged in</source>
            <translation>Personne n'est connecté</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>No cash register on this station</source>
            <translation>Pas de caisse sur ce poste</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>No cash session open</source>
            <translation>Aucune session de caisse ouverte</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Cash session open since %1 (%2)</source>
            <translation>Session de caisse ouverte depuis %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::OpenSessionScreen</name>
        <message>
            <location filename="../ui/cashier/opensessionscreen.cpp" line="+111"/>
            <location line="+79"/>
            <source>Open the register</source>
            <translation>Ouvrir la caisse</translation>
        </message>
        <message>
            <location line="-76"/>
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
            <location line="+12"/>
            <source>Proposed: float of the previous session</source>
            <translation>Proposé : fond de caisse de la session précédente</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location line="+63"/>
            <source>Enter the number of each note and coin (0 when there is none).</source>
            <translation>Saisissez le nombre de chaque billet et pièce (0 s'il n'y en a pas).</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::PaymentDialog</name>
        <message>
            <location filename="../ui/cashier/paymentdialog.cpp" line="+28"/>
            <source>Payment</source>
            <translation>Paiement</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>Amount due: %1</source>
            <translation>À payer : %1</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Amount received</source>
            <translation>Montant reçu</translation>
        </message>
        <message>
            <location line="+24"/>
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
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+83"/>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Confirm</source>
            <translation>Valider</translation>
        </message>
        <message>
            <location line="+38"/>
            <source>Paid: %1</source>
            <translation>Payé : %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Remaining: %1</source>
            <translation>Reste à payer : %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>Change to give: %1</source>
            <translation>Monnaie à rendre : %1</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Type an amount above 0,00 €.</source>
            <translation>Tapez un montant supérieur à 0,00 €.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Only cash can exceed what remains to pay (%1).</source>
            <translation>Seules les espèces peuvent dépasser le reste à payer (%1).</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>A ticket has at most 10 payments.</source>
            <translation>Un ticket compte au maximum 10 paiements.</translation>
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
        <name>recaisse::ui::RefundScreen</name>
        <message>
            <location filename="../ui/cashier/refundscreen.cpp" line="-272"/>
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
            <translation>ex. : objet cassé</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Refund</source>
            <translation>Rembourser</translation>
        </message>
        <message>
            <location line="+51"/>
            <source>Type the number printed on the ticket.</source>
            <translation>Saisissez le numéro imprimé sur le ticket.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Ticket %1 of %2: %3</source>
            <translation>Ticket %1 du %2 : %3</translation>
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
            <translation>Remboursement %1 enregistré : %2 à rendre</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::SaleScreen</name>
        <message>
            <location filename="../ui/cashier/salescreen.cpp" line="+139"/>
            <source>◀ Back</source>
            <translation>◀ Retour</translation>
        </message>
        <message>
            <location line="+78"/>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+42"/>
            <source>Enter: confirm · Escape: back</source>
            <translation>Entrée : valider · Échap : retour</translation>
        </message>
        <message>
            <location line="+19"/>
            <source>Gift 0 €</source>
            <translation>Don 0 €</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Recycling</source>
            <translation>Recyclage</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location line="+7"/>
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
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="-36"/>
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
            <location line="+23"/>
            <source>Pay</source>
            <translation>Encaisser</translation>
        </message>
        <message>
            <location line="+87"/>
            <source>Choose a category</source>
            <translation>Choisissez une catégorie</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>%1: choose a sub-category</source>
            <translation>%1 : choisissez une sous-catégorie</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>How many?</source>
            <translation>Combien ?</translation>
        </message>
        <message numerus="yes">
            <location line="+9"/>
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
            <location line="+38"/>
            <source>Type a quantity between 1 and %1.</source>
            <translation>Tapez une quantité entre 1 et %1.</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Type the weight in kg, for example 2,5.</source>
            <translation>Tapez le poids en kg, par exemple 2,5.</translation>
        </message>
        <message>
            <location line="+29"/>
            <source>%1 is outside the bounds of "%2" (%3): an administrator must allow it.</source>
            <translation>%1 est hors des limites de « %2 » (%3) : un administrateur doit l’autoriser.</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>A ticket has at most %1 lines.</source>
            <translation>Un ticket compte au maximum %1 lignes.</translation>
        </message>
        <message>
            <location line="+96"/>
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
            <location line="+14"/>
            <source>The ticket is empty.</source>
            <translation>Le ticket est vide.</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>A price is outside its category's bounds: an administrator must allow it.</source>
            <translation>Un prix est hors des limites de sa catégorie : un administrateur doit l’autoriser.</translation>
        </message>
        <message>
            <location line="+38"/>
            <source>Ticket %1 recorded. Change to give: %2</source>
            <translation>Ticket %1 enregistré. Monnaie à rendre : %2</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Ticket %1 recorded.</source>
            <translation>Ticket %1 enregistré.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::ZReportView</name>
        <message>
            <location filename="../ui/cashier/zreportview.cpp" line="+59"/>
            <source>Closing report (Z)</source>
            <translation>Rapport de clôture (Z)</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>The register is closed. This report is stored and cannot be changed.</source>
            <translation>La caisse est fermée. Ce rapport est enregistré et ne peut plus être modifié.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+35"/>
            <source>Station %1</source>
            <translation>Poste %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>CLOSING REPORT (Z)</source>
            <translation>RAPPORT DE CLÔTURE (Z)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cashier</source>
            <translation>Caissier</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Opened</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Closed</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Sales (%1)</source>
            <translation>Ventes (%1)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Refunds (%1)</source>
            <translation>Remboursements (%1)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Payment methods</source>
            <translation>Moyens de paiement</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Cash drawer</source>
            <translation>Tiroir-caisse</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Opening float</source>
            <translation>  Fond de caisse</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Cash sales</source>
            <translation>  Ventes en espèces</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Cash refunds</source>
            <translation>  Remb. en espèces</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Cash put in</source>
            <translation>  Apports</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Cash taken out</source>
            <translation>  Retraits</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Expected</source>
            <translation>Attendu</translation>
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
            <location line="+2"/>
            <source>Count</source>
            <translation>Comptage</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Comment:</source>
            <translation>Commentaire :</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Validated by</source>
            <translation>Validé par</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Grand total</source>
            <translation>Grand total</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Closing report (Z) %1</source>
            <translation>Rapport de clôture (Z) %1</translation>
        </message>
    </context>
</TS>
