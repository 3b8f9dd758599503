// Negative LW004: only the best-effort StatsD increment is caught and ignored; the grade upsert propagates errors.
const { Grade } = require("../models");
const { statsd } = require("../metrics");

async function setGrade(studentId, assignmentId, score) {
  await Grade.upsert({ studentId, assignmentId, score, gradedAt: new Date() });
  try {
    statsd.increment("grades.set");
  } catch {
    // metrics are best effort
  }
  return { studentId, assignmentId, score };
}

module.exports = { setGrade };
