<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../ui/admin/adminwidgets.cpp" line="+50"/>
            <source>and</source>
            <translation>and</translation>
        </message>
    </context>
    <context>
        <name>AuditQuery</name>
        <message>
            <location filename="../core/admin/auditquery.cpp" line="+50"/>
            <source>The start date is after the end date.</source>
            <translation>The start date is after the end date.</translation>
        </message>
        <message numerus="yes">
            <location line="+4"/>
            <source>The searched text has at most %n characters.</source>
            <translation>
                <numerusform>The searched text has at most %n characters.</numerusform>
                <numerusform>The searched text has at most %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+100"/>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Hash</source>
            <translation>Hash</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../core/sync/backup.cpp" line="+117"/>
            <source>Cannot create a working folder next to %1.</source>
            <translation>Cannot create a working folder next to %1.</translation>
        </message>
        <message>
            <location line="+28"/>
            <source>Cannot read the snapshot %1.</source>
            <translation>Cannot read the snapshot %1.</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>The backup %1 could not be written (disk full or not writable).</source>
            <translation>The backup %1 could not be written (disk full or not writable).</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>%1 is not a ReCaisse backup: %2</source>
            <translation>%1 is not a ReCaisse backup: %2</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>%1 already exists: restore only creates a new station file.</source>
            <translation>%1 already exists: restore only creates a new station file.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>it cannot be opened as a compressed archive</source>
            <translation>it cannot be opened as a compressed archive</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>its manifest is too large</source>
            <translation>its manifest is too large</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>its manifest is truncated</source>
            <translation>its manifest is truncated</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>its manifest is not valid</source>
            <translation>its manifest is not valid</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>%1 cannot be written</source>
            <translation>%1 cannot be written</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>its database is larger than announced or the disk is full</source>
            <translation>its database is larger than announced or the disk is full</translation>
        </message>
        <message>
            <location line="+5"/>
            <location line="+9"/>
            <source>it is truncated or damaged</source>
            <translation>it is truncated or damaged</translation>
        </message>
        <message>
            <location line="-4"/>
            <source>it holds an unexpected entry "%1"</source>
            <translation>it holds an unexpected entry "%1"</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>it lacks its manifest or its database</source>
            <translation>it lacks its manifest or its database</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>its database fails its checksum</source>
            <translation>its database fails its checksum</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Cannot create %1.</source>
            <translation>Cannot create %1.</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>Cannot create a temporary folder.</source>
            <translation>Cannot create a temporary folder.</translation>
        </message>
        <message>
            <location line="+58"/>
            <source>No station %1 was published on this drive.</source>
            <translation>No station %1 was published on this drive.</translation>
        </message>
        <message>
            <location line="+55"/>
            <source>The newest backup of %1 belongs to another station.</source>
            <translation>The newest backup of %1 belongs to another station.</translation>
        </message>
    </context>
    <context>
        <name>CashSessions</name>
        <message>
            <location filename="../core/cashsession.cpp" line="+56"/>
            <source>%1 is not a euro note or coin.</source>
            <translation>%1 is not a euro note or coin.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The number of %1 pieces must be between 0 and 100 000.</source>
            <translation>The number of %1 pieces must be between 0 and 100 000.</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Write the count as 50x2,20x3,0.50x4 (denomination x number).</source>
            <translation>Write the count as 50x2,20x3,0.50x4 (denomination x number).</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Cannot read the count near "%1": write it as 50x2,20x3,0.50x4.</source>
            <translation>Cannot read the count near "%1": write it as 50x2,20x3,0.50x4.</translation>
        </message>
        <message>
            <location line="+44"/>
            <source>The variance threshold must be between 0,00 € and 10 000,00 €.</source>
            <translation>The variance threshold must be between 0,00 € and 10 000,00 €.</translation>
        </message>
        <message>
            <location line="+40"/>
            <source>Cash sessions are opened on a register, not on this station.</source>
            <translation>Cash sessions are opened on a register, not on this station.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The opening float must be between 0,00 € and 10 000,00 €.</source>
            <translation>The opening float must be between 0,00 € and 10 000,00 €.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>The counted notes and coins make %1, not %2.</source>
            <translation>The counted notes and coins make %1, not %2.</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>A cash session is already open on this register (%1, opened by %2).</source>
            <translation>A cash session is already open on this register (%1, opened by %2).</translation>
        </message>
        <message>
            <location line="+33"/>
            <source>A cash movement must be between 0,01 € and 10 000,00 €.</source>
            <translation>A cash movement must be between 0,01 € and 10 000,00 €.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Give the reason for the cash movement (at most 200 characters).</source>
            <translation>Give the reason for the cash movement (at most 200 characters).</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Open a cash session first.</source>
            <translation>Open a cash session first.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>The drawer should hold only %1: %2 cannot be taken out.</source>
            <translation>The drawer should hold only %1: %2 cannot be taken out.</translation>
        </message>
        <message>
            <location line="+30"/>
            <source>Unknown cash session.</source>
            <translation>Unknown cash session.</translation>
        </message>
        <message>
            <location line="+76"/>
            <location line="+34"/>
            <location line="+27"/>
            <source>No cash session is open on this register.</source>
            <translation>No cash session is open on this register.</translation>
        </message>
        <message>
            <location line="-44"/>
            <source>Count the drawer first: enter the number of each note and coin (0 when there is none).</source>
            <translation>Count the drawer first: enter the number of each note and coin (0 when there is none).</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>The comment is too long (at most %1 characters).</source>
            <translation>The comment is too long (at most %1 characters).</translation>
        </message>
        <message>
            <location line="+19"/>
            <source>The drawer differs by %1 (more than %2): explain it in a comment.</source>
            <translation>The drawer differs by %1 (more than %2): explain it in a comment.</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>A sale was recorded during the count: count the drawer again.</source>
            <translation>A sale was recorded during the count: count the drawer again.</translation>
        </message>
        <message>
            <location line="+91"/>
            <source>Unknown closing.</source>
            <translation>Unknown closing.</translation>
        </message>
    </context>
    <context>
        <name>CategoryCatalog</name>
        <message>
            <location filename="../core/categories.cpp" line="+114"/>
            <location line="+54"/>
            <source>Unknown category "%1".</source>
            <translation>Unknown category "%1".</translation>
        </message>
        <message>
            <location line="-21"/>
            <source>A category must be named.</source>
            <translation>A category must be named.</translation>
        </message>
        <message numerus="yes">
            <location line="+58"/>
            <source>%1 for %n item(s) of "%2" is not plausible: one item weighs from %3 to %4. Check the weight; an administrator can confirm it.</source>
            <translation>
                <numerusform>%1 for %n item(s) of "%2" is not plausible: one item weighs from %3 to %4. Check the weight; an administrator can confirm it.</numerusform>
                <numerusform>%1 for %n item(s) of "%2" is not plausible: one item weighs from %3 to %4. Check the weight; an administrator can confirm it.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14"/>
            <source>A category id is 1 to 64 lowercase letters, digits, dots or dashes.</source>
            <translation>A category id is 1 to 64 lowercase letters, digits, dots or dashes.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>A category name has 1 to 80 characters.</source>
            <translation>A category name has 1 to 80 characters.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The EEE code must be EEE-1 to EEE-8, or nothing.</source>
            <translation>The EEE code must be EEE-1 to EEE-8, or nothing.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>A colour is written #RRGGBB.</source>
            <translation>A colour is written #RRGGBB.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>A shortcut is a single key.</source>
            <translation>A shortcut is a single key.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Category prices must be between 0 and 1 000 000 €.</source>
            <translation>Category prices must be between 0 and 1 000 000 €.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The minimum price of "%1" is above its maximum.</source>
            <translation>The minimum price of "%1" is above its maximum.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>The default price of "%1" is outside its bounds.</source>
            <translation>The default price of "%1" is outside its bounds.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The average weight of "%1" must be between 1 g and 10 t.</source>
            <translation>The average weight of "%1" must be between 1 g and 10 t.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>The weight bounds of "%1" must be between 0,001 kg and 10 000 kg.</source>
            <translation>The weight bounds of "%1" must be between 0,001 kg and 10 000 kg.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The minimum weight of "%1" is above its maximum.</source>
            <translation>The minimum weight of "%1" is above its maximum.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>The category file is not valid JSON: %1</source>
            <translation>The category file is not valid JSON: %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>This is not a ReCaisse category file.</source>
            <translation>This is not a ReCaisse category file.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Categories can be nested at most three levels deep.</source>
            <translation>Categories can be nested at most three levels deep.</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>The category id "%1" is used twice.</source>
            <translation>The category id "%1" is used twice.</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>The category file has no category.</source>
            <translation>The category file has no category.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>The default category tree is missing.</source>
            <translation>The default category tree is missing.</translation>
        </message>
        <message>
            <location line="+40"/>
            <source>A category cannot be its own parent.</source>
            <translation>A category cannot be its own parent.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Another category is already named "%1" here.</source>
            <translation>Another category is already named "%1" here.</translation>
        </message>
    </context>
    <context>
        <name>CategoryEditor</name>
        <message>
            <location filename="../core/admin/categoryeditor.cpp" line="+51"/>
            <source>A category cannot be placed under itself.</source>
            <translation>A category cannot be placed under itself.</translation>
        </message>
    </context>
    <context>
        <name>CronExpression</name>
        <message>
            <location filename="../core/exports/exportschedule.cpp" line="+114"/>
            <source>"%1" is not a cron expression (minute hour day month weekday, e.g. "0 6 1 1,4,7,10 *").</source>
            <translation>"%1" is not a cron expression (minute hour day month weekday, e.g. "0 6 1 1,4,7,10 *").</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../core/database.cpp" line="+53"/>
            <source>The database %1 does not exist.</source>
            <translation>The database %1 does not exist.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The file %1 already exists.</source>
            <translation>The file %1 already exists.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>%1 is not a file.</source>
            <translation>%1 is not a file.</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Cannot open the database %1: %2</source>
            <translation>Cannot open the database %1: %2</translation>
        </message>
        <message>
            <location line="+24"/>
            <location line="+139"/>
            <location line="+23"/>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
        </message>
        <message>
            <location line="-160"/>
            <source>%1 is not a ReCaisse database.</source>
            <translation>%1 is not a ReCaisse database.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The database refused the operation: %1</source>
            <translation>The database refused the operation: %1</translation>
        </message>
        <message>
            <location line="-38"/>
            <location line="+77"/>
            <source>%1 is not a ReCaisse database (not an SQLite file).</source>
            <translation>%1 is not a ReCaisse database (not an SQLite file).</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>This database was written by a newer version of ReCaisse (schema %1, this program knows up to %2). Install the newer version; nothing was changed.</source>
            <translation>This database was written by a newer version of ReCaisse (schema %1, this program knows up to %2). Install the newer version; nothing was changed.</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>%1 is an SQLite file but not a ReCaisse database.</source>
            <translation>%1 is an SQLite file but not a ReCaisse database.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1 is empty: it is not a ReCaisse database.</source>
            <translation>%1 is empty: it is not a ReCaisse database.</translation>
        </message>
        <message>
            <location line="+27"/>
            <source>The database could not be copied before its upgrade to schema %1, so it was not upgraded: %2</source>
            <translation>The database could not be copied before its upgrade to schema %1, so it was not upgraded: %2</translation>
        </message>
        <message>
            <location line="+90"/>
            <source>No transaction to commit.</source>
            <translation>No transaction to commit.</translation>
        </message>
    </context>
    <context>
        <name>DemoShop</name>
        <message>
            <location filename="../core/demoshop.cpp" line="+171"/>
            <source>Generate between 1 and 36 600 days.</source>
            <translation>Generate between 1 and 36 600 days.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Demo activity is generated on a register station.</source>
            <translation>Demo activity is generated on a register station.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Session %1 is open: close it before generating demo activity.</source>
            <translation>Session %1 is open: close it before generating demo activity.</translation>
        </message>
        <message>
            <location line="+34"/>
            <source>There is no category to sell.</source>
            <translation>There is no category to sell.</translation>
        </message>
    </context>
    <context>
        <name>DemoStations</name>
        <message>
            <location filename="../core/admin/demostations.cpp" line="+23"/>
            <source>Unknown station.</source>
            <translation>Unknown station.</translation>
        </message>
    </context>
    <context>
        <name>Deposits</name>
        <message>
            <location filename="../core/deposits.cpp" line="+21"/>
            <source>The deposit ticket has no line.</source>
            <translation>The deposit ticket has no line.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>A deposit ticket has at most %1 lines.</source>
            <translation>A deposit ticket has at most %1 lines.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The note is too long (at most %1 characters).</source>
            <translation>The note is too long (at most %1 characters).</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>The category "%1" is no longer in use.</source>
            <translation>The category "%1" is no longer in use.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Line %1: the number of items must be between 1 and %2.</source>
            <translation>Line %1: the number of items must be between 1 and %2.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Line %1: the weight must be between 0,001 kg and 10 000 kg.</source>
            <translation>Line %1: the weight must be between 0,001 kg and 10 000 kg.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>A deposit ticket weighs at most 100 t: split it.</source>
            <translation>A deposit ticket weighs at most 100 t: split it.</translation>
        </message>
    </context>
    <context>
        <name>DocumentWriter</name>
        <message>
            <location filename="../core/ledger.cpp" line="+501"/>
            <source>No document numbered %1.</source>
            <translation>No document numbered %1.</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <location filename="../core/domain.cpp" line="+168"/>
            <source>Super-admin</source>
            <translation>Super-admin</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Reception volunteer</source>
            <translation>Reception volunteer</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Free / donation</source>
            <translation>Free / donation</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Shop</source>
            <translation>Shop</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Recycling</source>
            <translation>Recycling</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Waste centre</source>
            <translation>Waste centre</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Voluntary drop-off</source>
            <translation>Voluntary drop-off</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Home collection</source>
            <translation>Home collection</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Partner waste centre</source>
            <translation>Partner waste centre</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Professional</source>
            <translation>Professional</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Reception desk</source>
            <translation>Reception desk</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Back office</source>
            <translation>Back office</translation>
        </message>
    </context>
    <context>
        <name>EcologicExport</name>
        <message>
            <location filename="../core/exports/ecologicexport.cpp" line="+255"/>
            <source>The categories use the EEE code "%1", unknown to the Ecologic schema %2.</source>
            <translation>The categories use the EEE code "%1", unknown to the Ecologic schema %2.</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>%1: %2 item(s) sold without a weight in a category without an average weight: they count 0 kg.</source>
            <translation>%1: %2 item(s) sold without a weight in a category without an average weight: they count 0 kg.</translation>
        </message>
        <message>
            <location line="+131"/>
            <source>The declaration does not match the schema %1; nothing was written:</source>
            <translation>The declaration does not match the schema %1; nothing was written:</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>The archive folder %1 cannot be created.</source>
            <translation>The archive folder %1 cannot be created.</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>The archive folder %1 is not writable: %2</source>
            <translation>The archive folder %1 is not writable: %2</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The declaration could not be written in %1: %2</source>
            <translation>The declaration could not be written in %1: %2</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>The declaration could not be archived in %1.</source>
            <translation>The declaration could not be archived in %1.</translation>
        </message>
    </context>
    <context>
        <name>EcologicPeriod</name>
        <message>
            <location line="-394"/>
            <source>The period needs a valid first and last day.</source>
            <translation>The period needs a valid first and last day.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The period starts after it ends (%1 is after %2).</source>
            <translation>The period starts after it ends (%1 is after %2).</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>A period covers at most ten years.</source>
            <translation>A period covers at most ten years.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Unknown month %1-%2.</source>
            <translation>Unknown month %1-%2.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Unknown quarter %1-Q%2: a quarter is Q1 to Q4.</source>
            <translation>Unknown quarter %1-Q%2: a quarter is Q1 to Q4.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Unknown year %1.</source>
            <translation>Unknown year %1.</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>"%1" holds an invalid date.</source>
            <translation>"%1" holds an invalid date.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Unknown period "%1": use 2026-Q3, 2026-07, 2026 or 2026-07-01..2026-09-30.</source>
            <translation>Unknown period "%1": use 2026-Q3, 2026-07, 2026 or 2026-07-01..2026-09-30.</translation>
        </message>
    </context>
    <context>
        <name>EcologicSchema</name>
        <message>
            <location filename="../core/exports/ecologicschema.cpp" line="+142"/>
            <source>The Ecologic schema file %1 cannot be read: %2</source>
            <translation>The Ecologic schema file %1 cannot be read: %2</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>The Ecologic schema file %1 is not valid: %2</source>
            <translation>The Ecologic schema file %1 is not valid: %2</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>not JSON (%1 at offset %2)</source>
            <translation>not JSON (%1 at offset %2)</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>"format" and "version" are required</source>
            <translation>"format" and "version" are required</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>"separator" and "decimal_mark" must be two different single characters</source>
            <translation>"separator" and "decimal_mark" must be two different single characters</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>unsupported encoding "%1" (UTF-8 or ISO-8859-1)</source>
            <translation>unsupported encoding "%1" (UTF-8 or ISO-8859-1)</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>"line_end" must be "\r\n" or "\n"</source>
            <translation>"line_end" must be "\r\n" or "\n"</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>"columns" is missing or empty</source>
            <translation>"columns" is missing or empty</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>a column has no name or a name holding the separator</source>
            <translation>a column has no name or a name holding the separator</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>column "%1": unknown type</source>
            <translation>column "%1": unknown type</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>column "%1": unknown source "%2"</source>
            <translation>column "%1": unknown source "%2"</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>column "%1": the scale must be between 1 and 6</source>
            <translation>column "%1": the scale must be between 1 and 6</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>column "%1" appears twice</source>
            <translation>column "%1" appears twice</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>no column holds the EEE code</source>
            <translation>no column holds the EEE code</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>"codes" is missing or empty</source>
            <translation>"codes" is missing or empty</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>a code has no code or no label</source>
            <translation>a code has no code or no label</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>rule "%1": severity must be "error" or "warning"</source>
            <translation>rule "%1": severity must be "error" or "warning"</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>rule "sum": unknown or non-numeric column</source>
            <translation>rule "sum": unknown or non-numeric column</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>rule "sum": term "%1" is unknown or of another scale</source>
            <translation>rule "sum": term "%1" is unknown or of another scale</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>rule "at_most": unknown columns or columns of different scales</source>
            <translation>rule "at_most": unknown columns or columns of different scales</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>rule "period_order": unknown columns</source>
            <translation>rule "period_order": unknown columns</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>unknown rule "%1"</source>
            <translation>unknown rule "%1"</translation>
        </message>
        <message>
            <location line="+78"/>
            <source>The file does not start with the UTF-8 byte order mark.</source>
            <translation>The file does not start with the UTF-8 byte order mark.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>The file is not valid UTF-8.</source>
            <translation>The file is not valid UTF-8.</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>A quoted field is not closed.</source>
            <translation>A quoted field is not closed.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The file is empty: the header line is missing.</source>
            <translation>The file is empty: the header line is missing.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Line 1: the header is "%1", expected "%2".</source>
            <translation>Line 1: the header is "%1", expected "%2".</translation>
        </message>
        <message>
            <location line="+33"/>
            <source>Line %1: %2 fields, expected %3.</source>
            <translation>Line %1: %2 fields, expected %3.</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Line %1, column %2: "%3" is not %4.</source>
            <translation>Line %1, column %2: "%3" is not %4.</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>a date (%1)</source>
            <translation>a date (%1)</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>a date and time (%1)</source>
            <translation>a date and time (%1)</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>a non-empty text</source>
            <translation>a non-empty text</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>an allowed code (%1)</source>
            <translation>an allowed code (%1)</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>a number with %1 decimals and "%2" as decimal mark</source>
            <translation>a number with %1 decimals and "%2" as decimal mark</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Line %1: the label of %2 is "%3", the schema says "%4".</source>
            <translation>Line %1: the label of %2 is "%3", the schema says "%4".</translation>
        </message>
        <message>
            <location line="+27"/>
            <source>Line %1, column %2: the value is negative.</source>
            <translation>Line %1, column %2: the value is negative.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Line %1 (%2): %3 = %4, but %5 add up to %6.</source>
            <translation>Line %1 (%2): %3 = %4, but %5 add up to %6.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>%1 (%2 to %3): %4 = %5 is more than %6 = %7.</source>
            <translation>%1 (%2 to %3): %4 = %5 is more than %6 = %7.</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Line %1: the period starts after it ends (%2 &gt; %3).</source>
            <translation>Line %1: the period starts after it ends (%2 &gt; %3).</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>The file has no data line.</source>
            <translation>The file has no data line.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Period %1 to %2: the codes are %3, expected %4 in that order.</source>
            <translation>Period %1 to %2: the codes are %3, expected %4 in that order.</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>The periods %1 to %2 and %3 to %4 overlap.</source>
            <translation>The periods %1 to %2 and %3 to %4 overlap.</translation>
        </message>
    </context>
    <context>
        <name>ExportSchedules</name>
        <message>
            <location filename="../core/exports/exportschedule.cpp" line="+83"/>
            <source>Unknown period "%1": day, week, month, quarter or year.</source>
            <translation>Unknown period "%1": day, week, month, quarter or year.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>The time of the run is not valid (HH:MM).</source>
            <translation>The time of the run is not valid (HH:MM).</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>A weekly run needs a day from 1 (Monday) to 7 (Sunday).</source>
            <translation>A weekly run needs a day from 1 (Monday) to 7 (Sunday).</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The day of the month must be 1 to 31.</source>
            <translation>The day of the month must be 1 to 31.</translation>
        </message>
        <message>
            <location line="+43"/>
            <source>This schedule never runs.</source>
            <translation>This schedule never runs.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Unknown period "%1".</source>
            <translation>Unknown period "%1".</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>daily at %1</source>
            <translation>daily at %1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>weekly on %1 at %2</source>
            <translation>weekly on %1 at %2</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>monthly on day %1 at %2</source>
            <translation>monthly on day %1 at %2</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>quarterly on day %1 at %2</source>
            <translation>quarterly on day %1 at %2</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>cron "%1"</source>
            <translation>cron "%1"</translation>
        </message>
        <message>
            <location line="+53"/>
            <source>There is no schedule number %1.</source>
            <translation>There is no schedule number %1.</translation>
        </message>
        <message>
            <location line="+41"/>
            <source>%1 scheduled run(s) were missed while the computer was off; only the latest period is exported.</source>
            <translation>%1 scheduled run(s) were missed while the computer was off; only the latest period is exported.</translation>
        </message>
    </context>
    <context>
        <name>FileReceiptPrinter</name>
        <message>
            <location filename="../core/receiptprinter.cpp" line="+222"/>
            <source>Cannot open the receipt printer %1: %2</source>
            <translation>Cannot open the receipt printer %1: %2</translation>
        </message>
        <message>
            <location line="-12"/>
            <location line="+16"/>
            <source>Cannot write to the receipt printer %1: %2</source>
            <translation>Cannot write to the receipt printer %1: %2</translation>
        </message>
    </context>
    <context>
        <name>FormRow</name>
        <message>
            <location filename="../ui/common/formrow.cpp" line="+27"/>
            <source>Back (Esc)</source>
            <translation>Back (Esc)</translation>
        </message>
    </context>
    <context>
        <name>HealthCheck</name>
        <message>
            <location filename="../core/admin/health.cpp" line="+62"/>
            <source>The disk is almost full: free some space (delete old downloads, empty the recycle bin) before ReCaisse can no longer save sales.</source>
            <translation>The disk is almost full: free some space (delete old downloads, empty the recycle bin) before ReCaisse can no longer save sales.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>No backup has been made yet: check the synchronisation settings.</source>
            <translation>No backup has been made yet: check the synchronisation settings.</translation>
        </message>
        <message numerus="yes">
            <location line="+2"/>
            <source>The last backup is %n day(s) old: check that this PC reaches the kDrive.</source>
            <translation>
                <numerusform>The last backup is %n day(s) old: check that this PC reaches the kDrive.</numerusform>
                <numerusform>The last backup is %n day(s) old: check that this PC reaches the kDrive.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4"/>
            <source>This station has never synchronised: the other stations' figures are missing.</source>
            <translation>This station has never synchronised: the other stations' figures are missing.</translation>
        </message>
        <message numerus="yes">
            <location line="+3"/>
            <source>No successful synchronisation for more than %n hour(s): check the internet connection and the kDrive password.</source>
            <translation>
                <numerusform>No successful synchronisation for more than %n hour(s): check the internet connection and the kDrive password.</numerusform>
                <numerusform>No successful synchronisation for more than %n hour(s): check the internet connection and the kDrive password.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4"/>
            <source>%n synchronisation error(s) this week: look at the Synchronisation page.</source>
            <translation>
                <numerusform>%n synchronisation error(s) this week: look at the Synchronisation page.</numerusform>
                <numerusform>%n synchronisation error(s) this week: look at the Synchronisation page.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Many refused actions or wrong PINs this week: look at the audit trail and remind the team of their own PINs.</source>
            <translation>Many refused actions or wrong PINs this week: look at the audit trail and remind the team of their own PINs.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../ui/common/helptopics.cpp" line="+128"/>
            <source>Help (%1)</source>
            <translation>Help (%1)</translation>
        </message>
    </context>
    <context>
        <name>IntegrityCheck</name>
        <message>
            <location filename="../core/integrity.cpp" line="+27"/>
            <source>cannot read the documents: %1</source>
            <translation>cannot read the documents: %1</translation>
        </message>
        <message>
            <location line="+29"/>
            <source>%1: sequence %2 follows %3 (documents are missing)</source>
            <translation>%1: sequence %2 follows %3 (documents are missing)</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1: number %2 of series %3 follows %4 (a number is missing)</source>
            <translation>%1: number %2 of series %3 follows %4 (a number is missing)</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1: not chained to the previous document</source>
            <translation>%1: not chained to the previous document</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>%1: unknown document kind "%2"</source>
            <translation>%1: unknown document kind "%2"</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>%1: cannot be read: %2</source>
            <translation>%1: cannot be read: %2</translation>
        </message>
        <message>
            <location line="+5"/>
            <location line="+53"/>
            <source>%1: its content does not match its hash (altered)</source>
            <translation>%1: its content does not match its hash (altered)</translation>
        </message>
        <message numerus="yes">
            <location line="-36"/>
            <source>table %1: %n row(s) belong to no document</source>
            <translation>
                <numerusform>table %1: %n row(s) belong to no document</numerusform>
                <numerusform>table %1: %n row(s) belong to no document</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12"/>
            <source>cannot read the audit trail: %1</source>
            <translation>cannot read the audit trail: %1</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>audit event %1 (%2)</source>
            <translation>audit event %1 (%2)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: follows event %2 (events are missing)</source>
            <translation>%1: follows event %2 (events are missing)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: not chained to the previous event</source>
            <translation>%1: not chained to the previous event</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>journal entry %1: its %2 %3 is missing</source>
            <translation>journal entry %1: its %2 %3 is missing</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>journal of station %1: %2 entries for %3 sequence numbers</source>
            <translation>journal of station %1: %2 entries for %3 sequence numbers</translation>
        </message>
    </context>
    <context>
        <name>JournalApplier</name>
        <message>
            <location filename="../core/sync/journalrecords.cpp" line="+303"/>
            <source>A journal record of station %1 is not valid JSON.</source>
            <translation>A journal record of station %1 is not valid JSON.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Journal record %1 of station %2 has an unknown type.</source>
            <translation>Journal record %1 of station %2 has an unknown type.</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Journal record %1 does not belong to station %2.</source>
            <translation>Journal record %1 does not belong to station %2.</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Journal record %1 of station %2 differs from the one already received.</source>
            <translation>Journal record %1 of station %2 differs from the one already received.</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Journal record %1 of station %2 arrived before record %3.</source>
            <translation>Journal record %1 of station %2 arrived before record %3.</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>Record %1 of station %2 does not follow the previous one in its chain.</source>
            <translation>Record %1 of station %2 does not follow the previous one in its chain.</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Record %1 of station %2 is of an unknown kind.</source>
            <translation>Record %1 of station %2 is of an unknown kind.</translation>
        </message>
        <message>
            <location line="+2"/>
            <location line="+59"/>
            <source>Record %1 of station %2 was altered: its hash does not match.</source>
            <translation>Record %1 of station %2 was altered: its hash does not match.</translation>
        </message>
        <message>
            <location line="-50"/>
            <source>Record %1 of station %2 names an unknown table.</source>
            <translation>Record %1 of station %2 names an unknown table.</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Record %1 of station %2 has an empty row.</source>
            <translation>Record %1 of station %2 has an empty row.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Record %1 of station %2 has an unknown column.</source>
            <translation>Record %1 of station %2 has an unknown column.</translation>
        </message>
    </context>
    <context>
        <name>JournalReader</name>
        <message>
            <location line="-292"/>
            <source>The journal of station %1 has a gap between %2 and %3.</source>
            <translation>The journal of station %1 has a gap between %2 and %3.</translation>
        </message>
        <message>
            <location line="+89"/>
            <source>Journal entry %1 of station %2 points to a missing document.</source>
            <translation>Journal entry %1 of station %2 points to a missing document.</translation>
        </message>
        <message>
            <location line="+37"/>
            <source>Journal entry %1 of station %2 points to a missing audit event.</source>
            <translation>Journal entry %1 of station %2 points to a missing audit event.</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <location filename="../app/main.cpp" line="+67"/>
            <source>ReCaisse, the till and back office of a ressourcerie.</source>
            <translation>ReCaisse, the till and back office of a ressourcerie.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Show the version, the commit and the Qt version, then exit.</source>
            <translation>Show the version, the commit and the Qt version, then exit.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Open this station database.</source>
            <translation>Open this station database.</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Open the demo shop, even if a station exists.</source>
            <translation>Open the demo shop, even if a station exists.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Render every screen into this folder as PNG files, then exit.</source>
            <translation>Render every screen into this folder as PNG files, then exit.</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>folder</source>
            <translation>folder</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Size of the screenshots in pixels (default 1366x768).</source>
            <translation>Size of the screenshots in pixels (default 1366x768).</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>WIDTHxHEIGHT</source>
            <translation>WIDTHxHEIGHT</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Language of the interface: fr (default) or en.</source>
            <translation>Language of the interface: fr (default) or en.</translation>
        </message>
        <message>
            <location line="+97"/>
            <source>Could not move the demo shop to %1.</source>
            <translation>Could not move the demo shop to %1.</translation>
        </message>
        <message>
            <location line="+69"/>
            <source>Give the screenshot size as WIDTHxHEIGHT, e.g. 1920x1080.</source>
            <translation>Give the screenshot size as WIDTHxHEIGHT, e.g. 1920x1080.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Unknown language %1: use fr or en.</source>
            <translation>Unknown language %1: use fr or en.</translation>
        </message>
        <message>
            <location line="+13"/>
            <location line="+80"/>
            <source>ReCaisse</source>
            <translation>ReCaisse</translation>
        </message>
        <message>
            <location line="-48"/>
            <source>Cannot copy %1 for the screenshots.</source>
            <translation>Cannot copy %1 for the screenshots.</translation>
        </message>
        <message>
            <location line="+47"/>
            <source>Preparing the demo shop…</source>
            <translation>Preparing the demo shop…</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <location filename="../core/money.cpp" line="+167"/>
            <source>Enter an amount, for example 12,50</source>
            <translation>Enter an amount, for example 12,50</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Invalid amount "%1": type it like 12,50</source>
            <translation>Invalid amount "%1": type it like 12,50</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Invalid amount "%1": a negative amount is not allowed here</source>
            <translation>Invalid amount "%1": a negative amount is not allowed here</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Invalid amount "%1": at most 2 digits after the comma</source>
            <translation>Invalid amount "%1": at most 2 digits after the comma</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Amount "%1" is too large: at most %2</source>
            <translation>Amount "%1" is too large: at most %2</translation>
        </message>
        <message>
            <location line="+30"/>
            <source>Enter a weight in kg, for example 3,250</source>
            <translation>Enter a weight in kg, for example 3,250</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Invalid weight "%1": type it in kg like 3,250</source>
            <translation>Invalid weight "%1": type it in kg like 3,250</translation>
        </message>
        <message>
            <location line="+15"/>
            <location line="+7"/>
            <source>Invalid weight "%1": it must be more than 0 kg</source>
            <translation>Invalid weight "%1": it must be more than 0 kg</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Invalid weight "%1": at most 3 digits after the comma</source>
            <translation>Invalid weight "%1": at most 3 digits after the comma</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Weight "%1" is too high: at most %2</source>
            <translation>Weight "%1" is too high: at most %2</translation>
        </message>
    </context>
    <context>
        <name>OverviewReport</name>
        <message>
            <location filename="../core/admin/overview.cpp" line="+29"/>
            <source>no data yet</source>
            <translation>no data yet</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>up to date just now</source>
            <translation>up to date just now</translation>
        </message>
        <message numerus="yes">
            <location line="+2"/>
            <source>up to date %n min ago</source>
            <translation>
                <numerusform>up to date %n min ago</numerusform>
                <numerusform>up to date %n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2"/>
            <source>up to date %n h ago</source>
            <translation>
                <numerusform>up to date %n h ago</numerusform>
                <numerusform>up to date %n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1"/>
            <source>up to date %n day(s) ago</source>
            <translation>
                <numerusform>up to date %n day(s) ago</numerusform>
                <numerusform>up to date %n day(s) ago</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18"/>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>closed since %1</source>
            <translation>closed since %1</translation>
        </message>
    </context>
    <context>
        <name>Permission</name>
        <message>
            <location filename="../core/permissions.cpp" line="+94"/>
            <source>Open a cash session</source>
            <translation>Open a cash session</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Close a cash session</source>
            <translation>Close a cash session</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Record a sale</source>
            <translation>Record a sale</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Put cash in or take cash out</source>
            <translation>Put cash in or take cash out</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Record a deposit</source>
            <translation>Record a deposit</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Set a price outside the category's range</source>
            <translation>Set a price outside the category's range</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Confirm a weight outside the category's plausible range</source>
            <translation>Confirm a weight outside the category's plausible range</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Refund a sale</source>
            <translation>Refund a sale</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Validate a cash variance</source>
            <translation>Validate a cash variance</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Open the cash drawer without a sale</source>
            <translation>Open the cash drawer without a sale</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Manage users</source>
            <translation>Manage users</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Manage categories</source>
            <translation>Manage categories</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Change settings</source>
            <translation>Change settings</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Run daily, monthly and yearly closings</source>
            <translation>Run daily, monthly and yearly closings</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>View reports</source>
            <translation>View reports</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Verify data integrity</source>
            <translation>Verify data integrity</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Export data</source>
            <translation>Export data</translation>
        </message>
    </context>
    <context>
        <name>Propfind</name>
        <message>
            <location filename="../core/sync/propfind.cpp" line="+21"/>
            <source>Listing %1: the server's answer is not a valid WebDAV listing (%2)</source>
            <translation>Listing %1: the server's answer is not a valid WebDAV listing (%2)</translation>
        </message>
        <message>
            <location line="+152"/>
            <source>a DTD is not allowed</source>
            <translation>a DTD is not allowed</translation>
        </message>
        <message>
            <location line="+4"/>
            <location line="+49"/>
            <source>no DAV:multistatus element</source>
            <translation>no DAV:multistatus element</translation>
        </message>
        <message>
            <location line="-24"/>
            <source>a response without href</source>
            <translation>a response without href</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>too many entries</source>
            <translation>too many entries</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <location filename="../core/receipt.cpp" line="+161"/>
            <location line="+30"/>
            <location line="+29"/>
            <source>DUPLICATE</source>
            <translation>DUPLICATE</translation>
        </message>
        <message>
            <location line="-58"/>
            <location line="+30"/>
            <location line="+29"/>
            <source>Station: %1</source>
            <translation>Station: %1</translation>
        </message>
        <message>
            <location line="-58"/>
            <source>Ticket: %1</source>
            <translation>Ticket: %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <location line="+31"/>
            <source>Date: %1</source>
            <translation>Date: %1</translation>
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
            <translation>%1 each</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>TOTAL</source>
            <translation>TOTAL</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location line="+2"/>
            <location line="+30"/>
            <location line="+41"/>
            <source>Fingerprint: %1</source>
            <translation>Fingerprint: %1</translation>
        </message>
        <message>
            <location line="-69"/>
            <source>Thank you for your visit!</source>
            <translation>Thank you for your visit!</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>DONATION RECEIPT</source>
            <translation>DONATION RECEIPT</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Receipt: %1</source>
            <translation>Receipt: %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Donor: %1</source>
            <translation>Donor: %1</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Total weight</source>
            <translation>Total weight</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Thank you for your donation!</source>
            <translation>Thank you for your donation!</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Z REPORT</source>
            <translation>Z REPORT</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Closing: %1</source>
            <translation>Closing: %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cashier: %1</source>
            <translation>Cashier: %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Opened: %1</source>
            <translation>Opened: %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Closed: %1</source>
            <translation>Closed: %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Sales (%1)</source>
            <translation>Sales (%1)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Refunds (%1)</source>
            <translation>Refunds (%1)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Opening float</source>
            <translation>Opening float</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cash sales</source>
            <translation>Cash sales</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cash refunds</source>
            <translation>Cash refunds</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cash in</source>
            <translation>Cash in</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cash out</source>
            <translation>Cash out</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Free</source>
            <translation>Free</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Expected cash</source>
            <translation>Expected cash</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Counted cash</source>
            <translation>Counted cash</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Comment: %1</source>
            <translation>Comment: %1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Validated by: %1</source>
            <translation>Validated by: %1</translation>
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
            <translation>%1 is too long (at most %2 characters).</translation>
        </message>
        <message>
            <location line="+71"/>
            <source>The ticket has no line.</source>
            <translation>The ticket has no line.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>A ticket has at most %1 lines.</source>
            <translation>A ticket has at most %1 lines.</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>The category "%1" is no longer in use.</source>
            <translation>The category "%1" is no longer in use.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Line %1: the quantity must be between 1 and %2.</source>
            <translation>Line %1: the quantity must be between 1 and %2.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Line %1: the price must be between 0,00 € and %2.</source>
            <translation>Line %1: the price must be between 0,00 € and %2.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Line %1: the weight must be between 0,001 kg and 10 000 kg.</source>
            <translation>Line %1: the weight must be between 0,001 kg and 10 000 kg.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Line %1: weigh the item; "%2" needs its weight.</source>
            <translation>Line %1: weigh the item; "%2" needs its weight.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>The ticket total cannot exceed %1.</source>
            <translation>The ticket total cannot exceed %1.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>The ticket is not paid.</source>
            <translation>The ticket is not paid.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>A ticket has at most 10 payments.</source>
            <translation>A ticket has at most 10 payments.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>A payment must be between 0,01 € and %1.</source>
            <translation>A payment must be between 0,01 € and %1.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1 is still to be paid.</source>
            <translation>%1 is still to be paid.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Card, cheque and free payments cannot exceed the total: only cash gives change.</source>
            <translation>Card, cheque and free payments cannot exceed the total: only cash gives change.</translation>
        </message>
        <message>
            <location line="+49"/>
            <source>A price is outside its category's bounds. %1</source>
            <translation>A price is outside its category's bounds. %1</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>Open a cash session before selling.</source>
            <translation>Open a cash session before selling.</translation>
        </message>
        <message>
            <location line="+54"/>
            <source>%1 is not a sale ticket.</source>
            <translation>%1 is not a sale ticket.</translation>
        </message>
        <message>
            <location line="+12"/>
            <location filename="../ui/cashier/refundscreen.cpp" line="+292"/>
            <source>Give the reason for the refund.</source>
            <translation>Give the reason for the refund.</translation>
        </message>
        <message numerus="yes">
            <location line="+58"/>
            <source>Line %1 of ticket %2: between 1 and %n item(s) can be refunded.</source>
            <translation>
                <numerusform>Line %1 of ticket %2: between 1 and %n item(s) can be refunded.</numerusform>
                <numerusform>Line %1 of ticket %2: between 1 and %n item(s) can be refunded.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-57"/>
            <source>The reason</source>
            <translation>The reason</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>A refund is paid back in cash, by card or by cheque.</source>
            <translation>A refund is paid back in cash, by card or by cheque.</translation>
        </message>
        <message>
            <location line="+35"/>
            <source>Ticket %1 has already been refunded in full.</source>
            <translation>Ticket %1 has already been refunded in full.</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Ticket %1 has no line %2.</source>
            <translation>Ticket %1 has no line %2.</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Nothing to pay back: these items were free.</source>
            <translation>Nothing to pay back: these items were free.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Open a cash session before refunding.</source>
            <translation>Open a cash session before refunding.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>The drawer should hold only %1: refund %2 another way.</source>
            <translation>The drawer should hold only %1: refund %2 another way.</translation>
        </message>
    </context>
    <context>
        <name>ScreenshotTour</name>
        <message>
            <location filename="../ui/common/screenshottour.cpp" line="+119"/>
            <source>No demo person with that role in this database.</source>
            <translation>No demo person with that role in this database.</translation>
        </message>
        <message>
            <location line="+110"/>
            <source>No open cash session to close.</source>
            <translation>No open cash session to close.</translation>
        </message>
        <message>
            <location line="+89"/>
            <source>the window needs at least %1 pixels, more than %2 (%3)</source>
            <translation>the window needs at least %1 pixels, more than %2 (%3)</translation>
        </message>
        <message>
            <location line="+46"/>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <location line="+17"/>
            <source>Screen %1 does not fit: %2.</source>
            <translation>Screen %1 does not fit: %2.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Screen %1 does not fit: the dialog needs at least %2 pixels, more than %3.</source>
            <translation>Screen %1 does not fit: the dialog needs at least %2 pixels, more than %3.</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <location filename="../core/sync/secrets.cpp" line="+103"/>
            <source>the keychain did not answer</source>
            <translation>the keychain did not answer</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>No secret stored for %1</source>
            <translation>No secret stored for %1</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>The keychain refused access to %1 (%2)</source>
            <translation>The keychain refused access to %1 (%2)</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>No keychain: sync disabled (%1)</source>
            <translation>No keychain: sync disabled (%1)</translation>
        </message>
    </context>
    <context>
        <name>SegmentCodec</name>
        <message>
            <location filename="../core/sync/segment.cpp" line="+64"/>
            <source>The decompressor could not start.</source>
            <translation>The decompressor could not start.</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>The file is not a complete gzip stream.</source>
            <translation>The file is not a complete gzip stream.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>The file is larger than %1 MB once decompressed.</source>
            <translation>The file is larger than %1 MB once decompressed.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>The file is truncated.</source>
            <translation>The file is truncated.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>The file has bytes after its end.</source>
            <translation>The file has bytes after its end.</translation>
        </message>
        <message>
            <location line="+30"/>
            <source>The segment does not end with its trailer.</source>
            <translation>The segment does not end with its trailer.</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>The segment has no trailer: it was cut short.</source>
            <translation>The segment has no trailer: it was cut short.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The segment is in an unknown format.</source>
            <translation>The segment is in an unknown format.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>The segment's trailer does not match its name.</source>
            <translation>The segment's trailer does not match its name.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The segment's checksum is wrong: it was altered.</source>
            <translation>The segment's checksum is wrong: it was altered.</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>The segment holds %1 records instead of %2.</source>
            <translation>The segment holds %1 records instead of %2.</translation>
        </message>
    </context>
    <context>
        <name>SessionHistory</name>
        <message>
            <location filename="../core/admin/sessionhistory.cpp" line="+63"/>
            <source>The start date is after the end date.</source>
            <translation>The start date is after the end date.</translation>
        </message>
        <message>
            <location line="+38"/>
            <source>Unknown cash session.</source>
            <translation>Unknown cash session.</translation>
        </message>
    </context>
    <context>
        <name>SiteConfig</name>
        <message>
            <location filename="../core/sync/siteconfig.cpp" line="+71"/>
            <source>The published configuration has a row without id in %1.</source>
            <translation>The published configuration has a row without id in %1.</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>The published configuration has an invalid value in %1.</source>
            <translation>The published configuration has an invalid value in %1.</translation>
        </message>
        <message>
            <location line="+71"/>
            <source>No shop configuration was published on this drive yet.</source>
            <translation>No shop configuration was published on this drive yet.</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>The shop configuration version %1 on the drive is damaged.</source>
            <translation>The shop configuration version %1 on the drive is damaged.</translation>
        </message>
        <message>
            <location line="+68"/>
            <source>The configuration on the drive belongs to another shop.</source>
            <translation>The configuration on the drive belongs to another shop.</translation>
        </message>
        <message>
            <location line="+70"/>
            <source>The shop already has a station %1: choose another code.</source>
            <translation>The shop already has a station %1: choose another code.</translation>
        </message>
    </context>
    <context>
        <name>Sites</name>
        <message>
            <location filename="../core/admin/sites.cpp" line="+62"/>
            <location line="+18"/>
            <source>The logo is too large (%1 Ko): at most %2 Ko.</source>
            <translation>The logo is too large (%1 Ko): at most %2 Ko.</translation>
        </message>
        <message>
            <location line="-12"/>
            <source>The logo must be a PNG or JPEG image.</source>
            <translation>The logo must be a PNG or JPEG image.</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Cannot read the file "%1".</source>
            <translation>Cannot read the file "%1".</translation>
        </message>
        <message>
            <location line="+17"/>
            <source>A site name has 1 to 80 characters.</source>
            <translation>A site name has 1 to 80 characters.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The address has at most 200 characters.</source>
            <translation>The address has at most 200 characters.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Unknown time zone "%1" (for example: Europe/Paris).</source>
            <translation>Unknown time zone "%1" (for example: Europe/Paris).</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>A colour is written #RRGGBB, for example #2E7D32.</source>
            <translation>A colour is written #RRGGBB, for example #2E7D32.</translation>
        </message>
        <message numerus="yes">
            <location line="+4"/>
            <source>The receipt header and footer have at most %n characters each.</source>
            <translation>
                <numerusform>The receipt header and footer have at most %n characters each.</numerusform>
                <numerusform>The receipt header and footer have at most %n characters each.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4"/>
            <source>The receipt header and footer cannot contain control characters.</source>
            <translation>The receipt header and footer cannot contain control characters.</translation>
        </message>
        <message>
            <location line="+4"/>
            <location line="+189"/>
            <source>The variance threshold must be between 0,00 € and 10 000,00 €.</source>
            <translation>The variance threshold must be between 0,00 € and 10 000,00 €.</translation>
        </message>
        <message>
            <location line="-173"/>
            <source>%1 can only change the settings of their own site.</source>
            <translation>%1 can only change the settings of their own site.</translation>
        </message>
        <message>
            <location line="+10"/>
            <location line="+43"/>
            <location line="+28"/>
            <source>Unknown site.</source>
            <translation>Unknown site.</translation>
        </message>
        <message>
            <location line="+24"/>
            <source>Only a super-admin can add a site.</source>
            <translation>Only a super-admin can add a site.</translation>
        </message>
        <message>
            <location line="+79"/>
            <source>Unknown register.</source>
            <translation>Unknown register.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="../core/store.cpp" line="+45"/>
            <source>The shop name must have between 1 and 120 characters.</source>
            <translation>The shop name must have between 1 and 120 characters.</translation>
        </message>
        <message>
            <location line="+35"/>
            <source>The station code must be 1 to 16 letters, digits or dashes, such as CAISSE1.</source>
            <translation>The station code must be 1 to 16 letters, digits or dashes, such as CAISSE1.</translation>
        </message>
        <message>
            <location line="-27"/>
            <source>Unknown time zone "%1".</source>
            <translation>Unknown time zone "%1".</translation>
        </message>
        <message>
            <location line="+41"/>
            <source>The shop's published identity is incomplete.</source>
            <translation>The shop's published identity is incomplete.</translation>
        </message>
        <message>
            <location line="+101"/>
            <source>%1 has no station identity: it is not a ReCaisse station database.</source>
            <translation>%1 has no station identity: it is not a ReCaisse station database.</translation>
        </message>
    </context>
    <context>
        <name>SyncAccount</name>
        <message>
            <location filename="../core/sync/account.cpp" line="+30"/>
            <source>The address must start with https:// (for kDrive: https://&lt;number&gt;.connect.kdrive.infomaniak.com).</source>
            <translation>The address must start with https:// (for kDrive: https://&lt;number&gt;.connect.kdrive.infomaniak.com).</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The account's user (its e-mail) is missing.</source>
            <translation>The account's user (its e-mail) is missing.</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Type the application password of the kDrive account.</source>
            <translation>Type the application password of the kDrive account.</translation>
        </message>
        <message>
            <location line="+37"/>
            <source>Only an administrator can change the kDrive account.</source>
            <translation>Only an administrator can change the kDrive account.</translation>
        </message>
        <message>
            <location line="+26"/>
            <source>No kDrive account is set up for this shop: sync is off.</source>
            <translation>No kDrive account is set up for this shop: sync is off.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>The kDrive password is not in this computer's keychain: enter it again in the sync settings.</source>
            <translation>The kDrive password is not in this computer's keychain: enter it again in the sync settings.</translation>
        </message>
    </context>
    <context>
        <name>SyncEngine</name>
        <message>
            <location filename="../core/sync/syncengine.cpp" line="+289"/>
            <source>Segment %1-%2 could not be compressed.</source>
            <translation>Segment %1-%2 could not be compressed.</translation>
        </message>
        <message>
            <location line="+170"/>
            <source>The identity file of station %1 on the server is damaged.</source>
            <translation>The identity file of station %1 on the server is damaged.</translation>
        </message>
        <message>
            <location line="+56"/>
            <source>Records %1 to %2 of station %3 are missing on the server.</source>
            <translation>Records %1 to %2 of station %3 are missing on the server.</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Segment %1 of station %2 is damaged: %3</source>
            <translation>Segment %1 of station %2 is damaged: %3</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Segment %1 of station %2 was refused: %3</source>
            <translation>Segment %1 of station %2 was refused: %3</translation>
        </message>
        <message>
            <location line="+72"/>
            <source>"%1" is not a valid place on the drive.</source>
            <translation>"%1" is not a valid place on the drive.</translation>
        </message>
        <message numerus="yes">
            <location line="+56"/>
            <source>%n record(s) sent</source>
            <translation>
                <numerusform>%n record(s) sent</numerusform>
                <numerusform>%n record(s) sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1"/>
            <source>%n record(s) received</source>
            <translation>
                <numerusform>%n record(s) received</numerusform>
                <numerusform>%n record(s) received</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TelegramNotifier</name>
        <message>
            <location filename="../core/sync/telegram.cpp" line="+39"/>
            <source>Telegram is not set up (no bot token or no chat id).</source>
            <translation>Telegram is not set up (no bot token or no chat id).</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>The HTTP client could not start.</source>
            <translation>The HTTP client could not start.</translation>
        </message>
        <message>
            <location line="+19"/>
            <source>Telegram could not be reached: %1</source>
            <translation>Telegram could not be reached: %1</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Telegram refused the message for chat %1 (HTTP %2).</source>
            <translation>Telegram refused the message for chat %1 (HTTP %2).</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>The Telegram API address is not valid.</source>
            <translation>The Telegram API address is not valid.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>"%1" is not a Telegram chat id (digits only).</source>
            <translation>"%1" is not a Telegram chat id (digits only).</translation>
        </message>
    </context>
    <context>
        <name>UserAdministration</name>
        <message>
            <location filename="../core/admin/useradmin.cpp" line="+42"/>
            <source>A Telegram id is a number of 5 to 15 digits (ask the person to send /start to the bot).</source>
            <translation>A Telegram id is a number of 5 to 15 digits (ask the person to send /start to the bot).</translation>
        </message>
        <message>
            <location line="+37"/>
            <source>Only a super-admin can change a super-admin's account.</source>
            <translation>Only a super-admin can change a super-admin's account.</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>%1 is the last super-admin: name another super-admin first.</source>
            <translation>%1 is the last super-admin: name another super-admin first.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>%1 is the last active administrator: name another administrator first.</source>
            <translation>%1 is the last active administrator: name another administrator first.</translation>
        </message>
        <message>
            <location line="+27"/>
            <source>%1 is the last super-admin and cannot be deactivated.</source>
            <translation>%1 is the last super-admin and cannot be deactivated.</translation>
        </message>
        <message>
            <location line="+30"/>
            <source>This Telegram id is already given to %1.</source>
            <translation>This Telegram id is already given to %1.</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../core/users.cpp" line="+47"/>
            <location line="+3"/>
            <source>A PIN has 4 to 8 digits.</source>
            <translation>A PIN has 4 to 8 digits.</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>A name has 1 to 60 characters.</source>
            <translation>A name has 1 to 60 characters.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>A name cannot contain control characters.</source>
            <translation>A name cannot contain control characters.</translation>
        </message>
        <message>
            <location line="+31"/>
            <location line="+34"/>
            <source>Unknown user.</source>
            <translation>Unknown user.</translation>
        </message>
        <message>
            <location line="-20"/>
            <source>No user named "%1".</source>
            <translation>No user named "%1".</translation>
        </message>
        <message>
            <location line="+33"/>
            <source>%1's account is deactivated.</source>
            <translation>%1's account is deactivated.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Too many wrong PINs: %1's account is locked until %2.</source>
            <translation>Too many wrong PINs: %1's account is locked until %2.</translation>
        </message>
        <message numerus="yes">
            <location line="+37"/>
            <source>Wrong PIN. Too many attempts: the account is locked for %n minute(s).</source>
            <translation>
                <numerusform>Wrong PIN. Too many attempts: the account is locked for %n minute(s).</numerusform>
                <numerusform>Wrong PIN. Too many attempts: the account is locked for %n minute(s).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4"/>
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>Wrong PIN. %n attempt(s) left.</numerusform>
                <numerusform>Wrong PIN. %n attempt(s) left.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24"/>
            <source>A user named "%1" already exists.</source>
            <translation>A user named "%1" already exists.</translation>
        </message>
        <message>
            <location line="+22"/>
            <source>This station already has users.</source>
            <translation>This station already has users.</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Only a super-admin can create another super-admin.</source>
            <translation>Only a super-admin can create another super-admin.</translation>
        </message>
        <message>
            <location line="+54"/>
            <source>%1 is the last active administrator and cannot be deactivated.</source>
            <translation>%1 is the last active administrator and cannot be deactivated.</translation>
        </message>
        <message>
            <location line="+28"/>
            <source>%1 (%2) is not allowed to: %3.</source>
            <translation>%1 (%2) is not allowed to: %3.</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>An administrator must unlock this action: %1.</source>
            <translation>An administrator must unlock this action: %1.</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>%1 cannot unlock this action: %2.</source>
            <translation>%1 cannot unlock this action: %2.</translation>
        </message>
    </context>
    <context>
        <name>WebDavClient</name>
        <message>
            <location filename="../core/sync/webdavclient.cpp" line="+260"/>
            <source>%1: the network library could not start</source>
            <translation>%1: the network library could not start</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1: a path may not contain "." or ".."</source>
            <translation>%1: a path may not contain "." or ".."</translation>
        </message>
        <message>
            <location line="+82"/>
            <source>%1: the answer is bigger than %2 bytes</source>
            <translation>%1: the answer is bigger than %2 bytes</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: cannot write the local file %2</source>
            <translation>%1: cannot write the local file %2</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: cannot read the local file %2</source>
            <translation>%1: cannot read the local file %2</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: the server sent no HTTP answer</source>
            <translation>%1: the server sent no HTTP answer</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>%1: the server's certificate is not trusted (%2)</source>
            <translation>%1: the server's certificate is not trusted (%2)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: the server stopped answering (%2)</source>
            <translation>%1: the server stopped answering (%2)</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>%1: the connection was cut (%2)</source>
            <translation>%1: the connection was cut (%2)</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>%1: the address of the shared folder is not valid (%2)</source>
            <translation>%1: the address of the shared folder is not valid (%2)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: cannot reach the server (%2)</source>
            <translation>%1: cannot reach the server (%2)</translation>
        </message>
        <message>
            <location line="+17"/>
            <source>%1: the server redirects to %2 (HTTP %3); check the address of the shared folder</source>
            <translation>%1: the server redirects to %2 (HTTP %3); check the address of the shared folder</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>%1: the server refused the user name or the password (HTTP %2)</source>
            <translation>%1: the server refused the user name or the password (HTTP %2)</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>%1: not found on the server (HTTP %2)</source>
            <translation>%1: not found on the server (HTTP %2)</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>%1: too many requests, the server asks to wait %2 s</source>
            <translation>%1: too many requests, the server asks to wait %2 s</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: too many requests (HTTP 429)</source>
            <translation>%1: too many requests (HTTP 429)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: the shared drive is full (HTTP 507)</source>
            <translation>%1: the shared drive is full (HTTP 507)</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>%1: the server failed (HTTP %2)</source>
            <translation>%1: the server failed (HTTP %2)</translation>
        </message>
        <message>
            <location line="+3"/>
            <location line="+48"/>
            <source>%1: unexpected answer from the server (HTTP %2)</source>
            <translation>%1: unexpected answer from the server (HTTP %2)</translation>
        </message>
        <message>
            <location line="-38"/>
            <source>Connecting to %1</source>
            <translation>Connecting to %1</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>%1: this address is not a WebDAV folder</source>
            <translation>%1: this address is not a WebDAV folder</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Listing %1</source>
            <translation>Listing %1</translation>
        </message>
        <message>
            <location line="+22"/>
            <source>%1: the answer is not XML (content type "%2")</source>
            <translation>%1: the answer is not XML (content type "%2")</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Creating the folder %1</source>
            <translation>Creating the folder %1</translation>
        </message>
        <message>
            <location line="+16"/>
            <location line="+14"/>
            <source>Uploading %1</source>
            <translation>Uploading %1</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>%1: cannot read the local file %2 (%3)</source>
            <translation>%1: cannot read the local file %2 (%3)</translation>
        </message>
        <message>
            <location line="+17"/>
            <source>Moving %1 to %2</source>
            <translation>Moving %1 to %2</translation>
        </message>
        <message>
            <location line="+13"/>
            <location line="+16"/>
            <source>Downloading %1</source>
            <translation>Downloading %1</translation>
        </message>
        <message>
            <location line="+6"/>
            <location line="+15"/>
            <source>%1: cannot write the local file %2 (%3)</source>
            <translation>%1: cannot write the local file %2 (%3)</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Deleting %1</source>
            <translation>Deleting %1</translation>
        </message>
    </context>
    <context>
        <name>WeightConfirmation</name>
        <message>
            <location filename="../core/categories.cpp" line="+55"/>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
    </context>
    <context>
        <name>recaisse::core::NetworkReceiptPrinter</name>
        <message>
            <location filename="../core/receiptprinter.cpp" line="-109"/>
            <source>Could not send the ticket to the receipt printer %1.</source>
            <translation>Could not send the ticket to the receipt printer %1.</translation>
        </message>
        <message>
            <location line="+15"/>
            <location line="+25"/>
            <source>The receipt printer %1 closed the connection.</source>
            <translation>The receipt printer %1 closed the connection.</translation>
        </message>
        <message>
            <location line="-10"/>
            <source>The receipt printer %1 refused the connection.</source>
            <translation>The receipt printer %1 refused the connection.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The receipt printer %1 was not found.</source>
            <translation>The receipt printer %1 was not found.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>The receipt printer %1 cannot be reached.</source>
            <translation>The receipt printer %1 cannot be reached.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Printing on %1 failed: %2</source>
            <translation>Printing on %1 failed: %2</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>The receipt printer %1 did not answer within %2 s.</source>
            <translation>The receipt printer %1 did not answer within %2 s.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::core::sync::SyncWorker</name>
        <message>
            <location filename="../core/sync/syncworker.cpp" line="+203"/>
            <source>ReCaisse %1 (%2): the kDrive is full, nothing can be saved there any more.</source>
            <translation>ReCaisse %1 (%2): the kDrive is full, nothing can be saved there any more.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>ReCaisse %1 (%2): no successful sync since %3. Last error: %4</source>
            <translation>ReCaisse %1 (%2): no successful sync since %3. Last error: %4</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::AboutDialog</name>
        <message>
            <location filename="../ui/common/aboutdialog.cpp" line="+22"/>
            <source>About ReCaisse</source>
            <translation>About ReCaisse</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>The till and back office of a ressourcerie.</source>
            <translation>The till and back office of a ressourcerie.</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>%1 (compiled with %2)</source>
            <translation>%1 (compiled with %2)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Commit</source>
            <translation>Commit</translation>
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
            <translation>Data folder</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>ReCaisse is free software: you may share and modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
            <translation>ReCaisse is free software: you may share and modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</translation>
        </message>
        <message>
            <location line="+17"/>
            <source>Copy the support information</source>
            <translation>Copy the support information</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+29"/>
            <source>ReCaisse support information</source>
            <translation>ReCaisse support information</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Copied: paste it into your message to the support.</source>
            <translation>Copied: paste it into your message to the support.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::AdminPage</name>
        <message>
            <location filename="../ui/admin/adminpage.cpp" line="+27"/>
            <source>Read only: your role can look, not change.</source>
            <translation>Read only: your role can look, not change.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::AdminPanel</name>
        <message>
            <location filename="../ui/admin/adminpanel.cpp" line="+60"/>
            <source>Administration — %1</source>
            <translation>Administration — %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>The administration is for administrators and supervisors.</source>
            <translation>The administration is for administrators and supervisors.</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Cash sessions</source>
            <translation>Cash sessions</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Sites and branding</source>
            <translation>Sites and branding</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Ecologic exports</source>
            <translation>Ecologic exports</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>The synchronisation console is not installed on this station.</source>
            <translation>The synchronisation console is not installed on this station.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The Ecologic exports are not installed on this station.</source>
            <translation>The Ecologic exports are not installed on this station.</translation>
        </message>
        <message>
            <location filename="../ui/admin/adminscreenshots.cpp" line="+29"/>
            <source>Screen %1 does not fit: it needs at least %2×%3 pixels, more than %4×%5.</source>
            <translation>Screen %1 does not fit: it needs at least %2×%3 pixels, more than %4×%5.</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::AdminUnlockDialog</name>
        <message>
            <location filename="../ui/common/adminunlockdialog.cpp" line="+41"/>
            <source>Administrator validation</source>
            <translation>Administrator validation</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>An administrator must allow:</source>
            <translation>An administrator must allow:</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>No active administrator on this station.</source>
            <translation>No active administrator on this station.</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>Administrator's PIN</source>
            <translation>Administrator's PIN</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+25"/>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+113"/>
            <source>Choose the administrator first</source>
            <translation>Choose the administrator first</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Type the administrator's PIN</source>
            <translation>Type the administrator's PIN</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::AmountKeypad</name>
        <message>
            <location filename="../ui/common/amountkeypad.cpp" line="+41"/>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::AuditPage</name>
        <message>
            <location filename="../ui/admin/auditpage.cpp" line="+29"/>
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Between</source>
            <translation>Between</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>text to find (name, ticket number…)</source>
            <translation>text to find (name, ticket number…)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Action:</source>
            <translation>Action:</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Station:</source>
            <translation>Station:</translation>
        </message>
        <message>
            <location line="+19"/>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Choose an event to see its detail.</source>
            <translation>Choose an event to see its detail.</translation>
        </message>
        <message>
            <location line="+17"/>
            <source>Export to CSV…</source>
            <translation>Export to CSV…</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Verify integrity</source>
            <translation>Verify integrity</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Export the audit trail</source>
            <translation>Export the audit trail</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>%1 (all)</source>
            <translation>%1 (all)</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location line="+38"/>
            <location line="+24"/>
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message numerus="yes">
            <location line="-19"/>
            <source>the %n newest events</source>
            <translation>
                <numerusform>the %n newest events</numerusform>
                <numerusform>the %n newest events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1"/>
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event(s)</numerusform>
                <numerusform>%n event(s)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13"/>
            <source>When: %1
