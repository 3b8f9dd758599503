// Positive LW006: course projection calls Sequelize Lesson.upsert for a course that CourseRetired may have destroyed.
const { Course, Lesson } = require("../models");

const handlers = {
  async LessonRevised(evt) {
    await Lesson.upsert({
      id: evt.lessonId,
      courseId: evt.courseId,
      title: evt.title,
      position: evt.position,
    });
  },

  async CourseRetired(evt) {
    await Course.destroy({ where: { id: evt.courseId } });
  },
};

async function project(evt) {
  const handler = handlers[evt.type];
  if (!handler) return false;
  await handler(evt);
  return true;
}

module.exports = { project };
