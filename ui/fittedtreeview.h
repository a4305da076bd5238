#pragma once

#include <QTreeView>

namespace kizuna {

/// A flat list as tall as its rows, for a short list in a section of a page that scrolls
/// as a whole (the score's points, the stage steps on the contact's Overview): no scroll
/// bar of its own, its height following the model.
class FittedTreeView final : public QTreeView
{
    Q_OBJECT

public:
    explicit FittedTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace kizuna
