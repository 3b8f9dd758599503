// Negative LW006: lesson projection finds the course in the same transaction and skips revisions of retired courses.
const { sequelize, Course, Lesson } = require("../models");

async function onLessonRevised(evt, log) {
  await sequelize.transaction(async (transaction) => {
    const course = await Course.findByPk(evt.courseId, { transaction, lock: transaction.LOCK.SHARE });
    if (!course) {
      log.warn(`course ${evt.courseId} retired; lesson ${evt.lessonId} not projected`);
      return;
    }
    await Lesson.upsert(
      { id: evt.lessonId, courseId: evt.courseId, title: evt.title, position: evt.position },
      { transaction },
    );
  });
}

module.exports = { onLessonRevised };
