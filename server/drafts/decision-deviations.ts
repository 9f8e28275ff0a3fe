/**
 * For decisions made before `decision_deviations` existed: the deviations in force for the decision's
 * version (accepted for it or an earlier one, anchored up to it or later) and saved no later than
 * the decision. Deviations are never changed or removed, so this is what the decision saw, except a
 * deviation saved in the same millisecond. Plain SQL that both databases' migrations run, as does
 * the copy to PostgreSQL from a SQLite file older than the table.
 */
export const backfillDecisionDeviations = `
  INSERT INTO decision_deviations (decision_id, deviation_id)
  SELECT decisions.id, deviations.id
  FROM decisions JOIN deviations ON deviations.draft_id = decisions.draft_id
  WHERE deviations.version <= decisions.version AND decisions.version <= deviations.anchor_version
    AND deviations.created_at <= decisions.created_at`;
