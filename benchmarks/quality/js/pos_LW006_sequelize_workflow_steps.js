// positive LW006: StepUpdated handler upserts a step under workflowId with no parent check; WorkflowRemoved destroys the workflow (cascade)
const { Workflow, Step } = require("./models");

const projections = {
  async WorkflowCreated(e) {
    await Workflow.upsert({ id: e.workflowId, name: e.name });
  },
  async StepUpdated(e) {
    await Step.upsert({ id: e.stepId, workflowId: e.workflowId, status: e.status, output: e.output });
  },
  async WorkflowRemoved(e) {
    await Workflow.destroy({ where: { id: e.workflowId } });
  },
};

async function apply(event) {
  const handler = projections[event.type];
  if (handler) await handler(event.payload);
}

module.exports = { apply, projections };
