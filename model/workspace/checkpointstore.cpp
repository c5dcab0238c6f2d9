// The checkpoints of the processes in the workspace and the history of their reviews:
// Workspace::checkpoint(), setCheckpoint(), removeCheckpoint(), reviewCheckpoint(),
// checkpointReviews() and checkpointsDue(). All SQL about checkpoints lives here.

#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Stepwise {

namespace {

/// The schema whose migration adds the checkpoints: a file held at an older one by openAt() (the
/// migration tests build them so) has none.
constexpr int checkpointSchema = 6;

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QVariant nullableNumber(double value)
{
    return std::isnan(value) ? QVariant(QMetaType::fromType<double>()) : QVariant(value);
}

double numberOrNaN(const QVariant &value)
{
    return value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

const char checkpointColumns[] = "id, process_id, metric, target, review_date, created_at";

} // namespace

std::optional<Checkpoint> Workspace::checkpoint(ProcessId processId) const
{
    if (!checkOpen())
        return std::nullopt;
    if (schemaVersion() < checkpointSchema) {
        clearError();
        return std::nullopt;
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM checkpoints WHERE process_id = ?"
                                 " AND retired_at IS NULL")
                      .arg(QLatin1String(checkpointColumns)));
    query.addBindValue(processId);
    if (!query.exec()) {
        failQuery(query, tr("reading the checkpoint"));
        return std::nullopt;
    }
    clearError();
    if (!query.next())
        return std::nullopt;
    Checkpoint checkpoint;
    checkpoint.id = query.value(0).toLongLong();
    checkpoint.processId = query.value(1).toLongLong();
    const std::optional<Checkpoint::Metric> metric
        = checkpointMetricFromWord(query.value(2).toString());
    checkpoint.target = query.value(3).toDouble();
    checkpoint.reviewDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    checkpoint.created = fromMs(query.value(5).toLongLong());
    if (!metric || !checkpoint.reviewDate.isValid()) {
        fail(ErrorKind::Database,
             tr("The checkpoint of process %1 in %2 is damaged: metric \"%3\", review date "
                "\"%4\".")
                 .arg(processId)
                 .arg(nativePath(), query.value(2).toString(), query.value(4).toString()));
        return std::nullopt;
    }
    checkpoint.metric = *metric;
    return checkpoint;
}

qint64 Workspace::setCheckpoint(const Checkpoint &checkpoint)
{
    if (!checkWritable(tr("set the checkpoint")))
        return 0;
    if (!checkpoint.reviewDate.isValid()) {
        fail(ErrorKind::Invalid, tr("A checkpoint needs a date to review it on."));
        return 0;
    }
    if (std::isnan(checkpoint.target) || checkpoint.target < 0
        || (checkpointMetricIsRate(checkpoint.metric) && checkpoint.target > 1)) {
        fail(ErrorKind::Invalid,
             checkpointMetricIsRate(checkpoint.metric)
                 ? tr("The target of a rate is a share between 0% and 100%.")
                 : tr("The target of a cycle time cannot be negative."));
        return 0;
    }
    const std::optional<Checkpoint> active = this->checkpoint(checkpoint.processId);
    if (m_errorKind != ErrorKind::None)
        return 0;
    if (!beginWrite())
        return 0;
    QSqlQuery query(database());
    const auto failed = [&](const QString &what) {
        failQuery(query, what);
        const ErrorKind kind = m_errorKind;
        const QString message = m_errorString;
        rollback();
        fail(kind, message);
        return 0;
    };
    qint64 id = 0;
    if (active && active->metric == checkpoint.metric) {
        query.prepare(QStringLiteral("UPDATE checkpoints SET target = ?, review_date = ?"
                                     " WHERE id = ? AND retired_at IS NULL"));
        query.addBindValue(checkpoint.target);
        query.addBindValue(isoDate(checkpoint.reviewDate));
        query.addBindValue(active->id);
        if (!query.exec())
            return failed(tr("changing the checkpoint"));
        id = active->id;
    } else {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (active) {
            query.prepare(QStringLiteral("UPDATE checkpoints SET retired_at = ? WHERE id = ?"));
            query.addBindValue(now);
            query.addBindValue(active->id);
            if (!query.exec())
                return failed(tr("replacing the checkpoint"));
        }
        // INSERT ... SELECT: a process that is not there inserts nothing (NotFound below).
        query.prepare(QStringLiteral(
            "INSERT INTO checkpoints (process_id, metric, target, review_date, created_at)"
            " SELECT id, ?, ?, ?, ? FROM processes WHERE id = ?"));
        query.addBindValue(checkpointMetricWord(checkpoint.metric));
        query.addBindValue(checkpoint.target);
        query.addBindValue(isoDate(checkpoint.reviewDate));
        query.addBindValue(checkpoint.created.isValid() ? checkpoint.created.toMSecsSinceEpoch()
                                                        : now);
        query.addBindValue(checkpoint.processId);
        if (!query.exec())
            return failed(tr("setting the checkpoint"));
        if (query.numRowsAffected() == 0) {
            rollback();
            fail(ErrorKind::NotFound,
                 tr("There is no process %1 in %2.").arg(checkpoint.processId).arg(nativePath()));
            return 0;
        }
        id = query.lastInsertId().toLongLong();
    }
    return commit() ? id : 0;
}

