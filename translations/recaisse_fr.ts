<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>CashSessions</name>
        <message>
            <location filename="../core/cashsession.cpp" line="+56"/>
            <source>%1 is not a euro note or coin.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>The number of %1 pieces must be between 0 and 100 000.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+15"/>
            <source>Write the count as 50x2,20x3,0.50x4 (denomination x number).</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+5"/>
            <source>Cannot read the count near "%1": write it as 50x2,20x3,0.50x4.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+54"/>
            <source>Cash sessions are opened on a register, not on this station.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>The opening float must be between 0,00 € and 10 000,00 €.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+7"/>
            <source>The counted notes and coins make %1, not %2.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+10"/>
            <source>A cash session is already open on this register (%1, opened by %2).</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+35"/>
            <source>A cash movement is between 0,01 € and 10 000,00 €.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+4"/>
            <source>Give the reason of the cash movement (at most 200 characters).</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+8"/>
            <source>Open a cash session first.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+7"/>
            <source>The drawer should hold only %1: %2 cannot be taken out.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+33"/>
            <source>Unknown cash session.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+64"/>
            <location line="+31"/>
            <location line="+24"/>
            <source>No cash session is open on this register.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="-38"/>
            <source>Count the drawer first: enter the number of each note and coin (0 when there is none).</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+8"/>
            <source>The comment is too long (at most %1 characters).</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+16"/>
            <source>The drawer differs by %1 (more than %2): explain it in a comment.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+20"/>
            <source>A sale was recorded during the count: count the drawer again.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+89"/>
            <source>Unknown closing.</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>CategoryCatalog</name>
        <message>
            <location filename="../core/categories.cpp" line="+105"/>
            <location line="+31"/>
            <source>Unknown category "%1".</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="-21"/>
            <source>A category must be named.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+32"/>
            <source>A category id is 1 to 64 lowercase letters, digits, dots or dashes.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>A category name has 1 to 80 characters.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>The EEE code must be EEE-1 to EEE-8, or nothing.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>A colour is written #RRGGBB.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>A shortcut is a single key.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+6"/>
            <source>Category prices must be between 0 and 1 000 000 €.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>The minimum price of "%1" is above its maximum.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+5"/>
            <source>The default price of "%1" is outside its bounds.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>The average weight of "%1" must be between 1 g and 10 t.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+10"/>
            <source>The category file is not valid JSON: %1</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>This is not a ReCaisse category file.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+7"/>
            <source>Categories nest at most three levels.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+21"/>
            <source>The category id "%1" is used twice.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+13"/>
            <source>The category file has no category.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+8"/>
            <source>The default category tree is missing.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+37"/>
            <source>A category cannot be its own parent.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+8"/>
            <source>Another category is already named "%1" here.</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../core/database.cpp" line="+51"/>
            <source>The database %1 does not exist.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>The file %1 already exists.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>%1 is not a file.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+12"/>
            <source>Cannot open the database %1: %2</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+19"/>
            <location line="+105"/>
            <location line="+16"/>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="-118"/>
            <location line="+44"/>
            <source>%1 is not a ReCaisse database.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="-42"/>
            <source>The database refused the operation: %1</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+11"/>
            <source>%1 is not a ReCaisse database (not an SQLite file).</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+34"/>
            <source>This database was written by a newer version of ReCaisse (schema %1, this program knows up to %2). Install the newer version; nothing was changed.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+13"/>
            <source>%1 is an SQLite file but not a ReCaisse database.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+79"/>
            <source>No transaction to commit.</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>DocumentWriter</name>
        <message>
            <location filename="../core/ledger.cpp" line="+302"/>
            <source>No document numbered %1.</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <location filename="../core/domain.cpp" line="+168"/>
            <source>Super-admin</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Admin</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Supervisor</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Cashier</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Reception volunteer</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+9"/>
            <source>Cash</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Card</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Cheque</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Free / donation</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+9"/>
            <source>Shop</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Recycling</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Waste centre</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+9"/>
            <source>Voluntary drop-off</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Home collection</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Partner waste centre</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Professional</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+9"/>
            <source>Register</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Reception desk</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Back office</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <location filename="../app/main.cpp" line="+56"/>
            <source>ReCaisse, the till and back office of a ressourcerie.</source>
            <translation>ReCaisse, la caisse et le back-office d'une ressourcerie.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Open this station database.</source>
            <translation>Ouvrir cette base de données de poste.</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <location line="+1"/>
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
            <location line="+1"/>
            <source>Language of the interface: fr (default) or en.</source>
            <translation>Langue de l'interface : fr (par défaut) ou en.</translation>
        </message>
        <message>
            <location line="+76"/>
            <source>Could not move the demo shop to %1.</source>
            <translation>Impossible de déplacer le magasin de démonstration vers %1.</translation>
        </message>
        <message>
            <location line="+33"/>
            <source>No demo administrator in this database.</source>
            <translation>Aucun administrateur de démonstration dans cette base.</translation>
        </message>
        <message>
            <location line="+33"/>
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
            <location line="+52"/>
            <source>ReCaisse</source>
            <translation>ReCaisse</translation>
        </message>
        <message>
            <location line="-1"/>
            <source>Preparing the demo shop…</source>
            <translation>Préparation du magasin de démonstration…</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <location filename="../core/money.cpp" line="+167"/>
            <source>Enter an amount, for example 12,50</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>Invalid amount "%1": type it like 12,50</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+13"/>
            <source>Invalid amount "%1": a negative amount is not allowed here</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+15"/>
            <source>Invalid amount "%1": at most 2 digits after the comma</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+5"/>
            <source>Amount "%1" is too large: at most %2</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+30"/>
            <source>Enter a weight in kg, for example 3,250</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>Invalid weight "%1": type it in kg like 3,250</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+15"/>
            <location line="+7"/>
            <source>Invalid weight "%1": it must be more than 0 kg</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+6"/>
            <source>Invalid weight "%1": at most 3 digits after the comma</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+5"/>
            <source>Weight "%1" is too heavy: at most %2</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <location filename="../core/permissions.cpp" line="+91"/>
            <source>Open a cash session</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Close a cash session</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Record a sale</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Put cash in or take cash out</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Record a deposit</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Set a price outside the category's range</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>Refund a sale</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Validate a cash variance</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Open the cash drawer without a sale</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Manage users</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Manage categories</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Change settings</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Run daily, monthly and yearly closings</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>View reports</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Verify data integrity</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>Export data</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>Sales</name>
        <message>
            <location filename="../core/sales.cpp" line="+22"/>
            <source>%1 is too long (at most %2 characters).</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+63"/>
            <source>The ticket has no line.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>A ticket has at most %1 lines.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+11"/>
            <source>The category "%1" is no longer in use.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>Line %1: the quantity must be between 1 and %2.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+5"/>
            <source>Line %1: the price must be between 0,00 € and %2.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+5"/>
            <source>Line %1: the weight must be between 0,001 kg and 10 000 kg.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+4"/>
            <source>Line %1: weigh the item, "%2" needs its weight.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+6"/>
            <source>The ticket total cannot exceed %1.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+4"/>
            <source>The ticket is not paid.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+2"/>
            <source>A ticket has at most 10 payments.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+6"/>
            <source>A payment must be between 0,01 € and %1.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+8"/>
            <source>%1 is still to be paid.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+3"/>
            <source>Card, cheque and free payments cannot exceed the total: only cash gives change.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+42"/>
            <source>A price is outside its category's bounds. %1</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+10"/>
            <source>Open a cash session before selling.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+57"/>
            <source>%1 is not a sale ticket.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+12"/>
            <source>Give the reason of the refund.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+1"/>
            <source>The reason</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+4"/>
            <source>A refund is paid back in cash, by card or by cheque.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+35"/>
            <source>Ticket %1 has already been refunded in full.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+14"/>
            <source>Ticket %1 has no line %2.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+4"/>
            <source>Line %1 of ticket %2: between 1 and %3 item(s) can be refunded.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+9"/>
            <source>Nothing to pay back: these items were free.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+5"/>
            <source>Open a cash session before refunding.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+7"/>
            <source>The drawer should hold only %1: refund %2 another way.</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="../core/store.cpp" line="+43"/>
            <source>The shop name must have between 1 and 120 characters.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+5"/>
            <source>The station code must be 1 to 16 letters, digits or dashes, such as CAISSE1.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+5"/>
            <source>Unknown time zone "%1".</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+72"/>
            <source>%1 has no station identity: it is not a ReCaisse station database.</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../core/users.cpp" line="+47"/>
            <location line="+3"/>
            <source>A PIN has 4 to 8 digits.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+9"/>
            <source>A name has 1 to 60 characters.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+4"/>
            <source>A name cannot contain control characters.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+31"/>
            <location line="+34"/>
            <source>Unknown user.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="-20"/>
            <source>No user named "%1".</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+33"/>
            <source>%1's account is deactivated.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+10"/>
            <source>Too many wrong PINs: %1's account is locked until %2.</source>
            <translation type="unfinished"/>
        </message>
        <message numerus="yes">
            <location line="+29"/>
            <source>Wrong PIN. Too many attempts: the account is locked for %n minute(s).</source>
            <translation type="unfinished">
                <numerusform/>
                <numerusform/>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4"/>
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation type="unfinished">
                <numerusform/>
                <numerusform/>
            </translation>
        </message>
        <message>
            <location line="+24"/>
            <source>A user named "%1" already exists.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+22"/>
            <source>This station already has users.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+10"/>
            <source>Only a super-admin can create another super-admin.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+54"/>
            <source>%1 is the last active administrator and cannot be deactivated.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+29"/>
            <source>%1 (%2) is not allowed to: %3.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+12"/>
            <source>An administrator must unlock this action: %1.</source>
            <translation type="unfinished"/>
        </message>
        <message>
            <location line="+13"/>
            <source>%1 cannot unlock this action: %2.</source>
            <translation type="unfinished"/>
        </message>
    </context>
    <context>
        <name>recaisse::ui::HomeScreen</name>
        <message>
            <location filename="../ui/common/homescreen.cpp" line="+96"/>
            <source>Refresh figures</source>
            <translation>Actualiser les chiffres</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Log out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <location line="+14"/>
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
            <location line="+1"/>
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
            <location line="+7"/>
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
            <source>Open since %1 by %2</source>
            <translation>Ouverte depuis %1 par %2</translation>
        </message>
        <message>
            <location line="+20"/>
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
            <location filename="../ui/common/loginscreen.cpp" line="+58"/>
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
            <location line="+23"/>
            <source>DEMO SHOP — fictitious data</source>
            <translation>MAGASIN DE DÉMONSTRATION — données fictives</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1 (%2): PIN %3</source>
            <translation>%1 (%2) : PIN %3</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Try it with: %1</source>
            <translation>Essayez avec : %1</translation>
        </message>
        <message>
            <location line="+31"/>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+86"/>
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
            <location filename="../ui/common/mainwindow.cpp" line="+26"/>
            <source>ReCaisse — %1</source>
            <translation>ReCaisse — %1</translation>
        </message>
        <message>
            <location line="+56"/>
            <source>Station %1 (%2)</source>
            <translation>Poste %1 (%2)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Logged in: %1 (%2)</source>
            <translation>Utilisateur : %1 (%2)</translation>
        </message>
        <message>
            <location line="+2"/>
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
</TS>