Station: %2
Person: %3
Action: %4
Target: %5

Details:
%6
Event no. %7, hash:
%8</source>
            <translation>When: %1
Station: %2
Person: %3
Action: %4
Target: %5

Details:
%6
Event no. %7, hash:
%8</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+3"/>
            <source>%n event(s) exported to %1.</source>
            <translation>
                <numerusform>%n event(s) exported to %1.</numerusform>
                <numerusform>%n event(s) exported to %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Intact: %1 documents and %2 audit events checked, nothing was changed nor removed.</source>
            <translation>Intact: %1 documents and %2 audit events checked, nothing was changed nor removed.</translation>
        </message>
        <message numerus="yes">
            <location line="+6"/>
            <source>%n problem(s) found: the data was altered outside ReCaisse. Keep this PC as it is and contact support.</source>
            <translation>
                <numerusform>%n problem(s) found: the data was altered outside ReCaisse. Keep this PC as it is and contact support.</numerusform>
                <numerusform>%n problem(s) found: the data was altered outside ReCaisse. Keep this PC as it is and contact support.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::BrandingPage</name>
        <message>
            <location filename="../ui/admin/brandingpage.cpp" line="+47"/>
            <source>Sites and branding</source>
            <translation>Sites and branding</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>New site…</source>
            <translation>New site…</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>&amp;Time zone:</source>
            <translation>&amp;Time zone:</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>&amp;Colours (main, accent):</source>
            <translation>&amp;Colours (main, accent):</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Choose a logo…</source>
            <translation>Choose a logo…</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>No logo</source>
            <translation>No logo</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Receipt &amp;header:</source>
            <translation>Receipt &amp;header:</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Receipt &amp;footer:</source>
            <translation>Receipt &amp;footer:</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Default variance &amp;threshold (€):</source>
            <translation>Default variance &amp;threshold (€):</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>&amp;Save the site</source>
            <translation>&amp;Save the site</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Preview of the cashier screen's band</source>
            <translation>Preview of the cashier screen's band</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Variance alert threshold per register</source>
            <translation>Variance alert threshold per register</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Threshold (€)</source>
            <translation>Threshold (€)</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Save the &amp;thresholds</source>
            <translation>Save the &amp;thresholds</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Register mode on this station</source>
            <translation>Register mode on this station</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Full screen, and only an administrator can close ReCaisse. Takes effect the next time it starts.</source>
            <translation>Full screen, and only an administrator can close ReCaisse. Takes effect the next time it starts.</translation>
        </message>
        <message>
            <location line="+26"/>
            <source>Choose a logo</source>
            <translation>Choose a logo</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>Register mode is on for this station from its next start.</source>
            <translation>Register mode is on for this station from its next start.</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Register mode is off for this station from its next start.</source>
            <translation>Register mode is off for this station from its next start.</translation>
        </message>
        <message>
            <location line="+76"/>
            <source>no logo</source>
            <translation>no logo</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>This file is damaged or is not a picture: choose another logo.</source>
            <translation>This file is damaged or is not a picture: choose another logo.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>The default threshold is not an amount: %1</source>
            <translation>The default threshold is not an amount: %1</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>The site "%1" is saved.</source>
            <translation>The site "%1" is saved.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>New site</source>
            <translation>New site</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>A new site is added: give it its name and address, then save.</source>
            <translation>A new site is added: give it its name and address, then save.</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Threshold of %1: %2</source>
            <translation>Threshold of %1: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+14"/>
            <source>%n threshold(s) saved.</source>
            <translation>
                <numerusform>%n threshold(s) saved.</numerusform>
                <numerusform>%n threshold(s) saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::CashMovementScreen</name>
        <message>
            <location filename="../ui/cashier/cashmovementscreen.cpp" line="+36"/>
            <source>Cash in or out of the drawer</source>
            <translation>Cash in or out of the drawer</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Cash in</source>
            <translation>Cash in</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Cash out</source>
            <translation>Cash out</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+28"/>
            <source>Reason (required)</source>
            <translation>Reason (required)</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Change float top-up</source>
            <translation>Change float top-up</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Bank deposit</source>
            <translation>Bank deposit</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Small purchase</source>
            <translation>Small purchase</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location line="+47"/>
            <source>Cash in %1 recorded: %2</source>
            <translation>Cash in %1 recorded: %2</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cash out %1 recorded: %2</source>
            <translation>Cash out %1 recorded: %2</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::CategoriesPage</name>
        <message>
            <location filename="../ui/admin/categoriespage.cpp" line="+42"/>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>EEE</source>
            <translation>EEE</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>&amp;Under:</source>
            <translation>&amp;Under:</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>None (not electrical)</source>
            <translation>None (not electrical)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>&amp;EEE code:</source>
            <translation>&amp;EEE code:</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <location line="+1"/>
            <location line="+181"/>
            <source>min.</source>
            <translation>min.</translation>
        </message>
        <message>
            <location line="-180"/>
            <location line="+182"/>
            <source>max.</source>
            <translation>max.</translation>
        </message>
        <message>
            <location line="-178"/>
            <source>&amp;Prices (€):</source>
            <translation>&amp;Prices (€):</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>average, kg</source>
            <translation>average, kg</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>weighed at the register</source>
            <translation>weighed at the register</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>&amp;Weight:</source>
            <translation>&amp;Weight:</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Plausible weight per &amp;item (kg):</source>
            <translation>Plausible weight per &amp;item (kg):</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Button &amp;colour:</source>
            <translation>Button &amp;colour:</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Shortcut:</source>
            <translation>Shortcut:</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>&amp;Order:</source>
            <translation>&amp;Order:</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Shown at the register</source>
            <translation>Shown at the register</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+3"/>
            <location line="+96"/>
            <source>New category</source>
            <translation>New category</translation>
        </message>
        <message>
            <location line="-94"/>
            <source>New sub-category</source>
            <translation>New sub-category</translation>
        </message>
        <message>
            <location line="+51"/>
            <source>%1 (hidden)</source>
            <translation>%1 (hidden)</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>weighed</source>
            <translation>weighed</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>(top level)</source>
            <translation>(top level)</translation>
        </message>
        <message>
            <location line="+26"/>
            <source>Fill in the form, then Save.</source>
            <translation>Fill in the form, then Save.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Already used on tickets or deposits: it can be hidden, not removed, and its history stays.</source>
            <translation>Already used on tickets or deposits: it can be hidden, not removed, and its history stays.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Not used yet.</source>
            <translation>Not used yet.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>min. %1</source>
            <translation>min. %1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>max. %1</source>
            <translation>max. %1</translation>
        </message>
        <message>
            <location line="+28"/>
            <source>default price</source>
            <translation>default price</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>minimum price</source>
            <translation>minimum price</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>maximum price</source>
            <translation>maximum price</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>The %1 is not an amount: %2</source>
            <translation>The %1 is not an amount: %2</translation>
        </message>
        <message>
            <location line="+47"/>
            <source>"%1" is saved.</source>
            <translation>"%1" is saved.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::CloseSessionScreen</name>
        <message>
            <location filename="../ui/cashier/closesessionscreen.cpp" line="+54"/>
            <source>Close the register: count the drawer</source>
            <translation>Close the register: count the drawer</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Count every note and coin in the drawer. The expected amount is shown once the count is validated.</source>
            <translation>Count every note and coin in the drawer. The expected amount is shown once the count is validated.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Validate the count</source>
            <translation>Validate the count</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Close the register: check the variance</source>
            <translation>Close the register: check the variance</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>Expected in the drawer</source>
            <translation>Expected in the drawer</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>What explains the difference?</source>
            <translation>What explains the difference?</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Count again</source>
            <translation>Count again</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Close the register</source>
            <translation>Close the register</translation>
        </message>
        <message>
            <location line="+48"/>
            <source>Enter the number of each note and coin (0 when there is none).</source>
            <translation>Enter the number of each note and coin (0 when there is none).</translation>
        </message>
        <message>
            <location line="+25"/>
            <source>Comment (required: the variance is beyond %1, an administrator will validate it)</source>
            <translation>Comment (required: the variance is beyond %1, an administrator will validate it)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Comment (optional)</source>
            <translation>Comment (optional)</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>An administrator must validate this variance.</source>
            <translation>An administrator must validate this variance.</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Validate a cash variance of %1</source>
            <translation>Validate a cash variance of %1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Not closed: an administrator must validate this variance.</source>
            <translation>Not closed: an administrator must validate this variance.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::DenominationGrid</name>
        <message>
            <location filename="../ui/cashier/opensessionscreen.cpp" line="+93"/>
            <source>Total counted</source>
            <translation>Total counted</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::DepositScreen</name>
        <message>
            <location filename="../ui/reception/depositscreen.cpp" line="+159"/>
            <source>New deposit</source>
            <translation>New deposit</translation>
        </message>
        <message>
            <location line="+48"/>
            <source>← Back</source>
            <translation>← Back</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Back one step (Esc)</source>
            <translation>Back one step (Esc)</translation>
        </message>
        <message>
            <location line="+34"/>
            <source>← Category</source>
            <translation>← Category</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Choose another category (Esc)</source>
            <translation>Choose another category (Esc)</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Weight (kg)</source>
            <translation>Weight (kg)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>e.g. 3,5</source>
            <translation>e.g. 3,5</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Number of items</source>
            <translation>Number of items</translation>
        </message>
        <message>
            <location line="+44"/>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>Origin (kept for the next lines)</source>
            <translation>Origin (kept for the next lines)</translation>
        </message>
        <message>
            <location line="+26"/>
            <source>Add the line</source>
            <translation>Add the line</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location line="+42"/>
            <source>Erase the last digit</source>
            <translation>Erase the last digit</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>Deposit ticket</source>
            <translation>Deposit ticket</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Destination / origin</source>
            <translation>Destination / origin</translation>
        </message>
        <message>
            <location line="+33"/>
            <source>Note, e.g. the donor's name (optional)</source>
            <translation>Note, e.g. the donor's name (optional)</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Reprint the receipt (F9)</source>
            <translation>Reprint the receipt (F9)</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>Close the ticket (F12)</source>
            <translation>Close the ticket (F12)</translation>
        </message>
        <message>
            <location line="-7"/>
            <source>Another receipt of the last recorded ticket for the donor</source>
            <translation>Another receipt of the last recorded ticket for the donor</translation>
        </message>
        <message>
            <location line="+49"/>
            <source>What is brought?</source>
            <translation>What is brought?</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>%1: which kind?</source>
            <translation>%1: which kind?</translation>
        </message>
        <message>
            <location line="+19"/>
            <source>%1 (mixed)</source>
            <translation>%1 (mixed)</translation>
        </message>
        <message>
            <location line="+29"/>
            <source>No category is in use: ask an administrator.</source>
            <translation>No category is in use: ask an administrator.</translation>
        </message>
        <message>
            <location line="+71"/>
            <source>Choose a category first.</source>
            <translation>Choose a category first.</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>The number of items must be between 1 and %1.</source>
            <translation>The number of items must be between 1 and %1.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Weight outside the plausible range of %1</source>
            <translation>Weight outside the plausible range of %1</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>A ticket has at most %1 lines: close this one and start another.</source>
            <translation>A ticket has at most %1 lines: close this one and start another.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Added: %1, %2</source>
            <translation>Added: %1, %2</translation>
        </message>
        <message>
            <location line="+40"/>
            <source>Remove this line</source>
            <translation>Remove this line</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Remove the line %1</source>
            <translation>Remove the line %1</translation>
        </message>
        <message numerus="yes">
            <location line="+5"/>
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line(s)</numerusform>
                <numerusform>%n line(s)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Nobody is logged in on this screen.</source>
            <translation>Nobody is logged in on this screen.</translation>
        </message>
        <message>
            <location line="+26"/>
            <source>Ticket %1 recorded: %2</source>
            <translation>Ticket %1 recorded: %2</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::EcologicPage</name>
        <message>
            <location filename="../ui/admin/ecologicpage.cpp" line="+102"/>
            <source>Ecologic exports</source>
            <translation>Ecologic exports</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Declaration</source>
            <translation>Declaration</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Schedules</source>
            <translation>Schedules</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location line="+24"/>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Quarter:</source>
            <translation>Quarter:</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Q%1</source>
            <translation>Q%1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Received