bool Workspace::removeCheckpoint(ProcessId processId)
{
    if (!checkWritable(tr("remove the checkpoint")))
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE checkpoints SET retired_at = ? WHERE process_id = ?"
                                 " AND retired_at IS NULL"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(processId);
    if (!query.exec())
        return failQuery(query, tr("removing the checkpoint"));
    clearError();
    return true;
}

qint64 Workspace::reviewCheckpoint(const CheckpointReview &review)
{
    if (!checkWritable(tr("record the review")))
        return 0;
    if (!review.nextReviewDate.isValid()) {
        fail(ErrorKind::Invalid, tr("A review needs the date of the next one."));
        return 0;
    }
    const bool adjust = review.decision == CheckpointReview::Decision::AdjustTarget;
    if (adjust && (std::isnan(review.newTarget) || review.newTarget < 0)) {
        fail(ErrorKind::Invalid, tr("Adjusting the target needs the new target."));
        return 0;
    }
    if (!beginWrite())
        return 0;
    QSqlQuery query(database());
    const auto failed = [&](const QString &what) {
        failQuery(query, what);
        const ErrorKind kind = m_errorKind;
        const QString message = m_errorString;
        rollback();
        fail(kind, message);
        return 0;
    };
    query.prepare(QStringLiteral("SELECT metric FROM checkpoints WHERE id = ?"
                                 " AND retired_at IS NULL"));
    query.addBindValue(review.checkpointId);
    if (!query.exec())
        return failed(tr("recording the review"));
    if (!query.next()) {
        rollback();
        fail(ErrorKind::NotFound,
             tr("There is no active checkpoint %1 in %2.")
                 .arg(review.checkpointId)
                 .arg(nativePath()));
        return 0;
    }
    const std::optional<Checkpoint::Metric> metric
        = checkpointMetricFromWord(query.value(0).toString());
    if (adjust && metric && checkpointMetricIsRate(*metric) && review.newTarget > 1) {
        rollback();
        fail(ErrorKind::Invalid, tr("The target of a rate is a share between 0% and 100%."));
        return 0;
    }
    query.finish();

    query.prepare(QStringLiteral(
        "INSERT INTO checkpoint_reviews (checkpoint_id, reviewed_at, value, target, decision,"
        " new_target, note, next_review_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(review.checkpointId);
    query.addBindValue(review.reviewedAt.isValid() ? review.reviewedAt.toMSecsSinceEpoch()
                                                   : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(nullableNumber(review.value));
    query.addBindValue(review.target);
    query.addBindValue(checkpointDecisionWord(review.decision));
    query.addBindValue(adjust ? nullableNumber(review.newTarget)
                              : QVariant(QMetaType::fromType<double>()));
    query.addBindValue(review.note.isNull() ? QStringLiteral("") : review.note);
    query.addBindValue(isoDate(review.nextReviewDate));
    if (!query.exec())
        return failed(tr("recording the review"));
    const qint64 id = query.lastInsertId().toLongLong();

    query.prepare(adjust ? QStringLiteral("UPDATE checkpoints SET review_date = ?, target = ?"
                                          " WHERE id = ?")
                         : QStringLiteral("UPDATE checkpoints SET review_date = ? WHERE id = ?"));
    query.addBindValue(isoDate(review.nextReviewDate));
    if (adjust)
        query.addBindValue(review.newTarget);
    query.addBindValue(review.checkpointId);
    if (!query.exec())
        return failed(tr("recording the review"));
    return commit() ? id : 0;
}

QVector<CheckpointReview> Workspace::checkpointReviews(ProcessId processId) const
{
    QVector<CheckpointReview> list;
    if (!checkOpen())
        return list;
    if (schemaVersion() < checkpointSchema) {
        clearError();
        return list;
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT r.id, r.checkpoint_id, c.metric, r.reviewed_at, r.value, r.target, r.decision,"
        " r.new_target, r.note, r.next_review_date FROM checkpoint_reviews r"
        " JOIN checkpoints c ON c.id = r.checkpoint_id WHERE c.process_id = ?"
        " ORDER BY r.reviewed_at DESC, r.id DESC"));
    query.addBindValue(processId);
    if (!query.exec()) {
        failQuery(query, tr("reading the reviews"));
        return list;
    }
    while (query.next()) {
        CheckpointReview review;
        review.id = query.value(0).toLongLong();
        review.checkpointId = query.value(1).toLongLong();
        const std::optional<Checkpoint::Metric> metric
            = checkpointMetricFromWord(query.value(2).toString());
        review.reviewedAt = fromMs(query.value(3).toLongLong());
        review.value = numberOrNaN(query.value(4));
        review.target = query.value(5).toDouble();
        const std::optional<CheckpointReview::Decision> decision
            = checkpointDecisionFromWord(query.value(6).toString());
        review.newTarget = numberOrNaN(query.value(7));
        review.note = query.value(8).toString();
        review.nextReviewDate = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        if (!metric || !decision) {
            fail(ErrorKind::Database,
                 tr("Review %1 in %2 is damaged: metric \"%3\", decision \"%4\".")
                     .arg(review.id)
                     .arg(nativePath(), query.value(2).toString(), query.value(6).toString()));
            return {};
        }
        review.metric = *metric;
        review.decision = *decision;
        list.append(review);
    }
    clearError();
    return list;
}

QVector<DueCheckpoint> Workspace::checkpointsDue(const QDate &today) const
{
    QVector<DueCheckpoint> list;
    if (!checkOpen())
        return list;
    if (schemaVersion() < checkpointSchema) {
        clearError();
        return list;
    }
    QSqlQuery query(database());
    // ISO dates compare as text in date order.
    query.prepare(QStringLiteral("SELECT c.id, c.process_id, c.metric, c.target, c.review_date,"
                                 " c.created_at, p.name FROM checkpoints c"
                                 " JOIN processes p ON p.id = c.process_id"
                                 " WHERE c.retired_at IS NULL AND c.review_date <= ?"
                                 " ORDER BY c.review_date, p.name, c.id"));
    query.addBindValue(isoDate(today));
    if (!query.exec()) {
        failQuery(query, tr("listing the reviews due"));
        return list;
    }
    while (query.next()) {
        DueCheckpoint due;
        Checkpoint &checkpoint = due.checkpoint;
        checkpoint.id = query.value(0).toLongLong();
        checkpoint.processId = query.value(1).toLongLong();
        const std::optional<Checkpoint::Metric> metric
            = checkpointMetricFromWord(query.value(2).toString());
        checkpoint.target = query.value(3).toDouble();
        checkpoint.reviewDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        checkpoint.created = fromMs(query.value(5).toLongLong());
        due.processName = query.value(6).toString();
        if (!metric || !checkpoint.reviewDate.isValid())
            continue; // damaged: checkpoint() reports it where the process is opened
        checkpoint.metric = *metric;
        list.append(due);
    }
    clearError();
    return list;
}

} // namespace Stepwise
