#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

namespace recaisse::ui::admin {

// A list that grows with the shop (audit trail, cash sessions), read page by page as the view
// scrolls: the first page when a query starts, the next one when the view reaches the bottom
// (canFetchMore/fetchMore). A page is read by keyset from a core query (the last row read says
// where the next one starts), so that it costs the same after ten years as on the first day.
template<typename Row>
class PagedTableModel : public QAbstractTableModel
{
public:
    // At most limit rows after last (nullptr: from the start), in the list's order.
    using Fetch = std::function<core::Result<QList<Row>>(const Row *last, int limit)>;
    // What a cell shows for a role (display text, alignment, colour), or an invalid QVariant.
    using Cell = std::function<QVariant(const Row &row, int column, int role)>;
    // Told when a later page cannot be read: the list stops there and the page says why.
    using ErrorHandler = std::function<void(const core::Error &error)>;

    PagedTableModel(QStringList headers, Cell cell, int pageSize, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_headers(std::move(headers))
        , m_cell(std::move(cell))
        , m_pageSize(pageSize)
    {
    }

    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

    // Starts again with another query: empties the list and reads its first page. On an error
    // the list stays empty and the error is returned for the page to show.
    core::Result<void> restart(Fetch fetch)
    {
        beginResetModel();
        m_fetch = std::move(fetch);
        m_rows.clear();
        m_atEnd = false;
        auto page = m_fetch(nullptr, m_pageSize);
        if (page) {
            m_rows = *page;
            m_atEnd = m_rows.size() < m_pageSize;
        } else {
            m_atEnd = true;
        }
        endResetModel();
        if (!page)
            return page.error();
        return {};
    }

    // The rows read so far, in the list's order.
    const QList<Row> &rows() const { return m_rows; }
    // Whether every row of the query has been read.
    bool atEnd() const { return m_atEnd; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        return m_cell(m_rows.at(index.row()), index.column(), role);
    }
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < m_headers.size())
            return m_headers.at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags;
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_atEnd && m_fetch;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        auto page = m_fetch(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), m_pageSize);
        if (!page) {
            m_atEnd = true;
            if (m_onError)
                m_onError(page.error());
            return;
        }
        m_atEnd = page->size() < m_pageSize;
        if (page->isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page->size()) - 1);
        m_rows += *page;
        endInsertRows();
    }

private:
    QStringList m_headers;
    Cell m_cell;
    int m_pageSize;
    Fetch m_fetch;
    ErrorHandler m_onError;
    QList<Row> m_rows;
    bool m_atEnd = true;
};

} // namespace recaisse::ui::admin
