#pragma once

#include <QDialog>
#include <QList>

class QLabel;

namespace recaisse::ui {

// "About ReCaisse": what this program is (version, commit, Qt, licence) and where this station
// keeps its data, with a button that copies all of it as text for a support request.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // dataFolder: the program's data folder; databasePath: the station database open now.
    AboutDialog(const QString &dataFolder, const QString &databasePath, QWidget *parent = nullptr);

    // One "Caption: value" line per field, after a title line: what the copy button copies.
    QString supportText() const;

private:
    struct Field
    {
        QString caption;
        QString value;
    };

    void addField(const QString &objectName, const QString &caption, const QString &value);
    void copySupportText();

    QList<Field> m_fields;
    QWidget *m_fieldGrid = nullptr;
    QLabel *m_copied = nullptr;
};

} // namespace recaisse::ui
