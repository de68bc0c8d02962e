<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountingExport</name>
    <message numerus="yes">
        <source>%1 to %2 was already exported on %3 (%n export(s) of these days): export again only if the first export was not imported.</source>
        <translation>
            <numerusform>%1 to %2 was already exported on %3 (%n export of these days): export again only if the first export was not imported.</numerusform>
            <numerusform>%1 to %2 was already exported on %3 (%n exports of these days): export again only if the first export was not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message numerus="yes">
        <source>The searched text has at most %n characters.</source>
        <translation>
            <numerusform>The searched text has at most %n character.</numerusform>
            <numerusform>The searched text has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashSessions</name>
    <message numerus="yes">
        <source>%n ticket(s) put aside: resume and pay them, or abandon them, before closing.</source>
        <translation>
            <numerusform>%n ticket put aside: resume and pay it, or abandon it, before closing.</numerusform>
            <numerusform>%n tickets put aside: resume and pay them, or abandon them, before closing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryCatalog</name>
    <message numerus="yes">
        <source>%1 for %n item(s) of &quot;%2&quot; is not plausible: one item weighs from %3 to %4. Check the weight; an administrator can confirm it.</source>
        <translation>
            <numerusform>%1 for %n item of &quot;%2&quot; is not plausible: one item weighs from %3 to %4. Check the weight; an administrator can confirm it.</numerusform>
            <numerusform>%1 for %n items of &quot;%2&quot; is not plausible: one item weighs from %3 to %4. Check the weight; an administrator can confirm it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChequeSlips</name>
    <message numerus="yes">
        <source>%n cheque(s), total</source>
        <translation>
            <numerusform>%n cheque, total</numerusform>
            <numerusform>%n cheques, total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>The last backup is %n day(s) old: check that this PC reaches the kDrive.</source>
        <translation>
            <numerusform>The last backup is %n day old: check that this PC reaches the kDrive.</numerusform>
            <numerusform>The last backup is %n days old: check that this PC reaches the kDrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No successful synchronisation for more than %n hour(s): check the internet connection and the kDrive password.</source>
        <translation>
            <numerusform>No successful synchronisation for more than %n hour: check the internet connection and the kDrive password.</numerusform>
            <numerusform>No successful synchronisation for more than %n hours: check the internet connection and the kDrive password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synchronisation error(s) this week: look at the Synchronisation page.</source>
        <translation>
            <numerusform>%n synchronisation error this week: look at the Synchronisation page.</numerusform>
            <numerusform>%n synchronisation errors this week: look at the Synchronisation page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (since %3, %n failure(s)). Check that it is switched on and plugged in, then test it on the Devices page.</source>
        <translation>
            <numerusform>%1: %2 (since %3, %n failure). Check that it is switched on and plugged in, then test it on the Devices page.</numerusform>
            <numerusform>%1: %2 (since %3, %n failures). Check that it is switched on and plugged in, then test it on the Devices page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account lock(s) after wrong PINs this week: look at the audit trail (Logins) to see who was locked.</source>
        <translation>
            <numerusform>%n account lock after wrong PINs this week: look at the audit trail (Logins) to see who was locked.</numerusform>
            <numerusform>%n account locks after wrong PINs this week: look at the audit trail (Logins) to see who was locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cheque(s) (%1) wait for the bank, the oldest since %2: make a deposit slip on the Cheques page.</source>
        <translation>
            <numerusform>%n cheque (%1) waits for the bank since %2: make a deposit slip on the Cheques page.</numerusform>
            <numerusform>%n cheques (%1) wait for the bank, the oldest since %2: make a deposit slip on the Cheques page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cheque(s) are on two deposit slips (made on two stations at once), for example that of %1: tell the bank only one slip holds it.</source>
        <translation>
            <numerusform>%n cheque is on two deposit slips (made on two stations at once), that of %1: tell the bank only one slip holds it.</numerusform>
            <numerusform>%n cheques are on two deposit slips (made on two stations at once), for example that of %1: tell the bank only one slip holds it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>table %1: %n row(s) belong to no document</source>
        <translation>
            <numerusform>table %1: %n row belong to no document</numerusform>
            <numerusform>table %1: %n rows belong to no document</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceAdvice</name>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At this pace the disk is full in about %n day(s): free some space now (old downloads, the recycle bin) or plan a larger disk.</source>
        <translation>
            <numerusform>At this pace the disk is full in about %n day: free some space now (old downloads, the recycle bin) or plan a larger disk.</numerusform>
            <numerusform>At this pace the disk is full in about %n days: free some space now (old downloads, the recycle bin) or plan a larger disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At this pace the disk is full in about %n day(s): plan to free some space in the coming weeks.</source>
        <translation>
            <numerusform>At this pace the disk is full in about %n day: plan to free some space in the coming weeks.</numerusform>
            <numerusform>At this pace the disk is full in about %n days: plan to free some space in the coming weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At this pace the disk lasts more than %n day(s): nothing to do.</source>
        <translation>
            <numerusform>At this pace the disk lasts more than %n day: nothing to do.</numerusform>
            <numerusform>At this pace the disk lasts more than %n days: nothing to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) since %1</source>
        <translation>
            <numerusform>%n failure since %1</numerusform>
            <numerusform>%n failures since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <source>%n closing(s) beyond the variance threshold on this register within %1 day(s), the last on %2.</source>
        <translation>
            <numerusform>%n closing beyond the variance threshold on this register within %1 days, the last on %2.</numerusform>
            <numerusform>%n closings beyond the variance threshold on this register within %1 days, the last on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closing(s) of %1 beyond the variance threshold within %2 day(s), the last on %3.</source>
        <translation>
            <numerusform>%n closing of %1 beyond the variance threshold within %2 days, the last on %3.</numerusform>
            <numerusform>%n closings of %1 beyond the variance threshold within %2 days, the last on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) on %1 (%2 in all), more than the %3 expected in a day.</source>
        <translation>
            <numerusform>%n refund on %1 (%2 in all), more than the %3 expected in a day.</numerusform>
            <numerusform>%n refunds on %1 (%2 in all), more than the %3 expected in a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n event(s) of this type in an hour.</source>
        <translation>
            <numerusform>More than %n event of this type in an hour.</numerusform>
            <numerusform>More than %n events of this type in an hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the integrity check of %1 found %n problem(s). See the Audit page and keep the database as it is.</source>
        <translation>
            <numerusform>the integrity check of %1 found %n problem. See the Audit page and keep the database as it is.</numerusform>
            <numerusform>the integrity check of %1 found %n problems. See the Audit page and keep the database as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cash drawer was opened without a sale %n time(s) on %1, more than the %2 expected in a day.</source>
        <translation>
            <numerusform>the cash drawer was opened without a sale %n time on %1, more than the %2 expected in a day.</numerusform>
            <numerusform>the cash drawer was opened without a sale %n times on %1, more than the %2 expected in a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing from the station %1 since %2 (more than %n hour(s)): check that it is on and synchronising.</source>
        <translation>
            <numerusform>nothing from the station %1 since %2 (more than %n hour): check that it is on and synchronising.</numerusform>
            <numerusform>nothing from the station %1 since %2 (more than %n hours): check that it is on and synchronising.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing ever received from the station %1, added on %2 (more than %n hour(s) ago): check that it is on and synchronising.</source>
        <translation>
            <numerusform>nothing ever received from the station %1, added on %2 (more than %n hour ago): check that it is on and synchronising.</numerusform>
            <numerusform>nothing ever received from the station %1, added on %2 (more than %n hours ago): check that it is on and synchronising.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s account was locked on %2 for %n minute(s) after wrong PINs (lock %3 since their last login). If it was not them, someone is trying PINs: see the Audit page (Logins).</source>
        <translation>
            <numerusform>%1&apos;s account was locked on %2 for %n minute after wrong PINs (lock %3 since their last login). If it was not them, someone is trying PINs: see the Audit page (Logins).</numerusform>
            <numerusform>%1&apos;s account was locked on %2 for %n minutes after wrong PINs (lock %3 since their last login). If it was not them, someone is trying PINs: see the Audit page (Logins).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewReport</name>
    <message numerus="yes">
        <source>up to date %n min ago</source>
        <translation>
            <numerusform>up to date %n min ago</numerusform>
            <numerusform>up to date %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to date %n h ago</source>
        <translation>
            <numerusform>up to date %n h ago</numerusform>
            <numerusform>up to date %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to date %n day(s) ago</source>
        <translation>
            <numerusform>up to date %n day ago</numerusform>
            <numerusform>up to date %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message numerus="yes">
        <source>and %n more: see the Cheques page</source>
        <translation>
            <numerusform>and %n more: see the Cheques page</numerusform>
            <numerusform>and %n more: see the Cheques page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message numerus="yes">
        <source>Line %1 of ticket %2: between 1 and %n item(s) can be refunded.</source>
        <translation>
            <numerusform>Line %1 of ticket %2: between 1 and %n item can be refunded.</numerusform>
            <numerusform>Line %1 of ticket %2: between 1 and %n items can be refunded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduledReports</name>
    <message numerus="yes">
        <source>ReCaisse %1 (%2): the e-mail reports fail (%n failure(s) in a row since %3). Last: %4: %5</source>
        <translation>
            <numerusform>ReCaisse %1 (%2): the e-mail reports fail (%n failure since %3). Last: %4: %5</numerusform>
            <numerusform>ReCaisse %1 (%2): the e-mail reports fail (%n failures in a row since %3). Last: %4: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The e-mail reports fail: %n failure(s) in a row since %1, the last for « %2 »: %3. Check the mail account and the recipients on the Scheduled reports page.</source>
        <translation>
            <numerusform>The e-mail reports fail: %n failure since %1, the last for « %2 »: %3. Check the mail account and the recipients on the Scheduled reports page.</numerusform>
            <numerusform>The e-mail reports fail: %n failures in a row since %1, the last for « %2 »: %3. Check the mail account and the recipients on the Scheduled reports page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message numerus="yes">
        <source>%n row(s) of the file are not valid, nothing was imported: %1</source>
        <translation>
            <numerusform>%n row of the file is not valid, nothing was imported: %1</numerusform>
            <numerusform>%n rows of the file are not valid, nothing was imported: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetsClient</name>
    <message numerus="yes">
        <source>Writing %n row(s) to the spreadsheet</source>
        <translation>
            <numerusform>Writing %n row to the spreadsheet</numerusform>
            <numerusform>Writing %n rows to the spreadsheet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n row(s)</source>
        <translation>
            <numerusform>more than %n row</numerusform>
            <numerusform>more than %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a row has more than %n column(s)</source>
        <translation>
            <numerusform>a row has more than %n column</numerusform>
            <numerusform>a row has more than %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a cell is longer than %n character(s)</source>
        <translation>
            <numerusform>a cell is longer than %n character</numerusform>
            <numerusform>a cell is longer than %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetsSync</name>
    <message numerus="yes">
        <source>%n row(s) published</source>
        <translation>
            <numerusform>%n row published</numerusform>
            <numerusform>%n rows published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from %1</source>
        <translation>
            <numerusform>%n row read from %1</numerusform>
            <numerusform>%n rows read from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message numerus="yes">
        <source>The receipt header and footer have at most %n characters each.</source>
        <translation>
            <numerusform>The receipt header and footer have at most %n character each.</numerusform>
            <numerusform>The receipt header and footer have at most %n characters each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n record sent</numerusform>
            <numerusform>%n records sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received</source>
        <translation>
            <numerusform>%n record received</numerusform>
            <numerusform>%n records received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelegramBot</name>
    <message numerus="yes">
        <source>%1: open (%2), %3, %n ticket(s)</source>
        <translation>
            <numerusform>%1: open (%2), %3, %n ticket</numerusform>
            <numerusform>%1: open (%2), %3, %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: closed, %2, %n ticket(s)</source>
        <translation>
            <numerusform>%1: closed, %2, %n ticket</numerusform>
            <numerusform>%1: closed, %2, %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day: %1, %n ticket(s)</source>
        <translation>
            <numerusform>Day: %1, %n ticket</numerusform>
            <numerusform>Day: %1, %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message numerus="yes">
        <source>Wrong PIN. Too many attempts: the account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Wrong PIN. Too many attempts: the account is locked for %n minute.</numerusform>
            <numerusform>Wrong PIN. Too many attempts: the account is locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::core::sync::SyncWorker</name>
    <message numerus="yes">
        <source>%1 (%n minute(s))</source>
        <translation>
            <numerusform>%1 (%n minute)</numerusform>
            <numerusform>%1 (%n minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::AuditPage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n event exported to %1.</numerusform>
            <numerusform>%n events exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: the data was altered outside ReCaisse. Keep this PC as it is and contact support.</source>
        <translation>
            <numerusform>%n problem found: the data was altered outside ReCaisse. Keep this PC as it is and contact support.</numerusform>
            <numerusform>%n problems found: the data was altered outside ReCaisse. Keep this PC as it is and contact support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n newest events, more as you scroll</source>
        <translation>
            <numerusform>the newest event, more as you scroll</numerusform>
            <numerusform>the %n newest events, more as you scroll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::BrandingPage</name>
    <message numerus="yes">
        <source>%n threshold(s) saved.</source>
        <translation>
            <numerusform>%n threshold saved.</numerusform>
            <numerusform>%n thresholds saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::CatalogueImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s), CSV in %2 separated by “%3”.</source>
        <translation>
            <numerusform>%1: %n row, CSV in %2 separated by “%3”.</numerusform>
            <numerusform>%1: %n rows, CSV in %2 separated by “%3”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), Excel workbook (first sheet).</source>
        <translation>
            <numerusform>%1: %n row, Excel workbook (first sheet).</numerusform>
            <numerusform>%1: %n rows, Excel workbook (first sheet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies) created</source>
        <translation>
            <numerusform>%n category created</numerusform>
            <numerusform>%n categories created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) created</source>
        <translation>
            <numerusform>%n person created</numerusform>
            <numerusform>%n people created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price row(s) updated</source>
        <translation>
            <numerusform>%n price row updated</numerusform>
            <numerusform>%n price rows updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read from the shop&apos;s Google Sheet.</source>
        <translation>
            <numerusform>%1: %n row read from the shop&apos;s Google Sheet.</numerusform>
            <numerusform>%1: %n rows read from the shop&apos;s Google Sheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ChequesPage</name>
    <message numerus="yes">
        <source>Slip %1: %n cheque(s), %2.</source>
        <translation>
            <numerusform>Slip %1: %n cheque, %2.</numerusform>
            <numerusform>Slip %1: %n cheques, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::CloseSessionScreen</name>
    <message numerus="yes">
        <source>%n ticket(s) put aside at this register: back at the till, resume and pay them, or abandon them, before closing.</source>
        <translation>
            <numerusform>%n ticket put aside at this register: back at the till, resume and pay it, or abandon it, before closing.</numerusform>
            <numerusform>%n tickets put aside at this register: back at the till, resume and pay them, or abandon them, before closing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::DepositScreen</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received by Telegram, to be checked: %n deposit(s) (%1)</source>
        <translation>
            <numerusform>Received by Telegram, to be checked: %n deposit (%1)</numerusform>
            <numerusform>Received by Telegram, to be checked: %n deposits (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::FirstStartDialog</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::HealthPage</name>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (%n min ago)</numerusform>
            <numerusform>%1 (%n min ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n hour(s) ago)</source>
        <translation>
            <numerusform>%1 (%n hour ago)</numerusform>
            <numerusform>%1 (%n hours ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cheque(s), %1</source>
        <translation>
            <numerusform>%n cheque, %1</numerusform>
            <numerusform>%n cheques, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 left an unpaid ticket (%n line(s), %2) when the register locked.</source>
        <translation>
            <numerusform>%1 left an unpaid ticket (%n line, %2) when the register locked.</numerusform>
            <numerusform>%1 left an unpaid ticket (%n lines, %2) when the register locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::MembersPage</name>
    <message numerus="yes">
        <source>%n ticket(s): %1 paid, %2 of discount, %3 refunded, %4 net.</source>
        <translation>
            <numerusform>%n ticket: %1 paid, %2 of discount, %3 refunded, %4 net.</numerusform>
            <numerusform>%n tickets: %1 paid, %2 of discount, %3 refunded, %4 net.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::OverviewPage</name>
    <message numerus="yes">
        <source>%1 · %n ticket(s)</source>
        <translation>
            <numerusform>%1 · %n ticket</numerusform>
            <numerusform>%1 · %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Business day of %1 · updated at %2 · refreshed every %n second(s)</source>
        <translation>
            <numerusform>Business day of %1 · updated at %2 · refreshed every %n second</numerusform>
            <numerusform>Business day of %1 · updated at %2 · refreshed every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::ParkedTicketsDialog</name>
    <message numerus="yes">
        <source>%1 · %n item(s) · %2 · %3</source>
        <translation>
            <numerusform>%1 · %n item · %2 · %3</numerusform>
            <numerusform>%1 · %n items · %2 · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::PendingDepositsDialog</name>
    <message numerus="yes">
        <source>%1 · %2 · voice message to complete (%n s)</source>
        <translation>
            <numerusform>%1 · %2 · voice message to complete (%n s)</numerusform>
            <numerusform>%1 · %2 · voice message to complete (%n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SaleScreen</name>
    <message numerus="yes">
        <source>Weight of the %n item(s), in kg</source>
        <translation>
            <numerusform>Weight of the %n item, in kg</numerusform>
            <numerusform>Weight of the %n items, in kg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weight of the %n item(s) sent to recycling, in kg</source>
        <translation>
            <numerusform>Weight of the %n item sent to recycling, in kg</numerusform>
            <numerusform>Weight of the %n items sent to recycling, in kg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n newest sessions, more as you scroll</source>
        <translation>
            <numerusform>the newest session, more as you scroll</numerusform>
            <numerusform>the %n newest sessions, more as you scroll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SheetsDialog</name>
    <message numerus="yes">
        <source>Published: %n row(s).</source>
        <translation>
            <numerusform>Published: %n row.</numerusform>
            <numerusform>Published: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read from %1: choose the columns and check them in the window that opened.</source>
        <translation>
            <numerusform>%n row read from %1: choose the columns and check them in the window that opened.</numerusform>
            <numerusform>%n rows read from %1: choose the columns and check them in the window that opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SyncBadge</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n pending</source>
        <translation>
            <numerusform>Offline · %n pending</numerusform>
            <numerusform>Offline · %n pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recaisse::ui::SyncPage</name>
    <message numerus="yes">
        <source>Waiting to be sent: %n record(s)</source>
        <translation>
            <numerusform>Waiting to be sent: %n record</numerusform>
            <numerusform>Waiting to be sent: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files waiting: %n</source>
        <translation>
            <numerusform>Files waiting: %n</numerusform>
            <numerusform>Files waiting: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
