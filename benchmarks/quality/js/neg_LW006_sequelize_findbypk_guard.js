// negative LW006: StepUpdated loads the workflow with findByPk and skips with a warning when it was removed
const { Workflow, Step } = require("./models");
const logger = require("./logger");

const projections = {
  async StepUpdated(e) {
    const workflow = await Workflow.findByPk(e.workflowId, { attributes: ["id"] });
    if (!workflow) {
      logger.warn({ stepId: e.stepId, workflowId: e.workflowId }, "workflow removed, step skipped");
      return;
    }
    await Step.upsert({ id: e.stepId, workflowId: e.workflowId, status: e.status, output: e.output });
  },
  async WorkflowRemoved(e) {
    await Workflow.destroy({ where: { id: e.workflowId } });
  },
};

module.exports = { projections };