(items)</source>
            <translation>Received
(items)</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Received
(kg)</source>
            <translation>Received
(kg)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>of which
brought
(kg)</source>
            <translation>of which
brought
(kg)</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>of which
collected
(kg)</source>
            <translation>of which
collected
(kg)</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Reused
(items)</source>
            <translation>Reused
(items)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Reused
(kg)</source>
            <translation>Reused
(kg)</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>of which
estimated
(kg)</source>
            <translation>of which
estimated
(kg)</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Reused
(euros)</source>
            <translation>Reused
(euros)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Recycling
(kg)</source>
            <translation>Recycling
(kg)</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Waste
centre
(kg)</source>
            <translation>Waste
centre
(kg)</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Warnings (the file is valid; check these figures):</source>
            <translation>Warnings (the file is valid; check these figures):</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Open the folder</source>
            <translation>Open the folder</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+24"/>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Declares</source>
            <translation>Declares</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Next run</source>
            <translation>Next run</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Last run</source>
            <translation>Last run</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Last result</source>
            <translation>Last result</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Last file</source>
            <translation>Last file</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>New schedule</source>
            <translation>New schedule</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Weekly</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Monthly</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Quarterly</source>
            <translation>Quarterly</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cron expression</source>
            <translation>Cron expression</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Day:</source>
            <translation>Day:</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Weekly: 1 = Monday … 7 = Sunday. Monthly and quarterly: day of the month (the last day when the month is shorter).</source>
            <translation>Weekly: 1 = Monday … 7 = Sunday. Monthly and quarterly: day of the month (the last day when the month is shorter).</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>At:</source>
            <translation>At:</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Declares:</source>
            <translation>Declares:</translation>
        </message>
        <message>
            <location line="+3"/>
            <location line="+267"/>
            <source>the previous day</source>
            <translation>the previous day</translation>
        </message>
        <message>
            <location line="-266"/>
            <location line="+267"/>
            <source>the previous week</source>
            <translation>the previous week</translation>
        </message>
        <message>
            <location line="-266"/>
            <location line="+267"/>
            <source>the previous month</source>
            <translation>the previous month</translation>
        </message>
        <message>
            <location line="-266"/>
            <location line="+267"/>
            <source>the previous quarter</source>
            <translation>the previous quarter</translation>
        </message>
        <message>
            <location line="-266"/>
            <location line="+267"/>
            <source>the previous year</source>
            <translation>the previous year</translation>
        </message>
        <message>
            <location line="-264"/>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Remove the selected schedule</source>
            <translation>Remove the selected schedule</translation>
        </message>
        <message>
            <location line="+24"/>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Warnings</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>File or reason</source>
            <translation>File or reason</translation>
        </message>
        <message>
            <location line="+71"/>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+39"/>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>%1 warning(s). The file will be checked again when exported.</source>
            <translation>%1 warning(s). The file will be checked again when exported.</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The declaration does not match the schema: it cannot be exported.</source>
            <translation>The declaration does not match the schema: it cannot be exported.</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location line="+34"/>
            <source>Written: %1 (version %2, %3 warning(s)).</source>
            <translation>Written: %1 (version %2, %3 warning(s)).</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Nothing has been exported yet: the folder %1 does not exist.</source>
            <translation>Nothing has been exported yet: the folder %1 does not exist.</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>Schedule %1 added; next run %2.</source>
            <translation>Schedule %1 added; next run %2.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Select a schedule first.</source>
            <translation>Select a schedule first.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Schedule %1 removed.</source>
            <translation>Schedule %1 removed.</translation>
        </message>
        <message>
            <location line="+26"/>
            <location line="+19"/>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location line="-18"/>
            <location line="+18"/>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="-2"/>
            <source>Schedule %1</source>
            <translation>Schedule %1</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>By hand</source>
            <translation>By hand</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::FirstStartDialog</name>
        <message>
            <location filename="../ui/sync/firststartdialog.cpp" line="+30"/>
            <source>Set up this computer</source>
            <translation>Set up this computer</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>This computer shows the demo shop. Make it a station of your ressourcerie: create a new shop, or join the shop your association already has on kDrive.</source>
            <translation>This computer shows the demo shop. Make it a station of your ressourcerie: create a new shop, or join the shop your association already has on kDrive.</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>e.g. Ressourcerie du Port</source>
            <translation>e.g. Ressourcerie du Port</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>4 to 8 digits</source>
            <translation>4 to 8 digits</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Shop name</source>
            <translation>Shop name</translation>
        </message>
        <message>
            <location line="+1"/>
            <location line="+26"/>
            <source>Code of this station</source>
            <translation>Code of this station</translation>
        </message>
        <message>
            <location line="-25"/>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Administrator's PIN</source>
            <translation>Administrator's PIN</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Create the shop</source>
            <translation>Create the shop</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>New shop</source>
            <translation>New shop</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>e-mail of the kDrive account</source>
            <translation>e-mail of the kDrive account</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>application password</source>
            <translation>application password</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Reception</source>
            <translation>Reception</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Back office</source>
            <translation>Back office</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>kDrive address</source>
            <translation>kDrive address</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>App password</source>
            <translation>App password</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Kind of station</source>
            <translation>Kind of station</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Join the shop</source>
            <translation>Join the shop</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Join a shop from kDrive</source>
            <translation>Join a shop from kDrive</translation>
        </message>
        <message>
            <location line="+35"/>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::HealthPage</name>
        <message>
            <location filename="../ui/admin/healthpage.cpp" line="+13"/>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <location line="+37"/>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message numerus="yes">
            <location line="+3"/>
            <source>%1 (%n min ago)</source>
            <translation>
                <numerusform>%1 (%n min ago)</numerusform>
                <numerusform>%1 (%n min ago)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3"/>
            <source>%1 (%n hour(s) ago)</source>
            <translation>
                <numerusform>%1 (%n hour(s) ago)</numerusform>
                <numerusform>%1 (%n hour(s) ago)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1"/>
            <source>%1 (%n day(s) ago)</source>
            <translation>
                <numerusform>%1 (%n day(s) ago)</numerusform>
                <numerusform>%1 (%n day(s) ago)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Database size</source>
            <translation>Database size</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Growth over 30 days (estimate)</source>
            <translation>Growth over 30 days (estimate)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Free disk space</source>
            <translation>Free disk space</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Last backup</source>
            <translation>Last backup</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Last successful synchronisation</source>
            <translation>Last successful synchronisation</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Errors in the last 7 days</source>
            <translation>Errors in the last 7 days</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>%1 (of which %2 synchronisation)</source>
            <translation>%1 (of which %2 synchronisation)</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Needs your attention:</source>
            <translation>Needs your attention:</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>All is well: nothing to do.</source>
            <translation>All is well: nothing to do.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::HelpManual</name>
        <message>
            <location filename="../ui/common/helpmanual.cpp" line="+140"/>
            <source>[Screenshot: %1]</source>
            <translation>[Screenshot: %1]</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::HelpViewer</name>
        <message>
            <location filename="../ui/common/helpviewer.cpp" line="+35"/>
            <source>Help — ReCaisse manual</source>
            <translation>Help — ReCaisse manual</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>◀ Back</source>
            <translation>◀ Back</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Back to the previous page (Alt+Left or Backspace)</source>
            <translation>Back to the previous page (Alt+Left or Backspace)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>The list of the manual's documents (Alt+Home)</source>
            <translation>The list of the manual's documents (Alt+Home)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Smaller text (Ctrl+−)</source>
            <translation>Smaller text (Ctrl+−)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Smaller text</source>
            <translation>Smaller text</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Larger text (Ctrl++)</source>
            <translation>Larger text (Ctrl++)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>ReCaisse manual</source>
            <translation>ReCaisse manual</translation>
        </message>
        <message>
            <location line="+22"/>
            <source>Table of contents</source>
            <translation>Table of contents</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Table of contents (Alt+C; Tab goes back to the page)</source>
            <translation>Table of contents (Alt+C; Tab goes back to the page)</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Page of the manual</source>
            <translation>Page of the manual</translation>
        </message>
        <message>
            <location line="+82"/>
            <source>This link leads outside the manual: %1</source>
            <translation>This link leads outside the manual: %1</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>This page of the manual is missing: %1</source>
            <translation>This page of the manual is missing: %1</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::HomeScreen</name>
        <message>
            <location filename="../ui/common/homescreen.cpp" line="+111"/>
            <source>Refresh figures</source>
            <translation>Refresh figures</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Log out (F10)</source>
            <translation>Log out (F10)</translation>
        </message>
        <message>
            <location line="+35"/>
            <source>Open the register (F1)</source>
            <translation>Open the register (F1)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Sell (F2)</source>
            <translation>Sell (F2)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Close the register (F3)</source>
            <translation>Close the register (F3)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Refund a ticket (F5)</source>
            <translation>Refund a ticket (F5)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Cash in or out (F6)</source>
            <translation>Cash in or out (F6)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Receive a donation (F4)</source>
            <translation>Receive a donation (F4)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Open the drawer (F7)</source>
            <translation>Open the drawer (F7)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Administration (F9)</source>
            <translation>Administration (F9)</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Cash session of this register</source>
            <translation>Cash session of this register</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Float</source>
            <translation>Float</translation>
        </message>
        <message>
            <location line="+1"/>
            <location line="+7"/>
            <location line="+7"/>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <location line="-13"/>
            <location line="+7"/>
            <location line="+7"/>
            <source>Takings</source>
            <translation>Takings</translation>
        </message>
        <message>
            <location line="-11"/>
            <source>Last closed day</source>
            <translation>Last closed day</translation>
        </message>
        <message>
            <location line="+5"/>
            <location line="+7"/>
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <location line="-4"/>
            <source>Recorded in this station's database</source>
            <translation>Recorded in this station's database</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Deposits</source>
            <translation>Deposits</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Weight received</source>
            <translation>Weight received</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Hello, %1</source>
            <translation>Hello, %1</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1 · station %2 · %3</source>
            <translation>%1 · station %2 · %3</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>today at %1</source>
            <translation>today at %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>%1 at %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <location line="+25"/>
            <source>This station is not a cash register.</source>
            <translation>This station is not a cash register.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>No cash session open</source>
            <translation>No cash session open</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Session %1 is open</source>
            <translation>Session %1 is open</translation>
        </message>
        <message>
            <location line="+19"/>
            <source>No day closed yet on this station.</source>
            <translation>No day closed yet on this station.</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Everything this database holds, all days together.</source>
            <translation>Everything this database holds, all days together.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::LoginScreen</name>
        <message>
            <location filename="../ui/common/loginscreen.cpp" line="+63"/>
            <source>Who are you?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>No active user on this station.</source>
            <translation>No active user on this station.</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>Your PIN</source>
            <translation>Your PIN</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+40"/>
            <source>Station %1 · %2</source>
            <translation>Station %1 · %2</translation>
        </message>
        <message>
            <location line="+24"/>
            <source>DEMO SHOP — fictitious data</source>
            <translation>DEMO SHOP — fictitious data</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>%1 (%2): PIN %3</source>
            <translation>%1 (%2): PIN %3</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Try it with: %1</source>
            <translation>Try it with: %1</translation>
        </message>
        <message>
            <location line="+102"/>
            <source>Choose your name first</source>
            <translation>Choose your name first</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Type your PIN</source>
            <translation>Type your PIN</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::MainWindow</name>
        <message>
            <location filename="../ui/common/mainwindow.cpp" line="+66"/>
            <location line="+547"/>
            <source>ReCaisse — %1</source>
            <translation>ReCaisse — %1</translation>
        </message>
        <message>
            <location line="-533"/>
            <source>Open the register</source>
            <translation>Open the register</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Sale</source>
            <translation>Sale</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Close the register</source>
            <translation>Close the register</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Refund a ticket</source>
            <translation>Refund a ticket</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Cash in or out</source>
            <translation>Cash in or out</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Reception of a donation</source>
            <translation>Reception of a donation</translation>
        </message>
        <message>
            <location line="+46"/>
            <source>Unpaid ticket</source>
            <translation>Unpaid ticket</translation>
        </message>
        <message numerus="yes">
            <location line="+1"/>
            <source>%1 left an unpaid ticket (%n line(s), %2) when the register locked.</source>
            <translation>
                <numerusform>%1 left an unpaid ticket (%n line(s), %2) when the register locked.</numerusform>
                <numerusform>%1 left an unpaid ticket (%n line(s), %2) when the register locked.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Keep it for %1, who will find it when logging in again, or discard it?</source>
            <translation>Keep it for %1, who will find it when logging in again, or discard it?</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Keep it for %1</source>
            <translation>Keep it for %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Discard it</source>
            <translation>Discard it</translation>
        </message>
        <message>
            <location line="+22"/>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Version of ReCaisse and information for the support</source>
            <translation>Version of ReCaisse and information for the support</translation>
        </message>
        <message>
            <location line="+60"/>
            <source>Set up this computer…</source>
            <translation>Set up this computer…</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>ReCaisse</source>
            <translation>ReCaisse</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>This computer is now a station of the shop. ReCaisse restarts on it.</source>
            <translation>This computer is now a station of the shop. ReCaisse restarts on it.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Leave register mode</source>
            <translation>Leave register mode</translation>
        </message>
        <message>
            <location line="+72"/>
            <source>No cash drawer is connected to this station.</source>
            <translation>No cash drawer is connected to this station.</translation>
        </message>
        <message>
            <location line="+122"/>
            <source>← Home</source>
            <translation>← Home</translation>
        </message>
        <message>
            <location line="+191"/>
            <source>%1 (%2)</source>
            <comment>who is logged in</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Register closed</source>
            <translation>Register closed</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Register open at %1 (%2)</source>
            <translation>Register open at %1 (%2)</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Register open since %1 (%2)</source>
            <translation>Register open since %1 (%2)</translation>
        </message>
        <message>
            <location line="-19"/>
            <source>Nobody logged in</source>
            <translation>Nobody logged in</translation>
        </message>
        <message>
            <location line="-5"/>
            <source>%1 · %2</source>
            <comment>station code and kind</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>This station</source>
            <translation>This station</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>No cash register on this station</source>
            <translation>No cash register on this station</translation>
        </message>
        <message>
            <location line="-309"/>
            <location filename="../ui/common/screenshottour.cpp" line="-203"/>
            <source>Open the cash drawer without a sale</source>
            <translation>Open the cash drawer without a sale</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::OpenSessionScreen</name>
        <message>
            <location filename="../ui/cashier/opensessionscreen.cpp" line="+110"/>
            <location line="+67"/>
            <source>Open the register</source>
            <translation>Open the register</translation>
        </message>
        <message>
            <location line="-64"/>
            <source>Count the float in the drawer before the first sale.</source>
            <translation>Count the float in the drawer before the first sale.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Type the total</source>
            <translation>Type the total</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Count notes and coins</source>
            <translation>Count notes and coins</translation>
        </message>
        <message>
            <location line="+24"/>
            <source>Float in the drawer</source>
            <translation>Float in the drawer</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>Proposed: float of the previous session</source>
            <translation>Proposed: float of the previous session</translation>
        </message>
        <message>
            <location line="+70"/>
            <source>Enter the number of each note and coin (0 when there is none).</source>
            <translation>Enter the number of each note and coin (0 when there is none).</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::OverviewPage</name>
        <message>
            <location filename="../ui/admin/overviewpage.cpp" line="+52"/>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Bank card</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Free</source>
            <translation>Free</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Takings per day (30 days, €)</source>
            <translation>Takings per day (30 days, €)</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>EEE weights over 30 days (kg)</source>
            <translation>EEE weights over 30 days (kg)</translation>
        </message>
        <message numerus="yes">
            <location line="+38"/>
            <source>%1 · %n ticket(s)</source>
            <translation>
                <numerusform>%1 · %n ticket(s)</numerusform>
                <numerusform>%1 · %n ticket(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+34"/>
            <source>Business day of %1 · updated at %2 · refreshed every %n second(s)</source>
            <translation>
                <numerusform>Business day of %1 · updated at %2 · refreshed every %n second(s)</numerusform>
                <numerusform>Business day of %1 · updated at %2 · refreshed every %n second(s)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18"/>
            <source>Takings</source>
            <translation>Takings</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>Takings per day from %1 to %2 (€)</source>
            <translation>Takings per day from %1 to %2 (€)</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Reused</source>
            <translation>Reused</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>EEE family</source>
            <translation>EEE family</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::PaymentDialog</name>
        <message>
            <location filename="../ui/cashier/paymentdialog.cpp" line="+28"/>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Amount due: %1</source>
            <translation>Amount due: %1</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Amount received</source>
            <translation>Amount received</translation>
        </message>
        <message>
            <location line="+24"/>
            <source>Payments received</source>
            <translation>Payments received</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Remove last payment</source>
            <translation>Remove last payment</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Confirm (Enter)</source>
            <translation>Confirm (Enter)</translation>
        </message>
        <message>
            <location line="+36"/>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+47"/>
            <source>Paid: %1</source>
            <translation>Paid: %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Remaining: %1</source>
            <translation>Remaining: %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>Change to give: %1</source>
            <translation>Change to give: %1</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Type an amount above 0,00 €.</source>
            <translation>Type an amount above 0,00 €.</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Only cash can exceed what remains to pay (%1).</source>
            <translation>Only cash can exceed what remains to pay (%1).</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>A ticket has at most 10 payments.</source>
            <translation>A ticket has at most 10 payments.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::PinKeypad</name>
        <message>
            <location filename="../ui/common/pinkeypad.cpp" line="+38"/>
            <source>Clear</source>
            <translation>Clear</translation>
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
            <location filename="../ui/common/receiptoutput.cpp" line="+135"/>
            <source>Ticket %1</source>
            <translation>Ticket %1</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>Receipt %1</source>
            <translation>Receipt %1</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Z report %1</source>
            <translation>Z report %1</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>No cash drawer is connected to this station.</source>
            <translation>No cash drawer is connected to this station.</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>The cash drawer is open.</source>
            <translation>The cash drawer is open.</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>The cash drawer did not open. %1</source>
            <translation>The cash drawer did not open. %1</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>%1 printed.</source>
            <translation>%1 printed.</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>%1 was not printed. %2 It stays recorded: print it again once the printer is back.</source>
            <translation>%1 was not printed. %2 It stays recorded: print it again once the printer is back.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>%1 sent to the printer.</source>
            <translation>%1 sent to the printer.</translation>
        </message>
        <message>
            <location line="+77"/>
            <source>%1 was not printed: no printer is installed and the folder %2 cannot be created. It stays recorded.</source>
            <translation>%1 was not printed: no printer is installed and the folder %2 cannot be created. It stays recorded.</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>%1 was not printed: the PDF %2 cannot be written. It stays recorded.</source>
            <translation>%1 was not printed: the PDF %2 cannot be written. It stays recorded.</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>No printer installed: %1 saved as %2</source>
            <translation>No printer installed: %1 saved as %2</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::RefundScreen</name>
        <message>
            <location filename="../ui/cashier/refundscreen.cpp" line="-253"/>
            <source>Refund a ticket</source>
            <translation>Refund a ticket</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Ticket number</source>
            <translation>Ticket number</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <location line="+32"/>
            <source>Pay back</source>
            <translation>Pay back</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>Reason (required)</source>
            <translation>Reason (required)</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>e.g. broken item</source>
            <translation>e.g. broken item</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <location line="+47"/>
            <source>Type the number printed on the ticket.</source>
            <translation>Type the number printed on the ticket.</translation>
        </message>
        <message>
            <location line="+21"/>
            <source>Ticket %1 of %2: %3</source>
            <translation>Ticket %1 of %2: %3</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>%1 × %2 — %3</source>
            <translation>%1 × %2 — %3</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Quantity to refund</source>
            <translation>Quantity to refund</translation>
        </message>
        <message>
            <location line="+36"/>
            <source>Find the ticket first.</source>
            <translation>Find the ticket first.</translation>
        </message>
        <message>
            <location line="+12"/>
            <source>Tick at least one line to refund.</source>
            <translation>Tick at least one line to refund.</translation>
        </message>
        <message>
            <location line="+17"/>
            <source>Refund of ticket %1</source>
            <translation>Refund of ticket %1</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Refund %1 recorded: %2 to give back</source>
            <translation>Refund %1 recorded: %2 to give back</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::SaleScreen</name>
        <message>
            <location filename="../ui/cashier/salescreen.cpp" line="+138"/>
            <source>◀ Back</source>
            <translation>◀ Back</translation>
        </message>
        <message>
            <location line="+82"/>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="-8"/>
            <source>Enter: confirm · Escape: back</source>
            <translation>Enter: confirm · Escape: back</translation>
        </message>
        <message>
            <location line="+24"/>
            <source>Gift 0 €</source>
            <translation>Gift 0 €</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Recycling</source>
            <translation>Recycling</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Unit price</source>
            <translation>Unit price</translation>
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
            <translation>Weight</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Change line</source>
            <translation>Change line</translation>
        </message>
        <message>
            <location line="+23"/>
            <source>Pay (F12)</source>
            <translation>Pay (F12)</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Reprint the last ticket (F9)</source>
            <translation>Reprint the last ticket (F9)</translation>
        </message>
        <message>
            <location line="+109"/>
            <source>Choose a category</source>
            <translation>Choose a category</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>%1: choose a sub-category</source>
            <translation>%1: choose a sub-category</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>How many?</source>
            <translation>How many?</translation>
        </message>
        <message numerus="yes">
            <location line="+9"/>
            <source>Weight of the %n item(s), in kg</source>
            <translation>
                <numerusform>Weight of the %n item(s), in kg</numerusform>
                <numerusform>Weight of the %n item(s), in kg</numerusform>
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
            <translation>Unit price (%1)</translation>
        </message>
        <message>
            <location line="+38"/>
            <source>Type a quantity between 1 and %1.</source>
            <translation>Type a quantity between 1 and %1.</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>Type the weight in kg, for example 2,5.</source>
            <translation>Type the weight in kg, for example 2,5.</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Weight outside the plausible range of %1</source>
            <translation>Weight outside the plausible range of %1</translation>
        </message>
        <message>
            <location line="+33"/>
            <source>%1 is outside the bounds of "%2" (%3): an administrator must allow it.</source>
            <translation>%1 is outside the bounds of "%2" (%3): an administrator must allow it.</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>A ticket has at most %1 lines.</source>
            <translation>A ticket has at most %1 lines.</translation>
        </message>
        <message>
            <location line="+93"/>
            <source>Your unpaid ticket is back.</source>
            <translation>Your unpaid ticket is back.</translation>
        </message>
        <message>
            <location line="+25"/>
            <source>Price outside the bounds of %1</source>
            <translation>Price outside the bounds of %1</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>at least %1</source>
            <translation>at least %1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>at most %1</source>
            <translation>at most %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>any price</source>
            <translation>any price</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>The ticket is empty.</source>
            <translation>The ticket is empty.</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>A price is outside its category's bounds: an administrator must allow it.</source>
            <translation>A price is outside its category's bounds: an administrator must allow it.</translation>
        </message>
        <message>
            <location line="+32"/>
            <source>Ticket %1 recorded. Change to give: %2</source>
            <translation>Ticket %1 recorded. Change to give: %2</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Ticket %1 recorded.</source>
            <translation>Ticket %1 recorded.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::SessionsPage</name>
        <message>
            <location filename="../ui/admin/sessionspage.cpp" line="+26"/>
            <source>Cash sessions</source>
            <translation>Cash sessions</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Opened between</source>
            <translation>Opened between</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Variance beyond the threshold</source>
            <translation>Variance beyond the threshold</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Open longer than 12 h</source>
            <translation>Open longer than 12 h</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Register:</source>
            <translation>Register:</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Cashier:</source>
            <translation>Cashier:</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location line="+0"/>
            <location line="+147"/>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location line="-147"/>
            <location line="+151"/>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location line="-151"/>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Float</source>
            <translation>Float</translation>
        </message>
        <message>
            <location line="+0"/>
            <location line="+152"/>
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <location line="-151"/>
            <location line="+152"/>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <location line="-152"/>
            <location line="+155"/>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <location line="-155"/>
            <location line="+159"/>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location line="-152"/>
            <source>Session detail</source>
            <translation>Session detail</translation>
        </message>
        <message>
            <location line="+18"/>
            <source>← Back to the list</source>
            <translation>← Back to the list</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Reprint the Z report</source>
            <translation>Reprint the Z report</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location line="+0"/>
            <location line="+2"/>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="-2"/>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Movement</source>
            <translation>Movement</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="+14"/>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location line="+32"/>
            <location line="+64"/>
            <source>still open</source>
            <translation>still open</translation>
        </message>
        <message numerus="yes">
            <location line="-49"/>
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session(s)</numerusform>
                <numerusform>%n session(s)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+28"/>
            <source>Session %1 on %2, %3</source>
            <translation>Session %1 on %2, %3</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>Opening float</source>
            <translation>Opening float</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Expected in the drawer</source>
            <translation>Expected in the drawer</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Validated by</source>
            <translation>Validated by</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location line="+48"/>
            <source>Z report %1</source>
            <translation>Z report %1</translation>
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
            <translation>never</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message numerus="yes">
            <location line="+2"/>
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2"/>
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1"/>
            <source>on %1</source>
            <translation>on %1</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Sync off</source>
            <translation>Sync off</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>✓ Synced</source>
            <translation>✓ Synced</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>⟳ Syncing…</source>
            <translation>⟳ Syncing…</translation>
        </message>
        <message numerus="yes">
            <location line="+3"/>
            <source>%n pending</source>
            <translation>
                <numerusform>%n pending</numerusform>
                <numerusform>%n pending</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4"/>
            <source>Offline · %n pending</source>
            <translation>
                <numerusform>Offline · %n pending</numerusform>
                <numerusform>Offline · %n pending</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3"/>
            <source>⚠ Sync error</source>
            <translation>⚠ Sync error</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>No kDrive account is set up: the data stays on this computer.</source>
            <translation>No kDrive account is set up: the data stays on this computer.</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Last successful sync: %1</source>
            <translation>Last successful sync: %1</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Last error: %1</source>
            <translation>Last error: %1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Click to sync now.</source>
            <translation>Click to sync now.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::SyncPage</name>
        <message>
            <location filename="../ui/sync/syncpage.cpp" line="+48"/>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Reception</source>
            <translation>Reception</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Back office</source>
            <translation>Back office</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>Synchronisation with kDrive</source>
            <translation>Synchronisation with kDrive</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>This station</source>
            <translation>This station</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Stations of the shop</source>
            <translation>Stations of the shop</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Data up to date</source>
            <translation>Data up to date</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Newest record</source>
            <translation>Newest record</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Records held</source>
            <translation>Records held</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Select a line to see its details.</source>
            <translation>Select a line to see its details.</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>kDrive account</source>
            <translation>kDrive account</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>e-mail of the kDrive account</source>
            <translation>e-mail of the kDrive account</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>application password (kept in the system keychain)</source>
            <translation>application password (kept in the system keychain)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>App password</source>
            <translation>App password</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Test the connection</source>
            <translation>Test the connection</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Save the account</source>
            <translation>Save the account</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Alerts to the admins (Telegram)</source>
            <translation>Alerts to the admins (Telegram)</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>chat ids separated by commas</source>
            <translation>chat ids separated by commas</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>bot token (kept in the system keychain)</source>
            <translation>bot token (kept in the system keychain)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Chat ids</source>
            <translation>Chat ids</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Bot API address</source>
            <translation>Bot API address</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Bot token</source>
            <translation>Bot token</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Save the alerts</source>
            <translation>Save the alerts</translation>
        </message>
        <message>
            <location line="+10"/>
            <source>Read only: only an administrator can change these settings.</source>
            <translation>Read only: only an administrator can change these settings.</translation>
        </message>
        <message>
            <location line="+20"/>
            <source>Backup saved: %1</source>
            <translation>Backup saved: %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>The backup failed: %1</source>
            <translation>The backup failed: %1</translation>
        </message>
        <message>
            <location line="+47"/>
            <source> (this station)</source>
            <translation> (this station)</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+13"/>
            <location line="+32"/>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="-32"/>
            <location line="+32"/>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="-19"/>
            <source>Last successful sync: %1</source>
            <translation>Last successful sync: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+2"/>
            <source>Waiting to be sent: %n record(s)</source>
            <translation>
                <numerusform>Waiting to be sent: %n record(s)</numerusform>
                <numerusform>Waiting to be sent: %n record(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1"/>
            <source>Files waiting: %n</source>
            <translation>
                <numerusform>Files waiting: %n</numerusform>
                <numerusform>Files waiting: %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Last backup: %1</source>
            <translation>Last backup: %1</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Last error: %1</source>
            <translation>Last error: %1</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>%1 — %2
Failure: %3, HTTP %4
Sent: %5 record(s), received: %6, %7 byte(s) up, %8 ms
%9</source>
            <translation>%1 — %2
Failure: %3, HTTP %4
Sent: %5 record(s), received: %6, %7 byte(s) up, %8 ms
%9</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location line="+28"/>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <location line="+16"/>
            <source>Connection OK: the drive answers and accepts the password.</source>
            <translation>Connection OK: the drive answers and accepts the password.</translation>
        </message>
        <message>
            <location line="+26"/>
            <source>Account saved. The next sync uses it.</source>
            <translation>Account saved. The next sync uses it.</translation>
        </message>
        <message>
            <location line="+25"/>
            <location line="+6"/>
            <source>Alerts saved.</source>
            <translation>Alerts saved.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::UsersPage</name>
        <message>
            <location filename="../ui/admin/userspage.cpp" line="+33"/>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <location line="+5"/>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <location line="+13"/>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>4 to 8 digits</source>
            <translation>4 to 8 digits</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>New &amp;PIN:</source>
            <translation>New &amp;PIN:</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>empty: no notifications</source>
            <translation>empty: no notifications</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>&amp;Telegram id:</source>
            <translation>&amp;Telegram id:</translation>
        </message>
        <message>
            <location line="+3"/>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>New person…</source>
            <translation>New person…</translation>
        </message>
        <message>
            <location line="+7"/>
            <source>What each role can do</source>
            <translation>What each role can do</translation>
        </message>
        <message>
            <location line="+78"/>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <location line="+0"/>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>locked until %1</source>
            <translation>locked until %1</translation>
        </message>
        <message>
            <location line="+29"/>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <location line="+6"/>
            <location line="+17"/>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <location line="-11"/>
            <source>Choose a person in the list</source>
            <translation>Choose a person in the list</translation>
        </message>
        <message>
            <location line="+11"/>
            <source>Reactivate</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <location line="+36"/>
            <source>%1 can now log in with their PIN.</source>
            <translation>%1 can now log in with their PIN.</translation>
        </message>
        <message>
            <location line="+29"/>
            <source>%1's account is saved.</source>
            <translation>%1's account is saved.</translation>
        </message>
        <message>
            <location line="+17"/>
            <source>%1 is deactivated: their history stays.</source>
            <translation>%1 is deactivated: their history stays.</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>%1 is active again.</source>
            <translation>%1 is active again.</translation>
        </message>
    </context>
    <context>
        <name>recaisse::ui::ZReportView</name>
        <message>
            <location filename="../ui/cashier/zreportview.cpp" line="+60"/>
            <source>Closing report (Z)</source>
            <translation>Closing report (Z)</translation>
        </message>
        <message>
            <location line="+25"/>
            <source>The register is closed. This report is stored and cannot be changed.</source>
            <translation>The register is closed. This report is stored and cannot be changed.</translation>
        </message>
        <message>
            <location line="+6"/>
            <source>Reprint (F9)</source>
            <translation>Reprint (F9)</translation>
        </message>
        <message>
            <location line="+8"/>
            <source>Done (Enter)</source>
            <translation>Done (Enter)</translation>
        </message>
        <message>
            <location line="+48"/>
            <source>Station %1</source>
            <translation>Station %1</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>CLOSING REPORT (Z)</source>
            <translation>CLOSING REPORT (Z)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location line="+4"/>
            <source>Sales (%1)</source>
            <translation>Sales (%1)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Refunds (%1)</source>
            <translation>Refunds (%1)</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Payment methods</source>
            <translation>Payment methods</translation>
        </message>
        <message>
            <location line="+9"/>
            <source>Cash drawer</source>
            <translation>Cash drawer</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Opening float</source>
            <translation>  Opening float</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Cash sales</source>
            <translation>  Cash sales</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Cash refunds</source>
            <translation>  Cash refunds</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Cash put in</source>
            <translation>  Cash put in</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>  Cash taken out</source>
            <translation>  Cash taken out</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <location line="+1"/>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Comment:</source>
            <translation>Comment:</translation>
        </message>
        <message>
            <location line="+15"/>
            <source>Validated by</source>
            <translation>Validated by</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Grand total</source>
            <translation>Grand total</translation>
        </message>
        <message>
            <location line="+2"/>
            <source>Closing report (Z) %1</source>
            <translation>Closing report (Z) %1</translation>
        </message>
    </context>
</TS>
