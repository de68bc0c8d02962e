#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace recaisse::core {

class Store;

// A cheque received at a register: a sale's cheque payment, or a money donation or a membership
// fee given by cheque. Cheques are taken to the bank once their cash session is closed.
struct Cheque
{
    QString source; // "sale", "donation" or "membership"
    QString stationId;
    qint64 seq = 0;
    int lineNo = 0; // the payment's line of a sale; 0 for a donation or a fee
    QString documentNumber; // the ticket, donation or fee it paid
    QDate day; // its business day
    qint64 amountCents = 0;
    // Typed at payment when the cashier had them (a sale's cheque, from sale form 5).
    QString bank = {};
    QString number = {};

    bool sameAs(const Cheque &other) const
    {
        return source == other.source && stationId == other.stationId && seq == other.seq
            && lineNo == other.lineNo;
    }
};

// A cheque remittance slip ("bordereau de remise de chèques"): the cheques handed to the bank
// together. A document of the station's chain (CODE-B000001), synced like a sale, so that every
// station knows the cheques it lists are deposited. Slips made before they were documents were
// numbered CODE-BR000001 and stay readable.
struct ChequeSlip
{
    QString number;
    QDateTime createdUtc;
    QString actorName;
    QList<Cheque> cheques;
    qint64 totalCents = 0;
};

// The cheques of closed sessions not remitted yet, and the slips that remit them. A station puts
// a cheque on one slip only and a slip is never changed once made. Two stations offline at once
// could both remit the same cheque: remittedTwice() names it. Every slip is audited
// ("cheque.remit").
class ChequeSlips
{
    Q_DECLARE_TR_FUNCTIONS(ChequeSlips)

public:
    static constexpr int maxChequesPerSlip = 500;

    explicit ChequeSlips(Store &store);

    // The cheques of every closed session this database holds, not on a slip yet, oldest first;
    // needs ViewReports.
    Result<QList<Cheque>> pending(const Actor &actor) const;
    // The cheques of one register waiting for the bank as they stood at one of its Z reports
    // (`closing`, the Z's stamp): from its sessions closed up to that one, on no slip made before
    // it. The rule of pending(), so that a Z reprinted later says what it said that evening. Any
    // actor may read it with the Z.
    Result<QList<Cheque>> waitingAtClosing(const DocumentStamp &closing) const;
    // A slip of these cheques (all pending when `cheques` is empty); needs ExportData. Refused,
    // nothing written: no cheque, a cheque unknown, of a session still open or already remitted.
    Result<ChequeSlip> remit(const Actor &actor, const QList<Cheque> &cheques = {});
    // A slip made before, by its number.
    Result<ChequeSlip> find(const QString &number) const;
    // The slips made on every station, newest first (their cheques not filled in).
    Result<QList<ChequeSlip>> slips(int limit = 200) const;
    // The cheques that two slips list (two stations remitted them offline at once).
    Result<QList<Cheque>> remittedTwice() const;
    // "Bank no. 0012345", "Bank", "no. 0012345" or empty: what was typed of a cheque, as the slip
    // and the Z print it.
    static QString bankAndNumber(const Cheque &cheque);
    // The slip as a PDF for the bank: the site, the slip's number and date, each cheque and the
    // total.
    static QByteArray pdf(const ChequeSlip &slip, const SiteInfo &site, const QTimeZone &zone);

private:
    // Every station's now when `closing` is empty.
    Result<QList<Cheque>> pendingCheques(const DocumentStamp &closing = {}) const;
    Result<ChequeSlip> findBeforeDocuments(const QString &number) const;

    Store &m_store;
};

} // namespace recaisse::core
